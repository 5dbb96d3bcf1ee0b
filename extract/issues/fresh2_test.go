package issues

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestFresh2Dump prints what the pipeline lists for testdata/fresh2 (set
// ISSUES_FRESH2=1): the editor's first look.
func TestFresh2Dump(t *testing.T) {
	if os.Getenv("ISSUES_FRESH2") == "" {
		t.Skip("set ISSUES_FRESH2=1 to print the fresh2 issues")
	}
	g := readFreshGold(t, "fresh2")
	for _, art := range g.Articles {
		s, err := os.ReadFile(filepath.Join("testdata", "fresh2", art.File))
		if err != nil {
			t.Fatal(err)
		}
		got := findPipeline(string(s))
		var sb strings.Builder
		for _, is := range got {
			fmt.Fprintf(&sb, "\n   %q\n      ev0: %.110s", is.Title, firstEv(is))
		}
		t.Logf("%s (gold %d): %d listed%s", art.File, len(art.Issues), len(got), sb.String())
	}
}

func firstEv(is newsbot.Issue) string {
	if len(is.Evidence) == 0 {
		return ""
	}
	return is.Evidence[0]
}
