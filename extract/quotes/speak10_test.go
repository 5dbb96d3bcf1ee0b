package quotes

import "testing"

// TestCanonicalSpeaker10 covers attribution shapes where a possessor, a
// body in an aside or a party name took the speaker's place, and a
// "she said" after an unnamed source; sentences written for the test, the
// quotation under test last.
func TestCanonicalSpeaker10(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		// "said POSSESSOR's ROLE, NAME": the name speaks.
		{"inverted said, a leader's spokesman named after a comma",
			"The ferry service was halted on Monday after a fire. \"The port has more pressing work this week than hosting us, and we accept that,\" said Moreau's spokesman, Paul Rinaldi.",
			"Paul Rinaldi", "Paul Rinaldi"},
		{"inverted said, a company's chief press officer",
			"Rail strikes hit the north again. \"Nobody wants this dispute to drag into Christmas,\" said Northline's chief press officer, Amira Haddad, on Tuesday.",
			"Amira Haddad", "Amira Haddad"},
		{"according to a fund's founder, named",
			"Shareholders are split over the bid.\n\nAccording to Brightwater's founder, Nadia Fell, a fair price would be \"well above 30 pounds.\" She told reporters the fund would vote against.",
			"Nadia Fell", "Nadia Fell"},
		{"according to a union's general secretary, named, curly apostrophe",
			"Talks resumed on Friday. According to the RMT’s general secretary, Colm Dwyer, the offer was “nowhere near enough.”",
			"Colm Dwyer", "Colm Dwyer"},
		// "NAME, ROLE of ORG, who ..., said": the name, not the body.
		{"a bishop with an appositive and a relative clause",
			"The delegation reached Nairobi on Friday.\n\nBishop Peter Okello, head of the Anglican Church of Kenya, who met the delegation at the airport, said the trip was \"a sign of hope.\"",
			"Peter Okello", "Bishop Peter Okello"},
		{"a chairwoman of a trust, who, said",
			"The museum reopened on Saturday.\n\nMargaret Oyelaran, chairwoman of the Riverside Heritage Trust, who led the fundraising, said the building was \"finally safe for another century.\"",
			"Margaret Oyelaran", "Margaret Oyelaran"},
		// "ORG, which is owned by GROUP, said": the company speaks.
		{"a bus company owned by a group",
			"Drivers voted to strike on Monday.\n\nNorthway Coaches, which is owned by the travel group Pennant Holdings, said the pay offer was \"final and generous\" and would not be improved.",
			"Northway Coaches", "Northway Coaches"},
		{"a water company owned by a fund, not in the cast",
			"Hosepipe bans were extended on Wednesday.\n\nSevern Vale Water, which is owned by the investment fund Kestrel Partners, said the restrictions were \"a last resort\" after the driest summer on record.",
			"Severn Vale Water", "Severn Vale Water"},
		// "Cllr NAME of PARTY": the person.
		{"a councillor of a party with a relative clause",
			"\"Anyone who has waited in that ward knows it is full,\" he told the meeting.\n\nCllr Síle Nolan of Fine Gael, whose party is in government, said she would vote with her colleagues \"with real reluctance but no doubt.\"",
			"Síle Nolan", "Cllr Síle Nolan"},
		{"a councillor of a party, second quote by she",
			"The vote was close.\n\nCllr Orla Keane of Fianna Fáil, whose party leads the coalition, said she had written to the minister and would \"keep writing until someone answers.\"",
			"Orla Keane", "Cllr Orla Keane"},
		// "she said" after an unnamed spokeswoman who declined to say
		// something about the story's main woman.
		{"a ministry spokeswoman declined to say, then she said",
			"Minister Claire Dufort arrived in Lyon on Monday. She met farmers.\n\nA spokeswoman for the agriculture ministry declined to say whether the minister would meet the union leaders. \"The minister's door is always open,\" she said.",
			"A spokeswoman for the agriculture ministry", "she"},
		{"a palace spokesman refused to say, then he said",
			"King Frederik toured the flooded towns on Tuesday. He met rescue workers in Vejle.\n\nA spokesman for the Royal Household refused to say whether the king would return next week. \"His Majesty goes where he is needed,\" he said.",
			"A spokesman for the Royal Household", "he"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.in, tt.speaker, tt.mention) })
	}
}

// TestCanonicalSpeaker10Kept checks shapes near the rules above that must
// keep their speaker.
func TestCanonicalSpeaker10Kept(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a name before who, with no aside, speaks itself",
			"The plant closed in March.\n\nJoan Pike, who worked there for 30 years, said the town had been \"left to rot.\"",
			"Joan Pike", "Joan Pike"},
		{"a body before whose with a named leader speaks",
			"Bus drivers walked out on Monday.\n\nThe union, whose leader, Ann Roe, has warned of more strikes, said the offer was \"an insult.\"",
			"The union", "The union"},
		{"a spokeswoman in an earlier paragraph, the main woman quoted after",
			"A spokeswoman for the agriculture ministry declined to say whether the minister would come.\n\nMinister Claire Dufort arrived in Lyon on Monday. She met farmers at a market. \"I came to listen,\" she said.",
			"Claire Dufort", "she"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.in, tt.speaker, tt.mention) })
	}
}

