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
//
// Wire copy also needs: denied plans are no legs ("has no plans to visit");
// a plan that "had been due" is cancelled; "is due in", "will be in",
// "spent Sunday in", "left for", "touched down in", "then on to" are
// journeys; the head of a delegation ("led by") and a companion
// ("accompanied by") travel; a host is the guest's counterpart; a meeting
// after ", where" or "after" belongs to the stop it names; going home and
// a local voice under a dateline are no trips; a day before a list of stops
// is the first stop's.
//
// Descriptions ("the minister", "the French foreign minister") go to the
// cast person whose role and nationality fit, the paragraph's traveller
// first (roles.go); "X asked him to visit" sends the one asked, never the
// asker; a pronoun in a fronted "When he was in ..." clause points to the
// main clause. "from 14 April", "between A and B", "the following day" and
// "two days later" are dated (ranges.go); the day of a called-off plan is
// still to come, and a past meeting keeps its past day.
package trips

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/internal/letters"
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
	// cuePos and placePos are the byte offsets of the cue and the place
	// named: a meeting joins the legs of the latest cue before it.
	cuePos, placePos int
	// home: the traveller goes back ("returning to Beijing"), which is no
	// visit when it is their own country.
	home bool
	// present: a present-simple travel verb ("heads to Australia this
	// week"), which in news copy announces the journey.
	present bool
	// onward: "travel on to Washington", "then fly to": the leg comes
	// after the traveller's stop named before it.
	onward bool
	// arrival: "arrived on Monday" with no place: the day of the stop
	// told before.
	arrival bool
	// leftFrom: "left Suva for Canberra": going home when Canberra is in
	// the traveller's country.
	leftFrom bool
	// prior: a stop before the main clause ("after stops in Abu Dhabi
	// and Riyadh"), where a later meeting is not.
	prior bool
	// speech: placed by a speech verb ("told reporters in Berlin").
	speech bool
	// ended: "cut short his visit to Saudi Arabia on Tuesday": the day
	// the stay ended, not a stop of its own.
	ended bool
	// team: the leg's traveller is a team or squad named by its owner
	// ("England's squad flew to Perth"), no person of the cast.
	team bool
	// invite: an invitation ("has invited Modi to Dhaka"), no plan until
	// someone is sent in its place (see declinedTrip); never a leg itself.
	invite bool
	// held: talks told as over ("Talks between A and B ... ended on
	// Tuesday"), done even on the day of the telling.
	held bool
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
	return FindInSentencesRuns(s, sents, published, cast, timexes, nil)
}

// FindInSentencesRuns is FindInSentences for a caller that also has the
// runs of ASCII letters of s (runs must be exactly letters.Of(s), as
// timex.TagRuns gives them): the filter that spares most sentences the
// tokenizer then reads the runs instead of the sentences' bytes. With
// nil runs it is FindInSentences.
func FindInSentencesRuns(s string, sents []text.Span, published time.Time, cast *people.Cast, timexes []newsbot.Timex, runs []letters.Run) []newsbot.Trip {
	if cast == nil || len(cast.People) == 0 {
		return nil
	}
	sents = joinSplitNames(s, sents, cast.Mentions)
	timexes, tbuf := yearModifiers(s, timexes) // "under a 2024 law" dates no leg
	defer releaseTimexes(tbuf)
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	f := finder{text: s, sents: sents, published: published, cast: cast, timexes: timexes, lastSubject: -1, runs: runs,
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
// joinSplitNames joins sentences that a name runs across: the splitter
// ends a sentence after dotted initials ("Huang met TSMC Chairman C.C." |
// "Wei over dinner"), which the people finder reads as one name. The
// sentences are returned as they are (not copied) when no name crosses.
func joinSplitNames(s string, sents []text.Span, ms []people.Mention) []text.Span {
	// Only a sentence ending in an initial ("C.", "C.C.") may have cut a
	// name: a look at its last bytes, then at the names.
	first := -1
	for si := 0; si+1 < len(sents) && first < 0; si++ {
		t := sents[si].Text
		if n := len(t); n < 3 || t[n-1] != '.' || t[n-2] < 'A' || t[n-2] > 'Z' || t[n-3] != '.' && t[n-3] != ' ' {
			continue
		}
		for _, m := range ms {
			if m.Start >= sents[si].End {
				break
			}
			if m.Start >= sents[si].Start && m.End > sents[si].End {
				first = si
				break
			}
		}
	}
	if first < 0 {
		return sents
	}
	out := make([]text.Span, 0, len(sents))
	out = append(out, sents[:first]...)
	cur := sents[first]
	for si := first + 1; si < len(sents); si++ {
		joined := false
		for _, m := range ms {
			if m.Start >= cur.Start && m.Start < cur.End && m.End > cur.End {
				joined = true
				break
			}
		}
		if joined {
			cur = text.Span{Start: cur.Start, End: sents[si].End, Text: s[cur.Start:sents[si].End]}
			continue
		}
		out = append(out, cur)
		cur = sents[si]
	}
	return append(out, cur)
}

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
	text  string
	sents []text.Span
	// runs are the runs of ASCII letters of text (letters.Of), nil when
	// the caller has none; runAt is where the last sentence's start
	// fell in them (see scan).
	runs      []letters.Run
	runAt     int
	published time.Time
	cast      *people.Cast
	timexes   []newsbot.Timex

	// workTitles is workTitle by person, read once when first asked.
	workTitles []bool

	// eventNoun is the kind of the last placed gathering ("meeting"): a
	// later "attend a summit" is another event; eventSent its sentence.
	eventNoun string
	eventSent int
	// eventDay is the dated timex of the sentence that placed the last
	// gathering ("met in Kuwait on Sunday for their summit"), if any.
	eventDay    newsbot.Timex
	eventDaySet bool
	// skipNegation lets addLeg through a denied cue whose subject sends
	// someone else ("sending X instead").
	skipNegation bool
	// headless: a delegation's legs wait for its head (delegationHead).
	headless bool
	// listOpen: the sentence before ended in a colon ("His schedule:")
	// or was a line of the programme it opened.
	listOpen bool

	legs       []leg
	denied     []leg        // plans denied ("will not attend the summit in Brussels"): a stand-in's day
	cancelled  bool         // a leg called off has been told (see standInLeg)
	eventPlace places.Place // last "meeting in London": where "attend" goes
	eventKnown bool
	toks       []token
	placeNamed []int8           // cast.People[i] is really a place ("North Dorset"): 0 not known yet, 1 no, 2 yes
	persons    []people.Mention // scratch, reused by every sentence
	places     []places.Match
	// lastSubject is the first person named in the latest sentence that
	// names one: the fallback for a bare role subject.
	lastSubject int
	// countries caches personCountry by person: "" not looked up yet,
	// "-" none found.
	countries []string
	// roles caches roleText by person, filled when rolesOK.
	roles   []string
	rolesOK []bool
	// nameAt and nameIdx index the name mentions by person (see
	// nameMentions), nil until asked.
	nameAt, nameIdx []int32
	// allAt and allIdx index every mention by person (see mentionsOf).
	allAt, allIdx []int32
	// storyStart is where the story starts after a dateline ("BEIJING,
	// May 10 (Xinhua) -- "): a date before it is the filing date.
	storyStart int
	// dl is the text's dateline (dlOK when it has one), read once in run.
	dl places.Place
	// named holds the countries the text names (countryNamed), nil until
	// a place with a namesake abroad asks.
	named map[string]bool
	dlOK  bool
	// leadHome is the country of a dateline-less story told from inside
	// one of its regions (leadRegionCountry), read once on first need.
	leadHome     string
	leadHomeDone bool
	// pubDay is published as "2006-01-02", formatted on first need (see
	// publishedDay).
	pubDay string
}

func (f *finder) run() []newsbot.Trip {
	f.dl, f.storyStart, f.dlOK = dateline(f.text)
	mi := 0 // walks cast.Mentions, which are sorted
	for si, sp := range f.sents {
		for mi < len(f.cast.Mentions) && f.cast.Mentions[mi].Start < sp.Start {
			mi++
		}
		// The quick scan spares the tokenizer on most sentences without a
		// cue; the tokens settle the rest.
		scan := f.scan(sp)
		cue := scan&^uint64(qStop) != 0 && f.hasCueIn(sp)
		if !cue && scan != 0 && (len(f.legs) > 0 || mi < len(f.cast.Mentions) && f.cast.Mentions[mi].Start < sp.End) {
			// "will campaign in Meru", "will address supporters in
			// Eldoret": no cue word, but someone named or a journey
			// told before (kinds11.go). Also when the quick scan saw
			// a cue the tokens then ruled out: the scan stops at its
			// first cue, maybe before a stop word, and a word of the
			// sentence may share a cue's slot of its table.
			if scan == uint64(qStop) {
				f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
			} // else hasCueIn left the sentence's tokens in f.toks
			cue = f.campaignStop()
		}
		if !cue && frontedPlace(sp.Text) {
			// "In Beirut on Sunday, the pope celebrated Mass": no cue
			// word, the place and day open the sentence (see fronted).
			f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
			cue = true
		}
		if !cue && offLegText(sp.Text) {
			f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
			cue = true // "That leg has been postponed" (see calledOffBefore)
		}
		if !cue && plannedDayText(sp.Text) {
			f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
			cue = true // "A planned day in Montreal ... has been dropped" (see plannedDayOff)
		}
		head := f.listOpen && programmeHead(sp.Text)
		f.listOpen = head || strings.HasSuffix(sp.Text, ":") // "His schedule:"
		if !cue && (f.headless && (strings.Contains(sp.Text, "led by") || strings.Contains(sp.Text, "headed by")) || head) {
			// "The delegation will be led by ...": the head of a
			// delegation whose journey came before; "Wednesday: Maputo,
			// Mozambique.": a line of a programme.
			f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
			cue = true
		}
		if cue {
			mj := mi
			for mj < len(f.cast.Mentions) && f.cast.Mentions[mj].Start < sp.End {
				mj++
			}
			f.sentence(si, sp, f.cast.Mentions[mi:mj])
		}
		if (len(f.denied) > 0 || f.cancelled) && standIn(sp.Text) {
			f.standInLeg(si, sp, mi)
		}
		if mi < len(f.cast.Mentions) && f.cast.Mentions[mi].End <= sp.End && f.cast.Mentions[mi].Person >= 0 && f.cast.Mentions[mi].Person < len(f.cast.People) {
			f.lastSubject = f.cast.Mentions[mi].Person
		}
	}
	f.dropHolderVotes() // "will vote at the shareholders' meeting in Amsterdam"
	f.ordinalDays()     // "plan to meet in Quito on the 9th"
	f.datelineLeg()
	return f.finish()
}

// publishedDay is f.published formatted "2006-01-02", once per article:
// several rules compare dates with it, some once per timex.
func (f *finder) publishedDay() string {
	if f.pubDay == "" {
		f.pubDay = f.published.Format("2006-01-02")
	}
	return f.pubDay
}

// hasCueIn tokenizes the sentence sp and reports whether it has a cue.
func (f *finder) hasCueIn(sp text.Span) bool {
	f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
	return f.hasCue()
}

// hasCue is the cheap filter: most sentences have no cue word at all. A
// speech or "be" verb only counts before "in"/"at" ("told reporters in").
func (f *finder) hasCue() bool { return f.hasCueBut(false) }

// hasCueBut is hasCue, with "welcomed" and "greeted" counted as weak
// when welcome is true: whether a sentence holds a cue beside them.
func (f *finder) hasCueBut(welcome bool) bool {
	for k := range f.toks {
		t := &f.toks[k]
		c, ok := t.cueOf()
		if !ok {
			if t.event {
				return true
			}
			continue
		}
		if inSet(weakCueSet, t.w) || welcome && welcomeWord(t.w) {
			continue // acts only in a sentence another word lets through
		}
		if c.kind != cuePresence {
			return true
		}
		if k+1 < len(f.toks) {
			switch f.toks[k+1].w {
			case "in", "at", "reporters", "journalists", "supporters", "crowds", "received":
				return true
			case "back": // "is due back in Rome"
				if k+2 < len(f.toks) && (f.toks[k+2].w == "in" || f.toks[k+2].w == "at") {
					return true
				}
			}
		}
	}
	return false
}

// welcomeWord reports the two reception verbs that let a sentence
// through on their own, for an active or passive welcome only.
func welcomeWord(w string) bool { return w == "welcomed" || w == "greeted" }

// sentCtx is what one sentence offers.
type sentCtx struct {
	sp       text.Span
	index    int
	places   []places.Match // absolute offsets, demonyms and people removed; see placesOf
	placesOK bool           // places has been filled
	quals    []places.Match // regions that only qualify the town before them ("Windsor, Ontario")
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
		if m.Kind == people.Description {
			m.Person = f.describe(m)
		}
		if m.Person >= 0 && m.Person < len(f.cast.People) && !f.isPlaceNamed(m.Person) && !f.placeShortForm(m) {
			sc.persons = append(sc.persons, m)
		}
	}
	f.noteEvents(&sc)
	f.eventOpens(&sc)
	f.programmeStop(&sc)
	if f.clauseRules(&sc) { // "where she had gone", "will begin in" (legs10.go)
		defer f.backThere(&sc) // after the sentence's own legs: "he is due back there in December"
	}

	var meets []int // token indexes of meeting cues
	talks := -1     // the first meeting noun, for talksBetween
	// A sentence let through by "welcomed" or "greeted" alone is read for
	// the welcome only: "welcomed the decision to open a consulate in
	// Mombasa" is no appearance.
	welcomeOnly := false
	for k := range f.toks {
		if f.toks[k].ci != 0 && welcomeWord(f.toks[k].w) { // cues only: the common token costs one compare
			welcomeOnly = !f.hasCueBut(true)
			break
		}
	}
	asked := askedClauseEnd(sp)
	closers := false // a closing or campaign verb (see closingLegs)
	series := false  // "the series moves to" (see seriesMoves)
	headed := false
	for i := range f.toks {
		t := &f.toks[i]
		c, ok := t.cueOf()
		if !ok {
			closers = closers || closerTab.t.MayHave(t.w)
			series = series || t.w == "series"
			continue
		}
		if welcomeOnly && !welcomeWord(t.w) || t.start < asked {
			continue
		}
		switch c.kind {
		case cueMeet:
			if f.gatheringVerb(i) {
				f.eventAt(&sc, i) // "Leaders of the G7 will meet in Evian"
			}
			if talks < 0 && meetingNoun(t.w) {
				talks = i
			}
			if f.isMeetCue(i) {
				meets = append(meets, i)
			} else if _, ok := f.welcomeGuest(&sc, i); ok {
				meets = append(meets, i) // "Vo Van Thuong welcomed Kenji Sato to Hanoi"
			} else if c.tense == tenseNone && t.w != "summit" && i > 0 && (f.toks[i-1].w == "the" || f.toks[i-1].w == "that" || f.toks[i-1].w == "this") && f.cancelled0(i) {
				f.calledOffBefore(&sc, i) // "The dinner was cancelled."
			}
		case cueHost:
			// "hosted by Chancellor Rachel Reeves": the host is a counterpart.
			if i+1 < len(f.toks) && f.toks[i+1].w == "by" {
				if _, ok := f.placeAt(&sc, i+2); !ok {
					meets = append(meets, i)
					continue
				}
			} else if i+1 < len(f.toks) {
				// "Lee hosted Japanese Prime Minister Sanae Takaichi in
				// Seoul": a host's meeting, whose guest travels.
				meets = append(meets, i)
				continue
			}
			f.travel(&sc, i, c)
		case cuePresence:
			f.presence(&sc, i, c)
		default:
			headed = headed || len(t.w) >= 4 && t.w[:4] == "head" // "headed a trade mission to" (see ledMission)
			f.travel(&sc, i, c)
		}
	}
	f.onTo(&sc)
	if closers {
		f.closingLegs(&sc) // "before finishing in Hobart, where ..."
	}
	f.fixtureLegs(&sc) // "The second Test is in Brisbane on Friday"
	if series {
		f.seriesMoves(&sc) // "The series then moves to Wellington" (kinds11.go)
	}
	f.postponedTo(&sc)
	if len(sc.legs) == 0 && frontedPlace(sc.sp.Text) {
		f.fronted(&sc)
	}
	if f.headless {
		f.delegationHead(&sc)
	}
	for _, i := range meets {
		f.meeting(&sc, i)
	}
	if talks >= 0 {
		f.talksBetween(&sc, talks)
		if len(sc.legs) == 0 {
			f.talksAtVenue(&sc, talks) // "will hold talks at the prime minister's office in Krakow"
		}
	}
	f.andToLegs(&sc) // "to Beijing next week ..., and to Ottawa in December"
	if len(sc.legs) > 0 {
		f.purposeMeet(&sc)
	}
	if len(f.denied) > 0 && !f.placedLeg(&sc) {
		f.deniedThenBut(&sc)
		if !f.placedLeg(&sc) {
			f.deniedKept(&sc)
		}
	}
	if f.cancelled && len(sc.legs) > 0 {
		f.cancelKept(&sc)
		f.movedPlan(&sc)
	}
	if len(sc.legs) == 0 {
		f.offTalks(&sc) // "Talks in Vienna set for next Monday were postponed"
	}
	if len(sc.legs) == 0 {
		f.plannedDayOff(&sc) // "A planned day in Montreal on Tuesday has been dropped"
	}
	if talks >= 0 || len(meets) > 0 || headed {
		f.ledMission(&sc) // "will lead a delegation to Halifax on Friday for a meeting"
	}
	if len(sc.legs) > 0 {
		f.anaphoricDay(&sc)
	}
}

// borrowedDay reports a journey cue at byte offset cue that opens a
// second conjunct ("... on Thursday and ends the tour in Dakar") with no
// dated timex between it and byte offset to: its day came from the
// clause before.
func (f *finder) borrowedDay(sc *sentCtx, cue, to int) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= cue })
	j := k - 1
	for j >= 0 && j >= k-3 && f.toks[j].w != "and" && !f.toks[j].punct {
		j-- // "and ends the tour in Dakar"
	}
	if j < 0 || k >= len(f.toks) || f.toks[j].w != "and" {
		return false
	}
	for _, tx := range f.timexesFrom(cue) {
		if tx.Start >= to {
			break
		}
		if isDate(tx.Value) {
			return false
		}
	}
	return f.datedBefore(sc, cue)
}

// datedBefore reports a dated timex in the sentence before byte offset
// pos: a day of the clause before a meeting, not the meeting's own.
func (f *finder) datedBefore(sc *sentCtx, pos int) bool {
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= pos {
			return false
		}
		if isDate(tx.Value) {
			return true
		}
	}
	return false
}

// meetingNoun reports a noun that names talks between two sides.
func meetingNoun(w string) bool {
	return w == "talks" || w == "meeting" || w == "meetings" || w == "summit"
}

// talksBetween adds the legs of talks told as a noun with both sides
// after "between": "Talks in Geneva on Thursday between US Secretary of
// State Mark Hale and Russian Foreign Minister Ivan Petrov", "talks
// between the two foreign ministers in Geneva". Each side foreign to the
// place travels there and meets the other; a side at home stays.
func (f *finder) talksBetween(sc *sentCtx, i int) {
	toks := f.toks
	k := i + 1
	for ; k < len(toks) && k <= i+10 && toks[k].w != "between"; k++ {
		if toks[k].punct && toks[k].w != "," || inSet(breakersSet, toks[k].w) {
			break
		}
	}
	if k >= len(toks) || k > i+10 || toks[k].w != "between" {
		// "During talks in Ankara on Tuesday, Schoof and Erdogan
		// discussed migration": the two sides are the main clause's.
		if a, b, end, ok := f.frontedTalks(sc, i); ok {
			f.talksOf(sc, i, a, b, end)
		}
		return
	}
	if f.negated(i) {
		return
	}
	a, b := -1, -1
	sideEnd := 0 // the byte offset where the two sides end
	if k+3 < len(toks) && toks[k+1].w == "the" && (toks[k+2].w == "two" || toks[k+2].w == "both") {
		// "between the two foreign ministers": the two named before.
		j := k + 3
		for j < len(toks) && j <= k+5 && !pairNouns[toks[j].w] {
			j++
		}
		if j >= len(toks) || j > k+5 {
			return
		}
		sideEnd = toks[j].end
		var ok bool
		if a, b, ok = f.pair(i); !ok {
			return
		}
	} else {
		var first people.Mention
		for _, m := range sc.persons {
			if m.Start < toks[k].end || m.Kind == people.Organisation || m.Kind == people.Pronoun || m.Kind == people.Unnamed {
				continue
			}
			if a < 0 {
				a, first = m.Person, m
				continue
			}
			if m.Person != a && strings.Contains(f.text[first.End:m.Start], " and ") {
				b, sideEnd = m.Person, m.End
			}
			break
		}
		if b < 0 {
			return
		}
	}
	f.talksOf(sc, i, a, b, sideEnd)
}

// frontedTalks reads "During talks in Ankara on Tuesday, A and B ...":
// the two people joined by "and" that open the main clause, and where
// they end.
func (f *finder) frontedTalks(sc *sentCtx, i int) (a, b, end int, ok bool) {
	toks := f.toks
	if i < 1 || i > 2 {
		return -1, -1, 0, false
	}
	switch toks[i-1].w {
	case "during", "at", "after", "in":
	default:
		return -1, -1, 0, false
	}
	k := i + 1
	for k < len(toks) && k <= i+8 && toks[k].w != "," {
		if toks[k].punct || inSet(breakersSet, toks[k].w) {
			return -1, -1, 0, false
		}
		k++
	}
	if k >= len(toks) || toks[k].w != "," {
		return -1, -1, 0, false
	}
	var first people.Mention
	a = -1
	for _, m := range sc.persons {
		if m.Start < toks[k].end || m.Kind == people.Organisation || m.Kind == people.Pronoun || m.Kind == people.Unnamed {
			continue
		}
		if a < 0 {
			if m.Start != toks[k+1].start && !strings.HasPrefix(f.text[toks[k].end:m.Start], " the ") {
				return -1, -1, 0, false // the subject must open the clause
			}
			a, first = m.Person, m
			continue
		}
		if m.Person != a && (f.text[first.End:m.Start] == " and " || strings.HasPrefix(f.text[first.End:m.Start], " and ") && f.andBefore(m)) {
			return a, m.Person, m.End, true
		}
		break
	}
	return -1, -1, 0, false
}

// talksOf adds the legs of talks at token i between a and b, whose names
// end at byte offset sideEnd: at the place the sentence names, each side
// foreign to it travels and meets the other.
func (f *finder) talksOf(sc *sentCtx, i, a, b, sideEnd int) {
	toks := f.toks
	c, _ := cueOf(toks[i].w)
	tense := f.predicateTense(sideEnd)
	if tense == "maybe" {
		return
	}
	place, ok := f.meetingPlace(sc, i, sc.sp.End)
	if !ok {
		// "Lee arrived in Hanoi on Monday. Talks on Tuesday between Lee
		// and Luong Cuong": held where the side that travels is then.
		for _, side := range [2][2]int{{a, b}, {b, a}} {
			if f.hasLeg(side[0]) && !f.hasLeg(side[1]) {
				f.meetingAway(sc, i, c, side[0], side[1], tense)
			}
		}
		return
	}
	if place.Place.Country == "" {
		return
	}
	for _, side := range [2][2]int{{a, b}, {b, a}} {
		if !f.foreign(side[0], place.Place.Country) {
			continue
		}
		other := f.cast.People[side[1]].Name
		before := len(f.legs)
		f.addLeg(sc, i, c, side[0], []places.Match{place})
		for _, j := range sc.legs {
			if l := &f.legs[j]; l.person == side[0] && l.Place == place.Place.Name && (j >= before || !contains(l.Counterparts, other)) {
				l.Counterparts = appendNew(l.Counterparts, other)
				if j >= before {
					l.acts = []string{cueLabel(toks[i].w) + " " + other}
					if l.tense == "" {
						l.tense = tense
					}
					l.held = tense == newsbot.StatusDone
					if l.Date == "" {
						// "Rubio will meet Lavrov in Istanbul next week ...
						// Talks in Istanbul between Rubio and Lavrov": the
						// day told with the other side's stop there.
						f.otherSideDay(l, side[1])
					}
				}
			}
		}
	}
}

// meetingAway adds a dated leg with no place for p's talks with other
// at token i: finish places it at p's stop on that day (see inheritPlace).
func (f *finder) meetingAway(sc *sentCtx, i int, c cue, p, other int, tense string) {
	tx, ok := f.meetTimex(sc, i, sc.sp.End)
	if !ok || f.negated(i) {
		return
	}
	l := leg{person: p, sentence: sc.index, inherit: true, cuePos: f.toks[i].start}
	l.Traveler = f.cast.People[p].Name
	l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
	l.tense = f.status(sc, i, c)
	if l.tense == "" {
		l.tense = tense
	}
	l.held = tense == newsbot.StatusDone
	l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
	f.redirectWeekday(&l, tx)
	name := f.cast.People[other].Name
	l.Counterparts = []string{name}
	l.acts = []string{cueLabel(f.toks[i].w) + " " + name}
	sc.legs = append(sc.legs, len(f.legs))
	f.legs = append(f.legs, l)
}

// otherSideDay dates leg l with the day of other's earlier leg at the
// same place that names l's traveller as met there.
func (f *finder) otherSideDay(l *leg, other int) {
	for _, o := range f.legs {
		if o.person == other && o.sentence < l.sentence && o.Place == l.Place && o.Date != "" && contains(o.Counterparts, l.Traveler) {
			l.Date, l.WhenText = o.Date, o.WhenText
			return
		}
	}
}

// predicateTense is the status the verb of a clause whose subject ends at
// byte offset pos gives: "Talks between A and B in Mexico City ended on
// Tuesday" were held, "... are expected to" are a plan, "maybe" for a
// modal ("could take place"); "" when none of these.
// Places and days after the subject are skipped.
func (f *finder) predicateTense(pos int) string {
	toks := f.toks
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= pos })
	for k < len(toks) {
		t := toks[k]
		switch {
		case t.w == "," || f.inTimex(t) || isCapitalised(f.text[t.start:t.end]):
			k++
			continue
		case t.w == "in" || t.w == "at" || t.w == "on":
			k++
			continue
		}
		break
	}
	if k >= len(toks) {
		return ""
	}
	w := toks[k].w
	switch {
	case w == "could" || w == "might" || w == "may" || w == "would" || w == "should":
		return "maybe" // "could take place in Istanbul": no plan yet
	case inSet(futureWordsSet, w):
		return newsbot.StatusScheduled
	case (w == "is" || w == "are") && k+1 < len(toks):
		switch toks[k+1].w {
		case "expected", "due", "scheduled", "set", "to", "planned", "likely":
			return newsbot.StatusScheduled
		}
	case w == "was" || w == "were" || w == "had" || w == "have" || w == "has":
		return newsbot.StatusDone
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return newsbot.StatusDone // "ended", "focused", "concluded"
	}
	return ""
}

// placedLeg reports a leg made from the sentence with a place.
func (f *finder) placedLeg(sc *sentCtx) bool {
	for _, j := range sc.legs {
		if f.legs[j].Place != "" {
			return true
		}
	}
	return false
}

// deniedThenBut adds the leg a "but" clause keeps after a plan the same
// sentence denies, at the denied place it points back to: "will not fly
// to Vienna on Thursday but will arrive in the city on Friday", "... but
// will join the talks there on Friday".
func (f *finder) deniedThenBut(sc *sentCtx) {
	d := f.denied[len(f.denied)-1]
	if d.sentence != sc.index || d.person < 0 {
		return
	}
	toks := f.toks
	at, found := f.deniedPlace(sc, d.Place)
	if !found {
		return
	}
	for b := range toks {
		if toks[b].w != "but" || toks[b].start < at.End {
			continue
		}
		for j := b + 1; j < len(toks) && j <= b+4; j++ {
			c, ok := cueOf(toks[j].w)
			if !ok || c.kind == cuePresence || f.negated(j) {
				continue
			}
			for k := j + 1; k < len(toks) && k <= j+5; k++ {
				if toks[k].punct {
					break
				}
				if toks[k].w == "there" || toks[k].w == "the" && k+1 < len(toks) && (toks[k+1].w == "city" || toks[k+1].w == "capital" || toks[k+1].w == "town") {
					for _, n := range sc.legs {
						if l := &f.legs[n]; l.person == d.person && l.Place == "" {
							// "arrive in the city": the leg made with no
							// place is at the denied one.
							l.Place, l.Country, l.kind = at.Place.Name, at.Place.Country, at.Place.Kind
							return
						}
					}
					m := at
					m.Start, m.End = toks[k].start, toks[k].end
					f.addLeg(sc, j, c, d.person, []places.Match{m})
					return
				}
			}
			return
		}
		return
	}
}

// welcomedAt reports a person welcomed at a place with no host named:
// "Sato was welcomed with a ceremony at the presidential palace in
// Hanoi", "she was greeted in Hanoi"; not "the plan was welcomed in
// Brussels". The welcome is a meeting there, with no counterpart.
func (f *finder) welcomedAt(i int) bool {
	if i < 2 || i+1 >= len(f.toks) || f.toks[i].w != "welcomed" && f.toks[i].w != "greeted" || !f.beVerb(i-1) {
		return false
	}
	switch f.toks[i+1].w {
	case "in", "at", "with", "to":
		s := f.toks[i-2]
		return s.w == "he" || s.w == "she" || s.w == "they" || !s.punct && isCapitalised(f.text[s.start:s.end])
	}
	return false
}

