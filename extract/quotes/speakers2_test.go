package quotes

import "testing"

// TestParticleSurname covers surnames with lower-case particles: the full
// name is the person, and a later mention by the surname alone keeps its
// particles ("de la Cruz said").
func TestParticleSurname(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"two particles, first name the lexicon lacks",
			"Rafael de la Cruz, the club's coach, was sacked on Monday. \"I gave everything,\" de la Cruz said.",
			"Rafael de la Cruz", "de la Cruz"},
		{"von der, lower case mid-sentence",
			"Ursula von der Leyen, the Commission president, arrived in Kyiv on Tuesday. \"We stand with Ukraine,\" von der Leyen said.",
			"Ursula von der Leyen", "von der Leyen"},
		{"a particle before a surname with a suffix",
			"Ludwig van Beethoven Jr, the conductor, spoke after the concert. \"The orchestra was superb,\" van Beethoven said.",
			"Ludwig van Beethoven Jr", "van Beethoven"},
		{"a pronoun after the full name",
			"Rafael de la Cruz said the team would fight on. \"We are not finished,\" he said.",
			"Rafael de la Cruz", "he"},
		{"an honorific before the particles",
			"Rafael de la Cruz was sacked. \"I gave everything,\" said Mr de la Cruz.",
			"Rafael de la Cruz", "Mr de la Cruz"},
		{"capitalised particle opening the mention",
			"Mark van der Berg, the Dutch finance minister, warned of cuts. \"There is no money left,\" Van der Berg said.",
			"Mark van der Berg", "Van der Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestDescribedPronoun covers a "he"/"she" whose only antecedent is a
// description: the described person as written, or the named holder when
// the story names one; never someone of the other gender.
func TestDescribedPronoun(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a peer by rank, with a relative clause",
			"The earl, who inherited the estate in 1998, said the house would reopen in spring. \"We have done everything we can to save it,\" he said.",
			"The earl", "he"},
		{"a cleric who spoke to others",
			"The archbishop told the congregation that the church would not close. \"This building belongs to all of us,\" he said.",
			"The archbishop", "he"},
		{"a possessor's role",
			"The club's owner, who bought the team last year, said the stadium would be rebuilt. \"The fans deserve better,\" she said.",
			"The club's owner", "she"},
		{"a role with its city, a paragraph before",
			"The mayor of Leeds opened the new bridge on Friday.\n\n\"It has been a long wait for the people of this city,\" he said.",
			"The mayor of Leeds", "he"},
		{"an organisation between is no antecedent",
			"The bishop visited the village. Police said the river had peaked. \"I have never seen anything like this,\" he said.",
			"The bishop", "he"},
		{"the holder named beside a title with a see",
			"The Earl of Wessex, Tom Brand, inherited the estate in 1998. The earl said the house would reopen in spring. \"We have done everything we can,\" he said.",
			"Tom Brand", "he"},
		{"the holder named beside a role",
			"The club's owner, Ann Roe, bought the team last year. The owner said the stadium would be rebuilt. \"The fans deserve better,\" she said.",
			"Ann Roe", "she"},
		{"a man named after the description is the he",
			"The archbishop met Tom Reyes, the prime minister, on Monday. \"We spoke about refugees,\" he said.",
			"Tom Reyes", "he"},
		{"an unnamed appositive of the description",
			"The club's new owner, a businessman from Leeds, said the stadium would be rebuilt. \"The fans deserve better,\" he said.",
			"The club's new owner", "he"},
		{"a rank of the same gender",
			"The duke visited the barracks on Monday. \"These men are heroes,\" he said.",
			"The duke", "he"},
		{"the holder named with the rank as title",
			"Countess Ann Roe opened the fete. The countess said the weather had been kind. \"It was a lovely day,\" she said.",
			"Ann Roe", "she"},
		{"a title of the other gender is not the he",
			"The countess opened the fete. \"It was a lovely day,\" he said.",
			"", "he"},
		{"a description inside its sentence is too loose a tie",
			"Flood waters rose overnight and the bishop visited the village. \"I have never seen anything like this,\" he said.",
			"", "he"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestRunOnAttributedAtEnd covers a quotation running over paragraphs
// whose attribution comes only at the end of the last, with a name set
// off beside a description: every paragraph is the speaker's.
func TestRunOnAttributedAtEnd(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"description, name, said",
			"\"We have waited long enough for this bridge.\n\n\"The people of this city deserve better,\" the mayor, Tom Reyes, said.",
			[]want{{"We have waited long enough for this bridge.", "Tom Reyes", ""}, {"The people of this city deserve better,", "Tom Reyes", ""}}},
		{"three paragraphs, told reporters",
			"\"We waited.\n\n\"We lost everything.\n\n\"The people of this city deserve better,\" the city's mayor, Tom Reyes, told reporters.",
			[]want{{"We waited.", "Tom Reyes", ""}, {"We lost everything.", "Tom Reyes", ""}, {"The people of this city deserve better,", "Tom Reyes", ""}}},
		{"a relative clause between name and verb",
			"\"We have waited long enough.\n\n\"The people deserve better,\" Mr Reyes, who has been mayor since 2019, said.",
			[]want{{"We have waited long enough.", "Reyes", ""}, {"The people deserve better,", "Reyes", ""}}},
		{"according to after the last paragraph",
			"\"We have waited long enough.\n\n\"The people deserve better,\" according to Tom Reyes, the mayor.",
			[]want{{"We have waited long enough.", "Tom Reyes", ""}, {"The people deserve better,", "Tom Reyes", ""}}},
		{"a long description before the name",
			"\"We have waited long enough.\n\n\"The people deserve better,\" the city's long-serving mayor, Tom Reyes, said on Monday.",
			[]want{{"We have waited long enough.", "Tom Reyes", ""}, {"The people deserve better,", "Tom Reyes", ""}}},
		{"the last paragraph's own speaker, not the one named before",
			"Tom Reyes, the mayor, was there.\n\n\"We have waited long enough.\n\n\"The people deserve better,\" Ann Roe, the council leader, added.",
			[]want{{"We have waited long enough.", "Ann Roe", ""}, {"The people deserve better,", "Ann Roe", ""}}},
		{"the end attribution over a sentence before the opening mark",
			"Tom Reyes spoke first. \"We have waited long enough.\n\n\"The people deserve better,\" Ann Roe, the council leader, added.",
			[]want{{"We have waited long enough.", "Ann Roe", ""}, {"The people deserve better,", "Ann Roe", ""}}},
		{"a colon in the opening sentence keeps its speaker",
			"Tom Reyes said: \"We have waited long enough.\n\n\"The people deserve better,\" he added.",
			[]want{{"We have waited long enough.", "Tom Reyes", ""}, {"The people deserve better,", "Tom Reyes", ""}}},
		{"opening attribution carries through",
			"Ann Roe, the union's general secretary, said: \"Members are angry.\n\n\"They have been let down.\n\n\"We will strike if we have to.\"",
			[]want{{"Members are angry.", "Ann Roe", ""}, {"They have been let down.", "Ann Roe", ""}, {"We will strike if we have to.", "Ann Roe", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("got %s, want %d quotations", dump(got), len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Text != w.text || got[i].Speaker != w.speaker {
					t.Errorf("%d: %q by %q, want %q by %q", i, got[i].Text, got[i].Speaker, w.text, w.speaker)
				}
			}
		})
	}
}

// TestWhoseClause covers "Body, whose ROLE, NAME, ..." sentences: speech
// inside the relative clause is the named person's; the main clause's
// verb after it is the body's.
func TestWhoseClause(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"partial inside the clause, the firm's verb after it",
			"Bellway Homes, whose chief executive, Jason Holt, said the market was \"cooling fast\", cut its forecast on Tuesday.",
			"Jason Holt", "Jason Holt"},
		{"warned that inside the clause",
			"The union, whose general secretary, Ann Roe, warned that members were \"angry and exhausted\", will ballot next month.",
			"Ann Roe", "Ann Roe"},
		{"direct quotation inside the clause",
			"The charity, whose director, Mary Lane, said: \"We are stretched to breaking point,\" is appealing for funds.",
			"Mary Lane", "Mary Lane"},
		{"the body speaks after the clause closes",
			"The union, whose leader, Ann Roe, has warned of strikes, said it was \"ready to talk\".",
			"The union", "The union"},
		{"a named body speaks after the clause closes",
			"Acme Foods, whose founder, Tom Reyes, died last year, said the takeover was \"what he would have wanted\".",
			"Acme Foods", "Acme Foods"},
		{"an unnamed role in the clause, not the body",
			"Acme Foods, whose chief executive said last month that sales were \"very strong\", issued a profit warning.",
			"chief executive", "chief executive"},
		{"the body's own verb after a clause with no speech",
			"The union, whose members voted on Friday, said the offer was \"an insult\".",
			"The union", "The union"},
		{"an appositive after the name keeps the name",
			"Ann Roe, the union's leader, a former nurse, said members were \"angry and exhausted\".",
			"Ann Roe", "the union's leader"},
		{"a pronoun after the sentence is the person, not the body",
			"Unite, whose general secretary, Sharon Graham, led the talks, rejected the offer. \"It is an insult,\" she said.",
			"Sharon Graham", "she"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestParticleVerbAfterQuote covers verbs that are speech only with their
// particle right after a quotation ("shot back", "cut in").
func TestParticleVerbAfterQuote(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"shot back, inverted", "\"That is nonsense,\" shot back Ann Roe, the union leader.", "Ann Roe", "Ann Roe"},
		{"cut in, inverted", "\"That is nonsense,\" cut in Ann Roe.", "Ann Roe", "Ann Roe"},
		{"cut with an object is no cue",
			"Bellway Homes, which said the market was \"cooling fast\", cut its forecast on Tuesday.",
			"Bellway Homes", "Bellway Homes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestCalledInRelativeClause covers "which he called “Q”" and "what
// they described as “Q”": the words are the clause's subject's, and a
// "they" there is the group opening the sentence.
func TestCalledInRelativeClause(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"which he called",
			"Tom Reyes attacked the plan, which he called \"a disgrace to this city\".",
			"Tom Reyes", "Tom Reyes"},
		{"in what she described as",
			"Ann Roe defended the budget, in what she described as \"the hardest year since the war\".",
			"Ann Roe", "Ann Roe"},
		{"she names a woman of the sentence before",
			"Mary Lane welcomed the deal. The court ruling, which she called \"a victory for common sense\", came after a two-year fight.",
			"Mary Lane", "she"},
		{"they: a group the mentions split",
			"Union leaders condemned the offer, which they described as \"an insult\".",
			"Union leaders", "they"},
		{"they: a plural noun the cast lacks",
			"The unions condemned the offer, which they called \"an insult to every nurse\".",
			"The unions", "they"},
		{"they: a plural noun after another sentence",
			"Police arrested two men. Residents welcomed the arrests, which they called \"long overdue\".",
			"Residents", "they"},
		{"it: a body the cast names",
			"The Home Office published figures, which it called \"a turning point\".",
			"The Home Office", "it"},
		{"it: a body's name the cast lacks",
			"The Treasury published figures, which it called \"a remarkable recovery\".",
			"The Treasury", "it"},
		{"it: a nearer body in the sentence stays open",
			"They paid $300,000 to Harlow Analytics, which builds what it calls \"psychographic\" profiles.",
			"", "it"},
		{"they after a passive subject stays open",
			"The old rule was scrapped in 1999, which let banks form what they called \"financial supermarkets\".",
			"", "they"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestBodyTakesNoPronoun covers a "he"/"she" after a sentence whose
// subject is a firm: the person named before it, never the firm.
func TestBodyTakesNoPronoun(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a firm named by its trade",
			"Tom Reyes runs a shop on the high street. Bellway Homes said the rent would rise. He said: \"I cannot afford this.\"",
			"Tom Reyes", "He"},
		{"a water company",
			"Ann Roe, 52, lives near the river. Thames Water said the leak had been fixed. She said: \"It took them a week.\"",
			"Ann Roe", "She"},
		{"a firm's plan: said it would",
			"Tom Reyes works in the City. Morgan Stanley said it would cut 2,000 jobs. He said: \"Everyone is worried.\"",
			"Tom Reyes", "He"},
		{"a firm's plan: announced it would",
			"Tom Reyes works in the City. Morgan Stanley announced it would cut 2,000 jobs. He said: \"Everyone is worried.\"",
			"Tom Reyes", "He"},
		{"a firm with a relative clause",
			"Tom Reyes works in the City. Morgan Stanley, which employs 80,000 people, said the cuts were needed. He said: \"Everyone is worried.\"",
			"Tom Reyes", "He"},
		{"a person who said it would be hard keeps the pronoun",
			"Tom Reyes works in the City. Kwame Mensah said it would be a hard year. He said: \"Everyone is worried.\"",
			"Kwame Mensah", "He"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestAppositiveGender covers "the party's deputy leader, Mary Lane,"
// with a pronoun after it: the gender picks between her and the man
// named before.
func TestAppositiveGender(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"he after a woman named by appositive",
			"Tom Reyes, the party leader, spoke first. The party's deputy leader, Mary Lane, said the vote was close. \"We will win it,\" he said.",
			"Tom Reyes", "he"},
		{"she after the same",
			"Tom Reyes, the party leader, spoke first. The party's deputy leader, Mary Lane, said the vote was close. \"We will win it,\" she said.",
			"Mary Lane", "she"},
		{"she after a man named by appositive",
			"Ann Roe opened the meeting. The club's chairman, Paul Hart, said the accounts were sound. \"There is nothing to hide,\" she said.",
			"Ann Roe", "she"},
		{"he after her direct quotation",
			"Tom Reyes, the party leader, spoke first. \"The vote is close,\" said the party's deputy leader, Mary Lane. \"We will win it,\" he said.",
			"Tom Reyes", "he"},
		{"he after a quotation she told a broadcaster",
			"Tom Reyes, the party leader, was in Leeds. \"The vote is close,\" the party's deputy leader, Mary Lane, told the BBC. \"We will win it,\" he said.",
			"Tom Reyes", "he"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}
