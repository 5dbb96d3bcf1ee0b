package issues

import (
	"strings"
	"unicode"

	"github.com/newsroom/newsbot/extract/places"
)

// appendDatelineCountry adds the country of the city in a sentence's
// dateline ("LAGOS, March 19 (Newsroom) - ...") to the anchors, as a
// country: a report datelined Lagos and the next one from Abuja ("Nigeria's
// unions") are told in one country. Only the dateline: every city a story
// names would make, say, all of London's stories British and merge them
// more (BBC corpus: cross-section merges 93 → 106 with every city).
// Sharing only countries, two issues still need two topic words in common
// (Thread).
func appendDatelineCountry(dst, countries []word, s string) ([]word, []word) {
	comma := strings.IndexByte(s, ',')
	if comma < 3 || comma > 30 {
		return dst, countries
	}
	city := s[:comma]
	if i := strings.IndexByte(city, '/'); i > 0 {
		city = city[:i] // "LONDON/SANTIAGO": the first
	}
	for _, r := range city {
		if unicode.IsLower(r) {
			return dst, countries // a dateline's city is in capitals
		}
	}
	ms := places.Find(datelineName(city))
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].Demonym {
		return dst, countries
	}
	p := ms[0].Place
	if p.Country == "" || p.Country == p.Name {
		return dst, countries
	}
	n := len(dst)
	dst = appendAnchor(dst, strings.ToLower(p.Country))
	if len(dst) > n {
		countries = append(countries, dst[n])
	}
	return dst, countries
}

// datelineName writes each word of an upper-case name with a capital and
// lower-case letters after it: "NEW DELHI" → "New Delhi".
func datelineName(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		start = true
		b.WriteRune(r)
	}
	return b.String()
}

// nameRunGoesOn reports whether the text right after a capitalised word
// continues its name: one space, then another capitalised word ("Tony"
// in "Tony Blair said").
func nameRunGoesOn(rest string) bool {
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	return capitalised(nextWord(rest[1:])) && !anchorStop[strings.ToLower(nextWord(rest[1:]))]
}
