package summaries

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Do MPs back the plan?", "does the union accept the offer?", "does
// Harbour Lines still own the terminal?": a yes-or-no question about a
// stance or a state, asked in the present. The copy answers it with the
// subject and the verb (or a word of the same stance: "supported") and
// the question's other words, and answers no with a refusal ("rejected
// the call for ...", "voted against", "refused to accept"). The subject
// is often a pronoun by then ("But they rejected ..."), named by the
// paragraph or the headline. When no sentence says either, the answer
// says the coverage does not say, before the nearest sentence.

// reDoVerb: do/does, a subject (one to four capitalised words, perhaps
// after "the", "the" and one lower-case noun, or a plural noun: "do
// councillors back"), the verb, the rest.
var reDoVerb = lazyre.New(`^(?i:do|does)\s+((?:(?i:the)\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}|(?i:the)\s+\p{Ll}[\p{L}'’-]*\s+|\p{Ll}{3,}s\s+)(?:(?i:still|now|really|actually|currently)\s+)?(\p{Ll}{3,})\b\s*(.*?)[?.!\s]*$`)

// stanceKin are other verbs copy tells a stance by, by the base form the
// question asks with.
var stanceKin = map[string][]string{
	"back": {"support", "endorse", "favour", "favor", "approve"}, "support": {"back", "endorse", "favour", "favor", "approve"},
	"endorse": {"back", "support", "approve"}, "favour": {"back", "support", "prefer"}, "favor": {"back", "support", "prefer"},
	"accept": {"approve"}, "want": {"seek"},
}

// reRefusal is a refusal told by its verb; reOpensPronoun a sentence whose
// subject is a pronoun or a possessive referring back ("But they
// rejected", "Its members backed").
var (
	reRefusal      = lazyre.New(`(?i)\b(?:reject(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+down|vot(?:e|es|ed|ing)\s+against|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)\s+to|oppos(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|dismiss(?:es|ed|ing)?)\b`)
	reOpensPronoun = lazyre.New(`(?i)^\W*(?:(?:but|and|however|instead|yet)\W+)?(?:they|it|he|she|its|their|his|her)\b`)
)

// askDoVerb answers a do/does-X-verb question; ok is false when the
// question has another shape or nothing stored comes near it.
func (s *Service) askDoVerb(ctx context.Context, question string) (Answer, bool, error) {
	q := strings.TrimSpace(cleanQuestion(question))
	m := reDoVerb.FindStringSubmatch(q)
	if m == nil || isStopword(m[2]) || notWhoVerbs[m[2]] {
		return Answer{}, false, nil
	}
	subject, verb, rest := strings.TrimSpace(m[1]), m[2], m[3]
	subjTerms, terms := keyTerms(stripArticle(subject)), keyTerms(rest)
	if len(subjTerms) == 0 || len(terms) == 0 {
		return Answer{}, false, nil
	}
	forms := anyForms(verb)
	refusalToo := true
	for _, b := range lemmas(verb) {
		for _, k := range stanceKin[b] {
			forms = append(forms, anyForms(k)...)
		}
		if reRefusal.MatchString(b) {
			// "do MPs oppose the plan?": opposing is the yes.
			refusalToo = false
		}
	}
	// "refused to accept", "failed to back": refusals of the verb itself.
	negated, err := regexp.Compile(`(?i)\b(?:not|never|n't|no\s+longer|(?:refus|declin)(?:e|es|ed|ing)\s+to|fail(?:s|ed|ing)?\s+to)\s+(?:\S+\s+){0,2}(?:` + strings.Join(quoteAll(forms), "|") + `)\b`)
	if err != nil {
		return Answer{}, false, nil
	}
	// The sentence must hold most of the question's other words.
	floor := max(1, (len(terms)+1)/2)
	ids, err := s.doVerbArticles(ctx, subjTerms, terms, verb)
	if err != nil {
		return Answer{}, false, err
	}
	var yes, no []newsbot.Passage
	for _, id := range ids {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask do %s %s: article %d: %w", subject, verb, id, err)
		}
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
		// Named by the headline or a sentence before: a pronoun may
		// stand for the subject.
		named := termScore(a.Title, subjTerms) == len(subjTerms)
		for _, para := range strings.Split(a.Text, "\n\n") {
			for _, sp := range text.Sentences(para) {
				sent := strings.TrimSpace(sp.Text)
				own := termScore(sent, subjTerms) == len(subjTerms)
				subj := own || named && reOpensPronoun.MatchString(sent)
				named = named || own
				if !subj || termScore(sent, terms) < floor {
					continue
				}
				p := newsbot.Passage{Article: ref, Text: sent}
				switch stance(sent, terms, forms, negated, refusalToo) {
				case -1:
					no = append(no, p)
				case 1:
					yes = append(yes, p)
				}
			}
		}
	}
	newestFirst := func(ps []newsbot.Passage) {
		slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	}
	newestFirst(yes)
	newestFirst(no)
	var ans Answer
	var shown []newsbot.Passage
	switch {
	case len(no) > 0 && (len(yes) == 0 || !yes[0].Article.Published.After(no[0].Article.Published)):
		ans.Lead = fmt.Sprintf("No, according to %s: “%s”", s.cite(no[0].Article), no[0].Text)
		ans.Sources, shown = []newsbot.ArticleRef{no[0].Article}, append(no, yes...)
	case len(yes) > 0:
		ans.Lead = fmt.Sprintf("Yes, according to %s: “%s”", s.cite(yes[0].Article), yes[0].Text)
		ans.Sources, shown = []newsbot.ArticleRef{yes[0].Article}, append(yes, no...)
	default:
		sa, found, err := s.search(ctx, question, q)
		if err != nil || !found {
			return Answer{}, false, err
		}
		does := verb
		if strings.EqualFold(strings.Fields(q)[0], "does") {
			does = thirdPerson(verb)
		}
		sa.Lead = fmt.Sprintf("The stored coverage does not say whether %s %s %s; the nearest it comes: %s", subject, does, strings.TrimSpace(rest), sa.Lead)
		return sa, true, nil
	}
	for _, p := range shown {
		it := s.passageItem(p)
		it.Detail = dateNote(p.Text, p.Article.Published)
		ans.Items = append(ans.Items, it)
	}
	return ans, true, nil
}

