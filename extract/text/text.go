// Package text splits news copy into paragraphs and sentences with byte
// offsets. It is shared by every extractor so that they agree on what a
// sentence is. Pure: no I/O.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a piece of the article text: Text == article[Start:End].
type Span struct {
	Start, End int
	Text       string
}

// Paragraphs splits on line breaks; a paragraph is a run of text between
// newlines with its surrounding white space trimmed. Empty lines are dropped.
func Paragraphs(s string) []Span {
	var out []Span
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if sp, ok := trim(s, start, end); ok {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// Sentences splits every paragraph of s into sentences.
func Sentences(s string) []Span {
	// About one sentence per 128 bytes of copy: one allocation for most
	// articles instead of a doubling series.
	out := make([]Span, 0, len(s)/128+4)
	// The paragraphs as Paragraphs finds them, without building their slice.
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if p, ok := trim(s, start, end); ok {
			out = appendSentences(out, s, p.Start, p.End)
		}
		start = end + 1
	}
	return out
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "st": true,
	"jr": true, "sr": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "v": true, "etc": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"d.c": true, "ft": true, "mt": true, "approx": true, "dept": true, "est": true,
}

// closers may follow a sentence-final mark and still belong to the sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

func appendSentences(out []Span, s string, start, end int) []Span {
	sentStart := start
	i := start
	m := newMarks(s, end)
	for i < end {
		// Skip to the next byte that can open a sentence-final mark: '.',
		// '!', '?' or the lead byte of '…'. No such byte sits inside
		// another character's UTF-8 encoding, so this finds the marks a
		// rune-by-rune walk finds.
		c := s[i]
		if c != '.' && c != '!' && c != '?' && c != 0xE2 {
			i = m.next(i + 1)
			continue
		}
		r, size := rune(c), 1
		if c == 0xE2 {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r != '…' {
				i += size
				continue
			}
		}
		j := i + size
		// Swallow runs of marks and closing quotes/brackets: `?!"` or `."`.
		for j < end {
			c2 := s[j]
			if c2 == '.' || c2 == '!' || c2 == '?' || c2 == '"' || c2 == '\'' || c2 == ')' || c2 == ']' {
				j++
				continue
			}
			if c2 < utf8.RuneSelf {
				break
			}
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if isCloser(r2) {
				j += sz
				continue
			}
			break
		}
		if j < end {
			if c2 := s[j]; c2 < utf8.RuneSelf {
				if !asciiSpace(c2) {
					i = j // "U.S.A" or "3.5": not a boundary
					continue
				}
			} else if r2, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r2) {
				i = j
				continue
			}
		}
		if r == '.' && (isAbbreviation(s, sentStart, i) || isNumberSign(s, sentStart, i, j, end)) {
			i = j
			continue
		}
		if j < end && !startsSentence(s[j:end]) {
			i = j
			continue
		}
		if sp, ok := trim(s, sentStart, j); ok {
			out = append(out, sp)
		}
		sentStart = j
		i = j
	}
	if sp, ok := trim(s, sentStart, end); ok {
		out = append(out, sp)
	}
	return out
}

// markBytes are the bytes that can open a sentence-final mark: '.', '!',
// '?' and the lead byte of '…'.
var markBytes = [4]byte{'.', '!', '?', 0xE2}

// marks finds the mark bytes of s[:end] in order. It keeps the next
// position of each mark byte, found with strings.IndexByte (vectorised),
// and searches again only once the scan has passed it: a full stop costs
// one search, and the rare marks one search a paragraph.
type marks struct {
	s   string
	end int
	at  [len(markBytes)]int // next position of each mark byte; end when none is left
}

func newMarks(s string, end int) marks {
	m := marks{s: s, end: end}
	for k := range m.at {
		m.at[k] = -1 // not searched yet
	}
	return m
}

// next returns the index of the first mark byte of s[i:end], or end. i
// must not be less than in the call before.
func (m *marks) next(i int) int {
	best := m.end
	for k, c := range markBytes {
		p := m.at[k]
		if p < i {
			// No mark byte c lies between the last search and p, so a
			// position at or past i stays valid; one before i is stale.
			p = m.end
			if i < m.end {
				if q := strings.IndexByte(m.s[i:m.end], c); q >= 0 {
					p = i + q
				}
			}
			m.at[k] = p
		}
		best = min(best, p)
	}
	return best
}

// asciiSpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func asciiSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// isAbbreviation reports whether the word ending at the full stop dot is a
// known abbreviation or a single initial ("John F. Kennedy").
func isAbbreviation(s string, from, dot int) bool {
	k := dot
	ascii := true
	for k > from {
		// No abbreviation is longer than maxAbbrev bytes, and only an
		// ASCII word can lower-case to one (a single rune, the initial,
		// has at most four bytes): a longer word is none, whatever
		// precedes it. Most words before a full stop are longer.
		if dot-k > maxAbbrev {
			return false
		}
		c := s[k-1]
		if c < utf8.RuneSelf {
			if asciiSpace(c) || c == '(' || c == '"' {
				break
			}
			k--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[from:k])
		if unicode.IsSpace(r) || r == '“' {
			break
		}
		ascii = false
		k -= size
	}
	word := s[k:dot]
	if word == "" {
		return false
	}
	if !ascii {
		if utf8.RuneCountInString(word) == 1 {
			r, _ := utf8.DecodeRuneInString(word)
			return unicode.IsUpper(r)
		}
		return abbreviations[strings.ToLower(word)]
	}
	if len(word) == 1 {
		return word[0] >= 'A' && word[0] <= 'Z'
	}
	return abbrevTable.has(word)
}

// maxAbbrev is the length in bytes of the longest abbreviation.
const maxAbbrev = 6

// abbrevTab is the abbreviations as an open-addressing table of their
// bytes packed into a uint64, a quarter full at most: a lookup lower-cases and packs the word in
// a register and probes once, without the map's string hashing.
type abbrevTab [256]uint64

var abbrevTable = func() (t abbrevTab) {
	for w := range abbreviations {
		if len(w) > maxAbbrev {
			panic("text: abbreviation " + w + " is longer than maxAbbrev")
		}
		k, _ := packLower(w)
		i := abbrevSlot(k)
		for t[i] != 0 {
			i = (i + 1) % uint64(len(t))
		}
		t[i] = k
	}
	return t
}()

// packLower packs the ASCII word w of up to seven bytes, capitals folded
// to small letters, into a uint64: its bytes from the lowest up and its
// length in the top byte, so that no word packs to 0 (an empty slot) and
// NUL bytes do not make two words one. ok is false for a longer word or
// one with non-ASCII bytes.
func packLower(w string) (k uint64, ok bool) {
	if len(w) == 0 || len(w) > 7 {
		return 0, false
	}
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k = k<<8 | uint64(c)
	}
	return k | uint64(len(w))<<56, true
}

// abbrevSlot is the home slot of a packed word in abbrevTab.
func abbrevSlot(k uint64) uint64 { return k * 0x9e3779b97f4a7c15 >> 56 }

// has reports whether the ASCII word w lower-cased is an abbreviation.
func (t *abbrevTab) has(w string) bool {
	k, ok := packLower(w)
	if !ok {
		return false
	}
	for i := abbrevSlot(k); ; i = (i + 1) % uint64(len(t)) {
		switch t[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// isNumberSign reports whether the full stop ends "No." before a number
// ("No. 10 Downing Street"), which is not a sentence end though "said no." is.
func isNumberSign(s string, from, dot, next, end int) bool {
	if dot-from < 2 || !strings.EqualFold(s[dot-2:dot], "no") || (dot-from > 2 && s[dot-3] != ' ') {
		return false
	}
	rest := strings.TrimLeft(s[next:end], " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// startsSentence reports whether the text after a boundary candidate looks
// like the start of a new sentence: an upper-case letter, digit or opening
// quote after the white space.
func startsSentence(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError {
		return true
	}
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '—', '-':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func trim(s string, start, end int) (Span, bool) {
	for start < end {
		if c := s[start]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			start++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		if c := s[end-1]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start >= end {
		return Span{}, false
	}
	return Span{Start: start, End: end, Text: s[start:end]}, true
}

// Containing returns the index of the span in spans (sorted, disjoint) that
// contains offset, or -1.
func Containing(spans []Span, offset int) int {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case offset < spans[m].Start:
			hi = m
		case offset >= spans[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
