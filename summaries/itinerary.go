package summaries

import (
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

// DigestDays is how many days the digest's diary covers, the day included.
const DigestDays = 7

// RecentDays is how far back /itinerary looks.
const RecentDays = 7

// Itinerary answers `/itinerary [NAME]`: legs from today on, the last week's
// legs, and undated legs of journeys under way, for one traveler or all.
func (s *Service) Itinerary(ctx context.Context, name string) (Answer, error) {
	name, when := itineraryQuery(name)
	today := s.today()
	from, to := addDays(today, -RecentDays), addDays(today, 3660)
	span := ""
	if when != "" {
		// "/itinerary Marsh next week": that span's legs only.
		f, t, l, ok := resolvePeriod(when, Present, today)
		if !ok {
			return Answer{}, &UsageError{Usage: "/itinerary [NAME] [next week | this month | in March | tomorrow | ...]"}
		}
		from, to, span = f, t, l
	}
	traveler := name
	if name != "" {
		p, cands, err := s.traveler(ctx, name, "")
		if err != nil {
			return Answer{}, fmt.Errorf("itinerary %q: %w", name, err)
		}
		if cands != nil {
			return candidatesAnswer(name, cands), nil
		}
		if p.ID == 0 {
			// Nobody stored by that name: say so, not "no travel stored
			// for" a person the bot does not know.
			known, kc, err := s.person(ctx, name)
			if err != nil {
				return Answer{}, fmt.Errorf("itinerary %q: %w", name, err)
			}
			if known.ID == 0 && kc == nil {
				if n, err := s.Store.Legs(ctx, newsbot.LegFilter{Traveler: name, IncludeUndated: true, Limit: 1}); err != nil {
					return Answer{}, fmt.Errorf("itinerary %q: %w", name, err)
				} else if len(n) == 0 {
					return s.suggested(ctx, Answer{Lead: fmt.Sprintf("%s %s.", nothingStored, name)}, name)
				}
			}
		}
		traveler = p.Name
	}
	vs, err := s.legWindow(ctx, traveler, from, to)
	if err != nil {
		return Answer{}, fmt.Errorf("itinerary %q: %w", name, err)
	}
	dated, undated := selectLegs(vs, from, to)
	since := longDate(local(from, s.loc()))
	if span != "" {
		// A leg without a date is in no asked span; a dated one must lie in it.
		dated, undated = inPeriod(dated, from, to), inPeriod(undated, from, to)
		if len(dated)+len(undated) == 0 {
			if name == "" {
				return Answer{Lead: fmt.Sprintf("I have no travel stored %s.", span)}, nil
			}
			return Answer{Lead: fmt.Sprintf("I have no travel stored for %s %s.", traveler, span)}, nil
		}
	}
	if len(dated)+len(undated) == 0 {
		if name == "" {
			return Answer{Lead: fmt.Sprintf("I have no travel stored from %s on.", since)}, nil
		}
		return s.pastTravel(ctx, traveler, from, since)
	}
	all := append(dated, undated...)
	var a Answer
	checked := 0
	for _, v := range all {
		it := s.legItem(v)
		// A plan later coverage calls off is flagged, as in the digest.
		if v.leg.Trip.Status == newsbot.StatusScheduled && v.gran != granNone && checked < maxDigestDoubts {
			checked++
			off, ok, err := s.offReport(ctx, v)
			if err != nil {
				return Answer{}, fmt.Errorf("itinerary %q: %w", name, err)
			}
			if ok {
				it.Detail += " · postponed or called off? " + s.cite(off.Article)
			}
		}
		a.Items = append(a.Items, it)
	}
	n := plural(len(all), "leg")
	window := "since " + since
	if span != "" {
		window = span
	}
	if name != "" {
		a.Lead = fmt.Sprintf("%s: %s %s — %s", all[0].leg.Trip.Traveler, n, window, placeList(all))
		return a, nil
	}
	var who []string
	count := map[string]int{}
	for _, v := range all {
		t := v.leg.Trip.Traveler
		if count[t] == 0 {
			who = append(who, t)
		}
		count[t]++
	}
	parts := make([]string, len(who))
	for i, w := range who {
		parts[i] = fmt.Sprintf("%s (%d)", w, count[w])
	}
	a.Lead = fmt.Sprintf("%s for %s %s: %s", n, plural(len(who), "traveller"), window, strings.Join(parts, ", "))
	return a, nil
}

// reItinPage is a paging word typed after a name out of habit from
// /whosaid ("Marsh page 2", "Marsh, p. 2"): an itinerary is one page.
var reItinPage = lazyre.New(`(?i)[\s,;]*\b(?:page|p\.?|pg\.?)\s*\d+$`)

// reItinDay is a day or span closing an itinerary query: "Marsh next
// week", "Marsh tomorrow", "Marsh on Friday", "Marsh in March".
var reItinDay = lazyre.New(`(?i)(?:^|[\s,;]+)(?:on\s+|for\s+|during\s+)?(` + spanRe + `|` + dayWordsRe + `)$`)

// itineraryQuery splits what follows /itinerary into the name and the day
// or span asked for, dropping what is no part of a name: quotes around it,
// closing punctuation, a possessive and a page number.
func itineraryQuery(q string) (name, when string) {
	q = strings.TrimSpace(q)
	for {
		before := q
		q = reItinPage.ReplaceAllString(q, "")
		if m := reItinDay.FindStringSubmatchIndex(q); m != nil && when == "" {
			when = strings.ToLower(strings.Join(strings.Fields(q[m[2]:m[3]]), " "))
			q = q[:m[0]]
		}
		q = strings.TrimFunc(q, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’'?!.,;:()[]*_`", r)
		})
		q = strings.TrimSuffix(strings.TrimSuffix(q, "'s"), "’s")
		if q == before {
			break
		}
	}
	return q, when
}

