package trips

import (
	"fmt"
	"sort"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// status reads the status of the clause around cue i from its words alone:
// cancellation, then future auxiliaries ("will", "is scheduled to"), then
// the verb form. The date may overrule it later (see settle). "" means the
// words do not say.
func (f *finder) status(sc *sentCtx, i int, c cue) string {
	toks := f.toks
	for k, t := range toks {
		if isCancelWord(t.w) && (t.w != "called" || k+1 < len(toks) && toks[k+1].w == "off") {
			return newsbot.StatusCancelled
		}
	}
	lo := i - 7
	if lo < 0 {
		lo = 0
	}
	for k := i - 1; k >= lo; k-- {
		if toks[k].w == ";" || toks[k].w == "—" {
			lo = k + 1
			break
		}
	}
	var fut, weakFut, past, pres bool
	for k := lo; k < i; k++ {
		w := toks[k].w
		switch {
		case w == "later" || w == "next" || w == "upcoming" || w == "forthcoming":
			weakFut = true // "later paid a visit" is past
		case inSet(futureWordsSet, w):
			fut = true
		case w == "going" && k+1 < len(toks) && toks[k+1].w == "to":
			fut = true
		case inSet(pastWordsSet, w):
			past = true
		case inSet(presentWordsSet, w):
			pres = true
		}
	}
	switch {
	case fut, toks[i].w == "going": // "is going to Paris" is a plan
		return newsbot.StatusScheduled
	case weakFut && !past && c.tense != tensePast:
		return newsbot.StatusScheduled
	case c.tense == tensePast:
		return newsbot.StatusDone
	case c.tense == tenseProgressive && past:
		return newsbot.StatusDone
	case c.tense == tenseProgressive:
		return newsbot.StatusUnderway
	case past:
		return newsbot.StatusDone
	case pres:
		return newsbot.StatusUnderway
	}
	// A noun cue ("trip to"): the sentence's own verbs, up to a speech
	// verb after the cue ("On a visit to India, she said she hoped to
	// return next year": the hope is no schedule).
	stop := f.speechAfter(i)
	for k := 0; k < stop; k++ {
		if k == i {
			continue
		}
		if inSet(futureWordsSet, toks[k].w) {
			return newsbot.StatusScheduled
		}
	}
	return ""
}

// speechAfter is the index of the first speech verb after token i, or
// len(toks): what follows it is reported speech with its own times.
func (f *finder) speechAfter(i int) int {
	for k := i + 1; k < len(f.toks); k++ {
		switch f.toks[k].w {
		case "said", "says", "told", "added", "insisted", "warned", "according":
			return k
		}
	}
	return len(f.toks)
}

// date sets the leg's date from the dated TIMEX3 in the sentence nearest to
// pos, and its WhenText as written ("on Friday").
func (f *finder) date(l *leg, sc *sentCtx, pos int) {
	best, bestDist := -1, 1<<30
	fallback, fbDist := -1, 1<<30
	// Times inside reported speech after the cue belong to the speech.
	limit := sc.sp.End
	for k, t := range f.toks {
		if t.start >= pos {
			if s := f.speechAfter(k - 1); s < len(f.toks) {
				limit = f.toks[s].end
			}
			break
		}
	}
	first := sort.Search(len(f.timexes), func(i int) bool { return f.timexes[i].Start >= sc.sp.Start })
	for k := first; k < len(f.timexes) && f.timexes[k].Start < sc.sp.End; k++ {
		tx := f.timexes[k]
		if tx.End > sc.sp.End || tx.Start >= limit {
			continue
		}
		if f.bounding(tx) {
			continue // "since 2018" is not when the leg happens
		}
		d := tx.Start - pos
		if d < 0 {
			d = -d
		}
		if isDate(tx.Value) && (!f.published.IsZero() || hasYear(tx.Text)) {
			if d < bestDist {
				best, bestDist = k, d
			}
		} else if tx.Type == "DATE" || tx.Type == "TIME" || tx.Type == "" {
			if d < fbDist {
				fallback, fbDist = k, d
			}
		}
	}
	if best >= 0 {
		tx := f.timexes[best]
		l.Date = dateValue(tx.Value)
		l.WhenText = f.whenText(tx)
		return
	}
	if fallback >= 0 {
		l.WhenText = f.whenText(f.timexes[fallback])
	}
}

// bounding reports whether the timex is a bound ("since 2018", "until
// May") rather than the time of the leg.
func (f *finder) bounding(tx newsbot.Timex) bool {
	lower := strings.ToLower(tx.Text)
	for _, p := range []string{"since ", "until ", "till ", "from "} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	for k := len(f.toks) - 1; k >= 0; k-- {
		if f.toks[k].end <= tx.Start {
			w := f.toks[k].w
			return w == "since" || w == "until" || w == "till" || w == "from"
		}
	}
	return false
}

// whenText is the timex as written, with the preposition before it.
func (f *finder) whenText(tx newsbot.Timex) string {
	t := tx.Text
	lower := strings.ToLower(t)
	for _, p := range []string{"on ", "in ", "at ", "during ", "by "} {
		if strings.HasPrefix(lower, p) {
			return t
		}
	}
	for k := len(f.toks) - 1; k >= 0; k-- {
		if f.toks[k].end <= tx.Start {
			switch f.toks[k].w {
			case "on", "in", "at", "during":
				return f.text[f.toks[k].start:tx.End]
			}
			break
		}
	}
	return t
}

// isDate reports whether a TIMEX3 value names a calendar date, week, month
// or year (not PAST_REF, durations or sets).
func isDate(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9'
}

// dateValue drops the time of day: "2019-11-19TNI" → "2019-11-19".
func dateValue(v string) string {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		return v[:i]
	}
	return v
}

