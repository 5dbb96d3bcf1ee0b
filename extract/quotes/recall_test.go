package quotes

import (
	"testing"

	"github.com/newsroom/newsbot/extract/people"
)

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
		{"as the speaker said, after a phrase",
			"The fact that the vote is \"a coin toss right now,\" as Reyes said on a radio show on Monday, makes every door count.",
			[]want{{"a coin toss right now,", "Reyes", ""}}},
		{"as the speaker puts it, after a long appositive",
			"Water boards are \"running out of road,\" as Tom Reyes, an associate professor at the Lakeside Center for Water Studies, a think tank in Ohio, puts it.",
			[]want{{"running out of road,", "Tom Reyes", ""}}},
		{"as well is no attribution",
			"Mayor Ann Ode called the plan \"a gift to developers\" as well as a waste.",
			[]want{{"a gift to developers", "Ann Ode", ""}}},
		{"a surname that is also a modal verb",
			"Prime Minister Theresa May met union leaders on Monday. \"We will not give in,\" May said. The columnist George Will was unmoved. \"The party is lost,\" Will wrote.",
			[]want{{"We will not give in,", "Theresa May", ""}, {"The party is lost,", "George Will", ""}}},
		{"a title closing the attribution does not stop the next paragraph carrying on",
			"“Nobody expected a race like this one,” said Ann Ode, the author of “Quiet Power,” a history of the party.\n\n“The lesson is that the old rules are gone.”",
			[]want{{"Nobody expected a race like this one,", "Ann Ode", ""}, {"Quiet Power,", "", ""}, {"The lesson is that the old rules are gone.", "Ann Ode", ""}}},
		{"a title in a paragraph with no speech gives the next paragraph no speaker",
			"Mayor Tom Reyes wrote a book called “Quiet Power.”\n\n“It is a long way to the top of the party for anyone.”",
			[]want{{"Quiet Power.", "", ""}, {"It is a long way to the top of the party for anyone.", "", ""}}},
		{"according to any noun phrase",
			"The rule can be applied, “when people lie to federal agents about the case,” according to the news outlet. According to the trade magazine, the agency was “in chaos.”",
			[]want{{"when people lie to federal agents about the case,", "the news outlet", ""}, {"in chaos.", "the trade magazine", ""}}},
		{"the subject of an inverted attribution never stands inside the quotation",
			"“These ads have been setting the table for Lakeside voters,” in sharp contrast to earlier races, says Ann Ode, a political scientist at the state college.",
			[]want{{"These ads have been setting the table for Lakeside voters,", "Ann Ode", ""}}},
		{"could be heard between the speaker and the verb",
			"“Is the depot closing?” a reporter could be heard asking Ode after the meeting.",
			[]want{{"Is the depot closing?", "a reporter", ""}}},
		{"the noun phrase of an absolute with-phrase speaks",
			"The flood was on everyone’s mind, with many marchers chanting “We are one city” along the route. The aides replaced the plank with softer language calling for “appropriate help.”",
			[]want{{"We are one city", "many marchers", ""}, {"appropriate help.", "The aides", ""}}},
		{"a role phrase with a possessive, then the name set off by commas, then the verb",
			"“Eventually, positions are going to soften on the mayor,” California Rep. Ann Ode’s chief of staff, Tom Reyes, told the Herald before the vote.",
			[]want{{"Eventually, positions are going to soften on the mayor,", "Tom Reyes", ""}}},
		{"a quotation over paragraphs attributed only at its end",
			"“We have cut every budget line we could find. We closed two libraries.\n\n“We sold the old depot and we are still short,” said Mayor Ann Ode.",
			[]want{{"We have cut every budget line we could find. We closed two libraries.", "Ann Ode", ""}, {"We sold the old depot and we are still short,", "Ann Ode", ""}}},
		{"a transcript label names only its own paragraph",
			"“(CROSSTALK.)\n\n“REYES: We will finish the bridge.”",
			[]want{{"(CROSSTALK.)", "", ""}, {"REYES: We will finish the bridge.", "REYES", ""}}},
		{"a nickname in marks inside the speaker's name",
			"“We will win this strike,” said Robert “Bobby” Ode, the union chief. “Not today, but soon,” Maria “Cia” Reyes told the crowd.",
			[]want{{"We will win this strike,", "Robert Ode", ""}, {"Bobby", "", ""}, {"Not today, but soon,", "Maria Reyes", ""}, {"Cia", "", ""}}},
		{"a clause behind a preposition after a quoted phrase has its own subject",
			"While the mayor has warned against “a betrayal of our values” in the way the city responds to threats, she has ordered a review. “I have admiration for the mechanics” of the plan, Tom Reyes said.",
			[]want{{"a betrayal of our values", "the mayor", ""}, {"I have admiration for the mechanics", "Tom Reyes", ""}}},
		{"the platform one takes to is no speaker",
			"Mayor Ann Ode took to Twitter overnight to accuse the council of being “asleep at the wheel.” The campaign denied it, with Tom Reyes taking to Facebook to call the report “totally false.”",
			[]want{{"asleep at the wheel.", "Ann Ode", ""}, {"totally false.", "Tom Reyes", ""}}},
		{"a new sentence that introduces the next quotation is its attribution",
			"Ann Ode answered Tom Reyes with, “Why now? Why me?” Reyes then wrote back, “You look tired.” “Why now?” Reyes asked, “And why me?”",
			[]want{{"Why now? Why me?", "Ann Ode", ""}, {"You look tired.", "Tom Reyes", ""}, {"Why now?", "Tom Reyes", ""}, {"And why me?", "Tom Reyes", ""}}},
		{"a clause of time before the quotation reports no speech of it",
			"Mayor Ann Ode said that when Tom Reyes railed against the developers from his seat on the council, “he was speaking for all of us.” When Reyes railed against them, he said, “We will not move.”",
			[]want{{"he was speaking for all of us.", "Ann Ode", ""}, {"We will not move.", "Tom Reyes", ""}}},
		{"the object of a verb after other words is no speaker",
			"Mayor Ann Ode, who says she is “standing by” her remarks, had accused a Herald reporter of bias. The depot was “a disgrace,” as described by Tom Reyes, the union chief.",
			[]want{{"standing by", "Ann Ode", ""}, {"a disgrace,", "Tom Reyes", ""}}},
		{"a name and its role without a closing comma before the verb",
			"“It is very encouraging for the studio,” Jo Lee, editor of Gamesweek.com told the Herald.",
			[]want{{"It is very encouraging for the studio,", "Jo Lee", ""}}},
		{"points out is a verb of saying, points out of reach is not",
			"Mayor Ann Ode points out that the plan is “already over budget.” The team was three points out of the lead and “running out of time.”",
			[]want{{"already over budget.", "Ann Ode", ""}, {"running out of time.", "", ""}}},
		{"a participle after a scare quote introduces the next quotation",
			"Phil Reyes needled the Herald “reporter,” saying, “A reporter who writes on request!”",
			[]want{{"reporter,", "", ""}, {"A reporter who writes on request!", "Phil Reyes", ""}}},
		{"a standfirst quoting in single marks under the headline stays unattributed",
			"Mayor apologizes for depot remarks;\nAnn Ode vows to be 'more careful' with her words.\n\nMayor Ann Ode said on Monday she regretted calling the depot workers \"lazy\" at a council meeting last week.",
			[]want{{"more careful", "", ""}, {"lazy", "Ann Ode", ""}}},
		{"a lead paragraph quoting in single marks is no headline",
			"Lakeside budget row\n\nMayor Ann Ode said on Monday that the council's budget was 'a work of fiction' and that she would veto it unless the cuts to libraries were dropped.",
			[]want{{"a work of fiction", "Ann Ode", ""}}},
		{"a long phrase set off by a comma inside a sentence",
			"Senator Ann Ode spoke on Monday. Ode compared the mayor to a duck, “smoothly sailing on the surface while paddling like crazy below.”",
			[]want{{"smoothly sailing on the surface while paddling like crazy below.", "Ann Ode", ""}}},
		{"the possessor of remarks in marks speaks, not the one after the noun",
			"Mayor Tom Reyes spoke on Monday. Reyes's “outrageous” remarks drew a rebuke from the council.",
			[]want{{"outrageous", "Tom Reyes", ""}}},
		{"likened to, a verb of stance",
			"The levy has few friends on the council. Professor Ann Ode, another critic, likened the levy to \"robbing the young\" in a letter.",
			[]want{{"robbing the young", "Ann Ode", ""}}},
		{"a name modifying a source noun: the phrase speaks",
			"The Lakeside Rovers won the cup in 1971. Years later the rules changed after a tour (a series won 3-1 by the Rovers), the Rovers manager describing the tactic as 'cheating,' prompting a review.",
			[]want{{"cheating,", "the Rovers manager", ""}}},
		{"a slogan's cue does not carry to the next quotation",
			"\"We regret the decision,\" said Ann Ode, head of Lakeside Ferries - a firm that has the motto \"Crossing With Care\". \"It would be a shame if the route closed.\"",
			[]want{{"We regret the decision,", "Ann Ode", ""}, {"Crossing With Care", "", ""}, {"It would be a shame if the route closed.", "Ann Ode", ""}}},
		{"an ampersand inside a word of the source",
			"The depot closed in 2014. “We are shocked, he was a friend to all of us,” one R&D engineer told the Herald.",
			[]want{{"We are shocked, he was a friend to all of us,", "one R&D engineer", ""}}},
		{"a long opening clause before the subject",
			"After Mayor Tom Reyes lost both the council and the board to the Greens in the 2014 elections, Governor Ann Ode sent a note to him praising his “steady hand” during the count.",
			[]want{{"steady hand", "Ann Ode", ""}}},
		{"a preposition before the name makes it no subject",
			"Under Mayor Ann Ode the city built a “new town” on the marshes.",
			[]want{{"new town", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.in, tt.want)
		})
	}
}

