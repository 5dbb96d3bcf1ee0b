package trips

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
)

// hyphenTownOK reports whether a hyphenated word can name a town the
// gazetteer lacks ("Saint-Malo", "Aix-en-Provence", "Bar-le-Duc"): every
// part capitalised but for short linking particles, the last one
// capitalised. "Brussels-based" or "mega-port" are no towns.
func hyphenTownOK(word string) bool {
	if !strings.Contains(word, "-") {
		return true
	}
	parts := strings.Split(word, "-")
	for n, p := range parts {
		if p == "" {
			return false
		}
		if isCapitalised(p) {
			continue
		}
		if n == 0 || n == len(parts)-1 || !linkParticle(p) {
			return false
		}
	}
	return true
}

// linkParticle is a lower-case word inside a hyphenated place name.
func linkParticle(w string) bool {
	switch w {
	case "en", "de", "du", "des", "le", "la", "les", "lès", "sur", "sous", "aux", "am", "an", "im", "upon", "on", "di", "del", "da", "do", "dos", "das":
		return true
	}
	return false
}

// hospitalKind is a word between a town and "Hospital" in the name of a
// town's hospital: "Ennis General Hospital", "Tralee University Hospital".
func hospitalKind(w string) bool {
	switch w { // capitalised in a name: no case folding (it would allocate)
	case "General", "Regional", "County", "District", "University", "Community", "City", "Royal", "Memorial":
		return true
	}
	return false
}

// hospitalTown reads a hospital called after its town at token k as that
// town: "TOWN General Hospital", "University Hospital TOWN". A visit there
// is a stop in the town, dated like any other; a known place keeps its
// country, an unknown one takes the sentence's or the dateline's.
func (f *finder) hospitalTown(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	for k < len(toks) && inSet(determinersSet, toks[k].w) {
		k++
	}
	if k+2 >= len(toks) {
		return places.Match{}, false
	}
	word := func(n int) string { return f.text[toks[n].start:toks[n].end] }
	town, end := -1, -1
	switch {
	case strings.EqualFold(word(k), "University") && strings.EqualFold(word(k+1), "Hospital") && isCapitalised(word(k)):
		// "University Hospital Limerick", "University Hospital of Wales" is no town.
		town, end = k+2, k+2
	case k+3 < len(toks) && word(k+2) == "Hospital" && hospitalKind(word(k+1)):
		town, end = k, k+2
	default:
		return places.Match{}, false
	}
	if toks[town].punct || !isCapitalised(word(town)) || town == end && end+1 < len(toks) && !toks[end+1].punct && isCapitalised(word(end+1)) {
		return places.Match{}, false
	}
	span := func(p places.Place) (places.Match, bool) {
		return places.Match{Start: toks[town].start, End: toks[end].end, Place: p}, true
	}
	if p, ok := f.placeStartAt(sc, town); ok && p.End == toks[town].end {
		return span(p.Place)
	}
	t, name, ok := f.townWord(sc, town, ".'’")
	if !ok || !hyphenTownOK(name) {
		return places.Match{}, false
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return places.Match{}, false
	}
	_ = t
	return span(places.Place{Name: name, Country: country, Kind: places.City})
}

// closingParticiple is a participle that ends a tour at a stop of its own:
// "..., before ending the tour in Caen on Friday" dates Caen, not the
// stop before it.
func closingParticiple(w string) bool {
	switch w {
	case "ending", "finishing", "wrapping", "concluding", "closing", "rounding":
		return true
	}
	return false
}

