package summaries

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// Words that take a planned visit off the books. "instead of" counts only
// before the place ("will return to London instead of flying on to Addis
// Ababa"); the others anywhere in a sentence naming the place.
var (
	reOffWords = lazyre.New(`(?i)\b(?:postpon(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|pull(?:s|ed|ing)?\s+out\s+of|put\s+off|abandon(?:s|ed|ing)?|no\s+longer|rul(?:e|es|ed)\s+out|` +
		// "the Doha leg has been removed from the programme"
		`(?:remov(?:e|es|ed|ing)|dropp(?:ed|ing)|struck|taken)\s+(?:off\s+|from\s+)(?:the\s+|her\s+|his\s+|its\s+|their\s+)?(?:programme|program|itinerary|schedule|agenda|tour))\b`)
	// A stop struck from a schedule is always about the journey.
	reScheduleDrop = lazyre.New(`(?i)\b(?:remov(?:e|es|ed|ing)|dropp(?:ed|ing)|struck|taken)\s+(?:off\s+|from\s+)(?:the\s+|her\s+|his\s+|its\s+|their\s+)?(?:programme|program|itinerary|schedule|agenda|tour)\b`)
	reInstead      = lazyre.New(`(?i)\binstead\s+of\b`)
)

// offReport finds a stored sentence, from coverage no older than the plan
// and published before its day was over, saying that a planned visit was
// postponed or called off, when extraction kept the plan as scheduled. The
// sentence must name the place and come from an article that names the
// traveller (by surname). It is shown as it is, with its source: the answer must not
// state a plan the newer coverage doubts.
func (s *Service) offReport(ctx context.Context, v legView) (newsbot.Passage, bool, error) {
	return s.offReportAsOf(ctx, v, time.Time{})
}

// windowSearcher is a store that can search the reports of a window of
// publication dates without ranking the archive's matches (package store
// can): at a million articles, bm25 over a common place name was most of a
// digest's time.
type windowSearcher interface {
	SearchPassagesBetween(ctx context.Context, query string, from, to time.Time, limit int) ([]newsbot.Passage, error)
}

// passagesBetween is the reports holding every word of query published in
// [from, to) (zero bounds are open) when the store can search a window;
// otherwise any matches, which the caller filters by date as it must
// anyway.
func (s *Service) passagesBetween(ctx context.Context, query string, from, to time.Time, limit int) ([]newsbot.Passage, error) {
	if ws, ok := s.Store.(windowSearcher); ok {
		return ws.SearchPassagesBetween(ctx, query, from, to, limit)
	}
	return s.Store.SearchPassages(ctx, query, limit)
}

// before is the earlier of two bounds, a zero one being no bound.
func before(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

// offReportAsOf is offReport over coverage published before asOf (all of it
// when asOf is zero): a diary for a past day must not know what came later.
func (s *Service) offReportAsOf(ctx context.Context, v legView, asOf time.Time) (newsbot.Passage, bool, error) {
	t := v.leg.Trip
	if t.Status == newsbot.StatusCancelled || t.Status == newsbot.StatusDone || t.Status == newsbot.StatusUnderway {
		return newsbot.Passage{}, false, nil
	}
	place := strings.TrimSpace(cmp.Or(t.Place, t.Country))
	surname := lastWord(t.Traveler)
	if place == "" || surname == "" || len(v.leg.Sources) == 0 {
		return newsbot.Passage{}, false, nil
	}
	first := v.leg.Sources[0].Published
	for _, r := range v.leg.Sources {
		if r.Published.Before(first) {
			first = r.Published
		}
	}
	// Articles naming both the traveller and the place, from the plan's
	// first report to its day; the store shows one sentence of each, so
	// the others are read too.
	ps, err := s.passagesBetween(ctx, surname+" "+place, first, asOf, 10)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("reports on %s in %s: %w", surname, place, err)
	}
	slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	read := 0
	for _, p := range ps {
		if p.Article.Published.Before(first) || !asOf.IsZero() && !p.Article.Published.Before(asOf) {
			continue
		}
		if v.gran != granNone && !civil(p.Article.Published, s.loc()).Before(v.end) {
			continue // after the day: another trip
		}
		if offSentence(p.Text, place) {
			return p, true, nil
		}
		if read++; read > 3 {
			break
		}
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("reports on %s in %s: article %d: %w", surname, place, p.Article.ID, err)
		}
		for _, sp := range text.Sentences(art.Text) {
			if offSentence(sp.Text, place) {
				return newsbot.Passage{Article: p.Article, Text: strings.TrimSpace(sp.Text)}, true, nil
			}
		}
	}
	return newsbot.Passage{}, false, nil
}

// offSentence: the sentence names the place and says its visit is off.
func offSentence(text, place string) bool {
	low, pl := strings.ToLower(text), strings.ToLower(place)
	at := strings.Index(low, pl)
	if at < 0 {
		return false
	}
	if loc := reInstead.FindStringIndex(low); loc != nil && loc[0] < at {
		return true
	}
	// Only a call-off of the journey or meeting itself: "the developer
	// could abandon the scheme in Leeds" casts no doubt on a visit there.
	return reScheduleDrop.MatchString(text) || trips.CallsOff(text, place)
}

// offLead words a plan that later coverage doubts, quoting that coverage.
func (s *Service) offLead(v legView, p newsbot.Passage) string {
	t := v.leg.Trip
	lead := fmt.Sprintf("%s was scheduled to visit %s", t.Traveler, cmp.Or(t.Place, t.Country))
	if v.dated() {
		lead += " on " + longDate(local(v.start, s.loc()))
	}
	return lead + ", but later coverage says the visit was postponed or called off: “" +
		strings.TrimSpace(p.Text) + "” (" + s.cite(p.Article) + ")"
}