// TestNamedBySpeaker covers capitalised words a person called someone or
// something: that person's words, while a thing merely named stays a
// title.
func TestNamedBySpeaker(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a nickname a person called a rival",
			"Mayor Tom Reyes has long mocked his rival. At a rally on Friday, Reyes called Ms Ode “Low Turnout Annie” twice.",
			[]want{{"Low Turnout Annie", "Tom Reyes", ""}}},
		{"referred to as, after a pronoun subject",
			"Senator Ann Ode walked across the stage during the debate. At one point, she referred to her rival as \"the Devil.\"",
			[]want{{"the Devil.", "Ann Ode", ""}}},
		{"refers to as, after a name",
			"The two have known each other for decades. Mayor Tom Reyes refers to the councillor as “Annie.”",
			[]want{{"Annie.", "Tom Reyes", ""}}},
		{"the subject of the sentence calls, after and",
			"Mayor Tom Reyes has suggested Ode is unfit and called the senator the \"Devil.\"",
			[]want{{"Devil.", "Tom Reyes", ""}}},
		{"identified as, with no speech verb the other rules know",
			"Mayor Tom Reyes doubted the inspector. First, Reyes identified the inspector as “Canadian,” which she is not.",
			[]want{{"Canadian,", "Tom Reyes", ""}}},
		{"a capitalised word coordinated with an attributed phrase",
			"At the rally, Mayor Tom Reyes called his rival a “fraud” and a “Liar.”",
			[]want{{"fraud", "Tom Reyes", ""}, {"Liar.", "Tom Reyes", ""}}},
		{"an abbreviated title between verb and name",
			"In 1974, Ms. Ann Ode called Mr. Reyes an ''Uncle Sam.''",
			[]want{{"Uncle Sam.", "Ann Ode", ""}}},
		{"what he called",
			"The memo describes how Tom Reyes ran what he called \"Reyes Holdings Inc.,\" a web of consulting deals.",
			[]want{{"Reyes Holdings Inc.,", "Tom Reyes", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.in, tt.want)
		})
	}
}

