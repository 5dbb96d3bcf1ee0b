package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// readStmts keeps the read pool's queries prepared. A digest at a million
// articles runs about a hundred small queries (each listed issue's sources,
// count and quotes, each leg's sources, a few searches), and compiling every
// one anew was 15% of its CPU (querybench -cpuprofile). database/sql
// prepares a kept statement again on each pool connection that first runs
// it, so each query is compiled at most ReadPoolSize times. Safe for
// concurrent use.
type readStmts struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt // nil once closed
}

// maxReadStmts bounds the statements kept: the queries built for a number
// of ids (IN lists of up to a chunk) come in many lengths.
const maxReadStmts = 256

func newReadStmts(db *sql.DB) *readStmts {
	return &readStmts{db: db, m: map[string]*sql.Stmt{}}
}

// stmt is q prepared, or nil when it is not kept (the cache is full or
// closed, or preparing failed: running q unprepared then reports why).
func (c *readStmts) stmt(ctx context.Context, q string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.m[q]; ok || c.m == nil || len(c.m) >= maxReadStmts {
		return st
	}
	// Preparing under the lock keeps one statement per query; it only
	// compiles (no rows are read), so it holds the lock briefly.
	st, err := c.db.PrepareContext(ctx, q)
	if err != nil {
		return nil
	}
	c.m[q] = st
	return st
}

// QueryContext runs q with args on the read pool.
func (c *readStmts) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, q); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return c.db.QueryContext(ctx, q, args...)
}

// QueryRowContext runs q with args on the read pool for at most one row.
func (c *readStmts) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if st := c.stmt(ctx, q); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return c.db.QueryRowContext(ctx, q, args...)
}

// close closes every kept statement; later calls run unprepared.
func (c *readStmts) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, st := range c.m {
		errs = append(errs, st.Close())
	}
	c.m = nil
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close read statements: %w", err)
	}
	return nil
}
