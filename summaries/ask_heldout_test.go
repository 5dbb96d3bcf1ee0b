package summaries

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"
)

// askCase is one question with the facts its lead must hold and must not.
type askCase struct {
	question string
	want     []string // in the lead
	not      []string // never in the lead
	items    []string // each in some item's text or detail
	cited    bool     // some item carries a source
}

func runAskCases(t *testing.T, s *Service, cases []askCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.question, func(t *testing.T) {
			a, err := s.Ask(context.Background(), tt.question)
			mustNoErr(t, err)
			for _, want := range tt.want {
				if !strings.Contains(a.Lead, want) {
					t.Errorf("lead %q\nwant it to contain %q", a.Lead, want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(a.Lead, not) {
					t.Errorf("lead %q\nmust not contain %q", a.Lead, not)
				}
			}
			for _, want := range tt.items {
				if !slices.ContainsFunc(a.Items, func(it Item) bool {
					return strings.Contains(it.Text, want) || strings.Contains(it.Detail, want)
				}) {
					t.Errorf("no item has %q; lead %q, items %+v", want, a.Lead, a.Items)
				}
			}
			if tt.cited && !slices.ContainsFunc(a.Items, func(it Item) bool { return len(it.Sources) > 0 }) && len(a.Sources) == 0 {
				t.Errorf("nothing cites a source: lead %q, items %+v", a.Lead, a.Items)
			}
			for _, it := range a.Items {
				for _, r := range it.Sources {
					if r.Title == "" || r.Published.IsZero() {
						t.Errorf("source without title or date: %+v", r)
					}
				}
			}
		})
	}
}

// TestAskHeldOutNovember asks the third batch (testdata/ask/22-31, written
// as a held-out set and first run before any fix, on Wednesday 25 November
// 2026): a foreign minister's tour with a dropped stop, a summit the trip
// extractor only half sees, a fisheries row told over two days, namesake
// Brennans, a cancelled Washington visit, a strike date. Expectations name
// what the copy says, not how extraction files it, where the two differ.
func TestAskHeldOutNovember(t *testing.T) {
	w := fixtureWorld(t)
	s := service(w, at("2026-11-25T09:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		// Stories: open or settled, asked yes or no.
		{question: "is the mackerel dispute still open?", want: []string{"Yes — still open", "Reykjavik", "North Atlantic Fisheries News, Wed 25 Nov 2026"}},
		{question: "is the wartime labour dispute still open?", want: []string{"Yes — still open", "Pacific Rim Dispatch"}},
		{question: "is the mackerel row over?", want: []string{"No — still open"}},
		{question: "is the moon dispute still open?", want: []string{"I have nothing stored about"}, not: []string{"Yes", "mackerel"}},
		{question: "any news on the moon dispute?", want: []string{"I have nothing stored about"}, not: []string{"mackerel"}},
		// Travel the itineraries miss: the copy is shown, dates resolved.
		{question: "when is Weber in Tallinn?", want: []string{"I have nothing stored about Jonas Weber visiting Tallinn"},
			items: []string{"have confirmed they will attend", "Thursday 26 November 2026"}, cited: true},
		{question: "is Kowal going to Tallinn?", want: []string{"Adam Kowal"}, items: []string{"join by video link"}, cited: true},
		{question: "when is Solberg in Reykjavik?", items: []string{"December 3", "will lead the Norwegian delegation"}, cited: true},
		{question: "is Solberg still going to Bergen?", items: []string{"from Bergen to Reykjavik"}, cited: true},
		{question: "who is Weber meeting in Tallinn?", items: []string{"due to meet Tamm"}, cited: true},
		{question: "who is Roche meeting on Thursday?", items: []string{"He is due to meet union leaders"}, cited: true},
		// Said without a speech verb; dates and figures in plain sentences.
		{question: "what did Aoife Kelly say about the winter plan?", want: []string{"No quotes from Aoife Kelly about the winter plan are stored"},
			items: []string{"called on the government to publish its winter plan"}, cited: true},
		{question: "what did Hale say about China?", want: []string{"No quote from Marcus Hale mentions China; the topic search found none"}, not: []string{"below"}},
		{question: "when is the Tallinn summit?", want: []string{"on Thursday", "Thursday 26 November 2026"}, cited: true},
		{question: "how many patients were on trolleys?", want: []string{"more than 640 patients"}, cited: true},
		{question: "where is Reyse this week?", want: []string{"Did you mean Daniel Reyes?"}},
		{question: "who is going to Tallinn?", want: []string{"I have no stored travel to Tallinn"}, items: []string{"have confirmed they will attend", "Thursday 26 November 2026"}, cited: true},
		{question: "who is visiting Angola?", want: []string{"I have no stored travel to Angola."}},
		// Answered before the fixes; kept so they stay answered.
		{question: "when is almeida in maputo", want: []string{"Wednesday 25 November 2026", "Maputo"}, cited: true},
		{question: "is Almeida still going to Luanda?", want: []string{"No — ", "called off"}, cited: true},
		{question: "who is Almeida meeting in Maputo?", want: []string{"Armando Chissano"}, cited: true},
		{question: `who said "not a footnote"?`, want: []string{"was said by Beatriz Almeida"}, cited: true},
		{question: "who said every hour counts", want: []string{"was said by Mikko Laine"}, cited: true},
		{question: "what did Tamm say about cables?", want: []string{"Kadri Tamm", "about cables"}, cited: true},
		{question: "what's the latest on the mackerel dispute?", want: []string{"Reykjavik", "North Atlantic Fisheries News, Wed 25 Nov 2026"}},
		{question: "what did the Norwegian fisheries minister say?", want: []string{"Ingrid Solberg"}, cited: true},
		{question: "what did Brennan say?", want: []string{"Conor Brennan"}},
		{question: `who said "beds are better"?`, want: []string{"was said by Conor Brennan"}, cited: true},
		{question: "when is Niamh Brennan in Cork?", want: []string{"Friday 27 November 2026", "Cork"}, cited: true},
		{question: "when is Ishida in Seoul?", want: []string{"1 December 2026", "Seoul"}, cited: true}, // the leaders meet there on December 1 (the week of 30 November)
		{question: "who is travelling to Seoul next week?", want: []string{"Haruto Ishida"}, cited: true},
		{question: `who said "the door has two sides"?`, want: []string{"was said by Park Ji-ho"}, cited: true},
		{question: "when was Reyes in Cairo?", want: []string{"Wednesday 18 November 2026", "Cairo"}, cited: true},
		{question: "did Reyes meet Mansour?", want: []string{"Yes — ", "Cairo"}, cited: true},
		{question: "is Feld going to Washington?", want: []string{"No — ", "called off"}, cited: true},
		{question: `who said "the chancellor's place this week is in Berlin"?`, want: []string{"was said by Stefan Lang"}, cited: true},
		{question: "what did Hoffmann say about the budget?", want: []string{"Lena Hoffmann", "about the budget"}, cited: true},
		{question: "how big is the German budget gap?", want: []string{"17 billion euro"}, cited: true},
		{question: "what did Einarson say?", want: []string{"Did you mean Gunnar Einarsson?"}},
		{question: "when is Macron in Tallinn?", want: []string{"I have nothing stored about Macron"}},
		{question: "who is the Estonian prime minister?", want: []string{"Kadri Tamm"}, cited: true},
	})
}

