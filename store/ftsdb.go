package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"modernc.org/sqlite"
)

// The full-text indexes live in a second database file next to the main
// one (FullTextPath), written by their own connection: SQLite has one
// writer per file, and indexing text was over a third of the single
// writer's time during an archive load. With the index in its own file,
// a bulk load writes batch N+1 of rows while another core indexes batch N.
//
// The index is derived data, kept in step by a queue in the main database:
// every batch that stores, rewrites or removes articles or quotes adds
// rows to fts_pending (migration 0005) in its own transaction, and the
// indexer applies them in seq order, recording the last one applied
// (fts_state.done) in the index file in the same transaction as the index
// writes. Whatever the moment a process dies, the queue holds what the
// index lacks, and the next sync (at Open, or after the next batch)
// applies it. An index file that does not belong to the database (another
// database's, a restored backup's, one that is ahead of the main file
// after a power loss, one missing queue rows already pruned) is rebuilt
// from scratch.
//
// The indexes are contentless (content=''): FTS5 external content must be
// in the same file as its table. Queries only match and rank, never read
// text back from the index (no snippet or highlight), and the article
// index keeps word positions (detail=full) so that bm25 ranks as it did
// with detail=column over external content (which re-read the text).

// FullTextPath is the file holding the full-text indexes of the database
// at path. It is rebuilt when missing, so copying or backing up the main
// file alone loses nothing but time.
func FullTextPath(path string) string { return path + ".fts" }

// ftsVersion is the index file's layout; a file of another version is
// rebuilt. Version 2 indexes each row under its negated id (rowid = -id):
// the newest rows, which every search wants first, come first in the
// index's own ascending order. FTS5 walks a doclist backwards page by
// page, decoding each whole page, but forwards it skips ahead with the
// doclist index: at a million articles, phrase search over the newest 61
// matches of "a fifth of" took 34 ms backwards and 7 ms forwards.
const ftsVersion = 2

var ftsSchema = []string{
	`CREATE TABLE IF NOT EXISTS fts_state (
		id      INTEGER PRIMARY KEY CHECK (id = 1),
		db_id   TEXT    NOT NULL,  -- fts_meta.db_id of the database indexed
		done    INTEGER NOT NULL,  -- last fts_pending.seq applied
		version INTEGER NOT NULL
	)`,
	`INSERT OR IGNORE INTO fts_state(id, db_id, done, version) VALUES (1, '', 0, 0)`,
	// Same tokenizer as before (migration 0001). detail=full for articles:
	// see above.
	`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
		title, text, content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2'
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
		text, content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2'
	)`,
}

// ftsTables are the indexes and the content each is built from, under
// negated ids (see ftsVersion).
var ftsTables = []struct {
	name, insert string
}{
	{"articles_fts", `INSERT INTO articles_fts(rowid, title, text) SELECT -id, title, text FROM src.articles WHERE id >= ? AND id < ? ORDER BY id DESC`},
	{"quotes_fts", `INSERT INTO quotes_fts(rowid, text) SELECT -id, text FROM src.quotes WHERE id >= ? AND id < ? ORDER BY id DESC`},
}

// ftsIndex writes the full-text index file.
type ftsIndex struct {
	db *sql.DB // one connection: the index file as main, the store's database attached as src (read only)
	mu sync.Mutex
	// done is the last queue row this process knows applied: the main
	// writer prunes the queue up to it.
	done atomic.Int64
}

// attachConnector opens connections with the index file attached as
// schema fts, so that queries name articles_fts and quotes_fts as if they
// were in the main file.
type attachConnector struct {
	dsn, attach, as string
}

func (c attachConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Driver().Open(c.dsn)
	if err != nil {
		return nil, err
	}
	ex, ok := conn.(driver.ExecerContext)
	if !ok {
		conn.Close()
		return nil, errors.New("sqlite connection cannot exec")
	}
	if _, err := ex.ExecContext(ctx, `ATTACH DATABASE ? AS `+c.as, []driver.NamedValue{{Ordinal: 1, Value: c.attach}}); err != nil {
		conn.Close()
		return nil, fmt.Errorf("attach %s: %w", c.attach, err)
	}
	return conn, nil
}

func (attachConnector) Driver() driver.Driver { return &sqlite.Driver{} }

// openFTS opens (creating) the index file of the database at path, whose
// migrations have run.
func openFTS(ctx context.Context, path string) (*ftsIndex, error) {
	// Deferred transactions (no _txlock): BEGIN IMMEDIATE would take the
	// write lock of the attached main file too, stopping the main writer.
	if err := createFile(ctx, FullTextPath(path)); err != nil {
		return nil, fmt.Errorf("full-text index: %w", err)
	}
	q := dsn(FullTextPath(path), true)
	db := sql.OpenDB(attachConnector{dsn: stripTxLock(q), attach: path, as: "src"})
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := connectRetryingBusy(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("full-text index %s: %w", FullTextPath(path), err)
	}
	for _, s := range ftsSchema {
		if _, err := db.ExecContext(ctx, s); err != nil {
			db.Close()
			return nil, fmt.Errorf("full-text index %s: %w", FullTextPath(path), err)
		}
	}
	return &ftsIndex{db: db}, nil
}

