package issues

import (
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// keptTitles runs the whole issues stage over s and returns the titles.
func keptTitles(s string) []string {
	var out []string
	for _, is := range findPipeline(s) {
		out = append(out, is.Title)
	}
	return out
}

func TestKeepNamedThreads(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string   // a title that must be listed ("" for none)
		forbid     []string // titles that must not be listed
	}{
		{"named regulator's investigation, acronym used later",
			"OSLO, March 3 (Wire) - Nordic power group Vestkraft agreed on Monday to buy Finland's Lumo Energia for $9 billion, setting up a long review by competition authorities in Finland and Sweden.\n\n" +
				"Shareholders of Lumo will receive 1.2 Vestkraft shares for each share they hold.\n\n" +
				"Separately, Norway's energy regulator said on Monday it was investigating Vestkraft's trading desk over suspected manipulation of winter power prices in 2024. The Norwegian Energy Market Authority said the investigation was at an early stage.\n\n" +
				"Vestkraft said it was cooperating with the NEMA.\n\n" +
				"The deal is expected to close next year, the companies said.",
			"NEMA investigation into Vestkraft's trading desk", nil},
		{"regulator named in the same sentence",
			"The Financial Conduct Authority is investigating Harbour Mutual's pension advice unit over claims that savers were steered into high-fee funds, the insurer said on Tuesday.\n\n" +
				"Harbour Mutual said it had set aside 40 million pounds for possible compensation and denied any wrongdoing.\n\n" +
				"The regulator declined to comment on the inquiry, which critics said was long overdue.",
			"Financial Conduct Authority investigation into Harbour Mutual's pension advice unit", nil},
		{"regulator opens an in-depth investigation into a bidder's takeover, acronym stated",
			"STOCKHOLM (Nordic Wire)--The Swedish competition regulator on Tuesday opened an in-depth investigation into Finnish forestry group Karelia Oyj's proposed SEK9 billion acquisition of Uppsala-based Norrwood AB, saying the deal could raise timber prices for sawmills in the north.\n\n" +
				"The Swedish Authority for Competition and Markets, or KMV, said its first review had found that the combined group would buy more than half of the timber sold in three counties.\n\n" +
				"Karelia said it would cooperate with the review and still expected to close the deal next year.",
			"KMV investigation into Karelia Oyj's acquisition of Norrwood AB", nil},
		{"a company that opens an investigation is no regulator",
			"Harbour Office Supplies said on Monday it had opened an investigation into missing stock at its Leeds warehouse after an audit found gaps in its records.\n\n" +
				"The company said it had told police and expected to report the results next month.",
			"", []string{"Harbour Office Supplies investigation into missing stock"}},
		{"police are no regulator",
			"Police in Leeds are investigating the theft of copper cable from a railway depot, the operator said on Tuesday.\n\n" +
				"Services were delayed for three hours while engineers replaced the cable, and passengers complained of poor information.\n\n" +
				"The operator said it would review security at the depot.",
			"", []string{"Police investigation into theft of copper cable"}},
		{"activist shareholder votes against the takeover",
			"ZURICH, May 6 (Wire) - Alpen Pharma agreed to buy Danish drugmaker Fjord Bio for $12 billion in cash, its largest deal in a decade.\n\n" +
				"The board of Fjord Bio backed the offer, which values the company at a 31% premium.\n\n" +
				"Halden Partners, an activist investor that owns about 4% of Fjord Bio, said it would vote against the takeover, arguing that the price ignored the value of its cancer pipeline.\n\n" +
				"The deal needs the approval of two thirds of Fjord Bio shareholders at a meeting in July.",
			"Halden Partners' opposition to the takeover", nil},
		{"a time adverbial opens no holder's name",
			"On Monday, the chairman of Kestrel Mining said the directors believed it was in shareholders' best interest to reject the offer from its larger rival.\n\n" +
				"The rival said it would not raise its bid, and analysts said a long fight was likely.",
			"", []string{"On Monday's opposition to the offer"}},
		{"the holder named in the sentence before, the vote told by the speaker of a clause",
			"COPENHAGEN (Wire)--Swedish packaging maker Lindqvist AB on Thursday raised its offer for Corvane Plastics A/S to DKK96 a share, valuing the company at DKK7.2 billion.\n\n" +
				"The offer also faces opposition from Corvane's second-largest shareholder, the activist fund Stellwater Partners, which owns 5.2% of the company. In a letter to Corvane's board sent on Monday, Stellwater said the price \"badly undervalues\" the business and said it would vote against the deal at the extraordinary meeting in January.\n\n" +
				"Lindqvist said it had no plans to raise the offer again.",
			"Stellwater Partners' opposition to the deal", nil},
		{"the fund said it would vote against the merger",
			"Osprey Foods agreed on Tuesday to merge with rival snack maker Tideway Brands in an all-share deal.\n\n" +
				"Brightline Capital, a hedge fund that holds about 3% of Osprey Foods, wrote to other investors last week. The fund said it would vote against the merger, arguing that it left too much value on the table.\n\n" +
				"The companies expect the deal to close in the spring.",
			"Brightline Capital's opposition to the merger", nil},
		{"an activist investor named by its kind calls on holders to reject the offer",
			"Tessaly Mining said on Monday its board had accepted a $4 billion cash offer from Brenner Resources.\n\n" +
				"Activist investor Marlow Street, which owns 7% of Tessaly, called on shareholders to reject the offer, saying it ignored the value of the company's copper mines.\n\n" +
				"Brenner said the offer was final.",
			"Marlow Street's opposition to the offer", nil},
		{"a holder that opposes the bid",
			"Quayside Capital, which holds 3.5% of Arden Foods, opposes the takeover and will vote its shares against it, a spokesman said.\n\n" +
				"Arden's board recommended the bid last week.",
			"Quayside Capital's opposition to the takeover", nil},
		{"a board urging holders to reject a bid holds no shares",
			"Greyfield Holdings called on shareholders to reject the offer from its larger rival, saying it undervalued the group's mines.\n\n" +
				"The rival said it would keep the offer open until March, and analysts expect a long fight.",
			"", []string{"Greyfield Holdings' opposition to the offer"}},
		{"an officeholder's vote on a land sale is no holder's",
			"The council is due to vote next week on selling the harbour land to a hotel developer.\n\n" +
				"Mayor Ana Lopes said the council would oppose the sale of the harbour land unless the developer kept the public footpath.",
			"", []string{"Mayor Ana Lopes' opposition to the sale", "Ana Lopes' opposition to the sale"}},
		{"an unnamed activist in the lead, named two paragraphs on",
			"(Wire) -- Denmark's competition authority opened an in-depth investigation into Nordhavn Shipping A/S's $2.1 billion purchase of rival Fjordline Cargo AS, while an activist investor holding shares in the target said it would vote against the deal.\n\n" +
				"The authority said the combination could raise freight rates on routes to Iceland and the Faroe Islands.\n\n" +
				"Fjordline shares fell 3% in Oslo.\n\n" +
				"The investor, Copenhagen-based Ravnsborg Capital, built a 4.8% stake in Fjordline in October. Its founder called the price \"opportunistic\" in a letter to the board.\n\n" +
				"Nordhavn said it would cooperate with the review.",
			"Ravnsborg Capital's opposition to the deal", nil},
		{"an unnamed holder never named stays untitled",
			"Harlow Foods agreed to buy the Tamsin bakery chain for £300 million on Monday, while a shareholder in Tamsin said it would vote against the deal.\n\n" +
				"The chain has 140 shops in the Midlands.\n\n" +
				"Harlow said the deal would close in the spring.",
			"", []string{"Harlow Foods' opposition to the deal", "Tamsin's opposition to the deal"}},
		{"a separate grievance, whose it is told after its object",
			"Bus drivers at the Kirkby depot will strike for 24 hours on Friday over pay, their union said.\n\n" +
				"The union also has a separate grievance over meal breaks for cleaning staff on the night shift, which it says breach working time rules.\n\n" +
				"The operator said it was disappointed.",
			"Grievance over meal breaks for cleaning staff", nil},
		{"an appositive calls an unpaid bill a dispute",
			"Kenya's squad arrived in Cape Town on Tuesday for a three-match series against South Africa.\n\n" +
				"The tour has not been without off-field noise. Kenya's cricket federation confirmed on Monday that players' match fees for the World Cup qualifiers in July had still not been paid in full, a dispute the players' union has threatened to take to the ICC. The federation said payments would be made soon.\n\n" +
				"The first match is on Friday in Cape Town.",
			"Dispute over players' match fees for the World Cup qualifiers", nil},
		{"overtime that has yet to be paid, in a row",
			"Junior doctors at two Cardiff hospitals say overtime worked during the winter surge has yet to be paid, a row the health board blames on a payroll switch.\n\n" +
				"The board said it would clear the backlog by March.",
			"Dispute over overtime worked during the winter surge", nil},
		{"a dispute named after an act, not a debt, titles nothing new",
			"The mayor cancelled the harbour festival on Monday, a dispute that has split the council.\n\n" +
				"Traders said they would lose thousands.",
			"", []string{"Dispute over the mayor", "Dispute over mayor"}},
		{"a separate dispute beside the story's own strike",
			"Tram drivers in Bristol will strike for 48 hours from Monday after talks over shift patterns broke down, the RMT union said.\n\n" +
				"The operator, Avon Trams, said it would run a reduced timetable on two lines.\n\n" +
				"A separate dispute involving security guards at the operator's two depots, who are employed by an agency, has been running since August. The guards' union is due to meet the agency on Thursday to discuss a new pay offer.\n\n" +
				"The RMT said further strike dates could follow.",
			"Dispute involving security guards", nil},
		{"separate talks name no thread",
			"Ministers from both countries held separate talks with the fishing industry on Tuesday about the new quota rules.\n\n" +
				"The rules take effect in January.",
			"", []string{"Talks with the fishing industry"}},
		{"the copy's most divisive issue",
			"The two party leaders will tour the coast this week in a final push before Saturday's election.\n\n" +
				"The Greens said they would not back any government that pressed ahead with the Harbour Road bypass without an independent review of its cost.\n\n" +
				"The bypass remains the most divisive issue of the campaign. The governing party says it is essential for the port, while the opposition has pledged to cap the state's contribution.\n\n" +
				"Polls close at 6pm on Saturday.",
			"Row over the Harbour Road bypass", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := keptTitles(tc.text)
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("titles %q, want %q among them", got, tc.want)
			}
			for _, f := range tc.forbid {
				if slices.Contains(got, f) {
					t.Errorf("titles %q hold %q", got, f)
				}
			}
		})
	}
}

