package summaries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

// PublishedBefore is st as it stood when nothing published at or after
// until had come in: `bot ask --date DAY` answers as of that day, and an
// archive holds what came later too. Searches, quotes, legs and issues
// leave out (or stop citing) later articles; a leg or issue known only
// from them is left out; a status that only a later report can have given
// is read back (a visit not yet made is scheduled, a call-off reported
// later is taken to be the later report's). People are still found by every
// name stored; their quote counts are recounted. Editing and slot methods
// pass through.
func PublishedBefore(st newsbot.Store, until time.Time) newsbot.Store {
	return &asOfStore{Store: st, until: until}
}

type asOfStore struct {
	newsbot.Store
	until time.Time
}

// Bounds on the extra reading the filter costs: results are fetched past
// the later articles, which a newest-first list puts first.
const (
	asOfPage       = 200 // quotes per page read (the store's largest)
	asOfQuotePages = 25  // pages read for one list
	asOfCountPages = 5   // pages read to recount a person's quotes
	asOfFetches    = 20  // articles read to restate legs' counterparts
)

func (s *asOfStore) known(t time.Time) bool { return t.IsZero() || t.Before(s.until) }

func (s *asOfStore) Article(ctx context.Context, id int64) (*newsbot.Article, error) {
	a, err := s.Store.Article(ctx, id)
	if err == nil && a != nil && !s.known(a.Published) {
		return nil, fmt.Errorf("article %d: published after %s: %w", id, s.until.Format(time.DateOnly), newsbot.ErrNotFound)
	}
	return a, err
}

func (s *asOfStore) SearchPassages(ctx context.Context, query string, limit int) ([]newsbot.Passage, error) {
	if limit <= 0 || limit > 100 {
		limit = 10
	}
	ps, err := s.Store.SearchPassages(ctx, query, 100)
	if err != nil {
		return nil, err
	}
	ps = slices.DeleteFunc(ps, func(p newsbot.Passage) bool { return !s.known(p.Article.Published) })
	return ps[:min(len(ps), limit)], nil
}

// SearchPassagesBetween clamps the window (see windowSearcher).
func (s *asOfStore) SearchPassagesBetween(ctx context.Context, query string, from, to time.Time, limit int) ([]newsbot.Passage, error) {
	to = before(to, s.until)
	if ws, ok := s.Store.(windowSearcher); ok {
		return ws.SearchPassagesBetween(ctx, query, from, to, limit)
	}
	ps, err := s.SearchPassages(ctx, query, limit)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(ps, func(p newsbot.Passage) bool {
		return !from.IsZero() && p.Article.Published.Before(from) || !p.Article.Published.Before(to)
	}), nil
}

// quotes reads a newest-first list of quotes page by page past the later
// articles' and keeps f's page of the rest.
func (s *asOfStore) quotes(f newsbot.QuoteFilter, fetch func(newsbot.QuoteFilter) ([]newsbot.QuoteHit, error)) ([]newsbot.QuoteHit, error) {
	limit, skip := f.Limit, max(f.Offset, 0)
	if limit <= 0 {
		limit = 10
	}
	var out []newsbot.QuoteHit
	for page := range asOfQuotePages {
		hs, err := fetch(newsbot.QuoteFilter{Topic: f.Topic, Limit: asOfPage, Offset: page * asOfPage})
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			if !s.known(h.Article.Published) {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			if out = append(out, h); len(out) == limit {
				return out, nil
			}
		}
		if len(hs) < asOfPage {
			break
		}
	}
	return out, nil
}

func (s *asOfStore) QuotesBy(ctx context.Context, personID int64, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	return s.quotes(f, func(f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) { return s.Store.QuotesBy(ctx, personID, f) })
}

func (s *asOfStore) QuotesBySpeaker(ctx context.Context, speaker string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	return s.quotes(f, func(f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
		return s.Store.QuotesBySpeaker(ctx, speaker, f)
	})
}

