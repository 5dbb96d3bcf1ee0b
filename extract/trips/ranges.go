package trips

import (
	"fmt"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/text"
)

// Dates that the tagger leaves as durations or as two separate days:
// "the following day", "two days later" count from the day before them;
// "between 27 April and 29 April" is one stay.

// relativeDays reads a timex that counts days from an earlier one: "the
// following day", "the next day", "the day after", "a day later", "two
// days later". The "later" may follow the timex.
func (f *finder) relativeDays(tx newsbot.Timex) (int, bool) {
	if len(tx.Text) == 7 && strings.EqualFold(tx.Text, "the day") {
		// The tagger reads "the day after" as "the day", the reference
		// day: "after" with nothing after it counts one on.
		rest := f.text[tx.End:min(len(f.text), tx.End+12)]
		if after, ok := strings.CutPrefix(rest, " after"); ok && (after == "" || strings.IndexByte(".,;:", after[0]) >= 0 || strings.HasPrefix(after, " that")) {
			return 1, true
		}
		return 0, false
	}
	if isDate(tx.Value) || len(tx.Text) > 24 || !strings.Contains(tx.Text, "day") {
		return 0, false // most timexes: a calendar date already
	}
	s := strings.ToLower(strings.TrimSpace(tx.Text))
	switch s {
	case "the following day", "the next day", "the day after", "a day later", "the day after that", "next day", "following day":
		return 1, true
	}
	rest := strings.TrimLeft(f.text[tx.End:min(len(f.text), tx.End+7)], " ")
	if !strings.HasSuffix(s, " later") {
		if !strings.HasPrefix(strings.ToLower(rest), "later") {
			return 0, false
		}
		s += " later"
	}
	s = strings.TrimSuffix(s, " later")
	num, unit, ok := strings.Cut(s, " ")
	if !ok || unit != "days" && unit != "day" {
		return 0, false
	}
	for n, w := range []string{"", "one", "two", "three", "four", "five", "six", "seven"} {
		if num == w || num == fmt.Sprint(n) && n > 0 {
			if n == 0 {
				return 0, false
			}
			return n, true
		}
	}
	if num == "a" {
		return 1, true
	}
	return 0, false
}

// relativeBase is the day a relative timex counts from: the latest dated
// day before it in its sentence, else the latest dated leg of the same
// traveller before this one. "" when none.
func (f *finder) relativeBase(l *leg, sc *sentCtx, k int) string {
	for j := k - 1; j >= 0 && f.timexes[j].Start >= sc.sp.Start; j-- {
		if v := dateValue(f.timexes[j].Value); isDay(v) && !f.bounding(f.timexes[j]) {
			return v
		}
	}
	// The stop named last in the text, not the leg made last: a
	// sentence's meetings make their legs after its journeys.
	best, bestStart, bestPos := "", -1, -1
	for _, o := range f.legs {
		if o.person != l.person || o.Start >= sc.sp.Start || !isDay(o.Date) {
			continue
		}
		if o.Start > bestStart || o.Start == bestStart && o.placePos > bestPos {
			best, bestStart, bestPos = o.Date, o.Start, o.placePos
		}
	}
	return best
}

// addDays adds n days to the ISO day v.
func addDays(v string, n int) (string, bool) {
	d, err := time.Parse("2006-01-02", v)
	if err != nil {
		return "", false
	}
	return d.AddDate(0, 0, n).Format("2006-01-02"), true
}

// betweenValue reads "between 27 April and 29 April" (timex k and the
// next) as the ISO week of the two days when they share one, else as the
// first day, with the words as written.
func (f *finder) betweenValue(k int) (string, string, bool) {
	if k+1 >= len(f.timexes) {
		return "", "", false
	}
	a, b := f.timexes[k], f.timexes[k+1]
	lo := max(0, a.Start-8)
	at := strings.LastIndex(strings.ToLower(f.text[lo:a.Start]), "between ")
	if at < 0 || strings.TrimSpace(f.text[lo+at+len("between "):a.Start]) != "" {
		return "", "", false
	}
	if b.Start < a.End || strings.ToLower(strings.TrimSpace(f.text[a.End:b.Start])) != "and" {
		return "", "", false
	}
	first, _, ok1 := DayRange(dateValue(a.Value))
	last, _, ok2 := DayRange(dateValue(b.Value))
	if !ok1 || !ok2 || !isDay(dateValue(a.Value)) || !isDay(dateValue(b.Value)) || last.Before(first) {
		return "", "", false
	}
	when := f.text[lo+at : b.End]
	y1, w1 := first.ISOWeek()
	y2, w2 := last.ISOWeek()
	if y1 == y2 && w1 == w2 {
		return fmt.Sprintf("%04d-W%02d", y1, w1), when, true
	}
	return dateValue(a.Value), when, true
}