// What a question asks for, and whether a sentence has it: a figure for
// "how many", a date for "when". Among sentences sharing as many of the
// question's words, the one holding the answer goes first.
var (
	reAskNumber = lazyre.New(`(?i)^(?:how\s+(?:much|many|big|large|high|long|far)|what\s+(?:is|was|were|are|'s)\s+the\s+(turnout|number|amount|size|cost|price|fine|figure|total|share|percentage|rate|sum|value|margin|majority|result|tally|bill)\b)`)
	reNumber    = lazyre.New(`(?i)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|quarter)\b`)
	reAskWhen   = lazyre.New(`(?i)^when\b`)
	reDigit     = lazyre.New(`\d`)
	reCalDate   = lazyre.New(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{1,2}(?:st|nd|rd|th)?\s+)?` + monthRe + `\b|\b` + monthRe + `\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b`)
	reRelDate   = lazyre.New(`(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday|(?:next|this|last)\s+(?:week|month|year)|` + monthRe + `)\b`)
)

func answerScore(question, text string) int {
	q := cleanQuestion(question)
	switch {
	case reAskNumber.MatchString(q):
		if reNumber.MatchString(text) {
			return 1
		}
	case reAskWhen.MatchString(q):
		if reCalDate.MatchString(text) {
			return 2
		}
		if reRelDate.MatchString(text) {
			return 1
		}
	}
	return 0
}

// rankInContext orders passages by the question's words they hold, then
// by whether they hold what the question asks for, then by how many of the
// question's words their article holds (title included): "how many members
// voted for the bus strike?" wants the members' vote from the bus story,
// not from another strike story that shares the sentence's words. It
// returns, for each article seen, the question's words it holds.
func (s *Service) rankInContext(ctx context.Context, ps []newsbot.Passage, terms []string, question string) (map[int64]map[string]bool, error) {
	cover := map[int64]map[string]bool{}
	add := func(id int64, t string) {
		if cover[id] == nil {
			cover[id] = map[string]bool{}
		}
		cover[id][strings.ToLower(t)] = true
	}
	for _, p := range ps {
		for _, t := range terms {
			if termScore(p.Article.Title+" "+p.Text, []string{t}) > 0 {
				add(p.Article.ID, t)
			}
		}
	}
	for _, t := range terms[:min(len(terms), 6)] {
		more, err := s.Store.SearchPassages(ctx, t, 50)
		if err != nil {
			return nil, fmt.Errorf("ask: search passages %q: %w", t, err)
		}
		for _, p := range more {
			add(p.Article.ID, t)
		}
	}
	var names []string
	for _, t := range terms {
		if r := []rune(t); len(r) > 0 && unicode.IsUpper(r[0]) {
			names = append(names, t)
		}
	}
	type key struct{ year, verb, subj, term, name, fig, ans, near, art int }
	years := askedYears(question)
	ks := make([]key, len(ps))
	idx := make([]int, len(ps))
	when := reAskWhen.MatchString(cleanQuestion(question))
	forms, subject := verbForms(questionVerb(question)), questionSubject(question)
	// "how much did X pay?": the verb counts only with its subject; another
	// party paying ("agreeing to pay 260bn roubles") is no answer.
	howMuch := reHowMuchVerb.MatchString(strings.TrimSpace(question))
	for i := range ps {
		// Of sentences sharing as many words, the one holding more of the
		// question's names wins: "Lisbon ... plan" must not beat "Harwood
		// ... Lisbon" for "when does Harwood play in Lisbon?".
		ks[i] = key{yearFit(ps[i].Text, years), 0, 0, termScore(ps[i].Text, terms), termScore(ps[i].Text, names), 0, answerScore(question, ps[i].Text), 0, len(cover[ps[i].Article.ID])}
		if when && dateNearTerm(ps[i].Text, terms) {
			ks[i].near = 1
		}
		if len(forms) > 0 && hasVerb(ps[i].Text, forms) && (!howMuch || subjectOfVerb(ps[i].Text, subject, forms)) {
			// "what has X offered?" is answered by the sentence with the
			// verb, and best by the one with the figures.
			ks[i].verb = 1
			if subjectOfVerb(ps[i].Text, subject, forms) {
				// Of the sentences with the verb, the one whose subject is
				// the question's tells what it did.
				ks[i].subj = 1
			}
			if reDigit.MatchString(ps[i].Text) {
				ks[i].fig = 1
			}
		}
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(ks[b].year, ks[a].year), cmp.Compare(ks[b].verb, ks[a].verb), cmp.Compare(ks[b].subj, ks[a].subj), cmp.Compare(ks[b].term, ks[a].term), cmp.Compare(ks[b].name, ks[a].name), cmp.Compare(ks[b].fig, ks[a].fig),
			cmp.Compare(ks[b].ans, ks[a].ans), cmp.Compare(ks[b].near, ks[a].near), cmp.Compare(ks[b].art, ks[a].art))
	})
	sorted := make([]newsbot.Passage, len(ps))
	for i, j := range idx {
		sorted[i] = ps[j]
	}
	copy(ps, sorted)
	return cover, nil
}

// reYearWord is a year as copy and questions write it.
var reYearWord = lazyre.New(`\b(?:1[89]|20)\d\d\b`)

// askedYears are the years a question names ("how much did output grow
// in 2025?").
func askedYears(question string) []string {
	return reYearWord.FindAllString(question, -1)
}

// yearFit: 1 when text names a year the question asks about, -1 when it
// names only other years (the forecast for 2026 is no answer for 2025),
// 0 when it names none or the question none.
func yearFit(text string, years []string) int {
	if len(years) == 0 {
		return 0
	}
	in := reYearWord.FindAllString(text, -1)
	if len(in) == 0 {
		return 0
	}
	for _, y := range in {
		if slices.Contains(years, y) {
			return 1
		}
	}
	return -1
}

// dateNearTerm: a date in text follows one of terms closely ("the talks in
// Kisumu on Thursday"), so it dates what the question names rather than
// something else the sentence tells ("release the boats by Saturday").
func dateNearTerm(text string, terms []string) bool {
	for _, m := range append(reCalDate.FindAllStringIndex(text, -1), reRelDate.FindAllStringIndex(text, -1)...) {
		before := strings.ToLower(text[max(0, m[0]-24):m[0]])
		if strings.ContainsAny(before, ",;") {
			before = before[strings.LastIndexAny(before, ",;")+1:]
		}
		for _, t := range terms {
			if t = strings.ToLower(t); len(t) > 2 && strings.Contains(before, t) {
				return true
			}
		}
	}
	return false
}

// answerSentence looks inside the articles holding most of the question's
// words for the sentence with what it asks for (a figure, a date), when the
// sentence search found does not have it: full-text search ranks articles,
// and the sentence it shows holds the question's words, not the answer.
// The sentence must hold at least min(2, len(terms)) of the words, as many
// as the passage it replaces less one.
func (s *Service) answerSentence(ctx context.Context, question string, terms []string, lead newsbot.Passage, cover map[int64]map[string]bool) (newsbot.Passage, bool, error) {
	ids := make([]int64, 0, len(cover))
	for id := range cover {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		return cmp.Or(cmp.Compare(len(cover[b]), len(cover[a])), cmp.Compare(b, a))
	})
	if len(ids) > 0 && len(cover[ids[0]]) < min(2, len(terms)) {
		return newsbot.Passage{}, false, nil
	}
	need := max(min(2, len(terms)), termScore(lead.Text, terms)-1)
	focus := ""
	if m := reAskNumber.FindStringSubmatch(cleanQuestion(question)); m != nil {
		// "what was the turnout in the ballot?": a sentence with the
		// figure and the word asked for, in an article holding the rest.
		focus = strings.ToLower(m[1])
	}
	if m := reAskManyNoun.FindStringSubmatch(cleanQuestion(question)); m != nil && focus == "" {
		// "how many jobs could go at the plant?": the figure counting
		// the noun ("2,000 jobs ... may be cut"), in an article holding
		// the rest ("the Longbridge plant").
		focus = strings.ToLower(m[1])
	}
	var best newsbot.Passage
	bestKey := [2]int{}
	for _, id := range ids[:min(len(ids), 3)] {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", id, err)
		}
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
		needHere := need
		if len(cover[id]) == len(terms) && len(terms) > 1 {
			// The article holds every word of the question: the figure
			// may sit in a sentence with half of them ("more than 640
			// patients were waiting" for "how many patients were on
			// trolleys?").
			needHere = min(need, (len(terms)+1)/2)
		}
		for _, sp := range text.Sentences(a.Text) {
			ts, as := termScore(sp.Text, terms), answerScore(question, sp.Text)
			if as == 0 || ts < needHere && (focus == "" || termScore(sp.Text, []string{focus}) == 0) {
				continue
			}
			if k := [2]int{ts, as}; k[0] > bestKey[0] || k[0] == bestKey[0] && k[1] > bestKey[1] {
				best, bestKey = newsbot.Passage{Article: ref, Text: strings.TrimSpace(sp.Text)}, k
			}
		}
	}
	return best, bestKey[0] > 0, nil
}

// travellingHolder: of the people a title names, none of whom is stored
// under that name, the only one with stored legs (at place, when asked).
func (s *Service) travellingHolder(ctx context.Context, role, place string) (newsbot.PersonRecord, bool, error) {
	people, err := s.Store.FindPeople(ctx, role, 2)
	if err != nil {
		return newsbot.PersonRecord{}, false, fmt.Errorf("find people %q: %w", role, err)
	}
	if len(people) > 0 {
		return newsbot.PersonRecord{}, false, nil
	}
	hs, err := s.roleHolders(ctx, role, 5)
	if err != nil || len(hs) < 2 {
		return newsbot.PersonRecord{}, false, err
	}
	var moving []newsbot.PersonRecord
	for _, h := range hs {
		legs, err := s.Store.Legs(ctx, newsbot.LegFilter{Traveler: h.person.Name, IncludeUndated: true, Limit: 200})
		if err != nil {
			return newsbot.PersonRecord{}, false, fmt.Errorf("legs of %q: %w", h.person.Name, err)
		}
		if slices.ContainsFunc(legs, func(l newsbot.Leg) bool { return place == "" || placeMatches(l.Trip, place) }) {
			moving = append(moving, h.person)
		}
	}
	if len(moving) == 1 {
		return moving[0], true, nil
	}
	return newsbot.PersonRecord{}, false, nil
}

// weekOf reads "this week", "next week" and "last week" as the civil days
// [from, to) of a Monday-to-Sunday week.
func weekOf(text string, today time.Time) (time.Time, time.Time, bool) {
	var shift int
	switch strings.ToLower(strings.Join(strings.Fields(text), " ")) {
	case "this week":
	case "next week":
		shift = 7
	case "last week":
		shift = -7
	default:
		return time.Time{}, time.Time{}, false
	}
	monday := addDays(today, -((int(today.Weekday())+6)%7)+shift)
	return monday, addDays(monday, 7), true
}

// whereInWeek: the legs of a traveller that overlap a week, in order.
func (s *Service) whereInWeek(ctx context.Context, p newsbot.PersonRecord, vs []legView, from, to, today time.Time, span string) (Answer, error) {
	var in []legView
	long := to.Sub(from) > 8*24*time.Hour
	for _, v := range vs {
		// A month-long leg says little of one week; of a month or a year
		// asked about, it is part of the answer.
		if v.gran != granNone && v.start.Before(to) && from.Before(v.end) && (long || v.gran != granYear && v.gran != granMonth) {
			in = append(in, v)
		}
	}
	if len(in) == 0 {
		a := Answer{Lead: fmt.Sprintf("I have no travel stored for %s %s.", p.Name, span)}
		if p.ID == 0 {
			// "where is Reyse this week?": a misspelt name.
			return s.suggested(ctx, a, p.Name)
		}
		if len(vs) > 0 {
			a.Lead += fmt.Sprintf(" Stored travel for %s: %s.", p.Name, placeList(vs))
			for _, v := range vs[:min(len(vs), 5)] {
				a.Items = append(a.Items, s.legItem(v))
			}
		}
		return a, nil
	}
	var parts []string
	var offs []Item
	for _, v := range in {
		if len(in) > 1 {
			// A week of legs reads as a list: each says what became of it
			// and cites the report; the sentences are the items.
			lead, p, err := s.weekLegLead(ctx, v, today)
			if err != nil {
				return Answer{}, err
			}
			parts = append(parts, lead)
			if p != nil {
				offs = append(offs, s.passageItem(*p))
			}
			continue
		}
		lead, off, err := s.legLead(ctx, v, today)
		if err != nil {
			return Answer{}, err
		}
		parts = append(parts, lead)
		if off != nil {
			offs = append(offs, s.passageItem(*off))
		}
	}
	a := Answer{Lead: strings.Join(parts, "; then "), Sources: in[0].leg.Sources}
	a.Items = append(offs, s.evidenceItems(in)...)
	return a, nil
}

// legLead says a leg in one sentence, or, when later coverage says the
// visit is off, that; off is that coverage.
// weekLegLead is legLead without the quoted sentence, for a list of legs:
// "Monday 23 November 2026: X was in Nairobi (meets Y), according to Dublin
// Wire, Mon 23 Nov 2026". The sentence that says so is returned to show as
// an item.
func (s *Service) weekLegLead(ctx context.Context, v legView, today time.Time) (string, *newsbot.Passage, error) {
	t := v.leg.Trip
	place := cmp.Or(t.Place, t.Country)
	day := ""
	if v.dated() {
		day = longDate(local(v.start, s.loc())) + ": "
	}
	if p, ok, err := s.offReport(ctx, v); err != nil {
		return "", nil, err
	} else if ok {
		off := " was postponed or called off" // the report's own words are the item
		if rePostponed.MatchString(p.Text) {
			off = offWords(p.Text)
		}
		return fmt.Sprintf("%s%s's visit to %s%s, according to %s", day, t.Traveler, place, off, s.cite(p.Article)), &p, nil
	}
	if p, ok, err := s.seenThere(ctx, v, today); err != nil {
		return "", nil, err
	} else if ok {
		lead := fmt.Sprintf("%s%s was in %s", day, t.Traveler, place)
		if w := legWhat(t); w != "visit" && !strings.Contains(strings.ToLower(w), strings.ToLower(place)) {
			lead += " (" + w + ")"
		}
		return lead + ", according to " + s.cite(p.Article), &p, nil
	}
	return s.legSentence(v, today), nil, nil
}

func (s *Service) legLead(ctx context.Context, v legView, today time.Time) (lead string, off *newsbot.Passage, err error) {
	p, ok, err := s.offReport(ctx, v)
	if err != nil {
		return "", nil, err
	}
	if ok {
		return s.offLead(v, p), &p, nil
	}
	if p, ok, err := s.seenThere(ctx, v, today); err != nil {
		return "", nil, err
	} else if ok {
		return s.seenLead(v, p), nil, nil
	}
	return s.legSentence(v, today), nil, nil
}

// rePlanWords mark a sentence that tells a plan or its undoing, not a
// visit made: "will", "is due to", "postponed", "instead of travelling".
var rePlanWords = lazyre.New(`(?i)\b(?:will|would|shall|is\s+due|are\s+due|was\s+due|had\s+been|plans?|planned|planning|expected|scheduled|set\s+to|to\s+visit|to\s+travel|postpon\w*|cancel\w*|called\s+off|instead|scrapp\w*|delay\w*|not|never|no)\b`)

// reCapWord is a capitalised word after the first: a name or a title.
var reCapWord = lazyre.New(`(\s)\p{Lu}[\p{L}'’-]*`)

// withoutTitles is text without its capitalised words after the first,
// so "Planning Minister Farhana Rahman" does not read as a plan.
func withoutTitles(text string) string {
	return reCapWord.ReplaceAllString(rePlannedThing.ReplaceAllString(text, " "), "$1")
}

// rePlannedThing is "planned" describing a thing, not a plan of the
// traveller's: "Mexico's planned steel tariff", "the planned merger".
var rePlannedThing = lazyre.New(`(?i)(?:\b(?:the|a|an|its|their|his|her|our)|['’]s)\s+planned\b`)

// actedAt: text tells something done at place, the verb right before it
// ("a deal signed in Manila on Tuesday"), so a plan word elsewhere in the
// sentence ("Japan will supply ...") is about something else. Not when the
// verb is a plan's ("to be signed in Manila").
func actedAt(text, place string) bool {
	re, err := regexp.Compile(`(?i)\b(?:(\w+)\s+)?(?:\w{3,}ed|met|held|signed|spoke|gave|took|told|said|toured|opened|unveiled|won|led|made)\s+(?:\S+\s+){0,3}?(?:in|at)\s+` + regexp.QuoteMeta(place) + `\b`)
	if err != nil {
		return false
	}
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		switch strings.ToLower(m[1]) {
		case "be", "been", "being", "to", "will", "would", "not", "never":
		default:
			return true
		}
	}
	return false
}

// reMetPast: a meeting told as held.
var reMetPast = lazyre.New(`(?i)\b(?:met|held\s+talks|hosted|had\s+talks|sat\s+down)\b`)

// rePastAct is a verb of something done: "signed", "held talks", "met".
var rePastAct = lazyre.New(`(?i)\b(?:\w{3,}ed|met|held|spoke|told|said|says|gave|took|laid|shook|sat|flew|went|arrived|visited|signed|toured|opened|unveiled)\b`)

// seenThere: a scheduled leg whose day has passed, shown done by coverage
// published from that day to two days after: a sentence naming the
// traveller and the place, telling something done there ("Chile and New
// Zealand signed a memorandum in Wellington on Wednesday, as ... Valentina
// Orrego and ... pledged ..."), with no plan or call-off in it.
func (s *Service) seenThere(ctx context.Context, v legView, today time.Time) (newsbot.Passage, bool, error) {
	return s.seenThereAsOf(ctx, v, today, time.Time{})
}

// seenThereAsOf is seenThere reading only reports published before asOf
// (when not zero): a past day's digest knows no later coverage.
func (s *Service) seenThereAsOf(ctx context.Context, v legView, today, asOf time.Time) (newsbot.Passage, bool, error) {
	t := v.leg.Trip
	if t.Status != newsbot.StatusScheduled || !v.dated() || v.start.After(today) || t.Place == "" {
		return newsbot.Passage{}, false, nil
	}
	surname := lastWord(t.Traveler)
	nameRe, err1 := wordRe(surname)
	// "in Wellington": a place only named ("praised Nairobi's start-ups")
	// does not put the traveller there.
	placeRe, err2 := regexp.Compile(`(?i)\b(?:in|at)\s+` + regexp.QuoteMeta(t.Place) + `\b`)
	if surname == "" || err1 != nil || err2 != nil {
		return newsbot.Passage{}, false, nil
	}
	ps, err := s.passagesBetween(ctx, surname+" "+t.Place, local(v.start, s.loc()), before(local(addDays(v.start, 3), s.loc()), asOf), 20)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("search passages %q: %w", surname+" "+t.Place, err)
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return x.Article.Published.Compare(y.Article.Published) })
	for _, p := range ps {
		d := civil(p.Article.Published, s.loc())
		if !asOf.IsZero() && !p.Article.Published.Before(asOf) {
			continue
		}
		if d.Before(v.start) || d.After(addDays(v.start, 2)) {
			continue
		}
		if nameRe.MatchString(p.Text) && placeRe.MatchString(p.Text) && rePastAct.MatchString(p.Text) &&
			(!rePlanWords.MatchString(withoutTitles(p.Text)) || actedAt(p.Text, t.Place)) &&
			!datesOtherDay(p.Text, p.Article.Published, v.start) {
			return p, true, nil
		}
	}
	// "Harcourt, who met Okonjo on Tuesday": the one the traveller was to
	// meet says they met, on the leg's day, without naming the place.
	day := v.start.Format(time.DateOnly)
	for _, c := range t.Counterparts {
		other := lastWord(c)
		otherRe, err := wordRe(other)
		if other == "" || err != nil {
			continue
		}
		ps, err := s.passagesBetween(ctx, surname+" "+other, local(v.start, s.loc()), before(local(addDays(v.start, 8), s.loc()), asOf), 20)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("search passages %q: %w", surname+" "+other, err)
		}
		for _, p := range ps {
			d := civil(p.Article.Published, s.loc())
			if !asOf.IsZero() && !p.Article.Published.Before(asOf) {
				continue
			}
			if d.Before(v.start) || d.After(addDays(v.start, 7)) || !nameRe.MatchString(p.Text) || !otherRe.MatchString(p.Text) ||
				!reMetPast.MatchString(p.Text) || rePlanWords.MatchString(withoutTitles(p.Text)) {
				continue
			}
			for _, tx := range timex.Tag(p.Text, p.Article.Published) {
				if tx.Type == "DATE" && tx.Value == day {
					return p, true, nil
				}
			}
		}
	}
	return newsbot.Passage{}, false, nil
}

