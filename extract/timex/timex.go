// Package timex finds temporal expressions in news text and normalises them
// to TIMEX3 values against the publication date (the document creation time,
// dct), resolving bare weekdays and months by the tense of their clause.
// Pure: text in, structs out.
//
// Tag tokenises the text once and tries its rules only at tokens that can open
// an expression (a weekday, month, number, "last", "the", "now" ...), so it runs
// in linear time. Spans follow TimeML: determiners and modifiers belong to the
// expression ("the last week", "early December", "almost seven years"),
// prepositions do not ("on" Friday, "in" 2020).
//
// Values, by example, for a dct of Wednesday 2026-01-28:
//
//	on Friday (future clause)     2026-01-30     DATE
//	on Monday (past clause)       2026-01-26     DATE
//	last week / this week         2026-W04 / 2026-W05
//	next month / in December      2026-02 / 2025-12 (past) or 2026-12 (future)
//	the fourth quarter            2025-Q4 (past) ; the 1990s 199 ; the 20th century 19
//	this morning / 3 p.m.         2026-01-28TMO / 2026-01-28T15:00   TIME
//	now, currently                PRESENT_REF ; the past PAST_REF ; later (future) FUTURE_REF
//	recent weeks, several months  PXW, PXM      DURATION ; a decade P10Y
//	every week, annually          XXXX-WXX, XXXX SET
//
// A bare weekday takes the direction of its clause (see Tense): past → the
// latest such day up to the dct, future or present → the next from the dct,
// no verb → the nearer of the two; the dct's own weekday is the dct. Bare
// months and month-days follow the same rule at their granularity; quarters
// and seasons take past or future from the tense and are otherwise the
// nearest. tense.go documents how the tense is read.
package timex

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/internal/letters"
)

// Types of TIMEX3.
const (
	tDate     = "DATE"
	tTime     = "TIME"
	tDuration = "DURATION"
	tSet      = "SET"
)

// hit is one expression over tokens [a, b); end overrides the byte end (to
// leave out a possessive "'s") when non-zero.
type hit struct {
	a, b int
	typ  string
	val  string
	end  int
	gran int
}

type tagger struct {
	ts  *tokens
	dct time.Time // midnight UTC of the dct's calendar day
	// verb groups of the sentence last asked about
	gsA, gsB int
	gs       []group
	// reference time for anaphora ("the day before", "that year")
	ref     time.Time
	refGran int
	// token index of the second half of a year range ("1957-58") and its century
	rangeTok, rangeCentury int
	// the last day-level date and its token (noteDay), for clock times
	dayTok int
	day    time.Time
	// the Saturday of the last weekend named and its token (noteDay)
	weekendTok int
	weekendSat time.Time
	// the last day told of, by a date or a part of a day, and its token
	// plus one (0: none), for anaphora: "the same day", "that evening"
	anaTok int
	anaDay time.Time
}

// Tag returns the temporal expressions of text, in order, normalised against
// the document creation time dct.
func Tag(text string, dct time.Time) []newsbot.Timex {
	ts := tokensPool.Get().(*tokens)
	defer ts.release()
	ts.tokenize(text)
	return ts.tag(text, dct)
}

// TagRuns is Tag that also returns the runs of ASCII letters of text
// (exactly letters.Of(text)), which its tokeniser reads anyway, appended
// to runs[:0]: the pipeline hands them to trips (trips.FindInSentencesRuns)
// so that its sentence filter need not read the bytes again.
func TagRuns(text string, dct time.Time, runs []letters.Run) ([]newsbot.Timex, []letters.Run) {
	ts := tokensPool.Get().(*tokens)
	defer ts.release()
	pooled := ts.runs
	ts.runs = runs
	ts.tokenize(text)
	runs = ts.runs
	ts.runs = pooled // the caller keeps runs; the pool keeps its own buffer
	return ts.tag(text, dct), runs
}

// tag is Tag over the tokens of text.
func (ts *tokens) tag(text string, dct time.Time) []newsbot.Timex {
	y, m, d := dct.Date()
	tg := &tagger{ts: ts, dct: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), gsA: -1, rangeTok: -1, dayTok: -1, weekendTok: -1}
	tg.ref, tg.refGran = tg.dct, gNone
	// Most articles have a handful of expressions: gather them on the
	// stack and allocate the result once, at its size, rather than grow it.
	var buf [16]newsbot.Timex
	n := 0
	var out []newsbot.Timex // nil until buf is full
	done := 0               // tokens before this belong to earlier expressions
	// Most words and marks start nothing: visit only the candidates.
	ts.dropIdle()
	for _, c := range ts.cand {
		i := int(c)
		if i < done {
			continue // inside the last expression
		}
		if ts.idle(i) {
			continue
		}
		h, ok := tg.at(i)
		if !ok || h.b <= i {
			continue
		}
		if h.a < done {
			h.a = done // a rule that looked back ("once a week") must not overlap
		}
		start, end := int(ts.t[h.a].s), int(ts.t[h.b-1].e)
		if h.end > 0 {
			end = h.end
		}
		x := newsbot.Timex{Text: text[start:end], Start: start, End: end, Type: h.typ, Value: h.val}
		switch {
		case out == nil && n < len(buf):
			buf[n] = x
			n++
		case out == nil:
			out = append(append(make([]newsbot.Timex, 0, 2*len(buf)), buf[:]...), x)
		default:
			out = append(out, x)
		}
		if h.typ == tDate && h.gran >= gYear && len(h.val) >= 4 && isDigit(h.val[0]) && !tg.attributive(h.a) {
			tg.setRef(h.val, h.gran)
		}
		tg.noteDay(h)
		done = h.b
	}
	if out != nil {
		return out
	}
	if n == 0 {
		return nil
	}
	return slices.Clone(buf[:n])
}

// tokensPool keeps the token buffers of finished calls. Tag runs once per
// article on many goroutines at once, and its buffers (several bytes per
// byte of text) cost more to allocate and clear than to tag with; a pool
// reuses them without a change to the API every caller uses. Nothing in
// them outlives a call: release drops the references to the text.
var tokensPool = sync.Pool{New: func() any { return new(tokens) }}

// maxPooledTokens bounds the buffers kept between calls (a long article).
const maxPooledTokens = 1 << 16

// release returns ts to the pool, unless its text was huge.
func (ts *tokens) release() {
	if cap(ts.t) > maxPooledTokens {
		return // let the collector have a huge text's buffers
	}
	ts.text, ts.low = "", ""
	tokensPool.Put(ts)
}

// attributive reports whether the expression at token a modifies a noun
// ("Trump's July 25 call", "the 2010 raid"); such dates do not move the
// story's reference time.
func (tg *tagger) attributive(a int) bool {
	ts := tg.ts
	if a == 0 || ts.t[a-1].kind != kWord {
		return false
	}
	p := ts.w(a - 1)
	return p == "the" || p == "a" || p == "an" || p != ts.base(a-1)
}

// setRef records an absolute date as the reference for later anaphora.
func (tg *tagger) setRef(val string, gran int) {
	y, err := atoi(val[:4])
	if err != nil {
		return
	}
	m, d := 1, 1
	if gran >= gMonth && len(val) >= 7 && val[4] == '-' && isDigit(val[5]) {
		m, _ = atoi(val[5:7])
	} else if gran > gYear {
		gran = gYear
	}
	if gran >= gDay && len(val) >= 10 && isDigit(val[8]) {
		d, _ = atoi(val[8:10])
	} else if gran > gMonth {
		gran = gMonth
	}
	tg.ref = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	tg.refGran = gran
}

// tense returns the tense governing tokens [i, j].
func (tg *tagger) tense(i, j int) TenseKind {
	return tg.tenseWeak(i, j, true)
}

// tenseWeak is tense; weak tells whether purpose infinitives count.
func (tg *tagger) tenseWeak(i, j int, weak bool) TenseKind {
	a, b := tg.ts.sentenceBounds(i)
	if a != tg.gsA || b != tg.gsB {
		tg.gsA, tg.gsB = a, b
		// The groups of the sentence before are done with: reuse their
		// storage, kept in ts for the next call.
		tg.gs = tg.ts.verbGroups(a, b, tg.ts.gs[:0])
		tg.ts.gs = tg.gs
	}
	t, ok := tg.ts.tenseNearWeak(i, j, a, b, tg.gs, weak)
	if !ok {
		return noVerb
	}
	return t
}

// noVerb is the internal tense of a clause without any verb group.
const noVerb TenseKind = -1

// idle reports whether the trigger at token i opens nothing, as at would
// find, from the token after it alone: "the", "a", "in" and "that" are a
// third of all candidates and nearly always stand before a word that
// triggers nothing. It must say yes only where at returns no hit (see
// FuzzIdleOpensNothing).
func (ts *tokens) idle(i int) bool {
	var next token // the zero token past the end: no kind, no trigger
	if i+1 < len(ts.t) {
		next = ts.t[i+1]
	}
	switch ts.t[i].trig {
	case cTheHead:
		return true // "end", "future" ... open an expression only after "the"
	case cThe:
		// the: nothing after "the" but a trigger, a number or a mark.
		return i+1 == len(ts.t) || next.kind == kWord && next.trig == 0
	case cIn:
		return next.trig != cOther || ts.w(i+1) != "recent"
	case cThat:
		// "that year", "that night", "that evening", "that autumn"
		return next.trig != cUnit && next.trig != cTheHead && next.trig != cSeason && !(next.e-next.s >= 7 && next.e-next.s <= 9 && dayPartsTab.has(ts.w(i+1)))
	case cA:
		if next.trig != 0 {
			return false // "a week", "a few"
		}
		switch ts.w(i + 1) {
		case "number", "couple", "mere":
			return false
		}
		return true
	}
	return false
}

