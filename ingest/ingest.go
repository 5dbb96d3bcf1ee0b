// Package ingest turns sources into newsbot.Article values and runs a
// Pipeline that extracts and stores them in batches.
//
// Sources: .txt/.md files (first short line is the title), .html files, a
// folder (recursive, hidden entries and other extensions skipped), an
// http(s) URL (page or feed, sniffed), an RSS/Atom feed (every item: its own
// full content, else the page it links to), and JSON-lines archives
// {"id","url","title","text","published"} streamed line by line.
//
// HTML bodies come from go-readability after a pre-clean of page furniture
// (navigation, captions, hidden elements, link-only lists), with the
// publisher's JSON-LD articleBody as a fallback when readability keeps much
// less. The publication date is, in order: Options.Published, page metadata
// (article:published_time, itemprop/JSON-LD datePublished,
// parsely/dc/sailthru metas, <time datetime>, a "publish-date" line, a /2026/01/28/ URL
// path), the feed item's date, else the ingest time with PublishedAssumed.
//
// URL fetching refuses non-http(s) schemes and, unless
// Options.AllowPrivate, loopback/private/link-local/unspecified addresses,
// checked on the resolved IP at dial time (DNS rebinding cannot dodge it);
// bodies are capped (5 MB), redirects too (5), and environment proxies are
// ignored because they would dial on our behalf.
//
// Every bad input is reported as an *InputError naming the input and the
// reason; it wraps newsbot.ErrBadInput so callers can test with errors.Is.
// Nothing is stored for a bad input.
//
// Invalid UTF-8 (after charset decoding) is rejected, never repaired: a
// repaired text would store U+FFFD inside quotes and names. Text files in
// UTF-16 with a byte-order mark are decoded, and so are 8-bit files that
// read as Western text (Windows-1252/Latin-1: accented letters and curly
// quotes between ASCII letters); other legacy charsets get an error telling
// the user to convert the file (iconv). HTML follows the WHATWG rules, where
// undeclared 8-bit pages are Windows-1252 and always decode.
package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

// Defaults for Options.
const (
	DefaultMaxBytes     = 5 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultMinWords     = 30
	DefaultUserAgent    = "newsbot/1.0 (+https://github.com/newsroom/newsbot)"
)

// Options control how sources become articles. The zero value is usable.
type Options struct {
	// Published is an explicit publication date (bot ingest --published). It
	// wins over page metadata, feed dates and archive dates.
	Published time.Time
	// Source is stored as Article.Source; feed items use the feed title when
	// it is empty.
	Source string
	// MaxBytes caps one document, one HTTP body or one JSON line (default 5 MB).
	MaxBytes int64
	// Timeout bounds one HTTP request including its body (default 30 s).
	Timeout time.Duration
	// MaxRedirects caps redirects followed per request (default 5).
	MaxRedirects int
	// AllowPrivate lets URLs reach loopback, private, link-local and
	// unspecified addresses. Off by default (SSRF guard); tests and intranet
	// deployments turn it on.
	AllowPrivate bool
	// MinWords is the fewest words an HTML page's body may have before it is
	// reported as having no article body (default 30).
	MinWords int
	// UserAgent sent with HTTP requests.
	UserAgent string
	// Now returns the ingest time (default time.Now).
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.MinWords <= 0 {
		o.MinWords = DefaultMinWords
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// InputError is one bad input: which input and why. It matches
// newsbot.ErrBadInput with errors.Is, and the underlying cause when there is
// one.
type InputError struct {
	Input  string // path, URL, "file.jsonl:12" or feed item link
	Reason string // short, for a human: "empty", "over the 5 MB size cap"
	Err    error  // underlying cause, may be nil
}

func (e *InputError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Input, e.Reason, e.Err)
	}
	return e.Input + ": " + e.Reason
}

// Unwrap lets errors.Is find both newsbot.ErrBadInput and the cause.
func (e *InputError) Unwrap() []error {
	if e.Err != nil {
		return []error{newsbot.ErrBadInput, e.Err}
	}
	return []error{newsbot.ErrBadInput}
}

func badInput(input, reason string, err error) error {
	return &InputError{Input: input, Reason: reason, Err: err}
}

