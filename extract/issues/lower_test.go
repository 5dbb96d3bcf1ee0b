package issues

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestASCIILower holds the eight-bytes-at-a-time asciiLower to a byte
// loop: every suffix of the cases (each alignment of the chunks) and every
// byte value around letters.
func TestASCIILower(t *testing.T) {
	for _, s := range []string{"", "a", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "Hello World, ÉCOLE Été ZZ zz 09 @@ [[", "abcdefghijklmnopqrstu", "abcdefghijklmnopqrstuV", "\xc3\x81\xff\x80ZZZZZZZZZ"} {
		for i := 0; i <= len(s); i++ {
			in := s[i:]
			want := []byte(in)
			for j := range want {
				if want[j] >= 'A' && want[j] <= 'Z' {
					want[j] += 32
				}
			}
			if got := asciiLower(in); got != string(want) {
				t.Fatalf("%q: %q want %q", in, got, want)
			}
		}
	}
	for c := 0; c < 256; c++ {
		s := string([]byte{byte(c), 'a', byte(c), 'B', 1, byte(c), 0x7f, byte(c), byte(c)})
		want := []byte(s)
		for j := range want {
			if want[j] >= 'A' && want[j] <= 'Z' {
				want[j] += 32
			}
		}
		if got := asciiLower(s); got != string(want) {
			t.Fatalf("%q: %q want %q", s, got, want)
		}
	}
}

// TestIsASCII holds isASCII to a rune scan.
func TestIsASCII(t *testing.T) {
	for _, s := range append([]string{"", "ABC", "Plans TO scrap", "ÉCOLE Été", "İstanbul’s", "\xff BAD"}, tokenizeCases...) {
		if isASCII(s) != (strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) < 0) {
			t.Fatalf("isASCII(%q)", s)
		}
	}
}

// TestCaseFirst: the first letter cased whole, ASCII or not.
func TestCaseFirst(t *testing.T) {
	for _, tc := range []struct{ in, lower, upper string }{
		{"Diplomatic row", "diplomatic row", "Diplomatic row"},
		{"pensions", "pensions", "Pensions"},
		{"Øresund ferry strike", "øresund ferry strike", "Øresund ferry strike"},
		{"élite unit", "élite unit", "Élite unit"},
		{"İzmir port", "izmir port", "İzmir port"},
		{"Ⱥ", "ⱥ", "Ⱥ"},
		{"", "", ""},
	} {
		if got := lowerFirst(tc.in); got != tc.lower {
			t.Errorf("lowerFirst(%q) = %q, want %q", tc.in, got, tc.lower)
		}
		if got := capitalise(tc.in); got != tc.upper {
			t.Errorf("capitalise(%q) = %q, want %q", tc.in, got, tc.upper)
		}
	}
}
