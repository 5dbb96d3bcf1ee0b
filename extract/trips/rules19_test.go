package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Session 12 classes, found on real copy (the BBC halves D, open now,
// and E) and written here as fresh sentences published Wednesday 10
// March 2027 (Monday 8 and Tuesday 9 behind, Friday 12 and Monday 15
// ahead).

// TestFreshContinentVisit19: a visit or a flight to a continent or world
// region is a leg there when no stop of it is told (a tour's already
// was); stops told in the sentence or the next few make the itinerary.
func TestFreshContinentVisit19(t *testing.T) {
	runWireCases(t, []wireCase{
		{"visit as a verb's object, a time between", "2027-03-10",
			"Chancellor Mark Hale has toured Scotland to sell his budget and will next week visit Asia on the same errand.",
			[]want{
				{"Mark Hale", "Scotland", "United Kingdom", "", "", newsbot.StatusDone, nil},
				{"Mark Hale", "Asia", "", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"a two-word region", "2027-03-10",
			"Trade minister Sofia Lind will visit South America next month.",
			[]want{{"Sofia Lind", "South America", "", "2027-04", "", newsbot.StatusScheduled, nil}}},
		{"flew to, with the article", "2027-03-10",
			"Envoy Peter Cole flew to the Middle East on Monday.",
			[]want{{"Peter Cole", "Middle East", "", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a stop in the same sentence is the itinerary", "2027-03-10",
			"Envoy Peter Cole will travel to Africa next week and meet leaders in Nairobi.",
			[]want{{"Peter Cole", "Nairobi", "Kenya", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"stops in the next sentence are the itinerary", "2027-03-10",
			"Envoy Peter Cole will visit Europe next week. He will hold talks in Vienna on Tuesday.",
			[]want{{"Peter Cole", "Vienna", "Austria", "2027-03-16", "", newsbot.StatusScheduled, nil}}},
		{"a continent in another sense is no destination", "2027-03-10",
			"Envoy Peter Cole will visit Africa House in London on Friday.",
			[]want{{"Peter Cole", "London", "United Kingdom", "2027-03-12", "", newsbot.StatusScheduled, nil}}},
	})
}
