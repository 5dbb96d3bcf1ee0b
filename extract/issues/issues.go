// Package issues finds the open disputes and story threads an article
// raises. Pure: text in, structs out.
//
// Sentences are split into segments (at semicolons and at coordinated noun
// phrases: "violations of human rights and its relations to Russia"), and
// each segment gets the contention score of its sentence from cue words
// (allegations, accused, dispute, criticised, case, sanctions ...). Key
// phrases are read from every segment: people (canonical names, so "Lai",
// "Jimmy Lai" and a resolved "his" count as one), runs of content words
// ("Chinese mega-embassy"), their proper-name parts and single words. A
// phrase weighs, over the segments holding it, one for the mention plus the
// contention, times its rarity in the article (a dampened idf: the story's
// main subject, named everywhere, is no issue of its own). Places,
// organisations, adjectives, verb-like words and modifiers weigh less; a
// name in a large share of the sentences, or a person who is mostly quoted,
// cannot seed an issue. The heaviest phrases seed issues; lighter ones that
// share a head word or lie in the same segments join them as keywords, so
// 2-6 issues come out, most central first. quotes (optional) mark who is a
// voice rather than a subject and add weight to contested sentences that
// somebody is quoted in.
package issues

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// Limits on what an article yields.
const (
	maxIssues   = 6
	minIssues   = 2
	maxKeywords = 3
	maxEvidence = 5
	maxSummary  = 240
	maxScore    = 6  // contention of one sentence; more cue words add nothing
	baseline    = 1  // salience of any mention, disputed or not
	minWeight   = 2  // lighter units are noise
	maxUnits    = 80 // heaviest units clustered per article
)

// segment is a clause-sized piece of a sentence.
type segment struct {
	sent       int
	start, end int
	score      float64 // contention of the sentence
}

// unit is a key phrase with where it occurs.
// stat is the running record of one phrase while the text is read:
// small and free of pointers, so that the thousands an article yields cost
// the garbage collector nothing. Only the heavy ones become units.
type stat struct {
	surfStart, surfEnd int32 // the first written form: text[surfStart:surfEnd]
	lastSeg, lastSent  int32
	nSents             int32
	person             int32 // cast index, or -1
	firstPos           int32
	contention         float32
	salience           float32
	maxScore           float32
	flags              uint8
	unit               int32 // index+1 into the candidate units, 0 when none
}

// stat flags.
const (
	fProper   = 1 << iota // every occurrence capitalised
	fModifier             // only ever before a vague noun
	fWeak                 // a lone "-ing"/"-ed"/"-ly" word
	fOrg                  // inside an organisation mention
)

// unit is a phrase heavy enough to seed or join an issue.
type unit struct {
	key      string
	surface  string
	nSents   int
	maxScore float64
	words    []string // key split on spaces
	segs     []int    // segment indexes, ascending, distinct
	proper   bool     // a name: person, place or capitalised phrase
	person   int      // cast index, or -1
	weight   float64
	firstPos int
	dominant bool // a name in a fifth of the sentences: the story's subject, not an issue
	single   bool // one word in one sentence
}

// Find returns the issues text raises, most central first.
func Find(text string, cast *people.Cast, quotes []newsbot.Quote) []newsbot.Issue {
	if cast == nil {
		cast = &people.Cast{}
	}
	a := analyser{text: text, cast: cast, index: make(map[uint64]int32, len(text)/16)}
	a.read(quotes)
	return a.cluster()
}

type analyser struct {
	text  string
	cast  *people.Cast
	sents []text.Span
	segs  []segment
	index map[uint64]int32 // FNV-1a hash of a phrase key → index into stats
	stats []stat
	toks  []token
	// modifierRun marks the run being added as a modifier of a vague noun.
	modifierRun  bool
	keyBuf       []byte // scratch for unit keys
	occ          []occurrence
	personKeys   []string // "@Name" per cast member
	personHashes []uint64
	personState  []int8     // 1 person, -1 a place, 0 not yet known
	speakers     [][]string // per sentence, who is quoted in it
}

