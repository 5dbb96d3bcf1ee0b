package trips

import (
	"unicode"
	"unicode/utf8"
)

// mayHaveCue is hasCue without building tokens: it walks the words of s
// as tokenize would and reports whether one is a cue. Most sentences have
// none, so this spares the tokenizer on the bulk of an article. It must
// agree with hasCue (see TestQuickCueAgrees).
func mayHaveCue(s string) bool {
	presence := false // the previous token was a presence cue ("told")
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if isASCIIWord(c) || c >= utf8.RuneSelf && isWordAt(s, i) {
			j := i
			ascii := true
			h := uint64(fnvOffset)
			for j < len(s) {
				c := s[j]
				if l := lowerWord[c]; l != 0 {
					h = (h ^ uint64(l)) * fnvPrime
					j++
					continue
				}
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(s[j:])
					if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
						j += size
						ascii = false
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						ascii = false
						j += size
						continue
					}
					break
				}
				if (c == '\'' || c == '-' || c == '.') && j+1 < len(s) && isASCIIWord(s[j+1]) {
					h = (h ^ uint64(c)) * fnvPrime
					j++
					continue
				}
				break
			}
			// Cue words are ASCII; tokenize lower-cases a known word, so
			// the case-folded hash finds what hasCue finds.
			var k quickKind
			if ascii {
				k = quickTable.get(h)
			}
			if presence && k&qFollower != 0 {
				return true
			}
			if k&qCue != 0 {
				return true
			}
			presence = k&qPresence != 0
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '?', '!':
			presence = false // a punctuation token stands between
		case '-':
			switch {
			case i+1 < len(s) && s[i+1] == '-':
				presence = false
				size = 2
			case i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ':
				presence = false
			}
		}
		i += size
	}
	return false
}

// quickKind says what a word means to mayHaveCue.
type quickKind uint8

const (
	qCue      quickKind = 1 << iota // a cue on its own (travel, meet) or an event noun
	qPresence                       // a speech or "be" verb: a cue before qFollower
	qFollower                       // "in", "at", "reporters" ...
)

// FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// quickTab is an immutable open-addressing table from the FNV-1a hash of a
// lower-case word to its quickKind. A 64-bit collision with a word of the
// text would only send a sentence through the full check.
type quickTab struct {
	hashes []uint64
	kinds  []quickKind
	mask   uint64
}

func (t *quickTab) get(h uint64) quickKind {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case h:
			return t.kinds[i]
		case 0:
			return 0
		}
	}
}

var quickTable = buildQuick()

func buildQuick() quickTab {
	kinds := map[string]quickKind{}
	for w, c := range cues {
		if c.kind == cuePresence {
			kinds[w] |= qPresence
		} else {
			kinds[w] |= qCue
		}
	}
	for w := range eventNouns {
		kinds[w] |= qCue
	}
	for _, w := range presenceFollowers {
		kinds[w] |= qFollower
	}
	n := 1
	for n < 4*len(kinds) {
		n <<= 1
	}
	t := quickTab{hashes: make([]uint64, n), kinds: make([]quickKind, n), mask: uint64(n - 1)}
	for w, k := range kinds {
		h := fnvString(w)
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.kinds[i] = h, k
	}
	return t
}

// lowerWord maps an ASCII letter or digit to its lower-case form, any
// other byte to 0.
var lowerWord = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()
