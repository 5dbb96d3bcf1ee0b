package issues

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

// The last pass over wire copy (a headline line first), on the rendered
// issues alone, so that it costs nothing beside the phrase weights. A wire
// story tells one dispute, which its headline names: an editor lists it
// once, and lists beside it only another dispute the copy raises.
//
//   - One dispute, one issue: every issue the headline tells (it cites
//     the headline, or its title shares a common word with it: "Tyres in
//     Europe" beside "Duties on Chinese truck tyres") joins the first
//     such issue as evidence, unless the headline is a roundup of
//     several threads.
//   - Beside it, a title must name a thread (a dispute, a measure, a case:
//     "Joint strike", "Criminal inquiry"): scene-setting ("Stadium
//     announcement", "Fresh fish"), names ("Javier Milei") and generic
//     nouns ("Primary schools") title nothing, nor does background the
//     copy says is past ("Previous ban").
//   - A title is told by its evidence: the first evidence sentence is one
//     that holds the title's words.

// pastMarkers open a title that tells the story's background, not an
// open thread: "Previous ban", "Former dispute".
var pastMarkers = map[string]bool{"previous": true, "former": true, "earlier": true, "past": true, "last": true, "prior": true, "old": true}

// wireThreadNouns name an open thread beside the frame nouns and cue words:
// measures, rulings and actions a story follows up.
var wireThreadNouns = map[string]bool{
	"ban": true, "suspension": true, "halt": true, "closure": true, "fine": true, "curb": true, "restriction": true,
	"block": true, "expulsion": true, "ouster": true, "removal": true, "raid": true, "appeal": true, "charge": true,
	"arrest": true, "detention": true, "sentence": true, "verdict": true, "ruling": true, "penalty": true,
	"countermeasure": true, "retaliation": true, "breach": true, "leak": true, "hack": true, "sale": true,
	"sell-off": true, "privatisation": true, "cut": true, "layoff": true, "shortage": true, "crisis": true,
	"scandal": true, "complaint": true, "claim": true, "motion": true, "recall": true, "resignation": true,
	"action": true, "review": true, "hearing": true, "protest": true, "sanction": true, "services": true,
}

// wirePass is the pass above; res are the rendered issues, most central
// first.
func (a *analyser) wirePass(res []newsbot.Issue) []newsbot.Issue {
	if len(res) == 0 || len(a.sents) < 3 {
		return res
	}
	h := headline{text: a.sents[0].Text}
	if !a.headline {
		if datelineEnd(h.text) == 0 {
			return res // not wire copy
		}
		// Wire copy whose headline ingest kept apart: the datelined lead
		// tells the story, but it is no headline to title by.
		h.lead = true
	}
	h.texts = strings.Split(h.text, ";")
	for _, c := range h.texts {
		h.clauses = append(h.clauses, lemmas(c, lemHead))
	}
	res = h.join(a.bodyProbe(res))
	// A title naming no thread beside one the headline tells is the
	// story's results or setting: "Full-year profit guidance" beside the
	// headline's inquiry.
	threadTold := !h.lead && slices.ContainsFunc(res, func(is newsbot.Issue) bool { return namesThread(is.Title) && h.clauseOf(&is) >= 0 })
	kept := res[:0]
	for i, is := range res {
		c := h.clauseOf(&is)
		if i > 0 && !namesThread(is.Title) && c < 0 || pastTitle(is.Title) ||
			threadTold && !namesThread(is.Title) && (c < 0 || !namesThread(h.texts[c])) {
			continue
		}
		is.Title = completeTitle(is.Title, h.text, is.Evidence)
		if i == 0 && !h.lead {
			is.Title = a.fuller(fillBare(is.Title, h.text))
		}
		a.evidenceFirst(&is)
		kept = append(kept, is)
	}
	return kept
}

// headline is a wire headline, split into its clauses (a roundup's
// threads stand between semicolons), each as the lemmas of its common
// words.
type headline struct {
	text    string
	texts   []string   // the clauses
	clauses [][]string // their lemmas
	lead    bool       // the text is a datelined lead, not a headline
}

