package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
)

// SaveArticles stores a batch in one transaction. An article whose
// normalised text is already stored is Skipped (whatever its URL); one whose
// canonical URL is stored with other text is Updated: the row is rewritten
// and every derived row (quotes, leg sources, issue links) replaced. Any
// error rolls the whole batch back.
func (s *Store) SaveArticles(ctx context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error) {
	return s.SavePrepared(ctx, s.PrepareBatch(batch))
}

// PreparedBatch is a batch with the text work of saving done (PrepareBatch),
// ready for the write (SavePrepared).
type PreparedBatch struct {
	batch []newsbot.Analysed
	pp    []prepped
}

// PrepareBatch does the part of saving batch that needs no database: word
// forms for issue merging, on all cores. A bulk loader prepares the next
// batch while SavePrepared writes this one, which keeps that work off the
// single writer's path. It does not look at the store's contents, so any
// number of batches may be prepared ahead.
func (s *Store) PrepareBatch(batch []newsbot.Analysed) *PreparedBatch {
	for _, a := range batch {
		if strings.TrimSpace(a.Article.Text) == "" {
			return &PreparedBatch{batch: batch} // SavePrepared reports it
		}
	}
	return &PreparedBatch{batch: batch, pp: prepBatch(batch, nil, s.names)}
}

// ErrNotDuplicate says that an article PrepareBatchDups was told repeats
// an earlier one would not have been skipped: the batch was rolled back,
// and the caller must analyse the article and save the batch again.
var ErrNotDuplicate = errors.New("an article presumed a duplicate is not stored yet")

// PrepareBatchDups is PrepareBatch for a batch in which dup[i] says that
// batch[i] repeats the normalised text (Article.Hash) of an article saved
// before it, and was not analysed: saving skips an article whose text is
// stored whatever its extraction, so a bulk load need not extract
// repeats. SavePrepared checks the claim: should such an article not be
// skipped after all (the earlier one was never stored, or an update
// rewrote its text since), nothing of the batch is stored and it returns
// ErrNotDuplicate.
func (s *Store) PrepareBatchDups(batch []newsbot.Analysed, dup []bool) *PreparedBatch {
	for _, a := range batch {
		if strings.TrimSpace(a.Article.Text) == "" {
			return &PreparedBatch{batch: batch} // SavePrepared reports it
		}
	}
	return &PreparedBatch{batch: batch, pp: prepBatch(batch, dup, s.names)}
}

