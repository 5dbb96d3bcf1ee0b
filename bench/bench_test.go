package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/internal/cputime"

	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"
)

func TestPercentile(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		out := make([]time.Duration, len(xs))
		for i, x := range xs {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one sample", ms(7), 99, 7 * time.Millisecond},
		{"median of odd count", ms(1, 2, 3, 4, 5), 50, 3 * time.Millisecond},
		{"median of even count is the lower middle (nearest rank)", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p99 of 100 is the 99th", ms(hundred...), 99, 99 * time.Millisecond},
		{"p100 is the max", ms(hundred...), 100, 100 * time.Millisecond},
		{"p99 of 10 is the max", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 99, 10 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("Percentile(p%v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestSummarizeDoesNotReorder(t *testing.T) {
	ds := []time.Duration{5, 1, 4, 2, 3}
	l := Summarize(ds)
	if l.N != 5 || l.P50 != 3 || l.Max != 5 || l.Mean != 3 {
		t.Errorf("Summarize = %+v", l)
	}
	if !slices.Equal(ds, []time.Duration{5, 1, 4, 2, 3}) {
		t.Errorf("input reordered: %v", ds)
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{9, 1, 5}, 5},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := Median(tt.xs); got != tt.want {
			t.Errorf("Median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}

func TestParseStatus(t *testing.T) {
	status := "Name:\tquerybench\nVmPeak:\t  900000 kB\nVmHWM:\t  153600 kB\nVmRSS:\t  102400 kB\nThreads:\t9\n"
	m, err := parseStatus([]byte(status))
	if err != nil {
		t.Fatal(err)
	}
	if m.RSS != 100<<20 || m.PeakRSS != 150<<20 {
		t.Errorf("parseStatus = %+v, want RSS 100 MiB, peak 150 MiB", m)
	}
	if _, err := parseStatus([]byte("Name:\tx\nVmRSS:\t12 MB\nVmHWM:\t1 kB\n")); err == nil {
		t.Error("a VmRSS line in MB was accepted")
	}
	if _, err := parseStatus([]byte("Name:\tx\n")); err == nil {
		t.Error("status without VmRSS was accepted")
	}
	if runtime.GOOS == "linux" {
		m, err := ReadMemory()
		if err != nil || m.RSS <= 0 || m.PeakRSS < m.RSS {
			t.Errorf("ReadMemory() = %+v, %v", m, err)
		}
	}
}

func loadTestCorpus(t testing.TB) Corpus {
	t.Helper()
	c, err := LoadCorpus(filepath.Join("testdata", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) < 5 {
		t.Fatalf("testdata corpus has %d articles", len(c.Articles))
	}
	return c
}

func TestCopyMarker(t *testing.T) {
	tests := []struct {
		k    int
		want string
	}{
		{0, "\n\nArchive ref bbbb."},
		{1, "\n\nArchive ref bbbc."},
		{19, "\n\nArchive ref bbbz."},
		{21, "\n\nArchive ref bbcc."},
		{159999, "\n\nArchive ref zzzz."},
		{160000, "\n\nArchive ref cbbbb."},
	}
	for _, tt := range tests {
		if got := CopyMarker(tt.k); got != tt.want {
			t.Errorf("CopyMarker(%d) = %q, want %q", tt.k, got, tt.want)
		}
	}
	seen := map[string]int{}
	for k := range 10000 {
		m := CopyMarker(k)
		if prev, ok := seen[m]; ok {
			t.Fatalf("copies %d and %d share the marker %q", prev, k, m)
		}
		seen[m] = k
		code, ok := strings.CutPrefix(m, "\n\nArchive ref ")
		if !ok || strings.ContainsAny(code, "0123456789aeiouy") {
			t.Fatalf("marker %q: want \"Archive ref\" and a code without digits or vowels", m)
		}
	}
}

func TestPublishedFor(t *testing.T) {
	first, last := PublishedFor(0, 1000), PublishedFor(999, 1000)
	if !first.Equal(time.Date(2006, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("first article published %v, want 2006-01-01", first)
	}
	if last.Year() != 2025 {
		t.Errorf("last article published %v, want in 2025", last)
	}
	prev := first
	for i := range 1000 {
		d := PublishedFor(i, 1000)
		if d.Before(prev) || d.Hour() != 0 {
			t.Fatalf("PublishedFor(%d) = %v after %v: want non-decreasing midnights", i, d, prev)
		}
		prev = d
	}
}

func TestReplicate(t *testing.T) {
	c := loadTestCorpus(t)
	n := len(c.Articles)*2 + 3 // two whole copies and part of a third
	var buf bytes.Buffer
	st, err := Replicate(&buf, c.Articles, n)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != n || st.FileBytes != int64(buf.Len()) {
		t.Errorf("stats %+v for %d lines, %d bytes", st, n, buf.Len())
	}
	ids, hashes := map[string]bool{}, map[string]bool{}
	var prev time.Time
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		var fields map[string]any
		if err := json.Unmarshal(sc.Bytes(), &fields); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		keys := make([]string, 0, len(fields))
		for k := range fields {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if want := []string{"id", "published", "text", "title", "url"}; !slices.Equal(keys, want) {
			t.Fatalf("line %d has fields %v, want %v", line, keys, want)
		}
		// The line must read as bot ingest --jsonl reads it.
		a, err := ingest.FromJSONLine("replica", sc.Bytes(), ingest.Options{})
		if err != nil {
			t.Fatalf("line %d: ingest rejects it: %v", line, err)
		}
		if ids[a.ExternalID] {
			t.Errorf("line %d: id %s repeated", line, a.ExternalID)
		}
		ids[a.ExternalID] = true
		if hashes[a.Hash] {
			t.Errorf("line %d: text of %s duplicates an earlier copy: the store would skip it", line, a.ExternalID)
		}
		hashes[a.Hash] = true
		if a.PublishedAssumed || a.Published.Before(prev) {
			t.Errorf("line %d: published %v (assumed %v) after %v", line, a.Published, a.PublishedAssumed, prev)
		}
		prev = a.Published
		k := (line - 1) / len(c.Articles)
		src := c.Articles[(line-1)%len(c.Articles)]
		if !strings.HasPrefix(a.Text, src.Text) || !strings.HasSuffix(a.Text, CopyMarker(k)) {
			t.Errorf("line %d: text is not article %s plus the marker of copy %d", line, src.ID, k)
		}
	}
	if line != n {
		t.Errorf("%d lines, want %d", line, n)
	}
	if _, err := Replicate(&buf, nil, 3); err == nil {
		t.Error("replicating an empty corpus did not fail")
	}
}

// smokeStore is a small database built from the testdata stories through the
// real ingest pipeline.
func smokeStore(t testing.TB, copies int) *store.Store {
	t.Helper()
	c := loadTestCorpus(t)
	st, sum, err := BuildStore(context.Background(), t.TempDir(), c.Articles, copies*len(c.Articles))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if sum.Added != copies*len(c.Articles) {
		t.Fatalf("ingest: %s, want every article added", sum)
	}
	return st
}

func TestServingPathSmoke(t *testing.T) {
	ctx := context.Background()
	st := smokeStore(t, 3)
	ro, err := OpenReadOnly(st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	counts, err := Count(ctx, ro)
	if err != nil {
		t.Fatal(err)
	}
	if counts.Articles != 18 || counts.Quotes == 0 || counts.People == 0 {
		t.Fatalf("counts %+v: want 18 articles with quotes and people", counts)
	}
	samples, err := Samples(ctx, ro, 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	svc := &summaries.Service{Store: st, Location: time.UTC}
	res, err := RunOps(ctx, Ops(st, svc), samples, 4, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Latency.N != 4 {
			t.Errorf("%s: %d timings, want 4", r.Name, r.Latency.N)
		}
		// Names and phrases are drawn from stored quotes: looking them up
		// must find them.
		if strings.Contains(r.Name, "NAME") && r.Empty > 0 {
			t.Errorf("%s: %d of 4 runs found nothing for names drawn from stored quotes", r.Name, r.Empty)
		}
		if strings.Contains(r.Name, "SearchQuotes") && r.Empty > 0 {
			t.Errorf("%s: %d of 4 runs found nothing for phrases drawn from stored quotes", r.Name, r.Empty)
		}
	}
	// Every hot query of package store must be valid SQL against the schema.
	plans, err := Explain(ctx, ro, samples[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(plans) != len(HotQueries(samples[0])) {
		t.Fatalf("%d plans for %d queries", len(plans), len(HotQueries(samples[0])))
	}
	for i, p := range plans {
		// A plain INSERT reads no table: its plan is empty.
		if len(p.Lines) == 0 && !strings.HasPrefix(HotQueries(samples[0])[i].SQL, "INSERT") {
			t.Errorf("%s: empty plan", p.Query)
		}
	}
}

func TestSlashSmoke(t *testing.T) {
	ctx := context.Background()
	st := smokeStore(t, 1)
	svc := &summaries.Service{Store: st, Location: time.UTC}
	res, err := RunSlash(ctx, st, svc, []string{"Tomas Ferreira", "Okafor", "Nobody Inparticular"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Reply.N != 3 || res.Ack.N != 3 {
		t.Errorf("slash result %+v: want 3 acks and 3 replies", res)
	}
	if res.Ack.P50 <= 0 || res.Reply.P50 <= 0 {
		t.Errorf("slash result %+v: zero latencies", res)
	}
}

// benchCorpus is the BBC corpus from ../shared, or a skip. Without
// NEWSBOT_BENCH=1 only every 20th article is used, so the CI smoke
// (-benchtime=1x) stays short.
func benchCorpus(b *testing.B) (Corpus, bool) {
	b.Helper()
	shared, err := SharedDir(os.Getenv, ".")
	if err != nil {
		b.Skipf("BBC corpus unavailable: %v: skipping", err)
	}
	c, err := LoadCorpus(BBCCorpusPath(shared))
	if err != nil {
		b.Fatal(err)
	}
	heavy := Heavy(os.Getenv)
	if !heavy {
		var sub Corpus
		for i := 0; i < len(c.Articles); i += 20 {
			sub.Articles = append(sub.Articles, c.Articles[i])
			sub.Bytes += int64(len(c.Articles[i].Text))
		}
		c = sub
	}
	return c, heavy
}

// BenchmarkExtract is extraction throughput over the BBC corpus, one
// goroutine (run with -cpu 1 for a per-core figure): the full pipeline and
// each stage alone.
func BenchmarkExtract(b *testing.B) {
	c, heavy := benchCorpus(b)
	if !heavy {
		b.Logf("smoke: %d articles; NEWSBOT_BENCH=1 for the whole corpus", len(c.Articles))
	}
	docs := Docs(c)
	var pre []Prepared
	for _, st := range Stages {
		b.Run(st.Name, func(b *testing.B) {
			if st.Prepared && pre == nil {
				pre = Prepare(docs)
			}
			b.SetBytes(c.Bytes)
			b.ReportAllocs()
			found := 0
			cpu0, cpuOK := cputime.Used()
			for b.Loop() {
				found = RunStage(st, docs, pre)
			}
			if cpu1, ok := cputime.Used(); ok && cpuOK && cpu1 > cpu0 {
				// Throughput per CPU-second: unlike MB/s it does not count
				// time other jobs on a shared machine held the core.
				b.ReportMetric(float64(c.Bytes)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
			}
			b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(found), "items")
		})
	}
}

// BenchmarkIngest is the whole ingest (parallel extraction, batched saves
// with FTS and derived rows) of the BBC corpus into a new database per
// iteration. The 10k/100k figures come from bench/ingest.sh with the bot
// binary.
func BenchmarkIngest(b *testing.B) {
	c, _ := benchCorpus(b)
	ctx := context.Background()
	n := 0
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		archive := filepath.Join(dir, "archive.jsonl")
		f, err := os.Create(archive)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Replicate(f, c.Articles, len(c.Articles)); err != nil {
			b.Fatal(err)
		}
		f.Close()
		st, err := store.Open(ctx, filepath.Join(dir, "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := IngestArchive(ctx, st, archive)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		n += sum.Total()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkServing times the serving path on a database: the one named by
// NEWSBOT_BENCH_DB (a big one from bench/ingest.sh), else one built here
// from the BBC corpus (the testdata stories when ../shared is absent).
func BenchmarkServing(b *testing.B) {
	ctx := context.Background()
	var st *store.Store
	if path := os.Getenv("NEWSBOT_BENCH_DB"); path != "" {
		var err error
		if st, err = store.Open(ctx, path); err != nil {
			b.Fatal(err)
		}
		defer st.Close()
	} else {
		c, _ := benchCorpus(b)
		var err error
		var sum ingest.Summary
		if st, sum, err = BuildStore(ctx, b.TempDir(), c.Articles, len(c.Articles)); err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		b.Logf("built a database of %s", sum)
	}
	ro, err := OpenReadOnly(st.Path())
	if err != nil {
		b.Fatal(err)
	}
	defer ro.Close()
	samples, err := Samples(ctx, ro, 50, 1)
	if err != nil {
		b.Fatal(err)
	}
	svc := &summaries.Service{Store: st, Location: time.UTC}
	for _, op := range Ops(st, svc) {
		b.Run(strings.NewReplacer(" ", "_", "\"", "").Replace(op.Name), func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := op.Run(ctx, samples[i%len(samples)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
	b.Run("slash_whosaid_via_fake_Slack", func(b *testing.B) {
		texts := make([]string, 0, b.N)
		for i := range b.N {
			texts = append(texts, samples[i%len(samples)].Name)
		}
		b.ResetTimer()
		res, err := RunSlash(ctx, st, svc, texts)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Reply.P50)/1e6, "p50-ms")
		b.ReportMetric(float64(res.Reply.P99)/1e6, "p99-ms")
	})
}

// TestFillerMatchesExtract checks that Filler's shortcut gives what `bot
// ingest --jsonl` would store: the same article and the same extraction as
// extract.Article on it. With NEWSBOT_BENCH=1 and ../shared present it
// checks copy 3 of every BBC article too.
func TestFillerMatchesExtract(t *testing.T) {
	srcs := map[string][]CorpusArticle{"testdata": loadTestCorpus(t).Articles}
	if Heavy(os.Getenv) {
		if shared, err := SharedDir(os.Getenv, "."); err == nil {
			c, err := LoadCorpus(BBCCorpusPath(shared))
			if err != nil {
				t.Fatal(err)
			}
			srcs["bbc"] = c.Articles
		}
	}
	now := time.Date(2026, 1, 28, 9, 0, 0, 0, time.UTC)
	for name, src := range srcs {
		t.Run(name, func(t *testing.T) {
			f, err := NewFiller(src)
			if err != nil {
				t.Fatal(err)
			}
			total := 4 * len(src)
			var buf bytes.Buffer
			if _, err := Replicate(&buf, src, total); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			bad := 0
			for seq := 3 * len(src); seq < total; seq++ {
				got, err := f.Analysed(seq, total, now)
				if err != nil {
					t.Fatal(err)
				}
				art, err := ingest.FromJSONLine("fill", []byte(lines[seq]), ingest.Options{Now: func() time.Time { return now }})
				if err != nil {
					t.Fatal(err)
				}
				want := extract.Article(art.ExternalID, art.Text, art.Published)
				g := got.Extraction
				var diff []string
				for part, same := range map[string]bool{
					"article": reflect.DeepEqual(got.Article, art), "people": reflect.DeepEqual(g.People, want.People),
					"quotes": reflect.DeepEqual(g.Quotes, want.Quotes), "trips": reflect.DeepEqual(g.Trips, want.Trips),
					"issues": reflect.DeepEqual(g.Issues, want.Issues), "timexes": reflect.DeepEqual(g.Timexes, want.Timexes),
					"id": g.ID == want.ID,
				} {
					if !same {
						diff = append(diff, part)
					}
				}
				if len(diff) > 0 {
					bad++
					if bad <= 3 {
						slices.Sort(diff)
						t.Errorf("line %d (%s): Filler's %v differ from ingest + extract.Article", seq, art.ExternalID, diff)
					}
				}
			}
			if bad > 0 {
				t.Errorf("%d of %d articles differ", bad, len(src))
			}
		})
	}
}

func TestRunOpsBudget(t *testing.T) {
	calls := 0
	slow := Op{Name: "slow", Run: func(context.Context, Sample) (int, error) {
		calls++
		time.Sleep(time.Millisecond)
		return calls % 2, nil
	}}
	res, err := RunOps(context.Background(), []Op{slow}, []Sample{{Name: "A B"}}, 100, time.Nanosecond)
	if err != nil {
		t.Fatal(err)
	}
	if calls != minRunsInBudget || res[0].Latency.N != minRunsInBudget {
		t.Errorf("%d calls, %d timings: want %d past a spent budget", calls, res[0].Latency.N, minRunsInBudget)
	}
	if res[0].Empty != 2 || res[0].Items != 0.6 {
		t.Errorf("empty %d, items %v: want 2 empty answers of 5 and 0.6 items per answer", res[0].Empty, res[0].Items)
	}
}
