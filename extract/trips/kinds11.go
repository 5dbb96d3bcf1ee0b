package trips

import (
	"sort"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"

	"github.com/newsroom/newsbot/extract/places"
)

// kindNoun is a kind of place that a name may follow at once, "the
// Chadian capital N'Djamena", "the commercial capital, Blantyre".
func kindNoun(w string) bool {
	switch w {
	case "capital", "city", "town", "port", "village", "resort":
		return true
	}
	return false
}

// kindBeforeName reads the place named right after a definite kind of
// place at token k (the determiners before k already skipped): "the
// Chadian capital N'Djamena", "the commercial capital Blantyre", "the
// port city, Mombasa". Up to two modifiers may stand before the kind;
// a nationality among them must be the place's ("the Kenyan capital
// Kampala" is no reading of either). A country after the kind ("the
// capital Ireland's ...") is no name of it.
func (f *finder) kindBeforeName(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	// The kind first: placeAt asks at every word a place may start.
	j := k
	for ; j < len(toks) && j <= k+2; j++ {
		if w := toks[j].w; len(w) >= 4 && len(w) <= 7 && kindNoun(w) {
			break
		}
		if toks[j].punct {
			return places.Match{}, false
		}
	}
	if k == 0 || j > k+2 || j+1 >= len(toks) {
		return places.Match{}, false
	}
	the := false
	for b := k - 1; b >= 0 && b >= k-3 && inSet(determinersSet, toks[b].w); b-- {
		if toks[b].w == "the" {
			the = true
			break
		}
	}
	if !the {
		return places.Match{}, false
	}
	country := ""
	for n := k; n < j; n++ {
		if word := f.text[toks[n].start:toks[n].end]; isCapitalised(word) {
			c, ok := places.Demonym(word)
			if !ok {
				return places.Match{}, false // "the Rift Valley town of": a name, placed elsewhere
			}
			country = c
		}
	}
	n := j + 1
	if toks[n].w == "," && n+1 < len(toks) {
		n++
	}
	p, ok := f.placeStartAt(sc, n)
	if !ok || p.Place.Kind == places.Country || country != "" && p.Place.Country != country {
		return places.Match{}, false
	}
	return p, true
}

// stopWords let a sentence through the quick filter to campaignStop:
// campaigning or an address to an audience, told with no cue word.
// "report", "series" are too common to let through on their own: they
// are read in sentences another word lets in.
var stopWords = []string{
	"campaign", "campaigns", "campaigning", "campaigned", "canvass", "canvasses", "canvassing", "canvassed",
	"address", "addressed", "addressing", "brief", "briefs", "briefed",
}

// campaignStop reports, over the sentence's tokens, a campaign verb
// before its place ("will campaign in Meru", "will end their campaigns
// in Nairobi"), an address, report or briefing to an audience, a
// gathering or a body before "in" or "at" ("address supporters in Homa
// Bay", "will report to the Security Council in New York"), or a series
// that moves on ("The series then moves to Wellington"): closingLegs,
// appearance and seriesMoves then read the stop. It runs on every
// sentence the quick filter lets through, so a word is looked at only
// when its length and first letter may fit.
func (f *finder) campaignStop() bool {
	toks := f.toks
	for i := 1; i+2 < len(toks); i++ {
		w := toks[i].w
		if len(w) < 5 || len(w) > 11 {
			continue
		}
		switch w[0] {
		case 'c':
			if _, ok := campaignVerb(w); !ok {
				continue
			}
			if toks[i+1].w == "in" || toks[i+1].w == "at" {
				return true // "will campaign in Meru"
			}
			if i >= 3 && (w == "campaign" || w == "campaigns") && inSet(determinersSet, toks[i-1].w) {
				if _, ok := closingVerb(toks[i-2].w); ok {
					return true // "end their campaigns in", "closed her campaign at"
				}
			}
		case 's':
			if w == "series" && f.seriesAt() >= 0 {
				return true // "The series then moves to Wellington"
			}
		case 'a', 'r', 'b':
			switch w {
			case "address", "addressed", "addressing", "brief", "briefs", "briefed", "briefing":
			case "report", "reports", "reporting":
				if toks[i+1].w != "to" {
					continue
				}
			default:
				continue
			}
			for k := i + 1; k+1 < len(toks) && k <= i+6 && !toks[k].punct; k++ {
				if w := strings.ToLower(toks[k].w); (inSet(audienceNounsSet, w) || isEventNoun(w) || bodyNoun(w)) && (toks[k+1].w == "in" || toks[k+1].w == "at") {
					return true
				}
			}
		}
	}
	return false
}

// foreignReturn reports a return to a place outside the traveller's own
// country, where the country is known: "the Kenyan minister will return
// to Kigali next week" is another visit, not going home.
func (f *finder) foreignReturn(l leg) bool {
	if l.Country == "" || l.team {
		return false
	}
	pc := f.personCountry(l.person)
	return pc != "" && pc != l.Country
}

// bodyNoun is the head of a body one reports to, briefs or addresses:
// "the UN Security Council", "the African Union", "the European
// Commission".
func bodyNoun(w string) bool {
	switch w {
	case "council", "union", "commission", "assembly", "parliament", "congress", "senate", "committee", "board", "cabinet":
		return true
	}
	return false
}

