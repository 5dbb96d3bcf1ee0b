package trips

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
)

// finish places the meetings, merges legs that say the same thing, sets
// statuses and order bounds, and renders the legs.
func (f *finder) finish() []newsbot.Trip {
	legs := f.legs
	for i := range legs {
		if legs[i].inherit {
			f.inheritPlace(legs, i)
		}
	}
	legs = mergeLegs(legs)
	for i := range legs {
		f.settle(&legs[i])
	}
	setAfter(legs)
	out := make([]newsbot.Trip, 0, len(legs))
	for _, l := range legs {
		if l.Place == "" {
			continue
		}
		if l.presence && l.Country != "" && f.personCountry(l.person) == l.Country {
			continue // speaking at home ("told reporters in Ottawa") is no trip
		}
		l.What = what(l.acts)
		out = append(out, l.Trip)
	}
	return out
}

// inheritPlace puts a meeting where its traveller is that day: at the leg
// with the latest date not after the meeting's (within ten days), or for an
// undated meeting at the traveller's latest leg within three sentences.
func (f *finder) inheritPlace(legs []leg, i int) {
	l := &legs[i]
	best := -1
	for j := range legs {
		c := legs[j]
		if j == i || c.inherit || c.person != l.person || c.Place == "" {
			continue
		}
		if l.Date != "" {
			if c.Date == "" || c.Date > l.Date || !within(c.Date, l.Date, 10) {
				continue
			}
			if best < 0 || c.Date > legs[best].Date {
				best = j
			}
			continue
		}
		if c.sentence <= l.sentence && l.sentence-c.sentence <= 3 {
			best = j
		}
	}
	if best < 0 {
		return
	}
	l.Place, l.Country, l.kind = legs[best].Place, legs[best].Country, legs[best].kind
	l.inherit = false
	if l.Date == "" {
		l.Date = legs[best].Date
	}
}

func within(a, b string, days int) bool {
	fa, _, ok1 := DayRange(a)
	_, tb, ok2 := DayRange(b)
	if !ok1 || !ok2 {
		return true
	}
	return tb.Sub(fa).Hours() <= float64(days*24)
}

// within2 reports whether the TIMEX3 date a lies inside the wider b.
func within2(a, b string) bool {
	if a == "" || b == "" || len(a) <= len(b) && !strings.Contains(b, "W") {
		return false
	}
	af, at, ok1 := DayRange(a)
	bf, bt, ok2 := DayRange(b)
	return ok1 && ok2 && !af.Before(bf) && !at.After(bt) && (af.After(bf) || at.Before(bt))
}

// mergeLegs joins legs of one traveller at one place on one date (an
// undated leg joins a dated one at the same place), and folds a
// country-only leg into a leg at a city of that country.
func mergeLegs(legs []leg) []leg {
	dead := make([]bool, len(legs))
	absorb := func(into, from int) {
		a, b := &legs[into], &legs[from]
		a.Counterparts = appendNew(a.Counterparts, b.Counterparts...)
		for _, act := range b.acts {
			if !contains(a.acts, act) {
				a.acts = append(a.acts, act)
			}
		}
		if a.tense == "" {
			a.tense = b.tense
		}
		if a.WhenText == "" {
			a.WhenText = b.WhenText
		}
		a.presence = a.presence && b.presence
		dead[from] = true
	}
	for i := range legs {
		if dead[i] || legs[i].Place == "" {
			continue
		}
		for j := i + 1; j < len(legs); j++ {
			if dead[j] || legs[j].person != legs[i].person || legs[j].Place != legs[i].Place {
				continue
			}
			switch {
			case legs[i].Date == legs[j].Date:
				absorb(i, j)
			case within2(legs[j].Date, legs[i].Date):
				absorb(j, i) // "this week" holds "on Tuesday": keep the day
			case within2(legs[i].Date, legs[j].Date):
				absorb(i, j)
			case legs[j].Date == "" && !legs[j].order:
				absorb(i, j)
			case legs[i].Date == "" && !legs[i].order:
				absorb(j, i)
			}
			if dead[i] {
				break
			}
		}
	}
	// Country-only legs.
	for i := range legs {
		if dead[i] || legs[i].kind != places.Country {
			continue
		}
		best := -1
		for j := range legs {
			if j == i || dead[j] || legs[j].person != legs[i].person || legs[j].kind == places.Country || legs[j].Country != legs[i].Country {
				continue
			}
			if legs[i].Date != "" && legs[j].Date != legs[i].Date {
				continue
			}
			if best < 0 {
				best = j
			}
		}
		if best >= 0 {
			absorb(best, i)
		}
	}
	out := legs[:0]
	for i, l := range legs {
		if !dead[i] {
			out = append(out, l)
		}
	}
	return out
}

// setAfter gives a leg known only by its order ("will later stop in
// Japan") the last date of the traveller's coming legs as lower bound.
func setAfter(legs []leg) {
	for i := range legs {
		l := &legs[i]
		if l.Date != "" || !l.order || l.Status == newsbot.StatusDone {
			continue
		}
		for _, c := range legs {
			if c.person != l.person || c.Date == "" || c.Status == newsbot.StatusDone || c.Status == newsbot.StatusCancelled {
				continue
			}
			if c.Date > l.After {
				l.After = c.Date
			}
		}
	}
}

// what renders the activities: "lunch with Xi Jinping, then meets Premier
// Li Qiang". The generic "visit" gives way to anything more specific.
func what(acts []string) string {
	var specific []string
	for _, a := range acts {
		if a != "visit" {
			specific = append(specific, a)
		}
	}
	if len(specific) == 0 {
		if len(acts) > 0 {
			return acts[0]
		}
		return ""
	}
	return strings.Join(specific, ", then ")
}
