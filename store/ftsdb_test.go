package store

import (
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	newsbot "github.com/newsroom/newsbot"
)

// searchIDs is what a phrase search and a passage search find, as article
// ids, for comparing an index before and after it was rebuilt.
func searchIDs(t *testing.T, s *Store, phrase, words string) (quotes, passages []int64) {
	t.Helper()
	ctx := context.Background()
	qs, err := s.SearchQuotes(ctx, phrase, newsbot.QuoteFilter{Limit: 50})
	if err != nil {
		t.Fatalf("search quotes %q: %v", phrase, err)
	}
	for _, q := range qs {
		quotes = append(quotes, q.ID)
	}
	ps, err := s.SearchPassages(ctx, words, 20)
	if err != nil {
		t.Fatalf("search passages %q: %v", words, err)
	}
	for _, p := range ps {
		passages = append(passages, p.Article.ID)
	}
	return quotes, passages
}

func reopen(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestFullTextFileRebuilt: the index file is derived data. Missing,
// belonging to another database, or ahead of its database, it is rebuilt
// at Open, and searches answer as before.
func TestFullTextFileRebuilt(t *testing.T) {
	const phrase, words = "keep the pressure", "talks tariffs"
	tests := []struct {
		name  string
		spoil func(t *testing.T, path string)
	}{
		{"missing", func(t *testing.T, path string) {
			if err := os.Remove(FullTextPath(path)); err != nil {
				t.Fatal(err)
			}
		}},
		{"another database's", func(t *testing.T, path string) {
			other := filepath.Join(t.TempDir(), "other.db")
			o, err := Open(context.Background(), other)
			if err != nil {
				t.Fatal(err)
			}
			mustSave(t, o, synthBatch(500, 30)...)
			if err := o.Close(); err != nil {
				t.Fatal(err)
			}
			copyFile(t, FullTextPath(other), FullTextPath(path))
		}},
		{"ahead of its database", func(t *testing.T, path string) {
			// As after a power loss that took the main file's last commits
			// but not the index file's.
			db, err := sql.Open("sqlite", FullTextPath(path))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(`UPDATE fts_state SET done = done + 100`); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "news.db")
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			mustSave(t, s, synthBatch(0, 60)...)
			wantQ, wantP := searchIDs(t, s, phrase, words)
			if len(wantQ) == 0 || len(wantP) == 0 {
				t.Fatalf("searches find nothing before: %v %v", wantQ, wantP)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			tt.spoil(t, path)
			s = reopen(t, path)
			gotQ, gotP := searchIDs(t, s, phrase, words)
			if !slices.Equal(gotQ, wantQ) || !slices.Equal(gotP, wantP) {
				t.Errorf("after rebuild: quotes %v passages %v, want %v %v", gotQ, gotP, wantQ, wantP)
			}
			if err := s.CheckFullText(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
	os.Remove(to + "-wal")
	os.Remove(to + "-shm")
}

// TestFullTextQueue: a batch saved during a bulk load is indexed in the
// background; whatever a process leaves queued (here: a load that never
// ended, as when ingest is killed) is applied at the next Open, and the
// queue is emptied as the index takes it.
func TestFullTextQueue(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.BeginBulk(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 400; i += 40 {
		batch := synthBatch(i, 40)
		if i > 0 { // rewrite an article of the batch before: the update path
			old := synth(i-40, day("2026-01-01"))
			batch[0].Article.URL = old.Article.URL
		}
		if _, err := s.SaveArticles(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	// Stop the background indexer and queue one more batch without it, as
	// a process killed right after a commit.
	s.wmu.Lock()
	w := s.bulk
	s.bulk = nil
	s.wmu.Unlock()
	if err := w.stop(); err != nil {
		t.Fatal(err)
	}
	s.bulk = &ftsWorker{kick: make(chan struct{}, 1), done: make(chan struct{})} // never runs
	if _, err := s.SaveArticles(ctx, synthBatch(400, 40)); err != nil {
		t.Fatal(err)
	}
	s.bulk = nil
	var last, done int64
	if err := s.r.QueryRow(`SELECT seq FROM sqlite_sequence WHERE name = 'fts_pending'`).Scan(&last); err != nil {
		t.Fatal(err)
	}
	if err := s.r.QueryRow(`SELECT done FROM fts.fts_state`).Scan(&done); err != nil {
		t.Fatal(err)
	}
	if done >= last {
		t.Fatalf("index applied %d of %d: nothing left queued", done, last)
	}
	if n := count(t, s, `SELECT count(*) FROM fts.articles_fts_docsize WHERE id > (SELECT max(id) - 40 FROM articles)`); n != 0 {
		t.Fatalf("%d articles of the last batch indexed already", n)
	}
	s.w.Close()
	s.r.Close()
	s.fts.db.Close()

	s = reopen(t, path)
	if err := s.CheckFullText(ctx); err != nil {
		t.Fatal(err)
	}
	if n, want := count(t, s, `SELECT count(*) FROM fts.articles_fts_docsize`), count(t, s, `SELECT count(*) FROM articles`); n != want {
		t.Errorf("%d articles indexed, want %d", n, want)
	}
	// The next batch prunes what the index took.
	mustSave(t, s, synthBatch(1000, 5)...)
	if n := count(t, s, `SELECT count(*) FROM fts_pending`); n > 2 {
		t.Errorf("%d rows left in the queue", n)
	}
}

// TestFullTextFromOldLayout: a database from before migration 0005, with
// its full-text indexes in the main file, opens with the indexes moved.
func TestFullTextFromOldLayout(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	old := fstest.MapFS{}
	for _, n := range []string{"0001_init.sql", "0002_speaker_key.sql", "0003_drop_articles_published.sql", "0004_text_spans.sql"} {
		b, err := fs.ReadFile(migrationFS, n)
		if err != nil {
			t.Fatal(err)
		}
		old[n] = &fstest.MapFile{Data: b}
	}
	if err := migrate(ctx, w, old); err != nil {
		t.Fatal(err)
	}
	text := "The ferry operator said on Friday that the winter timetable would cut two sailings a day."
	quote := "We cannot run empty boats through January"
	for _, q := range []string{
		`INSERT INTO articles(id, url, canonical_url, title, published_at, ingested_at, hash, text)
			VALUES (1, 'https://courier.example/ferry', 'https://courier.example/ferry', 'Ferry timetable cut', 1768000000, 1768000000, 'h1', '` + text + `')`,
		`INSERT INTO quotes(id, article_id, published_at, speaker, text, start, "end") VALUES (1, 1, 1768000000, 'the operator', '` + quote + `', 0, 10)`,
		`INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles`,
		`INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes`,
	} {
		if _, err := w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()

	s := reopen(t, path)
	ps, err := s.SearchPassages(ctx, "winter sailings", 5)
	if err != nil || len(ps) != 1 || ps[0].Article.ID != 1 {
		t.Errorf("passages %+v, %v", ps, err)
	}
	qs, err := s.SearchQuotes(ctx, "empty boats", newsbot.QuoteFilter{Limit: 5})
	if err != nil || len(qs) != 1 || qs[0].ID != 1 {
		t.Errorf("quotes %+v, %v", qs, err)
	}
	if tableExists(t, s.w, "articles_fts") || tableExists(t, s.w, "quotes_fts") {
		t.Error("old indexes left in the main file")
	}
	if err := s.CheckFullText(ctx); err != nil {
		t.Error(err)
	}
}

// TestBackupCarriesIndex: a backup holds its index file, so opening it
// needs no rebuild, and it searches like the original.
func TestBackupCarriesIndex(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	mustSave(t, s, synthBatch(0, 50)...)
	wantQ, wantP := searchIDs(t, s, "keep the pressure", "talks tariffs")
	dst := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(ctx, dst); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(FullTextPath(dst)); err != nil {
		t.Fatalf("no index file next to the backup: %v", err)
	}
	// Its own database id (a lineage of its own once restored), carried
	// by its index file.
	var orig, copied, copiedIndex string
	if err := s.r.QueryRow(`SELECT db_id FROM fts_meta`).Scan(&orig); err != nil {
		t.Fatal(err)
	}
	raw := OpenSQL(dst, true)
	if err := raw.QueryRow(`SELECT m.db_id, f.db_id FROM fts_meta m, fts.fts_state f`).Scan(&copied, &copiedIndex); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	b := reopen(t, dst)
	if copied == orig || copied != copiedIndex {
		t.Errorf("database ids: original %s, backup %s, backup's index %s", orig, copied, copiedIndex)
	}
	gotQ, gotP := searchIDs(t, b, "keep the pressure", "talks tariffs")
	if !slices.Equal(gotQ, wantQ) || !slices.Equal(gotP, wantP) {
		t.Errorf("backup searches %v %v, want %v %v", gotQ, gotP, wantQ, wantP)
	}
}

// TestCheckFullTextCatches: the check finds an index that lacks a row,
// holds a stray one, or holds other words for a row.
func TestCheckFullTextCatches(t *testing.T) {
	tests := []struct {
		name   string
		damage []string
	}{
		{"quote missing", []string{`DELETE FROM quotes_fts WHERE rowid = -3`}},
		{"stray article", []string{`INSERT INTO articles_fts(rowid, title, text) VALUES (-9999, 'Ferry strike', 'No sailings today.')`}},
		{"other words", []string{`DELETE FROM articles_fts WHERE rowid = -2`,
			`INSERT INTO articles_fts(rowid, title, text) VALUES (-2, 'Ferry strike', 'No sailings today.')`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			mustSave(t, s, synthBatch(0, 5)...)
			if err := s.CheckFullText(context.Background()); err != nil {
				t.Fatalf("before: %v", err)
			}
			for _, q := range tt.damage {
				if _, err := s.fts.db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.CheckFullText(context.Background()); err == nil {
				t.Error("damage not found")
			}
		})
	}
}

// TestBulkIndexerWaitsOutBusyFile: while another process holds the index
// file (its own indexer at work), the background indexer leaves the queue
// as it is instead of failing the load; the end of the load applies it.
func TestBulkIndexerWaitsOutBusyFile(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.fts.db.Exec(`PRAGMA busy_timeout = 20`); err != nil {
		t.Fatal(err)
	}
	end, err := s.BeginBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", FullTextPath(s.Path())+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	hold, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hold.Exec(`UPDATE fts_state SET done = done`); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 120; i += 40 {
		if _, err := s.SaveArticles(ctx, synthBatch(i, 40)); err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
	}
	// One more sync asked for, and the indexer stopped, while the file is
	// still held: that sync meets the lock.
	s.wmu.Lock()
	w := s.bulk
	s.bulk = nil
	s.wmu.Unlock()
	w.notify()
	if err := w.stop(); err != nil {
		t.Errorf("indexer failed on a busy file: %v", err)
	}
	if err := hold.Rollback(); err != nil {
		t.Fatal(err)
	}
	if err := end(); err != nil {
		t.Fatalf("end: %v", err)
	}
	if err := s.CheckFullText(ctx); err != nil {
		t.Error(err)
	}
	if n := count(t, s, `SELECT count(*) FROM fts.articles_fts_docsize`); n != 120 {
		t.Errorf("%d articles indexed, want 120", n)
	}
}

// TestBatchRestoresForeignKeys: a batch runs without foreign key
// enforcement and turns it back on, for the editors' writes that rely on
// cascades; what the cascades did in a batch, its deletes do themselves.
func TestBatchRestoresForeignKeys(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	batch := synthBatch(0, 20)
	mustSave(t, s, batch...)
	if n := count(t, s, `SELECT count(*) FROM issue_quotes`); n == 0 {
		t.Fatal("no quote linked to an issue: the rewrite below would clear nothing")
	}
	// Rewrites: quotes, their issue links and orphaned issues go.
	again := synthBatch(100, 20)
	for i := range again {
		again[i].Article.URL = batch[i].Article.URL
	}
	mustSave(t, s, again...)
	if got := writerPragma(t, s, "foreign_keys"); got != 1 {
		t.Errorf("foreign_keys after a batch = %d", got)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	if n := count(t, s, `SELECT count(*) FROM issue_quotes iq WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = iq.quote_id)`); n != 0 {
		t.Errorf("%d issue links to removed quotes", n)
	}
}

func TestCoalesceFTS(t *testing.T) {
	art := func(lo, hi int64) ftsOp { return ftsOp{lo: lo, hi: hi} }
	quo := func(lo, hi int64) ftsOp { return ftsOp{quote: true, lo: lo, hi: hi} }
	tests := []struct {
		name string
		ops  []ftsOp
		want []ftsOp
	}{
		{"one batch", []ftsOp{art(1, 1001), quo(1, 2900)}, []ftsOp{art(1, 1001), quo(1, 2900)}},
		{"four batches in a row", []ftsOp{art(1, 1001), quo(1, 2900), art(1001, 2001), quo(2900, 5800), art(2001, 3001), quo(5800, 8700), art(3001, 4001)},
			[]ftsOp{art(1, 4001), quo(1, 8700)}},
		{"a gap stays two ranges", []ftsOp{art(1, 1001), art(1001, 1900), art(2000, 2400)}, []ftsOp{art(1, 1900), art(2000, 2400)}},
		{"a removal keeps the queue as it is", []ftsOp{art(1, 1001), {del: true, lo: 12, hi: 13}, art(12, 13), art(1001, 2001)},
			[]ftsOp{art(1, 1001), {del: true, lo: 12, hi: 13}, art(12, 13), art(1001, 2001)}},
		{"nothing queued", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := coalesceFTS(tt.ops); !slices.Equal(got, tt.want) {
				t.Errorf("coalesceFTS(%v) = %v, want %v", tt.ops, got, tt.want)
			}
		})
	}
}
