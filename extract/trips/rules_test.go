package trips

import (
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// TestWireRules holds one sentence or two per rule class that unseen wire
// copy needs, with the people found by hand so that only this package is
// under test (testdata/wire runs the whole pipeline). Published Monday
// 2 March 2026.
func TestWireRules(t *testing.T) {
	tests := []ruleCase{
		{"a denied plan is no trip", `Asked about Moscow, Ms Kallas said: "I have no plans to visit Moscow."`,
			[]string{"Kaja Kallas"}, map[string]int{"Ms Kallas": 0}, nil, nil},
		{"did not arrive until is an arrival", "Mr Rutte did not arrive in Kyiv until Sunday.",
			[]string{"Mark Rutte"}, map[string]int{"Mr Rutte": 0}, []string{"Sunday", "2026-03-01"},
			[]want{{"Mark Rutte", "Kyiv", "Ukraine", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"had been due is called off", "Ms Cooper had been due to travel to Beijing on Friday.",
			[]string{"Yvette Cooper"}, map[string]int{"Ms Cooper": 0}, []string{"on Friday", "2026-03-06"},
			[]want{{"Yvette Cooper", "Beijing", "China", "2026-03-06", "", newsbot.StatusCancelled, nil}}},
		{"is due in is a plan", "Mr Rutte is due in Ankara later this month for talks with Recep Tayyip Erdogan.",
			[]string{"Mark Rutte", "Recep Tayyip Erdogan"}, map[string]int{"Mr Rutte": 0, "Recep Tayyip Erdogan": 1}, []string{"later this month", "2026-03"},
			[]want{{"Mark Rutte", "Ankara", "Turkey", "2026-03", "", newsbot.StatusScheduled, []string{"Recep Tayyip Erdogan"}}}},
		{"expected in needs its subject", "Some 6,000 of the jobs cut by Gordon Brown are expected in Wales.",
			[]string{"Gordon Brown"}, map[string]int{"Gordon Brown": 0}, nil, nil},
		{"the head of a delegation travels", "A delegation led by Vice Premier Ding Xuexiang arrived in London on Monday, hosted by Rachel Reeves.",
			[]string{"Ding Xuexiang", "Rachel Reeves"}, map[string]int{"Vice Premier Ding Xuexiang": 0, "Rachel Reeves": 1}, []string{"on Monday", "2026-03-02"},
			[]want{{"Ding Xuexiang", "London", "United Kingdom", "2026-03-02", "", newsbot.StatusUnderway, []string{"Rachel Reeves"}}}},
		{"a relative clause is no subject", "Douglas Alexander, who was to accompany her, will still travel to Shanghai on Tuesday.",
			[]string{"Douglas Alexander", "Yvette Cooper"}, map[string]int{"Douglas Alexander": 0, "her": 1}, []string{"on Tuesday", "2026-03-03"},
			[]want{{"Douglas Alexander", "Shanghai", "China", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
		{"before flying on, with a day of its own", "Mr Merz will travel to Madrid on Wednesday before flying on to Lisbon on Thursday, a spokesman told reporters.",
			[]string{"Friedrich Merz"}, map[string]int{"Mr Merz": 0}, []string{"on Wednesday", "2026-03-04", "on Thursday", "2026-02-26"},
			[]want{
				{"Friedrich Merz", "Madrid", "Spain", "2026-03-04", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Lisbon", "Portugal", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"a day before a list is the first stop's", "President Lee will begin a tour on Tuesday with stops in Berlin, Paris and Warsaw.",
			[]string{"Lee Jae-myung"}, map[string]int{"President Lee": 0}, []string{"on Tuesday", "2026-03-03"},
			[]want{
				{"Lee Jae-myung", "Berlin", "Germany", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Lee Jae-myung", "Paris", "France", "", "2026-03-03", newsbot.StatusScheduled, nil},
				{"Lee Jae-myung", "Warsaw", "Poland", "", "2026-03-03", newsbot.StatusScheduled, nil}}},
		{"going home is no trip", "Mr Martin will meet Donald Trump in Washington on Tuesday. He will return to Dublin on Wednesday.",
			[]string{"Micheál Martin", "Donald Trump"}, map[string]int{"Mr Martin": 0, "He": 0, "Donald Trump": 1}, []string{"on Tuesday", "2026-03-03", "on Wednesday", "2026-03-04"},
			[]want{{"Micheál Martin", "Washington", "United States", "2026-03-03", "", newsbot.StatusScheduled, []string{"Donald Trump"}}}},
		{"returning to training is no trip", "Palmer returned to training in London on Friday.",
			[]string{"Cole Palmer"}, map[string]int{"Palmer": 0}, []string{"on Friday", "2026-02-27"}, nil},
		{"a meeting names its own place", "Lutnick will hold talks with Piyush Goyal in New Delhi on Tuesday, officials said.",
			[]string{"Howard Lutnick", "Piyush Goyal"}, map[string]int{"Lutnick": 0, "Piyush Goyal": 1}, []string{"on Tuesday", "2026-03-03"},
			[]want{{"Howard Lutnick", "New Delhi", "India", "2026-03-03", "", newsbot.StatusScheduled, []string{"Piyush Goyal"}}}},
		{"a speech clause ends the counterparts", "He will fly to Buenos Aires to meet Javier Milei on Thursday, spokesman Randhir Jaiswal told reporters.",
			[]string{"Narendra Modi", "Javier Milei", "Randhir Jaiswal"}, map[string]int{"He": 0, "Javier Milei": 1, "spokesman Randhir Jaiswal": 2}, []string{"on Thursday", "2026-03-05"},
			[]want{{"Narendra Modi", "Buenos Aires", "Argentina", "2026-03-05", "", newsbot.StatusScheduled, []string{"Javier Milei"}}}},
		{"and travelled on keeps the traveller", "Mr Miliband held talks with his counterpart, Terje Aasland, in Oslo on Friday and travelled on to Copenhagen on Sunday.",
			[]string{"Ed Miliband", "Terje Aasland"}, map[string]int{"Mr Miliband": 0, "Terje Aasland": 1}, []string{"on Friday", "2026-02-27", "on Sunday", "2026-03-01"},
			[]want{ // the meeting's leg is made after the journey's
				{"Ed Miliband", "Copenhagen", "Denmark", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Ed Miliband", "Oslo", "Norway", "2026-02-27", "", newsbot.StatusDone, []string{"Terje Aasland"}}}},
		{"a meeting joins the latest stop", "Mr Wadephul was in Doha on Monday, where he met Tamim bin Hamad Al Thani.",
			[]string{"Johann Wadephul", "Tamim bin Hamad Al Thani"}, map[string]int{"Mr Wadephul": 0, "he": 0, "Tamim bin Hamad Al Thani": 1}, []string{"on Monday", "2026-03-02"},
			[]want{{"Johann Wadephul", "Doha", "Qatar", "2026-03-02", "", newsbot.StatusUnderway, []string{"Tamim bin Hamad Al Thani"}}}},
		{"spent a day in a city", "Kemi Badenoch spent Sunday in Kyiv, where she met Volodymyr Zelensky.",
			[]string{"Kemi Badenoch", "Volodymyr Zelensky"}, map[string]int{"Kemi Badenoch": 0, "she": 0, "Volodymyr Zelensky": 1}, []string{"Sunday", "2026-03-01"},
			[]want{{"Kemi Badenoch", "Kyiv", "Ukraine", "2026-03-01", "", newsbot.StatusDone, []string{"Volodymyr Zelensky"}}}},
		{"spent money is no stay", "Kemi Badenoch said the government spent billions in Scotland.",
			[]string{"Kemi Badenoch"}, map[string]int{"Kemi Badenoch": 0}, nil, nil},
		{"a month and last year read together", "Wang Yi visited New Delhi in August last year.",
			[]string{"Wang Yi"}, map[string]int{"Wang Yi": 0}, []string{"August", "2026-08", "last year", "2025"},
			[]want{{"Wang Yi", "New Delhi", "India", "2025-08", "", newsbot.StatusDone, nil}}},
		{"a stay now and a meeting ahead", "Mr Martin is in Washington and will meet Donald Trump on Wednesday.",
			[]string{"Micheál Martin", "Donald Trump"}, map[string]int{"Mr Martin": 0, "Donald Trump": 1}, []string{"on Wednesday", "2026-03-04"},
			[]want{
				{"Micheál Martin", "Washington", "United States", "", "", newsbot.StatusUnderway, nil},
				{"Micheál Martin", "Washington", "United States", "2026-03-04", "", newsbot.StatusScheduled, []string{"Donald Trump"}}}},
		{"a local voice under a dateline is no visitor", "BERLIN (Reuters) - The cabinet met on Monday, spokesman Stefan Kornelius told reporters in Berlin.",
			[]string{"Stefan Kornelius"}, map[string]int{"spokesman Stefan Kornelius": 0}, []string{"on Monday", "2026-03-02"}, nil},
		{"a country before the title is the person's", "South Korea's president, Lee Jae-myung, spoke to reporters. Lee told reporters in Seoul he was ready.",
			[]string{"Lee Jae-myung"}, map[string]int{"Lee Jae-myung": 0, "Lee": 0}, nil, nil},
		{"a passive met is no meeting", "Her wish could be met in Madrid, Kelly Holmes said.",
			[]string{"Kelly Holmes"}, map[string]int{"Kelly Holmes": 0}, nil, nil},
		{"a meeting after where is at the place before it", "Mr Modi will fly to Paris on Tuesday before heading to the United States, where he will meet Donald Trump on Thursday.",
			[]string{"Narendra Modi", "Donald Trump"}, map[string]int{"Mr Modi": 0, "he": 0, "Donald Trump": 1}, []string{"on Tuesday", "2026-03-03", "on Thursday", "2026-03-05"},
			[]want{
				{"Narendra Modi", "Paris", "France", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Narendra Modi", "United States", "United States", "2026-03-05", "", newsbot.StatusScheduled, []string{"Donald Trump"}}}},
		{"two subjects met each other, the host at home", "Ukrainian President Volodymyr Zelensky and Polish President Karol Nawrocki met in Warsaw on Sunday.",
			[]string{"Volodymyr Zelensky", "Karol Nawrocki"}, map[string]int{"Ukrainian President Volodymyr Zelensky": 0, "Polish President Karol Nawrocki": 1}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Volodymyr Zelensky", "Warsaw", "Poland", "2026-03-01", "", newsbot.StatusDone, []string{"Karol Nawrocki"}}}},
		{"a range within a week is the week", "Wang Yi will visit France and Spain from Monday to Thursday next week.",
			[]string{"Wang Yi"}, map[string]int{"Wang Yi": 0}, []string{"Monday", "2026-03-09", "Thursday", "2026-03-05", "next week", "2026-W11"},
			[]want{
				{"Wang Yi", "France", "France", "2026-W11", "", newsbot.StatusScheduled, nil},
				{"Wang Yi", "Spain", "Spain", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"a meeting after leaving was at the stop before", "Prince Faisal arrived in Tehran on Saturday and left for Baghdad on Sunday after meeting Masoud Pezeshkian.",
			[]string{"Faisal bin Farhan", "Masoud Pezeshkian"}, map[string]int{"Prince Faisal": 0, "Masoud Pezeshkian": 1}, []string{"on Saturday", "2026-02-28", "on Sunday", "2026-03-01"},
			[]want{
				{"Faisal bin Farhan", "Tehran", "Iran", "2026-02-28", "", newsbot.StatusDone, []string{"Masoud Pezeshkian"}},
				{"Faisal bin Farhan", "Baghdad", "Iraq", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"the guest travels, the host is the counterpart", "Keir Starmer will host Emmanuel Macron on Thursday during Mr Macron's state visit to the UK.",
			[]string{"Keir Starmer", "Emmanuel Macron"}, map[string]int{"Keir Starmer": 0, "Emmanuel Macron": 1, "Mr Macron's": 1}, []string{"on Thursday", "2026-03-05"},
			[]want{{"Emmanuel Macron", "United Kingdom", "United Kingdom", "2026-03-05", "", newsbot.StatusScheduled, []string{"Keir Starmer"}}}},
		{"a companion travels too", "Marco Rubio, accompanied by Defense Secretary Pete Hegseth, will travel to Singapore next week.",
			[]string{"Marco Rubio", "Pete Hegseth"}, map[string]int{"Marco Rubio": 0, "Defense Secretary Pete Hegseth": 1}, []string{"next week", "2026-W11"},
			[]want{
				{"Marco Rubio", "Singapore", "Singapore", "2026-W11", "", newsbot.StatusScheduled, nil},
				{"Pete Hegseth", "Singapore", "Singapore", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"touched down is an arrival, a try is not", "Anthony Albanese touched down in Jakarta on Sunday. Later Nanuku touched down for Fiji.",
			[]string{"Anthony Albanese", "Neumi Nanuku"}, map[string]int{"Anthony Albanese": 0, "Nanuku": 1}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Anthony Albanese", "Jakarta", "Indonesia", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"a town the gazetteer lacks, in a named country", "Mr Albanese will hold talks with Prabowo Subianto in Bogor, Indonesia, on Tuesday.",
			[]string{"Anthony Albanese", "Prabowo Subianto"}, map[string]int{"Mr Albanese": 0, "Prabowo Subianto": 1}, []string{"on Tuesday", "2026-03-03"},
			[]want{{"Anthony Albanese", "Bogor", "Indonesia", "2026-03-03", "", newsbot.StatusScheduled, []string{"Prabowo Subianto"}}}},
		{"the topic of talks is no place", "In Nairobi on Monday, David Lammy met William Ruto to discuss the war in Sudan.",
			[]string{"David Lammy", "William Ruto"}, map[string]int{"David Lammy": 0, "William Ruto": 1}, []string{"on Monday", "2026-03-02"},
			[]want{{"David Lammy", "Nairobi", "Kenya", "2026-03-02", "", newsbot.StatusUnderway, []string{"William Ruto"}}}},
		{"a participle takes the main clause's time", "Li Qiang heads to New Zealand this week, stopping over in Singapore.",
			[]string{"Li Qiang"}, map[string]int{"Li Qiang": 0}, []string{"this week", "2026-W10"},
			[]want{
				{"Li Qiang", "New Zealand", "New Zealand", "2026-W10", "", newsbot.StatusScheduled, nil},
				{"Li Qiang", "Singapore", "Singapore", "2026-W10", "", newsbot.StatusScheduled, nil}}},
		{"then on to the next stop", "Prince William travelled to Rio de Janeiro on Friday for a prize, then on to Belem.",
			[]string{"Prince William"}, map[string]int{"Prince William": 0}, []string{"on Friday", "2026-02-27"},
			[]want{
				{"Prince William", "Rio de Janeiro", "Brazil", "2026-02-27", "", newsbot.StatusDone, nil},
				{"Prince William", "Belem", "Brazil", "", "2026-02-27", newsbot.StatusDone, nil}}},
		{"a tour that took him to a list", "Mr Macron was in Hanoi on Monday at the start of a tour that also took him to Jakarta and Singapore, where he spoke on Friday.",
			[]string{"Emmanuel Macron"}, map[string]int{"Mr Macron": 0, "him": 0, "he": 0}, []string{"on Monday", "2026-02-23", "on Friday", "2026-02-27"},
			[]want{
				{"Emmanuel Macron", "Hanoi", "Vietnam", "2026-02-23", "", newsbot.StatusDone, nil},
				{"Emmanuel Macron", "Jakarta", "Indonesia", "", "", newsbot.StatusDone, nil},
				{"Emmanuel Macron", "Singapore", "Singapore", "2026-02-27", "", newsbot.StatusDone, nil}}},
		{"a later day of the same sentence comes later", "Mr Macron arrives in Washington on Monday. He will address Congress on Tuesday and meet Donald Trump on Wednesday.",
			[]string{"Emmanuel Macron", "Donald Trump"}, map[string]int{"Mr Macron": 0, "He": 0, "Donald Trump": 1}, []string{"on Monday", "2026-03-02", "on Tuesday", "2026-03-03", "on Wednesday", "2026-02-25"},
			[]want{
				{"Emmanuel Macron", "Washington", "United States", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"Emmanuel Macron", "Washington", "United States", "2026-03-03", "", newsbot.StatusScheduled, nil}, // addresses Congress
				{"Emmanuel Macron", "Washington", "United States", "2026-03-04", "", newsbot.StatusScheduled, []string{"Donald Trump"}}}},
		{"attended by others is no journey of the host", "Finnish President Alexander Stubb will host a summit in Helsinki on Thursday, attended by the leaders of Sweden and Norway.",
			[]string{"Alexander Stubb"}, map[string]int{"Finnish President Alexander Stubb": 0}, []string{"on Thursday", "2026-03-05"}, nil},
		{"departs with a day, then the place", "Donald Trump departs Friday for a weekend at his golf resort in Scotland, where he will meet Keir Starmer on Monday.",
			[]string{"Donald Trump", "Keir Starmer"}, map[string]int{"Donald Trump": 0, "he": 0, "Keir Starmer": 1}, []string{"Friday", "2026-03-06", "on Monday", "2026-03-09"},
			[]want{
				{"Donald Trump", "Scotland", "United Kingdom", "2026-03-06", "", newsbot.StatusScheduled, nil},
				{"Donald Trump", "Scotland", "United Kingdom", "2026-03-09", "", newsbot.StatusScheduled, []string{"Keir Starmer"}}}},
		{"a sentence opening with a title", "Prince Harry visited Kyiv on Friday. The Duke of Sussex met soldiers and later travelled to Lviv.",
			[]string{"Prince Harry"}, map[string]int{"Prince Harry": 0}, []string{"on Friday", "2026-02-27"},
			[]want{
				{"Prince Harry", "Kyiv", "Ukraine", "2026-02-27", "", newsbot.StatusDone, nil},
				{"Prince Harry", "Lviv", "Ukraine", "", "", newsbot.StatusDone, nil}}},
		{"a filing date is no travel date; a day range is its week", "BEIJING, March 1 (Xinhua) -- Lula da Silva will pay a state visit to China from March 10 to 13, the ministry said.",
			[]string{"Luiz Inacio Lula da Silva"}, map[string]int{"Lula da Silva": 0}, []string{"March 1", "2026-03-01", "March 10", "2026-03-10"},
			[]want{{"Luiz Inacio Lula da Silva", "China", "China", "2026-W11", "", newsbot.StatusScheduled, nil}}},
		{"left for needs its subject", "The plane crashed as if left for Florida. Mr Orban left for Moscow on Sunday.",
			[]string{"Viktor Orban"}, map[string]int{"Mr Orban": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Viktor Orban", "Moscow", "Russia", "2026-03-01", "", newsbot.StatusDone, nil}}},
	}
	runRuleCases(t, monday, tests)
}

// kinded marks the descriptions ("the minister") and object pronouns of a
// hand-made cast as the people package would, and sets the roles.
func kinded(c *people.Cast, roles ...string) *people.Cast {
	for i := range c.Mentions {
		m := &c.Mentions[i]
		switch lower := strings.ToLower(m.Text); {
		case lower == "him" || lower == "her" || lower == "them":
			m.Kind = people.Pronoun
		case strings.HasPrefix(lower, "the "):
			m.Kind = people.Description
		}
	}
	for i, r := range roles {
		c.People[i].Role = r
	}
	return c
}

// TestDescribedTravellers covers the error classes of issue 4 that
// colleagues found on their own articles: a role description or an object
// pronoun carried to the wrong person, past meetings dated ahead, called
// off plans dated back, and dates given as a start, a range or relative to
// the stop before. Published Monday 2 March 2026; the timex values are
// the tagger's, errors included.
func TestDescribedTravellers(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		roles []string
		forms map[string]int
		tx    []string
		want  []want
	}{
		{"the minister is the traveller, not the counterpart of the same rank",
			"Foreign Minister Claire Dubois held talks with Foreign Minister Omar Fathy in Cairo on Sunday. Fathy said the talks went well. The minister will travel on to Amman on Wednesday, her office said.",
			[]string{"Claire Dubois", "Omar Fathy"}, []string{"French Foreign Minister", "Jordanian Foreign Minister"},
			map[string]int{"Foreign Minister Claire Dubois": 0, "Foreign Minister Omar Fathy": 1, "Fathy": 1, "The minister": 1},
			[]string{"on Sunday", "2026-03-01", "on Wednesday", "2026-03-04"},
			[]want{
				{"Claire Dubois", "Cairo", "Egypt", "2026-03-01", "", newsbot.StatusDone, []string{"Omar Fathy"}},
				{"Claire Dubois", "Amman", "Jordan", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"a nationality picks the person of that country",
			"France's foreign minister, Claire Dubois, met Omar Fathy in Cairo on Sunday. Karim Nasser, a Lebanese businessman, hosted a dinner. The French foreign minister is expected to fly to Beirut on Tuesday.",
			[]string{"Claire Dubois", "Omar Fathy", "Karim Nasser"}, nil,
			map[string]int{"Claire Dubois": 0, "Omar Fathy": 1, "Karim Nasser": 2, "The French foreign minister": -1},
			[]string{"on Sunday", "2026-03-01", "on Tuesday", "2026-03-03"},
			[]want{
				{"Claire Dubois", "Cairo", "Egypt", "2026-03-01", "", newsbot.StatusDone, []string{"Omar Fathy"}},
				{"Claire Dubois", "Beirut", "Lebanon", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
		{"a past meeting keeps its past day in a sentence about the future",
			"Erik Lund, who met Faisal bin Saud in Riyadh on Friday, will travel to Kuwait next week.",
			[]string{"Erik Lund", "Faisal bin Saud"}, nil, map[string]int{"Erik Lund": 0, "Faisal bin Saud": 1},
			[]string{"on Friday", "2026-03-06", "next week", "2026-W11"},
			[]want{ // the meeting's leg is made after the journey's
				{"Erik Lund", "Kuwait", "Kuwait", "2026-W11", "", newsbot.StatusScheduled, nil},
				{"Erik Lund", "Riyadh", "Saudi Arabia", "2026-02-27", "", newsbot.StatusDone, []string{"Faisal bin Saud"}}}},
		{"a called-off plan's day is still to come",
			"Paolo Greco has cancelled a visit to Baghdad on Saturday because of security concerns.",
			[]string{"Paolo Greco"}, nil, map[string]int{"Paolo Greco": 0}, []string{"on Saturday", "2026-02-28"},
			[]want{{"Paolo Greco", "Baghdad", "Iraq", "2026-03-07", "", newsbot.StatusCancelled, nil}}},
		{"from a day is the first day",
			"Marta Oliveira will make a state visit to Britain from 14 April, the palace said.",
			[]string{"Marta Oliveira"}, nil, map[string]int{"Marta Oliveira": 0}, []string{"from 14 April", "2026-04-14"},
			[]want{{"Marta Oliveira", "United Kingdom", "United Kingdom", "2026-04-14", "", newsbot.StatusScheduled, nil}}},
		// The few bytes read before the day start inside "ü": lowered
		// whole, that byte grew and the offset of "from" fell past them.
		{"from a day after a place with an accented letter",
			"Marta Oliveira will make a state visit to Zürich from 14 April, the palace said.",
			[]string{"Marta Oliveira"}, nil, map[string]int{"Marta Oliveira": 0}, []string{"14 April", "2026-04-14"},
			[]want{{"Marta Oliveira", "Zurich", "Switzerland", "2026-04-14", "", newsbot.StatusScheduled, nil}}},
		{"between two days of one week is that week",
			"Luis Ortega will visit Poland between 27 April and 29 April.",
			[]string{"Luis Ortega"}, nil, map[string]int{"Luis Ortega": 0}, []string{"27 April", "2026-04-27", "29 April", "2026-04-29"},
			[]want{{"Luis Ortega", "Poland", "Poland", "2026-W18", "", newsbot.StatusScheduled, nil}}},
		{"the following day and two days later count from the stop before",
			"Marta Oliveira will hold talks with Daniel Hale at Downing Street on 15 April and will visit Manchester the following day. She is due in Edinburgh two days later.",
			[]string{"Marta Oliveira", "Daniel Hale"}, nil, map[string]int{"Marta Oliveira": 0, "Daniel Hale": 1, "She": 0},
			[]string{"on 15 April", "2026-04-15", "the following day", "P1D", "two days", "P2D"},
			[]want{
				{"Marta Oliveira", "Manchester", "United Kingdom", "2026-04-16", "", newsbot.StatusScheduled, nil},
				{"Marta Oliveira", "London", "United Kingdom", "2026-04-15", "", newsbot.StatusScheduled, []string{"Daniel Hale"}},
				{"Marta Oliveira", "Edinburgh", "United Kingdom", "2026-04-18", "", newsbot.StatusScheduled, nil}}},
		{"a pronoun in a fronted clause points forward to the main clause",
			"Annalena Weber defended the aid plan. Greta Lind, the opposition leader, said she opposed it. When she was in Nairobi on Friday, Kenyan President William Ruto told the German minister that the plan was fair.",
			[]string{"Annalena Weber", "Greta Lind", "William Ruto"}, []string{"German Development Minister", "opposition leader", "Kenyan President"},
			map[string]int{"Annalena Weber": 0, "Greta Lind": 1, "she": 1, "Kenyan President William Ruto": 2, "the German minister": -1},
			[]string{"on Friday", "2026-02-27"},
			[]want{{"Annalena Weber", "Nairobi", "Kenya", "2026-02-27", "", newsbot.StatusDone, nil}}},
		{"the one asked to visit travels, and him is never the asker",
			"Kenji Tanaka arrived in Dhaka on Sunday. Arjun Roy asked him to visit Chittagong, and Roy urged Helena Varga to visit Dhaka.",
			[]string{"Kenji Tanaka", "Arjun Roy", "Helena Varga"}, nil,
			map[string]int{"Kenji Tanaka": 0, "Arjun Roy": 1, "Roy": 1, "him": 1, "Helena Varga": 2},
			[]string{"on Sunday", "2026-03-01"},
			[]want{
				{"Kenji Tanaka", "Dhaka", "Bangladesh", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Kenji Tanaka", "Chittagong", "Bangladesh", "", "", newsbot.StatusScheduled, nil},
				{"Helena Varga", "Dhaka", "Bangladesh", "", "", newsbot.StatusScheduled, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cast := kinded(castOf(tt.text, tt.names, tt.forms), tt.roles...)
			got := Find(tt.text, monday, cast, tx(tt.text, tt.tx...))
			check(t, got, tt.want)
		})
	}
}

// TestFreshWireClasses holds the classes found on probe articles written
// after the wire corpus: appearances that make a visit, returns from a
// place, onward days, arrivals with no place, journeys before "after".
// Published Monday 2 March 2026; the timex values are the tagger's.
func TestFreshWireClasses(t *testing.T) {
	tests := []ruleCase{
		{"address a forum the following day", "Mr Tanaka will hold talks with Li Qiang in Beijing on March 10 and address a business forum in Shanghai the following day.",
			[]string{"Kenji Tanaka", "Li Qiang"}, map[string]int{"Mr Tanaka": 0, "Li Qiang": 1}, []string{"March 10", "2026-03-10", "the following day", "P1D"},
			[]want{
				{"Kenji Tanaka", "Shanghai", "China", "2026-03-11", "", newsbot.StatusScheduled, nil},
				{"Kenji Tanaka", "Beijing", "China", "2026-03-10", "", newsbot.StatusScheduled, []string{"Li Qiang"}}}},
		{"addressing concerns is no visit", "Ms Okafor said she would address concerns about the war in Sudan on Friday.",
			[]string{"Ngozi Okafor"}, map[string]int{"Ms Okafor": 0, "she": 0}, []string{"on Friday", "2026-03-06"}, nil},
		{"returned from a place, where she attended", "Ms Okafor returned on Sunday from Addis Ababa, where she attended an African Union summit.",
			[]string{"Ngozi Okafor"}, map[string]int{"Ms Okafor": 0, "she": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Ngozi Okafor", "Addis Ababa", "Ethiopia", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"an earlier forum is not a later summit", "Ms Okafor will address a business forum in Lagos on Friday. She attended a summit last month.",
			[]string{"Ngozi Okafor"}, map[string]int{"Ms Okafor": 0, "She": 0}, []string{"on Friday", "2026-03-06", "last month", "2026-02"},
			[]want{{"Ngozi Okafor", "Lagos", "Nigeria", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"on to comes after the stop before", "Ms Okafor will fly to Nairobi on Friday. She is due to travel on to Kampala on Tuesday.",
			[]string{"Ngozi Okafor"}, map[string]int{"Ms Okafor": 0, "She": 0}, []string{"on Friday", "2026-03-06", "on Tuesday", "2026-03-03"},
			[]want{
				{"Ngozi Okafor", "Nairobi", "Kenya", "2026-03-06", "", newsbot.StatusScheduled, nil},
				{"Ngozi Okafor", "Kampala", "Uganda", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"talks before leaving are at the stop before", "Ms Kaur will hold talks with Khalid Al Mansoori on Tuesday before leaving for Doha on Wednesday.",
			[]string{"Harpreet Kaur", "Khalid Al Mansoori"}, map[string]int{"Ms Kaur": 0, "Khalid Al Mansoori": 1}, []string{"on Tuesday", "2026-03-03", "on Wednesday", "2026-03-04"},
			[]want{{"Harpreet Kaur", "Doha", "Qatar", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"a state visit after which", "Ms Ruiz, who flew in from Lima after a state visit to Peru, is to speak at a climate summit in Bogota on Wednesday.",
			[]string{"Camila Ruiz"}, map[string]int{"Ms Ruiz": 0}, []string{"on Wednesday", "2026-03-04"},
			[]want{
				{"Camila Ruiz", "Peru", "Peru", "", "", newsbot.StatusDone, nil},
				{"Camila Ruiz", "Bogota", "Colombia", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"an arrival with no place dates the stop before", "Mr Price has made an unannounced visit to Kyiv. He arrived by overnight train on Sunday.",
			[]string{"Owen Price"}, map[string]int{"Mr Price": 0, "He": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Owen Price", "Kyiv", "Ukraine", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"since taking office is no date", "It is his second trip to Ukraine since taking office in July.",
			[]string{"Owen Price"}, map[string]int{"his": 0}, []string{"July", "2025-07"},
			[]want{{"Owen Price", "Ukraine", "Ukraine", "", "", newsbot.StatusUnderway, nil}}},
		{"a spokesman's briefing is no trip", `"These ties matter," ministry spokesman Vikram Rao told reporters in New Delhi.`,
			[]string{"Vikram Rao"}, map[string]int{"ministry spokesman Vikram Rao": 0}, nil, nil},
		{"an address is a noun", "A summit opens in Lagos on Friday. Ms Okafor will miss an address to the summit by the host.",
			[]string{"Ngozi Okafor"}, map[string]int{"Ms Okafor": 0}, []string{"on Friday", "2026-03-06"}, nil},
		{"election returns are no return", "Mr Walker watched the returns from Cleveland on Tuesday.",
			[]string{"Scott Walker"}, map[string]int{"Mr Walker": 0}, []string{"on Tuesday", "2026-03-03"}, nil},
		{"since returning from a holiday is done", "Mr Price was speaking for the first time since returning from his holiday in Egypt.",
			[]string{"Owen Price"}, map[string]int{"Mr Price": 0}, nil,
			[]want{{"Owen Price", "Egypt", "Egypt", "", "", newsbot.StatusDone, nil}}},
		{"lay a wreath at a memorial in a city", "Mr Carney laid a wreath at the peace memorial in Hiroshima on Saturday.",
			[]string{"Mark Carney"}, map[string]int{"Mr Carney": 0}, []string{"on Saturday", "2026-02-28"},
			[]want{{"Mark Carney", "Hiroshima", "Japan", "2026-02-28", "", newsbot.StatusDone, nil}}},
	}
	runRuleCases(t, monday, tests)
}

// TestFreshWireClassesTwo holds the classes of the second probe batch:
// a delegation's head named after its journey, someone sent instead, an
// invitation, a programme in lines, venues and genitive dates.
// Published Monday 2 March 2026.
func TestFreshWireClassesTwo(t *testing.T) {
	tests := []ruleCase{
		{"a delegation's head named after", "A Chilean trade delegation will arrive in Seoul on Sunday. The delegation will be led by Deputy Minister Rosa Vidal.",
			[]string{"Rosa Vidal"}, map[string]int{"Deputy Minister Rosa Vidal": 0}, []string{"on Sunday", "2026-03-08"},
			[]want{{"Rosa Vidal", "Seoul", "South Korea", "2026-03-08", "", newsbot.StatusScheduled, nil}}},
		{"a delegation with no head is no leg", "A Chilean trade delegation will arrive in Seoul on Sunday.",
			[]string{"Rosa Vidal"}, map[string]int{}, []string{"on Sunday", "2026-03-08"}, nil},
		{"sending someone instead", "Mr Sato will not attend the meeting in Vientiane on Friday, sending State Minister Aiko Mori instead.",
			[]string{"Haruto Sato", "Aiko Mori"}, map[string]int{"Mr Sato": 0, "State Minister Aiko Mori": 1}, []string{"on Friday", "2026-03-06"},
			[]want{{"Aiko Mori", "Vientiane", "Laos", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"an invitation is no trip", "Mr Sato has invited Ramon Castillo to Tokyo early next year.",
			[]string{"Haruto Sato", "Ramon Castillo"}, map[string]int{"Mr Sato": 0, "Ramon Castillo": 1}, []string{"early next year", "2027"}, nil},
		{"a programme in lines", "Pope Gregory will visit Lebanon next year.\n\n- January 15: arrival in Beirut, meeting with President Nabil Haddad",
			[]string{"Pope Gregory", "Nabil Haddad"}, map[string]int{"Pope Gregory": 0, "President Nabil Haddad": 1}, []string{"next year", "2027", "January", "2027-01"},
			[]want{{"Pope Gregory", "Beirut", "Lebanon", "2027-01-15", "", newsbot.StatusScheduled, []string{"Nabil Haddad"}}}},
		{"a bare verb after and keeps the plan's fate", "Mr Marchand had been due to arrive in Algiers on March 10 and travel to Oran the following day.",
			[]string{"Etienne Marchand"}, map[string]int{"Mr Marchand": 0}, []string{"March 10", "2026-03-10", "the following day", "P1D"},
			[]want{
				{"Etienne Marchand", "Algiers", "Algeria", "2026-03-10", "", newsbot.StatusCancelled, nil},
				{"Etienne Marchand", "Oran", "Algeria", "2026-03-11", "", newsbot.StatusCancelled, nil}}},
		{"a venue the gazetteer lacks is in the city", "Sir Keir will address a business breakfast in Belfast on Monday and meet Michelle O'Neill at Stormont.",
			[]string{"Keir Starmer", "Michelle O'Neill"}, map[string]int{"Sir Keir": 0, "Michelle O'Neill": 1}, []string{"on Monday", "2026-03-02"},
			[]want{{"Keir Starmer", "Belfast", "United Kingdom", "2026-03-02", "", newsbot.StatusUnderway, []string{"Michelle O'Neill"}}}},
		{"a genitive date is the noun's", "On Sunday, Sir Keir is expected to attend a memorial service in Edinburgh for the victims of last month's ferry disaster.",
			[]string{"Keir Starmer"}, map[string]int{"Sir Keir": 0}, []string{"On Sunday", "2026-03-08", "last month", "2026-02"},
			[]want{{"Keir Starmer", "Edinburgh", "United Kingdom", "2026-03-08", "", newsbot.StatusScheduled, nil}}},
		{"arrived here is the dateline's city", "BRASILIA, March 2 (Xinhua) -- Xi Jinping arrived here Monday for a state visit to Brazil.",
			[]string{"Xi Jinping"}, map[string]int{"Xi Jinping": 0}, []string{"March 2", "2026-03-02", "Monday", "2026-03-02"},
			[]want{{"Xi Jinping", "Brasilia", "Brazil", "2026-03-02", "", newsbot.StatusUnderway, nil}}},
		{"a summit's city is the stop", "Xi last visited Brazil in November 2024 for the G20 summit in Rio de Janeiro.",
			[]string{"Xi Jinping"}, map[string]int{"Xi": 0}, []string{"November 2024", "2024-11"},
			[]want{{"Xi Jinping", "Rio de Janeiro", "Brazil", "2024-11", "", newsbot.StatusDone, nil}}},
		{"pulled out of a conference", "Ms Costa has pulled out of next week's climate conference in Baku.",
			[]string{"Marina Costa"}, map[string]int{"Ms Costa": 0}, []string{"next week", "2026-W11"},
			[]want{{"Marina Costa", "Baku", "Azerbaijan", "2026-W11", "", newsbot.StatusCancelled, nil}}},
		{"that visit has been canceled", "Mr Osei had also planned to stop in Lisbon on Friday. That visit has been canceled.",
			[]string{"Kwame Osei"}, map[string]int{"Mr Osei": 0}, []string{"on Friday", "2026-03-06"},
			[]want{{"Kwame Osei", "Lisbon", "Portugal", "2026-03-06", "", newsbot.StatusCancelled, nil}}},
		{"the demonym's capital is the city named", "The summit in Baku opens on Monday. Ms Costa is due to arrive in the Azerbaijani capital on Sunday.",
			[]string{"Marina Costa"}, map[string]int{"Ms Costa": 0}, []string{"on Monday", "2026-03-02", "on Sunday", "2026-03-08"},
			[]want{{"Marina Costa", "Baku", "Azerbaijan", "2026-03-08", "", newsbot.StatusScheduled, nil}}},
		{"a meeting at the place left", "Mr Albanese arrived in Suva on Sunday from Port Moresby, where he had signed a treaty with James Marape on Saturday.",
			[]string{"Anthony Albanese", "James Marape"}, map[string]int{"Mr Albanese": 0, "he": 0, "James Marape": 1}, []string{"on Sunday", "2026-03-01", "on Saturday", "2026-02-28"},
			[]want{
				{"Anthony Albanese", "Suva", "Fiji", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Anthony Albanese", "Port Moresby", "Papua New Guinea", "2026-02-28", "", newsbot.StatusDone, []string{"James Marape"}}}},
		{"leaving a place on a day for another", "Mr Wang will leave Moscow on Wednesday for Minsk.",
			[]string{"Wang Yi"}, map[string]int{"Mr Wang": 0}, []string{"on Wednesday", "2026-03-04"},
			[]want{{"Wang Yi", "Minsk", "Belarus", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"leaving for home is no trip", "Australian Prime Minister Anthony Albanese left Suva for Canberra on Monday.",
			[]string{"Anthony Albanese"}, map[string]int{"Australian Prime Minister Anthony Albanese": 0}, []string{"on Monday", "2026-03-02"}, nil},
		{"the journey after before has its own day", "On Wednesday Italian Prime Minister Giulia Ferraro will address a business council in New York before returning to Rome on Thursday.",
			[]string{"Giulia Ferraro"}, map[string]int{"Italian Prime Minister Giulia Ferraro": 0}, []string{"On Wednesday", "2026-03-04", "on Thursday", "2026-03-05"},
			[]want{{"Giulia Ferraro", "New York", "United States", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"the inviter does not travel", "Ms Rahman has accepted an invitation from Narendra Modi to visit New Delhi on Friday.",
			[]string{"Farida Rahman", "Narendra Modi"}, map[string]int{"Ms Rahman": 0, "Narendra Modi": 1}, []string{"on Friday", "2026-03-06"},
			[]want{{"Farida Rahman", "New Delhi", "India", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"the couple and they are the travellers", "King Willem-Alexander arrived in Nairobi on Monday. The royal couple will visit a flower farm in Naivasha on Wednesday. They fly to Dar es Salaam on Thursday.",
			[]string{"King Willem-Alexander"}, map[string]int{"King Willem-Alexander": 0}, []string{"on Monday", "2026-03-02", "on Wednesday", "2026-03-04", "on Thursday", "2026-03-05"},
			[]want{
				{"King Willem-Alexander", "Nairobi", "Kenya", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"King Willem-Alexander", "Naivasha", "Kenya", "2026-03-04", "", newsbot.StatusScheduled, nil},
				{"King Willem-Alexander", "Dar es Salaam", "Tanzania", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"someone's predecessor is someone else", "Mr Kane landed in Manila on Sunday. Kane's predecessor visited Manila in March.",
			[]string{"Robert Kane"}, map[string]int{"Mr Kane": 0, "Kane": 0}, []string{"on Sunday", "2026-03-01", "in March", "2025-03"},
			[]want{{"Robert Kane", "Manila", "Philippines", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"represented by a stand-in", "Mr Kovacs will be represented in Brussels by Foreign Minister Peter Szabo on Thursday.",
			[]string{"Zoltan Kovacs", "Peter Szabo"}, map[string]int{"Mr Kovacs": 0, "Foreign Minister Peter Szabo": 1}, []string{"on Thursday", "2026-03-05"},
			[]want{{"Peter Szabo", "Brussels", "Belgium", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"going on to a place, not going on to do", "Mr Walsh will travel to Boston on Saturday before going on to Washington on Tuesday. Mr Walsh went on to skip talks in Chicago.",
			[]string{"Ciaran Walsh"}, map[string]int{"Mr Walsh": 0}, []string{"on Saturday", "2026-03-07", "on Tuesday", "2026-03-10"},
			[]want{
				{"Ciaran Walsh", "Boston", "United States", "2026-03-07", "", newsbot.StatusScheduled, nil},
				{"Ciaran Walsh", "Washington", "United States", "2026-03-10", "", newsbot.StatusScheduled, nil},
				{"Ciaran Walsh", "Chicago", "United States", "", "", newsbot.StatusCancelled, nil}}},
		{"a count this year is no date", "Mr Zelensky is in London for talks with Keir Starmer, his second visit to the UK this year.",
			[]string{"Volodymyr Zelensky", "Keir Starmer"}, map[string]int{"Mr Zelensky": 0, "Keir Starmer": 1}, []string{"this year", "2026"},
			[]want{{"Volodymyr Zelensky", "London", "United Kingdom", "", "", newsbot.StatusUnderway, []string{"Keir Starmer"}}}},
		{"a visit concluded after which", "Mr Li arrived in Tashkent on Thursday after concluding a two-day visit to Kazakhstan.",
			[]string{"Li Qiang"}, map[string]int{"Mr Li": 0}, []string{"on Thursday", "2026-02-26"},
			[]want{
				{"Li Qiang", "Tashkent", "Uzbekistan", "2026-02-26", "", newsbot.StatusDone, nil},
				{"Li Qiang", "Kazakhstan", "Kazakhstan", "", "", newsbot.StatusDone, nil}}},
		{"a stopover en route, where the day is the clause's", "Ms Brady will make a brief stopover in Singapore on Sunday en route to Brussels, where she is due to attend a meeting on Tuesday.",
			[]string{"Helen Brady"}, map[string]int{"Ms Brady": 0, "she": 0}, []string{"on Sunday", "2026-03-08", "on Tuesday", "2026-03-10"},
			[]want{
				{"Helen Brady", "Singapore", "Singapore", "2026-03-08", "", newsbot.StatusScheduled, nil},
				{"Helen Brady", "Brussels", "Belgium", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"meet A in X and B in Y", "Ms Okoye will meet Dragan Ilic in Belgrade on Monday and Arben Krasniqi in Pristina on Tuesday.",
			[]string{"Sarah Okoye", "Dragan Ilic", "Arben Krasniqi"}, map[string]int{"Ms Okoye": 0, "Dragan Ilic": 1, "Arben Krasniqi": 2}, []string{"on Monday", "2026-03-02", "on Tuesday", "2026-03-03"},
			[]want{
				{"Sarah Okoye", "Pristina", "Kosovo", "2026-03-03", "", newsbot.StatusScheduled, []string{"Arben Krasniqi"}},
				{"Sarah Okoye", "Belgrade", "Serbia", "2026-03-02", "", newsbot.StatusUnderway, []string{"Dragan Ilic"}}}},
		{"an earlier plan postponed is not this one", "Ms Okoye ends the tour in Sarajevo on Thursday. The visit was originally planned for October but was postponed.",
			[]string{"Sarah Okoye"}, map[string]int{"Ms Okoye": 0}, []string{"on Thursday", "2026-03-05", "October", "2025-10"},
			[]want{{"Sarah Okoye", "Sarajevo", "Bosnia and Herzegovina", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"a later meeting is not at a stop before", "Mr Macron wrapped up a Gulf tour in Doha on Monday, after stops in Abu Dhabi and Riyadh. Mr Macron met Tamim bin Hamad Al Thani before flying home.",
			[]string{"Emmanuel Macron", "Tamim bin Hamad Al Thani"}, map[string]int{"Mr Macron": 0, "Tamim bin Hamad Al Thani": 1}, []string{"on Monday", "2026-03-02"},
			[]want{
				{"Emmanuel Macron", "Doha", "Qatar", "2026-03-02", "", newsbot.StatusUnderway, []string{"Tamim bin Hamad Al Thani"}},
				{"Emmanuel Macron", "Abu Dhabi", "United Arab Emirates", "", "", newsbot.StatusDone, nil},
				{"Emmanuel Macron", "Riyadh", "Saudi Arabia", "", "", newsbot.StatusDone, nil}}},
		{"on a day left a place for another", "Xi Jinping on Monday left Beijing for Lima to pay a state visit to Peru. Xi will hold talks with Carmen Salas on Wednesday.",
			[]string{"Xi Jinping", "Carmen Salas"}, map[string]int{"Xi Jinping": 0, "Xi": 0, "Carmen Salas": 1}, []string{"on Monday", "2026-03-02", "on Wednesday", "2026-03-04"},
			[]want{
				{"Xi Jinping", "Lima", "Peru", "2026-03-02", "", newsbot.StatusUnderway, nil},
				{"Xi Jinping", "Lima", "Peru", "2026-03-04", "", newsbot.StatusScheduled, []string{"Carmen Salas"}}}},
		{"talks in a place with, a day after", "Mr Schoof visited Zaporizhzhia on Friday, a day after holding talks in Kyiv with Volodymyr Zelensky.",
			[]string{"Dick Schoof", "Volodymyr Zelensky"}, map[string]int{"Mr Schoof": 0, "Volodymyr Zelensky": 1}, []string{"on Friday", "2026-02-27"},
			[]want{
				{"Dick Schoof", "Zaporizhzhia", "Ukraine", "2026-02-27", "", newsbot.StatusDone, nil},
				{"Dick Schoof", "Kyiv", "Ukraine", "2026-02-26", "", newsbot.StatusDone, []string{"Volodymyr Zelensky"}}}},
		{"an arrival with no place under a dateline", "CAIRO (Reuters) - Saudi Foreign Minister Faisal bin Farhan landed late on Saturday.",
			[]string{"Faisal bin Farhan"}, map[string]int{"Saudi Foreign Minister Faisal bin Farhan": 0}, []string{"late on Saturday", "2026-02-28"},
			[]want{{"Faisal bin Farhan", "Cairo", "Egypt", "2026-02-28", "", newsbot.StatusDone, nil}}},
		{"the last stop of a tour comes after the others", "Mr Alvarez will fly to Buenos Aires on Wednesday. He will wrap up the tour in Montevideo on Monday. The trip had been postponed twice.",
			[]string{"Pedro Alvarez"}, map[string]int{"Mr Alvarez": 0, "He": 0}, []string{"on Wednesday", "2026-03-04", "on Monday", "2026-03-02"},
			[]want{
				{"Pedro Alvarez", "Buenos Aires", "Argentina", "2026-03-04", "", newsbot.StatusScheduled, nil},
				{"Pedro Alvarez", "Montevideo", "Uruguay", "2026-03-09", "", newsbot.StatusScheduled, nil}}},
		{"the pontiff after an organisation", "VATICAN CITY (AP) — Pope Gregory flew to Kenya on Friday. The pontiff met Moses Okello in Entebbe on Saturday.",
			[]string{"Pope Gregory", "Moses Okello"}, map[string]int{"Pope Gregory": 0, "Moses Okello": 1}, []string{"on Friday", "2026-02-27", "on Saturday", "2026-02-28"},
			[]want{
				{"Pope Gregory", "Kenya", "Kenya", "2026-02-27", "", newsbot.StatusDone, nil},
				{"Pope Gregory", "Entebbe", "Uganda", "2026-02-28", "", newsbot.StatusDone, []string{"Moses Okello"}}}},
		{"met with a visiting leader", "Xi Jinping met with visiting Vietnamese party chief Nguyen Van Long in Beijing on Monday.",
			[]string{"Xi Jinping", "Nguyen Van Long"}, map[string]int{"Xi Jinping": 0, "Vietnamese party chief Nguyen Van Long": 1}, []string{"on Monday", "2026-03-02"},
			[]want{
				{"Xi Jinping", "Beijing", "China", "2026-03-02", "", newsbot.StatusUnderway, []string{"Nguyen Van Long"}}, // home: dropped when his country is known
				{"Nguyen Van Long", "Beijing", "China", "2026-03-02", "", newsbot.StatusUnderway, []string{"Xi Jinping"}}}},
		{"a stop on the way has no day of its own", "Mr Andreou travels to Brussels on Thursday and will stop in Sofia on the way to meet Rosen Zhelyazkov.",
			[]string{"Nikos Andreou", "Rosen Zhelyazkov"}, map[string]int{"Mr Andreou": 0, "Rosen Zhelyazkov": 1}, []string{"on Thursday", "2026-03-05"},
			[]want{
				{"Nikos Andreou", "Brussels", "Belgium", "2026-03-05", "", newsbot.StatusScheduled, nil},
				{"Nikos Andreou", "Sofia", "Bulgaria", "", "", newsbot.StatusScheduled, []string{"Rosen Zhelyazkov"}}}},
		{"discuss with is a meeting", "Ms Ferraro made a visit to Tripoli on Saturday to discuss migration with Abdul Hamid Dbeibah.",
			[]string{"Giulia Ferraro", "Abdul Hamid Dbeibah"}, map[string]int{"Ms Ferraro": 0, "Abdul Hamid Dbeibah": 1}, []string{"on Saturday", "2026-02-28"},
			[]want{{"Giulia Ferraro", "Tripoli", "Libya", "2026-02-28", "", newsbot.StatusDone, []string{"Abdul Hamid Dbeibah"}}}},
		{"hosted a guest in a city", "South Korean President Lee Jae-myung hosted Japanese Prime Minister Sanae Takaichi in Seoul on Saturday.",
			[]string{"Lee Jae-myung", "Sanae Takaichi"}, map[string]int{"South Korean President Lee Jae-myung": 0, "Japanese Prime Minister Sanae Takaichi": 1}, []string{"on Saturday", "2026-02-28"},
			[]want{{"Sanae Takaichi", "Seoul", "South Korea", "2026-02-28", "", newsbot.StatusDone, []string{"Lee Jae-myung"}}}},
		{"a leader met at home: the one from abroad came", "Polish President Karol Nawrocki met US President Donald Trump in Warsaw in July.",
			[]string{"Karol Nawrocki", "Donald Trump"}, map[string]int{"Polish President Karol Nawrocki": 0, "US President Donald Trump": 1}, []string{"in July", "2025-07"},
			[]want{{"Donald Trump", "Warsaw", "Poland", "2025-07", "", newsbot.StatusDone, []string{"Karol Nawrocki"}}}},
		{"a stay in the dateline's country is in its city", "ADDIS ABABA (AFP) - UN chief Antonio Guterres is on a three-day visit to Ethiopia. Guterres met Abiy Ahmed on Monday.",
			[]string{"Antonio Guterres", "Abiy Ahmed"}, map[string]int{"UN chief Antonio Guterres": 0, "Guterres": 0, "Abiy Ahmed": 1}, []string{"on Monday", "2026-03-02"},
			[]want{{"Antonio Guterres", "Addis Ababa", "Ethiopia", "2026-03-02", "", newsbot.StatusUnderway, []string{"Abiy Ahmed"}}}},
		{"due in X on one day and Y on another", "Mr Guterres is due in Port Sudan on Thursday and N'Djamena on 7 March.",
			[]string{"Antonio Guterres"}, map[string]int{"Mr Guterres": 0}, []string{"on Thursday", "2026-03-05", "7 March", "2026-03-07"},
			[]want{
				{"Antonio Guterres", "Port Sudan", "Sudan", "2026-03-05", "", newsbot.StatusScheduled, nil},
				{"Antonio Guterres", "N'Djamena", "Chad", "2026-03-07", "", newsbot.StatusScheduled, nil}}},
		{"a duration is no list glue", "Mr Sanchez arrived in Beijing on Tuesday, his fourth trip to China in as many years, as Madrid pushes for investment.",
			[]string{"Pedro Sanchez"}, map[string]int{"Mr Sanchez": 0}, []string{"on Tuesday", "2026-02-24", "many years", "P4Y"},
			[]want{
				{"Pedro Sanchez", "Beijing", "China", "2026-02-24", "", newsbot.StatusDone, nil}}},
		{"and a verb phrase of its own", "Mr Erdogan will then go to Doha and end the trip in Abu Dhabi on Thursday.",
			[]string{"Recep Tayyip Erdogan"}, map[string]int{"Mr Erdogan": 0}, []string{"on Thursday", "2026-03-05"},
			[]want{
				{"Recep Tayyip Erdogan", "Doha", "Qatar", "", "2026-03-05", newsbot.StatusScheduled, nil},
				{"Recep Tayyip Erdogan", "Abu Dhabi", "United Arab Emirates", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"has arrived is there now", "Sir Keir has arrived in Mumbai. The prime minister will speak at a business summit on Wednesday.",
			[]string{"Keir Starmer"}, map[string]int{"Sir Keir": 0, "The prime minister": 0}, []string{"on Wednesday", "2026-03-04"},
			[]want{
				{"Keir Starmer", "Mumbai", "India", "", "", newsbot.StatusUnderway, nil},
				{"Keir Starmer", "Mumbai", "India", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"The Hague keeps its article; a relative clause ends at its comma", "Mr Merz, who last met Donald Trump at the NATO summit in The Hague in June, will be accompanied by Katherina Reiche.",
			[]string{"Friedrich Merz", "Donald Trump", "Katherina Reiche"}, map[string]int{"Mr Merz": 0, "Donald Trump": 1, "Katherina Reiche": 2}, []string{"in June", "2025-06"},
			[]want{{"Friedrich Merz", "The Hague", "Netherlands", "2025-06", "", newsbot.StatusDone, []string{"Donald Trump"}}}},
		{"the couple ends the tour", "King Charles will travel to Toronto on 13 May. The couple will end the tour in Vancouver on 15 May.",
			[]string{"King Charles"}, map[string]int{"King Charles": 0}, []string{"on 13 May", "2026-05-13", "on 15 May", "2026-05-15"},
			[]want{
				{"King Charles", "Toronto", "Canada", "2026-05-13", "", newsbot.StatusScheduled, nil},
				{"King Charles", "Vancouver", "Canada", "2026-05-15", "", newsbot.StatusScheduled, nil}}},
		{"ready to travel, but no trip planned", "Mr Kovacs said he was ready to travel to Moscow to meet Vladimir Putin, but no trip had been planned.",
			[]string{"Zoltan Kovacs", "Vladimir Putin"}, map[string]int{"Mr Kovacs": 0, "he": 0, "Vladimir Putin": 1}, nil, nil},
		{"since a year, when", "It would be the first visit since 2015, when Mr Modi made a surprise stop in Lahore.",
			[]string{"Narendra Modi"}, map[string]int{"Mr Modi": 0}, []string{"since 2015", "2015"},
			[]want{{"Narendra Modi", "Lahore", "Pakistan", "2015", "", newsbot.StatusDone, nil}}},
		{"a programme of days and colons", "Lula will visit three African countries next week. His schedule:\n\nMonday: Luanda, Angola, talks with Joao Lourenco.\nWednesday: Maputo, Mozambique.",
			[]string{"Luiz Inacio Lula da Silva", "Joao Lourenco"}, map[string]int{"Lula": 0, "Joao Lourenco": 1}, []string{"next week", "2026-W11", "Monday", "2026-03-02", "Wednesday", "2026-02-25"},
			[]want{
				{"Luiz Inacio Lula da Silva", "Luanda", "Angola", "2026-03-02", "", newsbot.StatusUnderway, []string{"Joao Lourenco"}},
				{"Luiz Inacio Lula da Silva", "Maputo", "Mozambique", "2026-03-04", "", newsbot.StatusScheduled, nil}}},
		{"visited the UK", "He last visited the UK in 2022.",
			[]string{"Cyril Ramaphosa"}, map[string]int{"He": 0}, []string{"in 2022", "2022"},
			[]want{{"Cyril Ramaphosa", "United Kingdom", "United Kingdom", "2022", "", newsbot.StatusDone, nil}}},
		{"is in the dateline's city, a day after a visit", "ABERDEEN (BBC) - Keir Starmer is in Aberdeen to launch a plan, a day after visiting a shipyard in Glasgow.",
			[]string{"Keir Starmer"}, map[string]int{"Keir Starmer": 0}, nil,
			[]want{
				{"Keir Starmer", "Aberdeen", "United Kingdom", "", "", newsbot.StatusUnderway, nil},
				{"Keir Starmer", "Glasgow", "United Kingdom", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"they nobody resolved are not the last person named", "Mr Bedell-Sivright said the victors would have no chance when they visited the UK.",
			[]string{"David Bedell-Sivright"}, map[string]int{"Mr Bedell-Sivright": 0}, nil, nil},
		{"signed an agreement with", "Mr Sato visited Manila on Wednesday, where he signed an access agreement with Ramon Castillo.",
			[]string{"Haruto Sato", "Ramon Castillo"}, map[string]int{"Mr Sato": 0, "he": 0, "Ramon Castillo": 1}, []string{"on Wednesday", "2026-02-25"},
			[]want{{"Haruto Sato", "Manila", "Philippines", "2026-02-25", "", newsbot.StatusDone, []string{"Ramon Castillo"}}}},
	}
	runRuleCases(t, monday, tests)
}

// ruleCase is one rule-table case: a text, the people found in it by hand
// (names, and the mention forms each has), the timexes the tagger gives
// it, and the legs wanted.
type ruleCase struct {
	name  string
	text  string
	names []string
	forms map[string]int
	tx    []string
	want  []want
}

// runRuleCases runs Find over each case's hand-made cast and timexes, as
// published at pub, and checks the legs.
func runRuleCases(t *testing.T, pub time.Time, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Find(tt.text, pub, castOf(tt.text, tt.names, tt.forms), tx(tt.text, tt.tx...)), tt.want)
		})
	}
}
