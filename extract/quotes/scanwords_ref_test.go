package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refScanWords is scanWords as first written, byte by byte: the fast
// version must give the same words.
func refScanWords(s string, from, to, max int) []wtok {
	var ws []wtok
	i := from
	for i < to {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isLetter(r) {
			i += size
			continue
		}
		st := i
		capital := c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
		ascii := c < utf8.RuneSelf
		i += size
		for i < to {
			c := s[i]
			if c < utf8.RuneSelf && asciiWord[c] {
				i++
				continue
			}
			r, size = rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			// "R&D": an ampersand between letters stays in the word.
			if isLetter(r) || (r == '-' || r == '\'' || r == '’' || r == '&') && i+size < to && isLetter(nextRune(s, i+size, to)) {
				ascii = false
				i += size
				continue
			}
			break
		}
		var cue uint8
		if i-st >= 3 && i-st <= 14 {
			if ascii {
				cue = cueTable.lookup(s[st:i], foldHash(s[st:i]))
			} else {
				cue = cueOf(s[st:i])
			}
		}
		ws = append(ws, wtok{start: st, end: i, cue: cue, cap: capital})
		if len(ws) >= max {
			break
		}
	}
	return ws
}

func checkScanWords(t *testing.T, s string, from, to, max int) {
	t.Helper()
	a := attributor{s: s}
	got := a.scanWords(from, to, nil, max)
	if want := refScanWords(s, from, to, max); !slices.Equal(got, want) {
		t.Fatalf("scanWords(%q, %d, %d, %d) = %+v, reference %+v", s, from, to, max, got, want)
	}
}

func TestScanWordsMatchesReference(t *testing.T) {
	texts := []string{
		"“We will not back down,” the prime minister told reporters on Tuesday, adding that talks would resume.",
		"Spokeswoman Anne-Marie O'Neill, 45, acknowledged: ‘No comment’ — said Mr Ode’s aide. 100MW counterterrorism",
		"José Álvarez dijo que São Paulo e Zürich, says Jose\u0301 - 'x' -- a-b a'b a’b abcdefgh abcdefghijklmnopqrstuvwxyz12345",
		"", "a", "said", "SAID:", "x-", "ab-", "abcdefg-h", "abcdefgh-", "abcdefgh'ij",
	}
	for _, s := range texts {
		for from := 0; from <= len(s); from++ {
			for to := from; to <= len(s); to += 1 + to%3 {
				checkScanWords(t, s, from, to, to-from)
				checkScanWords(t, s, from, to, 2)
			}
		}
	}
}

func FuzzScanWordsMatchesReference(f *testing.F) {
	f.Add("“We will not back down,” the minister acknowledged.", 0, 40, 100)
	f.Add("Anne-Marie O'Neill’s aide, 45, said", 3, 30, 3)
	f.Fuzz(func(t *testing.T, s string, from, to, max int) {
		if from < 0 || to > len(s) || from > to || max < 1 {
			return
		}
		checkScanWords(t, s, from, to, max)
	})
}

// TestCueFilter holds mayHave to the table: it never turns away a cue
// word, in any case.
func TestCueFilter(t *testing.T) {
	for w := range cueWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got, want := cueOf(v), cueTable.lookup(v, foldHash(v)); len(v) <= 14 && got != want {
				t.Errorf("cueOf(%q) = %d, lookup %d", v, got, want)
			}
		}
	}
}

func FuzzCueOf(f *testing.F) {
	f.Add("said")
	f.Add("Acknowledging")
	f.Fuzz(func(t *testing.T, w string) {
		want := uint8(0)
		if len(w) > 0 && len(w) <= 14 {
			want = cueTable.lookup(w, foldHash(w))
		}
		if got := cueOf(w); got != want {
			t.Fatalf("cueOf(%q) = %d, lookup %d", w, got, want)
		}
	})
}
