package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/people"
)

// bodyNoun reports whether w is a common noun a story calls a named body
// by once it has named it: "Lockbright ... the firm said", "Unison ...
// the union said".
func bodyNoun(w string) bool {
	switch strings.ToLower(w) {
	case "company", "firm", "group", "bank", "carmaker", "retailer", "airline", "chain", "operator", "insurer",
		"lender", "supermarket", "manufacturer", "maker", "giant", "publisher", "studio", "label", "broadcaster",
		"charity", "union", "council", "agency", "regulator", "watchdog", "association", "federation",
		"organisation", "organization", "club", "brewer", "winemaker", "conglomerate", "corporation", "business":
		return true
	}
	return false
}

// genericBody reports whether the mention is a body named by its common
// noun alone: "the firm", "The company".
func genericBody(t string) bool {
	det, noun, ok := strings.Cut(t, " ")
	return ok && (det == "the" || det == "The") && !strings.Contains(noun, " ") && bodyNoun(noun)
}

// bodyBefore returns the name of the body that "the firm" or "the
// company" (the mention m) takes up: of the bodies named within the last
// three paragraphs before it, outside quotation marks and not as the
// hearer of a telling ("told the BBC"), the one the story has named most
// often so far (the nearest of equals). A one-word name with no known
// gender reads as a body too ("Lockbright said"). "" when none.
func (a *attributor) bodyBefore(m people.Mention) string {
	ms := a.cast.Mentions
	// "The company, Huaxin Pharmaceuticals, said": named right after.
	if strings.HasPrefix(a.s[m.End:], ", ") {
		if n, ok := a.mentionStartingAt(m.End + 2); ok && (n.Kind == people.Organisation || n.Kind == people.Name) && strings.HasPrefix(a.s[n.End:], ",") {
			if n.Kind == people.Name && n.Person >= 0 {
				return a.cast.Name(n)
			}
			return strings.TrimPrefix(n.Text, "the ")
		}
	}
	end := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= m.Start })
	body := func(n people.Mention) string {
		// Not a dateline's agency or city: "MANCHESTER, England (AP) —".
		if a.inMarks(n.Start) || a.hearerAt(n.Start) || n.Start > 0 && a.s[n.Start-1] == '(' || allCaps(n.Text) && (n.Start == 0 || a.s[n.Start-1] == '\n') {
			return ""
		}
		switch {
		case n.Kind == people.Organisation && !genericBody(n.Text) && capitalisedEnd(n.Text):
			return strings.TrimPrefix(strings.TrimPrefix(n.Text, "the "), "The ")
		case n.Kind == people.Name && n.Person >= 0:
			// "CropLife Europe, which represents ...": "which" tells a
			// body.
			// Capitals alone ("DVD", "PC") more often name a thing.
			if p := a.cast.People[n.Person]; p.Gender == "" && !allCaps(p.Name) && (!strings.Contains(p.Name, " ") || strings.HasPrefix(a.s[n.End:], ", which ")) {
				return p.Name
			}
		}
		return ""
	}
	if b := a.tradeNamed(m.Start); b != "" {
		return b
	}
	best, bestN := "", 0
	paras, last := 0, m.Start
	for k := end - 1; k >= 0; k-- {
		n := ms[k]
		paras += strings.Count(a.s[n.End:last], "\n\n")
		last = n.Start
		if paras > 2 || m.Start-n.End > 1500 {
			break
		}
		b := body(n)
		if b == "" || b == best {
			continue
		}
		c := 0
		for _, o := range ms[:end] {
			if body(o) == b {
				c++
			}
		}
		if c > bestN {
			best, bestN = b, c
		}
	}
	return best
}

// capitalisedEnd reports whether the last word of t is capitalised: a
// proper name ("Harlow Foods", "the Football Association"), not "the
// company's board".
func capitalisedEnd(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	r, _ := utf8.DecodeRuneInString(t[i+1:])
	return unicode.IsUpper(r)
}