func (s *asOfStore) SearchQuotes(ctx context.Context, phrase string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	return s.quotes(f, func(f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) { return s.Store.SearchQuotes(ctx, phrase, f) })
}

// recount sets p.Quotes to the quotes published before until: "5 quotes"
// must not count the later ones it will not list.
func (s *asOfStore) recount(ctx context.Context, p *newsbot.PersonRecord) error {
	n, later := 0, 0
	for page := range asOfCountPages {
		hs, err := s.Store.QuotesBy(ctx, p.ID, newsbot.QuoteFilter{Limit: asOfPage, Offset: page * asOfPage})
		if err != nil {
			return fmt.Errorf("count quotes of %d: %w", p.ID, err)
		}
		for _, h := range hs {
			if s.known(h.Article.Published) {
				n++
			} else {
				later++
			}
		}
		if len(hs) < asOfPage {
			p.Quotes = n
			return nil
		}
	}
	p.Quotes = max(n, p.Quotes-later) // past the pages read: the rest are earlier
	return nil
}

func (s *asOfStore) FindPeople(ctx context.Context, name string, limit int) ([]newsbot.PersonRecord, error) {
	ps, err := s.Store.FindPeople(ctx, name, limit)
	if err != nil {
		return nil, err
	}
	out := ps[:0]
	for _, p := range ps {
		quoted := p.Quotes > 0
		if err := s.recount(ctx, &p); err != nil {
			return nil, err
		}
		if quoted && p.Quotes == 0 {
			continue // every quote came later: taken to be first reported later
		}
		out = append(out, p)
	}
	return out, nil
}

func (s *asOfStore) Person(ctx context.Context, id int64) (*newsbot.PersonRecord, error) {
	p, err := s.Store.Person(ctx, id)
	if err != nil || p == nil {
		return p, err
	}
	return p, s.recount(ctx, p)
}

// knownRefs keeps the sources published before until; n is how many
// there are in all, of which those not listed are taken to be earlier
// (sources are listed newest first).
func (s *asOfStore) knownRefs(refs []newsbot.ArticleRef, n int) (kept []newsbot.ArticleRef, total int) {
	n = max(n, len(refs))
	for _, r := range refs {
		if s.known(r.Published) {
			kept = append(kept, r)
		}
	}
	return kept, n - (len(refs) - len(kept))
}

