package summaries

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// rePlanVerb is a plan and its verb: "is due to meet", "was due to sign",
// "will visit", "plans to open"; not "a plan to swap", which names one.
var rePlanVerb = lazyre.New(`(?i)\b(?:(?:is|are|was|were)\s+(?:due|scheduled|set|expected|to)\s+to|(?:is|are|was|were)\s+to|will|plans\s+to|planning\s+to|intends\s+to)\s+(?:also\s+|then\s+|now\s+)?(\p{Ll}+)\b`)

// doneReport: lead tells a plan ("Ferreyra is due to meet the committee
// ... on Wednesday") and a newer stored sentence naming the same person or
// body tells the act done ("Lucía Ferreyra met the committee ... on
// Wednesday"): the newer one answers, or the answer repeats a stale plan.
// Failing that, a newer sentence among others naming the same person with
// as many of the question's words and telling something done, with no
// plan in it ("will travel to London" gives way to "met ... in London").
func (s *Service) doneReport(ctx context.Context, lead newsbot.Passage, terms []string, others []newsbot.Passage) (newsbot.Passage, bool, error) {
	m := rePlanVerb.FindStringSubmatch(withoutTitles(lead.Text))
	if m == nil || stopwords[strings.ToLower(m[1])] {
		return newsbot.Passage{}, false, nil
	}
	past := pastForms(strings.ToLower(m[1]))
	var names []string
	for _, t := range terms {
		if r := []rune(t); unicode.IsUpper(r[0]) && termScore(lead.Text, []string{t}) > 0 {
			names = append(names, t)
		}
	}
	if len(names) == 0 {
		return newsbot.Passage{}, false, nil
	}
	var best newsbot.Passage
	for _, pf := range past {
		q := names[0] + " " + pf
		ps, err := s.Store.SearchPassages(ctx, q, 10)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: search passages %q: %w", q, err)
		}
		for _, p := range ps {
			if !p.Article.Published.After(lead.Article.Published) || !hasVerb(p.Text, []string{pf}) || rePlanVerb.MatchString(p.Text) && !reDoneAfterName(names[0], pf).MatchString(p.Text) {
				continue
			}
			// The newer sentence must be about the same act: the
			// question's words it shares, bar the verb, as many as the
			// plan's less one.
			if termScore(p.Text, terms) < max(1, termScore(lead.Text, terms)-1) && !reDoneAfterName(names[0], pf).MatchString(p.Text) {
				continue
			}
			if best.Text == "" || p.Article.Published.After(best.Article.Published) {
				best = p
			}
		}
	}
	if best.Text == "" {
		need := termScore(lead.Text, terms)
		for _, p := range others {
			if p.Article.Published.After(lead.Article.Published) && termScore(p.Text, names[:1]) > 0 && termScore(p.Text, terms) >= need &&
				reDoneAct.MatchString(p.Text) && !rePlanVerb.MatchString(withoutTitles(p.Text)) &&
				(best.Text == "" || p.Article.Published.After(best.Article.Published)) {
				best = p
			}
		}
	}
	return best, best.Text != "", nil
}

// reDoneAct is a verb of something done, not of saying it.
var reDoneAct = lazyre.New(`(?i)\b(?:met|held|spoke|gave|took|shook|sat|flew|went|arrived|visited|signed|toured|opened|unveiled|secured|agreed|won|lost|announced|launched|approved|rejected|struck|sealed)\b`)

// reDoneAfterName: the name is the subject of the past verb ("Ferreyra
// met", "Ferreyra also met").
func reDoneAfterName(name, past string) *regexp.Regexp {
	re, err := regexp.Compile(`\b` + regexp.QuoteMeta(name) + `\s+(?:(?:also|then|later|finally)\s+)?` + regexp.QuoteMeta(past) + `\b`)
	if err != nil {
		return regexp.MustCompile(`$^`)
	}
	return re
}

// metInCoverage answers "did X meet the bondholders?" when no sentence
// names both: the newest stored sentence where X is the subject of a
// meeting verb ("Lucía Ferreyra met the committee of holders ..."), in an
// article whose title or text names the other.
func (s *Service) metInCoverage(ctx context.Context, subject, other string) (Answer, bool, error) {
	a, words := lastWord(subject), keyTerms(other)
	if a == "" || len(words) == 0 {
		return Answer{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, a+" met", 10)
	if err != nil {
		return Answer{}, false, fmt.Errorf("search passages %q: %w", a+" met", err)
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	re := reDoneAfterName(a, "met")
	for _, p := range ps {
		if !re.MatchString(p.Text) {
			continue
		}
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return Answer{}, false, fmt.Errorf("article %d: %w", p.Article.ID, err)
		}
		if termScore(art.Title+" "+art.Text, words) < len(words) {
			continue
		}
		lead := "Yes, according to stored coverage (" + s.cite(p.Article) + "): " + strings.TrimSpace(p.Text)
		return Answer{Lead: lead, Sources: []newsbot.ArticleRef{p.Article}, Items: []Item{s.passageItem(p)}}, true, nil
	}
	return Answer{}, false, nil
}

// reWhatHappened: "what happened with the bondholders?", "what has
// happened to the Gorsemoor ferries?": the story's latest report answers.
var reWhatHappened = lazyre.New(`(?i)^what(?:'s|\s+has|\s+had)?\s+happen(?:ed|ing)\s+(?:with|to|at|in|over|about)\b`)

// storyLead answers a what-happened question whose words no one sentence
// holds: the first sentence of the newest article holding all of them
// (title included), which is what the story last reported.
func (s *Service) storyLead(ctx context.Context, question string, terms []string) (newsbot.Passage, bool, error) {
	if !reWhatHappened.MatchString(cleanQuestion(question)) {
		return newsbot.Passage{}, false, nil
	}
	terms = slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return strings.HasPrefix(strings.ToLower(t), "happen") })
	if len(terms) == 0 {
		return newsbot.Passage{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, terms[0], 50)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("ask: search passages %q: %w", terms[0], err)
	}
	for _, p := range newestArticles(ps, 5) {
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", p.Article.ID, err)
		}
		if termScore(art.Title+" "+art.Text, terms) < len(terms) {
			continue
		}
		if sents := text.Sentences(art.Text); len(sents) > 0 {
			return newsbot.Passage{Article: p.Article, Text: strings.TrimSpace(sents[0].Text)}, true, nil
		}
	}
	return newsbot.Passage{}, false, nil
}

// newestArticles sorts passages newest first (in place) and keeps the
// first of each article, of the n newest articles at most: the articles
// worth loading whole.
func newestArticles(ps []newsbot.Passage, n int) []newsbot.Passage {
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	var out []newsbot.Passage
	seen := map[int64]bool{}
	for _, p := range ps {
		if seen[p.Article.ID] {
			continue
		}
		if seen[p.Article.ID] = true; len(seen) > n {
			break
		}
		out = append(out, p)
	}
	return out
}
