package quotes

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/internal/cputime"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

func find(text string) []Located { return FindLocated(text, people.Find(text)) }

// want is one expected quotation: its words and speaker ("" unattributed).
type want struct {
	text, speaker string
	kind          string // "" = do not check
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"quote then subject and verb",
			"Foreign Secretary Jack Hollis arrived in Delhi. “We are here to listen,” Mr Hollis said.",
			[]want{{"We are here to listen,", "Jack Hollis", newsbot.KindDirect}}},
		{"quote then verb and subject",
			"\"Nobody expected this,\" said Maria Lopez, the union's general secretary.",
			[]want{{"Nobody expected this,", "Maria Lopez", ""}}},
		{"subject, verb, colon",
			"Chancellor Rita Holm told MPs: “The public finances are in better shape than anyone thought.”",
			[]want{{"The public finances are in better shape than anyone thought.", "Rita Holm", newsbot.KindDirect}}},
		{"split quote",
			"Prime Minister Neil Brennan was in good spirits. “We will win,” he said, “and we will win soon.”",
			[]want{{"We will win,", "Neil Brennan", ""}, {"and we will win soon.", "Neil Brennan", ""}}},
		{"partial quote in reported speech",
			"Neil Brennan said that he wanted to make sure that “issues where we differ can be aired.”",
			[]want{{"issues where we differ can be aired.", "Neil Brennan", newsbot.KindPartial}}},
		{"according to",
			"According to Tom Barker, “the vote was rigged from the start.”",
			[]want{{"the vote was rigged from the start.", "Tom Barker", ""}}},
		{"appositive between subject and verb",
			"Mei Lin, a spokeswoman for the trade ministry, insisted that Beijing “remains open to talks.”",
			[]want{{"remains open to talks.", "Mei Lin", ""}}},
		{"relative clause between subject and verb",
			"Governor Ann Pryce, who has faced calls to resign over the contract, continued, “I have nothing to hide.”",
			[]want{{"I have nothing to hide.", "Ann Pryce", ""}}},
		{"pronoun resolved",
			"Mayor Sadie Quinn opened the new bridge on Monday.\n“It took ten years,” she told reporters.",
			[]want{{"It took ten years,", "Sadie Quinn", ""}}},
		{"description resolved",
			"British Prime Minister Neil Brennan met Chinese President Wang Dong. The trip is “a fresh start,” the British leader declared.",
			[]want{{"a fresh start,", "Neil Brennan", ""}}},
		{"unnamed source as written",
			"“No decision has been taken,” a Downing Street spokesman said.",
			[]want{{"No decision has been taken,", "a Downing Street spokesman", ""}}},
		{"organisation as written",
			"The foreign ministry said in a statement that the move was “deeply regrettable”.",
			[]want{{"deeply regrettable", "The foreign ministry", ""}}},
		{"paragraphs reopen the quote",
			"Senator Carl Ovens spoke for an hour. He said: \"The bill is dead.\n\n\"We will bring a better one next year.\"",
			[]want{{"The bill is dead.", "Carl Ovens", ""}, {"We will bring a better one next year.", "Carl Ovens", ""}}},
		{"reopened mark after a lost paragraph break",
			"He told the paper: \"It was a long night. \"We never gave up.\" Mr Ovens left.",
			[]want{{"It was a long night.", "", ""}, {"We never gave up.", "", ""}}},
		{"quote-only paragraph continues the speaker",
			"“We have had a good year,” said Sue Marsh, the club's chairwoman.\n“Next season will be even better.”",
			[]want{{"We have had a good year,", "Sue Marsh", ""}, {"Next season will be even better.", "Sue Marsh", ""}}},
		{"title in marks is not speech",
			"President Dan Ruiz said he would join the “Council of Elders” next month.",
			[]want{{"Council of Elders", "", ""}}},
		{"the value of a markup attribute is no speech",
			"The council published the report online. Mayor Ann Ode said the figures were grim.<a href=\"https://example.org/report\">Read it here</a> <tweet date=\"May 2, 2026\">We will act.</tweet>",
			[]want{{"https://example.org/report", "", ""}, {"May 2, 2026", "", ""}}},
		{"slogan with a full stop is no speech",
			"Supporters waved signs reading “Keep Our Town Green.” Mayor Sadie Quinn waved back.",
			[]want{{"Keep Our Town Green.", "", ""}}},
		{"short answer with an adjacent cue is speech",
			"“Never!” Mayor Sadie Quinn replied.",
			[]want{{"Never!", "Sadie Quinn", ""}}},
		{"scare quote without a cue",
			"The so-called “reset” of relations has stalled.",
			[]want{{"reset", "", ""}}},
		{"single marks, British headline style",
			"Minister Paul Dunn said the plan was 'unworkable and unfair'.",
			[]want{{"unworkable and unfair", "Paul Dunn", ""}}},
		{"apostrophes are not marks",
			"Officials said the company’s accounts weren’t ready and the directors’ report was late.",
			nil},
		{"guillemets",
			"«Nous restons unis», a déclaré le président Marc Dubois.",
			[]want{{"Nous restons unis", "", ""}}},
		{"nested quotes stay inside",
			"“When he said ‘never again’, I believed him,” Lucy Hart said.",
			[]want{{"When he said ‘never again’, I believed him,", "Lucy Hart", ""}}},
		{"new clause after the quote is no attribution",
			"Labour say the plan could \"let rivals in\", while the Greens say it is too timid.",
			[]want{{"let rivals in", "Labour", ""}}},
		{"quotes strung through one sentence",
			"Ms Hart called the proposal “reckless,” “cynical” and “doomed.”",
			[]want{{"reckless,", "Hart", ""}, {"cynical", "Hart", ""}, {"doomed.", "Hart", ""}}},
		{"participle takes the sentence subject",
			"Mayor Sadie Quinn defended the budget on Tuesday, arguing that cuts would be “a false economy.”",
			[]want{{"a false economy.", "Sadie Quinn", ""}}},
		{"previous sentence announces the quote",
			"Senator Carl Ovens posted a warning on Monday. \"Do not believe the polls.\"",
			[]want{{"Do not believe the polls.", "Carl Ovens", ""}}},
		{"closing mark whose opening mark was lost",
			"Mr Dunn said the plan would fail. The banks will not lend.\" Minister Paul Dunn then said: \"We tried.\"",
			[]want{{"the plan would fail", "Paul Dunn", newsbot.KindIndirect}, {"We tried.", "Paul Dunn", ""}}},
		{"spokesman for a named person",
			"A spokesman for Mr Hollis said the talks were “constructive and frank”.",
			[]want{{"constructive and frank", "A spokesman for Mr Hollis", ""}}},
		{"relative which",
			"The plan was welcomed by Beijing, which described the sanctions as a \"relic of another era\".",
			[]want{{"relic of another era", "Beijing", ""}}},
		{"party and state in brackets",
			"Sen. Joan Ferris (D-Ore.) said Tuesday that the bill was \"dead on arrival.\"",
			[]want{{"dead on arrival.", "Joan Ferris", ""}}},
		{"the hearer is not the speaker",
			"Ms Hart said she was tired. \"Go home,\" she told him. Then the coach told him \"to keep his head down\" after the match.",
			[]want{{"Go home,", "Hart", ""}, {"to keep his head down", "the coach", ""}}},
		{"a document speaks",
			"The policies have a \"chilling effect\" on voters, the lawsuit says.",
			[]want{{"chilling effect", "the lawsuit", ""}}},
		{"unnamed person after the verb",
			"\"We just want our jobs back,\" said the 52-year-old, who worked at the plant for 30 years.",
			[]want{{"We just want our jobs back,", "the 52-year-old", ""}}},
		{"verb that is speech only after a quote",
			"“That is simply false,” Mayor Sadie Quinn shot back.",
			[]want{{"That is simply false,", "Sadie Quinn", ""}}},
		{"put it",
			"As Senator Carl Ovens put it, “the numbers do not add up.”",
			[]want{{"the numbers do not add up.", "Carl Ovens", ""}}},
		{"short noun phrase after the quote",
			"“The accounts do not add up,” the investigator wrote.",
			[]want{{"The accounts do not add up,", "the investigator", ""}}},
		{"name with a long appositive after the quote",
			"“We are not done,” Anne Reed, assistant secretary for refugees, migration and health, said on Monday.",
			[]want{{"We are not done,", "Anne Reed", ""}}},
		{"coordinated verbs share the subject",
			"Governor Ann Pryce paused for a moment and said that, in this climate, \"being ordinary is an advantage.\"",
			[]want{{"being ordinary is an advantage.", "Ann Pryce", ""}}},
		{"colon after a clause opened by a linking word",
			"Ms Hart spoke last. And she is sure of one thing: \"They are creating a martyr.\"",
			[]want{{"They are creating a martyr.", "Hart", ""}}},
		{"mistyped closing mark",
			"The host was shocked. “Do you want to be linked with that group?“ Mayor Sadie Quinn asked.",
			[]want{{"Do you want to be linked with that group?", "Sadie Quinn", ""}}},
		{"bracket and relative clause before the verb",
			"Sen. Joan Ferris (D-Ore.), who has endorsed the governor, said the bill was \"weaker\" than promised.",
			[]want{{"weaker", "Joan Ferris", ""}}},
		{"attribution closing a long sentence",
			"\"We are shocked and saddened\" by the fire at the depot that killed two workers on Friday, Ms Hart said.",
			[]want{{"We are shocked and saddened", "Hart", ""}}},
		{"according to a possessive phrase",
			"According to his longtime doctor, the senator had \"remarkably good\" results.",
			[]want{{"remarkably good", "his longtime doctor", ""}}},
		{"capitalised verb forms are names",
			"Senator Carl Ovens said at the time that the United States had become a “dumping ground”.",
			[]want{{"dumping ground", "Carl Ovens", ""}}},
		{"appositive with commas of its own",
			"Dana Riis, the author of “Quiet Power,” a study of lobbying, said the rules were “full of holes.”",
			[]want{{"Quiet Power,", "", ""}, {"full of holes.", "Dana Riis", ""}}},
		{"participle away from its subject",
			"Mayor Sadie Quinn posted a video on Friday saying that the council had been “asleep at the wheel.”",
			[]want{{"asleep at the wheel.", "Sadie Quinn", ""}}},
		{"a title between two quotes does not break the speaker",
			"\"We started with nothing,\" Tom Barker said in an interview on \"Morning Edition.\" \"No money, no staff.\"",
			[]want{{"We started with nothing,", "Tom Barker", ""}, {"Morning Edition.", "", ""}, {"No money, no staff.", "Tom Barker", ""}}},
		{"demonym and multi-word title give the full name",
			"Transport Secretary Laura Penn will visit Lisbon on Friday to meet Portuguese Infrastructure Minister Rui Costa about the high-speed rail link.\nCosta said the plan was \"fair to everyone who uses it\".\n\"Tell them the tunnel is safe,\" Costa added.",
			[]want{{"fair to everyone who uses it", "Rui Costa", ""}, {"Tell them the tunnel is safe,", "Rui Costa", ""}}},
		{"lone surname speaker is a person for pronouns",
			"Costa said the tender was \"open to all\".\n\"We will publish every bid,\" he added.",
			[]want{{"open to all", "Costa", ""}, {"We will publish every bid,", "Costa", ""}}},
		{"title in marks between cue and partial quote",
			"Campaign chief Tom Barker told ITV's “Good Morning Britain” that the mayor “is going to win by a street.”",
			[]want{{"Good Morning Britain", "", ""}, {"is going to win by a street.", "Tom Barker", ""}}},
		{"answered and pressed in a dialogue",
			"“Would you raise taxes?” Mayor Sadie Quinn pressed.\n“Not this year,” Tom Barker answered.",
			[]want{{"Would you raise taxes?", "Sadie Quinn", ""}, {"Not this year,", "Tom Barker", ""}}},
		{"bemoaned introduces a partial quote",
			"Mayor Sadie Quinn bemoaned a climate in which rivals “simply refuse to talk.”",
			[]want{{"simply refuse to talk.", "Sadie Quinn", ""}}},
		{"no-break space between speaker and verb",
			"“Is this what unity looks like?” Tom Barker\u00a0added on Friday.",
			[]want{{"Is this what unity looks like?", "Tom Barker", ""}}},
		{"paragraph ending in a colon announces the quote",
			"The council's chief executive, Dana Riis, wrote:\n“The library will stay open on Sundays.”\n“We listened to residents.”",
			[]want{{"The library will stay open on Sundays.", "Dana Riis", ""}, {"We listened to residents.", "Dana Riis", ""}}},
		{"colon paragraph without a cue takes its subject",
			"Mayor Sadie Quinn was blunt:\n\"The bridge is not safe.\"",
			[]want{{"The bridge is not safe.", "Sadie Quinn", ""}}},
		{"a colon paragraph with no speaker leaves the quote",
			"The full text follows:\n“All services will resume on Monday.”",
			[]want{{"All services will resume on Monday.", "", ""}}},
		{"quoted phrase in a sentence whose subject is a person",
			"Mayor Sadie Quinn credited the win to “a campaign that listened to every street.”",
			[]want{{"a campaign that listened to every street.", "Sadie Quinn", newsbot.KindPartial}}},
		{"short quoted phrase stays a scare quote",
			"Mayor Sadie Quinn visited the “new town” on Monday.",
			[]want{{"new town", "", ""}}},
		{"quoted phrase under an organisation subject stays unattributed",
			"The council approved the “biggest budget in its long history” on Monday.",
			[]want{{"biggest budget in its long history", "", ""}}},
		{"questioned after the quote",
			"“What changed his mind so suddenly?” Tom Barker questioned.",
			[]want{{"What changed his mind so suddenly?", "Tom Barker", ""}}},
		{"quote-only paragraph after reported speech",
			"Mayor Sadie Quinn said the bridge would reopen in May.\n“Every bolt has been checked twice.”",
			[]want{{"the bridge would reopen in May", "Sadie Quinn", newsbot.KindIndirect}, {"Every bolt has been checked twice.", "Sadie Quinn", ""}}},
		{"quote-only paragraph after a paragraph with no speech stays unattributed",
			"Mayor Sadie Quinn opened the bridge in May.\n“Every bolt has been checked twice.”",
			[]want{{"Every bolt has been checked twice.", "", ""}}},
		{"transcript label names the speaker",
			"The exchange went on.\n\"HOST: Will you stand again?\"\n\"MAYOR QUINN: Ask me in May.\"",
			[]want{{"HOST: Will you stand again?", "HOST", ""}, {"MAYOR QUINN: Ask me in May.", "MAYOR QUINN", ""}}},
		{"attribution after a comma with words after the verb",
			"Mayor Sadie Quinn spoke on Monday. Voters had “lost all patience with the council” by the spring of last year in every ward, she said in a video message to members.",
			[]want{{"lost all patience with the council", "Sadie Quinn", ""}}},
		{"sentence closing on its attribution after a conjunction",
			"Mayor Sadie Quinn visited the depot. \"Crews were ready\" before the storm hit the coast, she said. \"Nobody slept that night.\"",
			[]want{{"Crews were ready", "Sadie Quinn", ""}, {"Nobody slept that night.", "Sadie Quinn", ""}}},
		{"a new clause after the quote is still no attribution",
			"Labour say the plan could \"let rivals in\" and the Greens agree.",
			[]want{{"let rivals in", "Labour", ""}}},
		{"speaker later in the clause without a comma",
			"Next year will be \"make or break\" for the coastal towns of the north Mayor Sadie Quinn will say as she opens the conference.",
			[]want{{"make or break", "Sadie Quinn", ""}}},
		{"three introductory phrases before the subject",
			"Speaking at a town hall in Salem, New Hampshire, on Monday, Mayor Sadie Quinn went after her rival, calling him “a total stiff.”",
			[]want{{"a total stiff.", "Sadie Quinn", ""}}},
		{"bracket after a name set off by commas",
			"On Tuesday in Berea, after the count, Gov. Joan Ferris (D-Ore.), said, “We are going all the way.”",
			[]want{{"We are going all the way.", "Joan Ferris", ""}}},
		{"participle after an inverted subject",
			"“Let him decide,” said Senator Carl Ovens, urging colleagues to “give him time.”",
			[]want{{"Let him decide,", "Carl Ovens", ""}, {"give him time.", "Carl Ovens", ""}}},
		{"dateline before the subject",
			"ROME, May 4 (Reuters) — Mayor Sadie Quinn rallied supporters on Monday, saying: “We have to be ready.”",
			[]want{{"We have to be ready.", "Sadie Quinn", ""}}},
		{"two apostrophes as marks",
			"''We feel betrayed,'' said Laura Kemp, a delegate from Ohio.",
			[]want{{"We feel betrayed,", "Laura Kemp", ""}}},
		{"short phrase with a person as subject",
			"Governor Lena Marsh has championed “affordable housing” as the centre of her campaign.",
			[]want{{"affordable housing", "Lena Marsh", newsbot.KindPartial}}},
		{"phrase in a headline stays unattributed",
			"Marsh vows ‘no retreat’ on housing plan\nGovernor Lena Marsh on Monday defended her housing plan in Albany.",
			[]want{{"no retreat", "", ""}}},
		{"sentence of its own naming the speaker",
			"Governor Lena Marsh arrived in Albany. “We are not going anywhere.” Ms Marsh said on Tuesday.",
			[]want{{"We are not going anywhere.", "Lena Marsh", newsbot.KindDirect}}},
		{"next sentence not an attribution",
			"Governor Lena Marsh arrived in Albany. “We are not going anywhere.” The crowd cheered loudly.",
			[]want{{"We are not going anywhere.", "", ""}}},
		{"next sentence introduces the next quotation",
			"Governor Lena Marsh arrived in Albany. “We are not going anywhere.” Mayor Tom Reyes said: “Nor are we.”",
			[]want{{"We are not going anywhere.", "", ""}, {"Nor are we.", "Tom Reyes", ""}}},
		{"verb missing from the lexicon after a comma",
			"Senator Paul Odum read the budget line by line. “The numbers simply do not add up,” he points out.",
			[]want{{"The numbers simply do not add up,", "Paul Odum", ""}}},
		{"phrases strung after one with a speaker",
			"Lena Marsh championed “fairness” and “a fair deal.”",
			[]want{{"fairness", "Lena Marsh", ""}, {"a fair deal.", "Lena Marsh", ""}}},
		{"short phrase without a verb of stance stays a scare quote",
			"Governor Lena Marsh has built her campaign on “fairness” in Albany.",
			[]want{{"fairness", "", ""}}},
		{"phrase under an organisation with a verb of stance",
			"The Transit Workers Union has framed the new contract as “a win for every driver in the city.”",
			[]want{{"a win for every driver in the city.", "The Transit Workers Union", ""}}},
		{"verb opening the quotation speaks for the sentence subject",
			"Governor Lena Marsh backed the mayor over the council and said, “We will not back down.”",
			[]want{{"We will not back down.", "Lena Marsh", ""}}},
		{"written as a cue",
			"In their draft of the letter, the two senators had written, “We owe the families an answer.”",
			[]want{{"We owe the families an answer.", "two senators", ""}}},
		{"phrase between a possessor and a noun of speech",
			"Senator Dana Pruitt spoke on Friday. Pruitt’s “bad apples” comment drew fire from both parties.",
			[]want{{"bad apples", "Dana Pruitt", newsbot.KindPartial}}},
		{"name between a possessor and another noun stays unattributed",
			"Senator Dana Pruitt’s “Main Street” tour ended in Ohio.",
			[]want{{"Main Street", "", ""}}},
		{"a few words alone in a paragraph read as a subheading",
			"“We will rebuild the harbour,” Mayor Tom Reyes said.\n‘Open for business.’\nThe council meets on Friday.",
			[]want{{"We will rebuild the harbour,", "Tom Reyes", ""}, {"Open for business.", "", ""}}},
		{"a full sentence alone in a paragraph carries on the speech",
			"“We will rebuild the harbour,” Mayor Tom Reyes said.\n“Every boat owner will be back on the water by spring.”",
			[]want{{"We will rebuild the harbour,", "Tom Reyes", ""}, {"Every boat owner will be back on the water by spring.", "Tom Reyes", ""}}},
		{"participle after a speech verb takes that verb's subject",
			"Governor Lena Marsh and Mayor Tom Reyes will meet on Friday, spokesman Paul Ode said, adding, “They have a lot to discuss.”",
			[]want{{"They have a lot to discuss.", "Paul Ode", ""}}},
		{"short adverbial between subject and verb",
			"Governor Lena Marsh at the time said the state would “look into” every claim.",
			[]want{{"look into", "Lena Marsh", ""}}},
		{"spoke as a cue",
			"Senator Ann Lowe spoke at length about the rail strike. “Nobody wins when the trains stop.”",
			[]want{{"Nobody wins when the trains stop.", "Ann Lowe", ""}}},
		{"inverted attribution opening the sentence",
			"Said Mayor Tom Reyes, who grew up on the waterfront, “This harbour made us.”",
			[]want{{"This harbour made us.", "Tom Reyes", ""}}},
		{"participle opening the sentence is no inverted attribution",
			"Asked about the council, Mayor Tom Reyes shot back: “Ask them yourself.”",
			[]want{{"Ask them yourself.", "Tom Reyes", ""}}},
		{"a lead sentence in full is no headline",
			"Mayor Tom Reyes has launched an attack on the council's budget, saying it is a “reckless gamble”.\n\nThe council will vote on the budget next week.",
			[]want{{"reckless gamble", "Tom Reyes", ""}}},
		{"noun of speech after a possessive is no verb",
			"Mayor Ken Mayhew says he is “standing by” his remarks about the harbour.",
			[]want{{"standing by", "Ken Mayhew", ""}}},
		{"subject of a clause of time is no speaker",
			"The organisers gave the premier a “special slot” two hours before Mayor Ken Mayhew speaks.",
			[]want{{"special slot", "", ""}}},
		{"title of a programme before the verb",
			"Speaking on KTV’s “Morning Report,” Ms Lena Marsh said the plan would pass.",
			[]want{{"Morning Report,", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.in, tt.want)
		})
	}
}

