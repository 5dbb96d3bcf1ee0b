package issues

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
)

// A one-word title is completed by what the copy writes the noun with:
// its object, its kind, its owner.
func TestBareFill(t *testing.T) {
	cases := []struct {
		text, title string
		kws         []string
		want        string
	}{
		{"The regulator has begun a review of water charges. The review will report in June.", "Review", nil, "Review of water charges"},
		{"Fans marched against the takeover of the club. The takeover would load it with debt.", "Takeover", nil, "Takeover of the club"},
		{"The former minister was placed under house arrest. His house arrest was lifted on Friday.", "Arrest", nil, "House arrest"},
		{"Investors blame Harlow's collapse on its auditors. The collapse cost 4,000 jobs.", "Collapse", nil, "Harlow's collapse"},
		{"The court threw out the case under federal anti-fraud laws.", "Laws", []string{"federal anti-fraud laws", "court"}, "Federal anti-fraud laws"},
		{"Campaigners argued against tackling immigration by quotas.", "Immigration", []string{"tackling immigration"}, ""}, // a verb phrase
		{"The ministry set a deadline for privatisation of the ports.", "Deadline", nil, "Deadline for privatisation"},
		{"Aid for the next decade was pledged.", "Aid", nil, ""},                                 // "for" a time
		{"Debts of 14bn euros were written off.", "Debts", nil, ""},                              // a quantity
		{"Harbourside shares fell. Harbourside said profits were flat.", "Harbourside", nil, ""}, // a name
		{"The state is to review its contracts. The review of mining contracts will take a year.", "Review", nil, "Review of mining contracts"},
		{"Directors were told to inflate sales. Auditors said Marlow did inflate sales.", "Inflate", nil, ""},
		{"He was found guilty of trying to commit fraud.", "Fraud", nil, ""},                            // a verb before it
		{"The review of rail fares was delayed.", "Review of rail fares", nil, ""},                      // not bare
		{"Shares in Air Lanka rose after the talks on air routes.", "Air", nil, ""},                     // a name's word, and "on" a topic too loose
		{"The auction went ahead. Sunday's auction raised $9bn.", "Auction", nil, ""},                   // a day owns nothing
		{"Ministers held discussions with the unions. The discussions failed.", "Discussions", nil, ""}, // a verb's object said once
		{"Rates on hold: interest rates stay at 4%. Interest rates may rise.", "Rates", nil, "Interest rates"},
		{"Talks on membership of the World Trade Organisation (WTO) resumed.", "Membership", nil, "Membership of the World Trade Organisation"},
	}
	for _, c := range cases {
		a := analyser{text: c.text}
		is := newsbot.Issue{Title: c.title, Keywords: c.kws, Evidence: []string{c.text}}
		if got := a.bareFill(&is); got != c.want {
			t.Errorf("bareFill(%q in %q) = %q, want %q", c.title, c.text, got, c.want)
		}
	}
}

// A title the copy writes only before one same noun is that noun's
// modifier, carried on.
func TestCarryNoun(t *testing.T) {
	cases := []struct{ text, title, want string }{
		{"Callers will get a new number for non-emergency police calls. Non-emergency police calls now clog 999.", "Non-emergency police", "Non-emergency police calls"},
		{"The club faces a huge tax bill. The tax bill dates from 2001.", "Huge tax", "Huge tax bill"},
		{"The tax is due. The tax bill dates from 2001.", "Tax", ""},                       // written alone too
		{"New gun laws put owners at risk.", "New gun laws", ""},                           // a plural heads its phrase
		{"Ministers met union chiefs. The civil service chief quit.", "Civil service", ""}, // carried on into a person
		{"The dock strike continues. Dock strike talks resume today.", "Dock strike", ""},  // two different continuations... or none
		{"Climate change dominated the summit. Delegates said climate change was urgent.", "Climate", "Climate change"},
		{"The firm's best results came in March. Its best results tomorrow?", "Best results", ""}, // a plural again
	}
	for _, c := range cases {
		a := analyser{text: c.text}
		if got := a.carryNoun(c.title); got != c.want {
			t.Errorf("carryNoun(%q in %q) = %q, want %q", c.title, c.text, got, c.want)
		}
	}
}

// A headline tells in the present: its "strike enters" goes on with a
// verb, which the body, writing the title nowhere, cannot contradict.
func TestCarryNounNotIntoHeadlineVerb(t *testing.T) {
	const head = "Harbour pilots strike enters third day as ferries stay in port"
	body := head + "\n\nPilots at the harbour walked out on Monday over rosters. Ferry operators said sailings were cancelled."
	sents := []text.Span{{Start: 0, End: len(head)}, {Start: len(head) + 2, End: len(body)}}
	for _, headline := range []bool{true, false} {
		a := analyser{text: body, sents: sents, headline: headline}
		want := ""
		if !headline {
			want = "Harbour pilots strike enters" // told in the copy, the carried word is taken as written
		}
		if got := a.carryNoun("Harbour pilots strike"); got != want {
			t.Errorf("headline %v: carryNoun = %q, want %q", headline, got, want)
		}
	}
	// Written in a headline before a word that is no verb in -s, it is still carried on.
	ht := "Council tax bill rises again\n\nThe council tax bill will rise by 4%."
	a := analyser{text: ht, sents: []text.Span{{Start: 0, End: 28}, {Start: 30, End: len(ht)}}, headline: true}
	if got := a.carryNoun("Council tax"); got != "Council tax bill" {
		t.Errorf("carryNoun(Council tax) = %q, want %q", got, "Council tax bill")
	}
}

// A bare plan is named by what the copy says it would do.
func TestPlanFill(t *testing.T) {
	cases := []struct{ text, title, want string }{
		{"Unions attacked Ann Moss's plans to scrap final salary pensions. The plans were published on Monday.", "Ann Moss's plans", "Ann Moss's plans to scrap final salary pensions"},
		{"The mayor's decision to close the central library angered residents.", "Decision", "Decision to close central library"},
		{"Critics said the minister had stretched the law to its limits.", "Law", ""},
		{"The plans are due in May.", "Plans", ""},
		{"Ministers unveiled plans to cut red tape.", "Red tape", ""}, // no plan head
		// Letters whose lower case is longer or shorter in UTF-8 before the
		// plan: offsets still read the right words, and never past the end.
		{"Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ officials backed the plans", "Plans", ""},
		{"Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ officials backed the plans.", "Plans", ""},
		{"Ⱥ Ⱥ Ⱥ officials in Ȿan backed the plans to scrap the tax.", "Plans", "Plans to scrap tax"},
		{"İzmir and İstanbul officials backed the plans to scrap the tax.", "Plans", "Plans to scrap tax"},
	}
	for _, c := range cases {
		a := analyser{text: c.text}
		is := newsbot.Issue{Title: c.title, Evidence: []string{c.text}}
		if got := a.planFill(&is); got != c.want {
			t.Errorf("planFill(%q in %q) = %q, want %q", c.title, c.text, got, c.want)
		}
	}
}
