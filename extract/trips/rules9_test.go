package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestRegionQualifiesCity: a province or state after a city names where
// the city is; it is not a second stop.
func TestRegionQualifiesCity(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a province after the city", "2026-04-06",
			"German Chancellor Friedrich Merz will visit Windsor, Ontario, on Thursday to tour a battery plant.",
			[]want{{"Friedrich Merz", "Windsor", "Canada", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"a state between two listed towns", "2026-04-06",
			"German Chancellor Friedrich Merz will visit Austin, Texas, and Denver on Thursday.",
			[]want{
				{"Friedrich Merz", "Austin", "United States", "2026-04-09", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Denver", "United States", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
	})
}