// checkQuotes runs Find over in and compares the quotes in order with
// want: text, speaker, and kind when want gives one.
func checkQuotes(t *testing.T, in string, wants []want) {
	t.Helper()
	got := find(in)
	checkLocated(t, in, got)
	if len(got) != len(wants) {
		t.Fatalf("got %d quotes, want %d: %s", len(got), len(wants), dump(got))
	}
	for i, w := range wants {
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
}

func dump(qs []Located) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n  " + q.Kind + " " + q.Text + " | " + q.Speaker + " | " + q.Mention + " | " + q.Cue)
	}
	return b.String()
}

// checkLocated verifies the offsets every caller relies on.
func checkLocated(t testing.TB, text string, qs []Located) {
	for _, q := range qs {
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote text %q is not text[%d:%d] = %q", q.Text, q.Start, q.End, text[q.Start:q.End])
		}
	}
	t.Helper()
	last := -1
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
			t.Fatalf("bad quote offsets %d:%d for %q", q.Start, q.End, q.Text)
		}
		if q.Start < last {
			t.Fatalf("quotes out of order at %d", q.Start)
		}
		last = q.End
		if q.MentionStart >= 0 && (q.MentionEnd > len(text) || q.MentionStart > q.MentionEnd) {
			t.Fatalf("bad mention offsets %d:%d", q.MentionStart, q.MentionEnd)
		}
		if q.IsPerson && q.Speaker == "" {
			t.Fatalf("person quote without a speaker: %+v", q)
		}
	}
}

