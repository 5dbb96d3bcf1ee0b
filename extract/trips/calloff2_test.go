package trips

import "testing"

// TestCallsOff: a call-off flags a visit only when it is about a journey
// or a meeting; contention words about something else in a sentence
// naming the place do not.
func TestCallsOff(t *testing.T) {
	tests := []struct {
		text, place string
		want        bool
	}{
		{"He will return to London on Wednesday instead of flying on to Addis Ababa.", "Addis Ababa", true},
		{"She will fly to Lisbon instead of Madrid.", "Lisbon", false}, // Lisbon is where she goes
		{"The minister has postponed her visit to Lisbon until the spring.", "Lisbon", true},
		{"The Oslo leg of the tour was called off after the storm.", "Oslo", true},
		{"The minister arrived in Oslo on Monday.", "Oslo", false},
		{"Talks were cancelled in Rome last year.", "Oslo", false},
		{"Talks in Vienna set for next Monday were postponed, a diplomat said.", "Vienna", true},
		{"The prime minister will no longer travel to Leeds on Friday.", "Leeds", true},
		{"Ms Price has pulled out of the summit in Geneva.", "Geneva", true},
		{"The developer could abandon the scheme in Leeds if the council refuses planning permission.", "Leeds", false},
		{"Leeds City Council postponed a decision on the stadium's expansion.", "Leeds", false},
		{"The club said it had cancelled season tickets for fans in Leeds; the minister's visit goes ahead.", "Leeds", false},
		{"The government has ruled out a new tax on Leeds businesses.", "Leeds", false},
	}
	for _, tt := range tests {
		if got := CallsOff(tt.text, tt.place); got != tt.want {
			t.Errorf("CallsOff(%q, %q) = %v, want %v", tt.text, tt.place, got, tt.want)
		}
	}
}

// FuzzCallsOff: any sentence and place, no panic.
func FuzzCallsOff(f *testing.F) {
	f.Add("Talks in Vienna were postponed; the visit goes ahead.", "Vienna")
	f.Add("instead of", "")
	f.Fuzz(func(t *testing.T, s, place string) {
		CallsOff(s, place)
	})
}