// startsAt reports a day introduced by "from" or "starting" with no end
// after it ("from 14 April", "starting 20 April"): the leg begins that
// day. "from May 12 to 15" is read by dayRangeValue.
func (f *finder) startsAt(tx newsbot.Timex) bool {
	if !hasPrefixFold(tx.Text, "from ") && !hasPrefixFold(tx.Text, "starting ") {
		lo := max(0, tx.Start-10)
		before := strings.ToLower(strings.TrimRight(f.text[lo:tx.Start], " "))
		if !strings.HasSuffix(before, "from") && !strings.HasSuffix(before, "starting") && !strings.HasSuffix(before, "beginning") {
			return false
		}
	}
	rest := strings.TrimLeft(f.text[tx.End:min(len(f.text), tx.End+8)], " ")
	for _, p := range []string{"to ", "until ", "till ", "through ", "-", "–"} {
		if strings.HasPrefix(rest, p) {
			return false
		}
	}
	return true
}

// landmarkAt reads a seat of government at token k ("at Downing Street",
// "at the White House") as the city it stands for.
func (f *finder) landmarkAt(k int) (places.Match, bool) {
	toks := f.toks
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	if k >= len(toks) || toks[k].punct || !isCapitalised(f.text[toks[k].start:toks[k].end]) && toks[k].w != "no" {
		return places.Match{}, false
	}
	for n := min(len(toks)-k, 5); n >= 1; n-- {
		last := toks[k+n-1]
		if last.punct {
			continue
		}
		if p, ok := places.Landmark(f.text[toks[k].start:last.end]); ok {
			return places.Match{Start: toks[k].start, End: last.end, Place: p}, true
		}
	}
	return places.Match{}, false
}

// meetingLandmark is the city of a seat of government where the meeting
// at token i takes place ("talks at Downing Street on 15 April"), when the
// sentence has no stop of the traveller subj in that city or country
// already: "is in Washington and will meet Trump at the White House"
// stays one stop.
func (f *finder) meetingLandmark(sc *sentCtx, i, end, subj int) (places.Match, bool) {
	for k := i + 1; k+1 < len(f.toks) && f.toks[k].start < end; k++ {
		if w := f.toks[k].w; w != "at" && w != "in" {
			continue
		}
		p, ok := f.landmarkAt(k + 1)
		if !ok || p.End > end {
			continue
		}
		for _, j := range sc.legs {
			l := f.legs[j]
			if l.person == subj && (l.Place == p.Place.Name || l.kind == places.Country && l.Country == p.Place.Country) {
				return places.Match{}, false
			}
		}
		return p, true
	}
	return places.Match{}, false
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// relativeWhen is a relative timex as written, with the "later" or
// "after" the tagger left out: "two days later", "the day after".
func (f *finder) relativeWhen(tx newsbot.Timex) string {
	when := strings.TrimSpace(tx.Text)
	rest := f.text[tx.End:min(len(f.text), tx.End+7)]
	switch {
	case strings.HasPrefix(rest, " later") && !strings.HasSuffix(strings.ToLower(when), "later"):
		when += " later"
	case strings.HasPrefix(rest, " after") && strings.EqualFold(when, "the day"):
		when += " after"
	}
	return when
}

// startWhen is a first day as written with its "from" or "starting".
func (f *finder) startWhen(tx newsbot.Timex) string {
	if hasPrefixFold(tx.Text, "from ") || hasPrefixFold(tx.Text, "starting ") {
		return tx.Text
	}
	lo := max(0, tx.Start-11)
	before := f.text[lo:tx.Start]
	// Offsets found in the lowered window are read in before, so it lowers
	// ASCII letters only and keeps every byte in place: the window may
	// start inside a letter ("Zürich from 3 May"), whose stray byte
	// strings.ToLower writes as a three-byte U+FFFD, and some capitals
	// change length when lowered. The words sought are ASCII.
	lb := text.LowerASCII(before)
	for _, w := range []string{"from ", "starting ", "beginning "} {
		if k := strings.LastIndex(lb, w); k >= 0 && strings.TrimSpace(before[k+len(w):]) == "" {
			return f.text[lo+k : tx.End]
		}
	}
	return tx.Text
}