// legs keeps the legs reported before until, as then reported.
func (s *asOfStore) legs(ctx context.Context, f newsbot.LegFilter, list func(newsbot.LegFilter) ([]newsbot.Leg, error)) ([]newsbot.Leg, error) {
	limit := f.Limit
	if limit > 0 {
		f.Limit = 2*limit + 50
	}
	if !f.UndatedSince.IsZero() {
		f.UndatedUntil = before(f.UndatedUntil, s.until)
	}
	ls, err := list(f)
	if err != nil {
		return nil, err
	}
	out := ls[:0]
	fetched := 0
	for _, l := range ls {
		kept, total := s.knownRefs(l.Sources, l.SourceCount)
		if total <= 0 {
			continue // first reported later
		}
		if dropped := len(l.Sources) - len(kept); dropped > 0 {
			l.Sources, l.SourceCount = kept, total
			// The stored leg is merged with the later reports: its date,
			// status, counterparts and evidence may be theirs. The newest
			// earlier report tells the leg as it then stood.
			told := false
			if len(kept) > 0 && fetched < asOfFetches {
				fetched++
				art, err := s.Store.Article(ctx, kept[0].ID)
				if err != nil {
					return nil, fmt.Errorf("leg %d as of %s: %w", l.ID, s.until.Format(time.DateOnly), err)
				}
				l, told = legAsTold(l, art)
			}
			if !told {
				switch l.Trip.Status {
				case newsbot.StatusDone, newsbot.StatusUnderway:
					if !l.Day.IsZero() && !l.Day.Before(s.until) {
						l.Trip.Status = newsbot.StatusScheduled // not made yet
					}
				case newsbot.StatusCancelled:
					l.Trip.Status = newsbot.StatusScheduled // the later report's call-off, as it nearly always is
				}
			}
		}
		out = append(out, l)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (s *asOfStore) Legs(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
	return s.legs(ctx, f, func(f newsbot.LegFilter) ([]newsbot.Leg, error) { return s.Store.Legs(ctx, f) })
}

// LegsBare and ArticleRefs keep the store's cheaper listing (see
// bareLegStore) when it has one.
func (s *asOfStore) LegsBare(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
	list := s.Store.Legs
	if bare, ok := s.Store.(bareLegStore); ok {
		list = bare.LegsBare
	}
	return s.legs(ctx, f, func(f newsbot.LegFilter) ([]newsbot.Leg, error) { return list(ctx, f) })
}

func (s *asOfStore) ArticleRefs(ctx context.Context, ids []int64) (map[int64]newsbot.ArticleRef, error) {
	if bare, ok := s.Store.(bareLegStore); ok {
		return bare.ArticleRefs(ctx, ids)
	}
	out := make(map[int64]newsbot.ArticleRef, len(ids))
	for _, id := range ids {
		a, err := s.Store.Article(ctx, id)
		if err != nil {
			return nil, err
		}
		out[id] = newsbot.ArticleRef{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Published: a.Published}
	}
	return out, nil
}

// issue is r as known before until; false when it was first reported
// later. A latest development reported later is not known: the issue's
// date becomes its newest earlier source's.
func (s *asOfStore) issue(r newsbot.IssueRecord) (newsbot.IssueRecord, bool) {
	kept, total := s.knownRefs(r.Sources, r.SourceCount)
	if total <= 0 {
		return r, false
	}
	r.Sources, r.SourceCount = kept, total
	if !s.known(r.LatestAt) {
		r.Latest, r.LatestAt = "", time.Time{}
		if len(kept) > 0 {
			r.LatestAt = kept[0].Published
		}
	}
	return r, true
}

func (s *asOfStore) Issues(ctx context.Context, status string, limit int) ([]newsbot.IssueRecord, error) {
	fetch := limit
	if limit > 0 {
		fetch = 2*limit + 20
	}
	rs, err := s.Store.Issues(ctx, status, fetch)
	if err != nil {
		return nil, err
	}
	out := rs[:0]
	for _, r := range rs {
		if r, ok := s.issue(r); ok {
			out = append(out, r)
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (s *asOfStore) Issue(ctx context.Context, id int64) (*newsbot.IssueRecord, error) {
	r, err := s.Store.Issue(ctx, id)
	if err != nil || r == nil {
		return r, err
	}
	known, ok := s.issue(*r)
	if !ok {
		return nil, fmt.Errorf("issue %d: first reported after %s: %w", id, s.until.Format(time.DateOnly), newsbot.ErrNotFound)
	}
	return &known, nil
}

// legAsTold is l as art tells it: the trip art's extraction finds for the
// same traveller (by surname) and place, with its date, status,
// counterparts and evidence. Without one, the counterparts art does not
// name are dropped and evidence art does not hold is cleared; told is
// false then.
func legAsTold(l newsbot.Leg, art *newsbot.Article) (newsbot.Leg, bool) {
	if art == nil {
		return l, false
	}
	x := extract.ArticleWithHeadline("", art.Title, art.Text, art.Published)
	for _, t := range x.Trips {
		if !strings.EqualFold(t.Place, l.Trip.Place) || !strings.EqualFold(lastWord(t.Traveler), lastWord(l.Trip.Traveler)) {
			continue
		}
		t.Traveler = l.Trip.Traveler
		l.Trip, l.Day = t, time.Time{}
		if st, _, _, ok := timexPeriod(t.Date); ok {
			l.Day = st
		}
		return l, true
	}
	l.Trip = tripAsTold(l.Trip, art.Title+"\n"+art.Text)
	if !strings.Contains(art.Text, l.Trip.Evidence) {
		l.Trip.Evidence = ""
	}
	return l, false
}