// postponedTo adds the new time of a plan put off to it: "has postponed a
// visit to Washington planned for later this week to next month" is
// called off this week and scheduled next month.
func (f *finder) postponedTo(sc *sentCtx) {
	off := -1
	for _, j := range sc.legs {
		if f.legs[j].tense == newsbot.StatusCancelled {
			off = j
			break
		}
	}
	if off < 0 {
		return
	}
	toks := f.toks
	for k, t := range toks {
		switch t.w {
		case "postponed", "delayed", "moved", "pushed", "rescheduled":
		default:
			continue
		}
		for j := k + 1; j+1 < len(toks) && j <= k+14; j++ {
			if toks[j].punct && toks[j].w != "," || toks[j].w != "to" && toks[j].w != "until" {
				if toks[j].punct && toks[j].w != "," {
					return
				}
				continue
			}
			tx, ok := f.timexRightAfter(toks[j].end)
			if !ok || tx.Start != toks[j+1].start || !isDate(tx.Value) || f.legs[off].WhenText != "" && strings.Contains(tx.Text, f.legs[off].WhenText) {
				continue
			}
			for _, o := range sc.legs {
				l := f.legs[o]
				if l.tense != newsbot.StatusCancelled || l.Place == "" {
					continue
				}
				l.tense, l.Date, l.WhenText = newsbot.StatusScheduled, dateValue(tx.Value), f.whenText(tx)
				l.Counterparts, l.acts = nil, []string{"visit"}
				f.legs = append(f.legs, l)
			}
			return
		}
		return
	}
}

// onTo adds the legs of an elliptical onward journey: "travelled to Rio
// for the prize, then on to Belem" goes on with the traveller of the leg
// before it.
func (f *finder) onTo(sc *sentCtx) {
	toks := f.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].w != "on" || toks[k+1].w != "to" {
			continue
		}
		if p := toks[k-1].w; p != "then" && p != "and" && p != "," {
			continue
		}
		if _, ok := toks[k-1].cueOf(); ok {
			continue
		}
		j := f.latestLeg(sc, k, -1)
		if j < 0 {
			continue
		}
		p, ok := f.placeAt(sc, k+2)
		if !ok || p.Place.Name == f.legs[j].Place {
			continue
		}
		prev := f.legs[j]
		l := leg{person: prev.person, sentence: sc.index, kind: p.Place.Kind, cuePos: toks[k].start, placePos: p.Start}
		l.Traveler, l.Place, l.Country = prev.Traveler, p.Place.Name, p.Place.Country
		l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
		l.tense = prev.tense
		l.onward = true
		f.date(&l, sc, p.Start)
		if l.Date == prev.Date && isDay(l.Date) {
			// The day was the stop before's: this one only follows it.
			l.order, l.After, l.Date, l.WhenText = true, prev.Date, "", "later"
		}
		l.acts = []string{"visit"}
		sc.legs = append(sc.legs, len(f.legs))
		f.legs = append(f.legs, l)
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
	all := places.Find(sc.sp.Text)
	for idx, m := range all {
		m.Start += sc.sp.Start
		m.End += sc.sp.Start
		if m.Demonym || overlapsPerson(sc.persons, m.Start, m.End) {
			continue
		}
		// "Windsor, Ontario": the region says where the town is; it is no
		// second stop, unless it stands in a list of stops.
		if n := len(sc.places); n > 0 && m.Place.Kind == places.Region {
			if prev := sc.places[n-1]; prev.Place.Kind == places.City && prev.Place.Country == m.Place.Country && f.text[prev.End:m.Start] == ", " &&
				!f.regionInList(sc, all[idx+1:], m) {
				sc.quals = append(sc.quals, m)
				continue
			}
		}
		if m.Place.Kind != places.City || !places.HasNamesake(m.Place) {
			// no namesake abroad: nothing for the story's home to settle
		} else if home, ok := f.storyCountry(); ok && m.Place.Country != home {
			// A bare name with a namesake in the dateline's country is
			// that one when the story never names the other's country:
			// "Queenstown" in a Hobart story, but "London" stays Britain's
			// in an Ottawa story that speaks of the British prime minister.
			if p, ok := places.InCountry(m.Place, home); ok && f.text[m.End:min(len(f.text), m.End+2)] != ", " && !f.countryNamed(m.Place.Country) {
				m.Place = p
			}
		}
		sc.places = append(sc.places, m)
	}
	if !f.dlOK && len(sc.places) > 1 {
		f.regionalTowns(sc.places) // "flies to Queenstown ..., then heads to St Helens"
	}
	return sc.places
}

// storyCountry is where the story is told from: its dateline's country.
// A bare town with a namesake there is that one.
func (f *finder) storyCountry() (string, bool) {
	// A lead's first country was tried as a fallback without a dateline:
	// it moved 2 wire legs to the wrong namesake, so only datelines count,
	// and a lead that names only places of one country's region.
	if f.dlOK {
		return f.dl.Country, true
	}
	return f.leadRegionCountry()
}

// countryNamed reports whether the text names country, by name or
// demonym ("Britain", "British"); read once per article, when first asked.
func (f *finder) countryNamed(country string) bool {
	if f.named == nil {
		f.named = map[string]bool{}
		for _, m := range places.Find(f.text) {
			if m.Demonym || m.Place.Kind == places.Country {
				f.named[m.Place.Country] = true
			}
		}
	}
	return f.named[country]
}

// noteEvents remembers "a meeting in London", "the summit in Brussels" so
// that a later "due to attend" knows where.
func (f *finder) noteEvents(sc *sentCtx) {
	for i := range f.toks {
		if !f.toks[i].event {
			continue
		}
		f.eventAt(sc, i)
		// "landed in Bogota on Tuesday for a two-day climate summit": the
		// place the traveller came to for it.
		if p, ok := f.placeForEvent(sc, i); ok && !sc.hasEvent && !f.clubPurpose(sc, i) {
			f.eventPlace, f.eventKnown, f.eventNoun, f.eventSent = p.Place, true, f.toks[i].w, sc.index
			sc.event, sc.hasEvent = p, true
			f.eventDay, f.eventDaySet = f.sentenceDay(sc)
		}
	}
}

// eventOpens dates the gathering placed a sentence or two before when
// this sentence tells only when it opens: "Ministers will attend talks in
// Geneva. The talks are due to open on May 27." Its undated scheduled
// legs there take the day, and so does a later "attend the meeting".
func (f *finder) eventOpens(sc *sentCtx) {
	if sc.hasEvent || !f.eventKnown || f.eventDaySet || sc.index == f.eventSent || sc.index-f.eventSent > 2 {
		return
	}
	toks := f.toks
	// "The talks", "The peace talks", "The two-day summit": the subject.
	if len(toks) < 4 || toks[0].w != "the" {
		return
	}
	k := 1
	for k < len(toks) && k <= 3 && !isEventNoun(toks[k].w) {
		k++
	}
	if k >= len(toks) || k > 3 || toks[k].w != f.eventNoun {
		return
	}
	opens := false
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch toks[j].w {
		case "open", "opens", "begin", "begins", "start", "starts", "convene", "convenes", "held":
			opens = true
		}
	}
	if !opens {
		return
	}
	tx, ok := f.sentenceDay(sc)
	if !ok {
		return
	}
	f.eventDay, f.eventDaySet = tx, true
	for j := range f.legs {
		l := &f.legs[j]
		if l.sentence == f.eventSent && l.Date == "" && l.tense == newsbot.StatusScheduled && l.Place == f.eventPlace.Name {
			l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
		}
	}
}

// eventAt notes the place of the gathering at token i: "the summit in
// Brussels", "a summit of Southeast Asian leaders in Kuala Lumpur", "will
// meet in Evian" (see gatheringVerb); the place within a few words, in
// the clause.
func (f *finder) eventAt(sc *sentCtx, i int) {
	for k := i + 1; k+1 < len(f.toks) && k <= i+6; k++ {
		n := f.toks[k]
		if n.punct || inSet(breakersSet, n.w) {
			break
		}
		if n.w != "in" && n.w != "at" {
			continue
		}
		if p, ok := f.placeAt(sc, k+1); ok {
			f.eventPlace, f.eventKnown, f.eventNoun, f.eventSent = p.Place, true, f.toks[i].w, sc.index
			sc.event, sc.hasEvent = p, true
			f.eventDay, f.eventDaySet = f.sentenceDay(sc)
		}
		break
	}
}

// gatheringVerb reports "meet" at token i said of
// leaders or ministers: "Leaders of the Group of Seven ... will meet in
// the French spa town of Evian from Sunday" tells of a summit there.
func (f *finder) gatheringVerb(i int) bool {
	if f.toks[i].ci == 0 || f.toks[i].w != "meet" {
		return false // most tokens: no cue at all
	}
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		switch f.toks[k].w {
		case "leaders", "ministers", "heads", "delegates", "Leaders", "Ministers":
			return true
		}
	}
	return false
}

// placeForEvent is the place before "for" that introduces the event noun
// at token i, its day aside: "in Bogota on Tuesday for a regional climate
// summit".
func (f *finder) placeForEvent(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	k := i - 1
	for k > 0 && k >= i-5 && toks[k].w != "for" {
		if toks[k].punct {
			return places.Match{}, false
		}
		k--
	}
	if k <= 0 || toks[k].w != "for" {
		return places.Match{}, false
	}
	k--
	for k > 0 && (f.inTimex(toks[k]) || toks[k].w == "on") {
		k--
	}
	if toks[k].punct || !isCapitalised(f.text[toks[k].start:toks[k].end]) {
		return places.Match{}, false // a place name ends in a capitalised word
	}
	kindOf := k >= 2 && toks[k-1].w == "of" && settlementNouns[toks[k-2].w] || f.kindBeforeTown(k-1) // "the spa town of Evian", "the Swiss resort Davos"
	if k < 1 || toks[k-1].w != "in" && toks[k-1].w != "to" && (k < 2 || toks[k-2].w != "in" && toks[k-2].w != "to") && !kindOf {
		return places.Match{}, false // "in Bogota", "to Abu Dhabi" for ...
	}
	for _, p := range f.placesOf(sc) {
		if p.End == toks[k].end && k > 0 && (toks[k-1].w == "in" || toks[k-1].w == "to" || kindOf || p.Start < toks[k].start) {
			return p, true
		}
	}
	return places.Match{}, false
}

// placeAt returns the place starting at token k, skipping determiners.
func (f *finder) placeAt(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if k+1 < len(toks) && toks[k].w == "the" && f.text[toks[k].start] == 'T' && isCapitalised(f.text[toks[k+1].start:toks[k+1].end]) {
		// "in The Hague", "to The Gambia": the article is the name's.
		for _, p := range f.placesOf(sc) {
			if p.Start == toks[k].start {
				return p, true
			}
		}
	}
	for k < len(toks) && inSet(determinersSet, toks[k].w) {
		if c := f.text[toks[k].start]; c >= 'A' && c <= 'Z' {
			// "the West Bank", "the North Caucasus", "to South Africa",
			// "in North Korea": a capitalised compass word is the name's.
			if p, ok := f.placeStartAt(sc, k); ok {
				return p, true
			}
		}
		k++
	}
	if k >= len(toks) {
		return places.Match{}, false
	}
	// places.Find starts a match only at a capitalised word: a word in
	// lower case needs no look at the sentence's places.
	if c := f.text[toks[k].start]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
		for _, p := range f.placesOf(sc) {
			if p.Start == toks[k].start {
				// "the Highlands town of Goroka": the town, not the region.
				if j := k + 1; j+2 < len(toks) && toks[j].start >= p.End && toks[j+1].w == "of" && settlementNouns[toks[j].w] {
					if q, ok := f.placeStartAt(sc, j+2); ok {
						return q, true
					}
				}
				return p, true
			}
		}
	}
	// Rarer shapes, looked at only when no place starts there.
	if k+1 < len(toks) && (strings.HasSuffix(toks[k].w, "'s") || strings.HasSuffix(toks[k].w, "’s")) {
		// "the company's Cologne plant", "Ford's Valencia plant": the
		// place after an owner that is no place.
		return f.placeStartAt(sc, k+1)
	}
	if p, ok := f.capitalAppos(sc, k); ok {
		return p, true // "arrived in the capital, Juba, on Thursday"
	}
	if p, ok := f.kindBeforeName(sc, k); ok {
		return p, true // "arrived in the Chadian capital N'Djamena", "the commercial capital, Blantyre"
	}
	// "the French spa town of Evian", "the port city of Aden": the name
	// after the kind of place.
	for j := k; j+2 < len(toks) && j <= k+3; j++ {
		if toks[j].punct {
			break
		}
		if toks[j+1].w == "of" && settlementNouns[toks[j].w] {
			return f.placeStartAt(sc, j+2)
		}
	}
	return places.Match{}, false
}

// placeStartAt is the place of the sentence that starts at token k.
func (f *finder) placeStartAt(sc *sentCtx, k int) (places.Match, bool) {
	// places.Find starts a match only at a capitalised word: a word in
	// lower case needs no look at the sentence's places.
	if c := f.text[f.toks[k].start]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
		return places.Match{}, false
	}
	for _, p := range f.placesOf(sc) {
		if p.Start == f.toks[k].start {
			return p, true
		}
	}
	return places.Match{}, false
}

// isMeetCue filters the meeting words that need a partner word: "talks
// with", "lunch with", "host" + person.
func (f *finder) isMeetCue(i int) bool {
	switch f.toks[i].w {
	case "talks", "lunch", "dinner", "breakfast", "banquet", "conversation", "summit":
		if i+1 < len(f.toks) && f.toks[i+1].w == "in" {
			// "holding talks in Kyiv with President Volodymyr Zelensky"
			for k := i + 2; k < len(f.toks) && k <= i+5; k++ {
				if f.toks[k].w == "with" {
					return true
				}
				if f.toks[k].punct || !isCapitalised(f.text[f.toks[k].start:f.toks[k].end]) {
					// "talks in Manchester on Tuesday with the city's
					// mayor": the day between the place and the partner.
					from := k - 1
					if f.toks[k].w == "on" {
						from = k
					}
					if i > 0 && (f.toks[i-1].w == "held" || f.toks[i-1].w == "hold" || f.toks[i-1].w == "holding" || f.toks[i-1].w == "had") {
						if _, ok := f.timexRightAfter(f.toks[k-1].end); ok {
							// "held talks in Cairo on Tuesday": a dated stop,
							// the partner unnamed or named later.
							return true
						}
					}
					j, ok := f.timeAfter(from)
					return ok && j < len(f.toks) && f.toks[j].w == "with"
				}
			}
			return false
		}
		if i > 1 && (f.toks[i-1].w == "hold" || f.toks[i-1].w == "held" || f.toks[i-1].w == "holding") && f.pairSubject(i) {
			return true // "The two heads of state will hold talks on Tuesday"
		}
		return i+1 < len(f.toks) && f.toks[i+1].w == "with" || f.talksDatedWith(i)
	case "sign", "signed", "discuss", "discussed", "review", "reviewed", "co-chair", "co-chairs":
		// "signed a reciprocal access agreement with Ramon Castillo".
		for k := i + 1; k < len(f.toks) && k <= i+7; k++ {
			if t := f.toks[k]; t.punct || inSet(breakersSet, t.w) {
				return false
			} else if t.w == "with" {
				return true
			}
		}
		return false
	case "welcomed", "greeted":
		// "was greeted by Aleksandar Vucic", "was welcomed at the airport
		// by", not "welcomed the decision".
		return i+1 < len(f.toks) && f.toks[i+1].w == "by" || i > 0 && f.beVerb(i-1) && f.byPerson(i) || f.welcomedAt(i)
	case "received":
		// "will be received by President Xi", not "received a letter" or
		// "was received by the court".
		// "was received in Hanoi by President Vo Van Thuong".
		return i > 0 && i+2 < len(f.toks) && f.beVerb(i-1) && (f.toks[i+1].w == "by" && isCapitalised(f.text[f.toks[i+2].start:f.toks[i+2].end]) ||
			f.toks[i+1].w != "by" && f.byPerson(i))
	case "press", "lobby", "urge":
		// "to press Donald Trump on tariffs", not "to press charges".
		if i == 0 || i+1 >= len(f.toks) || f.toks[i-1].w != "to" {
			return false
		}
		n := f.toks[i+1]
		return isCapitalised(f.text[n.start:n.end])
	case "see":
		// "travelling to Warsaw to see Tusk", not "to see off a rival".
		if i == 0 || i+1 >= len(f.toks) {
			return false
		}
		n := f.toks[i+1]
		switch f.toks[i-1].w {
		case "to":
			return n.w == "the" || isCapitalised(f.text[n.start:n.end])
		case "will", "would":
			// "where he will see Israeli Prime Minister Benjamin
			// Netanyahu"; not "will see the results".
			return isCapitalised(f.text[n.start:n.end])
		}
		return false
	case "sat", "sit":
		return f.satDownWith(i)
	case "met", "meet", "meeting":
		// "her wish could be met in Madrid": a passive is no meeting.
		if i > 0 {
			switch f.toks[i-1].w {
			case "be", "been", "being", "is", "was", "were", "are":
				if f.toks[i].w == "met" && f.byPerson(i) {
					return true // "was met at the airport by Foreign Minister Motegi"
				}
				return f.toks[i].w == "meeting" // "was meeting Xi" is one
			}
		}
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
		if p, ok := f.placeAt(sc, k); ok && (k >= len(toks) || !inSet(determinersSet, toks[k].w) || p.Start == toks[k].start || p.Place.Kind == places.Country && toks[k].w == "the" ||
			k+1 < len(toks) && (strings.HasSuffix(toks[k+1].w, "'s") || strings.HasSuffix(toks[k+1].w, "’s")) ||
			toks[k].w == "the" && f.theWholeName(p)) { // "visited the UK", "visit the company's Cologne plant", "toured the West Bank"
			if q, ok := f.facilityTown(sc, p, true); ok {
				p = q // "visited the US Embassy in Kyiv"
			}
			return f.list(sc, p)
		}
		if p, ok := f.prefixedSite(sc, k); ok {
			return []places.Match{p} // "will visit HMP Doncaster"
		}
		if w := toks[i].w; w == "visit" || w == "visits" || w == "visited" || w == "tour" || w == "tours" || w == "toured" || w == "touring" {
			if u, ok := f.datedUnknown(sc, k); ok {
				return []places.Match{u}
			}
			if u, ok := f.continentAt(k); ok && !f.stopNamedBeside(sc, u) && (strings.HasPrefix(toks[i].w, "tour") || !f.placesFollow(sc.index)) {
				return []places.Match{u} // "is touring Africa", "will next week visit Africa"
			}
		}
	}
	for gap := 0; k < len(toks) && gap < maxGap; gap++ {
		t := toks[k]
		if t.punct && t.w != "," || inSet(breakersSet, t.w) {
			return nil
		}
		if t.w == "," && k+1 < len(toks) && strings.HasSuffix(toks[k+1].w, "ing") {
			if c, ok := cueOf(toks[k+1].w); ok && c.kind == cueTravel {
				return nil // "will now travel on Friday, returning to Brussels": the participle's journey
			}
		}
		if gap == maxGap-1 && maxGap < 8 && (inSet(facilityNounsSet, t.w) || inSet(audienceNounsSet, t.w)) {
			// "visited the planemaker's final assembly line in Tianjin": a
			// long name of a venue, then its place.
			maxGap = 8
		}
		prep := inSet(preps, t.w) || t.w == "as" && k > 0 && toks[k-1].w == "such"
		if prep {
			if p, ok := f.placeAt(sc, k+1); ok {
				if q, ok := f.facilityTown(sc, p, true); ok {
					p = q // "visited the US Embassy in Kyiv"
				}
				return f.list(sc, p)
			}
			if gap == 0 && (t.w == "of" && (toks[i].w == "tour" || toks[i].w == "tours") || t.w == "to" && direct && continentVerb(toks[i].w)) {
				if u, ok := f.continentAt(k + 1); ok && !f.stopNamedBeside(sc, u) && (t.w == "of" || !f.placesFollow(sc.index)) {
					return []places.Match{u} // "a tour of Africa", "flew to Europe"
				}
			}
			if u, ok := f.facility(sc, k+1); ok {
				if p, ok := f.facilityTown(sc, u, false); ok {
					return f.list(sc, p)
				}
				return []places.Match{u}
			}
			if (t.w == "at" || t.w == "to") && k+2 < len(toks) && toks[k+1].w == "RAF" {
				// "visit troops at RAF Akrotiri in Cyprus": an air station
				// called after its village.
				if u, ok := f.unknownPlace(sc, k+2); ok {
					return []places.Match{u}
				}
			}
			if t.w == "in" || t.w == "to" {
				if u, ok := f.unknownPlace(sc, k+1); ok {
					return []places.Match{u}
				}
				if u, ok := f.islandsNamed(sc, k+1); ok {
					return []places.Match{u} // "flew to the Chatham Islands"
				}
				if t.w == "in" && k > 0 && inSet(facilityNounsSet, toks[k-1].w) {
					if u, ok := f.townAfterFacility(sc, k+1); ok {
						return []places.Match{u} // "a trip to the shipyard in Govan"
					}
				}
				if u, ok := f.capitalNamed(k + 1); ok {
					return []places.Match{u}
				}
				if (t.w == "to" || t.w == "in" && cueLabel(toks[i].w) == "arrives") && gap == 0 && direct {
					if u, ok := f.datedUnknown(sc, k+1); ok {
						return []places.Match{u} // "will travel to Glenmorrow on Dec. 3", "arrived in Glenmorrow on Tuesday"
					}
				}
			}
			if t.w == "of" && k > 0 && townNoun(toks[k-1].w) {
				// "will visit the flood-hit town of Glenmorrow": the noun
				// says it is a place.
				if u, ok := f.unknownTown(sc, k+1); ok {
					return []places.Match{u}
				}
			}
		}
		k++
	}
	return nil
}

// capitalNamed reads "the Azerbaijani capital" at token k as the city of
// that country the story has placed a stop or a gathering in.
func (f *finder) capitalNamed(k int) (places.Match, bool) {
	toks := f.toks
	if k+2 >= len(toks) || toks[k].w != "the" || toks[k+2].w != "capital" {
		return places.Match{}, false
	}
	country, ok := places.Demonym(capitalised(toks[k+1].w))
	if !ok {
		return places.Match{}, false
	}
	m := places.Match{Start: toks[k].start, End: toks[k+2].end}
	for j := len(f.legs) - 1; j >= 0; j-- {
		if l := f.legs[j]; l.Country == country && l.kind == places.City {
			m.Place = places.Place{Name: l.Place, Country: l.Country, Kind: l.kind}
			return m, true
		}
	}
	if f.eventKnown && f.eventPlace.Country == country && f.eventPlace.Kind == places.City {
		m.Place = f.eventPlace
		return m, true
	}
	return places.Match{}, false
}

// list extends a first destination with the places listed after it.
func (f *finder) list(sc *sentCtx, first places.Match) []places.Match {
	out := []places.Match{first}
	last := first.End
	for _, p := range f.placesOf(sc) {
		if p.Start < last {
			continue
		}
		if f.venueListGlue(first, last, p.Start) {
			// "an orphanage in Tanzania and a credit union in Mozambique":
			// a second venue, then its place.
			out = append(out, p)
			last = p.End
			continue
		}
		// Everything between the previous place and this one must be list glue.
		ok, comma := true, false
		for k, t := range f.toks {
			comma = comma || t.w == "," && t.start >= last && t.end <= p.Start
			// "Port Sudan on Thursday and N'Djamena on 3 December": a day
			// of its own between the stops.
			if t.start >= last && t.end <= p.Start && !inSet(listLinksSet, t.w) && !inSet(determinersSet, t.w) && !f.inDateTimex(t) && t.w != "on" && !inQual(sc.quals, t) {
				if town, ok := f.townOfRegion(sc, k, p); ok {
					// "Fort Worth, Texas, and Lexington, North Carolina": a
					// town the gazetteer lacks, placed by its region.
					out = append(out, town)
					last = p.End
				}
				ok = false
				break
			}
		}
		if !ok && last == p.End {
			continue
		}
		if !ok || f.saysAt(p.End) || f.clauseSubjectPlace(comma, p.End) {
			break // "will visit Algeria next April, the Vatican said": the source
		}
		out = append(out, p)
		last = p.End
	}
	if u, ok := f.listTail(sc, out, last); ok {
		out = append(out, u)
	}
	return out
}

// inQual reports token t inside a region that qualifies a town.
func inQual(quals []places.Match, t token) bool {
	for _, q := range quals {
		if t.start >= q.Start && t.end <= q.End {
			return true
		}
	}
	return false
}

// townOfRegion reads token k as a town the gazetteer lacks when a comma
// and the region or country p follow it at once: "Lexington, North
// Carolina". The last word before it must be list glue ("and").
func (f *finder) townOfRegion(sc *sentCtx, k int, p places.Match) (places.Match, bool) {
	toks := f.toks
	if p.Place.Kind == places.City || k+2 >= len(toks) || toks[k+1].w != "," || toks[k+2].start != p.Start || !inSet(listLinksSet, toks[k-1].w) {
		return places.Match{}, false
	}
	t, word, ok := f.townWord(sc, k, ".'’")
	if !ok {
		return places.Match{}, false
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: p.Place.Country, Kind: places.City}}, true
}

// saysAt reports a speech verb as the first token at or after byte offset
// pos.
func (f *finder) saysAt(pos int) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= pos })
	return k < len(f.toks) && inSet(speechVerbsSet, f.toks[k].w)
}

// facility makes a place of capitalised words followed by a facility noun
// that the gazetteer does not know: "Walter Reed hospital".
func (f *finder) facility(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if p, ok := f.hospitalTown(sc, k); ok {
		return p, true // "at University Hospital Limerick": the town
	}
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
	} else if f.dlOK {
		country = f.dl.Country
	}
	return places.Match{Start: toks[start].start, End: toks[k].end, Place: places.Place{Name: name, Country: country, Kind: places.City}}, true
}

// unknownPlace makes a town of a capitalised word the gazetteer does not
// know, after "in" or "to" ("talks with Prabowo in Bogor"), when the
// sentence names one country to put it in: a single word, not the start
// of a longer name, not a person, month, body or region.
func (f *finder) unknownPlace(sc *sentCtx, k int) (places.Match, bool) {
	if p, ok := f.prefixedTown(sc, k); ok {
		return p, true // "flew to São Jorge"
	}
	if p, ok := f.apposTown(sc, k); ok {
		return p, true // "in Yei, a town near the border"
	}
	t, word, ok := f.townWord(sc, k, ".'’")
	if !ok {
		return places.Match{}, false
	}
	if k+1 < len(f.toks) && !f.toks[k+1].punct && isCapitalised(f.text[f.toks[k+1].start:f.toks[k+1].end]) {
		return places.Match{}, false
	}
	country, ok := f.oneCountry(sc)
	if !ok || country == "" {
		return places.Match{}, false
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}, true
}

// islandsNamed reads "the Chatham Islands", "Norfolk Island" at token k,
// islands the gazetteer lacks: one or two capitalised words and the
// noun; the country is the sentence's one country, or the dateline's.
func (f *finder) islandsNamed(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	for end := k; end < len(toks) && end <= k+2; end++ {
		t := toks[end]
		if t.punct || !isCapitalised(f.text[t.start:t.end]) {
			return places.Match{}, false
		}
		word := f.text[t.start:t.end]
		if !strings.EqualFold(word, "islands") && !strings.EqualFold(word, "island") && !strings.EqualFold(word, "isles") {
			continue
		}
		if end == k || overlapsPerson(sc.persons, toks[k].start, t.end) {
			return places.Match{}, false
		}
		country, ok := f.oneCountryOrDateline(sc)
		if !ok {
			return places.Match{}, false
		}
		return places.Match{Start: toks[k].start, End: t.end,
			Place: places.Place{Name: f.text[toks[k].start:t.end], Country: country, Kind: places.City}}, true
	}
	return places.Match{}, false
}

// townNoun reports a noun that names a kind of settlement: "the town of".
func townNoun(w string) bool {
	switch w {
	case "town", "city", "village", "island", "port", "hamlet", "enclave", "settlement":
		return true
	}
	return false
}

// unknownTown makes a town of a capitalised word the gazetteer does not
// know after "the town of": one word, not the start of a longer name; the
// country is the sentence's one country, or the dateline's, or unknown.
func (f *finder) unknownTown(sc *sentCtx, k int) (places.Match, bool) {
	if p, ok := f.apposTown(sc, k); ok {
		return p, true // "will spend Saturday in Yei, a town near the border"
	}
	t, word, ok := f.townWord(sc, k, ".'’")
	if !ok || !hyphenTownOK(word) || k+1 < len(f.toks) && !f.toks[k+1].punct && isCapitalised(f.text[f.toks[k+1].start:f.toks[k+1].end]) {
		return places.Match{}, false
	}
	country, ok := f.oneCountryOrDateline(sc)
	if k >= 3 {
		if c, dem := places.Demonym(f.text[f.toks[k-3].start:f.toks[k-3].end]); dem {
			country, ok = c, true // "the Kenyan port of Lamu"
		}
	}
	if !ok {
		return places.Match{}, false
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}, true
}

// datedUnknown makes a town of a capitalised word the gazetteer does not
// know right after "visit" or "travel to" when a time follows at once:
// "has agreed to visit Glenmorrow on Dec. 3". The time is what tells a
// journey from "visit Siemens" or "travel to Brussels-based"; the country
// is the sentence's one country, or the dateline's, or unknown.
func (f *finder) datedUnknown(sc *sentCtx, k int) (places.Match, bool) {
	t, word, ok := f.townWord(sc, k, ".'’")
	if !ok || !hyphenTownOK(word) {
		return places.Match{}, false
	}
	j := k
	if j+1 < len(f.toks) && f.toks[j+1].w == "on" {
		j++
	}
	if _, ok := f.timeAfter(j); !ok {
		return places.Match{}, false
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return places.Match{}, false
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}, true
}