// dropIdle removes from ts.cand the candidates that idle finds idle from
// their category and the next token's kind and category alone ("the"
// before a word that triggers nothing, "in" before anything but "recent").
// A third of all candidates go, and Tag's loop does not wait on the
// switch of idle for them: keepAfter decides with two loads and no branch
// the predictor could miss.
func (ts *tokens) dropIdle() {
	t := ts.t
	k := 0
	for _, c := range ts.cand {
		i := int(c)
		var code uint8 // kind<<5 | trig of the next token; 0 past the end
		if i+1 < len(t) {
			code = t[i+1].kind<<5 | t[i+1].trig
		}
		ts.cand[k] = c
		k += int(keepAfter[t[i].trig&31][code&127])
	}
	ts.cand = ts.cand[:k]
}

// keepAfter[cat][kind<<5|trig] is 0 when a candidate of category cat is
// idle before a token of that kind and category (kind and trig 0: the end
// of the text), else 1: idle's cases that read no word.
var keepAfter = func() (tab [32][128]uint8) {
	// Categories fit in five bits and kinds in two (a compile error
	// otherwise: a negative constant does not convert to uint8).
	const _, _ = uint8(31 - cThat), uint8(3 - kPunct)
	for cat := range 32 {
		for code := range 128 {
			kind, trig := uint8(code>>5), uint8(code&31)
			idle := false
			switch uint8(cat) {
			case cTheHead:
				idle = true
			case cThe:
				idle = kind == 0 || kind == kWord && trig == 0
			case cIn:
				idle = trig != cOther
			}
			if !idle {
				tab[cat][code] = 1
			}
		}
	}
	return tab
}()

// at tries every rule that can start at token i.
func (tg *tagger) at(i int) (hit, bool) {
	ts := tg.ts
	t := ts.t[i]
	if t.kind == kNum {
		return tg.number(i)
	}
	if t.kind == kPunct {
		// "'90s"
		if (ts.isPunct(i, "'") || ts.isPunct(i, "’")) && ts.adjacent(i) && ts.t[i+1].kind == kNum {
			if h, ok := tg.decade(i+1, true); ok {
				h.a = i
				return h, true
			}
		}
		return hit{}, false
	}
	cat := t.trig
	if cat == 0 {
		return hit{}, false
	}
	w := ts.base(i)
	if cat == cOther || cat >= cThe {
		switch w {
		case "the":
			return tg.the(i)
		case "early", "late", "mid", "earlier", "later":
			if h, ok := tg.modified(i); ok {
				return h, true
			}
			if w == "later" {
				return tg.later(i)
			}
			return hit{}, false
		case "almost", "nearly":
			if h, ok := tg.core(i + 1); ok && h.typ == tDuration {
				h.a = i
				return h, true
			}
			return hit{}, false
		case "at":
			return tg.atPhrase(i)
		case "in":
			if ts.w(i+1) == "recent" {
				return tg.core(i + 1)
			}
			return hit{}, false
		}
	}
	return tg.coreWord(i, w, cat)
}

// core reads an unmodified expression at token i.
func (tg *tagger) core(i int) (hit, bool) {
	ts := tg.ts
	if i >= ts.n() {
		return hit{}, false
	}
	if ts.t[i].kind == kNum {
		return tg.number(i)
	}
	if ts.t[i].kind != kWord {
		return hit{}, false
	}
	return tg.coreWord(i, ts.base(i), ts.t[i].trig)
}

// coreWord is core for the word w of category cat at token i.
func (tg *tagger) coreWord(i int, w string, cat uint8) (hit, bool) {
	ts := tg.ts
	switch cat {
	case 0, cTheHead:
		return hit{}, false
	case cWeekday:
		return tg.weekday(i, weekdaysTab.val(w))
	case cWeekdayPl:
		if ts.t[i].cap && !(i > 0 && ts.t[i-1].cap && ts.t[i-1].kind == kWord && !ts.sentenceStart(i-1)) {
			return hit{a: i, b: i + 1, typ: tSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(weekdayPluralTab.val(w)))}, true
		}
		return hit{}, false
	case cMonth:
		return tg.month(i, monthsTab.val(w))
	case cMonthAbbr:
		if ts.t[i].cap {
			return tg.month(i, monthAbbrTab.val(w))
		}
		return hit{}, false
	case cRel:
		return tg.relative(i, false)
	case cSetAdv:
		if tg.capName(i) {
			return hit{}, false // "the Daily Telegraph", "Breitbart News Daily"
		}
		return hit{a: i, b: i + 1, typ: tSet, val: setAdverbsTab.val(w)}, true
	case cNumWord:
		return tg.quantity(i, float64(numberWordsTab.val(w)), false)
	case cVague:
		return tg.quantity(i, 0, true)
	case cSeason:
		return tg.season(i, seasonsTab.val(w))
	case cOrdinal:
		return tg.ordinal(i, ordinalWordsTab.val(w), i)
	case cUnit:
		if w == "day" {
			if h, ok := tg.sameDay(i); ok {
				return h, true
			}
		}
		if w == "year" && ts.isPunct(i+1, "-") && ts.w(i+2) == "end" && ts.adjacent(i) && ts.adjacent(i+1) {
			return tg.yearEnd(i), true // "by year-end"
		}
		return tg.barePlural(i, w)
	}
	switch w {
	case "now", "currently", "nowadays", "presently":
		return hit{a: i, b: i + 1, typ: tDate, val: "PRESENT_REF", end: int(ts.t[i].e)}, true
	case "today":
		if tg.capName(i) {
			return hit{}, false // "USA Today"
		}
		if tg.comparison(i) {
			return hit{a: i, b: i + 1, typ: tDate, val: "PRESENT_REF", end: endBase(ts, i)}, true
		}
		return tg.dayHit(i, i+1, tg.dct, endBase(ts, i)), true
	case "yesterday", "tomorrow":
		d := tg.dct.AddDate(0, 0, -1)
		if w == "tomorrow" {
			d = tg.dct.AddDate(0, 0, 1)
		}
		if p, ok := dayPartsTab.get(ts.w(i + 1)); ok {
			return hit{a: i, b: i + 2, typ: tTime, val: dayVal(d) + "T" + p, gran: gTime}, true
		}
		return tg.dayHit(i, i+1, d, endBase(ts, i)), true
	case "tonight":
		return hit{a: i, b: i + 1, typ: tTime, val: dayVal(tg.dct) + "TNI", end: endBase(ts, i), gran: gTime}, true
	case "noon", "midday", "midnight":
		h := 12
		if w == "midnight" {
			h = 24
		}
		return tg.clockAt(i, i+1, h, 0)
	case "every", "each":
		return tg.set(i)
	case "recent":
		if u, ok := unitsTab.get(ts.w(i + 1)); ok && isPlural(ts.w(i+1)) {
			return hit{a: i, b: i + 2, typ: tDuration, val: durVal("X", u)}, true
		}
	case "these":
		if ts.w(i+1) == "days" {
			return hit{a: i, b: i + 2, typ: tDate, val: "PRESENT_REF"}, true
		}
	case "that":
		if h, ok := tg.thatDay(i); ok {
			return h, true // "that evening": the day just told of
		}
		if u, ok := unitsTab.get(ts.base(i + 1)); ts.trig(i+1) == cUnit && ok && !isPlural(ts.w(i+1)) && u.gran >= gYear && u.gran <= gDay {
			return hit{a: i, b: i + 2, typ: tDate, val: tg.refVal(u.gran, 0), end: endBase(ts, i+1), gran: u.gran}, true
		}
		if s, ok := seasonsTab.get(ts.base(i + 1)); ok && tg.refGran != gNone && ts.w(i+1) != "fall" && seasonAnaphor(ts, i) {
			// "That autumn, it hired staff": the season of the story's year.
			return hit{a: i, b: i + 2, typ: tDate, val: fmt.Sprintf("%04d-%s", tg.ref.Year(), s), end: endBase(ts, i+1), gran: gSeason}, true
		}
	case "fiscal":
		if i+1 < ts.n() && ts.t[i+1].kind == kNum {
			if h, ok := tg.year(i + 1); ok {
				h.a = i
				return h, true
			}
		}
	case "q":
		// "Q3 2025", "Q4"
		if ts.adjacent(i) && i+1 < ts.n() && ts.t[i+1].kind == kNum && ts.t[i].cap {
			if q, err := atoi(ts.w(i + 1)); err == nil && q >= 1 && q <= 4 {
				return tg.quarter(i, i+2, q)
			}
		}
	}
	if w == "a" || w == "an" {
		if ts.w(i+1) == "number" && ts.w(i+2) == "of" {
			if u, ok := unitsTab.get(ts.w(i + 3)); ok && isPlural(ts.w(i+3)) {
				return hit{a: i, b: i + 4, typ: tDuration, val: durVal("X", u)}, true
			}
		}
		if ts.w(i+1) == "few" || ts.w(i+1) == "couple" {
			k := i + 2
			if ts.w(k) == "of" {
				k++
			}
			if _, ok := unitsTab.get(ts.w(k)); ok {
				h, ok := tg.quantityUnit(i, k, 0, true)
				return h, ok
			}
			return hit{}, false
		}
		if ts.w(i+1) == "mere" {
			h, ok := tg.core(i + 2)
			if ok && h.typ == tDuration {
				h.a = i
			}
			return h, ok && h.typ == tDuration
		}
		if ts.trig(i+1) == cUnit {
			return tg.quantityUnit(i, i+1, 1, false)
		}
	}
	return hit{}, false
}

// seasonAnaphor reports whether "that" at i can open "that autumn": it
// starts its phrase (a sentence, a mark or a preposition before it), where
// a relative "that" ("the firms that spring up") cannot stand.
func seasonAnaphor(ts *tokens, i int) bool {
	if i == 0 || ts.t[i-1].kind == kPunct {
		return true
	}
	switch ts.w(i - 1) {
	case "in", "during", "by", "until", "through", "throughout", "over", "since", "of", "and", "later", "earlier":
		return true
	}
	return false
}

