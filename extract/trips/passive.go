package trips

import (
	"sort"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// beVerb reports a form of "be" at token k: the auxiliary of a passive.
func (f *finder) beVerb(k int) bool {
	switch f.toks[k].w {
	case "be", "been", "being", "is", "was", "were", "are":
		return true
	}
	return false
}

// byPerson reports "by" and a capitalised word within a few words after
// the passive verb at token i, with no clause break between: "was met at
// the airport by Foreign Minister Motegi" (the agent is the one met).
func (f *finder) byPerson(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+6; k++ {
		t := f.toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			return false
		}
		if t.w == "by" {
			return k+1 < len(f.toks) && isCapitalised(f.text[f.toks[k+1].start:f.toks[k+1].end])
		}
	}
	return false
}

// pastMeetLeadDay is the lead's day for a past meeting at token i with no
// day before end whose sentence's days are all still to come: "arrived in
// Tokyo on Tuesday. He was met at the airport by Motegi and will fly to
// Seoul on Thursday" met Motegi on Tuesday, in Tokyo, not in Seoul.
func (f *finder) pastMeetLeadDay(sc *sentCtx, i, end int, c cue) (newsbot.Timex, bool) {
	if c.tense != tensePast || f.published.IsZero() {
		return newsbot.Timex{}, false
	}
	pub := f.publishedDay()
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= sc.sp.End {
			break
		}
		if tx.Start < end {
			return newsbot.Timex{}, false // a day of the meeting's own, or before it
		}
		if v := dateValue(tx.Value); !isDay(v) || v <= pub {
			return newsbot.Timex{}, false
		}
	}
	return f.leadDay(sc)
}

// pastCue reports a cue in the simple past at token i ("met", "was
// greeted by").
func (f *finder) pastCue(i int) bool {
	c, ok := cueOf(f.toks[i].w)
	return ok && c.tense == tensePast
}

// beforeSubject reports a journey verb whose clause opens with "before"
// and its own subject: "just days before he travels to Washington" comes
// after the main clause's day, not on it.
func (f *finder) beforeSubject(i int) bool {
	if i < 2 {
		return false
	}
	switch f.toks[i-1].w {
	case "he", "she", "they":
		return f.toks[i-2].w == "before"
	}
	return false
}

// dayName reports a weekday or month name: "A planned Monday visit", "a
// March visit".
func dayName(w string) bool {
	if w == "" {
		return false
	}
	switch w[1:] {
	case "onday", "uesday", "ednesday", "hursday", "riday", "aturday", "unday",
		"anuary", "ebruary", "arch", "pril", "une", "uly", "ugust", "eptember", "ctober", "ovember", "ecember":
		return strings.EqualFold(w, "monday") || strings.EqualFold(w, "tuesday") || strings.EqualFold(w, "wednesday") ||
			strings.EqualFold(w, "thursday") || strings.EqualFold(w, "friday") || strings.EqualFold(w, "saturday") ||
			strings.EqualFold(w, "sunday") || strings.EqualFold(w, "january") || strings.EqualFold(w, "february") ||
			strings.EqualFold(w, "march") || strings.EqualFold(w, "april") || strings.EqualFold(w, "june") ||
			strings.EqualFold(w, "july") || strings.EqualFold(w, "august") || strings.EqualFold(w, "september") ||
			strings.EqualFold(w, "october") || strings.EqualFold(w, "november") || strings.EqualFold(w, "december")
	}
	return false
}

// facilityTown is the place the gazetteer knows right after "in" behind
// the facility u: "a visit to the Siemens plant in Stuttgart" is a stop
// in Stuttgart. With noun, u is a place that names a facility noun after
// it: "the US Embassy in Kyiv" is in Kyiv.
func (f *finder) facilityTown(sc *sentCtx, u places.Match, noun bool) (places.Match, bool) {
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= u.End })
	if noun {
		if k >= len(f.toks) || !inSet(facilityNounsSet, f.toks[k].w) && !f.capitalFacility(k) {
			return places.Match{}, false
		}
		k++
	}
	if k+1 >= len(f.toks) || f.toks[k].w != "in" {
		return places.Match{}, false
	}
	p, ok := f.placeAt(sc, k+1)
	if noun && u.Place.Kind != places.Country && p.Place.Kind == places.Country {
		return places.Match{}, false // "Ford's Valencia plant in Spain" is in Valencia
	}
	if !ok && !noun {
		return f.townAfterFacility(sc, k+1)
	}
	return p, ok
}

// townAfterFacility makes a town the gazetteer lacks of the one
// capitalised word at token k that ends the clause or comes before its
// time: "the Siemens plant in Erlangen has been cancelled", in the one
// country the sentence names, else the dateline's, else the journey's.
func (f *finder) townAfterFacility(sc *sentCtx, k int) (places.Match, bool) {
	t, word, ok := f.townWord(sc, k, ".'’-")
	if !ok || k+1 >= len(f.toks) {
		return places.Match{}, false
	}
	n := f.toks[k+1]
	if !n.punct && n.w != "on" && n.w != "has" && n.w != "had" && n.w != "was" && n.w != "is" && n.w != "will" {
		return places.Match{}, false
	}
	country, ok := f.oneCountryOrDateline(sc)
	if !ok {
		return places.Match{}, false
	}
	if n := len(f.legs); country == "" && n > 0 && sc.index-f.legs[n-1].sentence <= 2 {
		country = f.legs[n-1].Country // the country the story's journey is in
	}
	if country == "" {
		return places.Match{}, false // "police headquarters in Jupiter, Fla.": where, we cannot tell
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}, true
}

