package summaries

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// Questions with a typed answer ("who criticised X?" wants a person, "when
// will X be decided?" a date, "how much is X suing for?" a figure) are often
// answered by a sentence that holds the verb and the answer but names the
// subject only by a description ("the plans", "the payout") because the
// paragraph or the headline named it already. Full-text search over
// sentences cannot find that sentence; reading the articles that hold the
// question's words can: a sentence counts the question's words held by its
// headline and by its paragraph up to it, as a reader reading down to it has
// them in mind.

// reAskWhoVerb is "who criticised the plans?", "who has called the bill a
// mistake?": who, a verb, its object.
var reAskWhoVerb = lazyre.New(`(?i)^who\s+(?:has\s+|have\s+|had\s+)?(\p{Ll}{3,})\s+(\S.*)$`)

// reAskWhoDoing is "who is opposing X?": who, is or are, a verb in -ing.
var reAskWhoDoing = lazyre.New(`(?i)^who\s+(?:is|are|was|were)\s+(?:still\s+|now\s+)?(\p{Ll}{2,}ing)\s+\S`)

// notWhoVerbs are words after "who" that are not a verb of doing (or are
// answered elsewhere: "who said", "who is").
var notWhoVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "wrote": true, "will": true, "would": true, "could": true,
	"should": true, "can": true, "may": true, "might": true, "must": true, "shall": true, "did": true, "does": true,
	"been": true, "being": true, "else": true, "exactly": true, "else's": true, "knows": true, "else’s": true,
}

// whoVerb is the verb of a "who VERBed X" question, or "".
func whoVerb(question string) string {
	q := cleanQuestion(question)
	if m := reAskWhoDoing.FindStringSubmatch(q); m != nil && !stopwords[strings.ToLower(m[1])] {
		// "who is opposing the bill?", "who is backing the bid?"
		return strings.ToLower(m[1])
	}
	m := reAskWhoVerb.FindStringSubmatch(q)
	if m == nil {
		return ""
	}
	v := strings.ToLower(m[1])
	if notWhoVerbs[v] || stopwords[v] {
		return ""
	}
	// A verb of doing in the past or present: "criticised", "opposes",
	// "won"; "who chairs" and "who leads" too.
	if strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") || isIrregularPast(v) {
		return v
	}
	return ""
}

func isIrregularPast(w string) bool {
	for _, forms := range irregularPast {
		if slices.Contains(forms, w) {
			return true
		}
	}
	return false
}

