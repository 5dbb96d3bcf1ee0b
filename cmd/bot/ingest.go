package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/store"
)

func cmdIngest(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "ingest", "[--published YYYY-MM-DD] [--source NAME] [--jsonl] PATH|URL|- ...")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for every input (wins over page metadata)")
	source := fs.String("source", "", "source `NAME` stored with every article (default: the feed's title)")
	jsonl := fs.Bool("jsonl", false, `read inputs (or stdin "-") as JSON lines {"id","url","title","text","published"}`)
	batch := fs.Int("batch", ingest.DefaultBatchSize, "articles per database transaction")
	workers := fs.Int("workers", 0, "extraction workers (default: one per CPU, at least 8 when reading URLs or feeds)")
	allowPrivate := fs.Bool("allow-private", false, "let URLs reach private, loopback and link-local addresses")
	timing := fs.Bool("timing", false, "also print where the time went: extraction workers busy or blocked, writer busy or idle")
	cpuProfile := fs.String("cpuprofile", "", "write a pprof CPU profile of the run to `FILE` (go tool pprof)")
	traceFile := fs.String("trace", "", "write a Go execution trace of the run to `FILE` (go tool trace): where the writer waits")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		fs.Usage()
		return errUsageShown
	}
	if *workers < 0 {
		return fmt.Errorf("--workers %d: want 0 (the default) or more", *workers)
	}
	opts := ingest.Options{Source: *source, AllowPrivate: *allowPrivate}
	if *published != "" {
		if opts.Published, err = parseDate(*published); err != nil {
			return fmt.Errorf("--published: %w", err)
		}
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DBPath)
	if err != nil {
		return fmt.Errorf("NEWSBOT_DB: %w", err) // store.Open names the path
	}
	defer st.Close()

	if *cpuProfile != "" {
		stopProfile, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stopProfile()
	}
	if *traceFile != "" {
		stopTrace, err := startTrace(*traceFile)
		if err != nil {
			return err
		}
		defer stopTrace()
	}
	p := &ingest.Pipeline{Store: st, Options: opts, BatchSize: *batch, Workers: *workers, JSONL: *jsonl, Stdin: e.stdin}
	report := newIngestReporter(e.stdout, e.stderr, *jsonl)
	report.timing = *timing
	p.Progress = report.item
	sum, err := p.Run(ctx, inputs...)
	report.finish()
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	rate := ""
	if secs := sum.Elapsed.Seconds(); secs > 0 && sum.Total() > 0 {
		rate = fmt.Sprintf(" in %s (%.0f articles/s)", sum.Elapsed.Round(time.Millisecond), float64(sum.Total())/secs)
	}
	fmt.Fprintf(e.stdout, "%s%s\n", sum, rate)
	if *timing {
		fmt.Fprintf(e.stdout, "timing: %s\n", sum.Timing)
	}
	return ingestOutcome(sum)
}

// exitPartial is the exit status of an ingest that stored (or skipped as
// duplicates) some inputs and failed on others: a cron job can retry the
// failures without treating the run as lost.
const exitPartial = 3

// partialError is an ingest where some inputs failed and others did not.
type partialError struct{ failed, total int }

func (e *partialError) Error() string {
	return fmt.Sprintf("ingest: %d of %d inputs failed (each is listed above); the others were stored or skipped as duplicates", e.failed, e.total)
}

// ingestOutcome is the run's exit contract: nil (exit 0) when every input
// was stored or skipped as a duplicate, a *partialError (exit 3) when some
// failed, an error (exit 1) when every input failed.
func ingestOutcome(sum ingest.Summary) error {
	switch {
	case sum.Failed == 0:
		return nil
	case sum.Total() == sum.Failed:
		return fmt.Errorf("ingest: nothing could be read (%d failed)", sum.Failed)
	default:
		return &partialError{failed: sum.Failed, total: sum.Total()}
	}
}

// startCPUProfile profiles the process until the returned func is called:
// where ingest spends its CPU (extraction, decoding, the writer, GC) at
// archive scale.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// startTrace records an execution trace until the returned func is called:
// a CPU profile shows what the writer computes, the trace also when it
// waits (for a core, its merger, a lock or a write).
func startTrace(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--trace: %w", err)
	}
	if err := trace.Start(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--trace: %w", err)
	}
	return func() {
		trace.Stop()
		f.Close()
	}, nil
}

// ingestReporter shows progress: a bar on a terminal, plain lines otherwise.
// Failures are always printed, one line each, naming the input and reason.
type ingestReporter struct {
	out, errOut io.Writer
	bar         *progressbar.ProgressBar
	bulk        bool // JSON lines: a line every 10,000 items, not every item
	timing      bool // with each of those lines, where the time went so far
}

func newIngestReporter(out, errOut io.Writer, bulk bool) *ingestReporter {
	r := &ingestReporter{out: out, errOut: errOut, bulk: bulk}
	if f, ok := out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		r.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(errOut),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return r
}

func (r *ingestReporter) item(p ingest.Progress) {
	if p.Err != nil {
		if r.bar != nil {
			r.bar.Clear()
		}
		fmt.Fprintf(r.errOut, "failed  %s\n", p.Err)
	}
	switch {
	case r.bar != nil:
		r.bar.Add(1)
	case p.Err != nil:
	case r.bulk:
		if p.Done%10000 == 0 {
			fmt.Fprintf(r.out, "%d done: %s\n", p.Done, p.Summary)
			if r.timing {
				fmt.Fprintf(r.out, "  timing: %s\n", p.Summary.Timing)
			}
		}
	default:
		fmt.Fprintf(r.out, "%-8s %s  %s\n", p.Outcome, p.Input, strings.TrimSpace(p.Title))
	}
}

func (r *ingestReporter) finish() {
	if r.bar != nil {
		r.bar.Finish()
	}
}
