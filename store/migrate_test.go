package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

func openRaw(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func versions(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT version || ':' || name || ':' || applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func tableExists(t *testing.T, db *sql.DB, name string) bool {
	t.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = ?`, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n > 0
}

func TestMigrationsFreshAndReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	first := versions(t, s.w)
	if len(first) != len(ms) || len(ms) == 0 {
		t.Fatalf("applied %v, have %d migrations", first, len(ms))
	}
	for _, tbl := range []string{"articles", "people", "person_aliases", "quotes", "legs",
		"leg_sources", "issues", "issue_articles", "issue_quotes", "digests", "slack_events", "fts_pending", "fts_meta"} {
		if !tableExists(t, s.w, tbl) {
			t.Errorf("table %s missing", tbl)
		}
	}
	for _, tbl := range []string{"articles_fts", "quotes_fts", "fts_state"} {
		if !tableExists(t, s.fts.db, tbl) {
			t.Errorf("table %s missing from the full-text file", tbl)
		}
	}
	var mode string
	if err := s.r.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v", mode, err)
	}
	var fk int
	if err := s.r.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v", fk, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if again := versions(t, s2.w); strings.Join(again, ",") != strings.Join(first, ",") {
		t.Errorf("reopen changed schema_migrations: %v, was %v", again, first)
	}
}

func TestMigrationFailureRollsBack(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t, filepath.Join(t.TempDir(), "m.db"))
	fsys := fstest.MapFS{
		"0001_first.sql": {Data: []byte(`CREATE TABLE desks (id INTEGER PRIMARY KEY, name TEXT);`)},
		"0002_broken.sql": {Data: []byte(`CREATE TABLE beats (id INTEGER PRIMARY KEY);
			INSERT INTO desks(name) VALUES ('politics');
			INSERT INTO no_such_table VALUES (1);`)},
	}
	err := migrate(ctx, db, fsys)
	if err == nil || !strings.Contains(err.Error(), "0002_broken.sql") {
		t.Fatalf("migrate = %v, want an error naming 0002_broken.sql", err)
	}
	if v := versions(t, db); len(v) != 1 || !strings.HasPrefix(v[0], "1:0001_first.sql") {
		t.Errorf("recorded %v, want only 0001", v)
	}
	if tableExists(t, db, "beats") {
		t.Error("table from the failed migration survived")
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM desks`).Scan(&n); err != nil || n != 0 {
		t.Errorf("desks rows = %d (%v), want 0: the failed migration's insert must roll back", n, err)
	}

	// Fixed, the migration applies and the first is not re-run.
	fsys["0002_broken.sql"] = &fstest.MapFile{Data: []byte(`CREATE TABLE beats (id INTEGER PRIMARY KEY);`)}
	if err := migrate(ctx, db, fsys); err != nil {
		t.Fatalf("migrate after fix: %v", err)
	}
	if v := versions(t, db); len(v) != 2 {
		t.Errorf("recorded %v, want 2 versions", v)
	}
}

func TestMigrationNames(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		ok   bool
	}{
		{"ordered by number not name", fstest.MapFS{"0010_b.sql": {}, "0002_a.sql": {}}, true},
		{"no number", fstest.MapFS{"init.sql": {}}, false},
		{"duplicate version", fstest.MapFS{"0001_a.sql": {}, "1_b.sql": {}}, false},
		{"other files ignored", fstest.MapFS{"0001_a.sql": {}, "README.md": {}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := loadMigrations(tt.fsys)
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v, want ok %v", err, tt.ok)
			}
			for i := 1; i < len(ms); i++ {
				if ms[i-1].version >= ms[i].version {
					t.Errorf("not in version order: %v", ms)
				}
			}
		})
	}
}

// Two processes (here: handles) starting at once must not both apply a migration.
func TestMigrationsConcurrentOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	stores := make([]*Store, 4)
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), path)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	ms, _ := loadMigrations(migrationFS)
	if v := versions(t, stores[0].w); len(v) != len(ms) {
		t.Errorf("recorded %v", v)
	}
}