// inMarks reports whether byte p stands inside a quotation's marks.
func (a *attributor) inMarks(p int) bool {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].close > p })
	return i < len(a.spans) && a.spans[i].open < p
}

// hearerAt reports whether the words before p make what starts there
// the hearer or the medium of speech ("told the BBC", "said on Sky
// News", "wrote to the council") or the object of a preposition.
func (a *attributor) hearerAt(p int) bool {
	e := skipSpaceBack(a.s, 0, p)
	b := wordBack(a.s, 0, e)
	if b < 0 {
		return false
	}
	// Nor the object of a preposition: "14th in the Premier League",
	// "a toxicologist at the University of Warsaw".
	switch strings.ToLower(a.s[b:e]) {
	case "told", "tells", "telling", "to", "on", "in", "at", "of", "from", "with", "by", "for", "into", "against", "about", "over", "under":
		return true
	}
	return false
}

// reporterBetween returns the person who opens the last sentence of the
// narrative [from, to) as the subject of a verb of saying or of stance
// ("Mr Reyes admitted that ...", "Ms Ode also warned ..."), when that
// sentence ends right before to, where a quotation opens a sentence of
// its own. Found is false otherwise.
func (a *attributor) reporterBetween(from, to int) attr {
	e := skipSpaceBack(a.s, from, to)
	if e <= from || a.s[e-1] != '.' {
		return attr{}
	}
	st := a.sentStart(from, e-1)
	if st < from || !hasWords(a.s, st, e, 3) {
		return attr{}
	}
	r, ok := a.sentenceSubject(st, e)
	if !ok || !r.isPerson || r.mStart < st || r.mEnd >= e {
		return attr{}
	}
	a.w2 = a.scanWords(r.mEnd, e, a.w2, 4)
	for k, w := range a.w2 {
		if k == 0 && !onlySpaces(a.s, r.mEnd, w.start) || w.cap {
			return attr{}
		}
		t := a.s[w.start:w.end]
		if w.cue&cueSkip != 0 && w.cue&cueVerb == 0 {
			continue
		}
		if w.cue&cueVerb != 0 && w.cue&cueAfterOnly == 0 && pastTense(t) || stanceWord(t) && strings.HasSuffix(t, "ed") {
			r.cue, r.cueStart, r.cueEnd = t, w.start, w.end
			return r
		}
		return attr{}
	}
	return attr{}
}

// tradeNamed returns the nearest name a body noun introduces before p,
// within three paragraphs: "copy protection firm Macrovision", "retailer
// Harlow Foods" (up to four capitalised words, outside quotation marks).
// "" when none.
func (a *attributor) tradeNamed(p int) string {
	lo := max(0, p-1500)
	for n, q := 0, p; n < 3; n++ {
		k := lastBlankLine(a.s[lo:q])
		if k < 0 {
			break
		}
		if q = lo + k; n == 2 {
			lo = q
		}
	}
	a.w2 = a.scan(lo, p, a.w2)
	ws := a.w2
	for k := len(ws) - 2; k >= 0; k-- {
		w := ws[k]
		// (The capital after the noun first: most words have none.)
		if w.cap || !ws[k+1].cap || !bodyNoun(a.s[w.start:w.end]) || !onlySpaces(a.s, w.end, ws[k+1].start) || a.inMarks(w.start) {
			continue
		}
		e := k + 1
		for e+1 < len(ws) && e < k+4 && ws[e+1].cap && onlySpaces(a.s, ws[e].end, ws[e+1].start) {
			e++
		}
		name := a.s[ws[k+1].start:ws[e].end]
		if isFunctionWord(a.s[ws[k+1].start:ws[k+1].end]) || allCaps(name) {
			continue
		}
		return name
	}
	return ""
}

