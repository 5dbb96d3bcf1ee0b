package people

import "testing"

// TestTitleWordsAndRoles covers surnames that are also titles ("Laura
// Bishop", "John Major") next to real titles ("Judge Ann Marsh", "the
// Bishop of Durham"), and role phrases stated with a possessive, a
// two-word country or a judge's style. Each case is a sentence written for
// this test.
func TestTitleWordsAndRoles(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string // canonical name -> role ("" for any)
		want  []string          // "form=Name" pairs that must appear, in order
		not   []string          // canonical names that must not appear
	}{
		{name: "surname that is a clerical title after a title and first name",
			in:    "Canadian Prime Minister Laura Bishop arrived in Oslo on Monday. “We came to build trust,” Ms Bishop said. She flew to Bergen on Tuesday.",
			roles: map[string]string{"Laura Bishop": "Canadian Prime Minister"},
			want:  []string{"Ms Bishop=Laura Bishop", "She=Laura Bishop"},
			not:   []string{"Bishop"}},
		{name: "lone title surname after the full name",
			in:    "Laura Bishop landed in Oslo. Bishop said the talks went well.",
			want:  []string{"Laura Bishop=Laura Bishop", "Bishop=Laura Bishop"},
			roles: map[string]string{"Laura Bishop": ""}},
		{name: "surnames that are offices",
			in: "Chief Justice Paul Judge dismissed the appeal. Home Secretary Mark Pope backed him, as did Senator Joe Marshal and former prime minister John Major.",
			roles: map[string]string{"Paul Judge": "Chief Justice", "Mark Pope": "Home Secretary",
				"Joe Marshal": "Senator", "John Major": ""}},
		{name: "real titles stay titles",
			in:    "Judge Ann Marsh sentenced him on Friday. Major General Tom Lake said the army would help. The Bishop of Durham said the cuts were cruel.",
			roles: map[string]string{"Ann Marsh": "Judge", "Tom Lake": "Major General", "Bishop of Durham": ""},
			not:   []string{"of Durham", "Bishop"}},
		{name: "the Bishop is no echo without the name",
			in:  "Laura Bishop spoke first. Later the Bishop of Leeds preached and the Bishop said prayers.",
			not: []string{"Bishop"}},
		{name: "New before a two-word country",
			in:    "New Zealand Foreign Minister Tom Waite said the Pacific came first.",
			roles: map[string]string{"Tom Waite": "New Zealand Foreign Minister"}},
		{name: "a judge's style keeps the courtesy title",
			in:    "Lady Justice Harrow said the appeal was without merit. Mr Justice Kerr agreed.",
			roles: map[string]string{"Harrow": "Lady Justice", "Kerr": "Mr Justice"}},
		{name: "lower-case chairperson before the name",
			in:    "The board met on Monday and chairperson Amina Diallo said it was united.",
			roles: map[string]string{"Amina Diallo": "chairperson"}},
		{name: "possessive determiner before an appositive role",
			in:    "Sam Ortiz, its regional director, said sales had fallen. Anna Weiss, their chief executive, agreed.",
			roles: map[string]string{"Sam Ortiz": "regional director", "Anna Weiss": "chief executive"}},
		{name: "a surname that is also a place or a function word",
			in:    "Mary Kent runs the night shelter. Kent said the beds were full. Ms Kent asked the council for help. The columnist George Will agreed, and Will said so twice.",
			want:  []string{"Mary Kent=Mary Kent", "Kent=Mary Kent", "Ms Kent=Mary Kent", "columnist George Will=George Will", "Will=George Will"},
			roles: map[string]string{"Mary Kent": "", "George Will": "columnist"}},
		{name: "a month or a phrase is no echo without the full name",
			in:  "In May the council met. That said, the vote failed. Kent said the county would appeal.",
			not: []string{"May", "That", "Kent"}},
		{name: "a place after a first name that is also a place stays a place",
			in:  "The team flew from Jordan to Paris on Monday, then on to Sydney Kent for the final.",
			not: []string{"Jordan Paris"}},
		{name: "its names the organisation the role belongs to",
			in:    "The Harbor Institute published the flood study on Monday. Its director, Paul Grady, said the figures were grim. The Lakeside Housing Trust disagreed, and Tom Reyes, its chief executive, called the study alarmist.",
			roles: map[string]string{"Paul Grady": "director of the Harbor Institute", "Tom Reyes": "chief executive of the Lakeside Housing Trust"}},
		{name: "its before a generic organisation noun keeps the bare role",
			in:    "The council met on Monday. Its leader, Ann Ode, said the budget was balanced.",
			roles: map[string]string{"Ann Ode": "leader"}},
		{name: "a role noun after a courtesy title is a surname",
			in:    "The novelist wrote to the council after Mr. Singer published his profile. Ms Baker, the council leader, said Mr Singer was wrong. Mr. President, she began.",
			want:  []string{"Mr. Singer=Singer", "Ms Baker=Baker", "Mr Singer=Singer"},
			roles: map[string]string{"Baker": "council leader", "Singer": ""},
			not:   []string{"President"}},
		{name: "possessive determiner before a leading role",
			in:    "Its chief executive, Anna Weiss, said sales had fallen.",
			roles: map[string]string{"Anna Weiss": "chief executive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}
