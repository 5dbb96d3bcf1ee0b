package trips

import "github.com/newsroom/newsbot/extract/places"

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
// make no leg. Only a sentence with a meeting cue or "head" is read
// ("... to Halifax on Friday for a meeting of ministers"): a look at
// every sentence cost the stage 2-4 per cent, so a bare "led a
// delegation to Oslo." waits for a cheaper filter.
func (f *finder) ledMission(sc *sentCtx) {
	toks := f.toks
	// The noun first, by its length: rare, so most sentences are passed
	// over with a compare a token.
	for n := 2; n+2 < len(toks); n++ {
		if l := len(toks[n].w); l != 7 && l != 8 && l != 10 && l != 11 || !missionNoun(toks[n].w) {
			continue
		}
		i := -1
		var tn tense
		for k := n - 1; k >= 0 && k >= n-4; k-- {
			if toks[k].punct {
				break
			}
			if t, ok := leadVerb(toks[k].w); ok {
				i, tn = k, t
				break
			}
		}
		if i < 0 || toks[i+1].w == "by" {
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
			if !ok || f.placedInSentence(sc, p.Place.Name) {
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

// placedInSentence reports a leg of the sentence at the place named.
func (f *finder) placedInSentence(sc *sentCtx, name string) bool {
	for _, j := range sc.legs {
		if f.legs[j].Place == name {
			return true
		}
	}
	return false
}