// Hash is the hex SHA-256 of the normalised text: lower-cased, whitespace
// runs collapsed to one space. Two copies of an article that differ only in
// line wrapping or case hash alike.
func Hash(text string) string {
	h := sha256.New()
	var arr [4096]byte
	buf := arr[:0]
	pendingSpace, started := false, false
	for i := 0; i < len(text); {
		if len(buf) >= len(arr)-8 {
			h.Write(buf)
			buf = buf[:0]
		}
		c := text[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			if unicode.IsSpace(r) {
				pendingSpace = started
				continue
			}
			if pendingSpace {
				buf = append(buf, ' ')
				pendingSpace = false
			}
			started = true
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			continue
		}
		if asciiSpace[c] {
			pendingSpace = started
			i++
			continue
		}
		if pendingSpace {
			buf = append(buf, ' ')
			pendingSpace = false
		}
		started = true
		// Eight bytes at a time while they are printable ASCII with single
		// spaces between words (upper case is lowered in place): most of
		// an English article, at a fraction of the cost per byte.
		for i+8 <= len(text) && len(buf)+8 <= len(arr) {
			t := text[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			n, ok := asciiWord(w, len(buf) > 0 && buf[len(buf)-1] != ' ')
			if !ok {
				break
			}
			buf = binary.LittleEndian.AppendUint64(buf, w|upperBits(w)>>2)[:len(buf)+n]
			i += n
		}
		if i >= len(text) || len(buf) >= len(arr)-8 {
			continue
		}
		if c = text[i]; c >= utf8.RuneSelf || asciiSpace[c] {
			continue
		}
		// ASCII that is neither space nor upper case, with single spaces
		// between, goes in runs.
		j, end := i, min(len(text), i+cap(buf)-len(buf))
		for j < end {
			if asciiAsIs[text[j]] {
				j++
			} else if text[j] == ' ' && j+1 < end && asciiAsIs[text[j+1]] {
				j += 2
			} else {
				break
			}
		}
		if j > i {
			buf = append(buf, text[i:j]...)
			i = j
			continue
		}
		buf = append(buf, c+'a'-'A') // upper case: the only ASCII left
		i++
	}
	h.Write(buf)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// SWAR constants: a byte's worth of each in every byte of a word.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// upperBits has the high bit of every byte of w (printable ASCII) that is
// an upper-case letter: shifted right by two, the bit that lowers it.
func upperBits(w uint64) uint64 {
	atLeastA := w + swarOnes*(0x80-'A') // no carries: bytes are below 0x80
	pastZ := w + swarOnes*(0x80-'Z'-1)
	return atLeastA &^ pastZ & swarHigh
}

// asciiWord says how many of the 8 bytes of w (the text's next, in order
// from the low byte) Hash may take as they are but for case, and whether
// it may take them at all: every byte printable ASCII (space to DEL, no
// other white space), no two spaces side by side, none first unless a
// word precedes it (afterWord), and a space last is left for the next
// word (n is then 7): what follows decides whether it is kept.
func asciiWord(w uint64, afterWord bool) (n int, ok bool) {
	if w&swarHigh != 0 || (w+swarOnes*(0x80-0x20))&swarHigh != swarHigh {
		return 0, false // not ASCII, or a control byte
	}
	x := w ^ swarOnes*' '                     // spaces become zero bytes
	spaces := ^(x + swarOnes*0x7f) & swarHigh // exact: x's bytes are below 0x80
	if spaces&(spaces<<8) != 0 || (spaces&0x80 != 0 && !afterWord) {
		return 0, false
	}
	if spaces>>63 != 0 {
		return 7, true
	}
	return 8, true
}

// asciiAsIs marks the bytes Hash keeps as they are: ASCII other than white
// space and upper-case letters.
var asciiAsIs = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c] && (c < 'A' || c > 'Z')
	}
	return t
}()

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// checkText rejects text that cannot be an article: empty, binary or
// invalid UTF-8. data is the raw (already charset-decoded) text.
func checkText[T string | []byte](input string, data T) error {
	if !hasVisible(data) {
		return badInput(input, "empty (no text)", nil)
	}
	if looksBinary(data) {
		return badInput(input, "binary content, not text", nil)
	}
	if !validUTF8(data) {
		return badInput(input, "not valid UTF-8 text (convert it, e.g. with iconv, and ingest again)", nil)
	}
	return nil
}

