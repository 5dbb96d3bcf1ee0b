package summaries

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// cite names an article briefly for a lead: "Pacific Business Review, Thu 5
// Mar 2026". Leads that quote a stored sentence carry it, so the answer says
// where it comes from however it is rendered.
func (s *Service) cite(r newsbot.ArticleRef) string {
	name := r.Outlet
	if name == "" && r.URL != "" {
		if u, err := url.Parse(r.URL); err == nil {
			name = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if name == "" {
		name = r.Title
	}
	if !r.Published.IsZero() {
		name = joinNonEmpty(", ", name, r.Published.In(s.loc()).Format("Mon 2 Jan 2006"))
	}
	return name
}

// citedLead is a stored sentence followed by its source in brackets.
func (s *Service) citedLead(text string, r newsbot.ArticleRef) string {
	text = strings.TrimSpace(text)
	if c := s.cite(r); c != "" {
		return text + " (" + c + ")"
	}
	return text
}

// newest is the latest publication among refs.
func newest(refs []newsbot.ArticleRef) time.Time {
	var t time.Time
	for _, r := range refs {
		if r.Published.After(t) {
			t = r.Published
		}
	}
	return t
}

// supersededBy finds a later report calling off the trip of leg v: a
// cancelled leg at the same place, published after every source of v and
// before v's day was over. Reports of one trip often disagree on its date
// (a "Saturday" read against a different publication day), so the place
// and the order of the reports decide, not the date.
func supersededBy(v legView, all []legView) (legView, bool) {
	if v.leg.Trip.Status == newsbot.StatusCancelled || v.leg.Trip.Status == newsbot.StatusDone {
		return legView{}, false
	}
	reported := newest(v.leg.Sources)
	for _, c := range all {
		if c.leg.Trip.Status != newsbot.StatusCancelled || !samePlace(c.leg.Trip, v.leg.Trip) {
			continue
		}
		at := newest(c.leg.Sources)
		if !at.After(reported) {
			continue
		}
		if v.gran != granNone && !civil(at, time.UTC).Before(v.end) {
			continue // called off after it happened: another trip
		}
		return c, true
	}
	return legView{}, false
}

// rescheduledFrom finds the stop a planned leg v replaces: a dated,
// called-off leg at the same place, before v's day (or v undated), from
// reports no newer than v's. "The tour was meant to include Tallinn on
// Friday ... he hopes to go in March" stores both legs, and "is he still
// going?" wants both told: the stop is off, a new visit is planned.
func rescheduledFrom(v legView, all []legView) (legView, bool) {
	if v.leg.Trip.Status != newsbot.StatusScheduled {
		return legView{}, false
	}
	reported := newest(v.leg.Sources)
	for _, c := range all {
		if c.leg.ID == v.leg.ID || c.leg.Trip.Status != newsbot.StatusCancelled || !c.dated() || !samePlace(c.leg.Trip, v.leg.Trip) {
			continue
		}
		if v.dated() && !c.start.Before(v.start) || newest(c.leg.Sources).After(reported) {
			continue
		}
		return c, true
	}
	return legView{}, false
}

// confirmedBy finds a later report that the planned leg v happened: a
// done or under-way leg at the same place, published after every source of
// v, over a period that overlaps v's ("last week" for "on Friday").
func confirmedBy(v legView, all []legView) (legView, bool) {
	if v.leg.Trip.Status == newsbot.StatusCancelled || v.leg.Trip.Status == newsbot.StatusDone {
		return legView{}, false
	}
	reported := newest(v.leg.Sources)
	for _, c := range all {
		if st := c.leg.Trip.Status; st != newsbot.StatusDone && st != newsbot.StatusUnderway || !samePlace(c.leg.Trip, v.leg.Trip) {
			continue
		}
		if !newest(c.leg.Sources).After(reported) {
			continue
		}
		if v.gran != granNone && c.gran != granNone && !(c.start.Before(v.end) && v.start.Before(c.end)) {
			continue
		}
		return c, true
	}
	return legView{}, false
}

// confirmed says that a later report has a planned leg taking place.
func (s *Service) confirmed(v, c legView) string {
	t := v.leg.Trip
	lead := fmt.Sprintf("%s visited %s", t.Traveler, cmp.Or(t.Place, t.Country))
	if len(c.leg.Sources) > 0 {
		lead += ", according to later coverage (" + s.cite(c.leg.Sources[0]) + ")"
	}
	if v.dated() {
		return longDate(local(v.start, s.loc())) + ": " + lead
	}
	return lead
}

func samePlace(a, b newsbot.Trip) bool {
	pa, pb := normWords(a.Place), normWords(b.Place)
	if strings.TrimSpace(pa) != "" && pa == pb {
		return true
	}
	return strings.TrimSpace(pa) == "" && strings.TrimSpace(pb) == "" && normWords(a.Country) == normWords(b.Country)
}

// askMeet: "who is X meeting?", "did X meet Y?", "who is meeting Y?"
func (s *Service) askMeet(ctx context.Context, q Question) (Answer, error) {
	if q.When {
		return s.askMeetWhen(ctx, q)
	}
	if q.Subject == "" {
		return s.askWhoMeets(ctx, q)
	}
	p, cands, err := s.traveler(ctx, q.Subject, q.Place)
	if err != nil {
		return Answer{}, fmt.Errorf("ask meet: %w", err)
	}
	if cands != nil {
		return candidatesAnswer(q.Subject, cands), nil
	}
	vs, err := s.travel(ctx, p.Name)
	if err != nil {
		return Answer{}, fmt.Errorf("ask meet: %w", err)
	}
	today := s.today()
	vs = s.narrowLegs(vs, q, today)
	other := q.Other
	if other != "" {
		if o, oc, err := s.person(ctx, other); err == nil && oc == nil && o.ID != 0 {
			other = o.Name
		} else if err != nil {
			return Answer{}, fmt.Errorf("ask meet: %w", err)
		}
	}
	var met, off []legView
	for _, v := range vs {
		if v.leg.Trip.Status == newsbot.StatusCancelled {
			if other != "" && meets(v.leg.Trip, other) || other == "" && len(v.leg.Trip.Counterparts) > 0 {
				off = append(off, v)
			}
			continue
		}
		if other != "" {
			if meets(v.leg.Trip, other) {
				met = append(met, v)
			}
			continue
		}
		if len(v.leg.Trip.Counterparts) > 0 {
			met = append(met, v)
		}
	}
	where := meetScope(q, today)
	if len(met) == 0 && len(off) > 0 {
		// The meeting was part of a visit later called off.
		a := Answer{Lead: "No — " + s.legSentence(off[0], today), Sources: off[0].leg.Sources}
		if other == "" {
			// "Who was X meeting in Jakarta?": whom, then that it is off.
			v := off[0]
			a.Lead = fmt.Sprintf("%s was to meet %s", p.Name, joinAnd(v.leg.Trip.Counterparts))
			if place := cmp.Or(v.leg.Trip.Place, v.leg.Trip.Country); place != "" {
				a.Lead += " in " + place
			}
			if v.dated() {
				a.Lead += " on " + longDate(local(v.start, s.loc()))
			}
			a.Lead += ", but the visit has been called off."
		}
		a.Items = s.evidenceItems(off)
		return a, nil
	}
	if len(met) == 0 {
		a := Answer{Lead: fmt.Sprintf("I have no meetings stored for %s%s.", p.Name, where)}
		terms := p.Name
		if other != "" {
			a.Lead = fmt.Sprintf("No meeting between %s and %s%s is in the stored itineraries.", p.Name, other, where)
			terms = lastWord(p.Name) + " " + lastWord(other)
		}
		if _, _, _, span := ResolveSpan(q.DateText, q.Tense, today); span && p.ID != 0 {
			// "who is X meeting in 2099?": the copy's undated sentences
			// would answer another date; the span holds nothing stored.
			return a, nil
		}
		if p.ID == 0 && other == "" {
			a.Lead = fmt.Sprintf("%s %s.", nothingStored, p.Name)
			return s.suggested(ctx, a, q.Subject)
		}
		if other != "" {
			// A sentence may say it outright ("X met Polish President Y on
			// Sunday") where the itineraries hold no leg.
			if ps, ok, err := s.meetingSentence(ctx, p.Name, other); err != nil {
				return Answer{}, fmt.Errorf("ask meet: %w", err)
			} else if ok {
				return ps, nil
			}
			if ps, ok, err := s.metInCoverage(ctx, p.Name, other); err != nil {
				return Answer{}, fmt.Errorf("ask meet: %w", err)
			} else if ok {
				return ps, nil
			}
		}
		if other == "" {
			// "Weber is due to meet Tamm on Thursday morning": the copy
			// may name whom the itineraries missed.
			cov, err := s.coverage(ctx, p.Name, q.Place, reMeetCue)
			if err != nil {
				return Answer{}, fmt.Errorf("ask meet: %w", err)
			}
			if len(cov) > 0 {
				for _, it := range cov {
					// "Virtanen will hold separate talks with Kalnina": the
					// sentence names whom, though no leg holds it.
					if who := meetingCounterpart(it.Text, p.Name); who != "" {
						// Only a stored person: "talks with China" names none.
						o, oc, err := s.person(ctx, who)
						if err != nil {
							return Answer{}, fmt.Errorf("ask meet: %w", err)
						}
						if oc != nil || o.ID == 0 || !sameName(o.Name, who) {
							continue
						}
						who = o.Name
						a.Lead = fmt.Sprintf("No meeting for %s%s is in the stored itineraries, but stored coverage names %s: “%s”", p.Name, where, who, strings.TrimSpace(it.Text))
						if len(it.Sources) > 0 {
							a.Lead += " (" + s.cite(it.Sources[0]) + ")"
							a.Sources = it.Sources[:1]
						}
						a.Items = cov
						return a, nil
					}
				}
				// "Müller met Qatar's Emir on Monday evening": a meeting told
				// with someone the store holds no name for.
				if metRe, err := regexp.Compile(`\b` + regexp.QuoteMeta(lastWord(p.Name)) + `\s+(?:(?:also|then|later|earlier|briefly|first)\s+)?(?:met|held\s+talks\s+with|had\s+talks\s+with|hosted)\b`); err == nil {
					for _, it := range cov {
						if metRe.MatchString(it.Text) {
							a.Lead = fmt.Sprintf("No meeting for %s%s is in the stored itineraries, but stored coverage says: “%s”", p.Name, where, strings.TrimSpace(it.Text))
							if len(it.Sources) > 0 {
								a.Lead += " (" + s.cite(it.Sources[0]) + ")"
								a.Sources = it.Sources[:1]
							}
							a.Items = cov
							return a, nil
						}
					}
				}
				if ca, ok := s.cancelledLead(p.Name, q.Place, false, cov); ok {
					return ca, nil // no meetings there: the visit is off
				}
				a.Lead += " Stored sentences about " + lastWord(p.Name) + "'s meetings are below."
				a.Items = cov
				return a, nil
			}
		}
		// The sentences may say what the itineraries missed; show them as
		// they are, without claiming more.
		ma, err := s.withMentions(ctx, a, terms)
		if ca, ok := s.cancelledLead(p.Name, q.Place, false, ma.Items); err == nil && ok {
			return ca, nil // no meetings there: the visit is off
		}
		return ma, err
	}
	a := Answer{Sources: met[0].leg.Sources}
	if other != "" {
		// Only a leg that happened says yes; a plan says what was planned.
		yn := yesNo(met[0], today)
		a.Lead = yn + s.legSentence(met[0], today)
		if len(met) > 1 {
			a.Lead += fmt.Sprintf(" (%d stored legs mention %s)", len(met), other)
		}
		a.Items = s.evidenceItems(met)
		// Later coverage may call off the meeting but not the visit
		// ("the president will not meet the minister as planned").
		if ms, ok, err := s.meetingSentence(ctx, p.Name, other); err != nil {
			return Answer{}, fmt.Errorf("ask meet: %w", err)
		} else if ok && strings.HasPrefix(ms.Lead, "No — ") && ms.Sources[0].Published.After(newest(met[0].leg.Sources)) {
			ms.Items = append(ms.Items, a.Items...)
			return ms, nil
		}
		if off, ok, err := s.offReport(ctx, met[0]); err != nil {
			return Answer{}, fmt.Errorf("ask meet: %w", err)
		} else if ok {
			a.Lead = "Probably not — " + s.offLead(met[0], off)
			a.Items = append([]Item{s.passageItem(off)}, a.Items...)
			return a, nil
		}
		if yn == "" {
			// A past plan later coverage shows held ("Harcourt, who met
			// Okonjo on Tuesday").
			if p, ok, err := s.seenThere(ctx, met[0], today); err != nil {
				return Answer{}, fmt.Errorf("ask meet: %w", err)
			} else if ok {
				a.Lead = "Yes — " + s.seenLead(met[0], p)
				a.Items = append([]Item{s.passageItem(p)}, a.Items...)
				return a, nil
			}
			// A past plan: later coverage may show the two together
			// ("signed a memorandum in Wellington") without saying "met".
			if a2, ok, err := s.togetherLater(ctx, met[0], p.Name, other); err != nil {
				return Answer{}, fmt.Errorf("ask meet: %w", err)
			} else if ok {
				return a2, nil
			}
			// A past plan: later sentences naming both may say how it went.
			later, err := s.laterMentions(ctx, lastWord(p.Name)+" "+lastWord(other), newest(met[0].leg.Sources))
			if err != nil {
				return Answer{}, fmt.Errorf("ask meet: %w", err)
			}
			if len(later) > 0 {
				a.Lead += "; later coverage is below."
				a.Items = append(a.Items, later...)
			}
		}
		return a, nil
	}
	// A past plan that later coverage shows made ("after talks in Accra
	// between Moura and Asante") was a meeting held.
	var seen []Item
	for i, v := range met {
		p, ok, err := s.seenThere(ctx, v, today)
		if err != nil {
			return Answer{}, fmt.Errorf("ask meet: %w", err)
		}
		if ok {
			met[i].leg.Trip.Status = newsbot.StatusDone
			seen = append(seen, s.passageItem(p))
		}
	}
	a.Lead = s.meetLead(p.Name, met, today)
	a.Items = append(seen, s.evidenceItems(met)...)
	for _, v := range met {
		off, ok, err := s.offReport(ctx, v)
		if err != nil {
			return Answer{}, fmt.Errorf("ask meet: %w", err)
		}
		if ok {
			a.Lead += "; but later coverage says the " + cmp.Or(v.leg.Trip.Place, v.leg.Trip.Country) + " visit was postponed or called off: “" +
				strings.TrimSpace(off.Text) + "” (" + s.cite(off.Article) + ")"
			a.Items = append([]Item{s.passageItem(off)}, a.Items...)
			break
		}
	}
	return a, nil
}

// reMeetWhom is a meeting verb and the name after it, past titles:
// "will hold separate talks with Kalnina", "is due to meet Trade Minister
// Aroha Ngata".
var reMeetWhom = lazyre.New(`\b(?:meet|meets|meeting|met|talks\s+with|sit\s+down\s+with|hold\s+talks\s+with)\s+(?:(?:\p{Lu}[\p{L}'’-]*(?:'s|’s)?|minister|president|secretary|counterpart|leader|chancellor|premier|governor|mayor|envoy|ambassador|commissioner|chief|his|her|their)\s+)*?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\b(?:\s*(?:[,.;]|$|\s+(?:on|in|at|before|after|to|for|about|over|during|and|next|this|later|when)\b))`)

// meetingCounterpart is the person a sentence says the subject meets, when
// the subject is named before the verb; "" otherwise.
func meetingCounterpart(text, subject string) string {
	re, err := wordRe(lastWord(subject))
	if err != nil {
		return ""
	}
	at := re.FindStringIndex(text)
	if at == nil {
		return ""
	}
	m := reMeetWhom.FindStringSubmatchIndex(text[at[1]:])
	if m == nil {
		return ""
	}
	who := text[at[1]+m[2] : at[1]+m[3]]
	if strings.EqualFold(lastWord(who), lastWord(subject)) {
		return ""
	}
	return who
}

// togetherLater answers "did X meet Y?" yes when coverage published from
// the planned day on shows the two together at the planned place.
func (s *Service) togetherLater(ctx context.Context, v legView, subject, other string) (Answer, bool, error) {
	terms := lastWord(subject) + " " + lastWord(other)
	ps, err := s.Store.SearchPassages(ctx, terms, 10)
	if err != nil {
		return Answer{}, false, fmt.Errorf("search passages %q: %w", terms, err)
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return x.Article.Published.Compare(y.Article.Published) })
	place := cmp.Or(v.leg.Trip.Place, v.leg.Trip.Country)
	for _, p := range ps {
		// Published before the day planned, it can only repeat the plan.
		if v.dated() && civil(p.Article.Published, s.loc()).Before(v.start) {
			continue
		}
		if !togetherSentence(p.Text, subject, other) {
			continue
		}
		// Elsewhere (a later phone call, another trip) it does not settle this one.
		if place != "" && !strings.Contains(p.Text, place) && v.dated() && civil(p.Article.Published, s.loc()).After(addDays(v.start, 1)) {
			continue
		}
		lead := fmt.Sprintf("Yes — %s and %s were together", subject, other)
		if place != "" && strings.Contains(p.Text, place) {
			lead += " in " + place
		}
		if v.dated() {
			lead += " on " + longDate(local(v.start, s.loc()))
		}
		lead += ", according to " + s.cite(p.Article) + ": “" + strings.TrimSpace(p.Text) + "”"
		return Answer{Lead: lead, Sources: []newsbot.ArticleRef{p.Article}, Items: append([]Item{s.passageItem(p)}, s.evidenceItems([]legView{v})...)}, true, nil
	}
	return Answer{}, false, nil
}

// askWhoMeets: "who is meeting Y?" — travellers whose legs name Y.
func (s *Service) askWhoMeets(ctx context.Context, q Question) (Answer, error) {
	other := q.Other
	o, oc, err := s.person(ctx, other)
	if err != nil {
		return Answer{}, fmt.Errorf("ask who meets %q: %w", other, err)
	}
	legs, err := s.Store.Legs(ctx, newsbot.LegFilter{IncludeUndated: true, Limit: 2000})
	if err != nil {
		return Answer{}, fmt.Errorf("ask who meets %q: %w", other, err)
	}
	if oc != nil {
		// Of the people a surname may mean, the one the itineraries have
		// meetings with is meant.
		var inLegs []newsbot.PersonRecord
		for _, c := range oc {
			if slices.ContainsFunc(legs, func(l newsbot.Leg) bool {
				return l.Trip.Status != newsbot.StatusCancelled && (meetsFull(l.Trip, c.Name) || len(l.Trip.Counterparts) > 0 && sameName(l.Trip.Traveler, c.Name))
			}) {
				inLegs = append(inLegs, c)
			}
		}
		if len(inLegs) != 1 {
			return candidatesAnswer(other, oc), nil
		}
		o = inLegs[0]
	}
	if o.ID != 0 {
		other = o.Name
	}
	vs := make([]legView, 0, len(legs))
	for _, l := range legs {
		vs = append(vs, viewLeg(l))
	}
	today := s.today()
	vs = s.narrowLegs(reconcileLegs(dedupeLegs(vs)), q, today)
	var met []legView
	var who []string
	for _, v := range vs {
		t := v.leg.Trip
		if t.Status == newsbot.StatusCancelled {
			continue
		}
		switch {
		case meets(t, other):
			met = append(met, v)
			if !slices.Contains(who, t.Traveler) {
				who = append(who, t.Traveler)
			}
		case len(t.Counterparts) > 0 && sameName(t.Traveler, other):
			// A meeting is both ways: the people Y travels to meet.
			met = append(met, v)
			for _, c := range t.Counterparts {
				if !slices.Contains(who, c) {
					who = append(who, c)
				}
			}
		}
	}
	where := meetScope(q, today)
	if len(met) == 0 {
		a := Answer{Lead: fmt.Sprintf("I have no meetings with %s stored%s.", other, where)}
		if o.ID == 0 {
			a.Lead = fmt.Sprintf("%s %s.", nothingStored, other)
			return a, nil
		}
		return s.withMentions(ctx, a, other)
	}
	a := Answer{Lead: fmt.Sprintf("Stored meetings with %s%s: %s", other, where, joinAnd(who)), Sources: met[0].leg.Sources}
	a.Items = s.evidenceItems(met)
	return a, nil
}

// narrowLegs keeps the legs at the asked place and on the asked day.
func (s *Service) narrowLegs(vs []legView, q Question, today time.Time) []legView {
	var out []legView
	from, to, _, dated := resolvePeriod(q.DateText, q.Tense, today)
	for _, v := range vs {
		if q.Place != "" && !placeMatches(v.leg.Trip, q.Place) {
			continue
		}
		if dated && (v.gran == granNone || !v.start.Before(to) || !from.Before(v.end)) {
			continue
		}
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(a, b legView) int { return cmp.Compare(granRank(a.gran), granRank(b.gran)) })
	return out
}

// meetScope says where and when a meeting question looked: " in Jakarta on
// Thursday 5 March 2026".
func meetScope(q Question, today time.Time) string {
	var b strings.Builder
	if q.Place != "" {
		b.WriteString(" in " + q.Place)
	}
	if _, _, l, ok := resolvePeriod(q.DateText, q.Tense, today); ok {
		b.WriteString(" " + l)
	}
	return b.String()
}

// meetLead says who a traveller meets, worded by status and by whether
// the legs are past: "Priya Natarajan was due to meet Rizal Hartono (Jakarta,
// Thursday 5 March 2026)".
func (s *Service) meetLead(name string, met []legView, today time.Time) string {
	var parts []string
	seen := map[string]bool{}
	past, held, scheduled := true, true, false
	for _, v := range met {
		t := v.leg.Trip
		if (v.gran == granNone || v.end.After(today)) && t.Status != newsbot.StatusDone {
			past = false // a meeting reported held today counts as past
		}
		// A leg under way and one done are both meetings held.
		if t.Status != newsbot.StatusDone && t.Status != newsbot.StatusUnderway {
			held = false
		}
		if t.Status == newsbot.StatusScheduled {
			scheduled = true
		}
		where := cmp.Or(t.Place, t.Country)
		if v.dated() {
			where += ", " + longDate(local(v.start, s.loc()))
		}
		for _, c := range t.Counterparts {
			if !seen[c] {
				seen[c] = true
				parts = append(parts, c+" ("+where+")")
			}
		}
	}
	verb := "is meeting"
	switch {
	case past && held:
		verb = "met"
	case past && scheduled:
		verb = "was due to meet"
	case past:
		verb = "was meeting"
	case scheduled:
		verb = "is due to meet"
	}
	return fmt.Sprintf("%s %s %s", name, verb, joinAnd(parts))
}

// meets reports whether a leg names the person among its counterparts or
// in what it says, by full name or surname.
func meets(t newsbot.Trip, name string) bool {
	n := strings.TrimSpace(normWords(name))
	if n == "" {
		return false
	}
	last := " " + lastWord(n) + " "
	for _, c := range t.Counterparts {
		cn := normWords(c)
		if strings.Contains(cn, " "+n+" ") || strings.Contains(cn, last) {
			return true
		}
	}
	return strings.Contains(normWords(t.What), " "+n+" ")
}

// meetsFull reports whether a leg names the person by full name among its
// counterparts or in what it says.
func meetsFull(t newsbot.Trip, name string) bool {
	n := normWords(name)
	if strings.TrimSpace(n) == "" {
		return false
	}
	for _, c := range t.Counterparts {
		if strings.Contains(normWords(c), n) {
			return true
		}
	}
	return strings.Contains(normWords(t.What), n)
}

// sameName: equal names, or a surname asked for a full name.
func sameName(full, asked string) bool {
	f, a := strings.TrimSpace(normWords(full)), strings.TrimSpace(normWords(asked))
	return a != "" && (f == a || lastWord(f) == a)
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,'’")
}

// withMentions adds stored sentences holding every term, newest first, as
// evidence for an answer that found nothing structured.
func (s *Service) withMentions(ctx context.Context, a Answer, terms string) (Answer, error) {
	ps, err := s.Store.SearchPassages(ctx, terms, 5)
	if err != nil {
		return Answer{}, fmt.Errorf("search passages %q: %w", terms, err)
	}
	slices.SortStableFunc(ps, func(x, y newsbot.Passage) int { return y.Article.Published.Compare(x.Article.Published) })
	if len(ps) > 0 {
		a.Lead += " Stored sentences that mention it are below."
	}
	words := keyTerms(terms)
	for _, p := range ps[:min(len(ps), 3)] {
		a.Items = append(a.Items, s.passageItem(p))
		// The store shows one sentence of each article; the words it
		// lacks may be in the next one ("She flew to Vilnius later").
		var missing []string
		for _, w := range words {
			if termScore(p.Text, []string{w}) == 0 {
				missing = append(missing, w)
			}
		}
		if len(missing) == 0 {
			continue
		}
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return Answer{}, fmt.Errorf("article %d: %w", p.Article.ID, err)
		}
		for _, sp := range text.Sentences(art.Text) {
			if t := strings.TrimSpace(sp.Text); t != strings.TrimSpace(p.Text) && termScore(t, missing) == len(missing) {
				a.Items = append(a.Items, s.passageItem(newsbot.Passage{Article: p.Article, Text: t}))
				break
			}
		}
	}
	return a, nil
}

