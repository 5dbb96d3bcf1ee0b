package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Session 12 classes, found on real copy (the BBC halves D, open now,
// and E) and written here as fresh sentences published Wednesday 10
// March 2027 (Monday 8 and Tuesday 9 behind, Friday 12 and Monday 15
// ahead).

// TestFreshContinentVisit19: a visit or a flight to a continent or world
// region is a leg there when no stop of it is told (a tour's already
// was); stops told in the sentence or the next few make the itinerary.
func TestFreshContinentVisit19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"visit as a verb's object, a time between", "2027-03-10",
			"Chancellor Mark Hale has toured Scotland to sell his budget and will next week visit Asia on the same errand.",
			[]want{
				{"Mark Hale", "Scotland", "United Kingdom", "", "", newsbot.StatusDone, nil},
				{"Mark Hale", "Asia", "", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"a two-word region", "2027-03-10",
			"Trade minister Sofia Lind will visit South America next month.",
			[]want{{"Sofia Lind", "South America", "", "2027-04", "", newsbot.StatusScheduled, nil}}},
		{"flew to, with the article", "2027-03-10",
			"Envoy Peter Cole flew to the Middle East on Monday.",
			[]want{{"Peter Cole", "Middle East", "", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a stop in the same sentence is the itinerary", "2027-03-10",
			"Envoy Peter Cole will travel to Africa next week and meet leaders in Nairobi.",
			[]want{{"Peter Cole", "Nairobi", "Kenya", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"stops in the next sentence are the itinerary", "2027-03-10",
			"Envoy Peter Cole will visit Europe next week. He will hold talks in Vienna on Tuesday.",
			[]want{{"Peter Cole", "Vienna", "Austria", "2027-03-16", "", newsbot.StatusScheduled, nil}}},
		{"a continent in another sense is no destination", "2027-03-10",
			"Envoy Peter Cole will visit Africa House in London on Friday.",
			[]want{{"Peter Cole", "London", "United Kingdom", "2027-03-12", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshSpeechAtGathering19: a speech made at a place or a gathering
// places the speaker there, even at home (a party conference, a forum),
// as "addressed a rally in Leeds" already did: "speaking at" and "told"
// a gathering, the nouns "speech", "lecture" and "keynote" with their
// place right after, the speaker the subject (after a fronted "In a
// speech in ..."). A briefing of reporters stays a presence.
func TestFreshSpeechAtGathering19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"fronted participle at a forum, a past main verb", "2027-03-10",
			"Speaking at a retail forum in Singapore, the chief executive of Corvex, John Keller, said sales would rise.",
			[]want{{"John Keller", "Singapore", "Singapore", "", "", newsbot.StatusDone, nil}}},
		{"spoke at a rally", "2027-03-10",
			"Green Party leader Sarah Bell spoke at a rally in Norwich on Monday.",
			[]want{{"Sarah Bell", "Norwich", "United Kingdom", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"told the gathering placed in the sentence before", "2027-03-10",
			"The findings were discussed at a geology conference in Lisbon on Tuesday. \"It is rare,\" Dr Helen Marsh told the conference.",
			[]want{{"Helen Marsh", "Lisbon", "Portugal", "2027-03-09", "", newsbot.StatusDone, nil}}},
		{"told a conference and its place", "2027-03-10",
			"Steel boss Ravi Mehta said demand was strong. \"We are growing,\" Mr Mehta told a conference in Chicago on Monday.",
			[]want{{"Ravi Mehta", "Chicago", "United States", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a news conference is reporters: a presence, none at home", "2027-03-10",
			"Italian minister Paolo Ricci said the plan was sound. \"It will work,\" Mr Ricci told a news conference in Rome on Monday.",
			nil},
		{"a fronted speech noun, the speaker after", "2027-03-10",
			"Labour leader Tom Harper says the party is united. In a speech in Leeds on Monday, Mr Harper said the party was ready.",
			[]want{{"Tom Harper", "Leeds", "United Kingdom", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a long fronted clause before the speech noun", "2027-03-10",
			"Labour leader Tom Harper says the party is united. In what was seen as a defiant speech in Hull on Sunday, Mr Harper said the party was ready.",
			[]want{{"Tom Harper", "Hull", "United Kingdom", "2027-03-07", "", newsbot.StatusDone, nil}}},
		{"a speech to a gathering, then its place", "2027-03-10",
			"Tory leader Ian Lowe was defiant. In his speech to the party's spring conference in Harrogate, he said the polls were wrong.",
			[]want{{"Ian Lowe", "Harrogate", "United Kingdom", "", "", newsbot.StatusDone, nil}}},
		{"gave a lecture, future", "2027-03-10",
			"Economist Ruth Adler will give a lecture at a banking conference in Oslo next week.",
			[]want{{"Ruth Adler", "Oslo", "Norway", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"a speech about a place is no speech there", "2027-03-10",
			"Labour leader Tom Harper made a speech on jobs in Leeds.",
			nil},
	})
}

// TestFreshAmongAttendees19: two leaders joined by "and" who "are among
// the ... leaders attending" the gathering both go, to the place the
// story gave the gathering, even one named after its kind of town ("the
// Austrian ski resort Kitzbuhel").
func TestFreshAmongAttendees19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"among the leaders attending the meeting placed before", "2027-03-10",
			"Hundreds of bankers are arriving in the Swiss mountain resort Davos for the annual Alpine Finance Forum. Italian Prime Minister Marco Rossi and Polish President Anna Nowak are among the more than 20 leaders attending the meeting.",
			[]want{
				{"Marco Rossi", "Davos", "Switzerland", "", "", newsbot.StatusUnderway, nil},
				{"Anna Nowak", "Davos", "Switzerland", "", "", newsbot.StatusUnderway, nil}}},
		{"among those who will visit", "2027-03-10",
			"Italian Prime Minister Marco Rossi and Polish President Anna Nowak are among the leaders who will visit Vienna next week.",
			[]want{
				{"Marco Rossi", "Vienna", "Austria", "2027-W11", "", newsbot.StatusScheduled, nil},
				{"Anna Nowak", "Vienna", "Austria", "2027-W11", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshLongStopList19: in a list of stops a county after a town is a
// stop of its own, not the town's region ("Windsor, Ontario" still is),
// and a last stop the gazetteer lacks after "and" closes the list.
func TestFreshLongStopList19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"counties among towns, an unknown town last", "2027-03-10",
			"Green Party leader Sarah Bell is to visit Bristol, Norwich, Cornwall, Brighton, Derbyshire and Kirkwhelp.",
			[]want{
				{"Sarah Bell", "Bristol", "United Kingdom", "", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Norwich", "United Kingdom", "", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Cornwall", "United Kingdom", "", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Brighton", "United Kingdom", "", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Derbyshire", "United Kingdom", "", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Kirkwhelp", "United Kingdom", "", "", newsbot.StatusScheduled, nil}}},
		{"a county then another after and", "2027-03-10",
			"Green Party leader Sarah Bell will visit Bristol, Cornwall and Derbyshire next week.",
			[]want{
				{"Sarah Bell", "Bristol", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Cornwall", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Derbyshire", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"towns paired with their states stay paired", "2027-03-10",
			"Senator Ruth Adler will visit Lexington, Kentucky, and Nashville, Tennessee, next week.",
			[]want{
				{"Ruth Adler", "Lexington", "United States", "2027-W11", "", newsbot.StatusScheduled, nil},
				{"Ruth Adler", "Nashville", "United States", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"a town and its province", "2027-03-10",
			"Senator Ruth Adler will visit Windsor, Ontario, next week.",
			[]want{{"Ruth Adler", "Windsor", "Canada", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"a longer unknown name after and is no town", "2027-03-10",
			"Green Party leader Sarah Bell will visit Leeds, York, Hull and Whitby Abbey next week.",
			[]want{
				{"Sarah Bell", "Leeds", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "York", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil},
				{"Sarah Bell", "Hull", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshTitleNoTraveller19: a film, show or tour title, or a thing
// owned, that the people finder takes for a person travels nowhere.
func TestFreshTitleNoTraveller19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a film named after its genre", "2027-03-10",
			"Quirky comedy Dustbowl was named the best film of the year. Dustbowl tells the story of two brothers who take a road trip through Nevada's deserts and also stars Tom Reed.",
			nil},
		{"a tour owned by the singer", "2027-03-10",
			"Singer Kara Vance is suing insurers over her cancelled tour. The pop star cancelled her Velvet Lantern tour last June after an injury, leading her to cancel the rest of the tour, including dates in Japan.",
			nil},
		{"a car, then a pronoun the finder may give it", "2027-03-10",
			"Her father drove a Silver Arrow. From there, she toured Europe.",
			nil},
		{"a name once after an article is still the person", "2027-03-10",
			"Senator Ruth Adler will visit Ohio next week. A Ruth Adler rally is planned in Dayton.",
			[]want{{"Ruth Adler", "Ohio", "United States", "2027-W11", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshPerformerTour19: a performer's tour named by a country's
// people's adjective and owned by the performer goes to that country (a
// continent's adjective names no stop); nights at a venue are shows.
func TestFreshPerformerTour19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a singer's tour named by a people's adjective, called off", "2027-03-10",
			"The protests led to reggae singer Dan Marley's Australian tour being cancelled in November.",
			[]want{{"Dan Marley", "Australia", "Australia", "", "", newsbot.StatusCancelled, nil}}},
		{"her tour, future", "2027-03-10",
			"Pop star Kara Vance will start her Japanese tour next month.",
			[]want{{"Kara Vance", "Japan", "Japan", "2027-04", "", newsbot.StatusScheduled, nil}}},
		{"a continent's adjective names no stop", "2027-03-10",
			"Pop star Kara Vance will start her European tour next month.",
			nil},
		{"nobody's tour is no one's leg", "2027-03-10",
			"Pop star Kara Vance said the Australian tour was a success.",
			nil},
		{"nights at a venue", "2027-03-10",
			"Pop star Kara Vance will play three nights at the Apollo in Manchester next month.",
			[]want{{"Kara Vance", "Manchester", "United Kingdom", "2027-04", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshRepresentAtGathering19: representing a country or a body at
// a gathering in a place is attending it; representing a seat is not.
func TestFreshRepresentAtGathering19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"represent a group at a conference, a participle between", "2027-03-10",
			"Foreign Secretary Tom Reed will represent the G20 at the donors' conference called in Manila on Friday.",
			[]want{{"Tom Reed", "Manila", "Philippines", "2027-03-12", "", newsbot.StatusScheduled, nil}}},
		{"represent a country at a summit", "2027-03-10",
			"Deputy premier Ana Ruiz represented Spain at a summit in Riga on Monday.",
			[]want{{"Ana Ruiz", "Riga", "Latvia", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a seat is no gathering", "2027-03-10",
			"Tory MP Ian Lowe has represented Harrogate in parliament since 2010.",
			nil},
	})
}

// TestFreshMadeAppearance19: one who made an appearance in a place was
// there; a court is no place. Being in the frame for a tour is no trip.
func TestFreshMadeAppearance19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"made a surprise appearance in a town", "2027-03-10",
			"Last year US Vice President Tom Baker made a surprise appearance in Vienna.",
			[]want{{"Tom Baker", "Vienna", "Austria", "2026", "", newsbot.StatusDone, nil}}},
		{"will make a rare appearance at a gathering", "2027-03-10",
			"Olympic champion Nadia Kerr is set to make a rare appearance at the world indoor championships in Lyon next month.",
			[]want{{"Nadia Kerr", "Lyon", "France", "2027-04", "", newsbot.StatusScheduled, nil}}},
		{"an appearance in court", "2027-03-10",
			"Rugby star Tom Baker made his first appearance in court on Monday.",
			nil},
		{"in the frame for a tour", "2027-03-10",
			"Veterans Tom Baker and Neil Rees had been thought to be in the frame for next summer's tour to Argentina.",
			nil},
	})
}

// TestFreshTheirJourney19: a journey owned by "their" after two people
// named as objects is the pair's, not the subject's; a pair or a couple
// that is the subject keeps it.
func TestFreshTheirJourney19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the pair spoken to", "2027-03-10",
			"Coach Tom Reed said he had spoken to Ian Lowe and Ana Ruiz after their visit to Paris.",
			[]want{
				{"Ian Lowe", "Paris", "France", "", "", newsbot.StatusDone, nil},
				{"Ana Ruiz", "Paris", "France", "", "", newsbot.StatusDone, nil}}},
		{"the subject with a companion keeps it", "2027-03-10",
			"Coach Tom Reed and his wife said their visit to Paris was a success.",
			[]want{{"Tom Reed", "Paris", "France", "", "", newsbot.StatusDone, nil}}},
	})
}

// TestFreshPerformerShowNoun19: a performer's show with its place right
// after ("during a show in Ohio", "gave a concert in Dublin") places the
// performer; "show" as a verb does not. A pronoun the people finder gave
// to a tour's title means the story's person.
func TestFreshPerformerShowNoun19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"hurt during a show", "2027-03-10",
			"Singer Kara Vance missed a number of dates on the tour after injuring her knee during a show in Ohio last March.",
			[]want{{"Kara Vance", "Ohio", "United States", "2026-03", "", newsbot.StatusDone, nil}}},
		{"gave a concert", "2027-03-10",
			"Singer Kara Vance gave a charity concert in Dublin on Monday.",
			[]want{{"Kara Vance", "Dublin", "Ireland", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"the singer's concert", "2027-03-10",
			"Singer Kara Vance's concert in Dublin on Monday was a sell-out.",
			[]want{{"Kara Vance", "Dublin", "Ireland", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a verb is no show", "2027-03-10",
			"Minister Tom Reed said polls show in Leeds that voters are angry.",
			nil},
		{"a pronoun given to the tour's title is the singer", "2027-03-10",
			"Singer Kara Vance is suing insurers over her world tour. The pop star cancelled her Velvet Lantern tour last June after hurting her knee. She later had surgery, leading her to cancel the rest of the tour, including dates in Japan.",
			[]want{{"Kara Vance", "Japan", "Japan", "", "", newsbot.StatusScheduled, nil}}},
		{"someone else's concert is attended", "2027-03-10",
			"Minister Tom Reed attended a concert in Dublin on Monday.",
			[]want{{"Tom Reed", "Dublin", "Ireland", "2027-03-08", "", newsbot.StatusDone, nil}}},
	})
}

// TestFreshWifeNotHusband19: a leg whose sentence names its traveller,
// a man, only as a woman ("Mrs Lowe ... her") is the wife's the people
// finder could not tell apart from him: no leg of his.
func TestFreshWifeNotHusband19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"Mrs and her for a man's name", "2027-03-10",
			"Tory leader Ian Lowe said he was proud. Mr Lowe praised his wife. Mrs Lowe made her debut speech at the party conference in Harrogate last October.",
			nil},
		{"the man himself keeps his", "2027-03-10",
			"Tory leader Ian Lowe said he was proud. Mr Lowe made his first speech at the party conference in Harrogate last October.",
			[]want{{"Ian Lowe", "Harrogate", "United Kingdom", "2026-10", "", newsbot.StatusDone, nil}}},
	})
}

// TestFreshPluralWhoClause19: a journey in a ", who" clause after a
// plural common noun is that group's, not the person named before.
func TestFreshPluralWhoClause19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"bid chiefs who arrived", "2027-03-10",
			"Mayor Ann Price said the row would not hurt the bid and might impress inspectors, who arrived in Leeds on Tuesday.",
			nil},
		{"a person before who still travels", "2027-03-10",
			"The bid was praised by Mayor Ann Price, who arrived in Leeds on Tuesday.",
			[]want{{"Ann Price", "Leeds", "United Kingdom", "2027-03-09", "", newsbot.StatusDone, nil}}},
	})
}
