package issues

import (
	"strings"
	"testing"
)

// TestReadFrame reads the thread of headline clauses written for this
// test: the dispute noun with its parties and object, a verb that
// carries a thread named as the noun an editor uses, and the clauses that
// close a thread.
func TestReadFrame(t *testing.T) {
	for _, c := range []struct {
		clause string
		want   string // "" for no frame
		closed bool
	}{
		{"Mexico vows to fight new US tariffs on tomato imports", "US tariffs on tomato imports", false},
		{"Pakistan and Afghanistan trade accusations as row over border fence deepens", "Pakistan–Afghanistan row over border fence", false},
		{"Jury retires in Hollis bribery trial", "Hollis bribery trial", false},
		{"Watchdog opens probe into Larkspur Energy over price fixing", "Probe into Larkspur Energy over price fixing", false},
		{"Port workers walk out across Chile", "Port workers' strike in Chile", false},
		{"Striking teachers down tools over unpaid allowances", "Striking teachers' strike over unpaid allowances", false},
		{"Photographers sue newspaper group over archive sales", "Photographers' lawsuit against newspaper group over archive sales", false},
		{"Regulator fines bank 40 million dollars over mis-sold loans", "Fine on bank over mis-sold loans", false},
		{"carmaker fined over emissions tests", "Fine on carmaker over emissions tests", false},
		{"Finland and Estonia clash over Baltic fishing quotas", "Finland–Estonia row over Baltic fishing quotas", false},
		{"Poland summons Belarusian envoy over border shooting", "Row over border shooting", false},
		{"Hanseatic Steel rejects 3 billion euro takeover bid", "Hanseatic Steel takeover bid", false},
		{"Niger closes border", "Niger border closure", false},
		{"Vietnam curbs rice exports to cool prices", "Curbs on rice exports", false},
		{"Senate rejects governor's budget, raising risk of federal takeover", "Senate dispute over governor's budget", false},
		{"Opposition deputies walk out as Lyon votes to shut tram depot", "Closure of tram depot", false},
		{"Court halts work on Alaska gas pipeline", "Halt to work on Alaska gas pipeline", false},
		{"Peruvian coffee growers protest prices", "Peruvian coffee growers' protest over prices", false},
		{"Opposition rejects vote count", "Opposition dispute over vote count", false},
		{"Welsh teachers announce second strike", "Welsh teachers' strike", false},
		{"Nurses at Mater Hospital stage 24-hour walkout", "Walkout by nurses at Mater Hospital", false},
		{"Retired judge goes on trial over bribes", "Trial of retired judge over bribes", false},
		{"Cyclists banned from Tour over doping cases", "Ban on cyclists over doping cases", false},
		{"Growers lose court challenge to pesticide ban", "Court challenge to pesticide ban", false},
		{"Rail cleaners threaten Christmas strike", "Rail cleaners' Christmas strike", false},
		{"Ukraine wins first round in arbitration over Crimea assets", "Arbitration over Crimea assets", false},
		{"Minister quits over probe into contracts awarded", "Probe into contracts", false},
		{"Unions call general strike", "Unions' general strike", false},
		{"Australia blames Chinese hackers for attack on parliament network", "Attack on parliament network", false},
		{"Watchdog raids car insurers", "Investigation into car insurers", false},
		{"Students boycott classes over fee rise", "Students' boycott of classes over fee rise", false},
		{"Chad orders Libyan ambassador to leave over border raid", "Expulsion of Libyan ambassador over border raid", false},
		{"Chad orders Libyan ambassador to leave", "Expulsion of Libyan ambassador from Chad", false},
		{"Ghana expels Nigerian trade envoy", "Expulsion of Nigerian trade envoy from Ghana", false},
		{"Bolivia senate ousts attorney general", "Ouster of attorney general by Bolivia senate", false},
		{"Assembly removes governor over graft claims", "Removal of governor by Assembly over graft claims", false},
		{"Romanian government faces no-confidence vote over pension cuts", "No-confidence vote over pension cuts", false},
		{"Hungary to build fence on Serbian border", "Fence on Serbian border", false},
		{"Finland to extend fence along Russian frontier", "Fence along Russian frontier", false},
		{"Regional MPs want ethics probe", "Regional MPs' ethics probe", false},
		{"Coach firm orders new buses", "", false},
		{"Serbian mayors face recall votes", "Recall votes against Serbian mayors", false},
		{"Madrid residents win vote to buy back city's water company", "Vote to buy back city's water company", false},
		{"Dutch voters to decide on gambling law in May referendum", "Referendum on gambling law", false},
		{"Ruling party faces leadership vote", "Leadership vote against ruling party", false},
		{"Dockers vote to strike over pay", "Strike over pay", false},
		{"Scots hold vote on new bridge", "", false},
		{"Brewers and farmers at odds over barley prices", "Brewers–farmers row over barley prices", false},
		{"Airline faces class action over cancelled flights", "Class action over cancelled flights", false},
		{"Senators impeach governor over land deals", "Impeachment of governor by Senators over land deals", false},
		{"Council orders audit of school building contracts", "Audit of school building contracts", false},
		{"Premier survives no-confidence vote", "Premier no-confidence vote", true},
		{"Army chiefs weigh military action", "", false},
		{"Japan recalls envoy from Seoul over statue row", "Japan–Seoul statue row", false},
		{"Ghana recalls ambassador to Togo after border shooting", "Ghana–Togo row over border shooting", false},
		{"Carmaker recalls 200,000 cars over brake fault", "", false},
		{"Court blocks council plan to close three libraries", "Block on council plan to close three libraries", false},
		{"Chad blocks border", "Chad border blockade", false},
		{"Police order protesters to leave square", "", false},
		{"party suspends mayor accused of fraud", "Suspension of mayor", false}, // sentence-cased as frames() does
		{"Water board removes old pipes", "", false},
		{"Parliament holds vote on budget", "", false},
		// Threads the clause ends.
		{"Court acquits former mayor of bribery", "Case", true},
		{"Court clears way for extradition of banker", "", false},
		{"Regulator approves Brightwater merger", "Brightwater merger", true},
		{"Colombian miners end strike", "Colombian miners' strike", true},
		{"Peru and Ecuador sign border treaty after decades of clashes", "Peru–Ecuador row", true},
		{"Bin workers call off strike after pay deal", "Bin workers' strike", true},
		{"Prosecutors drop case against striking miners", "Case against striking miners", true},
		{"Brussels under pressure to lift embargo on Iranian oil", "Embargo on Iranian oil", false},
		// Senses that name no dispute.
		{"Ministers strike a deal on fishing quotas", "", false},
		{"Rowers win three in a row", "", false},
		{"Drugmaker starts clinical trial of malaria vaccine", "", false},
		{"Generals warn of nuclear strikes on border cities", "", false},
		{"Fans await final of Crime Scene Investigation", "", false},
		{"Former minister denies fraud as trial opens", "Trial", false},
	} {
		t.Run(c.clause, func(t *testing.T) {
			f, ok := readFrame(splitWords(c.clause), true)
			if !ok {
				f = frame{}
			}
			if f.title != c.want || f.closed != c.closed {
				t.Errorf("readFrame = %q closed %v, want %q closed %v", f.title, f.closed, c.want, c.closed)
			}
		})
	}
}

