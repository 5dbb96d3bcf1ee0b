package trips

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of one sentence, with absolute byte
// offsets into the article text. w is lower-cased; it shares memory with the
// text unless the word had capitals.
type token struct {
	start, end int
	w          string
	punct      bool
	// ci is 1 + the index of w in cueTab (0: no cue) and event whether w
	// is an event noun, looked up once here for the loops that ask of
	// every token of a sentence.
	ci    uint16
	event bool
}

// cueOf is cueOf(t.w).
func (t *token) cueOf() (cue, bool) {
	if t.ci == 0 {
		return cue{}, false
	}
	return cueTab.t.At(int(t.ci - 1)), true
}

// tokenize splits s (which starts at byte offset base of the article) into
// words and clause punctuation, appending to buf.
func tokenize(s string, base int, buf []token) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if isASCIIWord(c) || c >= utf8.RuneSelf && isWordAt(s, i) {
			j := i
			upper := false
			for j < len(s) {
				var up bool
				j, up = alnumRun(s, j)
				upper = upper || up
				if j == len(s) {
					break
				}
				c := s[j]
				if c >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(s[j:])
					if r == '’' && j+size < len(s) && isASCIIWord(s[j+size]) {
						j += size // "Britain’s": keep the apostrophe inside
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						upper = upper || unicode.IsUpper(r)
						j += size
						continue
					}
					break
				}
				if (c == '\'' || c == '-' || c == '.') && j+1 < len(s) && isASCIIWord(s[j+1]) {
					j++ // "Xi'an", "mega-embassy", "U.S"
					continue
				}
				break
			}
			w := s[i:j]
			if upper {
				w = lowerKnown(w)
			}
			var in wordInfo
			if wordInfoTab.t.MayHave(w) { // inline: most words stop here
				in, _ = wordInfoTab.get(w)
			}
			buf = append(buf, token{start: base + i, end: base + j, w: w, ci: in.ci, event: in.event})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '?', '!':
			buf = append(buf, token{start: base + i, end: base + i + size, w: s[i : i+size], punct: true})
		case '-':
			switch {
			case i+1 < len(s) && s[i+1] == '-':
				buf = append(buf, token{start: base + i, end: base + i + 2, w: "—", punct: true})
				size = 2
			case i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ':
				// "no snub - he is going": a spaced hyphen is a dash.
				buf = append(buf, token{start: base + i, end: base + i + 1, w: "—", punct: true})
			}
		}
		i += size
	}
	return buf
}

// lowerKnown returns the lower-case form of w when a rule may look for it
// (a cue, preposition, determiner ...), without allocating; other
// capitalised words ("Beijing") stay as written, since no rule compares
// them.
func lowerKnown(w string) string {
	if len(w) == 0 || len(w) > quickMaxLen {
		return w // no word a rule looks for is longer
	}
	if l, ok := vocabTab.t.Fold(w); ok {
		return l
	}
	return w
}

// vocabTab is vocab as a wordTab, for lowerKnown.
var vocabTab = newWordTab(vocab)

// vocab holds every lower-case word a rule compares tokens with.
var vocab = buildVocab()

func buildVocab() map[string]string {
	v := map[string]string{}
	add := func(ws ...string) {
		for _, w := range ws {
			v[w] = w
		}
	}
	for w := range cues {
		if !weakCues[w] { // weak cues open no sentence: no capitals to fold
			add(w)
		}
	}
	for _, m := range []map[string]bool{destPreps, determiners, breakers, listLinks, futureWords, pastWords,
		presentWords, cancelWords, orderWords, eventNouns, facilityNouns, objectMarkers, roleNouns,
		negators, speechVerbs, titleWords, topicMarkers} {
		for w := range m {
			add(w)
		}
	}
	add("such", "off", "on", "during", "going", "reporters", "journalists", "supporters", "crowds", "with", "by", "back", "are", "will", "he", "she", "also",
		"who", "whose", "which", "led", "headed", "longer", "been", "home", "out", "plans", "plan", "to", "have",
		"down", "accompanied", "joined", "along", "together", "until", "till",
		// Sentence-initial words of the rules in trips.go: "They fly to",
		// "Negotiators will meet".
		"they", "negotiators")
	return v
}

// isASCIIWord reports whether c is an ASCII letter or digit (a table
// look-up: the tests of ranges cost a mispredicted branch on most words).
func isASCIIWord(c byte) bool { return lowerWord[c] != 0 }

// alnumRun returns the end of the run of ASCII letters and digits that
// starts at j, eight bytes at a time, and whether it holds a capital.
func alnumRun(s string, j int) (int, bool) {
	var up uint64
	for j+8 <= len(s) {
		x := load64(s, j)
		if m := notAlnum(x); m != 0 {
			// Keep the bytes before the first that is no letter or digit.
			keep := (m&-m)>>7 - 1
			return j + bits.TrailingZeros64(m)>>3, up|capitals(x)&keep != 0
		}
		up |= capitals(x)
		j += 8
	}
	upper := up != 0
	for j < len(s) {
		c := s[j]
		l := lowerWord[c]
		if l == 0 {
			break
		}
		upper = upper || l != c // only a capital changes
		j++
	}
	return j, upper
}

// capitals has the high bit set in each byte of x that is an ASCII
// capital (ranges tested on the low seven bits, as in notAlnum).
func capitals(x uint64) uint64 {
	y := x &^ highs
	return (y + ones*(0x80-'A')) &^ (y + ones*(0x80-'Z'-1)) &^ x & highs
}

func isWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