// datesOtherDay: the sentence dates what it tells to a day other than day
// ("in Wellington on Wednesday" does not show her there on Tuesday).
func datesOtherDay(sentence string, published, day time.Time) bool {
	want := day.Format(time.DateOnly)
	for _, tx := range timex.Tag(sentence, published) {
		if tx.Type == "DATE" && len(tx.Value) == len(want) && tx.Value != want {
			return true
		}
	}
	return false
}

// seenLead words a planned visit that later coverage shows made.
func (s *Service) seenLead(v legView, p newsbot.Passage) string {
	t := v.leg.Trip
	lead := fmt.Sprintf("%s: %s was in %s", longDate(local(v.start, s.loc())), t.Traveler, t.Place)
	if w := legWhat(t); w != "visit" && !strings.Contains(strings.ToLower(w), strings.ToLower(t.Place)) {
		lead += " (" + w + ")"
	}
	return lead + ", according to " + s.cite(p.Article) + ": “" + strings.TrimSpace(p.Text) + "”"
}

// askVisitors: "who has been to PLACE?", "who is in PLACE this week?" —
// the travellers whose stored legs are there (in the asked week or on the
// asked day), oldest first; visits later coverage calls off are left out.
func (s *Service) askVisitors(ctx context.Context, q Question) (Answer, error) {
	legs, err := s.Store.Legs(ctx, newsbot.LegFilter{IncludeUndated: true, Limit: 2000})
	if err != nil {
		return Answer{}, fmt.Errorf("ask who visits %q: %w", q.Place, err)
	}
	today := s.today()
	var from, to time.Time
	window := ""
	if f, t, l, ok := resolvePeriod(q.DateText, q.Tense, today); ok {
		from, to, window = f, t, " "+l
	}
	var all []legView
	for _, l := range legs {
		if placeMatches(l.Trip, q.Place) {
			all = append(all, viewLeg(l))
		}
	}
	// Reports of one visit agree first (a plan moved a day, a call-off),
	// then the window applies.
	var at []legView
	for _, v := range reconcileLegs(dedupeLegs(all)) {
		if v.leg.Trip.Status == newsbot.StatusCancelled {
			continue
		}
		if !from.IsZero() && (v.gran == granNone || !v.start.Before(to) || !from.Before(v.end)) {
			continue
		}
		if from.IsZero() && q.Tense != Past && !reAskedPast.MatchString(q.Text) && v.gran != granNone && v.end.Before(addDays(today, -7)) {
			// "who is going to Washington?" is not asking about March.
			continue
		}
		at = append(at, v)
	}
	var kept []legView
	var who []string
	for _, v := range at {
		if _, off, err := s.offReport(ctx, v); err != nil {
			return Answer{}, fmt.Errorf("ask who visits %q: %w", q.Place, err)
		} else if off {
			continue
		}
		if _, off := supersededBy(v, at); off {
			continue
		}
		kept = append(kept, v)
	}
	slices.SortStableFunc(kept, func(a, b legView) int { return a.start.Compare(b.start) })
	for i, v := range kept {
		// A plan whose day has come, reported held since.
		if _, ok, err := s.seenThere(ctx, v, today); err != nil {
			return Answer{}, fmt.Errorf("ask who visits %q: %w", q.Place, err)
		} else if ok {
			kept[i].leg.Trip.Status = newsbot.StatusDone
			v = kept[i]
		}
		t := v.leg.Trip
		when := coarseLabel(v)
		if v.dated() {
			when = longDate(local(v.start, s.loc()))
		}
		entry := t.Traveler + " (" + joinNonEmpty(", ", when, strings.TrimPrefix(statusNote(t.Status), " ")) + ")"
		entry = strings.ReplaceAll(entry, "(scheduled)", "scheduled")
		if !slices.Contains(who, entry) {
			who = append(who, entry)
		}
	}
	if len(kept) == 0 {
		lead := fmt.Sprintf("I have no stored travel to %s%s.", q.Place, window)
		if window == "" {
			// "Weber and Laine have confirmed they will attend" the
			// Tallinn summit: the copy names who goes where legs do not.
			items, err := s.placeSentences(ctx, q.Place)
			if err != nil {
				return Answer{}, fmt.Errorf("ask who visits %q: %w", q.Place, err)
			}
			if len(items) > 0 {
				return Answer{Lead: lead + " Stored sentences about travel there are below.", Items: items}, nil
			}
		}
		a, found, err := s.search(ctx, q.Text, q.Place)
		if err != nil {
			return Answer{}, err
		}
		if found && len(a.Items) > 0 {
			a.Lead, a.Sources = lead+" Stored sentences that mention it are below.", nil
			return a, nil
		}
		return Answer{Lead: lead}, nil
	}
	a := Answer{Lead: fmt.Sprintf("Stored travel to %s%s: %s", q.Place, window, joinAnd(who)), Sources: kept[0].leg.Sources}
	a.Items = s.evidenceItems(kept)
	return a, nil
}

