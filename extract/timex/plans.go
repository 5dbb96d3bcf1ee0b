package timex

import (
	"strings"
	"time"
)

// Plans that are reported, wanted or called off. A weekday in such a clause
// names the day of the plan, not of the report or of the calling off, so
// the tense of the clause's verb does not date it:
//
//	he said he wanted to meet the unions on Tuesday     ahead
//	the envoy was expected in Tehran on Sunday          ahead
//	the vote on Friday was cancelled                    ahead
//	the union has called off a strike on Friday         ahead
//	the minister cancelled his visit on Tuesday         the nearer Tuesday
//	she said she would have flown on Monday             back
//
// planTense is asked by weekdayTense once the plain readings (a future
// verb, a plan word before the day) are done with.

// forwardVerbs before "to" + a verb look ahead to what the infinitive
// names: "wanted to meet the unions on Tuesday" dates the meeting. They
// name a state of mind or a timetable, which a day rarely dates. Acts
// that a day does date are left out: "agreed to buy the stake on Tuesday",
// "vowed to fight on Monday", "as he prepared to speak on Tuesday".
var forwardVerbs = map[string]bool{
	"due": true, "scheduled": true, "slated": true, "poised": true,
	"planned": true, "intended": true, "wanted": true, "hoped": true, "aimed": true,
	"expected": true,
	"wants":    true, "intends": true, "hopes": true, "plans": true, "aims": true, "expects": true,
}

// forwardVerbBefore returns the token of the forward verb whose infinitive
// the "to" at k opens, right before it ("wanted to") or before its object
// ("expected the central bank to"), or -1.
func (tg *tagger) forwardVerbBefore(k int) int {
	ts := tg.ts
	for v := k - 1; v >= 0 && v >= k-5 && v > tg.gsA; v-- {
		if forwardVerbs[ts.w(v)] {
			if v < k-1 && determinersTab.val(ts.w(v-1)) {
				return -1 // "a planned visit by the minister to ...": an adjective
			}
			return v
		}
		// The object: plain words, no verb, no clause break.
		if ts.t[v].kind != kWord || ts.clauseBreak(v) || ts.class(v) != wNone {
			return -1
		}
	}
	return -1
}

// timetabled are the forwardVerbs of a timetable rather than of a person's
// intent: "had been due to open on Friday" tells of a plan that changed,
// still ahead.
var timetabled = map[string]bool{"due": true, "scheduled": true, "slated": true, "poised": true, "expected": true}

// expectCues after a past "was"/"were" and before "in", "at", "back" or
// "home" place someone somewhere on a coming day: "the envoy was expected
// in Tehran on Sunday", "he was due back on Friday".
var expectCues = map[string]bool{"expected": true, "due": true}

// negationCues say that an expected event did not take place.
var negationCues = []string{" not ", "n't", "n’t", " never ", " failed ", " no-show"}

// calledOff are the cues by which a report says an event will not take
// place as planned. A day in the event's noun phrase is still ahead: the
// event did not happen, and news reports a calling off before the day.
// ("halted", "suspended", "abandoned" can stop an event under way, so they
// count only in a present perfect, which takes no past day of its own.)
// ("put back", "pushed back" and "brought forward" are left to the new date
// they take: "was put back in the headlines on Saturday".)
var calledOff = []string{
	"cancel", "called off", "call off", "calls off", "postpon", "scrap", "shelv", "axed",
	"put off", "reschedul", "banned", "deferred",
}

// calledOffDay is the internal tense of a weekday that names an event
// called off: a calling off is reported before the day, or on the day
// after at the latest ("a planned visit on Monday has been cancelled",
// published on Tuesday), so the day is the coming one unless it was
// yesterday. resolveWeekday reads it.
const calledOffDay TenseKind = -2

