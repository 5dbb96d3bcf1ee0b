package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// A second batch of fresh sentences for the classes of rules12_test.go,
// published Thursday 14 May 2026 (Monday 18 May ahead, Monday 11 behind).

// TestFreshGroups13: "the two leaders", "Both", a panel after its judges,
// "the side" after a team named with no journey of its own.
func TestFreshGroups13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the two leaders will travel together", "2026-05-14",
			"French President Claire Dubois and German Chancellor Markus Weber arrived in Brussels on Wednesday. The two leaders will travel together to Warsaw on Monday.",
			[]want{
				{"Claire Dubois", "Brussels", "Belgium", "2026-05-13", "", newsbot.StatusDone, nil},
				{"Markus Weber", "Brussels", "Belgium", "2026-05-13", "", newsbot.StatusDone, nil},
				{"Markus Weber", "Warsaw", "Poland", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Claire Dubois", "Warsaw", "Poland", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"both then fly on", "2026-05-14",
			"Claire Dubois and Markus Weber arrived in Kyiv on Tuesday. Both fly on to Odesa on Friday.",
			[]want{
				{"Claire Dubois", "Kyiv", "Ukraine", "2026-05-12", "", newsbot.StatusDone, nil},
				{"Markus Weber", "Kyiv", "Ukraine", "2026-05-12", "", newsbot.StatusDone, nil},
				{"Claire Dubois", "Odesa", "Ukraine", "2026-05-15", "", newsbot.StatusScheduled, nil},
				{"Markus Weber", "Odesa", "Ukraine", "2026-05-15", "", newsbot.StatusScheduled, nil}}},
		{"the judges named with commas, then the panel", "2026-05-14",
			"Judges Maria Lopez, Anna Berg and Tomas Novak heard the appeal on Tuesday. The panel will visit the border crossing at Dover on Monday.",
			[]want{
				{"Maria Lopez", "Dover", "United Kingdom", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Anna Berg", "Dover", "United Kingdom", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Tomas Novak", "Dover", "United Kingdom", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"the side flies out", "2026-05-14",
			"Ireland's squad trained in Dublin on Wednesday, coach Andy Farrell said. The side flies out to Cape Town on Saturday.",
			[]want{{"Ireland", "Cape Town", "South Africa", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshFacility13: "later the same day", "that evening", a hospital
// named by its town.
func TestFreshFacility13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"later the same day", "2026-05-14",
			"Education Secretary Bridget Phillipson will visit a school in Manchester on Monday. Later the same day she will tour a college in Liverpool.",
			[]want{
				{"Bridget Phillipson", "Manchester", "United Kingdom", "2026-05-18", "", newsbot.StatusScheduled, nil},
				{"Bridget Phillipson", "Liverpool", "United Kingdom", "2026-05-18", "", newsbot.StatusScheduled, nil}}},
		{"that evening a dinner", "2026-05-14",
			"Japanese Prime Minister Kenji Sato arrived in Canberra on Tuesday. That evening he attended a dinner hosted by Prime Minister Tom Walsh.",
			[]want{{"Kenji Sato", "Canberra", "Australia", "2026-05-12", "", newsbot.StatusDone, []string{"Tom Walsh"}}}},
		{"a hospital then the town", "2026-05-14",
			"Health Secretary Wes Streeting toured Manchester Royal Infirmary on Wednesday.",
			[]want{{"Wes Streeting", "Manchester", "United Kingdom", "2026-05-13", "", newsbot.StatusDone, nil}}},
	})
}

// TestFreshNegated13: "not before Saturday", "won't ...; he'll ...", "no
// longer ...; ... instead", "rather than on".
func TestFreshNegated13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"not before", "2026-05-14",
			"Japanese Prime Minister Kenji Sato will not arrive in Geneva before Saturday, officials said.",
			[]want{{"Kenji Sato", "Geneva", "Switzerland", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"won't ... he'll", "2026-05-14",
			"Kenji Sato won't be in Geneva on Friday; he'll fly in on Saturday.",
			[]want{{"Kenji Sato", "Geneva", "Switzerland", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"pushed back a day", "2026-05-14",
			"Japanese Prime Minister Kenji Sato will no longer travel to Geneva on Friday; he will go on Saturday instead.",
			[]want{{"Kenji Sato", "Geneva", "Switzerland", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"rather than on", "2026-05-14",
			"Japanese Prime Minister Kenji Sato will now travel to Geneva on Saturday rather than on Friday.",
			[]want{{"Kenji Sato", "Geneva", "Switzerland", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFreshReturn13: "heads back to", "returns ... for talks" after a
// stop elsewhere.
func TestFreshReturn13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"heads back to", "2026-05-14",
			"Japanese Prime Minister Kenji Sato visited Geneva on Monday and flew to Bern on Tuesday. He heads back to Geneva on Saturday.",
			[]want{
				{"Kenji Sato", "Geneva", "Switzerland", "2026-05-11", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Bern", "Switzerland", "2026-05-12", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Geneva", "Switzerland", "2026-05-16", "", newsbot.StatusScheduled, nil}}},
		{"returns for talks", "2026-05-14",
			"Japanese Prime Minister Kenji Sato visited Geneva on Monday and Bern on Tuesday. He returns to Geneva for talks with Swiss President Karin Keller-Sutter on Saturday.",
			[]want{
				{"Kenji Sato", "Geneva", "Switzerland", "2026-05-11", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Bern", "Switzerland", "2026-05-12", "", newsbot.StatusDone, nil},
				{"Kenji Sato", "Geneva", "Switzerland", "2026-05-16", "", newsbot.StatusScheduled, []string{"Karin Keller-Sutter"}}}},
	})
}

// TestFreshOff13: talks scrapped with no traveller named, dated by the
// plan told before or by their own day.
func TestFreshOff13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the summit in a city scrapped", "2026-05-14",
			"Indian Prime Minister Ravi Menon had been due to meet Pakistani Prime Minister Shehbaz Sharif on Sunday. The talks in Dubai have been scrapped.",
			[]want{
				{"Ravi Menon", "Dubai", "United Arab Emirates", "2026-05-17", "", newsbot.StatusCancelled, []string{"Shehbaz Sharif"}},
				{"Shehbaz Sharif", "Dubai", "United Arab Emirates", "2026-05-17", "", newsbot.StatusCancelled, []string{"Ravi Menon"}}}},
		{"a planned meeting put off", "2026-05-14",
			"US envoy Steve Witkoff is due to meet Russian envoy Kirill Dmitriev next week. A planned meeting in Istanbul on Monday has been postponed, officials said.",
			[]want{
				{"Steve Witkoff", "Istanbul", "Turkey", "2026-05-18", "", newsbot.StatusCancelled, []string{"Kirill Dmitriev"}},
				{"Kirill Dmitriev", "Istanbul", "Turkey", "2026-05-18", "", newsbot.StatusCancelled, []string{"Steve Witkoff"}}}},
	})
}

// TestFreshSameDay13: "tonight", "this afternoon" are ahead; "today" with
// "is in" is under way.
func TestFreshSameDay13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"arrives tonight", "2026-05-14",
			"Japanese Prime Minister Kenji Sato arrives in Canberra tonight for a three-day visit.",
			[]want{{"Kenji Sato", "Canberra", "Australia", "2026-05-14", "", newsbot.StatusScheduled, nil}}},
		{"is set to land this afternoon", "2026-05-14",
			"Japanese Prime Minister Kenji Sato is set to land in Canberra this afternoon.",
			[]want{{"Kenji Sato", "Canberra", "Australia", "2026-05-14", "", newsbot.StatusScheduled, nil}}},
		{"is in the city today", "2026-05-14",
			"Japanese Prime Minister Kenji Sato is in Canberra today for talks.",
			[]want{{"Kenji Sato", "Canberra", "Australia", "2026-05-14", "", newsbot.StatusUnderway, nil}}},
	})
}