func stripTxLock(dsn string) string {
	// dsn's values are URL-encoded; the writer's lock mode is one of them.
	const p = "_txlock=immediate"
	for i := 0; i+len(p) <= len(dsn); i++ {
		if dsn[i:i+len(p)] == p {
			rest := dsn[i+len(p):]
			if len(rest) > 0 && rest[0] == '&' {
				rest = rest[1:]
			}
			return dsn[:i] + rest
		}
	}
	return dsn
}

// ftsOp is one queued change to a full-text index: rowids [lo, hi) of the
// quotes index (else the articles index) are removed (del) or indexed
// from their content table as it is when the queue is applied.
type ftsOp struct {
	quote, del bool
	lo, hi     int64
}

// sync applies the queue to the index (or rebuilds it; see above) in one
// transaction of the index file. Safe to call from any number of
// goroutines and processes: the index file's write lock orders them.
func (f *ftsIndex) sync(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	tx, err := f.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("full-text sync: %w", err)
	}
	done, err := f.syncTx(ctx, tx)
	if err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("full-text sync: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("full-text sync: commit: %w", err)
	}
	f.done.Store(done)
	return nil
}

func (f *ftsIndex) syncTx(ctx context.Context, tx *sql.Tx) (int64, error) {
	// A write first: it takes the index file's write lock before any read,
	// so no other indexer's commit can make this transaction's snapshot
	// stale (a deferred transaction cannot upgrade then).
	if _, err := tx.ExecContext(ctx, `UPDATE fts_state SET done = done WHERE id = 1`); err != nil {
		return 0, err
	}
	var dbID, srcID string
	var done, version, pruned, last int64
	if err := tx.QueryRowContext(ctx, `SELECT db_id, done, version FROM fts_state WHERE id = 1`).Scan(&dbID, &done, &version); err != nil {
		return 0, fmt.Errorf("state: %w", err)
	}
	// The main file's read snapshot starts here: the queue and the rows it
	// names are read as of one commit.
	if err := tx.QueryRowContext(ctx, `SELECT db_id, pruned,
		coalesce((SELECT seq FROM src.sqlite_sequence WHERE name = 'fts_pending'), 0) FROM src.fts_meta WHERE id = 1`).
		Scan(&srcID, &pruned, &last); err != nil {
		return 0, fmt.Errorf("queue: %w", err)
	}
	if dbID != srcID || version != ftsVersion || done > last || done < pruned {
		// Minutes for a big archive (the first Open after migration 0005).
		var any bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM src.articles)`).Scan(&any); err != nil {
			return 0, fmt.Errorf("rebuild: %w", err)
		}
		if any {
			slog.InfoContext(ctx, "rebuilding the full-text index", "applied", done, "queued", last, "pruned", pruned,
				"same database", dbID == srcID)
		}
		if err := rebuildFTS(ctx, tx); err != nil {
			return 0, err
		}
	} else if done < last {
		ops, err := pendingOps(ctx, tx, done)
		if err != nil {
			return 0, err
		}
		for _, op := range coalesceFTS(ops) {
			if err := applyFTS(ctx, tx, op); err != nil {
				return 0, err
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE fts_state SET db_id = ?, done = ?, version = ? WHERE id = 1`, srcID, last, ftsVersion); err != nil {
		return 0, fmt.Errorf("state: %w", err)
	}
	return last, nil
}

func pendingOps(ctx context.Context, tx *sql.Tx, after int64) ([]ftsOp, error) {
	rows, err := tx.QueryContext(ctx, `SELECT quote, del, lo, hi FROM src.fts_pending WHERE seq > ? ORDER BY seq`, after)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	defer rows.Close()
	var ops []ftsOp
	for rows.Next() {
		var op ftsOp
		if err := rows.Scan(&op.quote, &op.del, &op.lo, &op.hi); err != nil {
			return nil, fmt.Errorf("queue: %w", err)
		}
		ops = append(ops, op)
	}
	return ops, rows.Err()
}