// TestFrameStories runs Find on short wire stories written for this test:
// the headline's thread titles the issue, a roundup lists each of its
// threads, and a thread the copy closes is not open.
func TestFrameStories(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []string // each a word set one title must hold
		bad  []string // words no title may hold
		none bool     // no issue at all
	}{
		{
			name: "the headline's dispute noun titles the thread",
			text: `Brazil vows to fight EU duties on orange juice

BRASILIA, May 4 (Wire) - Brazil said on Monday it would challenge new European Union duties on orange juice at the World Trade Organization, deepening a trade dispute with the bloc.
"These duties have no basis in the rules," the trade minister told reporters.
The Commission says Brazilian growers are subsidised through cheap state loans.
Juice exporters said the duties could cost 15,000 jobs in Sao Paulo state.
Talks between the two sides are due to resume in June.`,
			want: []string{"duties orange juice"},
			bad:  []string{"vows", "fight"},
		},
		{
			name: "a headline verb names the thread by its noun",
			text: `Airport cleaners walk out over unpaid overtime

DUBLIN, Aug 8 (Wire) - Cleaners at Dublin Airport stopped work on Friday in a dispute over overtime they say has gone unpaid since March.
The union said 300 members joined the stoppage and picket lines were set up at both terminals.
The contractor said it had paid all overtime due and called the walkout unlawful.
Passengers reported overflowing bins but flights were not disrupted.`,
			want: []string{"cleaners strike"},
			bad:  []string{"walk"},
		},
		{
			name: "a roundup lists each of its threads",
			text: `Europe briefs: Greek farmers block highways; Dutch court halts gas field expansion

ATHENS/THE HAGUE, Jan 20 (Wire) - Greek farmers blocked two main highways with tractors on Monday in a protest over fuel prices and late subsidy payments.
The government said it would meet farm unions on Wednesday.
A Dutch court on Monday halted the expansion of a gas field in the north of the country, ruling that the permit had ignored the risk of earthquakes.
The operator said it would appeal against the ruling.`,
			want: []string{"gas field"},
		},
		{
			name: "a strike called off is no open thread",
			text: `Tram drivers call off strike after accepting new offer

ZURICH, Oct 2 (Wire) - Tram drivers in Zurich have called off a two-day strike planned for next week after voting to accept an improved pay offer, their union said on Thursday.
The union said 81 percent of members backed the deal, which raises pay by 5 percent.
The city transport authority said it was pleased the dispute had been settled.`,
			none: true,
		},
		{
			name: "a title-case headline is read by the copy's own case",
			text: `Parents Start Boycott Of School Meals Over Menu Changes

LEEDS, Feb 3 (Wire) - Parents at a dozen primary schools in Leeds kept their children's lunches at home on Monday in protest at cuts to portion sizes and the removal of hot puddings from the menu.
The council said the new menu met nutrition rules and cost less to run.
Head teachers said about half of pupils brought packed lunches.
A meeting between parents and councillors is set for next week.`,
			want: []string{"boycott school meals"},
		},
		{
			name: "a headline closing one thread keeps the one it leaves open",
			text: `Police end inquiry into senator's loans, but MPs want ethics probe

CANBERRA, May 5 (Wire) - Police said on Friday they would take no further action over loans made to a senator by a property developer, closing a six-month inquiry.
Opposition MPs asked the parliamentary ethics committee to examine why the loans were not declared.
The senator said she had done nothing wrong.`,
			want: []string{"ethics probe"},
			bad:  []string{"loans"},
		},
		{
			name: "an expulsion is read from an order to leave, and side titles are left out",
			text: `Guyana orders Venezuelan envoy to leave

GEORGETOWN, Nov 11 (Wire) - Guyana ordered Venezuela's ambassador to leave the country within 72 hours on Tuesday, accusing Caracas of arming gangs in the disputed Essequibo region.
Venezuela said it would expel Guyana's envoy in return and called the accusation a fabrication.
Regional leaders in South America urged both sides to keep talking.
A court document seen by reporters showed two arms shipments seized in the region last month.`,
			want: []string{"expulsion venezuelan envoy"},
			bad:  []string{"document", "america"},
		},
		{
			name: "a pronoun clause goes on with the thread before it",
			text: `Ecuador congress ousts attorney general; she vows court challenge

QUITO, Apr 2 (Wire) - Ecuador's congress voted on Tuesday to remove Attorney General Lucia Paredes over what it called failures in a bribery inquiry.
Paredes said the vote broke the constitution and that she would file a court challenge within days.
Her deputy will run the office until a successor is named.`,
			want: []string{"ouster attorney general"},
			bad:  []string{"challenge"},
		},
		{
			name: "a row that names neither side takes the headline's two names",
			text: `Morocco recalls trade attache from Tunisia as diplomatic row deepens

RABAT, June 3 (Wire) - Morocco recalled its trade attache from Tunis on Tuesday, widening a diplomatic row over the Tunisian president's meeting with a Polisario Front leader.
Tunisia said the meeting was a courtesy and that its position on Western Sahara had not changed.
Morocco has also put on hold a planned visit by its foreign minister to Tunisia.`,
			want: []string{"morocco–tunisia diplomatic row"},
		},
		{
			name: "copy that disputes nothing opens no thread",
			text: `Nordic airline adds routes to Asia

OSLO, March 9 (Wire) - Nordic airline Polarfly said on Monday it would add flights to Bangkok and Tokyo from June, as demand for long-haul travel grew.
The airline will use two new wide-body jets delivered this spring.
Polarfly shares rose 3 percent in Oslo.
The company said bookings for the summer were 12 percent higher than a year ago.`,
			none: true,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findPipeline(c.text)
			var titles []string
			for _, is := range got {
				titles = append(titles, is.Title)
			}
			if c.none && len(got) > 0 {
				t.Errorf("titles %q, want none", titles)
			}
			for _, w := range c.want {
				set := [][]string{strings.Fields(w)}
				found := false
				for _, title := range titles {
					found = found || titleMatches(title, set)
				}
				if !found {
					t.Errorf("no title holds %q; titles %q", w, titles)
				}
			}
			for _, title := range titles {
				for _, w := range titleWords(title) {
					for _, b := range c.bad {
						if w == b {
							t.Errorf("title %q holds %q", title, b)
						}
					}
				}
			}
		})
	}
}

