package eval

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

func tripSharedOrSkip(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (../shared is absent): skipping", p)
	}
	return p
}

func TestTripsSeed(t *testing.T) {
	p := tripSharedOrSkip(t, filepath.Join("eval", "seed-gold.json"))
	var out strings.Builder
	res, err := TripsScore(context.Background(), p, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if res.Required != 4 {
		t.Fatalf("seed has %d required legs, want 4", res.Required)
	}
	if res.RequiredFound < 4 || res.DatesRight < 4 {
		t.Errorf("seed: found %d/4 required legs, %d dates right", res.RequiredFound, res.DatesRight)
	}
}

func TestTripsGold(t *testing.T) {
	p := tripSharedOrSkip(t, filepath.Join("eval", "gold"))
	var out strings.Builder
	res, err := TripsScore(context.Background(), p, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	// Floors under the figures reached (0.94 and 1.00), to catch regressions.
	if r := tripRatio(res.RequiredFound, res.Required); r < 0.85 {
		t.Errorf("required legs found %.3f, want >= 0.85", r)
	}
	if r := tripRatio(res.DatesRight, res.RequiredFound); r < 0.9 {
		t.Errorf("dates right %.3f, want >= 0.9", r)
	}
}

func TestTripMatching(t *testing.T) {
	str := func(s string) *string { return &s }
	tests := []struct {
		name       string
		pred       newsbot.Trip
		gold       tripGoldLeg
		place, day bool
	}{
		{"same city and day", newsbot.Trip{Traveler: "Ann Lee", Place: "Oslo", Country: "Norway", Date: "2026-02-03"},
			tripGoldLeg{Traveler: "Ann Lee", Place: str("Oslo"), Date: str("2026-02-03")}, true, true},
		{"city inside a gold address", newsbot.Trip{Place: "London", Country: "United Kingdom"},
			tripGoldLeg{Place: str("Paddington Green police station, London")}, true, true},
		{"country by alias", newsbot.Trip{Place: "United States", Country: "United States"},
			tripGoldLeg{Place: str("America")}, true, true},
		{"week inside gold month", newsbot.Trip{Place: "Iowa", Date: "2019-W47"},
			tripGoldLeg{Place: str("Iowa"), Date: str("2019-11")}, true, true},
		{"wrong day", newsbot.Trip{Place: "Oslo", Date: "2026-02-04"},
			tripGoldLeg{Place: str("Oslo"), Date: str("2026-02-03")}, true, false},
		{"date where gold has none", newsbot.Trip{Place: "Oslo", Date: "2026-02-04"},
			tripGoldLeg{Place: str("Oslo")}, true, false},
		{"after must match", newsbot.Trip{Place: "Japan", Country: "Japan"},
			tripGoldLeg{Place: str("Japan"), After: "2026-01-30"}, true, false},
		{"other place", newsbot.Trip{Place: "Osaka", Country: "Japan"},
			tripGoldLeg{Place: str("Tokyo")}, false, true},
	}
	for _, tt := range tests {
		if got := tripSamePlace(tt.pred, tt.gold); got != tt.place {
			t.Errorf("%s: same place = %v, want %v", tt.name, got, tt.place)
		}
		if got := tripDateRight(tt.pred, tt.gold); got != tt.day {
			t.Errorf("%s: date right = %v, want %v", tt.name, got, tt.day)
		}
	}
	if !tripSamePerson("Keir Starmer", "Sir Keir Starmer") || tripSamePerson("Starmer", "Keir Starmer") {
		t.Error("person matching")
	}
}

// tripBenchDocs prepares BBC articles with their casts and dates, so that
// the benchmarks below time only the trip or issue finder.
func tripBenchDocs(b *testing.B) []tripBenchDoc {
	b.Helper()
	p := filepath.Join("..", "..", "shared", "corpus", "bbc", "corpus.jsonl")
	if _, err := os.Stat(p); err != nil {
		b.Skipf("%s not found (../shared is absent): skipping", p)
	}
	texts, err := tripBBC(p)
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pub := time.Date(2005, 3, 2, 0, 0, 0, 0, time.UTC)
	var docs []tripBenchDoc
	for _, id := range ids[:300] {
		t := texts[id]
		docs = append(docs, tripBenchDoc{text: t, cast: people.Find(t), tx: timex.Tag(t, pub)})
	}
	return docs
}

type tripBenchDoc struct {
	text string
	cast *people.Cast
	tx   []newsbot.Timex
}

func BenchmarkTripsFindBBC(b *testing.B) {
	docs := tripBenchDocs(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.text))
	}
	pub := time.Date(2005, 3, 2, 0, 0, 0, 0, time.UTC)
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			trips.Find(d.text, pub, d.cast, d.tx)
		}
	}
}

func BenchmarkIssuesFindBBC(b *testing.B) {
	docs := tripBenchDocs(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			issues.Find(d.text, d.cast, nil)
		}
	}
}

// BenchmarkTripSplitterBBC times the shared sentence splitter on the same
// articles: the floor every extractor pays, for comparing figures taken on
// a busy machine.
func BenchmarkTripSplitterBBC(b *testing.B) {
	docs := tripBenchDocs(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			text.Sentences(d.text)
		}
	}
}
