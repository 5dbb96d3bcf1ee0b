// Package places is a small gazetteer: countries, capitals, major cities and
// regions (US states, UK counties) with their countries, and the demonyms
// that point at a country ("Chinese" → China, "British" → United Kingdom).
// The tables are written for this project (countries.tsv, cities.tsv) and
// embedded, so the package does no I/O at run time. Pure and safe for
// concurrent use: the lookup tables are built once and never mutated.
package places

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind says what sort of place an entry is.
type Kind uint8

// Kinds of places.
const (
	Country Kind = iota + 1
	Region       // a state, province, county or territory
	City
)

func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Region:
		return "region"
	case City:
		return "city"
	}
	return "unknown"
}

// Place is one gazetteer entry under its canonical name.
type Place struct {
	Name    string // canonical: "Beijing", "United States"
	Country string // canonical country name; equals Name for a country
	Kind    Kind
}

// Match is a place or demonym found in running text.
type Match struct {
	Start, End int // UTF-8 byte offsets of the words as written (no "'s")
	Place      Place
	Demonym    bool // "Chinese": the match names a people, Place is its country
}

//go:embed countries.tsv
var countriesTSV string

//go:embed cities.tsv
var citiesTSV string

// townsTSV extends cities.tsv by class rather than by story: towns of
// about 50,000 people or more in the countries most in the news, the main
// ports and islands, and first-level regions. Same format.
//
//go:embed towns.tsv
var townsTSV string

type tables struct {
	exact  map[string]entry // keyed by the name as written in the table
	folded map[string]Place // lower-cased names and aliases, for Lookup
	// first marks the first words of all names, to reject most
	// capitalised words with one lookup: firstSingle for a word that is a
	// name on its own (or its plural), firstMulti for one that opens a
	// longer name. A word that only opens longer names ("The", "King",
	// "Port") is let through only before the second word of one (pairs),
	// so a larger table costs Find little more.
	first    map[string]uint8
	maxWords int
	pairs    map[string]bool // "Gold Coast", "The Hague": the first two words, one space apart
	// demonyms holds the names exact marks as demonyms, with their
	// country: a table a tenth the size of exact for Demonym, which the
	// extractors ask of many words. demonymLead marks their first bytes,
	// so that most words are turned away without hashing.
	demonyms    map[string]string
	demonymLead [256]bool
	// alts holds the later entries of a name several places share
	// ("Windsor" in England and in Ontario), keyed by the first entry's
	// canonical name; Find picks one by the region or country after it.
	alts map[string][]Place
}

// Flags of tables.first.
const (
	firstSingle uint8 = 1 << iota
	firstMulti
)

type entry struct {
	place   Place
	demonym bool
}

// gazetteer returns the tables, built from the embedded files on first use
// and only read afterwards: building them is about a third of the start-up
// of every command, and most commands other than extraction never look a
// place up.
var gazetteer = sync.OnceValue(func() *tables {
	return mustBuild(countriesTSV, citiesTSV+"\n"+townsTSV)
})

func mustBuild(countries, cities string) *tables {
	t, err := build(countries, cities)
	if err != nil {
		panic(err) // the embedded tables are part of the source; tests catch this
	}
	return t
}

