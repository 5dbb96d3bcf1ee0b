package issues

import (
	"strings"
	"unicode/utf8"
)

// containsAnyRune is strings.ContainsAny(s, chars) for a set chars of valid
// runes (no U+FFFD): a search per mark, each by bytes, where ContainsAny
// with a mark outside ASCII (a curly quote) decodes every rune of s and
// looks it up. The two agree on any s: a rune outside ASCII opens on a
// byte no valid rune before it holds, so its bytes found anywhere in s
// are that rune as ContainsAny decodes it.
func containsAnyRune(s, chars string) bool {
	for i := 0; i < len(chars); {
		if c := chars[i]; c < utf8.RuneSelf {
			if strings.IndexByte(s, c) >= 0 {
				return true
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(chars[i:])
		if strings.Contains(s, chars[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}

// markSet is a cut set of strings.TrimLeft and TrimRight that holds runes
// outside ASCII (curly quotes), trimmed by bytes: those functions then
// decode every rune they test and look it up in the set. The bytes of a
// valid rune at either end of s are that rune as they decode it, and any
// other byte outside ASCII is none of the set's, so the answers agree.
type markSet struct {
	ascii [utf8.RuneSelf]bool
	multi []string // the runes outside ASCII, encoded
}

func newMarkSet(chars string) *markSet {
	m := new(markSet)
	for _, r := range chars {
		if r < utf8.RuneSelf {
			m.ascii[r] = true
		} else {
			m.multi = append(m.multi, string(r))
		}
	}
	return m
}

// trimLeft is strings.TrimLeft(s, chars).
func (m *markSet) trimLeft(s string) string {
next:
	for len(s) > 0 {
		if c := s[0]; c < utf8.RuneSelf {
			if !m.ascii[c] {
				return s
			}
			s = s[1:]
			continue
		}
		for _, r := range m.multi {
			if strings.HasPrefix(s, r) {
				s = s[len(r):]
				continue next
			}
		}
		return s
	}
	return s
}

// trimRight is strings.TrimRight(s, chars).
func (m *markSet) trimRight(s string) string {
next:
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !m.ascii[c] {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		for _, r := range m.multi {
			if strings.HasSuffix(s, r) {
				s = s[:len(s)-len(r)]
				continue next
			}
		}
		return s
	}
	return s
}

// fewerFields is len(strings.Fields(s)) < n, counted without the slice
// and no further than n.
func fewerFields(s string, n int) bool {
	k := 0
	for range strings.FieldsSeq(s) {
		if k++; k >= n {
			return false
		}
	}
	return k < n
}
