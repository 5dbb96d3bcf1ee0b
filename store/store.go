// Package store keeps articles and everything extracted from them in one
// SQLite database (modernc.org/sqlite, no cgo) with FTS5 indexes. It
// implements newsbot.Store.
//
// One writer connection (BEGIN IMMEDIATE, so writers queue on the busy
// timeout instead of failing on lock upgrade), one for the full-text index
// file, and a small read-only pool: under WAL readers never block the
// writers nor each other.
//
// Schema and write path, briefly (see migrations/ for the tables):
//
//   - articles: one row per story; hash (normalised-text sha256) and
//     canonical_url are unique, and are how SaveArticles tells Added, Updated
//     and Skipped apart. Derived rows (quotes, leg_sources, issue_articles,
//     issue_quotes) hang off the article and are replaced with it.
//   - people, person_aliases: one row per person across articles, matched by
//     NameKey; quotes.person_id points here; quote_count is kept per batch.
//   - legs + leg_sources: one row per journey leg, merged across articles.
//   - issues + issue_terms (merge candidates) + issue_articles + issue_quotes.
//   - digests, slack_events: exactly-once bookkeeping for the bot.
//   - articles_fts, quotes_fts: contentless FTS5 indexes in a second file
//     (FullTextPath), written by their own connection from a queue each
//     batch adds to (fts_pending): a bulk load indexes on another core
//     while the main writer stores the next batch (ftsdb.go). Readers
//     attach the file as schema fts.
//
// Quote sentences and issue-link evidence are byte spans of the article
// text (migration 0004), cut out when read: copies made up half the file.
// A bulk load (BeginBulk, used by ingest for JSON lines archives) gives the
// writer a bigger cache, rarer checkpoints and coarser FTS5 merging.
//
// A batch defers what it does not read back (quotes, issue links and
// updates, full-text entries) to multi-row statements at its end, and keeps
// the people and issues it resolved in a cache for the next batch
// (wcache.go), dropped whenever another connection or an editor writes.
// Its issues are merged on a goroutine of its own, in article order, while
// the batch stores the next articles (merger.go); during a bulk load the
// index worker also checkpoints the main file's WAL.
//
// Every hot read is an index search; TestHotQueryPlans checks the plans
// against statistics scaled to a million articles.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"time"

	newsbot "github.com/newsroom/newsbot"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ReadPoolSize bounds the read connections; the machine has few cores and
// SQLite readers are CPU bound.
const ReadPoolSize = 4

// Store is the SQLite implementation of newsbot.Store. It is safe for
// concurrent use.
type Store struct {
	path string
	w    *sql.DB    // exactly one connection: all writes to the main file
	r    *sql.DB    // read-only pool, the full-text file attached
	rq   *readStmts // r's queries, kept prepared
	fts  *ftsIndex
	now  func() time.Time

	events atomic.Int64 // SeenEvent calls, to prune old event ids now and then

	// wmu is held by every write that reads or invalidates wc: a batch for
	// its whole transaction, an editor's issue change around its own.
	wmu sync.Mutex
	wc  *writeCache // nil: nothing cached
	// bulk indexes in the background during a bulk load (BeginBulk);
	// nil otherwise, when each batch indexes before it returns. Under wmu.
	bulk *ftsWorker
	// ftsPruned is the full-text queue's last seq this Store removed. Under wmu.
	ftsPruned int64
	// fkOff says the writer connection runs without foreign key
	// enforcement: during a batch, and between the batches of a bulk load.
	// Under wmu; foreignKeysOn ends it.
	fkOff bool
	// names memoises name keys for PrepareBatch; safe for concurrent use.
	names *nameKeys
	// ws are the batch statements kept prepared on the writer's
	// connection (stmts.go). Under wmu.
	ws *writerStmts
	// inlineMerges merges issues on the batch's goroutine, without a
	// merger (merger.go): for tests that compare the two.
	inlineMerges bool
}

var _ newsbot.Store = (*Store)(nil)

// Connection settings (see dsn); BeginBulk changes the writer's for a
// bulk load and restores these.
const (
	pageCacheSize         = -32000 // per connection; KiB when negative, as PRAGMA cache_size takes it
	writerCheckpointPages = 4000
)

// dsn builds the connection string. Pragmas go in the DSN so that every
// connection the pool opens gets them, not just the first.
func dsn(path string, write bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// A bigger page cache (negative = KiB) keeps FTS segment merges and the
	// hot indexes in memory during batch ingest.
	q.Add("_pragma", fmt.Sprintf("cache_size(%d)", pageCacheSize))
	q.Add("_pragma", "temp_store(MEMORY)")
	if write {
		q.Set("_txlock", "immediate")
		// Checkpoint every ~16 MB of WAL instead of 4 MB: pages rewritten by
		// consecutive batches (index roots, FTS segments) are copied once.
		q.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", writerCheckpointPages))
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	// A plain path (no "file:" prefix): the driver strips the query itself,
	// so paths need no URI escaping.
	return path + "?" + q.Encode()
}

// Open opens (creating if needed) the database at path and applies pending
// migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	return open(ctx, path, time.Now)
}

