package quotes

import "testing"

// TestSpeakerClassesBBC13 covers attribution shapes met in real copy
// studied in session 11 (half C of a blind BBC sample), each class with
// variants written for the test. The quotation under test is the last
// one; speaker is its canonical speaker ("" unattributed).
func TestSpeakerClassesBBC13(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		// "said TEAM TRADE NAME": a trade the lexicon lacks between a
		// capitalised team, firm or town and the name; the name speaks.
		{"said Wales physio NAME",
			"Kerr has missed three games with a knee injury. \"He will not play against Italy,\" said Wales physio Gareth Lloyd.",
			"Gareth Lloyd"},
		{"said club groundsman NAME",
			"Heavy rain fell all week. \"The pitch is waterlogged and the game is off,\" said Rovers groundsman Dave Pyle.",
			"Dave Pyle"},
		{"said Leeds kit man NAME, two lower-case words",
			"The shirts went missing on the coach. \"We had to borrow a set from the home side,\" said Leeds kit man Alan Roe.",
			"Alan Roe"},
		{"a trade after a firm, the name before the verb",
			"Shares fell 4%. Harlow loss adjuster Nadia Kerr said: \"Claims are running at twice the usual rate.\"",
			"Nadia Kerr"},
		// A two-word party label before a name is no part of it.
		{"Liberal Democrat NAME said, partial",
			"The minister refused to comment. Liberal Democrat Helen Marsh said the leak was \"a very grave breach of trust\".",
			"Helen Marsh"},
		{"said Lib Dem NAME",
			"\"This cannot be swept under the carpet,\" said Lib Dem Peter Oduya.",
			"Peter Oduya"},
		{"Ulster Unionist NAME said:",
			"Talks resumed at Stormont. Ulster Unionist Ruth Carson said: \"We will not sit down with them until the guns are gone.\"",
			"Ruth Carson"},
		// A first name that is also a place, after a role noun.
		{"forward Milan NAME, then he",
			"Rovers forward Milan Kovar says he does not know why he was dropped. He told a local paper: \"Nobody has explained it to me.\"",
			"Milan Kovar"},
		{"director Sydney NAME, then he",
			"Film director Sydney Marsh has pulled out of the festival. \"I need to finish the edit,\" he said.",
			"Sydney Marsh"},
		{"a place before a name-like word with no role stays a place",
			"Flights from Milan Linate were cancelled on Friday. \"It was chaos at the desks,\" said passenger Ann Cole.",
			"Ann Cole"},
		// An office with a see, then its holder styled "the Rt Rev":
		// "the Bishop" later is that man.
		{"Bishop of SEE, the Rt Rev Dr NAME, then the Bishop said",
			"The Bishop of Ely, the Rt Rev Dr Martin Coyle, called the play \"a fine romp\". Later the Bishop said: \"It is good fun but it is not history.\"",
			"Martin Coyle"},
		{"the Rt Rev NAME set off, speaking himself",
			"The Bishop of Truro, the Rt Rev Alan Pask, said the closures were \"a terrible blow to rural parishes\".",
			"Alan Pask"},
		{"Archbishop of SEE, the Most Rev NAME, then the archbishop",
			"The Archbishop of Kenmare, the Most Rev Tom Hale, opened the hall. \"It belongs to the whole town,\" the archbishop said.",
			"Tom Hale"},
		{"Mayor of TOWN, Dr NAME, then the mayor",
			"The Mayor of Ripon, Dr Ann Cole, opened the bridge. \"It is a proud day for the city,\" the mayor said.",
			"Ann Cole"},
		// A description of the person in view by a trade or standing,
		// as the subject of a verb of saying.
		{"the tournament debutant added, after her quotation",
			"Sprinter Ana Kovac won her heat in Paris. Kovac, who lost to Mia Berg in Rome, said: \"I was very nervous.\" The tournament debutant added: \"I love racing here.\"",
			"Ana Kovac"},
		{"the veteran presenter said, after 'NAME said' closing the sentence before",
			"Comedian Tom Reed quit the show on Monday. Guests had been unhappy for months, Reed said. The veteran presenter said he would \"never work for that channel again\".",
			"Tom Reed"},
		{"the writer and broadcaster said, another woman named in the clause",
			"Novelist Joan Pike has left the panel. Ann Lowe had been upset by the row, Pike said. The feminist writer and broadcaster said the show had behaved \"like a spoilt child in a sweet shop\".",
			"Joan Pike"},
		// "the firm", "the company": the body named before.
		{"the firm said, named after a trade noun",
			"Films will be harder to copy thanks to a tool devised by copy protection firm Lockbright. Lockbright says its tool will stop most current DVD copying programs. \"The tool is designed to cut piracy at source,\" said the firm.",
			"Lockbright"},
		{"the company said, a rival named between as object",
			"Profits rose 8% at retailer Harlow Foods. Shares in rival Danbury fell. \"We had a strong Christmas in every region,\" the company said.",
			"Harlow Foods"},
		{"The company, NAME, said",
			"Outside experts were cautious. The company, Redfern Pharma, said it would \"apply for approval next year\".",
			"Redfern Pharma"},
		{"the group, a body with which",
			"Marsh Trust, which represents landowners, said the plan was unfair. \"It ignores the people who farm the land,\" the group said in a statement.",
			"Marsh Trust"},
		{"the club said, no name the copy gives as a body",
			"The manager was sacked on Monday after five defeats left the club 14th in the league. \"A change is needed,\" the club said.",
			"the club"},
		// Someone else reports between two quotations: the second is his.
		{"NAME acknowledged that ..., then a quotation alone",
			"Police chief Tom Reed backed the plan. Lib Dem spokeswoman Ann Cole said: \"It would be prudent to wait.\" Chief constable Mr Reed acknowledged that drinking did cause problems. \"Come here on a Friday night and you will see things that shame you.\"",
			"Tom Reed"},
		{"NAME also warned that ..., then a quotation alone",
			"Council leader Sam Ortiz defended the budget. Opposition leader Jan Wolfe said: \"It is a disgrace.\" Mr Ortiz also warned that more cuts were coming. \"We have no choice left.\"",
			"Sam Ortiz"},
		{"a narrative sentence between leaves the speaker",
			"Council leader Sam Ortiz defended the budget. Opposition leader Jan Wolfe said: \"It is a disgrace.\" Mr Ortiz left the chamber. \"We will fight this all the way.\"",
			"Jan Wolfe"},
		// "he" after a definite spokesman taking up an unnamed one.
		{"a spokesman for BODY, then The BODY spokesman said, then he",
			"\"We are seeking views from the industry,\" said a spokesman for Ofcom. Minister Tom Cole backed the move. The Ofcom spokesman said it was considering limits on the devices. \"We would want strict controls on power,\" he said.",
			"a spokesman for Ofcom"},
		// A run ending in the plural of a body's head noun is a body, not
		// a man "he" may mean.
		{"the plural of a body's head noun names no person",
			"The Postal and Telecommunications Administrations is carrying out research. \"We would want strict controls on power,\" said a spokesman for Ofcom. \"Nothing is decided,\" he said.",
			"a spokesman for Ofcom"},
		{"Tony Banks stays a man",
			"Labour MP Tony Banks criticised the plan on Monday. \"It is a disgrace,\" he said.",
			"Tony Banks"},
		// Two capital initials, then a role of a body set off: a person.
		{"JF NAME, spokesman for a firm, then he said",
			"JF Sullivan, spokesman for mail software firm Sendbox, said many firms were slow to act. \"The key thing is being able to manage all of it,\" he said.",
			"JF Sullivan"},
		// A surname that is also a nationality noun, after a first name.
		{"said FIRM chairman Brian Finn",
			"Harlow rejected the offer. \"The board will not recommend the offer to shareholders,\" said Harlow chairman Brian Finn.",
			"Brian Finn"},
		{"the Finn alone stays a description",
			"Kimi Lahti won the rally. \"It was the hardest of my life,\" the Finn said.",
			"Kimi Lahti"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeakerName(t, tt.in, tt.speaker)
		})
	}
}

