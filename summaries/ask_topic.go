package summaries

import (
	"cmp"
	"context"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// topicScan is how many of a person's newest quotes "what did X say about
// Y?" reads beside the full-text match: the index matches whole words as
// asked, so "refund" misses "refunds", "strike" misses "striking", and a
// quote whose paragraph names the topic ("…vouchers instead of refunds. 'A
// voucher is not what people paid for,' she said") has none of it in its
// words. One indexed read of a person's newest rows; older quotes still
// come from the full-text match.
const topicScan = 300

// topicSynonyms are the words news copy uses for the same thing, so that a
// quote whose paragraph says "walkout" is about the strike asked for.
// Immutable; keys and values are lower case, values may be phrases.
var topicSynonyms = map[string][]string{
	"strike":      {"walkout", "walk-out", "walk out", "walked out", "industrial action", "stoppage"},
	"walkout":     {"strike", "industrial action", "stoppage"},
	"refund":      {"money back", "reimburse", "reimbursement", "repay", "compensation"},
	"redundancy":  {"job cuts", "layoffs", "lay-offs", "job losses"},
	"resignation": {"resign", "step down", "stand down", "quit"},
	"resign":      {"resignation", "step down", "stand down", "quit"},
	"dispute":     {"row", "stand-off", "standoff"},
	"row":         {"dispute"},
	"closure":     {"close", "closing", "shut", "shutting"},
	"pay":         {"wage", "wages", "salary", "salaries"},
	"fare":        {"ticket price", "ticket prices"},
	"tariff":      {"duty", "duties", "levy"},
	"layoff":      {"job cuts", "redundancies", "job losses"},
	"election":    {"vote", "ballot", "polls"},
	"ceasefire":   {"truce"},
	"truce":       {"ceasefire"},
}

// singular is a word's singular, crudely: "refunds" → "refund",
// "closures" → "closure", "redundancies" → "redundancy".
func singular(w string) string {
	w = strings.ToLower(w)
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// quoteContext is the part of a quote's paragraph that speaks of it: from
// the paragraph's start, which introduces the quote and often names what
// it is about, to the end of the sentence after the one the quote ends in. What follows
// in a long paragraph goes on to other matters ("... "I will study the
// judgment." The detainees took their case ... can opt to be deported"),
// which say nothing of what the quote is about. The whole paragraph when
// the quote is not found in it.
func quoteContext(quote, para string) string {
	q := strings.TrimSpace(quote)
	i := strings.Index(para, q)
	if q == "" || i < 0 {
		return para
	}
	end := i + len(q)
	spans := text.Sentences(para)
	for k, sp := range spans {
		if sp.End >= end {
			// The next sentence may still be about the quote ("It was
			// the firm's third warning on pay.").
			return para[:spans[min(k+1, len(spans)-1)].End]
		}
	}
	return para
}

// ownSentence is the sentence (or sentences) of para the quote runs
// through, or "" when the quote is not found in it.
func ownSentence(quote, para string) string {
	q := strings.TrimSpace(quote)
	i := strings.Index(para, q)
	if q == "" || i < 0 {
		return ""
	}
	end := i + len(q)
	from, to := -1, -1
	for _, sp := range text.Sentences(para) {
		if from < 0 && sp.End > i {
			from = sp.Start
		}
		if sp.Start < end {
			to = sp.End
		}
	}
	if from < 0 || to < from {
		return ""
	}
	return para[from:to]
}

// byCloseness puts first the quotes whose own words name every term, then
// those whose own sentence does ("voters have a 'fundamental lack of
// trust' in Mr Blair"), then those only their paragraph ties to the topic,
// keeping the order within each: a quote the paragraph mentions the topic
// beside is less surely about it than one said of it.
func byCloseness(hits []newsbot.QuoteHit, terms []string) []newsbot.QuoteHit {
	if len(terms) == 0 {
		return hits
	}
	class := func(h newsbot.QuoteHit) int {
		switch {
		case looseScore(h.Quote.Text, terms) == len(terms):
			return 0
		case looseScore(ownSentence(h.Quote.Text, h.Sentence), terms) == len(terms):
			return 1
		}
		return 2
	}
	out := slices.Clone(hits)
	slices.SortStableFunc(out, func(a, b newsbot.QuoteHit) int { return cmp.Compare(class(a), class(b)) })
	return out
}

// onTopic reports whether a quote is about every term: its words or the
// sentence (for a direct quote, the paragraph) around it name each term, by
// any ending ("striking" for "strike") or by a synonym the copy uses
// ("walkout" for "strike", "money back" for "refund").
func onTopic(h newsbot.QuoteHit, terms []string) bool {
	text := h.Quote.Text + " " + quoteContext(h.Quote.Text, h.Sentence)
	words := strings.Fields(normWords(text))
	for _, t := range terms {
		if looseScore(text, []string{t}) == 1 {
			continue
		}
		syn := topicSynonyms[singular(t)]
		if !slices.ContainsFunc(syn, func(s string) bool { return containsWords(words, s) }) {
			return false
		}
	}
	return true
}

// containsWords: the words of phrase stand in a row in words, each by any
// ending ("walked out" for "walk out", "resigned" for "resign").
func containsWords(words []string, phrase string) bool {
	ps := strings.Fields(phrase)
	if len(ps) == 0 {
		return false
	}
	for i := 0; i+len(ps) <= len(words); i++ {
		ok := true
		for j, p := range ps {
			if !wordForm(words[i+j], p) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wordForm: w is p or p with an ending ("walked" for "walk", "closing"
// for "close", "shutting" for "shut").
func wordForm(w, p string) bool {
	if w == p {
		return true
	}
	var rest string
	switch {
	case strings.HasPrefix(w, p):
		rest = w[len(p):]
	case strings.HasSuffix(p, "e") && strings.HasPrefix(w, p[:len(p)-1]):
		rest = w[len(p)-1:]
	default:
		return false
	}
	switch rest {
	case "s", "es", "ed", "d", "ing", "ting", "ping", "ning", "ment", "ments", "ation", "ations":
		return true
	}
	return false
}

// mergeHits joins two lists of a person's quotes without repeats, newest
// first as the store gives them.
func mergeHits(a, b []newsbot.QuoteHit) []newsbot.QuoteHit {
	seen := make(map[int64]bool, len(a))
	out := slices.Clone(a)
	for _, h := range a {
		seen[h.ID] = true
	}
	added := false
	for _, h := range b {
		if !seen[h.ID] {
			seen[h.ID] = true
			out = append(out, h)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(x, y newsbot.QuoteHit) int {
			return cmp.Or(y.Article.Published.Compare(x.Article.Published), cmp.Compare(y.ID, x.ID))
		})
	}
	return out
}

// storyQuery is the passage searches quotesInStories tries for a topic: its
// words as asked, then in the singular ("depot closures" → "depot
// closure"), since the index matches whole words.
func storyQueries(terms []string) []string {
	asked := strings.Join(terms, " ")
	sing := make([]string, len(terms))
	for i, t := range terms {
		sing[i] = singular(t)
	}
	out := []string{asked}
	if s := strings.Join(sing, " "); !strings.EqualFold(s, asked) {
		out = append(out, s)
	}
	if rest := withoutStoryNouns(sing); len(rest) > 0 && len(rest) < len(sing) {
		out = append(out, strings.Join(rest, " ")) // "depot closure row"
	}
	return out
}

// quotesOnTopic is quotesAbout's match: the full-text hits for the topic's
// words and, from the person's newest topicScan quotes, those onTopic finds
// by ending, paragraph or synonym.
func (s *Service) quotesOnTopic(ctx context.Context, personID int64, terms []string) ([]newsbot.QuoteHit, error) {
	hits, err := s.Store.QuotesBy(ctx, personID, newsbot.QuoteFilter{Topic: strings.Join(terms, " "), Limit: TopicCap + 1})
	if err != nil {
		return nil, err
	}
	recent, err := s.Store.QuotesBy(ctx, personID, newsbot.QuoteFilter{Limit: topicScan})
	if err != nil {
		return nil, err
	}
	var on []newsbot.QuoteHit
	for _, h := range recent {
		if onTopic(h, terms) {
			on = append(on, h)
		}
	}
	if len(hits)+len(on) == 0 {
		// "the refund row", "the pay dispute": the quotes name the refunds
		// or the pay, rarely the kind of story.
		if rest := withoutStoryNouns(terms); len(rest) > 0 && len(rest) < len(terms) {
			for _, h := range recent {
				if onTopic(h, rest) {
					on = append(on, h)
				}
			}
		}
	}
	return mergeHits(hits, on), nil
}

// Ways of asking for a person's quotes that "what did X say?" does not
// cover: "quotes from Kohler", "what are Kohler's quotes?", "what was
// Rivera's reaction?", "how did Rivera respond to the offer?", "Kohler
// quotes".
var (
	reQuotesFrom = lazyre.New(`(?i)^(?:(?:show|list|give)\s+(?:me\s+)?|(?:what\s+are|what's|whats)\s+)?(?:(?:the|all|any)\s+)?(?:quotes?|comments?|remarks?)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:about|on|regarding|over)\s+(.+))?$`)
	reQuotesPoss = lazyre.New(`(?i)^(?:(?:what|how)\s+(?:are|were|was|is)\s+|what's\s+|show\s+(?:me\s+)?|list\s+)?(.+?)(?:'s|’s|s')\s+(?:quotes|comments|remarks|reaction|response)(?:\s+(?:about|on|to|regarding|over)\s+(.+))?$`)
	reHowRespond = lazyre.New(`(?i)^how\s+(?:did|has|have|does|do)\s+(.+?)\s+(?:respond(?:ed)?|react(?:ed)?|reply|replied)(?:\s+(?:to|about|on|over)\s+(.+))?$`)
	reNameQuotes = lazyre.New(`^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?i:quotes|quoted)$`)
)

// parseQuotesOf reads those questions as QWhatSaid; s is the cleaned
// question without its question mark.
func parseQuotesOf(s string) (Question, bool) {
	for _, re := range []*lazyre.Regexp{reQuotesFrom, reQuotesPoss, reHowRespond, reNameQuotes} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		subj := cleanName(m[1])
		if subj == "" || isStopword(strings.ToLower(subj)) || strings.EqualFold(subj, "the") {
			continue
		}
		q := Question{Kind: QWhatSaid, Subject: subj, Tense: Past, Text: s}
		if len(m) > 2 {
			q.Topic = cleanPhrase(m[2])
		}
		return q, true
	}
	return Question{}, false
}

// headlineOnTopic: a headline names every term of a topic, by any ending
// or a synonym ("Eastfield health board to shut two wards" for "ward
// closures").
func headlineOnTopic(title string, terms []string) bool {
	return strings.TrimSpace(title) != "" && onTopic(newsbot.QuoteHit{Quote: newsbot.Quote{Text: title}}, terms)
}
