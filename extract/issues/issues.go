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
//
// An issue is titled by a topic: a disputed phrase, or a lone word the copy
// keeps disputing. People, places, parties and groups of actors ("shipping
// companies") only join as keywords, with two exceptions: a person the text
// puts on trial or in detention ("Sarah Lin's case", from "the detention of
// Sarah Lin", not from a sentence merely naming her), and a figure other
// than the story's protagonist who is disputed again and again. A seed
// needs contention where it is named, or must recur (three sentences).
// Titles are noun phrases: a verb or clause the chunker took for a phrase
// ("slip away", "dealt") titles nothing, an opening "-ing" verb is dropped
// ("withholding legal advice"), and a bare noun takes the modifier the copy
// gives it most ("legal advice").
//
// Two kinds of thread need no cue (lead.go): the noun phrases of the lead
// sentence that no weighed issue covers ("a visit by one relative",
// "opposition from the US and Japan"), and the protagonist's own thread
// ("his late entry", read from their possessive), when the copy disputes
// something at all.
//
// What an editor sees (editor.go): travel, itineraries and settings title
// nothing ("first stop of a week-long tour", "port of Rotterdam", "Dravo
// crossing"); an issue headed by an actor or setting joins the dispute it
// shares sentences with, a bare name with nothing joined goes the same
// way or is dropped, issues told from mostly the same sentences merge,
// and an accusation spelling out the previous sentence's dispute joins
// it. Verb phrases are renamed as nouns ("Threat to divert cargo to
// Antwerp"), the accused as the accusation ("Accusations against ..."),
// and a bare dispute noun by whom and where ("Rotterdam dock strike").
package issues

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// Limits on what an article yields.
const (
	maxIssues     = 9 // weighed issues, lead threads and the protagonist's thread
	maxWeighed    = 6 // issues from the phrase weights
	minIssues     = 2
	maxKeywords   = 3
	maxEvidence   = 5
	maxSummary    = 240
	maxScore      = 6  // contention of one sentence; more cue words add nothing
	baseline      = 1  // salience of any mention, disputed or not
	minWeight     = 2  // lighter units are noise
	maxUnits      = 80 // heaviest units clustered per article
	maxIssueUnits = 24 // units kept per issue
	homeUnits     = 8  // an issue's first units, which carry its words
)

// Short articles (see dropAsides).
const (
	asideShare   = 0.5 // an issue of one or two sentences lighter than this share of the heaviest is an aside
	shortArticle = 14  // sentences of an article that tells one story
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
	lastCont           int32 // last sentence counted in nCont
	nSents             int32
	nCont              int32 // sentences with contention
	person             int32 // cast index, or -1
	contention         float32
	salience           float32
	maxScore           float32
	flags              uint8
	// The segments the phrase occurs in, as a chain through analyser.occ
	// (index+1, 0 ends it), so that a unit's segments are read without a
	// pass over every phrase's occurrences.
	occFirst, occLast int32
	nSegs             int32
}

// stat flags.
const (
	fProper   = 1 << iota // every occurrence capitalised
	fModifier             // only ever before a vague noun
	fWeak                 // a lone "-ing"/"-ed"/"-ly" word
	fOrg                  // inside an organisation mention
	fCase                 // a person named as the subject of a legal case ("X's trial", "detention of X")
	fSkip                 // a demonym standing alone: never counted
)

// unit is a phrase heavy enough to seed or join an issue.
type unit struct {
	key      string
	surface  string
	nSents   int
	maxScore float64
	words    []string // key split on spaces
	head     uint64   // hash of the last word: a quick unequal test before comparing strings
	bloom    uint64   // a bit per word hash: a quick "not among the words" test
	segs     []int    // segment indexes, ascending, distinct
	proper   bool     // a name: person, place or capitalised phrase
	person   int      // cast index, or -1
	weight   float64
	firstPos int
	dominant bool   // a name in a fifth of the sentences: the story's subject, not an issue
	single   bool   // one word in one sentence
	caseOf   bool   // a person the text puts on trial, in detention ...: "X's case"
	place    bool   // a gazetteer place
	syn      uint8  // for a common-noun phrase, the disputeSynonyms group of its last word, worked out once: home asks for it per issue
	lc       wclass // the lists the last word is in (see classOf), worked out once
	topic    int8   // may title an issue (a dispute, case or thread, not an actor or a setting): 0 not yet known, 1 yes, -1 no
	stat     int32  // index into stats
}

// Find returns the issues the article text s raises, most central first.
func Find(s string, cast *people.Cast, quotes []newsbot.Quote) []newsbot.Issue {
	return FindInSentences(s, text.Sentences(s), cast, quotes)
}

// FindInSentences is Find for a caller that has already split text with
// text.Sentences (sents must be exactly that split): the pipeline can split
// once for every extractor.
func FindInSentences(s string, sents []text.Span, cast *people.Cast, quotes []newsbot.Quote) []newsbot.Issue {
	if cast == nil {
		cast = &people.Cast{}
	}
	sents = dropFurniture(sents)
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	a := analyser{text: s, sents: sents, cast: cast, quotes: quotes, sc: sc, keyBuf: sc.keyBuf[:0], mayQuiet: true}
	// About one distinct phrase per 25 bytes of copy (20 to 30 in most
	// BBC articles): a hint of one per 16 spares nearly every article
	// the rehash of a table outgrown at half load.
	a.index = sc.phraseIndex(len(s) / 16)
	a.read(quotes)
	res := a.cluster()
	sc.keyBuf = a.keyBuf
	return res
}

