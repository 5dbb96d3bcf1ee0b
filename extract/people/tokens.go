package people

import (
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	tCap        uint16 = 1 << iota // first letter upper case
	tAllCaps                       // two or more letters, all upper case: BBC, NATO
	tPoss                          // followed by 's or ’s (not part of the token)
	tSentStart                     // first word of a sentence or line
	tJoin                          // only spaces (or "Mr. ", "J. ") separate it from the previous token
	tDigit                         // starts with a digit
	tDotAfter                      // directly followed by '.'
	tCommaAfter                    // directly followed by ','
	tLower                         // first letter lower case
	tInQuote                       // inside double quote marks
)

// token is one word of the text. Offsets are UTF-8 bytes.
type token struct {
	start, end int
	lex        uint32 // lexicon classes of the lower-cased word
	flags      uint16
	sent       int32  // sentence number, counted from 0
	hash       uint64 // FNV-1a of the lower-cased word (0 when longer than 32 bytes)
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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

// tokenize splits s into words in one pass. Words keep inner hyphens and
// apostrophes ("al-Assad", "O'Brien") and dotted acronyms ("U.S"); a
// possessive 's is dropped from the word and recorded as a flag.
func tokenize(s string, toks []token) []token {
	var lower [32]byte
	sent := int32(0)
	sentStart := true
	inQuote := false
	lastEnd := 0
	i, n := 0, len(s)
	for i < n {
		c := s[i]
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			switch r {
			case '“':
				inQuote = true
			case '”':
				inQuote = false
			case '"':
				inQuote = !inQuote
			case '\n':
				inQuote = false
			}
			switch r {
			case '.', '!', '?', '…', ':', ';', '\n':
				if r == '.' && len(toks) > 0 && toks[len(toks)-1].end == i && isAbbrev(&toks[len(toks)-1], s) {
					break
				}
				if !sentStart {
					sentStart = true
				}
			}
			i += size
			continue
		}
		// A word starts at i.
		start := i
		j := i + size
		var flags uint16
		if r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) {
			flags |= tCap
		} else if r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			flags |= tDigit
		} else {
			flags |= tLower
		}
		segLetters := 1
		// Fast path: a word of ASCII letters and digits is lower-cased and
		// hashed while it is scanned; anything else is redone below.
		pure := r < utf8.RuneSelf
		h := uint64(fnvOffset)
		fastN, ups, lows := 0, 0, 0
		if pure {
			b := byte(r)
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
				ups++
			} else if b >= 'a' && b <= 'z' {
				lows++
			}
			lower[0] = b
			h = (h ^ uint64(b)) * fnvPrime
			fastN = 1
		}
		for j < n {
			c2 := s[j]
			if c2 < utf8.RuneSelf && asciiWord[c2] {
				if fastN < len(lower) {
					b := c2
					if b >= 'A' && b <= 'Z' {
						b += 'a' - 'A'
						ups++
					} else if b >= 'a' && b <= 'z' {
						lows++
					}
					lower[fastN] = b
					h = (h ^ uint64(b)) * fnvPrime
				}
				fastN++
				j++
				segLetters++
				continue
			}
			r2, sz2 := rune(c2), 1
			if c2 >= utf8.RuneSelf {
				r2, sz2 = utf8.DecodeRuneInString(s[j:])
			}
			if isWordRune(r2) {
				j += sz2
				segLetters++
				pure = false
				continue
			}
			if r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' {
				k := j + sz2
				if k >= n {
					break
				}
				r3, _ := utf8.DecodeRuneInString(s[k:])
				if !isWordRune(r3) {
					break
				}
				if r2 == '\'' || r2 == '’' {
					// possessive 's: stop the word here.
					if (r3 == 's' || r3 == 'S') && (k+1 >= n || !isWordRuneAt(s, k+1)) {
						flags |= tPoss
						break
					}
				}
				if r2 == '.' && segLetters != 1 {
					break // "U.S" keeps its dots, "end.Next" does not
				}
				j = k
				segLetters = 0
				pure = false
				continue
			}
			break
		}
		end := j
		// Lexicon lookup on the lower-cased word without allocating.
		var lex uint32
		var hash uint64
		if pure && fastN <= len(lower) {
			if h == 0 {
				h = 1
			}
			lex = lexTable.lookup(lower[:fastN], h)
			hash = h
			if lows == 0 && ups >= 2 {
				flags |= tAllCaps
			}
		} else if end-start <= len(lower) {
			allCaps := true
			letters := 0
			h := uint64(fnvOffset)
			for k := start; k < end; k++ {
				b := s[k]
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
					letters++
				} else if b >= 'a' && b <= 'z' {
					allCaps = false
					letters++
				} else if b >= utf8.RuneSelf {
					allCaps = false
				}
				lower[k-start] = b
				h = (h ^ uint64(b)) * fnvPrime
			}
			if h == 0 {
				h = 1
			}
			lex = lexTable.lookup(lower[:end-start], h)
			hash = h
			if allCaps && letters >= 2 {
				flags |= tAllCaps
			}
		}
		if inQuote {
			flags |= tInQuote
		}
		if sentStart {
			flags |= tSentStart
			if len(toks) > 0 {
				sent++
			}
			sentStart = false
		}
		if len(toks) > 0 && joinable(s, &toks[len(toks)-1], lastEnd, start) {
			flags |= tJoin
		}
		after := end
		if flags&tPoss != 0 {
			after = end + 2
			if s[end] != '\'' {
				after = end + len("’") + 1
			}
		}
		if after < n {
			switch s[after] {
			case '.':
				flags |= tDotAfter
			case ',':
				flags |= tCommaAfter
			}
		}
		toks = append(toks, token{start: start, end: end, lex: lex, flags: flags, sent: sent, hash: hash})
		lastEnd = after
		i = after
	}
	return toks
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// isAbbrev reports whether a full stop after t does not end the sentence:
// an initial ("J."), a courtesy title ("Mr."), a short title ("Sen.").
func isAbbrev(t *token, s string) bool {
	w := s[t.start:t.end]
	if len(w) == 1 && t.is(tCap) {
		return true
	}
	if t.lex&lexHonorific != 0 {
		return true
	}
	switch w {
	case "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "St", "Jr", "Sr", "Prof", "Supt", "Insp", "Det", "Adm", "Maj", "Cpl", "Pres", "Hon", "Ft", "Mt", "Rev", "U.S", "U.K", "U.N", "D.C", "No":
		return true
	}
	return false
}

// joinable reports whether only spaces, or the full stop of an abbreviation
// and spaces, lie between the previous token and the word at start.
func joinable(s string, prev *token, prevAfter, start int) bool {
	if prev.is(tPoss) {
		return false
	}
	k := prevAfter
	if k < start && s[k] == '.' && isAbbrev(prev, s) {
		k++
	}
	if k >= start {
		return false
	}
	for ; k < start; k++ {
		if s[k] != ' ' {
			if s[k] == 0xc2 && k+1 < start && s[k+1] == 0xa0 { // no-break space
				k++
				continue
			}
			return false
		}
	}
	return true
}

// FNV-1a parameters, shared by the tokeniser and the lexicon table.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
