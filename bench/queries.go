package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"

	_ "modernc.org/sqlite" // the sampler and EXPLAIN read the database directly
)

// HotQueries is every statement on the serving path of /whosaid, phrase
// search, /itinerary, the digest and /issues, plus ingest's lookups, exactly
// as package store runs them (store.HotQueries), with s's arguments.
func HotQueries(s Sample) []store.HotQuery {
	return store.HotQueries(store.HotSample{PersonID: s.PersonID, LegID: s.LegID, IssueID: s.IssueID,
		Name: s.Name, Surname: s.Surname, Word: s.Word, Phrase: s.Phrase, Day: s.Day})
}

// Plan is the EXPLAIN QUERY PLAN of one hot query.
type Plan struct {
	Query    string
	Lines    []string // detail column, indented by depth
	Problems []string // full scans of real tables and unbounded temp B-trees (store.HotQuery.PlanProblems)
}

// Explain runs EXPLAIN QUERY PLAN for every hot query on db.
func Explain(ctx context.Context, db *sql.DB, s Sample) ([]Plan, error) {
	var out []Plan
	for _, q := range HotQueries(s) {
		rows, err := db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q.SQL, q.Args...)
		if err != nil {
			return nil, fmt.Errorf("explain %s: %w", q.Name, err)
		}
		p := Plan{Query: q.Name}
		depth := map[int]int{}
		var details []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				rows.Close()
				return nil, fmt.Errorf("explain %s: %w", q.Name, err)
			}
			depth[id] = depth[parent] + 1
			p.Lines = append(p.Lines, strings.Repeat("  ", depth[id]-1)+detail)
			details = append(details, detail)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, fmt.Errorf("explain %s: %w", q.Name, err)
		}
		p.Problems = q.PlanProblems(details)
		out = append(out, p)
	}
	return out, nil
}

// Sample is what the queries are run with, drawn from the database itself.
type Sample struct {
	Name     string // a quoted person's full name
	Surname  string
	PersonID int64
	Phrase   string // three consecutive words of a stored quote
	Word     string
	Day      time.Time // a day with dated legs
	LegID    int64     // a leg of that day (0 when there are no legs)
	IssueID  int64     // a stored issue (0 when there are none)
}

// Samples draws n samples from db at random (seeded, so runs compare):
// quoted people, phrases from their quotes, and days with legs. Rows are
// picked by random id, so no sampling query scans a table.
func Samples(ctx context.Context, db *sql.DB, n int, seed uint64) ([]Sample, error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var maxQuote, maxLeg, maxIssue int64
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM quotes`).Scan(&maxQuote); err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM legs`).Scan(&maxLeg); err != nil {
		return nil, fmt.Errorf("samples: %w", err)
	}
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM issues`).Scan(&maxIssue); err != nil {
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
			err := db.QueryRowContext(ctx, `SELECT id, day FROM legs WHERE id >= ? AND day IS NOT NULL ORDER BY id LIMIT 1`,
				1+rng.Int64N(maxLeg)).Scan(&s.LegID, &day)
			if err != nil && err != sql.ErrNoRows {
				return nil, fmt.Errorf("samples: leg: %w", err)
			}
			if day.Valid {
				s.Day = time.Unix(day.Int64, 0).UTC()
			}
		}
		if maxIssue > 0 {
			err := db.QueryRowContext(ctx, `SELECT id FROM issues WHERE id >= ? ORDER BY id LIMIT 1`,
				1+rng.Int64N(maxIssue)).Scan(&s.IssueID)
			if err != nil && err != sql.ErrNoRows {
				return nil, fmt.Errorf("samples: issue: %w", err)
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
		{"QuotesBy NAME about WORD (store)", func(ctx context.Context, s Sample) (int, error) {
			hits, err := st.QuotesBy(ctx, s.PersonID, newsbot.QuoteFilter{Topic: s.Word, Limit: summaries.PageSize + 1})
			return len(hits), err
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
	db := store.OpenSQL(path, true)
	db.SetMaxOpenConns(1)
	return db, nil
}

// RenderAnswers writes what the serving path answers for every sample (the
// digest of its day rendered as posted, and the /whosaid answers for its
// name, surname and phrase, as JSON), one block per sample: two code
// versions that answer the same write the same bytes, which is how a speed
// change is shown to change no answer at archive scale.
func RenderAnswers(ctx context.Context, svc *summaries.Service, samples []Sample, w io.Writer) error {
	for _, s := range samples {
		d, err := svc.Digest(ctx, s.Day)
		if err != nil {
			return fmt.Errorf("render: digest %s: %w", s.Day.Format(time.DateOnly), err)
		}
		if _, err := fmt.Fprintf(w, "===== digest %s\n%s\n", s.Day.Format(time.DateOnly), summaries.RenderDigestText(d)); err != nil {
			return fmt.Errorf("render: %w", err)
		}
		for _, q := range []string{s.Name, s.Surname, `"` + s.Phrase + `"`} {
			a, err := svc.WhoSaid(ctx, q, 1)
			if err != nil {
				return fmt.Errorf("render: whosaid %s: %w", q, err)
			}
			b, err := json.Marshal(a)
			if err != nil {
				return fmt.Errorf("render: whosaid %s: %w", q, err)
			}
			if _, err := fmt.Fprintf(w, "===== whosaid %s\n%s\n", q, b); err != nil {
				return fmt.Errorf("render: %w", err)
			}
		}
	}
	return nil
}
