package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

// Record is one line of a JSON-lines archive. Unknown fields are ignored.
type Record struct {
	ID        json.RawMessage `json:"id"` // string or number
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Published string          `json:"published"`
	Outlet    string          `json:"outlet"`
	Byline    string          `json:"byline"`
}

// lineReader yields newline-terminated lines of at most max bytes from a
// stream. Longer lines are skipped without being held in memory, so one bad
// line cannot exhaust memory and does not stop the import.
type lineReader struct {
	r    *bufio.Reader
	max  int64
	line int
}

func newLineReader(r io.Reader, max int64) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 256<<10), max: max}
}

// next returns a fresh copy of the next line (without the newline), its
// 1-based number and whether it was over the cap (then line is nil). At the
// end it returns io.EOF.
func (l *lineReader) next() (line []byte, n int, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := l.r.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > l.max+1 { // +1: the newline
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == nil:
			l.line++
			return trimEOL(buf), l.line, tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(buf) == 0 && !tooLong {
				return nil, l.line, false, io.EOF
			}
			l.line++
			return trimEOL(buf), l.line, tooLong, nil
		default:
			return nil, l.line, false, err
		}
	}
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// FromJSONLine turns one archive line into an article. input names the line
// in errors ("archive.jsonl:12").
func FromJSONLine(input string, line []byte, o Options) (newsbot.Article, error) {
	o = o.withDefaults()
	if !utf8.Valid(line) {
		return newsbot.Article{}, badInput(input, "not valid UTF-8", nil)
	}
	var r Record
	if err := json.Unmarshal(line, &r); err != nil {
		return newsbot.Article{}, badInput(input, "not a JSON object", err)
	}
	id := recordID(r.ID)
	if id != "" {
		input = input + " (id " + id + ")"
	}
	if err := checkText(input, []byte(r.Text)); err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			ie.Reason = "text: " + ie.Reason
		}
		return newsbot.Article{}, err
	}
	var published time.Time
	if strings.TrimSpace(r.Published) != "" {
		t, err := ParseDate(r.Published)
		if err != nil {
			return newsbot.Article{}, badInput(input, fmt.Sprintf("unreadable published date %q", r.Published), nil)
		}
		published = t
	}
	a := newsbot.Article{
		ExternalID: id,
		URL:        strings.TrimSpace(r.URL),
		Title:      r.Title,
		Byline:     r.Byline,
		Outlet:     r.Outlet,
		Text:       r.Text,
	}
	if a.URL != "" {
		a.CanonicalURL = resolveHTTP(nil, a.URL)
		if a.Outlet == "" && a.CanonicalURL != "" {
			a.Outlet = hostOf(a.CanonicalURL)
		}
	}
	if strings.TrimSpace(a.Title) == "" {
		a.Title = titleFromText(a.Text)
	}
	a.Published, a.PublishedAssumed = resolvePublished(o, published, time.Time{})
	finish(&a, o)
	return a, nil
}

// recordID accepts "id": "abc" and "id": 123.
func recordID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return strconv.Quote(string(raw))
}