// TestRoleAnaphor10 covers a role noun standing for a named person: the
// captain as "the skipper", a KC as "the barrister", a witness answering
// an "Asked whether she ..." question.
func TestRoleAnaphor10(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"the skipper is the captain, a paragraph later",
			"Ireland's rugby squad landed in Cape Town on Monday for a three-Test tour that captain Rory Kavanagh says will shape the year.\n\nKavanagh, 29, was frank about the challenge. Ireland have won only once in South Africa.\n\n\"We know what is coming. The forwards will be big and the crowds loud,\" the skipper said at the team hotel.",
			"Rory Kavanagh", "the skipper"},
		{"the skipper said before the quotation",
			"The West Indies squad arrived in Perth on Sunday. Captain Shai Morrison said the team was ready.\n\nThe skipper said the bowlers had \"trained for exactly this kind of pitch.\"",
			"Shai Morrison", "The skipper"},
		{"the barrister after a KC opens the sentence before",
			"The trial entered its third week.\n\nMr Morgan told the jury that his client had made mistakes but never acted dishonestly. The barrister said the case rested on \"a pile of invoices and no proof\" and that others had signed the same forms.",
			"Daniel Morgan", "The barrister"},
		{"the witness answering an asked-whether question",
			"The court heard from Hannah Pryce, a former payroll clerk at the firm. Ms Pryce said she had raised concerns twice.\n\nAsked by the prosecutor whether she had ever met the supplier, the witness replied: \"No. Not once.\"",
			"Hannah Pryce", "the witness"},
		{"the witness, a man, asked about his notes",
			"The inquiry heard from Colin Maddox, a site manager. Mr Maddox said the scaffolding had been checked.\n\nAsked whether he had kept his notes, the witness said: \"I kept every one of them.\"",
			"Colin Maddox", "the witness"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			if tt.speaker == "Daniel Morgan" {
				in = "Cross-examining, Daniel Morgan KC, for the defence, suggested the clerk had been under pressure. She denied this.\n\n" + in
			}
			checkLastSpeaker(t, in, tt.speaker, tt.mention)
		})
	}
	// Not the person met: "her barrister" before "The barrister said" is
	// someone else; nor a spokesman, another person.
	for _, in := range []string{
		"Ann Ode met her barrister on Monday to discuss the appeal. The barrister said the appeal was \"strong.\"",
		"Ann Ode opened the new wing on Monday. The spokesman said the hospital was \"delighted.\"",
	} {
		got := find(in)
		checkLocated(t, in, got)
		if len(got) == 0 {
			t.Fatalf("%q: no quotation", in)
		}
		if g := got[len(got)-1]; g.Speaker == "Ann Ode" {
			t.Errorf("%q: speaker %q, want someone other than the subject before", in, g.Speaker)
		}
	}
}

// TestObjectNotSpeaker10: a "she told OUTLET" closing a report that names
// a woman as its object is the woman quoted in the sentence before.
func TestObjectNotSpeaker10(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a union official, the minister named as object",
			"Health Minister Laura Fenwick will tour three hospitals in Cumbria on Thursday.\n\nThe union's regional secretary, Megan Doyle, said nurses would welcome the minister but warned that \"a photo is not a pay rise.\" Staff would judge Fenwick \"on the rota and the wages, not on the handshakes,\" she told the BBC.",
			"Megan Doyle", "she"},
		{"a farmers' leader, curly quotes, he told Reuters",
			"Agriculture Minister Tomas Berg visits the northern provinces on Friday.\n\nThe head of the dairy cooperative, Jonas Lund, said members would meet the minister but warned that “a handshake pays no bills.” Farmers would hold Berg “to every promise he makes,” he told Reuters.",
			"Jonas Lund", "he"},
		{"the person named is the one quoted before: kept",
			"Health Minister Laura Fenwick toured the hospital on Thursday.\n\nFenwick said she was \"listening.\" Voters will judge Fenwick \"by results,\" she said.",
			"Laura Fenwick", "she"},
		{"a man quoted before, she stays with the woman",
			"Health Minister Laura Fenwick toured the hospital on Thursday.\n\nThe union's Tom Hale said staff were \"exhausted.\" Nurses would judge Fenwick \"by the rota,\" she said.",
			"Laura Fenwick", "she"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.in, tt.speaker, tt.mention) })
	}
}

