package issues

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/text"
)

// Wire copy: a headline line, a dateline, a story. Sentences written for
// these tests.

func TestIsHeadline(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"headline then dateline", "Dockers extend strike as port talks stall\n\nROTTERDAM, May 2 (Wire) - Dock workers will stay out.", true},
		{"lead sentence", "Dock workers will stay out for a third week, their union said on Friday.\n\nThe port is closed.", false},
		{"quoted headline", "\"We will not back down,\" says union leader\n\nThe strike goes on.", true},
		{"one line", "Dockers extend strike as port talks stall", false},
		{"two sentences in a paragraph", "Dockers extend strike. Port talks stall\n\nMore copy follows.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := isHeadline(c.text, text.Sentences(c.text)); got != c.want {
				t.Errorf("isHeadline = %v, want %v", got, c.want)
			}
		})
	}
}

// TestWireTitles runs Find on short wire stories and checks the titles an
// editor would see: no headline verb, travel line, person descriptor,
// adverb or dateline in a title, and a dispute told through its facets
// listed once.
func TestWireTitles(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []string // each a word set one title must hold
		bad  []string // words no title may hold
		most int      // at most this many issues
	}{
		{
			name: "a travel headline names no issue",
			text: `Irish farm minister flies to Brussels as beef quota row deepens

DUBLIN, March 3 (Wire) - Ireland's agriculture minister, Niall Brennan, will fly to Brussels on Monday for talks on the beef quota row, as farmers protest against a cut to Irish export quotas.
"Our farmers will not pay for a deal they had no part in," Brennan told reporters in Dublin.
The dispute began in January when the European Commission proposed halving the beef quota for non-EU markets.
Farm groups have warned the cut could cost 6,000 jobs in rural Ireland.
Brennan is due to travel on to Paris on Wednesday.`,
			want: []string{"beef quota"},
			bad:  []string{"flies", "brussels", "minister", "deepens", "helsinki"},
			most: 2,
		},
		{
			name: "a person descriptor and an adverb name no issue",
			text: `Peru's president to visit Tokyo as mining royalty talks stall

LIMA, June 9 (Wire) - Peruvian President Elena Quispe will travel to Japan next week to seek an end to a dispute over mining royalties, as talks with Japanese smelters remain deadlocked.
Quispe will hold talks with Japanese officials in Tokyo on June 16.
The mining ministry has been negotiating with the smelters since March over royalty payments that fell due in May.
Opposition leader Rafael Torres accused the government of "begging abroad while mines lie idle".
Quispe returned on Sunday from Brasilia.`,
			want: []string{"mining royalties"},
			bad:  []string{"abroad", "president", "stall", "quispe"},
			most: 2,
		},
		{
			name: "a lone word joins the phrase that holds it",
			text: `Textile tariff row widens as mills shut

DHAKA, Oct 12 (Wire) - Bangladesh said on Thursday it would challenge new textile tariffs at the World Trade Organization, as the dispute with its largest buyer deepened.
"Our textile workers are paying for a quarrel they did not start," the commerce minister said.
The tariffs, announced last month, add 30 percent to the price of imported garments.
Mill owners warned that the textile dispute could cost 200,000 jobs.
Talks are due to resume in November.`,
			want: []string{"textile tariff"},
			bad:  []string{"widens", "shut"},
			most: 2,
		},
		{
			name: "the man on trial gives the trial its name",
			text: `Former minister denies fraud as trial opens in Athens

ATHENS, Feb 14 (Wire) - Former transport minister Nikos Vlachos pleaded not guilty on Tuesday to charges that he steered road contracts to a company owned by his brother-in-law.
Prosecutors say Vlachos received payments worth 3 million euros between 2015 and 2019.
Vlachos told reporters he was the victim of a smear campaign.
The trial is expected to last a month, and Vlachos faces up to twelve years in prison if convicted.
Anti-corruption campaigners said the trial would test the independence of the courts.`,
			want: []string{"vlachos trial"},
			bad:  []string{"minister", "denies", "opens"},
			most: 2,
		},
		{
			name: "the copy's name for a dispute titles it",
			text: `Belize protests as Guatemalan patrols enter river zone

BELMOPAN, May 30 (Wire) - Belize on Friday lodged a formal protest with Guatemala after military patrol boats entered the Sarstoon river, the latest incident in a long-running territorial dispute between the two neighbours.
Belize's foreign minister said the incursion was a threat to the country's sovereignty.
Guatemala's defence ministry said the patrols were routine and took place in Guatemalan waters.
Both countries have asked the International Court of Justice to settle the border claim.
The court is due to rule next year.`,
			want: []string{"territorial dispute"},
			bad:  []string{"ministry", "enter", "boats"},
			most: 2,
		},
		{
			name: "strike as a verb contests nothing",
			text: `Ministers strike a deal on fishing quotas

BRUSSELS, Dec 12 (Wire) - European fisheries ministers struck a deal on Tuesday on next year's catch limits for the North Sea after two days of talks.
The agreement cuts the cod quota by 10 percent, less than scientists had advised.
Environmental groups criticised the deal as short-sighted and warned that cod stocks could collapse.
Fishing groups said the cuts would cost jobs in coastal towns.`,
			want: []string{"cod"},
			bad:  []string{"strike"},
			most: 3,
		},
		{
			name: "idioms and a verb run on name nothing",
			text: `Bus drivers in Bristol began an indefinite strike on Monday over pay, and the union said the walkout would continue for as long as the strike lasts without a new offer.
The operator said it would respond to the union's demands in due course and accused it of refusing to negotiate.
Passengers said the strike had left them stranded, and councillors criticised both sides.
The union said the strike lasts until the company improves its offer, and the company said it would publish a revised timetable in due course.
Talks are due to resume next week.`,
			want: []string{"strike"},
			bad:  []string{"due", "course", "lasts"},
			most: 2,
		},
		{
			name: "a clause closing the headline names nothing",
			text: `Chilean miners strike over pay as inflation bites

SANTIAGO, Aug 3 (Wire) - Workers at Chile's largest copper mine went on strike on Wednesday, demanding pay rises to keep up with inflation of more than 12 percent.
The company said it had already granted two rises this year and could not afford more.
The union said it would call a longer strike if there was no new offer by the end of the month.
Copper prices rose 2 percent in London.`,
			want: []string{"strike"},
			bad:  []string{"bites"},
			most: 3, // "Inflation" and "Copper mine" are still listed beside it
		},
		{
			name: "a headline phrase and the lead's issue are one thread",
			text: `Zambia's finance minister to visit Paris as bond talks stall

By Staff Reporter

LUSAKA, Feb 3 (Wire) - Zambian Finance Minister Grace Mwale will travel to France next week to seek a restructuring of the country's Eurobond debt, her ministry said on Monday, as talks with bondholders remain deadlocked.
Mwale will hold talks with French officials in Paris on February 10.
The ministry has been negotiating with a committee of bondholders since May over payments that fell due in October.
Opposition leader Peter Banda accused the government of "begging abroad while clinics go without medicine".
Mwale returned on Sunday from Washington.`,
			want: []string{"bond talks"},
			bad:  []string{"abroad", "minister", "stall", "helsinki"},
			most: 1,
		},
		{
			name: "a word of the story is no thread",
			text: `Toymaker recalls 400,000 scooters over brake fault

CHICAGO, May 14 (Wire) - Brightway Toys is recalling 400,000 electric scooters in the United States because their brakes may fail, the company said on Wednesday, as regulators investigate at least three deaths.
The Consumer Product Safety Commission said it had opened an investigation in March after complaints from parents.
Brightway said it was not aware of any deaths directly linked to the fault.
Families of two children hurt in crashes have filed lawsuits accusing the company of hiding the problem.
Shops will replace the brakes free of charge.`,
			want: nil,
			bad:  []string{"deaths", "january", "march", "recalls"},
			most: 2,
		},
		{
			name: "the headline names a one-story article",
			text: `Nordbank launches hostile bid for rival Kesko Pankki

HELSINKI, Oct 2 (Wire) - Finland's Nordbank on Wednesday launched an unsolicited 4.1 billion euro offer for smaller rival Kesko Pankki, after Kesko's board rejected merger talks in August.
Kesko said the offer undervalued the bank and urged shareholders to ignore it.
The government, which can block deals in strategic sectors, said it would study the merger.
Analysts said Nordbank might have to raise its offer. Kesko shares rose 7 percent.`,
			want: []string{"hostile bid"},
			bad:  []string{"launches", "nordbank"},
			most: 1,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findPipeline(c.text)
			var ts []string
			for _, is := range got {
				ts = append(ts, is.Title)
			}
			for _, w := range c.want {
				if !slices.ContainsFunc(ts, func(title string) bool {
					return titleMatches(title, [][]string{strings.Fields(w)})
				}) {
					t.Errorf("no title holds %q: %q", w, ts)
				}
			}
			for _, title := range ts {
				for _, w := range titleWords(title) {
					if slices.Contains(c.bad, w) {
						t.Errorf("title %q holds %q: %q", title, w, ts)
					}
				}
			}
			if len(ts) > c.most {
				t.Errorf("%d issues, want at most %d: %q", len(ts), c.most, ts)
			}
		})
	}
}

