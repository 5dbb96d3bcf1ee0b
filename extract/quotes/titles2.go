package quotes

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// describedAntecedent gives a "he"/"she" left without a speaker to the
// person a story describes but does not name, as written, when that
// description opens the sentence it is the subject of and no one else the
// pronoun may stand for is mentioned after it: in "The earl, who
// inherited the estate in 1998, said the house would reopen. “Q,” he
// said." the pronoun is the earl. A description whose noun carries the
// other gender (countess for "he") is passed over; an organisation never
// takes the pronoun.
func (a *attributor) describedAntecedent(r *attr) {
	if r.speaker != "" || r.mStart < 0 || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) {
		return
	}
	g := pronounGender(a.s[r.mStart:r.mEnd])[0]
	// Back to the start of the paragraph before the pronoun's, at most.
	lo, breaks := r.mStart, 0
	for lo > 0 && r.mStart-lo < 1500 {
		lo--
		if a.s[lo] == '\n' && (lo == 0 || a.s[lo-1] != '\n') {
			if breaks++; breaks == 2 {
				break
			}
		}
	}
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, r.mStart) - 1; k >= 0 && ms[k].Start >= lo; k-- {
		m := ms[k]
		if a.hasSpan(m.Start, m.End) {
			continue // a name in someone's words
		}
		switch m.Kind {
		case people.Organisation:
			continue
		case people.Pronoun:
			if m.Person >= 0 && pronounGender(m.Text)[0] == g {
				return // one of the same gender named before, whom the cast followed
			}
			continue
		case people.Unnamed:
			// "The club's owner, a businessman from Leeds,": an
			// appositive of the description before it.
			if k > 0 && ms[k-1].Kind == people.Description && ms[k-1].Person < 0 && ms[k-1].End+2 == m.Start && a.s[ms[k-1].End] == ',' {
				if dg := describedGender(m.Text); dg != 0 && dg != g {
					return // "a businesswoman" is no "he"
				}
				continue
			}
			if dg := describedGender(m.Text); dg == 0 || dg == g {
				return
			}
			continue
		case people.Name:
			if m.Person < 0 || m.Person >= len(a.cast.People) {
				if m.Person < 0 {
					return // someone of no known gender
				}
				continue
			}
			if pg := a.cast.People[m.Person].Gender; pg == "" || pg[0] == g {
				return
			}
			continue
		case people.Description:
		default:
			continue
		}
		if m.Person >= 0 {
			if m.Person < len(a.cast.People) {
				if pg := a.cast.People[m.Person].Gender; pg == "" || pg[0] == g {
					return
				}
			}
			continue
		}
		if dg := describedGender(m.Text); dg != 0 && dg != g {
			continue
		}
		if !definiteDescription(m.Text) || strings.TrimSpace(a.s[a.sentStart(max(lo, m.Start-400), m.Start):m.Start]) != "" {
			return // not the subject opening its sentence: too loose a tie
		}
		r.speaker, r.isPerson = a.capitalisedTail(a.extendSource(m), m.Start), false
		return
	}
}

// definiteDescription reports whether a description opens with "the" or
// a possessor ("The earl", "The club's owner").
func definiteDescription(t string) bool {
	if len(t) > 4 && equalFoldLower("the ", t[:4]) {
		return true
	}
	sp := strings.IndexByte(t, ' ')
	return sp > 2 && (strings.HasSuffix(t[:sp], "'s") || strings.HasSuffix(t[:sp], "’s"))
}

// describedGender is the gender a description's head noun tells: the
// nouns of unnamedGender and ranks of peerage and royalty.
func describedGender(t string) byte {
	if g := unnamedGender(t); g != 0 {
		return g
	}
	switch w := strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:]); w {
	case "earl", "duke", "marquess", "viscount", "baron", "king", "prince", "emperor", "actor", "monk":
		return 'm'
	case "countess", "duchess", "marchioness", "viscountess", "baroness", "queen", "princess", "empress", "actress", "nun", "lady":
		return 'f'
	}
	return 0
}

