package people

import "testing"

// TestTwoApostropheMarks: some archives' copy writes each double quote
// mark as two apostrophes. A name between them is quoted, as inside “ ”,
// so the pronoun that introduces the next quotation goes to the
// person of the narrative, not to the one the speaker named. Sentences
// written for this test.
func TestTwoApostropheMarks(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want, not []string
	}{
		{name: "he says after a quotation naming another man",
			in: "Councillor Tom Ode has run the planning board for a decade.\n\n" +
				"Mr. Ode is unapologetic. ''I want Carl Reyes to be the next mayor of this city.'' After all, he says, ''I never claimed to be neutral.''",
			want: []string{"he=Tom Ode"}, not: []string{"he=Carl Reyes"}},
		{name: "she said after a quotation naming another woman",
			in:   "Judge Maria Lund ruled on Friday. ''Ms. Ana Vos has had every chance to appear,'' she said.",
			want: []string{"she=Maria Lund"}, not: []string{"she=Ana Vos"}},
		{name: "a title in apostrophes, then a name outside them",
			in:   "Fans loved ''The Sopranos'' and the players' ''big night,'' Tom Reyes said. Reyes runs the club.",
			want: []string{"Tom Reyes=Tom Reyes", "Reyes=Tom Reyes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			checkResolved(t, c, tt.want, tt.not)
		})
	}
}
