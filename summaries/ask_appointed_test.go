package summaries

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Appointments are read from the sentence telling them, in the shapes
// copy uses; a title beside a name or a departure is none.
func TestAppointments(t *testing.T) {
	for _, tt := range []struct{ sentence, want string }{
		{"The board has named Ana Ruiz as its new chief executive, replacing Tom Hale.", "Ana Ruiz=chief executive"},
		{"Harlow Steel appointed Dev Mistry as finance director on Monday.", "Dev Mistry=finance director"},
		{"Ana Ruiz has been appointed managing director of the group.", "Ana Ruiz=managing director"},
		{"Olu Bankole, 51, was named chairman in a boardroom shake-up.", "Olu Bankole=chairman"},
		{"The group's chairman, Piet Vos, will take over as chief executive when Ruiz leaves.", "Piet Vos=chief executive"},
		{"Lena Park is to become president of the league in June.", "Lena Park=president"},
		{"Sam Idris will succeed Mary Cole as head coach.", "Sam Idris=head coach"},
		{"As chief operating officer, Kenji Mori will run the carmaker day to day.", "Kenji Mori=chief operating officer"},
		{"Marta Lind, a member of the founding family, will take on the role of CEO in April.", "Marta Lind=chief executive"},
		{"Ruiz assumed the post of finance director last year.", "Ruiz=finance director"},
		// No appointment told.
		{"Chief executive Ana Ruiz said sales had doubled.", ""},
		{"Tom Hale left the company in January after a boardroom dispute.", ""},
		{"The company said it would appoint a new chief executive by June.", ""},
	} {
		got := ""
		for _, ap := range appointments(tt.sentence) {
			got = fmt.Sprintf("%s=%s", ap.name, ap.role)
			break
		}
		if got != tt.want {
			t.Errorf("appointments(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestYearFit(t *testing.T) {
	years := []string{"2025"}
	for _, tt := range []struct {
		text string
		want int
	}{
		{"Output rose by 2.4% in 2025.", 1},
		{"It is expected to grow by 1.8% in 2026 and 2% in 2027.", -1},
		{"Unemployment fell to 5.1%.", 0},
		{"Sales were flat in 2024 but rose in 2025.", 1},
	} {
		if got := yearFit(tt.text, years); got != tt.want {
			t.Errorf("yearFit(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
	if got := yearFit("in 2026", nil); got != 0 {
		t.Errorf("no year asked: %d", got)
	}
}

// Role holders told by an appointment, yes/no questions answered yes or
// no with the sentence (or that the copy does not say), and a figure of
// the year asked, not of the next sentence's years.
func TestAskAppointedYesNoYear(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask17", true), at("2026-03-16T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "who is the new chief executive of Northway Ferries", want: []string{"is Priya Kaur", "named Priya Kaur"}, cited: true},
		{question: "who is Dale Mutual's new chief executive?", want: []string{"is Simon Reyes"}, cited: true},
		{question: "who is the new chief executive of Dale Mutual", want: []string{"is Simon Reyes"}, not: []string{"Priya Kaur"}, cited: true},
		// The sentence names neither the firm nor the post as asked.
		{question: "who is the new chief executive of Carver Tools?", want: []string{"is Maria Lund"}, cited: true},
		{question: "who is the new CEO of Carver Tools?", want: []string{"is Maria Lund"}, cited: true},
		{question: "who is Priya Kaur", want: []string{"named as the chief executive"}, not: []string{"no role is given"}, cited: true},
		{question: "has Tom Brand resigned?", want: []string{"No, according to", "refused to resign"}, cited: true},
		{question: "did Brand resign?", want: []string{"No, according to"}, cited: true},
		{question: "has tom brand resigned", want: []string{"No, according to"}, cited: true},
		{question: "has okoye called for an inquiry?", want: []string{"Yes, according to"}, cited: true},
		// A plan is no yes.
		{question: "has Brand published the tender documents?", want: []string{"Not reported as done", "would publish"}, cited: true},
		{question: "has Okoye called for an inquiry?", want: []string{"Yes, according to"}, cited: true},
		{question: "has Brand cancelled the bin contract?", want: []string{"does not say whether Brand has cancelled"}, cited: true},
		// The figure of the verb asked, with its subject, not the
		// sentence holding more of the question's names.
		{question: "how much of Tamsin Rail does Brightwell Steel own?", want: []string{"27%"}, cited: true},
		{question: "how many jobs will Tamsin Rail cut?", want: []string{"120 jobs"}, cited: true},
		// Another party paying is no answer.
		{question: "how much did Brightwell Steel pay for its stake?", want: []string{"£12m"}, not: []string{"£40m"}, cited: true},
		{question: "how much did the Kessel economy grow in 2025", want: []string{"2.4%"}, not: []string{"1.8%"}, cited: true},
	})
}

// A how-much question names its subject and verb as a what-question does,
// so the sentence where that subject does it ranks first.
func TestQuestionVerbHowMuch(t *testing.T) {
	for _, tt := range []struct{ q, verb, subject string }{
		{"how much of Tamsin Rail does Brightwell Steel own", "own", "brightwell steel"},
		{"how many jobs will Carver Tools cut?", "cut", "carver tools"},
		{"how much did Harlow pay for the mill?", "pay", "harlow"},
		{"what has Northway offered the union?", "offered", "northway"},
		{"how much is the contract worth?", "", ""},
		// A noun after the capitalised words is no verb.
		{"how much of their loans have Kessel banks written off?", "", ""},
	} {
		verb := questionVerb(tt.q)
		subj := strings.Join(questionSubject(tt.q), " ")
		if verb != tt.verb || subj != tt.subject {
			t.Errorf("%q: verb %q subject %q, want %q %q", tt.q, verb, subj, tt.verb, tt.subject)
		}
	}
}
