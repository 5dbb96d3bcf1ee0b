package timex

import (
	"strings"
	"time"
)

// Contexts that put a dated event ahead of the publication date whatever
// the main verb says, and the ones that make a weekday generic. They refine
// the tense the tagger reads for a weekday, a weekend or the end of a year;
// see weekdayTense.

// planCues before "for"/"on" + a weekday name a plan for that day: "the strike
// planned for Saturday", "talks due on Monday".
var planCues = map[string]bool{
	"planned": true, "scheduled": true, "due": true, "slated": true, "expected": true,
	"earmarked": true, "pencilled": true, "penciled": true, "proposed": true, "mooted": true,
	"set": true,
}

// cancelCues in a sentence say that a planned event did not happen (yet): it
// is still ahead when it was suspended, cancelled or postponed.
var cancelCues = []string{
	"cancel", "called off", "call off", "calls off", "suspend", "scrap", "postpon", "delay",
	"defer", "shelv", "abandon", "axed", "put off", "pushed back", "reschedul", "banned",
	"halted", "blocked", "brought forward", "threaten", "not yet", "yet to", "scrub",
}

// extendCues make "until the end of the year" point forward in a past clause:
// "the government extended the scheme until the end of the year".
var extendCues = []string{"extend", "prolong", "renew", "postpon", "delay", "defer", "froze", "frozen", "freez", "paus", "suspend"}

// imperatives are verbs that open a command in a quote: "Ask me on Thursday".
var imperatives = map[string]bool{
	"ask": true, "call": true, "come": true, "wait": true, "check": true, "join": true,
	"watch": true, "tune": true, "meet": true, "see": true, "expect": true, "bring": true,
	"send": true, "give": true, "tell": true, "let": true, "keep": true, "visit": true,
	"vote": true, "stay": true, "look": true, "contact": true, "write": true, "phone": true,
	"ring": true, "remember": true, "book": true, "register": true, "don't": true, "don’t": true,
	"talk": true, "try": true, "get": true, "go": true, "be": true,
}

// weekdayTense is the tense that dates the weekday at token i: the tense of
// its clause (tg.tense), corrected where the clause's verb does not date it.
// The helpers it calls read tg.gs and tg.gsA, the verb groups and start of
// the sentence that tg.tense has just read.
func (tg *tagger) weekdayTense(i int) TenseKind {
	ts := tg.ts
	t := tg.tense(i, i)
	if f, ok := tg.frontedTense(i); ok {
		return f // "On Monday, she said the plant would close": the report's day
	}
	if t == Past && tg.reportedSubjectAhead(i) {
		return Future // "organisers said Tuesday's march, the biggest this year, would go ahead"
	}
	cue, planned := tg.plannedFor(i)
	if planned {
		if w := ts.w(cue - 1); w == "originally" || w == "initially" {
			// "the launch, originally planned for Friday, was pushed back":
			// the first date may have passed; take the nearer.
			return noVerb
		}
	}
	if !planned {
		if f, ok := tg.planTense(i, t); ok {
			return f // "said he wanted to meet them on Tuesday", "the vote on Friday was cancelled"
		}
	}
	if t == Future {
		return t
	}
	if !planned && t == Past && tg.calledOffAside(i) {
		return calledOffDay // "tickets for Monday's match, which was postponed,"
	}
	if planned {
		// "the strike planned for Saturday has been suspended": still ahead;
		// "parliament has been recalled for Thursday": the plan is the verb;
		// "the rally planned for Saturday drew thousands": past.
		if t != Past || tg.headsGroup(cue) || ts.w(cue) == "upcoming" || ts.w(cue) == "forthcoming" || tg.sentenceHas(i, cancelCues) {
			return Future
		}
		return t
	}
	if tg.aheadOf(i) || tg.imperative(i) || tg.arrangedVerb(i) || tg.cancelledEvent(i) {
		return Future
	}
	if f, ok := tg.gerundClause(i); ok {
		return f
	}
	if t == Past && tg.conditional(i) {
		return Future
	}
	return t
}

