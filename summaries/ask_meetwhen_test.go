package summaries

import (
	"context"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// meetingDay reads the day of the meeting's own clause, not the arrival's.
func TestMeetingDay(t *testing.T) {
	mon := at("2026-11-23T09:00:00Z")
	tue := at("2026-11-24T09:00:00Z")
	for _, tt := range []struct {
		sentence, other string
		pub             string
		want            string // "" when no day is found
	}{
		{"Finnish Foreign Minister Helena Virtanen arrives in Santiago on Tuesday for a three-day visit and will meet President Rodrigo Paredes on Thursday, her ministry said on Monday.", "Rodrigo Paredes", "mon", "2026-11-26"},
		{"Danish Foreign Minister Lars Holm will arrive in Nairobi on Monday, and on Wednesday he will hold talks with President Daniel Mwangi.", "Daniel Mwangi", "mon", "2026-11-25"},
		// Published on a Tuesday: the talks are the Tuesday after Sunday's landing.
		{"Nigeria's Trade Minister Bola Adeyemi lands in Berlin on Sunday ahead of talks with German Economy Minister Jonas Keller on Tuesday, officials said.", "Keller", "tue", "2026-12-01"},
		{"Portuguese Prime Minister Rui Matos arrives in Madrid on Monday and will meet King Felipe and Prime Minister Ana Robles on Wednesday.", "Ana Robles", "mon", "2026-11-25"},
		{"On Wednesday, she will meet Chancellor Petra Lang in Vienna.", "Lang", "mon", "2026-11-25"},
		{"She and Italian Prime Minister Marco Ferri will meet on Friday morning at the Palazzo Chigi.", "Marco Ferri", "mon", "2026-11-27"},
		{"Ghana's Finance Minister Kwame Okoro, who arrives in London on Wednesday, is due to meet British Chancellor Rachel Hume on Friday.", "Rachel Hume", "mon", "2026-11-27"},
		// The day the office spoke is not the meeting's.
		{"Australian Trade Minister Priya Natarajan will fly to Jakarta on Thursday for talks with Rizal Hartono, her office said on Monday.", "Hartono", "mon", "2026-11-26"},
		{"The ministry said on Monday that Holm would meet Mwangi.", "Mwangi", "mon", ""},
		// The day belongs to the arrival: no day for the meeting.
		{"Matos arrives in Madrid on Monday and will meet King Felipe.", "Felipe", "mon", ""},
		{"Holm will meet Mwangi after flying to Nairobi on Monday.", "Mwangi", "mon", ""},
		// No meeting with that person in the sentence.
		{"Holm arrives in Nairobi on Monday.", "Mwangi", "mon", ""},
		{"Mwangi, who flew to Berlin on Monday, praised the talks.", "Mwangi", "mon", ""},
	} {
		pub := mon
		if tt.pub == "tue" {
			pub = tue
		}
		d, _, ok := meetingDay(tt.sentence, tt.other, pub)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("meetingDay(%q, %q) = %q, want %q", tt.sentence, tt.other, got, tt.want)
		}
	}
}

func TestParseWhenMeet(t *testing.T) {
	for _, tt := range []struct{ q, subject, other string }{
		{"when does Virtanen meet Paredes?", "Virtanen", "Paredes"},
		{"When is Helena Virtanen meeting President Paredes", "Helena Virtanen", "President Paredes"},
		{"when will Adeyemi hold talks with Keller?", "Adeyemi", "Keller"},
		{"when did Holm meet Mwangi in Nairobi?", "Holm", "Mwangi"},
		{"what day will Tremblay meet Herrera?", "Tremblay", "Herrera"},
		{"when is Adeyemi's meeting with Keller?", "Adeyemi", "Keller"},
		{"when will Tremblay and Herrera meet?", "Tremblay", "Herrera"},
	} {
		q := ParseQuestion(tt.q)
		if q.Kind != QMeet || !q.When || q.Subject != tt.subject || q.Other != tt.other {
			t.Errorf("ParseQuestion(%q) = %+v, want a when-meet of %q and %q", tt.q, q, tt.subject, tt.other)
		}
	}
	// Travel "when" questions keep their shape.
	if q := ParseQuestion("when is Virtanen in Santiago?"); q.Kind != QWhen || q.When {
		t.Errorf("travel question read as %+v", q)
	}
}

