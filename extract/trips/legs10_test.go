package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Fresh sentences published Tuesday 24 November 2026 (Monday 23 behind,
// Thursday 26, Friday 27 and Monday 30 ahead).

// TestHyphenatedTowns10: a hyphenated town the gazetteer lacks is a stop
// after a travel verb and a time, or after "the town of"; a hyphenated
// adjective is none.
func TestHyphenatedTowns10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"travels to a Saint- town", "2026-11-24",
			"Environment Minister Paula Renard travels to Saint-Malo on Thursday.",
			[]want{{"Paula Renard", "Saint-Malo", "", "2026-11-26", "", newsbot.StatusScheduled, nil}}},
		{"a town with linking particles", "2026-11-24",
			"Environment Minister Paula Renard flew to Bar-le-Duc on Monday.",
			[]want{{"Paula Renard", "Bar-le-Duc", "", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"the small market town of, then ending the tour elsewhere", "2026-11-24",
			"On Thursday Environment Minister Paula Renard travels to the small market town of Saint-Lô in Manche to visit a dairy, before ending the tour in Caen on Friday with a round table.",
			[]want{
				{"Paula Renard", "Saint-Lô", "France", "2026-11-26", "", newsbot.StatusScheduled, nil},
				{"Paula Renard", "Caen", "France", "2026-11-27", "", newsbot.StatusScheduled, nil}}},
		{"a hyphenated adjective is no town", "2026-11-24",
			"Health Minister Sean Walsh will travel to Brussels-based agencies on Monday.",
			nil},
		{"a lower-case tail is no town", "2026-11-24",
			"Trade Minister Ana Costa will travel to Lisbon-area ports on Monday.",
			nil},
	})
}

// TestHospitalTowns10: a hospital called after its town is a stop in the
// town, with the visit's day; a patient taken there is no one's leg.
func TestHospitalTowns10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"due to visit TOWN General Hospital", "2026-11-24",
			"Health Minister Sean Walsh is due to visit Tullamore General Hospital on Monday.",
			[]want{{"Sean Walsh", "Tullamore", "", "2026-11-30", "", newsbot.StatusScheduled, nil}}},
		{"was at University Hospital CITY", "2026-11-24",
			"Health Minister Sean Walsh was at University Hospital Galway on Monday to open a ward.",
			[]want{{"Sean Walsh", "Galway", "Ireland", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"a regional hospital of a known town", "2026-11-24",
			"Health Minister Sean Walsh will visit Cork University Hospital on Friday.",
			[]want{{"Sean Walsh", "Cork", "Ireland", "2026-11-27", "", newsbot.StatusScheduled, nil}}},
		{"patients taken to a hospital", "2026-11-24",
			"Patients would instead be taken to University Hospital Galway, Health Minister Sean Walsh said.",
			nil},
	})
}

