package issues

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// actMarkCases write the words of actWords every way splitWords reads
// them: capitals, quote marks and brackets around them, a percent sign
// after them (which tokenize keeps on the word and splitWords trims),
// curly apostrophes, an ellipsis; and words that only contain one.
var actMarkCases = []string{
	"The trust said on Monday it plans to close the Eastgate birth unit in April.",
	"CLOSE: owners of the Harlow smelter voted to Shut it and sell the site.",
	"Regulators (banned) the additive; “Approved”, the firm said, and it Approves.",
	"The board agreed%, then agrees%, then AGREED%% to meet at the mediation service.",
	"It applied to the agency for prequalification… and for a licence’ last week.",
	"#close @shut *recalls* _expels_ [approves] {bans} 'recalling' \"expelled\"",
	"Closely watched closures and closed shops hit the bank in urban Albania.",
	"Ministers recalled the ambassador to Kastrel; the envoy was expelled.",
	"The carmaker recalled 80,000 hatchbacks, and 5% of dealers were closing.",
	"Nobody disputes the figures in this sentence.",
}

// checkActMarks holds markActs' promise on s: a word splitWords reads as
// one of actWords, and so any sentence readAct finds an act in, has a
// token tokenize flags lxAct.
func checkActMarks(t *testing.T, s string) {
	t.Helper()
	marked := false
	for _, tok := range tokenize(s, 0, nil) {
		marked = marked || tok.lex.f&lxAct != 0
	}
	if marked {
		return
	}
	ws := splitWords(s)
	for _, w := range ws {
		if slices.Contains(actWords, w.low) {
			t.Fatalf("%q: splitWords reads %q, one of actWords, but no token is flagged lxAct", s, w.w)
		}
	}
	if f, ok := readAct(ws); ok {
		t.Fatalf("%q: readAct reads %q without a word of actWords: add its words to actWords", s, f.title)
	}
}

func TestActMarksCoverSplitWords(t *testing.T) {
	for _, s := range actMarkCases {
		for n := 0; n <= len(s); n++ {
			checkActMarks(t, s[:n])
		}
	}
}

func FuzzActMarks(f *testing.F) {
	for _, s := range actMarkCases {
		f.Add(s)
	}
	f.Fuzz(checkActMarks)
}

// TestActMarksCoverCorpus checks the promise on the sentences of the BBC
// corpus, and that the frames read with the marks are those read without.
func TestActMarksCoverCorpus(t *testing.T) {
	docs, _ := loadCorpus(t)
	for _, d := range docs {
		sents := text.Sentences(d.text)
		for _, sp := range sents {
			checkActMarks(t, sp.Text)
		}
		sc := scratchPool.Get().(*scratch)
		a := analyser{text: d.text, sents: sents, cast: d.cast, sc: sc, keyBuf: sc.keyBuf[:0]}
		a.index = sc.phraseIndex(len(d.text) / 16)
		a.read(d.quotes)
		got := a.readFrames()
		a.actSents = nil // every sentence read
		if want := a.readFrames(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: frames with the act marks %+v, without %+v", d.id, got, want)
		}
		sc.keyBuf = a.keyBuf
		sc.release()
	}
}

// TestReadMarksActSentences checks that read, on both its paths (a
// short article read in two passes, a long one in one), marks the
// sentences holding a word of actWords, a dateline's included, and no
// other.
func TestReadMarksActSentences(t *testing.T) {
	head := []string{
		"SHUT CREEK, May 2 (Wire) - Nurses at the cottage hospital were angry.",
		"The hospital will Close in May, the trust said.",
		"Nurses at the hospital were angry about the plan.",
		"The trust said it had no choice but to shut the ward.",
		"Unions will ballot their members next week.",
	}
	for _, n := range []int{0, shortArticle} {
		sents := slices.Clone(head)
		for range n {
			sents = append(sents, "Patients from the valley will travel to the city.")
		}
		sents = append(sents, "The board agreed.")
		s := strings.Join(sents, " ")
		sc := new(scratch)
		a := analyser{text: s, sents: text.Sentences(s), cast: &people.Cast{}, sc: sc}
		if len(a.sents) != len(sents) {
			t.Fatalf("%d sentences split, want %d", len(a.sents), len(sents))
		}
		a.index = sc.phraseIndex(len(s) / 16)
		a.read(nil)
		for si := range a.sents {
			want := si <= 1 || si == 3 || si == len(sents)-1
			if got := a.mayAct(si); got != want {
				t.Errorf("%d sentences: mayAct(%d) = %v, want %v (%q)", len(sents), si, got, want, a.sents[si].Text)
			}
		}
	}
}
