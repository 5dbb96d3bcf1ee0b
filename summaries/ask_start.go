package summaries

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "When does the first Test start?" asks for the day an event begins. The
// word search ranks first the sentence with most of the question's words,
// often the lead about something else that day ("arrived in Auckland on
// Monday for a two-Test tour"), while the answer is a later sentence with
// the event's own start verb: "The first Test begins at Hagley Oval next
// Thursday".

var (
	// reStartAsk: "when does/will/is X start|begin|open|kick off?"; the
	// subject is group 1.
	reStartAsk = lazyre.New(`(?i)^when\s+(?:does|do|will|is|are|did)\s+(.+?)\s+(?:be\s+)?(?:start(?:ing)?|begin(?:ning)?|open(?:ing)?|kick(?:ing)?\s+off|get(?:ting)?\s+under\s*way|commenc(?:e|ing))\s*\??$`)
	// reStartHeadEnd: where a subject's head ends and its modifiers start.
	reStartHeadEnd = lazyre.New(`(?i)\s(?:between|of|in|at|against|for|with|on|from|over)\s`)
	// reStartVerb: a sentence telling an event's start.
	reStartVerb = lazyre.New(`(?i)\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|open(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|get(?:s|ting)?\s+under\s*way|got\s+under\s*way|commenc(?:e|es|ed|ing)|gets\s+going)\b`)
)

// startAnswer: for a question asking when an event starts whose lead lacks
// a start verb, the first sentence, in the articles of passages, with a
// start verb, a date, and the subject's words (two, or all when fewer).
func (s *Service) startAnswer(ctx context.Context, question string, passages []newsbot.Passage) (newsbot.Passage, bool, error) {
	m := reStartAsk.FindStringSubmatch(cleanQuestion(question))
	if m == nil || len(passages) == 0 || reStartVerb.MatchString(passages[0].Text) {
		return newsbot.Passage{}, false, nil
	}
	// The event is its head ("the first Test" of "the first Test between
	// New Zealand and Sri Lanka"): other events of the story share the
	// teams' names, not the head.
	head := m[1]
	if loc := reStartHeadEnd.FindStringIndex(head); loc != nil {
		head = head[:loc[0]]
	}
	subj := keyTerms(head)
	need := len(subj)
	if need == 0 {
		return newsbot.Passage{}, false, nil
	}
	var ids []int64
	for _, p := range passages {
		if !slices.Contains(ids, p.Article.ID) && len(ids) < maxCoverageArticles {
			ids = append(ids, p.Article.ID)
		}
	}
	for _, id := range ids {
		art, err := s.Store.Article(ctx, id)
		switch {
		case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
			continue
		case err != nil:
			return newsbot.Passage{}, false, fmt.Errorf("ask: start in article %d: %w", id, err)
		}
		ref := passages[slices.IndexFunc(passages, func(p newsbot.Passage) bool { return p.Article.ID == id })].Article
		for _, sp := range text.Sentences(art.Text) {
			t := strings.TrimSpace(sp.Text)
			if reStartVerb.MatchString(t) && (reRelDate.MatchString(t) || reCalDate.MatchString(t)) && termScore(t, subj) >= need {
				return newsbot.Passage{Article: ref, Text: t}, true, nil
			}
		}
	}
	return newsbot.Passage{}, false, nil
}