// join joins every issue that tells the story of a headline clause, or a
// thread of the same class as its title ("Prosecutor read" beside a
// trial), into the first that tells that clause, which goes first.
func (h *headline) join(res []newsbot.Issue) []newsbot.Issue {
	m, mc := -1, -1
	for i := range res {
		if c := h.clauseOf(&res[i]); c >= 0 && !h.lead {
			m, mc = i, c
			break
		}
	}
	if h.lead {
		// A lead tells more than its story's thread: only a thread of
		// the same class, or a bare dispute, joins the most central.
		m, mc = 0, -2
	}
	if m < 0 {
		return res
	}
	main := res[m]
	if !namesThread(main.Title) && !h.lead {
		main.Title = actTitle(main.Title, h.text) // "Palm oil" → "Threat to halt palm oil exports"
	}
	kept := append(res[:0:0], main)
	for i := range res {
		if i == m {
			continue
		}
		is := &res[i]
		c := h.clauseOf(is)
		if h.lead {
			c = -1
		}
		if c != mc && !sameClass(main.Title, is.Title) && !sameHead(main.Title, is.Title) && (c >= 0 || !bareDispute(is.Title)) {
			kept = append(kept, *is)
			continue
		}
		into := &kept[0]
		if !namesThread(into.Title) && namesThread(is.Title) && !h.lead {
			// "Annual profit" beside the headline's probe: the thread
			// titles the story.
			into.Title, is.Title = is.Title, into.Title
			into.Keywords, is.Keywords = is.Keywords, into.Keywords
		}
		joinEvidence(into, is)
	}
	return kept
}

// sameClass reports two titles naming a thread of the same frame class:
// "Prosecutor read" and "Ingrid Solberg's trial".
func sameClass(x, y string) bool {
	if nx, ny := titleNames(x), titleNames(y); len(nx) > 0 && len(ny) > 0 &&
		!slices.ContainsFunc(nx, func(n string) bool { return slices.Contains(ny, n) }) {
		return false // "Joao Fonseca's case" and "Rui Teixeira's case": two people's
	}
	cx := titleClasses(x)
	if len(cx) == 0 {
		return false
	}
	for _, c := range titleClasses(y) {
		if slices.Contains(cx, c) {
			return true
		}
	}
	return false
}

