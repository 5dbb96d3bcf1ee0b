package trips

import (
	"sort"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// programmeNouns are the lists a stop is taken off: "removed from the
// programme", "taken off the itinerary".
func programmeNoun(w string) bool {
	switch w {
	case "programme", "program", "schedule", "itinerary", "agenda", "calendar":
		return true
	}
	return false
}

// removedAt reports a call-off said by taking the stop off the
// programme, at token k: "was removed from the program", "has been taken
// off the itinerary", "was cut from the schedule". Only after an
// auxiliary and before the list's noun, so that "removed from office" or
// "took off from Rome" stay what they are.
func (f *finder) removedAt(k int) bool {
	toks := f.toks
	switch toks[k].w {
	case "removed", "taken", "cut", "deleted", "erased", "struck", "dropped":
	default:
		return false
	}
	if k == 0 || k+2 >= len(toks) {
		return false
	}
	switch toks[k-1].w {
	case "was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "quietly", "later", "since", "now":
	default:
		return false
	}
	n := k + 1
	if toks[n].w != "from" && toks[n].w != "off" {
		return false
	}
	n++
	if inSet(determinersSet, toks[n].w) {
		n++
	}
	return n < len(toks) && programmeNoun(toks[n].w)
}

// removedBefore reports token k as the list's noun of a removal ("was
// removed from the program this week"): a time right after it is when
// the stop was dropped, not when it was to be.
func (f *finder) removedBefore(k int) bool {
	if k < 2 || !programmeNoun(f.toks[k].w) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if f.removedAt(j) {
			return true
		}
	}
	return false
}

// stopNoun reports a noun for one stop of a journey: "That leg was
// postponed" calls off the latest stop, not the whole journey.
func stopNoun(w string) bool { return w == "leg" || w == "stop" || w == "stopover" }

// offLegText is the quick test for a sentence that calls off a stop told
// before with no cue word of its own: "That leg has been postponed", "The
// leg was scrapped".
func offLegText(s string) bool {
	if len(s) < 12 || s[0] != 'T' {
		return false
	}
	head := s[:min(len(s), 10)]
	return head == "That leg h" || head == "That leg w" || head == "This leg h" || head == "This leg w" || head == "The leg ha" || head == "The leg wa"
}

// lastStopLegs marks only the legs at the latest place of the sentence
// before as called off: "will fly to Berlin on Monday and to Warsaw on
// Wednesday. That leg was postponed." leaves Berlin as it was.
func (f *finder) lastStopLegs(prev int) {
	last := -1
	for j := range f.legs {
		if l := &f.legs[j]; l.sentence == prev && l.tense != newsbot.StatusDone && (last < 0 || l.placePos > f.legs[last].placePos) {
			last = j
		}
	}
	if last < 0 {
		return
	}
	place := f.legs[last].Place
	for j := range f.legs {
		if l := &f.legs[j]; l.sentence == prev && l.tense != newsbot.StatusDone && l.Place == place {
			l.tense = newsbot.StatusCancelled
			f.cancelled = true
		}
	}
}

// planReporter reports the person m after a plan noun that opens the
// sentence at token i as the one who tells of the plan, not its
// traveller: "A visit to Cusco had been scheduled ..., the Vatican
// spokesman, Paolo Rossi, told reporters" (the story's traveller was to
// go).
func (f *finder) planReporter(sc *sentCtx, i int, m people.Mention) bool {
	if !f.planNounOpens(i) {
		return false
	}
	end := m.End
	for _, o := range sc.persons {
		// "the Vatican spokesman, Paolo Rossi, told": the name in
		// apposition to the description.
		if o.Person == m.Person && o.Start > end && o.Start <= end+2 {
			end = o.End
		}
	}
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= end })
	if k < len(f.toks) && f.toks[k].w == "," {
		k++
	}
	return k < len(f.toks) && inSet(speechVerbsSet, f.toks[k].w)
}

// modifierStop is the place named right before a journey noun at token i
// ("The Warsaw leg", "her Prague visit", "a planned Kyiv stop"), which a
// determiner opens.
func (f *finder) modifierStop(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	if i < 2 || !stopNoun(toks[i].w) && toks[i].w != "visit" && toks[i].w != "trip" && toks[i].w != "tour" ||
		!isCapitalised(f.text[toks[i-1].start:toks[i-1].end]) {
		return places.Match{}, false
	}
	for _, p := range f.placesOf(sc) {
		if p.End != toks[i-1].end {
			continue
		}
		k := sort.Search(len(toks), func(n int) bool { return toks[n].start >= p.Start })
		for k > 0 && planAdjectives[toks[k-1].w] {
			k--
		}
		if k > 0 && inSet(determinersSet, toks[k-1].w) {
			return p, true
		}
	}
	return places.Match{}, false
}

// offNamedStop calls off the stop named before a journey noun at token i
// when its sentence says so: "The Warsaw leg of the tour has been
// postponed", "The Prague visit, planned for Tuesday, was called off".
// The stop told before at that place is called off, not the others of
// its sentence; with none told, the story's traveller's stop is made
// here.
func (f *finder) offNamedStop(sc *sentCtx, i int, c cue) bool {
	if !f.offAfter(i) {
		return false // the cheap test first
	}
	p, ok := f.modifierStop(sc, i)
	if !ok {
		return false
	}
	found := false
	for j := range f.legs {
		if l := &f.legs[j]; l.sentence < sc.index && l.Place == p.Place.Name && l.tense != newsbot.StatusDone {
			l.tense = newsbot.StatusCancelled
			found = true
		}
	}
	if found {
		f.cancelled = true
		return true
	}
	if q := f.storyTraveller(sc); q >= 0 {
		f.addLeg(sc, i, c, q, []places.Match{p})
	}
	return true
}

// offAfter reports a call-off after token i in its sentence: "was
// postponed", "has been dropped", "was removed from the programme".
func (f *finder) offAfter(i int) bool {
	for k := i + 1; k < len(f.toks); k++ {
		w := f.toks[k].w
		if (isCancelWord(w) && (w != "called" || f.calledOff(k)) || f.droppedAt(k)) && !f.hedged(k) {
			return true
		}
	}
	return false
}

// namedStopOff reports a journey noun with its place before it in the
// sentence ("The Warsaw leg of the tour has been postponed"): a call-off
// of that stop, not of every stop told before.
func (f *finder) namedStopOff(sc *sentCtx) bool {
	for k := 2; k < len(f.toks); k++ {
		if f.toks[k].ci != 0 {
			if _, ok := f.modifierStop(sc, k); ok {
				return true
			}
		}
	}
	return false
}

// plansOpen reports a sentence that opens with "Plans to" and the cue at
// token i: "Plans to visit Prague on Tuesday were shelved" tells of the
// story's traveller's plan.
func (f *finder) plansOpen(i int) bool {
	return i == 2 && (f.toks[0].w == "plans" || f.toks[0].w == "Plans") && f.toks[1].w == "to"
}
