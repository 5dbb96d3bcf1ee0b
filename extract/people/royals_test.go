package people

import "testing"

// TestRoyalFirstNames keeps a royal named by title and first name apart
// from another person sharing the first name (gap: "Prince William" was
// merged with "William Ruto").
func TestRoyalFirstNames(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		{name: "prince and president share a first name",
			in:    "Prince William met Kenyan President William Ruto in Nairobi on Tuesday. Ruto thanked the prince for his interest in conservation.",
			roles: map[string]string{"Prince William": "Prince", "William Ruto": "Kenyan President"},
			want:  []string{"Prince William=Prince William", "Kenyan President William Ruto=William Ruto", "Ruto=William Ruto"}},
		{name: "president named first, then a queen sharing the first name",
			in:    "President Margaret Osei opened the summit in Accra. Queen Margaret arrived later and said she was honoured.",
			roles: map[string]string{"Margaret Osei": "President", "Queen Margaret": "Queen"},
			want:  []string{"Queen Margaret=Queen Margaret", "she=Queen Margaret"}},
		{name: "a royal introduced in full keeps the short form",
			in:   "King Charles III arrived in Ottawa on Monday. King Charles said Canada was dear to him.",
			want: []string{"King Charles III=King Charles III", "King Charles=King Charles III"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}

// TestRoleDescriptionsWholeRole wants a description to match the whole
// role: "the prime minister" is not the deputy prime minister, "the
// chancellor" not the shadow chancellor.
func TestRoleDescriptionsWholeRole(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
		not  []string
	}{
		{name: "deputy prime minister named last",
			in:   "Prime Minister Keir Starmer flew to Paris on Monday. Deputy Prime Minister Angela Rayner stayed in London. The prime minister said the talks went well.",
			want: []string{"The prime minister=Keir Starmer"},
			not:  []string{"The prime minister=Angela Rayner"}},
		{name: "the deputy is described as deputy",
			in:   "Prime Minister Keir Starmer flew to Paris on Monday. Deputy Prime Minister Angela Rayner stayed in London. The deputy prime minister said the cabinet was united.",
			want: []string{"The deputy prime minister=Angela Rayner"}},
		{name: "shadow chancellor named last",
			in:   "Chancellor Rachel Reeves met shadow chancellor Mel Stride on Tuesday. The chancellor said the budget was fair.",
			want: []string{"The chancellor=Rachel Reeves"},
			not:  []string{"The chancellor=Mel Stride"}},
		{name: "former prime minister named last",
			in:   "Prime Minister Keir Starmer met former prime minister Gordon Brown in Edinburgh. The prime minister said the union was strong.",
			want: []string{"The prime minister=Keir Starmer"},
			not:  []string{"The prime minister=Gordon Brown"}},
		{name: "the shadow chancellor is the shadow",
			in:   "Chancellor Rachel Reeves met shadow chancellor Mel Stride on Tuesday. The shadow chancellor said the budget was a failure.",
			want: []string{"The shadow chancellor=Mel Stride"}},
		{name: "a minister is not the prime minister",
			in:   "Prime Minister Tony Blair spoke first. Aid minister Hilary Benn said the money would flow. The prime minister said Africa came first.",
			want: []string{"The prime minister=Tony Blair"},
			not:  []string{"The prime minister=Hilary Benn"}},
		{name: "vice president as a hyphenated head",
			in:   "Vice-President Kamala Harris spoke in Atlanta. The vice-president said turnout mattered.",
			want: []string{"The vice-president=Kamala Harris"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkResolved(t, Find(tt.in), tt.want, tt.not)
		})
	}
}

// TestTitlesNamePeople makes royals, peers and religious leaders named
// only by title canonical people, named as the title, with pronouns of
// the title's gender.
func TestTitlesNamePeople(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string
		gender map[string]string
		not    []string
	}{
		{name: "the King alone, possessive and pronoun",
			in:     "The King will travel to Canada next month, the palace said. The King's visit will include Ottawa, where he will open parliament.",
			want:   []string{"The King=The King", "The King=The King", "he=The King"},
			gender: map[string]string{"The King": "m"}},
		{name: "the King after King Charles is King Charles",
			in:   "King Charles opened the new hospital wing in Leeds on Friday. The King said the nurses were remarkable.",
			want: []string{"King Charles=King Charles", "The King=King Charles"}},
		{name: "the King and Queen are two people",
			in:     "The King and Queen arrived in Rome on Monday. She laid a wreath at the memorial.",
			want:   []string{"The King=The King", "Queen=The Queen", "She=The Queen"},
			gender: map[string]string{"The King": "m", "The Queen": "f"}},
		{name: "peers named by title and see",
			in:     "The Duke of Edinburgh visited a youth centre in Leeds on Friday. He said the young people were inspiring. Later the Prince of Wales and the Princess Royal joined the visit.",
			want:   []string{"The Duke of Edinburgh=Duke of Edinburgh", "He=Duke of Edinburgh", "the Prince of Wales=Prince of Wales", "Princess Royal=Princess Royal"},
			gender: map[string]string{"Duke of Edinburgh": "m", "Princess Royal": "f"}},
		{name: "crown prince, emir and pope",
			in:     "The Crown Prince met the Emir of Qatar in Doha on Sunday. The Pope will visit Lebanon next month and said he hoped for peace.",
			want:   []string{"The Crown Prince=The Crown Prince", "the Emir of Qatar=Emir of Qatar", "The Pope=The Pope", "he=The Pope"},
			gender: map[string]string{"The Pope": "m"}},
		{name: "titles that name no one",
			in:  "The Queen Mother's Hospital was closed. Staff at the Prince of Wales Hospital said beds were short. The King Charles Trust gave money.",
			not: []string{"The Queen", "Prince of Wales", "The King"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			checkResolved(t, c, tt.want, nil)
			for _, p := range c.People {
				if g, ok := tt.gender[p.Name]; ok && p.Gender != g {
					t.Errorf("%s: gender %q, want %q", p.Name, p.Gender, g)
				}
				for _, n := range tt.not {
					if p.Name == n {
						t.Errorf("unwanted person %q", n)
					}
				}
			}
		})
	}
}

