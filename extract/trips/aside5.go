package trips

import (
	"sort"
	"strings"
)

// careerParticiples open a reduced relative aside about a person: ",
// appointed in January,", ", elected in 2022,".
var careerParticiples = [...]string{
	" appointed ", " elected ", " re-elected ", " named ", " sworn ", " installed ", " chosen ", " nominated ",
	" promoted ", " hired ", " born ", " ordained ", " inaugurated ",
}

// whoAsideOpen is the offset in head (the sentence up to a timex) of the
// comma that opens a relative aside about a person, still open where
// head ends: ", who took office in", ", a former finance minister who
// took office in", ", whose term began in". -1 when the last comma opens
// no such aside: its time is the person's story, not the journey's.
func whoAsideOpen(head string) int {
	c := strings.LastIndex(head, ", ")
	if c < 0 {
		return -1
	}
	rest := head[c+1:]
	if strings.HasPrefix(rest, " who ") || strings.HasPrefix(rest, " whose ") {
		return c
	}
	for _, v := range careerParticiples {
		if strings.HasPrefix(rest, v) {
			return c // ", appointed in January,": a reduced relative
		}
	}
	// An appositive noun phrase first: ", a former economy minister who".
	w := strings.Index(rest, " who ")
	if w < 0 {
		w = strings.Index(rest, " whose ")
	}
	if w < 0 || w > 60 || !strings.HasPrefix(rest, " a ") && !strings.HasPrefix(rest, " an ") && !strings.HasPrefix(rest, " the ") {
		return -1
	}
	return c
}

// thatClauseTime reports a timex in a relative clause on a thing named
// after the cue: "the renewal of a science accord that expired last
// year", "a treaty which was signed in 2019". The time is the thing's. A
// journey or a gathering keeps its own ("a visit that will take place on
// Monday"), and "said that" opens reported speech, no relative clause.
// after is where the clause must start past: the cue or the place.
func (f *finder) thatClauseTime(tx, after int) bool {
	toks := f.toks
	k := sort.Search(len(toks), func(n int) bool { return toks[n].start >= tx }) - 1
	for j := k; j >= 1 && j >= k-8; j-- {
		t := toks[j]
		if t.punct {
			return false
		}
		if t.w != "that" && t.w != "which" {
			continue
		}
		if t.start < after {
			return false
		}
		noun, next := toks[j-1], toks[j+1]
		if noun.punct || noun.ci != 0 || noun.event || inSet(speechVerbsSet, noun.w) ||
			!isLower(f.text[noun.start:noun.end]) {
			return false
		}
		return j+1 < len(toks) && isLower(f.text[next.start:next.end]) && !inSet(determinersSet, next.w) &&
			next.w != "he" && next.w != "she" && next.w != "they" && next.w != "it" && next.w != "we"
	}
	return false
}

// isLower reports a word that starts with a lower-case ASCII letter.
func isLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }
