package quotes

import "testing"

// TestSpeakerClasses12 covers attribution shapes found in a review of US
// political copy, each class with variants written for the test. The
// quotation under test is the last one; speaker is its canonical speaker
// ("" unattributed).
func TestSpeakerClasses12(t *testing.T) {
	tests := []struct {
		name, in, speaker string
	}{
		// A document after the quotation: the article and the noun are
		// the source, the verb comes after the noun ("report", "note" are
		// verbs of saying too).
		{"the report said",
			"\"Turnout was the highest in a generation,\" the report said.",
			"the report"},
		{"the note says",
			"Inside the parcel was a card. \"Happy birthday from all of us at the depot,\" the note says.",
			"the note"},
		{"a report adds, present tense",
			"The audit office looked at 40 councils. \"Repairs should be checked at frequent intervals,\" a report adds.",
			"a report"},
		{"this report concludes",
			"\"The savings are wishful thinking,\" this report concludes, calling for a new costing.",
			"this report"},
		// "found" closing the sentence after a short noun phrase reports
		// a finding; a passive "was found" does not.
		{"the report found, phrase in a sentence",
			"Without a board to answer to, the trust had \"far too much freedom to spend as it liked\", the report found.",
			"the report"},
		{"a review of the scheme finds",
			"\"Most councils had no plan for a flood,\" a review of the scheme finds.",
			"a review of the scheme"},
		{"the survey of N tenants found",
			"\"Two in three renters expect to pay more next year,\" the survey of 2,000 tenants found.",
			"the survey of 2,000 tenants"},
		{"the body was found: no finding",
			"\"He had been in the water for hours,\" the body was found.",
			""},
		// A nickname in marks inside a name whose first name no list
		// holds: the name is the speaker, the nickname no quotation of
		// anyone's.
		{"FIRST \"NICK\" LAST said after the quotation",
			"\"We will rebuild the pier by spring,\" Marisol \"Sol\" Petrakis said. \"The money is there,\" she added.",
			"Marisol Petrakis"},
		{"said FIRST \"NICK\" LAST, role",
			"\"The books are clean,\" said Ingvar “Ike” Solheim, the club's treasurer. \"Every penny is there,\" he added.",
			"Ingvar Solheim"},
		{"role, FIRST \"NICK\" LAST, shouted to the crowd: Q",
			"The mayor's cousin, Odalys \"Daly\" Ferreira, shouted to the crowd: \"This is a great night for the county!\"",
			"Odalys Ferreira"},
		// A title in marks closing an appositive between the subject and
		// its verb: the comma inside the marks ends the appositive.
		{"As NAME, author of \"TITLE,\" put it, Q",
			"As Nadia Ortega, a historian and author of \"The Long Count,\" put it, \"Nobody remembers the runners-up.\"",
			"Nadia Ortega"},
		{"As SURNAME, author of \"TITLE,\" put it, Q",
			"Historian Grace Okafor has studied the valley for decades. As Okafor, author of \"River Towns,\" put it, \"Nobody remembers the runners-up.\"",
			"Grace Okafor"},
		{"As the historian NAME, author of \"TITLE,\" put it: Q",
			"As the historian Nadia Ortega, author of \"The Long Count,\" put it: \"Nobody remembers the runners-up.\"",
			"Nadia Ortega"},
		{"SURNAME, author of \"TITLE,\" told the crowd: Q (not the crowd)",
			"Historian Grace Okafor spoke last. Okafor, author of \"River Towns,\" told the crowd: \"Nobody remembers the runners-up.\"",
			"Grace Okafor"},
		{"said on \"SHOW,\" adding, Q: the participle keeps the first speaker",
			"\"The mayor would be the best pick, but she won't run,\" Ruth Kagame said on \"Morning Desk,\" adding, \"Her problem is that nobody outside the city knows her.\"",
			"Ruth Kagame"},
		// A role naming a title, then the name set off by commas: the
		// name speaks; words in the title's marks never do.
		{"The host of \"SHOW,\" NAME, said, Q",
			"The host of \"Morning Desk,\" Nadia Ortega, said, \"Nobody remembers the runners-up.\"",
			"Nadia Ortega"},
		{"The star of \"SHOW,\" NAME, told reporters: Q",
			"The star of \"Harbour Lights,\" Priya Anand, told reporters: \"We start filming in May.\"",
			"Priya Anand"},
		{"The author of \"BOOK,\" SURNAME, said, Q: not the title",
			"The author of \"River Towns,\" Okafor, said, \"Nobody remembers the runners-up.\"",
			""},
		// A quote-only paragraph after a paragraph about the person who
		// spoke last: that person goes on.
		{"quote-only paragraph after a sentence about the last speaker",
			"\"The county needs a new bridge,\" said Marta Kowalski, the council leader.\n\nKowalski is hopeful about the vote, in part because she sees the opposition as divided.\n\n\"Not only can we win the vote, we can win it by a wide margin.\"",
			"Marta Kowalski"},
		{"quote-only paragraph after 'She pauses.'",
			"\"Are you with us on Tuesday?\" asked Dolores Reyes, a volunteer, into the phone.\n\nShe pauses.\n\n\"Well, that is good to hear, we will see you there.\"",
			"Dolores Reyes"},
		{"quote-only paragraph after a pronoun subject",
			"\"We will not close the library,\" Mayor Ian Doyle said on Monday.\n\nHe has faced pressure from his own party over the budget for months.\n\n\"I have told them the answer is no, and it will stay no.\"",
			"Ian Doyle"},
		{"a sentence about someone else: no guess",
			"\"We will not close the library,\" Mayor Ian Doyle said on Monday.\n\nHis rival, Rosa Lind, has campaigned against the cuts for months.\n\n\"I have told them the answer is no, and it will stay no.\"",
			""},
		// "X goes on to say" with a subject the cast lacks: the noun
		// phrase before "goes on".
		{"The letter goes on to say: Q",
			"The letter goes on to say: \"We expect a full answer within a month.\"",
			"The letter"},
		{"The ruling went on to say that PHRASE",
			"The ruling went on to say that \"no court can order a recount after the deadline has passed.\"",
			"The ruling"},
		{"A surname the cast lacks went on to say, Q",
			"Wendt went on to say, \"From the start I knew this would be a long fight for the valley.\"",
			"Wendt"},
		// A participle after a clause opened by "as" or "when" whose
		// subject speaks, in a sentence whose own subject is no source.
		{"It was ..., as NAME echoed the attack, saying PHRASE",
			"It was a bruising night for the governing party, as Ms Reid echoed the attack, saying the minister \"has never once stood up for the nurses.\"",
			"Reid"},
		{"When he returned he began by saying, Q",
			"Judge Amir Haddad took a short recess. When he returned he began by saying, \"I do not think a prison term is needed.\"",
			"Amir Haddad"},
		{"There was ..., as she put it to the board, saying Q",
			"Councillor Ines Duarte voted last. There was no doubt about her view, as she told the board on Monday, saying \"the depot has to stay open.\"",
			"Ines Duarte"},
		// A name before a source noun only qualifies it.
		{"when NAME supporters interrupted, shouting Q: not NAME",
			"The rally was cut short when Ode supporters interrupted her speech, shouting \"four more years!\"",
			"supporters"},
		// A day phrase of two or more words between the subject and the
		// verb: "on Tuesday night", "late on Friday", "Monday morning".
		{"NAME on Tuesday night warned: Q",
			"Councillor Petra Ode spoke first. Ode on Tuesday night warned: \"There are nine contests in the next month, and our rivals will spend heavily.\"",
			"Petra Ode"},
		{"an email sent out by NAME on Tuesday night warned of X: Q",
			"Councillor Petra Ode is running again. A fundraising email sent out by Ode on Tuesday night warned of the hard weeks ahead: \"Our rivals will spend heavily in every ward.\"",
			"Petra Ode"},
		{"Q, NAME late on Friday told supporters",
			"Councillor Petra Ode is running again. \"There are nine contests in the next month,\" Ode late on Friday told supporters.",
			"Petra Ode"},
		{"a name ending in a month is no day phrase",
			"\"We were amazed at the crowd that night,\" guitarist Amelia May wrote on her website.",
			"Amelia May"},
		// A lower-case word of office before a titled name in an
		// appositive: "state Sen.", "former Gov.".
		{"Q! ROLE, state Sen. NAME, shouted to the crowd (not the crowd)",
			"\"This is a big year for our county!\" Ode's niece, state Sen. Rosa Mendez, shouted to the crowd.",
			"Rosa Mendez"},
		{"Q, ROLE, state Rep. NAME, said",
			"\"We will not back down,\" the bill's sponsor, state Rep. Tom Hale, said on Monday.",
			"Tom Hale"},
		{"ROLE, county Judge NAME, told the board: Q",
			"The panel's chair, county Judge Ada Brandt, told the board: \"We will meet again in June.\"",
			"Ada Brandt"},
		// A pronoun or quantifier stays the speaker: "one said".
		{"one said",
			"Several nurses left the ward at noon. \"We are not done yet,\" one said.",
			"one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeakerName(t, tt.in, tt.speaker)
		})
	}
}

