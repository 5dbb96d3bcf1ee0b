// Package trips reads travel itineraries out of news text: who goes where,
// when, to meet whom. Pure: text in, structs out.
//
// It works sentence by sentence and only looks closely at sentences holding
// a cue word (travel, visit, trip, arrive, meet, lunch ...), so it stays
// cheap on long copy. For each cue it finds the traveller (the nearest
// person mention before the cue that is not an object, pronouns resolved by
// the people package), the destination (gazetteer places introduced by a
// preposition or as the object of the verb), the date (the nearest dated
// TIMEX3 in the sentence), the counterparts (people after a meeting cue) and
// the status (auxiliaries, cancellation words, then the date against the
// publication day). A journey after "before" ("dinner with Mori before
// flying to Seoul") follows the dated main clause, which stays at the
// current stop; speaking in one's own country ("told reporters in Ottawa")
// is no trip. A meeting without a place inherits the place where the
// traveller is on that day; a leg known only by its order ("will later stop
// in Japan") gets After, the last date of the journey.
package trips

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// leg is a trip being assembled, with the facts the post-processing needs.
type leg struct {
	newsbot.Trip
	person   int  // index into cast.People
	order    bool // "later", "then": only the order is known
	inherit  bool // meeting without a place: take the journey's
	kind     places.Kind
	tense    string // status from the words alone, before the date is considered
	sentence int
	acts     []string
	// presence: only a speech or "be" verb placed the traveller there
	// ("told reporters in Ottawa"), no travel or meeting cue.
	presence bool
	// later: the travel comes after the rest of the sentence ("dinner
	// with Mori before flying to Seoul"), so the sentence's date bounds it.
	later bool
}

// Find returns the trip legs of the article text s. published anchors relative dates;
// timexes are the tagged temporal expressions of the same text.
func Find(s string, published time.Time, cast *people.Cast, timexes []newsbot.Timex) []newsbot.Trip {
	if cast == nil || len(cast.People) == 0 {
		return nil
	}
	return FindInSentences(s, text.Sentences(s), published, cast, timexes)
}

