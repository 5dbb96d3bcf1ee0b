package summaries

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "What did X say?" should show what X said, not the lead-in fragment or
// the closing rhetorical question a story happens to end on: a person's
// quotes are ranked by what they carry (substance) and, for a topic, by how
// near they stand to it (their words, their paragraph, the paragraph that
// sets them up).

// reQuoteSentence splits a quote into its sentences, each with its mark.
var reQuoteSentence = lazyre.New(`[^.?!]+[.?!]*`)

// quoteSubstance is what a quote carries on its own: 2 a statement, 1
// reported speech, 0 a fragment of under four words or questions alone
// ("What would it say?").
func quoteSubstance(h newsbot.QuoteHit) int {
	t := strings.Trim(strings.TrimSpace(h.Quote.Text), `,;:"'“”‘’ `)
	n := len(strings.Fields(t))
	if n < 4 {
		return 0
	}
	asks := true
	for _, sn := range reQuoteSentence.FindAllString(t, -1) {
		if sn = strings.TrimRight(strings.TrimSpace(sn), `"'“”‘’`); sn != "" && !strings.HasSuffix(sn, "?") {
			asks = false
		}
	}
	switch {
	case asks:
		return 0
	case h.Quote.Kind == newsbot.KindIndirect:
		return 1
	}
	return 2
}

// rankQuotes orders hits for reading: with rel, fragments and bare
// questions last, then by rel (highest first); then the store's article
// order (newest first), substance, and the order the article tells them.
// hits must hold each article's quotes together, as the store lists them.
func rankQuotes(hits []newsbot.QuoteHit, rel func(newsbot.QuoteHit) int) []newsbot.QuoteHit {
	artRank := map[int64]int{}
	for _, h := range hits {
		if _, ok := artRank[h.Article.ID]; !ok {
			artRank[h.Article.ID] = len(artRank)
		}
	}
	type ranked struct {
		h        newsbot.QuoteHit
		sub, rel int
	}
	rs := make([]ranked, len(hits))
	for i, h := range hits {
		rs[i] = ranked{h: h, sub: quoteSubstance(h)}
		if rel != nil {
			rs[i].rel = rel(h)
		}
	}
	b2i := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		if rel != nil {
			if c := cmp.Or(cmp.Compare(b2i(b.sub > 0), b2i(a.sub > 0)), cmp.Compare(b.rel, a.rel)); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(artRank[a.h.Article.ID], artRank[b.h.Article.ID]), cmp.Compare(b.sub, a.sub),
			cmp.Compare(a.h.Quote.Start, b.h.Quote.Start))
	})
	out := make([]newsbot.QuoteHit, len(rs))
	for i, r := range rs {
		out[i] = r.h
	}
	return out
}

// maxSetupReads caps the articles topicRelevance reads for the paragraphs
// that set quotes up.
const maxSetupReads = 8

// topicRelevance scores quotes against a topic's terms: the terms their
// words, their paragraph, and the paragraph before it name ("… urges rich
// countries to triple adaptation finance by 2030. / 'Triple of what?' she
// said"). Articles are read once each, at most maxSetupReads of them.
func (s *Service) topicRelevance(ctx context.Context, hits []newsbot.QuoteHit, terms []string) (func(newsbot.QuoteHit) int, error) {
	texts := map[int64]string{}
	for _, h := range hits {
		id := h.Article.ID
		if _, ok := texts[id]; ok || id == 0 || len(texts) >= maxSetupReads {
			continue
		}
		art, err := s.Store.Article(ctx, id)
		switch {
		case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
			texts[id] = ""
			continue
		case err != nil:
			return nil, fmt.Errorf("quotes on %q: article %d: %w", terms, id, err)
		}
		texts[id] = art.Text
	}
	return func(h newsbot.QuoteHit) int {
		hay := h.Quote.Text + " " + h.Sentence + " " + paragraphBefore(texts[h.Article.ID], h.Quote.Start)
		return looseScore(hay, terms)
	}, nil
}

// paragraphBefore is the paragraph of text before the one holding byte
// offset at; "" when there is none or at is outside text.
func paragraphBefore(text string, at int) string {
	if at <= 0 || at > len(text) {
		return ""
	}
	i := strings.LastIndex(text[:at], "\n")
	if i < 0 {
		return ""
	}
	prev := strings.TrimRight(text[:i], " \t\r\n")
	j := strings.LastIndex(prev, "\n")
	return prev[j+1:]
}

// fewOnTopic is the count of a person's quotes on a topic below which the
// answer adds their other quotes from the same stories.
const fewOnTopic = 2

// topicTerms are the words a topic is matched by, as quotesAbout takes them.
func topicTerms(topic string) []string {
	if terms := keyTerms(topic); len(terms) > 0 {
		return terms
	}
	return strings.Fields(topic)
}

