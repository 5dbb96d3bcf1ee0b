package issues

import (
	"fmt"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
	"os"
	"path/filepath"
	"testing"
)

// TestProbeDump prints the issues Find gives, run as the pipeline runs it,
// for every .txt file of $ISSUES_PROBE (a directory of articles an editor
// reads the titles of). It runs only when the variable is set.
func TestProbeDump(t *testing.T) {
	dir := os.Getenv("ISSUES_PROBE")
	if dir == "" {
		t.Skip("set ISSUES_PROBE=/path/to/dir to print the issues of its articles")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatalf("list probe articles: %v", err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read probe article: %v", err)
		}
		fmt.Printf("== %s\n", filepath.Base(p))
		for _, is := range findPipeline(string(b)) {
			fmt.Printf("  %q %q\n", is.Title, is.Keywords)
		}
	}
}

// TestProbeDebug prints, for $ISSUES_PROBE_FILE, the sentences and the
// clusters before rendering: each issue's units with their weights.
func TestProbeDebug(t *testing.T) {
	p := os.Getenv("ISSUES_PROBE_FILE")
	if p == "" {
		t.Skip("set ISSUES_PROBE_FILE=/path/to/article.txt")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("read probe article: %v", err)
	}
	s := string(b)
	cast := people.Find(s)
	for i, pp := range cast.People {
		fmt.Printf("person %d %q\n", i, pp.Name)
	}
	sc := new(scratch)
	a := analyser{text: s, sents: text.Sentences(s), cast: cast, sc: sc}
	a.index = sc.phraseIndex(len(s) / 24)
	a.read(quotes.Find(s, cast))
	for i, sg := range a.segs {
		fmt.Printf("seg %d sent %d score %.1f %q\n", i, sg.sent, sg.score, clip(s[sg.start:sg.end], 70))
	}
	for i := range a.leads {
		fmt.Printf("lead %q\n", a.leadTitleOf(&a.leads[i]))
	}
	for _, is := range a.clusters() {
		if is.lead != nil {
			fmt.Printf("ISSUE lead %q\n", a.leadTitleOf(is.lead))
			continue
		}
		fmt.Printf("ISSUE w=%.2f segs=%v title=%q\n", is.weight, is.segs, a.title(is))
		for _, u := range is.units {
			fmt.Printf("   %q w=%.2f n=%d topic=%v person=%d proper=%v\n", u.key, u.weight, u.nSents, a.topicOf(u), u.person, u.proper)
		}
	}
}