// read scores sentences, splits them into segments and collects the key
// phrases of every segment.
func (a *analyser) read(quotes []newsbot.Quote) {
	a.sents = text.Sentences(a.text)
	a.toks = make([]token, 0, 128)
	a.segs = make([]segment, 0, 2*len(a.sents))
	a.occ = make([]occurrence, 0, len(a.text)/12)
	a.stats = make([]stat, 0, len(a.text)/16)
	a.speakers = make([][]string, len(a.sents))
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		if si := text.Containing(a.sents, q.Start); si >= 0 {
			a.speakers[si] = append(a.speakers[si], q.Speaker)
		}
	}
	mi := 0
	for si, sp := range a.sents {
		a.toks = tokenize(sp.Text, sp.Start, a.toks[:0])
		score := 0.0
		for _, t := range a.toks {
			score += float64(t.lex.cue)
		}
		if score > 0 && quotedIn(quotes, sp) {
			score += 0.5 // somebody is on record about it
		}
		if score > maxScore {
			score = maxScore
		}
		for mi < len(a.cast.Mentions) && a.cast.Mentions[mi].Start < sp.Start {
			mi++
		}
		mj := mi
		for mj < len(a.cast.Mentions) && a.cast.Mentions[mj].Start < sp.End {
			mj++
		}
		a.segment(si, score, a.cast.Mentions[mi:mj])
	}
}

func quotedIn(qs []newsbot.Quote, sp text.Span) bool {
	for _, q := range qs {
		if q.Start < sp.End && q.End > sp.Start && q.Speaker != "" {
			return true
		}
	}
	return false
}

// splitBefore reports whether a new segment starts at token k: after a
// semicolon or dash, or at "and"/"or"/"but" followed by a determiner or
// possessive (a second noun phrase or clause).
func (a *analyser) splitBefore(k int) bool {
	t := a.toks[k]
	if t.w == ";" || t.w == "—" {
		return true
	}
	if (t.w == "and" || t.w == "or" || t.w == "but" || t.w == "while") && k+1 < len(a.toks) {
		switch a.toks[k+1].w {
		case "its", "their", "his", "her", "the", "a", "an", "this", "that", "these", "those":
			return true
		}
	}
	return false
}

func (a *analyser) segment(si int, score float64, ms []people.Mention) {
	seg := len(a.segs)
	a.segs = append(a.segs, segment{sent: si, start: a.sents[si].Start, end: a.sents[si].End, score: score})
	var run []int // token indexes of the current content-word run
	flush := func() {
		a.addRun(run, seg)
		run = run[:0]
	}
	// flushBefore ends a run at the vague word k, which makes a
	// capitalised run a mere modifier ("Conservative opposition").
	flushBefore := func(k int) {
		if len(run) > 0 && !a.toks[k].punct && a.toks[run[len(run)-1]].capital && !a.toks[run[len(run)-1]].possessive {
			a.modifierRun = true
		}
		a.addRun(run, seg)
		a.modifierRun = false
		run = run[:0]
	}
	m := 0
	for k := 0; k < len(a.toks); k++ {
		t := a.toks[k]
		if k > 0 && a.splitBefore(k) {
			flush()
			a.segs[seg].end = t.start
			seg = len(a.segs)
			a.segs = append(a.segs, segment{sent: si, start: t.start, end: a.sents[si].End, score: score})
		}
		// A person mention is one unit under the canonical name.
		for m < len(ms) && ms[m].End <= t.start {
			m++
		}
		// Organisations ("the EU") and places taken for people stay
		// ordinary words.
		inMention := m < len(ms) && ms[m].Start <= t.start && t.start < ms[m].End
		if inMention && ms[m].Kind == people.Organisation {
			a.toks[k].org = true
			t.org = true
		}
		if inMention && a.isPerson(ms[m].Person) {
			mm := ms[m]
			flush()
			a.add(a.personHash(mm.Person), mm.Start, mm.End, seg, true, mm.Person)
			for k+1 < len(a.toks) && a.toks[k+1].start < mm.End {
				k++
			}
			continue
		}
		// Inside a name every word counts: "United States", "South China Sea".
		inName := t.capital && len(run) > 0 && a.toks[run[len(run)-1]].capital && !a.toks[run[len(run)-1]].possessive && !t.punct
		if !inName && (t.punct || t.lex.generic || isNumeric(t.w) || len(t.w) < 2 || isParticiple(t)) {
			flushBefore(k)
			continue
		}
		run = append(run, k)
		if t.possessive {
			flush()
		}
	}
	flush()
}

