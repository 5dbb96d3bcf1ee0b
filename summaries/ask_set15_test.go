package summaries

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestAskFifteenth asks about our own copy (testdata/ask15), written for
// the classes a held-out set of real copy showed: "which NOUNs" answered
// by the sentence listing the names, not the one counting them nor a list
// of the names the question gives; "where are X from" by an origin;
// "where is X" of someone who travels in no story by where the copy says
// they live; a trip-shaped question whose place is lower case ("return to
// the stock market"); a title set off by a comma before the name; a title
// whose organisation holds "&"; a relational noun ("counterpart") that is
// no title.
func TestAskFifteenth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask15", true), at("2026-03-18T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "which companies is Harlow suing", want: []string{"Brantwood Metals", "Kestrel"}, cited: true},
		{question: "which banks did Harlow drop from its claim?", want: []string{"Ledbury Bank", "Minster Trust"}, cited: true},
		{question: "which Harlow shareholders oppose the bid", want: []string{"Ferncliff and Osterley"}, not: []string{"Bosses of"}, cited: true},
		{question: "how much did Harlow sue the Corby council for", want: []string{"£40m"}, not: []string{"£900m"}, cited: true},
		// The figure counting the noun, in the article naming the place.
		{question: "how many posts could go at Ashby", want: []string{"1,400"}, cited: true},
		// The cause of a feeling, told in the copy's own words.
		{question: "why are Kelby drivers worried about the merger", want: []string{"200 posts"}, cited: true},
		{question: "where are the sacked mill workers from", want: []string{"Poland, Latvia and Romania"}, cited: true},
		{question: "where are the Kelton detainees from", want: []string{"Somalia, Eritrea and Sudan"}, cited: true},
		{question: "where is Lena Orsova", want: []string{"based in Vienna"}, cited: true},
		{question: "when will Harlow return to the stock market", want: []string{"September"}, cited: true},
		// A calendar date beside the asked words outranks "last week",
		// which dates the report.
		{question: "when does the harbour levy come into force", want: []string{"1 April"}, cited: true},
		{question: "who is Alan Reid", want: []string{"Borders Finance Minister"}, cited: true},
		{question: "who is Maria Lund", want: []string{"Northern Road & Rail Workers' Union general secretary"}, cited: true},
		// "his Welsh counterpart" is no title; the later "Mr Hughes, the
		// union's Welsh secretary" is not read yet.
		{question: "who is Dai Hughes", want: []string{"Dai Hughes"}, not: []string{"counterpart"}},
	})
}

// "what did X say after EVENT?" answers with X's words from the day the
// coverage first tells of the event, earliest first: not the newest, nor
// those before it.
func TestAskSaidAfter(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask15", true), at("2026-03-18T12:00:00Z"), time.UTC)
	a, err := s.Ask(context.Background(), "what did Ruth Penn say after the High Court ruling?")
	mustNoErr(t, err)
	if len(a.Items) == 0 || !strings.Contains(a.Items[0].Text, "We will appeal") || len(a.Sources) == 0 {
		t.Fatalf("lead %q, items %+v", a.Lead, a.Items)
	}
	for _, it := range a.Items {
		if strings.Contains(it.Text, "stay open") {
			t.Errorf("a quote from before the ruling: %q", it.Text)
		}
	}
}