// barePlural reads a unit without a count: "for years", "take weeks", "days
// before".
func (tg *tagger) barePlural(i int, w string) (hit, bool) {
	ts := tg.ts
	if u, ok := unitsTab.get(w); ok && isPlural(w) && u.letter != "Q" {
		// A bare plural is a vague stretch when a verb or preposition of
		// duration governs it: "for years", "take weeks", "days before".
		switch ts.w(i - 1) {
		case "for", "take", "takes", "took", "taking", "taken", "within", "lasted", "lasting",
			"spend", "spends", "spent", "spending", "serve", "served", "serving", "face", "faces",
			"facing", "faced", "wait", "waited", "waiting", "in":
			return hit{a: i, b: i + 1, typ: tDuration, val: durVal("X", u)}, true
		}
		switch ts.w(i + 1) {
		case "before", "after", "later", "earlier", "ago":
			if determinersTab.val(ts.w(i - 1)) {
				break // "the days before the vote": not a count
			}
			if ts.w(i+1) == "ago" {
				return hit{a: i, b: i + 2, typ: tDate, val: "PAST_REF"}, true
			}
			return hit{a: i, b: i + 1, typ: tDuration, val: durVal("X", u)}, true
		}
	}
	return hit{}, false
}

// capName reports whether the capitalised word at i sits inside a name: a
// capitalised word next to it, not at a sentence start.
func (tg *tagger) capName(i int) bool {
	ts := tg.ts
	if !ts.t[i].cap {
		return false
	}
	if i+1 < ts.n() && ts.t[i+1].kind == kWord && ts.t[i+1].cap && !ts.sentenceStart(i+1) {
		if _, m := monthsTab.get(ts.w(i + 1)); !m {
			if _, wd := weekdaysTab.get(ts.base(i + 1)); !wd {
				return true
			}
		}
	}
	return i > 0 && !ts.sentenceStart(i) && ts.t[i-1].kind == kWord && ts.t[i-1].cap
}

// endBase is the byte end of token i without a possessive "'s".
func endBase(ts *tokens, i int) int {
	return int(ts.t[i].s) + len(ts.base(i))
}

func isPlural(w string) bool { return strings.HasSuffix(w, "s") }

// comparison reports whether "today" stands for the present in general:
// "faster than can be done today".
func (tg *tagger) comparison(i int) bool {
	ts := tg.ts
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if ts.clauseBreak(k) && ts.w(k) != "than" {
			return false
		}
		if ts.w(k) == "than" {
			return true
		}
	}
	return false
}

func (tg *tagger) dayHit(a, b int, d time.Time, end int) hit {
	return hit{a: a, b: b, typ: tDate, val: dayVal(d), end: end, gran: gDay}
}

// the reads expressions opened by "the".
func (tg *tagger) the(i int) (hit, bool) {
	ts := tg.ts
	n := ts.w(i + 1)
	if i+1 >= ts.n() || ts.t[i+1].kind == kWord && ts.t[i+1].trig == 0 {
		return hit{}, false
	}
	switch n {
	case "end", "beginning", "start", "middle", "close", "turn":
		if ts.w(i+2) == "of" {
			return tg.partOf(i, i+3)
		}
		return hit{}, false
	case "past", "future":
		if h, ok := tg.relative(i+1, true); ok {
			h.a = i
			return h, true
		}
		if n == "past" {
			return hit{a: i, b: i + 2, typ: tDate, val: "PAST_REF"}, true
		}
		if ts.w(i+2) != "of" {
			return hit{a: i, b: i + 2, typ: tDate, val: "FUTURE_REF"}, true
		}
		return hit{}, false
	case "early", "late", "mid":
		if h, ok := tg.modified(i + 1); ok {
			h.a = i
			return h, true
		}
		return hit{}, false
	case "weekend":
		return tg.weekend(i, i+2, 0, true)
	case "day", "week", "month", "year", "night":
		if h, ok := tg.dayAfter(i); ok {
			return h, true // "The day after, the envoy left"
		}
		// "the day before he was arrested", "the year after"
		if w := ts.w(i + 2); w == "before" || w == "after" {
			u := unitsTab.val(n)
			if n == "night" {
				u = unitsTab.val("day")
			}
			return hit{a: i, b: i + 2, typ: tDate, val: tg.refVal(u.gran, 0), gran: u.gran}, true
		}
		return hit{}, false
	}
	if _, ok := relativesTab.get(n); ok {
		if h, ok := tg.relative(i+1, true); ok {
			h.a = i
			return h, true
		}
		return hit{}, false
	}
	if s, ok := seasonsTab.get(n); ok {
		if h, ok := tg.season(i+1, s); ok {
			h.a = i
			return h, true
		}
		return hit{}, false
	}
	if o, ok := ordinalWordsTab.get(n); ok {
		return tg.ordinal(i+1, o, i)
	}
	if i+1 < ts.n() && ts.t[i+1].kind == kNum {
		w := ts.w(i + 1)
		if o, ok := ordinalNum(w); ok {
			return tg.ordinal(i+1, o, i)
		}
		if h, ok := tg.decade(i+1, false); ok {
			h.a = i
			return h, true
		}
		if h, ok := tg.number(i + 1); ok && h.typ == tDuration && !ts.isPunct(i+2, "-") {
			h.a = i // "the 90 years", but not "the 24-hour strike"
			return h, true
		}
		return hit{}, false
	}
	if (ts.isPunct(i+1, "'") || ts.isPunct(i+1, "’")) && ts.adjacent(i+1) && i+2 < ts.n() && ts.t[i+2].kind == kNum {
		if h, ok := tg.decade(i+2, true); ok {
			h.a = i
			return h, true
		}
	}
	if vagueQtyTab.val(n) || numberWordsTab.val(n) > 0 {
		if h, ok := tg.core(i + 1); ok && h.typ == tDuration {
			h.a = i
			return h, true
		}
	}
	return hit{}, false
}

// ordinalNum parses "30th", "1st".
func ordinalNum(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	suf := w[len(w)-2:]
	if suf != "th" && suf != "st" && suf != "nd" && suf != "rd" {
		return 0, false
	}
	n, err := atoi(w[:len(w)-2])
	return n, err == nil
}

// ordinal reads "the fourth quarter", "the 20th century", "the first half of
// 2025", "the 99th day"; k is the ordinal token, a the span start.
func (tg *tagger) ordinal(k, o, a int) (hit, bool) {
	ts := tg.ts
	j := k + 1
	if ts.isPunct(j, "-") {
		j++
	}
	switch ts.base(j) {
	case "quarter":
		if o < 1 || o > 4 {
			return hit{}, false
		}
		return tg.quarter(a, j+1, o)
	case "half":
		if o < 1 || o > 2 {
			return hit{}, false
		}
		// Only with its year: "the first half of 2025".
		if y, b, ok := tg.ofYear(j + 1); ok {
			return hit{a: a, b: b, typ: tDate, val: fmt.Sprintf("%04d-H%d", y, o), gran: gQuarter}, true
		}
		return hit{}, false
	case "century":
		if o < 1 || o > 30 {
			return hit{}, false
		}
		return hit{a: a, b: j + 1, typ: tDate, val: fmt.Sprintf("%02d", o-1), gran: gCentury}, true
	case "day", "week", "month", "year":
		// "the 99th day" (of an expedition): a day, but which is unknown.
		if a == k || ts.w(j+1) == "of" && ts.w(j+2) != "the" {
			return hit{}, false
		}
		switch ts.base(j) {
		case "day":
			return hit{a: a, b: j + 1, typ: tDate, val: "XXXX-XX-XX", gran: gDay}, true
		case "week":
			return hit{a: a, b: j + 1, typ: tDate, val: "XXXX-WXX", gran: gWeek}, true
		}
	}
	return hit{}, false
}

// ofYear reads "of 2025" or "of last year" at j.
func (tg *tagger) ofYear(j int) (int, int, bool) {
	ts := tg.ts
	if ts.w(j) != "of" {
		return 0, 0, false
	}
	if j+1 < ts.n() && ts.t[j+1].kind == kNum {
		if y, ok := yearNum(ts.w(j + 1)); ok {
			return y, j + 2, true
		}
	}
	if ts.w(j+2) == "year" || ts.w(j+2) == "year's" {
		if ts.w(j+1) == "that" {
			return tg.refYear(), j + 3, true // "in June of that year"
		}
		if r, ok := relativesTab.get(ts.w(j + 1)); ok {
			return tg.dct.Year() + r, j + 3, true
		}
	}
	if ts.w(j+1) == "the" && ts.base(j+3) == "year" && ts.t[j+3].kind == kWord {
		// "in March of the following year": the year after the story's.
		switch ts.w(j + 2) {
		case "same":
			return tg.refYear(), j + 4, true
		case "following", "next":
			return tg.refYear() + 1, j + 4, true
		case "previous":
			return tg.refYear() - 1, j + 4, true
		}
	}
	return 0, 0, false
}

// refYear is the year of the story's reference time (its last absolute
// date), else the dct's: "that year".
func (tg *tagger) refYear() int {
	if tg.refGran == gNone {
		return tg.dct.Year()
	}
	return tg.ref.Year()
}

func yearNum(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, err := atoi(w)
	if err != nil || y < 1000 || y > 2199 {
		return 0, false
	}
	return y, true
}

// quarter resolves quarter q whose expression spans [a, b): "of 2025" names
// the year, else the clause tense picks the nearest such quarter.
func (tg *tagger) quarter(a, b, q int) (hit, bool) {
	ts := tg.ts
	if y, e, ok := tg.ofYear(b); ok {
		return hit{a: a, b: e, typ: tDate, val: fmt.Sprintf("%04d-Q%d", y, q), gran: gQuarter}, true
	}
	if b < ts.n() && ts.t[b].kind == kNum {
		if y, ok := yearNum(ts.w(b)); ok {
			return hit{a: a, b: b + 1, typ: tDate, val: fmt.Sprintf("%04d-Q%d", y, q), gran: gQuarter}, true
		}
	}
	cur := (int(tg.dct.Month())-1)/3 + 1
	y := tg.dct.Year()
	switch tg.tense(a, b-1) {
	case Past:
		if q >= cur {
			y--
		}
	case Future:
		if q < cur {
			y++
		}
	default:
		// The nearest such quarter: in January "the fourth quarter" is the
		// one just ended.
		if q-cur > 2 {
			y--
		} else if cur-q > 2 {
			y++
		}
	}
	return hit{a: a, b: b, typ: tDate, val: fmt.Sprintf("%04d-Q%d", y, q), gran: gQuarter}, true
}