// pastTravelLegs is how many of a traveler's latest past legs /itinerary NAME
// shows when nothing is current: an archive's older journeys still answer
// "what is X's schedule" honestly, marked as past.
const pastTravelLegs = 5

// pastTravel answers /itinerary NAME when the traveler has no current legs:
// the latest dated legs before from, oldest first, or plainly nothing.
func (s *Service) pastTravel(ctx context.Context, traveler string, from time.Time, since string) (Answer, error) {
	none := Answer{Lead: fmt.Sprintf("I have no travel stored for %s from %s on.", traveler, since)}
	vs, err := s.legWindow(ctx, traveler, addDays(from, -3660), from)
	if err != nil {
		return Answer{}, fmt.Errorf("past travel of %q: %w", traveler, err)
	}
	var past []legView
	for _, v := range vs {
		if v.dated() && v.start.Before(from) {
			past = append(past, v)
		}
	}
	if len(past) == 0 {
		return none, nil
	}
	slices.SortStableFunc(past, func(a, b legView) int { return a.start.Compare(b.start) })
	if len(past) > pastTravelLegs {
		past = past[len(past)-pastTravelLegs:]
	}
	a := Answer{Lead: fmt.Sprintf("I have no travel stored for %s from %s on. The latest before that, %s: %s",
		traveler, since, plural(len(past), "past leg"), placeList(past))}
	for _, v := range past {
		a.Items = append(a.Items, s.legItem(v))
	}
	return a, nil
}

// preferExact keeps the one candidate whose name or alias is exactly the
// query, when there is one.
func preferExact(name string, people []newsbot.PersonRecord) []newsbot.PersonRecord {
	var exact []newsbot.PersonRecord
	for _, p := range people {
		if strings.EqualFold(p.Name, name) {
			return []newsbot.PersonRecord{p}
		}
		if slices.ContainsFunc(p.Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
			exact = append(exact, p)
		}
	}
	if len(exact) == 1 {
		return exact
	}
	return people
}

// placeList names the places in order, "Beijing, Shanghai, then Japan".
func placeList(vs []legView) string {
	var places []string
	for _, v := range vs {
		p := v.leg.Trip.Place
		if p == "" {
			p = v.leg.Trip.Country
		}
		if len(places) == 0 || places[len(places)-1] != p {
			places = append(places, p)
		}
	}
	return joinWith(places, ", then ")
}

