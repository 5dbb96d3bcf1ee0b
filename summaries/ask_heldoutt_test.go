package summaries

import (
	"testing"
	"time"
)

// TestAskHeldOutTopics asks a set written before its fixes (testdata/askt,
// fifteen articles from Friday 20 to Thursday 26 November 2026, questions in
// questions.tsv): a person's quotes on a topic told by another ending
// ("refund", "striking"), by the paragraph around the quote, or by a
// synonym the copy uses ("walkout", "money back"); a person's quotes when
// none names the topic but the stories do; a visit the trip extractor
// never saw, cancelled ("called off", "removed from the programme");
// settlements that end one dispute and report another still open.
//
// First look through `bot ask` on a fresh database: quotes on a topic 2/7
// right (the full-text match alone kept the quotes holding the word as
// asked: 2 of Kohler's 3 on refunds, 1 of 3 on the strike, 1 when asked
// "the refund"; nothing for "depot closures"); whole lists 2/2 right;
// cancelled visits 1/4 (the Doha leg "removed from the programme" read as
// scheduled; the Vilnius visit led "nothing stored" over its own
// cancellation); settlements 5/8 (a second dispute told open beside a
// settlement kept no issue of its own). After the fixes: quotes on a topic
// 7/7, lists 2/2, cancelled visits 4/4, settlements 7/8 (the miss: "are
// Westbury students still demanding refunds?" is answered by search, which
// leads with the newer Calder sentence).
func TestAskHeldOutTopics(t *testing.T) {
	s := service(fixtureWorldIn(t, "askt", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askHeldOutTopics)
}

var askHeldOutTopics = []askCase{
	// Quotes on a topic: wrong or partial at first look.
	{question: "what did Kohler say about refunds?", want: []string{"Sabine Kohler", "about refunds"},
		items: []string{"refunds system", "owed a refund", "money back"}, cited: true},
	{question: "what did Kohler say about the refund?", want: []string{"Sabine Kohler", "about the refund"},
		items: []string{"refunds system", "owed a refund", "money back"}, cited: true},
	{question: "what did Rivera say about the strike?", want: []string{"Marta Rivera", "about the strike: 3 quotes"},
		items: []string{"striking because", "strike on Friday", "Nobody takes this step lightly"}, cited: true},
	{question: "what did Rivera say about depot closures?", want: []string{"Marta Rivera", "from coverage of depot closures"},
		items: []string{"cynical move"}, cited: true},
	{question: "what did Grant say about refunds?", want: []string{"Leah Grant"}, items: []string{"money back"}, cited: true},
	// Cancelled visits: wrong at first look.
	// Extraction now stores the Doha leg cancelled from its removal: the
	// lead says so, the removal sentence is among the items.
	{question: "when is Novak in Doha?", want: []string{"Doha has been called off"}, not: []string{"is scheduled"}, items: []string{"removed from the programme"}, cited: true},
	{question: "is Novak still going to Doha?", want: []string{"No — ", "Doha has been called off"}, items: []string{"removed from the programme"}, cited: true},
	{question: "when is Ferreira in Vilnius?", want: []string{"Rui Ferreira's visit to Vilnius was called off", "Iberian Post"}, not: []string{nothingStored}, cited: true},
	{question: "is Ferreira still going to Vilnius?", want: []string{"No — ", "called off"}, cited: true},
	// Right at first look.
	{question: "what did Kohler say about vouchers?", want: []string{"about vouchers: 1 quote"}, items: []string{"A voucher is not"}, cited: true},
	{question: "what did Kohler say about the weather?", want: []string{"No quote from Sabine Kohler mentions the weather; the topic search found none"}},
	{question: "what did Kohler say?", want: []string{"Sabine Kohler", "quotes, newest first"},
		items: []string{"refunds system", "Commuters have carried", "A voucher is not", "owed a refund"}, cited: true},
	{question: "what did Rivera say?", want: []string{"Marta Rivera", "4 quotes, newest first"},
		items: []string{"cynical move", "striking because"}, cited: true},
	{question: "who is Ferreira meeting in Vilnius?", want: []string{"visit to Vilnius was called off"}, cited: true},
	{question: "what did Rivera say about the pay dispute?", want: []string{"Marta Rivera", "about the pay dispute: 1 quote"}, items: []string{"promise it made on pay"}, cited: true},
	// Lists asked other ways: searched ("nothing stored that answers") at
	// first look.
	{question: "how did Rivera respond?", want: []string{"Marta Rivera", "4 quotes, newest first"}, items: []string{"cynical move"}, cited: true},
	{question: "what was Rivera's reaction?", want: []string{"Marta Rivera", "4 quotes"}, cited: true},
	{question: "quotes from Kohler about refunds", want: []string{"Sabine Kohler", "about refunds"}, items: []string{"money back"}, cited: true},
	{question: "when is Novak in Riyadh?", want: []string{"Monday 23 November 2026", "Riyadh"}, cited: true},
}
