package summaries

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A cancelled stop is often told without its visitor, the traveller named
// a sentence or two before: "Premier Ana Ruiz starts in Cádiz on Monday …
// A planned trip to Tarifa on Thursday has been scrapped after ferry
// operators warned of gales, her spokesman said." The trip extractor may
// store no leg for it (the place is small, or the visit is only a noun), so
// "is Ruiz still going to Tarifa?" would open "nothing stored" over the
// very sentence that answers it.

// nominalBack is how many sentences before a visitor-less call-off the
// traveller must be named in, for the call-off to be theirs.
const nominalBack = 4

// reRegnal is a regnal number or suffix, no name to find a person by ("Leo
// XIV", "Carl XVI Gustaf", "Martin Luther King Jr").
var reRegnal = lazyre.New(`^(?:[IVXLC]+|Jr|Sr)\.?$`)

// reByAgent: the visit is given a visitor ("by the Latvian president", "by
// Ferreira"); a visitor-less call-off has none.
var reByAgent = lazyre.New(`(?i)\bby\s+(?:the\s+|an?\s+|\p{Lu})`)

// nominalOff: text tells, as fact and without naming who, that a visit to
// place is off: "A planned trip to Tarifa on Thursday has been scrapped",
// "A visit to Mombasa … had been scheduled for Tuesday but was removed
// from the programme". It is the start of the sentence (after a dateline
// or a linking word) that names the visit, so the call-off is its subject.
func nominalOff(sentence, place string) bool {
	if place == "" {
		return false
	}
	re, err := regexp.Compile(`(?i)(?:^|[,;:—–-]\s*|\b(?:but|and|meanwhile|however|instead|with|including)\s+)(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|stop|stopover|leg|tour)\s+(?:to|in|at|of)\s+(?:the\s+)?` +
		// "a stop at a dairy cooperative in Aurillac": the site, then its town.
		`(?:(?:a|an|the)?\s*(?:[\p{L}'’-]+\s+){1,3}?(?:in|at|near)\s+)?` + regexp.QuoteMeta(place) + `(?:[^\p{L}\p{N}]|$)`)
	if err != nil {
		return false
	}
	m := re.FindStringIndex(sentence)
	if m == nil {
		return false
	}
	rest := sentence[m[1]:]
	for _, o := range reOffWords.FindAllStringIndex(rest, -1) {
		before := rest[:o[0]]
		if reByAgent.MatchString(before) {
			return false // somebody else's visit, or one the name test handles
		}
		if reMovedFrom.MatchString(rest[o[1]:]) {
			continue // "postponed from October": moved into the tour, not off it
		}
		if !reOffHope.MatchString(sentence[:m[1]+o[0]]) {
			return true
		}
	}
	return false
}

// reMovedFrom: a postponement told by the date it was moved from.
var reMovedFrom = lazyre.New(`^\s+from\b`)

// nameWords are the words of a person's name another sentence would call
// them by: "Leo" and not "XIV" of "Leo XIV".
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, ".,'’")
		if r := []rune(w); len(r) >= 3 && !reRegnal.MatchString(w) && strings.ToUpper(string(r[:1])) == string(r[:1]) {
			out = append(out, w)
		}
	}
	return out
}

// calledOffLead is cancelledLead, and failing it the first of items that calls
// off a visit to place without naming who, in an article that names the
// traveller within nominalBack sentences before it.
func (s *Service) calledOffLead(ctx context.Context, name, place string, yesNo bool, items []Item) (Answer, bool, error) {
	if a, ok := s.cancelledLead(name, place, yesNo, items); ok {
		return a, true, nil
	}
	words := nameWords(name)
	if len(words) == 0 {
		return Answer{}, false, nil
	}
	for i, it := range items {
		if len(it.Sources) == 0 || !nominalOff(it.Text, place) {
			continue
		}
		ok, err := s.namedBefore(ctx, it.Sources[0].ID, strings.TrimSpace(it.Text), words)
		if err != nil {
			return Answer{}, false, err
		}
		if !ok {
			continue
		}
		lead := fmt.Sprintf("%s's visit to %s was %s, according to stored coverage: “%s”", name, place, offVerb(it.Text), strings.TrimSpace(it.Text))
		if yesNo {
			lead = "No — " + lead
		}
		a := Answer{Lead: s.citedLead(lead, it.Sources[0]) + ".", Sources: it.Sources[:1]}
		a.Items = append([]Item{it}, slices.Delete(slices.Clone(items), i, i+1)...)
		return a, true, nil
	}
	return Answer{}, false, nil
}

// namedBefore: in article id, one of the nominalBack sentences before
// sentence names the traveller by a word of their name.
func (s *Service) namedBefore(ctx context.Context, id int64, sentence string, words []string) (bool, error) {
	art, err := s.Store.Article(ctx, id)
	switch {
	case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
		return false, nil
	case err != nil:
		return false, fmt.Errorf("call-off in article %d: %w", id, err)
	}
	var res []*regexp.Regexp
	for _, w := range words {
		// Not wordRe: \b is ASCII, and "Konaté" ends in a letter it misses.
		if re, err := regexp.Compile(`(?i)(?:^|[^\p{L}\p{N}])` + regexp.QuoteMeta(w) + `(?:[^\p{L}\p{N}]|$)`); err == nil {
			res = append(res, re)
		}
	}
	sents := text.Sentences(art.Text)
	for i, sp := range sents {
		if strings.TrimSpace(sp.Text) != sentence {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-nominalBack; j-- {
			if slices.ContainsFunc(res, func(re *regexp.Regexp) bool { return re.MatchString(sents[j].Text) }) {
				return true, nil
			}
		}
		return false, nil
	}
	return false, nil
}