// weekdayAfterNext moves a bare weekday of a planned leg to the week of
// the "next WEEKDAY" leg told just before it in the same paragraph: "is
// due in Brussels next Tuesday ... He will also meet partners in
// Amsterdam on Wednesday" is the day after, not this week's Wednesday,
// which would come before the first stop. Only a move of one week that
// lands within six days after the first stop is made.
func (f *finder) weekdayAfterNext(legs []leg) {
	for i := range legs {
		l := &legs[i]
		if l.tense != newsbot.StatusScheduled || !isDay(l.Date) || !bareWeekday(l.WhenText) {
			continue
		}
		d, err := time.Parse("2006-01-02", l.Date)
		if err != nil {
			continue
		}
		for _, p := range legs {
			if p.person != l.person || p.team != l.team || p.Traveler != l.Traveler || p.sentence > l.sentence || p.sentence < l.sentence-1 ||
				p.cuePos >= l.cuePos || !isDay(p.Date) || !strings.HasPrefix(strings.ToLower(p.WhenText), "next ") || !bareWeekday(p.WhenText[5:]) {
				continue
			}
			pd, err := time.Parse("2006-01-02", p.Date)
			if err != nil || !d.Before(pd) || strings.Contains(f.text[p.cuePos:l.cuePos], "\n\n") {
				continue
			}
			if n := d.AddDate(0, 0, 7); n.After(pd) && n.Sub(pd) < 7*24*time.Hour {
				l.Date = n.Format("2006-01-02")
			}
			break
		}
	}
}

// seriesVerb is a verb by which a sporting series or tour goes on
// somewhere else: "the series then moves to Wellington".
func seriesVerb(w string) (tense, bool) {
	switch w {
	case "moves", "shifts", "switches", "heads", "goes":
		return tenseBase, true
	case "move", "shift", "switch", "head", "go":
		return tenseBase, true // "will move to"
	}
	return tenseNone, false
}

// seriesAt is the token of the verb when "the series" goes on to a place
// in the sentence, "The series then moves to Wellington", or -1.
func (f *finder) seriesAt() int {
	toks := f.toks
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].w != "series" || strings.ToLower(toks[i-1].w) != "the" {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+3 && (toks[j].w == "then" || toks[j].w == "now" || toks[j].w == "will" || toks[j].w == "later" || toks[j].w == "also") {
			j++
		}
		if j+2 >= len(toks) || toks[j+1].w != "to" {
			continue
		}
		if _, ok := seriesVerb(toks[j].w); ok {
			return j
		}
	}
	return -1
}

// seriesMoves makes the stop of the story's team where its series goes
// on: "Sri Lanka's squad arrived in Auckland ... The series then moves to
// Wellington for the second match next Wednesday". The team is the one
// that travelled in the three sentences before, else the team the story
// follows; with none, no leg.
func (f *finder) seriesMoves(sc *sentCtx) {
	j := f.seriesAt()
	if j < 0 {
		return
	}
	p, ok := f.placeAt(sc, j+2)
	if !ok {
		return
	}
	name, ok := f.recentTeam(sc)
	if !ok {
		name, ok = f.teamNamedBefore(sc)
	}
	if !ok {
		return
	}
	ct, _ := seriesVerb(f.toks[j].w)
	before := len(f.legs)
	f.addLeg(sc, j, cue{cueTravel, ct, "visit"}, -1, []places.Match{p})
	for k := before; k < len(f.legs); k++ {
		f.legs[k].Traveler, f.legs[k].team = name, true
	}
}

// fixtureCity is the city of the country d where the match or gathering
// the journey is for takes place: "flies to St Kitts for the decider in
// Basseterre on December 12", "travels to Italy for the final in Rome".
// The city tells the stop better, and its day is the stop's.
func (f *finder) fixtureCity(sc *sentCtx, d places.Match) (places.Match, bool) {
	toks := f.toks
	k := sort.Search(len(toks), func(n int) bool { return toks[n].start >= d.End })
	if k+3 >= len(toks) || toks[k].w != "for" {
		return places.Match{}, false
	}
	for n := k + 1; n < len(toks) && n <= k+5 && !toks[n].punct; n++ {
		w := strings.ToLower(toks[n].w)
		if !fixtureNouns[w] && !isEventNoun(w) {
			continue
		}
		if n+2 >= len(toks) || toks[n+1].w != "in" {
			return places.Match{}, false
		}
		q, ok := f.placeStartAt(sc, n+2)
		if !ok || q.Place.Kind != places.City || q.Place.Country != d.Place.Country {
			return places.Match{}, false
		}
		return q, true
	}
	return places.Match{}, false
}

// thereVerb reports a journey verb that "there" may follow as its
// destination: "said he would travel there", "will fly there on Monday".
func thereVerb(w string) bool {
	switch w {
	case "travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying",
		"go", "goes", "went", "going", "head", "heads", "headed", "heading":
		return true
	}
	return false
}

