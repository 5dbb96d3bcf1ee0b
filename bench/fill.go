package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/store"
)

// Filler makes the replicated archive's articles with their extractions
// without running the whole extraction for every copy: people, quotes and
// issues do not depend on the publication date, so they are computed once
// per source article; dates and trips, which do, are computed per copy.
// That builds a million-article database in minutes of one core, for the
// query benchmarks at that scale; ingest itself is measured with `bot
// ingest`. TestFillerMatchesExtract keeps it in step with extract.Article.
type Filler struct {
	src  []CorpusArticle
	base []fillBase
}

type fillBase struct {
	text   string // copy 0 as ingest stores it, without the copy marker
	cast   *people.Cast
	quotes []newsbot.Quote
	issues []newsbot.Issue
}

// NewFiller extracts the date-independent parts of every source article
// from copy 0 as ingest stores it (line endings and blank lines
// normalised, marker appended). They hold for every copy: the marker
// sentence names nobody, quotes nothing and raises no issue, whatever the
// copy (TestFillerMatchesExtract checks it).
func NewFiller(src []CorpusArticle) (*Filler, error) {
	f := &Filler{src: src, base: make([]fillBase, len(src))}
	for i, a := range src {
		art, err := f.article(i, 0, i, len(src), time.Time{})
		if err != nil {
			return nil, err
		}
		text, ok := strings.CutSuffix(art.Text, strings.TrimSpace(CopyMarker(0)))
		if !ok {
			return nil, fmt.Errorf("fill %s: the stored text does not end with the copy marker", a.ID)
		}
		cast := people.Find(art.Text)
		qs := quotes.Find(art.Text, cast)
		f.base[i] = fillBase{text: text, cast: cast, quotes: qs, issues: issues.Find(art.Text, cast, qs)}
	}
	return f, nil
}

// article is copy k of source article i, line seq of total, read the way
// `bot ingest --jsonl` reads it.
func (f *Filler) article(i, k, seq, total int, now time.Time) (newsbot.Article, error) {
	rec := Replica(f.src[i], k, seq, total)
	line, err := json.Marshal(rec)
	if err != nil {
		return newsbot.Article{}, fmt.Errorf("fill %s: %w", rec.ID, err)
	}
	art, err := ingest.FromJSONLine("fill", line, ingest.Options{Now: func() time.Time { return now }})
	if err != nil {
		return newsbot.Article{}, fmt.Errorf("fill %s: %w", rec.ID, err)
	}
	return art, nil
}

// Analysed is line seq of a total-line archive, as Replicate writes it and
// ingest reads it, with its extraction.
func (f *Filler) Analysed(seq, total int, now time.Time) (newsbot.Analysed, error) {
	k, i := seq/len(f.src), seq%len(f.src)
	art, err := f.article(i, k, seq, total, now)
	if err != nil {
		return newsbot.Analysed{}, err
	}
	b := f.base[i]
	if !strings.HasPrefix(art.Text, b.text) {
		return newsbot.Analysed{}, fmt.Errorf("fill %s: copy %d's text does not start with copy 0's", art.ExternalID, k)
	}
	// Dates resolve against this copy's publication day: tag them on the
	// stored text, marker included, as ingest would.
	tx := timex.Tag(art.Text, art.Published)
	x := newsbot.Extraction{
		ID:      art.ExternalID,
		People:  b.cast.People,
		Quotes:  b.quotes,
		Trips:   trips.Find(art.Text, art.Published, b.cast, tx),
		Issues:  b.issues,
		Timexes: tx,
	}
	return newsbot.Analysed{Article: art, Extraction: extract.Normalise(x)}, nil
}

// FillStats says what Fill stored and how fast the store took it.
type FillStats struct {
	Added, Skipped int
	Save           time.Duration // inside SaveArticles only
	Total          time.Duration
}

// Fill saves lines from..n-1 of an n-line replicated archive into st in
// batches (one transaction each, as ingest does), calling progress after
// each batch. Starting from a previous run's end grows a database in steps.
func (f *Filler) Fill(ctx context.Context, st *store.Store, from, n, batchSize int, progress func(done int, s FillStats)) (FillStats, error) {
	var fs FillStats
	if batchSize <= 0 {
		batchSize = ingest.DefaultBatchSize
	}
	t0 := time.Now()
	batch := make([]newsbot.Analysed, 0, batchSize)
	for seq := from; seq < n; {
		batch = batch[:0]
		for ; seq < n && len(batch) < batchSize; seq++ {
			a, err := f.Analysed(seq, n, t0)
			if err != nil {
				return fs, err
			}
			batch = append(batch, a)
		}
		s0 := time.Now()
		res, err := st.SaveArticles(ctx, batch)
		fs.Save += time.Since(s0)
		if err != nil {
			return fs, fmt.Errorf("fill: save at line %d: %w", seq, err)
		}
		for _, r := range res {
			if r.Outcome == newsbot.Skipped {
				fs.Skipped++
			} else {
				fs.Added++
			}
		}
		fs.Total = time.Since(t0)
		if progress != nil {
			progress(seq, fs)
		}
	}
	return fs, nil
}
