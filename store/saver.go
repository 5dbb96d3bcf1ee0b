package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// saver writes one batch inside one transaction. Statements are prepared
// once per batch and reused: preparing per row costs more than the insert.
// Rows nothing in the batch reads back (quotes, issue links, issue updates,
// full-text entries) wait in memory and go in with multi-row statements at
// the end of the batch, or before anything that would read them.
type saver struct {
	ctx context.Context // for statements; never cancelled, see SaveArticles
	// mu serialises statements (and stmts) between the batch's goroutine
	// and its merger (merger.go).
	mu    sync.Mutex
	mg    *merger // nil: issues are merged inline
	tx    *sql.Tx
	now   time.Time
	stmts map[string]*sql.Stmt
	// kept are statements prepared on the writer's connection by earlier
	// batches (writerStmts), bound to tx when first used; fresh lists the
	// ones this batch prepared itself.
	kept   *writerStmts
	fresh  []string
	c      *writeCache   // people, aliases, issues and terms known stored
	fts    []ftsOp       // full-text changes of updated articles, queued by flushFTS
	counts map[int64]int // person → change in quote_count, applied by flushCounts
	// roles holds people whose role or gender this batch changed, applied
	// by flushCounts with their count: a person's role flips with the
	// outlet's wording (minister, prime minister), and one statement per
	// batch replaces one per flip. person reads them over the stored row.
	roles map[int64]pendingRole

	quoteRows []any // quoteCols values of quotes not yet inserted (ids nextQuote-n to nextQuote-1)
	// quotesDeleted says the batch deleted quotes: new ones are then
	// inserted with their ids (see quoteInsert).
	quotesDeleted bool
	issueArts     []any                  // issue_articles rows not yet inserted
	issueQuotes   []any                  // issue_quotes rows not yet inserted
	dirty         map[int64]*cachedIssue // issues whose row lags behind the cache

	// New articles and quotes get ids from here (the batch holds the write
	// lock, so nobody else takes them); rows from fts* on are not yet in
	// the full-text queue, which takes them as one id range.
	nextArticle, nextQuote int64
	ftsArticle, ftsQuote   int64
	// The full-text queue up to pruneTo is applied; up to pruned it is
	// known emptied.
	pruneTo, pruned int64
}

// rowsPerInsert is how many rows one multi-row INSERT writes: far fewer
// statements, and well under SQLite's bound on parameters.
const rowsPerInsert = 100

// chunkRows is how many of n rows (n > 0) the next multi-row statement
// writes: rowsPerInsert, and below that the largest power of two, so that
// a batch's last rows go in a few statements of sizes every batch uses,
// which stay prepared (writerStmts), instead of one of a size of their
// own, compiled afresh each batch (over a hundred parameters to parse).
func chunkRows(n int) int {
	if n >= rowsPerInsert {
		return rowsPerInsert
	}
	return 1 << (bits.Len(uint(n)) - 1)
}

// Quotes are inserted without their ids (quoteInsert), which SQLite then
// gives as the table's largest id plus one: the ids the batch handed out
// (nextQuote), as long as no quote was deleted since the batch began. A
// statement writing many rows that may abort halfway (an id given, which
// SQLite checks is an integer; a NOT NULL column under the default
// conflict rule) makes SQLite copy every page it first touches into a
// statement journal, about 2 % of the writer's CPU over a 100k load; with
// no id and OR FAIL (see updateRows) it needs none. After a delete (an
// updated article's quotes) the ids are given (quoteInsertIDs); either way
// each statement checks the last id.
const (
	quoteInsert = `INSERT OR FAIL INTO quotes(article_id, person_id, published_at, speaker, speaker_key, mention, cue, kind, text, start, "end",
		sentence, sentence_start, sentence_len) VALUES `
	quoteInsertIDs = `INSERT INTO quotes(id, article_id, person_id, published_at, speaker, speaker_key, mention, cue, kind, text, start, "end",
		sentence, sentence_start, sentence_len) VALUES `
	quoteCols = 14 // of quoteInsert
)

