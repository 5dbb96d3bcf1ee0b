package trips

import (
	"sort"

	"github.com/newsroom/newsbot/extract/places"
)

// andToLegs adds a second destination of a journey told in the same
// sentence with its own day and no verb of its own: "will travel to
// Beijing next week to meet regulators, and to Ottawa in the second week
// of December", "flies to Tokyo on Monday for talks, and then to Seoul on
// Wednesday". The first journey must carry a date, or a comma must part
// the two: "exports to China and to Japan" is no second stop.
func (f *finder) andToLegs(sc *sentCtx) {
	if len(sc.legs) == 0 {
		return
	}
	toks := f.toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].w == "and" {
			f.andEventLeg(sc, k)
			continue
		}
		if toks[k].w != "to" {
			continue
		}
		a := k - 1
		if toks[a].w == "then" || toks[a].w == "on" {
			a-- // "and then to Seoul", "and on to Seoul"
		}
		if a < 1 || toks[a].w != "and" {
			continue
		}
		p, ok := f.placeAt(sc, k+1)
		if !ok || f.namePart(p) {
			continue
		}
		first := f.andToFirst(sc, toks[a].start)
		if first < 0 {
			continue
		}
		l0 := f.legs[first]
		if l0.Place == p.Place.Name || toks[a-1].w != "," && l0.Date == "" || f.otherToBetween(l0.placePos, a) {
			continue
		}
		ci := sort.Search(len(toks), func(n int) bool { return toks[n].start >= l0.cuePos })
		c, ok := toks[ci].cueOf()
		if ci >= len(toks) || !ok || c.kind != cueTravel {
			continue
		}
		own, hasOwn := f.clauseTimex(sc, k)
		before := len(f.legs)
		f.addLeg(sc, ci, c, l0.person, []places.Match{p})
		for j := before; j < len(f.legs); j++ {
			l := &f.legs[j]
			l.Traveler, l.team = l0.Traveler, l0.team
			if hasOwn {
				l.Date, l.WhenText, l.After, l.later, l.order = dateValue(own.Value), f.whenText(own), "", false, false
				f.redirectWeekday(l, own)
			} else if l0.Date != "" {
				// "to Beijing on Monday, and to Ottawa": after the first.
				l.Date, l.WhenText, l.After, l.later, l.order = "", "later", l0.Date, true, true
			}
		}
		if hasOwn {
			f.dropBorrowedDay(sc, first, own.Value)
		}
	}
}

// andToFirst is the latest leg of the sentence whose place comes before
// byte offset at, made by a travel cue, or -1.
func (f *finder) andToFirst(sc *sentCtx, at int) int {
	best := -1
	for _, j := range sc.legs {
		if l := f.legs[j]; l.placePos < at && (best < 0 || l.placePos > f.legs[best].placePos) {
			best = j
		}
	}
	return best
}

// dropBorrowedDay moves a leg at the first place that took the second
// destination's day (v) back to the first leg's day: "to Tokyo on Monday
// for talks, and to Seoul on Wednesday" holds no talks in Tokyo on
// Wednesday.
func (f *finder) dropBorrowedDay(sc *sentCtx, first int, v string) {
	l0 := f.legs[first]
	for _, j := range sc.legs {
		if l := &f.legs[j]; j != first && l.person == l0.person && l.Traveler == l0.Traveler && l.Place == l0.Place && l.Date == dateValue(v) {
			l.Date, l.WhenText, l.After, l.later, l.order = l0.Date, l0.WhenText, l0.After, l0.later, l0.order
		}
	}
}

// otherToBetween reports a "to" before a name or a determiner between
// byte offset from and token a: "exports to China and to Japan" joins the
// second "to" to the first, not to the journey; "to meet customers" is a
// purpose, which does not.
func (f *finder) otherToBetween(from, a int) bool {
	toks := f.toks
	k := sort.Search(len(toks), func(n int) bool { return toks[n].start > from })
	for ; k+1 < a; k++ {
		if toks[k].w != "to" {
			continue
		}
		n := toks[k+1]
		if inSet(determinersSet, n.w) || isCapitalised(f.text[n.start:n.end]) {
			return true
		}
	}
	return false
}

// andEventHeads are the heads of an appearance named after "and a": "a
// visit to a Perth dairy on Monday and a street walk in Darwin on
// Tuesday".
var andEventHeads = map[string]bool{
	"walk": true, "walkabout": true, "rally": true, "speech": true, "visit": true, "stop": true, "tour": true,
	"meeting": true, "forum": true, "event": true, "announcement": true, "reception": true, "ceremony": true,
	"dinner": true, "lunch": true, "breakfast": true, "mass": true, "vigil": true, "briefing": true,
	"roundtable": true, "debate": true, "hall": true, "appearance": true, "stopover": true,
}

// andEventLeg adds the stop of an appearance coordinated after "and" at
// token a with its own day: "with a visit to a Perth dairy on Monday and
// a street walk in Darwin on Tuesday". The stop before must be dated,
// and so must this one: each keeps its own day.
func (f *finder) andEventLeg(sc *sentCtx, a int) {
	toks := f.toks
	if a+4 >= len(toks) || toks[a+1].w != "a" && toks[a+1].w != "an" {
		return
	}
	k := a + 2
	head := false
	for ; k < len(toks) && k <= a+5; k++ {
		t := toks[k]
		if t.punct || !isLower(f.text[t.start:t.end]) {
			return
		}
		if t.w == "in" || t.w == "at" {
			break
		}
		head = andEventHeads[t.w]
	}
	if !head || k+1 >= len(toks) || toks[k].w != "in" && toks[k].w != "at" {
		return
	}
	p, ok := f.placeAt(sc, k+1)
	if !ok || f.namePart(p) {
		return
	}
	first := f.andToFirst(sc, toks[a].start)
	if first < 0 {
		return
	}
	l0 := f.legs[first]
	own, hasOwn := f.clauseTimex(sc, k)
	if l0.Date == "" || !hasOwn || l0.Place == p.Place.Name || dateValue(own.Value) == l0.Date {
		return
	}
	ci := sort.Search(len(toks), func(n int) bool { return toks[n].start >= l0.cuePos })
	if ci >= len(toks) {
		return
	}
	c, ok := toks[ci].cueOf()
	if !ok || c.kind != cueTravel && c.kind != cueNoun {
		return
	}
	before := len(f.legs)
	f.addLeg(sc, ci, c, l0.person, []places.Match{p})
	for j := before; j < len(f.legs); j++ {
		l := &f.legs[j]
		l.Traveler, l.team = l0.Traveler, l0.team
		l.Date, l.WhenText, l.After, l.later, l.order = dateValue(own.Value), f.whenText(own), "", false, false
		f.redirectWeekday(l, own)
	}
}