// TestOpensParagraph: a quotation that opens its paragraph as whole
// sentences, narrative after it and no cue of its own, carries on the
// speaker of the paragraph before, unless the sentence after it says
// someone else spoke; one inside a paragraph, in the first person, is
// the paragraph's subject's (topicSpeaks). Sentences written for the
// test.
func TestOpensParagraph(t *testing.T) {
	tests := []struct{ name, in, words, speaker, not string }{
		{"after a partial quote closing the paragraph before",
			"Union leader Ana Diaz told a rally the offer was \"an insult to every nurse on the ward\".\n\n\"We want the public to see what this job costs us. Nobody is asking for the moon.\" The talks resume on Monday.",
			"We want the public to see what this job costs us. Nobody is asking for the moon.", "Ana Diaz", ""},
		{"after 'NAME stressed' closing the paragraph before",
			"The minister said the amnesty was fair. Families would be able to \"bring their savings home\", Mr Kvaratsk stressed.\n\n\"No one will ask where this money came from. It must go back into the economy.\" The amnesty will not cover money made from drugs.",
			"No one will ask where this money came from. It must go back into the economy.", "Kvaratsk", ""},
		{"the sentence after reports the same speaker",
			"\"This is about policy, not party,\" said union spokesman Dr Omar Reddy.\n\n\"Our members have never been told how a vote can help them.\" Dr Reddy said the main issues were pay and pensions.",
			"Our members have never been told how a vote can help them.", "Omar Reddy", ""},
		{"the sentence after names another speaker",
			"Mayor Tom Reed welcomed the guests. \"This is a great day for the town,\" he said.\n\n\"This is a big year for our next senator, Tom Reed!\" Reed's niece, state Del. Ann Ode, shouted to the crowd. \"The whole state is watching.\"",
			"This is a big year for our next senator, Tom Reed!", "", "Tom Reed"},
		// A quotation in the first person after narrative about the
		// paragraph's subject, others named only as objects.
		{"the paragraph's subject, a rival named as object",
			"Ana Kovac and Mia Berg won their opening matches on Monday.\n\nKovac's win was her ninth in a row as she chases Berg for top spot. Kovac spent five weeks at the top before injury let Berg back in front. \"Since then, I feel very confident on court. I want the ranking back.\" Kovac needed only 54 minutes.",
			"Since then, I feel very confident on court. I want the ranking back.", "Ana Kovac", ""},
		{"the sentence before is about someone else than the paragraph",
			"Ana Kovac and Mia Berg won their opening matches on Monday.\n\nKovac beat Ann Lowe in straight sets. Lowe struggled with her serve. \"I was tired and my arm hurt.\" Kovac now meets Berg.",
			"I was tired and my arm hurt.", "", "Ana Kovac"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.speaker != "" {
				checkSpeakerOf(t, tt.in, tt.words, tt.speaker)
				return
			}
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			for _, q := range got {
				if q.Text == tt.words {
					if q.Speaker == tt.not {
						t.Errorf("%q: speaker %q (mention %q)", q.Text, q.Speaker, q.Mention)
					}
					return
				}
			}
			t.Errorf("no quotation %q", tt.words)
		})
	}
}
