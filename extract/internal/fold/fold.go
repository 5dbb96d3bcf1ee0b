// Package fold lower-cases words for look-ups without a copy on the heap:
// the extractors test many capitalised words against lower-case lists,
// and strings.ToLower allocates for every word with a capital.
package fold

import (
	"strings"
	"unicode/utf8"
)

// AppendLower appends strings.ToLower(s) to dst. An ASCII s is lowered
// byte by byte, so with a dst of spare capacity on the caller's stack
// nothing is allocated; anything else goes through strings.ToLower, so
// the bytes are always exactly its.
func AppendLower(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	for i := n; i < len(dst); i++ {
		c := dst[i]
		if c >= utf8.RuneSelf {
			return append(dst[:n], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// LowerIs reports whether strings.ToLower(s) == low, without the copy
// when s is ASCII.
func LowerIs(s, low string) bool {
	if len(s) != len(low) {
		// ToLower keeps the length of ASCII; a rune of other width
		// may change it, so only ASCII s may be judged here.
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return strings.ToLower(s) == low
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == low
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			// A later non-ASCII byte cannot make the two equal:
			// ToLower lowers rune by rune, so the bytes before it
			// stay as compared here.
			return false
		}
	}
	return true
}
