package store

import (
	"context"
	"testing"
	"time"
)

// TestSearchPassagesBetween: a window search keeps the reports published in
// [from, to), newest first, each shown by its best sentence, and treats
// query text as words, never FTS syntax.
func TestSearchPassagesBetween(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		story("https://wire.example/a", "Ministers met on Monday. Okafor will fly to Lagos on Friday for trade talks.", "", "", day("2026-03-02")),
		story("https://wire.example/b", "Okafor arrived in Lagos on Friday, aides said. The talks ran late.", "", "", day("2026-03-06")),
		story("https://wire.example/c", "Okafor left Lagos after the talks. He returns to Abuja today.", "", "", day("2026-03-09")),
		story("https://wire.example/d", "Harbour fees in Lagos will rise in April.", "", "", day("2026-03-07")),
	)
	tests := []struct {
		name     string
		query    string
		from, to time.Time
		limit    int
		want     []string // URLs, in order
		first    string   // the first passage's text
	}{
		{"whole archive newest first", "Okafor Lagos", time.Time{}, time.Time{}, 10,
			[]string{"https://wire.example/c", "https://wire.example/b", "https://wire.example/a"}, "Okafor left Lagos after the talks."},
		{"window", "okafor lagos", day("2026-03-03"), day("2026-03-09"), 10,
			[]string{"https://wire.example/b"}, "Okafor arrived in Lagos on Friday, aides said."},
		{"from is inclusive, to is not", "Okafor Lagos", day("2026-03-02"), day("2026-03-06"), 10,
			[]string{"https://wire.example/a"}, "Okafor will fly to Lagos on Friday for trade talks."},
		{"open start", "Okafor Lagos", time.Time{}, day("2026-03-07"), 10,
			[]string{"https://wire.example/b", "https://wire.example/a"}, "Okafor arrived in Lagos on Friday, aides said."},
		{"limit keeps the newest", "Okafor Lagos", time.Time{}, time.Time{}, 1,
			[]string{"https://wire.example/c"}, "Okafor left Lagos after the talks."},
		{"every word must match", "Okafor harbour", time.Time{}, time.Time{}, 10, nil, ""},
		{"syntax is words", `Okafor OR harbour`, time.Time{}, time.Time{}, 10, nil, ""},
		{"no words", `"*`, time.Time{}, time.Time{}, 10, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := s.SearchPassagesBetween(ctx, tt.query, tt.from, tt.to, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.Article.URL)
				if p.Article.ID == 0 || p.Article.Published.IsZero() {
					t.Errorf("article ref %+v", p.Article)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", got, tt.want)
				}
			}
			if len(ps) > 0 && ps[0].Text != tt.first {
				t.Errorf("first passage %q, want %q", ps[0].Text, tt.first)
			}
		})
	}
}
