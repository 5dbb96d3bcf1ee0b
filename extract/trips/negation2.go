package trips

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
)

// deniedKept adds the leg that a later clause keeps after a plan the same
// sentence denies, when that clause names no place of its own and none of
// "there", "the city" (see deniedThenBut): "doesn't leave for Vienna on
// Thursday but will join the talks on Friday", "isn't flying to Vienna on
// Thursday; he will travel on Friday instead", "won't be in Vienna on
// Monday and will instead arrive on Tuesday". The kept clause needs a day
// other than the denied one, or "instead"; one that joins by video is no
// journey.
func (f *finder) deniedKept(sc *sentCtx) {
	d := f.denied[len(f.denied)-1]
	if d.sentence != sc.index || d.person < 0 || d.Place == "" {
		return
	}
	f.keptAfter(sc, d)
}

// cancelKept is deniedKept for a plan the sentence calls off rather than
// denies: "will no longer travel to Geneva on Friday; he will go on
// Saturday instead". movedPlan then drops the day called off.
func (f *finder) cancelKept(sc *sentCtx) {
	var d *leg
	for _, j := range sc.legs {
		l := &f.legs[j]
		if l.person < 0 || l.Place == "" {
			continue
		}
		if l.tense != newsbot.StatusCancelled {
			return // a journey kept already
		}
		if d == nil {
			d = l
		}
	}
	if d != nil {
		f.keptAfter(sc, *d)
	}
}

// keptAfter adds the leg a later clause keeps after the plan d.
func (f *finder) keptAfter(sc *sentCtx, d leg) {
	toks := f.toks
	at, found := f.deniedPlace(sc, d.Place)
	if !found {
		return
	}
	b := -1
	for k := range toks {
		if toks[k].start < at.End {
			continue
		}
		if toks[k].w == "but" || toks[k].w == ";" || (toks[k].w == "and" || toks[k].w == ",") && insteadAfter(toks[k+1:min(len(toks), k+4)]) {
			b = k
			break
		}
	}
	if b < 0 {
		return
	}
	instead := false
	for _, t := range toks[b+1:] {
		switch t.w {
		case "instead":
			instead = true
		case "video", "virtually", "remotely", "online", "phone", "videolink":
			return // "but will join the talks by video on Friday": no journey
		}
	}
	who := d.person
	for _, m := range sc.persons {
		if m.Start > toks[b].start && m.Start < toks[min(len(toks)-1, b+8)].start {
			who = m.Person // "..., but Foreign Minister Aiko Mori will travel on Friday"
			break
		}
	}
	for j := b + 1; j < len(toks) && j <= b+8; j++ {
		c, ok := cueOf(toks[j].w)
		if !ok || c.kind == cuePresence && toks[j].w != "be" {
			continue
		}
		if who != d.person && !f.personEndsAt(sc, j) && !(j > 0 && inSet(futureWordsSet, toks[j-1].w) && f.personEndsAt(sc, j-1)) {
			return
		}
		if c.kind == cueMeet && !f.isMeetCue(j) || f.negated(j) {
			return
		}
		for _, p := range f.placesOf(sc) {
			if p.Start > toks[j].start {
				return // a place of its own: a journey there, told by travel
			}
		}
		tx, dated := f.clauseTimex(sc, j)
		if !dated {
			// "but will arrive the following day": counted from the day denied.
			for _, r := range f.timexesFrom(toks[j].end) {
				if r.Start >= sc.sp.End {
					break
				}
				if n, ok := f.relativeDays(r); ok && n > 0 && isDay(d.Date) {
					tx, dated = r, true
					break
				}
			}
		}
		if !instead && (!dated || dateValue(tx.Value) == d.Date) {
			return
		}
		for _, n := range sc.legs {
			if l := &f.legs[n]; l.person == who && l.Place == "" {
				l.Place, l.Country, l.kind = at.Place.Name, at.Place.Country, at.Place.Kind
				return
			}
		}
		m := at
		m.Start, m.End = toks[j].end, toks[j].end
		if dated {
			m.Start, m.End = tx.Start, tx.Start
		}
		f.skipNegation = true
		f.addLeg(sc, j, c, who, []places.Match{m})
		f.skipNegation = false
		return
	}
}

// movedPlan drops the called-off leg of a plan the same sentence moves to
// another day at the same place: "will no longer fly to Vienna on
// Thursday and will instead arrive on Friday" is a journey on Friday.
func (f *finder) movedPlan(sc *sentCtx) {
	for _, a := range sc.legs {
		la := &f.legs[a]
		if la.tense != newsbot.StatusCancelled || la.Place == "" {
			continue
		}
		for _, b := range sc.legs {
			lb := &f.legs[b]
			if b == a || lb.person != la.person || lb.tense == newsbot.StatusCancelled || lb.Date == la.Date || lb.Date == "" {
				continue
			}
			if lb.Place == "" && (lb.inherit || lb.arrival) && f.movedWord() {
				// "... and will instead arrive on Friday": the arrival is
				// at the place called off for the other day.
				lb.Place, lb.Country, lb.kind, lb.inherit, lb.arrival = la.Place, la.Country, la.kind, false, false
			}
			if lb.Place == la.Place {
				la.Place = "" // finish drops a leg with no place
				break
			}
		}
	}
}

// movedWord reports a word of the sentence that moves a plan: "instead",
// "rather", "now", "but".
func (f *finder) movedWord() bool {
	for _, t := range f.toks {
		switch t.w {
		case "instead", "rather", "now", "but":
			return true
		}
	}
	return false
}

// notWord reports "not", "never" or a contracted negation ("doesn't",
// "won’t"): "doesn't leave for Vienna" keeps its subject close, so that
// the denial is read.
func notWord(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// insteadAfter reports "instead" among the few tokens that open a clause:
// ", arriving instead", "and will instead arrive".
func insteadAfter(ts []token) bool {
	for _, t := range ts {
		if t.w == "instead" {
			return true
		}
	}
	return false
}

// dayRightAfter reports a dated day right after byte offset pos: "before
// Saturday".
func (f *finder) dayRightAfter(pos int) bool {
	txs := f.timexesFrom(pos)
	return len(txs) > 0 && txs[0].Start <= pos+1 && isDay(dateValue(txs[0].Value))
}
