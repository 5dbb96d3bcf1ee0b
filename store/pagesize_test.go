package store

import (
	"path/filepath"
	"testing"
)

// A file the store creates gets newFilePageSize pages (main and full-text
// file); a file that exists keeps the page size it has.
func TestPageSizeOfNewFiles(t *testing.T) {
	ctx := t.Context()
	pageSize := func(path string) int {
		t.Helper()
		db := openRaw(t, path)
		var n int
		if err := db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	fresh := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(ctx, fresh)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, synth(1, day("2026-01-02")))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fresh, FullTextPath(fresh)} {
		if got := pageSize(p); got != newFilePageSize {
			t.Errorf("%s: page size %d, want %d", filepath.Base(p), got, newFilePageSize)
		}
	}

	// A database made before (SQLite's default 4,096-byte pages).
	old := filepath.Join(t.TempDir(), "old.db")
	db := openRaw(t, old)
	if _, err := db.ExecContext(ctx, `CREATE TABLE t(x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err = Open(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, synth(1, day("2026-01-02")))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := pageSize(old); got != 4096 {
		t.Errorf("existing file: page size %d, want 4096 kept", got)
	}
}