// addRun turns a run of content words into units: the run itself (its last
// three words), its capitalised part, and its head word.
func (a *analyser) addRun(run []int, seg int) {
	if len(run) == 0 {
		return
	}
	toks := a.toks
	// The capitalised part: "Hong Kong" in "Hong Kong media mogul".
	capEnd := 0
	for capEnd < len(run) && toks[run[capEnd]].capital {
		capEnd++
	}
	if a.segs[seg].score == 0 {
		// A calm sentence only adds to the salience of words and names;
		// phrases are read where there is contention. This halves the work.
		if capEnd > 0 && capEnd <= 3 {
			a.addPhrase(run[:capEnd], seg)
		}
		for i := capEnd; i < len(run); i++ {
			a.addPhrase(run[i:i+1], seg)
		}
		return
	}
	if capEnd > 0 && capEnd < len(run) && capEnd <= 3 {
		a.addPhrase(run[:capEnd], seg)
	}
	if len(run) > 3 {
		// Keep the name whole and the common-noun tail apart rather than
		// cut "Hong Kong media mogul" to "Kong media mogul".
		if capEnd > 0 && capEnd < len(run) {
			run = run[capEnd:]
		}
		if len(run) > 3 {
			run = run[len(run)-3:]
		}
	}
	a.addPhrase(run, seg)
	// Shorter tails: "arms embargo" in "lifting arms embargo".
	for i := 1; i+1 < len(run); i++ {
		a.addPhrase(run[i:], seg)
	}
	if len(run) > 1 {
		// Each lower-case word on its own too, so "aid" in "overseas aid"
		// and "aid cash" adds up.
		for i := range run {
			if !toks[run[i]].capital {
				a.addPhrase(run[i:i+1], seg)
			}
		}
	}
}

func (a *analyser) addPhrase(run []int, seg int) {
	toks := a.toks
	// The phrase hash combines the words' hashes, each computed once.
	h := uint64(fnvOffset)
	proper, org := true, true
	for _, k := range run {
		org = org && toks[k].org
		h = (h ^ a.wordHash(k)) * fnvPrime
		proper = proper && toks[k].capital
	}
	if len(run) == 1 {
		w := a.text[toks[run[0]].start:toks[run[0]].end]
		if proper {
			if _, ok := places.Demonym(trimPossessive(w)); ok {
				return // "Chinese" alone is no topic
			}
		}
		if a.toks[run[0]].stemLen < 3 {
			return
		}
	}
	start, end := toks[run[0]].start, toks[run[len(run)-1]].end
	end = start + len(trimPossessive(a.text[start:end]))
	u := a.add(h, start, end, seg, proper, -1)
	if org {
		u.flags |= fOrg
	}
	if len(run) == 1 && !proper && !toks[run[0]].lex.topical {
		w := toks[run[0]].w
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
			u.flags |= fWeak
		}
	}
}

// wordHash is the FNV-1a hash of token k's lower-cased, plural-folded
// form, cached on the token.
func (a *analyser) wordHash(k int) uint64 {
	t := &a.toks[k]
	if t.h == 0 {
		a.keyBuf = appendStem(a.keyBuf[:0], a.text[t.start:t.end])
		t.h = fnv(a.keyBuf) | 1
		t.stemLen = int32(len(a.keyBuf))
	}
	return t.h
}

// appendStem appends the lower-cased, plural-folded form of word w.
func appendStem(buf []byte, w string) []byte {
	w = trimPossessive(w)
	start := len(buf)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	if w != "" && w[0] >= utf8.RuneSelf || hasUpperNonASCII(w) {
		buf = append(buf[:start], strings.ToLower(w)...)
	}
	word := buf[start:]
	n := len(word)
	if n > 3 && word[n-1] == 's' && word[n-2] != 's' && !(word[n-2] == 'u' || word[n-2] == 'i') {
		if n > 4 && word[n-3] == 'i' && word[n-2] == 'e' {
			buf = append(buf[:start+n-3], 'y')
		} else {
			buf = buf[:start+n-1]
		}
	}
	return buf
}

func hasUpperNonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// fnv is the 64-bit FNV-1a hash of b; collisions between the few thousand
// phrases of an article are vanishingly rare.
func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// personHash is the phrase hash of a cast member, apart from any word's.
func (a *analyser) personHash(p int) uint64 {
	if a.personHashes == nil {
		a.personHashes = make([]uint64, len(a.cast.People))
	}
	if a.personHashes[p] == 0 {
		a.personHashes[p] = fnv([]byte(a.personKey(p))) ^ 0x9e3779b97f4a7c15 | 1
	}
	return a.personHashes[p]
}

// isVoice reports whether person unit u is mostly named as the speaker of
// quotes in its sentences: a commentator, not the subject of a dispute.
func (a *analyser) isVoice(u *unit) bool {
	name := a.cast.People[u.person].Name
	spoke, n, last := 0, 0, -1
	for _, s := range u.segs {
		si := a.segs[s].sent
		if si == last {
			continue
		}
		last = si
		n++
		for _, sp := range a.speakers[si] {
			if sp == name {
				spoke++
				break
			}
		}
	}
	return n > 0 && 2*spoke >= n
}

// isPerson reports whether cast index p is a person rather than a place
// the people package took for one ("North Dorset"); cached per person.
func (a *analyser) isPerson(p int) bool {
	if p < 0 || p >= len(a.cast.People) {
		return false
	}
	if a.personState == nil {
		a.personState = make([]int8, len(a.cast.People))
	}
	if a.personState[p] == 0 {
		a.personState[p] = 1
		if _, isPlace := places.Lookup(a.cast.People[p].Name); isPlace {
			a.personState[p] = -1
		}
	}
	return a.personState[p] > 0
}

// personKey is the unit key of a cast member, built once per person.
func (a *analyser) personKey(p int) string {
	if a.personKeys == nil {
		a.personKeys = make([]string, len(a.cast.People))
	}
	if a.personKeys[p] == "" {
		a.personKeys[p] = "@" + a.cast.People[p].Name
	}
	return a.personKeys[p]
}

// add counts key (a byte buffer, copied only for a new unit) in seg.
func (a *analyser) add(h uint64, surfStart, surfEnd int, seg int, proper bool, person int) *stat {
	i, ok := a.index[h]
	if !ok {
		i = int32(len(a.stats))
		var fl uint8 = fModifier
		if proper {
			fl |= fProper
		}
		a.stats = append(a.stats, stat{surfStart: int32(surfStart), surfEnd: int32(surfEnd), person: int32(person),
			firstPos: int32(surfStart), flags: fl, lastSeg: -1, lastSent: -1})
		a.index[h] = i
	}
	u := &a.stats[i]
	if !proper {
		u.flags &^= fProper // "Embargo" opening a sentence is still no name
	}
	// A unit is a modifier only if it never stands as a topic of its own.
	if !a.modifierRun || person >= 0 {
		u.flags &^= fModifier
	}
	if int32(seg) != u.lastSeg {
		u.lastSeg = int32(seg)
		sg := a.segs[seg]
		if int32(sg.sent) != u.lastSent {
			u.lastSent = int32(sg.sent)
			u.nSents++
		}
		u.contention += float32(sg.score)
		u.salience += float32(baseline + sg.score)
		u.maxScore = max(u.maxScore, float32(sg.score))
		a.occ = append(a.occ, occurrence{i, int32(seg)})
	}
	return u
}

// occurrence is a phrase in a segment, in text order.
type occurrence struct {
	stat, seg int32
}

// keyOf is a unit's key, derived from its written form: "@Name" for a
// person, else the lower-cased, plural-folded words.
func (a *analyser) keyOf(u *unit) string {
	if u.person >= 0 {
		return a.personKey(u.person)
	}
	var buf []byte
	for i, w := range strings.Fields(u.surface) {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendStem(buf, w)
	}
	return string(buf)
}

