package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// writerStmts keeps the batch statements prepared on the writer's
// connection from one batch to the next: a transaction can only prepare
// statements that die with it, and compiling a batch's few dozen (among
// them the 100-row inserts) anew every batch was ~1.5% of the writer's
// time. A statement a batch prepared for itself is prepared on the
// connection before the next batch, once a second batch has used it (a
// one-off, such as an update's statements, is not kept), up to
// maxWriterStmts. Used under the Store's wmu only.
type writerStmts struct {
	stmts map[string]*sql.Stmt
	seen  map[string]bool // prepared by one batch for itself
	next  []string        // to prepare before the next batch
}

// maxWriterStmts bounds the statements kept; a batch uses about seventy
// (each multi-row statement in up to eight sizes: chunkRows).
const maxWriterStmts = 128

// stmt is q prepared on the connection, nil when not kept. Safe on nil.
func (w *writerStmts) stmt(q string) *sql.Stmt {
	if w == nil {
		return nil
	}
	return w.stmts[q]
}

// used notes what a batch that committed prepared for itself.
func (w *writerStmts) used(fresh []string) {
	for _, q := range fresh {
		if len(w.stmts)+len(w.next) >= maxWriterStmts {
			return
		}
		if w.seen[q] {
			delete(w.seen, q)
			w.next = append(w.next, q)
		} else if len(w.seen) < 4*maxWriterStmts {
			w.seen[q] = true
		}
	}
}

// prepare prepares the statements noted for the next batch on db, whose
// one connection is not in a transaction.
func (w *writerStmts) prepare(ctx context.Context, db *sql.DB) error {
	for _, q := range w.next {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		w.stmts[q] = st
	}
	w.next = w.next[:0]
	return nil
}

// close closes every kept statement.
func (w *writerStmts) close() error {
	var errs []error
	for q, st := range w.stmts {
		errs = append(errs, st.Close())
		delete(w.stmts, q)
	}
	return errors.Join(errs...)
}

func newWriterStmts() *writerStmts {
	return &writerStmts{stmts: map[string]*sql.Stmt{}, seen: map[string]bool{}}
}