func TestIndirect(t *testing.T) {
	tests := []struct {
		name, in string
		text     string // "" when no indirect quotation may be found
		speaker  string
	}{
		{"said with a clause", "Prime Minister Neil Brennan said he would raise the case with Beijing.", "he would raise the case with Beijing", "Neil Brennan"},
		{"said that", "Mayor Sadie Quinn said that the bridge would reopen in March.", "the bridge would reopen in March", "Sadie Quinn"},
		{"told a hearer that", "Ms Hart told reporters on Tuesday that the talks had stalled again.", "the talks had stalled again", "Hart"},
		{"adverbial before that", "Tom Barker said on Monday that the company would cut 200 jobs.", "the company would cut 200 jobs", "Tom Barker"},
		{"told without that", "Tom Barker told reporters on the plane about his plans for the summer.", "", ""},
		{"no person", "The company said it would cut 200 jobs next year.", "", ""},
		{"too short", "Tom Barker said goodbye.", "", ""},
		{"question", "Did Tom Barker say he would resign over the affair?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIndirect(t, tt.in, tt.text, tt.speaker)
		})
	}
}

func TestCues(t *testing.T) {
	tests := []struct{ in, cue string }{
		{"“It is over,” she told reporters in Brussels.", "told reporters in Brussels"},
		{"Mayor Sadie Quinn warned: “Winter is coming.”", "warned"},
		{"“Enough,” wrote Sadie Quinn.", "wrote"},
		{"According to Mayor Sadie Quinn, “the roads are safe.”", "According to"},
	}
	for _, tt := range tests {
		got := find(tt.in)
		if len(got) != 1 || got[0].Cue != tt.cue {
			t.Errorf("%q: got %s, want cue %q", tt.in, dump(got), tt.cue)
		}
	}
}

