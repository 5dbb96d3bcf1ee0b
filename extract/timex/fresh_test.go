package timex

import (
	"os"
	"testing"
	"time"
)

// Sentences written for this repo, in the style of wire copy, on the
// classes a fresh-copy audit found wrong: weekdays in reported plans,
// events called off, months in past and future clauses, a negated day
// beside another, days named by anaphora, same-day plans.

// Publication days of the fresh-copy tests: the week of Monday 23 November
// 2026 (ISO week 2026-W48).
var (
	nov23 = time.Date(2026, 11, 23, 7, 0, 0, 0, time.UTC) // Monday
	nov24 = nov23.AddDate(0, 0, 1)
	nov25 = nov23.AddDate(0, 0, 2) // Wednesday
	nov26 = nov23.AddDate(0, 0, 3)
	nov27 = nov23.AddDate(0, 0, 4)
	nov28 = nov23.AddDate(0, 0, 5)
	feb10 = time.Date(2026, 2, 10, 7, 0, 0, 0, time.UTC) // Tuesday
	jan12 = time.Date(2026, 1, 12, 7, 0, 0, 0, time.UTC) // Monday
)

type freshCase struct {
	class    string
	dct      time.Time
	sentence string
	text     string
	val      string
}

var freshCases = []freshCase{
	// 1. A weekday in reported speech about a plan is ahead.
	{"1 reported", nov25, "Officials said the panel would inspect the site on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov25, "The chairman told reporters the board will vote on Thursday.", "Thursday", "2026-11-26"},
	{"1 reported", nov27, "The ministry announced that talks would resume on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov25, "She said she planned to visit the plant on Friday.", "Friday", "2026-11-27"},
	{"1 reported", nov26, "The union said members were to walk out on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov26, "He said he hoped to sign the agreement on Saturday.", "Saturday", "2026-11-28"},
	{"1 reported", nov27, "Police said the motorway would reopen on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov28, "The company confirmed it would publish its results on Wednesday.", "Wednesday", "2026-12-02"},
	{"1 reported", nov27, "The senator said she would travel to Kyiv on Monday to meet the president.", "Monday", "2026-11-30"},
	{"1 reported", nov25, "Aides said the prime minister was due to arrive in Delhi on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 past", nov25, "The minister was expected at the ceremony on Sunday but did not appear.", "Sunday", "2026-11-22"},
	{"1 reported", nov25, "The minister was expected at the ceremony on Sunday.", "Sunday", "2026-11-29"},
	{"1 reported", nov26, "The regulator said it intended to rule on the merger on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "A spokesman said the president would sign the bill on Wednesday, a day after the Senate vote.", "Wednesday", "2026-12-02"},
	{"1 reported", nov25, "The airline told passengers that flights would resume on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "Organisers announced the festival would go ahead on Sunday as planned.", "Sunday", "2026-11-29"},
	{"1 reported", nov26, "The court said it would deliver its verdict on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov26, "Ministers were told the report would be published on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov25, "The mayor has said that the bridge will reopen to traffic on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov28, "The club said the new manager would be unveiled on Tuesday.", "Tuesday", "2026-12-01"},
	// ... and stays past where the report or the event is past.
	{"1 past", nov25, "The panel said it inspected the site on Tuesday.", "Tuesday", "2026-11-24"},
	{"1 past", nov25, "Officials said on Monday that the board would vote next month.", "Monday", "2026-11-23"},
	{"1 past", nov27, "The minister told reporters on Wednesday that talks would resume.", "Wednesday", "2026-11-25"},
	{"1 past", nov26, "Police said the man was arrested on Monday.", "Monday", "2026-11-23"},
	{"1 past", nov26, "The company said it had published its results on Tuesday.", "Tuesday", "2026-11-24"},
	{"1 past", nov27, "The senator said she would have travelled to Kyiv on Monday had the talks gone ahead.", "Monday", "2026-11-23"},

	// 2. A cancelled or called-off event is still ahead.
	{"2 cancelled", nov23, "Thursday's planned march has been called off.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov25, "The vote due on Friday was cancelled.", "Friday", "2026-11-27"},
	{"2 cancelled", nov24, "A planned visit by the chancellor to the car plant in Leipzig on Monday has been cancelled, his spokesman said.", "Monday", "2026-11-23"},
	{"2 cancelled", nov25, "A planned visit by the chancellor to the car plant in Leipzig on Monday has been cancelled, his spokesman said.", "Monday", "2026-11-30"},
	{"2 cancelled", nov26, "Saturday's match against Leeds was postponed because of a frozen pitch.", "Saturday", "2026-11-28"},
	{"2 cancelled", nov25, "Organisers cancelled the concert scheduled for Sunday.", "Sunday", "2026-11-29"},
	{"2 cancelled", nov24, "The strike on Thursday has been suspended after a late offer.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov28, "The airline cancelled Monday's flights to Lisbon.", "Monday", "2026-11-30"},
	{"2 cancelled", nov26, "Police have banned Saturday's demonstration in the city centre.", "Saturday", "2026-11-28"},
	{"2 cancelled", nov25, "The hearing set for Monday was adjourned until January.", "Monday", "2026-11-30"},
	// The day may date the calling off: the nearer.
	{"2 cancelled", nov27, "The union called off the walkout on Tuesday.", "Tuesday", "2026-11-24"},
	{"2 cancelled", nov26, "Tuesday's planned visit by the minister was scrapped at the last minute.", "Tuesday", "2026-12-01"},
	{"2 cancelled", nov24, "The march on Thursday, organised by students, was called off.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov24, "Organisers said Thursday's march had been called off.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov24, "Thursday's march, which had been planned for weeks, was called off.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov27, "The minister, who was due to open the bridge on Thursday, postponed the visit until January.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov24, "The minister, who was due to open the bridge on Thursday, postponed the visit until January.", "Thursday", "2026-11-26"},
	{"2 went ahead", nov26, "Saturday's march went ahead despite the rain.", "Saturday", "2026-11-21"},
	{"2 went ahead", nov26, "The union said Tuesday that a strike planned for Saturday had been called off.", "Tuesday", "2026-11-24"},
	{"2 cancelled", nov26, "The union said Tuesday that a strike planned for Saturday had been called off.", "Saturday", "2026-11-28"},

	// 3. Months follow the tense of their clause.
	{"3 month", nov26, "The council approved the plan in May.", "May", "2026-05"},
	{"3 month", nov26, "The bridge will open in March.", "March", "2027-03"},
	{"3 month", nov26, "In May, the firm reported a loss of $3m.", "May", "2026-05"},
	{"3 month", nov26, "The company will report its results next May.", "next May", "2027-05"},
	{"3 month", nov26, "Sales fell sharply last May.", "last May", "2026-05"},
	{"3 month", nov26, "Elections are due in May.", "May", "2027-05"},
	{"3 month", nov26, "The law was passed on May 4.", "May 4", "2026-05-04"},
	{"3 month", nov26, "The trial will begin on March 3.", "March 3", "2027-03-03"},
	{"3 month", nov26, "The minister resigned in December.", "December", "2025-12"},
	{"3 month", nov26, "He will step down in December.", "December", "2026-12"},
	{"3 month", nov26, "The plant, which opened in June, will close in January.", "June", "2026-06"},
	{"3 month", nov26, "The plant, which opened in June, will close in January.", "January", "2027-01"},
	{"3 month", nov26, "Prices have risen every month since April.", "April", "2026-04"},
	{"3 month", nov26, "Exports rose 3% in October, official figures showed.", "October", "2026-10"},
	{"3 month", nov26, "She said the factory would close in May.", "May", "2027-05"},
	{"3 month", nov26, "Officials said in May that the scheme was working.", "May", "2026-05"},
	{"3 month", nov26, "The deal was signed on 4 May.", "4 May", "2026-05-04"},
	{"3 month", nov26, "The summit is scheduled for 12 March.", "12 March", "2027-03-12"},
	{"3 month", nov26, "Parliament approved the budget in May, months after it was tabled.", "May", "2026-05"},
	{"3 month", nov26, "The merger was approved by regulators in May and completed in July.", "May", "2026-05"},
	{"3 month", nov26, "The merger was approved by regulators in May and completed in July.", "July", "2026-07"},
	{"3 month", nov26, "The ban, which took effect in May, was lifted last week.", "May", "2026-05"},
	{"3 month", nov26, "Voters will go to the polls next March.", "next March", "2027-03"},
	{"3 month", nov26, "The company was founded last March.", "last March", "2026-03"},
	{"3 month", nov26, "The strike, which began on May 4, ended in August.", "May 4", "2026-05-04"},
	{"3 month", nov26, "The new rules come into force on January 1.", "January 1", "2027-01-01"},
	{"3 month", nov26, "The project was announced in February and will finish next year.", "February", "2026-02"},
	{"3 month", nov26, "Talks that were held in May failed.", "May", "2026-05"},
	{"3 month", nov26, "The president visited Beijing in May.", "May", "2026-05"},
	{"3 month", nov26, "The company said it would cut 500 jobs by March.", "March", "2027-03"},
	{"3 month", nov26, "He was elected in May, and took office in June.", "June", "2026-06"},

	// harder reported speech
	{"1 reported", nov25, "Speaking to reporters in Brussels, the commissioner said member states would be asked to approve the package at a summit on Thursday.", "Thursday", "2026-11-26"},
	{"1 reported", nov27, "Union leaders said the strike, which will affect hospitals and schools, would begin on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov28, "The Kremlin said Putin would hold a phone call with the US president on Tuesday, according to state media.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "The health ministry said vaccinations would start in earnest on Monday after the first shipments arrived.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The foreign ministry said the envoy was expected in Tehran on Sunday.", "Sunday", "2026-11-29"},
	{"1 reported", nov25, "He told the BBC that the government planned to publish its plans on Thursday.", "Thursday", "2026-11-26"},
	{"1 reported", nov27, "The company said in a statement that it plans to resume production on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov24, "A spokeswoman said the minister would attend a meeting of NATO defence ministers in Brussels on Thursday.", "Thursday", "2026-11-26"},
	{"1 reported", nov27, "It said inspectors would return to the plant on Tuesday to collect samples.", "Tuesday", "2026-12-01"},
	{"1 reported", nov28, "The White House said the president would travel to Michigan on Tuesday to tout his economic agenda.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "The electoral commission said results were expected on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The panel said it would inspect the site Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov26, "The board will vote on Monday, the chairman told reporters.", "Monday", "2026-11-30"},
	{"1 reported", nov26, "Officials announced on Wednesday that talks would resume on Monday in Geneva.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The ministry announced that talks with the rebels would resume on Tuesday in Doha.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "Aides confirmed that the prime minister would meet the president on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The prime minister told parliament that she would meet the president on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The party said its leader would address the rally on Tuesday, after weeks of silence.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "The agency said it was preparing to launch the satellite on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "He said he wanted to meet the unions on Tuesday.", "Tuesday", "2026-12-01"},
	// An act a day may date ("agreed", "decided"): the nearer day.
	{"1 reported", nov27, "She said they agreed to meet again on Tuesday.", "Tuesday", "2026-11-24"},
	{"1 reported", nov28, "She said they agreed to meet again on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The board announced plans to vote on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "The government said it had decided to hold the vote on Tuesday.", "Tuesday", "2026-11-24"},
	{"1 past", nov25, "The government said it had planned to hold the vote on Friday, before the scandal broke.", "Friday", "2026-11-20"},
	{"1 past", nov27, "The minister had planned to fly to Oslo on Tuesday, but the storm grounded flights.", "Tuesday", "2026-11-24"},
	{"1 past", nov27, "Mr Reed agreed to buy the stake on Tuesday, taking his holding to 42%.", "Tuesday", "2026-11-24"},
	{"1 past", nov25, "As the president prepared to speak in Ohio on Monday, protesters gathered outside.", "Monday", "2026-11-23"},
	{"1 past", nov25, "The row was put back in the headlines on Sunday when the coach spoke out.", "Sunday", "2026-11-22"},
	{"1 past", nov25, "The party on Monday postponed the launch of its manifesto.", "Monday", "2026-11-23"},
	{"1 past", nov25, "By Monday afternoon she had cancelled a rally slated for Saturday.", "Monday afternoon", "2026-11-23TAF"},
	{"1 past", nov25, "A win would have set up a different contest for Sunday.", "Sunday", "2026-11-29"},
	{"3 month", nov26, "Voters must register by Friday 12 March.", "Friday 12 March", "2027-03-12"},
	{"1 reported", nov27, "The museum said it would reopen to visitors on Tuesday, having been closed since the flood.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "The minister said the inquiry would report on Tuesday, not Monday as planned.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "Police told residents they could return to their homes on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "The club announced that the stadium would host the final on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "A government source said the cabinet was to discuss the plan on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov27, "Investigators said they expected to interview the pilot on Tuesday.", "Tuesday", "2026-12-01"},
	// harder cancellations
	{"2 cancelled", nov25, "Organisers called off Thursday's march on the capital after police warned of violence.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov25, "A rally planned for Sunday in the capital was banned by the interior ministry.", "Sunday", "2026-11-29"},
	{"2 cancelled", nov25, "Friday's cabinet meeting was cancelled after the prime minister fell ill.", "Friday", "2026-11-27"},
	{"2 cancelled", nov25, "The final round of talks on Friday was postponed indefinitely.", "Friday", "2026-11-27"},
	{"2 cancelled", nov27, "The walkout, which had been due to start on Monday, was suspended.", "Monday", "2026-11-30"},
	{"2 cancelled", nov26, "The match on Saturday was called off because of a waterlogged pitch.", "Saturday", "2026-11-28"},
	{"2 cancelled", nov25, "Elections scheduled for Sunday have been postponed by two weeks.", "Sunday", "2026-11-29"},
	{"2 cancelled", nov25, "The minister's trip to Warsaw on Friday has been cancelled.", "Friday", "2026-11-27"},
	{"2 cancelled", nov25, "Friday's trip to Warsaw was cancelled, the ministry said.", "Friday", "2026-11-27"},
	{"2 cancelled", nov27, "The summit, due to open on Monday, has been postponed.", "Monday", "2026-11-30"},
	{"2 cancelled", nov27, "Monday's vote has been delayed by a week.", "Monday", "2026-11-30"},
	{"2 cancelled", nov25, "The planned march on Friday was called off after talks with police.", "Friday", "2026-11-27"},
	{"2 cancelled", nov25, "The vote on Friday was cancelled, officials said.", "Friday", "2026-11-27"},
	{"2 cancelled", nov25, "The union has called off a strike on Friday.", "Friday", "2026-11-27"},
	{"2 cancelled", nov24, "The president cancelled his visit to the flood zone on Thursday.", "Thursday", "2026-11-26"},
	{"2 went ahead", nov27, "The march on Tuesday was peaceful, police said.", "Tuesday", "2026-11-24"},
	{"2 went ahead", nov25, "The president cancelled his visit to the flood zone on Monday, citing security.", "Monday", "2026-11-23"},
	// harder months
	{"3 month", nov26, "The scheme, approved in May, will cost taxpayers £3bn.", "May", "2026-05"},
	{"3 month", nov26, "A law passed in May will take effect in January.", "May", "2026-05"},
	{"3 month", nov26, "The deal agreed in May is expected to be signed next week.", "May", "2026-05"},
	{"3 month", nov26, "The hospital, which will open in March, cost £200m to build.", "March", "2027-03"},
	{"3 month", nov26, "Figures released in May showed unemployment falling.", "May", "2026-05"},
	{"3 month", nov26, "The rules, introduced on May 4, will be reviewed next year.", "May 4", "2026-05-04"},
	{"3 month", nov26, "Since May, more than 300 people have been arrested.", "May", "2026-05"},
	{"3 month", nov26, "The company, which listed its shares in May, said profits rose.", "May", "2026-05"},
	{"3 month", nov26, "Inflation hit 4% in October.", "October", "2026-10"},
	{"3 month", nov26, "The central bank is expected to cut rates again in December.", "December", "2026-12"},
	{"3 month", nov26, "The vote is expected in March.", "March", "2027-03"},
	{"3 month", nov26, "The treaty was signed in Paris on March 12.", "March 12", "2026-03-12"},
	{"3 month", nov26, "The ceasefire agreed in June has largely held.", "June", "2026-06"},
	{"3 month", nov26, "The bill, which parliament approved in May, will become law next year.", "May", "2026-05"},
	{"3 month", nov26, "The firm plans to open the plant in March.", "March", "2027-03"},
	{"3 month", nov26, "Work on the line, halted in May, will resume in spring.", "May", "2026-05"},
	{"3 month", nov26, "The talks in May ended without agreement.", "May", "2026-05"},
	{"3 month", nov26, "The minister, appointed in May, will travel to Washington next week.", "May", "2026-05"},
	{"3 month", nov26, "The airline will add flights to Lima from May 4.", "May 4", "2027-05-04"},
	{"3 month", nov26, "Interest rates, which were raised in May, will stay on hold.", "May", "2026-05"},
	{"3 month", nov26, "A report published in May will be debated by MPs.", "May", "2026-05"},
	{"3 month", nov26, "The strike began on May 4 and will continue.", "May 4", "2026-05-04"},
	{"3 month", nov26, "Mr Smith, who was elected in May, will be sworn in on Monday.", "May", "2026-05"},
	{"3 month", nov26, "The new terminal will open to passengers in March, the airport said.", "March", "2027-03"},
	// harder negation
	{"4 negated", nov25, "The prime minister will not attend the summit on Thursday; her deputy will go on Friday instead.", "Friday", "2026-11-27"},
	{"4 negated", nov25, "The prime minister will not attend the summit on Thursday; her deputy will go on Friday instead.", "Thursday", "2026-11-26"},
	{"4 negated", nov25, "He won't be in Paris on Friday, but he arrives in Rome on Saturday.", "Saturday", "2026-11-28"},
	{"4 negated", nov25, "He won't be in Paris on Friday, but he arrives in Rome on Saturday.", "Friday", "2026-11-27"},
	{"4 negated", nov25, "The king did not go to Paris on Monday as planned; he flew there on Tuesday.", "Tuesday", "2026-11-24"},
	// 4. A negated day next to another day.
	{"4 negated", nov25, "The minister won't fly on Monday but joins the delegation on Tuesday.", "Monday", "2026-11-30"},
	{"4 negated", nov25, "The minister won't fly on Monday but joins the delegation on Tuesday.", "Tuesday", "2026-12-01"},
	{"4 negated", nov25, "She will not travel to Paris on Friday but will join the talks in Berlin on Saturday.", "Friday", "2026-11-27"},
	{"4 negated", nov25, "She will not travel to Paris on Friday but will join the talks in Berlin on Saturday.", "Saturday", "2026-11-28"},
	{"4 negated", nov25, "The president did not travel on Monday but flew to Rome on Tuesday.", "Monday", "2026-11-23"},
	{"4 negated", nov25, "The president did not travel on Monday but flew to Rome on Tuesday.", "Tuesday", "2026-11-24"},
	{"4 negated", nov25, "He is not flying on Friday; he leaves for Tokyo on Sunday instead.", "Sunday", "2026-11-29"},
	{"4 negated", nov25, "The envoy will no longer arrive on Thursday and is now expected on Saturday.", "Saturday", "2026-11-28"},

	// 5. Anaphora to the day named before.
	{"5 anaphora", nov25, "The minister flew to Rome on Monday. She met the pope the same day.", "the same day", "2026-11-23"},
	{"5 anaphora", nov25, "He arrives in Delhi on Thursday and will meet the prime minister that evening.", "that evening", "2026-11-26TEV"},
	{"5 anaphora", nov25, "The president lands in Tokyo on Friday and travels to Seoul the following day.", "the following day", "2026-11-28"},
	{"5 anaphora", nov27, "The talks ended on Tuesday. The day after, the envoy left for Cairo.", "The day after", "2026-11-25"},
	{"5 anaphora", nov25, "She will visit Paris on Monday and Berlin the day after.", "the day after", "2026-12-01"},
	{"5 anaphora", nov25, "The king arrived in Oslo on Monday and left the next day.", "the next day", "2026-11-24"},
	{"5 anaphora", nov25, "The foreign secretary flew to Kyiv on Monday. That night, air raid sirens sounded.", "That night", "2026-11-23TNI"},
	{"5 anaphora", nov25, "The pope will arrive in Lisbon on Friday. Later that day he will celebrate Mass.", "Later that day", "2026-11-27"},
	{"5 anaphora", nov25, "Talks are due to begin on Thursday. The day before, the minister will meet union leaders.", "The day before", "2026-11-25"},
	{"5 anaphora", nov25, "The chancellor visited the plant on Monday. On the same day, the firm cut 200 jobs.", "the same day", "2026-11-23"},
	{"5 anaphora", nov25, "The envoy landed in Cairo on Sunday and met the president that afternoon.", "that afternoon", "2026-11-22TAF"},
	{"5 anaphora", nov25, "The prime minister will travel to Brussels on Thursday and return to London the following day.", "the following day", "2026-11-27"},
	{"5 anaphora", nov25, "He was arrested on 3 October and charged the following day.", "the following day", "2026-10-04"},
	{"5 anaphora", nov25, "The minister arrived yesterday and dined with the king that evening.", "that evening", "2026-11-24TEV"},
	{"5 anaphora", nov25, "Results are due today. The company will hold a call with analysts the same day.", "the same day", "2026-11-25"},
	{"5 anaphora", nov25, "The envoy met rebels on Monday and flew to Doha the next day, where talks resume the following day.", "the following day", "2026-11-25"},
	// Another event's day, a stretch of time, or no day to refer to.
	{"5 anaphora", nov25, "Talks ended on Monday. Shares fell on the same day that the deal collapsed.", "the same day", "(none)"},
	// (the day before an event the tagger does not date: the story's reference day, as before)
	{"5 anaphora", nov25, "The suspect was seen in Leeds the day before he was arrested.", "the day", "2026-11-25"},
	{"5 anaphora", nov25, "Forecasters expect more snow over the next day or two.", "the next day", "P1D"},
	{"5 anaphora", nov25, "Nobody knew what would happen that evening.", "that evening", "(none)"},
	{"5 anaphora", nov25, "He arrived on Monday. The hotel was full. Staff were tired. Guests complained. That night, a fire broke out.", "That night", "(none)"},

	// 6. Same-day future events stay on the publication day.
	{"6 today", nov25, "The president will land in Lagos this evening.", "this evening", "2026-11-25TEV"},
	{"6 today", nov25, "The minister arrives in Paris tonight for talks.", "tonight", "2026-11-25TNI"},
	{"6 today", nov25, "The king is due to open the bridge this afternoon.", "this afternoon", "2026-11-25TAF"},
	{"6 today", nov25, "She is expected to meet the chancellor this evening.", "this evening", "2026-11-25TEV"},
	{"6 today", nov25, "The delegation will arrive in Geneva on Wednesday evening.", "Wednesday evening", "2026-11-25TEV"},
	{"6 today", nov25, "The president will land in Lagos on Wednesday.", "Wednesday", "2026-11-25"},
	{"6 today", nov25, "Talks resume today in Geneva.", "today", "2026-11-25"},
	{"6 today", nov25, "The foreign secretary will fly to Washington later today.", "today", "2026-11-25"},
}

// TestFreshCopy checks the value of one expression of each sentence.
func TestFreshCopy(t *testing.T) {
	for _, c := range append(append(append(freshCases, freshBlind...), freshBlind2...), freshBlind3...) {
		got := "(none)"
		for _, x := range Tag(c.sentence, c.dct) {
			if x.Text == c.text {
				got = x.Value
				break
			}
		}
		if got != c.val {
			t.Errorf("%s, published %s: %q\n%q = %s, want %s", c.class, c.dct.Format("Mon 2 Jan"), c.sentence, c.text, got, c.val)
		}
	}
}

// TestFreshProbe logs how Tag does on freshCases by class.
func TestFreshProbe(t *testing.T) {
	if os.Getenv("FRESH_PROBE") == "" {
		t.Skip("FRESH_PROBE")
	}
	ok, all := map[string]int{}, map[string]int{}
	for _, c := range append(append(append(freshCases, freshBlind...), freshBlind2...), freshBlind3...) {
		all[c.class]++
		got := "(none)"
		for _, x := range Tag(c.sentence, c.dct) {
			if x.Text == c.text {
				got = x.Value
				break
			}
		}
		if got == c.val {
			ok[c.class]++
			continue
		}
		t.Logf("%-12s %s %q %q: got %s, want %s", c.class, c.dct.Format("Mon 01-02"), c.sentence, c.text, got, c.val)
	}
	for k, n := range all {
		t.Logf("%-12s %d/%d", k, ok[k], n)
	}
}

// TestFreshPrefixes tags every prefix of the fresh sentences and of bare
// anaphora, so that the rules of plans.go and anaphora.go meet the end of
// input at each of their steps.
func TestFreshPrefixes(t *testing.T) {
	texts := []string{
		"On Monday. The same day that evening, later that day, the day after, the next morning, the following day.",
		"He had wanted to, expected the bank to, was due in, has been called off, Friday 11 March, in May will",
	}
	for _, c := range append(append(append(freshCases, freshBlind...), freshBlind2...), freshBlind3...) {
		texts = append(texts, c.sentence)
	}
	for _, s := range texts {
		for n := 0; n <= len(s); n++ {
			checkOffsets(t, s[:n], Tag(s[:n], nov25))
		}
	}
}
