package summaries

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// When the itineraries hold no leg for a question ("when is Weber in
// Tallinn?"), the copy often still tells, over two sentences the trip
// extractor cannot join: "Leaders will meet in Tallinn on Thursday" and
// "Weber is due to meet Tamm on Thursday morning". coverage shows such
// sentences, cited and with their dates resolved, and claims nothing more.

// Cues that a sentence about a person says where they go or whom they see.
var (
	reTravelCue = lazyre.New(`(?i)\b(?:visit\w*|travel\w*|fl(?:y|ies|ew|ying|own)|arriv\w*|attend\w*|join\w*|head\w*|lead\w*|led|go(?:es|ing)?\s+to|going|went|trip|tour\w*|summit|delegation|meet\w*|met|talks|due|expected|scheduled|will|plans?\s+to|set\s+to)\b`)
	reMeetCue   = lazyre.New(`(?i)\b(?:meet\w*|met|talks|sit\s+down|see|seeing|host\w*|receiv\w*)\b`)
	// A sentence continuing about the person just named ("He is due to
	// meet union leaders on Thursday").
	rePronounStart = lazyre.New(`^(?:He|She)\b`)
	// rePronounLead is rePronounStart after a fronted time ("On Thursday
	// she travels to ...", "Later, he flies to ...").
	rePronounLead = lazyre.New(`^(?:He|She)\b|^(?:On|From|By|Later|Then|Next|Afterwards|After\s+that)\b[^.,;:"“]{0,30}?,?\s(?:he|she)\b`)
)

// maxCoverageArticles caps the articles read for a fallback: each is one
// store read.
const maxCoverageArticles = 3

// coverageArticles yields the stored articles of ps, newest passage order
// kept, each once and at most maxCoverageArticles of them (an article
// deleted since the search counts and is skipped), with the passage that
// found it. A failed read is yielded as an error naming the article.
func (s *Service) coverageArticles(ctx context.Context, ps []newsbot.Passage) iter.Seq2[coverageArticle, error] {
	return func(yield func(coverageArticle, error) bool) {
		seen := map[int64]bool{}
		for _, p := range ps {
			if seen[p.Article.ID] || len(seen) == maxCoverageArticles {
				continue
			}
			seen[p.Article.ID] = true
			art, err := s.Store.Article(ctx, p.Article.ID)
			switch {
			case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
				continue
			case err != nil:
				yield(coverageArticle{}, fmt.Errorf("article %d: %w", p.Article.ID, err))
				return
			}
			if !yield(coverageArticle{p: p, art: art}, nil) {
				return
			}
		}
	}
}

// coverageArticle is one article coverageArticles read, with the passage
// that found it.
type coverageArticle struct {
	p   newsbot.Passage
	art *newsbot.Article
}

// coverage returns sentences from the newest articles naming both the
// person (by surname) and place (place may be empty): the sentences where
// the person, or a "he"/"she" right after them, does what cue matches,
// and the sentence naming the place with the most precise date. Dates in
// them are resolved against the article's publication (Detail).
func (s *Service) coverage(ctx context.Context, name, place string, cue *lazyre.Regexp) ([]Item, error) {
	return s.personSentences(ctx, name, place, place, cue.MatchString)
}

