package eval

import (
	"strings"
	"unicode"
)

// NormTokens splits s into the words that scoring compares: lower case,
// punctuation and quote marks removed, apostrophes dropped inside words so
// that "doesn’t" and "doesn't" agree ("doesnt").
func NormTokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' && b.Len() > 0:
			// inside a word: drop
		default:
			flush()
		}
	}
	flush()
	return out
}

// Jaccard is the token-set Jaccard similarity of a and b: 1 when both are
// empty.
func Jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	set := make(map[string]uint8, len(a)+len(b))
	for _, w := range a {
		set[w] |= 1
	}
	for _, w := range b {
		set[w] |= 2
	}
	inter := 0
	for _, v := range set {
		if v == 3 {
			inter++
		}
	}
	return float64(inter) / float64(len(set))
}