func build(countries, cities string) (*tables, error) {
	// The maps are sized for the names the tables can hold (a name or
	// alias a field, up to "|" a field), so that building them rehashes
	// nothing: every command that looks a place up pays for it.
	names := strings.Count(countries, "\t") + strings.Count(countries, "|") + strings.Count(cities, "\n") + strings.Count(cities, "|") + 2
	t := &tables{exact: make(map[string]entry, names), folded: make(map[string]Place, names), first: make(map[string]uint8, 2*names), alts: map[string][]Place{},
		pairs: make(map[string]bool, names/4)}
	add := func(name string, e entry) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		if old, dup := t.exact[name]; !dup {
			t.exact[name] = e
		} else if !e.demonym && !old.demonym && old.place.Country != e.place.Country && name == e.place.Name {
			t.alts[old.place.Name] = append(t.alts[old.place.Name], e.place)
		}
		if !e.demonym {
			key := strings.ToLower(name)
			if _, dup := t.folded[key]; !dup {
				t.folded[key] = e.place
			}
		}
		w0, w1, n := firstWords(name)
		if n == 1 {
			t.first[w0] |= firstSingle
		} else {
			t.first[w0] |= firstMulti
			if len(name) > len(w0)+len(w1) && name[len(w0)] == ' ' && name[len(w0)+1:len(w0)+1+len(w1)] == w1 {
				t.pairs[name[:len(w0)+1+len(w1)]] = true // the two words as the name has them: no new string
			} else {
				t.pairs[w0+" "+w1] = true
			}
		}
		if e.demonym || n == 1 {
			t.first[w0+"s"] |= firstSingle // plural demonyms, possessive "Brussels'"-style forms are trimmed below
		}
		if n > t.maxWords {
			t.maxWords = n
		}
	}
	for i, line := range strings.Split(countries, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("countries.tsv line %d: want 3 fields, got %d", i+1, len(f))
		}
		p := Place{Name: f[0], Country: f[0], Kind: Country}
		add(f[0], entry{place: p})
		for _, a := range splitList(f[1]) {
			add(a, entry{place: p})
		}
		for _, d := range splitList(f[2]) {
			add(d, entry{place: p, demonym: true})
		}
	}
	for i, line := range strings.Split(cities, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("cities.tsv line %d: want 4 fields, got %d", i+1, len(f))
		}
		var k Kind
		switch f[1] {
		case "city":
			k = City
		case "region":
			k = Region
		default:
			return nil, fmt.Errorf("cities.tsv line %d: unknown kind %q", i+1, f[1])
		}
		// The country as a canonical name (written as the table writes
		// it) is known without lower-casing it.
		if e, ok := t.exact[f[2]]; (!ok || e.demonym) && !hasKey(t.folded, strings.ToLower(f[2])) {
			return nil, fmt.Errorf("cities.tsv line %d: unknown country %q", i+1, f[2])
		}
		p := Place{Name: f[0], Country: f[2], Kind: k}
		add(f[0], entry{place: p})
		for _, a := range splitList(f[3]) {
			add(a, entry{place: p})
		}
	}
	t.demonyms = map[string]string{}
	for name, e := range t.exact {
		if e.demonym {
			t.demonyms[name] = e.place.Country
			t.demonymLead[name[0]] = true
		}
	}
	return t, nil
}

// firstWords returns the first two words of name as strings.Fields splits
// it, and how many words it has: for a name of ASCII letters and single
// spaces, without building the list.
func firstWords(name string) (w0, w1 string, n int) {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= utf8.RuneSelf || asciiSpace[c] && c != ' ' || c == ' ' && (i == 0 || i+1 == len(name) || name[i+1] == ' ') {
			words := strings.Fields(name) // wider spaces, or spaces in a row
			switch len(words) {
			case 0:
				return "", "", 0
			case 1:
				return words[0], "", 1
			}
			return words[0], words[1], len(words)
		}
	}
	w0, rest, _ := strings.Cut(name, " ")
	w1, _, _ = strings.Cut(rest, " ")
	n = strings.Count(name, " ") + 1
	if len(name) == 0 {
		n = 0
	}
	return w0, w1, n
}

