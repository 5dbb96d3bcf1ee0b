package summaries

import (
	"testing"
	"time"
)

// TestAskFifth asks a fifth set (testdata/ask5, four articles written for
// the failures an outside audit found): a "when" question about an event
// with no traveller in it, a "what has X offered" question whose answer is
// the sentence with the figures rather than the lead, and a visit the
// itineraries missed but a stored sentence tells. Asked on Thursday 26
// November 2026.
func TestAskFifth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask5", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askFifth)
}

var askFifth = []askCase{
	{question: "When do closing speeches start in the Marchetti trial?", want: []string{"closing speeches would start on Monday"}, not: []string{"visiting", "nothing stored"}, cited: true},
	{question: "When does the archive reopen?", want: []string{"Dec. 7"}, cited: true},
	{question: "When do the Tallow bus drivers strike?", want: []string{"next week"}, not: []string{"visiting"}, cited: true},
	{question: "What has Tallow Valley Transit offered the drivers?", want: []string{"5.2%"}, cited: true},
	{question: "What did Tallow Valley Transit offer?", want: []string{"5.2%"}, cited: true},
	{question: "What is Odile Marchetti charged with?", want: []string{"fraud and misconduct"}, cited: true},
	{question: "Did Carys Bevan visit the Pennant Road clinic?", want: []string{"Pennant Road clinic"}, not: []string{"nothing stored"}, cited: true},
	{question: "When does Kestrel play in Porto?", want: []string{"squad flies to Porto on Tuesday"}, not: []string{"Dockers"}, cited: true},
	{question: "When is Marchetti in Paris?", want: []string{"I have nothing stored about Odile Marchetti visiting Paris"}},
	{question: "When do the Gorsemoor ferries resume?", want: []string{"nothing stored"}},
}
