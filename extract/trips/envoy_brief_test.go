package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestEnvoyBriefsBody: "The envoy ... is scheduled to brief the Security
// Council in New York" is the envoy's stop, not that of the minister the
// sentence before names as the envoy's counterpart.
func TestEnvoyBriefsBody(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a described subject briefing a body after a counterpart is named", "2027-03-10",
			"UN special envoy Ana Lindqvist flew to Nairobi on Monday for talks with Kenyan Foreign Minister Peter Mwangi. " +
				"The envoy is then due back in Vienna next week and is scheduled to brief the UN Security Council in New York on March 23.",
			[]want{
				{"Ana Lindqvist", "Nairobi", "Kenya", "2027-03-08", "", newsbot.StatusDone, []string{"Peter Mwangi"}},
				{"Ana Lindqvist", "New York", "United States", "2027-03-23", "", newsbot.StatusScheduled, nil}}},
		{"the same after a paragraph on a dropped stop and a spokeswoman", "2027-03-10",
			"UN special envoy Ana Lindqvist will travel to Kisumu on Friday to meet fishing cooperatives, before flying to Kampala on Saturday for talks with Ugandan Foreign Minister Peter Mwangi.\n\n" +
				"A planned stop in Arusha, where the envoy had been due to brief Tanzanian officials, has been dropped, a UN spokeswoman in Vienna said. She said the briefing would take place \"by video link\".\n\n" +
				"The envoy is then due back in Vienna next week and is scheduled to brief the UN Security Council in New York on March 23.",
			[]want{
				{"Ana Lindqvist", "Kisumu", "Kenya", "2027-03-12", "", newsbot.StatusScheduled, nil},
				{"Ana Lindqvist", "Kampala", "Uganda", "2027-03-13", "", newsbot.StatusScheduled, []string{"Peter Mwangi"}},
				{"Ana Lindqvist", "Arusha", "Tanzania", "", "", newsbot.StatusCancelled, nil},
				{"Ana Lindqvist", "New York", "United States", "2027-03-23", "", newsbot.StatusScheduled, nil}}},
	})
}