// scratch holds the working buffers of one Find call. Pooling them spares
// the collector a long article's megabytes of phrase records per call;
// nothing in them outlives the call (the issues are built from strings of
// the text and the cast).
type scratch struct {
	toks      []token
	segs      []segment
	occ       []occurrence
	stats     []stat
	slots     []phraseSlot
	speakerAt []int32
	idfs      []float64
	weights   []float32
	cands     []int32
	ranked    []cand
	arena     []byte
	offs      []int32
	words     []string
	slab      []unit
	us        []*unit
	backing   []int
	issueSegs []int
	issues    []issue
	segBits   []uint64
	unitSlab  []*unit
	out       []*issue
	tmp       []int
	kws       []*unit
	leads     []leadPhrase
	leadKeys  []byte
	leadMemo  []int8
	keyBuf    []byte
	// addLeads' issues and the list they join
	leadIssues [maxLeadIssues + 1]issue
	leadSegs   [maxLeadIssues + 1]int
	withLeads  []*issue
	run        []int
	// per cast member
	personHashes []uint64
	personState  []int8
	personCounts []int
	speakers     []string
	// readShort's sentences
	tokEnds    []int32
	sentScores []float64
	fwords     []fword  // actFrames' words of one sentence
	actSents   []uint64 // see analyser.actSents
	namedSents []int32  // see analyser.namedSents
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledStats bounds the buffers kept between calls: a huge text's
// buffers go to the collector.
const maxPooledStats = 1 << 16

// release drops the references into the text and returns the buffers.
func (sc *scratch) release() {
	if cap(sc.stats) > maxPooledStats {
		return
	}
	clear(sc.slab[:cap(sc.slab)])
	clear(sc.us[:cap(sc.us)])
	clear(sc.words[:cap(sc.words)])
	clear(sc.issues[:cap(sc.issues)])
	clear(sc.unitSlab[:cap(sc.unitSlab)])
	clear(sc.out[:cap(sc.out)])
	clear(sc.kws[:cap(sc.kws)])
	clear(sc.speakers[:cap(sc.speakers)])
	clear(sc.withLeads[:cap(sc.withLeads)])
	clear(sc.leadIssues[:])
	clear(sc.fwords[:cap(sc.fwords)])
	scratchPool.Put(sc)
}

// phraseIndex returns an empty index for about hint phrases, on the
// pooled slots.
func (sc *scratch) phraseIndex(hint int) phraseIndex {
	n := 64
	for n < 2*hint {
		n <<= 1
	}
	sc.slots = zeroed(sc.slots, n)
	return phraseIndex{slots: sc.slots}
}

// strList returns an empty list with room for n strings, from a.strs
// while it has room.
func (a *analyser) strList(n int) []string {
	k := len(a.strs)
	if k+n > cap(a.strs) {
		return make([]string, 0, n)
	}
	a.strs = a.strs[:k+n]
	return a.strs[k : k : k+n]
}

// isPlace reports whether name is a gazetteer place (places.Lookup).
// Lookup lower-cases its argument, which copies a capitalised name; a name
// lower-cased here first, on the stack, costs no allocation.
func (a *analyser) isPlace(name string) bool {
	var buf [48]byte
	if len(name) > len(buf) {
		_, is := places.Lookup(name)
		return is
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			_, is := places.Lookup(name)
			return is
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, is := places.Lookup(string(buf[:len(name)]))
	return is
}

// zeroed returns buf resized to n zero elements, reusing its storage.
func zeroed[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// reserve returns buf emptied with room for n elements.
func reserve[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, 0, n)
	}
	return buf[:0]
}

type analyser struct {
	sc     *scratch
	text   string
	low    string // lowered(): text with ASCII letters lower-cased, once read
	cast   *people.Cast
	quotes []newsbot.Quote // the quotes read, for titles only ever spoken (spokenOnly)
	sents  []text.Span
	segs   []segment
	index  phraseIndex // FNV-1a hash of a phrase key → index into stats
	stats  []stat
	toks   []token
	// modifierRun marks the run being added as a modifier of a vague noun.
	modifierRun  bool
	keyBuf       []byte // scratch for unit keys
	occ          []occurrence
	personHashes []uint64
	personState  []int8   // 1 person, -1 a place, 0 not yet known
	speakers     []string // who is quoted, grouped by sentence: speakers[speakerAt[si]:speakerAt[si+1]]
	speakerAt    []int32
	lead         int // protagonist()+1, 0 until known, -1 for none
	leadRead     bool
	leads        []leadPhrase // noun phrases of the lead sentence
	leadKeys     []byte       // the stems of lead phrases (see keyPhrase)
	runBuf       []int        // segment's run, kept between sentences
	own          *leadPhrase  // the protagonist's own thread ("his late entry"), nil when none
	headline     bool         // the first sentence is a headline (see isHeadline)
	mayQuiet     bool         // read and cluster may stop early for a quiet article (Find's callers want the issues alone)
	quiet        bool         // calm and naming no thread: read no further than the scores (see readShort)
	newsLeadOf   int          // leadDisputed's sentence + 1, 0 for none yet ...
	newsLeadIs   bool         // ... and whether it is a news lead
	leadMemo     []int8       // while readLead runs: leadContent per token, 1 yes, -1 no, 0 not yet known
	strs         []string     // room for the rendered issues' string lists (see strList)
	science      int8         // the copy reports research, not a court (scienceCopy): 1 yes, -1 no, 0 not yet known
	framesOf     []frame      // frames' answer, once framesRead
	framesRead   bool
	actSents     []uint64 // a bit per sentence that may hold an act (see markActs), nil until read
	namedSents   []int32  // the sentences holding a named thread's trigger word, ascending, each shifted left 3 over its lxNamed bits (see namedThreads)
}

// wordCount is the number of words among toks.
func wordCount(toks []token) int {
	n := 0
	for i := range toks {
		if !toks[i].punct {
			n++
		}
	}
	return n
}

// read scores sentences, splits them into segments and collects the key
// phrases of every segment.
func (a *analyser) read(quotes []newsbot.Quote) {
	sc := a.sc
	a.leads = sc.leads[:0]
	a.runBuf = sc.run[:0]
	a.toks = reserve(sc.toks, 64)
	a.segs = reserve(sc.segs, 2*len(a.sents))
	a.occ = reserve(sc.occ, len(a.text)/16)
	a.stats = reserve(sc.stats, len(a.text)/18)
	a.groupSpeakers(quotes)
	sc.actSents = zeroed(sc.actSents, len(a.sents)/64+1)
	a.actSents = sc.actSents
	a.namedSents = sc.namedSents[:0]
	var toks []token // the token buffer, handed back
	if len(a.sents) <= shortArticle {
		toks = a.readShort(quotes)
	} else {
		mi := 0
		for si, sp := range a.sents {
			a.toks = tokenize(sp.Text, sp.Start, roomFor(a.toks[:0], sp.Text))
			a.readSentence(si, sp, a.scoreSentence(si, sp, quotes), &mi)
		}
		toks = a.toks
	}
	// Hand the grown buffers back for the next call.
	sc.toks, sc.segs, sc.occ, sc.stats = toks, a.segs, a.occ, a.stats
	sc.namedSents = a.namedSents
	sc.slots = a.index.slots
	sc.leads = a.leads
	sc.run = a.runBuf
}

// scoreSentence readies the tokens of sentence si, a.toks (the headline's
// verbs marked, a dateline dropped), and returns its contention score.
func (a *analyser) scoreSentence(si int, sp text.Span, quotes []newsbot.Quote) float64 {
	if si == 0 && isHeadline(a.text, a.sents) {
		a.headline = true
		a.headlineVerbs()
	}
	if si <= 2 && a.actSents != nil {
		a.markActs(si) // the dateline's tokens too
	}
	if si <= 2 {
		a.dropDateline(sp)
	}
	score := 0.0
	var f lexFlags // the flags of every token, for markActs' answer in the same pass
	for k := range a.toks {
		f |= a.toks[k].lex.f
		if c := a.toks[k].lex.cue; c > 0 && !a.verbCue(k) {
			score += float64(c)
		}
	}
	if f&lxAct != 0 && a.actSents != nil {
		a.actSents[si>>6] |= 1 << (si & 63)
	}
	if f&lxNamed != 0 {
		a.namedSents = append(a.namedSents, int32(si)<<3|int32(f>>namedShift)) // see namedThreads
	}
	if score > 0 && quotedIn(quotes, sp) {
		score += 0.5 // somebody is on record about it
	}
	if score > maxScore {
		score = maxScore
	}
	return score
}

// readSentence splits sentence si, its tokens in a.toks, into segments
// and collects their key phrases; *mi is the first cast mention not
// before it.
func (a *analyser) readSentence(si int, sp text.Span, score float64, mi *int) {
	for *mi < len(a.cast.Mentions) && a.cast.Mentions[*mi].Start < sp.Start {
		*mi++
	}
	mj := *mi
	for mj < len(a.cast.Mentions) && a.cast.Mentions[mj].Start < sp.End {
		mj++
	}
	ms := a.cast.Mentions[*mi:mj]
	seg := len(a.segs)
	a.segment(si, score, ms)
	a.protagonistThread(ms, seg)
	if !a.leadRead && wordCount(a.toks) >= minLeadWords {
		a.leadRead = true
		a.readLead(ms, seg)
	}
}

// readShort reads a short article in two passes: the tokens and score of
// every sentence first, then the segments and phrases, which an article
// cluster drops whole (calm, naming no thread) never needs; with
// a.mayQuiet such an article is marked quiet and read no further. The
// first pass keeps every sentence's tokens, one run after another in one
// buffer, which it returns; a.toks is left at the last sentence's, as
// read's one pass leaves it.
func (a *analyser) readShort(quotes []newsbot.Quote) []token {
	sc := a.sc
	sc.tokEnds = zeroed(sc.tokEnds, len(a.sents))
	sc.sentScores = zeroed(sc.sentScores, len(a.sents))
	ends, scores := sc.tokEnds, sc.sentScores
	all := a.toks[:0]
	// bound is calm's sum taken over a segment at every split point:
	// segment makes no more segments (it makes none inside a person's
	// name), and a float sum of non-negative scores only grows with more
	// of them, so bound <= 1 means the article is calm.
	bound := 0.0
	for si, sp := range a.sents {
		off := len(all)
		all = tokenize(sp.Text, sp.Start, roomFor(all, sp.Text))
		a.toks = all[off:]
		score := a.scoreSentence(si, sp, quotes)
		all = all[:off+len(a.toks)] // a dateline dropped shortens the run
		ends[si], scores[si] = int32(len(all)), score
		if score > 0 { // a calm sentence adds nothing at any split
			bound += score
			for k := 1; k < len(a.toks); k++ {
				if a.splitBefore(k) {
					bound += score
				}
			}
		}
	}
	if a.mayQuiet && bound <= 1 && len(a.frames()) == 0 {
		a.quiet = true
		return all
	}
	mi, start := 0, int32(0)
	for si, sp := range a.sents {
		a.toks = all[start:ends[si]]
		start = ends[si]
		a.readSentence(si, sp, scores[si], &mi)
	}
	return all
}

// groupSpeakers files the speaker of every attributed quote under its
// sentence, in two allocations rather than one slice per sentence.
func (a *analyser) groupSpeakers(quotes []newsbot.Quote) {
	a.sc.speakerAt = zeroed(a.sc.speakerAt, len(a.sents)+2)
	a.speakerAt = a.sc.speakerAt
	n := 0
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		if si := text.Containing(a.sents, q.Start); si >= 0 {
			a.speakerAt[si+2]++
			n++
		}
	}
	if n == 0 {
		return
	}
	// Counts to offsets, shifted by one so that the fill below leaves
	// speakerAt[si] at the start of sentence si.
	for i := 2; i < len(a.speakerAt); i++ {
		a.speakerAt[i] += a.speakerAt[i-1]
	}
	a.sc.speakers = zeroed(a.sc.speakers, n)
	a.speakers = a.sc.speakers
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		if si := text.Containing(a.sents, q.Start); si >= 0 {
			a.speakers[a.speakerAt[si+1]] = q.Speaker
			a.speakerAt[si+1]++
		}
	}
}

// speakersIn is who is quoted in sentence si.
func (a *analyser) speakersIn(si int) []string {
	if a.speakers == nil {
		return nil
	}
	return a.speakers[a.speakerAt[si]:a.speakerAt[si+1]]
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
	t := &a.toks[k]
	if t.punct {
		return t.p == ';' || t.p == 'D'
	}
	return t.lex.conj() && k+1 < len(a.toks) && a.toks[k+1].lex.det()
}

