package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

// TestFreshWireSeven runs the people finder and the date tagger on
// sentences in the style of the wire copy of the seventh round of first
// looks: teams as travellers, talks with their day between place and
// partner, a gathering attended by someone, a plan's mooting date, and a
// meeting's day that dates the stop before ", where".
func TestFreshWireSeven(t *testing.T) {
	pub := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"a country's squad travels under its country's name",
			"Australia's Test squad flew to Colombo on Friday, coach Andrew McDonald said.",
			[]want{{"Australia", "Colombo", "Sri Lanka", "2026-03-06", "", newsbot.StatusDone, nil}}},
		{"the X squad, scheduled",
			"The England squad will fly to Perth on Sunday, captain Ben Stokes said.",
			[]want{{"England", "Perth", "Australia", "2026-03-15", "", newsbot.StatusScheduled, nil}}},
		{"a club of two words",
			"Manchester United's squad flew to Madrid on Monday, coach Ruben Amorim said.",
			[]want{{"Manchester United", "Madrid", "Spain", "2026-03-09", "", newsbot.StatusDone, nil}}},
		{"his squad has no name to travel under",
			"His squad flew to Colombo on Friday, coach Andrew McDonald said.",
			nil},
		{"talks in a place on a day with someone",
			"The chancellor, Rachel Reeves, will spend two days in the north this week, starting with talks in Manchester on Wednesday with the city's mayor, Andy Burnham.",
			[]want{{"Rachel Reeves", "Manchester", "United Kingdom", "2026-03-11", "", newsbot.StatusScheduled, []string{"Andy Burnham"}}}},
		{"the summit told before is attended by someone",
			"Chancellor Rachel Reeves will travel to Leeds on Wednesday for a regional investment summit. The summit will also be attended by the transport secretary, Heidi Alexander.",
			[]want{
				{"Rachel Reeves", "Leeds", "United Kingdom", "2026-03-11", "", newsbot.StatusScheduled, nil},
				{"Heidi Alexander", "Leeds", "United Kingdom", "2026-03-11", "", newsbot.StatusScheduled, nil}}},
		{"a summit never told is no place to attend",
			"The summit will also be attended by the transport secretary, Heidi Alexander.",
			nil},
		{"a meeting's day after ', where' dates the stop after 'before'",
			"President Emmanuel Macron will hold talks with President Prabowo Subianto in Jakarta on Thursday before flying to Canberra, where he is due to meet Prime Minister Anthony Albanese on Saturday.",
			[]want{
				{"Emmanuel Macron", "Canberra", "Australia", "2026-03-14", "", newsbot.StatusScheduled, []string{"Anthony Albanese"}},
				{"Emmanuel Macron", "Jakarta", "Indonesia", "2026-03-12", "", newsbot.StatusScheduled, []string{"Prabowo Subianto"}}}},
		{"the year a trip was mooted is not its date",
			"President Emmanuel Macron will fly to Canberra on Saturday. The trip to Canberra was first mooted last year.",
			[]want{{"Emmanuel Macron", "Canberra", "Australia", "2026-03-14", "", newsbot.StatusScheduled, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Find(tt.text, pub, people.Find(tt.text), timex.Tag(tt.text, pub)), tt.want)
		})
	}
}
