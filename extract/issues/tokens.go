package issues

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or clause punctuation of one sentence, with absolute
// byte offsets; w is lower-cased and without a possessive ending.
type token struct {
	start, end int
	w          string
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
	cue     float32 // contention weight
	generic bool    // no topic of its own
	topical bool    // a cue that also names a topic
	nounEd  bool    // a noun or adjective in "-ed"
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
			upper, apos := false, false
			for j < len(s) {
				c := s[j]
				if isASCIIWord(c) {
					upper = upper || c >= 'A' && c <= 'Z'
					j++
					continue
				}
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(s[j:])
					if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
						j += size
						apos = true
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						upper = upper || unicode.IsUpper(r)
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
			capital := c >= 'A' && c <= 'Z'
			if c >= utf8.RuneSelf {
				r0, _ := utf8.DecodeRuneInString(word)
				capital = unicode.IsUpper(r0)
			}
			t := token{start: base + i, end: base + j, capital: capital}
			w := word
			var lex lexEntry
			if upper {
				w, lex = lowerKnown(word)
			} else if len(w) <= maxLexLen {
				lex = lexicon[w]
			}
			if apos {
				if p := trimPossessive(w); p != w {
					w, t.possessive = p, true
					t.end = base + i + len(trimPossessive(word))
					lex = lexicon[w]
				}
			}
			t.w, t.lex = w, lex
			buf = append(buf, t)
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch r {
		case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '?', '!', '‘':
			buf = append(buf, token{start: base + i, end: base + i + size, w: s[i : i+size], punct: true})
		case '-':
			if i+1 < len(s) && s[i+1] == '-' {
				buf = append(buf, token{start: base + i, end: base + i + 2, w: "—", punct: true})
				size = 2
			}
		}
		i += size
	}
	return buf
}

// lowerKnown lower-cases w without allocating when the lexicon holds the
// lower-case form ("The", "Allegations"); other capitalised words stay as
// written, since only the tables compare them.
func lowerKnown(w string) (string, lexEntry) {
	if len(w) > 24 {
		return w, lexEntry{}
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if k, ok := lexKeys[string(buf[:len(w)])]; ok {
		return k, lexicon[k]
	}
	return w, lexEntry{}
}

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
var lexicon, lexKeys = buildLexicon()

func buildLexicon() (map[string]lexEntry, map[string]string) {
	lex := map[string]lexEntry{}
	for w := range generic {
		e := lex[w]
		e.generic = true
		lex[w] = e
	}
	for w, c := range cueWeights {
		e := lex[w]
		e.cue = float32(c)
		lex[w] = e
	}
	for w := range topicalCues {
		e := lex[w]
		e.topical = true
		lex[w] = e
	}
	for w := range nounsInEd {
		e := lex[w]
		e.nounEd = true
		lex[w] = e
	}
	keys := make(map[string]string, len(lex))
	for w := range lex {
		keys[w] = w
	}
	return lex, keys
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
