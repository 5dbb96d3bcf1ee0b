package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hashReference is Hash as first written, rune by rune: the fast version
// must agree with it on every input.
func hashReference(text string) string {
	h := sha256.New()
	var buf []byte
	pendingSpace, started := false, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			pendingSpace = started
			continue
		}
		if pendingSpace {
			buf = append(buf, ' ')
			pendingSpace = false
		}
		started = true
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

func TestHashMatchesReference(t *testing.T) {
	long := strings.Repeat("The Minister for Ports said the Strike would END by Friday.\n\n", 200)
	for _, s := range []string{
		"", " ", "\n\n", "The council voted.", "  The  council\tvoted.\r\n",
		"Zoë Brönte told the İstanbul summit: “We will not wait.”",
		"no-break\u00a0space and\u2003em space and\u3000ideographic",
		"bad \xff byte and \xe2\x80 cut rune",
		"ǅemal Ǆ ΣΊΣΥΦΟΣ Ⱥ and ẞ", long, long + "Ünïcödé at the end",
		strings.Repeat("x", 4090) + "ÉÉÉÉ" + strings.Repeat(" ", 9) + "y",
	} {
		if got, want := Hash(s), hashReference(s); got != want {
			t.Errorf("Hash(%.40q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzHash(f *testing.F) {
	for _, s := range []string{"The council voted.", "Zoë  BRÖNTE\n\nsaid", "\xff\xfe", "a\u00a0b\u2028c", strings.Repeat("ab ", 2000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Hash(s), hashReference(s); got != want {
			t.Errorf("Hash(%q) = %s, want %s", s, got, want)
		}
	})
}

func BenchmarkHash(b *testing.B) {
	text := strings.Repeat("The harbour board confirmed on Thursday that the new crane would arrive in April, "+
		"two months later than planned. Its chairman, Zoë Brönte, said: “We regret the delay.”\n\n", 12)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Hash(text)
	}
}

func BenchmarkHashReference(b *testing.B) {
	text := strings.Repeat("The harbour board confirmed on Thursday that the new crane would arrive in April, "+
		"two months later than planned. Its chairman, Zoë Brönte, said: “We regret the delay.”\n\n", 12)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		hashReference(text)
	}
}

func BenchmarkSHA256(b *testing.B) {
	text := []byte(strings.Repeat("the harbour board confirmed on thursday that the new crane would arrive in april, ", 26))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sha256.Sum256(text)
	}
}

// checkText reads strings (JSON lines) and bytes (files, pages) alike, and
// hasVisible is the rune-by-rune rule it replaced.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"", "  \n", "\u200b\ufeff\u00a0", "Port reopens.", "\x00bin", "\xff\xfe", "\x01\x02\x03ab",
		"The port reopened on Monday.\x01\x02 Unions\x7f welcomed\x1b the deal\x00", strings.Repeat("ab\x01defgh\x7f", 20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es, eb := checkText("in", s), checkText("in", []byte(s))
		if (es == nil) != (eb == nil) || es != nil && es.Error() != eb.Error() {
			t.Errorf("checkText(%q): string %v, bytes %v", s, es, eb)
		}
		want := false
		for _, r := range s {
			want = want || !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r)
		}
		if hasVisible(s) != want {
			t.Errorf("hasVisible(%q) = %v, want %v", s, !want, want)
		}
		if got, want := looksBinary(s), looksBinaryReference(s); got != want {
			t.Errorf("looksBinary(%q) = %v, want %v", s, got, want)
		}
	})
}

// looksBinaryReference is looksBinary byte by byte, as first written.
func looksBinaryReference(s string) bool {
	s = s[:min(len(s), 8192)]
	ctl := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v', b == 0x7f:
			ctl++
		}
	}
	return ctl*10 > len(s)
}

// cleanTextReference is cleanText as first written, line by line into a
// builder: the version that copies only when it must agrees with it.
func cleanTextReference(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.TrimPrefix(s, "\ufeff")
	var b strings.Builder
	blank := 0
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.TrimRightFunc(ln, unicode.IsSpace)
		if strings.TrimSpace(ln) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(ln)
	}
	return b.String()
}

var cleanTextCases = []string{
	"", "\n", "one line", "Port reopens.\n\nUnion welcomes deal.", "a\nb\n\n\nc\n", "\n\n  \nfirst\n",
	"trailing  \n\nspaces\t\n", "win\r\nlines\r\n\r\nend", "old\rmac", "\ufeffbom\u00a0space", "  indented\n  kept",
	"a\n \n\u2003\nb", "x\n\n", "last\n\n\n", "\u0085nel", "a\u2028b",
}

func TestCleanTextMatchesReference(t *testing.T) {
	for _, s := range cleanTextCases {
		if got, want := cleanText(s), cleanTextReference(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range cleanTextCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanText(s), cleanTextReference(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
	})
}

// Hash reads printable ASCII eight bytes at a time: texts built from the
// bytes at the edges of that path (spaces side by side or at a word's
// ends, the letters and signs around the upper-case range, control bytes,
// DEL, runes) must still hash as the reference does, at every alignment.
func TestHashWordPathEdges(t *testing.T) {
	pieces := []string{"a", "Z", "A", "z", "@", "[", "`", "{", "~", "\x7f", "\x01", " ", "  ", "\n", "\t", "é", "Ω", "\u00a0", "Minister", "SAID "}
	rng := rand.New(rand.NewPCG(6, 2026))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := Hash(s), hashReference(s); got != want {
			t.Fatalf("Hash(%q) = %s, want %s", s, got, want)
		}
	}
	// Across the 4 KB buffer, with every offset of a double space.
	for off := range 16 {
		s := strings.Repeat("x", 4080+off) + "Ab  Cd eF gh IJ kl " + strings.Repeat("Mn op ", 30)
		if got, want := Hash(s), hashReference(s); got != want {
			t.Errorf("offset %d: Hash = %s, want %s", off, got, want)
		}
	}
}
