package trips

import (
	"strings"
	"time"

	"github.com/newsroom/newsbot/extract/places"
)

// leadTeamNouns follow a side's name in a sports story's lead: "Japan's
// autumn tour ended in defeat", "Ireland's squad", "Wales's campaign".
var leadTeamNouns = map[string]bool{
	"tour": true, "squad": true, "side": true, "team": true, "campaign": true,
}

// leadTeam is the side a sports story's lead is about, named as the owner
// of its tour, squad or campaign within the lead's first sentence
// ("Japan's autumn tour ended in a third straight defeat"), for "the
// squad" that travels later with no team named near. An owner who is a
// person ("Kenji Hara's side") is the coach, no team; false when the lead
// names none.
func (f *finder) leadTeam() (string, bool) {
	lead := f.text[f.storyStart:]
	if k := strings.Index(lead, "\n\n"); k >= 0 && !strings.Contains(lead[:k], ". ") && !strings.HasSuffix(lead[:k], ".") {
		lead = lead[k+2:] // a headline
	}
	if k := strings.Index(lead, ". "); k >= 0 {
		lead = lead[:k]
	}
	words := strings.Fields(lead)
	for n := 0; n+1 < len(words); n++ {
		owner, ok := strings.CutSuffix(words[n], "'s")
		if !ok {
			owner, ok = strings.CutSuffix(words[n], "’s")
		}
		if !ok || len(owner) < 3 || !isCapitalised(owner) || f.personWord(owner) {
			continue
		}
		// "Japan's autumn tour", "Celtic's Champions League campaign":
		// up to three words before the noun, no clause mark between.
		for m := n + 1; m < len(words) && m <= n+4; m++ {
			w := words[m]
			if leadTeamNouns[strings.ToLower(strings.TrimRight(w, ".,;:"))] {
				return owner, true
			}
			if strings.ContainsAny(w, ".,;:'’") {
				break
			}
		}
	}
	return "", false
}

// weekendRange is the Saturday and Sunday of a TIMEX3 weekend value
// ("2026-W48-WE"), which DayRange does not read.
func weekendRange(v string) (time.Time, time.Time, bool) {
	wk, ok := strings.CutSuffix(v, "-WE")
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	mon, _, ok := DayRange(wk)
	if !ok || len(wk) != 8 {
		return time.Time{}, time.Time{}, false
	}
	return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true
}

// demonymTeam names a side called by its people's adjective ("the
// Spanish squad") by its country.
func demonymTeam(owner string) string {
	if c, ok := places.Demonym(owner); ok {
		return c
	}
	return owner
}
