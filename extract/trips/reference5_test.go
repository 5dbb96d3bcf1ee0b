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
		{"the capital told as an apposition", "2026-03-11",
			"Kenya's parliament in Nairobi, the capital, passed the finance bill on Wednesday.\n\nIMF chief Kristalina Georgieva will visit the capital on Monday.",
			[]want{{"Kristalina Georgieva", "Nairobi", "Kenya", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
		{"a bare city under a dateline is not the dateline's", "2026-03-11",
			"NAIROBI (AP) - The mayor of Thika invited the president to visit on Friday.\n\nIMF chief Kristalina Georgieva will visit the city on Monday.",
			nil},
		{"a two-word city before the noun", "2026-03-11",
			"Container traffic through the New York port fell in February.\n\nTransport Secretary Dana Ruiz will visit the port on Friday.",
			[]want{{"Dana Ruiz", "New York", "United States", "2026-03-13", "", newsbot.StatusScheduled, nil}}},
		{"two ports: no leg", "2026-03-11",
			"Dockers at the port of Hamburg and at the port of Bremen walked out on Wednesday.\n\nLabour Minister Katrin Hoff will visit the port on Friday.",
			nil},
		{"a port never named: no leg", "2026-03-11",
			"Dockers walked out on Wednesday over pay.\n\nLabour Minister Katrin Hoff will visit the port on Friday.",
			nil},
	})
}

// TestBackToStop5: a visitor who returns to a city of the tour made a
// stop there before travels again, even after a stop in a third
// country; a return to the traveller's own country is still the way
// home. Published Saturday 14 March 2026.
func TestBackToStop5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"back to the first stop of a shuttle tour", "2026-03-14",
			"U.S. Secretary of State Laura Mills met Turkish President Emre Kaya at his palace in Ankara on Friday. Mills flies to Baghdad on Sunday for talks with Iraqi officials. She returns to Ankara on Tuesday to brief Kaya before flying home.",
			[]want{
				{"Laura Mills", "Ankara", "Turkey", "2026-03-13", "", newsbot.StatusDone, []string{"Emre Kaya"}},
				{"Laura Mills", "Baghdad", "Iraq", "2026-03-15", "", newsbot.StatusScheduled, nil},
				{"Laura Mills", "Ankara", "Turkey", "2026-03-17", "", newsbot.StatusScheduled, []string{"Emre Kaya"}}}},
		{"a return home stays dropped", "2026-03-14",
			"U.S. Secretary of State Laura Mills met Turkish President Emre Kaya in Ankara on Friday. She returns to Washington on Tuesday.",
			[]want{{"Laura Mills", "Ankara", "Turkey", "2026-03-13", "", newsbot.StatusDone, []string{"Emre Kaya"}}}},
	})
}

// TestLeadDayMeeting5: a meeting retold with its place right after a
// dated lead under that city's dateline happened on the lead's day; a
// lead with no day dates nothing. Published Saturday 14 March 2026.
func TestLeadDayMeeting5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the lead's day for the retold meeting", "2026-03-14",
			"ANKARA (AP) — U.S. Secretary of State Laura Mills urged Turkey's president on Friday to back a ceasefire plan.\n\nMills met President Emre Kaya for two hours at the presidential palace in Ankara.",
			[]want{{"Laura Mills", "Ankara", "Turkey", "2026-03-13", "", newsbot.StatusDone, []string{"Emre Kaya"}}}},
		{"a lead with no day dates nothing", "2026-03-14",
			"ANKARA (AP) — U.S. Secretary of State Laura Mills urged Turkey's president to back a ceasefire plan.\n\nMills met President Emre Kaya for two hours at the presidential palace in Ankara.",
			[]want{{"Laura Mills", "Ankara", "Turkey", "", "", newsbot.StatusDone, []string{"Emre Kaya"}}}},
	})
}

// TestTalksAtVenue5: talks held at a venue of a named city, with nobody
// named, are a stop there. Published Tuesday 24 November 2026.
func TestTalksAtVenue5(t *testing.T) {
	runWireCases(t, []wireCase{
		{"talks at an office in a city on a day", "2026-11-24",
			"VILNIUS (Reuters) - Dutch Foreign Minister Pieter de Wit called for new sanctions on Monday.\n\nDe Wit will hold talks at the prime minister's office in Riga on Thursday.",
			[]want{
				{"Pieter de Wit", "Vilnius", "Lithuania", "2026-11-23", "", newsbot.StatusDone, nil},
				{"Pieter de Wit", "Riga", "Latvia", "2026-11-26", "", newsbot.StatusScheduled, nil}}},
		{"a meeting held at a ministry", "2026-11-24",
			"Dutch Foreign Minister Pieter de Wit held a meeting at the defence ministry in Tallinn on Monday.",
			[]want{{"Pieter de Wit", "Tallinn", "Estonia", "2026-11-23", "", newsbot.StatusDone, nil}}},
		{"talks at a ministry on a topic in a region are no stop", "2026-11-24",
			"Dutch Foreign Minister Pieter de Wit held talks at the ministry on security in Ukraine on Monday.",
			nil},
	})
}
