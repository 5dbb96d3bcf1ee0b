package issues

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeBeforeWords caps how many words a place name written before a head
// noun may run to: "Isle of Man fishing permits".
const placeBeforeWords = 4

// locativeBefore are words after which a place is where something happens,
// not what the noun after it is: "nurses in Leeds strike over pay".
var locativeBefore = map[string]bool{
	"in": true, "at": true, "from": true, "near": true, "across": true,
	"to": true, "into": true, "outside": true, "inside": true, "around": true,
}

// attributivePlace returns the gazetteer place the copy writes directly
// before form where it first names it, at text offset at, as its modifier
// ("Gibraltar waters incident", "the Gaza ceasefire", "over Jersey fishing
// licences"), or "". Such a place says which waters or which ceasefire, so
// the title keeps it even though a place alone anchors poorly; a place
// only named as the scene ("a strike in London") is never written there
// and does not count. The first mention is where copy names a thing in
// full; later ones shorten it ("the ceasefire"), so one look suffices.
// withMod is set when the place stands before mod and form ("Hong Kong
// stock markets").
func (a *analyser) attributivePlace(at int, form, mod string) (place string, withMod bool) {
	s := a.text
	if at < 2 || at+len(form) > len(s) || form == "" || !startsLower(form) {
		return "", false // a name already says which
	}
	if end := at + len(form); end < len(s) && isASCIIWord(s[end]) {
		return "", false // "waters" inside "watershed"
	}
	if mod != "" && at > len(mod)+2 && s[at-len(mod)-1:at-1] == mod && s[at-len(mod)-2] == ' ' {
		at -= len(mod) + 1
		withMod = true
	}
	if s[at-1] != ' ' || !isASCIIWord(s[at-2]) {
		return "", false
	}
	if st := a.placeEndingAt(s, at-1); st >= 0 {
		return s[st : at-1], withMod
	}
	return "", false
}

// placeEndingAt returns where the longest run of capitalised words (an
// "of" or "and" may join them) ending at s[end] that the gazetteer knows
// starts, or -1; -1 too when a locative preposition comes before it.
func (a *analyser) placeEndingAt(s string, end int) int {
	bestStart := -1
	start := end
	for n := 0; n < placeBeforeWords; n++ {
		k := start
		for k > 0 && (isASCIIWord(s[k-1]) || s[k-1] == '-' || s[k-1] >= utf8.RuneSelf) {
			k--
		}
		if k == start {
			break
		}
		w := s[k:start]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if a.isPlace(s[k:end]) {
				bestStart = k
			}
		} else if w != "of" && w != "and" {
			break
		}
		if k == 0 || s[k-1] != ' ' {
			break
		}
		start = k - 1
	}
	if bestStart < 0 {
		return -1
	}
	if w, _ := wordBefore(s, bestStart); locativeBefore[w] {
		return -1
	}
	return bestStart
}

// compoundModifier reports whether the modifier m reads as a noun that
// makes a compound with its head ("satellite radio", "stock exchange"),
// not an adjective ("territorial", "biggest", "faster").
func compoundModifier(m string) bool {
	return m != "" && !looksAdjective(m) && !degreeWords[m] && !plainAdjectives[m] &&
		!strings.HasSuffix(m, "iest") && !strings.HasSuffix(m, "ier")
}

// plainAdjectives are frequent news adjectives of four letters or more that
// no adjective ending gives away.
var plainAdjectives = map[string]bool{
	"overall": true, "average": true, "gross": true, "poor": true, "light": true, "heavy": true,
	"faster": true, "slower": true, "cheaper": true, "higher": true, "lower": true, "weaker": true,
	"strong": true, "weak": true, "rich": true, "full": true, "main": true, "latest": true,
	"recent": true, "small": true, "huge": true, "fresh": true, "whole": true, "annual": true,
}

// placeFree is title without a gazetteer place written before its last
// word ("Waters" for "Gibraltar waters"), or title itself.
func (a *analyser) placeFree(title string) string {
	i := strings.LastIndexByte(title, ' ')
	if i <= 0 || !a.isPlace(title[:i]) {
		return title
	}
	return title[i+1:]
}
