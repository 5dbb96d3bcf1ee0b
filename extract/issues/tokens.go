package issues

import (
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or clause punctuation of one sentence, with absolute
// byte offsets (a possessive ending is cut off). It holds no pointer and
// packs into 32 bytes, so a sentence's tokens cost the garbage collector
// nothing and copy cheaply.
type token struct {
	start, end int32
	h          uint64 // hash of the stemmed word, 0 until needed
	stemLen    int32
	lex        lexEntry // what the tables say about w
	p          byte     // punctuation: ',' ';' 'D' (a dash), 'q' (a quote mark) or '.' (any other); 0 for a word
	capital    bool
	possessive bool // "China's": ends a phrase
	punct      bool
	plain      bool // punctuation, or a word no content run holds (see plainWord)
	org        bool // inside an organisation mention ("the EU", "CNN")
}

// lexEntry is everything the tables know about a lower-case word, so a
// token costs one look-up: a contention weight and a set of lexFlags.
type lexEntry struct {
	cue uint8 // contention weight
	f   lexFlags
}

// lexFlags are the word classes of a lexEntry.
type lexFlags uint16

const (
	lxGeneric lexFlags = 1 << iota // no topic of its own
	lxTopical                      // a cue that also names a topic
	lxNounEd                       // a noun or adjective in "-ed"
	lxCaseW                        // a case noun or verb: "trial", "detention", "jailed"
	lxCaseN                        // a case noun alone
	lxConj                         // "and", "or", "but", "while": may open a second phrase
	lxDet                          // a determiner or possessive that opens a noun phrase
	lxAnd                          // "and"
	lxWho                          // "who"
	lxOfLike                       // "of", "against", "for": a case noun's object follows
	lxStop                         // a function word or common verb: no part of a noun phrase
	lxPrep                         // a preposition that joins a noun phrase to its object: "visit by", "row over"
	lxAct                          // one of actWords, in the tokeniser's table alone (see tokenLexicon)
	lxInquiry                      // one of inquiryWords (keep.go), in the tokeniser's table alone
	lxOppose                       // one of opposeWords (keep.go), likewise
	lxDivide                       // one of divisiveWords (keep.go), likewise
)

// lxNamed are the flags of the named threads' trigger words (see namedThreads).
const lxNamed = lxInquiry | lxOppose | lxDivide

func (e lexEntry) generic() bool { return e.f&lxGeneric != 0 }
func (e lexEntry) topical() bool { return e.f&lxTopical != 0 }
func (e lexEntry) nounEd() bool  { return e.f&lxNounEd != 0 }
func (e lexEntry) caseW() bool   { return e.f&lxCaseW != 0 }
func (e lexEntry) caseN() bool   { return e.f&lxCaseN != 0 }
func (e lexEntry) conj() bool    { return e.f&lxConj != 0 }
func (e lexEntry) det() bool     { return e.f&lxDet != 0 }
func (e lexEntry) and() bool     { return e.f&lxAnd != 0 }
func (e lexEntry) who() bool     { return e.f&lxWho != 0 }
func (e lexEntry) ofLike() bool  { return e.f&lxOfLike != 0 }
func (e lexEntry) stop() bool    { return e.f&lxStop != 0 }
func (e lexEntry) prep() bool    { return e.f&lxPrep != 0 }

// tokenize splits s (at byte offset base of the article) into words and
// punctuation, appending to buf.
func tokenize(s string, base int, buf []token) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		if wordEnd[c]&weSpace != 0 {
			i++
			continue
		}
		if byteClass[c] != 0 {
			// Most words are ASCII letters and digits ended by a space
			// or a plain punctuation mark: their end is found in the
			// first eight bytes, loaded at once, which also give their
			// hash (see hashShort).
			var x uint64
			j := i + 1
			if i+8 <= len(s) {
				x = load64(s, i)
				if nz := ^alnum8(x) & hi8; nz != 0 {
					k := bits.TrailingZeros64(nz) >> 3
					j = i + k
					// The byte that ends the word is in x too.
					if wordEnd[byte(x>>(8*uint(k)&63))]&weMore == 0 {
						asciiWord(next(&buf), s[i:j], base+i, x, c)
						i = j
						if s[i] == ' ' {
							i++ // the space after a word, spared a turn of the loop
						}
						continue
					}
				} else {
					j = i + 8
					for j < len(s) && byteClass[s[j]] != 0 {
						j++
					}
				}
			} else {
				for j < len(s) && byteClass[s[j]] != 0 {
					j++
				}
				x = loadTail(s[i:j])
			}
			if j < len(s) && wordEnd[s[j]]&weMore != 0 && !plainEnd(s, j) {
				// An apostrophe, hyphen, dot or percent sign inside or
				// after the word, or a letter outside ASCII: readWord
				// goes on from the ASCII run read here.
				i = readWord(s, i, j, base, next(&buf))
				continue
			}
			asciiWord(next(&buf), s[i:j], base+i, x, c)
			i = j
			if i < len(s) && s[i] == ' ' {
				i++ // the space after a word, spared a turn of the loop
			}
			continue
		}
		if c >= utf8.RuneSelf && isLetterAt(s, i) {
			i = readWord(s, i, i, base, next(&buf))
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

// roomFor returns buf with room for the tokens of s when s is long: growing
// the buffer by appends left several times its final size to the collector
// (5 MB of bare quote marks, a token each, took ~900 MB). Apart from
// tokenize, whose loop is tuned without it.
func roomFor(buf []token, s string) []token {
	if len(s) > longSentence {
		buf = slices.Grow(buf, tokenBound(s))
	}
	return buf
}

// longSentence is the length from which tokenize sizes its buffer
// first: a sentence of news copy is far shorter.
const longSentence = 1 << 12

// tokenBound is at least the number of tokens tokenize makes of s: every
// token starts at a byte that is neither white space nor an ASCII letter
// or digit, or at one of these after a byte that is none.
func tokenBound(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		w := byteClass[c] != 0
		if !w && wordEnd[c]&weSpace == 0 || w && !inWord {
			n++
		}
		inWord = w
	}
	return n
}

// plainEnd reports whether the byte s[j], which may continue a word
// (see wordEnd), ends the ASCII word before it instead, as readWord has
// it: an apostrophe, hyphen or dot followed by no ASCII letter or digit.
func plainEnd(s string, j int) bool {
	switch s[j] {
	case '\'', '-', '.':
		return j+1 == len(s) || !isASCIIWord(s[j+1])
	}
	return false
}

// asciiWord writes into *t the token of word, ASCII letters and digits
// at byte offset start of the article, opening with c; x holds its first
// eight bytes (little-endian; those past a shorter word are any): readWord's
// answer for such a word.
func asciiWord(t *token, word string, start int, x uint64, c byte) {
	n := len(word)
	// The last three bytes (zero before a shorter word: no test below
	// reads them then), off the word's last eight, x's for a short word
	// moved to the top, rather than three bounds-checked loads. The
	// plural and participle tests are settled by arithmetic rather than
	// by jumps, which the words' endings would send one way or the other
	// as unpredictably as a coin.
	var tail uint64
	if n <= 8 {
		tail = x << ((64 - 8*uint(n)) & 63)
	} else {
		tail = load64(word, n-8)
	}
	last, prev, prev2 := byte(tail>>56), byte(tail>>48), byte(tail>>40)
	lp := prev | 0x20
	plural := bit(n > 3) & bit(last|0x20 == 's') & bit(lp != 's') & bit(lp != 'u') & bit(lp != 'i')
	ies := plural & bit(n > 4) & bit(prev2|0x20 == 'i') & bit(lp == 'e')
	// The word's hash, for the look-up, and its stem's (see appendStem):
	// the word's own, or for a plural its singular's, "rights" → "right",
	// "parties" → "party".
	var h, sh uint64
	stemLen := n - int(plural) - int(ies)
	if n <= 8 {
		v := (x | fold8) & lowBytes(n)
		h = hashShort(v, n)
		sh = h
		if plural != 0 {
			// The stem's bytes: the word's, cut to stemLen, and for
			// "-ies" a "y" after the first n-3.
			y := -uint64(ies)
			sv := v&lowBytes(stemLen)&^y | (v&lowBytes(n-3)|uint64('y')<<(8*uint(n-3)&63))&y
			sh = hashShort(sv, stemLen)
		}
	} else {
		h = hashFold(word)
		switch {
		case ies != 0:
			sh = hashFoldY(word[:n-3])
		case plural != 0:
			sh = hashFold(word[:n-1])
		default:
			sh = h
		}
	}
	var lex lexEntry
	if n <= maxLexLen {
		if lexDirectOK {
			lex = lexDirectTable.entry(h) // lexTable.get(h).e, without a branch on it
		} else if sl := lexTable.get(h); sl != nil {
			lex = sl.e
		}
	}
	capital := c >= 'A' && c <= 'Z'
	t.start, t.end = int32(start), int32(start+n)
	t.h, t.stemLen = sh|1, int32(stemLen)
	t.lex = lex
	t.p = 0
	t.capital, t.possessive, t.punct, t.org = capital, false, false, false
	// plainWord, written out; the participle test, a call, only for a
	// lower-case word ending in "ed". The lexicon's answer comes last:
	// the byte tests are settled long before the look-up's loads are in,
	// and a jump on the answer would wait for them.
	plain := bit(n < 2) | bit(c <= '9')
	if bit(!capital)&bit(n > 4)&bit(last == 'd')&bit(prev == 'e') != 0 {
		plain |= bit(participle(lex, capital, word))
	}
	t.plain = plain != 0 || lex.generic()
}

// bit is 1 for true and 0 for false: tests and-ed and or-ed as bits
// compile to arithmetic, where && and || compile to jumps.
func bit(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// readWord reads the word starting at s[i] (a letter or digit) into *t
// and returns where it ends; the caller has read its first ASCII run,
// s[i:j] (empty when it opens with a letter outside ASCII). Apart from
// tokenize's loop, so that neither holds the other's state in registers.
func readWord(s string, i, j int, base int, t *token) int {
	c := s[i]
	// The letters are read by asciiRun, apart: in this big loop the
	// compiler spills its state at every byte.
	apos, ascii := false, true
	for j < len(s) {
		c := s[j]
		// Most words end at a space or a plain punctuation mark.
		if wordEnd[c]&weMore == 0 {
			break
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
				j += size
				apos = true
				ascii = false
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				ascii = false
				j += size
			} else {
				break
			}
		} else if j+1 < len(s) && isASCIIWord(s[j+1]) {
			apos = apos || c == '\''
			j++
		} else {
			if c == '%' {
				j++
			}
			break
		}
		j = asciiRun(s, j)
	}
	word := s[i:j]
	var h uint64
	if ascii {
		// The lower-cased word's hash, for the lexicon look-up: ' - . %
		// have the 0x20 bit set already, so hashFold takes them as they
		// are.
		h = hashFold(word)
	}
	capital := c >= 'A' && c <= 'Z'
	if c >= utf8.RuneSelf {
		r0, _ := utf8.DecodeRuneInString(word)
		capital = unicode.IsUpper(r0)
	}
	tStart, tEnd, possessive := int32(base+i), int32(base+j), false
	var lex lexEntry
	var sh uint64
	var stemLen int32
	if !apos {
		if ascii {
			// The lexicon holds ASCII words only; the hash decides.
			if len(word) <= maxLexLen {
				if sl := lexTable.get(h); sl != nil {
					lex = sl.e
				}
			}
			// The stem hash (see appendStem): the word's own hash, or
			// for a plural that of its singular, "rights" → "right",
			// "parties" → "party", hashed again (fewer words than bytes).
			n := len(word)
			sh = h
			if n > 3 && word[n-1]|0x20 == 's' {
				if p := lowerByte(word[n-2]); p != 's' && p != 'u' && p != 'i' {
					if n > 4 && lowerByte(word[n-3]) == 'i' && p == 'e' {
						sh, n = hashFoldY(word[:n-3]), n-2
					} else {
						sh, n = hashFold(word[:n-1]), n-1
					}
				}
			}
			sh, stemLen = sh|1, int32(n)
		}
	} else {
		w := word
		if ascii && len(w) <= maxLexLen {
			// A known capitalised word takes its lower-case form.
			if sl := lexTable.get(h); sl != nil {
				lex = sl.e
				if hasUpperASCII(word) {
					w = lexTable.keys[sl.key]
				}
			}
		}
		if p := trimPossessive(w); p != w {
			w, possessive = p, true
			tEnd = int32(base + i + len(trimPossessive(word)))
			lex = lexLookup(w)
		}
	}
	// The token is written in place, field by field: a token built
	// apart and copied in costs more than all the rest of it.
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
	return j
}

// asciiRun returns where the ASCII letters and digits of s from j end.
//
//go:noinline
func asciiRun(s string, j int) int {
	for j < len(s) && byteClass[s[j]] != 0 {
		j++
	}
	return j
}

// hasUpperASCII reports an upper-case ASCII letter in w.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if byteClass[w[i]] == clUpper {
			return true
		}
	}
	return false
}