// TestFreshCounterparts13: a possessor before an envoy; "to thank".
func TestFreshCounterparts13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the president's envoy", "2026-05-14",
			"British Foreign Secretary Helen Price flew to Washington on Tuesday to meet President Donald Trump's envoy, Steve Witkoff.",
			[]want{{"Helen Price", "Washington", "United States", "2026-05-12", "", newsbot.StatusDone, []string{"Steve Witkoff"}}}},
		{"to thank", "2026-05-14",
			"British Foreign Secretary Helen Price will travel to Doha on Monday to thank the foreign minister, Ahmed Nasser, for his mediation.",
			[]want{{"Helen Price", "Doha", "Qatar", "2026-05-18", "", newsbot.StatusScheduled, []string{"Ahmed Nasser"}}}},
	})
}

// TestFreshClubs13: a club's owner travels as a person; clubs as
// subjects make no legs of others.
func TestFreshClubs13(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the club's owner travels", "2026-05-14",
			"US Secretary of State Marco Rubio will visit Britain on Friday. Everton's owner, Dan Friedkin, flew to Rome on Monday.",
			[]want{
				{"Marco Rubio", "United Kingdom", "United Kingdom", "2026-05-15", "", newsbot.StatusScheduled, nil},
				{"Dan Friedkin", "Rome", "Italy", "2026-05-11", "", newsbot.StatusDone, nil}}},
		{"a club beats another in a city", "2026-05-14",
			"US Secretary of State Marco Rubio will visit Britain on Friday. Newcastle beat Liverpool 2-1 on Wednesday.",
			[]want{{"Marco Rubio", "United Kingdom", "United Kingdom", "2026-05-15", "", newsbot.StatusScheduled, nil}}},
		{"and the club will not travel", "2026-05-14",
			"US Secretary of State Marco Rubio will visit Britain on Friday, and Leeds will not travel to London for the talks.",
			[]want{{"Marco Rubio", "United Kingdom", "United Kingdom", "2026-05-15", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestFresh14: a third batch across the classes, published Monday 21
// September 2026.
func TestFresh14(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the pair then they", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay and Mexican President Luis Ortega landed in Tokyo on Sunday. The pair will travel on to Seoul on Wednesday.",
			[]want{
				{"Anne Tremblay", "Tokyo", "Japan", "2026-09-20", "", newsbot.StatusDone, nil},
				{"Luis Ortega", "Tokyo", "Japan", "2026-09-20", "", newsbot.StatusDone, nil},
				{"Anne Tremblay", "Seoul", "South Korea", "2026-09-23", "", newsbot.StatusScheduled, nil},
				{"Luis Ortega", "Seoul", "South Korea", "2026-09-23", "", newsbot.StatusScheduled, nil}}},
		{"the committee as written", "2026-09-21",
			"Labour MP Emily Thornberry chairs the inquiry. The committee will travel to Brussels on Thursday to take evidence.",
			[]want{{"the committee", "Brussels", "Belgium", "2026-09-24", "", newsbot.StatusScheduled, nil}}},
		{"the same afternoon", "2026-09-21",
			"Chancellor Rachel Reeves will open a factory in Sheffield on Thursday. She will visit a school in Leeds the same afternoon.",
			[]want{
				{"Rachel Reeves", "Leeds", "United Kingdom", "2026-09-24", "", newsbot.StatusScheduled, nil}}},
		{"will not ... but ... the following day", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay will not fly to Rome on Tuesday but will arrive the following day.",
			[]want{{"Anne Tremblay", "Rome", "Italy", "2026-09-23", "", newsbot.StatusScheduled, nil}}},
		{"no longer ... and will instead go on", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay will no longer visit Rome on Tuesday and will instead go on Thursday.",
			[]want{{"Anne Tremblay", "Rome", "Italy", "2026-09-24", "", newsbot.StatusScheduled, nil}}},
		{"due to land tonight", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay is due to land in Rome tonight.",
			[]want{{"Anne Tremblay", "Rome", "Italy", "2026-09-21", "", newsbot.StatusScheduled, nil}}},
		{"leaves for ... this evening", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay leaves for Rome this evening.",
			[]want{{"Anne Tremblay", "Rome", "Italy", "2026-09-21", "", newsbot.StatusScheduled, nil}}},
		{"a possessive counterpart's aide named", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay met Giorgia Meloni's chief of staff, Marco Rossi, in Rome on Sunday.",
			[]want{{"Anne Tremblay", "Rome", "Italy", "2026-09-20", "", newsbot.StatusDone, []string{"Marco Rossi"}}}},
		{"to reassure", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay flew to Kyiv on Saturday to reassure President Volodymyr Zelensky of Canada's support.",
			[]want{{"Anne Tremblay", "Kyiv", "Ukraine", "2026-09-19", "", newsbot.StatusDone, []string{"Volodymyr Zelensky"}}}},
		{"the club's name in a report after a visit", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay visited Britain on Friday. Leeds's chairman said the club would not travel to London for talks.",
			[]want{{"Anne Tremblay", "United Kingdom", "United Kingdom", "2026-09-18", "", newsbot.StatusDone, nil}}},
		{"talks called off, the meeting planned before", "2026-09-21",
			"Canadian Prime Minister Anne Tremblay was due to hold talks with Indian Prime Minister Ravi Menon on Friday. The meeting in Delhi was called off on Sunday.",
			[]want{
				{"Anne Tremblay", "New Delhi", "India", "2026-09-25", "", newsbot.StatusCancelled, []string{"Ravi Menon"}}}},
	})
}
