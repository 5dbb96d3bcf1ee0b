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
		if (isCancelWord(t.w) && (t.w != "called" || f.calledOff(k)) || f.droppedAt(k)) && !f.laterVerb(i, k) && !f.hedged(k) {
			if f.cancelledFor(k, i) {
				return newsbot.StatusDone // "but cancelled at the last minute to attend a board meeting in Amsterdam"
			}
			return newsbot.StatusCancelled
		}
	}
	lo := i - 7
	if i > 0 && (toks[i-1].w == "before" || toks[i-1].w == "after") {
		lo = 0 // "will travel to Madrid ..., before flying on to Lisbon": the main clause's tense
	}
	if lo < 0 {
		lo = 0
	}
	if f.unrealised(lo, i) {
		return newsbot.StatusCancelled
	}
	if f.askedObject(sc, i) >= 0 {
		return newsbot.StatusScheduled // "Roy asked him to visit": a request, still to come
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
		case (w == "may" || w == "might") && k+1 < len(toks) && toks[k+1].w != "have":
			weakFut = true // "may still travel to Cornwall": a plan in doubt, still ahead
		case inSet(futureWordsSet, w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			fut = true // "I'll be in Seoul"
		case w == "going" && k+1 < len(toks) && toks[k+1].w == "to":
			fut = true
		case (w == "is" || w == "are") && k+1 < len(toks) && toks[k+1].w == "to":
			fut = true // "is to attend": a plan
		case (w == "was" || w == "were") && k+2 == i && toks[k+1].w == "to" || (w == "was" || w == "were") && k+3 == i && toks[k+1].w == "to" && (toks[k+2].w == "hold" || toks[k+2].w == "have"):
			fut = true // "was to hold talks with Putin on Tuesday": the plan as the story tells it; its day settles it
		case (w == "was" || w == "were") && k+3 <= i && (toks[k+1].w == "meant" || toks[k+1].w == "supposed") && toks[k+2].w == "to":
			fut = true // "was meant to include a stop in Quito on Friday": a plan, as "was to hold"
		case inSet(pastWordsSet, w):
			past = true
		case inSet(presentWordsSet, w):
			pres = true
		}
	}
	switch {
	case fut, toks[i].w == "going", c.tense == tenseFuture: // "is going to Paris" is a plan
		return newsbot.StatusScheduled
	case c.label == "arrives" && c.tense == tensePast && i > 0 && (toks[i-1].w == "has" || toks[i-1].w == "have"):
		return newsbot.StatusUnderway // "has arrived in Mumbai": there now, unless a day says otherwise
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

// lastMinute reports a call-off "at the last minute" in leg l's sentence.
func (f *finder) lastMinute(l *leg) bool {
	return strings.Contains(l.Evidence, "last minute") || strings.Contains(l.Evidence, "last-minute")
}

// cancelledFor reports the cue at token i as the purpose of the past
// call-off at token k: "cancelled at the last minute to attend a board
// meeting in Amsterdam" went there instead.
func (f *finder) cancelledFor(k, i int) bool {
	toks := f.toks
	if k >= i-1 || toks[i-1].w != "to" || !strings.HasSuffix(toks[k].w, "ed") {
		return false
	}
	if k > 0 && inSet(futureWordsSet, toks[k-1].w) {
		return false // "will be cancelled to make way": still to come
	}
	switch toks[i-2].w {
	case "plan", "plans", "bid", "decision", "invitation", "promise", "offer", "attempt", "intention", "pledge":
		return false // "canceled Mr. Hannity's plans to attend a rally": the plan was called off
	}
	for _, t := range toks[k+1 : i-1] {
		if t.punct || inSet(breakersSet, t.w) || t.w == "and" {
			return false
		}
	}
	return true
}

// droppedAt reports a call-off said with "dropped" or "struck": "a
// planned stop in Manila was dropped", "has been struck from the
// itinerary". Only after an auxiliary, so that "dropped in on" and
// "dropped by the embassy" stay visits.
func (f *finder) droppedAt(k int) bool {
	toks := f.toks
	w := toks[k].w
	if f.removedAt(k) {
		return true // "was removed from the programme"
	}
	if w != "dropped" && w != "struck" || k == 0 {
		return false
	}
	if k > 1 && (toks[k-1].w == "also" || toks[k-1].w == "now" || toks[k-1].w == "then") {
		k-- // "was also dropped"
	}
	switch toks[k-1].w {
	case "was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "quietly", "since", "later":
	default:
		return false
	}
	if k+1 < len(toks) {
		switch toks[k+1].w {
		case "in", "by", "off", "out", "into", "over", "down", "to":
			return false
		}
	}
	if w == "struck" {
		// "struck from the itinerary", "struck off the schedule"; "was
		// struck by the scale of the damage" is no call-off
		return k+1 < len(toks) && toks[k+1].w == "from"
	}
	return true
}

// callOffTime reports a time expression at byte offset start that
// follows a call-off verb right away ("was dropped last week", "was
// cancelled on Tuesday"): the day of the call-off, not of the journey.
func (f *finder) callOffTime(start int) bool {
	k := -1
	for j, t := range f.toks {
		if t.end > start {
			break
		}
		k = j
	}
	if k >= 0 && (f.toks[k].w == "on" || f.toks[k].w == "in") {
		k-- // "was cancelled on Monday", "was dropped in October"
	}
	if k < 0 {
		return false
	}
	w := f.toks[k].w
	return isCancelWord(w) && w != "called" || f.droppedAt(k) || w == "off" && k > 0 && f.calledOff(k-1) || f.removedBefore(k)
}

// hedged reports a cancel word at token k that is only a possibility:
// "could be postponed", "may yet be cancelled", "risks being scrapped",
// "if the trip is called off". The plan still stands. "would be
// postponed" is left alone: in reported speech it is the decision.
func (f *finder) hedged(k int) bool {
	toks := f.toks
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := toks[j].w
		if toks[j].punct {
			return false
		}
		switch w {
		case "if", "unless", "whether":
			return true
		case "risks", "risk", "risking":
			return j+1 < len(toks) && toks[j+1].w == "being"
		case "could", "may", "might":
			// the modal must head the verb group, so that "a visit
			// planned for May was postponed" stays a call-off
			for n := j + 1; n < k; n++ {
				switch toks[n].w {
				case "yet", "still", "well", "now", "also", "even", "be", "have", "been":
					continue
				}
				return false
			}
			return true
		}
	}
	return false
}

