package summaries

import (
	"testing"
	"time"
)

// TestAskRescheduled: a stop called off in the same report that plans a
// new visit to the same place. "Still going?" must say the stop is off and
// what is planned instead, not only "Planned".
func TestAskRescheduled(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask13", true), at("2026-11-17T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "Is Leblanc still going to Quito?", want: []string{"Postponed — ", "Quito", "March"}, not: []string{"Yes — "}, cited: true},
		// A stop with no call-off keeps its plain answer.
		{question: "Is Leblanc still going to La Paz?", want: []string{"Planned — "}, not: []string{"Postponed"}, cited: true},
	})
}