func TestReportsOutcome(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"After a four-hour meeting, councillors voted 31 to 18 to close the Eastfield library.", true},
		{"The tribunal ruled on Friday that the dismissals were unfair.", true},
		{"The jury found him not guilty of all charges.", true},
		{"Planning officers approved the scheme on Monday.", true},
		{"Councillors will vote on Tuesday on the closures.", false},
		{"The former mayor is expected to be sentenced next month.", false},
		{"Hundreds of protesters gathered outside the town hall as councillors debated the plans.", false},
		{"Lawyers made their closing arguments on Wednesday.", false},
	} {
		if got := reportsOutcome(tt.s); got != tt.want {
			t.Errorf("reportsOutcome(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestTermsSentence(t *testing.T) {
	for _, tt := range []struct {
		sents []string
		want  string
	}{
		{[]string{"Bus drivers in Kelby called off their strike on Monday after accepting a new offer.", "Under the agreement, drivers get a 6 per cent rise from January.", "Services resume on Tuesday."},
			"Under the agreement, drivers get a 6 per cent rise from January."},
		{[]string{"Refuse collectors suspended their walkout on Friday.", "Members will vote next week.", "Workers will receive a 5% pay rise and an extra day of leave."},
			"Workers will receive a 5% pay rise and an extra day of leave."},
		// Figures told long after the settlement are not its terms.
		{[]string{"Nurses ended their strike on Monday.", "Wards reopen on Tuesday.", "Hospital managers said the unit treats 40 patients a day.", "Pay for agency staff rose 12% last year."}, ""},
	} {
		got, _ := termsSentence(tt.sents, 0)
		if got != tt.want {
			t.Errorf("termsSentence(%q) = %q, want %q", tt.sents, got, tt.want)
		}
	}
}

// outcomeLead: an event leads with its outcome; a reaction told after the
// outcome keeps its place after it; a settlement gains its terms.
func TestOutcomeLead(t *testing.T) {
	texts := map[int64]string{
		1: "Hundreds of fans gathered outside the tribunal on Monday as the club's appeal was heard.\nThe tribunal dismissed the appeal and confirmed the ten-point deduction.\nThe club said it was considering its options.",
		2: "The tribunal ruled on Monday that Halden Town must pay the fine in full.\nHalden Town said it would take the case to the High Court.",
		3: "Porters at Kelby General suspended their strike on Friday.\nUnder the deal, porters get a 4 per cent rise and two extra rest days.",
	}
	st := &fakeStore{
		article: func(_ context.Context, id int64) (*newsbot.Article, error) {
			return &newsbot.Article{ID: id, Text: texts[id]}, nil
		},
		searchPassages: func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, nil },
	}
	s := &Service{Store: st, Location: time.UTC}
	pub := at("2026-11-24T09:00:00Z")
	for _, tt := range []struct {
		id         int64
		lead, want string
	}{
		{1, "Hundreds of fans gathered outside the tribunal on Monday as the club's appeal was heard.", "The tribunal dismissed the appeal and confirmed the ten-point deduction."},
		{2, "Halden Town said it would take the case to the High Court.", "The tribunal ruled on Monday that Halden Town must pay the fine in full. Halden Town said it would take the case to the High Court."},
		{3, "Porters at Kelby General suspended their strike on Friday.", "Porters at Kelby General suspended their strike on Friday. Under the deal, porters get a 4 per cent rise and two extra rest days."},
	} {
		got, _, ok, err := s.outcomeLead(context.Background(), tt.lead, newsbot.ArticleRef{ID: tt.id, Title: "Tribunal", Published: pub}, []string{"appeal", "tribunal", "fine", "strike", "porters"})
		mustNoErr(t, err)
		if !ok || got != tt.want {
			t.Errorf("outcomeLead(%q) = %q, %v; want %q", tt.lead, got, ok, tt.want)
		}
	}
}