func (s *Service) legItem(v legView) Item {
	l := legLine(v)
	text := strings.ToUpper(placeOf(l)) + " — " + l.Traveler + ": " + l.What
	detail := l.Status
	if l.WhenText != "" {
		detail = joinNonEmpty("; ", detail, "“"+l.WhenText+"”")
	}
	if !v.dated() {
		detail = joinNonEmpty("; ", detail, coarseLabel(v))
	}
	it := Item{Kind: ItemLeg, ID: l.ID, Text: text, Detail: detail, Sources: l.Sources, SourceCount: l.SourceCount}
	if v.dated() {
		it.Date = local(v.start, s.loc())
	}
	return it
}

// coarseLabel says when an undated or coarsely dated leg happens.
func coarseLabel(v legView) string {
	switch v.gran {
	case granMonth:
		return v.start.Format("January 2006")
	case granWeek:
		return "week of " + v.start.Format("2 January 2006")
	case granYear:
		return v.start.Format("2006")
	}
	if !v.after.IsZero() {
		return "date not given; after " + v.after.Format("Monday 2 January")
	}
	return "date not given"
}

func legLine(v legView) LegLine {
	t := v.leg.Trip
	return LegLine{
		ID:           v.leg.ID,
		Place:        t.Place,
		Country:      t.Country,
		Traveler:     t.Traveler,
		What:         legWhat(t),
		Status:       t.Status,
		WhenText:     t.WhenText,
		Date:         t.Date,
		Counterparts: t.Counterparts,
		Evidence:     t.Evidence,
		Sources:      v.leg.Sources,
		SourceCount:  sourceCount(v.leg),
	}
}

// legWhat is what happens on a leg, never empty.
func legWhat(t newsbot.Trip) string {
	if w := strings.TrimSpace(t.What); w != "" {
		return w
	}
	if len(t.Counterparts) > 0 {
		return "talks with " + joinAnd(t.Counterparts)
	}
	return "visit"
}

func placeOf(l LegLine) string {
	if l.Place != "" {
		return l.Place
	}
	return l.Country
}

func joinNonEmpty(sep string, xs ...string) string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, sep)
}

// maxDigestDoubts caps the scheduled legs a digest (or an itinerary)
// checks against later coverage: one ranked full-text search each (~5 ms
// at a million articles), and the digest has a 100 ms budget. The digest
// checks only legs of today and tomorrow, the ones a desk is about to
// staff; later plans are checked when someone asks about them.
const maxDigestDoubts = 4