func (a *analyser) segment(si int, score float64, ms []people.Mention) {
	seg := len(a.segs)
	a.segs = append(a.segs, segment{sent: si, start: a.sents[si].Start, end: a.sents[si].End, score: score})
	// run holds the token indexes of the current content-word run, on a
	// buffer kept for the next sentence. Most tokens end no run (a vague
	// word after a vague word), so an empty run is settled before a call.
	// (No closures: a variable they capture lives in memory, and run is
	// read at every token.)
	run := a.runBuf[:0]
	toks := a.toks
	// ms[m] is the first mention not ended before the token; its span
	// is kept in mStart, mEnd (none: past any offset), so that a token
	// outside every mention costs two comparisons.
	m := 0
	mStart, mEnd := math.MaxInt, math.MaxInt
	if len(ms) > 0 {
		mStart, mEnd = ms[0].Start, ms[0].End
	}
	// caseAround finds a case only through a case word of the sentence
	// (lex.caseW): most sentences naming people hold none, and are spared
	// its reading for every name. 1 the sentence holds one, -1 none, 0
	// not yet looked.
	caseWords := int8(0)
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		ts := int(t.start)
		if k > 0 && a.splitBefore(k) {
			if len(run) > 0 {
				a.addRun(run, seg)
				run = run[:0]
			}
			a.segs[seg].end = ts
			seg = len(a.segs)
			a.segs = append(a.segs, segment{sent: si, start: ts, end: a.sents[si].End, score: score})
		}
		// A person mention is one unit under the canonical name.
		if ts >= mEnd {
			for m < len(ms) && ms[m].End <= ts {
				m++
			}
			mStart, mEnd = math.MaxInt, math.MaxInt
			if m < len(ms) {
				mStart, mEnd = ms[m].Start, ms[m].End
			}
		}
		if ts >= mStart { // inside ms[m]: mStart <= ts < mEnd
			// Organisations ("the EU") and places taken for people stay
			// ordinary words.
			if ms[m].Kind == people.Organisation {
				t.org = true
			}
			if a.isPerson(ms[m].Person) {
				mm := ms[m]
				if len(run) > 0 {
					a.addRun(run, seg)
					run = run[:0]
				}
				first := k
				for k+1 < len(toks) && int(toks[k+1].start) < mm.End {
					k++
				}
				st := a.add(a.personHash(mm.Person), mm.Start, mm.End, seg, true, mm.Person)
				if caseWords == 0 {
					caseWords = -1
					if hasCaseWord(toks) {
						caseWords = 1
					}
				}
				if caseWords > 0 && a.caseAround(first, k) {
					st.flags |= fCase
				}
				continue
			}
		}
		// Inside a name every word counts: "United States", "South China Sea".
		inName := false
		if t.capital && len(run) > 0 {
			last := &toks[run[len(run)-1]]
			inName = last.capital && !last.possessive && !t.punct
		}
		if !inName && t.plain {
			if len(run) > 0 {
				a.flushBefore(run, seg, k)
				run = run[:0]
			}
			continue
		}
		run = append(run, k)
		if t.possessive {
			a.addRun(run, seg)
			run = run[:0]
		}
	}
	if len(run) > 0 {
		a.addRun(run, seg)
		run = run[:0]
	}
	a.runBuf = run
}

// flushBefore adds the run ended by the vague word k, which makes a
// capitalised run a mere modifier ("Conservative opposition").
func (a *analyser) flushBefore(run []int, seg, k int) {
	last := &a.toks[run[len(run)-1]]
	if !a.toks[k].punct && !last.possessive && (last.capital || len(run) > 1 && a.roleAt(k)) {
		a.modifierRun = true // "Conservative opposition", "farm minister"
	}
	if len(run) == 1 {
		// What addRun makes of a lone word, the common case, in any
		// segment.
		a.addWord(run[0], seg)
	} else {
		a.addRun(run, seg)
	}
	a.modifierRun = false
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
	if len(run) == 1 {
		a.addWord(run[0], seg)
		return
	}
	toks := a.toks
	// The phrase hash combines the words' hashes, each computed once.
	h := uint64(fnvOffset)
	proper, org := true, true
	for _, k := range run {
		org = org && toks[k].org
		h = (h ^ a.wordHash(k)) * fnvPrime
		proper = proper && toks[k].capital
	}
	start, end := int(toks[run[0]].start), int(toks[run[len(run)-1]].end)
	end = start + len(trimPossessive(a.text[start:end]))
	u := a.add(h, start, end, seg, proper, -1)
	if org {
		u.flags |= fOrg
	}
}

// addWord is addPhrase for the run of token k alone, the common case.
func (a *analyser) addWord(k int, seg int) {
	t := &a.toks[k]
	h := (uint64(fnvOffset) ^ a.wordHash(k)) * fnvPrime
	if t.capital && a.demonym(h, k) {
		return // "Chinese" alone is no topic
	}
	if t.stemLen < 3 {
		return
	}
	start, end := int(t.start), int(t.end)
	if c := a.text[end-1]; c == 's' || c == 'S' {
		// Every possessive ending trimPossessive cuts ends so.
		end = start + len(trimPossessive(a.text[start:end]))
	}
	u := a.add(h, start, end, seg, t.capital, -1)
	if t.org {
		u.flags |= fOrg
	}
	if !t.capital && u.flags&fWeak == 0 && !t.lex.topical() && weakEnding(a.text[t.start:t.end]) {
		u.flags |= fWeak
	}
}

// weakEnding reports a word in "-ing", "-ed" or "-ly": a verb or adverb
// more often than a topic. The last letter settles most words.
func weakEnding(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	switch w[n-1] {
	case 'g':
		return n >= 3 && w[n-3:] == "ing"
	case 'd':
		return w[n-2] == 'e'
	case 'y':
		return w[n-2] == 'l'
	}
	return false
}

// demonym reports whether the capitalised word at token k, whose phrase
// hash is h, is a people adjective ("Chinese"). The answer is kept in the
// phrase index: a demonym gets a record that never counts, and a word
// always capitalised so far was already found to be none.
func (a *analyser) demonym(h uint64, k int) bool {
	if h == 0 {
		h = 1 // as add has it
	}
	slot := a.index.slot(h)
	if slot.h != 0 {
		st := &a.stats[slot.i-1]
		if st.flags&(fSkip|fProper) != 0 {
			return st.flags&fSkip != 0
		}
	}
	t := &a.toks[k]
	if _, ok := places.Demonym(trimPossessive(a.text[t.start:t.end])); !ok {
		return false
	}
	if slot.h == 0 {
		i := int32(len(a.stats))
		a.stats = append(a.stats, stat{surfStart: t.start, surfEnd: t.end, person: -1, flags: fSkip | fModifier,
			lastSeg: -1, lastSent: -1, lastCont: -1})
		slot.h, slot.i = h, i+1
		a.index.added()
	}
	return true
}

// wordHash is the word hash (whWord) of token k's lower-cased, plural-folded
// form, cached on the token.
func (a *analyser) wordHash(k int) uint64 {
	t := &a.toks[k]
	if t.h == 0 {
		a.keyBuf = appendStem(a.keyBuf[:0], a.text[t.start:t.end])
		t.h = hashBytes(a.keyBuf) | 1
		t.stemLen = int32(len(a.keyBuf))
	}
	return t.h
}

