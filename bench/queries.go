package bench

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"

	_ "modernc.org/sqlite" // the sampler and EXPLAIN read the database directly
)

// HotQuery is one SQL statement the bot runs while serving, with sample
// arguments for EXPLAIN QUERY PLAN.
type HotQuery struct {
	Name string
	SQL  string
	Args func(s Sample) []any
}

// The statements below are copied from package store (people.go, legs.go,
// issues.go, articles.go, saver.go), which keeps them unexported; they must
// be kept in step by hand until store exports its hot queries.
const quoteHitCols = `q.id, q.text, q.speaker, q.mention, q.cue, q.kind, q.start, q."end", q.sentence, q.person_id,
	a.id, a.title, a.url, a.outlet, a.published_at`

const legCols = `l.id, coalesce(p.name, l.traveler), l.place, l.country, l.date, l.day, l.after, l.when_text, l.status,
	l.what, l.counterparts, l.evidence, l.start, l."end"`

const issueCols = `id, title, keywords, status, revived, latest, latest_at, updated_at`

// HotQueries is every statement on the serving path of /whosaid, phrase
// search, /itinerary, the digest and /issues, plus ingest's lookups.
var HotQueries = []HotQuery{
	{"person by key (FindPeople exact)", `SELECT id, quote_count FROM people WHERE name_key = ?`,
		func(s Sample) []any { return []any{store.NameKey(s.Name)} }},
	{"person by alias (FindPeople)", `SELECT p.id, p.quote_count FROM person_aliases al JOIN people p ON p.id = al.person_id
			WHERE al.alias_key = ? LIMIT ?`, func(s Sample) []any { return []any{store.NameKey(s.Surname), 50} }},
	{"person by surname (FindPeople)", `SELECT id, quote_count FROM people WHERE surname = ? LIMIT ?`,
		func(s Sample) []any { return []any{store.NameKey(s.Surname), 50} }},
	{"person by prefix (FindPeople)", `SELECT id, quote_count FROM people WHERE name_key > ? AND name_key < ? LIMIT ?`,
		func(s Sample) []any { k := store.NameKey(s.Name); return []any{k, k + "\U0010FFFF", 50} }},
	{"person by surname prefix (FindPeople)", `SELECT id, quote_count FROM people WHERE surname > ? AND surname < ? LIMIT ?`,
		func(s Sample) []any { k := store.NameKey(s.Surname); return []any{k, k + "\U0010FFFF", 50} }},
	{"person by alias prefix (FindPeople)", `SELECT p.id, p.quote_count FROM person_aliases al JOIN people p ON p.id = al.person_id
			WHERE al.alias_key > ? AND al.alias_key < ? LIMIT ?`,
		func(s Sample) []any { k := store.NameKey(s.Surname); return []any{k, k + "\U0010FFFF", 50} }},
	{"person (Person)", `SELECT id, name, role, quote_count FROM people WHERE id = ?`,
		func(s Sample) []any { return []any{s.PersonID} }},
	{"aliases of person (Person)", `SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias_key`,
		func(s Sample) []any { return []any{s.PersonID} }},
	{"whosaid first page (QuotesBy)", `SELECT ` + quoteHitCols + `
	FROM quotes q JOIN articles a ON a.id = q.article_id
	WHERE q.person_id = ? ORDER BY q.published_at DESC, q.id DESC LIMIT ? OFFSET ?`,
		func(s Sample) []any { return []any{s.PersonID, 11, 0} }},
	{"whosaid about topic (QuotesBy)", `SELECT ` + quoteHitCols + `
	FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id
	WHERE quotes_fts MATCH ? AND q.person_id = ? ORDER BY q.published_at DESC, q.id DESC LIMIT ? OFFSET ?`,
		func(s Sample) []any { return []any{`"` + s.Word + `"`, s.PersonID, 1000, 0} }},
	{"phrase search (SearchQuotes)", `SELECT ` + quoteHitCols + `
	FROM (SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
	JOIN quotes q ON q.id = m.id JOIN articles a ON a.id = q.article_id
	ORDER BY q.published_at DESC, q.id DESC LIMIT ? OFFSET ?`,
		func(s Sample) []any { return []any{`"` + s.Phrase + `"`, 2000, 11, 0} }},
	{"passages (SearchPassages)", `SELECT a.id, a.title, a.url, a.outlet, a.published_at, a.text, f.rank
	FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?`,
		func(s Sample) []any { return []any{`"` + s.Word + `"`, 10} }},
	{"legs by day (Digest)", `SELECT ` + legCols + ` FROM legs l LEFT JOIN people p ON p.id = l.person_id
	WHERE l.day >= ? AND l.day < ? ORDER BY l.day, l.id LIMIT ?`,
		func(s Sample) []any { return []any{s.Day.Unix(), s.Day.AddDate(0, 0, 7).Unix(), 1000} }},
	{"undated legs (Digest)", `SELECT ` + legCols + ` FROM legs l LEFT JOIN people p ON p.id = l.person_id
	WHERE l.day IS NULL ORDER BY l.id LIMIT ?`, func(Sample) []any { return []any{1000} }},
	{"legs of traveler (itinerary)", `SELECT ` + legCols + ` FROM legs l LEFT JOIN people p ON p.id = l.person_id
	WHERE l.person_id IN (?) AND l.day >= ? AND l.day < ? ORDER BY l.day, l.id LIMIT ?`,
		func(s Sample) []any { return []any{s.PersonID, s.Day.Unix(), s.Day.AddDate(0, 0, 7).Unix(), 1000} }},
	{"leg sources", `SELECT a.id, a.title, a.url, a.outlet, a.published_at
		FROM leg_sources ls JOIN articles a ON a.id = ls.article_id
		WHERE ls.leg_id = ? ORDER BY ls.published_at DESC, ls.article_id DESC`, func(Sample) []any { return []any{1} }},
	{"open issues (Digest, /issues)", `SELECT ` + issueCols + ` FROM issues WHERE status = ? ORDER BY latest_at DESC, id DESC`,
		func(Sample) []any { return []any{newsbot.IssueOpen} }},
	{"issue sources", `SELECT a.id, a.title, a.url, a.outlet, a.published_at
		FROM issue_articles ia JOIN articles a ON a.id = ia.article_id
		WHERE ia.issue_id = ? ORDER BY ia.published_at DESC, ia.article_id DESC`, func(Sample) []any { return []any{1} }},
	{"issue quotes", `SELECT quote_id FROM issue_quotes WHERE issue_id = ? ORDER BY quote_id`,
		func(Sample) []any { return []any{1} }},
	{"ingest: article by hash", `SELECT id FROM articles WHERE hash = ?`, func(Sample) []any { return []any{"x"} }},
	{"ingest: article by url", `SELECT id FROM articles WHERE canonical_url = ?`, func(Sample) []any { return []any{"x"} }},
	{"count articles (healthz)", `SELECT count(*) FROM articles`, func(Sample) []any { return nil }},
}

