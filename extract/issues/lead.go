package issues

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/internal/fold"
	"github.com/newsroom/newsbot/extract/people"
)

// Lead threads. Wire copy states its story in the first sentence: "a visit
// by one relative", "opposition from the US and Japan", an "unscheduled
// trip to Walter Reed hospital". Such a thread often carries no contention
// cue and is named only once, so the phrase weights miss it. The lead's
// noun phrases (a run of content words, joined to its objects by "of",
// "over", "by" ...) that no weighed issue covers become issues of their own.

// Limits on lead threads.
const (
	maxLeadIssues = 2  // lead phrases listed beside the weighed issues
	maxLeadWords  = 9  // longest lead title, in words
	maxLeadToks   = 14 // longest phrase read, in tokens
	minLeadWords  = 6  // a shorter first sentence (a dateline, "(CNN)") is no lead
)

// maxLeadRuns bounds the content runs of one lead phrase.
const maxLeadRuns = 8

// leadRun is a run of content words in a lead phrase.
type leadRun struct {
	start, end int32 // byte span in the text, a possessive cut off
	person     int32 // cast index when the run names a person, else -1
	generic    bool  // every word generic ("visit"): a keyword only at the head
}

// leadPhrase is a noun phrase of the lead sentence, or the protagonist's
// own thread. Only spans are kept: the strings are built for the few
// phrases that become issues.
type leadPhrase struct {
	start, end int // byte span of the phrase
	runs       [maxLeadRuns]leadRun
	nRuns      int
	h          int   // index of the head run
	head       int32 // byte offset of the head word; headEnd its end
	headEnd    int32
	seg        int // segment holding it
	owner      int // for the protagonist's thread, their cast index; else -1
	// The stems covers compares, in analyser.leadKeys once keyed: the
	// words of the runs naming no person, space-separated, at
	// [kStart:kMid], the head's stem at [kMid:kEnd].
	keyed              bool
	kStart, kMid, kEnd int32
}

// keyPhrase fills ph's stems in a.leadKeys, once per phrase: covers asks
// about each phrase once per issue.
func (a *analyser) keyPhrase(ph *leadPhrase) {
	if ph.keyed {
		return
	}
	ph.keyed = true
	ph.kStart = int32(len(a.leadKeys))
	for _, r := range ph.runs[:ph.nRuns] {
		if r.person >= 0 {
			continue
		}
		if len(a.leadKeys) > int(ph.kStart) {
			a.leadKeys = append(a.leadKeys, ' ')
		}
		a.leadKeys = a.appendKey(a.leadKeys, a.text[r.start:r.end])
	}
	ph.kMid = int32(len(a.leadKeys))
	a.leadKeys = a.headStem(a.leadKeys, ph)
	ph.kEnd = int32(len(a.leadKeys))
}

// readLead collects the noun phrases of the lead sentence from a.toks;
// ms are the cast mentions in it and seg its first segment.
func (a *analyser) readLead(ms []people.Mention, seg int) {
	toks := a.toks
	// leadContent is asked about most tokens several times (as a phrase
	// start, inside a run, after a preposition): each answer is kept. It
	// reads only the tokens and ms, which stay as they are meanwhile.
	a.sc.leadMemo = zeroed(a.sc.leadMemo, len(toks))
	a.leadMemo = a.sc.leadMemo
	defer func() { a.leadMemo = nil }()
	for k := 0; k < len(toks); {
		if !a.leadContent(k, ms) || k > 0 && a.leadContent(k-1, ms) {
			k++
			continue
		}
		if k > 0 && !toks[k].capital && verbBefore[a.text[toks[k-1].start:toks[k-1].end]] {
			// "to hear from ...", "could sue ...": a verb and its object,
			// no thread.
			for k < len(toks) && a.leadContent(k, ms) {
				k++
			}
			continue
		}
		k = max(a.leadChain(k, ms, seg), k+1)
	}
}

// leadContent reports whether token k may stand in a noun phrase: a word
// that is no function word or common verb, no verb-like "-ed" word and
// no bare number, or any word of a person's name.
func (a *analyser) leadContent(k int, ms []people.Mention) bool {
	if a.leadMemo != nil {
		if v := a.leadMemo[k]; v != 0 {
			return v > 0
		}
		c := a.isLeadContent(k, ms)
		a.leadMemo[k] = -1
		if c {
			a.leadMemo[k] = 1
		}
		return c
	}
	return a.isLeadContent(k, ms)
}

