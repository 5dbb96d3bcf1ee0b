package summaries

import (
	"testing"
	"time"
)

// TestAskAuditSeven probes the same classes from the other side
// (testdata/askq7, five articles, questions in questions.tsv written
// before the first run): a "what's new" whose reports hold only an old
// outcome ("Last year the council rejected a smaller rise") must not lead
// with it; a suspension with no terms gains none; a planned meeting a later
// report shows held; a person named only in a headline.
//
// First look through `bot ask` on a fresh database: 5/6 right, 1 wrong
// ("when does Haddad meet Macron?" answered with the Moreau plan: "Macron"
// stood in a headline only).
func TestAskAuditSeven(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq7", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askAuditSeven)
}

var askAuditSeven = []askCase{
	// Wrong at first look.
	{question: "when does Haddad meet Macron?", want: []string{nothingStored}, not: []string{"Moreau"}},
	// Right at first look.
	{question: "what's new on the Harbour bridge toll?", want: []string{"walking pace"}, not: []string{"Last year"}, cited: true},
	{question: "what's new on the Lisbon metro strike?", want: []string{"suspended their rolling strikes"}, not: []string{"January"}, cited: true},
	{question: "is the Lisbon metro strike over?", want: []string{"suspended their rolling strikes"}, cited: true},
	{question: "when does Haddad meet Moreau?", want: []string{"Wednesday 25 November 2026", "met Claire Moreau"}, cited: true},
	{question: "when is Haddad in Lyon?", want: []string{nothingStored}},
}
