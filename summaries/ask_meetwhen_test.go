package summaries

import (
	"testing"
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
		// The day belongs to the arrival: no day for the meeting.
		{"Matos arrives in Madrid on Monday and will meet King Felipe.", "Felipe", "mon", ""},
		{"Holm will meet Mwangi after flying to Nairobi on Monday.", "Mwangi", "mon", ""},
		// No meeting with that person in the sentence.
		{"Holm arrives in Nairobi on Monday.", "Mwangi", "mon", ""},
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
