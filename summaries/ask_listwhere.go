package summaries

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// Three question shapes whose answer sits in a sentence that shares few of
// the question's words:
//
//   - "which banks did X drop?", "which shareholders oppose the bid?" want
//     the names: copy counts them first ("dropped five banks") and lists
//     them in another sentence ("Its lawyers now accept A, B and C were not
//     involved"), or names them with the verb ("A and B have opposed ...").
//   - "where are the men from?" wants an origin ("are from A, B and C").
//   - "where is X?" of someone with no travel stored wants where the copy
//     says they live or are held ("is based in Israel", "is in jail").

// reAskWhichPlural is "which NOUNs ...": which, up to three capitalised
// words ("which Harlow shareholders"), then a plural noun in lower case.
var reAskWhichPlural = lazyre.New(`^(?i:which)\s+(?:\p{Lu}\S*\s+){0,3}(\p{Ll}{3,}s)\b`)

// asksWhichPlural: q asks for several named things ("which banks ...").
func asksWhichPlural(q string) bool {
	m := reAskWhichPlural.FindStringSubmatch(cleanQuestion(q))
	return m != nil && !strings.HasSuffix(m[1], "ss") && !stopwords[m[1]]
}

// listWords open a list segment without being a name of it.
var listWords = map[string]bool{"The": true, "A": true, "An": true, "Its": true, "Their": true, "His": true, "Her": true,
	"However": true, "But": true, "And": true, "Both": true, "Also": true, "Meanwhile": true, "Mr": true, "Mrs": true, "Ms": true}

// reListSep is a joint of a list: a comma, "and", "or", or both.
var reListSep = lazyre.New(`,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)

// clauseWords open a clause, not the next name of a list: "..., while
// Moscow officials said".
var clauseWords = map[string]bool{"while": true, "which": true, "who": true, "whose": true, "that": true, "said": true, "says": true,
	"but": true, "as": true, "when": true, "if": true, "although": true, "though": true, "after": true, "before": true,
	"because": true, "since": true, "where": true, "saying": true, "adding": true, "according": true, "including": true}

// reApposition opens a description of the name before it: "Tim Osborne,
// head of Menatep".
var reApposition = lazyre.New(`^(?:the\s+|a\s+|its\s+|his\s+|her\s+)?\p{Ll}+\s+(?:of|at|for)\b`)

// namesList: s lists two or more names: "A and B have opposed ...", "gas
// giant Gazprom, its unit Gazpromneft, and state firm Rosneft", "from A,
// B, C and D". At each joint the word before is a name and a name opens
// what follows (after at most three words of description); two names
// joined by a comma alone are a name and its description, so a pair must
// be joined by "and" or "or".
func namesList(s string) bool { return len(listNames(s)) >= 2 }

// listNames are the names of the first list in s (the word of each name
// at a joint), nil when s lists none.
func listNames(s string) []string {
	s = strings.TrimRight(strings.TrimSpace(s), ".!?\"”")
	joints := reListSep.FindAllStringIndex(s, -1)
	var names []string
	run, anded := 0, false
	for i, j := range joints {
		before := s[:j[0]]
		if i > 0 {
			before = s[joints[i-1][1]:j[0]]
		}
		after := s[j[1]:]
		if i+1 < len(joints) {
			after = s[j[1]:joints[i+1][0]]
		}
		if !endsInName(before) || !opensWithName(after, 4) {
			run, anded, names = 0, false, nil
			continue
		}
		run++
		if sep := s[j[0]:j[1]]; strings.Contains(sep, "and") || strings.Contains(sep, "or") {
			anded = true
		}
		if run == 1 {
			ws := strings.Fields(before)
			names = append(names, strings.Trim(ws[len(ws)-1], `"'“”‘’().:;`))
		}
		names = append(names, firstName(after))
		// A pair joined by "and" must open its second name at once ("A
		// and B have ..."): "Mr A and his associates control B" pairs a
		// name with a clause.
		if run >= 2 || anded && opensWithName(after, 2) {
			return names
		}
	}
	return nil
}

// firstName is the first capitalised word of seg.
func firstName(seg string) string {
	for _, w := range strings.Fields(seg) {
		if isName(w) {
			return strings.Trim(w, `"'“”‘’().:;`)
		}
	}
	return ""
}

// listsOthers: s lists two or more names that are not among the
// question's words ("which shareholders oppose the Harlow bid?" is not
// answered by "Harlow and Brantwood are to meet").
func listsOthers(terms []string) func(string) bool {
	return func(s string) bool {
		n := 0
		for _, name := range listNames(s) {
			if !slices.ContainsFunc(terms, func(t string) bool { return strings.EqualFold(t, name) }) {
				n++
			}
		}
		return n >= 2
	}
}

