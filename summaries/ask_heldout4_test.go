package summaries

import (
	"testing"
	"time"
)

// TestAskHeldOutFourth asks a fourth set (testdata/ask4, five articles,
// written and expectations fixed after the third set's fixes, before
// running): a trade minister's tour with a meeting shown by an initialling
// and another dropped by the host; a dock strike opened and called off.
// Asked on Thursday 26 November 2026.
//
// First look through `bot ask` over sets three and four in one database
// (judged by hand; the binary predated the seen-there commit): 12/17.
// Misses: when was Mehra in Nairobi (told as a plan), is/did Mehra meet
// Mwinyi (the host "will not meet" him: not read as no), is the Rotterdam
// strike over / the Rotterdam dispute open (the settlement filed no issue
// and the newer report was not read). Here, on the fake store: 14/17.
func TestAskHeldOutFourth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask4", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, heldOutFourth)
}

var heldOutFourth = []askCase{
	{question: "did Mehra meet Kamau?", want: []string{"Yes — ", "Nairobi"}, cited: true},
	{question: "when was Mehra in Nairobi?", want: []string{"Tuesday 24 November 2026", "Nairobi"}, cited: true},
	{question: "who is Mehra meeting in Dar es Salaam?", want: []string{"Juma Mrisho"}, cited: true},
	{question: "is Mehra meeting Mwinyi?", want: []string{"No"}, not: []string{"Yes", "Planned"}, cited: true},
	{question: "did Mehra meet Mwinyi?", want: []string{"No"}, not: []string{"Yes"}, cited: true},
	{question: "when is Mehra in Dar es Salaam?", want: []string{"Thursday 26 November 2026"}, cited: true},
	{question: `who said "a cup of good news"?`, want: []string{"Wanjiru Kamau"}, cited: true},
	{question: "what did the Indian commerce minister say?", want: []string{"Arjun Mehra"}, cited: true},
	{question: "is the Rotterdam strike still on?", want: []string{"No"}, not: []string{"Yes"}, cited: true},
	{question: "is the Rotterdam dock strike over?", want: []string{"Yes"}, cited: true},
	{question: "is the Rotterdam dispute still open?", want: []string{"No — "}, cited: true},
	{question: "what did Bakker say about robots?", want: []string{"Joost Bakker"}, items: []string{"Robots do not pay taxes"}, cited: true},
	{question: "who said robots do not pay taxes", want: []string{"Joost Bakker"}, cited: true},
	{question: "who is Marieke Smit?", want: []string{"chief executive"}, cited: true},
	{question: "what's happening with the tea tariffs?", want: []string{"tea"}, cited: true},
	{question: "where is mehra this week", want: []string{"Nairobi", "Dar es Salaam"}, cited: true},
	{question: "when is Mehra in Lagos?", want: []string{"I have nothing stored about Arjun Mehra visiting Lagos"}},
}