// Migration 0006 rebuilds issue_articles under a new key: every link must
// survive it unchanged, and the upsert ingest runs must still find a link
// by its new key.
func TestMigrationIssueArticlesRekey(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	db := openRaw(t, path)
	migrateBelow(t, db, 6)
	for _, q := range []string{
		`INSERT INTO articles(id, published_at, ingested_at, hash, text) VALUES
			(1, 1769558400, 1769558400, 'h1', 'Ministers met in Vilnius on Tuesday.'),
			(2, 1769644800, 1769644800, 'h2', 'The pipeline talks resumed on Wednesday.')`,
		`INSERT INTO issues(id, title, updated_at) VALUES (7, 'Hydrogen pipeline', 1769644800), (8, 'Port strike', 1769644800)`,
		`INSERT INTO issue_articles(issue_id, article_id, published_at, evidence, evidence_start, evidence_len) VALUES
			(7, 1, 1769558400, '', 0, 35), (7, 2, 1769644800, 'Talks resumed.', 0, 0), (8, 2, 1769644800, '', 4, 8)`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	const dump = `SELECT group_concat(row, ';') FROM (SELECT issue_id || ',' || article_id || ',' || published_at || ',' ||
		evidence || ',' || evidence_start || ',' || evidence_len AS row FROM issue_articles ORDER BY issue_id, article_id)`
	var want, got string
	if err := db.QueryRowContext(ctx, dump).Scan(&want); err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, migrationFS); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, dump).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("links after 0006 %q, want %q", got, want)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'issue_articles_issue_published'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("old index left: %d %v", n, err)
	}
	// The upsert of a batch (saver.flush) rewrites the evidence of a link
	// already stored.
	if _, err := db.ExecContext(ctx, `INSERT INTO issue_articles(issue_id, article_id, published_at, evidence, evidence_start, evidence_len)
		VALUES (7, 2, 1769644800, '', 4, 23) ON CONFLICT(issue_id, published_at, article_id) DO UPDATE SET evidence = excluded.evidence,
		evidence_start = excluded.evidence_start, evidence_len = excluded.evidence_len`); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM issue_articles WHERE issue_id = 7 AND article_id = 2 AND evidence = '' AND evidence_len = 23`).Scan(&n); err != nil || n != 1 {
		t.Errorf("upserted link: %d %v", n, err)
	}
	// The foreign keys still hold on the rebuilt table.
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check('issue_articles')`).Scan(&n); err != nil || n != 0 {
		t.Errorf("foreign key check: %d %v", n, err)
	}
}

// Migration 0007 drops issue_quotes' index by quote: every link stays, and
// removing an updated article's quote links (clearDerived) still searches
// a key rather than scanning the table.
func TestMigrationDropIssueQuotesByQuote(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t, filepath.Join(t.TempDir(), "news.db"))
	migrateBelow(t, db, 7)
	for _, q := range []string{
		`INSERT INTO articles(id, published_at, ingested_at, hash, text) VALUES
			(1, 1769558400, 1769558400, 'h1', 'Dock workers walked out in Felixstowe on Monday.'),
			(2, 1769644800, 1769644800, 'h2', 'The port operator said talks would resume.')`,
		`INSERT INTO quotes(id, article_id, published_at, text, start, "end") VALUES
			(10, 1, 1769558400, 'We will not back down', 0, 21), (11, 2, 1769644800, 'Talks will resume', 0, 17),
			(12, 2, 1769644800, 'The offer stands', 0, 16)`,
		`INSERT INTO issues(id, title, updated_at) VALUES (7, 'Port strike', 1769644800), (8, 'Pay offer', 1769644800)`,
		`INSERT INTO issue_quotes(issue_id, quote_id) VALUES (7, 10), (7, 11), (8, 11), (8, 12)`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	const dump = `SELECT group_concat(issue_id || ',' || quote_id, ';') FROM (SELECT * FROM issue_quotes ORDER BY issue_id, quote_id)`
	var want, got string
	if err := db.QueryRowContext(ctx, dump).Scan(&want); err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, migrationFS); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, dump).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != want || got != "7,10;7,11;8,11;8,12" {
		t.Errorf("links after 0007 %q, want %q", got, want)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'issue_quotes_quote'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("index left: %d %v", n, err)
	}
	const clear = `DELETE FROM issue_quotes WHERE issue_id = ? AND quote_id IN (SELECT id FROM quotes WHERE article_id = ?)`
	rows, err := db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+clear, 8, 2)
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		t.Fatal(err)
	}
	for _, d := range plan {
		if strings.HasPrefix(d, "SCAN") {
			t.Errorf("clearing quote links scans: %q", plan)
		}
	}
	if _, err := db.ExecContext(ctx, clear, 8, 2); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, dump).Scan(&got); err != nil || got != "7,10;7,11" {
		t.Errorf("links after clearing issue 8 of article 2: %q %v", got, err)
	}
}

// migrateBelow applies the embedded migrations older than version, the
// schema a database had before that migration.
func migrateBelow(t *testing.T, db *sql.DB, version int) {
	t.Helper()
	all, err := loadMigrations(migrationFS)
	if err != nil {
		t.Fatal(err)
	}
	before := fstest.MapFS{}
	for _, m := range all {
		if m.version < version {
			before[m.name] = &fstest.MapFile{Data: []byte(m.sql)}
		}
	}
	if err := migrate(context.Background(), db, before); err != nil {
		t.Fatal(err)
	}
}
