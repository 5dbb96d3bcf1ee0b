package quotes

import "testing"

// TestSpeakerClassesBBC12 covers attribution shapes met in real copy held
// out from tuning (a BBC sample, session 10), each class with variants
// written for the test. The quotation under test is the last one;
// speaker is its canonical speaker ("" unattributed).
func TestSpeakerClassesBBC12(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		// Paragraphs run together: a quotation reopens before the one
		// before it closes, so the narrative after the last closing mark
		// is not quoted, and its names are antecedents.
		{"reopened quote, then a new speaker and he said",
			"Coach Dario Bellamy praised his defence. \"We kept our shape. \"The lads never stopped running.\" Full-back Tom Rourke agreed that the team had improved. \"We have worked hard on it all week,\" he said.",
			"Tom Rourke"},
		{"reopened quote, then a councillor and he added",
			"Mayor Peter Foyle defended the budget. \"Nobody likes higher fees. \"But the roads have to be fixed.\" Councillor Amir Shah said the rise was too steep, and that his ward would suffer most. \"Families are already stretched,\" he added.",
			"Amir Shah"},
		{"three reopened parts, then an analyst and she said",
			"Chief executive Laura Menzies said the results were encouraging. \"Sales rose in every region. \"Costs fell. \"We expect the same next year.\" Analyst Karen Pryce said the outlook was cautious. \"Margins are still under pressure,\" she said.",
			"Karen Pryce"},
		// A pronoun tagging the clause before it ("..., he argued")
		// reports that clause: the names inside it are not the speaker.
		{"object name in the reported clause, he argued",
			"Party spokesman Ian Corder said the leaflet had been misread. The cartoon simply showed Mr Varley as a magician, he argued. \"Nobody meant any offence.\"",
			"Ian Corder"},
		{"name in the reported clause, he claimed, then he said",
			"Union leader Sam Ortiz said the offer was an insult. The board had treated Mr Keller unfairly as well, he claimed. \"Our members will not accept it,\" he said.",
			"Sam Ortiz"},
		{"subject name in the reported clause, she insisted",
			"Police chief Dana Royce said officers had acted lawfully. Constable Ruth Abbott had been attacked first, she insisted. \"We will publish the footage.\"",
			"Dana Royce"},
		{"parenthetical he said inside the reported clause",
			"Coach Martin Hale said the result was deserved. Mr Rivera, he said, had been the best player on the pitch. \"He ran the game from start to finish.\"",
			"Martin Hale"},
		// Not after a fronted adverbial clause, whose subject is often
		// the one who speaks.
		{"when-clause subject, she said",
			"Mayor Joan Pike opened the meeting. When Carla Mendes, the head of the nurses' union, addressed the rally, she said staff were exhausted. \"We cannot go on like this,\" she said.",
			"Carla Mendes"},
		{"as-for topic, he said",
			"Senator Ruth Kane attacked the plan on Monday, and Governor Ben Ashe called it reckless. As for Mr Dale, he said he was not worried. \"I have the votes,\" he said.",
			"Dale"},
		{"but after-clause naming the speaker, he told",
			"Union organiser Lena Roth was expected to take over the branch. But after the merger was announced and Mr Grady decided to retire, he told Ms Roth that she should wait. \"The timing is wrong,\" he said.",
			"Grady"},
		// A capitalised plural possessive opens a body's name: the body
		// speaks, not its last word.
		{"the Nurses' Union, saying",
			"The Nurses' Union has rejected the pay offer, saying it was \"an insult to every ward sister\".",
			"Nurses' Union"},
		{"the Road Hauliers' Association said",
			"Ferry queues grew on Tuesday. The Road Hauliers' Association said drivers faced \"weeks of chaos at the ports\".",
			"Road Hauliers' Association"},
		{"the Fire Brigades’ Union, curly apostrophe, say",
			"Leaders of the strike were defiant. The Fire Brigades’ Union say the deal is \"dead on arrival in every station\".",
			"Fire Brigades’ Union"},
		// A name a body's role is "for" or "of" is a firm: no "he" means
		// it, however close.
		{"spokesman for a firm with a name-like name, then he said",
			"Users can now save pages, said Ian Mercer, spokesman for Ask Harper. Under My Ask Harper, users can search old results too. \"It is about finding things again,\" he said.",
			"Ian Mercer"},
		{"co-founder of a firm, the firm named as subject, then she said",
			"\"Search has to learn from you,\" said Nadia Kerr, co-founder of Lumen Grey. Lumen Grey launched a new version on Monday. \"People use many tools at once,\" she said.",
			"Nadia Kerr"},
		{"chief executive of a firm named like a person, then he added",
			"Profits rose 8%, said Omar Haddad, chief executive of Morgan Blake. Morgan Blake also raised its dividend. \"We are in good shape,\" he added.",
			"Omar Haddad"},
		// A hyphened compound of common words opening the sentence
		// describes the name after it; it is no part of the name.
		{"Man-of-the-match NAME, who ..., then he said",
			"Coach Ian Hale praised the pack. Man-of-the-match Owen Price, who kicked four penalties, was delighted. \"It's a special day,\" he said.",
			"Owen Price"},
		{"Father-of-two NAME, then he told",
			"The council approved the plan on Monday. Father-of-two Dev Kapoor said the new crossing was overdue. \"My kids cross that road every day,\" he told the meeting.",
			"Dev Kapoor"},
		{"Film-maker NAME urged, then the description",
			"Film-maker Nora Castell urged students to look behind the camera. \"The power is in the edit,\" the director said.",
			"Nora Castell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeakerName(t, tt.in, tt.speaker)
		})
	}
}

// TestReopenedParts: a quotation reopened in its own paragraph before it
// closes (copy whose paragraphs were run together) takes the attribution
// of the part that closes it; every part has the speaker. Sentences
// written for the test.
func TestReopenedParts(t *testing.T) {
	tests := []struct{ name, in, speaker string }{
		{"reopened part before the attributed one",
			"The union's leader, Tom Reyes, spoke first.\n\n\"The market is the big prize and we are still going to fight for it. \"It's still very important, but there are other markets,\" added Mr Reyes.",
			"Tom Reyes"},
		{"two reopened parts, then she said",
			"Ward sister Ana Diaz joined the picket at dawn. \"Nobody wants to be out here. \"We owe it to the patients. \"But we have no choice left,\" she said.",
			"Ana Diaz"},
		{"reopened parts after a new speaker is named",
			"Minister Joan Pike spoke first. Mr Omar Reddy, the union's lawyer, said the ruling was clear. \"The court has spoken. \"The employer must now pay,\" said Mr Reddy.",
			"Omar Reddy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			if len(got) < 2 {
				t.Fatalf("%d quotes", len(got))
			}
			for _, q := range got {
				if q.Speaker != tt.speaker {
					t.Errorf("%q: speaker %q (mention %q, cue %q), want %q", q.Text, q.Speaker, q.Mention, q.Cue, tt.speaker)
				}
			}
		})
	}
}
