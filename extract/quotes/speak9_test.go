package quotes

import "testing"

// TestCanonicalSpeaker9 covers speaker classes that went wrong on a later
// batch of wire copy; sentences written for the test, the quotation under
// test last.
func TestCanonicalSpeaker9(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		// A quotation running over two paragraphs (the first left open)
		// belongs to the person introduced just before it, not to the
		// story's main actor.
		{"multi-paragraph quotation after an interview sentence",
			"BRUSSELS (Reuters) - Finance Minister Pedro Alves pressed his European partners on Monday to loosen the deficit rules, opening a week of talks in Brussels.\n\nAlves met the commission's vice-president for two hours. \"We need room to invest,\" Alves told reporters.\n\nIn an interview on Sunday, central bank governor Tomas Berg said the bank had already done its part.\n\n\"We raised rates eight times. Inflation is falling, and it is falling faster than anyone expected.\n\n\"Now the government must do its share. It is that simple,\" he said.",
			"Tomas Berg", "he"},
		{"multi-paragraph quotation, the first paragraph checked",
			"NAIROBI (AP) - Kenya's President Daniel Mwangi flew to Addis Ababa on Tuesday for talks on the dam dispute.\n\nMwangi will meet Ethiopia's prime minister on Wednesday.\n\nSpeaking to reporters in Khartoum, Sudan's water minister Idris Osman said his country had waited long enough.\n\n\"We have shown patience for ten years. Our farmers cannot wait for another flood.\n\n\"Now it is time for a binding agreement,\" he said.",
			"Idris Osman", "he"},
		{"multi-paragraph quotation, speaker's first name unknown to the lexicon",
			"LIMA (AP) - Peru's Foreign Minister Arturo Quispe pressed Chile on Saturday to reopen the border crossing, starting a tour that will take him to Santiago and La Paz.\n\nQuispe met President Elena Ruiz for an hour.\n\nIn an interview with a Bolivian radio station on Friday, Bolivia's trade minister Wayra Mamani said his government had met every condition.\n\n\"Bolivia has kept its word. Our trucks have waited at that border for three months.\n\n\"Now we ask Chile to do the same,\" he said.",
			"Wayra Mamani", "he"},
		{"multi-paragraph quotation after a described person of unknown gender",
			"ROME (AP) - Foreign Minister Paolo Greco flew to Tripoli on Monday, the first stop of a tour that takes him to Tunis and Algiers. Greco will meet Libya's prime minister on Tuesday. He returns to Rome on Friday.\n\nThe mayor of Lampedusa, Salvatore Russo, said the island could not cope.\n\n\"We had two thousand people arrive in one night. The centre holds four hundred. Nobody in Rome answers the phone.\n\n\"We need help now, not in spring,\" he said.",
			"Salvatore Russo", "he"},
		{"multi-paragraph quotation after a titled person who told a news conference",
			"ROME (AP) - Foreign Minister Paolo Greco flew to Tripoli on Monday. Greco will meet Libya's prime minister on Tuesday. He returns to Rome on Friday.\n\nIn Tunis, President Kais Amari told a news conference his government had met every condition.\n\n\"We have done our part. Our coast guard works every night. We have lost men at sea.\n\n\"Now Europe must do its part,\" he said.",
			"Kais Amari", "he"},
		// The appositive name after a description is the one a following
		// pronoun refers to.
		{"a name in apposition after a description is the antecedent of she",
			"Energy Minister Karl Olsen defended the price cap on Tuesday. \"It protects families,\" Olsen said.\n\nThe leader of the Green Party in parliament, Ingrid Solberg, accused Olsen of protecting the oil companies. \"The minister wants credit for cutting bills while he hands the industry a windfall,\" she said on public radio.",
			"Ingrid Solberg", "she"},
		{"a name in apposition after a description with a place phrase",
			"Prime Minister Anders Holm met the Swedish delegation on Monday.\n\nIn Oslo, Finance Minister Olav Dahl said the deal was \"fair\".\n\nThe opposition leader in Norway's parliament, Siv Lunde, accused Holm of giving too much away. \"He wants a deal and he wants to look tough,\" she said on NRK.",
			"Siv Lunde", "she"},
		{"the ambassador to a country named in apposition",
			"Foreign Minister Paolo Greco flew to Cairo on Sunday.\n\nThe ambassador to Egypt, Chiara Conti, said the visit was overdue. \"We have waited two years for this,\" she said.",
			"Chiara Conti", "she"},
		{"a name in apposition after a description, second sentence",
			"Energy Minister Karl Olsen defended the price cap on Tuesday. \"It protects families,\" Olsen said.\n\nThe leader of the Green Party in parliament, Ingrid Solberg, accused Olsen of protecting the oil companies. \"The minister wants credit for cutting bills,\" she said. \"He cannot have it both ways.\"",
			"Ingrid Solberg", "she"},
		{"the chief executive of a company named in apposition, he",
			"Transport Secretary Helen Marsh announced the rail fare freeze on Friday.\n\nThe chief executive of Northline Trains, Gareth Pryce, accused Marsh of leaving operators to pay for it. \"This is a freeze paid for by someone else,\" he said.",
			"Gareth Pryce", "he"},
		// An unnamed spokeswoman stays the source of the "she said" after her.
		{"she after a spokeswoman for a port authority",
			"ROTTERDAM (AFP) - Dockers walked out on Monday.\n\nBy noon 20 ships were waiting at anchor, according to the port authority. A spokeswoman for the Port of Rotterdam said only ships carrying food were being handled.\n\n\"Every hour of this costs the Dutch economy millions,\" she said.",
			"A spokeswoman for the Port of Rotterdam", "she"},
		{"she after a spokeswoman for a port with a hyphenated name",
			"Dockers walked out at dawn.\n\nBy noon 20 ships were waiting, according to the port authority. A spokeswoman for the Port of Tees-Hartlepool said only ships carrying food were being handled.\n\n\"Every hour of this costs the region millions,\" she said.",
			"A spokeswoman for the Port of Tees-Hartlepool", "she"},
		{"she after a body's spokeswoman whose name holds of, a man of unknown gender named before",
			"Finance Minister Rui Costa spoke first. A Ministry of Defence spokeswoman said the base would stay open. \"No decision has been made,\" she said.",
			"A Ministry of Defence spokeswoman", "she"},
		{"he after a definite description of the man named before stays his",
			"Shadow foreign secretary Tom Reyes attacked the plan. The Tory spokesman also criticised its cost. \"It is a waste of money,\" he said.",
			"Tom Reyes", "he"},
		{"she after a spokeswoman who named the woman she speaks for",
			"Singer Ann Ode cancelled her tour on Monday.\n\nA spokeswoman for Ode said the singer was unwell. \"She needs rest,\" the spokeswoman said. \"We are sorry,\" she added.",
			"A spokeswoman for Ode", "she"},
		{"she after a hospital spokeswoman who reported on a named woman",
			"Ann Ode, 34, was injured in the crash.\n\nA hospital spokeswoman said Ode was in a stable condition.\n\n\"She is comfortable,\" she said.",
			"A hospital spokeswoman", "she"},
		{"he after a spokesman named in apposition is the named man",
			"Builders welcomed the decision.\n\nA spokesman for Delta Homes, Ravi Rao, told the BBC prices would fall. He said: \"This is good news for buyers.\"",
			"Ravi Rao", "He"},
		{"she after a spokeswoman who declined to comment but said",
			"Energy Minister Rui Costa announced the cap on Monday.\n\nA company spokeswoman declined to comment on the talks but said the plant would stay open. \"Our workers come first,\" she added.",
			"A company spokeswoman", "she"},
		{"she added after a spokeswoman for a ministry",
			"Farmers blocked the motorway near Lyon on Tuesday.\n\nA spokeswoman for the agriculture ministry said the minister would meet union leaders on Thursday. \"The door is open,\" she added.",
			"A spokeswoman for the agriculture ministry", "she"},
		{"she after a spokeswoman for a named company",
			"Ann Ode, the airline's founder, retired in 2019.\n\nA spokeswoman for Skyward Air said flights would resume on Friday. \"Safety comes first,\" she said.",
			"A spokeswoman for Skyward Air", "she"},
		// He said: never resolves to an organisation.
		{"He said: after an organisation in a relative clause",
			"The strike was called by the dockers' union NTU and the drivers' union Unitrans.\n\nPieter Claassen, who leads NTU at the port, spoke to strikers outside the main gate. He said: \"We will stay out until the bill is withdrawn.\"",
			"Pieter Claassen", "He"},
		{"He said: after an organisation closing the previous sentence",
			"Rui Tavares chairs the board of Lusomar. He addressed shareholders of Atlantica Holdings. He said: \"The offer undervalues us.\"",
			"Rui Tavares", "He"},
		// Lowercase surname particles never truncate a name.
		{"van den after a first name, then the pronoun",
			"Jan van den Heuvel, who chairs the growers' cooperative, spoke outside the auction hall. He said: \"Prices have halved in a year.\"",
			"Jan van den Heuvel", "He"},
		{"capital Van den, then the surname alone",
			"The dockers' leader, Koen Van den Bossche, called the offer an insult. \"We will not sign this,\" Van den Bossche said.",
			"Koen Van den Bossche", "Van den Bossche"},
		{"bin in a Malay name",
			"Opposition leader Ahmad bin Hashim criticised the budget on Friday. \"This is a budget for the rich,\" said Ahmad bin Hashim.",
			"Ahmad bin Hashim", "Ahmad bin Hashim"},
		{"da in a Brazilian name then the surname",
			"Labour Minister Luiz Carlos da Costa met union leaders on Monday. \"The minimum wage will rise,\" da Costa said.",
			"Luiz Carlos da Costa", "da Costa"},
		{"de la after a title, then he",
			"Mayor Javier de la Fuente closed the beaches on Sunday. \"The water is not safe,\" he said.",
			"Javier de la Fuente", "he"},
		// An anonymous described source keeps the quotation, not an earlier
		// named person who shares the role noun.
		{"the MP is the anonymous MP just introduced",
			"Labour MP Dan Carver accused the minister of \"hiding the figures\".\n\n\"He should resign,\" Carver said.\n\nThe row has split the party. One Labour MP, who spoke on condition of anonymity to discuss private meetings, said the leadership had been \"caught napping\".\n\n\"We look like we are protecting him,\" the MP said.",
			"One Labour MP", "the MP"},
		{"the senator is the anonymous senator just introduced",
			"Republican Senator Jo Hale called the bill \"a bailout\".\n\nOne Republican senator, who asked not to be named, said the vote count was close. \"Nobody wants to be the deciding vote on this,\" the senator said.",
			"One Republican senator", "the senator"},
		{"another MP is a new anonymous source",
			"Senior Labour MP Dan Carver spoke first. Another Labour MP, speaking privately, said the leader was weak. \"He has lost the room,\" the MP said.",
			"Another Labour MP", "the MP"},
		{"a second official is a new source, not the official named before",
			"Health ministry official Ann Ode briefed reporters on Monday.\n\nA second official, who was not authorised to speak publicly, said the figures were wrong. \"The numbers do not add up,\" the official said.",
			"A second official", "the official"},
		{"she after an anonymous MP is the MP, not a woman MP named before",
			"Labour MP Sarah Jones defended the leader on Monday.\n\nOne Labour MP, who did not want to be named, said the mood was grim. \"People are scared to speak,\" she said.",
			"One Labour MP", "she"},
		{"she a paragraph after a senior MP",
			"Labour MP Sarah Jones defended the leader on Monday.\n\nA senior Labour MP said the mood was grim.\n\n\"People are scared to speak,\" she said.",
			"A senior Labour MP", "she"},
		{"the officer is the anonymous officer, second quotation",
			"Police Chief Mark Doyle defended the raid on Monday.\n\nA senior officer, speaking on condition of anonymity, said morale was low. \"People are tired,\" the officer said. \"Nobody has had a day off in weeks.\"",
			"A senior officer", "the officer"},
		// A statute's or rule's wording in marks is no one's speech.
		{"a statutory test after a parenthetical said",
			"The merger needs approval in six countries. The hardest, lawyers said, will be Canada, where the minister must decide whether the takeover is of \"net benefit\" to the country.",
			"", ""},
		{"a rule's wording after a clause with analysts",
			"The deal needs clearance from regulators in Brussels. The toughest test, bankers said, will be the commission, which must show the merger would \"significantly impede effective competition\" in the market.",
			"", ""},
		{"a legal test after an according-to aside",
			"The biggest test, according to lawyers, will be Ottawa, where the minister must decide whether the takeover is of \"net benefit\" to Canada.",
			"", ""},
		{"a rule's wording after a present-tense aside",
			"The key hurdle, bankers say, is Brussels, which must decide whether the deal would \"significantly impede\" competition in Europe.",
			"", ""},
		{"a class a rule covers, in a reduced relative clause",
			"Critics said the bill was too broad. It would let the commissioner remove posts deemed \"harmful to children\" within 24 hours.",
			"", ""},
		{"a verdict deemed by a named person stays theirs",
			"The minister deemed the plan \"reckless and unfunded\", her aides said.",
			"her aides", "her aides"},
		{"a verdict the parenthetical sources give is theirs",
			"The merger needs approval in six countries. The hardest, lawyers said, will be Canada, where ministers have been \"openly hostile\" to foreign buyers.",
			"lawyers", "lawyers"},
		{"a test's wording governed by the sources' own verb stays theirs",
			"Lawyers said the court must decide whether the sale was \"a fraud on investors\".",
			"Lawyers", "Lawyers"},
		// A surname that is also a royal title is a person's name.
		{"King as a surname after the monarch is named",
			"The King opened the new bridge on Friday.\n\nCouncil leader Robert King said the project had come in under budget. \"This is a proud day for the town,\" King said.",
			"Robert King", "King"},
		{"a title surname after an unknown first name and a role set off",
			"The King will visit the town in May.\n\nMartin King, the council leader, said the roads would close. \"We are ready,\" King said.",
			"Martin King", "King"},
		{"a title surname after an occupation opening the sentence",
			"The Queen's papers were moved in 2022.\n\nHistorian Elsie Queen said the archive would open next year. \"It is a treasure,\" Queen said.",
			"Elsie Queen", "Queen"},
		{"the monarch still speaks as the King",
			"The King met farmers on Friday. \"It was an honour,\" the King said.",
			"The King", "the King"},
		{"Ms Queen is a person",
			"Retired nurse Alice Queen has lived on the street for 40 years. \"Nobody asked us,\" said Ms Queen.",
			"Alice Queen", "Ms Queen"},
		{"Dr Prince is a person",
			"The Prince of Wales visited the hospital on Monday.\n\nDr Hannah Prince, who runs the cancer ward, showed him round. \"It was a lovely morning for the staff,\" Dr Prince said.",
			"Hannah Prince", "Dr Prince"},
		{"King said after the King, the man named King before",
			"The King will visit the town next month.\n\nCouncil leader Martin King said preparations had begun. \"We are ready,\" King said.",
			"Martin King", "King"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.in, tt.speaker, tt.mention) })
	}
}

