package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// Written for these tests: a pension fund's chief opposing a takeover, a
// negotiator at fisheries talks whose topic is set up a paragraph before
// her words, and a story that ends on her rhetorical question.
const fishText = `Ministers agreed early on Saturday to cut the North Sea cod quota by 12% next year, ending two weeks of talks in Bergen.

The agreement sets no limit on the by-catch of young cod, the point coastal communities had pressed hardest on.

"Twelve per cent of what? Nobody has counted the fish," Ingrid Sæther said. "If I set my budget from a number I guessed, I would be rich on paper."

Sæther has represented the coastal fleets for six years.

"We did not empty this sea. We are not asking for favours," she said.

Asked what a statement would say, she laughed. "What would it say?" she asked. "'See you in spring'?"`

func fishQuote(id int64, text, kind string) newsbot.QuoteHit {
	start := strings.Index(fishText, text)
	if start < 0 {
		panic("quote not in fishText: " + text)
	}
	// The paragraph holding the quote, as the store keeps it.
	ps := strings.LastIndex(fishText[:start], "\n")
	pe := strings.Index(fishText[start:], "\n")
	if pe < 0 {
		pe = len(fishText) - start
	}
	return newsbot.QuoteHit{ID: id, Quote: newsbot.Quote{Text: text, Kind: kind, Start: start, End: start + len(text)},
		Person: newsbot.PersonRecord{ID: 7, Name: "Ingrid Sæther"}, Article: newsbot.ArticleRef{ID: 40, Title: "Cod quota cut after Bergen talks", Outlet: "Coastal Wire", Published: at("2026-11-21T09:00:00Z")},
		Sentence: strings.TrimSpace(fishText[ps+1 : start+pe])}
}

