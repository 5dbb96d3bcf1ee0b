package quotes

import "testing"

// TestWireRules covers attribution classes found failing on wire copy we
// had not seen (testdata/wire): each case is one rule, in sentences
// written for the test. The quotation under test is the last.
func TestWireRules(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a dateline's comma names no one",
			"OSLO, May 4 (Reuters) - Shares in Nordhavn Shipping fell 6% on Monday after the company cut its outlook, blaming \"relentless\" price cuts by rivals in Asia.",
			"", ""},
		{"who after a place qualified by a preposition is the source's",
			"A senior diplomat in Nairobi, who asked not to be named because the talks are private, said the mood was \"tense but workable\".",
			"A senior diplomat", "A senior diplomat"},
		{"an unnamed source keeps what it knows",
			"The bank is weighing a sale of its Asian unit, according to a person familiar with the matter, who called the talks \"preliminary and fragile\".",
			"a person familiar with the matter", "a person"},
		{"a source briefed on talks, before the quotation",
			"According to a source briefed on the negotiations, the draft is \"mostly agreed\".",
			"a source briefed on the negotiations", "a source"},
		{"a name closing an opening phrase leaves the pronoun after it the subject",
			"Ms Ada Moss ran the trust for six years.\n\nUnder questioning from the inquiry's counsel, Mr Tom Reyes, she accepted that the minutes had been \"misleading\".",
			"Ada Moss", "she"},
		{"a day between a group subject and its verb",
			"ROME (AFP) - Italy's biggest unions on Tuesday called a general strike, accusing the government of \"betraying\" pensioners.",
			"Italy's biggest unions", "Italy's biggest unions"},
		{"who after two prepositional phrases is the source's",
			"One doctor at a clinic in Bristol, who asked not to be named, told the BBC: \"We are at breaking point.\"",
			"One doctor", "One doctor"},
		{"the source before an organisation and its appositive speaks",
			"A spokesperson for NorthGrid, the network operator, said: \"Power will be back by midnight.\"",
			"A spokesperson for NorthGrid", "A spokesperson for NorthGrid"},
		{"a source with an organisation speaks",
			"A senior official with Harbour Rail, speaking on condition of anonymity, described the bridge as \"unsafe for years\".",
			"A senior official with Harbour Rail", "A senior official with Harbour Rail"},
		{"a person of an organisation whose name joins two places",
			"Outside court, Det Insp Ann Ode of Avon and Somerset Police said: \"This was a senseless crime.\"",
			"Ann Ode", "Det Insp Ann Ode"},
		{"a source of an organisation named with the",
			"A spokesperson for the Department for Transport said the line was \"safe to reopen\".",
			"A spokesperson for the Department for Transport", "A spokesperson for the Department for Transport"},
		{"an outlet quoting a person as saying relays the person's words",
			"Foreign Minister Ann Ode spoke in Tehran on Monday. State media quoted Ode as saying that talks would take \"a different shape\" this year.",
			"Ann Ode", "Ode"},
		{"quoted him as saying",
			"Foreign Minister Tom Reyes flew home on Sunday. The agency quoted him as saying: \"We made progress.\"",
			"Tom Reyes", "him"},
		{"a participle after the quotation takes the subject before it",
			"Mayor Ann Ode says the bridge must reopen \"as soon as possible\", warning that the council has run out of money.",
			"Ann Ode", "Mayor Ann Ode"},
		{"a described person of an organisation speaks for it",
			"The head of the city's water board says repairs will take \"at least a year\".\n\nTom Reyes, who has run the board since 2019, told councillors the pipes were older than anyone knew.",
			"Tom Reyes", "The head"},
		{"so-called marks a term, not a quotation",
			"The government said on Friday it would inspect more of Russia's so-called \"shadow fleet\" of ageing tankers.",
			"", ""},
		{"the object of a preposition before a colon is no speaker",
			"Ann Ode won the final in three sets.\n\nOde was full of praise for her opponent: \"She played some unbelievable tennis in the first set.\"",
			"Ann Ode", "Ode"},
		{"an organisation's name with of and and before a source noun",
			"Officials met on Monday. A Department for Energy and Net Zero spokesperson said: \"We will review the decision.\"",
			"A Department for Energy and Net Zero spokesperson", "A Department for Energy and Net Zero spokesperson"},
		{"a group within an organisation",
			"Mayor Ann Ode defended a budget that critics within her own party have called \"cruel and careless\".",
			"critics within her own party", "critics within her own party"},
		{"an organisation in apposition before who is the source's",
			"A senior official at the port authority, the HPA, who declined to be named, said the cranes were \"running at half speed\".",
			"A senior official at the port authority", "A senior official at the port authority"},
		{"a family speaks, not the possessor",
			"Tom Ode, 17, died in hospital on Saturday. In a statement, Tom's family said he was \"a kind boy who loved football\".",
			"Tom's family", "Tom's family"},
		{"they after a group's quotation is the group",
			"In a statement, the Reyes family said he was \"a kind boy\".\n\n\"We will never understand why,\" they said.",
			"the Reyes family", "they"},
		{"an analyst of a firm read as one capitalised run",
			"Retail analyst Ann Ode of Nordbank said the price cuts were \"a smart move in a weak market.\"",
			"Ann Ode", "Retail analyst Ann Ode"},
		{"an organisation closing a relative clause with its appositive",
			"Tom Reyes, who heads Harbour Freight Group, the largest operator at the port, told reporters the company wanted to \"grow with the city.\"",
			"Tom Reyes", "Tom Reyes"},
		{"a company named for a founder and a trade is no person",
			"Analysts at Brenner Logistics said the merger was \"likely to cut costs in the short term.\"",
			"Brenner Logistics", "Brenner Logistics"},
		{"the judge of a lede is the judge named later",
			"LEEDS (Reuters) - A builder who cheated pensioners was jailed on Friday, with the judge calling him \"a cold and careful thief.\"\n\nTom Ode, 61, had admitted fraud.\n\nJudge Ann Reyes told him he had shown no remorse.",
			"Ann Reyes", "the judge"},
		{"a transcript label that is a role noun",
			"At the hearing, Senator Ann Ode pressed the firm's witness.\n\nOde: \"Did you test the model?\"\n\nWitness: \"Not on that data set.\"",
			"Witness", "Witness"},
		{"a transcript label in capitals is the person of that surname",
			"Press secretary Ann Ode took questions.\n\nQ: Will the pause last?\n\nODE: \"I won't put a timeline on it.\"",
			"Ann Ode", "ODE"},
		{"the subject of a passive telling heard the words",
			"LONDON (PA) - A jury at Leeds Crown Court has been told that a man was attacked \"without warning\".",
			"", ""},
		{"a name ending in a suffix with a full stop before the verb",
			"MANILA (Reuters) - President Ramon Cruz Jr. said his country would \"not be intimidated.\"",
			"Ramon Cruz Jr", "President Ramon Cruz Jr"},
		{"a person of an organisation whose name holds a plural possessive",
			"Opposition leader Ann Ode of the Farmers' Party said the measures were \"welcome but temporary.\"",
			"Ann Ode", "Opposition leader Ann Ode"},
		{"a councillor abbreviated",
			"Councillor Tom Reyes spoke against the plan. Cllr Reyes added that libraries were \"the last free warm space\" in many streets.",
			"Tom Reyes", "Cllr Reyes"},
		{"observing is a participle of saying",
			"The tribunal refused to halt the eviction, observing that \"the law cannot bend for hardship\".",
			"The tribunal", "The tribunal"},
		{"a dateline in capitals with an agency in brackets and no dash",
			"MUMBAI, March 3 (PTI) The High Court on Monday upheld the ban, saying that \"public safety comes first\".",
			"The High Court", "The High Court"},
		{"a participle after a speech verb and its day takes that verb's subject",
			"OSLO, Nov 2 (Reuters) - Norway will press ahead with a $9 billion expansion of its Arctic gas fields despite a slump in prices, Energy Minister Tom Reyes said on Sunday, calling the field \"a bridge to the future.\"",
			"Tom Reyes", "Energy Minister Tom Reyes"},
		{"a bench named with two judges speaks, not the second judge",
			"A bench of Justices Ann Ode and Tom Reyes said the tenants must get \"a fair hearing\".",
			"A bench of Justices Ann Ode and Tom Reyes", "A bench of Justices Ann Ode and Tom Reyes"},
		{"a spokesperson for two people speaks",
			"A spokesperson for Ann Ode and Tom Reyes said the couple were \"overjoyed\".",
			"A spokesperson for Ann Ode and Tom Reyes", "A spokesperson for Ann Ode and Tom Reyes"},
		{"a passive court lede is told by the counsel who speaks in the next paragraph",
			"Nurse Guilty Of Sedating Residents\n\nLEEDS (PA) - A nurse sedated care home residents \"to keep them quiet\", a jury has been told.\n\nProsecutor Ann Ode KC told Leeds Crown Court that Tom Reyes, 44, had betrayed his patients.",
			"Ann Ode", "Prosecutor Ann Ode KC"},
		{"a passive court lede with no counsel speaking next stays unattributed",
			"LEEDS (PA) - A nurse sedated care home residents \"to keep them quiet\", a jury has been told.\n\nTom Reyes, 44, denies 14 counts of ill-treatment.",
			"", ""},
		{"a possessor opening the sentence is not the subject of a participle",
			"Tom Reyes, 51, was jailed on Thursday. Reyes's lawyer, Ann Ode, argued for leniency, saying her client had \"owned up from the first day.\"",
			"Ann Ode", "Ann Ode"},
		{"a parenthetical he said inside a relative clause",
			"Tom Reyes won the vote. In his speech he quoted his late mother, who he said had told him as a boy: \"Never look down on anyone.\"",
			"his late mother", "his late mother"},
		{"a statement issued on behalf of a family is the family's",
			"Tom Reyes, 91, died in May. Outside court, a statement issued on behalf of the family of one resident, Ann Ode, said: \"Mum trusted them.\"",
			"the family of one resident", "the family of one resident"},
		{"a statement on behalf of a person is that person's",
			"Tom Reyes won the seat. A statement read on behalf of Tom Reyes said he was \"humbled\".",
			"Tom Reyes", "Tom Reyes"},
		{"a transcript label that is a time word is no source",
			"The schedule was agreed.\n\nMonday: \"Arrivals and registration.\"",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			if len(got) == 0 {
				t.Fatalf("no quotes")
			}
			g := got[len(got)-1]
			if g.Speaker != tt.speaker || g.Mention != tt.mention {
				t.Errorf("speaker %q mention %q (cue %q), want %q / %q", g.Speaker, g.Mention, g.Cue, tt.speaker, tt.mention)
			}
		})
	}
}