// TestPeerageRestylesRoyal reads a peerage title right after a prince
// named by first name as that prince, and keeps a name run that holds a
// title ("Princess Royal") as the name.
func TestPeerageRestylesRoyal(t *testing.T) {
	c := Find("Prince Harry made a surprise visit to Kyiv on Friday. The Duke of Sussex met veterans at a clinic and later went to Lviv.")
	checkResolved(t, c, []string{"Prince Harry=Prince Harry", "The Duke of Sussex=Prince Harry"}, nil)
	c = Find("Princess Royal will visit Cyprus in October, the palace said.")
	checkResolved(t, c, []string{"Princess Royal=Princess Royal"}, nil)
}

// TestBareNamesOfTitledRoyals names the King and Queen of an article by
// the bare first names paired with "and", and reads a peerage title just
// before a prince named by first name as that prince.
func TestBareNamesOfTitledRoyals(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "king and queen named by a pair of first names",
			in:   "The King will tour flood-hit towns in Queensland this month, the palace said.\n\nCharles and Camilla arrive in Brisbane on 12 May. The Queen will then fly home, while Charles goes on to Fiji.",
			want: []string{"The King=King Charles", "Charles=King Charles", "Camilla=Queen Camilla", "The Queen=Queen Camilla", "Charles=King Charles"}},
		{name: "peerage title before the prince's name",
			in:   "The Prince of Wales has cancelled a visit to Ghana, the palace said. Prince Edmund had been due in Accra on Monday.",
			want: []string{"The Prince of Wales=Prince Edmund", "Prince Edmund=Prince Edmund"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			checkResolved(t, c, tt.want, nil)
		})
	}
}

