package timex

import (
	"strings"
	"testing"
)

// TestChunkTriggers checks the perfect-hash tables against the trigger map
// for every trigger of plain letters, in any case, and for near misses.
func TestChunkTriggers(t *testing.T) {
	for w, cat := range triggers {
		if !asciiLetters(w) {
			continue
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := chunkLookup(v); got != cat {
				t.Errorf("chunk lookup %q = %d, want %d", v, got, cat)
			}
		}
		for _, v := range []string{w + "x", "x" + w, w[:len(w)-1]} {
			if len(v) > 16 {
				continue
			}
			if got, want := chunkLookup(v), triggers[strings.ToLower(v)]; got != want {
				t.Errorf("chunk lookup %q = %d, want %d", v, got, want)
			}
		}
	}
	for _, w := range []string{"a", "the", "minister", "government", "internationally", "qqqqqqqqqqqqqqqq"} {
		if got, want := chunkLookup(w), triggers[w]; got != want {
			t.Errorf("chunk lookup %q = %d, want %d", w, got, want)
		}
	}
}

// chunkLookup is the tokeniser's lookup of a word of 1 to 16 ASCII letters.
func chunkLookup(w string) uint8 {
	k1, k2 := chunkKey(w)
	if len(w) <= 8 {
		return shortTrigger(k1)
	}
	return longTrigger(k1, k2)
}

// FuzzChunkTrigger checks the chunk lookup against the trigger map (and the
// old filtered lookup) for any word of ASCII letters it can be asked about.
func FuzzChunkTrigger(f *testing.F) {
	for _, w := range []string{"Monday", "yesterday", "THANKSGIVING", "fortnight", "abcdefghijklmnop", "a", "Q"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" || len(w) > 16 || !asciiLetters(w) {
			return
		}
		lower := strings.ToLower(w)
		if got, want := chunkLookup(w), triggers[lower]; got != want {
			t.Fatalf("chunk lookup %q = %d, want %d", w, got, want)
		}
		if got, want := chunkLookup(w), plainTrigger(lower); got != want {
			t.Fatalf("chunk lookup %q = %d, plainTrigger %d", w, got, want)
		}
	})
}
