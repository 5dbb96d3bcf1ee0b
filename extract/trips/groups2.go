package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// bodyNouns are bodies of people that travel together without one of them
// being the traveller: "the panel of judges will visit the site", "the
// bench will travel to Cardiff".
var bodyNouns = map[string]bool{
	"panel": true, "bench": true, "judges": true, "justices": true, "jury": true, "jurors": true, "committee": true,
	"inspectors": true, "magistrates": true, "tribunal": true, "commissioners": true,
}

// bodySubject reads a body as the subject right before the cue at token
// i, its auxiliaries aside: "The panel of judges will visit", "the three
// judges flew". It returns the body as written ("the panel of judges")
// and the byte offset where it starts.
func (f *finder) bodySubject(i int) (string, int, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 1 || !bodyNouns[strings.ToLower(toks[k].w)] {
		return "", 0, false
	}
	// Back over "of", a head noun and plain words to the determiner:
	// "the panel of judges", "the three appeal judges".
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := strings.ToLower(toks[j].w)
		if w == "the" {
			if j > 0 && !toks[j-1].punct && toks[j-1].w != "and" && toks[j-1].w != "but" && j-1 != 0 {
				// "said the panel ...": only a body that opens its clause.
				if _, ok := toks[j-1].cueOf(); ok || inSet(speechVerbsSet, toks[j-1].w) {
					return "", 0, false
				}
			}
			s := f.text[toks[j].start:toks[k].end]
			return "the" + s[3:], toks[j].start, true
		}
		if toks[j].punct || isCapitalised(f.text[toks[j].start:toks[j].end]) && j != 0 {
			return "", 0, false
		}
	}
	return "", 0, false
}

// namedList is the latest list of two or more people named before byte
// offset at within the sentence and the two before it, as written one
// after another ("Lord Justice Andrew Green, Lady Justice Helen Cole and
// Mr Justice Peter Hart"): the members of a body named next.
func (f *finder) namedList(sc *sentCtx, at int) []int {
	from := sc.sp.Start
	if sc.index >= 2 {
		from = f.sents[sc.index-2].Start
	} else if sc.index == 1 {
		from = f.sents[0].Start
	}
	var best, run []int
	prevEnd := -1
	for _, m := range f.cast.Mentions {
		if m.End > at {
			break
		}
		if m.Start < from || m.Person < 0 || m.Person >= len(f.cast.People) || m.Kind != people.Name {
			continue
		}
		if prevEnd >= 0 && listGap(f.text[prevEnd:m.Start]) {
			if !containsInt(run, m.Person) {
				run = append(run, m.Person)
			}
		} else {
			run = append(run[:0:0], m.Person)
		}
		prevEnd = m.End
		if len(run) >= 2 {
			best = run
		}
	}
	return best
}

