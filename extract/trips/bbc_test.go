package trips

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/newsroom/newsbot/internal/cputime"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
)

// corpusDoc is one article of a shared corpus with the inputs trips needs.
type corpusDoc struct {
	ID        string
	Text      string
	Published time.Time
	Cast      *people.Cast
	Timexes   []newsbot.Timex
	Sents     []text.Span
}

// bbcPublished anchors relative dates in the BBC corpus, which has no
// publication dates; any fixed day keeps runs comparable.
var bbcPublished = time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC)

// loadCorpus reads a JSON-lines corpus from ../shared and computes the
// people, timex and sentence inputs of every article.
func loadCorpus(tb testing.TB, rel ...string) []corpusDoc {
	tb.Helper()
	path := filepath.Join(append([]string{"..", "..", "..", "shared"}, rel...)...)
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("corpus not found (../shared is absent): %v", err)
	}
	var docs []corpusDoc
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct {
			ID   string `json:"id"`
			Text string `json:"text"`
			Date string `json:"date"`
			Dct  string `json:"dct"` // TempEval-3's name for the date
		}
		if json.Unmarshal(line, &d) != nil || d.Text == "" {
			continue
		}
		if d.Date == "" {
			d.Date = d.Dct
		}
		pub := bbcPublished
		if t, err := time.Parse("2006-01-02", d.Date); err == nil {
			pub = t
		}
		docs = append(docs, corpusDoc{ID: d.ID, Text: d.Text, Published: pub,
			Cast: people.Find(d.Text), Timexes: timex.Tag(d.Text, pub), Sents: text.Sentences(d.Text)})
	}
	return docs
}

// loadPages reads the expected texts of the shared HTML pages and the seed
// articles, anchored on the seed's publication day (the pages' own dates
// are free text in the manifest; any fixed day keeps runs comparable).
func loadPages(tb testing.TB) []corpusDoc {
	tb.Helper()
	shared := filepath.Join("..", "..", "..", "shared")
	pages, err := filepath.Glob(filepath.Join(shared, "corpus", "html", "*.txt"))
	if err != nil {
		tb.Fatalf("list pages: %v", err)
	}
	seeds, err := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	if err != nil {
		tb.Fatalf("list seeds: %v", err)
	}
	pub := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	var docs []corpusDoc
	for _, p := range append(pages, seeds...) {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("read %s: %v", p, err)
		}
		s := string(b)
		docs = append(docs, corpusDoc{ID: filepath.Base(p), Text: s, Published: pub,
			Cast: people.Find(s), Timexes: timex.Tag(s, pub), Sents: text.Sentences(s)})
	}
	return docs
}

// BenchmarkFindBBC runs trips.FindInSentences alone over the BBC corpus
// (inputs computed once, outside the timer); skipped without ../shared.
func BenchmarkFindBBC(b *testing.B) {
	docs := loadCorpus(b, "corpus", "bbc", "corpus.jsonl")
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	runtime.GC() // the set-up's garbage is not the benchmark's
	t0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			FindInSentences(d.Text, d.Sents, d.Published, d.Cast, d.Timexes)
		}
	}
	cputime.Report(b, n, t0)
}

// TestDumpCorpus writes the trips of every BBC, PolNeAR, TempEval-3, HTML
// page and seed article to the
// file named by TRIPS_DUMP, so that a refactoring can be diffed against
// the output before it. The inputs (people, timexes, sentences) are frozen
// in TRIPS_INPUTS (written on the first run) so that work on those
// packages cannot blur the comparison. Only runs when TRIPS_DUMP is set.
func TestDumpCorpus(t *testing.T) {
	out := os.Getenv("TRIPS_DUMP")
	if out == "" {
		t.Skip("set TRIPS_DUMP=file to dump trips over the shared corpora")
	}
	var docs []corpusDoc
	in := os.Getenv("TRIPS_INPUTS")
	if f, err := os.Open(in); in != "" && err == nil {
		err := gob.NewDecoder(bufio.NewReader(f)).Decode(&docs)
		f.Close()
		if err != nil {
			t.Fatalf("read inputs %s: %v", in, err)
		}
	} else {
		docs = append(loadCorpus(t, "corpus", "bbc", "corpus.jsonl"), loadCorpus(t, "eval", "polnear", "dev.jsonl")...)
		docs = append(docs, loadCorpus(t, "eval", "timex", "te3_platinum.jsonl")...)
		docs = append(docs, loadPages(t)...)
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
	legs := 0
	for _, d := range docs {
		got := FindInSentences(d.Text, d.Sents, d.Published, d.Cast, d.Timexes)
		legs += len(got)
		// Start and End are left out of the JSON form: add them.
		type full struct {
			Trip       newsbot.Trip
			Start, End int
		}
		all := make([]full, len(got))
		for i, l := range got {
			all[i] = full{l, l.Start, l.End}
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
	t.Logf("%d articles, %d legs → %s", len(docs), legs, out)
}