// askLatest: the latest development of the issues about a topic, or failing
// that the newest stored sentences about it.
func (s *Service) askLatest(ctx context.Context, q Question) (Answer, error) {
	issues, err := s.Store.Issues(ctx, "", maxIssuesScanned)
	if err != nil {
		return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
	}
	var hit []newsbot.IssueRecord
	for _, is := range matchingIssues(issues, q.Topic) {
		if strings.TrimSpace(is.Latest) != "" {
			hit = append(hit, is)
		}
	}
	if hit, err = s.withSettlements(ctx, hit, time.Time{}); err != nil {
		return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
	}
	hit = topicFirst(hit, q.Topic)
	terms := keyTerms(q.Topic)
	if len(terms) == 0 {
		return Answer{Lead: "I could not tell what to look for; " + AskUsage + "."}, nil
	}
	// A word of the topic no article holds ("the Port Aston bin strike"
	// where only Port Aston's water bills were covered), or a strike never
	// reported with the topic's other words, means the story is not stored:
	// say so, and show the nearest coverage for what it is.
	gap, terms, err := s.topicGap(ctx, terms)
	if err != nil {
		return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
	}
	if gap != "" && (len(hit) == 0 || eventNouns[strings.ToLower(gap)] && !issueMatches(hit[0], gap)) {
		return s.notStoredNear(ctx, q.Topic, gap, terms)
	}
	passages, err := s.Store.SearchPassages(ctx, strings.Join(terms, " "), 8)
	if err != nil {
		return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
	}
	if len(passages) == 0 && len(terms) > 1 {
		if passages, _, err = s.retrieveEach(ctx, terms); err != nil {
			return Answer{}, err
		}
	}
	if rest := withoutStoryNouns(terms); len(hit) > 0 && len(rest) > 0 && len(rest) < len(terms) {
		// "the Rotterdam dispute" told on Wednesday as dockers calling off
		// their strike: a newer sentence with the topic's own words and a
		// word of the issue's title is its latest development too.
		more, err := s.Store.SearchPassages(ctx, strings.Join(rest, " "), 8)
		if err != nil {
			return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
		}
		// The issue's own words beyond the topic's: "held in a Finnish
		// port" shares only "port" with the port strike.
		var own []string
		for _, w := range withoutStoryNouns(keyTerms(hit[0].Title + " " + strings.Join(hit[0].Keywords, " "))) {
			if !slices.ContainsFunc(rest, func(r string) bool { return strings.EqualFold(r, w) }) {
				own = append(own, w)
			}
		}
		for _, p := range more {
			if p.Article.Published.After(hit[0].LatestAt) && termScore(p.Text, own) > 0 &&
				!slices.ContainsFunc(passages, func(x newsbot.Passage) bool { return x.Article.ID == p.Article.ID }) {
				passages = append(passages, p)
			}
		}
	}
	if p, ok, err := s.anchorPassage(ctx, terms); err != nil {
		return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
	} else if ok && !slices.ContainsFunc(passages, func(x newsbot.Passage) bool { return x.Article.ID == p.Article.ID }) {
		passages = append(passages, p)
	}
	// Newest first: the question is about what happened last.
	slices.SortStableFunc(passages, func(x, y newsbot.Passage) int {
		return cmp.Or(y.Article.Published.Compare(x.Article.Published), cmp.Compare(termScore(y.Text, terms), termScore(x.Text, terms)))
	})
	var a Answer
	switch {
	case len(hit) > 0 && (len(passages) == 0 || !passages[0].Article.Published.After(hit[0].LatestAt)):
		is := hit[0]
		lead := strings.TrimSpace(is.Latest)
		if len(is.Sources) > 0 {
			// The outcome of the event, the terms of the settlement.
			if o, ref, ok, err := s.outcomeLead(ctx, lead, is.Sources[0], terms); err != nil {
				return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
			} else if ok {
				lead, a.Sources = s.citedLead(o, ref), []newsbot.ArticleRef{ref}
			} else {
				// Of "A called off …, but B will go ahead", the clause asked about.
				lead = s.citedLead(topicClause(lead, terms), is.Sources[0])
				a.Sources = is.Sources[:1]
			}
		}
		a.Lead = fmt.Sprintf("Latest on %s: %s", q.Topic, lead)
		if is.Status == newsbot.IssueClosed {
			a.Lead += " The issue is marked closed."
		}
	case len(passages) > 0:
		lead, ref := passages[0].Text, passages[0].Article
		if d, ok, err := s.daysNews(ctx, passages[0]); err != nil {
			return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
		} else if ok {
			lead = d // the sentence the search chose stays below
		} else {
			passages = passages[1:]
		}
		if o, r, ok, err := s.outcomeLead(ctx, lead, ref, terms); err != nil {
			return Answer{}, fmt.Errorf("ask latest on %q: %w", q.Topic, err)
		} else if ok {
			if r.ID == ref.ID {
				// The sentence it replaces stays below.
				passages = append([]newsbot.Passage{{Article: ref, Text: lead}}, passages...)
			}
			lead, ref = o, r
		}
		a.Lead = fmt.Sprintf("Latest on %s: %s", q.Topic, s.citedLead(lead, ref))
		a.Sources = []newsbot.ArticleRef{ref}
	default:
		return Answer{Lead: fmt.Sprintf("%s %s.", nothingStored, q.Topic)}, nil
	}
	for _, is := range hit[:min(len(hit), 3)] {
		a.Items = append(a.Items, s.issueItem(is))
	}
	for _, p := range passages[:min(len(passages), 3)] {
		if !strings.Contains(a.Lead, strings.TrimSpace(p.Text)) {
			a.Items = append(a.Items, s.passageItem(p))
		}
	}
	return a, nil
}

