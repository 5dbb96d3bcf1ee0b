package summaries

import (
	"strings"
	"testing"
	"time"
)

// TestAskSixth asks a sixth set (testdata/ask6, nine articles over the week
// to Thursday 26 November 2026, written with the expected answers before
// any run): a farm minister's tour whose Abuja talks a later report moves
// from Tuesday to Wednesday (with a correction note) and whose last stop is
// cancelled; a water-bill dispute among namesake Okafors, developed at a
// hearing and settled on Thursday; a Q&A interview; an opposition leader's
// visit told only in a sentence; questions about stories not stored.
//
// First look through `bot ask` on a fresh database: 10/22 right, 6 partial,
// 6 wrong.
func TestAskSixth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask6", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askSixth)
}

var askSixth = []askCase{
	// Fixed after the first look.
	{question: "when is Moura in Abuja?", want: []string{"Wednesday 25 November 2026", "Abuja"}, not: []string{"Tuesday", "1 December"}, cited: true},
	{question: "where is renata moura this week?", want: []string{"Accra", "Wednesday 25 November 2026: Renata Moura was in Abuja", "Dakar has been called off"}, not: []string{"Tuesday 24", "1 December", "talks with Ibrahim Danjuma)"}, cited: true},
	{question: "who did Moura meet in Accra?", want: []string{"met Kwame Asante"}, cited: true},
	{question: "who has Moura met this week?", want: []string{"met Kwame Asante", "Ibrahim Danjuma (Abuja, Wednesday 25 November 2026)"}, cited: true},
	{question: "is the Calder Water dispute still open?", want: []string{"No — ", "settled their dispute"}, cited: true},
	{question: "what's new on the Calder Water bills?", want: []string{"9% increase spread over two years"}, cited: true},
	{question: "did Aldane visit Kelby?", want: []string{"Yes — ", "Saturday 21 November 2026: Tom Aldane visited Kelby"}, cited: true}, // a leg since trips reads "the town of Kelby"
	{question: "who is Ruth Penhale?", want: []string{"leader of Kelby Town Council"}, cited: true},
	{question: "who is Anita Bhogal?", want: []string{"chair of the commission"}, cited: true},
	{question: "who is Grace Okafor?", want: []string{"chair of the Port Aston Residents' Association"}, not: []string{"who chairs", "mayor"}, cited: true},
	{question: "what did Lowther say about leaks?", want: []string{"Hamish Lowther", "in an interview", "leakage is below 15%"}, cited: true},
	{question: "what did Lowther say about the mayor?", want: []string{"estuary is cleaner"}, cited: true},
	{question: "what did Lowther say about China?", want: []string{"No quotes from Hamish Lowther about China"}},
	{question: "is the Port Aston bin strike over?", want: []string{nothingStored}, not: []string{"Calder", "Yes", "No —"}},
	// Right at first look.
	{question: "is Moura still going to Dakar?", want: []string{"called off"}, cited: true},
	{question: "did Moura visit Dakar?", want: []string{"called off"}, cited: true},
	{question: "when is Moura in Lagos?", want: []string{"I have nothing stored about Renata Moura visiting Lagos"}},
	{question: "what did Grace Okafor say?", want: []string{"Grace Okafor"}, items: []string{"People are rationing baths", "a win for every kitchen table"}, cited: true},
	{question: `who said "a win for every kitchen table"?`, want: []string{"was said by Grace Okafor"}, cited: true},
	{question: "when is aldane in carlisle", want: []string{"Thursday 26 November 2026", "Carlisle"}, cited: true},
	{question: "what did Aldane say about the flood barrier?", want: []string{"Tom Aldane"}, items: []string{"bailing out their kitchens"}, cited: true},
	{question: "when is Lindqvist in Kelby?", want: []string{"Week of 30 November 2026", "Kelby"}, cited: true},
	{question: "what did the mayor say about the water bills?", want: []string{"Chidi Okafor"}, items: []string{"a fair landing"}, not: []string{"Grace"}, cited: true},
	{question: "what did Danjuma say?", want: []string{"Ibrahim Danjuma"}, items: []string{"We need the know-how"}, cited: true},
}

// Titles told around a name rather than before it.
func TestDescribedAsAroundName(t *testing.T) {
	tests := []struct{ before, after, want string }{
		{before: "Aldane met flood wardens and the leader of Kelby Town Council, ", want: "leader of Kelby Town Council"},
		{before: "She spoke after the chief executive of Harwell Rail, ", want: "chief executive of Harwell Rail"},
		{after: ", who chairs the commission, said a ruling would follow.", want: "chair of the commission"},
		{after: ", who heads the Dunmore Tenants' Union and has lived on the estate since 1998, said.", want: "head of the Dunmore Tenants' Union"},
		{before: "The talks were chaired by ", want: ""},
		{after: ", who said the deal was fair.", want: ""},
	}
	for _, tt := range tests {
		got := ""
		if m := reWhoHeads.FindStringSubmatch(tt.after); m != nil {
			got = headsRole[m[1]] + " " + m[2]
		} else if m := reTitleOfBefore.FindStringSubmatch(tt.before); m != nil {
			got = m[1]
		}
		if strings.TrimSpace(got) != tt.want {
			t.Errorf("before %q after %q: got %q, want %q", tt.before, tt.after, got, tt.want)
		}
	}
}
