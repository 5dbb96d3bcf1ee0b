package trips

// joinedJourney reports "in a visit", "on a trip", "for a tour" at token
// k after "join" and its object: the index of the journey noun.
func (f *finder) joinedJourney(k int) (int, bool) {
	toks := f.toks
	if k+2 >= len(toks) || toks[k].w != "in" && toks[k].w != "on" && toks[k].w != "for" {
		return 0, false
	}
	n := k + 1
	if !inSet(determinersSet, toks[n].w) {
		return 0, false
	}
	n++
	if n+1 < len(toks) && (toks[n].w == "joint" || toks[n].w == "two-day" || toks[n].w == "three-day" || toks[n].w == "brief") {
		n++ // "on a joint visit to"
	}
	switch toks[n].w {
	case "visit", "trip", "tour", "journey":
		return n, true
	}
	return 0, false
}

// timeThenTo reports a time between a going verb at token i and "to":
// "before heading on Friday evening to Togo", "will head next week to
// Lima".
func (f *finder) timeThenTo(i int) bool {
	j := i
	if j+1 < len(f.toks) && f.toks[j+1].w == "on" {
		j++
	}
	k, ok := f.timeAfter(j)
	return ok && k < len(f.toks) && f.toks[k].w == "to"
}

// craftGerund reports a bare "-ing" journey verb at token i whose own
// subject is the capitalised name right before it, no person: "as a
// result of Air Force One landing at Frankfurt", "with Marine One
// touching down in Ohio". The one who flew in it may be named elsewhere;
// the sentence's subject did not travel. A word that opens the sentence
// is capitalised for that alone ("Before visiting Israel, ...").
func (f *finder) craftGerund(sc *sentCtx, i int) bool {
	toks := f.toks
	if i < 2 || len(toks[i].w) < 5 || toks[i].w[len(toks[i].w)-3:] != "ing" {
		return false
	}
	prev := toks[i-1]
	if prev.punct || !isCapitalised(f.text[prev.start:prev.end]) || f.personEndsAt(sc, i) {
		return false
	}
	if _, ok := f.placeStartAt(sc, i-1); ok {
		return false // "Britain flying aid to Aceh" is a country's; leave it to the rules that know
	}
	return true
}