// planTense returns the tense that dates the weekday at i when its clause
// reports, wants or calls off a plan (see above); ok is false otherwise.
// t is the tense of the clause as tg.tense read it.
func (tg *tagger) planTense(i int, t TenseKind) (TenseKind, bool) {
	ts := tg.ts
	if f, ok := tg.forwardInfinitive(i); ok {
		return f, true
	}
	if t == Future {
		if ts.w(i-1) != "on" || !tg.anyGroup(tg.modalPerfect) {
			return t, false
		}
		if g, ok := tg.clauseGroup(i); ok && g.e <= i && tg.modalPerfect(g) {
			return Past, true // "would have flown on Monday": it did not happen, and it was back then
		}
		return t, false
	}
	// Most sentences hold no verb these rules read: look at the clause
	// only when one is there.
	if !tg.anyGroup(tg.planHead) {
		return t, false
	}
	if tg.subjectCalledOff(i) {
		// "Friday's cabinet meeting was cancelled", "the march on
		// Thursday, organised by students, was called off", "organisers
		// said Thursday's march had been called off".
		return calledOffDay, true
	}
	g, ok := tg.clauseGroup(i)
	if !ok {
		return t, false
	}
	if g.e <= i && expectCues[ts.w(g.e-1)] && ts.class(g.s) == wPastAux {
		switch ts.w(g.e) {
		case "in", "at", "back", "home", "to":
			if tg.sentenceHas(i, negationCues) {
				// "was expected at the ceremony on Sunday but did not
				// appear": it did not happen, and may be past.
				return noVerb, true
			}
			return Future, true
		}
	}
	perfect := ts.class(g.s) == wHave && ts.w(g.s) != "had"
	switch {
	case perfect && tg.groupHas(g, &cancelCueSet):
		// "has called off a strike on Friday", "the strike on Thursday has
		// been suspended": a present perfect takes no past day, so the day
		// is the event's.
		return calledOffDay, true
	case g.e <= i && g.tense == Past && tg.groupHas(g, &calledOffSet):
		// "the minister cancelled his visit to the port on Tuesday": the
		// day may date the visit or the cancelling; take the nearer.
		return noVerb, true
	}
	return t, false
}

// anyGroup reports whether f holds for a verb group of the sentence.
func (tg *tagger) anyGroup(f func(group) bool) bool {
	for _, g := range tg.gs {
		if f(g) {
			return true
		}
	}
	return false
}

// planHead reports whether group g ends in a verb planTense reads: one that
// calls an event off, or "expected", "due".
func (tg *tagger) planHead(g group) bool {
	w := tg.ts.w(g.e - 1)
	return w == "expected" || w == "due" || tg.groupHas(g, &cancelCueSet) // cancelCues holds calledOff
}

