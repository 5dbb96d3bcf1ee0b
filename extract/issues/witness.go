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

// stanceVerbs put what follows a person named before them in their
// mouth or wishes: "Tutu said detentions without trial were wrong",
// "the minister wants house arrest for suspects". A case word after one
// is what they speak of or ask for, not their own case, unless a pronoun
// brings them back into it ("Lin said she would appeal").
var stanceVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"argued": true, "argues": true, "warned": true, "warns": true, "insisted": true, "insists": true,
	"wants": true, "wanted": true, "want": true, "proposed": true, "proposes": true, "urged": true,
	"urges": true, "demanded": true, "demands": true, "called": true, "calls": true, "backed": true,
	"backs": true, "defended": true, "defends": true, "criticised": true, "criticized": true,
	"condemned": true, "condemns": true, "believes": true, "believed": true, "welcomed": true,
}

// backPronouns bring the person before a stance verb back as the subject
// or owner of what follows it.
var backPronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true, "him": true}

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