// TestLedeTitleHolder10: an office named by title in the lede is the
// person the next paragraph names with that title.
func TestLedeTitleHolder10(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		{"a bishop of a see, named in the next paragraph",
			"The Bishop of Durham has urged ministers to \"stop counting the cost and start counting the people\", on the first day of a tour of the northern coalfields.\n\nBishop Martin Hale arrived in Sunderland on Thursday, where he met the city's mayor.",
			"Martin Hale"},
		{"a mayor of a city, named in the next paragraph",
			"The Mayor of Leeds has called on the government to \"stop talking and start building\", as the council unveiled its housing plan on Monday.\n\nMayor Ruth Okafor told councillors the city needed 5,000 new homes a year.",
			"Ruth Okafor"},
		{"the next paragraph names someone else first: kept",
			"The Bishop of Durham has urged ministers to \"stop counting the cost and start counting the people\", on the first day of a tour.\n\nPrime Minister Tom Ode replied that the government had already acted.",
			"Bishop of Durham"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			if len(got) == 0 {
				t.Fatal("no quotation")
			}
			if got[0].Speaker != tt.speaker {
				t.Errorf("speaker %q (mention %q), want %q", got[0].Speaker, got[0].Mention, tt.speaker)
			}
		})
	}
}

// TestAskedByNamed10: in "Asked by Ms Ode whether she ...", the woman
// answering is not the asker, when the pronoun was read as the asker.
func TestAskedByNamed10(t *testing.T) {
	in := "The trial at Cardiff Crown Court entered its second week. Prosecuting, Sian Mathias KC said the firm had been paid for work never done.\n\n" +
		"On Tuesday the jury heard from Lowri Evans, a former site clerk. \"I was told not to ask questions,\" she said.\n\n" +
		"Asked by Ms Mathias whether she had ever seen the contractor on site, the witness replied: \"Never. Not one day.\""
	checkLastSpeaker(t, in, "Lowri Evans", "the witness")
}

// TestNamesNotSpeech10: a plan's capitalised name and a scare-quoted
// custom are no one's words.
func TestNamesNotSpeech10(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"a plan's name after which she calls",
			"The minister has promised a law on rural bus services, which she calls the \"Buses for the Valleys\" plan, to be put to the cabinet in March.",
			"Buses for the Valleys", ""},
		{"a scheme's name after he called",
			"Tom Ode unveiled what he called the “Homes First” scheme on Monday, offering grants to young buyers.",
			"Homes First", ""},
		{"a scare-quoted tradition",
			"The pope is travelling with the Orthodox patriarch, continuing the tradition of joint “journeys of reconciliation” begun by their predecessors.",
			"journeys of reconciliation", ""},
		{"a custom of, no modifier",
			"Villagers kept up the custom of “open doors” on the feast day, the mayor said.",
			"open doors", ""},
		// Speech stays speech.
		{"a partial before plan that is not a name",
			"Ann Ode said the council's \"hasty and careless\" plan would be challenged in court.",
			"hasty and careless", "Ann Ode"},
		{"words quoted after of, no custom",
			"Ann Ode spoke of \"a betrayal of every worker\" at the rally.",
			"a betrayal of every worker", "Ann Ode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			for _, q := range got {
				if q.Text == tt.words || q.Text == tt.words+"," {
					if q.Speaker != tt.speaker {
						t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quotation %q in %+v", tt.words, got)
		})
	}
}

// TestKinNotOccupation10: "the scientist says" right after the profile
// subject's mother is introduced is the scientist, not the mother.
func TestKinNotOccupation10(t *testing.T) {
	in := "Dr Marta Lindqvist has spent twenty years listening to the glacier. She checks the sensors every morning, and she does not like what they say.\n\n" +
		"\"The ice is moving faster than our models allowed,\" Lindqvist says. \"We are rewriting them every season.\"\n\n" +
		"Lindqvist grew up in the valley. Her father, Erik Lindqvist, 81, still farms below the ice and will not move. \"He is stubborn, like all of us,\" the scientist says."
	checkLastSpeaker(t, in, "Marta Lindqvist", "the scientist")
}

// TestUnnamedGP10: a GP who asked not to be named is an unnamed source,
// as a nurse is.
func TestUnnamedGP10(t *testing.T) {
	in := "The council voted to oppose the closure on Monday. Health Minister Joan Carey is due in the town on Friday.\n\n" +
		"One retired GP in the public gallery, who asked not to be named, said she had seen \"this same battle\" thirty years ago. \"We won it then,\" she said."
	checkLastSpeaker(t, in, "One retired GP", "she")
	got := find(in)
	if got[0].Speaker != "One retired GP" {
		t.Errorf("%q: speaker %q, want One retired GP", got[0].Text, got[0].Speaker)
	}
}

// TestSourceNamedKept10: a source named after its noun keeps the "he
// said" that follows.
func TestSourceNamedKept10(t *testing.T) {
	in := "A spokesman for the border agency, Tom Hale, said the gang did not appear to be after money. Their aim was fame. He told reporters: \"They wanted to be known as the best.\""
	checkLastSpeaker(t, in, "Tom Hale", "He")
}
