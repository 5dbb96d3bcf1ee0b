package issues

// witnessWords put a person named before them in the witness box: the
// trial they speak in is another's ("Reyes, a witness for the
// prosecution", "Reyes testified ..."), so no "Reyes's case".
var witnessWords = map[string]bool{
	"testified": true, "testifies": true, "testify": true, "testifying": true,
	"witness": true, "witnesses": true, "whistleblower": true,
}

// caseSubject is the person whose trial a story of a bare "Trial" tells:
// its protagonist when the text puts them on trial, else the one other
// person it does (the witness may be named more often than the accused);
// -1 when none or several.
func (a *analyser) caseSubject() int {
	p := a.protagonist()
	if p < 0 || a.onTrial(p) {
		return p
	}
	found := -1
	for q := range a.cast.People {
		if q != p && a.isPerson(q) && a.onTrial(q) {
			if found >= 0 {
				return -1
			}
			found = q
		}
	}
	return found
}

// witnessBetween reports a word of witnessWords among tokens from..to-1.
func (a *analyser) witnessBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := &a.toks[k]; !t.punct && witnessWords[a.text[t.start:t.end]] {
			return true
		}
	}
	return false
}
