package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Published Sunday 22 November 2026 unless told.

// TestTitledCoupleTour: a pair of titles sharing one see ("the Duke and
// Duchess of Avonmore") travel together; "the couple", "they", "The tour
// ends in" and "A planned day in ... has been dropped" are both of them.
func TestTitledCoupleTour(t *testing.T) {
	pair := func(a, b string) func(place, country, date, status string) []want {
		return func(place, country, date, status string) []want {
			return []want{{a, place, country, date, "", status, nil}, {b, place, country, date, "", status, nil}}
		}
	}
	both := pair("Duke of Avonmore", "Duchess of Avonmore")
	wales := pair("Prince of Wales", "Princess of Wales")
	cat := func(ws ...[]want) []want {
		var out []want
		for _, w := range ws {
			out = append(out, w...)
		}
		return out
	}
	runWireCases(t, []wireCase{
		{"stepped off the plane, then the couple", "2026-11-22",
			"It was snowing in Ottawa on Thursday evening when the Duke and Duchess of Avonmore stepped off the plane at the airbase.\n\nThe couple will fly to Halifax on Monday, where they will open a museum.",
			cat(both("Ottawa", "Canada", "2026-11-19", newsbot.StatusDone), both("Halifax", "Canada", "2026-11-23", newsbot.StatusScheduled))},
		{"they, a dropped day and the tour's end", "2026-11-22",
			"The Prince and Princess of Wales arrived in Nairobi on Friday. On Wednesday they will travel to Kisumu to visit a school.\n\nA planned day in Mombasa on Tuesday has been dropped from the itinerary.\n\nThe tour ends in Arusha next Friday, when the prince will open a clinic.",
			cat(wales("Nairobi", "Kenya", "2026-11-20", newsbot.StatusDone), wales("Kisumu", "Kenya", "2026-11-25", newsbot.StatusScheduled),
				wales("Mombasa", "Kenya", "2026-11-24", newsbot.StatusCancelled), wales("Arusha", "Tanzania", "2026-11-27", newsbot.StatusScheduled))},
		{"one traveller's scrapped day", "2026-11-22",
			"President Ana Ruiz arrived in Lima on Friday. A scheduled day in Cusco on Monday was cancelled, officials said.",
			[]want{{"Ana Ruiz", "Lima", "Peru", "2026-11-20", "", newsbot.StatusDone, nil}, {"Ana Ruiz", "Cusco", "Peru", "2026-11-23", "", newsbot.StatusCancelled, nil}}},
		{"stepping off the stage is no arrival", "2026-11-22",
			"In Lima on Friday the singer Rosa Vidal stepped off the stage to cheers.",
			nil},
	})
}