// offStopTold handles "that leg was postponed" when its own sentence has
// told the stop ("The tour was to have continued with a stop in Hanoi on
// Thursday, but that leg was postponed"): the anaphor is that stop, which
// becomes the story traveller's called-off leg, and the stops of the
// sentence before keep their status. It reports whether it found the
// stop.
func (f *finder) offStopTold(sc *sentCtx) bool {
	toks := f.toks
	a := -1 // "that leg", "this stop": the anaphor
	for k := 1; k < len(toks); k++ {
		if stopNoun(toks[k].w) && (toks[k-1].w == "that" || toks[k-1].w == "this") {
			a = k
			break
		}
	}
	if a < 0 {
		return false
	}
	i := a
	for j := 0; j+2 < i-1; j++ {
		if !stopNoun(toks[j].w) && toks[j].w != "visit" && toks[j].w != "trip" {
			continue
		}
		if k := j + 1; toks[k].w == "in" || toks[k].w == "to" || toks[k].w == "at" {
			p, ok := f.placeAt(sc, k+1)
			if !ok || p.End > toks[i].start {
				continue
			}
			if q := f.storyTraveller(sc); q >= 0 && !f.legAt(sc.index, q, p.Place.Name) {
				if c, ok := toks[j].cueOf(); ok {
					f.addLeg(sc, j, c, q, []places.Match{p})
				}
			}
			return true
		}
	}
	return false
}

// legAt reports a leg of person at place told in sentence si.
func (f *finder) legAt(si, person int, place string) bool {
	for _, l := range f.legs {
		if l.sentence == si && l.person == person && l.Place == place {
			return true
		}
	}
	return false
}

// stopVenueTown reads the town of a stop told by its venue, "a stop at a
// dairy cooperative in Aurillac", or a stop in a town the gazetteer lacks
// that a comma or a time closes ("a stop in Aurillac, planned for
// Thursday"): the noun says a stop is meant, so the word after "in" is its
// town.
func (f *finder) stopVenueTown(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	if w := toks[i].w; w != "stop" && w != "stopover" && w != "visit" || i+2 >= len(toks) {
		return nil
	}
	k := i + 1
	if toks[k].w == "at" {
		for k++; k < len(toks) && k <= i+7 && !toks[k].punct && toks[k].w != "in"; k++ {
		}
		if k >= len(toks) || toks[k].w != "in" {
			return nil
		}
		if p, ok := f.placeAt(sc, k+1); ok {
			return []places.Match{p}
		}
	} else if toks[k].w != "in" {
		return nil
	}
	t, word, ok := f.townWord(sc, k+1, ".'’")
	if !ok || !hyphenTownOK(word) {
		return nil
	}
	if n := k + 2; n < len(toks) && !toks[n].punct {
		if toks[n].w == "on" {
			n++
		}
		if _, timed := f.timeAfter(n - 1); !timed {
			return nil
		}
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return nil
	}
	return []places.Match{{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}}
}

// capitalAppos reads "the capital, Juba," at token k (determiners
// skipped) as the city named in apposition: "arrived in the capital,
// Nairobi, on Tuesday".
func (f *finder) capitalAppos(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if k+2 >= len(toks) || toks[k].w != "capital" || toks[k+1].w != "," || k == 0 || toks[k-1].w != "the" {
		return places.Match{}, false
	}
	p, ok := f.placeStartAt(sc, k+2)
	if !ok || p.Place.Kind == places.Country {
		return places.Match{}, false
	}
	return p, true
}

// goneVerb is a past participle of going somewhere: "where she had gone
// last Friday".
func goneVerb(w string) bool {
	switch w {
	case "gone", "travelled", "traveled", "flown", "driven":
		return true
	}
	return false
}

