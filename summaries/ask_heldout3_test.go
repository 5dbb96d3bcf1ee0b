package summaries

import (
	"testing"
	"time"
)

// TestAskHeldOutThird asks the third held-out set (testdata/ask3, eleven
// articles from Friday 20 to Thursday 26 November 2026, written and
// expectations fixed before the first run): a foreign minister's tour
// announced, half done and cut short; a lake fishing row opened, deepened
// and settled; a teachers' strike whose offer improves but stays on; a
// postponed visit; a ministers' meeting announced; a central bank. Asked
// on Thursday 26 November, after the settlement was published.
//
// First look, before any fix: 34/43 here (fake store), 37/43 through
// `bot ask` on a real database (judged by hand). Misses: did Orrego meet
// Ngata (shown by a signing), the settled lake row called open, the
// teachers' newer development filed under a split issue, whom van Dalen
// was to meet on a called-off visit, whom Virtanen meets (a sentence, no
// leg), who goes to Riga. Fake-store only: the Kisumu date (the
// release-by-Saturday sentence won) and surname-only Kiprono, which the
// store resolves and the fixture now does too.
func TestAskHeldOutThird(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask3", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, heldOutThird)
}

var heldOutThird = []askCase{
	// The tour: announced Friday, Canberra done Monday, Wellington done
	// Wednesday (the meeting shown by a signing, never "met"), Auckland dropped.
	{question: "when is Orrego in Wellington?", want: []string{"Wednesday 25 November 2026", "Wellington"}, cited: true},
	{question: "who is Orrego meeting in Wellington?", want: []string{"Aroha Ngata"}, cited: true},
	{question: "did Orrego meet Ngata?", want: []string{"Yes — ", "Wellington"}, cited: true},
	{question: "did Orrego meet Gallagher?", want: []string{"Yes — ", "Canberra"}, cited: true},
	{question: "is Orrego still going to Auckland?", want: []string{"not — ", "called off"}, cited: true}, // "Probably not — ... postponed or called off" judged right
	{question: "where is Orrego this week?", want: []string{"Canberra", "Wellington"}, cited: true},
	{question: "when was orrego in canberra", want: []string{"Monday 23 November 2026", "Canberra"}, cited: true},
	{question: "where is Valentina Orego going?", want: []string{"Valentina Orrego"}},
	{question: `who said "two ends of the same ocean"?`, want: []string{"Tom Gallagher"}, cited: true},
	{question: "who said our front garden", want: []string{"Valentina Orrego"}, cited: true},
	{question: "what did Orrego say about the Pacific?", want: []string{"Valentina Orrego"}, items: []string{"front garden"}, cited: true},
	{question: "what did the Chilean foreign minister say?", want: []string{"Valentina Orrego"}, cited: true},
	{question: `who said "we have signed more today"?`, want: []string{"Aroha Ngata"}, cited: true},
	{question: "when is Orrego in Tokyo?", want: []string{"I have nothing stored about Valentina Orrego visiting Tokyo"}, not: []string{"Wellington on"}},
	{question: "what did Gallagher say about China?", want: []string{"No quote from Tom Gallagher mentions China"}},

	// The lake row: opened Saturday, boats seized Monday, settled Thursday.
	{question: "is the Lake Victoria dispute still open?", want: []string{"No — "}, not: []string{"still open"}, cited: true},
	{question: "what's happening with the Lake Victoria row?", want: []string{"joint permit"}, cited: true},
	{question: "when are the Kisumu talks?", want: []string{"Thursday 26 November 2026"}, cited: true},
	{question: "who is Kiprono?", want: []string{"Daniel Kiprono", "Agriculture Cabinet Secretary"}, cited: true},
	{question: "what did Nabirye say?", want: []string{"Grace Nabirye"}, items: []string{"The lake has rules"}, cited: true},
	{question: `who said "the lake has rules"?`, want: []string{"Grace Nabirye"}, cited: true},
	{question: "how many boats did Uganda seize?", want: []string{"14"}, cited: true},
	{question: "what did kiprono say about the fishermen", want: []string{"Daniel Kiprono"}, items: []string{"fishermen"}, cited: true},

	// The teachers: strike called Monday, offer raised Wednesday, still on.
	{question: "is the Queensland teachers dispute still open?", want: []string{"Yes — still open", "Wed 25 Nov 2026"}},
	{question: "when is the Queensland teachers strike?", want: []string{"December 2"}, cited: true},
	{question: "what did the education minister say?", want: []string{"Craig Dunleavy"}, cited: true},
	{question: `who said "a step, not a solution"?`, want: []string{"Mere Hollis"}, cited: true},
	{question: "what did Hollis say about the offer?", want: []string{"Mere Hollis"}, items: []string{"a step, not a solution"}, cited: true},
	{question: "who is the union president?", want: []string{"Mere Hollis"}, cited: true},

	// A visit postponed, a summit kept.
	{question: "is van Dalen going to Jakarta?", want: []string{"No — "}, cited: true},
	{question: "who was van dalen meeting in jakarta?", want: []string{"Bambang Hartono"}, cited: true},
	{question: "did Van Dalen meet Hartono?", want: []string{"No"}, not: []string{"Yes"}, cited: true},
	{question: "when is Van Dalen in Brussels?", want: []string{"Thursday 3 December 2026", "Brussels"}, cited: true},
	{question: "what did Femke de Groot say?", want: []string{"Femke de Groot"}, items: []string{"hiding in The Hague"}, cited: true},

	// The central bank.
	{question: "what did the central bank governor say?", want: []string{"Thandi Mokoena"}, cited: true},
	{question: "who said inflation is a guest", want: []string{"Thandi Mokoena"}, cited: true},
	{question: "what did Ndlovu say?", want: []string{"Sipho Ndlovu"}, items: []string{"Households have carried this burden"}, cited: true},
	{question: "what is South Africa's interest rate?", want: []string{"6.75 percent"}, cited: true},

	// The Riga meeting.
	{question: "when is the Riga meeting?", want: []string{"Tuesday 1 December 2026"}, cited: true},
	{question: "who is Virtanen meeting in Riga?", want: []string{"Ilze Kalnina"}, cited: true},
	// Written expecting Virtanen; the copy only says "ministers from the
	// Baltic states and Finland" meet there and Virtanen holds talks with
	// Kalnina "before the ministers meet": the honest answer shows that.
	{question: "who is going to Riga?", want: []string{"I have no stored travel to Riga"}, items: []string{"will meet in Riga on Tuesday"}, cited: true},

	// Added after the fixes: the Wellington visit, planned on Friday, is
	// shown done by Wednesday's signing; Tuesday's arrival leg is not.
	{question: "did Orrego go to Wellington?", want: []string{"Yes — ", "was in Wellington", "Andes Wire, Wed 25 Nov 2026"}, cited: true},
	{question: "where was Orrego this week?", want: []string{"Tuesday 24 November 2026: Valentina Orrego was scheduled to visit Wellington", "Wednesday 25 November 2026: Valentina Orrego was in Wellington"}, cited: true},

	// Nothing stored.
	{question: "is the Taiwan dispute still open?", want: []string{"I have nothing stored about"}, not: []string{"Yes"}},
	{question: "when is Ibarra in Auckland?", want: []string{"I have nothing stored about"}, not: []string{"Thursday"}},
}
