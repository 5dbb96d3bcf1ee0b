package timex

import "time"

// Immutable lookup tables. Tag scans tokens once and only tries the rules of
// a token whose word (or number) is a trigger here.

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var weekdayPlural = map[string]time.Weekday{
	"mondays": time.Monday, "tuesdays": time.Tuesday, "wednesdays": time.Wednesday,
	"thursdays": time.Thursday, "fridays": time.Friday, "saturdays": time.Saturday, "sundays": time.Sunday,
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbr need a day or year after them ("Jan. 30", "Sept 2025").
var monthAbbr = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ambiguousMonths are also common words or names; they need a cue
// (preposition, modifier, day or year) to count as months.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "april": true, "june": true, "august": true}

// monthCues before a month name confirm it.
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "through": true, "from": true,
	"to": true, "during": true, "of": true, "last": true, "next": true, "this": true, "early": true,
	"late": true, "mid": true, "before": true, "after": true, "between": true, "and": true, "-": true,
	"end": true, "beginning": true, "start": true, "middle": true, "on": true, "that": true, "throughout": true,
}

// Calendar units with their TIMEX3 duration letter.
type unit struct {
	letter string // Y, M, W, D, H, MIN, S, DE, CE
	time   bool   // needs the T designator in durations
	gran   int
}

// Granularities.
const (
	gNone = iota
	gCentury
	gDecade
	gYear
	gSeason
	gQuarter
	gMonth
	gWeek
	gDay
	gTime
)

var units = map[string]unit{
	"year": {"Y", false, gYear}, "years": {"Y", false, gYear},
	"month": {"M", false, gMonth}, "months": {"M", false, gMonth},
	"week": {"W", false, gWeek}, "weeks": {"W", false, gWeek},
	"day": {"D", false, gDay}, "days": {"D", false, gDay},
	"decade": {"DE", false, gDecade}, "decades": {"DE", false, gDecade},
	"century": {"CE", false, gCentury}, "centuries": {"CE", false, gCentury},
	"fortnight": {"FN", false, gWeek}, "fortnights": {"FN", false, gWeek},
	"quarter": {"Q", false, gQuarter}, "quarters": {"Q", false, gQuarter},
	"hour": {"H", true, gTime}, "hours": {"H", true, gTime},
	"minute": {"M", true, gTime}, "minutes": {"M", true, gTime},
	"seconds": {"S", true, gTime},
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "hundred": 100, "dozen": 12,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}

// vague quantities give X in durations ("several months" = PXM).
var vagueQty = map[string]bool{"several": true, "few": true, "many": true, "numerous": true}

// Seasons: TIMEX3 codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

// Parts of the day: TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// relatives are the words that shift a calendar unit from the anchor.
var relatives = map[string]int{
	"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1,
	"upcoming": 1, "this": 0, "current": 0,
}

// setAdverbs are frequencies written as one word.
var setAdverbs = map[string]string{
	"daily": "XXXX-XX-XX", "weekly": "XXXX-WXX", "monthly": "XXXX-XX", "annually": "XXXX",
	"yearly": "XXXX", "quarterly": "XXXX-QX", "nightly": "XXXX-XX-XXTNI", "hourly": "PT1H",
	"biweekly": "P2W", "fortnightly": "P2W",
}

// timeZones may follow a clock time and belong to its span.
var timeZones = map[string]bool{
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "est": true, "edt": true,
	"et": true, "pst": true, "pdt": true, "pt": true, "cst": true, "cdt": true, "mst": true,
	"jst": true, "ist": true, "hkt": true, "aest": true,
}

// notYearAfter are nouns that make a preceding four-digit number a count.
var notYearAfter = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "workers": true, "jobs": true,
	"students": true, "members": true, "cases": true, "deaths": true, "children": true,
	"men": true, "women": true, "homes": true, "houses": true, "cars": true, "tonnes": true,
	"tons": true, "miles": true, "kilometres": true, "kilometers": true, "km": true,
	"metres": true, "meters": true, "feet": true, "acres": true, "points": true, "votes": true,
	"units": true, "shares": true, "barrels": true, "dollars": true, "euros": true,
	"pounds": true, "yuan": true, "employees": true, "residents": true, "refugees": true,
	"patients": true, "times": true, "percent": true, "per": true, "hectares": true,
	"vehicles": true, "companies": true, "firms": true, "staff": true, "police": true,
	"officers": true, "rounds": true, "pages": true, "words": true, "calories": true,
	"m": true, "mm": true, "cm": true, "kg": true, "mw": true, "kw": true, "bn": true,
}

// notYearBefore are words that make a following four-digit number a count.
var notYearBefore = map[string]bool{
	"than": true, "about": true, "nearly": true, "almost": true, "around": true,
	"approximately": true, "roughly": true, "least": true, "some": true, "over": true,
	"under": true, "no": true, "number": true, "room": true, "flight": true, "route": true,
	"page": true, "pages": true, "model": true, "rule": true, "resolution": true, "article": true,
	"section": true, "chapter": true, "highway": true, "gate": true, "platform": true,
}

// postponeCues make "until Saturday" point forward whatever the tense.
var postponeCues = []string{"postpon", "delay", "adjourn", "defer", "reschedul", "put off", "pushed back", "moved",
	"extended", "ordered to", "asked to", "told to", "given until", "deadline", "put back", "pushed to"}

// Word categories of the trigger table.
const (
	cOther = iota + 1
	cWeekday
	cWeekdayPl
	cMonth
	cMonthAbbr
	cRel
	cSetAdv
	cNumWord
	cVague
	cSeason
	cUnit
	cOrdinal
	cTheHead // opens an expression only after "the": "the end of", "the past"
	// The commonest words of cOther, read as cOther by the rules but told
	// apart so that Tag can pass them over at a glance (see idle).
	cThe  // "the"
	cIn   // "in"
	cA    // "a", "an"
	cThat // "that"
)

