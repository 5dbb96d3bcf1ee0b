package quotes

import "testing"

// TestUnnamedPronoun covers a "he"/"she" after an unnamed source who
// spoke: the source as written, not "" nor a person named before it.
func TestUnnamedPronoun(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"she added after a spokeswoman for a body",
			"A spokeswoman for the regulator said the review would take months. \"We will look at every complaint,\" she added.",
			"A spokeswoman for the regulator", "she"},
		{"he after a spokesman quoted, not the body named before",
			"Ofgem said bills would rise. A spokesman for the regulator said: \"We know this is hard.\" \"We are doing all we can,\" he added.",
			"A spokesman for the regulator", "he"},
		{"the body's name the cast took for a person is the source's",
			"A spokeswoman for Thames Water said the leak had been fixed.\n\n\"We apologise to customers for the disruption,\" she added.",
			"A spokeswoman for Thames Water", "she"},
		{"an aside between the source and its verb",
			"A spokesman for Severn Water, one of the largest suppliers, said the company welcomed the review. \"We have nothing to hide,\" he said.",
			"A spokesman for Severn Water", "he"},
		{"not the man charged, named before",
			"Gary Pell, 46, appeared in court on Monday.\n\nA spokesman for the Crown Prosecution Service said the file had been reviewed.\n\n\"Criminal proceedings are now active,\" he added.",
			"A spokesman for the Crown Prosecution Service", "he"},
		{"a woman named after the spokesman is the she",
			"A spokesman for the mayor said the budget was fixed. Councillor Ann Ode disagreed. \"It is nothing of the kind,\" she said.",
			"Ann Ode", "she"},
		{"a spokeswoman for a man: she is the spokeswoman",
			"A spokeswoman for Tom Reyes said the mayor was on holiday. \"He will be back on Monday,\" she said.",
			"A spokeswoman for Tom Reyes", "she"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestUnnamedIndirect covers reported speech by an unnamed source whose
// noun tells a person: kept as written, with the body it speaks for.
func TestUnnamedIndirect(t *testing.T) {
	tests := []struct{ name, in, text, speaker string }{
		{"a spokeswoman for a body the cast read as a person",
			"A spokeswoman for Thames Water said the leak had been fixed.",
			"the leak had been fixed", "A spokeswoman for Thames Water"},
		{"an aside between source and verb",
			"A spokesman for Severn Water, one of the largest suppliers, said the company welcomed the review.",
			"the company welcomed the review", "A spokesman for Severn Water"},
		{"a source of no gender makes no indirect quotation",
			"A source close to the talks said a deal was likely within days.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIndirect(t, tt.in, tt.text, tt.speaker)
		})
	}
}

// TestShownOrCharged covers words in marks that are no one's speech: the
// wording of a charge and the words on a placard.
func TestShownOrCharged(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"charged with",
			"The driver, 34, was charged with \"causing death by dangerous driving\" and will appear before magistrates on Monday.",
			[]want{{"causing death by dangerous driving", "", ""}}},
		{"is accused of, with the police as the teller",
			"Gary Pell, 46, of Stoke, is also accused of \"failing to stop after an accident\", police said.",
			[]want{{"failing to stop after an accident", "", ""}}},
		{"accused someone of is the accuser's words",
			"Mayor Ann Ode accused the council of \"cooking the books\" at a meeting on Monday.",
			[]want{{"cooking the books", "Ann Ode", ""}}},
		{"placards reading",
			"Hundreds marched through the city centre carrying placards reading \"Hands off our NHS\" and \"Save our hospital\".",
			[]want{{"Hands off our NHS", "", ""}, {"Save our hospital", "", ""}}},
		{"a shirt that read",
			"Outside the court, the victim's brother wore a shirt that read \"Justice for Jamie\".",
			[]want{{"Justice for Jamie", "", ""}}},
		{"reading something aloud is speech",
			"Councillor Tom Reyes stood up, reading \"we have failed these families\" from a prepared statement.",
			[]want{{"we have failed these families", "Tom Reyes", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.in, tt.want)
		})
	}
}

