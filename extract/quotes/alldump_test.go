package quotes

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// TestDumpAll writes everything the people, quotes and text packages give
// for every shared corpus (BBC, PolNeAR dev, TempEval-3, the HTML page
// texts, the seeds) to $EXTRACT_SPEED_DUMP: the sentence and paragraph
// spans, the whole cast and every located quotation with the fields the
// JSON form leaves out. A speed-up must leave the file byte for byte
// unchanged (cmp two dumps). Runs only when the variable is set; skips when
// ../shared is absent.
func TestDumpAll(t *testing.T) {
	out := os.Getenv("EXTRACT_SPEED_DUMP")
	if out == "" {
		t.Skip("set EXTRACT_SPEED_DUMP=/path/to/file to dump people, quotes and text over ../shared")
	}
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("../shared is absent: %v", err)
	}
	type doc struct{ id, text string }
	var docs []doc
	for _, rel := range []string{"corpus/bbc/corpus.jsonl", "eval/polnear/dev.jsonl", "eval/timex/te3_platinum.jsonl"} {
		data, err := os.ReadFile(filepath.Join(shared, rel))
		if err != nil {
			t.Fatalf("read %s: %v", rel, err)
		}
		for i, line := range bytes.Split(data, []byte("\n")) {
			var d struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if json.Unmarshal(line, &d) == nil && d.Text != "" {
				docs = append(docs, doc{fmt.Sprintf("%s:%d:%s", rel, i, d.ID), d.Text})
			}
		}
	}
	for _, pat := range []string{"corpus/html/*.txt", "seeds/*.txt"} {
		paths, err := filepath.Glob(filepath.Join(shared, pat))
		if err != nil {
			t.Fatalf("list %s: %v", pat, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatalf("read %s: %v", p, err)
			}
			docs = append(docs, doc{filepath.Base(p), string(b)})
		}
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatalf("create dump: %v", err)
	}
	defer fh.Close()
	w := bufio.NewWriter(fh)
	nq := 0
	for _, d := range docs {
		fmt.Fprintf(w, "## %s\nS %v\nG %v\n", d.id, text.Sentences(d.text), text.Paragraphs(d.text))
		cast := people.Find(d.text)
		for _, p := range cast.People {
			fmt.Fprintf(w, "P %#v\n", p)
		}
		for _, m := range cast.Mentions {
			fmt.Fprintf(w, "M %#v\n", m)
		}
		got := FindLocated(d.text, cast)
		qs := Find(d.text, cast)
		if len(qs) != len(got) {
			t.Fatalf("%s: Find gives %d quotations, FindLocated %d", d.id, len(qs), len(got))
		}
		for i, q := range got {
			if qs[i] != q.Quote {
				t.Fatalf("%s: Find %+v, FindLocated %+v", d.id, qs[i], q.Quote)
			}
			fmt.Fprintf(w, "Q %#v\n", q)
		}
		nq += len(got)
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("write dump: %v", err)
	}
	t.Logf("%d texts, %d quotations → %s", len(docs), nq, out)
}