// laterVerb reports a cancellation at token k that heads a verb phrase
// of its own after the cue at token i: "visited Iraq in March and
// cancelled a planned trip to Ukraine" called off another journey.
func (f *finder) laterVerb(i, k int) bool {
	if k <= i+1 {
		return false
	}
	j := k - 1
	if w := f.toks[j].w; w == "has" || w == "had" || w == "then" || w == "later" {
		j--
	}
	if k+1 < len(f.toks) && (f.toks[k+1].w == "it" || f.toks[k+1].w == "the" && k+2 < len(f.toks) &&
		(f.toks[k+2].w == "trip" || f.toks[k+2].w == "visit" || f.toks[k+2].w == "tour" || f.toks[k+2].w == "journey")) {
		return false // "planned to visit China ... but called the trip off": the same plan
	}
	return f.toks[j].w == "and" || f.toks[j].w == "but"
}

// unrealised reports a plan that will not happen, in the words between
// lo and i: "had been due to travel", "was to have visited", "will no
// longer attend".
func (f *finder) unrealised(lo, i int) bool {
	toks := f.toks
	for k := lo; k < i; k++ {
		w := toks[k].w
		switch {
		case w == "had" && k+2 < len(toks) && toks[k+1].w == "been" && inSet(futureWordsSet, toks[k+2].w):
			return true
		case (w == "was" || w == "were") && k+2 < len(toks) && toks[k+1].w == "to" && toks[k+2].w == "have":
			return true
		case w == "no" && k+1 < len(toks) && toks[k+1].w == "longer":
			return true
		}
	}
	return false
}

// redirectWeekday moves a bare weekday ("on Thursday") of a planned leg
// to the coming week when the tagger read the sentence as past (a
// reporting verb after the plan: "..., the spokesman told reporters").
func (f *finder) redirectWeekday(l *leg, tx newsbot.Timex) {
	if f.published.IsZero() || !isDay(l.Date) || !bareWeekday(tx.Text) {
		return
	}
	d, err := time.Parse("2006-01-02", l.Date)
	if err != nil {
		return
	}
	pub := time.Date(f.published.Year(), f.published.Month(), f.published.Day(), 0, 0, 0, 0, time.UTC)
	if l.onward && l.tense != newsbot.StatusDone {
		// "goes to Seoul on Saturday, before ending the trip in Hanoi on
		// Monday": the last stop comes after the one before, whatever
		// tense the noun's clause took from the day.
		if prev := f.stopBefore(l); prev != "" {
			if pd, err := time.Parse("2006-01-02", prev); err == nil && d.Before(pd) {
				l.Date = d.AddDate(0, 0, 7).Format("2006-01-02")
				return
			}
		}
	}
	if d.After(pub) && !d.After(pub.AddDate(0, 0, 6)) && f.lastMinute(l) {
		// "had been due to visit Turin on Tuesday but cancelled at the
		// last minute": the plan's day had come.
		l.Date = d.AddDate(0, 0, -7).Format("2006-01-02")
		return
	}
	if l.tense == newsbot.StatusDone && d.After(pub) && tx.Start > l.cuePos {
		// "Dubois, who met Fathy in Amman on Friday, will travel to Cairo":
		// the tagger took the main clause's future; the verb says past.
		l.Date = d.AddDate(0, 0, -7).Format("2006-01-02")
		return
	}
	// Only forward: a plan's words ("will", "is due") are surer than a
	// past verb, which may be the reporting verb of a later clause.
	// A day after the cue of a called-off plan ("cancelled a visit to
	// Baghdad on Saturday") is the plan's day, which was still to come.
	if l.tense == "" && d.After(pub) {
		// "will meet troops in Estonia on Monday before talks in Riga on
		// Tuesday [next week]. His visit to Lithuania on Wednesday could
		// be cut short": no verb of the journey's own, a day still to
		// come; the itinerary goes on in the week it was told in (a verb's
		// plan may go back: "will arrive in New York on Sunday" before
		// "next Tuesday").
		if od := f.dayWeekBefore(l, pub); !od.IsZero() && d.Before(od) {
			for d.Before(od) {
				d = d.AddDate(0, 0, 7)
			}
			l.Date = d.Format("2006-01-02")
		}
		return
	}
	if (l.tense == "" || l.tense == newsbot.StatusUnderway) && !d.After(pub) {
		// "lands in Lima on Monday and meets Jeri on Wednesday", told on
		// a Wednesday: the tagger's today comes after the sentence's
		// Monday still to come.
		if floor := f.earlierWeekday(l, tx, pub); floor.After(pub) && d.Before(floor) {
			for d.Before(floor) {
				d = d.AddDate(0, 0, 7)
			}
			l.Date = d.Format("2006-01-02")
		}
		return
	}
	if l.tense != newsbot.StatusScheduled && (l.tense != newsbot.StatusCancelled || tx.Start < l.cuePos || f.happenedBefore(l.cuePos, tx.Start)) {
		return
	}
	if l.tense == newsbot.StatusCancelled && d.AddDate(0, 0, 1).Equal(pub) {
		// "cancelled a planned visit to Aberdeen on Tuesday" told on a
		// Wednesday: the day before, not six days on.
		return
	}
	// "will address Congress on Tuesday and meet Trump on Wednesday": a
	// day after an earlier one of the same sentence comes after it.
	floor := f.earlierWeekday(l, tx, pub)
	if od := f.planDayBefore(l); l.inherit && !d.After(pub) && od.After(floor) && d.After(od.AddDate(0, 0, -7)) {
		// "arrives in Lima on Monday. She will meet Jeri on Wednesday",
		// told on a Wednesday (the tagger's today): a meeting with no place of its own is held
		// in the stay told before, so after its day (journeys may be told
		// out of order: "will travel to Washington on Tuesday ... will
		// stop in Ottawa on Monday").
		floor = od
	}
	if l.onward {
		// "is due to travel on to Washington on Thursday" after a stop on
		// Monday: the Thursday after that stop.
		if prev := f.stopBefore(l); prev != "" {
			if pd, err := time.Parse("2006-01-02", prev); err == nil && !pd.Before(floor) {
				floor = pd.AddDate(0, 0, 1)
			}
		}
	}
	if wk := f.weekBefore(l); wk != "" || tx.Start > l.cuePos && f.weekEarlierInSentence(l) != "" {
		if wk == "" {
			wk = f.weekEarlierInSentence(l)
		}
		// "will visit Washington next week ... She will travel to New York
		// on Saturday": the Saturday of that week.
		if mon, _, ok := DayRange(wk); ok && mon.After(floor) {
			floor = mon
		}
	}
	if !d.Before(floor) {
		return
	}
	for d.Before(floor) {
		d = d.AddDate(0, 0, 7)
	}
	l.Date = d.Format("2006-01-02")
}

