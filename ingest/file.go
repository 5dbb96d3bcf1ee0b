package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// articleExts are the file extensions a folder walk picks up, and how each
// is read.
var articleExts = map[string]Kind{
	".txt": KindText, ".text": KindText, ".md": KindText, ".markdown": KindText,
	".html": KindHTML, ".htm": KindHTML, ".xhtml": KindHTML,
	".jsonl": KindJSONL, ".ndjson": KindJSONL,
}

// FromText turns plain text or Markdown into an article. A header block of
// "Title:", "Published:", "Outlet:" ... lines above a blank line (as wire
// exports and mail-style story files carry) gives the metadata; otherwise
// the first line is the title when it is short and more text follows. The
// body is kept whole, so quote offsets match the file below its header.
func FromText(input string, data []byte, o Options) (newsbot.Article, error) {
	o = o.withDefaults()
	data, err := DecodeText(input, data)
	if err != nil {
		return newsbot.Article{}, err
	}
	h, body := splitTextHeader(string(data))
	a := newsbot.Article{Text: body, URL: h.url, CanonicalURL: h.url, Outlet: h.outlet, Byline: h.byline}
	a.Title = firstNonEmpty(h.title, titleFromText(a.Text), leadTitle(a.Text))
	a.Published, a.PublishedAssumed = resolvePublished(o, h.published, time.Time{})
	finish(&a, o)
	return a, nil
}

// textHeader is the metadata of a story file's header block.
type textHeader struct {
	title, outlet, byline, url string
	published                  time.Time
}

// maxHeaderLines bounds the header block: story files carry a handful of
// fields, and a long run of "Word: text" lines is a transcript, not a header.
const maxHeaderLines = 12

// splitTextHeader reads a header block of "Key: value" lines ending at a
// blank line, with keys from the fields story exports use. It returns the
// text unchanged when any line of the block is not such a field, when a
// date does not parse (a reader would lose it) or when no body follows,
// so that a story opening with "Warning: ..." or a speaker label is kept whole.
func splitTextHeader(s string) (textHeader, string) {
	var h textHeader
	rest := strings.TrimPrefix(s, "\ufeff")
	for n := 0; ; n++ {
		line, after, ok := strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if line == "" {
			if n == 0 || !ok || strings.TrimSpace(after) == "" {
				return textHeader{}, s
			}
			return h, after
		}
		if !ok || n == maxHeaderLines {
			return textHeader{}, s
		}
		key, value, found := strings.Cut(line, ":")
		value = strings.TrimSpace(value)
		if !found || value == "" {
			return textHeader{}, s
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title", "headline", "slug":
			if h.title == "" {
				h.title = value
			}
		case "outlet", "source", "publication", "publisher":
			h.outlet = value
		case "byline", "by", "author":
			h.byline = value
		case "url", "link":
			h.url = value
		case "published", "date", "pubdate":
			t, err := ParseDate(value)
			if err != nil {
				return textHeader{}, s
			}
			h.published = t
		default:
			return textHeader{}, s
		}
		rest = after
	}
}

// DecodeText converts a text file's bytes to UTF-8 as FromText does (UTF-16
// with a byte-order mark, Western 8-bit text, a UTF-8 BOM dropped) and
// refuses empty, binary and undecodable input, without normalising
// anything else, so offsets into the result match the file's text.
func DecodeText(input string, data []byte) ([]byte, error) {
	data, err := decodeUTF16(input, data)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(decodeWestern(data), []byte("\ufeff"))
	if err := checkText(input, data); err != nil {
		return nil, err
	}
	return data, nil
}

// decodeUTF16 converts text that starts with a UTF-16 byte-order mark
// (Windows editors save so); anything else is left to the UTF-8 check.
func decodeUTF16(input string, data []byte) ([]byte, error) {
	if !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return data, nil
	}
	out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder().Bytes(data)
	if err != nil {
		return nil, badInput(input, "cannot decode UTF-16 text", err)
	}
	return out, nil
}

