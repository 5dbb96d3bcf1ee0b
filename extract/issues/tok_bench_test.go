package issues

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/cputime"
)

// BenchmarkTokenize is the tokeniser alone over the BBC corpus sentences.
func BenchmarkTokenize(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		b.Skipf("BBC corpus absent (%v): ../shared is evaluation data beside the checkout", err)
	}
	defer f.Close()
	var sents []text.Span
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatalf("corpus line: %v", err)
		}
		sents = append(sents, text.Sentences(d.Text)...)
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	var buf []token
	cpu0, ok0 := cputime.Used()
	for b.Loop() {
		for _, sp := range sents {
			buf = tokenize(sp.Text, sp.Start, buf[:0])
		}
	}
	if cpu1, ok1 := cputime.Used(); ok0 && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
	}
}

// BenchmarkRead is the reading half of FindInSentences (tokens, segments,
// phrase counts) over the BBC corpus, without the clustering.
func BenchmarkRead(b *testing.B) {
	docs, n := loadCorpus(b)
	sents := make([][]text.Span, len(docs))
	for i, d := range docs {
		sents[i] = text.Sentences(d.text)
	}
	b.SetBytes(n)
	cpu0, ok0 := cputime.Used()
	for b.Loop() {
		for i, d := range docs {
			sc := scratchPool.Get().(*scratch)
			a := analyser{text: d.text, sents: sents[i], cast: d.cast, sc: sc}
			a.index = sc.phraseIndex(len(d.text) / 24)
			a.read(d.quotes)
			sc.release()
		}
	}
	if cpu1, ok1 := cputime.Used(); ok0 && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
	}
}