// SavePrepared is SaveArticles for a batch PrepareBatch prepared.
func (s *Store) SavePrepared(ctx context.Context, b *PreparedBatch) (out []newsbot.SaveResult, err error) {
	if b == nil {
		return nil, nil
	}
	batch, pp := b.batch, b.pp
	if len(batch) == 0 {
		return nil, nil
	}
	for i, a := range batch {
		if strings.TrimSpace(a.Article.Text) == "" {
			return nil, fmt.Errorf("save articles: item %d (%s): empty text: %w", i, describe(a.Article), newsbot.ErrBadInput)
		}
	}
	if len(pp) != len(batch) {
		return nil, errors.New("save articles: batch not prepared")
	}
	out = make([]newsbot.SaveResult, 0, len(batch))
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.bulk != nil {
		if err := s.bulk.failed(); err != nil {
			return nil, fmt.Errorf("save articles: %w", err)
		}
	}
	pruned := s.ftsPruned
	var fresh []string // statements the batch prepared for itself
	if err := s.ws.prepare(ctx, s.w); err != nil {
		return nil, fmt.Errorf("save articles: %w", err)
	}
	// A batch runs with foreign key enforcement off (a connection setting,
	// outside any transaction; wmu keeps other writes out meanwhile): every
	// row a batch inserts names an article, person, issue or quote the
	// batch has just read or created, and the checks were tens of index
	// look-ups per article. The few deletes do the cascades' work
	// themselves (clearDerived, absorbSurname). IntegrityCheck runs the
	// foreign key check. During a bulk load it stays off from batch to
	// batch: switching it expires every statement prepared on the
	// connection, and the kept ones (stmts.go) would be compiled again.
	if !s.fkOff {
		if _, err := s.w.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
			return nil, fmt.Errorf("save articles: %w", err)
		}
		s.fkOff = true
	}
	defer func() {
		if s.bulk != nil && err == nil {
			return
		}
		// Before wmu is released: editors' writes rely on cascades.
		if fkErr := s.foreignKeysOn(context.WithoutCancel(ctx)); fkErr != nil && err == nil {
			out, err = nil, fmt.Errorf("save articles: %w", fkErr)
		}
	}()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		c, err := s.writeCacheFor(ctx, tx)
		if err != nil {
			return err
		}
		// The transaction holds the write lock, so its statements never
		// wait: they run without ctx (a cancellable context costs a watcher
		// goroutine per statement in the driver), and ctx is checked
		// between articles instead.
		sv, err := newSaver(context.WithoutCancel(ctx), tx, s.now(), c)
		if err != nil {
			return err
		}
		// The batch's quote rows wait until its end: room for all of them
		// at once, instead of growing the slice a dozen times.
		nq := 0
		for i := range batch {
			nq += len(batch[i].Extraction.Quotes)
		}
		sv.quoteRows = make([]any, 0, nq*quoteCols)
		defer sv.close()
		sv.pruneTo, sv.pruned = s.fts.done.Load(), s.ftsPruned
		sv.kept = s.ws
		if !s.inlineMerges {
			sv.startMerger()
		}
		for i := range batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			if i > 0 && i%mergeEpoch == 0 {
				sv.trimMerged()
			}
			res, err := sv.save(&batch[i], &pp[i])
			if err != nil {
				return fmt.Errorf("item %d (%s): %w", i, describe(batch[i].Article), err)
			}
			out = append(out, res)
		}
		if err := sv.flushOwn(); err != nil {
			return err
		}
		if err := sv.stopMerger(); err != nil {
			return err
		}
		if err := sv.flush(); err != nil {
			return err
		}
		pruned, fresh = sv.pruned, sv.fresh
		return nil
	})
	if err != nil {
		s.dropWriteCache() // it may hold rows the rollback took back
		return nil, fmt.Errorf("save articles: %w", err)
	}
	s.ftsPruned = pruned
	s.ws.used(fresh)
	// The batch is stored; its full-text entries follow on the index
	// file's connection: in the background during a bulk load, else
	// before returning, so that what was saved is searchable.
	if s.bulk != nil {
		s.bulk.notify()
		return out, nil
	}
	if err := s.fts.sync(ctx); err != nil {
		return out, fmt.Errorf("save articles: stored, but %w", err)
	}
	return out, nil
}

// mergeEpoch is how many articles of a batch share what the write cache
// decided (candidate lists grown by the batch's own issues, surnames
// resolved to full names): a bigger batch starts afresh every mergeEpoch
// articles, as a new batch would. Merging then depends on the input order
// alone, not on the batch size, as long as that is a multiple of 500
// (ingest's default is 1,000): a bulk load's faster bigger batches store
// the same rows as 500-article ones.
const mergeEpoch = 500

func describe(a newsbot.Article) string {
	switch {
	case a.CanonicalURL != "":
		return a.CanonicalURL
	case a.URL != "":
		return a.URL
	case a.ExternalID != "":
		return "id " + a.ExternalID
	case a.Title != "":
		return fmt.Sprintf("%q", a.Title)
	}
	return "untitled"
}