// Plan is the EXPLAIN QUERY PLAN of one hot query.
type Plan struct {
	Query    string
	Lines    []string // detail column, indented by depth
	Problems []string // full scans of real tables and temp B-trees
}

// Explain runs EXPLAIN QUERY PLAN for every hot query on db.
func Explain(ctx context.Context, db *sql.DB, s Sample) ([]Plan, error) {
	var out []Plan
	for _, q := range HotQueries {
		rows, err := db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q.SQL, q.Args(s)...)
		if err != nil {
			return nil, fmt.Errorf("explain %s: %w", q.Name, err)
		}
		p := Plan{Query: q.Name}
		depth := map[int]int{}
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				rows.Close()
				return nil, fmt.Errorf("explain %s: %w", q.Name, err)
			}
			depth[id] = depth[parent] + 1
			p.Lines = append(p.Lines, strings.Repeat("  ", depth[id]-1)+detail)
			if problem(detail) {
				p.Problems = append(p.Problems, detail)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("explain %s: %w", q.Name, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// problem flags what the issue forbids on hot queries: a full scan of a
// real table (FTS virtual tables scan their index, and a LIMITed
// subquery's rows are bounded) and a temp B-tree for sorting.
func problem(detail string) bool {
	if strings.Contains(detail, "TEMP B-TREE") {
		return true
	}
	f := strings.Fields(detail)
	return len(f) >= 2 && f[0] == "SCAN" && !strings.Contains(detail, "VIRTUAL TABLE") && f[1] != "m"
}

// Sample is what the queries are run with, drawn from the database itself.
type Sample struct {
	Name     string // a quoted person's full name
	Surname  string
	PersonID int64
	Phrase   string // three consecutive words of a stored quote
	Word     string
	Day      time.Time // a day with dated legs
}

// Samples draws n samples from db at random (seeded, so runs compare):
// quoted people, phrases from their quotes, and days with legs. Rows are
// picked by random id, so no sampling query scans a table.
func Samples(ctx context.Context, db *sql.DB, n int, seed uint64) ([]Sample, error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var maxQuote, maxLeg int64
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM quotes`).Scan(&maxQuote); err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM legs`).Scan(&maxLeg); err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	if maxQuote == 0 {
		return nil, fmt.Errorf("samples: the database holds no quotes: %w", newsbot.ErrNotFound)
	}
	var out []Sample
	for tries := 0; len(out) < n && tries < 50*n; tries++ {
		var s Sample
		var text string
		err := db.QueryRowContext(ctx, `SELECT q.person_id, p.name, q.text FROM quotes q JOIN people p ON p.id = q.person_id
			WHERE q.id >= ? AND q.person_id IS NOT NULL ORDER BY q.id LIMIT 1`, 1+rng.Int64N(maxQuote)).Scan(&s.PersonID, &s.Name, &text)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("samples: quote: %w", err)
		}
		// Words as FTS5's unicode61 tokenizer sees them, so that three
		// consecutive ones are a phrase the quote really holds.
		words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) < 4 || !strings.Contains(s.Name, " ") {
			continue
		}
		i := rng.IntN(len(words) - 2)
		s.Phrase = strings.Join(words[i:i+3], " ")
		s.Word = words[len(words)/2]
		f := strings.Fields(s.Name)
		s.Surname = f[len(f)-1]
		s.Day = spanStart
		if maxLeg > 0 {
			var day sql.NullInt64
			err := db.QueryRowContext(ctx, `SELECT day FROM legs WHERE id >= ? AND day IS NOT NULL ORDER BY id LIMIT 1`,
				1+rng.Int64N(maxLeg)).Scan(&day)
			if err != nil && err != sql.ErrNoRows {
				return nil, fmt.Errorf("samples: leg: %w", err)
			}
			if day.Valid {
				s.Day = time.Unix(day.Int64, 0).UTC()
			}
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("samples: no quoted person with a full name: %w", newsbot.ErrNotFound)
	}
	return out, nil
}