// issue is a cluster being built.
type issue struct {
	units  []*unit
	segs   []int
	weight float64
}

func (a *analyser) cluster() []newsbot.Issue {
	out := a.clusters()
	res := make([]newsbot.Issue, 0, len(out))
	for _, is := range out {
		res = append(res, a.render(is))
	}
	return res
}

// clusters weighs the units and groups them into issues.
func (a *analyser) clusters() []*issue {
	nSents := float64(len(a.sents))
	if nSents == 0 {
		return nil
	}
	var us []*unit
	idfs := make([]float64, len(a.sents)+1) // by number of sentences; 0 = not yet computed
	// First the weights from the counts alone, to keep only the units
	// within reach of the heaviest: the rest cannot seed or name an issue.
	weights := make([]float32, len(a.stats))
	top := 0.0
	for si := range a.stats {
		st := &a.stats[si]
		nSentsOf := int(st.nSents)
		if st.contention == 0 && nSentsOf < 3 {
			continue // mentioned in passing and never disputed: background
		}
		if nSentsOf >= len(idfs) {
			nSentsOf = len(idfs) - 1
		}
		if idfs[nSentsOf] == 0 {
			idfs[nSentsOf] = math.Pow(math.Log(1+nSents/float64(nSentsOf)), 0.75)
		}
		// Every mention counts, a disputed one more: threads an editor
		// lists ("debt relief") recur even where no cue word stands.
		weight := float64(st.salience) * idfs[nSentsOf]
		if st.flags&fWeak != 0 {
			weight *= 0.4
		}
		if st.person >= 0 || st.flags&fProper != 0 {
			weight *= 1.1 // named things make sharper issue handles
		}
		if st.flags&fModifier != 0 {
			weight *= 0.5
		}
		weights[si] = float32(weight)
		top = max(top, weight)
	}
	floor := max(minWeight, top/6)
	for si := range a.stats {
		st := &a.stats[si]
		weight := float64(weights[si])
		if weight < floor {
			continue
		}
		nSentsOf := int(st.nSents)
		proper := st.flags&fProper != 0
		u := &unit{person: int(st.person), proper: proper, firstPos: int(st.firstPos), nSents: int(st.nSents), maxScore: float64(st.maxScore)}
		if u.person >= 0 {
			u.surface = a.cast.People[u.person].Name
		} else {
			u.surface = a.text[st.surfStart:st.surfEnd]
		}
		u.key = a.keyOf(u)
		if _, isPlace := places.Lookup(u.surface); isPlace && u.person < 0 {
			weight *= 0.6 // a place is where an issue is, seldom what it is
		} else if st.flags&fOrg != 0 {
			weight *= 0.6 // likewise a party, ministry or broadcaster
		}
		if u.person < 0 && !u.proper && looksAdjective(u.key) {
			weight *= 0.5 // "territorial" without its noun is no handle
		}
		if weight < minWeight {
			continue
		}
		u.weight = weight
		// A lone word said once is no issue handle; nor is a name said
		// once, unless in a sharply contested sentence.
		switch {
		case nSentsOf >= 2:
		case u.person >= 0 || u.proper:
			u.single = u.maxScore < 3
		default:
			u.single = !strings.Contains(u.key, " ")
		}
		u.words = strings.Fields(u.key)
		us = append(us, u)
		st.unit = int32(len(us))
	}
	for _, o := range a.occ {
		if k := a.stats[o.stat].unit; k > 0 {
			us[k-1].segs = append(us[k-1].segs, int(o.seg))
		}
	}
	for _, u := range us {
		share := 0.3
		if _, isPlace := places.Lookup(u.surface); isPlace && u.person < 0 {
			share = 0.2 // the story's setting: "Beijing" in a story from China
		}
		u.dominant = (u.proper || u.person >= 0) && nSents >= 10 && u.nSents >= 4 && float64(u.nSents) > share*nSents
		if u.person >= 0 && a.isVoice(u) {
			u.dominant = true // a voice in the story, not what it is about
		}
	}
	sort.Slice(us, func(i, j int) bool {
		if us[i].weight != us[j].weight {
			return us[i].weight > us[j].weight
		}
		return us[i].firstPos < us[j].firstPos
	})
	if len(us) > maxUnits {
		us = us[:maxUnits] // the tail would at most be a fourth keyword
	}
	var out []*issue
	for _, u := range us {
		if is := a.home(out, u); is != nil {
			if len(is.units) < 24 {
				is.units = append(is.units, u)
			}
			if sharesWord(is.units[0], u) {
				is.segs = union(is.segs, u.segs)
			}
			continue
		}
		if len(out) == maxIssues || u.dominant || u.single {
			continue // a lone word said once is no issue handle
		}
		out = append(out, &issue{units: []*unit{u}, segs: append([]int(nil), u.segs...), weight: u.weight})
	}
	// Keep the issues that carry weight; a long article's tail of one-off
	// phrases is noise. At least minIssues when there are that many.
	if len(out) > minIssues {
		top := out[0].weight
		k := len(out)
		for k > minIssues && out[k-1].weight < top/4 {
			k--
		}
		out = out[:k]
	}
	return out
}