// planDayBefore is the latest day of the traveller's plans told by a
// weekday in the two sentences before leg l, or the zero time.
func (f *finder) planDayBefore(l *leg) time.Time {
	var best time.Time
	for _, o := range f.legs {
		if o.person != l.person || o.sentence >= l.sentence || l.sentence-o.sentence > 2 || !isDay(o.Date) ||
			o.tense == newsbot.StatusDone || o.tense == newsbot.StatusCancelled || o.later || !bareWeekday(o.WhenText) {
			continue
		}
		if od, err := time.Parse("2006-01-02", o.Date); err == nil && od.After(f.published) && od.After(best) {
			best = od
		}
	}
	return best
}

// earlierWeekday is the day after the latest bare weekday told before tx
// in leg l's sentence, when that comes after pub; pub otherwise.
func (f *finder) earlierWeekday(l *leg, tx newsbot.Timex, pub time.Time) time.Time {
	floor := pub
	for _, o := range f.timexes {
		if o.Start >= tx.Start {
			break
		}
		if o.Start < l.Start || !bareWeekday(o.Text) {
			continue
		}
		if od, err := time.Parse("2006-01-02", dateValue(o.Value)); err == nil && od.After(floor) {
			floor = od.AddDate(0, 0, 1)
		}
	}
	return floor
}

// inWhoAside reports a timex inside a ", who ...," aside of its sentence:
// "Vance, who has visited Iowa four times this year, will head to".
func (f *finder) inWhoAside(sc *sentCtx, tx newsbot.Timex) bool {
	if whoAsideOpen(f.text[sc.sp.Start:tx.Start]) < 0 {
		return false // ", who", ", a former mayor who", ", whose"
	}
	return strings.IndexByte(f.text[tx.End:sc.sp.End], ',') >= 0
}

