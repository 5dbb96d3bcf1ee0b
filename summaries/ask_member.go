package summaries

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Is Hale still in the Reform Alliance?", "is Demir still at Harton
// Rovers?": whether someone is still a member of a party, club or firm.
// Read as a trip question it finds no leg; the answer is the newest
// sentence saying the person left it ("quit the party last week", "was
// sacked by the club"), if any.

// reStillMember: is/are SUBJECT still in|at|with|a member of|part of ORG.
var reStillMember = lazyre.New(`(?i)^(?:is|are)\s+(.+?)\s+still\s+(?:in|at|with|a\s+member\s+of|part\s+of|on)\s+(?:the\s+)?(.+?)[?.!\s]*$`)

// reLeft is a verb of leaving a body, just before its name (a few words
// may come between: "quit the party's London branch").
const reLeft = `\b(?:quit|quits|quitting|left|leaves|leaving|resign(?:ed|s|ing)?\s+from|defect(?:ed|s|ing)?\s+from|walked\s+out\s+of|` +
	`(?:was|were|been|being|is|has\s+been)\s+(?:sacked|expelled|dropped|released|thrown\s+out|suspended)\s+(?:by|from)|` +
	`stepped\s+down\s+from|broke\s+(?:away\s+)?from|split\s+from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?`

// askStillMember answers a still-a-member question from a report of the
// subject leaving; ok is false when the question has another shape or no
// such report is stored.
func (s *Service) askStillMember(ctx context.Context, question string) (Answer, bool, error) {
	m := reStillMember.FindStringSubmatch(cleanQuestion(question))
	if m == nil {
		return Answer{}, false, nil
	}
	subject, org := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	who := lastWord(subject)
	subjRe, err := wordRe(who)
	if err != nil {
		return Answer{}, false, nil
	}
	leftRe, err := regexp.Compile(`(?i)` + reLeft + regexp.QuoteMeta(org) + `\b`)
	if err != nil {
		return Answer{}, false, nil
	}
	// Search finds the articles (one sentence each); the leaving may be
	// told in another of their sentences.
	ps, err := s.Store.SearchPassages(ctx, who+" "+org, 30)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask whether %s is still in %s: %w", subject, org, err)
	}
	var left []newsbot.Passage
	seen := map[int64]bool{}
	for _, hit := range ps {
		if seen[hit.Article.ID] {
			continue
		}
		seen[hit.Article.ID] = true
		art, err := s.Store.Article(ctx, hit.Article.ID)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask whether %s is still in %s: article %d: %w", subject, org, hit.Article.ID, err)
		}
		for _, sp := range text.Sentences(art.Text) {
			loc := leftRe.FindStringIndex(sp.Text)
			if loc == nil {
				continue
			}
			// The leaving is the subject's: the name comes before the
			// verb ("Hale quit the party"), not as someone the sentence
			// names after it.
			if i := subjRe.FindStringIndex(sp.Text); i == nil || i[0] > loc[0] {
				continue
			}
			left = append(left, newsbot.Passage{Article: hit.Article, Text: strings.TrimSpace(sp.Text)})
		}
	}
	if len(left) == 0 {
		return Answer{}, false, nil
	}
	slices.SortStableFunc(left, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	p := left[0]
	a := Answer{
		Lead:    fmt.Sprintf("No — according to %s: “%s”", s.cite(p.Article), strings.TrimSpace(p.Text)),
		Sources: []newsbot.ArticleRef{p.Article},
	}
	for _, p := range left[:min(len(left), 3)] {
		a.Items = append(a.Items, s.passageItem(p))
	}
	return a, true, nil
}
