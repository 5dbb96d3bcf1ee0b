package summaries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// Date granularities of a leg.
const (
	granNone  = ""
	granDay   = "day"
	granWeek  = "week"
	granMonth = "month"
	granYear  = "year"
)

// legView is a stored leg with its date read as a civil period.
type legView struct {
	leg        newsbot.Leg
	start, end time.Time // civil dates (UTC midnights), end exclusive; zero when undated
	gran       string
	after      time.Time // civil lower bound of an undated leg ("then Japan"); zero when none
}

func viewLeg(l newsbot.Leg) legView {
	v := legView{leg: l}
	if st, en, g, ok := timexPeriod(l.Trip.Date); ok {
		v.start, v.end, v.gran = st, en, g
	} else if !l.Day.IsZero() {
		v.start = civil(l.Day, time.UTC)
		v.end, v.gran = addDays(v.start, 1), granDay
	}
	if st, _, _, ok := timexPeriod(l.Trip.After); ok {
		v.after = st
	}
	return v
}

func (v legView) dated() bool { return v.gran == granDay }

// timexPeriod reads a TIMEX3 date value as a civil period [start, end).
func timexPeriod(val string) (start, end time.Time, gran string, ok bool) {
	val = strings.TrimSpace(val)
	if i := strings.IndexByte(val, 'T'); i == 10 { // 2026-01-30T09:00
		val = val[:10]
	}
	if t, err := time.Parse("2006-01-02", val); err == nil {
		return t, addDays(t, 1), granDay, true
	}
	if t, err := time.Parse("2006-01", val); err == nil {
		return t, t.AddDate(0, 1, 0), granMonth, true
	}
	var y, w int
	if n, err := fmt.Sscanf(val, "%4d-W%2d", &y, &w); err == nil && n == 2 && len(val) == 8 && w >= 1 && w <= 53 {
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := addDays(jan4, -((int(jan4.Weekday()) + 6) % 7))
		st := addDays(monday, 7*(w-1))
		return st, addDays(st, 7), granWeek, true
	}
	if t, err := time.Parse("2006", val); err == nil {
		return t, t.AddDate(1, 0, 0), granYear, true
	}
	return time.Time{}, time.Time{}, granNone, false
}

// legWindow fetches legs touching [from, to) plus undated ones. Coarse dates
// (a month) start before from, so the query reaches back a month and the
// caller filters by period.
func (s *Service) legWindow(ctx context.Context, traveler string, from, to time.Time) ([]legView, error) {
	f := newsbot.LegFilter{Traveler: traveler, From: addDays(from, -31), To: to, IncludeUndated: true, Limit: 2000}
	legs, err := s.Store.Legs(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("legs from %s: %w", from.Format(time.DateOnly), err)
	}
	out := make([]legView, 0, len(legs))
	for _, l := range legs {
		out = append(out, viewLeg(l))
	}
	return cancelPlans(dedupeLegs(out)), nil
}

// cancelPlans marks a planned leg cancelled when a report no older than the
// plan's says the journey was called off: at the same place, or in the same
// country for a country-wide cancellation ("postponed a visit to China"
// calls off Beijing and Shanghai), on an overlapping date or with none. The
// newest information wins; the cancelling sources join the leg's.
func cancelPlans(vs []legView) []legView {
	for _, c := range vs {
		if c.leg.Trip.Status != newsbot.StatusCancelled {
			continue
		}
		ct := c.leg.Trip
		whole := ct.Place == "" || ct.Place == ct.Country
		for i := range vs {
			v := &vs[i]
			t := v.leg.Trip
			if t.Status != newsbot.StatusScheduled || !strings.EqualFold(t.Traveler, ct.Traveler) {
				continue
			}
			if !strings.EqualFold(t.Place, ct.Place) && !(whole && strings.EqualFold(t.Country, ct.Country)) {
				continue
			}
			if newestSource(c.leg.Sources).Before(newestSource(v.leg.Sources)) {
				continue // rearranged after the cancellation
			}
			if c.gran != granNone && v.gran != granNone && !(v.start.Before(c.end) && c.start.Before(v.end)) {
				continue
			}
			v.leg.Trip.Status = newsbot.StatusCancelled
			v.leg.Sources = mergeRefs(v.leg.Sources, c.leg.Sources)
		}
	}
	return vs
}

