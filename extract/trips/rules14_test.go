package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Fresh sentences published Thursday 14 May 2026 (Monday 11 behind,
// Monday 18 ahead).

// TestFreshDatedTalks14: a meeting whose day stands between the noun and
// its partner ("held talks on Tuesday afternoon with X"), with no place
// of its own, joins the traveller's stop of that day.
func TestFreshDatedTalks14(t *testing.T) {
	runWireCases(t, []wireCase{
		{"talks, the day, then the partner, at a palace", "2026-05-14",
			"Korean Trade Minister Park Ji-won arrived in Lima on Tuesday for a two-day visit. Park held talks on Tuesday afternoon with Peruvian Foreign Minister Elena Quispe at the Torre Tagle palace, and signed a fisheries accord.",
			[]want{{"Park Ji-won", "Lima", "Peru", "2026-05-12", "", newsbot.StatusDone, []string{"Elena Quispe"}}}},
		{"lunch on a day with", "2026-05-14",
			"Dutch Foreign Minister Pieter de Wit flew to Nairobi on Monday. He had lunch on Monday with Kenyan Trade Secretary Grace Wanjiru before touring the port.",
			[]want{{"Pieter de Wit", "Nairobi", "Kenya", "2026-05-11", "", newsbot.StatusDone, []string{"Grace Wanjiru"}}}},
		{"late on a day", "2026-05-14",
			"Canadian Prime Minister Sarah Collins landed in Oslo on Wednesday. Collins held talks late on Wednesday with Norwegian Prime Minister Erik Lund.",
			[]want{{"Sarah Collins", "Oslo", "Norway", "2026-05-13", "", newsbot.StatusDone, []string{"Erik Lund"}}}},
		{"the stop of that day, not the one before", "2026-05-14",
			"Irish Foreign Minister Aoife Byrne visited Warsaw on Monday and flew on to Vilnius on Tuesday. She held talks on Tuesday with Lithuanian Foreign Minister Jonas Petraitis.",
			[]want{
				{"Aoife Byrne", "Warsaw", "Poland", "2026-05-11", "", newsbot.StatusDone, nil},
				{"Aoife Byrne", "Vilnius", "Lithuania", "2026-05-12", "", newsbot.StatusDone, []string{"Jonas Petraitis"}}}},
	})
}