// Counts are the database's sizes.
type Counts struct {
	Articles, Quotes, People, Legs, Issues, OpenIssues int64
}

// Count reads table sizes (max(id) where a count would scan: ids are dense
// enough for a size figure; Articles is an exact count).
func Count(ctx context.Context, db *sql.DB) (Counts, error) {
	var c Counts
	for _, q := range []struct {
		sql string
		v   *int64
	}{
		{`SELECT count(*) FROM articles`, &c.Articles},
		{`SELECT count(*) FROM quotes`, &c.Quotes},
		{`SELECT count(*) FROM people`, &c.People},
		{`SELECT count(*) FROM legs`, &c.Legs},
		{`SELECT count(*) FROM issues`, &c.Issues},
		{`SELECT count(*) FROM issues WHERE status = 'open'`, &c.OpenIssues},
	} {
		if err := db.QueryRowContext(ctx, q.sql).Scan(q.v); err != nil {
			return c, fmt.Errorf("count: %w", err)
		}
	}
	return c, nil
}

// Op is one timed operation of the query benchmark.
type Op struct {
	Name string
	Run  func(ctx context.Context, s Sample) (int, error) // items in the answer
}

// Ops are the serving-path operations: the store calls behind /whosaid and
// phrase search, and the answers the bot renders (summaries.Service).
func Ops(st *store.Store, svc *summaries.Service) []Op {
	return []Op{
		{"FindPeople+QuotesBy (whosaid NAME, store)", func(ctx context.Context, s Sample) (int, error) {
			ps, err := st.FindPeople(ctx, s.Name, 10)
			if err != nil || len(ps) == 0 {
				return 0, err
			}
			hits, err := st.QuotesBy(ctx, ps[0].ID, newsbot.QuoteFilter{Limit: summaries.PageSize + 1})
			return len(hits), err
		}},
		{"WhoSaid NAME (answer)", func(ctx context.Context, s Sample) (int, error) {
			a, err := svc.WhoSaid(ctx, s.Name, 1)
			return len(a.Items), err
		}},
		{"WhoSaid SURNAME (answer; may list candidates)", func(ctx context.Context, s Sample) (int, error) {
			a, err := svc.WhoSaid(ctx, s.Surname, 1)
			return len(a.Items), err
		}},
		{"SearchQuotes phrase (store)", func(ctx context.Context, s Sample) (int, error) {
			hits, err := st.SearchQuotes(ctx, s.Phrase, newsbot.QuoteFilter{Limit: summaries.PageSize + 1})
			return len(hits), err
		}},
		{`WhoSaid "PHRASE" (answer)`, func(ctx context.Context, s Sample) (int, error) {
			a, err := svc.WhoSaid(ctx, `"`+s.Phrase+`"`, 1)
			return len(a.Items), err
		}},
		{"Digest (answer)", func(ctx context.Context, s Sample) (int, error) {
			d, err := svc.Digest(ctx, s.Day)
			n := len(d.Issues)
			for _, g := range d.Legs {
				n += len(g.Legs)
			}
			return n, err
		}},
	}
}