// lemmas are the base forms a verb form may have: "suing" → sue,
// "criticised" → criticise, "signed" → sign, "decided" → decide, "won" →
// win. Spelling decides; a wrong extra base costs nothing, as only forms
// found in copy count.
func lemmas(w string) []string {
	w = strings.ToLower(w)
	out := []string{w}
	add := func(b string) {
		if len(b) > 2 && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	for base, forms := range irregularPast {
		if slices.Contains(forms, w) {
			add(base)
		}
	}
	for _, suf := range []string{"ing", "ed", "es"} {
		if b, ok := strings.CutSuffix(w, suf); ok {
			add(b)
			add(b + "e")
			if n := len(b); n > 3 && b[n-1] == b[n-2] {
				add(b[:n-1]) // "stopped", "planning"
			}
		}
	}
	if b, ok := strings.CutSuffix(w, "ied"); ok {
		add(b + "y")
	}
	if b, ok := strings.CutSuffix(w, "d"); ok {
		add(b)
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(w, "ss") {
		add(b)
	}
	return out
}

// anyForms are the inflections of every lemma of w, British and American
// spellings of -ise verbs alike ("criticised", "criticized").
func anyForms(w string) []string {
	var out []string
	add := func(f string) {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	for _, b := range lemmas(w) {
		bases := []string{b}
		if s, ok := strings.CutSuffix(b, "ise"); ok {
			bases = append(bases, s+"ize")
		} else if s, ok := strings.CutSuffix(b, "ize"); ok {
			bases = append(bases, s+"ise")
		}
		for _, base := range bases {
			add(base)
			for _, f := range pastForms(base) {
				add(f)
			}
			stem := strings.TrimSuffix(base, "e")
			add(stem + "ing")
			if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") {
				add(base + "es")
			} else {
				add(base + "s")
			}
			if strings.HasSuffix(base, "e") {
				add(base + "d")
			}
		}
	}
	return out
}

// reNameRun is a run of capitalised words: a name the answer may be.
var reNameRun = lazyre.New(`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+`)

// namesOther: text names someone (two or more capitalised words, not the
// sentence's first word alone) other than by the question's words.
func namesOther(sentence string, terms []string) bool {
	for _, m := range reNameRun.FindAllString(sentence, -1) {
		if termScore(m, terms) == 0 {
			return true
		}
	}
	return false
}

// actNouns are the nouns news copy tells an act by ("a complaint was
// made by", "the proposal from"), by the verb's base form.
var actNouns = map[string]string{
	"complain": "complaints?", "propose": "proposals?", "decide": "decisions?", "appoint": "appointments?",
	"criticise": "criticisms?", "criticize": "criticisms?", "approve": "approvals?", "recommend": "recommendations?",
	"investigate": "investigations?", "announce": "announcements?", "warn": "warnings?", "refuse": "refusals?",
	"accuse": "accusations?", "allege": "allegations?", "challenge": "challenges?", "demand": "demands?",
	"request": "requests?", "offer": "offers?", "claim": "claims?", "appeal": "appeals?", "suggest": "suggestions?",
	"object": "objections?", "protest": "protests?", "nominate": "nominations?", "invite": "invitations?",
	"reject": "rejections?", "bid": "bids?", "call": "calls?", "petition": "petitions?", "sue": "lawsuits?|suits?",
}

// verbSynonyms are the words copy uses for a few verbs of dealing a
// question asks with the plainest: "who bought X?" told as "X was
// purchased by" or "acquired by".
var verbSynonyms = map[string][]string{
	"buy": {"purchase", "acquire"}, "sell": {"dispose"}, "sack": {"dismiss", "fire"}, "hire": {"recruit", "appoint"},
	"sue": {"prosecute"}, "fund": {"finance", "bankroll"}, "run": {"manage"},
}

// passiveByDoer matches one of forms told in the passive with its doer
// after by ("had been purchased by the Falic Group").
func passiveByDoer(forms []string) *regexp.Regexp {
	var alt []string
	for _, f := range forms {
		alt = append(alt, regexp.QuoteMeta(f))
	}
	return regexp.MustCompile(`(?i)\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?(?:` + strings.Join(alt, "|") + `)\s+by\s+(?:the\s+)?\p{Lu}`)
}

// nounByDoer matches the act of verb told as a noun with its doer after
// by or from ("A complaint was made to the watchdog by the Residents'
// Association"), or is nil for a verb with no such noun.
func nounByDoer(verb string) *regexp.Regexp {
	for _, b := range lemmas(verb) {
		if n, ok := actNouns[b]; ok {
			return regexp.MustCompile(`(?i)\b(?:` + n + `)\b[^.;]{0,60}?\b(?:by|from)\s+(?:the\s+)?\p{Lu}`)
		}
	}
	return nil
}

// reAnaphor is an object that refers back to what the paragraph named:
// "the plans", "these proposals", "it".
var reAnaphor = lazyre.New(`(?i)^(?:(?:the|these|those|this|that|its|their|his|her|such)\s+(?:[\p{L}-]+\s+)?(?:plans?|proposals?|scheme|schemes|bill|move|measures?|deal|bid|changes?|idea|decision|policy|policies|offer|takeover|report|book|law|legislation|reforms?|cuts?|approach|claims?|remarks|comments)\b|(?:it|them|this|that)\b)`)

// verbOnAsked: s holds one of forms with, right after it, one of the
// question's words or a description referring back to them ("criticised
// the plans"), so the act is done to what was asked about, not to
// something else the sentence names ("oppose controlled immigration").
func verbOnAsked(s string, forms, terms []string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if !slices.Contains(forms, strings.ToLower(strings.Trim(w, ".,;:!?\"“”'’()"))) {
			continue
		}
		rest := strings.Join(words[i+1:min(len(words), i+5)], " ")
		if reAnaphor.MatchString(rest) || termScore(rest, terms) > 0 {
			return true
		}
	}
	return false
}

// typedNeed says what a sentence must hold to answer question: the verb
// asked about with a name (who), a date (when) or a figure (how much);
// nil when the question has no such shape.
func typedNeed(question string, terms []string) func(string) bool {
	q := cleanQuestion(question)
	if v := whoVerb(q); v != "" {
		forms := anyForms(v)
		for _, b := range lemmas(v) {
			for _, syn := range verbSynonyms[b] {
				forms = append(forms, anyForms(syn)...)
			}
		}
		byDoer, passive := nounByDoer(v), passiveByDoer(forms)
		return func(s string) bool {
			return (verbOnAsked(s, forms, terms) || passive.MatchString(s) || byDoer != nil && byDoer.MatchString(s)) && namesOther(s, terms)
		}
	}
	if subj := happenedSubject(q); subj != "" && !happenedEvent(subj) {
		// "what happened in Wiltshire?", "what happened at the hearing?":
		// a sentence naming the place or event and telling an act there
		// ("In Wiltshire, police arrested four men"), not one that only
		// names it. A place is the scene ("in Rossby"), not one of a list
		// ("the clinics in Dunmore, Kellet and Rossby").
		scene := func(string) bool { return true }
		if w := strings.Fields(stripArticle(subj)); len(w) > 0 && unicode.IsUpper([]rune(w[0])[0]) {
			re := regexp.MustCompile(`(?i)\b(?:in|at|near|outside|across)\s+(?:the\s+)?` + regexp.QuoteMeta(w[0]) + `\b`)
			scene = re.MatchString
		}
		return func(s string) bool { return termScore(s, terms) == len(terms) && tellsEvent(s) && scene(s) }
	}
	var verbs [][]string
	for _, t := range terms {
		if r := []rune(t); len(r) > 2 && unicode.IsLower(r[0]) {
			verbs = append(verbs, anyForms(t))
		}
	}
	hasAny := func(s string) bool {
		return slices.ContainsFunc(verbs, func(forms []string) bool { return hasVerb(s, forms) })
	}
	switch {
	case asksWhichPlural(q):
		// "which banks did X drop?": the sentence listing the names, not
		// the one counting them ("dropped five banks").
		// The list must hold a word of the question other than its names
		// ("have opposed" for "which shareholders oppose"): another list
		// in the story names other things.
		lists := listsOthers(terms)
		return func(s string) bool { return lists(s) && hasAny(s) }
	case reAskWhereFrom.MatchString(q):
		// "where are the men from?": an origin, not where they are.
		return namesOrigin
	case reAskWhy.MatchString(q) && len(verbs) > 0:
		// "why did X miss the vote?" wants the sentence giving the reason
		// with the act asked about ("said it was a mix-up that X missed
		// the vote"), not the one reporting the act.
		// The act may be told by another word ("her exit stemmed from").
		return whyNeed(q, terms)
	case reAskWhereDone.MatchString(q):
		// "where was X attacked?", "where did X unveil the slogan?": the
		// sentence naming a place, in the article whose headline or
		// paragraph holds the act (the sentence itself may tell it
		// otherwise: "slurry thrown over him by a protester in Leeds").
		return namesPlace
	case reAskWhen.MatchString(q) && reAskFuture.MatchString(q):
		// "when will the panel decide?" wants the sentence with the date
		// and a word of the question in another form ("will decide ...
		// on Tuesday").
		if v := whenVerb(q); v != "" {
			// The verb asked about, when the question shows it: "when
			// will the council decide?" is not answered by a minister's
			// visit on Friday. (It may be a noun: "when are the Kisumu
			// talks?")
			forms := anyForms(v)
			hasAny = func(s string) bool { return hasVerb(s, forms) }
		} else if v := passiveVerb(q); v != "" {
			// "when will the cards be issued?": a verb for sure, so "an
			// easy issue" is not it.
			forms := anyForms(v)
			hasAny = func(s string) bool { return hasVerbNotNoun(s, forms) }
		}
		// "when is the deadline?" wants a day: "agreed in 2000" dates
		// something else; "when will the cards be issued?" may take a year.
		// A year alone dates something to come only with a word looking
		// ahead: "after taking charge in 1999" tells the past of the man
		// who "is to become chairman in April".
		inYear := func(s string) bool { return reInYear.MatchString(s) && reAhead.MatchString(s) }
		if reAskWhenIs.MatchString(q) {
			inYear = func(string) bool { return false }
			if len(verbs) == 0 && whenVerb(q) == "" && passiveVerb(q) == "" {
				// "when are the Oscars?" names the event only: a day in a
				// report whose headline or paragraph names it answers, as
				// the sentence may call it by another word ("this year's
				// awards will be handed out on 27 February").
				// "This year's Oscars" is no day, and "on Sunday" in a
				// quote may be any Sunday: a date in full.
				return func(s string) bool { return reCalDate.MatchString(s) || reOrdinalDay.MatchString(s) }
			}
		}
		return func(s string) bool {
			return (answerScore(q, s) > 0 || reOrdinalDay.MatchString(s) || inYear(s)) && hasAny(s)
		}
	case reAskHowLong.MatchString(q):
		// "how long will the trial last?": a duration ("two months"), in
		// the sentence with the verb asked about when there is one.
		last := reAskHowLong.FindStringSubmatch(q)[1]
		forms := anyForms(last)
		return func(s string) bool { return reDuration.MatchString(s) && (last == "" || hasVerbNotTime(s, forms)) }
	case muchVerb(q) != "":
		// "how much did X sue Y for?": a sum beside the verb asked about
		// ("it sued the government for $28.3bn"), not another sum of the
		// story (its tax bill).
		forms := anyForms(muchVerb(q))
		return func(s string) bool {
			return reDigit.MatchString(s) && hasVerbNotNoun(s, forms) && !otherSubject(s, forms, terms)
		}
	case reAskNumber.MatchString(q) && reAskVerbing.MatchString(q):
		figure := reNumber
		if reAskMuch.MatchString(q) {
			// "how much" is a sum or a share, written in digits: "four
			// companies" counts, it does not price.
			figure = reDigit
		}
		// The figure of the action asked about: "how much is X suing for"
		// is not answered by another sum the story names.
		forms := anyForms(reAskVerbing.FindString(q))
		if m := reAskManyNoun.FindStringSubmatch(q); m != nil {
			// "how many jobs is X cutting?": the figure counts that noun
			// ("2,500 jobs are to go"); a figure of something else beside
			// the verb's noun ("cuts ... which employs 40,000 staff") does
			// not answer.
			return countOf(m[1]).MatchString
		}
		return func(s string) bool { return figure.MatchString(s) && hasVerbNotNoun(s, forms) }
	case reAskManyNoun.MatchString(q):
		// "how many people will march?": the figure counting them, told
		// with whatever word the copy uses for the people ("up to 4,000
		// supporters").
		// A figure beside the noun counts too: "limit the number of new
		// casinos to 24".
		noun := reAskManyNoun.FindStringSubmatch(q)[1]
		counted, named := countOf(noun), regexp.MustCompile(`(?i)\b`+nounAlt(noun)+`\b`)
		return func(s string) bool {
			return counted.MatchString(s) || reDigit.MatchString(s) && named.MatchString(s)
		}
	}
	return nil
}

// looseNeed is what answers a typed question when no sentence holds what
// typedNeed wants, or nil. "when is the Fiat-GM deadline?" asks of a noun
// the dated sentence may leave to the headline ("Fiat and GM have until
// midnight on 1 February"): a date with two other words of the question
// will do then.
func looseNeed(question string, terms []string) func(string) bool {
	q := cleanQuestion(question)
	if reAskWhy.MatchString(q) {
		return whyLooseNeed(terms)
	}
	v := whenVerb(q)
	if v == "" || !reAskWhenIs.MatchString(q) {
		return nil
	}
	rest := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return strings.EqualFold(t, v) })
	if len(rest) < 2 {
		return nil
	}
	return func(s string) bool {
		return (answerScore(q, s) > 0 || reOrdinalDay.MatchString(s)) && termScore(s, rest) >= 2
	}
}