// Meeting verbs between two names in one sentence, by whether the meeting
// happened or is planned; a negation between them says neither.
var (
	reMetVerb  = lazyre.New(`(?i)\b(?:met|meets|held\s+talks\s+with|holds\s+talks\s+with|talked\s+(?:to|with)|spoke\s+(?:to|with)|sat\s+down\s+with|hosted|received|welcomed|shook\s+hands\s+with)\b`)
	reMeetPlan = lazyre.New(`(?i)\b(?:will|is\s+to|are\s+to|due\s+to|expected\s+to|scheduled\s+to|set\s+to|plans\s+to|planning\s+to|hopes\s+to)\s+(?:also\s+)?(?:meet|hold\s+talks\s+with|talk\s+(?:to|with)|host|receive)\b`)
	// "had been due to meet": a plan the sentence itself says was not kept.
	reMeetUnkept = lazyre.New(`(?i)\b(?:had\s+been|was|were)\s+(?:due|expected|scheduled|set|supposed)\s+to\s+(?:meet|hold\s+talks\s+with)\b|\bwas\s+to\s+have\s+met\b|\bhad\s+(?:planned|hoped)\s+to\s+meet\b`)
	// "will not meet", "cancelled her meeting with": a meeting called off.
	reMeetOff   = lazyre.New(`(?i)\b(?:(?:will|would|did|does|do|could|can|is|are)\s+(?:now\s+)?not\s+(?:now\s+|be\s+)?(?:meet(?:ing)?|see(?:ing)?|hold(?:ing)?\s+talks\s+with)|(?:won't|wo\s*n't|didn't|doesn't|can't|cannot)\s+(?:meet|see)|(?:cancel\w*|called\s+off|calls\s+off|pulled\s+out\s+of|pulls\s+out\s+of|dropp\w*|scrapp\w*)\s+(?:(?:her|his|their|its|a|the|a\s+planned|her\s+planned|his\s+planned)\s+)?(?:meeting|talks)\s+with)\b`)
	reMeetNegat = lazyre.New(`(?i)\b(?:not|never|no|without|refused|declined|cancel(?:led|ed)?|postponed|called\s+off)\b`)
)