// monthTense is the tense that dates a bare month at token i: its clause's,
// or the future when the month is where something was put off to: "has
// been put back to March", "postponed until June".
func (tg *tagger) monthTense(i int) TenseKind {
	t := tg.tense(i, i)
	if t == Future && tg.participleClause(i) {
		return Past // "The inquiry, set up in May, is due to report"
	}
	if t == Future && tg.afterGerund(i) {
		// "will be sentenced after pleading guilty in September": the
		// plea comes first and may be past; take the nearer.
		return noVerb
	}
	if t == Past && tg.monthsAhead(i) <= 3 && (tg.wishedFor(i) || tg.plannedMonth(i)) {
		// "the squad needed strengthening in the January window", "has
		// promised a decision in January": the month may date the wish
		// or the thing wished for; a month just ahead is the thing
		// wished for, one long past the wish ("demanded a rise in March").
		// Likewise a plan: "has cancelled the strike planned for January".
		return noVerb
	}
	if t != Future {
		switch tg.ts.w(i - 1) {
		case "until", "till", "to":
			if tg.cueBefore(i-1, postponeCues) && !tg.pluperfect() {
				return Future
			}
		}
	}
	return t
}

// cueBefore reports whether one of cues (word prefixes, a second word
// after a space) stands in the few words of the clause before token k:
// "has been put back (to March)", "postponed the trip (until June)".
func (tg *tagger) cueBefore(k int, cues []string) bool {
	ts := tg.ts
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		if ts.t[m].kind != kWord {
			return false
		}
		w := ts.w(m)
		for _, c := range cues {
			first, second, two := strings.Cut(c, " ")
			if strings.HasPrefix(w, first) && (!two || strings.HasPrefix(ts.w(m+1), second)) {
				return true
			}
		}
		if ts.clauseBreak(m) {
			return false
		}
	}
	return false
}

// conditional reports whether the timex at i sits in an if/unless clause
// that hangs on a future: "would go ahead unless an offer was made by
// Wednesday" (a past form after a reporting verb, not a past time).
func (tg *tagger) conditional(i int) bool {
	ts := tg.ts
	k := i - 1
	for ; k > tg.gsA; k-- {
		if w := ts.w(k); w == "unless" || w == "if" {
			break
		}
		if ts.clauseBreak(k) {
			return false
		}
	}
	if k <= tg.gsA {
		return false
	}
	for _, g := range tg.gs {
		if g.e <= k && g.tense == Future && !g.weak && !tg.hasHave(g) {
			return true
		}
	}
	return false
}

// hasHave reports whether group g holds "have": "would have been sacked
// if ..." looks back, not ahead.
func (tg *tagger) hasHave(g group) bool {
	for k := g.s; k < g.e; k++ {
		if tg.ts.w(k) == "have" {
			return true
		}
	}
	return false
}

// pluperfect reports whether the sentence read last holds a "had" verb
// group: its story is told from a time already past ("many had expected
// shoppers to put off buying presents until December").
func (tg *tagger) pluperfect() bool {
	for _, g := range tg.gs {
		if tg.ts.w(g.s) == "had" {
			return true
		}
	}
	return false
}

// plannedFor reports whether the weekday at i names the day of a plan, and
// the token of the plan word: "planned for Saturday", "due on Monday",
// "called for Thursday", "a planned Monday visit", "Thursday's planned
// strike".
func (tg *tagger) plannedFor(i int) (int, bool) {
	ts := tg.ts
	k := i - 1
	if w := ts.w(k); w == "for" || w == "on" {
		c := ts.w(k - 1)
		if k >= 1 && ts.t[k-1].kind == kWord && !ts.t[k-1].cap {
			if w == "for" && (planCues[c] || arrangedFor[c]) || planCues[c] && c != "set" { // not "the record set on Monday"
				return k - 1, true
			}
			if c == "in" && w == "for" && (ts.w(k-2) == "pencilled" || ts.w(k-2) == "penciled") {
				return k - 2, true // "pencilled in for Thursday"
			}
		}
	}
	if w := ts.w(k); (w == "planned" || w == "scheduled" || w == "proposed") && determinersTab.val(ts.w(k-1)) {
		return k, true
	}
	if ts.base(i) != ts.w(i) { // possessive
		switch ts.w(i + 1) {
		case "planned", "scheduled", "proposed":
			return i + 1, true
		}
	}
	// "a planned visit to a car plant on Sunday": the plan word opens the
	// noun phrase the day ends.
	if ts.w(i-1) != "on" {
		return 0, false
	}
	for k := i - 2; k > 0 && k >= i-8; k-- {
		if ts.clauseBreak(k) || ts.t[k].kind != kWord {
			return 0, false
		}
		switch w := ts.w(k); w {
		case "planned", "scheduled", "proposed", "upcoming", "forthcoming":
			if !determinersTab.val(ts.w(k-1)) || ts.w(k-1) == "of" || w != "upcoming" && w != "forthcoming" && tg.verbBefore(k) {
				// "cancelled a planned visit to Aberdeen on Tuesday": the day
				// may date the cancelling.
				return 0, false
			}
			return k, true
		}
		switch ts.class(k) {
		case wNone, wAdv, wTo:
		default:
			return 0, false
		}
	}
	return 0, false
}

