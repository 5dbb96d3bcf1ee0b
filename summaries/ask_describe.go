package summaries

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// News copy names its subject once and then describes it: "the company",
// "the Swedish carmaker", "the club", "the 58-year-old", "the minister".
// reDescription is such a description: "the", up to two lower-case words
// (adjectives, "former"), then a noun that stands for a named organisation
// or person ("the UN agency"). Capitalised words other than acronyms are
// not allowed in between: "the Linz mayor" is someone else's title.
var reDescription = lazyre.New(`(?i:\bthe)\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,5})\s+){0,2}(?:` + describedNouns + `)\b|(?i:\bthe)\s+\d{1,3}-year-old\b`)

const describedNouns = `company|firm|group|carmaker|automaker|manufacturer|maker|producer|retailer|supermarket|chain|airline|carrier|operator|lender|bank|insurer|brewer|miner|confectioner|conglomerate|business|start-up|startup|utility|developer|broadcaster|publisher|club|team|side|union|agency|body|organi[sz]ation|regulator|watchdog|charity|council|university|hospital|court|` +
	`minister|secretary|president|premier|chancellor|mayor|governor|senator|leader|head\s+of\s+state|head\s+of\s+government|monarch|king|queen|pope|envoy|ambassador|chief|executive|chairman|chairwoman|chair|founder|manager|coach|striker|defendant|accused|politician|lawmaker|official|diplomat|tycoon|billionaire`

// describes: text refers to something by a description rather than by
// name.
func describes(text string) bool {
	return reDescription.MatchString(text)
}

// reHostVerb: someone else receives the traveller ("will welcome the
// 71-year-old in Praia"), which tells the visit as well as "flies to".
var reHostVerb = lazyre.New(`(?i)\b(?:welcom\w*|host\w*|receiv\w*|greet\w*)\b`)

// describedVisit: text tells a visit to place by someone it only
// describes ("The head of state will then sail to Mindelo", "will welcome
// the 71-year-old in Praia"): a description before the place, and a word
// of going, or of hosting, before it too. Only read in articles naming
// the traveller, where the description is theirs.
func describedVisit(text, place string) bool {
	low := strings.ToLower(text)
	pi := strings.Index(low, strings.ToLower(place))
	if pi < 0 {
		return false
	}
	pi = textOffset(text, pi) // compared with matches in text
	d := reDescription.FindStringIndex(text)
	if d == nil || d[0] > pi {
		return false
	}
	if v := reVisitCue.FindStringIndex(text); v != nil && v[0] < pi {
		return true
	}
	h := reHostVerb.FindStringIndex(text)
	return h != nil && h[0] < d[0]
}

// What a fact question asks for, beyond a figure or a date the older rules
// look for: a figure for "what is X's new forecast?", a person for "who is
// defending X?".
type askedKind int

const (
	askedNone askedKind = iota
	askedFigure
	askedPerson
	askedDate
	askedAge
)