// opensParagraph reports whether quotation i opens its paragraph as whole
// sentences of its own, narrative with no cue following it: "“Q.” The
// amnesty will not cover ...". Like a paragraph of quotation alone, it
// carries on the speech the paragraph before it quoted or reported, by
// speaker. (Copy that ran paragraphs together gives many.) The sentence
// after it may report more of the same speaker's words ("Dr Ode said the
// issues were ...") but no one else's: "“Q!” Mr Scott's niece, Ann Ode,
// shouted to the crowd." An empty speaker stands for any, when the
// caller has yet to find one.
func (a *attributor) opensParagraph(i int, speaker string) bool {
	sp := a.spans[i]
	// A quotation the writer reopens before closing it ("“Q1. “Q2.”")
	// ends where the next one opens.
	reopened := !sp.closed && i+1 < len(a.spans) && a.spans[i+1].para == sp.para && a.spans[i+1].open >= sp.end && onlySpaces(a.s, sp.end, a.spans[i+1].open)
	if !sp.paraStart || sp.cont || !sp.closed && !reopened || sp.end <= sp.start {
		return false
	}
	q := strings.TrimRight(a.s[sp.start:sp.end], " ")
	if q == "" || !strings.ContainsRune(".!?", rune(q[len(q)-1])) {
		return false
	}
	p := skipSpaceForward(a.s, sp.close, sp.paraB)
	if p >= sp.paraB {
		return true
	}
	// A second quotation may open right after it ("“Q1.” “Q2.” The
	// law ..."): the speech goes on, read from its first word.
	r, n := utf8.DecodeRuneInString(a.s[p:])
	if r == '"' || r == '“' {
		r, _ = utf8.DecodeRuneInString(a.s[p+n:])
	}
	if !unicode.IsUpper(r) {
		return false
	}
	if speaker == "" {
		return true
	}
	// The words up to the next quotation (not a nickname in marks): an
	// abbreviation ("state Del.") may end a sentence too early.
	e := sp.paraB
	for j := i + 1; j < len(a.spans) && a.spans[j].open < e; j++ {
		if hasWords(a.s, a.spans[j].start, a.spans[j].end, 3) {
			e = a.spans[j].open
		}
	}
	// A sentence whose verb and colon introduce the next quotation
	// ("“Q1.” Interrupting him, Judge Kerr said: “Q2”") tells whose Q2
	// is, not Q1's.
	if t := strings.TrimRight(a.s[p:e], " "); strings.HasSuffix(t, ":") {
		e = p + max(0, strings.LastIndexAny(t, ".?!")+1)
	}
	a.w2 = a.scanWords(p, e, a.w2, 14)
	cue, finite := false, false
	for _, w := range a.w2 {
		if w.cue&cueVerb != 0 && !w.cap {
			cue = true
			finite = finite || !strings.HasSuffix(a.s[w.start:w.end], "ing")
		}
	}
	// A participle in a sentence that names no one modifies a noun
	// ("Overall, asking prices have fallen"): nobody else is reported.
	if !cue || !finite && len(a.cast.MentionsIn(p, a.w2[len(a.w2)-1].end)) == 0 {
		return true
	}
	// The speaker must be the one who says: "..., Kapranos said", "said
	// Dr Ode", not "Mr Scott's niece".
	for _, m := range a.cast.MentionsIn(p, e) {
		if m.Person < 0 || a.cast.Name(m) != speaker {
			continue
		}
		if v := skipSpaceForward(a.s, m.End, e); v > m.End && v < e && cueOf(a.s[v:wordEnd(a.s, v, e)])&cueVerb != 0 {
			return true
		}
		if v := wordBack(a.s, p, skipSpaceBack(a.s, p, m.Start)); v >= 0 && cueOf(a.s[v:skipSpaceBack(a.s, p, m.Start)])&cueVerb != 0 {
			return true
		}
	}
	return false
}