// appositiveName reports whether a description of someone ends at e and
// the name of the same person starts at p after a comma: "the mayor, Tom
// Reyes".
func (a *attributor) appositiveName(e, p int) bool {
	if p != e+2 || a.s[e:p] != ", " {
		return false
	}
	d, ok := a.mentionEndingAt(e)
	if !ok || d.Kind != people.Description || d.Person < 0 {
		return false
	}
	n, ok := a.mentionStartingAt(p)
	return ok && n.Kind == people.Name && n.Person == d.Person && strings.HasPrefix(a.s[n.End:], ", ")
}

// particleAfter reports whether the word after ws[k] is the particle that
// makes a verb such as "shot", "cut" or "went" one of speech: "shot back",
// "cut in", "went on".
func (a *attributor) particleAfter(ws []wtok, k int) bool {
	if k+1 >= len(ws) || !onlySpaces(a.s, ws[k].end, ws[k+1].start) {
		return false
	}
	return a.lowerIs(ws[k+1], "back") || a.lowerIs(ws[k+1], "in") || a.lowerIs(ws[k+1], "on")
}

// whoseHead returns the end of the words before ", whose" when the name m
// is set off inside a relative clause opened by "whose" ("The union, whose
// leader, Ann Roe, has warned of strikes,") and a predicate follows the
// name at e, so that the name is that clause's subject; -1 otherwise. An
// appositive after the name ("Ann Roe, a nurse,") keeps the name.
func (a *attributor) whoseHead(lo int, m people.Mention, e int) int {
	s := a.s
	if m.Start-2 <= lo || s[m.Start-2:m.Start] != ", " {
		return -1
	}
	c := strings.LastIndexByte(s[lo:m.Start-2], ',')
	if c < 0 {
		return -1
	}
	c += lo
	if w := skipSpaceForward(s, c+1, m.Start); !strings.HasPrefix(s[w:m.Start], "whose ") {
		return -1
	}
	// The words after the name open with a verb, not a determiner.
	w := skipSpaceForward(s, e+1, len(s))
	we := wordEnd(s, w, len(s))
	if we <= w || s[w] < 'a' || s[w] > 'z' || isDeterminer(s[w:we]) || s[w:we] == "who" || s[w:we] == "which" {
		return -1
	}
	return skipSpaceBack(s, lo, c)
}

// relativeThey gives a "they" that opens a relative clause ("which they
// described as", "what they called") to the group or body that opens the
// sentence: "Union leaders condemned the offer, which they described as
// “an insult”." Mentions that stand together ("Union" "leaders") make one
// source.
func (a *attributor) relativeThey(r *attr) {
	if r.speaker != "" || r.mStart < 6 {
		return
	}
	// "which it called": a body, as "The Home Office published figures,
	// which it called “a turning point”".
	it := r.mEnd-r.mStart == 2 && equalFoldLower("it", a.s[r.mStart:r.mEnd])
	if !it && (r.mEnd-r.mStart != 4 || !equalFoldLower("they", a.s[r.mStart:r.mEnd])) {
		return
	}
	if b := a.s[max(0, r.mStart-6):r.mStart]; b != "which " && b[1:] != "what " {
		return
	}
	st := skipSpaceForward(a.s, a.sentStart(max(0, r.mStart-400), r.mStart), r.mStart)
	if r.mStart-st > 120 {
		return // a long sentence may bring in other groups
	}
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, st)
	if k >= len(ms) || ms[k].Start != st {
		// "Residents welcomed the arrests, which they called": a plural
		// noun of up to three words, then a verb in the past.
		if e := pluralSubject(a.s, st, r.mStart, !it); e > st && !a.mentionBetween(e, r.mStart) {
			r.speaker, r.isPerson = a.s[st:e], false
		}
		return
	}
	end := -1
	for ; k < len(ms) && ms[k].Start < r.mStart && (end < 0 || ms[k].Start == end+1 && a.s[end] == ' '); k++ {
		m := ms[k]
		if m.Person >= 0 || m.Kind != people.Organisation && (it || m.Kind != people.Unnamed) {
			return
		}
		end = m.End
	}
	if end < 0 || a.s[end] != ' ' || a.mentionBetween(end, r.mStart) {
		return // "They paid Cambridge Analytica, which builds what it calls"
	}
	r.speaker, r.isPerson = a.s[st:end], false
}

// mentionBetween reports whether a mention of the cast lies in [lo, hi).
func (a *attributor) mentionBetween(lo, hi int) bool {
	k := firstStartAtOrAfter(a.cast.Mentions, lo)
	return k < len(a.cast.Mentions) && a.cast.Mentions[k].Start < hi
}

