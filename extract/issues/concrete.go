package issues

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// containerNouns hold things a story shows, not what it disputes:
// "Envelopes of cash", "Bags of cash from a contractor" are the evidence
// of a bribery trial, whose thread is the trial.
var containerNouns = map[string]bool{
	"envelopes": true, "envelope": true, "bags": true, "bag": true, "suitcases": true, "suitcase": true,
	"boxes": true, "box": true, "sacks": true, "sack": true, "piles": true, "pile": true, "stacks": true,
	"stack": true, "bundles": true, "bundle": true, "wads": true, "wad": true, "crates": true, "crate": true,
	"briefcases": true, "briefcase": true, "parcels": true, "parcel": true, "packets": true, "packet": true,
}

// containerTitle reports a title naming a container and its contents
// ("Bags of cash"): a concrete detail of the copy, no thread.
func containerTitle(title string) bool {
	first, rest, ok := strings.Cut(title, " ")
	if !ok || !strings.HasPrefix(rest, "of ") {
		return false
	}
	var buf [24]byte
	return containerNouns[string(appendLower(buf[:0], first))]
}

// nameRest is the rest of a name an object cut short ended in: " Ruiz"
// when obj ends "Hector" and after opens " Ruiz denies"; "" otherwise.
func nameRest(obj, after string) string {
	if !lastCapital(obj) || !strings.HasPrefix(after, " ") {
		return ""
	}
	r := capitalRun(after[1:])
	if r == "" || strings.Count(r, " ") > 1 {
		return "" // a run of three is no name's end
	}
	for _, w := range strings.Fields(r) {
		if lw := strings.ToLower(w); people.IsTimeWord(lw) || generic[lw] {
			return "" // "... Hector. On Monday"
		}
	}
	return " " + r
}
