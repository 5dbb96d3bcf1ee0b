package issues

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestCorpusDump writes every article's issues to $ISSUES_DUMP, so that a
// refactoring can be checked to change nothing (diff two dumps).
func TestCorpusDump(t *testing.T) {
	out := os.Getenv("ISSUES_DUMP")
	if out == "" {
		t.Skip("set ISSUES_DUMP=file to dump the corpus issues")
	}
	docs, _ := loadCorpus(t)
	var sb strings.Builder
	for _, d := range docs {
		for _, is := range Find(d.text, d.cast, d.quotes) {
			fmt.Fprintf(&sb, "%s\t%s\t%s\t%s\t%d\n", d.id, is.Title, strings.Join(is.Keywords, "|"), is.Summary, len(is.Evidence))
		}
	}
	if err := os.WriteFile(out, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
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