// doVerbArticles are the stored articles most likely to answer: those
// holding the question's other words, then the subject with the verb.
func (s *Service) doVerbArticles(ctx context.Context, subjTerms, terms []string, verb string) ([]int64, error) {
	var ids []int64
	queries := []string{strings.Join(terms, " "), strings.Join(append(slices.Clone(subjTerms), terms...), " "), lastWord(strings.Join(subjTerms, " ")) + " " + verb}
	if len(terms) > 1 {
		// A word of the question the copy tells in another form
		// ("cutting" for "to cut") finds nothing with the others.
		for i := range terms {
			queries = append(queries, strings.Join(slices.Delete(slices.Clone(terms), i, i+1), " "))
		}
	}
	for _, query := range queries {
		ps, err := s.Store.SearchPassages(ctx, query, 10)
		if err != nil {
			return nil, fmt.Errorf("ask do: search %q: %w", query, err)
		}
		for _, p := range ps {
			if !slices.Contains(ids, p.Article.ID) {
				ids = append(ids, p.Article.ID)
			}
		}
	}
	return ids[:min(len(ids), 8)], nil
}

func quoteAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = regexp.QuoteMeta(w)
	}
	return out
}

// thirdPerson is the verb as "the union accepts" says it.
func thirdPerson(verb string) string {
	switch {
	case strings.HasSuffix(verb, "s") || strings.HasSuffix(verb, "sh") || strings.HasSuffix(verb, "ch") || strings.HasSuffix(verb, "x"):
		return verb + "es"
	case len(verb) > 2 && strings.HasSuffix(verb, "y") && !strings.ContainsRune("aeiou", rune(verb[len(verb)-2])):
		return verb[:len(verb)-1] + "ies"
	}
	return verb + "s"
}

// stance is -1 when sent refuses what the question's words name, 1 when
// it does it, 0 when it says neither. The verb nearest before the first
// of those words decides: "backed the levy but rejected a call to cut
// fees" backs the levy.
func stance(sent string, terms, forms []string, negated *regexp.Regexp, refusalToo bool) int {
	at := len(sent)
	for _, t := range terms {
		re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(t))
		if err != nil {
			continue
		}
		if loc := re.FindStringIndex(sent); loc != nil && loc[0] < at {
			at = loc[0]
		}
	}
	last := func(re *regexp.Regexp) int {
		i := -1
		for _, loc := range re.FindAllStringIndex(sent[:at], -1) {
			i = loc[0]
		}
		return i
	}
	yesRe, err := regexp.Compile(`(?i)\b(?:` + strings.Join(quoteAll(forms), "|") + `)\b`)
	if err != nil {
		return 0
	}
	no := last(negated)
	if r := last(reRefusal.Regexp()); refusalToo && r > no {
		no = r
	}
	yes := last(yesRe)
	if no < 0 && yes < 0 {
		// Nothing before the words asked about: the sentence as a whole.
		switch {
		case negated.MatchString(sent) || refusalToo && reRefusal.MatchString(sent):
			return -1
		case hasVerb(sent, forms):
			return 1
		}
		return 0
	}
	// A negation holds its verb ("not backed"): it starts before the verb.
	if no >= 0 && (yes < 0 || no >= yes || negated.MatchString(sent[:at])) {
		return -1
	}
	return 1
}
