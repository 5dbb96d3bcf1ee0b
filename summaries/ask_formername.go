package summaries

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "What was Brantwood Energy called before?", "what was the former name
// of X?": a desk asking for an old name. Copy tells it once, beside the
// new name ("Brantwood Energy, formerly Corby Power", "the firm changed
// its name from Corby Power"), often in a sentence about something else;
// full-text search for the question's words finds the firm's stories, not
// that sentence.

// reAskFormerName: the subject of an old-name question, in group 1 or 2.
var reAskFormerName = lazyre.New(`(?i)^(?:what|which)\s+(?:was|were|is|are)\s+(?:(?:the\s+)?(?:former|old|previous|original)\s+name\s+of\s+(.+?)|(.+?)\s+(?:(?:called|known\s+as|named)\s+(?:before|previously|formerly|originally|in\s+the\s+past)|(?:previously|formerly|originally)\s+(?:called|known\s+as|named)))[?.!\s]*$`)

// reRenamed: a sentence telling a name change or an old name.
var reRenamed = lazyre.New(`(?i)\b(?:formerly|previously|originally|once)\s+(?:known\s+as|called|named)\b|\bformerly\s+\p{Lu}|\b(?:changed|change|changing)\s+(?:its|their|his|her|the\s+\S+)\s+name\b|\brenam(?:ed|ing)\b|\b(?:former|old|previous)\s+name\b|\bused\s+to\s+be\s+(?:called|known\s+as)\b|\bnow\s+(?:known\s+as|called)\b`)

// renameCues are words that, beside the subject's, find the sentences
// telling a rename.
var renameCues = []string{"formerly", "renamed", "name", "previously", "known"}

// askFormerName answers an old-name question from the sentence telling the
// rename; ok is false when the question has another shape or nothing
// stored tells one.
func (s *Service) askFormerName(ctx context.Context, question string) (Answer, bool, error) {
	m := reAskFormerName.FindStringSubmatch(cleanQuestion(question))
	if m == nil {
		return Answer{}, false, nil
	}
	subject := stripArticle(strings.TrimSpace(cmp.Or(m[1], m[2])))
	words := keyTerms(subject)
	if len(words) == 0 {
		return Answer{}, false, nil
	}
	type found struct {
		p     newsbot.Passage
		named bool
	}
	var best []found
	seen := map[int64]bool{}
	for _, cue := range renameCues {
		ps, err := s.Store.SearchPassages(ctx, strings.Join(words, " ")+" "+cue, 10)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask former name of %q: %w", subject, err)
		}
		for _, hit := range ps {
			if seen[hit.Article.ID] {
				continue
			}
			seen[hit.Article.ID] = true
			art, err := s.Store.Article(ctx, hit.Article.ID)
			if err != nil {
				return Answer{}, false, fmt.Errorf("ask former name of %q: article %d: %w", subject, hit.Article.ID, err)
			}
			// The rename may be told of "the company" in a sentence after
			// the one naming it: the sentence naming the subject wins.
			for _, sp := range text.Sentences(art.Text) {
				if !reRenamed.MatchString(sp.Text) {
					continue
				}
				best = append(best, found{newsbot.Passage{Article: hit.Article, Text: strings.TrimSpace(sp.Text)}, termScore(sp.Text, words) == len(words)})
			}
		}
	}
	if len(best) == 0 {
		return Answer{}, false, nil
	}
	slices.SortStableFunc(best, func(a, b found) int {
		if a.named != b.named {
			if a.named {
				return -1
			}
			return 1
		}
		return b.p.Article.Published.Compare(a.p.Article.Published)
	})
	a := Answer{Lead: best[0].p.Text, Sources: []newsbot.ArticleRef{best[0].p.Article}}
	for _, f := range best[:min(len(best), 3)] {
		a.Items = append(a.Items, s.passageItem(f.p))
	}
	return a, true, nil
}