// FindInSentences is Find for a caller that has already split text with
// text.Sentences (sents must be exactly that split): the pipeline can split
// once for every extractor.
func FindInSentences(s string, sents []text.Span, published time.Time, cast *people.Cast, timexes []newsbot.Timex) []newsbot.Trip {
	if cast == nil || len(cast.People) == 0 {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	f := finder{text: s, sents: sents, published: published, cast: cast, timexes: timexes, lastSubject: -1,
		toks: sc.toks[:0], persons: sc.persons[:0], places: sc.places[:0]}
	if cap(sc.placeNamed) < len(cast.People) {
		sc.placeNamed = make([]int8, len(cast.People))
	}
	f.placeNamed = sc.placeNamed[:len(cast.People)]
	clear(f.placeNamed)
	defer func() { sc.toks, sc.persons, sc.places = f.toks, f.persons, f.places }()
	return f.run()
}

// scratch holds a finder's working slices between calls: none of them
// outlives a call, so pooling them spares an allocation series per
// article.
type scratch struct {
	toks       []token
	persons    []people.Mention
	places     []places.Match
	placeNamed []int8
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns sc to the pool without the text it points into, unless
// a huge article grew it.
func (sc *scratch) release() {
	if cap(sc.toks) > 1<<12 || cap(sc.persons) > 1<<12 || cap(sc.places) > 1<<12 || cap(sc.placeNamed) > 1<<12 {
		return
	}
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.persons[:cap(sc.persons)])
	clear(sc.places[:cap(sc.places)])
	scratchPool.Put(sc)
}

type finder struct {
	text      string
	sents     []text.Span
	published time.Time
	cast      *people.Cast
	timexes   []newsbot.Timex

	legs       []leg
	eventPlace places.Place // last "meeting in London": where "attend" goes
	eventKnown bool
	toks       []token
	placeNamed []int8           // cast.People[i] is really a place ("North Dorset"): 0 not known yet, 1 no, 2 yes
	persons    []people.Mention // scratch, reused by every sentence
	places     []places.Match
	// lastSubject is the first person named in the latest sentence that
	// names one: the fallback for a bare role subject.
	lastSubject int
}

func (f *finder) run() []newsbot.Trip {
	mi := 0 // walks cast.Mentions, which are sorted
	for si, sp := range f.sents {
		for mi < len(f.cast.Mentions) && f.cast.Mentions[mi].Start < sp.Start {
			mi++
		}
		// The quick scan spares the tokenizer on most sentences without a
		// cue; the tokens settle the rest.
		if mayHaveCueFast(sp.Text) && f.hasCueIn(sp) {
			mj := mi
			for mj < len(f.cast.Mentions) && f.cast.Mentions[mj].Start < sp.End {
				mj++
			}
			f.sentence(si, sp, f.cast.Mentions[mi:mj])
		}
		if mi < len(f.cast.Mentions) && f.cast.Mentions[mi].End <= sp.End && f.cast.Mentions[mi].Person >= 0 && f.cast.Mentions[mi].Person < len(f.cast.People) {
			f.lastSubject = f.cast.Mentions[mi].Person
		}
	}
	f.datelineLeg()
	return f.finish()
}

// hasCueIn tokenizes the sentence sp and reports whether it has a cue.
func (f *finder) hasCueIn(sp text.Span) bool {
	f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
	return f.hasCue()
}

// hasCue is the cheap filter: most sentences have no cue word at all. A
// speech or "be" verb only counts before "in"/"at" ("told reporters in").
func (f *finder) hasCue() bool {
	for k, t := range f.toks {
		c, ok := cueOf(t.w)
		if !ok {
			if isEventNoun(t.w) {
				return true
			}
			continue
		}
		if c.kind != cuePresence {
			return true
		}
		if k+1 < len(f.toks) {
			switch f.toks[k+1].w {
			case "in", "at", "reporters", "journalists", "supporters", "crowds":
				return true
			}
		}
	}
	return false
}

// sentCtx is what one sentence offers.
type sentCtx struct {
	sp       text.Span
	index    int
	places   []places.Match // absolute offsets, demonyms and people removed; see placesOf
	placesOK bool           // places has been filled
	event    places.Match   // "the G20 summit in Brazil" in this sentence
	hasEvent bool
	persons  []people.Mention
	legs     []int // legs made from this sentence
}

func (f *finder) sentence(si int, sp text.Span, mentions []people.Mention) {
	sc := sentCtx{sp: sp, index: si, persons: f.persons[:0], places: f.places[:0]}
	defer func() { f.persons, f.places = sc.persons[:0], sc.places[:0] }()
	for _, m := range mentions {
		if m.End > sp.End {
			continue
		}
		if m.Person >= 0 && m.Person < len(f.cast.People) && !f.isPlaceNamed(m.Person) {
			sc.persons = append(sc.persons, m)
		}
	}
	f.noteEvents(&sc)

	var meets []int // token indexes of meeting cues
	for i, t := range f.toks {
		c, ok := cueOf(t.w)
		if !ok {
			continue
		}
		switch c.kind {
		case cueMeet:
			if f.isMeetCue(i) {
				meets = append(meets, i)
			}
		case cuePresence:
			f.presence(&sc, i, c)
		default:
			f.travel(&sc, i, c)
		}
	}
	for _, i := range meets {
		f.meeting(&sc, i)
	}
}

// isPlaceNamed reports whether person p is really a place, looked up on
// first need: most of the cast never stands in a sentence with a cue.
func (f *finder) isPlaceNamed(p int) bool {
	if f.placeNamed[p] == 0 {
		f.placeNamed[p] = 1
		if isPlaceName(f.cast.People[p].Name) {
			f.placeNamed[p] = 2
		}
	}
	return f.placeNamed[p] == 2
}

// placesOf returns the places of the sentence, found on first need: many
// cue sentences are settled by their words alone.
func (f *finder) placesOf(sc *sentCtx) []places.Match {
	if sc.placesOK {
		return sc.places
	}
	sc.placesOK = true
	for _, m := range places.Find(sc.sp.Text) {
		m.Start += sc.sp.Start
		m.End += sc.sp.Start
		if m.Demonym || overlapsPerson(sc.persons, m.Start, m.End) {
			continue
		}
		sc.places = append(sc.places, m)
	}
	return sc.places
}

// noteEvents remembers "a meeting in London", "the summit in Brussels" so
// that a later "due to attend" knows where.
func (f *finder) noteEvents(sc *sentCtx) {
	for i, t := range f.toks {
		if !isEventNoun(t.w) || i+2 >= len(f.toks) {
			continue
		}
		if n := f.toks[i+1].w; n != "in" && n != "at" {
			continue
		}
		if p, ok := f.placeAt(sc, i+2); ok {
			f.eventPlace, f.eventKnown = p.Place, true
			sc.event, sc.hasEvent = p, true
		}
	}
}

// placeAt returns the place starting at token k, skipping determiners.
func (f *finder) placeAt(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	for k < len(toks) && inSet(determinersSet, toks[k].w) {
		k++
	}
	if k >= len(toks) {
		return places.Match{}, false
	}
	// places.Find starts a match only at a capitalised word: a word in
	// lower case needs no look at the sentence's places.
	if c := f.text[toks[k].start]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
		return places.Match{}, false
	}
	for _, p := range f.placesOf(sc) {
		if p.Start == toks[k].start {
			return p, true
		}
	}
	return places.Match{}, false
}

