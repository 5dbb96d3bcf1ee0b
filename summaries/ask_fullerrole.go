package summaries

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
)

// Copy often names a person first with a short label ("Scotsman
// journalist Hamish Reid") and gives the title in full later, under the
// surname ("Mr Reid, political editor of The Scotsman, said"). The store
// keeps the first; the later one says more when it holds a word of the
// first (the organisation, or the kind of job) and is longer.

// fullerRole is a longer description of p given after the surname that
// shares a word with role, or "".
func (s *Service) fullerRole(ctx context.Context, p newsbot.PersonRecord, role string) (string, error) {
	sur := lastWord(p.Name)
	if len(strings.Fields(p.Name)) < 2 || len(sur) < 3 || len(strings.Fields(role)) > 3 {
		return "", nil
	}
	re, err := regexp.Compile(`\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Professor)\s+` + regexp.QuoteMeta(sur) + `,\s+((?:the\s+|a\s+|an\s+)?[^,;"“”]{3,80}?),`)
	if err != nil {
		return "", nil
	}
	ps, err := s.Store.SearchPassages(ctx, p.Name, 3)
	if err != nil {
		return "", fmt.Errorf("mentions of %q: %w", p.Name, err)
	}
	own := map[string]bool{}
	for _, w := range strings.Fields(normWords(role)) {
		if !stopwords[w] {
			own[w] = true
		}
	}
	for _, hit := range ps {
		a, err := s.Store.Article(ctx, hit.Article.ID)
		if err != nil {
			return "", fmt.Errorf("mentions of %q: article %d: %w", p.Name, hit.Article.ID, err)
		}
		for _, sp := range text.Sentences(a.Text) {
			m := re.FindStringSubmatch(sp.Text)
			if m == nil || !reTitleWord.MatchString(m[1]) || possessiveRole(m[1]) || len(m[1]) <= len(role) {
				continue
			}
			for _, w := range strings.Fields(normWords(m[1])) {
				if own[w] {
					return strings.TrimSpace(m[1]), nil
				}
			}
		}
	}
	return "", nil
}

// predicateRole is what copy says a person is, or was, in a clause after
// the name, when no title stands beside it ("Ms Hale had talks with the
// firm while she was still a senior planning officer at the council"):
// the description, or "".
func (s *Service) predicateRole(ctx context.Context, p newsbot.PersonRecord) (string, error) {
	sur := lastWord(p.Name)
	if len(sur) < 3 {
		return "", nil
	}
	re, err := regexp.Compile(`\b(?:` + regexp.QuoteMeta(sur) + `|he|she)\s+(?:was|is|had\s+been|has\s+been)\s+(?:still\s+|then\s+|formerly\s+|previously\s+|once\s+)?((?:a|an)\s+[^,.;:"“”()]{3,70})`)
	if err != nil {
		return "", nil
	}
	ps, err := s.Store.SearchPassages(ctx, p.Name, 3)
	if err != nil {
		return "", fmt.Errorf("mentions of %q: %w", p.Name, err)
	}
	for _, hit := range ps {
		a, err := s.Store.Article(ctx, hit.Article.ID)
		if err != nil {
			return "", fmt.Errorf("mentions of %q: article %d: %w", p.Name, hit.Article.ID, err)
		}
		for _, sp := range text.Sentences(a.Text) {
			i := strings.Index(sp.Text, sur)
			if i < 0 {
				continue
			}
			if m := re.FindStringSubmatch(sp.Text[i:]); m != nil && reTitleWord.MatchString(m[1]) {
				return strings.TrimSpace(m[1]), nil
			}
		}
	}
	return "", nil
}
