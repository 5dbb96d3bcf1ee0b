package quotes

import "testing"

// TestAuditSpeakers covers the speaker errors an audit on unseen copy
// found, one case per kind, in paragraphs written for this test: the last
// quotation of each text is the one checked.
func TestAuditSpeakers(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"he after a quote goes to its speaker, not the man of a fronted asked-whether clause",
			"Asked whether Martin Greaves had known about the overspend, finance chair Robin Achterberg said the figures had been “buried in an appendix”.\n\n“Nobody on the committee was told,” he said.",
			"Robin Achterberg", "he"},
		{"she after a quote goes to its speaker, not an earlier Ms",
			"Ms Fenwick said the school would reopen on Monday.\n\nParent governor Rowan Mbeki said families were “furious” about the closure. Several had been forced to take unpaid leave.\n\n“We were given four hours' notice,” she said.",
			"Rowan Mbeki", "she"},
		{"she never goes to a body named like a person",
			"Dr Ines Varley, a consultant at the hospital, said the ward had been “stretched to breaking point”.\n\nHealthwatch said it would publish its own review next month.\n\n“Patients are waiting on trolleys for twelve hours,” she said.",
			"Ines Varley", "she"},
		{"said its ROLE, NAME takes the name, not an earlier holder of the role",
			"Arden Foods' chief executive, Simon Pryce, said sales had slowed.\n\nSmaller rival Kestrel Bakeries was more upbeat. “Our order book has never been fuller,” said its chief executive, Dana Whitlow.",
			"Dana Whitlow", "its chief executive"},
		{"the striker after a sentence about the player",
			"Tomas Rebrov scored a hat-trick on his return from injury.\n\n“I waited a long time for a night like this,” the striker said.",
			"Tomas Rebrov", "the striker"},
		{"said the veteran after a sentence about the player",
			"Keeper Alan Moyes, who turns 40 next month, saved two penalties in the shoot-out. “My knees are not what they were,” said the veteran.",
			"Alan Moyes", "the veteran"},
		{"the spokesman is the unnamed source introduced before",
			"A Home Office spokesman said the cases were “under review”.\n\n“We will not comment on individual cases,” the spokesman said.",
			"A Home Office spokesman", "the spokesman"},
		{"phrase in a relative clause on the subject",
			"Union leader Priya Soames, who in March called the offer “an insult to every nurse”, said the new deal showed ministers were listening.",
			"Priya Soames", "Union leader Priya Soames"},
		{"passive described by the agent",
			"The merger was described by the competition regulator's chair, Anton Weiss, as “a textbook case of a killer acquisition”.",
			"Anton Weiss", "the competition regulator's chair"},
		{"a thing that echoes words says nothing",
			"The new tax echoes the “polluter pays” principle set out in the coalition agreement.",
			"", ""},
		{"she after a post-posed new speaker with two quotes, not an earlier Mrs",
			"Mrs Kaur said the club had been told nothing.\n\n“We found out from the radio,” said Jamie Ortega, a steward at the ground. “Nobody rang us.”\n\n“It is a disgrace,” she said.",
			"Jamie Ortega", "she"},
		{"he added after an indirect report with a partial, not the police chief before",
			"Police chief Tom Hale defended the operation on Tuesday.\n\nCommunity worker Sam Reyes told the BBC that residents were “terrified”.\n\n“People are scared to leave their homes,” he added.",
			"Sam Reyes", "he"},
		{"she after a colon quote, not the man of a fronted asked-whether clause",
			"Asked whether Peter Lusk would resign, party treasurer Alex Dorn said: “That is a matter for him.”\n\n“But we need answers by Friday,” she said.",
			"Alex Dorn", "she"},
		{"the 23-year-old forward after a sentence about the player",
			"Marcus Ode, who joined from Ajax in the summer, scored his first goal for the club.\n\n“It has been a hard few months,” the 23-year-old forward said.",
			"Marcus Ode", "the 23-year-old forward"},
		{"the Spaniard after a sentence about the driver",
			"Rafael Soto extended his lead in the championship with a fourth win of the season. “The car was perfect today,” said the Spaniard.",
			"Rafael Soto", "the Spaniard"},
		{"the teenager after a sentence about the winner",
			"Leah Brandt, 17, became the youngest winner of the title. “I still cannot believe it,” the teenager said.",
			"Leah Brandt", "the teenager"},
		{"the two-time champion after a sentence about the winner",
			"Dina Asher retained her title with a wire-to-wire victory. “I felt strong all the way,” said the two-time champion.",
			"Dina Asher", "the two-time champion"},
		{"the spokesperson is the spokesperson for the club",
			"A spokesperson for the club said the matter was “in the hands of the police”. “We will make no further comment,” the spokesperson said.",
			"A spokesperson for the club", "the spokesperson"},
		{"the source is the Treasury source",
			"A Treasury source said the figures were “not a surprise”.\n\n“Nobody expected a quick recovery,” the source added.",
			"A Treasury source", "the source"},
		{"said the company's ROLE, NAME takes the name",
			"Talks with the union broke down on Friday. “We have made our final offer,” said the company's chief executive, Ana Ruiz.",
			"Ana Ruiz", "the company's chief executive"},
		{"dismissed by a named agent as",
			"The proposal was dismissed by opposition leader Ruth Kline as “a gimmick dressed up as policy”.",
			"Ruth Kline", "opposition leader Ruth Kline"},
		{"indirect she never goes to a body read as a person",
			"Dr Hana Cole, who chairs the inquiry, said its work was “far from over”.\n\nOfwat said it had not been consulted.\n\nShe said the final report would be published in the spring, adding: “We owe the families the truth.”",
			"Hana Cole", "She"},
		{"phrase in a relative clause on a titled subject",
			"Mayor Dana Price, who once called the stadium “a white elephant”, said the council would back the bid.",
			"Dana Price", "Mayor Dana Price"},
		{"he after a question goes to the one asked, not the asker",
			"Health Secretary Tom Ridley faced reporters outside Downing Street.\n\n“Will you resign?” asked Sky's political editor, Jordan Vale.\n\n“Not today,” he said.",
			"Tom Ridley", "he"},
		{"a rhetorical question asked is the speaker's own",
			"Health Secretary Tom Ridley faced reporters outside Downing Street.\n\n“Why would I resign?” asked union leader Jordan Vale.\n\n“Nothing has changed,” he said.",
			"Jordan Vale", "he"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}
