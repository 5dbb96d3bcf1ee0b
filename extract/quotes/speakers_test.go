package quotes

import "testing"

// TestSpeakerMention checks which mention a quotation is attributed to,
// not only the canonical speaker: unnamed groups, roles and single names
// kept as written, and the right clause of a sentence that names several
// people.
func TestSpeakerMention(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		// Sources the cast has no person for stay as written.
		{"group noun after the verb",
			"“We will not leave until the law is withdrawn,” said about 200 protesters outside the ministry.",
			"protesters", "protesters"},
		{"group noun before the verb",
			"“We need more buses on this route,” supporters said.",
			"supporters", "supporters"},
		{"group noun opening the sentence",
			"Organisers said the march had been “peaceful and joyful from start to finish.”",
			"Organisers", "Organisers"},
		{"role noun without a name",
			"“The ruling stands, whatever the minister may think of it,” the justice said.",
			"the justice", "the justice"},
		{"role noun told reporters",
			"“Nothing has been agreed and nothing will be agreed tonight,” the diplomat told reporters.",
			"the diplomat", "the diplomat"},
		{"demonym plural",
			"“We have waited long enough for this road,” the Kenyans said.",
			"Kenyans", "Kenyans"},
		{"single capitalised name",
			"“We are ready for the vote whenever it comes,” said Obuya.",
			"Obuya", "Obuya"},
		{"group noun phrase opening the sentence, participle later",
			"In August, several environmental groups granted Mr Tom Reyes an extension on a court order to clean up the old mine, saying his “start-up money was less than expected.”",
			"several environmental groups", "several environmental groups"},
		{"role noun phrase joined by and",
			"The Democratic front-runner and former senator said the country “clearly” needed a stronger air campaign.",
			"The Democratic front-runner and former senator", "The Democratic front-runner and former senator"},
		{"noun phrase with a preposition is headed by its first noun",
			"The number of complaints considered “serious” rose by a third last year.",
			"", ""},
		{"phrase inside a sentence is not what a closing inverted speaker says",
			"You can now buy “smart fridges”, but can we really trust the makers, asks columnist Tom Ode.",
			"", ""},
		{"introductory phrase is no subject",
			"In a statement released on Thursday, Ms Ada Moss reacted to the news, saying: “The ruling is a disgrace.”",
			"Ada Moss", "Ms Ada Moss"},
		{"frequency adverb between subject and verb",
			"Fishermen often say, “The sea gives and the sea takes.”",
			"Fishermen", "Fishermen"},
		{"description resolved to the person holding the role",
			"Prime Minister Neil Brennan arrived in Lagos on Monday. “We come as partners,” the prime minister said.",
			"Neil Brennan", "the prime minister"},
		// A possessor's words named as the topic are not the possessor's.
		{"remarks as the topic of another speaker's verb",
			"Councillor Ruth Okafor called Mr Dunne's remarks about the budget “reckless and cruel.”",
			"Ruth Okafor", "Councillor Ruth Okafor"},
		{"comments as the subject of a reported clause",
			"Councillor Ruth Okafor told reporters that Mr Dunne's comments were “an insult to every worker at the depot.”",
			"Ruth Okafor", "Councillor Ruth Okafor"},
		{"remarks as the topic far from the verb of saying",
			"Councillor Ruth Okafor said on Tuesday after a long closed-door session with the harbour board and the union leaders at the town hall in the old quarter that Mr Dunne's remarks about the harbour plan and its funding were “an insult to every worker at the depot.”",
			"Ruth Okafor", "Councillor Ruth Okafor"},
		{"claim that introduces what was said",
			"Mr Dunne's claim that the budget was “fully costed and fair to every household” was challenged by the auditor.",
			"Dunne", "Mr Dunne"},
		// The report that holds a nested clause is the quoted speech.
		{"outer report over an embedded verb of saying",
			"Councillor Ruth Okafor said the mayor had promised that the depot would “stay open for as long as I am in office.”",
			"Ruth Okafor", "Councillor Ruth Okafor"},
		{"outer report over an embedded person",
			"Mr Tom Reyes said Ms Ada Moss had assured him the depot would “stay open for as long as I am in office.”",
			"Tom Reyes", "Mr Tom Reyes"},
		{"embedded verb introducing the quotation keeps its speaker",
			"Councillor Ruth Okafor said Mayor Dan Pike told her: “The depot stays open.”",
			"Dan Pike", "Mayor Dan Pike"},
		{"clause closed by a comma reports nothing of the next",
			"Although Mr Dunne said in May that the plan was sound, this week Ms Okafor said it was “beyond saving.”",
			"Okafor", "Ms Okafor"},
		// An inverted attribution closing a sentence the quotation opens.
		{"said X after a clause of reason",
			"“To see how many rulings could change with one appointment is stunning,” since so many of the big cases were decided by a single vote, said Lena Marsh, who teaches law at Lakeside University.",
			"Lena Marsh", "Lena Marsh"},
		{"says X after a clause with but",
			"“The harbour is finished,” but it will take years to rebuild, says Tom Ode, the port manager.",
			"Tom Ode", "Tom Ode"},
		// A person named right before a colon.
		{"person before a colon",
			"The late swing did not surprise pollster Tom Ode: “Turnout decided it, as it always does in this county.”",
			"Tom Ode", "pollster Tom Ode"},
		{"topic before a colon is no speaker",
			"“We never met,” Mr Tom Reyes says. Of Ms Ada Moss: “I just do not trust her judgement.”",
			"Tom Reyes", "Mr Tom Reyes"},
		// The object of a preposition before the verb says nothing.
		{"participle phrase between subject and verb",
			"Another senior official speaking to the BBC said, “The talks are over for this year.”",
			"Another senior official", "Another senior official"},
		{"manner phrase before the verb",
			"Ms Ada Moss turned to the board and in a low voice said, “We should leave now.”",
			"Ada Moss", "Ms Ada Moss"},
		{"with and a participle keeps its own subject",
			"Councillors were quick to respond, with Ms Ada Moss calling the plan “a gift to developers.”",
			"Ada Moss", "Ms Ada Moss"},
		// The clause nearest the quotation speaks.
		{"participle after a later clause takes that clause's subject",
			"Ms Ada Moss was on stage when Mr Tom Reyes arrived, and he took the microphone, calling the deal “a win for every family in the state.”",
			"Tom Reyes", "he"},
		{"stance verb in a later clause with its antecedent",
			"Mr Tom Reyes stayed behind. Ms Ada Moss left the meeting early, and he defended the plan as “the only sensible way forward for the town.”",
			"Tom Reyes", "he"},
		{"reopened quotation with its own attribution",
			"Mr Tom Reyes said: “We will rebuild the harbour.\n\n“Every boat owner will be back on the water by spring,” he added.",
			"Tom Reyes", "he"},
		{"name after while with a verb of stance",
			"Mr Tom Reyes signed the order on Monday, while Ms Ada Moss proposed that the town “wait and see what the courts decide.”",
			"Ada Moss", "Ms Ada Moss"},
		{"names joined by and are no later clause",
			"Mr Tom Reyes and his deputy came to the hearing because they wanted to show that “nobody is above the rules here.”",
			"Tom Reyes", "Mr Tom Reyes"},
		{"what he called inside a report names the reporter",
			"Governor Tom Reyes criticised the council on Monday, attacking what he called its “reckless spending spree.”",
			"Tom Reyes", "Governor Tom Reyes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLastSpeaker(t, tt.in, tt.speaker, tt.mention) })
	}
}

