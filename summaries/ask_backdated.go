package summaries

import (
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A weekday in a plan told in the future is sometimes resolved to the week
// before its report ("Instead, she will meet flood victims in Mombasa on
// Monday evening" read on a Thursday as the Monday just gone), which puts
// a second, false visit beside the scheduled one. Such a leg is dated
// before its own report while its sentence still looks ahead.

// reLooksAhead: the evidence tells the visit as still to come.
var reLooksAhead = lazyre.New(`(?i)\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|slated|going)\s+to|(?:is|are)\s+to\s+(?:visit|travel|fly|meet|go|attend|address|hold))\b`)

// reWeekdayWhen: the date was written as a weekday, the form that gets
// resolved to the wrong week.
var reWeekdayWhen = lazyre.New(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`)

// backDated: v is dated by a weekday to a day before its first report, in
// a sentence that looks ahead.
func backDated(v legView) bool {
	if !v.dated() || len(v.leg.Sources) == 0 || !reWeekdayWhen.MatchString(v.leg.Trip.WhenText) || !reLooksAhead.MatchString(v.leg.Trip.Evidence) {
		return false
	}
	first := v.leg.Sources[0].Published
	for _, r := range v.leg.Sources[1:] {
		if r.Published.Before(first) {
			first = r.Published
		}
	}
	return !first.IsZero() && v.start.Before(civil(first, time.UTC))
}

// withoutBackDated drops from legs at one place those backDated while
// another leg there, from the same report, is dated on or after that
// report: the scheduled leg is the visit, the other a misreading of it.
func withoutBackDated(at []legView) []legView {
	var out []legView
	for i, v := range at {
		if backDated(v) && hasLaterLeg(at, i) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// hasLaterLeg: another leg of at than i, sharing a report with it, is
// dated on or after that report's day and not called off.
func hasLaterLeg(at []legView, i int) bool {
	v := at[i]
	for j, w := range at {
		if j == i || !w.dated() || w.leg.Trip.Status == newsbot.StatusCancelled || !samePlace(v.leg.Trip, w.leg.Trip) {
			continue
		}
		for _, r := range v.leg.Sources {
			for _, r2 := range w.leg.Sources {
				if r.ID == r2.ID && !w.start.Before(civil(r.Published, time.UTC)) {
					return true
				}
			}
		}
	}
	return false
}
