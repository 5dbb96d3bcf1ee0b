package trips

import (
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
)

// finish places the meetings, merges legs that say the same thing, sets
// statuses and order bounds, and renders the legs.
func (f *finder) finish() []newsbot.Trip {
	// A delegation whose head was never named has no traveller.
	legs := f.legs[:0]
	for _, l := range f.legs {
		if (l.person >= 0 || l.team) && !l.invite {
			legs = append(legs, l)
		}
	}
	f.titleReferents(legs)
	f.datelineCity(legs)
	f.leadDayMeetings(legs)
	for i := range legs {
		if legs[i].inherit {
			f.inheritPlace(legs, i)
		}
	}
	f.standInDays(legs)
	f.deniedDays(legs)
	pub := ""
	if !f.published.IsZero() && len(legs) > 0 { // read only leg by leg below
		pub = f.publishedDay()
	}
	legs = dropEnded(legs)
	f.revisits(legs)
	callingOffDay(legs, pub)
	f.weekdayAfterNext(legs)
	legs = mergeLegs(legs, pub)
	for i := range legs {
		f.settle(&legs[i])
	}
	tv := byTraveller(legs)
	setAfter(legs, tv)
	out := make([]newsbot.Trip, 0, len(legs))
	dp, datelined := f.dl, f.dlOK
	for i, l := range legs {
		if l.Place == "" {
			continue
		}
		if l.home && (abroad(legs, tv.of(i), l) || f.bareReturn(legs, tv.of(i), l)) && !f.backToStop(legs, tv.of(i), l) && !f.foreignReturn(l) {
			continue // "returning to Washington" after Tokyo and Guam: going home
		}
		if notAPerson(l.Traveler) || !l.team && orgLike(l.Traveler) || !l.team && (f.workTitle(l.person) || f.genderClash(l)) {
			continue // "the Jose M Cagigal Memorial meeting in Madrid", "the Crown Dependency"
		}
		if slices.ContainsFunc(l.Counterparts, orgLike) {
			// "to meet the Crown Dependency's representatives": a body
			// the people finder took for a person is nobody met.
			l.Counterparts = slices.DeleteFunc(slices.Clone(l.Counterparts), orgLike)
		}
		if l.leftFrom && l.Country != "" && f.personCountry(l.person) == l.Country {
			continue // "left Suva for Canberra": home
		}
		if l.presence && f.spokesperson(l.person) {
			continue // "ministry spokesman Vikram Rao told reporters in New Delhi": a briefing, not a trip
		}
		if (l.presence || l.home) && l.Country != "" {
			pc := f.personCountry(l.person)
			if pc == l.Country {
				continue // speaking at home ("told reporters in Ottawa"), going home, is no trip
			}
			if l.presence && pc == "" && wentHome(legs, tv.of(i), l) {
				continue // "who was back in London on Wednesday, told reporters in Westminster"
			}
			if l.presence && pc == "" && datelined && dp.Country == l.Country && (l.kind != places.City || l.Place == dp.Name && l.speech) {
				// "a spokesman told reporters in Berlin" under a BERLIN
				// dateline: a local voice, not a visitor; "was in San
				// Diego" under SEATTLE is a stop.
				continue
			}
		}
		if f.published.IsZero() {
			// No publication date: a day read off a weekday or a month
			// with no year was resolved against year one ("0000-12-29"
			// for "on Friday evening"), which is no date at all.
			l.Date, l.After = noAnchorDate(l.Date), noAnchorDate(l.After)
		}
		l.What = what(l.acts)
		out = append(out, l.Trip)
	}
	return out
}

// callingOffDay undates a called-off plan dated the day of the telling
// when the plan's own later day is told too: "called off a planned trip
// to Washington on Wednesday ... had been scheduled to arrive in
// Washington on Thursday": Wednesday is when it was called off.
func callingOffDay(legs []leg, pub string) {
	if pub == "" {
		return
	}
	for i := range legs {
		l := &legs[i]
		if l.tense != newsbot.StatusCancelled || l.Date != pub {
			continue
		}
		for _, c := range legs {
			if c.person == l.person && c.Place == l.Place && c.tense == newsbot.StatusCancelled && c.Date != "" && after(c.Date, pub) {
				l.Date, l.WhenText = "", ""
				break
			}
		}
	}
}