// personSentences is coverage with the search words and the test of a
// sentence given: articles holding the surname and every word of search,
// sentences naming the person (or "he"/"she" just after) for which cue
// holds, and the best-dated sentence naming place when place is set.
func (s *Service) personSentences(ctx context.Context, name, search, place string, cue func(string) bool) ([]Item, error) {
	surname := lastWord(name)
	if surname == "" {
		return nil, nil
	}
	nameRe, err := wordRe(surname)
	if err != nil {
		return nil, nil // not UTF-8: nothing to find
	}
	var placeRe *regexp.Regexp
	if place != "" {
		if placeRe, err = wordRe(place); err != nil {
			return nil, nil
		}
	}
	ps, err := s.Store.SearchPassages(ctx, strings.TrimSpace(surname+" "+search), 10)
	if err != nil {
		return nil, fmt.Errorf("coverage of %s in %s: %w", surname, place, err)
	}
	slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	var out []Item
	seen := map[int64]bool{}
	for _, p := range ps {
		if seen[p.Article.ID] || len(seen) == maxCoverageArticles {
			continue
		}
		seen[p.Article.ID] = true
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return nil, fmt.Errorf("coverage of %s in %s: article %d: %w", surname, place, p.Article.ID, err)
		}
		ref := p.Article
		var sents []string
		for _, sp := range text.Sentences(art.Text) {
			sents = append(sents, strings.TrimSpace(sp.Text))
		}
		var picked []int
		for i, t := range sents {
			named := nameRe.MatchString(t)
			after := i > 0 && nameRe.MatchString(sents[i-1]) && rePronounStart.MatchString(t)
			if (named || after) && cue(t) {
				picked = append(picked, i)
			}
		}
		if len(picked) == 0 {
			continue // the article names the person, but not on the move
		}
		if placeRe != nil {
			best, bestScore := -1, -1
			for i, t := range sents {
				if !placeRe.MatchString(t) {
					continue
				}
				sc := 0
				switch {
				case reCalDate.MatchString(t):
					sc = 2
				case reRelDate.MatchString(t):
					sc = 1
				}
				if sc > bestScore {
					best, bestScore = i, sc
				}
			}
			if best < 0 {
				continue
			}
			if !slices.Contains(picked, best) {
				picked = append(picked, best)
			}
		}
		slices.Sort(picked)
		if len(picked) > 3 && placeRe != nil {
			// The sentence naming the place is what was asked for: the cap
			// drops the traveller's other sentences, never it.
			keep := picked[:0:0]
			for _, i := range picked {
				if placeRe.MatchString(sents[i]) {
					keep = append(keep, i)
				}
			}
			for _, i := range picked {
				if len(keep) < 3 && !slices.Contains(keep, i) {
					keep = append(keep, i)
				}
			}
			picked = keep
			slices.Sort(picked)
		}
		for _, i := range picked[:min(len(picked), 3)] {
			it := s.passageItem(newsbot.Passage{Article: ref, Text: sents[i]})
			it.Detail = dateNote(sents[i], ref.Published)
			out = append(out, it)
		}
	}
	return out, nil
}

// dateNote resolves the relative dates of a sentence against its
// publication: "“on Thursday” = Thursday 26 November 2026". Dates the
// sentence spells out are left alone.
func dateNote(sentence string, published time.Time) string {
	ordinal := reOrdinalDay.FindStringSubmatchIndex(sentence)
	if published.IsZero() || !reRelDate.MatchString(sentence) && ordinal == nil {
		return ""
	}
	var notes []string
	if ordinal != nil {
		if note, ok := ordinalNote(sentence, ordinal, published); ok {
			notes = append(notes, note)
		}
	}
	for _, tx := range timex.Tag(sentence, published) {
		if tx.Type != "DATE" || reCalDate.MatchString(tx.Text) || tx.Value == published.Format(time.DateOnly) {
			// Spelled out, or the day of the article its citation shows.
			continue
		}
		if d, err := time.Parse(time.DateOnly, tx.Value); err == nil {
			if d.After(published) && pastWeekday(sentence, tx) {
				d = d.AddDate(0, 0, -7) // "after arriving ... on Monday": the Monday gone
			} else if d.Before(published) && aheadWeekday(sentence, tx) {
				d = d.AddDate(0, 0, 7) // "Thursday's strike has been suspended": the Thursday to come
			}
			notes = append(notes, "“"+tx.Text+"” = "+longDate(d))
		} else if st, _, g, ok := timexPeriod(tx.Value); ok && g == granWeek {
			notes = append(notes, "“"+tx.Text+"” = week of "+longDate(st))
		}
	}
	return strings.Join(notes, "; ")
}

// reGoCue marks a sentence saying someone goes somewhere or takes part:
// narrower than reTravelCue, as the sentence need not name the place
// ("Weber and Laine have confirmed they will attend").
var reGoCue = lazyre.New(`(?i)\b(?:attend\w*|visit\w*|travel\w*|fl(?:y|ies|ew|ying|own)|arriv\w*|join\w*|head(?:s|ed|ing)?\s+(?:to|for)|lead\w*\s+(?:the\s+|a\s+)?\w*\s*delegation|go(?:es|ing)?\s+to|went\s+to)\b`)