// TestUnbalancedMarksLinear feeds megabytes of unbalanced marks; it must
// finish (the fuzz and benchmark show it is linear; tests never time).
func TestUnbalancedMarksLinear(t *testing.T) {
	for _, unit := range []string{"“a ", "\" x", "‘b ", "' c ", "”", "« ", "said \"", "Mr Smith said “"} {
		in := strings.Repeat(unit, (5<<20)/len(unit)/4)
		checkLocated(t, in, find(in))
	}
}

func FuzzPairMarks(f *testing.F) {
	for _, s := range []string{"“a” \"b\" ‘c’ 'd' «e»", "\"open\n\n\"again\"", "it’s the leaders’ ‘view’", "''two'' \"x. \"y\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, sp := range pairMarks(s, nil) {
			if sp.open < last || sp.start < sp.open || sp.end < sp.start || sp.close < sp.end || sp.close > len(s) {
				t.Fatalf("bad span %+v in %q", sp, s)
			}
			if strings.IndexByte(s[sp.start:sp.end], '\n') >= 0 {
				t.Fatalf("span crosses a paragraph: %+v", sp)
			}
			last = sp.close
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We will win,” he said, “and soon.”",
		"Mr. J. Smith, a spokesman for the U.S. Embassy, said: 'No.'",
		"According to officials, \"nothing\" changed. \"Really.\"",
		"Starmer, who ..., continued, “You know my practice.”",
		"“Q?” Tom\u00a0Barker\u2009added. \"HOST: Yes.\"\nShe wrote:\n“Next.”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLocated(t, s, find(s))
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("British Prime Minister Keir Starmer traveled to Beijing on Wednesday to meet Chinese President Xi Jinping.\n"+
		"“It is going to be an important trip,” the British leader said. A Downing Street spokesman said he would raise “human rights”.\n"+
		"Guo Jiakun, a spokeswoman for the foreign ministry, said that China “is willing to take this visit as an opportunity.”\n", 10)
	cast := people.Find(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, cast)
	}
}

