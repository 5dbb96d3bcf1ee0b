package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestNamesakeOfTheDatelineCountry: a bare town name with a namesake in the
// dateline's country is that one, unless the story names the other
// namesake's country.
func TestNamesakeOfTheDatelineCountry(t *testing.T) {
	runWireCases(t, []wireCase{
		{"Tasmanian tour", "2026-11-21",
			"HOBART, Australia — The Tasmanian premier, Nadia Kerr, will tour the north-west this week.\n\nShe flies to Queenstown on the West Coast on Monday to meet mine workers.",
			[]want{{"Nadia Kerr", "Queenstown", "Australia", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
		{"New Zealand story", "2026-11-21",
			"WELLINGTON, New Zealand — The tourism minister, Ana Reti, will fly to Queenstown on Monday.",
			[]want{{"Ana Reti", "Queenstown", "New Zealand", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
		{"the other country named", "2026-11-21",
			"HOBART, Australia — The Tasmanian premier, Nadia Kerr, will fly to New Zealand on Sunday.\n\nShe will visit Queenstown on Monday to study its tourism levy.",
			[]want{{"Nadia Kerr", "New Zealand", "New Zealand", "2026-11-22", "", newsbot.StatusScheduled, nil},
				{"Nadia Kerr", "Queenstown", "New Zealand", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
	})
}