// toldDay reports text before a timex that makes it the day of the
// telling: "the Vatican announced on", "his office said".
func toldDay(before string) bool {
	before = strings.TrimSuffix(before, "on ")
	for _, v := range []string{" said ", " announced ", " confirmed ", " told reporters ", " reported "} {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// stopBetween reports "after a stop" (a stopover, a visit) between the
// byte offsets from and to: what follows is the earlier stop's.
func (f *finder) stopBetween(from, to int) bool {
	if !strings.Contains(f.text[from:to], "after ") {
		return false // the common case, without a token walk
	}
	toks := f.toks
	for k, t := range toks {
		if t.start < from || t.w != "after" {
			continue
		}
		if t.start >= to {
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].start < to; j++ {
			switch toks[j].w {
			case "stop", "stops", "stopover", "visit", "visits", "trip":
				return true
			}
		}
	}
	return false
}

// dayWeekBefore is the Monday of the week of the latest day of the
// traveller's plan told in the two sentences before leg l, when every day
// of that plan comes after the publication week; the zero time otherwise
// (a plan that has begun this week may be told out of order: "On Sunday,
// Sir Keir is expected to attend ...").
func (f *finder) dayWeekBefore(l *leg, pub time.Time) time.Time {
	var best time.Time
	nextMon := pub.AddDate(0, 0, 7-(int(pub.Weekday())+6)%7)
	for _, o := range f.legs {
		if o.person != l.person || o.sentence >= l.sentence || l.sentence-o.sentence > 2 || !isDay(o.Date) || o.tense != newsbot.StatusScheduled {
			continue
		}
		od, err := time.Parse("2006-01-02", o.Date)
		if err != nil {
			continue
		}
		if od.Before(nextMon) {
			return time.Time{}
		}
		if od.After(best) {
			best = od
		}
	}
	if best.IsZero() {
		return best
	}
	return best.AddDate(0, 0, -((int(best.Weekday()) + 6) % 7))
}

// weekBefore is the week of the traveller's plan told in the two
// sentences before leg l ("will visit Washington next week"), or "".
func (f *finder) weekBefore(l *leg) string {
	best := ""
	for _, o := range f.legs {
		if o.person == l.person && o.sentence < l.sentence && l.sentence-o.sentence <= 2 && strings.Contains(o.Date, "-W") &&
			o.tense == newsbot.StatusScheduled {
			best = o.Date
		}
	}
	return best
}

// stopBefore is the day of the traveller's stop named last before leg l
// in the text, "" when none is dated to the day.
func (f *finder) stopBefore(l *leg) string {
	best, bestPos := "", -1
	for _, o := range f.legs {
		// Where the traveller only spoke ("told reporters in Ottawa") is
		// no stop of the journey.
		if o.person != l.person || o.placePos >= l.placePos || o.Place == l.Place || !isDay(o.Date) || o.presence {
			continue
		}
		if o.placePos > bestPos {
			best, bestPos = o.Date, o.placePos
		}
	}
	return best
}

// happenedBefore reports words between the byte offsets from and to that
// say the plan was under way ("visit to Baghdad, which began on
// Saturday"): the day is then past.
func (f *finder) happenedBefore(from, to int) bool {
	for _, t := range f.toks {
		if t.start < from || t.start >= to {
			continue
		}
		switch t.w {
		case "began", "started", "took", "arrived", "landed", "held":
			return true
		}
	}
	return false
}

// bareWeekday reports whether s is a weekday name, with "on" at most:
// "Thursday", "on Thursday", not "last Thursday".
func bareWeekday(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "on ")
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
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
	rel := "" // the value of a relative best ("the following day")
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
		if tx.End <= f.storyStart {
			continue // "BEIJING, May 10 (Xinhua) --": the filing date
		}
		if f.countedIn(tx) {
			continue // "his second visit to the UK this year": the count's span
		}
		if genitive(f.text, tx.End) && !f.journeyAt(tx.End) {
			continue // "the victims of last month's ferry disaster": the disaster's time
		}
		if f.bounding(tx) && !f.dayRange(tx) && !(tx.End <= pos && strings.HasPrefix(f.text[tx.End:], ", when")) {
			continue // "since 2018" is not when the leg happens; "since 2015, when Modi made a stop in Lahore" is
		}
		if tx.Start > pos && f.thatClauseTime(tx.Start, pos) {
			continue // "talks on the renewal of an accord that expired last year": the accord's time
		}
		if tx.Start > pos && f.newClauseBetween(pos, tx.Start) {
			continue // "is in Washington ... and will meet Trump on Tuesday"
		}
		if tx.End <= pos && f.andSubjectBetween(tx.End, pos) {
			continue // "visited Moscow in July 2024 and the two leaders met in Tianjin last year"
		}
		if tx.End <= pos && f.journeyAfterBetween(tx.End, pos) {
			continue // "returned on Tuesday after a visit to the US, where he met ... in New York"
		}
		if tx.End <= pos && f.asideTime(sc, tx, pos) {
			continue // "Grant, who became ambassador in January, visited": the aside's time
		}
		if tx.End <= pos && f.relativeBetween(tx.End, pos) {
			continue // "in Hanoi on Monday at the start of a tour that took him to Jakarta"
		}
		if tx.End <= l.cuePos && f.inWhoAside(sc, tx) {
			continue // "Vance, who has visited Iowa four times this year, will head to Manchester": the aside's time
		}
		if tx.Start > pos && toldDay(f.text[max(0, tx.Start-14):tx.Start]) {
			continue // "stopping in Madrid, Barcelona and the Canary Islands, the Vatican announced on Wednesday"
		}
		if tx.Start > pos && f.stopBetween(pos, tx.Start) {
			continue // "will travel to Oslo after a stop in Stockholm on Monday": the stop's day
		}
		if tx.Start > pos && f.whereOfOther(sc, pos, tx.Start) {
			continue // "Jakarta and Singapore, where he spoke on Friday": Singapore's
		}
		if l.tense == newsbot.StatusCancelled && f.callOffTime(tx.Start) {
			continue // "a planned stop in Manila was dropped last week": when it was called off
		}
		d := tx.Start - pos
		if d < 0 {
			d = -d
		}
		if n, ok := f.relativeDays(tx); ok {
			// "visit Manchester the following day": counted from the day before.
			if base := f.relativeBase(l, sc, k); base != "" && d < bestDist {
				if v, ok := addDays(base, n); ok {
					best, bestDist, rel = k, d, v
				}
			}
			continue
		}
		if isDate(tx.Value) && (!f.published.IsZero() || hasYear(tx.Text)) {
			if d < bestDist {
				best, bestDist, rel = k, d, ""
			}
		} else if tx.Type == "DATE" || tx.Type == "TIME" || tx.Type == "" {
			if d < fbDist {
				fallback, fbDist = k, d
			}
		}
	}
	if best >= 0 && rel != "" {
		tx := f.timexes[best]
		l.Date, l.WhenText = rel, f.relativeWhen(tx)
		return
	}
	if best >= 0 {
		tx := f.timexes[best]
		l.Date = dateValue(tx.Value)
		l.WhenText = f.whenText(tx)
		if v, when, ok := f.betweenValue(best); ok {
			l.Date, l.WhenText = v, when
			return
		}
		if isDay(l.Date) && f.startsAt(tx) {
			l.WhenText = f.startWhen(tx)
		}
		if v, when, ok := f.dayRangeValue(tx); ok {
			// "from May 12 to 15": the week when the days share one.
			l.Date, l.WhenText = v, when
			return
		}
		if d, ok := f.dayAfterMonth(tx); ok && len(l.Date) == 7 {
			// "January 14:" read as the month alone.
			l.Date = l.Date + "-" + d
		}
		if y, ok := f.yearAfter(best); ok && len(l.Date) == 7 {
			// "in August last year": the tagger read the month and the
			// year apart.
			l.Date = y + l.Date[4:]
			l.WhenText = f.text[tx.Start:f.timexes[best+1].End]
		}
		if d, ok := f.dayInWeek(best); ok && isDay(l.Date) {
			// "Thursday next week": the day of that week.
			l.Date = d
			l.WhenText = f.text[tx.Start:f.timexes[best+1].End]
			f.rangeWeek(l, best)
			return
		}
		if f.rangeWeek(l, best) {
			return
		}
		f.redirectWeekday(l, tx)
		return
	}
	if fallback >= 0 {
		l.WhenText = f.whenText(f.timexes[fallback])
	}
}

// yearAfter is the year of the timex right after timex k ("August" +
// "last year"), when it follows with nothing but a space between.
func (f *finder) yearAfter(k int) (string, bool) {
	if k+1 >= len(f.timexes) {
		return "", false
	}
	a, b := f.timexes[k], f.timexes[k+1]
	gap := f.text[a.End:b.Start]
	if b.Start < a.End || strings.TrimSpace(gap) != "" || len(gap) > 2 {
		return "", false
	}
	if v := b.Value; len(v) == 4 && isDate(v) {
		return v, true
	}
	return "", false
}

// relativeBetween reports a restrictive "that"/"which" clause, or a
// "said ... that" complement, starting between the byte offsets: a time
// before it is not the time of a place inside it.
func (f *finder) relativeBetween(from, to int) bool {
	for k, t := range f.toks {
		if t.start < from || t.start >= to {
			continue
		}
		if (t.w == "that" || t.w == "which") && k > 0 && f.toks[k-1].w != "," {
			return true
		}
	}
	return false
}

// journeyAfterBetween reports an "after" that opens a journey ("after a
// state visit to Peru") between the byte offsets from and to: a time
// before it is the main clause's, which came later.
func (f *finder) journeyAfterBetween(from, to int) bool {
	for k, t := range f.toks {
		if t.start < from || t.start >= to || t.w != "after" {
			continue
		}
		for j := k + 1; j < len(f.toks) && j <= k+4 && f.toks[j].start < to; j++ {
			if c, ok := cueOf(f.toks[j].w); ok && (c.kind == cueTravel || c.kind == cueNoun) {
				return f.afterStop(j)
			}
		}
	}
	return false
}

