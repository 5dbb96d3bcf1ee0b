package people

import "testing"

// TestNicknameUnlistedFirstName: a nickname in quote marks inside a name
// whose first name the list lacks ("Marisol “Sol” Petrakis") is one
// person, wherever the name stands; a description ("an Americanised
// “Jimmy” Bond") and a title-case headline are not. Sentences written for
// this test.
func TestNicknameUnlistedFirstName(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want, not []string
	}{
		{name: "after a quotation",
			in:   "\"We will rebuild the pier,\" Marisol \"Sol\" Petrakis said. Petrakis runs the harbour board.",
			want: []string{"Marisol \"Sol\" Petrakis=Marisol Petrakis", "Petrakis=Marisol Petrakis"}},
		{name: "opening a sentence, curly marks",
			in:   "Ingvar “Ike” Solheim, the club's treasurer, said the books were clean. Solheim has kept them since 2009.",
			want: []string{"Ingvar “Ike” Solheim=Ingvar Solheim", "Solheim=Ingvar Solheim"}},
		{name: "after a short title",
			in:   "Rep. Odalys \"Daly\" Ferreira (D-Ohio) voted against the bill on Tuesday.",
			want: []string{"Rep. Odalys \"Daly\" Ferreira=Odalys Ferreira"}},
		{name: "a description with a determiner is no name",
			in:  "He played an Americanised \"Jimmy\" Bond in the remake.",
			not: []string{"Americanised \"Jimmy\" Bond=Americanised Bond"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			checkResolved(t, c, tt.want, tt.not)
		})
	}
}
