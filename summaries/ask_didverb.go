package summaries

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Did Sato sign the coast guard deal?", "has Delta Mines appealed?": a
// yes-or-no question about something done. The answer is yes when a stored
// sentence names the subject with the verb in a past form and another word
// of the question; a sentence with the verb only as a plan ("is due to
// sign") is what is stored, said as a plan.

// reDidVerb: did/has/have/had, a capitalised subject of one to four words,
// a lower-case verb, the rest.
var reDidVerb = lazyre.New(`^(?i:did|has|have|had)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:(?i:already|ever|actually|finally)\s+)?(\p{Ll}{3,})\b\s*(.*?)[?.!\s]*$`)

// irregularPast are past forms a suffix does not make.
var irregularPast = map[string][]string{
	"meet": {"met"}, "win": {"won"}, "lose": {"lost"}, "say": {"said"}, "make": {"made"}, "give": {"gave", "given"},
	"take": {"took", "taken"}, "go": {"went", "gone"}, "leave": {"left"}, "hold": {"held"}, "speak": {"spoke", "spoken"},
	"buy": {"bought"}, "sell": {"sold"}, "pay": {"paid"}, "break": {"broke", "broken"}, "choose": {"chose", "chosen"},
	"fly": {"flew", "flown"}, "send": {"sent"}, "spend": {"spent"}, "build": {"built"}, "bring": {"brought"},
	"tell": {"told"}, "write": {"wrote", "written"}, "find": {"found"}, "begin": {"began", "begun"}, "keep": {"kept"},
	"strike": {"struck"}, "seek": {"sought"}, "lead": {"led"}, "set": {"set"}, "cut": {"cut"}, "put": {"put"}, "quit": {"quit"},
}

// baseOfPast is the base form of a past form ("appealed" → "appeal",
// "met" → "meet", "closed" → "close", "dropped" → "drop"); false for a
// word that is not one. Spelling decides, so a rare verb may get a wrong
// base; it only serves to find the verb as a plan ("would appeal").
func baseOfPast(w string) (string, bool) {
	for base, forms := range irregularPast {
		if slices.Contains(forms, w) && base != w {
			return base, true
		}
	}
	n := len(w)
	if n < 5 || !strings.HasSuffix(w, "ed") {
		return "", false
	}
	stem := w[:n-2]
	last := stem[len(stem)-1]
	switch {
	case strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y", true
	case strings.HasSuffix(w, "eed"):
		return w[:n-1], true // "agreed"
	case len(stem) >= 3 && last == stem[len(stem)-2] && !strings.ContainsRune("aeiouls", rune(last)):
		return stem[:len(stem)-1], true // "dropped", not "passed" or "called"
	case strings.ContainsRune("scvzgu", rune(last)) && !strings.HasSuffix(stem, "ss"):
		return stem + "e", true // "closed", "changed", "argued"
	}
	return stem, true
}

// pastForms are the past forms of a verb given in its base form.
func pastForms(verb string) []string {
	if f, ok := irregularPast[verb]; ok {
		return f
	}
	n := len(verb)
	switch {
	case strings.HasSuffix(verb, "e"):
		return []string{verb + "d"}
	case n > 2 && strings.HasSuffix(verb, "y") && !strings.ContainsRune("aeiou", rune(verb[n-2])):
		return []string{verb[:n-1] + "ied"}
	case n >= 3 && !strings.ContainsRune("aeiouwxy", rune(verb[n-1])) && strings.ContainsRune("aeiou", rune(verb[n-2])) && !strings.ContainsRune("aeiou", rune(verb[n-3])):
		// "drop", "stop", "ban": both spellings, as "visit" is not doubled.
		return []string{verb + "ed", verb + string(verb[n-1]) + "ed"}
	}
	return []string{verb + "ed"}
}

