package summaries

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A question closing with a span ("in 2099", "in March", "next week",
// "last year") keeps the span out of the name and the place, and reads it.
func TestParseQuestionSpan(t *testing.T) {
	for _, tt := range []struct {
		q                       string
		kind, subj, place, date string
		span                    string
	}{
		{"when is Okafor in Lagos in 2099?", QWhen, "Okafor", "Lagos", "", "in 2099"},
		{"When will Rui Matos be in Madrid in March", QWhen, "Rui Matos", "Madrid", "", "in march"},
		{"when is Holm visiting Nairobi next week?", QWhen, "Holm", "Nairobi", "", "next week"},
		{"when was Adeyemi in Berlin last year", QWhen, "Adeyemi", "Berlin", "", "last year"},
		{"is Tremblay going to Lima next month?", QWhen, "Tremblay", "Lima", "", "next month"},
		{"did Virtanen visit Santiago in November 2025?", QWhen, "Virtanen", "Santiago", "", "in november 2025"},
		{"when is Okafor in Lagos?", QWhen, "Okafor", "Lagos", "", ""},
		{"where is Okafor in 2099?", QWhere, "Okafor", "", "in 2099", ""},
		{"where was Holm in March?", QWhere, "Holm", "", "in march", ""},
		{"where will Matos be next month", QWhere, "Matos", "", "next month", ""},
		{"where is Holm next week?", QWhere, "Holm", "", "next week", ""},
		{"who is Holm meeting in 2099?", QMeet, "Holm", "", "in 2099", ""},
		{"who is Holm meeting in Nairobi next week?", QMeet, "Holm", "Nairobi", "next week", ""},
	} {
		got := ParseQuestion(tt.q)
		if got.Kind != tt.kind || got.Subject != tt.subj || got.Place != tt.place || got.DateText != tt.date || got.Span != tt.span {
			t.Errorf("ParseQuestion(%q) = kind %q subject %q place %q date %q span %q; want %q %q %q %q %q",
				tt.q, got.Kind, got.Subject, got.Place, got.DateText, got.Span, tt.kind, tt.subj, tt.place, tt.date, tt.span)
		}
	}
}

func TestResolveSpan(t *testing.T) {
	wed := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text     string
		tense    Tense
		from, to string // "" when not a span
	}{
		{"in 2099", Present, "2099-01-01", "2100-01-01"},
		{"next week", Present, "2026-03-09", "2026-03-16"},
		{"this week", Present, "2026-03-02", "2026-03-09"},
		{"last week", Past, "2026-02-23", "2026-03-02"},
		{"next month", Future, "2026-04-01", "2026-05-01"},
		{"last month", Past, "2026-02-01", "2026-03-01"},
		{"last year", Past, "2025-01-01", "2026-01-01"},
		{"in march", Present, "2026-03-01", "2026-04-01"},
		{"in january", Future, "2027-01-01", "2027-02-01"},
		{"in november", Past, "2025-11-01", "2025-12-01"},
		{"in september 2024", Past, "2024-09-01", "2024-10-01"},
		{"during late june", Future, "2026-06-01", "2026-07-01"},
		{"friday", Present, "", ""},
		{"5 march", Present, "", ""},
	} {
		from, to, _, ok := ResolveSpan(tt.text, tt.tense, wed)
		gotFrom, gotTo := "", ""
		if ok {
			gotFrom, gotTo = from.Format(time.DateOnly), to.Format(time.DateOnly)
		}
		if gotFrom != tt.from || gotTo != tt.to {
			t.Errorf("ResolveSpan(%q) = %s..%s, want %s..%s", tt.text, gotFrom, gotTo, tt.from, tt.to)
		}
	}
}

// The span constrains the answer: a visit outside it is no answer, and the
// reply says nothing is stored for the span rather than answering another
// date.
func TestAskSpanConstrains(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask17", true), at("2026-03-16T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "when is Saar in Lisbon in 2099?", want: []string{"found no visit", "Lisbon in 2099"}},
		{question: "@newsbot when is Kadri Saar in Lisbon next week?", want: []string{"found no visit", "week of Monday 23 March 2026"}},
		{question: "is Saar in Lisbon next month?", want: []string{"Not in the stored coverage", "April 2026"}},
		{question: "when is Saar in Lisbon in March?", want: []string{"Thursday 19 March 2026"}, not: []string{"found no"}, cited: true},
		{question: "when is Saar in Lisbon this week?", want: []string{"Thursday 19 March 2026"}, not: []string{"found no"}, cited: true},
		{question: "when is Saar in Lisbon?", want: []string{"Thursday 19 March 2026"}, not: []string{"found no"}, cited: true},
		{question: "where is Saar next week?", want: []string{"no travel stored for Kadri Saar in the week of Monday 23 March 2026"}},
		{question: "where was Saar last year?", want: []string{"no travel stored for Kadri Saar in 2025"}},
		{question: "where is Saar in March?", want: []string{"Lisbon"}, not: []string{"no travel"}, cited: true},
		{question: "who is Saar meeting in 2099?", want: []string{"no meetings stored for Kadri Saar in 2099"}, not: []string{"Vaz"}},
		{question: "who is Saar meeting this week?", want: []string{"Nuno Vaz"}, cited: true},
	})
}