// TestIntroducedBy covers quotations that a verb of saying introduces
// right before their marks when no speaker is found: speech, with the cue
// alone or the sentence's subject.
func TestIntroducedBy(t *testing.T) {
	tests := []struct {
		in      string
		text    string
		speaker string
		cue     string
	}{
		// A name the cast lacks before "went on to say" is the speaker as written.
		{"Bryne went on to say, “From the bottom of my heart, I know this to be true.”", "From the bottom of my heart, I know this to be true.", "Bryne", "say"},
		{"The email began, “Dear friends, we are writing to you today about the vote.”", "Dear friends, we are writing to you today about the vote.", "", "began"},
		{"Outside the hall, strikers waved banners proclaiming: “No pay, no buses!”", "No pay, no buses!", "", "proclaiming"},
		{"Governor Tom Reyes, after a long pause, kept on saying, “We will not move the depot.”", "We will not move the depot.", "Tom Reyes", "saying"},
		{"Outside the town hall, about 300 strikers gathered on Friday, waving flags and chanting “Save Our Depot.”", "Save Our Depot.", "about 300 strikers", "chanting"},
		{"Mayor Tom Reyes was greeted with chants of “Four More Years!” at the union hall.", "Four More Years!", "", "chants of"},
		{"The senator ran on the slogan “Lakeside First” in 2019 and won every ward.", "Lakeside First", "", "slogan"},
		{"Mayor Tom Reyes defended the depot plan at a rally. A week later, on a radio show: “I have never said the depot would close.”", "I have never said the depot would close.", "", ":"},
		{"Snow is forecast for Lakeside this week.\n\nEvery winter brings a promise that few councils keep: “This year, the roads will be gritted by six.”", "This year, the roads will be gritted by six.", "", ":"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qs := FindLocated(tt.in, people.Find(tt.in))
			for _, q := range qs {
				if q.Text != tt.text {
					continue
				}
				if q.Speaker != tt.speaker || q.Cue != tt.cue {
					t.Errorf("%q: speaker %q cue %q, want %q and %q", q.Text, q.Speaker, q.Cue, tt.speaker, tt.cue)
				}
				return
			}
			t.Errorf("%q not found in %+v", tt.text, qs)
		})
	}
}

