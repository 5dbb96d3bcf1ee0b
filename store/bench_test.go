package store

import (
	"context"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// BenchmarkSaveArticles stores batches of 500 new synthetic articles (3
// quotes, 2 people, 1 trip, 1 issue each, ~2.3 KB of text) with FTS.
func BenchmarkSaveArticles(b *testing.B) {
	s := openTest(b)
	ctx := context.Background()
	const batchSize = 500
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		b.StopTimer()
		batch := synthBatch(n, batchSize)
		n += batchSize
		b.StartTimer()
		if _, err := s.SaveArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(len(synth(1, time.Now()).Article.Text)), "text-B/article")
	// The machine is shared: CPU time says what the code costs regardless
	// of other load (it includes building the synthetic batches).
	b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
}

// benchStore is a store holding n synthetic articles (20 speakers, so each
// has thousands of quotes: the worst case for a /whosaid page).
// NEWSBOT_BENCH_ARTICLES overrides n, to measure growth (100000, 1000000).
func benchStore(b *testing.B, n int) *Store {
	b.Helper()
	if v, err := strconv.Atoi(os.Getenv("NEWSBOT_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	s := openTest(b)
	for i := 0; i < n; i += 1000 {
		if _, err := s.SaveArticles(context.Background(), synthBatch(i, 1000)); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkQuotesBy is /whosaid NAME against 20k articles / 60k quotes.
func BenchmarkQuotesBy(b *testing.B) {
	s := benchStore(b, 20000)
	ctx := context.Background()
	ps, err := s.FindPeople(ctx, "Amira Okonkwo", 1)
	if err != nil || len(ps) == 0 {
		b.Fatalf("find: %v %v", ps, err)
	}
	for _, bc := range []struct {
		name string
		f    newsbot.QuoteFilter
	}{
		{"first-page", newsbot.QuoteFilter{Limit: 10}},
		{"page-50", newsbot.QuoteFilter{Limit: 10, Offset: 490}},
		{"topic", newsbot.QuoteFilter{Limit: 10, Topic: "dredging families"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				hits, err := s.QuotesBy(ctx, ps[0].ID, bc.f)
				if err != nil || len(hits) != 10 {
					b.Fatalf("%d hits, %v", len(hits), err)
				}
			}
		})
	}
}

// BenchmarkSearch is the other interactive queries against 20k articles.
func BenchmarkSearch(b *testing.B) {
	s := benchStore(b, 20000)
	ctx := context.Background()
	cases := []struct {
		name string
		run  func() (int, error)
	}{
		{"find-people-surname", func() (int, error) { ps, err := s.FindPeople(ctx, "Okonkwo", 5); return len(ps), err }},
		{"find-people-prefix", func() (int, error) { ps, err := s.FindPeople(ctx, "Sir Amira", 5); return len(ps), err }},
		{"phrase-rare", func() (int, error) {
			hs, err := s.SearchQuotes(ctx, "leaves 1040 families", newsbot.QuoteFilter{Limit: 10})
			return len(hs), err
		}},
		{"phrase-common", func() (int, error) { // matches 20k quotes: capped
			hs, err := s.SearchQuotes(ctx, "keep the pressure on", newsbot.QuoteFilter{Limit: 10})
			return len(hs), err
		}},
		{"passages", func() (int, error) {
			ps, err := s.SearchPassages(ctx, "harbour dredging Lisbon", 5)
			return len(ps), err
		}},
		{"legs-traveler", func() (int, error) {
			ls, err := s.Legs(ctx, newsbot.LegFilter{Traveler: "Okonkwo", Limit: 20})
			return len(ls), err
		}},
		{"issues-open-20", func() (int, error) { is, err := s.Issues(ctx, newsbot.IssueOpen, 20); return len(is), err }},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				n, err := bc.run()
				if err != nil || n == 0 {
					b.Fatalf("%d results, %v", n, err)
				}
			}
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