// BenchmarkFindBBC runs people and quotes over the BBC corpus in ../shared
// (skipped when absent); it reports the throughput of quotes.Find alone.
func BenchmarkFindBBC(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		b.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	var texts []string
	var casts []*people.Cast
	n := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct{ Text string }
		if json.Unmarshal(line, &d) == nil && d.Text != "" {
			texts = append(texts, d.Text)
			casts = append(casts, people.Find(d.Text))
			n += len(d.Text)
		}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	t0 := cputime.Now()
	for b.Loop() {
		for i, t := range texts {
			Find(t, casts[i])
		}
	}
	cputime.Report(b, n, t0)
}

// BenchmarkUnbalanced5MB measures 5 MB of unbalanced marks (linear time).
func BenchmarkUnbalanced5MB(b *testing.B) {
	in := strings.Repeat("“a \" x ‘b ' c ” « said \"", (5<<20)/28)
	cast := people.Find(in)
	b.SetBytes(int64(len(in)))
	t0 := cputime.Now()
	for b.Loop() {
		Find(in, cast)
	}
	cputime.Report(b, len(in), t0)
}

// TestSentenceBoundsIndexed checks the indexed sentence bounds against the
// scanning ones they replace, at every offset of a few paragraphs.
func TestSentenceBoundsIndexed(t *testing.T) {
	texts := []string{
		"Mr. Hollis arrived. He said: “We are here.” Then J. Smith left! Did he? Yes. The U.S. team won.",
		"“Never,” she said. Dr. Okafor agreed.\nA new line. Gen. Pike spoke on Monday. No. 10 said nothing.",
		strings.Repeat("word ", 600) + "end. Next sentence starts here and runs on. " + strings.Repeat("more words ", 300),
	}
	for _, s := range texts {
		a := attributor{s: s}
		for p := 0; p <= len(s); p++ {
			for _, lo := range []int{0, p / 2, max(0, p-50), p} {
				if lo > p {
					continue
				}
				if lo > 0 && s[lo-1] != ' ' && s[lo-1] != '\n' {
					continue // searches start at word boundaries
				}
				if got, want := a.sentStart(lo, p), sentenceStart(s, lo, p); got != want {
					t.Fatalf("sentStart(%d, %d) = %d, want %d", lo, p, got, want)
				}
			}
			for _, hi := range []int{len(s), min(len(s), p+40)} {
				if p > 0 && s[p-1] != ' ' && p < len(s) && s[p] != ' ' {
					continue
				}
				if got, want := a.sentEnd(p, hi), sentenceEnd(s, p, hi); got != want {
					t.Fatalf("sentEnd(%d, %d) = %d, want %d", p, hi, got, want)
				}
			}
		}
	}
}

// checkIndirect fails t unless find(in) gives exactly one indirect
// quotation, text said by speaker; text "" means none may be found.
func checkIndirect(t *testing.T, in, text, speaker string) {
	t.Helper()
	var got []Located
	for _, q := range find(in) {
		if q.Kind == newsbot.KindIndirect {
			got = append(got, q)
		}
	}
	if text == "" {
		if len(got) > 0 {
			t.Fatalf("found %s", dump(got))
		}
		return
	}
	if len(got) != 1 || got[0].Text != text || got[0].Speaker != speaker {
		t.Fatalf("got %s, want %q by %q", dump(got), text, speaker)
	}
}