// townWord is token k when it could name a town the gazetteer lacks: a
// capitalised word of four letters or more without any of the runes in
// forbid, not a known non-town, a demonym or part of a person's name.
func (f *finder) townWord(sc *sentCtx, k int, forbid string) (token, string, bool) {
	if k >= len(f.toks) || k == 0 || f.toks[k].punct {
		return token{}, "", false
	}
	t := f.toks[k]
	word := f.text[t.start:t.end]
	if len(word) < 4 || !isCapitalised(word) || notTowns[strings.ToLower(word)] ||
		overlapsPerson(sc.persons, t.start, t.end) && !f.bareWordPerson(sc, t) && !f.namedTown(word) || strings.ContainsAny(word, forbid) {
		return token{}, "", false
	}
	if _, ok := places.Demonym(word); ok {
		return token{}, "", false
	}
	return t, word, true
}

// oneCountry is the country of the places the sentence names, "" when it
// names none; false when it names two countries (which one is meant?).
func (f *finder) oneCountry(sc *sentCtx) (string, bool) {
	country := ""
	for _, p := range f.placesOf(sc) {
		if country != "" && p.Place.Country != country {
			return "", false
		}
		country = p.Place.Country
	}
	return country, true
}

// oneCountryOrDateline is oneCountry, with the dateline's country when the
// sentence names none: where a town the gazetteer lacks must be.
func (f *finder) oneCountryOrDateline(sc *sentCtx) (string, bool) {
	country, ok := f.oneCountry(sc)
	if ok && country == "" && f.dlOK {
		country = f.dl.Country
	}
	return country, ok
}

// isPlaceName guards against a place taken for a person ("North Dorset"),
// or a venue named after one ("Windsor Castle").
func isPlaceName(name string) bool {
	if _, ok := places.Lookup(name); ok || geoFeatureName(name) {
		return true
	}
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 || !venueNoun(name[sp+1:]) {
		return false
	}
	_, ok := places.Lookup(name[:sp])
	return ok
}

// venueNoun reports a word that ends the name of a building or site
// called after its place: "Windsor Castle", "Tapa Barracks".
func venueNoun(w string) bool {
	switch len(w) {
	case 4:
		return strings.EqualFold(w, "hall") || strings.EqualFold(w, "base") || strings.EqualFold(w, "park")
	case 5:
		return strings.EqualFold(w, "house") || strings.EqualFold(w, "abbey")
	case 6:
		return strings.EqualFold(w, "castle") || strings.EqualFold(w, "palace") || strings.EqualFold(w, "square")
	case 7:
		return strings.EqualFold(w, "airport") || strings.EqualFold(w, "stadium")
	case 8:
		return strings.EqualFold(w, "barracks")
	case 9:
		return strings.EqualFold(w, "cathedral")
	}
	return false
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

func (f *finder) travel(sc *sentCtx, i int, c cue) {
	toks := f.toks
	w := toks[i].w
	if f.craftGerund(sc, i) {
		return // "as a result of Air Force One landing at Frankfurt": the craft's
	}
	// Verbs that only travel with a direction word.
	switch w {
	case "open", "opens", "opened":
		// "open the Canadian parliament": an object follows; not "an open
		// letter", "talks which open on Monday", "opened up".
		k := i + 1
		if i > 0 && (inSet(determinersSet, toks[i-1].w) || toks[i-1].w == "which") || k >= len(toks) ||
			!inSet(determinersSet, toks[k].w) && !isCapitalised(f.text[toks[k].start:toks[k].end]) {
			return
		}
	case "accompany", "accompanies", "accompanied", "accompanying":
		f.accompany(sc, i, c)
		return
	case "holidaying", "holidayed", "vacationing", "vacationed", "holiday", "vacation":
		f.holiday(sc, i, c)
		return
	case "perform", "performs", "performed", "performing", "play", "plays", "played", "playing":
		f.perform(sc, i, c)
		return
	case "head", "heads", "headed", "heading", "go", "goes", "went", "going", "proceed", "proceeds", "proceeded":
		if i+1 >= len(toks) || (toks[i+1].w != "to" && toks[i+1].w != "for" && toks[i+1].w != "back" && !f.onToPlace(sc, i) && !f.timeThenTo(i)) {
			return
		}
	case "come", "comes", "came", "coming":
		// "will come to Montevideo on Dec. 1": "to" and a place right
		// after; not "came to power", "comes to a head".
		if i+2 >= len(toks) || toks[i+1].w != "to" {
			return
		}
		if _, ok := f.placeAt(sc, i+2); !ok || youthVisit(sc.sp.Text) {
			return // "first came to New Zealand as an 18-year-old": a life story, no journey
		}
	case "take", "takes", "took", "taking":
		// "a tour that also took him to Jakarta and Singapore": the one
		// taken travels.
		if i+2 >= len(toks) || toks[i+2].w != "to" {
			return
		}
		for _, m := range sc.persons {
			if m.Start == toks[i+1].start {
				p, ok := f.placeAt(sc, i+3)
				if !ok {
					return
				}
				if !f.negated(i) {
					before := len(f.legs)
					f.addLeg(sc, i, c, m.Person, f.list(sc, p))
					for j := before; j < len(f.legs); j++ {
						if l := &f.legs[j]; l.tense == newsbot.StatusScheduled && l.Date == "" {
							// "a tour that will also take him to Sudan and
							// Chad": stops to come, after the one told.
							l.order = true
						}
					}
				}
				return
			}
		}
		return
	case "join", "joins", "joined", "joining":
		// "will join his team-mates in Galle", "joined the delegation at
		// Davos": an object, then the place. Not "joined Liverpool as chief
		// executive", "joined the EU in May", "was joined by".
		if i+1 >= len(toks) || toks[i+1].w == "by" || toks[i+1].w == "in" {
			return
		}
		if n := toks[i+1]; isCapitalised(f.text[n.start:n.end]) {
			if _, ok := f.placeAt(sc, i+1); ok {
				return // "joined Liverpool": a club, an alliance
			}
		}
		gathering := false // "will join the leaders on Tuesday": the summit's place
		for k := i + 2; k < len(toks) && k <= i+6; k++ {
			t := toks[k]
			if t.punct || inSet(breakersSet, t.w) {
				break
			}
			if n, ok := f.joinedJourney(k); ok {
				// "is to join the health secretary in a visit to Leeds":
				// the one who joins goes too (the noun's own traveller is
				// the one joined).
				f.addLegs(sc, i, c, f.destinations(sc, n, 3, destPrepsSet, false))
				return
			}
			if t.w == "in" || t.w == "at" {
				if p, ok := f.placeAt(sc, k+1); ok && !f.namePart(p) {
					f.addLegs(sc, i, c, f.list(sc, p))
				}
				return
			}
			gathering = gathering || isEventNoun(t.w) || t.w == "leaders" || t.w == "delegates"
		}
		if gathering && toks[i+1].w == "the" {
			if dests := f.eventDests(sc, i, i+6, sc.hasEvent || sc.index-f.eventSent <= 3); len(dests) > 0 {
				// "will not travel to Brussels on Thursday but will join the
				// summit on Friday": the joining has its own clause's day.
				f.addLegsOwnDay(sc, i, c, dests)
			}
		}
		return
	case "step", "steps", "stepped", "stepping":
		f.stepOff(sc, i, c)
		return
	case "touch", "touches", "touched", "touching":
		// "touched down in Jakarta", not "touched down for Fiji" (a try).
		if i+2 >= len(toks) || toks[i+1].w != "down" || toks[i+2].w != "in" && toks[i+2].w != "at" {
			return
		}
	case "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing":
		// "left for Baghdad": the place after "for" is where he goes;
		// "left Tehran" names where he was.
		fk, leftFrom := i+1, false
		if k, ok := f.timeAfter(i); ok && k < len(toks) && toks[k].w == "for" {
			fk = k // "departs Friday for": the day aside
		} else if k, ok := f.leftPlaceFor(sc, i); ok {
			fk = k // "will leave Moscow on Wednesday for Minsk"
			leftFrom = true
		}
		if fk >= len(toks) || toks[fk].w != "for" || !f.subjectClose(sc, i) {
			return
		}
		if p, ok := f.placeAt(sc, fk+1); ok {
			before := len(f.legs)
			f.addLegs(sc, i, c, []places.Match{p})
			tx, arrives := f.whereDay(sc, p.End)
			for j := before; j < len(f.legs); j++ {
				f.legs[j].leftFrom = leftFrom
				if arrives {
					// "departs Wednesday for Singapore, where he will address
					// the forum on Saturday": the stop's day, not the
					// departure's.
					f.legs[j].Date, f.legs[j].WhenText = dateValue(tx.Value), f.whenText(tx)
				}
			}
			return
		}
		// "departs Friday for a weekend at his resort in Scotland".
		f.addLegs(sc, i, c, f.destinations(sc, fk, 8, inAtSet, false))
		return
	case "return", "returns", "returned", "returning":
		// Only "return to <place>": "returned to training in London",
		// "return to the negotiating table" are no journeys.
		k := i + 1
		if k < len(toks) && toks[k].w == "back" {
			k++
		}
		if p, ok := f.returnedFrom(sc, i); ok {
			// "returned on Sunday from Addis Ababa": he was there until then.
			before := len(f.legs)
			f.addLegs(sc, i, c, []places.Match{p})
			since := i > 0 && (toks[i-1].w == "since" || toks[i-1].w == "after" || toks[i-1].w == "upon" || toks[i-1].w == "on")
			for j := before; j < len(f.legs); j++ {
				f.legs[j].home = false
				f.legs[j].acts = []string{"visit"}
				if since {
					f.legs[j].tense = newsbot.StatusDone // "since returning from his holiday in Egypt"
				}
				if f.legs[j].WhenText != "" && isDay(f.legs[j].Date) {
					f.legs[j].WhenText = "until " + strings.TrimPrefix(f.legs[j].WhenText, "on ")
				}
			}
			return
		}
		if k >= len(toks) || toks[k].w != "to" {
			return
		}
		p, ok := f.placeAt(sc, k+1)
		if !ok {
			return
		}
		f.addLegs(sc, i, c, []places.Match{p})
		return
	case "cross", "crosses", "crossed":
		f.crossInto(sc, i, c) // "crosses into Uganda", never "crossed to the striker"
		return
	case "spend", "spends", "spent", "spending":
		// "spent Thursday in Kyiv", "will spend two days in Oslo": a time
		// right after the verb, then the place; "spent £2bn in" is no stay.
		k, ok := f.timeAfter(i)
		if ok && k+2 < len(toks) && strings.HasSuffix(toks[k].w, "ing") && toks[k+1].w == "in" {
			k++ // "will spend the weekend campaigning in Kent"
		}
		if ok && k+1 < len(toks) && (toks[k].w == "on" || toks[k].w == "with") {
			// "spent Tuesday on the factory floor in Monterrey", "spent
			// Monday with workers at the plant in Puebla": a short phrase,
			// then the place.
			for n, j := 0, k+1; n < 5 && j+1 < len(toks); n, j = n+1, j+1 {
				if toks[j].punct || inSet(breakersSet, toks[j].w) {
					break
				}
				if toks[j].w == "in" {
					k = j
					break
				}
			}
		}
		if !ok || k+1 >= len(toks) || toks[k].w != "in" && toks[k].w != "at" {
			return
		}
		if p, ok := f.placeAt(sc, k+1); ok {
			f.addLegs(sc, i, c, []places.Match{p})
		} else if u, ok := f.unknownTown(sc, k+1); ok && toks[k].w == "in" {
			f.addLegs(sc, i, c, []places.Match{u}) // "will spend Friday in Nijmegen": a town the gazetteer lacks
		}
		return
	case "invited", "invites":
		f.invitedTo(sc, i, c)
		return
	case "rally":
		// "has cancelled a rally in Truro planned for Saturday"; not "a
		// rally in oil prices", "thousands joined a rally in London".
		if f.closingRally(sc, i, c) {
			return // "will close the campaign with a final rally in Gdansk"
		}
		if i < 2 || !inSet(determinersSet, toks[i-1].w) && toks[i-1].w != "his" && toks[i-1].w != "her" {
			return
		}
		switch toks[i-2].w {
		case "cancelled", "canceled", "postponed", "scrapped", "addressed", "addresses", "address":
		case "held", "holds", "hold", "holding", "staged":
			if _, ok := f.closingSubject(sc, i-2); !ok {
				return // "said activists held a rally in London": not the one named
			}
		default:
			if !f.rallyBy(sc, i-2) {
				return // "will headline a rally in Denver"
			}
		}
	case "speech", "lecture", "keynote":
		f.speechNoun(sc, i, c)
		return
	case "concert", "concerts", "gig", "gigs", "recital", "show":
		f.showNoun(sc, i, c)
		return
	case "address", "addressed", "addressing", "speak", "speaks",
		"inaugurate", "inaugurates", "inaugurated", "inaugurating", "wreath",
		"celebrate", "celebrates", "celebrated", "celebrating",
		"appear", "appears", "appeared", "appearing", "appearance", "rallied", "rallying",
		"report", "reports", "reported", "reporting", "brief", "briefs", "briefed", "briefing",
		"present", "presents", "presented", "presenting", "represent", "represents", "representing":
		f.appearance(sc, i, c)
		return
	case "pulled", "pulls", "withdrew", "withdraws", "skip", "skips", "skipped", "skipping":
		f.withdrawal(sc, i, c)
		return
	case "represented":
		if i > 0 && toks[i-1].w != "be" && toks[i-1].w != "been" && toks[i-1].w != "was" && toks[i-1].w != "were" && toks[i-1].w != "is" && f.atGatheringAfter(i+1) {
			f.appearance(sc, i, cue{cueAttend, tensePast, "attends"}) // "represented Spain at a summit in Riga"
			return
		}
		f.representedBy(sc, i, c)
		return
	case "stop", "stops", "stopped", "stopping":
		if i+1 < len(toks) && toks[i+1].w == "by" {
			// "would be stopping by": the place is the one in the sentence.
			f.addLegs(sc, i, c, f.placesOf(sc))
			return
		}
	}
	if c.kind == cueAttend && i+1 < len(toks) && toks[i+1].w == "by" && f.attendedBy(sc, i, c) {
		return
	}
	if c.tense == tensePast && c.kind != cueHost && c.label != "arrives" && i+1 < len(toks) && toks[i+1].w == "by" {
		return // "attended by the leaders of Sweden", "visited by": others come
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
		preps := destPrepsSet
		if w == "arrival" {
			preps = inAtSet // "the arrival of US president George W Bush" is no destination
			if i+1 < len(toks) && toks[i+1].w == "back" {
				return // "on arrival back in Sydney": home
			}
		}
		dests = f.destinations(sc, i, 3, preps, false)
		if len(dests) == 0 {
			dests = f.gatheringPlace(sc, i)
		}
		if len(dests) == 0 {
			dests = f.stopVenueTown(sc, i) // "a stop at a dairy cooperative in Aurillac"
		}
	default:
		dests = f.destinations(sc, i, 5, destPrepsSet, true)
		if len(dests) == 0 && c.kind == cueTravel && i+1 < len(toks) && toks[i+1].w == "here" {
			// "arrived here Wednesday" under a BRASILIA dateline.
			if dp, ok := f.dl, f.dlOK; ok {
				dests = []places.Match{{Place: dp, Start: toks[i+1].start, End: toks[i+1].end}}
			}
		}
	}
	if len(dests) == 0 {
		dests = f.placeBeforeNoun(sc, i) // "his Brazil trip", "a three-day Kenya visit"
	}
	if len(dests) == 0 && c.kind == cueTravel {
		dests = f.settlementsOf(sc, i) // "will visit the plant and the nearby villages of Kippax and Garforth"
		if len(dests) == 0 {
			dests = f.placeByReference(sc, i) // "will visit the port on Friday": the port named before
		}
		if len(dests) == 0 && f.thereLegs(sc, i, c) {
			return // "said he would travel there" (kinds11.go)
		}
	}
	for n, d := range dests {
		// "visited Brazil in November 2024 for the G20 summit in Rio de
		// Janeiro": the summit's city is the stop.
		if d.Place.Kind == places.Country && sc.hasEvent && sc.event.Start > d.End && sc.event.Place.Kind != places.Country &&
			sc.event.Place.Country == d.Place.Country {
			dests[n] = sc.event
		}
	}
	if c.kind == cueNoun && len(dests) > 0 && f.plannedNoun(i) && f.placeTold(dests[0].Place.Name) {
		// "The trip to Canberra was first mooted last year": the time is
		// the plan's, and the journey is the one told before.
		return
	}
	// "visits by French President Emmanuel Macron and ...": the travellers
	// follow; the place is the sentence's other destination.
	if (w == "visit" || w == "visits" || w == "trip" || w == "trips") && i+1 < len(toks) && toks[i+1].w == "by" {
		if !f.futureAfter(i) {
			c.tense = tensePast // "visits by French President Emmanuel Macron": made
		}
		f.visitsBy(sc, i, i+1, c, dests)
		return
	}
	if (w == "visit" || w == "trip") && i > 0 && (toks[i-1].w == "a" || toks[i-1].w == "the") {
		// "a visit on Friday by Transport Secretary Helen Marsh to the
		// depot": the day between the noun and its travellers; the
		// tense is the sentence's.
		j := i
		if i+1 < len(toks) && toks[i+1].w == "on" {
			j = i + 1
		}
		if k, ok := f.timeAfter(j); ok && k < len(toks) && toks[k].w == "by" {
			f.visitsBy(sc, i, k, c, dests)
			return
		}
	}
	if len(dests) == 0 && c.kind == cueAttend && f.purposeAct(sc, i, c) {
		return
	}
	earlier := false // the gathering was placed in a sentence before
	if len(dests) == 0 && c.kind == cueAttend {
		dests = f.eventDests(sc, i, i+6, true)
		if len(dests) > 0 && dests[0].Start < toks[i].start {
			// "en route to Brussels, where she is due to attend a meeting
			// on Tuesday": the attendance has its clause's day.
			f.addLegsOwnDay(sc, i, c, dests)
			return
		}
		earlier = len(dests) > 0 && !sc.hasEvent && f.eventDaySet
	}
	if (c.kind == cueNoun || f.journeyNoun(i)) && (len(dests) == 0 || dests[0].Place.Kind == places.Country) {
		if more := f.takesIn(sc, i); len(more) > 0 {
			// "The defence secretary's tour of the Baltic states next week
			// will take in Tallinn, Riga and Vilnius": the stops.
			f.addLegs(sc, i, c, more)
			return
		}
	}
	if len(dests) == 0 && (w == "trip" || w == "journey" || w == "visit") && f.negated(i) && f.declinedTrip(sc, i) {
		return
	}
	if len(dests) == 0 && (w == "visit" || w == "trip") && i > 0 && (toks[i-1].w == "the" || toks[i-1].w == "The") && f.theVisitDay(sc, i) {
		return
	}
	if len(dests) == 0 && (w == "visit" || w == "tour") && i > 0 && !inSet(determinersSet, toks[i-1].w) {
		if p, ok := f.frontedAt(sc, i); ok {
			// "In Barcelona, he is expected to visit the Sagrada Familia
			// on June 8": the place the sentence opens with.
			f.addLegs(sc, i, c, []places.Match{p})
			return
		}
	}
	if len(dests) == 0 && (w == "visit" || w == "trip" || w == "tour") {
		if p, ok := f.onVisitThere(sc, i); ok {
			// "sailed on a lake in Bromsgrove while on a visit with
			// the education secretary": the visit is where the clause is,
			// and the one named after "with" went along.
			before := len(f.legs)
			f.addLegs(sc, i, c, []places.Match{p})
			if len(f.legs) > before && i+1 < len(toks) && toks[i+1].w == "with" {
				if m, _, ok := f.personAfterWith(sc, toks[i].end); ok && m.Person != f.legs[before].person {
					f.addLeg(sc, i, c, m.Person, []places.Match{p})
				}
			}
			return
		}
	}
	if len(dests) == 0 && (w == "visit" || w == "trip" || w == "leg" || w == "stop" || w == "journey" || w == "tour") {
		if !f.offNamedStop(sc, i, c) { // "The Warsaw leg has been postponed"
			f.calledOffBefore(sc, i)
		}
		return
	}
	if len(dests) == 0 && f.rescheduled(sc, i, c) {
		return
	}
	if len(dests) == 0 && (c.label == "arrives" || f.flewIn(i)) && w != "touched" && w != "touch" && w != "touches" && w != "touching" {
		f.arrivalOnly(sc, i, c)
		return
	}
	if len(dests) == 0 {
		return
	}
	if c.kind == cueNoun && f.endsJourney(i) {
		// "travels to Bogota on Aug. 12 and ends his trip in Santiago":
		// the last stop comes after the day told before it.
		before := len(f.legs)
		f.addLegsEventDay(sc, i, c, dests, earlier)
		if !f.dayAfter(sc, i) {
			for j := before; j < len(f.legs); j++ {
				if l := &f.legs[j]; isDay(l.Date) {
					l.After, l.Date, l.WhenText, l.order, l.later = l.Date, "", "later", true, true
				}
			}
		}
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
	f.addLegsEventDay(sc, i, c, dests, earlier)
}

// appearance adds the leg of a visit told by what the traveller does
// there: "address a business forum in Shenzhen", "speak at the summit",
// "inaugurate a power line in Abuja", "lay a
// wreath at the war memorial". The object must be a gathering, an
// audience or a building ("address concerns in Ukraine" is no visit); the
// place follows "in"/"at", else it is the place before ", where", else
// the gathering's.
func (f *finder) appearance(sc *sentCtx, i int, c cue) {
	toks := f.toks
	if f.remote(i) {
		return // "will address the forum in Honiara by video on Friday"
	}
	k := i + 1
	obj := false
	gathering := false // the object must be a gathering or an audience, not a building
	switch toks[i].w {
	case "speak", "speaks":
		if k >= len(toks) || toks[k].w != "at" {
			return
		}
		obj = true
	case "speaking", "spoke", "told":
		// Sent by speechAtGathering: a gathering must be the object.
		gathering = true
	case "represent", "represents", "representing", "represented":
		// "will represent the G8 at the conference in Jakarta"; not
		// "represents Leeds in parliament" (no gathering).
		if !f.atGatheringAfter(k) {
			return
		}
		gathering = true
	case "appear", "appears", "appeared", "appearing":
		// "will appear at a rally in Detroit"; not "appeared at
		// Westminster Magistrates' Court", "appeared to".
		if k >= len(toks) || toks[k].w != "at" {
			return
		}
		gathering = true
	case "appearance":
		// "following his appearance at the music awards in Berlin",
		// "will make her first appearance at a festival in Lisbon": the
		// noun owned by its traveller, then "at" a gathering or a show.
		if k < len(toks) && (toks[k].w == "in" || toks[k].w == "at") && f.madeAppearance(i) {
			obj = true // "made a surprise appearance in Davos": the place at once
			break
		}
		if k >= len(toks) || toks[k].w != "at" || !f.ownedNoun(i) {
			return
		}
		gathering = true
	case "rallied", "rallying":
		// "rallied supporters in Des Moines"; not "shares rallied".
		if k >= len(toks) || !inSet(audienceNounsSet, toks[k].w) {
			return
		}
		gathering = true
	case "wreath":
		if i < 2 || !layVerb(toks[i-2].w) {
			return // "lay a wreath", "laid a wreath"
		}
		obj = true
	case "report", "reports", "reported", "reporting":
		// "will report to the Security Council in New York"; not "a
		// report to", "reported to police in" (no body of the kind).
		if i > 0 && inSet(determinersSet, toks[i-1].w) || k >= len(toks) || toks[k].w != "to" {
			return
		}
		k++
		gathering = true
	case "present", "presents", "presented", "presenting":
		// "will present results at a conference in Oslo"; not "at
		// present", "the present", "were presented at" (no traveller).
		if i == 0 || inSet(determinersSet, toks[i-1].w) || inSet(pastWordsSet, toks[i-1].w) || inSet(presentWordsSet, toks[i-1].w) ||
			toks[i-1].w == "at" || toks[i-1].w == "been" || toks[i-1].w == "be" {
			return
		}
		gathering = true
	case "brief", "briefs", "briefed", "briefing":
		// "will brief the African Union in Addis Ababa"; not "a brief
		// stop", "a briefing in".
		if i > 0 && (inSet(determinersSet, toks[i-1].w) || toks[i-1].w == "in") || k < len(toks) && (toks[k].w == "on" || toks[k].w == "in" || toks[k].w == "at" || toks[k].w == "that") {
			return
		}
		gathering = true
	case "address":
		// "an address to the summit": a noun.
		if i > 0 && (inSet(determinersSet, toks[i-1].w) || strings.HasSuffix(toks[i-1].w, "'s") || strings.HasSuffix(toks[i-1].w, "’s")) ||
			k < len(toks) && (toks[k].w == "to" || toks[k].w == "by" || toks[k].w == "from") {
			return
		}
	}
	var dests []places.Match
	end := k
	for n := 0; k < len(toks) && n < 9; n, k = n+1, k+1 {
		t := toks[k]
		if t.punct && t.w != "'s" || inSet(breakersSet, t.w) || n > 0 && inSet(topicMarkersSet, t.w) && t.w != "on" {
			break
		}
		end = k + 1
		w := strings.TrimSuffix(strings.TrimSuffix(t.w, "'s"), "’s")
		if isCapitalised(w) {
			w = strings.ToLower(w) // "the Senate": the tokens lower-case only the words of the rules
		}
		if isEventNoun(w) || inSet(audienceNounsSet, w) || inSet(facilityNounsSet, w) && !gathering || bodyNoun(w) || gathering && (showNouns[w] || w == "awards") {
			obj = true
			continue
		}
		if (t.w == "in" || t.w == "at") && obj {
			if p, ok := f.placeAt(sc, k+1); ok && !f.namePart(p) {
				dests = f.list(sc, p)
				break
			}
		}
	}
	if !obj {
		return
	}
	earlier := false // the gathering was placed in a sentence before
	if len(dests) == 0 {
		// A gathering placed many paragraphs before may be another one
		// of its kind ("the convention").
		dests = f.eventDests(sc, i, end, sc.hasEvent || sc.index-f.eventSent <= 3)
		if len(dests) > 0 && dests[0].Start < toks[i].start {
			f.addLegsOwnDay(sc, i, c, dests) // the place before ", where"
			return
		}
		earlier = len(dests) > 0 && !sc.hasEvent && f.eventDaySet
	}
	if len(dests) == 0 && f.purposeAct(sc, i, c) {
		return
	}
	if len(dests) == 0 {
		// "will visit Kenya in May. In Nairobi, he will address
		// parliament": a city of the country the traveller's stop told
		// before is in ("In Beirut, the pope celebrated Mass" alone is an
		// aside).
		if p, ok := f.frontedAt(sc, i); ok && f.legInCountry(f.subject(sc, i), p.Place.Country) {
			dests = []places.Match{p}
		}
	}
	if len(dests) == 0 {
		f.dayOnly(sc, i, c, false) // "address a joint sitting of Congress on Wednesday"
		return
	}
	before := len(f.legs)
	f.addLegsEventDay(sc, i, c, dests, earlier)
	if toks[i].w == "appearance" && f.followingOwned(i) {
		// "arrived on Friday following his appearance at the awards in
		// Rome": the show came before the main clause's day.
		for j := before; j < len(f.legs); j++ {
			f.legs[j].Date, f.legs[j].prior = "", true
		}
	}
	if gathering {
		f.appearsWith(sc, dests[len(dests)-1].End, before)
	}
}

// appearsWith adds to the legs from before on the one named after "with"
// past the place ending at byte offset end, in the same clause: "will
// appear at a rally in Detroit on Saturday with Senate hopeful Mallory
// McMorrow".
func (f *finder) appearsWith(sc *sentCtx, end, before int) {
	m, _, ok := f.personAfterWith(sc, end)
	if !ok {
		return
	}
	for j := before; j < len(f.legs); j++ {
		if l := &f.legs[j]; l.person != m.Person {
			l.Counterparts = appendNew(l.Counterparts, f.cast.People[m.Person].Name)
		}
	}
}

// personAfterWith finds the first "with" past byte offset end in the
// clause and the person named within 40 bytes after it, with the index of
// that "with" token.
func (f *finder) personAfterWith(sc *sentCtx, end int) (people.Mention, int, bool) {
	for k, t := range f.toks {
		if t.start < end {
			continue
		}
		if t.punct || inSet(breakersSet, t.w) {
			break
		}
		if t.w != "with" {
			continue
		}
		for _, m := range sc.persons {
			if m.Start > t.end && !f.breakBetween(t.end, m.Start) && m.Start-t.end < 40 {
				return m, k, true
			}
		}
		break
	}
	return people.Mention{}, 0, false
}

// hostWith adds to the legs from before the host named after "with" past
// the place ending at byte offset end, in the clause: "ends his tour in
// Accra on Friday with Ghanaian President John Mahama". Only one of the
// place's country, not the traveller's, is a host; others may travel along
// ("flew to Kyiv with his defence minister").
func (f *finder) hostWith(sc *sentCtx, end, before int) {
	if before >= len(f.legs) {
		return
	}
	m, k, ok := f.personAfterWith(sc, end)
	if !ok || f.absoluteSubject(m) || f.subjectAfter(sc, k+1) {
		return // "with Lula due to arrive": a clause of its own
	}
	if k > 0 && f.toks[k-1].w != "," {
		if c, ok := f.toks[k-1].cueOf(); ok && c.kind == cueMeet {
			return // "for talks with Jeri on Wednesday": the meeting's, on its own day (see meeting)
		}
	}
	if k+1 < len(f.toks) && (f.toks[k+1].w == "his" || f.toks[k+1].w == "her" || f.toks[k+1].w == "their") && before < len(f.legs) {
		// "will travel to Brasilia on Friday with her foreign minister,
		// Elmer Schialer": one of the traveller's own goes along.
		if l := f.legs[before]; l.person >= 0 && l.person != m.Person {
			f.copyLegs(sc, l.person, f.toks[k].start, []int{m.Person})
		}
		return
	}
	home := f.personCountry(m.Person)
	if l := f.legs[before]; l.person >= 0 && l.person != m.Person && f.titledCompanion(m, home, f.personCountry(l.person)) {
		// "will travel to Peru on Monday with Foreign Minister Jose
		// Manuel Albares": a minister of no other country goes along.
		f.copyLegs(sc, l.person, f.toks[k].start, []int{m.Person})
		return
	}
	for j := before; j < len(f.legs); j++ {
		l := &f.legs[j]
		if l.person != m.Person && home != "" && home == l.Country && home != f.personCountry(l.person) {
			l.Counterparts = appendNew(l.Counterparts, f.cast.People[m.Person].Name)
		}
	}
}

// titledCompanion reports the person of mention m, named with a title of
// office and no country ("Foreign Minister Jose Manuel Albares"), as one
// of the traveller's own: of the traveller's country (own) or of none
// known (home).
func (f *finder) titledCompanion(m people.Mention, home, own string) bool {
	if home != "" && home != own {
		return false
	}
	ws := strings.Fields(m.Text)
	if len(ws) < 3 {
		return false
	}
	if _, dem := places.Demonym(ws[0]); dem {
		return home == own && own != "" // "Spanish Foreign Minister ..." with a Spanish traveller
	}
	switch strings.ToLower(ws[0]) {
	case "minister", "foreign", "defence", "defense", "trade", "finance", "economy", "interior", "deputy", "secretary", "first":
		return true
	}
	return false
}

// addLegsEventDay adds the legs of the cue at token i; when the place is
// a gathering's told in a sentence before (earlier), an undated leg takes
// its day: "Gulf leaders met in Kuwait on Sunday for their summit.
// Mohammed bin Salman attended the meeting".
func (f *finder) addLegsEventDay(sc *sentCtx, i int, c cue, dests []places.Match, earlier bool) {
	before := len(f.legs)
	f.addLegs(sc, i, c, dests)
	if !earlier {
		return
	}
	for j := before; j < len(f.legs); j++ {
		if l := &f.legs[j]; l.Date == "" {
			l.Date, l.WhenText = dateValue(f.eventDay.Value), f.whenText(f.eventDay)
		}
	}
}

// sentenceDay is the first timex of the sentence that names a day.
func (f *finder) sentenceDay(sc *sentCtx) (newsbot.Timex, bool) {
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= sc.sp.End {
			break
		}
		if tx.End <= f.storyStart {
			continue // "EVIAN-LES-BAINS, France, June 10 (Reuters) -": the filing day
		}
		before := f.text[max(sc.sp.Start, tx.Start-9):tx.Start]
		if strings.HasSuffix(before, "said ") || strings.HasSuffix(before, "said on ") || strings.HasSuffix(before, "says ") {
			continue // "his office said Thursday": the day of the telling
		}
		if isDay(dateValue(tx.Value)) {
			return tx, true
		}
	}
	return newsbot.Timex{}, false
}

// accompany sends a companion where the one accompanied goes: "Jodie
// Haydon will accompany him" (the legs told before), "will be accompanied
// by Jared Kushner", "will accompany the king to Kenya". Within a journey's
// own sentence ("Rubio, accompanied by Hegseth, will travel to") the
// companions are read by addLegs.
func (f *finder) accompany(sc *sentCtx, i int, c cue) {
	toks := f.toks
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].w == "who" || toks[k].w == "which" || toks[k].punct {
			if toks[k].w != "," {
				return // "Douglas Alexander, who was to accompany her, will still travel": an aside
			}
			break
		}
	}
	host, companions := -1, []int(nil)
	if toks[i].w == "accompanied" && i+1 < len(toks) && toks[i+1].w == "by" {
		host = f.subject(sc, i)
		for _, m := range sc.persons {
			if m.Start < toks[i+1].end || m.Person == host || m.Kind == people.Pronoun {
				continue
			}
			if k := f.tokenBeforeTitle(m); k == i+1 || k > i+1 && toks[k].w == "and" ||
				k == i+2 && (toks[k].w == "his" || toks[k].w == "her" || toks[k].w == "their") { // "accompanied by her foreign minister Elmer Schialer"
				companions = append(companions, m.Person)
			}
		}
	} else {
		comp := f.subject(sc, i)
		for _, m := range sc.persons {
			if m.Start > toks[i].end {
				if f.tokenBeforeTitle(m) == i || m.Start == toks[min(i+1, len(toks)-1)].start || m.Start == toks[min(i+2, len(toks)-1)].start {
					host = m.Person
					if m.Kind == people.Pronoun && (host == comp || !f.hasLeg(host)) {
						// "The Scottish Secretary, Douglas Alexander, will
						// accompany him": not himself, nor one who goes
						// nowhere; the traveller of the plan told last.
						host = f.plannedTraveller(sc, comp)
					}
				}
				break
			}
		}
		if comp >= 0 && comp != host {
			companions = []int{comp}
			if q := f.coSubject(sc, i, comp); q >= 0 && q != host {
				companions = append(companions, q) // "Peng Liyuan and Wang Yi are accompanying him"
			}
		}
	}
	if host < 0 || len(companions) == 0 {
		return
	}
	for _, j := range sc.legs {
		if f.legs[j].person == host {
			if toks[i].w == "accompanied" && i > 0 && toks[i-1].w == "," {
				// "flew to Nairobi on Monday, accompanied by Foreign
				// Minister Priya Rao": the companions make the journey
				// told before.
				f.copyLegs(sc, host, toks[i].start, companions)
			}
			return // the journey's own sentence: see companions
		}
	}
	if dests := f.destinations(sc, i, 6, destPrepsSet, false); len(dests) > 0 {
		// "will accompany the king to Kenya": both go.
		f.addLeg(sc, i, c, host, dests)
		for _, q := range companions {
			f.addLeg(sc, i, c, q, dests)
		}
		return
	}
	// "Jodie Haydon will accompany him": the host's journey told in the
	// three sentences before.
	n := len(f.legs)
	for k := 0; k < n; k++ {
		if l := f.legs[k]; l.person == host && l.sentence < sc.index && sc.index-l.sentence <= 3 && l.Place != "" && !l.home {
			for _, q := range companions {
				cp := l
				cp.person, cp.Traveler = q, f.cast.People[q].Name
				cp.Counterparts, cp.acts = nil, []string{"visit"}
				cp.sentence, cp.Evidence, cp.Start, cp.End = sc.index, sc.sp.Text, sc.sp.Start, sc.sp.End
				f.legs = append(f.legs, cp)
			}
		}
	}
}

