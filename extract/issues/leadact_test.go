package issues

import (
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// A lead that tells its act with a verb ("has resigned", "sued 30
// lenders") names the thread by the act's noun and its party.
func TestLeadActTitle(t *testing.T) {
	cases := []struct{ lead, want string }{
		// the doer's act
		{"Marta Kowalczyk, the elder of the two sisters who run the family's shipping empire, has resigned from the board of its ferry arm.", "Marta Kowalczyk's resignation"},
		{"Transport minister Dafydd Rees has apologised to passengers stranded by last week's signal failures.", "Dafydd Rees's apology"},
		{"Veteran councillor Henry Ashdown has defected to the Greens after 30 years with the party.", "Henry Ashdown's defection to Greens"},
		{"The chairman of Norland Foods has apologised to suppliers who were paid months late.", ""}, // nobody named: no doer
		{"The three most senior directors at builder Castlegate have resigned after losses were hidden from auditors.", "Resignations at Castlegate"},
		{"Harbourside Bank has resigned its seat on the exchange's board.", ""}, // a firm does not resign
		// the act on its object
		{"The Independence Alliance has suspended a council candidate over remarks posted online.", "Suspension of a council candidate"},
		{"Collapsed retailer Brightwell has sued 30 lenders to recover payments made in its last year of trading.", "Lawsuit against 30 lenders"},
		{"Customs officers have seized the cargo of a trawler held off the northern coast.", "Seizure of cargo of a trawler"},
		{"Unions fear ministers will scrap the final salary pension scheme for council staff.", "Scrapping of final salary pension scheme"},
		{"The transport authority plans to raise the congestion charge from next spring.", ""}, // a rise is seldom a thread of its own
		{"The regulator has extended the deadline for bids for the northern franchise.", "Extension of deadline"},
		{"Council tax rebates will be scrapped if the coalition wins the autumn vote, opposition leader Ruth Ellery has claimed.", "Scrapping of council tax rebates"},
		{"Lithuania will extend a border fence along its frontier by another 40 km.", "Extension of a border fence"},
		// no act, or none that opens a thread
		{"The minister is extending the limit on imports of steel to protect jobs in the north.", "Extension of limit"},
		{"Plans for a new harbour authority for Orkney have been scrapped.", ""},                                         // Orkney is what "for" governs
		{"Dock workers who resigned last year are still owed back pay.", ""},                                             // a relative clause tells an aside
		{"\"We have suspended the scheme,\" the director said.", ""},                                                     // somebody's words
		{"The firm's shares rose after it reported higher sales in Asia.", ""},                                           // no act verb
		{"Police said they had seized weapons and cash.", "Seizure of weapons"},                                          // the object stops at "and"
		{"The ministry suspended imports of frozen beef from Brazil on Monday.", "Suspension of imports of frozen beef"}, // the goods say which imports
		{"Eastern Rail has been banned from suing the ticket agency, a judge ruled.", "Lawsuit against ticket agency"},
		{"It was suspended.", ""}, // no subject to name
	}
	for _, c := range cases {
		cast := people.Find(c.lead)
		a := analyser{text: c.lead, cast: cast}
		got, kws, ok := a.actTitle(c.lead, 0)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("actTitle(%q) = %q, want %q", c.lead, got, c.want)
		}
		if ok && (len(kws) == 0 || !strings.Contains(strings.ToLower(got), kws[0][:len(kws[0])-2])) {
			t.Errorf("actTitle(%q): keywords %q do not open with the act's noun", c.lead, kws)
		}
	}
}

// The lead's act is listed as a thread when the copy disputes something,
// and not when an issue told from the lead sentence lists its thread
// already (the act is a step in it).
func TestLeadActIssue(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Veteran councillor Henry Ashdown has resigned from the Harbour Party, the party confirmed on Tuesday.\n\n" +
			"Mr Ashdown, who has sat on the county council for 30 years, will serve out his term as an independent. " +
			"Party officials have been accused of rigging the selection of candidates for the county elections, a claim the party denies. " +
			"The allegations of rigging are being investigated by the party's national executive.\n\n" +
			"Two other councillors have threatened legal action over the selection row, and opposition leaders have called for an inquiry into the rigging claims.\n\n" +
			"The council's next elections are due in May.", 1},
		{"Veteran councillor Henry Ashdown has resigned from the Harbour Party after a row over its candidate list.\n\n" +
			"Mr Ashdown, who has sat on the county council for 30 years, said he would serve out his term as an independent. " +
			"The party's regional chairman said members were sorry to see him go.\n\n" +
			"The council's next elections are due in May.", 0},
	} {
		var titles []string
		n := 0
		for _, is := range findPipeline(c.text) {
			titles = append(titles, is.Title)
			if strings.Contains(is.Title, "resignation") {
				n++
			}
		}
		if n != c.want {
			t.Errorf("titles %q: want Henry Ashdown's resignation %d times", titles, c.want)
		}
	}
}

// A listed title that is the act's object cut short takes the act's name;
// one naming the lead's dispute keeps the act out.
func TestLeadActRetitle(t *testing.T) {
	lead := "Nurses' unions will ballot members on strikes over government plans to extend their pension age to 67."
	for _, c := range []struct {
		listed []newsbot.Issue
		want   []string
	}{
		{[]newsbot.Issue{{Title: "Pension", Keywords: []string{"pension"}}}, []string{"Extension of pension age"}},
		{[]newsbot.Issue{{Title: "Pay talks", Keywords: []string{"pay"}}}, []string{"Extension of pension age", "Pay talks"}},
		{[]newsbot.Issue{{Title: "Pension age row", Evidence: []string{lead}}}, []string{"Pension age row"}},
		{[]newsbot.Issue{{Title: "Nurses' strike", Evidence: []string{lead}}}, []string{"Nurses' strike"}},
		{nil, nil}, // nothing disputed: nothing listed
	} {
		a := analyser{text: lead, sents: text.Sentences(lead), cast: people.Find(lead)}
		got := titlesOf(a.leadActIssue(c.listed))
		if !slices.Equal(got, c.want) {
			t.Errorf("leadActIssue(%q) = %q, want %q", titlesOf(c.listed), got, c.want)
		}
	}
}

// An act on goods a listed issue already names is that issue's thread.
func TestLeadActGoodsListed(t *testing.T) {
	lead := "The ministry suspended imports of frozen beef from Brazil on Monday, citing a disease outbreak."
	a := analyser{text: lead, sents: text.Sentences(lead), cast: people.Find(lead)}
	got := titlesOf(a.leadActIssue([]newsbot.Issue{{Title: "Beef"}}))
	if want := []string{"Beef"}; !slices.Equal(got, want) {
		t.Errorf("leadActIssue = %q, want %q", got, want)
	}
}
