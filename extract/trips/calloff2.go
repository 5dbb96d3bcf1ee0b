package trips

import (
	"strings"

	"github.com/newsroom/newsbot/internal/lazyre"
)

// Words that take a plan off the books, and "instead of", which counts
// only before the place ("will return to London instead of flying on to
// Addis Ababa").
var (
	reOffWord   = lazyre.New(`(?i)\b(?:postpon(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|pull(?:s|ed|ing)?\s+out\s+of|put\s+off|abandon(?:s|ed|ing)?|no\s+longer|rul(?:e|es|ed)\s+out)\b`)
	reInsteadOf = lazyre.New(`(?i)\binstead\s+of\b`)
)

// offJourneyWords are what a call-off must be about for a visit to be
// off: the journey or the meeting, not "the scheme" or "the contract".
var offJourneyWords = map[string]bool{
	"visit": true, "visits": true, "trip": true, "trips": true, "tour": true, "journey": true, "leg": true,
	"stop": true, "stopover": true, "talks": true, "meeting": true, "meetings": true, "summit": true,
	"travel": true, "travelling": true, "traveling": true, "fly": true, "flying": true, "go": true, "going": true,
	"attend": true, "attending": true, "appearance": true, "rally": true, "ceremony": true, "conference": true,
	"dinner": true, "lunch": true, "banquet": true, "reception": true, "engagement": true, "engagements": true,
	"itinerary": true, "programme": true, "schedule": true, "plans": true, "plan": true,
}

// CallsOff reports whether sentence says that a visit to place (or a
// meeting there) is postponed or called off: the sentence names the place,
// and a call-off word governs a journey or meeting within its clause
// ("The minister has postponed her visit to Lisbon", "Talks in Vienna
// were called off"). A call-off of something else in a sentence naming
// the place ("the developer could abandon the scheme in Leeds") is no
// doubt about a visit. Pure; summaries may use it to flag a plan.
func CallsOff(sentence, place string) bool {
	if place == "" {
		return false
	}
	low := strings.ToLower(sentence)
	at := strings.Index(low, strings.ToLower(place))
	if at < 0 {
		return false
	}
	if loc := reInsteadOf.FindStringIndex(low); loc != nil && loc[0] < at {
		return true
	}
	for _, loc := range reOffWord.FindAllStringIndex(low, -1) {
		if journeyNear(low, loc[0], loc[1]) {
			return true
		}
	}
	return false
}

// journeyNear reports a journey or meeting word within eight words of the
// call-off at low[from:to], in the same clause (no ";" or ":" between).
func journeyNear(low string, from, to int) bool {
	before := low[:from]
	if k := strings.LastIndexAny(before, ";:"); k >= 0 {
		before = before[k+1:]
	}
	after := low[to:]
	if k := strings.IndexAny(after, ";:"); k >= 0 {
		after = after[:k]
	}
	bw := strings.Fields(before)
	if len(bw) > 8 {
		bw = bw[len(bw)-8:]
	}
	aw := strings.Fields(after)
	if len(aw) > 8 {
		aw = aw[:8]
	}
	for _, ws := range [2][]string{bw, aw} {
		for _, w := range ws {
			if offJourneyWords[strings.Trim(w, `.,'"’“”()`)] {
				return true
			}
		}
	}
	return false
}
