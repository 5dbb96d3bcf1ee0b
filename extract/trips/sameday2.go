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
	s string
	n int
}{
	{"the same day", 0}, {"that same day", 0}, {"later that day", 0}, {"that afternoon", 0}, {"that evening", 0},
	{"that morning", 0}, {"that night", 0}, {"later in the day", 0},
	{"the following morning", 1}, {"the following afternoon", 1}, {"the following evening", 1},
	{"the next morning", 1}, {"the next afternoon", 1}, {"the next evening", 1},
}

// anaphoricDay dates the undated legs of the sentence that a same-day
// phrase places: the latest day named before the phrase in the sentence,
// else the traveller's latest dated leg told before.
func (f *finder) anaphoricDay(sc *sentCtx) {
	var low string
	for _, j := range sc.legs {
		l := &f.legs[j]
		if l.Date != "" || l.After != "" {
			continue
		}
		if low == "" {
			low = strings.ToLower(sc.sp.Text)
		}
		at, n, phrase := -1, 0, ""
		for _, p := range sameDayPhrases {
			if k := strings.Index(low, p.s); k >= 0 && (at < 0 || k < at) {
				at, n, phrase = k, p.n, sc.sp.Text[k:k+len(p.s)]
			}
		}
		if at < 0 {
			return
		}
		base := ""
		for _, tx := range f.timexesFrom(sc.sp.Start) {
			if tx.Start >= sc.sp.Start+at {
				break
			}
			if v := dateValue(tx.Value); isDay(v) && !f.bounding(tx) {
				base = v
			}
		}
		if base == "" {
			bestStart, bestPos := -1, -1
			for _, o := range f.legs {
				if o.person != l.person || o.Start >= sc.sp.Start || !isDay(o.Date) {
					continue
				}
				if o.Start > bestStart || o.Start == bestStart && o.placePos > bestPos {
					base, bestStart, bestPos = o.Date, o.Start, o.placePos
				}
			}
		}
		if v, ok := addDays(base, n); ok && base != "" {
			l.Date, l.WhenText = v, phrase
		}
	}
}