// askOnDate: the travel and issue developments stored for one day.
func (s *Service) askOnDate(ctx context.Context, q Question) (Answer, error) {
	today := s.today()
	day, ok := ResolveDay(q.DateText, q.Tense, today)
	if !ok {
		return s.askSearch(ctx, q.Text, q.Text)
	}
	legs, err := s.Store.Legs(ctx, newsbot.LegFilter{From: day, To: addDays(day, 1), Limit: 2000})
	if err != nil {
		return Answer{}, fmt.Errorf("ask on %s: %w", day.Format(time.DateOnly), err)
	}
	if len(legs) == 0 && yearless(q.DateText) {
		// "what happened on 15 April?" without a year: the other side of
		// today, when the coverage is about that one.
		for _, alt := range []time.Time{day.AddDate(-1, 0, 0), day.AddDate(1, 0, 0)} {
			more, err := s.Store.Legs(ctx, newsbot.LegFilter{From: alt, To: addDays(alt, 1), Limit: 2000})
			if err != nil {
				return Answer{}, fmt.Errorf("ask on %s: %w", alt.Format(time.DateOnly), err)
			}
			if len(more) > 0 {
				day, legs = alt, more
				break
			}
		}
	}
	var on []legView
	for _, l := range legs {
		if v := viewLeg(l); v.dated() && !day.Before(v.start) && day.Before(v.end) {
			on = append(on, v)
		}
	}
	on = dedupeLegs(on)
	issues, err := s.Store.Issues(ctx, "", maxIssuesScanned)
	if err != nil {
		return Answer{}, fmt.Errorf("ask on %s: %w", day.Format(time.DateOnly), err)
	}
	var dev []newsbot.IssueRecord
	for _, is := range sortIssues(issues) {
		if !is.LatestAt.IsZero() && civil(is.LatestAt, s.loc()).Equal(day) {
			dev = append(dev, is)
		}
	}
	dayName := longDate(local(day, s.loc()))
	if len(on)+len(dev) == 0 {
		return Answer{Lead: fmt.Sprintf("I have no travel or developments stored for %s.", dayName)}, nil
	}
	var parts []string
	var seen []Item
	if len(on) > 0 {
		var legs []string
		for i, v := range on {
			// A plan for the day that coverage shows made.
			if p, ok, err := s.seenThere(ctx, v, s.today()); err != nil {
				return Answer{}, fmt.Errorf("ask on %s: %w", day.Format(time.DateOnly), err)
			} else if ok {
				on[i].leg.Trip.Status = newsbot.StatusDone
				v = on[i]
				seen = append(seen, s.passageItem(p))
			}
			legs = append(legs, v.leg.Trip.Traveler+" in "+cmp.Or(v.leg.Trip.Place, v.leg.Trip.Country)+statusNote(v.leg.Trip.Status))
		}
		parts = append(parts, "travel: "+joinAnd(legs))
	}
	if len(dev) > 0 {
		// Name the stories: "developments: Music festival, Vote to strike".
		var titles []string
		for _, is := range dev[:min(len(dev), 3)] {
			titles = append(titles, is.Title)
		}
		if len(dev) > 3 {
			titles = append(titles, fmt.Sprintf("%d more", len(dev)-3))
		}
		parts = append(parts, "developments: "+joinAnd(titles))
	}
	a := Answer{Lead: dayName + ": " + strings.Join(parts, "; ")}
	a.Items = append(seen, s.evidenceItems(on)...)
	for _, is := range dev[:min(len(dev), 5)] {
		a.Items = append(a.Items, s.issueItem(is))
	}
	return a, nil
}

