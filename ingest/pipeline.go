package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/store"
	"golang.org/x/sync/errgroup"
)

// Kind says how to read a source.
type Kind int

// Source kinds. KindAuto decides by the input: "-" is stdin, http(s) is a
// page or a feed (sniffed from the response), a folder is walked, a file is
// read by its extension (.jsonl/.ndjson as JSON lines).
const (
	KindAuto Kind = iota
	KindText
	KindHTML
	KindJSONL
	KindURL  // a page, or every item when it turns out to be a feed
	KindFeed // a feed; anything else is an error
	KindFolder
)

// Source is one input to a run.
type Source struct {
	Input string
	Kind  Kind
}

// Outcome of one input item.
type Outcome string

// Outcomes beyond the store's added/updated/skipped.
const (
	Failed Outcome = "failed"
)

// Progress reports one finished item, in input order.
type Progress struct {
	Input     string
	Outcome   Outcome // newsbot.Added, Updated, Skipped (as strings) or Failed
	ArticleID int64
	Title     string
	Err       error // the failure, when Outcome is Failed
	Done      int   // items finished so far, this one included
	Summary   Summary
}

// Failure is one input that could not be ingested.
type Failure struct {
	Input string
	Err   error
}

func (f Failure) String() string { return f.Err.Error() }

// Summary counts a run.
type Summary struct {
	Added, Updated, Skipped, Failed int
	// Failures holds the first MaxFailures failures in input order; Failed is
	// always the full count.
	Failures []Failure
	Elapsed  time.Duration
	Timing   Timing
}

// Timing says where a run's stages spent their wall time, to tell which
// one holds the others back: the writer idles when extraction is behind,
// workers block when the writer is. Worker figures are summed over the
// workers.
type Timing struct {
	Work        time.Duration // workers reading, parsing and extracting
	WorkBlocked time.Duration // workers waiting to hand results on
	Prepare     time.Duration // the store's text work ahead of each write
	Save        time.Duration // the writer saving batches
	SaveIdle    time.Duration // the writer waiting for the next batch
	SaveMax     time.Duration // the longest batch (a checkpoint stalls the writer)
	Finish      time.Duration // after the last batch: the store's catch-up (full-text index, checkpoints)
}

func (t Timing) String() string {
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	return fmt.Sprintf("workers busy %s, blocked %s; prepare %s; writer busy %s (longest batch %s), idle %s; finish %s",
		r(t.Work), r(t.WorkBlocked), r(t.Prepare), r(t.Save), r(t.SaveMax), r(t.SaveIdle), r(t.Finish))
}

// Total is the number of items handled.
func (s Summary) Total() int { return s.Added + s.Updated + s.Skipped + s.Failed }

func (s Summary) String() string {
	return fmt.Sprintf("added %d, updated %d, skipped %d, failed %d", s.Added, s.Updated, s.Skipped, s.Failed)
}

// Defaults for Pipeline. A batch is one transaction. Past 100k stored
// articles a commit rewrites thousands of index pages (the hot leaves of
// each person's quotes and each issue's links) whatever the batch size, so
// bigger batches share that cost: 2,000 articles took the writer 9 % less
// CPU than 500 over a 100k archive, but ingest's peak RSS grew from ~0.4
// to over 1 GB (batches in flight, under GOGC 400); 1,000 is between. The
// store merges issues and people the same for any multiple of 500.
const (
	DefaultBatchSize   = 1000
	DefaultMaxFailures = 1000
	maxSeenFeedItems   = 100_000
	minNetWorkers      = 8
	// chunkSize is how many JSON lines a worker takes at once: the chunk
	// goes through extract.Articles, which runs each stage over it while
	// that stage's code and tables are in cache, and its results travel in
	// one channel send. Extraction alone is cheapest in big chunks (thread
	// CPU time per BBC article: 210 us one by one, ~185 in 32s, ~174 in
	// 64s). A chunk is not a transaction: the writer still takes
	// BatchSize articles at a time, so 64 changes nothing stored. In a
	// quiet earlier run a 20k ingest took 7.4-7.6 s wall with 64 against
	// 7.1-7.2 s with 8 (the second core idled more); on the shared
	// machine now, where a core is what the writer waits for,
	// 64 cost 7% less CPU for a whole 20k ingest (25.6/28.4 -> 23.7/26.4
	// CPU-s, paired runs, load 6-12) and its wall time was no worse.
	chunkSize = 64
)