// isLeadContent is leadContent worked out.
func (a *analyser) isLeadContent(k int, ms []people.Mention) bool {
	t := &a.toks[k]
	if t.punct {
		return false
	}
	if a.personAt(k, ms) >= 0 {
		return true
	}
	w := a.text[t.start:t.end]
	if t.lex.stop() && !(t.capital && len(w) > 1 && isUpperASCII(w)) { // "US" is no "us"
		return false
	}
	return !a.isParticiple(t) && !isNumeric(w) && !(t.lex.generic() && adverbLike(w)) && !irregularPast[w]
}

// adverbLike reports a word in "-ly" or a time adverb: "later", "soon".
func adverbLike(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "later" || w == "soon" || w == "earlier" || w == "now"
}

// genericTok reports whether token k is a generic word ("visit", "plans"),
// an acronym that spells one ("US") aside.
func (a *analyser) genericTok(k int) bool {
	t := &a.toks[k]
	w := a.text[t.start:t.end]
	return t.lex.generic() && !(t.capital && len(w) > 1 && isUpperASCII(w))
}

// isUpperASCII reports whether w has no lower-case ASCII letter.
func isUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// personAt is the index in ms of the person mention holding token k, or -1.
func (a *analyser) personAt(k int, ms []people.Mention) int {
	ts := int(a.toks[k].start)
	for i, m := range ms {
		if m.Start <= ts && ts < m.End && a.isPerson(m.Person) {
			return i
		}
	}
	return -1
}

