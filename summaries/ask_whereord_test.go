package summaries

import "testing"

// TestOrdinalVenueIn: the sentence holds the ordinal and a named place in
// the clause it opens, however long the letters before it lower.
func TestOrdinalVenueIn(t *testing.T) {
	for _, tc := range []struct {
		sentence, ord string
		want          bool
	}{
		{"The series then moves to Grenada for the second match at the National Stadium.", "second", true},
		{"The first match was played in Harare, and the second is in doubt.", "second", false},
		{"The third match, a day-night game, is at Queens Sports Club.", "third", false}, // the place is another clause's
		// Letters whose lower case is longer ("Ⱥ", two bytes lowering to
		// three) or shorter ("İ", two to one) in UTF-8 before the ordinal.
		{"Elders of the ȺȺȺȺȺ ȺȺȺȺ ȺȺȺȺ band said the second one, at Tsawout, would go ahead.", "second", false},
		{"Elders of the ȺȺȺȺ ȺȺȺȺ ȺȺȺȺ ȺȺȺȺ ȺȺȺȺ band in Saanich played the second leg.", "second", false},
		{"After İzmir, İstanbul and İzmit, a second match is at Ankara.", "second", true},
	} {
		if got := ordinalVenueIn(tc.sentence, tc.ord); got != tc.want {
			t.Errorf("ordinalVenueIn(%q, %q) = %v, want %v", tc.sentence, tc.ord, got, tc.want)
		}
	}
}