func statusNote(status string) string {
	switch status {
	case newsbot.StatusCancelled:
		return " (called off)"
	case newsbot.StatusScheduled:
		return " (scheduled)"
	}
	return ""
}

// Names next to a title in news style: "Indonesian President Dewi Kartika",
// "Dewi Kartika, the Indonesian president".
var (
	// "the transport minister Callum Fraser", or set off by commas: "the
	// transport minister, Callum Fraser, said".
	reNameAfterRole  = lazyre.New(`^(?:,)?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)`)
	reNameBeforeRole = lazyre.New(`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:the\s+|a\s+|an\s+)?$`)
)

// looksLikeRole: a subject with a lower-case word ("the mayor", "French
// foreign minister") may be a title rather than a name.
func looksLikeRole(s string) bool {
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsLower(r[0]) {
			return true
		}
	}
	return false
}

// personByRole finds who holds a title, from stored sentences that put a
// known name right after it or right before it. The store keeps roles but
// cannot be searched by them.
func (s *Service) personByRole(ctx context.Context, role string) (newsbot.PersonRecord, *newsbot.Passage, error) {
	hs, err := s.roleHolders(ctx, role, 4)
	if err != nil || len(hs) == 0 {
		return newsbot.PersonRecord{}, nil, err
	}
	h := plainHolder(hs)
	return h.person, &h.passage, nil
}