func isName(w string) bool {
	w = strings.Trim(w, `"'“”‘’().:;`)
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0]) && !listWords[w] && !reDayOrMonth.MatchString(w)
}

// endsInName: the segment's last word is a name ("... Gazprom").
func endsInName(seg string) bool {
	ws := strings.Fields(seg)
	return len(ws) > 0 && isName(ws[len(ws)-1])
}

// opensWithName: a name within the segment's first n words, after
// lower-case description only ("its unit Gazpromneft"), and not a clause
// or an apposition.
func opensWithName(seg string, n int) bool {
	if reApposition.MatchString(seg) {
		return false
	}
	ws := strings.Fields(seg)
	for i, w := range ws[:min(len(ws), n)] {
		if i == 0 && clauseWords[strings.ToLower(w)] {
			return false
		}
		if isName(w) {
			return true
		}
		if r := []rune(w); len(r) > 0 && !unicode.IsLower(r[0]) {
			return false
		}
	}
	return false
}

// reAskWhereFrom is "where are the men from?", "where does X come from?".
var reAskWhereFrom = lazyre.New(`(?i)^where\s+(?:is|are|was|were|do|does|did)\s+\S.*\s(?:come|came|hail|originate)?\s*from$`)

// reFromPlace is an origin: "from Algeria", "born in Leeds", "natives of
// Ghana". A month or weekday after "from" dates, it does not place.
var reFromPlace = lazyre.New(`\b(?:(?:are|is|were|was|come|comes|came|hail|hails|originally)\s+from|born\s+in|natives?\s+of|citizens?\s+of|nationals?\s+of)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)`)

func namesOrigin(s string) bool {
	for _, m := range reFromPlace.FindAllStringSubmatch(s, -1) {
		if !reDayOrMonth.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// reBasedIn is where someone is kept or lives: "is based in Israel",
// "living in exile in London", "held in Belmarsh prison", "in jail".
var reBasedIn = lazyre.New(`(?i)\b(?:based|living|lives|lived|resident|exiled|exile|held|jailed|imprisoned|detained|hiding|staying|settled|remains?)\b[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)|\b(?:in|into)\s+(?:jail|prison|custody|hospital|hiding|exile)\b`)

// whereKept is the newest stored sentence naming the person (by full name
// or "Mr Surname") that says where they live or are held, for a "where is
// X?" with no travel stored.
func (s *Service) whereKept(ctx context.Context, name string) (newsbot.Passage, bool, error) {
	last := lastWord(name)
	if last == "" {
		return newsbot.Passage{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, last, 50)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("where is %s: search %q: %w", name, last, err)
	}
	named := regexp.MustCompile(`\b` + regexp.QuoteMeta(last) + `\b`)
	// A search hit is one sentence of its article; the residence may be
	// told in another sentence of the same article.
	var found []newsbot.Passage
	for id := range distinctArticles(ps) {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("where is %s: article %d: %w", name, id, err)
		}
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
		for _, sp := range text.Sentences(a.Text) {
			t := strings.TrimSpace(sp.Text)
			if named.MatchString(t) && basedNear(t, last) {
				found = append(found, newsbot.Passage{Article: ref, Text: t})
			}
		}
	}
	if len(found) == 0 {
		return newsbot.Passage{}, false, nil
	}
	slices.SortStableFunc(found, func(a, b newsbot.Passage) int {
		return cmp.Or(b.Article.Published.Compare(a.Article.Published), cmp.Compare(a.Article.ID, b.Article.ID))
	})
	return found[0], true, nil
}

// basedNear: the residence cue comes after the name, in the same clause
// ("Mr Nevzlin is currently based in Israel"), so it tells of that person
// and not of another the sentence names first.
func basedNear(t, last string) bool {
	i := strings.Index(t, last)
	if i < 0 {
		return false
	}
	rest := t[i+len(last):]
	if j := strings.IndexAny(rest, ";"); j >= 0 {
		rest = rest[:j]
	}
	m := reBasedIn.FindStringIndex(rest)
	// "Mr X said the staff based in Y": the cue tells of someone else.
	return m != nil && m[0] < 50 && !reKeptSaid.MatchString(rest[:m[0]])
}

var reKeptSaid = lazyre.New(`\b(?:said|says|told|added|claimed|warned)\b`)

// relationalNouns describe a person by another ("his counterpart", "her
// rival"): no title of their own.
var relationalNouns = map[string]bool{"counterpart": true, "counterparts": true, "colleague": true, "rival": true, "predecessor": true,
	"successor": true, "ally": true, "friend": true, "opponent": true, "associate": true, "namesake": true}

// relationalRole: the role's head noun relates the person to another.
func relationalRole(role string) bool {
	ws := strings.Fields(strings.ToLower(role))
	return len(ws) > 0 && relationalNouns[strings.Trim(ws[len(ws)-1], ",.")]
}

// reTitleComma is a capitalised title that opens a sentence, set off from
// the name after it by a comma: "Scottish Finance Minister, ".
var reTitleComma = lazyre.New(`^\s*((?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Minister|Secretary|Chancellor|Director|Chairman|Chairwoman|Chair|President|Governor|Mayor|Leader|Commissioner|Spokesman|Spokeswoman|Ambassador|Chief Executive|Economist|Editor))\s*,\s*$`)

// fullTitle is role grown leftwards over the words a stored sentence sets
// before it and the name: "Transport & General Workers' Union general
// secretary" for "Union general secretary", "Liberal Democrat
// constitutional affairs spokesman" for "affairs spokesman"; "" when no
// sentence says more. A role opening with a capital was cut inside a name
// and grows over capitalised words and "&"; one in lower case over words
// of description, but not over a sentence's first word, capitalised only
// as its first ("Rival Westbay chief executive").
func (s *Service) fullTitle(ctx context.Context, p newsbot.PersonRecord, role string) (string, error) {
	r := []rune(role)
	if len(r) == 0 {
		return "", nil
	}
	inName := unicode.IsUpper(r[0])
	ps, err := s.Store.SearchPassages(ctx, p.Name, 5)
	if err != nil {
		return "", fmt.Errorf("mentions of %q: %w", p.Name, err)
	}
	for _, ps := range ps {
		i := strings.Index(ps.Text, p.Name)
		if i <= 0 {
			continue
		}
		before := strings.TrimSpace(ps.Text[:i])
		if !strings.HasSuffix(strings.ToLower(before), strings.ToLower(role)) {
			continue
		}
		words := strings.Fields(before[:len(before)-len(role)])
		first := func(j int) bool { return j == 0 || strings.ContainsAny(words[j-1][len(words[j-1])-1:], ".!?\"”") }
		j := len(words)
		for j > 0 && len(words)-j < 6 {
			w := words[j-1]
			if inName {
				if w != "&" && (!unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, ",;:.\"“”()") || notOpening[strings.ToLower(w)] || stopwords[strings.ToLower(w)]) {
					break
				}
			} else if !descriptionWord(w) || notOpening[strings.ToLower(w)] || first(j-1) {
				break
			}
			j--
		}
		for j < len(words) && words[j] == "&" {
			j++
		}
		// One word opening the sentence may be capitalised only as its
		// first: not a name's.
		if j < len(words) && (!first(j) || len(words)-j > 1) {
			return strings.Join(words[j:], " ") + " " + role, nil
		}
	}
	return "", nil
}

