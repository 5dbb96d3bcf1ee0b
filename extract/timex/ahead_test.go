package timex

import (
	"strings"
	"testing"
	"time"
)

// Publication days of the ahead tests: one week, Monday 26 January to
// Sunday 1 February 2026 (ISO week 2026-W05).
var (
	mon = time.Date(2026, 1, 26, 8, 0, 0, 0, time.UTC)
	tue = mon.AddDate(0, 0, 1)
	wed = mon.AddDate(0, 0, 2)
	thu = mon.AddDate(0, 0, 3)
	fri = mon.AddDate(0, 0, 4)
	sat = mon.AddDate(0, 0, 5)
	sun = mon.AddDate(0, 0, 6)
)

// TestAheadContexts covers the contexts where the main verb does not date a
// weekday, weekend, clock time or year end: plans that were cancelled,
// non-finite and relative clauses that look ahead, commands in quotes,
// fronted report days, generic weekdays, clock times dated by an earlier
// sentence.
func TestAheadContexts(t *testing.T) {
	tests := []struct {
		name     string
		dct      time.Time
		sentence string
		text     string
		typ, val string
	}{
		// A plan for a day is still ahead when it was suspended or cancelled.
		{"planned for, suspended", mon, "The strike planned for Saturday has been suspended.", "Saturday", "DATE", "2026-01-31"},
		{"planned attributive, cancelled", sun, "A planned Monday visit to the plant has been cancelled.", "Monday", "DATE", "2026-02-02"},
		{"scheduled for, called off", fri, "The walkout, scheduled for Thursday, was called off.", "Thursday", "DATE", "2026-02-05"},
		{"possessive planned, suspended", sat, "Thursday's planned strike was suspended.", "Thursday", "DATE", "2026-02-05"},
		{"due on, postponed", thu, "The talks due on Tuesday have been postponed.", "Tuesday", "DATE", "2026-02-03"},
		{"planned for, went ahead", fri, "A rally planned for Thursday drew thousands.", "Thursday", "DATE", "2026-01-29"},
		{"planned noun phrase, cancelled", sat, "A planned visit to a car plant on Sunday has been cancelled because of a typhoon warning.", "Sunday", "DATE", "2026-02-01"},
		{"cancelled a planned visit on a day", wed, "The minister cancelled a planned visit to the port on Tuesday after storms grounded flights.", "Tuesday", "DATE", "2026-01-27"},
		{"planned noun phrase as object of a past verb", thu, "The minister cancelled a planned visit to the port on Tuesday after gales closed the harbour.", "Tuesday", "DATE", "2026-01-27"},
		{"upcoming", fri, "Opposition leaders attacked the upcoming vote on Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"pencilled in, not yet confirmed", mon, "A second day of action, pencilled in for Thursday, has not yet been confirmed.", "Thursday", "DATE", "2026-01-29"},
		{"booked for", wed, "Her campaign has booked a hall in the city for Monday.", "Monday", "DATE", "2026-02-02"},
		{"summoned to a place for talks", thu, "Delegations have been summoned to Geneva for talks on Monday.", "Monday", "DATE", "2026-02-02"},
		{"stay closed", sun, "The storm hit the coast on Friday night. Schools will stay closed on Monday.", "Monday", "DATE", "2026-02-02"},
		{"cancelled possessive event", tue, "Organisers have cancelled Friday's concert because of the forecast.", "Friday", "DATE", "2026-01-30"},
		{"cut short possessive event", sat, "The band were forced to cut short Thursday night's show in Leeds.", "Thursday night", "TIME", "2026-01-29TNI"},
		{"tickets for", fri, "Tickets for Saturday's game went on sale on Thursday.", "Saturday", "DATE", "2026-01-31"},
		{"originally planned, day passed", sat, "The launch, originally planned for Friday, was pushed back to Monday because of high winds.", "Friday", "DATE", "2026-01-30"},
		{"initially scheduled, day ahead", fri, "Sentencing, initially scheduled for Monday, has been delayed until April.", "Monday", "DATE", "2026-02-02"},
		{"recalled for", fri, "Parliament has been recalled for Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"called for", fri, "A national strike has been called for Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"rescheduled for", fri, "The vote has been rescheduled for Tuesday.", "Tuesday", "DATE", "2026-02-03"},
		{"set to lapse", thu, "The order, signed last year, is set to lapse at midnight on Friday.", "Friday", "DATE", "2026-01-30"},

		// Non-finite and relative clauses that look ahead.
		{"relative that + present", tue, "The White House announced tariffs that take effect on Monday.", "Monday", "DATE", "2026-02-02"},
		{"relative which + present", tue, "The tariffs, which take effect on Monday, were announced by the White House.", "Monday", "DATE", "2026-02-02"},
		{"invited to talks", fri, "Unions were invited to talks on Thursday, the ministry said.", "Thursday", "DATE", "2026-02-05"},
		{"plans to", fri, "She plans to travel to Rome on Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"intends to", sat, "The government intends to publish the bill on Friday.", "Friday", "DATE", "2026-02-06"},
		{"noun plans are no verb", wed, "Mr Kennedy held talks with the prime minister on Tuesday over government plans to detain suspects.", "Tuesday", "DATE", "2026-01-27"},
		{"object complement", fri, "The programme will see him received by the king on Tuesday morning.", "Tuesday morning", "TIME", "2026-02-03TMO"},
		{"gerund after future", mon, "The minister will hold talks in Paris on Thursday, before meeting union leaders on Friday morning, his office said.", "Friday morning", "TIME", "2026-01-30TMO"},
		{"gerund after future, next week", fri, "The minister will hold talks in Paris on Monday, before meeting union leaders on Thursday, his office said.", "Thursday", "DATE", "2026-02-05"},
		{"gerund subject is finite", wed, "Gains may follow when trading resumes in New York on Tuesday, analysts said.", "Tuesday", "DATE", "2026-02-03"},
		{"told to report", fri, "The players have been told to report for training on Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"ordered until", fri, "Shops were ordered to close until Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"asked by", fri, "Ministers were asked to submit their plans by Thursday.", "Thursday", "DATE", "2026-02-05"},
		{"to a noun is no infinitive", wed, "The dollar slid to a record high against the euro on Friday.", "Friday", "DATE", "2026-01-23"},
		{"ahead of", sat, "Analysts expect the shares to rise ahead of Friday's announcement.", "Friday", "DATE", "2026-02-06"},
		{"ahead of after pluperfect", sat, "The economists had forecast strong growth ahead of Friday's announcement.", "Friday", "DATE", "2026-01-30"},

		// Conditions on a future.
		{"unless after would", tue, "The union said the strike would go ahead unless a new offer was made by Wednesday evening.", "Wednesday evening", "TIME", "2026-01-28TEV"},
		{"counterfactual if", wed, "The manager would have been sacked if the board had met on Monday.", "Monday", "DATE", "2026-01-26"},

		// Months something was put off to.
		{"put back to a month", thu, "Her visit to Washington, originally planned for next week, has been put back to March.", "March", "DATE", "2026-03"},
		{"put off in a pluperfect story", wed, "Many had expected shoppers to put off buying presents until December.", "December", "DATE", "2025-12"},

		// Commands in quotes.
		{"imperative in quote", wed, "“Ask me on Thursday,” he said.", "Thursday", "DATE", "2026-01-29"},
		{"imperative told", thu, "“Call me on Monday,” she told him.", "Monday", "DATE", "2026-02-02"},

		// A fronted day dates the report that follows.
		{"fronted said would", tue, "On Monday, she said the company would cut 300 jobs.", "Monday", "DATE", "2026-01-26"},
		{"fronted said will", sun, "On Thursday, the regulator said it will publish its findings.", "Thursday", "DATE", "2026-01-29"},
		{"participle fronted", wed, "Speaking on Monday, she said the company would cut jobs.", "Monday", "DATE", "2026-01-26"},
		{"participle fronted future", wed, "Speaking on Friday, she will set out her plans.", "Friday", "DATE", "2026-01-30"},
		{"fronted future", wed, "On Friday, the chancellor will present the budget.", "Friday", "DATE", "2026-01-30"},

		// Weekends.
		{"this weekend ahead of", tue, "Police were deployed on Monday ahead of protests this weekend.", "this weekend", "DATE", "2026-W05-WE"},
		{"this weekend pluperfect", tue, "Organisers said tickets had sold out for the concert this weekend.", "this weekend", "DATE", "2026-W05-WE"},
		{"this weekend cancelled", thu, "Police have banned a march that was due to take place this weekend.", "this weekend", "DATE", "2026-W05-WE"},
		{"this weekend past", wed, "This weekend's top films took $125m at the box office.", "This weekend's", "DATE", "2026-W04-WE"},
		{"earlier this weekend", mon, "He was criticised for remarks he made earlier this weekend.", "earlier this weekend", "DATE", "2026-W04-WE"},
		{"this weekend on Saturday", sat, "Talks to avert the strike will take place this weekend.", "this weekend", "DATE", "2026-W05-WE"},
		{"next weekend on Saturday", sat, "The two sides will meet again next weekend.", "next weekend", "DATE", "2026-W06-WE"},
		{"next weekend on Sunday", sun, "The two sides will meet again next weekend.", "next weekend", "DATE", "2026-W06-WE"},
		{"next weekend on Tuesday", tue, "The two sides will meet again next weekend.", "next weekend", "DATE", "2026-W05-WE"},
		{"the following weekend", tue, "The festival will run the following weekend.", "the following weekend", "DATE", "2026-W06-WE"},
		{"the following weekend after a weekday", sun, "The festival, which opened on Friday, runs until Tuesday. Organisers hope to add a day the following weekend.", "the following weekend", "DATE", "2026-W06-WE"},
		{"the following weekend after a weekend", tue, "Fans are expected at the concert this weekend. Speaking on Monday, the promoter said it would return the following weekend.", "the following weekend", "DATE", "2026-W06-WE"},
		{"the following weekend after a date", mon, "The fair opens on 14 February and closes the following weekend.", "the following weekend", "DATE", "2026-W08-WE"},

		// Generic weekdays.
		{"on a weekday", wed, "Burglaries peak at 3am on a Tuesday.", "Tuesday", "DATE", "XXXX-WXX-2"},
		{"clock on a weekday", wed, "Burglaries peak at 3am on a Tuesday.", "3am", "TIME", "XXXX-WXX-2T03:00"},
		{"typical weekday", thu, "It was a typical November Saturday in the market town.", "Saturday", "DATE", "XXXX-WXX-6"},
		{"generic part of day", wed, "He used to preach on a Friday night in the square.", "Friday night", "TIME", "XXXX-WXX-5TNI"},
		{"any given", sun, "Most shoppers visit the market on any given Sunday.", "Sunday", "DATE", "XXXX-WXX-7"},
		{"weekday plural part of day", wed, "The market is busiest on Friday nights.", "Friday nights", "SET", "XXXX-WXX-5TNI"},
		{"every weekday part of day", wed, "Protesters gather every Friday night outside the embassy.", "every Friday night", "SET", "XXXX-WXX-5TNI"},
		{"every weekend", wed, "Protesters have gathered every weekend since the election.", "every weekend", "SET", "XXXX-WXX-WE"},
		{"article before a noun", tue, "Shares fell 3% during a press call Monday.", "Monday", "DATE", "2026-01-26"},
		{"article after to", fri, "He pleaded guilty to a fraud charge Thursday.", "Thursday", "DATE", "2026-01-29"},

		// Clock times take the day of the sentence or the one before, or a day
		// of the publication week named earlier.
		{"clock after tomorrow", fri, "The final is tomorrow. Kick-off is at 8pm local time.", "8pm local time", "TIME", "2026-01-31T20:00"},
		{"clock after weekday", wed, "The cup final will be played on Sunday, with kick-off at 3pm.", "3pm", "TIME", "2026-02-01T15:00"},
		{"clock after attributive date", wed, "Flights resumed after the 9 January storm. The airport reopened at 6am.", "6am", "TIME", "2026-01-28T06:00"},
		{"clock two sentences on", fri, "The final is tomorrow. Fans are travelling. Police are ready. Kick-off is at 8pm.", "8pm", "TIME", "2026-01-31T20:00"},
		{"clock far from an old date", fri, "The club was founded on 3 March 1904. " + strings.Repeat("Its fans are loyal and its ground is old. ", 20) + "Kick-off is at 8pm.", "8pm", "TIME", "2026-01-30T20:00"},
		{"clock far from a day this week", fri, "The final is tomorrow. " + strings.Repeat("Its fans are loyal and its ground is old. ", 20) + "Kick-off is at 8pm.", "8pm", "TIME", "2026-01-31T20:00"},

		{"clock before bracket and day", wed, "The match kicks off at 20:00 local time (19:00 GMT) on Saturday.", "20:00 local time", "TIME", "2026-01-31T20:00"},
		{"clock range before day", wed, "The museum is open from 10am until 4pm on Saturday.", "10am", "TIME", "2026-01-31T10:00"},
		{"clock before a date", wed, "The new currency will be launched at midnight on 1 February.", "midnight", "TIME", "2026-02-01T24:00"},
		{"clock, zone words, bare day", sat, "Polls close at 8 p.m. Eastern time Tuesday.", "8 p.m.", "TIME", "2026-02-03T20:00"},
		{"clock tonight after a day", wed, "The vote was held on Monday. The result is due at 10pm tonight.", "10pm", "TIME", "2026-01-28T22:00"},
		{"clock day after a verb", wed, "The siege began at 3am and lasted until police arrived on Monday.", "3am", "TIME", "2026-01-28T03:00"},

		// Year ends.
		{"lapses at the end of the year", wed, "The tax break, introduced in 2020, lapses at the end of the year.", "the end of the year", "DATE", "2026"},
		{"extended until the end of the year", wed, "The government extended the scheme until the end of the year.", "the end of the year", "DATE", "2026"},
		{"expired at the end of the year", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "The scheme expired at the end of the year.", "the end of the year", "DATE", "2025"},
		{"expected to, pronoun", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "The company said it expected to complete the deal by the end of the year.", "the end of the year", "DATE", "2026"},
		{"pledged to, by the end of the year", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "Ministers pledged last week to hit the target by the end of the year.", "the end of the year", "DATE", "2026"},
		{"had promised, by the end of the year", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "The government had promised to cut waiting lists by the end of the year.", "the end of the year", "DATE", "2025"},
		{"by year-end", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "The company expects to complete the deal by year-end.", "year-end", "DATE", "2026"},
		{"forecast for year-end", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "The bank cut its forecast for year-end inflation.", "year-end", "DATE", "2026"},
		{"past year-end", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "Sales slumped at year-end.", "year-end", "DATE", "2025"},
		{"suspended until the end of the year", sun, "The athlete was suspended from competition until the end of the year.", "the end of the year", "DATE", "2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tag(tt.sentence, tt.dct)
			checkOffsets(t, tt.sentence, got)
			for _, x := range got {
				if x.Text == tt.text {
					if x.Type != tt.typ || x.Value != tt.val {
						t.Errorf("Tag(%q) %s: %q = %s %s, want %s %s", tt.sentence, tt.dct.Weekday(), tt.text, x.Type, x.Value, tt.typ, tt.val)
					}
					return
				}
			}
			t.Errorf("Tag(%q): %q not found in %+v", tt.sentence, tt.text, got)
		})
	}
}

// "later on Friday" is the day, not a FUTURE_REF beside it.
func TestLaterOnDay(t *testing.T) {
	got := Tag("MPs could vote on the amendment later on Tuesday.", tue)
	if len(got) != 1 || got[0].Text != "Tuesday" || got[0].Value != "2026-01-27" {
		t.Errorf("got %+v, want only Tuesday 2026-01-27", got)
	}
}
