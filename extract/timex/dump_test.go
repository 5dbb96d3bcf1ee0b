package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestDump writes Tag's output over the shared corpora (BBC, TempEval-3,
// PolNeAR dev, the HTML page texts) to the file named by TIMEX_DUMP, so that a
// refactoring can be checked to leave every expression unchanged: dump before,
// dump after, diff. Skipped unless TIMEX_DUMP is set and ../shared is present.
func TestDump(t *testing.T) {
	out := os.Getenv("TIMEX_DUMP")
	if out == "" {
		t.Skip("set TIMEX_DUMP=/path/to/file to dump Tag over ../shared")
	}
	const shared = "../../../shared"
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("../shared is absent: %v", err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatalf("create dump: %v", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	dump := func(id, text string, d time.Time) {
		fmt.Fprintf(w, "## %s %s\n", id, d.Format("2006-01-02"))
		for _, x := range Tag(text, d) {
			fmt.Fprintf(w, "%d %d %s %s %q\n", x.Start, x.End, x.Type, x.Value, x.Text)
		}
	}
	// Two dcts over BBC: a Wednesday, and a Sunday at a year's end, so that
	// weekday and year arithmetic both get exercised.
	dcts := []time.Time{dct, time.Date(2005, 12, 31, 0, 0, 0, 0, time.UTC)}
	readJSONL(t, filepath.Join(shared, "corpus/bbc/corpus.jsonl"), func(id, date, text string) {
		for _, d := range dcts {
			dump(id, text, d)
		}
	})
	for _, p := range []string{"eval/timex/te3_platinum.jsonl", "eval/polnear/dev.jsonl"} {
		readJSONL(t, filepath.Join(shared, p), func(id, date, text string) {
			d, err := time.Parse("2006-01-02", date)
			if err != nil {
				d = dct
			}
			dump(id, text, d)
		})
	}
	pages, _ := filepath.Glob(filepath.Join(shared, "corpus/html/*.txt"))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		dump(filepath.Base(p), string(b), dct)
	}
}

// readJSONL calls fn with the id, date (dct or date field) and text of every
// line of a JSONL file.
func readJSONL(t *testing.T, path string, fn func(id, date, text string)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		var a struct {
			ID, Dct, Date, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if a.Dct == "" {
			a.Dct = a.Date
		}
		fn(a.ID, a.Dct, a.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
}