// thereLegs makes the stop of a journey "there" when the sentence before
// names one place and the sentence holds none before the cue at token i:
// "Talks are scheduled for Friday in Glasgow. Ms Reid said she would
// travel there." With no day of its own, the stop takes the one day the
// sentence before tells. Two places before, or none, make no leg.
func (f *finder) thereLegs(sc *sentCtx, i int, c cue) bool {
	toks := f.toks
	if i+1 >= len(toks) || toks[i+1].w != "there" || !thereVerb(toks[i].w) || sc.index == 0 {
		return false
	}
	for _, p := range f.placesOf(sc) {
		if p.Start < toks[i].start {
			return false // "in Oslo ... will travel there": the sentence's own place, left to the rules that read it
		}
	}
	prev := f.sents[sc.index-1]
	var ante places.Match
	for _, p := range places.Find(prev.Text) {
		if overlapsPerson(f.cast.Mentions, prev.Start+p.Start, prev.Start+p.End) {
			continue
		}
		if ante.Place.Name != "" && ante.Place.Name != p.Place.Name {
			return false // two places: which one?
		}
		ante = p
	}
	if ante.Place.Name == "" {
		return false
	}
	var day newsbot.Timex
	days := 0
	for _, tx := range f.timexes {
		if tx.Start >= prev.Start && tx.End <= prev.End && isDate(tx.Value) {
			day, days = tx, days+1
		}
	}
	m := places.Match{Start: toks[i+1].start, End: toks[i+1].end, Place: ante.Place}
	before := len(f.legs)
	f.addLegs(sc, i, c, []places.Match{m})
	if days != 1 {
		return true
	}
	for j := before; j < len(f.legs); j++ {
		if l := &f.legs[j]; l.Date == "" {
			l.Date, l.WhenText = dateValue(day.Value), f.whenText(day)
		}
	}
	return true
}

// namedTown reports a word the story calls a town elsewhere, "the tiny
// Central Highlands town of Bothwell": the people finder's bare-word
// "person" (a group named after it, "Save Bothwell") is still a town
// after "visit".
func (f *finder) namedTown(word string) bool {
	s := f.text
	for {
		k := strings.Index(s, word)
		if k < 0 {
			return false
		}
		before := strings.TrimSuffix(s[:k], "of ")
		if len(before) < k {
			before = strings.TrimRight(before, " ")
			if sp := strings.LastIndexByte(before, ' '); townNoun(before[sp+1:]) {
				return true // "the town of Bothwell"
			}
		}
		s = s[k+len(word):]
	}
}

// openingNameAside is the person named at the very start of the sentence
// when a comma follows the name at once and the comma at token k closes
// the asides after it ("President Otieno Mwangi, 61, seeking a second
// term for the Unity Party (UP), held a rally"): the asides hold no
// clause of their own (no relative, no speech verb, no other person), so
// the name is the subject of the verb after k. -1 otherwise.
func (f *finder) openingNameAside(sc *sentCtx, k int) int {
	toks := f.toks
	if len(sc.persons) == 0 || k > 30 || k >= len(toks) {
		return -1
	}
	// The name opens the sentence, or follows a description that does
	// ("His main challenger, former governor Grace Nyirenda, 54, ...").
	mi := -1
	for j, m := range sc.persons {
		if m.Kind == people.Pronoun && m.Start != toks[0].start || m.Start >= toks[k].start {
			break
		}
		if m.Kind == people.Pronoun || m.Kind == people.Description {
			continue
		}
		b := sort.Search(len(toks), func(n int) bool { return toks[n].start >= m.Start })
		c := b - 1 // the comma after the description: "former central bank governor Grace Nyirenda"
		for c > 0 && c >= b-4 && !toks[c].punct && !isCapitalised(f.text[toks[c].start:toks[c].end]) {
			c--
		}
		if m.Start == toks[0].start || m.Start == f.storyStart || c > 0 && c <= 6 && toks[c].w == "," && f.descriptionOpener(c) {
			mi = j
		}
		break
	}
	if mi < 0 {
		return -1
	}
	m := sc.persons[mi]
	n := sort.Search(len(toks), func(n int) bool { return toks[n].start >= m.End })
	if n >= k || toks[n].w != "," {
		return -1
	}
	for j := n + 1; j < k; j++ {
		if w := toks[j].w; inSet(breakersSet, w) || inSet(speechVerbsSet, w) || w == ";" || w == "—" {
			return -1
		}
	}
	for _, o := range sc.persons[mi+1:] {
		if o.Start < toks[k].start && o.Person != m.Person {
			return -1
		}
	}
	return m.Person
}

// descriptionOpener reports that the tokens before the comma at token c
// are a short description opening the sentence ("His main challenger",
// "The party's candidate"): words only, no verb the rules know, no
// clause.
func (f *finder) descriptionOpener(c int) bool {
	for j := 0; j < c; j++ {
		w := f.toks[j].w
		if f.toks[j].punct || inSet(breakersSet, w) || inSet(speechVerbsSet, w) || inSet(pastWordsSet, w) || inSet(presentWordsSet, w) || inSet(futureWordsSet, w) || f.toks[j].ci != 0 {
			return false
		}
	}
	return true
}