// roleHolder is a person a stored sentence gives a title.
type roleHolder struct {
	person  newsbot.PersonRecord
	passage newsbot.Passage
	// qualified: a capitalised word other than the sentence's first stands
	// right before the title ("Canadian Prime Minister").
	qualified bool
}

// roleHolders lists up to max distinct people stored sentences give a
// title, in the store's order: "the finance minister" may be a German and
// a French one.
func (s *Service) roleHolders(ctx context.Context, role string, limit int) ([]roleHolder, error) {
	role = stripArticle(strings.TrimSpace(role))
	words := strings.Fields(role)
	if len(words) == 0 || len(keyTerms(role)) == 0 {
		return nil, nil
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	// Up to two capitalised words may come between the asked words: "the
	// Danish minister" is the "Danish Development Minister".
	re, err := regexp.Compile(`(?i)\b` + strings.Join(quoted, `(?-i:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+`) + `\b`)
	if err != nil {
		return nil, nil
	}
	ps, err := s.Store.SearchPassages(ctx, role, 8*limit)
	if err != nil {
		return nil, fmt.Errorf("who is %q: %w", role, err)
	}
	var out []roleHolder
	for _, p := range ps {
		for _, loc := range re.FindAllStringIndex(p.Text, -1) {
			var cands []string
			if m := reNameAfterRole.FindStringSubmatch(p.Text[loc[1]:]); m != nil {
				cands = append(cands, m[1])
			}
			if m := reNameBeforeRole.FindStringSubmatch(p.Text[:loc[0]]); m != nil {
				cands = append(cands, m[1])
			}
			for _, c := range cands {
				people, err := s.Store.FindPeople(ctx, c, 3)
				if err != nil {
					return nil, fmt.Errorf("who is %q: %w", role, err)
				}
				if people = preferExact(c, people); len(people) == 1 {
					if !slices.ContainsFunc(out, func(h roleHolder) bool { return h.person.ID == people[0].ID }) {
						out = append(out, roleHolder{people[0], p, qualifiedTitle(p.Text[:loc[0]])})
					}
					if len(out) >= limit {
						return out, nil
					}
				}
			}
		}
	}
	if len(out) == 0 && len(words) >= 2 {
		return s.ownedRoleHolders(ctx, words, ps, limit)
	}
	return out, nil
}

// reNameAppositive is a name set off by a comma after a title ("Its
// leader, Kim Ha-eun, said").
var reNameAppositive = lazyre.New(`^,?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)`)

// ownedRoleHolders reads "the union leader" where the copy says "the
// shipyard workers' union ... Its leader, Kim Ha-eun": the title's last
// word after "its", "their" or a possessive, in an article that names the
// rest of the title.
func (s *Service) ownedRoleHolders(ctx context.Context, words []string, ps []newsbot.Passage, limit int) ([]roleHolder, error) {
	title := regexp.QuoteMeta(words[len(words)-1])
	re, err := regexp.Compile(`(?i)\b(?:its|their|\p{L}+(?:'s|’s|s'))\s+` + title + `\b`)
	if err != nil {
		return nil, nil
	}
	owner := strings.Join(words[:len(words)-1], " ")
	var out []roleHolder
	seen := map[int64]bool{}
	for _, p := range ps {
		if seen[p.Article.ID] || len(seen) == 3 {
			continue
		}
		seen[p.Article.ID] = true
		art, err := s.Store.Article(ctx, p.Article.ID)
		if err != nil {
			return nil, fmt.Errorf("who is %q: article %d: %w", strings.Join(words, " "), p.Article.ID, err)
		}
		if termScore(art.Text, keyTerms(owner)) < len(keyTerms(owner)) {
			continue
		}
		for _, sp := range text.Sentences(art.Text) {
			for _, loc := range re.FindAllStringIndex(sp.Text, -1) {
				m := reNameAppositive.FindStringSubmatch(sp.Text[loc[1]:])
				if m == nil {
					continue
				}
				people, err := s.Store.FindPeople(ctx, m[1], 3)
				if err != nil {
					return nil, fmt.Errorf("who is %q: %w", strings.Join(words, " "), err)
				}
				if people = preferExact(m[1], people); len(people) == 1 && !slices.ContainsFunc(out, func(h roleHolder) bool { return h.person.ID == people[0].ID }) {
					out = append(out, roleHolder{people[0], newsbot.Passage{Article: p.Article, Text: strings.TrimSpace(sp.Text)}, false})
					if len(out) >= limit {
						return out, nil
					}
				}
			}
		}
	}
	return out, nil
}

// qualifiedTitle reports whether the text before a title ends in a
// capitalised qualifier: "Canadian Prime Minister", "Deputy Prime
// Minister". Articles, possessives ("Britain's") and "Former" are not
// qualifiers of the office itself.
func qualifiedTitle(before string) bool {
	before = strings.TrimRight(before, " ")
	word := before[strings.LastIndexAny(before, " \n\"“(")+1:]
	if word == "" || !unicode.IsUpper([]rune(word)[0]) || strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") {
		return false
	}
	switch strings.ToLower(word) {
	case "the", "a", "an", "former", "then", "our", "its", "his", "her", "their":
		return false
	}
	return true
}

