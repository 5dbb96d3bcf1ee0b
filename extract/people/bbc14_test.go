package people

import "testing"

// TestBBC14Rules covers people-finding classes found failing on British
// news copy in session 12 (a trade noun opening the lede before a name; a
// name set off by a kinship phrase naming someone else). Each case is a
// sentence written for this test; "form=Name" pairs as in
// TestAccuracyClasses.
func TestBBC14Rules(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		// A noun that may name a body ("broadcaster")
		// opening a sentence before a given name and a surname is the
		// person's trade: the run is no body's name.
		{name: "Broadcaster FIRST LAST opening the lede",
			in:    "Broadcaster Chris Hollis has begun selling his furniture from a market stall.\n\nHollis said he wanted to clear his house.",
			roles: map[string]string{"Chris Hollis": ""},
			want:  []string{"Chris Hollis=Chris Hollis", "Hollis=Chris Hollis"}},
		{name: "Broadcaster FIRST LAST opening a later sentence",
			in:    "The awards were held in Leeds. Broadcaster Anna Lind presented the prizes, and Lind said the night had been a joy.",
			roles: map[string]string{"Anna Lind": ""},
			want:  []string{"Anna Lind=Anna Lind", "Lind=Anna Lind"}},
		{name: "a body noun before a body's name stays a body",
			in:  "Broadcaster Channel Nine said it would show the final live.",
			not: []string{"Channel Nine=Channel Nine"}},
		// "NAME, the singer's stepsister,": the description before the
		// possessive is another person; the kin noun tells her sex, so
		// a later "she" is hers.
		{name: "NAME, the singer's stepsister, ... she",
			in:    "Fans want a street named after the singer Rick Calder. Janie Calder, the singer's stepsister, said the family still hoped the singer would be honoured by a road named after him. \"That is something my father wanted,\" she said.",
			roles: map[string]string{"Rick Calder": "singer"},
			want:  []string{"she=Janie Calder"},
			not:   []string{"him=Janie Calder"}},
		{name: "NAME, the mayor's nephew, ... he",
			in:    "The mayor, Ruth Banda, opened the bridge. Tobi Banda, the mayor's nephew, said the family was proud of her. \"It took ten years,\" he said.",
			roles: map[string]string{"Ruth Banda": "mayor"},
			want:  []string{"he=Tobi Banda"},
			not:   []string{"the mayor's nephew=Ruth Banda"}},
		// A knight ("Sir Colin Marsh", "Sir Colin") is never "Mr
		// Marsh": the courtesy title names another person of the
		// surname when there is one.
		{name: "Mr SURNAME after Sir FIRST SURNAME, another of the surname named before",
			in:    "Tony Marsh defended his plans on Monday. Sir Colin Marsh, the police chief, said the risk was real. But Mr Marsh insisted the law was needed.",
			roles: map[string]string{"Colin Marsh": "police chief"},
			want:  []string{"Mr Marsh=Tony Marsh"}},
		{name: "Mrs SURNAME after Dame FIRST SURNAME",
			in:   "Jane Okoro chairs the school board. Dame Ruth Okoro opened the new wing on Friday. Mrs Okoro said the board had waited years.",
			want: []string{"Mrs Okoro=Jane Okoro"}},
		{name: "Mr SURNAME with only a knight of the surname stays his",
			in:   "Sir Colin Marsh said the risk was real. Mr Marsh added that no arrests had been made.",
			want: []string{"Mr Marsh=Colin Marsh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkRoles(t, c, tt.roles)
			checkResolved(t, c, tt.want, tt.not)
		})
	}
}