func (sv *saver) save(an *newsbot.Analysed, pp *prepped) (newsbot.SaveResult, error) {
	a := an.Article
	hash := a.Hash
	if hash == "" {
		hash = TextHash(a.Text)
	}
	canon := strings.TrimSpace(a.CanonicalURL)
	if canon == "" {
		canon = strings.TrimSpace(a.URL)
	}
	var canonArg any
	if canon != "" {
		canonArg = canon
	}
	ingested := a.IngestedAt
	if ingested.IsZero() {
		ingested = sv.now
	}
	published, assumed := a.Published, a.PublishedAssumed
	if published.IsZero() {
		published, assumed = ingested, true
	}

	// A new article (most of a load) is inserted straight away: the
	// insert's own uniqueness checks are the duplicate check, and the
	// index searches they make place the new entries. Only when the text
	// or the URL is already stored (nothing inserted) does the look-up say
	// which.
	id := sv.nextArticle
	res, err := sv.stmtExec(`INSERT INTO articles(id, url, canonical_url, outlet, source, external_id, title, byline,
		published_at, published_assumed, ingested_at, hash, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING`,
		id, a.URL, canonArg, a.Outlet, a.Source, a.ExternalID, a.Title, a.Byline,
		published.Unix(), assumed, ingested.Unix(), hash, a.Text)
	if err != nil {
		return newsbot.SaveResult{}, fmt.Errorf("insert article: %w", err)
	}
	inserted, err := res.RowsAffected()
	if err != nil {
		return newsbot.SaveResult{}, fmt.Errorf("insert article: %w", err)
	}
	outcome := newsbot.Added
	if inserted == 1 {
		if pp.dupOnly {
			return newsbot.SaveResult{}, ErrNotDuplicate
		}
		sv.nextArticle++ // indexed by range in flushFTS
	} else {
		// One statement for both look-ups: a round trip through
		// database/sql and the driver costs as much as the index search.
		var byHash, byURL sql.NullInt64
		if err := sv.queryRow(articleLookupQuery, hash, canonArg).Scan(&byHash, &byURL); err != nil {
			return newsbot.SaveResult{}, fmt.Errorf("look up article: %w", err)
		}
		if byHash.Valid {
			return newsbot.SaveResult{ArticleID: byHash.Int64, Outcome: newsbot.Skipped}, nil
		}
		if pp.dupOnly {
			return newsbot.SaveResult{}, ErrNotDuplicate
		}
		if !byURL.Valid { // canonArg is nil without a URL, and matches nothing
			return newsbot.SaveResult{}, fmt.Errorf("insert article: not inserted, yet neither its text nor its URL is stored")
		}
		id, outcome = byURL.Int64, newsbot.Updated
		// The old version's rows may still wait in the batch (the same URL
		// twice in one batch): write them, so that they are cleared too,
		// once the merger has caught up (its links and issues are cleared).
		if err := sv.drain(); err != nil {
			return newsbot.SaveResult{}, err
		}
		if err := sv.flush(); err != nil {
			return newsbot.SaveResult{}, err
		}
		sv.fts = append(sv.fts, ftsOp{del: true, lo: id, hi: id + 1})
		if err := sv.exec(`UPDATE articles SET url = ?, outlet = ?, source = ?, external_id = ?, title = ?, byline = ?,
			published_at = ?, published_assumed = ?, ingested_at = ?, hash = ?, text = ? WHERE id = ?`,
			a.URL, a.Outlet, a.Source, a.ExternalID, a.Title, a.Byline,
			published.Unix(), assumed, ingested.Unix(), hash, a.Text, id); err != nil {
			return newsbot.SaveResult{}, fmt.Errorf("update article: %w", err)
		}
		if err := sv.clearDerived(id); err != nil {
			return newsbot.SaveResult{}, err
		}
		sv.fts = append(sv.fts, ftsOp{lo: id, hi: id + 1})
	}
	if err := sv.insertDerived(id, published.Unix(), &an.Extraction, pp); err != nil {
		return newsbot.SaveResult{}, err
	}
	return newsbot.SaveResult{ArticleID: id, Outcome: outcome}, nil
}

// Article returns one stored article.
func (s *Store) Article(ctx context.Context, id int64) (*newsbot.Article, error) {
	var a newsbot.Article
	var canon sql.NullString
	var pub, ing int64
	err := s.rq.QueryRowContext(ctx, `SELECT id, url, canonical_url, outlet, source, external_id, title, byline,
		published_at, published_assumed, ingested_at, hash, text FROM articles WHERE id = ?`, id).
		Scan(&a.ID, &a.URL, &canon, &a.Outlet, &a.Source, &a.ExternalID, &a.Title, &a.Byline,
			&pub, &a.PublishedAssumed, &ing, &a.Hash, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("article", id)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a.CanonicalURL = canon.String
	a.Published, a.IngestedAt = fromUnix(pub), fromUnix(ing)
	return &a, nil
}

// CountArticles is the number of stored articles.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	// max(id) would be O(1) but wrong after deletes; count(*) on the smallest
	// index is fast enough for a status line.
	if err := s.rq.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// passageRankCap bounds how many matches bm25 ranks. The article index
// keeps no word positions (detail=column, for ingest speed), so bm25
// re-reads each candidate's text: ranking every match of a common word
// would grow with the archive. The newest-stored matches are ranked, which
// also favours recent coverage, as a newsroom wants.
const passageRankCap = 200

// SearchPassages finds articles holding every word of query (user text, not
// FTS syntax), best match first, and returns from each the sentence that
// holds the most query words.
func (s *Store) SearchPassages(ctx context.Context, query string, limit int) ([]newsbot.Passage, error) {
	q := ftsAll(query)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 || limit > 100 {
		limit = 10
	}
	rows, err := s.rq.QueryContext(ctx, passagesQuery, q, passageRankCap, limit)
	if err != nil && strings.Contains(err.Error(), errMultiToken) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("search passages: %w", err)
	}
	defer rows.Close()
	words := map[string]bool{}
	for _, w := range ftsWords(query) {
		words[foldWord(w)] = true
	}
	var out []newsbot.Passage
	for rows.Next() {
		var p newsbot.Passage
		var pub int64
		var body string
		if err := rows.Scan(&p.Article.ID, &p.Article.Title, &p.Article.URL, &p.Article.Outlet, &pub, &body, &p.Rank); err != nil {
			return nil, fmt.Errorf("search passages: %w", err)
		}
		p.Article.Published = fromUnix(pub)
		p.Text = bestSentence(body, words)
		// bm25 ranks are negative, better is lower; report higher-is-better.
		p.Rank = -p.Rank
		out = append(out, p)
	}
	if err := rows.Err(); err != nil && strings.Contains(err.Error(), errMultiToken) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("search passages: %w", err)
	}
	return out, nil
}