// asideTime reports a time inside an aside that opens with ", who" and
// closes with a comma before byte offset pos: "Lisa Grant, who became
// ambassador in January, visited the embassy in Kyiv" is not dated by it.
func (f *finder) asideTime(sc *sentCtx, tx newsbot.Timex, pos int) bool {
	open := whoAsideOpen(f.text[sc.sp.Start:tx.Start]) // ", who", ", a former minister who"
	return open >= 0 && strings.Contains(f.text[tx.End:pos], ",")
}

// frontedDay is the day that opens the sentence of the cue at token i
// ("On Monday, the pontiff will celebrate Mass"), when no other time
// stands between them.
func (f *finder) frontedDay(sc *sentCtx, i int) (newsbot.Timex, bool) {
	if i < 2 || f.toks[0].w != "on" && f.toks[0].w != "On" {
		return newsbot.Timex{}, false
	}
	var day newsbot.Timex
	found := false
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= f.toks[i].start {
			break
		}
		if found || tx.Start != f.toks[1].start || !isDay(dateValue(tx.Value)) {
			return newsbot.Timex{}, false
		}
		day, found = tx, true
	}
	return day, found
}

// weekEarlierInSentence is the week of a plan of l's traveller told
// earlier in l's own sentence: "will visit India next week and will meet
// Modi in New Delhi on Tuesday" meets on the Tuesday of that week.
func (f *finder) weekEarlierInSentence(l *leg) string {
	for _, o := range f.legs {
		if o.person == l.person && o.sentence == l.sentence && o.cuePos < l.cuePos && strings.Contains(o.Date, "-W") &&
			o.tense == newsbot.StatusScheduled {
			return o.Date
		}
	}
	return ""
}

// beforeNextAct reports "before" and a cue at byte offset end, where a
// meeting's counterparts stop, with no date before: the day after it is
// that act's.
func (f *finder) beforeNextAct(sc *sentCtx, end int) bool {
	for _, tx := range f.timexesFrom(sc.sp.Start) {
		if tx.Start >= end {
			break
		}
		if isDate(tx.Value) {
			return false // "lunch with Widodo on Tuesday before flying to Manila": the day told
		}
	}
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= end })
	if k >= len(f.toks) || f.toks[k].start != end {
		return false
	}
	if f.toks[k].w == "before" {
		k++ // the clause break the counterparts stopped at
	} else if k == 0 || f.toks[k-1].w != "before" {
		return false
	}
	if k >= len(f.toks) {
		return false
	}
	_, ok := f.toks[k].cueOf()
	return ok
}

// capitalFacility reports a facility noun spelt with a capital, as in a
// name: "the US Embassy".
func (f *finder) capitalFacility(k int) bool {
	w := f.toks[k].w
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for n := range facilityNouns {
		if strings.EqualFold(n, w) {
			return true
		}
	}
	return false
}

// unnamedMetOnDay reports a dated meeting at token i whose partners are
// unnamed people right after the cue or "with", before end: "held talks
// with business leaders on Friday" is a day where the traveller is.
func (f *finder) unnamedMetOnDay(sc *sentCtx, i, end int) bool {
	if _, ok := f.meetTimex(sc, i, end); !ok {
		return false
	}
	ms := f.cast.Mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start > f.toks[i].start })
	for ; k < len(ms) && ms[k].End <= end; k++ {
		if ms[k].Kind != people.Unnamed {
			continue
		}
		// "talks with business leaders", "meeting congressional leaders":
		// a few words at most between the cue and the partners.
		between := f.text[f.toks[i].end:ms[k].Start]
		if len(between) < 40 && !strings.ContainsAny(between, ",;:.") && len(strings.Fields(between)) <= 3 {
			return true
		}
	}
	return false
}

// afterMainDay moves the bare weekday of a journey after "before" past
// the day of the main clause it follows, which the tagger may have put in
// the past with the main verb: "landed in Tokyo on Tuesday ... before
// heading to Seoul on Thursday" heads there two days later.
func (f *finder) afterMainDay(sc *sentCtx, i, person int, l *leg, tx newsbot.Timex) {
	j := f.latestLeg(sc, i, person)
	if j < 0 || !isDay(l.Date) || !isDay(f.legs[j].Date) || !bareWeekday(tx.Text) || !after(f.legs[j].Date, l.Date) {
		return
	}
	d, err := time.Parse("2006-01-02", l.Date)
	if err != nil {
		return
	}
	l.Date = d.AddDate(0, 0, 7).Format("2006-01-02")
	if !f.published.IsZero() && l.Date > f.publishedDay() {
		l.tense = newsbot.StatusScheduled
	}
}