// coalesceFTS joins queued insertions that follow on from each other in
// one index (batch after batch of new rows, when the index worker has
// fallen behind or syncs several commits at once) into one range: FTS5
// writes a segment per statement, and fewer, bigger segments leave less
// merging to do. Only a queue without removals is rearranged; its
// insertions touch distinct rowids, so their order does not matter.
func coalesceFTS(ops []ftsOp) []ftsOp {
	for _, op := range ops {
		if op.del {
			return ops
		}
	}
	var out []ftsOp
	for _, quote := range []bool{false, true} {
		n := len(out)
		for _, op := range ops {
			if op.quote != quote {
				continue
			}
			if last := len(out) - 1; last >= n && out[last].hi == op.lo {
				out[last].hi = op.hi
				continue
			}
			out = append(out, op)
		}
	}
	return out
}

func applyFTS(ctx context.Context, tx *sql.Tx, op ftsOp) error {
	t := ftsTables[0]
	if op.quote {
		t = ftsTables[1]
	}
	q, lo, hi := t.insert, op.lo, op.hi
	if op.del {
		// ids [lo, hi) are rowids (-hi, -lo].
		q, lo, hi = `DELETE FROM `+t.name+` WHERE rowid > -? AND rowid <= -?`, op.hi, op.lo
	}
	if _, err := tx.ExecContext(ctx, q, lo, hi); err != nil {
		return fmt.Errorf("%s [%d, %d): %w", t.name, op.lo, op.hi, err)
	}
	return nil
}

// rebuildFTS empties both indexes and indexes every stored row.
func rebuildFTS(ctx context.Context, tx *sql.Tx) error {
	for _, t := range ftsTables {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+t.name+`(`+t.name+`) VALUES ('delete-all')`); err != nil {
			return fmt.Errorf("rebuild %s: %w", t.name, err)
		}
		if _, err := tx.ExecContext(ctx, t.insert, int64(-1<<63), int64(1<<63-1)); err != nil {
			return fmt.Errorf("rebuild %s: %w", t.name, err)
		}
	}
	return nil
}

// optimize merges every segment of the index table into one (FTS5
// 'optimize'): fewer segments for each lookup to read. It rewrites the
// whole index, through the index file's WAL.
func (f *ftsIndex) optimize(ctx context.Context, table string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.db.ExecContext(ctx, `INSERT INTO `+table+`(`+table+`) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("optimize %s: %w", table, err)
	}
	return nil
}

// ftsSettings sets the index connection's page cache and autocheckpoint
// interval, and FTS5 automerge and hashsize of both indexes (stored in the
// index file).
func (f *ftsIndex) settings(ctx context.Context, cache, checkpoint, automerge, hashSize int) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, q := range []string{
		fmt.Sprintf(`PRAGMA cache_size = %d`, cache),
		fmt.Sprintf(`PRAGMA main.wal_autocheckpoint = %d`, checkpoint),
	} {
		if _, err := f.db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	tx, err := f.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	for _, t := range ftsTables {
		for _, kv := range []struct {
			key string
			val int
		}{{"automerge", automerge}, {"hashsize", hashSize}} {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`INSERT INTO %s(%s, rank) VALUES ('%s', %d)`, t.name, t.name, kv.key, kv.val)); err != nil {
				_ = tx.Rollback()
				return err
			}
		}
	}
	return tx.Commit()
}

// check verifies both indexes: FTS5's own structure check, then that each
// holds what indexing its content table afresh gives: the same rows with
// the same token counts per column, and every term in the same number of
// rows and occurrences per column. (FTS5 can compare an index with its
// content only when the content is in the same file.)
func (f *ftsIndex) check(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	conn, err := f.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for i, t := range ftsTables {
		if _, err := conn.ExecContext(ctx, `INSERT INTO `+t.name+`(`+t.name+`, rank) VALUES ('integrity-check', 0)`); err != nil {
			return fmt.Errorf("integrity check %s: %w", t.name, err)
		}
		cols, from := "title, text", "SELECT -id, title, text FROM src.articles"
		if i == 1 {
			cols, from = "text", "SELECT -id, text FROM src.quotes"
		}
		fresh := "check_" + t.name
		setup := []string{
			`DROP TABLE IF EXISTS temp.` + fresh,
			`CREATE VIRTUAL TABLE temp.` + fresh + ` USING fts5(` + cols + `, content='', tokenize='unicode61 remove_diacritics 2')`,
			`INSERT INTO temp.` + fresh + `(rowid, ` + cols + `) ` + from,
			`DROP TABLE IF EXISTS temp.v_old`, `DROP TABLE IF EXISTS temp.v_new`,
			`CREATE VIRTUAL TABLE temp.v_old USING fts5vocab(main, ` + t.name + `, 'col')`,
			`CREATE VIRTUAL TABLE temp.v_new USING fts5vocab(temp, ` + fresh + `, 'col')`,
		}
		for _, s := range setup {
			if _, err := conn.ExecContext(ctx, s); err != nil {
				return fmt.Errorf("check %s: %w", t.name, err)
			}
		}
		var rows, terms int
		err := conn.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM (SELECT id, sz FROM main.`+t.name+`_docsize EXCEPT SELECT id, sz FROM temp.`+fresh+`_docsize))
			+ (SELECT count(*) FROM (SELECT id, sz FROM temp.`+fresh+`_docsize EXCEPT SELECT id, sz FROM main.`+t.name+`_docsize)),
			(SELECT count(*) FROM (SELECT term, col, doc, cnt FROM temp.v_old EXCEPT SELECT term, col, doc, cnt FROM temp.v_new))
			+ (SELECT count(*) FROM (SELECT term, col, doc, cnt FROM temp.v_new EXCEPT SELECT term, col, doc, cnt FROM temp.v_old))`).
			Scan(&rows, &terms)
		for _, s := range []string{`DROP TABLE temp.v_old`, `DROP TABLE temp.v_new`, `DROP TABLE temp.` + fresh} {
			if _, dropErr := conn.ExecContext(ctx, s); dropErr != nil && err == nil {
				err = dropErr
			}
		}
		if err != nil {
			return fmt.Errorf("check %s: %w", t.name, err)
		}
		if rows != 0 || terms != 0 {
			return fmt.Errorf("check %s: %d rows and %d terms differ from the content table", t.name, rows, terms)
		}
	}
	return nil
}

