package ingest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
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
	return &lineReader{r: bufio.NewReaderSize(JSONLReader(r), 256<<10), max: max}
}

// JSONLReader reads a JSON-lines stream as UTF-8: a UTF-8 byte-order mark
// is dropped and a stream opening with a UTF-16 one is decoded (Windows
// tools save so: PowerShell's ">" writes UTF-16LE), so that its lines are
// lines and not halves split at a newline's first byte. A stream without a
// mark is read as it is.
func JSONLReader(r io.Reader) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3) // a short stream has no mark; its error comes again on Read
	switch {
	case bytes.HasPrefix(head, []byte("\ufeff")):
		_, _ = br.Discard(3) // peeked: cannot fail
		return br
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return transform.NewReader(br, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder())
	}
	return br
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
	if !decodeRecord(line, &r) {
		r = Record{}
		if err := json.Unmarshal(line, &r); err != nil {
			return newsbot.Article{}, badInput(input, "not a JSON object", err)
		}
	}
	id := recordID(r.ID)
	if id != "" {
		input = input + " (id " + id + ")"
	}
	if err := checkText(input, r.Text); err != nil {
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
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return strings.TrimSpace(string(raw[1 : len(raw)-1])) // no escapes: the text is the string
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

// DecodeRecord is json.Unmarshal(line, &r) for the plain lines archives
// hold (see decodeRecord), without encoding/json's validating pass and
// reflection. ok is false for any other line, which the caller then hands
// to encoding/json: r is exactly what json.Unmarshal gives when ok.
func DecodeRecord(line []byte) (r Record, ok bool) {
	if !decodeRecord(line, &r) {
		return Record{}, false
	}
	return r, true
}

// recordFields are Record's JSON names, in the order of its fields.
var recordFields = [...]string{"id", "url", "title", "text", "published", "outlet", "byline"}

// decodeRecord is json.Unmarshal(line, r) for the lines archives hold: one
// object whose members are strings (the id a string or a number), each
// named once, in its exact case. Unknown members may be strings, numbers,
// true, false or null. On anything else (nested values, null for a field,
// a key differing only in case, a repeated key, surrogate \u escapes,
// invalid JSON or UTF-8) it returns false, with r half filled, and the
// caller asks encoding/json. When it returns true, r is exactly what
// json.Unmarshal gives (FuzzDecodeRecord checks). It does a third of the
// work: one pass, no reflection, and a string without escapes is copied
// once.
func decodeRecord(line []byte, r *Record) bool {
	d := recordDecoder{b: line}
	if !d.ws() || d.b[d.i] != '{' {
		return false
	}
	d.i++
	if !d.ws() {
		return false
	}
	if d.b[d.i] == '}' {
		d.i++
		return d.end()
	}
	var seen uint8
	for {
		if !d.ws() || d.b[d.i] != '"' {
			return false
		}
		key, ok := d.rawString()
		if !ok {
			return false
		}
		if !d.ws() || d.b[d.i] != ':' {
			return false
		}
		d.i++
		if !d.ws() {
			return false
		}
		f := fieldIndex(key)
		switch {
		case f == -2: // differs from a field only in case: json matches it
			return false
		case f == -1:
			if !d.skipScalar() {
				return false
			}
		case seen&(1<<f) != 0:
			return false
		case f == 0: // id: the raw value, a string or a number
			seen |= 1
			start := d.i
			if d.b[d.i] == '"' {
				if _, ok := d.rawString(); !ok {
					return false
				}
			} else if !d.number() {
				return false
			}
			r.ID = json.RawMessage(bytes.Clone(d.b[start:d.i]))
		default:
			seen |= 1 << f
			if d.b[d.i] != '"' {
				return false
			}
			v, ok := d.str()
			if !ok {
				return false
			}
			switch f {
			case 1:
				r.URL = v
			case 2:
				r.Title = v
			case 3:
				r.Text = v
			case 4:
				r.Published = v
			case 5:
				r.Outlet = v
			case 6:
				r.Byline = v
			}
		}
		if !d.ws() {
			return false
		}
		switch d.b[d.i] {
		case ',':
			d.i++
		case '}':
			d.i++
			return d.end()
		default:
			return false
		}
	}
}

// fieldIndex is the Record field a raw key names: its index in
// recordFields, -1 for none, -2 for a name that may match a field after
// decoding or case folding.
func fieldIndex(key []byte) int {
	for i, f := range recordFields {
		if string(key) == f {
			return i
		}
	}
	for _, f := range recordFields {
		if bytes.EqualFold(key, []byte(f)) {
			return -2
		}
	}
	for _, c := range key {
		if c >= utf8.RuneSelf || c == '\\' { // Unicode case folding or an escape: let json decide
			return -2
		}
	}
	return -1
}

type recordDecoder struct {
	b []byte
	i int
}

// ws skips white space and says whether anything follows.
func (d *recordDecoder) ws() bool {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return true
		}
	}
	return false
}

