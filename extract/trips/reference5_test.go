package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestPlaceByReference5: "the port", "the capital", "the city" after a
// travel cue is the one place the story called so before; two such
// places, or none, make no leg. Published Wednesday 11 March 2026.
func TestPlaceByReference5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the port named in the lead", "2026-03-11",
			"ROTTERDAM, March 11 (Reuters) - Crane operators at the port of Hamburg ended a three-day strike on Wednesday.\n\nLabour Minister Katrin Hoff will visit the port on Friday to meet union leaders, her office said.",
			[]want{{"Katrin Hoff", "Hamburg", "Germany", "2026-03-13", "", newsbot.StatusScheduled, nil}}},
		{"the port city told as an apposition", "2026-03-11",
			"Relief flights resumed to Beira, the port city hit by last week's cyclone.\n\nUN aid chief Tom Fletcher will travel to the port on Monday.",
			[]want{{"Tom Fletcher", "Beira", "Mozambique", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"the capital under a dateline", "2026-03-11",
			"NAIROBI (AP) - Kenya's parliament passed the finance bill on Wednesday.\n\nIMF chief Kristalina Georgieva will visit the capital on Monday.",
			[]want{{"Kristalina Georgieva", "Nairobi", "Kenya", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"two ports: no leg", "2026-03-11",
			"Dockers at the port of Hamburg and at the port of Bremen walked out on Wednesday.\n\nLabour Minister Katrin Hoff will visit the port on Friday.",
			nil},
		{"a port never named: no leg", "2026-03-11",
			"Dockers walked out on Wednesday over pay.\n\nLabour Minister Katrin Hoff will visit the port on Friday.",
			nil},
	})
}