func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// Lookup finds a place by canonical name or alias, ignoring case:
// "beijing", "U.S.", "Britain". Demonyms are not places: see Demonym.
func Lookup(name string) (Place, bool) {
	gaz := gazetteer()
	// Most names are short and ASCII: lower-cased on the stack in the
	// pass that finds they are ASCII, so that the lookup allocates
	// nothing. For ASCII text strings.TrimSpace trims only ASCII white
	// space and strings.ToLower maps only A-Z.
	var buf [64]byte
	if len(name) <= len(buf) {
		b := buf[:len(name)]
		var all byte // every byte or-ed: below 0x80 when all are ASCII
		for i := 0; i < len(name); i++ {
			c := name[i]
			all |= c
			b[i] = asciiLower[c]
		}
		if all < utf8.RuneSelf {
			i, j := 0, len(b)
			for i < j && asciiSpace[b[i]] {
				i++
			}
			for j > i && asciiSpace[b[j-1]] {
				j--
			}
			p, ok := gaz.folded[string(b[i:j])] // no allocation: the key only indexes
			return p, ok
		}
	}
	p, ok := gaz.folded[strings.ToLower(strings.TrimSpace(name))]
	return p, ok
}

// asciiLower maps the ASCII capitals to small letters and every other
// byte to itself.
var asciiLower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Demonym returns the country a people adjective or noun points at:
// "Chinese" → China, "Britons" → United Kingdom. Case matters: demonyms are
// capitalised in English.
func Demonym(word string) (string, bool) {
	gaz := gazetteer()
	if word == "" || !gaz.demonymLead[word[0]] {
		return "", false
	}
	if c, ok := gaz.demonyms[word]; ok {
		return c, true
	}
	if strings.HasSuffix(word, "s") {
		if c, ok := gaz.demonyms[word[:len(word)-1]]; ok {
			return c, true
		}
	}
	return "", false
}

// Find returns the places and demonyms named in s, in order, longest match
// first ("New York City" rather than "New York"). Only capitalised words
// start a match, so "turkey" and "china" (the plate) are left alone; a
// possessive "'s" is not part of the match.
func Find(s string) []Match {
	gaz := gazetteer()
	var out []Match
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: most news copy is ASCII.
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				i = wordEnd(s, i)
				continue
			case c < 'A' || c > 'Z':
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
			if !unicode.IsUpper(r) {
				i = wordEnd(s, i)
				continue
			}
		}
		// i starts a capitalised word.
		if nonPlaceLead[s[i]] {
			if n := skipNonPlace(s, i); n > i {
				i = n // "South America" is no "America"
				continue
			}
		}
		if m, ok := matchAt(s, i); ok {
			if !m.Demonym && isGivenName(s, m) {
				i = m.End // "Jordan Henderson", "Sofia Coppola": a person
				continue
			}
			if alts, ok := gaz.alts[m.Place.Name]; ok && !m.Demonym {
				m.Place = qualified(s, m, alts)
			}
			out = append(out, m)
			i = m.End
			continue
		}
		i = wordEnd(s, i)
	}
	return out
}

// matchAt tries the longest gazetteer name starting at the word at i.
func matchAt(s string, i int) (Match, bool) {
	gaz := gazetteer()
	e0 := wordEnd(s, i)
	if w := trimWord(s[i:e0]); shortForm(w) == "" {
		if k := gaz.first[w]; k&firstSingle == 0 && (k == 0 || !pairAt(s, i, e0)) {
			return Match{}, false
		}
	}
	// Collect the ends of up to maxWords words separated by single spaces.
	var ends [8]int
	n := 0
	j := i
	for n < gaz.maxWords && n < len(ends) {
		e := wordEnd(s, j)
		if e == j {
			break
		}
		if n == 0 && e+1 < len(s) && s[e] == '.' && s[e+1] == ' ' && shortForm(s[j:e]) != "" {
			e++ // "St. Louis", "Ft. Worth": the abbreviation's full stop
		}
		ends[n] = e
		n++
		if e >= len(s) || s[e] != ' ' {
			break
		}
		j = e + 1
	}
	for k := n - 1; k >= 0; k-- {
		cand := s[i:ends[k]]
		if m, ok := lookupCandidate(cand, i); ok {
			return m, true
		}
	}
	return Match{}, false
}