// TestAskHeldOutSecond: a second held-out set (testdata/ask/32-35),
// written and run after the fixes above: 15 of 18 right, and the misses
// (an event asked about like a traveller, a family name written first, a
// title the copy splits: "the union ... its leader") were fixed then.
func TestAskHeldOutSecond(t *testing.T) {
	s := service(fixtureWorld(t), at("2026-11-25T09:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "when are the dam talks in Bratislava?", want: []string{"Bratislava on December 4"}, not: []string{"visiting"}, cited: true},
		{question: "what did Kim say?", want: []string{"Kim Min-jun", "Kim Ha-eun"}},
		{question: "is Mehta going to Suva?", want: []string{"Raj Mehta"}, items: []string{"will accompany her"}, cited: true},
		{question: "is the Danube dam dispute still open?", want: []string{"Yes — still open", "Central European Wire, Mon 23 Nov 2026"}},
		{question: "is Navarro still going to Mexico City?", want: []string{"No — "}, cited: true},
		{question: `who said "no right to dictate"?`, want: []string{"was said by Peter Hudak"}, cited: true},
		{question: "how much will Canada contribute?", want: []string{"120 million Canadian dollars"}, cited: true},
		{question: "when is the shipyard strike?", want: []string{"December 1"}, cited: true},
		{question: "when is Olaf Nobody in Paris?", want: []string{"I have nothing stored about Olaf Nobody"}},
		{question: "what did the union leader say?", want: []string{"Kim Ha-eun"}, not: []string{"Min-jun"}, cited: true},
		{question: "who is the union leader?", want: []string{"Kim Ha-eun"}, cited: true},
	})
}

func TestDateNote(t *testing.T) {
	mon := day("2026-11-23")
	tests := []struct {
		sentence string
		want     string
	}{
		{"Leaders will meet in Tallinn on Thursday for a summit, the prime minister said on Monday.", "“Thursday” = Thursday 26 November 2026"},
		{"Ishida will visit Seoul next week for talks.", "“next week” = week of Monday 30 November 2026"},
		{"The two ministers are due to meet in Bergen on December 2.", ""}, // spelled out
		{"Hospitals have begun postponing operations.", ""},
	}
	for _, tt := range tests {
		if got := dateNote(tt.sentence, mon); got != tt.want {
			t.Errorf("dateNote(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestProperNames(t *testing.T) {
	got := properNames("On Friday the Northern Health Workers' Union said Fiona Macrae would attend. The Irish Nurses and Midwives Organisation disagreed.")
	want := []string{"Northern Health Workers' Union", "Fiona Macrae", "Irish Nurses", "Midwives Organisation"}
	if !slices.Equal(got, want) {
		t.Errorf("properNames = %q, want %q", got, want)
	}
}