var (
	reAskFigureNoun = lazyre.New(`(?i)^what\s+(?:is|was|are|were|'s|will\s+be)\s+.*\b(?:forecast|outlook|guidance|target|estimate|projection|price|cost|bill|budget|deficit|debt|fine|salary|fee|valuation|bid|turnout|total|tally|profit|loss|revenue|sales)\b`)
	// "what does Harlow Rail owe?", "how old is Reiner?": the answer is a
	// figure.
	reAskFigureVerb = lazyre.New(`(?i)^(?:what\s+(?:does|did|do|will|would|has|have|had)\s+.+\s+(?:owe|pay|cost|spend|earn|charge|borrow|lend|raise|lose|forecast|predict|expect|need)\b)`)
	// "how old is Veen?" is answered by "Veen, 52, is ..." or "the
	// 64-year-old".
	reAskAge = lazyre.New(`(?i)^how\s+old\b`)
	reAge    = lazyre.New(`\b\d{1,3}-year-old\b|\p{L}, \d{1,3}, |\baged \d{1,3}\b`)
	// A sentence opening with a title and a name ("Chief executive Sofia
	// Brandt said ...") speaks of the article's subject's people.
	reTitleOpen = lazyre.New(`^(?i:(?:(?:chief|deputy|managing|acting|interim|finance|financial|operating|executive|technical|union|club|team)\s+)*(?:executive|director|manager|chairman|chairwoman|chair|coach|president|officer|spokesman|spokeswoman|spokesperson|founder|boss|leader|captain|owner))\s+\p{Lu}`)
	// "who is defending X?", "who will replace X?", "who leads X?"; not
	// "who is X?" (a who-is question) nor "who said ...".
	reAskPerson = lazyre.New(`(?i)^who\s+(?:(?:is|are|was|will\s+be)\s+(?:now\s+)?in\s+(?:charge|command|control)\s+of\b|(?:is|are|was|were|has|have|had)\s+(?:been\s+|being\s+)?\p{Ll}+(?:ing|ed|en)\b|(?:will|would|could|might|may|should|did|does|do)\s+\p{Ll}+\b|(?:leads|heads|runs|owns|represents|replaces|succeeds|coaches|manages|chairs)\b)`)
	// A person's name: two capitalised words.
	rePersonNameAt = lazyre.New(`^\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+\b`)
	reCapStart     = lazyre.New(`\b\p{Lu}`)
	// "He"/"She"/"It"/"They" opening a sentence refers back to the article's
	// subject as a description does.
	reBackRef = lazyre.New(`^(?:He|She|It|They)\b`)
)

func askedFor(question string) askedKind {
	q := cleanQuestion(question)
	switch {
	case reAskAge.MatchString(q):
		return askedAge
	case reAskNumber.MatchString(q) || reAskFigureNoun.MatchString(q) || reAskFigureVerb.MatchString(q):
		return askedFigure
	case reAskPerson.MatchString(q) && !reSaidWord.MatchString(q):
		return askedPerson
	case reAskWhen.MatchString(q):
		return askedDate
	}
	return askedNone
}

var reSaidWord = lazyre.New(`(?i)\b(?:said|say|says|told|quoted)\b`)

// holdsAsked: text has what the question asks for: a figure, or the name
// of a person other than the ones the question names.
func holdsAsked(kind askedKind, text string, terms []string) bool {
	switch kind {
	case askedFigure:
		return reNumber.MatchString(text)
	case askedDate:
		return reCalDate.MatchString(text) || reRelDate.MatchString(text)
	case askedAge:
		return reAge.MatchString(text)
	case askedPerson:
		// Every pair of capitalised words, overlapping: "Manager Dean
		// Holloway" holds "Dean Holloway".
		for _, i := range reCapStart.FindAllStringIndex(text, -1) {
			if m := rePersonNameAt.FindString(text[i[0]:]); m != "" && termScore(m, terms) == 0 && !reRelDate.MatchString(m) {
				return true
			}
		}
	}
	return false
}

// Words a fact's answer uses for the question's word: "cut jobs" is told
// as "shed 2,400 positions", "new forecast" as "now expects".
var factSynonyms = func() map[string]int {
	m := map[string]int{}
	for i, g := range []string{
		"job jobs position positions post posts role roles worker workers staff employee employees redundancies redundancy layoffs headcount",
		"cut cuts cutting shed sheds shedding axe axes axed axing slash slashes slashed eliminate eliminates eliminated trim trims trimmed",
		"owe owes owed owing debt debts liabilities",
		"forecast forecasts outlook guidance expect expects expected predict predicts predicted projection projects estimate estimates",
		"defend defends defended defending defence defense lawyer lawyers represent represents represented representing counsel barrister attorney",
		"pay pays paid paying payment payments",
		"fine fines fined penalty",
		"buy buys bought buying acquire acquires acquired purchase purchased",
		"sell sells sold selling",
		"hire hires hired hiring recruit recruits recruited",
		"replace replaces replaced replacing succeed succeeds succeeded successor appoint appoints appointed appointing interim caretaker charge",
		"lead leads led leading head heads headed leader run runs ran running executive boss",
		"shareholder shareholders investor investors stockholder stockholders",
		"raise raises raised raising rise rises rising hike hikes increase increases increased",
	} {
		for _, w := range strings.Fields(g) {
			m[w] = i + 1
		}
	}
	return m
}()

