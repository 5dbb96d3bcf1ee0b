package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// workTitle reports a cast "person" that the text names as a thing: a
// film, show or tour ("road trip comedy Sideways", "her Onyx Hotel
// tour") or a thing one owns ("drove a Rolls Royce"). The people finder
// takes such capitalised words for a name, and a pronoun may then point
// to them; no leg is theirs.
func (f *finder) workTitle(p int) bool {
	if p < 0 {
		return false
	}
	names, things := 0, 0
	for _, m := range f.cast.Mentions {
		if m.Person != p || m.Kind != people.Name {
			continue
		}
		names++
		prev, before := f.wordBefore(m.Start)
		next := f.wordAfter(m.End)
		switch {
		case workNouns[prev]:
			return true // "comedy Sideways", "the film Sideways"
		case prev == "a" || prev == "an":
			things++ // "a Rolls Royce"; "a Donald Trump rally" among other mentions is his
		case (prev == "her" || prev == "his" || prev == "their" || prev == "its") && titleNouns[next]:
			return true // "her Onyx Hotel tour"
		case prev == "the" && workNouns[before] && workNouns[next]:
			return true
		}
	}
	return names > 0 && things == names
}

// workNouns name a work or a show whose title follows them.
var workNouns = map[string]bool{
	"comedy": true, "film": true, "movie": true, "drama": true, "musical": true, "album": true,
	"single": true, "song": true, "novel": true, "sitcom": true, "thriller": true, "documentary": true,
	"biopic": true, "opera": true, "ballet": true, "blockbuster": true, "epic": true, "cartoon": true,
}

// titleNouns follow a title that a possessive owns: "her Onyx Hotel
// tour", "his Greatest Hits album".
var titleNouns = map[string]bool{
	"tour": true, "album": true, "show": true, "film": true, "single": true, "musical": true, "series": true,
}

// wordBefore is the lower-cased word right before byte offset pos
// (spaces skipped), and the one before it.
func (f *finder) wordBefore(pos int) (string, string) {
	w1, rest := lastWord(f.text[:pos])
	w2, _ := lastWord(rest)
	return w1, w2
}

// wordAfter is the lower-cased word right after byte offset pos.
func (f *finder) wordAfter(pos int) string {
	s := strings.TrimLeft(f.text[pos:], " ")
	end := 0
	for end < len(s) && (s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z') {
		end++
	}
	return strings.ToLower(s[:end])
}

// lastWord splits off the last run of ASCII letters of s (after trailing
// spaces), lower-cased, and what stands before it.
func lastWord(s string) (string, string) {
	s = strings.TrimRight(s, " ")
	st := len(s)
	for st > 0 && (s[st-1] >= 'a' && s[st-1] <= 'z' || s[st-1] >= 'A' && s[st-1] <= 'Z') {
		st--
	}
	return strings.ToLower(s[st:]), s[:st]
}
