package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/internal/lazyre"
)

const extractUsage = `[--published YYYY-MM-DD] [--json] FILE|-
       bot extract --jsonl [FILE.jsonl ...] < articles.jsonl

Prints what extraction reads out of one article without touching the database.
--jsonl reads lines {"id","text","published"} on stdin (or from the files
named, in order) and writes one line per article, in input order; a line
may add "title", the headline when the text does not open with it (as
pages and feeds keep it apart):
  {"id","people":[...],"quotes":[...],"trips":[...],"issues":[...],"timexes":[...]}
(see README: "The extraction contract").`

func cmdExtract(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "extract", extractUsage)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` that anchors relative dates (default today)")
	asJSON := fs.Bool("json", false, "print the extraction as JSON")
	jsonl := fs.Bool("jsonl", false, "read JSON lines on stdin (or the files named), write JSON lines on stdout")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	anchor := time.Now().UTC().Truncate(24 * time.Hour)
	if *published != "" {
		if anchor, err = parseDate(*published); err != nil {
			return fmt.Errorf("--published: %w", err)
		}
	}
	if *jsonl {
		return extractJSONLFiles(ctx, rest, e.stdin, e.stdout, anchor)
	}
	if len(rest) != 1 {
		fs.Usage()
		return errUsageShown
	}
	// Read the file as ingest would: an HTML page's article body (not its
	// markup), text in Windows-1252 or UTF-16 decoded, the size capped.
	var data []byte
	if rest[0] == "-" {
		data, err = io.ReadAll(io.LimitReader(e.stdin, maxArticleBytes+1))
	} else {
		data, err = readCapped(rest[0])
	}
	if err != nil {
		return fmt.Errorf("extract: read %s: %w", rest[0], err)
	}
	if err := checkSize(data); err != nil {
		return fmt.Errorf("extract %s: %w", rest[0], err)
	}
	art, err := articleFromBytes(rest[0], data)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if *published == "" && !art.PublishedAssumed {
		// A page that dates itself anchors "on Friday" better than today.
		anchor = art.Published
	}
	// A page's headline is its title, not its text's first line.
	x := extract.ArticleWithHeadline(rest[0], art.Title, art.Text, anchor)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(x)
	}
	printExtraction(e.stdout, x)
	return nil
}

// extractJSONLFiles is extractJSONL over the files named, one after the
// other ("-" is stdin), or over stdin when none is named. Each file is read
// to its end on its own, so a last line without a newline does not run into
// the next file's first; all are opened first, so a misspelt name fails
// before any output.
func extractJSONLFiles(ctx context.Context, paths []string, stdin io.Reader, out io.Writer, anchor time.Time) error {
	if len(paths) == 0 {
		return extractJSONL(ctx, stdin, out, anchor)
	}
	ins := make([]io.Reader, len(paths))
	for i, p := range paths {
		if p == "-" {
			ins[i] = stdin
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("extract --jsonl: %w", err)
		}
		defer f.Close()
		ins[i] = f
	}
	for i, in := range ins {
		if err := extractJSONL(ctx, in, out, anchor); err != nil {
			return fmt.Errorf("extract --jsonl %s: %w", paths[i], err)
		}
	}
	return nil
}

// maxArticleBytes caps one article, as ingest does.
const maxArticleBytes = 5 << 20

// checkSize refuses standard input over the article cap.
func checkSize(b []byte) error {
	if len(b) > maxArticleBytes {
		return fmt.Errorf("%w: over %d MB", newsbot.ErrBadInput, maxArticleBytes>>20)
	}
	return nil
}

// readCapped reads a file, stopping just past the article cap.
func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxArticleBytes+1))
}

// articleFromBytes reads an HTML page (by extension, or when it starts
// like one) as ingest does, its article body and date; any other input is
// decoded text kept exactly, so offsets match the file.
func articleFromBytes(input string, data []byte) (newsbot.Article, error) {
	ext := strings.ToLower(filepath.Ext(input))
	// The first bytes say what a file is, as ingest reads them.
	markup := ingest.SniffMarkup(data)
	if markup == "feed" {
		// Its markup read as text gives "1.0" as a quotation.
		return newsbot.Article{}, fmt.Errorf("%s: %w: an RSS/Atom feed is many articles; extract reads one (bot ingest reads each item)", input, newsbot.ErrBadInput)
	}
	if ext == ".html" || ext == ".htm" || ext == ".xhtml" || markup == "html" {
		dec, err := ingest.DecodeHTML(input, data, "")
		if err != nil {
			return newsbot.Article{}, err
		}
		return ingest.FromHTML(input, dec, "", time.Time{}, ingest.Options{})
	}
	text, err := ingest.DecodeText(input, data)
	if err != nil {
		return newsbot.Article{}, err
	}
	return newsbot.Article{Text: string(text), PublishedAssumed: true}, nil
}

type extractLine struct {
	ID        json.RawMessage `json:"id"`   // a string, or a number written as one
	Text      *string         `json:"text"` // nil when missing or null
	Published string          `json:"published"`
	Title     string          `json:"title"` // optional: the headline, when text does not open with it
}

// lineID reads "id": "a1" and "id": 17 alike; anything else is kept as
// its JSON text so the error line still names it.
func lineID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if s, ok := plainID(raw); ok {
		return s
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// plainID is the id of raw when it is a string of printable ASCII with no
// escape, as ids nearly always are: what json.Unmarshal gives, without its
// validating pass and reflection (3,400 instructions a line).
func plainID(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	in := raw[1 : len(raw)-1]
	for _, c := range in {
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return "", false
		}
	}
	return string(in), true
}

// idOf salvages the id of a line that is not valid JSON, so its error
// line can still be matched to the input.
var rxLineID = lazyre.New(`"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)`)