// factIrregular are past forms of verbs fact questions use that the
// did-verb table lacks.
var factIrregular = map[string]string{"fall": "fell", "rise": "rose", "grow": "grew", "sink": "sank", "shrink": "shrank", "run": "ran", "shed": "shed"}

// wordForms are the stems a word may share with another form of it:
// "fined" → fined, fine, fin; "defending" → defend.
func wordForms(w string) []string {
	out := []string{w}
	for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 3 {
			out = append(out, b)
		}
	}
	return out
}

// factWordHit: word is term, another form of it, or a word the table
// gives for it.
func factWordHit(word, term string) bool {
	if stemMatch(word, term) {
		return true
	}
	if g := factSynonyms[term]; g != 0 && factSynonyms[word] == g {
		return true
	}
	if slices.Contains(irregularPast[term], word) || slices.Contains(irregularPast[word], term) || factIrregular[term] == word || factIrregular[word] == term {
		return true // "fall" and "fell"
	}
	for _, a := range wordForms(word) {
		for _, b := range wordForms(term) {
			if a == b {
				return true
			}
		}
	}
	return false
}

// factScore counts the question's terms text holds, a name counting when
// it is one of about (the names the article is about) and text refers to
// it by a description or a pronoun.
func factScore(text string, terms []string, about map[string]bool) int {
	words := strings.Fields(normWords(text))
	back := describes(text) || reBackRef.MatchString(strings.TrimSpace(text)) || reTitleOpen.MatchString(strings.TrimSpace(text))
	n := 0
	for _, t := range terms {
		lt := strings.ToLower(t)
		switch {
		case slices.ContainsFunc(words, func(w string) bool { return factWordHit(w, lt) }):
			n++
		case back && about[lt]:
			n++
		}
	}
	return n
}

// describedAnswer looks inside the articles holding most of the question's
// words for the sentence with what a fact question asks for (a figure, a
// person), counting the article's subject as named where the sentence
// describes it: "how much does Harlow Rail owe?" is answered by "The
// operator owes about £310 million" in the Harlow Rail story, and "who is
// defending Reiner?" by "He is being defended by ... Ines Kaltenbach".
// The sentence must hold more of the question's words than lead (which it
// then goes before), or as many when lead lacks what is asked.
func (s *Service) describedAnswer(ctx context.Context, question string, terms []string, lead *newsbot.Passage, cover map[int64]map[string]bool) (newsbot.Passage, bool, error) {
	kind := askedFor(question)
	if kind == askedAge {
		// "old" asks for the age; the answer does not say it.
		terms = slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return strings.EqualFold(t, "old") })
	}
	if kind == askedNone || len(terms) == 0 {
		return newsbot.Passage{}, false, nil
	}
	ids := byCoverage(cover)
	floor := min(2, len(terms))
	leadScore := -1
	if lead != nil && holdsAsked(kind, lead.Text, terms) && (kind != askedDate || !datesOnlyReport(lead.Text, lead.Article.Published)) {
		leadScore = termScore(lead.Text, terms)
		if kind == askedPerson && reDeparted.MatchString(lead.Text) {
			// "who is coaching Harbour City?" asks for who holds the post
			// now, not for the manager the lead says was sacked.
			leadScore = -1
		}
	}
	var best newsbot.Passage
	bestScore := max(floor-1, leadScore)
	for _, id := range ids[:min(len(ids), 3)] {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", id, err)
		}
		sents := text.Sentences(a.Text)
		if len(sents) == 0 {
			continue
		}
		// The names the article is about: those its title or first
		// sentence holds.
		about := map[string]bool{}
		for _, t := range terms {
			if r := []rune(t); unicode.IsUpper(r[0]) && termScore(a.Title+" "+sents[0].Text, []string{t}) > 0 {
				about[strings.ToLower(t)] = true
			}
		}
		if factScore(a.Title+" "+a.Text, terms, nil) < max(1, len(terms)-1) {
			continue
		}
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
		for _, sp := range sents {
			if !holdsAsked(kind, sp.Text, terms) || kind == askedDate && datesOnlyReport(sp.Text, a.Published) || kind == askedPerson && reDeparted.MatchString(sp.Text) {
				continue
			}
			if n := factScore(sp.Text, terms, about); n > bestScore {
				best, bestScore = newsbot.Passage{Article: ref, Text: strings.TrimSpace(sp.Text)}, n
			}
		}
	}
	return best, best.Text != "", nil
}

