package quotes

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// jointSubject widens a speaker found as the last of coordinated subjects
// to all of them, as written ("Smith and Jones said", "Greenpeace and
// Friends of the Earth said"), and an organisation's name the mentions cut
// to its last words back to its start ("Friends of the Earth"). Two
// people named in full give their canonical names joined ("Ann Ode and Tom
// Reyes"); the speaker is then no single person. The first conjunct must
// open the sentence (or follow the quotation it speaks), so that an object
// ("The mayor met Ann Ode and Tom Reyes said") is never taken in.
func (a *attributor) jointSubject(r *attr) {
	s := a.s
	if r.mStart < 6 || r.mEnd > len(s) || r.mStart >= r.mEnd || s[r.mStart] < 'A' || s[r.mStart] > 'Z' && s[r.mStart] != 't' {
		return // not a name, an organisation or "the ..."
	}
	after := r.isPerson && r.cueEnd <= r.mStart && r.cueEnd > 0 && strings.HasPrefix(s[r.mEnd:], " and ")
	if c := s[r.mStart-2]; !after && (s[r.mStart-1] != ' ' || c != 'd' && c != 'e' && c != 'f' && c != ',') {
		return // no " and ", " of ", " the " or ", " before it
	}
	st := orgNameBack(s, r.mStart)
	if !after && st == r.mStart && !strings.HasSuffix(s[:st], " and ") && !strings.HasSuffix(s[:st], " and the ") &&
		!(r.isPerson && strings.HasSuffix(s[:st], ", ") && r.mEnd < len(s) && s[r.mEnd] == ',') {
		return // the common case: no conjunct, no name cut short
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if !ok && r.isPerson || ok && m.Kind == people.Pronoun {
		return
	}
	if !ok {
		m = people.Mention{Start: r.mStart, End: r.mEnd, Kind: people.Organisation, Person: -1}
	}
	if after {
		// "“Q,” said Ann Ode and Tom Reyes."
		if n, ok := a.mentionStartingAt(r.mEnd + 5); ok && n.Kind == people.Name && n.Person >= 0 && n.Person != m.Person {
			if e := n.End; e == len(s) || strings.IndexByte(".,;", s[e]) >= 0 {
				r.speaker = r.speaker + " and " + a.cast.Name(n)
				r.isPerson, r.mention, r.mEnd = false, s[r.mStart:e], e
			}
		}
		return
	}
	end := r.mEnd
	if !r.isPerson {
		// The speaker may run past the mention ("the National" gives
		// "National Trust").
		if k := strings.Index(s[r.mStart:min(len(s), r.mEnd+len(r.speaker))], r.speaker); k >= 0 && r.mStart+k+len(r.speaker) > end {
			end = r.mStart + k + len(r.speaker)
		}
	}
	// "Maria Costa and her deputy, Alan Briggs, said": the name is an
	// appositive on the second conjunct.
	appos := false
	if st == r.mStart && st >= 2 && s[st-2:st] == ", " && end < len(s) && s[end] == ',' {
		ms := a.cast.Mentions
		if k := firstStartAtOrAfter(ms, st) - 1; k >= 0 && ms[k].End == st-2 && ms[k].Kind == people.Description && ms[k].Person == m.Person {
			st, appos = ms[k].Start, true
		}
	}
	if st >= 9 && s[st-4:st] == "the " && s[st-9:st-4] == " and " {
		st -= 4 // "... and the National Trust"
	}
	lo, first := 0, -1
	if st-5 > 0 && s[st-5:st] == " and " {
		lo = max(0, st-300)
		if nl := strings.LastIndexByte(s[lo:st], '\n'); nl >= 0 {
			lo += nl + 1
		}
	}
	if st-5 > lo && s[st-5:st] == " and " {
		first = capitalRunBack(s, lo, st-5)
		if fm, ok := a.mentionEndingAt(st - 5); ok && fm.Kind == people.Name && (first < 0 || fm.Start < first) {
			first = fm.Start // "Union leader Maria Costa and ..."
		}
	}
	if first < 0 {
		if !appos && st < r.mStart && (!r.isPerson || m.Kind == people.Name && m.Person >= 0 && a.cast.People[m.Person].Gender == "") {
			// "Friends of the Earth said": the whole name.
			r.speaker, r.isPerson, r.mention, r.mStart = s[st:end], false, s[st:r.mEnd], st
		}
		return
	}
	if !opensSubject(s, lo, first) {
		return
	}
	speaker := s[first:end]
	if fm, ok := a.mentionEndingAt(st - 5); ok && fm.Person >= 0 && r.isPerson && m.Kind == people.Name || ok && fm.Person >= 0 && appos {
		if fm.Start >= first && fm.Person != m.Person {
			speaker = a.cast.Name(fm) + " and " + r.speaker
		}
	}
	r.speaker, r.isPerson, r.mention, r.mStart = speaker, false, s[first:r.mEnd], first
}

// orgNameBack returns where an organisation's name that the text at p
// ends starts: back over "of the", "for the" and capitalised words
// ("Friends of the Earth", "Society for the Protection of Birds"), or p.
func orgNameBack(s string, p int) int {
	st := p
	for {
		q := st
		switch {
		case q >= 8 && s[q-8:q] == " of the ":
			q -= 8
		case q >= 9 && s[q-9:q] == " for the ":
			q -= 9
		case q >= 4 && s[q-4:q] == " of ":
			q -= 4
		default:
			return st
		}
		w := capitalRunBack(s, max(0, q-120), q)
		if w < 0 {
			return st
		}
		st = w
	}
}

// capitalRunBack returns the start of the run of capitalised words
// ending at p (linked by "of", "the", "for"), or -1.
func capitalRunBack(s string, lo, p int) int {
	start := -1
	k := p
	for {
		b := wordBack(s, lo, k)
		if b < 0 {
			return start
		}
		w := s[b:k]
		if w[0] >= 'A' && w[0] <= 'Z' {
			start = b
		} else if start < 0 || w != "of" && w != "the" && w != "for" {
			return start
		}
		if b < lo+1 || s[b-1] != ' ' {
			return start
		}
		k = b - 1
	}
}

// opensSubject reports whether a subject starting at p opens its sentence
// (past a "The") or follows the quotation it attributes (“Q,” Smith and
// Jones said).
func opensSubject(s string, lo, p int) bool {
	st := sentenceStart(s, lo, p)
	switch strings.TrimSpace(s[st:p]) {
	case "", "The", "the":
		return true
	}
	pre := strings.TrimRight(s[lo:p], " ")
	return strings.HasSuffix(pre, ",”") || strings.HasSuffix(pre, ",\"") || strings.HasSuffix(pre, ",’")
}
