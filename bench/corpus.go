package bench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// EnvHeavy turns on the heavy benchmarks (full corpus ingest, big
// databases); without it they run a small smoke version.
const EnvHeavy = "NEWSBOT_BENCH"

// EnvShared overrides where the shared evaluation data lives.
const EnvShared = "NEWSBOT_SHARED"

// Heavy reports whether the heavy benchmarks were asked for.
func Heavy(getenv func(string) string) bool { return getenv(EnvHeavy) == "1" }

// ErrNoShared means the shared evaluation data is not beside the checkout.
var ErrNoShared = errors.New("../shared is absent (evaluation data is not part of the repository)")

// SharedDir finds the shared data: $NEWSBOT_SHARED, else "shared" beside the
// module root found by walking up from dir.
func SharedDir(getenv func(string) string, dir string) (string, error) {
	if d := getenv(EnvShared); d != "" {
		if _, err := os.Stat(d); err != nil {
			return "", fmt.Errorf("%s=%s: %w", EnvShared, d, ErrNoShared)
		}
		return d, nil
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("shared dir: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(dir), "shared")
			if _, err := os.Stat(shared); err != nil {
				return "", fmt.Errorf("looked for %s: %w", shared, ErrNoShared)
			}
			return shared, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory: %w", ErrNoShared)
		}
		dir = parent
	}
}

// BBCCorpusPath is the BBC corpus inside the shared data.
func BBCCorpusPath(shared string) string {
	return filepath.Join(shared, "corpus", "bbc", "corpus.jsonl")
}

// CorpusArticle is one line of a corpus file. The BBC corpus has id,
// section, title and text; ingest-shaped archives add url and published.
type CorpusArticle struct {
	ID        string `json:"id"`
	Section   string `json:"section,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
}

// Corpus is a corpus held in memory.
type Corpus struct {
	Articles []CorpusArticle
	Bytes    int64 // UTF-8 bytes of all texts: what MB/s figures divide
}

// maxCorpusLine bounds one corpus line (the BBC's longest is ~25 KB).
const maxCorpusLine = 16 << 20

// ReadCorpus reads JSON lines; blank lines are skipped.
func ReadCorpus(r io.Reader) (Corpus, error) {
	var c Corpus
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxCorpusLine)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var a CorpusArticle
		if err := json.Unmarshal(line, &a); err != nil {
			return Corpus{}, fmt.Errorf("corpus line %d: %w", n, err)
		}
		c.Articles = append(c.Articles, a)
		c.Bytes += int64(len(a.Text))
	}
	if err := sc.Err(); err != nil {
		return Corpus{}, fmt.Errorf("corpus line %d: %w", n+1, err)
	}
	return c, nil
}

// LoadCorpus reads a corpus file.
func LoadCorpus(path string) (Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return Corpus{}, fmt.Errorf("load corpus: %w", err)
	}
	defer f.Close()
	c, err := ReadCorpus(f)
	if err != nil {
		return Corpus{}, fmt.Errorf("load corpus %s: %w", path, err)
	}
	return c, nil
}

// The synthetic archive spans twenty years, whatever its size, so a bigger
// archive is denser (more stories a day), as a bigger newsroom's would be.
var (
	spanStart = time.Date(2006, 1, 1, 0, 0, 0, 0, time.UTC)
	spanEnd   = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
)

// PublishedFor is the synthetic publication day of article seq (0-based) of
// total: spread evenly over 2006-2025 in input order, so an archive is
// ingested oldest first, as a newsroom's backfill would be.
func PublishedFor(seq, total int) time.Time {
	if total <= 0 {
		return spanStart
	}
	span := spanEnd.Sub(spanStart)
	off := time.Duration(float64(span) * float64(seq) / float64(total))
	return spanStart.Add(off).Truncate(24 * time.Hour)
}

// CopyMarker is the sentence appended to copy k of an article ("Archive ref
// bbbb.", "Archive ref bbbc.", ...), so that copies differ from each other:
// the store skips an article whose normalised text it already holds.
// Duplicates inside the corpus itself stay duplicates within one copy and
// are skipped as they would be. The copy number is spelled as four
// consonants: digits would be tagged as years ("2005"), vowels could spell
// words ("he") and a lone letter reads as an initial ("Abraham B
// Yehoshua"), and any of these would change what extraction finds from
// copy to copy. Four letters give 160,000 distinct copies.
func CopyMarker(k int) string { return "\n\nArchive ref " + consonants(k) + "." }

const consonantDigits = "bcdfghjklmnpqrstvwxz"

// consonants spells k in base 20 with consonants, at least four of them:
// 0 → "bbbb", 21 → "bbcc".
func consonants(k int) string {
	if k < 0 {
		k = -k
	}
	var b []byte
	for len(b) < 4 || k > 0 {
		b = append(b, consonantDigits[k%len(consonantDigits)])
		k /= len(consonantDigits)
	}
	slices.Reverse(b)
	return string(b)
}

// Record is one line of an ingest archive, the shape `bot ingest --jsonl`
// reads.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

// Replica is article i of copy k as an archive record: id suffixed with the
// copy, a URL of its own, the copy marker appended and the publication day
// of its position seq among total lines.
func Replica(a CorpusArticle, k, seq, total int) Record {
	id := fmt.Sprintf("%s-c%04d", a.ID, k)
	section := a.Section
	if section == "" {
		section = "news"
	}
	return Record{
		ID:        id,
		URL:       fmt.Sprintf("https://archive.example.com/%s/%s", section, id),
		Title:     a.Title,
		Text:      a.Text + CopyMarker(k),
		Published: PublishedFor(seq, total).Format("2006-01-02"),
	}
}

// ReplicateStats says what Replicate wrote.
type ReplicateStats struct {
	Articles  int
	TextBytes int64
	FileBytes int64
}

// Replicate writes n archive lines to w: copy 0 of every article, then copy
// 1, and so on, stopping after n lines (n may end part-way through a copy).
func Replicate(w io.Writer, src []CorpusArticle, n int) (ReplicateStats, error) {
	var st ReplicateStats
	if len(src) == 0 {
		return st, errors.New("replicate: empty corpus")
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := &countWriter{w: bw}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	for seq := 0; seq < n; seq++ {
		k, i := seq/len(src), seq%len(src)
		r := Replica(src[i], k, seq, n)
		if err := enc.Encode(r); err != nil {
			return st, fmt.Errorf("replicate line %d: %w", seq+1, err)
		}
		st.Articles++
		st.TextBytes += int64(len(r.Text))
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("replicate: %w", err)
	}
	st.FileBytes = cw.n
	return st, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
