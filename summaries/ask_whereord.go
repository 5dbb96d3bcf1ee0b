package summaries

import (
	"context"
	"fmt"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Where is the second ODI played?" The copy tells a series' venues by
// their order ("The series then moves to Grenada for the second match at
// the National Cricket Stadium in St George's"), often without the
// question's own word for the fixture. Of the articles the search found,
// the sentence with the question's ordinal and a named place answers.

// reWhereOrdinal: a where-question about one of a series by its order.
var reWhereOrdinal = lazyre.New(`(?i)^where\s+(?:is|are|was|were|will|does|do)\b.*?\b(first|second|third|fourth|fifth|final|last|opening|deciding)\b`)

// reNamedPlaceAt: "at the National Cricket Stadium", "in St George's",
// "to Grenada": a named place.
var reNamedPlaceAt = lazyre.New(`\b(?:at|in|to)\s+(?:the\s+)?\p{Lu}`)

// maxOrdinalReads caps the articles read for an ordinal's venue.
const maxOrdinalReads = 2

// ordinalVenue finds, in the articles of passages (the first few), the
// sentence holding the question's ordinal as a word and a named place
// after it; false when the question asks no ordinal or none holds it.
func (s *Service) ordinalVenue(ctx context.Context, question string, passages []newsbot.Passage) (newsbot.Passage, bool, error) {
	m := reWhereOrdinal.FindStringSubmatch(strings.TrimSpace(question))
	if m == nil {
		return newsbot.Passage{}, false, nil
	}
	ord := strings.ToLower(m[1])
	seen := map[int64]bool{}
	for _, p := range passages {
		if seen[p.Article.ID] || len(seen) == maxOrdinalReads {
			continue
		}
		seen[p.Article.ID] = true
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", p.Article.ID, err)
		}
		for _, sp := range text.Sentences(art.Text) {
			if t := strings.TrimSpace(sp.Text); ordinalVenueIn(t, ord) {
				return newsbot.Passage{Article: p.Article, Text: t}, true, nil
			}
		}
	}
	return newsbot.Passage{}, false, nil
}

// ordinalVenueIn reports whether sentence t holds the lower-case ordinal
// ord as a word and a named place in the clause it opens.
func ordinalVenueIn(t, ord string) bool {
	// The offset found in low is read in t, so low lowers ASCII letters
	// only and keeps every byte in place: a full lowering lengthens "Ⱥ"
	// and shortens "İ", and the clause was cut elsewhere or past the end
	// of t. The ordinals are ASCII.
	low := text.LowerASCII(t)
	i := strings.Index(low, " "+ord+" ")
	if i < 0 || !reNamedPlaceAt.MatchString(t) {
		return false
	}
	// The place is told with the ordinal's clause, not before it in
	// another one.
	return reNamedPlaceAt.MatchString(firstClauseOf(t[i:]))
}

// firstClauseOf is s up to its first comma or semicolon.
func firstClauseOf(s string) string {
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		return s[:i]
	}
	return s
}