// joinedAfter are the people named right after ", joined by" past byte
// offset end in the clause, other than p: they travel along.
func (f *finder) joinedAfter(sc *sentCtx, end, p int) []int {
	toks := f.toks
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= end })
	for ; k+2 < len(toks); k++ {
		if toks[k].punct && toks[k].w != "," || inSet(breakersSet, toks[k].w) {
			return nil
		}
		if toks[k].w == "," && toks[k+1].w == "joined" && toks[k+2].w == "by" {
			break
		}
	}
	if k+2 >= len(toks) {
		return nil
	}
	var out []int
	for _, m := range sc.persons {
		if m.Start <= toks[k+2].end || m.Person == p || m.Kind == people.Pronoun {
			continue
		}
		if j := f.tokenBeforeTitle(m); j == k+2 || j > k+2 && toks[j].w == "and" {
			out = append(out, m.Person)
		}
	}
	return out
}

// copyLegs gives each of others the legs of host made in the sentence by
// a cue before byte offset before: those who travel along.
func (f *finder) copyLegs(sc *sentCtx, host, before int, others []int) {
	mine := slices.Clone(sc.legs)
	for _, q := range others {
		for _, j := range mine {
			l := f.legs[j]
			if l.person != host || l.cuePos >= before || l.Place == "" {
				continue
			}
			if slices.ContainsFunc(sc.legs, func(n int) bool {
				return f.legs[n].person == q && f.legs[n].Place == l.Place && f.legs[n].Date == l.Date
			}) {
				continue
			}
			cp := l
			cp.person, cp.Traveler = q, f.cast.People[q].Name
			cp.Counterparts = slices.DeleteFunc(slices.Clone(cp.Counterparts), func(n string) bool { return n == cp.Traveler })
			cp.acts = slices.Clone(l.acts)
			sc.legs = append(sc.legs, len(f.legs))
			f.legs = append(f.legs, cp)
		}
	}
}

// deniedJourneyBefore reports a denied journey cue in the clause before
// the purpose at token i: "has no plans to travel to Budapest for talks".
func (f *finder) deniedJourneyBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := f.toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			return false
		}
		if c, ok := t.cueOf(); ok && c.kind == cueTravel {
			return f.negated(k)
		}
	}
	return false
}

// purposeAct joins an appearance with no place of its own that is the
// purpose of a journey just told ("before heading on to Port Moresby to
// open a new hospital on Tuesday") to that journey's leg.
func (f *finder) purposeAct(sc *sentCtx, i int, c cue) bool {
	if i == 0 || f.toks[i-1].w != "to" {
		return false
	}
	j := f.purposeLeg(sc, i)
	if j < 0 {
		return false
	}
	for _, t := range f.toks[:i] {
		if t.start > f.legs[j].placePos && (t.punct || inSet(breakersSet, t.w)) {
			return false // "en route to Brussels, where she is due to attend": the clause's own place
		}
	}
	l := &f.legs[j]
	l.acts = append(l.acts, c.label)
	if tx, ok := f.clauseTimex(sc, i); ok && l.Date == "" {
		l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
		l.later, l.order, l.After = false, false, ""
	}
	return true
}

// purposeLeg is the leg of the sentence whose journey the purpose clause
// at token i ("to meet X", "for talks with X", "to open a hospital")
// hangs on: the one whose place comes last before it; -1 if none.
func (f *finder) purposeLeg(sc *sentCtx, i int) int {
	best := -1
	for _, j := range sc.legs {
		if l := f.legs[j]; l.cuePos < f.toks[i].start && l.placePos < f.toks[i].start && (best < 0 || l.placePos > f.legs[best].placePos) {
			best = j
		}
	}
	return best
}

// addLegsOwnDay is addLegs for a cue whose place stands before it in
// another clause (", where ..."): the day is the cue's clause's, if it
// has one.
func (f *finder) addLegsOwnDay(sc *sentCtx, i int, c cue, dests []places.Match) {
	before := len(f.legs)
	f.addLegs(sc, i, c, dests)
	tx, ok := f.clauseTimex(sc, i)
	if !ok {
		// "will then travel to Osaka, where Frederik will open a
		// pavilion": the time of the journey to the place before ", where".
		for j := before; j < len(f.legs); j++ {
			l := &f.legs[j]
			for _, a := range sc.legs {
				if a < before && f.legs[a].person == l.person && f.legs[a].Place == l.Place {
					o := f.legs[a]
					l.Date, l.WhenText, l.After, l.later, l.order = o.Date, o.WhenText, o.After, o.later, o.order
					break
				}
			}
		}
		return
	}
	for j := before; j < len(f.legs); j++ {
		l := &f.legs[j]
		l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
		f.redirectWeekday(l, tx)
	}
}

// withdrawal adds a called-off attendance: "has pulled out of next
// week's climate conference in Baku", "withdrew from the summit", "will
// skip the meeting in Vientiane". The object must be a gathering.
func (f *finder) withdrawal(sc *sentCtx, i int, c cue) {
	toks := f.toks
	k := i + 1
	switch toks[i].w {
	case "pulled", "pulls":
		if k+1 >= len(toks) || toks[k].w != "out" || toks[k+1].w != "of" {
			return
		}
		k += 2
	case "withdrew", "withdraws":
		if k >= len(toks) || toks[k].w != "from" {
			return
		}
		k++
	}
	event := false
	var dests []places.Match
	end := k
	for n := 0; k < len(toks) && n < 9; n, k = n+1, k+1 {
		t := toks[k]
		if t.punct && t.w != "'s" && t.w != "’s" || inSet(breakersSet, t.w) {
			break
		}
		end = k + 1
		if isEventNoun(t.w) {
			event = true
			continue
		}
		if (t.w == "in" || t.w == "at") && event {
			if p, ok := f.placeAt(sc, k+1); ok {
				dests = []places.Match{p}
				break
			}
		}
	}
	if !event {
		return
	}
	if len(dests) == 0 {
		dests = f.eventDests(sc, i, end, sc.hasEvent)
	}
	if len(dests) == 0 {
		return
	}
	before := len(f.legs)
	f.addLegs(sc, i, c, dests)
	for j := before; j < len(f.legs); j++ {
		f.legs[j].tense = newsbot.StatusCancelled
		f.cancelled = true
	}
}

// representedBy adds the leg of a stand-in: "Kovacs will be represented
// in Brussels by Foreign Minister Peter Szabo" sends Szabo to Brussels.
func (f *finder) representedBy(sc *sentCtx, i int, c cue) {
	toks := f.toks
	k := i + 1
	if k+1 >= len(toks) || toks[k].w != "in" && toks[k].w != "at" {
		return
	}
	p, ok := f.placeAt(sc, k+1)
	if !ok {
		return
	}
	for k < len(toks) && toks[k].start < p.End {
		k++
	}
	for k < len(toks) && toks[k].w != "by" {
		if toks[k].punct || k > i+8 {
			return
		}
		k++
	}
	if k >= len(toks) {
		return
	}
	for _, m := range sc.persons {
		if m.Start > toks[k].start && f.tokenBeforeTitle(m) == k {
			f.addLeg(sc, i, c, m.Person, []places.Match{p})
			return
		}
	}
}

// calledOffBefore marks the legs of the sentence before as called off
// when this one says so of "that visit" with no place of its own: "Lula
// had also planned to stop in Lisbon ... That visit has been canceled."
func (f *finder) calledOffBefore(sc *sentCtx, i int) bool {
	if i == 0 || f.toks[i-1].w != "that" && f.toks[i-1].w != "the" && f.toks[i-1].w != "this" {
		return false
	}
	cancelled := false
	for k, t := range f.toks {
		switch t.w {
		case "originally", "initially", "had", "twice", "previously", "already", "again":
			return false // "was originally planned for October", "had been postponed twice": an earlier plan
		}
		if k > i && (isCancelWord(t.w) && t.w != "called" || t.w == "called" && f.calledOff(k) || t.w == "put" && k+1 < len(f.toks) && f.toks[k+1].w == "off") && !f.hedged(k) {
			cancelled = true
		}
	}
	if !cancelled || f.namedStopOff(sc) {
		return false // "The Warsaw leg of the tour has been postponed": that stop only
	}
	if f.offStopTold(sc) {
		return true // "with a stop in Hanoi on Thursday, but that leg was postponed"
	}
	if stopNoun(f.toks[i].w) {
		f.lastStopLegs(sc.index - 1) // "That leg was postponed": the latest stop only
		return true
	}
	for j := range f.legs {
		if l := &f.legs[j]; l.sentence == sc.index-1 && l.tense != newsbot.StatusDone {
			l.tense = newsbot.StatusCancelled
			f.cancelled = true
		}
	}
	return true
}

// cancelled0 reports a cancel word within the five tokens after token i:
// "The dinner was cancelled", a quick test before calledOffBefore.
func (f *finder) cancelled0(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+5; k++ {
		if isCancelWord(f.toks[k].w) {
			return true
		}
	}
	return false
}

// layVerb reports a form of "lay": "lay a wreath".
func layVerb(w string) bool {
	switch w {
	case "lay", "lays", "laid", "laying":
		return true
	}
	return false
}

// eventDests is where an appearance or an attendance at token i with no
// place of its own happens: the place before ", where" that leads to it
// ("Addis Ababa, where he attended an African Union summit"), else the
// gathering placed earlier ("a meeting in London ... due to attend"),
// when near enough, unless the object up to token end names another kind
// of gathering.
func (f *finder) eventDests(sc *sentCtx, i, end int, near bool) []places.Match {
	toks := f.toks
	if p, ok := f.whereAntecedent(sc, i); ok {
		return []places.Match{p}
	}
	if !f.eventKnown || !near {
		return nil
	}
	if sc.hasEvent && sc.event.Start > toks[i].end {
		for _, t := range toks[i+1:] {
			if t.start >= sc.event.Start {
				break
			}
			if t.w == "before" {
				return nil // "address parliament, before travelling to Windhoek for talks": not there yet
			}
		}
	}
	for k := i + 1; k < len(toks) && k < end; k++ {
		if toks[k].punct || inSet(breakersSet, toks[k].w) {
			break
		}
		if w := strings.TrimSuffix(strings.TrimSuffix(toks[k].w, "'s"), "’s"); isEventNoun(w) && !sc.hasEvent && (toks[i+1].w == "a" || toks[i+1].w == "an") {
			return nil // "attended an Arab League summit": another than the one told before
		} else if isEventNoun(w) && w != f.eventNoun {
			if toks[k-1].w == "the" && k == i+2 && (k+1 == len(toks) || toks[k+1].punct || inSet(breakersSet, toks[k+1].w) || f.inTimex(toks[k+1]) || k+2 < len(toks) && toks[k+1].w == "on" && f.inTimex(toks[k+2])) {
				break // "attended the meeting, while ...", "will join the talks on Tuesday": the gathering told before
			}
			if !sc.hasEvent || sc.event.Place != f.eventPlace {
				return nil // "attended an African Union summit" is not the forum named before
			}
		}
	}
	return []places.Match{{Place: f.eventPlace, Start: toks[i].start, End: toks[i].end}}
}

// whereAntecedent is the place right before the ", where" that leads to
// the cue at token i within a few words: "returned from Addis Ababa, where
// he attended".
func (f *finder) whereAntecedent(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].punct {
			return places.Match{}, false
		}
		if toks[k].w != "where" {
			continue
		}
		if toks[k-1].w != "," {
			return places.Match{}, false
		}
		// "visited Cardiff on Tuesday, where": the day aside.
		e := k - 2
		for e > 0 && (f.inTimex(toks[e]) || toks[e].w == "on") {
			e--
		}
		if e < 0 {
			return places.Match{}, false
		}
		for _, p := range f.placesOf(sc) {
			if p.End == toks[e].end {
				return p, true
			}
		}
		return places.Match{}, false
	}
	return places.Match{}, false
}

// returnedFrom is the place a return at token i comes from: "returned
// from Addis Ababa", "returned home on Sunday from a summit in Addis
// Ababa", "will return from Brussels on Friday".
func (f *finder) returnedFrom(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	if i > 0 && (toks[i-1].w == "the" || toks[i-1].w == "a") {
		return places.Match{}, false // "watched the returns from Palm Beach"
	}
	k := i + 1
	for k < len(toks) && (toks[k].w == "home" || toks[k].w == "on" || f.inTimex(toks[k])) {
		k++
	}
	if k >= len(toks) || toks[k].w != "from" {
		return places.Match{}, false
	}
	if p, ok := f.placeAt(sc, k+1); ok {
		return p, true
	}
	// "from a summit in Addis Ababa", "from a week-long tour of Asia".
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].punct || inSet(breakersSet, toks[j].w) {
			break
		}
		if toks[j].w == "in" || toks[j].w == "of" || toks[j].w == "to" {
			if p, ok := f.placeAt(sc, j+1); ok {
				return p, true
			}
		}
	}
	return places.Match{}, false
}

// arrivalOnly adds the day of an arrival that names no place ("Mr Price
// arrived by overnight train on Monday morning"): the leg takes the place
// of the traveller's stop told just before (see inheritPlace).
func (f *finder) arrivalOnly(sc *sentCtx, i int, c cue) {
	f.dayOnly(sc, i, c, true)
}

// dayOnly adds a dated leg with no place for the cue at token i, placed
// later where the traveller is that day (see inheritPlace): "arrived by
// overnight train on Monday", "address a joint sitting of Congress on
// Wednesday".
func (f *finder) dayOnly(sc *sentCtx, i int, c cue, arrival bool) {
	tx, ok := f.clauseTimex(sc, i)
	if !ok && arrival && f.dlOK && c.tense == tensePast {
		// "Takaichi flew in from Tokyo overnight, while Carney arrived by
		// helicopter" under a dateline: the day of the arrivals told just
		// before.
		tx, ok = f.leadDay(sc)
	}
	if !ok {
		tx, ok = f.frontedDay(sc, i) // "On Monday, the pontiff will celebrate Mass"
	}
	if !ok || f.negated(i) {
		return
	}
	p := f.subject(sc, i)
	if p < 0 {
		return
	}
	l := leg{person: p, sentence: sc.index, inherit: true, arrival: arrival, cuePos: f.toks[i].start}
	l.Traveler = f.cast.People[p].Name
	l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
	l.tense = f.status(sc, i, c)
	l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
	f.redirectWeekday(&l, tx)
	l.acts = []string{c.label}
	sc.legs = append(sc.legs, len(f.legs))
	f.legs = append(f.legs, l)
	others := f.followers(sc, i, p)
	if q := f.coSubject(sc, i, p); q >= 0 {
		others = append(others, q) // "Mark Carney and Keir Starmer arrived by helicopter"
	}
	for _, q := range others {
		// "landed at the airport on Sunday, followed by Lawrence Wong".
		lq := l
		lq.person, lq.Traveler, lq.acts = q, f.cast.People[q].Name, []string{c.label}
		sc.legs = append(sc.legs, len(f.legs))
		f.legs = append(f.legs, lq)
	}
}

// settlementNouns name a kind of place before "of" and its name.
var settlementNouns = map[string]bool{
	"town": true, "city": true, "port": true, "village": true, "resort": true, "island": true, "enclave": true,
}

// flewIn reports "flew in", "flies in" with no place after "in": an
// arrival ("flew in from Tokyo overnight").
func (f *finder) flewIn(i int) bool {
	switch f.toks[i].w {
	case "flew", "flies", "fly", "flying", "flown":
	default:
		return false
	}
	if i+1 >= len(f.toks) || f.toks[i+1].w != "in" {
		return false
	}
	return i+2 >= len(f.toks) || f.toks[i+2].punct || f.toks[i+2].w == "from" || f.toks[i+2].w == "on" || inSet(breakersSet, f.toks[i+2].w)
}

// leadDay is the latest day told in the two sentences before sc, when it
// is not after the publication day: the day of a story's arrivals.
func (f *finder) leadDay(sc *sentCtx) (newsbot.Timex, bool) {
	if sc.index == 0 {
		return newsbot.Timex{}, false
	}
	from := f.sents[max(0, sc.index-2)].Start
	var best newsbot.Timex
	found := false
	for _, tx := range f.timexesFrom(from) {
		if tx.Start >= sc.sp.Start {
			break
		}
		if v := dateValue(tx.Value); isDay(v) && (f.published.IsZero() || v <= f.publishedDay()) {
			best, found = tx, true
		}
	}
	return best, found
}

// rescheduled reads a new day with no place for the plan told before:
// "was due to arrive in Oranjestad on Wednesday. He will now travel on
// Friday": the stop moves to Friday and the old day is off.
func (f *finder) rescheduled(sc *sentCtx, i int, c cue) bool {
	toks := f.toks
	now := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].w == "now" || toks[k].w == "instead" {
			now = true
		}
	}
	if !now || c.kind != cueTravel || f.negated(i) {
		return false
	}
	tx, ok := f.clauseTimex(sc, i)
	if !ok || !isDate(tx.Value) {
		return false
	}
	p := f.subject(sc, i)
	if p < 0 {
		return false
	}
	old := -1
	for j, l := range f.legs {
		if l.person == p && l.Place != "" && l.sentence < sc.index && sc.index-l.sentence <= 2 && !l.home &&
			(l.tense == newsbot.StatusScheduled || l.tense == newsbot.StatusCancelled) && (old < 0 || l.Start >= f.legs[old].Start) {
			old = j
		}
	}
	if old < 0 || f.legs[old].Date == dateValue(tx.Value) {
		return false
	}
	l := leg{person: p, sentence: sc.index, kind: f.legs[old].kind, cuePos: toks[i].start, placePos: toks[i].start}
	l.Traveler, l.Place, l.Country = f.legs[old].Traveler, f.legs[old].Place, f.legs[old].Country
	l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
	l.tense = f.status(sc, i, c)
	l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
	f.redirectWeekday(&l, tx)
	l.acts = []string{c.label}
	f.legs[old].tense = newsbot.StatusCancelled
	f.cancelled = true
	sc.legs = append(sc.legs, len(f.legs))
	f.legs = append(f.legs, l)
	return true
}

// onToPlace reports "on to" and a place after the verb at token i:
// "before going on to Washington", not "went on to skip tests".
func (f *finder) onToPlace(sc *sentCtx, i int) bool {
	if i+3 >= len(f.toks) || f.toks[i+1].w != "on" || f.toks[i+2].w != "to" {
		return false
	}
	_, ok := f.placeAt(sc, i+3)
	return ok
}

// leftPlaceFor is the index of the "for" after a place left and its day:
// "leave Moscow on Wednesday for Minsk".
func (f *finder) leftPlaceFor(sc *sentCtx, i int) (int, bool) {
	hasFor := false
	for k := i + 2; k < len(f.toks) && k <= i+9 && !hasFor; k++ {
		hasFor = f.toks[k].w == "for"
	}
	if !hasFor {
		return 0, false // most "left ..." has no "for" to come
	}
	p, ok := f.placeAt(sc, i+1)
	if !ok {
		return 0, false
	}
	k := i + 1
	for k < len(f.toks) && f.toks[k].start < p.End {
		k++
	}
	for k < len(f.toks) && (f.toks[k].w == "on" || f.inTimex(f.toks[k])) {
		k++
	}
	return k, k < len(f.toks) && f.toks[k].w == "for"
}

// subjectClose reports whether the cue at token i has its subject right
// before it, its auxiliaries aside ("Faisal ... has left for"), or
// continues the subject's clause ("and left for Baghdad").
func (f *finder) subjectClose(sc *sentCtx, i int) bool {
	k := i
	for k > 0 && (inSet(futureWordsSet, f.toks[k-1].w) || inSet(pastWordsSet, f.toks[k-1].w) || f.toks[k-1].w == "also" || f.toks[k-1].w == "then" ||
		f.toks[k-1].w == "on" || f.inTimex(f.toks[k-1]) || notWord(f.toks[k-1].w)) { // "Xi Jinping on Thursday left Beijing for Lima"
		k--
	}
	if i > 0 && f.toks[i-1].w == "before" && strings.HasSuffix(f.toks[i].w, "ing") && f.itineraryBefore(i-1) {
		return true // "will hold talks ... on Tuesday before leaving for Doha": the main clause's subject
	}
	return f.personEndsAt(sc, k) || k > 0 && f.toks[k-1].w == "and"
}

// itineraryBefore reports a journey or meeting cue among the first k
// tokens: the main clause is a stop of the itinerary.
func (f *finder) itineraryBefore(k int) bool {
	for j := 0; j < k; j++ {
		if c, ok := cueOf(f.toks[j].w); ok && c.kind != cuePresence && (c.kind != cueMeet || f.isMeetCue(j)) {
			return true
		}
	}
	return false
}

// timeAfter returns the index of the first token after the timex that
// starts right after token i ("spent Thursday in", "spend two days in").
func (f *finder) timeAfter(i int) (int, bool) {
	if i+1 >= len(f.toks) {
		return 0, false
	}
	next := f.toks[i+1].start
	for _, tx := range f.timexesFrom(next) {
		if tx.Start > next {
			break
		}
		if tx.Start == next {
			for k := i + 1; k < len(f.toks); k++ {
				if f.toks[k].start >= tx.End {
					return k, true
				}
			}
			return len(f.toks), true // the time ends the sentence
		}
	}
	return 0, false
}

// journeyNoun reports "tour" or "visit" at token i used as a noun: after
// a determiner or a possessive ("the minister's tour of").
func (f *finder) journeyNoun(i int) bool {
	if i == 0 {
		return false
	}
	switch f.toks[i].w {
	case "tour", "visit", "trip":
	default:
		return false
	}
	p := f.toks[i-1].w
	return inSet(determinersSet, p) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}

// takesIn returns the places a journey noun at token i "will take in" or
// "will include" within its clause: "the tour ... will take in Tallinn,
// Riga and Vilnius", "the trip will include stops in Lagos and Abuja".
func (f *finder) takesIn(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	for k := i + 1; k+2 < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if t.punct && t.w != "," || inSet(breakersSet, t.w) {
			return nil
		}
		j := -1
		switch t.w {
		case "take", "takes", "took":
			if toks[k+1].w == "in" {
				j = k + 2
			}
		case "include", "includes", "included":
			j = k + 1
			if toks[j].w == "stops" || toks[j].w == "visits" {
				j++
				if j < len(toks) && (toks[j].w == "in" || toks[j].w == "to") {
					j++
				}
			}
		}
		if j < 0 || j >= len(toks) {
			continue
		}
		if p, ok := f.placeAt(sc, j); ok && p.Start == toks[j].start {
			return f.list(sc, p)
		}
		return nil
	}
	return nil
}