// TestColonHeadline checks that a headline naming a person before a colon
// stays unattributed: the body quotes the words in full with their cue.
func TestColonHeadline(t *testing.T) {
	in := "A lesson from Ms Ada Moss: ‘Be the voice that people hear.’\n\nMs Ada Moss spoke to the graduates of Lakeside University on Friday about the years she spent as a union organiser in the docks.\n\n“Be the voice that people hear,” she told them."
	got := find(in)
	checkLocated(t, in, got)
	if len(got) != 2 {
		t.Fatalf("got %d quotes, want 2: %s", len(got), dump(got))
	}
	if got[0].Speaker != "" || got[0].Cue != "" {
		t.Errorf("headline quote attributed to %q (cue %q)", got[0].Speaker, got[0].Cue)
	}
	if got[1].Speaker != "Ada Moss" {
		t.Errorf("body quote speaker %q, want Ada Moss", got[1].Speaker)
	}
}

// checkLastSpeaker checks the speaker and mention of the last quotation in
// text, the one a speaker test is about, and that the mention is located.
func checkLastSpeaker(t *testing.T, text, speaker, mention string) {
	t.Helper()
	got := find(text)
	checkLocated(t, text, got)
	if len(got) == 0 {
		t.Fatalf("no quotes")
	}
	g := got[len(got)-1]
	if g.Speaker != speaker || g.Mention != mention {
		t.Errorf("speaker %q mention %q (cue %q), want %q / %q", g.Speaker, g.Mention, g.Cue, speaker, mention)
	}
	if g.MentionStart >= 0 && text[g.MentionStart:g.MentionEnd] != g.Mention {
		t.Errorf("mention %q is not text[%d:%d]", g.Mention, g.MentionStart, g.MentionEnd)
	}
}
