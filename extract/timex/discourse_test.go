package timex

import "testing"

// nov22 is a Sunday paper's publication day (ISO week 2026-W47 ends).
var nov22 = nov23.AddDate(0, 0, -1)

// discourseCases are sentences written for this repo on date errors a
// fresh-copy audit found: weekdays dated by a trailing report rather than
// the plan they belong to, participles and timetables misread as tenses,
// years and seasons told by reference to an earlier date, months after a
// perfect of threat or refusal, clock times before a written date. Each
// class has counter-cases that must keep their reading.
var discourseCases = []freshCase{
	// A verbless phrase hangs on the verb before it, not on the report after it.
	{"report", nov23, "The home secretary will visit police stations and custody suites in Leeds on Thursday, her office said.", "Thursday", "2026-11-26"},
	{"report", nov24, "The bishop will lead a service at the cathedral and hold talks with refugee families and aid workers on Friday, the diocese said on Monday.", "Friday", "2026-11-27"},
	{"report", nov23, "The premier will spend the week in the north, with a factory tour on Tuesday and a town hall meeting in Derry on Friday, aides confirmed last night.", "Friday", "2026-11-27"},
	{"report", nov23, "The premier will spend the week in the north, with a factory tour on Tuesday and a town hall meeting in Derry on Friday, aides confirmed last night.", "Tuesday", "2026-11-24"},
	{"report kept", nov26, "Rebels attacked a convoy and two checkpoints near the border on Tuesday, the army said.", "Tuesday", "2026-11-24"},
	{"report kept", nov26, "Prices of bread and cooking oil rose sharply on Monday, traders said.", "Monday", "2026-11-23"},
	{"report kept", nov26, "The index fell 2%, with banks down 3% on Tuesday, dealers said.", "Tuesday", "2026-11-24"},
	// A participle after a future verb's object is no verb of the clause.
	{"participle", nov23, "The king will meet villagers cut off by the landslide at a shelter in Galle on Friday afternoon.", "Friday afternoon", "2026-11-27TAF"},
	{"participle", nov24, "The minister will visit pensioners housed by the council in a hotel on Thursday evening, officials said.", "Thursday evening", "2026-11-26TEV"},
	{"participle kept", nov26, "The photo shows delegates at the summit hosted by Kenya on Tuesday.", "Tuesday", "2026-11-24"},
	// A timetable in the present: "polls close", "voting ends".
	{"timetable", nov22, "Polls close at 9pm on Saturday.", "Saturday", "2026-11-28"},
	{"timetable", nov22, "Polls close at 9pm on Saturday.", "9pm", "2026-11-28T21:00"},
	{"timetable", nov24, "Early voting ends on Friday.", "Friday", "2026-11-27"},
	{"timetable", nov22, "Voting starts at 7am on Saturday, officials said.", "Saturday", "2026-11-28"},
	{"timetable", nov26, "Ferries to the islands resume on Friday morning, the operator said yesterday.", "Friday morning", "2026-11-27TMO"},
	{"timetable kept", nov26, "The firm sold its stake to a rival in October in return for cash.", "October", "2026-10"},
	{"timetable kept", nov26, "Speaking to reporters on Monday, the mayor said the bridge was safe.", "Monday", "2026-11-23"},
	{"timetable kept", nov26, "Sources close to the talks said on Monday that a deal was near.", "Monday", "2026-11-23"},
	{"timetable kept", nov26, "By Monday's close, the index had lost 4%.", "Monday", "2026-11-23"},
	// The second day of a list follows the first.
	{"list", nov26, "The chancellor is in Tokyo on Monday and Tuesday for trade talks.", "Tuesday", "2026-12-01"},
	{"list", nov26, "Storms battered the coast on Sunday and Monday, forecasters said.", "Monday", "2026-11-23"},
	{"list kept", nov26, "The film took $20m from Friday to Sunday, studio estimates showed.", "Sunday", "2026-11-22"},
	// "I'll", "we'll" are futures.
	{"contraction", nov22, "\"We'll be on the road every day this week,\" the party leader said.", "this week", "2026-W48"},
	{"contraction", nov25, "\"I'll be in Brussels on Friday,\" she said.", "Friday", "2026-11-27"},
	// "next" + tomorrow's weekday is a week later; other weekdays unchanged.
	{"next", nov25, "The committee meets again next Thursday.", "next Thursday", "2026-12-03"},
	{"next", nov26, "The results are due next Friday.", "next Friday", "2026-12-04"},
	{"next kept", nov25, "The committee meets again next Monday.", "next Monday", "2026-11-30"},
	{"next kept", nov22, "The tour ends in Perth next Friday.", "next Friday", "2026-11-27"},
	// Years and seasons told by reference to the story's date.
	{"that year", nov26, "The mine opened in 2011. In August of that year it flooded.", "August of that year", "2011-08"},
	{"that year", nov26, "The band formed in 2008 and released its first album in May of the following year.", "May of the following year", "2009-05"},
	{"that year", nov26, "She was elected in 2015. Later that year she resigned.", "Later that year", "2015"},
	{"that year", nov26, "The bridge was closed in March 2021 and reopened the following autumn.", "the following autumn", "2021-FA"},
	{"that year", nov26, "The talks collapsed in 2019. The following summer, both sides returned.", "The following summer", "2020-SU"},
	{"that year", nov26, "Sales peaked in June of 2024.", "June of 2024", "2024-06"},
	{"that year", nov26, "The dam burst in 2009. That summer, the valley was evacuated.", "That summer", "2009-SU"},
	{"that year kept", nov26, "The dam burst in 2009. It was one of the few firms that spring up after a flood.", "that spring", "(none)"},
	{"that year kept", nov26, "The fund will close next year and the site will be sold the following spring.", "the following spring", "2028-SP"},
	{"that year kept", nov26, "Ticket prices rose in March of last year.", "March of last year", "2025-03"},
	// A perfect of threat or refusal looks ahead to a month just ahead.
	{"month", nov26, "Nurses have threatened to strike again in January.", "January", "2027-01"},
	{"month", nov25, "The government has not ruled out an election in February.", "February", "2027-02"},
	{"month", nov25, "The opposition has called for a vote in December.", "December", "2026-12"},
	{"month", nov26, "Forecasters have warned of heavy snow in December.", "December", "2026-12"},
	{"month", nov26, "Organisers have scrapped the festival scheduled for February.", "February", "2027-02"},
	{"month kept", nov26, "The festival, planned for January, drew record crowds.", "January", "2026-01"},
	{"month kept", nov25, "The court ruled in June that the ban was lawful.", "June", "2026-06"},
	{"month kept", nov26, "The regulator warned of fraud in March.", "March", "2026-03"},
	{"month kept", nov25, "The union threatened a walkout in May.", "May", "2026-05"},
	// A clock time takes the written date that follows its weekday.
	{"clock", nov24, "The road will be shut from 8pm on Friday, December 4 until 5am on Saturday, December 5.", "8pm", "2026-12-04T20:00"},
	{"clock", nov24, "The road will be shut from 8pm on Friday, December 4 until 5am on Saturday, December 5.", "5am", "2026-12-05T05:00"},
	{"clock kept", nov24, "The road will be shut from 8pm on Friday until 5am on Saturday.", "8pm", "2026-11-27T20:00"},
}

func TestDiscourseDates(t *testing.T) {
	for _, c := range discourseCases {
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
