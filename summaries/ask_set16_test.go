package summaries

import (
	"strings"
	"testing"
	"time"
)

// TestAskSixteenth asks about our own copy (testdata/ask16), written for
// the classes a studied set of real copy showed: "when will X take charge"
// answered by the sentence with what is to come, not by a year of the
// past beside the same verb; a possessive name after a title in a role
// ("Mr Dalton's former deputy") takes no article; "why did X change its
// mind" answered by the sentence telling what it followed; "what did
// lenders agree" by the sentence whose subject they are, not by one
// telling what was agreed with them.
func TestAskSixteenth(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask16", true), at("2026-03-18T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "when will Anna Wirth take charge at Kestrel Rail", want: []string{"June"}, not: []string{"2019"}, cited: true},
		{question: "who is Colin Pryce", want: []string{"is Mr Dalton's former deputy"}, cited: true},
		{question: "why did the council change its mind about closing Millbrook school", want: []string{"protests from parents"}, cited: true},
		{question: "what did lenders agree in the Corby mill rescue", want: []string{"freeze interest payments"}, cited: true},
	})
}

// The question's subject is the subject of the verb when one of its words
// comes just before a form of the verb.
func TestSubjectOfVerb(t *testing.T) {
	forms := verbForms("agree")
	for _, tt := range []struct {
		sentence string
		subject  []string
		want     bool
	}{
		{"Lenders agreed on Saturday to freeze interest payments.", []string{"lenders"}, true},
		{"The Kestrel board has agreed to sell the yard.", []string{"kestrel"}, true},
		{"The firm agreed a rescue deal with its lenders.", []string{"lenders"}, false},
		{"The club is agreeing terms with its lenders this week.", []string{"lenders"}, false},
		{"Lenders met on Friday.", []string{"lenders"}, false},
	} {
		if got := subjectOfVerb(tt.sentence, tt.subject, forms); got != tt.want {
			t.Errorf("subjectOfVerb(%q, %v) = %v, want %v", tt.sentence, tt.subject, got, tt.want)
		}
	}
	for q, want := range map[string]string{
		"what did creditors agree in the rescue":  "creditors",
		"what has the committee found":            "committee",
		"what has Northern Crest offered":         "northern crest",
		"what is the new threshold":               "",
		"what did the MPs say about the proposal": "",
	} {
		if got := strings.Join(questionSubject(q), " "); got != want {
			t.Errorf("questionSubject(%q) = %q, want %q", q, got, want)
		}
	}
}