// pluralSubject returns the end of a plural noun phrase of one to three
// words that opens a sentence at st and stands right before a verb in the
// past ("The unions condemned", "Ministers defended"), or -1. Nothing
// before to is read past. Not plural, the phrase is a body's name ending in
// a capitalised word: "The Treasury published".
func pluralSubject(s string, st, to int, plural bool) int {
	p := st
	for n := 0; n < 4 && p < to; n++ {
		e := wordEnd(s, p, to)
		if e <= p || e >= to || s[e] != ' ' {
			return -1
		}
		w := s[p:e]
		if n > 0 && w[0] >= 'a' && w[0] <= 'z' && pastTense(w) {
			he := skipSpaceBack(s, st, p)
			if !plural {
				if hs := strings.LastIndexByte(s[st:he], ' ') + 1 + st; s[hs] < 'A' || s[hs] > 'Z' {
					return -1
				}
				return he
			}
			if s[he-1] != 's' || strings.HasSuffix(s[st:he], "ss") {
				return -1
			}
			return he
		}
		if n == 0 && (w[0] < 'A' || w[0] > 'Z' || w == "That" || w == "This" || w == "These" || w == "Those" || w == "There" || w == "It") {
			return -1
		}
		switch w {
		case "was", "were", "is", "are", "be", "been", "has", "have", "had":
			return -1 // "That bedrock was smashed": not a subject before its verb
		}
		p = e + 1
	}
	return -1
}

// breaksForAttribution reports whether quotation i closes on a comma
// inside its marks and only one sentence of words follows it to the end
// of its paragraph: the words after it are its attribution ("“Q,” Mr
// Reyes, who has been mayor since 2019, said.").
func (a *attributor) breaksForAttribution(i, paraB int) bool {
	sp := a.spans[i]
	if !sp.closed || sp.end <= sp.start || a.s[sp.end-1] != ',' || sp.close >= paraB {
		return false
	}
	if i+1 < len(a.spans) && a.spans[i+1].open < paraB {
		return false // another quotation follows in the paragraph
	}
	e := skipSpaceBack(a.s, sp.close, paraB)
	if e <= sp.close+1 || a.s[e-1] != '.' {
		return false
	}
	return a.sentEnd(sp.close, e) >= e-1
}

// laterOwnCue reports whether quotation i, left open and continued in the
// next paragraph, took its speaker only from a sentence before the one it
// opens in, while the continuation names its own speaker right after its
// closing mark: "Tom Reyes spoke first. “P1 ¶ “P2,” Ann Roe added." One
// quotation has one speaker, and the attribution at its end says who.
func (a *attributor) laterOwnCue(out []Located, i int) bool {
	next := out[i+1]
	if out[i].CueStart < 0 || out[i].Speaker == next.Speaker || next.Speaker == "" || !a.spans[i+1].closed || next.CueStart < a.spans[i+1].close {
		return false
	}
	sp := a.spans[i]
	return out[i].CueEnd <= sp.open && out[i].CueEnd < a.sentStart(sp.paraA, sp.open)
}

// whoseRole reads ", whose ROLE VERB" right after a body's mention ending
// at e, before the quotation at open: the role as written speaks ("whose
// chief executive said last month that sales were “very strong”").
func (a *attributor) whoseRole(e, open int) (attr, bool) {
	s := a.s
	if !strings.HasPrefix(s[e:min(len(s), e+8)], ", whose ") {
		return attr{}, false
	}
	rs := e + 8
	p := rs
	for n := 0; n < 4 && p < open; n++ {
		we := wordEnd(s, p, open)
		if we <= p || s[p] < 'a' || s[p] > 'z' {
			return attr{}, false
		}
		if c := cueOf(s[p:we]); c&cueVerb != 0 && c&cueAfterOnly == 0 && n > 0 {
			re := skipSpaceBack(s, rs, p)
			return attr{speaker: s[rs:re], mention: s[rs:re], mStart: rs, mEnd: re, cue: s[p:we], cueStart: p, cueEnd: we, found: true}, true
		}
		if we >= open || s[we] != ' ' {
			return attr{}, false
		}
		p = we + 1
	}
	return attr{}, false
}