// leadChain reads the phrase starting at token k and records it when it
// names a thread; it returns the token after it.
func (a *analyser) leadChain(k int, ms []people.Mention, seg int) (next int) {
	toks := a.toks
	type run struct{ first, last, person int }
	var runs [maxLeadRuns]run
	nRuns := 0
	cur := k
	for nRuns < len(runs) && cur < len(toks) && cur-k < maxLeadToks {
		r := run{first: cur, person: -1}
		for cur < len(toks) && a.leadContent(cur, ms) {
			if mi := a.personAt(cur, ms); mi >= 0 {
				if cur > r.first && r.person < 0 {
					break // "poorer countries" then a name: two phrases
				}
				r.person = ms[mi].Person
				for cur+1 < len(toks) && int(toks[cur+1].start) < ms[mi].End {
					cur++
				}
			}
			cur++
			if toks[cur-1].possessive {
				break
			}
		}
		r.last = cur - 1
		runs[nRuns] = r
		nRuns++
		if cur >= len(toks) {
			break
		}
		if toks[cur-1].possessive && a.leadContent(cur, ms) {
			continue // "President Bush's re-election"
		}
		j := cur
		if toks[j].p == 'q' {
			j++ // a closing quote mark: "'state of denial' over ..."
		}
		if j >= len(toks) || !(toks[j].lex.prep() || toks[j].lex.and() && nRuns > 1) {
			break
		}
		isTo := a.text[toks[j].start:toks[j].end] == "to"
		j++
		det := false
		for j < len(toks) && (toks[j].lex.det() || toks[j].p == 'q' || numberWords[a.text[toks[j].start:toks[j].end]]) {
			det = det || toks[j].lex.det()
			j++
		}
		if j >= len(toks) || !a.leadContent(j, ms) || isTo && !det && !toks[j].capital {
			break // "plans to end ...": an infinitive, no object
		}
		var lb [32]byte
		if w := a.text[toks[j].start:toks[j].end]; people.IsTimeWord(string(fold.AppendLower(lb[:0], w))) {
			break // "on Tuesday night" is when, not what
		}
		cur = j
	}
	next = cur
	// A phrase ends on its noun: "delegations of European" lost it.
	for nRuns > 0 && a.adjectiveTok(runs[nRuns-1].last) {
		nRuns--
	}
	if nRuns == 0 {
		return next
	}
	// The head run: the first one that does not own the next ("European
	// Union's arms embargo").
	h := 0
	for h+1 < nRuns && toks[runs[h].last].possessive {
		h++
	}
	head := runs[h]
	ht := &toks[head.last]
	hw := a.text[ht.start:ht.end]
	a.keyBuf = appendStem(a.keyBuf[:0], hw)
	kc := classOf(string(a.keyBuf)) // the lists the head's stem is in
	object := false                 // the phrase is the object of an actor's phrase
	if kc&(wActor|wEmptyHead|wPartitive) != 0 && !ht.capital && h+1 < nRuns {
		// "the health secretary about the pay dispute": who is asked,
		// then what about; the object is the thread.
		n := copy(runs[:], runs[h+1:nRuns])
		nRuns, h, object = n, 0, true
		for h+1 < nRuns && toks[runs[h].last].possessive {
			h++
		}
		head = runs[h]
		ht = &toks[head.last]
		hw = a.text[ht.start:ht.end]
		a.keyBuf = appendStem(a.keyBuf[:0], hw)
		kc = classOf(string(a.keyBuf))
	}
	if head.person >= 0 || ht.capital || isNumeric(hw) || people.IsTimeWord(strings.ToLower(hw)) {
		return next // a person, place or date is where or who, not what
	}
	if kc&(wActor|wVague|wTime) != 0 {
		return next
	}
	if lc := classOf(strings.ToLower(hw)); lc&wVerbS != 0 || nRuns == 1 && lc&wVerbLike != 0 {
		return next // "UK mobile owners continue": the verb, not a head
	}
	if kc&wGeneric != 0 && nRuns == 1 && head.first == head.last { // lexicon's lxGeneric
		return next
	}
	// Enough substance: two content words, one of them specific, or a
	// quoted phrase ("the 'real opposition'").
	words, specific := 0, false
	ph := leadPhrase{seg: seg, owner: -1, h: h, head: ht.start, headEnd: ht.end, nRuns: nRuns,
		start: int(toks[runs[0].first].start), end: int(toks[runs[nRuns-1].last].end)}
	for i, r := range runs[:nRuns] {
		generic := r.person < 0
		for j := r.first; j <= r.last; j++ {
			words++
			generic = generic && a.genericTok(j)
		}
		specific = specific || !generic
		end := int(toks[r.last].end)
		end = int(toks[r.first].start) + len(trimPossessive(a.text[toks[r.first].start:end]))
		ph.runs[i] = leadRun{start: toks[r.first].start, end: int32(end), person: int32(r.person), generic: generic}
	}
	quoted := runs[0].first > 0 && toks[runs[0].first-1].p == 'q' && next < len(toks) && toks[next].p == 'q'
	if words < 2 || !specific && !quoted && !object {
		return next
	}
	if relativeClause(a.text[ph.start:ph.end]) {
		return next // "a charge Copenhagen denies"
	}
	if a.leadItinerary(&ph, runs[0].first) {
		return next // "the first stop of a week-long tour of Asia" is the trip
	}
	a.leads = append(a.leads, ph)
	return next
}

// headStem is the stem of ph's head word.
func (a *analyser) headStem(buf []byte, ph *leadPhrase) []byte {
	return appendStem(buf, a.text[ph.head:ph.headEnd])
}

// leadTitleOf is ph as a title.
func (a *analyser) leadTitleOf(ph *leadPhrase) string {
	if t := a.noConfidenceTitle(ph); t != "" {
		return t
	}
	if ph.owner >= 0 {
		r := ph.runs[0]
		return a.cast.People[ph.owner].Name + "'s " + a.text[r.start:r.end]
	}
	if w, k := wordBefore(a.text, ph.start); contestedModifiers[w] {
		// The chunker leaves "-ed" words out; "unscheduled trip" is the
		// thread, "trip" alone is travel.
		return leadTitle(a.text[k:ph.end])
	}
	return leadTitle(a.text[ph.start:ph.end])
}

// leadKeywords are ph's content runs, the head run first, people by
// canonical name; a generic run only at the head.
func (a *analyser) leadKeywords(ph *leadPhrase) []string {
	if ph.owner >= 0 {
		r := ph.runs[0]
		return []string{a.cast.People[ph.owner].Name, a.text[r.start:r.end]}
	}
	kws := make([]string, 0, maxKeywords)
	add := func(i int) {
		r := ph.runs[i]
		if r.generic && i != ph.h || len(kws) == maxKeywords {
			return
		}
		kw := a.text[r.start:r.end]
		if r.person >= 0 {
			kw = a.cast.People[r.person].Name
		}
		for _, k := range kws {
			if strings.EqualFold(k, kw) {
				return
			}
		}
		if kw != "" {
			kws = append(kws, kw)
		}
	}
	add(ph.h)
	for i := range ph.nRuns {
		if i != ph.h {
			add(i)
		}
	}
	return kws
}

