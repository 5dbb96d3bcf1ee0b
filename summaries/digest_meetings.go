package summaries

import (
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// reDayWord counts the days a sentence names: a leg's sentence naming
// fewer than two cannot date its meeting apart from its arrival, and is
// not read further (the digest stays cheap).
var reDayWord = lazyre.New(`(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|` + monthRe + `\s+\d|\d{1,2}\s+` + monthRe + `)`)

// splitMeetings: a leg whose sentence gives its meeting a day of its own
// ("will arrive in Nairobi on Monday, and on Wednesday he will hold talks
// with President Mwangi", stored as one leg on Monday) becomes two legs:
// the visit on the leg's day, the meeting on its day. Only legs starting
// in [lo, hi) are read (a zero hi: all); the others are left as they are.
// The result is in the order of vs, a meeting right after its visit.
func splitMeetings(vs []legView, lo, hi time.Time) []legView {
	var out []legView
	// Meetings held already on legs of their own.
	held := func(traveler string, day time.Time, c string) bool {
		return slices.ContainsFunc(vs, func(o legView) bool {
			return o.dated() && o.start.Equal(day) && strings.EqualFold(o.leg.Trip.Traveler, traveler) && meets(o.leg.Trip, c)
		})
	}
	for i, v := range vs {
		t := v.leg.Trip
		if !v.dated() || len(t.Counterparts) == 0 || t.Status == newsbot.StatusCancelled || v.start.Before(lo) || !hi.IsZero() && !v.start.Before(hi) ||
			len(reDayWord.FindAllStringIndex(t.Evidence, 2)) < 2 {
			if out != nil {
				out = append(out, v)
			}
			continue
		}
		pub := evidencePub(v)
		byDay := map[time.Time][]string{}
		var days []time.Time
		said := map[time.Time]string{}
		var stay []string
		for _, c := range t.Counterparts {
			d, text, ok := meetingDay(t.Evidence, c, pub)
			if !ok || d.Equal(v.start) {
				stay = append(stay, c)
				continue
			}
			if held(t.Traveler, d, c) {
				continue
			}
			if _, seen := byDay[d]; !seen {
				days = append(days, d)
				said[d] = text
			}
			byDay[d] = append(byDay[d], c)
		}
		if len(stay) == len(t.Counterparts) {
			if out != nil {
				out = append(out, v)
			}
			continue
		}
		if out == nil {
			out = append(make([]legView, 0, len(vs)+1), vs[:i]...)
		}
		visit := v
		visit.leg.Trip = splitWhat(t, stay)
		out = append(out, visit)
		for _, d := range days {
			m := v
			m.start, m.end = d, addDays(d, 1)
			m.leg.Day = d
			mt := splitWhat(t, byDay[d])
			mt.Date, mt.WhenText = d.Format(time.DateOnly), said[d]
			// The visit under way says nothing of the meeting to come.
			mt.Status = newsbot.StatusScheduled
			m.leg.Trip = mt
			out = append(out, m)
		}
	}
	if out == nil {
		return vs
	}
	return out
}

// splitWhat is t with only the counterparts keep, and the parts of What
// ("arrives, then talks with President Daniel Mwangi") that name them or
// name nobody left out.
func splitWhat(t newsbot.Trip, keep []string) newsbot.Trip {
	names := func(part string, cs []string) bool {
		for _, c := range cs {
			if strings.Contains(part, lastWord(c)) {
				return true
			}
		}
		return false
	}
	var parts []string
	for _, p := range strings.Split(t.What, ", then ") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		named := names(p, t.Counterparts)
		if named && names(p, keep) || !named && len(keep) == 0 {
			parts = append(parts, p)
		}
	}
	t.Counterparts = keep
	t.What = strings.Join(parts, ", then ")
	if len(keep) > 0 && !slices.ContainsFunc(parts, func(p string) bool { return names(p, keep) }) {
		t.What = joinNonEmpty(", then ", t.What, "talks with "+joinAnd(keep))
	}
	return t
}
