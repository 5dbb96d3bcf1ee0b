package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestFreshWireClassesThree holds the classes a new batch of wire copy
// (testdata/wire 149-170) failed on before its rules were written.
// Published Monday 2 March 2026; the timex values are the tagger's.
func TestFreshWireClassesThree(t *testing.T) {
	tests := []ruleCase{
		{"two subjects joined by and both travel", "Emmanuel Macron and Friedrich Merz will travel together to Kyiv on Saturday.",
			[]string{"Emmanuel Macron", "Friedrich Merz"}, map[string]int{"Emmanuel Macron": 0, "Friedrich Merz": 1}, []string{"on Saturday", "2026-03-07"},
			[]want{
				{"Emmanuel Macron", "Kyiv", "Ukraine", "2026-03-07", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Kyiv", "Ukraine", "2026-03-07", "", newsbot.StatusScheduled, nil}}},
		{"the two leaders travel on together and meet together", "Emmanuel Macron and Friedrich Merz will visit Kyiv on Saturday. The two leaders will then go on to Chisinau on Sunday to meet Maia Sandu.",
			[]string{"Emmanuel Macron", "Friedrich Merz", "Maia Sandu"}, map[string]int{"Emmanuel Macron": 0, "Friedrich Merz": 1, "Maia Sandu": 2}, []string{"on Saturday", "2026-03-07", "on Sunday", "2026-03-08"},
			[]want{
				{"Emmanuel Macron", "Kyiv", "Ukraine", "2026-03-07", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Kyiv", "Ukraine", "2026-03-07", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Chisinau", "Moldova", "2026-03-08", "", newsbot.StatusScheduled, []string{"Maia Sandu"}},
				{"Emmanuel Macron", "Chisinau", "Moldova", "2026-03-08", "", newsbot.StatusScheduled, []string{"Maia Sandu"}}}},
		{"the two heads of state hold talks: the visitor meets the host", "Xi Jinping arrived in Belgrade on Monday and was greeted by Aleksandar Vucic. The two heads of state will hold talks on Tuesday.",
			[]string{"Xi Jinping", "Aleksandar Vucic"}, map[string]int{"Xi Jinping": 0, "Aleksandar Vucic": 1}, []string{"on Monday", "2026-03-02", "on Tuesday", "2026-03-03"},
			[]want{
				{"Xi Jinping", "Belgrade", "Serbia", "2026-03-02", "", newsbot.StatusUnderway, []string{"Aleksandar Vucic"}},
				{"Xi Jinping", "Belgrade", "Serbia", "2026-03-03", "", newsbot.StatusScheduled, []string{"Aleksandar Vucic"}}}},
		{"ending the trip on a weekday after the stop before", "Marco Rubio will meet Toshimitsu Motegi in Tokyo on Friday. He then goes to Seoul on Saturday, before ending the trip in Hanoi on Monday.",
			[]string{"Marco Rubio", "Toshimitsu Motegi"}, map[string]int{"Marco Rubio": 0, "Toshimitsu Motegi": 1, "He": 0}, []string{"on Friday", "2026-03-06", "on Saturday", "2026-03-07", "on Monday", "2026-03-02"},
			[]want{
				{"Marco Rubio", "Tokyo", "Japan", "2026-03-06", "", newsbot.StatusScheduled, []string{"Toshimitsu Motegi"}},
				{"Marco Rubio", "Seoul", "South Korea", "2026-03-07", "", newsbot.StatusScheduled, nil},
				{"Marco Rubio", "Hanoi", "Vietnam", "2026-03-09", "", newsbot.StatusScheduled, nil}}},
		{"the host stays at home", "Keir Starmer is due to host Nordic leaders in London next week.",
			[]string{"Keir Starmer"}, map[string]int{"Keir Starmer": 0}, []string{"next week", "2026-W11"}, nil},
		{"a team's journey is not its manager's", "Mikel Arteta said on Monday his side would travel to Milan for Wednesday's game against Inter.",
			[]string{"Mikel Arteta"}, map[string]int{"Mikel Arteta": 0}, []string{"on Monday", "2026-03-02", "Wednesday", "2026-03-04"}, nil},
		{"a day-first range, and a second stop of the same verb", "Mr Martin will be in Tokyo from 10 to 12 March and in Seoul on 13 March.",
			[]string{"Micheál Martin"}, map[string]int{"Mr Martin": 0}, []string{"12 March", "2026-03-12", "13 March", "2026-03-13"},
			[]want{
				{"Micheál Martin", "Tokyo", "Japan", "2026-W11", "", newsbot.StatusScheduled, nil},
				{"Micheál Martin", "Seoul", "South Korea", "2026-03-13", "", newsbot.StatusScheduled, nil}}},
		{"a described traveller goes on before travelling", "Pope Leo XIV will visit Algeria in April, the Vatican said. The pontiff will arrive in Algiers on April 13 and meet President Abdelmadjid Tebboune, before travelling to Annaba on April 15.",
			[]string{"Pope Leo XIV", "Abdelmadjid Tebboune"}, map[string]int{"Pope Leo XIV": 0, "President Abdelmadjid Tebboune": 1}, []string{"in April", "2026-04", "April 13", "2026-04-13", "April 15", "2026-04-15"},
			[]want{
				{"Pope Leo XIV", "Algiers", "Algeria", "2026-04-13", "", newsbot.StatusScheduled, []string{"Abdelmadjid Tebboune"}},
				{"Pope Leo XIV", "Annaba", "Algeria", "2026-04-15", "", newsbot.StatusScheduled, nil}}},
		{"a place that speaks ends the list", "Pope Leo XIV will visit Algeria in April, the Vatican said.",
			[]string{"Pope Leo XIV"}, map[string]int{"Pope Leo XIV": 0}, []string{"in April", "2026-04"},
			[]want{{"Pope Leo XIV", "Algeria", "Algeria", "2026-04", "", newsbot.StatusScheduled, nil}}},
		{"a castle named after its town is a venue there; and hold talks is a meeting of its own", "Mr Ruto had been due to meet King Charles at Windsor Castle on March 10 and hold talks with Keir Starmer in London.",
			[]string{"William Ruto", "King Charles", "Windsor Castle", "Keir Starmer"}, map[string]int{"Mr Ruto": 0, "King Charles": 1, "Windsor Castle": 2, "Keir Starmer": 3}, []string{"March 10", "2026-03-10"},
			[]want{
				{"William Ruto", "Windsor", "United Kingdom", "2026-03-10", "", newsbot.StatusCancelled, []string{"King Charles"}},
				{"William Ruto", "London", "United Kingdom", "2026-03-10", "", newsbot.StatusCancelled, []string{"Keir Starmer"}}}},
		{"a summit with a person is a meeting", "She will then fly to Manila for a summit with Ferdinand Marcos Jr. on March 10.",
			[]string{"Sanae Takaichi", "Ferdinand Marcos Jr"}, map[string]int{"She": 0, "Ferdinand Marcos Jr": 1}, []string{"March 10", "2026-03-10"},
			[]want{{"Sanae Takaichi", "Manila", "Philippines", "2026-03-10", "", newsbot.StatusScheduled, []string{"Ferdinand Marcos Jr"}}}},
		{"a summit in a city is no meeting with its host", "Sanae Takaichi will attend a summit in Manila on March 10 with leaders of Southeast Asia.",
			[]string{"Sanae Takaichi"}, map[string]int{"Sanae Takaichi": 0}, []string{"March 10", "2026-03-10"},
			[]want{{"Sanae Takaichi", "Manila", "Philippines", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"opening a parliament is a visit", "King Charles will open the Canadian parliament in Ottawa on 12 May and travel to Toronto the following day.",
			[]string{"King Charles"}, map[string]int{"King Charles": 0}, []string{"12 May", "2026-05-12", "the following day", "P1D"},
			[]want{
				{"King Charles", "Ottawa", "Canada", "2026-05-12", "", newsbot.StatusScheduled, nil},
				{"King Charles", "Toronto", "Canada", "2026-05-13", "", newsbot.StatusScheduled, nil}}},
		{"talks that open are no visit", "Marina Silva will lead the delegation at the talks in Baku, which open on Monday.",
			[]string{"Marina Silva"}, map[string]int{"Marina Silva": 0}, []string{"on Monday", "2026-03-02"}, nil},
		{"an open letter is no visit", "Keir Starmer will travel on Friday after an open letter from MPs in Leeds.",
			[]string{"Keir Starmer"}, map[string]int{"Keir Starmer": 0}, []string{"on Friday", "2026-03-06"}, nil},
		{"a stand-in goes on the day of the plan denied", "Mr Kovacs will not attend next week's summit in Brussels. He will be represented in Brussels by Peter Szabo.",
			[]string{"Zoltan Kovacs", "Peter Szabo"}, map[string]int{"Mr Kovacs": 0, "He": 0, "Peter Szabo": 1}, []string{"next week", "2026-W11"},
			[]want{{"Peter Szabo", "Brussels", "Belgium", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"a stand-in goes on the day of the plan called off", "Mr Ruto has called off a visit to London scheduled for next week. Kithure Kindiki will attend a conference in London in his place.",
			[]string{"William Ruto", "Kithure Kindiki"}, map[string]int{"Mr Ruto": 0, "Kithure Kindiki": 1, "his": 0}, []string{"next week", "2026-W11"},
			[]want{
				{"William Ruto", "London", "United Kingdom", "2026-W11", "", newsbot.StatusCancelled, nil},
				{"Kithure Kindiki", "London", "United Kingdom", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"a new day for the plan told before", "The king was due to arrive in Oranjestad on Wednesday. He will now travel on Friday, weather permitting.",
			[]string{"King Willem-Alexander"}, map[string]int{"The king": 0, "He": 0}, []string{"on Wednesday", "2026-03-04", "on Friday", "2026-03-06"},
			[]want{
				{"King Willem-Alexander", "Oranjestad", "Aruba", "2026-03-04", "", newsbot.StatusCancelled, nil},
				{"King Willem-Alexander", "Oranjestad", "Aruba", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"a new day after a visit made is no move", "The king visited Oranjestad on Sunday. He will now travel on Friday to a summit.",
			[]string{"King Willem-Alexander"}, map[string]int{"The king": 0, "He": 0}, []string{"on Sunday", "2026-03-01", "on Friday", "2026-03-06"},
			[]want{{"King Willem-Alexander", "Oranjestad", "Aruba", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"talks after before travelling are at the journey's end", "Narendra Modi will be in Accra on Tuesday and Wednesday and will address Ghana's parliament, before travelling to Windhoek for talks with Netumbo Nandi-Ndaitwah. He ends the tour in Nairobi on Saturday.",
			[]string{"Narendra Modi", "Netumbo Nandi-Ndaitwah"}, map[string]int{"Narendra Modi": 0, "Netumbo Nandi-Ndaitwah": 1, "He": 0}, []string{"on Tuesday", "2026-03-03", "Wednesday", "2026-03-04", "on Saturday", "2026-03-07"},
			[]want{
				{"Narendra Modi", "Accra", "Ghana", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Narendra Modi", "Windhoek", "Namibia", "", "2026-03-04", newsbot.StatusScheduled, []string{"Netumbo Nandi-Ndaitwah"}},
				{"Narendra Modi", "Nairobi", "Kenya", "2026-03-07", "", newsbot.StatusScheduled, nil}}},
		{"a meeting a few words after where dates the stop", "King Abdullah II left for Brussels on Monday. He will then travel to Paris, where he is scheduled to hold talks with Emmanuel Macron on Wednesday.",
			[]string{"King Abdullah II", "Emmanuel Macron"}, map[string]int{"King Abdullah II": 0, "He": 0, "he": 0, "Emmanuel Macron": 1}, []string{"on Monday", "2026-03-02", "on Wednesday", "2026-03-04"},
			[]want{
				{"King Abdullah II", "Brussels", "Belgium", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"King Abdullah II", "Paris", "France", "2026-03-04", "", newsbot.StatusScheduled, []string{"Emmanuel Macron"}}}},
		{"a visit called off for the day before", "Kemi Badenoch cancelled a planned visit to Aberdeen on Sunday after a storm grounded flights.",
			[]string{"Kemi Badenoch"}, map[string]int{"Kemi Badenoch": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Kemi Badenoch", "Aberdeen", "United Kingdom", "2026-03-01", "", newsbot.StatusCancelled, nil}}},
		{"proceed to is a journey", "Recep Tayyip Erdogan will first travel to Kuwait City on Tuesday. He will then proceed to Doha on Wednesday.",
			[]string{"Recep Tayyip Erdogan"}, map[string]int{"Recep Tayyip Erdogan": 0, "He": 0}, []string{"on Tuesday", "2026-03-03", "on Wednesday", "2026-03-04"},
			[]want{
				{"Recep Tayyip Erdogan", "Kuwait City", "Kuwait", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Recep Tayyip Erdogan", "Doha", "Qatar", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"a weekday after a plan for next week is in that week", "Nirmala Sitharaman will visit Washington next week. She will travel to New York on Saturday to meet investors.",
			[]string{"Nirmala Sitharaman"}, map[string]int{"Nirmala Sitharaman": 0, "She": 0}, []string{"next week", "2026-W11", "on Saturday", "2026-03-07"},
			[]want{
				{"Nirmala Sitharaman", "Washington", "United States", "2026-W11", "", newsbot.StatusScheduled, nil},
				{"Nirmala Sitharaman", "New York", "United States", "2026-03-14", "", newsbot.StatusScheduled, nil}}},
		{"to open a hospital is the purpose of the journey before", "Anthony Albanese will fly to Jakarta on Sunday for talks, before heading on to Port Moresby to open a new hospital on Tuesday.",
			[]string{"Anthony Albanese"}, map[string]int{"Anthony Albanese": 0}, []string{"on Sunday", "2026-03-08", "on Tuesday", "2026-03-03"},
			[]want{
				{"Anthony Albanese", "Jakarta", "Indonesia", "2026-03-08", "", newsbot.StatusScheduled, nil},
				{"Anthony Albanese", "Port Moresby", "Papua New Guinea", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"a stand-in with no place goes where the plan denied was", "Benjamin Netanyahu will not attend a ceremony in Poland next month. Gideon Saar will lead the delegation in his place.",
			[]string{"Benjamin Netanyahu", "Gideon Saar"}, map[string]int{"Benjamin Netanyahu": 0, "Gideon Saar": 1, "his": 0}, []string{"next month", "2026-04"},
			[]want{{"Gideon Saar", "Poland", "Poland", "2026-04", "", newsbot.StatusScheduled, nil}}},
		{"a capitalised To is a name, not a purpose", "Lee Jae-myung will hold talks with To Lam in Hanoi on March 16.",
			[]string{"Lee Jae-myung", "To Lam"}, map[string]int{"Lee Jae-myung": 0, "To Lam": 1}, []string{"March 16", "2026-03-16"},
			[]want{{"Lee Jae-myung", "Hanoi", "Vietnam", "2026-03-16", "", newsbot.StatusScheduled, []string{"To Lam"}}}},
		{"a month for a country dates each city of it", "Friedrich Merz has postponed a trip to China that had been planned for January. He had been expected to meet Xi Jinping in Beijing and to visit Shanghai.",
			[]string{"Friedrich Merz", "Xi Jinping"}, map[string]int{"Friedrich Merz": 0, "He": 0, "Xi Jinping": 1}, []string{"January", "2027-01"},
			[]want{
				{"Friedrich Merz", "Shanghai", "China", "2027-01", "", newsbot.StatusCancelled, nil},
				{"Friedrich Merz", "Beijing", "China", "2027-01", "", newsbot.StatusCancelled, []string{"Xi Jinping"}}}},
		{"a companion goes where the one accompanied goes", "Anthony Albanese will fly to Tokyo on Friday for talks. Jodie Haydon will accompany him.",
			[]string{"Anthony Albanese", "Jodie Haydon"}, map[string]int{"Anthony Albanese": 0, "Jodie Haydon": 1, "him": 0}, []string{"on Friday", "2026-03-06"},
			[]want{
				{"Anthony Albanese", "Tokyo", "Japan", "2026-03-06", "", newsbot.StatusScheduled, nil},
				{"Jodie Haydon", "Tokyo", "Japan", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"accompanied by in a sentence of its own", "Steve Witkoff will travel to Moscow next week. Witkoff will be accompanied by Jared Kushner.",
			[]string{"Steve Witkoff", "Jared Kushner"}, map[string]int{"Steve Witkoff": 0, "Witkoff": 0, "Jared Kushner": 1}, []string{"next week", "2026-W11"},
			[]want{
				{"Steve Witkoff", "Moscow", "Russia", "2026-W11", "", newsbot.StatusScheduled, nil},
				{"Jared Kushner", "Moscow", "Russia", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"who was to accompany her is an aside", "Yvette Cooper has postponed her trip to Beijing. Douglas Alexander, who was to accompany her, will still travel to Shanghai on Monday.",
			[]string{"Yvette Cooper", "Douglas Alexander"}, map[string]int{"Yvette Cooper": 0, "Douglas Alexander": 1, "her": 0}, []string{"on Monday", "2026-03-09"},
			[]want{
				{"Yvette Cooper", "Beijing", "China", "", "", newsbot.StatusCancelled, nil},
				{"Douglas Alexander", "Shanghai", "China", "2026-03-09", "", newsbot.StatusScheduled, nil}}},
		{"talks on a journey denied are denied", "Vladimir Putin has no plans to travel to Budapest for a summit with Donald Trump, the Kremlin said.",
			[]string{"Vladimir Putin", "Donald Trump"}, map[string]int{"Vladimir Putin": 0, "Donald Trump": 1}, nil, nil},
	}
	runRuleCases(t, monday, tests)
}