// reAskWhenIs: "when is the X?", whose last word is a noun.
var reAskWhenIs = lazyre.New(`(?i)^when\s+(?:is|are|was|were)\b`)

// reAskFuture: a when-question about something to come.
var reAskFuture = lazyre.New(`(?i)^when\s+(?:will|shall|is|are|does|do)\b`)

// rePassiveAsk is the verb of "when will X be decided?".
var rePassiveAsk = lazyre.New(`(?i)\bbe\s+(\p{Ll}{3,}(?:ed|en|wn|ne))\b`)

func passiveVerb(q string) string {
	if m := rePassiveAsk.FindStringSubmatch(q); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

// givesReason reports whether s gives a reason; a feeling's cause counts
// only when the question asks about a feeling.
func givesReason(s string, askedFeeling bool) bool {
	return reReason.MatchString(s) || reMotive.MatchString(s) || askedFeeling && reFeelingReason.MatchString(s)
}

// reAskWhy is a question for a reason; reReason a sentence giving one;
// reFeelingReason one telling a feeling's cause ("expressed fears that"),
// a reason only when the question asks about a feeling ("why are X
// worried?"): for "why was the deal delayed?" fears of job losses are no
// cause. reMotive is a feeling opening the sentence as the motive of its
// act ("Concerned that it would be sued, the firm withdrew"): a reason
// whatever the question.
var (
	reAskWhy        = lazyre.New(`(?i)^why\s+(?:did|does|do|is|are|was|were|has|have|had|will|would)\b`)
	reReason        = lazyre.New(`(?i)\b(?:because|since|due\s+to|owing\s+to|in\s+response\s+to|as\s+a\s+result\s+of|prompted\s+by|stemm(?:ed|ing)\s+from|blam(?:e|es|ed|ing)|the\s+reason|(?:said|says|insisted|explained|admitted)\s+(?:that\s+)?(?:it|this|that|(?:the|its|his|her|their)\s+(?:\S+\s+){0,2}?\S+)\s+(?:was|were|had|did)\b|explain(?:s|ed|ing)?\s+(?:that|why)|so\s+that|in\s+order\s+to|in\s+protest|citing|on\s+the\s+grounds\s+that|not\s+enough|insufficient|for\s+lack\s+of|(?:a|the)\s+lack\s+of|(?:fined|jailed|sentenced|sacked|banned|penalised|punished|suspended|arrested|charged|censured|convicted|disqualified|expelled|dismissed)\b[^.;]{0,60}?\bfor\s+(?:having\s+)?\p{Ll}+ing)\b`)
	reFeelingReason = lazyre.New(`(?i)\b(?:fears?|feared|concerns?|concerned|worries|worried|anxious|angry|unhappy|upset)\s+(?:that|about|over)\b`)
	reMotive        = lazyre.New(`(?i)^\W*(?:concerned|worried|fearing|afraid|anxious|angry|unhappy|upset)\s+(?:that|about|over|by)\b[^.;]*,`)
)

// reAskWhereDone is a where-question about something done or to be done
// ("where was X attacked?", "where did X unveil Y?"), not about where
// someone is; reInPlace a place named with in or at.
var (
	reAskWhereDone = lazyre.New(`(?i)^where\s+(?:did|was|were|will|does|do|has|have|had|is|are)\s+\S.*\s\p{Ll}{3,}(?:ed|en|wn)?(?:\s+\S+)*$`)
	reInPlace      = lazyre.New(`\b(?:in|at|(?:seat|town|city|village|county|constituency|region|province|state|port|suburb|district|borough)\s+of)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)`)
)

// namesPlace: s names a place with in or at, or as "the seat of X" (not a month or weekday:
// "in January", nor an owner: "at Labour's conference").
func namesPlace(s string) bool {
	for _, m := range reInPlace.FindAllStringSubmatchIndex(s, -1) {
		rest := s[m[3]:]
		// "at Labour's conference" names the party's event, not a place.
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		if !reDayOrMonth.MatchString(s[m[2]:m[3]]) {
			return true
		}
	}
	return false
}

// reHappenedAt is "what happened in X?", "what has happened at X?": a
// place or an event ("what happened to X?" follows a story: storyLead).
var reHappenedAt = lazyre.New(`(?i)^what\s+(?:has\s+|had\s+)?happened\s+(?:in|at|during)\s+(\S.*)$`)

// happenedSubject is the X of "what happened at X?", or "".
func happenedSubject(question string) string {
	if m := reHappenedAt.FindStringSubmatch(cleanQuestion(question)); m != nil {
		return m[1]
	}
	return ""
}

// happenedEvent: the X of "what happened at X?" is an event ("the Houston
// hearing", "the summit"), whose story's lede tells what happened, not a
// place or body ("Wiltshire", "the Court of Appeal on the ban"), where a
// sentence sets an act. Its head is the last word before a qualifier.
func happenedEvent(subj string) bool {
	head := reQualifier.Split(stripArticle(subj), 2)[0]
	w := strings.Fields(head)
	return len(w) > 0 && unicode.IsLower([]rune(w[len(w)-1])[0])
}

// reQualifier starts what qualifies a subject: "the court on the ban".
var reQualifier = lazyre.New(`\s+(?:on|over|about|for|into|against|with)\s+`)

// reEventVerb is a verb in the past or perfect telling an act, not a verb
// of saying: "arrested", "has ruled", "threw", "won".
var reEventVerb = lazyre.New(`(?i)\b(?:\p{L}{3,}ed|won|lost|threw|fell|rose|broke|began|went|came|gave|took|told|heard|held|left|met|ran|saw|sent|shut|struck|stood|fought|caught|sold|bought|paid|led|found|made|brought|quit|hit|cut|set)\b`)

// tellsEvent: s tells an act, in a verb other than one of saying.
func tellsEvent(s string) bool {
	for _, m := range reEventVerb.FindAllString(s, -1) {
		switch strings.ToLower(m) {
		case "said", "added", "stated", "claimed", "reported", "asked", "quoted", "expected", "based", "called", "named", "told", "need", "agreed":
			continue
		}
		return true
	}
	return false
}

// countOf matches a figure counting noun: "2,500 jobs", "four more
// barristers". A count of people may name them by their part in the story:
// "how many people" is answered by "4,000 supporters".
func countOf(noun string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:\d[\d,.]*|` + numberWords + `)\s+(?:[\p{L}-]+\s+){0,2}` + nounAlt(noun) + `\b`)
}

// nounAlt is the pattern of noun's forms (any people noun for one of
// them).
func nounAlt(noun string) string {
	n := singular(strings.ToLower(noun))
	if peopleNouns[n] {
		return `(?:` + strings.Join(slices.Sorted(maps.Keys(peopleNouns)), "|") + `)s?`
	}
	return pluralAlt(n)
}

// pluralAlt is the pattern of a singular noun and its plural: "fox" and
// "foxes", "company" and "companies", "job" and "jobs".
func pluralAlt(n string) string {
	if r := []rune(n); len(r) > 2 && r[len(r)-1] == 'y' && !strings.ContainsRune("aeiou", r[len(r)-2]) {
		return regexp.QuoteMeta(string(r[:len(r)-1])) + `(?:y|ies)`
	}
	return regexp.QuoteMeta(n) + `(?:es|s)?`
}

// peopleNouns name people by their part in a story (singular forms).
var peopleNouns = map[string]bool{"people": true, "person": true, "supporter": true, "protester": true, "demonstrator": true,
	"campaigner": true, "activist": true, "member": true, "worker": true, "employee": true, "resident": true, "voter": true,
	"fan": true, "spectator": true, "visitor": true, "delegate": true, "rebel": true, "pupil": true, "student": true,
	"patient": true, "passenger": true, "customer": true, "follower": true, "marcher": true, "striker": true, "monitor": true}

// reAskManyNoun is the noun a how-many question counts: "how many jobs".
var reAskManyNoun = lazyre.New(`(?i)^how\s+many\s+(\p{L}{3,})`)

// numberWords are counts written out.
const numberWords = `(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|hundreds|thousands)`

// reInYear is a year a plan is dated by: "in 2008", "by 2012".
// reAhead: a sentence telling something to come.
var reAhead = lazyre.New(`(?i)\b(?:will|would|shall|could|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|planned|likely)?\s*to\s+\p{Ll}+|plans?|planned|aims?|hopes?|intends?|expects?|next)\b`)

var reInYear = lazyre.New(`\b(?:in|by|from|until|before|after)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d{2}\b`)

// hasVerbNotNoun is hasVerb without the forms a determiner makes a noun:
// "an easy issue", "the cuts" are not "issued", "cutting". Past forms are
// verbs whatever comes before ("the cards issued").
func hasVerbNotNoun(s string, forms []string) bool {
	words := strings.Fields(strings.TrimSpace(normWords(s)))
	for i, w := range words {
		if !slices.Contains(forms, w) {
			continue
		}
		if strings.HasSuffix(w, "ed") || isIrregularPast(w) {
			return true
		}
		// "the cuts", "an easy issue" (a determiner, perhaps an adjective
		// between); "the council cuts" keeps its verb.
		noun := i >= 1 && reDeterminer.MatchString(words[i-1]) ||
			i >= 2 && reDeterminer.MatchString(words[i-2]) && reAdjective.MatchString(words[i-1])
		if !noun {
			return true
		}
	}
	return false
}

// reAdjective is a word shaped like an adjective: "easy", "major",
// "controversial", "latest".
var reAdjective = lazyre.New(`^(?:\p{L}+(?:y|al|ous|ive|ful|ent|ant|ic|ble|est|ior)|new|big|key|major|first|last|next|fresh|further)$`)

// reDeterminer is a word that makes the next word or the one after a noun.
var reDeterminer = lazyre.New(`^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|any|no|every|of)$`)

// reAskHowLong is "how long will X last/take/run?" (the verb, if the
// question ends with one); reDuration a stretch of time.
var (
	reAskHowLong = lazyre.New(`(?i)^how\s+long\s+(?:will|would|is|are|does|do|did|was|could|might)\b.*?(?:\s(last|take|run|go\s+on|continue|stay|remain))?$`)
	reDuration   = lazyre.New(`(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|(?:a\s+)?couple\s+of)\s+(?:more\s+|further\s+)?(?:hours?|days?|weeks?|months?|years?)\b`)
)

// hasVerbNotTime is hasVerb without a form that opens a time ("last
// summer", "last week"): that "last" is not the verb of "how long will it
// last?".
func hasVerbNotTime(s string, forms []string) bool {
	words := strings.Fields(strings.TrimSpace(normWords(s)))
	for i, w := range words {
		if slices.Contains(forms, w) && (i+1 == len(words) || !reTimeWord.MatchString(words[i+1])) {
			return true
		}
	}
	return false
}

// reTimeWord is a word naming a stretch or point of time.
var reTimeWord = lazyre.New(`^(?:week|weeks|weekend|month|months|year|years|night|time|season|summer|winter|spring|autumn|term|day|days|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$`)

// reAskMuch: a question for an amount.
var reAskMuch = lazyre.New(`(?i)^how\s+much\b`)

// reAskMuchDid is "how much did Harlow pay for X", "how much has the
// council borrowed": the verb after a named or described subject.
var reAskMuchDid = lazyre.New(`^(?i:how\s+much)\s+(?i:did|does|do|will|has|have|had|would|could)\s+(?:(?:the|a|its|their)\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+)+(?:be\s+|been\s+)?(\p{Ll}{3,})(?:\s+to\s+(\p{Ll}{3,}))?\b`)

// muchVerb is the verb of a "how much did X VERB" question ("how much
// could X be fined": the participle), "" for none;
// of "agree to pay", "plan to raise" the verb after "to".
func muchVerb(q string) string {
	q = strings.TrimRight(strings.TrimSpace(q), "?")
	loc := reAskMuchDid.FindStringSubmatchIndex(q)
	if loc == nil {
		return ""
	}
	m := reAskMuchDid.FindStringSubmatch(q)
	// A verb is followed by its object or a preposition, or ends the
	// question: "the Borders council borrowed" has a noun first.
	if next, _, _ := strings.Cut(strings.TrimSpace(q[loc[1]:]), " "); next != "" && !afterVerb[strings.ToLower(next)] {
		return ""
	}
	v := cmp.Or(m[2], m[1])
	if stopwords[strings.ToLower(v)] {
		return ""
	}
	return v
}

// reAskVerbing: "how much is X suing for", "how many jobs is X cutting":
// a figure asked of an action.
var reAskVerbing = lazyre.New(`(?i)\b\p{Ll}{2,}ing\b`)

// inArticleAnswer is the sentence of an article holding the question's
// words that holds what need asks for, scored by the question's words in
// the sentence, its paragraph so far and its headline. It must hold at
// least two of them (one for a one-word question) and half, and one of
// them in the sentence or its paragraph.
func (s *Service) inArticleAnswer(ctx context.Context, terms []string, cover map[int64]map[string]bool, need func(string) bool) (newsbot.Passage, bool, error) {
	if need == nil || len(terms) == 0 {
		return newsbot.Passage{}, false, nil
	}
	ids := byCoverage(cover)
	floor := max(min(2, len(terms)), (len(terms)+1)/2)
	// A lower-case word of the question counts in any of its forms: "sues"
	// and "sued" hold "suing".
	forms := make([][]string, len(terms))
	for i, t := range terms {
		if r := []rune(t); len(r) > 2 && unicode.IsLower(r[0]) {
			forms[i] = anyForms(t)
		}
	}
	holds := func(s string, i int) bool {
		return termScore(s, terms[i:i+1]) > 0 || forms[i] != nil && hasVerb(s, forms[i])
	}
	var best newsbot.Passage
	var bestKey [4]int
	for _, id := range ids[:tiedTop(ids, cover, 4, 8)] {
		if len(cover[id]) < floor {
			break
		}
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", id, err)
		}
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
		whole := 0
		for i := range terms {
			if holds(a.Title+"\n\n"+a.Text, i) {
				whole++
			}
		}
		for _, para := range strings.Split(a.Text, "\n\n") {
			held, inPara := map[string]bool{}, map[string]bool{}
			for i, t := range terms {
				if holds(a.Title, i) {
					held[t] = true
				}
			}
			for _, sp := range text.Sentences(para) {
				for i, t := range terms {
					if holds(sp.Text, i) {
						held[t], inPara[t] = true, true
					}
				}
				// An article holding every word of the question may name the
				// subject in full in another paragraph ("the Prevention of
				// Terrorism Bill") and here only by what is asked about
				// ("Wednesday's vote in the Commons").
				if len(inPara) == 0 || len(held) < floor && (len(held) < 2 || whole < len(terms)) || !need(sp.Text) {
					continue
				}
				own := 0
				for i := range terms {
					if holds(sp.Text, i) {
						own++
					}
				}
				// Of sentences as well placed, the one in the article
				// holding more of the question, then the one holding more
				// itself, then the newer.
				k := [4]int{len(held), whole, own, int(a.Published.Unix() / 86400)}
				if slices.Compare(k[:], bestKey[:]) > 0 {
					best, bestKey = newsbot.Passage{Article: ref, Text: strings.TrimSpace(sp.Text)}, k
				}
			}
		}
	}
	return best, bestKey[0] > 0, nil
}

// reAskWhatIs is "what is the X?", "what's the new X": a thing asked for
// by its kind ("the slogan", "the plan").
var reAskWhatIs = lazyre.New(`(?i)^what(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+)?(\S+)`)

// notThing are words after "what is" that ask about something other than
// a thing by its kind: "what is in the plan", "what is happening".
var notThing = map[string]bool{"in": true, "on": true, "at": true, "about": true, "with": true, "for": true, "behind": true,
	"happening": true, "going": true, "new": true, "next": true, "wrong": true, "up": true, "known": true, "left": true}

// asksThing: q is "what is the X?" for a thing by its kind, not a figure.
func asksThing(q string) bool {
	q = cleanQuestion(q)
	m := reAskWhatIs.FindStringSubmatch(q)
	return m != nil && !notThing[strings.ToLower(m[1])] && !reAskNumber.MatchString(q)
}

// headlineLead answers "what is the X?" from the lead sentence of the
// article whose headline holds the question's words, when the sentence
// found holds fewer of them: "Party unveils election slogan" is told by its
// lead ("will campaign as 'the fair choice'"), which need not say
// "slogan".
func (s *Service) headlineLead(ctx context.Context, question string, terms []string, lead newsbot.Passage, cover map[int64]map[string]bool) (newsbot.Passage, bool, error) {
	if len(terms) < 2 || !asksThing(question) {
		return newsbot.Passage{}, false, nil
	}
	ids := byCoverage(cover)
	own := termScore(lead.Text, terms)
	if strings.EqualFold(strings.TrimSpace(lead.Text), strings.TrimSpace(lead.Article.Title)) {
		own = 0 // the headline itself, as a body opening with it gives it
	}
	for _, id := range ids[:min(len(ids), 4)] {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", id, err)
		}
		n := termScore(a.Title, terms)
		if n < len(terms) && (n < 3 || n < len(terms)-1) || n <= own {
			continue
		}
		for _, sp := range text.Sentences(a.Text) {
			t := strings.TrimSpace(sp.Text)
			if t == "" || strings.EqualFold(t, strings.TrimSpace(a.Title)) {
				continue // a body that opens with its headline
			}
			if t == strings.TrimSpace(lead.Text) && own > 0 {
				return newsbot.Passage{}, false, nil
			}
			ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
			return newsbot.Passage{Article: ref, Text: t}, true, nil
		}
	}
	return newsbot.Passage{}, false, nil
}

// tiedTop is how many of ids (ordered by coverage) to read: n, and those
// after that hold as many of the question's words as the nth, up to most:
// a story told in many reports leaves many tied, and the newest n of them
// need not hold the answer.
func tiedTop(ids []int64, cover map[int64]map[string]bool, n, most int) int {
	if len(ids) <= n {
		return len(ids)
	}
	k := n
	for k < len(ids) && k < most && len(cover[ids[k]]) == len(cover[ids[n-1]]) {
		k++
	}
	return k
}

// afterVerb are words that may follow the verb of a question: its object's
// determiner or a preposition.
var afterVerb = map[string]bool{"the": true, "a": true, "an": true, "for": true, "to": true, "in": true, "on": true, "from": true,
	"its": true, "their": true, "his": true, "her": true, "at": true, "with": true, "by": true, "over": true, "into": true, "out": true, "back": true}