// Digest builds the digest for the day containing day (in s.Location): the
// diary of legs for that day and the next six, undated legs of journeys
// under way reported in the fortnight before (UndatedFreshDays), then open
// issues by latest development.
func (s *Service) Digest(ctx context.Context, day time.Time) (Digest, error) {
	loc := s.loc()
	today := civil(day, loc)
	to := addDays(today, DigestDays)
	list := s.Store.Legs
	bare, isBare := s.Store.(bareLegStore)
	if isBare {
		list = bare.LegsBare
	}
	endOfDay := local(addDays(today, 1), loc)
	// An undated leg counts only when reported in the fortnight before
	// the day (UndatedFreshDays), as the day knew it.
	fresh := addDays(today, -UndatedFreshDays)
	vs, err := s.legWindowFrom(ctx, list, "", today, to, fresh, endOfDay)
	if err != nil {
		return Digest{}, fmt.Errorf("digest %s: %w", today.Format("2006-01-02"), err)
	}
	// A past day's diary says what was known that day (today's has
	// nothing later to leave out).
	if vs, err = s.knownBy(ctx, vs, endOfDay); err != nil {
		return Digest{}, fmt.Errorf("digest %s: %w", today.Format("2006-01-02"), err)
	}
	dated, undated := selectLegs(vs, today, to)
	if isBare {
		if err := nameSources(ctx, bare, dated, undated); err != nil {
			return Digest{}, fmt.Errorf("digest %s: %w", today.Format("2006-01-02"), err)
		}
	}
	d := Digest{Day: local(today, loc)}
	checked := 0
	for _, v := range dated {
		lday := local(v.start, loc)
		if n := len(d.Legs); n == 0 || !d.Legs[n-1].Day.Equal(lday) {
			d.Legs = append(d.Legs, DayLegs{Day: lday})
		}
		line := legLine(v)
		// One search per scheduled leg, the nearest few only, so a busy
		// diary stays quick.
		if v.leg.Trip.Status == newsbot.StatusScheduled && checked < maxDigestDoubts && v.start.Before(addDays(today, 2)) {
			checked++
			off, ok, err := s.offReportAsOf(ctx, v, endOfDay)
			if err != nil {
				return Digest{}, fmt.Errorf("digest %s: %w", today.Format("2006-01-02"), err)
			}
			if ok {
				line.Doubt = s.cite(off.Article)
			} else if !v.start.After(today) {
				// Due today or before: coverage may already report it held
				// ("after meeting Gagnon in Washington").
				seen, ok, err := s.seenThereAsOf(ctx, v, today, endOfDay)
				if err != nil {
					return Digest{}, fmt.Errorf("digest %s: %w", today.Format("2006-01-02"), err)
				}
				if ok {
					line.Status = newsbot.StatusDone
					if !slices.ContainsFunc(line.Sources, func(r newsbot.ArticleRef) bool { return r.ID == seen.Article.ID }) {
						line.Sources = append([]newsbot.ArticleRef{seen.Article}, line.Sources...)
						line.SourceCount++
					}
				}
			}
		}
		d.Legs[len(d.Legs)-1].Legs = append(d.Legs[len(d.Legs)-1].Legs, line)
	}
	if len(undated) > 0 {
		g := DayLegs{}
		for _, v := range undated {
			g.Legs = append(g.Legs, legLine(v))
		}
		d.Legs = append(d.Legs, g)
	}
	issues, err := s.digestIssuesPage(ctx, newsbot.IssueOpen, nil, MaxDigestIssues)
	if err != nil {
		return Digest{}, fmt.Errorf("digest %s: issues: %w", today.Format("2006-01-02"), err)
	}
	if j := junkCount(issues); j > 0 && len(issues) == MaxDigestIssues {
		// One-report threads with junk titles took lines: read as many
		// more (three for each, to choose among), so the older real
		// disputes they crowded out are listed. Only then: listing an
		// issue costs reads at a million articles.
		more, err := s.digestIssuesPage(ctx, newsbot.IssueOpen, issues, min(3*j, digestPool-MaxDigestIssues))
		if err != nil {
			return Digest{}, fmt.Errorf("digest %s: issues: %w", today.Format("2006-01-02"), err)
		}
		issues = more
	}
	// The real disputes, not the day's junk threads, fill the list.
	issues = digestIssues(issues)
	if issues, err = s.issuesAsOf(ctx, issues, endOfDay); err != nil {
		return Digest{}, fmt.Errorf("digest %s: issues: %w", today.Format("2006-01-02"), err)
	}
	// A dispute the copy has settled reads as settled, however extraction
	// filed the settlement.
	newer, err := s.newerReports(ctx, sortIssues(issues), endOfDay)
	if err != nil {
		return Digest{}, fmt.Errorf("digest %s: issues: %w", today.Format("2006-01-02"), err)
	}
	if issues, err = s.withSettlements(ctx, sortIssues(issues), endOfDay, newer...); err != nil {
		return Digest{}, fmt.Errorf("digest %s: issues: %w", today.Format("2006-01-02"), err)
	}
	same := map[string]int{} // latest development and its source → line
	for _, is := range sortIssues(issues) {
		// Threads extraction split out of one sentence ("a dispute over
		// staffing and a new rostering system") share their latest
		// development: one line names them all.
		line := s.issueLine(is)
		key := line.Latest // as shown: a two-thread sentence's clause
		if len(is.Sources) > 0 {
			key += fmt.Sprintf("\x00%d", is.Sources[0].ID)
		}
		if issueSettled(is) {
			// Never one line for a settled and an open thread.
			key += "\x00settled"
		}
		if i, ok := same[key]; ok && strings.TrimSpace(is.Latest) != "" {
			d.Issues[i].Title += fmt.Sprintf("; also #%d %s", is.ID, is.Title)
			continue
		}
		same[key] = len(d.Issues)
		d.Issues = append(d.Issues, line)
	}
	return d, nil
}

