package timex

import (
	"testing"
	"time"
)

// TestThisWeekByPublicationDay: "this week" is the dct's ISO week, except
// that a Sunday paper looking ahead ("will meet this week", "later this
// week") means the coming Monday to Sunday; in the past it is the week just
// ending, on every day.
func TestThisWeekByPublicationDay(t *testing.T) {
	days := []time.Time{mon, tue, wed, thu, fri, sat, sun}
	tests := []struct {
		name     string
		sentence string
		text     string
		want     func(d time.Time) string // value for dct d
	}{
		{"future will", "The prime minister will travel to Brussels this week for talks on the budget.", "this week", aheadOnSunday},
		{"future expected to", "Ministers are expected to publish the draft bill this week.", "this week", aheadOnSunday},
		{"future due to", "The jury is due to begin its deliberations this week, the court heard.", "this week", aheadOnSunday},
		{"later this week", "The committee will vote on the amendments later this week.", "later this week", aheadOnSunday},
		{"present scheduled", "The murder trial resumes at the Old Bailey this week.", "this week", aheadOnSunday},
		{"present progressive", "The foreign secretary is travelling to Beijing this week for trade talks.", "this week", aheadOnSunday},
		{"possessive noun phrase", "This week's summit in Brussels will focus on defence spending.", "This week", aheadOnSunday},
		{"past", "The central bank cut interest rates this week, surprising markets.", "this week", sameWeek},
		{"present perfect", "Hundreds of flights have been cancelled this week because of the strike.", "this week", sameWeek},
		{"earlier this week", "The minister resigned earlier this week after a row over expenses.", "earlier this week", sameWeek},
		{"said earlier this week it will", "The company said earlier this week that it will cut 300 jobs.", "earlier this week", sameWeek},
	}
	for _, tt := range tests {
		for _, d := range days {
			t.Run(tt.name+"/"+d.Weekday().String(), func(t *testing.T) {
				want := tt.want(d)
				for _, x := range Tag(tt.sentence, d) {
					if x.Text == tt.text {
						if x.Value != want {
							t.Errorf("Tag(%q) on %s: %q = %s, want %s", tt.sentence, d.Weekday(), tt.text, x.Value, want)
						}
						return
					}
				}
				t.Errorf("Tag(%q): %q not found", tt.sentence, tt.text)
			})
		}
	}
}

func sameWeek(d time.Time) string { return weekVal(d) }

func aheadOnSunday(d time.Time) string {
	if d.Weekday() == time.Sunday {
		return weekVal(d.AddDate(0, 0, 1))
	}
	return weekVal(d)
}