// TestNominalCallOffs10: a stop told by a noun and called off in the same
// sentence is the story traveller's cancelled leg; "that leg" then means
// that stop, and the stop of the sentence before keeps its status.
func TestNominalCallOffs10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"that leg is the stop of its own sentence", "2026-11-24",
			"Prime Minister Erik Lund will travel to Busan on Wednesday to visit a port. The tour was to have continued with a stop in Hanoi on Thursday, but that leg was postponed on Sunday after a storm.",
			[]want{
				{"Erik Lund", "Busan", "South Korea", "2026-11-25", "", newsbot.StatusScheduled, nil},
				{"Erik Lund", "Hanoi", "Vietnam", "2026-11-26", "", newsbot.StatusCancelled, nil}}},
		{"that leg with no stop of its own is the one before", "2026-11-24",
			"Prime Minister Erik Lund will travel to Busan on Wednesday. That leg was postponed on Sunday after a storm.",
			[]want{{"Erik Lund", "Busan", "South Korea", "2026-11-25", "", newsbot.StatusCancelled, nil}}},
		{"a stop at a venue in an unknown town, dropped", "2026-11-24",
			"Environment Minister Paula Renard will visit Nantes on Wednesday. A stop at a cheese cooperative in Quimperlé, initially planned for Thursday, was dropped from the programme on Monday.",
			[]want{
				{"Paula Renard", "Nantes", "France", "2026-11-25", "", newsbot.StatusScheduled, nil},
				{"Paula Renard", "Quimperlé", "", "2026-11-26", "", newsbot.StatusCancelled, nil}}},
		{"a stop in an unknown town on a day, scrapped", "2026-11-24",
			"Environment Minister Paula Renard will visit Nantes on Wednesday. A stop in Quimperlé on Thursday was scrapped.",
			[]want{
				{"Paula Renard", "Nantes", "France", "2026-11-25", "", newsbot.StatusScheduled, nil},
				{"Paula Renard", "Quimperlé", "", "2026-11-26", "", newsbot.StatusCancelled, nil}}},
		{"a stop in an unknown word without a time is none", "2026-11-24",
			"Environment Minister Paula Renard will visit Nantes on Wednesday. A stop in Quimperlé Bay is also planned.",
			[]want{{"Paula Renard", "Nantes", "France", "2026-11-25", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestAppositiveAndRelativePlaces10: "the capital, CITY", a two-word town
// with a place prefix, and a past visit told in a ", where" clause.
func TestAppositiveAndRelativePlaces10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"arrived in the capital, CITY", "2026-11-24",
			"Archbishop John Mbeki arrived in the capital, Nairobi, on Monday, where he met church leaders.",
			[]want{{"John Mbeki", "Nairobi", "Kenya", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"the capital in a who clause", "2026-11-24",
			"The Tongan prime minister, Siaosi Tupou, who arrived in the capital, Nuku'alofa, on Monday, said he was tired.",
			[]want{{"Siaosi Tupou", "Nuku'alofa", "Tonga", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"a São town with the day before", "2026-11-24",
			"On Sunday volcanologist Ana Sousa flew to São Miguel to inspect new sensors.",
			[]want{{"Ana Sousa", "São Miguel", "", "2026-11-22", "", newsbot.StatusDone, nil}}},
		{"a Puerto town with the day after", "2026-11-24",
			"Ecuadorean Environment Minister Rosa Tello will travel to Puerto Ayora on Friday.",
			[]want{{"Rosa Tello", "Puerto Ayora", "", "2026-11-27", "", newsbot.StatusScheduled, nil}}},
		{"a longer prefixed name is left alone", "2026-11-24",
			"Ecuadorean Environment Minister Rosa Tello will travel to Puerto Ayora Harbour Authority offices.",
			nil},
		{"where she had gone last Friday", "2026-11-24",
			"The trip comes a week after Environment Minister Paula Renard was booed by farmers in Rennes, where she had gone last Friday to open a fair.",
			[]want{{"Paula Renard", "Rennes", "France", "2026-11-20", "", newsbot.StatusDone, nil}}},
		{"where someone else had gone is not the subject's", "2026-11-24",
			"The trip comes a week after protests in Rennes, where hundreds had gone last Friday, Environment Minister Paula Renard said.",
			nil},
		{"where she had gone with no time keeps no day", "2026-11-24",
			"The trip comes after Environment Minister Paula Renard was booed in Rennes, where she had gone to open a fair.",
			[]want{{"Paula Renard", "Rennes", "France", "", "", newsbot.StatusDone, nil}}},
	})
}

// TestShareholderVotes10: voting at a shareholder meeting in a city is no
// journey there; attending a meeting still is.
func TestShareholderVotes10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a fund manager votes at the AGM", "2026-11-24",
			"Fund manager Joost Visser said he would vote against the deal at the annual general meeting in Rotterdam on Dec. 14.",
			nil},
		{"a holder votes at the extraordinary meeting", "2026-11-24",
			"Investor Carla Benedetti said she would vote for the merger at the extraordinary shareholders’ meeting scheduled for Dec. 10 in Milan.",
			nil},
		{"attending a meeting is a leg", "2026-11-24",
			"Fund manager Joost Visser will attend a meeting in Rotterdam on Dec. 14.",
			[]want{{"Joost Visser", "Rotterdam", "Netherlands", "2026-12-14", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestDayAfterAside10: a second predicate with its subject left out goes
// to its own stop, dated by the time after the stop's aside.
func TestDayAfterAside10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"and travel to A, in the region of R, on DAY", "2026-11-24",
			"Opposition leader Ana Kovač will address supporters in Rijeka on Saturday and travel to Osijek, in the eastern region of Slavonia, on Sunday, where she will lay a wreath.",
			[]want{
				{"Ana Kovač", "Rijeka", "Croatia", "2026-11-28", "", newsbot.StatusScheduled, nil},
				{"Ana Kovač", "Osijek", "Croatia", "2026-11-29", "", newsbot.StatusScheduled, nil}}},
		{"an aside naming the city's rank", "2026-11-24",
			"Opposition leader Ana Kovač will fly to Osijek, the main city of Slavonia, on Sunday.",
			[]want{{"Ana Kovač", "Osijek", "Croatia", "2026-11-29", "", newsbot.StatusScheduled, nil}}},
		{"a time after a later aside is not the stop's", "2026-11-24",
			"Opposition leader Ana Kovač flew to Osijek on Saturday, a day before the vote.",
			[]want{{"Ana Kovač", "Osijek", "Croatia", "2026-11-21", "", newsbot.StatusDone, nil}}},
	})
}

// TestBeginInAndAppositiveTowns10: a tour that "will begin in" a town is
// a stop dated by the sentence's day after it; an aside naming a kind of
// town makes even a short unknown word a town, with no neighbour's
// country.
func TestBeginInAndAppositiveTowns10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"will begin in CITY, where a meeting is dated", "2026-11-24",
			"Environment Minister Paula Renard will tour Brittany from Wednesday. The minister will begin in Nantes, the capital of the region, where she is due to meet fishermen on Wednesday afternoon.",
			[]want{
				{"Paula Renard", "Brittany", "France", "2026-11-25", "", newsbot.StatusScheduled, nil},
				{"Paula Renard", "Nantes", "France", "2026-11-25", "", newsbot.StatusScheduled, nil}}},
		{"will begin in an unknown prefecture", "2026-11-24",
			"PARIS (AFP) - Environment Minister Paula Renard will tour the Alps from Wednesday. The minister will begin in Gap, the prefecture of the Hautes-Alpes department, where she is due to meet farmers on Wednesday afternoon.",
			[]want{{"Paula Renard", "Gap", "France", "2026-11-25", "", newsbot.StatusScheduled, nil}}},
		{"talks that begin in a city are no one's stop", "2026-11-24",
			"Trade talks will begin in Geneva on Monday, Swiss Economy Minister Karin Huber said.",
			nil},
		{"will spend DAY in a three-letter town with an aside", "2026-11-24",
			"Archbishop John Mbeki will spend Saturday in Yei, a town near the border with Uganda, where he will visit a school.",
			[]want{{"John Mbeki", "Yei", "", "2026-11-28", "", newsbot.StatusScheduled, nil}}},
		{"the neighbour named in the aside is not the town's country", "2026-11-24",
			"Archbishop John Mbeki will spend Saturday in Kisoro, a town near the border with Rwanda.",
			[]want{{"John Mbeki", "Kisoro", "", "2026-11-28", "", newsbot.StatusScheduled, nil}}},
		{"a short word with no aside is no town", "2026-11-24",
			"Archbishop John Mbeki will spend Saturday in Yei.",
			nil},
	})
}