// titleNames are the capitalised words of a title after its first.
func titleNames(t string) []string {
	var out []string
	for i, f := range strings.Fields(t) {
		if i > 0 && f[0] >= 'A' && f[0] <= 'Z' {
			out = append(out, strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s"))
		}
	}
	return out
}

// titleClasses are the frame classes of a title's words.
func titleClasses(t string) []string {
	var out []string
	for _, f := range strings.Fields(t) {
		w := strings.ToLower(strings.Trim(f, ",.:;\"'’()"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if c := frameClass(stemWord(w)); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// clauseOf is the headline clause an issue tells: one holding a common
// word of its title, else the first when it cites the headline; -1 for
// none.
func (h *headline) clauseOf(is *newsbot.Issue) int {
	tw := lemmas(is.Title, lemTitle)
	for c, cw := range h.clauses {
		for _, w := range tw {
			if slices.Contains(cw, w) {
				return c
			}
		}
	}
	if slices.Contains(is.Evidence, h.text) {
		return 0
	}
	return -1
}

// joinEvidence adds from's evidence and keywords to into.
func joinEvidence(into, from *newsbot.Issue) {
	for _, e := range from.Evidence {
		if len(into.Evidence) < maxEvidence && !slices.Contains(into.Evidence, e) {
			into.Evidence = append(into.Evidence, e)
		}
	}
	for _, k := range from.Keywords {
		if len(into.Keywords) < maxKeywords && !slices.ContainsFunc(into.Keywords, func(x string) bool { return strings.EqualFold(x, k) }) {
			into.Keywords = append(into.Keywords, k)
		}
	}
}

// namesThread reports whether a title names an open thread: a dispute,
// measure or case noun, a cue that names a topic, or a person's case.
func namesThread(title string) bool {
	for _, f := range strings.Fields(title) {
		w := strings.ToLower(strings.Trim(f, ",.:;\"'’()"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		st := stemWord(w)
		if frameClass(st) != "" || frameNouns[w] != "" || disputeSynonyms[st] != 0 || topicalCues[w] ||
			cueWeights[w] >= 2 || wireThreadNouns[st] || wireThreadNouns[w] {
			return true
		}
		for _, part := range strings.Split(w, "-") {
			if part != w && (frameClass(stemWord(part)) != "" || wireThreadNouns[stemWord(part)]) {
				return true // "anti-dumping", "sell-off"
			}
		}
	}
	return false
}

// pastTitle reports a title opened by a word that puts it in the past.
func pastTitle(title string) bool {
	first, _, _ := strings.Cut(title, " ")
	return pastMarkers[strings.ToLower(first)]
}

// evidenceFirst puts first the sentence that holds the most of the
// title's words (the head word counted twice): an evidence sentence, or
// an article sentence (the headline, the lead) that holds more of them
// than any evidence does. A title and its first evidence are read from
// the same sentence.
func (a *analyser) evidenceFirst(is *newsbot.Issue) {
	tw := lemmas(is.Title, lemAll)
	if len(tw) == 0 {
		return
	}
	full := len(tw) + 1
	if len(is.Evidence) > 0 && heldWords(is.Evidence[0], tw) > 0 && a.leadOrHeadline(is.Evidence[0]) {
		// The lead names the story's parties and places, which later
		// reports are matched by (store's anchors): a lead that tells
		// the title in part stays first.
		return
	}
	best, bestN := -1, 0
	for i, e := range is.Evidence {
		if n := heldWords(e, tw); n > bestN {
			best, bestN = i, n
		}
	}
	if bestN < full {
		// heldWords lemmatises a sentence word by word; most sentences
		// write too few of the title's lemmas even as bytes of their
		// lowered text, which a substring search tells first.
		need := max(bestN+1, min(3, full))
		bounded := heldBoundOK(a.text, tw)
		for _, sp := range a.sents {
			if bounded && heldBound(a.lowered()[sp.Start:sp.End], tw) < need {
				continue
			}
			// The head and another word at least: "Closure" alone is in
			// many sentences.
			if n := heldWords(sp.Text, tw); n > bestN && n >= min(3, full) {
				ev := make([]string, 0, min(len(is.Evidence)+1, maxEvidence))
				ev = append(ev, sp.Text)
				for _, e := range is.Evidence {
					if len(ev) < maxEvidence && e != sp.Text {
						ev = append(ev, e)
					}
				}
				is.Evidence = ev
				return
			}
		}
	}
	if best > 0 {
		e := is.Evidence[best]
		copy(is.Evidence[1:best+1], is.Evidence[:best])
		is.Evidence[0] = e
	}
}

// heldWords is how many of the lemmas tw the sentence s holds; the head
// (the last) counts double, so that it decides between sentences.
func heldWords(s string, tw []string) int {
	if len(tw) > 64 {
		sw := lemmas(s, lemAll)
		n := 0
		for i, w := range tw {
			if slices.Contains(sw, w) {
				n++
				if i == len(tw)-1 {
					n++
				}
			}
		}
		return n
	}
	// A bit per title word found, the sentence's lemmas read as they
	// come rather than collected first: evidenceFirst reads every
	// sentence of the article for every issue.
	var held uint64
	var among []string // see lemmaSeqAmong
	if heldBoundOK(s, tw) {
		among = tw
	}
	for l := range lemmaSeqAmong(s, lemAll, among) {
		for i, w := range tw {
			if w == l {
				held |= 1 << i
			}
		}
	}
	n := bits.OnesCount64(held)
	if len(tw) > 0 && held>>(len(tw)-1)&1 != 0 {
		n++ // the head counts double
	}
	return n
}

// heldBound is at least heldWords(s, tw) for the sentence s whose text
// with ASCII letters lower-cased is low, where heldBoundOK(s, tw): a
// lemma is a prefix of its word lower-cased, so each lemma s holds is
// written in low.
func heldBound(low string, tw []string) int {
	n := 0
	for i, w := range tw {
		if strings.Contains(low, w) {
			n++
			if i == len(tw)-1 {
				n++ // the head counts double, as in heldWords
			}
		}
	}
	return n
}

// heldBoundOK reports whether heldBound bounds heldWords over text:
// lemmas tw of ASCII alone, and no letter in text that strings.ToLower
// turns into an ASCII one ("İ" → "i", the Kelvin sign → "k"), so that
// lower-casing ASCII letters alone writes every ASCII prefix of a word's
// lower case.
func heldBoundOK(text string, tw []string) bool {
	for _, w := range tw {
		if !isASCII(w) {
			return false
		}
	}
	return !strings.Contains(text, "\u0130") && !strings.Contains(text, "\u212a")
}

// Which words lemmas reads.
const (
	lemAll   = iota
	lemHead  // the words a headline writes lower-case: its names and title-case opening say nothing of the thread
	lemTitle // an issue title's: its first word and those written lower-case
)

// lemmas are the crude lemmas of the content words of s ("banned" and
// "ban", "closure" and "closed", "pricing" and "prices" alike), of the
// words which picks.
func lemmas(s string, which int) []string {
	return slices.Collect(lemmaSeq(s, which))
}

// lemmaSeq yields lemmas' answer one lemma at a time.
func lemmaSeq(s string, which int) iter.Seq[string] {
	return lemmaSeqAmong(s, which, nil)
}

// lemmaSeqAmong is lemmaSeq passing over, when among is not nil, every word
// that opens with none of among's words (ASCII letters compared
// regardless of case): with heldBoundOK(s, among), such a word's lemma,
// a prefix of the word lower-cased, is none of them, and a caller that
// asks only whether among's words are there is spared lower-casing and
// looking up the rest.
func lemmaSeqAmong(s string, which int, among []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		i := 0
		for f := range strings.FieldsSeq(s) {
			i++
			w := trimLemmaPunct(f)
			if n := len(w); n >= 2 && w[n-1] == 's' { // strings.TrimSuffix of "'s", then of "’s"
				if w[n-2] == '\'' {
					w = w[:n-2]
				}
				w = strings.TrimSuffix(w, "’s")
			}
			if len(w) < 3 {
				continue
			}
			lower := w[0] >= 'a' && w[0] <= 'z'
			if which == lemHead && (i == 1 || !lower) || which == lemTitle && i > 1 && !lower {
				continue
			}
			if among != nil && !opensWithAny(w, among) {
				continue
			}
			low := strings.ToLower(w)
			if e := lexEntryOf(low); e.f&lxStop != 0 || e.f&lxGeneric != 0 && cueWeights[low] == 0 {
				continue
			}
			if !yield(lemma(low)) {
				return
			}
		}
	}
}

// opensWithAny reports whether w opens with one of the lower-case ASCII
// words ps, its ASCII letters compared regardless of case.
func opensWithAny(w string, ps []string) bool {
	for _, p := range ps {
		if len(w) >= len(p) && equalFoldASCII(w[:len(p)], p) {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether w lower-cased (its ASCII letters alone)
// is low, a lower-case word.
func equalFoldASCII(w, low string) bool {
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != low[i] {
			return false
		}
	}
	return true
}

// lexEntryOf is lexicon[w] for a lower-case word, by the tokeniser's
// table for an ASCII one (whose entries carry the lexicon's flags and
// more): one probe rather than a string hash and compare.
func lexEntryOf(w string) lexEntry {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return lexicon[w]
		}
	}
	if len(w) > maxLexLen {
		return lexEntry{}
	}
	if sl := lexTable.get(whWord(w, 0)); sl != nil {
		return sl.e
	}
	return lexEntry{}
}

// trimLemmaPunct is strings.Trim(f, ",.:;!?\"'’()[]"), by bytes: Trim
// with a cut set outside ASCII decodes every rune.
func trimLemmaPunct(f string) string {
	for {
		if len(f) > 0 && lemmaPunct[f[0]] {
			f = f[1:]
		} else if strings.HasPrefix(f, "’") {
			f = f[len("’"):]
		} else {
			break
		}
	}
	for {
		if n := len(f); n > 0 && lemmaPunct[f[n-1]] {
			f = f[:n-1]
		} else if strings.HasSuffix(f, "’") {
			f = f[:len(f)-len("’")]
		} else {
			return f
		}
	}
}

// lemmaPunct are the ASCII marks trimLemmaPunct cuts off.
var lemmaPunct = func() (t [256]bool) {
	for _, c := range []byte(",.:;!?\"'()[]") {
		t[c] = true
	}
	return t
}()

// lemmaEndings are cut from a word's end, longest first.
var lemmaEndings = []string{"ations", "ation", "ates", "ate", "ings", "ing", "ures", "ure", "ed", "es", "s", "e"}

// lemmaEndingsBy are lemmaEndings by their last byte, in the same order:
// a word is tested against those it may end with alone.
var lemmaEndingsBy = func() (t [256][]string) {
	for _, e := range lemmaEndings {
		t[e[len(e)-1]] = append(t[e[len(e)-1]], e)
	}
	return t
}()

// lemma cuts a word to a crude root: an ending, then a doubled last
// letter ("banned" → "ban"). The root stays a prefix of the word, which
// heldBound and lemmaSeqAmong rely on (FuzzHeldBound, FuzzHeldWords).
func lemma(w string) string {
	if len(w) > 0 {
		for _, e := range lemmaEndingsBy[w[len(w)-1]] {
			if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
				w = w[:len(w)-len(e)]
				break
			}
		}
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] {
		w = w[:n-1]
	}
	return w
}

// maxTitleTail bounds the words completeTitle adds.
const maxTitleTail = 4

// completeTitle completes a title cut after a possessive ("Closure of
// town's") with the noun phrase that follows it in the headline or the
// evidence ("Closure of town's only swimming pool").
func completeTitle(title, head string, evidence []string) string {
	if !strings.HasSuffix(title, "'s") && !strings.HasSuffix(title, "’s") {
		return title
	}
	i := strings.LastIndexByte(title, ' ')
	last := title[i+1:]
	for _, src := range append([]string{head}, evidence...) {
		j := strings.Index(src, " "+last+" ")
		if j < 0 {
			continue
		}
		var tail []string
		for _, f := range strings.Fields(src[j+len(last)+2:]) {
			w := strings.TrimRight(f, ",.:;!?\"'’)")
			low := strings.ToLower(w)
			if w == "" || frameStops[low] || framePreps[low] || len(tail) == maxTitleTail {
				break
			}
			tail = append(tail, w)
			if w != f {
				break // punctuation ends the phrase
			}
		}
		// A phrase ends on a noun: not on "only" or "own".
		for len(tail) > 0 && lexicon[strings.ToLower(tail[len(tail)-1])].f&lxStop != 0 {
			tail = tail[:len(tail)-1]
		}
		if len(tail) > 0 {
			return title + " " + strings.Join(tail, " ")
		}
	}
	return title
}

// fillBare completes a one-word thread title ("Trial", "Closure") that
// the headline tells with whom or what the headline gives it: the party
// a trial is "of" ("Trial of former Nordvik Bank chief"), else what it is
// "over" ("Closure over racist chanting").
func fillBare(title, head string) string {
	if strings.Contains(title, " ") || !namesThread(title) {
		return title
	}
	low := strings.ToLower(title)
	ws := splitWords(head)
	lw := lemma(low)
	if !slices.ContainsFunc(ws, func(w fword) bool { return lemma(w.low) == lw }) {
		return title
	}
	if byWhom[low] == "of" {
		j := slices.IndexFunc(ws, func(w fword) bool { return verbAfterSubject(w) || w.low == lw })
		if j > 0 {
			if subj := subjectBefore(ws, j, false); len(subj) > 0 {
				parts := []string{title, "of"}
				for n, w := range subj {
					if n == 0 && !w.capital || n == 0 && lexicon[w.low].f != 0 {
						w.w = w.low
					}
					if n == 0 && w.capital && (w.low == "former" || w.low == "ex") {
						w.w = w.low
					}
					parts = append(parts, w.w)
				}
				return strings.Join(parts, " ")
			}
		}
	}
	for k, w := range ws {
		if w.low != "over" || k+1 == len(ws) {
			continue
		}
		parts := []string{title, "over"}
		for _, x := range ws[k+1:] {
			if frameStops[x.low] || framePreps[x.low] || len(parts) == 2+maxTitleTail {
				break
			}
			parts = append(parts, x.w)
			if x.stop {
				break
			}
		}
		if len(parts) > 2 {
			return strings.Join(parts, " ")
		}
	}
	return title
}

// bareDispute reports a title that names a dispute without its object or
// sides ("Widening trade dispute"): in wire copy, the story's own.
func bareDispute(title string) bool {
	if containsAnyRune(title, "–") {
		return false
	}
	ws := strings.Fields(strings.ToLower(title))
	for _, w := range ws {
		if framePreps[w] {
			return false
		}
	}
	return len(ws) > 0 && frameNouns[ws[len(ws)-1]] == "dispute"
}

// fuller is the headline frame's title when it says the title more
// fully: every word of "Province strike" stands in "Buenos Aires province
// strike".
func (a *analyser) fuller(title string) string {
	tw := lemmas(title, lemAll)
	if len(tw) == 0 {
		return title
	}
	for _, f := range a.frames() {
		if f.lead || f.sent != 0 || f.closed || len(f.title) <= len(title) {
			continue
		}
		fw := lemmas(f.title, lemAll)
		if !slices.ContainsFunc(tw, func(w string) bool { return !slices.Contains(fw, w) }) {
			return f.title
		}
	}
	return title
}

// actVerbs are the base forms frameVerbs leaves out, as after "to":
// "threatens to halt".
var actVerbs = map[string]string{"halt": "halt", "block": "block", "ban": "ban", "close": "closure", "suspend": "suspension", "curb": "curbs"}

// threatVerbs before "to" make the act a threat: "threatens to halt".
var threatVerbs = map[string]bool{"threatens": true, "threaten": true, "threatened": true, "vows": true, "vow": true}

// actTitle titles by the headline's act a title that names no thread but
// is the object of a headline verb that names one: "Housing tower" in
// "district blocks 30-storey housing tower" is the "Block on 30-storey
// housing tower". A threat says so: "Threat to halt palm oil exports".
func actTitle(title, head string) string {
	tw := lemmas(title, lemAll)
	if len(tw) == 0 {
		return title
	}
	ws := splitWords(head)
	for i, w := range ws {
		noun := frameVerbs[w.low]
		if noun == "" {
			noun = actVerbs[w.low]
		}
		prep := nominalPreps[noun]
		if i == 0 || w.capital || prep == "" {
			continue
		}
		var obj []string
		for _, x := range ws[i+1:] {
			if frameStops[x.low] || framePreps[x.low] || len(obj) == maxTitleTail+1 {
				break
			}
			obj = append(obj, x.w)
			if x.stop {
				break
			}
		}
		ol := lemmas(strings.Join(obj, " "), lemAll)
		if len(obj) == 0 || !slices.Contains(ol, tw[len(tw)-1]) {
			continue // the act is not on the title's thing
		}
		if i >= 2 && ws[i-1].low == "to" && threatVerbs[ws[i-2].low] {
			return "Threat to " + w.low + " " + strings.Join(obj, " ")
		}
		return capitalise(noun) + " " + prep + " " + strings.Join(obj, " ")
	}
	return title
}

// leadOrHeadline reports whether s is the copy's first sentence (a
// headline or a lead) or the lead after a headline.
func (a *analyser) leadOrHeadline(s string) bool {
	return s == a.sents[0].Text || a.headline && len(a.sents) > 1 && s == a.sents[1].Text
}

// sameHead reports two titles on the same head noun and no other's name:
// "Homes shortage" and "Housing shortage".
func sameHead(x, y string) bool {
	hx, hy := lemmas(x, lemAll), lemmas(y, lemAll)
	if len(hx) == 0 || len(hy) == 0 || hx[len(hx)-1] != hy[len(hy)-1] {
		return false
	}
	nx, ny := titleNames(x), titleNames(y)
	return len(nx) == 0 || len(ny) == 0 || slices.ContainsFunc(nx, func(n string) bool { return slices.Contains(ny, n) })
}
