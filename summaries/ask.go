package summaries

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// nothingStored opens answers that found nothing about a subject.
const nothingStored = "I have nothing stored about"

// Ask answers a free-form question from the stored articles. Recognised
// shapes (see ParseQuestion) are answered from quotes, legs and issues;
// anything else from full-text search (or the LLM, when one is set).
func (s *Service) Ask(ctx context.Context, question string) (Answer, error) {
	q := ParseQuestion(question)
	if q.Text == "" {
		return Answer{}, &UsageError{Usage: AskUsage}
	}
	if a, ok, err := s.askFormerName(ctx, question); err != nil || ok {
		// "what was X called before?": whatever shape the parser gave it.
		return a, err
	}
	if a, ok, err := s.askMeasure(ctx, question); err != nil || ok {
		// "how far can X fly?": a figure in a unit, whatever the shape.
		return a, err
	}
	if a, ok, err := s.askStillMember(ctx, question); err != nil || ok {
		// "is X still in ORG?", "... still a member of ORG?": whatever
		// shape the parser gave it (a trip question, a search).
		return a, err
	}
	switch q.Kind {
	case QWhoSaid:
		a, err := s.whoSaidPhrase(ctx, q.Phrase, 1)
		if err != nil || len(a.Items) > 0 {
			return a, err
		}
		if pa, ok, err := s.whoSaidPart(ctx, q.Phrase); err != nil || ok {
			return pa, err
		}
		// No quote has the words: perhaps an article does.
		return s.withPassages(ctx, a, q.Phrase)
	case QWhatSaid:
		if a, ok, err := s.saidAfter(ctx, question); err != nil || ok {
			return a, err
		}
		return s.askWhatSaid(ctx, question, q)
	case QMeet:
		return s.askMeet(ctx, q)
	case QLatest:
		return s.askLatest(ctx, q)
	case QOnDate:
		return s.askOnDate(ctx, q)
	case QQuotedOn:
		return s.askQuotedOn(ctx, q)
	case QWhen:
		if a, ok, err := s.askCouple(ctx, q, s.askWhen); err != nil || ok {
			return a, err
		}
		return s.askWhen(ctx, q)
	case QWhere:
		if a, ok, err := s.askPairMeet(ctx, q.Text); err != nil || ok {
			return a, err
		}
		if a, ok, err := s.askCouple(ctx, q, s.askWhere); err != nil || ok {
			return a, err
		}
		return s.askWhere(ctx, q)
	case QWhoIs:
		return s.askWhoIs(ctx, q)
	case QOpen:
		return s.askOpen(ctx, q)
	case QVisitors:
		return s.askVisitors(ctx, q)
	case QItinerary:
		return s.Itinerary(ctx, q.Subject)
	}
	if a, ok, err := s.askDidVerb(ctx, question); err != nil || ok {
		return a, err
	}
	if a, ok, err := s.askDoVerb(ctx, question); err != nil || ok {
		return a, err
	}
	return s.askSearch(ctx, question, q.Text)
}

// askWhatSaid answers from a person's quotes; a subject that names no
// person may be an organisation or unnamed source ("the Commission"), or a
// title ("the mayor") that the coverage puts next to a name.
func (s *Service) askWhatSaid(ctx context.Context, question string, q Question) (Answer, error) {
	name := q.Subject
	people, err := s.Store.FindPeople(ctx, name, 1)
	if err != nil {
		return Answer{}, fmt.Errorf("ask what %q said: %w", name, err)
	}
	if v := apostropheVariant(name); len(people) == 0 && v != name {
		if people, err = s.Store.FindPeople(ctx, v, 1); err != nil {
			return Answer{}, fmt.Errorf("ask what %q said: %w", v, err)
		}
		if len(people) > 0 {
			name = v
		}
	}
	if len(people) == 0 {
		if a, ok, err := s.quotesOfSource(ctx, name, q.Topic, 1); err != nil || ok {
			return a, err
		}
		if looksLikeRole(name) {
			p, err := s.quotedHolder(ctx, name, q.Topic)
			if err != nil {
				return Answer{}, fmt.Errorf("ask what %q said: %w", name, err)
			}
			if p.ID != 0 {
				people, name = []newsbot.PersonRecord{p}, p.Name
			}
		}
	}
	if len(people) == 0 && !reTitleWord.MatchString(name) && stripArticle(name) == name {
		// A misspelt name ("what did dalgard say?") with one person
		// spelt closely: answer for that person, saying so.
		if p, ok, err := s.closeSpelling(ctx, name); err != nil {
			return Answer{}, fmt.Errorf("ask what %q said: %w", name, err)
		} else if ok {
			a, err := s.quotesOf(ctx, p.Name, q.Topic, 1)
			if err != nil {
				return Answer{}, err
			}
			a.Lead = fmt.Sprintf("Did you mean %s? Answering for %s — %s", p.Name, p.Name, a.Lead)
			return a, nil
		}
	}
	if org := stripArticle(name); len(people) == 0 && org != "" && unicode.IsUpper([]rune(org)[0]) {
		// An organisation reported without a quote: "The Education
		// Authority's chief executive, Helen Boyd, said the budget did not
		// allow more."
		said, err := s.saidSentences(ctx, stripArticle(name))
		if err != nil {
			return Answer{}, fmt.Errorf("ask what %q said: %w", name, err)
		}
		if re := saidRe(stripArticle(name)); re != nil {
			said = slices.DeleteFunc(said, func(it Item) bool { return !re.MatchString(it.Text) })
		}
		if len(q.Topic) > 0 {
			said = slices.DeleteFunc(said, func(it Item) bool { return termScore(it.Text, keyTerms(q.Topic)) == 0 })
		}
		if len(said) > 0 {
			a := Answer{Lead: fmt.Sprintf("No quotes from %s are stored, but the coverage reports: “%s”", name, said[0].Text), Items: said}
			if len(said[0].Sources) > 0 {
				a.Lead += " (" + s.cite(said[0].Sources[0]) + ")"
				a.Sources = said[0].Sources[:1]
			}
			return a, nil
		}
	}
	if len(people) == 0 {
		// Not a person we know ("what did exporters say?"): search, and
		// say plainly that no quotes are stored only if that finds nothing.
		a, found, err := s.search(ctx, question, q.Text)
		if err != nil || found {
			return a, err
		}
	}
	a, err := s.quotesOf(ctx, name, q.Topic, 1)
	if err != nil || len(people) == 0 || q.Topic == "" || len(a.Items) > 0 && !a.offTopic {
		return a, err
	}
	// "The chancellor told MPs the measures would halve borrowing": said
	// by the person under a description the quote extractor did not tie
	// to the name.
	if p, ok, err := s.describedSaid(ctx, people[0], q.Topic); err != nil {
		return Answer{}, fmt.Errorf("ask what %q said: %w", name, err)
	} else if ok {
		a.Lead = fmt.Sprintf("%s, but the coverage reports: “%s” (%s)", noneOnTopic(people[0], q.Topic), p.Text, s.cite(p.Article))
		a.Sources = []newsbot.ArticleRef{p.Article}
		a.Items, a.offTopic = []Item{s.passageItem(p)}, false
	}
	return a, nil
}

// closeSpelling is the one stored person the asked name misspells: the
// only suggestion, with a word of its name two edits or fewer from a word
// of the asked name (one for words of five letters or fewer).
func (s *Service) closeSpelling(ctx context.Context, name string) (newsbot.PersonRecord, bool, error) {
	sugg, err := s.suggestPeople(ctx, name)
	if err != nil || len(sugg) != 1 {
		return newsbot.PersonRecord{}, false, err
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		limit := 2
		if len([]rune(w)) <= 5 {
			limit = 1
		}
		for _, n := range strings.Fields(strings.ToLower(sugg[0].Name)) {
			if d := editDistance(w, n); d > 0 && d <= limit {
				return sugg[0], true, nil
			}
		}
	}
	return newsbot.PersonRecord{}, false, nil
}

// reApostropheName is a name typed without its apostrophe: "oconnell",
// "dangelo", "OBrien".
var reApostropheName = lazyre.New(`(?i)^(?:(o)([b-df-hj-np-tv-z]\p{L}{2,})|(d)([aeiou]\p{L}{2,}))$`)

