package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The fast paths of this file are checked against the plain forms they
// replace, which must give the same answers on any input.

// refSentenceEnd is sentenceEnd as a byte-by-byte scan, the way it was
// written before it skipped eight bytes at a time.
func refSentenceEnd(s string, p, hi int) int {
	for k := p; k+1 < hi; k++ {
		c := s[k]
		if (c == '.' || c == '!' || c == '?') && s[k+1] == ' ' {
			if c == '.' && abbrevBefore(s, p, k) {
				continue
			}
			return k + 1
		}
	}
	return hi
}

// refSentenceStart is sentenceStart as a byte-by-byte scan back, the way
// it was written before it skipped eight bytes at a time.
func refSentenceStart(s string, lo, p int) int {
	for k := p - 1; k > lo; k-- {
		c := s[k]
		if (c == ' ') && k > lo && (s[k-1] == '.' || s[k-1] == '!' || s[k-1] == '?') &&
			(s[k-1] != '.' || !abbrevBefore(s, lo, k-1)) {
			return k + 1
		}
		if p-k > 2000 {
			return k
		}
	}
	return lo
}

// refWordBack is wordBack decoding every rune, the way it was written
// before it read ASCII bytes without decoding.
func refWordBack(s string, lo, p int) int {
	k := p
	for k > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:k])
		if isLetter(r) || (r == '-' || r == '\'' || r == '’') && k-size > lo && k < p {
			k -= size
			continue
		}
		break
	}
	if k == p {
		return -1
	}
	return k
}

// refWordEnd is wordEnd decoding every rune.
func refWordEnd(s string, p, to int) int {
	k := p
	for k < to {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isLetter(r) {
			break
		}
		k += size
	}
	return k
}

var sentenceEndSeeds = []string{
	"Mr. Hollis arrived. He said: “We are here.” Then J. Smith left! Did he? Yes. The U.S. team won.",
	"The mayor said the plan would cost £4.5m over five years and that Dr. Ode agreed with it entirely. Next.",
	"Was it? Nobody knew!! Acme Corp. had agreed... to pay. a./ b.! c!! d?. e. ",
	"",
	".",
	". ",
	strings.Repeat("word ", 40) + "end. Next",
	"Ann-Marie O’Neill's café, the ex-mayor's—well—José's 'R&D' team. Łódź’s ’quote’ -x- a’",
	"NATO BBC's ÉCOLE ÉCOle ß ǅ \xff A1 a1 1A ŉ",
	"\n", "\n\n", "a\n\nb\n\n\nc\nd\n", "\n\nx", "x\n \n",
	"its lead author", "The study's LEAD RESEARCHER", "a senior author", "the lead auth\u212aor", "senİor author",
}

func TestFastPathsMatchReference(t *testing.T) {
	for _, s := range sentenceEndSeeds {
		checkSentenceEnd(t, s)
	}
	// sentenceStart looks no further back than 2,000 bytes.
	long := "Mr. Ode left. " + strings.Repeat("a word. Dr. B ", 300) + strings.Repeat("more words ", 300) + "end! x"
	for _, p := range []int{0, 1, 13, 14, 15, 2000, 2001, 2002, 2003, 2010, 3000, 4000, len(long) - 1, len(long)} {
		for _, lo := range []int{0, 1, 14, 1000} {
			if lo <= p && p <= len(long) {
				if got, want := sentenceStart(long, lo, p), refSentenceStart(long, lo, p); got != want {
					t.Fatalf("sentenceStart(long, %d, %d) = %d, want %d", lo, p, got, want)
				}
			}
		}
	}
}

func FuzzFastPathsMatchReference(f *testing.F) {
	for _, s := range sentenceEndSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSentenceEnd)
}

func checkSentenceEnd(t *testing.T, s string) {
	if got, want := leadAuthor(s), refLeadAuthor(s); got != want {
		t.Fatalf("leadAuthor(%q) = %v, want %v", s, got, want)
	}
	if got, want := lastBlankLine(s), strings.LastIndex(s, "\n\n"); got != want {
		t.Fatalf("lastBlankLine(%q) = %d, want %d", s, got, want)
	}
	for _, w := range strings.Fields(s) {
		if got, want := upperAlready(w), strings.ToUpper(w) == w; got != want {
			t.Fatalf("upperAlready(%q) = %v, want %v", w, got, want)
		}
	}
	// Every offset against every end is quadratic: a long input is cut.
	s = s[:min(len(s), 1000)]
	for p := 0; p <= len(s); p++ {
		for _, hi := range []int{len(s), min(len(s), p+9), min(len(s), p+17), p} {
			if got, want := sentenceEnd(s, p, hi), refSentenceEnd(s, p, hi); got != want {
				t.Fatalf("sentenceEnd(%q, %d, %d) = %d, want %d", s, p, hi, got, want)
			}
			if got, want := wordEnd(s, p, hi), refWordEnd(s, p, hi); got != want {
				t.Fatalf("wordEnd(%q, %d, %d) = %d, want %d", s, p, hi, got, want)
			}
			for _, lo := range []int{0, p - (hi - p)} {
				if lo >= 0 {
					if got, want := wordBack(s, lo, p), refWordBack(s, lo, p); got != want {
						t.Fatalf("wordBack(%q, %d, %d) = %d, want %d", s, lo, p, got, want)
					}
					if got, want := sentenceStart(s, lo, p), refSentenceStart(s, lo, p); got != want {
						t.Fatalf("sentenceStart(%q, %d, %d) = %d, want %d", s, lo, p, got, want)
					}
				}
			}
			for max := range 4 {
				if got, want := countWordsMax(s, p, hi, max), min(countWords(s, p, hi), max); got != want {
					t.Fatalf("countWordsMax(%q, %d, %d, %d) = %d, want %d", s, p, hi, max, got, want)
				}
			}
		}
	}
}

// refLeadAuthor is leadAuthor without the test of the last byte.
func refLeadAuthor(t string) bool {
	t = strings.ToLower(t)
	return strings.HasSuffix(t, " lead author") || strings.HasSuffix(t, " lead researcher") || strings.HasSuffix(t, " senior author")
}
