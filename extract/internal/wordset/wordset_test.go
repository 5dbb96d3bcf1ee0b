package wordset

import (
	"strings"
	"testing"
)

// newsWords is a small table of the kind the extractors keep: words of a
// few lengths, some sharing a bucket, and the empty word.
var newsWords = map[string]int{
	"visit": 1, "visits": 2, "summit": 3, "talks": 4, "travel": 5, "to": 6, "in": 7, "at": 8,
	"january": 9, "june": 10, "july": 11, "jul": 12, "tour": 13, "toured": 14, "p.m.": 15,
	"o'clock": 16, "wasn’t": 17, "abcdefghijklmnopq": 18, "": 19,
}

// check holds t to m on the word w: Get, Val, Has as the map answers,
// Fold as a search of the keys for w lower-cased.
func check(t *testing.T, m map[string]int, tab *Table[int], w string) {
	t.Helper()
	want, wantOK := m[w]
	if got, ok := tab.Get(w); got != want || ok != wantOK {
		t.Errorf("Get(%q) = %v, %v; want %v, %v", w, got, ok, want, wantOK)
	}
	if got := tab.Val(w); got != want {
		t.Errorf("Val(%q) = %v; want %v", w, got, want)
	}
	if got := tab.Has(w); got != wantOK {
		t.Errorf("Has(%q) = %v; want %v", w, got, wantOK)
	}
	if wantOK && !tab.MayHave(w) {
		t.Errorf("MayHave(%q) = false for a key", w)
	}
	lower := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, w)
	_, foldOK := m[lower]
	foldOK = foldOK && w != ""
	if got, ok := tab.Fold(w); ok != foldOK || ok && got != lower {
		t.Errorf("Fold(%q) = %q, %v; want %q, %v", w, got, ok, lower, foldOK)
	}
}

func TestTableMatchesMap(t *testing.T) {
	tab := New(newsWords)
	words := []string{"Visit", "VISITS", "Summit", "summits", "t", "In", "AT", "January", "JUNE", "Jule",
		"P.M.", "O'Clock", "WASN’T", "Abcdefghijklmnopq", "a", "x", "the", "minister", "Beijing", "q"}
	for w := range newsWords {
		words = append(words, w, w+"s", "x"+w)
		if w != "" {
			words = append(words, w[:len(w)-1], strings.ToUpper(w))
		}
	}
	for _, w := range words {
		check(t, newsWords, tab, w)
	}
	if tab.Len() != len(newsWords)-1 {
		t.Errorf("Len = %d; want %d", tab.Len(), len(newsWords)-1)
	}
	for k := range tab.Len() {
		if v, ok := newsWords[tab.Key(k)]; !ok || v != tab.At(k) {
			t.Errorf("Key(%d), At(%d) = %q, %v; the map has %v, %v", k, k, tab.Key(k), tab.At(k), v, ok)
		}
	}
}

// An empty table answers no to everything, the empty word included.
func TestEmptyTable(t *testing.T) {
	tab := New(map[string]int{})
	for _, w := range []string{"", "visit", "Visit"} {
		check(t, map[string]int{}, tab, w)
	}
}

func FuzzTable(f *testing.F) {
	for _, w := range []string{"", "visit", "Visit", "JULY", "p.m.", "wasn’t", "zzz"} {
		f.Add(w)
	}
	tab := New(newsWords)
	f.Fuzz(func(t *testing.T, w string) {
		check(t, newsWords, tab, w)
	})
}