func hasNetwork(srcs []Source) bool {
	for _, s := range srcs {
		if s.Kind == KindURL || s.Kind == KindFeed || strings.Contains(s.Input, "://") {
			return true
		}
	}
	return false
}

// Pipeline reads sources, extracts each article in parallel workers and
// saves them in batches of BatchSize, one SaveArticles call per batch.
// Reports come in input order. Memory stays flat: at most a couple of
// batches are in flight, and JSON lines are streamed. A Pipeline may be
// reused (PollFeeds remembers feed items it has already stored) but must not
// run twice at once.
type Pipeline struct {
	Store     newsbot.ArticleStore
	Options   Options
	BatchSize int // articles per SaveArticles call; default DefaultBatchSize
	Workers   int // extraction workers; default runtime.GOMAXPROCS(0), at least 8 when URLs or feeds are read
	// JSONL reads every file argument and stdin as JSON lines
	// (bot ingest --jsonl); .jsonl/.ndjson files are read so anyway.
	JSONL bool
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Progress, when set, is called once per item in input order from a
	// single goroutine; it should return quickly.
	Progress func(Progress)
	// Extract analyses an article. By default JSON lines are analysed a
	// chunk at a time by extract.Articles, other inputs by
	// extract.ArticleWithHeadline, the article's title given as its
	// headline; Extract, when set, reads the text alone.
	Extract func(id, text string, published time.Time) newsbot.Extraction
	// Client fetches URLs and feeds; default NewHTTPClient(Options).
	Client *http.Client
	// MaxFailures caps Summary.Failures (default 1000).
	MaxFailures int

	// extractBatch replaces extract.Articles (tests).
	extractBatch func([]extract.Input) []newsbot.Extraction
	// extractInput replaces article-by-article extraction with the
	// headline (tests); Extract, when set, is used without it.
	extractInput func(extract.Input) newsbot.Extraction

	mu        sync.Mutex
	seen      map[string]struct{}   // feed item keys already stored, for PollFeeds
	feedCache map[string]validators // feed URL -> ETag/Last-Modified of the last complete read
}

// job is one unit of work, numbered in input order.
type job struct {
	seq   int
	input string
	kind  Kind
	path  string   // file to read
	line  []byte   // JSONL line
	page  *fetched // downloaded page
	item  *FeedItem
	err   error // failure found while enumerating
	skip  bool  // feed item already stored
}

// done is a finished job.
type done struct {
	seq     int
	input   string
	art     newsbot.Analysed
	err     error
	skip    bool
	seenKey string
	// extractID names the article to the extractor.
	extractID string
	// dup says an earlier job brought the same text, so art was not
	// analysed: the store skips it (see recentTexts).
	dup bool
}

// segment is a run of finished jobs in input order holding at most one
// batch of articles.
type segment struct {
	jobs     []done
	batch    []newsbot.Analysed
	dup      []bool               // batch[i] was not analysed: it repeats an earlier text
	dups     bool                 // some dup[i] is true
	prepared *store.PreparedBatch // batch, prepared ahead of its write; nil when the store cannot
}

// analyseDups analyses the articles of seg that were not (done.dup), for
// a store that found one of them not to be a repeat after all, and
// returns the segment as it would have been with them analysed from the
// start.
func analyseDups(seg segment, one func(extract.Input) newsbot.Extraction) segment {
	out := segment{jobs: seg.jobs}
	for i := range out.jobs {
		d := &out.jobs[i]
		if d.dup {
			d.dup = false
			extractOne(d, one)
		}
		if d.err == nil && !d.skip {
			out.batch = append(out.batch, d.art)
			out.dup = append(out.dup, false)
		}
	}
	return out
}

