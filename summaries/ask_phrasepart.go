package summaries

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// A desk asks "who said the law lords were simply wrong?" in its own words:
// the quote reads "The law lords are simply wrong to imply ...", or holds
// only the words that carry the claim ("so poorly drafted nobody ..."). No
// quote holds the whole phrase, but one holds a run of its words; the quote
// sharing most of the phrase's words answers.

// maxPhraseParts bounds the full-text searches one question costs.
const maxPhraseParts = 40

// phraseParts are the runs of words of phrase, longest first (the whole
// phrase excluded), that begin and end with a content word and hold at
// least two: "law lords", "simply wrong", "law lords were simply wrong".
func phraseParts(phrase string) []string {
	words := strings.Fields(strings.TrimSpace(normWords(phrase)))
	content := func(w string) bool { return !stopwords[w] && !beVerbs[w] }
	var out []string
	for n := len(words) - 1; n >= 2; n-- {
		for i := 0; i+n <= len(words); i++ {
			run := words[i : i+n]
			if !content(run[0]) || !content(run[n-1]) {
				continue
			}
			if c := len(slices.DeleteFunc(slices.Clone(run), func(w string) bool { return !content(w) })); c < 2 {
				continue
			}
			if len(out) == maxPhraseParts {
				return out
			}
			out = append(out, strings.Join(run, " "))
		}
	}
	return out
}

// beVerbs change with the tense a question is asked in ("were" for a
// quote's "are"): a run of words must not hang on one.
var beVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true}

// partHit is a quote holding a run of a phrase's words.
type partHit struct {
	hit   newsbot.QuoteHit
	part  string // the longest run of the phrase the quote holds
	claim bool   // the run is of the words after the phrase's verb
	score int    // the phrase's key terms the quote's words hold
}

// claimStart is the index of the first word after the phrase's first verb
// of being or auxiliary ("the law lords were | simply wrong"), or 0: what
// was said of the subject is the claim asked about, and a quote naming only
// the subject ("the Hunting Act") is not it.
func claimStart(words []string) int {
	for i, w := range words {
		if i > 0 && (beVerbs[w] || auxVerbs[w]) {
			return i + 1
		}
	}
	return 0
}

var auxVerbs = map[string]bool{"will": true, "would": true, "could": true, "should": true, "must": true, "had": true, "has": true, "have": true, "can": true, "may": true, "might": true}

// bestPartHits are the quotes holding a run of phrase's words: those
// holding a run of its claim first, then by the phrase's key terms they
// share (at least two), the longest run first; quotes that do worse on
// either count than the best are dropped. nil when none qualifies.
func bestPartHits(phrase string, found func(part string) ([]newsbot.QuoteHit, error)) ([]partHit, error) {
	terms := keyTerms(phrase)
	words := strings.Fields(strings.TrimSpace(normWords(phrase)))
	claim := ""
	if i := claimStart(words); i > 0 {
		claim = " " + strings.Join(words[i:], " ") + " "
	}
	parts := phraseParts(phrase)
	var all []partHit
	seen := map[int64]bool{}
	for _, part := range parts {
		hits, err := found(part)
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			text := normWords(h.Quote.Text)
			if seen[h.ID] || !strings.Contains(text, " "+part+" ") {
				continue
			}
			seen[h.ID] = true
			ph := partHit{hit: h, score: looseScore(h.Quote.Text, terms)}
			// parts run longest first: the first held is the longest, and
			// of those the first from the claim.
			for _, p := range parts {
				if strings.Contains(text, " "+p+" ") {
					if ph.part == "" {
						ph.part = p
					}
					if claim != "" && strings.Contains(claim, " "+p+" ") {
						ph.part, ph.claim = p, true
						break
					}
				}
			}
			all = append(all, ph)
		}
	}
	if len(all) == 0 {
		return nil, nil
	}
	// Named speakers lead among equals: an unattributed fragment of the
	// same words follows the person who said them.
	unnamed := func(p partHit) int {
		if speakerName(p.hit) == "an unnamed speaker" {
			return 1
		}
		return 0
	}
	claimed := func(p partHit) int {
		if p.claim {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(all, func(a, b partHit) int {
		if c := cmp.Compare(claimed(b), claimed(a)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(unnamed(a), unnamed(b)); c != 0 {
			return c
		}
		return cmp.Compare(len(b.part), len(a.part))
	})
	top := all[0]
	if top.score < 2 {
		return nil, nil
	}
	// Quotes within one term of the best follow it: a fragment of the same
	// words ("simply wrong") may be the speaker's lead-in.
	return slices.DeleteFunc(all, func(p partHit) bool { return p.claim != top.claim || p.score < top.score-1 }), nil
}

// whoSaidPart answers a who-said question no quote holds in full from the
// quotes holding a run of its words; ok is false when none does.
func (s *Service) whoSaidPart(ctx context.Context, phrase string) (Answer, bool, error) {
	parts, err := bestPartHits(phrase, func(part string) ([]newsbot.QuoteHit, error) {
		hs, err := s.Store.SearchQuotes(ctx, part, newsbot.QuoteFilter{Limit: MaxPhraseHits})
		if err != nil {
			return nil, fmt.Errorf("whosaid %q: search quotes %q: %w", phrase, part, err)
		}
		return hs, nil
	})
	if err != nil || len(parts) == 0 {
		return Answer{}, false, err
	}
	hits := make([]newsbot.QuoteHit, 0, len(parts))
	for _, p := range parts[:min(len(parts), PageSize)] {
		hits = append(hits, p.hit)
	}
	a := Answer{Lead: fmt.Sprintf("No stored quote has “%s” in those words; “%s” was said by %s", phrase, parts[0].part, speakersOf(hits[:1]))}
	if others := speakersOf(hits); others != speakersOf(hits[:1]) {
		a.Lead += fmt.Sprintf(" (quotes with those words: %s)", others)
	}
	a.Sources = []newsbot.ArticleRef{hits[0].Article}
	for _, h := range hits {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	return a, true, nil
}
