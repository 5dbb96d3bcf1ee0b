package quotes

import "testing"

// TestSpeakerClasses14 covers attribution shapes of US political copy
// found by classifying the PolNeAR misses; every sentence is written for
// the test. The quotation under test is the last one; speaker is its
// canonical speaker ("" unattributed).
func TestSpeakerClasses14(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		// A role phrase, then a titled name set off by commas that opens
		// on a lower-case office word and closes on a party bracket: the
		// name says, not the hearers after the verb.
		{"Q! ROLE'S KIN, state Rep. NAME (D-Place), shouted to the crowd",
			"Supporters packed the hall on Monday. \"We are not going anywhere this year!\" the mayor's sister, state Rep. Joanna Kellerman (D-Norfolk), shouted to the crowd.",
			"Joanna Kellerman"},
		{"Q, ROLE, former Sen. NAME (R-State), told reporters",
			"\"The budget will pass by Friday,\" the party's longtime treasurer, former Sen. Tom Ames (R-Ohio), told reporters.",
			"Tom Ames"},
		{"Q, NAME's aide, state Sen. FIRST \"NICK\" LAST (D-Place), said",
			"\"The count is not over,\" Hale's chief aide, state Sen. Marisol \"Sol\" Ortega (D-Fairfax), said late on Tuesday. \"Every ballot will be read.\"",
			"Marisol Ortega"},
		{"Q, ROLE, county Judge FIRST MIDDLE LAST, said (no bracket)",
			"\"We will meet again in June,\" the panel's longtime chair, county Judge Ada Mae Brandt, said.",
			"Ada Mae Brandt"},
		{"second quotation of the paragraph keeps the speaker",
			"\"We are not going anywhere this year!\" the mayor's sister, state Rep. Joanna Kellerman (D-Norfolk), shouted to the crowd. \"The whole state is watching.\"",
			"Joanna Kellerman"},
		// A one-word reply after a verb of speaking and a colon is
		// speech, not a title, when a particle or an adverb stands
		// between the verb and the colon, or the verb is one of answering.
		{"SUBJ fired back: \"Word!\"",
			"The council's lawyer called the claim baseless. The union's organiser fired back: \"Nonsense!\"",
			"The union's organiser"},
		{"SUBJ wrote back: \"Word.\"",
			"Ode asked the treasurer whether the loan was safe. The treasurer wrote back: \"Certainly.\"",
			"The treasurer"},
		{"asked X, SUBJ answered: \"Never.\"",
			"Asked whether she would resign, the minister answered: \"Never.\"",
			"the minister"},
		{"SUBJ replied curtly: \"No.\"",
			"Asked about the deal, the club's chairman replied curtly: \"No.\"",
			"the club's chairman"},
		{"a title after a colon without a verb of speaking stays a title",
			"The festival opened on Friday: \"Harbour Lights\" sold out.",
			""},
		// "who" after a name and a short phrase of place or time is the
		// person's: "X says to NAME on camera, who responds".
		{"X says to NAME on camera, who responds enthusiastically: Q",
			"\"Everyone should come to the hall tonight,\" Ode says to Tom Reyes on camera, who responds enthusiastically: \"Okay!\"",
			"Tom Reyes"},
		{"X met NAME at the town hall on Tuesday, who told her: Q",
			"Councillor Ann Ode met Tom Reyes at the town hall on Tuesday, who told her: \"We will not back down.\"",
			"Tom Reyes"},
		// An opening phrase that ends on a name and its appositive: the
		// subject follows the appositive's comma, not the description
		// inside the phrase.
		{"Preceded by NAME, ROLE and ROLE, SUBJ launched into a lament for the \"Q\"",
			"Introduced at the lectern by Ann Ode, the county sheriff and a longtime ally, Mayor Tom Reyes launched into a lament for the \"forgotten families of the valley\"",
			"Tom Reyes"},
		{"Joined on stage by NAME, ROLE, SUBJ promised a \"Q\"",
			"Joined on stage by Ann Ode, his deputy, Mayor Tom Reyes promised a \"harbour for everyone by the summer.\"",
			"Tom Reyes"},
		{"Flanked by NAME, ROLE, the description subject said Q",
			"Flanked by Ann Ode, the county sheriff, the mayor said the plan was \"dead on arrival at the state house.\"",
			"the mayor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeakerName(t, tt.in, tt.speaker)
		})
	}
}
