package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is one quotation found by its marks. Offsets are UTF-8 bytes.
type span struct {
	open, close int // the opening mark and the end of the closing mark (close == end when unclosed)
	start, end  int // the words inside the marks, spaces trimmed
	closed      bool
	para        int  // paragraph number
	cont        bool // continues an unclosed quote of the previous paragraph
	paraStart   bool // the opening mark starts its paragraph
	paraA       int  // the paragraph's text, spaces trimmed
	paraB       int
}

// Limits keep single-quote pairing linear and sane: an apostrophe that looks
// like an opening mark must find its closing mark soon.
const maxSingle = 1200

// pairMarks finds the quotations of text in one pass. Double marks (“ ” " «
// » „) pair within a paragraph; a double mark left open at the end of a
// paragraph runs to its end, as wire copy reopens a long quote in each new
// paragraph without closing the last. Single marks (‘ ’ ') count only
// outside double marks (inside they are nested quotes, part of the outer
// one) and must close within the paragraph; an apostrophe inside a word
// never opens or closes.
func pairMarks(s string, out []span) []span {
	para := 0
	prevOpen := false // the previous paragraph ended inside a quotation
	// The next byte that may start a mark, for each such byte, kept from
	// paragraph to paragraph: IndexByte runs in vector steps, the marks
	// are rare, and most paragraphs hold none of some of them.
	var next [len(markLeads)]int
	for k := range next {
		next[k] = -1
	}
	i := 0
	for i < len(s) {
		// One paragraph: [i, pe).
		pe := len(s)
		if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
			pe = i + k
		}
		if hasContent(s, i, pe) {
			out, prevOpen = pairParagraph(s, i, pe, para, prevOpen, out, &next)
			para++
		}
		i = pe + 1
	}
	return out
}

func hasContent(s string, a, b int) bool {
	for k := a; k < b; k++ {
		if s[k] != ' ' && s[k] != '\t' && s[k] != '\r' {
			return true
		}
	}
	return false
}

