package summaries

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// Date granularities of a leg.
const (
	granNone  = ""
	granDay   = "day"
	granWeek  = "week"
	granMonth = "month"
	granYear  = "year"
)

// legView is a stored leg with its date read as a civil period.
type legView struct {
	leg        newsbot.Leg
	start, end time.Time // civil dates (UTC midnights), end exclusive; zero when undated
	gran       string
	after      time.Time // civil lower bound of an undated leg ("then Japan"); zero when none
}

func viewLeg(l newsbot.Leg) legView {
	v := legView{leg: l}
	if st, en, g, ok := timexPeriod(l.Trip.Date); ok {
		v.start, v.end, v.gran = st, en, g
	} else if !l.Day.IsZero() {
		v.start = civil(l.Day, time.UTC)
		v.end, v.gran = addDays(v.start, 1), granDay
	}
	if st, _, _, ok := timexPeriod(l.Trip.After); ok {
		v.after = st
	}
	return v
}

func (v legView) dated() bool { return v.gran == granDay }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// timexPeriod reads a TIMEX3 date value as a civil period [start, end).
func timexPeriod(val string) (start, end time.Time, gran string, ok bool) {
	val = strings.TrimSpace(val)
	if i := strings.IndexByte(val, 'T'); i == 10 { // 2026-01-30T09:00
		val = val[:10]
	}
	// "", "2026-SU", "PRESENT_REF" are no period: failed parses cost
	// allocations, and a digest reads hundreds of undated legs.
	if n := len(val); !(n == 4 || n == 7 && isDigit(val[5]) || n == 8 && val[5] == 'W' || n == 10) {
		return time.Time{}, time.Time{}, granNone, false
	}
	if t, err := time.Parse("2006-01-02", val); err == nil {
		return t, addDays(t, 1), granDay, true
	}
	if t, err := time.Parse("2006-01", val); err == nil {
		return t, t.AddDate(0, 1, 0), granMonth, true
	}
	var y, w int
	if n, err := fmt.Sscanf(val, "%4d-W%2d", &y, &w); err == nil && n == 2 && len(val) == 8 && w >= 1 && w <= 53 {
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := addDays(jan4, -((int(jan4.Weekday()) + 6) % 7))
		st := addDays(monday, 7*(w-1))
		return st, addDays(st, 7), granWeek, true
	}
	if t, err := time.Parse("2006", val); err == nil {
		return t, t.AddDate(1, 0, 0), granYear, true
	}
	return time.Time{}, time.Time{}, granNone, false
}

// legWindow fetches legs touching [from, to) plus undated ones. Coarse dates
// (a month) start before from, so the query reaches back a month and the
// caller filters by period.
func (s *Service) legWindow(ctx context.Context, traveler string, from, to time.Time) ([]legView, error) {
	return s.legWindowFrom(ctx, s.Store.Legs, traveler, from, to, time.Time{}, time.Time{})
}

// legWindowFrom is legWindow reading legs with list (Store.Legs, or a
// bareLegStore's LegsBare). undatedSince set, an undated leg is read only
// when it was reported in [undatedSince, undatedUntil) or called off
// (freshEnough, LegFilter.UndatedSince).
func (s *Service) legWindowFrom(ctx context.Context, list func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error),
	traveler string, from, to, undatedSince, undatedUntil time.Time) ([]legView, error) {
	f := newsbot.LegFilter{Traveler: traveler, From: addDays(from, -31), To: to, IncludeUndated: true,
		UndatedSince: undatedSince, UndatedUntil: undatedUntil, Limit: 2000}
	legs, err := list(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("legs from %s: %w", from.Format(time.DateOnly), err)
	}
	out := make([]legView, 0, len(legs))
	for _, l := range legs {
		// A store need not filter (LegFilter.UndatedSince): the legs it
		// would leave out go before any is merged with another, as if it
		// had (of the sources listed, the newest few).
		if v := viewLeg(l); freshEnough(v, undatedSince, undatedUntil) {
			out = append(out, v)
		}
	}
	// A meeting its sentence dates apart from the arrival gets its own day;
	// an arrival up to a week before the window may hold one inside it.
	return splitMeetings(cancelPlans(reconcileLegs(dedupeLegs(out))), addDays(from, -7), to), nil
}