// invitedTo notes the plan of the one invited to a place: "Yunus has
// invited Indian Prime Minister Narendra Modi to Dhaka for talks next
// month". The name must follow the verb at once, and "to" and a place the
// name.
func (f *finder) invitedTo(sc *sentCtx, i int, c cue) {
	toks := f.toks
	if i+1 >= len(toks) {
		return
	}
	for _, m := range sc.persons {
		if m.Start < toks[i+1].start {
			continue
		}
		if m.Start != toks[i+1].start && f.tokenBeforeTitle(m) != i+1 {
			return
		}
		k := i + 1
		for k < len(toks) && toks[k].start < m.End {
			k++
		}
		if k+1 >= len(toks) || toks[k].w != "to" {
			return
		}
		if p, ok := f.placeAt(sc, k+1); ok && p.Start == toks[k+1].start {
			before := len(f.legs)
			f.addLeg(sc, i, c, m.Person, f.list(sc, p))
			for j := before; j < len(f.legs); j++ {
				f.legs[j].invite = true
			}
		}
		return
	}
}

// declinedTrip reads a denied journey with no place of its own ("Modi is
// not expected to make the trip himself and will send External Affairs
// Minister S. Jaishankar instead") as said of the subject's plan told in
// the two sentences before: the one sent goes in its place, and the plan
// is no leg; with no one sent, the plan is called off.
func (f *finder) declinedTrip(sc *sentCtx, i int) bool {
	p := f.subject(sc, i)
	if p < 0 {
		return false
	}
	j := -1
	for k := range f.legs {
		if l := f.legs[k]; l.person == p && l.sentence < sc.index && sc.index-l.sentence <= 2 && l.tense == newsbot.StatusScheduled && l.Place != "" {
			j = k
		}
	}
	if j < 0 {
		return false
	}
	q := f.sentInstead(sc, i, p)
	if q < 0 {
		f.legs[j].tense = newsbot.StatusCancelled
		return true
	}
	l := f.legs[j]
	l.person, l.Traveler = q, f.cast.People[q].Name
	l.sentence, l.Evidence, l.Start, l.End = sc.index, sc.sp.Text, sc.sp.Start, sc.sp.End
	l.Counterparts, l.invite = nil, false
	f.legs = append(f.legs, l)
	f.legs[j].Place = "" // the one invited does not go
	return true
}

// qualified puts a city the gazetteer holds in another country in the
// country of the region or country named right after it: "Manchester, New
// Hampshire" is in the United States.
func (f *finder) qualified(sc *sentCtx, d places.Match) places.Match {
	if d.Place.Kind == places.Country {
		if q, ok := f.fixtureCity(sc, d); ok {
			return q // "flies to St Kitts for the decider in Basseterre" (kinds11.go)
		}
		return d
	}
	if d.Place.Kind != places.City || d.End+2 >= len(f.text) || f.text[d.End] != ',' {
		return d
	}
	for _, q := range f.placesOf(sc) {
		if q.Start < d.End {
			continue
		}
		if q.Start == d.End+2 && q.Place.Kind != places.City && q.Place.Country != d.Place.Country {
			d.Place.Country = q.Place.Country
		}
		break
	}
	return d
}

// plannedTraveller is the traveller other than p of the latest scheduled
// leg told in the three sentences before sc; -1 if none.
func (f *finder) plannedTraveller(sc *sentCtx, p int) int {
	for j := len(f.legs) - 1; j >= 0; j-- {
		l := f.legs[j]
		if l.sentence < sc.index && sc.index-l.sentence <= 3 && l.person >= 0 && l.person != p && l.tense == newsbot.StatusScheduled {
			return l.person
		}
	}
	return -1
}

// hasLeg reports a leg of person p found so far.
func (f *finder) hasLeg(p int) bool {
	for _, l := range f.legs {
		if l.person == p {
			return true
		}
	}
	return false
}

// theVisitDay dates the journey told in the two sentences before by the
// day that "The visit" at token i is given in its own clause, when that
// journey's time holds the day: "will travel to Moscow next week ... The
// visit, expected on Feb. 18, would be".
func (f *finder) theVisitDay(sc *sentCtx, i int) bool {
	var tx newsbot.Timex
	for _, t := range f.timexesFrom(f.toks[i].end) {
		tx = t
		break
	}
	if tx.End == 0 || tx.End > sc.sp.End || tx.Start-f.toks[i].end > 20 {
		return false
	}
	day := dateValue(tx.Value)
	if !isDay(day) {
		return false
	}
	for j := len(f.legs) - 1; j >= 0; j-- {
		l := &f.legs[j]
		if l.sentence >= sc.index || sc.index-l.sentence > 2 || l.person < 0 {
			continue
		}
		if l.Date != "" && l.Date != day && within2(day, l.Date) {
			l.Date, l.WhenText = day, f.whenText(tx)
			return true
		}
		return false
	}
	return false
}

// whereDay is the day told in the ", where" clause right after byte offset
// end (up to its next comma).
func (f *finder) whereDay(sc *sentCtx, end int) (newsbot.Timex, bool) {
	rest := f.text[end:sc.sp.End]
	if !strings.HasPrefix(rest, ", where ") {
		return newsbot.Timex{}, false
	}
	stop := sc.sp.End
	if k := strings.IndexByte(rest[2:], ','); k >= 0 {
		stop = end + 2 + k
	}
	for _, tx := range f.timexesFrom(end) {
		if tx.Start >= stop {
			break
		}
		if isDay(dateValue(tx.Value)) {
			return tx, true
		}
	}
	return newsbot.Timex{}, false
}

// endsJourney reports "ends his trip", "closes the tour", "wraps up her
// visit" before the journey noun at token i.
func (f *finder) endsJourney(i int) bool {
	k := i - 1
	if k >= 0 && (inSet(determinersSet, f.toks[k].w) || f.toks[k].w == "his" || f.toks[k].w == "her" || f.toks[k].w == "their") {
		k--
	}
	if k >= 0 && f.toks[k].w == "up" {
		k--
	}
	if k < 0 {
		return false
	}
	switch f.toks[k].w {
	case "ends", "end", "ending", "closes", "close", "concludes", "conclude", "wraps", "wrap", "finishes", "finish":
		return true
	}
	return false
}

// dayAfter reports a day told after token i in its sentence.
func (f *finder) dayAfter(sc *sentCtx, i int) bool {
	for _, tx := range f.timexesFrom(f.toks[i].end) {
		if tx.Start >= sc.sp.End {
			return false
		}
		if isDay(dateValue(tx.Value)) {
			return true
		}
	}
	return false
}

// futureAfter reports a future word after token i in its sentence: "a
// visit by Gov. Tim Walz, who is scheduled to speak in Cedar Rapids on
// Friday".
func (f *finder) futureAfter(i int) bool {
	for _, t := range f.toks[i+1:] {
		if inSet(futureWordsSet, t.w) {
			return true
		}
	}
	return false
}

// plannedNoun reports a trip noun at token i that is the subject of a
// planning verb in its clause: "The trip to Canberra was first mooted last
// year", "the visit had been proposed in March".
func (f *finder) plannedNoun(i int) bool {
	toks := f.toks
	if i == 0 || toks[i-1].w != "the" && toks[i-1].w != "his" && toks[i-1].w != "her" && toks[i-1].w != "their" {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		t := toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			return false
		}
		if t.w != "was" && t.w != "were" && t.w != "had" && t.w != "has" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].w == "been" || toks[j].w == "first" || toks[j].w == "originally" || toks[j].w == "initially") {
			j++
		}
		return j < len(toks) && planVerbs[toks[j].w]
	}
	return false
}

// planVerbs tell that a journey was put forward, not when it happens.
var planVerbs = map[string]bool{
	"mooted": true, "proposed": true, "floated": true, "suggested": true, "discussed": true, "raised": true,
}

// placeTold reports a leg already found at the place.
func (f *finder) placeTold(place string) bool {
	for _, l := range f.legs {
		if l.Place == place {
			return true
		}
	}
	return false
}

// attendedBy adds the legs of those who attend the gathering that is the
// passive subject of the cue at token i: "The summit will also be attended
// by the transport secretary, Heidi Alexander" goes to the summit told
// before, on its day. It reports whether the subject was such a gathering.
func (f *finder) attendedBy(sc *sentCtx, i int, c cue) bool {
	toks := f.toks
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w) ||
		toks[k].w == "be" || toks[k].w == "been" || toks[k].w == "also") {
		k--
	}
	if k < 1 || !isEventNoun(toks[k].w) || toks[k-1].w != "the" || !f.eventKnown || sc.index-f.eventSent > 3 {
		return false
	}
	dests := []places.Match{{Place: f.eventPlace, Start: toks[k].start, End: toks[k].end}}
	if sc.hasEvent {
		dests[0] = sc.event
	}
	before := len(f.legs)
	for _, m := range sc.persons {
		if m.Start <= toks[i+1].end {
			continue
		}
		if f.breakBetween(toks[i+1].end, m.Start) {
			break
		}
		f.addLeg(sc, i, c, m.Person, dests)
	}
	if f.eventDaySet && !sc.hasEvent {
		for j := before; j < len(f.legs); j++ {
			if l := &f.legs[j]; l.Date == "" {
				l.Date, l.WhenText = dateValue(f.eventDay.Value), f.whenText(f.eventDay)
			}
		}
	}
	return true
}

// breakBetween reports a clause break (a full stop, a breaker word) among
// the tokens between byte offsets from and to.
func (f *finder) breakBetween(from, to int) bool {
	for _, t := range f.toks {
		if t.start < from {
			continue
		}
		if t.start >= to {
			return false
		}
		if t.punct && t.w != "," || inSet(breakersSet, t.w) {
			return true
		}
	}
	return false
}

// visitsBy handles the noun "visits by X and Y".
func (f *finder) visitsBy(sc *sentCtx, i, by int, c cue, dests []places.Match) {
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
	for _, t := range f.toks[min(by+1, len(f.toks)):] {
		if t.punct && t.w != "," || inSet(breakersSet, t.w) {
			end = t.start
			break
		}
		if t.w == "," || t.w == "to" {
			// The list of visitors ends at the first comma not followed by
			// a name, or at the destination.
			end = t.start
			break
		}
	}
	for _, m := range sc.persons {
		if m.Start > f.toks[by].end && m.End <= end {
			f.addLeg(sc, i, c, m.Person, dests)
		}
	}
}

func (f *finder) presence(sc *sentCtx, i int, c cue) {
	if f.backIn(sc, i, c) {
		return // "will be back in Rome on Sunday"
	}
	toks := f.toks
	w := toks[i].w
	var dests []places.Match
	switch w {
	case "due", "expected":
		// "is due in Ankara later this month", "is expected in Abu Dhabi";
		// the person must be the subject right before ("6,000 jobs are
		// expected in Wales" is no journey of the chancellor's).
		if i+1 >= len(toks) || (toks[i+1].w != "in" && toks[i+1].w != "at") {
			return
		}
		k := i
		for k > 0 && (inSet(presentWordsSet, toks[k-1].w) || inSet(pastWordsSet, toks[k-1].w) || toks[k-1].w == "also" || toks[k-1].w == "still") {
			k--
		}
		if k == i || !f.personEndsAt(sc, k) && toks[k-1].w != "and" {
			return // "and is due in Riga" continues the subject's clause
		}
		if p, ok := f.placeAt(sc, i+2); ok {
			// "is due in Port Sudan on Thursday and N'Djamena on 3 December"
			f.addLegs(sc, i, c, f.list(sc, p))
			return
		}
	case "been":
		// "Albanese, who had been in Brussels since Monday": a stay from
		// that day, said of the subject or of the one a "who" follows.
		if i < 2 || i+1 >= len(toks) || (toks[i+1].w != "in" && toks[i+1].w != "at") || toks[i-1].w != "had" && toks[i-1].w != "has" {
			return
		}
		if k := i - 1; !f.personEndsAt(sc, k) && !f.whoOfPerson(sc, k) {
			return
		}
		p, ok := f.placeAt(sc, i+2)
		if !ok || p.Start != toks[i+2].start && !inSet(determinersSet, toks[i+2].w) {
			return
		}
		since, dated := f.sinceDay(p.End)
		if !dated {
			return // "had been in Paris": when is not told
		}
		before := len(f.legs)
		f.addLegs(sc, i, c, []places.Match{p})
		for j := before; j < len(f.legs); j++ {
			l := &f.legs[j]
			l.Date, l.WhenText = dateValue(since.Value), "since "+strings.TrimPrefix(f.whenText(since), "since ")
			f.redirectWeekday(l, since)
		}
		return
	case "is", "are", "was", "were", "be":
		// "Mr Blair is at a summit in Brussels", "he was in Tokyo", "she
		// will be in Chisinau": the subject must stand right before the
		// verb and its auxiliaries, or the verb continues the subject's
		// clause ("held talks in Riyadh and was in Doha").
		if i+1 >= len(toks) || (toks[i+1].w != "in" && toks[i+1].w != "at") {
			return
		}
		k := i
		for k > 0 && w == "be" && (inSet(futureWordsSet, toks[k-1].w) || toks[k-1].w == "to" || toks[k-1].w == "also" || toks[k-1].w == "then" || notWord(toks[k-1].w)) {
			k--
		}
		if !f.personEndsAt(sc, k) && (k == 0 || toks[k-1].w != "and" && !firstPerson(toks[k-1].w)) && !f.whoOfPerson(sc, k) &&
			(k < 2 || toks[k-1].w != "," || f.openingNameAside(sc, k-1) < 0) { // "Nyirenda, 54, of the UDFC (UDFC), was in Mzuzu" (kinds11.go)
			return // a first person is the quotation's speaker ("\"I'll be in Seoul on Friday,\" Huang said"; see quotedSpeaker)
		}
		dests = f.destinations(sc, i, 4, inAtSet, false)
	default:
		if f.speechAtGathering(sc, i, c) {
			return // "speaking at a trade forum in Dubai", "told the party's conference"
		}
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
	if w == "be" || w == "is" || w == "are" {
		// "will be in Tokyo from 12 to 14 January and in Seoul on 15
		// January": a second stop of the same verb, on its own day.
		if p, ok := f.andInStop(sc, dests[0].End); ok {
			f.addLegs(sc, i, c, []places.Match{p})
		}
	}
}

// andInStop is the place of "and in Y" that goes on, in the same clause,
// from a place ending at byte offset end.
func (f *finder) andInStop(sc *sentCtx, end int) (places.Match, bool) {
	toks := f.toks
	for j := range toks {
		t := toks[j]
		if t.start < end {
			continue
		}
		if t.punct && t.w != "," || inSet(breakersSet, t.w) && t.w != "from" { // "from 12 to 14 January"
			break
		}
		if _, ok := t.cueOf(); ok {
			break
		}
		if t.w == "and" && j+2 < len(toks) && (toks[j+1].w == "in" || toks[j+1].w == "at") {
			if p, ok := f.placeAt(sc, j+2); ok && p.Start == toks[j+2].start {
				return p, true
			}
			break
		}
	}
	return places.Match{}, false
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
	if f.bodyTravel(sc, i, c, dests) {
		return // "The panel of judges will visit the site in York"
	}
	if f.candidacyFor(i) {
		return // "are building cases for inclusion on the tour to New Zealand"
	}
	if a, b, ok := f.theirPair(sc, i); ok {
		// "spoke to Jones and White following their tour matches in
		// Britain": the pair's journey, not the subject's.
		f.addLeg(sc, i, c, a, dests)
		if b >= 0 {
			f.addLeg(sc, i, c, b, dests)
		}
		return
	}
	if club, refused, ok := f.placeClubSubject(sc, i); ok && c.kind == cueTravel {
		// "..., with Leeds refusing to travel to London": the club's.
		if club != "" && !refused && !f.negated(i) {
			before := len(f.legs)
			f.addLeg(sc, i, c, -1, dests)
			for j := before; j < len(f.legs); j++ {
				f.legs[j].Traveler, f.legs[j].team = club, true
			}
		}
		return
	}
	p := f.subject(sc, i)
	if name, ok := f.openingTeam(sc, i); ok {
		// "The tourists face the Queensland Reds on Saturday before
		// heading to Sydney": the team the sentence opens with.
		before := len(f.legs)
		f.addLeg(sc, i, c, -1, dests)
		for j := before; j < len(f.legs); j++ {
			f.legs[j].Traveler, f.legs[j].team = name, true
		}
		return
	}
	if p >= 0 && notAPerson(f.cast.People[p].Name) {
		p = -1 // "Celtic's squad flew": the club, not a stadium the people finder took for a person
	}
	if p < 0 {
		if q := f.partyTraveller(sc, i); q >= 0 {
			f.addLeg(sc, i, c, q, dests) // "The royal party will fly to Nairobi"
			return
		}
		name, ok := f.teamSubject(sc, i)
		if !ok && c.kind == cueTravel {
			name, ok = f.placeSubject(sc, i)
		}
		if !ok && c.kind == cueTravel {
			name, ok = f.nicknameSubject(sc, i)
		}
		if !ok && c.kind == cueTravel {
			name, ok = f.clubSubject(sc, i)
		}
		if !ok {
			name, ok = f.teamAnaphor(sc, i)
		}
		if !ok {
			name, ok = f.squadAnaphor(sc, i)
		}
		if ok {
			before := len(f.legs)
			f.addLeg(sc, i, c, -1, dests)
			for j := before; j < len(f.legs); j++ {
				f.legs[j].Traveler, f.legs[j].team = name, true
			}
			return
		}
		if q := f.delegationLeader(sc, i); q >= 0 {
			f.addLeg(sc, i, c, q, dests) // "The delegation arrived in Nairobi": its head, named before
			return
		}
		if f.delegationSubject(i) {
			// "A Vietnamese trade delegation will arrive in Canberra": its
			// head may be named later (see delegationHead).
			f.addLeg(sc, i, c, -1, dests)
			f.headless = true
		}
		return
	}
	p = f.cataphor(sc, i, p, dests)
	if f.negated(i) {
		// "will not attend ..., sending State Minister Aiko Mori
		// instead": the one sent goes.
		if q := f.sentInstead(sc, i, p); q >= 0 {
			f.skipNegation = true
			f.addLeg(sc, i, c, q, dests)
			f.skipNegation = false
		}
		f.noteDenied(sc, p, dests)
		return
	}
	before := len(f.legs)
	f.addLeg(sc, i, c, p, dests)
	if c.kind == cueTravel {
		f.hostWith(sc, dests[len(dests)-1].End, before)
	}
	for _, q := range f.companions(sc, i, p) {
		f.addLeg(sc, i, c, q, dests)
	}
	if strings.Contains(sc.sp.Text, ", joined by ") { // rare: spare the token walk
		if q := f.joinedAfter(sc, dests[len(dests)-1].End, p); len(q) > 0 {
			f.copyLegs(sc, p, f.toks[i].start+1, q) // "flew to Ankara on Tuesday, joined by Foreign Minister Caspar Veldkamp"
		}
	}
	for _, q := range f.followers(sc, i, p) {
		f.addLeg(sc, i, c, q, dests)
	}
	if q := f.coSubject(sc, i, p); q >= 0 {
		f.addLeg(sc, i, c, q, dests) // "Macron and Merz will travel to Kyiv"
	} else if f.pairSubject(i) {
		if a, b, ok := f.pair(i); ok && a == p {
			f.addLeg(sc, i, c, b, dests)
		}
	} else if f.coupleSubject(i) || f.theyBefore(i) && !f.personEndsAt(sc, i) || f.planNounOpens(i) {
		// "A planned stop in Dublin has been dropped", "The tour ends in
		// Cork": the story's travellers, all who shared the latest leg.
		for _, q := range f.coTravellers(sc, p) {
			f.addLeg(sc, i, c, q, dests) // "The couple arrived in Canberra": each of them
		}
	}
}

// coupleSubject reports "the couple", "the royal couple" or "the pair"
// as the subject right before the cue at token i, its auxiliaries aside.
func (f *finder) coupleSubject(i int) bool {
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, f.toks[k].w) || inSet(pastWordsSet, f.toks[k].w) || inSet(presentWordsSet, f.toks[k].w) || f.toks[k].w == "to" || f.toks[k].w == "also" || f.toks[k].w == "then") {
		k--
	}
	if k < 1 || f.toks[k].w != "couple" && f.toks[k].w != "pair" {
		return false
	}
	return f.toks[k-1].w == "the" || k > 1 && f.toks[k-2].w == "the"
}

// coTravellers are the others who shared p's latest leg before this
// sentence: the same sentence and place, another person.
func (f *finder) coTravellers(sc *sentCtx, p int) []int {
	last := -1
	for j, l := range f.legs {
		if l.person == p && l.Start < sc.sp.Start && !l.inherit && (last < 0 || l.Start > f.legs[last].Start) {
			last = j
		}
	}
	if last < 0 {
		return nil
	}
	if out := f.sharers(p, last); len(out) > 0 {
		return out
	}
	// "She visited a hospital on Saturday ... The couple will fly to
	// Christchurch": a solo stop since; the ones p last travelled with.
	return f.lastSharers(sc, p)
}

// sharers are the others of leg j's sentence and place.
func (f *finder) sharers(p, j int) []int {
	var out []int
	for _, l := range f.legs {
		if l.person >= 0 && l.person != p && l.sentence == f.legs[j].sentence && l.Place == f.legs[j].Place && !slices.Contains(out, l.person) {
			out = append(out, l.person)
		}
	}
	return out
}

// delegationSubject reports a delegation, team or mission as the subject
// right before the cue at token i, its auxiliaries aside: "A Vietnamese
// trade delegation will arrive".
func (f *finder) delegationSubject(i int) bool {
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, f.toks[k].w) || inSet(pastWordsSet, f.toks[k].w) || inSet(presentWordsSet, f.toks[k].w) || f.toks[k].w == "to" || f.toks[k].w == "also") {
		k--
	}
	if k < 0 {
		return false
	}
	switch f.toks[k].w {
	case "delegation", "delegations", "team", "mission", "negotiators":
		return true
	}
	return false
}

// delegationLeader is the person an earlier sentence names as leading
// the delegation that "the delegation" before the cue at token i refers
// to ("Rao is leading a delegation to Kenya. The delegation arrived in
// Nairobi"), or -1.
func (f *finder) delegationLeader(sc *sentCtx, i int) int {
	if !f.delegationSubject(i) {
		return -1
	}
	k := i - 1
	for k >= 0 && f.toks[k].w != "delegation" {
		k--
	}
	if k < 1 || f.toks[k-1].w != "the" {
		return -1
	}
	for j := len(f.cast.Mentions) - 1; j >= 0; j-- {
		m := f.cast.Mentions[j]
		if m.End > sc.sp.Start || m.Person < 0 || m.Kind == people.Organisation {
			continue
		}
		words := strings.Fields(f.text[m.End:min(len(f.text), m.End+80)])
		for n, w := range words {
			if n > 5 || strings.ContainsAny(w, ".;") {
				break
			}
			switch w {
			case "led", "leading", "lead", "leads", "heads", "headed", "heading":
				for _, d := range words[n+1 : min(len(words), n+5)] {
					if strings.TrimRight(d, ".,;") == "delegation" {
						return m.Person
					}
				}
			}
		}
	}
	return -1
}

// delegationHead gives the legs of a delegation with no head yet to the
// person a later sentence names as its head: "The delegation will be led
// by Deputy Minister Tran Van Hung".
func (f *finder) delegationHead(sc *sentCtx) {
	toks := f.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k+1].w != "by" || toks[k].w != "led" && toks[k].w != "headed" {
			continue
		}
		deleg := false
		for _, t := range toks[:k] {
			if t.w == "delegation" || t.w == "team" || t.w == "mission" {
				deleg = true
			}
		}
		if !deleg {
			return
		}
		for _, m := range sc.persons {
			if m.Start < toks[k+1].end {
				continue
			}
			if f.tokenBeforeTitle(m) != k+1 {
				return
			}
			for j := range f.legs {
				l := &f.legs[j]
				if l.person < 0 && sc.index-l.sentence <= 3 {
					l.person, l.Traveler = m.Person, f.cast.People[m.Person].Name
				}
			}
			return
		}
		return
	}
}

// sentInstead is the person the subject p of the denied cue at token i
// sends in their place: "sending his environment minister, Marina Costa,
// instead", "will send State Minister Aiko Mori instead"; -1 if none.
func (f *finder) sentInstead(sc *sentCtx, i, p int) int {
	toks := f.toks
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].w {
		case "sending", "send", "sends", "sent", "dispatching", "dispatched":
		default:
			continue
		}
		instead := false
		for _, t := range toks[k+1:] {
			if t.w == "instead" {
				instead = true
			}
		}
		if !instead {
			return -1
		}
		for _, m := range sc.persons {
			if m.Start > toks[k].end && m.Person != p && m.Kind != people.Pronoun {
				return m.Person
			}
		}
		return -1
	}
	return -1
}