// apostropheVariant is name with an apostrophe put back after a leading O
// (before a consonant) or D (before a vowel) of a word ("oconnell" →
// "o'connell", "dangelo" → "d'angelo"), or name itself.
func apostropheVariant(name string) string {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if m := reApostropheName.FindStringSubmatch(w); m != nil {
			// Only tried when the name as typed finds nobody, so "Obama"
			// read as "O'bama" costs one lookup and no answer.
			words[i], changed = m[1]+m[3]+"'"+m[2]+m[4], true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// suggested adds people the asked name may have meant to an answer that
// found nobody.
func (s *Service) suggested(ctx context.Context, a Answer, name string) (Answer, error) {
	sugg, err := s.suggestPeople(ctx, name)
	if err != nil {
		return Answer{}, fmt.Errorf("ask about %q: %w", name, err)
	}
	return withSuggestions(a, sugg, ""), nil
}

// stripArticle drops a leading "the", "a" or "an".
func stripArticle(s string) string {
	low := strings.ToLower(s)
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(low, a) {
			return strings.TrimSpace(s[len(a):])
		}
	}
	return s
}

// person resolves a name to one canonical person. When the name may mean
// several people it returns them all; when nobody matches, the name as asked.
func (s *Service) person(ctx context.Context, name string) (newsbot.PersonRecord, []newsbot.PersonRecord, error) {
	people, err := s.Store.FindPeople(ctx, name, 5)
	if err != nil {
		return newsbot.PersonRecord{}, nil, fmt.Errorf("find people %q: %w", name, err)
	}
	people = preferExact(name, people)
	if len(people) == 0 {
		// "the Duke of Kendal" is stored as "Duke of Kendal".
		if p, ok, err := s.titledPerson(ctx, name); err != nil || ok {
			return p, nil, err
		}
	}
	if len(people) == 0 {
		// "oconnell" typed for O'Connell.
		if v := apostropheVariant(name); v != name {
			if people, err = s.Store.FindPeople(ctx, v, 5); err != nil {
				return newsbot.PersonRecord{}, nil, fmt.Errorf("find people %q: %w", v, err)
			}
			people = preferExact(v, people)
		}
	}
	if len(people) == 0 && reParticleName.MatchString(name) {
		// "de Vries" for Pieter de Vries: the store knows the name by its
		// last word; keep those whose full name ends as typed.
		found, err := s.Store.FindPeople(ctx, lastWord(name), 5)
		if err != nil {
			return newsbot.PersonRecord{}, nil, fmt.Errorf("find people %q: %w", lastWord(name), err)
		}
		for _, p := range found {
			if strings.HasSuffix(strings.ToLower(p.Name), " "+strings.ToLower(strings.TrimSpace(name))) {
				people = append(people, p)
			}
		}
	}
	switch len(people) {
	case 0:
		// "the finance minister": whoever the coverage gives that title.
		if looksLikeRole(name) {
			p, _, err := s.personByRole(ctx, name)
			if err != nil || p.ID != 0 {
				return p, nil, err
			}
		}
		return newsbot.PersonRecord{Name: name}, nil, nil
	case 1:
		return people[0], nil, nil
	}
	return newsbot.PersonRecord{}, people, nil
}

// reParticleName is a surname typed with its particle: "de Vries", "van
// der Berg", "al-Sayed" is one word and needs none of this.
var reParticleName = lazyre.New(`(?i)^(?:de|van|von|der|den|da|di|del|della|du|le|la|al|el|bin|ibn|ter|ten|dos|das)\s+(?:(?:de|der|den|la|le)\s+)?\p{L}[\p{L}'’-]*$`)

func candidatesAnswer(name string, people []newsbot.PersonRecord) Answer {
	names := make([]string, len(people))
	a := Answer{}
	for i, p := range people {
		names[i] = personLabel(p)
		a.Items = append(a.Items, personItem(p, ""))
	}
	a.Lead = fmt.Sprintf("%q may mean %s; ask again with the full name.", name, joinOr(names))
	return a
}

// travel returns every stored leg of a traveler, merged.
func (s *Service) travel(ctx context.Context, traveler string) ([]legView, error) {
	legs, err := s.Store.Legs(ctx, newsbot.LegFilter{Traveler: traveler, IncludeUndated: true, Limit: 2000})
	if err != nil {
		return nil, fmt.Errorf("legs of %q: %w", traveler, err)
	}
	vs := make([]legView, 0, len(legs))
	for _, l := range legs {
		vs = append(vs, viewLeg(l))
	}
	vs = splitMeetings(reconcileLegs(dedupeLegs(vs)), time.Time{}, time.Time{})
	slices.SortStableFunc(vs, func(a, b legView) int {
		// Dated legs in order, coarse ones by their start, undated last.
		if (a.gran == granNone) != (b.gran == granNone) {
			if a.gran == granNone {
				return 1
			}
			return -1
		}
		return cmp.Or(a.start.Compare(b.start), a.after.Compare(b.after), cmpID(a.leg.ID, b.leg.ID))
	})
	return vs, nil
}

// traveler resolves a name for a travel question: of the people it may
// mean, those with stored legs count.
func (s *Service) traveler(ctx context.Context, name, place string) (newsbot.PersonRecord, []newsbot.PersonRecord, error) {
	// "the Emir of Qatar" is a stored name, not a role to look up.
	if p, ok, err := s.titledPerson(ctx, name); err != nil || ok {
		return p, nil, err
	}
	if looksLikeRole(name) {
		// "the finance minister" may be several people: the one with
		// travel stored (to the asked place) is meant.
		if p, ok, err := s.travellingHolder(ctx, name, place); err != nil || ok {
			return p, nil, err
		}
	}
	p, cands, err := s.person(ctx, name)
	if err != nil || cands == nil {
		return p, nil, err
	}
	var moving []newsbot.PersonRecord
	for _, c := range cands {
		legs, err := s.Store.Legs(ctx, newsbot.LegFilter{Traveler: c.Name, IncludeUndated: true, Limit: 1})
		if err != nil {
			return newsbot.PersonRecord{}, nil, fmt.Errorf("legs of %q: %w", c.Name, err)
		}
		if len(legs) > 0 {
			moving = append(moving, c)
		}
	}
	switch len(moving) {
	case 0:
		// Nobody it may mean travels: the answer is "nothing stored", not
		// a question back.
		return newsbot.PersonRecord{Name: name}, nil, nil
	case 1:
		return moving[0], nil, nil
	}
	return newsbot.PersonRecord{}, moving, nil
}

// askWhen: "when is X in PLACE?", and as yes or no, "has X visited PLACE?"
func (s *Service) askWhen(ctx context.Context, q Question) (Answer, error) {
	p, cands, err := s.traveler(ctx, q.Subject, q.Place)
	if err != nil {
		return Answer{}, fmt.Errorf("ask when: %w", err)
	}
	if cands != nil {
		return candidatesAnswer(q.Subject, cands), nil
	}
	if n := groupNoun(q.Subject); p.ID == 0 && n != "" && q.Place != "" {
		// "when will the judges visit Kampen?": the leg of the one
		// traveller whose sentence there names the judges.
		who, ok, err := s.groupTraveller(ctx, n, q.Place)
		if err != nil {
			return Answer{}, fmt.Errorf("ask when: %w", err)
		}
		if ok {
			q.Subject = who
			return s.askWhen(ctx, q)
		}
		// No leg names them: a stored sentence must, or nothing is known.
		a, found, err := s.search(ctx, q.Text, q.Text)
		if err != nil || found && termScore(a.Lead, []string{n}) > 0 {
			return a, err
		}
		return Answer{Lead: fmt.Sprintf("%s %s visiting %s.", nothingStored, q.Subject, q.Place)}, nil
	}
	if p.ID == 0 && !q.YesNo && (looksLikeThing(q) || eventSubject(q)) {
		// "when are the dam talks in Bratislava?" asks about an event,
		// not a traveller: the articles answer it.
		return s.askSearch(ctx, q.Text, q.Text)
	}
	if p.ID == 0 && q.YesNo {
		// "is the strike in Riverside over?" has the shape but names no
		// traveller: the articles may still answer it.
		a, found, err := s.search(ctx, q.Text, q.Text)
		if err != nil || found {
			return a, err
		}
	}
	vs, err := s.travel(ctx, p.Name)
	if err != nil {
		return Answer{}, fmt.Errorf("ask when: %w", err)
	}
	var at, active []legView
	for _, v := range vs {
		if placeMatches(v.leg.Trip, q.Place) {
			at = append(at, v)
		}
	}
	// A plan's weekday read as last week's is no second visit.
	at = withoutBackDated(at)
	if q.Span != "" && p.ID != 0 {
		// "when is X in Seoul in 2099?": only a visit in the span answers.
		if from, to, label, ok := ResolveSpan(q.Span, q.Tense, s.today()); ok {
			in := inPeriod(at, from, to)
			if len(in) == 0 {
				return s.noneInSpan(p.Name, q, label, at, vs), nil
			}
			at = in
		}
	}
	for _, v := range at {
		if v.leg.Trip.Status != newsbot.StatusCancelled {
			active = append(active, v)
		}
	}
	today := s.today()
	if len(at) == 0 && q.Place != "" && !strings.ContainsFunc(q.Place, unicode.IsUpper) {
		// "when will X return to the stock market?" has a trip's shape,
		// but a place in lower case is a state or a market, not a
		// destination: the articles may answer it.
		if sa, found, err := s.search(ctx, q.Text, q.Text); err != nil || found {
			return sa, err
		}
	}
	if len(at) == 0 {
		a := Answer{Lead: fmt.Sprintf("I have nothing stored about %s visiting %s.", p.Name, q.Place)}
		if p.ID == 0 {
			a, err := s.suggested(ctx, a, q.Subject)
			if err != nil || len(a.Items) > 0 {
				return a, err
			}
			// Not a person the store knows (extraction may have missed
			// the name): sentences naming both may still tell.
			ma, err := s.withMentions(ctx, a, lastWord(q.Subject)+" "+q.Place)
			if err != nil {
				return ma, err
			}
			if ca, ok, err := s.calledOffLead(ctx, q.Subject, q.Place, q.YesNo, ma.Items); err != nil || ok {
				return ca, err
			}
			return ma, nil
		}
		if q.YesNo && !reTravelAsk.MatchString(q.Text) {
			// "is Hartono in favour of joint ventures?" has the shape of a
			// travel question; stored sentences may answer it.
			// A found sentence must name the place ("is Tavares in Mindelo
			// on Wednesday?" is not answered by his other news that day).
			if sa, found, err := s.search(ctx, q.Text, q.Text); err != nil || found && (!startsUpper(q.Place) || termScore(sa.Lead, []string{q.Place}) > 0) {
				return sa, err
			}
		}
		// Sentences naming the traveller and the place may tell what the
		// itineraries missed ("will lead a trade mission to Riyadh").
		mentions, err := s.coverage(ctx, p.Name, q.Place, reTravelCue)
		if err != nil {
			return Answer{}, fmt.Errorf("ask when: %w", err)
		}
		if len(mentions) == 0 {
			ma, err := s.withMentions(ctx, Answer{}, lastWord(p.Name)+" "+q.Place)
			if err != nil {
				return Answer{}, fmt.Errorf("ask when: %w", err)
			}
			for _, it := range ma.Items {
				if termScore(it.Text, []string{q.Place}) > 0 {
					mentions = append(mentions, it)
				}
			}
		}
		// The sentence telling of the visit leads, wherever the search
		// ranked it.
		// A sentence opening "He"/"She" is among them only after one naming
		// the traveller ("He flies to Riyadh ... before returning to Bern").
		told := func(it Item) bool {
			return visitSentence(it.Text, lastWord(p.Name), q.Place) || rePronounLead.MatchString(it.Text) && visitSentence(it.Text, "", q.Place) ||
				describedVisit(it.Text, q.Place) && termScore(it.Text, []string{lastWord(p.Name)}) == 0
		}
		if i := slices.IndexFunc(mentions, told); i > 0 {
			mentions = append([]Item{mentions[i]}, slices.Delete(slices.Clone(mentions), i, i+1)...)
		}
		if ca, ok, err := s.calledOffLead(ctx, p.Name, q.Place, q.YesNo, mentions); err != nil || ok {
			return ca, err // the visit the itineraries missed, reported off
		}
		if len(mentions) > 0 && told(mentions[0]) {
			// A sentence naming the traveller and the place with a travel
			// word is the answer, though no itinerary holds it: say it comes
			// from the article text rather than open with "nothing stored".
			m := mentions[0]
			a.Lead = fmt.Sprintf("No stored itinerary has %s visiting %s, but the article text says: “%s”", p.Name, q.Place, strings.TrimSpace(m.Text))
			if q.YesNo && reVisitDone.MatchString(m.Text) {
				// "did Aldane visit Kelby?" told "Aldane visited ... Kelby".
				a.Lead = fmt.Sprintf("Yes — the article text says so, though no stored itinerary has it: “%s”", strings.TrimSpace(m.Text))
			}
			if len(m.Sources) > 0 {
				a.Lead = s.citedLead(a.Lead, m.Sources[0])
				a.Sources = m.Sources[:1]
				// "on Friday" said on a Thursday: the day it means.
				if note := dateNote(m.Text, m.Sources[0].Published); note != "" {
					a.Lead += "; " + note
				}
			}
			a.Lead += "."
			if len(mentions) > 1 {
				a.Lead += " Stored sentences that mention " + q.Place + " with " + lastWord(p.Name) + " are below."
			}
			a.Items = append(a.Items, mentions...)
		} else if cl, ok := s.countryLeg(vs, q, today); ok {
			// "arrive in Japan on Sunday" asked as Tokyo: the country's leg,
			// and that the city is not reported.
			a = cl
			a.Items = append(a.Items, mentions...)
			return a, nil
		} else if len(mentions) > 0 {
			a.Lead += " Stored sentences that mention " + q.Place + " with " + lastWord(p.Name) + " are below."
			a.Items = append(a.Items, mentions...)
		}
		if len(vs) > 0 {
			a.Lead += fmt.Sprintf(" Stored travel for %s: %s.", p.Name, placeList(vs))
			for _, v := range vs[:min(len(vs), 5)] {
				a.Items = append(a.Items, s.legItem(v))
			}
		}
		return a, nil
	}
	// A trip still on the books is the answer; a called-off one only when
	// nothing else is stored.
	pool := active
	if len(pool) == 0 {
		pool = at
	}
	best := pool[pickLeg(pool, q.Tense, today)]
	lead := s.legSentence(best, today)
	confirmedLater := false
	var off, seenP *newsbot.Passage
	superseded := false
	if c, ok := supersededBy(best, at); ok {
		lead, superseded = s.calledOff(best, c), true
		if q.YesNo {
			lead = "No — " + lead
		}
	} else if c, ok := confirmedBy(best, at); ok && !best.start.After(today) {
		lead, confirmedLater = s.confirmed(best, c), true
		if q.YesNo {
			lead = "Yes — " + lead
		}
	} else if c, ok := rescheduledFrom(best, at); ok && q.YesNo {
		// The stored call-off and the new plan say more than a search
		// for call-off words would.
		lead = "Postponed — " + s.calledOff(c, c) + ". Now planned: " + lead
	} else if p, ok, err := s.offReport(ctx, best); err != nil {
		return Answer{}, fmt.Errorf("ask when: %w", err)
	} else if ok {
		off, lead = &p, s.offLead(best, p)
		if q.YesNo {
			lead = "Probably not — " + lead
		}
	} else if p, ok, err := s.doneButOff(ctx, q, best); err != nil {
		return Answer{}, fmt.Errorf("ask when: %w", err)
	} else if ok {
		// A plan stored as done that its own report puts off.
		off, lead = &p, "No — "+s.offLead(best, p)
	} else if seen, ok, err := s.seenThere(ctx, best, today); err != nil {
		return Answer{}, fmt.Errorf("ask when: %w", err)
	} else if ok {
		lead, confirmedLater = s.seenLead(best, seen), true
		if q.YesNo {
			lead = "Yes — " + lead
		}
		seenP = &seen
	} else if q.YesNo {
		lead = yesNo(best, today) + lead
	}
	a := Answer{Lead: lead, Sources: best.leg.Sources}
	var also []string
	for _, v := range active {
		if v.leg.ID != best.leg.ID && v.dated() && !v.start.Equal(best.start) {
			if _, off := supersededBy(v, at); !off {
				also = append(also, v.leg.Trip.Place+" on "+longDate(local(v.start, s.loc())))
			}
		}
	}
	if len(also) > 0 {
		a.Lead += "; also " + joinAnd(also)
	}
	a.Items = s.evidenceItems(at)
	if seenP != nil {
		a.Items = append([]Item{s.passageItem(*seenP)}, a.Items...)
	}
	if off != nil {
		a.Items = append([]Item{s.passageItem(*off)}, a.Items...)
		return a, nil
	}
	if q.YesNo && !confirmedLater && !superseded && best.leg.Trip.Status != newsbot.StatusDone && best.leg.Trip.Status != newsbot.StatusCancelled {
		// The itinerary only has the plan: later sentences naming the
		// traveller and the place may say how it went.
		later, err := s.laterMentions(ctx, lastWord(p.Name)+" "+q.Place, newest(best.leg.Sources))
		if err != nil {
			return Answer{}, fmt.Errorf("ask when: %w", err)
		}
		if len(later) > 0 {
			a.Lead += "; later coverage is below."
			a.Items = append(a.Items, later...)
		}
	}
	return a, nil
}

// looksLikeThing: a question whose subject names an event or a thing
// ("the dam talks", "a summit"), or a title nobody stored holds.
func looksLikeThing(q Question) bool {
	return reAskThing.MatchString(q.Text)
}

// eventSubject: the subject of a "when" question is not a name but words
// naming an event ("closing arguments begin", "Harwood play"), and its verb
// is not one of travel: forcing it into the itinerary template garbles it.
func eventSubject(q Question) bool {
	if reTravelAsk.MatchString(q.Text) {
		return false
	}
	for _, w := range strings.Fields(q.Subject) {
		r := []rune(w)
		if len(r) > 3 && unicode.IsLower(r[0]) && !nameParticles[w] {
			return true
		}
	}
	return false
}

// nameParticles are lower-case words inside personal names.
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "del": true, "della": true, "bin": true, "binti": true}