// batchPreparer is a store that splits saving a batch into text work that
// needs no database and the write (store.Store): the pipeline prepares the
// next batch while the single writer saves the current one.
type batchPreparer interface {
	PrepareBatch(batch []newsbot.Analysed) *store.PreparedBatch
	SavePrepared(ctx context.Context, b *store.PreparedBatch) ([]newsbot.SaveResult, error)
}

// dupPreparer is a batchPreparer that can take articles that repeat an
// earlier article's text without their extraction, checking that they
// are indeed skipped (store.Store, store.ErrNotDuplicate).
type dupPreparer interface {
	PrepareBatchDups(batch []newsbot.Analysed, dup []bool) *store.PreparedBatch
}

// bulkLoader is a store that can tune its writer for a long run of batches
// (store.Store: a bigger writer page cache for the load).
type bulkLoader interface {
	BeginBulk(ctx context.Context) (end func() error, err error)
}

// bulk says whether a run is an archive load: JSON lines (bot ingest
// --jsonl, or .jsonl/.ndjson files), hundreds of batches in a row. Pages
// and feeds come a few at a time.
func (p *Pipeline) bulk(srcs []Source) bool {
	if p.JSONL {
		return true
	}
	for _, s := range srcs {
		if s.Kind == KindJSONL || (s.Kind == KindAuto && articleExts[strings.ToLower(filepath.Ext(s.Input))] == KindJSONL) {
			return true
		}
	}
	return false
}

// Run ingests inputs (paths, URLs, "-") with KindAuto. The error is non-nil
// only when the run itself failed (cancelled, store error); bad inputs are
// counted in the summary and reported through Progress.
func (p *Pipeline) Run(ctx context.Context, inputs ...string) (Summary, error) {
	srcs := make([]Source, len(inputs))
	for i, in := range inputs {
		srcs[i] = Source{Input: in}
	}
	return p.RunSources(ctx, srcs...)
}

// PollFeeds ingests every item of the feeds. Items stored by an earlier poll
// of this Pipeline are skipped without fetching their page, and a feed that
// answers a conditional GET with 304 Not Modified is not read at all. A feed
// that cannot be read is a failure in the summary, not an error.
func (p *Pipeline) PollFeeds(ctx context.Context, urls []string) (Summary, error) {
	srcs := make([]Source, len(urls))
	for i, u := range urls {
		srcs[i] = Source{Input: u, Kind: KindFeed}
	}
	return p.RunSources(ctx, srcs...)
}