// pairAt reports whether the word starting at i and ending at e and the
// word after it are the first two words of a longer name: "Gold Coast",
// "The Hague". The two words are looked up as they stand in s, so the
// look allocates nothing.
func pairAt(s string, i, e int) bool {
	gaz := gazetteer()
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	e2 := wordEnd(s, e+1)
	if gaz.pairs[s[i:e2]] {
		return true
	}
	w2 := s[e+1 : e2]
	t := trimWord(w2)
	return len(t) < len(w2) && gaz.pairs[s[i:e+1+len(t)]]
}

func lookupCandidate(cand string, start int) (Match, bool) {
	gaz := gazetteer()
	try := func(c string) (Match, bool) {
		if c == "" {
			return Match{}, false
		}
		if e, ok := gaz.exact[c]; ok {
			return Match{Start: start, End: start + len(c), Place: e.place, Demonym: e.demonym}, true
		}
		return Match{}, false
	}
	if m, ok := try(cand); ok {
		return m, true
	}
	// "Ft. Worth", "Mt Kenya", "St. Petersburg": the abbreviation spelt
	// as the table has it.
	if w, rest, two := strings.Cut(cand, " "); two {
		if full := shortForm(w); full != "" {
			for _, c := range [...]string{full + " " + rest, strings.TrimSuffix(w, ".") + " " + rest, strings.TrimSuffix(w, ".") + ". " + rest} {
				if c != cand {
					if e, ok := gaz.exact[trimWord(c)]; ok && !e.demonym {
						return Match{Start: start, End: start + len(cand) - (len(c) - len(trimWord(c))), Place: e.place}, true
					}
				}
			}
		}
	}
	// Possessive ("China's", "Britain’s") or a sentence-final full stop on
	// a name that is not an abbreviation.
	if t := trimWord(cand); t != cand {
		if m, ok := try(t); ok {
			return m, true
		}
	}
	// Plural demonym: "Americans", "Britons".
	if strings.HasSuffix(cand, "s") && !strings.Contains(cand, " ") {
		if e, ok := gaz.exact[cand[:len(cand)-1]]; ok && e.demonym {
			return Match{Start: start, End: start + len(cand), Place: e.place, Demonym: true}, true
		}
	}
	return Match{}, false
}

// trimWord drops a possessive or a sentence-final full stop from a word.
func trimWord(w string) string {
	gaz := gazetteer()
	switch {
	case strings.HasSuffix(w, "'s"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "’s"):
		return w[:len(w)-len("’s")]
	case strings.HasSuffix(w, "'"):
		return w[:len(w)-1]
	case strings.HasSuffix(w, "’"):
		return w[:len(w)-len("’")]
	case strings.HasSuffix(w, ".") && gaz.first[w] == 0:
		return w[:len(w)-1]
	}
	return w
}

// wordEnd returns the end of the word starting at i: letters, digits and
// the inner marks of names ("U.S.", "Xi'an", "Stoke-on-Trent").
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '.' || r == '\'' || r == '’' || r == '-' {
			// Keep the mark only when a word rune follows, or for a
			// trailing dot after a one-letter part ("U.S.").
			if j+size < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+size:])
				if isWordRune(r2) {
					j += size
					continue
				}
			}
			if r == '.' && j-i >= 1 && j >= 2 && s[j-2] == '.' {
				j += size
				continue
			}
			if r == '\'' || r == '’' {
				j += size // possessive plural "Brussels'": stripped by the lookup
			}
		}
		break
	}
	return j
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nonPlaces are names that hold a gazetteer name but are no place of it:
// continents and world regions, which the gazetteer does not list.
var nonPlaces = []string{
	"South America", "North America", "Latin America", "Central America",
	"South Asia", "East Asia", "Southeast Asia", "South East Asia", "Central Asia",
	"West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa",
	"Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe",
	"America's Cup", "Georgetown University", "Victoria Cross",
}

