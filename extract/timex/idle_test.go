package timex

import (
	"fmt"
	"os"
	"slices"
	"testing"
	"time"
)

// idleOpensNothing reports the first candidate of text that idle passes
// over although at finds an expression there, or -1: Tag's shortcut must
// never drop a hit.
func idleOpensNothing(text string) int {
	ts := tokenize(text)
	tg := &tagger{ts: ts, dct: time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC), gsA: -1, rangeTok: -1}
	tg.ref, tg.refGran = tg.dct, gNone
	for _, c := range ts.cand {
		i := int(c)
		if !ts.idle(i) {
			continue
		}
		if h, ok := tg.at(i); ok && h.b > i {
			return i
		}
	}
	return -1
}

// The words idle passes over open nothing in sentences built to tempt
// every rule they lead: "the" before a trigger or not, "in recent",
// "that year", "a few", "a number of", "a mere", "the end of".
func TestIdleOpensNothing(t *testing.T) {
	for _, s := range []string{
		"The minister said the talks in recent weeks were the best in a decade, and that year the end came.",
		"A few days later a number of months passed; a mere week, an hour, a couple of years, a year and a half.",
		"That week the future of the deal, the weekend before, in 2025 and in the '90s, at the time, that.",
		"the", "a", "in", "that", "The", "A number", "in recent", "that day's", "the 1990s", "an",
	} {
		if i := idleOpensNothing(s); i >= 0 {
			t.Errorf("%q: idle passes over token %d, which opens an expression", s, i)
		}
	}
}

// TestIdleOpensNothingCorpus runs the same check over the BBC corpus
// (skipped when ../shared is absent).
func TestIdleOpensNothingCorpus(t *testing.T) {
	const path = "../../../shared/corpus/bbc/corpus.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	readJSONL(t, path, func(id, _, text string) {
		if i := idleOpensNothing(text); i >= 0 {
			t.Fatalf("%s: idle passes over token %d, which opens an expression", id, i)
		}
	})
}

// FuzzIdleOpensNothing checks idle against at on arbitrary text.
func FuzzIdleOpensNothing(f *testing.F) {
	f.Add("in recent years the end of a few weeks, that month, a mere day")
	f.Add("The '90s and a number of decades")
	f.Fuzz(func(t *testing.T, s string) {
		if i := idleOpensNothing(s); i >= 0 {
			t.Fatalf("%q: idle passes over token %d, which opens an expression", s, i)
		}
	})
}

// dropIdleKeeps reports the first candidate of text that dropIdle takes
// out although idle does not pass over it, or a candidate it reorders, or
// "": the candidates it keeps must be the others, in order.
func dropIdleKeeps(text string) string {
	ts := tokenize(text)
	all := slices.Clone(ts.cand)
	ts.dropIdle()
	k := 0
	for _, c := range all {
		if k < len(ts.cand) && ts.cand[k] == c {
			k++
			continue
		}
		if !ts.idle(int(c)) {
			return fmt.Sprintf("dropped token %d (%q), which idle keeps", c, ts.w(int(c)))
		}
	}
	if k != len(ts.cand) {
		return fmt.Sprintf("kept %v, not a subsequence of %v", ts.cand, all)
	}
	return ""
}

func TestDropIdle(t *testing.T) {
	for _, s := range []string{
		"The minister said the talks in recent weeks were the best in a decade, and that year the end came.",
		"In March the union met in Leeds; in recent days the the strike, in 2025, in the end.",
		"Officials in the capital said the future of the plant was in doubt at the end of the year.",
		"the", "in", "The end", "in recent", "the 1990s", "the '90s", "in.", "",
	} {
		if d := dropIdleKeeps(s); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	}
}

// FuzzDropIdle checks dropIdle against idle on arbitrary text.
func FuzzDropIdle(f *testing.F) {
	f.Add("in recent years the end of a few weeks, that month, a mere day in June")
	f.Add("The '90s and the past, in the future; the")
	f.Fuzz(func(t *testing.T, s string) {
		if d := dropIdleKeeps(s); d != "" {
			t.Fatalf("%q: %s", s, d)
		}
	})
}