// TestCrossInto10: "crosses into COUNTRY" is a journey there, or to the
// city of that country its purpose names; "crossed to" a player is none.
func TestCrossInto10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"crossed into a country", "2026-11-24",
			"President Ivan Petrov crossed into Poland on Monday for talks.",
			[]want{{"Ivan Petrov", "Poland", "Poland", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"crosses into a country to act in its city", "2026-11-24",
			"Archbishop John Mbeki will cross into Tanzania on Saturday to lead a service at the cathedral in Arusha.",
			[]want{{"John Mbeki", "Arusha", "Tanzania", "2026-11-28", "", newsbot.StatusScheduled, nil}}},
		{"a city of another country stays out", "2026-11-24",
			"Archbishop John Mbeki will cross into Tanzania on Saturday to meet envoys from Nairobi.",
			[]want{{"John Mbeki", "Tanzania", "Tanzania", "2026-11-28", "", newsbot.StatusScheduled, nil}}},
		{"a football cross is no journey", "2026-11-24",
			"Striker Tom Hale crossed to Jack Reed in Madrid on Monday.",
			nil},
		{"the Red Cross is no cue", "2026-11-24",
			"Red Cross official Anna Berg said aid would reach Kyiv on Monday.",
			nil},
	})
}

// TestInvitationMonth10: an accepted invitation is a visit to come; its
// month without a year, passed already, is next year's.
func TestInvitationMonth10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"accepted an invitation, a past month", "2026-11-24",
			"Prime Minister Erik Lund said Japanese Prime Minister Kenji Sato had accepted an invitation to visit Oslo in May.",
			[]want{{"Kenji Sato", "Oslo", "Norway", "2027-05", "", newsbot.StatusScheduled, nil}}},
		{"accepted an invitation, a month to come", "2026-11-24",
			"Prime Minister Erik Lund said Japanese Prime Minister Kenji Sato had accepted an invitation to visit Oslo in December.",
			[]want{{"Kenji Sato", "Oslo", "Norway", "2026-12", "", newsbot.StatusScheduled, nil}}},
		{"a past visit keeps its month", "2026-11-24",
			"Prime Minister Erik Lund visited Oslo in May.",
			[]want{{"Erik Lund", "Oslo", "Norway", "2026-05", "", newsbot.StatusDone, nil}}},
	})
}