// nonPlaceFirst maps the first word of each nonPlaces name to the names,
// so that most capitalised words are passed over with one lookup.
var nonPlaceFirst = func() map[string][]string {
	m := map[string][]string{}
	for _, n := range nonPlaces {
		w, _, _ := strings.Cut(n, " ")
		m[w] = append(m[w], n)
	}
	return m
}()

// nonPlaceLead marks the first bytes of the nonPlaces names: the only
// words worth a look.
var nonPlaceLead = func() (t [256]bool) {
	for _, n := range nonPlaces {
		t[n[0]] = true
	}
	return t
}()

// skipNonPlace returns the end of a nonPlaces name starting at i, or i.
func skipNonPlace(s string, i int) int {
	names, ok := nonPlaceFirst[s[i:wordEnd(s, i)]]
	if !ok {
		return i
	}
	for _, n := range names {
		if strings.HasPrefix(s[i:], n) && (i+len(n) == len(s) || !isWordRune(rune(s[i+len(n)]))) {
			return i + len(n)
		}
	}
	return i
}

// givenNames are places that are also common first names: before another
// capitalised word ("Jordan Henderson", "Paris Hilton") they name a person.
var givenNames = map[string]bool{
	"Jordan": true, "Georgia": true, "Chad": true, "Sydney": true, "Austin": true, "Florence": true,
	"Sofia": true, "Kent": true, "Santiago": true, "Paris": true, "Israel": true, "India": true,
	"Kenya": true, "China": true, "Phoenix": true, "Victoria": true, "Denver": true, "Dallas": true,
	"Cordoba": true, "Savannah": true, "Charleston": true, "Richmond": true, "Rio": true, "Adelaide": true,
	"Perth": true, "York": true, "Milan": true, "Valencia": true, "Lima": true,
	"Charlotte": true, "Regina": true, "Salvador": true, "Brooklyn": true, "Petra": true, "Rosario": true,
	"Durham": true, "Columbus": true, "Reno": true, "Barrie": true,
}

// isGivenName reports whether the match m is a first name: a place of
// givenNames followed by a capitalised word that is neither a title, a
// weekday or month, nor a place.
func isGivenName(s string, m Match) bool {
	if !givenNames[s[m.Start:m.End]] || m.End+1 >= len(s) || s[m.End] != ' ' {
		return false
	}
	j := m.End + 1
	e := wordEnd(s, j)
	next := s[j:e]
	if next == "" || next[0] < 'A' || next[0] > 'Z' {
		return false
	}
	if notNameWords[strings.TrimRight(next, ".,;:'’s")] {
		return false
	}
	if _, ok := matchAt(s, j); ok {
		return false
	}
	return true
}

// notNameWords follow a place without making it a first name.
var notNameWords = map[string]bool{
	"President": true, "Prime": true, "King": true, "Queen": true, "Governor": true, "Minister": true,
	"Foreign": true, "Senator": true, "Mayor": true, "Premier": true, "State": true, "City": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true, "But": true, "And": true, "The": true,
}

// landmarks are seats of government and palaces that stand for their
// city in news copy ("talks at Downing Street", "met at the Kremlin").
// They are no places of their own: Find does not return them, since
// "Downing Street said" names an office, not a journey.
var landmarks = map[string]string{
	"downing street": "London", "number 10": "London", "no 10": "London", "buckingham palace": "London",
	"lancaster house": "London", "white house": "Washington", "oval office": "Washington",
	"capitol hill": "Washington", "pentagon": "Washington", "state department": "Washington",
	"kremlin": "Moscow", "elysee palace": "Paris", "élysée palace": "Paris", "elysee": "Paris", "élysée": "Paris",
	"quai d'orsay": "Paris", "bellevue palace": "Berlin", "zhongnanhai": "Beijing",
	"great hall of the people": "Beijing", "blue house": "Seoul", "kantei": "Tokyo", "akasaka palace": "Tokyo",
	"quirinale": "Rome", "palazzo chigi": "Rome", "moncloa palace": "Madrid", "la moncloa": "Madrid",
	"rashtrapati bhavan": "New Delhi", "hyderabad house": "New Delhi", "planalto palace": "Brasilia",
	"casa rosada": "Buenos Aires", "los pinos": "Mexico City", "rideau hall": "Ottawa", "parliament hill": "Ottawa",
	"mariinsky palace": "Kyiv", "bankova": "Kyiv", "berlaymont": "Brussels",
	"union buildings": "Pretoria", "yildiz palace": "Istanbul", "dolmabahce palace": "Istanbul",
	"aso rock": "Abuja",
}

