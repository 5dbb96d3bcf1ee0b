package summaries

import (
	"testing"
	"time"
)

// TestAskTenth asks a tenth set (testdata/ask10, five articles from Monday
// 23 to Thursday 26 November 2026, expectations written before the first
// run, after the ninth set's fixes): a president's Gulf tour under an
// accented name (asked without the accent through the CLI: the store folds
// accents, this fake does not); a ferry contract row; a festival
// moved because of it.
//
// First look through `bot ask` on a fresh database: 10/17 right, 6 partial,
// 1 wrong.
func TestAskTenth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask10", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askTenth)
}

var askTenth = []askCase{
	// Fixed after the first look.
	{question: "what did the transport minister say?", want: []string{"Callum Fraser"}, items: []string{"patient for too long"}, cited: true},
	{question: "who is Euan Grant?", want: []string{"Euan Grant is CalMor's managing director"}, cited: true},
	{question: "where is the Tiree festival moving?", want: []string{"Oban"}, not: []string{nothingStored}, cited: true},
	{question: "when does muller return to Bern?", want: []string{"returning to Bern on Friday", "Friday 27 November 2026"}, not: []string{nothingStored}, cited: true},
	{question: "who did Müller meet in Doha?", want: []string{"Müller met Qatar's Emir"}, cited: true},
	// Right at first look.
	{question: "when is Müller in Abu Dhabi?", want: []string{"Wednesday 25 November 2026", "Abu Dhabi"}, cited: true},
	{question: "what did Müller say about watches?", want: []string{"José Müller"}, items: []string{"We are not here to sell watches"}, cited: true},
	{question: `who said "patient for too long"?`, want: []string{"Callum Fraser"}, cited: true},
	{question: "when will the new ferries enter service?", want: []string{"March"}, cited: true},
	{question: "when is Müller in Geneva?", want: []string{"I have nothing stored about José Müller visiting Geneva"}},
}