func open(ctx context.Context, path string, now func() time.Time) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: empty path: %w", newsbot.ErrBadInput)
	}
	if err := createFile(ctx, path); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := connectRetryingBusy(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: writer: %w", path, err)
	}
	if err := migrate(ctx, w, migrationFS); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: migrate: %w", path, err)
	}
	// The index file before the readers, which attach it; then it takes
	// whatever the queue holds (all of it, the first time).
	fts, err := openFTS(ctx, path)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := fts.sync(ctx); err != nil {
		w.Close()
		fts.db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r := sql.OpenDB(attachConnector{dsn: dsn(path, false), attach: FullTextPath(path), as: "fts"})
	r.SetMaxOpenConns(ReadPoolSize)
	r.SetMaxIdleConns(ReadPoolSize)
	if err := r.PingContext(ctx); err != nil {
		w.Close()
		fts.db.Close()
		r.Close()
		return nil, fmt.Errorf("open store %s: readers: %w", path, err)
	}
	return &Store{path: path, w: w, r: r, rq: newReadStmts(r), fts: fts, now: now, ws: newWriterStmts(), names: newNameKeys()}, nil
}

// connectRetryingBusy opens a writing pool's connection, retrying while another
// process holds the lock: on a new file the DSN's journal_mode(WAL) needs
// an exclusive lock, and SQLite answers SQLITE_BUSY at once rather than
// through the busy timeout when two processes switch a new file together.
// The retries are bounded like the busy timeout (about 5 s).
func connectRetryingBusy(ctx context.Context, w *sql.DB) error {
	const attempts = 30 // 10 ms, 20 ms, ... 300 ms: 4.65 s in all
	var err error
	for i := range attempts {
		if err = w.PingContext(ctx); err == nil || !isBusy(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(time.Duration(10*(i+1)) * time.Millisecond):
		}
	}
	return err
}

// Close runs PRAGMA optimize (cheap; keeps planner statistics fresh) and
// closes both pools.
func (s *Store) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, optErr := s.w.ExecContext(ctx, "PRAGMA optimize")
	s.wmu.Lock()
	bulk := s.bulk
	s.bulk = nil
	stmtErr := s.ws.close()
	s.wmu.Unlock()
	var bulkErr error
	if bulk != nil { // a bulk load never ended: its last batches are still queued
		bulkErr = bulk.stop()
	}
	err := errors.Join(bulkErr, stmtErr, s.rq.close(), s.r.Close(), s.w.Close(), s.fts.db.Close())
	if err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	if optErr != nil && ctx.Err() == nil {
		return fmt.Errorf("close store: optimize: %w", optErr)
	}
	return nil
}

// foreignKeysOn turns foreign key enforcement back on for the writer
// connection when a batch left it off (see SavePrepared): every write
// other than a batch's relies on its cascades. Called with wmu held.
func (s *Store) foreignKeysOn(ctx context.Context) error {
	if !s.fkOff {
		return nil
	}
	if _, err := s.w.ExecContext(ctx, `PRAGMA foreign_keys = ON`); err != nil {
		return fmt.Errorf("restore foreign keys: %w", err)
	}
	s.fkOff = false
	return nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// inTx runs fn in one write transaction (BEGIN IMMEDIATE), committing when it
// returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil && !errors.Is(rbErr, sql.ErrTxDone) {
			return errors.Join(err, fmt.Errorf("rollback: %w", rbErr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func fromUnix(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(v, 0).UTC()
}

func notFound(what string, id int64) error {
	return fmt.Errorf("%s %d: %w", what, id, newsbot.ErrNotFound)
}

// newFilePageSize is the page size of the database files the store
// creates (the main file and the full-text file). SQLite's default is
// 4,096 bytes; with 16 KiB pages a bulk load splits and rebalances far
// fewer B-tree pages and writes fewer WAL frames per row. A file that
// exists keeps its page size: in WAL mode it is fixed once page 1 is
// written.
const newFilePageSize = 16384

// createFile creates the database file at path with newFilePageSize pages
// in WAL mode when there is no file there yet; an existing file is left
// alone. The DSN cannot set the page size: the driver runs its pragmas in
// alphabetical order, and journal_mode(WAL) writes page 1 (fixing the
// page size) before page_size would run.
func createFile(ctx context.Context, path string) error {
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil // there (or unreadable: the open that follows says why)
	}
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer conn.Close()
	for _, q := range []string{fmt.Sprintf(`PRAGMA page_size = %d`, newFilePageSize), `PRAGMA journal_mode = WAL`} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			if isBusy(err) {
				// Another process is creating the file at this moment:
				// its settings stand, and the open retries the lock.
				return nil
			}
			return fmt.Errorf("create %s: %w", path, err)
		}
	}
	return nil
}
