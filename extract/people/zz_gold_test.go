package people

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestGoldPeopleTmp(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/eval/gold/*.json")
	files = append(files, "/work/shared/eval/seed-gold.json")
	bbc := map[string]string{}
	raw, _ := os.ReadFile("/work/shared/corpus/bbc/corpus.jsonl")
	for _, line := range strings.Split(string(raw), "\n") {
		var row struct{ ID, Text string }
		if json.Unmarshal([]byte(line), &row) == nil {
			bbc[row.ID] = row.Text
		}
	}
	var persons, found, forms, formsOK, extra int
	for _, fn := range files {
		data, _ := os.ReadFile(fn)
		var g struct {
			Article string
			People  []struct {
				Name, Role string
				Mentions   []string
			}
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		var text string
		switch {
		case strings.HasSuffix(g.Article, ".txt"):
			b, _ := os.ReadFile(filepath.Join("/work/shared", g.Article))
			text = string(b)
		case strings.HasPrefix(g.Article, "bbc-"):
			text = bbc[g.Article]
		default:
			b, _ := os.ReadFile(filepath.Join("/work/shared/corpus/html", g.Article+".txt"))
			text = string(b)
		}
		if text == "" {
			t.Fatalf("no text for %s", g.Article)
		}
		c := Find(text)
		for _, gp := range g.People {
			persons++
			pi := -1
			for i, p := range c.People {
				if NameKey(p.Name) == NameKey(gp.Name) {
					pi = i
				}
			}
			if pi < 0 {
				t.Logf("%s: missing %q", filepath.Base(fn), gp.Name)
				forms += len(gp.Mentions)
				continue
			}
			found++
			p := c.People[pi]
			for _, m := range gp.Mentions {
				forms++
				if slices.Contains(p.Mentions, m) {
					formsOK++
				} else {
					t.Logf("%s: %q lacks %q (has %q)", filepath.Base(fn), gp.Name, m, p.Mentions)
				}
			}
			for _, m := range p.Mentions {
				if !slices.Contains(gp.Mentions, m) {
					extra++
					t.Logf("%s: %q extra %q", filepath.Base(fn), gp.Name, m)
				}
			}
		}
	}
	t.Logf("people found %d/%d, mention forms %d/%d, extra forms %d", found, persons, formsOK, forms, extra)
}
