package summaries

import (
	"testing"
	"time"
)

// TestAskAuditEight asks about people named by title (testdata/askq8: a
// royal couple's tour, a pope's and an emir's visits, a court's site visit
// led by its presiding judge; questions in questions.tsv written before the
// first run). "the Duke of X" must find the stored "Duke of X"; "the Duke
// and Duchess of X" both, their shared leg once; "the judges" the one leg
// whose evidence names the judges.
func TestAskAuditEight(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq8", true), at("2026-11-24T12:00:00Z"), time.UTC)
	runAskCases(t, s, askAuditEight)
}

var askAuditEight = []askCase{
	{question: "Where is the Duke of Ashford on Wednesday 25 November?", want: []string{"Halifax"}, cited: true},
	{question: "Where are the Duke and Duchess of Ashford on Wednesday 25 November?", want: []string{"Halifax"}, not: []string{"Ottawa", "Halifax, then"}, cited: true},
	{question: "Where is the Duchess of Ashford on Friday?", want: []string{"Quebec City"}, cited: true},
	{question: "When will the Pope visit Lagos?", want: []string{"Thursday 26 November 2026"}, cited: true},
	{question: "When is the Emir of Qatar in Berlin?", want: []string{"Friday 27 November 2026"}, cited: true},
	{question: "When will the judges visit Kampen?", want: []string{"Thursday 26 November 2026"}, cited: true},
	{question: "When will the inspectors visit Kampen?", want: []string{nothingStored}},
}