// dropEnded drops the day a stay was cut short or ended when the stay
// itself is told on an earlier day in that country: "had arrived in Jeddah
// on Monday ... cut short his visit to Saudi Arabia on Tuesday".
func dropEnded(legs []leg) []leg {
	out := legs[:0]
	for i, l := range legs {
		keep := true
		if l.ended && l.Date != "" {
			for j, c := range legs {
				if j != i && !c.ended && c.person == l.person && c.Country == l.Country && c.Date != "" && after(l.Date, c.Date) {
					keep = false
					break
				}
			}
		}
		if keep {
			out = append(out, l)
		}
	}
	return out
}

// standInDays dates the undated leg of a stand-in ("will attend ... in
// his place", "will be represented in Brussels by Peter Szabo") with the
// day of the plan called off or denied in that country, as first told.
func (f *finder) standInDays(legs []leg) {
	for i := range legs {
		l := &legs[i]
		if l.Date != "" || l.Place == "" || !standIn(l.Evidence) {
			continue
		}
		for _, plans := range [][]leg{legs, f.denied} {
			for _, c := range plans {
				if c.person != l.person && c.tense == newsbot.StatusCancelled && c.Date != "" && c.Country == l.Country &&
					c.sentence <= l.sentence && l.sentence-c.sentence <= 3 {
					l.Date = c.Date
					break
				}
			}
			if l.Date != "" {
				break
			}
		}
	}
}

