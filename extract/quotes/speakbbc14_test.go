package quotes

import "testing"

// TestSpeakerClassesBBC14 covers attribution shapes of British news copy
// reviewed in session 12, each with variants written for the test.
// speaker is the canonical speaker of the quotation words ("":
// unattributed).
func TestSpeakerClassesBBC14(t *testing.T) {
	tests := []struct {
		name, in, words, speaker string
	}{
		// A paragraph opening with quotations and going on in narrative
		// carries on the person whose speech the paragraph before it
		// reports, also when the report's verb and name close the
		// sentence after a comma.
		{"..., said Mr X. ¶ Q. Narrative",
			"The auditor, Ann Ode, said the papers had gone. Records must be kept for six years, said Ms Ode.\n\n\"If in doubt, keep it. That has always been the rule in every department.\" The new law takes effect in April.",
			"If in doubt, keep it. That has always been the rule in every department.", "Ann Ode"},
		{"..., Mr X added. ¶ Q. Narrative",
			"Harbour master Piet Laan warned that the dredging was late. The channel would silt up by winter, Mr Laan added.\n\n\"Every week we wait costs the port a ship.\" Work is due to start in March.",
			"Every week we wait costs the port a ship.", "Piet Laan"},
		{"..., says Dr X. ¶ Q. Narrative",
			"Hospital admissions fell in the summer. The winter will be harder, says Dr Leena Ruud, a public health adviser.\n\n\"We see the first cases every November without fail.\" The health board meets on Friday.",
			"We see the first cases every November without fail.", "Leena Ruud"},
		{"..., met Mr X (no saying). ¶ Q. Narrative",
			"The delegation toured the plant on Monday, and later met Mr Laan.\n\n\"Every week we wait costs the port a ship.\" Work is due to start in March.",
			"Every week we wait costs the port a ship.", ""},
		// The writer reopens the marks before closing the first
		// quotation ("“Q1. “Q2.”"): both carry on the speech.
		{"Q1 reopened by Q2, then narrative",
			"The auditor, Ann Ode, said the papers had gone. Records must be kept for six years, said Ms Ode.\n\n\"If in doubt, keep it. That has always been the rule. \"Shredding files to dodge a request is a crime.\" The new law takes effect in April.",
			"Shredding files to dodge a request is a crime.", "Ann Ode"},
		{"Q1 reopened by Q2 after X said that ...",
			"Ann Ode said the rules were clear.\n\n\"If in doubt, keep it. That has always been the rule. \"Shredding files to dodge a request is a crime.\" The new law takes effect in April.",
			"If in doubt, keep it. That has always been the rule.", "Ann Ode"},
		{"Q1 then Q2, both closed",
			"Ann Ode said the rules were clear.\n\n\"If in doubt, keep the file on record.\" \"Shredding files to dodge a request is a crime.\" The new law takes effect in April.",
			"If in doubt, keep the file on record.", "Ann Ode"},
		// ... but not someone quoted before a report of another source
		// that closes the paragraph before (left unattributed rather).
		{"\"Q,\" X said. ..., the spokesman said. ¶ Q1. Q2.",
			"\"The council is picking on one street,\" said Ruth Abara, who runs the residents' group. Later, a council spokesman defended the plan, saying it was about traffic, not people.\n\n\"What is happening is that the lorries are being moved to the ring road. \"It is not aimed at any one street.\" The plan goes to a vote in May.",
			"What is happening is that the lorries are being moved to the ring road.", ""},
		// A sentence whose verb and colon introduce the next quotation
		// does not take the quotation before it from its speaker.
		{"\"Q,\" X said. ¶ Q. Interrupting X, Y said: Q2",
			"\"When the officers left, the papers were scattered,\" Mr Ode said.\n\n\"(When they went) back to make the seizure, every paper was placed neatly in an envelope and sealed.\" Interrupting Mr Ode, Judge Ann Kerr said: \"So the men were running a factory.\"",
			"(When they went) back to make the seizure, every paper was placed neatly in an envelope and sealed.", "Ode"},
		{"\"Q,\" X said. ¶ Q. Y then told the court: Q2",
			"\"We found the ballot papers in a van,\" Sgt Lena Price said.\n\n\"Every one of them had been opened and sealed again by hand.\" Defence counsel Ian Kemp then told the court: \"Nobody saw my client near the van.\"",
			"Every one of them had been opened and sealed again by hand.", "Lena Price"},
		// A first-person quotation after a sentence about the person the
		// paragraph follows: people named only as objects of a
		// preposition ("with his wife") do not speak.
		{"X did ... with his wife and ... . Q (first person)",
			"Engineer Tomas Brandt says his pump will cost less than $50.\n\nMr Brandt has tried the idea in Peru, where he set up two workshops together with his wife and gave the villagers pumps. \"We fitted 30 pumps last year and only two have failed.\"",
			"We fitted 30 pumps last year and only two have failed.", "Tomas Brandt"},
		{"X ... for the children ... . Q (first person)",
			"Head teacher Ruth Okoro has run the school for ten years.\n\nMs Okoro raised the money for the new library from local firms and sold cakes to the parents. \"We had 12 books when I arrived and now we have 3,000.\"",
			"We had 12 books when I arrived and now we have 3,000.", "Ruth Okoro"},
		{"X ... and a spokesman said ... . Q: the spokesman may speak",
			"Head teacher Ruth Okoro has run the school for ten years.\n\nMs Okoro raised the money for the library, a council spokesman said. \"We had 12 books when she arrived and now we have 3,000.\"",
			"We had 12 books when she arrived and now we have 3,000.", "a council spokesman"},
		// The people found behind the quotations: a trade noun opening
		// the lede, a kinship phrase naming someone else.
		{"Broadcaster FIRST LAST ... SURNAME said: Q",
			"Broadcaster Chris Hollis has begun selling his furniture from a market stall.\n\nAsked why, Hollis said: \"I just want to get rid of it all.\"",
			"I just want to get rid of it all.", "Chris Hollis"},
		{"NAME, the singer's stepsister, said ... Q, she said",
			"Fans want a street named after the singer Rick Calder. Janie Calder, the singer's stepsister, said the family still hoped the singer would be honoured by a road named after him. \"That is something my father wanted,\" she said.",
			"That is something my father wanted,", "Janie Calder"},
		// A body's name right before a person's, with a possessive or a
		// trade between: the body is where the person works, the
		// person spoke.
		{"said ORG lower-case-trade NAME",
			"Factory orders fell in May. \"We did not expect such a sharp drop,\" said Nord bank economist Karin Vogt.",
			"We did not expect such a sharp drop,", "Karin Vogt"},
		{"says ORGs' NAME",
			"Shares barely moved. \"The recall had been expected for weeks,\" says Barclays' Tom Fenwick.",
			"The recall had been expected for weeks,", "Tom Fenwick"},
		{"says ORG's NAME",
			"Shares barely moved. \"The recall had been expected for weeks,\" says Harbour Bank's Simon Hart.",
			"The recall had been expected for weeks,", "Simon Hart"},
		{"said ORG chief analyst NAME",
			"\"Margins will be squeezed all year,\" said Lindqvist Securities chief analyst Mona Berg.",
			"Margins will be squeezed all year,", "Mona Berg"},
		{"said ORG, adding that NAME ...: the body",
			"Shares barely moved. \"The recall had been expected,\" said Barclays, adding that Tom Fenwick would leave.",
			"The recall had been expected,", "Barclays"},
		{"The ORG advert attacks NAME for Q: not the person attacked",
			"The Harbour Trust advert attacks Ann Ode for taking \"more money from banks than from all of the county\" and ends with a song.",
			"more money from banks than from all of the county", "Harbour Trust"},
		// A sentence in marks that a verb and a colon introduce is the
		// verb's subject's, whoever the next sentence says spoke.
		{"X asked: Q? Y, role, said she ...",
			"The Conservative leader, Ian Fraser, raised the ban. Mr Fraser asked: \"Would it not be odd if prisoners could smoke but nobody else?\" The Green spokeswoman, Ruth Dale, said she welcomed the ban.",
			"Would it not be odd if prisoners could smoke but nobody else?", "Ian Fraser"},
		{"X told MPs: Q. Y said ...",
			"Health minister Carol Imrie told MPs: \"The ban will save lives within a year.\" Opposition MP Dev Sahota said the evidence was thin.",
			"The ban will save lives within a year.", "Carol Imrie"},
		{"X said: Q. Y added that ...",
			"Coach Mark Ellery said: \"We were second best for an hour.\" His captain, Lou Baines, added that the players knew it.",
			"We were second best for an hour.", "Mark Ellery"},
		{"Q? X asked. (no colon: the cue after)",
			"The vote was put back again. \"Why wait any longer?\" Mr Fraser asked.",
			"Why wait any longer?", "Fraser"},
		{"X's reply was: Q? Narrative (the cue runs to the colon)",
			"Minister Ann Ode was told of the delay by an aide. Ms Ode's reply was: \"Is the shop in Leeds or in York?\" The shop sells leather goods, according to its website.",
			"Is the shop in Leeds or in York?", "Ann Ode"},
		{"X, annoyed, replied: Q? Her critics cited it ...",
			"Senator Ann Ode was asked about the attack again. Ms Ode, annoyed, replied: \"What difference does it make now?\" Her critics cited it as proof that she did not care.",
			"What difference does it make now?", "Ann Ode"},
		{"\"Q1\" X echoed: Q. ..., according to Y. ¶ Q2. He added: Q3",
			"Drummer Tom Reyes agreed: \"We want big singles.\" The band will do \"everything in their power\" to stay on top, according to magazine editor Ann Ode.\n\n\"This makes them very hard to beat.\" She added: \"They keep changing their sound.\"",
			"This makes them very hard to beat.", "Ann Ode"},
		// A participle of saying that modifies a noun in the narrative
		// after the quotation ("asking prices") reports no one.
		{"Q, X said. ¶ Q2. Overall, asking prices have fallen ...",
			"House prices slipped again in March.\n\n\"Buyers are holding back until the spring,\" said Ann Ode, a director at the agency.\n\n\"The proof is that homes priced sensibly are still selling.\" Overall, asking prices have fallen 2% since the summer peak.",
			"The proof is that homes priced sensibly are still selling.", "Ann Ode"},
		{"Q, X said. ¶ Q2. Y, warning that ...: Y reports",
			"House prices slipped again in March.\n\n\"Buyers are holding back until the spring,\" said Ann Ode, a director at the agency.\n\n\"The proof is that homes priced sensibly are still selling.\" Tom Reyes, warning that prices could fall further, disagreed.",
			"The proof is that homes priced sensibly are still selling.", ""},
		// A body's initials written with an ampersand or lower-case
		// letters ("H&P", "MoBF") stand for the name the article spelled
		// out; a name written no other way stays as it is.
		{"said H&P after Harlow & Price",
			"Harlow & Price has cut prices by a fifth, according to analysts.\n\n\"We are bringing in new ranges at lower prices,\" said H&P.",
			"We are bringing in new ranges at lower prices,", "Harlow & Price"},
		{"HaKB said after Hanse Kredit Bank",
			"Hanse Kredit Bank looked at the figures. HaKB said: \"The cuts look permanent.\"",
			"The cuts look permanent.", "Hanse Kredit Bank"},
		{"said AT&T, spelled out nowhere",
			"Shares rose. \"We expect a strong year,\" said AT&T.",
			"We expect a strong year,", "AT&T"},
		{"said McIlroy: a surname, no initials",
			"Both McIlroy and Watts had booked places in Madrid. \"I had to go through all the gears and I won't run again until then,\" said McIlroy.",
			"I had to go through all the gears and I won't run again until then,", "McIlroy"},
		// "it said" after a body quoted in the same paragraph.
		{"Q1, said BODY. Q2 Q3, it said",
			"The drive went on sale in May. \"It is the storage people want in their pockets,\" said Brightdisk Technology. \"It is about style.\" \"It is the first time a drive looks good,\" it said.",
			"It is the first time a drive looks good,", "Brightdisk Technology"},
		{"Q1, said BODY1. ... BODY2 ... Q2, it said: not across another body",
			"\"It is the storage people want,\" said Brightdisk Technology. Prices were cut by the Maxtor Corporation. \"It is the first time a drive looks good,\" it said.",
			"It is the first time a drive looks good,", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}