// whereGone makes a past leg of a relative clause that sends its subject
// to the place before ", where": "was jeered by farmers in Limoges, where
// she had gone last Friday to open a fair". The clause's own time dates
// it; a clause with no time or no person is left alone.
func (f *finder) whereGone(sc *sentCtx) {
	toks := f.toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].w != "where" || toks[k-1].w != "," {
			continue
		}
		var who = -1
		n := k + 1
		for _, m := range sc.persons {
			if m.Start == toks[n].start {
				who = m.Person
				for n < len(toks) && toks[n].end <= m.End {
					n++
				}
				break
			}
		}
		if who < 0 || n+1 >= len(toks) {
			continue
		}
		if toks[n].w == "had" || toks[n].w == "has" {
			n++
		}
		if !goneVerb(toks[n].w) || toks[n-1].w != "had" && toks[n-1].w != "has" {
			continue
		}
		p, ok := f.whereAntecedent(sc, n)
		if !ok || f.legAt(sc.index, who, p.Place.Name) {
			continue
		}
		var when newsbot.Timex
		found := false
		for _, tx := range f.timexesFrom(toks[n].end) {
			if tx.End > sc.sp.End {
				break
			}
			if tk := sort.Search(len(toks), func(j int) bool { return toks[j].start >= tx.Start }); tk <= n+2 {
				when, found = tx, true
			}
			break
		}
		if !found {
			continue
		}
		c, _ := cueOf("went")
		before := len(f.legs)
		f.addLeg(sc, n, c, who, []places.Match{p})
		for j := before; j < len(f.legs); j++ {
			l := &f.legs[j]
			l.Date, l.WhenText = dateValue(when.Value), f.whenText(when)
			l.tense = newsbot.StatusDone
		}
	}
}

// townPrefix is a first word that makes a two-word place name: "São
// Jorge", "Puerto Ayora", "Saint Helier", "Île Royale".
func townPrefix(w string) bool {
	switch w {
	case "São", "Sao", "San", "Santa", "Santo", "Saint", "Sainte", "Porto", "Puerto", "Ponta", "Ilha", "Isla", "Île", "Ile", "Ciudad", "Vila", "Villa":
		return true
	}
	return false
}

// prefixedTown reads a two-word place the gazetteer lacks at token k
// after "in" or "to": a place prefix and one capitalised word, ending
// there ("flew to São Jorge to inspect"). The country is the sentence's
// one country, or the dateline's, or unknown.
func (f *finder) prefixedTown(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if k+1 >= len(toks) || k == 0 || !townPrefix(f.text[toks[k].start:toks[k].end]) {
		return places.Match{}, false
	}
	second := toks[k+1]
	word := f.text[second.start:second.end]
	if second.punct || len(word) < 3 || !isCapitalised(word) || strings.ContainsAny(word, ".'’") || !hyphenTownOK(word) ||
		notTowns[strings.ToLower(word)] { // a "person" named São Jorge is the place: no one is called São
		return places.Match{}, false
	}
	if k+2 < len(toks) && !toks[k+2].punct && isCapitalised(f.text[toks[k+2].start:toks[k+2].end]) {
		return places.Match{}, false // "San Miguel de Allende", "Santa Cruz Island": a longer name
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return places.Match{}, false
	}
	return places.Match{Start: toks[k].start, End: second.end, Place: places.Place{Name: f.text[toks[k].start:second.end], Country: country, Kind: places.City}}, true
}

// shareholderMeetings are the gatherings a holder votes at, in person or
// by proxy: voting there tells of no journey.
var shareholderMeetings = []string{
	"shareholders' meeting", "shareholders’ meeting", "shareholder meeting", "shareholders meeting",
	"general meeting", "annual meeting", "stockholders' meeting", "stockholders’ meeting", "stockholder meeting",
}

// dropHolderVotes removes the legs placed by a shareholder meeting the
// traveller votes at: "said it would vote against the deal at the
// extraordinary shareholders' meeting scheduled for Dec. 14 in
// Amsterdam" is a fund's vote, no trip to Amsterdam.
func (f *finder) dropHolderVotes() {
	f.legs = slices.DeleteFunc(f.legs, func(l leg) bool {
		if l.placePos <= l.Start || l.placePos > len(f.text) {
			return false
		}
		clause := f.text[max(l.Start, l.placePos-160):l.placePos]
		v := strings.LastIndex(clause, "vote")
		if v < 0 {
			return false
		}
		for _, m := range shareholderMeetings {
			if j := strings.LastIndex(clause, m); j > v {
				return true
			}
		}
		return false
	})
}

