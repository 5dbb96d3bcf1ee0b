package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// missionText is the cheap look for a sentence that may lead a party
// abroad: "will lead a Canadian delegation to Halifax", "headed a trade
// mission to Jakarta". It lets such a sentence through when no other cue
// word does.
func missionText(s string) bool {
	return len(s) > 24 && (strings.Contains(s, "delegation") || strings.Contains(s, "mission to ") || strings.Contains(s, "mission of "))
}

// missionNoun reports the nouns of a party sent abroad under a leader.
func missionNoun(w string) bool {
	switch w {
	case "delegation", "mission", "delegations", "missions":
		return true
	}
	return false
}

// leadVerb gives the tense of a verb of leading a party: "lead", "led",
// "is leading", "heads".
func leadVerb(w string) (tense, bool) {
	switch w {
	case "lead", "leads", "head", "heads":
		return tenseBase, true
	case "led", "headed":
		return tensePast, true
	case "leading", "heading":
		return tenseProgressive, true
	}
	return tenseNone, false
}

// ledMission adds the leg of a leader who takes a party abroad: "will
// lead a Canadian delegation to Halifax on Friday", "headed a trade
// mission of 40 firms to Jakarta last week". The verb's subject travels;
// the noun must follow the verb within a few words, and the place must
// follow "to" within a few more. "led by" and "led the team to victory"
// make no leg.
func (f *finder) ledMission(sc *sentCtx) {
	toks := f.toks
	for i := 0; i+3 < len(toks); i++ {
		tn, ok := leadVerb(toks[i].w)
		if !ok || toks[i+1].w == "by" {
			continue
		}
		n := -1
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if toks[k].punct {
				break
			}
			if missionNoun(toks[k].w) {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		for k := n + 1; k < len(toks) && k <= n+6; k++ {
			if toks[k].punct || inSet(breakersSet, toks[k].w) {
				break
			}
			if toks[k].w != "to" {
				continue
			}
			p, ok := f.placeAt(sc, k+1)
			if !ok {
				// "to the talks in Geneva", "to the summit at Evian": the
				// gathering's place.
				p, ok = f.gatheringAfter(sc, k+1)
			}
			if !ok {
				break
			}
			f.addLegs(sc, i, cue{cueTravel, tn, "visit"}, f.list(sc, p))
			return
		}
	}
}

// gatheringAfter reads "the talks in Geneva" at token k: a gathering
// noun, then its place after "in" or "at".
func (f *finder) gatheringAfter(sc *sentCtx, k int) (places.Match, bool) {
	toks := f.toks
	if k+3 >= len(toks) || toks[k].w != "the" {
		return places.Match{}, false
	}
	j := k + 1
	if !toks[j].event && !meetingNoun(toks[j].w) && j+1 < len(toks) {
		j++ // "the climate talks"
	}
	if !toks[j].event && !meetingNoun(toks[j].w) || j+2 >= len(toks) || toks[j+1].w != "in" && toks[j+1].w != "at" {
		return places.Match{}, false
	}
	return f.placeAt(sc, j+2)
}
