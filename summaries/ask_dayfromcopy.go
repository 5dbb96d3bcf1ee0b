package summaries

import (
	"context"
	"fmt"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/timex"
)

// "Where is Bralić on Sunday 29 November?" with no leg that day: the trip
// extractor may have lost the leg or dated it wrong when two are told in
// one sentence ("She will address supporters in Rijeka on Saturday and
// travel to Osijek ... on Sunday"). A sentence about the person (or "she"
// right after them) with a travel cue and a date that resolves to the day
// asked tells where, cited, with no claim beyond it.

// whereOnDayFromCopy answers from such a sentence; ok is false when none.
func (s *Service) whereOnDayFromCopy(ctx context.Context, p newsbot.PersonRecord, day time.Time) (Answer, bool, error) {
	weekday := day.Weekday().String()
	items, err := s.personSentences(ctx, p.Name, weekday, "", reTravelCue.MatchString)
	if err != nil {
		return Answer{}, false, err
	}
	want := day.Format(time.DateOnly)
	for _, it := range items {
		if len(it.Sources) == 0 {
			continue
		}
		for _, tx := range timex.Tag(it.Text, it.Sources[0].Published) {
			if tx.Type != "DATE" || tx.Value != want || !strings.Contains(strings.ToLower(tx.Text), strings.ToLower(weekday)) {
				continue
			}
			lead := fmt.Sprintf("Nothing is stored for %s on %s in the itineraries; the coverage says: “%s”", p.Name, longDate(local(day, s.loc())), strings.TrimSpace(it.Text))
			a := Answer{Lead: s.citedLead(lead, it.Sources[0]), Sources: it.Sources[:1], Items: []Item{it}}
			if it.Detail != "" {
				a.Lead += "; " + it.Detail
			}
			a.Lead += "."
			return a, true, nil
		}
	}
	return Answer{}, false, nil
}
