package summaries

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
)

// News copy often opens with a description and names the person only in
// the next sentence: "A senior surgeon who quit over waiting lists says
// ... . Dr Ama Osei told the BBC ...". The store then keeps no role for the
// name, while the lede says who they are.

// reLedeSubject is a lede opening with a description and a verb of saying:
// "A senior surgeon who quit over waiting lists says".
var reLedeSubject = regexp.MustCompile(`^((?:An?|One)\s+\p{Ll}[^.;:"“”]{2,140}?)\s+(?:says|said|has\s+said|have\s+said|told|tells|warned|warns|claims|claimed|insists|insisted|argues|argued|believes|fears|has\s+warned|has\s+called|has\s+attacked|has\s+criticised|has\s+urged)\b`)

// reHonorificStart is a courtesy title opening a sentence: "Sir Alan Reeve".
var reHonorificStart = regexp.MustCompile(`^(?:Lord|Lady|Sir|Dame|Baroness|Baron|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?\s+`)

// ledeDescription is the description a lede gives of the person the next
// sentence opens with (by full name or surname), or "".
func ledeDescription(article, name string) string {
	spans := text.Sentences(article)
	if len(spans) < 2 {
		return ""
	}
	lede := strings.TrimSpace(article[spans[0].Start:spans[0].End])
	next := reHonorificStart.ReplaceAllString(strings.TrimSpace(article[spans[1].Start:spans[1].End]), "")
	if !strings.HasPrefix(next, name) && !strings.HasPrefix(next, lastWord(name)) {
		return ""
	}
	m := reLedeSubject.FindStringSubmatch(lede)
	if m == nil {
		return ""
	}
	desc := m[1]
	head, _, _ := strings.Cut(desc, " who ")
	if !reTitleWord.MatchString(head) {
		return ""
	}
	return strings.ToLower(desc[:1]) + desc[1:]
}

// ledeRole is the description a lede gives of p in one of the articles
// that name them, or "".
func (s *Service) ledeRole(ctx context.Context, p newsbot.PersonRecord, ps []newsbot.Passage) (string, error) {
	seen := map[int64]bool{}
	for _, x := range ps {
		if seen[x.Article.ID] || x.Article.ID == 0 {
			continue
		}
		seen[x.Article.ID] = true
		a, err := s.Store.Article(ctx, x.Article.ID)
		if err != nil {
			return "", fmt.Errorf("lede of article %d: %w", x.Article.ID, err)
		}
		if a == nil {
			continue
		}
		if d := ledeDescription(a.Text, p.Name); d != "" {
			return d, nil
		}
	}
	return "", nil
}
