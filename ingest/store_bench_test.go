package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/newsroom/newsbot/store"
)

// BenchmarkIngestJSONLStore is `bot ingest --jsonl` into a new SQLite store:
// the real extractor and writer over the archive file named by
// NEWSBOT_BENCH_JSONL (e.g. a replica from bench/cmd/replicate; skipped when
// unset). Run it with -benchtime 1x and -cpuprofile to see where the single
// writer spends its time (store.(*Store).SavePrepared).
func BenchmarkIngestJSONLStore(b *testing.B) {
	path := os.Getenv("NEWSBOT_BENCH_JSONL")
	if path == "" {
		b.Skip("NEWSBOT_BENCH_JSONL is not set: no archive to ingest")
	}
	for b.Loop() {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "bench.db")
		st, err := store.Open(context.Background(), db)
		if err != nil {
			b.Fatal(err)
		}
		cpu0 := cpuTime()
		b.StartTimer()
		batch, _ := strconv.Atoi(os.Getenv("NEWSBOT_BENCH_BATCH")) // 0: the default
		p := &Pipeline{Store: st, JSONL: true, BatchSize: batch}
		sum, err := p.Run(b.Context(), path)
		b.StopTimer()
		cpu := cpuTime() - cpu0
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		if err != nil || sum.Failed > 0 {
			b.Fatalf("%v %v", sum, err)
		}
		b.ReportMetric(float64(sum.Total())/sum.Elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64(sum.Total())/cpu.Seconds(), "articles/cpu-s")
		if fi, err := os.Stat(db); err == nil && sum.Added > 0 {
			b.ReportMetric(float64(fi.Size())/float64(sum.Added), "db-B/article")
		}
		b.StartTimer()
	}
}

// cpuTime is the process's user + system time: the machine is shared, and
// CPU time says what ingest costs whatever else runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
