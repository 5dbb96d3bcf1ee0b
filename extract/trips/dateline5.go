package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// apStates are the AP style abbreviations of US states that follow a
// town in a dateline: "BEDFORD, N.H. (AP)", "FLINT, Mich.".
var apStates = map[string]bool{
	"Ala.": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true, "Conn.": true, "Del.": true,
	"Fla.": true, "Ga.": true, "Ill.": true, "Ind.": true, "Kan.": true, "Ky.": true, "La.": true, "Md.": true,
	"Mass.": true, "Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true, "Neb.": true,
	"Nev.": true, "N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true,
	"Okla.": true, "Ore.": true, "Pa.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true,
	"Vt.": true, "Va.": true, "Wash.": true, "W.Va.": true, "Wis.": true, "Wyo.": true,
}

// datelineCountry is the country a dateline's qualifier names after its
// town: ", N.H.", ", Mich.", ", Ohio", ", Vietnam", ", Ontario". rest is
// the dateline after the town, up to the source or the dash.
func datelineCountry(rest string) (string, bool) {
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, ",") {
		return "", false
	}
	q := strings.TrimSpace(rest[1:])
	if i := strings.IndexAny(q, "(,—–"); i >= 0 {
		q = strings.TrimSpace(q[:i])
	}
	if strings.HasSuffix(q, " -") {
		q = strings.TrimSpace(q[:len(q)-2])
	}
	if apStates[q] {
		return "United States", true
	}
	if p, ok := places.Lookup(q); ok && p.Kind != places.City {
		return p.Country, true
	}
	return "", false
}

// qualifiedDateline settles the town of a dateline by the region or
// country after it: "BEDFORD, N.H." is New Hampshire's Bedford, not
// England's; a town the gazetteer knows only abroad, or not at all
// ("CASPER, Wyo."), is placed in the qualifier's country under its own
// name.
func qualifiedDateline(city string, p places.Place, known bool, rest string) (places.Place, bool) {
	country, ok := datelineCountry(rest)
	if !ok {
		return p, known
	}
	if known {
		if p.Country == country {
			return p, true
		}
		if q, ok := places.InCountry(p, country); ok {
			return q, true
		}
		return places.Place{Name: p.Name, Country: country, Kind: places.City}, true
	}
	if strings.ContainsAny(city, ".") || len(city) > 24 {
		return places.Place{}, false
	}
	return places.Place{Name: titleCase(city), Country: country, Kind: places.City}, true
}

// titleCase turns a dateline's capitals into a name: "CASPER" → "Casper",
// "SAN LUIS OBISPO" → "San Luis Obispo".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}
