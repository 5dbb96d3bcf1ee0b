package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestDumpArticle writes Article's whole output (every field, the ones the
// JSON form leaves out too) over the BBC corpus, the PolNeAR dev texts and
// the seed articles to $EXTRACT_DUMP, so that a speed-up of the pipeline
// can be checked to leave the output byte for byte unchanged (diff two
// dumps). It runs only when the variable is set and skips when ../shared
// is absent.
func TestDumpArticle(t *testing.T) {
	out := os.Getenv("EXTRACT_DUMP")
	if out == "" {
		t.Skip("set EXTRACT_DUMP=/path/to/file to dump Article's output")
	}
	shared := filepath.Join("..", "..", "shared")
	var texts []string
	for _, p := range []string{
		filepath.Join(shared, "corpus", "bbc", "corpus.jsonl"),
		filepath.Join(shared, "eval", "polnear", "dev.jsonl"),
	} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("corpus not found (../shared is absent): %v", err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			var d struct{ Text string }
			if json.Unmarshal(line, &d) == nil && d.Text != "" {
				texts = append(texts, d.Text)
			}
		}
	}
	seeds, err := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	if err != nil {
		t.Fatalf("list seeds: %v", err)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		texts = append(texts, string(b))
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatalf("create dump: %v", err)
	}
	defer fh.Close()
	w := bufio.NewWriter(fh)
	// A fixed anchor: the dump must not depend on the day it is made.
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	in := make([]Input, len(texts))
	for i, s := range texts {
		in[i] = Input{ID: fmt.Sprint(i), Text: s, Published: published}
	}
	for i, s := range texts {
		x := Article(in[i].ID, s, published)
		fmt.Fprintf(w, "# %d\nP %+v\nQ %+v\nR %+v\nI %+v\nT %+v\n", i, x.People, x.Quotes, x.Trips, x.Issues, x.Timexes)
		// The batch must give the same, whatever the batch size.
		if size := []int{1, 7, 64}[i%3]; i%size == 0 {
			for k, y := range Articles(in[i:min(i+size, len(in))]) {
				if want := Article(in[i+k].ID, in[i+k].Text, published); !reflect.DeepEqual(y, want) {
					t.Errorf("article %d: Articles gives %+v, Article %+v", i+k, y, want)
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("write dump: %v", err)
	}
}