func idOf(line []byte) string {
	m := rxLineID.FindSubmatch(line)
	if m == nil {
		return ""
	}
	return lineID(m[1])
}

// jsonlChunk is how many lines a worker of extractJSONL takes at once:
// extract.Articles runs each stage over the whole chunk while the stage's
// code and tables are in the core's caches (BENCHMARKS: batches of 64 take
// about a quarter less CPU than the same articles one by one). A chunk is
// sent early when the input has nothing more buffered, so a slow writer
// of lines is not kept waiting for 64, and when it holds jsonlChunkBytes,
// so that chunks of long articles do not multiply the memory in flight.
const (
	jsonlChunk      = 64
	jsonlChunkBytes = 1 << 20
)

// extractJSONL runs extraction on all cores and writes results in input
// order. A bad line yields {"id":..., "error":...} so the output stays
// aligned with the input.
func extractJSONL(ctx context.Context, in io.Reader, out io.Writer, anchor time.Time) error {
	type job struct {
		lines []inLine
		res   chan []byte
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers*2)
	order := make(chan chan []byte, workers*2)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.res <- extractChunk(j.lines, anchor)
			}
		})
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		r := bufio.NewReaderSize(ingest.JSONLReader(in), 1<<20)
		var chunk []inLine
		size := 0
		send := func() bool {
			if len(chunk) == 0 {
				return true
			}
			res := make(chan []byte, 1)
			select {
			case jobs <- job{lines: chunk, res: res}:
			case <-ctx.Done():
				readErr <- ctx.Err()
				return false
			}
			order <- res
			chunk, size = nil, 0
			return true
		}
		for {
			line, over, err := readLineCapped(r, maxLineBytes)
			if over || len(bytes.TrimSpace(line)) > 0 {
				chunk = append(chunk, inLine{line: line, over: over})
				size += len(line)
			}
			if err != nil {
				if !send() {
					return
				}
				if !errors.Is(err, io.EOF) {
					readErr <- fmt.Errorf("read stdin: %w", err)
					return
				}
				readErr <- nil
				return
			}
			if len(chunk) >= jsonlChunk || size >= jsonlChunkBytes || r.Buffered() == 0 {
				if !send() {
					return
				}
			}
		}
	}()
	w := bufio.NewWriterSize(out, 1<<16)
	var writeErr error
	for res := range order {
		b := <-res
		if writeErr == nil {
			if _, err := w.Write(b); err != nil {
				writeErr = fmt.Errorf("write stdout: %w", err)
			}
		}
	}
	wg.Wait()
	if err := <-readErr; err != nil {
		return err
	}
	if writeErr != nil {
		return writeErr
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}