// plainHolder is a holder the copy gives the bare title, else any holder
// (the newest named either way): wire copy names foreign holders with a qualifier
// ("Canadian Prime Minister X"), so a bare "the prime minister" asked in a
// newsroom means the one called plainly "Prime Minister X".
func plainHolder(hs []roleHolder) roleHolder {
	// The one in the news now: of the unqualified holders (or, failing
	// them, all), the one named in the newest report. "The health
	// minister" asked on Thursday is this week's, not March's.
	pool := slices.DeleteFunc(slices.Clone(hs), func(h roleHolder) bool { return h.qualified })
	if len(pool) == 0 {
		pool = hs
	}
	best := pool[0]
	for _, h := range pool[1:] {
		if h.passage.Article.Published.After(best.passage.Article.Published) {
			best = h
		}
	}
	return best
}

var reYear = lazyre.New(`\b\d{4}\b`)

// yearless reports whether a date as asked is a calendar day without a
// year ("15 April"), which ResolveDay places by tense alone.
func yearless(text string) bool {
	if reYear.MatchString(text) || !strings.ContainsAny(text, "0123456789") {
		return false
	}
	return true
}

// coveredYear moves a yearless day a year either way when the traveller's
// legs are there and not on the day as resolved.
func coveredYear(text string, day time.Time, vs []legView) (time.Time, bool) {
	if !yearless(text) {
		return day, false
	}
	on := func(d time.Time) bool {
		return slices.ContainsFunc(vs, func(v legView) bool {
			return v.gran != granNone && !d.Before(v.start) && d.Before(v.end)
		})
	}
	if on(day) {
		return day, false
	}
	for _, alt := range []time.Time{day.AddDate(-1, 0, 0), day.AddDate(1, 0, 0)} {
		if on(alt) {
			return alt, true
		}
	}
	return day, false
}

