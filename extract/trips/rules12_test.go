package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Published Wednesday 8 April 2026 throughout.

// TestSameDayFuture: a trip later on the day of the paper is scheduled.
func TestSameDayFuture(t *testing.T) {
	runWireCases(t, []wireCase{
		{"will land this evening", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will land in Hanoi this evening for a two-day visit.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusScheduled, nil}}},
		{"flies out tonight", "2026-04-08",
			"Japanese Prime Minister Kenji Sato flies out to Hanoi tonight, his office said.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusScheduled, nil}}},
		{"is due to arrive later today", "2026-04-08",
			"Japanese Prime Minister Kenji Sato is due to arrive in Hanoi later today.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusScheduled, nil}}},
		{"arrived this morning is under way", "2026-04-08",
			"Japanese Prime Minister Kenji Sato arrived in Hanoi this morning.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-08", "", newsbot.StatusUnderway, nil}}},
	})
}
