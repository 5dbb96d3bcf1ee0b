package issues

import (
	"strings"
	"testing"
)

// TestWordClassesMatchLists holds classOf, lexOf and the synonym groups
// to the lists they stand in for, on every word of every list and on
// near misses (a letter more or less, another case).
func TestWordClassesMatchLists(t *testing.T) {
	var words []string
	for _, l := range classLists {
		for w := range l.set {
			words = append(words, w)
		}
	}
	for w := range lexicon {
		words = append(words, w)
	}
	for w := range disputeSynonyms {
		words = append(words, w)
	}
	for _, w := range words {
		checkWordClass(t, w)
		checkWordClass(t, w+"s")
		checkWordClass(t, strings.ToUpper(w))
		if len(w) > 1 {
			checkWordClass(t, w[:len(w)-1])
		}
	}
	for _, w := range []string{"", " ", "ministry of", "Dispute", "row\x00", "über"} {
		checkWordClass(t, w)
	}
}

func FuzzWordClasses(f *testing.F) {
	f.Add("dispute")
	f.Add("ministry")
	f.Fuzz(checkWordClass)
}

func checkWordClass(t *testing.T, w string) {
	t.Helper()
	c := classOf(w)
	for _, l := range classLists {
		if got, want := c&l.c != 0, l.set[w]; got != want {
			t.Fatalf("classOf(%q) has %b: %v, want %v", w, l.c, got, want)
		}
	}
	e, in := lexicon[w]
	if got := lexOf(w); got != e {
		t.Fatalf("lexOf(%q) = %+v, want %+v", w, got, e)
	}
	if got := c&wLexicon != 0; got != in {
		t.Fatalf("classOf(%q) in lexicon: %v, want %v", w, got, in)
	}
	if got, want := c&wTopical != 0, lexicon[w].topical(); got != want {
		t.Fatalf("classOf(%q) topical: %v, want %v", w, got, want)
	}
	if got, want := synOf(w), disputeSynonyms[w]; got != want {
		t.Fatalf("synOf(%q) = %d, want %d", w, got, want)
	}
}

// TestLexDirectMatchesTable holds the displaced lexicon table to
// hashTable.get on every lexicon word and on hashes of no word.
func TestLexDirectMatchesTable(t *testing.T) {
	if !lexDirectOK {
		t.Fatal("the lexicon hashes defeat buildDirect: the tokeniser falls back to hashTable.get")
	}
	check := func(h uint64) {
		var want lexEntry
		if sl := lexTable.get(h); sl != nil {
			want = sl.e
		}
		if got := lexDirectTable.entry(h); got != want {
			t.Fatalf("entry(%#x) = %+v, want %+v", h, got, want)
		}
	}
	for w := range lexicon {
		h := hashBytes([]byte(w))
		check(h)
		check(h ^ 1)
		check(h + 1<<60)
	}
	for i := uint64(0); i < 1<<16; i++ {
		check(i * 0x9e3779b97f4a7c15)
	}
	check(0)
}

func FuzzLexDirect(f *testing.F) {
	f.Add("dispute", uint64(0))
	f.Fuzz(func(t *testing.T, w string, h uint64) {
		if !lexDirectOK {
			t.Skip("no displaced table: TestLexDirectMatchesTable says why")
		}
		for _, x := range []uint64{hashBytes([]byte(w)), h} {
			var want lexEntry
			if sl := lexTable.get(x); sl != nil {
				want = sl.e
			}
			if got := lexDirectTable.entry(x); got != want {
				t.Fatalf("entry(%#x) = %+v, want %+v", x, got, want)
			}
		}
	})
}
