package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/store"
)

// BuildStore replicates src into an n-line archive in dir and ingests it
// through the real pipeline (the path `bot ingest --jsonl` takes) into a new
// database dir/bench.db. The caller closes the store.
func BuildStore(ctx context.Context, dir string, src []CorpusArticle, n int) (*store.Store, ingest.Summary, error) {
	archive := filepath.Join(dir, "archive.jsonl")
	f, err := os.Create(archive)
	if err != nil {
		return nil, ingest.Summary{}, fmt.Errorf("build store: %w", err)
	}
	_, err = Replicate(f, src, n)
	if err = errors.Join(err, f.Close()); err != nil {
		return nil, ingest.Summary{}, fmt.Errorf("build store: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		return nil, ingest.Summary{}, fmt.Errorf("build store: %w", err)
	}
	sum, err := IngestArchive(ctx, st, archive)
	if err != nil {
		return nil, sum, errors.Join(err, st.Close())
	}
	return st, sum, nil
}

// IngestArchive runs the ingest pipeline over a JSON-lines archive with the
// defaults `bot ingest --jsonl` uses.
func IngestArchive(ctx context.Context, st *store.Store, archive string) (ingest.Summary, error) {
	p := &ingest.Pipeline{Store: st, JSONL: true}
	sum, err := p.Run(ctx, archive)
	if err != nil {
		return sum, fmt.Errorf("ingest %s: %w", archive, err)
	}
	if sum.Failed > 0 {
		return sum, fmt.Errorf("ingest %s: %d articles failed, first: %v", archive, sum.Failed, sum.Failures)
	}
	return sum, nil
}
