package quotes

import (
	"sort"
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// source3 is an unnamed source that spoke: the words naming it as
// written, where they start and where its verb of saying is.
type source3 struct {
	start, end int // the source as written
	verb       int // where its verb of saying starts (or the source's end)
}

// unnamedSubject3 gives a "he"/"she" speaker to the unnamed source that
// was the last subject of a verb of saying before the pronoun, when no
// person the pronoun may stand for spoke or opened a sentence since: in
// "A senior midwife, who asked not to be named, said staffing was thin.
// ¶ “Q,” she said." the pronoun is the midwife, not a campaigner quoted
// a paragraph before. Unlike unnamedAntecedent, the source's noun need
// not carry a gender (a midwife, a nurse, a neighbour: singular and
// either), and the source need not be a mention of the cast ("A trust
// spokeswoman said"): an indefinite phrase opening a sentence, headed by
// a noun for a person, will do.
func (a *attributor) unnamedSubject3(r *attr, done []Located) {
	if r.mStart < 0 || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) {
		return
	}
	if !r.isPerson && r.speaker != "" {
		return // already a source (unnamedAntecedent)
	}
	if n := len(done); n > 0 && done[n-1].Speaker == r.speaker && done[n-1].MentionEnd-done[n-1].MentionStart == r.mEnd-r.mStart && done[n-1].MentionStart >= 0 &&
		r.mStart >= done[n-1].End && r.mStart-done[n-1].End < 200 && strings.IndexByte(a.s[done[n-1].End:r.mStart], '\n') < 0 && strings.EqualFold(done[n-1].Mention, a.s[r.mStart:r.mEnd]) {
		return // "“Q1,” she said. “Q2,” she added.": the first was looked at
	}
	s := a.s
	g := pronounGender(s[r.mStart:r.mEnd])[0]
	// A source before the last person named that the pronoun may stand
	// for is that person's to lose (spokeSince3): look no further back
	// than the phrase that may hold it ("A spokeswoman for Tom Reyes").
	lo := max(0, r.mStart-1500)
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, r.mStart) - 1; k >= 0 && ms[k].Start >= lo; k-- {
		m := ms[k]
		if m.Kind != people.Name && m.Kind != people.Description || m.Person < 0 || m.Person >= len(a.cast.People) {
			continue
		}
		if pg := a.cast.People[m.Person].Gender; pg != "" && pg[0] != g || a.hasSpan(m.Start, m.End) {
			continue
		}
		lo = max(lo, m.Start-80)
		break
	}
	// The pronoun's paragraph and the one before it: the starts of the
	// last two runs of line breaks, read forwards.
	p1, p2 := -1, -1 // where the last and the one before it end
	for p := lo; p < r.mStart; {
		nl := strings.IndexByte(s[p:r.mStart], '\n')
		if nl < 0 {
			break
		}
		p += nl + 1
		for p < r.mStart && s[p] == '\n' {
			p++
		}
		p1, p2 = p, p1
	}
	if p1 >= 0 && p2 >= 0 {
		lo = p2
	}
	if !a.mayHaveSource3(lo, r.mStart) {
		return
	}
	c, ok := a.castSource3(lo, r.mStart, g, done)
	if t, ok2 := a.textSource3(max(lo, c.start+1), r.mStart, g); ok2 {
		c, ok = t, true
	}
	if !ok || a.spokeSince3(c, r.mStart, g, done) {
		return
	}
	r.speaker, r.isPerson = s[c.start:c.end], false
}

// mayHaveSource3 reports, from kinds and bytes alone, whether [lo, hi)
// may hold a source castSource3 or textSource3 could find: an unnamed
// mention of the cast, or "A", "An" or "One" after a space or a line
// break. Most pronouns have neither before them, and the sweeps after
// this run for every "he"/"she" that speaks.
func (a *attributor) mayHaveSource3(lo, hi int) bool {
	ms := a.cast.Mentions
	if k := a.lastUnnamed(firstStartAtOrAfter(ms, hi) - 1); k >= 0 && ms[k].Start >= lo {
		return true
	}
	s := a.s
	for _, c := range [2]byte{'A', 'O'} {
		for p := lo; p < hi; p++ {
			k := strings.IndexByte(s[p:hi], c)
			if k < 0 {
				break
			}
			p += k
			if p > 0 && s[p-1] != ' ' && s[p-1] != '\n' {
				continue
			}
			if t := s[p:]; strings.HasPrefix(t, "A ") || strings.HasPrefix(t, "An ") || strings.HasPrefix(t, "One ") {
				return true
			}
		}
	}
	return false
}

