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
	// The content-run test the tokeniser works out once per token is the
	// one the segmenter made per token.
	for _, tok := range tokenize(s, 0, nil) {
		w := s[tok.start:tok.end]
		want := tok.punct || tok.lex.generic() || isNumeric(w) || len(w) < 2 ||
			!tok.capital && edWord(w) && !tok.lex.topical() && !tok.lex.nounEd()
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