// wordEnd classifies the bytes that are no ASCII letter or digit, for
// tokenize: weSpace for the white space between tokens, weMore for a byte
// that may continue a word (an apostrophe, hyphen, dot or percent sign
// before a letter, or the start of a multi-byte letter).
var wordEnd = func() (t [256]uint8) {
	for _, c := range []byte{' ', '\t', '\n', '\r'} {
		t[c] = weSpace
	}
	for _, c := range []byte{'\'', '-', '.', '%'} {
		t[c] = weMore
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = weMore
	}
	return t
}()

const (
	weSpace = 1
	weMore  = 2
)

// plainWord reports whether a word with lexicon entry lex, written w (its
// possessive cut off), ends a content run: a generic word, a number, a single letter or
// a participle. Worked out once per token rather than at every run the
// segmenter reads; tokenize writes it out inline, and the fast-path test
// holds the two equal.
func plainWord(lex lexEntry, capital bool, w string) bool {
	return lex.generic() || isNumeric(w) || len(w) < 2 || participle(lex, capital, w)
}

// next extends *buf by one token and returns it, to be written in place.
func next(buf *[]token) *token {
	n := len(*buf)
	if n == cap(*buf) {
		*buf = append(*buf, token{})
	} else {
		*buf = (*buf)[:n+1]
	}
	return &(*buf)[n]
}