// dayAfterAppositive dates a leg by the time right after an aside that
// places its stop: "travel to Osijek, in the eastern region of Slavonia,
// on Sunday" is Sunday even when another day came just before the verb
// ("address supporters in Rijeka on Saturday and travel to ...").
func (f *finder) dayAfterAppositive(l *leg, placeEnd int) {
	toks := f.toks
	k := sort.Search(len(toks), func(j int) bool { return toks[j].start >= placeEnd })
	if k+3 >= len(toks) || toks[k].w != "," {
		return
	}
	switch toks[k+1].w {
	case "in", "near", "on", "a", "an", "the":
	default:
		return
	}
	for n := k + 2; n < len(toks) && n <= k+10; n++ {
		if toks[n].w != "," {
			if toks[n].punct {
				return
			}
			continue
		}
		next := n + 1
		if next < len(toks) && toks[next].w == "on" {
			next++
		}
		if next >= len(toks) {
			return
		}
		if txs := f.timexesFrom(toks[n+1].start); len(txs) > 0 && txs[0].Start <= toks[next].start && isDay(dateValue(txs[0].Value)) {
			l.Date, l.WhenText = dateValue(txs[0].Value), f.whenText(txs[0])
		}
		return
	}
}

// apposNoun is the head of an aside that says the word before it is a
// town: "Yei, a town near the border", "Rodez, the prefecture of Aveyron".
func apposNoun(w string) bool {
	switch w {
	case "town", "city", "village", "port", "prefecture", "capital", "seat", "hamlet", "municipality":
		return true
	}
	return false
}

// apposTown reads a town the gazetteer lacks at token k when an aside
// right after it names its kind: "will spend Saturday in Yei, a town in
// the south", "will begin in Rodez, the prefecture of Aveyron". The aside
// is what makes even a three-letter word a town; its country is the
// dateline's (a country named in the aside may be a neighbour: "near the
// border with Uganda"), or unknown.
func (f *finder) apposTown(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if k == 0 || k+3 >= len(toks) || toks[k+1].w != "," || toks[k].punct {
		return places.Match{}, false
	}
	if d := toks[k+2].w; d != "a" && d != "the" && d != "an" {
		return places.Match{}, false
	}
	found := false
	for n := k + 3; n < len(toks) && n <= k+5 && !toks[n].punct; n++ {
		if apposNoun(toks[n].w) {
			found = true
			break
		}
	}
	if !found {
		return places.Match{}, false
	}
	t := toks[k]
	word := f.text[t.start:t.end]
	if len(word) < 3 || !isCapitalised(word) || strings.ContainsAny(word, ".'’") || !hyphenTownOK(word) ||
		notTowns[strings.ToLower(word)] || overlapsPerson(sc.persons, t.start, t.end) {
		return places.Match{}, false
	}
	if _, ok := places.Demonym(word); ok {
		return places.Match{}, false
	}
	country := ""
	if f.dlOK {
		country = f.dl.Country
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}, true
}

// beginIn makes the first stop of a tour told with "begin" or "start" and
// no object: "The minister will begin in Rodez, ..., where she is due to
// meet farmers on Wednesday afternoon". The subject right before the
// verb (its auxiliaries aside) travels; the first day after the place in
// the sentence dates the stop.
func (f *finder) beginIn(sc *sentCtx) {
	toks := f.toks
	for i := 1; i+2 < len(toks); i++ {
		switch toks[i].w {
		case "begin", "begins", "began", "start", "starts", "started":
		default:
			continue
		}
		if toks[i+1].w != "in" {
			continue
		}
		s := i - 1
		for s > 0 && (toks[s].w == "will" || toks[s].w == "would" || toks[s].w == "to" || toks[s].w == "due" || toks[s].w == "is" || toks[s].w == "was") {
			s--
		}
		who := -1
		for _, m := range sc.persons {
			if m.End == toks[s].end {
				who = m.Person
			}
		}
		if who < 0 {
			continue
		}
		p, ok := f.placeAt(sc, i+2)
		if !ok {
			if p, ok = f.apposTown(sc, i+2); !ok {
				continue
			}
		}
		if p.Place.Kind == places.Country || f.legAt(sc.index, who, p.Place.Name) {
			continue
		}
		c, ok := cueOf("visit")
		if !ok {
			return
		}
		before := len(f.legs)
		f.addLeg(sc, i, c, who, []places.Match{p})
		for _, tx := range f.timexesFrom(p.End) {
			if tx.End > sc.sp.End {
				break
			}
			if v := dateValue(tx.Value); isDay(v) {
				for j := before; j < len(f.legs); j++ {
					f.legs[j].Date, f.legs[j].WhenText = v, f.whenText(tx)
				}
				break
			}
		}
	}
}

