package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// continentAt reads a continent or world region at token k, right after
// a journey's preposition or as a journey verb's object: "a tour of
// Africa", "flew to Europe", "is visiting the Middle East". The gazetteer
// lists none of them (a region of that size is seldom a place in other
// senses), so only the journey rules ask, and only when the name stands
// whole: "South Africa" and "European" are other words.
func (f *finder) continentAt(k int) (places.Match, bool) {
	toks := f.toks
	if k < len(toks) && (toks[k].w == "the" || toks[k].w == "The") {
		k++
	}
	for ci, c := range continents {
		words := continentWords[ci]
		if k+len(words) > len(toks) {
			continue
		}
		ok := true
		for n, w := range words {
			if f.text[toks[k+n].start:toks[k+n].end] != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := k + len(words)
		if end < len(toks) && !toks[end].punct && isCapitalised(f.text[toks[end].start:toks[end].end]) {
			continue // "Africa Cup", "Europe Day": a longer name
		}
		if k > 0 && isCapitalised(f.text[toks[k-1].start:toks[k-1].end]) && toks[k-1].w != "the" && toks[k-1].w != "The" {
			continue // "South Africa", "West Asia" read whole below
		}
		return places.Match{Start: toks[k].start, End: toks[end-1].end,
			Place: places.Place{Name: continentNames[c], Kind: places.Region}}, true
	}
	return places.Match{}, false
}

// continentWords are the words of each of continents, split once.
var continentWords = func() [][]string {
	out := make([][]string, len(continents))
	for i, c := range continents {
		out[i] = strings.Fields(c)
	}
	return out
}()

// continents are the world regions a journey may name, longest first so
// that "South East Asia" wins over "Asia".
var continents = []string{
	"South East Asia", "Southeast Asia", "East Asia", "Central Asia", "South Asia",
	"West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
	"Eastern Europe", "Western Europe", "Central Europe",
	"South America", "Latin America", "North America", "Central America",
	"Middle East", "Far East", "Caribbean", "Balkans", "Scandinavia",
	"Africa", "Europe", "Asia",
}

// continentNames are the canonical names of continents.
var continentNames = func() map[string]string {
	m := map[string]string{}
	for _, c := range continents {
		m[c] = c
	}
	m["Southeast Asia"] = "South East Asia"
	return m
}()

// stopNamedBeside reports a gazetteer place in the sentence, other than
// the continent m, that a journey reaches ("in Accra", "to Oslo", "at
// Lagos"): then the tour's stops are told and the continent adds no leg
// ("welcomed in Accra at the start of a tour of West Africa"). A place
// left or gone back to is none ("leaving Britain on a tour of Africa",
// "flew back to Berlin").
func (f *finder) stopNamedBeside(sc *sentCtx, m places.Match) bool {
	toks := f.toks
	for _, p := range f.placesOf(sc) {
		if p.Start >= m.Start && p.Start < m.End || p.Demonym {
			continue
		}
		for k := 1; k < len(toks); k++ {
			if toks[k].start != p.Start {
				continue
			}
			switch toks[k-1].w {
			case "in", "at":
				return true
			case "to":
				if k < 2 || toks[k-2].w != "back" {
					return true
				}
			}
		}
	}
	return false
}

// continentVerb reports a verb of going whose "to" may lead to a
// continent or world region: "flew to Asia", "will travel to South
// America", "headed to the Middle East". "go" and "come" are left out
// ("went to Europe" is as often a market's or a club's).
func continentVerb(w string) bool {
	switch w {
	case "travel", "travels", "travelled", "traveled", "travelling", "traveling",
		"fly", "flies", "flew", "flown", "flying",
		"head", "heads", "headed", "heading":
		return true
	}
	return false
}

// placesFollow reports a country or town of the gazetteer in the three
// sentences after sentence si: a visit to a continent ("will visit
// Europe next week") whose stops are told there ("Thursday: Brussels")
// has them for its itinerary, and adds no leg at the region. Such visits
// are rare, so the look ahead costs little.
func (f *finder) placesFollow(si int) bool {
	for _, sp := range f.sents[min(si+1, len(f.sents)):min(si+4, len(f.sents))] {
		for _, m := range places.Find(f.text[sp.Start:sp.End]) {
			if !m.Demonym && (m.Place.Kind == places.City || m.Place.Kind == places.Country) {
				return true
			}
		}
	}
	return false
}
