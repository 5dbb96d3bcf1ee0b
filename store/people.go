package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// Match quality for FindPeople, best first.
const (
	matchExact          = iota // the whole name: "Keir Starmer", "Sir Keir Starmer"
	matchAlias                 // a name the person went by: "Sir Keir"
	matchSurname               // "Starmer"
	matchPrefix                // the name starts so: "Keir", "Keir Sta"
	matchPartial               // surname or alias starts so: "Starm"
	findPeopleCandidate = 50   // rows read per kind of match
)

// keyUpper is above every key starting with prefix, for index range scans.
func keyUpper(prefix string) string { return prefix + "\U0010FFFF" }

// FindPeople returns the people a name may mean, best match first (exact
// name, then alias, surname, prefix), more-quoted first within a kind.
func (s *Store) FindPeople(ctx context.Context, name string, limit int) ([]newsbot.PersonRecord, error) {
	if limit <= 0 || limit > 100 {
		limit = 10
	}
	cands, err := s.rankPeople(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("find people %q: %w", name, err)
	}
	if len(cands) > limit {
		cands = cands[:limit]
	}
	out := make([]newsbot.PersonRecord, 0, len(cands))
	for _, c := range cands {
		p, err := s.Person(ctx, c.id)
		if errors.Is(err, newsbot.ErrNotFound) {
			continue // merged away since the lookup
		}
		if err != nil {
			return nil, fmt.Errorf("find people %q: %w", name, err)
		}
		out = append(out, *p)
	}
	return out, nil
}

type personCand struct {
	id, quotes int64
	kind       int
	lone       bool // a surname-only row ("Blair") among full names of that surname
}

// rankPeople finds the people name may mean, ranked. Every lookup is an
// index equality or range on a name key.
func (s *Store) rankPeople(ctx context.Context, name string) ([]personCand, error) {
	key := NameKey(name)
	if key == "" {
		return nil, nil
	}
	best := map[int64]*personCand{}
	single := !strings.Contains(key, " ")
	add := func(kind int, q string, args ...any) error {
		rows, err := s.rq.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id, n int64
			if err := rows.Scan(&id, &n); err != nil {
				return err
			}
			lone := false
			if kind == matchExact && single {
				// A lone surname's own row holds the quotes of articles that
				// never said which namesake spoke: it ranks among the
				// surname's full names by quotes ("Blair" asks for the
				// most-quoted Blair first), ahead of them on a tie.
				kind, lone = matchSurname, true
			}
			if c, ok := best[id]; !ok || kind < c.kind && !c.lone {
				best[id] = &personCand{id: id, quotes: n, kind: kind, lone: lone}
			}
		}
		return rows.Err()
	}
	up := keyUpper(key)
	steps := []struct {
		kind int
		q    string
		args []any
		ok   bool
	}{
		{matchExact, personByKeyQuery, []any{key}, true},
		{matchAlias, personByAliasQuery, []any{key, findPeopleCandidate}, true},
		{matchSurname, personBySurnameQuery, []any{key, findPeopleCandidate}, single},
		{matchPrefix, personByPrefixQuery, []any{key, up, findPeopleCandidate}, true},
		{matchPartial, personBySurnamePrefixQuery, []any{key, up, findPeopleCandidate}, single},
		{matchPartial, personByAliasPrefixQuery, []any{key, up, findPeopleCandidate}, true},
	}
	for _, st := range steps {
		if !st.ok {
			continue
		}
		if err := add(st.kind, st.q, st.args...); err != nil {
			return nil, err
		}
	}
	cands := make([]personCand, 0, len(best))
	for _, c := range best {
		cands = append(cands, *c)
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		if a.quotes != b.quotes {
			return a.quotes > b.quotes
		}
		if a.lone != b.lone {
			return a.lone
		}
		return a.id < b.id
	})
	return cands, nil
}

// Person returns one person with aliases and quote count.
func (s *Store) Person(ctx context.Context, id int64) (*newsbot.PersonRecord, error) {
	return person(ctx, s.rq, id)
}

type rowQuerier interface {
	querier
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func person(ctx context.Context, db rowQuerier, id int64) (*newsbot.PersonRecord, error) {
	var p newsbot.PersonRecord
	err := db.QueryRowContext(ctx, personQuery, id).
		Scan(&p.ID, &p.Name, &p.Role, &p.Quotes)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("person", id)
	}
	if err != nil {
		return nil, fmt.Errorf("person %d: %w", id, err)
	}
	rows, err := db.QueryContext(ctx, aliasesQuery, id)
	if err != nil {
		return nil, fmt.Errorf("person %d aliases: %w", id, err)
	}
	defer rows.Close()
	p.Aliases = []string{}
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, fmt.Errorf("person %d aliases: %w", id, err)
		}
		if a != p.Name {
			p.Aliases = append(p.Aliases, a)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("person %d aliases: %w", id, err)
	}
	return &p, nil
}

func page(f newsbot.QuoteFilter) (limit, offset int) {
	limit, offset = f.Limit, f.Offset
	if limit <= 0 {
		limit = 10
	}
	if limit > 200 {
		limit = 200
	}
	if offset < 0 {
		offset = 0
	}
	return limit, offset
}

