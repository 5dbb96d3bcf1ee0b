package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Session 10 classes, found on real copy (a BBC study half) and written
// here as fresh sentences published Wednesday 10 March 2027 (Monday 8
// and Tuesday 9 behind, Friday 12 and Monday 15 ahead).

// TestFreshTheRegion17: a region that takes the article ("the West
// Bank", "the Algarve", "the North Caucasus") is the whole object of a
// journey verb when a preposition, a time or the clause's end follows; a
// region that only modifies a noun ("the Texas border") is none.
func TestFreshTheRegion17(t *testing.T) {
	runWireCases(t, []wireCase{
		{"progressive visit of the region, purpose clause after", "2027-03-10",
			"Senator Paul Lindqvist was visiting the West Bank on Tuesday to press for new elections.",
			[]want{{"Paul Lindqvist", "West Bank", "Palestine", "2027-03-09", "", newsbot.StatusDone, nil}}},
		{"future visit to a strip named with the article", "2027-03-10",
			"Irish President Niamh Costello will visit the Gaza Strip next week, her office said.",
			[]want{{"Niamh Costello", "Gaza", "Palestine", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"toured the region on a day", "2027-03-10",
			"Portuguese Prime Minister Rui Tavares toured the Algarve on Monday after the floods.",
			[]want{{"Rui Tavares", "Algarve", "Portugal", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"a region that modifies a noun", "2027-03-10",
			"Senator Paul Lindqvist visited the Texas border on Monday.",
			nil},
	})
}

// TestFreshPlaceBeforeNoun17: a journey noun whose place stands before
// it as a modifier, opened by a possessive or an article: "his Brazil
// trip", "a US lecture tour", "her three-day Kenya visit"; a company's
// or a band's tour is no one person's.
func TestFreshPlaceBeforeNoun17(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a name's possessive, then the place and the noun", "2027-03-10",
			"Trade Secretary Helen Marsh flew home on Monday. Ms Marsh's Brazil trip produced two contracts, officials said.",
			[]want{{"Helen Marsh", "Brazil", "Brazil", "", "", newsbot.StatusDone, nil}}},
		{"an article and a kind of tour", "2027-03-10",
			"Former first lady Grace Olsen spoke to law students during a Canada lecture tour, her spokesman said.",
			[]want{{"Grace Olsen", "Canada", "Canada", "", "", newsbot.StatusDone, nil}}},
		{"a possessive pronoun and a duration", "2027-03-10",
			"Prime Minister Ana Ruiz will cut short her three-day Kenya visit, officials said on Tuesday.",
			[]want{{"Ana Ruiz", "Kenya", "Kenya", "", "", newsbot.StatusScheduled, nil}}},
		{"a band's tour", "2027-03-10",
			"Guitarist Tom Vale left the group before the band's Japan tour.",
			nil},
		{"a company's name with a place in it", "2027-03-10",
			"Air China trips rose by 5% last year, chairman Li Wen said.",
			nil},
	})
}

// TestFreshHoliday17: a stay on holiday, by the verb ("was holidaying
// on the island of") or the noun after "on", a possessive or a verb of
// spending or coming back; a public or tax holiday is none, nor holiday
// homes.
func TestFreshHoliday17(t *testing.T) {
	runWireCases(t, []wireCase{
		{"holidaying on an island named after its kind", "2027-03-10",
			"Banker Carl Dunne was holidaying on the Greek island of Corfu when the storm hit.",
			[]want{{"Carl Dunne", "Corfu", "Greece", "", "", newsbot.StatusDone, nil}}},
		{"on holiday in a country", "2027-03-10",
			"Finance Minister Tom Reid was on holiday in Portugal when the markets fell.",
			[]want{{"Tom Reid", "Portugal", "Portugal", "", "", newsbot.StatusDone, nil}}},
		{"came back from a holiday on a day", "2027-03-10",
			"Labour leader Sara Quinn returned from a family holiday in Spain on Monday.",
			[]want{{"Sara Quinn", "Spain", "Spain", "2027-03-08", "", newsbot.StatusDone, nil}}},
		{"is vacationing in a state", "2027-03-10",
			"Governor Paul Mbeki is vacationing in Florida this week.",
			[]want{{"Paul Mbeki", "Florida", "United States", "2027-W10", "", newsbot.StatusUnderway, nil}}},
		{"a public holiday", "2027-03-10",
			"Trade Secretary Helen Marsh said a public holiday in Japan had cut exports.",
			nil},
		{"holiday homes", "2027-03-10",
			"Trade Secretary Helen Marsh said foreign buyers of holiday homes in Spain would pay more.",
			nil},
	})
}

// TestFreshPerform17: a performer's show away: "perform at a concert in
// Copenhagen", "will perform in Lisbon", "played two concerts in Dublin";
// "played in Paris" without a show (a match, a club career) is none.
func TestFreshPerform17(t *testing.T) {
	runWireCases(t, []wireCase{
		{"perform at a concert in a city", "2027-03-10",
			"Singer Ana Lopes is to perform at a charity concert in Copenhagen on Friday.",
			[]want{{"Ana Lopes", "Copenhagen", "Denmark", "2027-03-12", "", newsbot.StatusScheduled, nil}}},
		{"perform in a city", "2027-03-10",
			"The Czech pianist Ivo Marek will perform in Lisbon on Monday.",
			[]want{{"Ivo Marek", "Lisbon", "Portugal", "2027-03-15", "", newsbot.StatusScheduled, nil}}},
		{"played shows in a city", "2027-03-10",
			"Nigerian singer Dee Okafor played two sell-out shows in Dublin last week.",
			[]want{{"Dee Okafor", "Dublin", "Ireland", "2027-W09", "", newsbot.StatusDone, nil}}},
		{"a gig at a venue in a city", "2027-03-10",
			"Singer Ana Lopes will play a gig at a small club in Leeds on Saturday.",
			[]want{{"Ana Lopes", "Leeds", "United Kingdom", "2027-03-13", "", newsbot.StatusScheduled, nil}}},
		{"played in a city, no show", "2027-03-10",
			"Striker Ana Lopes played in Paris for two seasons, coach Marc Diallo said.",
			nil},
		{"played a role", "2027-03-10",
			"Singer Ana Lopes played a key role in Paris, her agent said.",
			nil},
	})
}
