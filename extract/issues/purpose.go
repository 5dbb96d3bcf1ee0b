package issues

import "strings"

// planHeads name a proposal by its form alone: "Draft decision" or "Bill"
// says which thread only with what it would do ("Draft decision to cut
// mackerel catch"), and a follow-up report can match nothing else.
var planHeads = map[string]bool{
	"decision": true, "proposal": true, "proposals": true, "plan": true, "plans": true, "draft": true,
	"bill": true, "rules": true, "law": true, "motion": true, "order": true, "regulation": true,
	"regulations": true, "directive": true, "reform": true, "reforms": true, "resolution": true,
	"decree": true, "ordinance": true, "amendment": true,
}

// purposeLeads open the clause telling what a plan would do.
var purposeLeads = []string{" that would ", " which would ", " that will ", " which will ", " to "}

// ownerWords open an object without naming it: "next year's mackerel
// catch" is about the catch.
var ownerWords = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"next": true, "this": true, "last": true, "all": true, "some": true,
}

// planPurpose returns " to cut mackerel catch" when form ends in a plan
// head and after opens with the clause of what it would do ("that would
// cut next year's mackerel catch"); else "".
func (a *analyser) planPurpose(form, after string) string {
	var buf [24]byte
	if !planHeads[string(appendLower(buf[:0], lastField(form)))] {
		return ""
	}
	for _, lead := range purposeLeads {
		if !strings.HasPrefix(after, lead) {
			continue
		}
		rest := after[len(lead):]
		verb, obj, ok := strings.Cut(rest, " ")
		if !ok || len(verb) < 2 || !startsLower(verb) || !isLowerWord(verb) || strings.HasSuffix(verb, "ed") {
			return "" // "to Parliament", "that would be", "to reduced ..."
		}
		switch verb {
		case "be", "have", "do", "go", "come", "make", "take", "get", "see", "say", "allow", "help", "let":
			return "" // says nothing of the thread
		}
		for {
			w, r, ok := strings.Cut(obj, " ")
			lw := strings.ToLower(w)
			if !ok || !(ownerWords[lw] || startsLower(w) && trimPossessive(lw) != lw) {
				break
			}
			obj = r // past "the", "next year's"
		}
		if o := a.contentAfter(obj); o != "" {
			return " to " + verb + " " + o
		}
		return ""
	}
	return ""
}

// isLowerWord reports whether w is all ASCII lower-case letters.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// laterObject is " on licences" when the copy, past where it first wrote
// the bare noun form, writes it with its object ("a cap on licences"):
// a one-word title is never what an editor lists. "" when it never does.
func (a *analyser) laterObject(form string) string {
	lw := strings.ToLower(form)
	if !measureNouns[lw] && !planHeads[lw] {
		return "" // "Assets" of "assets of a company" is a side of another thread
	}
	for from, f := 0, newRareSub(lw); from < len(a.text); {
		j := f.index(a.text[from:])
		if j < 0 {
			break
		}
		j += from
		from = j + len(lw)
		if j > 0 && isLetter(a.text[j-1]) {
			continue // "recap on", "handicap of"
		}
		for _, prep := range []string{" on ", " over ", " against ", " of ", " for "} {
			if strings.HasPrefix(a.text[from:], prep) {
				o := a.text[from+len(prep):]
				for _, d := range []string{"a ", "an ", "the "} {
					o = strings.TrimPrefix(o, d) // "permit for a lithium mine"
				}
				if obj := a.contentAfter(o); obj != "" {
					return prep + obj
				}
			}
		}
	}
	return ""
}

// measureNouns name a measure by its kind alone: which cap, which fine is
// told by its object ("cap on licences", "fine for Nordbank").
var measureNouns = map[string]bool{
	"cap": true, "ban": true, "freeze": true, "curbs": true, "curb": true, "limit": true, "limits": true,
	"fine": true, "tax": true, "levy": true, "tariff": true, "tariffs": true, "quota": true, "quotas": true,
	"embargo": true, "sanctions": true, "moratorium": true, "boycott": true, "subsidy": true, "subsidies": true,
	"permit": true, "licence": true, "license": true, "concession": true,
}
