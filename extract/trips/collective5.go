package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/places"
)

// partyQualifiers make "party" a travelling group, not a political one:
// "the royal party", "the papal entourage", "the travelling party".
var partyQualifiers = map[string]bool{
	"royal": true, "papal": true, "presidential": true, "official": true, "travelling": true, "traveling": true,
	"prime": true, "minister's": true, "king's": true, "queen's": true, "pope's": true, "president's": true,
}

// partyTraveller is the story's traveller when the subject of the cue at
// token i is the group travelling with them: "The royal party will fly
// to Nairobi on Tuesday", "the papal entourage lands in Beira". -1
// otherwise ("the party will campaign in Leeds" is a political party).
func (f *finder) partyTraveller(sc *sentCtx, i int) int {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 2 {
		return -1
	}
	switch toks[k].w {
	case "party", "entourage", "retinue":
	default:
		return -1
	}
	if toks[k].w == "party" && !partyQualifiers[strings.ToLower(toks[k-1].w)] {
		return -1
	}
	return f.storyTraveller(sc)
}

// fixtureNouns are a side's matches: "The second Test is at the Gabba in
// Brisbane on Friday".
var fixtureNouns = map[string]bool{
	"test": true, "match": true, "game": true, "fixture": true, "final": true, "semi-final": true, "tie": true,
	"quarter-final": true, "decider": true, "friendly": true, "qualifier": true,
}

// fixtureLegs adds the stop of the story's side told by its next match,
// with no travel verb: "The second Test is at the Gabba in Brisbane on
// Friday", "The final will be in Lisbon on May 30". The side is the team
// the story follows (one that travelled before, the lead's, or the club
// its coach is quoted for); a story with none makes no leg. A match at
// the side's home is no trip.
func (f *finder) fixtureLegs(sc *sentCtx) {
	toks := f.toks
	if len(sc.legs) > 0 || len(toks) < 5 || toks[0].w != "the" && toks[0].w != "The" {
		return
	}
	n := 1
	for n < 3 && !fixtureNouns[strings.ToLower(toks[n].w)] {
		n++ // "The second Test", "The opening match"
	}
	if !fixtureNouns[strings.ToLower(toks[n].w)] || n+2 >= len(toks) {
		return
	}
	k := n + 1
	switch toks[k].w {
	case "is", "will":
		if toks[k].w == "will" {
			if toks[k+1].w != "be" {
				return
			}
			k++
		}
	default:
		return
	}
	k++
	if k+1 >= len(toks) || toks[k].w != "in" && toks[k].w != "at" {
		return
	}
	p, ok := f.placeAt(sc, k+1)
	if !ok || f.namePart(p) {
		// "at the Gabba in Brisbane": the town after the ground.
		for j := k + 1; j < len(toks) && j <= k+7 && !toks[j].punct; j++ {
			if toks[j].w == "in" {
				p, ok = f.placeAt(sc, j+1)
				break
			}
		}
	}
	if !ok || f.namePart(p) {
		return
	}
	team, ok := f.recentTeam(sc)
	if !ok {
		team, ok = f.leadTeam()
	}
	if !ok {
		team, ok = f.storyClub()
	}
	if !ok || f.homeGround(team, p) {
		return
	}
	c := cue{cuePresence, tenseBase, "plays"}
	before := len(f.legs)
	f.addLeg(sc, k-1, c, -1, []places.Match{p})
	for j := before; j < len(f.legs); j++ {
		l := &f.legs[j]
		l.Traveler, l.team, l.presence = team, true, false
		if l.tense == "" {
			l.tense = "scheduled" // "The second Test is in Brisbane on Friday": the fixture list
		}
	}
}

// homeGround reports a match of team at p in its own town or country.
func (f *finder) homeGround(team string, p places.Match) bool {
	if team == p.Place.Name || team == p.Place.Country {
		return true
	}
	h, ok := places.Lookup(team)
	return ok && h.Country != "" && h.Country == p.Place.Country
}

// regionNoun reports the last word of a region's name, which the people
// finder may take for a person: "the North-West Coast", "the Hunter
// Valley", "the Cape Peninsula".
func regionNoun(w string) bool {
	switch w { // no lower-cased copy: notAPerson asks this of every candidate
	case "Coast", "coast", "Valley", "valley", "Highlands", "highlands", "Peninsula", "peninsula", "Region", "region",
		"Province", "province", "Delta", "delta", "Plains", "plains", "Riviera", "riviera", "Outback", "outback",
		"Hinterland", "hinterland", "Lowlands", "lowlands", "Uplands", "uplands", "Midlands", "midlands", "Heartland", "heartland":
		return true
	}
	return false
}