// reCorrection finds a correction note: "Correction: An earlier report
// said Moura would be in Abuja on Tuesday." It tells what was wrong, not a
// plan, so a leg read from it is dropped.
var reCorrection = lazyre.New(`(?i)^\W*(?:correction|clarification|editor'?s note)s?\b|\b(?:an|the) (?:earlier|previous) (?:version|report|story|article|edition)\b[^.;]*\b(?:said|stated|reported|misstated|gave|named|described|incorrectly)\b`)

// reMoved: a plan told as changed in time.
var reMoved = lazyre.New(`(?i)\b(?:will\s+now|now\s+(?:arrive|travel|fly|visit|go|be)|instead|moved\s+(?:to|forward|back)|brought\s+forward|put\s+back|pushed\s+back|reschedul\w*|delay(?:ed|s)?|(?:a\s+day|two\s+days|\w+\s+hours?)\s+(?:later|earlier)\s+than\s+(?:planned|scheduled|expected)|(?:later|earlier)\s+than\s+(?:planned|scheduled))\b`)

// reshuffleDays is how far apart a plan and a newer report of the same
// place may be for the newer to be the same visit told right ("talks in
// Abuja on Tuesday" corrected to Wednesday by the report that they took
// place). Wider would merge two visits to one city in a week.
const reshuffleDays = 2

// reconcileLegs lets the newest information win between reports of one
// visit: a leg read from a correction note is dropped, and a planned leg is
// dropped when a newer report has the same traveller at the same place on
// a day at most reshuffleDays away (the visit happened then, or was moved
// there); its sources and counterparts join the newer leg's.
func reconcileLegs(vs []legView) []legView {
	out := vs[:0:0]
	for _, v := range vs {
		if !correctionNote(v.leg.Trip.Evidence) {
			out = append(out, v)
		}
	}
	// Only legs of one traveller bear on each other: compare within those
	// groups, so a window of thousands of legs stays linear in practice.
	groups := map[string][]int{}
	for i, v := range out {
		k := strings.ToLower(v.leg.Trip.Traveler)
		groups[k] = append(groups[k], i)
	}
	// moved[i]: 0 not yet known, 1 a plan told as moved, 2 not; read only
	// for the few legs that meet a plan at its place.
	moved := make([]int8, len(out))
	isMoved := func(i int) bool {
		if moved[i] == 0 {
			moved[i] = 2
			if out[i].leg.Trip.Status == newsbot.StatusScheduled && reMoved.MatchString(out[i].leg.Trip.Evidence) {
				moved[i] = 1
			}
		}
		return moved[i] == 1
	}
	drop := make([]bool, len(out))
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		// A call-off dated by when it was announced ("met Danjuma on
		// Wednesday, and later cancelled the final stop, in Dakar") calls
		// off the plan for that place on that day or after; the plan, now
		// cancelled, keeps its own date and takes the call-off's sentence,
		// and the call-off is not shown a second time.
		for _, j := range g {
			c := out[j]
			if c.leg.Trip.Status != newsbot.StatusCancelled || c.gran != granNone && (!c.dated() || c.start.After(civil(newestSource(c.leg.Sources), time.UTC))) {
				continue
			}
			for _, i := range g {
				p := &out[i]
				if i == j || drop[i] || p.leg.Trip.Status != newsbot.StatusScheduled || !p.dated() || !samePlace(p.leg.Trip, c.leg.Trip) ||
					!newestSource(c.leg.Sources).After(newestSource(p.leg.Sources)) || c.gran != granNone && p.start.Before(c.start) {
					continue
				}
				p.leg.Trip.Status, p.leg.Trip.Evidence = newsbot.StatusCancelled, c.leg.Trip.Evidence
				p.leg.Sources, p.leg.SourceCount = mergeLegSources(p.leg, c.leg)
				drop[j] = true
			}
		}
		for _, i := range g {
			p := out[i]
			if p.leg.Trip.Status != newsbot.StatusScheduled || !p.dated() {
				continue
			}
			planned := newestSource(p.leg.Sources)
			for _, j := range g {
				c := &out[j]
				// A report that the visit took place, or a newer plan
				// saying it moved ("will now arrive in Hanoi on Friday, a
				// day later than planned"); a newer plan without such
				// words may name the flight ("flies to Wellington on
				// Tuesday night") for a visit the older named by its talks
				// on Wednesday.
				if j == i || drop[j] || !c.dated() || c.start.Equal(p.start) || !samePlace(c.leg.Trip, p.leg.Trip) ||
					!newestSource(c.leg.Sources).After(planned) {
					continue
				}
				if d := c.start.Sub(p.start).Hours() / 24; d > reshuffleDays || d < -reshuffleDays {
					continue
				}
				if st := c.leg.Trip.Status; st != newsbot.StatusDone && st != newsbot.StatusUnderway && !isMoved(j) {
					continue
				}
				drop[i] = true
				c.leg.Sources, c.leg.SourceCount = mergeLegSources(c.leg, p.leg)
				for _, who := range p.leg.Trip.Counterparts {
					if !slices.Contains(c.leg.Trip.Counterparts, who) {
						c.leg.Trip.Counterparts = append(slices.Clip(c.leg.Trip.Counterparts), who)
					}
				}
				break
			}
		}
	}
	kept := out[:0]
	for i, v := range out {
		if !drop[i] {
			kept = append(kept, v)
		}
	}
	return kept
}

