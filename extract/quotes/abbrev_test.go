package quotes

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestAbbreviationInClause covers reported clauses and quotations holding
// an abbreviation with a full stop, which the sentence splitter keeps
// whole: the clause must not be cut there. Each sentence was written for
// this test.
func TestAbbreviationInClause(t *testing.T) {
	tests := []struct {
		name, in   string
		text, spkr string
	}{
		{"Ft.", "Ann Ode said she would visit Ft. Worth next month to meet the mayor.", "she would visit Ft. Worth next month to meet the mayor", "Ann Ode"},
		{"St.", "Tom Reyes said the team would move to St. Louis before the new season.", "the team would move to St. Louis before the new season", "Tom Reyes"},
		{"Mt.", "Ann Ode said the climbers had turned back below the summit of Mt. Everest on Friday.", "the climbers had turned back below the summit of Mt. Everest on Friday", "Ann Ode"},
		{"Gen.", "Tom Reyes said he had spoken to Gen. Smith about the withdrawal.", "he had spoken to Gen. Smith about the withdrawal", "Tom Reyes"},
		{"Dr.", "Ann Ode said the patient had been seen by Dr. Jones within an hour.", "the patient had been seen by Dr. Jones within an hour", "Ann Ode"},
		{"U.S.", "Tom Reyes said U.S. officials had been told of the plan in advance.", "U.S. officials had been told of the plan in advance", "Tom Reyes"},
		{"Jan.", "Ann Ode said the new rules would come into force on Jan. 5 next year.", "the new rules would come into force on Jan. 5 next year", "Ann Ode"},
		{"Sept.", "Tom Reyes said the talks had stalled since Sept. 12 last year.", "the talks had stalled since Sept. 12 last year", "Tom Reyes"},
		{"Corp.", "Ann Ode said Acme Corp. had agreed to pay the fine in full.", "Acme Corp. had agreed to pay the fine in full", "Ann Ode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIndirect(t, tt.in, tt.text, tt.spkr)
		})
	}
}

// TestAbbreviationInQuote covers a direct quotation and its cue around an
// abbreviation: the cue after the quotation sits in the same sentence.
func TestAbbreviationInQuote(t *testing.T) {
	tests := []struct {
		name, in   string
		text, spkr string
	}{
		{"Ft. in quote", "“We will be in Ft. Worth by Friday,” Ann Ode said.", "We will be in Ft. Worth by Friday,", "Ann Ode"},
		{"Mt. in quote", "“Nobody climbs Mt. Everest alone,” Tom Reyes said.", "Nobody climbs Mt. Everest alone,", "Tom Reyes"},
		{"U.S. before cue", "Ann Ode, who met U.S. officials on Monday, said: “The deal is done.”", "The deal is done.", "Ann Ode"},
		{"Ft. before quote", "Tom Reyes, speaking in Ft. Worth, said the deal was “dead and buried”.", "dead and buried", "Tom Reyes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Located
			for _, q := range find(tt.in) {
				if q.Kind != newsbot.KindIndirect {
					got = append(got, q)
				}
			}
			if len(got) != 1 || got[0].Text != tt.text || got[0].Speaker != tt.spkr {
				t.Fatalf("got %s, want %q by %q", dump(got), tt.text, tt.spkr)
			}
		})
	}
}