// TestJointSubject covers coordinated subjects and organisations' names
// the mentions cut short: the speaker is all of them, as written.
func TestJointSubject(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"two surnames before the verb",
			"Smith and Jones said the deal was \"a disaster for farmers\".",
			"Smith and Jones", "Smith and Jones"},
		{"two surnames after a quotation",
			"\"We will appeal,\" Smith and Jones said in a statement.",
			"Smith and Jones", "Smith and Jones"},
		{"two titled people give their names",
			"Senator Ann Ode and Governor Tom Reyes said the bridge would be \"finished by spring\".",
			"Ann Ode and Tom Reyes", "Senator Ann Ode and Governor Tom Reyes"},
		{"two people after the verb",
			"\"We will appeal,\" said Ann Ode and Tom Reyes.",
			"Ann Ode and Tom Reyes", "Ann Ode and Tom Reyes"},
		{"an organisation's name with of the",
			"Friends of the Earth said the ruling was \"a huge victory\".",
			"Friends of the Earth", "Friends of the Earth"},
		{"two organisations",
			"Greenpeace and Friends of the Earth said the ruling was \"a huge victory\".",
			"Greenpeace and Friends of the Earth", "Greenpeace and Friends of the Earth"},
		{"the object of a verb is no conjunct",
			"The mayor met Ann Ode and Tom Reyes said the talks had gone \"very well\".",
			"Tom Reyes", "Tom Reyes"},
		{"a name and an appositive after the verb stay one person",
			"“We will not give up,” said Tom Reyes, and his lawyers backed him.",
			"Tom Reyes", "Tom Reyes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
	ind := []struct{ name, in, text, speaker string }{
		{"two surnames report",
			"Smith and Jones said they would appeal against the ruling.",
			"they would appeal against the ruling", "Smith and Jones"},
		{"a person and her deputy named in apposition",
			"Union leader Maria Costa and her deputy, Alan Briggs, said they would ballot members again in March.",
			"they would ballot members again in March", "Maria Costa and Alan Briggs"},
		{"a deputy named in apposition alone",
			"Her deputy, Alan Briggs, said the union would ballot members again in March.",
			"the union would ballot members again in March", "Alan Briggs"},
	}
	for _, tt := range ind {
		t.Run(tt.name, func(t *testing.T) {
			checkIndirect(t, tt.in, tt.text, tt.speaker)
		})
	}
}

// TestNewcomer covers a "he"/"she" after a paragraph that introduces a
// new person by full name: that person, not one named before.
func TestNewcomer(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a newcomer named as an object in the paragraph before",
			"Labour leader Tom Hollis spoke first. Then it was the turn of Conservative candidate Dai Evans.\n\n\"I will fight for every vote,\" he said.",
			"Dai Evans", "he"},
		{"a newcomer after a preposition opening the paragraph",
			"Mr Hollis visited the farm on Monday.\n\nFor Gwilym Jones, the visit came too late.\n\n\"It was the worst night of my life,\" he said.",
			"Gwilym Jones", "he"},
		{"the subject who met the newcomer in the same sentence keeps the pronoun",
			"Mr Hollis said the talks had stalled.\n\nHe later met Dai Evans, the union's negotiator.\n\n\"We had a good talk,\" he said.",
			"Hollis", "he"},
		{"a body named in one word is no newcomer",
			"Mr Hollis said the hospital would stay open.\n\nHealthwatch said it would publish its own review.\n\n\"Nothing has changed,\" he said.",
			"Hollis", "he"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestMatrixSpeaker covers a quotation after a reported clause with a
// subject of its own: the speaker of the main clause speaks.
func TestMatrixSpeaker(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a named subject of the reported clause",
			"Mayor Ann Ode spoke on Monday. She warned Tom Reyes would not back down, saying \"the council has the votes\".",
			"Ann Ode", "She"},
		{"a description as the main subject",
			"The minister warned Mr Jones would face the sack, saying: \"Nobody is above the rules.\"",
			"The minister", "The minister"},
		{"a relative clause on the reported subject",
			"Smith warned that Jones, who leads the council, would not back down, saying \"we have the votes\".",
			"Smith", "Smith"},
		{"the verb of the reported clause is no cue",
			"Smith said Jones had argued the deal was \"a disaster\".",
			"Smith", "Smith"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}