func newSaver(ctx context.Context, tx *sql.Tx, now time.Time, c *writeCache) (*saver, error) {
	sv := &saver{ctx: ctx, tx: tx, now: now, c: c, stmts: map[string]*sql.Stmt{}, counts: map[int64]int{},
		roles: map[int64]pendingRole{}, dirty: map[int64]*cachedIssue{}}
	for _, t := range []struct {
		table string
		next  *int64
	}{{"articles", &sv.nextArticle}, {"quotes", &sv.nextQuote}} {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM `+t.table).Scan(t.next); err != nil {
			return nil, fmt.Errorf("next %s id: %w", t.table, err)
		}
	}
	sv.ftsArticle, sv.ftsQuote = sv.nextArticle, sv.nextQuote
	return sv, nil
}

// pendingRole is what the batch's role and gender updates of one person
// come to: the last role given wins, and the first gender given fills an
// empty one (as the updates one by one did: see person).
type pendingRole struct{ role, gender string }

// add is p followed by an update with role and gender.
func (p pendingRole) add(role, gender string) pendingRole {
	if role != "" {
		p.role = role
	}
	if p.gender == "" {
		p.gender = gender
	}
	return p
}

// over is a stored person's role and gender once p is applied.
func (p pendingRole) over(role, gender string) (string, string) {
	if p.role != "" {
		role = p.role
	}
	if gender == "" {
		gender = p.gender
	}
	return role, gender
}

// flushCounts applies the batch's quote count changes and its role and
// gender updates (roles): one row per person instead of one UPDATE per
// quote and one per role change, rowsPerInsert people per statement (a
// batch changes about a thousand people; one statement each cost more in
// the driver than the row in SQLite).
func (sv *saver) flushCounts() error {
	vals := make([]any, 0, 4*(len(sv.counts)+len(sv.roles)))
	for id := range sv.roles {
		sv.counts[id] += 0 // listed, so that the loop below writes it
	}
	for _, id := range sortedKeys(sv.counts) {
		d := sv.counts[id]
		p, changed := sv.roles[id]
		if d == 0 && !changed {
			continue
		}
		// An empty role keeps the stored one, an empty gender leaves an
		// empty one empty: a count change alone changes only the count.
		vals = append(vals, id, int64(d), p.role, p.gender)
	}
	if err := sv.updateRows(peopleUpdate, 4, vals); err != nil {
		return fmt.Errorf("update people: %w", err)
	}
	clear(sv.counts)
	clear(sv.roles)
	return nil
}

// peopleUpdate applies rows (id, count change, role, gender) to people.
const peopleUpdate = `UPDATE OR FAIL people SET quote_count = quote_count + v.column2,
	role = CASE WHEN v.column3 <> '' THEN v.column3 ELSE role END,
	gender = CASE WHEN gender = '' THEN v.column4 ELSE gender END
	FROM (VALUES %s) AS v WHERE people.id = v.column1`

// updateRows runs update (an UPDATE ... FROM (VALUES %s) AS v) over rows
// of ncol values each (vals, flat), chunkRows rows per statement.
// Each row must name a different row of the table (the first column, its
// id): SQLite then updates each once, as one statement per row would.
// The updates are UPDATE OR FAIL: under the default rule (ABORT) a
// statement writing several rows must be undone alone when a later row
// breaks a constraint, so SQLite would copy every page it first touches
// into a statement journal; FAIL needs none, and any error fails the whole
// batch, whose transaction is then rolled back.
func (sv *saver) updateRows(update string, ncol int, vals []any) error {
	for len(vals) > 0 {
		n := chunkRows(len(vals) / ncol)
		if err := sv.exec(fmt.Sprintf(update, valuesList(n, ncol)), vals[:n*ncol]...); err != nil {
			return err
		}
		vals = vals[n*ncol:]
	}
	return nil
}

// flush writes everything the batch deferred. The batch calls it at its
// end, and before statements that read or rewrite deferred rows (an
// updated article's old rows, a surname merged into a full name).
func (sv *saver) flush() error {
	if err := sv.flushQuotes(); err != nil {
		return err
	}
	if err := sv.flushIssues(); err != nil {
		return err
	}
	if err := sv.insertRows(`INSERT INTO issue_articles(issue_id, article_id, published_at, evidence, evidence_start, evidence_len) VALUES `,
		` ON CONFLICT(issue_id, published_at, article_id) DO UPDATE SET evidence = excluded.evidence,
			evidence_start = excluded.evidence_start, evidence_len = excluded.evidence_len`, 6, sv.issueArts); err != nil {
		return fmt.Errorf("link issues: %w", err)
	}
	sv.issueArts = sv.issueArts[:0]
	if err := sv.insertRows(`INSERT OR IGNORE INTO issue_quotes(issue_id, quote_id) VALUES `, "", 2, sv.issueQuotes); err != nil {
		return fmt.Errorf("link issue quotes: %w", err)
	}
	sv.issueQuotes = sv.issueQuotes[:0]
	if err := sv.flushCounts(); err != nil {
		return err
	}
	return sv.flushFTS()
}

// flushOwn writes what the batch deferred that issue merging neither
// reads nor writes (quotes, quote counts, the full-text queue). The batch
// calls it before waiting for its merger, so these inserts run while the
// merger still compares issues (Go work, off the connection) instead of
// after it, on the batch's critical path.
func (sv *saver) flushOwn() error {
	if err := sv.flushQuotes(); err != nil {
		return err
	}
	if err := sv.flushCounts(); err != nil {
		return err
	}
	return sv.flushFTS()
}

// flushQuotes inserts the batch's pending quotes: the last ids handed out,
// in order.
func (sv *saver) flushQuotes() error {
	vals := sv.quoteRows
	id := sv.nextQuote - int64(len(vals)/quoteCols) // of the first
	for len(vals) > 0 {
		n := chunkRows(len(vals) / quoteCols)
		head, args := quoteInsert, vals[:n*quoteCols]
		if sv.quotesDeleted {
			head, args = quoteInsertIDs, withIDs(id, args)
		}
		res, err := sv.stmtExec(head+valuesList(n, len(args)/n), args...)
		if err != nil {
			return fmt.Errorf("insert quotes: %w", err)
		}
		id += int64(n)
		if last, err := res.LastInsertId(); err != nil {
			return fmt.Errorf("insert quotes: %w", err)
		} else if last != id-1 {
			return fmt.Errorf("insert quotes: stored as ids up to %d, handed out up to %d", last, id-1)
		}
		vals = vals[n*quoteCols:]
	}
	sv.quoteRows = sv.quoteRows[:0]
	return nil
}

// withIDs is quote rows (quoteCols values each) with ids from first on
// before each row, for quoteInsertIDs.
func withIDs(first int64, rows []any) []any {
	out := make([]any, 0, len(rows)/quoteCols*(quoteCols+1))
	for i := 0; i < len(rows); i += quoteCols {
		out = append(out, first)
		out = append(out, rows[i:i+quoteCols]...)
		first++
	}
	return out
}

// insertRows inserts rows of ncol values each (vals, flat), chunkRows
// rows per statement. head ends in VALUES; tail follows the rows.
func (sv *saver) insertRows(head, tail string, ncol int, vals []any) error {
	for len(vals) > 0 {
		n := chunkRows(len(vals) / ncol)
		if err := sv.exec(head+valuesList(n, ncol)+tail, vals[:n*ncol]...); err != nil {
			return err
		}
		vals = vals[n*ncol:]
	}
	return nil
}

// valuesList is "(?,?),(?,?)" for rows × cols.
func valuesList(rows, cols int) string {
	row := "(?" + strings.Repeat(",?", cols-1) + ")"
	return row + strings.Repeat(","+row, rows-1)
}

// flushFTS queues the batch's changes to the full-text indexes (see
// ftsdb.go): the updated articles' removals and re-indexing in the order
// they happened, then the new rows by id range. The index file's own
// connection applies them after the commit.
func (sv *saver) flushFTS() error {
	if sv.ftsArticle < sv.nextArticle {
		sv.fts = append(sv.fts, ftsOp{lo: sv.ftsArticle, hi: sv.nextArticle})
		sv.ftsArticle = sv.nextArticle
	}
	if sv.ftsQuote < sv.nextQuote {
		sv.fts = append(sv.fts, ftsOp{quote: true, lo: sv.ftsQuote, hi: sv.nextQuote})
		sv.ftsQuote = sv.nextQuote
	}
	vals := make([]any, 0, 4*len(sv.fts))
	for _, op := range sv.fts {
		vals = append(vals, op.quote, op.del, op.lo, op.hi)
	}
	sv.fts = sv.fts[:0]
	if err := sv.insertRows(`INSERT INTO fts_pending(quote, del, lo, hi) VALUES `, "", 4, vals); err != nil {
		return fmt.Errorf("full-text queue: %w", err)
	}
	// What the index has applied leaves the queue.
	if sv.pruneTo > sv.pruned {
		if err := sv.exec(`DELETE FROM fts_pending WHERE seq <= ?`, sv.pruneTo); err != nil {
			return fmt.Errorf("full-text queue: %w", err)
		}
		if err := sv.exec(`UPDATE fts_meta SET pruned = max(pruned, ?) WHERE id = 1`, sv.pruneTo); err != nil {
			return fmt.Errorf("full-text queue: %w", err)
		}
		sv.pruned = sv.pruneTo
	}
	return nil
}

// close stops the merger, if a failed batch left it running, and closes
// the statements.
func (sv *saver) close() {
	_ = sv.stopMerger()
	for _, st := range sv.stmts {
		st.Close()
	}
}

// stmt is q prepared; the caller holds mu.
func (sv *saver) stmt(q string) (*sql.Stmt, error) {
	if st, ok := sv.stmts[q]; ok {
		return st, nil
	}
	if p := sv.kept.stmt(q); p != nil {
		st := sv.tx.StmtContext(sv.ctx, p)
		sv.stmts[q] = st
		return st, nil
	}
	st, err := sv.tx.PrepareContext(sv.ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	sv.stmts[q] = st
	sv.fresh = append(sv.fresh, q)
	return st, nil
}

func (sv *saver) stmtExec(q string, args ...any) (sql.Result, error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	st, err := sv.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(sv.ctx, args...)
}

func (sv *saver) exec(q string, args ...any) error {
	_, err := sv.stmtExec(q, args...)
	return err
}

// errRow lets queryRow report a prepare error through Scan.
type errRow struct{ err error }

func (e errRow) Scan(...any) error { return e.err }

type scanner interface{ Scan(...any) error }

// lockedRow releases the saver's lock once scanned.
type lockedRow struct {
	row *sql.Row
	mu  *sync.Mutex
}

func (r lockedRow) Scan(dest ...any) error {
	defer r.mu.Unlock()
	return r.row.Scan(dest...)
}

// queryRow runs a one-row query; the caller must Scan the result, which
// releases mu.
func (sv *saver) queryRow(q string, args ...any) scanner {
	sv.mu.Lock()
	st, err := sv.stmt(q)
	if err != nil {
		sv.mu.Unlock()
		return errRow{err}
	}
	return lockedRow{st.QueryRowContext(sv.ctx, args...), &sv.mu}
}

func (sv *saver) queryInts(q string, args ...any) ([]int64, error) {
	return queryColumn[int64](sv, q, args...)
}

// queryStrings is queryInts for a query of one text column.
func (sv *saver) queryStrings(q string, args ...any) ([]string, error) {
	return queryColumn[string](sv, q, args...)
}

// queryColumn runs q, a query of one column, on the writer and returns
// the column's values.
func queryColumn[T any](sv *saver, q string, args ...any) ([]T, error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	st, err := sv.stmt(q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(sv.ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// clearDerived removes what an earlier version of article id produced:
// quotes (and their issue links, by cascade), leg sources and issue links.
// Legs and issues left without any source go too, unless an editor touched
// the issue. The caller has flushed the batch's deferred rows.
func (sv *saver) clearDerived(id int64) error {
	legs, err := sv.queryInts(`SELECT leg_id FROM leg_sources WHERE article_id = ?`, id)
	if err != nil {
		return fmt.Errorf("clear legs: %w", err)
	}
	if err := sv.exec(`DELETE FROM leg_sources WHERE article_id = ?`, id); err != nil {
		return fmt.Errorf("clear leg sources: %w", err)
	}
	for _, l := range legs {
		if err := sv.exec(`DELETE FROM legs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM leg_sources WHERE leg_id = ?)`, l, l); err != nil {
			return fmt.Errorf("clear leg %d: %w", l, err)
		}
	}
	issues, err := sv.queryInts(`SELECT issue_id FROM issue_articles WHERE article_id = ?`, id)
	if err != nil {
		return fmt.Errorf("clear issues: %w", err)
	}
	if err := sv.exec(`DELETE FROM issue_articles WHERE article_id = ?`, id); err != nil {
		return fmt.Errorf("clear issue links: %w", err)
	}
	if err := sv.unqueueQuotes(id); err != nil {
		return err
	}
	// The quotes' issue links first: a batch runs without foreign key
	// enforcement, so without its cascades (see SavePrepared). A quote is
	// linked only to issues its article is linked to, so the primary key
	// finds every link (issue_quotes has no index by quote: migration 0007).
	for _, is := range issues {
		if err := sv.exec(`DELETE FROM issue_quotes WHERE issue_id = ? AND quote_id IN (SELECT id FROM quotes WHERE article_id = ?)`, is, id); err != nil {
			return fmt.Errorf("clear quote links: %w", err)
		}
	}
	if err := sv.exec(`DELETE FROM quotes WHERE article_id = ?`, id); err != nil {
		return fmt.Errorf("clear quotes: %w", err)
	}
	sv.quotesDeleted = true // the largest id may be gone: see quoteInsert
	for _, is := range issues {
		res, err := sv.stmtExec(`DELETE FROM issues WHERE id = ? AND edited = 0
			AND NOT EXISTS (SELECT 1 FROM issue_articles WHERE issue_id = ?)`, is, is)
		if err != nil {
			return fmt.Errorf("clear issue %d: %w", is, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("clear issue %d: %w", is, err)
		} else if n > 0 {
			// What the cascade would have removed with it.
			for _, q := range []string{`DELETE FROM issue_terms WHERE issue_id = ?`, `DELETE FROM issue_quotes WHERE issue_id = ?`} {
				if err := sv.exec(q, is); err != nil {
					return fmt.Errorf("clear issue %d: %w", is, err)
				}
			}
			sv.c.forgetIssue(is)
			continue
		}
		sv.mu.Lock()
		err = refreshLatest(sv.ctx, sv.tx, is)
		sv.mu.Unlock()
		if err != nil {
			return err
		}
		delete(sv.c.issues, is) // its latest changed in SQL: read it again when needed
	}
	return nil
}

// unqueueQuotes queues the removal of article id's quotes from the
// full-text index and takes them off their people's counts.
func (sv *saver) unqueueQuotes(id int64) error {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	st, err := sv.stmt(`SELECT id, person_id FROM quotes WHERE article_id = ?`)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(sv.ctx, id)
	if err != nil {
		return fmt.Errorf("clear quotes: %w", err)
	}
	for rows.Next() {
		var qid int64
		var pid sql.NullInt64
		if err := rows.Scan(&qid, &pid); err != nil {
			rows.Close()
			return fmt.Errorf("clear quotes: %w", err)
		}
		sv.fts = append(sv.fts, ftsOp{quote: true, del: true, lo: qid, hi: qid + 1})
		if pid.Valid {
			sv.counts[pid.Int64]--
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("clear quotes: %w", err)
	}
	return nil
}

type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

// refreshLatest recomputes an issue's latest development from its newest
// linked article.
func refreshLatest(ctx context.Context, db execer, issue int64) error {
	_, err := db.ExecContext(ctx, `UPDATE issues SET
		latest = coalesce((SELECT `+issueEvidenceExpr+` FROM issue_articles ia JOIN articles a ON a.id = ia.article_id
			WHERE ia.issue_id = ?1 ORDER BY ia.published_at DESC, ia.article_id DESC LIMIT 1), ''),
		latest_at = coalesce((SELECT max(published_at) FROM issue_articles WHERE issue_id = ?1), 0)
		WHERE id = ?1`, issue)
	if err != nil {
		return fmt.Errorf("refresh issue %d: %w", issue, err)
	}
	return nil
}

type savedQuote struct {
	id   int64
	norm string // " w1 w2 ... " of text and sentence, for keyword tests
}

func (sv *saver) insertDerived(article, published int64, x *newsbot.Extraction, pp *prepped) error {
	names := map[string]int64{} // canonical name as the extraction wrote it → person
	keys := pp.keys
	if len(keys.people) != len(x.People) { // not prepared by prep: work them out here
		keys = prepKeys{people: make([]string, len(x.People)), words: make([]int, len(x.People)), mentions: make([][]string, len(x.People))}
		for i, p := range x.People {
			keys.people[i] = sv.c.nameKey(p.Name)
			keys.words[i] = countFields(p.Name)
			for _, m := range p.Mentions {
				keys.mentions[i] = append(keys.mentions[i], sv.c.aliasKeyOf(m))
			}
		}
	}
	for i, p := range x.People {
		id, err := sv.personKeyed(p.Name, keys.people[i], keys.words[i], p.Role, p.Gender, p.Mentions)
		if err != nil {
			return err
		}
		if id == 0 {
			continue
		}
		names[p.Name] = id
		for j, m := range p.Mentions {
			if err := sv.aliasKeyed(id, keys.mentions[i][j], m); err != nil {
				return err
			}
		}
	}
	personOf := func(name string, isPerson bool) (int64, error) {
		if name == "" {
			return 0, nil
		}
		if id, ok := names[name]; ok {
			return id, nil
		}
		if !isPerson {
			return 0, nil
		}
		id, err := sv.person(name, "", "")
		if err == nil && id != 0 {
			names[name] = id
		}
		return id, err
	}

	quotes := make([]savedQuote, 0, len(pp.quoteNorms))
	for i, q := range x.Quotes {
		pid, err := personOf(q.Speaker, q.IsPerson)
		if err != nil {
			return err
		}
		var pidArg any
		if pid != 0 {
			pidArg = pid
		}
		speakerKey := ""
		if pid == 0 {
			speakerKey = SpeakerKey(q.Speaker)
		}
		qid := sv.nextQuote
		sv.nextQuote++
		// The sentence is stored as a span of the article text when it is
		// one (always, for the extractors): see migration 0004.
		sentence, sent := q.Sentence, span{}
		if i < len(pp.sentences) && pp.sentences[i].len > 0 {
			sentence, sent = "", pp.sentences[i]
		}
		// Offsets as int64: database/sql converts an int by reflection.
		sv.quoteRows = append(sv.quoteRows,
			article, pidArg, published, q.Speaker, speakerKey, q.Mention, q.Cue, q.Kind, q.Text, int64(q.Start), int64(q.End),
			sentence, int64(sent.start), int64(sent.len))
		if pid != 0 {
			sv.counts[pid]++
		}
		if pp.quoteNorms != nil {
			quotes = append(quotes, savedQuote{id: qid, norm: pp.quoteNorms[i]})
		}
	}

	for i := range x.Trips {
		pid, err := personOf(x.Trips[i].Traveler, true)
		if err != nil {
			return err
		}
		if err := sv.mergeLeg(article, published, pid, &x.Trips[i]); err != nil {
			return err
		}
	}
	found := x.Issues
	if pp.allIssues != nil {
		found = pp.allIssues // with the threads a settling story leaves open
	}
	if len(found) > 0 || len(pp.closings) > 0 {
		return sv.mergeIssues(article, published, found, pp, quotes)
	}
	return nil
}

type cachedPerson struct {
	id                 int64
	name, role, gender string // name is "" for a surname match: never renamed
	words              int    // countFields(name)
	joined             bool   // a lone surname given to a full-name person
}

// plainer says whether a name of words words (countFields) is the same
// person's name as stored with fewer words: the titles dropped.
func (p cachedPerson) plainer(words int) bool {
	return p.name != "" && words < p.words
}

// countFields is len(strings.Fields(s)) without the slice: plainer runs
// for every person an article names (prep counts their words, so that the
// writer compares two numbers).
func countFields(s string) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf { // as unicode.IsSpace reads ASCII
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}

type aliasKey struct {
	person int64
	key    string
}

// person finds or creates the person a name means across articles:
//   - the same name key ("Sir Keir Starmer" = "Keir Starmer") is the same person;
//   - a surname alone joins the only stored full name with that surname, and
//     stays its own row when there are none or several;
//   - a new full name absorbs an earlier surname-only row when it is the
//     only full name with that surname;
//   - but a surname never joins a full name of the other sex, a peer ("Lord
//     Armstrong") never joins or absorbs a commoner ("Bill Armstrong") unless
//     an article named that person by the peerage too, and a royal's or
//     knight's first name ("Prince Charles") is no surname ("Ray Charles").
//
// Returns 0 when the name has nothing name-like.
func (sv *saver) person(name, role, gender string) (int64, error) {
	return sv.personKeyed(name, sv.c.nameKey(name), countFields(name), role, gender, []string{name})
}

// personKeyed is person for a name whose NameKey is key and which has
// words words (countFields), written in the article as mentions.
func (sv *saver) personKeyed(name, key string, words int, role, gender string, mentions []string) (int64, error) {
	if key == "" {
		return 0, nil
	}
	name = strings.TrimSpace(name)
	cached, ok := sv.c.people[key]
	var side titled
	if ok && cached.joined {
		side = titledAs(key, mentions)
	}
	if ok && cached.joined && !side.fits(cached.gender, false) {
		// A surname joined to a full name earlier: this one may be another
		// person of that surname, so look again.
		ok, cached = false, cachedPerson{}
	}
	if ok && (role == "" || role == cached.role) && (gender == "" || cached.gender != "") && !cached.plainer(words) {
		return cached.id, nil
	}
	id := cached.id
	if !ok {
		err := sv.queryRow(`SELECT id, name, role, gender FROM people WHERE name_key = ?`, key).
			Scan(&id, &cached.name, &cached.role, &cached.gender)
		switch {
		case err == nil:
			ok = true
			cached.words = countFields(cached.name)
			if p, pending := sv.roles[id]; pending {
				cached.role, cached.gender = p.over(cached.role, cached.gender)
			}
		case !errors.Is(err, sql.ErrNoRows):
			return 0, fmt.Errorf("look up person %q: %w", name, err)
		}
	}
	if ok && cached.plainer(words) {
		// "Keir Starmer" reads better than "Sir Keir Starmer" as the name.
		sv.c.changed[id] = true
		if err := sv.exec(`UPDATE people SET name = ? WHERE id = ?`, name, id); err != nil {
			return 0, fmt.Errorf("rename person %q: %w", name, err)
		}
		cached.name, cached.words = name, words
	}
	surname := surnameOf(key)
	full := surname != key
	byTitle := false // matched through how the name was written, not its key: do not cache
	joined := false  // a surname matched to a full name
	if !ok && !full {
		var ids []int64
		var err error
		if !givenNameTitle(name) {
			if ids, err = sv.surnameMatches(surname, titledAs(key, mentions)); err != nil {
				return 0, fmt.Errorf("look up surname %q: %w", name, err)
			}
			joined = len(ids) == 1
		}
		if len(ids) == 0 {
			// "Sir Keir" (a knight by first name) or "Xi" (family name
			// first): a first word the people extractor calls the same name.
			if ids, err = sv.firstNameMatches(name, key); err != nil {
				return 0, err
			}
			byTitle = len(ids) == 1
		}
		if len(ids) == 1 {
			id, ok = ids[0], true
			if err := sv.alias(id, name); err != nil {
				return 0, err
			}
		}
	}
	if !ok && full {
		// "Vince Cable" for a stored "Vincent Cable", "George W Bush" for
		// "George Bush": the same person when the archive holds one such.
		vid, err := sv.variantOf(key, surname)
		if err != nil {
			return 0, fmt.Errorf("look up %q: %w", name, err)
		}
		if vid != 0 {
			id, ok = vid, true
			if err := sv.alias(id, name); err != nil {
				return 0, err
			}
		}
	}
	if ok && cached.role != "" && affiliationOnly(role) {
		// "of the nurses' union" says only whom a person speaks for: it
		// does not replace an office another article gave.
		role = ""
	}
	if !ok {
		res, err := sv.stmtExec(`INSERT INTO people(name, name_key, surname, full_name, role, gender) VALUES (?,?,?,?,?,?)`,
			name, key, surname, full, role, gender)
		if err != nil {
			return 0, fmt.Errorf("insert person %q: %w", name, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, fmt.Errorf("insert person %q: %w", name, err)
		}
		if full {
			if err := sv.absorbSurname(id, surname, gender, mentions); err != nil {
				return 0, err
			}
		}
		cached = cachedPerson{name: name, role: role, gender: gender, words: words}
	} else if (role != "" && role != cached.role) || (gender != "" && cached.gender == "") {
		// The latest article's role wins: titles change (minister → prime minister).
		if role != "" {
			cached.role = role
		}
		if cached.gender == "" {
			cached.gender = gender
		}
		sv.c.changed[id] = true
		// Written by flushCounts.
		sv.roles[id] = sv.roles[id].add(role, gender)
	}
	if !byTitle {
		cached.id = id
		cached.joined = cached.joined || joined
		sv.c.people[key] = cached
	}
	return id, nil
}

// variantOf is the one stored full name with surname that spells the full
// name key differently (see sameFullName), or 0 when there is none or more
// than one. A familiar first name ("Andy" for "Andrew") joins only under a
// surname few stored people share (familiarSurnameMax): the more people
// carry a surname, the likelier "Andy Scott" is a namesake of "Andrew
// Scott" rather than he.
func (sv *saver) variantOf(key, surname string) (int64, error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	st, err := sv.stmt(`SELECT id, name_key FROM people WHERE surname = ? AND full_name = 1 LIMIT 200`)
	if err != nil {
		return 0, err
	}
	rows, err := st.QueryContext(sv.ctx, surname)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var found int64
	n, byFamiliar := 0, false
	for rows.Next() {
		var id int64
		var other string
		if err := rows.Scan(&id, &other); err != nil {
			return 0, err
		}
		n++
		if same, familiar := sameFullName(key, other); same && other != key {
			if found != 0 {
				return 0, rows.Close() // two candidates: never guess
			}
			found, byFamiliar = id, familiar
		}
	}
	if byFamiliar && n > familiarSurnameMax {
		return 0, rows.Err()
	}
	return found, rows.Err()
}

// familiarSurnameMax is how many stored full names may share a surname for
// a familiar first name to join one of them.
const familiarSurnameMax = 3

// surnameMatches lists the stored full names a lone surname, titled so in
// its article, may join: the only one with that surname, when it fits.
func (sv *saver) surnameMatches(surname string, side titled) ([]int64, error) {
	ids, err := sv.queryInts(`SELECT id FROM people WHERE surname = ? AND full_name = 1 LIMIT 2`, surname)
	if err != nil || len(ids) != 1 {
		return ids, err
	}
	var gender string
	if err := sv.queryRow(`SELECT gender FROM people WHERE id = ?`, ids[0]).Scan(&gender); err != nil {
		return nil, fmt.Errorf("person %d: %w", ids[0], err)
	}
	aliases, err := sv.queryStrings(`SELECT alias FROM person_aliases WHERE person_id = ?`, ids[0])
	if err != nil {
		return nil, fmt.Errorf("aliases of %d: %w", ids[0], err)
	}
	if !side.fits(gender, titledAs(surname, aliases).peer) {
		return nil, nil
	}
	return ids, nil
}

// titled is what the titles written before a lone surname tell of the
// person: a peer ("Lord Armstrong") and the sex ("Mrs Pearce"). The sex
// comes from titles only: a pronoun resolved to a surname is too often
// someone else's.
type titled struct {
	peer   bool
	gender string // "m", "f" or "" when no title says
}

// fits says whether a full-name person of sex gender, called by a peerage
// or not, may be the person so titled: a peer and a commoner sharing a
// surname are two people far more often than one (a minister made a peer
// is named both ways in the article that says so, which makes an alias).
func (t titled) fits(gender string, peer bool) bool {
	if t.gender != "" && gender != "" && t.gender != gender {
		return false
	}
	return t.peer == peer
}

// peerTitles go with the surname or a territorial name.
var peerTitles = map[string]bool{
	"lord": true, "baroness": true, "viscount": true, "viscountess": true, "baron": true,
	"earl": true, "countess": true, "marquess": true,
}

// peerAliasKey is the alias key of mention m, whose NameKey is key: a
// peer's title stays in it ("lord armstrong"), so that the alias "Lord
// Armstrong" is kept beside a plain "Armstrong" (aliases are one per key)
// and a later article can tell the peer from a commoner of that surname.
func peerAliasKey(m, key string) string {
	if key == "" || strings.Contains(key, " ") {
		return key
	}
	title, rest, ok := strings.Cut(m, " ")
	if t := strings.ToLower(title); ok && peerTitles[t] && NameKey(rest) == key {
		return t + " " + key
	}
	return key
}

// sexTitles say the sex of the person they go with.
var sexTitles = map[string]string{
	"mr": "m", "sir": "m", "lord": "m", "baron": "m", "viscount": "m", "earl": "m", "marquess": "m",
	"mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "baroness": "f", "viscountess": "f", "countess": "f",
}

// titledAs reads the titles written right before the surname of key (its
// last word) in mentions: "Lord Armstrong", "Home Office minister Lord
// Bach", "Mrs Pearce".
func titledAs(key string, mentions []string) titled {
	var t titled
	surname := surnameOf(key)
	if surname == "" {
		return t
	}
	for _, m := range mentions {
		f := strings.Fields(m)
		for i := 0; i+1 < len(f); i++ {
			title := strings.ToLower(strings.TrimSuffix(f[i], "."))
			if NameKey(strings.Join(f[i+1:], " ")) != surname {
				continue
			}
			if peerTitles[title] {
				t.peer = true
			}
			if g := sexTitles[title]; g != "" && t.gender == "" {
				t.gender = g
			}
		}
	}
	return t
}

// givenNameTitles go with a first name: "Prince Charles", "Sir Alex",
// "Queen Rania", "Pope Benedict", "Sheikh Mohammed".
var givenNameTitles = map[string]bool{
	"prince": true, "princess": true, "king": true, "queen": true, "sir": true, "dame": true,
	"pope": true, "emperor": true, "empress": true, "sheikh": true, "sheik": true,
}

// givenNameTitle says whether name opens with a title of the first name.
func givenNameTitle(name string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	return givenNameTitles[strings.ToLower(first)]
}

// firstNameMatches lists (up to two) stored full names starting with the
// one-word key that people.SameName accepts as the same name as written.
func (sv *saver) firstNameMatches(name, key string) ([]int64, error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	st, err := sv.stmt(`SELECT id, name FROM people WHERE name_key > ? AND name_key < ? AND full_name = 1 LIMIT 3`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(sv.ctx, key+" ", keyUpper(key+" "))
	if err != nil {
		return nil, fmt.Errorf("look up first name %q: %w", name, err)
	}
	defer rows.Close()
	var ids []int64
	n := 0
	for rows.Next() {
		var id int64
		var full string
		if err := rows.Scan(&id, &full); err != nil {
			return nil, fmt.Errorf("look up first name %q: %w", name, err)
		}
		n++
		if people.SameName(name, full) {
			ids = append(ids, id)
		}
	}
	if n > 2 { // three people called "Keir ...": never guess
		return nil, rows.Err()
	}
	return ids, rows.Err()
}

// absorbSurname folds a surname-only person into the new full-name person
// id (of sex gender, written as mentions) when id is the only full name
// with that surname and the surname row fits it (see titled).
func (sv *saver) absorbSurname(id int64, surname, gender string, mentions []string) error {
	fulls, err := sv.queryInts(`SELECT id FROM people WHERE surname = ? AND full_name = 1 LIMIT 2`, surname)
	if err != nil || len(fulls) != 1 {
		return err
	}
	var old int64
	var oldName string
	err = sv.queryRow(`SELECT id, name FROM people WHERE name_key = ?`, surname).Scan(&old, &oldName)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("absorb %q: %w", surname, err)
	}
	aliases, err := sv.queryStrings(`SELECT alias FROM person_aliases WHERE person_id = ?`, old)
	if err != nil {
		return fmt.Errorf("absorb %q: %w", surname, err)
	}
	if !titledAs(surname, aliases).fits(gender, titledAs(surname, mentions).peer) {
		return nil
	}
	// The batch's quotes first: the moved ones must be in place, and carry
	// their count with them.
	if err := sv.flushQuotes(); err != nil {
		return err
	}
	if err := sv.flushCounts(); err != nil {
		return err
	}
	for _, q := range []string{
		`UPDATE people SET quote_count = quote_count + (SELECT quote_count FROM people WHERE id = ?2) WHERE id = ?1`,
		`UPDATE quotes SET person_id = ?1 WHERE person_id = ?2`,
		`UPDATE legs SET person_id = ?1 WHERE person_id = ?2`,
		`INSERT OR IGNORE INTO person_aliases(person_id, alias_key, alias) SELECT ?1, alias_key, alias FROM person_aliases WHERE person_id = ?2`,
		`UPDATE people SET role = (SELECT role FROM people WHERE id = ?2) WHERE id = ?1 AND role = ''`,
		`DELETE FROM person_aliases WHERE person_id = ?2`, // no cascade in a batch (see SavePrepared)
		`DELETE FROM people WHERE id = ?2`,
	} {
		if err := sv.exec(q, id, old); err != nil {
			return fmt.Errorf("absorb %q: %w", surname, err)
		}
	}
	sv.c.forgetPerson(old)  // the surname now means the full-name person
	sv.c.changed[id] = true // may have taken the surname row's role
	return sv.alias(id, oldName)
}

// alias records a mention of person id when it is a name ("Sir Keir",
// "Starmer"); pronouns and descriptions are not aliases.
func (sv *saver) alias(id int64, mention string) error {
	return sv.aliasKeyed(id, sv.c.aliasKeyOf(mention), mention)
}

// aliasKeyed is alias for a mention whose alias key (aliasKeyOf) is key.
func (sv *saver) aliasKeyed(id int64, key, mention string) error {
	if key == "" || sv.c.aliases[aliasKey{id, key}] {
		return nil
	}
	mention = strings.TrimSpace(mention)
	sv.c.aliases[aliasKey{id, key}] = true
	if err := sv.exec(`INSERT OR IGNORE INTO person_aliases(person_id, alias_key, alias) VALUES (?,?,?)`, id, key, mention); err != nil {
		return fmt.Errorf("alias %q: %w", mention, err)
	}
	return nil
}

// parseDay is the first day of a TIMEX3 date value ("2026-01-30", "2026-01",
// "2026-W06", "2026"), as unix seconds; ok false when it names no day.
func parseDay(v string) (int64, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t.Unix(), true
		}
	}
	if len(v) == 8 && v[4:6] == "-W" {
		var y, w int
		if _, err := fmt.Sscanf(v, "%4d-W%2d", &y, &w); err == nil && w >= 1 && w <= 53 {
			// ISO week 1 holds 4 January; its Monday starts the week.
			jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
			return monday.AddDate(0, 0, 7*(w-1)).Unix(), true
		}
	}
	if len(v) == 7 {
		if t, err := time.Parse("2006-01", v); err == nil {
			return t.Unix(), true
		}
	}
	if len(v) == 4 {
		if t, err := time.Parse("2006", v); err == nil {
			return t.Unix(), true
		}
	}
	return 0, false
}

// mergeLeg stores trip t reported by article. Another report of the same
// leg (same traveler and place, and the same date or one of them undated)
// is merged into one leg, whose fields come from the newest article.
func (sv *saver) mergeLeg(article, published, person int64, t *newsbot.Trip) error {
	pk := placeKey(t.Place)
	if pk == "" {
		return nil
	}
	date := strings.TrimSpace(t.Date)
	var dayArg any
	if d, ok := parseDay(date); ok {
		dayArg = d
	}
	counterparts, err := json.Marshal(nonNil(t.Counterparts))
	if err != nil {
		return fmt.Errorf("leg counterparts: %w", err)
	}
	var personArg any
	if person != 0 {
		personArg = person
	}

	var leg, infoPub int64
	var legDate string
	found := false
	if person != 0 {
		var err error
		if date != "" {
			err = sv.queryRow(legMergeDatedQuery, person, pk, date).Scan(&leg, &legDate, &infoPub)
		} else {
			err = sv.queryRow(legMergeUndatedQuery, person, pk).Scan(&leg, &legDate, &infoPub)
		}
		switch {
		case err == nil:
			found = true
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("look up leg: %w", err)
		}
	}

	switch {
	case !found:
		res, err := sv.stmtExec(`INSERT INTO legs(person_id, traveler, place, place_key, country, date, day, after, when_text,
			status, what, counterparts, evidence, start, "end", info_published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			personArg, t.Traveler, t.Place, pk, t.Country, date, dayArg, t.After, t.WhenText,
			t.Status, t.What, string(counterparts), t.Evidence, t.Start, t.End, published)
		if err != nil {
			return fmt.Errorf("insert leg: %w", err)
		}
		if leg, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("insert leg: %w", err)
		}
	case published >= infoPub:
		// Newer news wins, but an undated report does not erase a date.
		// place keeps its first spelling: the key is the same by construction.
		if err := sv.exec(`UPDATE legs SET traveler = ?1, country = CASE WHEN ?3 <> '' THEN ?3 ELSE country END,
			date = CASE WHEN ?4 <> '' THEN ?4 ELSE date END, day = CASE WHEN ?4 <> '' THEN ?5 ELSE day END,
			after = ?6, when_text = CASE WHEN ?4 <> '' OR when_text = '' THEN ?7 ELSE when_text END,
			status = CASE WHEN ?8 <> '' THEN ?8 ELSE status END, what = CASE WHEN ?9 <> '' THEN ?9 ELSE what END,
			counterparts = CASE WHEN ?10 <> '[]' THEN ?10 ELSE counterparts END, evidence = ?11, start = ?12, "end" = ?13,
			info_published = ?14 WHERE id = ?15`,
			t.Traveler, t.Place, t.Country, date, dayArg, t.After, t.WhenText, t.Status, t.What,
			string(counterparts), t.Evidence, t.Start, t.End, published, leg); err != nil {
			return fmt.Errorf("update leg: %w", err)
		}
	default:
		// Older news only fills gaps.
		if err := sv.exec(`UPDATE legs SET country = CASE WHEN country = '' THEN ?1 ELSE country END,
			date = CASE WHEN date = '' THEN ?2 ELSE date END, day = CASE WHEN date = '' THEN ?3 ELSE day END,
			when_text = CASE WHEN date = '' AND ?2 <> '' THEN ?4 ELSE when_text END,
			what = CASE WHEN what = '' THEN ?5 ELSE what END,
			counterparts = CASE WHEN counterparts = '[]' THEN ?6 ELSE counterparts END
			WHERE id = ?7`, t.Country, date, dayArg, t.WhenText, t.What, string(counterparts), leg); err != nil {
			return fmt.Errorf("update leg: %w", err)
		}
	}
	if err := sv.exec(`INSERT OR IGNORE INTO leg_sources(leg_id, article_id, published_at) VALUES (?,?,?)`, leg, article, published); err != nil {
		return fmt.Errorf("insert leg source: %w", err)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
