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
	hash       uint32 // FNV-1a of the lower-cased word folded by hash32 (0 when longer than 32 bytes)
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxLexWord is the longest word looked up in the lexicon.
const maxLexWord = 32

// Character classes of ASCII bytes for the tokeniser's fast path.
const (
	clsLower uint8 = 1 << iota
	clsUpper
	clsDigit
)

// asciiClass gives the class of an ASCII letter or digit, 0 for any other
// byte; asciiLower folds ASCII upper case.
var asciiClass, asciiLower = func() (cl [256]uint8, lo [256]byte) {
	for c := 0; c < 256; c++ {
		lo[c] = byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		cl[c] = clsDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		cl[c] = clsLower
		cl[c-'a'+'A'] = clsUpper
		lo[c-'a'+'A'] = byte(c)
	}
	return cl, lo
}()

func upperCount(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if asciiClass[w[i]] == clsUpper {
			n++
		}
	}
	return n
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
	// Two tokens are at least one byte apart, so (len+1)/2 bounds their
	// number: with room for all of them, a token is one indexed store.
	if need := len(s)/2 + 2; cap(toks) < need {
		toks = make([]token, need)
	} else {
		toks = toks[:need]
	}
	nt := 0
	sent := int32(0)
	sentStart := true
	inQuote := false
	// The gap since the previous token: only spaces (and the full stop of
	// an abbreviation right after it) so far, and at least one space.
	gapOK, gapSpace := false, false
	i, n := 0, len(s)
	for i < n {
		c := s[i]
		var r rune = rune(c)
		size := 1
		if c < utf8.RuneSelf {
			if asciiClass[c] == 0 {
				switch c {
				case ' ':
					gapSpace = true
				case '.':
					if nt > 0 && toks[nt-1].end == i && isAbbrev(&toks[nt-1], s) {
						break // "Mr. Smith", "J. Smith": no sentence end
					}
					sentStart, gapOK = true, false
				case '"':
					inQuote, gapOK = !inQuote, false
				case '\n':
					inQuote, sentStart, gapOK = false, true, false
				case '!', '?', ':', ';':
					sentStart, gapOK = true, false
				default:
					gapOK = false
				}
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				switch r {
				case '\u00a0': // a no-break space joins like a space
					gapSpace = true
				case '“':
					inQuote, gapOK = true, false
				case '”':
					inQuote, gapOK = false, false
				case '…':
					sentStart, gapOK = true, false
				default:
					gapOK = false
				}
				i += size
				continue
			}
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
		// Fast path: a word of ASCII letters and digits is hashed in its
		// lower-case form while it is scanned, without copying it; the
		// lexicon compares keys case-insensitively. Anything else is
		// redone below.
		pure := r < utf8.RuneSelf
		h := uint64(fnvOffset)
		var cls uint8
		if pure {
			c := byte(r)
			cls = asciiClass[c]
			h = (h ^ uint64(asciiLower[c])) * fnvPrime
		}
		for j < n {
			c2 := s[j]
			if k := asciiClass[c2]; k != 0 {
				cls |= k
				h = (h ^ uint64(asciiLower[c2])) * fnvPrime
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
		var hash uint32
		if pure && end-start <= maxLexWord {
			if h == 0 {
				h = 1
			}
			lex = lexTable.lookupFold(end-start, h)
			hash = hash32(h)
			if cls&clsLower == 0 && cls&clsUpper != 0 && end-start >= 2 && upperCount(s[start:end]) >= 2 {
				flags |= tAllCaps
			}
		} else if end-start <= maxLexWord {
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
				h = (h ^ uint64(b)) * fnvPrime
			}
			if h == 0 {
				h = 1
			}
			lex = lexTable.lookupFold(end-start, h)
			hash = hash32(h)
			if allCaps && letters >= 2 {
				flags |= tAllCaps
			}
		}
		if inQuote {
			flags |= tInQuote
		}
		if sentStart {
			flags |= tSentStart
			if nt > 0 {
				sent++
			}
			sentStart = false
		}
		if gapOK && gapSpace {
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
		toks[nt] = token{start: start, end: end, lex: lex, flags: flags, sent: sent, hash: hash}
		nt++
		gapOK, gapSpace = flags&tPoss == 0, false
		i = after
	}
	return toks[:nt]
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

// FNV-1a parameters, shared by the tokeniser and the lexicon table.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
