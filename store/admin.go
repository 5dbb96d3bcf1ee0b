package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Backup writes a consistent copy of the database to path with VACUUM INTO.
// It runs on a read connection, so it sees one snapshot while the bot keeps
// serving and writing. path must not exist.
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
	_, err = conn.ExecContext(ctx, `VACUUM INTO ?`, path)
	_, resetErr := conn.ExecContext(context.Background(), `PRAGMA query_only = 1`)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if resetErr != nil {
		// Never hand a writable connection back to the read pool.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		return fmt.Errorf("backup to %s: restore query_only: %w", path, resetErr)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and the foreign key check on a
// read connection (it does not block writers); nil when both are clean.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	rows, err := s.r.QueryContext(ctx, `PRAGMA integrity_check`)
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
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&fk); err != nil {
		return fmt.Errorf("foreign key check: %w", err)
	}
	if fk > 0 {
		return fmt.Errorf("foreign key check: %d rows violate foreign keys", fk)
	}
	return nil
}

// CheckFullText verifies both FTS5 indexes against their content tables.
// It re-reads every article and quote and holds the write lock meanwhile
// (the checks are FTS5 commands, which SQLite runs as writes): minutes on a
// large archive, so it is separate from IntegrityCheck, for tests and
// maintenance windows.
func (s *Store) CheckFullText(ctx context.Context) error {
	// rank = 1 asks FTS5 to compare the index with the content table too,
	// not only its own structure.
	for _, t := range []string{"articles_fts", "quotes_fts"} {
		if _, err := s.w.ExecContext(ctx, `INSERT INTO `+t+`(`+t+`, rank) VALUES ('integrity-check', 1)`); err != nil {
			return fmt.Errorf("integrity check %s: %w", t, err)
		}
	}
	return nil
}

// Ping checks that the database answers a query, cheaply enough for a
// health check every few seconds whatever the archive's size.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.r.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("ping store: %w", err)
	}
	return nil
}
