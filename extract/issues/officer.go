package issues

// courtOfficers name a part in somebody else's case: "prosecutor Ingrid
// Solberg told the court" puts nobody named on trial.
var courtOfficers = map[string]bool{
	"prosecutor": true, "prosecutors": true, "judge": true, "magistrate": true, "lawyer": true, "lawyers": true,
	"attorney": true, "barrister": true, "solicitor": true, "counsel": true, "advocate": true, "investigator": true,
	"juror": true, "witness": true, "clerk": true, "registrar": true, "defender": true,
}

// officerAt reports a person mention on tokens first..last that the copy
// introduces as a court officer: the word before it ("prosecutor Ingrid
// Solberg", "defence lawyer Mark Hale") or an apposition after it ("Ana
// Ruiz, the prosecutor,").
func (a *analyser) officerAt(first, last int) bool {
	toks := a.toks
	if first > 0 && a.officerWord(first-1) {
		return true
	}
	k := last + 1
	if k+2 < len(toks) && toks[k].punct && toks[k].p == ',' && toks[k+1].lex.det() {
		// ", the chief prosecutor": at most one word between.
		return a.officerWord(k+2) || k+3 < len(toks) && a.officerWord(k+3)
	}
	return false
}

// officerWord reports a courtOfficers word at token k.
func (a *analyser) officerWord(k int) bool {
	t := &a.toks[k]
	if t.punct || t.end-t.start > 12 {
		return false
	}
	var buf [12]byte
	return courtOfficers[string(lowerInto(buf[:0], a.text[t.start:t.end]))]
}

// namedOfficer reports a cast member the copy introduces anywhere as a
// court officer ("prosecutor Ingrid Solberg"): later mentions by surname
// ("Solberg said the prosecution would call 40 witnesses") do not put
// her on trial either.
func (a *analyser) namedOfficer(p int) bool {
	name := a.cast.People[p].Name
	for i, f := 0, newRareSub(name); i < len(a.text); {
		j := f.index(a.text[i:])
		if j < 0 {
			return false
		}
		j += i
		i = j + len(name)
		k := j - 1
		for k >= 0 && a.text[k] == ' ' {
			k--
		}
		e := k + 1
		for k >= 0 && isWordByte(a.text[k]) {
			k--
		}
		var buf [12]byte
		if w := a.text[k+1 : e]; len(w) <= len(buf) && courtOfficers[string(lowerInto(buf[:0], w))] {
			return true
		}
	}
	return false
}
