package quotes

import "testing"

// TestToldHearer covers reported speech to a hearer that is a body, a
// proceeding or an audience ("told the inquiry", "told MPs", "told the
// rally"), with and without "that", and "testified": each sentence was
// written for this test.
func TestToldHearer(t *testing.T) {
	tests := []struct {
		name, in string
		text     string // "" when no indirect quotation may be found
		speaker  string
	}{
		{"told the hearing that", "Former health minister Ann Ode told the hearing that the warnings had been ignored for months.", "the warnings had been ignored for months", "Ann Ode"},
		{"told a named committee on a day that", "Ann Ode told the Home Affairs Committee on Tuesday that the warnings had been ignored.", "the warnings had been ignored", "Ann Ode"},
		{"told a rally with place and time that", "Senator Tom Reyes told a packed rally in Ohio on Saturday night that the election had been stolen.", "the election had been stolen", "Tom Reyes"},
		{"told the inquiry, which ..., that", "Ann Ode told the inquiry, which is examining the response to the floods, that the warnings had been ignored.", "the warnings had been ignored", "Ann Ode"},
		{"told the hearing without that", "Ann Ode told the hearing the warnings had been ignored for months.", "the warnings had been ignored for months", "Ann Ode"},
		{"told the court without that", "Ann Ode told the court she had never met the defendant before the trial.", "she had never met the defendant before the trial", "Ann Ode"},
		{"told lawmakers without that", "Finance Minister Tom Reyes told lawmakers the budget would be balanced by 2028.", "the budget would be balanced by 2028", "Tom Reyes"},
		{"told MPs without that", "Ann Ode told MPs there was no money left for new hospitals.", "there was no money left for new hospitals", "Ann Ode"},
		{"told delegates without that", "Ann Ode told delegates the party must unite before the election.", "the party must unite before the election", "Ann Ode"},
		{"testified that", "Ann Ode testified that the warnings had been ignored for months.", "the warnings had been ignored for months", "Ann Ode"},
		{"testified before a body that", "Ann Ode testified before Congress that the warnings had been ignored for months.", "the warnings had been ignored for months", "Ann Ode"},

		{"told a named outlet without that", "First Minister Tom Reyes told BBC Wales he had agreed with Ms Ode in 2023 that she would stand down.", "he had agreed with Ms Ode in 2023 that she would stand down", "Tom Reyes"},
		{"told the named paper without that", "Ann Ode told the Financial Times the deal was dead and buried.", "the deal was dead and buried", "Ann Ode"},

		// What is told is a story or a thing, not a clause.
		{"told the story", "Ann Ode told the jury the story of her escape from the burning flat.", "", ""},
		{"told the crowd a joke", "Tom Reyes told the crowd a joke about the weather in Leeds.", "", ""},
		{"told reporters about", "Tom Reyes told reporters on the plane about his plans for the summer.", "", ""},
		{"told the committee goodbye", "Ann Ode told the committee nothing new about the missing files.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIndirect(t, tt.in, tt.text, tt.speaker)
		})
	}
}

// TestToldHearerCue: the cue keeps the hearer, cut at a noun.
func TestToldHearerCue(t *testing.T) {
	tests := []struct{ in, cue string }{
		{"“The warnings were ignored,” Ann Ode told the annual conference of the Royal College of Nursing.", "told the annual conference"},
		{"“We will win,” Tom Reyes told a cheering crowd of 5,000 supporters.", "told a cheering crowd"},
		{"“It is over,” she told reporters in Brussels.", "told reporters in Brussels"},
		{"“The warnings were ignored,” Ann Ode told the inquiry.", "told the inquiry"},
		{"“The warnings were ignored,” Ann Ode testified before Congress.", "testified before Congress"},
	}
	for _, tt := range tests {
		got := find(tt.in)
		if len(got) != 1 || got[0].Cue != tt.cue {
			t.Errorf("%q: got %s, want cue %q", tt.in, dump(got), tt.cue)
		}
	}
}