// crossInto makes the leg of "crosses into COUNTRY": a border crossing is
// a journey only with "into" ("crossed to the striker" is a pass). A
// purpose clause that names a city of that country ("crosses into Uganda
// to lead a service at a cathedral in Gulu") gives the stop itself.
func (f *finder) crossInto(sc *sentCtx, i int, c cue) {
	toks := f.toks
	if i+2 >= len(toks) || toks[i+1].w != "into" {
		return
	}
	p, ok := f.placeAt(sc, i+2)
	if !ok {
		return
	}
	if p.Place.Kind == places.Country {
		k := sort.Search(len(toks), func(j int) bool { return toks[j].start >= p.End })
		for k < len(toks) && (toks[k].w == "on" || f.inTimex(toks[k])) {
			k++ // "crosses into Uganda on Sunday to ..."
		}
		if k+1 < len(toks) && toks[k].w == "to" {
			for n := k + 2; n+1 < len(toks) && n <= k+10 && !toks[n].punct; n++ {
				if toks[n].w != "in" {
					continue
				}
				if q, ok := f.placeAt(sc, n+1); ok && q.Place.Country == p.Place.Country && q.Place.Kind != places.Country {
					p = q
				}
				break
			}
		}
	}
	f.addLegs(sc, i, c, []places.Match{p})
}

// invitedMonth reads "accepted an invitation to visit Oslo in May": the
// visit is still to come, so it is scheduled, and a month named without
// a year that has already passed this year is next year's.
func (f *finder) invitedMonth(l *leg, i int) {
	if i < 2 || f.toks[i-1].w != "to" || f.toks[i-2].w != "invitation" && f.toks[i-2].w != "invitations" {
		return
	}
	l.tense = newsbot.StatusScheduled
	if len(l.Date) != 7 || f.published.IsZero() || strings.ContainsAny(l.WhenText, "0123456789") {
		return
	}
	if pub := f.published.Format("2006-01"); l.Date < pub {
		if y, err := strconv.Atoi(l.Date[:4]); err == nil {
			l.Date = strconv.Itoa(y+1) + l.Date[4:]
		}
	}
}

// ordinalDays dates an undated leg by a bare day of the month right after
// its place, which the tagger leaves alone: "plan to meet in Quito on the
// 9th". A stop to come is on the next such day after publication, a
// stop told as done on the last one before it.
func (f *finder) ordinalDays() {
	if f.published.IsZero() {
		return
	}
	for j := range f.legs {
		l := &f.legs[j]
		if l.Date != "" || l.After != "" || l.placePos < 0 || l.placePos >= len(f.text) || !strings.HasPrefix(f.text[l.placePos:], l.Place) {
			continue
		}
		rest := f.text[l.placePos+len(l.Place):]
		if !strings.HasPrefix(rest, " on the ") {
			continue
		}
		rest = rest[len(" on the "):]
		n := 0
		for n < len(rest) && n < 2 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || len(rest) < n+2 {
			continue
		}
		if suf := rest[n : n+2]; suf != "th" && suf != "st" && suf != "nd" && suf != "rd" {
			continue
		}
		if len(rest) > n+2 && (rest[n+2] >= 'a' && rest[n+2] <= 'z' || rest[n+2] >= 'A' && rest[n+2] <= 'Z') {
			continue // "on the 9th floor"
		}
		day, _ := strconv.Atoi(rest[:n])
		if day < 1 || day > 31 {
			continue
		}
		if after := rest[n+2:]; strings.HasPrefix(after, " ") {
			w, _, _ := strings.Cut(after[1:], " ")
			w = strings.TrimRight(w, ".,;:")
			if w != "" && w[0] >= 'a' && w[0] <= 'z' && !dayFollower(w) {
				continue // "on the 9th floor", "on the 9th of December"
			}
		}
		pub := f.published
		y, m, d := pub.Date()
		switch {
		case l.tense == newsbot.StatusDone:
			if day > d {
				m--
			}
		case day <= d:
			m++
		}
		t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			continue // no 31st in that month
		}
		l.Date, l.WhenText = t.Format("2006-01-02"), "on the "+rest[:n+2]
	}
}

