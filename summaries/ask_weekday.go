package summaries

import (
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A bare weekday in a question ("where is X on Friday?") resolves from
// the clock, but the coverage may be about a later week: asked before a
// tour the desk has already written up, "Friday" is the tour's Friday.
// When no dated leg of the traveller falls on the clock's Friday, the
// next Friday (up to coveredWeeks on) that holds one is meant.

// coveredWeeks bounds how many weeks past the clock's a bare weekday may
// reach for a leg.
const coveredWeeks = 3

// reWeekdayAlone: a question's date that is a weekday alone.
var reWeekdayAlone = lazyre.New(`(?i)^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$`)

// coveredWeekday is day moved on by whole weeks to the first that holds a
// day-precise leg of vs still on, when text is a bare weekday and day
// holds none; day and false otherwise.
func coveredWeekday(text string, day time.Time, vs []legView) (time.Time, bool) {
	if !reWeekdayAlone.MatchString(strings.TrimSpace(text)) {
		return day, false
	}
	on := func(d time.Time) bool {
		return slices.ContainsFunc(vs, func(v legView) bool {
			return v.gran == granDay && v.leg.Trip.Status != newsbot.StatusCancelled && !d.Before(v.start) && d.Before(v.end)
		})
	}
	if on(day) {
		return day, false
	}
	for w := 1; w <= coveredWeeks; w++ {
		if alt := day.AddDate(0, 0, 7*w); on(alt) {
			return alt, true
		}
	}
	return day, false
}
