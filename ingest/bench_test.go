package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// benchArchive writes n synthetic archive lines of about 2.5 KB each.
func benchArchive(b *testing.B, n int) (string, int64) {
	b.Helper()
	para := "The harbour board confirmed on Thursday that the new container crane would arrive in April, " +
		"two months later than planned, after a dispute with the shipyard over welding inspections. "
	var sb strings.Builder
	for i := range n {
		line, err := json.Marshal(map[string]string{
			"id": fmt.Sprintf("bench-%d", i), "url": fmt.Sprintf("https://wire.example.net/2026/01/%02d/story-%d", i%28+1, i),
			"title": "Crane delay at the harbour", "text": fmt.Sprintf("Story %d. ", i) + strings.Repeat(para+"\n\n", 14),
			"published": "2026-01-12T09:15:00Z",
		})
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(line)
		sb.WriteByte('\n')
	}
	path := filepath.Join(b.TempDir(), "bench.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o600); err != nil {
		b.Fatal(err)
	}
	return path, int64(sb.Len())
}

// BenchmarkPipelineJSONL measures read + parse + batching with a store and
// an extractor that do nothing: the ingest side's own ceiling.
func BenchmarkPipelineJSONL(b *testing.B) {
	const n = 5000
	path, size := benchArchive(b, n)
	st := &fakeStore{SaveArticlesFn: func(_ context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error) {
		res := make([]newsbot.SaveResult, len(batch))
		for i := range res {
			res[i] = newsbot.SaveResult{ArticleID: int64(i + 1), Outcome: newsbot.Added}
		}
		return res, nil
	}}
	p := &Pipeline{Store: st, Options: testOptions(), Extract: noExtract}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		sum, err := p.Run(b.Context(), path)
		if err != nil || sum.Added != n {
			b.Fatalf("%v %v", sum, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPipelineBBC runs the real extractor over the BBC corpus from
// ../shared (evaluation data, absent on a fresh clone) with a no-op store.
func BenchmarkPipelineBBC(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "corpus", "bbc", "corpus.jsonl")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("BBC corpus not found at %s (../shared is absent): skipping", path)
	}
	var n int
	st := &fakeStore{SaveArticlesFn: func(_ context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error) {
		n += len(batch)
		return make([]newsbot.SaveResult, len(batch)), nil
	}}
	p := &Pipeline{Store: st, Options: testOptions()}
	for b.Loop() {
		if _, err := p.Run(b.Context(), path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// genArchive streams n synthetic archive lines without holding them.
type genArchive struct {
	n, i int
	buf  []byte
}

func (g *genArchive) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.i == g.n {
			return 0, io.EOF
		}
		text := fmt.Sprintf("Story %d. ", g.i) + strings.Repeat("The harbour board confirmed on Thursday that the new crane would arrive in April. \n\n", 30)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("gen-%d", g.i), "text": text, "published": "2026-01-12"})
		g.buf = append(line, '\n')
		g.i++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// BenchmarkPipelineMemory streams 50,000 articles (about 125 MB of JSON
// lines) through the pipeline and reports the peak heap: it must stay flat,
// a few batches' worth, however long the archive.
func BenchmarkPipelineMemory(b *testing.B) {
	const n = 50_000
	st := &fakeStore{SaveArticlesFn: func(_ context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error) {
		return make([]newsbot.SaveResult, len(batch)), nil
	}}
	var peak uint64
	for b.Loop() {
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			var ms runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
					runtime.ReadMemStats(&ms)
					peak = max(peak, ms.HeapAlloc)
				}
			}
		}()
		p := &Pipeline{Store: st, Options: testOptions(), Extract: noExtract, JSONL: true, Stdin: &genArchive{n: n}}
		sum, err := p.Run(b.Context(), "-")
		close(stop)
		<-done
		if err != nil || sum.Total() != n {
			b.Fatalf("%v %v", sum, err)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