// topicSpeaks gives a quotation in the first person with no speech verb,
// opening a sentence, "Ode spent five weeks at the top before injury let
// Berg back in front. “Since then I feel confident”", to the person the
// paragraph is about: the subject of the sentence before it, who is also
// the first person the paragraph names. Others may be named as objects
// (onlyPersonBefore wants one person alone), but the story must have
// named that person before the paragraph. Not after a quotation earlier
// in the paragraph, nor when an unnamed source or a description stands
// before it, nor when someone else is named between the words and the
// paragraph's next quotation ("“Q” Mayor Tom Reyes said").
func (a *attributor) topicSpeaks(i int) attr {
	sp := a.spans[i]
	e := skipSpaceBack(a.s, sp.paraA, sp.open)
	if e <= sp.paraA || a.s[e-1] != '.' || i > 0 && a.spans[i-1].close > sp.paraA || !firstPerson(a, sp) {
		return attr{}
	}
	ms := a.cast.Mentions
	first := -1
	for k := firstStartAtOrAfter(ms, sp.paraA); k < len(ms) && ms[k].End <= sp.open; k++ {
		m := ms[k]
		if m.Person < 0 && (m.Kind == people.Unnamed || m.Kind == people.Description || m.Kind == people.Name) && !a.afterPrepObject(sp.paraA, m.Start) {
			return attr{}
		}
		if first < 0 && m.Person >= 0 {
			first = m.Person
		}
	}
	if first < 0 {
		return attr{}
	}
	// Only someone the story has followed before this paragraph, as in
	// onlyPersonBefore: one just introduced may be quoted by anyone at
	// the scene.
	known := false
	for k := firstStartAtOrAfter(ms, sp.paraA) - 1; k >= 0 && !known; k-- {
		known = ms[k].Person == first
	}
	if !known {
		return attr{}
	}
	a.subjPara, a.subjLo = sp.paraA, -1
	r, ok := a.sentenceSubject(a.sentStart(sp.paraA, e-1), e)
	if !ok || !r.isPerson || r.mStart < 0 {
		return attr{}
	}
	if m, ok := a.mentionStartingAt(r.mStart); !ok || m.Person != first {
		return attr{}
	}
	// Someone else named after the words, before the next quotation,
	// may be the one who said them.
	end := sp.paraB
	if i+1 < len(a.spans) && a.spans[i+1].open < end {
		end = a.spans[i+1].open
	}
	for _, m := range a.cast.MentionsIn(sp.close, end) {
		if m.Person >= 0 && m.Person != first || m.Person < 0 && (m.Kind == people.Name || m.Kind == people.Unnamed) {
			return attr{}
		}
	}
	r.found = true
	return r
}

// afterPrepObject reports whether the word before p (not before lo) is a
// preposition that makes the mention at p an object of place or company
// ("together with his wife", "to the children"): no one the sentence
// has speak. "by" (a passive's agent) is left out.
func (a *attributor) afterPrepObject(lo, p int) bool {
	e := skipSpaceBack(a.s, lo, p)
	b := wordBack(a.s, lo, e)
	if b < 0 {
		return false
	}
	switch strings.ToLower(a.s[b:e]) {
	case "with", "to", "for", "from", "of", "at", "on", "in", "into", "among", "alongside":
		return true
	}
	return false
}

// firstPerson reports whether the words in marks speak in the first
// person: "I", "we", "my", "our" among them.
func firstPerson(a *attributor, sp span) bool {
	a.w2 = a.scan(sp.start, sp.end, a.w2)
	for _, w := range a.w2 {
		switch strings.ToLower(a.s[w.start:w.end]) {
		case "i", "we", "me", "us", "my", "our", "i'm", "i’m", "we're", "we’re", "i've", "i’ve", "we've", "we’ve", "i'll", "i’ll", "we'll", "we’ll":
			return true
		}
	}
	return false
}

// lastBlankLine is strings.LastIndex(s, "\n\n"), stepping from line
// break to line break.
func lastBlankLine(s string) int {
	for e := len(s); ; {
		i := strings.LastIndexByte(s[:e], '\n')
		if i < 1 {
			return -1
		}
		if s[i-1] == '\n' {
			return i - 1
		}
		e = i
	}
}