// askQuotedOn: "who has commented on TOPIC?" — the speakers of the quotes
// that best match the topic's words, newest first.
func (s *Service) askQuotedOn(ctx context.Context, q Question) (Answer, error) {
	terms := keyTerms(q.Topic)
	if len(terms) == 0 {
		return Answer{Lead: "I could not tell what to look for; " + AskUsage + "."}, nil
	}
	seen := map[int64]bool{}
	var hits []newsbot.QuoteHit
	best := 0
	for _, t := range terms[:min(len(terms), 4)] {
		// The store matches whole words: try the word and its stem
		// ("tariffs", "tariff").
		forms := []string{t}
		if st := baseForm(strings.ToLower(t)); st != strings.ToLower(t) {
			forms = append(forms, st)
		}
		for _, f := range forms {
			hs, err := s.Store.SearchQuotes(ctx, f, newsbot.QuoteFilter{Limit: 50})
			if err != nil {
				return Answer{}, fmt.Errorf("ask who commented on %q: %w", q.Topic, err)
			}
			for _, h := range hs {
				if seen[h.ID] {
					continue
				}
				seen[h.ID] = true
				hits = append(hits, h)
				best = max(best, looseScore(h.Quote.Text+" "+h.Sentence, terms))
			}
		}
	}
	var keep []newsbot.QuoteHit
	for _, h := range hits {
		if best > 0 && looseScore(h.Quote.Text+" "+h.Sentence, terms) == best {
			keep = append(keep, h)
		}
	}
	if len(keep) == 0 {
		a, found, err := s.search(ctx, q.Text, q.Topic)
		if err != nil || found {
			return a, err
		}
		return Answer{Lead: fmt.Sprintf("No stored quotes are about %s.", q.Topic)}, nil
	}
	slices.SortStableFunc(keep, func(x, y newsbot.QuoteHit) int { return y.Article.Published.Compare(x.Article.Published) })
	keep = keep[:min(len(keep), 8)]
	a := Answer{Lead: fmt.Sprintf("Quoted on %s: %s", q.Topic, speakersOf(keep))}
	for _, h := range keep {
		a.Items = append(a.Items, s.quoteItem(h))
	}
	return a, nil
}