// startsUpper: s opens with a capital, as a place name does.
func startsUpper(s string) bool {
	r := []rune(strings.TrimSpace(s))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// reWeekday is a day of the week.
var (
	reWeekday = lazyre.New(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`)
	reToday   = lazyre.New(`(?i)\btoday\b`)
)

// datesOnlyReport: the only dates in text are the report's own day ("said
// on Tuesday" in Tuesday's paper, "today"), which date the news, not an
// event to come.
func datesOnlyReport(text string, published time.Time) bool {
	if published.IsZero() || reCalDate.MatchString(text) {
		return false
	}
	day := strings.ToLower(published.Weekday().String())
	rest := reWeekday.ReplaceAllStringFunc(text, func(w string) string {
		if strings.EqualFold(w, day) {
			return ""
		}
		return w
	})
	rest = reToday.ReplaceAllString(rest, "")
	return !reRelDate.MatchString(rest)
}

// reDeparted: someone leaving a post.
var reDeparted = lazyre.New(`(?i)\b(?:sacked|fired|dismissed|ousted|resigned|quit|stepped\s+down|left\s+the\s+(?:club|company|post|job)|was\s+replaced)\b`)

// reSpeechVerb is a verb of saying.
var reSpeechVerb = lazyre.New(`(?i)\b(?:said|says|told|tells|warned|warns|argued|insisted|promised|pledged|claimed|added|announced|admitted|conceded|vowed)\b`)

// describedSaid finds, in articles naming the person and the topic, a
// sentence where someone described by the person's title ("the
// chancellor" for a chancellor) says something about the topic.
func (s *Service) describedSaid(ctx context.Context, p newsbot.PersonRecord, topic string) (newsbot.Passage, bool, error) {
	terms, surname := keyTerms(topic), lastWord(p.Name)
	if len(terms) == 0 || surname == "" {
		return newsbot.Passage{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, strings.Join(terms, " "), 20)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("search passages %q: %w", topic, err)
	}
	role := strings.ToLower(p.Role)
	for _, hit := range newestArticles(ps, 3) {
		art, err := s.Store.Article(ctx, hit.Article.ID)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("article %d: %w", hit.Article.ID, err)
		}
		if termScore(art.Text, []string{surname}) == 0 {
			continue
		}
		for _, sp := range text.Sentences(art.Text) {
			t := strings.TrimSpace(sp.Text)
			if termScore(t, terms) == 0 || !reSpeechVerb.MatchString(t) || termScore(t, []string{surname}) > 0 {
				continue
			}
			if d := reDescription.FindString(t); d != "" && role != "" && strings.Contains(role, lastWord(strings.ToLower(d))) {
				return newsbot.Passage{Article: hit.Article, Text: t}, true, nil
			}
		}
	}
	return newsbot.Passage{}, false, nil
}

// byCoverage lists the articles of cover, those holding more of the
// question's words first, then the newest (highest id) first.
func byCoverage(cover map[int64]map[string]bool) []int64 {
	ids := make([]int64, 0, len(cover))
	for id := range cover {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		return cmp.Or(cmp.Compare(len(cover[b]), len(cover[a])), cmp.Compare(b, a))
	})
	return ids
}
