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
	if p < 0 || p >= len(f.cast.People) {
		return false
	}
	// Asked per leg and per lead candidate: read for every person in one
	// pass over the mentions, else a long story costs legs x mentions.
	if f.workTitles == nil {
		f.workTitles = f.readWorkTitles()
	}
	return f.workTitles[p]
}

// readWorkTitles is workTitle for every person of the cast, read from
// their name mentions.
func (f *finder) readWorkTitles() []bool {
	n := len(f.cast.People)
	title := make([]bool, n)
	names, things := make([]int, n), make([]int, n)
	for _, m := range f.cast.Mentions {
		p := m.Person
		if p < 0 || p >= n || m.Kind != people.Name || title[p] {
			continue
		}
		names[p]++
		prev, before := f.wordBefore(m.Start)
		next := f.wordAfter(m.End)
		switch {
		case workNouns[prev]:
			title[p] = true // "comedy Sideways", "the film Sideways"
		case prev == "a" || prev == "an":
			things[p]++ // "a Rolls Royce"; "a Donald Trump rally" among other mentions is his
		case (prev == "her" || prev == "his" || prev == "their" || prev == "its") && titleNouns[next]:
			title[p] = true // "her Onyx Hotel tour"
		case prev == "the" && workNouns[before] && workNouns[next]:
			title[p] = true
		}
	}
	for p := range title {
		title[p] = title[p] || names[p] > 0 && things[p] == names[p]
	}
	return title
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

// titleReferents gives the legs of a title the people finder took for a
// person, and to which it then resolved a pronoun or a description ("The
// pop star cancelled her Onyx Hotel tour ... leading her to cancel the
// rest of the tour"), to the story's person, whom those words meant: the
// real person mentioned most. A title never so referred to keeps its
// legs, which finish drops.
func (f *finder) titleReferents(legs []leg) {
	lead := -2 // not looked up yet
	for j := range legs {
		l := &legs[j]
		if l.team || l.person < 0 || !f.workTitle(l.person) || !f.referredTo(l.person, l.sentence) {
			continue
		}
		if lead == -2 {
			lead = f.leadPerson()
		}
		if lead < 0 {
			return
		}
		l.person, l.Traveler = lead, f.cast.People[lead].Name
	}
}

// referredTo reports that sentence si names person p only by a pronoun
// or a description resolved to it, not by its name.
func (f *finder) referredTo(p, si int) bool {
	if si < 0 || si >= len(f.sents) {
		return false
	}
	sp := f.sents[si]
	found := false
	for _, m := range f.cast.MentionsIn(sp.Start, sp.End) {
		if m.Person != p {
			continue
		}
		if m.Kind == people.Name {
			return false
		}
		found = found || m.Kind == people.Pronoun || m.Kind == people.Description
	}
	return found
}

// leadPerson is the person of the cast mentioned most, titles aside; -1
// when there is none.
func (f *finder) leadPerson() int {
	count := make([]int, len(f.cast.People))
	for _, m := range f.cast.Mentions {
		if m.Person >= 0 && m.Person < len(count) {
			count[m.Person]++
		}
	}
	best := -1
	for p, n := range count {
		if n > 0 && (best < 0 || n > count[best]) && !f.workTitle(p) {
			best = p
		}
	}
	return best
}

// genderClash reports a leg whose sentence names its traveller, a man,
// only as a woman ("Mrs Howard made her debut speech at the conference
// in Bournemouth", given by the people finder to Michael Howard): the
// wife or the mother the story spoke of, whom it could not tell apart.
func (f *finder) genderClash(l leg) bool {
	if l.person < 0 || l.sentence < 0 || l.sentence >= len(f.sents) || f.cast.People[l.person].Gender != "m" {
		return false
	}
	sp := f.sents[l.sentence]
	female := false
	for _, m := range f.cast.MentionsIn(sp.Start, sp.End) {
		if m.Person != l.person {
			continue
		}
		switch {
		case strings.HasPrefix(m.Text, "Mrs ") || strings.HasPrefix(m.Text, "Ms ") || strings.HasPrefix(m.Text, "Miss "):
			female = true
		case m.Kind == people.Pronoun && f.otherGender(m, l.person):
			female = true
		default:
			return false
		}
	}
	return female
}
