package issues

import (
	"strings"
	"testing"
	"unicode"
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

// mayPressRef is mayPress as first written: a scan per verb.
func mayPressRef(s string) bool {
	for _, v := range pressVerbs {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

var mayPressCases = []string{"", "ed ", "Unions pressed ministers to act", "she urged  them", "lobbied", "lobbied ", "the pushed-back date",
	"embed ed pressured ", "He was pressed.", "urgeded urged "}

// TestMayPress holds mayPress to a scan per verb.
func TestMayPress(t *testing.T) {
	for _, s := range append(mayPressCases, tokenizeCases...) {
		checkMayPress(t, s)
	}
}

func FuzzMayPress(f *testing.F) {
	for _, s := range mayPressCases {
		f.Add(s)
	}
	f.Fuzz(checkMayPress)
}

func checkMayPress(t *testing.T, s string) {
	t.Helper()
	if got, want := mayPress(s), mayPressRef(s); got != want {
		t.Fatalf("mayPress(%q) = %v, want %v", s, got, want)
	}
}

// trimSets are the cut sets markSet trims by.
var trimSets = []string{"\"'(“‘", ".,;:!?\"')”’"}

// TestMarkSet holds markSet's trims to strings.TrimLeft and TrimRight.
func TestMarkSet(t *testing.T) {
	for _, s := range append(append([]string{"“‘(quoted)’”", "\xe2\x80“x", "x’\x80\x99", "‘", "\xe2\x80\x98\xe2"}, anyOfCases...), tokenizeCases...) {
		checkMarkSet(t, s)
	}
}

func FuzzMarkSet(f *testing.F) {
	for _, s := range anyOfCases {
		f.Add(s)
	}
	f.Fuzz(checkMarkSet)
}

func checkMarkSet(t *testing.T, s string) {
	t.Helper()
	for _, set := range trimSets {
		m := newMarkSet(set)
		if got, want := m.trimLeft(s), strings.TrimLeft(s, set); got != want {
			t.Fatalf("trimLeft(%q, %q) = %q, want %q", s, set, got, want)
		}
		if got, want := m.trimRight(s), strings.TrimRight(s, set); got != want {
			t.Fatalf("trimRight(%q, %q) = %q, want %q", s, set, got, want)
		}
	}
}

// TestFewerFields holds fewerFields to strings.Fields.
func TestFewerFields(t *testing.T) {
	for _, s := range append(append([]string{"a b\u00a0c\u2003d  e\n", " x "}, anyOfCases...), tokenizeCases...) {
		for n := 0; n < 12; n++ {
			if got, want := fewerFields(s, n), len(strings.Fields(s)) < n; got != want {
				t.Fatalf("fewerFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestByteTables holds wordByte and asciiSpace to their definitions.
func TestByteTables(t *testing.T) {
	for i := 0; i < 256; i++ {
		c := byte(i)
		if wordByte(c) != (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80) {
			t.Fatalf("wordByte(%q)", c)
		}
		if asciiSpace(c) != (c < 0x80 && unicode.IsSpace(rune(c))) {
			t.Fatalf("asciiSpace(%q)", c)
		}
	}
}