// pairParagraph pairs the marks of the paragraph s[a:b]. next holds, for
// each of markLeads, its first offset at or after some earlier point, or
// len(s); it is brought up to date here.
func pairParagraph(s string, a, b, para int, prevOpen bool, out []span, next *[len(markLeads)]int) ([]span, bool) {
	dq, sq := -1, -1 // pending opening marks
	var dqLen, sqLen int
	first, last := a, b
	for first < b && isSpaceByte(s[first]) {
		first++
	}
	for last > first && isSpaceByte(s[last-1]) {
		last--
	}
	emit := func(open, openLen, closeAt, closeLen int, closed bool) {
		st, en := open+openLen, closeAt
		for st < en && isSpaceByte(s[st]) {
			st++
		}
		for en > st && isSpaceByte(s[en-1]) {
			en--
		}
		if en <= st || !hasWord(s, st, en) {
			return
		}
		sp := span{open: open, close: closeAt + closeLen, start: st, end: en, closed: closed, para: para, paraStart: open == first, paraA: first, paraB: last}
		sp.cont = prevOpen && sp.paraStart
		out = append(out, sp)
	}
	for i := a; i < b; {
		m := b
		for k := range next {
			if next[k] < i {
				next[k] = indexFrom(s, i, len(s), markLeads[k])
			}
			m = min(m, next[k])
		}
		if i = m; i >= b {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\'' && i+1 < b && s[i+1] == '\'' {
			r, size = '"', 2 // two apostrophes: the double mark of some wire styles
		}
		switch r {
		case '“', '„', '«':
			if dq >= 0 && r == '“' && !isSpaceByte(s[i-1]) && !isLetter(nextRune(s, i+size, b)) {
				// A mistyped closing mark: "a fascist?“ he asked".
				emit(dq, dqLen, i, size, true)
				dq = -1
				break
			}
			if dq >= 0 && reopens(s, a, i) {
				// A lost paragraph break: the quotation goes on in a new
				// paragraph that reopens the marks without closing the last.
				emit(dq, dqLen, i, 0, false)
				dq = -1
			}
			if dq < 0 {
				dq, dqLen = i, size
				sq = -1
			}
		case '”', '»':
			if dq >= 0 {
				emit(dq, dqLen, i, size, true)
				dq = -1
			}
		case '"':
			if dq >= 0 && reopens(s, a, i) && isLetter(nextRune(s, i+size, b)) {
				emit(dq, dqLen, i, 0, false)
				dq, dqLen = i, size
				sq = -1
				break
			}
			if dq >= 0 {
				emit(dq, dqLen, i, size, true)
				dq = -1
			} else if prev, next := prevRune(s, a, i), nextRune(s, i+size, b); prev == ' ' || prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == ':' || isLetter(next) || next == '‘' || next == '\'' {
				dq, dqLen = i, size
				sq = -1
			}
			// else: a closing mark whose opening mark the copy lost; it
			// must not open a quotation that swallows the next sentences.
		case '‘', '\'', '’':
			if dq >= 0 {
				break // nested inside a double quotation
			}
			prev, next := prevRune(s, a, i), nextRune(s, i+size, b)
			if sq >= 0 && (r == '’' || r == '\'') && !isLetter(next) && prev != ' ' && i-sq < maxSingle {
				emit(sq, sqLen, i, size, true)
				sq = -1
				break
			}
			if sq >= 0 && i-sq >= maxSingle {
				sq = -1
			}
			if sq < 0 && (r == '‘' || r == '\'') && !isLetter(prev) && !unicode.IsDigit(prev) && isLetter(next) {
				sq, sqLen = i, size
			}
		}
		i += size
	}
	if dq >= 0 {
		emit(dq, dqLen, b, 0, false)
		return out, true
	}
	return out, false
}

// markLeads are the bytes that may start a quote mark: " ' and the lead
// bytes of “ ” ‘ ’ „ (0xe2) and « » (0xc2).
var markLeads = [...]byte{'"', '\'', 0xe2, 0xc2}

// indexFrom is the index of the first c in s[i:b], or b.
func indexFrom(s string, i, b int, c byte) int {
	if k := strings.IndexByte(s[i:b], c); k >= 0 {
		return i + k
	}
	return b
}

// load64 reads s[i:i+8] as a little-endian word; the compiler merges the
// byte loads into one.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// ones has a 1 in each byte.
const ones = 0x0101010101010101

// high8 has the high bit of each byte.
const high8 = 0x8080808080808080

// zeroBytes has the high bit set in the lowest zero byte of v, and
// possibly in bytes above it (never below), so that its trailing zeros
// locate the first zero byte exactly.
func zeroBytes(v uint64) uint64 { return (v - ones) &^ v & high8 }

// alnumMask has 0x80 in each byte of x that is an ASCII letter or digit
// (asciiWord), 0 in the others.
func alnumMask(x uint64) uint64 {
	ascii := ^x & high8
	// Bytes below 0x80 only: adding at most 0x7f never carries across bytes.
	y := x &^ high8
	lo := y | 0x20*ones // letters folded to lower case
	letter := (lo + (0x80-'a')*ones) &^ (lo + (0x7f-'z')*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x7f-'9')*ones)
	return (letter | digit) & ascii & high8
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	// A combining accent keeps a decomposed letter in its word ("José"
	// written "Jose\u0301"), as the people tokeniser has it.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x300 && r <= 0x36f
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

func hasWord(s string, a, b int) bool {
	for _, r := range s[a:b] {
		if isLetter(r) {
			return true
		}
	}
	return false
}

// prevRune is the rune before i, or ' ' at the paragraph start.
func prevRune(s string, a, i int) rune {
	if i <= a {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[a:i])
	return r
}

// nextRune is the rune at i, or ' ' at the paragraph end.
func nextRune(s string, i, b int) rune {
	if i >= b {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:b])
	return r
}

func isUpper(r rune) bool { return unicode.IsUpper(r) }

// reopens reports whether an opening mark at i follows the end of a sentence
// inside an open quotation ("... as evidence. “The options are"), as when a
// paragraph break between two parts of one quotation was lost.
func reopens(s string, a, i int) bool {
	k := i
	for k > a && s[k-1] == ' ' {
		k--
	}
	if k == i || k <= a {
		return false
	}
	switch s[k-1] {
	case '.', '!', '?':
		return true
	}
	return false
}
