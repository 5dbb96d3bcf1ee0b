// Command querybench measures the serving path on a database built by `bot
// ingest`: start-up (store.Open), /whosaid NAME (FindPeople + QuotesBy first
// page, and the whole answer), phrase search, the digest, a slash command
// through the fake Slack, resident memory, and EXPLAIN QUERY PLAN for every
// hot query:
//
//	go run ./bench/cmd/querybench -db /tmp/bench-100k.db -runs 500
//
// Queries run one at a time (single-client latency) with names, phrases and
// days drawn at random (seeded) from the database itself.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/newsroom/newsbot/bench"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "querybench:", err)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("querybench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "database `FILE` built by bot ingest (required)")
	runs := fs.Int("runs", 300, "timed runs per operation")
	nSamples := fs.Int("samples", 100, "distinct names, phrases and days drawn from the database")
	seed := fs.Uint64("seed", 1, "random seed for the samples")
	slash := fs.Int("slash", 100, "slash commands through the fake Slack (0 skips)")
	explain := fs.Bool("explain", true, "print EXPLAIN QUERY PLAN of every hot query")
	budget := fs.Duration("budget", 30*time.Second, "stop an operation after this long (and at least 5 runs); 0 for no limit")
	only := fs.String("only", "", "time only the operations whose names match `REGEXP` (the first answer still runs)")
	render := fs.String("render", "", "write every sample's digest and /whosaid answers to `FILE` (to compare code versions) and stop")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the timed operations to `FILE`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dbPath == "" {
		fs.Usage()
		return errors.New("-db is required")
	}
	if _, err := os.Stat(*dbPath); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	if *runs < 1 {
		return fmt.Errorf("-runs %d: want at least 1", *runs)
	}
	base, err := bench.ReadMemory()
	if err != nil {
		return err
	}

	t0 := time.Now()
	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	openTime := time.Since(t0)
	defer st.Close()
	svc := &summaries.Service{Store: st, Location: time.UTC}

	ro, err := bench.OpenReadOnly(*dbPath)
	if err != nil {
		return err
	}
	defer ro.Close()
	counts, err := bench.Count(ctx, ro)
	if err != nil {
		return err
	}
	samples, err := bench.Samples(ctx, ro, *nSamples, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "database   %s: %s (+ WAL %s)\n", *dbPath, fileSize(*dbPath), fileSize(*dbPath+"-wal"))
	fmt.Fprintf(stdout, "rows       %d articles, %d quotes, %d people, %d legs, %d issues (%d open)\n",
		counts.Articles, counts.Quotes, counts.People, counts.Legs, counts.Issues, counts.OpenIssues)
	fmt.Fprintf(stdout, "start-up   store.Open %s\n", openTime.Round(time.Microsecond))

	if *render != "" {
		f, err := os.Create(*render)
		if err != nil {
			return fmt.Errorf("render: %w", err)
		}
		if err := errors.Join(bench.RenderAnswers(ctx, svc, samples, f), f.Close()); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "answers    %d samples written to %s\n", len(samples), *render)
		return nil
	}

	// The first answer after start-up reads pages from disk (or the OS
	// cache) into SQLite's page cache: shown apart from the steady state.
	ops := bench.Ops(st, svc)
	t0 = time.Now()
	first := ops[1]
	if _, err := first.Run(ctx, samples[0]); err != nil {
		return fmt.Errorf("first answer: %w", err)
	}
	fmt.Fprintf(stdout, "first      %s %q: %s\n", first.Name, samples[0].Name, time.Since(t0).Round(time.Microsecond))

	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			return fmt.Errorf("-only: %w", err)
		}
		ops = slices.DeleteFunc(ops, func(op bench.Op) bool { return !re.MatchString(op.Name) })
	}
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	res, err := bench.RunOps(ctx, ops, samples, *runs, *budget)
	if perr := stopProfile(); err == nil {
		err = perr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n%-46s %6s %10s %10s %10s %8s %6s\n", "operation", "runs", "p50 ms", "p99 ms", "max ms", "items", "empty")
	for _, r := range res {
		fmt.Fprintf(stdout, "%-46s %6d %10.3f %10.3f %10.3f %8.1f %6d\n", r.Name, r.Latency.N,
			msf(r.Latency.P50), msf(r.Latency.P99), msf(r.Latency.Max), r.Items, r.Empty)
	}
	mem, err := bench.ReadMemory()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\nmemory     VmRSS %s, VmHWM %s after the queries (process start: VmRSS %s)\n",
		bench.MiB(mem.RSS), bench.MiB(mem.PeakRSS), bench.MiB(base.RSS))

	if *slash > 0 {
		texts := make([]string, *slash)
		for i := range texts {
			texts[i] = samples[i%len(samples)].Name
		}
		sr, err := bench.RunSlash(ctx, st, svc, texts)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "slash      /whosaid NAME through the fake Slack: ack %s | reply %s\n", sr.Ack, sr.Reply)
		if mem, err = bench.ReadMemory(); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "memory     VmHWM %s after the slash commands\n", bench.MiB(mem.PeakRSS))
	}

	if *explain {
		plans, err := bench.Explain(ctx, ro, samples[0])
		if err != nil {
			return err
		}
		bad := 0
		fmt.Fprintln(stdout, "\nEXPLAIN QUERY PLAN")
		for _, p := range plans {
			mark := ""
			if len(p.Problems) > 0 {
				mark = "   <-- " + strings.Join(p.Problems, "; ")
				bad++
			}
			fmt.Fprintf(stdout, "%s%s\n", p.Query, mark)
			for _, l := range p.Lines {
				fmt.Fprintf(stdout, "    %s\n", l)
			}
		}
		fmt.Fprintf(stdout, "%d of %d hot queries have a full scan or a temp B-tree\n", bad, len(plans))
	}
	return nil
}

// startCPUProfile profiles the process into path until the returned stop
// runs; with no path it does nothing.
func startCPUProfile(path string) (stop func() error, err error) {
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		return nil
	}, nil
}

func msf(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func fileSize(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "none"
	}
	return fmt.Sprintf("%.1f MB", float64(fi.Size())/1e6)
}