// sameStoryQuotes are the person's other quotes (among their newest
// topicScan) from the articles of on, ranked, at most PageSize-len(on).
func (s *Service) sameStoryQuotes(ctx context.Context, personID int64, on []newsbot.QuoteHit) ([]newsbot.QuoteHit, error) {
	arts := map[int64]bool{}
	ids := map[int64]bool{}
	for _, h := range on {
		arts[h.Article.ID], ids[h.ID] = true, true
	}
	recent, err := s.Store.QuotesBy(ctx, personID, newsbot.QuoteFilter{Limit: topicScan})
	if err != nil {
		return nil, err
	}
	var out []newsbot.QuoteHit
	for _, h := range recent {
		if arts[h.Article.ID] && h.Article.ID != 0 && !ids[h.ID] {
			out = append(out, h)
		}
	}
	out = rankQuotes(out, nil)
	// Fragments and bare questions add nothing beside the quote on topic.
	out = slices.DeleteFunc(out, func(h newsbot.QuoteHit) bool { return quoteSubstance(h) == 0 })
	return out[:min(len(out), max(0, PageSize-len(on)))], nil
}

// storyWord is "story" or "stories" for the articles hits come from.
func storyWord(hits []newsbot.QuoteHit) string {
	arts := map[int64]bool{}
	for _, h := range hits {
		arts[h.Article.ID] = true
	}
	if len(arts) > 1 {
		return "stories"
	}
	return "story"
}

// offTopicQuotes answers "what did X say about T?" when none of X's
// quotes is about T: it says so and lists X's quotes (the newest
// topicScan), those naming any of T's words first. "No quotes from X
// about T are stored." only when X has none at all.
func (s *Service) offTopicQuotes(ctx context.Context, p newsbot.PersonRecord, topic string) (Answer, error) {
	none := Answer{Lead: fmt.Sprintf("No quotes from %s about %s are stored.", p.Name, topic)}
	hits, err := s.Store.QuotesBy(ctx, p.ID, newsbot.QuoteFilter{Limit: topicScan})
	if err != nil {
		return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
	}
	if len(hits) == 0 {
		return none, nil
	}
	terms := topicTerms(topic)
	// Only the words the quotes themselves hold rank them: reading every
	// article for a topic none of them is about would be wasted.
	hits = rankQuotes(hits, func(h newsbot.QuoteHit) int { return looseScore(h.Quote.Text+" "+h.Sentence, terms) })
	a := Answer{Lead: fmt.Sprintf("No quote from %s mentions %s; the topic search found none, so here are %s most relevant quotes (%d stored):",
		p.Name, topic, possessive(p.Name), max(p.Quotes, len(hits))), offTopic: true}
	for _, h := range hits[:min(len(hits), PageSize)] {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	return a, nil
}

// possessive is "Hale's" of "Marcus Hale", "Ross'" of "Ross".
func possessive(name string) string {
	w := lastWord(name)
	if strings.HasSuffix(w, "s") {
		return w + "’"
	}
	return w + "’s"
}

// rankWindow is how many of a person's newest quotes "what did X say?"
// reads to order each story's quotes by substance; later pages come from
// the store in its own order.
const rankWindow = 20

// rankedPage is the page of a person's quotes at offset, PageSize+1 of
// them: the newest article first as the store lists them, each article's
// quotes (of the newest rankWindow) by substance, then as the article
// tells them. Every page within the window reads the same order, and the
// rows after it are the store's, so pages neither repeat nor skip.
func (s *Service) rankedPage(ctx context.Context, personID int64, offset int) ([]newsbot.QuoteHit, error) {
	if offset >= rankWindow {
		return s.Store.QuotesBy(ctx, personID, newsbot.QuoteFilter{Limit: PageSize + 1, Offset: offset})
	}
	win, err := s.Store.QuotesBy(ctx, personID, newsbot.QuoteFilter{Limit: rankWindow})
	if err != nil {
		return nil, err
	}
	order := rankQuotes(win, nil)
	end := offset + PageSize + 1
	if end <= len(order) || len(order) < rankWindow {
		return order[min(offset, len(order)):min(end, len(order))], nil
	}
	// The page runs past the window: the store's rows after it follow.
	rest, err := s.Store.QuotesBy(ctx, personID, newsbot.QuoteFilter{Limit: end - len(order), Offset: len(order)})
	if err != nil {
		return nil, err
	}
	return append(order[offset:], rest...), nil
}

// noneOnTopic says that none of p's quotes is on topic: "No quotes from X
// about T are stored" only when X has no quotes at all.
func noneOnTopic(p newsbot.PersonRecord, topic string) string {
	if p.Quotes > 0 {
		return fmt.Sprintf("No quote from %s mentions %s", p.Name, topic)
	}
	return fmt.Sprintf("No quotes from %s about %s are stored", p.Name, topic)
}
