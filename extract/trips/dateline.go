package trips

import (
	"math/bits"
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// dateline reads a wire-style dateline at the start of text: "HANOI,
// Vietnam (AP) — ", "LONDON (Reuters) - ", "NEW DELHI: ". It returns the
// place and the offset where the story proper starts.
func dateline(s string) (places.Place, int, bool) {
	if p, start, ok := datelineAt(s); ok {
		return p, start, true
	}
	// A headline or a byline may come first: the first paragraphs, near
	// the top.
	off := 0
	for range 3 {
		top := min(len(s), 400)
		if off >= top {
			break // blank lines ran past the top: no dateline there
		}
		k := strings.Index(s[off:top], "\n\n")
		if k < 0 {
			break
		}
		off += k + 2
		for off < len(s) && (s[off] == '\n' || s[off] == ' ') {
			off++
		}
		if off+3 > len(s) || s[off+1] < 'A' || s[off+1] > 'Z' {
			continue // a dateline opens in capitals ("NAIROBI"): not "The ..."
		}
		if p, start, ok := datelineAt(s[off:]); ok {
			return p, off + start, true
		}
	}
	return places.Place{}, 0, false
}

// datelineAt is dateline for a dateline that opens s.
func datelineAt(s string) (places.Place, int, bool) {
	head := s
	if len(head) > 80 {
		head = head[:80]
	}
	end := datelineEnd(head)
	if end < 0 {
		return places.Place{}, 0, false
	}
	// The city is the leading run of capital letters and spaces.
	lead := strings.TrimSpace(head[:end])
	k := 0
	for k < len(lead) && (lead[k] >= 'A' && lead[k] <= 'Z' || lead[k] == ' ' || lead[k] == '.') {
		k++
	}
	city := strings.TrimSpace(lead[:k])
	if len(city) < 3 {
		return places.Place{}, 0, false
	}
	p, ok := places.Lookup(city)
	p, ok = qualifiedDateline(city, p, ok, lead[k:]) // "BEDFORD, N.H.": New Hampshire's
	if !ok {
		return places.Place{}, 0, false
	}
	rest := end + 3
	switch {
	case head[end] == ':':
		rest = end + 2
	case strings.HasPrefix(head[end:], " -- "):
		rest = end + 4
	}
	for rest < len(s) && s[rest] == ' ' {
		rest++
	}
	return p, rest, true
}

// datelineSeps end a dateline.
var datelineSeps = [...]string{" — ", " – ", " - ", " -- ", ": "}

// datelineEnd is where the first of datelineSeps starts in head, of those
// whose first occurrence is not at 0 (a separator that opens head does
// not count, nor do its later occurrences), or -1: the least
// strings.Index(head, sep) > 0, in one pass rather than one per separator.
func datelineEnd(head string) int {
	var at0 [len(datelineSeps)]bool
	if head != "" && (head[0] == ' ' || head[0] == ':') { // what every separator opens with
		for k, sep := range datelineSeps {
			at0[k] = strings.HasPrefix(head, sep)
		}
	}
	// Eight bytes at a time, the bytes a separator turns on: a colon at
	// i, or a dash (or the first byte of an en or em dash) after a space
	// at i. They come in the order of i, so the first that starts a
	// separator is the answer.
	for p := 0; p < len(head); p += 8 {
		var x uint64
		if p+8 <= len(head) {
			x = load64(head, p)
		} else {
			for k := p; k < len(head); k++ {
				x |= uint64(head[k]) << (8 * (k - p)) // zero bytes past the end match nothing
			}
		}
		m := byteEq(x, ':') | byteEq(x, '-') | byteEq(x, 0xE2)
		for m != 0 {
			j := p + bits.TrailingZeros64(m)>>3
			m &= m - 1
			if head[j] == ':' {
				if j >= 1 && !at0[4] && strings.HasPrefix(head[j:], ": ") {
					return j
				}
				continue
			}
			if i := j - 1; i >= 1 && head[i] == ' ' {
				for k := 0; k < 4; k++ {
					if !at0[k] && strings.HasPrefix(head[i:], datelineSeps[k]) {
						return i
					}
				}
			}
		}
	}
	return -1
}

// byteEq has the high bit set in each byte of x that is c.
func byteEq(x uint64, c byte) uint64 {
	y := x ^ ones*uint64(c)
	// A byte of y is zero when neither its low seven bits nor its high
	// bit are set; adding 0x7f to the low bits cannot carry across.
	return ^((y&^highs + ones*0x7f) | y) & highs
}

// personCountry is the country a person's mentions or role name:
// "U.S. Defense Secretary Mark Esper" → United States.
func (f *finder) personCountry(p int) string {
	if p < 0 {
		return "" // a team, a headless delegation
	}
	if f.countries == nil {
		f.countries = make([]string, len(f.cast.People))
	}
	if c := f.countries[p]; c != "" {
		if c == "-" {
			return ""
		}
		return c
	}
	c := f.lookupCountry(p)
	f.countries[p] = c
	if c == "" {
		f.countries[p] = "-"
	}
	return c
}

// lookupCountry is personCountry without the cache.
func (f *finder) lookupCountry(p int) string {
	pp := f.cast.People[p]
	for _, m := range places.Find(pp.Role) {
		return m.Place.Country
	}
	if c := f.introCountry(p); c != "" {
		return c
	}
	for _, s := range pp.Mentions {
		for _, m := range places.Find(s) {
			return m.Place.Country
		}
	}
	// The mentions as found in the text ("Polish President Karol
	// Nawrocki"), when the cast keeps no summary of them.
	for _, k := range f.mentionsOf(p) {
		m := &f.cast.Mentions[k]
		if m.Kind == people.Pronoun {
			continue
		}
		for _, pm := range places.Find(m.Text) {
			return pm.Place.Country
		}
	}
	return ""
}

// introCountry reads the country from the words that introduce the
// person's first mention, when the people package kept them out of the
// role: "South Korea's president, Lee Jae-myung", "a Chinese delegation
// led by Vice Premier Ding Xuexiang". Only title words may stand between.
func (f *finder) introCountry(p int) string {
	own := f.mentionsOf(p)
	if len(own) == 0 {
		return ""
	}
	first := &f.cast.Mentions[own[0]]
	lo := first.Start - 80
	if lo < 0 {
		lo = 0
	}
	head := f.text[lo:first.Start]
	if nl := strings.LastIndexAny(head, "\n.;:\"“”"); nl >= 0 {
		head = head[nl+1:]
	}
	toks := tokenize(head, 0, nil)
	k := len(toks) - 1
	if k >= 0 && toks[k].w == "," {
		k-- // an appositive: "the Polish president, Karol Nawrocki"
	}
	start := len(head)
	for ; k >= 0; k-- {
		t := toks[k]
		if t.punct || !isCapitalised(head[t.start:t.end]) && !inSet(titleWordsSet, t.w) {
			break
		}
		start = t.start
	}
	ms := places.Find(head[start:])
	if len(ms) == 0 {
		return ""
	}
	return ms[len(ms)-1].Place.Country
}

// datelineLeg adds a leg for a foreign visitor who leads a datelined
// story: "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on
// Wednesday accused ...". A local figure in a local dateline is no trip.
func (f *finder) datelineLeg() {
	dp, start := f.dl, f.storyStart
	if !f.dlOK {
		return
	}
	sents := f.sents
	si := text.Containing(sents, start)
	if si < 0 {
		return
	}
	sp := sents[si]
	sp = text.Span{Start: start, End: sp.End, Text: f.text[start:sp.End]}
	var subj *int
	for _, m := range f.cast.MentionsIn(sp.Start, sp.End) {
		if m.Person >= 0 && m.Person < len(f.cast.People) {
			if objectBefore(f.text[sp.Start:m.Start]) {
				continue // "At the invitation of Kazakh President Tokayev, Xi will ...": the host
			}
			subj = &m.Person
			break
		}
	}
	if subj == nil {
		return
	}
	pc := f.personCountry(*subj)
	if pc == "" || pc == dp.Country {
		return
	}
	for _, l := range f.legs {
		// A leg there already, or the story's first sentence puts the
		// traveller elsewhere ("DUBAI — ... arrived in Tehran"): the
		// dateline is only where the reporter files from.
		if l.person == *subj && (l.Place == dp.Name || l.sentence == si && !l.inherit) {
			return
		}
	}
	f.toks = tokenize(sp.Text, sp.Start, f.toks[:0])
	sc := sentCtx{sp: sp, index: si}
	l := leg{person: *subj, sentence: si, kind: dp.Kind}
	l.Traveler = f.cast.People[*subj].Name
	l.Place, l.Country = dp.Name, dp.Country
	l.Evidence = sp.Text
	l.Start, l.End = sp.Start, sp.End
	l.tense = f.status(&sc, 0, cue{})
	f.date(&l, &sc, sp.Start)
	l.acts = []string{"visit"}
	f.legs = append([]leg{l}, f.legs...)
}

// objectBefore reports text ending in a word that makes the mention after
// it an object: "At the invitation of ", "talks with ".
func objectBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return w != "and" && inSet(objectMarkersSet, strings.ToLower(w))
}
