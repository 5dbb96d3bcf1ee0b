package extract

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

// threadCPU is the CPU time of the calling OS thread (the goroutine must
// be locked to it): unlike process time it leaves out the collector's
// workers on other threads, and unlike wall time the other jobs of a
// shared machine. clock_gettime is called directly: getrusage's thread
// time moves only at scheduler ticks, and x/sys is no direct dependency.
func threadCPU() time.Duration {
	const clockThreadCPUTimeID = 3 // CLOCK_THREAD_CPUTIME_ID
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// stageState is one article's inputs and outputs as Article's stages pass
// them on.
type stageState struct {
	text  string
	cast  *people.Cast
	tx    []newsbot.Timex
	qs    []newsbot.Quote
	sents []text.Span
	tr    []newsbot.Trip
	is    []newsbot.Issue
}

// articleStages are Article's stages in its order, one call each.
func articleStages(published time.Time) []struct {
	name string
	run  func(st *stageState)
} {
	return []struct {
		name string
		run  func(st *stageState)
	}{
		{"people", func(st *stageState) { st.cast = people.Find(st.text) }},
		{"timex", func(st *stageState) { st.tx = timex.Tag(st.text, published) }},
		{"quotes", func(st *stageState) { st.qs = quotes.Find(st.text, st.cast) }},
		{"split", func(st *stageState) { st.sents = text.Sentences(st.text) }},
		{"trips", func(st *stageState) { st.tr = trips.FindInSentences(st.text, st.sents, published, st.cast, st.tx) }},
		{"issues", func(st *stageState) { st.is = issues.FindInSentences(st.text, st.sents, st.cast, st.qs) }},
		{"normalise", func(st *stageState) {
			Normalise(newsbot.Extraction{ID: "x", People: st.cast.People, Quotes: st.qs, Trips: st.tr, Issues: st.is, Timexes: st.tx})
		}},
	}
}

// BenchmarkBreakdownBBC reports where the time of the whole extraction
// goes: each stage's CPU time in ms per MB of copy ("<stage>-ms/MB", and
// "sum-ms/MB"), in situ (article by article, as Article runs them) and
// warm (each stage over the whole corpus before the next, as
// BenchmarkStagewiseBBC). The same work costs more in situ: between two
// articles the other stages evict a stage's code, tables and buffers from
// the core's caches (BenchmarkEvictionBBC). In situ the clock is read
// eight times an article, which adds a little to each stage.
func BenchmarkBreakdownBBC(b *testing.B) {
	texts, n := bbcTexts(b)
	stages := articleStages(time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC))
	report := func(b *testing.B, acc []time.Duration) {
		mb := float64(n) * float64(b.N) / 1e6
		var sum time.Duration
		for k, st := range stages {
			b.ReportMetric(acc[k].Seconds()*1e3/mb, st.name+"-ms/MB")
			sum += acc[k]
		}
		b.ReportMetric(sum.Seconds()*1e3/mb, "sum-ms/MB")
	}
	b.Run("situ", func(b *testing.B) {
		// Held for the whole run, the thread's clock times this
		// goroutine only.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		acc := make([]time.Duration, len(stages))
		b.SetBytes(int64(n))
		b.ReportAllocs()
		st := new(stageState) // one for all: Article allocates none
		for b.Loop() {
			for _, s := range texts {
				*st = stageState{text: s}
				t0 := threadCPU()
				for k, stage := range stages {
					stage.run(st)
					t1 := threadCPU()
					acc[k] += t1 - t0
					t0 = t1
				}
			}
		}
		report(b, acc)
	})
	b.Run("warm", func(b *testing.B) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		acc := make([]time.Duration, len(stages))
		states := make([]stageState, len(texts))
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for i, s := range texts {
				states[i] = stageState{text: s}
			}
			for k, stage := range stages {
				t0 := threadCPU()
				for i := range states {
					stage.run(&states[i])
				}
				acc[k] += threadCPU() - t0
			}
		}
		report(b, acc)
	})
}

// BenchmarkEvictionBBC measures how much each stage's footprint slows the
// next stage down: per article it runs one stage (or all but timex, as
// Article does), then times timex.Tag on the same article, and reports
// timex's CPU time in ms per MB. "none" is timex with its code, tables and
// buffers warm; the rest show what each stage evicts from the core's
// caches. The other stages' inputs are prepared outside the timing.
// "touch-<size>" writes one word in every cache line of a buffer of that
// size instead of running a stage: a calibration, which shows how much of
// the core's L2 (2 MB on the bench machine) the other stages together
// displace between two articles (in 2026-11 "others" cost timex as much
// as touching 1 to 4 MB did, though every stage alone costs it less than
// 1 MB: their footprints add up past the L2).
func BenchmarkEvictionBBC(b *testing.B) {
	texts, n := bbcTexts(b)
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	casts := make([]*people.Cast, len(texts))
	txs := make([][]newsbot.Timex, len(texts))
	qs := make([][]newsbot.Quote, len(texts))
	sents := make([][]text.Span, len(texts))
	for i, s := range texts {
		casts[i] = people.Find(s)
		txs[i] = timex.Tag(s, published)
		qs[i] = quotes.Find(s, casts[i])
		sents[i] = text.Sentences(s)
	}
	lines := make([]uint64, 4<<20/8)
	touch := func(size int) {
		for k := 0; k < size/8; k += 8 { // 8 words: one 64-byte line
			lines[k]++
		}
	}
	stages := []struct {
		name string
		run  func(i int, s string)
	}{
		{"none", func(int, string) {}},
		{"touch-256K", func(int, string) { touch(256 << 10) }},
		{"touch-1M", func(int, string) { touch(1 << 20) }},
		{"touch-4M", func(int, string) { touch(4 << 20) }},
		{"people", func(_ int, s string) { people.Find(s) }},
		{"quotes", func(i int, s string) { quotes.Find(s, casts[i]) }},
		{"split", func(_ int, s string) { text.Sentences(s) }},
		{"trips", func(i int, s string) { trips.FindInSentences(s, sents[i], published, casts[i], txs[i]) }},
		{"issues", func(i int, s string) { issues.FindInSentences(s, sents[i], casts[i], qs[i]) }},
		{"others", func(i int, s string) {
			people.Find(s)
			quotes.Find(s, casts[i])
			text.Sentences(s)
			trips.FindInSentences(s, sents[i], published, casts[i], txs[i])
			issues.FindInSentences(s, sents[i], casts[i], qs[i])
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var used time.Duration
			for b.Loop() {
				for i, s := range texts {
					st.run(i, s)
					t0 := threadCPU()
					timex.Tag(s, published)
					used += threadCPU() - t0
				}
			}
			b.ReportMetric(used.Seconds()*1e3/(float64(n)*float64(b.N)/1e6), "timex-ms/MB")
		})
	}
}