// partOf reads "the end of last year", "the beginning of the month", "the
// end of year": k is the token after "of".
func (tg *tagger) partOf(a, k int) (hit, bool) {
	ts := tg.ts
	j := k
	if ts.w(j) == "the" {
		j++
	}
	w := ts.base(j)
	if w == "year" || w == "month" || w == "week" || w == "decade" || w == "day" {
		// Anaphoric "the end of the year": the nearest such period in the
		// clause's direction. The end of a year lies in December, its start in
		// January.
		y := tg.dct.Year()
		switch w {
		case "year":
			part := ts.w(a + 1)
			t := tg.tense(a, j)
			if part == "end" || part == "close" {
				if t == Past && tg.dct.Month() < 12 && !tg.extendedUntil(a) {
					y--
				}
			} else if part == "beginning" || part == "start" {
				if t == Future && tg.dct.Month() > 1 {
					y++
				}
			}
			return hit{a: a, b: j + 1, typ: tDate, val: fmtYear(y), end: endBase(ts, j), gran: gYear}, true
		case "month":
			return hit{a: a, b: j + 1, typ: tDate, val: monthVal(tg.dct), end: endBase(ts, j), gran: gMonth}, true
		case "week":
			return hit{a: a, b: j + 1, typ: tDate, val: weekVal(tg.dct), end: endBase(ts, j), gran: gWeek}, true
		case "decade":
			return hit{a: a, b: j + 1, typ: tDate, val: strconv.Itoa(y / 10), end: endBase(ts, j), gran: gDecade}, true
		case "day":
			return hit{a: a, b: j + 1, typ: tDate, val: dayVal(tg.dct), end: endBase(ts, j), gran: gDay}, true
		}
	}
	h, ok := tg.core(k)
	if !ok || h.typ != tDate {
		if ts.w(k) == "the" {
			h, ok = tg.the(k)
		}
		if !ok || h.typ != tDate {
			return hit{}, false
		}
	}
	h.a = a
	return h, true
}

// modified reads early/late/mid/earlier/later + a date: "early December",
// "late last July", "mid-2026", "earlier this month", "later this year".
func (tg *tagger) modified(i int) (hit, bool) {
	ts := tg.ts
	k := i + 1
	if ts.isPunct(k, "-") && ts.adjacent(i) {
		k++
	}
	w := ts.w(i)
	if (w == "earlier" || w == "later") && ts.w(k) == "that" {
		if h, ok := tg.core(k); ok && (h.typ == tDate || h.typ == tTime) {
			h.a = i // "later that day", "earlier that year"
			return h, true
		}
	}
	if (w == "earlier" || w == "later") && ts.w(k) != "this" && ts.w(k) != "in" {
		return hit{}, false
	}
	if ts.w(k) == "in" && ts.w(k+1) == "the" {
		// "later in the week", "earlier in the year"
		if u, ok := unitsTab.get(ts.w(k + 2)); ok && u.gran >= gYear && u.gran <= gDay && !isPlural(ts.w(k+2)) {
			return hit{a: i, b: k + 3, typ: tDate, val: tg.refVal(u.gran, 0), gran: u.gran}, true
		}
		return hit{}, false
	}
	h, ok := tg.core(k)
	if !ok || h.typ != tDate || h.gran == gNone && !strings.HasPrefix(h.val, "XXXX") {
		if ts.w(k) == "the" {
			h, ok = tg.the(k)
			if ok && h.typ == tDate {
				h.a = i
				return h, true
			}
		}
		return hit{}, false
	}
	h.a = i
	return h, true
}

// later tags a bare "later" as FUTURE_REF when its clause looks ahead
// ("will later visit Japan"); "said later" is not an expression.
func (tg *tagger) later(i int) (hit, bool) {
	ts := tg.ts
	if i > 0 && (unitsTab.val(ts.w(i-1)).letter != "" || ts.t[i-1].kind == kNum) {
		return hit{}, false // "two days later": the duration is tagged
	}
	if ts.w(i+1) == "on" || ts.w(i+1) == "today" || ts.w(i+1) == "tonight" {
		return hit{}, false // "later on Friday": the day is the expression
	}
	if tg.tenseWeak(i, i, false) != Future {
		return hit{}, false
	}
	return hit{a: i, b: i + 1, typ: tDate, val: "FUTURE_REF"}, true
}

// atPhrase reads "at the time", "at that time" (PAST_REF), "at the moment",
// "at present" (PRESENT_REF).
func (tg *tagger) atPhrase(i int) (hit, bool) {
	ts := tg.ts
	switch ts.w(i + 1) {
	case "present":
		return hit{a: i, b: i + 2, typ: tDate, val: "PRESENT_REF"}, true
	case "the", "that":
		switch ts.w(i + 2) {
		case "time":
			if nx := ts.w(i + 3); nx == "of" || nx == "when" || nx == "that" {
				return hit{}, false
			}
			if ts.w(i+1) == "the" && ts.t[i+3-1].kind == kWord && i+3 < ts.n() && ts.t[i+3].kind == kWord {
				// "at the time he spoke" introduces a clause: no expression.
				if c := ts.classify(i+3, false); c == wNone && !ts.clauseBreak(i+3) && !ts.t[i+3].cap {
					return hit{}, false
				}
			}
			return hit{a: i, b: i + 3, typ: tDate, val: "PAST_REF"}, true
		case "moment":
			if ts.w(i+3) == "of" {
				return hit{}, false
			}
			return hit{a: i, b: i + 3, typ: tDate, val: "PRESENT_REF"}, true
		}
	}
	return hit{}, false
}

// relative reads last/next/this/past/coming + unit at token i; the tells
// whether "the" precedes ("the past two years" is a duration, "the last week"
// a date).
func (tg *tagger) relative(i int, the bool) (hit, bool) {
	ts := tg.ts
	r := ts.w(i)
	dir := relativesTab.val(r)
	k := i + 1
	if ts.w(k) == "fiscal" || ts.w(k) == "financial" || ts.w(k) == "calendar" {
		k++
	}
	w := ts.base(k)
	// Durations: "the past two years", "the next few months", "the coming days".
	if r != "this" && r != "current" {
		j := k
		var n float64
		vague := false
		switch {
		case ts.t[min(j, ts.n()-1)].kind == kNum && j < ts.n():
			v, err := parseFloat(strings.ReplaceAll(ts.w(j), ",", ""))
			if err == nil {
				n = v
				j++
			}
		case numberWordsTab.val(w) > 0:
			n = float64(numberWordsTab.val(w))
			j++
		case vagueQtyTab.val(w):
			vague = true
			j++
		case w == "a" && ts.w(k+1) == "few" || w == "couple" || w == "a" && ts.w(k+1) == "couple":
			vague = true
			j += 2
			if w == "couple" {
				j--
			}
			if ts.w(j) == "of" {
				j++
			}
		}
		if u, ok := unitsTab.get(ts.w(j)); ok && (j > k || isPlural(ts.w(j))) && ts.w(j) != "quarters" {
			if j == k {
				vague = true
			}
			q := "X"
			if !vague {
				q = fmtNum(n)
			}
			return hit{a: i, b: j + 1, typ: tDuration, val: durVal(q, u)}, true
		}
	}
	if wd, ok := weekdaysTab.get(w); ok {
		d := tg.dct
		switch {
		case dir < 0:
			d = prevWeekday(d, wd)
		case dir > 0:
			d = nextWeekday(d, wd)
			if r == "next" && d.Sub(tg.dct) < 36*time.Hour {
				// Tomorrow is "tomorrow": "next Thursday", written on a
				// Wednesday, is the Thursday of next week.
				d = d.AddDate(0, 0, 7)
			}
		case tg.tense(i, k) == Past:
			d = tg.resolveWeekday(wd, Past, i-1)
		default:
			d = tg.resolveWeekday(wd, Future, i-1) // "this Sunday": the coming one
		}
		if p, ok := dayPartsTab.get(ts.w(k + 1)); ok {
			return hit{a: i, b: k + 2, typ: tTime, val: dayVal(d) + "T" + p, gran: gTime}, true
		}
		return tg.dayHit(i, k+1, d, endBase(ts, k)), true
	}
	if m, ok := monthsTab.get(w); ok && ts.t[k].cap {
		y := tg.dct.Year()
		switch {
		case dir < 0 && m >= tg.dct.Month():
			y--
		case dir > 0 && m <= tg.dct.Month():
			y++
		}
		return hit{a: i, b: k + 1, typ: tDate, val: fmtYearMonth(y, int(m)), end: endBase(ts, k), gran: gMonth}, true
	}
	if s, ok := seasonsTab.get(w); ok {
		d := tg.dct
		if (r == "following" || r == "next" && the) && tg.refGran != gNone {
			// "the following spring": the spring after the story's date
			// (a year's: after that year), not after the dct.
			d = tg.ref
			if tg.refGran == gYear {
				d = time.Date(d.Year(), 12, 1, 0, 0, 0, 0, time.UTC)
			}
		}
		return hit{a: i, b: k + 1, typ: tDate, val: seasonVal(d, s, dir), end: endBase(ts, k), gran: gSeason}, true
	}
	if p, ok := dayPartsTab.get(w); ok && the && (r == "next" || r == "following") && w != "overnight" {
		return tg.nextDayPart(i, k, p) // "the next morning"
	}
	if p, ok := dayPartsTab.get(w); ok && r != "past" && r != "coming" && r != "next" && r != "following" {
		d := tg.dct
		if dir < 0 {
			if w != "night" {
				return hit{}, false
			}
			d = d.AddDate(0, 0, -1)
		}
		return hit{a: i, b: k + 1, typ: tTime, val: dayVal(d) + "T" + p, end: endBase(ts, k), gran: gTime}, true
	}
	if w == "weekend" {
		if r == "following" {
			return tg.followingWeekend(i, k+1), true
		}
		return tg.weekend(i, k+1, dir, false)
	}
	u, ok := unitsTab.get(w)
	if !ok || isPlural(ts.w(k)) && !strings.HasSuffix(ts.w(k), "'s") && !strings.HasSuffix(ts.w(k), "’s") {
		return hit{}, false
	}
	if u.gran == gTime || u.letter == "FN" {
		return hit{}, false
	}
	if the && u.gran == gDay && (r == "next" || r == "following") {
		if h, ok := tg.nextDay(i, k); ok {
			return h, true // "left the next day": the day after the one just told of
		}
	}
	if the && (r == "past" || r == "next" || r == "coming" || r == "following") {
		// "over the past year", "the next decade": a stretch of time.
		return hit{a: i, b: k + 1, typ: tDuration, val: durVal("1", u), end: endBase(ts, k)}, true
	}
	if r == "past" {
		return hit{}, false
	}
	if u.gran == gDay {
		// "the next day", "the previous day": relative to the story's
		// reference time.
		if r == "previous" || r == "following" || r == "next" && the {
			return hit{a: i, b: k + 1, typ: tDate, val: tg.refVal(gDay, dir), end: endBase(ts, k), gran: gDay}, true
		}
		return hit{}, false
	}
	if u.gran == gWeek && dir == 0 && tg.sundayAhead(i, k) {
		dir = 1
	}
	return hit{a: i, b: k + 1, typ: tDate, val: tg.periodVal(u.gran, dir), end: endBase(ts, k), gran: u.gran}, true
}

