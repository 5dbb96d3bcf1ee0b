package people

import "testing"

// TestSpeakerClasses9 covers cast errors behind wrong quote speakers on a
// later batch of wire copy: sentences written for the test.
func TestSpeakerClasses9(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		roles     map[string]string // canonical name -> role ("" for any)
		gender    map[string]string // canonical name -> gender
		notPeople []string
		want      []string // "form=Name" pairs that must appear, in order
		not       []string // "form=Name" pairs that must not appear
	}{
		{name: "a description running on with in before the appositive name",
			in:    "Prime Minister Samuel Okoro met the envoy on Monday. The opposition leader in the state assembly, Tal Ruiz, accused Okoro of stalling. \"He wants it both ways,\" she said.",
			roles: map[string]string{"Tal Ruiz": "opposition leader in the state assembly"},
			want:  []string{"The opposition leader=Tal Ruiz", "Tal Ruiz=Tal Ruiz", "she=Tal Ruiz"},
			not:   []string{"The opposition leader=Samuel Okoro", "she=Samuel Okoro"}},
		{name: "a description running on with to before the appositive name",
			in:    "Foreign Minister Paolo Greco flew to Cairo. The ambassador to Egypt, Noor Haddad, met him at the airport.",
			roles: map[string]string{"Noor Haddad": "ambassador to Egypt"},
			want:  []string{"The ambassador=Noor Haddad"}},
		{name: "Jan is a first name before a surname",
			in:        "Jan Peeters, who chairs the growers' cooperative, spoke outside the auction hall.",
			roles:     map[string]string{"Jan Peeters": ""},
			notPeople: []string{"Peeters"}},
		{name: "Jan before lower-case particles",
			in:    "Jan van den Heuvel, the cooperative's chairman, said prices had halved. Van den Heuvel blamed imports.",
			roles: map[string]string{"Jan van den Heuvel": ""},
			want:  []string{"Van den Heuvel=Jan van den Heuvel"}},
		{name: "Jan before a capitalised particle opening the text",
			in:    "Jan De Smet, who leads the dockers' union at the port, addressed strikers. He said the port would stop.",
			roles: map[string]string{"Jan De Smet": ""},
			want:  []string{"Jan De Smet=Jan De Smet", "He=Jan De Smet"}},
		{name: "Jan the month is nobody",
			in:        "The board met on Jan 5 and again on Jan. 19, chairman Tom Hale said.",
			notPeople: []string{"Jan"}},
		{name: "do after a known first name",
			in:    "Pedro do Carmo, who heads the fishermen's association, said the quotas were unfair.",
			roles: map[string]string{"Pedro do Carmo": ""}},
		{name: "do after a name alone stays out",
			in:        "Did Hale do Fox News on Sunday?",
			notPeople: []string{"Hale do Fox News"}},
		{name: "de las inside a name",
			in:    "\"It is a sad day,\" said Ana de las Heras, the mayor.",
			roles: map[string]string{"Ana de las Heras": "mayor"}},
		{name: "a surname that is a title after a role and an unknown first name",
			in:    "The King will visit the town next month. Council leader Martin King said preparations had begun. King said the roads would be closed.",
			roles: map[string]string{"Martin King": ""},
			want:  []string{"Council leader Martin King=Martin King", "King=Martin King"}},
		{name: "a company named like a title after its trade is no person",
			in:        "Fast-food chain Burger King said it would close 40 restaurants.",
			notPeople: []string{"Burger King"}},
		{name: "a company named like a title is no person",
			in:        "Burger King said it would close 40 restaurants.",
			notPeople: []string{"Burger King"}},
		{name: "a source of a body whose name holds of",
			in:   "A Ministry of Defence spokeswoman said the base would stay open. \"No decision has been made,\" she said.",
			want: []string{"A Ministry of Defence spokeswoman=-"},
			not:  []string{"A Ministry=-"}},
		{name: "a body's name with of and no role after stays the body's",
			in:   "The figures were published in the Quarterly Economic Commentary of Leeds University on Monday.",
			want: []string{"Leeds University=-"},
			not:  []string{"the Quarterly Economic Commentary of Leeds University=-"}},
		{name: "she after an indefinite spokeswoman is not the man named before",
			in:  "Finance Minister Rui Costa spoke first. A spokeswoman for the ministry said talks would go on. She said no date was set.",
			not: []string{"She=Rui Costa"}},
		{name: "a body's common noun before its spokeswoman",
			in:   "A hospital spokeswoman said the ward was closed.",
			want: []string{"A hospital spokeswoman=-"}},
		{name: "a pronoun that does not speak stays with the person the source spoke of",
			in:   "Ann Ode met the board on Monday. A spokeswoman said Ode would travel to Paris. She flies out on Friday.",
			want: []string{"She=Ann Ode"}},
		{name: "she speaking after a source that reported on a named woman is not hers",
			in:  "Ann Ode was injured in the crash. A hospital spokeswoman said Ode was stable. She said visitors were not allowed.",
			not: []string{"She=Ann Ode"}},
		{name: "a title surname after an unknown first name with a role set off",
			in:    "The King will visit in May. Martin King, the council leader, said the roads would close. King said he was ready.",
			roles: map[string]string{"Martin King": "council leader"},
			want:  []string{"King=Martin King"}},
		{name: "a chairman may be a woman",
			in:     "Federation chairman Robin Hale said officers were overstretched. \"We cannot do more with less,\" she said. Ms Hale met the minister later.",
			gender: map[string]string{"Robin Hale": "f"},
			want:   []string{"she=Robin Hale"}},
		{name: "an anonymous source sharing the role noun takes the description",
			in:   "Labour MP Dan Carver accused the minister of hiding the figures. One Labour MP, who spoke on condition of anonymity, said the party was split. The MP said the leader had been caught napping.",
			want: []string{"Labour MP Dan Carver=Dan Carver"},
			not:  []string{"The MP=Dan Carver"}},
		{name: "a second official is a new source",
			in:   "Health ministry official Ann Ode briefed reporters. A second official, who was not authorised to speak, said the figures were wrong. The official said the audit was late.",
			want: []string{"A second official=-"},
			not:  []string{"The official=Ann Ode"}},
		{name: "an indefinite role inside a phrase introduces no one",
			in:   "Sir Keir Starmer arrived in Mumbai on a trade mission, the largest ever led by a British prime minister. The prime minister will speak at a summit on Wednesday.",
			want: []string{"The prime minister=Keir Starmer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			got := checkRoles(t, c, tt.roles)
			for _, n := range tt.notPeople {
				if _, ok := got[n]; ok {
					t.Errorf("unwanted person %q in %v", n, got)
				}
			}
			gen := map[string]string{}
			for _, p := range c.People {
				gen[p.Name] = p.Gender
			}
			for n, g := range tt.gender {
				if gen[n] != g {
					t.Errorf("%q gender = %q, want %q", n, gen[n], g)
				}
			}
			checkResolved(t, c, tt.want, tt.not)
		})
	}
}