// whereOfOther reports a ", where" clause between the place at pos and
// the offset to that hangs on another place: its times are that place's.
func (f *finder) whereOfOther(sc *sentCtx, pos, to int) bool {
	for k, t := range f.toks {
		if t.start <= pos || t.start >= to || t.w != "where" || k == 0 || f.toks[k-1].w != "," {
			continue
		}
		comma := f.toks[k-1].start
		for _, p := range f.placesOf(sc) {
			if p.End == comma {
				return p.Start != pos
			}
		}
	}
	return false
}

// dayRange reports "from May 12 to 15": a timex after "from" followed by
// "to" and a day of the month.
func (f *finder) dayRange(tx newsbot.Timex) bool {
	_, _, ok := f.dayRangeValue(tx)
	return ok
}

// dayRangeValue reads "from May 12 to 15" as the ISO week of the two days
// when they share one, else as the first day, with the words as written.
func (f *finder) dayRangeValue(tx newsbot.Timex) (string, string, bool) {
	v := dateValue(tx.Value)
	if !isDay(v) {
		return "", "", false
	}
	lo := max(0, tx.Start-5)
	from := strings.LastIndex(strings.ToLower(f.text[lo:tx.Start]), "from")
	if from < 0 {
		return f.dayFirstRange(tx, v)
	}
	rest := f.text[tx.End:]
	k := 0
	for k < len(rest) && rest[k] == ' ' {
		k++
	}
	switch {
	case strings.HasPrefix(rest[k:], "to "):
		k += 3
	case strings.HasPrefix(rest[k:], "until "):
		k += 6
	case strings.HasPrefix(rest[k:], "-"):
		k++
	case strings.HasPrefix(rest[k:], "–"):
		k += len("–")
	default:
		return "", "", false
	}
	for k < len(rest) && rest[k] == ' ' {
		k++
	}
	n, digits := 0, 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' && digits < 3 {
		n = n*10 + int(rest[k]-'0')
		k++
		digits++
	}
	if digits == 0 || digits > 2 || k < len(rest) && (rest[k] >= '0' && rest[k] <= '9' || rest[k] >= 'a' && rest[k] <= 'z') {
		return "", "", false
	}
	first, err := time.Parse("2006-01-02", v)
	if err != nil || n < first.Day() || n > 31 {
		return "", "", false
	}
	last := first.AddDate(0, 0, n-first.Day())
	when := f.text[lo+from : tx.End+k]
	y1, w1 := first.ISOWeek()
	y2, w2 := last.ISOWeek()
	if y1 == y2 && w1 == w2 {
		return fmt.Sprintf("%04d-W%02d", y1, w1), when, true
	}
	return v, when, true
}

// dayFirstRange reads "from 12 to 14 January" (or "between 12 and 14
// January"), where the tagger took only the last day v, as dayRangeValue
// reads "from May 12 to 15".
func (f *finder) dayFirstRange(tx newsbot.Timex, v string) (string, string, bool) {
	base := max(0, tx.Start-20)
	before := strings.TrimRight(f.text[base:tx.Start], " ")
	var ok bool
	for _, link := range []string{" to", " until", " and", "-", "–"} {
		if before, ok = strings.CutSuffix(before, link); ok {
			break
		}
	}
	if !ok {
		return "", "", false
	}
	before = strings.TrimRight(before, " ")
	k := len(before)
	for k > 0 && before[k-1] >= '0' && before[k-1] <= '9' {
		k--
	}
	if k == len(before) || len(before)-k > 2 || k < 5 {
		return "", "", false
	}
	n := 0
	for _, c := range before[k:] {
		n = n*10 + int(c-'0')
	}
	head := before[:k]
	start := 0
	for _, w := range []string{"from ", "From ", "between ", "Between "} {
		if strings.HasSuffix(head, w) {
			start = base + len(head) - len(w)
			break
		}
	}
	if start == 0 {
		return "", "", false
	}
	last, err := time.Parse("2006-01-02", v)
	if err != nil || n < 1 || n >= last.Day() {
		return "", "", false
	}
	first := last.AddDate(0, 0, n-last.Day())
	when := f.text[start:tx.End]
	y1, w1 := first.ISOWeek()
	y2, w2 := last.ISOWeek()
	if y1 == y2 && w1 == w2 {
		return fmt.Sprintf("%04d-W%02d", y1, w1), when, true
	}
	return first.Format("2006-01-02"), when, true
}

// dayInWeek reads a bare weekday followed by a week ("Thursday next
// week") as that day of the week, when the tagger read them apart.
func (f *finder) dayInWeek(k int) (string, bool) {
	if k+1 >= len(f.timexes) || !bareWeekday(f.timexes[k].Text) {
		return "", false
	}
	a, b := f.timexes[k], f.timexes[k+1]
	if b.Start < a.End || strings.TrimSpace(f.text[a.End:b.Start]) != "" || b.Start-a.End > 2 || !strings.Contains(b.Value, "-W") {
		return "", false
	}
	mon, _, ok := DayRange(b.Value)
	if !ok {
		return "", false
	}
	want := weekdayIndex(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(a.Text)), "on "))
	return mon.AddDate(0, 0, want).Format("2006-01-02"), want >= 0
}

// weekdayIndex counts from Monday: "monday" 0 ... "sunday" 6, else -1.
func weekdayIndex(w string) int {
	for i, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if w == d {
			return i
		}
	}
	return -1
}

// rangeWeek reads "from Monday to Thursday next week" as the week of its
// first day when the range stays within a week, else as the first day: a
// list of stops over the range has no single day. k is the timex of the
// range's end, which l has taken.
func (f *finder) rangeWeek(l *leg, k int) bool {
	if k < 1 {
		return false
	}
	end, start := f.timexes[k], f.timexes[k-1]
	between := strings.ToLower(strings.TrimSpace(f.text[start.End:end.Start]))
	if start.End > end.Start || between != "to" && between != "until" && between != "through" && between != "till" {
		return false
	}
	lo := max(0, start.Start-6)
	from := strings.LastIndex(strings.ToLower(f.text[lo:start.Start]), "from")
	if from < 0 {
		return false
	}
	a := dateValue(start.Value)
	if !isDay(a) || !isDay(l.Date) {
		return false
	}
	first, _, ok1 := DayRange(a)
	last, _, ok2 := DayRange(l.Date)
	if !ok1 || !ok2 {
		return false
	}
	y1, w1 := first.ISOWeek()
	y2, w2 := last.ISOWeek()
	if y1 == y2 && w1 == w2 {
		l.Date = fmt.Sprintf("%04d-W%02d", y1, w1)
	} else {
		l.Date = a
	}
	l.WhenText = f.text[lo+from : end.End]
	return true
}