// castSource3 is the last unnamed source of the cast in [lo, hi) that
// the pronoun of gender g may stand for and that spoke.
func (a *attributor) castSource3(lo, hi int, g byte, done []Located) (source3, bool) {
	ms := a.cast.Mentions
	for k := a.lastUnnamed(firstStartAtOrAfter(ms, hi) - 1); k >= 0 && ms[k].Start >= lo; k = a.lastUnnamed(k - 1) {
		m := ms[k]
		if a.hasSpan(m.Start, m.End) {
			continue
		}
		if k > 0 && ms[k-1].Kind == people.Unnamed && sourceLink(a.s[ms[k-1].End:m.Start]) {
			continue // "a spokeswoman for the families": one source
		}
		if !singularOf3(m.Text, g) {
			continue
		}
		if k > 0 && ms[k-1].Kind != people.Organisation && ms[k-1].End+2 == m.Start && a.s[ms[k-1].End] == ',' {
			// "Eva Lind, a Green member of the parliament, said": the
			// source is a person named before it.
			return source3{}, false
		}
		e := possessiveTail3(a.s, m.Start+len(a.sourceAsWritten(m)))
		if quotedSource3(m, done) {
			return source3{start: m.Start, end: e, verb: e}, true // "“Q,” said a club official."
		}
		if !clauseOpens3(a.s, m.Start) {
			continue // "Ms Lund said a midwife had told her": Lund's words
		}
		if v, ok := a.speechAfter3(e); ok {
			return source3{start: m.Start, end: e, verb: v}, true
		}
	}
	return source3{}, false
}

// singularOf3 reports whether the unnamed source t is one person a
// pronoun of gender g may stand for: its noun carries g ("a
// spokeswoman"), or no gender and one person ("a senior midwife", "one
// nurse"), not a group ("officials", "the police").
func singularOf3(t string, g byte) bool {
	switch unnamedGender(t) {
	case g:
		return true
	case 0:
	default:
		return false
	}
	sp := strings.IndexByte(t, ' ')
	if sp < 0 {
		return false
	}
	if d := t[:sp]; !equalFoldLower("a", d) && !equalFoldLower("an", d) && !equalFoldLower("one", d) {
		return false
	}
	head := t[strings.LastIndexByte(t, ' ')+1:]
	return personNoun3(head)
}

// personNoun3 reports whether the lower-case singular noun w names a
// person: a role of the people lexicon ("midwife", "spokeswoman") or an
// ordinary person in the news ("a neighbour", "a witness"), not a body
// or a text ("a council", "a report").
func personNoun3(w string) bool {
	switch w {
	case "MP", "MEP", "MSP", "MLA", "MPP", "GP", "CEO":
		return true // "One Labour MP", "a local GP"
	}
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	switch w {
	case "neighbour", "neighbor", "resident", "witness", "villager", "onlooker", "bystander", "passer-by",
		"worker", "parent", "patient", "student", "pupil", "shopper", "customer", "fan", "relative", "source",
		"local", "motorist", "passenger", "driver", "tenant", "survivor", "volunteer", "employee", "member":
		return true
	case "council", "company", "firm", "union", "charity", "group", "bank", "committee", "board", "government",
		"ministry", "department", "office", "agency", "party", "court", "panel", "crowd", "audience", "family",
		"staff", "public", "campaign", "inquiry", "tribunal", "authority", "watchdog", "regulator", "commission",
		"statement", "report", "study", "survey", "letter", "document", "review", "memo", "email", "filing",
		"lawsuit", "complaint", "petition", "post", "poll", "analysis", "audit", "paper", "newspaper":
		return false
	}
	return people.IsSourceNoun(w)
}

// textSource3 is the last indefinite phrase in [lo, hi) that opens a
// sentence, names one person ("A trust spokeswoman", "An off-duty
// nurse") the pronoun of gender g may stand for, and is the subject of a
// verb of saying: the sources the cast may not read.
func (a *attributor) textSource3(lo, hi int, g byte) (source3, bool) {
	// Only sentence starts are read: after a full stop (from the stops
	// found once per text), latest first, and after a line break.
	st := a.sentenceStops()
	best := source3{start: -1}
	for k := sort.SearchInts(st, hi-2) - 1; k >= 0 && st[k]+2 >= lo; k-- {
		if c, ok := a.sourceAt3(st[k]+2, hi, g); ok {
			best = c
			break
		}
	}
	// After a quotation that ends its sentence: "... about it.” A US
	// Embassy spokesman said".
	for k := sort.Search(len(a.spans), func(k int) bool { return a.spans[k].close >= lo }); k < len(a.spans) && a.spans[k].close < hi; k++ {
		if sp := a.spans[k]; sp.close > best.start && sp.close+1 < hi && a.s[sp.close] == ' ' {
			if c, ok := a.sourceAt3(sp.close+1, hi, g); ok {
				best = c
			}
		}
	}
	if lo > best.start && (lo == 0 || a.s[lo-1] == '\n') {
		if c, ok := a.sourceAt3(lo, hi, g); ok {
			best = c
		}
	}
	for p := lo; p < hi; {
		nl := strings.IndexByte(a.s[p:hi], '\n')
		if nl < 0 {
			break
		}
		p += nl + 1
		if p > best.start {
			if c, ok := a.sourceAt3(p, hi, g); ok {
				best = c
			}
		}
	}
	return best, best.start >= 0
}

