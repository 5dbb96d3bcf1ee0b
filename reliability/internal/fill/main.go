// Command fill writes synthetic stories (reliability.Synth) into a database
// through store.SaveArticles in batches, without running extraction: the
// load test needs a big database quickly. It is built by the reliability
// tests; run it by hand as
//
//	go run ./reliability/internal/fill -db /tmp/load.db -n 100000
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/reliability"
	"github.com/newsroom/newsbot/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "fill:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("fill", flag.ContinueOnError)
	db := fs.String("db", "", "database `FILE` (required)")
	n := fs.Int("n", 20000, "stories to write")
	from := fs.Int("from", 0, "first story index")
	seed := fs.Uint64("seed", 1, "generator seed")
	batch := fs.Int("batch", 1000, "stories per transaction")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || *n <= 0 || *batch <= 0 {
		fs.Usage()
		return fmt.Errorf("want -db, -n > 0 and -batch > 0")
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	t0 := time.Now()
	buf := make([]newsbot.Analysed, 0, *batch)
	for i := *from; i < *from+*n; i++ {
		buf = append(buf, reliability.Synth(*seed, i).Analysed())
		if len(buf) == *batch || i == *from+*n-1 {
			if _, err := st.SaveArticles(ctx, buf); err != nil {
				st.Close()
				return fmt.Errorf("save stories up to %d: %w", i, err)
			}
			buf = buf[:0]
		}
	}
	if err := st.Close(); err != nil {
		return err
	}
	el := time.Since(t0)
	fmt.Fprintf(stdout, "filled %d stories in %s (%.0f/s)\n", *n, el.Round(time.Millisecond), float64(*n)/el.Seconds())
	return nil
}
