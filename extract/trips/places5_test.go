package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Fresh sentences published Wednesday 11 March 2026 (Monday 16 ahead).

// TestPlacesSecondaryTowns5: towns, ports and islands below the capitals
// are places of their own, placed in their country.
func TestPlacesSecondaryTowns5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a secondary port city", "2026-03-11",
			"Indian Foreign Minister Ravi Menon will travel to Mombasa on Monday. On Tuesday he flies to Nacala, the deep-water port still rebuilding after the floods.",
			[]want{
				{"Ravi Menon", "Mombasa", "Kenya", "2026-03-16", "", newsbot.StatusScheduled, nil},
				{"Ravi Menon", "Nacala", "Mozambique", "2026-03-17", "", newsbot.StatusScheduled, nil}}},
		{"a regional town", "2026-03-11",
			"German Chancellor Jonas Keller will visit Rostock on Monday to open a wind-turbine plant.",
			[]want{{"Jonas Keller", "Rostock", "Germany", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"an island", "2026-03-11",
			"Greek Prime Minister Nikos Pappas flew to Lesbos on Monday and will travel on to Samos on Friday.",
			[]want{
				{"Nikos Pappas", "Lesbos", "Greece", "2026-03-09", "", newsbot.StatusDone, nil},
				{"Nikos Pappas", "Samos", "Greece", "2026-03-13", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestPlacesLeadRegion5: without a dateline, a lead that names only a
// state or province of one country tells from where; a bare town with a
// namesake abroad is the one at home, and a stretch of coast the people
// finder takes for a name travels nowhere.
func TestPlacesLeadRegion5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a town with a namesake abroad in a state election story", "2026-03-11",
			"Candidates crowd the last week of the campaign in Tasmania.\n\nOpposition leader Claire Dawson flies to Queenstown on Monday to meet miners.",
			[]want{{"Claire Dawson", "Queenstown", "Australia", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"a country in the lead leaves the namesake alone", "2026-03-11",
			"New Zealand's tourism minister is under pressure over visas.\n\nTourism Minister Hana Parata flies to Queenstown on Monday to meet operators.",
			[]want{{"Hana Parata", "Queenstown", "New Zealand", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"a small town abroad the story never names is the region's own", "2026-03-11",
			"Candidates crowd the last week of the campaign in Queensland.\n\nOpposition leader Claire Dawson flies to Cairns on Monday, then heads to Bedford on Tuesday.",
			[]want{
				{"Claire Dawson", "Cairns", "Australia", "2026-03-16", "", newsbot.StatusScheduled, nil},
				{"Claire Dawson", "Bedford", "Australia", "2026-03-17", "", newsbot.StatusScheduled, nil}}},
		{"a small town of a country the story names stays there", "2026-03-11",
			"Candidates crowd the last week of the campaign in Queensland.\n\nOpposition leader Claire Dawson flies to Cairns on Monday, then heads to Bedford on Tuesday to meet British investors.",
			[]want{
				{"Claire Dawson", "Cairns", "Australia", "2026-03-16", "", newsbot.StatusScheduled, nil},
				{"Claire Dawson", "Bedford", "United Kingdom", "2026-03-17", "", newsbot.StatusScheduled, nil}}},
		{"a small town abroad alone in its sentence stays abroad", "2026-03-11",
			"Candidates crowd the last week of the campaign in Queensland.\n\nOpposition leader Claire Dawson flies to Bedford on Tuesday.",
			[]want{{"Claire Dawson", "Bedford", "United Kingdom", "2026-03-17", "", newsbot.StatusScheduled, nil}}},
		{"a coast is no traveller", "2026-03-11",
			"Premier Dan Whitlock will start on the South Coast, with a visit to Wollongong on Monday.",
			[]want{{"Dan Whitlock", "Wollongong", "Australia", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestPlacesSourceAndQuestion5: the source named after a sentence that
// opens with a journey noun is not its traveller; a journey inside a
// question put to the speaker is nobody's plan.
func TestPlacesSourceAndQuestion5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a trip noun and the spokeswoman who told of it", "2026-03-11",
			"Chinese Premier Li Wen will arrive in Lusaka on Friday. A stop in Ndola had been planned for Saturday, the foreign ministry spokeswoman, Mei Ling, told reporters.",
			[]want{
				{"Li Wen", "Lusaka", "Zambia", "2026-03-13", "", newsbot.StatusScheduled, nil},
				{"Li Wen", "Ndola", "Zambia", "2026-03-14", "", newsbot.StatusScheduled, nil}}},
		{"asked whether he might go", "2026-03-11",
			"Chinese Premier Li Wen will arrive in Lusaka on Friday. Asked whether Li might later visit Kitwe, spokeswoman Mei Ling said nothing was excluded.",
			[]want{{"Li Wen", "Lusaka", "Zambia", "2026-03-13", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestMissionLeader5: the one who leads a delegation or a trade mission
// to a place travels there; "led by" and "led the team to victory" do
// not take anyone anywhere.
func TestMissionLeader5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"will lead a delegation to a city on a day", "2026-03-11",
			"Junior minister Priya Nair will lead an Australian delegation to Wellington on Friday for a meeting of fisheries ministers.",
			[]want{{"Priya Nair", "Wellington", "New Zealand", "2026-03-13", "", newsbot.StatusScheduled, nil}}},
		{"headed a trade mission, past", "2026-03-11",
			"Trade Commissioner Lars Holm headed a trade mission of 30 firms to Nairobi on Monday.",
			[]want{{"Lars Holm", "Nairobi", "Kenya", "2026-03-09", "", newsbot.StatusDone, nil}}},
		{"the delegation to the talks in a city", "2026-03-11",
			"Energy Minister Sofia Reyes will lead the Chilean delegation to the talks in Vienna on Monday.",
			[]want{{"Sofia Reyes", "Vienna", "Austria", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"a delegation led after talks in another city", "2026-03-11",
			"Premier Rachel Notley will hold talks at the legislature in Edmonton on Friday, and will lead a provincial delegation to Ottawa on Monday for a meeting of premiers.",
			[]want{
				{"Rachel Notley", "Edmonton", "Canada", "2026-03-13", "", newsbot.StatusScheduled, nil},
				{"Rachel Notley", "Ottawa", "Canada", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"led a team to a win is no journey", "2026-03-11",
			"Coach Marta Lind led her team to a 3-1 win over Sweden on Sunday.",
			nil},
	})
}