// TestFrameSimilar checks that the issues of two short stories about one
// thread, told on different days in different words, score as the same
// thread, and those of different stories do not. Stories written for this
// test.
func TestFrameSimilar(t *testing.T) {
	day1 := `Mexico vows to fight new US tariffs on tomato imports

MEXICO CITY, July 2 (Wire) - Mexico said on Wednesday it would challenge new US tariffs on tomato imports, reopening a trade dispute that has flared on and off for decades.
The US Commerce Department imposed a 21 percent duty, saying Mexican growers sell below cost.
"These tariffs punish American families," Mexico's economy minister told reporters.
Growers in Sinaloa warned of job losses.`
	day2 := `Mexico files complaint over US tomato tariffs

MEXICO CITY, July 16 (Wire) - Mexico on Tuesday filed a formal complaint against US tariffs on tomato imports under the dispute settlement chapter of the regional trade pact.
Florida growers said the tariffs were needed to offset unfair competition.
A panel ruling could take a year.`
	other := `Dock workers at Santos stage 24-hour walkout over pay

SAO PAULO, July 9 (Wire) - Dock workers at the port of Santos stopped work on Wednesday in a dispute over pay, delaying dozens of ships.
The union wants a 10 percent rise; port operators have offered 5 percent.
Exporters said coffee and soy shipments were held up.`
	best := func(x, y string) float64 {
		b := 0.0
		for _, i := range findPipeline(x) {
			for _, j := range findPipeline(y) {
				b = max(b, Similar(i, j))
			}
		}
		return b
	}
	if s := best(day1, day2); s < 0.35 {
		t.Errorf("one thread on two days scores %.2f, want at least 0.35", s)
	}
	if s := best(day1, other); s >= 0.2 {
		t.Errorf("two threads score %.2f, want under 0.2", s)
	}
}