// Landmark returns the city a seat of government or palace stands for:
// "Downing Street" → London. Case is ignored, as is a leading "the".
func Landmark(name string) (Place, bool) {
	key := strings.ToLower(strings.TrimSpace(name))
	key = strings.TrimPrefix(key, "the ")
	city := landmarks[key]
	if city == "" {
		return Place{}, false
	}
	return Lookup(city)
}

// shortForm returns the full word of an abbreviation that opens place
// names ("St" or "St." → "Saint", "Ft" → "Fort", "Mt" → "Mount"), or "".
func shortForm(w string) string {
	switch strings.TrimSuffix(w, ".") {
	case "St":
		return "Saint"
	case "Ft":
		return "Fort"
	case "Mt":
		return "Mount"
	}
	return ""
}

// qualified picks among the places sharing m's name the one in the
// country of the region or country written right after it ("Windsor,
// Ontario", "Windsor in Canada"); m's own place when none is written or
// it agrees.
// InCountry gives the place of p's name in country when the gazetteer has
// a namesake there ("Queenstown" in Australia beside New Zealand's, "Perth"
// in the UK beside Australia's): a story's dateline country settles which
// one a bare name means.
func InCountry(p Place, country string) (Place, bool) {
	gaz := gazetteer()
	if p.Country == country {
		return p, true
	}
	primary := p.Name
	if e, ok := gaz.exact[p.Name]; ok {
		primary = e.place.Name
		if e.place.Country == country {
			return e.place, true
		}
	}
	for _, a := range gaz.alts[primary] {
		if a.Country == country {
			return a, true
		}
	}
	return p, false
}

// HasNamesake reports whether another place in the gazetteer shares p's
// name ("Queenstown", "Perth", "Windsor"): only then can a story's home
// country change which one a bare name means (see InCountry).
func HasNamesake(p Place) bool {
	gaz := gazetteer()
	if len(gaz.alts[p.Name]) > 0 {
		return true
	}
	e, ok := gaz.exact[p.Name]
	return ok && e.place.Name != p.Name && len(gaz.alts[e.place.Name]) > 0
}

func qualified(s string, m Match, alts []Place) Place {
	j := m.End
	switch {
	case strings.HasPrefix(s[j:], ", "):
		j += 2
	case strings.HasPrefix(s[j:], " in "):
		j += 4
	default:
		return m.Place
	}
	if j >= len(s) || s[j] < 'A' || s[j] > 'Z' {
		return m.Place
	}
	q, ok := matchAt(s, j)
	if !ok || q.Demonym || q.Place.Kind == City || q.Place.Country == m.Place.Country {
		return m.Place
	}
	for _, a := range alts {
		if a.Country == q.Place.Country {
			return a
		}
	}
	return m.Place
}

// towns maps the towns of towns.tsv to their countries: the secondary
// towns, as against the capitals and big cities of cities.tsv. Built on
// first use, as the gazetteer is.
var towns = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(townsTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 4 && f[1] == "city" {
			if _, dup := m[f[0]]; !dup {
				m[f[0]] = f[2]
			}
		}
	}
	return m
})

// Minor reports a secondary town ("St Helens", "Devonport"): one that a
// story may name without its country, and that may well share its name
// with a town the gazetteer lacks.
func Minor(p Place) bool {
	return p.Kind == City && towns()[p.Name] == p.Country
}