// TestNicknameNotSpeech12: the nickname inside a name stays unattributed.
func TestNicknameNotSpeech12(t *testing.T) {
	for _, in := range []string{
		"\"We will rebuild the pier by spring,\" Marisol \"Sol\" Petrakis said.",
		"Ingvar “Ike” Solheim, the club's treasurer, said: “The books are clean.”",
	} {
		for _, q := range find(in) {
			if (q.Text == "Sol" || q.Text == "Ike") && (q.Speaker != "" || q.Cue != "") {
				t.Errorf("%q: nickname %q given speaker %q cue %q", in, q.Text, q.Speaker, q.Cue)
			}
		}
	}
}

// TestLongTitlesNotSpeech12: titles of books, shows and programmes stay
// unattributed when they are linked by "with", "by" or "or", or run past
// seven words behind a subtitle's colon; a sentence of speech and a
// shouted sentence in the same places keep their speaker.
// Sentences written for this test.
func TestLongTitlesNotSpeech12(t *testing.T) {
	tests := []struct {
		in, words, speaker string
	}{
		{"\"The harbour will be rebuilt,\" said Ana Ruiz, author of the book \"Tides of Change: How a Fishing Town Won Back Its Port and Its Future.\"", "Tides of Change: How a Fishing Town Won Back Its Port and Its Future.", ""},
		{"Mayor Tom Hale appeared on \"Sunday Morning with Priya Shah,\" where he defended the budget.", "Sunday Morning with Priya Shah,", ""},
		{"\"We were right to wait,\" Hale said on \"The Hour with Dan Mercer.\"", "The Hour with Dan Mercer.", ""},
		{"Hale keeps a copy of \"Drought: Why Great Rivers Fail and What Comes After,\" on his desk.", "Drought: Why Great Rivers Fail and What Comes After,", ""},
		{"Hale said, \"We will finish the road this year, with or without the grant.\"", "We will finish the road this year, with or without the grant.", "Tom Hale"},
		{"\"Our Answer Is Simple: We Will Not Pay The New Toll On Our Own Road!\" the drivers shouted as Hale arrived.", "Our Answer Is Simple: We Will Not Pay The New Toll On Our Own Road!", "the drivers"},
	}
	for _, tt := range tests {
		in := tt.in
		if tt.speaker == "Tom Hale" {
			in = "Mayor Tom Hale spoke on Monday. " + in
		}
		found := false
		for _, q := range find(in) {
			if q.Text != tt.words {
				continue
			}
			found = true
			if q.Speaker != tt.speaker {
				t.Errorf("%q: %q speaker %q (cue %q), want %q", in, q.Text, q.Speaker, q.Cue, tt.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no quotation %q", in, tt.words)
		}
	}
}

// TestBracketSource12: a digest's excerpt credited in brackets closing
// its paragraph is the publication's; a speaker found otherwise stays,
// and a bracket inside a sentence credits no one. Lines written for this
// test.
func TestBracketSource12(t *testing.T) {
	tests := []struct {
		in, words, speaker string
	}{
		{"TRAIN STRIKE ENDS AFTER LATE TALKS “Drivers will return to work on Monday after the union accepted a four percent offer.” [Reuters.]",
			"Drivers will return to work on Monday after the union accepted a four percent offer.", "Reuters"},
		{"LIBRARY CUTS LOOM “The council has not ruled out further closures before the end of the year.” [Evening Post | Paywall]",
			"The council has not ruled out further closures before the end of the year.", "Evening Post"},
		{"Prices up again \"Consumer prices rose faster than expected in March, driven by food and fuel.\" [AP]",
			"Consumer prices rose faster than expected in March, driven by food and fuel.", "AP"},
		{"Late deciders split. Analyst Jon Ode: “Data from our panel shows both issues mattered to late deciders.” [HuffPost.]",
			"Data from our panel shows both issues mattered to late deciders.", "Jon Ode"},
		{"The mayor called the plan “a mess” [sic] and left the meeting early.",
			"a mess", "The mayor"},
	}
	for _, tt := range tests {
		found := false
		for _, q := range find(tt.in) {
			if q.Text != tt.words {
				continue
			}
			found = true
			if q.Speaker != tt.speaker {
				t.Errorf("%q: %q speaker %q (cue %q), want %q", tt.in, q.Text, q.Speaker, q.Cue, tt.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no quotation %q", tt.in, tt.words)
		}
	}
}

// TestAsIfToSay12: a look or gesture read as words ("as if to say, “Q”")
// does not inherit the speaker of the quotation before it in the
// paragraph; the cue stays. Sentences written for this test.
func TestAsIfToSay12(t *testing.T) {
	tests := []struct{ in, words string }{
		{"Judge Ann Ode said, \"There will be no prison term.\" My lawyer's face turned to me, his eyes gleaming, as if to say, \"Did you see that?\"", "Did you see that?"},
		{"Coach Rita Varga said, \"We gave everything tonight.\" My father's face lit up, his scarf raised, as if to say: \"Finally, a win.\"", "Finally, a win."},
		{"Tom Hale told the hall, \"We lost the vote.\" My neighbour's face fell, her hands in her lap, as if to say, \"What now?\"", "What now?"},
	}
	for _, tt := range tests {
		found := false
		for _, q := range find(tt.in) {
			if q.Text != tt.words {
				continue
			}
			found = true
			if q.Speaker == "Ann Ode" || q.Speaker == "Tom Hale" || q.Speaker == "Rita Varga" {
				t.Errorf("%q: %q speaker %q cue %q, want no inherited speaker", tt.in, q.Text, q.Speaker, q.Cue)
			}
		}
		if !found {
			t.Errorf("%q: no quotation %q", tt.in, tt.words)
		}
	}
}