// lexLookup is the lexicon entry of w as written (a capitalised word that
// only lost its possessive is no lexicon word: "Next's shares").
func lexLookup(w string) lexEntry {
	h := whWord(w, 0)
	if sl := lexTable.get(h); sl != nil {
		return sl.e
	}
	return lexEntry{}
}

// hashTable is an immutable open-addressing table from the word hash of
// a lower-case word to its lexicon entry: one probe where a Go map would
// hash the string again. The probed hashes sit apart from the entries so
// that they stay in cache. Collisions of 64-bit hashes between the lexicon
// and a word of the text are vanishingly rare.
type hashTable struct {
	bits  [1 << lexBitsLog / 64]uint64 // a bit per hash prefix: a miss costs one cached load
	slots []lexSlot
	keys  []string // by lexSlot.key
	mask  uint64
}

// lexSlot holds a word's hash with its entry, so that a hit reads one
// cache line.
type lexSlot struct {
	h   uint64 // 0: empty
	e   lexEntry
	key uint16 // index into keys
}

// get returns the slot of h, or nil when h is no lexicon word. The key
// string is left to the caller: only a capitalised word needs it.
func (t *hashTable) get(h uint64) *lexSlot {
	if t.bits[h>>(64-lexBitsLog)>>6]&(1<<(h>>(64-lexBitsLog)&63)) == 0 {
		return nil // most words of the text are in no table
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		switch sl.h {
		case h:
			return sl
		case 0:
			return nil
		}
	}
}