// meetingSentence answers "did X meet Y?" from a stored sentence naming
// both with a meeting verb between them, when no leg has it.
func (s *Service) meetingSentence(ctx context.Context, subject, other string) (Answer, bool, error) {
	a, b := lastWord(subject), lastWord(other)
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return Answer{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, a+" "+b, 10)
	if err != nil {
		return Answer{}, false, fmt.Errorf("search passages %q: %w", a+" "+b, err)
	}
	reA, errA := wordRe(a)
	reB, errB := wordRe(b)
	if errA != nil || errB != nil {
		return Answer{}, false, nil // not text a sentence can hold
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	for _, p := range ps {
		la, lb := reA.FindStringIndex(p.Text), reB.FindStringIndex(p.Text)
		if la == nil || lb == nil {
			continue
		}
		if la[0] > lb[0] {
			la, lb = lb, la // a meeting is both ways
		}
		if la[1] > lb[0] {
			continue
		}
		between := p.Text[la[1]:lb[0]]
		if reMeetOff.MatchString(between) && !strings.ContainsAny(between, ";\"“”") {
			lead := "No — stored coverage (" + s.cite(p.Article) + ") says: " + strings.TrimSpace(p.Text)
			return Answer{Lead: lead, Sources: []newsbot.ArticleRef{p.Article}, Items: []Item{s.passageItem(p)}}, true, nil
		}
		if reMeetNegat.MatchString(between) || strings.ContainsAny(between, ";\"“”") {
			continue
		}
		var lead string
		switch {
		case togetherSentence(p.Text, subject, other):
			lead = "Yes, according to stored coverage (" + s.cite(p.Article) + "), they were together: " + strings.TrimSpace(p.Text)
		case reMeetUnkept.MatchString(between):
			lead = "Apparently not — stored coverage (" + s.cite(p.Article) + ") speaks of it as a plan that was not kept: " + strings.TrimSpace(p.Text)
		case reMeetPlan.MatchString(between):
			lead = "Planned, according to stored coverage (" + s.cite(p.Article) + "): " + strings.TrimSpace(p.Text)
			off, ok, err := s.laterOff(ctx, a, p.Article.Published)
			if err != nil {
				return Answer{}, false, err
			}
			if ok {
				lead = "Probably not — it was planned (" + s.cite(p.Article) + "), but later coverage says: “" + strings.TrimSpace(off.Text) + "” (" + s.cite(off.Article) + ")"
				return Answer{Lead: lead, Sources: []newsbot.ArticleRef{off.Article}, Items: []Item{s.passageItem(off), s.passageItem(p)}}, true, nil
			}
		case reMetVerb.MatchString(between):
			lead = "Yes, according to stored coverage (" + s.cite(p.Article) + "): " + strings.TrimSpace(p.Text)
		default:
			continue
		}
		return Answer{Lead: lead, Sources: []newsbot.ArticleRef{p.Article}, Items: []Item{s.passageItem(p)}}, true, nil
	}
	return Answer{}, false, nil
}

// reJointBetween is what may stand between two names joined as one subject:
// "Orrego and New Zealand Trade Minister Aroha Ngata", "Kiprono and
// Uganda's Fisheries Minister Grace Nabirye" (titles, first names).
var reJointBetween = lazyre.New(`^,?\s+(?:and|&)\s+(?:(?:\p{Lu}[\p{L}'’.-]*(?:'s|’s)?|of|the|for|minister|president|secretary|counterpart|leader|chancellor|premier|governor|mayor|envoy|ambassador|commissioner|chief|spokes(?:man|woman|person))\s+)*$`)

// reJointAct is a past act two people do in one place, right after the
// pair: "signed a memorandum", "shook hands", "told a joint news
// conference", "pledged to double trade".
var reJointAct = lazyre.New(`^,?\s+(?:(?:also|jointly|then|later|formally)\s+)?(?:signed|sealed|initialled|shook\s+hands|embraced|held\s+(?:talks|a\s+joint|joint)|met|agreed|pledged|announced|unveiled|launched|opened|inaugurated|toured|visited|laid|attended|presided|witnessed|appeared|stood|posed|told\s+(?:a\s+)?joint|gave\s+a\s+joint|spoke\s+(?:at|to)\s+(?:a\s+)?joint)\b`)

// togetherSentence: text shows the two people together without saying they
// met: the pair is the subject of a past act done in one place ("Orrego and
// Ngata signed a memorandum in Wellington"), or they shook hands. False for
// a plan ("are due to sign") or a denial.
func togetherSentence(text, subject, other string) bool {
	a, b := lastWord(subject), lastWord(other)
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return false
	}
	reA, errA := wordRe(a)
	reB, errB := wordRe(b)
	if errA != nil || errB != nil {
		return false
	}
	la, lb := reA.FindStringIndex(text), reB.FindStringIndex(text)
	if la == nil || lb == nil {
		return false
	}
	if la[0] > lb[0] {
		la, lb = lb, la
	}
	if la[1] > lb[0] || !reJointBetween.MatchString(text[la[1]:lb[0]]) {
		return false
	}
	after := text[lb[1]:]
	return reJointAct.MatchString(after) && !reMeetNegat.MatchString(firstWords(after, 4)) && !reApart.MatchString(text)
}

// reApart: together only over a line ("agreed by telephone").
var reApart = lazyre.New(`(?i)\b(?:by\s+(?:tele)?phone|phone\s+call|video\s+(?:link|call|conference)|virtually|remotely|online)\b`)

// firstWords is s up to its n-th word.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// possessiveRole: a role read with its pronoun ("its director", "her
// spokesman"), which names no one without the sentence around it.
func possessiveRole(role string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(role)), " ")
	switch first {
	case "its", "his", "her", "their", "our", "whose":
		return true
	}
	return false
}

// reTitleBefore is a title right before a name in news style: capitalised
// words ending in a lower-case title noun ("African Union Commission
// chairperson Amina Diallo").
var reTitleBefore = lazyre.New(`((?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:chair(?:person|man|woman)?|president|minister|secretary|director|spokes(?:man|woman|person)|governor|mayor|chief|head|leader|ambassador|commissioner|envoy|judge|chancellor|premier|senator|lawmaker|executive|founder|editor|manager|adviser|economist|professor|analyst|negotiator|general|coach|captain|chairperson|official|peer|reviewer|barrister|lawyer|solicitor|attorney|prosecutor|officer|correspondent|campaigner|activist|councillor|boss|owner|landowner|farmer|inspector|constable|superintendent|commander|presenter|author|novelist|historian|scientist|researcher|strategist|consultant|investor|banker|partner|regulator|ombudsman|bishop|archbishop|surgeon|doctor|nurse|teacher|headteacher|lecturer|academic|journalist|reporter|writer|actor|actress|singer|producer|player|striker|goalkeeper|referee|athlete|soldier|pilot|engineer))\s+$`)