// correctionNote: the sentence is a correction note (reCorrection), tested
// only when a word of one is there.
func correctionNote(sentence string) bool {
	// The words without their first letter, so a capital matches; a
	// note in capitals ("CORRECTION:") is caught by its colon.
	if !strings.Contains(sentence, "orrection") && !strings.Contains(sentence, "larification") && !strings.Contains(sentence, "ditor") &&
		!strings.Contains(sentence, "arlier") && !strings.Contains(sentence, "revious") && !strings.Contains(sentence, "ION:") &&
		!strings.Contains(sentence, "NOTE:") {
		return false
	}
	return reCorrection.MatchString(sentence)
}

// bareLegStore is a store that can list legs with only the ids and dates of
// their sources, and name sources by id afterwards (package store can).
// Choosing legs needs no more than that, and a digest reads many more legs
// than it shows: naming all their sources read thousands of article rows,
// mostly uncached in an archive-sized database.
type bareLegStore interface {
	LegsBare(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error)
	ArticleRefs(ctx context.Context, ids []int64) (map[int64]newsbot.ArticleRef, error)
}

// nameSources replaces the bare source references of the legs shown with
// the articles' own.
func nameSources(ctx context.Context, st bareLegStore, shown ...[]legView) error {
	var ids []int64
	for _, vs := range shown {
		for _, v := range vs {
			for _, r := range v.leg.Sources {
				ids = append(ids, r.ID)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	refs, err := st.ArticleRefs(ctx, slices.Compact(ids))
	if err != nil {
		return fmt.Errorf("leg sources: %w", err)
	}
	for _, vs := range shown {
		for i := range vs {
			named := make([]newsbot.ArticleRef, len(vs[i].leg.Sources))
			for j, r := range vs[i].leg.Sources {
				if a, ok := refs[r.ID]; ok {
					r = a
				}
				named[j] = r
			}
			vs[i].leg.Sources = named
		}
	}
	return nil
}

// cancelPlans marks a planned leg cancelled when a report no older than the
// plan's says the journey was called off: at the same place, or in the same
// country for a country-wide cancellation ("postponed a visit to China"
// calls off Beijing and Shanghai), on an overlapping date or with none. The
// newest information wins; the cancelling sources join the leg's.
func cancelPlans(vs []legView) []legView {
	for _, c := range vs {
		if c.leg.Trip.Status != newsbot.StatusCancelled {
			continue
		}
		ct := c.leg.Trip
		whole := ct.Place == "" || ct.Place == ct.Country
		for i := range vs {
			v := &vs[i]
			t := v.leg.Trip
			if t.Status != newsbot.StatusScheduled || !strings.EqualFold(t.Traveler, ct.Traveler) {
				continue
			}
			if !strings.EqualFold(t.Place, ct.Place) && !(whole && strings.EqualFold(t.Country, ct.Country)) {
				continue
			}
			if newestSource(c.leg.Sources).Before(newestSource(v.leg.Sources)) {
				continue // rearranged after the cancellation
			}
			if c.gran != granNone && v.gran != granNone && !(v.start.Before(c.end) && c.start.Before(v.end)) {
				continue
			}
			v.leg.Trip.Status = newsbot.StatusCancelled
			v.leg.Sources, v.leg.SourceCount = mergeLegSources(v.leg, c.leg)
		}
	}
	return vs
}

// UndatedFreshDays: the digest shows an undated leg only when a report of
// it (as the day knew it) came out in the UndatedFreshDays days before the
// day, or on it. An undated plan ("will visit Tbilisi later") told longer
// ago has since been dated, made or dropped by the copy, or is no longer
// news: an editor reading today's diary expects this fortnight's plans,
// the look-back the diary already gave travellers with nothing dated near
// the window. Older undated legs are stale however busy their traveller is
// now: in an archive of years, most travellers are busy.
const UndatedFreshDays = 14

// freshEnough: v counts in a window whose undated legs must have been
// reported in [since, until) (zero since: every one counts; zero until: no
// bound): it is dated, called off (it may call off a dated plan), or a
// source of it listed was published then. A digest's until is the end of
// its day, so a report it could not know yet does not make a plan fresh.
func freshEnough(v legView, since, until time.Time) bool {
	if since.IsZero() || v.gran != granNone || v.leg.Trip.Status == newsbot.StatusCancelled {
		return true
	}
	return slices.ContainsFunc(v.leg.Sources, func(r newsbot.ArticleRef) bool {
		return !r.Published.Before(since) && (until.IsZero() || r.Published.Before(until))
	})
}

// selectLegs keeps dated legs in [from, to), coarse legs overlapping it and
// not done, and undated legs of journeys still under way: the traveler has
// a dated leg near the window, the leg comes after a date in it, or it was
// reported recently.
func selectLegs(vs []legView, from, to time.Time) (dated, undated []legView) {
	active := map[string]bool{}
	for _, v := range vs {
		if v.gran != granNone && v.end.After(addDays(from, -7)) && v.start.Before(to) {
			active[strings.ToLower(v.leg.Trip.Traveler)] = true
		}
	}
	for _, v := range vs {
		st := v.leg.Trip.Status
		switch {
		case v.dated():
			if !v.start.Before(from) && v.start.Before(to) {
				dated = append(dated, v)
			}
		case v.gran != granNone:
			if st != newsbot.StatusDone && v.end.After(from) && v.start.Before(to) {
				undated = append(undated, v)
			}
		case st == newsbot.StatusDone || st == newsbot.StatusCancelled:
			// An undated leg already made or called off is not in the diary.
		case !v.after.IsZero():
			if !v.after.Before(addDays(from, -7)) && v.after.Before(to) {
				undated = append(undated, v)
			}
		case active[strings.ToLower(v.leg.Trip.Traveler)]:
			undated = append(undated, v)
		default:
			if p := newestSource(v.leg.Sources); !p.IsZero() && !civil(p, time.UTC).Before(addDays(from, -14)) && p.Before(to) {
				undated = append(undated, v)
			}
		}
	}
	slices.SortStableFunc(dated, func(a, b legView) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if c := strings.Compare(a.leg.Trip.Traveler, b.leg.Trip.Traveler); c != 0 {
			return c
		}
		return cmpID(a.leg.ID, b.leg.ID)
	})
	slices.SortStableFunc(undated, func(a, b legView) int {
		if c := strings.Compare(a.leg.Trip.Traveler, b.leg.Trip.Traveler); c != 0 {
			return c
		}
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if c := a.after.Compare(b.after); c != 0 {
			return c
		}
		return cmpID(a.leg.ID, b.leg.ID)
	})
	return dated, undated
}

func cmpID(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func newestSource(refs []newsbot.ArticleRef) time.Time {
	var t time.Time
	for _, r := range refs {
		if r.Published.After(t) {
			t = r.Published
		}
	}
	return t
}

// dedupeLegs merges legs the store kept apart that say the same thing: one
// traveler at one place in one period. The newest report's wording wins;
// every source is kept. The sources of a group are merged once, at the end:
// merging them leg by leg cost the square of the group's size, and an
// archive holding many copies of a story makes groups of hundreds.
func dedupeLegs(vs []legView) []legView {
	index := map[string]int{}
	var out []legView
	var members [][]newsbot.Leg // the legs merged into out[i]; nil while it is alone
	var newest []time.Time      // newest source of out[i]'s group
	for _, v := range vs {
		t := v.leg.Trip
		key := strings.ToLower(t.Traveler + "|" + t.Place + "|" + v.gran + "|" + v.start.Format(time.DateOnly))
		i, ok := index[key]
		if !ok {
			index[key] = len(out)
			out = append(out, v)
			members = append(members, nil)
			newest = append(newest, newestSource(v.leg.Sources))
			continue
		}
		if members[i] == nil {
			members[i] = []newsbot.Leg{out[i].leg}
		}
		members[i] = append(members[i], v.leg)
		if n := newestSource(v.leg.Sources); n.After(newest[i]) {
			out[i], newest[i] = v, n
		}
	}
	for i, ms := range members {
		if ms == nil {
			continue
		}
		lists := make([][]newsbot.ArticleRef, len(ms))
		count, listed := 0, 0
		for j, l := range ms {
			lists[j] = l.Sources
			count += sourceCount(l)
			listed += len(l.Sources)
		}
		srcs := mergeRefs(lists...)
		// Sources listed twice are one; unlisted ones are taken as distinct.
		out[i].leg.Sources, out[i].leg.SourceCount = srcs, count-(listed-len(srcs))
		// The newest report may not repeat whom the traveller meets there:
		// the group meets everyone any of its reports names.
		var who []string
		for _, l := range append([]newsbot.Leg{out[i].leg}, ms...) {
			for _, c := range l.Trip.Counterparts {
				if !slices.Contains(who, c) {
					who = append(who, c)
				}
			}
		}
		out[i].leg.Trip.Counterparts = who
	}
	return out
}

// sourceCount is how many sources a leg has: the store lists the newest
// few and counts them all.
func sourceCount(l newsbot.Leg) int { return max(l.SourceCount, len(l.Sources)) }

// mergeLegSources is the union of two legs' sources, newest first, and its
// size. The newest few of a union are among the newest few of each list, so
// the list is exact; the count is exact when both lists are whole and
// otherwise assumes the unlisted sources differ.
func mergeLegSources(a, b newsbot.Leg) ([]newsbot.ArticleRef, int) {
	srcs := mergeRefs(a.Sources, b.Sources)
	dups := len(a.Sources) + len(b.Sources) - len(srcs)
	return srcs, sourceCount(a) + sourceCount(b) - dups
}

// refKey identifies an article reference: by id when stored, else by URL.
type refKey struct {
	id  int64
	url string
}

// mergeRefs is the union of source lists, newest first; of references to
// one article the first is kept, and equal dates keep the lists' order.
func mergeRefs(lists ...[]newsbot.ArticleRef) []newsbot.ArticleRef {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]newsbot.ArticleRef, 0, n)
	seen := make(map[refKey]bool, n)
	for _, l := range lists {
		for _, r := range l {
			key := refKey{url: r.URL}
			if r.ID != 0 {
				key = refKey{id: r.ID}
			}
			if key != (refKey{}) && seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(x, y newsbot.ArticleRef) int { return y.Published.Compare(x.Published) })
	return out
}

// knownBy is the diary as it stood at asOf (a past day's digest): legs
// first reported later are left out and later reports are not cited. The
// store merges a plan with the report that calls it off or says it was
// made, so a status carried only by later reports is read again: a visit
// could not be made before its day, and a call-off counts only if a
// report before asOf said so.
func (s *Service) knownBy(ctx context.Context, vs []legView, asOf time.Time) ([]legView, error) {
	out := make([]legView, 0, len(vs))
	searched, fetched := 0, 0
	for _, v := range vs {
		var kept []newsbot.ArticleRef
		for _, r := range v.leg.Sources {
			if r.Published.IsZero() || r.Published.Before(asOf) {
				kept = append(kept, r)
			}
		}
		dropped := len(v.leg.Sources) - len(kept)
		if dropped == 0 {
			out = append(out, v)
			continue
		}
		total := max(v.leg.SourceCount, len(v.leg.Sources))
		if total-dropped <= 0 {
			continue // not reported yet
		}
		v.leg.Sources, v.leg.SourceCount = kept, total-dropped
		// Whom the traveller meets may come from the later reports too
		// ("will instead hold talks with the finance minister"): the
		// newest report of the day keeps only those it names.
		if len(kept) > 0 && (len(v.leg.Trip.Counterparts) > 0 || v.leg.Trip.What != "") && fetched < 2*maxDigestDoubts {
			fetched++
			newestKept := slices.MaxFunc(kept, func(a, b newsbot.ArticleRef) int { return a.Published.Compare(b.Published) })
			art, err := s.Store.Article(ctx, newestKept.ID)
			switch {
			case errors.Is(err, newsbot.ErrNotFound):
			case err != nil:
				return nil, fmt.Errorf("leg %d as of %s: %w", v.leg.ID, asOf.Format(time.DateOnly), err)
			case art != nil:
				v.leg.Trip = tripAsTold(v.leg.Trip, art.Title+"\n"+art.Text)
			}
		}
		switch v.leg.Trip.Status {
		case newsbot.StatusDone, newsbot.StatusUnderway:
			if v.gran != granNone && !v.start.Before(asOf) {
				v.leg.Trip.Status = newsbot.StatusScheduled
			}
		case newsbot.StatusCancelled:
			plan := v
			plan.leg.Trip.Status = newsbot.StatusScheduled
			if len(kept) == 0 {
				break // older reports exist but are not listed: keep what is stored
			}
			// One search each, the first few only (the digest's budget):
			// past them, the call-off is taken to be the later report's,
			// as it nearly always is.
			off := false
			if searched < maxDigestDoubts {
				searched++
				var err error
				if _, off, err = s.offReportAsOf(ctx, plan, asOf); err != nil {
					return nil, err
				}
			}
			if !off {
				v = plan
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// tripAsTold is t with only the counterparts text names; when one is
// dropped and What names them, What is left to be rebuilt from the rest.
func tripAsTold(t newsbot.Trip, text string) newsbot.Trip {
	var keep, gone []string
	for _, c := range t.Counterparts {
		re, err := wordRe(lastWord(c))
		if err != nil || re.MatchString(text) {
			keep = append(keep, c)
		} else {
			gone = append(gone, c)
		}
	}
	if len(gone) == 0 {
		return t
	}
	t.Counterparts = keep
	for _, c := range gone {
		if strings.Contains(t.What, lastWord(c)) {
			t.What = ""
		}
	}
	return t
}
