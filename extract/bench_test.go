package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
	"github.com/newsroom/newsbot/internal/cputime"
)

func bbcTexts(b *testing.B) ([]string, int) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		b.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	var texts []string
	n := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct{ Text string }
		if json.Unmarshal(line, &d) == nil && d.Text != "" {
			texts = append(texts, d.Text)
			n += len(d.Text)
		}
	}
	return texts, n
}

// BenchmarkArticleBBC is the whole pipeline over the BBC corpus, article
// by article, as ingest runs it.
func BenchmarkArticleBBC(b *testing.B) {
	texts, n := bbcTexts(b)
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	t0 := cputime.Now()
	for b.Loop() {
		for _, s := range texts {
			Article("x", s, published)
		}
	}
	cputime.Report(b, n, t0)
}

// BenchmarkStagewiseBBC does the work of BenchmarkArticleBBC stage by
// stage over the whole corpus: the difference between the two is what
// running the stages back to back on one article costs (caches, heap).
func BenchmarkStagewiseBBC(b *testing.B) {
	texts, n := bbcTexts(b)
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	casts := make([]*people.Cast, len(texts))
	txs := make([][]newsbot.Timex, len(texts))
	qs := make([][]newsbot.Quote, len(texts))
	sents := make([][]text.Span, len(texts))
	b.SetBytes(int64(n))
	b.ReportAllocs()
	t0 := cputime.Now()
	for b.Loop() {
		for i, s := range texts {
			casts[i] = people.Find(s)
		}
		for i, s := range texts {
			txs[i] = timex.Tag(s, published)
		}
		for i, s := range texts {
			qs[i] = quotes.Find(s, casts[i])
		}
		for i, s := range texts {
			sents[i] = text.Sentences(s)
		}
		for i, s := range texts {
			trips.FindInSentences(s, sents[i], published, casts[i], txs[i])
		}
		for i, s := range texts {
			issues.FindInSentences(s, sents[i], casts[i], qs[i])
		}
	}
	cputime.Report(b, n, t0)
}

// BenchmarkArticlesBBC is the whole pipeline over the BBC corpus in
// batches (Articles).
func BenchmarkArticlesBBC(b *testing.B) {
	texts, n := bbcTexts(b)
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	in := make([]Input, len(texts))
	for i, s := range texts {
		in[i] = Input{ID: "x", Text: s, Published: published}
	}
	for _, size := range []int{8, 64, 256} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			t0 := cputime.Now()
			for b.Loop() {
				for lo := 0; lo < len(in); lo += size {
					Articles(in[lo:min(lo+size, len(in))])
				}
			}
			cputime.Report(b, n, t0)
		})
	}
}

// BenchmarkArticleBBCHeadline is BenchmarkArticleBBC with each article's
// headline given apart, as ingest gives a page's or feed's title: the
// short stories' issues are read with it.
func BenchmarkArticleBBCHeadline(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		b.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	var docs []struct{ Title, Text string }
	n := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct{ Title, Text string }
		if json.Unmarshal(line, &d) == nil && d.Text != "" {
			docs = append(docs, d)
			n += len(d.Text)
		}
	}
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	t0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			ArticleWithHeadline("x", d.Title, d.Text, published)
		}
	}
	cputime.Report(b, n, t0)
}