// sundayAhead reports whether "this week" over tokens [i, k] means the coming
// Monday to Sunday: in a Sunday paper the ISO week of the dct is all but over,
// so a future or present clause ("will travel to Brussels this week", "the
// trial resumes this week", "later this week") looks at the next one.
// "earlier this week" and past clauses keep the week just ending.
func (tg *tagger) sundayAhead(i, k int) bool {
	if tg.dct.Weekday() != time.Sunday || i > 0 && tg.ts.w(i-1) == "earlier" {
		return false
	}
	t := tg.tense(i, k)
	return t == Future || t == Present
}

// weekend: the weekend of this (0), last (-1) or next (+1) week; bare ("the
// weekend") and "this weekend" in a past clause are the one just gone.
func (tg *tagger) weekend(a, b, dir int, bare bool) (hit, bool) {
	d := tg.dct
	if (bare || dir == 0) && tg.weekendPast(a, b, bare) {
		dir = -1 // "protesters clashed over the weekend / this weekend"
	}
	switch {
	case dir < 0:
		d = prevWeekday(d, time.Saturday)
	case dir > 0:
		// "next weekend": Mon-Fri the coming one; Sat/Sun the one after the
		// current weekend.
		d = nextWeekday(d, time.Saturday)
	default:
		if wd := tg.dct.Weekday(); wd != time.Sunday && wd != time.Saturday {
			d = nextWeekday(d, time.Saturday)
		}
	}
	return hit{a: a, b: b, typ: tDate, val: weekVal(d) + "-WE", gran: gWeek}, true
}

// periodVal is the period of granularity g containing the dct, shifted by dir.
func (tg *tagger) periodVal(g, dir int) string {
	d := tg.dct
	switch g {
	case gYear:
		return fmtYear(d.Year() + dir)
	case gMonth:
		return monthVal(time.Date(d.Year(), d.Month()+time.Month(dir), 1, 0, 0, 0, 0, time.UTC))
	case gWeek:
		return weekVal(d.AddDate(0, 0, 7*dir))
	case gDay:
		return dayVal(d.AddDate(0, 0, dir))
	case gQuarter:
		q := (d.Year()*4 + (int(d.Month())-1)/3) + dir
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case gDecade:
		return strconv.Itoa(d.Year()/10 + dir)
	case gCentury:
		return fmt.Sprintf("%02d", d.Year()/100+dir)
	}
	return "XXXX"
}

// refVal is the reference period (the last absolute date of the story, else
// the dct) shifted by dir, at granularity g; unknown parts are X.
func (tg *tagger) refVal(g, dir int) string {
	r := tg.ref
	if tg.refGran == gNone {
		return tg.periodVal(g, dir)
	}
	switch {
	case g == gYear:
		return fmtYear(r.Year() + dir)
	case g == gMonth && tg.refGran >= gMonth:
		return monthVal(time.Date(r.Year(), r.Month()+time.Month(dir), 1, 0, 0, 0, 0, time.UTC))
	case g == gMonth:
		return fmt.Sprintf("%04d-XX", r.Year())
	case g == gDay && tg.refGran >= gDay:
		return dayVal(r.AddDate(0, 0, dir))
	case g == gDay:
		return fmt.Sprintf("%04d-XX-XX", r.Year())
	case g == gWeek && tg.refGran >= gDay:
		return weekVal(r.AddDate(0, 0, 7*dir))
	case g == gWeek:
		return fmt.Sprintf("%04d-WXX", r.Year())
	}
	return "XXXX"
}

