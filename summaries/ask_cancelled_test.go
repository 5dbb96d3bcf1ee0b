package summaries

import "testing"

func TestCancelledSentence(t *testing.T) {
	tests := []struct {
		text, surname, place string
		want                 bool
	}{
		{"A planned visit to Vilnius next week by Portuguese President Rui Ferreira has been called off after the government collapsed.", "Ferreira", "Vilnius", true},
		{"Ferreira's trip to Oslo was postponed until the spring.", "Ferreira", "Oslo", true},
		{"She has cancelled the Lisbon leg of her tour.", "Ferreira", "Lisbon", true},
		{"The Doha stop has been removed from the programme, Novak's office said.", "Novak", "Doha", true},
		{"Opposition MPs urged Ferreira to call off his visit to Vilnius.", "Ferreira", "Vilnius", false},
		{"Ferreira's visit to Vilnius could be postponed if the crisis deepens.", "Ferreira", "Vilnius", false},
		{"Ferreira said there were no plans to cancel the visit to Vilnius.", "Ferreira", "Vilnius", false},
		{"Unions in Vilnius called off Friday's strike as Ferreira arrived.", "Ferreira", "Vilnius", false}, // no visit called off
		{"A visit to Vilnius by the Latvian president was called off.", "Ferreira", "Vilnius", false},       // someone else's
		{"Ferreira's visit to Riga was called off.", "Ferreira", "Vilnius", false},
	}
	for _, tt := range tests {
		if got := cancelledSentence(tt.text, tt.surname, tt.place); got != tt.want {
			t.Errorf("cancelledSentence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for in, want := range map[string]string{
		"The visit has been postponed.": "postponed", "The Doha stop was removed from the programme.": "dropped from the programme",
		"Her trip was cancelled.": "cancelled", "The visit was called off.": "called off", "The tour was scrapped.": "scrapped",
	} {
		if got := offVerb(in); got != want {
			t.Errorf("offVerb(%q) = %q, want %q", in, got, want)
		}
	}
}
