package summaries

import (
	"context"
	"errors"
	"fmt"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "What is the ACM investigating?" is found by the body's name, and the
// sentence naming it is often its second ("The Authority for Consumers
// and Markets, or ACM, said its review had found ..."), while what it
// investigates is told in the lead by a description: "The Dutch
// competition regulator on Wednesday opened an in-depth investigation into
// the takeover". The article's sentence with the investigation and its
// object answers.

var (
	// reProbeAsk: a question asking what a body investigates.
	reProbeAsk = lazyre.New(`(?i)^what\s+(?:is|are|was|were|has|have)\s+(?:.+?\s+)?(?:investigat\w*|prob(?:e|es|ing)|looking\s+into|examin\w*|inquir\w*\s+into|review\w*)\b`)
	// reProbeObject: a sentence telling an investigation and what it is
	// into: "opened an in-depth investigation into X", "is investigating
	// X", "a probe of X".
	reProbeObject = lazyre.New(`(?i)\b(?:(?:investigation|probe|inquiry|enquiry|review)\s+(?:into|of)|(?:investigating|probing|examining)\s+(?:the\s+|a\s+|an\s+|whether\s+)?[\p{L}\d])`)
	// reProbeBody: a description standing for the body in its own story.
	reProbeBody = lazyre.New(`(?i)\b(?:regulator|watchdog|authority|commission|agency|police|prosecutors?|inspectors?|ombudsman|office|ministry|department|investigators?)\b`)
)

// probeAnswer: for a "what is X investigating?" question whose lead does
// not say what is investigated, the sentence of the lead's article that
// does, naming X by a word of terms or by a body's description; the first
// such sentence of the article, as the lead paragraph tells the news.
func (s *Service) probeAnswer(ctx context.Context, question string, terms []string, lead newsbot.Passage) (newsbot.Passage, bool, error) {
	if !reProbeAsk.MatchString(cleanQuestion(question)) || reProbeObject.MatchString(lead.Text) || lead.Article.ID == 0 {
		return newsbot.Passage{}, false, nil
	}
	art, err := s.Store.Article(ctx, lead.Article.ID)
	switch {
	case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
		return newsbot.Passage{}, false, nil
	case err != nil:
		return newsbot.Passage{}, false, fmt.Errorf("ask: probe in article %d: %w", lead.Article.ID, err)
	}
	var names []string
	for _, t := range terms {
		if !reProbeAsk.MatchString("what is " + t) {
			names = append(names, t)
		}
	}
	var described string
	for _, sp := range text.Sentences(art.Text) {
		t := strings.TrimSpace(sp.Text)
		if !reProbeObject.MatchString(t) {
			continue
		}
		if termScore(t, names) > 0 {
			return newsbot.Passage{Article: lead.Article, Text: t}, true, nil
		}
		if described == "" && reProbeBody.MatchString(t) {
			described = t
		}
	}
	if described == "" {
		return newsbot.Passage{}, false, nil
	}
	return newsbot.Passage{Article: lead.Article, Text: described}, true, nil
}
