package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Published Sunday 22 November 2026 unless told.

// TestTitledCoupleTour: a pair of titles sharing one see ("the Duke and
// Duchess of Avonmore") travel together; "the couple", "they", "The tour
// ends in" and "A planned day in ... has been dropped" are both of them.
func TestTitledCoupleTour(t *testing.T) {
	pair := func(a, b string) func(place, country, date, status string) []want {
		return func(place, country, date, status string) []want {
			return []want{{a, place, country, date, "", status, nil}, {b, place, country, date, "", status, nil}}
		}
	}
	both := pair("Duke of Avonmore", "Duchess of Avonmore")
	wales := pair("Prince of Wales", "Princess of Wales")
	cat := func(ws ...[]want) []want {
		var out []want
		for _, w := range ws {
			out = append(out, w...)
		}
		return out
	}
	runWireCases(t, []wireCase{
		{"stepped off the plane, then the couple", "2026-11-22",
			"It was snowing in Ottawa on Thursday evening when the Duke and Duchess of Avonmore stepped off the plane at the airbase.\n\nThe couple will fly to Halifax on Monday, where they will open a museum.",
			cat(both("Ottawa", "Canada", "2026-11-19", newsbot.StatusDone), both("Halifax", "Canada", "2026-11-23", newsbot.StatusScheduled))},
		{"they, a dropped day and the tour's end", "2026-11-22",
			"The Prince and Princess of Wales arrived in Nairobi on Friday. On Wednesday they will travel to Kisumu to visit a school.\n\nA planned day in Mombasa on Tuesday has been dropped from the itinerary.\n\nThe tour ends in Arusha next Friday, when the prince will open a clinic.",
			cat(wales("Nairobi", "Kenya", "2026-11-20", newsbot.StatusDone), wales("Kisumu", "Kenya", "2026-11-25", newsbot.StatusScheduled),
				wales("Mombasa", "Kenya", "2026-11-24", newsbot.StatusCancelled), wales("Arusha", "Tanzania", "2026-11-27", newsbot.StatusScheduled))},
		{"one traveller's scrapped day", "2026-11-22",
			"President Ana Ruiz arrived in Lima on Friday. A scheduled day in Cusco on Monday was cancelled, officials said.",
			[]want{{"Ana Ruiz", "Lima", "Peru", "2026-11-20", "", newsbot.StatusDone, nil}, {"Ana Ruiz", "Cusco", "Peru", "2026-11-23", "", newsbot.StatusCancelled, nil}}},
		{"stepping off the stage is no arrival", "2026-11-22",
			"In Lima on Friday the singer Rosa Vidal stepped off the stage to cheers.",
			nil},
	})
}