// askDidVerb answers a did-X-verb question; ok is false when the question
// has another shape or nothing stored names the subject with the verb.
func (s *Service) askDidVerb(ctx context.Context, question string) (Answer, bool, error) {
	m := reDidVerb.FindStringSubmatch(strings.TrimSpace(cleanQuestion(question)))
	if m == nil {
		// "has tom brand resigned?": a name typed in lower case, read
		// as the stored person it names.
		var err error
		if m, err = s.lowerCaseDidVerb(ctx, cleanQuestion(question)); err != nil || m == nil {
			return Answer{}, false, err
		}
	}
	if isStopword(m[2]) {
		return Answer{}, false, nil
	}
	subject, verb, rest := strings.TrimSpace(m[1]), m[2], m[3]
	subjRe, err := wordRe(lastWord(subject))
	if err != nil {
		return Answer{}, false, nil
	}
	// "has Delta Mines appealed?" gives the participle: its base is what
	// a plan says ("would appeal").
	past := pastForms(verb)
	if base, ok := baseOfPast(verb); ok {
		verb, past = base, []string{m[2]}
	}
	pastRe, err := regexp.Compile(`(?i)\b(?:` + strings.Join(past, "|") + `)\b`)
	if err != nil {
		return Answer{}, false, nil
	}
	planRe, err := regexp.Compile(`(?i)\b(?:to|will|would|shall|could|may|might)\s+(?:\S+\s+)?` + regexp.QuoteMeta(verb) + `\b`)
	if err != nil {
		return Answer{}, false, nil
	}
	// "refused to apologise", "has not resigned", "would not sign":
	// the copy says no.
	refusedRe, err := regexp.Compile(`(?i)\b(?:not|never|n't|(?:refus|declin)(?:e[sd]?|ing)\s+to|no\s+(?:plans?|intention)\s+(?:of|to)|ruled\s+out|rul(?:e[sd]?|ing)\s+out)\s+(?:\S+\s+){0,2}(?:` + strings.Join(append(slices.Clone(past), regexp.QuoteMeta(verb)), "|") + `)\b`)
	if err != nil {
		return Answer{}, false, nil
	}
	terms := keyTerms(rest)
	var done, planned, refused []newsbot.Passage
	for _, q := range append(slices.Clone(past), verb) {
		ps, err := s.Store.SearchPassages(ctx, lastWord(subject)+" "+q, 10)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask did %s %s: %w", subject, verb, err)
		}
		for _, p := range ps {
			if !subjRe.MatchString(p.Text) {
				continue
			}
			// A yes needs the question's other words too; a plan is shown
			// for what it is, with or without them.
			dup := func(x newsbot.Passage) bool { return x.Article.ID == p.Article.ID && x.Text == p.Text }
			switch {
			case refusedRe.MatchString(p.Text) && (len(terms) == 0 || termScore(p.Text, terms) > 0) && !slices.ContainsFunc(refused, dup):
				refused = append(refused, p)
			case pastRe.MatchString(p.Text) && (len(terms) == 0 || termScore(p.Text, terms) > 0) && !slices.ContainsFunc(done, dup):
				done = append(done, p)
			case planRe.MatchString(p.Text) && !slices.ContainsFunc(planned, dup):
				planned = append(planned, p)
			}
		}
	}
	newestFirst := func(ps []newsbot.Passage) {
		slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	}
	newestFirst(done)
	newestFirst(planned)
	newestFirst(refused)
	// Among plans, those with the question's other words first.
	slices.SortStableFunc(planned, func(a, b newsbot.Passage) int { return termScore(b.Text, terms) - termScore(a.Text, terms) })
	var a Answer
	switch {
	case len(refused) > 0 && (len(done) == 0 || !done[0].Article.Published.After(refused[0].Article.Published)):
		// The newest report says it was refused or has not happened.
		a.Lead = fmt.Sprintf("No, according to %s: “%s”", s.cite(refused[0].Article), strings.TrimSpace(refused[0].Text))
		a.Sources = []newsbot.ArticleRef{refused[0].Article}
		done = append(refused, done...)
	case len(done) > 0:
		a.Lead = fmt.Sprintf("Yes, according to %s: “%s”", s.cite(done[0].Article), strings.TrimSpace(done[0].Text))
		a.Sources = []newsbot.ArticleRef{done[0].Article}
	case len(planned) > 0:
		a.Lead = fmt.Sprintf("Not reported as done in stored coverage; the latest mention (%s): “%s”", s.cite(planned[0].Article), strings.TrimSpace(planned[0].Text))
		a.Sources = []newsbot.ArticleRef{planned[0].Article}
	default:
		// Nothing names the subject with the verb: the copy does not say,
		// though the nearest sentences may tell the asker more.
		sa, found, err := s.search(ctx, question, cleanQuestion(question))
		if err != nil || !found || termScore(sa.Lead, []string{lastWord(subject)}) == 0 {
			return Answer{}, false, err
		}
		did := strings.ToLower(strings.Fields(cleanQuestion(question))[0]) + " " + m[2] // "has resigned"
		if strings.HasPrefix(did, "did ") {
			did = pastForms(verb)[0] // "did X sign" → "X signed"
		}
		sa.Lead = fmt.Sprintf("The stored coverage does not say whether %s %s; the nearest it comes: %s", subject, did, sa.Lead)
		return sa, true, nil
	}
	for _, p := range append(done, planned...) {
		it := s.passageItem(p)
		it.Detail = dateNote(p.Text, p.Article.Published)
		a.Items = append(a.Items, it)
	}
	return a, true, nil
}

// lowerCaseDidVerb matches reDidVerb on the question with its first one to
// four words after the auxiliary capitalised, when they name one stored
// person; nil when no split does.
func (s *Service) lowerCaseDidVerb(ctx context.Context, q string) ([]string, error) {
	words := strings.Fields(q)
	if len(words) < 3 {
		return nil, nil
	}
	for k := min(4, len(words)-2); k >= 1; k-- {
		subj := words[1 : 1+k]
		if slices.ContainsFunc(subj, func(w string) bool { return isStopword(strings.ToLower(w)) }) {
			continue
		}
		name := titleWords(strings.Join(subj, " "))
		people, err := s.Store.FindPeople(ctx, name, 2)
		if err != nil {
			return nil, fmt.Errorf("ask did: find %q: %w", name, err)
		}
		if len(people) != 1 {
			continue
		}
		cand := strings.Join(append(append([]string{words[0]}, strings.Fields(name)...), words[1+k:]...), " ")
		if m := reDidVerb.FindStringSubmatch(cand); m != nil && strings.TrimSpace(m[1]) == name {
			return m, nil
		}
	}
	return nil, nil
}
