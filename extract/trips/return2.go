package trips

import "github.com/newsroom/newsbot/extract/places"

// returnApart reports two legs of one traveller at one place that are two
// stays, since the later is a return after a stop elsewhere: "is in Rome
// this week. He travels to Milan on Thursday and returns to Rome on
// Friday". mergeLegs keeps them apart. own lists the legs that may be the
// traveller's (travellers.of).
func returnApart(legs []leg, own []int, i, j int) bool {
	a, b := legs[i], legs[j]
	if !a.home && !b.home {
		return false
	}
	e, r := a, b
	if a.home && !b.home || a.home && b.home && before(b, a) {
		e, r = b, a
	}
	if !before(e, r) {
		return false
	}
	for _, o := range own {
		k := &legs[o]
		if k.person != r.person || k.Place == "" || k.Place == r.Place || k.kind == places.Country && k.Country == r.Country {
			continue
		}
		if before(e, *k) && before(*k, r) {
			return true
		}
	}
	return false
}

// before reports leg a before leg b: by their days when both are dated and
// differ, else in the order the text tells them.
func before(a, b leg) bool {
	if a.Date != "" && b.Date != "" && a.Date != b.Date && !within2(a.Date, b.Date) && !within2(b.Date, a.Date) {
		return after(b.Date, a.Date)
	}
	if a.Date != "" && b.Date != "" && within2(b.Date, a.Date) {
		// "in Rome this week", "Milan on Thursday": the stay holds the
		// stop; the stop comes after the stay begins.
		return true
	}
	return a.Start < b.Start || a.Start == b.Start && a.placePos < b.placePos
}

// backIn reads "will be back in Rome on Sunday", "is due back in Rome":
// a stay again at a place, said of the subject right before the verb.
func (f *finder) backIn(sc *sentCtx, i int, c cue) bool {
	toks := f.toks
	if i+3 >= len(toks) || toks[i+1].w != "back" || toks[i+2].w != "in" && toks[i+2].w != "at" {
		return false
	}
	switch toks[i].w {
	case "be", "is", "are", "was", "were", "due", "expected":
	default:
		return false
	}
	k := i
	for k > 0 && (inSet(futureWordsSet, toks[k-1].w) || inSet(presentWordsSet, toks[k-1].w) || inSet(pastWordsSet, toks[k-1].w) || toks[k-1].w == "also" || toks[k-1].w == "then") {
		k--
	}
	if !f.personEndsAt(sc, k) {
		return false
	}
	p, ok := f.placeAt(sc, i+3)
	if !ok || p.Start != toks[i+3].start {
		return false
	}
	before := len(f.legs)
	f.addLegs(sc, i, c, []places.Match{p})
	for j := before; j < len(f.legs); j++ {
		f.legs[j].acts = []string{"returns"}
	}
	return true
}