// reAskThing: "when is the ...", "when are the ...", "when's a ...".
var reAskThing = lazyre.New(`(?i)^when(?:'s|\s+\w+)\s+(?:the|a|an)\s`)

// withoutStoryNouns is terms less the words naming the kind of story.
func withoutStoryNouns(terms []string) []string {
	var out []string
	for _, t := range terms {
		if !storyNouns[strings.ToLower(t)] {
			out = append(out, t)
		}
	}
	return out
}

// datedSentence is the sentence of lead's article with a calendar date and
// as many of terms as lead less one (at least one).
func (s *Service) datedSentence(ctx context.Context, lead newsbot.Passage, terms []string) (newsbot.Passage, bool, error) {
	art, err := s.Store.Article(ctx, lead.Article.ID)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", lead.Article.ID, err)
	}
	need := max(1, termScore(lead.Text, terms)-1)
	for _, sp := range text.Sentences(art.Text) {
		t := strings.TrimSpace(sp.Text)
		// The paper's name and date under the byline dates the page, not
		// the event ("Island Gazette, Monday 2 March 2026").
		if t != strings.TrimSpace(lead.Text) && reCalDate.MatchString(t) && termScore(t, terms) >= need && !issues.FurnitureLine(t) {
			return newsbot.Passage{Article: lead.Article, Text: t}, true, nil
		}
	}
	return newsbot.Passage{}, false, nil
}

// reTravelAsk marks a yes-or-no question about travel ("is Kowal going to
// Tallinn?"), as against one that only has the shape ("is Hartono in
// favour of joint ventures?").
var reTravelAsk = lazyre.New(`(?i)\b(?:go|going|gone|went|visit\w*|travel\w*|fly|flying|flew|flown|head\w*|been\s+to|arriv\w*|land\w*|attend\w*)\b`)

