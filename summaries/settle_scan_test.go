package summaries

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/text"
)

// settleScanCases are settlements of each form reSettled reads, and copy
// without one.
var settleScanCases = []struct {
	text   string
	settle bool // reSettled matches
	may    bool // maySettle
}{
	{"Port workers ended their three-week strike on Tuesday.", true, true},
	{"The council settled its long-running row with the bin crews.", true, true},
	{"Union leaders CALLED OFF THE OVERTIME BAN after talks.", true, true},
	{"Ministers resolved a bitter stand-off over fishing quotas.", true, true},
	{"Ferry operators suspended the planned walkout at Dover.", true, true},
	{"The two sides reached a deal to end the blockade of the port.", true, true},
	{"Brightwell agreed to pay £2m to settle the lawsuit brought by former staff.", true, true},
	{"The dispute over rest breaks has been resolved, the union said.", true, true},
	{"The lockout came to an end on Friday.", true, true},
	{"Trains ran again following the settlement of the pay dispute.", true, true},
	{"Signal staff ended their work-to-rule.", true, true},
	{"Students ended a week-long sit-in at the library.", true, true},
	{"The industrial action was called off late on Sunday.", true, true},
	// A settlement's words without one.
	{"Talks on the dispute resume on Monday.", false, true},
	{"The minister signed an agreement with Norway.", false, true},
	// None of its words: "rows", "striker", "deals" and "grow" are not them.
	{"The striker scored twice as the club's fortunes continued to grow.", false, false},
	{"Rows of seats were left empty as the deals fell through.", false, false},
	{"Shares in the airline rose 3% on Friday.", false, false},
	{"", false, false},
	// Letters (?i) folds to k and s are left to the expression.
	{"Porters ended their \u017ftrike.", true, true},
	{"Porters ended their stri\u212ae.", true, true},
}

// TestMaySettleCoversReSettled: maySettle is false only where reSettled
// finds nothing, for every form of settlement, so the digest may skip
// reSettled on its word.
func TestMaySettleCoversReSettled(t *testing.T) {
	for _, c := range settleScanCases {
		if got := reSettled.MatchString(c.text); got != c.settle {
			t.Errorf("reSettled(%q) = %v, want %v", c.text, got, c.settle)
		}
		if got := maySettle(c.text); got != c.may {
			t.Errorf("maySettle(%q) = %v, want %v", c.text, got, c.may)
		}
		if reportsSettled(c.text) && !c.settle {
			t.Errorf("reportsSettled(%q) with no match of reSettled", c.text)
		}
	}
}

// FuzzMaySettle checks that maySettle never rules out a text reSettled
// matches.
func FuzzMaySettle(f *testing.F) {
	for _, c := range settleScanCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if reSettled.MatchString(s) && !maySettle(s) {
			t.Fatalf("maySettle(%q) = false, but reSettled matches", s)
		}
	})
}

// TestMaySettleCorpus runs the check over the BBC corpus, text by text and
// sentence by sentence, and checks what withSettlements relies on: a
// sentence in which reSettled finds a settlement lies in a text in which
// it finds one too (skipped when ../shared is absent).
func TestMaySettleCorpus(t *testing.T) {
	const path = "../../shared/corpus/bbc/corpus.jsonl"
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		var rec struct {
			ID, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		whole := reSettled.MatchString(rec.Text)
		if whole && !maySettle(rec.Text) {
			t.Errorf("%s: maySettle false on a text reSettled matches", rec.ID)
		}
		for _, sp := range text.Sentences(rec.Text) {
			if !reSettled.MatchString(sp.Text) {
				continue
			}
			n++
			if !maySettle(sp.Text) {
				t.Errorf("%s: maySettle false on a sentence reSettled matches at %d", rec.ID, sp.Start)
			}
			if !whole {
				t.Errorf("%s: reSettled matches the sentence at %d but not the text", rec.ID, sp.Start)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no settlement in the corpus: the check checked nothing")
	}
}

// TestTermStem: the stem is the term less its last rune, in place for
// ASCII and through runes otherwise, as stemMatch always cut it.
func TestTermStem(t *testing.T) {
	for _, term := range []string{"", "pay", "fares", "café", "caf\xe9s", "naïve", "€€€€", "ab\xff"} {
		r := []rune(term)
		wantOK := len(r) >= 4
		want := ""
		if wantOK {
			want = string(r[:len(r)-1])
		}
		if got, ok := termStem(term); got != want || ok != wantOK {
			t.Errorf("termStem(%q) = %q, %v; want %q, %v", term, got, ok, want, wantOK)
		}
	}
	if !wordsHold(strings.Fields("ferry fares rise"), "fare") || wordsHold(strings.Fields("ferry fees"), "fare") {
		t.Error("wordsHold: fare")
	}
}