// isMeetCue filters the meeting words that need a partner word: "talks
// with", "lunch with", "host" + person.
func (f *finder) isMeetCue(i int) bool {
	switch f.toks[i].w {
	case "talks", "lunch", "dinner", "breakfast", "banquet", "conversation":
		return i+1 < len(f.toks) && f.toks[i+1].w == "with"
	}
	return true
}

// destinations returns the places a travel cue at token i points at: a
// place right after the verb ("visiting Nevada"), or after a preposition
// within a few words ("a quick stop in Japan", "constituencies in
// Somerset and Hampshire"), then the rest of a list ("Nevada and Iowa
// before South Carolina").
func (f *finder) destinations(sc *sentCtx, i int, maxGap int, preps *wordSet, direct bool) []places.Match {
	toks := f.toks
	k := i + 1
	if direct {
		if p, ok := f.placeAt(sc, k); ok && (k >= len(toks) || !inSet(determinersSet, toks[k].w)) {
			return f.list(sc, p)
		}
	}
	for gap := 0; k < len(toks) && gap < maxGap; gap++ {
		t := toks[k]
		if t.punct && t.w != "," || inSet(breakersSet, t.w) {
			return nil
		}
		prep := inSet(preps, t.w) || t.w == "as" && k > 0 && toks[k-1].w == "such"
		if prep {
			if p, ok := f.placeAt(sc, k+1); ok {
				return f.list(sc, p)
			}
			if u, ok := f.facility(sc, k+1); ok {
				return []places.Match{u}
			}
		}
		k++
	}
	return nil
}

