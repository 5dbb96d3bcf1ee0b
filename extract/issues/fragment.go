package issues

import "strings"

// objectOpeners open a noun phrase: a phrase followed straight by one
// ended in a verb ("the infusions carry a risk").
var objectOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "their": true, "its": true, "his": true, "her": true, "our": true,
	"these": true, "those": true,
}

// predicatePreps follow an adjective said of the phrase before it
// ("runners desperate for results", "voters anxious about prices").
var predicatePreps = map[string]bool{"for": true, "to": true, "about": true, "of": true, "that": true, "with": true}

// predicateEndings end most adjectives said of a noun before them.
var predicateEndings = []string{"ate", "ous", "ful", "ive", "ible", "able", "ant", "ent", "less"}

// clauseFragment reports a title of two or three words the copy writes as
// a subject and its verb or predicate ("Infusions carry" of "the infusions
// carry a risk", "Young runners desperate" of "runners desperate for
// results"): scene-setting prose cut into a phrase, no thread.
func clauseFragment(title string, evidence []string) bool {
	n := strings.Count(title, " ")
	if n < 1 || n > 2 || containsAnyRune(title, "'’-") || title[0] >= 0x80 {
		return false
	}
	_, rest, _ := strings.Cut(title, " ")
	if !startsLower(rest) {
		return false // a name
	}
	// The copy writes the first letter lower-case mid-sentence: match
	// past it, then check it either way, without a copy of the title.
	tail := title[1:]
	for _, ev := range evidence {
		for from := 0; ; {
			j := strings.Index(ev[from:], tail)
			if j < 0 {
				break
			}
			j += from
			from = j + len(tail)
			if j == 0 || lowerByte(ev[j-1]) != lowerByte(title[0]) || j > 1 && isLetter(ev[j-2]) {
				continue
			}
			return fragmentEnd(title, ev[from:])
		}
	}
	return false
}

// fragmentEnd reports whether after, the copy right after a title,
// shows the title was a subject and its verb or predicate.
func fragmentEnd(title, after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	next, _, _ := strings.Cut(after[1:], " ")
	last := lastField(title)
	if objectOpeners[next] {
		return true // "infusions carry a ..."
	}
	// An adjective after a plural noun, not a noun in "-ment":
	// "runners desperate", never "protective equipment".
	if predicatePreps[next] && strings.HasSuffix(lastField(strings.TrimSuffix(title, " "+last)), "s") && !strings.HasSuffix(last, "ment") {
		for _, e := range predicateEndings {
			if strings.HasSuffix(last, e) && len(last) > len(e)+3 {
				return true // "runners desperate for ..."
			}
		}
	}
	return false
}
