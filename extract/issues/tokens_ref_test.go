package issues

import (
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is tokenize as it was before its restructuring, kept as the
// reference that TestTokenizeMatchesReference and FuzzTokenize hold it
// to: it splits s (at byte offset base of the article) into words and
// punctuation, appending to buf.
func tokenizeRef(s string, base int, buf []token) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if isASCIIWord(c) || c >= utf8.RuneSelf && isLetterAt(s, i) {
			j := i
			upper, apos, ascii := false, false, true
			for j < len(s) {
				c := s[j]
				if cl := byteClass[c]; cl != 0 {
					upper = upper || cl == clUpper
					j++
					continue
				}
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(s[j:])
					if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
						j += size
						apos = true
						ascii = false
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						upper = upper || unicode.IsUpper(r)
						ascii = false
						j += size
						continue
					}
					break
				}
				if (c == '\'' || c == '-' || c == '.' || c == '%') && j+1 < len(s) && isASCIIWord(s[j+1]) {
					apos = apos || c == '\''
					j++
					continue
				}
				if c == '%' {
					j++
				}
				break
			}
			word := s[i:j]
			// h is the hash of the lower-cased word, for the lexicon
			// look-up: lexicon words are lower-case ASCII, and ' - . %
			// have the 0x20 bit set already.
			var h uint64
			if ascii {
				h = hashRefFold(word)
			}
			capital := c >= 'A' && c <= 'Z'
			if c >= utf8.RuneSelf {
				r0, _ := utf8.DecodeRuneInString(word)
				capital = unicode.IsUpper(r0)
			}
			tStart, tEnd, possessive := int32(base+i), int32(base+j), false
			w := word
			var lex lexEntry
			if ascii && len(w) <= maxLexLen {
				// The lexicon holds ASCII words only; the hash decides, and
				// a known capitalised word takes its lower-case form.
				if sl := lexTable.get(h); sl != nil {
					lex = sl.e
					if upper {
						w = lexTable.keys[sl.key]
					}
				}
			}
			if apos {
				if p := trimPossessive(w); p != w {
					w, possessive = p, true
					tEnd = int32(base + i + len(trimPossessive(word)))
					lex = lexLookup(w)
				}
			}
			var sh uint64
			var stemLen int32
			if ascii && !apos {
				// The stem hash (see appendStem): the word's own hash, or
				// for a plural that of its singular, "rights" → "right",
				// "parties" → "party", hashed again (fewer words than bytes).
				n := len(word)
				sh = h
				if n > 3 && lowerByte(word[n-1]) == 's' {
					if p := lowerByte(word[n-2]); p != 's' && p != 'u' && p != 'i' {
						if n > 4 && lowerByte(word[n-3]) == 'i' && p == 'e' {
							sh, n = hashRefFold(word[:n-3]+"y"), n-2
						} else {
							sh, n = hashRefFold(word[:n-1]), n-1
						}
					}
				}
				sh, stemLen = sh|1, int32(n)
			}
			// The token is written in place, field by field: a token built
			// apart and copied in costs more than all the rest of it.
			t := next(&buf)
			t.start, t.end = tStart, tEnd
			t.h, t.stemLen = sh, stemLen
			t.lex = lex
			t.p = 0
			t.capital, t.possessive, t.punct, t.org = capital, possessive, false, false
			// plainWord, written out: it runs for every token and is too
			// big to inline; the participle test, a call, only for a
			// lower-case word ending in "ed".
			pw := word[:tEnd-tStart]
			n := len(pw)
			t.plain = lex.generic() || n < 2 || pw[0] >= '0' && pw[0] <= '9' ||
				!capital && n > 4 && pw[n-1] == 'd' && pw[n-2] == 'e' && participle(lex, capital, pw)
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var p byte
		switch r {
		case ',', ';':
			p = byte(r)
		case '—':
			p = 'D'
		case '"', '“', '”', '‘':
			p = 'q'
		case ':', '(', ')', '–', '?', '!':
			p = '.'
		case '-':
			if i+1 < len(s) && s[i+1] == '-' {
				p, size = 'D', 2
			}
		}
		if p != 0 {
			*next(&buf) = token{start: int32(base + i), end: int32(base + i + size), p: p, punct: true, plain: true}
		}
		i += size
	}
	return buf
}

// hashRefFold is the word hash of the ASCII word w lower-cased, built
// from its lower-cased bytes as appendStem would write them.
func hashRefFold(w string) uint64 {
	b := []byte(w)
	for i, c := range b {
		if byteClass[c] != 0 {
			b[i] = c | 0x20
		}
	}
	return hashBytes(b)
}