// TestHopefulsAndCoaches covers a candidate's "hopeful" before the name
// and a coach set off by commas.
func TestHopefulsAndCoaches(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
	}{
		{name: "state race hopeful",
			in:    "Senate hopeful Jane Doe said the race was wide open.",
			roles: map[string]string{"Jane Doe": "Senate hopeful"},
			want:  []string{"Senate hopeful Jane Doe=Jane Doe"}},
		{name: "party and office hopeful",
			in:    "Presidential hopeful Ana Ruiz, 52, said she would win. Democratic mayoral hopeful Ken Osei disagreed.",
			roles: map[string]string{"Ana Ruiz": "Presidential hopeful", "Ken Osei": "Democratic mayoral hopeful"},
			want:  []string{"Presidential hopeful Ana Ruiz=Ana Ruiz", "she=Ana Ruiz"}},
		{name: "coach in commas",
			in:    "His coach, Mark Ferris, said the team was ready.",
			roles: map[string]string{"Mark Ferris": "coach"},
			want:  []string{"His coach=Mark Ferris", "Mark Ferris=Mark Ferris"}},
		{name: "an adjective is no role",
			in:    "Officials were hopeful that the vote would pass, and Mayor Tom Reyes said it was a hopeful sign.",
			roles: map[string]string{"Tom Reyes": "Mayor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, nil, tt.want)
		})
	}
}

// TestAbbreviatedPlacesAreNoPeople keeps "Ft. Worth" and "Mt Kenya" out
// of the people.
func TestAbbreviatedPlacesAreNoPeople(t *testing.T) {
	checkCast(t, "Senator Ann Cole said she would visit Ft. Worth on Friday and climb Mt Kenya in May.",
		map[string]string{"Ann Cole": "Senator"}, []string{"Ft Worth", "Ft. Worth", "Mt Kenya"}, []string{"she=Ann Cole"})
}

// TestPopeByName keeps a pope given one name as the one person through
// "the pope", "he" and the bare name (canonical "Leo", as the trips tests
// expect).
func TestPopeByName(t *testing.T) {
	checkCast(t, "Pope Leo met President Javier Milei at the Vatican on Monday. The pope said he prayed for Argentina. Leo later left for Castel Gandolfo.",
		map[string]string{"Leo": "Pope", "Javier Milei": "President"}, nil,
		[]string{"Pope Leo=Leo", "The pope=Leo", "he=Leo", "Leo=Leo"})
}

// TestTitlesAtTextEnd takes a title that ends the text, and the second
// title of a pair after its named holder.
func TestTitlesAtTextEnd(t *testing.T) {
	checkOffsets(t, "Crowds cheered the King and Queen", Find("Crowds cheered the King and Queen"))
	c := Find("King Charles and Queen Camilla arrived in Rome. Crowds later cheered the King and Queen.")
	checkResolved(t, c, []string{"the King=King Charles", "Queen=Queen Camilla"}, nil)
}

// FuzzTitles runs Find over mutations of title sentences: no panic, and
// mentions stay within the text.
func FuzzTitles(f *testing.F) {
	for _, s := range []string{
		"The King and Queen arrived.", "the Duke of Edinburgh's visit", "The Crown Prince met the Emir of Qatar",
		"Charles and Camilla met the King and Queen", "The Prince of Wales said. Prince William", "the Princess Royal and",
		"Senate hopeful Jane Doe said", "visit Ft. Worth", "the King", "The Crown",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, s, Find(s))
	})
}

// TestRoyalShortForms joins a royal's short form to the full name given
// with the title, and keeps one person through a change of title.
func TestRoyalShortForms(t *testing.T) {
	checkCast(t, "Saudi Prince Alwaleed Bin Talal bought the hotel. Prince Alwaleed said the deal was fair, and Alwaleed left.",
		map[string]string{"Alwaleed Bin Talal": "Saudi Prince"}, []string{"Prince Alwaleed"},
		[]string{"Prince Alwaleed=Alwaleed Bin Talal", "Alwaleed=Alwaleed Bin Talal"})
	checkCast(t, "Crown Princess Mary opened the exhibition in 2020. Queen Mary returned to it this week.",
		nil, []string{"Queen Mary"}, []string{"Queen Mary=Crown Princess Mary"})
}