// listGap reports the words between two names of a list: ", ", " and ",
// ", and ".
func listGap(s string) bool {
	s = strings.TrimSpace(s)
	return s == "," || s == "and" || s == ", and" || s == "&"
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// bodyTravel makes the legs of a body that is the subject of the cue at
// token i: one for each member when the text names them just before,
// else one for the body as written. It reports whether the subject was a
// body.
func (f *finder) bodyTravel(sc *sentCtx, i int, c cue, dests []places.Match) bool {
	if f.bothTravel(sc, i, c, dests) {
		return true
	}
	name, start, ok := f.bodySubject(i)
	if !ok {
		return false
	}
	if members := f.namedList(sc, start); len(members) > 0 && f.bodyWordNear(sc, start) {
		for _, q := range members {
			f.addLeg(sc, i, c, q, dests)
		}
		return true
	}
	before := len(f.legs)
	f.addLeg(sc, i, c, -1, dests)
	for j := before; j < len(f.legs); j++ {
		f.legs[j].Traveler, f.legs[j].team = name, true
	}
	return true
}

// squadAnaphor is the story's team when "the squad" (the team, the side)
// is the subject of the cue at token i: "The England squad arrived in
// Perth ... The squad will travel on to Brisbane".
func (f *finder) squadAnaphor(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 1 || !teamNouns[toks[k].w] || strings.ToLower(toks[k-1].w) != "the" {
		return "", false
	}
	if name, ok := f.recentTeam(sc); ok {
		return name, true
	}
	if name, ok := f.teamNamedBefore(sc); ok {
		return name, true
	}
	if name, ok := f.storyClub(); ok {
		return name, true // "The squad will fly to Lisbon": the club whose manager the story quotes
	}
	return f.leadTeam() // "Japan's autumn tour ended ... The squad travels to Tbilisi"
}

// teamNamedBefore is a team named by its owner in the three sentences
// before sc with no journey of its own ("Ireland's squad trained in
// Dublin on Wednesday"), for "the side" that travels next.
func (f *finder) teamNamedBefore(sc *sentCtx) (string, bool) {
	for si := sc.index - 1; si >= 0 && si >= sc.index-3; si-- {
		words := strings.Fields(f.sents[si].Text)
		for n := len(words) - 1; n >= 1; n-- {
			if !teamNouns[strings.ToLower(strings.TrimRight(words[n], ".,;:"))] {
				continue
			}
			o := n - 1
			if teamQualifiers[strings.ToLower(words[o])] && o > 0 {
				o--
			}
			w := words[o]
			owner := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if owner == w && (o == 0 || !strings.EqualFold(words[o-1], "the")) || !isCapitalised(owner) || len(owner) < 3 {
				continue // "England's squad", "the England squad"; not "his squad"
			}
			if f.personWord(owner) {
				continue // "Starmer's team": his staff
			}
			return owner, true
		}
	}
	return "", false
}

// personWord reports a word of a cast person's name.
func (f *finder) personWord(w string) bool {
	for _, p := range f.cast.People {
		for _, part := range strings.Fields(p.Name) {
			if part == w {
				return true
			}
		}
	}
	return false
}

// pluralBare reports a bare travel verb right after a plural subject: "The
// pair fly to Oslo on Monday", "they head to Seoul": the present that
// announces a journey, like "flies".
func (f *finder) pluralBare(i int, c cue) bool {
	if c.kind != cueTravel || c.tense != tenseBase || i == 0 || strings.HasSuffix(f.toks[i].w, "s") {
		return false
	}
	switch strings.ToLower(f.toks[i-1].w) {
	case "they", "pair", "couple", "both", "two", "squad", "team", "leaders", "ministers", "judges", "delegations":
		return true
	}
	return false
}

// bothTravel makes the legs of "Both fly on to Odesa": the story's
// traveller and those who shared the latest leg.
func (f *finder) bothTravel(sc *sentCtx, i int, c cue, dests []places.Match) bool {
	k := f.beforeAuxiliaries(i)
	if k < 0 || !strings.EqualFold(f.toks[k].w, "both") || k > 0 && !f.toks[k-1].punct && f.toks[k-1].w != "and" {
		return false
	}
	q := f.storyTraveller(sc)
	if q < 0 {
		return false
	}
	co := f.coTravellers(sc, q)
	if len(co) == 0 {
		return false
	}
	f.addLeg(sc, i, c, q, dests)
	for _, o := range co {
		f.addLeg(sc, i, c, o, dests)
	}
	return true
}

// bodyWords tell that the people listed before a body are its members:
// "heard by Lord Justice Andrew Green, ...", "Judges Maria Lopez and Anna
// Berg", "the committee's members".
var bodyWords = map[string]bool{
	"judge": true, "judges": true, "justice": true, "justices": true, "panel": true, "bench": true, "committee": true,
	"member": true, "members": true, "inspector": true, "inspectors": true, "commissioner": true, "commissioners": true,
	"magistrate": true, "magistrates": true, "juror": true, "jurors": true, "jury": true, "tribunal": true, "heard": true,
}

// bodyWordNear reports a word of a body in the text from two sentences
// before sc up to byte offset at: the names listed there are its members,
// not leaders met on another business.
func (f *finder) bodyWordNear(sc *sentCtx, at int) bool {
	from := f.sents[max(0, sc.index-2)].Start
	for _, w := range strings.Fields(f.text[from:at]) {
		if bodyWords[strings.ToLower(strings.Trim(w, `.,;:'"’“”()`))] {
			return true
		}
	}
	return false
}