// calendarPassage is the index of the first of ps holding a calendar date
// near a word of terms, the last of terms and two of them in all; -1 if
// none does.
func calendarPassage(ps []newsbot.Passage, terms []string) int {
	if len(terms) < 2 {
		return -1
	}
	last := terms[len(terms)-1:]
	return slices.IndexFunc(ps, func(p newsbot.Passage) bool {
		return reCalDate.MatchString(p.Text) && termScore(p.Text, last) > 0 && termScore(p.Text, terms) >= 2 && dateNearTerm(p.Text, terms)
	})
}

// reSaidAfter is "what did X say after the ruling?": a person's words
// from the event on, not their newest.
var reSaidAfter = lazyre.New(`(?i)^what\s+(?:did|has|had)\s+(.+?)\s+(?:say|said)\s+(?:after|following|since)\s+(.+?)\??$`)

// saidAfter answers "what did X say after EVENT?" with X's quotes from
// the day the coverage first tells of the event, earliest first; ok is
// false when the question has another shape, X is not one stored person
// or the event is not in the coverage.
func (s *Service) saidAfter(ctx context.Context, question string) (Answer, bool, error) {
	m := reSaidAfter.FindStringSubmatch(cleanQuestion(question))
	if m == nil {
		return Answer{}, false, nil
	}
	people, err := s.Store.FindPeople(ctx, m[1], 5)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask what %q said after %q: %w", m[1], m[2], err)
	}
	if people = preferQuoted(m[1], people); len(people) != 1 {
		return Answer{}, false, nil
	}
	p := people[0]
	since, ok, err := s.firstTold(ctx, keyTerms(m[2]))
	if err != nil || !ok {
		return Answer{}, false, err
	}
	hits, err := s.Store.QuotesBy(ctx, p.ID, newsbot.QuoteFilter{Limit: 500})
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask what %q said after %q: %w", p.Name, m[2], err)
	}
	day := func(t time.Time) time.Time { return local(t, s.loc()).Truncate(24 * time.Hour) }
	hits = slices.DeleteFunc(hits, func(h newsbot.QuoteHit) bool { return day(h.Article.Published).Before(day(since)) })
	if len(hits) == 0 {
		return Answer{}, false, nil
	}
	slices.SortStableFunc(hits, func(a, b newsbot.QuoteHit) int { return a.Article.Published.Compare(b.Article.Published) })
	hits = hits[:min(len(hits), PageSize)]
	a := Answer{Lead: fmt.Sprintf("%s after %s (first reported %s): %s, earliest first", personLabel(p), strings.TrimSpace(m[2]),
		longDate(local(since, s.loc())), plural(len(hits), "quote")), Sources: []newsbot.ArticleRef{hits[0].Article}}
	for _, h := range hits {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	return a, true, nil
}

