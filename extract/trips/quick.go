package trips

import (
	"math/bits"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/internal/wordset"
)

// mayHaveCue is hasCue without building tokens: it walks the words of s
// as tokenize would and reports whether one is a cue. It must agree with
// hasCue (see TestQuickCueAgrees). run uses the cheaper mayHaveCueFast,
// which must say yes wherever this does; this exact form is the
// specification the tests hold it to.
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
			plain := true // ASCII letters and digits only: the only words that may be cues
			for {
				// Letters and digits eight at a time, then the tail.
				for j+8 <= len(s) {
					m := notAlnum(load64(s, j))
					if m != 0 {
						j += bits.TrailingZeros64(m) >> 3
						break
					}
					j += 8
				}
				for j < len(s) && lowerWord[s[j]] != 0 {
					j++
				}
				if j >= len(s) {
					break
				}
				c := s[j]
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(s[j:])
					if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
						j += size
						plain = false
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						plain = false
						j += size
						continue
					}
					break
				}
				if (c == '\'' || c == '-' || c == '.') && j+1 < len(s) && isASCIIWord(s[j+1]) {
					j++
					plain = false
					continue
				}
				break
			}
			// Cue words are ASCII letters; tokenize lower-cases a known
			// word, so the case-blind lookup finds what hasCue finds.
			var k quickKind
			if plain && j-i <= quickMaxLen {
				if b := quickTable.bucket[j-i][s[i]&31]; b.from != b.to {
					k = quickTable.find(s[i:j], b.from, b.to)
				}
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
	qStop                           // a word campaignStop reads, no cue: "campaign", "series"
)

// quickMaxLen is the length of the longest word quickTab holds.
const quickMaxLen = 12

// quickTab is an immutable table from a lower-case word to its quickKind,
// bucketed by length and first letter: most words of a text find an empty
// bucket at once, and the rest compare with one or two candidates, with
// no hashing on the way.
type quickTab struct {
	// bucket[n][c&31] is the range of words (of entries) that are n bytes
	// long and start with letter c.
	bucket  [quickMaxLen + 1][32]struct{ from, to uint8 }
	entries []quickEntry
}

type quickEntry struct {
	w    string
	kind quickKind
}

// find returns the kind of w, an ASCII word in any case, among the
// entries [from, to) of its bucket.
func (t *quickTab) find(w string, from, to uint8) quickKind {
	for _, e := range t.entries[from:to] {
		if equalLower(w, e.w) {
			return e.kind
		}
	}
	return 0
}

// load64 reads s[i:i+8] as a little-endian word; the compiler merges the
// byte loads into one.
func load64(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check, where indexing s[i+7] first left one per byte
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// notAlnum has the high bit set in each byte of x that is not an ASCII
// letter or digit. Byte ranges are tested on the low seven bits, where
// adding 0x80-c cannot carry into the next byte.
func notAlnum(x uint64) uint64 {
	y := x &^ highs
	l := y | ones*0x20 // letters lower-cased; digits keep their value
	letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))
	digit := (y + ones*(0x80-'0')) &^ (y + ones*(0x80-'9'-1))
	return (^(letter | digit) | x) & highs
}

// equalLower reports whether the ASCII word w (letters, digits and the
// inner marks ' - .) is the lower-case word l in some case. Setting bit
// 0x20 lower-cases a letter and leaves digits and those marks as they
// are, none of which is a lower-case letter.
func equalLower(w, l string) bool {
	if len(w) != len(l) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != l[i] {
			return false
		}
	}
	return true
}

var quickTable = buildQuick()

