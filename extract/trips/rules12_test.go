package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Published Wednesday 8 April 2026 throughout.

// TestSameDayFuture: a trip later on the day of the paper is scheduled.
func TestSameDayFuture(t *testing.T) {
	runWireCases(t, []wireCase{
		{"will land this evening", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will land in Hanoi this evening for a two-day visit.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusScheduled, nil}}},
		{"flies out tonight", "2026-04-08",
			"Japanese Prime Minister Kenji Sato flies out to Hanoi tonight, his office said.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusScheduled, nil}}},
		{"is due to arrive later today", "2026-04-08",
			"Japanese Prime Minister Kenji Sato is due to arrive in Hanoi later today.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusScheduled, nil}}},
		{"arrived this morning is under way", "2026-04-08",
			"Japanese Prime Minister Kenji Sato arrived in Hanoi this morning.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusUnderway, nil}}},
	})
}

// TestNegatedDayKept: a denied day with a kept one keeps the leg on the
// kept day.
func TestNegatedDayKept(t *testing.T) {
	vienna := func(who, date string) []want {
		return []want{{who, "Vienna", "Austria", date, "", newsbot.StatusScheduled, nil}}
	}
	runWireCases(t, []wireCase{
		{"won't ... but will join them", "2026-04-08",
			"Japanese Prime Minister Kenji Sato won't fly to Vienna on Monday but will join the other leaders there on Tuesday.",
			vienna("Kenji Sato", "2026-04-14")},
		{"will not travel on a day but arrives", "2026-04-08",
			"British Foreign Secretary Helen Price will not travel on Thursday but arrives in Vienna on Friday.",
			vienna("Helen Price", "2026-04-10")},
		{"not until", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will not travel to Vienna until Friday, officials said.",
			vienna("Kenji Sato", "2026-04-10")},
		{"won't ... until", "2026-04-08",
			"Japanese Prime Minister Kenji Sato won't arrive in Vienna until Friday.",
			vienna("Kenji Sato", "2026-04-10")},
		{"rather than", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will fly to Vienna on Friday rather than Thursday.",
			vienna("Kenji Sato", "2026-04-10")},
		{"instead", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will no longer fly to Vienna on Thursday and will instead arrive on Friday.",
			vienna("Kenji Sato", "2026-04-10")},
		{"isn't ... he will travel on Friday instead", "2026-04-08",
			"Japanese Prime Minister Kenji Sato isn't flying to Vienna on Thursday; he will travel on Friday instead.",
			vienna("Kenji Sato", "2026-04-10")},
		{"doesn't ... but", "2026-04-08",
			"British Foreign Secretary Helen Price doesn't leave for Vienna on Thursday but will join the talks on Friday.",
			vienna("Helen Price", "2026-04-10")},
		{"won't be in ..., arriving instead", "2026-04-08",
			"Japanese Prime Minister Kenji Sato won't be in Vienna on Thursday, arriving instead on Friday.",
			vienna("Kenji Sato", "2026-04-10")},
		{"by video is no journey", "2026-04-08",
			"Japanese Prime Minister Kenji Sato won't fly to Vienna on Thursday but will join the talks by video on Friday.",
			nil},
		{"the talks go ahead without him", "2026-04-08",
			"Japanese Prime Minister Kenji Sato won't fly to Vienna on Thursday; the talks will go ahead on Friday without him.",
			nil},
		{"someone else goes", "2026-04-08",
			"Japanese Prime Minister Kenji Sato won't fly to Vienna on Thursday, but Foreign Minister Aiko Mori will travel on Friday.",
			vienna("Aiko Mori", "2026-04-10")},
	})
}

// TestCounterpartPossessive: a possessive names no counterpart; a meeting
// in a purpose clause does.
func TestCounterpartPossessive(t *testing.T) {
	runWireCases(t, []wireCase{
		{"Smith's lawyer", "2026-04-08",
			"British Foreign Secretary Helen Price will fly to Washington on Thursday to see Smith's lawyer, Ann Lee. Jon Smith has been held since January.",
			[]want{{"Helen Price", "Washington", "United States", "2026-04-09", "", newsbot.StatusScheduled, []string{"Ann Lee"}}}},
		{"to brief the envoy", "2026-04-08",
			"British Foreign Secretary Helen Price will fly to Kyiv on Thursday to brief the envoy, Tom Reid.",
			[]want{{"Helen Price", "Kyiv", "Ukraine", "2026-04-09", "", newsbot.StatusScheduled, []string{"Tom Reid"}}}},
		{"to consult", "2026-04-08",
			"British Foreign Secretary Helen Price travelled to Paris on Monday to consult her French counterpart, Marc Dubois.",
			[]want{{"Helen Price", "Paris", "France", "2026-04-06", "", newsbot.StatusDone, []string{"Marc Dubois"}}}},
		{"to press a leader on a topic", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will fly to Beijing on Thursday to press Chinese Premier Li Qiang on export controls.",
			[]want{{"Kenji Sato", "Beijing", "China", "2026-04-09", "", newsbot.StatusScheduled, []string{"Li Qiang"}}}},
		{"a possessor with the owned person unnamed", "2026-04-08",
			"British Foreign Secretary Helen Price met Jon Smith's wife in Washington on Monday.",
			[]want{{"Helen Price", "Washington", "United States", "2026-04-06", "", newsbot.StatusDone, nil}}},
	})
}

// TestGroupTravellers: a group as subject ("the pair", "they", "the
// squad", "the panel", "the bench") travels: its named members when the
// text names them just before, else the group as written.
func TestGroupTravellers(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the pair fly on", "2026-04-08",
			"Finnish President Alexander Stubb and Danish Prime Minister Mette Frederiksen arrived in Brussels on Tuesday. The pair fly to Oslo on Monday.",
			[]want{
				{"Alexander Stubb", "Brussels", "Belgium", "2026-04-07", "", newsbot.StatusDone, nil},
				{"Mette Frederiksen", "Brussels", "Belgium", "2026-04-07", "", newsbot.StatusDone, nil},
				{"Alexander Stubb", "Oslo", "Norway", "2026-04-13", "", newsbot.StatusScheduled, nil},
				{"Mette Frederiksen", "Oslo", "Norway", "2026-04-13", "", newsbot.StatusScheduled, nil}}},
		{"they will travel on to", "2026-04-08",
			"Finnish President Alexander Stubb and Danish Prime Minister Mette Frederiksen will visit Oslo on Thursday. They will travel on to Stockholm on Friday.",
			[]want{
				{"Alexander Stubb", "Oslo", "Norway", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Mette Frederiksen", "Oslo", "Norway", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Alexander Stubb", "Stockholm", "Sweden", "2026-04-10", "", newsbot.StatusScheduled, nil},
				{"Mette Frederiksen", "Stockholm", "Sweden", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the squad after the team is named", "2026-04-08",
			"The England squad arrived in Perth on Monday, coach Brendon McCullum said. The squad will travel on to Brisbane on Friday.",
			[]want{
				{"England", "Perth", "Australia", "2026-04-06", "", newsbot.StatusDone, nil},
				{"England", "Brisbane", "Australia", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the panel of judges with no members named", "2026-04-08",
			"The inquiry into the collapse, chaired by Dame Sarah Wood, resumed on Monday. The panel of judges will visit the site in York on Tuesday.",
			[]want{{"the panel of judges", "York", "United Kingdom", "2026-04-14", "", newsbot.StatusScheduled, nil}}},
		{"the bench after its judges are named", "2026-04-08",
			"The appeal was heard on Monday by Lord Justice Andrew Green, Lady Justice Helen Cole and Mr Justice Peter Hart. The bench will travel to Cardiff on Thursday to inspect the documents.",
			[]want{
				{"Andrew Green", "Cardiff", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Helen Cole", "Cardiff", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Peter Hart", "Cardiff", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"leaders named before are no judges", "2026-04-08",
			"Finnish President Alexander Stubb and Danish Prime Minister Mette Frederiksen met on Monday. The judges will travel to Cardiff on Thursday.",
			[]want{{"the judges", "Cardiff", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"a body with no place to go", "2026-04-08",
			"Dame Sarah Wood chaired the hearing on Monday. The jury will retire on Tuesday to consider its verdict.",
			nil},
		{"a body reported by someone", "2026-04-08",
			"Home Secretary Shabana Mahmood will visit Leeds on Friday, her office said. The committee said it would publish its report on Monday.",
			[]want{{"Shabana Mahmood", "Leeds", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"three judges fly, members named in the sentence before", "2026-04-08",
			"Judges Maria Lopez and Anna Berg heard the case on Monday. The two judges fly to Stockholm on Thursday.",
			[]want{
				{"Maria Lopez", "Stockholm", "Sweden", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Anna Berg", "Stockholm", "Sweden", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFacilityAndSameDay: a facility names the stop's town; "the same
// day" and "that afternoon" take the previous leg's day.
func TestFacilityAndSameDay(t *testing.T) {
	runWireCases(t, []wireCase{
		{"tour a prison in a town, call at a hospital the same day", "2026-04-08",
			"Home Secretary Shabana Mahmood will tour the prison in Leeds on Friday and call at St James's Hospital the same day.",
			[]want{{"Shabana Mahmood", "Leeds", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"that afternoon in another town", "2026-04-08",
			"Health Secretary Wes Streeting will visit a hospital in Bristol on Thursday. That afternoon he will tour a clinic in Oxford.",
			[]want{
				{"Wes Streeting", "Bristol", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Wes Streeting", "Oxford", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"the same day in another town, its own sentence", "2026-04-08",
			"Health Secretary Wes Streeting will visit a cancer unit in Bristol on Thursday. He will visit a hospice in Oxford the same day.",
			[]want{
				{"Wes Streeting", "Bristol", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Wes Streeting", "Oxford", "United Kingdom", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"the following morning", "2026-04-08",
			"Home Secretary Shabana Mahmood visited a prison in Leeds on Monday. She toured a hospital in York the following morning.",
			[]want{
				{"Shabana Mahmood", "Leeds", "United Kingdom", "2026-04-06", "", newsbot.StatusDone, nil},
				{"Shabana Mahmood", "York", "United Kingdom", "2026-04-07", "", newsbot.StatusDone, nil}}},
		{"the same day with no day told before", "2026-04-08",
			"Home Secretary Shabana Mahmood will visit a hospital in York the same day as the vote, her office said.",
			[]want{
				{"Shabana Mahmood", "York", "United Kingdom", "", "", newsbot.StatusScheduled, nil}}},
		{"a prison named by its town", "2026-04-08",
			"Justice Secretary David Lammy will visit HMP Doncaster on Friday to meet staff.",
			[]want{{"David Lammy", "Doncaster", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"a hospital named by its town", "2026-04-08",
			"Health Secretary Wes Streeting toured Leeds General Infirmary on Monday.",
			[]want{{"Wes Streeting", "Leeds", "United Kingdom", "2026-04-06", "", newsbot.StatusDone, nil}}},
	})
}

// TestPostponedTalks: talks called off with no traveller in their
// sentence are the context's participants' leg.
func TestPostponedTalks(t *testing.T) {
	runWireCases(t, []wireCase{
		{"talks in a city postponed", "2026-04-08",
			"US envoy Steve Witkoff had planned to meet Iranian Foreign Minister Abbas Araghchi this month. Talks in Vienna set for next Monday were postponed, a diplomat said.",
			[]want{
				{"Steve Witkoff", "Vienna", "Austria", "2026-04-13", "", newsbot.StatusCancelled, []string{"Abbas Araghchi"}},
				{"Abbas Araghchi", "Vienna", "Austria", "2026-04-13", "", newsbot.StatusCancelled, []string{"Steve Witkoff"}}}},
		{"the meeting in a city called off", "2026-04-08",
			"Japanese Prime Minister Kenji Sato was to meet Chinese Premier Li Qiang this week. The meeting in Singapore on Friday has been called off.",
			[]want{
				{"Kenji Sato", "Singapore", "Singapore", "2026-04-10", "", newsbot.StatusCancelled, []string{"Li Qiang"}},
				{"Li Qiang", "Singapore", "Singapore", "2026-04-10", "", newsbot.StatusCancelled, []string{"Kenji Sato"}}}},
		{"the host at home does not travel", "2026-04-08",
			"Japanese Prime Minister Kenji Sato was to meet Singaporean Prime Minister Lawrence Wong this week. The meeting in Singapore on Friday has been called off.",
			[]want{{"Kenji Sato", "Singapore", "Singapore", "2026-04-10", "", newsbot.StatusCancelled, []string{"Lawrence Wong"}}}},
		{"talks that go ahead make no leg", "2026-04-08",
			"US envoy Steve Witkoff had planned to meet Iranian Foreign Minister Abbas Araghchi this month. Talks in Vienna set for next Monday will go ahead, a diplomat said.",
			nil},
		{"two meetings before: ambiguous", "2026-04-08",
			"US envoy Steve Witkoff met Iranian Foreign Minister Abbas Araghchi on Monday. Japanese Prime Minister Kenji Sato met Chinese Premier Li Qiang on Tuesday. Talks in Vienna set for next Monday were postponed.",
			nil},
		{"many people: ambiguous", "2026-04-08",
			"Japanese Prime Minister Kenji Sato, Chinese Premier Li Qiang and Indian Prime Minister Ravi Menon spoke on Monday. Talks in Vienna set for next Monday were postponed.",
			nil},
	})
}

// TestReturnIsNewLeg: going back to an earlier stop is a leg of its own.
func TestReturnIsNewLeg(t *testing.T) {
	runWireCases(t, []wireCase{
		{"returns to Rome", "2026-04-08",
			"Japanese Prime Minister Kenji Sato arrived in Rome on Monday. He flies to Milan on Thursday and returns to Rome on Sunday.",
			[]want{
				{"Kenji Sato", "Rome", "Italy", "2026-04-06", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Milan", "Italy", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Kenji Sato", "Rome", "Italy", "2026-04-12", "", newsbot.StatusScheduled, nil}}},
		{"will head back to", "2026-04-08",
			"Japanese Prime Minister Kenji Sato visited Rome on Monday and went on to Milan on Tuesday. He will head back to Rome on Friday.",
			[]want{
				{"Kenji Sato", "Rome", "Italy", "2026-04-06", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Milan", "Italy", "2026-04-07", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Rome", "Italy", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"a stay this week, a stop, then back", "2026-04-08",
			"Japanese Prime Minister Kenji Sato is in Rome this week. He travels to Milan on Thursday and returns to Rome on Friday.",
			[]want{
				{"Kenji Sato", "Rome", "Italy", "2026-W15", "", newsbot.StatusUnderway, nil},
				{"Kenji Sato", "Milan", "Italy", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Kenji Sato", "Rome", "Italy", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"due back in", "2026-04-08",
			"Japanese Prime Minister Kenji Sato visited Rome on Monday and flew to Milan on Tuesday. He is due back in Rome on Sunday.",
			[]want{
				{"Kenji Sato", "Rome", "Italy", "2026-04-06", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Milan", "Italy", "2026-04-07", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Rome", "Italy", "2026-04-12", "", newsbot.StatusScheduled, nil}}},
		{"will be back in", "2026-04-08",
			"Japanese Prime Minister Kenji Sato visited Rome on Monday and Milan on Tuesday. He will be back in Rome on Sunday.",
			[]want{
				{"Kenji Sato", "Rome", "Italy", "2026-04-06", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Milan", "Italy", "2026-04-07", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Rome", "Italy", "2026-04-12", "", newsbot.StatusScheduled, nil}}},
		{"back in one's own capital is no trip", "2026-04-08",
			"Italian Prime Minister Giorgia Meloni visited Paris on Monday. She is due back in Rome on Sunday.",
			[]want{{"Giorgia Meloni", "Paris", "France", "2026-04-06", "", newsbot.StatusDone, nil}}},
		{"a meeting within the stay is the stay", "2026-04-08",
			"Japanese Prime Minister Kenji Sato is in Rome this week. He will meet Giorgia Meloni in Rome on Thursday.",
			[]want{{"Kenji Sato", "Rome", "Italy", "2026-04-09", "", newsbot.StatusScheduled, []string{"Giorgia Meloni"}}}},
	})
}

// TestClubCities: a city that names a club in the sentence is no stop.
func TestClubCities(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the club refuses talks", "2026-04-08",
			"Culture Secretary Lisa Nandy will travel to Manchester on Friday to meet club owners. Leeds have refused talks with the regulator.",
			[]want{{"Lisa Nandy", "Manchester", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the club's chairman", "2026-04-08",
			"Culture Secretary Lisa Nandy will visit Leeds on Friday. Leeds's chairman, Paraag Marathe, said he would meet her.",
			[]want{{"Lisa Nandy", "Leeds", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the club's chairman after a country leg", "2026-04-08",
			"Culture Secretary Lisa Nandy will travel to the United States on Friday. Leeds's chairman Paraag Marathe will meet her there.",
			[]want{{"Lisa Nandy", "United States", "United States", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the club will travel", "2026-04-08",
			"Culture Secretary Lisa Nandy will visit Newcastle on Friday. Leeds have agreed to travel to talks in London next week.",
			[]want{{"Lisa Nandy", "Newcastle", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the club refusing to travel", "2026-04-08",
			"US Secretary of State Marco Rubio will travel to Britain on Friday, with Leeds refusing to travel to London.",
			[]want{{"Marco Rubio", "United Kingdom", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"the club set to travel", "2026-04-08",
			"US Secretary of State Marco Rubio will travel to Britain on Friday, with Leeds set to fly to Madrid on Saturday.",
			[]want{
				{"Marco Rubio", "United Kingdom", "United Kingdom", "2026-04-10", "", newsbot.StatusScheduled, nil},
				{"Leeds", "Madrid", "Spain", "2026-04-11", "", newsbot.StatusScheduled, nil}}},
		{"a country refusing to travel", "2026-04-08",
			"US envoy Steve Witkoff met Omani officials in Muscat on Monday, with Iran refusing to travel to Oman.",
			[]want{{"Steve Witkoff", "Muscat", "Oman", "2026-04-06", "", newsbot.StatusDone, nil}}},
	})
}