// issuePager is a store that lists issues a page at a time, without their
// quote links (package store can): the digest prints no quotes, and reads
// past its first page only when junk threads took lines of it.
type issuePager interface {
	IssuesAfter(ctx context.Context, status string, after *newsbot.IssueRecord, limit int) ([]newsbot.IssueRecord, error)
}

// digestIssuesPage is first (the issues with status already read, newest
// development first; nil for none) followed by the next n.
func (s *Service) digestIssuesPage(ctx context.Context, status string, first []newsbot.IssueRecord, n int) ([]newsbot.IssueRecord, error) {
	p, ok := s.Store.(issuePager)
	if !ok {
		return s.Store.Issues(ctx, status, len(first)+n)
	}
	var after *newsbot.IssueRecord
	if len(first) > 0 {
		after = &first[len(first)-1]
	}
	next, err := p.IssuesAfter(ctx, status, after, n)
	if err != nil {
		return nil, err
	}
	return append(slices.Clip(first), next...), nil
}

// issuesAsOf is the open issues as a diary for the day ending at endOfDay
// knew them. An issue whose latest development came later shows the
// development its earlier reports gave (or is left out when none came
// before); on a past day an issue an editor closed since is still open.
func (s *Service) issuesAsOf(ctx context.Context, open []newsbot.IssueRecord, endOfDay time.Time) ([]newsbot.IssueRecord, error) {
	issues := open
	// Asked for a past day (bot digest --date sets the clock to that day,
	// so the day alone cannot tell), an issue closed after it was open then.
	closed, err := s.digestIssuesPage(ctx, newsbot.IssueClosed, nil, MaxDigestIssues)
	if err != nil {
		return nil, err
	}
	for _, is := range closed {
		// Closing is the last edit of a closed issue.
		if !is.UpdatedAt.IsZero() && !is.UpdatedAt.Before(endOfDay) {
			is.Status = newsbot.IssueOpen
			issues = append(slices.Clip(issues), is)
		}
	}
	var out []newsbot.IssueRecord
	for _, is := range issues {
		if is.LatestAt.IsZero() || is.LatestAt.Before(endOfDay) {
			out = append(out, is)
			continue
		}
		k, ok, err := s.issueKnownBy(ctx, is, endOfDay)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, k)
		}
	}
	return out, nil
}

// issueKnownBy is is as its reports published before asOf told it: the
// newest of them as the latest development, with the sentence of it that
// best names the issue. False when no listed report came before asOf (the
// store lists the newest few reports only).
func (s *Service) issueKnownBy(ctx context.Context, is newsbot.IssueRecord, asOf time.Time) (newsbot.IssueRecord, bool, error) {
	var earlier []newsbot.ArticleRef
	for _, r := range is.Sources {
		if !r.Published.IsZero() && r.Published.Before(asOf) {
			earlier = append(earlier, r)
		}
	}
	if len(earlier) == 0 {
		return newsbot.IssueRecord{}, false, nil
	}
	slices.SortStableFunc(earlier, func(a, b newsbot.ArticleRef) int { return b.Published.Compare(a.Published) })
	art, err := s.Store.Article(ctx, earlier[0].ID)
	if err != nil {
		return newsbot.IssueRecord{}, false, fmt.Errorf("issue %d: article %d: %w", is.ID, earlier[0].ID, err)
	}
	// In lower case once, as termScore reads them, not once a sentence.
	terms := keyTerms(is.Title + " " + strings.Join(is.Keywords, " "))
	for i, t := range terms {
		terms[i] = strings.ToLower(t)
	}
	latest, best := "", 0
	for _, sp := range text.Sentences(art.Text) {
		if n := termScore(sp.Text, terms); n > best {
			latest, best = strings.TrimSpace(sp.Text), n
		}
	}
	k := is
	k.Latest, k.LatestAt, k.Sources = latest, earlier[0].Published, earlier
	k.SourceCount = len(earlier)
	k.Revived = false
	return k, true, nil
}
