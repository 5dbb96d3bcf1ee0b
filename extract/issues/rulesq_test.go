package issues

import (
	"slices"
	"strings"
	"testing"
)

// Our own copy for the editor's rules of the quality round: each article
// with words some title must hold and titles no issue may carry.
func TestEditorRoundRules(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		want   []string // some title holds one of these words (nil: no such check)
		forbid []string // exact titles, any case
	}{
		{
			name: "a name and its irregular past verb are a clause",
			text: `ATHENS, May 4 (Newsroom) - Hundreds of petrol stations in Greece ran out of fuel on Monday as a walkout by tanker drivers entered its fourth day, after talks between the drivers' union and the government broke up without agreement.

The drivers want the government to scrap a law that lets companies hire self-employed drivers. Opposition parties accused the government of letting the dispute drag on.`,
			forbid: []string{"Greece ran"},
		},
		{
			name: "a supporters' trust is a body, not a thread",
			text: `DERBY, England (Newsroom) - Season ticket prices at the club's new stadium will rise by up to 35 percent, and the supporters' trust has accused the owners of pricing out young fans.

The trust said it had collected 6,000 signatures against the increase. Its chairwoman said the trust would meet the owners on Friday.

The club said the rise was needed to pay for the stadium and that prices for children would be frozen.`,
			forbid: []string{"Trust"},
		},
		{
			name: "a price disputed again and again titles the thread",
			text: `BRISTOL, England (Newsroom) - The price of a monthly bus pass in Bristol will rise by 18 percent in April, the operator said on Tuesday, drawing criticism from passenger groups and the city's mayor.

Passenger groups accused the operator of using the prices to cover losses on rural routes. The operator denied the claim and said prices had been frozen for three years.

The mayor said she would raise the issue with the regional transport authority.`,
			want: []string{"price", "prices"},
		},
		{
			name: "the board and a majority of shareholders are who, not what",
			text: `VANCOUVER, June 2 (Newsroom) - Northgate Timber's board has cut chief executive Dana Price's bonus by a third, a week after a majority of shareholders voted against the lumber company's pay report.

A pension fund that owns 4 percent of the company said it would oppose the chairman's re-election unless the pay committee was overhauled. The company said it would consult investors.`,
			forbid: []string{"Northgate Timber's board", "Majority of shareholders"},
		},
		{
			name: "a legal battle is a dispute; the valley is where",
			text: `CUSCO, Peru (Newsroom) - In the valley below the mountain, farmers have grown maize on terraces for centuries, watered by a river that is shrinking each year.

Since 2022 the farmers' cooperative has been in a legal battle with Sierra Gold, which runs a mine upstream, over the company's licence to take water from the river.

"The valley is drying and the mine is taking what is left," said one farmer. The national water authority will rule on the licence in June.`,
			want:   []string{"licence", "water", "battle", "mine"},
			forbid: []string{"Valley"},
		},
		{
			name: "a lead's scene and fixture title nothing",
			text: `WARSAW, May 6 (Newsroom) - Thousands of bus drivers walked out across Poland on Wednesday over new shift rules that they say force them to sleep in cramped depots, and shareholders of the largest operator voted against its pay report at its annual meeting.

The drivers' union said the rules cut their rest time. The transport ministry called the walkout illegal and said it would not withdraw the rules. The union said the strike would go on until the rules were dropped.`,
			forbid: []string{"Cramped depots", "Annual meeting"},
		},
		{
			name: "the trial of a defendant whose case is listed is that case",
			text: `PORTO, May 11 (Newsroom) - The former head of Porto's port authority, Nuno Carvalho, went on trial in Porto on Monday accused of taking bribes from shipping agents in exchange for berth contracts.

Prosecutors say Carvalho received 800,000 euros over six years. Carvalho denies the charges, and his lawyer told the court the case rested on one witness.

The trial is expected to last three months.`,
			want:   []string{"carvalho"},
			forbid: []string{"Trial in Porto"},
		},
		{
			name: "a bare ban takes the object of its verb; a relative clause titles nothing",
			text: `JAKARTA, July 7 (Newsroom) - Indonesia banned exports of palm oil with immediate effect on Tuesday after cooking oil prices doubled, a move that drew protests from Malaysia and India, which rely on Indonesian supplies.

Malaysia's trade minister said Jakarta had given no warning. Indonesian planters criticised the ban, saying it would cut their income.

The trade ministry said the ban would last until prices fell.`,
			want:   []string{"palm", "oil"},
			forbid: []string{"Ban", "Rely on Indonesian supplies"},
		},
		{
			name: "a shortage names its thread",
			text: `CORK, Ireland (Newsroom) - On a cold Monday, Aoife Keane tried five pharmacies for her daughter's insulin pens. Every one was out.

Keane is one of thousands of parents in Ireland struggling to find the pens, as a shortage that began in the autumn runs into its fifth month.

Pharmacists blame a fault at a plant in Belgium. The opposition has accused ministers of failing to keep stockpiles of insulin, and the medicines regulator said it was investigating whether wholesalers had sold pens abroad.`,
			want: []string{"shortage"},
		},
		{
			name: "a noun and its verb spread are a clause",
			text: `ACCRA, August 3 (Newsroom) - Police fired tear gas at protesters in Accra and Kumasi on Thursday as demonstrations against the government's decision to end diesel subsidies spread to at least five regions, a week after pump prices nearly doubled.

The Trades Union Congress said it would call a general strike from Monday unless the government restored the subsidy.

The finance minister said the subsidy cost the state more than 2 billion dollars a year. Rights groups said two people had been killed in clashes with police since the protests began.

Taxi fares have doubled since the subsidy ended.`,
			forbid: []string{"Diesel subsidies spread"},
		},
		{
			name: "a heavier thread form titles over a longer phrase from a quote",
			text: `OSLO, March 17 (Newsroom) - Norwegian Prime Minister Erik Dahl survived a motion of no confidence in parliament on Tuesday, but his minority government faces a harder fight to pass its contested pension law.

Dahl said he would put the pension bill, which would raise the retirement age to 69, to a vote next month. The Centre Party said it would vote against the pension bill unless the change was phased in over ten years, and unions criticised the plan.

"We will not let the opposition hold our pension policy hostage," Dahl told reporters.`,
			want:   []string{"bill", "law"},
			forbid: []string{"Pension policy hostage", "Harder fight", "Confidence in parliament"},
		},
		{
			name: "the end of what a strike is over does not close the strike",
			text: `Ghana unions begin general strike over end of diesel subsidy

ACCRA, June 8 (Newsroom) - Ghana's main labour unions began an indefinite general strike on Monday, shutting banks and ports in protest against the government's removal of the diesel subsidy.

Talks between the unions and the government broke down on Sunday after ministers refused to restore the subsidy. The unions said the strike would go on until the minimum wage was raised.`,
			want: []string{"strike"},
		},
		{
			name: "a headline that ends one thread and goes on with another keeps the other",
			text: `Norwegian PM Dahl survives no-confidence vote, vows to push pension bill through

OSLO, March 17 (Newsroom) - Norwegian Prime Minister Erik Dahl survived a motion of no confidence in parliament on Tuesday, but his minority government faces a harder fight to pass its contested pension law.

Dahl said he would put the pension bill, which would raise the retirement age to 69, to a vote next month. The Centre Party said it would vote against the pension bill unless the change was phased in over ten years, and unions criticised the plan.`,
			want: []string{"pension", "bill"},
		},
		{
			name: "a defended record is a stance, not a thread",
			text: `CALGARY, April 9 (Newsroom) - Investors in Prairie Potash voted against the fertiliser maker's executive pay report at its annual meeting on Thursday, in a rebuke of chief executive Mark Ellison's 18 million dollar package.

About 55 percent of votes cast opposed the pay report. Proxy advisers had urged investors to vote against, saying Ellison's bonus had been raised in a year when the share price fell.

Chairwoman Ruth Adler said the board would consult shareholders. She defended Ellison's record, saying he had cut the company's debt.`,
			forbid: []string{"Mark Ellison's record"},
		},
		{
			name: "clauses cut short and a ruling body title nothing",
			text: `ROME, April 7 (Newsroom) - Italian football's disciplinary committee fined Lazio Nord 30,000 euros on Tuesday and ordered a partial closure of its stadium after fans racially abused a Bologna defender during a league game, and opposition groups said they would boycott the league's awards until the federation withdraws its new rules.

The players' union said the penalty was far too weak and called for points deductions. Lazio Nord said it condemned racism and would appeal the closure.`,
			forbid: []string{"Italian football's disciplinary committee", "Fans racially", "Federation withdraws"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var titles []string
			found := false
			for _, is := range findPipeline(c.text) {
				titles = append(titles, is.Title)
				if slices.ContainsFunc(c.forbid, func(f string) bool { return strings.EqualFold(f, is.Title) }) {
					t.Errorf("forbidden title %q", is.Title)
				}
				for _, w := range titleWords(is.Title) {
					found = found || slices.Contains(c.want, w)
				}
			}
			if c.want != nil && !found {
				t.Errorf("no title holds any of %v: %q", c.want, titles)
			}
		})
	}
}