// emptyHeads say nothing of the thread but lead to it: "clears the way
// for extradition".
var emptyHeads = map[string]bool{"way": true, "path": true, "door": true, "route": true, "stage": true}

// verbBefore are words a bare verb follows: the infinitive marker and
// the modals and auxiliaries.
var verbBefore = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "did": true, "does": true, "do": true,
}

// adjectiveTok reports whether token k looks like an adjective cut from
// its noun: a people adjective ("European") or an adjective ending.
func (a *analyser) adjectiveTok(k int) bool {
	t := &a.toks[k]
	w := trimPossessive(a.text[t.start:t.end])
	if t.capital {
		return !t.possessive && (isDemonym(w) || hasDemonymEnding(w))
	}
	a.keyBuf = appendStem(a.keyBuf[:0], w)
	return looksAdjective(string(a.keyBuf))
}

// numberWords may stand between a preposition and its object: "a visit by
// one relative".
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "some": true, "all": true, "any": true, "many": true,
}

// leadTitle is a phrase as a title: quote marks dropped, at most
// maxLeadWords words, the first letter capitalised.
func leadTitle(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '“', '”', '‘':
			return -1
		}
		return r
	}, s)
	f := strings.Fields(s)
	if len(f) > maxLeadWords {
		f = f[:maxLeadWords]
		// End on a content word, not "of" or "the".
		for len(f) > 1 && lexLookup(strings.ToLower(f[len(f)-1])).stop() {
			f = f[:len(f)-1]
		}
	}
	s = strings.Join(f, " ")
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// covers reports whether is already names the thread ph states: the
// head of its main phrase is among ph's words, or (unless strict) ph's head
// heads one of the issue's first units.
func (a *analyser) covers(is *issue, ph *leadPhrase, strict bool) bool {
	a.keyPhrase(ph)
	if is.lead != nil {
		a.keyPhrase(is.lead)
		return string(a.leadKeys[is.lead.kMid:is.lead.kEnd]) == string(a.leadKeys[ph.kMid:ph.kEnd])
	}
	anchor := is.units[0]
	if anchor.person >= 0 {
		for _, r := range ph.runs[:ph.nRuns] {
			if int(r.person) == anchor.person {
				return true
			}
		}
	} else if len(anchor.words) > 0 {
		hw := anchor.words[len(anchor.words)-1]
		// The words of all the runs at once: hw is never empty, so the
		// spaces joining the runs make no false match.
		for rest := a.leadKeys[ph.kStart:ph.kMid]; len(rest) > 0; {
			i := slices.Index(rest, ' ')
			if i < 0 {
				i = len(rest)
			}
			if string(rest[:i]) == hw {
				return true
			}
			rest = rest[min(i+1, len(rest)):]
		}
	}
	if strict {
		return false
	}
	head := a.leadKeys[ph.kMid:ph.kEnd]
	for _, u := range is.units[:min(len(is.units), homeUnits)] {
		if u.person < 0 && len(u.words) > 0 && u.words[len(u.words)-1] == string(head) {
			return true
		}
	}
	return false
}

// Protagonist threads. The person a story is about is no issue by name
// (see protagonist), but their own thread often is: a candidate's late
// bid, a minister's resignation, a president's health. It is read from
// what the copy gives them: "his bid for president", "Patrick's late
// entry".

// threadNouns head a protagonist's own story thread. Travel is left out:
// trips are extracted apart.
var threadNouns = map[string]bool{
	"bid": true, "campaign": true, "candidacy": true, "entry": true, "health": true,
	"resignation": true, "leadership": true, "nomination": true, "appointment": true, "record": true,
	"future": true, "plan": true, "proposal": true, "policy": true, "reform": true, "decision": true,
	"conduct": true, "handling": true, "departure": true, "exit": true, "return": true, "strategy": true,
	"presidency": true, "tenure": true, "legacy": true, "trial": true, "defence": true, "defense": true,
	"appeal": true, "bill": true, "budget": true, "pledge": true, "promise": true, "claim": true,
	"allegation": true, "comeback": true, "retirement": true, "succession": true, "dismissal": true,
	"sacking": true, "suspension": true, "contract": true, "transfer": true, "injury": true,
}