// maxLineBytes caps one input line: a text at the article cap written
// with a \u escape for every character is six times as long. A longer line
// is not held in memory (a line of gigabytes would exhaust it); only its
// head is kept, to name its id.
const (
	maxLineBytes = 6*maxArticleBytes + 1<<20
	lineHeadKept = 4 << 10
)

// inLine is one input line, or the head of one over maxLineBytes.
type inLine struct {
	line []byte
	over bool
}

// readLineCapped reads the next line (newline included) of at most max
// bytes; of a longer one it returns the first lineHeadKept bytes and over.
// At the end it returns io.EOF with whatever the last line held.
func readLineCapped(r *bufio.Reader, limit int) (line []byte, over bool, err error) {
	for {
		part, err := r.ReadSlice('\n')
		switch {
		case over:
		case len(line)+len(part) > limit:
			over = true
			line = append(line[:min(len(line), lineHeadKept)], part...)
			line = bytes.Clone(line[:min(len(line), lineHeadKept)])
		default:
			line = append(line, part...)
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, over, err
		}
	}
}

// extractChunk is the output lines of a chunk of input lines, in order:
// the lines that decode go through extract.Articles together, which gives
// for each exactly what extract.ArticleWithHeadline gives for it alone.
func extractChunk(lines []inLine, anchor time.Time) []byte {
	failed := make([][]byte, len(lines)) // the error line of a line that does not decode
	ins := make([]extract.Input, 0, len(lines))
	size := 0
	for i, line := range lines {
		size += len(line.line)
		if line.over {
			failed[i] = failLine(idOf(line.line), fmt.Errorf("line over %d MB", maxLineBytes>>20))
			continue
		}
		in, bad := decodeLine(line.line, anchor)
		if bad != nil {
			failed[i] = bad
			continue
		}
		ins = append(ins, in)
	}
	xs, errs := extractAll(ins, extract.Articles, articleOf)
	// An output line is about as long as its input line (BBC: 1.25x); a
	// chunk of one huge line is not given room it may never need.
	out := make([]byte, 0, min(size+size/4, 2*jsonlChunkBytes))
	k := 0
	for _, bad := range failed {
		switch {
		case bad != nil:
			out = append(out, bad...)
			continue
		case errs[k] != nil:
			out = append(out, failLine(ins[k].ID, errs[k])...)
		default:
			out = append(appendExtraction(out, xs[k]), '\n')
		}
		k++
	}
	return out
}

func articleOf(in extract.Input) newsbot.Extraction {
	return extract.ArticleWithHeadline(in.ID, in.Headline, in.Text, in.Published)
}

// extractAll analyses ins with batch. One odd article must not end a run
// over an archive (ingest does the same): when an extractor bug panics,
// each article is analysed alone with one, and an article that panics
// again gets errs[i] instead of its extraction.
func extractAll(ins []extract.Input, batch func([]extract.Input) []newsbot.Extraction, one func(extract.Input) newsbot.Extraction) (xs []newsbot.Extraction, errs []error) {
	errs = make([]error, len(ins))
	if xs, ok := safely(func() []newsbot.Extraction { return batch(ins) }); ok && len(xs) == len(ins) {
		return xs, errs
	}
	xs = make([]newsbot.Extraction, len(ins))
	for i, in := range ins {
		x, ok := safely(func() newsbot.Extraction { return one(in) })
		if !ok {
			errs[i] = errors.New("could not be processed (internal error)")
			continue
		}
		xs[i] = x
	}
	return xs, errs
}

// safely runs f, with ok false when it panicked.
func safely[T any](f func() T) (v T, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return f(), true
}

// failLine is the output line of an input line that yields no extraction.
func failLine(id string, err error) []byte {
	b, _ := json.Marshal(struct {
		ID    string `json:"id"`
		Error string `json:"error"`
	}{id, err.Error()})
	return append(b, '\n')
}

