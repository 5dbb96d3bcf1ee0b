package summaries

import (
	"context"
	"errors"
	"fmt"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// An interview printed as questions and answers carries no speech verbs, so
// the quote extractor attributes none of it; yet every answer is the
// interviewee's own words. These helpers find such answers for "what did X
// say (about Y)?" when no quote is stored.

const (
	maxInterviewReads   = 4 // articles read looking for an interview
	minInterviewAsks    = 2 // question paragraphs that make a Q&A
	maxInterviewAnswers = 3
)

// reInterviewCue: the standfirst says who was interviewed ("He spoke to the
// Post", "In an interview with", "The interview has been edited").
var reInterviewCue = lazyre.New(`(?i)\b(?:interview(?:ed)?|spoke\s+to|talked\s+to|sat\s+down\s+with|Q\s*&\s*A)\b`)

// qaAnswer is one answer of a Q&A with the question it answers.
type qaAnswer struct {
	question, answer string
}

// interviewQA splits text into the answers of a Q&A interview with the
// person surnamed who: paragraphs that are one question each, the
// paragraphs after each being its answer. The person must be named, with an
// interview cue, before the first question. Nil when text is not such an
// interview.
func interviewQA(text, who string) []qaAnswer {
	var paras []string
	for _, p := range strings.Split(text, "\n") {
		// "Q:" and "A:" labels are the format's, not the words.
		p = strings.TrimSpace(p)
		for _, l := range []string{"Q:", "Q.", "A:", "A."} {
			p = strings.TrimSpace(strings.TrimPrefix(p, l))
		}
		if p != "" {
			paras = append(paras, p)
		}
	}
	isAsk := func(p string) bool {
		return strings.HasSuffix(p, "?") && !strings.ContainsAny(strings.TrimSuffix(p, "?"), "?.!\"“”") && len(p) < 300
	}
	first := -1
	asks := 0
	for i, p := range paras {
		if isAsk(p) {
			if first < 0 {
				first = i
			}
			asks++
		}
	}
	if asks < minInterviewAsks || first < 1 {
		return nil
	}
	intro := strings.Join(paras[:first], " ")
	nameRe, err := wordRe(who)
	if err != nil || !nameRe.MatchString(intro) || !reInterviewCue.MatchString(intro) {
		return nil
	}
	var out []qaAnswer
	for i := first; i < len(paras); {
		q := paras[i]
		j := i + 1
		var ans []string
		for ; j < len(paras) && !isAsk(paras[j]); j++ {
			ans = append(ans, paras[j])
		}
		if len(ans) > 0 {
			out = append(out, qaAnswer{question: q, answer: strings.Join(ans, " ")})
		}
		i = j
	}
	return out
}

// interviewAnswers are p's answers in stored Q&A interviews, about topic
// when it is given (the question or the answer names it), as items citing
// the interview.
func (s *Service) interviewAnswers(ctx context.Context, p newsbot.PersonRecord, topic string) ([]Item, error) {
	surname := lastWord(p.Name)
	if surname == "" {
		return nil, nil
	}
	ps, err := s.Store.SearchPassages(ctx, p.Name, 10)
	if err != nil {
		return nil, fmt.Errorf("interviews of %q: %w", p.Name, err)
	}
	terms := keyTerms(topic)
	var items []Item
	read := map[int64]bool{}
	for _, ps := range ps {
		if read[ps.Article.ID] || len(read) >= maxInterviewReads {
			continue
		}
		read[ps.Article.ID] = true
		art, err := s.Store.Article(ctx, ps.Article.ID)
		switch {
		case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
			continue
		case err != nil:
			return nil, fmt.Errorf("interviews of %q: article %d: %w", p.Name, ps.Article.ID, err)
		}
		for _, qa := range interviewQA(art.Text, surname) {
			if len(terms) > 0 && termScore(qa.question+" "+qa.answer, terms) == 0 {
				continue
			}
			it := Item{Kind: ItemQuote, Text: qa.answer, Quoted: true,
				Detail:  p.Name + " — asked “" + qa.question + "” in an interview",
				Sources: []newsbot.ArticleRef{ps.Article}}
			if !ps.Article.Published.IsZero() {
				it.Date = ps.Article.Published.In(s.loc())
			}
			items = append(items, it)
			if len(items) == maxInterviewAnswers {
				return items, nil
			}
		}
	}
	return items, nil
}

// interviewLead answers from interview items: "Hamish Lowther said in an
// interview (Northern Evening Post, Tue 24 Nov 2026): “...”".
func (s *Service) interviewLead(name, topic string, items []Item) Answer {
	lead := name + " said in an interview"
	if topic != "" {
		lead = name + ", asked about " + topic + " in an interview,"
		lead = strings.TrimSuffix(lead, ",") + ", said"
	}
	first := items[0]
	if len(first.Sources) > 0 {
		lead += " (" + s.cite(first.Sources[0]) + ")"
	}
	lead += ": “" + firstSentences(first.Text, 2) + "”"
	return Answer{Lead: lead, Items: items, Sources: first.Sources[:min(len(first.Sources), 1)]}
}

// firstSentences is the first n sentences of an answer, so a lead stays a
// line or two.
func firstSentences(s string, n int) string {
	s = strings.TrimSpace(s)
	end := 0
	for i := 0; i < n; i++ {
		j := strings.IndexAny(s[end:], ".!?")
		if j < 0 {
			return s
		}
		end += j + 1
	}
	return strings.TrimSpace(s[:end])
}
