package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// hyphenTownOK reports whether a hyphenated word can name a town the
// gazetteer lacks ("Saint-Malo", "Aix-en-Provence", "Bar-le-Duc"): every
// part capitalised but for short linking particles, the last one
// capitalised. "Brussels-based" or "mega-port" are no towns.
func hyphenTownOK(word string) bool {
	if !strings.Contains(word, "-") {
		return true
	}
	parts := strings.Split(word, "-")
	for n, p := range parts {
		if p == "" {
			return false
		}
		if isCapitalised(p) {
			continue
		}
		if n == 0 || n == len(parts)-1 || !linkParticle(p) {
			return false
		}
	}
	return true
}

// linkParticle is a lower-case word inside a hyphenated place name.
func linkParticle(w string) bool {
	switch w {
	case "en", "de", "du", "des", "le", "la", "les", "lès", "sur", "sous", "aux", "am", "an", "im", "upon", "on", "di", "del", "da", "do", "dos", "das":
		return true
	}
	return false
}

// hospitalKind is a word between a town and "Hospital" in the name of a
// town's hospital: "Ennis General Hospital", "Tralee University Hospital".
func hospitalKind(w string) bool {
	switch strings.ToLower(w) {
	case "general", "regional", "county", "district", "university", "community", "city", "royal", "memorial":
		return true
	}
	return false
}

// hospitalTown reads a hospital called after its town at token k as that
// town: "TOWN General Hospital", "University Hospital TOWN". A visit there
// is a stop in the town, dated like any other; a known place keeps its
// country, an unknown one takes the sentence's or the dateline's.
func (f *finder) hospitalTown(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	for k < len(toks) && inSet(determinersSet, toks[k].w) {
		k++
	}
	if k+2 >= len(toks) {
		return places.Match{}, false
	}
	word := func(n int) string { return f.text[toks[n].start:toks[n].end] }
	town, end := -1, -1
	switch {
	case strings.EqualFold(word(k), "University") && strings.EqualFold(word(k+1), "Hospital") && isCapitalised(word(k)):
		// "University Hospital Limerick", "University Hospital of Wales" is no town.
		town, end = k+2, k+2
	case k+3 < len(toks) && isCapitalised(word(k+1)) && hospitalKind(word(k+1)) && word(k+2) == "Hospital":
		town, end = k, k+2
	default:
		return places.Match{}, false
	}
	if toks[town].punct || !isCapitalised(word(town)) || town == end && end+1 < len(toks) && !toks[end+1].punct && isCapitalised(word(end+1)) {
		return places.Match{}, false
	}
	span := func(p places.Place) (places.Match, bool) {
		return places.Match{Start: toks[town].start, End: toks[end].end, Place: p}, true
	}
	if p, ok := f.placeStartAt(sc, town); ok && p.End == toks[town].end {
		return span(p.Place)
	}
	t, name, ok := f.townWord(sc, town, ".'’")
	if !ok || !hyphenTownOK(name) {
		return places.Match{}, false
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return places.Match{}, false
	}
	_ = t
	return span(places.Place{Name: name, Country: country, Kind: places.City})
}

// closingParticiple is a participle that ends a tour at a stop of its own:
// "..., before ending the tour in Caen on Friday" dates Caen, not the
// stop before it.
func closingParticiple(w string) bool {
	switch w {
	case "ending", "finishing", "wrapping", "concluding", "closing", "rounding":
		return true
	}
	return false
}

// offStopTold handles "that leg was postponed" when its own sentence has
// told the stop ("The tour was to have continued with a stop in Hanoi on
// Thursday, but that leg was postponed"): the anaphor is that stop, which
// becomes the story traveller's called-off leg, and the stops of the
// sentence before keep their status. It reports whether it found the
// stop.
func (f *finder) offStopTold(sc *sentCtx, i int) bool {
	toks := f.toks
	a := -1 // "that leg", "this stop": the anaphor
	for k := 1; k < len(toks); k++ {
		if stopNoun(toks[k].w) && (toks[k-1].w == "that" || toks[k-1].w == "this") {
			a = k
			break
		}
	}
	if a < 0 {
		return false
	}
	i = a
	for j := 0; j+2 < i-1; j++ {
		if !stopNoun(toks[j].w) && toks[j].w != "visit" && toks[j].w != "trip" {
			continue
		}
		if k := j + 1; toks[k].w == "in" || toks[k].w == "to" || toks[k].w == "at" {
			p, ok := f.placeAt(sc, k+1)
			if !ok || p.End > toks[i].start {
				continue
			}
			if q := f.storyTraveller(sc); q >= 0 && !f.legAt(sc.index, q, p.Place.Name) {
				if c, ok := toks[j].cueOf(); ok {
					f.addLeg(sc, j, c, q, []places.Match{p})
				}
			}
			return true
		}
	}
	return false
}

// legAt reports a leg of person at place told in sentence si.
func (f *finder) legAt(si, person int, place string) bool {
	for _, l := range f.legs {
		if l.sentence == si && l.person == person && l.Place == place {
			return true
		}
	}
	return false
}

// stopVenueTown reads the town of a stop told by its venue, "a stop at a
// dairy cooperative in Aurillac", or a stop in a town the gazetteer lacks
// that a comma or a time closes ("a stop in Aurillac, planned for
// Thursday"): the noun says a stop is meant, so the word after "in" is its
// town.
func (f *finder) stopVenueTown(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	if w := toks[i].w; w != "stop" && w != "stopover" && w != "visit" || i+2 >= len(toks) {
		return nil
	}
	k := i + 1
	if toks[k].w == "at" {
		for k++; k < len(toks) && k <= i+7 && !toks[k].punct && toks[k].w != "in"; k++ {
		}
		if k >= len(toks) || toks[k].w != "in" {
			return nil
		}
		if p, ok := f.placeAt(sc, k+1); ok {
			return []places.Match{p}
		}
	} else if toks[k].w != "in" {
		return nil
	}
	t, word, ok := f.townWord(sc, k+1, ".'’")
	if !ok || !hyphenTownOK(word) {
		return nil
	}
	if n := k + 2; n < len(toks) && !toks[n].punct {
		if toks[n].w == "on" {
			n++
		}
		if _, timed := f.timeAfter(n - 1); !timed {
			return nil
		}
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return nil
	}
	return []places.Match{{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}}
}
