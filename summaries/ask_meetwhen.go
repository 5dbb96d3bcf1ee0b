package summaries

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "when does X meet Y?", "when is X meeting Y?", "when will X hold talks
// with Y?": the day of a meeting, which need not be the day of the visit
// ("arrives in Santiago on Tuesday ... will meet Paredes on Thursday").
var (
	reWhenMeet = lazyre.New(`(?i)^(?:when|(?:on\s+)?(?:what|which)\s+day)\s+(is|was|will|does|did|do|are|were)\s+(.+?)\s+(?:(?:due|expected|scheduled|set|going|planning|supposed)\s+to\s+)?(?:be\s+)?` + meetVerbRe + `\s+(.+)$`)
	// "when is X's meeting with Y?", "when are X's talks with Y?"
	reWhenMeeting = lazyre.New(`(?i)^(?:when|(?:on\s+)?(?:what|which)\s+day)\s+(is|was|are|were)\s+(.+?)(?:'s|s')\s+(?:meeting|talks|lunch|dinner|audience)\s+with\s+(.+)$`)
	// "when will X and Y meet?"
	reWhenPair = lazyre.New(`(?i)^(?:when|(?:on\s+)?(?:what|which)\s+day)\s+(will|do|did|are|were)\s+(.+?)\s+and\s+(.+?)\s+(?:be\s+)?(?:meet(?:ing)?|hold(?:ing)?\s+talks|sit(?:ting)?\s+down)(?:\s+.*)?$`)
)

// parseWhenMeet reads the "when does X meet Y?" shapes.
func parseWhenMeet(s string) (Question, bool) {
	for _, re := range []*lazyre.Regexp{reWhenMeeting, reWhenPair, reWhenMeet} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		q := Question{Kind: QMeet, When: true, Subject: cleanName(m[2]), Tense: tenseOf(m[1]), Text: s}
		q.Other, q.Place, q.DateText = splitMeetObject(m[3])
		if q.Subject != "" && q.Other != "" {
			return q, true
		}
	}
	return Question{}, false
}

// reMeetClause marks where a sentence turns to a meeting; reClauseBreak,
// between a day and that turn, says the day belongs to another clause
// ("arrives on Monday and will meet ..."); reTravelTurn likewise (the day
// of the flight, not of the talks).
var (
	reMeetClause  = lazyre.New(`(?i)\b(?:meet(?:s|ing)?|met|(?:hold|holds|holding|held|have|has|had|for|in|of)\s+talks|talks\s+with|sit\s+down\s+with|(?:lunch|dinner|breakfast)\s+with|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|a\s+meeting\s+with)\b`)
	reClauseBreak = lazyre.New(`(?i)\b(?:and|then|before|after|ahead\s+of|while|where|when|following)\b|[;:]`)
	reTravelTurn  = lazyre.New(`(?i)\b(?:arriv\w*|lands?|landed|landing|fl(?:y|ies|ew|ying|own)|travel\w*|head(?:s|ed|ing)?|leav(?:e|es|ing)|left|return\w*|visit\w*|tour\w*)\b`)
)

