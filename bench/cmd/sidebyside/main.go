// Command sidebyside measures our extraction and the JavaScript packages a
// developer would otherwise reach for, on the same BBC corpus in the same
// run, interleaved so that load on a shared machine hits both alike:
//
//	go run ./bench/cmd/sidebyside -runs 5
//
// Pairs: compromise's nlp(text).quotations() against our people.Find +
// quotes.Find (which also attributes each quote to a speaker), on every
// -every'th article because compromise is slow; chrono-node's
// chrono.parse(text, refDate) against timex.Tag, on the whole corpus; and
// the full extract.Article for scale. Each figure is single-threaded:
// node runs JavaScript on one thread, and Go runs with GOMAXPROCS=-procs.
// Run `npm ci` in bench/node first.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/newsroom/newsbot/internal/cputime"

	"github.com/newsroom/newsbot/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "sidebyside:", err)
		}
		os.Exit(1)
	}
}

// result is one timed pass, in the JSON shape the node scripts print.
type result struct {
	Tool     string  `json:"tool"`
	Articles int     `json:"articles"`
	Bytes    int64   `json:"bytes"`
	Seconds  float64 `json:"seconds"`
	MBPerS   float64 `json:"mb_per_s"`
	CPUSecs  float64 `json:"cpu_seconds"`
	CPUMBPS  float64 `json:"cpu_mb_per_s"` // per CPU-second: steadier than wall time on a shared machine
	Found    int     `json:"found"`
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sidebyside", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 3, "timed passes of each tool (the median is reported)")
	every := fs.Int("every", 10, "compromise pair: use every `K`th article")
	nodeDir := fs.String("node", "bench/node", "`DIR` holding the node scripts and node_modules")
	procs := fs.Int("procs", 1, "GOMAXPROCS for our side (0 leaves it as it is)")
	skipNode := fs.Bool("no-node", false, "measure our side only")
	path := fs.String("corpus", "", "corpus `FILE` (default: the BBC corpus in ../shared)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *every < 1 || *runs < 1 {
		return fmt.Errorf("-every %d -runs %d: want at least 1", *every, *runs)
	}
	if *path == "" {
		shared, err := bench.SharedDir(getenv, ".")
		if err != nil {
			fmt.Fprintf(stdout, "skipping: %v\n", err)
			return nil
		}
		*path = bench.BBCCorpusPath(shared)
	}
	c, err := bench.LoadCorpus(*path)
	if err != nil {
		return err
	}
	if *procs > 0 {
		runtime.GOMAXPROCS(*procs)
	}
	all := bench.Docs(c)
	var sub []bench.Doc
	for i, d := range all {
		if i%*every == 0 {
			sub = append(sub, d)
		}
	}
	if !*skipNode {
		if _, err := os.Stat(filepath.Join(*nodeDir, "node_modules")); err != nil {
			return fmt.Errorf("%s/node_modules missing: run `npm ci` in %s (or pass -no-node)", *nodeDir, *nodeDir)
		}
	}

	type task struct {
		tool string
		run  func() (result, error)
	}
	goTask := func(tool, stage string, docs []bench.Doc) task {
		st, ok := bench.StageByName(stage)
		if !ok {
			panic("unknown stage " + stage)
		}
		var size int64
		for _, d := range docs {
			size += int64(len(d.Text))
		}
		return task{tool, func() (result, error) {
			runtime.GC() // start each pass from a clean heap, as a fresh node process does
			c0, _ := cputime.Used()
			t0 := time.Now()
			n := bench.RunStage(st, docs, nil)
			secs := time.Since(t0).Seconds()
			c1, _ := cputime.Used()
			cpu := (c1 - c0).Seconds()
			r := result{Tool: tool, Articles: len(docs), Bytes: size, Seconds: secs, MBPerS: float64(size) / 1e6 / secs, CPUSecs: cpu, Found: n}
			if cpu > 0 {
				r.CPUMBPS = float64(size) / 1e6 / cpu
			}
			return r, nil
		}}
	}
	nodeTask := func(tool, script string, extra ...string) task {
		return task{tool, func() (result, error) {
			a := append([]string{script, "--corpus", *path, "--runs", "1", "--warmup", "1"}, extra...)
			cmd := exec.CommandContext(ctx, "node", a...)
			cmd.Dir = *nodeDir
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			if err := cmd.Run(); err != nil {
				return result{}, fmt.Errorf("node %s: %w: %s", script, err, strings.TrimSpace(errb.String()))
			}
			var r result
			sc := bufio.NewScanner(&out)
			for sc.Scan() {
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					return result{}, fmt.Errorf("node %s: %w", script, err)
				}
			}
			if r.Tool == "" {
				return result{}, fmt.Errorf("node %s printed no result: %s", script, strings.TrimSpace(out.String()+errb.String()))
			}
			r.Tool = tool
			return r, nil
		}}
	}
	everyFlag := fmt.Sprint(*every)
	tasks := []task{
		goTask("ours people+quotes (1/"+everyFlag+")", "people+quotes", sub),
		goTask("ours timex", "timex", all),
		goTask("ours full extract.Article", "full", all),
	}
	if !*skipNode {
		tasks = append(tasks,
			nodeTask("compromise quotations (1/"+everyFlag+")", "quotes.mjs", "--every", everyFlag),
			nodeTask("chrono-node parse", "dates.mjs"))
	}
	// One untimed pass of ours, as node's --warmup 1 gives the JIT.
	for _, t := range tasks[:3] {
		if _, err := t.run(); err != nil {
			return err
		}
	}
	res := map[string][]result{}
	for r := range *runs {
		for _, t := range tasks {
			x, err := t.run()
			if err != nil {
				return err
			}
			res[t.tool] = append(res[t.tool], x)
			fmt.Fprintf(stderr, "run %d %-40s %8.3f MB/s %8.3f MB per CPU-s\n", r+1, t.tool, x.MBPerS, x.CPUMBPS)
		}
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintf(stdout, "corpus %s: %d articles, %.2f MB; %d runs, interleaved; %s GOMAXPROCS=%d; node %s\n",
		*path, len(all), float64(c.Bytes)/1e6, *runs, bi.GoVersion, runtime.GOMAXPROCS(0), nodeVersion(ctx))
	fmt.Fprintf(stdout, "%-40s %8s %6s %11s %11s %7s  %s\n", "tool", "articles", "MB", "median MB/s", "MB/CPU-s", "found", "all runs MB/s (wall)")
	med, cpuMed := map[string]float64{}, map[string]float64{}
	for _, t := range tasks {
		rs := res[t.tool]
		var xs, cs []float64
		var runsStr []string
		for _, x := range rs {
			xs, cs = append(xs, x.MBPerS), append(cs, x.CPUMBPS)
			runsStr = append(runsStr, fmt.Sprintf("%.3f", x.MBPerS))
		}
		med[t.tool], cpuMed[t.tool] = bench.Median(xs), bench.Median(cs)
		fmt.Fprintf(stdout, "%-40s %8d %6.2f %11.3f %11.3f %7d  %s\n", t.tool, rs[0].Articles, float64(rs[0].Bytes)/1e6,
			med[t.tool], cpuMed[t.tool], rs[0].Found, strings.Join(runsStr, " "))
	}
	if !*skipNode {
		ratio := func(a, b string) {
			fmt.Fprintf(stdout, "ratio  %-36s / %-36s = %7.1fx wall, %7.1fx per CPU-s\n", a, b, med[a]/med[b], cpuMed[a]/cpuMed[b])
		}
		ratio(tasks[0].tool, tasks[3].tool)
		ratio(tasks[1].tool, tasks[4].tool)
		ratio(tasks[2].tool, tasks[3].tool)
		ratio(tasks[2].tool, tasks[4].tool)
	}
	return nil
}

func nodeVersion(ctx context.Context) string {
	out, err := exec.CommandContext(ctx, "node", "--version").Output()
	if err != nil {
		return "absent"
	}
	return strings.TrimSpace(string(out))
}