// QuotesBy lists a person's quotes, newest article first; f.Topic (user
// text) keeps quotes holding every one of its words.
func (s *Store) QuotesBy(ctx context.Context, personID int64, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	p, err := s.Person(ctx, personID)
	if err != nil {
		return nil, fmt.Errorf("quotes by: %w", err)
	}
	limit, offset := page(f)
	people := map[int64]*newsbot.PersonRecord{personID: p}
	topic := ftsAll(f.Topic)
	var hits []newsbot.QuoteHit
	switch {
	case topic == "":
		hits, err = s.quoteHits(ctx, people, whosaidQuery, personID, limit, offset)
	case offset+limit <= topicWalkPage:
		var ok bool
		hits, ok, err = s.topicWalk(ctx, people, topic, personID, limit, offset)
		if err == nil && !ok {
			hits, err = s.quoteHits(ctx, people, whosaidTopicQuery, topic, personID, limit, offset)
		}
	default:
		hits, err = s.quoteHits(ctx, people, whosaidTopicQuery, topic, personID, limit, offset)
	}
	if err != nil {
		return nil, fmt.Errorf("quotes by %d: %w", personID, err)
	}
	return hits, nil
}

// A first page of /whosaid NAME about TOPIC first walks the person's
// topicWalk newest quotes (whosaidTopicWalkQuery); pages past topicWalkPage
// rows, and topics too rare to fill the page there, read the topic's
// matches instead (whosaidTopicQuery).
const (
	topicWalk     = 300
	topicWalkPage = 20
)

// topicWalk answers a first page from the person's newest quotes; ok is
// false when those hold too few matches to be sure of the page.
func (s *Store) topicWalk(ctx context.Context, people map[int64]*newsbot.PersonRecord, topic string, personID int64, limit, offset int) ([]newsbot.QuoteHit, bool, error) {
	var cutoff int64
	err := s.rq.QueryRowContext(ctx, topicWalkCutoffQuery, personID, topicWalk-1).Scan(&cutoff)
	whole := errors.Is(err, sql.ErrNoRows) // fewer quotes than topicWalk: the walk sees them all
	if whole {
		cutoff, err = math.MinInt64, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("topic walk: %w", err)
	}
	hits, err := s.quoteHits(ctx, people, whosaidTopicWalkQuery, topic, personID, limit, offset, cutoff)
	if err != nil {
		return nil, false, err
	}
	return hits, whole || len(hits) == limit, nil
}

// quoteHits runs a quote query and reads its hits.
func (s *Store) quoteHits(ctx context.Context, people map[int64]*newsbot.PersonRecord, q string, args ...any) ([]newsbot.QuoteHit, error) {
	rows, err := s.rq.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return s.scanHits(ctx, rows, people)
}

// QuotesBySpeaker lists quotes of organisations and unnamed sources whose
// speaker, as written, starts with speaker ("Downing Street" finds "a Downing
// Street spokesman"), newest first.
func (s *Store) QuotesBySpeaker(ctx context.Context, speaker string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	key := SpeakerKey(speaker)
	if key == "" {
		return nil, nil
	}
	limit, offset := page(f)
	rows, err := s.rq.QueryContext(ctx, speakerQuery, key, key+"\U0010FFFF", limit, offset)
	if err != nil {
		return nil, fmt.Errorf("quotes by speaker %q: %w", speaker, err)
	}
	hits, err := s.scanHits(ctx, rows, map[int64]*newsbot.PersonRecord{})
	if err != nil {
		return nil, fmt.Errorf("quotes by speaker %q: %w", speaker, err)
	}
	return hits, nil
}

// SearchQuotes finds quotes holding phrase (user text: its words, in order),
// most recently stored first (newest first when archives are ingested in
// date order, see searchQuotesQuery). f.Topic adds words that must also
// appear.
func (s *Store) SearchQuotes(ctx context.Context, phrase string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	q := ftsPhrase(phrase)
	if q == "" {
		return nil, nil
	}
	if t := ftsAll(f.Topic); t != "" {
		q += " " + t
	}
	limit, offset := page(f)
	rows, err := s.rq.QueryContext(ctx, searchQuotesQuery, q, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("search quotes: %w", err)
	}
	hits, err := s.scanHits(ctx, rows, map[int64]*newsbot.PersonRecord{})
	if err != nil {
		return nil, fmt.Errorf("search quotes: %w", err)
	}
	return hits, nil
}

// scanHits reads quote rows, then attaches each speaker's record (read once
// per person, after the rows are closed so one call holds one connection).
func (s *Store) scanHits(ctx context.Context, rows *sql.Rows, people map[int64]*newsbot.PersonRecord) ([]newsbot.QuoteHit, error) {
	var out []newsbot.QuoteHit
	for rows.Next() {
		var h newsbot.QuoteHit
		var pid sql.NullInt64
		var pub int64
		if err := rows.Scan(&h.ID, &h.Quote.Text, &h.Quote.Speaker, &h.Quote.Mention, &h.Quote.Cue, &h.Quote.Kind,
			&h.Quote.Start, &h.Quote.End, &h.Quote.Sentence, &pid,
			&h.Article.ID, &h.Article.Title, &h.Article.URL, &h.Article.Outlet, &pub); err != nil {
			rows.Close()
			return nil, err
		}
		h.Article.Published = fromUnix(pub)
		h.Sentence = h.Quote.Sentence
		h.Quote.IsPerson = pid.Valid
		h.Person.ID = pid.Int64
		out = append(out, h)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	for i := range out {
		id := out[i].Person.ID
		if id == 0 {
			continue
		}
		p, ok := people[id]
		if !ok {
			var err error
			if p, err = s.Person(ctx, id); err != nil {
				return nil, err
			}
			people[id] = p
		}
		out[i].Person = *p
	}
	return out, nil
}