// RunSources is Run with explicit kinds.
func (p *Pipeline) RunSources(ctx context.Context, srcs ...Source) (sum Summary, err error) {
	if p.Store == nil {
		return Summary{}, errors.New("ingest: pipeline has no store")
	}
	start := time.Now()
	endBulk := func() error { return nil }
	if bl, ok := p.Store.(bulkLoader); ok && p.bulk(srcs) {
		end, bulkErr := bl.BeginBulk(ctx)
		if bulkErr != nil {
			return Summary{}, fmt.Errorf("ingest: %w", bulkErr)
		}
		// Ended before the run's time is taken (the store may finish work
		// there, such as full-text indexing), or on any early return.
		ended := false
		endBulk = func() error {
			if ended {
				return nil
			}
			ended = true
			return end()
		}
		defer func() {
			if endErr := endBulk(); endErr != nil && err == nil {
				err = fmt.Errorf("ingest: %w", endErr)
			}
		}()
	}
	o := p.Options.withDefaults()
	batchSize := p.BatchSize
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
		// Feed items wait on the network, not the CPU.
		if workers < minNetWorkers && hasNetwork(srcs) {
			workers = minNetWorkers
		}
	}
	ex := extractor{one: p.extractInput, batch: p.extractBatch}
	if ex.one == nil && p.Extract != nil {
		ex.one = func(in extract.Input) newsbot.Extraction { return p.Extract(in.ID, in.Text, in.Published) }
	}
	if ex.one == nil {
		ex.one = extractInput
		if ex.batch == nil {
			ex.batch = extract.Articles
		}
	}
	client := p.Client
	if client == nil {
		client = NewHTTPClient(o)
	}
	maxFail := p.MaxFailures
	if maxFail <= 0 {
		maxFail = DefaultMaxFailures
	}

	// Feed validators are remembered only after the run stored everything,
	// so a failed run re-reads its feeds next time.
	polled := map[string]validators{}
	g, gctx := errgroup.WithContext(ctx)
	// window bounds jobs between enumeration and the in-order collector, so
	// a slow store holds the reader back instead of filling memory.
	window := make(chan struct{}, batchSize+4*workers*chunkSize)
	jobs := make(chan []job, 2*workers)
	results := make(chan []done, 2*workers)
	segments := make(chan segment, 1)

	// Enumerate sources in order. JSON lines go out in chunks of
	// consecutive jobs; anything else (pages, feed items, files: slow to
	// fetch or read, few) one job at a time.
	g.Go(func() error {
		defer close(jobs)
		seq := 0
		var chunk []job
		send := func() error {
			if len(chunk) == 0 {
				return nil
			}
			select {
			case jobs <- chunk:
				chunk = nil
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		emit := func(j job) error {
			select {
			case window <- struct{}{}:
			case <-gctx.Done():
				return gctx.Err()
			}
			j.seq = seq
			seq++
			if chunk == nil {
				chunk = make([]job, 0, chunkSize)
			}
			chunk = append(chunk, j)
			if len(chunk) < chunkSize && (j.kind == KindJSONL || j.err != nil) {
				return nil
			}
			return send()
		}
		for _, s := range srcs {
			if err := p.enumerate(gctx, client, o, s, emit, polled); err != nil {
				return err
			}
		}
		return send()
	})

	// Repeats of a recent text are not analysed when the store can take
	// them so (dupPreparer).
	pr, canPrepare := p.Store.(batchPreparer)
	dp, canDup := p.Store.(dupPreparer)
	var recent *recentTexts
	if canPrepare && canDup {
		recent = newRecentTexts(dupWindow)
	}

	// Workers: read, parse, extract.
	var wg sync.WaitGroup
	var workNS, blockedNS, prepareNS atomic.Int64
	for range workers {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for c := range jobs {
				t0 := time.Now()
				ds := p.workChunk(gctx, client, o, ex, recent, c)
				for _, d := range ds {
					if d.err != nil && !isBadInput(d.err) {
						return d.err // cancellation: stop the run
					}
				}
				t1 := time.Now()
				workNS.Add(int64(t1.Sub(t0)))
				select {
				case results <- ds:
				case <-gctx.Done():
					return gctx.Err()
				}
				blockedNS.Add(int64(time.Since(t1)))
			}
			return nil
		})
	}
	go func() { wg.Wait(); close(results) }()

	// Collector: restore input order and cut segments of one batch each.
	g.Go(func() error {
		defer close(segments)
		pending := map[int][]done{} // chunks by their first job's seq
		next := 0
		var seg segment
		flush := func() error {
			if len(seg.jobs) == 0 {
				return nil
			}
			select {
			case segments <- seg:
			case <-gctx.Done():
				return gctx.Err()
			}
			seg = segment{}
			return nil
		}
		for ds := range results {
			pending[ds[0].seq] = ds
			for {
				ds, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next += len(ds)
				for _, d := range ds {
					<-window
					seg.jobs = append(seg.jobs, d)
					if d.err == nil && !d.skip {
						seg.batch = append(seg.batch, d.art)
						seg.dup = append(seg.dup, d.dup)
						seg.dups = seg.dups || d.dup
						if len(seg.batch) >= batchSize {
							if err := flush(); err != nil {
								return err
							}
						}
					}
				}
			}
		}
		if err := gctx.Err(); err != nil {
			return err
		}
		return flush()
	})

	// Preparer: the next batch's text work while the saver writes one.
	toSave := segments
	if canPrepare {
		prepared := make(chan segment, 1)
		toSave = prepared
		g.Go(func() error {
			defer close(prepared)
			for seg := range segments {
				if len(seg.batch) > 0 {
					t0 := time.Now()
					if seg.dups {
						seg.prepared = dp.PrepareBatchDups(seg.batch, seg.dup)
					} else {
						seg.prepared = pr.PrepareBatch(seg.batch)
					}
					prepareNS.Add(int64(time.Since(t0)))
				}
				select {
				case prepared <- seg:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
	}

	// Saver: one SaveArticles per segment, then reports in order.
	var saveBusy, saveIdle, saveMax time.Duration
	timing := func() Timing {
		return Timing{
			Work: time.Duration(workNS.Load()), WorkBlocked: time.Duration(blockedNS.Load()),
			Prepare: time.Duration(prepareNS.Load()), Save: saveBusy, SaveIdle: saveIdle, SaveMax: saveMax,
		}
	}
	g.Go(func() error {
		n := 0
		t := time.Now()
		for seg := range toSave {
			t0 := time.Now()
			saveIdle += t0.Sub(t)
			var res []newsbot.SaveResult
			if len(seg.batch) > 0 {
				var err error
				if seg.prepared != nil {
					res, err = pr.SavePrepared(gctx, seg.prepared)
					if errors.Is(err, store.ErrNotDuplicate) {
						// Rare: a repeat's first copy was not stored, or
						// an update rewrote it since. Nothing was saved.
						seg = analyseDups(seg, ex.one)
						res, err = pr.SavePrepared(gctx, pr.PrepareBatch(seg.batch))
					}
				} else {
					res, err = p.Store.SaveArticles(gctx, seg.batch)
				}
				if err != nil {
					return fmt.Errorf("save batch of %d articles: %w", len(seg.batch), err)
				}
				if len(res) != len(seg.batch) {
					return fmt.Errorf("save batch: store returned %d results for %d articles", len(res), len(seg.batch))
				}
			}
			if p.Progress != nil { // the run so far, this batch's save included
				sum.Timing = timing()
				sum.Timing.Save += time.Since(t0)
			}
			bi := 0
			for _, d := range seg.jobs {
				pr := Progress{Input: d.input}
				switch {
				case d.err != nil:
					sum.Failed++
					if len(sum.Failures) < maxFail {
						sum.Failures = append(sum.Failures, Failure{Input: d.input, Err: d.err})
					}
					pr.Outcome, pr.Err = Failed, d.err
				case d.skip:
					sum.Skipped++
					pr.Outcome = Outcome(newsbot.Skipped)
				default:
					r := res[bi]
					pr.Title = seg.batch[bi].Article.Title
					bi++
					pr.ArticleID = r.ArticleID
					pr.Outcome = Outcome(r.Outcome)
					switch r.Outcome {
					case newsbot.Added:
						sum.Added++
					case newsbot.Updated:
						sum.Updated++
					default:
						sum.Skipped++
					}
					if d.seenKey != "" {
						p.markSeen(d.seenKey)
					}
				}
				n++
				if p.Progress != nil {
					pr.Done = n
					pr.Summary = sum
					p.Progress(pr)
				}
			}
			t = time.Now()
			saveBusy += t.Sub(t0)
			saveMax = max(saveMax, t.Sub(t0))
		}
		return nil
	})

	err = g.Wait()
	sum.Timing = timing()
	if err == nil {
		t0 := time.Now()
		err = endBulk()
		sum.Timing.Finish = time.Since(t0)
	}
	sum.Elapsed = time.Since(start)
	if err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	for u, v := range polled {
		p.setFeedValidators(u, v)
	}
	return sum, nil
}

// enumerate turns one source into jobs. Failures to open a source become
// failed jobs; only cancellation stops the run.
func (p *Pipeline) enumerate(ctx context.Context, c *http.Client, o Options, s Source, emit func(job) error, polled map[string]validators) error {
	in := s.Input
	fail := func(err error) error {
		if !isBadInput(err) {
			return err
		}
		return emit(job{input: in, err: err})
	}
	k := s.Kind
	if k == KindAuto {
		switch {
		case in == "-":
			k = KindText
			if p.JSONL {
				k = KindJSONL
			}
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") || strings.Contains(in, "://"):
			k = KindURL
		default:
			st, err := os.Stat(in)
			if err != nil {
				return fail(badInput(in, "cannot open", err))
			}
			switch {
			case st.IsDir():
				k = KindFolder
			case p.JSONL:
				k = KindJSONL
			default:
				k = kindOfPath(in)
			}
		}
	}
	switch k {
	case KindFolder:
		return walkFolder(ctx, in, func(path string, fk Kind, err error) error {
			if err != nil {
				return fail(err)
			}
			if fk == KindJSONL {
				return p.enumerateJSONL(ctx, path, nil, o, emit)
			}
			return emit(job{input: path, kind: fk, path: path})
		})
	case KindJSONL:
		if in == "-" {
			if p.Stdin == nil {
				return fail(badInput(in, "no standard input", nil))
			}
			return p.enumerateJSONL(ctx, "stdin", p.Stdin, o, emit)
		}
		return p.enumerateJSONL(ctx, in, nil, o, emit)
	case KindText, KindHTML:
		if in == "-" {
			if p.Stdin == nil {
				return fail(badInput(in, "no standard input", nil))
			}
			data, err := io.ReadAll(io.LimitReader(p.Stdin, o.MaxBytes+1))
			if err != nil {
				return fail(badInput("stdin", "cannot read", err))
			}
			if int64(len(data)) > o.MaxBytes {
				return fail(badInput("stdin", fmt.Sprintf("over the %s size cap", humanBytes(o.MaxBytes)), nil))
			}
			if sniffMarkup(data) == "feed" {
				return p.emitFeedFile(ctx, "stdin", data, emit, fail)
			}
			return emit(job{input: "stdin", kind: k, line: data})
		}
		if k == KindText {
			// A feed saved to a file ("feed.xml", named by the user) is
			// many articles: read it as its URL would be.
			data, isFeed, err := readIfFeed(ctx, in, o)
			if err != nil {
				return fail(err)
			}
			if isFeed {
				return p.emitFeedFile(ctx, in, data, emit, fail)
			}
		}
		return emit(job{input: in, kind: k, path: in})
	case KindURL, KindFeed:
		var v validators
		if k == KindFeed {
			v = p.feedValidators(in)
		}
		f, err := fetchIf(ctx, c, in, acceptPage, v, o)
		if err != nil {
			return fail(err)
		}
		if f.notModified {
			return nil // unchanged since the last poll: every item was handled then
		}
		if !isFeed(f.contentType, f.body) {
			if k == KindFeed {
				return fail(badInput(in, "not an RSS/Atom feed (content type "+f.contentType+")", nil))
			}
			return emit(job{input: in, kind: KindURL, page: &f})
		}
		_, items, err := ParseFeed(in, f.body, f.url)
		if err != nil {
			return fail(err)
		}
		if len(items) == 0 {
			return fail(badInput(in, "feed has no items", nil))
		}
		for i := range items {
			it := items[i]
			if err := emit(job{input: it.input(), kind: KindFeed, item: &it, skip: p.wasSeen(it.key())}); err != nil {
				return err
			}
		}
		if k == KindFeed && (f.etag != "" || f.lastModified != "") {
			// Items that fail are retried when the feed changes.
			polled[in] = validators{etag: f.etag, lastModified: f.lastModified}
		}
		return nil
	}
	return fail(badInput(in, "unknown source kind", nil))
}

// readIfFeed reads the file at path when its first bytes are an RSS/Atom
// feed's; other files are left to be read as articles.
func readIfFeed(ctx context.Context, path string, o Options) (data []byte, isFeed bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, badInput(path, "cannot open", err)
	}
	head, err := io.ReadAll(io.LimitReader(f, 1024))
	f.Close()
	if err != nil {
		return nil, false, badInput(path, "cannot read", err)
	}
	if sniffMarkup(head) != "feed" {
		return nil, false, nil
	}
	data, err = readFile(ctx, path, o)
	return data, err == nil, err
}

// emitFeedFile emits a job for each item of a feed read from a file or
// stdin, as enumerate does for a feed's URL; the items are keyed under
// the file's name, so a feed file ingested again skips what it stored.
func (p *Pipeline) emitFeedFile(ctx context.Context, name string, data []byte, emit func(job) error, fail func(error) error) error {
	_, items, err := ParseFeed(name, data, "")
	if err != nil {
		return fail(err)
	}
	if len(items) == 0 {
		return fail(badInput(name, "feed has no items", nil))
	}
	for i := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		it := items[i]
		it.FeedURL = name
		if err := emit(job{input: it.input(), kind: KindFeed, item: &it, skip: p.wasSeen(it.key())}); err != nil {
			return err
		}
	}
	return nil
}

// enumerateJSONL streams an archive line by line; each line is one job.
func (p *Pipeline) enumerateJSONL(ctx context.Context, name string, r io.Reader, o Options, emit func(job) error) error {
	if r == nil {
		f, err := os.Open(name)
		if err != nil {
			return emit(job{input: name, err: badInput(name, "cannot open", err)})
		}
		defer f.Close()
		r = f
	}
	lr := newLineReader(r, o.MaxBytes)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, n, tooLong, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		input := name + ":" + strconv.Itoa(n)
		if err != nil {
			return emit(job{input: input, err: badInput(input, "read failed", err)})
		}
		if tooLong {
			if err := emit(job{input: input, err: badInput(input, fmt.Sprintf("line over the %s size cap", humanBytes(o.MaxBytes)), nil)}); err != nil {
				return err
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue // blank lines separate nothing in JSON lines
		}
		if err := emit(job{input: input, kind: KindJSONL, line: line}); err != nil {
			return err
		}
	}
}

// extractor analyses articles: batch, when set, a chunk at a time, else one
// by one.
type extractor struct {
	one   func(extract.Input) newsbot.Extraction
	batch func([]extract.Input) []newsbot.Extraction
}

// extractInput is extract.ArticleWithHeadline on one input.
func extractInput(in extract.Input) newsbot.Extraction {
	return extract.ArticleWithHeadline(in.ID, in.Headline, in.Text, in.Published)
}

// inputOf is what extraction reads of an article. Pages, feed items and
// archives with a "title" keep the headline apart from the text, and the
// issues stage reads it there; a title the text opens with, or one ingest
// made up from the lead (leadTitle), changes nothing (issues.FindWithHeadline).
func inputOf(id string, a *newsbot.Article) extract.Input {
	return extract.Input{ID: id, Headline: a.Title, Text: a.Text, Published: a.Published}
}

// workChunk turns a chunk of jobs into analysed articles or failures, in
// order: each job is read and parsed, then the articles extracted together.
func (p *Pipeline) workChunk(ctx context.Context, c *http.Client, o Options, ex extractor, recent *recentTexts, js []job) []done {
	ds := make([]done, len(js))
	// analyse says whether job i's article needs extraction: read, and
	// not a repeat of an earlier job's text.
	analyse := func(i int) bool {
		d := &ds[i]
		if d.err != nil || d.skip {
			return false
		}
		if recent != nil && recent.repeat(d.art.Article.Hash, d.seq) {
			d.dup = true
			return false
		}
		return true
	}
	if ex.batch == nil || len(js) == 1 {
		for i, j := range js {
			if ds[i] = p.read(ctx, c, o, j); analyse(i) {
				extractOne(&ds[i], ex.one)
			}
		}
		return ds
	}
	in := make([]extract.Input, 0, len(js))
	for i, j := range js {
		if ds[i] = p.read(ctx, c, o, j); analyse(i) {
			a := &ds[i].art.Article
			in = append(in, inputOf(ds[i].extractID, a))
		}
	}
	if len(in) == 0 {
		return ds
	}
	xs, ok := extractBatch(ex.batch, in)
	k := 0
	for i := range ds {
		if ds[i].err != nil || ds[i].skip || ds[i].dup {
			continue
		}
		if ok {
			ds[i].art.Extraction = xs[k]
			k++
		} else {
			// Some article made the batch panic: find it, article by
			// article, and fail that one only.
			extractOne(&ds[i], ex.one)
		}
	}
	return ds
}

// extractBatch runs batch, turning a panic into ok == false.
func extractBatch(batch func([]extract.Input) []newsbot.Extraction, in []extract.Input) (xs []newsbot.Extraction, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			xs, ok = nil, false
		}
	}()
	xs = batch(in)
	return xs, len(xs) == len(in)
}