// A wire's dateline closed by its agency and two hyphens, no space.
func TestDatelineAgencyHyphens(t *testing.T) {
	s := "FRANKFURT (Market Wire)--The German cartel office on Monday blocked the sale of two regional airports."
	if n := datelineEnd(s); n != len("FRANKFURT (Market Wire)--") {
		t.Errorf("datelineEnd = %d, want %d", n, len("FRANKFURT (Market Wire)--"))
	}
}

func TestJunkTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		junk  bool
	}{
		{"North", true},
		{"Island", true},
		{"The region", true},
		{"Island Link", false},
		{"South-east", true},
		{"Requires approval", true},
		{"Lets employers", true},
		{"Tourism economy depends", true},
		{"Defeat linger", true},
		{"Port strike", false},
		{"Proposals for a new runway", false},
		{"Talks", false},
		{"Means test for student grants", false},
		{"North Sea oil licences", false},
		{"Days touring vineyards in the Loire", true},
		{"Weeks spent waiting for visas", false},
		{"Years of delays at the port", false},
	} {
		if got := junkTitle(tc.title); got != tc.junk {
			t.Errorf("junkTitle(%q) = %v, want %v", tc.title, got, tc.junk)
		}
	}
}

func TestOfficeholderTitleDropped(t *testing.T) {
	s := "Foreign Minister Lena Falk pressed her Serbian counterpart on Monday to accept a monitoring mission on the border, opening three days of talks.\n\n" +
		"Falk met Prime Minister Goran Vukic for two hours at his office in Belgrade, a day after arriving from Vienna.\n\n" +
		"Vukic's office said in a statement that Serbia would decide on its own terms and rejected any deadline.\n\n" +
		"Falk travels to Pristina on Tuesday and returns to Belgrade on Wednesday to brief Vukic before flying home.\n\n" +
		"The opposition accused Vukic of stalling on the monitoring mission, which critics said had been blocked for two years."
	for _, title := range keptTitles(s) {
		if title == "Goran Vukic" {
			t.Errorf("titles %q: an officeholder met in the story is no thread", keptTitles(s))
		}
	}
}