// firstTold is when the coverage first tells of the event terms name: the
// oldest stored sentence holding all of them.
func (s *Service) firstTold(ctx context.Context, terms []string) (time.Time, bool, error) {
	if len(terms) == 0 {
		return time.Time{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, strings.Join(terms, " "), 50)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("ask: search passages %q: %w", strings.Join(terms, " "), err)
	}
	var first time.Time
	for _, p := range ps {
		if termScore(p.Text, terms) == len(terms) && (first.IsZero() || p.Article.Published.Before(first)) {
			first = p.Article.Published
		}
	}
	return first, !first.IsZero(), nil
}

// otherSubject: before the verb (its first form in s), s names someone
// the question does not ("Qwest had to pay ..." for "how much did Verizon
// agree to pay?"): the sum is another's. A pronoun or a description
// ("Earlier this month it sued ...") may be the asked subject.
func otherSubject(s string, forms, terms []string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if slices.Contains(forms, strings.ToLower(strings.Trim(w, `"'“”‘’(),.;:`))) {
			words = words[:i]
			break
		}
	}
	for i, w := range words {
		w = strings.Trim(w, `"'“”‘’(),.;:`)
		if !isName(w) || i == 0 && (notOpening[strings.ToLower(w)] || stopwords[strings.ToLower(w)]) {
			continue
		}
		if !slices.ContainsFunc(terms, func(t string) bool {
			return strings.EqualFold(t, w) || stemMatch(strings.ToLower(w), strings.ToLower(t))
		}) {
			return true
		}
	}
	return false
}

// feelingWords are what a "why are X worried?" asks the cause of; the copy
// tells it in its own words ("expressed fears that ..."), which the reason
// pattern reads, so the word asked need not be in the answer's report.
var feelingWords = map[string]bool{"worried": true, "concerned": true, "angry": true, "unhappy": true, "upset": true,
	"anxious": true, "furious": true, "nervous": true, "afraid": true, "fearful": true}

// asksFeeling reports whether the question names a feeling of feelingWords.
func asksFeeling(question string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(question)), func(w string) bool {
		return feelingWords[strings.Trim(w, "?!.,;:'\"")]
	})
}

// withoutFeeling is terms without the feeling a why-question asks the
// cause of.
func withoutFeeling(question string, terms []string) []string {
	if !reAskWhy.MatchString(cleanQuestion(question)) {
		return terms
	}
	out := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return feelingWords[strings.ToLower(t)] })
	if len(out) == 0 {
		return terms
	}
	return out
}

// originAnswer is, for "where are X from?", the first sentence giving an
// origin in a paragraph naming a word of X, of an article holding all the
// question's words: the origin is told once, often of "the men" in the
// paragraph that named them ("held at Belmarsh prison ... The 12 are from
// A, B and C"), and the article names them in full elsewhere.
func (s *Service) originAnswer(ctx context.Context, question string, terms []string, cover map[int64]map[string]bool) (newsbot.Passage, bool, error) {
	if !reAskWhereFrom.MatchString(cleanQuestion(question)) || len(terms) == 0 {
		return newsbot.Passage{}, false, nil
	}
	for _, id := range byCoverage(cover) {
		if len(cover[id]) < len(terms) {
			break
		}
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", id, err)
		}
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
		for _, para := range strings.Split(a.Text, "\n\n") {
			if termScore(para, terms) == 0 {
				continue
			}
			for _, sp := range text.Sentences(para) {
				if namesOrigin(sp.Text) {
					return newsbot.Passage{Article: ref, Text: strings.TrimSpace(sp.Text)}, true, nil
				}
			}
		}
	}
	return newsbot.Passage{}, false, nil
}
