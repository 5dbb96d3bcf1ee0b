package summaries

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// reOutcome finds a sentence reporting a result or a decision: a vote, a
// ruling, a verdict, an approval or refusal. reNotYet, just before it,
// makes it a prospect ("will be sentenced", "expected to approve").
var (
	reOutcome = lazyre.New(`(?i)\b(?:voted|ruled|dismissed|upheld|rejected|approved|overturned|quashed|struck\s+down|threw\s+out|thrown\s+out|cleared|convicted|acquitted|sentenced|found\s+(?:\p{L}+\s+)?(?:not\s+)?(?:guilty|liable)|awarded|granted|refused|decided|backed|passed|adopted|elected|ordered|blocked|scrapped|accepted|spared|endorsed|vetoed|won|lost|chose|gave\s+(?:the\s+)?(?:go-ahead|green\s+light)|signed\s+off)\b`)
	reNotYet  = lazyre.New(`(?i)\b(?:will|would|could|can|may|might|must|shall|to|be|expected|set|due|if|whether|unless|not|never|yet|hope[sd]?|want(?:s|ed)?)\s+(?:\S+\s+)?$`)
)

// reportsOutcome: the sentence tells of a result or decision, not a
// prospect of one.
func reportsOutcome(sentence string) bool {
	for _, m := range reOutcome.FindAllStringIndex(sentence, -1) {
		if !reNotYet.MatchString(sentence[:m[0]]) {
			return true
		}
	}
	return false
}

// reDealTerms finds the sentence giving a settlement's terms: "Under the
// deal, pay rises by 7 per cent", "The agreement gives junior doctors a 5
// per cent rise"; reAmountTerm a figure of pay or money told just after
// the settlement ("Workers will receive a 6% rise from January").
var (
	reDealTerms  = lazyre.New(`(?i)(?:^|\b)(?:under|as\s+part\s+of|in)\s+(?:the|this|that|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|settlement|accord|offer|compromise|package)\b|\b(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|settlement|accord|offer|compromise|package)\s+(?:also\s+)?(?:gives|includes|provides|offers|sees|raises|guarantees|means|brings|caps|limits|sets|restores|would\s+\p{L}+|will\s+\p{L}+)\b|\bterms\s+(?:include|are)\b|\b(?:deal|agreement|settlement|offer|package)\s+(?:worth|that\s+(?:gives|includes|raises|guarantees|restores))\b`)
	reAmountTerm = lazyre.New(`(?i)(?:\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|[£$€]\s?\d)`)
	rePayWord    = lazyre.New(`(?i)\b(?:pay|rise|rises|increase|increases|wage|wages|salar\w*|bonus\w*|allowance\w*|hours|rota\w*|jobs?|pension\w*)\b`)
)

// termsSentence is the sentence of sents giving the terms of the
// settlement told at sents[i]: one naming the deal's terms anywhere in
// the report, else a figure of pay told in the next two sentences.
func termsSentence(sents []string, i int) (string, bool) {
	for j, sp := range sents {
		if j != i && reDealTerms.MatchString(sp) && !reportsSettled(sp) {
			return sp, true
		}
	}
	for j := i + 1; j < len(sents) && j <= i+2; j++ {
		if reAmountTerm.MatchString(sents[j]) && rePayWord.MatchString(sents[j]) {
			return sents[j], true
		}
	}
	return "", false
}

// background: the sentence dates what it tells weeks before the report
// ("was fined £45 million last year").
func background(sentence string, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	for _, tx := range timex.Tag(sentence, published) {
		if tx.Type != "DATE" {
			continue
		}
		if tx.Value == "PAST_REF" {
			return true
		}
		if _, end, _, ok := timexPeriod(tx.Value); ok && end.Before(published.AddDate(0, 0, -14)) {
			return true
		}
	}
	return false
}

// outcomeSentence is the first sentence of sents, other than sents[i],
// reporting an outcome of the story: it names one of terms (allowing for
// endings) or follows the lead directly, and is not background.
func outcomeSentence(sents []string, i int, terms []string, published time.Time) (string, bool) {
	for j, sp := range sents {
		if j == i || !reportsOutcome(sp) || background(sp, published) {
			continue
		}
		if j == i+1 && i >= 0 || stemScore(sp, terms) > 0 {
			return sp, true
		}
	}
	return "", false
}

