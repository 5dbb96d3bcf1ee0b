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
