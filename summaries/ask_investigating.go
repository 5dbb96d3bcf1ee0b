package summaries

import (
	"context"
	"fmt"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "What is the CNMC investigating?" Extraction files a named regulator's
// inquiry as its own issue ("National Markets and Competition Commission
// investigation into Solvara Energía SA's takeover"); the body may be
// asked by the acronym the copy gave it ("known as CNMC").

// reWhatProbes: a question asking what a body investigates.
var reWhatProbes = lazyre.New(`(?i)^what\s+(?:is|are|was|were|has|have)\s+(?:the\s+)?(.+?)\s+(?:been\s+)?(?:investigating|probing|looking\s+into|examining|reviewing)\??$`)

// reInquiryTitle: an issue titled as a body's inquiry: "<Body>
// investigation into <what>", "<Body>'s probe of <what>".
var reInquiryTitle = lazyre.New(`^(.+?)(?:['’]s?)?\s+(?:investigation|inquiry|probe|review)\s+(?:into|of|over)\s+(.+)$`)

// whatProbes answers from the stored inquiry issues of the body a "what is
// X investigating?" question names, by name or acronym; false when the
// question has another shape or no such issue is stored.
func (s *Service) whatProbes(ctx context.Context, question string) (Answer, bool, error) {
	m := reWhatProbes.FindStringSubmatch(strings.TrimSpace(question))
	if m == nil {
		return Answer{}, false, nil
	}
	body := strings.TrimSpace(m[1])
	names := []string{body}
	if acrs := questionAcronyms(question); len(acrs) == 1 {
		ps, err := s.Store.SearchPassages(ctx, acrs[0], 5)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask what %s investigates: %w", body, err)
		}
		// The definition is rarely the sentence the search shows: read
		// the articles (the first three) whole.
		for _, p := range ps[:min(len(ps), 3)] {
			art, err := s.Store.Article(ctx, p.Article.ID)
			if err != nil {
				return Answer{}, false, fmt.Errorf("ask what %s investigates: article %d: %w", body, p.Article.ID, err)
			}
			if d := definedAs(art.Text, acrs[0]); d != "" {
				names = append(names, d)
				break
			}
		}
		if n := acronymNames[acrs[0]]; n != "" {
			names = append(names, n)
		}
	}
	all, err := s.Store.Issues(ctx, "", maxIssuesScanned)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask what %s investigates: %w", body, err)
	}
	var hit []newsbot.IssueRecord
	var what []string
	for _, is := range sortIssues(all) {
		t := reInquiryTitle.FindStringSubmatch(is.Title)
		if t == nil {
			continue
		}
		for _, n := range names {
			if strings.EqualFold(strings.TrimPrefix(t[1], "The "), strings.TrimPrefix(n, "The ")) || strings.EqualFold(t[1], body) {
				hit, what = append(hit, is), append(what, t[2])
				break
			}
		}
	}
	if len(hit) == 0 {
		return Answer{}, false, nil
	}
	a := s.issueAnswer(hit, "stored")
	a.Lead = fmt.Sprintf("Under investigation by the %s: %s (#%d %s)", strings.TrimPrefix(body, "the "), joinAnd(what), hit[0].ID, hit[0].Title)
	// The issue's latest development may tell another thread of its
	// story (a holder's vote on the deal): the items show it, cited.
	a.Lead += "."
	return a, true, nil
}