// companions are the people who travel with the subject p of the cue at
// token i, named between them: "Rubio, accompanied by Defense Secretary
// Pete Hegseth, will travel", "along with", "together with", "joined by".
func (f *finder) companions(sc *sentCtx, i, p int) []int {
	start := -1
	for _, m := range sc.persons {
		if m.Person == p && m.End <= f.toks[i].start {
			start = m.End
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out []int
	for _, m := range sc.persons {
		if m.Start < start || m.End > f.toks[i].start || m.Person == p {
			continue
		}
		k := f.tokenBeforeTitle(m) // "by" in "by Defense Secretary Pete"
		if k < 1 {
			continue
		}
		w, prev := f.toks[k].w, f.toks[k-1].w
		if w == "by" && (prev == "accompanied" || prev == "joined") || w == "with" && (prev == "along" || prev == "together" || prev == "travelling" || prev == "traveling") {
			out = append(out, m.Person)
		}
	}
	return out
}

// followers are the people named after ", followed by" behind the cue at
// token i, who make the same journey after the subject p: "Anwar Ibrahim
// landed in Manila on Sunday, followed by Lawrence Wong and Pham Minh
// Chinh".
func (f *finder) followers(sc *sentCtx, i, p int) []int {
	var out []int
	listing := false
	for _, m := range sc.persons {
		if m.Start <= f.toks[i].end || m.Person == p || m.Person < 0 {
			continue
		}
		k := f.tokenBeforeTitle(m)
		if k < 2 {
			return out
		}
		w := f.toks[k].w
		switch {
		case !listing && w == "by" && f.toks[k-1].w == "followed" && f.toks[k-2].w == ",":
			listing = true
		case listing && (w == "and" || w == ","):
		default:
			if listing {
				return out
			}
			continue
		}
		if !slices.Contains(out, m.Person) {
			out = append(out, m.Person)
		}
	}
	return out
}

func (f *finder) addLeg(sc *sentCtx, i int, c cue, person int, dests []places.Match) {
	if f.negated(i) && !f.skipNegation {
		f.noteDenied(sc, person, dests)
		return // "has no plans to visit Moscow"
	}
	if f.deniedAfter(i) {
		return // "was ready to travel to Moscow ..., but no trip had been planned"
	}
	if days, ok := f.daysBefore(i); ok {
		// "visited Zaporizhzhia on Thursday, a day after holding talks
		// in Kyiv": the talks were the day before.
		defer f.shiftDays(len(f.legs), -days)
	}
	listDate := ""
	for n := range dests {
		dests[n] = f.qualified(sc, dests[n])
	}
	for n, d := range dests {
		l := leg{person: person, sentence: sc.index, kind: d.Place.Kind, cuePos: f.toks[i].start, placePos: d.Start}
		if person >= 0 {
			l.Traveler = f.cast.People[person].Name
		}
		l.Place = d.Place.Name
		l.Country = d.Place.Country
		l.Evidence = sc.sp.Text
		l.Start, l.End = sc.sp.Start, sc.sp.End
		l.tense = f.status(sc, i, c)
		if l.tense == "" && f.pluralBare(i, c) {
			l.tense = newsbot.StatusScheduled // "The pair fly to Oslo on Monday"
		}
		f.cancelled = f.cancelled || l.tense == newsbot.StatusCancelled
		if c.tense == tenseBase && i > 0 && f.toks[i-1].w == "and" || i > 1 && f.toks[i-2].w == "and" && (f.toks[i-1].w == "hold" || f.toks[i-1].w == "have") {
			// "had been due to arrive in Algiers ... and travel to Oran":
			// the bare verb goes on in the tense of the one before.
			if j := f.latestLeg(sc, i, person); j >= 0 && f.legs[j].tense != "" {
				l.tense = f.legs[j].tense
			}
		}
		if f.afterParticiple(i) {
			// "will visit Kyiv on Monday, after attending a meeting in
			// Helsinki on Sunday": the participle is in the plan's time.
			if j := f.latestLeg(sc, i, person); j >= 0 && f.legs[j].tense == newsbot.StatusScheduled {
				l.tense = f.legs[j].tense
			}
		}
		l.onward = f.onward(i)
		l.ended = f.endedStay(i)
		f.date(&l, sc, d.Start)
		f.dayAfterAppositive(&l, d.End) // "to Osijek, in the east, on Sunday"
		f.invitedMonth(&l, i)           // "accepted an invitation to visit Oslo in May"
		l.order = f.hasOrderWord(sc, i)
		l.presence = c.kind == cuePresence
		l.speech = l.presence && inSet(speechVerbsSet, f.toks[i].w) || f.toks[i].w == "speaking" || f.toks[i].w == "spoke"
		l.home = isReturn(f.toks[i].w) || i+1 < len(f.toks) && f.toks[i+1].w == "back" // "on arrival back in Sydney"
		l.present = c.kind == cueTravel && c.tense == tenseBase && strings.HasSuffix(f.toks[i].w, "s")
		if c.tense == tenseProgressive && i > 0 && f.toks[i-1].w == "," {
			// "heads to Australia this week, stopping over in Singapore":
			// the participle takes the main clause's time.
			if j := f.latestLeg(sc, i, person); j >= 0 {
				l.tense, l.present = f.legs[j].tense, f.legs[j].present
			}
		}
		before := (c.kind == cueTravel || c.kind == cueNoun) && i > 0 && f.toks[i-1].w == "before"
		before = before || c.kind == cueTravel && f.beforeSubject(i)
		if f.afterStop(i) {
			// "due in Geneva on Sunday after a stop in Muscat": the stop
			// comes first; the sentence's date is the main clause's.
			l.prior = true
			l.Date, l.WhenText = "", ""
			if tx, ok := f.clauseTimex(sc, i); ok {
				l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
				f.priorWeekday(&l, sc, i, person, tx)
			}
		}
		if before {
			if tx, ok := f.clauseTimex(sc, i); ok {
				// "before flying on to Lisbon on Thursday": the clause has
				// its own date.
				l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
				f.redirectWeekday(&l, tx)
				f.afterMainDay(sc, i, person, &l, tx)
			} else {
				// "before flying to Seoul": the date is the main clause's,
				// the journey only follows it.
				l.later, l.order = true, true
				l.After, l.Date, l.WhenText = l.Date, "", "later"
			}
		}
		if last, ok := f.thenAfterDated(sc, i); ok && !before && l.Date != "" {
			// "hosted in Tokyo from April 14 to April 16 and will then
			// travel to Osaka": after the last day of the clause before.
			if !isDay(last) {
				last = l.Date
			}
			l.later, l.order = true, true
			l.After, l.Date, l.WhenText = last, "", "later"
		}
		if tx, ok := f.timexRightAfter(d.End); ok && n > 0 {
			// "... and N'Djamena on 3 December": the stop's own day.
			l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
			f.redirectWeekday(&l, tx)
		} else if n == 0 && len(dests) > 1 && !before {
			if tx, ok := f.timexAt(l.Date, sc); ok && (tx.End <= d.Start || strings.HasSuffix(f.text[:tx.Start], "from ")) && isDay(l.Date) {
				listDate = l.Date // a day before the list, or the start of a range after it ("Brazil, Colombia and Chile from Sunday")
			}
		} else if n > 0 && listDate != "" && l.Date == listDate {
			// "a tour on Monday with stops in Berlin, Paris and Warsaw":
			// the day is the first stop's; the others follow it.
			l.order = true
			l.After, l.Date, l.WhenText = listDate, "", "later"
		}
		if !l.later && f.onTheWay(d.End) {
			// "will stop in Sofia on the way to meet ...": before the
			// journey's goal, on a day not told.
			l.Date, l.WhenText, l.order, l.After = "", "on the way", false, ""
		}
		if l.Date == "" && l.order && l.WhenText == "" {
			l.WhenText = "later"
		}
		if c.label != "" {
			l.acts = append(l.acts, c.label)
		}
		// Skip a duplicate from a second cue in the same sentence.
		dup, dupOf := false, 0
		for _, j := range sc.legs {
			if f.legs[j].person == person && f.legs[j].Place == l.Place && f.legs[j].Date == l.Date {
				dup, dupOf = true, j
				break
			}
		}
		if dup {
			if c.label != "" && !contains(f.legs[dupOf].acts, c.label) {
				f.legs[dupOf].acts = append(f.legs[dupOf].acts, c.label)
			}
			continue
		}
		sc.legs = append(sc.legs, len(f.legs))
		f.legs = append(f.legs, l)
	}
}

// endedStay reports a journey noun whose stay is told as cut off: "cut
// short his visit to", "curtailed her tour of".
func (f *finder) endedStay(i int) bool {
	toks := f.toks
	switch toks[i].w {
	case "visit", "trip", "tour", "stay":
	default:
		return false
	}
	if i < 3 {
		return false
	}
	switch toks[i-1].w {
	case "his", "her", "their", "the", "its", "a":
	default:
		return false
	}
	switch toks[i-2].w {
	case "short":
		switch toks[i-3].w {
		case "cut", "cuts", "cutting":
			return true
		}
	case "curtailed", "curtails", "abandoned":
		return true
	case "up", "concluded", "ended":
		// "wrapped up a visit to Kenya on Saturday": the day the stay
		// ended; not "ended the trip in Hanoi", a last stop of its own.
		if i+1 < len(toks) && (toks[i+1].w == "to" || toks[i+1].w == "of") {
			return toks[i-2].w != "up" || toks[i-3].w == "wrapped" || toks[i-3].w == "wraps"
		}
	}
	return false
}

// thenAfterDated reports a journey told with "and (will) then" after a
// clause whose date is the only one before it, with no date of its own:
// "... from April 14 to April 16 and will then travel to Osaka".
// The value returned is the last date before "and".
func (f *finder) thenAfterDated(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	if i < 2 || toks[i-1].w != "then" {
		return "", false
	}
	k := i - 2
	for k >= 0 && inSet(futureWordsSet, toks[k].w) {
		k--
	}
	if k < 0 || toks[k].w != "and" {
		return "", false
	}
	if _, ok := f.clauseTimex(sc, i); ok {
		return "", false
	}
	last := ""
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= toks[k].start {
			break
		}
		if isDate(tx.Value) {
			last = dateValue(tx.Value)
		}
	}
	return last, last != ""
}

// standInLeg sends the person who opens the sentence sp ("Foreign Minister
// Gideon Saar will lead the delegation in his place") to the plan denied
// or called off in the three sentences before, when the sentence gave
// them no journey of their own. mi indexes the first mention at or after
// the sentence.
func (f *finder) standInLeg(si int, sp text.Span, mi int) {
	var plan *leg
	for _, plans := range [][]leg{f.legs, f.denied} {
		for k := range plans {
			c := &plans[k]
			if c.tense == newsbot.StatusCancelled && c.Place != "" && c.sentence < si && si-c.sentence <= 3 && (plan == nil || c.sentence >= plan.sentence) {
				plan = c
			}
		}
	}
	if plan == nil || mi >= len(f.cast.Mentions) {
		return
	}
	m := f.cast.Mentions[mi]
	if m.End > sp.End || m.Person < 0 || m.Person >= len(f.cast.People) || m.Person == plan.person || m.Kind != people.Name {
		return
	}
	for _, l := range f.legs {
		if l.person == m.Person && l.sentence == si {
			return // "will attend a conference in London in his place": placed already
		}
	}
	l := leg{person: m.Person, sentence: si, kind: plan.kind, cuePos: m.End, placePos: m.End, tense: newsbot.StatusScheduled}
	l.Traveler = f.cast.People[m.Person].Name
	l.Place, l.Country, l.Date, l.WhenText = plan.Place, plan.Country, plan.Date, plan.WhenText
	l.Evidence, l.Start, l.End = sp.Text, sp.Start, sp.End
	l.acts = []string{"visit"}
	f.legs = append(f.legs, l)
}

// noteDenied keeps the place and day of a denied plan ("will not attend
// this week's summit in Brussels"), which is no leg but dates the journey
// of whoever goes instead (see standInDays).
func (f *finder) noteDenied(sc *sentCtx, person int, dests []places.Match) {
	for _, d := range dests {
		l := leg{person: person, sentence: sc.index, tense: newsbot.StatusCancelled}
		l.Place, l.Country = d.Place.Name, d.Place.Country
		f.date(&l, sc, d.Start)
		f.denied = append(f.denied, l)
	}
}

// daysBefore reads "a day after", "two days after" (and a verb in -ing)
// right before the cue at token i: the cue's day is that many days before
// the day of the clause it hangs on.
func (f *finder) daysBefore(i int) (int, bool) {
	k := i - 1
	if k >= 0 && strings.HasSuffix(f.toks[k].w, "ing") && f.toks[k].w != "meeting" {
		k--
	}
	if k < 2 || f.toks[k].w != "after" || f.toks[k-1].w != "day" && f.toks[k-1].w != "days" {
		return 0, false
	}
	for n, w := range []string{"", "a", "two", "three", "four", "five"} {
		if n > 0 && f.toks[k-2].w == w {
			return n, true
		}
	}
	if f.toks[k-2].w == "one" {
		return 1, true
	}
	return 0, false
}

// shiftDays moves the day of the legs from index from on by n days, once
// they are made (addLeg defers it).
func (f *finder) shiftDays(from, n int) {
	for j := from; j < len(f.legs); j++ {
		l := &f.legs[j]
		if l.Date == "" && !f.published.IsZero() && l.WhenText == "" {
			// "is in Aberdeen ..., a day after visiting a shipyard in
			// Glasgow": a day before the story's day.
			l.Date, l.WhenText = f.publishedDay(), "today"
		}
		if v, ok := addDays(l.Date, n); ok && isDay(l.Date) {
			when := "the day before"
			if n < -1 {
				when = fmt.Sprintf("%d days before", -n)
			}
			l.Date, l.WhenText = v, when+" "+strings.TrimPrefix(l.WhenText, "on ")
		}
	}
}

// timexRightAfter is a dated timex that follows byte offset pos with at
// most "on" or "in" between: "N'Djamena on 3 December".
func (f *finder) timexRightAfter(pos int) (newsbot.Timex, bool) {
	txs := f.timexesFrom(pos)
	if len(txs) == 0 {
		return newsbot.Timex{}, false
	}
	tx := txs[0]
	gap := strings.TrimSpace(f.text[pos:tx.Start])
	if (gap == "" || gap == "on" || gap == "in") && isDate(tx.Value) && (!f.published.IsZero() || hasYear(tx.Text)) {
		return tx, true
	}
	return newsbot.Timex{}, false
}

// whoOfPerson reports ", who" right before token k after a person: "Huang,
// who was in Shanghai on Tuesday".
func (f *finder) whoOfPerson(sc *sentCtx, k int) bool {
	return k >= 2 && f.toks[k-1].w == "who" && f.toks[k-2].w == "," && f.personEndsAt(sc, k-2)
}

// sinceDay is the day of "since Monday" right after byte offset pos.
func (f *finder) sinceDay(pos int) (newsbot.Timex, bool) {
	txs := f.timexesFrom(pos)
	if len(txs) == 0 {
		return newsbot.Timex{}, false
	}
	tx := txs[0]
	gap := strings.TrimSpace(f.text[pos:tx.Start])
	if gap != "since" && !(gap == "" && strings.HasPrefix(strings.ToLower(tx.Text), "since ")) || !isDay(dateValue(tx.Value)) {
		return newsbot.Timex{}, false
	}
	return tx, true
}

// deniedAfter reports a later clause of the sentence that says no journey
// is planned: "..., but no trip had been planned", "but there are no plans".
func (f *finder) deniedAfter(i int) bool {
	for k := i + 1; k+1 < len(f.toks); k++ {
		if f.toks[k].w != "no" {
			continue
		}
		switch f.toks[k+1].w {
		case "trip", "visit", "plans", "plan", "journey", "travel":
			return true
		}
	}
	return false
}

// onTheWay reports "on the way", "on his way", "en route" right after
// byte offset pos.
func (f *finder) onTheWay(pos int) bool {
	rest := strings.TrimLeft(f.text[pos:min(len(f.text), pos+16)], " ,")
	return strings.HasPrefix(rest, "on the way") || strings.HasPrefix(rest, "on his way") ||
		strings.HasPrefix(rest, "on her way") || strings.HasPrefix(rest, "en route")
}

// afterStop reports a journey noun or verb after "after" ("after a stop
// in Muscat", "after visiting Oman"): it precedes the main clause.
func (f *finder) afterStop(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := f.toks[k].w; {
		case w == "after":
			return true
		case strings.HasSuffix(w, "ing") && k < i-1 || w == "up":
			// "after concluding a two-day visit", "after wrapping up a tour"
		case !inSet(determinersSet, w) && !journeyAdjective(w) || k < i-3:
			return false
		}
	}
	return false
}

// journeyAdjective reports a word that may qualify a journey noun: "a
// brief stop", "a state visit", "a week-long visit", "a two-day trip".
func journeyAdjective(w string) bool {
	switch w {
	case "brief", "short", "quick", "state", "official", "working", "private", "surprise", "unannounced",
		"lightning", "whirlwind", "landmark", "historic", "first", "second", "third":
		return true
	}
	return strings.HasSuffix(w, "-long") || strings.HasSuffix(w, "-day") || strings.HasSuffix(w, "-nation")
}

func isReturn(w string) bool {
	switch w {
	case "return", "returns", "returned", "returning":
		return true
	}
	return false
}

// negated reports whether the clause of the cue at token i denies the
// journey: a negator within the few words before it ("has no plans to
// visit", "will not travel to", "ruled out a trip to"), not across a
// clause break.
func (f *finder) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := f.toks[k]
		// "virtually rather than travel to Kuala Lumpur", "instead of
		// flying to Rome": the journey is the one not taken.
		if k > 0 && (t.w == "than" && f.toks[k-1].w == "rather" || t.w == "of" && f.toks[k-1].w == "instead") {
			return true
		}
		if t.punct || inSet(breakersSet, t.w) {
			return false
		}
		if inSet(negatorsSet, t.w) {
			// "no longer" is a cancellation, said by status; "did not
			// arrive until Friday" did arrive.
			return !(t.w == "no" && k+1 < len(f.toks) && f.toks[k+1].w == "longer") && !f.untilAfter(i)
		}
	}
	return false
}

// untilAfter reports an "until" in the clause after token i.
func (f *finder) untilAfter(i int) bool {
	for _, t := range f.toks[i+1:] {
		if t.punct {
			return false
		}
		if t.w == "until" || t.w == "till" || t.w == "before" && f.dayRightAfter(t.end) {
			return true // "will not arrive in Geneva before Saturday": on Saturday
		}
	}
	return false
}

// clauseTimex is the dated timex of the clause that the cue at token i
// opens, up to the next clause break: "before flying on to Lisbon on
// Thursday".
func (f *finder) clauseTimex(sc *sentCtx, i int) (newsbot.Timex, bool) {
	end := sc.sp.End
	for _, t := range f.toks[i+1:] {
		if t.punct || inSet(breakersSet, t.w) {
			end = t.start
			break
		}
	}
	for _, tx := range f.timexesFrom(f.toks[i].end) {
		if tx.Start >= end {
			break
		}
		if tx.End <= end && isDate(tx.Value) && !f.bounding(tx) {
			return tx, true
		}
	}
	return newsbot.Timex{}, false
}

// timexAt finds the timex of the sentence whose date value is v.
func (f *finder) timexAt(v string, sc *sentCtx) (newsbot.Timex, bool) {
	if v == "" {
		return newsbot.Timex{}, false
	}
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= sc.sp.End {
			break
		}
		if tx.End <= sc.sp.End && dateValue(tx.Value) == v {
			return tx, true
		}
	}
	return newsbot.Timex{}, false
}

// isDay reports whether a TIMEX3 value is one calendar day.
func isDay(v string) bool { return len(v) == 10 && v[4] == '-' && v[7] == '-' }

// subject finds the traveller of the cue at token i: the nearest person
// mention before it that is not an object ("lunch with Xi before meeting"
// keeps the diner as subject), else for a sentence-initial cue the first
// person after it ("Visiting Hanoi, Esper said").
func (f *finder) subject(sc *sentCtx, i int) int {
	cueStart := f.toks[i].start
	if p := f.askedObject(sc, i); p >= 0 {
		return p
	}
	if p := f.relativeSubject(sc, i); p >= 0 {
		return p
	}
	if f.groupSubject(i) {
		return -1 // "his side would travel to Milan": the team, not its manager
	}
	if f.commonPluralSubject(i) || f.pluralWhoSubject(sc, i) {
		return -1 // "said patients had to travel to Leeds": the patients, not the speaker
	}
	if f.pairSubject(i) {
		// "The two leaders will then go on to Chisinau": both travel;
		// addLegs adds the other.
		if a, _, ok := f.pair(i); ok {
			return a
		}
	}
	if f.coordinated(i) {
		// "held talks in Oslo ... and travelled on to Copenhagen": the
		// traveller of the clause before.
		if j := f.latestLeg(sc, i, -1); j >= 0 {
			return f.legs[j].person
		}
		for _, m := range sc.persons {
			if m.End <= cueStart && !f.isObject(m) && !f.inAside(m, i) && !f.venueName(m) {
				return f.pronounTraveller(sc, m)
			}
		}
	}
	if i > 0 && (f.toks[i-1].w == "before" || f.toks[i-1].w == "after") && strings.HasSuffix(f.toks[i].w, "ing") {
		// "hosted by the chancellor, Friedrich Merz, before heading to
		// Paris": the journey is the main clause subject's.
		for _, m := range sc.persons {
			if m.End <= cueStart && !f.isObject(m) && !f.inAside(m, i) && !f.venueName(m) {
				return m.Person
			}
		}
		// "The pontiff will arrive in Algiers ..., before travelling to
		// Annaba": the main clause's traveller, however described.
		if j := f.latestLeg(sc, i, -1); j >= 0 && f.legs[j].person >= 0 {
			return f.legs[j].person
		}
	}
	if q := f.appositiveTrip(sc, i); q >= 0 {
		// "Putin will visit India for talks with Modi, the Kremlin said,
		// his first trip to New Delhi since 2021": the main clause's
		// traveller, not the last man named.
		return q
	}
	if q := f.quotedSpeaker(sc, i); q >= 0 {
		// "\"I will travel to Brazil on Thursday,\" Narendra Modi said": the
		// speaker's own plan.
		return q
	}
	if f.theyBefore(i) && !f.personEndsAt(sc, i) {
		// "the victors would have no chance when they visited the UK":
		// a plural nobody resolved is not the last person named.
		if f.pluralOpener(sc, i) {
			return -1 // "The detainees were arrested when they landed at RAF Northolt": the detainees
		}
		return f.storyTraveller(sc)
	}
	for j := len(sc.persons) - 1; j >= 0; j-- {
		m := sc.persons[j]
		if m.End > cueStart {
			continue
		}
		if f.isObject(m) || f.inAside(m, i) || f.isObjectPronoun(m) || f.venueName(m) || notAPerson(f.cast.People[m.Person].Name) {
			continue // "Shangri-La Dialogue", "Celtic Park": no traveller
		}
		if f.ownerOfOther(m) {
			return -1 // "Kane's predecessor visited Manila"
		}
		if f.otherSubjectBetween(i, m.End) {
			return -1 // "while Oasis will also perform at": the band's
		}
		if f.ownQuotePronoun(sc, m) {
			return -1 // "\"I imagine he will be on the tour,\" said Kane": not Kane
		}
		if m.Kind == people.Pronoun && f.programmeLine(sc) {
			// "Friday: Berlin, where he will address ...": the
			// itinerary's traveller, not the last person named.
			if t := f.programmeTraveller(sc); t >= 0 {
				return t
			}
		}
		return f.pronounTraveller(sc, m)
	}
	if p := f.nameWordBefore(sc, i); p >= 0 {
		return p
	}
	if f.meetingWithOpens(i) {
		// "A meeting with Japanese Prime Minister Sanae Takaichi is
		// planned for Wednesday": the story's traveller's, not the one met.
		if q := f.storyTraveller(sc); q >= 0 {
			return q
		}
	}
	if f.openingCue(i) {
		for _, m := range sc.persons {
			if m.Start > cueStart && !f.isObject(m) && !f.planReporter(sc, i, m) && !(f.nounOpens(i) && f.trailingSource(m)) {
				return m.Person
			}
		}
	}
	if q := f.roleFits(i); q >= 0 {
		return q // "The pontiff visited Iraq": the pope, whoever was named last
	}
	if f.roleSubject(i) {
		return f.lastSubject
	}
	if f.personNounOpener(i) {
		// "The former law professor will then go on to Warsaw": a
		// description nobody resolved is the story's traveller.
		if q := f.storyTraveller(sc); q >= 0 {
			return q
		}
		if f.ageOpener(i) && f.lastSubject >= 0 {
			// "Banker Carl Dunne was among the missing. The 41-year-old
			// was holidaying on Corfu": an age stands for the one the
			// story is about, before any journey is told.
			return f.lastSubject
		}
	}
	if f.profileOpener(sc, i) {
		// "The Oscar winner said on a visit to Sydney": the one the
		// story is about, its latest traveller or else its latest subject.
		if q := f.storyTraveller(sc); q >= 0 {
			return q
		}
		return f.lastSubject
	}
	if f.pluralSubject(i) {
		// "The royal couple will meet ...", "They fly to Dar es Salaam":
		// the travellers of the story, by the latest leg's.
		return f.storyTraveller(sc)
	}
	if f.planNounOpens(i) || f.plansOpen(i) {
		// "A planned stop in Dublin on Saturday has been postponed": the
		// story's traveller's.
		return f.storyTraveller(sc)
	}
	if f.programmeLine(sc) {
		// "- January 15: arrival in Nicosia": the line of a programme
		// goes on with the traveller of the itinerary before it.
		return f.programmeTraveller(sc)
	}
	return -1
}

// relativeSubject is the person a ", who" clause holding the cue at token
// i hangs on, an object of the clause before: "She met President Jose
// Jeri, who later met Gabriel Boric" (Jeri met Boric); -1 when the cue is
// in no such clause.
func (f *finder) relativeSubject(sc *sentCtx, i int) int {
	toks := f.toks
	for k := i - 1; k >= 2 && k >= i-4; k-- {
		switch w := toks[k].w; {
		case w == "who":
			if toks[k-1].w != "," {
				return -1
			}
			for _, m := range sc.persons {
				if m.End == toks[k-1].start && m.Kind != people.Pronoun && f.isObject(m) {
					return m.Person
				}
			}
			return -1
		case toks[k].punct || !(inSet(futureWordsSet, w) || inSet(pastWordsSet, w) || inSet(presentWordsSet, w) ||
			w == "later" || w == "also" || w == "then" || w == "to" || w == "due" || w == "expected"):
			return -1
		}
	}
	return -1
}

// planNounOpens reports a journey noun opening its clause with no owner
// named: "A planned stop in Dublin ...", "..., and the second leg to
// Rome ...".
func (f *finder) planNounOpens(i int) bool {
	switch f.toks[i].w {
	case "stop", "visit", "trip", "leg", "journey", "tour", "stopover":
	case "day":
		// "A planned day in Montreal" (see plannedDayOff).
	default:
		return false
	}
	k := i - 1
	for k >= 0 && (inSet(determinersSet, f.toks[k].w) || planAdjectives[f.toks[k].w] || dayName(f.toks[k].w)) {
		k--
	}
	if k == i-1 {
		return false
	}
	return k < 0 || k >= 1 && f.toks[k].w == "and" && f.toks[k-1].w == ","
}

// meetingWithOpens reports a meeting noun opening the sentence with its
// partner after "with": "A meeting with Takaichi is planned", "Talks
// with Lourenco are set for Friday".
func (f *finder) meetingWithOpens(i int) bool {
	toks := f.toks
	if i > 1 || i+1 >= len(toks) || toks[i+1].w != "with" || !meetingNoun(toks[i].w) {
		return false
	}
	return i == 0 || toks[0].w == "a" || toks[0].w == "the" || toks[0].w == "A" || toks[0].w == "The"
}

// planAdjectives may stand between a determiner and a journey noun.
var planAdjectives = map[string]bool{
	"planned": true, "scheduled": true, "proposed": true, "brief": true, "short": true,
	"second": true, "third": true, "final": true, "last": true, "next": true, "first": true,
}

// appositiveTrip is the traveller of the sentence's first journey when
// the cue at token i is a journey noun in an appositive after a comma
// ("..., his first trip to New Delhi since ..."); -1 otherwise.
func (f *finder) appositiveTrip(sc *sentCtx, i int) int {
	toks := f.toks
	switch toks[i].w {
	case "trip", "visit", "journey", "tour":
	default:
		return -1
	}
	k := i - 1
	for k > 0 && (planAdjectives[toks[k].w] || ordinalWord(toks[k].w)) {
		k--
	}
	if k < 1 || toks[k].w != "his" && toks[k].w != "her" || toks[k-1].w != "," {
		return -1
	}
	for _, j := range sc.legs {
		if l := f.legs[j]; l.person >= 0 && l.cuePos < toks[i].start {
			return l.person
		}
	}
	return -1
}

// ordinalWord reports "first", "second" ... "maiden" before a journey noun.
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "maiden", "latest", "official", "state":
		return true
	}
	return false
}

// quotedSpeaker is the speaker of a quotation in which "I" is the subject
// of the cue at token i, named after the quotation closes ("..., \" Modi
// said", "..., \" said Modi"); -1 if none.
func (f *finder) quotedSpeaker(sc *sentCtx, i int) int {
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, f.toks[k].w) || f.toks[k].w == "am" || f.toks[k].w == "to" || f.toks[k].w == "also" || f.toks[k].w == "then" || f.toks[k].w == "be") {
		k--
	}
	if k < 0 || !firstPerson(f.toks[k].w) {
		return -1
	}
	plan := f.toks[k].w != "I" // "I'll be in Seoul on Friday", "I'm going to Leeds"
	rest := f.text[f.toks[i].end:sc.sp.End]
	q := strings.IndexAny(rest, "\"”")
	if q < 0 {
		return -1
	}
	for j := k + 1; j < i; j++ {
		if w := f.toks[j].w; w == "would" || w == "hope" || w == "want" {
			return -1 // "I would go to Moscow": a wish, not a plan
		} else if inSet(futureWordsSet, w) || w == "am" {
			plan = true
		}
	}
	if !plan {
		return -1 // "When I went to the Eastern District of New York": a memory, often no journey
	}
	if said := rest[:q]; strings.Contains(said, " if ") || strings.Contains(said, " unless ") {
		return -1 // "I will go to Moscow if it helps peace": a condition
	}
	after := f.toks[i].end + q + 1
	for _, m := range sc.persons {
		if m.Start < after {
			continue
		}
		if m.Start-after > 40 {
			return -1
		}
		between := strings.ToLower(f.text[after:m.Start])
		tail := strings.ToLower(f.text[m.End:min(m.End+12, sc.sp.End)])
		for _, v := range []string{"said", "says", "told", "wrote", "added"} {
			if strings.Contains(between, v) || strings.HasPrefix(strings.TrimSpace(tail), v) {
				return m.Person
			}
		}
		return -1
	}
	return -1
}

// firstPerson reports the speaker's "I" as a token, alone or with its
// auxiliary run in.
func firstPerson(w string) bool {
	switch w {
	case "I", "I'll", "I’ll", "I'm", "I’m":
		return true
	}
	return false
}

// pluralOpener reports a sentence that opens with "The" and a plural
// common noun, with no person named before the cue at token i: its "they"
// is that group.
func (f *finder) pluralOpener(sc *sentCtx, i int) bool {
	toks := f.toks
	if i < 3 || toks[0].w != "the" && toks[0].w != "The" {
		return false
	}
	w := toks[1].w
	if isCapitalised(w) || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	for _, m := range sc.persons {
		if m.Start < toks[i].start {
			return false
		}
	}
	return true
}

// hostsGuest is the traveller of a leg told in the two sentences before
// sc in which person p is only met, when p has no leg of their own: "In
// Madrid the pontiff will meet King Felipe VI ... In Barcelona, he is
// expected to visit": the pontiff, not the king the pronoun was given to.
// -1 otherwise.
func (f *finder) hostsGuest(sc *sentCtx, p int) int {
	if p < 0 || p >= len(f.cast.People) {
		return -1
	}
	name := f.cast.People[p].Name
	t := -1
	for _, l := range f.legs {
		if l.person == p {
			return -1
		}
		if l.person >= 0 && l.sentence < sc.index && sc.index-l.sentence <= 2 && slices.Contains(l.Counterparts, name) {
			t = l.person
		}
	}
	return t
}

// pronounTraveller is the person of subject mention m, a pronoun the
// people finder gave to someone only met, or to another than the one
// traveller of the sentence before, going to that traveller.
func (f *finder) pronounTraveller(sc *sentCtx, m people.Mention) int {
	if m.Kind != people.Pronoun {
		return m.Person
	}
	if t := f.hostsGuest(sc, m.Person); t >= 0 && !f.otherGender(m, t) {
		return t
	}
	if t := f.lastSentenceTraveller(sc, m); t >= 0 && !f.otherGender(m, t) {
		return t
	}
	return m.Person
}

// otherGender reports a pronoun m whose gender is not person t's, when
// both are known: "Anne Tremblay met Jose Jeri ... He later met Boric" is
// Jeri's meeting, not hers.
func (f *finder) otherGender(m people.Mention, t int) bool {
	g := f.cast.People[t].Gender
	switch strings.ToLower(m.Text) {
	case "he", "him", "his":
		return g == "f"
	case "she", "her", "hers":
		return g == "m"
	}
	return false
}

// lastSentenceTraveller is the one traveller of the sentence just before
// sc when the pronoun m opens sc and was given to someone else:
// "To Lam arrived in Beijing on Tuesday ... He is also scheduled to visit
// Shanghai" (the people finder chose Xi, named more often). -1 otherwise.
func (f *finder) lastSentenceTraveller(sc *sentCtx, m people.Mention) int {
	if m.Start != sc.sp.Start || m.Person < 0 {
		return -1
	}
	t := -1
	for _, l := range f.legs {
		if l.sentence != sc.index-1 || l.person < 0 {
			continue
		}
		if l.person == m.Person {
			return -1
		}
		if t >= 0 && l.person != t {
			return -1
		}
		t = l.person
	}
	return t
}

// venueName reports a mention that names a venue, a facility noun right
// after it: "play Kitchee at the Kai Tak stadium".
func (f *finder) venueName(m people.Mention) bool {
	if m.Kind != people.Name || m.End+1 >= len(f.text) || f.text[m.End] != ' ' {
		return false // "Starmer's plant visit": an owner
	}
	// The next word, read from the text: cheaper than a token search on
	// the common path (most names are followed by a verb).
	s := f.text[m.End+1:]
	n := 0
	for n < len(s) && n < 13 && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	if n < 3 || n == 13 {
		return false
	}
	w := s[:n]
	if isCapitalised(w) {
		w = strings.ToLower(w)
	}
	return inSet(facilityNounsSet, w)
}