// TestMultiParagraphQuotation checks every paragraph of a quotation that
// runs over two paragraphs (the first left open): all of it is the
// speaker introduced just before, not the story's main actor.
func TestMultiParagraphQuotation(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		{"an appositive name after a description, then he said",
			"SEOUL (Reuters) - Trade Minister Park Ji-ho flew to Washington on Sunday for tariff talks. Park meets the U.S. trade representative on Monday and returns on Thursday.\n\nThe head of the Korea Automobile Association, Tomas Lindqvist, said carmakers had already cut investment.\n\n\"We froze two plants in October. Suppliers are laying off staff. Orders for next year are down by a third.\n\n\"If the tariff stays, more plants will close,\" he said.",
			"Tomas Lindqvist"},
		{"a person named earlier in a list, reintroduced before the quotation",
			"NAIROBI (AP) - U.S. envoy Robert Hale pressed Kenya on Saturday to back a ceasefire, opening a week of talks. Hale travels on Sunday to Kampala, where he will meet President Tom Mbeki and Prime Minister Yared Tesfaye. He returns to Washington on Friday.\n\nIn an interview on Friday, Tesfaye said his government had kept its word.\n\n\"Uganda has done what it promised. Our troops left the border towns in March. We have paid for it.\n\n\"Now we ask the Americans to hold the other side to its word. That is all,\" he said.\n\nThe opposition leader in Uganda's parliament, Tal Ruiz, accused Tesfaye of stalling. \"He wants a deal and he wants to refuse one,\" she said.",
			"Yared Tesfaye"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			n := 0
			for _, q := range got {
				if q.Kind != "direct" || q.Speaker == "Tal Ruiz" {
					continue
				}
				n++
				if q.Speaker != tt.speaker {
					t.Errorf("%.40q: speaker %q (mention %q), want %q", q.Text, q.Speaker, q.Mention, tt.speaker)
				}
			}
			if n < 2 {
				t.Errorf("want both paragraphs quoted, got %d quotations", n)
			}
		})
	}
}