func validUTF8[T string | []byte](data T) bool {
	switch d := any(data).(type) {
	case string:
		return utf8.ValidString(d)
	case []byte:
		return utf8.Valid(d)
	}
	return false
}

// hasVisible reports whether data holds anything but white space and
// invisible format characters (zero-width spaces, BOMs).
func hasVisible[T string | []byte](data T) bool {
	for i := 0; i < len(data); {
		if c := data[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return true // ASCII has no format characters
			}
			i++
			continue
		}
		var r rune
		var n int
		switch d := any(data[i:]).(type) {
		case string:
			r, n = utf8.DecodeRuneInString(d)
		case []byte:
			r, n = utf8.DecodeRune(d)
		}
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return true
		}
		i += n
	}
	return false
}

// looksBinary: any NUL byte, or more than 10% control bytes in the first
// 8 KB. Legacy 8-bit text has high bytes, not control bytes, so it is left
// to the UTF-8 check with its clearer message.
func looksBinary[T string | []byte](data T) bool {
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	ctl := 0
	for i := 0; i < len(sample); i++ {
		// Eight bytes at a time while none is below 0x20 or DEL: text,
		// but for its line breaks.
		for i+8 <= len(sample) {
			t := sample[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			if noControl8(w) {
				i += 8
			} else {
				break
			}
		}
		if i >= len(sample) {
			break
		}
		switch b := sample[i]; {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v', b == 0x7f:
			ctl++
		}
	}
	return ctl*10 > len(sample)
}

// noControl8 says whether none of the eight bytes in w is below 0x20 or
// DEL (0x7f). A byte below n in x shows as the high bit of (x - n*lo) &^ x,
// and the borrow reaches no byte higher than one that triggered it, so
// there is no false "none"; DEL is the byte that x ^ 0x7f...7f makes 0.
func noControl8(w uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	d := w ^ (lo * 0x7f)
	return ((w-lo*0x20)&^w|(d-lo)&^d)&hi == 0
}

// cleanText normalises line endings and blank lines: paragraphs end up
// separated by exactly one blank line, lines carry no trailing spaces, and
// no-break spaces become plain spaces (the sentence splitter and tokenisers
// treat them as letters otherwise).
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.TrimPrefix(s, "\ufeff")
	// Most texts are clean already (archives, extracted pages): the result
	// is then a prefix of s, and nothing is copied until a line differs.
	var b strings.Builder
	n := 0 // length of the result so far; while b is empty, it is s[:n]
	copying := false
	blank := 0
	for rest, more := s, true; more; {
		var ln string
		ln, rest, more = strings.Cut(rest, "\n")
		ln = strings.TrimRightFunc(ln, unicode.IsSpace)
		if strings.TrimSpace(ln) == "" {
			blank++
			continue
		}
		sep := ""
		if n > 0 {
			sep = "\n"
			if blank > 0 {
				sep = "\n\n"
			}
		}
		blank = 0
		if !copying {
			if strings.HasPrefix(s[n:], sep) && strings.HasPrefix(s[n+len(sep):], ln) {
				n += len(sep) + len(ln)
				continue
			}
			copying = true
			b.Grow(len(s))
			b.WriteString(s[:n])
		}
		b.WriteString(sep)
		b.WriteString(ln)
		n += len(sep) + len(ln)
	}
	if !copying {
		return s[:n]
	}
	return b.String()
}

func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// resolvePublished applies the date order: explicit flag, page metadata, feed
// item date, else the ingest time marked as assumed.
func resolvePublished(o Options, page, feed time.Time) (time.Time, bool) {
	switch {
	case !o.Published.IsZero():
		return o.Published, false
	case !page.IsZero():
		return page, false
	case !feed.IsZero():
		return feed, false
	}
	return o.Now(), true
}

// finish fills the fields every source shares.
func finish(a *newsbot.Article, o Options) {
	a.Text = cleanText(a.Text)
	a.Hash = Hash(a.Text)
	a.IngestedAt = o.Now()
	if a.Source == "" {
		a.Source = o.Source
	}
	a.Title = strings.Join(strings.Fields(a.Title), " ")
	a.Byline = strings.Join(strings.Fields(a.Byline), " ")
	a.Outlet = strings.Join(strings.Fields(a.Outlet), " ")
}