// protagonistThread is what the protagonist's possessive gives them in
// sentence seg's tokens a.toks: the first run headed by a thread noun,
// recorded once per article.
func (a *analyser) protagonistThread(ms []people.Mention, seg int) {
	p := a.protagonist()
	if p < 0 || a.own != nil {
		return
	}
	toks := a.toks
	k := 0
	for _, m := range ms {
		if m.Person != p {
			continue
		}
		// k: the last token of the mention.
		for k < len(toks) && int(toks[k].end) < m.End {
			k++
		}
		if k+1 >= len(toks) || int(toks[k].start) < m.Start {
			continue
		}
		if w := a.text[toks[k].start:toks[k].end]; !toks[k].possessive && !isPossessivePronoun(w) {
			continue
		}
		first := k + 1
		last := first
		for last < len(toks) && last-first < 3 && a.leadContent(last, ms) && a.personAt(last, ms) < 0 && !toks[last].possessive {
			last++
		}
		if last == first {
			continue
		}
		a.keyBuf = appendStem(a.keyBuf[:0], a.text[toks[last-1].start:toks[last-1].end])
		if !threadNouns[string(a.keyBuf)] {
			continue
		}
		a.own = &leadPhrase{seg: seg, owner: p, nRuns: 1, head: toks[last-1].start, headEnd: toks[last-1].end,
			start: int(toks[first].start), end: int(toks[last-1].end)}
		a.own.runs[0] = leadRun{start: toks[first].start, end: toks[last-1].end, person: -1}
		return
	}
}

// isPossessivePronoun reports "his", "her" or "their", in any case.
func isPossessivePronoun(w string) bool {
	return strings.EqualFold(w, "his") || strings.EqualFold(w, "her") || strings.EqualFold(w, "their")
}

// leadItinerary reports whether ph, starting at token first, names only
// travel or a setting: an itinerary or setting noun heads it and its other runs are places or
// more itinerary ("stop of a week-long tour of Asia"), with no contesting
// word ("unscheduled trip"). A visit by a relative or a trip to a
// hospital says more than where somebody went.
func (a *analyser) leadItinerary(ph *leadPhrase, first int) bool {
	a.keyBuf = appendStem(a.keyBuf[:0], a.text[ph.head:ph.headEnd])
	if !itineraryNouns[string(a.keyBuf)] && !settingNouns[string(a.keyBuf)] {
		return false // a setting too: "the Dravo crossing" is where, not what
	}
	if first > 0 && contestedModifiers[strings.ToLower(a.text[a.toks[first-1].start:a.toks[first-1].end])] {
		return false
	}
	for k := first; k < len(a.toks) && int(a.toks[k].start) < ph.end; k++ {
		if contestedModifiers[strings.ToLower(a.text[a.toks[k].start:a.toks[k].end])] {
			return false
		}
	}
	for i, r := range ph.runs[:ph.nRuns] {
		if i == ph.h || r.generic {
			continue
		}
		run := a.text[r.start:r.end]
		if r.person < 0 && (a.isPlace(run) || allCapitalised(run)) {
			continue // a destination: "Asia", "Middle East"
		}
		a.keyBuf = appendStem(a.keyBuf[:0], lastField(run))
		if itineraryNouns[string(a.keyBuf)] || actorNouns[string(a.keyBuf)] || r.person >= 0 {
			continue // who travels or meets: "summit of EU leaders"
		}
		return false
	}
	return true
}

// allCapitalised reports whether every word of s opens with a capital:
// a name ("Asia", "Middle East").
func allCapitalised(s string) bool {
	for f := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// verbLike are generic words that end a lead phrase as its verb.
var verbLike = map[string]bool{
	"continue": true, "remain": true, "begin": true, "stay": true, "want": true, "need": true, "say": true,
	"face": true, "seek": true, "plan": true, "hope": true, "expect": true, "agree": true, "refuse": true,
}
