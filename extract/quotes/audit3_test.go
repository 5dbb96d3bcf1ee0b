package quotes

import (
	"strings"
	"testing"
)

// TestUnnamedSubject3 covers a "he"/"she" after an unnamed source that
// was the last subject of a verb of saying: the source as written, even
// when its noun carries no gender ("a senior nurse"), the cast did not
// read it ("A school spokeswoman"), an aside stands between it and its
// verb, or a named person of the pronoun's gender was quoted before it.
func TestUnnamedSubject3(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"a nurse who asked not to be named, after a named woman",
			"Rachel Dunmore, who runs the patients' forum, said the ward was \"on its knees\".\n\n" +
				"\"We will not stop until it reopens,\" said Dunmore.\n\n" +
				"A senior nurse at the hospital, who asked not to be named because she feared losing her job, said the rota had collapsed.\n\n" +
				"\"Some weekends there are two of us for forty beds,\" she said.",
			"A senior nurse", "she"},
		{"a lower-case body before the spokeswoman",
			"Linda Marr, a parent, said the closure was cruel. \"They have not listened,\" Marr said.\n\n" +
				"A school spokeswoman said the building was unsafe. \"We have looked at every option,\" she said.",
			"A school spokeswoman", "she"},
		{"she added a paragraph later",
			"Linda Marr, a parent, said the closure was cruel. \"They have not listened,\" Marr said.\n\n" +
				"A school spokeswoman said the building was unsafe. \"We have looked at every option,\" she said.\n\n" +
				"She added: \"We would reopen the hall tomorrow if we could afford it.\"",
			"A school spokeswoman", "She"},
		{"a neutral source and he, after a named man",
			"Owen Pryce said the pier should never have closed. \"It was the heart of the town,\" Pryce said.\n\n" +
				"A lifeboat volunteer, who did not want to be identified, said the structure had been unsafe for years. \"I would not let my children on it,\" he said.",
			"A lifeboat volunteer", "he"},
		{"the body the spokesman speaks for, with an apostrophe",
			"Karen Holt said she had complained twice. \"Nobody called me back,\" Holt said.\n\n" +
				"A spokesman for the Children's Commissioner said the case was under review. \"We take every report seriously,\" he said.",
			"A spokesman for the Children's Commissioner", "he"},
		{"a hospital spokesman the cast does not read, he after a named man",
			"Dr Alan Frew said the waiting list was a scandal.\n\nA hospital spokesman said extra clinics would open in March.\n\n\"We expect the list to halve by the summer,\" he said.",
			"A hospital spokesman", "he"},
		{"a named woman after the nurse keeps the she",
			"A senior nurse said the rota had collapsed. Health minister Joan Avery visited on Friday. \"I have heard the staff,\" she said.",
			"Joan Avery", "she"},
		{"an appositive names the person: not the source",
			"Tessa Grange, a Green member of the county council said the plan was flawed. \"It fails the villages,\" she added.",
			"Tessa Grange", "she"},
		{"a source inside someone's reported speech is not the she",
			"Maria Lund said a midwife had told her the unit was unsafe at night. \"I believed her,\" she said.",
			"Maria Lund", "she"},
		{"a source met in a subordinate clause is not the he",
			"When a steward asked Paul Kerr to leave, he refused. \"I had a ticket,\" he said.",
			"Paul Kerr", "he"},
		{"a source named in apposition is that person",
			"A spokesman for the builders, Dr Ravi Menon, told reporters the rules would help.\n\n\"It will bring better homes,\" he said.",
			"Ravi Menon", "he"},
		{"a group is no she",
			"Jill Orme said the plan was flawed. Local residents said the road was dangerous. \"We have seen three crashes,\" she said.",
			"Jill Orme", "she"},
		{"a report is no he",
			"Tom Rudd said the figures were wrong. A report by the auditors said costs had doubled. \"They have counted twice,\" he said.",
			"Tom Rudd", "he"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}

// TestTerm3 covers short quoted phrases that are a term, a name or a
// slogan the writer marks, not speech, though a verb of saying governs
// the sentence; and the verdicts in marks beside them that stay speech.
func TestTerm3(t *testing.T) {
	tests := []struct{ name, in, text, speaker string }{
		{"a slogan under a banner, police said",
			"Fishermen will sail up the estuary on Sunday under the banner \"Save the Pier, Save the Town\", police said, and the swing bridge will stay open.",
			"Save the Pier, Save the Town", ""},
		{"marching under the slogan",
			"Nurses marched through the city centre under the slogan \"Safe Staffing Saves Lives\", the union said.",
			"Safe Staffing Saves Lives", ""},
		{"a name in use among locals",
			"The dispute centres on what villagers call \"the long drop\" — a stretch of cliff path that has partly collapsed.",
			"the long drop", ""},
		{"a name before the noun it qualifies",
			"The council said a new \"ask first\" advice service, open six days a week, would help tenants before they sign.",
			"ask first", ""},
		{"a company's policy by name",
			"The bank said its \"Branch in Your Pocket\" policy had cut queues by half.",
			"Branch in Your Pocket", ""},
		{"a named practice taken up",
			"Bus drivers began a \"work to contract\" on Monday, refusing overtime, the union said.",
			"work to contract", ""},
		{"a named practice followed by",
			"The walkout will be followed by a \"go-slow\" in the new year, with crews keeping strictly to the timetable, organisers said.",
			"go-slow", ""},
		{"known as",
			"Lawyers said the firm had relied on a loophole known as \"double dipping\" for a decade.",
			"double dipping", ""},
		// Speech beside them stays speech.
		{"a verdict before a noun is the speaker's",
			"Mr Dale said the council's \"cruel and heartless\" plan would fail.",
			"cruel and heartless", "Dale"},
		{"a graded verdict before a noun",
			"Ms Kerr said cutting the route was the \"less damaging\" choice.",
			"less damaging", "Kerr"},
		{"what a named person called it",
			"Ann Pryor quit the board over what she called \"bullying\" by its chairman.",
			"bullying", "Ann Pryor"},
		{"a description governed by said",
			"Ms Kerr said farmers had been hit by a \"perfect storm\" of costs.",
			"perfect storm", "Kerr"},
		{"a promised policy",
			"Mr Dale promised a \"fair but firm\" policy on parking.",
			"fair but firm", "Dale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			for _, q := range got {
				if q.Text != tt.text {
					continue
				}
				if !strings.Contains(q.Speaker, tt.speaker) || tt.speaker == "" && q.Speaker != "" {
					t.Errorf("%q: speaker %q (cue %q), want %q", q.Text, q.Speaker, q.Cue, tt.speaker)
				}
				return
			}
			t.Fatalf("no quotation %q in %+v", tt.text, got)
		})
	}
}
