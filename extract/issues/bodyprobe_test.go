package issues

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A results story that names its probe only in the body lists the probe,
// titled by what it is into.
func TestBodyProbe(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "fresh", "h01-brewer-probe.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := findPipeline(string(b))
	if len(got) == 0 || got[0].Title != "Investigation into contracts with bars and restaurants" {
		t.Fatalf("titles %q, want the ACM investigation first", titlesOf(got))
	}
	if !strings.Contains(got[0].Evidence[0], "opened an investigation into its contracts") {
		t.Errorf("evidence %q is not the sentence the title is read from", got[0].Evidence[0])
	}
}

func TestOpenedBefore(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"The regulator opened a formal antitrust investigation into the deal", true},
		{"Prosecutors launched a probe into the bank last year", true},
		{"The investigation into the bank, opened last year, continues", false}, // no opener before it
		{"Police ended their investigation into the crash", false},
	}
	for _, c := range cases {
		ws := splitWords(c.s)
		i := -1
		for k, w := range ws {
			if frameNouns[w.low] == "inquiry" {
				i = k
				break
			}
		}
		if got := i >= 0 && openedBefore(ws, i); got != c.want {
			t.Errorf("openedBefore(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
