package summaries

import (
	"context"
	"fmt"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Where will A and B meet next?" asks for a meeting still to come. The
// copy tells it as a plan, often with the pair described ("the two
// ministers plan to meet in Monterrey on the 9th"), beside the round that
// has just ended ("A flew to Ottawa on Monday for talks with B"), which a
// word search ranks first. The plan is the answer.

var (
	// reWherePairMeet: "where will A and B meet (next|again)?"
	reWherePairMeet = lazyre.New(`(?i)^where\s+(?:will|do|does|are|is|shall)\s+(.+?)\s+and\s+(.+?)\s+(?:be\s+)?(?:meet(?:ing)?|hold(?:ing)?\s+(?:their\s+next\s+)?talks|sit(?:ting)?\s+down)(?:\s+(?:next|again|next\s+time))?\s*\??$`)
	// reFutureMeet: a meeting told as a plan: "will meet", "plan to meet
	// again", "are due to hold talks", "agreed to meet".
	reFutureMeet = lazyre.New(`(?i)\b(?:will|shall|plan(?:s|ned)?\s+to|(?:is|are)\s+(?:due|expected|scheduled|set|going)\s+to|(?:have\s+)?agreed\s+to|intend\s+to|hope\s+to)\s+(?:[\p{L}]+\s+){0,2}?(?:meet|hold\s+(?:(?:a|their|the|further|more)\s+)?(?:\w+\s+)?talks|sit\s+down)\b`)
	// rePairSubject: the pair told without names.
	rePairSubject = lazyre.New(`(?i)\b(?:the\s+two|both|they)\b`)
	// reMeetPlace: the place of the meeting, after its verb.
	reMeetPlace = lazyre.New(`^[^.;]*?\b(?:in|at)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*)`)
)

// askPairMeet answers "where will A and B meet next?" from the newest
// articles naming both: the first sentence telling, as a plan, a meeting
// and its place, naming one of the pair or both by description.
func (s *Service) askPairMeet(ctx context.Context, question string) (Answer, bool, error) {
	m := reWherePairMeet.FindStringSubmatch(strings.TrimSpace(question))
	if m == nil {
		return Answer{}, false, nil
	}
	a, b := lastWord(cleanName(m[1])), lastWord(cleanName(m[2]))
	if a == "" || b == "" {
		return Answer{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, a+" "+b, 10)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask: meetings of %s and %s: %w", a, b, err)
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	for c, err := range s.coverageArticles(ctx, ps) {
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask: meetings of %s and %s: %w", a, b, err)
		}
		p, art := c.p, c.art
		sents := text.Sentences(art.Text)
		// "the two" stands for the pair only where the article puts them
		// together in a sentence.
		together := slices.ContainsFunc(sents, func(sp text.Span) bool {
			return termScore(sp.Text, []string{a}) > 0 && termScore(sp.Text, []string{b}) > 0
		})
		for _, sp := range sents {
			t := strings.TrimSpace(sp.Text)
			loc := reFutureMeet.FindStringIndex(t)
			if loc == nil {
				continue
			}
			pm := reMeetPlace.FindStringSubmatch(t[loc[1]:])
			if pm == nil {
				continue
			}
			// The planners are the pair: named before the verb, or "the
			// two"/"both"/"they" in the article naming both.
			before := t[:loc[0]]
			if i := strings.LastIndexAny(before, ";"); i >= 0 {
				before = before[i+1:]
			}
			if i := strings.LastIndex(before, ", and "); i >= 0 {
				before = before[i+len(", and "):] // another clause's subject is not the planners
			}
			if termScore(before, []string{a, b}) == 0 && !(together && rePairSubject.MatchString(before)) {
				continue
			}
			lead := fmt.Sprintf("%s and %s plan to meet next in %s, according to stored coverage: “%s”", strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), pm[1], t)
			ans := Answer{Lead: s.citedLead(lead, p.Article), Sources: []newsbot.ArticleRef{p.Article}}
			if note := dateNote(t, p.Article.Published); note != "" {
				ans.Lead += "; " + note
			}
			ans.Lead += "."
			it := s.passageItem(newsbot.Passage{Article: p.Article, Text: t})
			it.Detail = dateNote(t, p.Article.Published)
			ans.Items = append(ans.Items, it)
			return ans, true, nil
		}
	}
	return Answer{}, false, nil
}
