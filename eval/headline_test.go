package eval

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/ingest"
)

// goldTitles are the headlines of the gold articles as ingest keeps them
// apart from the text: the BBC corpus's "title", an HTML page's title.
func goldTitles(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	f, err := os.Open(filepath.Join(root, "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		t.Skipf("BBC corpus absent: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var row struct{ ID, Title string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("parse BBC corpus: %v", err)
		}
		out[row.ID] = row.Title
	}
	pages, err := filepath.Glob(filepath.Join(root, "corpus", "html", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		data, err := ingest.DecodeHTML(p, raw, "")
		if err != nil {
			continue
		}
		if a, err := ingest.FromHTML(p, data, "", time.Time{}, ingest.Options{}); err == nil {
			out[filepath.Base(p[:len(p)-len(".html")])] = a.Title
		}
	}
	return out
}

// TestIssuesWithHeadline scores the gold articles' issues with their
// headlines given apart, as ingest gives them, beside the figures of the
// text alone (what bot eval issues measures).
func TestIssuesWithHeadline(t *testing.T) {
	p := tripSharedOrSkip(t, filepath.Join("eval", "gold"))
	root, err := tripSharedRoot(p)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := tripDocs(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	titles := goldTitles(t, root)
	var req, reqFound, gold, goldFound, listed [2]int
	for _, d := range docs {
		h := titles[d.ID]
		if h == "" {
			t.Logf("%s: no title", d.ID)
		}
		for mode, x := range []newsbot.Extraction{extract.Article(d.ID, d.Text, d.Published), extract.ArticleWithHeadline(d.ID, h, d.Text, d.Published)} {
			listed[mode] += len(x.Issues)
			gold[mode] += len(d.Gold.Issues)
			match := issueMatch(x.Issues, d.Gold.Issues)
			for gi, g := range d.Gold.Issues {
				if g.Required {
					req[mode]++
				}
				if match[gi] >= 0 {
					goldFound[mode]++
					if g.Required {
						reqFound[mode]++
					}
				}
			}
			if mode == 1 {
				var ts [2][]string
				for m, xx := range []newsbot.Extraction{extract.Article(d.ID, d.Text, d.Published), x} {
					for _, is := range xx.Issues {
						ts[m] = append(ts[m], is.Title)
					}
				}
				t.Logf("%s %q:\n  text alone %q\n  headline   %q", d.ID, h, ts[0], ts[1])
			}
		}
	}
	for mode, name := range []string{"text alone", "headline apart"} {
		t.Logf("%s: required %d/%d, gold %d/%d, listed/gold %d/%d", name, reqFound[mode], req[mode], goldFound[mode], gold[mode], listed[mode], gold[mode])
	}
	// A headline read for every story cost 17 of 27 required issues; read
	// for short stories only, one (a wire story's place thread).
	if reqFound[1] < reqFound[0]-1 {
		t.Errorf("the headline costs required issues: %d/%d found with it, %d/%d without", reqFound[1], req[1], reqFound[0], req[0])
	}
}
