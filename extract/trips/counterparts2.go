package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// possessor reports a mention that owns a person named or described
// after it ("to see Smith's lawyer, Ann Lee", "met Smith's wife"): the one
// met is the owned, never the owner. "Mr Macron's state visit" still
// names Macron.
func (f *finder) possessor(sc *sentCtx, m people.Mention) bool {
	rest := f.text[m.End:min(len(f.text), m.End+40)]
	switch {
	case strings.HasSuffix(m.Text, "'s") || strings.HasSuffix(m.Text, "’s"):
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	case strings.HasPrefix(rest, "' "):
		rest = rest[2:]
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if n := strings.IndexAny(rest, " ,.;"); n >= 0 {
		rest = rest[:n]
	}
	if ownedPeople[strings.ToLower(rest)] {
		return true
	}
	for _, o := range sc.persons {
		if o.Start > m.End && o.Start < m.End+40 && o.Person != m.Person && o.Kind == people.Name {
			return true // "Smith's lawyer, Ann Lee"
		}
	}
	return false
}

// ownedPeople are nouns for a person someone else has: "Smith's lawyer".
var ownedPeople = map[string]bool{
	"lawyer": true, "lawyers": true, "attorney": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"family": true, "aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "deputy": true,
	"envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "counterpart": true, "chief": true,
	"ambassador": true, "representative": true, "chairman": true, "chairwoman": true, "owner": true, "widow": true,
	"mother": true, "father": true, "brother": true, "sister": true, "parents": true, "doctor": true, "successor": true,
	"predecessor": true, "rival": true, "partner": true, "negotiator": true, "negotiators": true, "boss": true,
}

// purposeVerbs meet the person they take in a purpose clause after a
// journey: "flew to Kyiv to brief the envoy, Jan Roe". They are no cues
// of their own ("a brief stop", "consult the public").
var purposeVerbs = map[string]bool{
	"brief": true, "consult": true, "thank": true, "congratulate": true, "console": true, "reassure": true,
	"lobby": true, "persuade": true, "press": true, "debrief": true, "interview": true, "question": true,
	"confront": true, "greet": true, "welcome": true, "honour": true, "honor": true,
}

// purposeMeet adds the people a purpose clause meets to the journey it
// hangs on: "will fly to Kyiv on Thursday to brief the envoy, Jan Roe",
// "travelled to Paris to consult her French counterpart, Marc Dubois".
// The person must come within a few words of the verb, before any clause
// break or other cue.
func (f *finder) purposeMeet(sc *sentCtx) {
	toks := f.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].w != "to" || !purposeVerbs[toks[k+1].w] {
			continue
		}
		j := f.latestLeg(sc, k, -1)
		if j < 0 || f.legs[j].Place == "" {
			continue
		}
		end := sc.sp.End
		for n := k + 2; n < len(toks); n++ {
			t := toks[n]
			if t.punct && t.w != "," || inSet(breakersSet, t.w) || n > k+9 {
				end = t.start
				break
			}
			if _, ok := t.cueOf(); ok {
				end = t.start
				break
			}
		}
		for _, m := range sc.persons {
			if m.Start <= toks[k+1].end || m.Start >= end || m.Person == f.legs[j].person || f.possessor(sc, m) {
				continue
			}
			l := &f.legs[j]
			name := f.cast.People[m.Person].Name
			if !contains(l.Counterparts, name) {
				l.Counterparts = appendNew(l.Counterparts, name)
				l.acts = append(l.acts, toks[k+1].w+" "+name)
			}
		}
	}
}
