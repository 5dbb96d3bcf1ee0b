package summaries

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// TestAskAuditTwo asks a set written for the failures a second outside
// audit found (testdata/askq2, twelve articles from Monday 23 to Thursday
// 26 November 2026, questions written before the first run): fact
// questions whose answer sentence names the subject by a description ("the
// carmaker", "the club", "the 58-year-old"); an acronym that is also a
// question word (WHO) or is spelt out in the article (IMF); a visit told
// only with a description of the traveller; a plan a newer report says was
// carried out.
//
// First look through `bot ask` on a fresh database: 11/27 right, 4 partial,
// 12 wrong; after the fixes 27/27.
func TestAskAuditTwo(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq2", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askAuditTwo)
}

var askAuditTwo = []askCase{
	// Wrong or partial at first look.
	{question: "How many jobs will Vellmont cut?", want: []string{"2,400"}, cited: true},
	{question: "How many jobs will Vellmont Motors cut?", want: []string{"2,400"}, cited: true},
	{question: "How much does Harlow Rail owe?", want: []string{"£310 million"}, cited: true},
	{question: "What is Pemberton Foods' new forecast?", want: []string{"£410 million"}, cited: true},
	{question: "Who is defending Tomas Reiner?", want: []string{"Ines Kaltenbach"}, cited: true},
	{question: "Who is defending Reiner?", want: []string{"Ines Kaltenbach"}, cited: true},
	{question: "How much were Ashcombe Rovers fined?", want: []string{"£2.5 million"}, cited: true},
	{question: "How many points were Ashcombe Rovers docked?", want: []string{"six points"}, cited: true},
	{question: "How much did the developer pay Reiner?", want: []string{"€740,000"}, cited: true},
	{question: "When will the WHO decide on mpox?", want: []string{"Friday"}, not: []string{"Ferreyra"}, cited: true},
	{question: "What did the IMF say about Argentina?", want: []string{"programme remained on track"}, cited: true},
	{question: "When is Tavares in Praia?", want: []string{"in Praia on Monday"}, cited: true},
	{question: "When is Tavares in Mindelo?", want: []string{"Mindelo on Wednesday"}, cited: true},
	{question: "When did Ferreyra meet the bondholders?", want: []string{"met the committee"}, not: []string{"is due to meet"}, cited: true},
	{question: "Did Ferreyra meet the bondholders?", want: []string{"met the committee"}, cited: true},
	{question: "What happened with Argentina's bondholders?", want: []string{"met the committee"}, cited: true},
	// Found while checking the fixes: a host named in the sentence is not
	// the described traveller; a day after the place is not part of it.
	{question: "When is Monteiro in Praia?", want: []string{nothingStored}},
	{question: "Is Tavares in Mindelo on Wednesday?", want: []string{"sail to Mindelo on Wednesday"}, not: []string{"Lisbon said"}, cited: true},
	{question: "Will Mrisho be in Lusaka on Thursday?", want: []string{"Thursday 26 November 2026", "Lusaka"}, cited: true},
	{question: "What does Harlow Rail owe?", want: []string{"£310 million"}, cited: true},
	{question: "How old is Reiner?", want: []string{"58-year-old"}, cited: true},
	{question: "When will Pemberton raise prices?", want: []string{"in January"}, cited: true},
	{question: "How much does the rail operator owe?", want: []string{"£310 million"}, cited: true},
	// A last probe: a title before the name ("Manager Dean Holloway"),
	// an irregular verb ("fall", "fell").
	{question: "Who manages Ashcombe Rovers?", want: []string{"Dean Holloway"}, cited: true},
	{question: "How much did Pemberton's shares fall?", want: []string{"9%"}, cited: true},
	// Right at first look.
	{question: "What does Pemberton now expect?", want: []string{"£410 million"}, cited: true},
	{question: "How much will Argentina pay in January?", want: []string{"$4.3 billion"}, cited: true},
	{question: "When does the WHO emergency committee meet?", want: []string{"Friday 27 November 2026"}, cited: true},
	{question: "When is Mrisho in Lusaka?", want: []string{"Thursday 26 November 2026", "Lusaka"}, cited: true},
	{question: "When is Mrisho in Harare?", want: []string{"Tuesday 24 November 2026"}, cited: true},
	{question: "When is Halima Mrisho in Gaborone?", want: []string{"Saturday 28 November 2026"}, cited: true},
	{question: "When is Tavares in Cape Verde?", want: []string{"30 November 2026"}, cited: true},
	{question: "Who did Ferreyra meet in London?", want: []string{"met the committee"}, cited: true},
	{question: "What did the transport secretary say?", want: []string{"Neil Carver"}, cited: true},
	{question: "What has Vellmont offered staff?", want: []string{"voluntary redundancy"}, cited: true},
	{question: "When does the Vellmont strike vote close?", want: []string{"December 14"}, cited: true},
}

