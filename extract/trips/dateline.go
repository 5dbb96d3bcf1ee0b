package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// dateline reads a wire-style dateline at the start of text: "HANOI,
// Vietnam (AP) — ", "LONDON (Reuters) - ", "NEW DELHI: ". It returns the
// place and the offset where the story proper starts.
func dateline(s string) (places.Place, int, bool) {
	head := s
	if len(head) > 80 {
		head = head[:80]
	}
	end := -1
	for _, sep := range []string{" — ", " – ", " - ", ": "} {
		if i := strings.Index(head, sep); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
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
	if !ok {
		return places.Place{}, 0, false
	}
	rest := end + 3
	if head[end] == ':' {
		rest = end + 2
	}
	for rest < len(s) && s[rest] == ' ' {
		rest++
	}
	return p, rest, true
}

// personCountry is the country a person's mentions or role name:
// "U.S. Defense Secretary Mark Esper" → United States.
func (f *finder) personCountry(p int) string {
	pp := f.cast.People[p]
	for _, s := range append([]string{pp.Role}, pp.Mentions...) {
		for _, m := range places.Find(s) {
			return m.Place.Country
		}
	}
	return ""
}

// datelineLeg adds a leg for a foreign visitor who leads a datelined
// story: "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on
// Wednesday accused ...". A local figure in a local dateline is no trip.
func (f *finder) datelineLeg() {
	dp, start, ok := dateline(f.text)
	if !ok {
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
		if l.person == *subj && l.Place == dp.Name {
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