// selectLegs keeps dated legs in [from, to), coarse legs overlapping it and
// not done, and undated legs of journeys still under way: the traveler has
// a dated leg near the window, the leg comes after a date in it, or it was
// reported recently.
func selectLegs(vs []legView, from, to time.Time) (dated, undated []legView) {
	active := map[string]bool{}
	for _, v := range vs {
		if v.gran != granNone && v.end.After(addDays(from, -7)) && v.start.Before(to) {
			active[strings.ToLower(v.leg.Trip.Traveler)] = true
		}
	}
	for _, v := range vs {
		st := v.leg.Trip.Status
		switch {
		case v.dated():
			if !v.start.Before(from) && v.start.Before(to) {
				dated = append(dated, v)
			}
		case v.gran != granNone:
			if st != newsbot.StatusDone && v.end.After(from) && v.start.Before(to) {
				undated = append(undated, v)
			}
		case st == newsbot.StatusDone || st == newsbot.StatusCancelled:
			// An undated leg already made or called off is not in the diary.
		case !v.after.IsZero():
			if !v.after.Before(addDays(from, -7)) && v.after.Before(to) {
				undated = append(undated, v)
			}
		case active[strings.ToLower(v.leg.Trip.Traveler)]:
			undated = append(undated, v)
		default:
			if p := newestSource(v.leg.Sources); !p.IsZero() && !civil(p, time.UTC).Before(addDays(from, -14)) && p.Before(to) {
				undated = append(undated, v)
			}
		}
	}
	slices.SortStableFunc(dated, func(a, b legView) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if c := strings.Compare(a.leg.Trip.Traveler, b.leg.Trip.Traveler); c != 0 {
			return c
		}
		return cmpID(a.leg.ID, b.leg.ID)
	})
	slices.SortStableFunc(undated, func(a, b legView) int {
		if c := strings.Compare(a.leg.Trip.Traveler, b.leg.Trip.Traveler); c != 0 {
			return c
		}
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if c := a.after.Compare(b.after); c != 0 {
			return c
		}
		return cmpID(a.leg.ID, b.leg.ID)
	})
	return dated, undated
}

func cmpID(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func newestSource(refs []newsbot.ArticleRef) time.Time {
	var t time.Time
	for _, r := range refs {
		if r.Published.After(t) {
			t = r.Published
		}
	}
	return t
}

// dedupeLegs merges legs the store kept apart that say the same thing: one
// traveler at one place in one period. The newest report's wording wins;
// every source is kept.
func dedupeLegs(vs []legView) []legView {
	index := map[string]int{}
	var out []legView
	for _, v := range vs {
		t := v.leg.Trip
		key := strings.ToLower(t.Traveler + "|" + t.Place + "|" + v.gran + "|" + v.start.Format(time.DateOnly))
		i, ok := index[key]
		if !ok {
			index[key] = len(out)
			out = append(out, v)
			continue
		}
		kept := out[i]
		srcs := mergeRefs(kept.leg.Sources, v.leg.Sources)
		if newestSource(v.leg.Sources).After(newestSource(kept.leg.Sources)) {
			kept = v
		}
		kept.leg.Sources = srcs
		out[i] = kept
	}
	return out
}

// mergeRefs is the union of two source lists, newest first.
func mergeRefs(a, b []newsbot.ArticleRef) []newsbot.ArticleRef {
	out := make([]newsbot.ArticleRef, 0, len(a)+len(b))
	seen := map[string]bool{}
	for _, r := range append(slices.Clip(a), b...) {
		key := r.URL
		if r.ID != 0 {
			key = fmt.Sprint(r.ID)
		}
		if key != "" && seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(x, y newsbot.ArticleRef) int { return y.Published.Compare(x.Published) })
	return out
}
