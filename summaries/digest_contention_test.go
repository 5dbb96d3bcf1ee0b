package summaries

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsroom/newsbot/extract/text"
)

// contentionCases are developments with and without contention, every
// form of reContention among them.
var contentionCases = []struct {
	text string
	want bool
}{
	{"Dock workers began a 48-hour walk-out on Monday.", true},
	{"Nurses staged WALKOUTS at three hospitals.", true},
	{"The stand-off over fishing rights entered its third week.", true},
	{"Unions threatened industrial\taction over the rota.", true},
	{"Unions threatened industrial  action.", true},
	{"Residents are disputing the council's figures.", true},
	{"The minister denied the claims.", true},
	{"Campaigners sued the council in the High Court.", true},
	{"Investigators fined the operator £2m.", true},
	{"A row broke out over parking charges.", true},
	{"A rift has opened in the cabinet.", true},
	{"Protesters_gathered outside.", true},
	{"He walked out of the meeting.", false},
	{"The walk-outside event was cancelled.", false},
	{"The walk-out_ plan.", false},
	{"Industrial actions were cheaper.", false},
	{"The industrial-action plan.", false},
	{"Farmers grow more wheat in rows than before.", true},
	{"Farmers grow more wheat.", false},
	{"The bridge reopens on Friday after repairs.", false},
	{"The trials of the new trains start in May.", false},
	{"A finer grade of steel.", false},
	{"", false},
	{"Nurses began a ſtrike.", false}, // ſ is no \w: no \b before it
	{"Nurses are proteſting.", true},
	{"Nurses began a stri\u212ae.", true},
	{"Dockers staged a lockout in Kiel, a walk-outs in Bremen.", true},
	{"Ferry crews plan a stand-offish protest.", true},
	{"A stand-offish manner.", false},
}

// TestHasContention: hasContention agrees with reContention.
func TestHasContention(t *testing.T) {
	for _, c := range contentionCases {
		if got := reContention.MatchString(c.text); got != c.want {
			t.Errorf("reContention(%q) = %v, want %v", c.text, got, c.want)
		}
		if got := hasContention(c.text); got != c.want {
			t.Errorf("hasContention(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzHasContention: hasContention agrees with reContention on any text.
func FuzzHasContention(f *testing.F) {
	for _, c := range contentionCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasContention(s), reContention.MatchString(s); got != want {
			t.Fatalf("hasContention(%q) = %v, reContention %v", s, got, want)
		}
	})
}

// TestHasContentionCorpus: the same over the sentences and titles of the
// BBC corpus (skipped when ../shared is absent).
func TestHasContentionCorpus(t *testing.T) {
	f, err := os.Open("../../shared/corpus/bbc/corpus.jsonl")
	if err != nil {
		t.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	n, yes := 0, 0
	for sc.Scan() {
		var rec struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		for _, s := range append([]text.Span{{Text: rec.Title}}, text.Sentences(rec.Text)...) {
			n++
			want := reContention.MatchString(s.Text)
			if want {
				yes++
			}
			if got := hasContention(s.Text); got != want {
				t.Errorf("%s: hasContention(%q) = %v, reContention %v", rec.ID, s.Text, got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if yes == 0 || yes == n {
		t.Errorf("%d of %d sentences with contention: the check checked little", yes, n)
	}
}
