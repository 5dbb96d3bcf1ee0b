package store

import (
	"context"
	"os"
	"testing"
)

func ftsConfig(t *testing.T, s *Store, table, key string) int {
	t.Helper()
	var v int
	if err := s.fts.db.QueryRow(`SELECT v FROM `+table+`_config WHERE k = ?`, key).Scan(&v); err != nil {
		t.Fatalf("%s %s: %v", table, key, err)
	}
	return v
}

func writerPragma(t *testing.T, s *Store, name string) int {
	t.Helper()
	var v int
	if err := s.w.QueryRow(`PRAGMA ` + name).Scan(&v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

// TestBeginBulk checks that a bulk load tunes the writer, that batches
// saved meanwhile read back whole, and that ending it restores the serving
// settings.
func TestBeginBulk(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	end, err := s.BeginBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := writerPragma(t, s, "cache_size"); got != -bulkCacheKiB {
		t.Errorf("cache_size during the load = %d, want %d", got, -bulkCacheKiB)
	}
	if got := writerPragma(t, s, "wal_autocheckpoint"); got != bulkWriterCheckpointPages {
		t.Errorf("wal_autocheckpoint during the load = %d", got)
	}
	for _, tbl := range []string{"articles_fts", "quotes_fts"} {
		if got := ftsConfig(t, s, tbl, "automerge"); got != bulkAutomerge {
			t.Errorf("%s automerge during the load = %d", tbl, got)
		}
		if got := ftsConfig(t, s, tbl, "hashsize"); got != bulkHashSize {
			t.Errorf("%s hashsize during the load = %d", tbl, got)
		}
	}
	for i := 0; i < 600; i += 200 {
		if _, err := s.SaveArticles(ctx, synthBatch(i, 200)); err != nil {
			t.Fatal(err)
		}
	}
	if err := end(); err != nil {
		t.Fatal(err)
	}
	if got := writerPragma(t, s, "cache_size"); got != pageCacheSize {
		t.Errorf("cache_size after the load = %d, want %d", got, pageCacheSize)
	}
	if got := writerPragma(t, s, "wal_autocheckpoint"); got != writerCheckpointPages {
		t.Errorf("wal_autocheckpoint after the load = %d", got)
	}
	for _, tbl := range []string{"articles_fts", "quotes_fts"} {
		if got := ftsConfig(t, s, tbl, "automerge"); got != defaultAutomerge {
			t.Errorf("%s automerge after the load = %d", tbl, got)
		}
		if got := ftsConfig(t, s, tbl, "hashsize"); got != defaultHashSize {
			t.Errorf("%s hashsize after the load = %d", tbl, got)
		}
	}
	// Every article and quote is in its full-text index.
	for _, q := range []string{
		`SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts_docsize d WHERE d.id = -a.id)`,
		`SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM quotes_fts_docsize d WHERE d.id = -q.id)`,
		`SELECT count(*) FROM articles_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = -d.id)`,
	} {
		var n int
		if err := s.r.QueryRowContext(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d, %v", q, n, err)
		}
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil || n != 600 {
		t.Errorf("%d articles, %v", n, err)
	}
	var integrity string
	if err := s.CheckFullText(ctx); err != nil {
		t.Errorf("full text: %v", err)
	}
	if err := s.w.QueryRow(`PRAGMA integrity_check`).Scan(&integrity); err != nil || integrity != "ok" {
		t.Errorf("integrity_check: %q %v", integrity, err)
	}
}

// TestBulkWorkerCheckpoints: during a bulk load the index worker copies
// the main file's WAL into the file (the writer's own checkpoint is only a
// backstop), so the main file grows without the writer checkpointing.
func TestBulkWorkerCheckpoints(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	end, err := s.BeginBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	size := func() int64 {
		fi, err := os.Stat(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	before := size()
	for i := 0; i < 40*bulkCheckpointBatches; i += 40 {
		if _, err := s.SaveArticles(ctx, synthBatch(i, 40)); err != nil {
			t.Fatal(err)
		}
	}
	// Stop the worker: its last sync (and checkpoint) is done.
	s.wmu.Lock()
	w := s.bulk
	s.bulk = nil
	s.wmu.Unlock()
	w.notify()
	if err := w.stop(); err != nil {
		t.Fatal(err)
	}
	if after := size(); after <= before {
		t.Errorf("main file %d bytes before %d batches, %d after: not checkpointed", before, bulkCheckpointBatches, after)
	}
	if err := end(); err != nil {
		t.Fatal(err)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// TestBulkForeignKeys: batches run without foreign key enforcement, and
// during a bulk load it stays off between batches (stmts.go); an editor's
// write in the middle of the load and the end of the load turn it back on,
// so that deleting an issue still takes its links and terms with it.
func TestBulkForeignKeys(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s, synthBatch(0, 50)...)
	if got := writerPragma(t, s, "foreign_keys"); got != 1 {
		t.Errorf("foreign_keys after a batch outside a bulk load = %d, want 1", got)
	}
	end, err := s.BeginBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := 50; i < 250; i += 100 {
		mustSave(t, s, synthBatch(i, 100)...)
	}
	if got := writerPragma(t, s, "foreign_keys"); got != 0 {
		t.Errorf("foreign_keys between the batches of a bulk load = %d, want 0", got)
	}
	var into, from int64
	if err := s.w.QueryRow(`SELECT min(issue_id), max(issue_id) FROM issue_terms`).Scan(&into, &from); err != nil || into == from {
		t.Fatalf("two issues to merge: %d %d %v", into, from, err)
	}
	if err := s.MergeIssues(ctx, into, from); err != nil {
		t.Fatal(err)
	}
	for _, tbl := range []string{"issue_terms", "issue_articles", "issue_quotes"} {
		if n := count(t, s, `SELECT count(*) FROM `+tbl+` WHERE issue_id = ?`, from); n != 0 {
			t.Errorf("%d %s rows of the merged issue left", n, tbl)
		}
	}
	mustSave(t, s, synthBatch(250, 100)...)
	if err := end(); err != nil {
		t.Fatal(err)
	}
	if got := writerPragma(t, s, "foreign_keys"); got != 1 {
		t.Errorf("foreign_keys after the bulk load = %d, want 1", got)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// TestOptimizeMergesSegments: batch after batch leaves the quote index in
// several segments; optimize merges them into one, and the index still
// holds exactly what its content table gives.
func TestOptimizeMergesSegments(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	segments := func() int {
		t.Helper()
		var n int
		if err := s.fts.db.QueryRow(`SELECT count(DISTINCT segid) FROM quotes_fts_idx`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for i := 0; i < 30; i += 10 {
		mustSave(t, s, synthBatch(i, 10)...)
	}
	if got := segments(); got < 2 {
		t.Fatalf("%d segment(s) before optimize; the test needs several", got)
	}
	if err := s.fts.optimize(ctx, "quotes_fts"); err != nil {
		t.Fatal(err)
	}
	if got := segments(); got != 1 {
		t.Errorf("%d segments after optimize, want 1", got)
	}
	if err := s.CheckFullText(ctx); err != nil {
		t.Error(err)
	}
}

// TestGrewEnough: a load from empty or one adding a quarter or more ends
// with optimize; a small load into a big index does not.
func TestGrewEnough(t *testing.T) {
	for _, tt := range []struct {
		before, after int64
		want          bool
	}{
		{0, 0, false}, {0, 10, true}, {1000, 1250, true}, {1000, 5000, true},
		{1000, 1249, false}, {5_000_000, 5_001_000, false}, {1000, 900, false},
	} {
		if got := grewEnough(tt.before, tt.after); got != tt.want {
			t.Errorf("grewEnough(%d, %d) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}
