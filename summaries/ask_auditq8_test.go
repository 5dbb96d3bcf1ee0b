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
//
// First look (before the fix): 2/9 right. The titled subjects were answered
// with a stray search sentence instead of the stored leg, the couple with
// the arrival sentence, and "the inspectors" with the judges' visit.
func TestAskAuditEight(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq8", true), at("2026-11-24T12:00:00Z"), time.UTC)
	runAskCases(t, s, askAuditEight)
}

var askAuditEight = []askCase{
	{question: "Where is the Duke of Ashford on Wednesday 25 November?", want: []string{"scheduled to visit", "Halifax"}, cited: true},
	{question: "Where are the Duke and Duchess of Ashford on Wednesday 25 November?", want: []string{"scheduled to visit", "Halifax"}, not: []string{"Ottawa", "Halifax, then"}, cited: true},
	{question: "Where is the Duchess of Ashford on Friday?", want: []string{"scheduled to visit", "Quebec City"}, cited: true},
	{question: "When will the Pope visit Lagos?", want: []string{"scheduled to visit", "Thursday 26 November 2026"}, cited: true},
	{question: "When is the Emir of Qatar in Berlin?", want: []string{"scheduled to visit", "Friday 27 November 2026"}, cited: true},
	{question: "When will the judges visit Kampen?", want: []string{"scheduled to visit", "Thursday 26 November 2026"}, cited: true},
	{question: "When will the King visit Cardiff?", want: []string{"scheduled to visit", "Friday 27 November 2026", "Cardiff"}, cited: true},
	{question: "Where is the Prince of Wales on Thursday?", want: []string{"scheduled to visit", "Swansea"}, cited: true},
	{question: "When will the judges visit Schwaz?", want: []string{"scheduled to visit", "Monday 30 November 2026", "Schwaz"}, cited: true},
	{question: "When will the panel visit Schwaz?", want: []string{"scheduled to visit", "Monday 30 November 2026", "Schwaz"}, cited: true},
	{question: "When will the inspectors visit Kampen?", want: []string{nothingStored}},
}
