package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// maxLegs caps a Legs answer when the filter sets no limit; maxLegsAsked
// caps any limit (each leg costs a query for its sources).
const (
	maxLegs      = 1000
	maxLegsAsked = 5000
)

const legCols = `l.id, coalesce(p.name, l.traveler), l.place, l.country, l.date, l.day, l.after, l.when_text, l.status,
	l.what, l.counterparts, l.evidence, l.start, l."end"`

// Legs lists trip legs by day (undated ones last, when asked for). A
// traveler name means the people FindPeople ranks best for it.
func (s *Store) Legs(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
	return s.legs(ctx, f, false)
}

func (s *Store) legs(ctx context.Context, f newsbot.LegFilter, bare bool) ([]newsbot.Leg, error) {
	limit := f.Limit
	switch {
	case limit <= 0:
		limit = maxLegs
	case limit > maxLegsAsked:
		limit = maxLegsAsked
	}
	var args []any
	nIDs := 0
	if strings.TrimSpace(f.Traveler) != "" {
		cands, err := s.rankPeople(ctx, f.Traveler)
		if err != nil {
			return nil, fmt.Errorf("legs: traveler %q: %w", f.Traveler, err)
		}
		for _, c := range cands {
			if c.kind != cands[0].kind {
				break
			}
			args = append(args, c.id)
		}
		if len(args) == 0 {
			return []newsbot.Leg{}, nil
		}
		nIDs = len(args)
	}
	from, to := int64(math.MinInt64), int64(math.MaxInt64)
	if !f.From.IsZero() {
		from = f.From.Unix()
	}
	if !f.To.IsZero() {
		to = f.To.Unix()
	}
	out, err := s.queryLegs(ctx, legsQuery(nIDs, false), append(append([]any{}, args...), from, to, limit)...)
	if err != nil {
		return nil, fmt.Errorf("legs: %w", err)
	}
	if f.IncludeUndated && len(out) < limit {
		more, err := s.undatedLegs(ctx, nIDs, args, f.UndatedSince, f.UndatedUntil, limit-len(out))
		if err != nil {
			return nil, fmt.Errorf("legs: %w", err)
		}
		out = append(out, more...)
	}
	if err := s.legSources(ctx, out, bare); err != nil {
		return nil, fmt.Errorf("legs: %w", err)
	}
	return out, nil
}

// LegsBare is Legs with each source's id and date only (Title, URL and
// Outlet empty): enough to order, merge and select legs. A digest reads
// a month of dated legs and the fortnight's undated ones to pick the few it
// shows, and naming their sources reads an article row each, mostly
// uncached at archive scale; it names the sources of the legs it shows
// with ArticleRefs.
func (s *Store) LegsBare(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
	return s.legs(ctx, f, true)
}