func TestTrialOfDefendant(t *testing.T) {
	s := "A former council planning officer took bribes from developers in return for approving housing schemes, a jury has heard.\n\n" +
		"Martin Cole, 51, from Derby, is accused of accepting more than £60,000 in cash and holidays between 2019 and 2022.\n\n" +
		"He denies six counts of bribery and one of misconduct in public office.\n\n" +
		"Opening the prosecution case on Monday, Helen Shaw KC told jurors that the trial would hear from two developers who had paid him.\n\n" +
		"\"This trial is about a man who sold his signature,\" Ms Shaw said.\n\n" +
		"The judge told the jury the trial was expected to last four weeks.\n\n" +
		"The trial continues."
	got := keptTitles(s)
	if slices.Contains(got, "Trial") {
		t.Errorf("titles %q: a bare Trial where the copy names the defendant", got)
	}
	if !slices.ContainsFunc(got, func(x string) bool { return strings.Contains(x, "Martin Cole") }) {
		t.Errorf("titles %q: want the defendant named", got)
	}
}

func TestHeldIn(t *testing.T) {
	ev := []string{"Officials said the minister would also raise the case of a Spanish engineer held in Iran on spying charges since May."}
	if got := heldIn("Spanish engineer", ev); got != "Spanish engineer held in Iran" {
		t.Errorf("heldIn = %q", got)
	}
	if got := heldIn("Trade talks", ev); got != "Trade talks" {
		t.Errorf("heldIn changed an unrelated title: %q", got)
	}
}