// triggerTable is an open-addressing hash table over the trigger words,
// keyed by FNV-1a: most words land on an empty slot and cost no string
// comparison. The tokeniser's fast path uses the tables of chunks.go
// instead; this one serves the words it leaves to the slow path.
type triggerSlot struct {
	word string
	cat  uint8
}

const triggerTableSize = 1024 // a power of two, several times the trigger count

var triggerTable = func() (t [triggerTableSize]triggerSlot) {
	for w, c := range triggers {
		i := hashWord(w) & (triggerTableSize - 1)
		for t[i].cat != 0 {
			i = (i + 1) & (triggerTableSize - 1)
		}
		t[i] = triggerSlot{w, c}
	}
	return t
}()

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// hashWord is FNV-1a.
func hashWord(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= fnvPrime
	}
	return h
}

// triggerOf returns the trigger category of the lower-case word w, 0 if none.
func triggerOf(w string) uint8 {
	if len(w) >= 3 && !mayTrigger(w[0], w[1], w[2], len(w)) {
		return 0
	}
	return triggerHashed(w, hashWord(w))
}

// trigLen[a][b] has bit n set when a trigger word of n bytes (n >= 3) starts
// with the letters a, b, and trigThird[a][b] bit c when one goes on with
// letter c: most words fail this test, which costs less than hashing them.
var trigLen, trigThird = func() (l, t [26][26]uint32) {
	for w := range triggers {
		if len(w) < 3 {
			continue
		}
		for k := range 3 {
			if w[k] < 'a' || w[k] > 'z' {
				panic("timex: trigger word does not start with three letters: " + w)
			}
		}
		if len(w) >= 32 {
			panic("timex: trigger word too long for the filter: " + w)
		}
		l[w[0]-'a'][w[1]-'a'] |= 1 << len(w)
		t[w[0]-'a'][w[1]-'a'] |= 1 << (w[2] - 'a')
	}
	return l, t
}()

// mayTrigger is the filter of trigLen and trigThird for a lower-case word of
// n >= 3 bytes starting with a, b, c.
func mayTrigger(a, b, c byte, n int) bool {
	a, b, c = a-'a', b-'a', c-'a'
	if a >= 26 || b >= 26 || c >= 26 || n >= 32 {
		return false // every trigger of three bytes or more opens with three letters and is short
	}
	return trigLen[a][b]>>n&1 != 0 && trigThird[a][b]>>c&1 != 0
}

// triggerHashed is triggerOf with the word's FNV-1a hash h already known.
func triggerHashed(w string, h uint32) uint8 {
	i := h & (triggerTableSize - 1)
	for {
		e := &triggerTable[i]
		if e.cat == 0 {
			return 0
		}
		if e.word == w {
			return e.cat
		}
		i = (i + 1) & (triggerTableSize - 1)
	}
}

// triggerOfBytes is triggerOf for a lower-cased word held in bytes, less a
// possessive "'s"; comparing with string(b) does not allocate.
func triggerOfBytes(b []byte) uint8 {
	if n := len(b); n > 2 && b[n-2] == '\'' && b[n-1] == 's' {
		b = b[:n-2]
	} else if n > 4 && b[n-4] == 0xe2 && b[n-3] == 0x80 && b[n-2] == 0x99 && b[n-1] == 's' {
		b = b[:n-4]
	}
	if len(b) >= 3 && !mayTrigger(b[0], b[1], b[2], len(b)) {
		return 0
	}
	h := uint32(fnvOffset)
	for _, c := range b {
		h ^= uint32(c)
		h *= fnvPrime
	}
	i := h & (triggerTableSize - 1)
	for {
		e := &triggerTable[i]
		if e.cat == 0 {
			return 0
		}
		if e.word == string(b) {
			return e.cat
		}
		i = (i + 1) & (triggerTableSize - 1)
	}
}

// triggers maps every word that can open an expression to its category: Tag
// skips all other words with one lookup. Earlier tables win on overlaps.
var triggers = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(w string, c uint8) {
		if m[w] == 0 {
			m[w] = c
		}
	}
	for w := range weekdays {
		add(w, cWeekday)
	}
	for w := range weekdayPlural {
		add(w, cWeekdayPl)
	}
	for w := range months {
		add(w, cMonth)
	}
	for w := range monthAbbr {
		add(w, cMonthAbbr)
	}
	for w := range relatives {
		add(w, cRel)
	}
	for w := range setAdverbs {
		add(w, cSetAdv)
	}
	add("the", cThe)
	add("in", cIn)
	add("a", cA)
	add("an", cA)
	add("that", cThat)
	for _, w := range []string{
		"the", "early", "late", "mid", "earlier", "later", "almost", "nearly", "at", "in",
		"now", "currently", "nowadays", "presently", "today", "yesterday", "tomorrow", "tonight",
		"noon", "midday", "midnight", "every", "each", "recent", "these", "that", "fiscal", "q",
		"a", "an",
	} {
		add(w, cOther)
	}
	for w := range numberWords {
		add(w, cNumWord)
	}
	for w := range vagueQty {
		add(w, cVague)
	}
	for w := range seasons {
		add(w, cSeason)
	}
	for w := range units {
		add(w, cUnit)
	}
	for w := range ordinalWords {
		add(w, cOrdinal)
	}
	for _, w := range []string{"end", "beginning", "start", "middle", "close", "turn", "future", "weekend", "night"} {
		add(w, cTheHead)
	}
	return m
}()
