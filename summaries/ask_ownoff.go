package summaries

import (
	"cmp"
	"context"
	"fmt"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A leg stored as done may be a plan its own report goes on to put off:
// "The tour was meant to include a stop in Gaborone on Friday. Botswana's
// government asked for that visit to be postponed ...". Asked "is X still
// going to Gaborone?", that report's call-off is the answer, not the leg.

// maxOwnOffReads caps the leg's reports read for a call-off.
const maxOwnOffReads = 2

// reThatVisit: a sentence that tells of the visit the one before named
// ("that visit", "the stop", "this leg").
var reThatVisit = lazyre.New(`(?i)\b(?:that|the|this)\s+(?:planned\s+)?(?:visit|stop(?:over)?|trip|leg)\b`)

// ownOffReport finds, in the reports of leg v, a sentence saying its visit
// was put off: one naming the place, or one right after a sentence naming
// it that calls off "that visit". The headline counts last.
func (s *Service) ownOffReport(ctx context.Context, v legView) (newsbot.Passage, bool, error) {
	t := v.leg.Trip
	place := strings.TrimSpace(cmp.Or(t.Place, t.Country))
	if place == "" {
		return newsbot.Passage{}, false, nil
	}
	for k, r := range v.leg.Sources {
		if k == maxOwnOffReads {
			break
		}
		art, err := s.Store.Article(ctx, r.ID)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("reports of %s in %s: article %d: %w", t.Traveler, place, r.ID, err)
		}
		var headline string
		prevNames := false
		for i, sp := range text.Sentences(art.Text) {
			st := strings.TrimSpace(sp.Text)
			if i == 0 && st == strings.TrimSpace(art.Title) {
				if offSentence(st, place) {
					headline = st
				}
				continue
			}
			names := strings.Contains(strings.ToLower(st), strings.ToLower(place))
			if names && offSentence(st, place) || !names && prevNames && thatVisitOff(st) {
				return newsbot.Passage{Article: r, Text: st}, true, nil
			}
			prevNames = names
		}
		if headline != "" {
			return newsbot.Passage{Article: r, Text: headline}, true, nil
		}
	}
	return newsbot.Passage{}, false, nil
}

// thatVisitOff: sentence calls off "that visit" as fact, not as a hope or
// a threat.
func thatVisitOff(sentence string) bool {
	if !reThatVisit.MatchString(sentence) {
		return false
	}
	for _, m := range reOffWords.FindAllStringIndex(sentence, -1) {
		if !reOffHope.MatchString(sentence[:m[0]]) {
			return true
		}
	}
	return false
}

// doneButOff: asked yes or no whether a visit will (still) happen, a leg
// stored as done whose own report puts it off (ownOffReport).
func (s *Service) doneButOff(ctx context.Context, q Question, v legView) (newsbot.Passage, bool, error) {
	if !q.YesNo || v.leg.Trip.Status != newsbot.StatusDone || !reWillOrStill.MatchString(q.Text) {
		return newsbot.Passage{}, false, nil
	}
	return s.ownOffReport(ctx, v)
}

// reWillOrStill: the question asks about a visit to come ("is X still
// going to", "will X visit").
var reWillOrStill = lazyre.New(`(?i)\b(?:still|will|going\s+to|due|planning)\b`)