func TestEvidenceModifier(t *testing.T) {
	ev := []string{
		"Dockers walked off the job at the port of Gdansk on Monday, halting container traffic, as rail unions announced a separate 24-hour strike.",
		"The port strike, called by two unions, is open-ended.",
	}
	if got := evidenceModifier("National strike", ev); got != "Port strike" {
		t.Errorf("evidenceModifier = %q, want Port strike", got)
	}
	if got := evidenceModifier("Rail strike", []string{"Rail unions extend strike as pay talks collapse."}); got != "Rail strike" {
		t.Errorf("evidenceModifier = %q: a headline verb is no modifier", got)
	}
}

func TestDatelineDash(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"WELLINGTON — A bitter row over the government's water reforms spilled into parliament.", len("WELLINGTON — ")},
		{"THE three party leaders will tour the state this week.", 0},
		{"OSLO, May 2 (Wire) - The union said.", len("OSLO, May 2 (Wire) - ")},
	} {
		if got := datelineEnd(tc.s); got != tc.want {
			t.Errorf("datelineEnd(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestNamesOnlyRestated(t *testing.T) {
	ev1 := "Danish drugmaker Orsted Bio said on Monday it would not launch its migraine drug Velora in Scotland unless the health service paid close to its list price."
	ev2 := "The Scottish Medicines Consortium said Velora's benefits were too small to justify its cost in Scotland."
	ev3 := "A consortium spokeswoman said it would consider a new offer before its final advice."
	kept := []newsbot.Issue{{Title: "Price negotiations", Evidence: []string{ev1, ev2, ev3}}}
	a := analyser{cast: &people.Cast{}}
	dup := newsbot.Issue{Title: "Velora in Scotland", Evidence: []string{ev2, ev3}}
	if !a.namesOnly(&dup) || restatedBy(kept, &dup) != 0 {
		t.Errorf("%q told from the same sentences as %q: want it merged", dup.Title, kept[0].Title)
	}
	bill := newsbot.Issue{Title: "Terrorism Bill", Evidence: []string{"MPs will vote on the Terrorism Bill next week.", ev3}}
	if a.namesOnly(&bill) {
		t.Errorf("%q names its thread", bill.Title)
	}
	other := newsbot.Issue{Title: "Velora in Scotland", Evidence: []string{ev2, "Sales of Velora rose in Norway."}}
	if restatedBy(kept, &other) >= 0 {
		t.Errorf("one shared sentence is no restatement")
	}
}

func TestObjectionTitle(t *testing.T) {
	ev := []string{
		"On the buses, the two unions at the city operator said drivers would stop work from Monday.",
		"The bus unions object to plans to lengthen shifts for night drivers and to close two depots.",
	}
	k := int32(lxOppose >> namedShift)
	a := analyser{namedSents: []int32{0<<3 | k, 1<<3 | k}, sents: []text.Span{{Text: ev[0]}, {Text: ev[1]}}}
	got, who := a.objectionTitle("Buses", ev)
	if got != "Bus unions' objection to plans to lengthen shifts for night drivers" || who != "bus unions" {
		t.Errorf("objectionTitle = %q, %q", got, who)
	}
	if got, _ := a.objectionTitle("Strike", ev); got != "" {
		t.Errorf("objectionTitle(Strike) = %q: a thread noun stands", got)
	}
	a.sents[0].Text = "They object to the plan, he said."
	if got, _ := a.objectionTitle("Buses", []string{a.sents[0].Text}); got != "" {
		t.Errorf("objectionTitle = %q: a pronoun names no party", got)
	}
}

// Words the copy uses in passing title no thread.
func TestMereMentionParts(t *testing.T) {
	for _, tc := range []struct {
		w, e string
		want bool
	}{
		{"Porto", "PORTO, Portugal (Wire) - Several thousand teachers marched through Porto on Saturday demanding a pay rise.", true},
		{"Ghent", "Hundreds of cyclists gathered in Ghent on Sunday to protest against a new ring road.", true},
		{"Ghent", "Ghent council voted to scrap the ring road after months of protests.", false},
		{"Fraud", "Ana Ruiz, 47, denies fraud and false accounting.", false},
		{"Orbitel", "Shares in Orbitel fell 8% on Tuesday after the telecoms group warned on profits.", false},
	} {
		if got := placeWord(tc.w, tc.e); got != tc.want {
			t.Errorf("placeWord(%q, %q) = %v, want %v", tc.w, tc.e, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w, e string
		want bool
	}{
		{"Hope", "The bishop is visiting camps in the north, carrying on what her office calls a \"mission of hope\" to displaced families.", true},
		{"Hope", "The bishop is visiting camps in the north, carrying on what her office calls a “mission of hope” to displaced families.", true},
		{"Hope", "Aid agencies said there was little hope of reopening the road before the rains, and called the blockade a \"disgrace\".", false},
		{"Tariffs", "Ministers said tariffs on \"essential goods\" would stay.", false},
	} {
		if got := quotedOnly(tc.w, []string{tc.e}); got != tc.want {
			t.Errorf("quotedOnly(%q, %q) = %v, want %v", tc.w, tc.e, got, tc.want)
		}
	}
	for _, tc := range []struct {
		e    string
		want bool
	}{
		{"Farmers blocked the motorway with tractors and chanted for the minister's resignation.", true},
		{"The opposition called for the minister's resignation after the report was published.", false},
	} {
		if got := chanted(tc.e); got != tc.want {
			t.Errorf("chanted(%q) = %v, want %v", tc.e, got, tc.want)
		}
	}
}

// A nationality titles no thread; a place's name may.
func TestDemonymTitle(t *testing.T) {
	a := &analyser{text: "Kenya's top order will rely on Otieno, who has more runs than any other Kenyan playing. Nigeria hosts the final in Lagos."}
	for _, tc := range []struct {
		t    string
		want bool
	}{{"Kenyan", true}, {"Nigerian", true}, {"Kenya", false}, {"Otieno", false}, {"Kenyan cricket board's unpaid fees", false}} {
		if got := a.demonymTitle(tc.t); got != tc.want {
			t.Errorf("demonymTitle(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

// A body's vote to oppose a plan titles the thread a later paragraph's
// generic phrase named.
func TestVoteToOpposeSubject(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kerry County Council has voted unanimously to", "Kerry County Council"},
		{"The regional assembly voted to", "The regional assembly"},
		{"Residents have been asked to", "Residents have been asked to"},
	} {
		if got := strings.Join(voteToSubject(strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("voteToSubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A thread's own noun stands though the evidence quotes it.
func TestMereMentionThreadNoun(t *testing.T) {
	a := &analyser{text: "x"}
	for _, tc := range []struct {
		title, e string
		want     bool
	}{
		{"Trial", `"What the jury will hear in this trial is a story of greed," the prosecutor said.`, false},
		{"Hope", `The charity called its winter appeal a "season of hope" for families in shelters.`, true},
	} {
		is := newsbot.Issue{Title: tc.title, Evidence: []string{tc.e}}
		if got := a.mereMention(&is); got != tc.want {
			t.Errorf("mereMention(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// A two-word aside told from a named thread's later sentence is a step
// of that thread; a title naming its own thread stays.
func TestAbsorbAsides(t *testing.T) {
	lead := "The competition regulator opened an in-depth investigation into Karelia's takeover of Norrwood on Tuesday."
	next := "The Swedish Authority for Competition and Markets said its initial assessment had found the group would control half the market."
	res := []newsbot.Issue{
		{Title: "Initial assessment", Evidence: []string{next}},
		{Title: "Timber prices", Evidence: []string{lead}},
		{Title: "Norrwood strike", Evidence: []string{next}},
		{Title: "Job cuts at Norrwood", Evidence: []string{next}},
	}
	var got []string
	for _, r := range absorbAsides(res, []string{lead, next}) {
		got = append(got, r.Title)
	}
	if want := []string{"Timber prices", "Norrwood strike", "Job cuts at Norrwood"}; !slices.Equal(got, want) {
		t.Errorf("absorbAsides = %q, want %q", got, want)
	}
}

func TestWithoutDayPossessive(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Thursday’s ferry strike on the Mallaig routes", "Ferry strike on the Mallaig routes"},
		{"Monday's walkout by bin crews", "Walkout by bin crews"},
		{"Last week's rail strike", "Rail strike"},
		{"Today's vote on the merger", "Vote on the merger"},
		{"Fiona Kerr's pay claim", "Fiona Kerr's pay claim"},
		{"Friday's", "Friday's"},
		{"Ferry strike", "Ferry strike"},
		{"May's Brexit deal", "May's Brexit deal"}, // a month or a surname: "May" is both; kept when it may be a name
	} {
		if got := withoutDayPossessive(c.in); got != c.want {
			t.Errorf("withoutDayPossessive(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// One lead, two named threads: the regulator's investigation keeps its
// title beside the holder's opposition.
func TestInquiryAndOppositionShareALead(t *testing.T) {
	s := "(Wire) -- Denmark's competition authority opened an in-depth investigation into Nordhavn Shipping A/S's $2.1 billion purchase of rival Fjordline Cargo AS, while an activist investor holding shares in the target said it would vote against the deal.\n\n" +
		"The authority said the combination could raise freight rates on routes to Iceland and the Faroe Islands.\n\n" +
		"Fjordline shares fell 3% in Oslo. Analysts said the review could take four months.\n\n" +
		"\"We expected a detailed review,\" Nordhavn's chief executive said. \"We will cooperate fully.\"\n\n" +
		"The investor, Copenhagen-based Ravnsborg Capital, built a 4.8% stake in Fjordline in October.\n\n" +
		"Nordhavn said it would cooperate with the review."
	got := keptTitles(s)
	inquiry := slices.ContainsFunc(got, func(t string) bool { return strings.Contains(t, "investigation") })
	if !inquiry || !slices.Contains(got, "Ravnsborg Capital's opposition to the deal") {
		t.Errorf("titles %q: want the investigation and Ravnsborg Capital's opposition", got)
	}
}
