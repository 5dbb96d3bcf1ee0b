package issues

import (
	newsbot "github.com/newsroom/newsbot"
	"slices"
	"strings"
	"testing"
)

// A title of a word or two naming a kind of thing takes the headline's
// own phrase for the thread.
func TestHeadlineRetitle(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string   // a title that must be listed ("" for none)
		forbid     []string // titles that must not be listed
	}{
		{"a plan at a place",
			"Harlow fights wind farm plan on moorland edge\n\n" +
				"A proposal to build a 12-turbine wind farm on the edge of Harlow Moor has divided the village of Netherby, with more than 300 objections lodged.\n\n" +
				"The wind farm would be the largest in the county, its developer said. Opponents say the wind farm would ruin the view from the moor.\n\n" +
				"The district council will decide the wind farm application next month.",
			"Wind farm plan on moorland edge", nil},
		{"a recall told by the headline's verb",
			"Voltix recalls 80,000 SparkCell chargers after fire reports\n\n" +
				"Electronics maker Voltix said on Tuesday it would recall about 80,000 SparkCell chargers sold in Europe after 41 reports of overheating, including three small fires.\n\n" +
				"The voluntary recall covers chargers made between March and June, the company said. Consumer groups said the voluntary recall came too late and called for an inquiry by the product safety regulator.\n\n" +
				"The company said it had traced the fault to a batch of cables from a single supplier. The voluntary recall is its second this year, and regulators in two countries are reviewing it.",
			"Voltix's recall of SparkCell chargers", nil},
		{"a headline with no such phrase leaves the title",
			"Minister defends school budget as heads warn of cuts\n\n" +
				"The education minister defended the school budget on Monday as head teachers warned that cuts would cost jobs.\n\n" +
				"Head teachers say the budget leaves schools short. The minister said the budget was fair.",
			"", []string{"Minister's budget of"}},
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

func TestHeadNounAndVerbPhrase(t *testing.T) {
	for _, tc := range []struct{ headline, title, want string }{
		{"Bexley fights car park plan at village green", "Car park", "Car park plan at village green"},
		{"Village rallies against quarry expansion as council vote nears", "Quarry", "Quarry expansion"},
		{"Ferry crews vote for strike as Island Link talks stall", "Ferry strike", ""},
		{"Norvell recalls 12,000 cots after safety warning", "Recall", "Norvell's recall of cots"},
		{"The Guardian recalls its reporter from Kabul", "Recall", ""},
	} {
		hw := strings.Fields(tc.headline)
		tw := strings.Fields(tc.title)
		got := headNounPhrase(hw, tw)
		if got == "" {
			got = headVerbPhrase(hw, tw[len(tw)-1])
		}
		if got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.headline, tc.title, got, tc.want)
		}
	}
}

// A title of names only takes what the headline says is wrong there.
func TestHeadNamePhrase(t *testing.T) {
	for _, tc := range []struct{ headline, title, want string }{
		{"Aid chief flies to Kassala as Sudan Basin famine spreads", "Sudan Basin", "Sudan Basin famine"},
		{"UN envoy shuttles between two capitals as Lake Turkana drought worsens", "Lake Turkana Region", "Lake Turkana drought"},
		{"Gaza ceasefire talks stall in Cairo", "Gaza", "Gaza ceasefire"},
		{"Bothwell fights holiday park plan", "Bothwell", ""},
		{"Kestane recalls 240 chargers", "Kestane", ""},
		{"Minister visits Lake Turkana", "Lake Turkana", ""},
	} {
		if got := headNamePhrase(strings.Fields(tc.headline), strings.Fields(tc.title)); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.headline, tc.title, got, tc.want)
		}
	}
}

// A candidate who campaigns against an ill is not titled as its owner.
func TestCampaignedOn(t *testing.T) {
	for _, tc := range []struct {
		s, ill string
		want   bool
	}{
		{"Mwale, who would be Zambia's first woman president, has campaigned on the cost of living and corruption.", "corruption", true},
		{"The senator has pledged to tackle violent crime in the capital.", "crime", true},
		{"He vowed to root out corruption within a year.", "corruption", true},
		{"Critics accused the minister of corruption.", "corruption", false},
		{"She campaigned on housing. Corruption was not mentioned.", "corruption", false},
	} {
		if got := campaignedOn(tc.s, tc.ill); got != tc.want {
			t.Errorf("campaignedOn(%q, %q) = %v, want %v", tc.s, tc.ill, got, tc.want)
		}
	}
}

// One person's case told under two nouns is one thread, titled as the
// trial, led by the charge.
func TestOneCase(t *testing.T) {
	res := []newsbot.Issue{
		{Title: "Ross Calder's trial", Keywords: []string{"trial"}, Evidence: []string{"Relatives travelled from Gdansk to attend every day of the trial."}},
		{Title: "Harbour levy", Keywords: []string{"harbour levy"}, Evidence: []string{"The council's harbour levy rises in April."}},
		{Title: "Ross Calder's case", Keywords: []string{"Ross Calder", "culpable homicide"}, Evidence: []string{"Ross Calder, 47, denies culpable homicide over the loss of the trawler Sea Lark."}},
		{Title: "Ana Lopes's case", Keywords: []string{"Ana Lopes"}, Evidence: []string{"Ana Lopes was charged with fraud."}},
	}
	got := oneCase(res)
	if len(got) != 3 || got[0].Title != "Ross Calder's trial" || !strings.HasPrefix(got[0].Evidence[0], "Ross Calder, 47, denies") ||
		got[2].Title != "Ana Lopes's case" {
		t.Errorf("oneCase: %+v", got)
	}
}

func TestPressedTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		ev    []string
		want  string
	}{
		{"Fishing grounds to Chilean trawlers", []string{"LIMA, March 3 (Wire) - Chile's foreign minister pressed Peru on Tuesday to open its fishing grounds to Chilean trawlers, on the first leg of a tour."},
			"Pressure on Peru to open fishing grounds to Chilean trawlers"},
		{"Rail freight corridor", []string{"The minister urged Kenya and Uganda to back the rail freight corridor before the summit."}, ""}, // two sides: not one name run
		{"Fishing grounds", []string{"Peru's fishing grounds are among the richest in the world."}, ""},
	} {
		if got := pressedTitle(tc.title, tc.ev); got != tc.want {
			t.Errorf("pressedTitle(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
