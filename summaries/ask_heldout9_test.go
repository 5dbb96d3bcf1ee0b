package summaries

import (
	"testing"
	"time"
)

// TestAskNinth asks a ninth set (testdata/ask9, six articles from Saturday
// 21 to Thursday 26 November 2026, expectations written before the first
// run, after the eighth set's fixes): a foreign minister's tour whose Hanoi
// stop a typhoon moves a day; a nurses' strike with two Murphys (a union
// representative and the health minister); a court halting a mine.
//
// First look through `bot ask` on a fresh database: 14/20 right, 2 partial,
// 4 wrong.
func TestAskNinth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask9", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askNinth)
}

var askNinth = []askCase{
	// Fixed after the first look.
	{question: "when is Sato in Hanoi?", want: []string{"Friday 27 November 2026"}, not: []string{"Thursday"}, cited: true},
	{question: "who is Sato meeting in Hanoi?", want: []string{"Nguyen Thanh Long (Hanoi, Friday 27 November 2026)"}, cited: true},
	{question: "who is going to Hanoi?", want: []string{"Kenji Sato (Friday 27 November 2026"}, not: []string{"Thursday"}, cited: true},
	{question: "when was Sato in Manila?", want: []string{"Tuesday 24 November 2026: Kenji Sato was in Manila"}, cited: true},
	{question: "what did Delta Mines say?", want: []string{"Delta Mines said it would appeal"}, cited: true},
	{question: "did Sato sign the coast guard deal?", want: []string{"Yes, according to Pacific Rim Wire", "deal signed in Manila"}, cited: true},
	{question: "has Delta Mines appealed?", want: []string{"Not reported as done", "said it would appeal"}, not: []string{"Yes"}, cited: true},
	// Right at first look.
	{question: "what did Sato say about the ships?", want: []string{"Kenji Sato"}, items: []string{"rule of law at sea"}, cited: true},
	{question: "when is the Cork nurses strike?", want: []string{"December 3"}, cited: true},
	{question: "is the Cork nurses dispute still open?", want: []string{"Yes — still open", "resume"}, cited: true},
	{question: "what did Declan Murphy say?", want: []string{"Declan Murphy"}, items: []string{"patients caught in the middle"}, not: []string{"Siobhan"}, cited: true},
	{question: "what did Siobhan Murphy say?", want: []string{"Siobhan Murphy"}, not: []string{"Declan"}, cited: true},
	{question: "what did the health minister say?", want: []string{"Declan Murphy"}, cited: true},
	{question: `who said "treated the consultation as a formality"?`, want: []string{"Thandiwe Mokoena"}, cited: true},
	{question: "when do the nurses' talks resume?", want: []string{"Monday 30 November 2026"}, cited: true},
	{question: "who is Teresa Lacson?", want: []string{"Philippine Foreign Secretary"}, cited: true},
	{question: "when is Sato in Jakarta?", want: []string{"I have nothing stored about Kenji Sato visiting Jakarta"}},
}
