package people

import "testing"

// TestWireRoles covers roles stated the ways wire copy states them (a
// possessive before the name, an age between name and role, an indefinite
// role phrase before the name, modifiers the lexicon lacks) and the
// descriptions that must find the person by them. Each case is a sentence
// written for this test.
func TestWireRoles(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		roles  map[string]string // canonical name -> role ("" for any)
		gender map[string]string // canonical name -> gender
		want   []string          // "form=Name" pairs that must appear, in order
		not    []string          // "form=Name" pairs that must not appear
	}{
		{name: "possessive country before the name",
			in:    "Norway's fisheries minister, Ingrid Solberg, will visit Reykjavik on Monday. Asked about quotas, the minister said nothing was settled.",
			roles: map[string]string{"Ingrid Solberg": "Norway's fisheries minister"},
			want:  []string{"Ingrid Solberg=Ingrid Solberg", "the minister=Ingrid Solberg"}},
		{name: "possessive company before the name",
			in:    "Halden Foods' chairman, Piet Maas, said the board would meet on Friday.",
			roles: map[string]string{"Piet Maas": ""}},
		{name: "possessive of a two-word country and unknown modifiers",
			in:    "New Zealand's conservation and tourism minister, Aroha Tane, said the park would reopen.",
			roles: map[string]string{"Aroha Tane": ""}},
		{name: "possessive company, single role noun",
			in:    "Corbel's chairman, Anton Wirth, said the search had begun. The chairman gave no date.",
			roles: map[string]string{"Anton Wirth": "Corbel's chairman"},
			want:  []string{"The chairman=Anton Wirth"}},
		{name: "a role cut short is left alone",
			in:    "It is the heart of the inquiry by Ohio's chief law officer, Dana Pruitt, and the courts.",
			roles: map[string]string{"Dana Pruitt": ""},
			not:   []string{}},
		{name: "indefinite role phrase before the name",
			in:     "A Japanese foreign ministry spokeswoman, Aiko Mori, told reporters the talks would go on.",
			roles:  map[string]string{"Aiko Mori": "Japanese foreign ministry spokeswoman"},
			gender: map[string]string{"Aiko Mori": "f"},
			want:   []string{"A Japanese foreign ministry spokeswoman=Aiko Mori", "Aiko Mori=Aiko Mori"}},
		{name: "age between name and role",
			in:    "Dale Hutton, 58, a former congressman who lost his seat in 2018, said he would run again.",
			roles: map[string]string{"Dale Hutton": "former congressman"},
			want:  []string{"a former congressman=Dale Hutton"}},
		{name: "age before a definite role",
			in:    "Lena Brandt, 47, the chief executive of Nordvik Energy, resigned on Monday. The 47-year-old executive had led the firm since 2019.",
			roles: map[string]string{"Lena Brandt": "chief executive of Nordvik Energy"},
			want:  []string{"the chief executive=Lena Brandt", "The 47-year-old executive=Lena Brandt"}},
		{name: "unknown modifier before a role noun",
			in:    "“Demand is slowing,” said Carl Obi, a portfolio manager at Redfern Funds.",
			roles: map[string]string{"Carl Obi": "portfolio manager at Redfern Funds"},
			not:   []string{"Redfern Funds=Redfern Funds"}},
		{name: "unknown modifier before a possessive organisation",
			in:    "The dockers' union's general secretary, Mick Rowe, called the offer an insult.",
			roles: map[string]string{"Mick Rowe": ""}},
		{name: "a class noun finds the member",
			in:    "Ruth Calder, a former senator, said on Tuesday she would run for governor. The veteran politician said she had been urged to stand.",
			roles: map[string]string{"Ruth Calder": "former senator"},
			want:  []string{"The veteran politician=Ruth Calder", "she=Ruth Calder"}},
		{name: "an abbreviation finds the office",
			in:    "The company's finance chief, Omar Haddad, told analysts sales were on track. The CFO said margins would widen.",
			roles: map[string]string{"Omar Haddad": "company's finance chief"},
			want:  []string{"The CFO=Omar Haddad"}},
		{name: "a named finance minister is not the prime minister",
			in:    "Britain's finance minister, Joan Pryce, spoke in Leeds. The prime minister was not present.",
			roles: map[string]string{"Joan Pryce": ""},
			not:   []string{"The prime minister=Joan Pryce"}},
		{name: "a first name as a surname",
			in:    "The state party chairman, Lou Grant, said the primary would be close.",
			roles: map[string]string{"Lou Grant": "state party chairman"}},
		{name: "an occupation before a full name",
			in:    "Novelist Alice Hart said the prize had changed her life. Economist Dele Ojo said growth would slow.",
			roles: map[string]string{"Alice Hart": "Novelist", "Dele Ojo": "Economist"}},
		{name: "a storm is no person",
			in:    "Hurricane Delia hit the coast on Friday. The energy minister said oil output had fallen.",
			roles: map[string]string{},
			not:   []string{"Hurricane Delia=Hurricane Delia", "The energy minister=Hurricane Delia"}},
		{name: "a speech verb ends an appositive without a comma",
			in:    "Ben Achebe, a cocoa farmer from Ondo state told the agency prices had doubled.",
			roles: map[string]string{"Ben Achebe": ""},
			not:   []string{}},
		{name: "a lone surname with a role is a person",
			in:   "Orban, the Hungarian leader, told parliament the plan was dead. The Hungarian premier said talks would resume.",
			want: []string{"Orban=Orban", "the Hungarian leader=Orban"}},
		{name: "the seat of an office stands for it",
			in:   "Lukin, the Kremlin leader, spoke for an hour. The Russian president said the border would stay shut.",
			want: []string{"the Kremlin leader=Lukin", "The Russian president=Lukin"}},
		{name: "a lone adverb or place before a role phrase is no person",
			in:    "Separately, the finance ministry's spokeswoman, Lu Mei, said rates would hold. In Gateshead, the prime minister took questions.",
			roles: map[string]string{"Lu Mei": "finance ministry's spokeswoman"},
			not:   []string{"Separately=Separately", "Gateshead=Gateshead"}},
		{name: "role phrases set off by dashes",
			in:    "The bloc's trade commissioner — Ewa Nowak — met the Canadian envoy, Paul Girard — a former diplomat — on Monday. The commissioner said talks went well.",
			roles: map[string]string{"Ewa Nowak": "bloc's trade commissioner", "Paul Girard": ""},
			want:  []string{"The commissioner=Ewa Nowak"}},
		{name: "a dash before a clause is no appositive",
			in:    "Voters turned against Mrs Hale - the campaign began to stall in the autumn.",
			roles: map[string]string{},
			not:   []string{"the campaign=Hale"}},
		{name: "initials with the surname alone as a speaker",
			in:    "JD Vance said the duties would stay. Vance told reporters in Ohio the talks were over.",
			roles: map[string]string{"JD Vance": ""},
			want:  []string{"JD Vance=JD Vance", "Vance=JD Vance"}},
		{name: "chinese family name with a one-syllable given name after a title",
			in:    "Vice-Premier He Jun met the US envoy on Tuesday. He told her the curbs were coercion, and the vice-premier said China would respond.",
			roles: map[string]string{"He Jun": "Vice-Premier"},
			want:  []string{"Vice-Premier He Jun=He Jun", "He=He Jun", "the vice-premier=He Jun"}},
		{name: "a government called the Executive is no person",
			in:    "Rory Baird, chief executive of Forth Ferries, said jobs were at risk. The Scottish Executive said it would decide within days.",
			roles: map[string]string{"Rory Baird": ""},
			not:   []string{"The Scottish Executive=Rory Baird"}},
		{name: "a possessive role is the role of someone else",
			in:    "The executive's transport secretary, Fiona Weir, said the delay was deliberate.",
			roles: map[string]string{"Fiona Weir": "executive's transport secretary"},
			want:  []string{"The executive's transport secretary=Fiona Weir"}},
		{name: "an appositive after a titled name keeps the title",
			in:    "Chancellor Gerd Vogel met Mr Vogel's critics - a group of economists and bankers - on Friday. Mr Vogel, a staunch supporter of the pact since the 1990s, said it would hold.",
			roles: map[string]string{"Gerd Vogel": "Chancellor"}},
		{name: "a doctor is a consultant",
			in:   "Dr Amir Shah, a consultant at a Leeds hospital, said waiting lists would grow. The 52-year-old doctor said the strike was justified.",
			want: []string{"The 52-year-old doctor=Amir Shah"}},
		{name: "a leading role phrase runs on to the comma before the name",
			in:    "The head of the dockers' union, Mary Colm, said the strike would go ahead. A spokesman for the Harbour Board, Tom Penn, declined to comment.",
			roles: map[string]string{"Mary Colm": "head of the dockers' union", "Tom Penn": "spokesman for the Harbour Board"},
			want:  []string{"The head=Mary Colm", "A spokesman=Tom Penn"}},
		{name: "a relation's title is not the role",
			in:    "Ana Ortiz, wife of Prime Minister Luis Vega, testified on Tuesday. Vega called the case a smear. The prime minister said he would not resign.",
			roles: map[string]string{"Luis Vega": "Prime Minister"},
			want:  []string{"The prime minister=Luis Vega"},
			not:   []string{"The prime minister=Ana Ortiz"}},
		{name: "a party word in a description is no stray name",
			in:   "Prime Minister Luis Vega spoke in Seville. “They are coming after my family,” the Socialist leader said.",
			want: []string{"the Socialist leader=Luis Vega"}},
		{name: "a title word the lexicon keeps as a modifier",
			in:    "The opposition's pensions critic, Luc Roy, said the plan was a delay.",
			roles: map[string]string{"Luc Roy": "opposition's pensions critic"}},
		{name: "an international post is no nationality clash",
			in:    "“Children are dying,” said Ingrid Moe, the UN under-secretary-general for humanitarian affairs. The Norwegian diplomat called for corridors.",
			roles: map[string]string{"Ingrid Moe": "UN under-secretary-general for humanitarian affairs"},
			want:  []string{"The Norwegian diplomat=Ingrid Moe"}},
		{name: "journalist and reporter are one",
			in:   "Police released journalist Paulo Reis on Friday. “They failed to silence me,” the reporter said.",
			want: []string{"the reporter=Paulo Reis"}},
		{name: "two roles of one person",
			in:    "The union's chairman and chief negotiator, Ruth Lane, said talks had failed.",
			roles: map[string]string{"Ruth Lane": "union's chairman and chief negotiator"}},
		{name: "abbreviated titles answer to the full word",
			in:    "Sen. Ruth Adler (D-Vermont) and Gen. Omar Hadi spoke on Monday. The senator said the bill was dead, and the general said troops would stay.",
			roles: map[string]string{"Ruth Adler": "Sen", "Omar Hadi": "Gen"},
			want:  []string{"The senator=Ruth Adler", "the general=Omar Hadi"}},
		{name: "a party noun describes a politician",
			in:   "Sen. Karen Holt of Oklahoma defended the bill. “It is the toughest package in years,” the Oklahoma Republican told reporters.",
			want: []string{"the Oklahoma Republican=Karen Holt"}},
		{name: "a courtesy title leaves the leading role open",
			in:    "The museum's chairman, Sir Philip Rowe, said the board would search widely.",
			roles: map[string]string{"Philip Rowe": "museum's chairman"}},
		{name: "a relative role leaves the office open",
			in:   "The incumbent, Andy Crane, said voters would judge his record. “I am proud of what we have done,” the Labour mayor said.",
			want: []string{"the Labour mayor=Andy Crane"}},
		{name: "coordinated roles resolve by the first",
			in:   "Tom Reid, the company's president, met investors. The company's president and chief executive said sales were strong.",
			want: []string{"The company's president and chief executive=Tom Reid"}},
		{name: "an occupation that is also a surname stays a name",
			in:    "Senator Barbara Boxer said the vote was close. Boxer later left the chamber.",
			roles: map[string]string{"Barbara Boxer": "Senator"}},
		{name: "an age alone describes someone named before",
			in:   "Former captain Marco Russo was elected mayor on Monday. “The city chose hope,” the 44-year-old told supporters. Of those hoping to replace Russo, the 19-year-old Bruno was the favourite.",
			want: []string{"the 44-year-old=Marco Russo"},
			not:  []string{"the 19-year-old=Marco Russo"}},
		{name: "an officer is a general",
			in:   "The president fired the police chief, General Rafael Cruz, on Monday. The 58-year-old officer said he had served with honour.",
			want: []string{"The 58-year-old officer=Rafael Cruz"}},
		{name: "a premier is a prime minister",
			in:   "Karin Berg, the Social Democrat leader and a former prime minister, abstained. The former premier said the government was living on borrowed time.",
			want: []string{"The former premier=Karin Berg"}},
		{name: "general counsel is the company's lawyer",
			in:    "Halden's general counsel, Diane Wirt, said the company admitted no wrongdoing. “We are pleased,” the company's top lawyer said.",
			roles: map[string]string{"Diane Wirt": "Halden's general counsel"},
			want:  []string{"the company's top lawyer=Diane Wirt"}},
		{name: "New before a place stays in the title",
			in:    "New York Attorney General Ruth Fine said the deal held a bad actor to account.",
			roles: map[string]string{"Ruth Fine": "New York Attorney General"}},
		{name: "a speaker's pronoun lends no gender",
			in:     "His rival, Giulia Conti, conceded defeat. “I wish him well,” Conti said.",
			gender: map[string]string{"Giulia Conti": ""}},
		{name: "a post-nominal is no organisation",
			in:    "His barrister, Fiona Grant SC, said the charges would be fought. Tom Hale MP called the ruling wrong.",
			roles: map[string]string{"Fiona Grant": "barrister", "Tom Hale": ""},
			want:  []string{"His barrister=Fiona Grant"}},
		{name: "a first name that is half a country",
			in:    "Indonesia's finance minister, Sri Wahyuni, resigned. Sri Lanka's cricket captain was dropped.",
			roles: map[string]string{"Sri Wahyuni": "Indonesia's finance minister"},
			not:   []string{"Sri Lanka=Sri Lanka"}},
		{name: "a magnate is a billionaire",
			in:   "Australian mining magnate Clive Barton was charged on Thursday. The billionaire has denied any wrongdoing. He called it a witch-hunt.",
			want: []string{"The billionaire=Clive Barton", "He=Clive Barton"}},
		{name: "a chief of a portfolio is its minister",
			in:   "Defence Minister Pedro Luna said operations would go on. “We will not lower our guard,” the defence chief said. The police chief was not present.",
			want: []string{"the defence chief=Pedro Luna"},
			not:  []string{"The police chief=Pedro Luna"}},
		{name: "an accented first name before a known middle name",
			in:    "José Antonio Vera, the leader of the Liberty Party, dismissed the reshuffle. “Same faces,” the opposition leader wrote. President Rui Lobo said nothing.",
			roles: map[string]string{"José Antonio Vera": "leader of the Liberty Party"},
			want:  []string{"the opposition leader=José Antonio Vera"}},
		{name: "a first name that is also a place",
			in:    "The new interior minister, Carolina Reyes, said order came first. She spoke in North Carolina.",
			roles: map[string]string{"Carolina Reyes": "new interior minister"},
			not:   []string{"North Carolina=North Carolina"}},
		{name: "an unknown word before a bare role",
			in:    "Ben Obi, managing director of Delta Advisory, said inflation would peak soon.",
			roles: map[string]string{"Ben Obi": "managing director of Delta Advisory"}},
		{name: "a double surname without the first name",
			in:    "Security Minister Omar García Luna said prosecutors would appeal. “We will not allow it,” García Luna said.",
			roles: map[string]string{"Omar García Luna": "Security Minister"},
			want:  []string{"García Luna=Omar García Luna"},
			not:   []string{"García Luna=García Luna"}},
		{name: "a secretary of a portfolio is a minister",
			in:   "Energy Secretary Ed Morland dismissed the complaint. “Profits were at a record,” the Labour minister told MPs. The union's general secretary said nothing.",
			want: []string{"the Labour minister=Ed Morland"}},
		{name: "a possessive name is no list",
			in:    "“We are worried,” said Ana Lobo, Oxfam Brazil's head of policy.",
			roles: map[string]string{"Ana Lobo": "Oxfam Brazil's head of policy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			got, gen := map[string]string{}, map[string]string{}
			for _, p := range c.People {
				got[p.Name] = p.Role
				gen[p.Name] = p.Gender
			}
			for n, role := range tt.roles {
				r, ok := got[n]
				if !ok {
					t.Errorf("missing person %q; got %v", n, got)
				} else if role != "" && r != role {
					t.Errorf("%q role = %q, want %q", n, r, role)
				}
			}
			for n, g := range tt.gender {
				if gen[n] != g {
					t.Errorf("%q gender = %q, want %q", n, gen[n], g)
				}
			}
			res := resolved(c)
			j := 0
			for _, g := range res {
				if j < len(tt.want) && g == tt.want[j] {
					j++
				}
				for _, x := range tt.not {
					if g == x {
						t.Errorf("unwanted %q in %q", x, res)
					}
				}
			}
			if j < len(tt.want) {
				t.Errorf("want %q in order, got %q", tt.want, res)
			}
		})
	}
}
