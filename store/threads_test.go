package store

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

// Story chains (testdata/threads, our own copy): FILE is STORY-N.txt, a
// header (Title:, Published:) and the text. Some stories share sides or
// words on purpose: two strikes over pay in two cities, two rows with
// China, the same neighbours' second dispute six months on.
func TestStoryChainsOneIssuePerStory(t *testing.T) {
	files, err := filepath.Glob("testdata/threads/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no story chains: %v", err)
	}
	type art struct {
		story string
		a     newsbot.Analysed
	}
	var arts []art
	storyOf := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(data), "\n\n")
		var a newsbot.Article
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ":")
			switch k {
			case "Title":
				a.Title = strings.TrimSpace(v)
			case "Published":
				if a.Published, err = time.Parse("2006-01-02", strings.TrimSpace(v)); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
			}
		}
		a.URL, a.Text = "https://example.org/"+filepath.Base(f), body
		story := regexp.MustCompile(`-\d+\.txt$`).ReplaceAllString(filepath.Base(f), "")
		storyOf[a.Title] = story
		arts = append(arts, art{story, newsbot.Analysed{Article: a, Extraction: extract.Article(a.URL, a.Text, a.Published)}})
	}
	// Coverage arrives in time order, an article a batch.
	slices.SortStableFunc(arts, func(x, y art) int { return x.a.Article.Published.Compare(y.a.Article.Published) })
	s := openTest(t)
	for _, x := range arts {
		mustSave(t, s, x.a)
	}
	recs, err := s.Issues(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	issuesOf := map[string]int{}
	for _, r := range recs {
		stories := map[string]bool{}
		for _, src := range r.Sources {
			stories[storyOf[src.Title]] = true
		}
		if len(stories) > 1 {
			t.Errorf("issue #%d %q merges stories %v", r.ID, r.Title, stories)
		}
		for st := range stories {
			issuesOf[st]++
		}
	}
	extra := 0
	defer func() { t.Logf("stored issues per story: %v", issuesOf) }()
	for st, n := range issuesOf {
		extra += n - 1
		if n > 2 {
			t.Errorf("story %s is %d stored issues", st, n)
		}
	}
	// Measured when the chains were written: 3 extra issues over 9 stories
	// (was 6 before issues.Thread and one issue per raising sentence).
	if extra > 3 {
		t.Errorf("%d stored issues beyond one per story, want at most 3: %v", extra, issuesOf)
	}
}
