package ingest

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/store"
)

func TestRecentTexts(t *testing.T) {
	type claim struct {
		hash   string
		seq    int
		repeat bool
	}
	tests := []struct {
		name   string
		window int
		claims []claim
	}{
		{"in order", 8, []claim{{"h1", 0, false}, {"h2", 1, false}, {"h1", 2, true}, {"h1", 3, true}, {"h2", 4, true}}},
		{"no hash is never a repeat", 8, []claim{{"", 0, false}, {"", 1, false}}},
		// Workers run chunks side by side: a later job may claim first.
		{"out of order", 8, []claim{{"h1", 5, false}, {"h1", 2, false}, {"h1", 5, true}, {"h1", 9, true}, {"h1", 1, false}, {"h1", 2, true}}},
		{"forgotten past the window", 2, []claim{{"h1", 0, false}, {"h2", 1, false}, {"h3", 2, false}, {"h1", 3, false}, {"h3", 4, true}}},
		// The out-of-order claim's entry outlives the first one's.
		{"window after a reorder", 2, []claim{{"h1", 4, false}, {"h1", 3, false}, {"h2", 5, false}, {"h1", 6, true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRecentTexts(tt.window)
			for i, c := range tt.claims {
				if got := r.repeat(c.hash, c.seq); got != c.repeat {
					t.Errorf("claim %d (%s, %d): repeat %v, want %v", i, c.hash, c.seq, got, c.repeat)
				}
			}
			if len(r.first) > tt.window {
				t.Errorf("%d hashes remembered, window %d", len(r.first), tt.window)
			}
		})
	}
}

// Texts for the repeat tests, each with a quote the extractor finds.
const (
	textStrike = "Dock workers in Felixstowe will strike for 48 hours from Monday after pay talks collapsed.\n\n" +
		"\"We have been left with no choice,\" said Alan Brewer, the union's regional organiser. " +
		"The port operator said it regretted the decision and would keep talking."
	textBudget = "The city council approved a budget that cuts library opening hours by a fifth.\n\n" +
		"\"These are painful choices,\" said Helen Morrow, the council leader. " +
		"Opposition councillors voted against the plan."
	textBudgetRevised = "The city council approved a revised budget that keeps every library open.\n\n" +
		"\"We listened to residents,\" said Helen Morrow, the council leader."
)

func jsonLine(t *testing.T, id, url, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"id": id, "url": url, "text": text, "published": "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// countingExtractor is article-by-article extraction that records which
// articles it analysed.
type countingExtractor struct {
	mu  sync.Mutex
	ids []string
}

func (c *countingExtractor) one(in extract.Input) newsbot.Extraction {
	c.mu.Lock()
	c.ids = append(c.ids, in.ID)
	c.mu.Unlock()
	return extractInput(in)
}

func (c *countingExtractor) analysed(id string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, x := range c.ids {
		if x == id {
			return true
		}
	}
	return false
}

func quoteCount(t *testing.T, db string, article int64) int {
	t.Helper()
	sq := store.OpenSQL(db, true)
	defer sq.Close()
	var n int
	if err := sq.QueryRow(`SELECT count(*) FROM quotes WHERE article_id = ?`, article).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func runLines(t *testing.T, st *store.Store, ce *countingExtractor, batch int, lines ...string) []Progress {
	t.Helper()
	var reports []Progress
	p := &Pipeline{Store: st, Options: testOptions(), BatchSize: batch, Workers: 2, JSONL: true, extractInput: ce.one,
		Stdin: strings.NewReader(strings.Join(lines, "")), Progress: func(pr Progress) { reports = append(reports, pr) }}
	sum, err := p.Run(t.Context(), "-")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Total() != len(lines) || sum.Failed != 0 {
		t.Fatalf("summary %v for %d lines", sum, len(lines))
	}
	return reports
}

func outcomes(reports []Progress) string {
	var b []string
	for _, r := range reports {
		b = append(b, fmt.Sprintf("%s %d", r.Outcome, r.ArticleID))
	}
	return strings.Join(b, ", ")
}

// A line repeating an earlier line's text is skipped by the store without
// being analysed, and reported as before: skipped, with the stored id.
func TestPipelineSkipsRepeatsUnanalysed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	st, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ce countingExtractor
	reports := runLines(t, st, &ce, 2,
		jsonLine(t, "s1", "https://news.example.org/strike", textStrike),
		jsonLine(t, "b1", "https://news.example.org/budget", textBudget),
		jsonLine(t, "s2", "https://wire.example.com/strike-copy", textStrike),
		jsonLine(t, "s3", "https://wire.example.com/strike-again", "  "+textStrike+"\n"),
	)
	if got, want := outcomes(reports), "added 1, added 2, skipped 1, skipped 1"; got != want {
		t.Errorf("outcomes %s, want %s", got, want)
	}
	for _, id := range []string{"s2", "s3"} {
		if ce.analysed(id) {
			t.Errorf("repeat %s was analysed", id)
		}
	}
	if !ce.analysed("s1") || !ce.analysed("b1") {
		t.Errorf("analysed %v, want s1 and b1", ce.ids)
	}
	if n := quoteCount(t, db, 1); n == 0 {
		t.Error("the first copy has no quotes: the test proves nothing")
	}
}

// A repeat of a text that an update has since rewritten is not skipped by
// the store: the batch is saved again with the repeat analysed, and stores
// what it would have without the shortcut.
func TestPipelineRepeatOfRewrittenText(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	st, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ce countingExtractor
	first := runLines(t, st, &ce, 10, jsonLine(t, "b1", "https://news.example.org/budget", textBudget))
	if got := outcomes(first); got != "added 1" {
		t.Fatalf("first run: %s", got)
	}
	want := quoteCount(t, db, 1)
	if want == 0 {
		t.Fatal("no quotes: the test proves nothing")
	}
	ce = countingExtractor{}
	reports := runLines(t, st, &ce, 10,
		jsonLine(t, "b2", "https://wire.example.com/budget", textBudget),                  // stored as b1: skipped
		jsonLine(t, "b3", "https://news.example.org/budget", textBudgetRevised),           // b1's URL: rewritten
		jsonLine(t, "b4", "https://other.example.net/budget-original", textBudget+"\n\n"), // the old text, now new
	)
	if got, want := outcomes(reports), "skipped 1, updated 1, added 2"; got != want {
		t.Errorf("outcomes %s, want %s", got, want)
	}
	if !ce.analysed("b4") {
		t.Error("b4 was stored without being analysed")
	}
	if got := quoteCount(t, db, 2); got != want {
		t.Errorf("b4 stored with %d quotes, want %d as when first stored", got, want)
	}
}
