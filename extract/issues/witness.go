package issues

import (
	"slices"
	"strings"
)

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

// appealCues before a name make its person the one a story calls on to
// act ("demanded that Prime Minister X intervene", "urged X to").
var appealCues = []string{"demanded that ", "demand that ", "called on ", "calls on ", "urged ", "urging ", "appealed to ", "asked "}

// nameAside reports an issue titled by a bare name told in one sentence,
// beside other threads, that only calls on the person to act ("demanded
// that Prime Minister Andres Colom intervene"): a figure the story
// appeals to, not a thread.
func (a *analyser) nameAside(is *issue, title string, evidence []string) bool {
	if is.lead != nil || len(is.units) == 0 || len(evidence) == 0 {
		return false
	}
	u := is.units[0]
	if u.person < 0 || u.caseOf || title != a.cast.People[u.person].Name || a.sentCount(is, 2) != 1 {
		return false
	}
	at := strings.Index(evidence[0], title)
	if at < 0 {
		return false
	}
	before := evidence[0][:at]
	return slices.ContainsFunc(appealCues, func(c string) bool {
		j := strings.LastIndex(before, c)
		return j >= 0 && at-j < len(c)+40 // the appeal is to this name
	})
}
