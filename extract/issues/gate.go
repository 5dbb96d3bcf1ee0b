package issues

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/text"
)

// stemGate tells whether a text contains any of a few short strings (three
// bytes or more), the same answer as a strings.Contains per string, in
// one pass: a bit per byte pair that opens some string of the set leaves
// most positions at a load and a test whose answer, no, a processor
// predicts.
type stemGate struct {
	stems  []string
	pairs  [1 << 16 / 64]uint64 // a bit per byte pair at offset 0 or 1 of a stem
	pairs0 [1 << 16 / 64]uint64 // a bit per byte pair at offset 0 of a stem
	pairs1 [1 << 16 / 64]uint64 // a bit per byte pair at offset 1 of a stem
	first  [256]uint64          // the stems whose first byte is the index
	second [256]uint64          // the stems whose second byte is the index
	slow   bool                 // more than 64 stems, or one shorter than three bytes
}

func newStemGate(stems []string) *stemGate {
	g := &stemGate{stems: stems}
	if len(stems) > 64 {
		g.slow = true
		return g
	}
	for k, st := range stems {
		if len(st) < 3 {
			g.slow = true
			return g
		}
		g.first[st[0]] |= 1 << k
		g.second[st[1]] |= 1 << k
		for o := 0; o < 2; o++ {
			x := uint16(st[o])<<8 | uint16(st[o+1])
			g.pairs[x>>6] |= 1 << (x & 63)
		}
		x0 := uint16(st[0])<<8 | uint16(st[1])
		g.pairs0[x0>>6] |= 1 << (x0 & 63)
		x1 := uint16(st[1])<<8 | uint16(st[2])
		g.pairs1[x1>>6] |= 1 << (x1 & 63)
	}
	return g
}

// any reports whether t contains one of g's stems.
func (g *stemGate) any(t string) bool {
	if g.slow {
		for _, st := range g.stems {
			if strings.Contains(t, st) {
				return true
			}
		}
		return false
	}
	// Every stem is three bytes or more, so one of its first two byte
	// pairs starts at an even offset: the even offsets alone are looked
	// up, against the pairs at a stem's offset 0 or 1. A pair common in
	// copy ("an", "re") is often one stem's second pair and no stem's
	// first: which of the two it is says where a stem may start.
	for i := 0; i+1 < len(t); i += 2 {
		x := uint16(t[i])<<8 | uint16(t[i+1])
		if g.pairs[x>>6]&(1<<(x&63)) == 0 {
			continue
		}
		if g.pairs0[x>>6]&(1<<(x&63)) != 0 && g.at(t, i) ||
			i > 0 && g.pairs1[x>>6]&(1<<(x&63)) != 0 && g.at(t, i-1) {
			return true
		}
	}
	return false
}

// at reports whether a stem of g starts at t[i] (i+1 < len(t)).
func (g *stemGate) at(t string, i int) bool {
	for m := g.first[t[i]] & g.second[t[i+1]]; m != 0; m &= m - 1 {
		if strings.HasPrefix(t[i:], g.stems[bits.TrailingZeros64(m)]) {
			return true
		}
	}
	return false
}

// splitWords splits a clause into words, punctuation trimmed. It is
// splitWordsUnicode by byte tables for the ASCII words (most, though wire
// copy's curly quotes put some other rune in most clauses): no list of
// fields, no rune decoding, and one lower-cased copy of the clause rather
// than one per capitalised word. The fast-path test holds the two equal.
func splitWords(s string) []fword {
	if out := splitWordsInto(nil, s); len(out) > 0 {
		return out
	}
	return nil // as splitWordsUnicode has it
}

// splitWordsInto is splitWords appending to out, for a caller that reuses
// one buffer.
func splitWordsInto(out []fword, s string) []fword {
	ls := "" // s with its ASCII letters lower-cased, made at the first capital
	i := 0
	for {
		// strings.Fields: a field ends at white space, unicode.IsSpace.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiFieldSpace[c] {
					break
				}
				i++
			} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				i += size
			} else {
				break
			}
		}
		if i == len(s) {
			return out
		}
		if out == nil {
			out = make([]fword, 0, countFields(s[i:])) // one allocation, not five
		}
		fs, ascii := i, true
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiFieldSpace[c] {
					break
				}
				i++
			} else if r, size := utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
				ascii = false
				i += size
			} else {
				break
			}
		}
		f := s[fs:i]
		if !ascii {
			out = appendWordUnicode(out, f)
			continue
		}
		last := f[len(f)-1]
		stop := last == ',' || last == ':' || last == ';' || last == '.' || last == '!' || last == '?' || last == ')'
		ws, we := fs, i
		for ws < we && asciiTrimPunct[s[ws]] {
			ws++
		}
		for we > ws && asciiTrimPunct[s[we-1]] {
			we--
		}
		if ws == we {
			if stop && len(out) > 0 {
				out[len(out)-1].stop = true
			}
			continue
		}
		w, low := s[ws:we], s[ws:we]
		for k := ws; k < we; k++ {
			if c := s[k]; c >= 'A' && c <= 'Z' {
				if ls == "" {
					ls = text.LowerASCII(s)
				}
				low = ls[ws:we]
				break
			}
		}
		c := s[ws]
		poss := len(f) >= 2 && f[len(f)-2] == 's' && last == '\''
		out = append(out, fword{w: w, low: low, stop: stop, capital: c >= 'A' && c <= 'Z', poss: poss})
	}
}

// countFields counts the fields of s split at ASCII white space: at
// least those strings.Fields finds.
func countFields(s string) int {
	n := 0
	space := true
	for i := 0; i < len(s); i++ {
		sp := asciiFieldSpace[s[i]]
		if space && !sp {
			n++
		}
		space = sp
	}
	return n
}

// asciiFieldSpace marks the ASCII bytes strings.Fields splits at.
var asciiFieldSpace = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// asciiTrimPunct marks the ASCII bytes splitWords trims off a word:
// punctuation but the hyphen.
var asciiTrimPunct = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsPunct(rune(c)) && c != '-'
	}
	return t
}()

// appendWordUnicode is splitWordsUnicode's reading of one field, for a
// field with a rune outside ASCII: it appends the word of f (punctuation
// trimmed) to out, or marks the word before a stop when f is punctuation
// alone.
func appendWordUnicode(out []fword, f string) []fword {
	stop := strings.ContainsAny(f[len(f)-1:], ",:;.!?)")
	w := strings.TrimFunc(f, func(r rune) bool { return unicode.IsPunct(r) && r != '-' || r == '’' })
	if w == "" {
		if stop && len(out) > 0 {
			out[len(out)-1].stop = true
		}
		return out
	}
	r, _ := utf8.DecodeRuneInString(w)
	poss := strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "s’")
	return append(out, fword{w: w, low: strings.ToLower(w), stop: stop, capital: unicode.IsUpper(r), poss: poss})
}
