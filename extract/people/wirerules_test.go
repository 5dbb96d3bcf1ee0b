package people

import "testing"

// TestWireRules covers people-finding classes found failing on wire copy
// we had not seen (extract/quotes/testdata/wire). Each case is a realistic
// sentence written for this test; "form=Name" pairs as in
// TestAccuracyClasses.
func TestWireRules(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		{name: "arabic article before a surname",
			in:    "Foreign ministry spokesman Nabil al-Harthy spoke in Muscat on Sunday. al-Harthy said the talks would resume. Egypt's Khaled el-Sayed agreed.",
			roles: map[string]string{"Nabil al-Harthy": "", "Khaled el-Sayed": ""},
			want:  []string{"spokesman Nabil al-Harthy=Nabil al-Harthy", "al-Harthy=Nabil al-Harthy"}},
		{name: "a lower-case al is no name",
			in:    "The al-fresco dining area at the hotel was closed, said manager Tom Ode.",
			roles: map[string]string{"Tom Ode": ""},
			not:   []string{"al-fresco=al-fresco"}},
		{name: "quoted sentences keep the speaker in view of a later pronoun",
			in:    "“We got the last decade wrong,” Clare Dempsey said. “We paid too much to shareholders. We spent too little on pipes.\n\n“That has to change. It will take time. It will take money.”\n\nAsked about her pay, she said the board had set it.",
			roles: map[string]string{"Clare Dempsey": ""},
			want:  []string{"Clare Dempsey=Clare Dempsey", "her=Clare Dempsey", "she=Clare Dempsey"}},
		{name: "narrative sentences in between end the look-back",
			in:    "“We got the last decade wrong,” Clare Dempsey said. The company lost money in 2023. Its shares fell by a third. Rivals did better. The regulator fined two of them. Bills went up again in April.\n\nShe said the board had set it.",
			roles: map[string]string{"Clare Dempsey": ""},
			not:   []string{"She=Clare Dempsey"}},
		{name: "an indefinite lede subject named in the next paragraph with its role",
			in:    "DENVER (AP) — A federal judge on Friday halted a state law on ballot drop boxes, saying it was \"vague and arbitrary.\"\n\nU.S. District Judge Carla Nunez wrote that the state had failed to show any fraud.",
			roles: map[string]string{"Carla Nunez": "U.S. District Judge"},
			want:  []string{"A federal judge=Carla Nunez", "U.S. District Judge Carla Nunez=Carla Nunez"}},
		{name: "a definite lede subject named in the next paragraph without a role",
			in:    "The former head of a children's charity has told MPs he \"bitterly regrets\" the way complaints were handled.\n\nGiving evidence on Tuesday, Martin Oakes said he had trusted his managers too much.",
			roles: map[string]string{"Martin Oakes": ""},
			want:  []string{"The former head=Martin Oakes", "Martin Oakes=Martin Oakes"}},
		{name: "an indefinite lede subject needs its noun in the role",
			in:    "A police officer was injured in a crash in Leeds on Sunday.\n\nDetective Inspector Joan Pike said the driver had fled.",
			roles: map[string]string{"Joan Pike": "Detective Inspector"},
			not:   []string{"A police officer=Joan Pike"}},
		{name: "a lede naming its own people keeps its description",
			in:    "The head of the rail regulator has criticised Transport Secretary Ann Ode over fares.\n\nTom Reyes, a passenger group spokesman, said fares had doubled.",
			roles: map[string]string{"Ann Ode": "Transport Secretary", "Tom Reyes": ""},
			not:   []string{"The head=Tom Reyes", "The head=Ann Ode"}},
		{name: "a nation's leader is not its opposition leader",
			in:    "Prime Minister Sanae Takaichi met Opposition leader Yoshihiko Noda on Monday. The Japanese leader later flew to Osaka.",
			roles: map[string]string{"Sanae Takaichi": "Prime Minister", "Yoshihiko Noda": "Opposition leader"},
			want:  []string{"The Japanese leader=Sanae Takaichi"}},
		{name: "an opposition leader named as such",
			in:    "Prime Minister Sanae Takaichi met Opposition leader Yoshihiko Noda on Monday. The Japanese opposition leader later flew to Osaka.",
			roles: map[string]string{"Sanae Takaichi": "Prime Minister", "Yoshihiko Noda": "Opposition leader"},
			want:  []string{"The Japanese opposition leader=Yoshihiko Noda"}},
		{name: "the government spokesman is the chief cabinet secretary",
			in:    "Chief Cabinet Secretary Yuki Mori spoke to reporters on Tuesday. The top government spokesman said talks would go on.",
			roles: map[string]string{"Yuki Mori": "Chief Cabinet Secretary"},
			want:  []string{"The top government spokesman=Yuki Mori"}},
		{name: "an organisation's spokesman is not the press secretary",
			in:    "Press secretary Dana Lowe spoke first. The Pentagon spokesman said the drills would go on.",
			roles: map[string]string{"Dana Lowe": "Press secretary"},
			not:   []string{"The Pentagon spokesman=Dana Lowe"}},
		{name: "a first name tells the gender a later pronoun needs",
			in:    "Fiona Hale chaired the meeting. Tom Ode spoke after her. Ray Fry left early. She said the vote would be held in May.",
			roles: map[string]string{"Fiona Hale": ""},
			want:  []string{"Fiona Hale=Fiona Hale", "She=Fiona Hale"}},
		{name: "a trade noun is a source",
			in:    "A nurse at the clinic said the ward had been closed for a week.",
			roles: map[string]string{},
			want:  []string{}},
		{name: "the word a long name is known by, from its middle",
			in:    "President Luiz Inacio Lula da Silva spoke in Recife on Friday. Lula said the port would be rebuilt.",
			roles: map[string]string{"Luiz Inacio Lula da Silva": "President"},
			want:  []string{"President Luiz Inacio Lula da Silva=Luiz Inacio Lula da Silva", "Lula=Luiz Inacio Lula da Silva"}},
		{name: "a first name alone with an age",
			in:    "Amina, 31, who asked that her surname be withheld, fled the city in May. She said the roads were mined.",
			roles: map[string]string{"Amina": ""},
			want:  []string{"Amina=Amina", "She=Amina"}},
		{name: "a first name with a comma and no age is no person",
			in:    "Amina, the storm that hit the coast in May, left 12 people dead.",
			roles: map[string]string{},
			not:   []string{"Amina=Amina"}},
		{name: "a broadcaster whose name reads like a person's",
			in:    "Al Jazeera reported that the talks had stalled. The World Food Programme said aid was blocked.",
			roles: map[string]string{},
			not:   []string{"Al Jazeera=Al Jazeera", "The World Food Programme=World Food Programme", "World Food Programme=World Food Programme"}},
		{name: "an indefinite lede subject whose name opens the next paragraph",
			in:    "A former county treasurer accused of stealing from a pension fund told jurors on Tuesday she was innocent.\n\nMaria Dunn, 58, testified for three hours in her own defence.",
			roles: map[string]string{"Maria Dunn": ""},
			want:  []string{"A former county treasurer=Maria Dunn", "Maria Dunn=Maria Dunn"}},
		{name: "a nationality noun stands for the person named before",
			in:    "Lyon coach Pierre Sage spoke on Friday before the derby. The Frenchman told reporters he was calm.",
			roles: map[string]string{"Pierre Sage": ""},
			want:  []string{"The Frenchman=Pierre Sage"}},
		{name: "an age and a playing position",
			in:    "Ousmane Dembele trained normally on Friday. The 28-year-old forward said he felt good.",
			roles: map[string]string{"Ousmane Dembele": ""},
			want:  []string{"Ousmane Dembele=Ousmane Dembele", "The 28-year-old forward=Ousmane Dembele"}},
		{name: "a place word is a surname after a first name or a courtesy title",
			in:    "His barrister, Andrew Kent, said his client was sorry. Mr Kent asked for a lighter sentence. Jane Cornwall, a farmer in Kent, agreed.",
			roles: map[string]string{"Andrew Kent": "", "Jane Cornwall": ""},
			want:  []string{"Andrew Kent=Andrew Kent", "Mr Kent=Andrew Kent", "Jane Cornwall=Jane Cornwall"},
			not:   []string{"Kent=Andrew Kent"}},
		{name: "a hyphenated office before a name known by its first word",
			in:    "WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva. Tedros said the outbreak was spreading.",
			roles: map[string]string{"Tedros Adhanom Ghebreyesus": "Director-General"},
			want:  []string{"Director-General Tedros Adhanom Ghebreyesus=Tedros Adhanom Ghebreyesus", "Tedros=Tedros Adhanom Ghebreyesus"}},
		{name: "dotted initials before a surname",
			in:    "TSMC Chairman C.C. Wei spoke in Taipei. Wei said demand was strong. The U.S. Navy and D.C. Council were not named.",
			roles: map[string]string{"C.C. Wei": "TSMC Chairman"},
			want:  []string{"TSMC Chairman C.C. Wei=C.C. Wei", "Wei=C.C. Wei"}},
		{name: "do between name words after two of them",
			in:    "COP30 president Andre Correa do Lago opened the talks. Why did Trump do Fox News interviews?",
			roles: map[string]string{"Andre Correa do Lago": ""},
			want:  []string{"COP30 president Andre Correa do Lago=Andre Correa do Lago"},
			not:   []string{"Trump do Fox News=Trump do Fox News"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkRoles(t, c, tt.roles)
			checkResolved(t, c, tt.want, tt.not)
		})
	}
}