// TestAskAuditTwoMore checks the fixes on a second set written after them
// (testdata/askq3, six articles): other descriptions ("the group", "the
// carrier", "the UN nuclear watchdog", "the prime minister") and another
// stale plan. First look after the fixes: 9/13 right; the date rule then
// let a sentence with the subject described beat a lead dated only by its
// report day (10/13); "who will replace Barker?" and "who is in charge of
// Harbour City?" then found the successor put "in charge" (12/13), and
// "who is coaching Harbour City?" no longer takes the sacked manager the
// lead names (13/13).
func TestAskAuditTwoMore(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq3", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, askAuditTwoMore)
}

var askAuditTwoMore = []askCase{
	{question: "How many jets has Northway ordered?", want: []string{"40 narrow-body jets"}, cited: true},
	{question: "How many passengers does Northway expect next year?", want: []string{"41 million"}, cited: true},
	{question: "When will IAEA inspectors return to Kessock?", want: []string{"December 3"}, cited: true},
	{question: "What did the IAEA say about Kessock?", want: []string{"International Atomic Energy Agency said"}, cited: true},
	{question: "How big a surplus does Keane expect?", want: []string{"€8.6 billion"}, cited: true},
	{question: "What is Keane's new forecast?", want: []string{"€8.6 billion"}, cited: true},
	{question: "When is Arai in Hanoi?", want: []string{"Saturday 28 November 2026"}, cited: true},
	{question: "When did Arai sign the coastguard agreement?", want: []string{"Arai signed"}, not: []string{"due to sign"}, cited: true},
	{question: "Did Arai sign the coastguard agreement?", want: []string{"Arai signed"}, cited: true},
	{question: "How many officers will Japan train?", want: []string{"300"}, cited: true},
	// A third look, five more articles (07 to 11): 6/10 right at first;
	// "pay shareholders" told as "return ... to investors", "how old is
	// Veen?" as "Veen, 52,", "who runs Corvan Bank?" as "Chief executive
	// Sofia Brandt said", and "what did the chancellor say about
	// borrowing?" told as "The chancellor told MPs ..." then fixed. Still
	// wrong: "when will the NPA decide?" (nothing says "decide").
	{question: "How much will Corvan Bank pay shareholders?", want: []string{"45 cents a share"}, cited: true},
	{question: "How much stock will Corvan buy back?", want: []string{"€500 million"}, cited: true},
	{question: "When will the NPA publish its findings?", want: []string{"January 15"}, cited: true},
	{question: "When did Dalby unveil the budget?", want: []string{"Dalby unveiled"}, not: []string{"due to"}, cited: true},
	{question: "When is Veen in Nairobi?", want: []string{"Friday 27 November 2026"}, cited: true},
	{question: "How old is Veen?", want: []string{"Veen, 52,"}, cited: true},
	{question: "Who runs Corvan Bank?", want: []string{"Sofia Brandt"}, cited: true},
	{question: "What did the chancellor say about borrowing?", want: []string{"Rachel Dalby"}, items: []string{"halve borrowing"}, cited: true},
	{question: "What did Dalby say about borrowing?", want: []string{"Dalby"}, items: []string{"halve borrowing"}, cited: true},
	{question: "Who will replace Barker?", want: []string{"Rui Matos"}, cited: true},
	{question: "Who is coaching Harbour City?", want: []string{"Rui Matos"}, cited: true},
	{question: "Who is in charge of Harbour City?", want: []string{"Rui Matos"}, cited: true},
}