// TestFreshCopyRules covers speaker classes that failed on a later batch of
// fresh copy; sentences written for the test, the quotation under test last.
func TestFreshCopyRules(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"he is not the man the quotation names",
			"Coach Tom Reyes named his squad on Friday. His striker, Sam Ode, tore a hamstring in training and will miss a month.\n\n\"Sam is gutted,\" he said.",
			"Tom Reyes", "he"},
		{"a verbless quotation after its speaker's gesture",
			"Tom Reyes has coached the club for nine years.\n\nReyes shrugged. \"Nobody wins a league in November.\"",
			"Tom Reyes", "Reyes"},
		{"he is not the man the quotation names, single marks",
			"Coach Tom Reyes spoke on Friday.\n\nReyes said defender Jon Ade would be fit, but winger Sam Ode is out for a month with a knee injury. 'Sam is gutted,' he said.",
			"Tom Reyes", "he"},
		{"a verbless quotation after an asked clause and a gesture",
			"Coach Tom Reyes spoke on Friday.\n\nAsked whether the board still backed him, Reyes laughed. 'Nobody wins a league in November.' He said the chairman, Jon Ade, had given him his full backing.",
			"Tom Reyes", "Reyes"},
		{"a verbless quotation after sentences about her",
			"Midwife Ann Ode has delivered 3,000 babies.\n\nOde, 71, stopped working in 2019 but still hears from families. She keeps their cards in a drawer. When she picks one up, her voice drops. \"He was twenty when he wrote this. We coped.\"",
			"Ann Ode", "she"},
		{"a person of a party named as a group, calling something",
			"Opposition leader Zoë Ode of the Free Democrats called the deal \"a circus at the voters' expense\" and demanded a vote.",
			"Zoë Ode", "Opposition leader Zoë Ode"},
		{"a verbless quotation after a sentence about her",
			"Ann Ode keeps her father's letters in a biscuit tin.\n\nWhen she reads one aloud, her voice drops. \"He was twenty when he wrote this.\"",
			"Ann Ode", "she"},
		{"a person of an organisation calling something",
			"Deputy mayor Ann Ode of the Green Party called the budget \"a shambles from start to finish\".",
			"Ann Ode", "Deputy mayor Ann Ode"},
		{"the spokesman is the one just introduced, not a named press secretary",
			"Press secretary Ann Ode said the minister was well.\n\nThe minister missed two votes this week.\n\nHe will return to work on Monday.\n\nA spokesman for the finance ministry said the audit had been planned for months. \"This is standard practice,\" the spokesman said.",
			"A spokesman for the finance ministry", "the spokesman"},
		{"the spokesman just introduced for an office whose name runs on",
			"Press secretary Ann Ode said the minister was well.\n\nThe minister missed two votes this week.\n\nA spokesman for the Office of Rail and Road said trains would run. \"This is a sensible step,\" the spokesman said.",
			"A spokesman for the Office of Rail and Road", "the spokesman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			if len(got) == 0 {
				t.Fatalf("no quotes")
			}
			g := got[len(got)-1]
			if g.Speaker != tt.speaker || g.Mention != tt.mention {
				t.Errorf("speaker %q mention %q (cue %q), want %q / %q", g.Speaker, g.Mention, g.Cue, tt.speaker, tt.mention)
			}
		})
	}
}
