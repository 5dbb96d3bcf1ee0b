package issues

import (
	"slices"
	"strings"
	"testing"
)

// The byte-level fast paths must answer as the library functions they
// stand in for, on any input.

func TestFastPathsMatchLibrary(t *testing.T) {
	for _, s := range []string{
		"Chinese  mega-embassy \t", "arms embargo", "", " ", "Äußerung Über", "İstanbul talks", "a\u00a0b",
		"K\u212a sign", "bad \xff byte", "trailing\u2003", "Hong Kong media mogul",
		"Ministers admitted they had delayed the vote; 12 MPs agreed, a U.S. envoy said.", "The accused's embattled aide", "sweeping territorial", "ECONOMICAL", "Historic's",
		"ing ed ly g d y talking banned likely Ing", "bling sled fly",
	} {
		checkFastPaths(t, s)
	}
}

func FuzzFastPaths(f *testing.F) {
	f.Add("Chinese  mega-embassy \t")
	f.Add("İstanbul \xff\u00a0")
	f.Fuzz(checkFastPaths)
}

func checkFastPaths(t *testing.T, s string) {
	if got, want := lastField(s), lastFieldUnicode(s); got != want {
		t.Errorf("lastField(%q) = %q, want %q", s, got, want)
	}
	if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
		t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
	}
	for _, suf := range []string{"alleged ", "allegations of "} {
		if got, want := lowerHasSuffix(s, suf), strings.HasSuffix(strings.ToLower(s), suf); got != want {
			t.Errorf("lowerHasSuffix(%q, %q) = %v, want %v", s, suf, got, want)
		}
	}
	for _, w := range append(strings.Fields(s), s) {
		want := strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
		if got := weakEnding(w); got != want {
			t.Errorf("weakEnding(%q) = %v, want %v", w, got, want)
		}
	}
	// The content-run test the tokeniser works out once per token is the
	// one the segmenter made per token.
	for _, tok := range tokenize(s, 0, nil) {
		w := s[tok.start:tok.end]
		want := tok.punct || tok.lex.generic() || isNumeric(w) || len(w) < 2 ||
			!tok.capital && edWord(w) && !tok.lex.topical() && !tok.lex.nounEd()
		if got := plainWord(tok.lex, tok.capital, w); !tok.punct && got != want {
			t.Errorf("plainWord(%q) = %v, want %v", w, got, want)
		}
		if tok.plain != want {
			t.Errorf("token %q of %q: plain = %v, want %v", w, s, tok.plain, want)
		}
	}
	// The shortcut before the adjective test never skips an adjective.
	if !mayEndAdjective(s) {
		st := string(appendStem(nil, lastField(s)))
		if n := len(st); n > 0 && adjectiveLast[st[n-1]] && looksAdjective(st) {
			t.Errorf("mayEndAdjective(%q) = false, but the stem %q looks adjective", s, st)
		}
	}
	// Ascending, distinct lists, as segment lists are.
	b := []int{len(s) % 70}
	if b[0] != 65 {
		b = append(b, 65)
		slices.Sort(b)
	}
	is := issue{inSegs: make([]uint64, 2)}
	a := []int{1, 3, 65}
	is.addSegs(a)
	if got, want := is.sharedSegs(b), countSharedSlow(a, b); got != want {
		t.Errorf("sharedSegs(1 3 65, %v) = %d, want %d", b, got, want)
	}
}

func countSharedSlow(a, b []int) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// sortCands must order as slices.SortFunc with compareCands, short lists
// (its insertion sort) and long ones alike, ties on weight and position
// included.
func TestSortCandsMatchesSortFunc(t *testing.T) {
	for _, n := range []int{0, 1, 2, 5, 24, 48, 49, 130} {
		checkSortCands(n, t)
	}
}

func checkSortCands(seed int, t *testing.T) {
	t.Helper()
	cs := make([]cand, seed)
	x := uint32(seed*2654435761 + 1)
	for i := range cs {
		x = x*1664525 + 1013904223
		// Few distinct weights and positions, so ties are common.
		cs[i] = cand{si: int32(i), pos: int32(x >> 28), weight: float64(x>>24&7) / 2}
	}
	want := slices.Clone(cs)
	slices.SortFunc(want, compareCands)
	sortCands(cs)
	if !slices.Equal(cs, want) {
		t.Errorf("%d candidates: sortCands = %v, want %v", seed, cs, want)
	}
}

func FuzzSortCands(f *testing.F) {
	f.Add(uint8(24))
	f.Add(uint8(60))
	f.Fuzz(func(t *testing.T, n uint8) { checkSortCands(int(n), t) })
}
