package trips

import "github.com/newsroom/newsbot/extract/places"

// talksAtVenue adds the leg of talks held at a venue of a named city with
// nobody named to meet: "will hold talks at the prime minister's office
// in Krakow on Wednesday", "held a meeting at the foreign ministry in
// Kyiv". The talks noun at token n must follow a verb of holding, "at"
// must follow the noun, and "in" and the place must come within a few
// words of the venue.
func (f *finder) talksAtVenue(sc *sentCtx, n int) {
	toks := f.toks
	if n < 1 || n+3 >= len(toks) {
		return
	}
	v := n - 1
	if toks[v].w == "a" && v > 0 {
		v-- // "held a meeting at"
	}
	var tn tense
	switch toks[v].w {
	case "hold", "holds", "have", "has":
		tn = tenseBase
	case "held", "had":
		tn = tensePast
	case "holding", "having":
		tn = tenseProgressive
	default:
		return
	}
	if toks[n+1].w != "at" {
		return
	}
	for k := n + 2; k+1 < len(toks) && k <= n+8; k++ {
		if toks[k].punct || inSet(breakersSet, toks[k].w) || toks[k].w == "with" || inSet(topicMarkersSet, toks[k].w) && toks[k].w != "in" {
			return // talks with someone are meeting's to place
		}
		if toks[k].w != "in" {
			continue
		}
		p, ok := f.placeAt(sc, k+1)
		if !ok || f.namePart(p) {
			return
		}
		before := len(f.legs)
		f.addLegs(sc, v, cue{cueTravel, tn, "talks"}, []places.Match{p})
		for j := before; j < len(f.legs); j++ {
			f.legs[j].presence = true // no word of travel: at home it is no trip
		}
		return
	}
}
