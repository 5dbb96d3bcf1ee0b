package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The minister arrived. She met the mayor.", []string{"The minister arrived.", "She met the mayor."}},
		{"honorific", "Mr. Smith said no. Dr. Jones agreed.", []string{"Mr. Smith said no.", "Dr. Jones agreed."}},
		{"initial", "John F. Kennedy spoke in Berlin. Crowds cheered.", []string{"John F. Kennedy spoke in Berlin.", "Crowds cheered."}},
		{"closing quote", `"We will win." He smiled.`, []string{`"We will win."`, "He smiled."}},
		{"curly quote", "“It is over,” she said. “Go home.”", []string{"“It is over,” she said.", "“Go home.”"}},
		{"date abbreviation", "Talks resume on Jan. 30 in Geneva. Both sides agreed.", []string{"Talks resume on Jan. 30 in Geneva.", "Both sides agreed."}},
		{"decimal and acronym", "Growth was 3.5% in the U.S. economy. Markets rose.", []string{"Growth was 3.5% in the U.S. economy.", "Markets rose."}},
		{"lower-case continuation", "He said it was e.g. fine and went on. Then left.", []string{"He said it was e.g. fine and went on.", "Then left."}},
		{"paragraphs", "First line\n\nSecond line.", []string{"First line", "Second line."}},
		{"question", "Who knew? Nobody did!", []string{"Who knew?", "Nobody did!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				if tt.in[s.Start:s.End] != s.Text {
					t.Fatalf("span %d:%d is %q, text %q", s.Start, s.End, tt.in[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestContaining(t *testing.T) {
	in := "One. Two. Three."
	ss := Sentences(in)
	for _, c := range []struct{ off, want int }{{0, 0}, {5, 1}, {4, -1}, {15, 2}, {16, -1}} {
		if got := Containing(ss, c.off); got != c.want {
			t.Errorf("Containing(%d) = %d, want %d", c.off, got, c.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith said “no.” Then? He left…")
	f.Add("\n\n\"\"\"...")
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End > len(s) || sp.Start >= sp.End || s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad span %+v", sp)
			}
			prev = sp.End
		}
	})
}

// FuzzSentencesMatchReference checks the fast splitter against the plain
// rune-by-rune one it replaced: same spans for any input.
func FuzzSentencesMatchReference(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith said “no.” Then? He left… Dr. Ávila agreed.",
		"U.S. talks stalled.\u00a0Officials met in No. 10 Downing Street. He said no. 5 people came.",
		"“Stop!” she said.\u2028Next. (Approx. 40.) ÉTÉ. Ş. Lin met \u212a. staff.\n\n \t\"Quote.\" \xe2\x80 bad… x",
		"Prices rose 3.5% in Jan. Then Feb. came. i.e. nothing. The U.K. and U.N. spoke.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Sentences(s), refSentences(s)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Sentences(%q)\n got %v\nwant %v", s, got, want)
		}
	})
}

// TestSentencesMatchReferenceCorpus splits the shared BBC corpus both ways.
func TestSentencesMatchReferenceCorpus(t *testing.T) {
	texts := corpusTexts(t)
	for i, s := range texts {
		if got, want := Sentences(s), refSentences(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("article %d: split differs\n got %v\nwant %v", i, got, want)
		}
	}
}

func BenchmarkSentencesCorpus(b *testing.B) {
	texts := corpusTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Sentences(s)
		}
	}
}

// corpusTexts reads the article texts of the shared BBC corpus, or skips
// when it is absent (evaluation data beside the checkout).
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("BBC corpus absent (%v): ../shared is evaluation data beside the checkout", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("corpus line: %v", err)
		}
		out = append(out, d.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read corpus: %v", err)
	}
	return out
}

// TestMarks checks the mark finder against a byte loop: every mark byte
// at every offset, with decoys that share bits with the marks ('.'|0x80,
// the other bytes of '…', '—' and '’'), scanned from every start and with
// calls that go forward in steps as appendSentences makes them.
func TestMarks(t *testing.T) {
	slow := func(s string, i, end int) int {
		for ; i < end; i++ {
			if c := s[i]; c == '.' || c == '!' || c == '?' || c == 0xE2 {
				return i
			}
		}
		return end
	}
	fills := []string{"abcdefghijklmnopqrstuvwx", "\xae\xa1\xbf\x80\xa6\x01\x01\x01\x94\x99--,,;;", "Officials said on Tuesday"}
	for _, fill := range fills {
		for _, mark := range []string{".", "!", "?", "…", "—", "’", ".\x01", "\xe2", "?..!", "!…"} {
			for at := 0; at <= len(fill); at++ {
				s := fill[:at] + mark + fill[at:] + mark
				for _, end := range []int{len(s), len(s) - 1, at, at + 1} {
					if end < 0 || end > len(s) {
						continue
					}
					for from := 0; from <= 3 && from <= end; from++ {
						m := newMarks(s, end)
						for i := from; i <= end; i++ {
							if got, want := m.next(i), slow(s, i, end); got != want {
								t.Fatalf("marks of %q to %d: next(%d) = %d, want %d", s, end, i, got, want)
							}
						}
					}
				}
			}
		}
	}
}

// TestAbbrevTable checks the packed abbreviation table against the map it
// is built from, for every key in three casings and for near misses.
func TestAbbrevTable(t *testing.T) {
	if 4*len(abbreviations) > len(abbrevTable) {
		t.Errorf("%d abbreviations in %d slots: more than a quarter full", len(abbreviations), len(abbrevTable))
	}
	words := []string{"", "m", "said", "mrss", "approxx", "governme", "u.s.", "e.gg", "\x00", "mr\x00", "Mr\xc3"}
	for w := range abbreviations {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[1:])
	}
	for _, w := range words {
		want := abbreviations[strings.ToLower(w)]
		if got := abbrevTable.has(w); got != want {
			t.Errorf("abbrevTable.has(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzAbbrevTable checks the packed table against the map for any word:
// only ASCII words lower-case to an abbreviation (no key has a 'k', the
// one ASCII letter a non-ASCII rune, the Kelvin sign, lower-cases to).
func FuzzAbbrevTable(f *testing.F) {
	for _, w := range []string{"Mr", "approx", "U.S", "e.g", "\x00", "st\x00", "\u212a", "Dept"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := abbrevTable.has(w), abbreviations[strings.ToLower(w)]; got != want {
			t.Fatalf("abbrevTable.has(%q) = %v, want %v", w, got, want)
		}
	})
}
