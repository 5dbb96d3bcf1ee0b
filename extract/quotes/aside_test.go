package quotes

import "testing"

// TestParticipleAside covers reported speech whose verb follows a
// participle aside after the speaker ("Ann Ode, giving evidence to the
// inquiry, said ..."). Each sentence was written for this test.
func TestParticipleAside(t *testing.T) {
	tests := []struct {
		name, in      string
		text, speaker string // text "" when no indirect quotation may be found
	}{
		{"giving evidence", "Ann Ode, giving evidence to the inquiry, said the warnings had been ignored for months.", "the warnings had been ignored for months", "Ann Ode"},
		{"speaking at a place", "Tom Reyes, speaking at a rally in Leeds on Saturday, said the party would win every seat in the city.", "the party would win every seat in the city", "Tom Reyes"},
		{"appearing before a committee, that", "Finance Minister Tom Reyes, appearing before the budget committee, told MPs that the deficit would fall next year.", "the deficit would fall next year", "Tom Reyes"},
		{"writing in a paper", "Ann Ode, writing in the Sunday Herald, argued that the tax was unfair on pensioners.", "the tax was unfair on pensioners", "Ann Ode"},
		{"aside with abbreviation", "Tom Reyes, speaking in Ft. Worth on Monday, said the plant would close by the end of the year.", "the plant would close by the end of the year", "Tom Reyes"},
		// Nothing reported after the verb.
		{"said nothing", "Ann Ode, speaking to reporters outside the court, said nothing about the verdict.", "", ""},
		// A list, not an aside.
		{"list of names", "Ann Ode, Tom Reyes and Lee Park signed the letter on Monday.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIndirect(t, tt.in, tt.text, tt.speaker)
		})
	}
}
