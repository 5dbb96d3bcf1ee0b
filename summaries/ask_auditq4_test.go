package summaries

import (
	"testing"
	"time"
)

// TestAskAuditFour asks a set written for the classes a later outside
// audit found (testdata/askq4, twelve articles from Friday 20 to Thursday
// 26 November 2026, questions and expectations in questions.tsv written
// before the first run): a meeting's day told after the arrival's ("arrives
// in Santiago on Tuesday ... will meet Paredes on Thursday"); "what's new"
// on a story whose newest report leads with the event and gives its outcome
// later; a settled dispute whose terms follow the suspension; an arrival
// stored only at country level; things the archive does not hold.
//
// First look through `bot ask` on a fresh database: 8/20 right, 5 partial,
// 7 wrong.
func TestAskAuditFour(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq4", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askAuditFour)
}

var askAuditFour = []askCase{
	// Class 1: the meeting's own day, not the arrival's.
	{question: "when does Virtanen meet Paredes?", want: []string{"Thursday 26 November 2026", "Rodrigo Paredes"}, not: []string{"Tuesday"}, cited: true},
	{question: "when is Virtanen meeting President Paredes?", want: []string{"Thursday 26 November 2026"}, not: []string{"Tuesday"}, cited: true},
	{question: "when does Virtanen meet Rojas?", want: []string{"Wednesday 25 November 2026", "Valparaiso"}, cited: true},
	{question: "when does Adeyemi meet Keller?", want: []string{"Tuesday 1 December 2026"}, not: []string{"Sunday"}, cited: true},
	{question: "when does Tremblay meet Herrera?", want: []string{"Saturday 28 November 2026"}, cited: true},
	// Class 2: the outcome leads, not the event.
	{question: "what's new on the Harwick libraries?", want: []string{"voted 31 to 18", "Harwick Courier, Wed 25 Nov 2026"}, not: []string{"protesters gathered"}, cited: true},
	{question: "what's the latest on the library closures?", want: []string{"voted 31 to 18"}, cited: true},
	{question: "what's new on the Marlow Energy appeal?", want: []string{"dismissed the appeal"}, not: []string{"closing arguments"}, cited: true},
	// Class 3: a settlement with its terms.
	{question: "what's new on the Port Carrow strike?", want: []string{"suspended their strike", "7 per cent this year"}, cited: true},
	{question: "any news on the Selby doctors' strike?", want: []string{"called off", "5 per cent rise"}, cited: true},
	// Class 4: an arrival told at country level, asked by city.
	{question: "when does Silva arrive in Tokyo?", want: []string{"Sunday 29 November 2026", "Japan", "city is not reported"}, not: []string{nothingStored}, cited: true},
	{question: "when did Mwangi arrive in Berlin?", want: []string{"Tuesday 24 November 2026", "Germany", "city is not reported"}, not: []string{nothingStored}, cited: true},
	// Class 6: not in the archive.
	{question: "when does Virtanen meet the Pope?", want: []string{nothingStored}, not: []string{"Paredes", "Thursday"}},
	{question: "when does Silva arrive in Seoul?", want: []string{nothingStored}},
	{question: "what's new on the Harwick swimming pool?", want: []string{nothingStored}},
	{question: "what's new on the Dunmore ferry strike?", want: []string{nothingStored}},
	// Found while checking: a meeting dated only with the journey ("will
	// fly to Australia on Monday ... is expected to meet Donovan").
	{question: "when does Silva meet Morita?", want: []string{"during the visit to Japan from Sunday 29 November 2026", "does not give the day"}, not: []string{"Sunday 29 November 2026: "}, cited: true},
	// Right at first look.
	{question: "when is Virtanen in Santiago?", want: []string{"Tuesday 24 November 2026", "Santiago"}, cited: true},
	{question: "when does Adeyemi arrive in Berlin?", want: []string{"Sunday 29 November 2026", "Berlin"}, cited: true},
	{question: "when does Silva arrive in Japan?", want: []string{"Sunday 29 November 2026", "Japan"}, cited: true},
	{question: "is the Port Carrow strike over?", want: []string{"Yes — suspended"}, cited: true},
}