// sourceAt3 reads an unnamed source opening a sentence at p, before hi.
func (a *attributor) sourceAt3(p, hi int, g byte) (source3, bool) {
	s := a.s
	if p >= hi || s[p] != 'A' && s[p] != 'O' {
		return source3{}, false
	}
	e, ok := a.indefinitePhrase3(p, hi)
	if !ok || !singularOf3(s[p:e], g) || a.hasSpan(p, e) {
		return source3{}, false
	}
	if m, ok := a.mentionStartingAt(p); ok && m.Kind != people.Unnamed {
		return source3{}, false // "A Department of Health spokesman" is a body's
	}
	v, ok := a.speechAfter3(e)
	if !ok {
		return source3{}, false
	}
	// "A spokesman for the Oxford University Press", as written.
	e = possessiveTail3(s, p+len(a.sourceAsWritten(people.Mention{Start: p, End: e, Text: s[p:e], Kind: people.Unnamed, Person: -1})))
	return source3{start: p, end: e, verb: max(v, e)}, true
}

// indefinitePhrase3 returns the end of "A"/"An"/"One" at p and up to
// four words after it, when p opens a sentence and the phrase ends at a
// comma, a preposition or a verb of saying: "A trust spokeswoman" in "A
// trust spokeswoman said", "A senior nurse" in "A senior nurse at the
// hospital, who ...".
func (a *attributor) indefinitePhrase3(p, hi int) (int, bool) {
	s := a.s
	var w0 string
	switch {
	case strings.HasPrefix(s[p:], "A "):
		w0 = "A"
	case strings.HasPrefix(s[p:], "An "):
		w0 = "An"
	case strings.HasPrefix(s[p:], "One "):
		w0 = "One"
	default:
		return 0, false
	}
	if !sentenceOpens3(s, p) {
		return 0, false
	}
	e := p + len(w0)
	for n := 0; n < 5; n++ {
		if e >= hi || s[e] != ' ' {
			break
		}
		b := e + 1
		we := wordEnd(s, b, min(hi, b+30))
		for we < hi && s[we] == '-' { // "off-duty", "passer-by"
			we = wordEnd(s, we+1, min(hi, we+30))
		}
		if we == b {
			break
		}
		w := s[b:we]
		switch w {
		case "at", "for", "from", "of", "in", "on", "with", "who", "and", "close":
			return e, n > 0
		}
		if indirectVerbs[w] {
			return e, n > 0
		}
		e = we
		if e < hi && s[e] == ',' {
			return e, true
		}
	}
	return 0, false
}

// sentenceOpens3 reports whether a sentence starts at p: at the start of
// the text or of a paragraph, or after a full stop, question or
// exclamation mark (a closing quotation mark may follow it).
func sentenceOpens3(s string, p int) bool {
	k := p
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 || s[k-1] == '\n' {
		return true
	}
	if k == p {
		return false
	}
	if s[k-1] == '"' {
		k--
	} else if strings.HasSuffix(s[:k], "”") {
		k -= len("”")
	}
	if k <= 0 {
		return false
	}
	c := s[k-1]
	return c == '.' || c == '!' || c == '?'
}

