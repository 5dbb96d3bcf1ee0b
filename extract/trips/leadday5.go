package trips

import newsbot "github.com/newsroom/newsbot"

// leadDayMeetings dates a meeting told with no day of its own in the
// sentence right after a dated lead, at the dateline's city, by the
// person the lead is about: "JERUSALEM (AP) — Castellanos pressed
// Israel's prime minister on Saturday ... Castellanos met Prime Minister
// Carmeli for three hours at the prime minister's office in Jerusalem".
// The meeting is the lead's news, told again with its place: it happened
// on the lead's day. A lead with two days, or none, dates nothing.
func (f *finder) leadDayMeetings(legs []leg) {
	if !f.dlOK || len(f.sents) < 2 {
		return
	}
	lead := -1
	for si, sp := range f.sents {
		if sp.End > f.storyStart {
			lead = si
			break
		}
	}
	if lead < 0 || lead+1 >= len(f.sents) {
		return
	}
	sp := f.sents[lead]
	var day newsbot.Timex
	n := 0
	for _, tx := range f.timexesFrom(max(sp.Start, f.storyStart)) {
		if tx.Start >= sp.End {
			break
		}
		if v := dateValue(tx.Value); isDay(v) && (f.published.IsZero() || v <= f.publishedDay()) {
			day = tx
			n++
		}
	}
	if n != 1 {
		return
	}
	for i := range legs {
		l := &legs[i]
		if l.Date != "" || l.tense != newsbot.StatusDone || l.sentence != lead+1 || l.Place != f.dl.Name || l.person < 0 || !f.namedIn(l.person, sp.Start, sp.End) {
			continue
		}
		l.Date, l.WhenText = dateValue(day.Value), f.whenText(day)
	}
}

// namedIn reports a mention of person p between byte offsets start and
// end.
func (f *finder) namedIn(p, start, end int) bool {
	for _, m := range f.cast.Mentions {
		if m.Start >= end {
			break
		}
		if m.Start >= start && m.Person == p {
			return true
		}
	}
	return false
}