func TestQuoteSubstance(t *testing.T) {
	tests := []struct {
		text, kind string
		want       int
	}{
		{"We did not empty this sea. We are not asking for favours,", newsbot.KindDirect, 2},
		{"Twelve per cent of what? Nobody has counted the fish,", newsbot.KindDirect, 2},
		{"What would it say?", newsbot.KindDirect, 0},
		{"'See you in spring'?", newsbot.KindDirect, 0},
		{"hypothetical scenarios", newsbot.KindPartial, 0},
		{"sold the fund short at the worst moment", newsbot.KindPartial, 2},
		{"the fleet would stay in port until the by-catch rules changed", newsbot.KindIndirect, 1},
	}
	for _, tt := range tests {
		if got := quoteSubstance(newsbot.QuoteHit{Quote: newsbot.Quote{Text: tt.text, Kind: tt.kind}}); got != tt.want {
			t.Errorf("quoteSubstance(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestRankQuotesTopicSetUpBefore(t *testing.T) {
	// The store lists them newest first: the last told first.
	hits := []newsbot.QuoteHit{
		fishQuote(6, "'See you in spring'?", newsbot.KindDirect),
		fishQuote(5, "What would it say?", newsbot.KindDirect),
		fishQuote(4, "We did not empty this sea. We are not asking for favours,", newsbot.KindDirect),
		fishQuote(3, "If I set my budget from a number I guessed, I would be rich on paper.", newsbot.KindDirect),
		fishQuote(2, "Twelve per cent of what? Nobody has counted the fish,", newsbot.KindDirect),
	}
	st := &fakeStore{article: func(_ context.Context, id int64) (*newsbot.Article, error) {
		if id != 40 {
			return nil, newsbot.ErrNotFound
		}
		return &newsbot.Article{Text: fishText}, nil
	}}
	s := &Service{Store: st, Location: time.UTC}
	rel, err := s.topicRelevance(context.Background(), hits, topicTerms("the by-catch agreement"))
	mustNoErr(t, err)
	got := rankQuotes(hits, rel)
	want := []int64{2, 3, 4, 5, 6} // set up by the agreement's paragraph, then as told, questions last
	for i, h := range got {
		if h.ID != want[i] {
			t.Fatalf("order = %v, want %v", ids(got), want)
		}
	}
	// Without a topic: the article's order, bare questions last.
	got = rankQuotes(hits, nil)
	if ids(got)[3] != 5 || ids(got)[4] != 6 || ids(got)[0] != 2 {
		t.Errorf("order without topic = %v, want 2 first and the questions 5, 6 last", ids(got))
	}
}

func ids(hs []newsbot.QuoteHit) []int64 {
	out := make([]int64, len(hs))
	for i, h := range hs {
		out[i] = h.ID
	}
	return out
}

func TestParagraphBefore(t *testing.T) {
	text := "First paragraph here.\n\nSecond one, setting up.\n\n\"A quote,\" she said."
	at := strings.Index(text, "\"A quote")
	if got := paragraphBefore(text, at); got != "Second one, setting up." {
		t.Errorf("paragraphBefore = %q", got)
	}
	if got := paragraphBefore(text, 3); got != "" {
		t.Errorf("paragraphBefore in the first paragraph = %q, want empty", got)
	}
	if got := paragraphBefore(text, len(text)+5); got != "" {
		t.Errorf("paragraphBefore past the end = %q, want empty", got)
	}
}

// fundWorld: a pension fund chief opposing a takeover, her lead-in fragment
// the only quote naming the deal; an older interview on another subject.
func fundWorld() world {
	deal := newsbot.ArticleRef{ID: 11, Title: "Holmfirth Foods agrees takeover by Arcadia", Outlet: "Market Wire", Published: at("2026-11-24T10:00:00Z")}
	old := newsbot.ArticleRef{ID: 9, Title: "Pension funds count the cost of gilt slide", Outlet: "Market Wire", Published: at("2026-10-02T10:00:00Z")}
	p := newsbot.PersonRecord{ID: 3, Name: "Renata Okafor", Role: "chief investment officer of Calder Pension Trust", Aliases: []string{"Okafor"}, Quotes: 4}
	q := func(id int64, a newsbot.ArticleRef, text, kind, sentence string, start int) newsbot.QuoteHit {
		return newsbot.QuoteHit{ID: id, Quote: newsbot.Quote{Text: text, Kind: kind, Cue: "said", Start: start}, Person: p, Article: a, Sentence: sentence}
	}
	return world{
		people: []newsbot.PersonRecord{p},
		quotes: []newsbot.QuoteHit{ // newest first, as the store lists them
			q(24, deal, "I would be astonished if we are the only holders who think this is too cheap.", newsbot.KindDirect,
				`"We will be speaking to other holders in the coming weeks," Okafor said. "I would be astonished if we are the only holders who think this is too cheap."`, 900),
			q(23, deal, "We will be speaking to other holders in the coming weeks,", newsbot.KindDirect,
				`"We will be speaking to other holders in the coming weeks," Okafor said. "I would be astonished if we are the only holders who think this is too cheap."`, 820),
			q(22, deal, "handed the company over at the bottom of the market", newsbot.KindPartial,
				`Its chief investment officer, Renata Okafor, said the board had "handed the company over at the bottom of the market" in agreeing the Arcadia takeover.`, 700),
			q(21, old, "Nobody saw the gilt move coming, and nobody should pretend they did.", newsbot.KindDirect,
				`"Nobody saw the gilt move coming, and nobody should pretend they did," Okafor said.`, 300),
		},
	}
}

func TestWhatSaidAboutShowsTheSubstance(t *testing.T) {
	s := service(fundWorld(), at("2026-11-26T12:00:00Z"), time.UTC)
	a, err := s.Ask(context.Background(), "what did Renata Okafor say about the Arcadia takeover?")
	mustNoErr(t, err)
	if !strings.Contains(a.Lead, "1 quote, newest first, then 2 more from the same story") {
		t.Errorf("lead %q: want the one quote on the takeover and the rest of that story", a.Lead)
	}
	if len(a.Items) != 3 || !strings.HasPrefix(a.Items[0].Text, "handed the company over") || !strings.HasPrefix(a.Items[1].Text, "We will be speaking") {
		t.Fatalf("items %+v: want the lead-in first, then the story's quotes as told", a.Items)
	}
	for _, it := range a.Items {
		if strings.Contains(it.Text, "gilt") {
			t.Errorf("a quote from another story is shown: %q", it.Text)
		}
	}
}

func TestWhatSaidAboutFallsBackToTheirQuotes(t *testing.T) {
	s := service(fundWorld(), at("2026-11-26T12:00:00Z"), time.UTC)
	a, err := s.Ask(context.Background(), "what did Okafor say about the minimum wage?")
	mustNoErr(t, err)
	if strings.Contains(a.Lead, "No quotes from") || !strings.Contains(a.Lead, "No quote from Renata Okafor mentions the minimum wage; the topic search found none") {
		t.Errorf("lead %q: want the topic said to match none, not that nothing is stored", a.Lead)
	}
	if len(a.Items) != 4 {
		t.Errorf("items %d, want all 4 of her quotes", len(a.Items))
	}
	// Somebody never quoted still gets "no quotes".
	w := fundWorld()
	w.people = append(w.people, newsbot.PersonRecord{ID: 5, Name: "Tobias Lindqvist"})
	a, err = service(w, at("2026-11-26T12:00:00Z"), time.UTC).WhoSaid(context.Background(), "Tobias Lindqvist about the minimum wage", 1)
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "No quotes from Tobias Lindqvist") {
		t.Errorf("lead %q for a person never quoted", a.Lead)
	}
}

// TestRankedPagesNeitherRepeatNorSkip pages through a much-quoted
// minister: 37 quotes in articles of 1 to 6 quotes each, each article's
// told last first as the store lists them, a bare question closing some.
func TestRankedPagesNeitherRepeatNorSkip(t *testing.T) {
	p := newsbot.PersonRecord{ID: 9, Name: "Hanne Vestergaard", Quotes: 37}
	var w world
	w.people = []newsbot.PersonRecord{p}
	id, art := int64(1000), int64(100)
	day := at("2026-11-25T09:00:00Z")
	for n := 3; len(w.quotes) < 37; n++ {
		size := 1 + n%6
		ref := newsbot.ArticleRef{ID: art, Title: "Harbour levy story", Outlet: "Baltic Wire", Published: day}
		for k := size - 1; k >= 0 && len(w.quotes) < 37; k-- {
			text := "The harbour levy will be reviewed before the budget, and not a day later."
			if k == size-1 && size > 2 {
				text = "Who pays for that?"
			}
			w.quotes = append(w.quotes, newsbot.QuoteHit{ID: id, Person: p, Article: ref,
				Quote: newsbot.Quote{Text: text, Kind: newsbot.KindDirect, Start: 100 * (k + 1)}})
			id--
		}
		art--
		day = day.Add(-24 * time.Hour)
	}
	s := service(w, at("2026-11-26T12:00:00Z"), time.UTC)
	seen := map[int64]bool{}
	for page := 0; page*PageSize < 37; page++ {
		hits, err := s.rankedPage(context.Background(), p.ID, page*PageSize)
		mustNoErr(t, err)
		for _, h := range hits[:min(len(hits), PageSize)] {
			if seen[h.ID] {
				t.Fatalf("page %d repeats quote %d", page+1, h.ID)
			}
			seen[h.ID] = true
		}
	}
	if len(seen) != 37 {
		t.Errorf("pages showed %d of 37 quotes", len(seen))
	}
	// The newest article's bare question comes after its statements.
	first, err := s.rankedPage(context.Background(), p.ID, 0)
	mustNoErr(t, err)
	if first[0].Quote.Text == "Who pays for that?" {
		t.Errorf("a bare question leads the first page")
	}
}