// OpResult is one operation's latency over the runs.
type OpResult struct {
	Name    string
	Latency Latency
	Items   float64 // mean items per answer
	Empty   int     // runs that found nothing
}

// minRunsInBudget is how many runs an op gets even past its time budget.
const minRunsInBudget = 5

// RunOps times every op runs times, cycling through the samples, one call
// at a time (single-client latency). An op stops early once it has used
// budget (0: no limit) and run minRunsInBudget times, so one slow op (the
// digest on a big database) cannot hold a shared core for many minutes;
// OpResult's Latency.N says how many runs it got.
func RunOps(ctx context.Context, ops []Op, samples []Sample, runs int, budget time.Duration) ([]OpResult, error) {
	var out []OpResult
	for _, op := range ops {
		ds := make([]time.Duration, 0, runs)
		items, empty := 0, 0
		start := time.Now()
		for i := range runs {
			if budget > 0 && i >= minRunsInBudget && time.Since(start) > budget {
				break
			}
			s := samples[i%len(samples)]
			t0 := time.Now()
			n, err := op.Run(ctx, s)
			ds = append(ds, time.Since(t0))
			if err != nil {
				return nil, fmt.Errorf("%s (%q): %w", op.Name, s.Name, err)
			}
			items += n
			if n == 0 {
				empty++
			}
		}
		out = append(out, OpResult{Name: op.Name, Latency: Summarize(ds), Items: float64(items) / float64(max(len(ds), 1)), Empty: empty})
	}
	return out, nil
}

// OpenReadOnly opens the database file for sampling and EXPLAIN, apart
// from the store's own connections.
func OpenReadOnly(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", path+"?_pragma=query_only(1)&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	return db, nil
}