// TestOrdinalDays10: a bare "on the 9th" after the place is the next 9th
// for a plan; "the 9th floor" is no day.
func TestOrdinalDays10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the two ministers meet on the Nth", "2026-11-24",
			"Trade Minister Carla Ruiz held talks with her Chilean counterpart Tomas Bravo in Lima on Monday. The two ministers will meet again in Quito on the 9th.",
			[]want{
				{"Carla Ruiz", "Lima", "Peru", "2026-11-23", "", newsbot.StatusDone, []string{"Tomas Bravo"}},
				{"Carla Ruiz", "Quito", "Ecuador", "2026-12-09", "", newsbot.StatusScheduled, []string{"Tomas Bravo"}},
				{"Tomas Bravo", "Quito", "Ecuador", "2026-12-09", "", newsbot.StatusScheduled, []string{"Carla Ruiz"}}}},
		{"a later day of this month", "2026-11-24",
			"Trade Minister Carla Ruiz will travel to Lima on the 28th.",
			[]want{{"Carla Ruiz", "Lima", "Peru", "2026-11-28", "", newsbot.StatusScheduled, nil}}},
		{"a floor is no day", "2026-11-24",
			"Trade Minister Carla Ruiz will travel to Lima on the 9th floor of the ministry.",
			[]want{{"Carla Ruiz", "Lima", "Peru", "", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestBackThere10: "is due back there" plus a time is a return to the
// stop just told, still to come; with no time, or no plan, it is none.
func TestBackThere10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"due back there in a month", "2026-11-24",
			"Trade Minister Carla Ruiz was in Lima on Friday for talks with Peruvian Trade Minister Luis Soto, and she is due back there in the second week of December.",
			[]want{
				{"Carla Ruiz", "Lima", "Peru", "2026-11-20", "", newsbot.StatusDone, []string{"Luis Soto"}},
				{"Carla Ruiz", "Lima", "Peru", "2026-12", "", newsbot.StatusScheduled, nil}}},
		{"back there with no time is none", "2026-11-24",
			"Trade Minister Carla Ruiz was in Lima on Friday for talks with Peruvian Trade Minister Luis Soto, and she hopes to be back there soon.",
			[]want{{"Carla Ruiz", "Lima", "Peru", "2026-11-20", "", newsbot.StatusDone, []string{"Luis Soto"}}}},
	})
}