// laterMentions are sentences holding terms from articles published after
// since, newest first.
func (s *Service) laterMentions(ctx context.Context, terms string, since time.Time) ([]Item, error) {
	ps, err := s.Store.SearchPassages(ctx, terms, 8)
	if err != nil {
		return nil, fmt.Errorf("search passages %q: %w", terms, err)
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	var out []Item
	for _, p := range ps {
		if p.Article.Published.After(since) && len(out) < 2 {
			out = append(out, s.passageItem(p))
		}
	}
	return out, nil
}

// calledOff says that a later report cancelled a planned leg.
func (s *Service) calledOff(v, c legView) string {
	t := v.leg.Trip
	place := cmp.Or(t.Place, t.Country)
	lead := fmt.Sprintf("%s's visit to %s", t.Traveler, place)
	if v.dated() {
		lead += " planned for " + longDate(local(v.start, s.loc()))
	}
	lead += offWords(c.leg.Trip.Evidence)
	if len(c.leg.Sources) > 0 {
		lead += ", according to " + s.cite(c.leg.Sources[0])
	}
	return lead
}

// rePostponed: a call-off that is a postponement, with the new time when
// given ("postponed her visit to Kathmandu until January").
var (
	rePostponed = lazyre.New(`(?i)\b(?:postpon\w*|delay(?:ed|s|ing)?|put\s+off|push(?:ed|es|ing)?\s+back|deferr?(?:ed|ing|s)?|reschedul\w*)\b`)
	reUntil     = lazyre.New(`(?i)\b(?:until|till|to)\s+((?:early\s+|late\s+|mid-)?(?:` + monthRe + `)(?:\s+\d{4})?|next\s+(?:week|month|year)|the\s+new\s+year|later\s+(?:this|next)\s+(?:week|month|year)|(?:the\s+)?spring|(?:the\s+)?summer|(?:the\s+)?autumn|(?:the\s+)?winter|\d{4})\b`)
)

// offWords says how a visit was called off, from the sentence that says
// so: " has been postponed until January", or " has been called off".
func offWords(evidence string) string {
	loc := rePostponed.FindStringIndex(evidence)
	if loc == nil {
		return " has been called off"
	}
	out := " has been postponed"
	if m := reUntil.FindStringSubmatch(evidence[loc[1]:]); m != nil {
		out += " until " + m[1]
	}
	return out
}

// yesNo opens the answer to "has X visited Y?" when the leg settles it.
func yesNo(v legView, today time.Time) string {
	past := v.gran != granNone && !v.start.After(today)
	switch {
	case v.leg.Trip.Status == newsbot.StatusCancelled:
		return "No — "
	case past && (v.leg.Trip.Status == newsbot.StatusDone || v.leg.Trip.Status == newsbot.StatusUnderway):
		return "Yes — "
	case !past && v.leg.Trip.Status == newsbot.StatusScheduled:
		return "Planned — "
	}
	// Scheduled for a day now past, with no report that it happened: say
	// what is stored and no more.
	return ""
}

// pickLeg chooses the leg a "when" question is about: for a past question
// the latest one before today, otherwise the next one from today; failing
// that the nearest on the other side, then an undated one.
func pickLeg(vs []legView, tense Tense, today time.Time) int {
	next, last, undated := -1, -1, -1
	for i, v := range vs {
		switch {
		case v.gran == granNone:
			if undated < 0 {
				undated = i
			}
		case !v.end.After(today): // over before today
			last = i
		default:
			if next < 0 {
				next = i
			}
		}
	}
	order := []int{next, undated, last}
	if tense == Past {
		order = []int{last, next, undated}
	}
	for _, i := range order {
		if i >= 0 {
			return i
		}
	}
	return 0
}

// placeMatches: the asked place names the leg's city or country, or the
// other way round ("Shanghai" asks about Shanghai, China).
func placeMatches(t newsbot.Trip, asked string) bool {
	a := normWords(asked)
	for _, p := range []string{t.Place, t.Country} {
		n := normWords(p)
		if strings.TrimSpace(n) == "" {
			continue
		}
		if strings.Contains(a, n) || strings.Contains(n, a) {
			return true
		}
	}
	return false
}

// legSentence says a leg in one sentence, worded by its status and whether
// its day is past, today or to come: "Friday 30 January 2026: Keir Starmer
// is scheduled to visit Shanghai".
func (s *Service) legSentence(v legView, today time.Time) string {
	t := v.leg.Trip
	place := t.Place
	if place == "" {
		place = t.Country
	}
	// when: -1 past, 0 today (or under way), 1 to come; undated legs are
	// treated as to come.
	when := 1
	switch {
	case v.gran == granNone:
	case !v.end.After(today):
		when = -1
	case !v.start.After(today):
		when = 0
	}
	var verb string
	switch t.Status {
	case newsbot.StatusCancelled:
		verb = fmt.Sprintf("%s's visit to %s%s", t.Traveler, place, offWords(t.Evidence))
	case newsbot.StatusDone:
		verb = fmt.Sprintf("%s visited %s", t.Traveler, place)
	case newsbot.StatusScheduled:
		if when < 0 {
			verb = fmt.Sprintf("%s was scheduled to visit %s", t.Traveler, place)
		} else {
			verb = fmt.Sprintf("%s is scheduled to visit %s", t.Traveler, place)
		}
	default: // under way, or not known
		switch when {
		case -1:
			verb = fmt.Sprintf("%s was in %s", t.Traveler, place)
		case 0:
			verb = fmt.Sprintf("%s is in %s", t.Traveler, place)
		default:
			verb = fmt.Sprintf("%s will be in %s", t.Traveler, place)
		}
	}
	if w := legWhat(t); w != "visit" && !strings.Contains(strings.ToLower(w), strings.ToLower(place)) {
		verb += " (" + w + ")"
	}
	switch v.gran {
	case granDay:
		return longDate(local(v.start, s.loc())) + ": " + verb
	case granNone:
		return verb + "; " + coarseLabel(v)
	}
	return upperFirst(coarseLabel(v)) + ": " + verb
}

// evidenceItem shows the sentence a leg rests on, with the leg as detail.
func (s *Service) evidenceItem(v legView) Item {
	it := s.legItem(v)
	if ev := strings.TrimSpace(v.leg.Trip.Evidence); ev != "" {
		it.Detail = it.Text + " (" + it.Detail + ")"
		it.Text = ev
	}
	return it
}

// evidenceItems shows each leg's sentence once: legs read from one
// sentence ("Shanghai on Friday, then Japan") share an item.
func (s *Service) evidenceItems(vs []legView) []Item {
	var out []Item
	index := map[string]int{}
	for _, v := range vs {
		it := s.evidenceItem(v)
		if i, ok := index[it.Text]; ok && it.Kind == ItemLeg && v.leg.Trip.Evidence != "" {
			out[i].Detail += "; " + it.Detail
			out[i].Sources = mergeRefs(out[i].Sources, it.Sources)
			continue
		}
		index[it.Text] = len(out)
		out = append(out, it)
	}
	return out
}

// askWhere: "where is X on Friday / today / tomorrow / next?"
func (s *Service) askWhere(ctx context.Context, q Question) (Answer, error) {
	p, cands, err := s.traveler(ctx, q.Subject, q.Place)
	if err != nil {
		return Answer{}, fmt.Errorf("ask where: %w", err)
	}
	if cands != nil {
		return candidatesAnswer(q.Subject, cands), nil
	}
	if p.ID == 0 && (looksLikeThing(q) || eventSubject(q) || stripArticle(q.Subject) != q.Subject) {
		// "where is the Tiree festival moving?" asks about a thing: the
		// articles answer it.
		return s.askSearch(ctx, q.Text, q.Text)
	}
	today := s.today()
	vs, err := s.travel(ctx, p.Name)
	if err != nil {
		return Answer{}, fmt.Errorf("ask where: %w", err)
	}
	if q.DateText == "next" {
		var ahead []legView
		for _, v := range vs {
			if v.gran == granNone || v.end.After(today) {
				ahead = append(ahead, v)
			}
		}
		if len(ahead) == 0 {
			a := Answer{Lead: fmt.Sprintf("I have no coming travel stored for %s.", p.Name)}
			if p.ID == 0 {
				return s.suggested(ctx, a, q.Subject)
			}
			return a, nil
		}
		lead, off, err := s.legLead(ctx, ahead[0], today)
		if err != nil {
			return Answer{}, fmt.Errorf("ask where: %w", err)
		}
		a := Answer{Lead: lead, Sources: ahead[0].leg.Sources}
		a.Items = s.evidenceItems(ahead)
		if off != nil {
			a.Items = append([]Item{s.passageItem(*off)}, a.Items...)
		}
		return a, nil
	}
	if from, to, span, ok := ResolveSpan(q.DateText, q.Tense, today); ok {
		// "where is X next week?", "where was X in March?": every leg
		// in the span, or plainly none.
		return s.whereInWeek(ctx, p, vs, from, to, today, span)
	}
	day, ok := ResolveDay(q.DateText, q.Tense, today)
	if !ok {
		return s.askSearch(ctx, q.Text, q.Text)
	}
	// "15 April" without a year means the one the coverage is about.
	if alt, ok := coveredYear(q.DateText, day, vs); ok {
		day = alt
	} else if alt, ok := coveredWeekday(q.DateText, day, vs); ok {
		day = alt
	}
	var on []legView
	before, after := -1, -1
	for i, v := range vs {
		switch {
		case v.gran == granNone:
		case !day.Before(v.start) && day.Before(v.end):
			on = append(on, v)
		case !v.end.After(day):
			before = i
		case after < 0:
			after = i
		}
	}
	dayName := longDate(local(day, s.loc()))
	if len(on) == 0 && p.ID != 0 {
		// "where is Okonjo on Wednesday?" asked on Thursday may mean the
		// Wednesday just gone; and the copy may say what the legs do not
		// ("speak to investors at the Guildhall on Wednesday").
		if a, ok, err := s.whereOnWeekday(ctx, p, vs, q, day, today); err != nil || ok {
			return a, err
		}
		if a, ok, err := s.whereOnDayFromCopy(ctx, p, day); err != nil || ok {
			return a, err
		}
	}
	if len(on) == 0 && q.DateText == "" && len(vs) == 0 {
		// "where is X?" of someone who travels in no story: where the
		// copy says they live or are held ("is based in Israel").
		if k, ok, err := s.whereKept(ctx, cmp.Or(p.Name, q.Subject)); err != nil {
			return Answer{}, fmt.Errorf("ask where: %w", err)
		} else if ok {
			return Answer{Lead: k.Text, Sources: []newsbot.ArticleRef{k.Article}, Items: []Item{s.passageItem(k)}}, nil
		}
	}
	if len(on) == 0 {
		a := Answer{Lead: fmt.Sprintf("I have nothing stored about where %s is on %s.", p.Name, dayName)}
		if day.Before(today) {
			a.Lead = fmt.Sprintf("I have nothing stored about where %s was on %s.", p.Name, dayName)
		}
		if p.ID == 0 {
			return s.suggested(ctx, a, q.Subject)
		}
		var near []legView
		for _, i := range []int{before, after} {
			if i >= 0 {
				near = append(near, vs[i])
			}
		}
		a.Items = s.evidenceItems(near)
		if len(a.Items) > 0 {
			a.Lead += " The nearest stored legs are below."
		}
		return a, nil
	}
	// Day-precise legs say more than a month-long one.
	slices.SortStableFunc(on, func(a, b legView) int { return cmp.Compare(granRank(a.gran), granRank(b.gran)) })
	lead, off, err := s.legLead(ctx, on[0], today)
	if err != nil {
		return Answer{}, fmt.Errorf("ask where: %w", err)
	}
	a := Answer{Lead: lead, Sources: on[0].leg.Sources}
	var more []string
	for _, v := range on[1:] {
		if v.dated() && !placeMatches(v.leg.Trip, on[0].leg.Trip.Place) {
			more = append(more, v.leg.Trip.Place)
		}
	}
	if len(more) > 0 {
		a.Lead += ", then " + joinAnd(more)
	}
	a.Items = s.evidenceItems(on)
	if off != nil {
		a.Items = append([]Item{s.passageItem(*off)}, a.Items...)
	}
	return a, nil
}

func granRank(g string) int {
	return slices.Index([]string{granDay, granWeek, granMonth, granYear, granNone}, g)
}

// askWhoIs: role and the latest words or mention of a person.
func (s *Service) askWhoIs(ctx context.Context, q Question) (Answer, error) {
	people, err := s.Store.FindPeople(ctx, q.Subject, 5)
	if err != nil {
		return Answer{}, fmt.Errorf("ask who is %q: %w", q.Subject, err)
	}
	all := people
	people = preferExact(q.Subject, people)
	if len(people) == 0 {
		// "who is the new chief executive of X?": the appointment told.
		if a, ok, err := s.askNewHolder(ctx, q.Subject); err != nil || ok {
			return a, err
		}
	}
	if len(people) == 0 && looksLikeRole(q.Subject) {
		p, ps, err := s.personByRole(ctx, q.Subject)
		if err != nil {
			return Answer{}, fmt.Errorf("ask who is %q: %w", q.Subject, err)
		}
		if p.ID != 0 {
			who := personLabel(p)
			if strings.EqualFold(stripArticle(q.Subject), p.Role) {
				who = p.Name // the role is what was asked
			}
			a := Answer{Lead: fmt.Sprintf("In stored coverage, %s is %s.", q.Subject, who), Sources: []newsbot.ArticleRef{ps.Article}}
			a.Items = append(a.Items, s.passageItem(*ps))
			return a, nil
		}
	}
	if len(people) == 0 {
		// Not a person we know: perhaps a thing ("tell me about the embassy row").
		a, found, err := s.search(ctx, q.Text, q.Subject)
		if err != nil || found {
			return a, err
		}
		return s.suggested(ctx, a, q.Subject)
	}
	if len(people) > 1 {
		return candidatesAnswer(q.Subject, people), nil
	}
	p := people[0]
	var a Answer
	role, err := s.describedAs(ctx, p)
	if err != nil {
		return Answer{}, fmt.Errorf("ask who is %q: %w", p.Name, err)
	}
	switch {
	case role != "" && possessiveRole(role):
		// "its director": the organisation is in the sentence below.
		a.Lead = fmt.Sprintf("%s is described as “%s” in stored coverage (see below).", p.Name, role)
	case role != "":
		a.Lead = fmt.Sprintf("%s is %s.", p.Name, withArticle(role))
		// "the chief executive": of what, the story's headline tells.
		mentions, err := s.Store.SearchPassages(ctx, p.Name, 3)
		if err != nil {
			return Answer{}, fmt.Errorf("ask who is %q: mentions: %w", p.Name, err)
		}
		if org, direct, err := s.roleStory(ctx, p, role, mentions); err != nil {
			return Answer{}, fmt.Errorf("ask who is %q: %w", p.Name, err)
		} else if direct {
			a.Lead = fmt.Sprintf("%s is the %s %s.", p.Name, org, stripArticle(role))
		} else if org != "" {
			a.Lead = fmt.Sprintf("%s is %s, in coverage of %s.", p.Name, withArticle(role), org)
		}
	default:
		a.Lead = fmt.Sprintf("%s is in stored coverage, but no role is given.", p.Name)
		if r, ap, err := s.appointedAs(ctx, p); err != nil {
			return Answer{}, fmt.Errorf("ask who is %q: %w", p.Name, err)
		} else if ap != nil {
			// No title beside the name; an appointment gives the post.
			a.Lead = fmt.Sprintf("%s is named as %s: “%s” (%s).", p.Name, withArticle(r), strings.TrimSpace(ap.Text), s.cite(ap.Article))
			a.Sources = []newsbot.ArticleRef{ap.Article}
			break
		}
		if d, err := s.predicateRole(ctx, p); err != nil {
			return Answer{}, fmt.Errorf("ask who is %q: %w", p.Name, err)
		} else if d != "" {
			// No title beside the name; a clause says what the person is.
			a.Lead = fmt.Sprintf("%s is described as %s in stored coverage.", p.Name, d)
		}
	}
	if p.Quotes > 0 {
		a.Lead = strings.TrimSuffix(a.Lead, ".") + fmt.Sprintf("; %s stored.", plural(p.Quotes, "quote"))
	}
	if len(strings.Fields(q.Subject)) == 1 {
		var also []string
		for _, o := range all {
			if o.ID != p.ID && strings.EqualFold(lastWord(o.Name), lastWord(p.Name)) {
				also = append(also, personLabel(o))
			}
		}
		if len(also) > 0 {
			a.Lead += " Also stored with that name: " + joinAnd(also) + "."
		}
	}
	hits, err := s.Store.QuotesBy(ctx, p.ID, newsbot.QuoteFilter{Limit: 1})
	if err != nil {
		return Answer{}, fmt.Errorf("ask who is %q: latest quote: %w", p.Name, err)
	}
	for _, h := range hits {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	ps, err := s.Store.SearchPassages(ctx, p.Name, 3)
	if err != nil {
		return Answer{}, fmt.Errorf("ask who is %q: mentions: %w", p.Name, err)
	}
	for _, ps := range ps[:min(len(ps), 2)] {
		a.Items = append(a.Items, s.passageItem(ps))
	}
	if len(ps) > 0 {
		a.Sources = []newsbot.ArticleRef{ps[0].Article}
	}
	return a, nil
}

// withArticle puts "the" before a bare role: "the British Prime Minister".
func withArticle(role string) string {
	low := strings.ToLower(role)
	// "CalMor's managing director" takes no article, nor does a possessive
	// name after a title ("Mr Brown's former adviser").
	for _, w := range strings.Fields(role) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			return role
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			break
		}
	}
	// "of the nurses' union": the body a person speaks for, as wire
	// copy gives it after the name.
	for _, a := range []string{"a ", "an ", "the ", "one of ", "of "} {
		if strings.HasPrefix(low, a) {
			return role
		}
	}
	return "the " + role
}

