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
