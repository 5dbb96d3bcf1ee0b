package trips

import "github.com/newsroom/newsbot/extract/places"

// controlVerbs stand between a subject and "to" + a journey: "Leeds
// refusing to travel to London", "with Leeds set to fly to Madrid".
var controlVerbs = map[string]bool{
	"refusing": true, "refused": true, "refuse": true, "refuses": true, "declined": true, "declining": true,
	"agreed": true, "agreeing": true, "set": true, "due": true, "expected": true, "hoping": true, "planning": true,
	"preparing": true, "wanting": true, "wants": true, "want": true, "plan": true, "plans": true, "scheduled": true,
}

// refusals are the control verbs that deny the journey.
var refusals = map[string]bool{
	"refusing": true, "refused": true, "refuse": true, "refuses": true, "declined": true, "declining": true,
}

// placeClubSubject reads a place that opens a clause as the subject of the
// travel cue at token i ("..., with Leeds refusing to travel to London",
// "and Leeds will fly to Madrid"): a city that names a club, whose journey
// is the club's, never the last person named before it. It returns the
// club as written ("" for a country, which is no team of its own here)
// and whether the journey is refused.
func (f *finder) placeClubSubject(sc *sentCtx, i int) (name string, refused, ok bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	for k > 0 && (notWord(toks[k].w) || inSet(futureWordsSet, toks[k].w)) {
		k-- // "Leeds will not travel"
	}
	if k >= 1 && controlVerbs[toks[k].w] && toks[k+1].w == "to" {
		refused = refusals[toks[k].w]
		k--
		for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w)) {
			k--
		}
	}
	if k < 0 || k == i-1 {
		return "", false, false
	}
	for _, p := range f.placesOf(sc) {
		if p.End != toks[k].end {
			continue
		}
		if p.Start == sc.sp.Start || p.Start == f.storyStart {
			return "", false, false // the sentence's opening place: see placeSubject
		}
		j := k
		for j >= 0 && toks[j].start >= p.Start {
			j--
		}
		if j < 0 {
			return "", false, false
		}
		switch toks[j].w {
		case ",", "with", "and", "but", "while", "as", "because", "after", "though", "although", ";":
			if p.Place.Kind != places.City {
				return "", refused, true
			}
			return f.text[p.Start:p.End], refused, true
		}
		return "", false, false
	}
	return "", false, false
}

// clauseSubjectPlace reports a place ending at byte offset end that an
// auxiliary follows after a comma and "and" before it: "will visit
// Britain on Friday, and Leeds will not travel": the subject of a clause
// of its own, no further stop of the list.
func (f *finder) clauseSubjectPlace(glueComma bool, end int) bool {
	if !glueComma {
		return false
	}
	for _, t := range f.toks {
		if t.start < end {
			continue
		}
		if notWord(t.w) {
			return true
		}
		switch t.w {
		case "will", "would", "have", "has", "had", "is", "are", "was", "were", "could", "can", "should", "must":
			return true
		}
		return false
	}
	return false
}

// clubPurpose reports the meeting at token i as the purpose of a club's
// journey: "..., and Leeds will not travel to London for the talks" is
// nobody's meeting in London.
func (f *finder) clubPurpose(sc *sentCtx, i int) bool {
	toks := f.toks
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].punct {
			return false
		}
		if c, ok := toks[k].cueOf(); ok && c.kind == cueTravel {
			_, _, club := f.placeClubSubject(sc, k)
			return club
		}
	}
	return false
}
