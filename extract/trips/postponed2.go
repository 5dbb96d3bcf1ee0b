package trips

import (
	newsbot "github.com/newsroom/newsbot"
)

// offTalks makes the called-off legs of talks whose sentence names no
// traveller: "Talks in Vienna set for next Monday were postponed, a
// diplomat said" after "Witkoff had planned to meet Araghchi this month".
// The participants are those of the one meeting told in the two sentences
// before; with none, or two different ones, it is not known who was to go.
func (f *finder) offTalks(sc *sentCtx) {
	toks := f.toks
	// The talks open the sentence: "Talks in Vienna", "The planned meeting
	// in Singapore on Friday".
	n := -1
	for k := 0; k < len(toks) && k <= 3; k++ {
		switch toks[k].w {
		case "talks", "Talks", "meeting", "Meeting", "negotiations", "Negotiations":
			n = k
		}
		if n >= 0 {
			break
		}
	}
	if n < 0 || n+2 >= len(toks) || toks[n+1].w != "in" && toks[n+1].w != "at" {
		return
	}
	p, ok := f.placeAt(sc, n+2)
	if !ok || p.Start != toks[n+2].start {
		return
	}
	off := -1
	for k := n + 2; k < len(toks); k++ {
		if toks[k].w == "," {
			if r := relativeSkip(toks, k); r > k {
				k = r // "A meeting in Geneva, which had been set for Thursday, has been postponed"
				continue
			}
			break
		}
		if (isCancelWord(toks[k].w) && toks[k].w != "called" || toks[k].w == "called" && f.calledOff(k)) && !f.hedged(k) {
			off = k
			break
		}
	}
	if off < 0 {
		return
	}
	for _, m := range sc.persons {
		if m.Start < toks[off].start {
			return // someone of the sentence's own: read by meeting
		}
	}
	a, bs, ctx := f.recentMeeting(sc)
	sole := false
	if a < 0 {
		if a = f.soleRecentTraveller(sc); a < 0 {
			return
		}
		// "A trilateral meeting in Geneva ... has been postponed" after
		// one envoy's talks in two places: his, wherever it was to be;
		// who else was to come is not told.
		bs, sole = nil, true
	}
	var tx newsbot.Timex
	dated := false
	for _, t := range f.timexesFrom(p.End) {
		if t.Start >= toks[off].start {
			break
		}
		if isDate(t.Value) {
			tx, dated = t, true
			break
		}
	}
	all := append([]int{a}, bs...)
	for j := range f.legs {
		// "was to meet Li Qiang this week" with no place: the plan now
		// called off, told again below.
		if l := &f.legs[j]; l.inherit && l.Place == "" && sc.index-l.sentence <= 2 && containsInt(all, l.person) && len(l.Counterparts) > 0 {
			l.person = -1
		}
	}
	for _, q := range all {
		if !sole && !f.foreign(q, p.Place.Country) {
			continue // at home: the others come to them
		}
		l := leg{person: q, sentence: sc.index, kind: p.Place.Kind, cuePos: toks[n].start, placePos: p.Start, tense: newsbot.StatusCancelled}
		l.Traveler = f.cast.People[q].Name
		l.Place, l.Country = p.Place.Name, p.Place.Country
		l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
		if dated {
			l.Date, l.WhenText = dateValue(tx.Value), f.whenText(tx)
			f.redirectWeekday(&l, tx) // the day of a called-off plan was still to come
		} else {
			l.Date, l.WhenText = ctx.Date, ctx.WhenText // "was due to meet Sharif on Sunday. The talks in Dubai have been scrapped."
		}
		for _, o := range all {
			if o != q {
				l.Counterparts = appendNew(l.Counterparts, f.cast.People[o].Name)
			}
		}
		l.acts = []string{"talks"}
		sc.legs = append(sc.legs, len(f.legs))
		f.legs = append(f.legs, l)
		f.cancelled = true
	}
}

// recentMeeting is the traveller and counterparts of the one meeting told
// in the two sentences before sc, and its leg; -1 when there is none or
// more than one.
func (f *finder) recentMeeting(sc *sentCtx) (int, []int, leg) {
	a := -1
	var bs []int
	var at leg
	for _, l := range f.legs {
		if l.sentence >= sc.index || sc.index-l.sentence > 2 || l.person < 0 || len(l.Counterparts) == 0 {
			continue
		}
		var cs []int
		for _, name := range l.Counterparts {
			q := f.personNamed(name)
			if q < 0 {
				return -1, nil, leg{}
			}
			cs = append(cs, q)
		}
		if a >= 0 && (a != l.person || !sameInts(bs, cs)) && !(len(cs) == 1 && cs[0] == a && len(bs) == 1 && bs[0] == l.person) {
			return -1, nil, leg{} // two meetings: whose talks were put off is not known
		}
		if a < 0 {
			a, bs, at = l.person, cs, l
		}
	}
	return a, bs, at
}

// personNamed is the index of the cast person called name, or -1.
func (f *finder) personNamed(name string) int {
	for q, p := range f.cast.People {
		if p.Name == name {
			return q
		}
	}
	return -1
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