// dayFollower is a word that may follow a bare day: "on the 9th and
// 10th", "on the 9th to sign".
func dayFollower(w string) bool {
	switch w {
	case "and", "to", "when", "for", "with", "at", "in", "before", "after", "where", "alongside", "as", "or":
		return true
	}
	return false
}

// backThere makes the return of "he is due back there in the second week
// of December": "there" is the traveller's stop told just before (in this
// sentence or the one before it), and the time after it dates the
// return, which is still to come.
func (f *finder) backThere(sc *sentCtx) {
	toks := f.toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].w != "back" || toks[i+1].w != "there" {
			continue
		}
		s := i - 1
		for s > 0 && (toks[s].w == "due" || toks[s].w == "is" || toks[s].w == "will" || toks[s].w == "be" || toks[s].w == "expected" || toks[s].w == "to") {
			s--
		}
		if s == i-1 || toks[s].w != "he" && toks[s].w != "she" && toks[s].w != "He" && toks[s].w != "She" && sc.persons == nil {
			continue // a future verb is needed: "was back there" is no plan
		}
		who := -1
		for _, m := range sc.persons {
			if m.End == toks[s].end {
				who = m.Person
			}
		}
		if who < 0 {
			continue
		}
		last := -1
		for j := range f.legs {
			if l := f.legs[j]; l.person == who && l.sentence >= sc.index-1 && l.placePos < toks[i].start && !l.home && (last < 0 || l.placePos > f.legs[last].placePos) {
				last = j
			}
		}
		if last < 0 {
			continue
		}
		var when newsbot.Timex
		found := false
		for _, tx := range f.timexesFrom(toks[i+1].end) {
			if between := f.text[toks[i+1].end:tx.Start]; tx.End <= sc.sp.End && len(between) <= 32 && !strings.ContainsAny(between, ",;") {
				when, found = tx, true
			}
			break
		}
		if !found {
			continue
		}
		prev := f.legs[last]
		l := leg{person: who, sentence: sc.index, kind: prev.kind, cuePos: toks[i].start, placePos: toks[i+1].start}
		l.Traveler, l.Place, l.Country = prev.Traveler, prev.Place, prev.Country
		l.Evidence, l.Start, l.End = sc.sp.Text, sc.sp.Start, sc.sp.End
		l.tense = newsbot.StatusScheduled
		l.Date, l.WhenText = dateValue(when.Value), f.whenText(when)
		f.legs = append(f.legs, l)
	}
}

// clauseRules runs the rules of this file that need a clause shape
// ("..., where she had gone", "will begin in", "back there"), after one
// look at the tokens; it reports "back there", whose rule must wait for
// the sentence's own legs.
func (f *finder) clauseRules(sc *sentCtx) (back bool) {
	toks := f.toks
	where, begin := false, false
	for k := 1; k < len(toks); k++ {
		switch w := toks[k].w; len(w) {
		case 2:
			if w == "in" && !begin {
				switch toks[k-1].w {
				case "begin", "begins", "began", "start", "starts", "started":
					begin = true
				}
			}
		case 5:
			if w == "where" && toks[k-1].w == "," {
				where = true
			} else if w == "there" && toks[k-1].w == "back" {
				back = true
			}
		}
	}
	if where {
		f.whereGone(sc)
	}
	if begin {
		f.beginIn(sc)
	}
	return back
}