// askOpen: the open issues about a topic.
func (s *Service) askOpen(ctx context.Context, q Question) (Answer, error) {
	if q.YesNo && q.Topic != "" {
		return s.askIsOpen(ctx, q)
	}
	issues, err := s.Store.Issues(ctx, newsbot.IssueOpen, maxIssuesScanned)
	if err != nil {
		return Answer{}, fmt.Errorf("ask open %q: %w", q.Topic, err)
	}
	var hit []newsbot.IssueRecord
	for _, is := range sortIssues(issues) {
		if issueMatches(is, q.Topic) {
			hit = append(hit, is)
		}
	}
	switch {
	case len(hit) == 0 && q.Topic != "":
		return Answer{Lead: fmt.Sprintf("I have no open issue stored about %s.", q.Topic)}, nil
	case len(hit) == 0:
		return Answer{Lead: "No open issues are stored."}, nil
	}
	// Threads the store did not merge may share a title: name it once.
	var titles []string
	count := map[string]int{}
	for _, is := range hit {
		if count[is.Title]++; count[is.Title] == 1 {
			titles = append(titles, is.Title)
		}
	}
	for i, t := range titles {
		if n := count[t]; n > 1 {
			titles[i] = fmt.Sprintf("%s (%d threads)", t, n)
		}
	}
	if len(titles) > 3 {
		titles = append(titles[:3], fmt.Sprintf("%d more", len(titles)-3))
	}
	a := s.issueAnswer(hit, "open")
	if q.Topic != "" {
		a.Lead = fmt.Sprintf("Still open about %s: %s", q.Topic, joinAnd(titles))
	} else {
		a.Lead = "Still open: " + joinAnd(titles)
	}
	return a, nil
}

