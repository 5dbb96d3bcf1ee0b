package summaries

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// PageSize is how many quotes one page of /whosaid shows.
const PageSize = 5

// MaxPhraseHits is how many of a phrase's most recent quotes /whosaid
// "PHRASE" reads: its pages and the speakers its lead names come from
// these. Each costs the full-text index a phrase match, and a common phrase
// in an archive matches thousands: 200 of them took tens of milliseconds.
const MaxPhraseHits = 60

// WhoSaidQuery is a parsed /whosaid argument.
type WhoSaidQuery struct {
	Name   string // a person's name, partial or alternate; "" for a phrase search
	Phrase string // words to find in quotes, without their marks
	Topic  string // narrows a person's quotes ("NAME about TOPIC")
	Page   int    // from 1; 0 when not given
}

var pageSuffix = lazyre.New(`(?i)[\s,;]*\bp(?:age|\.)?\s*(\d{1,4})\s*$`)

// quote marks that may open a phrase, with the marks that may close it.
var openQuotes = map[rune]string{
	'"': `"”“`, '“': `”"“`, '”': `”"`, '„': `“”"`, '«': `»`, '‘': `’'`, '\'': `'’`,
}

// ParseWhoSaid reads `NAME`, `"PHRASE"` (straight or curly marks) and
// `NAME about TOPIC`, each optionally followed by "page N". It is pure.
func ParseWhoSaid(query string) (WhoSaidQuery, error) {
	var q WhoSaidQuery
	s := strings.TrimSpace(query)
	if m := pageSuffix.FindStringSubmatchIndex(s); m != nil {
		n, err := strconv.Atoi(s[m[2]:m[3]])
		if err == nil && n > 0 {
			q.Page = n
			s = strings.TrimSpace(s[:m[0]])
		}
	}
	if s == "" {
		return q, &UsageError{Usage: WhoSaidUsage}
	}
	first := []rune(s)[0]
	if closers, ok := openQuotes[first]; ok {
		rest := s[len(string(first)):]
		end := strings.IndexAny(rest, closers)
		phrase := rest
		if end >= 0 {
			phrase = rest[:end]
		}
		q.Phrase = cleanPhrase(phrase)
		if q.Phrase == "" {
			return q, &UsageError{Usage: WhoSaidUsage}
		}
		return q, nil
	}
	name, topic := splitAbout(s)
	q.Name = strings.TrimFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != '\'' && r != '’' && r != '-'
	})
	q.Topic = cleanPhrase(topic)
	if q.Name == "" {
		return q, &UsageError{Usage: WhoSaidUsage}
	}
	return q, nil
}

// splitAbout splits "NAME about TOPIC" (also "on", "regarding") at the first
// such word that follows at least one word of the name.
func splitAbout(s string) (name, topic string) {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		switch strings.ToLower(words[i]) {
		case "about", "regarding", "re:", "on":
			// "Marsh about" (the topic not typed yet) is Marsh.
			return strings.Join(words[:i], " "), strings.Join(words[i+1:], " ")
		}
	}
	return s, ""
}

// cleanPhrase trims white space, quote marks, trailing punctuation and
// the marks of Slack emphasis typed around a phrase (*bold*, _italic_,
// ~struck~, `code`), which would otherwise be echoed into the answer.
func cleanPhrase(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“”„«»‘’'?!.,;:*_~`", r)
	})
}

// WhoSaid answers `/whosaid NAME`, `/whosaid "PHRASE"` and
// `/whosaid NAME about TOPIC`; page counts from 1 (a "page N" suffix in
// query is honoured when page is 0 or 1).
func (s *Service) WhoSaid(ctx context.Context, query string, page int) (Answer, error) {
	q, err := ParseWhoSaid(query)
	if err != nil {
		return Answer{}, err
	}
	if page <= 1 && q.Page > 0 {
		page = q.Page
	}
	if page < 1 {
		page = 1
	}
	if q.Phrase != "" {
		a, err := s.whoSaidPhrase(ctx, q.Phrase, page)
		if err != nil || len(a.Items) > 0 {
			return a, err
		}
		if !unclosedName(query, q.Phrase) {
			return s.phraseOrName(ctx, a, q.Phrase, page)
		}
		// "'Marsh" (a stray mark, never closed) quotes nothing: it is
		// more likely a name than a phrase.
		if na, err := s.quotesOf(ctx, q.Phrase, "", page); err != nil || len(na.Items) > 0 {
			return na, err
		}
		return a, nil
	}
	return s.quotesOf(ctx, q.Name, q.Topic, page)
}

