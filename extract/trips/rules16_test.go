package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Fresh sentences published Wednesday 10 March 2027 (Monday 8 and
// Tuesday 9 behind, Friday 12 and Monday 15 ahead).

// TestFreshKindBeforeName16: a city named right after its kind, "the
// Chadian capital N'Djamena", "the commercial capital, Blantyre"; a
// nationality that does not fit the name reads nothing.
func TestFreshKindBeforeName16(t *testing.T) {
	runWireCases(t, []wireCase{
		{"demonym capital then an apostrophe name", "2027-03-10",
			"Kenyan Foreign Minister Amina Wekesa arrived in the Chadian capital N'Djamena on Tuesday for two days of talks.",
			[]want{{"Amina Wekesa", "N'Djamena", "Chad", "2027-03-09", "", newsbot.StatusDone, nil}}},
		{"demonym capital, comma, name", "2027-03-10",
			"Senator Paul Lindqvist flew into the Ukrainian capital, Kyiv, on Monday.",
			[]want{{"Paul Lindqvist", "Kyiv", "Ukraine", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"adjective capital before a rally", "2027-03-10",
			"President Otieno Mwangi held a rally in the commercial capital Mombasa on Tuesday attended by thousands.",
			[]want{{"Otieno Mwangi", "Mombasa", "Kenya", "2027-03-09", "", newsbot.StatusDone, nil}}},
		{"plain capital before a future visit", "2027-03-10",
			"Irish President Niamh Costello will travel to the capital Yamoussoukro on Friday.",
			[]want{{"Niamh Costello", "Yamoussoukro", "Ivory Coast", "2027-03-12", "", newsbot.StatusScheduled, nil}}},
		{"a nationality that does not fit the name", "2027-03-10",
			"Irish President Niamh Costello arrived in the Kenyan capital Kampala on Tuesday.",
			nil},
		{"a kind with no name after it", "2027-03-10",
			"Irish President Niamh Costello arrived in the Ivorian capital on Tuesday.",
			nil},
	})
}

// TestFreshCampaignStops16: campaigning or addressing an audience at a
// place is a stop, in a sentence with no other cue word; a campaign
// noun, an address to concerns or a campaign by nobody named is none.
func TestFreshCampaignStops16(t *testing.T) {
	runWireCases(t, []wireCase{
		{"will address supporters in a city", "2027-03-10",
			"President Otieno Mwangi will address supporters in Eldoret on Saturday.",
			[]want{{"Otieno Mwangi", "Eldoret", "Kenya", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"addressed workers at a factory in a city", "2027-03-10",
			"Labour deputy Sara Quinn addressed workers at a factory in Sheffield on Tuesday.",
			[]want{{"Sara Quinn", "Sheffield", "United Kingdom", "2027-03-09", "", newsbot.StatusDone, nil}}},
		{"will campaign in a city", "2027-03-10",
			"Governor Paul Mbeki will campaign in Nakuru on Saturday.",
			[]want{{"Paul Mbeki", "Nakuru", "Kenya", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"running mate campaigns in a town the gazetteer lacks, the same day", "2027-03-10",
			"Opposition leader Ruth Achieng will spend Saturday in Nakuru, her campaign said. Her running mate, Daniel Kiprop, will campaign in Olkalou the same day.",
			[]want{
				{"Ruth Achieng", "Nakuru", "Kenya", "2027-03-13", "", newsbot.StatusScheduled, nil},
				{"Daniel Kiprop", "Olkalou", "", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"two named candidates both end their campaigns", "2027-03-10",
			"Ruth Achieng and Otieno Mwangi will both end their campaigns in Nairobi on Sunday.",
			[]want{
				{"Ruth Achieng", "Nairobi", "Kenya", "2027-03-14", "", newsbot.StatusScheduled, nil},
				{"Otieno Mwangi", "Nairobi", "Kenya", "2027-03-14", "", newsbot.StatusScheduled, nil}}},
		{"wraps up her campaign", "2027-03-10",
			"The prime minister, Ines Varga, will wrap up her campaign in Debrecen on Sunday.",
			[]want{{"Ines Varga", "Debrecen", "Hungary", "2027-03-14", "", newsbot.StatusScheduled, nil}}},
		{"a campaign noun is no stop", "2027-03-10",
			"Governor Paul Mbeki said his campaign in Nakuru had raised money.",
			nil},
		{"addressing concerns is no stop", "2027-03-10",
			"Governor Paul Mbeki will address concerns in Nakuru about water.",
			nil},
		{"a campaign by a group is nobody's stop", "2027-03-10",
			"Activists will campaign in Nakuru on Saturday, Governor Paul Mbeki said.",
			nil},
		{"a campaign in a town with no day is not read", "2027-03-10",
			"Governor Paul Mbeki will campaign in Olkalou for the party.",
			nil},
	})
}