// list extends a first destination with the places listed after it.
func (f *finder) list(sc *sentCtx, first places.Match) []places.Match {
	out := []places.Match{first}
	last := first.End
	for _, p := range f.placesOf(sc) {
		if p.Start < last {
			continue
		}
		// Everything between the previous place and this one must be list glue.
		ok := true
		for _, t := range f.toks {
			if t.start >= last && t.end <= p.Start && !inSet(listLinksSet, t.w) && !inSet(determinersSet, t.w) {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		out = append(out, p)
		last = p.End
	}
	return out
}

// facility makes a place of capitalised words followed by a facility noun
// that the gazetteer does not know: "Walter Reed hospital".
func (f *finder) facility(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	for k < len(toks) && inSet(determinersSet, toks[k].w) {
		k++
	}
	start := k
	for k < len(toks) && !toks[k].punct && isCapitalised(f.text[toks[k].start:toks[k].end]) {
		k++
	}
	if k == start || k >= len(toks) || !inSet(facilityNounsSet, toks[k].w) || k-start > 4 {
		return places.Match{}, false
	}
	name := f.text[toks[start].start:toks[k].end]
	country := ""
	if ps := f.placesOf(sc); len(ps) > 0 {
		country = ps[0].Place.Country
	} else if dp, _, ok := dateline(f.text); ok {
		country = dp.Country
	}
	return places.Match{Start: toks[start].start, End: toks[k].end, Place: places.Place{Name: name, Country: country, Kind: places.City}}, true
}

// isPlaceName guards against a place taken for a person ("North Dorset").
func isPlaceName(name string) bool {
	_, ok := places.Lookup(name)
	return ok
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

func (f *finder) travel(sc *sentCtx, i int, c cue) {
	toks := f.toks
	w := toks[i].w
	// Verbs that only travel with a direction word.
	switch w {
	case "head", "heads", "headed", "heading", "go", "goes", "went", "going", "return", "returns", "returned", "returning":
		if i+1 >= len(toks) || (toks[i+1].w != "to" && toks[i+1].w != "for" && toks[i+1].w != "back") {
			return
		}
	case "stop", "stops", "stopped", "stopping":
		if i+1 < len(toks) && toks[i+1].w == "by" {
			// "would be stopping by": the place is the one in the sentence.
			f.addLegs(sc, i, c, f.placesOf(sc))
			return
		}
	}
	var dests []places.Match
	switch c.kind {
	case cueHost:
		if i+1 >= len(toks) || toks[i+1].w != "by" {
			return
		}
		if p, ok := f.placeAt(sc, i+2); ok {
			dests = []places.Match{p}
		}
	case cueNoun:
		dests = f.destinations(sc, i, 3, destPrepsSet, false)
	default:
		dests = f.destinations(sc, i, 5, destPrepsSet, true)
	}
	// "visits by French President Emmanuel Macron and ...": the travellers
	// follow; the place is the sentence's other destination.
	if (w == "visit" || w == "visits" || w == "trip" || w == "trips") && i+1 < len(toks) && toks[i+1].w == "by" {
		f.visitsBy(sc, i, c, dests)
		return
	}
	if len(dests) == 0 && c.kind == cueAttend && f.eventKnown {
		dests = []places.Match{{Place: f.eventPlace, Start: toks[i].start, End: toks[i].end}}
	}
	if len(dests) == 0 {
		return
	}
	// "Also due to attend are A, B and C": inverted subject.
	if c.kind == cueAttend && i+1 < len(toks) && (toks[i+1].w == "are" || toks[i+1].w == "will") {
		for _, m := range sc.persons {
			if m.Start > toks[i].end {
				f.addLeg(sc, i, c, m.Person, dests)
			}
		}
		return
	}
	f.addLegs(sc, i, c, dests)
}

// visitsBy handles the noun "visits by X and Y".
func (f *finder) visitsBy(sc *sentCtx, i int, c cue, dests []places.Match) {
	if len(dests) == 0 {
		for _, p := range f.placesOf(sc) {
			if p.Start > f.toks[i].end {
				dests = []places.Match{p}
				break
			}
		}
	}
	if len(dests) == 0 {
		return
	}
	end := sc.sp.End
	for _, t := range f.toks[i+2:] {
		if t.punct && t.w != "," || inSet(breakersSet, t.w) {
			end = t.start
			break
		}
		if t.w == "," {
			// The list of visitors ends at the first comma not followed by a name.
			end = t.start
			break
		}
	}
	for _, m := range sc.persons {
		if m.Start > f.toks[i].end && m.End <= end {
			c.tense = tensePast
			f.addLeg(sc, i, c, m.Person, dests)
		}
	}
}

func (f *finder) presence(sc *sentCtx, i int, c cue) {
	toks := f.toks
	w := toks[i].w
	var dests []places.Match
	switch w {
	case "is", "are", "was", "were":
		// "Mr Blair is at a summit in Brussels", "he was in Tokyo": the
		// subject must stand right before the verb.
		if i+1 >= len(toks) || (toks[i+1].w != "in" && toks[i+1].w != "at") {
			return
		}
		if !f.personEndsAt(sc, i) {
			return
		}
		dests = f.destinations(sc, i, 4, inAtSet, false)
	default:
		// "told reporters in Brussels", "speaking in Hanoi".
		k := i + 1
		if k < len(toks) && (toks[k].w == "reporters" || toks[k].w == "journalists" || toks[k].w == "supporters" || toks[k].w == "crowds") {
			k++
		}
		if k >= len(toks) || toks[k].w != "in" {
			return
		}
		if p, ok := f.placeAt(sc, k+1); ok && p.Start == toks[k+1].start {
			dests = []places.Match{p}
		}
	}
	if len(dests) == 0 {
		return
	}
	f.addLegs(sc, i, c, dests[:1])
}

// personEndsAt reports whether a person mention ends just before token i.
func (f *finder) personEndsAt(sc *sentCtx, i int) bool {
	if i == 0 {
		return false
	}
	prev := f.toks[i-1]
	for _, m := range sc.persons {
		if m.End == prev.end || m.End >= prev.start && m.End <= prev.end {
			return true
		}
	}
	return false
}

// addLegs makes one leg per destination for the subject of the cue.
func (f *finder) addLegs(sc *sentCtx, i int, c cue, dests []places.Match) {
	if len(dests) == 0 {
		return
	}
	p := f.subject(sc, i)
	if p < 0 {
		return
	}
	f.addLeg(sc, i, c, p, dests)
}

func (f *finder) addLeg(sc *sentCtx, i int, c cue, person int, dests []places.Match) {
	for _, d := range dests {
		l := leg{person: person, sentence: sc.index, kind: d.Place.Kind}
		l.Traveler = f.cast.People[person].Name
		l.Place = d.Place.Name
		l.Country = d.Place.Country
		l.Evidence = sc.sp.Text
		l.Start, l.End = sc.sp.Start, sc.sp.End
		l.tense = f.status(sc, i, c)
		f.date(&l, sc, d.Start)
		l.order = f.hasOrderWord(sc, i)
		l.presence = c.kind == cuePresence
		if c.kind == cueTravel && i > 0 && f.toks[i-1].w == "before" {
			// "before flying to Seoul": the date is the main clause's,
			// the journey only follows it.
			l.later, l.order = true, true
			l.After, l.Date, l.WhenText = l.Date, "", "later"
		}
		if l.Date == "" && l.order && l.WhenText == "" {
			l.WhenText = "later"
		}
		if c.label != "" {
			l.acts = append(l.acts, c.label)
		}
		// Skip a duplicate from a second cue in the same sentence.
		dup := false
		for _, j := range sc.legs {
			if f.legs[j].person == person && f.legs[j].Place == l.Place {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		sc.legs = append(sc.legs, len(f.legs))
		f.legs = append(f.legs, l)
	}
}

// subject finds the traveller of the cue at token i: the nearest person
// mention before it that is not an object ("lunch with Xi before meeting"
// keeps the diner as subject), else for a sentence-initial cue the first
// person after it ("Visiting Hanoi, Esper said").
func (f *finder) subject(sc *sentCtx, i int) int {
	cueStart := f.toks[i].start
	for j := len(sc.persons) - 1; j >= 0; j-- {
		m := sc.persons[j]
		if m.End > cueStart {
			continue
		}
		if f.isObject(m) {
			continue
		}
		return m.Person
	}
	if i < 4 {
		for _, m := range sc.persons {
			if m.Start > cueStart && !f.isObject(m) {
				return m.Person
			}
		}
	}
	if f.roleSubject(i) {
		return f.lastSubject
	}
	return -1
}

// roleSubject reports whether the cue at token i has a bare role for
// subject ("The chancellor is travelling to ..."), which in news copy
// points back at the person the story is about when the people package
// left it unresolved.
func (f *finder) roleSubject(i int) bool {
	if f.lastSubject < 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if inSet(roleNounsSet, f.toks[k].w) {
			return k > 0 && f.toks[k-1].w == "the"
		}
	}
	return false
}

// isObject reports whether the word before mention m makes it an object.
func (f *finder) isObject(m people.Mention) bool {
	for j := len(f.toks) - 1; j >= 0; j-- {
		if f.toks[j].end <= m.Start {
			return inSet(objectMarkersSet, f.toks[j].w)
		}
	}
	return false
}

// meeting adds counterparts to the sentence's legs, or makes a leg whose
// place is inherited from the journey.
func (f *finder) meeting(sc *sentCtx, i int) {
	toks := f.toks
	// Counterparts run from the cue to the next cue or clause break.
	end := sc.sp.End
	for _, t := range toks[i+1:] {
		if t.punct && t.w != "," && t.w != "(" && t.w != ")" || inSet(breakersSet, t.w) {
			end = t.start
			break
		}
		if c, ok := cueOf(t.w); ok && c.kind != cuePresence && t.w != "talks" {
			end = t.start
			break
		}
	}
	subj := f.subject(sc, i)
	if subj < 0 {
		return
	}
	var names, shown []string
	for _, m := range sc.persons {
		if m.Start <= toks[i].start || m.Start >= end || m.Person == subj {
			continue
		}
		name := f.cast.People[m.Person].Name
		if contains(names, name) {
			continue
		}
		names = append(names, name)
		show := name
		if strings.Contains(m.Text, name) && len(strings.Fields(m.Text)) <= 5 {
			show = m.Text
		}
		shown = append(shown, show)
	}
	if len(names) == 0 {
		return
	}
	label := cueLabel(toks[i].w)
	act := label + " " + strings.Join(shown, " and ")
	// Attach to legs of the same traveller made from this sentence.
	attached := false
	for _, j := range sc.legs {
		if f.legs[j].person == subj && !f.legs[j].later {
			l := &f.legs[j]
			l.Counterparts = appendNew(l.Counterparts, names...)
			l.acts = append(l.acts, act)
			attached = true
		}
	}
	if attached {
		return
	}
	c, _ := cueOf(toks[i].w)
	// A meeting at a gathering the sentence places: "On the fringes of
	// the G20 summit in Brazil, she had a conversation with ...".
	if sc.hasEvent {
		before := len(f.legs)
		f.addLeg(sc, i, c, subj, []places.Match{sc.event})
		for j := before; j < len(f.legs); j++ {
			f.legs[j].Counterparts = appendNew(f.legs[j].Counterparts, names...)
			f.legs[j].acts = []string{act}
		}
		return
	}
	// A meeting on its own: a leg at the place where the traveller is.
	l := leg{person: subj, sentence: sc.index, inherit: true}
	l.Traveler = f.cast.People[subj].Name
	l.Evidence = sc.sp.Text
	l.Start, l.End = sc.sp.Start, sc.sp.End
	l.tense = f.status(sc, i, c)
	f.date(&l, sc, toks[i].start)
	l.Counterparts = names
	l.acts = []string{act}
	sc.legs = append(sc.legs, len(f.legs))
	f.legs = append(f.legs, l)
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(xs []string, ys ...string) []string {
	for _, y := range ys {
		if !contains(xs, y) {
			xs = append(xs, y)
		}
	}
	return xs
}

func (f *finder) hasOrderWord(sc *sentCtx, i int) bool {
	for _, t := range f.toks {
		if t.start >= f.toks[i].start {
			break
		}
		if inSet(orderWordsSet, t.w) {
			return true
		}
	}
	return false
}

func overlapsPerson(ms []people.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