func buildQuick() *quickTab {
	kinds := map[string]quickKind{}
	for w, c := range cues {
		if weakCues[w] {
			continue // lets no sentence through (see weakCues)
		}
		if c.kind == cuePresence {
			kinds[w] |= qPresence
		} else {
			kinds[w] |= qCue
		}
	}
	for w := range eventNouns {
		kinds[w] |= qCue
	}
	for _, w := range stopWords {
		kinds[w] |= qStop // seen by quickScan for campaignStop; no cue to mayHaveCue
	}
	for _, w := range presenceFollowers {
		kinds[w] |= qFollower
	}
	words := make([]string, 0, len(kinds))
	for w := range kinds {
		if len(w) == 0 || len(w) > quickMaxLen {
			panic("trips: quick word out of range: " + w)
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				panic("trips: quick word not lower-case letters: " + w)
			}
		}
		words = append(words, w)
	}
	// Group by bucket: length, then first letter.
	sort.Slice(words, func(i, j int) bool {
		a, b := words[i], words[j]
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	t := &quickTab{}
	for _, w := range words {
		b := &t.bucket[len(w)][w[0]&31]
		if b.to == 0 {
			b.from = uint8(len(t.entries))
		}
		t.entries = append(t.entries, quickEntry{w, kinds[w]})
		b.to = uint8(len(t.entries))
	}
	if len(t.entries) > 255 {
		panic("trips: too many quick words")
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

// wordTab is an immutable table of lower-case words of one to
// quickMaxLen bytes with a small value (a wordset.Table): the tokens of a
// cue sentence are looked up many times over, and most are turned away
// without a string compared.
type wordTab[V any] struct{ t wordset.Table[V] }

func newWordTab[V any](m map[string]V) *wordTab[V] {
	for w := range m {
		if len(w) == 0 || len(w) > quickMaxLen {
			panic("trips: table word out of range: " + w)
		}
	}
	return &wordTab[V]{*wordset.New(m)}
}

// get is m[w], ok for the map the table was made from.
func (t *wordTab[V]) get(w string) (V, bool) { return t.t.Get(w) }

// Fast forms of the maps the per-token loops consult.
var (
	cueTab       = newWordTab(cues)
	eventNounTab = newWordTab(eventNouns)
	cancelTab    = newWordTab(cancelWords)
)

// wordInfo is a token's ci and event (see token), by word.
type wordInfo struct {
	ci    uint16
	event bool
}

// wordInfoTab holds the wordInfo of every cue and event noun.
var wordInfoTab = func() *wordTab[wordInfo] {
	m := map[string]wordInfo{}
	for k := range cueTab.t.Len() {
		m[cueTab.t.Key(k)] = wordInfo{ci: uint16(k + 1)}
	}
	for w := range eventNouns {
		in := m[w]
		in.event = isEventNoun(w)
		m[w] = in
	}
	if cueTab.t.Len() >= 1<<16-1 {
		panic("trips: too many cues for token.ci")
	}
	return newWordTab(m)
}()

// cueOf is cues[w].
func cueOf(w string) (cue, bool) { return cueTab.get(w) }

// isEventNoun is eventNouns[w].
func isEventNoun(w string) bool { return inSet(eventNounTab, w) }

// isCancelWord is cancelWords[w].
func isCancelWord(w string) bool { return inSet(cancelTab, w) }

// cueLabel is cues[w].label.
func cueLabel(w string) string { c, _ := cueOf(w); return c.label }

// wordSet is a wordTab of a set: the fast form of a map[string]bool the
// rules consult token by token.
type wordSet = wordTab[bool]

// inSet is m[w] for the map t was made from.
func inSet(t *wordSet, w string) bool {
	v, ok := t.get(w)
	return ok && v
}

// The fast forms of the word lists in cues.go.
var (
	destPrepsSet     = newWordTab(destPreps)
	determinersSet   = newWordTab(determiners)
	breakersSet      = newWordTab(breakers)
	listLinksSet     = newWordTab(listLinks)
	futureWordsSet   = newWordTab(futureWords)
	pastWordsSet     = newWordTab(pastWords)
	presentWordsSet  = newWordTab(presentWords)
	orderWordsSet    = newWordTab(orderWords)
	facilityNounsSet = newWordTab(facilityNouns)
	objectMarkersSet = newWordTab(objectMarkers)
	roleNounsSet     = newWordTab(roleNouns)
	inAtSet          = newWordTab(map[string]bool{"in": true, "at": true})
	negatorsSet      = newWordTab(negators)
	speechVerbsSet   = newWordTab(speechVerbs)
	titleWordsSet    = newWordTab(titleWords)
	topicMarkersSet  = newWordTab(topicMarkers)
	audienceNounsSet = newWordTab(audienceNouns)
)