// home finds the issue a lighter unit belongs to: one whose phrases share a
// word with it ("espionage" and "Chinese espionage"), or whose segments
// hold all of its own when it is a common-noun phrase, or most of them for
// a name.
func (a *analyser) home(out []*issue, u *unit) *issue {
	for _, is := range out {
		// The first units carry the issue's words; later ones add little
		// and checking them all would cost more than the rest of the
		// clustering.
		for _, v := range is.units[:min(len(is.units), 8)] {
			if sharesWord(v, u) {
				return is
			}
		}
	}
	for _, is := range out {
		inter := len(intersect(is.segs, u.segs))
		if inter == 0 {
			continue
		}
		if !u.proper && u.person < 0 && inter == len(u.segs) {
			return is
		}
		if float64(inter)/float64(len(is.segs)+len(u.segs)-inter) >= 0.6 {
			return is
		}
	}
	return nil
}

// sharesWord reports whether two units share a content word. People match
// on their surname too.
func sharesWord(a, b *unit) bool {
	if a.person >= 0 || b.person >= 0 {
		return a.key == b.key || a.person >= 0 && b.person < 0 && strings.HasSuffix(a.key, " "+b.key) || b.person >= 0 && a.person < 0 && strings.HasSuffix(b.key, " "+a.key)
	}
	// A lone word joins the phrases holding it; two phrases join when
	// they have the same head ("arms embargo", "EU embargo"), not a shared
	// modifier ("Chinese espionage", "Chinese mega-embassy").
	xa, xb := a.words, b.words
	if len(xa) == 0 || len(xb) == 0 {
		return false
	}
	if len(xa) == 1 || len(xb) == 1 {
		one, many := xa[0], xb
		if len(xa) != 1 {
			one, many = xb[0], xa
		}
		for _, w := range many {
			if w == one {
				return true
			}
		}
		return false
	}
	return xa[len(xa)-1] == xb[len(xb)-1]
}

func intersect(a, b []int) []int {
	var out []int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

func union(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// isParticiple reports a lower-case "-ed" word: in news copy nearly always
// a verb ("felt", no; "secured", "drawn" ...), which ends a phrase.
func isParticiple(t token) bool {
	return !t.capital && len(t.w) > 4 && strings.HasSuffix(t.w, "ed") && !strings.HasSuffix(t.w, "eed") && !t.lex.topical && !t.lex.nounEd
}

// looksAdjective reports whether the last word of a phrase key has an
// adjective ending: the chunker cut its noun off ("sweeping territorial").
func looksAdjective(key string) bool {
	w := key
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		w = key[i+1:]
	}
	if nounsInAl[w] {
		return false
	}
	for _, suf := range []string{"al", "ive", "ous", "ful", "less", "able", "ible", "ic", "ical"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// surfaceOf is how u is written: its first form, a person's full name.
func (a *analyser) surfaceOf(u *unit) string {
	return u.surface
}

func isNumeric(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
