package people

import (
	"math/bits"
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
	start, end int32
	lex        uint32 // lexicon classes of the lower-cased word
	flags      uint16
	sent       int32  // sentence number, counted from 0
	hash       uint32 // foldHash of the word folded by hash32 (0 when longer than 32 bytes)
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	// A combining accent keeps a decomposed letter in its word: "José"
	// written "Jose\u0301".
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x300 && r <= 0x36f
}

// mojibakeTail reports whether the rune r at s[j:] is the second half of
// a UTF-8 letter read as Latin-1 ("TrÃ©vidic" for "Trévidic",
// "SarukhÃ\u0083Â¡n"): a rune of U+0080..U+00BF right after "Ã" or "Â",
// which keeps such a name one word.
func mojibakeTail(s string, j int, r rune) bool {
	if r < 0x80 || r > 0xbf || j < 2 {
		return false
	}
	// "Ã" and "Â" composed, or decomposed as "A" and a combining tilde
	// or circumflex.
	return s[j-2] == 0xc3 && (s[j-1] == 0x83 || s[j-1] == 0x82) ||
		j >= 3 && s[j-3] == 'A' && s[j-2] == 0xcc && (s[j-1] == 0x83 || s[j-1] == 0x82)
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
// byte.
var asciiClass = func() (cl [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		cl[c] = clsDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		cl[c] = clsLower
		cl[c-'a'+'A'] = clsUpper
	}
	return cl
}()

// asciiFirst gives the case flag of a word starting with an ASCII letter
// or digit.
var asciiFirst = func() (t [utf8.RuneSelf]uint16) {
	for c := '0'; c <= '9'; c++ {
		t[c] = tDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = tLower
		t[c-'a'+'A'] = tCap
	}
	return t
}()

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
//
// When lists is not nil, it gets the indices of the tokens later passes
// start from, so that they need not walk every token, and the hashes of the
// lower-case words the lexicon lacks go into lowers (an open-addressing set,
// see lowerAdd) when that is not nil; it must have more slots than s can
// have words.
func tokenize(s string, toks []token, lowers []uint32, lists *tokLists) []token {
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
	// noFast is where plainWords last stopped: the word there is not plain.
	noFast := -1
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
					if nt > 0 && int(toks[nt-1].end) == i && isAbbrev(&toks[nt-1], s) {
						break // "Mr. Smith", "J. Smith": no sentence end
					}
					sentStart, gapOK = true, false
				case '"':
					inQuote, gapOK = straightQuote(s, i, inQuote), false
				case '\'':
					// Two apostrophes stand for a double mark in some
					// archives' copy (''Q,'' he said): names inside are
					// quoted, as inside “ ”.
					if i+1 < n && s[i+1] == '\'' {
						inQuote, gapOK = twoApostrophes(s, i, inQuote), false
						i += 2
						continue
					}
					gapOK = false
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
		if r < utf8.RuneSelf && i != noFast {
			// Most words are plain and followed by one space: take as many
			// as come in a row in a loop of their own.
			var join, quote uint16
			if gapOK && gapSpace {
				join = tJoin
			}
			if inQuote {
				quote = tInQuote
			}
			if i2, nt2, sent2 := plainWords(s, i, toks, nt, join, quote, sent, sentStart); nt2 > nt {
				i, nt, sent = i2, nt2, sent2
				sentStart = false
				// The last word took the space after it, or stopped
				// before the punctuation after it.
				gapOK, gapSpace = true, s[i-1] == ' '
				noFast = i
				continue
			}
			noFast = i
		}
		start := i
		j := i + size
		var flags uint16
		switch {
		case r < utf8.RuneSelf:
			flags = asciiFirst[r]
		case unicode.IsUpper(r):
			flags = tCap
		case unicode.IsDigit(r):
			flags = tDigit
		default:
			flags = tLower
		}
		// Fast path: most words are ASCII letters and digits, shorter than
		// sixteen bytes and followed by a byte that cannot continue them.
		// One or two loads find the end, lower-case and hash.
		var lex uint32
		var hash uint32
		end := -1
		if r < utf8.RuneSelf && start+8 <= n {
			x := load64(s, start)
			var h, lower, u uint64
			l := -1
			if m := alnumMask(x); m != high8 {
				l = bits.TrailingZeros64(^m&high8) >> 3
				x &= uint64(1)<<(8*uint(l)) - 1
				h = hashChunk(hashSeed, x|bit5x8&(uint64(1)<<(8*uint(l))-1))
				lower = x & (x << 1) & (high8 >> 1)
				u = x & ^(x << 1) & (high8 >> 1)
			} else if start+16 <= n {
				x2 := load64(s, start+8)
				m2 := alnumMask(x2)
				l2 := bits.TrailingZeros64(^m2&high8) >> 3
				if l2 < 8 {
					l = 8 + l2
					mask2 := uint64(1)<<(8*uint(l2)) - 1
					x2 &= mask2
					h = hashChunk(hashSeed, x|bit5x8)
					if l2 > 0 {
						h = hashChunk(h, x2|bit5x8&mask2)
					}
					lower = (x&(x<<1) | x2&(x2<<1)) & (high8 >> 1)
					// The capitals of the second eight bytes one bit
					// lower, so that u has a bit for every capital.
					u = x&^(x<<1)&(high8>>1) | x2&^(x2<<1)&(high8>>1)>>1
				}
			}
			if l >= 0 && endsWord(s, start+l) {
				h = hashEnd(h)
				// lexTable.lookupFold(l, h), inlined by hand.
				si, in := lexTable.home(h)
				sl := &lexTable.slots[si]
				lex = sl.val
				if sl.other(l, h, in) {
					lex = lexTable.probe(l, h, (si+1)&lexMask)
				}
				hash = hash32(h)
				// "BBC", "100MW": no small letter, two or more capitals
				// (bit 6 set, bit 5 clear), first letter not small. No
				// branch: capitals are as good as random.
				flags |= tAllCaps * uint16((1^uint64(flags/tLower&1))&(1^nonZero(lower))&nonZero(u&(u-1)))
				end = start + l
			}
		}
		if end < 0 {
			segLetters := 1
			// A word of ASCII letters and digits only is hashed eight bytes
			// at a time once its end is known; anything else byte by byte.
			pure := r < utf8.RuneSelf
			for j < n {
				c2 := s[j]
				if asciiClass[c2] != 0 {
					// Eight bytes at a time through runs of letters and digits.
					k := 1
					if j+8 <= n {
						if m := alnumMask(load64(s, j)); m == high8 {
							k = 8
						} else {
							k = bits.TrailingZeros64(^m&high8) >> 3
						}
					}
					j += k
					segLetters += k
					continue
				}
				r2, sz2 := rune(c2), 1
				if c2 >= utf8.RuneSelf {
					r2, sz2 = utf8.DecodeRuneInString(s[j:])
				}
				if isWordRune(r2) || mojibakeTail(s, j, r2) {
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
			end = j
			if flags&tLower != 0 && end-start > 4 && s[start+1] == 'l' && s[start+2] == '-' && (s[start] == 'a' || s[start] == 'e') && s[start+3] >= 'A' && s[start+3] <= 'Z' {
				// "al-Ansari", "el-Sisi": the Arabic article before a
				// capitalised name leaves the name capitalised.
				flags = flags&^tLower | tCap
			}
			if pure && end-start <= maxLexWord {
				h, allCaps := pureHash(s, start, end, flags&tLower == 0)
				lex = lexTable.lookupFold(end-start, h)
				hash = hash32(h)
				if allCaps {
					flags |= tAllCaps
				}
			} else if end-start <= maxLexWord {
				allCaps := true
				letters := 0
				for k := start; k < end; k++ {
					b := s[k]
					if b >= 'A' && b <= 'Z' {
						letters++
					} else if b >= 'a' && b <= 'z' {
						allCaps = false
						letters++
					} else if b >= utf8.RuneSelf {
						allCaps = false
					}
				}
				h := foldHash(s[start:end])
				lex = lexTable.lookupFold(end-start, h)
				hash = hash32(h)
				if allCaps && letters >= 2 {
					flags |= tAllCaps
				}
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
		// Field by field: a token literal is built on the stack and
		// copied with wide loads, which stall on its narrow stores.
		tk := &toks[nt]
		tk.start, tk.end, tk.lex, tk.flags, tk.sent, tk.hash = int32(start), int32(end), lex, flags, sent, hash
		nt++
		gapOK, gapSpace = flags&tPoss == 0, false
		i = after
		// Most words are followed by one space: take it here rather than
		// in another turn of the loop.
		if i < n && s[i] == ' ' {
			gapSpace = true
			i++
		}
	}
	toks = toks[:nt]
	if lists != nil {
		lists.fill(toks, lowers)
	}
	return toks
}

// plainWords reads the words from s[i] on, as tokenize would, as long as
// each is ASCII letters and digits, shorter than sixteen bytes and followed
// by one space; a word followed by other ASCII punctuation that ends it is
// the last it reads. It stores them from toks[nt] on and returns where it
// stopped (after the space of the last word, or at the punctuation), the
// new token count and sentence number. s[i] starts a word; join and quote
// are the tJoin and tInQuote flags of that word, sentStart whether it
// opens a sentence; the words after it get tJoin. Its loop holds only what
// such words need, few enough values for the compiler to keep in
// registers, while tokenize's holds every case.
func plainWords(s string, i int, toks []token, nt int, join, quote uint16, sent int32, sentStart bool) (int, int, int32) {
	n := len(s)
	if sentStart {
		join |= tSentStart
		if nt > 0 {
			sent++
		}
	}
	// The flags every word gets from its place: the first word's, then
	// those of the words after it.
	place := join | quote
	// Each value is used up as soon as it can be (the case of the word
	// read right after its bytes, the byte after it folded into the
	// flags), so that few are live at a time: the loop then keeps them in
	// registers.
	for i+8 <= n {
		x := load64(s, i)
		flags := wordFirst[byte(x)] // s[i], with no bounds check
		if flags == 0 {
			break
		}
		var h, x2 uint64 // x2: the word's second eight bytes, if any
		var l int
		var next byte // the byte after the word
		if e := wordEnds(x); e != 0 {
			l = bits.TrailingZeros64(e) >> 3
			next = byte(x >> (8 * uint(l)))
			x &= lowBytes[l&7]
			h = hashFirst(x | bit5x8&lowBytes[l&7])
		} else {
			if i+16 > n {
				break
			}
			x2 = load64(s, i+8)
			e2 := wordEnds(x2)
			if e2 == 0 {
				break
			}
			l2 := bits.TrailingZeros64(e2) >> 3
			l = 8 + l2
			next = byte(x2 >> (8 * uint(l2)))
			x2 &= lowBytes[l2&7]
			h = hashFirst(x | bit5x8)
			if l2 > 0 {
				h = hashChunk(h, x2|bit5x8&lowBytes[l2&7])
			}
		}
		// "BBC", "100MW": no small letter (bits 6 and 5 set; a word that
		// starts with one has one), two or more capitals (bit 6 set, bit 5
		// clear). Nearly every word has a small letter: the capitals are
		// counted for the few that have none.
		if (x&(x<<1)|x2&(x2<<1))&(high8>>1) == 0 {
			// The capitals of the second chunk one bit lower, so that u
			// has a bit for every capital.
			u := x&^(x<<1)&(high8>>1) | x2&^(x2<<1)&(high8>>1)>>1
			if u&(u-1) != 0 {
				flags |= tAllCaps
			}
		}
		// What follows the word: a space goes on; other ASCII
		// punctuation that ends the word ends the loop with it; a hyphen,
		// full stop or apostrophe that may join it to more ("al-Assad",
		// "U.S", "O'Brien"), or a byte of a wider rune, is left to
		// tokenize before the word.
		switch next {
		case ' ':
		case ',':
			flags |= tCommaAfter
		case '.':
			if !endsWord(s, i+l) {
				return i, nt, sent
			}
			flags |= tDotAfter
		case '-', '\'':
			return i, nt, sent
		default:
			if next >= utf8.RuneSelf {
				return i, nt, sent
			}
		}
		h = hashEnd(h)
		// lexTable.lookupFold(l, h), inlined by hand.
		si, in := lexTable.home(h)
		sl := &lexTable.slots[si]
		lex := sl.val
		if sl.other(l, h, in) {
			lex = lexTable.probe(l, h, (si+1)&lexMask)
		}
		tk := &toks[nt]
		tk.start, tk.end, tk.lex, tk.flags, tk.sent, tk.hash = int32(i), int32(i+l), lex, flags|place, sent, hash32(h)
		nt++
		place = place&tInQuote | tJoin
		if next != ' ' {
			return i + l, nt, sent
		}
		i += l + 1
	}
	return i, nt, sent
}

// wordFirst gives the case flag of a word starting with an ASCII letter
// or digit, 0 for any other byte.
var wordFirst = func() (t [256]uint16) {
	copy(t[:], asciiFirst[:])
	return t
}()

// endsWord reports whether the run of ASCII letters and digits that ends
// at j (j < len(s)) ends the word there: the byte at j is ASCII and no
// word character follows a hyphen, full stop or apostrophe there, which
// would join the two ("al-Assad", "U.S", "O'Brien", "Smith's").
func endsWord(s string, j int) bool {
	switch c := s[j]; {
	case c >= utf8.RuneSelf:
		return false
	case c == '-' || c == '.' || c == '\'':
		return j+1 >= len(s) || s[j+1] < utf8.RuneSelf && !asciiWord[s[j+1]]
	}
	return true
}

// fill lists the tokens of interest in one tight pass after the
// tokeniser, whose loop has enough to keep in registers. The lists are
// filled without branches (an index that moves on or not), as whether a
// word is capitalised, a determiner or unknown is as good as random to the
// branch predictor. The hashes of the lower-case words the lexicon lacks
// are listed, and go into lowers, when lowers is not nil; otherwise
// fillLow lists them when they are first needed (some texts never ask).
func (l *tokLists) fill(toks []token, lowers []uint32) {
	caps, trig := resize(l.caps, len(toks)), resize(l.trig, len(toks))
	nc, nr := fillLists(toks, caps, trig)
	l.caps, l.trig, l.low = caps[:nc], trig[:nr], l.low[:0]
	if lowers != nil {
		l.fillLow(toks)
		for _, h := range l.low {
			lowerAdd(lowers, h)
		}
	}
}

// fillLists is fill's loop, on its own so that its few values stay in
// registers; it returns the lengths of the lists. caps and trig have
// len(toks) elements.
func fillLists(toks []token, caps, trig []int32) (nc, nr int) {
	for i := range toks {
		t := &toks[i]
		caps[nc] = int32(i)
		nc += int(t.flags & tCap)
		trig[nr] = int32(i)
		nr += b2i(t.lex&trigClasses != 0)
	}
	return nc, nr
}

// fillLow lists the hashes of the lower-case words the lexicon lacks in
// l.low.
func (l *tokLists) fillLow(toks []token) {
	low := resize(l.low, len(toks))
	nl := 0
	for _, t := range toks {
		low[nl] = t.hash
		// Lower case (tLower, one bit) and unknown to the lexicon, with
		// a hash (0 for a word too long to have one).
		nl += int(t.flags/tLower&1) & b2i(t.lex == 0 && t.hash != 0)
	}
	l.low = low[:nl]
}

// b2i is 1 for true and 0 for false; the compiler makes it a flag set,
// with no branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tokLists indexes the tokens that start a capitalised run (caps) and
// those that can start a description, an unnamed source or a pronoun
// mention (trig), and holds the hashes of the lower-case words the
// lexicon lacks (low, once fillLow has listed them).
type tokLists struct {
	caps, trig []int32
	low        []uint32
}

// resize returns buf with length n, reusing its storage; the elements are
// not cleared.
func resize[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// trigClasses are the classes of the words in tokLists.trig.
const trigClasses = lexDefDet | lexIndefDet | lexUnnamedPl | lexPronM | lexPronF

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// dottedInitials reports whether w is two or three capital initials with
// full stops between them, the last one's left out: "J.R" of "J.R. Smith".
func dottedInitials(w string) bool {
	if len(w) != 3 && len(w) != 5 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && (w[k] < 'A' || w[k] > 'Z') || k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	return true
}

// placeInitials reports whether dotted initials name a country, a body or
// a city rather than a person: "U.S", "U.N", "D.C".
func placeInitials(w string) bool {
	switch w {
	case "U.S", "U.K", "U.N", "E.U", "D.C", "L.A", "N.Y", "S.C", "N.C", "N.H", "N.J", "U.S.A":
		return true
	}
	return false
}

// isAbbrev reports whether a full stop after t does not end the sentence:
// an initial ("J."), a courtesy title ("Mr."), a short title ("Sen.").
func isAbbrev(t *token, s string) bool {
	if t.flags&tCap == 0 {
		// Most full stops follow a word in lower case or a number: of
		// the tests below only a courtesy title's class can hold, as
		// initials and the short titles start with an ASCII capital.
		return t.lex&lexHonorific != 0
	}
	w := s[t.start:t.end]
	if len(w) == 1 && t.is(tCap) || dottedInitials(w) && !placeInitials(w) {
		return true
	}
	if t.lex&lexHonorific != 0 {
		return true
	}
	switch w {
	case "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "St", "Jr", "Sr", "Prof", "Supt", "Insp", "Det", "Cllr", "Adm", "Maj", "Brig", "Cdr", "Cmdr", "Cpl", "Pres", "Hon", "Ft", "Mt", "Rev", "U.S", "U.K", "U.N", "D.C", "No":
		return true
	}
	return dottedInitials(w)
}

// straightQuote is whether the text after the straight double mark at
// s[i] is quoted, given whether the text before it was: a mark after a
// space and before a word opens, a mark after a word or punctuation and
// before a space or punctuation closes, any other turns. Copy whose
// paragraphs were run together reopens a quotation without closing the
// one before ("... he said. "We won. "Next year we go up." Smith
// added"): a plain turn would read the second opening mark as a close
// and leave the narrative after the last close in quotes.
func straightQuote(s string, i int, in bool) bool {
	spaceBefore := i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t' || s[i-1] == '(' || s[i-1] == '['
	wordAfter := i+1 < len(s) && (isWordByte(s[i+1]) || s[i+1] >= utf8.RuneSelf || s[i+1] == '\'' || s[i+1] == '[' || s[i+1] == '.')
	switch {
	case spaceBefore && wordAfter:
		return true
	case !spaceBefore && !wordAfter && in:
		return false
	}
	// A closing mark with no quotation open, or a mark of no clear
	// direction, turns as before: the copy has lost a mark, and which one
	// is anyone's guess.
	return !in
}

// twoApostrophes is straightQuote for the two apostrophes at s[i:i+2]
// that stand for a double mark.
func twoApostrophes(s string, i int, in bool) bool {
	spaceBefore := i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t' || s[i-1] == '(' || s[i-1] == '['
	wordAfter := i+2 < len(s) && (isWordByte(s[i+2]) || s[i+2] >= utf8.RuneSelf || s[i+2] == '[' || s[i+2] == '.')
	switch {
	case spaceBefore && wordAfter:
		return true
	case !spaceBefore && !wordAfter && in:
		return false
	}
	return !in
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
