package quotes

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// describedPerson gives a noun phrase taken as written ("“Q,” the
// 41-year-old marine geologist told me") the person the cast resolved its
// opening words to ("the 41-year-old"): the rest is more of the
// description, plain lower-case words with no possessive or preposition
// that would make the head someone else ("the minister's aide", "the
// coach of the rival club").
func (a *attributor) describedPerson(r *attr) {
	if r.isPerson || r.mStart < 0 || r.speaker != r.mention || r.mEnd-r.mStart < 8 {
		return
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if !ok || m.Kind != people.Description || m.Person < 0 || m.End >= r.mEnd || a.s[m.End] != ' ' {
		return
	}
	for _, w := range strings.Fields(a.s[m.End:r.mEnd]) {
		if w == "" || w[0] < 'a' || w[0] > 'z' || strings.ContainsAny(w, "'’,") || phraseBreak(w) {
			return
		}
	}
	r.speaker, r.isPerson = a.cast.Name(m), true
}

// phraseBreak reports whether w is a preposition, conjunction or
// relative word that would start a phrase of its own inside a noun phrase.
func phraseBreak(w string) bool {
	switch w {
	case "to", "and", "or", "who", "which", "that", "close":
		return true
	}
	return prepWord(w)
}
