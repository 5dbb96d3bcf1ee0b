package issues

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
)

// stemGate must answer as a strings.Contains per stem, on any input.

func TestStemGateMatchesContains(t *testing.T) {
	for _, s := range []string{
		"", "c", "cl", "clo", "clos", "The council will close the maternity unit next year.",
		"Regulators approved the vaccine on Tuesday.", "Ministers disagreed over the urban plan.",
		"The embassy reclosed; envoys were expelled.", "Shops sold out", "bad \xff byte clos\u00e9",
		"Agreements were reached", "prequalification", "A licensed seller", "au", "authority",
	} {
		checkStemGate(t, s)
	}
}

func FuzzStemGate(f *testing.F) {
	f.Add("The council will close the maternity unit next year.")
	f.Add("bad \xff byte clos\u00e9")
	f.Fuzz(checkStemGate)
}

func checkStemGate(t *testing.T, s string) {
	for _, stems := range [][]string{actStems, {"ab", "abc", "b"}, {"aa", "aab", "ba"}, {"aab", "abc", "bca", "urb", "nce"}} {
		want := false
		for _, st := range stems {
			want = want || strings.Contains(s, st)
		}
		if got := newStemGate(stems).any(s); got != want {
			t.Errorf("stemGate(%q).any(%q) = %v, want %v", stems, s, got, want)
		}
	}
}

// splitWords must split as splitWordsUnicode does, on any input.

func TestSplitWordsMatchesUnicode(t *testing.T) {
	for _, s := range []string{
		"", " ", "...", "The council will close the maternity unit, it said.",
		"Ministers (and MPs) agreed: \"no deal\" -- yet; landlords' rights?!",
		"  tabs\tand\nnewlines\vand\fform feeds\r ", "U.S. envoy's 'recall' [sic] #1 @home {x} a_b",
		"A - B -- C -, -) (-", "Regulators approved the vaccine.", "clos\u00e9 caf\u00e9 \u2019quoted\u2019", "The union\u2019s \u201cfinal offer\u201d was rejected, Unite said.",
		"a\u00a0b\u2003C\u0085d \xff\xfe bad", "\u201c\u201d \u2019 \u2014 , ; İstanbul ÉCOLE",
	} {
		checkSplitWords(t, s)
	}
}

func FuzzSplitWords(f *testing.F) {
	f.Add("Ministers (and MPs) agreed: \"no deal\" -- yet; landlords' rights?!")
	f.Add("U.S. envoy's 'recall' [sic] #1 @home {x} a_b")
	f.Fuzz(func(t *testing.T, s string) {
		checkSplitWords(t, s)
		// and its ASCII folding, which the fuzzer finds less often
		b := []byte(s)
		for i := range b {
			b[i] &= 0x7f
		}
		checkSplitWords(t, string(b))
	})
}

func checkSplitWords(t *testing.T, s string) {
	got, want := splitWords(s), splitWordsUnicode(s)
	if len(got) != len(want) || (got == nil) != (want == nil) {
		t.Fatalf("splitWords(%q) = %d words (nil %v), want %d (nil %v)", s, len(got), got == nil, len(want), want == nil)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("splitWords(%q)[%d] = %+v, want %+v", s, i, got[i], want[i])
		}
	}
}

// The quiet shortcut (readShort, cluster) must give what reading every
// article whole gives: frames, which decides it, reads the sentences
// alone.

// findFull is FindInSentences without the shortcut.
func findFull(s string, cast *people.Cast, qs []newsbot.Quote) []newsbot.Issue {
	sc := new(scratch)
	a := analyser{text: s, sents: text.Sentences(s), cast: cast, quotes: qs, sc: sc}
	a.index = sc.phraseIndex(len(s) / 16)
	a.read(qs)
	return a.cluster()
}

func checkQuiet(t *testing.T, s string) {
	cast := people.Find(s)
	qs := quotes.Find(s, cast)
	got, want := FindInSentences(s, text.Sentences(s), cast, qs), findFull(s, cast, qs)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FindInSentences(%.60q...) = %+v, want %+v", s, got, want)
	}
}

func TestQuietMatchesFull(t *testing.T) {
	for _, s := range []string{
		"", "Shares rose.",
		"Bakery chain posts record sales\n\nThe bakery chain said sales rose 8% in the year to March, helped by new shops in the north.\n\nIt plans to open 40 more branches next year.",
		"Council to close library\n\nThe council will close the town library in May, it said on Tuesday.\n\nA spokesman said the building needed repairs.",
		"Nurses strike over pay\n\nNurses walked out on Monday in a dispute over pay, the union said.\n\nThe health board said talks would resume.",
		"Profits at the carmaker beat forecasts, helped by strong demand in Asia. Its shares rose 3% in early trading.",
	} {
		checkQuiet(t, s)
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkQuiet(t, string(b))
	}
}

func FuzzQuiet(f *testing.F) {
	f.Add("Council to close library\n\nThe council will close the town library in May, it said on Tuesday.")
	f.Add("Profits at the carmaker beat forecasts. Its shares rose 3%.")
	f.Fuzz(checkQuiet)
}
