package summaries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "How far can the Kestrel Spirit sail?", "how fast is the new train?": a
// figure of a product or a thing, told with a unit ("capable of sailing
// almost 900 miles non-stop"). The sentence often holds neither the
// question's adjective ("far") nor its verb in the question's form, so
// full-text search for the question's words finds nothing; the articles
// naming the thing hold it.

// reAskMeasure: how far, fast, high, tall, heavy or deep; the rest.
var reAskMeasure = lazyre.New(`(?i)^how\s+(far|fast|high|tall|heavy|deep)\s+(?:can|could|will|would|does|do|did|is|are|was|were)\s+(.+?)[?.!\s]*$`)

// measureUnits are the units a figure answering each adjective takes.
var measureUnits = map[string]*lazyre.Regexp{
	"far":   lazyre.New(`(?i)\d[\d,.]*\s*(?:miles?|km|kilometres?|kilometers?|nautical\s+miles)\b`),
	"fast":  lazyre.New(`(?i)\d[\d,.]*\s*(?:mph|km/h|kph|miles\s+(?:an|per)\s+hour|kilometres\s+(?:an|per)\s+hour|knots)\b|\bmach\s+\d`),
	"high":  lazyre.New(`(?i)\d[\d,.]*\s*(?:m|metres?|meters?|ft|feet|storeys|floors)\b`),
	"tall":  lazyre.New(`(?i)\d[\d,.]*\s*(?:m|metres?|meters?|ft|feet|storeys|floors|cm)\b`),
	"heavy": lazyre.New(`(?i)\d[\d,.]*\s*(?:tonnes?|tons?|kg|kilos?|kilograms?|lb|pounds)\b`),
	"deep":  lazyre.New(`(?i)\d[\d,.]*\s*(?:m|metres?|meters?|ft|feet|fathoms)\b`),
}

// askMeasure answers a how-far (fast, high ...) question from the sentence
// with a figure in the unit asked for, in an article naming the thing:
// best one that names it too, then one with the question's verb; ok is
// false when the question has another shape or no sentence has one.
func (s *Service) askMeasure(ctx context.Context, question string) (Answer, bool, error) {
	m := reAskMeasure.FindStringSubmatch(cleanQuestion(question))
	if m == nil {
		return Answer{}, false, nil
	}
	unit := measureUnits[strings.ToLower(m[1])]
	terms := keyTerms(m[2])
	var names, verbs []string
	for _, t := range terms {
		if r := []rune(t); len(r) > 0 && !unicode.IsLower(r[0]) {
			names = append(names, t) // "Kestrel", "777-200LR"
		} else {
			verbs = append(verbs, anyForms(t)...)
		}
	}
	if len(names) == 0 {
		return Answer{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, strings.Join(names, " "), 10)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask %s: %w", m[1], err)
	}
	var best newsbot.Passage
	bestKey := [3]int{}
	for _, hit := range ps {
		a, err := s.Store.Article(ctx, hit.Article.ID)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask %s: article %d: %w", m[1], hit.Article.ID, err)
		}
		for _, sp := range text.Sentences(a.Text) {
			if !unit.MatchString(sp.Text) {
				continue
			}
			k := [3]int{termScore(sp.Text, names), boolInt(slices.ContainsFunc(verbs, func(v string) bool { return hasVerb(sp.Text, []string{v}) })), int(a.Published.Unix() / 86400)}
			if k[0]+k[1] > 0 && slices.Compare(k[:], bestKey[:]) > 0 {
				best, bestKey = newsbot.Passage{Article: hit.Article, Text: strings.TrimSpace(sp.Text)}, k
			}
		}
	}
	if best.Text == "" {
		return Answer{}, false, nil
	}
	return Answer{Lead: best.Text, Sources: []newsbot.ArticleRef{best.Article}, Items: []Item{s.passageItem(best)}}, true, nil
}
