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
