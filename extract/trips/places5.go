package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// geoFeatureName reports a name the people finder may take for a person
// that ends in a word for a stretch of land or water: "the North-West
// Coast", "the Tamar Valley", "the Western Highlands". No traveller is
// called so.
func geoFeatureName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	last := name[i+1:]
	if len(last) >= len(geoFeatures) {
		return false
	}
	// By length: most surnames meet no word of that length and letter.
	for _, w := range geoFeatures[len(last)] {
		if (last[0]|0x20) == w[0] && strings.EqualFold(w, last) {
			return true
		}
	}
	return false
}

// geoFeatures end the names of stretches of land and water, by length.
var geoFeatures = func() (t [12][]string) {
	for _, w := range []string{"coast", "valley", "river", "peninsula", "mountains", "highlands", "lowlands", "strait",
		"bay", "sea", "gulf", "delta", "plateau", "plains", "lakes", "coastline", "hinterland", "outback"} {
		t[len(w)] = append(t[len(w)], w)
	}
	return t
}()

// leadRegionCountry is the country of the story's home when it has no
// dateline: the lead names a state, province or county, no region of
// another country and no country ("... decides who
// governs Tasmania"). A regional story is told from inside; a bare town
// with a namesake abroad is the one at home. A country or a place abroad
// in the first paragraph leaves the story's home unsaid.
func (f *finder) leadRegionCountry() (string, bool) {
	if f.leadHomeDone {
		return f.leadHome, f.leadHome != ""
	}
	f.leadHomeDone = true
	end := len(f.text)
	if n := len(f.sents); n > 0 {
		// The headline and the first sentence or two: the first
		// paragraph break after the first sentence ends the lead.
		end = f.sents[min(n-1, 2)].End
	}
	// The headline and the lead paragraph, within the first 400 bytes:
	// a longer look costs the stage for no gain.
	lead := f.text[:min(end, 400)]
	if k := strings.Index(lead, "\n\n"); k >= 0 {
		if k2 := strings.Index(lead[k+2:], "\n\n"); k2 >= 0 {
			lead = lead[:k+2+k2]
		}
	}
	country := ""
	for _, m := range places.Find(lead) {
		if m.Demonym || m.Place.Kind == places.Country || homeNation(m.Place.Name) {
			return "", false // England plays abroad: no home told
		}
		if m.Place.Kind != places.Region {
			continue // a town may be the very namesake in question
		}
		if country != "" && m.Place.Country != country {
			return "", false
		}
		country = m.Place.Country
	}
	if country == "" {
		return "", false
	}
	f.leadHome = country
	return country, true
}

// trailingSource reports a person named as the source of the sentence
// after its story: "..., the Vatican spokesman, Paolo Ferraresi, told
// reporters", "..., said Ana Lima". The source tells of the journey; a
// journey noun that opens the sentence ("A visit to Pemba ... had been
// scheduled") is not the source's.
func (f *finder) trailingSource(m people.Mention) bool {
	if m.End >= len(f.text) || m.Start < 2 {
		return false
	}
	// Past an appositive name ("the Vatican spokesman, Paolo Ferraresi,"),
	// the first word in lower case must be the speech verb.
	rest := f.text[m.End:min(len(f.text), m.End+48)]
	for rest != "" {
		rest = strings.TrimLeft(rest, ", ")
		w, tail, _ := strings.Cut(rest, " ")
		if w == "" || !isCapitalised(w) {
			break
		}
		rest = tail
	}
	for _, v := range [...]string{"told ", "said", "says", "tells ", "confirmed", "announced"} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	before := strings.TrimRight(f.text[max(0, m.Start-8):m.Start], " ")
	return strings.HasSuffix(before, " said") || strings.HasSuffix(before, " says")
}

// askedClauseEnd is the byte offset where a question put to the speaker
// ends when the sentence opens with one: "Asked whether the pope might
// return to visit the province, the spokesman said ...". A journey in the
// question is nobody's plan. 0 when the sentence opens otherwise.
func askedClauseEnd(sp text.Span) int {
	t := sp.Text
	if len(t) < 12 || t[0] != 'A' && t[0] != 'W' {
		return 0
	}
	t = strings.TrimPrefix(t, "When ")
	if !strings.HasPrefix(t, "Asked whether ") && !strings.HasPrefix(t, "Asked if ") && !strings.HasPrefix(t, "Asked about ") {
		return 0
	}
	k := strings.IndexByte(sp.Text, ',')
	if k < 0 {
		return 0
	}
	return sp.Start + k
}

// nounOpens reports a journey noun at token i that opens the sentence as
// its subject, "A (planned) visit to Pemba ...", rather than a phrase
// before the subject ("On a visit to Lagos, the singer said").
func (f *finder) nounOpens(i int) bool {
	if i < 1 || i > 3 {
		return false
	}
	switch f.toks[0].w {
	case "a", "an", "the", "A", "An", "The", "his", "her", "their", "His", "Her", "Their":
		return true
	}
	return false
}

// homeNation reports the nations of the United Kingdom, listed as its
// regions but named as countries by their teams and people.
func homeNation(name string) bool {
	switch name {
	case "England", "Scotland", "Wales", "Northern Ireland":
		return true
	}
	return false
}

// regionalTowns moves to the story's home the small towns abroad of a
// regional story without a dateline (leadRegionCountry) that a sentence
// lists beside a place at home, when the story never names their country
// by name, demonym or another of its places: "flies to Queenstown on
// Monday, then heads to St Helens on Tuesday" in a Tasmanian election
// story is Tasmania's St Helens, which the gazetteer lacks, not
// England's. ps are the sentence's places.
func (f *finder) regionalTowns(ps []places.Match) {
	for i, m := range ps {
		if !places.Minor(m.Place) {
			continue
		}
		home, ok := f.leadRegionCountry()
		if !ok {
			return
		}
		if home == m.Place.Country {
			continue
		}
		beside := false
		for _, o := range ps {
			beside = beside || o.Place.Country == home
		}
		if !beside || f.countryNamed(m.Place.Country) || f.otherPlaceIn(m.Place) {
			continue
		}
		ps[i].Place = places.Place{Name: m.Place.Name, Country: home, Kind: places.City}
	}
}

// otherPlaceIn reports a place of p's country other than p in the text.
func (f *finder) otherPlaceIn(p places.Place) bool {
	for _, m := range places.Find(f.text) {
		if !m.Demonym && m.Place.Country == p.Country && m.Place.Name != p.Name {
			return true
		}
	}
	return false
}