// decodeLine reads one input line; failed is its error line when it
// cannot be extracted.
func decodeLine(line []byte, anchor time.Time) (_ extract.Input, failed []byte) {
	var in extractLine
	line = bytes.TrimPrefix(line, []byte("\ufeff"))
	if !utf8.Valid(line) {
		// json.Unmarshal would put U+FFFD for each bad byte, quietly
		// moving every offset after it; ingest refuses such lines too.
		return extract.Input{}, failLine(idOf(line), errors.New("not valid UTF-8 (convert the archive to UTF-8, e.g. with iconv)"))
	}
	if r, ok := ingest.DecodeRecord(line); ok && r.Text != "" {
		// The common line, decoded as json.Unmarshal would (encoding/json
		// validated it, then scanned it again: ~9% of the command's
		// instructions). An empty text may also be a missing one, which
		// json.Unmarshal tells apart.
		in = extractLine{ID: r.ID, Text: &r.Text, Published: r.Published, Title: r.Title}
	} else if err := json.Unmarshal(line, &in); err != nil {
		// Say which field is wrong in the line's terms, not Go's
		// ("cannot unmarshal number into Go struct field extractLine.text").
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te) && te.Field == "":
			err = fmt.Errorf("a JSON %s, not an object {\"id\",\"text\",\"published\"}", te.Value)
		case errors.As(err, &te):
			err = fmt.Errorf("%q is a JSON %s, want a string", te.Field, te.Value)
		}
		return extract.Input{}, failLine(idOf(line), fmt.Errorf("bad JSON line: %w", err))
	}
	id := lineID(in.ID)
	if in.Text == nil {
		// null, or an object without "text": a broken export, not an
		// article with nothing to find.
		return extract.Input{}, failLine(id, errors.New(`no "text" (want {"id","text","published"})`))
	}
	if len(*in.Text) > maxArticleBytes {
		return extract.Input{}, failLine(id, fmt.Errorf("text over %d MB", maxArticleBytes>>20))
	}
	published := anchor
	if strings.TrimSpace(in.Published) != "" {
		t, err := parseDate(in.Published)
		if err != nil {
			// Archives write dates every way; any date ingest reads will do.
			if t, err = ingest.ParseDate(in.Published); err != nil {
				return extract.Input{}, failLine(id, fmt.Errorf("published: %q is not a date (want YYYY-MM-DD)", in.Published))
			}
		}
		published = t
	}
	return extract.Input{ID: id, Text: *in.Text, Published: published, Headline: in.Title}, nil
}

func printExtraction(w io.Writer, x newsbot.Extraction) {
	fmt.Fprintf(w, "People (%d)\n", len(x.People))
	for _, p := range x.People {
		role := ""
		if p.Role != "" {
			role = " — " + p.Role
		}
		fmt.Fprintf(w, "  %s%s  [%s]\n", p.Name, role, strings.Join(p.Mentions, "; "))
	}
	fmt.Fprintf(w, "\nQuotes (%d)\n", len(x.Quotes))
	for _, q := range x.Quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(unattributed)"
		}
		fmt.Fprintf(w, "  “%s”\n      %s via %q, %s, %s\n", q.Text, speaker, q.Mention, q.Cue, q.Kind)
	}
	fmt.Fprintf(w, "\nTrips (%d)\n", len(x.Trips))
	for _, t := range x.Trips {
		date := t.Date
		if date == "" {
			date = "date not given"
			if t.After != "" {
				date += ", after " + t.After
			}
		}
		fmt.Fprintf(w, "  %s → %s (%s), %s [%s] %s", t.Traveler, t.Place, t.Country, date, t.Status, t.What)
		if len(t.Counterparts) > 0 {
			fmt.Fprintf(w, "; meets %s", strings.Join(t.Counterparts, ", "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "\nIssues (%d)\n", len(x.Issues))
	for _, is := range x.Issues {
		fmt.Fprintf(w, "  %s [%s]: %s\n", is.Title, strings.Join(is.Keywords, ", "), is.Summary)
	}
	fmt.Fprintf(w, "\nDates (%d)\n", len(x.Timexes))
	for _, t := range x.Timexes {
		fmt.Fprintf(w, "  %q %s %s\n", t.Text, t.Type, t.Value)
	}
}
