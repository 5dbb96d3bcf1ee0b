package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Backup writes a consistent copy of the database to path with VACUUM INTO,
// and of its full-text index file to FullTextPath(path) (optional: a
// database opened without it rebuilds it). It runs on a read connection,
// so it sees one snapshot of each while the bot keeps serving and
// writing. path must not exist.
func (s *Store) Backup(ctx context.Context, path string) error {
	if path == "" {
		return fmt.Errorf("backup: empty path")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup to %s: file exists", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	conn, err := s.r.Conn(ctx)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	defer conn.Close()
	// The read pool is query_only; VACUUM INTO writes only the new file but
	// SQLite still refuses it there, so lift the flag on this connection for
	// the call.
	if _, err := conn.ExecContext(ctx, `PRAGMA query_only = 0`); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	// The index file first: taken after the main file, it could hold rows
	// the main copy lacks, which its next Open would have to rebuild from
	// scratch to drop; taken before, it is at most behind, and its queue
	// in the main copy brings it up to date.
	ftsPath := FullTextPath(path)
	os.Remove(ftsPath) // a stale index next to a new backup would only be rebuilt
	_, err = conn.ExecContext(ctx, `VACUUM fts INTO ?`, ftsPath)
	if err == nil {
		_, err = conn.ExecContext(ctx, `VACUUM INTO ?`, path)
	}
	_, resetErr := conn.ExecContext(context.Background(), `PRAGMA query_only = 1`)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if resetErr != nil {
		// Never hand a writable connection back to the read pool.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		return fmt.Errorf("backup to %s: restore query_only: %w", path, resetErr)
	}
	if err := newLineage(ctx, path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	return nil
}

// newLineage gives the copy at path, and its index file, a database id
// of their own: once restored, the copy and the original go separate ways
// from the same queue position, and an index file of one must never pass
// for the other's.
func newLineage(ctx context.Context, path string) error {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	id := hex.EncodeToString(b[:])
	for _, f := range []struct{ path, q string }{
		{path, `UPDATE fts_meta SET db_id = ?`},
		{FullTextPath(path), `UPDATE fts_state SET db_id = ?`},
	} {
		db, err := sql.Open("sqlite", f.path+"?_pragma=busy_timeout(5000)")
		if err != nil {
			return err
		}
		_, err = db.ExecContext(ctx, f.q, id)
		if err := errors.Join(err, db.Close()); err != nil {
			return fmt.Errorf("new database id: %w", err)
		}
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check, the foreign key check and a
// check of the legs' and issues' source counts on a read connection (it does
// not block writers); nil when all are clean.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	rows, err := s.rq.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	var problems []string
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return fmt.Errorf("integrity check: %w", err)
		}
		if msg != "ok" {
			problems = append(problems, msg)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("integrity check: %s", strings.Join(problems, "; "))
	}
	var fk int
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&fk); err != nil {
		return fmt.Errorf("foreign key check: %w", err)
	}
	if fk > 0 {
		return fmt.Errorf("foreign key check: %d rows violate foreign keys", fk)
	}
	// The counts migration 0009's triggers keep.
	var legs, issues int
	if err := s.rq.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM legs WHERE source_count <> (SELECT count(*) FROM leg_sources WHERE leg_id = legs.id)),
		(SELECT count(*) FROM issues WHERE source_count <> (SELECT count(*) FROM issue_articles WHERE issue_id = issues.id))`).Scan(&legs, &issues); err != nil {
		return fmt.Errorf("source count check: %w", err)
	}
	if legs > 0 || issues > 0 {
		return fmt.Errorf("source count check: %d legs and %d issues miscount their sources", legs, issues)
	}
	return nil
}

// CheckFullText verifies both full-text indexes against their content
// tables, after applying what the queue holds: FTS5's structure check, the
// same rows, and the same postings as indexing the tables afresh. It
// re-reads every article and quote and holds the index file's write lock
// meanwhile: minutes on a large archive, so it is separate from
// IntegrityCheck, for tests and maintenance windows.
func (s *Store) CheckFullText(ctx context.Context) error {
	if err := s.fts.sync(ctx); err != nil {
		return fmt.Errorf("check full text: %w", err)
	}
	if err := s.fts.check(ctx); err != nil {
		return fmt.Errorf("check full text: %w", err)
	}
	return nil
}

// Ping checks that the database answers a query, cheaply enough for a
// health check every few seconds whatever the archive's size.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.rq.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("ping store: %w", err)
	}
	return nil
}
