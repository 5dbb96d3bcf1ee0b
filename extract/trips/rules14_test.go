package trips

import (
	"strings"
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
		{"sat down on a day with", "2026-05-14",
			"Brazilian Finance Minister Carla Mendes arrived in Madrid on Monday. Mendes sat down on Monday with Spanish Economy Minister Pablo Ruiz at the ministry.",
			[]want{{"Carla Mendes", "Madrid", "Spain", "2026-05-11", "", newsbot.StatusDone, []string{"Pablo Ruiz"}}}},
		{"sat down with reporters meets nobody", "2026-05-14",
			"Brazilian Finance Minister Carla Mendes arrived in Madrid on Monday. Mendes sat down with reporters on Monday evening.",
			[]want{{"Carla Mendes", "Madrid", "Spain", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"a venue after at is nobody met", "2026-05-14",
			"Brazilian Finance Minister Carla Mendes arrived in Madrid on Monday. She had dinner with Spanish Economy Minister Pablo Ruiz at the Hotel Alcala Real.",
			[]want{{"Carla Mendes", "Madrid", "Spain", "2026-05-11", "", newsbot.StatusDone, []string{"Pablo Ruiz"}}}},
		{"a bare venue after at", "2026-05-14",
			"Indian Commerce Minister Ravi Menon landed in Hanoi on Tuesday. Menon met Vietnamese Trade Minister Tran Thi Lan at Thang Long Citadel.",
			[]want{{"Ravi Menon", "Hanoi", "Vietnam", "2026-05-12", "", newsbot.StatusDone, []string{"Tran Thi Lan"}}}},
	})
}

// TestFreshYearModifier14: a year that modifies a noun ("a 2024 law",
// "the 2023 earthquake", "its 2024 election") dates no leg; a year before
// a journey noun ("her 2019 visit to Havana") still does.
func TestFreshYearModifier14(t *testing.T) {
	runWireCases(t, []wireCase{
		{"its year's election, at a scheduled stop", "2026-05-14",
			"Spanish Foreign Minister Lucia Moreno will fly to Caracas on Monday. In Caracas, Moreno is expected to urge Venezuela to respect the results of its 2024 election.",
			[]want{{"Lucia Moreno", "Caracas", "Venezuela", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"the year's earthquake, at a stop made", "2026-05-14",
			"German Economy Minister Jonas Keller arrived in Ankara on Tuesday. In Ankara, Keller met Turkish Trade Minister Emre Aydin to discuss rebuilding after the 2023 earthquake.",
			[]want{{"Jonas Keller", "Ankara", "Turkey", "2026-05-12", "", newsbot.StatusDone, []string{"Emre Aydin"}}}},
		{"a year's ban", "2026-05-14",
			"Australian Trade Minister Tom Bradley heads to Jakarta on Monday. In Jakarta, Bradley is expected to lobby Indonesia over a 2020 ban on nickel ore exports.",
			[]want{{"Tom Bradley", "Jakarta", "Indonesia", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"a year's visit is still dated", "2026-05-14",
			"Former prime minister Ruth Hale recalled her 2019 visit to Havana, where she met students.",
			[]want{{"Ruth Hale", "Havana", "Cuba", "2019", "", newsbot.StatusDone, nil}}},
	})
}

func TestYearAsModifier(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"promised under a 2024 law", true},
		{"rebuilding after the 2011 earthquake", true},
		{"Argentina's 2019 election", true},
		{"respect its 2024 election", true},
		{"visited Lima in 2024 and", false},
		{"her 2019 visit to Havana", false},
		{"the 2024 and 2025 budgets", false},
		{"since 2024, when", false},
		{"the 2024", false},
	} {
		a := strings.Index(c.s, "20")
		if got := yearAsModifier(c.s, a, a+4); got != c.want {
			t.Errorf("yearAsModifier(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