// What follows /itinerary is a name, perhaps with a day or span after it;
// page numbers, quotes, a possessive and closing punctuation are no part
// of the name.
func TestItineraryQuery(t *testing.T) {
	for _, tt := range []struct{ in, name, when string }{
		{"Okafor", "Okafor", ""},
		{"Okafor page 2", "Okafor", ""},
		{"Okafor, page 2", "Okafor", ""},
		{"Okafor p. 3", "Okafor", ""},
		{"Okafor?", "Okafor", ""},
		{`"Bola Adeyemi"`, "Bola Adeyemi", ""},
		{"‘Adeyemi’", "Adeyemi", ""},
		{"Adeyemi's", "Adeyemi", ""},
		{"*Adeyemi*", "Adeyemi", ""},
		{"Okafor next week", "Okafor", "next week"},
		{"Okafor next week page 2", "Okafor", "next week"},
		{"Okafor, this month?", "Okafor", "this month"},
		{"Okafor in March", "Okafor", "in march"},
		{"Okafor tomorrow", "Okafor", "tomorrow"},
		{"Okafor on Friday", "Okafor", "friday"},
		{"next week", "", "next week"},
		{"", "", ""},
		{"Jean-Luc Okafor", "Jean-Luc Okafor", ""},
	} {
		name, when := itineraryQuery(tt.in)
		if name != tt.name || when != tt.when {
			t.Errorf("itineraryQuery(%q) = %q, %q; want %q, %q", tt.in, name, when, tt.name, tt.when)
		}
	}
}

// /itinerary NAME with trailing words answers for the name, within the
// span asked for.
func TestItineraryTrailingWords(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask17", true), at("2026-03-16T12:00:00Z"), time.UTC)
	for _, tt := range []struct{ query, want string }{
		{"Saar page 2", "Kadri Saar: 1 leg since"},
		{"Saar, page 2", "Kadri Saar: 1 leg since"},
		{"Saar?", "Kadri Saar: 1 leg since"},
		{`"Kadri Saar"`, "Kadri Saar: 1 leg since"},
		{"Saar this week", "Kadri Saar: 1 leg in the week of Monday 16 March 2026"},
		{"Saar on Thursday", "Kadri Saar: 1 leg on Thursday 19 March 2026"},
		{"Saar next week", "I have no travel stored for Kadri Saar in the week of Monday 23 March 2026."},
		{"next week", "I have no travel stored in the week of Monday 23 March 2026."},
	} {
		a, err := s.Itinerary(context.Background(), tt.query)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.want) {
			t.Errorf("Itinerary(%q) lead %q, want it to start %q", tt.query, a.Lead, tt.want)
		}
	}
}

// Slack marks typed around words are no part of them.
func TestCleanQuestionSlackMarks(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"*who* is _Okafor_?", "who is Okafor"},
		{"~when~ is `Okafor` in Lagos?", "when is Okafor in Lagos"},
		{"what did *Bola Adeyemi* say?", "what did Bola Adeyemi say"},
		{"who said \"*we will not*\"?", "who said \"we will not\""},
		{"what is the snake_case rule", "what is the snake_case rule"},
		// A page number typed out of habit is no part of the question.
		{"what did Okafor say about the strike page 2", "what did Okafor say about the strike"},
		{"what did Okafor say about the strike?, page 2?", "what did Okafor say about the strike"},
		{"who is Okafor p. 3", "who is Okafor"},
		{"what is on page 3", "what is on page 3"},
	} {
		if got := cleanQuestion(tt.q); got != tt.want {
			t.Errorf("cleanQuestion(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// /itinerary of a name nobody stored says nothing is stored about it.
func TestItineraryUnknownName(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask17", true), at("2026-03-16T12:00:00Z"), time.UTC)
	a, err := s.Itinerary(context.Background(), "Nobody Atall")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, nothingStored+" Nobody Atall") {
		t.Errorf("lead %q", a.Lead)
	}
	// A stored person without travel is told so, as before.
	a, err = s.Itinerary(context.Background(), "Ruth Okoye")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "I have no travel stored for Ruth Okoye") {
		t.Errorf("lead %q", a.Lead)
	}
}

// A stored person's name quoted out of habit (/whosaid "Okoye") quotes
// nothing: the reply says so, then gives that person's quotes.
func TestWhoSaidQuotedName(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask17", true), at("2026-03-16T12:00:00Z"), time.UTC)
	for _, tt := range []struct{ query, lead string }{
		{`"Ruth Okoye"`, "No stored quote contains “Ruth Okoye”; quotes by Ruth Okoye"},
		{`“Okoye”`, "No stored quote contains “Okoye”; quotes by Ruth Okoye"},
		{`"Zelda Quist"`, "No stored quote contains “Zelda Quist”."},
		{`"fair deal for small harbours"`, "“fair deal for small harbours” was said by Kadri Saar"},
	} {
		a, err := s.WhoSaid(context.Background(), tt.query, 1)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.lead) {
			t.Errorf("WhoSaid(%s) lead %q, want it to start %q", tt.query, a.Lead, tt.lead)
		}
	}
}
