package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func quoteSharedOrSkip(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (../shared is absent): skipping", p)
	}
	return p
}

func TestQuotesSeed(t *testing.T) {
	p := quoteSharedOrSkip(t, filepath.Join("eval", "seed-gold.json"))
	s, _, err := quoteScorePath(context.Background(), p, quoteExtract)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	s.print(&out, "seed", "speaker accuracy")
	t.Log("\n" + out.String())
	if s.GoldHit8 != s.Gold || s.SpeakerOK != s.SpeakerN || s.SpeakerN != s.Gold {
		t.Errorf("seed: %d/%d required quotes found, %d/%d speakers right\n%s", s.GoldHit8, s.Gold, s.SpeakerOK, s.SpeakerN, strings.Join(s.Errors, "\n"))
	}
	if s.NotQuoteAttributed > 0 {
		t.Errorf("seed: %d not-quotes attributed", s.NotQuoteAttributed)
	}
}

func TestQuotesGold(t *testing.T) {
	p := quoteSharedOrSkip(t, filepath.Join("eval", "gold"))
	s, _, err := quoteScorePath(context.Background(), p, quoteExtract)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	s.print(&out, "gold", "speaker accuracy")
	t.Log("\n" + out.String())
	if testing.Verbose() {
		t.Log("\n" + strings.Join(s.Errors, "\n"))
	}
	// Floors well under the figures reached, so that a regression fails.
	if r := quoteRatio(s.SpeakerOK, s.SpeakerN); r < 0.8 {
		t.Errorf("gold speaker accuracy %.3f < 0.8", r)
	}
}

func TestQuotesPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("PolNeAR run skipped in -short mode")
	}
	p := quoteSharedOrSkip(t, filepath.Join("eval", "polnear", "dev.jsonl"))
	var out strings.Builder
	if err := Quotes(context.Background(), p, &out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

func TestQuoteUnits(t *testing.T) {
	text := `He said "one two three" and then “four five.” Later: ''six seven''`
	tests := []struct {
		a, b   int
		direct bool
		want   []string
	}{
		{0, len(text), false, []string{"one two three", "four five.", "six seven"}},
		{strings.Index(text, "one"), strings.Index(text, `" and`) + 1, true, []string{"one two three"}},
	}
	for _, tt := range tests {
		var got []string
		for _, seg := range quoteMarked(text, tt.a, tt.b, tt.direct) {
			got = append(got, text[seg[0]:seg[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("quoteMarked(%d,%d) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"It doesn’t matter,", "it doesn't matter", 1},
		{"a b c d", "a b c e", 0.6},
		{"", "", 1},
	}
	for _, tt := range tests {
		if got := Jaccard(NormTokens(tt.a), NormTokens(tt.b)); got != tt.want {
			t.Errorf("Jaccard(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
