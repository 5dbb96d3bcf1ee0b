package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// refNoun reports the nouns by which a story points back at a place it
// has named: "will visit the port on Friday", "returns to the capital".
func refNoun(w string) bool {
	switch w {
	case "port", "capital", "city", "town", "island", "village":
		return true
	}
	return false
}

// placeByReference resolves "the port", "the capital", "the city" right
// after the travel cue at token i ("will visit the port on Friday",
// "flies back to the capital") to the one place the story named by that
// noun before: "the port of Antwerp", "Beira, the port city", "the
// Angolan capital, Luanda". Two candidates, or none, make no leg: the
// reference must be unambiguous.
func (f *finder) placeByReference(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	k := i + 1
	for k < len(toks) && k <= i+2 && (toks[k].w == "to" || toks[k].w == "back" || toks[k].w == "in") {
		k++
	}
	if k+1 >= len(toks) || toks[k].w != "the" || !refNoun(toks[k+1].w) {
		return nil
	}
	noun := toks[k+1].w
	if n := k + 2; n < len(toks) && (toks[n].w == "of" || refNoun(toks[n].w) || !toks[n].punct && isCapitalised(f.text[toks[n].start:toks[n].end])) {
		return nil // "the port of Aden", "the port city", "the city Council": named here or no reference
	}
	p, ok := f.namedAs(noun, sc.sp.Start)
	if !ok {
		// The dateline's city was tried for a bare "the city": "welcomed
		// Trump to visit the city" under ST. LOUIS meant the suburb the
		// story is about.
		return nil
	}
	return []places.Match{{Start: toks[k].start, End: toks[k+1].end, Place: p}}
}

// namedAs finds the one place the text before byte offset end calls by
// noun: "the port of Antwerp-Bruges", "the Antwerp port", "Beira, the port
// city", "Luanda, the capital". false when it names none or two.
func (f *finder) namedAs(noun string, end int) (places.Place, bool) {
	var got places.Place
	found := false
	s := f.text[:end]
	for from := 0; ; {
		j := strings.Index(s[from:], noun)
		if j < 0 {
			break
		}
		j += from
		from = j + len(noun)
		if j > 0 && isWordByte(s[j-1]) || from < len(s) && isWordByte(s[from]) {
			continue // "important", "transport", "capitals"
		}
		p, ok := placeAfterOf(s, from)
		if !ok {
			p, ok = placeBeforeNoun(s, j)
		}
		if !ok {
			continue
		}
		if found && p.Name != got.Name {
			return places.Place{}, false
		}
		got, found = p, true
	}
	return got, found
}

// placeAfterOf reads "of Antwerp-Bruges", "city of Beira" at byte offset
// e, right after the noun: the place, or the known part of a hyphened
// name.
func placeAfterOf(s string, e int) (places.Place, bool) {
	rest := s[e:]
	if w, after, ok := strings.Cut(strings.TrimPrefix(rest, " "), " "); ok && refNoun(w) {
		rest = " " + after // "the port city of Beira"
	}
	if !strings.HasPrefix(rest, " of ") {
		return places.Place{}, false
	}
	return placeWordAt(rest[len(" of "):])
}

// placeBeforeNoun reads the place before the noun at byte offset j: "the
// Antwerp port", "Beira, the port city", "Luanda, the Angolan capital".
func placeBeforeNoun(s string, j int) (places.Place, bool) {
	head := strings.TrimRight(s[max(0, j-48):j], " ")
	// "the Antwerp port", "the New York port": the name right before.
	if ms := places.Find(head); len(ms) > 0 {
		if m := ms[len(ms)-1]; m.End == len(head) && !m.Demonym && m.Place.Kind == places.City {
			return m.Place, true
		}
	}
	// "Beira, the port city", "Luanda, the Angolan capital": a comma, an
	// article, at most two words, the noun.
	c := strings.LastIndexByte(head, ',')
	if c < 0 {
		return places.Place{}, false
	}
	between := strings.Fields(head[c+1:])
	if len(between) == 0 || len(between) > 3 || between[0] != "the" && between[0] != "a" {
		return places.Place{}, false
	}
	before := head[:c]
	k := strings.LastIndexAny(before, " \n")
	return placeWordAt(before[k+1:])
}

// placeWordAt looks up the capitalised word (or two) that s starts with,
// or the first part of a hyphened one ("Antwerp-Bruges"): cities only.
func placeWordAt(s string) (places.Place, bool) {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return places.Place{}, false
	}
	ms := places.Find(s[:min(len(s), 40)])
	if len(ms) > 0 && ms[0].Start == 0 && !ms[0].Demonym && ms[0].Place.Kind == places.City {
		return ms[0].Place, true
	}
	w := s[:wordEndByte(s)]
	if h := strings.IndexByte(w, '-'); h > 0 {
		if p, ok := places.Lookup(w[:h]); ok && p.Kind == places.City {
			return p, true
		}
	}
	return places.Place{}, false
}

// wordEndByte is the end of the word s starts with: letters, digits,
// hyphens and apostrophes.
func wordEndByte(s string) int {
	i := 0
	for i < len(s) && (isWordByte(s[i]) || s[i] == '-' || s[i] == '\'') {
		i++
	}
	return i
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// backToStop reports a return leg r to a place where its traveller made a
// stop told earlier, in another country than the traveller's own: "met
// the prime minister in Jerusalem ... He returns to Jerusalem on
// Wednesday" said of a visiting secretary of state. It is a second stay
// on the tour, not the way home, whatever other countries the tour takes
// in.
//
// own lists the legs that may be the traveller's (travellers.of).
func (f *finder) backToStop(legs []leg, own []int, r leg) bool {
	if r.person < 0 || r.Place == "" {
		return false
	}
	if pc := f.personCountry(r.person); pc == "" || pc == r.Country {
		return false
	}
	for _, k := range own {
		if l := &legs[k]; l.person == r.person && !l.home && l.Place == r.Place && l.sentence < r.sentence {
			return true
		}
	}
	return false
}