// askIsOpen: "is the mackerel dispute still open?" The issue list says
// whether a thread is open (editors close them); its latest development,
// cited, says where it stands. With no issue about the topic the answer
// says so and shows the newest coverage instead of guessing.
func (s *Service) askIsOpen(ctx context.Context, q Question) (Answer, error) {
	issues, err := s.Store.Issues(ctx, "", maxIssuesScanned)
	if err != nil {
		return Answer{}, fmt.Errorf("ask whether %q is open: %w", q.Topic, err)
	}
	var hit *newsbot.IssueRecord
	matched := matchingIssues(issues, q.Topic)
	if len(matched) == 0 {
		// The issue may use a near word for the asker's ("the Westmere
		// housing dispute" filed under "a 400-home estate").
		if _, near, err := s.topicGap(ctx, keyTerms(q.Topic)); err != nil {
			return Answer{}, fmt.Errorf("ask whether %q is open: %w", q.Topic, err)
		} else if t := strings.Join(near, " "); !strings.EqualFold(t, strings.Join(keyTerms(q.Topic), " ")) {
			matched = matchingIssues(issues, t)
		}
	}
	hits, err := s.withSettlements(ctx, matched, time.Time{})
	if err != nil {
		return Answer{}, fmt.Errorf("ask whether %q is open: %w", q.Topic, err)
	}
	if hits = topicFirst(hits, q.Topic); len(hits) > 0 {
		hit = &hits[0]
	}
	a, err := s.askLatest(ctx, Question{Kind: QLatest, Topic: q.Topic, Text: q.Text})
	if err != nil {
		return Answer{}, err
	}
	if strings.HasPrefix(a.Lead, nothingStored) {
		// The story is not stored, whatever issue its other words match.
		return a, nil
	}
	if hit != nil && (lacksAction(*hit, q.Topic) || lacksQualifier(*hit, q.Topic)) {
		// Matched without the act asked about: maybe another thread of the
		// story, so a settlement of the act itself speaks first; failing
		// that, the issue stands (its title may just not name the strike).
		if sa, ok, err := s.settledUntracked(ctx, q); err != nil || ok {
			return sa, err
		}
	}
	if hit == nil {
		// A settlement no stored issue tracks: "is the Westbury strike
		// over?" of a strike whose start filed no issue.
		if sa, ok, err := s.settledUntracked(ctx, q); err != nil || ok {
			return sa, err
		}
		a.Lead = fmt.Sprintf("No stored issue matches %s, so I cannot say whether it is settled. %s", q.Topic, a.Lead)
		return a, nil
	}
	open := hit.Status != newsbot.IssueClosed
	state := "still open in stored coverage"
	// The newest coverage the answer leads with speaks first: a report that
	// the strike was called off outranks the issue's older development.
	newest := len(a.Sources) > 0 && !a.Sources[0].Published.Before(hit.LatestAt)
	// The lead's own sentence, without "Latest on TOPIC: " and its citation
	// (which always hold the topic's words).
	told := strings.TrimPrefix(a.Lead, fmt.Sprintf("Latest on %s: ", q.Topic))
	if i := strings.LastIndex(told, " ("); i > 0 {
		told = told[:i]
	}
	switch {
	case !open:
		state = "marked closed by an editor"
	case newest && reportsSettled(told) && !settledElsewhere(newsbot.IssueRecord{Latest: told}, q.Topic):
		open = false
		state = settledState(a.Lead, a.Sources[0], s.loc()) + "; no editor has closed it"
	case reportsSettled(hit.Latest) && !settledElsewhere(*hit, q.Topic):
		// Editors close issues; the copy may have settled it first.
		open = false
		state = "the latest coverage reports it settled, though no editor has closed it"
	}
	yes := "Yes"
	if open == q.Settled {
		yes = "No"
	}
	a.Lead = fmt.Sprintf("%s — %s (#%d %s). %s", yes, state, hit.ID, hit.Title, a.Lead)
	return a, nil
}

// settledState words a settlement report for the lead: "called off, per
// Harbour Gazette on Thursday".
func settledState(sentence string, src newsbot.ArticleRef, loc *time.Location) string {
	verb := "reported settled"
	if m := reSettledVerb.FindString(sentence); m != "" {
		verb = strings.ToLower(strings.Join(strings.Fields(m), " "))
	}
	// The report's day, not the event's: the sentence may date it earlier.
	state := verb
	if src.Outlet != "" {
		state += ", per " + src.Outlet
	}
	if !src.Published.IsZero() {
		state += " on " + src.Published.In(loc).Format("Monday")
	}
	return state
}

// reSettledVerb is the word a settlement report uses, in the past tense.
var reSettledVerb = lazyre.New(`(?i)\b(?:called\s+off|suspended|settled|resolved|ended|averted|cancell?ed)\b`)

// askSearch is the fallback: the best sentences from articles and quotes.
func (s *Service) askSearch(ctx context.Context, question, text string) (Answer, error) {
	if a, ok, err := s.whoOpposes(ctx, question); err != nil || ok {
		return a, err
	}
	if a, ok, err := s.whatProbes(ctx, question); err != nil || ok {
		return a, err
	}
	a, _, err := s.search(ctx, question, text)
	return a, err
}

// search answers from full-text search; found is false when nothing matched.
func (s *Service) search(ctx context.Context, question, text string) (Answer, bool, error) {
	if subj := happenedSubject(question); subj != "" {
		// "what happened in Wiltshire?": the words of the place or event
		// are what to look for; "happened" is in no report.
		text = subj
	}
	terms, err := s.withAcronyms(ctx, text, keyTerms(text))
	if err != nil {
		return Answer{}, false, err
	}
	if len(terms) == 0 {
		return Answer{Lead: "I could not tell what to look for; " + AskUsage + "."}, false, nil
	}
	query := strings.Join(terms, " ")
	passages, quotes, err := s.retrieve(ctx, query)
	if err != nil {
		return Answer{}, false, err
	}
	if len(passages)+len(quotes) == 0 && len(terms) > 1 {
		// Full-text search may need every word: search word by word and keep
		// sentences that share at least two words with the question.
		if passages, quotes, err = s.retrieveEach(ctx, terms); err != nil {
			return Answer{}, false, err
		}
	}
	if stems := stemTerms(terms); len(passages)+len(quotes) == 0 && stems != nil {
		// The store matches whole words: "pensions" misses "pension".
		if passages, quotes, err = s.retrieve(ctx, strings.Join(stems, " ")); err != nil {
			return Answer{}, false, err
		}
		if len(passages)+len(quotes) == 0 && len(stems) > 1 {
			if passages, quotes, err = s.retrieveEach(ctx, stems); err != nil {
				return Answer{}, false, err
			}
		}
	}
	if rest := withoutStoryNouns(terms); len(passages)+len(quotes) == 0 && len(rest) > 0 && len(rest) < len(terms) {
		// "the dam talks" told as experts meeting: the words naming the
		// kind of story may not be in it.
		if passages, quotes, err = s.retrieve(ctx, strings.Join(rest, " ")); err != nil {
			return Answer{}, false, err
		}
		if len(passages)+len(quotes) > 0 {
			terms = rest
		}
	}
	if len(passages)+len(quotes) == 0 && answerScore(question, "0 1 January") > 0 {
		// The figure or date asked for may sit in a sentence with few of
		// the question's words.
		cover, err := s.rankInContext(ctx, nil, terms, question)
		if err != nil {
			return Answer{}, false, err
		}
		p, ok, err := s.answerSentence(ctx, question, terms, newsbot.Passage{}, cover)
		if err != nil {
			return Answer{}, false, err
		}
		if ok {
			passages = append(passages, p)
		}
	}
	if len(passages)+len(quotes) == 0 && askedFor(question) != askedNone {
		// The answer may name the subject only by a description ("the
		// operator owes ...") and so share few of the question's words.
		cover, err := s.rankInContext(ctx, nil, terms, question)
		if err != nil {
			return Answer{}, false, err
		}
		if p, ok, err := s.describedAnswer(ctx, question, terms, nil, cover); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = append(passages, p)
		}
	}
	var eventLead *newsbot.Passage
	if subj := happenedSubject(question); subj != "" && happenedEvent(subj) {
		// "what happened at the hearing?": the lede of the story about it
		// tells what happened; a sentence naming it mostly sets the scene
		// ("on the first day of a two-day hearing in Houston").
		if p, ok, err := s.storyLead(ctx, question, terms); err != nil {
			return Answer{}, false, err
		} else if ok {
			eventLead = &p
			passages = slices.Insert(passages, 0, p)
		}
	}
	if len(passages)+len(quotes) == 0 {
		if p, ok, err := s.storyLead(ctx, question, terms); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = append(passages, p)
		}
	}
	if len(passages)+len(quotes) == 0 {
		if text == cleanQuestion(question) {
			return Answer{Lead: fmt.Sprintf("I have nothing stored that answers “%s”.", text)}, false, nil
		}
		return Answer{Lead: fmt.Sprintf("%s %s.", nothingStored, text)}, false, nil
	}
	broaden := reNowWords.MatchString(question) ||
		answerScore(question, "0 1 January") > 0 && !slices.ContainsFunc(passages, func(p newsbot.Passage) bool { return answerScore(question, p.Text) > 0 })
	if broaden && len(terms) > 1 {
		// Newer sentences, or the one holding the figure or date asked
		// for, may not share all the question's wording: gather those
		// sharing most of its words too.
		more, _, err := s.retrieveEach(ctx, terms)
		if err != nil {
			return Answer{}, false, err
		}
		for _, p := range more {
			if !slices.ContainsFunc(passages, func(q newsbot.Passage) bool { return q.Article.ID == p.Article.ID && q.Text == p.Text }) {
				passages = append(passages, p)
			}
		}
	}
	if forms := verbForms(questionVerb(question)); len(forms) > 0 {
		// "what has Northern Crest offered?": the sentence with the verb
		// ("had offered a 4.5% increase") answers, though full-text search
		// found the lead, which holds the other words but not the verb's
		// form the question used.
		if passages, err = s.withVerb(ctx, passages, forms, terms, questionSubject(question)); err != nil {
			return Answer{}, false, err
		}
	}
	cover, err := s.rankInContext(ctx, passages, terms, question)
	if err != nil {
		return Answer{}, false, err
	}
	if reNowWords.MatchString(question) {
		passages = newestFirst(passages, terms)
	}
	if len(passages) > 0 && answerScore(question, "0 1 January") > 0 && answerScore(question, passages[0].Text) == 0 {
		p, ok, err := s.answerSentence(ctx, question, terms, passages[0], cover)
		if err != nil {
			return Answer{}, false, err
		}
		if ok {
			passages = slices.Insert(passages, 0, p)
		}
	}
	if len(passages) > 0 {
		if p, ok, err := s.describedAnswer(ctx, question, terms, &passages[0], cover); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		}
		if p, ok, err := s.probeAnswer(ctx, question, terms, passages[0]); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		}
		if p, ok, err := s.doneReport(ctx, passages[0], terms, passages[1:]); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		}
	}
	if years := askedYears(question); len(passages) > 0 && yearFit(passages[0].Text, years) < 0 {
		// "how much did output grow in 2025?" led by the forecast for
		// 2026: the article's sentence about the year asked goes first.
		if p, ok, err := s.yearSentence(ctx, question, terms, passages[0], years); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		}
	}
	if p, ok, err := s.startAnswer(ctx, question, passages); err != nil {
		return Answer{}, false, err
	} else if ok {
		passages = slices.Insert(passages, 0, p)
	}
	if len(passages) > 0 && reAskWhen.MatchString(cleanQuestion(question)) && answerScore(question, passages[0].Text) == 1 {
		// "on Monday" in the sentence found may date the report, not the
		// event: a sentence of the same article naming the day and month,
		// with the question's words, answers better.
		if p, ok, err := s.datedSentence(ctx, passages[0], terms); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		} else if i := calendarPassage(passages, terms); i > 0 {
			// Another sentence found holds a calendar date beside the
			// question's last word ("The ban comes into force on 18
			// February"): it dates the event; "last week" in the first
			// one may date only the report of it.
			p := passages[i]
			passages = slices.Insert(slices.Delete(passages, i, i+1), 0, p)
		} else if p, ok, err := s.calendarAnswer(ctx, terms, cover); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		}
	}
	if p, ok, err := s.ordinalVenue(ctx, question, passages); err != nil {
		return Answer{}, false, err
	} else if ok && (len(passages) == 0 || passages[0].Text != p.Text) {
		passages = slices.Insert(passages, 0, p)
	}
	if forms := verbForms(whenVerb(question)); len(forms) > 0 && len(passages) > 1 && !hasVerb(passages[0].Text, forms) {
		// "when will the council decide ...?": the dated sentence with the
		// verb asked about answers, not one dating another event of the
		// story (a minister's visit "on Friday").
		if i := slices.IndexFunc(passages, func(p newsbot.Passage) bool {
			return hasVerb(p.Text, forms) && (answerScore(question, p.Text) > 0 || reOrdinalDay.MatchString(p.Text)) && termScore(p.Text, terms) >= 2
		}); i > 0 {
			p := passages[i]
			passages = slices.Insert(slices.Delete(passages, i, i+1), 0, p)
		}
	}
	if len(passages) > 0 {
		if p, ok, err := s.headlineLead(ctx, question, terms, passages[0], cover); err != nil {
			return Answer{}, false, err
		} else if ok {
			passages = slices.Insert(passages, 0, p)
		}
	}
	if need := typedNeed(question, terms); need != nil && len(passages) > 0 && !need(passages[0].Text) {
		// The sentence with the verb and the person, date or figure asked
		// for may name the subject only by a description.
		p, ok, err := s.inArticleAnswer(ctx, withoutFeeling(question, terms), cover, need)
		if err != nil {
			return Answer{}, false, err
		}
		if !ok {
			if p, ok, err = s.originAnswer(ctx, question, terms, cover); err != nil {
				return Answer{}, false, err
			}
		}
		if loose := looseNeed(question, terms); !ok && loose != nil && !loose(passages[0].Text) && !statesReason(question, passages[0].Text) {
			if p, ok, err = s.inArticleAnswer(ctx, terms, cover, loose); err != nil {
				return Answer{}, false, err
			}
		}
		if ok {
			passages = slices.Insert(passages, 0, p)
		}
	}
	if eventLead != nil && (passages[0].Article.ID != eventLead.Article.ID || passages[0].Text != eventLead.Text) {
		// The rules above answer a sentence naming the event; its story's
		// lede answers what happened there.
		passages = slices.DeleteFunc(passages, func(p newsbot.Passage) bool { return p.Article.ID == eventLead.Article.ID && p.Text == eventLead.Text })
		passages = slices.Insert(passages, 0, *eventLead)
	}
	if s.LLM != nil && len(passages) > 0 {
		text, err := s.LLM.Answer(ctx, question, passages)
		switch {
		case err == nil && strings.TrimSpace(text) != "":
			// Items keep the order the model saw, so its [n] cite item n.
			a := Answer{Lead: strings.TrimSpace(text)}
			for _, p := range passages[:min(len(passages), llmMaxPassages)] {
				a.Items = append(a.Items, s.passageItem(p))
			}
			return a, true, nil
		case ctx.Err() != nil:
			return Answer{}, false, fmt.Errorf("ask: %w", ctx.Err())
		case err != nil:
			// The LLM is an optional extra: the rules still answer when it
			// fails, and the failure is logged for the operator.
			s.logger().WarnContext(ctx, "llm answer failed; answering from rules", "err", err)
		}
	}
	var a Answer
	if len(passages) > 0 {
		// The lead sentence is repeated as the first item, which carries
		// its source and date: the answer must say where it comes from.
		a.Lead, a.Sources = passages[0].Text, []newsbot.ArticleRef{passages[0].Article}
		if reAskWhen.MatchString(cleanQuestion(question)) {
			// "when is the Tallinn summit?" answered by "on Thursday" must
			// say which Thursday.
			if note := dateNote(passages[0].Text, passages[0].Article.Published); note != "" {
				a.Lead += " (" + note + ")"
			}
		}
		for _, p := range passages {
			it := s.passageItem(p)
			it.Detail = dateNote(p.Text, p.Article.Published)
			a.Items = append(a.Items, it)
		}
	} else {
		q := quotes[0]
		a.Lead = fmt.Sprintf("%s said: “%s”", speakerName(q), strings.TrimRight(strings.TrimSpace(q.Quote.Text), ",;:"))
		a.Sources = []newsbot.ArticleRef{q.Article}
	}
	for _, h := range quotes {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	return a, true, nil
}