// storyTraveller is the traveller of the latest leg told before the
// sentence, or -1.
func (f *finder) storyTraveller(sc *sentCtx) int {
	best, bestStart := -1, -1
	for _, l := range f.legs {
		if l.Start < sc.sp.Start && l.Start > bestStart && !l.inherit && l.person >= 0 {
			best, bestStart = l.person, l.Start
		}
	}
	return best
}

// theyBefore reports "they" or "we" as the subject right before the cue
// at token i, its auxiliaries aside.
func (f *finder) theyBefore(i int) bool {
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, f.toks[k].w) || inSet(pastWordsSet, f.toks[k].w) || inSet(presentWordsSet, f.toks[k].w) || f.toks[k].w == "to" || f.toks[k].w == "also" || f.toks[k].w == "then") {
		k--
	}
	return k >= 0 && (f.toks[k].w == "they" || f.toks[k].w == "we")
}

// pluralSubject reports a plural or collective subject right before
// the cue at token i, its auxiliaries aside: "they", "the couple", "the
// royal couple", "the pair".
func (f *finder) pluralSubject(i int) bool {
	k := i - 1
	if k > 1 && (f.toks[k].w == "the" || f.toks[k].w == "their") {
		// "The couple will end the tour in Vancouver": the verb before the noun.
		switch f.toks[k-1].w {
		case "end", "begin", "start", "wrap", "conclude", "finish", "up":
			k -= 2
			if k >= 0 && f.toks[k+1].w == "up" {
				k--
			}
		}
	}
	for k >= 0 && (inSet(futureWordsSet, f.toks[k].w) || inSet(pastWordsSet, f.toks[k].w) || inSet(presentWordsSet, f.toks[k].w) || f.toks[k].w == "to" || f.toks[k].w == "also" || f.toks[k].w == "then" || f.toks[k].w == "be" || f.toks[k].w == "been") {
		k-- // "The couple will be hosted by ...": a passive's auxiliaries too
	}
	if k < 0 {
		return false
	}
	switch f.toks[k].w {
	case "and":
		// "The royal couple will meet ... and visit ...": the first verb's subject.
		for j := 0; j < k; j++ {
			if c, ok := cueOf(f.toks[j].w); ok && c.kind != cuePresence {
				return f.pluralSubject(j)
			}
		}
	case "they":
		return true
	case "couple", "pair":
		return k > 0 && (f.toks[k-1].w == "the" || k > 1 && f.toks[k-2].w == "the")
	}
	return false
}

// roleFits is the one person of the cast whose role holds the role noun
// before the cue at token i ("the pontiff"), or -1.
func (f *finder) roleFits(i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if !inSet(roleNounsSet, f.toks[k].w) {
			continue
		}
		if f.toks[k-1].w != "the" {
			return -1 // "the pontiff", a subject
		}
		found := -1
		for q := range f.cast.People {
			if hasRole(f.roleText(q), f.toks[k].w) && !f.isPlaceNamed(q) {
				if found >= 0 {
					return -1
				}
				found = q
			}
		}
		return found
	}
	return -1
}

// programmeHead reports a line that opens with a day and a colon, a dash
// or bullet aside: "Monday: Luanda", "- January 12: arrival in Beirut".
func programmeHead(s string) bool {
	s = strings.TrimLeft(s, " \t-*")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "•"), "–")
	s = strings.TrimLeft(s, " ")
	c := strings.IndexByte(s, ':')
	if c < 3 || c > 20 {
		return false
	}
	for _, d := range [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may ", "june", "july", "august", "september", "october", "november", "december"} {
		if hasPrefixFold(s, d) || d == "may " && hasPrefixFold(s, "may") && c == 3 {
			return true
		}
	}
	return false
}

// programmeStop adds the stop a programme line names right after its
// colon ("Wednesday: Maputo, Mozambique."), for the story's traveller.
func (f *finder) programmeStop(sc *sentCtx) {
	if c := strings.IndexByte(sc.sp.Text[:min(len(sc.sp.Text), 28)], ':'); c < 0 || !f.programmeLine(sc) {
		return // a programme line has its colon near the start
	}
	colon := strings.IndexByte(sc.sp.Text, ':')
	if colon < 0 {
		return
	}
	k := 0
	for k < len(f.toks) && f.toks[k].start <= sc.sp.Start+colon {
		k++
	}
	p, ok := f.placeAt(sc, k)
	if !ok {
		return
	}
	subj := f.subject(sc, k)
	if subj < 0 {
		return
	}
	before := len(f.legs)
	f.addLeg(sc, k, cue{cueTravel, tenseNone, "visit"}, subj, f.list(sc, p)[:1])
	txs := f.timexesFrom(sc.sp.Start)
	for j := before; j < len(f.legs); j++ {
		// A programme announces plans, day after day: "Wednesday" is the
		// one after the line before's.
		l := &f.legs[j]
		if l.tense == "" {
			l.tense = newsbot.StatusScheduled
		}
		l.onward = true
		if len(txs) > 0 && bareWeekday(txs[0].Text) {
			l.Date = dateValue(txs[0].Value)
			f.redirectWeekday(l, txs[0])
		}
	}
}

// programmeTraveller is the traveller of the itinerary a programme line
// of sentence sc goes on with: the latest leg's before it, else the
// story's first subject ("Lula will visit three African countries ...
// His schedule:").
func (f *finder) programmeTraveller(sc *sentCtx) int {
	best, bestStart := -1, -1
	for _, l := range f.legs {
		if l.Start < sc.sp.Start && l.Start > bestStart && !l.inherit && l.person >= 0 {
			best, bestStart = l.person, l.Start
		}
	}
	if best < 0 {
		best = f.lastSubject
	}
	return best
}

// programmeLine reports a sentence that is a line of a listed programme:
// a dash or bullet, a date and a colon ("- January 12: arrival in Beirut").
func (f *finder) programmeLine(sc *sentCtx) bool {
	t := strings.TrimLeft(sc.sp.Text, " \t")
	if t == "" {
		return false
	}
	if t[0] != '-' && t[0] != '*' && !strings.HasPrefix(t, "•") && !strings.HasPrefix(t, "–") {
		// "Monday: Luanda, Angola, talks with ...": a day and a colon.
		txs := f.timexesFrom(sc.sp.Start)
		if len(txs) == 0 || txs[0].Start != sc.sp.Start+len(sc.sp.Text)-len(t) {
			return false
		}
		if strings.HasPrefix(f.text[txs[0].End:], ":") {
			return true
		}
		// "Friday and Saturday: Berlin", "12-14 May: Hanoi".
		if len(txs) > 1 && strings.HasPrefix(f.text[txs[1].End:], ":") {
			switch strings.TrimSpace(f.text[txs[0].End:txs[1].Start]) {
			case "and", "to", "-", "–":
				return true
			}
		}
		return false
	}
	colon := strings.IndexByte(t, ':')
	if colon < 0 || colon > 30 {
		return false
	}
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		return tx.Start < sc.sp.Start+colon+(len(sc.sp.Text)-len(t))
	}
	return false
}

// ownerOfOther reports a possessive mention followed by a person noun:
// "Kane's predecessor", "the minister's wife", not "Kane's visit".
func (f *finder) ownerOfOther(m people.Mention) bool {
	rest := f.text[m.End:]
	if strings.HasPrefix(m.Text, "his") || strings.HasPrefix(m.Text, "her") || strings.HasPrefix(m.Text, "His") || strings.HasPrefix(m.Text, "Her") {
		rest = " " + rest
	} else if r, ok := strings.CutPrefix(rest, "'s"); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "’s"); ok {
		rest = r
	} else {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexAny(rest, " ,.;")
	if end < 0 {
		end = len(rest)
	}
	switch rest[:end] {
	case "predecessor", "successor", "wife", "husband", "son", "daughter", "deputy", "spokesman", "spokeswoman",
		"spokesperson", "envoy", "aide", "aides", "adviser", "advisers", "brother", "sister", "father", "mother", "widow",
		"team", "staff", "negotiators", "officials", "diplomats":
		// "Sato's team will fly to Hanoi": the staff go, not the owner.
		return true
	}
	return false
}

// coordinated reports whether the cue at token i heads a verb phrase
// joined by "and" to the clause before: "and travelled on to", "and will
// meet".
func (f *finder) coordinated(i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 {
		switch f.toks[k].w {
		case "will", "would", "shall", "also", "then", "later", "is", "was", "to", "has", "had", "due", "set", "expected", "scheduled":
			k--
			continue
		}
		break
	}
	return k >= 0 && f.toks[k].w == "and"
}

// openingCue reports whether the cue at token i opens its sentence, with
// only linking words and determiners before it ("Visiting Hanoi, Esper
// said", "On a visit to Lagos, the singer ..."): its subject follows.
func (f *finder) openingCue(i int) bool {
	if f.partOfOpener(i) || f.speechOpener(i) {
		return true // "At the end of his visit to Brazil, Lula said", "In a speech in Leeds, Harper said"
	}
	if i > 3 {
		return false
	}
	for _, t := range f.toks[:i] {
		switch t.w {
		case "after", "before", "while", "when", "on", "upon", "during", "since", "also", "then", "but", "and", "yet", "a", "an", "the", "his", "her", "their":
		default:
			return false
		}
	}
	return true
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
	// "The Duke of Sussex met soldiers and later travelled to Lviv": a
	// sentence opening with a title.
	return len(f.toks) > 2 && f.toks[0].w == "the" && inSet(roleNounsSet, f.toks[1].w) && f.coordinated(i)
}

// isObject reports whether the word before mention m makes it an object.
// "led by" introduces the head of a delegation, who travels.
func (f *finder) isObject(m people.Mention) bool {
	for j := len(f.toks) - 1; j >= 0; j-- {
		if f.toks[j].end <= m.Start {
			w := f.toks[j].w
			if w == "by" && j > 0 && (f.toks[j-1].w == "led" || f.toks[j-1].w == "headed") {
				return false
			}
			if w == "and" && j > 0 && f.toks[j-1].w == "," && f.finiteAfter(m) {
				return false // "..., and Chinese Premier Li Qiang is expected to arrive"
			}
			if w == "with" && f.absoluteSubject(m) {
				return false // "..., with Pat Cummins set to join them in Galle"
			}
			if j == 0 && f.toks[j].end+1 == m.Start && f.text[f.toks[j].start] == 'T' {
				return false // "To Lam arrived in Beijing": a name, not a preposition
			}
			return inSet(objectMarkersSet, w)
		}
	}
	return false
}

// subjectAfter reports a person mention starting at token k (a title
// before it aside) and followed by a finite verb: a new clause's subject,
// "..., and Chinese Premier Li Qiang is expected to arrive".
func (f *finder) subjectAfter(sc *sentCtx, k int) bool {
	if k >= len(f.toks) {
		return false
	}
	from := f.toks[k].start
	for _, m := range sc.persons {
		if m.Start < from {
			continue
		}
		if m.Start-from > 40 {
			return false
		}
		return f.finiteAfter(m)
	}
	return false
}

// finiteAfter reports a finite verb right after mention m: the mention
// is a clause's subject.
func (f *finder) finiteAfter(m people.Mention) bool {
	n := sort.Search(len(f.toks), func(n int) bool { return f.toks[n].start >= m.End })
	if n >= len(f.toks) {
		return false
	}
	switch f.toks[n].w {
	case "is", "was", "will", "would", "has", "had", "are", "were", "said", "told", "arrived", "flew", "travelled", "traveled":
		return true
	}
	return false
}

// absoluteSubject reports a mention after "with" that is followed by a
// plan, the subject of an absolute clause: "with captain Pat Cummins set
// to join", "with Lula due to arrive".
func (f *finder) absoluteSubject(m people.Mention) bool {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= m.End })
	if k+1 >= len(f.toks) || f.toks[k+1].w != "to" {
		return false
	}
	switch f.toks[k].w {
	case "set", "due", "expected", "scheduled", "poised", "slated", "likely":
		return true
	}
	return false
}

// inAside reports whether mention m stands in a relative clause that
// closes before the cue at token i: "Douglas Alexander, who was to
// accompany her, will still travel" travels, not "her".
func (f *finder) inAside(m people.Mention, i int) bool {
	if f.companionAside(m) {
		if k := f.tokenBeforeTitle(m); k >= 2 && k < i && (f.toks[k].w == "by" && (f.toks[k-1].w == "accompanied" || f.toks[k-1].w == "joined") ||
			f.toks[k].w == "with" && (f.toks[k-1].w == "travelling" || f.toks[k-1].w == "traveling")) && f.toks[k-2].w == "," {
			// "Lula, accompanied by First Lady Rosangela da Silva, landed":
			// the companion's aside, not the subject.
			for j := i - 1; j > k && f.toks[j].start >= m.End; j-- {
				if f.toks[j].w == "," {
					return true
				}
			}
		}
	}
	rel := false
	for k := i - 1; k >= 0; k-- {
		t := f.toks[k]
		if t.end <= m.Start {
			if t.w == "who" || t.w == "whose" || t.w == "which" {
				rel = true
				break
			}
			if t.punct {
				return false
			}
		}
	}
	if !rel {
		return false
	}
	for k := i - 1; k >= 0 && f.toks[k].start >= m.End; k-- {
		if f.toks[k].w == "," || f.toks[k].w == "—" || f.toks[k].w == ")" {
			return true
		}
	}
	return false
}

// companionAside reports "accompanied by", "joined by" or "travelling
// with" in the few words before mention m: the cheap test before the
// token walk of inAside.
func (f *finder) companionAside(m people.Mention) bool {
	w := f.text[max(0, m.Start-48):m.Start]
	return strings.Contains(w, "ed by ") || strings.Contains(w, "ing with ")
}

// nameWordBefore is the person whose name holds the capitalised word just
// before the cue at token i, when the people package did not tie that
// word to anyone: "Lula arrived" for "Luiz Inácio Lula da Silva". The word
// must belong to one person of the cast only.
func (f *finder) nameWordBefore(sc *sentCtx, i int) int {
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, f.toks[k].w) || f.toks[k].w == "has" || f.toks[k].w == "had" || f.toks[k].w == "also" || f.toks[k].w == "then" || f.toks[k].w == "to" && k > 0 && inSet(futureWordsSet, f.toks[k-1].w)) {
		k--
	}
	if k < 0 {
		return -1
	}
	t := f.toks[k]
	w := f.text[t.start:t.end]
	if len(w) < 3 || !isCapitalised(w) || overlapsPerson(sc.persons, t.start, t.end) {
		return -1
	}
	found := -1
	for p, pp := range f.cast.People {
		if f.isPlaceNamed(p) {
			continue
		}
		for _, part := range strings.Fields(pp.Name) {
			if part == w {
				if found >= 0 && found != p {
					return -1
				}
				found = p
			}
		}
	}
	return found
}