// verbBefore reports whether a verb group of the sentence ends before token
// k in its clause.
func (tg *tagger) verbBefore(k int) bool {
	ts := tg.ts
	for _, g := range tg.gs {
		if g.e > k {
			continue
		}
		clear := true
		for m := g.e; m < k; m++ {
			if ts.clauseBreak(m) {
				clear = false
				break
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// arrangedVerb reports whether the verb of the weekday's clause arranges
// something for that day: "has booked a hall for Saturday", "have been
// summoned to Geneva for talks on Monday".
func (tg *tagger) arrangedVerb(i int) bool {
	ts := tg.ts
	for k := len(tg.gs) - 1; k >= 0; k-- {
		g := tg.gs[k]
		if g.e > i {
			continue
		}
		for m := g.e; m < i; m++ {
			if ts.clauseBreak(m) {
				return false
			}
		}
		last := ts.w(g.e - 1)
		if last == "to" && g.e-2 >= g.s {
			last = ts.w(g.e - 2) // "have been summoned to (Geneva)"
		}
		switch {
		case last == "invited" || last == "summoned":
			return true
		case ts.w(i-1) == "for" && (arrangedFor[last] || planCues[last]):
			return true
		}
		return false
	}
	return false
}

// anticipateTo and anticipateFor head phrases that look forward to an
// event: "in the run-up to Sunday's vote", "tickets for Saturday's game".
var (
	anticipateTo  = map[string]bool{"run-up": true, "build-up": true, "lead-up": true}
	anticipateFor = map[string]bool{"tickets": true, "preparations": true, "preparation": true, "time": true, "ready": true}
)

// cancelledEvent reports whether the weekday at i names, possessive, an
// event that the verb of its clause calls off: "organisers cancelled
// Friday's concert" (the concert is still ahead; "cut short Monday night's
// show" is not).
func (tg *tagger) cancelledEvent(i int) bool {
	ts := tg.ts
	if ts.base(i) == ts.w(i) {
		return false
	}
	for k := len(tg.gs) - 1; k >= 0; k-- {
		g := tg.gs[k]
		if g.e > i {
			continue
		}
		if g.e < i-1 {
			return false // the possessive must be the verb's object
		}
		last := ts.w(g.e - 1)
		for _, c := range cancelCues {
			if strings.HasPrefix(last, c) {
				return true
			}
		}
		return false
	}
	return false
}

// arrangedFor are participles that name a plan only before "for" + a day:
// "a strike called for Thursday", "parliament has been recalled for Monday".
var arrangedFor = map[string]bool{
	"called": true, "recalled": true, "arranged": true, "booked": true, "fixed": true,
	"timetabled": true, "rescheduled": true, "organised": true, "organized": true,
	"announced": true, "convened": true, "summoned": true,
}

// headsGroup reports whether token k ends a verb group of the sentence:
// "has been recalled (for Thursday)", where the plan is the main verb.
func (tg *tagger) headsGroup(k int) bool {
	for _, g := range tg.gs {
		if g.e-1 == k && g.e-g.s > 1 {
			return true
		}
	}
	return false
}

// aheadOf reports whether "ahead of" (or "in the run-up to", "tickets
// for", "in time for") opens the phrase of the timex at i: "deployed on
// Tuesday ahead of protests this weekend".
func (tg *tagger) aheadOf(i int) bool {
	ts := tg.ts
	for k := i - 1; k > 0 && k >= i-6; k-- {
		if ts.clauseBreak(k) {
			return false
		}
		switch ts.class(k) {
		case wFut, wModal, wPastAux, wPresAux, wHave, wPast, wPres:
			return false
		}
		if ts.w(k) == "of" && ts.w(k-1) == "ahead" || ts.w(k) == "to" && anticipateTo[ts.w(k-1)] || ts.w(k) == "for" && anticipateFor[ts.w(k-1)] {
			// "economists had forecast ahead of Friday's announcement": a
			// pluperfect looks back from a time already past.
			for n := len(tg.gs) - 1; n >= 0; n-- {
				if g := tg.gs[n]; g.e <= k {
					return ts.w(g.s) != "had"
				}
			}
			return true
		}
	}
	return false
}

// imperative reports whether the timex at i sits in a command that opens
// its sentence or quote, with no verb group before it: "“Ask me on
// Thursday,” he said".
func (tg *tagger) imperative(i int) bool {
	ts := tg.ts
	a := tg.gsA // the sentence start, set by tg.tense
	s := -1
	// A command puts its day within a few words of its verb.
	for k := i - 1; k >= a && k >= i-10; k-- {
		if ts.t[k].kind == kPunct && isQuoteTok(ts.text[ts.t[k].s:ts.t[k].e]) {
			s = k + 1
			break
		}
		if k == a {
			s = a
		}
	}
	if s < 0 || s >= i || !ts.t[s].cap || !imperatives[ts.w(s)] {
		return false
	}
	for _, g := range tg.gs {
		if g.s > s && g.s < i {
			return false
		}
	}
	return true
}

// frontedTense reads a weekday that opens its sentence ("On Monday, ...",
// "Speaking on Monday, ...") by the first verb group of the main clause
// after it, reporting verbs included: "On Monday, the chief executive said
// the company would cut jobs" dates the statement.
func (tg *tagger) frontedTense(i int) (TenseKind, bool) {
	ts := tg.ts
	a := tg.gsA // the sentence start, set by tg.tense
	if a < i && ts.t[a].cap && (ts.class(a) == wIng || ts.w(a) == "asked" || ts.w(a) == "interviewed") {
		// "Speaking to reporters on Monday, she said ...": a participle
		// phrase hangs on the main clause.
		for k := a + 1; k < i; k++ {
			if ts.clauseBreak(k) {
				return 0, false
			}
		}
		for _, g := range tg.gs {
			if g.s > a && g.e <= i && !g.weak {
				return 0, false // "Counting begins at 6pm on Saturday, officials said": a gerund subject
			}
		}
		a = i
	}
	for k := a; k < i; k++ {
		switch ts.w(k) {
		case "on", "late", "early", "and", "but", "by", "then", "so":
			continue
		}
		if ts.t[k].kind == kPunct && isQuoteTok(ts.text[ts.t[k].s:ts.t[k].e]) {
			continue
		}
		return 0, false
	}
	j := i + 1
	if _, ok := dayPartsTab.get(ts.w(j)); ok {
		j++
	}
	if !ts.isPunct(j, ",") {
		return 0, false
	}
	for _, g := range tg.gs {
		if g.s > j && !g.weak && !ts.inRelative(g.s) {
			return g.tense, true
		}
	}
	return 0, false
}

// gerundClause dates a timex in a clause opened by a gerund ("before
// meeting Scholz on Friday", ", meeting ...") by the clause it hangs on, the
// nearest verb group to its left, when that one is a future.
func (tg *tagger) gerundClause(i int) (TenseKind, bool) {
	ts := tg.ts
	a := tg.gsA // the sentence start, set by tg.tense
	ca := i
	for ca > a && !ts.clauseBreak(ca-1) {
		ca--
	}
	if ca <= a+1 || ts.class(ca) != wIng || ts.w(ca) == "having" || ts.w(ca) == "according" {
		return 0, false
	}
	for _, g := range tg.gs {
		if g.s >= ca && g.s < i {
			return 0, false // "when trading resumes on Tuesday": a finite clause
		}
	}
	switch ts.w(ca - 1) {
	case "before", "after", "while", "when", ",":
	default:
		return 0, false
	}
	for k := len(tg.gs) - 1; k >= 0; k-- {
		if g := tg.gs[k]; g.e <= ca-1 && !g.weak {
			// Only a future matrix moves the date: "will hold talks on
			// Thursday, before meeting Scholz on Friday".
			return Future, g.tense == Future
		}
	}
	return 0, false
}

// genericWeekday reports whether the weekday at i is any such day: "at 3am
// on a Tuesday", "a typical November Saturday". A noun after it makes it an
// attributive date ("in a Monday interview").
func (tg *tagger) genericWeekday(i int) bool {
	ts := tg.ts
	k := i - 1
	for n := 0; n < 3 && k > 0 && ts.t[k].kind == kWord; n++ {
		w := ts.w(k)
		if w == "a" || w == "an" || w == "any" {
			break
		}
		if _, ok := monthsTab.get(w); !ok && !genericAdj[w] {
			return false
		}
		k--
	}
	if w := ts.w(k); w != "a" && w != "an" && w != "any" || k-i < -3 {
		return false
	}
	// "on a Tuesday", "was a typical November Saturday"; not "pleaded
	// guilty to a conspiracy charge Thursday", where the weekday dates the verb.
	switch ts.w(k - 1) {
	case "on", "of", "for", "like", "during", "was", "is", "were", "been", "be", "'s", "’s":
	default:
		return false
	}
	j := i + 1
	if _, ok := dayPartsTab.get(ts.w(j)); ok {
		j++
	}
	if j >= ts.n() || ts.t[j].kind != kWord || ts.clauseBreak(j) {
		return true
	}
	switch ts.w(j) {
	case "in", "at", "on", "of", "for", "with", "like", "or", "when", "to":
		return true
	}
	return false
}

// genericAdj are adjectives of "a typical Saturday", "a rainy Monday".
var genericAdj = map[string]bool{
	"typical": true, "normal": true, "ordinary": true, "usual": true, "average": true,
	"given": true, "particular": true, "certain": true, "single": true, "quiet": true,
	"busy": true, "rainy": true, "sunny": true, "wet": true, "cold": true, "hot": true,
	"warm": true, "freezing": true, "grey": true, "gray": true, "random": true, "lazy": true,
}

// recurringDayPart reads a plural part of day, "nights" after "Friday":
// the expression recurs.
func recurringDayPart(w string) (string, bool) {
	if len(w) < 5 || w[len(w)-1] != 's' {
		return "", false
	}
	return dayPartsTab.get(w[:len(w)-1])
}

// genericWeekdayVal is the TIMEX3 value of any weekday wd: XXXX-WXX-2.
func genericWeekdayVal(wd time.Weekday) string {
	return "XXXX-WXX-" + string(rune('0'+isoWeekday(wd)))
}

// extendedUntil reports whether the year end at a is a limit set ahead in
// a past clause: a stretch extended or put off ("extended the scheme until
// the end of the year"), or a pledge's deadline ("pledged last week to hit
// the target by the end of the year"), unless the story looks back from a
// past time ("had promised to ... by the end of the year").
func (tg *tagger) extendedUntil(a int) bool {
	switch tg.ts.w(a - 1) {
	case "until", "till", "through", "to":
		return tg.sentenceHas(a, extendCues)
	case "by", "before":
		return tg.sentenceHas(a, pledgeCues) && !tg.pluperfect()
	case "for":
		// "cut its forecast for year-end inflation", "a target for the end
		// of the year"
		return tg.cueBefore(a-1, forecastCues)
	}
	return false
}

// forecastCues are nouns of an outlook on a time ahead.
var forecastCues = []string{"forecast", "target", "outlook", "goal", "projection", "guidance", "estimate", "expectation"}

// pledgeCues set a deadline ahead: "pledged to ... by the end of the year".
var pledgeCues = []string{"pledg", "promis", "vow", "target", "aim", "commit", "goal", "deadline", "intend", "plan to", "plans to", "planned to", "expected to"}

// yearEnd reads "year-end" at token i ("year", "-", "end") as the end of
// the year of its clause: "by year-end", "year-end inflation".
func (tg *tagger) yearEnd(i int) hit {
	y := tg.dct.Year()
	if tg.tense(i, i+2) == Past && tg.dct.Month() < 12 && !tg.extendedUntil(i) {
		y--
	}
	return hit{a: i, b: i + 3, typ: tDate, val: fmtYear(y), gran: gYear}
}

// weekendPast reports whether "the weekend" or "this weekend" over tokens
// [a, b) is the one just gone: in a past clause, unless the event is still
// ahead ("deployed ahead of protests this weekend", "the concert planned for
// this weekend was cancelled") or the past is only a report or a pluperfect
// ("said tickets had sold out for the concert this weekend").
func (tg *tagger) weekendPast(a, b int, bare bool) bool {
	if tg.tense(a, b-1) != Past {
		return false
	}
	if bare || tg.ts.w(a-1) == "earlier" {
		return true
	}
	if _, planned := tg.plannedFor(a); planned || tg.aheadOf(a) || tg.sentenceHas(a, cancelCues) {
		return false
	}
	ts := tg.ts
	best, bestD := -1, 1<<30
	for k, g := range tg.gs {
		d := a - g.e
		if g.s >= b {
			d = g.s - b + 1
		}
		if d >= 0 && d < bestD {
			best, bestD = k, d
		}
	}
	if best < 0 {
		return true
	}
	g := tg.gs[best]
	return !(g.e <= a && (g.reporting || ts.w(g.s) == "had"))
}

// followingWeekend is "the following weekend": the weekend after the last
// weekend the story named, else after the last day it named ("the day a
// minister spoke" is a weaker anchor than "the concert this weekend"), else
// the weekend after the coming one.
func (tg *tagger) followingWeekend(a, b int) hit {
	var sat time.Time
	switch {
	case tg.weekendTok >= 0:
		sat = tg.weekendSat.AddDate(0, 0, 7) // "this weekend ... the following weekend"
	case tg.dayTok >= 0:
		// The first weekend after the day, or the next one after a weekend day:
		// "runs until Tuesday ... the following weekend".
		sat = nextWeekday(tg.day, time.Saturday)
		if tg.day.Weekday() == time.Sunday {
			sat = sat.AddDate(0, 0, 7)
		}
	default:
		// No reference: the weekend after the coming one.
		sat = nextWeekday(tg.dct.AddDate(0, 0, -1), time.Saturday).AddDate(0, 0, 7)
	}
	return hit{a: a, b: b, typ: tDate, val: weekVal(sat) + "-WE", gran: gWeek}
}

// noteDay remembers the last day-level date tagged (token and day), which
// dates a later clock time that names no day ("The final is tomorrow.
// Kick-off is at 8pm").
func (tg *tagger) noteDay(h hit) {
	if h.typ == tDate && strings.HasSuffix(h.val, "-WE") {
		if d, ok := weekendSaturday(h.val); ok {
			tg.weekendTok, tg.weekendSat = h.a, d
		}
		return
	}
	if h.typ == tTime && len(h.val) == 13 && h.val[10] == 'T' && !isDigit(h.val[11]) && !tg.attributive(h.a) {
		// A part of a day, "that evening", is a day anaphora can refer
		// to ("That evening, she dined with the king. The day after, ..."),
		// not one that dates a clock time.
		if d, ok := dayOf(h.val[:10]); ok {
			tg.anaTok, tg.anaDay = h.a+1, d
		}
		return
	}
	if h.typ != tDate || h.gran != gDay || tg.attributive(h.a) {
		return // "the 11 September attacks" dates no clock time after it
	}
	if d, ok := dayOf(h.val); ok {
		tg.dayTok, tg.day = h.a, d
		tg.anaTok, tg.anaDay = h.a+1, d
	}
}

// weekendSaturday parses the Saturday of a TIMEX3 weekend value,
// 2026-W05-WE.
func weekendSaturday(val string) (time.Time, bool) {
	if len(val) != 11 || val[4] != '-' || val[5] != 'W' || !isDigit(val[0]) {
		return time.Time{}, false
	}
	y, e1 := atoi(val[:4])
	w, e2 := atoi(val[6:8])
	if e1 != nil || e2 != nil {
		return time.Time{}, false
	}
	// ISO week 1 holds 4 January; its Monday plus (w-1) weeks and 5 days.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1)+5), true
}

// dayOf parses a TIMEX3 day value, 2026-01-30.
func dayOf(val string) (time.Time, bool) {
	if len(val) != 10 || val[4] != '-' || val[7] != '-' {
		return time.Time{}, false
	}
	n := 0
	for k := range 10 {
		if k == 4 || k == 7 {
			continue
		}
		if !isDigit(val[k]) {
			return time.Time{}, false
		}
		n = n*10 + int(val[k]-'0')
	}
	// n is yyyymmdd
	return time.Date(n/10000, time.Month(n/100%100), n%100, 0, 0, 0, 0, time.UTC), true
}

// nearDay returns the day noted by noteDay for a clock time at token i: a
// day of the publication week however far back ("Liverpool face Arsenal
// tomorrow. [...] Kick-off is at 8pm."), another day only from the sentence
// of i or the one before it.
func (tg *tagger) nearDay(i int) (time.Time, bool) {
	if tg.dayTok < 0 || tg.dayTok >= i {
		return time.Time{}, false
	}
	if dd := tg.day.Sub(tg.dct); dd >= -7*24*time.Hour && dd <= 7*24*time.Hour {
		return tg.day, true
	}
	if tg.dayTok < i-2*maxClause {
		return time.Time{}, false
	}
	a, _ := tg.ts.sentenceBounds(i)
	if tg.dayTok < a && a > 0 {
		a, _ = tg.ts.sentenceBounds(a - 1)
	}
	if tg.dayTok < a {
		return time.Time{}, false
	}
	return tg.day, true
}

// dayAhead finds "on <weekday>" a few words after a clock time ending at
// token b, in the same stretch of words: "at 20:00 local time (19:00 GMT)
// on Saturday", "from 10am until 4pm on Saturday". A verb or a mark other
// than a bracket ends the search.
func (tg *tagger) dayAhead(b int) (time.Time, bool) {
	ts := tg.ts
	for k := b; k < ts.n() && k < b+9; k++ {
		switch ts.t[k].kind {
		case kPunct:
			if !ts.isPunct(k, "(") && !ts.isPunct(k, ")") {
				return time.Time{}, false
			}
			continue
		case kWord:
		default:
			continue // a number: "until 4pm"
		}
		switch ts.w(k) {
		case "this":
			if _, ok := dayPartsTab.get(ts.w(k + 1)); ok {
				return tg.dct, true // "at 10am this morning"
			}
		case "tonight", "today":
			return tg.dct, true // "at 8pm tonight"
		case "tomorrow":
			return tg.dct.AddDate(0, 0, 1), true
		case "yesterday":
			return tg.dct.AddDate(0, 0, -1), true
		}
		if ts.w(k) == "on" {
			if wd, ok := weekdaysTab.get(ts.base(k + 1)); ok {
				if d, ok := tg.fullDate(k + 1); ok {
					return d, true // "at 6am on Monday, December 7"
				}
				return tg.resolveWeekday(wd, tg.weekdayTense(k+1), k), true
			}
			// "at midnight on 1 January"
			if h, ok := tg.core(k + 1); ok && h.typ == tDate && h.gran == gDay {
				return dayOf(h.val)
			}
			return time.Time{}, false
		}
		if wd, ok := weekdaysTab.get(ts.base(k)); ok && ts.t[k].cap {
			if d, ok := tg.fullDate(k); ok {
				return d, true // "6 a.m. Monday, Dec. 7"
			}
			return tg.resolveWeekday(wd, tg.weekdayTense(k), k-1), true // "8 p.m. Eastern time Tuesday"
		}
		switch ts.class(k) {
		case wNone, wAdv, wTo:
		default:
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// fullDate returns the date of the weekday at k when a month-day follows it
// ("Monday, December 7"): the written date wins over the weekday's tense.
func (tg *tagger) fullDate(k int) (time.Time, bool) {
	ts := tg.ts
	if !ts.isPunct(k+1, ",") && (k+1 >= ts.n() || ts.t[k+1].kind == kPunct) {
		return time.Time{}, false // the common bare weekday: no date to read
	}
	h, ok := tg.weekday(k, weekdaysTab.val(ts.base(k)))
	if !ok || h.b <= k+1 || h.gran != gDay {
		return time.Time{}, false
	}
	return dayOf(h.val)
}

// afterGerund reports whether the expression at i sits in an "after" +
// gerund clause with no verb group of its own: "after pleading guilty in
// September".
func (tg *tagger) afterGerund(i int) bool {
	ts := tg.ts
	ca := i
	for ca > tg.gsA && ca > i-8 && !ts.clauseBreak(ca-1) {
		ca--
	}
	if ca <= tg.gsA || ca >= i || ts.w(ca-1) != "after" || ts.class(ca) != wIng || ts.w(ca) == "having" {
		return false
	}
	for _, g := range tg.gs {
		if g.s >= ca && g.s < i {
			return false
		}
	}
	return true
}

// wishVerbs look ahead to their object: what is needed or promised comes
// later than the need or the promise.
var wishVerbs = map[string]bool{
	"needed": true, "wanted": true, "promised": true, "pledged": true, "vowed": true,
	"demanded": true, "awaited": true, "requested": true, "threatened": true, "proposed": true,
}

// wishPhrasal are wish verbs only with their particle, the word after the
// group: "have not ruled out strikes in December", "has called for a vote
// in January", "have warned of power cuts in January".
var wishPhrasal = map[string]string{"ruled": "out", "called": "for", "warned": "of"}

// wishedFor reports whether the verb group of the clause of the expression
// at i is a wish verb with an object between it and the expression:
// "needed strengthening in January" (not "promised in January to ...").
func (tg *tagger) wishedFor(i int) bool {
	g, ok := tg.clauseGroup(i)
	if !ok || g.e >= i-1 {
		return false
	}
	for k := g.s; k < g.e; k++ {
		if wishVerbs[tg.ts.w(k)] {
			return true
		}
	}
	p, ok := wishPhrasal[tg.ts.w(g.e-1)]
	return ok && tg.ts.w(g.e) == p
}

// plannedMonth reports whether the month at i is the date of a plan that
// has not happened: "has cancelled the strike planned for January", "the
// vote, due in February, was postponed". A plan the past verb carried out
// ("the festival, planned for January, drew crowds") is past.
func (tg *tagger) plannedMonth(i int) bool {
	ts := tg.ts
	if w := ts.w(i - 1); w != "for" && w != "in" {
		return false
	}
	return i >= 2 && ts.t[i-2].kind == kWord && planCues[ts.w(i-2)] && tg.sentenceHas(i, cancelCues)
}

// monthsAhead is how many months the month named at token i lies after the
// dct's, from 0 to 11.
func (tg *tagger) monthsAhead(i int) int {
	m := int(monthsTab.val(tg.ts.base(i)))
	return (m - int(tg.dct.Month()) + 12) % 12
}

// reportedSubjectAhead reports whether the weekday at i opens, as a
// possessive, the subject of a reported clause whose own verb, past any
// aside, is a future: "said Tuesday's march, the biggest this year, would
// go ahead". The reporting verb dates the report, not the march.
func (tg *tagger) reportedSubjectAhead(i int) bool {
	ts := tg.ts
	if ts.base(i) == ts.w(i) || i < 1 {
		return false // not "Tuesday's"
	}
	k := i - 1
	if ts.w(k) == "that" {
		k--
	}
	rep := false
	for _, g := range tg.gs {
		switch {
		case g.weak:
			continue
		case g.e <= i:
			rep = g.reporting && g.e == k+1
			continue
		case !rep:
			return false
		case ts.inRelative(g.s) || g.e-g.s == 1 && ts.isPunct(g.s-1, ",") && (ts.class(g.s) == wPastPart || ts.class(g.s) == wPart):
			continue // ", which was planned last month,"
		}
		return g.tense == Future
	}
	return false
}

// calledOffAside reports whether the event the weekday at i names is called
// off in a relative clause right after it: "Monday's match, which was
// postponed,", "the rally on Sunday, which has been cancelled,".
func (tg *tagger) calledOffAside(i int) bool {
	ts := tg.ts
	k := i + 1
	for ; k < ts.n() && k <= i+4 && !ts.isPunct(k, ","); k++ {
		if ts.t[k].kind != kWord || ts.class(k) != wNone {
			return false
		}
	}
	if k >= ts.n() || !ts.isPunct(k, ",") || ts.w(k+1) != "which" {
		return false
	}
	for n, g := range tg.gs {
		if g.s <= k+1 {
			continue
		}
		if g.s > k+3 || !tg.passive(g) || !tg.groupHas(g, &calledOffSet) || ts.w(g.e) == "from" {
			return false
		}
		// "Sunday's rally, which was postponed, drew thousands": it
		// took place after all.
		if n+1 < len(tg.gs) {
			if h := tg.gs[n+1]; h.tense == Past && !h.reporting {
				return false
			}
		}
		return true
	}
	return false
}