// placeSentences answers "who is going to PLACE?" when no leg is stored:
// from the newest articles naming the place, the sentence giving its
// best date and the sentences where named people go or take part, dates
// resolved.
func (s *Service) placeSentences(ctx context.Context, place string) ([]Item, error) {
	placeRe, err := wordRe(place)
	if err != nil {
		return nil, nil
	}
	ps, err := s.Store.SearchPassages(ctx, place, 10)
	if err != nil {
		return nil, fmt.Errorf("coverage of %s: %w", place, err)
	}
	slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	var out []Item
	for _, p := range ps[:min(len(ps), maxCoverageArticles)] {
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return nil, fmt.Errorf("coverage of %s: article %d: %w", place, p.Article.ID, err)
		}
		var picked []string
		for _, sp := range text.Sentences(art.Text) {
			t := strings.TrimSpace(sp.Text)
			if (placeRe.MatchString(t) && (reCalDate.MatchString(t) || reRelDate.MatchString(t)) || reGoCue.MatchString(t) && len(properNames(t)) > 0) && len(picked) < 3 {
				picked = append(picked, t)
			}
		}
		if !slices.ContainsFunc(picked, placeRe.MatchString) {
			continue // the people named may be going elsewhere
		}
		for _, t := range picked {
			it := s.passageItem(newsbot.Passage{Article: p.Article, Text: t})
			it.Detail = dateNote(t, p.Article.Published)
			out = append(out, it)
		}
	}
	return out, nil
}

var (
	// reBareWeekdayText: a weekday with no "next", "this" or "last".
	reBareWeekdayText = lazyre.New(`(?i)^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$`)
	// rePastVerb: a verb telling what has happened.
	rePastVerb = lazyre.New(`(?i)\b(?:arrived|landed|flew|met|held|visited|returned|left|opened|began|was|were|had)\b`)
	// reAfterGerund after a past or perfect main verb: "have been warned
	// ... after arriving in Auckland on Monday".
	reAfterGerund = lazyre.New(`(?i)\b(?:has|have|had|was|were)\s+(?:been\s+)?\w+(?:ed|en|wn|ld|ht)\b.*\bafter\s+\w+ing\b`)
	// reFutureMark: the clause tells a plan.
	reFutureMark = lazyre.New(`(?i)\b(?:will|shall|would|due|expected|scheduled|planned|plans?|set\s+to|going\s+to|(?:is|are|was|were)\s+to|to\s+have|before)\b`)
	// reWeekdayClause: where the clause holding a weekday starts.
	reWeekdayClause = lazyre.New(`[;:]|,\s|\s(?:and|but|while|then)\s`)
)

// pastWeekday: tx is a bare weekday the tagger read forward, in a clause
// telling what has happened ("arrived in Lima on Monday", "have been
// warned ... after arriving in Auckland on Monday") and no plan: it is the
// weekday gone. Only the annotation shown to the reader is mended.
func pastWeekday(sentence string, tx newsbot.Timex) bool {
	if !reBareWeekdayText.MatchString(strings.TrimSpace(tx.Text)) || tx.Start > len(sentence) {
		return false
	}
	before := sentence[:tx.Start]
	clause := before
	if ts := reWeekdayClause.FindAllStringIndex(before, -1); len(ts) > 0 {
		clause = before[ts[len(ts)-1][1]:]
	}
	if reFutureMark.MatchString(clause) {
		return false
	}
	return rePastVerb.MatchString(clause) || reAfterGerund.MatchString(before) && !reFutureMark.MatchString(before)
}

// reOrdinalDay: a day of the month by its ordinal alone, "on the 9th"
// (not "the 9th of December" or "the 9th December", spelled out).
var reOrdinalDay = lazyre.New(`(?i)\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(\s+(?:of\s+)?` + monthRe + `\b)?`)

// ordinalNote resolves "on the 9th" in a clause telling a plan ("plan to
// meet in Monterrey on the 9th"): the next such day after publication,
// this month or the next. A past clause is left alone: its month is not
// sure.
func ordinalNote(sentence string, m []int, published time.Time) (string, bool) {
	if m[4] >= 0 {
		return "", false // the month is written
	}
	clause := sentence[:m[0]]
	if ts := reWeekdayClause.FindAllStringIndex(clause, -1); len(ts) > 0 {
		clause = clause[ts[len(ts)-1][1]:]
	}
	if !reFutureMark.MatchString(clause) {
		return "", false
	}
	n, err := strconv.Atoi(sentence[m[2]:m[3]])
	if err != nil || n < 1 || n > 31 {
		return "", false
	}
	y, mo, d := published.Date()
	if n <= d {
		mo++
	}
	day := time.Date(y, mo, n, 0, 0, 0, 0, time.UTC)
	if day.Day() != n {
		return "", false // no 31st that month
	}
	return "“" + strings.TrimSpace(sentence[m[0]:m[1]]) + "” = " + longDate(day), true
}
