package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// craftNouns are what a traveller steps off on arrival.
var craftNouns = map[string]bool{
	"plane": true, "aircraft": true, "jet": true, "flight": true, "airliner": true, "helicopter": true,
	"train": true, "ship": true, "boat": true, "ferry": true, "yacht": true,
}

// stepOff adds the arrival told by "stepped off the plane" (or a craft
// named by its capitalised name, "the RAF Voyager"): at the place after
// "in"/"at", else at the one place the sentence names before the verb
// ("It was raining in Perth on Friday when the couple stepped off the
// plane"). "stepped off the stage", "stepped off the kerb" are no
// arrivals.
func (f *finder) stepOff(sc *sentCtx, i int, c cue) {
	toks := f.toks
	if i+2 >= len(toks) || toks[i+1].w != "off" {
		return
	}
	craft := false
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			break
		}
		if craftNouns[t.w] || k > i+2 && isCapitalised(f.text[t.start:t.end]) && inSet(determinersSet, toks[i+2].w) {
			craft = true
			break
		}
	}
	if !craft {
		return
	}
	if dests := f.destinations(sc, i, 8, inAtSet, false); len(dests) > 0 {
		f.addLegs(sc, i, c, dests)
		return
	}
	var before []places.Match
	for _, p := range f.placesOf(sc) {
		if p.End <= toks[i].start && !f.namePart(p) {
			before = append(before, p)
		}
	}
	if len(before) == 1 && before[0].Place.Kind != places.Country {
		f.addLegs(sc, i, c, before)
	}
}

// plannedDayOff adds the stop of a planned day struck from a programme,
// which no cue word tells: "A planned day in Montreal on Tuesday has been
// dropped from the itinerary", "The scheduled day at Banff was
// cancelled". The travellers are the story's (see planNounOpens); the
// status is read as for "A planned stop in ...".
func (f *finder) plannedDayOff(sc *sentCtx) {
	toks := f.toks
	if len(toks) < 5 || toks[0].w != "a" && toks[0].w != "A" && toks[0].w != "the" && toks[0].w != "The" {
		return
	}
	k := 1
	for k < len(toks) && k <= 3 && planAdjectives[toks[k].w] {
		k++
	}
	if k == 1 || k+2 >= len(toks) || toks[k].w != "day" || toks[k+1].w != "in" && toks[k+1].w != "at" {
		return
	}
	p, ok := f.placeAt(sc, k+2)
	if !ok || p.Start != toks[k+2].start {
		return
	}
	off := false
	for j := k + 3; j < len(toks) && !off; j++ {
		off = isCancelWord(toks[j].w) || toks[j].w == "dropped" || toks[j].w == "struck"
	}
	if !off {
		return
	}
	f.addLegs(sc, k, cue{cueNoun, tenseBase, "stop"}, []places.Match{p})
}

// plannedDayText is the quick test for plannedDayOff's sentences, which
// hold no cue word: "A planned day ...", "The scheduled day ...".
func plannedDayText(s string) bool {
	if len(s) < 16 || s[0] != 'A' && s[0] != 'T' {
		return false
	}
	head := s[:min(len(s), 30)]
	return strings.Contains(head, " day in ") || strings.Contains(head, " day at ")
}

// bareWordPerson reports that the person mention at token t is the one
// word of a cast name with no role and no more words ("Frosinone" of
// "after Frosinone said they would not talk"): a club or town the people
// finder took for a speaker, which may still be a town after "travel to".
func (f *finder) bareWordPerson(sc *sentCtx, t token) bool {
	for _, m := range sc.persons {
		if m.Start <= t.start && t.end <= m.End {
			p := f.cast.People[m.Person]
			return m.Start == t.start && m.End == t.end && p.Role == "" && !strings.Contains(p.Name, " ") && p.Name == f.text[t.start:t.end]
		}
	}
	return false
}

// placeShortForm reports a mention that is a short form of a longer name
// ("Parma" of "Gazzetta di Parma"), is a place the gazetteer knows, and
// follows "travel to", "fly to": the destination, not the one named.
func (f *finder) placeShortForm(m people.Mention) bool {
	if m.Start < 8 || m.End > len(f.text) || !strings.HasSuffix(f.text[:m.Start], " to ") {
		return false
	}
	t := f.text[m.Start:m.End]
	if t == f.cast.People[m.Person].Name {
		return false
	}
	before := strings.TrimSuffix(f.text[max(0, m.Start-24):m.Start], " to ")
	c, ok := cueOf(strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:]))
	if !ok || c.kind != cueTravel {
		return false
	}
	_, ok = places.Lookup(t)
	return ok
}

// settlementNounsOf name the kind of a place before "of" and its name,
// plurals too: "the neighbouring villages of Kippax and Garforth".
var settlementNounsOf = map[string]bool{
	"town": true, "towns": true, "village": true, "villages": true, "city": true, "cities": true,
	"port": true, "island": true, "islands": true, "hamlet": true, "suburb": true, "suburbs": true,
}

// settlementsOf reads the places named after "villages of", "the town
// of" a little further after the cue at token i than destinations looks,
// past a first object: "will visit the plant and the neighbouring villages
// of Kippax and Garforth on Tuesday".
func (f *finder) settlementsOf(sc *sentCtx, i int) []places.Match {
	toks := f.toks
	for k := i + 2; k < len(toks) && k <= i+9; k++ {
		t := toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			return nil
		}
		if t.w != "of" || !settlementNounsOf[toks[k-1].w] {
			continue
		}
		if p, ok := f.placeAt(sc, k+1); ok {
			return f.list(sc, p)
		}
		u, ok := f.unknownTown(sc, k+1)
		if !ok {
			return nil
		}
		out := []places.Match{u}
		if strings.HasSuffix(toks[k-1].w, "s") && k+3 < len(toks) && toks[k+2].w == "and" {
			if v, ok := f.unknownTown(sc, k+3); ok {
				out = append(out, v) // "the villages of Kippax and Garforth"
			}
		}
		return out
	}
	return nil
}

// lastSharers are the others of p's latest leg before sc that others
// shared, or nil.
func (f *finder) lastSharers(sc *sentCtx, p int) []int {
	for j := len(f.legs) - 1; j >= 0; j-- {
		l := f.legs[j]
		if l.person != p || l.Start >= sc.sp.Start || l.inherit {
			continue
		}
		if out := f.sharers(p, j); len(out) > 0 {
			return out
		}
	}
	return nil
}

// youthVisit reports a sentence telling a stay in the traveller's youth
// ("as an 18-year-old", "as a student"): biography, not a journey.
func youthVisit(s string) bool {
	for _, w := range [...]string{"-year-old", " as a student", " as a child", " as a teenager", " as a boy", " as a girl", " as a young man", " as a young woman"} {
		if k := strings.Index(s, w); k >= 0 {
			if w != "-year-old" || strings.Contains(s[max(0, k-10):k], " as a") {
				return true
			}
		}
	}
	return false
}