// decodeWestern converts 8-bit Western text (Latin-1 or Windows-1252, what
// older Windows and Mac tools save) to UTF-8. It only does so when every
// decoded byte is a letter or common punctuation and the high bytes stand
// alone between ASCII letters, as accents and curly quotes do; text in other
// legacy charsets (Cyrillic, Greek, CJK) has runs of high bytes and is left
// to the UTF-8 check, which asks the user to convert it.
func decodeWestern(data []byte) []byte {
	if utf8.Valid(data) || looksBinary(data) {
		return data
	}
	high, inRuns, run := 0, 0, 0
	for _, b := range data {
		if b < 0x80 {
			if run >= 3 {
				inRuns += run
			}
			run = 0
			continue
		}
		high++
		run++
		r := charmap.Windows1252.DecodeByte(b)
		if r == utf8.RuneError || !(unicode.IsLetter(r) || strings.ContainsRune(westernPunct, r)) {
			return data
		}
	}
	if run >= 3 {
		inRuns += run
	}
	if inRuns*4 > high {
		return data
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// westernPunct is the non-letter Windows-1252 characters news copy uses.
const westernPunct = "\u00a0“”‘’‚„–—…€«»‹›°£¢¥©®™·•¡¿§¶½¼¾×÷±²³ºª´¨¸†‡‰"

// titleFromText returns the first non-blank line when it reads like a
// headline: short, followed by more text, and for Markdown a "# " heading.
func titleFromText(s string) string {
	s = strings.TrimLeft(strings.TrimPrefix(s, "\ufeff"), " \t\r\n")
	line, rest, ok := strings.Cut(s, "\n")
	if !ok || strings.TrimSpace(rest) == "" {
		return ""
	}
	line = strings.TrimSpace(line)
	line = strings.TrimSpace(strings.TrimLeft(line, "#"))
	// A headline is short and does not end like a sentence.
	if line == "" || utf8.RuneCountInString(line) > 150 || strings.HasSuffix(line, ".") {
		return ""
	}
	return line
}

// leadTitle stands in for a missing headline: the first sentence of the
// text, cut at a word boundary near 80 characters. Answers cite articles by
// title, and an empty one reads as a broken citation.
func leadTitle(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.Join(strings.Fields(s), " ")
	for i := 0; i+1 < len(s); i++ {
		// A sentence ends at ". " after a lower-case letter (not "U.S. ").
		if s[i] == '.' && s[i+1] == ' ' && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
			s = s[:i]
			break
		}
	}
	const max = 80
	if len(s) <= max {
		return strings.TrimRight(s, ".")
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// readFile reads a whole file under the size cap.
func readFile(ctx context.Context, path string, o Options) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, badInput(path, "cannot open", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, badInput(path, "cannot stat", err)
	}
	if st.IsDir() {
		return nil, badInput(path, "is a folder", nil)
	}
	if st.Size() > o.MaxBytes {
		return nil, badInput(path, fmt.Sprintf("over the %s size cap (%s)", humanBytes(o.MaxBytes), humanBytes(st.Size())), nil)
	}
	// Read through a limit too: a file may grow, or be a pipe.
	data, err := io.ReadAll(io.LimitReader(f, o.MaxBytes+1))
	if err != nil {
		return nil, badInput(path, "cannot read", err)
	}
	if int64(len(data)) > o.MaxBytes {
		return nil, badInput(path, fmt.Sprintf("over the %s size cap", humanBytes(o.MaxBytes)), nil)
	}
	return data, nil
}

// ReadFile reads one .txt, .md or .html file as an article.
func ReadFile(ctx context.Context, path string, o Options) (newsbot.Article, error) {
	o = o.withDefaults()
	data, err := readFile(ctx, path, o)
	if err != nil {
		return newsbot.Article{}, err
	}
	return parseFileData(path, kindOfPath(path), data, o)
}

func parseFileData(path string, k Kind, data []byte, o Options) (newsbot.Article, error) {
	// A file's name can mislead ("story" saved by curl, "feed.xml"): its
	// first bytes say what it is.
	if k == KindText {
		switch sniffMarkup(data) {
		case "html":
			k = KindHTML
		case "feed":
			return newsbot.Article{}, badInput(path, "an RSS/Atom feed file: ingest the feed file itself (bot ingest feed.xml) or its URL", nil)
		}
	}
	if k == KindHTML {
		dec, err := DecodeHTML(path, data, "")
		if err != nil {
			return newsbot.Article{}, err
		}
		return FromHTML(path, dec, "", time.Time{}, o)
	}
	return FromText(path, data, o)
}

// SniffMarkup says whether data is an HTML page ("html") or an RSS/Atom
// feed ("feed") by its first element, as ingest reads files; "" for
// anything else.
func SniffMarkup(data []byte) string { return sniffMarkup(data) }

// sniffMarkup says whether text data is an HTML page ("html") or an
// RSS/Atom feed ("feed") by its first element; "" for anything else.
func sniffMarkup(data []byte) string {
	head := data[:min(len(data), 1024)]
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		head = bytes.ReplaceAll(head[2:], []byte{0}, nil)
	}
	head = bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\ufeff"))))
	if !bytes.HasPrefix(head, []byte("<")) {
		return ""
	}
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")):
		return "html"
	case bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<rss")) || bytes.HasPrefix(head, []byte("<feed")) || bytes.HasPrefix(head, []byte("<rdf:rdf")):
		for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(head, []byte(root)) {
				return "feed"
			}
		}
		if bytes.Contains(head, []byte("<html")) {
			return "html"
		}
	}
	return ""
}

// kindOfPath picks the reader from the extension; unknown extensions read
// as text (a file named explicitly is read whatever its name).
func kindOfPath(path string) Kind {
	if k, ok := articleExts[strings.ToLower(filepath.Ext(path))]; ok {
		return k
	}
	return KindText
}

// walkFolder calls fn for every article file under root in lexical order,
// skipping hidden files and folders and non-article extensions. Errors on a
// subfolder are passed to fn as a failure and the walk carries on.
func walkFolder(ctx context.Context, root string, fn func(path string, k Kind, err error) error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if ferr := fn(path, KindText, badInput(path, "cannot read folder entry", err)); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		k, ok := articleExts[strings.ToLower(filepath.Ext(name))]
		if !ok {
			return nil
		}
		return fn(path, k, nil)
	})
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
