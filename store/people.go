package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

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
// index equality or range on a name key. A name as typed that finds nobody
// by its whole self, alias or surname is tried again as people type names
// differently from the copy: without a possessive ("Starmer's") and with
// hyphens and spaces alike ("Jean Luc" for "Jean-Luc", "Ocasio Cortez").
func (s *Store) rankPeople(ctx context.Context, name string) ([]personCand, error) {
	key := NameKey(name)
	if key == "" {
		return nil, nil
	}
	best := map[int64]*personCand{}
	if err := s.rankKey(ctx, key, best); err != nil {
		return nil, err
	}
	if !namedMatch(best) {
		if k := stripPossessive(key); k != key {
			key = k
			if err := s.rankKey(ctx, key, best); err != nil {
				return nil, err
			}
		}
	}
	if !namedMatch(best) && strings.ContainsAny(key, " -") {
		if err := s.rankFolded(ctx, key, best); err != nil {
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

// namedMatch reports whether a candidate matched by its whole name, an
// alias or its surname (not merely by how its name starts).
func namedMatch(best map[int64]*personCand) bool {
	for _, c := range best {
		if c.kind <= matchSurname {
			return true
		}
	}
	return false
}

// stripPossessive drops a possessive ending from a name key's last word:
// "starmer's" → "starmer", "williams'" → "williams".
func stripPossessive(key string) string {
	if k, ok := strings.CutSuffix(key, "'s"); ok && k != "" {
		return k
	}
	if k, ok := strings.CutSuffix(key, "s'"); ok && k != "" {
		return k + "s"
	}
	return key
}

// minPrefixLetters is the fewest letters a name must have to be matched by
// how names start: one letter ("M") would match every name and surname
// starting with it. Shorter names match only a whole name or alias.
const minPrefixLetters = 2

// foldedScan bounds the rows read per range in rankFolded.
const foldedScan = 500

// Queries for rankFolded: the rows whose name key, surname or alias key
// starts with a word, with the key itself.
const (
	personKeyRangeQuery     = `SELECT id, quote_count, name_key FROM people WHERE name_key >= ? AND name_key < ? LIMIT ?`
	personSurnameRangeQuery = `SELECT id, quote_count, surname FROM people WHERE surname >= ? AND surname < ? LIMIT ?`
	personAliasRangeQuery   = `SELECT p.id, p.quote_count, al.alias_key FROM person_aliases al JOIN people p ON p.id = al.person_id WHERE al.alias_key >= ? AND al.alias_key < ? LIMIT ?`
)

// hyphenFold writes hyphens as spaces: "jean-luc" = "jean luc".
func hyphenFold(key string) string {
	return strings.Join(strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' }), " ")
}

// rankFolded matches key against stored names, surnames and aliases with
// hyphens and spaces alike. The stored keys keep their hyphens, so it
// reads the rows starting with key's first word and compares them folded.
func (s *Store) rankFolded(ctx context.Context, key string, best map[int64]*personCand) error {
	fkey := hyphenFold(key)
	first, _, _ := strings.Cut(fkey, " ")
	if len([]rune(first)) < minPrefixLetters {
		return nil
	}
	for _, st := range []struct {
		q          string
		whole, pre int // the kind of a whole and of a prefix match
	}{
		{personKeyRangeQuery, matchExact, matchPrefix},
		{personSurnameRangeQuery, matchSurname, matchPartial},
		{personAliasRangeQuery, matchAlias, matchPartial},
	} {
		rows, err := s.rq.QueryContext(ctx, st.q, first, keyUpper(first), foldedScan)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, n int64
			var k string
			if err := rows.Scan(&id, &n, &k); err != nil {
				rows.Close()
				return err
			}
			kind := -1
			switch fk := hyphenFold(k); {
			case fk == fkey:
				kind = st.whole
			case strings.HasPrefix(fk, fkey):
				kind = st.pre
			}
			if c, ok := best[id]; kind >= 0 && (!ok || kind < c.kind) {
				best[id] = &personCand{id: id, quotes: n, kind: kind}
			}
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return err
		}
	}
	return nil
}

// letters counts the letters and digits of a name key.
func letters(key string) int {
	n := 0
	for _, r := range key {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// rankKey adds to best the people key may mean, each by its best kind of
// match.
func (s *Store) rankKey(ctx context.Context, key string, best map[int64]*personCand) error {
	single := !strings.Contains(key, " ")
	long := letters(key) >= minPrefixLetters
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
		{matchSurname, personBySurnameQuery, []any{key, findPeopleCandidate}, single && long},
		{matchPrefix, personByPrefixQuery, []any{key, up, findPeopleCandidate}, long},
		{matchPartial, personBySurnamePrefixQuery, []any{key, up, findPeopleCandidate}, single && long},
		{matchPartial, personByAliasPrefixQuery, []any{key, up, findPeopleCandidate}, long},
	}
	for _, st := range steps {
		if !st.ok {
			continue
		}
		if err := add(st.kind, st.q, st.args...); err != nil {
			return err
		}
	}
	return nil
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
