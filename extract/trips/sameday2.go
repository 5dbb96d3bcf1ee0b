package trips

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// laterToday reports a leg on the publication day whose time of day is
// still ahead: "will land this evening", "flies out tonight", "is due to
// arrive later today". Only a plan or a present-simple announcement:
// "arrived this evening" in a late edition is over.
func laterToday(l *leg) bool {
	if l.tense == newsbot.StatusDone || l.tense == newsbot.StatusCancelled || l.WhenText == "" {
		return false
	}
	if l.tense != newsbot.StatusScheduled && !l.present {
		return false
	}
	w := strings.ToLower(l.WhenText)
	if w == "today" && strings.Contains(l.Evidence, "later today") {
		w = "later today" // the tagger leaves "later" out
	}
	for _, s := range [...]string{"tonight", "this evening", "this afternoon", "later today", "later on", "this morning", "overnight"} {
		if strings.Contains(w, s) {
			return s != "this morning" || l.tense == newsbot.StatusScheduled
		}
	}
	return false
}

// sameDayPhrases name the day of the stop told before them, which the
// tagger leaves undated: "call at St James's Hospital the same day",
// "That afternoon she will visit a hospital in York". The number is the
// days counted on from that stop.
var sameDayPhrases = [...]struct {
	w []string
	n int
}{
	{[]string{"the", "same", "day"}, 0}, {[]string{"that", "same", "day"}, 0}, {[]string{"later", "that", "day"}, 0},
	{[]string{"that", "afternoon"}, 0}, {[]string{"that", "evening"}, 0}, {[]string{"that", "morning"}, 0},
	{[]string{"that", "night"}, 0}, {[]string{"later", "in", "the", "day"}, 0},
	{[]string{"the", "same", "afternoon"}, 0}, {[]string{"the", "same", "evening"}, 0}, {[]string{"the", "same", "morning"}, 0},
	{[]string{"the", "following", "morning"}, 1}, {[]string{"the", "following", "afternoon"}, 1},
	{[]string{"the", "following", "evening"}, 1}, {[]string{"the", "next", "morning"}, 1},
	{[]string{"the", "next", "afternoon"}, 1}, {[]string{"the", "next", "evening"}, 1},
}

// sameDayAt finds the first same-day phrase of the sentence: its token
// index, the days it counts on and its text.
func (f *finder) sameDayAt() (int, int, string) {
	toks := f.toks
	for k := range toks {
		switch w := toks[k].w; w {
		case "the", "The", "that", "That", "later", "Later":
		default:
			continue
		}
	next:
		for _, p := range sameDayPhrases {
			if k+len(p.w) > len(toks) {
				continue
			}
			for n, w := range p.w {
				if !strings.EqualFold(toks[k+n].w, w) {
					continue next
				}
			}
			if e := k + len(p.w); e < len(toks) && toks[e].w == "as" {
				return -1, 0, "" // "the same day as the vote": another day's
			}
			return k, p.n, f.text[toks[k].start:toks[k+len(p.w)-1].end]
		}
	}
	return -1, 0, ""
}

// anaphoricDay dates the undated legs of the sentence that a same-day
// phrase places: the latest day named before the phrase in the sentence,
// else the traveller's latest dated leg told before.
func (f *finder) anaphoricDay(sc *sentCtx) {
	for _, j := range sc.legs {
		if l := &f.legs[j]; l.Date == "" && l.After == "" {
			if at, n, phrase := f.sameDayAt(); at >= 0 {
				f.sameDay(sc, at, n, phrase)
			}
			return
		}
	}
}

// sameDay dates the undated legs of the sentence from the day before the
// phrase at token at, counted on n days.
func (f *finder) sameDay(sc *sentCtx, at, n int, phrase string) {
	pos := f.toks[at].start
	for _, j := range sc.legs {
		l := &f.legs[j]
		if l.Date != "" || l.After != "" {
			continue
		}
		base := ""
		for _, tx := range f.timexesFrom(sc.sp.Start) {
			if tx.Start >= pos {
				break
			}
			if v := dateValue(tx.Value); isDay(v) && !f.bounding(tx) {
				base = v
			}
		}
		if base == "" {
			base = f.dayBefore(sc, l.person)
		}
		if v, ok := addDays(base, n); ok && base != "" {
			l.Date, l.WhenText = v, phrase
		}
	}
}

// dayBefore is the traveller's latest dated leg told before sc, else the
// last day named in the sentence before ("will open a factory in
// Sheffield on Thursday. She will visit a school in Leeds the same
// afternoon").
func (f *finder) dayBefore(sc *sentCtx, person int) string {
	base, bestStart, bestPos := "", -1, -1
	for _, o := range f.legs {
		if o.person != person || o.Start >= sc.sp.Start || !isDay(o.Date) {
			continue
		}
		if o.Start > bestStart || o.Start == bestStart && o.placePos > bestPos {
			base, bestStart, bestPos = o.Date, o.Start, o.placePos
		}
	}
	if base != "" || sc.index == 0 {
		return base
	}
	prev := f.sents[sc.index-1]
	for _, tx := range f.timexesFrom(prev.Start) {
		if tx.Start >= prev.End {
			break
		}
		if v := dateValue(tx.Value); isDay(v) && !f.bounding(tx) {
			base = v
		}
	}
	return base
}
