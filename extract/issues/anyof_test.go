package issues

import (
	"strings"
	"testing"
)

// anyOfSets are the mark sets containsAnyRune is asked about.
var anyOfSets = []string{"\"“”", "\"“", "'’-", "'’\"", " '’", ",;:\"“”", ",;:.(\"”’", "(\"“‘", "'’", "–"}

var anyOfCases = []string{"", "plain words", "a “quoted” word", "it’s", "x\xe2\x80", "\xe2\x80\x9c", "\xf0\xe2\x80\x9cx",
	"\xe2\xe2\x80\x99", "a–b", "a—b", "(aside)", "‘single’", "\xff\"", "Zoë’s"}

// TestContainsAnyRune holds containsAnyRune to strings.ContainsAny.
func TestContainsAnyRune(t *testing.T) {
	for _, s := range append(anyOfCases, tokenizeCases...) {
		checkAnyOf(t, s)
	}
}

func FuzzContainsAnyRune(f *testing.F) {
	for _, s := range anyOfCases {
		f.Add(s)
	}
	f.Fuzz(checkAnyOf)
}

func checkAnyOf(t *testing.T, s string) {
	t.Helper()
	for _, set := range anyOfSets {
		if got, want := containsAnyRune(s, set), strings.ContainsAny(s, set); got != want {
			t.Fatalf("containsAnyRune(%q, %q) = %v, want %v", s, set, got, want)
		}
	}
}
