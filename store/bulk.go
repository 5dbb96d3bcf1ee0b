package store

import (
	"context"
	"errors"
	"fmt"
)

// Writer settings for a bulk load (bot ingest of an archive): hundreds of
// batches in a row, each inserting at random places in indexes that
// outgrow the serving page cache (articles by hash, quotes by person,
// issue links by issue) and adding segments to both full-text indexes.
// Over 100k BBC replica articles, the checkpoint interval, automerge and
// hashsize together took ~15 % off the writer's CPU time; the cache made
// no measurable difference there (the OS page cache holds the file) and is
// for the hot index pages of far bigger archives.
const (
	// bulkCacheKiB is the writer's page cache during the load. Readers keep
	// their small caches (serving RSS), and the end of the load gives the
	// memory back.
	bulkCacheKiB = 128 * 1024
	// bulkFTSCacheKiB is the index connection's: segment merges read
	// back what the last few batches wrote.
	bulkFTSCacheKiB = 64 * 1024
	// bulkCheckpointPages lets the WAL grow to ~128 MB between checkpoints:
	// pages that batch after batch rewrites (index interiors, the hot leaf
	// of each person's quotes and each issue's links, FTS structure) are
	// copied into the database once per checkpoint, not once per batch.
	bulkCheckpointPages = 32000
	// bulkCheckpointBatches is how many batches go by between checkpoints
	// of the main file, which the index worker runs (see ftsWorker): ~7,000
	// pages a batch at 100k articles, so about bulkCheckpointPages. The
	// writer's own autocheckpoint stays as a backstop at
	// bulkWriterCheckpointPages, should the worker fall behind.
	bulkCheckpointBatches = 4
	// bulkSyncBatches is how many batches the index worker lets the queue
	// gather before indexing them together (see ftsWorker).
	bulkSyncBatches           = 4
	bulkWriterCheckpointPages = 4 * bulkCheckpointPages
	// bulkAutomerge lets FTS5 gather 8 segments of a level before merging
	// them (default 4): fewer levels, so each posting is rewritten fewer
	// times. Queries read a few more segments until ordinary writes merge
	// them back to the default (automerge is restored at the end).
	bulkAutomerge    = 8
	defaultAutomerge = 4
	// bulkHashSize lets FTS5 hold a whole batch's terms in memory (default
	// 1 MB, less than one batch of articles) and write them as one segment
	// at commit: fewer, bigger level-0 segments, so less merging.
	bulkHashSize    = 16 << 20
	defaultHashSize = 1 << 20
	// bulkOptimizeGrowth: a load that grew the quote index by at least this
	// share of the rows it held before ends by merging it into one segment
	// (FTS5 'optimize'). A lookup reads every segment: at 1M, /whosaid NAME
	// about TOPIC probes a person's newest quotes one by one, and with the
	// load's 12 segments merged into one its median fell 2.3 → 0.7 ms;
	// the merge took 9 CPU-s there (1% of the load). It rewrites the whole
	// index, so a small load into a big archive leaves it to automerge.
	bulkOptimizeGrowth = 0.25
)

// BeginBulk tunes the writers for a bulk load until the returned function
// is called, and indexes full text in the background meanwhile: a batch
// returns once stored, and the index file's connection catches up on
// another core (the end waits for it). The end restores the serving
// settings and checkpoints the WALs (truncating them back from their bulk
// size). Nothing changes in what is written or how durably: the queue
// makes the index whole after a crash at any point (see ftsdb.go).
func (s *Store) BeginBulk(ctx context.Context) (end func() error, err error) {
	if err := s.writerSettings(ctx, -bulkCacheKiB, bulkWriterCheckpointPages); err != nil {
		return nil, fmt.Errorf("begin bulk load: %w", err)
	}
	if err := s.fts.settings(ctx, -bulkFTSCacheKiB, bulkCheckpointPages, bulkAutomerge, bulkHashSize); err != nil {
		return nil, fmt.Errorf("begin bulk load: full-text index: %w", err)
	}
	var quotesBefore int64
	if err := s.rq.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM quotes`).Scan(&quotesBefore); err != nil {
		return nil, fmt.Errorf("begin bulk load: %w", err)
	}
	s.wmu.Lock()
	if s.bulk == nil {
		s.bulk = startFTSWorker(context.WithoutCancel(ctx), s.fts, bulkSyncBatches, bulkCheckpointBatches)
	}
	s.wmu.Unlock()
	return func() error {
		ctx := context.WithoutCancel(ctx)
		s.wmu.Lock()
		w := s.bulk
		s.bulk = nil
		s.wmu.Unlock()
		var errs []error
		if w != nil {
			errs = append(errs, w.stop())
		}
		s.wmu.Lock()
		errs = append(errs, s.foreignKeysOn(ctx))
		s.wmu.Unlock()
		// Commits after the worker's last sync.
		errs = append(errs, s.fts.sync(ctx))
		var quotesAfter int64
		if err := s.rq.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM quotes`).Scan(&quotesAfter); err != nil {
			errs = append(errs, err)
		} else if grewEnough(quotesBefore, quotesAfter) {
			errs = append(errs, s.fts.optimize(ctx, "quotes_fts"))
		}
		if err := s.writerSettings(ctx, pageCacheSize, writerCheckpointPages); err != nil {
			errs = append(errs, err)
		}
		if err := s.fts.settings(ctx, pageCacheSize, writerCheckpointPages, defaultAutomerge, defaultHashSize); err != nil {
			errs = append(errs, fmt.Errorf("full-text index: %w", err))
		}
		if err := errors.Join(errs...); err != nil {
			return fmt.Errorf("end bulk load: %w", err)
		}
		// Best effort: a reader may hold the WAL; the next checkpoint then
		// reuses the file from its start anyway.
		s.wmu.Lock()
		defer s.wmu.Unlock()
		if _, err := s.w.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return fmt.Errorf("end bulk load: checkpoint: %w", err)
		}
		if _, err := s.fts.db.ExecContext(ctx, `PRAGMA main.wal_checkpoint(TRUNCATE)`); err != nil {
			return fmt.Errorf("end bulk load: checkpoint full-text index: %w", err)
		}
		return nil
	}, nil
}

// grewEnough says whether a load that took the quote ids from before to
// after grew the index by bulkOptimizeGrowth of what it held.
func grewEnough(before, after int64) bool {
	return after > before && float64(after-before) >= bulkOptimizeGrowth*float64(before)
}

// writerSettings sets the writer connection's page cache (PRAGMA
// cache_size units) and autocheckpoint interval.
func (s *Store) writerSettings(ctx context.Context, cache, checkpoint int) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	for _, q := range []string{
		fmt.Sprintf(`PRAGMA cache_size = %d`, cache),
		fmt.Sprintf(`PRAGMA wal_autocheckpoint = %d`, checkpoint),
	} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
