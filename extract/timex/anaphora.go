package timex

import "time"

// Days named by reference to a day just told of:
//
//	flew to Rome on Monday. She met the pope the same day.    Monday
//	arrives on Thursday and will meet him that evening        Thursday evening
//	lands on Friday and travels to Seoul the following day    Saturday
//	The talks ended on Tuesday. The day after, ...            Wednesday
//
// The day referred to is the last day told of (noteDay: a day-level date,
// or a part of a day) in the sentence or the one before; further back, or with none, the older
// readings stand (the story's last absolute date, or no expression).

// anchorDay returns the day an anaphor at token i refers to.
func (tg *tagger) anchorDay(i int) (time.Time, bool) {
	k := tg.anaTok - 1
	if k < 0 || k >= i || k < i-2*maxClause {
		return time.Time{}, false
	}
	a, _ := tg.ts.sentenceBounds(i)
	if k < a && a > 0 {
		a, _ = tg.ts.sentenceBounds(a - 1)
	}
	if k < a {
		return time.Time{}, false
	}
	return tg.anaDay, true
}

// thatDay reads "that day", "that evening", "that night" at token i.
func (tg *tagger) thatDay(i int) (hit, bool) {
	ts := tg.ts
	n := ts.base(i + 1)
	if n == "day" {
		if d, ok := tg.anchorDay(i); ok {
			return tg.dayHit(i, i+2, d, endBase(ts, i+1)), true
		}
		return hit{}, false
	}
	p, ok := dayPartsTab.get(n)
	if !ok || n == "overnight" {
		return hit{}, false
	}
	d, ok := tg.anchorDay(i)
	if !ok {
		return hit{}, false
	}
	return hit{a: i, b: i + 2, typ: tTime, val: dayVal(d) + "T" + p, end: endBase(ts, i+1), gran: gTime}, true
}

// sameDay reads "the same day" ending at the token i of "day".
func (tg *tagger) sameDay(i int) (hit, bool) {
	ts := tg.ts
	if i < 2 || ts.w(i-1) != "same" || ts.w(i-2) != "the" {
		return hit{}, false
	}
	switch ts.w(i + 1) {
	case "that", "when", "as":
		return hit{}, false // "on the same day that a judge ordered ...": another event's day
	}
	d, ok := tg.anchorDay(i - 2)
	if !ok {
		return hit{}, false
	}
	return tg.dayHit(i-2, i+1, d, endBase(ts, i)), true
}

// dayAfter reads "the day after" and "the day before" at token i ("the")
// when they end their phrase ("The day after, the envoy left"): a day
// from the anchor. Before a clause or a noun phrase ("the day before he
// was arrested", "the day after the vote") the anchor is another event.
func (tg *tagger) dayAfter(i int) (hit, bool) {
	ts := tg.ts
	if ts.w(i+1) != "day" {
		return hit{}, false
	}
	dir := 1
	switch ts.w(i + 2) {
	case "after":
	case "before":
		dir = -1
	default:
		return hit{}, false
	}
	if e := i + 3; e < ts.n() && ts.t[e].kind == kWord && !ts.sentenceStart(e) {
		return hit{}, false
	}
	d, ok := tg.anchorDay(i)
	if !ok {
		return hit{}, false
	}
	return tg.dayHit(i, i+3, d.AddDate(0, 0, dir), 0), true
}

// nextDay reads "the next day", "the following day" from the relative word
// at i, "day" at k: the day after the anchor. "the next day or two" is a
// stretch of time.
func (tg *tagger) nextDay(i, k int) (hit, bool) {
	ts := tg.ts
	if w := ts.w(k + 1); w == "or" || w == "and" || ts.base(k) != ts.w(k) {
		return hit{}, false
	}
	d, ok := tg.anchorDay(i)
	if !ok {
		return hit{}, false
	}
	return tg.dayHit(i, k+1, d.AddDate(0, 0, 1), 0), true
}
