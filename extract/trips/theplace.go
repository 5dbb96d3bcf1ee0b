package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// theWholeName reports whether p, read after "the" as the object of a
// journey verb, is the whole object and not a modifier of a noun that
// follows ("visited the Paris plant", "toured the Texas border"): a
// region that takes the article ("visited the West Bank", "toured the
// Algarve on Monday"), or the name after "the <kind> of" ("flew to the
// Thai island of Koh Samui", "visited the Kenyan port of Mombasa").
func (f *finder) theWholeName(p places.Match) bool {
	toks := f.toks
	k := 0
	for k < len(toks) && toks[k].start < p.Start {
		k++
	}
	if k >= 2 && toks[k-1].w == "of" && settlementNouns[toks[k-2].w] {
		return true
	}
	if p.Place.Kind != places.Region {
		return false
	}
	for k < len(toks) && toks[k].start < p.End {
		k++
	}
	return k >= len(toks) || toks[k].punct || nameEnders[toks[k].w] || f.inTimex(toks[k])
}

// nameEnders are words after a place that show the place ends its noun
// phrase: a preposition, a conjunction, a time word.
var nameEnders = map[string]bool{
	"to": true, "on": true, "in": true, "at": true, "and": true, "or": true, "for": true, "with": true,
	"before": true, "after": true, "during": true, "as": true, "where": true, "when": true, "this": true,
	"last": true, "next": true, "earlier": true, "later": true, "until": true, "from": true, "over": true,
	"amid": true, "ahead": true, "while": true, "since": true, "by": true,
}

// placeBeforeNoun reads a journey noun at token i whose place stands
// before it as a modifier: "his Brazil trip", "the minister's Kenya
// visit", "a three-day Jakarta stopover", "during a United States
// lecture tour", "the Berlin leg of the tour". A determiner or a
// possessive opens the phrase, so that "Brazil trip" in a headline-like
// run of capitals or "Paris visit" as a verb ("Paris visit the site")
// is no leg; "the Warsaw leg" is left to offNamedStop, which reads it as
// a stop told before. A people's adjective ("the German leg") only with "leg": "his
// European tour" names no stop.
func (f *finder) placeBeforeNoun(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	switch toks[i].w {
	case "trip", "trips", "tour", "visit", "visits", "leg", "stopover", "journey":
	default:
		return nil
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && journeyModifiers[toks[k].w]; n++ {
		k-- // "lecture tour", "state visit"
	}
	if k <= 0 {
		return nil
	}
	if p, ok := f.ownedDemonymTour(k, i); ok {
		return []places.Match{p} // "the singer's Australian tour"
	}
	for _, p := range f.placesOf(sc) {
		if p.End > toks[k].end || p.End < toks[k].start {
			continue
		}
		if p.Demonym && toks[i].w != "leg" || f.namePart(p) {
			return nil
		}
		j := k
		for j > 0 && toks[j].start >= p.Start {
			j--
		}
		// j is the token before the place: a determiner, a possessive,
		// or a duration ("a three-day Kenya visit").
		before := toks[j].w
		if before == "a" || before == "an" || before == "his" || before == "her" || before == "their" ||
			f.personPossessive(toks[j]) ||
			strings.Contains(before, "-") && j > 0 && (toks[j-1].w == "a" || toks[j-1].w == "an" || toks[j-1].w == "his" || toks[j-1].w == "her" || toks[j-1].w == "their") {
			return []places.Match{p}
		}
		return nil
	}
	return nil
}

// journeyModifiers may stand between the place and the journey noun:
// "his China state visit", "a US lecture tour".
var journeyModifiers = map[string]bool{
	"state": true, "official": true, "lecture": true, "book": true, "concert": true, "campaign": true,
	"promotional": true, "whistle-stop": true, "charm": true, "offensive": true, "fact-finding": true,
	"business": true, "private": true, "study": true, "trade": true, "speaking": true, "goodwill": true,
	"solidarity": true, "farewell": true, "working": true, "family": true, "shopping": true,
}

// personPossessive reports a possessive that may be a person's: a name
// ("Straw's", "the Smiths'") or a title ("the minister's"), not "the
// band's" or "the company's", whose journeys are no one person's.
func (f *finder) personPossessive(t token) bool {
	w := t.w
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "’s")
	}
	if !ok {
		base, ok = strings.CutSuffix(w, "s'")
	}
	if !ok {
		return false
	}
	return isCapitalised(f.text[t.start:t.end]) || roleNouns[base]
}