// meetingDay is the day a sentence gives for the subject's meeting with
// other: the day written in the meeting's own clause (after the name, or
// before the meeting verb with nothing between that starts another
// clause), not the arrival's. Relative days are read against published; a
// weekday that would fall before a day the sentence names earlier (the
// arrival) is the next such weekday: "lands on Sunday ahead of talks on
// Tuesday" means the Tuesday after that Sunday.
func meetingDay(sentence, other string, published time.Time) (day time.Time, said string, ok bool) {
	if published.IsZero() {
		return time.Time{}, "", false
	}
	nameRe, err := wordRe(lastWord(other))
	if err != nil {
		return time.Time{}, "", false
	}
	at := nameRe.FindStringIndex(sentence)
	if at == nil {
		return time.Time{}, "", false
	}
	// The meeting verb nearest before the name.
	verb := -1
	for _, m := range reMeetClause.FindAllStringIndex(sentence[:at[0]], -1) {
		verb = m[0]
	}
	if verb < 0 {
		// The two named first: "She and Ferri will meet on Friday".
		m := reMeetClause.FindStringIndex(sentence[at[1]:])
		if m == nil || m[0] > 40 || strings.ContainsAny(sentence[at[1]:at[1]+m[0]], ",;:") {
			return time.Time{}, "", false
		}
		verb = at[1] + m[0]
		at = []int{at[0], at[1] + m[1]}
	}
	type dated struct {
		tx  newsbot.Timex
		day time.Time
	}
	var days []dated
	for _, tx := range timex.Tag(sentence, published) {
		if tx.Type != "DATE" && tx.Type != "TIME" || len(tx.Value) < 10 {
			continue
		}
		// "Friday morning" is a TIME: its day is what counts.
		if d, err := time.Parse(time.DateOnly, tx.Value[:10]); err == nil {
			days = append(days, dated{tx, d})
		}
	}
	// "her office said on Monday": the day of the report, not of the meeting.
	days = slices.DeleteFunc(days, func(d dated) bool { return reSaidBefore.MatchString(sentence[:d.tx.Start]) })
	pick := -1
	for i, d := range days {
		// After the name, before any turn to travel: "meet Paredes on Thursday".
		if d.tx.Start >= at[1] {
			if !reTravelTurn.MatchString(sentence[at[1]:d.tx.Start]) && !strings.Contains(sentence[at[1]:d.tx.Start], ";") {
				pick = i
			}
			break
		}
	}
	if pick < 0 {
		// Before the verb, in its own clause: "and on Wednesday he will
		// hold talks with Mwangi".
		for i := len(days) - 1; i >= 0; i-- {
			d := days[i]
			if d.tx.End > verb {
				continue
			}
			gap := sentence[d.tx.End:verb]
			if !reClauseBreak.MatchString(gap) && !reTravelTurn.MatchString(gap) {
				pick = i
			}
			break
		}
	}
	if pick < 0 {
		return time.Time{}, "", false
	}
	day, said = days[pick].day, days[pick].tx.Text
	if reWeekdayWord.MatchString(said) {
		for _, d := range days[:pick] {
			for day.Before(d.day) {
				day = addDays(day, 7)
			}
		}
	}
	return day, said, true
}

// reSaidBefore ends just before a day that dates the report: "said on
// Monday", "told reporters on Friday", "announced late on Tuesday".
var reSaidBefore = lazyre.New(`(?i)\b(?:said|says|announced|told\s+\S+|confirmed|reported|added|stated|disclosed|revealed)\s+(?:(?:late|early)\s+)?(?:on\s+)?$`)

