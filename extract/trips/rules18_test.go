package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Session 11 classes, found on real copy (a BBC study half, C) and
// written here as fresh sentences published Wednesday 10 March 2027
// (Monday 8 and Tuesday 9 behind, Friday 12 and Monday 15 ahead).

// TestFreshCommonSubject18: a plural common noun right before the travel
// verb is its subject, after a speech verb, a quantifier or a possessive:
// the journey is theirs, not the speaker's or the last person named's.
func TestFreshCommonSubject18(t *testing.T) {
	runWireCases(t, []wireCase{
		{"bare plural after said, a frequency adverb between", "2027-03-10",
			"Dr Ali Khan, who runs the clinic, said patients often had to travel to Leeds for scans.",
			nil},
		{"a quantifier opens the plural", "2027-03-10",
			"Councillor Mary Doyle said many residents had to travel to Hull for work.",
			nil},
		{"a faith named in capitals after a lower-case word", "2027-03-10",
			"Imam Yusuf Ali said that on some occasions Muslims had to travel to Bradford for festivals.",
			nil},
		{"the speaker's colleagues", "2027-03-10",
			"Minister Tom Reid said his officials will fly to Geneva on Monday.",
			nil},
		{"a pronoun is still the person named", "2027-03-10",
			"Dr Ali Khan's aides said he would travel to Leeds next week.",
			[]want{{"Ali Khan", "Leeds", "United Kingdom", "2027-W11", "", newsbot.StatusScheduled, nil}}},
		{"the person named travels himself", "2027-03-10",
			"Councillor Mary Doyle said she often had to travel to Hull for work.",
			[]want{{"Mary Doyle", "Hull", "United Kingdom", "", "", newsbot.StatusDone, nil}}},
	})
}

// TestFreshOwnQuotePronoun18: "he" or "she" inside a quotation is not
// the speaker named after it (who would say "I"), whoever the people
// finder gave it to.
func TestFreshOwnQuotePronoun18(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a team-mate spoken of, speaker after the quote", "2027-03-10",
			"Defender Rob Kane says the squad is confident. \"I imagine he will be on the tour to Canada this summer,\" said Kane of his team-mate.",
			nil},
		{"speaker before the speech verb", "2027-03-10",
			"Coach Ann Price was upbeat. \"We know she went to Florida for treatment,\" Price told reporters.",
			nil},
		{"reported speech keeps the speaker", "2027-03-10",
			"Defender Rob Kane said on Monday he would fly to Canada this summer.",
			[]want{{"Rob Kane", "Canada", "Canada", "2027-SU", "", newsbot.StatusScheduled, nil}}},
	})
}