// clauseGroup returns the verb group nearest the token i within its clause,
// the left one on a tie, skipping purpose infinitives.
func (tg *tagger) clauseGroup(i int) (group, bool) {
	ts := tg.ts
	ca := i
	for ca > tg.gsA && ca > i-maxClause && !ts.clauseBreak(ca-1) {
		ca--
	}
	cb := i + 1
	for cb < ts.n() && cb < i+maxClause && !ts.clauseBreak(cb) {
		cb++
	}
	best, bestD := -1, 1<<30
	for k, g := range tg.gs {
		if g.weak {
			continue
		}
		var d int
		switch {
		case g.e <= i:
			if g.e <= ca {
				continue
			}
			d = i - g.e
		case g.s > i:
			if g.s >= cb {
				continue
			}
			d = g.s - i + 1
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	if best < 0 {
		return group{}, false
	}
	return tg.gs[best], true
}

// cueSet holds cue prefixes (a second word after a space) by the first
// letter of the cue, so that a head verb meets only the few cues that can
// match it.
type cueSet [26][][2]string

func newCueSet(cues []string) (cs cueSet) {
	for _, c := range cues {
		first, second, _ := strings.Cut(c, " ")
		if b := first[0]; b >= 'a' && b <= 'z' {
			cs[b-'a'] = append(cs[b-'a'], [2]string{first, second})
		}
	}
	return cs
}

// The cue sets of groupHas; immutable.
var (
	cancelCueSet = newCueSet(cancelCues)
	calledOffSet = newCueSet(calledOff)
)

// groupHas reports whether the head of group g, its last word ("has been
// cancelled"), or the head and the particle after it ("called off"),
// starts with one of cues; a cue of two words matches the head and the
// next word.
func (tg *tagger) groupHas(g group, cues *cueSet) bool {
	ts := tg.ts
	w := ts.w(g.e - 1)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, c := range cues[w[0]-'a'] {
		if strings.HasPrefix(w, c[0]) && (c[1] == "" || strings.HasPrefix(ts.w(g.e), c[1])) {
			return true
		}
	}
	return false
}

// passive reports whether group g holds a form of "be" before its
// participle: "was cancelled", "has been called off" (not "Labour on Monday
// postponed ...", where the day dates the act).
func (tg *tagger) passive(g group) bool {
	for k := g.s; k < g.e; k++ {
		switch tg.ts.w(k) {
		case "was", "were", "been", "be", "is", "are":
			return true
		}
	}
	return false
}

// subjectCalledOff reports whether the weekday at i sits in the subject of
// a passive that calls an event off: no verb before it but a reporting one,
// and the first verb group after it, past a participle or relative clause
// in commas, is "was cancelled", "had been called off" ...
func (tg *tagger) subjectCalledOff(i int) bool {
	ts := tg.ts
	// The day names an event in a noun phrase: "Monday's vote", "the vote
	// on Monday"; not "the union said Tuesday that ...".
	if p := ts.w(i - 1); ts.base(i) == ts.w(i) && !((p == "on" || p == "for") && i >= 2 && ts.t[i-2].kind == kWord && ts.class(i-2) == wNone) {
		return false
	}
	for _, g := range tg.gs {
		switch {
		case g.weak:
			continue
		case g.s < i:
			if g.reporting {
				continue
			}
			return false // "Police said the march on Saturday was ..." reads on
		case ts.inRelative(g.s) || g.e-g.s == 1 && ts.isPunct(g.s-1, ",") && (ts.class(g.s) == wPastPart || ts.class(g.s) == wPart):
			continue // ", organised by students,"
		}
		return tg.passive(g) && tg.groupHas(g, &calledOffSet)
	}
	return false
}

// modalPerfect reports whether group g is a modal perfect, "would have
// flown", "could have been": what it names did not happen, or happened
// back then.
func (tg *tagger) modalPerfect(g group) bool {
	ts := tg.ts
	if ts.class(g.s) != wModal {
		return false
	}
	for k := g.s + 1; k < g.e; k++ {
		if ts.w(k) == "have" {
			return true
		}
	}
	return false
}

// forwardInfinitive finds, in the clause before the weekday at i, a verb of
// wanting or planning and its infinitive, "(she said she) wanted to meet
// the unions (on Tuesday)", "the government planned to publish its plans":
// the day is the infinitive's, ahead (after "had", see below). ok is false when there is none, or
// when another verb stands between.
func (tg *tagger) forwardInfinitive(i int) (TenseKind, bool) {
	ts := tg.ts
	for k := i - 1; k > tg.gsA && k >= i-12; k-- {
		// Most days have no "to" before them: look for one first, and for
		// a clause break between it and the day only then.
		if t := &ts.t[k]; t.e-t.s != 2 || t.kind != kWord || ts.text[t.s] != 't' && ts.text[t.s] != 'T' || ts.w(k) != "to" {
			continue
		}
		for m := k + 1; m < i; m++ {
			if ts.clauseBreak(m) {
				return 0, false
			}
		}
		if k+1 >= i || ts.t[k+1].kind != kWord || ts.t[k+1].cap || determinersTab.val(ts.w(k+1)) || pluralNoun(ts.w(k+1)) {
			continue // "to the plant", "to investors": no infinitive
		}
		v := tg.forwardVerbBefore(k)
		if v < 0 {
			continue
		}
		for _, g := range tg.gs {
			if g.s > k && g.s < i {
				return 0, false // "wanted to know what happened on Monday"
			}
		}
		if ts.w(v-1) == "had" || ts.w(v-2) == "had" {
			// A plan told in the pluperfect is over: "had wanted to resign
			// on Monday", "had planned to fly on Tuesday, but ...". A
			// timetable that changed is still ahead: "the walkout, which
			// had been due to start on Monday, was suspended"; a plan
			// called off may be either.
			switch {
			case timetabled[ts.w(v)]:
				return Future, true
			case tg.sentenceHas(i, cancelCues):
				return noVerb, true
			}
			return Past, true
		}
		if timetabled[ts.w(v)] && tg.sentenceHas(i, calledOff) {
			// "The minister, who was due to visit the town on Thursday,
			// postponed the trip": a day called off (see calledOffDay).
			return calledOffDay, true
		}
		return Future, true
	}
	return 0, false
}

// monthBeforeVerb reports whether "May" at i, before a verb, is still the
// month: a preposition that takes a time puts it at the end of a phrase
// ("figures released in May showed", "a law passed in May will take
// effect", "the talks in May ended"), where the modal cannot stand ("in may
// be" is no English). A name in that place ("confidence in May has
// fallen") is rarer in news copy than the month.
func (tg *tagger) monthBeforeVerb(i int) bool {
	switch tg.ts.w(i - 1) {
	case "in", "since", "until", "till", "through", "during", "early", "late", "mid", "last", "next":
		return tg.ts.w(i+1) != "be"
	}
	return false
}

// fitWeekday moves the day-level date h, written with weekday wd and
// without a year ("by Friday 11 March"), to the year next to the one the
// tense chose in which that day is a wd: the weekday settles what the
// tense may have misread. A year-less date lies within a year of the dct.
func (tg *tagger) fitWeekday(h hit, wd time.Weekday) hit {
	d, ok := dayOf(h.val)
	if !ok || d.Weekday() == wd {
		return h
	}
	for k := h.a; k < h.b; k++ {
		if tg.ts.t[k].kind == kNum {
			if _, ok := yearNum(tg.ts.w(k)); ok {
				return h // a written year stands
			}
		}
	}
	for _, dy := range []int{1, -1} {
		if e := d.AddDate(dy, 0, 0); e.Weekday() == wd && e.Day() == d.Day() && e.Sub(tg.dct).Abs() < 366*24*time.Hour {
			h.val = dayVal(e)
			return h
		}
	}
	return h
}

// participleClause reports whether the expression at i sits in a clause
// of its own that opens with a past participle and holds no verb group:
// "The inquiry, set up in May, is due to report": the participle's event
// is past whatever the main verb says.
func (tg *tagger) participleClause(i int) bool {
	ts := tg.ts
	// The participle stands a few words before: ", set up in May".
	ca := i
	for ca > tg.gsA && ca > i-6 && !ts.clauseBreak(ca-1) {
		ca--
	}
	if ca <= tg.gsA || !ts.isPunct(ca-1, ",") || ca >= i {
		return false
	}
	switch c := ts.class(ca); {
	case c == wPastPart || c == wPart:
	case ts.w(ca) == "set" && (ts.w(ca+1) == "up" || ts.w(ca+1) == "out"):
	default:
		return false
	}
	if g, ok := tg.clauseGroup(i); ok && g.s >= ca && g.s != ca {
		return false
	}
	return true
}

// nextDayPart reads "the next morning", "the following evening" from the
// relative word at i, the part of day p at k: on the day after the anchor.
func (tg *tagger) nextDayPart(i, k int, p string) (hit, bool) {
	d, ok := tg.anchorDay(i)
	if !ok {
		return hit{}, false
	}
	return hit{a: i, b: k + 1, typ: tTime, val: dayVal(d.AddDate(0, 0, 1)) + "T" + p, end: endBase(tg.ts, k), gran: gTime}, true
}
