package quotes

import "testing"

// TestRecallRules covers the attribution of quoted phrases inside
// sentences: each case is one rule, in sentences written for the test.
func TestRecallRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a quote ending its sentence inside the marks does not hide the next sentence's subject",
			"Mayor Ann Ode opened the session with a warning about \"a budget that nobody wanted.\" She then urged the council to \"keep every library open until spring.\"",
			[]want{{"a budget that nobody wanted.", "Ann Ode", ""}, {"keep every library open until spring.", "Ann Ode", ""}}},
		{"the subject of the stance verb in a subordinate clause",
			"Governor Tom Reyes faced questions on Monday. Though he brushed off the leaked remarks as “idle chatter,” his critics were not persuaded.",
			[]want{{"idle chatter,", "Tom Reyes", ""}}},
		{"a share of a poll's respondents says",
			"The poll of 900 residents found deep unease. About four in 10 said they were “very worried” about rents. Most said the council was “out of touch.”",
			[]want{{"very worried", "About four in 10", ""}, {"out of touch.", "Most", ""}}},
		{"a name behind role words opens the sentence",
			"Former prosecutor and city councillor Ann Ode, who backs the mayor, criticised the audit, calling it a “whitewash.”",
			[]want{{"whitewash.", "Ann Ode", ""}}},
		{"a name behind a possessive opens the sentence",
			"The Herald’s Tom Barker defended the story, saying the paper had to “follow the money.”",
			[]want{{"follow the money.", "Tom Barker", ""}}},
		{"a subordinate clause's subject does not speak for the main clause",
			"When Governor Tom Reyes arrived at the depot, workers waved a banner about “fair pay” at him.",
			[]want{{"fair pay", "", ""}}},
		{"a phrase in the next sentence goes on with the reported speech",
			"Ms Ode took questions for an hour. \"It was an ambush,\" she says. It was \"the new kind of gotcha journalism.\"",
			[]want{{"It was an ambush,", "Ode", ""}, {"the new kind of gotcha journalism.", "Ode", ""}}},
		{"a paraphrase closed by its attribution, then a phrase",
			"Such lapses are common, Mr Tom Reyes added. But a lapse is not \"a crime under any law we have.\"",
			[]want{{"a crime under any law we have.", "Tom Reyes", ""}}},
		{"no speech reported before: the phrase stays alone",
			"Ann Ode spoke first. The plan would be paid for by \"closing every loophole for the most fortunate.\"",
			[]want{{"closing every loophole for the most fortunate.", "", ""}}},
		{"a short phrase in the next sentence stays a scare quote",
			"Mr Tom Reyes told me his support makes him \"more honest\" than others. It turns out even \"honesty\" is relative.",
			[]want{{"more honest", "Tom Reyes", ""}, {"honesty", "", ""}}},
		{"a sentence of names after an attributed quote is more of the speech",
			"\"Two people know how to do that,\" said Ann Ode, a strategist who once worked for the mayor. \"Tom Reyes and Ed Marsh.\"",
			[]want{{"Two people know how to do that,", "Ann Ode", ""}, {"Tom Reyes and Ed Marsh.", "Ann Ode", ""}}},
		{"a headline naming the speaker before a colon stays unattributed",
			"Tom Reyes: 'We will finish the bridge by spring.'\n\nGovernor Tom Reyes spoke to reporters on Monday about the river crossing, which has been delayed all winter.",
			[]want{{"We will finish the bridge by spring.", "", ""}}},
		{"a Title Case headline capitalises its articles and stays a headline",
			"Ann Ode: Council ‘Not Fit To Run The City Of Lakeside’\n\nMayor Ann Ode attacked the council on Friday in a long speech to business leaders about the budget.",
			[]want{{"Not Fit To Run The City Of Lakeside", "", ""}}},
		{"a definite description opening the clause speaks, whatever its noun",
			"The retired surgeon has given few details about his plans, saying only that he was “refining a few things for the months ahead.”",
			[]want{{"refining a few things for the months ahead.", "The retired surgeon", ""}}},
		{"a pull quote signed on a dash line below it",
			"“We will not back down.”\n\n— Ann Ode, union leader.\n\nThe strike at the depot entered its third week on Monday.",
			[]want{{"We will not back down.", "Ann Ode", ""}}},
		{"a possessive pronoun before a noun of speech names the speaker",
			"Senator Ann Ode spoke in Dayton on Monday. Unions were angry about her March comment that \"we will close every plant in the state.\"",
			[]want{{"we will close every plant in the state.", "Ann Ode", ""}}},
		{"the subject stands for the possessive pronoun",
			"Governor Tom Reyes stood by his claim that the audit was \"a political stunt from start to finish.\"",
			[]want{{"a political stunt from start to finish.", "Tom Reyes", ""}}},
		{"a possessive pronoun closing a phrase does not speak for the clause after it",
			"Governor Tom Reyes has dropped the attacks from his speech, his aides are planning a “fresh start” next week.",
			[]want{{"fresh start", "", ""}}},
		{"a surname the cast never introduced still opens the clause",
			"At the debate, Sanders compared himself to his rival, saying, \"I don’t take speaking fees from any bank on Wall Street.” It was a line that Sanders has used at every rally.",
			[]want{{"I don’t take speaking fees from any bank on Wall Street.", "Sanders", ""}}},
		{"a capitalised word that only opens sentences is no name",
			"Tunnels are so common under the town that the ground is known as “cheese full of holes.”",
			[]want{{"cheese full of holes.", "", ""}}},
		{"a sentence opener is no name",
			"In Lakeside, the council spent “far more than anyone was told.”",
			[]want{{"far more than anyone was told.", "", ""}}},
		{"a longer noun phrase after the quotation speaks",
			"\"Will he be the next chief of police?\" a councillor in the gallery wondered. \"From day one, I put the budget first,\" the tall, 71-year-old mayor said in an interview.",
			[]want{{"Will he be the next chief of police?", "a councillor in the gallery", ""}, {"From day one, I put the budget first,", "the tall, 71-year-old mayor", ""}}},
		{"a coordinated description with an abbreviation speaks",
			"The former governor and U.S. senator said it was \"a mistake\" to close the base.",
			[]want{{"a mistake", "The former governor and U.S. senator", ""}}},
		{"verbs of speech the lexicon gained",
			"Mayor Ann Ode, in an interview with the Herald, blurted out, “We have nothing to hide.” Her deputy Tom Reyes revealed that the plan was “dead in the water.”",
			[]want{{"We have nothing to hide.", "Ann Ode", ""}, {"dead in the water.", "Tom Reyes", ""}}},
		{"a verb of retort introduces the quotation after a colon",
			"Asked whether the county would pay for repairs to the flooded school before the winter term begins, Governor Tom Reyes shot back: “Ask the contractors who walked off the site.”",
			[]want{{"Ask the contractors who walked off the site.", "Tom Reyes", ""}}},
		{"in the words of a source",
			"Ann Ode was, in the words of a senior adviser, “the only adult in the room.”",
			[]want{{"the only adult in the room.", "a senior adviser", ""}}},
		{"in his words",
			"Governor Tom Reyes spoke on Monday. The budget, in his words, is “a plan for the next decade.”",
			[]want{{"a plan for the next decade.", "Tom Reyes", ""}}},
		{"a colon after the person presented with here is",
			"Here’s Governor Tom Reyes in 2012: “We will build the bridge, and we will build it on time.”",
			[]want{{"We will build the bridge, and we will build it on time.", "Tom Reyes", ""}}},
		{"a participle of speech opening the sentence speaks for the main clause's subject",
			"Acknowledging that the mayor “says a lot of silly things,” though, Governor Tom Reyes did praise her budget.",
			[]want{{"says a lot of silly things,", "Tom Reyes", ""}}},
		{"role words before the name after the quotation",
			"“We will carry this state by a wide margin,” party chairman and running mate Gov. Ann Ode of Ohio told the Herald on Sunday.",
			[]want{{"We will carry this state by a wide margin,", "Ann Ode", ""}}},
		{"a capitalised verb after an appositive",
			"“Not our doing, but we like it!” Tom Reyes, the head of the Lakeside Voters League, Tweeted on Friday.",
			[]want{{"Not our doing, but we like it!", "Tom Reyes", ""}}},
		{"a dateline with the agency in brackets",
			"Lakeside (AFP) – Mayor Ann Ode has taken a swipe at the council’s budget, saying that “reckless promises” do more harm than good.",
			[]want{{"reckless promises", "Ann Ode", ""}}},
		{"verbs of attack are verbs of stance",
			"Senator Ann Ode, in particular, has been steadily pounding the mayor as a “con artist” since the spring.",
			[]want{{"con artist", "Ann Ode", ""}}},
		{"a short definite subject with a verb in the past",
			"In three separate interviews, the justice sounded off on the mayor, saying she did not \"want to contemplate\" a second term.",
			[]want{{"want to contemplate", "the justice", ""}}},
		{"a translation gloss is nobody's words",
			"Mayor Ann Ode closed her speech with “Hasta la victoria,” Spanish for “until victory.”",
			[]want{{"Hasta la victoria,", "Ann Ode", ""}, {"until victory.", "", ""}}},
		{"a dash before a quoted sentence works as a colon",
			"Governor Tom Reyes also embraced the new tax -- \"I think it is the fairest plan we have had in years.\"",
			[]want{{"I think it is the fairest plan we have had in years.", "Tom Reyes", ""}}},
		{"a dash after a clause with no verb of stance stays open",
			"Governor Tom Reyes visited the old mill on Monday -- \"a relic of another century and a half.\"",
			[]want{{"a relic of another century and a half.", "", ""}}},
		{"an unnamed group is the subject of the verb of stance",
			"The records show the warnings came in March – long before city officials started to portray the flood as a “freak” event.",
			[]want{{"freak", "officials", ""}}},
		{"the subject's own noun of speech after an article",
			"Mayor Ann Ode opened with a call for the council to “embrace” the plan. The council released a statement on Monday, offering “a full and frank apology” to residents.",
			[]want{{"embrace", "Ann Ode", ""}, {"a full and frank apology", "The council", ""}}},
		{"a relative clause closed by the comma inside an earlier quotation's marks",
			"The singer Rosa Lind closed the rally. Lind, who wore a cape bearing the words “Ode For Mayor,” shouted, “In three days, let’s make history!”",
			[]want{{"Ode For Mayor,", "", ""}, {"In three days, let’s make history!", "Rosa Lind", ""}}},
		{"an opening quotation is not where the subject of a later verb stands",
			"“Oh, let her make that decision,” said Mayor Ann Ode, urging the council to wait. “It is her call.”",
			[]want{{"Oh, let her make that decision,", "Ann Ode", ""}, {"It is her call.", "Ann Ode", ""}}},
		{"nouns of attack are nouns of speech",
			"Later, Governor Tom Reyes launched into a lament for the “forgotten towns” of the valley. Mayor Ann Ode’s broadside against “easy money” drew loud applause.",
			[]want{{"forgotten towns", "Tom Reyes", ""}, {"easy money", "Ann Ode", ""}}},
		{"the verb of stance may stand far back in a long subordinate clause",
			"Governor Tom Reyes spoke on Monday. Though he brushed off the remarks he made in 2009 about closing schools and cutting buses in rural areas as “idle talk,” his critics were not persuaded.",
			[]want{{"idle talk,", "Tom Reyes", ""}}},
		{"a preposition before the name makes it no subject",
			"Under Mayor Ann Ode the city built a “new town” on the marshes.",
			[]want{{"new town", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:%s", len(got), len(tt.want), dump(got))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text {
					t.Errorf("quote %d text %q, want %q", i, g.Text, w.text)
				}
				if g.Speaker != w.speaker {
					t.Errorf("quote %d %q speaker %q (mention %q, cue %q), want %q", i, g.Text, g.Speaker, g.Mention, g.Cue, w.speaker)
				}
				if w.kind != "" && g.Kind != w.kind {
					t.Errorf("quote %d kind %q, want %q", i, g.Kind, w.kind)
				}
			}
		})
	}
}