// TestStaysNotSpeech covers quotations the recall rules above must leave
// alone: no speaker and no cue, so that nothing reads them as speech.
func TestStaysNotSpeech(t *testing.T) {
	tests := []struct {
		name, in string
		texts    []string
	}{
		{"a thing called a name",
			"Later that day Senator Ann Ode shared a syllabus for a course called “Perception” on her Facebook page. The group set up a website called “Ohio First Foundation.”",
			[]string{"Perception", "Ohio First Foundation."}},
		{"titles coordinated with titles",
			"Senator Ann Ode appeared on “Meet the Lakers” and “Morning Lakeside” last week to talk about the budget.",
			[]string{"Meet the Lakers", "Morning Lakeside"}},
		{"a so-called name", "Mayor Tom Reyes wants to join the so-called “Gang of Six” on the council.", []string{"Gang of Six"}},
		{"a byline before a colon",
			"The week in the arts.\n\nCURTAIN CALL—\"Lakeside theatre to close in spring,\" by the Herald's Ann Ode: \"The Lakeside theatre, which opened in 1921, will close its doors in April.\"",
			[]string{"Lakeside theatre to close in spring,", "The Lakeside theatre, which opened in 1921, will close its doors in April."}},
		{"a title after a colon",
			"Snow is forecast for Lakeside this week.\n\nThe council has a new worry: “Lakeside Forward” posters have gone up overnight.",
			[]string{"Lakeside Forward"}},
		{"a headline naming the speaker before a colon",
			"Reyes: ‘We Will Finish The Bridge By Spring’\n\nGovernor Tom Reyes spoke to reporters on Monday about the river crossing, which has been delayed all winter.",
			[]string{"We Will Finish The Bridge By Spring"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			for _, text := range tt.texts {
				found := false
				for _, q := range got {
					if q.Text != text {
						continue
					}
					found = true
					if q.Speaker != "" || q.Cue != "" {
						t.Errorf("%q: speaker %q cue %q, want neither", q.Text, q.Speaker, q.Cue)
					}
				}
				if !found {
					t.Errorf("%q not found:%s", text, dump(got))
				}
			}
		})
	}
}
