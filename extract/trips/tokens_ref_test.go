package trips

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is tokenize as it was before it read words eight bytes at
// a time, kept as its specification: it splits s (which starts at byte offset base of the article) into
// words and clause punctuation, appending to buf.
func tokenizeRef(s string, base int, buf []token) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if isASCIIWord(c) || c >= utf8.RuneSelf && isWordAt(s, i) {
			j := i
			upper := false
			for j < len(s) {
				c := s[j]
				if isASCIIWord(c) {
					if c >= 'A' && c <= 'Z' {
						upper = true
					}
					j++
					continue
				}
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(s[j:])
					if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
						j += size // "Britain’s": keep the apostrophe inside
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						upper = upper || unicode.IsUpper(r)
						j += size
						continue
					}
					break
				}
				if (c == '\'' || c == '-' || c == '.') && j+1 < len(s) && isASCIIWord(s[j+1]) {
					j++ // "Xi'an", "mega-embassy", "U.S"
					continue
				}
				break
			}
			w := s[i:j]
			if upper {
				w = lowerKnown(w)
			}
			buf = append(buf, token{start: base + i, end: base + j, w: w})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '?', '!':
			buf = append(buf, token{start: base + i, end: base + i + size, w: s[i : i+size], punct: true})
		case '-':
			switch {
			case i+1 < len(s) && s[i+1] == '-':
				buf = append(buf, token{start: base + i, end: base + i + 2, w: "—", punct: true})
				size = 2
			case i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ':
				// "no snub - he is going": a spaced hyphen is a dash.
				buf = append(buf, token{start: base + i, end: base + i + 1, w: "—", punct: true})
			}
		}
		i += size
	}
	return buf
}

// sameTokens reports how tokenize differs from tokenizeRef on s, or "".
func sameTokens(s string, base int) string {
	got, want := tokenize(s, base, nil), tokenizeRef(s, base, nil)
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, reference %d: %v / %v", len(got), len(want), got, want)
	}
	for k := range got {
		g := got[k]
		c, ok := g.cueOf()
		wc, wok := cueOf(g.w)
		if c != wc || ok != wok || g.event != isEventNoun(g.w) {
			return fmt.Sprintf("token %d = %+v: cue %v %v, event %v; want %v %v, %v", k, g, c, ok, g.event, wc, wok, isEventNoun(g.w))
		}
		g.ci, g.event = 0, false // the reference leaves them out
		if g != want[k] {
			return fmt.Sprintf("token %d = %+v, reference %+v", k, got[k], want[k])
		}
	}
	return ""
}

// The tokeniser agrees with its reference on sentences of news copy,
// edge cases of the eight-byte loop (runs of exactly eight and sixteen
// letters, a capital past the first chunk) and non-ASCII words.
func TestTokenizeMatchesReference(t *testing.T) {
	for _, s := range []string{
		"The Prime Minister flew to Beijing on Tuesday for talks with Xi Jinping.",
		"abcdefgh ABCDEFGH abcdefghabcdefgH abcdefghijklmnopQ 12345678 x1y2z3W4",
		"Xi'an, mega-embassy, U.S. officials -- Britain’s envoy; Élysée café — “visit” (Paris) - 2026!",
		"", "a", "Z", "'", "don't stop", "abcdefg", "abcdefgH", "MÜNCHEN", "naïve", "x.y.z.",
		"The summit and the Talks: VISITED, Visiting, arrive; a state visit by the Queen.",
	} {
		for _, base := range []int{0, 17} {
			if d := sameTokens(s, base); d != "" {
				t.Errorf("tokenize(%q): %s", s, d)
			}
		}
	}
}

// FuzzTokenize compares the tokeniser with its reference.
func FuzzTokenize(f *testing.F) {
	f.Add("The minister travelled to Washington D.C. for talks; he’ll return on Friday.")
	f.Add("ÉLYSÉE officials met at 3pm -- abcdefghABCDEFGH.")
	f.Fuzz(func(t *testing.T, s string) {
		if d := sameTokens(s, 3); d != "" {
			t.Fatalf("tokenize(%q): %s", s, d)
		}
	})
}
