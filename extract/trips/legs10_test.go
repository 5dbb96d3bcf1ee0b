package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Fresh sentences published Tuesday 24 November 2026 (Monday 23 behind,
// Thursday 26, Friday 27 and Monday 30 ahead).

// TestHyphenatedTowns10: a hyphenated town the gazetteer lacks is a stop
// after a travel verb and a time, or after "the town of"; a hyphenated
// adjective is none.
func TestHyphenatedTowns10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"travels to a Saint- town", "2026-11-24",
			"Environment Minister Paula Renard travels to Saint-Malo on Thursday.",
			[]want{{"Paula Renard", "Saint-Malo", "", "2026-11-26", "", newsbot.StatusScheduled, nil}}},
		{"a town with linking particles", "2026-11-24",
			"Environment Minister Paula Renard flew to Bar-le-Duc on Monday.",
			[]want{{"Paula Renard", "Bar-le-Duc", "", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"the small market town of, then ending the tour elsewhere", "2026-11-24",
			"On Thursday Environment Minister Paula Renard travels to the small market town of Saint-Lô in Manche to visit a dairy, before ending the tour in Caen on Friday with a round table.",
			[]want{
				{"Paula Renard", "Saint-Lô", "France", "2026-11-26", "", newsbot.StatusScheduled, nil},
				{"Paula Renard", "Caen", "France", "2026-11-27", "", newsbot.StatusScheduled, nil}}},
		{"a hyphenated adjective is no town", "2026-11-24",
			"Health Minister Sean Walsh will travel to Brussels-based agencies on Monday.",
			nil},
		{"a lower-case tail is no town", "2026-11-24",
			"Trade Minister Ana Costa will travel to Lisbon-area ports on Monday.",
			nil},
	})
}

// TestHospitalTowns10: a hospital called after its town is a stop in the
// town, with the visit's day; a patient taken there is no one's leg.
func TestHospitalTowns10(t *testing.T) {
	runWireCases(t, []wireCase{
		{"due to visit TOWN General Hospital", "2026-11-24",
			"Health Minister Sean Walsh is due to visit Tullamore General Hospital on Monday.",
			[]want{{"Sean Walsh", "Tullamore", "", "2026-11-30", "", newsbot.StatusScheduled, nil}}},
		{"was at University Hospital CITY", "2026-11-24",
			"Health Minister Sean Walsh was at University Hospital Galway on Monday to open a ward.",
			[]want{{"Sean Walsh", "Galway", "Ireland", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"a regional hospital of a known town", "2026-11-24",
			"Health Minister Sean Walsh will visit Cork University Hospital on Friday.",
			[]want{{"Sean Walsh", "Cork", "Ireland", "2026-11-27", "", newsbot.StatusScheduled, nil}}},
		{"patients taken to a hospital", "2026-11-24",
			"Patients would instead be taken to University Hospital Galway, Health Minister Sean Walsh said.",
			nil},
	})
}