// newClauseBetween reports whether a coordinated clause with its own
// verb starts between the byte offsets from and to: "and will meet",
// "and was", "; ".
// andSubjectBetween reports "and" with a subject of its own and its verb
// between byte offsets from and to: "... and the two leaders met in",
// "... and Modi flew to".
func (f *finder) andSubjectBetween(from, to int) bool {
	for k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= from }); k < len(f.toks); k++ {
		t := f.toks[k]
		if t.start >= to {
			return false
		}
		if t.w != "and" {
			continue
		}
		subj := false
		for j := k + 1; j < len(f.toks) && j <= k+5 && f.toks[j].start < to; j++ {
			u := f.toks[j]
			if c, ok := cueOf(u.w); ok && c.tense == tensePast && c.kind != cuePresence {
				return subj
			}
			switch {
			case inSet(determinersSet, u.w) || u.w == "two" || u.w == "both" || pairNouns[u.w]:
				subj = subj || pairNouns[u.w]
			case !u.punct && isCapitalised(f.text[u.start:u.end]):
				subj = true
			default:
				j = len(f.toks) // not a subject: stop
			}
		}
	}
	return false
}

func (f *finder) newClauseBetween(from, to int) bool {
	for k, t := range f.toks {
		if t.start < from || t.start >= to {
			continue
		}
		if t.w == ";" {
			return true
		}
		if t.w == "," && k+1 < len(f.toks) && f.toks[k+1].start < to {
			switch f.toks[k+1].w {
			case "where", "when", "who":
				// ", where he will meet Starmer on Monday": the meeting
				// keeps its day (a leg of its own); ", where he spoke on
				// Thursday" dates the stop.
				for _, u := range f.toks[k+2:] {
					if u.punct {
						break
					}
					if c, ok := cueOf(u.w); ok && c.kind == cueMeet {
						return true
					}
				}
			}
		}
		if t.w == "and" && k+1 < len(f.toks) && f.toks[k+1].start < to {
			switch f.toks[k+1].w {
			case "will", "would", "is", "was", "are", "were", "has", "had", "then", "later", "also", "plans", "hopes", "met", "held":
				return true
			}
		}
		if t.w == "and" && k+2 < len(f.toks) && f.toks[k+2].start < to {
			// "then go to Doha and end the trip in Abu Dhabi on Thursday":
			// a verb phrase of its own with its own journey.
			if c, ok := cueOf(f.toks[k+2].w); ok && (c.kind == cueNoun || c.kind == cueTravel) && !inSet(determinersSet, f.toks[k+1].w) {
				return true
			}
			if k+3 < len(f.toks) && f.toks[k+3].start < to && inSet(determinersSet, f.toks[k+2].w) {
				if c, ok := cueOf(f.toks[k+3].w); ok && c.kind == cueNoun {
					return true
				}
			}
		}
		if (t.w == "before" || t.w == "after") && k+1 < len(f.toks) && f.toks[k+1].start < to && strings.HasSuffix(f.toks[k+1].w, "ing") {
			// "... in New York before returning to Rome on Thursday": the
			// journey after "before" has its own day.
			if c, ok := cueOf(f.toks[k+1].w); ok && c.kind == cueTravel || closingParticiple(f.toks[k+1].w) {
				return true
			}
		}
	}
	return false
}

// bounding reports whether the timex is a bound ("since 2018", "until
// May") rather than the time of the leg.
func (f *finder) bounding(tx newsbot.Timex) bool {
	lower := strings.ToLower(tx.Text)
	if start := isDay(dateValue(tx.Value)) && f.startsAt(tx); start {
		return false // "a state visit from 14 April": the first day
	}
	for _, p := range []string{"since ", "until ", "till ", "from "} {
		if strings.HasPrefix(lower, p) {
			if p == "until " || p == "till " {
				for k, t := range f.toks {
					if t.start >= tx.Start {
						return !f.negatedBefore(k)
					}
				}
			}
			return true
		}
	}
	for k := len(f.toks) - 1; k >= 0; k-- {
		if f.toks[k].end <= tx.Start {
			w := f.toks[k].w
			if w == "in" && f.sinceClause(k) {
				return true // "since taking office in July"
			}
			if (w == "until" || w == "till") && f.negatedBefore(k) {
				return false // "did not arrive until Sunday": Sunday is the day
			}
			return w == "since" || w == "until" || w == "till" || w == "from"
		}
	}
	return false
}

// dayAfterMonth is the day number right after a month the tagger read
// alone ("January 14: arrival in"), two digits; not a year or a count
// ("March 2027", "May 3 percent" has no colon or comma after).
func (f *finder) dayAfterMonth(tx newsbot.Timex) (string, bool) {
	if len(tx.Value) != 7 || !isDate(tx.Value) {
		return "", false
	}
	rest := f.text[tx.End:]
	n := 0
	for n < len(rest)-1 && n < 3 && rest[n+1] >= '0' && rest[n+1] <= '9' {
		n++
	}
	if rest == "" || rest[0] != ' ' || n == 0 || n > 2 || 1+n >= len(rest) {
		return "", false
	}
	if c := rest[1+n]; c != ':' && c != ',' {
		return "", false
	}
	d := rest[1 : 1+n]
	if len(d) == 1 {
		d = "0" + d
	}
	if d == "00" || d > "31" {
		return "", false
	}
	return d, true
}

// genitive reports an "'s" at byte offset end: the time before it
// qualifies a noun ("Tuesday's vote").
func genitive(s string, end int) bool {
	return strings.HasPrefix(s[end:], "'s ") || strings.HasPrefix(s[end:], "’s ")
}

