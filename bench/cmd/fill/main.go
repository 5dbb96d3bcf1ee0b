// Command fill builds a big database for the query benchmarks quickly: the
// BBC corpus replicated to -articles lines exactly as bench/cmd/replicate
// writes them, saved through store.SaveArticles in batches, extracting only
// dates and trips per copy (see bench.Filler). Ingest speed is measured with
// `bot ingest` (bench/ingest.sh), not here; fill reports the store's own
// save rate.
//
//	go run ./bench/cmd/fill -articles 1000000 -db /tmp/newsbot-bench/fill-1m.db
//
// -from N continues a database that holds the first N lines, so one
// database grows through 10k, 100k and 1M.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"time"

	"github.com/newsroom/newsbot/bench"
	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "fill:", err)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fill", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("articles", 100000, "archive lines in all")
	from := fs.Int("from", 0, "lines already in the database (a previous fill's -articles)")
	dbPath := fs.String("db", "", "database `FILE` (required)")
	batch := fs.Int("batch", ingest.DefaultBatchSize, "articles per transaction (as bot ingest)")
	corpus := fs.String("corpus", "", "corpus `FILE` (default: the BBC corpus in ../shared)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the saving to `FILE`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbPath == "" || *n <= *from {
		fs.Usage()
		return errors.New("want -db and -articles above -from")
	}
	path := *corpus
	if path == "" {
		shared, err := bench.SharedDir(getenv, ".")
		if err != nil {
			return err
		}
		path = bench.BBCCorpusPath(shared)
	}
	c, err := bench.LoadCorpus(path)
	if err != nil {
		return err
	}
	t0 := time.Now()
	f, err := bench.NewFiller(c.Articles)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "extracted the date-independent parts of %d articles in %s\n", len(c.Articles), time.Since(t0).Round(time.Millisecond))
	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	if *cpuProfile != "" {
		pf, err := os.Create(*cpuProfile)
		if err != nil {
			return errors.Join(err, st.Close())
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			return errors.Join(err, pf.Close(), st.Close())
		}
		defer func() {
			pprof.StopCPUProfile()
			pf.Close()
		}()
	}
	next := 0
	stats, err := f.Fill(ctx, st, *from, *n, *batch, func(done int, s bench.FillStats) {
		if done >= next || done == *n {
			fmt.Fprintf(stdout, "%8d lines: added %d, skipped %d; %.0f articles/s saving, %.0f articles/s in all\n",
				done, s.Added, s.Skipped, float64(s.Added+s.Skipped)/s.Save.Seconds(), float64(s.Added+s.Skipped)/s.Total.Seconds())
			next = done + 50000
		}
	})
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "done: %d lines in %s (store %s)\n", stats.Added+stats.Skipped, stats.Total.Round(time.Millisecond), stats.Save.Round(time.Millisecond))
	return nil
}