// describedAs is a person's stored role or, without one, the title a
// stored sentence puts right before the name.
func (s *Service) describedAs(ctx context.Context, p newsbot.PersonRecord) (string, error) {
	role := strings.TrimSpace(p.Role)
	if relationalRole(role) {
		// "his LSE counterpart Clara Furse" tells whom she matches, not
		// what she is: another sentence gives her title.
		role = ""
	}
	if low := strings.ToLower(role); strings.HasPrefix(low, "who ") {
		// A relative clause kept as the role: "who chairs the Port Aston
		// Residents' Association and is not related to the mayor".
		role = ""
		if m := reWhoHeads.FindStringSubmatch(", " + p.Role); m != nil {
			role = headsRole[strings.ToLower(m[1])] + " " + strings.TrimSpace(m[2])
		}
	}
	if role != "" && !possessiveRole(role) && strings.Contains(role, " ") {
		// "Union general secretary" cut from "Transport & General
		// Workers' Union general secretary Tony Woodley": the name of the
		// organisation in full, as a sentence gives it.
		if full, err := s.fullTitle(ctx, p, role); err != nil {
			return "", err
		} else if full != "" {
			role = full
		}
	}
	if role != "" && !possessiveRole(role) && strings.ContainsAny(role, " -") {
		if full, err := s.fullerRole(ctx, p, role); err != nil {
			return "", err
		} else if full != "" {
			return full, nil
		}
	}
	if role != "" && !possessiveRole(role) && strings.ContainsAny(role, " -") {
		// "Otis Ferry, the son of rock star Bryan Ferry and Luke
		// Tomlinson, 27, ...": the list's next person is not the role's.
		if head, last, ok := cutLastAnd(role); ok {
			if others, err := s.Store.FindPeople(ctx, last, 1); err != nil {
				return "", fmt.Errorf("role of %q: %w", p.Name, err)
			} else if len(others) > 0 && strings.EqualFold(others[0].Name, last) && others[0].ID != p.ID {
				return head, nil
			}
		}
		return role, nil
	}
	if role != "" && !possessiveRole(role) {
		// A one-word role ("officer", "director") is what the copy's title
		// ends with: "Yukos chief financial officer Bruce Misamore" says
		// which.
		ps, err := s.Store.SearchPassages(ctx, p.Name, 5)
		if err != nil {
			return "", fmt.Errorf("mentions of %q: %w", p.Name, err)
		}
		for _, ps := range ps {
			if i := strings.Index(ps.Text, p.Name); i > 0 {
				if full := titleEndingIn(ps.Text[:i], role); full != "" {
					return full, nil
				}
			}
		}
		return role, nil
	}
	// A role read with its pronoun ("its director") is kept only when no
	// sentence names the title in full.
	if possessiveRole(role) {
		role = strings.ToLower(role[:1]) + role[1:]
	}
	ps, err := s.Store.SearchPassages(ctx, p.Name, 5)
	if err != nil {
		return "", fmt.Errorf("mentions of %q: %w", p.Name, err)
	}
	for _, ps := range ps {
		i := strings.Index(ps.Text, p.Name)
		if i < 0 {
			continue
		}
		// "Liberal Democrat peer Lord Carlile": the honorific stands
		// between the title and the name the store keeps.
		if m := reTitleBefore.FindStringSubmatch(reHonorificEnd.ReplaceAllString(ps.Text[:i], "")); m != nil && len(strings.Fields(m[1])) > 1 {
			title := trimOpener(strings.TrimSpace(m[1]))
			// "..., the government's independent reviewer of
			// anti-terrorism laws, said": a second description after the
			// name says what the first does not.
			if a := reAppositiveFull.FindStringSubmatch(ps.Text[i+len(p.Name):]); a != nil && !possessiveRole(a[1]) && reTitleWord.MatchString(a[1]) &&
				!strings.Contains(strings.ToLower(a[1]), strings.ToLower(title)) {
				return title + " and " + strings.TrimSpace(a[1]), nil
			}
			return title, nil
		}
		if m := reWhoHeads.FindStringSubmatch(ps.Text[i+len(p.Name):]); m != nil {
			return headsRole[strings.ToLower(m[1])] + " " + strings.TrimSpace(m[2]), nil
		}
		if m := reAppositive.FindStringSubmatch(ps.Text[i+len(p.Name):]); m != nil && !possessiveRole(m[1]) && reTitleWord.MatchString(m[1]) &&
			!strings.HasPrefix(strings.ToLower(m[1]), "who ") {
			return strings.TrimSpace(m[1]), nil
		}
		if m := reWhoIsNow.FindStringSubmatch(ps.Text[i+len(p.Name):]); m != nil && reTitleWord.MatchString(m[1]) {
			return strings.TrimSpace(m[1]), nil
		}
		if m := reAppositiveEnd.FindStringSubmatch(ps.Text[i+len(p.Name):]); m != nil && !possessiveRole(m[1]) && reTitleWord.MatchString(m[1]) &&
			!strings.HasPrefix(strings.ToLower(m[1]), "who ") {
			return strings.TrimSpace(m[1]), nil
		}
		if m := reTitleOfBefore.FindStringSubmatch(ps.Text[:i]); m != nil {
			return strings.TrimSpace(m[1]), nil
		}
		if m := reTitleComma.FindStringSubmatch(ps.Text[:i]); m != nil {
			// "Scottish Finance Minister, Tom Reid MSP, said": the title
			// opens the sentence and a comma sets the name after it.
			return strings.TrimSpace(m[1]), nil
		}
	}
	if role == "" {
		// A description that opens a sentence right before the name:
		// "Veteran campaigner Jo Hale", "Former Harton Rovers striker Ali
		// Demir".
		for _, ps := range ps {
			if i := strings.Index(ps.Text, p.Name); i > 0 {
				if d := openingDescription(ps.Text[:i]); d != "" {
					return d, nil
				}
			}
		}
		// "A senior surgeon who quit ... says ...", then the name.
		return s.ledeRole(ctx, p, ps)
	}
	return role, nil
}