func TestDisputeHeadAfter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{" row deepens", "row"},
		{" dispute.", "dispute"},
		{" talks with China", "talks"},
		{" rowing club", ""},
		{" dispute-resolution body", ""},
		{"row", ""},
		{" over pay", ""},
	} {
		if got := disputeHeadAfter(c.in); got != c.want {
			t.Errorf("disputeHeadAfter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSkipDeterminer(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the country's railway loans", "railway loans"},
		{"its members' pension fund", ""},
		{"the legality of the war", ""},
		{"railway loans", ""},
	} {
		if got := skipDeterminer(c.in); got != c.want {
			t.Errorf("skipDeterminer(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAppositive(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"mining company Rio Silver", true},
		{"supermarket chains FreshWay", true},
		{"explaining Syria", false},
		{"sanctioned Moscow", false},
		{"threatens Manila", false},
	} {
		if got := appositive(c.in); got != c.want {
			t.Errorf("appositive(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestCapitalRunStopsAtLineEnd(t *testing.T) {
	if got := capitalRun("Ohio\n\nCOLUMBUS, Ohio (Wire) - The state"); got != "Ohio" {
		t.Errorf("capitalRun = %q, want %q", got, "Ohio")
	}
}

func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // what follows the dateline
	}{
		{"OSLO, Jan 22 (Wire) - Norway on Wednesday rejected a demand.", "Norway on Wednesday rejected a demand."},
		{"ADDIS ABABA, July 20 (Wire) — Ethiopia said on Thursday.", "Ethiopia said on Thursday."},
		{"BAKU/YEREVAN, Feb 13 (Wire) - Azerbaijan and Armenia accused each other.", "Azerbaijan and Armenia accused each other."},
		{"LONDON (Wire) -- Britain's High Court on Friday rejected an appeal.", "Britain's High Court on Friday rejected an appeal."},
		{"NATO leaders met in Brussels on Monday - a day early.", ""},
		{"The EU embargo on arms exports to China is likely to be lifted.", ""},
		{"US, Japan object - officials said.", ""},
	} {
		n := datelineEnd(c.in)
		got := ""
		if n > 0 {
			got = c.in[n:]
		}
		if got != c.want {
			t.Errorf("after the dateline of %q: %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWireRules(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []string // each a word set one title must hold
		bad  []string // words no title or keyword may hold
	}{
		{
			name: "a headline's second verb and the dateline name nothing",
			text: `Dockers reject pay offer, set strike date

GDANSK, May 4 (Wire) - Dock workers in Gdansk on Monday rejected the port's latest pay offer and set a strike for May 20, threatening to shut the container terminal for a week.
The union accused the port operator of refusing to negotiate on shift patterns.
The operator said its offer was fair and urged the union to return to talks.
Shipping lines warned that a strike would divert cargo to Hamburg.`,
			want: []string{"strike"},
			bad:  []string{"set", "gdansk", "reject", "offer"},
		},
		{
			name: "a lone word the copy calls a dispute",
			text: `Zambia halts copper shipments from Canadian-owned mine over tax dispute

LUSAKA, Aug 8 (Wire) - Zambia has halted copper shipments from a mine owned by Canada's Northway Metals in a dispute over unpaid taxes that the revenue authority puts at 400 million dollars.
The mines minister said the company had understated its profits for years and would not ship ore until it paid.
Northway said it had paid all taxes due and would seek arbitration if the halt was not lifted.
Copper prices rose 2 percent in London.`,
			want: []string{"tax dispute"},
			bad:  []string{"lusaka", "wire", "halts"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findPipeline(c.text)
			var ts []string
			for _, is := range got {
				ts = append(ts, is.Title)
			}
			for _, w := range c.want {
				if !slices.ContainsFunc(ts, func(title string) bool {
					return titleMatches(title, [][]string{strings.Fields(w)})
				}) {
					t.Errorf("no title holds %q: %q", w, ts)
				}
			}
			for _, is := range got {
				for _, w := range append(titleWords(is.Title), titleWords(strings.Join(is.Keywords, " "))...) {
					if slices.Contains(c.bad, w) {
						t.Errorf("issue %q %q holds %q", is.Title, is.Keywords, w)
					}
				}
			}
		})
	}
}

// TestFigureTitle: an issue carried by a figure is titled by what is
// disputed about them when one of its phrases names it; the bare name
// only when none does.
func TestFigureTitle(t *testing.T) {
	s := "Matti Salo skipped the state banquet, a snub Helsinki denied."
	cast := castOf(s, []string{"Matti Salo"}, map[string]int{"Matti Salo": 0})
	a := &analyser{text: s, cast: cast, sc: new(scratch)}
	a.index = a.sc.phraseIndex(8)
	person := &unit{person: 0, proper: true, surface: "Matti Salo", key: "@Matti Salo", topic: 1}
	snub := &unit{person: -1, surface: "snub", key: "snub", words: []string{"snub"}, topic: 1, firstPos: strings.Index(s, "snub")}
	place := &unit{person: -1, proper: true, surface: "Helsinki", key: "helsinki", words: []string{"helsinki"}, topic: -1}
	if got := a.title(&issue{units: []*unit{person, place, snub}}); got != "Matti Salo's snub" {
		t.Errorf("title = %q, want %q", got, "Matti Salo's snub")
	}
	if got := a.title(&issue{units: []*unit{person, place}}); got != "Matti Salo" {
		t.Errorf("title with no topic beside the name = %q, want the name", got)
	}
}

func TestActorsBefore(t *testing.T) {
	for _, c := range []struct {
		text, n, want string
	}{
		{"Thousands of nurses at the city's hospitals walked off the job on Tuesday in a 24-hour strike over pay.", "strike", "nurses' strike"},
		{"Dock workers in Gdansk began a strike on Monday.", "strike", "Dock strike"},
		{"AUCKLAND, May 2 (Wire) - Bus drivers will stage a strike next week.", "strike", "Bus strike"},
		{"The union called a strike after talks failed.", "strike", ""},
		{"Farmers from the valley joined the protest against the mine.", "protest", "farmers' protest"},
		{"Shares fell after the workers ratified the deal.", "deal", ""},
	} {
		sents := text.Sentences(c.text)
		a := &analyser{text: c.text, sents: sents}
		if got := a.actorsBefore(c.n, strings.Index(c.text, c.n)); got != c.want {
			t.Errorf("actorsBefore(%q in %q) = %q, want %q", c.n, c.text, got, c.want)
		}
	}
}

// TestBodiesAndDates: a body's name titles nothing, and a title's place
// is never a month.
func TestBodiesAndDates(t *testing.T) {
	s := `Sprinter banned for missed tests

MONACO, Dec 3 (Wire) - Jamaican sprinter Kemar Lewis was banned for two years on Tuesday for missing three doping tests, the Athletics Integrity Unit said.
Lewis said he would appeal the ban, and his lawyer said testers had gone to the wrong address.
Athletics has been under pressure since the integrity unit placed Jamaica in its highest risk category.
The national federation opened an investigation in January into how testers were given wrong addresses.`
	got := findPipeline(s)
	for _, is := range got {
		for _, w := range titleWords(is.Title) {
			if w == "unit" || w == "january" || w == "monaco" {
				t.Errorf("title %q holds %q: %q", is.Title, w, titles(got))
			}
		}
	}
	if len(got) == 0 {
		t.Errorf("no issue in a doping ban story")
	}
}

func TestContentAfterStopsAtLineEnd(t *testing.T) {
	a := &analyser{}
	if got := a.contentAfter("pension reform\n\nPARIS, Jan 10 (Wire) - France's unions"); got != "pension reform" {
		t.Errorf("contentAfter = %q, want %q", got, "pension reform")
	}
}

// TestRelationTo: a thread carried by a figure is titled by the tie the
// copy gives them.
func TestRelationTo(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
	}{
		{"Critics attacked the government's close ties with Chinese President Li Wenhao during the trade talks.", "Li Wenhao", "Ties with Li Wenhao"},
		{"The party's links to businessman Omar Saleh have been questioned for months.", "Omar Saleh", ""}, // "businessman" is no capitalised title
		{"Opposition leaders criticised Omar Saleh on Tuesday.", "Omar Saleh", ""},
	} {
		cast := castOf(c.text, []string{c.name}, map[string]int{c.name: 0})
		a := &analyser{text: c.text, sents: text.Sentences(c.text), cast: cast, sc: new(scratch)}
		a.index = a.sc.phraseIndex(16)
		a.read(nil)
		is := &issue{inSegs: make([]uint64, len(a.segs)/64+1)}
		for s := range a.segs {
			is.segs = append(is.segs, s)
		}
		is.addSegs(is.segs)
		if got := a.relationTo(0, is); got != c.want {
			t.Errorf("relationTo in %q = %q, want %q", c.text, got, c.want)
		}
	}
}

// FuzzDatelineEnd: the dateline is a prefix of the sentence that ends
// with a dash, or there is none.
func FuzzDatelineEnd(f *testing.F) {
	for _, s := range []string{
		"OSLO, Jan 22 (Wire) - Norway on Wednesday rejected a demand.",
		"BAKU/YEREVAN, Feb 13 (Wire) — Azerbaijan and Armenia accused each other.",
		"LONDON (Wire) -- Britain's High Court rejected an appeal.",
		"The EU embargo is likely to be lifted - officials said.",
		"A, -", "AAA,", "AAA, -x", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := datelineEnd(s)
		if n < 0 || n > len(s) {
			t.Fatalf("datelineEnd(%q) = %d, out of range", s, n)
		}
		if n > 0 && !strings.HasSuffix(strings.TrimRight(s[:n], " "), "-") && !strings.HasSuffix(strings.TrimRight(s[:n], " "), "—") && !strings.HasSuffix(strings.TrimRight(s[:n], " "), "–") {
			t.Fatalf("datelineEnd(%q) = %d: %q ends in no dash", s, n, s[:n])
		}
	})
}