// onVisitThere reads a journey noun with no place of its own, "while on a
// visit", "during a tour", whose sentence names one place before it: the
// visit's place ("spoke to farmers in Perth while on a visit to promote
// exports"). Two places, or none, tell nothing.
func (f *finder) onVisitThere(sc *sentCtx, i int) (places.Match, bool) {
	toks := f.toks
	if i < 2 || toks[i-1].w != "a" && toks[i-1].w != "his" && toks[i-1].w != "her" {
		return places.Match{}, false
	}
	if toks[i-2].w != "on" && toks[i-2].w != "during" {
		return places.Match{}, false
	}
	var found places.Match
	n := 0
	for _, p := range f.placesOf(sc) {
		if p.Demonym || f.namePart(p) {
			continue
		}
		if p.Start > toks[i].start {
			return places.Match{}, false // "on a visit ... to Perth" is the noun's own, read elsewhere
		}
		if n > 0 && p.Place.Kind == places.Region && p.Place.Country == found.Place.Country {
			continue // "Bromsgrove, Worcestershire": the town's county
		}
		found = p
		n++
	}
	if n != 1 {
		return places.Match{}, false
	}
	return found, true
}

// partOfOpener reports a journey noun at token i in a phrase that opens
// the sentence with a part of the journey: "At the end of his visit to
// Brazil, ...", "On the last day of a three-day trip to Seoul, ...": the
// traveller is the subject that follows, as after "During his visit".
func (f *finder) partOfOpener(i int) bool {
	toks := f.toks
	if i < 4 || i > 8 {
		return false
	}
	switch toks[0].w {
	case "at", "on", "towards", "toward", "by":
	default:
		return false
	}
	if toks[1].w != "the" {
		return false
	}
	k := 2
	if toks[k].w == "last" || toks[k].w == "first" || toks[k].w == "final" || toks[k].w == "second" || toks[k].w == "third" {
		k++ // "on the last day of"
	}
	switch toks[k].w {
	case "end", "start", "close", "conclusion", "beginning", "eve", "day", "leg", "stage", "part":
	default:
		return false
	}
	k++
	if k >= i || toks[k].w != "of" {
		return false
	}
	for k++; k < i; k++ {
		w := toks[k].w
		if w != "a" && w != "an" && w != "the" && w != "his" && w != "her" && w != "their" && !strings.Contains(w, "-") && !journeyModifiers[w] {
			return false
		}
	}
	return true
}

// ownedDemonymTour reads a country's people's adjective at token k right
// before the tour or visit at token i, owned by a person: "Dan Marley's
// Australian tour", "her Japanese tour". A continent's ("his European
// tour") and the unowned ("the Australian tour") name no stop.
func (f *finder) ownedDemonymTour(k, i int) (places.Match, bool) {
	toks := f.toks
	if toks[i].w != "tour" && toks[i].w != "visit" || k < 1 {
		return places.Match{}, false
	}
	t := toks[k]
	country, ok := places.Demonym(f.text[t.start:t.end])
	if !ok {
		return places.Match{}, false
	}
	p, ok := places.Lookup(country)
	if !ok || p.Kind != places.Country {
		return places.Match{}, false
	}
	if b := toks[k-1]; b.w != "his" && b.w != "her" && b.w != "their" && !f.personPossessive(b) {
		return places.Match{}, false
	}
	return places.Match{Start: t.start, End: t.end, Place: p}, true
}