// ArticleRefs returns the references of the articles ids, by id; unknown
// ids are left out.
func (s *Store) ArticleRefs(ctx context.Context, ids []int64) (map[int64]newsbot.ArticleRef, error) {
	out := make(map[int64]newsbot.ArticleRef, len(ids))
	for from := 0; from < len(ids); from += legSourcesChunk {
		chunk := ids[from:min(from+legSourcesChunk, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.rq.QueryContext(ctx, articleRefsQuery(len(chunk)), args...)
		if err != nil {
			return nil, fmt.Errorf("article refs: %w", err)
		}
		for rows.Next() {
			var a newsbot.ArticleRef
			var pub int64
			if err := rows.Scan(&a.ID, &a.Title, &a.URL, &a.Outlet, &pub); err != nil {
				rows.Close()
				return nil, fmt.Errorf("article refs: %w", err)
			}
			a.Published = fromUnix(pub)
			out[a.ID] = a
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, fmt.Errorf("article refs: %w", err)
		}
	}
	return out, nil
}

// legsQuery selects legs of nIDs travelers (0: anyone), dated ones in a day
// range by day, or undated ones.
func legsQuery(nIDs int, undated bool) string {
	var where []string
	if nIDs > 0 {
		where = append(where, "l.person_id IN (?"+strings.Repeat(",?", nIDs-1)+")")
	}
	order := ` ORDER BY l.day, l.id LIMIT ?`
	if undated {
		where = append(where, "l.day IS NULL")
		order = ` ORDER BY l.id LIMIT ?`
	} else {
		where = append(where, "l.day >= ? AND l.day < ?")
	}
	return `SELECT ` + legCols + ` FROM legs l LEFT JOIN people p ON p.id = l.person_id WHERE ` + strings.Join(where, " AND ") + order
}

// undatedLegs reads at most limit undated legs of the travelers ids (none:
// anyone), in id order; since set, only those reported in [since, until)
// and called-off ones (LegFilter.UndatedSince), each kind from its own
// index.
func (s *Store) undatedLegs(ctx context.Context, nIDs int, ids []any, since, until time.Time, limit int) ([]newsbot.Leg, error) {
	if since.IsZero() {
		return s.queryLegs(ctx, legsQuery(nIDs, true), append(append([]any{}, ids...), limit)...)
	}
	end := int64(math.MaxInt64)
	if !until.IsZero() {
		end = until.Unix()
	}
	out, err := s.queryLegs(ctx, undatedReportedQuery(nIDs), append(append([]any{}, ids...), since.Unix(), end, limit)...)
	if err != nil {
		return nil, err
	}
	off, err := s.queryLegs(ctx, undatedCancelledQuery(nIDs), append(append([]any{}, ids...), limit)...)
	if err != nil {
		return nil, err
	}
	// In id order, as legsQuery gives undated legs (callers merging legs
	// keep the first of equals); a called-off leg reported in the window
	// comes back twice.
	out = append(out, off...)
	slices.SortFunc(out, func(a, b newsbot.Leg) int { return cmp.Compare(a.ID, b.ID) })
	out = slices.CompactFunc(out, func(a, b newsbot.Leg) bool { return a.ID == b.ID })
	return out[:min(len(out), limit)], nil
}

// undatedReportedQuery selects undated legs of nIDs travelers (0: anyone)
// with a source published in [?, ?), in id order: a range of
// leg_sources_published (migration 0008), pinned, lists the legs reported
// then, and legs_day (day IS NULL, id) is probed for each in id order, so
// the cost follows the window's reports, not the archive's undated legs.
func undatedReportedQuery(nIDs int) string {
	var where []string
	if nIDs > 0 {
		where = append(where, "l.person_id IN (?"+strings.Repeat(",?", nIDs-1)+")")
	}
	where = append(where, "l.id IN (SELECT leg_id FROM leg_sources INDEXED BY leg_sources_published WHERE published_at >= ? AND published_at < ?)",
		"l.day IS NULL")
	return `SELECT ` + legCols + ` FROM legs l LEFT JOIN people p ON p.id = l.person_id WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY l.id LIMIT ?`
}

// undatedCancelledQuery selects the called-off undated legs of nIDs
// travelers (0: anyone), in id order; without a traveler from their partial
// index (migration 0008), which holds nothing else. The status is a
// literal: only then can SQLite tell the index holds every row wanted.
func undatedCancelledQuery(nIDs int) string {
	from, where := "legs l INDEXED BY legs_undated_cancelled", ""
	if nIDs > 0 {
		from, where = "legs l", "l.person_id IN (?"+strings.Repeat(",?", nIDs-1)+") AND "
	}
	return `SELECT ` + legCols + ` FROM ` + from + ` LEFT JOIN people p ON p.id = l.person_id WHERE ` + where +
		`l.day IS NULL AND l.status = '` + newsbot.StatusCancelled + `' ORDER BY l.id LIMIT ?`
}

func (s *Store) queryLegs(ctx context.Context, q string, args ...any) ([]newsbot.Leg, error) {
	rows, err := s.rq.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out := []newsbot.Leg{}
	for rows.Next() {
		var l newsbot.Leg
		var day sql.NullInt64
		var cps string
		t := &l.Trip
		if err := rows.Scan(&l.ID, &t.Traveler, &t.Place, &t.Country, &t.Date, &day, &t.After, &t.WhenText, &t.Status,
			&t.What, &cps, &t.Evidence, &t.Start, &t.End); err != nil {
			rows.Close()
			return nil, err
		}
		if err := json.Unmarshal([]byte(cps), &t.Counterparts); err != nil {
			rows.Close()
			return nil, fmt.Errorf("leg %d counterparts: %w", l.ID, err)
		}
		if day.Valid {
			l.Day = fromUnix(day.Int64)
		}
		out = append(out, l)
	}
	return out, errors.Join(rows.Err(), rows.Close())
}

// legSourcesChunk is how many legs' sources one query reads.
const legSourcesChunk = 200

// maxLegSources is how many sources a leg record carries, newest first; its
// SourceCount says how many there are. Answers show three at most, and a
// leg of a story replicated across an archive has hundreds: reading them
// all made the digest read tens of thousands of article rows.
const maxLegSources = 5

// legSources fills each leg's newest sources and source count, a chunk of
// legs per query rather than one query per leg; bare: ids and dates only,
// from the index, without reading articles.
func (s *Store) legSources(ctx context.Context, legs []newsbot.Leg, bare bool) error {
	query := legSourcesOfQuery
	if bare {
		query = legSourcesBareQuery
	}
	at := make(map[int64]int, len(legs))
	for i := range legs {
		at[legs[i].ID] = i
		legs[i].Sources = []newsbot.ArticleRef{}
		legs[i].SourceCount = 0
	}
	for from := 0; from < len(legs); from += legSourcesChunk {
		chunk := legs[from:min(from+legSourcesChunk, len(legs))]
		args := make([]any, 0, len(chunk)+1)
		args = append(args, maxLegSources)
		for _, l := range chunk {
			args = append(args, l.ID)
		}
		rows, err := s.rq.QueryContext(ctx, query(len(chunk)), args...)
		if err != nil {
			return fmt.Errorf("leg sources: %w", err)
		}
		for rows.Next() {
			var leg, n, pub int64
			var a newsbot.ArticleRef
			var err error
			if bare {
				err = rows.Scan(&leg, &n, &a.ID, &pub)
			} else {
				err = rows.Scan(&leg, &n, &a.ID, &a.Title, &a.URL, &a.Outlet, &pub)
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("leg sources: %w", err)
			}
			a.Published = fromUnix(pub)
			l := &legs[at[leg]]
			l.Sources = append(l.Sources, a)
			l.SourceCount = int(n)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return fmt.Errorf("leg sources: %w", err)
		}
	}
	for i := range legs {
		l := &legs[i]
		slices.SortStableFunc(l.Sources, func(a, b newsbot.ArticleRef) int {
			if c := b.Published.Compare(a.Published); c != 0 {
				return c
			}
			return cmp.Compare(b.ID, a.ID)
		})
		// Sources published on the same second as the last one kept can
		// come back too (the query cuts by date): keep the newest few.
		l.Sources = l.Sources[:min(len(l.Sources), maxLegSources)]
		l.SourceCount = max(l.SourceCount, len(l.Sources))
	}
	return nil
}
