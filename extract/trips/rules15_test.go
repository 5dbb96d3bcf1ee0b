package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

// Fresh sentences published Thursday 14 May 2026 (Monday 11 behind,
// Friday 15 and Monday 18 ahead).

// TestFreshClosingEvent15: the stop where a campaign or tour ends, told
// by the event that closes it or by "finishing in", with no travel verb;
// the subject must be the traveller, and a rally met by others is none.
func TestFreshClosingEvent15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"her campaign closes with a rally", "2026-05-14",
			"Opposition leader Ingrid Solberg flies to Trondheim on Friday. Her campaign will close with a rally in Oslo on Sunday.",
			[]want{
				{"Ingrid Solberg", "Trondheim", "Norway", "2026-05-15", "", newsbot.StatusScheduled, nil},
				{"Ingrid Solberg", "Oslo", "Norway", "2026-05-17", "", newsbot.StatusScheduled, nil}}},
		{"wraps up the campaign with a final rally", "2026-05-14",
			"Senator Paolo Ricci will wrap up the campaign with a final rally in Naples on Saturday.",
			[]want{{"Paolo Ricci", "Naples", "Italy", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"ended the tour with a rally, told after", "2026-05-14",
			"Labour leader Owen Price ended his tour with a rally in Cardiff on Monday.",
			[]want{{"Owen Price", "Cardiff", "United Kingdom", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"before finishing in a city, the day in the where clause", "2026-05-14",
			"Premier Alan Tully will travel to Perth on Friday before finishing in Adelaide, where his party will hold its last event on Sunday night.",
			[]want{
				{"Alan Tully", "Perth", "Australia", "2026-05-15", "", newsbot.StatusScheduled, nil},
				{"Alan Tully", "Adelaide", "Australia", "2026-05-17", "", newsbot.StatusScheduled, nil}}},
		{"and finishes in a city on its own day", "2026-05-14",
			"Chancellor Lena Vogt visits Zagreb on Friday and finishes in Belgrade on Saturday.",
			[]want{
				{"Lena Vogt", "Zagreb", "Croatia", "2026-05-15", "", newsbot.StatusScheduled, nil},
				{"Lena Vogt", "Belgrade", "Serbia", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"ends his campaign in a city", "2026-05-14",
			"Socialist leader Pedro Alba ends his campaign in Seville on Friday with a rally.",
			[]want{{"Pedro Alba", "Seville", "Spain", "2026-05-15", "", newsbot.StatusScheduled, nil}}},
		{"headlines a rally", "2026-05-14",
			"Senator Jane Holt will headline a rally in Denver on Saturday.",
			[]want{{"Jane Holt", "Denver", "United States", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"held a rally in a who aside", "2026-05-14",
			"Senator Jane Holt, who held a rally in Denver on Monday, said she was confident.",
			[]want{{"Jane Holt", "Denver", "United States", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"a rally held by others is not the speaker's", "2026-05-14",
			"Union leader Bob Crow said activists held a rally in London on Monday.",
			nil},
		{"a rally led by others in an aside", "2026-05-14",
			"Union leader Bob Crow said activists, who led a rally in London on Monday, were angry.",
			nil},
		{"a finish in a race is no stop", "2026-05-14",
			"Senator Jane Holt flew to Denver on Monday. Her aides say her finish in Nevada has made it a two-way race.",
			[]want{{"Jane Holt", "Denver", "United States", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"begins in a region, with a rally in a city", "2026-05-14",
			"Conservative candidate Elena Varga will begin in the east, with a rally in Debrecen on Monday, her campaign said. She travels to Budapest on Tuesday.",
			[]want{ // Debrecen is in the gazetteer since the towns list
				{"Elena Varga", "Debrecen", "Hungary", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Elena Varga", "Budapest", "Hungary", "2026-05-19", "", newsbot.StatusScheduled, nil}}},
		{"begins the week with a rally", "2026-05-14",
			"Conservative candidate Elena Varga will begin the week with a rally in Budapest on Monday.",
			[]want{{"Elena Varga", "Budapest", "Hungary", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"a name after its description closes with a rally", "2026-05-14",
			"Mayor Gabor Toth said so. Toth's running mate, Anna Kiss, will close with a rally in Leeds on Wednesday.",
			[]want{{"Anna Kiss", "Leeds", "United Kingdom", "2026-05-20", "", newsbot.StatusScheduled, nil}}},
		{"a description after the name closes with a rally", "2026-05-14",
			"Senator Jane Holt, the party's nominee, will close with a rally in Denver on Saturday.",
			[]want{{"Jane Holt", "Denver", "United States", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"a rally met by others is no stop", "2026-05-14",
			"Riot police clashed with a rally in Athens on Monday, Greek Prime Minister Nikos Varvakis said.",
			nil},
		{"talks that ended in a city are no one's stop", "2026-05-14",
			"Trade talks between the two sides ended in Geneva on Monday, Swiss Economy Minister Karin Huber said.",
			nil},
		{"markets closing in a city are no stop", "2026-05-14",
			"Shares closed in Tokyo on Monday after Japanese Finance Minister Kenji Arai spoke.",
			nil},
	})
}

// TestFreshSquadOfTheLead15: "the squad" that travels with no team named
// near is the side the lead is about ("Fiji's tour", "Italy's squad"); a
// lead's fixture "next weekend" is still to come.
func TestFreshSquadOfTheLead15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the squad of the lead's tour", "2026-05-14",
			"Fiji's spring tour ended in a narrow defeat on Saturday as Italy won 20-17 in Rome.\n\nCaptain Waisea Nayacalevu said the players were proud.\n\nHe said the defence had improved.\n\nCoach Mick Byrne agreed.\n\nThe squad travels to Madrid on Monday for the final match.",
			[]want{{"Fiji", "Madrid", "Spain", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"the lead's campaign with a competition's name between", "2026-05-14",
			"Celtic's Champions League campaign ended on Tuesday with a 2-0 defeat in Munich, manager Brendan Rodgers said.\n\nThe players travel to Dundee on Saturday.",
			[]want{{"Celtic", "Dundee", "United Kingdom", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"a side named by its people's adjective is its country", "2026-05-14",
			"Spain's tour of Argentina continues on Saturday in Buenos Aires, coach Pablo Bouza said. The Spanish squad flies to Cordoba on Sunday.",
			[]want{{"Spain", "Cordoba", "Argentina", "2026-05-17", "", newsbot.StatusScheduled, nil}}},
		{"a coach's side named in the lead is no team name", "2026-05-14",
			"Pedro Alves's squad lost again on Saturday.\n\nCaptain Rui Costa said the players were tired.\n\nHe said they would recover.\n\nThe squad travels to Madrid on Monday.",
			nil},
		{"next weekend's fixture in a lead told in the past", "2026-05-14",
			"Canada's tour ended in a fourth defeat on Saturday, leaving Tom Hale's side one last chance to rescue the trip against Portugal in Lisbon next weekend.",
			[]want{{"Tom Hale", "Lisbon", "Portugal", "2026-W20-WE", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshCoordinatedDestinations15: a second destination after ", and
// to" keeps its own day, and the first keeps its own; "will campaign in
// A on Saturday and travel to B on Sunday" gives both stops.
func TestFreshCoordinatedDestinations15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"and to a second city later in the year", "2026-05-14",
			"Chief executive Helga Lind said she would travel to Beijing next week to meet regulators and customers, and to Ottawa in the second week of June to present the group's commitments.",
			[]want{
				{"Helga Lind", "Beijing", "China", "2026-W21", "", newsbot.StatusScheduled, nil},
				{"Helga Lind", "Ottawa", "Canada", "2026-06", "", newsbot.StatusScheduled, nil}}},
		{"and then to a second city on its day, talks staying at the first", "2026-05-14",
			"Trade Minister Rafael Soto will fly to Tokyo on Monday for talks with Japanese Trade Minister Kenji Ito, and then to Seoul on Wednesday.",
			[]want{
				{"Rafael Soto", "Tokyo", "Japan", "2026-05-18", "", newsbot.StatusScheduled, []string{"Kenji Ito"}},
				{"Rafael Soto", "Seoul", "South Korea", "2026-05-20", "", newsbot.StatusScheduled, nil}}},
		{"and a walk in a second town on its own day", "2026-05-14",
			"Premier Joan Kirner will start in the north, with a visit to a Perth dairy on Monday and a street walk in Darwin's main street on Tuesday.",
			[]want{
				{"Joan Kirner", "Perth", "Australia", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Joan Kirner", "Darwin", "Australia", "2026-05-19", "", newsbot.StatusScheduled, nil}}},
		{"and a deal in a town is no stop", "2026-05-14",
			"Premier Joan Kirner visited Perth on Monday and a deal in Darwin was signed on Tuesday.",
			[]want{{"Joan Kirner", "Perth", "Australia", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"exports to two countries are no stops", "2026-05-14",
			"Trade Minister Rafael Soto flew to Paris on Monday to discuss exports to China and to Japan.",
			[]want{{"Rafael Soto", "Paris", "France", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"campaigns in one city, travels to another", "2026-05-14",
			"Labour leader Anna Hughes will campaign in Leeds on Saturday and travel to York on Sunday.",
			[]want{
				{"Anna Hughes", "York", "United Kingdom", "2026-05-17", "", newsbot.StatusScheduled, nil},
				{"Anna Hughes", "Leeds", "United Kingdom", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"a campaign as a noun is no stop", "2026-05-14",
			"Her campaign in Leeds had gone well, Labour leader Anna Hughes said on Monday.",
			nil},
		{"who campaigned there once is no stop", "2026-05-14",
			"Labour leader Anna Hughes, who campaigned in Leeds last year, will travel to York on Sunday.",
			[]want{{"Anna Hughes", "York", "United Kingdom", "2026-05-17", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshNominalCallOff15: a stop taken off the programme is called
// off on its own day; "That leg was postponed" calls off the latest stop
// only, not the one before it; a removal from office is no call-off.
func TestFreshNominalCallOff15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a visit removed from the programme, the day of the removal aside", "2026-05-14",
			"Pope Leo flies to Lima on Saturday. A visit to Cusco had been scheduled for Monday morning but was removed from the programme this week on security advice, the Vatican said.",
			[]want{
				{"Leo", "Lima", "Peru", "2026-05-16", "", newsbot.StatusScheduled, nil},
				{"Leo", "Cusco", "Peru", "2026-05-18", "", newsbot.StatusCancelled, nil}}},
		{"a visit removed, told by a named spokesman", "2026-05-14",
			"Pope Leo flies to Lima on Saturday. A visit to Cusco had been scheduled for Monday morning but was removed from the programme this week on the advice of security officials, the Vatican spokesman, Paolo Rossi, told reporters.",
			[]want{
				{"Leo", "Lima", "Peru", "2026-05-16", "", newsbot.StatusScheduled, nil},
				{"Leo", "Cusco", "Peru", "2026-05-18", "", newsbot.StatusCancelled, nil}}},
		{"taken off the itinerary", "2026-05-14",
			"Prime Minister Ana Lopes flies to Berlin on Monday. Her visit to Prague, planned for Tuesday, has been taken off the itinerary.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Ana Lopes", "Prague", "Czech Republic", "2026-05-19", "", newsbot.StatusCancelled, nil}}},
		{"that leg: the latest stop only", "2026-05-14",
			"Prime Minister Ana Lopes flies to Berlin on Monday and to Warsaw on Wednesday. That leg has been postponed, officials said.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Ana Lopes", "Warsaw", "Poland", "2026-05-20", "", newsbot.StatusCancelled, nil}}},
		{"the trip: every stop", "2026-05-14",
			"Prime Minister Ana Lopes was to fly to Berlin on Monday and Warsaw on Wednesday. The trip was postponed, officials said.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusCancelled, nil},
				{"Ana Lopes", "Warsaw", "Poland", "2026-05-20", "", newsbot.StatusCancelled, nil}}},
		{"the named leg of the tour only", "2026-05-14",
			"Prime Minister Ana Lopes flies to Berlin on Monday and to Warsaw on Wednesday. The Warsaw leg of the tour has been postponed, officials said.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Ana Lopes", "Warsaw", "Poland", "2026-05-20", "", newsbot.StatusCancelled, nil}}},
		{"a place before the visit noun", "2026-05-14",
			"Prime Minister Ana Lopes flies to Berlin on Monday. The Prague visit, planned for Tuesday, was called off.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Ana Lopes", "Prague", "Czech Republic", "2026-05-19", "", newsbot.StatusCancelled, nil}}},
		{"also dropped from the programme", "2026-05-14",
			"Prime Minister Ana Lopes flies to Berlin on Monday. A stop in Prague was also dropped from the programme.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Ana Lopes", "Prague", "Czech Republic", "", "", newsbot.StatusCancelled, nil}}},
		{"plans to visit were shelved", "2026-05-14",
			"Prime Minister Ana Lopes flies to Berlin on Monday. Plans to visit Prague on Tuesday were shelved.",
			[]want{
				{"Ana Lopes", "Berlin", "Germany", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Ana Lopes", "Prague", "Czech Republic", "2026-05-19", "", newsbot.StatusCancelled, nil}}},
		{"removed from office is no call-off", "2026-05-14",
			"Governor Tom Reyes, who was removed from office in March, will visit Manila on Monday.",
			[]want{{"Tom Reyes", "Manila", "Philippines", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshRelativeAsideDate15: a time inside a relative aside about the
// traveller (", a former minister who took office in March,") dates
// nothing: the meeting joins the stop of the day told before.
func TestFreshRelativeAsideDate15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"an appositive with who, then a meeting", "2026-05-14",
			"Peruvian President Rosa Quispe began a European tour in Madrid on Thursday. Quispe, a former finance minister who took office in March, met Spanish Prime Minister Pedro Ortiz at the Moncloa palace for talks.",
			[]want{{"Rosa Quispe", "Madrid", "Spain", "2026-05-14", "", newsbot.StatusUnderway, []string{"Pedro Ortiz"}}}},
		{"an appositive with who before a dated visit", "2026-05-14",
			"Governor Tom Reyes, a former mayor who was elected in March, will visit Manila on Monday.",
			[]want{{"Tom Reyes", "Manila", "Philippines", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"whose, with an undated visit", "2026-05-14",
			"Tom Reyes, whose term began in January, visited Manila.",
			[]want{{"Tom Reyes", "Manila", "Philippines", "", "", newsbot.StatusDone, nil}}},
		{"a thing's relative clause after the meeting dates nothing", "2026-05-14",
			"Peruvian President Rosa Quispe began a European tour in Madrid on Thursday. Quispe, a former finance minister who took office in March, met Spanish Prime Minister Pedro Ortiz at the Moncloa palace for talks on the renewal of a science accord that expired last year.",
			[]want{{"Rosa Quispe", "Madrid", "Spain", "2026-05-14", "", newsbot.StatusUnderway, []string{"Pedro Ortiz"}}}},
		{"a treaty's year is not the visit's", "2026-05-14",
			"Foreign Minister Rosa Quispe will visit Madrid for talks on a treaty that was signed in 2019.",
			[]want{{"Rosa Quispe", "Madrid", "Spain", "", "", newsbot.StatusScheduled, nil}}},
		{"a summit's relative clause keeps its day", "2026-05-14",
			"Foreign Minister Rosa Quispe will attend a summit in Madrid that opens on Monday.",
			[]want{{"Rosa Quispe", "Madrid", "Spain", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"a reduced relative, appointed in a month", "2026-05-14",
			"Defence Minister Karl Holm, appointed in January, visited Kyiv.",
			[]want{{"Karl Holm", "Kyiv", "Ukraine", "", "", newsbot.StatusDone, nil}}},
		{"elected in a month, the visit's own week kept", "2026-05-14",
			"Karl Holm, elected in March, will travel to Rome next week.",
			[]want{{"Karl Holm", "Rome", "Italy", "2026-W21", "", newsbot.StatusScheduled, nil}}},
		{"an appositive without who keeps its time", "2026-05-14",
			"Tom Reyes, the governor, visited Manila in January.",
			[]want{{"Tom Reyes", "Manila", "Philippines", "2026-01", "", newsbot.StatusDone, nil}}},
	})
}

// TestFreshCollectiveAndFixture15: "the royal party" travels with the
// story's traveller; a side's next match names its stop ("The second
// Test is at the Gabba in Brisbane on Saturday") when the story follows
// that side, and a match at home or with no side is none.
func TestFreshCollectiveAndFixture15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the royal party flies on", "2026-05-14",
			"King Frederik will visit Mombasa on Monday. The royal party will fly to Nairobi on Tuesday, the palace said.",
			[]want{
				{"King Frederik", "Mombasa", "Kenya", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"King Frederik", "Nairobi", "Kenya", "2026-05-19", "", newsbot.StatusScheduled, nil}}},
		{"a political party is no travelling party", "2026-05-14",
			"Labour leader Anna Hughes visited Leeds on Monday. The party will campaign in York on Tuesday.",
			[]want{{"Anna Hughes", "Leeds", "United Kingdom", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"the lead's side plays its next Test away", "2026-05-14",
			"Ireland's tour of South Africa began on Saturday with a win in Durban, coach Andy Farrell said. The second Test is at Ellis Park in Johannesburg on Saturday.",
			[]want{{"Ireland", "Johannesburg", "South Africa", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"a match at the side's home is no trip", "2026-05-14",
			"Ireland's tour of South Africa ended on Saturday, coach Andy Farrell said. The next match is in Dublin on Saturday.",
			nil},
		{"no side followed, no leg", "2026-05-14",
			"Fans queued for hours, coach Andy Farrell said. The final is in Cardiff on Saturday.",
			nil},
	})
}

// TestFreshRegionIsNoTraveller15: a region the people finder took for a
// person ("the North-West Coast") is no traveller: the premier goes.
func TestFreshRegionIsNoTraveller15(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a region before the visit", "2026-05-14",
			"Premier Joan Kirner will start on the Gold Coast, with a visit to a Brisbane hospital on Monday, a spokesman said. She will come to Adelaide on Tuesday before finishing in Darwin, where her party will hold a rally on Friday night.",
			[]want{
				{"Joan Kirner", "Brisbane", "Australia", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Joan Kirner", "Adelaide", "Australia", "2026-05-19", "", newsbot.StatusScheduled, nil},
				{"Joan Kirner", "Darwin", "Australia", "2026-05-15", "", newsbot.StatusScheduled, nil}}},
	})
}

// FuzzFindEventLegs runs the pipeline over sentences of the shapes the
// rules of this file read (closing events, "and to", called-off stops,
// fixtures, asides): no leg may point outside the text or lack a place
// or a traveller.
func FuzzFindEventLegs(f *testing.F) {
	f.Add("Premier Joan Kirner will travel to Perth on Friday before finishing in Darwin, where her party will hold a rally on Sunday night. Her campaign will close with a rally in Adelaide.", int64(0))
	f.Add("Chief executive Helga Lind said she would travel to Beijing next week to meet regulators, and to Ottawa in the second week of June, and a street walk in Lyon on Tuesday.", int64(5))
	f.Add("Pope Leo flies to Lima on Saturday. The Cusco leg was postponed. A visit to Arequipa had been scheduled for Monday but was removed from the programme. That leg has been postponed.", int64(-3))
	f.Add("Ireland's tour of South Africa began on Saturday, coach Andy Farrell said. The squad travels to Durban on Tuesday. The second Test is at Ellis Park in Johannesburg on Saturday. The royal party will fly to", int64(9))
	f.Add("Karl Holm, a former general who took office in March, appointed in May, met Pedro Ortiz at the palace for talks on an accord that expired last year, Plans to visit", int64(1))
	f.Fuzz(func(t *testing.T, s string, days int64) {
		pub := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%400))
		for _, l := range Find(s, pub, people.Find(s), timex.Tag(s, pub)) {
			if l.Start < 0 || l.End > len(s) || l.Start > l.End || l.Place == "" || l.Traveler == "" {
				t.Fatalf("bad leg %+v", l)
			}
		}
	})
}