func buildTable(lex map[string]lexEntry) hashTable {
	n := 1
	for n < 2*len(lex) {
		n <<= 1
	}
	t := hashTable{slots: make([]lexSlot, n), mask: uint64(n - 1)}
	for w, e := range lex {
		h := whWord(w, 0)
		i := h & t.mask
		for t.slots[i].h != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{h: h, e: e, key: uint16(len(t.keys))}
		t.keys = append(t.keys, w)
		t.bits[h>>(64-lexBitsLog)>>6] |= 1 << (h >> (64 - lexBitsLog) & 63)
	}
	return t
}

var lexTable = buildTable(tokenLexicon())

// tokenLexicon is the table the tokeniser looks words up in: lexicon, and
// actWords (frame.go) flagged lxAct, each also with the percent sign
// readWord keeps on a word ("close%", which splitWords trims off), so
// that a sentence's tokens tell whether readAct may find an act in it.
// lexicon itself stays without them: its readers ask whether a word is
// in it at all.
func tokenLexicon() map[string]lexEntry {
	lex := maps.Clone(lexicon)
	for _, w := range actWords {
		for _, v := range []string{w, w + "%"} {
			e := lex[v]
			e.f |= lxAct
			lex[v] = e
		}
	}
	for _, g := range []struct {
		words []string
		f     lexFlags
	}{{inquiryWords, lxInquiry}, {opposeWords, lxOppose}, {divisiveWords, lxDivide}} {
		for _, w := range g.words {
			e := lex[w]
			e.f |= g.f
			lex[w] = e
		}
	}
	return lex
}