// ftsWorker indexes in the background during a bulk load: each commit
// kicks it, and it applies whatever the queue holds by then (one batch or
// several) on its own connection, in parallel with the main writer.
//
// It syncs once syncEvery commits have come since its last sync: the
// queue then holds several batches, which it writes as one segment per
// index (coalesceFTS), and bigger segments leave FTS5 less merging
// (replaying batches 10k-30k of the 100k BBC replica, the process's CPU
// time fell 3-4%, about a tenth of the indexing's). The end of the load
// syncs what is left: up to four batches, a second or two.
//
// It also checkpoints the main file's WAL every checkpointEvery commits
// (0: never), which the main writer would otherwise do inside a commit:
// copying pages into the database file then costs the second core, not
// the single writer's. A checkpoint by another connection never blocks
// the writer (PASSIVE), and the writer restarts the WAL from its start at
// its next commit once everything in it is copied.
type ftsWorker struct {
	kick    chan struct{}
	done    chan struct{}
	commits atomic.Int64 // notify calls
	mu      sync.Mutex
	err     error
}

func startFTSWorker(ctx context.Context, f *ftsIndex, syncEvery, checkpointEvery int64) *ftsWorker {
	w := &ftsWorker{kick: make(chan struct{}, 1), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		var synced, checkpointed int64 // commits when last synced, checkpointed
		for range w.kick {
			if w.failed() != nil {
				continue // drain kicks; stop reports the error
			}
			if n := w.commits.Load(); n-synced < syncEvery {
				continue // the next commit kicks again
			} else {
				synced = n
			}
			// Busy: another process's indexer holds the index file and
			// applies the queue itself; what it leaves, the next kick or
			// the end of the load takes.
			err := f.sync(ctx)
			if n := w.commits.Load(); err == nil && checkpointEvery > 0 && n-checkpointed >= checkpointEvery {
				checkpointed = n
				err = f.checkpointSource(ctx)
			}
			if err != nil && !isBusy(err) {
				w.mu.Lock()
				w.err = err
				w.mu.Unlock()
			}
		}
	}()
	return w
}

// checkpointSource copies what the main file's WAL holds into the main
// file, as far as its readers allow, without waiting for anyone.
func (f *ftsIndex) checkpointSource(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.db.ExecContext(ctx, `PRAGMA src.wal_checkpoint(PASSIVE)`); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
}

// notify asks for a sync after a commit; a sync already asked for covers it.
func (w *ftsWorker) notify() {
	w.commits.Add(1)
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// failed is the first sync error, if any.
func (w *ftsWorker) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// stop waits for the worker to finish the sync in hand and returns its
// error. The caller syncs once more for commits after the last kick.
func (w *ftsWorker) stop() error {
	close(w.kick)
	<-w.done
	return w.failed()
}

// OpenSQL opens the database at path for direct SQL (tools, tests,
// benchmarks) as the store's own readers see it: every connection has the
// full-text file attached as schema fts, so statements naming
// articles_fts or quotes_fts (or their shadow tables) run unchanged.
// readOnly connections refuse writes (PRAGMA query_only).
func OpenSQL(path string, readOnly bool) *sql.DB {
	d := path + "?_pragma=busy_timeout(5000)"
	if readOnly {
		d = dsn(path, false)
	}
	return sql.OpenDB(attachConnector{dsn: d, attach: FullTextPath(path), as: "fts"})
}

// isBusy says whether err is SQLite's SQLITE_BUSY: a lock held by another
// connection past the busy timeout.
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == 5 // SQLITE_BUSY, any extended code
}
