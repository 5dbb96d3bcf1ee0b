package trips

import (
	"sort"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
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
	case "removed", "taken", "cut", "deleted", "erased", "struck":
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