// trimOpener drops the words that open a sentence before its title ("But
// Liberal Democrat peer" is "Liberal Democrat peer").
func trimOpener(title string) string {
	words := strings.Fields(title)
	for len(words) > 1 && (stopwords[strings.ToLower(words[0])] || notOpening[strings.ToLower(words[0])]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// cutLastAnd splits a role ending in "and" and a capitalised name ("son of
// Bryan Ferry and Luke Tomlinson") into the role and that name.
func cutLastAnd(role string) (head, name string, ok bool) {
	i := strings.LastIndex(role, " and ")
	if i < 0 {
		return "", "", false
	}
	name = strings.TrimSpace(role[i+len(" and "):])
	if !rePersonNameAt.MatchString(name) || rePersonNameAt.FindString(name) != name {
		return "", "", false
	}
	return strings.TrimSpace(role[:i]), name, true
}

// titleEndingIn is the title before a name that ends with role, one word
// or more longer ("former Westbay chief operating officer" for
// "officer"), or "".
func titleEndingIn(before, role string) string {
	words := strings.Fields(before)
	if len(words) < 2 || !strings.EqualFold(words[len(words)-1], role) || strings.HasSuffix(before, ", ") {
		return ""
	}
	j := len(words) - 1
	for j > 0 && len(words)-j < 6 && descriptionWord(words[j-1]) {
		j--
	}
	if j == len(words)-1 {
		return ""
	}
	return strings.Join(words[j:], " ")
}

// descriptionWord: a word that may be part of a title or description
// before a name (not a function word, verb of saying or punctuated end).
func descriptionWord(w string) bool {
	if strings.ContainsAny(w, ",;:.!?\"“”()") {
		return false
	}
	low := strings.ToLower(w)
	return !stopwords[low] && !notDescription[low]
}

// notDescription are words that end a description read backwards from a
// name: prepositions and verbs a sentence puts before it.
var notDescription = map[string]bool{"by": true, "with": true, "from": true, "against": true, "between": true, "under": true,
	"request": true, "told": true, "said": true, "says": true, "asked": true, "met": true, "named": true, "called": true,
	"like": true, "including": true, "among": true, "via": true, "per": true, "according": true}

// openingDescription is the description that opens a sentence right before
// a name ("Liverpool legend", "Novelist"), or "": its words carry no
// function word and the last is lower case, as nouns of description are.
func openingDescription(before string) string {
	words := strings.Fields(before)
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if !descriptionWord(w) || notOpening[strings.ToLower(w)] {
			return ""
		}
	}
	last := []rune(words[len(words)-1])
	if !unicode.IsLower(last[0]) && len(words) > 1 {
		return ""
	}
	if len(words) == 1 && (len(last) < 5 || !unicode.IsUpper(last[0]) || reDayOrMonth.MatchString(string(last))) {
		return ""
	}
	if first := strings.ToLower(words[0]); len(words) == 1 || first == "former" || first == "veteran" || strings.HasPrefix(first, "ex-") {
		// Capitalised only as the sentence's first word: "Novelist",
		// "Former"; "Liverpool legend" keeps its name's capital.
		words[0] = strings.ToLower(words[0][:1]) + words[0][1:]
	}
	return strings.Join(words, " ")
}

// notOpening are sentence openers that are not descriptions.
var notOpening = map[string]bool{"meanwhile": true, "however": true, "earlier": true, "later": true, "yesterday": true, "today": true,
	"now": true, "last": true, "next": true, "but": true, "and": true, "also": true, "instead": true, "only": true, "even": true}

// reDayOrMonth is a weekday or month name.
var reDayOrMonth = lazyre.New(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$`)

// An appositive after a name: "Grace Wanjiru, regional director of the
// charity Relief Alliance, said".
var (
	reAppositive = lazyre.New(`^,\s+(?:the\s+)?([^,;"“”]{3,80}?),`)
	// reAppositiveFull keeps the article: "the government's reviewer".
	reAppositiveFull = lazyre.New(`^,\s+((?:the|a|an)\s+[^,;"“”]{3,80}?),`)
	// reHonorificEnd is a courtesy title right before a name.
	reHonorificEnd = lazyre.New(`\b(?:Lord|Lady|Sir|Dame|Baroness|Baron|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?\s+$`)
	reTitleWord    = lazyre.New(`(?i)\b(?:chair(?:person|man|woman)?|president|minister|secretary|director|spokes(?:man|woman|person)|governor|mayor|chief|head|leader|ambassador|commissioner|envoy|judge|chancellor|premier|senator|lawmaker|executive|founder|editor|manager|adviser|economist|professor|analyst|negotiator|general|coach|captain|official|MP|QC|peer|reviewer|barrister|lawyer|solicitor|attorney|prosecutor|officer|correspondent|campaigner|activist|councillor|boss|owner|landowner|farmer|inspector|constable|superintendent|commander|presenter|author|novelist|historian|scientist|researcher|strategist|consultant|investor|banker|partner|regulator|ombudsman|bishop|archbishop|surgeon|doctor|nurse|teacher|headteacher|lecturer|academic|journalist|reporter|writer|actor|actress|singer|producer|player|striker|goalkeeper|referee|athlete|soldier|pilot|engineer)\b`)
)

// An appositive that ends its sentence ("said Ann Cole, the firm's head of
// tax."), and a relative clause giving the role ("Ben Amis, who is now the
// party's deputy leader, said").
var (
	reAppositiveEnd = lazyre.New(`^,\s+(?:the\s+)?([^,;"“”]{3,80}?)\.\s*$`)
	reWhoIsNow      = lazyre.New(`(?i)^,\s+who\s+(?:is|was|has\s+been)\s+(?:now\s+|also\s+|currently\s+)?([^,;.“”"]{3,80}?)(?:,|\.|;|$)`)
)

// A title of an organisation set before the name it describes: "meeting
// the leader of Kelby Town Council, Ruth Penhale"; and a relative clause
// after it saying what the person runs: "Anita Bhogal, who chairs the
// commission, said", read as "chair of the commission".
var (
	reTitleOfBefore = lazyre.New(`\b(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,2}?(?:chair(?:person|man|woman)?|president|minister|secretary|director|governor|mayor|chief|head|leader|ambassador|commissioner|envoy|chancellor|founder|editor|manager|coach|captain|executive|officer)\s+(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s*){1,6}),\s*$`)
	reWhoHeads      = lazyre.New(`(?i)^,\s+who\s+(chairs|leads|heads|runs|directs|manages|founded|edits|coaches|captains)\s+(the\s+[^,;.“”"]{3,80}?)(?:\s+and\b|\s+since\b|,|\.|;|$)`)
	headsRole       = map[string]string{"chairs": "chair of", "leads": "leader of", "heads": "head of", "runs": "head of", "directs": "director of",
		"manages": "manager of", "founded": "founder of", "edits": "editor of", "coaches": "coach of", "captains": "captain of"}
)

// anchorPassage is the newest stored sentence holding the topic's rarest
// word, when one word is rarer than all the others: in "the nurses' pay
// dispute" the story is the nurses', and its newest report may say neither
// "pay" nor "dispute".
func (s *Service) anchorPassage(ctx context.Context, terms []string) (newsbot.Passage, bool, error) {
	if len(terms) < 2 {
		return newsbot.Passage{}, false, nil
	}
	var best []newsbot.Passage
	bestN, second := -1, -1
	held := map[int64]int{} // article → how many of the terms it holds
	for _, t := range terms[:min(len(terms), 5)] {
		ps, err := s.Store.SearchPassages(ctx, t, 100)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("search passages %q: %w", t, err)
		}
		arts := distinctArticles(ps)
		for id := range arts {
			held[id]++
		}
		n := len(arts)
		switch {
		case n == 0 && !storyNouns[strings.ToLower(t)]:
			// A word no article holds ("the moon dispute"): the topic is
			// not stored, and anchoring on the rest would answer about
			// another story.
			return newsbot.Passage{}, false, nil
		case n == 0:
			continue
		case bestN < 0 || n < bestN:
			second, bestN, best = bestN, n, ps
		case second < 0 || n < second:
			second = n
		}
	}
	if bestN <= 0 || second >= 0 && bestN >= second {
		return newsbot.Passage{}, false, nil
	}
	slices.SortStableFunc(best, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	// The rare word alone may belong to another story ("held in a Finnish
	// port" is not the port strike): the article must hold another of the
	// topic's words, or share a name (a union, a minister) with an article
	// that does.
	var core []int64
	for id, n := range held {
		if n >= 2 {
			core = append(core, id)
		}
	}
	slices.SortFunc(core, func(a, b int64) int { return cmp.Compare(b, a) })
	names := map[string]bool{}
	for _, id := range core[:min(len(core), 3)] {
		art, err := s.Store.Article(ctx, id)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("article %d: %w", id, err)
		}
		for _, n := range properNames(art.Title + "\n" + art.Text) {
			names[n] = true
		}
	}
	for i, p := range best {
		if held[p.Article.ID] >= 2 {
			return p, true, nil
		}
		if i >= 3 || len(names) == 0 {
			continue
		}
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("article %d: %w", p.Article.ID, err)
		}
		for _, n := range properNames(art.Title + "\n" + art.Text) {
			if names[n] {
				return p, true, nil
			}
		}
	}
	return newsbot.Passage{}, false, nil
}

// reProperName is a name of two capitalised words or more ("Northern
// Health Workers' Union", "Fiona Macrae"): what ties two reports of one
// story together when their wording differs.
var reProperName = lazyre.New(`\b\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}'’-]+)+`)

// properNames are the names of two words or more in text, without a
// sentence's opening word ("On Friday", "The Irish ...") or a date.
func properNames(text string) []string {
	var out []string
	for _, n := range reProperName.FindAllString(text, -1) {
		f := strings.Fields(n)
		for len(f) > 0 && (isStopword(strings.ToLower(f[0])) || reRelDate.MatchString(f[0])) {
			f = f[1:]
		}
		if len(f) >= 2 && !reRelDate.MatchString(f[len(f)-1]) {
			out = append(out, strings.Join(f, " "))
		}
	}
	return out
}

// storyNouns name the kind of story rather than the story: a topic may use
// one the coverage does not ("the cable probe" told as an investigation).
var storyNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`dispute disputes row rows strike strikes talks issue issues story stories crisis situation case
		probe investigation inquiry saga standoff stand-off fight feud spat battle controversy affair deal negotiations plan plans`) {
		m[w] = true
	}
	return m
}()

func distinctArticles(ps []newsbot.Passage) map[int64]bool {
	out := map[int64]bool{}
	for _, p := range ps {
		out[p.Article.ID] = true
	}
	return out
}