// appendStem appends the lower-cased, plural-folded form of word w.
// appendKeyASCII writes the same for ASCII words inline: a change here
// goes there too (FuzzAppendKeyASCII compares the two).
func appendStem(buf []byte, w string) []byte {
	w = trimPossessive(w)
	start := len(buf)
	buf = slices.Grow(buf, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			// strings.ToLower's result, written in place.
			buf = appendLower(buf[:start], w)
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
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

// appendLower appends strings.ToLower(w) without building it: each rune
// lower-cased, an invalid byte as U+FFFD.
func appendLower(buf []byte, w string) []byte {
	for _, r := range w {
		if r < utf8.RuneSelf {
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// personHash is the phrase hash of a cast member, apart from any word's.
func (a *analyser) personHash(p int) uint64 {
	if a.personHashes == nil {
		a.sc.personHashes = zeroed(a.sc.personHashes, len(a.cast.People))
		a.personHashes = a.sc.personHashes
	}
	if a.personHashes[p] == 0 {
		// fnv of personKey(p), "@" and the name, without building it.
		h := uint64(fnvOffset)
		h = (h ^ '@') * fnvPrime
		name := a.cast.People[p].Name
		for i := 0; i < len(name); i++ {
			h = (h ^ uint64(name[i])) * fnvPrime
		}
		a.personHashes[p] = h ^ 0x9e3779b97f4a7c15 | 1
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
		for _, sp := range a.speakersIn(si) {
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
		a.sc.personState = zeroed(a.sc.personState, len(a.cast.People))
		a.personState = a.sc.personState
	}
	if a.personState[p] == 0 {
		a.personState[p] = 1
		if name := a.cast.People[p].Name; a.isPlace(name) || featureHeads[lastField(name)] {
			a.personState[p] = -1
		}
	}
	return a.personState[p] > 0
}

// featureHeads end the names of natural features, which the people
// finder may take for a surname ("Guantanamo Bay", "Taiwan Strait"):
// no person is named so.
var featureHeads = map[string]bool{
	"Bay": true, "Sea": true, "Island": true, "Islands": true, "River": true, "Strait": true,
	"Straits": true, "Gulf": true, "Peninsula": true, "Canal": true, "Ocean": true, "Channel": true,
}

// add counts key (a byte buffer, copied only for a new unit) in seg.
func (a *analyser) add(h uint64, surfStart, surfEnd int, seg int, proper bool, person int) *stat {
	if h == 0 {
		h = 1 // 0 marks an empty slot
	}
	slot := a.index.slot(h)
	i := slot.i - 1
	if slot.h == 0 {
		i = int32(len(a.stats))
		var fl uint8 = fModifier
		if proper {
			fl |= fProper
		}
		a.stats = append(a.stats, stat{surfStart: int32(surfStart), surfEnd: int32(surfEnd), person: int32(person),
			flags: fl, lastSeg: -1, lastSent: -1, lastCont: -1})
		slot.h, slot.i = h, i+1
		a.index.added()
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
		if sg.score > 0 && int32(sg.sent) == u.lastSent && u.lastCont != u.lastSent {
			u.lastCont = u.lastSent
			u.nCont++
		}
		u.contention += float32(sg.score)
		u.salience += float32(baseline + sg.score)
		u.maxScore = max(u.maxScore, float32(sg.score))
		a.occ = append(a.occ, occurrence{seg: int32(seg)})
		n := int32(len(a.occ))
		if u.occLast == 0 {
			u.occFirst = n
		} else {
			a.occ[u.occLast-1].next = n
		}
		u.occLast = n
		u.nSegs++
	}
	return u
}

// occurrence is a phrase in a segment: seg, and the phrase's next
// occurrence (index+1 into analyser.occ, 0 for none).
type occurrence struct {
	seg, next int32
}

// appendKey appends the key of a phrase written as surface: its
// lower-cased, plural-folded words, one space apart.
func (a *analyser) appendKey(buf []byte, surface string) []byte {
	start := len(buf)
	if b, ok := appendKeyASCII(buf, surface); ok {
		return b
	}
	i := 0
	for i < len(surface) {
		// Words are split as strings.Fields splits them.
		j := i
		for j < len(surface) {
			if n := spaceAt(surface, j); n > 0 {
				break
			}
			j++
		}
		if j > i {
			if len(buf) > start {
				buf = append(buf, ' ')
			}
			buf = appendStem(buf, surface[i:j])
		}
		i = j
		for i < len(surface) {
			n := spaceAt(surface, i)
			if n == 0 {
				break
			}
			i += n
		}
	}
	return buf
}

// appendKeyASCII is appendKey for a surface of ASCII bytes, in one pass
// (clusters writes the key of every candidate): the words split at ASCII
// white space, which is all unicode.IsSpace knows below U+0080, each
// written as appendStem writes it. ok is false, and buf as it came, at a
// byte outside ASCII.
func appendKeyASCII(buf []byte, surface string) (_ []byte, ok bool) {
	start := len(buf)
	for i := 0; i < len(surface); {
		if asciiSpace(surface[i]) {
			i++
			continue
		}
		j := i
		for ; j < len(surface) && !asciiSpace(surface[j]); j++ {
			if surface[j] >= utf8.RuneSelf {
				return buf[:start], false
			}
		}
		if len(buf) > start {
			buf = append(buf, ' ')
		}
		// appendStem(buf, surface[i:j]): the possessive cut
		// (trimPossessive), the letters lowered, a plural folded.
		e := j
		if e-i >= 2 && surface[e-2] == '\'' && surface[e-1]|0x20 == 's' {
			e -= 2
		}
		n := e - i
		m, y := n, false
		if n > 3 && lowerByte(surface[e-1]) == 's' {
			if p := lowerByte(surface[e-2]); p != 's' && p != 'u' && p != 'i' {
				if n > 4 && p == 'e' && lowerByte(surface[e-3]) == 'i' {
					m, y = n-3, true // "parties" → "party"
				} else {
					m = n - 1
				}
			}
		}
		o := len(buf)
		buf = slices.Grow(buf, m+1)[:o+m]
		for k, c := range []byte(surface[i : i+m]) {
			buf[o+k] = lowerByte(c)
		}
		if y {
			buf = append(buf, 'y')
		}
		i = j
	}
	return buf, true
}

// spaceAt is the length of the white space (as unicode.IsSpace has it)
// starting at s[i], or 0.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// issue is a cluster being built.
type issue struct {
	units  []*unit
	segs   []int
	weight float64
	bloom  uint64      // the blooms of the units home compares with, or-ed
	inSegs []uint64    // segs as a bit set, for counting shared segments in one pass over the shorter side
	lead   *leadPhrase // a thread the lead sentence states; then units is empty
	named  *leadPhrase // the headline's name for the issue, when it gives one
	placed bool        // title put an attributive place before a bare noun ("US tycoon")
}

// addSegs sets the bits of segs in is.inSegs.
func (is *issue) addSegs(segs []int) {
	for _, s := range segs {
		is.inSegs[s>>6] |= 1 << (s & 63)
	}
}

// sharedSegs is the number of segments is.segs and segs share (both
// ascending, distinct).
func (is *issue) sharedSegs(segs []int) int {
	n := 0
	for _, s := range segs {
		n += int(is.inSegs[s>>6] >> (s & 63) & 1)
	}
	return n
}

func (a *analyser) cluster() []newsbot.Issue {
	if a.quiet || a.mayQuiet && a.calm() && len(a.frames()) == 0 {
		// applyFrames drops every issue of a calm article that names no
		// thread, and frames reads the sentences alone: a sixth of the
		// articles need no units weighed or titled.
		return a.fillBareTitles(a.leadActIssue(a.namedThreads(nil))) // a thread the copy names outright stands even so
	}
	a.leadKeys = a.sc.leadKeys[:0]
	out := a.clusters()
	a.sc.leadKeys = a.leadKeys
	res := make([]newsbot.Issue, 0, len(out))
	// The keyword and evidence lists of every issue, carved from one
	// array (each capped, so that a caller's append copies).
	a.strs = make([]string, 0, len(out)*(maxKeywords+maxEvidence))
	for _, is := range out {
		r := a.render(is)
		if r.Title == "" || len(res) > 0 && a.bareAside(is, r.Title) || adverbTitle(r.Title) ||
			len(r.Evidence) > 0 && a.sentCount(is, 2) == 1 && consequenceAside(r.Title, r.Evidence[0]) || containerTitle(r.Title) ||
			len(out) > 1 && a.nameAside(is, r.Title, r.Evidence) ||
			clauseFragment(r.Title, r.Evidence) {
			continue // a verb phrase naming no thread, or a word of the story
		}
		if t, ok := a.barePluralTitle(r.Title); ok {
			if t == "" && len(out) > 1 {
				continue // "Protests": whose, over what?
			}
			if t != "" {
				r.Title = t // "Protests by taxi drivers"
			}
		} else if t := a.bareVerbTitle(r.Title); t != "" {
			r.Title = t // "Ban" → "Ban on onion exports"
		} else if t := verbNounTitle(r.Title); t != "" {
			r.Title = t // "Froze pensions" → "Freeze on pensions"
		} else if t := a.stateTitle(is, r.Title); t != "" {
			r.Title = t // "Medicine" → "Medicine shortage"
		}
		res = append(res, r)
	}
	return dropShapeJunk(a.fillBareTitles(a.leadActIssue(a.keepPass(a.calmPass(a.contentionPass(a.wirePass(a.applyFrames(res))))))))
}

// bareAside reports a lighter issue titled by one common word that names
// no dispute and told in one or two sentences ("Deaths", "Hospitals",
// "Joint"): a word of the story, not a thread of its own.
func (a *analyser) bareAside(is *issue, title string) bool {
	if is.lead != nil {
		return false
	}
	if is.placed {
		title = a.placeFree(title) // "US tycoon", the place added to "tycoon", is as bare
	}
	u := is.units[0]
	if strings.ContainsAny(title, " -") {
		return false
	}
	// The title's word, not the unit's: "fish spawning grounds" is
	// titled "Grounds".
	w := strings.ToLower(title)
	if u.proper || len(u.words) > 1 && containsRare(a.text, title) {
		return false // "Syria" of "explaining Syria": a name the copy writes so
	}
	return u.person < 0 && !lexicon[w].topical() && disputeSynonyms[w] == 0 &&
		a.sentCount(is, 3) <= 2
}

// clusters weighs the units and groups them into issues.
func (a *analyser) clusters() []*issue {
	nSents := float64(len(a.sents))
	if nSents == 0 {
		return nil
	}
	sc := a.sc
	var us []*unit
	sc.idfs = zeroed(sc.idfs, len(a.sents)+1) // by number of sentences; 0 = not yet computed
	idfs := sc.idfs
	// First the weights from the counts alone, to keep only the units
	// within reach of the heaviest: the rest cannot seed or name an issue.
	sc.weights = zeroed(sc.weights, len(a.stats))
	weights := sc.weights
	top := 0.0
	var idfRow []float64 // idfTable's row for the article, when it has one
	if len(a.sents) < len(idfTable) {
		idfRow = idfTable[len(a.sents)]
	}
	for si := range a.stats {
		st := &a.stats[si]
		nSentsOf := int(st.nSents)
		if st.contention == 0 && nSentsOf < 3 {
			continue // mentioned in passing and never disputed: background
		}
		if nSentsOf >= len(idfs) {
			nSentsOf = len(idfs) - 1
		}
		var w float64
		if idfRow != nil {
			w = idfRow[nSentsOf]
		} else {
			if idfs[nSentsOf] == 0 {
				idfs[nSentsOf] = idf(len(a.sents), nSentsOf)
			}
			w = idfs[nSentsOf]
		}
		// Every mention counts, a disputed one more: threads an editor
		// lists ("debt relief") recur even where no cue word stands.
		weight := float64(st.salience) * w
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
	// Only the heaviest candidates can end among the maxUnits kept: the
	// adjustments below at most halve a weight, so three times as many
	// by the raw weight is a safe margin, and it spares the look-ups for
	// a long article's hundreds of light phrases.
	cands := sc.cands[:0]
	for si := range a.stats {
		if float64(weights[si]) >= floor {
			cands = append(cands, int32(si))
		}
	}
	if len(cands) > 3*maxUnits {
		sort.Slice(cands, func(i, j int) bool { return weights[cands[i]] > weights[cands[j]] })
		cands = cands[:3*maxUnits]
	}
	sc.cands = cands
	// The adjusted weights first, from the counts and the last word alone;
	// the units proper are built for the heaviest maxUnits only. Every
	// candidate's key is written into one arena as it is weighed: "@Name"
	// for a person, else the lower-cased, plural-folded words, whose last
	// is the stem of the last word the adjective test reads.
	ranked := reserve(sc.ranked, len(cands))
	arena := sc.arena[:0]
	offs := append(reserve(sc.offs, len(cands)+1), 0)
	for _, si := range cands {
		st := &a.stats[si]
		weight := float64(weights[si])
		place := false
		if st.person < 0 && st.flags&fProper != 0 {
			// The gazetteer's names are capitalised: a lower-case
			// phrase is no place.
			place = a.isPlace(a.text[st.surfStart:st.surfEnd])
		}
		if place {
			weight *= 0.6 // a place is where an issue is, seldom what it is
		} else if st.flags&fOrg != 0 {
			weight *= 0.6 // likewise a party, ministry or broadcaster
		}
		ks := len(arena)
		if st.person >= 0 {
			// "@Name", written straight into the arena.
			arena = append(append(arena, '@'), a.cast.People[st.person].Name...)
		} else {
			arena = a.appendKey(arena, a.text[st.surfStart:st.surfEnd])
		}
		if st.person < 0 && st.flags&fProper == 0 && mayEndAdjective(a.text[st.surfStart:st.surfEnd]) {
			// The key's last word is appendStem(lastField(surface)).
			last := arena[ks:]
			last = last[bytes.LastIndexByte(last, ' ')+1:]
			if n := len(last); n > 0 && adjectiveLast[last[n-1]] && looksAdjective(string(last)) {
				weight *= 0.5 // "territorial" without its noun is no handle
			}
		}
		if weight < minWeight {
			arena = arena[:ks]
			continue
		}
		ranked = append(ranked, cand{si: si, pos: st.surfStart, weight: weight, place: place, key: int32(len(offs) - 1)})
		offs = append(offs, int32(len(arena)))
	}
	// A total order (si is unique), so any sort gives the same ranking.
	sortCands(ranked)
	if len(ranked) > maxUnits {
		ranked = ranked[:maxUnits] // the tail would at most be a fourth keyword
	}
	sc.ranked = ranked
	sc.arena, sc.offs = arena, offs
	keys := string(arena)
	words := reserve(sc.words, strings.Count(keys, " ")+len(ranked)) // the words of every key
	sc.words = words
	sc.slab = zeroed(sc.slab, len(ranked)) // one array for every unit
	slab := sc.slab
	sc.us = zeroed(sc.us, len(ranked))
	us = sc.us
	for ci, c := range ranked {
		st := &a.stats[c.si]
		nSentsOf := int(st.nSents)
		u := &slab[ci]
		*u = unit{person: int(st.person), proper: st.flags&fProper != 0, firstPos: int(st.surfStart), nSents: int(st.nSents),
			maxScore: float64(st.maxScore), weight: c.weight, place: c.place, stat: c.si}
		if u.person >= 0 {
			u.surface = a.cast.People[u.person].Name
		} else {
			u.surface = a.text[st.surfStart:st.surfEnd]
		}
		u.key = keys[offs[c.key]:offs[c.key+1]]
		// A lone word said once is no issue handle; nor is a name said
		// once, unless in a sharply contested sentence.
		switch {
		case nSentsOf >= 2:
		case u.person >= 0 || u.proper:
			u.single = u.maxScore < 3
		default:
			u.single = !strings.Contains(u.key, " ")
		}
		w0 := len(words)
		words, u.head, u.bloom = appendKeyWords(words, u.key)
		u.words = words[w0:len(words):len(words)]
		if len(u.words) == 0 || u.key[len(u.key)-1] == ' ' || u.key[0] == ' ' {
			// A key with an empty word (a stem that folded away) may
			// still match by suffix: let it past every bloom test.
			u.bloom = ^uint64(0)
		}
		// One look-up of the head word answers synonymGroup and the
		// lists isTopic asks about.
		if n := len(u.words); n > 0 {
			if cs := wordClasses.findHashed(u.words[n-1], u.head); cs != nil { // u.head hashes the last word
				u.lc = cs.c
				if u.person < 0 && !u.proper {
					u.syn = cs.syn
				}
			}
		}
		u.caseOf = u.person >= 0 && st.flags&fCase != 0
		u.single = u.single && !u.caseOf // a detainee named once is still a case
		us[ci] = u
	}
	// The segments of every unit, carved from one array: each read off
	// its phrase's chain of occurrences.
	total := 0
	for _, u := range us {
		total += int(a.stats[u.stat].nSegs)
	}
	sc.backing = zeroed(sc.backing, total)
	backing := sc.backing
	for _, u := range us {
		st := &a.stats[u.stat]
		segs := backing[:st.nSegs:st.nSegs]
		backing = backing[st.nSegs:]
		k := 0
		for o := st.occFirst; o != 0; o = a.occ[o-1].next {
			segs[k] = int(a.occ[o-1].seg)
			k++
		}
		u.segs = segs
	}
	for _, u := range us {
		share := 0.3
		if u.place {
			share = 0.2 // the story's setting: "Beijing" in a story from China
		}
		u.dominant = (u.proper || u.person >= 0) && nSents >= 10 && u.nSents >= 4 && float64(u.nSents) > share*nSents
		if u.person >= 0 && a.isVoice(u) {
			u.dominant = true // a voice in the story, not what it is about
		}
	}
	// At most maxIssues+3 issues, carved from one array, with room for
	// all their units in another, so that neither gathering nor merging
	// reallocates.
	const maxOut, unitsEach = maxWeighed + 3, maxIssueUnits
	sc.issues = zeroed(sc.issues, maxOut)
	issueSlab := sc.issues
	words64 := len(a.segs)/64 + 1
	sc.segBits = zeroed(sc.segBits, maxOut*words64)
	segBits := sc.segBits
	sc.unitSlab = zeroed(sc.unitSlab, maxOut*unitsEach)
	unitSlab := sc.unitSlab
	// Room for every issue's segments: a union of distinct segment
	// indexes never outgrows the article's segments, so merging never
	// reallocates.
	nSegs := len(a.segs)
	if cap(sc.issueSegs) < maxOut*nSegs {
		sc.issueSegs = make([]int, maxOut*nSegs)
	}
	issueSegs := sc.issueSegs[:maxOut*nSegs]
	out := reserve(sc.out, maxOut)
	tmp := sc.tmp[:0]
	for _, u := range us {
		if is := a.home(out, u); is != nil {
			if len(is.units) < maxIssueUnits {
				is.units = append(is.units, u)
				if len(is.units) <= homeUnits {
					is.bloom |= u.bloom
				}
			}
			if sharesWord(is.units[0], u) {
				tmp = unionInto(tmp[:0], is.segs, u.segs)
				is.segs = append(is.segs[:0], tmp...)
				is.addSegs(u.segs)
			}
			continue
		}
		if len(out) == maxOut || u.dominant || u.single || u.maxScore == 0 && u.nSents < 3 {
			continue // a lone word said once, or a passing mention never disputed, is no issue handle
		}
		is := &issueSlab[len(out)]
		units := unitSlab[len(out)*unitsEach : len(out)*unitsEach : (len(out)+1)*unitsEach]
		segs := issueSegs[len(out)*nSegs : len(out)*nSegs : (len(out)+1)*nSegs]
		*is = issue{units: append(units, u), segs: append(segs, u.segs...), weight: u.weight, bloom: u.bloom,
			inSegs: segBits[len(out)*words64 : (len(out)+1)*words64 : (len(out)+1)*words64]}
		is.addSegs(u.segs)
		out = append(out, is)
	}
	// An issue is titled by what is disputed, never by a bare actor or
	// setting: people, places and groups stay keywords of a topic.
	kept := out[:0]
	for k, is := range out {
		t := -1
		for i, u := range is.units {
			if a.topicOf(u) {
				t = i
				break
			}
		}
		if t < 0 {
			continue
		}
		if t > 0 && a.mergeSetting(out, k) {
			continue // "port of Rotterdam" is where the strike is
		}
		for i, u := range is.units[t+1:] {
			if a.disputeNamed(u) && !containsWords(is.units[t], u) && a.topicOf(u) {
				// "a decades-old territorial dispute": the copy names
				// the dispute; that names the issue.
				t = t + 1 + i
				break
			}
		}
		if t > 0 {
			u := is.units[t]
			copy(is.units[1:t+1], is.units[:t])
			is.units[0] = u
		}
		kept = append(kept, is)
	}
	out = kept
	sc.out, sc.tmp = out, tmp
	if len(out) > maxWeighed {
		out = out[:maxWeighed]
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
	return a.addLeads(a.dropAsides(a.mergeOverlaps(out)))
}

// dropAsides drops, in a short article, the lighter issues told in one
// or two sentences: a detail of its story ("tear gas", "tally sheets"),
// not a thread of its own.
func (a *analyser) dropAsides(out []*issue) []*issue {
	if len(out) < 2 || len(a.sents) > shortArticle {
		return out // a long article tells several stories
	}
	top := out[0].weight
	kept := out[:1]
	for _, is := range out[1:] {
		if a.sentCount(is, 3) <= 2 && is.weight < top*asideShare {
			continue
		}
		kept = append(kept, is)
	}
	return kept
}

// coveredBy reports whether an issue of out covers ph (see covers).
func (a *analyser) coveredBy(out []*issue, ph *leadPhrase, strict bool) bool {
	for _, is := range out {
		if a.covers(is, ph, strict) {
			return true
		}
	}
	return false
}

// nameFromHeadline gives a short article's headline phrase ph, which no
// issue covers, to the heaviest issue drawing on the headline or the lead
// as its title, and reports whether it did: a one-story article states its story
// there ("Debt talks" beside "Restructuring of railway loans").
func (a *analyser) nameFromHeadline(out []*issue, ph *leadPhrase) bool {
	if !a.headline || len(a.sents) > shortArticle || a.segs[ph.seg].sent != 0 {
		return false
	}
	// The headline sums up the lead, the first sentence of copy after it
	// (past a byline).
	lead := 1
	for lead < len(a.sents) && fewerFields(a.sents[lead].Text, minLeadWords) {
		lead++
	}
	for _, sent := range [2]int{0, lead} { // the headline's own issue first
		for _, is := range out {
			if is.lead != nil || len(is.segs) == 0 || a.segs[is.segs[0]].sent != sent {
				continue
			}
			if is.named == nil {
				is.named = ph
			}
			return true
		}
	}
	return false
}

// named reports whether cast member p is the main phrase of an issue of
// out: then their thread is listed already.
func (a *analyser) named(out []*issue, p int) bool {
	for _, is := range out {
		if len(is.units) > 0 && is.units[0].person == p {
			return true
		}
	}
	return false
}

// addLeads lists the lead phrases no issue covers, and the protagonist's
// own thread, after the heaviest issue: the lead states what the story is
// about.
func (a *analyser) addLeads(out []*issue) []*issue {
	if len(out) == 0 {
		return out // copy that disputes nothing has no threads to list
	}
	// The lead issues, at most maxLeadIssues and the protagonist's
	// thread, live in the scratch.
	sc := a.sc
	var addBuf [maxLeadIssues + 1]*issue
	add := addBuf[:0]
	newLead := func(ph *leadPhrase) *issue {
		n := len(add)
		sc.leadSegs[n] = ph.seg
		sc.leadIssues[n] = issue{lead: ph, segs: sc.leadSegs[n : n+1 : n+1]}
		return &sc.leadIssues[n]
	}
	for i := range a.leads {
		ph := &a.leads[i]
		covered := a.coveredBy(out, ph, false)
		for _, is := range add {
			covered = covered || a.covers(is, ph, false)
		}
		if !covered && a.nameFromHeadline(out, ph) {
			continue
		}
		if !covered && !a.leadDisputed(ph) {
			continue // a scene-setting lead ("drove the single-track roads"): colour, no thread
		}
		if !covered && (a.leadScene(ph) || a.caseCovered(out, ph)) {
			continue // where the lead's event happened, or the fixture it touches
		}
		if !covered && len(add) < maxLeadIssues {
			add = append(add, newLead(ph))
		}
	}
	if a.own != nil && !a.named(out, a.own.owner) && !a.coveredBy(out, a.own, true) && !a.bareRecord(a.own) {
		add = append(add, newLead(a.own))
	}
	if len(add) == 0 {
		return out
	}
	at := min(1, len(out))
	res := reserve(sc.withLeads, len(out)+len(add))
	defer func() { sc.withLeads = res }()
	res = append(res, out[:at]...)
	res = append(res, add...)
	res = append(res, out[at:]...)
	if len(res) > maxIssues {
		res = res[:maxIssues]
	}
	return res
}

// leadDisputed reports whether the lead sentence holding ph contends
// anything: a feature's scene-setting opening names no thread.
func (a *analyser) leadDisputed(ph *leadPhrase) bool {
	si := a.segs[ph.seg].sent
	for k := ph.seg; k < len(a.segs) && a.segs[k].sent == si; k++ {
		if a.segs[k].score > 0 {
			return true
		}
	}
	if a.newsLeadOf != si+1 {
		// The lead phrases share one sentence: it is read once.
		a.newsLeadOf, a.newsLeadIs = si+1, newsLead(a.text[a.sents[si].Start:a.sents[si].End]) && !a.sceneBefore(si)
	}
	return a.newsLeadIs
}

// newsLead reports whether a lead sentence is hard news: it says when
// ("on Saturday") or what is to come ("are expected to"); a feature's
// scene-setting opening ("For thirty years she drove the roads of this
// glen") narrates a past.
func newsLead(s string) bool {
	// The dateline dates the filing, not the event: "ALPE D'HUEZ, July 19
	// (Newsroom) - Crowds lined the hairpins" is still a scene.
	s = s[datelineEnd(s):]
	// The words are strings.FieldsFunc's, split at every rune that is no
	// letter, read in place: an ASCII word lower-cased on the stack, any
	// other by strings.ToLower (which may fold it to ASCII).
	var buf [maxNewsWhen]byte
	for i := 0; i < len(s); {
		for i < len(s) && !letterAt(s, i) {
			i += runeLen(s, i)
		}
		start, ascii := i, true
		for i < len(s) && letterAt(s, i) {
			if s[i] >= utf8.RuneSelf {
				ascii = false
			}
			i += runeLen(s, i)
		}
		w := s[start:i]
		if w == "" {
			break
		}
		if !ascii {
			if newsWhen[strings.ToLower(w)] {
				return true
			}
			continue
		}
		if len(w) > len(buf) {
			continue // longer than every word of newsWhen
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		if newsWhen[string(buf[:len(w)])] {
			return true
		}
	}
	return false
}

// maxNewsWhen is the length of newsWhen's longest word.
const maxNewsWhen = len("wednesday")

// letterAt reports whether the rune at s[i] is a letter.
func letterAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// runeLen is the length of the rune at s[i], 1 for an invalid byte.
func runeLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// newsWhen are the words by which a news lead dates its event or tells
// what is coming or still so ("are expected to", "will", "has"); a
// scene-setting opening narrates the past.
var newsWhen = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "can": true, "expected": true, "due": true,
	"has": true, "have": true, "is": true, "are": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true, "tonight": true, "overnight": true, "weekend": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// idf is the weight of a phrase said in k of an article's n sentences.
func idf(n, k int) float64 {
	return math.Pow(math.Log(1+float64(n)/float64(k)), 0.75)
}

// idfTable holds idf(n, k) for the articles of under 64 sentences, most:
// row n for k from 0 to n. A Pow and a Log cost more than the rest of a
// phrase's weighing.
var idfTable = func() [][]float64 {
	t := make([][]float64, 64)
	for n := range t {
		t[n] = make([]float64, n+1)
		for k := range t[n] {
			t[n][k] = idf(n, k)
		}
	}
	return t
}()

// cand is a phrase record ranked by its adjusted weight.
type cand struct {
	si     int32
	pos    int32 // the stat's surfStart: ties go to the earlier phrase
	weight float64
	place  bool
	key    int32 // the phrase's key is arena[offs[key]:offs[key+1]] in clusters (a cand stays 24 bytes)
}

// compareCands ranks heavier candidates first, then the earlier written,
// then by record. It reads only the cands, so a sort compares in registers.
func compareCands(x, y cand) int {
	switch {
	case x.weight > y.weight:
		return -1
	case x.weight < y.weight:
		return 1
	case x.pos != y.pos:
		return cmp.Compare(x.pos, y.pos)
	}
	return cmp.Compare(x.si, y.si)
}

// sortCands sorts cs by compareCands. An article ranks a few dozen
// candidates, which an insertion sort with the comparison inlined orders
// faster than a general sort calling it; longer lists go to slices.
func sortCands(cs []cand) {
	if len(cs) > 48 {
		slices.SortFunc(cs, compareCands)
		return
	}
	for i := 1; i < len(cs); i++ {
		c := cs[i]
		j := i
		for j > 0 && candBefore(c, cs[j-1]) {
			cs[j] = cs[j-1]
			j--
		}
		cs[j] = c
	}
}

// candBefore is compareCands(x, y) < 0, small enough to inline.
func candBefore(x, y cand) bool {
	switch {
	case x.weight > y.weight:
		return true
	case x.weight < y.weight:
		return false
	case x.pos != y.pos:
		return x.pos < y.pos
	}
	return x.si < y.si
}

// home finds the issue a lighter unit belongs to: one whose phrases share a
// word with it ("espionage" and "Chinese espionage"), or whose segments
// hold all of its own when it is a common-noun phrase, or most of them for
// a name.
func (a *analyser) home(out []*issue, u *unit) *issue {
	if g := u.syn; g != 0 {
		// "Ban on China" is the "arms embargo on China" again: one thread
		// named by two words for the same dispute.
		for _, is := range out {
			if is.units[0].syn == g {
				return is
			}
		}
	}
	for _, is := range out {
		// The first units carry the issue's words; later ones add little
		// and checking them all would cost more than the rest of the
		// clustering.
		if is.bloom&u.bloom == 0 {
			continue // no shared word hash, so no shared word
		}
		for _, v := range is.units[:min(len(is.units), homeUnits)] {
			if sharesWord(v, u) {
				return is
			}
		}
	}
	for _, is := range out {
		inter := is.sharedSegs(u.segs)
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
		return a.key == b.key || a.person >= 0 && b.person < 0 && hasWordSuffix(a.key, b.key) || b.person >= 0 && a.person < 0 && hasWordSuffix(b.key, a.key)
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
		oneHash, manyBloom := a.head, b.bloom
		if len(xa) != 1 {
			one, many = xb[0], xa
			oneHash, manyBloom = b.head, a.bloom
		}
		if manyBloom&(1<<(oneHash&63)) == 0 {
			return false // the hashes say the word is not among them
		}
		for _, w := range many {
			if w == one {
				return true
			}
		}
		return false
	}
	return a.head == b.head && xa[len(xa)-1] == xb[len(xb)-1]
}

// appendKeyWords appends the words of key, split at spaces (empty ones
// skipped), to words, and returns with them the fnvString hash of the
// last and a bloom of a bit per word hash: one pass over the key.
func appendKeyWords(words []string, key string) (_ []string, head, bloom uint64) {
	h, ws := uint64(fnvOffset), 0
	for i := 0; i <= len(key); i++ {
		if i < len(key) && key[i] != ' ' {
			h = (h ^ uint64(key[i])) * fnvPrime
			continue
		}
		if i > ws {
			words = append(words, key[ws:i])
			head = h
			bloom |= 1 << (h & 63)
		}
		h, ws = fnvOffset, i+1
	}
	return words, head, bloom
}

// hasWordSuffix reports whether key ends in " "+w, without building it.
func hasWordSuffix(key, w string) bool {
	return len(key) > len(w) && key[len(key)-len(w)-1] == ' ' && key[len(key)-len(w):] == w
}

// fnvString is fnv of a string.
func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// unionInto appends the sorted union of the ascending lists a and b to out.
func unionInto(out, a, b []int) []int {
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
func (a *analyser) isParticiple(t *token) bool {
	return participle(t.lex, t.capital, a.text[t.start:t.end])
}

// participle is isParticiple for a word written w.
func participle(lex lexEntry, capital bool, w string) bool {
	if capital || len(w) <= 4 || w[len(w)-1] != 'd' || w[len(w)-2] != 'e' {
		return false // the common case
	}
	return edWord(w) && !lex.topical() && !lex.nounEd()
}

// edWord reports a word ending in "-ed" but not "-eed".
func edWord(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// looksAdjective reports whether the last word of a phrase key has an
// adjective ending: the chunker cut its noun off ("sweeping territorial").
func looksAdjective(key string) bool {
	w := key
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		w = key[i+1:]
	}
	// The endings first: most words have none, and spare the map. Every
	// ending ends in one of four letters.
	if n := len(w); n == 0 || !adjectiveLast[w[n-1]] {
		return false
	}
	for _, suf := range adjectiveEndings {
		if strings.HasSuffix(w, suf) {
			return !nounsInAl[w]
		}
	}
	return false
}

// mayEndAdjective reports whether the phrase written s may end in an
// adjective by looksAdjective: false when its last byte is an ASCII
// letter that no adjective ending ends in and no plural or possessive
// ending folds away (not an "s"), so that its stem ends in that letter
// too. Most phrases are settled so without building the stem.
func mayEndAdjective(s string) bool {
	if s == "" {
		return true
	}
	c := s[len(s)-1]
	if c >= utf8.RuneSelf || asciiSpace(c) {
		return true
	}
	return adjectiveLast[lowerByte(c)] || lowerByte(c) == 's'
}

var adjectiveEndings = [...]string{"al", "ive", "ous", "ful", "less", "able", "ible", "ic", "ical"}

// adjectiveLast marks the last letters of adjectiveEndings: a word ending
// otherwise needs no closer look.
var adjectiveLast = [256]bool{'l': true, 'e': true, 's': true, 'c': true}

// surfaceOf is how u is written: its first form, a person's full name.
func (a *analyser) surfaceOf(u *unit) string {
	return u.surface
}

func isNumeric(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// isTopic reports whether u may title an issue: a person only as the
// subject of a case ("Sarah Lin's detention"), never a gazetteer place, a
// party or ministry, or a group of actors ("shipping companies"); a lone
// common word only when it recurs in disputed sentences ("aid", "rebate").
func (a *analyser) isTopic(u *unit, st *stat) bool {
	switch {
	case u.person >= 0:
		if isOrgHead(lastField(u.surface)) {
			return false // "Mekong Power" taken for a person: a company
		}
		// Somebody at the centre of a case, or a figure the copy disputes
		// again and again who is not the story's protagonist.
		return u.caseOf || (st.nCont >= 2 || st.maxScore >= 3) && u.person != a.protagonist()
	case u.place, st.flags&fOrg != 0:
		return false
	}
	if len(u.words) == 0 {
		return false
	}
	lc := u.lc
	if lc&wActor != 0 {
		return false
	}
	if lc&wPartitive != 0 && !u.proper {
		return false // "a fresh round" of duties: the duties are the topic
	}
	if relativeClause(u.surface) {
		return false // "charge Copenhagen denies": a clause, no topic
	}
	if len(u.words) > 1 && lc&wOrgHead != 0 && (lastCapital(u.surface) || containsRare(a.text, titleCased(u.surface))) {
		return false // "Integrity Unit", "Mekong Power": a body's name
	}
	if len(u.words) > 1 && !u.proper && startsLower(u.surface) && lastCapital(u.surface) && appositive(u.surface) {
		return false // "mining company Rio Silver": a name and what it is, an actor
	}
	if n := len(u.words); n > 1 && lc&wInstitution != 0 && !strings.HasSuffix(u.words[0], "ing") {
		return false // "foreign ministry" speaks in a dispute; "misleading parliament" is one
	}
	if lc&wItinerary != 0 && itinerary(u.words) || a.namedSetting(u, lc) {
		return false // the trip or the setting, not what is disputed there
	}
	if last := u.words[len(u.words)-1]; len(last) > 4 && strings.HasSuffix(last, "ly") && lc&wNounLy == 0 || lc&wAdverb != 0 {
		return false // the chunker ran on into an adverb: "explanation currently"
	}
	if len(u.words) > 1 && u.person < 0 {
		// The chunker cut the noun off: "sweeping territorial",
		// "intimidation against smaller Asian".
		last := u.words[len(u.words)-1]
		if !u.proper && looksAdjective(last) && !a.disputeNamed(u) || hasDemonymEnding(last) && lastCapital(u.surface) {
			return false
		}
	}
	if len(u.words) > 1 && st.flags&fModifier != 0 && roleNouns[lastWordAfter(a.text, st.surfEnd)] {
		return false // "Irish farm" of "Irish farm minister": whose office
	}
	if verbForm(u.words, lc) || idiomKeys[u.key] || len(u.words) > 1 && u.surface[len(u.surface)-1] == 's' && verbsInS[lastField(u.surface)] {
		return false
	}
	if len(u.words) == 1 {
		w := u.words[0]
		switch {
		case lc&wTopical != 0:
			return st.nCont >= 1 // "espionage", "embargo" name a dispute
		case w == "price" && st.nCont >= 2:
			return true // a price disputed again and again: "ticket prices", a drug's price
		case lc&wVague != 0 || st.flags&fWeak != 0 || !u.proper && looksAdjective(w):
			return false // "physical", "medical": a modifier without its noun
		case u.proper && (isDemonym(u.surface) || hasDemonymEnding(w)):
			return false // "European", "Chinese"
		}
		if next := lastWordAfter(a.text, st.surfEnd); startsLower(next) && actorNouns[stem(next)] && lc&wTopical == 0 {
			return false // "rail" of "Rail unions", "rail operators": whose, not what
		}
		// A lone word titles a thread the copy keeps coming back to, or
		// one it calls a dispute ("a tax dispute").
		return st.nCont >= 2 || st.nCont >= 1 && st.nSents >= 2 || st.nSents >= 4 || !u.proper && a.disputeNamed(u)
	}
	return true
}

// topicOf is isTopic for u, worked out once and only when asked: most
// units never need it.
func (a *analyser) topicOf(u *unit) bool {
	if u.topic == 0 {
		u.topic = -1
		if a.isTopic(u, &a.stats[u.stat]) {
			u.topic = 1
		}
	}
	return u.topic > 0
}

// hasCaseWord reports whether toks hold a case noun or verb
// (lex.caseW), without which caseAround finds no case among them.
func hasCaseWord(toks []token) bool {
	for i := range toks {
		if toks[i].lex.caseW() {
			return true
		}
	}
	return false
}

// caseAround reports whether the person mention on tokens first..last is
// the subject of a legal case or detention: "Lin's detention", "his
// trial", "the release of Sarah Lin", "charges against Lin", "Lin was
// jailed", "Lin, who faces years in prison". A person merely in the same
// sentence as such a word is not. Every answer true rests on a token with
// lex.caseW (segment skips a sentence without one: hasCaseWord).
func (a *analyser) caseAround(first, last int) bool {
	if a.officerAt(first, last) {
		return false // "prosecutor Ingrid Solberg told the court": her part in another's case
	}
	toks := a.toks
	// After: "'s trial", "was detained", ", who is facing years in prison".
	stance, back := false, false
	for k, n := last+1, 0; k < len(toks) && n < 10; k, n = k+1, n+1 {
		t := toks[k]
		if t.lex.caseW() && t.possessive {
			return false // "Diallo, the trial's lead investigator": a role in a trial, not hers
		}
		if !t.punct {
			w := a.text[t.start:t.end]
			stance = stance || stanceVerbs[w]
			back = back || stance && backPronouns[w]
		}
		if t.lex.caseW() {
			if a.witnessBetween(last+1, k) {
				return false // "Manalo, testified for the prosecution": a witness in another's trial
			}
			if stance && !back {
				return false // "Tutu said detentions without trial ...": what he speaks of
			}
			// A possessive or a verb right after the name; further off
			// only inside a relative clause.
			return n <= 3 || k > last+1 && toks[last+1].p == ',' && (toks[last+2].lex.who() || n <= 8)
		}
		if t.punct && t.p != ',' || t.lex.and() && n > 0 {
			break
		}
	}
	if toks[last].possessive && last+1 < len(toks) && toks[last+1].lex.caseN() {
		return true
	}
	// Before: "the detention of", "charges against", "calls for the release of".
	if first >= 2 {
		if toks[first-1].lex.ofLike() {
			for k := first - 2; k >= 0 && k >= first-4; k-- {
				if toks[k].lex.caseN() {
					return true
				}
				if toks[k].punct {
					break
				}
			}
		}
	}
	return false
}

func isDemonym(w string) bool {
	_, ok := places.Demonym(w)
	return ok
}

// protagonist is the cast member named most often: the story is about
// them, so they are no issue of their own.
func (a *analyser) protagonist() int {
	if a.lead != 0 {
		return a.lead - 1
	}
	a.sc.personCounts = zeroed(a.sc.personCounts, len(a.cast.People))
	counts := a.sc.personCounts
	best := -1
	for _, m := range a.cast.Mentions {
		if m.Person >= 0 && m.Person < len(counts) {
			counts[m.Person]++
			if best < 0 || counts[m.Person] > counts[best] {
				best = m.Person
			}
		}
	}
	a.lead = best + 1
	if best < 0 {
		a.lead = -1
	}
	return best
}

// phraseIndex maps a phrase hash to its stat: open addressing with linear
// probing, grown at half load. Hashes are never 0 (see add's callers).
type phraseIndex struct {
	slots []phraseSlot
	n     int
}

type phraseSlot struct {
	h uint64 // 0: empty
	i int32  // index into stats + 1
}

// slot returns the slot holding h, or the empty slot where h goes.
func (x *phraseIndex) slot(h uint64) *phraseSlot {
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.h == h || s.h == 0 {
			return s
		}
	}
}

// added notes a filled slot and grows the table at half load.
func (x *phraseIndex) added() {
	x.n++
	if 2*x.n < len(x.slots) {
		return
	}
	old := x.slots
	x.slots = make([]phraseSlot, 2*len(old))
	for _, s := range old {
		if s.h != 0 {
			*x.slot(s.h) = s
		}
	}
}

// hasDemonymEnding reports a people adjective the gazetteer may not list:
// "European", "Asian", "Kurdish", "Congolese".
func hasDemonymEnding(w string) bool {
	for _, suf := range []string{"ean", "ian", "ish", "ese"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lastField is the last space-separated word of s.
func lastField(s string) string {
	// ASCII first: the white space unicode.IsSpace knows below U+0080.
	end := len(s)
	for end > 0 && s[end-1] < utf8.RuneSelf && asciiSpace(s[end-1]) {
		end--
	}
	for i := end - 1; i >= 0; i-- {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lastFieldUnicode(s)
		}
		if asciiSpace(c) {
			return s[i+1 : end]
		}
	}
	return s[:end]
}

func lastFieldUnicode(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i+n:]
	}
	return s
}

// asciiSpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func asciiSpace(c byte) bool {
	return asciiSpaces[c] // a table look-up: the switch compiled to a chain of tests
}

var asciiSpaces = func() (t [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\v', '\f', '\r'} {
		t[c] = true
	}
	return t
}()

// lastCapital reports whether the last word of s is capitalised.
func lastCapital(s string) bool {
	w := lastField(s)
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// verbForm reports a phrase that is a verb or clause rather than a topic
// (lc: the lists its last word is in): a phrasal verb ("slip away"), a negated auxiliary ("haven't broken"), an
// adverb or a verb in "-ing" inside it, or a lone irregular past form
// ("dealt").
func verbForm(words []string, lc wclass) bool {
	if len(words) == 0 {
		return false
	}
	if len(words) > 1 && lc&wParticle != 0 {
		return true
	}
	if first := words[0]; strings.HasSuffix(first, "n't") || strings.HasSuffix(first, "n’t") {
		return true
	}
	if first := words[0]; len(words) > 1 && len(first) > 4 && strings.HasSuffix(first, "ly") && !nounsInLy[first] {
		return true // "literally scores": an adverb opens a clause
	}
	for _, w := range words[1:] {
		if len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns[w] {
			return true // "resolution sanctioning military": a clause
		}
	}
	// "dealt"; "Spain ran" (out of diesel): a name and its verb.
	return lc&wIrregularPast != 0
}

// appositive reports whether the last lower-case word of surface, before
// the name closing it, is a noun saying what the name is ("company" in
// "mining company Rio Silver"), not a verb taking it as object
// ("explaining Syria").
func appositive(surface string) bool {
	var prev string
	for w := range strings.FieldsSeq(surface) {
		if startsLower(w) {
			prev = w
		}
	}
	return prev != "" && !strings.HasSuffix(prev, "ing") && !edWord(prev) && !verbsInS[prev]
}

// disputeNamed reports whether u's first written form is followed by a
// dispute noun ("territorial" in "a decades-old territorial dispute"):
// the adjective names the dispute the cue word heads.
func (a *analyser) disputeNamed(u *unit) bool {
	end := u.firstPos + len(u.surface)
	if u.person >= 0 || end > len(a.text) || a.text[u.firstPos:end] != u.surface {
		return false
	}
	// The word right after, read once: most phrases are followed by a
	// function word, which no map holds.
	if end+1 >= len(a.text) || a.text[end] != ' ' {
		return false
	}
	j := end + 1
	for j < len(a.text) && (isASCIIWord(a.text[j]) || a.text[j] == '-') {
		j++
	}
	return disputeNouns[a.text[end+1:j]]
}

// disputeNouns are the disputeHeads that make the phrase before them the
// dispute's name ("territorial dispute", "tax row").
var disputeNouns = map[string]bool{
	"row": true, "dispute": true, "spat": true, "feud": true, "standoff": true, "stand-off": true,
	"war": true, "scandal": true,
}

// roleAt reports whether token k is a person's role ("minister",
// "president"): the run before it says whose role, and is no topic.
func (a *analyser) roleAt(k int) bool {
	t := &a.toks[k]
	if !t.lex.generic() || t.capital {
		return false
	}
	return roleNouns[a.text[t.start:t.end]]
}

// lastWordAfter is the word right after byte end of s, past spaces.
func lastWordAfter(s string, end int32) string {
	i := int(end)
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) && isASCIIWord(s[j]) {
		j++
	}
	return s[i:j]
}

// containsWords reports whether every word of u is among v's: u is part
// of the phrase v ("quota" of "beef quota").
func containsWords(v, u *unit) bool {
	for _, w := range u.words {
		if !slices.Contains(v.words, w) {
			return false
		}
	}
	return len(u.words) > 0
}

// sentCount is the number of distinct sentences is draws on, counted up
// to limit.
func (a *analyser) sentCount(is *issue, limit int) int {
	n, last := 0, -1
	for _, sg := range is.segs {
		if si := a.segs[sg].sent; si != last {
			last = si
			if n++; n == limit {
				break
			}
		}
	}
	return n
}

// titleCased is s with every word capitalised: "integrity unit" as a
// name is written "Integrity Unit".
func titleCased(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// isOrgHead reports whether w, in any case, is one of orgHeads, without
// building its lower-case copy.
func isOrgHead(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	return orgHeads[string(buf[:len(w)])]
}