// FuzzReadFrame reads arbitrary headline clauses: no panic, and a frame
// read is titled on one line.
func FuzzReadFrame(f *testing.F) {
	for _, s := range []string{
		"Nurses walk out across Scotland",
		"Court acquits former mayor of bribery",
		"Retired judge goes on trial over bribes",
		"Cyclists banned from Tour over doping cases",
		"World briefs: Georgia opposition rejects vote count; Chad closes border",
		"fines", "case against", "'s", "walk", "of of of", "£5bn takeover bid for",
		"Japan recalls envoy from Seoul over", "A and B at odds", "at odds", "win vote to", "Court blocks plan to",
		"orders envoy to", "ousts", "Fans Launch Boycott Of", "X end probe, but Y want probe; she vows challenge",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, headline := range []bool{true, false} {
			fr, ok := readFrame(splitWords(s), headline)
			if ok && strings.ContainsAny(fr.title, "\n\r") {
				t.Errorf("readFrame(%q) title %q spans lines", s, fr.title)
			}
		}
		mayFrame(s, true)
		Find("Headline "+s+"\n\nLONDON, May 1 (Wire) - "+s+" said on Monday.\nMore copy follows here.", nil, nil)
	})
}

// TestSideTitle checks the titles that, beside a thread, name none: a
// venue, tool or field, a region alone, a verb phrase. Sentences written
// for this test.
func TestSideTitle(t *testing.T) {
	copy := "Unions threatened to impose fines on members who cross picket lines. Voters will cast ballots on Sunday. Fishing fleets in the North Sea face new quotas."
	a := analyser{text: copy}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Leaked court document", true},
		{"Water cannon", true},
		{"Italian football", true},
		{"North Sea", true},
		{"Pacific coasts", true},
		{"Days over unpaid wages", true},
		{"Impose fines", true},
		{"Cast ballots", true},
		{"Halts production", true},
		{"North Sea fishing quotas", false},
		{"Fines on members", false},
		{"Pension reform", false},
		{"Strike ballots", false},
	} {
		if got := a.sideTitle(c.title); got != c.want {
			t.Errorf("sideTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
