package issues

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/newsbot/internal/cputime"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
)

// corpusDoc is a BBC article with the inputs Find takes, prepared once.
type corpusDoc struct {
	id, text string
	cast     *people.Cast
	quotes   []newsbot.Quote
}

// loadCorpus reads the shared BBC corpus, or skips when it is absent (it is
// evaluation data, not part of the repository).
func loadCorpus(tb testing.TB) ([]corpusDoc, int64) {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("BBC corpus absent (%v): ../shared is evaluation data beside the checkout", err)
	}
	defer f.Close()
	var docs []corpusDoc
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("corpus line: %v", err)
		}
		cast := people.Find(d.Text)
		docs = append(docs, corpusDoc{id: d.ID, text: d.Text, cast: cast, quotes: quotes.Find(d.Text, cast)})
		n += int64(len(d.Text))
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read corpus: %v", err)
	}
	return docs, n
}

// BenchmarkFindCorpus is Find alone over the BBC corpus.
func BenchmarkFindCorpus(b *testing.B) {
	docs, n := loadCorpus(b)
	b.SetBytes(n)
	b.ReportAllocs()
	cpu0, ok0 := cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			Find(d.text, d.cast, d.quotes)
		}
	}
	if cpu1, ok1 := cputime.Used(); ok0 && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
	}
}

// TestCorpusDump writes Find's full output (titles, keywords, summaries,
// evidence, and Similar between an article's issues) over the BBC corpus,
// the PolNeAR dev texts, the TempEval-3 texts, the HTML page texts and the
// seed articles to $ISSUES_DUMP, with the cast and quotes the pipeline
// gives and without them, so that a refactoring can be checked to leave
// the output byte for byte unchanged (diff two dumps). The texts, casts and
// quotes are frozen in $ISSUES_INPUTS when it is set (written on the first
// run), so that work on the people and quotes packages cannot blur the
// comparison. It runs only when ISSUES_DUMP is set and skips when
// ../shared is absent.
func TestCorpusDump(t *testing.T) {
	out := os.Getenv("ISSUES_DUMP")
	if out == "" {
		t.Skip("set ISSUES_DUMP=/path/to/file to dump the corpus issues")
	}
	type input struct {
		Text   string
		Cast   *people.Cast
		Quotes []newsbot.Quote
	}
	var docs []input
	in := os.Getenv("ISSUES_INPUTS")
	if f, err := os.Open(in); in != "" && err == nil {
		err := gob.NewDecoder(bufio.NewReader(f)).Decode(&docs)
		f.Close()
		if err != nil {
			t.Fatalf("read inputs %s: %v", in, err)
		}
	} else {
		for _, s := range dumpTexts(t) {
			cast := people.Find(s)
			docs = append(docs, input{Text: s, Cast: cast, Quotes: quotes.Find(s, cast)})
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
	fh, err := os.Create(out)
	if err != nil {
		t.Fatalf("create dump: %v", err)
	}
	defer fh.Close()
	w := bufio.NewWriter(fh)
	for i, d := range docs {
		for pass, got := range [][]newsbot.Issue{Find(d.Text, d.Cast, d.Quotes), Find(d.Text, nil, nil)} {
			fmt.Fprintf(w, "# %d %d\n", i, pass)
			for _, is := range got {
				fmt.Fprintf(w, "T %q %q\nS %q\n", is.Title, is.Keywords, is.Summary)
				for _, e := range is.Evidence {
					fmt.Fprintf(w, "E %q\n", e)
				}
			}
			for x := range got {
				for y := range got {
					fmt.Fprintf(w, "%.6f ", Similar(got[x], got[y]))
				}
			}
			fmt.Fprintln(w)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("write dump: %v", err)
	}
}

// dumpTexts reads the texts TestCorpusDump covers from ../shared, or skips
// when it is absent.
func dumpTexts(t *testing.T) []string {
	t.Helper()
	shared := filepath.Join("..", "..", "..", "shared")
	var texts []string
	for _, p := range []string{
		filepath.Join(shared, "corpus", "bbc", "corpus.jsonl"),
		filepath.Join(shared, "eval", "polnear", "dev.jsonl"),
		filepath.Join(shared, "eval", "timex", "te3_platinum.jsonl"),
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
	var files []string
	for _, pat := range []string{"seeds/*.txt", "corpus/html/*.txt"} {
		m, err := filepath.Glob(filepath.Join(shared, pat))
		if err != nil {
			t.Fatalf("list %s: %v", pat, err)
		}
		files = append(files, m...)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// BenchmarkFindInSentencesCorpus is the issues work of the pipeline alone:
// the sentences are split beforehand, as extract.Article does once for
// every extractor.
func BenchmarkFindInSentencesCorpus(b *testing.B) {
	docs, n := loadCorpus(b)
	sents := make([][]text.Span, len(docs))
	for i, d := range docs {
		sents[i] = text.Sentences(d.text)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu0, ok0 := cputime.Used()
	for b.Loop() {
		for i, d := range docs {
			FindInSentences(d.text, sents[i], d.cast, d.quotes)
		}
	}
	if cpu1, ok1 := cputime.Used(); ok0 && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
	}
}