// set reads every/each + unit, weekday, season or part of day.
func (tg *tagger) set(i int) (hit, bool) {
	ts := tg.ts
	k := i + 1
	if ts.w(k) == "other" {
		k++
	}
	w := ts.base(k)
	if wd, ok := weekdaysTab.get(w); ok {
		if p, ok := dayPartsTab.get(ts.w(k + 1)); ok {
			return hit{a: i, b: k + 2, typ: tSet, val: genericWeekdayVal(wd) + "T" + p}, true // "every Friday night"
		}
		return hit{a: i, b: k + 1, typ: tSet, val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))}, true
	}
	if w == "weekend" {
		return hit{a: i, b: k + 1, typ: tSet, val: "XXXX-WXX-WE"}, true
	}
	if p, ok := dayPartsTab.get(w); ok {
		return hit{a: i, b: k + 1, typ: tSet, val: "XXXX-XX-XXT" + p}, true
	}
	if s, ok := seasonsTab.get(w); ok {
		return hit{a: i, b: k + 1, typ: tSet, val: "XXXX-" + s}, true
	}
	if w == "season" {
		return hit{a: i, b: k + 1, typ: tSet, val: "XXXX-XX"}, true
	}
	if m, ok := monthsTab.get(w); ok && ts.t[k].cap {
		return hit{a: i, b: k + 1, typ: tSet, val: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	if u, ok := unitsTab.get(w); ok && !isPlural(w) {
		v := map[string]string{"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX", "DE": "P10Y", "CE": "P100Y", "FN": "P2W"}[u.letter]
		if u.time {
			v = durVal("1", u)
		}
		return hit{a: i, b: k + 1, typ: tSet, val: v}, true
	}
	// "every two weeks"
	if n, ok := numberWordsTab.get(w); ok {
		if u, ok := unitsTab.get(ts.w(k + 1)); ok {
			return hit{a: i, b: k + 2, typ: tSet, val: durVal(strconv.Itoa(n), u)}, true
		}
	}
	return hit{}, false
}

// season reads a season name: "summer 2025", "the summer of 2025", or bare
// after in/during/over, resolved by tense.
func (tg *tagger) season(i int, s string) (hit, bool) {
	ts := tg.ts
	if i+1 < ts.n() && ts.t[i+1].kind == kNum {
		if y, ok := yearNum(ts.w(i + 1)); ok {
			return hit{a: i, b: i + 2, typ: tDate, val: fmt.Sprintf("%04d-%s", y, s), gran: gSeason}, true
		}
	}
	if y, b, ok := tg.ofYear(i + 1); ok {
		return hit{a: i, b: b, typ: tDate, val: fmt.Sprintf("%04d-%s", y, s), gran: gSeason}, true
	}
	p := ts.w(i - 1)
	if p == "the" {
		p = ts.w(i - 2)
	}
	if p != "in" && p != "during" && p != "over" && p != "this" && p != "until" && p != "by" && p != "since" {
		return hit{}, false
	}
	if ts.w(i) == "fall" && ts.w(i-1) != "the" {
		return hit{}, false
	}
	dir := 0
	switch tg.tense(i, i) {
	case Past:
		dir = -1
	case Future:
		dir = 1
	}
	return hit{a: i, b: i + 1, typ: tDate, val: seasonNearest(tg.dct, s, dir), end: endBase(ts, i), gran: gSeason}, true
}

// weekday reads a weekday name, with an optional part of day ("Friday
// afternoon") or explicit date ("Friday, Jan. 30").
func (tg *tagger) weekday(i int, wd time.Weekday) (hit, bool) {
	ts := tg.ts
	if tg.inName(i) {
		return hit{}, false
	}
	// "Friday, January 30, 2026": the explicit date wins.
	k := i + 1
	if ts.isPunct(k, ",") {
		k++
	}
	if k < ts.n() && ts.t[k].kind == kWord {
		if m, ok := monthsTab.get(ts.w(k)); ok || monthAbbrTab.val(ts.w(k)) > 0 {
			if !ok {
				m = monthAbbrTab.val(ts.w(k))
			}
			if h, ok := tg.month(k, m); ok && h.gran == gDay {
				h.a = i
				return tg.fitWeekday(h, wd), true
			}
		}
	}
	if k < ts.n() && ts.t[k].kind == kNum {
		if h, ok := tg.number(k); ok && h.gran == gDay && h.typ == tDate {
			h.a = i
			return tg.fitWeekday(h, wd), true
		}
	}
	if p, ok := recurringDayPart(ts.w(i + 1)); ok && ts.base(i) == ts.w(i) {
		// "on Friday nights": every Friday night
		return hit{a: i, b: i + 2, typ: tSet, val: genericWeekdayVal(wd) + "T" + p}, true
	}
	if tg.genericWeekday(i) {
		if p, ok := dayPartsTab.get(ts.base(i + 1)); ok && ts.base(i) == ts.w(i) {
			return hit{a: i, b: i + 2, typ: tTime, val: genericWeekdayVal(wd) + "T" + p, end: endBase(ts, i+1)}, true
		}
		return hit{a: i, b: i + 1, typ: tDate, val: genericWeekdayVal(wd), end: endBase(ts, i)}, true
	}
	d, listed := tg.listedDay(i, wd)
	if !listed {
		d = tg.dct
	}
	if !listed && d.Weekday() != wd { // the dct's own weekday needs no tense
		d = tg.resolveWeekday(wd, tg.weekdayTense(i), i-1)
	}
	if p, ok := dayPartsTab.get(ts.base(i + 1)); ok && ts.base(i) == ts.w(i) {
		return hit{a: i, b: i + 2, typ: tTime, val: dayVal(d) + "T" + p, end: endBase(ts, i+1), gran: gTime}, true
	}
	return tg.dayHit(i, i+1, d, endBase(ts, i)), true
}

// listedDay returns the date of the weekday at i when it follows another
// in a list ("on Monday and Tuesday"): the first such day after the one
// before it, whatever its own clause says (a verbless "and Tuesday" would
// otherwise be read alone). Not in a range ("from Friday to Sunday",
// "Wednesday through Sunday"), whose end may be read better than its start.
func (tg *tagger) listedDay(i int, wd time.Weekday) (time.Time, bool) {
	ts := tg.ts
	if i < 2 || tg.dayTok != i-2 || weekdaysTab.val(ts.base(i-2)) == wd {
		return time.Time{}, false
	}
	if _, ok := weekdaysTab.get(ts.base(i - 2)); !ok {
		return time.Time{}, false
	}
	switch ts.w(i - 1) {
	case "and", "or":
		return nextWeekday(tg.day, wd), true
	}
	return time.Time{}, false
}

// inName reports whether the weekday at i is part of a name or a recurring
// slot: "the Sunday Times", "the Thursday night show".
func (tg *tagger) inName(i int) bool {
	ts := tg.ts
	if ts.w(i-1) != "the" || ts.base(i) != ts.w(i) {
		return false
	}
	k := i + 1
	if _, ok := dayPartsTab.get(ts.w(k)); ok {
		k++
	}
	if k >= ts.n() || ts.t[k].kind != kWord {
		return false
	}
	if ts.t[k].cap {
		_, m := monthsTab.get(ts.w(k))
		return !m
	}
	// "the Thursday night show": a noun after the part of day.
	return k > i+1 && ts.class(k) == wNone && !ts.clauseBreak(k) && ts.w(k) != "of" && ts.w(k) != "before" && ts.w(k) != "after"
}

// resolveWeekday picks the date of weekday wd for a clause in tense t: past →
// the latest such day up to the dct, future → the next from it, present → the
// nearer. "postponed until Saturday" always points forward; prep is the token
// before the expression.
func (tg *tagger) resolveWeekday(wd time.Weekday, t TenseKind, prep int) time.Time {
	d := tg.dct
	if d.Weekday() == wd {
		return d
	}
	if t == calledOffDay {
		// The day of an event called off: the coming one, unless it was
		// yesterday (see calledOffDay).
		if prevWeekday(d, wd) == d.AddDate(0, 0, -1) {
			return d.AddDate(0, 0, -1)
		}
		t = Future
	}
	if p := tg.ts.w(prep); p == "until" || p == "till" || p == "to" || p == "by" {
		if tg.sentenceHas(prep, postponeCues) {
			t = Future
		}
	}
	switch t {
	case Past:
		return prevWeekday(d, wd)
	case Future, Present:
		// A present tense with a weekday is a timetable: "Parliament
		// returns on Monday".
		return nextWeekday(d, wd)
	}
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	if back <= 3 {
		return d.AddDate(0, 0, -back)
	}
	return d.AddDate(0, 0, 7-back)
}

// sentenceHas reports whether the sentence of token i contains a word that
// starts with one of the prefixes.
func (tg *tagger) sentenceHas(i int, prefixes []string) bool {
	ts := tg.ts
	a, b := ts.sentenceBounds(i)
	s := strings.ToLower(ts.text[ts.t[a].s:ts.t[b-1].e])
	for _, p := range prefixes {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// month reads a month name with an optional day and year: "December",
// "Jan. 30", "January 30, 2026", "May 2010".
func (tg *tagger) month(i int, m time.Month) (hit, bool) {
	ts := tg.ts
	w := ts.w(i)
	abbr := monthAbbrTab.val(w) > 0 && monthsTab.val(w) == 0
	k := i + 1
	if abbr && ts.isPunct(k, ".") && ts.adjacent(i) {
		k++
	}
	// Day.
	day, yr := 0, 0
	b := k
	if k < ts.n() && ts.t[k].kind == kNum {
		if dn, ok := dayNum(ts.w(k)); ok && !(k+1 < ts.n() && ts.isPunct(k+1, ":")) {
			day = dn
			b = k + 1
			j := b
			if ts.isPunct(j, ",") {
				j++
			}
			if j < ts.n() && ts.t[j].kind == kNum {
				if y, ok := yearNum(ts.w(j)); ok {
					yr = y
					b = j + 1
				}
			}
		} else if y, ok := yearNum(ts.w(k)); ok {
			yr = y
			b = k + 1
		}
	} else if ts.isPunct(k, ",") && k+1 < ts.n() && ts.t[k+1].kind == kNum {
		if y, ok := yearNum(ts.w(k + 1)); ok {
			yr = y
			b = k + 2
		}
	}
	if yr == 0 {
		if y, e, ok := tg.ofYear(b); ok {
			yr, b = y, e // "June of that year", "March of 2025"
		}
	}
	if abbr && day == 0 && yr == 0 {
		return hit{}, false
	}
	if !ts.t[i].cap {
		return hit{}, false
	}
	if ambiguousMonthsTab.val(w) && day == 0 && yr == 0 && !monthCuesTab.val(ts.w(i-1)) {
		return hit{}, false
	}
	if w == "may" && day == 0 && yr == 0 && i+1 < ts.n() && (ts.w(i+1) == "be" || ts.classify(i+1, true) != wNone) && !tg.monthBeforeVerb(i) {
		return hit{}, false
	}
	end := 0
	if b == i+1 {
		end = endBase(ts, i)
	}
	switch {
	case yr > 0 && day > 0:
		return hit{a: i, b: b, typ: tDate, val: fmtDate(yr, int(m), day), end: end, gran: gDay}, true
	case yr > 0:
		return hit{a: i, b: b, typ: tDate, val: fmtYearMonth(yr, int(m)), end: end, gran: gMonth}, true
	case day > 0:
		y := tg.yearForDay(m, day, tg.tense(i, b-1))
		return hit{a: i, b: b, typ: tDate, val: fmtDate(y, int(m), day), end: end, gran: gDay}, true
	}
	y := tg.dct.Year()
	if m != tg.dct.Month() { // this month needs no tense
		y = tg.yearFor(m, 0, tg.monthTense(i))
	}
	return hit{a: i, b: b, typ: tDate, val: fmtYearMonth(y, int(m)), end: end, gran: gMonth}, true
}

// yearFor picks the year of month m (and day, 0 for the whole month) for a
// clause in tense t: past → latest up to the dct, future or present → next
// from it, no verb → the nearer.
func (tg *tagger) yearFor(m time.Month, day int, t TenseKind) int {
	y := tg.dct.Year()
	cm, cd := tg.dct.Month(), tg.dct.Day()
	after := m > cm || m == cm && day > cd // this year's date is after the dct
	before := m < cm || m == cm && day > 0 && day < cd
	switch t {
	case Past:
		if after {
			return y - 1
		}
		return y
	case Future, Present:
		// A present tense in the clause is a timetable: "if he is elected
		// in November".
		if before {
			return y + 1
		}
		return y
	}
	// No verb: the nearer, by month distance.
	dm := int(m) - int(cm)
	if dm > 6 {
		return y - 1
	}
	if dm < -6 {
		return y + 1
	}
	return y
}

// yearForDay is yearFor for a month and day written without a year. News
// style leaves the year out for dates of the current year, so when a past
// tense points more than eight months back, into last year, and the date
// comes round this year within four months, the coming one wins:
// "cancelled a scheduled Dec. 15 increase", written in November, is next
// month's. A past tense never moves a date into next year: "was signed on
// March 12", written in November, is this year's.
func (tg *tagger) yearForDay(m time.Month, day int, t TenseKind) int {
	y := tg.yearFor(m, day, t)
	dist := func(y int) float64 {
		d := time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Sub(tg.dct).Hours() / 24
		if d < 0 {
			return -d
		}
		return d
	}
	if t != Past || dist(y) <= 240 || y+1 != tg.dct.Year() {
		return y
	}
	if dist(y+1) < 120 {
		return y + 1
	}
	return y
}

func dayNum(w string) (int, bool) {
	if o, ok := ordinalNum(w); ok {
		return o, o >= 1 && o <= 31
	}
	if len(w) > 2 {
		return 0, false
	}
	n, err := atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

// number reads expressions opened by a number: years, decades, clock times,
// "30 January 2026", "90 days".
func (tg *tagger) number(i int) (hit, bool) {
	ts := tg.ts
	w := ts.w(i)
	if strings.IndexByte(w, ':') >= 0 {
		return tg.clock(i)
	}
	if !tg.numberMayStart(i, w) {
		return hit{}, false
	}
	if i == tg.rangeTok {
		n, err := atoi(w)
		if err == nil {
			return hit{a: i, b: i + 1, typ: tDate, val: fmtYear(tg.rangeCentury + n), gran: gYear}, true
		}
	}
	if h, ok := tg.clock(i); ok {
		return h, true
	}
	if len(w) == 4 && i+1 < ts.n() && timeZonesTab.val(ts.w(i+1)) && ts.t[i+1].cap {
		if hh, err := atoi(w[:2]); err == nil && hh <= 24 {
			if mm, err := atoi(w[2:]); err == nil && mm <= 59 {
				return tg.clockAt(i, i+2, hh, mm)
			}
		}
	}
	if _, ok := yearNum(w); ok {
		return tg.year(i)
	}
	if h, ok := tg.decade(i, false); ok {
		return h, true
	}
	// "30 January 2026", "30th of January"
	if dn, ok := dayNum(w); ok {
		k := i + 1
		if ts.w(k) == "of" {
			k++
		}
		if m, ok := monthsTab.get(ts.w(k)); ok && ts.t[k].cap || monthAbbrTab.val(ts.w(k)) > 0 && ts.t[k].cap {
			if !ok {
				m = monthAbbrTab.val(ts.w(k))
			}
			b := k + 1
			if ts.isPunct(b, ".") && monthAbbrTab.val(ts.w(k)) > 0 && monthsTab.val(ts.w(k)) == 0 {
				b++
			}
			if b < ts.n() && ts.t[b].kind == kNum {
				if y, ok := yearNum(ts.w(b)); ok {
					return hit{a: i, b: b + 1, typ: tDate, val: fmtDate(y, int(m), dn), gran: gDay}, true
				}
			}
			if ts.isPunct(b, ".") {
				b = k + 1
			}
			y := tg.yearForDay(m, dn, tg.tense(i, b-1))
			return hit{a: i, b: b, typ: tDate, val: fmtDate(y, int(m), dn), end: endBase(ts, b-1), gran: gDay}, true
		}
	}
	n, err := parseFloat(strings.ReplaceAll(w, ",", ""))
	if err != nil || strings.HasSuffix(w, "s") {
		return hit{}, false
	}
	return tg.quantity(i, n, false)
}

// numberMayStart is a cheap test that rules out most numbers of running text
// ("5%", "$20", "12 people") before the rules parse them.
func (tg *tagger) numberMayStart(i int, w string) bool {
	ts := tg.ts
	if len(w) == 4 || i == tg.rangeTok || w[len(w)-1] > '9' {
		return true // a year, a decade ("1990s") or an ordinal ("30th")
	}
	k := i + 1
	if k >= ts.n() {
		return false
	}
	nx := ts.t[k]
	if nx.kind == kWord {
		if nx.trig != 0 {
			return true // "90 days", "30 January", "five years"
		}
		switch ts.w(k) {
		case "and", "to", "or", "of", "pm", "am", "p", "a", "o'clock", "o’clock", "consecutive",
			"straight", "successive", "full", "more", "additional", "long":
			return true
		}
		return false
	}
	return nx.kind == kPunct && ts.text[nx.s] == '-'
}

// year reads a four-digit year and ranges "2009-2010", "1957-58", ISO dates
// "2026-01-30" and decades "1990s".
func (tg *tagger) year(i int) (hit, bool) {
	ts := tg.ts
	w := ts.w(i)
	y, ok := yearNum(w)
	if !ok {
		return hit{}, false
	}
	prev := ts.w(i - 1)
	if notYearBeforeTab.val(prev) || ts.isPunct(i-1, "$") || ts.isPunct(i-1, "£") || ts.isPunct(i-1, "€") || ts.isPunct(i-1, "#") {
		return hit{}, false
	}
	if notYearAfterTab.val(ts.w(i+1)) || ts.isPunct(i+1, "%") {
		return hit{}, false
	}
	if ts.isPunct(i+1, "-") && ts.adjacent(i) && ts.adjacent(i+1) && i+2 < ts.n() && ts.t[i+2].kind == kNum {
		nx := ts.w(i + 2)
		// ISO date 2026-01-30
		if len(nx) == 2 && ts.isPunct(i+3, "-") && ts.adjacent(i+2) && ts.adjacent(i+3) && i+4 < ts.n() && len(ts.w(i+4)) == 2 {
			mo, e1 := atoi(nx)
			dd, e2 := atoi(ts.w(i + 4))
			if e1 == nil && e2 == nil && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
				return hit{a: i, b: i + 5, typ: tDate, val: fmtDate(y, mo, dd), gran: gDay}, true
			}
		}
		if len(nx) == 2 {
			if n, err := atoi(nx); err == nil && n > y%100 {
				tg.rangeTok, tg.rangeCentury = i+2, y/100*100
			}
		}
	}
	// Numbers in a run of figures ("1,200 2,400") are not years: the guard
	// above handles money and counts; a year must not be followed by a unit.
	if _, isUnit := unitsTab.get(ts.w(i + 1)); isUnit {
		return tg.quantity(i, float64(y), false)
	}
	return hit{a: i, b: i + 1, typ: tDate, val: fmtYear(y), gran: gYear}, true
}

// decade reads "1990s", "90s" (after an apostrophe when short).
func (tg *tagger) decade(i int, apostrophe bool) (hit, bool) {
	ts := tg.ts
	w := ts.w(i)
	if !strings.HasSuffix(w, "s") {
		return hit{}, false
	}
	num := w[:len(w)-1]
	n, err := atoi(num)
	if err != nil || n%10 != 0 {
		return hit{}, false
	}
	switch {
	case len(num) == 4 && n >= 1000 && n <= 2190:
		return hit{a: i, b: i + 1, typ: tDate, val: strconv.Itoa(n / 10), gran: gDecade}, true
	case len(num) == 2 && apostrophe:
		c := 19
		if n <= (tg.dct.Year()%100)/10*10 {
			c = 20
		}
		return hit{a: i, b: i + 1, typ: tDate, val: fmt.Sprintf("%d%d", c, n/10), gran: gDecade}, true
	}
	return hit{}, false
}

// clock reads times: "3 p.m.", "3:30pm", "15:00 GMT", "8 PM", and race
// times "3:07:35" (a duration).
func (tg *tagger) clock(i int) (hit, bool) {
	ts := tg.ts
	w := ts.w(i)
	if strings.IndexByte(w, ':') < 0 {
		// A bare number is a time only before am/pm or o'clock.
		switch ts.w(i + 1) {
		case "pm", "am", "p", "a", "o'clock", "o’clock":
		default:
			return hit{}, false
		}
	}
	// Parse up to three colon-separated fields without allocating.
	var nums [3]int
	nf := 0
	sep := ":"
	if strings.IndexByte(w, ':') < 0 && strings.IndexByte(w, '.') > 0 {
		sep = "." // British "10.30pm": only with am/pm, checked above
	}
	for f := range strings.SplitSeq(w, sep) {
		if nf == 3 || f == "" || len(f) > 2 || nf > 0 && len(f) != 2 {
			return hit{}, false
		}
		n, err := atoi(f)
		if err != nil {
			return hit{}, false
		}
		nums[nf] = n
		nf++
	}
	if nf == 3 {
		if nums[1] > 59 || nums[2] > 59 {
			return hit{}, false
		}
		return hit{a: i, b: i + 1, typ: tDuration, val: fmt.Sprintf("PT%dH%dM%dS", nums[0], nums[1], nums[2])}, true
	}
	h, mi := nums[0], 0
	if nf == 2 {
		mi = nums[1]
	}
	if h > 24 || mi > 59 {
		return hit{}, false
	}
	b := i + 1
	// a.m. / p.m. / am / pm / a.m / "o'clock"
	pm, am := false, false
	switch ts.w(b) {
	case "pm", "p":
		pm = true
	case "am", "a":
		am = true
	}
	if pm || am {
		if ts.w(b) == "p" || ts.w(b) == "a" {
			if !(ts.isPunct(b+1, ".") && ts.w(b+2) == "m") {
				return hit{}, false
			}
			b += 3
			if ts.isPunct(b, ".") && ts.adjacent(b-1) {
				b++
			}
		} else {
			b++
		}
		if h < 1 || h > 12 {
			return hit{}, false
		}
		if pm && h < 12 {
			h += 12
		}
		if am && h == 12 {
			h = 0
		}
	} else if ts.w(b) == "o'clock" || ts.w(b) == "o’clock" {
		b++
	} else if nf == 1 {
		return hit{}, false
	}
	if timeZonesTab.val(ts.w(b)) && ts.t[b].cap {
		b++
	} else if ts.w(b) == "local" && ts.w(b+1) == "time" {
		b += 2
	}
	return tg.clockAt(i, b, h, mi)
}

// clockAt dates the clock time h:mi spanning [i, b) and returns it.
func (tg *tagger) clockAt(i, b, h, mi int) (hit, bool) {
	ts := tg.ts
	d := tg.dct
	// "15:00 GMT Saturday", "3 p.m. on Friday", "Friday at 3 p.m.": the
	// adjacent day dates the time.
	k := b
	if ts.w(k) == "on" {
		k++
	}
	dated := false
	if ts.w(k) == "a" && ts.w(k-1) == "on" {
		if wd, ok := weekdaysTab.get(ts.base(k + 1)); ok {
			// "at 3am on a Tuesday": any Tuesday
			return hit{a: i, b: b, typ: tTime, val: fmt.Sprintf("%sT%02d:%02d", genericWeekdayVal(wd), h, mi), gran: gTime}, true
		}
	}
	if k < ts.n() {
		if wd, ok := weekdaysTab.get(ts.base(k)); ok {
			if fd, ok := tg.fullDate(k); ok {
				d = fd // "6am on Monday, December 7"
			} else {
				d = tg.resolveWeekday(wd, tg.weekdayTense(k), i-1)
			}
			dated = true
			if k == b {
				b++
			}
		} else if ts.w(k) == "today" || ts.w(k) == "tomorrow" || ts.w(k) == "yesterday" {
			d = map[string]time.Time{"today": d, "tomorrow": d.AddDate(0, 0, 1), "yesterday": d.AddDate(0, 0, -1)}[ts.w(k)]
			dated = true
			if k == b {
				b++
			}
		}
	}
	if k == b || ts.w(k-1) == "on" {
		if p := ts.w(i - 1); p == "at" {
			if wd, ok := weekdaysTab.get(ts.base(i - 2)); ok {
				d = tg.resolveWeekday(wd, tg.weekdayTense(i-2), i-3)
				dated = true
			}
		}
	}
	if !dated {
		if ad, ok := tg.dayAhead(b); ok {
			d = ad // "from 10am until 4pm on Saturday"
		} else if nd, ok := tg.nearDay(i); ok {
			d = nd // "The final is tomorrow. Kick-off is at 8pm."
		}
	}
	return hit{a: i, b: b, typ: tTime, val: fmt.Sprintf("%sT%02d:%02d", dayVal(d), h, mi), gran: gTime}, true
}

// quantity reads a count (digits, a number word, or vague with n=0) and a
// unit at i: "90 days", "five years'", "four-week", "several months",
// "six years ago".
func (tg *tagger) quantity(i int, n float64, vague bool) (hit, bool) {
	ts := tg.ts
	k := i + 1
	// "twenty-five"
	if !vague && ts.isPunct(k, "-") && ts.adjacent(i) && numberWordsTab.val(ts.w(k+1)) > 0 && numberWordsTab.val(ts.w(k+1)) < 10 && n >= 20 {
		n += float64(numberWordsTab.val(ts.w(k + 1)))
		k += 2
	}
	// "12 and 18 months", "two to three years": the first count takes the unit.
	if (ts.w(k) == "and" || ts.w(k) == "to" || ts.w(k) == "or" || ts.isPunct(k, "-")) && k+2 < ts.n() {
		if _, ok := unitsTab.get(ts.w(k + 2)); ok && (ts.t[k+1].kind == kNum || numberWordsTab.val(ts.w(k+1)) > 0) && isPlural(ts.w(k+2)) {
			u := unitsTab.val(ts.w(k + 2))
			if tg.isAge(i, k+3) {
				return hit{}, false
			}
			return hit{a: i, b: i + 1, typ: tDuration, val: durVal(fmtNum(n), u)}, true
		}
	}
	return tg.quantityUnit(i, k, n, vague)
}

// isAge reports whether a count is an age: "aged 6 months", "22-year-old",
// "48 years old".
func (tg *tagger) isAge(i, after int) bool {
	ts := tg.ts
	switch ts.w(i - 1) {
	case "ages", "aged", "age":
		return true
	}
	if ts.w(after) == "old" || ts.isPunct(after, "-") && ts.w(after+1) == "old" {
		return true
	}
	return false
}

// quantityUnit finishes a count at i whose unit may start at k.
func (tg *tagger) quantityUnit(i, k int, n float64, vague bool) (hit, bool) {
	ts := tg.ts
	hyphen := false
	if ts.isPunct(k, "-") && ts.adjacent(k-1) && ts.adjacent(k) {
		k++
		hyphen = true
	}
	switch ts.w(k) {
	case "consecutive", "straight", "successive", "full", "more", "additional", "long":
		// "six consecutive months", "two more weeks"
		if _, ok := unitsTab.get(ts.w(k + 1)); ok && !hyphen {
			k++
		}
	}
	uw := ts.w(k)
	u, ok := unitsTab.get(uw)
	if !ok {
		if !vague && ts.w(k) == "and" && ts.w(k+1) == "a" && ts.w(k+2) == "half" {
			return hit{}, false
		}
		return hit{}, false
	}
	plural := isPlural(uw)
	if vague && !plural {
		return hit{}, false
	}
	if u.letter == "S" && vague {
		return hit{}, false
	}
	if u.letter == "Q" {
		return hit{}, false
	}
	b := k + 1
	if tg.isAge(i, b) {
		return hit{}, false
	}
	// "a year and a half"
	if ts.w(b) == "and" && ts.w(b+1) == "a" && ts.w(b+2) == "half" && !vague {
		n += 0.5
		b += 3
	}
	// "five years' probation"
	if (ts.isPunct(b, "'") || ts.isPunct(b, "’")) && plural && ts.adjacent(b-1) {
		b++
	}
	if hyphen && ts.isPunct(b, "-") && ts.w(b+1) == "long" {
		b += 2
	}
	q := fmtNum(n)
	if vague {
		q = "X"
	}
	if ts.w(i) == "a" || ts.w(i) == "an" {
		// "once a week", "$20,000 a year": a frequency, not a stretch.
		switch ts.w(i - 1) {
		case "once", "twice", "times":
			return hit{a: i - 1, b: b, typ: tSet, val: durVal("1", u)}, true
		}
		// "$5 a day", "80,000 barrels a day": a rate.
		if i > 0 && (ts.t[i-1].kind == kNum || ts.w(i-1) == "per" ||
			i > 1 && ts.t[i-2].kind == kNum && ts.t[i-1].kind == kWord && (isPlural(ts.w(i-1)) || ts.adjacent(i-2))) {
			return hit{a: i, b: b, typ: tSet, val: durVal("1", u)}, true
		}
	}
	if ts.w(b) == "ago" && !hyphen {
		return tg.ago(i, b+1, n, vague, u)
	}
	return hit{a: i, b: b, typ: tDuration, val: durVal(q, u)}, true
}

// ago resolves "six years ago" to the period that long before the dct.
func (tg *tagger) ago(a, b int, n float64, vague bool, u unit) (hit, bool) {
	if vague || n != float64(int(n)) {
		return hit{a: a, b: b, typ: tDate, val: "PAST_REF"}, true
	}
	k := int(n)
	d := tg.dct
	switch u.letter {
	case "Y":
		return hit{a: a, b: b, typ: tDate, val: fmtYear(d.Year() - k), gran: gYear}, true
	case "DE":
		return hit{a: a, b: b, typ: tDate, val: strconv.Itoa((d.Year() - 10*k) / 10), gran: gDecade}, true
	case "CE":
		return hit{a: a, b: b, typ: tDate, val: fmt.Sprintf("%02d", (d.Year()-100*k)/100), gran: gCentury}, true
	case "M":
		if u.time {
			return hit{a: a, b: b, typ: tTime, val: "PAST_REF"}, true
		}
		return hit{a: a, b: b, typ: tDate, val: monthVal(time.Date(d.Year(), d.Month()-time.Month(k), 1, 0, 0, 0, 0, time.UTC)), gran: gMonth}, true
	case "W":
		return hit{a: a, b: b, typ: tDate, val: weekVal(d.AddDate(0, 0, -7*k)), gran: gWeek}, true
	case "FN":
		return hit{a: a, b: b, typ: tDate, val: weekVal(d.AddDate(0, 0, -14*k)), gran: gWeek}, true
	case "D":
		return hit{a: a, b: b, typ: tDate, val: dayVal(d.AddDate(0, 0, -k)), gran: gDay}, true
	}
	return hit{a: a, b: b, typ: tTime, val: "PAST_REF"}, true
}

// durVal formats a TIMEX3 duration: P3D, PXM, PT4H, P10Y for a decade.
func durVal(q string, u unit) string {
	switch u.letter {
	case "DE", "CE", "FN":
		mul := map[string]float64{"DE": 10, "CE": 100, "FN": 2}[u.letter]
		let := map[string]string{"DE": "Y", "CE": "Y", "FN": "W"}[u.letter]
		if q == "X" {
			return "PX" + u.letter
		}
		f, _ := parseFloat(q)
		return "P" + fmtNum(f*mul) + let
	}
	if u.time {
		return "PT" + q + u.letter
	}
	return "P" + q + u.letter
}

func fmtNum(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// dayVal is d.Format("2006-01-02"), without its layout parsing.
func dayVal(d time.Time) string {
	if d.Year() < 0 {
		return d.Format("2006-01-02") // Format pads a negative year its own way
	}
	return fmtDate(d.Year(), int(d.Month()), d.Day())
}

// monthVal is d.Format("2006-01").
func monthVal(d time.Time) string {
	if d.Year() < 0 {
		return d.Format("2006-01")
	}
	return fmtYearMonth(d.Year(), int(d.Month()))
}

func weekVal(d time.Time) string {
	y, w := d.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// prevWeekday is the latest wd strictly before d.
func prevWeekday(d time.Time, wd time.Weekday) time.Time {
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	if back == 0 {
		back = 7
	}
	return d.AddDate(0, 0, -back)
}

// nextWeekday is the first wd strictly after d.
func nextWeekday(d time.Time, wd time.Weekday) time.Time {
	fwd := (int(wd) - int(d.Weekday()) + 7) % 7
	if fwd == 0 {
		fwd = 7
	}
	return d.AddDate(0, 0, fwd)
}

// seasonIndex numbers seasons consecutively; January and February belong to
// the winter that began the December before.
func seasonIndex(year int, s string) int {
	return year*4 + strings.Index("SPSUFAWI", s)/2
}

func currentSeason(d time.Time) int {
	y, m := d.Year(), int(d.Month())
	switch {
	case m <= 2:
		return seasonIndex(y-1, "WI")
	case m <= 5:
		return seasonIndex(y, "SP")
	case m <= 8:
		return seasonIndex(y, "SU")
	case m <= 11:
		return seasonIndex(y, "FA")
	}
	return seasonIndex(y, "WI")
}

func seasonName(idx int) string {
	if idx < 0 { // before year 0: only an unknown (zero) publication date gets here
		return "XXXX-" + []string{"SP", "SU", "FA", "WI"}[(idx%4+4)%4]
	}
	return fmt.Sprintf("%04d-%s", idx/4, []string{"SP", "SU", "FA", "WI"}[idx%4])
}

// seasonVal: "last summer" (-1), "this summer" (0), "next summer" (+1).
func seasonVal(d time.Time, s string, dir int) string {
	cur := currentSeason(d)
	switch {
	case dir < 0:
		idx := seasonIndex(cur/4, s)
		for idx >= cur {
			idx -= 4
		}
		return seasonName(idx)
	case dir > 0:
		idx := seasonIndex(cur/4, s)
		for idx <= cur {
			idx += 4
		}
		return seasonName(idx)
	}
	if s == "WI" && d.Month() <= 2 {
		return seasonName(cur)
	}
	return fmt.Sprintf("%04d-%s", d.Year(), s)
}

// seasonNearest resolves a bare season by tense: past → latest up to now,
// future → next from now, present → this year's.
func seasonNearest(d time.Time, s string, dir int) string {
	cur := currentSeason(d)
	idx := seasonIndex(cur/4, s)
	switch {
	case dir < 0:
		for idx > cur {
			idx -= 4
		}
		return seasonName(idx)
	case dir > 0:
		for idx < cur {
			idx += 4
		}
		return seasonName(idx)
	}
	return seasonVal(d, s, 0)
}
