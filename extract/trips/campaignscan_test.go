package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestCampaignStopBesideScanHits: a campaign stop is read in a sentence
// where the quick scan saw a cue that the tokens then ruled out. The scan
// stops at its first hit, and common words ("much", "seven", "slowly")
// share a cue's slot of its table, so such sentences lost the stop.
func TestCampaignStopBesideScanHits(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a common word shares a cue's slot", "2027-03-10",
			"Governor Paul Mbeki will campaign in Nakuru on Saturday with seven MPs.",
			[]want{{"Paul Mbeki", "Nakuru", "Kenya", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"another after the place", "2027-03-10",
			"Governor Paul Mbeki will campaign in Nakuru on Saturday, much to the anger of his rivals.",
			[]want{{"Paul Mbeki", "Nakuru", "Kenya", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"an address to supporters beside one", "2027-03-10",
			"President Otieno Mwangi will address supporters in Eldoret on Saturday as polls tighten.",
			[]want{{"Otieno Mwangi", "Eldoret", "Kenya", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"still no stop for a campaign noun", "2027-03-10",
			"Governor Paul Mbeki said his campaign in Nakuru had raised much more money than seven rivals.",
			nil},
	})
}