// standIn reports words that make the sentence s tell of someone going
// in another's place.
func standIn(s string) bool {
	for _, w := range []string{" in his place", " in her place", " on his behalf", " on her behalf", " represented in ", " represented at ", " instead"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// inheritPlace puts a meeting where its traveller is that day: at the leg
// with the latest date not after the meeting's (within ten days), or for an
// undated meeting at the traveller's latest leg within three sentences.
func (f *finder) inheritPlace(legs []leg, i int) {
	l := &legs[i]
	best := -1
	for j := range legs {
		c := legs[j]
		if j == i || c.inherit || c.person != l.person || c.Place == "" {
			continue
		}
		if c.home && c.sentence > l.sentence {
			continue // "addressed parliament on Tuesday. Lula flew back to Brasilia on Tuesday evening": not in Brasilia
		}
		if l.Date != "" {
			if c.Date == "" || after(c.Date, l.Date) || !within(c.Date, l.Date, 10) {
				continue
			}
			if best < 0 || after(c.Date, legs[best].Date) || c.Date == legs[best].Date && legs[best].kind == places.Country && c.kind != places.Country {
				best = j // the latest stop; a city before its country
			}
			continue
		}
		if c.sentence <= l.sentence && l.sentence-c.sentence <= 3 && (best < 0 || !c.prior || legs[best].prior) {
			best = j // a stop before the main clause does not take a later meeting
		}
	}
	if best < 0 && l.Date != "" {
		// "wrapped up a visit to Kenya on Saturday. He met Ruto on
		// Thursday": the stay that ended later held the meeting.
		for j := range legs {
			c := legs[j]
			if j != i && c.ended && c.person == l.person && c.Place != "" && c.Date != "" && !after(l.Date, c.Date) && within(l.Date, c.Date, 10) {
				best = j
			}
			if j != i && best < 0 && stayUnderWay(c, *l) {
				best = j // "met Wang Yi on Monday. Cassis, who is on a three-day visit to China, ..."
			}
		}
	}
	if best < 0 && l.arrival {
		// "has made a visit to Kyiv ... He arrived on Monday": the
		// undated stop told just before, made or under way.
		for j := range legs {
			c := legs[j]
			if j == i || c.inherit || c.person != l.person || c.Place == "" || c.Date != "" || c.order || c.home ||
				c.sentence > l.sentence || l.sentence-c.sentence > 2 {
				continue
			}
			best = j
		}
	}
	if best < 0 && l.arrival && f.dlOK && f.foreign(l.person, f.dl.Country) {
		// "Faisal bin Farhan landed late on Saturday" under a CAIRO
		// dateline, with no stop of his told before: the dateline's city.
		l.Place, l.Country, l.kind = f.dl.Name, f.dl.Country, f.dl.Kind
		l.inherit = false
		return
	}
	if best < 0 && l.Date != "" {
		// "is in Washington ... had breakfast with Vance on Monday": an
		// undated stay still under way holds a dated meeting.
		for j := range legs {
			c := legs[j]
			if j == i || c.inherit || c.person != l.person || c.Place == "" || c.Date != "" || c.order ||
				c.tense == newsbot.StatusDone || c.sentence > l.sentence || l.sentence-c.sentence > 3 {
				continue
			}
			best = j
		}
	}
	if best < 0 {
		return
	}
	l.Place, l.Country, l.kind = legs[best].Place, legs[best].Country, legs[best].kind
	l.inherit = false
	if l.Date == "" {
		l.Date = legs[best].Date
	}
}

// after reports whether the TIMEX3 date a starts after b starts.
func after(a, b string) bool {
	fa, _, ok1 := DayRange(a)
	fb, _, ok2 := DayRange(b)
	if !ok1 || !ok2 {
		return a > b
	}
	return fa.After(fb)
}

func within(a, b string, days int) bool {
	fa, _, ok1 := DayRange(a)
	_, tb, ok2 := DayRange(b)
	if !ok1 || !ok2 {
		return true
	}
	return tb.Sub(fa).Hours() <= float64(days*24)
}

// within2 reports whether the TIMEX3 date a lies inside the wider b.
func within2(a, b string) bool {
	if a == "" || b == "" || len(a) <= len(b) && !strings.Contains(b, "W") {
		return false
	}
	af, at, ok1 := DayRange(a)
	bf, bt, ok2 := DayRange(b)
	if ok2 && strings.Contains(b, "W") {
		// "touring the Gulf this week" holds the Sunday before: news
		// copy's week starts at the weekend, ISO's on Monday.
		bf = bf.AddDate(0, 0, -1)
	}
	return ok1 && ok2 && !af.Before(bf) && !at.After(bt) && (af.After(bf) || at.Before(bt))
}

// mergeLegs joins legs of one traveller at one place on one date (an
// undated leg joins a dated one at the same place), and folds a
// country-only leg into a leg at a city of that country.
func mergeLegs(legs []leg, pub string) []leg {
	dead := make([]bool, len(legs))
	tv := byTraveller(legs) // person and place stay as they are below
	absorb := func(into, from int) {
		a, b := &legs[into], &legs[from]
		a.Counterparts = appendNew(a.Counterparts, b.Counterparts...)
		for _, act := range b.acts {
			if !contains(a.acts, act) {
				a.acts = append(a.acts, act)
			}
		}
		if a.tense == "" || b.tense == newsbot.StatusCancelled && a.tense == newsbot.StatusScheduled {
			a.tense = b.tense // a plan called off stays called off
		}
		if a.WhenText == "" {
			a.WhenText = b.WhenText
		}
		if a.Date == "" && b.Date != "" {
			// "Gulf tour in Qatar on Saturday" dates the stop in Doha.
			a.Date, a.WhenText, a.After, a.order = b.Date, b.WhenText, b.After, b.order
		}
		a.presence = a.presence && b.presence
		a.held = a.held || b.held
		dead[from] = true
	}
	for i := range legs {
		if dead[i] || legs[i].Place == "" {
			continue
		}
		for _, j := range afterIndex(tv.of(i), i) {
			if dead[j] || legs[j].person != legs[i].person || legs[j].Place != legs[i].Place || returnApart(legs, tv.of(i), i, j) {
				continue
			}
			switch {
			case legs[i].Date == legs[j].Date:
				absorb(i, j)
			case within2(legs[j].Date, legs[i].Date):
				absorb(j, i) // "this week" holds "on Tuesday": keep the day
			case within2(legs[i].Date, legs[j].Date):
				absorb(i, j)
			case legs[j].Date == "" && !legs[j].order && !stayApart(legs[j], legs[i], pub):
				absorb(i, j)
			case legs[i].Date == "" && !legs[i].order && !stayApart(legs[i], legs[j], pub):
				absorb(j, i)
			case legs[j].Date == "" && legs[j].order && legs[i].Date != "" && agree(legs[i], legs[j]):
				// "stops in Berlin, Paris and Warsaw" then "Paris on
				// Wednesday": the later date places the stop.
				absorb(i, j)
			case legs[i].Date == "" && legs[i].order && legs[j].Date != "" && agree(legs[i], legs[j]):
				absorb(j, i)
			}
			if dead[i] {
				break
			}
		}
	}
	// Country-only legs. A city named with no date takes the first
	// country leg's day; the one city so named then holds the other days
	// in that country too ("heads to Brasilia" over "travel to Brazil on
	// Thursday ... meet Lula on Friday").
	undated := make([]bool, 0, 8)
	for j := range legs {
		undated = append(undated, !dead[j] && legs[j].kind != places.Country && legs[j].Date == "" && !legs[j].order && !legs[j].home)
	}
	for i := range legs {
		if dead[i] || legs[i].kind != places.Country {
			continue
		}
		best := -1
		for _, j := range tv.of(i) {
			if j == i || dead[j] || legs[j].person != legs[i].person || legs[j].kind == places.Country || legs[j].Country != legs[i].Country {
				continue
			}
			if legs[i].Date != "" && legs[j].Date != "" && legs[j].Date != legs[i].Date && !within2(legs[j].Date, legs[i].Date) {
				continue
			}
			if best < 0 {
				best = j
			} else if legs[j].Date == "" && !legs[j].order && !legs[j].later && legs[i].Date != "" && !isDay(legs[i].Date) && legs[j].sentence-legs[i].sentence <= 2 && legs[j].sentence >= legs[i].sentence {
				// "a trip to China planned for January ... to meet Xi in
				// Beijing and to visit Shanghai": each city in that month.
				legs[j].Date, legs[j].WhenText = legs[i].Date, legs[i].WhenText
			}
		}
		if best >= 0 {
			absorb(best, i)
			continue
		}
		if j := onlyCityAround(legs, tv.of(i), dead, i); j >= 0 {
			// "a tour next week will take in ... Vilnius" and "His visit
			// to Lithuania on Wednesday": the one city of that country in
			// the wider time is where that day is spent.
			legs[j].Date, legs[j].WhenText = legs[i].Date, legs[i].WhenText
			absorb(j, i)
			continue
		}
		if j := sameSentenceCity(legs, tv.of(i), dead, i); j >= 0 {
			// "arrived in Moscow on Monday on his second visit to Russia,
			// and was to hold talks with Putin on Tuesday": the other day
			// is in the city the sentence names.
			legs[i].Place, legs[i].kind = legs[j].Place, legs[j].kind
			continue
		}
		if legs[i].Date == "" {
			continue
		}
		only := -1
		for _, j := range tv.of(i) {
			if !undated[j] || dead[j] || legs[j].person != legs[i].person || legs[j].Country != legs[i].Country {
				continue
			}
			if only >= 0 && legs[only].Place != legs[j].Place {
				only = -2
				break
			}
			only = j
		}
		if only >= 0 {
			legs[i].Place, legs[i].kind = legs[only].Place, legs[only].kind
		}
	}
	out := legs[:0]
	for i, l := range legs {
		if !dead[i] {
			out = append(out, l)
		}
	}
	return out
}

// onlyCityAround is the one city leg of country leg i's traveller and
// country, when its date is a wider time holding leg i's day; -1 when
// there is none or more than one city. own lists the legs that may be the
// traveller's (travellers.of).
func onlyCityAround(legs []leg, own []int, dead []bool, i int) int {
	if !isDay(legs[i].Date) {
		return -1
	}
	found := -1
	for _, j := range own {
		if j == i || dead[j] || legs[j].person != legs[i].person || legs[j].kind == places.Country || legs[j].Country != legs[i].Country {
			continue
		}
		if found >= 0 || !within2(legs[i].Date, legs[j].Date) {
			return -1
		}
		found = j
	}
	return found
}

// sameSentenceCity is the one city leg of country leg i's traveller and
// country told in leg i's sentence; -1 when there is none or more than
// one city. own lists the legs that may be the traveller's (travellers.of).
func sameSentenceCity(legs []leg, own []int, dead []bool, i int) int {
	if legs[i].Date == "" {
		return -1
	}
	found := -1
	for _, j := range own {
		if j == i || dead[j] || legs[j].person != legs[i].person || legs[j].kind == places.Country || legs[j].Country != legs[i].Country || legs[j].sentence != legs[i].sentence {
			continue
		}
		if found >= 0 && legs[found].Place != legs[j].Place {
			return -1
		}
		if legs[j].placePos > legs[i].placePos || legs[j].Date == "" || after(legs[j].Date, legs[i].Date) {
			return -1 // "is on a state visit to China, where ... and will visit Shanghai on Thursday": a later stop
		}
		found = j
	}
	return found
}

// notAPerson reports a traveller's name that ends in a facility or event
// noun ("... Memorial", "... Stadium"): a name of a thing the people
// finder took for a person.
func notAPerson(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	// Folded lookups: no lower-cased copy of the name (subject asks this
	// of every candidate).
	last := name[i+1:]
	switch first := name[:strings.IndexByte(name, ' ')]; first {
	case "River", "Lake", "Loch", "Mount":
		return true // "the River Thames" taken for a name: a pronoun given to it is someone else
	}
	switch last {
	case "Award", "Awards", "Prize", "Prizes":
		return true // "Grammy Award winners U2": a prize, no traveller
	}
	if _, ok := facilityNounsSet.t.Fold(last); ok {
		return true
	}
	if _, ok := eventNounTab.t.Fold(last); ok {
		return true
	}
	return venueNoun(last) || strings.EqualFold(last, "dialogue") || regionNoun(last) // "the Shangri-La Dialogue", "the North-West Coast"
}

// abroad reports whether the traveller of the return leg r has a leg in
// another country in the article: then the return is the way home. own
// lists the legs that may be the traveller's (travellers.of).
func abroad(legs []leg, own []int, r leg) bool {
	for _, k := range own {
		if l := &legs[k]; l.person == r.person && !l.home && l.Place != "" && l.Country != "" && l.Country != r.Country {
			return true
		}
	}
	return false
}

// stayApart reports whether the undated leg u, under way ("is in
// Washington"), must not join the dated leg d of another day ("will meet
// Trump on Tuesday"): the stay now and the meeting ahead are two entries.
func stayApart(u, d leg, pub string) bool {
	return u.tense == newsbot.StatusUnderway && d.Date != "" && pub != "" && d.Date != pub && d.tense == newsbot.StatusScheduled
}

// agree reports whether two legs' words may tell of one journey: not a
// journey made and one still planned.
func agree(a, b leg) bool {
	done := func(l leg) bool { return l.tense == newsbot.StatusDone }
	plan := func(l leg) bool { return l.tense == newsbot.StatusScheduled || l.tense == newsbot.StatusCancelled }
	return !(done(a) && plan(b) || plan(a) && done(b))
}

// setAfter gives a leg known only by its order ("will later stop in
// Japan") the last date of the traveller's coming legs as lower bound.
// tv lists each leg's traveller's legs.
func setAfter(legs []leg, tv travellers) {
	for i := range legs {
		l := &legs[i]
		if l.Date != "" || !l.order || l.Status == newsbot.StatusDone {
			continue
		}
		for _, k := range tv.of(i) {
			c := &legs[k] // not l: l has no date
			if c.person != l.person || c.Date == "" || c.Status == newsbot.StatusDone || c.Status == newsbot.StatusCancelled {
				continue
			}
			if l.later && c.sentence > l.sentence {
				// "in Accra on Wednesday, before travelling to Windhoek":
				// after the sentence's day, not after the stops told next.
				continue
			}
			if l.After == "" || after(c.Date, l.After) {
				// By start day: the week of a stay ("2026-W16") does not
				// outrank its last day told ("2026-04-16").
				l.After = c.Date
			}
		}
	}
}

// what renders the activities: "lunch with Xi Jinping, then meets Premier
// Li Qiang". The generic "visit" and "tour" give way to anything more
// specific.
func what(acts []string) string {
	var specific []string
	for k, a := range acts {
		// "stop" tells the order only as the first act ("stop, then meets
		// Takaichi"); after a meeting it is noise.
		if a != "visit" && a != "tour" && (a != "stop" || k == 0) {
			specific = append(specific, a)
		}
	}
	if len(specific) == 0 {
		if len(acts) > 0 {
			return acts[0]
		}
		return ""
	}
	return strings.Join(specific, ", then ")
}

// spokesperson reports a person whose role is to speak for others: where
// they brief is no journey of theirs.
func (f *finder) spokesperson(p int) bool {
	r := f.roleText(p)
	return hasWord(r, "spokesman") || hasWord(r, "spokeswoman") || hasWord(r, "spokesperson")
}

// datelineCity puts a stay in a country, under way when the story is
// filed, in the dateline's city of that country: "ADDIS ABABA (AFP) - ...
// Guterres is on a three-day visit to Ethiopia". Its meetings then
// inherit the city.
func (f *finder) datelineCity(legs []leg) {
	if !f.dlOK || f.dl.Kind != places.City || f.published.IsZero() || len(legs) == 0 {
		return
	}
	pub := f.publishedDay()
	for i := range legs {
		l := &legs[i]
		if l.kind != places.Country || l.Country != f.dl.Country || l.home || l.order || l.prior {
			continue
		}
		now := l.tense == newsbot.StatusUnderway && l.Date == "" || l.Date == pub && l.tense != newsbot.StatusScheduled && l.tense != newsbot.StatusCancelled
		if !now || f.personCountry(l.person) == l.Country {
			continue
		}
		l.Place, l.kind = f.dl.Name, f.dl.Kind
	}
}

// foreign reports whether person p is known to come from a country other
// than c.
func (f *finder) foreign(p int, c string) bool {
	pc := f.personCountry(p)
	return pc != "" && pc != c
}

// wentHome reports a journey home by l's traveller told in l's own
// sentence ("who was back in London on Wednesday, told reporters in
// Westminster"), or a leg home to l's country: speaking there is no trip.
// own lists the legs that may be the traveller's (travellers.of).
func wentHome(legs []leg, own []int, l leg) bool {
	if strings.Contains(l.Evidence, "back in ") || strings.Contains(l.Evidence, "back home") {
		return true
	}
	for _, k := range own {
		if r := &legs[k]; r.person == l.person && r.home && !r.presence && r.Country == l.Country {
			return true
		}
	}
	return false
}

// deniedDays dates a called-off leg told with no day ("Rubio to skip G20
// meeting in Johannesburg") with the day of the same plan denied where
// the story tells it ("will not attend this week's meeting ... in
// Johannesburg").
func (f *finder) deniedDays(legs []leg) {
	for i := range legs {
		l := &legs[i]
		if l.Date != "" || l.tense != newsbot.StatusCancelled || l.Place == "" {
			continue
		}
		for _, d := range f.denied {
			if d.person == l.person && d.Place == l.Place && d.Date != "" {
				l.Date, l.WhenText = d.Date, d.WhenText
				break
			}
		}
	}
}

// noAnchorDate is v unless it was resolved against the zero time (its
// year starts "000"), then "".
func noAnchorDate(v string) string {
	if strings.HasPrefix(v, "000") {
		return ""
	}
	return v
}