// offCues are the words full-text search tries with a name to find a later
// report calling a plan off.
var offCues = []string{"postponed", "cancelled", "canceled", "called off", "scrapped", "instead"}

// laterOff finds a sentence naming who, published after since, that says
// a plan was postponed or called off.
func (s *Service) laterOff(ctx context.Context, who string, since time.Time) (newsbot.Passage, bool, error) {
	reWho, err := wordRe(who)
	if err != nil {
		return newsbot.Passage{}, false, nil
	}
	for _, cue := range offCues {
		ps, err := s.Store.SearchPassages(ctx, who+" "+cue, 5)
		if err != nil {
			return newsbot.Passage{}, false, fmt.Errorf("search passages %q: %w", who+" "+cue, err)
		}
		for _, p := range ps {
			if p.Article.Published.After(since) && (reOffWords.MatchString(p.Text) || reInstead.MatchString(p.Text)) && reWho.MatchString(p.Text) {
				return p, true, nil
			}
		}
	}
	return newsbot.Passage{}, false, nil
}

// quotedHolder is who a title means in a quote question: of the people
// the coverage gives it, the first quoted on the topic (in words or in
// coverage of it), else the one the copy gives the bare title.
func (s *Service) quotedHolder(ctx context.Context, role, topic string) (newsbot.PersonRecord, error) {
	hs, err := s.roleHolders(ctx, role, 5)
	if err != nil || len(hs) == 0 {
		return newsbot.PersonRecord{}, err
	}
	if len(hs) > 1 && topic != "" {
		for _, h := range hs {
			on, err := s.quotesAbout(ctx, h.person.ID, topic)
			if err != nil {
				return newsbot.PersonRecord{}, err
			}
			if len(on) == 0 {
				if on, err = s.quotesInStories(ctx, h.person, topic); err != nil {
					return newsbot.PersonRecord{}, err
				}
			}
			if len(on) > 0 {
				return h.person, nil
			}
		}
	}
	return plainHolder(hs).person, nil
}

// wordRe matches w as a whole word, any case; it fails on text that is not
// UTF-8.
//
// \b is ASCII: beside a final "ć" or a first "É" it never holds, and
// "Bralić's" would not name Bralić. At such an edge the match takes the
// neighbouring non-letter instead (or the text's edge).
func wordRe(w string) (*regexp.Regexp, error) {
	start, end := `\b`, `\b`
	if r, _ := utf8.DecodeRuneInString(w); r >= utf8.RuneSelf {
		start = `(?:^|[^\p{L}\p{N}_])`
	}
	if r, _ := utf8.DecodeLastRuneInString(w); r >= utf8.RuneSelf {
		end = `(?:[^\p{L}\p{N}_]|$)`
	}
	return regexp.Compile(`(?i)` + start + regexp.QuoteMeta(w) + end)
}

// reAskedPast: a question about travel already made ("who has been to").
var reAskedPast = lazyre.New(`(?i)\b(?:(?:has|have|had)\s+been|was|were|went|visited|did)\b`)

// reBareWeekday is a day asked by its name alone: "Wednesday", "on Friday".
var reBareWeekday = lazyre.New(`(?i)^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$`)

// whereOnWeekday answers "where is X on Wednesday?" when no leg is on the
// Wednesday the question's tense chose: a leg on the same weekday of the
// week before or after (within a week of today), else a sentence naming X
// and dated to either day. False when neither is stored.
func (s *Service) whereOnWeekday(ctx context.Context, p newsbot.PersonRecord, vs []legView, q Question, day, today time.Time) (Answer, bool, error) {
	if !reBareWeekday.MatchString(strings.TrimSpace(q.DateText)) {
		return Answer{}, false, nil
	}
	other := addDays(day, 7)
	if day.After(today) {
		other = addDays(day, -7)
	}
	if d := other.Sub(today).Hours() / 24; d > 7 || d < -7 {
		return Answer{}, false, nil
	}
	nothing := fmt.Sprintf("Nothing is stored for %s on %s", p.Name, longDate(local(day, s.loc())))
	for _, v := range vs {
		if v.gran == granDay && !other.Before(v.start) && other.Before(v.end) {
			lead, off, err := s.legLead(ctx, v, today)
			if err != nil {
				return Answer{}, false, err
			}
			a := Answer{Lead: nothing + "; " + lead, Sources: v.leg.Sources, Items: s.evidenceItems([]legView{v})}
			if off != nil {
				a.Items = append([]Item{s.passageItem(*off)}, a.Items...)
			}
			return a, true, nil
		}
	}
	weekday := day.Weekday().String()
	ps, err := s.Store.SearchPassages(ctx, lastWord(p.Name)+" "+weekday, 10)
	if err != nil {
		return Answer{}, false, fmt.Errorf("sentences on %s: %w", weekday, err)
	}
	nameRe, err := wordRe(lastWord(p.Name))
	if err != nil {
		return Answer{}, false, nil
	}
	var hits []newsbot.Passage
	var when time.Time
	for _, ps := range ps {
		if !nameRe.MatchString(ps.Text) {
			continue
		}
		for _, tx := range timex.Tag(ps.Text, ps.Article.Published) {
			if tx.Type != "DATE" || !strings.EqualFold(strings.TrimPrefix(strings.ToLower(tx.Text), "on "), strings.ToLower(weekday)) {
				continue
			}
			if d, err := time.Parse(time.DateOnly, tx.Value); err == nil && (d.Equal(day) || d.Equal(other)) {
				hits = append(hits, ps)
				when = d
				break
			}
		}
	}
	if len(hits) == 0 {
		return Answer{}, false, nil
	}
	// The newest report tells best what happened that day.
	slices.SortStableFunc(hits, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	lead := nothing + " in the itineraries"
	if !when.Equal(day) {
		lead += fmt.Sprintf("; for %s the coverage says", longDate(local(when, s.loc())))
	} else {
		lead += "; the coverage says"
	}
	lead += ": “" + strings.TrimSpace(hits[0].Text) + "” (" + s.cite(hits[0].Article) + ")"
	a := Answer{Lead: lead, Sources: []newsbot.ArticleRef{hits[0].Article}}
	for _, h := range hits {
		a.Items = append(a.Items, s.passageItem(h))
	}
	return a, true, nil
}

// reDateline is a wire dateline opening a story: "PORTO, Nov 17 (Iberia
// Wire) -", "LONDON, 3 March -".
var reDateline = lazyre.New(`^\s*\p{Lu}[\p{Lu} .'-]*,\s+[^-–—]{3,40}?\s+[-–—]+\s*`)

// calendarAnswer is, for a "when" question whose best sentence dates only
// the report ("rallied on Wednesday ... if the tariff takes effect"), a
// sentence of the best-covered articles with a calendar date, the
// question's last word and another of its words ("if the tariff took
// effect on January 1").
func (s *Service) calendarAnswer(ctx context.Context, terms []string, cover map[int64]map[string]bool) (newsbot.Passage, bool, error) {
	if len(terms) < 2 {
		return newsbot.Passage{}, false, nil
	}
	last := terms[len(terms)-1:]
	ids := make([]int64, 0, len(cover))
	for id := range cover {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int { return cmp.Or(cmp.Compare(len(cover[b]), len(cover[a])), cmp.Compare(b, a)) })
	var best newsbot.Passage
	bestN := 0
	for _, id := range ids[:min(len(ids), 3)] {
		a, err := s.Store.Article(ctx, id)
		switch {
		case errors.Is(err, newsbot.ErrNotFound) || err == nil && a == nil:
			continue
		case err != nil:
			return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", id, err)
		}
		for _, sp := range text.Sentences(a.Text) {
			// A dateline ("PORTO, Nov 17 (Iberia Wire) -") dates the report.
			body := reDateline.ReplaceAllString(sp.Text, "")
			if !reCalDate.MatchString(body) || termScore(body, last) == 0 || issues.FurnitureLine(sp.Text) {
				continue
			}
			if n := termScore(sp.Text, terms); n >= 2 && n > bestN {
				ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: cmp.Or(a.CanonicalURL, a.URL), Outlet: a.Outlet, Published: a.Published}
				best, bestN = newsbot.Passage{Article: ref, Text: strings.TrimSpace(sp.Text)}, n
			}
		}
	}
	return best, bestN > 0, nil
}
