package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
)

// articleWorld stores each text as one article of its sentences, searched
// as the store does (every word in the article).
func articleWorld(people []newsbot.PersonRecord, legs []newsbot.Leg, arts ...newsbot.Article) world {
	w := world{articleSearch: true, people: people, legs: legs}
	for _, a := range arts {
		ref := newsbot.ArticleRef{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
		for _, sp := range text.Sentences(a.Text) {
			w.passages = append(w.passages, newsbot.Passage{Article: ref, Text: strings.TrimSpace(sp.Text)})
		}
	}
	return w
}

// balticTour is written for these tests: a leader's tour whose last stop
// is called off in a sentence that does not name her, and a stop at a
// site "in" a town dropped from the programme.
var balticTour = newsbot.Article{ID: 71, Title: "Finnish leader opens Baltic tour with energy talks", Outlet: "Nordic Wire",
	Published: at("2026-11-16T08:00:00Z"), Text: `TALLINN, Nov 16 (Nordic Wire) - Finnish Prime Minister Aino Lehtisalo began a four-day tour of the Baltic states on Monday, meeting Estonian leaders in Tallinn.

Lehtisalo, who landed in Tallinn on Sunday evening, held talks with Prime Minister Kaarel Tamm on power cables and rail links.

"We share one sea and one grid," Lehtisalo told reporters after the meeting. She said the talks had been useful.

She will travel to Riga on Tuesday for talks with the Latvian president. Lehtisalo's schedule has changed twice since Friday.

A stop at a ferry yard in Pärnu, first planned for Wednesday, was dropped from the programme on Friday because of the weather.

The tour was to have ended with a stop in Kaunas on Thursday, but that leg was cancelled on Saturday after a rail strike closed the line. Aides said the Kaunas visit would be rearranged in the spring.`}

func TestStillGoingReadsTheCallOffSentence(t *testing.T) {
	people := []newsbot.PersonRecord{{ID: 1, Name: "Aino Lehtisalo", Role: "Finnish Prime Minister"}}
	ref := newsbot.ArticleRef{ID: balticTour.ID, Title: balticTour.Title, Outlet: balticTour.Outlet, Published: balticTour.Published}
	legs := []newsbot.Leg{
		{ID: 1, Day: at("2026-11-16T00:00:00Z"), Trip: newsbot.Trip{Traveler: "Aino Lehtisalo", Place: "Tallinn", Date: "2026-11-16", Status: newsbot.StatusDone,
			Evidence: "Finnish Prime Minister Aino Lehtisalo began a four-day tour of the Baltic states on Monday, meeting Estonian leaders in Tallinn."}, Sources: []newsbot.ArticleRef{ref}},
		{ID: 2, Day: at("2026-11-17T00:00:00Z"), Trip: newsbot.Trip{Traveler: "Aino Lehtisalo", Place: "Riga", Date: "2026-11-17", Status: newsbot.StatusScheduled,
			Evidence: "She will travel to Riga on Tuesday for talks with the Latvian president."}, Sources: []newsbot.ArticleRef{ref}},
	}
	s := &Service{Store: articleWorld(people, legs, balticTour).store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-17T09:00:00Z") }}
	tests := []struct{ q, lead, item string }{
		{"Is Lehtisalo still going to Kaunas?", "No — Aino Lehtisalo's visit to Kaunas was cancelled", "Kaunas"},
		{"Is Aino Lehtisalo still visiting Pärnu?", "No — Aino Lehtisalo's visit to Pärnu was dropped", "Pärnu"},
	}
	for _, tt := range tests {
		a, err := s.Ask(context.Background(), tt.q)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.lead) {
			t.Errorf("%s: lead %q, want prefix %q", tt.q, a.Lead, tt.lead)
		}
		if len(a.Items) == 0 || !strings.Contains(a.Items[0].Text, tt.item) {
			t.Errorf("%s: first item does not name %s: %+v", tt.q, tt.item, a.Items)
		}
	}
}

// dairyProbe is written for these tests: the watchdog named in full with
// its acronym in the second sentence, its probe told in the lead by a
// description.
var dairyProbe = newsbot.Article{ID: 72, Title: "Irish watchdog opens full probe into Brennock dairy takeover", Outlet: "Business Wire Ireland",
	Published: at("2026-11-17T08:00:00Z"), Text: `DUBLIN (Business Wire Ireland) -- Ireland's competition watchdog on Tuesday opened a full investigation into Brennock Foods' proposed EUR900 million takeover of rival dairy processor Glasheen Creameries, citing concerns over the price paid to farmers for milk.

The Competition and Consumer Protection Commission, or CCPC, said its first-phase review had found that the merged group would buy more than half of the milk produced in Munster.

Brennock said it would cooperate fully and still expected the deal to close next year.`}

func TestProbeQuestionAnsweredByTheLead(t *testing.T) {
	s := &Service{Store: articleWorld(nil, nil, dairyProbe).store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-18T09:00:00Z") }}
	for _, q := range []string{"What is the CCPC investigating?", "What is the Competition and Consumer Protection Commission investigating?"} {
		a, err := s.Ask(context.Background(), q)
		mustNoErr(t, err)
		if !strings.Contains(a.Lead, "full investigation into Brennock Foods") {
			t.Errorf("%s: lead %q", q, a.Lead)
		}
	}
	// Asked what it said, the sentence naming it still answers.
	a, err := s.Ask(context.Background(), "What did the CCPC find?")
	mustNoErr(t, err)
	if strings.Contains(a.Lead, "full investigation into") {
		t.Errorf("a finding question led by the probe: %q", a.Lead)
	}
}

// tradeRound is written for these tests: a round of talks just held, a
// past meeting elsewhere, and the next one told as the pair's plan after
// another official's trip.
var tradeRound = newsbot.Article{ID: 73, Title: "Chile and Peru close in on lithium accord", Outlet: "Andes Wire",
	Published: at("2026-11-18T08:00:00Z"), Text: `LIMA (Andes Wire) - Chilean Finance Minister Tomás Errázuriz flew to Lima on Monday for two days of talks with Peru's trade minister, Rosa Quispe, on a joint lithium export agreement.

Errázuriz and Quispe first met in Santiago in September.

"We are close, but not there yet," Quispe told reporters after the meeting.

Chile's lead negotiator, Ignacio Pavez, will travel to Cusco next Monday to meet customs officials, and the two ministers are due to meet again in Arequipa on the 14th.`}

func TestWherePairMeetsNext(t *testing.T) {
	people := []newsbot.PersonRecord{{ID: 1, Name: "Tomás Errázuriz"}, {ID: 2, Name: "Rosa Quispe"}, {ID: 3, Name: "Ignacio Pavez"}}
	s := &Service{Store: articleWorld(people, nil, tradeRound).store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-18T12:00:00Z") }}
	a, err := s.Ask(context.Background(), "Where will Tomás Errázuriz and Rosa Quispe meet next?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "Tomás Errázuriz and Rosa Quispe plan to meet next in Arequipa") {
		t.Errorf("lead %q", a.Lead)
	}
	// The negotiator's meeting in Cusco is his, not the pair's.
	if got := reFutureMeet.FindStringIndex("Chile's lead negotiator, Ignacio Pavez, will travel to Cusco next Monday to meet customs officials."); got != nil {
		t.Errorf("a trip with a meeting later in the clause read as the pair's plan")
	}
	// Asked about a pair with no plan stored, the rule claims nothing.
	if _, ok, err := s.askPairMeet(context.Background(), "Where will Tomás Errázuriz and Ignacio Pavez meet next?"); err != nil || ok {
		t.Errorf("a pair with no stored plan answered (err %v)", err)
	}
}

// ferryDisputes is written for these tests: a crew strike going ahead
// and, in its last paragraph, the settlement of the caterers' side
// dispute, told with the company as "its".
var ferryDisputes = newsbot.Article{ID: 74, Title: "Harbour Line ferry strike to go ahead after talks fail", Outlet: "Coast Gazette",
	Published: at("2026-11-19T07:00:00Z"), Text: `Saturday's ferry strike at Harbour Line will go ahead after talks between the company and the RMT union broke down on Wednesday night.

Crews say their pay has fallen behind inflation for three years running.

There was better news for the company elsewhere. The dispute involving caterers on its vessels was settled on Tuesday, when members of the GMB voted to accept a revised offer from the contractor.`}

func TestSideDisputeSettledBesideTheMainStrike(t *testing.T) {
	ref := newsbot.ArticleRef{ID: ferryDisputes.ID, Title: ferryDisputes.Title, Outlet: ferryDisputes.Outlet, Published: ferryDisputes.Published}
	w := articleWorld(nil, nil, ferryDisputes)
	w.issues = []newsbot.IssueRecord{{ID: 3, Title: "Crew strike", Status: newsbot.IssueOpen, Keywords: []string{"Harbour Line", "strike", "crews"},
		Latest:   "Saturday's ferry strike at Harbour Line will go ahead after talks between the company and the RMT union broke down on Wednesday night.",
		LatestAt: ref.Published, Sources: []newsbot.ArticleRef{ref}}}
	s := &Service{Store: w.store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-19T12:00:00Z") }}
	tests := []struct{ q, lead, not string }{
		{"Has the Harbour Line caterers' dispute been settled?", "Yes — settled", "Crew strike"},
		{"Is the Harbour Line caterers' dispute over?", "Yes — settled", "Crew strike"},
		{"Has the Harbour Line ferry strike been settled?", "No — ", "caterers"},
	}
	for _, tt := range tests {
		a, err := s.Ask(context.Background(), tt.q)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.lead) || strings.Contains(a.Lead, tt.not) {
			t.Errorf("%s: lead %q, want prefix %q and no %q", tt.q, a.Lead, tt.lead, tt.not)
		}
	}
	if q := ParseQuestion("Have the pension talks finally been called off?"); q.Kind != QOpen || !q.Settled || q.Topic != "pension talks" {
		t.Errorf("parsed %+v", q)
	}
}

func TestSettledClauseHolds(t *testing.T) {
	tests := []struct {
		sentence string
		words    []string
		want     bool
	}{
		{"The dispute involving caterers on its vessels was settled on Tuesday, when members of the GMB voted to accept.", []string{"caterers", "dispute"}, true},
		{"Porters at the terminal called off their strike on Friday, but a national bus strike will go ahead next week.", []string{"bus", "strike"}, false},
		{"The dispute involving caterers on its vessels could be settled next week.", []string{"caterers", "dispute"}, false},
		{"The caterers' dispute was not settled on Tuesday.", []string{"caterers", "dispute"}, false},
		{"Crews ended their strike on Monday.", []string{"caterers", "dispute"}, false},
	}
	for _, tt := range tests {
		if got := settledClauseHolds(tt.sentence, tt.words); got != tt.want {
			t.Errorf("settledClauseHolds(%q, %q) = %v, want %v", tt.sentence, tt.words, got, tt.want)
		}
	}
}

// rugbyTour is written for these tests: the arrival leads, a warm-up
// "starting on Saturday" shares the teams' names, the Test's own start
// comes later.
var rugbyTour = newsbot.Article{ID: 75, Title: "Fiji land in Dublin as autumn series begins", Outlet: "Irish Sport Wire",
	Published: at("2026-11-18T07:00:00Z"), Text: `Fiji's rugby squad have been told to expect a wet welcome in Ireland after landing in Dublin on Monday for a two-Test series against Ireland.

The tourists travel to Limerick on Friday for a friendly against an Ireland selection starting on Saturday.

Coach Ratu Naivalu said his players were relaxed.

The first Test kicks off at the Aviva Stadium next Saturday, and the second in Cork a week later.`}

func TestWhenDoesTheEventStart(t *testing.T) {
	s := &Service{Store: articleWorld(nil, nil, rugbyTour).store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-18T12:00:00Z") }}
	a, err := s.Ask(context.Background(), "When does the first Test between Ireland and Fiji start?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "The first Test kicks off at the Aviva Stadium") {
		t.Errorf("lead %q", a.Lead)
	}
}

// eastCampaign is written for these tests: two stops in one sentence told
// with "she" after the candidate's possessive name, the leg of the second
// lost by the itineraries.
var eastCampaign = newsbot.Article{ID: 76, Title: "Kovačić takes campaign east", Outlet: "Adriatic Wire",
	Published: at("2026-11-20T07:00:00Z"), Text: `Opposition candidate Ana Kovačić drew a crowd of several thousand in Split on Thursday.

Kovačić's campaign heads east this weekend. She will speak in Zadar on Saturday and travel to Vukovar, near the Serbian border, on Sunday, where she will meet war veterans.

On Monday she travels to the small border town of Ilok to visit a winery.`}

func TestWhereOnADayFromTheCopy(t *testing.T) {
	ref := newsbot.ArticleRef{ID: eastCampaign.ID, Title: eastCampaign.Title, Outlet: eastCampaign.Outlet, Published: eastCampaign.Published}
	legs := []newsbot.Leg{{ID: 1, Day: at("2026-11-21T00:00:00Z"), Trip: newsbot.Trip{Traveler: "Ana Kovačić", Place: "Zadar", Date: "2026-11-21", Status: newsbot.StatusScheduled,
		Evidence: "She will speak in Zadar on Saturday and travel to Vukovar, near the Serbian border, on Sunday, where she will meet war veterans."}, Sources: []newsbot.ArticleRef{ref}}}
	people := []newsbot.PersonRecord{{ID: 1, Name: "Ana Kovačić", Role: "Opposition candidate"}}
	s := &Service{Store: articleWorld(people, legs, eastCampaign).store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-20T12:00:00Z") }}
	a, err := s.Ask(context.Background(), "Where is Ana Kovačić on Sunday 22 November?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "Nothing is stored for Ana Kovačić on Sunday 22 November 2026 in the itineraries; the coverage says") || !strings.Contains(a.Lead, "Vukovar") {
		t.Errorf("lead %q", a.Lead)
	}
	// A day no sentence gives stays unanswered.
	a, err = s.Ask(context.Background(), "Where is Ana Kovačić on Tuesday 24 November?")
	mustNoErr(t, err)
	if strings.Contains(a.Lead, "the coverage says") {
		t.Errorf("lead %q", a.Lead)
	}
	// A stop with no leg, told by "she" after a fronted day.
	a, err = s.Ask(context.Background(), "When will Ana Kovačić visit Ilok?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "No stored itinerary has Ana Kovačić visiting Ilok, but the article text says: “On Monday she travels") || !strings.Contains(a.Lead, "“Monday” = Monday 23 November 2026") {
		t.Errorf("lead %q", a.Lead)
	}
	re, err := wordRe("Kovačić")
	mustNoErr(t, err)
	for text, want := range map[string]bool{"Kovačić's campaign": true, "said Kovačić.": true, "Kovačić": true, "the Kovačićeva street": false, "Ivo Kovačićev": false} {
		if got := re.MatchString(text); got != want {
			t.Errorf("wordRe(Kovačić) on %q = %v, want %v", text, got, want)
		}
	}
}

func TestDateNoteWeekdayGone(t *testing.T) {
	wed := at("2026-11-18T07:00:00Z")
	tests := []struct{ sentence, want string }{
		{"Fiji's squad have been told to expect a wet welcome after landing in Dublin on Monday for a two-Test series.", "“Monday” = Monday 16 November 2026"},
		{"The delegation arrived in Lima on Monday and will meet the president on Friday.", "“Monday” = Monday 16 November 2026"},
		{"The delegation arrived in Lima on Monday and will meet the president on Friday.", "“Friday” = Friday 20 November 2026"},
		{"The minister will fly to Lima on Monday.", "“Monday” = Monday 23 November 2026"},
		{"She was due to fly to Lima on Monday.", "“Monday” = Monday 23 November 2026"},
		{"The tour was to have ended with a stop in Cusco on Friday, but that leg was dropped.", "“Friday” = Friday 20 November 2026"},
		{"Aides will brief reporters on Friday, and the two ministers are due to meet in Arequipa on the 14th.", "“on the 14th” = Monday 14 December 2026"},
		{"The two ministers plan to sign the accord on the 30th.", "“on the 30th” = Monday 30 November 2026"},
	}
	for _, tt := range tests {
		if got := dateNote(tt.sentence, wed); !strings.Contains(got, tt.want) {
			t.Errorf("dateNote(%q) = %q, want %q in it", tt.sentence, got, tt.want)
		}
	}
	// A past clause's ordinal, or one with its month, is left alone.
	for _, sentence := range []string{"The two ministers met in Arequipa on the 14th.", "The ministers will meet on the 14th of December."} {
		if got := dateNote(sentence, wed); strings.Contains(got, "“on the 14th”") {
			t.Errorf("dateNote(%q) = %q", sentence, got)
		}
	}
}
