package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// holiday adds the leg of a stay on holiday: "was holidaying on the
// island of Koh Samui", "is on holiday in Portugal", "returned from a
// family holiday in Crete". The place's preposition must follow the word
// at once: "holiday homes in Spain", "a holiday season in which" are no
// stay. The noun must be one person's or the object of "on", "from",
// "for": "a tax holiday in Kenya", "a public holiday in Japan" are none.
func (f *finder) holiday(sc *sentCtx, i int, c cue) {
	toks := f.toks
	k := i + 1
	if k+1 >= len(toks) || toks[k].w != "in" && toks[k].w != "on" && toks[k].w != "at" {
		return
	}
	if c.kind == cueNoun && !f.holidayNoun(i) {
		return
	}
	for j := i - 2; j >= 0 && !toks[j].punct; j-- {
		if toks[j].w == "him" || toks[j].w == "them" {
			return // "paid for him to fly home from a holiday in Egypt": the one paid for, whom subject cannot tell
		}
	}
	p, ok := f.placeAt(sc, k+1)
	if !ok {
		if u, ok2 := f.islandsNamed(sc, k+1); ok2 {
			p, ok = u, true // "holidaying on the Cayman Islands"
		} else if u, ok2 := f.namedAfterKind(sc, k+1); ok2 {
			p, ok = u, true // "holidaying on the Thai island of Koh Lanta"
		}
	}
	if !ok || f.namePart(p) || p.Demonym {
		return
	}
	if c.kind == cueNoun {
		// The stay's tense is the clause's: "is on holiday", "was on
		// holiday", "returned from a holiday".
		c.kind, c.tense = cueTravel, tenseNone
	}
	f.addLegs(sc, i, c, f.list(sc, p))
}

// holidayNoun reports "holiday" or "vacation" at token i as one person's
// stay: after "on" ("on holiday in"), a possessive ("his holiday in"),
// or "a"/"the" (and one modifier such as "family" or "Christmas") after
// "from", "for", "on" or "during".
func (f *finder) holidayNoun(i int) bool {
	toks := f.toks
	k := i - 1
	if k < 0 {
		return false
	}
	switch w := toks[k].w; {
	case w == "on", w == "his", w == "her", w == "their", strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"):
		return true
	}
	if k > 0 && (holidayKinds[toks[k].w] || isCapitalised(f.text[toks[k].start:toks[k].end])) {
		k-- // "a family holiday", "the Easter holiday"
	}
	if k < 1 || toks[k].w != "a" && toks[k].w != "the" && toks[k].w != "his" && toks[k].w != "her" && toks[k].w != "their" {
		return false
	}
	switch toks[k-1].w {
	case "from", "for", "on", "during", "spent", "spend", "spends", "spending", "enjoyed", "enjoying",
		"took", "take", "taking", "interrupted", "cut", "cutting", "booked":
		return true
	}
	return false
}

// holidayKinds may stand between the article and the noun of a stay.
var holidayKinds = map[string]bool{
	"family": true, "summer": true, "winter": true, "skiing": true, "ski": true, "beach": true,
	"short": true, "brief": true, "private": true, "week-long": true, "two-week": true, "sailing": true,
}

// namedAfterKind reads an island or town the gazetteer lacks, named after
// its kind at token k: "the Thai island of Koh Phi Phi", "the resort of
// Playa Blanca": one to three capitalised words after "<kind> of", then
// the clause's end or a preposition. The country is the people's
// adjective before the kind, else the sentence's one country.
func (f *finder) namedAfterKind(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	j := k
	if j < len(toks) && toks[j].w == "the" {
		j++
	}
	country := ""
	if j < len(toks) {
		if c, ok := places.Demonym(f.text[toks[j].start:toks[j].end]); ok {
			country = c
			j++
		}
	}
	if j+2 >= len(toks) || !settlementNouns[toks[j].w] || toks[j+1].w != "of" {
		return places.Match{}, false
	}
	s := j + 2
	e := s
	for e < len(toks) && e < s+3 && !toks[e].punct && isCapitalised(f.text[toks[e].start:toks[e].end]) {
		e++
	}
	if e == s || e < len(toks) && !toks[e].punct && !nameEnders[toks[e].w] {
		// A name the people finder took for a person's ("the island of
		// Koh Phi Phi") is the place: the kind says so.
		return places.Match{}, false
	}
	if country == "" {
		c, ok := f.oneCountry(sc)
		if !ok {
			return places.Match{}, false
		}
		country = c
	}
	return places.Match{Start: toks[s].start, End: toks[e-1].end,
		Place: places.Place{Name: f.text[toks[s].start:toks[e-1].end], Country: country, Kind: places.City}}, true
}