// SearchPassagesBetween finds articles holding every word of query (user
// text, not FTS syntax) published in [from, to) (a zero bound is open),
// newest published first, at most limit (default 10), each shown by the
// sentence that holds the most query words. Like SearchPassages it reads
// the passageRankCap most recently stored matches; unlike it, it does not
// rank them: a question about a window (what was reported of a trip before
// its day) wants the window's reports, not the best of the archive.
func (s *Store) SearchPassagesBetween(ctx context.Context, query string, from, to time.Time, limit int) ([]newsbot.Passage, error) {
	q := ftsAll(query)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 || limit > 100 {
		limit = 10
	}
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if !from.IsZero() {
		lo = from.Unix()
	}
	if !to.IsZero() {
		hi = to.Unix()
	}
	rows, err := s.rq.QueryContext(ctx, passagesBetweenQuery, q, passageRankCap, lo, hi)
	if err != nil && strings.Contains(err.Error(), errMultiToken) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("search passages between: %w", err)
	}
	type match struct{ id, pub int64 }
	var ms []match
	for rows.Next() {
		var m match
		if err := rows.Scan(&m.id, &m.pub); err != nil {
			rows.Close()
			return nil, fmt.Errorf("search passages between: %w", err)
		}
		ms = append(ms, m)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		if strings.Contains(err.Error(), errMultiToken) {
			return nil, nil
		}
		return nil, fmt.Errorf("search passages between: %w", err)
	}
	slices.SortFunc(ms, func(a, b match) int { return cmp.Or(cmp.Compare(b.pub, a.pub), cmp.Compare(b.id, a.id)) })
	words := map[string]bool{}
	for _, w := range ftsWords(query) {
		words[foldWord(w)] = true
	}
	out := make([]newsbot.Passage, 0, min(len(ms), limit))
	for _, m := range ms[:min(len(ms), limit)] {
		p := newsbot.Passage{Article: newsbot.ArticleRef{ID: m.id, Published: fromUnix(m.pub)}}
		var body string
		err := s.rq.QueryRowContext(ctx, passageQuery, m.id).Scan(&p.Article.Title, &p.Article.URL, &p.Article.Outlet, &body)
		if errors.Is(err, sql.ErrNoRows) {
			continue // deleted since the search
		}
		if err != nil {
			return nil, fmt.Errorf("search passages between: article %d: %w", m.id, err)
		}
		p.Text = bestSentence(body, words)
		out = append(out, p)
	}
	return out, nil
}

func foldWord(w string) string {
	if t := terms(w); len(t) > 0 {
		return t[0]
	}
	return strings.ToLower(w)
}

// bestSentence picks the sentence of body holding the most distinct query
// words (the first such on ties); the title match case falls back to the
// first sentence.
func bestSentence(body string, words map[string]bool) string {
	sents := text.Sentences(body)
	if len(sents) == 0 {
		return ""
	}
	best, bestN := 0, 0
	for i, sp := range sents {
		seen := map[string]bool{}
		for _, w := range ftsWords(sp.Text) {
			if fw := foldWord(w); words[fw] {
				seen[fw] = true
			}
		}
		if len(seen) > bestN {
			best, bestN = i, len(seen)
		}
	}
	return sents[best].Text
}

// sortedKeys returns m's keys in order, for deterministic writes.
func sortedKeys[V any](m map[int64]V) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