// countedIn reports a year or month that bounds a count of journeys
// rather than dating one: "his second visit to the UK this year", "the
// third trip this month".
func (f *finder) countedIn(tx newsbot.Timex) bool {
	if len(tx.Value) != 4 && len(tx.Value) != 7 || !hasPrefixFold(tx.Text, "this ") {
		return false // "his first visit to Japan next month" is dated
	}
	k := sort.Search(len(f.toks), func(k int) bool { return f.toks[k].start >= tx.Start })
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		switch f.toks[j].w {
		case "first", "second", "third", "fourth", "fifth", "sixth", "latest":
			c, ok := cueOf(f.toks[min(j+1, len(f.toks)-1)].w)
			return ok && (c.kind == cueNoun || c.kind == cueTravel)
		}
		if f.toks[j].punct {
			return false
		}
	}
	return false
}

// journeyAt reports a journey or gathering noun within the three words
// after byte offset pos: "Saturday's trip to France", "next summer's
// Lions tour" are dated by the genitive.
func (f *finder) journeyAt(pos int) bool {
	n := 0
	for _, t := range f.toks {
		if t.start <= pos {
			continue
		}
		if c, ok := cueOf(t.w); ok && (c.kind == cueNoun || c.kind == cueTravel) || isEventNoun(t.w) {
			return true
		}
		if n++; n > 3 || t.punct {
			return false
		}
	}
	return false
}

// sinceClause reports a "since" and a verb in -ing a few words before
// token k, in one clause: "since taking office in", "since coming to
// power in".
func (f *finder) sinceClause(k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if f.toks[j].punct {
			return false
		}
		if f.toks[j-1].w == "since" && strings.HasSuffix(f.toks[j].w, "ing") {
			return true
		}
	}
	return false
}

