package issues

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// appendCityCountry adds the country of a city the gazetteer knows to the
// anchors, as a country: a report datelined Lagos and the next one from
// Abuja ("Nigeria's unions") are told in one country. Sharing only
// countries, two issues still need two topic words in common (Thread).
func appendCityCountry(dst, countries []word, p places.Place, demonym bool) ([]word, []word) {
	if demonym || p.Country == "" || p.Country == p.Name {
		return dst, countries
	}
	n := len(dst)
	dst = appendAnchor(dst, strings.ToLower(p.Country))
	if len(dst) > n {
		countries = append(countries, dst[n])
	}
	return dst, countries
}
