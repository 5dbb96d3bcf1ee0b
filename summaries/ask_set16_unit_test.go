package summaries

import (
	"strings"
	"testing"
)

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

// Old-name questions and the sentences telling a rename.
func TestFormerName(t *testing.T) {
	for q, want := range map[string]bool{
		"what was Brantwood Energy called before?":      true,
		"what was the former name of Tallis":            true,
		"what were the Harton Rovers previously called": true,
		"what was Brantwood Energy's profit":            false,
		"what was said before the vote":                 false,
	} {
		if got := reAskFormerName.MatchString(cleanQuestion(q)); got != want {
			t.Errorf("reAskFormerName(%q) = %v, want %v", q, got, want)
		}
	}
	for sentence, want := range map[string]bool{
		"The company, which was formerly known as Corby Power, employs 2,000 people.": true,
		"Tallis changed its name from Tallis & Hart in 2019.":                         true,
		"The stadium was renamed after the club's founder.":                           true,
		"Kestrel, formerly Ashby Rail, runs the line.":                                true,
		"The former chairman of Tallis said the sale was a mistake.":                  false,
		"Profits rose by 8% last year.":                                               false,
	} {
		if got := reRenamed.MatchString(sentence); got != want {
			t.Errorf("reRenamed(%q) = %v, want %v", sentence, got, want)
		}
	}
}