// end says whether only white space follows the object.
func (d *recordDecoder) end() bool {
	return !d.ws()
}

// rawString moves past a string at d.i (its opening quote) and returns
// its bytes between the quotes, escapes undecoded. Strings that need more
// than the common escapes are refused.
func (d *recordDecoder) rawString() ([]byte, bool) {
	start := d.i + 1
	b := d.b // a local: the loop below keeps it in registers
	for i := start; i < len(b); i++ {
		// Eight bytes at a time while none needs a look: most of an
		// article's text.
		for i+8 <= len(b) && plain8(binary.LittleEndian.Uint64(b[i:i+8])) {
			i += 8
		}
		if i >= len(b) {
			break
		}
		switch c := b[i]; {
		case c == '"':
			d.i = i + 1
			return b[start:i], true
		case c == '\\':
			n, ok := escapeLen(b[i:])
			if !ok {
				return nil, false
			}
			i += n - 1
		case c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				return nil, false
			}
			i += n - 1
		}
	}
	return nil, false
}

// plain8 says whether none of the eight bytes in v ends a string, starts
// an escape, is a control character or is part of a multi-byte character
// ('"', '\\', < 0x20, >= 0x80). A byte below n in x shows as the high bit
// of (x - n*lo) &^ x (the borrow reaches no byte higher than one that
// triggered it, so there is no false "none").
func plain8(v uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	q := v ^ (lo * '"')
	e := v ^ (lo * '\\')
	return (v|(v-lo*0x20)&^v|(q-lo)&^q|(e-lo)&^e)&hi == 0
}

// escapeLen is the length of the escape at b[0] ('\\'), ok false for one
// that is invalid or a surrogate half.
func escapeLen(b []byte) (int, bool) {
	if len(b) < 2 {
		return 0, false
	}
	switch b[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2, true
	case 'u':
		r, ok := hex4(b[2:])
		if !ok || utf16.IsSurrogate(r) {
			return 0, false
		}
		return 6, true
	}
	return 0, false
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// str decodes the string at d.i.
func (d *recordDecoder) str() (string, bool) {
	raw, ok := d.rawString()
	if !ok {
		return "", false
	}
	esc := bytes.IndexByte(raw, '\\')
	if esc < 0 {
		return string(raw), true
	}
	// Decoded, a string is never longer than its JSON.
	var sb strings.Builder
	sb.Grow(len(raw))
	for esc >= 0 {
		sb.Write(raw[:esc])
		switch c := raw[esc+1]; c {
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'u':
			r, _ := hex4(raw[esc+2:])
			sb.WriteRune(r)
			raw = raw[esc+6:]
			esc = bytes.IndexByte(raw, '\\')
			continue
		default: // '"', '\\', '/'
			sb.WriteByte(c)
		}
		raw = raw[esc+2:]
		esc = bytes.IndexByte(raw, '\\')
	}
	sb.Write(raw)
	return sb.String(), true
}

// skipScalar moves past an unknown member's value: a string, a number,
// true, false or null.
func (d *recordDecoder) skipScalar() bool {
	switch c := d.b[d.i]; {
	case c == '"':
		_, ok := d.rawString()
		return ok
	case c == '-' || '0' <= c && c <= '9':
		return d.number()
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(d.b[d.i:], []byte(lit)) {
			d.i += len(lit)
			return true
		}
	}
	return false
}

// number moves past a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (d *recordDecoder) number() bool {
	b, i := d.b, d.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = skipDigits(b, i)
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		j := skipDigits(b, i+1)
		if j == i+1 {
			return false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := skipDigits(b, i)
		if j == i {
			return false
		}
		i = j
	}
	d.i = i
	return true
}

func skipDigits(b []byte, i int) int {
	for i < len(b) && '0' <= b[i] && b[i] <= '9' {
		i++
	}
	return i
}