func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// DayRange is the first and last day a TIMEX3 date value covers:
// "2026-01" → 1 and 31 January, "2026-W06" → its Monday and Sunday.
func DayRange(v string) (time.Time, time.Time, bool) {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t, t, true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t, t.AddDate(0, 1, -1), true
	}
	if len(v) == 8 && v[4:6] == "-W" {
		var y, w int
		if _, err := fmt.Sscanf(v, "%d-W%d", &y, &w); err == nil {
			// ISO week: the Monday of week 1 is in the week holding 4 January.
			jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			wd := int(jan4.Weekday()+6) % 7
			mon := jan4.AddDate(0, 0, -wd+7*(w-1))
			return mon, mon.AddDate(0, 0, 6), true
		}
	}
	if t, err := time.Parse("2006", v); err == nil {
		return t, t.AddDate(1, 0, -1), true
	}
	return time.Time{}, time.Time{}, false
}

// settle turns the words' status and the date into the leg's status: a
// leg on the publication day is under way, one before it done, one after
// it scheduled; a cancellation always stands.
func (f *finder) settle(l *leg) {
	l.Status = l.tense
	if l.Status == newsbot.StatusCancelled {
		return
	}
	if l.later && l.After != "" && !f.published.IsZero() {
		// The journey follows a dated clause: it is ahead unless that
		// clause is already past.
		pub := time.Date(f.published.Year(), f.published.Month(), f.published.Day(), 0, 0, 0, 0, time.UTC)
		if _, to, ok := DayRange(l.After); ok {
			l.Status = newsbot.StatusScheduled
			if to.Before(pub) {
				l.Status = newsbot.StatusDone
			}
		}
	}
	if l.Date != "" && !f.published.IsZero() {
		pub := time.Date(f.published.Year(), f.published.Month(), f.published.Day(), 0, 0, 0, 0, time.UTC)
		if from, to, ok := DayRange(l.Date); ok {
			switch {
			case from.Equal(pub) && to.Equal(pub):
				l.Status = newsbot.StatusUnderway
			case to.Before(pub):
				l.Status = newsbot.StatusDone
			case from.After(pub):
				l.Status = newsbot.StatusScheduled
			}
		}
	}
	if l.Status == "" {
		l.Status = newsbot.StatusDone
	}
}
