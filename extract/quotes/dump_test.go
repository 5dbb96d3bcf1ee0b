package quotes

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
)

// dumpDoc is one article of a shared corpus with its people cast.
type dumpDoc struct {
	ID, Text string
	Cast     *people.Cast
}

// TestDumpCorpus writes the located quotations of every BBC and PolNeAR
// article to the file named by QUOTES_DUMP, so that a refactoring can be
// diffed against the output before it. The casts are frozen in
// QUOTES_INPUTS (written on the first run) so that work on the people
// package cannot blur the comparison. Only runs when QUOTES_DUMP is set.
func TestDumpCorpus(t *testing.T) {
	out := os.Getenv("QUOTES_DUMP")
	if out == "" {
		t.Skip("set QUOTES_DUMP=file to dump quotations over the shared corpora")
	}
	var docs []dumpDoc
	in := os.Getenv("QUOTES_INPUTS")
	if f, err := os.Open(in); in != "" && err == nil {
		err := gob.NewDecoder(bufio.NewReader(f)).Decode(&docs)
		f.Close()
		if err != nil {
			t.Fatalf("read inputs %s: %v", in, err)
		}
	} else {
		for _, rel := range [][]string{{"corpus", "bbc", "corpus.jsonl"}, {"eval", "polnear", "dev.jsonl"}} {
			path := filepath.Join(append([]string{"..", "..", "..", "shared"}, rel...)...)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Skipf("corpus not found (../shared is absent): %v", err)
			}
			for _, line := range bytes.Split(data, []byte("\n")) {
				var d struct {
					ID   string `json:"id"`
					Text string `json:"text"`
				}
				if json.Unmarshal(line, &d) == nil && d.Text != "" {
					docs = append(docs, dumpDoc{ID: d.ID, Text: d.Text, Cast: people.Find(d.Text)})
				}
			}
		}
		if in != "" {
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(docs); err != nil {
				t.Fatalf("encode inputs: %v", err)
			}
			if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
				t.Fatalf("write inputs: %v", err)
			}
		}
	}
	var buf bytes.Buffer
	n := 0
	for _, d := range docs {
		got := FindLocated(d.Text, d.Cast)
		n += len(got)
		qs := Find(d.Text, d.Cast)
		if len(qs) != len(got) {
			t.Fatalf("%s: Find gives %d quotations, FindLocated %d", d.ID, len(qs), len(got))
		}
		for i := range qs {
			if qs[i] != got[i].Quote {
				t.Fatalf("%s: Find %+v, FindLocated %+v", d.ID, qs[i], got[i].Quote)
			}
		}
		// Sentence and IsPerson are left out of the JSON form: add them.
		type full struct {
			Located
			Sentence string
			IsPerson bool
		}
		all := make([]full, len(got))
		for i, q := range got {
			all[i] = full{q, q.Sentence, q.IsPerson}
		}
		js, err := json.Marshal(all)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&buf, "%s\t%s\n", d.ID, js)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatalf("write dump: %v", err)
	}
	t.Logf("%d articles, %d quotations → %s", len(docs), n, out)
}
