package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

// TestFreshWireClassesFive holds the classes new batches of wire copy
// (testdata/wire 233-242: state visits, royals, papal trips, tours) failed
// on before their rules were written. The timex values are the tagger's
// for the publication day of each case.
func TestFreshWireClassesFive(t *testing.T) {
	tests := []ruleCase{
		{"hosted by a person at a place: the guest's meeting there",
			"Willem-Alexander will be hosted by Emperor Naruhito at the Imperial Palace in Tokyo on Tuesday.",
			[]string{"Willem-Alexander", "Emperor Naruhito"}, map[string]int{"Willem-Alexander": 0, "Emperor Naruhito": 1}, []string{"on Tuesday", "2026-03-03"},
			[]want{{"Willem-Alexander", "Tokyo", "Japan", "2026-03-03", "", newsbot.StatusScheduled, []string{"Emperor Naruhito"}}}},
		{"the couple as a passive's subject",
			"Willem-Alexander will pay a state visit to Japan next month. The couple will be hosted by Emperor Naruhito in Tokyo on April 14.",
			[]string{"Willem-Alexander", "Emperor Naruhito"}, map[string]int{"Willem-Alexander": 0, "Emperor Naruhito": 1}, []string{"next month", "2026-04", "on April 14", "2026-04-14"},
			[]want{
				{"Willem-Alexander", "Tokyo", "Japan", "2026-04-14", "", newsbot.StatusScheduled, []string{"Emperor Naruhito"}}}},
		{"and will then travel: after the last day of the clause before",
			"Cyril Ramaphosa will be in Madrid from 14 April to 16 April and will then travel to Seville, where he will open a solar plant.",
			[]string{"Cyril Ramaphosa"}, map[string]int{"Cyril Ramaphosa": 0}, []string{"14 April", "2026-04-14", "16 April", "2026-04-16"},
			[]want{
				{"Cyril Ramaphosa", "Madrid", "Spain", "2026-W16", "", newsbot.StatusScheduled, nil},
				{"Cyril Ramaphosa", "Seville", "Spain", "", "2026-04-16", newsbot.StatusScheduled, nil}}},
		{"then with a day of its own keeps it",
			"Cyril Ramaphosa will be in Madrid on Tuesday and will then travel to Seville on Thursday.",
			[]string{"Cyril Ramaphosa"}, map[string]int{"Cyril Ramaphosa": 0}, []string{"on Tuesday", "2026-03-03", "on Thursday", "2026-03-05"},
			[]want{
				{"Cyril Ramaphosa", "Madrid", "Spain", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Cyril Ramaphosa", "Seville", "Spain", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"two travellers and a light verb, the second with her country",
			"King Harald and Queen Sonja of Norway will make a state visit to Chile next month.",
			[]string{"King Harald", "Queen Sonja"}, map[string]int{"King Harald": 0, "Queen Sonja": 1}, []string{"next month", "2026-04"},
			[]want{
				{"King Harald", "Chile", "Chile", "2026-04", "", newsbot.StatusScheduled, nil},
				{"Queen Sonja", "Chile", "Chile", "2026-04", "", newsbot.StatusScheduled, nil}}},
		{"celebrating Mass in a city is being there",
			"Pope Leo XIV will travel to Peru next month. He will celebrate Mass in Lima on April 13 and meet bishops before flying to Cusco on April 14.",
			[]string{"Pope Leo XIV"}, map[string]int{"Pope Leo XIV": 0, "He": 0}, []string{"next month", "2026-04", "on April 13", "2026-04-13", "on April 14", "2026-04-14"},
			[]want{
				{"Pope Leo XIV", "Lima", "Peru", "2026-04-13", "", newsbot.StatusScheduled, nil},
				{"Pope Leo XIV", "Cusco", "Peru", "2026-04-14", "", newsbot.StatusScheduled, nil}}},
		{"celebrating a victory is no appearance",
			"Pedro Sanchez will travel to Seville on Friday. Fans celebrated the victory in Madrid on Sunday.",
			[]string{"Pedro Sanchez"}, map[string]int{"Pedro Sanchez": 0}, []string{"on Friday", "2026-03-06", "on Sunday", "2026-03-01"},
			[]want{{"Pedro Sanchez", "Seville", "Spain", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"joining people in a place is going there",
			"The squad flew to Colombo on Friday, with captain Pat Cummins set to join his team-mates in Galle on Wednesday.",
			[]string{"Pat Cummins"}, map[string]int{"Pat Cummins": 0}, []string{"on Friday", "2026-02-27", "on Wednesday", "2026-03-04"},
			[]want{{"Pat Cummins", "Galle", "Sri Lanka", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"joining a delegation in a city, after a journey",
			"Prince Edward will fly to Warsaw on Monday and join the UK delegation in Krakow on Tuesday.",
			[]string{"Prince Edward"}, map[string]int{"Prince Edward": 0}, []string{"on Monday", "2026-03-09", "on Tuesday", "2026-03-03"},
			[]want{
				{"Prince Edward", "Warsaw", "Poland", "2026-03-09", "", newsbot.StatusScheduled, nil},
				{"Prince Edward", "Krakow", "Poland", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"a plan to join people at a place lets the sentence through ('joined the company' still does not)",
			"Prince Edward will join the UK delegation in Poland on Tuesday.",
			[]string{"Prince Edward"}, map[string]int{"Prince Edward": 0}, []string{"on Tuesday", "2026-03-03"},
			[]want{{"Prince Edward", "Poland", "Poland", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
		{"joining a club or a bloc is no journey",
			"Steve Parry joined Liverpool as chief executive in July 1998. Gordon Hale joined the EU delegation in May.",
			[]string{"Steve Parry", "Gordon Hale"}, map[string]int{"Steve Parry": 0, "Gordon Hale": 1}, []string{"July 1998", "1998-07", "May", "2026-05"}, nil},
		{"with a person after the journey's time is no subject of a plan",
			"Pat Cummins flew to Colombo on Friday with Steve Smith.",
			[]string{"Pat Cummins", "Steve Smith"}, map[string]int{"Pat Cummins": 0, "Steve Smith": 1}, []string{"on Friday", "2026-02-27"},
			[]want{{"Pat Cummins", "Colombo", "Sri Lanka", "2026-02-27", "", newsbot.StatusDone, nil}}},
		{"followed by two others: the same arrival",
			"Anwar Ibrahim landed in Manila on Sunday afternoon, followed by Lawrence Wong and Pham Minh Chinh.",
			[]string{"Anwar Ibrahim", "Lawrence Wong", "Pham Minh Chinh"}, map[string]int{"Anwar Ibrahim": 0, "Lawrence Wong": 1, "Pham Minh Chinh": 2}, []string{"on Sunday", "2026-03-01"},
			[]want{
				{"Anwar Ibrahim", "Manila", "Philippines", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Lawrence Wong", "Manila", "Philippines", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Pham Minh Chinh", "Manila", "Philippines", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"followed by a remark is no follower",
			"Anwar Ibrahim landed in Manila on Sunday, followed by a statement praising Lawrence Wong.",
			[]string{"Anwar Ibrahim", "Lawrence Wong"}, map[string]int{"Anwar Ibrahim": 0, "Lawrence Wong": 1}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Anwar Ibrahim", "Manila", "Philippines", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"a new clause's subject after ', and' is no counterpart and travels",
			"Sanae Takaichi will hold talks with the bloc in Manila on Tuesday, and Chinese Premier Li Qiang is expected to arrive in Manila on Monday.",
			[]string{"Sanae Takaichi", "Li Qiang"}, map[string]int{"Sanae Takaichi": 0, "Chinese Premier Li Qiang": 1}, []string{"on Tuesday", "2026-03-03", "on Monday", "2026-03-09"},
			[]want{
				{"Li Qiang", "Manila", "Philippines", "2026-03-09", "", newsbot.StatusScheduled, nil},
				{"Sanae Takaichi", "Manila", "Philippines", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
		{"joining the leaders of a summit placed before",
			"Leaders began arriving in Manila on Sunday for a three-day summit. Sanae Takaichi will join the leaders on Tuesday for talks with the bloc.",
			[]string{"Sanae Takaichi"}, map[string]int{"Sanae Takaichi": 0}, []string{"on Sunday", "2026-03-01", "on Tuesday", "2026-03-03"},
			[]want{{"Sanae Takaichi", "Manila", "Philippines", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
		{"who had been in a city since a day: the stay from that day",
			"Anthony Albanese, who had been in Brussels since Monday for talks with Ursula von der Leyen, was due to travel to Rome on Thursday.",
			[]string{"Anthony Albanese", "Ursula von der Leyen"}, map[string]int{"Anthony Albanese": 0, "Ursula von der Leyen": 1}, []string{"since Monday", "2026-03-02", "on Thursday", "2026-03-05"},
			[]want{
				{"Anthony Albanese", "Brussels", "Belgium", "2026-03-02", "", newsbot.StatusUnderway, []string{"Ursula von der Leyen"}},
				{"Anthony Albanese", "Rome", "Italy", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"had been in a city with no day is not told when",
			"Anthony Albanese had been in Brussels before.",
			[]string{"Anthony Albanese"}, map[string]int{"Anthony Albanese": 0}, nil, nil},
		{"that leg called off, and a planned stop put off",
			"Anthony Albanese was due to travel to Rome on Thursday. That leg has been cancelled, and a planned stop in Dublin on Saturday has been postponed.",
			[]string{"Anthony Albanese"}, map[string]int{"Anthony Albanese": 0}, []string{"on Thursday", "2026-03-05", "on Saturday", "2026-03-07"},
			[]want{
				{"Anthony Albanese", "Rome", "Italy", "2026-03-05", "", newsbot.StatusCancelled, nil},
				{"Anthony Albanese", "Dublin", "Ireland", "2026-03-07", "", newsbot.StatusCancelled, nil}}},
		{"a first leg in a city is no journey of the last traveller",
			"Pedro Sanchez will travel to Seville on Friday. The first leg in Madrid ended in a draw.",
			[]string{"Pedro Sanchez"}, map[string]int{"Pedro Sanchez": 0}, []string{"on Friday", "2026-03-06"},
			[]want{{"Pedro Sanchez", "Seville", "Spain", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"a speaker's own plan in a quotation",
			"\"I will travel to Brazil on Thursday with a clear message,\" Narendra Modi said in a post on X.",
			[]string{"Narendra Modi"}, map[string]int{"Narendra Modi": 0}, []string{"on Thursday", "2026-03-05"},
			[]want{{"Narendra Modi", "Brazil", "Brazil", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"a speaker's own plan, the verb before the name",
			"\"I will fly to Kyiv on Friday,\" said Friedrich Merz.",
			[]string{"Friedrich Merz"}, map[string]int{"Friedrich Merz": 0}, []string{"on Friday", "2026-03-06"},
			[]want{{"Friedrich Merz", "Kyiv", "Ukraine", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"a speaker's conditional or wished journey is no plan",
			"\"I will go to Moscow if it helps peace,\" Zoltan Kovacs said. \"I would fly to Kyiv tomorrow,\" said Friedrich Merz.",
			[]string{"Zoltan Kovacs", "Friedrich Merz"}, map[string]int{"Zoltan Kovacs": 0, "Friedrich Merz": 1}, []string{"tomorrow", "2026-03-03"}, nil},
		{"a speaker's memory of going somewhere is no plan",
			"\"When I went to Boston, everyone worked hard,\" Loretta Lynch said.",
			[]string{"Loretta Lynch"}, map[string]int{"Loretta Lynch": 0}, nil, nil},
		{"the one city named holds the days in its country",
			"Narendra Modi heads to Brasilia for talks. Modi will travel to Brazil on Thursday. He will meet Lula on Friday.",
			[]string{"Narendra Modi", "Lula"}, map[string]int{"Narendra Modi": 0, "Modi": 0, "He": 0, "Lula": 1}, []string{"on Thursday", "2026-03-05", "on Friday", "2026-03-06"},
			[]want{
				{"Narendra Modi", "Brasilia", "Brazil", "2026-03-05", "", newsbot.StatusScheduled, nil},
				{"Narendra Modi", "Brasilia", "Brazil", "2026-03-06", "", newsbot.StatusScheduled, []string{"Lula"}}}},
		{"cutting a visit short ends the stay told before: no new stop",
			"Narendra Modi cut short his visit to Saudi Arabia on Monday and flew back to New Delhi. He had arrived in Jeddah on Sunday.",
			[]string{"Narendra Modi"}, map[string]int{"Narendra Modi": 0, "He": 0}, []string{"on Monday", "2026-03-02", "on Sunday", "2026-03-01"},
			[]want{{"Narendra Modi", "Jeddah", "Saudi Arabia", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"a visit cut short today with no stay told is over, not under way",
			"Narendra Modi cut short his visit to Saudi Arabia on Monday.",
			[]string{"Narendra Modi"}, map[string]int{"Narendra Modi": 0}, []string{"on Monday", "2026-03-02"},
			[]want{{"Narendra Modi", "Saudi Arabia", "Saudi Arabia", "2026-03-02", "", newsbot.StatusDone, nil}}},
		{"the dinner was cancelled: the plan before is off",
			"Narendra Modi arrived in Jeddah on Sunday and was due to attend a dinner in Jeddah on Tuesday. The dinner was cancelled.",
			[]string{"Narendra Modi"}, map[string]int{"Narendra Modi": 0}, []string{"on Sunday", "2026-03-01", "on Tuesday", "2026-03-03"},
			[]want{
				{"Narendra Modi", "Jeddah", "Saudi Arabia", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Narendra Modi", "Jeddah", "Saudi Arabia", "2026-03-03", "", newsbot.StatusCancelled, nil}}},
		{"arrivals with no place or day under a dateline: its city, the lead's day",
			"EVIAN, France (Reuters) - Leaders arrived in the spa town of Evian on Monday for a summit. Japanese Prime Minister Sanae Takaichi flew in from Tokyo overnight, while Canada's Mark Carney and Britain's Keir Starmer arrived by helicopter.",
			[]string{"Sanae Takaichi", "Mark Carney", "Keir Starmer"}, map[string]int{"Japanese Prime Minister Sanae Takaichi": 0, "Mark Carney": 1, "Keir Starmer": 2}, []string{"on Monday", "2026-03-02"},
			[]want{
				{"Sanae Takaichi", "Evian", "France", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"Keir Starmer", "Evian", "France", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"Mark Carney", "Evian", "France", "2026-03-02", "", newsbot.StatusUnderway, nil}}},
		{"flew in with no dateline is placed nowhere",
			"Sanae Takaichi flew in from Tokyo overnight.",
			[]string{"Sanae Takaichi"}, map[string]int{"Sanae Takaichi": 0}, nil, nil},
		{"joining the talks on a day: the gathering placed before",
			"Leaders arrived in the town of Evian on Monday for a three-day summit. Volodymyr Zelenskiy will join the talks on Wednesday.",
			[]string{"Volodymyr Zelenskiy"}, map[string]int{"Volodymyr Zelenskiy": 0}, []string{"on Monday", "2026-03-02", "on Wednesday", "2026-03-04"},
			[]want{{"Volodymyr Zelenskiy", "Evian", "France", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"who was in a city on a day: a stop",
			"Jensen Huang, who was in Shanghai on Saturday for an opening, will then head to Mumbai next week.",
			[]string{"Jensen Huang"}, map[string]int{"Jensen Huang": 0}, []string{"on Saturday", "2026-02-28", "next week", "2026-W11"},
			[]want{
				{"Jensen Huang", "Shanghai", "China", "2026-02-28", "", newsbot.StatusDone, nil},
				{"Jensen Huang", "Mumbai", "India", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"a plan's meeting on its own day shares the plan's fate; the calling-off day is not the trip's",
			"Cyril Ramaphosa called off a planned trip to Washington on Monday. Ramaphosa had been scheduled to arrive in Washington on Tuesday and meet Donald Trump at the White House on Wednesday.",
			[]string{"Cyril Ramaphosa", "Donald Trump"}, map[string]int{"Cyril Ramaphosa": 0, "Ramaphosa": 0, "Donald Trump": 1}, []string{"on Monday", "2026-03-02", "on Tuesday", "2026-03-03", "on Wednesday", "2026-03-04"},
			[]want{
				{"Cyril Ramaphosa", "Washington", "United States", "2026-03-03", "", newsbot.StatusCancelled, nil},
				{"Cyril Ramaphosa", "Washington", "United States", "2026-03-04", "", newsbot.StatusCancelled, []string{"Donald Trump"}}}},
		{"a programme line of two days; its pronoun is the itinerary's traveller",
			"Subrahmanyam Jaishankar will visit Europe next week. His programme:\nThursday: Brussels, meetings with NATO Secretary General Mark Rutte\nFriday and Saturday: Berlin, where he will address a conference",
			[]string{"Subrahmanyam Jaishankar", "Mark Rutte"}, map[string]int{"Subrahmanyam Jaishankar": 0, "His": 0, "Mark Rutte": 1, "he": 1},
			[]string{"next week", "2026-W11", "Thursday", "2026-03-05", "Friday", "2026-03-06", "Saturday", "2026-03-07"},
			[]want{
				{"Subrahmanyam Jaishankar", "Brussels", "Belgium", "2026-03-05", "", newsbot.StatusScheduled, []string{"Mark Rutte"}},
				{"Subrahmanyam Jaishankar", "Berlin", "Germany", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"the host named in a dateline's lead is not the visitor",
			"Xi to visit\n\nBEIJING, March 2 (Xinhua) -- At the invitation of Kazakh President Kassym-Jomart Tokayev, Chinese President Xi Jinping will pay a state visit to Kazakhstan next week, a spokesperson said.",
			[]string{"Kassym-Jomart Tokayev", "Xi Jinping"}, map[string]int{"Kazakh President Kassym-Jomart Tokayev": 0, "Chinese President Xi Jinping": 1}, []string{"next week", "2026-W11"},
			[]want{{"Xi Jinping", "Kazakhstan", "Kazakhstan", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"a meeting's counterparts end at 'and is due'",
			"Johann Wadephul arrived in Beijing on Monday. Wadephul will meet Wang Yi on Tuesday and is due in Seoul on Wednesday.",
			[]string{"Johann Wadephul", "Wang Yi"}, map[string]int{"Johann Wadephul": 0, "Wadephul": 0, "Wang Yi": 1}, []string{"on Monday", "2026-03-02", "on Tuesday", "2026-03-03", "on Wednesday", "2026-03-04"},
			[]want{
				{"Johann Wadephul", "Beijing", "China", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"Johann Wadephul", "Seoul", "South Korea", "2026-03-04", "", newsbot.StatusScheduled, nil},
				{"Johann Wadephul", "Beijing", "China", "2026-03-03", "", newsbot.StatusScheduled, []string{"Wang Yi"}}}},
		{"planned, but called the trip off",
			"Johann Wadephul had originally planned to visit China in October but called the trip off.",
			[]string{"Johann Wadephul"}, map[string]int{"Johann Wadephul": 0}, []string{"October", "2025-10"},
			[]want{{"Johann Wadephul", "China", "China", "2025-10", "", newsbot.StatusCancelled, nil}}},
		{"a place after an owner that is no place",
			"Jim Farley toured Ford's Valencia plant in Spain on Sunday and will visit the company's Cologne plant on Friday.",
			[]string{"Jim Farley"}, map[string]int{"Jim Farley": 0}, []string{"on Sunday", "2026-03-01", "on Friday", "2026-03-06"},
			[]want{
				{"Jim Farley", "Valencia", "Spain", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Jim Farley", "Cologne", "Germany", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"an appositive trip is the main clause traveller's",
			"Vladimir Putin will visit India on Friday for talks with Narendra Modi, the Kremlin said, his first trip to New Delhi since 2021.",
			[]string{"Vladimir Putin", "Narendra Modi"}, map[string]int{"Vladimir Putin": 0, "Narendra Modi": 1, "his": 1}, []string{"on Friday", "2026-03-06", "2021", "2021"},
			[]want{{"Vladimir Putin", "New Delhi", "India", "2026-03-06", "", newsbot.StatusScheduled, []string{"Narendra Modi"}}}},
		{"a time before 'and' with a subject of its own is the other clause's",
			"Narendra Modi visited Moscow in July 2024 and the two leaders met in Tianjin last year.",
			[]string{"Narendra Modi", "Vladimir Putin"}, map[string]int{"Narendra Modi": 0}, []string{"July 2024", "2024-07", "last year", "2025"},
			[]want{
				{"Narendra Modi", "Moscow", "Russia", "2024-07", "", newsbot.StatusDone, nil},
				{"Narendra Modi", "Tianjin", "China", "2025", "", newsbot.StatusDone, nil}}},
		{"a long venue name, then its place",
			"Guillaume Faury visited the planemaker's final assembly line in Tianjin on Sunday.",
			[]string{"Guillaume Faury"}, map[string]int{"Guillaume Faury": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Guillaume Faury", "Tianjin", "China", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"a topic after a long phrase is no place",
			"Guillaume Faury visited the planemaker's final assembly line to discuss demand in Tianjin on Sunday.",
			[]string{"Guillaume Faury"}, map[string]int{"Guillaume Faury": 0}, []string{"on Sunday", "2026-03-01"}, nil},
		{"a new day for a plan put off; the participle's return is its own",
			"Mark Rutte had been due to fly to Bodo on Wednesday. He will now travel on Friday, returning to Brussels on Saturday.",
			[]string{"Mark Rutte"}, map[string]int{"Mark Rutte": 0, "He": 0}, []string{"on Wednesday", "2026-03-04", "on Friday", "2026-03-06", "on Saturday", "2026-03-07"},
			[]want{
				{"Mark Rutte", "Bodo", "Norway", "2026-03-04", "", newsbot.StatusCancelled, nil},
				{"Mark Rutte", "Bodo", "Norway", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"a meeting the following day is a day of its own",
			"Tamim bin Hamad Al Thani will arrive in London on March 8 and hold talks with Keir Starmer the following day.",
			[]string{"Tamim bin Hamad Al Thani", "Keir Starmer"}, map[string]int{"Tamim bin Hamad Al Thani": 0, "Keir Starmer": 1}, []string{"March 8", "2026-03-08", "the following day", "P1D"},
			[]want{
				{"Tamim bin Hamad Al Thani", "London", "United Kingdom", "2026-03-08", "", newsbot.StatusScheduled, nil},
				{"Tamim bin Hamad Al Thani", "London", "United Kingdom", "2026-03-09", "", newsbot.StatusScheduled, []string{"Keir Starmer"}}}},
		{"the region's town of: the town",
			"Prince Edward will travel to the Highlands town of Goroka on Wednesday.",
			[]string{"Prince Edward"}, map[string]int{"Prince Edward": 0}, []string{"on Wednesday", "2026-03-04"},
			[]want{{"Prince Edward", "Goroka", "Papua New Guinea", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"a meeting on a day within the stay's week is a day of its own",
			"Tim Cook is in India this week, visiting stores in Mumbai and Delhi, and met Narendra Modi in New Delhi on Monday.",
			[]string{"Tim Cook", "Narendra Modi"}, map[string]int{"Tim Cook": 0, "Narendra Modi": 1}, []string{"this week", "2026-W10", "on Monday", "2026-03-02"},
			[]want{
				{"Tim Cook", "Mumbai", "India", "2026-W10", "", newsbot.StatusUnderway, nil},
				{"Tim Cook", "New Delhi", "India", "2026-03-02", "", newsbot.StatusUnderway, []string{"Narendra Modi"}}}},
		{"a name the splitter cuts after its dotted initials is one counterpart",
			"Jensen Huang arrived in Taipei on Sunday. Huang met TSMC Chairman C.C. Wei over dinner on Sunday evening.",
			[]string{"Jensen Huang", "C.C. Wei"}, map[string]int{"Jensen Huang": 0, "Huang": 0, "C.C. Wei": 1}, []string{"on Sunday", "2026-03-01", "on Sunday evening", "2026-03-01"},
			[]want{{"Jensen Huang", "Taipei", "Taiwan", "2026-03-01", "", newsbot.StatusDone, []string{"C.C. Wei"}}}},
		{"celebrating Mass alone lets its sentence through",
			"Pope Leo XIV will travel to Angola next month. He will celebrate an open-air Mass in Luanda on April 22.",
			[]string{"Pope Leo XIV"}, map[string]int{"Pope Leo XIV": 0, "He": 0}, []string{"next month", "2026-04", "on April 22", "2026-04-22"},
			[]want{{"Pope Leo XIV", "Luanda", "Angola", "2026-04-22", "", newsbot.StatusScheduled, nil}}},
		{"later in the day is the stop's day",
			"Friedrich Merz arrived in Kyiv on Monday and was due to meet Volodymyr Zelenskyy later in the day.",
			[]string{"Friedrich Merz", "Volodymyr Zelenskyy"}, map[string]int{"Friedrich Merz": 0, "Volodymyr Zelenskyy": 1}, []string{"on Monday", "2026-03-02", "later in the day", "2026-XX-XX"},
			[]want{{"Friedrich Merz", "Kyiv", "Ukraine", "2026-03-02", "", newsbot.StatusUnderway, []string{"Volodymyr Zelenskyy"}}}},
		{"postponed to a new time: off then, on at the new time",
			"Sanae Takaichi has postponed a visit to Washington planned for this week to next month.",
			[]string{"Sanae Takaichi"}, map[string]int{"Sanae Takaichi": 0}, []string{"this week", "2026-W10", "next month", "2026-04"},
			[]want{
				{"Sanae Takaichi", "Washington", "United States", "2026-W10", "", newsbot.StatusCancelled, nil},
				{"Sanae Takaichi", "Washington", "United States", "2026-04", "", newsbot.StatusScheduled, nil}}},
	}
	runRuleCases(t, monday, tests)
}

// TestPutOffPlanMonth: a plan just put off is of the coming month when
// the tagger read the month as gone by.
func TestPutOffPlanMonth(t *testing.T) {
	november := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	february := time.Date(2026, 2, 20, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		pub  time.Time
		text string
		tx   []string
		want []want
	}{
		{"told in November: next January", november,
			"Keir Starmer has postponed a trip to India planned for January.", []string{"January", "2026-01"},
			[]want{{"Keir Starmer", "India", "India", "2027-01", "", newsbot.StatusCancelled, nil}}},
		{"told in February: the January just gone", february,
			"Keir Starmer has postponed a trip to India planned for January.", []string{"January", "2026-01"},
			[]want{{"Keir Starmer", "India", "India", "2026-01", "", newsbot.StatusCancelled, nil}}},
		{"a month with its year stays", november,
			"Keir Starmer has postponed a trip to India planned for January 2026.", []string{"January 2026", "2026-01"},
			[]want{{"Keir Starmer", "India", "India", "2026-01", "", newsbot.StatusCancelled, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cast := castOf(tt.text, []string{"Keir Starmer"}, map[string]int{"Keir Starmer": 0})
			check(t, Find(tt.text, tt.pub, cast, tx(tt.text, tt.tx...)), tt.want)
		})
	}
}

// TestDescriptionGoesOnWithTraveller runs the people finder and the date
// tagger: the people finder takes "The prime minister" for the last man
// named, whose role it does not know.
func TestDescriptionGoesOnWithTraveller(t *testing.T) {
	friday := time.Date(2026, 3, 6, 9, 0, 0, 0, time.UTC)
	text := "Keir Starmer will fly to Washington on Sunday for talks with Donald Trump, Downing Street has said.\n\n" +
		"The prime minister will meet the president at the White House on Monday before travelling to Ottawa to see Mark Carney on Tuesday."
	got := Find(text, friday, people.Find(text), timex.Tag(text, friday))
	check(t, got, []want{
		{"Keir Starmer", "Washington", "United States", "2026-03-08", "", newsbot.StatusScheduled, []string{"Donald Trump"}},
		{"Keir Starmer", "Ottawa", "Canada", "2026-03-10", "", newsbot.StatusScheduled, []string{"Mark Carney"}},
		{"Keir Starmer", "Washington", "United States", "2026-03-09", "", newsbot.StatusScheduled, []string{"Donald Trump"}},
	})
}