// stemScore counts the terms a sentence holds, allowing for endings
// ("libraries" holds "library").
func stemScore(sentence string, terms []string) int {
	words := strings.Fields(normWords(sentence))
	n := 0
	for _, t := range terms {
		t = strings.ToLower(t)
		if slices.ContainsFunc(words, func(w string) bool { return stemMatch(w, t) || stemMatch(t, w) && len(w) >= 4 }) {
			n++
		}
	}
	return n
}

// articleSentences reads an article's sentences, trimmed; nil when it is
// gone.
func (s *Service) articleSentences(ctx context.Context, id int64) ([]string, error) {
	art, err := s.Store.Article(ctx, id)
	switch {
	case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	var out []string
	for _, sp := range text.Sentences(art.Text) {
		if t := strings.TrimSpace(sp.Text); t != "" {
			out = append(out, t)
		}
	}
	return out, nil
}

// maxOutcomeArticles bounds the newer reports outcomeLead reads.
const maxOutcomeArticles = 2

// outcomeLead is what a "what's new on TOPIC?" answer should lead with,
// given the sentence chosen (lead, from ref): a settlement with the
// sentence giving its terms; an event ("councillors debated the
// libraries") with the sentence reporting its outcome ("voted 31 to 18 to
// close two libraries"), from the same report or a newer one on the story
// (found by the names in the report's title), followed by the lead when
// the lead tells what came after it ("... said it would appeal"). False
// when lead stands.
func (s *Service) outcomeLead(ctx context.Context, lead string, ref newsbot.ArticleRef, terms []string) (string, newsbot.ArticleRef, bool, error) {
	lead = strings.TrimSpace(lead)
	if ref.ID == 0 || lead == "" {
		return "", ref, false, nil
	}
	own := withoutStoryNouns(terms)
	settled := reportsSettled(lead)
	if !settled && !reportsOutcome(lead) && len(own) > 0 {
		// A newer report on the story may give the outcome.
		newer, err := s.newerOnStory(ctx, ref, terms)
		if err != nil {
			return "", ref, false, err
		}
		for _, r := range newer {
			sents, err := s.articleSentences(ctx, r.ID)
			if err != nil {
				return "", ref, false, err
			}
			if o, ok := outcomeSentence(sents, -1, own, r.Published); ok && stemScore(o, own) > 0 {
				return o, r, true, nil
			}
		}
	}
	sents, err := s.articleSentences(ctx, ref.ID)
	if err != nil || len(sents) == 0 {
		return "", ref, false, err
	}
	i := slices.Index(sents, lead)
	if i < 0 {
		i = slices.IndexFunc(sents, func(sp string) bool { return strings.Contains(sp, lead) || strings.Contains(lead, sp) })
	}
	if settled {
		if t, ok := termsSentence(sents, i); ok && !strings.Contains(lead, t) {
			return lead + " " + t, ref, true, nil
		}
		return "", ref, false, nil
	}
	if reportsOutcome(lead) {
		return "", ref, false, nil
	}
	if o, ok := outcomeSentence(sents, i, own, ref.Published); ok {
		if j := slices.Index(sents, o); i >= 0 && j < i {
			// The lead tells what followed the outcome ("said it would
			// appeal"): both, in order.
			return o + " " + lead, ref, true, nil
		}
		return o, ref, true, nil
	}
	return "", ref, false, nil
}

// newerOnStory are reports published after ref that share a name with its
// title and hold a word of terms beyond the story nouns, newest first, at
// most maxOutcomeArticles of them.
func (s *Service) newerOnStory(ctx context.Context, ref newsbot.ArticleRef, terms []string) ([]newsbot.ArticleRef, error) {
	var names []string
	for _, t := range keyTerms(ref.Title) {
		if r := []rune(t); len(r) > 1 && unicode.IsUpper(r[0]) && !slices.Contains(names, t) {
			names = append(names, t)
		}
	}
	own := withoutStoryNouns(terms)
	var out []newsbot.ArticleRef
	seen := map[int64]bool{ref.ID: true}
	for _, n := range names[:min(len(names), 3)] {
		ps, err := s.Store.SearchPassages(ctx, n, 5)
		if err != nil {
			return nil, fmt.Errorf("search passages %q: %w", n, err)
		}
		for _, p := range ps {
			r := p.Article
			if seen[r.ID] || !r.Published.After(ref.Published) {
				continue
			}
			seen[r.ID] = true
			if stemScore(r.Title+" "+p.Text, own) == 0 {
				continue
			}
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b newsbot.ArticleRef) int { return b.Published.Compare(a.Published) })
	return out[:min(len(out), maxOutcomeArticles)], nil
}
