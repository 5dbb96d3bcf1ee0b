package issues

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or clause punctuation of one sentence, with absolute
// byte offsets (a possessive ending is cut off). It holds no pointer, so a
// sentence's tokens cost the garbage collector nothing.
type token struct {
	start, end int
	p          byte // punctuation: ',' ';' 'D' (a dash) or '.' (any other); 0 for a word
	capital    bool
	possessive bool // "China's": ends a phrase
	punct      bool
	org        bool   // inside an organisation mention ("the EU", "CNN")
	h          uint64 // hash of the stemmed word, 0 until needed
	stemLen    int32
	lex        lexEntry // what the tables say about w
}

// lexEntry is everything the tables know about a lower-case word, so a
// token costs one map lookup.
type lexEntry struct {
	cue     uint8 // contention weight
	generic bool  // no topic of its own
	topical bool  // a cue that also names a topic
	nounEd  bool  // a noun or adjective in "-ed"
	caseW   bool  // a case noun or verb: "trial", "detention", "jailed"
	caseN   bool  // a case noun alone
	conj    bool  // "and", "or", "but", "while": may open a second phrase
	det     bool  // a determiner or possessive that opens a noun phrase
	and     bool  // "and"
	who     bool  // "who"
	ofLike  bool  // "of", "against", "for": a case noun's object follows
}

// tokenize splits s (at byte offset base of the article) into words and
// punctuation, appending to buf.
func tokenize(s string, base int, buf []token) []token {
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
			// h is the FNV-1a hash of the lower-cased word, built as it is
			// read, for the lexicon look-up.
			h := uint64(fnvOffset)
			var h1, h2, h3 uint64 // the hash one, two and three bytes back
			for j < len(s) {
				c := s[j]
				if isASCIIWord(c) {
					if c >= 'A' && c <= 'Z' {
						upper = true
						c += 'a' - 'A'
					}
					h3, h2, h1 = h2, h1, h
					h = (h ^ uint64(c)) * fnvPrime
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
					h3, h2, h1 = h2, h1, h
					h = (h ^ uint64(c)) * fnvPrime
					j++
					continue
				}
				if c == '%' {
					h3, h2, h1 = h2, h1, h
					h = (h ^ uint64(c)) * fnvPrime
					j++
				}
				break
			}
			word := s[i:j]
			capital := c >= 'A' && c <= 'Z'
			if c >= utf8.RuneSelf {
				r0, _ := utf8.DecodeRuneInString(word)
				capital = unicode.IsUpper(r0)
			}
			t := token{start: base + i, end: base + j, capital: capital}
			w := word
			var lex lexEntry
			if ascii && len(w) <= maxLexLen {
				// The lexicon holds ASCII words only; the hash decides, and
				// a known capitalised word takes its lower-case form.
				if e, k, ok := lexTable.get(h); ok {
					lex = e
					if upper {
						w = k
					}
				}
			}
			if apos {
				if p := trimPossessive(w); p != w {
					w, t.possessive = p, true
					t.end = base + i + len(trimPossessive(word))
					lex = lexLookup(w)
				}
			}
			if ascii && !apos {
				// The stem hash (see appendStem) from the running hashes:
				// "rights" → "right", "parties" → "party".
				sh, n := h, len(word)
				if n > 3 && lowerByte(word[n-1]) == 's' {
					if p := lowerByte(word[n-2]); p != 's' && p != 'u' && p != 'i' {
						if n > 4 && lowerByte(word[n-3]) == 'i' && p == 'e' {
							sh, n = (h3^uint64('y'))*fnvPrime, n-2
						} else {
							sh, n = h1, n-1
						}
					}
				}
				t.h, t.stemLen = sh|1, int32(n)
			}
			t.lex = lex
			buf = append(buf, t)
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch r {
		case ',', ';':
			buf = append(buf, token{start: base + i, end: base + i + size, p: byte(r), punct: true})
		case '—':
			buf = append(buf, token{start: base + i, end: base + i + size, p: 'D', punct: true})
		case ':', '(', ')', '–', '"', '“', '”', '?', '!', '‘':
			buf = append(buf, token{start: base + i, end: base + i + size, p: '.', punct: true})
		case '-':
			if i+1 < len(s) && s[i+1] == '-' {
				buf = append(buf, token{start: base + i, end: base + i + 2, p: 'D', punct: true})
				size = 2
			}
		}
		i += size
	}
	return buf
}

// lexLookup is the lexicon entry of w as written (a capitalised word that
// only lost its possessive is no lexicon word: "Next's shares").
func lexLookup(w string) lexEntry {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	e, _, _ := lexTable.get(h)
	return e
}

// hashTable is an immutable open-addressing table from the FNV-1a hash of
// a lower-case word to its lexicon entry: one probe where a Go map would
// hash the string again. The probed hashes sit apart from the entries so
// that they stay in cache. Collisions of 64-bit hashes between the lexicon
// and a word of the text are vanishingly rare.
type hashTable struct {
	hashes  []uint64 // 0: empty
	index   []uint16 // entry of each slot
	entries []hashEntry
	mask    uint64
}

type hashEntry struct {
	key string
	e   lexEntry
}

func (t *hashTable) get(h uint64) (lexEntry, string, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case h:
			e := &t.entries[t.index[i]]
			return e.e, e.key, true
		case 0:
			return lexEntry{}, "", false
		}
	}
}

func buildTable(lex map[string]lexEntry) hashTable {
	n := 1
	for n < 2*len(lex) {
		n <<= 1
	}
	t := hashTable{hashes: make([]uint64, n), index: make([]uint16, n), mask: uint64(n - 1)}
	for w, e := range lex {
		h := fnv([]byte(w))
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.index[i] = h, uint16(len(t.entries))
		t.entries = append(t.entries, hashEntry{key: w, e: e})
	}
	return t
}

var lexTable = buildTable(lexicon)

// maxLexLen is the longest word in the lexicon: longer words skip the look-up.
var maxLexLen = func() int {
	n := 0
	for w := range lexicon {
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
		e.generic = true
		lex[w] = e
	}
	for w, c := range cueWeights {
		e := lex[w]
		e.cue = uint8(c)
		lex[w] = e
	}
	for w := range topicalCues {
		e := lex[w]
		e.topical = true
		lex[w] = e
	}
	for _, w := range []string{"and", "or", "but", "while"} {
		e := lex[w]
		e.conj = true
		lex[w] = e
	}
	for _, w := range []string{"and", "who", "of", "against", "for"} {
		e := lex[w]
		e.and, e.who, e.ofLike = w == "and", w == "who", w != "and" && w != "who"
		lex[w] = e
	}
	for _, w := range []string{"its", "their", "his", "her", "the", "a", "an", "this", "that", "these", "those"} {
		e := lex[w]
		e.det = true
		lex[w] = e
	}
	for w := range caseNouns {
		e := lex[w]
		e.caseW, e.caseN = true, true
		lex[w] = e
	}
	for w := range caseVerbs {
		e := lex[w]
		e.caseW = true
		lex[w] = e
	}
	for w := range nounsInEd {
		e := lex[w]
		e.nounEd = true
		lex[w] = e
	}
	return lex
}

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