// TestReturnToEarlierStop: a return to a city visited on an earlier day,
// with a stop elsewhere between, is a journey of its own, not the way
// home, even when a later stop abroad follows.
func TestReturnToEarlierStop(t *testing.T) {
	nairobi := func(date, status string, cps []string) want {
		return want{"Ola Berg", "Nairobi", "Kenya", date, "", status, cps}
	}
	kampala := want{"Ola Berg", "Kampala", "Uganda", "2026-11-20", "", newsbot.StatusUnderway, []string{"Robinah Nabbanja"}}
	lead := "Norwegian Foreign Minister Ola Berg met Kenyan President William Ruto in Nairobi on Thursday. On Friday he held talks in Kampala with Ugandan Prime Minister Robinah Nabbanja.\n\n"
	runWireCases(t, []wireCase{
		{"return for a second meeting, then on abroad", "2026-11-20",
			lead + "Berg will return to Nairobi on Saturday for a second meeting with Ruto, his office said, before flying to Brussels on Monday.",
			[]want{nairobi("2026-11-19", newsbot.StatusDone, []string{"William Ruto"}), kampala,
				nairobi("2026-11-21", newsbot.StatusScheduled, []string{"William Ruto"}),
				{"Ola Berg", "Brussels", "Belgium", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
		{"return with nothing after", "2026-11-20",
			lead + "He returns to Nairobi on Sunday, officials said.",
			[]want{nairobi("2026-11-19", newsbot.StatusDone, []string{"William Ruto"}), kampala,
				nairobi("2026-11-22", newsbot.StatusScheduled, nil)}},
		{"going home is still no journey", "2026-11-20",
			lead + "Berg will return to Oslo on Saturday before flying to Brussels on Monday.",
			[]want{nairobi("2026-11-19", newsbot.StatusDone, []string{"William Ruto"}), kampala,
				{"Ola Berg", "Brussels", "Belgium", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestSameDayEveningAhead: a same-day arrival told in a future clause for
// the weekday's evening is still ahead.
func TestSameDayEveningAhead(t *testing.T) {
	runWireCases(t, []wireCase{
		{"will arrive on the weekday's evening", "2026-11-18",
			"German Chancellor Hans Vogt will arrive in Brussels on Wednesday evening for a working dinner with European Council President Ana Costa, a spokesman said.",
			[]want{{"Hans Vogt", "Brussels", "Belgium", "2026-11-18", "", newsbot.StatusScheduled, []string{"Ana Costa"}}}},
		{"will fly on the weekday's afternoon", "2026-11-20",
			"Swiss envoy Lea Roth will fly to Vienna on Friday afternoon, her office said.",
			[]want{{"Lea Roth", "Vienna", "Austria", "2026-11-20", "", newsbot.StatusScheduled, nil}}},
		{"arrived on the weekday's evening is under way", "2026-11-20",
			"Swiss envoy Lea Roth arrived in Vienna on Friday afternoon, her office said.",
			[]want{{"Lea Roth", "Vienna", "Austria", "2026-11-20", "", newsbot.StatusUnderway, nil}}},
	})
}

// TestPostponedMeetingAfterRelative: a meeting called off after a
// relative clause (", which had been pencilled in for next Thursday,") is
// the story's one traveller's when the meetings before were all his.
func TestPostponedMeetingAfterRelative(t *testing.T) {
	lead := "Danish Foreign Minister Ola Berg met Kenyan President William Ruto in Nairobi on Thursday. On Friday he held talks in Kampala with Ugandan Prime Minister Robinah Nabbanja.\n\n"
	legs := []want{
		{"Ola Berg", "Nairobi", "Kenya", "2026-11-19", "", newsbot.StatusDone, []string{"William Ruto"}},
		{"Ola Berg", "Kampala", "Uganda", "2026-11-20", "", newsbot.StatusUnderway, []string{"Robinah Nabbanja"}},
	}
	runWireCases(t, []wireCase{
		{"three-way meeting pencilled in, then postponed", "2026-11-20",
			lead + "A three-way meeting in Oslo, which had been pencilled in for next Thursday, has been postponed, a spokesman said.",
			append(legs[:2:2], want{"Ola Berg", "Oslo", "Norway", "2026-11-26", "", newsbot.StatusCancelled, nil})},
		{"talks originally set for a day, then scrapped", "2026-11-20",
			lead + "Talks in Geneva, originally set for Tuesday, have been scrapped, officials said.",
			append(legs[:2:2], want{"Ola Berg", "Geneva", "Switzerland", "2026-11-24", "", newsbot.StatusCancelled, nil})},
		{"a relative clause with no call-off makes nothing", "2026-11-20",
			lead + "A meeting in Oslo, which both sides want, is still possible, a spokesman said.",
			legs},
	})
}

// TestClubTownDestination: a town also named as the club that speaks in
// the same sentence ("after Frosinone said they would not talk") is still
// the destination of "travel to", not the city of the leg before.
func TestClubTownDestination(t *testing.T) {
	milan := want{"Luis Ferreira", "Milan", "Italy", "2026-11-23", "", newsbot.StatusScheduled, []string{"Gustavo Peralta"}}
	runWireCases(t, []wireCase{
		{"a town the gazetteer lacks, named as the club", "2026-11-20",
			"Sporting director Luis Ferreira will fly to Milan on Monday to meet the agent, Gustavo Peralta. Ferreira had been due to travel to Frosinone on Tuesday to meet the club's president, Enrico Bassi, but that meeting has been called off after Frosinone said they would not discuss the player.",
			[]want{milan, {"Luis Ferreira", "Frosinone", "", "2026-11-24", "", newsbot.StatusCancelled, []string{"Enrico Bassi"}}}},
		{"a known city named as the club", "2026-11-20",
			"Sporting director Luis Ferreira will fly to Milan on Monday to meet the agent, Gustavo Peralta. Ferreira had been due to travel to Bergamo on Tuesday to meet the club's president, Enrico Bassi, but that meeting has been called off after Bergamo said they would not sell.",
			[]want{milan, {"Luis Ferreira", "Bergamo", "Italy", "2026-11-24", "", newsbot.StatusCancelled, []string{"Enrico Bassi"}}}},
		{"a town whose name is a short form of a paper's", "2026-11-20",
			"Porto have told Lakeside United the striker is not for sale. Sporting director Ana Ruiz will fly to Madrid on Monday to meet the agent, Jon Blas. Ruiz had been due to travel to Porto on Tuesday to meet the club's president, Rui Teles, but that meeting has been called off.\n\nTeles, speaking to Jornal de Porto this week, was blunt.",
			[]want{{"Ana Ruiz", "Madrid", "Spain", "2026-11-23", "", newsbot.StatusScheduled, []string{"Jon Blas"}},
				{"Ana Ruiz", "Porto", "Portugal", "2026-11-24", "", newsbot.StatusCancelled, []string{"Rui Teles"}}}},
	})
}

// TestSquadOfTheStoryClub: "The squad will fly to ..." with no club named
// near is the club whose manager the story names; not with two such clubs,
// nor with a role that only opens a sentence.
func TestSquadOfTheStoryClub(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the manager's club", "2026-11-20",
			"Lakeside Athletic manager Tom Pell said on Friday the club would not sell. \"We are fine,\" Pell said.\n\nCaptain Ryan Doyle said the players were calm in a Athletic shirt.\n\nThe squad will fly to Lisbon on Tuesday for Wednesday night's game against Sporting.",
			[]want{{"Lakeside Athletic", "Lisbon", "Portugal", "2026-11-24", "", newsbot.StatusScheduled, nil}}},
		{"two clubs' managers", "2026-11-20",
			"Lakeside Athletic manager Tom Pell said the club would not sell. Millbrook Town manager Joe Hart said his Town side were ready and the Athletic fans were loud.\n\nThe squad will fly to Lisbon on Tuesday.",
			nil},
		{"an opponent's coach named only further down", "2026-11-20",
			"TOKYO — Japan named an unchanged side on Friday for their autumn tour, with captain Ken Mori fit again.\n\nThe squad travels to Tbilisi on Tuesday.\n\nWarriors coach Liam Shaw said his Warriors would not be cowed.",
			nil},
		{"the opponent opens the headline, the side the lead", "2026-11-21",
			"Warriors 31-24 Japan: hosts hold on in Glasgow\n\nJapan's autumn tour ended in a third straight defeat on Saturday as the Warriors held on, leaving Ken Mori's side one last chance in Tbilisi.\n\nWarriors coach Liam Shaw said his side had been tested.\n\nThe squad travels to Tbilisi on Tuesday.",
			// The side whose tour the lead tells, not the opponent's coach's.
			[]want{{"Japan", "Tbilisi", "Georgia", "2026-11-24", "", newsbot.StatusScheduled, nil}}},
		{"a campaign manager is no club", "2026-11-20",
			"Campaign manager Jo Reyes said the candidate was confident.\n\nThe team will fly to Des Moines on Tuesday.",
			nil},
	})
}

// TestVillagesOfAfterObject: "will visit the plant and the neighbouring
// villages of A and B" names the places past a first object.
func TestVillagesOfAfterObject(t *testing.T) {
	runWireCases(t, []wireCase{
		{"villages the gazetteer lacks", "2026-11-19",
			"LEEDS — Residents told a court on Wednesday that the plant had harmed them.\n\nThe presiding judge, Ann Hale, said the panel would visit the plant and the neighbouring villages of Kippax and Garforth on Tuesday to see conditions for themselves.",
			[]want{{"Ann Hale", "Kippax", "United Kingdom", "2026-11-24", "", newsbot.StatusScheduled, nil},
				{"Ann Hale", "Garforth", "United Kingdom", "2026-11-24", "", newsbot.StatusScheduled, nil}}},
		{"known villages", "2026-11-19",
			"HAARLEM, Netherlands — The presiding judge, Hanna Vos, said the panel would visit the steelworks and the nearby villages of Wijk aan Zee and Velsen-Noord on Tuesday.",
			[]want{{"Hanna Vos", "Wijk aan Zee", "Netherlands", "2026-11-24", "", newsbot.StatusScheduled, nil},
				{"Hanna Vos", "Velsen-Noord", "Netherlands", "2026-11-24", "", newsbot.StatusScheduled, nil}}},
		{"the town of after a first object", "2026-11-19",
			"HAARLEM, Netherlands — Minister Joost Smit will tour the harbour and the old town of Zandvoort on Friday.",
			[]want{{"Joost Smit", "Zandvoort", "Netherlands", "2026-11-20", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestJoinTheSummitOwnDay: "will not travel to X on Thursday but will join
// the summit on Friday" after the summit's own day was told: Friday.
func TestJoinTheSummitOwnDay(t *testing.T) {
	nagy := []want{{"Peter Nagy", "Vienna", "Austria", "2026-11-20", "", newsbot.StatusScheduled, nil}}
	runWireCases(t, []wireCase{
		{"summit told with its day before", "2026-11-18",
			"EU leaders will gather in Vienna on Thursday for a two-day summit, with several heads of government arriving on different days.\n\nHungarian Prime Minister Peter Nagy will not travel to Vienna on Thursday but will join the summit on Friday, his office said.",
			nagy},
		{"no summit told before", "2026-11-18",
			"Hungarian Prime Minister Peter Nagy will not travel to Vienna on Thursday but will join the summit on Friday, his office said.",
			nagy},
	})
}

// TestCoupleAfterSoloStop: "the couple" after one of them made a stop
// alone are the two who last travelled together; a stay in the
// traveller's youth is no journey.
func TestCoupleAfterSoloStop(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a solo hospital visit, then the couple", "2026-11-22",
			"The Duke and Duchess of Avonmore arrived in Hobart on Friday. The duke, 41, first came to Tasmania as a 19-year-old in 2004. On Saturday the duchess visited a children's ward in Melbourne.\n\nThe couple will fly to Darwin on Monday.",
			[]want{
				{"Duke of Avonmore", "Hobart", "Australia", "2026-11-20", "", newsbot.StatusDone, nil},
				{"Duchess of Avonmore", "Hobart", "Australia", "2026-11-20", "", newsbot.StatusDone, nil},
				{"Duchess of Avonmore", "Melbourne", "Australia", "2026-11-21", "", newsbot.StatusDone, nil},
				{"Duchess of Avonmore", "Darwin", "Australia", "2026-11-23", "", newsbot.StatusScheduled, nil},
				{"Duke of Avonmore", "Darwin", "Australia", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
	})
}
