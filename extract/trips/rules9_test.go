package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestRegionQualifiesCity: a province or state after a city names where
// the city is; it is not a second stop.
func TestRegionQualifiesCity(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a province after the city", "2026-04-06",
			"German Chancellor Friedrich Merz will visit Windsor, Ontario, on Thursday to tour a battery plant.",
			[]want{{"Friedrich Merz", "Windsor", "Canada", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"a state between two listed towns", "2026-04-06",
			"German Chancellor Friedrich Merz will visit Austin, Texas, and Denver on Thursday.",
			[]want{
				{"Friedrich Merz", "Austin", "United States", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Denver", "United States", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestHostAfterWith: the host named after "with" on a travel verb is a
// counterpart of that leg.
func TestHostAfterWith(t *testing.T) {
	runWireCases(t, []wireCase{
		{"ends the tour with the host", "2026-05-11",
			"Brazilian President Luiz Inacio Lula da Silva ends his African tour in Accra on Friday with Ghanaian President John Mahama.",
			[]want{{"Luiz Inacio Lula da Silva", "Accra", "Ghana", "2026-05-15", "", newsbot.StatusScheduled, []string{"John Mahama"}}}},
		{"a compatriot after with is no host", "2026-05-11",
			"Brazilian President Luiz Inacio Lula da Silva arrived in Accra on Friday with Brazilian Foreign Minister Mauro Vieira.",
			[]want{
				{"Luiz Inacio Lula da Silva", "Accra", "Ghana", "2026-05-08", "", newsbot.StatusDone, nil},
				// A compatriot minister goes along (see titledCompanion).
				{"Mauro Vieira", "Accra", "Ghana", "2026-05-08", "", newsbot.StatusDone, nil}}},
	})
}

// TestExpectedToJoin: "is expected to join ... in CITY" schedules a leg.
func TestExpectedToJoin(t *testing.T) {
	runWireCases(t, []wireCase{
		{"expected to join the leaders", "2026-06-10",
			"Ukrainian President Volodymyr Zelensky is expected to join the European leaders in Brussels on Monday, officials said.",
			[]want{{"Volodymyr Zelensky", "Brussels", "Belgium", "2026-06-15", "", newsbot.StatusScheduled, nil}}},
		{"having joined a company is no journey", "2026-06-10",
			"Finance chief Maria Lopez joined the company in Madrid in 2019, the bank said.",
			nil},
	})
}

// TestGatheringDayLater: a gathering's day given in the next sentence dates
// the leg.
func TestGatheringDayLater(t *testing.T) {
	runWireCases(t, []wireCase{
		{"talks due to open on a date", "2026-05-20",
			"Irish Foreign Minister Helen McEntee will attend talks in Geneva on the ceasefire. The talks are due to open on May 27.",
			[]want{{"Helen McEntee", "Geneva", "Switzerland", "2026-05-27", "", newsbot.StatusScheduled, nil}}},
		{"the summit to begin on a weekday", "2026-05-20",
			"Irish Foreign Minister Helen McEntee will attend a regional summit in Geneva. The summit will begin on Friday, organisers said.",
			[]want{{"Helen McEntee", "Geneva", "Switzerland", "2026-05-22", "", newsbot.StatusScheduled, nil}}},
		{"talks that opened in the past date no plan", "2026-05-20",
			"Irish Foreign Minister Helen McEntee will attend talks in Geneva. The talks were first held in 2019.",
			[]want{{"Helen McEntee", "Geneva", "Switzerland", "", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestDescribedTeam: a team told by a title ("the Premier League
// champions") after it was named is the team named.
func TestDescribedTeam(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a league title before champions", "2026-05-20",
			"LONDON, May 20 (Reuters) - Liverpool will fly to Tokyo on Sunday for a pre-season tour, manager Arne Slot said. The Premier League champions will play two friendlies in Japan before travelling to Hong Kong.",
			[]want{
				{"Liverpool", "Tokyo", "Japan", "2026-05-24", "", newsbot.StatusScheduled, nil},
				{"Liverpool", "Hong Kong", "China", "", "2026-05-24", newsbot.StatusScheduled, nil}}},
		{"the defending champions travel on", "2026-05-20",
			"LONDON, May 20 (Reuters) - Liverpool will fly to Tokyo on Sunday for a pre-season tour, manager Arne Slot said. The defending champions will travel to Hong Kong on May 29.",
			[]want{
				{"Liverpool", "Tokyo", "Japan", "2026-05-24", "", newsbot.StatusScheduled, nil},
				{"Liverpool", "Hong Kong", "China", "2026-05-29", "", newsbot.StatusScheduled, nil}}},
		{"a title with no team before it names no one", "2026-05-20",
			"The Premier League champions will play two friendlies in Japan before travelling to Hong Kong.",
			nil},
	})
}