// extractOne analyses one read article. An extractor bug on one odd page
// must not take the bot down with it: the page is reported as failed and
// the run carries on.
func extractOne(d *done, one func(extract.Input) newsbot.Extraction) {
	defer func() {
		if r := recover(); r != nil {
			d.err = badInput(d.input, "could not be processed (internal error)", fmt.Errorf("panic: %v", r))
		}
	}()
	d.art.Extraction = one(inputOf(d.extractID, &d.art.Article))
}

// read turns one job into an article ready for extraction, or a failure.
func (p *Pipeline) read(ctx context.Context, c *http.Client, o Options, j job) (d done) {
	d = done{seq: j.seq, input: j.input, err: j.err, skip: j.skip}
	// A parser bug on one odd page must not take the bot down with it.
	defer func() {
		if r := recover(); r != nil {
			d.err = badInput(j.input, "could not be processed (internal error)", fmt.Errorf("panic: %v", r))
		}
	}()
	if d.err != nil || d.skip {
		return d
	}
	if err := ctx.Err(); err != nil {
		d.err = err
		return d
	}
	var a newsbot.Article
	var err error
	switch {
	case j.kind == KindJSONL:
		a, err = FromJSONLine(j.input, j.line, o)
	case j.page != nil:
		a, err = fromFetched(j.input, *j.page, time.Time{}, o)
	case j.item != nil:
		a, err = FromFeedItem(ctx, c, *j.item, o)
		d.seenKey = j.item.key()
	case j.line != nil: // stdin text
		a, err = parseFileData(j.input, j.kind, j.line, o)
	default:
		var data []byte
		data, err = readFile(ctx, j.path, o)
		if err == nil {
			a, err = parseFileData(j.path, j.kind, data, o)
		}
	}
	if err != nil {
		d.err = err
		return d
	}
	d.art.Article = a
	d.extractID = firstNonEmpty(a.ExternalID, a.CanonicalURL, a.URL, j.input)
	return d
}

func (p *Pipeline) feedValidators(feedURL string) validators {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.feedCache[feedURL]
}

func (p *Pipeline) setFeedValidators(feedURL string, v validators) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.feedCache == nil {
		p.feedCache = map[string]validators{}
	}
	p.feedCache[feedURL] = v
}

func (p *Pipeline) wasSeen(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.seen[key]
	return ok
}

// markSeen remembers a stored feed item. The set is dropped when it grows
// past its cap; the store's dedupe still catches repeats after that.
func (p *Pipeline) markSeen(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen == nil || len(p.seen) >= maxSeenFeedItems {
		p.seen = map[string]struct{}{}
	}
	p.seen[key] = struct{}{}
}
