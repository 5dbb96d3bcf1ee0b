package trips

import (
	"strings"
	"time"
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
		m := n + 1
		if m+1 < len(words) && !leadTeamNouns[strings.ToLower(words[m])] && strings.ToLower(words[m]) == words[m] {
			m++ // "autumn tour", "World Cup squad" is too far
		}
		if leadTeamNouns[strings.ToLower(strings.TrimRight(words[m], ".,;:"))] {
			return owner, true
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
