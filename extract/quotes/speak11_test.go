package quotes

import "testing"

// TestSpeakerClasses11 covers attribution shapes of a later batch of wire
// copy, each class with several variants written for the test (other
// names, verbs and word orders). The quotation under test is the last
// one; speaker is its canonical speaker ("" unattributed).
func TestSpeakerClasses11(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		// Two people share a surname: the honorific's gender picks one,
		// even when the other is the story's subject.
		{"Mr SURNAME is the father, not the daughter profiled",
			"Dr Ada Okafor has spent a decade mapping the reef. She grew up in Calabar. Her father, Emeka Okafor, 70, was a harbour pilot. He remembers her swimming at four.\n\n\"She never wanted to come out of the water,\" Mr Okafor said.",
			"Emeka Okafor"},
		{"Mrs SURNAME is the mother of the man profiled",
			"Captain Luis Herrera commands the ferry fleet. He joined at 19. His mother, Rosa Herrera, still lives by the port, and she keeps his first cap.\n\n\"He was always on the quay,\" Mrs Herrera recalled.",
			"Rosa Herrera"},
		{"Ms SURNAME is the sister of the man named first, inverted said",
			"Tomas Brandt, the team's captain, missed training on Monday because he was ill. His sister, Greta Brandt, runs the club's academy; she said the squad was tired. \"They need a week off,\" said Ms Brandt.",
			"Greta Brandt"},
		{"Mr SURNAME for the man the story is about still works",
			"Pavel Novak, 58, has run the bakery for thirty years. His daughter, Jana Novak, now runs the shop. \"I still bake every morning,\" Mr Novak said.",
			"Pavel Novak"},
		{"Mr SURNAME with a son of the same gender is still the man profiled",
			"Larry Osei founded the shipping line in 1980. His son, David Osei, joined the board last year, and he now runs the Accra office.\n\n\"We will not sell,\" Mr Osei said.",
			"Larry Osei"},
		// A description the cast resolved, run on by more lower-case
		// words: the person, not the words.
		{"the N-year-old PROFESSION told me",
			"On the quay, checking the ropes, is Captain Ines Duarte.\n\n\"Everyone thinks the sea is empty here,\" the 52-year-old ferry captain told me in Lisbon.",
			"Ines Duarte"},
		{"the N-year-old PROFESSION said, after a full name",
			"Marco Bellini has trained horses for thirty years. \"You never stop learning,\" the 61-year-old trainer said.",
			"Marco Bellini"},
		{"the ADJ NOUN told me after the sentence naming the profile subject",
			"On the bridge of the research ship stands Captain Lars Eriksen. \"We go where the ice lets us,\" the veteran sailor told me in Tromso.",
			"Lars Eriksen"},
		{"the NOUN said after a woman introduced",
			"Sofia Marquez has run the village school for thirty years. \"Every child here knows my name,\" the headteacher said with a smile.",
			"Sofia Marquez"},
		{"two people named before: the description stays as written",
			"Skipper Ivan Dimov and his first mate, Petar Kolev, came ashore at dawn. \"We are tired,\" the veteran sailor said.",
			"the veteran sailor"},
		{"a spokesman is someone else",
			"Sofia Marquez has run the village school for thirty years. \"The school will stay open,\" the council spokesman said.",
			"the council spokesman"},
		{"the possessed description stays someone else",
			"Marco Bellini has trained horses for thirty years. \"You never stop learning,\" the 61-year-old's assistant said.",
			"the 61-year-old's assistant"},
		// A source an anonymity clause marks, whatever its noun, and the
		// "he"/"she" after it in its paragraph.
		{"a buyer who asked not to be named, then she said",
			"Retail chief Tom Varga said sales were strong. A manager at a large Dutch supermarket chain, who asked not to be named because she was not allowed to talk to the press, said shelves were being cleared. \"It is a mess at the tills,\" she said.",
			"A manager"},
		{"a member of a family named like the victim, then he said",
			"The jury heard from Arturas Kowal's brother on Monday.\n\nOutside court, a cousin of the Kowal family, who did not want to be identified, told reporters the family had flown in from Gdansk. \"We are here for him,\" he said.",
			"a cousin of the Kowal family"},
		{"an official in a city speaking on condition of anonymity, partial",
			"A government spokeswoman, Amina Bello, said talks were going well. A senior diplomat in Maiduguri, speaking on condition of anonymity because he was not authorised to brief reporters, said earlier deals had \"fallen apart within days\".",
			"A senior diplomat"},
		{"an official speaking on condition of anonymity, then he said after a named spokesman",
			"A government spokesman, Musa Bello, said talks were going well. One Western diplomat, speaking on condition of anonymity, said the deal was fragile. \"Nobody trusts the other side,\" he said.",
			"One Western diplomat"},
		{"a resident who requested anonymity, then he told",
			"Police Chief Anna Berg said the road would reopen. Another resident of the estate, who requested anonymity, said the flooding was the worst in years. \"The water came up to my knees,\" he told reporters.",
			"Another resident"},
		{"a source on condition of anonymity, inverted said she",
			"Minister Jonas Lind arrived late. A ministry adviser, on condition that she not be named, said the talks had stalled. \"They will not budge,\" said she.",
			"A ministry adviser"},
		{"a named speaker between keeps the pronoun",
			"A resident, who asked not to be named, said the water was rising. Mayor Paul Okoye said the dam was safe. \"We are watching it every hour,\" he said.",
			"Paul Okoye"},
		{"the clause's gender must fit the pronoun",
			"Coach Ivan Petrov praised the squad. A physiotherapist at the club, who asked not to be named because she was not authorised to comment, said two players were injured. \"He is furious,\" he said.",
			"Ivan Petrov"},
		// A name between "the" and a noun of a place is that place's, not
		// a person who might take the pronoun after the real speaker.
		{"at the NAME market, trader NAME said, then she said",
			"In Kampala, stallholders shrugged. At the Owino Kalerwe market, fishmonger Nalule Birungi said prices had doubled. \"Nobody here can afford tilapia now,\" she said.",
			"Nalule Birungi"},
		{"outside the NAME hospital, nurse NAME said, he said",
			"Outside the Chris Hani Baragwanath hospital, porter Thabo Nkosi said queues began at dawn. \"We turn people away every day,\" he said.",
			"Thabo Nkosi"},
		{"the NAME stadium after the speaker's name",
			"Coach Dario Ferri spoke after training at the Luigi Ferraris stadium. \"We are ready,\" he said.",
			"Dario Ferri"},
		// "the witness" in trial copy: the person questioned, not the
		// lawyer asking.
		{"the witness replied after cross-examining NAME",
			"The trial continued on Tuesday. Questioned by defence counsel Ruth Adair KC, the farmer Owen Pryce said he had locked the gate. Adair suggested he had been drinking that night. \"I had one pint,\" the witness replied.",
			"Owen Pryce"},
		{"the witness said after a prosecutor named",
			"Nurse Abena Mensah told the jury she had checked the ward twice. Prosecutor Colin Reid asked about the missing chart. \"It was on the desk,\" the witness said.",
			"Abena Mensah"},
		{"the defendant insisted after the judge spoke",
			"Jonas Vik, 34, denies fraud. On Wednesday the judge, Mrs Justice Carter, warned him about his answers. \"I never saw the money,\" the defendant insisted.",
			"Jonas Vik"},
		{"an unnamed eyewitness, then the witness said, is not the man named before",
			"President Ruiz condemned the attack in a statement. He said police were helping. A local radio station quoted a Spanish witness as saying the van sped up. \"It did not stop,\" the witness said.",
			"a Spanish witness"},
		// An unnamed source with a participle phrase naming someone
		// else: the source speaks.
		{"an official travelling with the minister described, partial",
			"In Hanoi, Trade Secretary Mark Lyle met Deputy Prime Minister Ngo Lan. An official travelling with the secretary described the talks as \"frank but friendly\".",
			"An official"},
		{"a diplomat accompanying NAME said, direct",
			"President Rosa Mendes landed in Lima on Monday. A diplomat accompanying Mendes said: \"This visit is about copper.\"",
			"A diplomat"},
		{"an aide working for the senator told reporters",
			"Senator Jim Cole skipped the vote. \"He is unwell,\" an aide working for the senator told reporters.",
			"an aide"},
		// "the monarch" beside a king and a queen is the king, and the
		// "he" of his sentence with him.
		{"the monarch replied, then what he called",
			"King Harald Olsen and Queen Ingrid arrived in Accra on Monday and were welcomed by President Ama Boateng. \"Our doors are open,\" Boateng said at a state dinner. The monarch replied in Norwegian, thanking Ghana for what he called \"a welcome we will not forget\".",
			"Harald Olsen"},
		{"the monarch said, emperor and empress",
			"Emperor Akio Sato and Empress Mei visited the flood zone on Tuesday. \"We share your grief,\" the monarch said.",
			"Akio Sato"},
		// A phrase inside reported speech, the clause of saying closing
		// the sentence.
		{"a partial, then the price was fair, she said in a statement",
			"Northgate Chairwoman Ruth Kellerman defended the sale. The board had held \"a thorough and open auction\" and the offer was the best on the table, she said in a statement.",
			"Ruth Kellerman"},
		{"a partial, a clause, he told reporters",
			"Coach Goran Petrovic was calm after the defeat. His side had been \"unlucky with the referee\" and would recover by Sunday, he told reporters.",
			"Goran Petrovic"},
		{"a partial, then a named speaker said",
			"Shares fell 4%. The results were \"a bump in the road\" and margins would recover next year, chief executive Lena Fors said.",
			"Lena Fors"},
		{"they after another body named is not the sources before",
			"The vote follows \"a bruising session\" in which some members walked out, union sources said. The deal is opposed by the Green Party.\n\nThey have said the agreement is \"a betrayal of members\" and will campaign against it.",
			""},
		// "it said" after a body opening the sentence before.
		{"in a submission, it said, a body the cast lacks",
			"Heritage Victoria has raised concerns about the old mill. In a submission to the council, it said the towers \"would dwarf the streetscape\" of the town.",
			"Heritage Victoria"},
		{"in a letter, it said, a water company",
			"Northern Lakes Water has warned of shortages this summer. In a letter to customers, it said reservoirs were \"well below normal\" for May.",
			"Northern Lakes Water"},
		{"it said after a person stays unattributed",
			"Anna Kowalski has run the shelter for ten years. In a statement, it said it was \"deeply grateful\" for the gifts.",
			""},
		// "In her opinion, ..." gives whose view.
		{"in her opinion, partial",
			"The court heard from a surveyor, Dr Nadia Brennan, who inspected the hull. She said a valve had failed. In her opinion, the pump had been broken \"for a very long time\".",
			"Nadia Brennan"},
		{"in his view, partial",
			"The economist Raj Mehta was unconvinced by the budget. In his view, the cuts were \"too little, too late\".",
			"Raj Mehta"},
		// "Asked about X, he said": X is the topic, not the subject.
		{"asked about a named critic, he said, partial",
			"Opposition MP Karl Weber called the trip \"a holiday\". Finance Minister Leo Brandt shrugged off the attack. Asked about Weber on Tuesday, he said the MP was welcome to come along, \"if he can read a balance sheet\".",
			"Leo Brandt"},
		{"pressed on a rival, she said, direct",
			"Senator Maria Vidal dismissed the poll. Her rival, Tom Okafor, has led for weeks. Pressed on Okafor's lead, she said: \"Polls do not vote.\"",
			"Maria Vidal"},
		{"when questioned about a coach, he replied",
			"Striker Paulo Reis scored twice on Sunday. Coach Anton Mirov had dropped him last month. When questioned about Mirov, he replied: \"I just play football.\"",
			"Paulo Reis"},
		// Surname-first names with a hyphenated romanised given name
		// ending like an English noun ("-ling", "-ming").
		{"According to a company's vice-president, a hyphenated given name",
			"The recall covers 90,000 chargers. According to the firm's chief engineer, Wang Xiao-ming, the batteries showed \"uneven coating\" that could lead to fires.",
			"Wang Xiao-ming"},
		{"family name first without a hyphen, given name ending like a noun",
			"The plant's director, Lin Meiling, said output would recover. \"We lost two weeks,\" Lin told reporters.",
			"Lin Meiling"},
		{"family name first without a hyphen, opening a sentence, then the family name",
			"Output fell in March. Lin Meiling, who runs the plant, said the line had stopped twice.\n\n\"We lost two weeks,\" Lin told reporters.",
			"Lin Meiling"},
		{"according to a family-name-first engineer without a hyphen",
			"According to Zhang Xiaoming, the firm's chief engineer, the cells were \"thinner than specified\" in one batch.",
			"Zhang Xiaoming"},
		{"family name alone later, told",
			"Chen Mei-ling, who heads quality control at the plant, joined the call. \"We found the fault in October,\" Chen told reporters.",
			"Chen Mei-ling"},
		{"family name alone after according to, she said",
			"According to Zhou Ya-ling, the factory's manager, output fell by half.\n\nZhou said the line would reopen soon. \"We are working day and night,\" she said.",
			"Zhou Ya-ling"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeakerName(t, tt.in, tt.speaker)
		})
	}
}

// TestSignWordsNotSpeech11: words a sign "called" are no one's speech,
// whoever the sentence names; a person's "what she called" stays hers.
func TestSignWordsNotSpeech11(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"what their banners called",
			"Dozens of farmers gathered outside parliament on Friday to denounce what their banners called \"a land grab\". Police said the protest was calm.",
			"a land grab", ""},
		{"what the placards termed, curly marks",
			"Students marched through Santiago against what the placards termed “education for sale.” Minister Ana Rojas said she would meet them.",
			"education for sale.", ""},
		{"what their posters dubbed, after a named speaker",
			"Mayor Tom Hale defended the scheme. Residents protested against what their posters dubbed \"the road to nowhere\".",
			"the road to nowhere", ""},
		{"what she called stays hers",
			"Mayor Ann Ode defended the scheme and rejected what she called \"scaremongering by a few\".",
			"scaremongering by a few", "Ann Ode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}