// speechAfter3 returns where the verb of saying of a source ending at e
// starts, over a short place or body after it (" at the unit") and an
// aside set off by commas (", who asked not to be named because she was
// not authorised to speak,").
func (a *attributor) speechAfter3(e int) (int, bool) {
	s := a.s
	p := e
	if w, ok := a.verbAfter(p); ok {
		return w.start, true
	}
	// A place or a body: up to six words, to a comma or the verb.
	for _, pre := range [...]string{" at ", " for ", " from ", " in ", " on ", " with "} {
		if !strings.HasPrefix(s[p:], pre) {
			continue
		}
		q := p + len(pre)
		for n := 0; n < 6 && q < len(s); n++ {
			we := wordEnd(s, q, min(len(s), q+30))
			if we == q {
				break
			}
			if strings.HasPrefix(s[we:], "'s ") || strings.HasPrefix(s[we:], "’s ") {
				we = wordEnd(s, we+len(s[we:])-len(strings.TrimLeft(s[we:], "'’")), len(s)) // "the Commissioner's Office"
			}
			if w, ok := a.verbAfter(we); ok {
				return w.start, true
			}
			p = we
			if we >= len(s) || s[we] != ' ' {
				break
			}
			q = we + 1
		}
		break
	}
	// An aside: to the next comma, with no sentence or quotation between.
	if p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' {
		to := min(len(s), p+240)
		c := strings.IndexByte(s[p+2:to], ',')
		if c < 0 || strings.ContainsAny(s[p+2:p+2+c], "\n\"“”;:.!?") {
			return 0, false
		}
		if w, ok := a.verbAfter(p + 2 + c + 1); ok {
			return w.start, true
		}
	}
	return 0, false
}

// spokeSince3 reports whether a person the pronoun of gender g may stand
// for is named, outside quotation marks, between from and to, or a
// pronoun of that gender opens a sentence there for someone other than
// the source: then the pronoun is theirs, not the source's. A named
// person anywhere in between is enough: the newsroom rule of thumb that
// keeps "Computer specialist Peter Smith would like ... “Q,” he said"
// with Smith.
func (a *attributor) spokeSince3(c source3, to int, g byte, done []Located) bool {
	ms := a.cast.Mentions
	src := a.s[c.start:c.end]
	for k := firstStartAtOrAfter(ms, c.end); k < len(ms) && ms[k].Start < to; k++ {
		m := ms[k]
		if m.Person < 0 || m.Person >= len(a.cast.People) || a.hasSpan(m.Start, m.End) {
			continue
		}
		if pg := a.cast.People[m.Person].Gender; pg != "" && pg[0] != g {
			continue
		}
		switch m.Kind {
		case people.Name, people.Description:
			if m.Start < c.verb && strings.IndexByte(a.s[c.end:m.Start], ',') < 0 {
				continue // "A spokesman for distributor Toho said": the body it speaks for
			}
			return true // "A spokesman for the firm, Dr Ravi Menon, said": he is named
		case people.Pronoun:
			if !sentenceOpens3(a.s, m.Start) {
				continue
			}
			chained := false
			for j := len(done) - 1; j >= 0 && done[j].End > c.start; j-- {
				if done[j].MentionStart == m.Start {
					chained = done[j].Speaker == src
					break
				}
			}
			if !chained {
				return true
			}
		}
	}
	return false
}

// possessiveTail3 carries a source ending at e at a capitalised word over
// a possessive and the capitalised words after it: "for the Children" goes
// on to "for the Children's Commissioner".
func possessiveTail3(s string, e int) int {
	if e == 0 || s[e-1] < 'a' || s[e-1] > 'z' {
		return e
	}
	rest := s[e:]
	n := 0
	switch {
	case strings.HasPrefix(rest, "'s "):
		n = 3
	case strings.HasPrefix(rest, "’s "):
		n = len("’s ")
	default:
		return e
	}
	b := strings.LastIndexByte(s[:e], ' ') + 1
	if s[b] < 'A' || s[b] > 'Z' {
		return e
	}
	end := e
	for p := e + n; p < len(s) && s[p] >= 'A' && s[p] <= 'Z'; {
		w := wordEnd(s, p, len(s))
		end = w
		if w+1 >= len(s) || s[w] != ' ' {
			break
		}
		p = w + 1
	}
	return end
}

// quotedSource3 reports whether a quotation before was attributed to the
// mention m.
func quotedSource3(m people.Mention, done []Located) bool {
	for k := len(done) - 1; k >= 0 && done[k].End > m.Start-2000; k-- {
		if done[k].MentionStart == m.Start {
			return true
		}
	}
	return false
}

// clauseOpens3 reports whether p opens a sentence, or its main clause
// after a conjunction or a linking adverb that opens the sentence ("But a
// spokeswoman said", "However, a nurse said").
func clauseOpens3(s string, p int) bool {
	if sentenceOpens3(s, p) {
		return true
	}
	e := p
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e > 0 && s[e-1] == ',' {
		e--
	}
	b := wordBack(s, 0, e)
	if b < 0 || !sentenceOpens3(s, b) {
		return false
	}
	switch s[b:e] {
	case "But", "And", "Yet", "However", "Meanwhile", "Separately", "Later", "Earlier":
		return true
	}
	return false
}