func TestDescribes(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The carmaker will shed 2,400 positions over two years.", true},
		{"The UN agency said the committee would meet on Friday.", true},
		{"Cape Verde's prime minister will welcome the 71-year-old in Praia.", true},
		{"The club was fined £2.5 million.", true},
		{"The Linz mayor resigned on Monday.", false},
		{"Shares fell 9% in early trading.", false},
	} {
		if got := describes(tt.text); got != tt.want {
			t.Errorf("describes(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAskedFor(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want askedKind
	}{
		{"How much does Harlow Rail owe?", askedFigure},
		{"What is Pemberton Foods' new forecast?", askedFigure},
		{"Who is defending Tomas Reiner?", askedPerson},
		{"Who will replace Barker?", askedPerson},
		{"Who is Tomas Reiner?", askedNone},
		{"Who said the case rested on a grudge?", askedNone},
		{"When will the WHO decide?", askedDate},
		{"What did the IMF say?", askedNone},
	} {
		if got := askedFor(tt.q); got != tt.want {
			t.Errorf("askedFor(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestDefinedAs(t *testing.T) {
	for _, tt := range []struct{ text, acr, want string }{
		{"The World Health Organization (WHO) will convene its emergency committee.", "WHO", "World Health Organization"},
		{"Officials of the Food and Agriculture Organization (FAO) met in Rome.", "FAO", "Food and Agriculture Organization"},
		{"The Bank of England (BoE) held rates.", "BOE", ""},
		{"Shares rose (WHO) after the report.", "WHO", ""},
		{"The Competition and Consumer Protection Commission, or CCPC, said its review was complete.", "CCPC", "Competition and Consumer Protection Commission"},
		{"The Office of Rail and Road, or the ORR, fined the operator.", "ORR", "Office of Rail and Road"},
		{"Prices fell in Cork, or CCPCX, last year.", "CCPC", ""},
	} {
		if got := definedAs(tt.text, tt.acr); got != tt.want {
			t.Errorf("definedAs(%q, %s) = %q, want %q", tt.text, tt.acr, got, tt.want)
		}
	}
	if got := questionAcronyms("WHEN WILL THE WHO DECIDE?"); got != nil {
		t.Errorf("an all-capitals question has no acronyms, got %q", got)
	}
	if got := questionAcronyms("When will the WHO decide?"); len(got) != 1 || got[0] != "WHO" {
		t.Errorf("questionAcronyms = %q, want [WHO]", got)
	}
}

func TestFactScore(t *testing.T) {
	terms := []string{"jobs", "Vellmont", "cut"}
	about := map[string]bool{"vellmont": true}
	if got := factScore("The carmaker will shed 2,400 positions over two years.", terms, about); got != 3 {
		t.Errorf("described sentence scores %d, want 3", got)
	}
	if got := factScore("The carmaker will shed 2,400 positions over two years.", terms, nil); got != 2 {
		t.Errorf("without the article's subject it scores %d, want 2", got)
	}
	if got := factScore("Shares rose 3% in Stockholm.", terms, about); got != 0 {
		t.Errorf("unrelated sentence scores %d, want 0", got)
	}
}

func TestParseYesNoDayAfterPlace(t *testing.T) {
	q := ParseQuestion("Is Tavares in Mindelo on Wednesday?")
	if q.Kind != QWhen || q.Place != "Mindelo" || !strings.EqualFold(q.DateText, "Wednesday") || !q.YesNo {
		t.Errorf("got %+v, want a yes/no when-question about Mindelo on Wednesday", q)
	}
	if q := ParseQuestion("Who is in charge of Harbour City?"); q.Kind == QVisitors {
		t.Errorf("got %+v, want no visitors question", q)
	}
}

func TestDatesOnlyReport(t *testing.T) {
	tue := at("2026-11-24T09:00:00Z")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Pemberton Foods lowered its outlook on Tuesday.", true},
		{"The company said today that prices would rise.", true},
		{"Price rises would take effect in January.", false},
		{"The committee will meet on Friday.", false},
		{"The vote closes on December 14.", false},
	} {
		if got := datesOnlyReport(tt.text, tue); got != tt.want {
			t.Errorf("datesOnlyReport(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A plan gives way to a newer report of something done by the same
// person, though with another verb ("will travel to London" → "met ...
// in London"), and "a plan to swap" in it names a plan, not one of hers.
func TestDoneReport(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Argentine minister heads to London", Published: at("2026-11-23T09:00:00Z")}
	thu := newsbot.ArticleRef{ID: 2, Title: "Argentina wins breathing space", Published: at("2026-11-26T09:00:00Z")}
	plan := newsbot.Passage{Article: mon, Text: "Argentine Economy Minister Lucía Ferreyra will travel to London this week to reassure investors."}
	done := newsbot.Passage{Article: thu, Text: "Lucía Ferreyra met the bondholders' committee in London on Wednesday and secured its backing for a plan to swap part of the debt."}
	older := newsbot.Passage{Article: newsbot.ArticleRef{ID: 3, Published: at("2026-11-20T09:00:00Z")}, Text: "Ferreyra met bankers in London last year."}
	s := &Service{Store: &fakeStore{searchPassages: func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, nil }}}
	terms := []string{"Ferreyra", "doing", "London"}
	p, ok, err := s.doneReport(context.Background(), plan, terms, []newsbot.Passage{older, done})
	mustNoErr(t, err)
	if !ok || p.Text != done.Text {
		t.Errorf("doneReport = %q, %v; want the newer report", p.Text, ok)
	}
	if _, ok, _ := s.doneReport(context.Background(), done, terms, []newsbot.Passage{plan}); ok {
		t.Error("a report of something done needs no newer report")
	}
}

func TestWithAcronyms(t *testing.T) {
	stored := []newsbot.Passage{
		{Text: "The World Health Organisation said its emergency committee would meet on Friday."},
		{Text: "The Northern Ports Authority (NPA) opened a review of dock charges."},
		{Text: "The IMF said the programme was on track."},
	}
	st := &fakeStore{searchPassages: func(_ context.Context, q string, _ int) ([]newsbot.Passage, error) {
		var out []newsbot.Passage
		for _, p := range stored {
			if termScore(p.Text, keyTerms(q)) == len(keyTerms(q)) {
				out = append(out, p)
			}
		}
		return out, nil
	}}
	s := &Service{Store: st}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"When will the WHO decide?", []string{"decide", "WHO", "World", "Health", "Organisation"}},
		{"When will the NPA publish its findings?", []string{"NPA", "publish", "findings", "Northern", "Ports", "Authority"}},
		{"What did the International Monetary Fund say?", []string{"International", "Monetary", "Fund", "IMF"}},
	} {
		got, err := s.withAcronyms(context.Background(), tt.q, keyTerms(tt.q))
		mustNoErr(t, err)
		if !slices.Equal(got, tt.want) {
			t.Errorf("withAcronyms(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