// eventNouns name a kind of event that either happened or did not: "the
// Westmere school strike" is not stored when no report has a strike with
// Westmere, though Westmere's school is covered. (Story nouns such as
// "dispute" or "row" are the asker's words for any thread.)
var eventNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`strike strikes walkout walkouts lockout lockouts boycott boycotts blockade blockades
		protest protests trial trials election elections referendum ban bans sanctions merger takeover recall`) {
		m[w] = true
	}
	return m
}()

// nearWords are the words coverage often uses for an asker's word.
var nearWords = map[string][]string{
	"housing": {"homes", "houses", "flats", "estate"}, "homes": {"housing", "houses"}, "houses": {"homes", "housing"},
	"pay": {"wages", "salaries", "salary"}, "wages": {"pay", "salaries"}, "jobs": {"redundancies", "layoffs", "job"},
	"layoffs": {"redundancies", "job cuts"}, "redundancies": {"layoffs", "job cuts"}, "bills": {"tariff", "tariffs", "charges"},
	"flooding": {"floods", "flood"}, "floods": {"flooding", "flood"},
}

// topicGap is the first word of terms that no stored article holds, in
// its own form, its base form or a near word (which then stands for it in
// the terms returned); or an event noun no article holds with the other
// words. "" when the archive has them all.
func (s *Service) topicGap(ctx context.Context, terms []string) (string, []string, error) {
	out := slices.Clone(terms)
	has := func(q string) (bool, error) {
		ps, err := s.Store.SearchPassages(ctx, q, 1)
		return len(ps) > 0, err
	}
	var rest, events []string
	for i, t := range terms {
		low := strings.ToLower(t)
		if eventNouns[low] {
			events = append(events, low)
			continue
		}
		if storyNouns[low] {
			continue
		}
		found := false
		for _, w := range append(slices.Compact([]string{low, baseForm(low), pluralForm(low)}), nearWords[low]...) {
			ok, err := has(w)
			if err != nil {
				return "", nil, err
			}
			if ok {
				if w != low {
					out[i] = w // the near word the archive uses
				}
				found = true
				break
			}
		}
		if !found {
			return t, out, nil
		}
		if len(rest) > 0 && len(nearWords[low]) > 0 {
			// Known, but never with the words before it ("Westmere
			// housing" where Westmere's story says "homes"): a near word
			// that is.
			with := func(w string) (bool, error) { return has(strings.Join(append(slices.Clone(rest), w), " ")) }
			if ok, err := with(out[i]); err != nil {
				return "", nil, err
			} else if !ok {
				for _, w := range nearWords[low] {
					if ok, err := with(w); err != nil {
						return "", nil, err
					} else if ok {
						out[i] = w
						break
					}
				}
			}
		}
		rest = append(rest, out[i])
	}
	for _, e := range events {
		found := false
		for _, w := range slices.Compact([]string{e, baseForm(e), e + "s"}) {
			ok, err := has(strings.Join(append(slices.Clone(rest), w), " "))
			if err != nil {
				return "", nil, err
			}
			if ok {
				found = true
				break
			}
		}
		if !found {
			return e, out, nil
		}
	}
	return "", out, nil
}

// notStoredNear says that nothing stored tells of topic (no article has
// gap with it) and shows the newest coverage of its other words, marked as
// that and no more.
func (s *Service) notStoredNear(ctx context.Context, topic, gap string, terms []string) (Answer, error) {
	a := Answer{Lead: fmt.Sprintf("%s %s: no stored article mentions “%s”", nothingStored, topic, gap)}
	var rest []string
	for _, t := range terms {
		if !strings.EqualFold(t, gap) && !storyNouns[strings.ToLower(t)] && !eventNouns[strings.ToLower(t)] {
			rest = append(rest, t)
		}
	}
	if eventNouns[strings.ToLower(gap)] && len(rest) > 0 {
		a.Lead += " with " + strings.Join(rest, " ")
	}
	if len(rest) == 0 {
		a.Lead += "."
		return a, nil
	}
	ps, err := s.Store.SearchPassages(ctx, strings.Join(rest, " "), 3)
	if err != nil {
		return Answer{}, fmt.Errorf("nearest coverage of %q: %w", topic, err)
	}
	if len(ps) == 0 {
		a.Lead += "."
		return a, nil
	}
	a.Lead += fmt.Sprintf(". The newest stored coverage of %s is below.", strings.Join(rest, " "))
	for _, p := range newestFirst(ps, rest) {
		a.Items = append(a.Items, s.passageItem(p))
	}
	return a, nil
}

// daysNews is the sentence of p's article that tells the day's news when p
// itself is background with no date: the first sentence dated to the day
// it was published ("In an interview on Thursday, Shah said the group had
// raised £18,000"), where p opens a profile ("Priya Shah has lived in
// Westmere for 31 years").
func (s *Service) daysNews(ctx context.Context, p newsbot.Passage) (string, bool, error) {
	pub := p.Article.Published
	if pub.IsZero() || p.Article.ID == 0 || reRelDate.MatchString(p.Text) || reCalDate.MatchString(p.Text) {
		return "", false, nil
	}
	art, err := s.Store.Article(ctx, p.Article.ID)
	switch {
	case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("article %d: %w", p.Article.ID, err)
	}
	day := civil(pub, s.loc()).Format(time.DateOnly)
	for _, sp := range text.Sentences(art.Text) {
		if !reRelDate.MatchString(sp.Text) {
			continue
		}
		for _, tx := range timex.Tag(sp.Text, pub) {
			if tx.Type == "DATE" && tx.Value == day {
				return strings.TrimSpace(sp.Text), true, nil
			}
		}
	}
	return "", false, nil
}