var reWeekdayWord = lazyre.New(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`)

// evidencePub is the publication date a leg's evidence was read against:
// the source whose date makes the sentence give the leg's day, else the
// newest source.
func evidencePub(v legView) time.Time {
	t := v.leg.Trip
	if t.Date != "" && t.Evidence != "" {
		for _, r := range v.leg.Sources {
			for _, tx := range timex.Tag(t.Evidence, r.Published) {
				if tx.Value == t.Date {
					return r.Published
				}
			}
		}
	}
	return newest(v.leg.Sources)
}

// counterpartName is how the leg names other: the full name it stores.
func counterpartName(t newsbot.Trip, other string) string {
	last := lastWord(normWords(other))
	for _, c := range t.Counterparts {
		if strings.Contains(" "+normWords(c)+" ", " "+last+" ") {
			return c
		}
	}
	return other
}

// askMeetWhen answers "when does X meet Y?" with the meeting's own day.
func (s *Service) askMeetWhen(ctx context.Context, q Question) (Answer, error) {
	p, cands, err := s.traveler(ctx, q.Subject, q.Place)
	if err != nil {
		return Answer{}, fmt.Errorf("ask when meet: %w", err)
	}
	if cands != nil {
		return candidatesAnswer(q.Subject, cands), nil
	}
	other := q.Other
	if o, oc, err := s.person(ctx, other); err != nil {
		return Answer{}, fmt.Errorf("ask when meet: %w", err)
	} else if oc == nil && o.ID != 0 {
		other = o.Name
	}
	notStored := Answer{Lead: fmt.Sprintf("%s %s meeting %s.", nothingStored, p.Name, other)}
	if p.ID == 0 {
		return s.suggested(ctx, Answer{Lead: fmt.Sprintf("%s %s.", nothingStored, p.Name)}, q.Subject)
	}
	vs, err := s.travel(ctx, p.Name)
	if err != nil {
		return Answer{}, fmt.Errorf("ask when meet: %w", err)
	}
	today := s.today()
	var met []legView
	for _, v := range vs {
		if meets(v.leg.Trip, other) {
			met = append(met, v)
		}
	}
	if len(met) > 0 {
		// A meeting still on the books is the answer; a called-off one
		// only when nothing else is stored.
		pool := slices.DeleteFunc(slices.Clone(met), func(v legView) bool { return v.leg.Trip.Status == newsbot.StatusCancelled })
		if len(pool) == 0 {
			a := Answer{Lead: "It was called off — " + s.legSentence(met[0], today), Sources: met[0].leg.Sources}
			a.Items = s.evidenceItems(met)
			return a, nil
		}
		v := pool[pickLeg(pool, q.Tense, today)]
		t := v.leg.Trip
		day, said, ok := meetingDay(t.Evidence, other, evidencePub(v))
		who := counterpartName(t, other)
		place := t.Place
		if place == "" {
			place = t.Country
		}
		if !ok {
			// Another sentence may date the meeting ("Talks with Santoso
			// are set for Saturday").
			_, d, txt, found, err := s.datedMeeting(ctx, p.Name, other)
			if err != nil {
				return Answer{}, err
			}
			switch {
			case found:
				day, said, ok = d, txt, true
			case v.dated() && !reTravelTurn.MatchString(t.Evidence) && reMeetCue.MatchString(t.Evidence):
				// The sentence is about the meeting, dated with it.
				day, said, ok = v.start, t.WhenText, true
			case v.dated():
				// Dated only with the journey ("will fly to Australia on
				// Monday ... is expected to meet Donovan"): the visit's
				// day is not the meeting's.
				verb := "is due to meet"
				if v.end.Before(today) || !v.start.After(today) && t.Status == newsbot.StatusDone {
					verb = "was due to meet"
				}
				lead := fmt.Sprintf("%s %s %s during the visit to %s from %s; the coverage does not give the day of the meeting", p.Name, verb, who, place, longDate(v.start))
				if len(v.leg.Sources) > 0 {
					lead = s.citedLead(lead, v.leg.Sources[0])
				}
				return Answer{Lead: lead + ".", Sources: v.leg.Sources, Items: s.evidenceItems(met)}, nil
			}
		}
		status := t.Status
		if ok && v.dated() && !day.Equal(v.start) {
			// The leg's status is the arrival's: of the meeting, only the
			// plan is known.
			status = newsbot.StatusScheduled
		}
		lead := meetLine(p.Name, who, place, status, day, ok, today)
		if ok && said != "" {
			lead += fmt.Sprintf(" (“%s”)", strings.TrimSpace(said))
		}
		if off, found, err := s.offReport(ctx, v); err != nil {
			return Answer{}, fmt.Errorf("ask when meet: %w", err)
		} else if found {
			lead += "; but later coverage says the visit was postponed or called off: “" + strings.TrimSpace(off.Text) + "” (" + s.cite(off.Article) + ")"
		}
		a := Answer{Lead: lead + ".", Sources: v.leg.Sources, Items: s.evidenceItems(met)}
		return a, nil
	}
	// No leg holds the meeting: a sentence naming both may ("She will also
	// hold talks with Rojas in Valparaiso on Wednesday").
	if it, day, said, ok, err := s.datedMeeting(ctx, p.Name, other); err != nil {
		return Answer{}, err
	} else if ok {
		lead := fmt.Sprintf("%s: %s is due to meet %s, according to the article text: “%s”", longDate(local(day, s.loc())), p.Name, other, strings.TrimSpace(it.Text))
		if day.Before(today) {
			lead = fmt.Sprintf("%s: %s was due to meet %s, according to the article text: “%s”", longDate(local(day, s.loc())), p.Name, other, strings.TrimSpace(it.Text))
		}
		lead = s.citedLead(lead, it.Sources[0])
		if said != "" {
			lead += fmt.Sprintf("; “%s” = %s", strings.TrimSpace(said), longDate(local(day, s.loc())))
		}
		return Answer{Lead: lead + ".", Sources: it.Sources[:1], Items: []Item{it}}, nil
	}
	// Articles naming both in their text may tell it in words the shapes
	// above miss ("met the committee of holders of its bonds"); a name in
	// a headline only ("Macron successor pledges aid") is not the person:
	// not stored.
	otherTerms := withoutStoryNouns(keyTerms(other))
	if len(otherTerms) == 0 {
		return notStored, nil
	}
	ps, err := s.Store.SearchPassages(ctx, strings.Join(append([]string{lastWord(p.Name)}, otherTerms...), " "), 5)
	if err != nil {
		return Answer{}, fmt.Errorf("ask when meet: %w", err)
	}
	for _, p := range ps[:min(len(ps), 2)] {
		sents, err := s.articleSentences(ctx, p.Article.ID)
		if err != nil {
			return Answer{}, fmt.Errorf("ask when meet: %w", err)
		}
		if termScore(strings.Join(sents, " "), otherTerms) > 0 {
			return s.askSearch(ctx, q.Text, q.Text)
		}
	}
	return notStored, nil
}

// datedMeeting is a stored sentence about name (or "he"/"she" just after)
// naming other with a meeting and its day, with that day.
func (s *Service) datedMeeting(ctx context.Context, name, other string) (Item, time.Time, string, bool, error) {
	cov, err := s.personSentences(ctx, name, lastWord(other), "", reMeetCue.MatchString)
	if err != nil {
		return Item{}, time.Time{}, "", false, fmt.Errorf("ask when meet: %w", err)
	}
	for _, it := range cov {
		if !mentions(it.Text, other) || len(it.Sources) == 0 {
			continue
		}
		if day, said, ok := meetingDay(it.Text, other, it.Sources[0].Published); ok {
			return it, day, said, true, nil
		}
	}
	return Item{}, time.Time{}, "", false, nil
}

// mentions: text names the person by their last name.
func mentions(text, name string) bool {
	re, err := wordRe(lastWord(name))
	return err == nil && re.MatchString(text)
}

// meetLine: "Thursday 26 November 2026: Helena Virtanen is due to meet
// Rodrigo Paredes in Santiago".
func meetLine(who, other, place, status string, day time.Time, dated bool, today time.Time) string {
	verb := "is due to meet"
	switch {
	case status == newsbot.StatusDone && dated && !day.After(today), dated && day.Before(today) && status != newsbot.StatusScheduled:
		verb = "met"
	case dated && day.Before(today):
		verb = "was due to meet"
	}
	line := fmt.Sprintf("%s %s %s", who, verb, other)
	if place != "" {
		line += " in " + place
	}
	if dated {
		return longDate(day) + ": " + line
	}
	return line + "; no day is given"
}

// countryLeg answers a question about a city from a leg the coverage told
// at country level only ("will arrive in Japan on Sunday" asked as "when
// does Silva arrive in Tokyo?"): the country's leg, saying the city is not
// reported. False when the asked place is no city or region of a country a
// leg names without its city.
func (s *Service) countryLeg(vs []legView, q Question, today time.Time) (Answer, bool) {
	asked, ok := places.Lookup(q.Place)
	if !ok || asked.Kind == places.Country {
		return Answer{}, false
	}
	var at []legView
	for _, v := range vs {
		t := v.leg.Trip
		if t.Status == newsbot.StatusCancelled {
			continue
		}
		place := cmp.Or(t.Place, t.Country)
		if p, ok := places.Lookup(place); ok && p.Kind == places.Country && strings.EqualFold(p.Name, asked.Country) {
			at = append(at, v)
		}
	}
	if len(at) == 0 {
		return Answer{}, false
	}
	v := at[pickLeg(at, q.Tense, today)]
	lead := s.legSentence(v, today) + fmt.Sprintf(" — the city is not reported, so %s is not confirmed", q.Place)
	if len(v.leg.Sources) > 0 {
		lead = s.citedLead(lead, v.leg.Sources[0])
	}
	return Answer{Lead: lead + ".", Sources: v.leg.Sources, Items: s.evidenceItems(at)}, true
}