// negatedBefore reports a negator among the tokens before k.
func (f *finder) negatedBefore(k int) bool {
	for _, t := range f.toks[:k] {
		if inSet(negatorsSet, t.w) {
			return true
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
	// "2026-XX-XX" ("later in the day"): a year alone is no day of the
	// stop's; the day stays the one told.
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9' &&
		(len(v) < 6 || v[5] != 'X')
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

// calledOff reports "called off", "called the trip off", "called it off"
// at token k.
func (f *finder) calledOff(k int) bool {
	toks := f.toks
	if k+1 < len(toks) && toks[k+1].w == "off" {
		return true
	}
	if k+2 < len(toks) && toks[k+2].w == "off" && (toks[k+1].w == "it" || toks[k+1].w == "them") {
		return true
	}
	return k+3 < len(toks) && toks[k+3].w == "off" && (toks[k+1].w == "the" || toks[k+1].w == "his" || toks[k+1].w == "her") &&
		(toks[k+2].w == "trip" || toks[k+2].w == "visit" || toks[k+2].w == "tour" || toks[k+2].w == "journey")
}

// settle turns the words' status and the date into the leg's status: a
// leg on the publication day is under way, one before it done, one after
// it scheduled; a cancellation always stands.
func (f *finder) settle(l *leg) {
	if l.tense != newsbot.StatusCancelled && f.wished(l) {
		// A wish is no journey: finish drops a leg with no place. A hope
		// called off ("had hoped to visit Japan in March but the trip was
		// cancelled") was a plan, and stays one.
		l.Place = ""
		return
	}
	l.Status = l.tense
	if l.Status == newsbot.StatusCancelled {
		f.pastPlanMonth(l)
		f.comingPlanMonth(l)
		return
	}
	if l.tense == newsbot.StatusScheduled {
		f.plannedMonthAhead(l)
	}
	if l.tense == newsbot.StatusDone {
		f.madeMonthBack(l)
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
		from, to, ok := DayRange(l.Date)
		if !ok {
			from, to, ok = weekendRange(l.Date) // "next weekend"
		}
		if ok {
			switch {
			case from.Equal(pub) && to.Equal(pub) && (laterToday(l) || eveningAhead(l)):
				l.Status = newsbot.StatusScheduled // "will land this evening": still ahead on the day of the paper
			case from.Equal(pub) && to.Equal(pub):
				l.Status = newsbot.StatusUnderway
			case to.Before(pub):
				l.Status = newsbot.StatusDone
			case from.After(pub):
				l.Status = newsbot.StatusScheduled
			case l.Status == "" && l.present:
				// "heads to Australia this week": announced, still ahead.
				l.Status = newsbot.StatusScheduled
			case l.Status == "":
				// "this week", "this month" with no telling verb: the
				// period holds the publication day.
				l.Status = newsbot.StatusUnderway
			}
		}
	}
	if l.Status == "" || (l.ended || l.held) && l.Status == newsbot.StatusUnderway {
		l.Status = newsbot.StatusDone // "cut short his visit on Tuesday", "talks ... ended on Tuesday": over
	}
}

// plannedMonthAhead moves the bare month of a plan ("hopes to visit
// Washington in February", told in January), which the tagger read as the
// month gone by when no "will" told it the way, to the coming one.
func (f *finder) plannedMonthAhead(l *leg) {
	if f.published.IsZero() || len(l.Date) != 7 || l.WhenText == "" || hasYear(l.WhenText) || !planVerbBefore(f.text[max(0, l.cuePos-16):l.cuePos]) {
		return
	}
	when := strings.ToLower(l.WhenText)
	if strings.Contains(when, "last") || strings.Contains(when, "ago") || strings.Contains(when, "earlier") || strings.Contains(when, "this") {
		return
	}
	m, err := time.Parse("2006-01", l.Date)
	if err != nil {
		return
	}
	pubMonth := time.Date(f.published.Year(), f.published.Month(), 1, 0, 0, 0, 0, time.UTC)
	if m.Before(pubMonth) && !m.AddDate(1, 0, 0).Before(pubMonth) {
		l.Date = m.AddDate(1, 0, 0).Format("2006-01")
	}
}

// madeMonthBack moves the bare month of a journey told as made ("The
// prince's last overseas trip was to Rio de Janeiro in November", told in
// May), which the tagger read as the coming one, to the month gone by.
func (f *finder) madeMonthBack(l *leg) {
	if f.published.IsZero() || len(l.Date) != 7 || l.WhenText == "" || hasYear(l.WhenText) || l.placePos <= l.Start || l.placePos > len(f.text) {
		return
	}
	when := strings.ToLower(l.WhenText)
	if strings.Contains(when, "next") || strings.Contains(when, "this") || strings.Contains(when, "later") {
		return
	}
	// A past verb before the place says so ("trip was to", "visited");
	// "has another meeting in France" does not.
	head := f.text[l.Start:l.placePos]
	if !strings.Contains(head, " was ") && !strings.Contains(head, " were ") && !strings.Contains(head, "ed ") {
		return
	}
	m, err := time.Parse("2006-01", l.Date)
	if err != nil {
		return
	}
	pubMonth := time.Date(f.published.Year(), f.published.Month(), 1, 0, 0, 0, 0, time.UTC)
	if m.After(pubMonth) && !m.AddDate(-1, 0, 0).After(pubMonth) {
		l.Date = m.AddDate(-1, 0, 0).Format("2006-01")
	}
}

// planVerbBefore reports a verb of intent right before a journey cue:
// "hopes to (visit)", "plans to", "wants to".
func planVerbBefore(s string) bool {
	for _, v := range []string{"hopes to ", "hoping to ", "plans to ", "planning to ", "wants to ", "aims to ", "intends to "} {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// pastPlanMonth moves the month of a plan called off in a past narrative
// ("Musk had been expected in New Delhi in April but postponed the trip",
// told in November) to the month gone by: the tagger read it ahead. A
// perfect ("has postponed a trip that had been planned for January") is
// news of a plan still ahead, and stays.
func (f *finder) pastPlanMonth(l *leg) {
	if f.published.IsZero() || len(l.Date) != 7 || l.WhenText == "" || !strings.Contains(l.Evidence, l.WhenText) {
		return
	}
	ev := l.Evidence
	if !strings.Contains(ev, "had been ") || strings.Contains(ev, "has ") || strings.Contains(ev, "have ") {
		return
	}
	m, err := time.Parse("2006-01", l.Date)
	if err != nil || m.Year() != f.published.Year()+1 {
		return
	}
	if back := m.AddDate(-1, 0, 0); back.Month() < f.published.Month() {
		l.Date = back.Format("2006-01")
	}
}

// comingPlanMonth moves the month of a plan just put off ("has postponed a
// trip to India planned for January", told in November), which the tagger
// read as the month gone by, to the coming one: news of a plan called off
// is of a plan still ahead. A past narrative ("had been ...") is left to
// pastPlanMonth; a month with its year or "last" stays.
func (f *finder) comingPlanMonth(l *leg) {
	if f.published.IsZero() || len(l.Date) != 7 || l.WhenText == "" || !strings.Contains(l.Evidence, l.WhenText) {
		return
	}
	ev := l.Evidence
	if strings.Contains(ev, "had been ") || !strings.Contains(ev, "has ") && !strings.Contains(ev, "have ") {
		return
	}
	when := strings.ToLower(l.WhenText)
	if hasYear(l.WhenText) || strings.Contains(when, "last") || strings.Contains(when, "ago") || strings.Contains(when, "earlier") {
		return
	}
	m, err := time.Parse("2006-01", l.Date)
	if err != nil {
		return
	}
	// Only when the coming month is the nearer: in February, "planned for
	// January" is likely the month just gone.
	back := int(f.published.Month()) - int(m.Month())
	if m.Year() == f.published.Year() && back > 6 {
		l.Date = m.AddDate(1, 0, 0).Format("2006-01")
	}
}

// wished reports a leg whose journey is only wished for: "wants to return
// to France one day", "would love to go back to Rome", "has long wanted to
// visit Japan", "dreams of returning to Rome". A hope in the present tense
// dated to a month, a week or a day is a visit being arranged ("hopes to
// visit Washington in February") and stays a plan; "plans to", "intends
// to" and "is expected to" are no wishes.
func (f *finder) wished(l *leg) bool {
	if l.cuePos <= l.Start || l.cuePos > len(f.text) {
		return false
	}
	ws := strings.Fields(strings.ToLower(f.text[max(l.Start, l.cuePos-60):l.cuePos]))
	n := len(ws)
	if n < 2 || ws[n-1] != "to" && ws[n-1] != "of" {
		return false
	}
	for j := n - 2; j >= 0 && j >= n-5; j-- {
		switch ws[j] {
		case "threatened", "threatens", "threatening", "threat":
			return true // "threatened on Monday to go to Chicago": a threat, no plan
		}
	}
	k := n - 2
	for k > 0 && wishAdverbs[ws[k]] {
		k-- // "has long wanted to", "hopes one day to"
	}
	w := ws[k]
	prev := ""
	if k > 0 {
		prev = ws[k-1]
	}
	if ws[n-1] == "of" {
		// "dreams of returning to Rome"
		return w == "dreams" || w == "dreamed" || w == "dreamt" || w == "dream" || w == "dreaming"
	}
	switch {
	case (w == "love" || w == "like" || w == "want" || w == "prefer") && (prev == "would" || strings.HasSuffix(prev, "'d") || strings.HasSuffix(prev, "’d")):
		return true // "would love to go back": a wish, not a plan
	case wishPast[w]:
		return true // "has long wanted to visit": never made, never planned
	case wishPresent[w]:
		return !finerThanMonth(l.Date)
	}
	return false
}

// finerThanMonth reports a TIMEX3 value of a month, a week or a day:
// "2027-02", "2026-W48", "2026-11-20" (not a year or a season).
func finerThanMonth(v string) bool {
	return len(v) >= 7 && v[4] == '-' && (v[5] >= '0' && v[5] <= '9' || v[5] == 'W')
}

var (
	// wishPresent and wishPast are verbs and adjectives of wishing before
	// "to" + a journey.
	wishPresent = map[string]bool{
		"wants": true, "want": true, "wanting": true, "hopes": true, "hope": true, "hoping": true, "wishes": true,
		"wish": true, "wishing": true, "longs": true, "longing": true, "yearns": true, "yearning": true,
		"aspires": true, "keen": true, "eager": true, "itching": true, "dying": true, "desperate": true,
	}
	wishPast = map[string]bool{
		"wanted": true, "hoped": true, "wished": true, "longed": true, "yearned": true, "aspired": true,
	}
	// wishAdverbs may stand between a wish and its "to".
	wishAdverbs = map[string]bool{
		"long": true, "always": true, "still": true, "also": true, "really": true, "desperately": true,
		"one": true, "day": true, "someday": true, "eventually": true, "finally": true, "ever": true, "badly": true,
		"again": true, "very": true, "so": true,
	}
)