// meeting adds counterparts to the sentence's legs, or makes a leg at the
// place its clause names ("talks with Goyal in New Delhi"), at the
// gathering the sentence places, or at the place where the traveller is.
func (f *finder) meeting(sc *sentCtx, i int) {
	if f.clubPurpose(sc, i) {
		return
	}
	toks := f.toks
	// Counterparts run from the cue to the next cue or clause break, or to
	// a comma before a speech clause (", ministry spokesman X told").
	end := sc.sp.End
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if f.visitingTitle(k) {
			continue // "met with visiting Vietnamese party chief Nguyen Van Long"
		}
		if t.w == "," && k+1 < len(toks) && (toks[k+1].w == "will" || toks[k+1].w == "would" || toks[k+1].w == "is" || toks[k+1].w == "was" || toks[k+1].w == "has") {
			end = t.start // "Merz, who last met Trump in The Hague, will be accompanied by ..."
			break
		}
		if t.w == "and" && k+1 < len(toks) && k > i+1 {
			switch toks[k+1].w {
			case "is", "was", "will", "would", "has", "had", "are", "were":
				end = t.start // "meet Wang Yi on Thursday and is due in Seoul on Friday": a verb of its own
			}
			if end == t.start {
				break
			}
		}
		if t.w == "," && k+1 < len(toks) && toks[k+1].w == "and" && f.subjectAfter(sc, k+2) {
			end = t.start // "talks with the bloc, and Chinese Premier Li Qiang is expected to arrive"
			break
		}
		if t.punct && t.w != "," && t.w != "(" && t.w != ")" || inSet(breakersSet, t.w) {
			end = t.start
			break
		}
		if c, ok := t.cueOf(); ok && c.kind != cuePresence && (t.w != "talks" || k > i+2 && toks[k-2].w == "and" ||
			k > i+3 && toks[k-3].w == "and" && (toks[k-2].w == "also" || toks[k-2].w == "then")) {
			// "meet King Charles ... and hold talks with Starmer": a
			// meeting of its own.
			end = t.start
			break
		}
		if t.w == "," && f.speechClause(k+1) {
			end = t.start
			break
		}
	}
	subj := f.subject(sc, i)
	purpose := -1 // the journey a purpose clause hangs on
	if i > 0 && (toks[i-1].w == "for" || toks[i-1].w == "to") {
		// "before heading to Paris for talks with Macron", "flew to Delhi
		// to meet Modi": the purpose is the traveller's.
		if j := f.latestLeg(sc, i, -1); j >= 0 {
			subj = f.legs[j].person
		}
		purpose = f.purposeLeg(sc, i)
		if purpose >= 0 && f.legs[purpose].person != subj {
			purpose = -1
		}
	}
	if f.deniedJourneyBefore(i) {
		return // "has no plans to travel to Budapest for a summit with Trump"
	}
	if subj < 0 {
		// "Lula arrived in Nairobi on Monday and met President William
		// Ruto": the traveller of the clause before.
		if j := f.latestLeg(sc, i, -1); j >= 0 {
			subj = f.legs[j].person
		}
	}
	if subj < 0 {
		if f.delegationSubject(i) {
			// "Ukrainian and Russian negotiators will meet in Istanbul on
			// Monday": the delegation's head may be named later.
			if place, ok := f.meetingPlace(sc, i, end); ok && !f.negated(i) {
				c, _ := cueOf(toks[i].w)
				f.addLeg(sc, i, c, -1, []places.Match{place})
				f.headless = true
			}
		}
		return
	}
	gapped := f.gappedMeetings(sc, i, end, subj)
	var names, shown []string
	for _, m := range sc.persons {
		if m.Start <= toks[i].start || m.Start >= end || m.Person == subj || f.possessor(sc, m) || f.venueName(m) || f.atVenue(m) {
			continue // "greeted at Hanoi's Noi Bai airport by": a venue, nobody met
		}
		if slices.ContainsFunc(gapped, func(g gappedMeeting) bool { return g.person == m.Person }) {
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
	// "A and B met in Warsaw on Wednesday": with no object, the subjects
	// met each other (dated, so not "who met in their teens in ...").
	var mutual []int
	if _, dated := f.meetTimex(sc, i, end); dated && len(names) == 0 && ((toks[i].w == "met" || toks[i].w == "meet") && !f.transitiveMeet(i) ||
		toks[i].w == "talks" && i > 0 && (toks[i-1].w == "held" || toks[i-1].w == "hold" || toks[i-1].w == "had")) { // "A and B held talks in Ankara on Tuesday"
		for _, m := range sc.persons {
			if m.End <= toks[i].start && m.Person != subj && f.andBefore(m) && !contains(names, f.cast.People[m.Person].Name) {
				mutual = append(mutual, m.Person)
				names = append(names, f.cast.People[m.Person].Name)
				shown = append(shown, f.cast.People[m.Person].Name)
			}
		}
	}
	if f.pairSubject(i) {
		// "The two heads of state will hold talks on Tuesday": the one
		// who travelled meets the other; at a place, each the other.
		if a, b, ok := f.pair(i); ok && a == subj && !contains(names, f.cast.People[b].Name) {
			names = append(names, f.cast.People[b].Name)
			shown = append(shown, f.cast.People[b].Name)
			mutual = append(mutual, b)
		}
	}
	for _, g := range gapped {
		// "... and Kosovo Prime Minister Arben Krasniqi in Pristina on
		// Tuesday": a meeting of its own, at its place and day.
		c, _ := cueOf(toks[i].w)
		before := len(f.legs)
		f.addLeg(sc, i, c, subj, []places.Match{g.place})
		for j := before; j < len(f.legs); j++ {
			l := &f.legs[j]
			l.Date, l.WhenText = "", ""
			if g.dated {
				l.Date, l.WhenText = dateValue(g.tx.Value), f.whenText(g.tx)
				f.redirectWeekday(l, g.tx)
			}
			name := f.cast.People[g.person].Name
			l.Counterparts = appendNew(l.Counterparts, name)
			l.acts = []string{cueLabel(toks[i].w) + " " + name}
		}
	}
	label := cueLabel(toks[i].w)
	if toks[i].w == "hosted" {
		label = "hosted by"
	}
	act := label + " " + strings.Join(shown, " and ")
	if w := toks[i].w; (w == "host" || w == "hosts" || w == "hosting") && len(names) > 0 {
		// "Starmer will host Macron ... Macron's state visit to the UK":
		// the guest travels, the host is his counterpart at home.
		guest := false
		for _, j := range sc.legs {
			if contains(names, f.legs[j].Traveler) {
				l := &f.legs[j]
				l.Counterparts = appendNew(l.Counterparts, f.cast.People[subj].Name)
				l.acts = append(l.acts, "hosted by "+f.cast.People[subj].Name)
				guest = true
			}
		}
		if guest {
			return
		}
	}
	passive := toks[i].w == "hosted" && i+1 < len(toks) && toks[i+1].w == "by"
	welcome, welcomed := f.welcomeGuest(sc, i)
	if w := toks[i].w; (w == "host" || w == "hosts" || w == "hosting" || w == "hosted" || welcomed) && len(names) > 0 && !passive {
		// "hosted by Emperor Naruhito ... in Tokyo" is the guest's meeting
		// (below); the active "hosted X in Seoul" is X's stop, and so is
		// "welcomed X to Hanoi".
		p, ok := f.meetingPlace(sc, i, end)
		if welcomed {
			p, ok = welcome, true
		}
		if ok {
			// "hosted Sanae Takaichi in Seoul on Saturday": the guest's
			// stop, the host at home his counterpart.
			c, _ := cueOf(toks[i].w)
			c.tense = tensePast
			if w != "hosted" {
				c.tense = tenseBase
			}
			host := f.cast.People[subj].Name
			for _, m := range sc.persons {
				if m.Start <= toks[i].start || m.Start >= end || m.Person == subj || !contains(names, f.cast.People[m.Person].Name) {
					continue
				}
				before := len(f.legs)
				f.addLeg(sc, i, c, m.Person, []places.Match{p})
				for j := before; j < len(f.legs); j++ {
					f.legs[j].Counterparts = appendNew(f.legs[j].Counterparts, host)
					f.legs[j].acts = []string{"hosted by " + host}
				}
			}
			return
		}
	}
	if w := toks[i].w; (w == "host" || w == "hosts" || w == "hosting" || w == "hosted") && len(names) == 0 {
		return // "is due to host Nordic leaders in London": the host stays, the guests come
	}
	place, placed := f.receptionPlace(sc, i, end)
	if !placed {
		place, placed = f.meetingPlace(sc, i, end)
	}
	if !placed {
		place, placed = f.meetingLandmark(sc, i, end, subj)
	}
	if !placed {
		// "In Madrid the pontiff will meet King Felipe VI": the place
		// the sentence opens with.
		place, placed = f.frontedAt(sc, i)
	}

	if !placed && f.whereLeg(sc, i, subj) < 0 {
		// "arrived in Suva from Port Moresby, where he had signed a
		// treaty with Marape on Monday": the meeting is at the place
		// before ", where".
		place, placed = f.whereAntecedent(sc, i)
	}
	if len(names) == 0 && !placed && !f.unnamedMetOnDay(sc, i, end) {
		return
	}
	if len(names) == 0 {
		// With nobody named, a meeting makes a stop when it is dated
		// ("meet the vice premier in Beijing on Tuesday") or a verb with
		// an object ("met leaders in Baghdad"); not "met in their teens
		// in", "arranged a meeting between him and ... in Latvia".
		if _, ok := f.meetTimex(sc, i, end); !ok && !f.transitiveMeet(i) {
			return
		}
	}
	if len(names) == 0 {
		act = ""
	}
	attach := func(j int) {
		l := &f.legs[j]
		l.Counterparts = appendNew(l.Counterparts, names...)
		if act != "" {
			l.acts = append(l.acts, act)
		}
	}
	if placed {
		if _, known := places.Lookup(place.Place.Name); !known && strings.HasSuffix(f.text[max(0, place.Start-4):place.Start], " at ") {
			// "address a breakfast in Belfast and meet O'Neill at
			// Stormont": a venue the gazetteer lacks is in the city the
			// clause before names ("in Bogor" is a town).
			for _, j := range sc.legs {
				if f.legs[j].person == subj && f.legs[j].Country == place.Place.Country && f.legs[j].cuePos < toks[i].start && !f.legs[j].later {
					attach(j)
					return
				}
			}
		}
		// The meeting's own place: join the sentence's leg there, or make
		// one; a meeting on a day within the leg's wider time ("is in
		// India this week ... met Modi in New Delhi on Wednesday") is a
		// day of its own.
		for _, j := range sc.legs {
			if f.legs[j].person == subj && f.legs[j].Place == place.Place.Name && !f.legs[j].later {
				if mtx, ok := f.meetTimex(sc, i, end); ok && isDay(dateValue(mtx.Value)) && (within2(dateValue(mtx.Value), f.legs[j].Date) ||
					isDay(f.legs[j].Date) && dateValue(mtx.Value) != f.legs[j].Date && f.datedBefore(sc, toks[i].start)) {
					// "will travel to Lima on Monday, where she will meet
					// Jeri on Wednesday": the meeting's own day.
					f.meetingDay(sc, i, subj, j, mtx, attach)
					return
				}
				attach(j)
				return
			}
		}
		c, _ := cueOf(toks[i].w)
		before := len(f.legs)
		f.addLeg(sc, i, c, subj, []places.Match{place})
		mtx, mdated := f.meetTimex(sc, i, end)
		for j := before; j < len(f.legs); j++ {
			if mdated && place.Start < toks[i].start {
				// The place came before the meeting, which has its own day.
				f.legs[j].Date, f.legs[j].WhenText = dateValue(mtx.Value), f.whenText(mtx)
				f.redirectWeekday(&f.legs[j], mtx)
			} else if mdated && f.legs[j].Date == dateValue(mtx.Value) {
				f.redirectWeekday(&f.legs[j], mtx) // "next week and will meet Modi in New Delhi on Tuesday"
			} else if !mdated && f.beforeNextAct(sc, end) {
				f.legs[j].Date, f.legs[j].WhenText = "", "" // "talks at the Elysee, before meeting Lecornu on Friday": not Friday
			}
			f.legs[j].acts = nil
			// Met in a place, with no word of travel: at home it is no
			// trip ("met MPs at Westminster").
			f.legs[j].presence = true
			attach(j)
		}
		if q := f.coSubject(sc, i, subj); q >= 0 && !contains(names, f.cast.People[q].Name) {
			// "King Charles and Queen Camilla were welcomed to Japan by
			// Emperor Naruhito in Tokyo": each of them.
			before := len(f.legs)
			f.addLeg(sc, i, c, q, []places.Match{place})
			for j := before; j < len(f.legs); j++ {
				f.legs[j].acts = nil
				f.legs[j].presence = true
				attach(j)
			}
		}
		// "Xi Jinping met with visiting Vietnamese party chief Nguyen Van
		// Long in Beijing": the visitor travels, the host is his counterpart.
		for _, m := range sc.persons {
			if m.Start <= toks[i].start || m.Start >= end || m.Person == subj {
				continue
			}
			if k := f.tokenBeforeTitle(m); k < 0 || toks[k].w != "visiting" {
				continue
			}
			before := len(f.legs)
			f.addLeg(sc, i, c, m.Person, []places.Match{place})
			for j := before; j < len(f.legs); j++ {
				l := &f.legs[j]
				l.Counterparts = appendNew(l.Counterparts, f.cast.People[subj].Name)
				l.acts = []string{cueLabel(toks[i].w) + " " + f.cast.People[subj].Name}
			}
		}
		// "Nawrocki met US President Donald Trump in Warsaw in July": a
		// leader met at home, the one from abroad came.
		if pc := f.personCountry(subj); pc != "" && pc == place.Place.Country {
			for _, m := range sc.persons {
				if m.Start <= toks[i].start || m.Start >= end || m.Person == subj {
					continue
				}
				if qc := f.personCountry(m.Person); qc == "" || qc == pc || !contains(names, f.cast.People[m.Person].Name) {
					continue
				}
				before := len(f.legs)
				f.addLeg(sc, i, c, m.Person, []places.Match{place})
				for j := before; j < len(f.legs); j++ {
					l := &f.legs[j]
					l.presence = false
					l.Counterparts = appendNew(l.Counterparts, f.cast.People[subj].Name)
					l.acts = []string{cueLabel(toks[i].w) + " " + f.cast.People[subj].Name}
				}
			}
		}
		// "Zelensky and Nawrocki met in Warsaw": each met the other; the
		// one at home is dropped with the other presence legs.
		for _, q := range mutual {
			before := len(f.legs)
			f.addLeg(sc, i, c, q, []places.Match{place})
			for j := before; j < len(f.legs); j++ {
				l := &f.legs[j]
				l.presence = true
				l.Counterparts = appendNew(l.Counterparts, f.cast.People[subj].Name)
				l.acts = []string{cueLabel(toks[i].w) + " " + f.cast.People[subj].Name}
			}
		}
		return
	}
	if purpose >= 0 && f.legs[purpose].later {
		// "..., before travelling to Windhoek for talks with X": the
		// talks are at the journey's end, not at the stop before; their
		// own day ("before flying to Canberra, where he is due to meet
		// Albanese on Saturday") dates that stop.
		if l := &f.legs[purpose]; l.Date == "" {
			if tx, ok := f.meetTimex(sc, i, end); ok && isDay(dateValue(tx.Value)) {
				l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
				l.later, l.order, l.After = false, false, ""
			}
		}
		attach(purpose)
		return
	}
	// Attach to the legs of the same traveller made by the latest cue
	// before the meeting ("was in Doha on Monday, where he met ..."), or
	// to all of the sentence's when none comes before it.
	if k := f.whereLeg(sc, i, subj); k >= 0 {
		// "before heading to the United States, where he will meet Trump
		// on Thursday": the meeting is at the place before "where", and
		// dates a stop known only by its order, or is a day of its own.
		l := &f.legs[k]
		if tx, ok := f.meetTimex(sc, i, end); ok {
			switch v := dateValue(tx.Value); {
			case l.Date == "":
				l.Date, l.WhenText = v, f.whenText(tx)
				l.later, l.order, l.After = false, false, ""
			case l.Date != v && f.borrowedDay(sc, l.cuePos, toks[i].start):
				// "travels on to Abidjan on Thursday and ends the tour in
				// Dakar, where he is due to meet Faye on Saturday": the
				// stop's day was the clause before's; the meeting's is its own.
				l.Date, l.WhenText = v, f.whenText(tx)
				f.redirectWeekday(l, tx)
			case l.Date != v:
				f.meetingDay(sc, i, subj, k, tx, attach)
				return
			}
		}
		attach(k)
		return
	}
	j := f.latestLeg(sc, i, subj)
	if j >= 0 && i > 0 && toks[i-1].w == "after" {
		// "left for Baghdad on Sunday after meeting Pezeshkian": the
		// meeting was at the stop before.
		if k := f.latestLegBefore(sc, f.legs[j].cuePos, subj); k >= 0 {
			j = k
		}
	}
	if j >= 0 {
		if tx, ok := f.relativeMeetDay(sc, i, end, f.legs[j].Date); ok {
			// "arrive in London on December 8 and hold talks with Starmer
			// the following day": a day of its own, counted from the stop's.
			f.meetingDay(sc, i, subj, j, tx, attach)
			return
		}
		if tx, ok := f.meetTimex(sc, i, end); ok && dateValue(tx.Value) != f.legs[j].Date {
			// "is in Washington ... and will meet Trump on Tuesday": the
			// meeting is a day of its own at that place.
			f.meetingDay(sc, i, subj, j, tx, attach)
			return
		}
		for _, k := range sc.legs {
			// Those who travel together meet together: "The two leaders
			// will go on to Chisinau to meet Sandu".
			if (f.legs[k].person == subj || f.legs[k].Place == f.legs[j].Place && f.legs[k].Date == f.legs[j].Date) && f.legs[k].cuePos == f.legs[j].cuePos && !f.legs[k].later {
				attach(k)
			}
		}
		return
	}
	attached := false
	mtx, mdated := f.meetTimex(sc, i, end)
	for _, j := range sc.legs {
		if mdated && (f.legs[j].cuePos > toks[i].start || f.legs[j].inherit) && dateValue(mtx.Value) != f.legs[j].Date {
			continue // "meet Clarke on Monday and visit ... Darwin on Wednesday"
		}
		if f.legs[j].cuePos > toks[i].start && f.legs[j].tense == newsbot.StatusScheduled && f.pastCue(i) {
			continue // "met Motegi and will fly to Seoul on Thursday": not in Seoul
		}
		if f.legs[j].person == subj && !f.legs[j].later && !f.legs[j].arrival && !f.beforeCue(f.legs[j].cuePos, toks[i].start) {
			attach(j)
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
	if f.negated(i) {
		return
	}
	// A meeting on its own: a leg at the place where the traveller is.
	l := leg{person: subj, sentence: sc.index, inherit: true, cuePos: toks[i].start}
	l.Traveler = f.cast.People[subj].Name
	l.Evidence = sc.sp.Text
	l.Start, l.End = sc.sp.Start, sc.sp.End
	l.tense = f.status(sc, i, c)
	if tx, ok := f.meetTimex(sc, i, end); ok {
		// "... on Tuesday and meet Trump at the White House on
		// Wednesday": the meeting's own day.
		l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
		f.redirectWeekday(&l, tx)
	} else if tx, ok := f.pastMeetLeadDay(sc, i, end, c); ok {
		l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
	} else if f.beforeNextAct(sc, end) {
		// "talks with Macron at the Elysee, before meeting Lecornu on
		// Friday": not Friday; the day of the stay it is held in.
	} else {
		f.date(&l, sc, toks[i].start)
	}
	l.Counterparts = names
	l.acts = []string{act}
	sc.legs = append(sc.legs, len(f.legs))
	f.legs = append(f.legs, l)
}

// beforeCue reports a journey cue at byte offset pos, after the meeting
// at byte offset meet, that follows "before": "talks with Al Mansoori on
// Tuesday before leaving for Doha" are not held in Doha.
func (f *finder) beforeCue(pos, meet int) bool {
	if pos <= meet {
		return false
	}
	for k := 1; k < len(f.toks); k++ {
		if f.toks[k].start == pos {
			return f.toks[k-1].w == "before"
		}
	}
	return false
}

// visitingTitle reports "visiting" as the adjective of a visitor's title
// at token k: "met with visiting Vietnamese party chief Nguyen Van Long".
func (f *finder) visitingTitle(k int) bool {
	if f.toks[k].w != "visiting" || k+1 >= len(f.toks) {
		return false
	}
	n := f.toks[k+1]
	return isCapitalised(f.text[n.start:n.end]) && k > 0 && (f.toks[k-1].w == "with" || inSet(objectMarkersSet, f.toks[k-1].w) || f.toks[k-1].w == "the")
}

// gappedMeeting is a counterpart met at a place and day of their own in
// a second conjunct that shares the verb.
type gappedMeeting struct {
	person int
	place  places.Match
	tx     newsbot.Timex
	dated  bool
}

// gappedMeetings finds the conjuncts "and B in Y (on D)" after the first
// counterpart of the meeting at token i, up to end: "will meet A in
// Belgrade on Monday and B in Pristina on Tuesday".
func (f *finder) gappedMeetings(sc *sentCtx, i, end, subj int) []gappedMeeting {
	toks := f.toks
	var out []gappedMeeting
	first := true
	for _, m := range sc.persons {
		if m.Start <= toks[i].start || m.Start >= end || m.Person == subj {
			continue
		}
		if first {
			first = false
			continue
		}
		k := f.tokenBeforeTitle(m)
		if k < 0 || toks[k].w != "and" {
			continue
		}
		a := k + 1
		for a < len(toks) && toks[a].start < m.End {
			a++
		}
		if a+1 >= len(toks) || toks[a].w != "in" && toks[a].w != "at" {
			continue
		}
		p, ok := f.placeAt(sc, a+1)
		if !ok {
			continue
		}
		g := gappedMeeting{person: m.Person, place: p}
		for _, tx := range f.timexesFrom(p.End) {
			if tx.Start >= sc.sp.End || tx.Start > p.End+12 {
				break
			}
			if isDate(tx.Value) {
				g.tx, g.dated = tx, true
				break
			}
		}
		out = append(out, g)
	}
	return out
}

// meetTimex is the dated timex of the meeting at token i, within its
// stretch up to end ("meet his counterpart, Wang Yi, on Tuesday").
// relativeMeetDay is the day of a meeting told as counted from the stop's
// day base ("the following day"), as a timex of that day's value.
func (f *finder) relativeMeetDay(sc *sentCtx, i, end int, base string) (newsbot.Timex, bool) {
	if !isDay(base) {
		return newsbot.Timex{}, false
	}
	for _, tx := range f.timexesFrom(f.toks[i].end) {
		if tx.Start >= end || tx.Start >= sc.sp.End {
			break
		}
		if n, ok := f.relativeDays(tx); ok {
			if v, ok := addDays(base, n); ok {
				tx.Value, tx.Type = v, "DATE"
				return tx, true
			}
		}
		if isDate(tx.Value) {
			break
		}
	}
	return newsbot.Timex{}, false
}

func (f *finder) meetTimex(sc *sentCtx, i, end int) (newsbot.Timex, bool) {
	for _, tx := range f.timexesFrom(f.toks[i].end) {
		if tx.Start >= end || tx.Start >= sc.sp.End {
			break
		}
		if tx.End <= end && isDate(tx.Value) && !f.bounding(tx) && !f.thatClauseTime(tx.Start, f.toks[i].end) {
			return tx, true
		}
	}
	return f.conjunctDay(i)
}

// conjunctDay is the day fronted in the conjunct that holds the cue at
// token i: "arrives in Lima on Monday, and on Wednesday will meet Jeri".
func (f *finder) conjunctDay(i int) (newsbot.Timex, bool) {
	toks := f.toks
	var day newsbot.Timex
	found := false
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		t := toks[k]
		switch {
		case t.w == "and":
			return day, found
		case f.inDateTimex(t):
			// The dated timex holding t (see inDateTimex).
			n := sort.Search(len(f.timexes), func(n int) bool { return f.timexes[n].Start > t.start })
			day, found = f.timexes[n-1], true
		case t.w == "on" || inSet(futureWordsSet, t.w) || t.w == "is" || t.w == "was" || t.w == "to" || t.w == "due" || t.w == "he" || t.w == "she" || t.w == "then":
		default:
			return newsbot.Timex{}, false
		}
	}
	return newsbot.Timex{}, false
}

// andBefore reports whether mention m follows "and", its title aside:
// "Zelensky and Polish President Karol Nawrocki".
func (f *finder) andBefore(m people.Mention) bool {
	k := f.tokenBeforeTitle(m)
	return k >= 0 && f.toks[k].w == "and"
}

// tokenBeforeTitle is the index of the last token before mention m and the
// capitalised title in front of it ("and" in "and Polish President Karol
// Nawrocki"); -1 when the mention opens the text.
func (f *finder) tokenBeforeTitle(m people.Mention) int {
	k := -1
	for j := len(f.toks) - 1; j >= 0; j-- {
		if f.toks[j].end <= m.Start {
			k = j
			break
		}
	}
	for k > 0 && !f.toks[k].punct && isCapitalised(f.text[f.toks[k].start:f.toks[k].end]) {
		k--
	}
	return k
}

// transitiveMeet reports a meeting verb with an object after it: "met
// leaders", "will meet the emir".
func (f *finder) transitiveMeet(i int) bool {
	switch f.toks[i].w {
	case "met", "meet", "meets":
	default:
		return false
	}
	if i+1 >= len(f.toks) {
		return false
	}
	n := f.toks[i+1]
	return !n.punct && !inSet(destPrepsSet, n.w) && n.w != "with" && n.w != "on" && n.w != "up"
}

// meetingDay makes the meeting at token i, dated by tx, a leg of its own
// at the place of leg j.
func (f *finder) meetingDay(sc *sentCtx, i, subj, j int, tx newsbot.Timex, attach func(int)) {
	c, _ := cueOf(f.toks[i].w)
	at := f.legs[j]
	l := leg{person: subj, sentence: sc.index, kind: at.kind, cuePos: f.toks[i].start, placePos: at.placePos}
	l.Traveler, l.Place, l.Country = at.Traveler, at.Place, at.Country
	l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
	l.tense = f.status(sc, i, c)
	if c.tense == tenseBase && i > 0 && f.toks[i-1].w == "and" && at.tense != "" && at.sentence == sc.index {
		// "had been scheduled to arrive in Washington on Thursday and meet
		// Trump on Friday": the bare verb goes on in the plan's fate.
		l.tense = at.tense
	}
	l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
	f.redirectWeekday(&l, tx)
	sc.legs = append(sc.legs, len(f.legs))
	f.legs = append(f.legs, l)
	attach(len(f.legs) - 1)
}

// latestLeg is the sentence's leg made by the latest cue before token i,
// of person p (any when p < 0), or -1.
func (f *finder) latestLeg(sc *sentCtx, i, p int) int {
	best := -1
	for _, j := range sc.legs {
		l := f.legs[j]
		if l.cuePos >= f.toks[i].start || p >= 0 && l.person != p || l.later || l.inherit {
			continue
		}
		if best < 0 || l.cuePos > f.legs[best].cuePos {
			best = j
		}
	}
	return best
}

// whereLeg is the leg of person p whose place stands right before ",
// where" that leads to the cue at token i, or -1.
func (f *finder) whereLeg(sc *sentCtx, i, p int) int {
	toks := f.toks
	w := -1
	// "where he is scheduled to hold talks": up to seven words back.
	for k := i - 1; k >= 1 && k >= i-7 && !toks[k].punct; k-- {
		if toks[k].w == "where" {
			w = k
			break
		}
	}
	if w < 1 || toks[w-1].w != "," {
		return -1
	}
	comma := toks[w-1].start
	for _, pl := range f.placesOf(sc) {
		if pl.End != comma {
			continue
		}
		for _, j := range sc.legs {
			if f.legs[j].person == p && f.legs[j].placePos == pl.Start {
				return j
			}
		}
	}
	return -1
}

// latestLegBefore is latestLeg for the cues before byte offset pos.
func (f *finder) latestLegBefore(sc *sentCtx, pos, p int) int {
	best := -1
	for _, j := range sc.legs {
		l := f.legs[j]
		if l.cuePos >= pos || l.person != p || l.later || l.inherit {
			continue
		}
		if best < 0 || l.cuePos > f.legs[best].cuePos {
			best = j
		}
	}
	return best
}

// meetingPlace is the place of the meeting at token i: "in"/"at" and a
// place within its clause (before end), or a sentence-opening "In
// Brasilia, ...".
func (f *finder) meetingPlace(sc *sentCtx, i, end int) (places.Match, bool) {
	toks := f.toks
	for k := i + 1; k+1 < len(toks) && toks[k].start < end; k++ {
		if inSet(topicMarkersSet, toks[k].w) && !(toks[k].w == "on" && isCapitalised(f.text[toks[k+1].start:toks[k+1].end])) &&
			!isCapitalised(f.text[toks[k].start:toks[k].end]) { // "Vietnamese leader To Lam"
			break // "to discuss the war in Ukraine", "talks on security in Asia"
		}
		if toks[k].w != "in" && toks[k].w != "at" {
			continue
		}
		if p, ok := f.placeAt(sc, k+1); ok && p.End <= end && !f.namePart(p) {
			return p, true
		}
		if p, ok := f.unknownPlace(sc, k+1); ok && p.End <= end {
			return p, true
		}
	}
	if len(toks) > 2 && toks[0].w == "in" && i > 2 {
		// "In Brasilia, Modi will ...", "In Nairobi on Monday, Lammy met".
		if p, ok := f.placeAt(sc, 1); ok {
			for k := 1; k < i; k++ {
				if toks[k].start < p.End || f.inTimex(toks[k]) || toks[k].w == "on" {
					continue
				}
				if toks[k].w == "," || toks[k].w == "he" || toks[k].w == "she" || toks[k].w == "they" {
					return p, true // "In Riyadh he is due to meet"
				}
				break
			}
		}
	}
	return places.Match{}, false
}

// welcomeGuest is the place of an active welcome at token i: "Vo Van
// Thuong welcomed Japanese Prime Minister Kenji Sato to Hanoi", "greeted
// Sato in Hanoi", "Xi received Lula at the Great Hall of the People in
// Beijing": a person right after the verb, then "to", "in" or "at" and a
// place (a landmark's city, or a place within a few words).
func (f *finder) welcomeGuest(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	switch toks[i].w {
	case "welcomed", "greeted", "received":
	default:
		return places.Match{}, false
	}
	if i < 1 || i+2 >= len(toks) || f.beVerb(i-1) {
		return places.Match{}, false
	}
	var guest people.Mention
	found := false
	for _, m := range sc.persons {
		if m.Kind == people.Pronoun && m.Start == toks[i+1].start && (toks[i+1].w == "his" || toks[i+1].w == "her") {
			continue // the possessive before the guest's title
		}
		if m.Start > toks[i].end {
			// "welcomed her French counterpart Jean-Noel Barrot to London":
			// a possessive and a title may open the guest's name.
			near := m.Start == toks[i+1].start || (toks[i+1].w == "the" || toks[i+1].w == "his" || toks[i+1].w == "her") &&
				m.Start <= toks[min(i+5, len(toks)-1)].start && !strings.ContainsAny(f.text[toks[i].end:m.Start], ",;.")
			guest, found = m, near && m.Kind != people.Pronoun
			break
		}
	}
	if !found {
		return places.Match{}, false
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= guest.End })
	if k+1 >= len(toks) || toks[k].w != "to" && toks[k].w != "in" && toks[k].w != "at" {
		return places.Match{}, false
	}
	if p, ok := f.landmarkAt(k + 1); ok {
		return p, true
	}
	ps := f.placesOf(sc)
	for n := k; n < len(toks) && n <= k+8; n++ {
		if toks[n].punct && toks[n].w != "," || toks[n].w != "to" && toks[n].w != "in" && toks[n].w != "at" {
			if toks[n].punct && toks[n].w != "," {
				break
			}
			continue
		}
		at := n + 1
		if at+1 < len(toks) && toks[at].w == "the" {
			at++
		}
		for _, p := range ps {
			if p.Start == toks[min(at, len(toks)-1)].start {
				return p, true
			}
		}
	}
	return places.Match{}, false
}

// receptionPlace is the place a guest was welcomed to: "were welcomed to
// Japan by Emperor Naruhito in Tokyo" is at Tokyo, the town in that
// country the clause names after it, else at Japan.
func (f *finder) receptionPlace(sc *sentCtx, i, end int) (places.Match, bool) {
	toks := f.toks
	switch toks[i].w {
	case "welcomed", "greeted", "received":
	default:
		return places.Match{}, false
	}
	if i+2 >= len(toks) || toks[i+1].w != "to" || !f.beVerb(i-1) {
		return places.Match{}, false
	}
	p, ok := f.placeAt(sc, i+2)
	if !ok {
		p, ok = f.landmarkAt(i + 2) // "was welcomed to the White House by"
	}
	if !ok || p.End > end {
		return places.Match{}, false
	}
	for k := i + 3; k+1 < len(toks) && toks[k].start < end; k++ {
		if toks[k].start < p.End || toks[k].w != "in" && toks[k].w != "at" {
			continue
		}
		if q, ok := f.placeAt(sc, k+1); ok && q.End <= end && q.Place.Country == p.Place.Country && q.Place.Kind == places.City {
			return q, true
		}
	}
	return p, true
}

// namePart reports whether the place p begins a longer name ("Dundee
// University", "Madrid Open"): the meeting is at an institution, which
// says little about a journey.
func (f *finder) namePart(p places.Match) bool {
	rest := f.text[p.End:]
	if !strings.HasPrefix(rest, " ") || len(rest) < 2 {
		return false
	}
	c := rest[1]
	if c < 'A' || c > 'Z' {
		return false
	}
	// "at Windsor Castle", "Edinburgh Airport": a site in the place.
	end := strings.IndexAny(rest[1:], " ,.;")
	if end < 0 {
		end = len(rest) - 1
	}
	switch strings.ToLower(rest[1 : 1+end]) {
	case "castle", "palace", "abbey", "cathedral", "airport", "barracks":
		return false
	}
	return true
}

// inDateTimex reports whether token t lies inside a tagged date ("on
// Thursday"), not a duration ("as many years").
func (f *finder) inDateTimex(t token) bool {
	k := sort.Search(len(f.timexes), func(k int) bool { return f.timexes[k].Start > t.start })
	return k > 0 && t.end <= f.timexes[k-1].End && isDate(f.timexes[k-1].Value)
}

// inTimex reports whether token t lies inside a tagged time expression.
func (f *finder) inTimex(t token) bool {
	k := sort.Search(len(f.timexes), func(k int) bool { return f.timexes[k].Start > t.start })
	return k > 0 && t.end <= f.timexes[k-1].End
}

// timexesFrom is the timexes that start at byte offset pos or later (the
// tagger returns them sorted by start).
func (f *finder) timexesFrom(pos int) []newsbot.Timex {
	return f.timexes[sort.Search(len(f.timexes), func(k int) bool { return f.timexes[k].Start >= pos }):]
}

// speechClause reports whether the words from token k to the next clause
// mark hold a speech verb: ", ministry spokesman Randhir Jaiswal told".
func (f *finder) speechClause(k int) bool {
	for ; k < len(f.toks); k++ {
		t := f.toks[k]
		if t.punct {
			return false
		}
		if inSet(speechVerbsSet, t.w) {
			return true
		}
	}
	return false
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

// onward reports a journey said to go on from the stop before: "travel
// on to Washington", "then fly to Lima", "fly onward to".
func (f *finder) onward(i int) bool {
	toks := f.toks
	if i+2 < len(toks) && (toks[i+1].w == "on" || toks[i+1].w == "onward" || toks[i+1].w == "onwards") && toks[i+2].w == "to" {
		return true
	}
	if i > 1 && (toks[i-1].w == "the" || toks[i-1].w == "his" || toks[i-1].w == "her") {
		// "will wrap up the tour in Montevideo on Friday": the last stop.
		switch toks[i-2].w {
		case "up", "end", "ends", "ending", "conclude", "concludes", "concluding", "finish", "finishes", "finishing", "close", "closes":
			return true
		}
	}
	return i > 0 && toks[i-1].w == "then"
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

// afterParticiple reports a cue at token i in a clause ", after attending
// a ..." or ", before flying ...": the "-ing" word opens it, the cue is
// that word or within two words of it.
func (f *finder) afterParticiple(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		t := f.toks[k]
		if t.punct {
			return false
		}
		if t.w == "after" || t.w == "before" {
			return f.toks[k-1].w == "," && strings.HasSuffix(f.toks[k+1].w, "ing")
		}
	}
	return false
}

// priorWeekday dates a planned stop made before the main one ("will visit
// Kyiv on Monday, after attending a meeting in Helsinki on Sunday") to the
// last such weekday up to the main stop's day: the tagger read it as past.
func (f *finder) priorWeekday(l *leg, sc *sentCtx, i, person int, tx newsbot.Timex) {
	j := f.latestLeg(sc, i, person)
	if j < 0 || l.tense != newsbot.StatusScheduled || !isDay(f.legs[j].Date) || !isDay(l.Date) || !bareWeekday(tx.Text) {
		return
	}
	main, err := time.Parse(time.DateOnly, f.legs[j].Date)
	if err != nil {
		return
	}
	d, err := time.Parse(time.DateOnly, l.Date)
	if err != nil {
		return
	}
	for k := 0; k < 7; k++ {
		if day := main.AddDate(0, 0, -k); day.Weekday() == d.Weekday() {
			l.Date = day.Format(time.DateOnly)
			return
		}
	}
}

// frontedPlace is the cheap test for a sentence opening with "In" and a
// capitalised word: "In Beirut on Sunday, ...".
func frontedPlace(s string) bool {
	return len(s) > 4 && s[0] == 'I' && s[1] == 'n' && s[2] == ' ' && s[3] >= 'A' && s[3] <= 'Z'
}

// frontedAt is the place a sentence opens with ("In Madrid the pontiff
// will meet ...", "In Barcelona, he is expected to visit ...") for the cue
// at token i of its main clause: no other place, clause break or speech
// verb between them.
func (f *finder) frontedAt(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	if len(toks) < 3 {
		return places.Match{}, false
	}
	var p places.Match
	if frontedPlace(sc.sp.Text) {
		var ok bool
		if p, ok = f.placeAt(sc, 1); !ok || p.Start != toks[1].start || p.Place.Kind == places.Country {
			return places.Match{}, false
		}
	} else if q, ok := f.frontedCapital(sc); ok {
		p = q // "In the capital, Nairobi, he will meet"
	} else if q, ok := f.frontedStay(sc); ok {
		p = q // "While in Nairobi, he will meet"
	} else {
		return places.Match{}, false
	}
	commas := 0
	for _, t := range toks[2:i] {
		if t.start < p.End {
			continue
		}
		if t.w == "," {
			commas++
		}
		if t.punct && t.w != "," || commas > 1 || inSet(breakersSet, t.w) || inSet(speechVerbsSet, t.w) {
			return places.Match{}, false
		}
	}
	for _, q := range f.placesOf(sc) {
		if q.Start > p.End && q.Start < toks[i].start {
			return places.Match{}, false
		}
	}
	return p, true
}

// legInCountry reports a leg of person p in country c told so far.
func (f *finder) legInCountry(p int, c string) bool {
	for _, l := range f.legs {
		if p >= 0 && l.person == p && l.Country == c {
			return true
		}
	}
	return false
}

// frontedStay is the city of a sentence that opens with a stay there:
// "While in Nairobi,", "During his stay in Nairobi,", "On arrival in
// Nairobi,"; not "After talks in Nairobi," (a stop before).
func (f *finder) frontedStay(sc *sentCtx) (places.Match, bool) {
	toks := f.toks
	if len(toks) < 4 {
		return places.Match{}, false
	}
	switch strings.ToLower(toks[0].w) {
	case "while", "during", "on":
	default:
		return places.Match{}, false
	}
	for k := 1; k+2 < len(toks) && k <= 5; k++ {
		if toks[k].punct {
			return places.Match{}, false
		}
		if toks[k].w != "in" {
			continue
		}
		p, ok := f.placeAt(sc, k+1)
		if !ok || p.Start != toks[k+1].start || p.Place.Kind != places.City {
			return places.Match{}, false
		}
		n := sort.Search(len(toks), func(n int) bool { return toks[n].start >= p.End })
		if n >= len(toks) || toks[n].w != "," {
			return places.Match{}, false
		}
		return p, true
	}
	return places.Match{}, false
}

// frontedCapital is the city of a sentence that opens "In the capital,
// Nairobi," or "In the Kenyan capital Nairobi".
func (f *finder) frontedCapital(sc *sentCtx) (places.Match, bool) {
	toks := f.toks
	if len(toks) < 5 || toks[0].w != "in" || toks[1].w != "the" {
		return places.Match{}, false
	}
	k := 2
	if toks[k].w != "capital" {
		if _, ok := places.Demonym(f.text[toks[k].start:toks[k].end]); !ok {
			return places.Match{}, false
		}
		k++
	}
	if toks[k].w != "capital" {
		return places.Match{}, false
	}
	k++
	if toks[k].w == "," {
		k++
	}
	p, ok := f.placeAt(sc, k)
	if !ok || p.Start != toks[k].start || p.Place.Kind != places.City {
		return places.Match{}, false
	}
	return p, true
}

// fronted adds the leg of a sentence that opens with its place and day
// and then names who was there: "In Beirut on Sunday, the pope celebrated
// Mass". The day is required (a bare "In Washington, Trump said" is a
// dateline's kind of aside), and the person must open the clause.
func (f *finder) fronted(sc *sentCtx) {
	toks := f.toks
	p, ok := f.placeAt(sc, 1)
	if !ok || p.Start != toks[1].start {
		return
	}
	k := 2
	for k < len(toks) && toks[k].start < p.End {
		k++
	}
	dated := false
	for ; k < len(toks) && !toks[k].punct; k++ {
		if !f.inTimex(toks[k]) && toks[k].w != "on" && toks[k].w != "last" {
			return
		}
		dated = dated || f.inTimex(toks[k])
	}
	if !dated || k+1 >= len(toks) || toks[k].w != "," {
		return
	}
	comma := toks[k]
	for _, m := range sc.persons {
		if m.Start < comma.end {
			continue
		}
		if m.Start > comma.end+5 { // ", the pope": an article at most
			return
		}
		// The verb after the name sets the tense; the cue stands in for it.
		v := k + 1
		for v < len(toks) && toks[v].start < m.End {
			v++
		}
		if v >= len(toks) || toks[v].punct || !strings.HasSuffix(toks[v].w, "ed") {
			return // "In Kyiv on Monday, Zelensky's office said": past verbs only
		}
		before := len(f.legs)
		f.addLeg(sc, v, cue{cuePresence, tensePast, "visit"}, m.Person, []places.Match{p})
		for j := before; j < len(f.legs); j++ {
			f.legs[j].presence = true // at home it is no trip
		}
		return
	}
}

// remote reports that the appearance at token i is made from afar: "by
// video", "via video link", "virtually", "remotely", "online" in its
// clause.
func (f *finder) remote(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+14; k++ {
		t := f.toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			return false
		}
		switch t.w {
		case "virtually", "remotely", "online", "videolink":
			return true
		case "video":
			if p := f.toks[k-1].w; p == "by" || p == "via" {
				return true
			}
		}
	}
	return false
}

// gatheringPlace is the place of the gathering a journey noun at token i
// goes to: "his trip to the World Economic Forum in Davos".
func (f *finder) gatheringPlace(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	if i+2 >= len(toks) || toks[i+1].w != "to" || !inSet(determinersSet, toks[i+2].w) {
		return nil
	}
	event := false
	for k := i + 3; k+1 < len(toks) && k <= i+9; k++ {
		t := toks[k]
		switch {
		case isEventNoun(t.w):
			event = true
		case (t.w == "in" || t.w == "at") && event:
			if p, ok := f.placeAt(sc, k+1); ok {
				return []places.Match{p}
			}
			return nil
		case t.punct || !isCapitalised(f.text[t.start:t.end]):
			return nil
		}
	}
	return nil
}

// deniedPlace finds the place named name among the sentence's places: where
// a denied plan was to go.
func (f *finder) deniedPlace(sc *sentCtx, name string) (places.Match, bool) {
	for _, p := range f.placesOf(sc) {
		if p.Place.Name == name {
			return p, true
		}
	}
	return places.Match{}, false
}