func (s *Service) retrieve(ctx context.Context, query string) ([]newsbot.Passage, []newsbot.QuoteHit, error) {
	passages, err := s.Store.SearchPassages(ctx, query, 8)
	if err != nil {
		return nil, nil, fmt.Errorf("ask: search passages %q: %w", query, err)
	}
	quotes, err := s.Store.SearchQuotes(ctx, query, newsbot.QuoteFilter{Limit: 3})
	if err != nil {
		return nil, nil, fmt.Errorf("ask: search quotes %q: %w", query, err)
	}
	return passages, quotes, nil
}

// retrieveEach searches each term alone (the first few) and keeps the
// passages and quotes that match two terms or more.
func (s *Service) retrieveEach(ctx context.Context, terms []string) ([]newsbot.Passage, []newsbot.QuoteHit, error) {
	type key struct {
		id   int64
		text string
	}
	seenP, seenQ := map[key]bool{}, map[int64]bool{}
	var passages []newsbot.Passage
	var quotes []newsbot.QuoteHit
	for _, t := range terms[:min(len(terms), 6)] {
		ps, qs, err := s.retrieve(ctx, t)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range ps {
			k := key{p.Article.ID, p.Text}
			if !seenP[k] && termScore(p.Text, terms) >= 2 {
				seenP[k] = true
				passages = append(passages, p)
			}
		}
		for _, q := range qs {
			if !seenQ[q.ID] && termScore(q.Quote.Text, terms) >= 2 {
				seenQ[q.ID] = true
				quotes = append(quotes, q)
			}
		}
	}
	return passages, quotes[:min(len(quotes), 3)], nil
}

// stemTerms is terms with common endings dropped, or nil when that changes
// nothing.
func stemTerms(terms []string) []string {
	out := make([]string, len(terms))
	changed := false
	for i, t := range terms {
		out[i] = t
		if st := baseForm(strings.ToLower(t)); st != strings.ToLower(t) {
			out[i], changed = st, true
		}
	}
	if !changed {
		return nil
	}
	return out
}

