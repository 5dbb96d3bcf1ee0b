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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}