// phraseOrName: a quoted phrase no quote holds that is a stored person's
// name (`/whosaid "Marsh"`, quoted out of habit) is answered with that
// person's quotes, after saying no quote contains the words.
func (s *Service) phraseOrName(ctx context.Context, none Answer, phrase string, page int) (Answer, error) {
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > 4 {
		return none, nil
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return none, nil
		}
	}
	people, err := s.Store.FindPeople(ctx, phrase, 2)
	if err != nil {
		return Answer{}, fmt.Errorf("whosaid %q: find people: %w", phrase, err)
	}
	if len(people) != 1 {
		return none, nil
	}
	na, err := s.quotesOf(ctx, phrase, "", page)
	if err != nil || len(na.Items) == 0 {
		return none, err
	}
	na.Lead = strings.TrimSuffix(none.Lead, ".") + "; quotes by " + na.Lead
	return na, nil
}

// unclosedName reports whether query opens a phrase with a quote mark it
// never closes and the phrase reads as a name: one to four capitalised
// words.
func unclosedName(query, phrase string) bool {
	s := strings.TrimSpace(query)
	first, size := utf8.DecodeRuneInString(s)
	closers, ok := openQuotes[first]
	if !ok || strings.ContainsAny(s[size:], closers) {
		return false
	}
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// quotesOf lists a person's quotes, newest first, one page at a time.
func (s *Service) quotesOf(ctx context.Context, name, topic string, page int) (Answer, error) {
	people, err := s.Store.FindPeople(ctx, name, 10)
	if err != nil {
		return Answer{}, fmt.Errorf("whosaid %q: find people: %w", name, err)
	}
	found := people
	people = preferQuoted(name, people)
	if len(people) == 0 {
		if a, ok, err := s.quotesOfSource(ctx, name, topic, page); err != nil || ok {
			return a, err
		}
		// "the mayor": whoever the coverage gives that title.
		if looksLikeRole(name) {
			p, _, err := s.personByRole(ctx, name)
			if err != nil {
				return Answer{}, fmt.Errorf("whosaid %q: %w", name, err)
			}
			if p.ID != 0 {
				people = []newsbot.PersonRecord{p}
			}
		}
	}
	if len(people) > 1 && topic != "" {
		// "what did Lindqvist say about quotas?": of the people the name
		// may mean, the only one quoted on the topic is meant.
		var on []newsbot.PersonRecord
		for _, p := range people {
			hs, err := s.quotesAbout(ctx, p.ID, topic)
			if err != nil {
				return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
			}
			if len(hs) > 0 {
				on = append(on, p)
			}
		}
		if len(on) == 1 {
			people = on
		}
	}
	switch len(people) {
	case 0:
		if nameLetters(name) < 2 {
			// One letter names nobody, and would match every name that
			// starts with it: ask for more (two-letter names like "Xi"
			// and initials like "J.K." are looked up).
			return Answer{Lead: fmt.Sprintf("%q is too short to look up: type at least two letters of a name, e.g. /whosaid Starmer.", name)}, nil
		}
		return s.noQuotes(ctx, name, topic)
	case 1:
	default:
		a := Answer{Lead: fmt.Sprintf("%q may mean %d people; which one?", name, len(people))}
		for _, p := range people {
			a.Items = append(a.Items, personItem(p, "/whosaid "+p.Name))
		}
		return a, nil
	}
	p := people[0]
	offset := (page - 1) * PageSize
	var hits, more []newsbot.QuoteHit
	total := p.Quotes
	capped := false // more topic matches than TopicCap
	if topic != "" {
		// The store cannot count a filtered list; a person's quotes on one
		// topic are few, so fetch them all and page here.
		all, err := s.quotesAbout(ctx, p.ID, topic)
		if err != nil {
			return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
		}
		if len(all) > TopicCap {
			all, capped = all[:TopicCap], true
		}
		all = byCloseness(rankQuotes(all, nil), topicTerms(topic))
		total = len(all)
		if len(all) > 0 && len(all) < fewOnTopic {
			// One lead-in fragment on the topic ("said the board had 'sold
			// the company too cheaply'") is not what they said: the rest of
			// their words in the same story follow it.
			if more, err = s.sameStoryQuotes(ctx, p.ID, all); err != nil {
				return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
			}
			all = append(all, more...)
			total = len(all)
		}
		if offset < len(all) {
			hits = all[offset:min(len(all), offset+PageSize+1)]
		}
	} else {
		hits, err = s.rankedPage(ctx, p.ID, offset)
		if err != nil {
			return Answer{}, fmt.Errorf("whosaid %q: %w", p.Name, err)
		}
		// The stored count may lag behind the quotes themselves.
		if len(hits) > 0 {
			total = max(total, offset+len(hits))
		}
	}
	who := personLabel(p)
	if topic != "" {
		who += " about " + topic
	}
	if total == 0 {
		if topic != "" {
			a := Answer{Lead: noneOnTopic(p, topic) + "."}
			// The words may not name the topic while the story is about
			// it ("what did Hale say about aid?" of a trip in an aid row).
			inStory, err := s.quotesInStories(ctx, p, topic)
			if err != nil {
				return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
			}
			// A Q&A interview has the person's words with no speech verb.
			if qa, err := s.interviewAnswers(ctx, p, topic); err != nil {
				return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
			} else if len(qa) > 0 {
				return s.interviewLead(p.Name, topic, qa), nil
			}
			if len(inStory) > 0 {
				rel, err := s.topicRelevance(ctx, inStory, topicTerms(topic))
				if err != nil {
					return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
				}
				inStory = rankQuotes(inStory, rel)
				// The most relevant is the answer: the lead gives it.
				a.Lead = fmt.Sprintf("No quote from %s mentions %s in its words; the most relevant of %s from coverage of %s: “%s”",
					p.Name, topic, plural(len(inStory), "quote"), topic, strings.TrimRight(strings.TrimSpace(inStory[0].Quote.Text), ",;:"))
				if inStory[0].Quote.Kind == newsbot.KindIndirect {
					a.Lead = fmt.Sprintf("No quote from %s mentions %s in its words; the most relevant of %s from coverage of %s: %s",
						p.Name, topic, plural(len(inStory), "quote"), topic, strings.TrimSpace(inStory[0].Sentence))
				}
				for _, h := range inStory[:min(len(inStory), PageSize)] {
					a.Items = append(a.Items, s.quoteItem(h))
				}
				return a, nil
			}
			// Reported without a speech verb the quote extractor takes
			// ("called on the government to publish its winter plan"):
			// the sentences, as they are.
			terms := keyTerms(topic)
			said, err := s.personSentences(ctx, p.Name, strings.Join(terms, " "), "", func(t string) bool { return termScore(t, terms) > 0 })
			if err != nil {
				return Answer{}, fmt.Errorf("whosaid %q about %q: %w", p.Name, topic, err)
			}
			if len(said) > 0 {
				a.Lead += fmt.Sprintf(" Stored sentences that mention %s with %s are below.", lastWord(p.Name), topic)
				a.Items = said
				// One telling what the person said about it leads:
				// "CalMor's managing director, Euan Grant, said the
				// cancellations were caused by the age of the fleet".
				if re := saidRe(p.Name); re != nil {
					if i := slices.IndexFunc(said, func(it Item) bool { return re.MatchString(it.Text) }); i >= 0 {
						a.Lead = fmt.Sprintf("%s, but the coverage reports: “%s”", noneOnTopic(p, topic), said[i].Text)
						if len(said[i].Sources) > 0 {
							a.Lead += " (" + s.cite(said[i].Sources[0]) + ")"
							a.Sources = said[i].Sources[:1]
						}
					}
				}
				return a, nil
			}
			// They are quoted, only not on this: their most relevant
			// quotes, saying the topic found none, rather than "no quotes".
			return s.offTopicQuotes(ctx, p, topic)
		}
		if qa, err := s.interviewAnswers(ctx, p, ""); err != nil {
			return Answer{}, fmt.Errorf("whosaid %q: %w", p.Name, err)
		} else if len(qa) > 0 {
			return s.interviewLead(p.Name, "", qa), nil
		}
		a := Answer{Lead: fmt.Sprintf("No quotes from %s are stored.", p.Name)}
		// Reported speech the quote extractor left ("Delta Mines said it
		// would appeal"): the sentences, as they are.
		said, err := s.saidSentences(ctx, p.Name)
		if err != nil {
			return Answer{}, fmt.Errorf("whosaid %q: %w", p.Name, err)
		}
		if len(said) > 0 {
			a.Lead = fmt.Sprintf("No quotes from %s are stored, but the coverage reports: “%s”", p.Name, said[0].Text)
			if len(said[0].Sources) > 0 {
				a.Lead += " (" + s.cite(said[0].Sources[0]) + ")"
				a.Sources = said[0].Sources[:1]
			}
			a.Items = said
		}
		return a, nil
	}
	pages := (total + PageSize - 1) / PageSize
	if len(hits) == 0 {
		return Answer{Lead: fmt.Sprintf("%s: %s, newest first; page %d is past the last page (%d).", who, plural(total, "quote"), page, pages)}, nil
	}
	count := plural(total, "quote")
	if capped {
		count = fmt.Sprintf("over %d quotes, listing the newest %d", TopicCap, TopicCap)
	}
	a := Answer{Lead: fmt.Sprintf("%s: %s, newest first", who, count)}
	if len(more) > 0 {
		a.Lead = fmt.Sprintf("%s: %s, newest first, then %d more from the same %s", who, plural(total-len(more), "quote"), len(more), storyWord(more))
	}
	if pages > 1 {
		a.Lead += fmt.Sprintf(" (page %d of %d)", page, pages)
	}
	if len(hits) > PageSize {
		hits = hits[:PageSize]
		next := "/whosaid " + p.Name
		if topic != "" {
			next += " about " + topic
		}
		a.Next = fmt.Sprintf("%s page %d", next, page+1)
	}
	for _, h := range hits {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	// A surname that picked one person by alias may name others too: say
	// so, rather than hide their quotes ("Whitfield" is the prime minister
	// in the coverage, but an MP of that name is quoted as well).
	if others := namesakes(name, p, found); len(others) > 0 {
		names := make([]string, len(others))
		for i, o := range others {
			names[i] = o.Name
			a.Items = append(a.Items, personItem(o, "/whosaid "+o.Name))
		}
		a.Lead += fmt.Sprintf("; also quoted with that name: %s", joinAnd(names))
	}
	return a, nil
}

// namesakes are the other quoted people a one-word query also matches by
// surname.
func namesakes(query string, chosen newsbot.PersonRecord, found []newsbot.PersonRecord) []newsbot.PersonRecord {
	if len(strings.Fields(query)) != 1 {
		return nil
	}
	var out []newsbot.PersonRecord
	for _, o := range found {
		// By surname, or by the word asked when both names hold it: a
		// family name may come first ("Kim Min-jun", "Kim Ha-eun").
		if o.ID != chosen.ID && o.Quotes > 0 && (strings.EqualFold(lastWord(o.Name), lastWord(chosen.Name)) ||
			hasNameWord(o.Name, query) && hasNameWord(chosen.Name, query)) {
			out = append(out, o)
		}
	}
	return out
}

// hasNameWord: word is one of the words of name, any case.
func hasNameWord(name, word string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return strings.EqualFold(strings.Trim(w, ".,"), strings.TrimSpace(word)) })
}