// baseForm is the word a search should also try: a plural's singular, or
// the verb of an -ing form ("pensions" → "pension", "borrowing" → "borrow").
func baseForm(w string) string {
	n := len([]rune(w))
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return strings.TrimSuffix(w, "ing")
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// pluralForm is a singular noun's plural, for an archive that only ever
// writes the plural ("refund" asked, "refunds" stored): the full-text
// index does no stemming. A word that already looks plural is kept.
func pluralForm(w string) string {
	n := len(w)
	switch {
	case n < 3 || baseForm(w) != w || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us"):
		return w // plural already, or "crisis", "status"
	case strings.HasSuffix(w, "y") && !strings.ContainsAny(w[n-2:n-1], "aeiou"):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// withPassages adds sentences from articles that mention terms to an answer
// that found nothing better.
func (s *Service) withPassages(ctx context.Context, a Answer, terms string) (Answer, error) {
	ps, err := s.Store.SearchPassages(ctx, terms, 10)
	if err != nil {
		return Answer{}, fmt.Errorf("search passages %q: %w", terms, err)
	}
	// Sentences holding the words as written together ("Brown's
	// Britain", a book's title) first: search ranks those holding them
	// anywhere ("Gordon Brown ... Britain") alike.
	// As written, capitals too, is best: a title is capitalised ("Harbour
	// Lights"), a headline on the thing may not be.
	whole := normWords(terms)
	asWritten := func(t string) int {
		return boolInt(strings.Contains(normWords(t), whole)) + boolInt(strings.Contains(t, strings.TrimSpace(terms)))
	}
	slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return cmp.Compare(asWritten(b.Text), asWritten(a.Text)) })
	ps = ps[:min(len(ps), 3)]
	if len(ps) > 0 {
		a.Lead += " These stored sentences mention it:"
	}
	for _, p := range ps {
		a.Items = append(a.Items, s.passageItem(p))
	}
	return a, nil
}

// reNowWords mark a question about the present state of things ("is she
// still detained?"), which the newest coverage answers best.
var reNowWords = lazyre.New(`(?i)\b(?:still|now|currently|yet|anymore|any\s+more|so\s+far|latest|at\s+the\s+moment)\b`)

// newestFirst keeps the passages within one term of the best match and
// puts the newest first: an older sentence that matches the question's
// wording ("detained") must not hide a newer one that moved the story on
// ("released from detention").
func newestFirst(ps []newsbot.Passage, terms []string) []newsbot.Passage {
	if len(ps) == 0 {
		return ps
	}
	floor := max(1, termScore(ps[0].Text, terms)-1)
	var out []newsbot.Passage
	for _, p := range ps {
		if termScore(p.Text, terms) >= floor {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	return out
}

// termScore counts the terms that occur in text, allowing for endings.
func termScore(text string, terms []string) int {
	words := normFields(text)
	n := 0
	for _, t := range terms {
		lt := strings.ToLower(t)
		if wordsHold(words, lt) {
			n++
		}
	}
	return n
}

func (s *Service) passageItem(p newsbot.Passage) Item {
	it := Item{Kind: ItemSentence, Text: p.Text, Sources: []newsbot.ArticleRef{p.Article}}
	if !p.Article.Published.IsZero() {
		it.Date = p.Article.Published.In(s.loc())
	}
	return it
}

// stopwords are dropped from questions before full-text search.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but of to in on at by for with from about as into over after before
		is are was were be been being am do does did done has have had will would shall should can could may might must
		what whats what's when where which who whom whose why how that this these those there here it its it's
		i me my we our you your he him his she her they them their any anything some something
		say said says tell told know news latest stored please newsbot yet still just also than then so if not no many much`) {
		m[w] = true
	}
	return m
}()

func isStopword(w string) bool { return stopwords[w] }

// keyTerms are the content words of a question, in order, as written.
func keyTerms(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	}) {
		w = strings.Trim(w, "'’-")
		low := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		if low == "" || stopwords[low] || seen[low] {
			continue
		}
		seen[low] = true
		out = append(out, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	}
	return out
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// reWhatVerb: "what has Northern Crest offered ...", "what is Odile
// Marchetti charged with": a named subject after the auxiliary, then the
// verb the answer must hold.
var reWhatVerb = lazyre.New(`^(?:(?i:what)\s+(?i:has|have|had|did|does|do|will|would|is|are|was|were)|(?i:will|would|does|do|can|could|should|shall))\s+((?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+)+)(\p{Ll}+)\b`)

// reHowMuchVerb: "how much of Kestrel does Harlow own?", "how many jobs
// will Carver cut?": the figure of what the named subject does.
// The verb closes the question or comes before a particle or preposition:
// in "how much have Sri Lankan banks written off" the word after the
// capitalised words is a noun, no verb.
var reHowMuchVerb = lazyre.New(`^(?i:how\s+(?:much|many))(?:\s+[^?]*?)?\s+(?i:has|have|had|did|does|do|will|would|could|can)\s+((?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+)+)(\p{Ll}+)(?:\s*[?.!]*$|\s+(?:for|to|on|off|up|out|in|from|with|over|back|away|into|at|by|about|the|a|its|their|his|her)\b)`)

// verbQuestion matches the question shapes naming a subject and its verb:
// m[1] the subject, m[2] the verb; nil for other shapes.
func verbQuestion(question string) []string {
	q := strings.TrimSpace(question)
	for _, re := range []*lazyre.Regexp{reWhatVerb, reWhatVerbCommon, reHowMuchVerb} {
		if m := re.FindStringSubmatch(q); m != nil {
			return m
		}
	}
	return nil
}

// reWhatVerbCommon: "what did creditors agree ...", "what has the
// committee found": a subject named by a common noun, then the verb. Only
// after an auxiliary of doing: "what is the new threshold" has no verb.
var reWhatVerbCommon = lazyre.New(`^(?i:what)\s+(?i:has|have|had|did|does|do|will|would)\s+((?:the\s+)?\p{Ll}{3,}\s+)(\p{Ll}{3,})\b`)

// questionSubject is the subject of a "what has X done" question, as its
// words, or nil.
func questionSubject(question string) []string {
	m := verbQuestion(question)
	if m == nil || questionVerb(question) == "" {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(m[1]) {
		if w = strings.ToLower(w); !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

// subjectOfVerb: one of subject's words is among the three words before a
// form of the verb in text ("Creditors agreed on Friday to ...", "the
// Kestrel board has now agreed"), so the sentence tells what the subject
// did, not what was done with it ("agreeing a plan with creditors").
func subjectOfVerb(text string, subject, forms []string) bool {
	if len(subject) == 0 {
		return false
	}
	w := strings.Fields(normWords(text))
	for i := range w {
		if !slices.Contains(forms, w[i]) {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if slices.Contains(subject, strings.TrimSuffix(w[j], "'s")) {
				return true
			}
		}
	}
	return false
}

// reWhenVerb: "when will the Harbour Council decide the ...": a named
// subject after the auxiliary, then the verb the dated answer must hold,
// then its object's determiner (so that "when does the Vellmont strike
// vote close?" has no verb "strike").
var reWhenVerb = lazyre.New(`^(?i:when)\s+(?i:will|would|does|do|did|is|are|was|were|shall)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+)+(\p{Ll}+)(?:\s+(?:the|a|an|its|their|his|her|on|whether|over|about)\b|\s*\??$)`)

// whenVerb is the verb of a "when will X do Y" question, or "" (and "" for
// the verbs of being somewhere, which the dated legs answer).
func whenVerb(question string) string {
	m := reWhenVerb.FindStringSubmatch(strings.TrimSpace(question))
	if m == nil || stopwords[m[1]] || len(m[1]) < 4 {
		return ""
	}
	switch m[1] {
	case "visit", "arrive", "travel", "meet", "return", "leave", "fly", "go", "come", "play", "start", "begin", "open", "close":
		return ""
	}
	return m[1]
}

// questionVerb is the verb of a "what has X done" question, or of a yes-or-no
// one about the future ("will the Greens form a pact?": "form"), or "".
func questionVerb(question string) string {
	m := verbQuestion(question)
	if m == nil || stopwords[m[2]] || len(m[2]) < 3 {
		return ""
	}
	return m[2]
}

// verbForms are the inflections of verb ("offered" → offer, offers,
// offered, offering), nil for "".
func verbForms(verb string) []string {
	if verb == "" {
		return nil
	}
	bases := []string{verb}
	for _, suf := range []string{"ed", "d", "es", "s", "ing"} {
		if b, ok := strings.CutSuffix(verb, suf); ok && len(b) > 2 {
			bases = append(bases, b)
		}
	}
	var out []string
	for _, b := range bases {
		for _, suf := range []string{"", "s", "es", "d", "ed", "ing"} {
			if f := b + suf; !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// hasVerb: text holds one of forms as a word.
func hasVerb(text string, forms []string) bool {
	for _, w := range strings.Fields(normWords(text)) {
		if slices.Contains(forms, w) {
			return true
		}
	}
	return false
}

// withVerb adds to ps the stored sentences holding one of the verb's forms
// and at least one other of the question's words, or the question's
// subject before the verb ("Lenders agreed on Saturday to ...": the rest
// of the question's words are in the sentences before).
func (s *Service) withVerb(ctx context.Context, ps []newsbot.Passage, forms, terms, subject []string) ([]newsbot.Passage, error) {
	read := 0
	for _, f := range forms {
		more, err := s.Store.SearchPassages(ctx, f, 20)
		if err != nil {
			return nil, fmt.Errorf("ask: search passages %q: %w", f, err)
		}
		for i, p := range more {
			if len(subject) == 0 || subjectOfVerb(p.Text, subject, forms) || termScore(p.Article.Title+" "+p.Text, terms) < 2 || read >= 5 {
				continue
			}
			// The search shows an article by one sentence with the verb;
			// another of its sentences may have the subject doing it.
			read++
			a, err := s.Store.Article(ctx, p.Article.ID)
			if err != nil {
				return nil, fmt.Errorf("ask: article %d: %w", p.Article.ID, err)
			}
			for _, sp := range text.Sentences(a.Text) {
				if subjectOfVerb(sp.Text, subject, forms) {
					more[i].Text = strings.TrimSpace(sp.Text)
					break
				}
			}
		}
		for _, p := range more {
			if hasVerb(p.Text, forms) && (termScore(p.Text, terms) >= 2 || subjectOfVerb(p.Text, subject, forms)) &&
				!slices.ContainsFunc(ps, func(q newsbot.Passage) bool { return q.Article.ID == p.Article.ID && q.Text == p.Text }) {
				ps = append(ps, p)
			}
		}
	}
	return ps, nil
}

// reVisitCue is a word of going somewhere, narrower than reTravelCue: it
// must say the person went, not that something happens at the place.
var reVisitCue = lazyre.New(`(?i)\b(?:visit\w*|travel\w*|fl(?:y|ies|ew|own|ying)|tour\w*|trip|arriv\w*|went\s+to|go(?:es|ing)?\s+to|c[oa]me\s+to|head\w*\s+(?:to|for)|` +
	// "will take his squad to Lisbon", "led a delegation to", "returns to"
	`(?:take|takes|taking|took|taken|lead|leads|leading|led|bring|brings|brought)\s+(?:\S+\s+){1,3}to|return\w*\s+to|sail\w*\s+to|driv\w*\s+to)\b`)

// reVisitDone: a visit told as done ("visited", "toured", "flew to").
var reVisitDone = lazyre.New(`(?i)\b(?:visited|toured|went\s+to|flew\s+(?:in)?to|arrived\s+in|travell?ed\s+to|landed\s+in|stopped\s+in)\b`)

// visitSentence: text names who (a surname) and then place, with a word of
// going before the place ("toured the Pennant Road clinic", "a visit on
// Friday by Priya Lakhani to the depot"), so it tells of that person's
// visit rather than of someone else's trip there.
func visitSentence(text, who, place string) bool {
	low := strings.ToLower(text)
	pi := strings.Index(low, strings.ToLower(place))
	wi := strings.Index(low, strings.ToLower(who))
	if pi < 0 || wi < 0 || wi > pi {
		return false
	}
	loc := reVisitCue.FindStringIndex(text)
	return loc != nil && loc[0] < textOffset(text, pi)
}

// textOffset is the offset in s of byte i of strings.ToLower(s), for
// comparing with a match in s itself: a full lowering changes some
// letters' length ("İ" two bytes to one, "Ⱥ" two to three), so an offset
// in the lowered copy is not one in s.
func textOffset(s string, i int) int {
	n := 0
	for j, r := range s {
		if n >= i {
			return j
		}
		n += utf8.RuneLen(unicode.ToLower(r)) // an invalid byte, as strings.ToLower writes it: U+FFFD
	}
	return len(s)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