// lexBitsLog sizes hashTable.bits: 2^14 bits, 2 KB, for about a thousand words.
const lexBitsLog = 14

// maxLexLen is the longest word in the tokeniser's table: longer words
// skip the look-up.
var maxLexLen = func() int {
	n := 0
	for _, w := range lexTable.keys {
		n = max(n, len(w))
	}
	return n
}()

// lexicon joins the word tables; lexKeys maps each word to itself, so a
// lower-cased look-up yields a string without allocating.
var lexicon = buildLexicon()

func buildLexicon() map[string]lexEntry {
	lex := map[string]lexEntry{}
	for w := range generic {
		e := lex[w]
		e.f |= lxGeneric
		lex[w] = e
	}
	for w, c := range cueWeights {
		e := lex[w]
		e.cue = uint8(c)
		lex[w] = e
	}
	for w := range topicalCues {
		e := lex[w]
		e.f |= lxTopical
		lex[w] = e
	}
	for _, w := range []string{"and", "or", "but", "while"} {
		e := lex[w]
		e.f |= lxConj
		lex[w] = e
	}
	for _, w := range []string{"and", "who", "of", "against", "for"} {
		e := lex[w]
		switch w {
		case "and":
			e.f |= lxAnd
		case "who":
			e.f |= lxWho
		default:
			e.f |= lxOfLike
		}
		lex[w] = e
	}
	for _, w := range slices.Concat(functionWords, commonVerbs, stopExtra) {
		if !phraseNouns[w] {
			e := lex[w]
			e.f |= lxStop
			lex[w] = e
		}
	}
	for _, w := range []string{"of", "on", "over", "for", "from", "by", "to", "in", "against", "with", "into", "about"} {
		e := lex[w]
		e.f |= lxPrep
		lex[w] = e
	}
	for _, w := range []string{"its", "their", "his", "her", "the", "a", "an", "this", "that", "these", "those", "our", "your", "my"} {
		e := lex[w]
		e.f |= lxDet
		lex[w] = e
	}
	for w := range caseNouns {
		e := lex[w]
		e.f |= lxCaseW | lxCaseN
		lex[w] = e
	}
	for w := range caseVerbs {
		e := lex[w]
		e.f |= lxCaseW
		lex[w] = e
	}
	for w := range nounsInEd {
		e := lex[w]
		e.f |= lxNounEd
		lex[w] = e
	}
	return lex
}

// byteClass classifies the bytes of ASCII words: clLower for a lower-case
// letter or digit, clUpper for an upper-case letter, 0 for anything else.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = clUpper
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = clLower
		}
	}
	return t
}()

const (
	clLower = 1
	clUpper = 2
)

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func trimPossessive(w string) string {
	switch {
	case strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "'S"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "’s"):
		return w[:len(w)-len("’s")]
	}
	return w
}

// stem folds the plural of a lower-case word: "rights" → "right",
// "sanctions" → "sanction", leaving "us", "glass" and short words alone.
func stem(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		if strings.HasSuffix(w, "ies") && len(w) > 4 {
			return w[:len(w)-3] + "y"
		}
		return w[:len(w)-1]
	}
	return w
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