// TopicCap is how many of a person's quotes on a topic /whosaid NAME about
// TOPIC pages through. Counting every match of a common word in an archive of
// millions of quotes took the store most of a second; editors narrow the topic
// rather than read past a hundred quotes.
const TopicCap = 100

// quotesAbout finds a person's quotes on a topic, up to TopicCap+1 of them. The store matches whole
// words, all of them; a question's topic carries words the quote need not
// have ("the", "about") and endings it may not share ("borrowing" for
// "borrow"), so the content words are asked for, then matched loosely here.
func (s *Service) quotesAbout(ctx context.Context, personID int64, topic string) ([]newsbot.QuoteHit, error) {
	terms := keyTerms(topic)
	if len(terms) == 0 {
		terms = strings.Fields(topic)
	}
	return s.quotesOnTopic(ctx, personID, terms)
}

// quotesOfSource answers for organisations and unnamed sources, which are
// kept as written ("a Downing Street spokesman") rather than as people.
func (s *Service) quotesOfSource(ctx context.Context, name, topic string, page int) (Answer, bool, error) {
	// The store matches the start of a speaker, and spokesForms put words
	// before it: "the" alone would find "spokesman for the ministry", "a"
	// every source whose name starts with an a. A source is named by a
	// word of two letters or more that is not an article.
	if core := strings.ToLower(strings.TrimSpace(stripArticle(name))); utf8.RuneCountInString(core) < 2 || core == "the" || core == "an" {
		return Answer{}, false, nil
	}
	offset := (page - 1) * PageSize
	f := newsbot.QuoteFilter{Limit: PageSize + 1, Offset: offset}
	terms := keyTerms(topic)
	if len(terms) > 0 {
		// A source's quotes on a topic are few: fetch them and page here.
		f = newsbot.QuoteFilter{Limit: 500}
	}
	var hits []newsbot.QuoteHit
	// The store matches the start of the speaker as written; organisations
	// mostly speak through "a spokeswoman for the ...", so those forms are
	// tried too, the first that finds quotes (on the topic, when one is
	// asked) winning.
	onTopic := func(hits []newsbot.QuoteHit) []newsbot.QuoteHit {
		var on []newsbot.QuoteHit
		for _, h := range hits {
			if looseScore(h.Quote.Text+" "+h.Sentence, terms) == len(terms) {
				on = append(on, h)
			}
		}
		if len(on) == 0 {
			// A source speaks in few quotes, and its story's headline may
			// name the topic the quote only touches ("the complaint" in
			// a report headlined on the cold-calls inquiry).
			for _, h := range hits {
				// Headlines quote with single marks: "'cold calls'".
				title := strings.NewReplacer("'", " ", "‘", " ", "’", " ").Replace(h.Article.Title)
				if looseScore(title+" "+h.Quote.Text+" "+h.Sentence, terms) == len(terms) {
					on = append(on, h)
				}
			}
		}
		return on
	}
	for _, form := range spokesForms {
		var err error
		hits, err = s.Store.QuotesBySpeaker(ctx, form+stripArticle(name), f)
		if err != nil {
			return Answer{}, false, fmt.Errorf("whosaid %q: quotes by source: %w", name, err)
		}
		if form == "a " || form == "an " || form == "the " {
			// "a Labour spokesman" speaks for the party; "a Labour MP"
			// only for himself.
			hits = slices.DeleteFunc(hits, func(h newsbot.QuoteHit) bool { return !reSpokesWord.MatchString(h.Quote.Speaker) })
		}
		if len(terms) > 0 {
			hits = onTopic(hits)
		}
		if len(hits) > 0 {
			break
		}
	}
	who := name
	if len(terms) > 0 {
		if offset < len(hits) {
			hits = hits[offset:min(len(hits), offset+PageSize+1)]
		} else {
			hits = nil
		}
		who += " about " + topic
	}
	if len(hits) == 0 {
		return Answer{}, false, nil
	}
	a := Answer{Lead: fmt.Sprintf("Quotes attributed to %s, newest first", who)}
	if len(hits) > PageSize {
		hits = hits[:PageSize]
		a.Next = fmt.Sprintf("/whosaid %s page %d", who, page+1)
	}
	for _, h := range hits {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	return a, true, nil
}

// spokesForms are how an organisation's unnamed spokespeople are written
// before its name.
var spokesForms = []string{"",
	"a ", "an ", "the ",
	"spokesman for the ", "spokeswoman for the ", "spokesperson for the ",
	"spokesman for ", "spokeswoman for ", "spokesperson for ", "statement from the ", "statement from ",
}

// reSpokesWord: a speaker who speaks for an organisation.
var reSpokesWord = lazyre.New(`(?i)\bspokes(?:man|woman|person|people)\b|\bstatement\b|\bofficials?\b|\bsources?\b`)

// looseScore counts the terms found in text, allowing endings on either
// side ("borrowing" finds "borrow", "talks" finds "talk").
func looseScore(text string, terms []string) int {
	words := strings.Fields(normWords(text))
	n := 0
	for _, t := range terms {
		if isAcronym(t) && spellsOut(text, t) {
			n++ // "the WTO" told as "the World Trade Organization"
			continue
		}
		st := crudeStem(strings.ToLower(t))
		if slices.ContainsFunc(words, func(w string) bool {
			sw := crudeStem(w)
			return sw == st || len(st) >= 4 && strings.HasPrefix(sw, st) || len(sw) >= 4 && strings.HasPrefix(st, sw)
		}) {
			n++
		}
	}
	return n
}

// saidSentences are stored sentences in which name (in full) says
// something: "Delta Mines said it would appeal", "Ms Ortiz told reporters".
func (s *Service) saidSentences(ctx context.Context, name string) ([]Item, error) {
	re := saidRe(name)
	if re == nil {
		return nil, nil
	}
	return s.personSentences(ctx, name, "", "", re.MatchString)
}

// saidRe finds name (in full, or its surname for a person's full name)
// saying something; nil when name will not compile.
func saidRe(name string) *regexp.Regexp {
	forms := regexp.QuoteMeta(name)
	if strings.Contains(name, " ") {
		forms = "(?:" + forms + "|" + regexp.QuoteMeta(lastWord(name)) + ")"
	}
	re, err := regexp.Compile(`(?i)\b` + forms + `(?:['’]s?)?,?\s+(?:\S+\s+){0,5}?(?:said|says|told|announced|warned|added|insisted|argued|denied|confirmed|stated|claimed|promised|pledged|vowed|urged|called\s+(?:on|for)|appealed|critici[sz]ed|welcomed|accused|rejected|dismissed|admitted|conceded|stressed|replied|responded)\b`)
	if err != nil {
		return nil
	}
	return re
}

// isAcronym: two to six capital letters ("WTO", "NHS", "OPEC").
func isAcronym(t string) bool {
	if n := len(t); n < 2 || n > 6 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// spellsOut reports whether text names acronym in full: capitalised words
// in a row whose initials spell it, small joining words skipped ("World
// Trade Organization", "National Health Service", "Bank of England" for
// BOE).
func spellsOut(text, acronym string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := range words {
		j, k := i, 0
		for j < len(words) && k < len(acronym) {
			w := words[j]
			r := []rune(w)[0]
			switch {
			case k > 0 && (w == "of" || w == "the" || w == "and" || w == "for" || w == "on"):
				if unicode.ToUpper(r) == rune(acronym[k]) {
					k++ // "Bank of England" for BOE
				}
			case r < 128 && unicode.IsUpper(r) && byte(r) == acronym[k]:
				k++
			default:
				j = len(words) // the run breaks
				continue
			}
			j++
		}
		if k == len(acronym) {
			return true
		}
	}
	return false
}

// crudeStem drops a common English ending, keeping at least three letters.
func crudeStem(w string) string {
	for _, suf := range []string{"ings", "ing", "ers", "er", "ions", "ion", "ies", "ied", "es", "ed", "s"} {
		if len(w)-len(suf) >= 3 && strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// preferQuoted narrows candidates: an exact name or alias match wins, and
// people with quotes win over people merely mentioned, since /whosaid is
// about words said.
func preferQuoted(name string, people []newsbot.PersonRecord) []newsbot.PersonRecord {
	if len(people) < 2 {
		return people
	}
	// An exact name or alias wins when it has quotes (or nobody has): a
	// bare "Williams" row with no quotes must not hide Serena Williams's.
	anyQuoted := slices.ContainsFunc(people, func(p newsbot.PersonRecord) bool { return p.Quotes > 0 })
	var exact []newsbot.PersonRecord
	for _, p := range people {
		if strings.EqualFold(p.Name, name) && (p.Quotes > 0 || !anyQuoted) && !outquoted(p, people) {
			return []newsbot.PersonRecord{p}
		}
	}
	for _, p := range people {
		if p.Quotes == 0 && anyQuoted {
			continue
		}
		for _, al := range p.Aliases {
			if strings.EqualFold(al, name) {
				exact = append(exact, p)
				break
			}
		}
	}
	if len(exact) == 1 {
		return exact
	}
	var quoted []newsbot.PersonRecord
	for _, p := range people {
		if p.Quotes > 0 {
			quoted = append(quoted, p)
		}
	}
	if len(quoted) > 0 {
		return quoted
	}
	return people
}

// outquoted says whether p is a lone surname ("Blair": quotes of articles
// that never said which Blair spoke) and a person of that surname has more
// quotes: the store ranks people by quotes, and "Blair" then means the
// most-quoted Blair, with the others named as namesakes.
func outquoted(p newsbot.PersonRecord, people []newsbot.PersonRecord) bool {
	if strings.Contains(strings.TrimSpace(p.Name), " ") {
		return false
	}
	for _, o := range people {
		if o.ID != p.ID && o.Quotes > p.Quotes && hasNameWord(o.Name, p.Name) {
			return true
		}
	}
	return false
}

// noQuotes says so plainly, with people whose names share a word with the
// query as suggestions ("Keir Stammer" → Keir Starmer).
func (s *Service) noQuotes(ctx context.Context, name, topic string) (Answer, error) {
	sugg, err := s.suggestPeople(ctx, name)
	if err != nil {
		return Answer{}, fmt.Errorf("whosaid %q: %w", name, err)
	}
	lead := fmt.Sprintf("No quotes from %s are stored.", name)
	if topic != "" {
		lead = fmt.Sprintf("No quotes from %s about %s are stored.", name, topic)
	}
	return withSuggestions(Answer{Lead: lead}, sugg, "/whosaid "), nil
}

// withSuggestions adds "Did you mean ...?" and the people as items.
func withSuggestions(a Answer, sugg []newsbot.PersonRecord, cmd string) Answer {
	if len(sugg) == 0 {
		return a
	}
	names := make([]string, len(sugg))
	for i, p := range sugg {
		names[i] = p.Name
		c := ""
		if cmd != "" {
			c = cmd + p.Name
		}
		a.Items = append(a.Items, personItem(p, c))
	}
	a.Lead += " Did you mean " + joinOr(names) + "?"
	return a
}

// suggestPeople finds people whose names share a word with name, or, for
// a misspelt word, its first letters ("Keir Stammer" → Keir Starmer).
func (s *Service) suggestPeople(ctx context.Context, name string) ([]newsbot.PersonRecord, error) {
	seen := map[string]bool{}
	var sugg []newsbot.PersonRecord
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, ".,'’")
		if len([]rune(w)) < 3 || isStopword(strings.ToLower(w)) {
			continue
		}
		ps, err := s.Store.FindPeople(ctx, w, 3)
		if err != nil {
			return nil, fmt.Errorf("suggestions: %w", err)
		}
		// A misspelt name usually keeps its first letters, and the store
		// matches names by their start.
		r := []rune(w)
		if len(ps) == 0 && len(r) >= 6 {
			if ps, err = s.Store.FindPeople(ctx, string(r[:4]), 3); err != nil {
				return nil, fmt.Errorf("suggestions: %w", err)
			}
		}
		if len(ps) == 0 && len(r) >= 4 && (len(r) < 6 || len(sugg) == 0) {
			// A letter dropped or doubled early ("Kenedy", "Blunket"):
			// the first four letters miss, the first three find it (tried
			// only when no other word of the name found anyone).
			limit := 1
			if len(r) >= 6 {
				limit = 2
			}
			// A short name ("Satto" for "Sato", "Haale" for "Hale"): names
			// sharing its first letters, kept only when one edit away, and
			// of those the closest spellings only: "Kenedy" is Kennedy,
			// not also Kenney.
			dist := func(p newsbot.PersonRecord) int {
				d := limit + 1
				for _, n := range strings.Fields(p.Name) {
					d = min(d, editDistance(strings.ToLower(n), strings.ToLower(w)))
				}
				return d
			}
			for _, prefix := range misspeltPrefixes(r) {
				more, err := s.Store.FindPeople(ctx, prefix, 30)
				if err != nil {
					return nil, fmt.Errorf("suggestions: %w", err)
				}
				best := limit
				for _, p := range more {
					best = min(best, dist(p))
				}
				for _, p := range more {
					if dist(p) <= best {
						ps = append(ps, p)
					}
				}
				if len(ps) > 0 {
					break
				}
			}
		}
		for _, p := range ps {
			if !seen[p.Name] && len(sugg) < 3 {
				seen[p.Name] = true
				sugg = append(sugg, p)
			}
		}
	}
	return sugg, nil
}

// whoSaidPhrase answers who said a phrase; exact matches lead, looser
// full-text matches follow.
func (s *Service) whoSaidPhrase(ctx context.Context, phrase string, page int) (Answer, error) {
	offset := (page - 1) * PageSize
	hits, err := s.Store.SearchQuotes(ctx, phrase, newsbot.QuoteFilter{Limit: MaxPhraseHits})
	if err != nil {
		return Answer{}, fmt.Errorf("whosaid %q: search quotes: %w", phrase, err)
	}
	shown := "“" + phrase + "”"
	if len(hits) == 0 {
		return Answer{Lead: fmt.Sprintf("No stored quote contains %s.", shown)}, nil
	}
	var exact, loose []newsbot.QuoteHit
	norm := normWords(phrase)
	for _, h := range hits {
		if strings.Contains(normWords(h.Quote.Text), norm) {
			exact = append(exact, h)
		} else {
			loose = append(loose, h)
		}
	}
	var a Answer
	if len(exact) > 0 {
		a.Lead = fmt.Sprintf("%s was said by %s", shown, speakersOf(exact))
	} else {
		a.Lead = fmt.Sprintf("No stored quote has exactly %s; quotes with those words are from %s", shown, speakersOf(loose))
	}
	all := append(exact, loose...)
	if offset >= len(all) {
		a.Lead += fmt.Sprintf("; page %d is past the last page (%d).", page, (len(all)+PageSize-1)/PageSize)
		return a, nil
	}
	end := min(len(all), offset+PageSize)
	for _, h := range all[offset:end] {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	if end < len(all) {
		a.Next = fmt.Sprintf("/whosaid \"%s\" page %d", phrase, page+1)
	}
	return a, nil
}

// speakersOf names the distinct speakers of hits in order: "Keir Starmer",
// "Keir Starmer and Guo Jiakun", "4 speakers: A, B, C and D".
func speakersOf(hits []newsbot.QuoteHit) string {
	var names []string
	seen := map[string]bool{}
	for _, h := range hits {
		n := speakerName(h)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	if len(names) > 2 {
		if len(names) > 5 {
			return fmt.Sprintf("%d speakers, among them %s", len(names), joinAnd(names[:4]))
		}
		return fmt.Sprintf("%d speakers: %s", len(names), joinAnd(names))
	}
	return joinAnd(names)
}

func speakerName(h newsbot.QuoteHit) string {
	switch {
	case h.Person.Name != "":
		return h.Person.Name
	case h.Quote.Speaker != "":
		return h.Quote.Speaker
	}
	return "an unnamed speaker"
}

// quoteItem shows one quote: the words, who with role and cue, when, where.
func (s *Service) quoteItem(h newsbot.QuoteHit) Item {
	detail := speakerName(h)
	if h.Person.Role != "" && !possessiveRole(h.Person.Role) {
		detail += ", " + h.Person.Role
	}
	if h.Quote.Cue != "" {
		detail += " — " + h.Quote.Cue
	}
	// A quote that ran on into its attribution ("…the sand," he said) keeps
	// a comma that reads wrong on its own.
	text := strings.TrimRight(strings.TrimSpace(h.Quote.Text), ",;:")
	it := Item{Kind: ItemQuote, ID: h.ID, Text: text, Quoted: true, Detail: detail}
	// Reported speech is the reporter's wording, not the speaker's: shown
	// in quote marks it would put words in their mouth. Its sentence says
	// it as the article did.
	if h.Quote.Kind == newsbot.KindIndirect || text == "" {
		it.Text, it.Quoted = cmp.Or(strings.TrimSpace(h.Sentence), text), false
	}
	if !h.Article.Published.IsZero() {
		it.Date = h.Article.Published.In(s.loc())
	}
	if h.Article.ID != 0 || h.Article.Title != "" || h.Article.URL != "" {
		it.Sources = []newsbot.ArticleRef{h.Article}
	}
	return it
}

func personLabel(p newsbot.PersonRecord) string {
	// "its director" names no one away from its sentence.
	if p.Role != "" && !possessiveRole(p.Role) {
		return fmt.Sprintf("%s (%s)", p.Name, p.Role)
	}
	return p.Name
}

func personItem(p newsbot.PersonRecord, cmd string) Item {
	detail := plural(p.Quotes, "quote")
	if cmd != "" {
		detail += " · " + cmd
	}
	return Item{Kind: ItemPerson, ID: p.ID, Text: personLabel(p), Detail: detail}
}

// normWords lower-cases s and reduces it to single-spaced words, so that
// punctuation and curly apostrophes do not defeat phrase matching.
func normWords(s string) string {
	return " " + strings.Join(normFields(s), " ") + " "
}

// normFields is strings.Fields(normWords(s)) without building the string:
// s's words in lower case, straight apostrophes.
func normFields(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	for i, w := range f {
		f[i] = strings.ReplaceAll(w, "’", "'")
	}
	return f
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func joinAnd(xs []string) string { return joinWith(xs, " and ") }
func joinOr(xs []string) string  { return joinWith(xs, " or ") }

func joinWith(xs []string, last string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + last + xs[len(xs)-1]
}

// misspeltPrefixes are the starts under which a misspelt word (of four or
// more letters) may find its person in a store that matches names by
// their first letters: its first three, then its first two, then its
// first three with two neighbouring letters swapped, since a typed swap
// near the start ("Mrash", "Stao") hides the name from both.
func misspeltPrefixes(r []rune) []string {
	out := []string{string(r[:3]), string(r[:2])}
	for i := range 2 {
		if r[i] == r[i+1] {
			continue
		}
		s := slices.Clone(r[:3]) // the store folds case: "rMa" finds "Marsh"
		s[i], s[i+1] = s[i+1], s[i]
		out = append(out, string(s))
	}
	return out
}

// editDistance is the edit distance between two words, a swap of two
// neighbouring letters counting as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	pprev, prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], pprev[j-2]+1) // "Osie" for "Osei"
			}
		}
		pprev, prev, cur = prev, cur, pprev
	}
	return prev[len(rb)]
}

// quotesInStories are a person's quotes, newest first, from articles whose
// text holds every word of the topic.
func (s *Service) quotesInStories(ctx context.Context, p newsbot.PersonRecord, topic string) ([]newsbot.QuoteHit, error) {
	terms := keyTerms(topic)
	if len(terms) == 0 || p.ID == 0 {
		return nil, nil
	}
	var arts map[int64]bool
	for _, q := range storyQueries(terms) {
		ps, err := s.Store.SearchPassages(ctx, q, 50)
		if err != nil {
			return nil, fmt.Errorf("search passages %q: %w", q, err)
		}
		if arts = distinctArticles(ps); len(arts) > 0 {
			break
		}
	}
	hits, err := s.Store.QuotesBy(ctx, p.ID, newsbot.QuoteFilter{Limit: 200})
	if err != nil {
		return nil, fmt.Errorf("quotes of %q: %w", p.Name, err)
	}
	var out []newsbot.QuoteHit
	for _, h := range hits {
		// Or the headline is about it, by any ending or synonym ("shut
		// two wards" for "ward closures"), which whole-word search misses.
		if arts[h.Article.ID] || headlineOnTopic(h.Article.Title, terms) {
			out = append(out, h)
		}
	}
	return out, nil
}

// nameLetters counts the letters and digits of a name as typed.
func nameLetters(name string) int {
	n := 0
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
