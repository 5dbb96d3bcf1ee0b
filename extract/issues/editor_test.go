package issues

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
)

// fixtureExpect is testdata/expect.json: for each article of
// testdata/articles, the issues an editor expects (each as acceptable
// keyword sets for its title) and what no title may say.
type fixtureExpect struct {
	Articles []struct {
		File         string       `json:"file"`
		Want         [][][]string `json:"want"`
		ForbidWords  []string     `json:"forbid_words"`
		ForbidTitles []string     `json:"forbid_titles"`
		MaxIssues    int          `json:"max_issues"` // 0: no limit
		NoIssues     bool         `json:"no_issues"`  // nothing open: no dispute, or a closed one
	} `json:"articles"`
}

// findPipeline runs Find as the pipeline does: cast and quotes first.
func findPipeline(s string) []newsbot.Issue {
	cast := people.Find(s)
	return Find(s, cast, quotes.Find(s, cast))
}

// titleWords are the lower-cased words of a title, a possessive cut.
func titleWords(title string) []string {
	f := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return r == ' ' || r == '-' || r == ',' || r == '"'
	})
	for i, w := range f {
		f[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	}
	return f
}

// TestFixtureTitles reads the articles of testdata/articles (short news
// stories written for these tests: a strike, a trade row, a detained
// journalist, a corruption probe, a court case, a border incident and a
// minister's tour) and checks the titles an editor would see.
func TestFixtureTitles(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "expect.json"))
	if err != nil {
		t.Fatalf("read expectations: %v", err)
	}
	var exp fixtureExpect
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatalf("parse expectations: %v", err)
	}
	if len(exp.Articles) < 6 {
		t.Fatalf("%d fixture articles, want at least 6", len(exp.Articles))
	}
	for _, art := range exp.Articles {
		t.Run(art.File, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "articles", art.File))
			if err != nil {
				t.Fatalf("read article: %v", err)
			}
			got := findPipeline(string(b))
			var titles []string
			for _, is := range got {
				titles = append(titles, is.Title)
			}
			t.Logf("titles %q", titles)
			if art.NoIssues && len(titles) > 0 {
				t.Errorf("issues %q, want none: the copy leaves no thread open", titles)
			}
			if art.MaxIssues > 0 && len(titles) > art.MaxIssues {
				t.Errorf("%d issues, want at most %d (one story told through its facets): %q", len(titles), art.MaxIssues, titles)
			}
			for _, alts := range art.Want {
				if !slices.ContainsFunc(titles, func(title string) bool { return titleMatches(title, alts) }) {
					t.Errorf("no title matches any of %q; titles %q", alts, titles)
				}
			}
			for _, title := range titles {
				if title == "" || strings.ContainsAny(title, "\n\r") {
					t.Errorf("empty or multi-line title among %q", titles)
				}
				if slices.Contains(art.ForbidTitles, title) {
					t.Errorf("title %q is forbidden; titles %q", title, titles)
				}
				for _, w := range titleWords(title) {
					if slices.Contains(art.ForbidWords, w) {
						t.Errorf("title %q holds %q; titles %q", title, w, titles)
					}
				}
			}
		})
	}
}

// titleMatches reports whether every word of one of the keyword sets is
// among title's words.
func titleMatches(title string, alts [][]string) bool {
	ws := titleWords(title)
	for _, set := range alts {
		all := true
		for _, w := range set {
			all = all && slices.Contains(ws, w)
		}
		if all {
			return true
		}
	}
	return false
}

// The rules one by one, on sentences written for them.
func TestEditorRules(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		want  []string // a title holding each of these phrases (lower case)
		avoid []string // no title holding any of these
	}{
		{
			name: "travel lead is no thread",
			text: `Trade Minister Oskar Lind will fly to Lima on Monday, the first stop of a ten-day tour of South America.
Lind is expected to face questions about a dispute over copper export quotas that has strained relations with Peru.
Peruvian officials accused Swedish buyers of breaking the agreed quotas, a charge Stockholm rejects.
The copper dispute has stalled talks on a wider investment treaty.`,
			want:  []string{"copper"},
			avoid: []string{"tour", "stop"},
		},
		{
			name: "contested trip stays a thread",
			text: `The prime minister made an unannounced trip to the Kestrel barracks on Sunday, prompting questions about his security briefing.
Opposition leaders said the secrecy of the trip raised serious questions about who had approved it.
Officials refused to say why the trip had been kept off the published schedule.
Critics accused the government of misleading parliament over the visit.`,
			want:  []string{"unannounced trip", "misleading parliament"},
			avoid: []string{"\x00parliament\x00", "\x00kestrel barracks\x00"},
		},
		{
			name: "port merges into the strike there",
			text: `A strike by crane operators at the port of Gdansk entered its fifth day on Thursday, with talks between the union and terminal owners stalled over pay.
"We will stay out until the owners put a real offer on the table," said union leader Piotr Nowak.
The port authority said forty ships were waiting at anchor and that the strike was costing millions of zloty a day.
Freight firms have threatened to reroute containers to Hamburg if the strike lasts into next week.`,
			want:  []string{"strike"},
			avoid: []string{"\x00port", "\x00port of gdansk\x00"},
		},
		{
			name: "threat to do something",
			text: `Farmers blocked roads around Lyon for a second day on Wednesday in a protest over fuel duty.
Hauliers have threatened to divert freight to Marseille if the blockade continues into next week.
The farmers' federation said the fuel duty rise would ruin thousands of small farms.
The government has refused to reverse the fuel duty rise, calling it essential for the budget.`,
			want:  []string{"fuel duty"},
			avoid: []string{"\x00divert freight\x00"}, // a bare verb phrase title
		},
		{
			name: "strike by workers at a named place",
			text: `A strike by rail workers in Glasgow halted most trains on Friday as talks over pay and safety staffing broke down.
The union said the strike would continue until the operator withdrew plans to cut guards from trains.
Commuters faced long queues for buses, and the operator accused the union of holding the city to ransom.
Ministers urged both sides to return to talks to end the strike.`,
			want:  []string{"glasgow rail strike"},
			avoid: []string{"rail workers"},
		},
		{
			name: "accused group titled as the accusation",
			text: `Coastguard officials accused Danish trawlers on Monday of fishing inside the closed spawning grounds, a charge Copenhagen denies.
The spawning grounds were closed in March after cod stocks fell to a record low.
Fishing crews said the closure had cost them a season's catch and was based on outdated surveys.
The closure will be reviewed by scientists in the autumn.`,
			avoid: []string{"\x00danish trawlers\x00"},
		},
		{
			name: "accusation merges into the dispute it spells out",
			text: `Fisheries Minister Aileen Rowe flew to Bergen on Tuesday as a row over salmon farming licences soured relations with Oslo. Scottish officials accused Norwegian trawlers last month of breaching the licence terms, a claim Oslo rejects.
The minister said the licence row would be settled by talks, not by tariffs.
Industry groups warned that exports could fall by a third if the salmon farming licences were not renewed.`,
			want:  []string{"salmon farming licences"},
			avoid: []string{"accusations", "trawlers", "claim oslo rejects"},
		},
		{
			name: "trial merges into the defendant's case",
			text: `The trial of former harbour chief Ingrid Moss on bribery charges opened in Bergen on Tuesday.
Prosecutors said Moss had taken payments from a shipping firm in return for berth contracts.
Moss denies the charges, and her lawyers say the payments were consultancy fees declared to the tax office.
The trial is expected to last a month.`,
			want:  []string{"moss"},
			avoid: []string{"\x00trial\x00"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := findPipeline(c.text)
			var titles []string
			for _, is := range got {
				// NULs mark the title's ends, so "\x00trial\x00" is the
				// title "Trial" alone.
				titles = append(titles, "\x00"+strings.ToLower(is.Title)+"\x00")
			}
			for _, w := range c.want {
				if !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, w) }) {
					t.Errorf("no title holds %q: %q", w, titles)
				}
			}
			for _, w := range c.avoid {
				for _, s := range titles {
					if strings.Contains(s, w) {
						t.Errorf("title %q holds %q", s, w)
					}
				}
			}
		})
	}
}

func TestItinerary(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"week-long", "tour"}, true},
		{[]string{"stop"}, true},
		{[]string{"unscheduled", "trip"}, false},
		{[]string{"cancelled", "summit"}, false},
		{[]string{"trade", "dispute"}, false},
		{nil, false},
	} {
		if got := itinerary(c.words); got != c.want {
			t.Errorf("itinerary(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

func TestByActors(t *testing.T) {
	a := &analyser{}
	for _, c := range []struct {
		n, after, want string
	}{
		{"strike", " by dock workers at the port of Rotterdam entered its second week", "Rotterdam dock strike"},
		{"strike", " by bus drivers in Leeds entered its third day", "Leeds bus strike"},
		{"walkout", " by cabin crew staff on Friday", "cabin crew walkout"},
		{"strike", " by teachers over pay", ""},       // no modifier to keep
		{"boycott", " by Unite members in Leeds", ""}, // a name says more
		{"strike", " at the port of Rotterdam", ""},   // no group
		{"strike", " by dock workers at the end of May", "dock strike"},
	} {
		if got := a.byActors(c.n, c.after); got != c.want {
			t.Errorf("byActors(%q, %q) = %q, want %q", c.n, c.after, got, c.want)
		}
	}
}

func TestVerbTitle(t *testing.T) {
	for _, c := range []struct {
		text, form string
		want       string
		ok         bool
	}{
		{"Shippers have threatened to divert cargo to Antwerp if the strike goes on.", "divert cargo", "threat to divert cargo to Antwerp", true},
		{"The council plans to introduce parking fees at the beach, officials said.", "introduce", "plan to introduce parking fees", true},
		{"Ministers vowed to close tax loopholes.", "close tax loopholes", "vow to close tax loopholes", true},
		{"Critics called it a threat to democracy, nothing less.", "democracy", "threat to democracy", true},
		{"The judge told jurors not to read coverage of the case.", "read coverage", "", true},
		{"Most voters are opposed to abortion limits.", "abortion limits", "", false},
		{"The envoy flew to Vienna.", "Vienna", "", false},
		{"Teachers set a strike date, threatening to shut schools for 300,000 students.", "shut schools", "threat to shut schools", true},
		{"The airline is trying to replace guaranteed pensions with a cheaper scheme.", "replace guaranteed pensions", "attempt to replace guaranteed pensions", true},
	} {
		a := &analyser{text: c.text}
		i := strings.Index(c.text, c.form)
		got, ok := a.verbTitle(c.form, i)
		if got != c.want || ok != c.ok {
			t.Errorf("verbTitle(%q in %q) = %q, %v; want %q, %v", c.form, c.text, got, ok, c.want, c.ok)
		}
	}
}

func TestPlaceAfter(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{" to Antwerp if the dispute is not settled", " to Antwerp"},
		{" in New Delhi, officials said", " in New Delhi"},
		{" to the end of the month", ""},
		{" over pay", ""},
	} {
		if got := placeAfter(c.s, " to ", " in "); got != c.want {
			t.Errorf("placeAfter(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func FuzzEditorHelpers(f *testing.F) {
	f.Add("strike", " by dock workers at the port of Rotterdam.")
	f.Add("x", " by \xff workers in İstanbul")
	f.Fuzz(func(t *testing.T, n, after string) {
		a := &analyser{text: n + after}
		_ = a.byActors(n, after)
		_ = placeAfter(after, " to ", " in ")
		if _, ok := a.verbTitle(n, 0); ok && n == "" {
			t.Errorf("verbTitle of an empty phrase reported a verb")
		}
		if w, k := wordBefore(a.text, len(n)); k < 0 || k > len(n) || len(w) > len(n) {
			t.Errorf("wordBefore(%q, %d) = %q, %d", a.text, len(n), w, k)
		}
	})
}

func TestRelativeClause(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"charge Copenhagen denies", true},
		{"deal Brussels rejected", true},
		{"killer SARS virus", false},
		{"pay Dutch workers", false},
		{"Pacific fishing quotas", false},
		{"trade dispute", false},
	} {
		if got := relativeClause(c.s); got != c.want {
			t.Errorf("relativeClause(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestNamedSetting(t *testing.T) {
	a := &analyser{}
	for _, c := range []struct {
		surface string
		words   []string
		want    bool
	}{
		{"port", []string{"port"}, true},
		{"Dravo crossing", []string{"dravo", "crossing"}, true},
		{"Kestrel barracks", []string{"kestrel", "barrack"}, true},
		{"defence ministry", []string{"defence", "ministry"}, false}, // a lead rule drops it; as a unit it may head a dispute's keywords
		{"Chinese mega-embassy", []string{"chinese", "mega-embassy"}, false},
		{"border dispute", []string{"border", "dispute"}, false},
	} {
		u := &unit{surface: c.surface, words: c.words}
		if got := a.namedSetting(u, classOf(c.words[len(c.words)-1])); got != c.want {
			t.Errorf("namedSetting(%q) = %v, want %v", c.surface, got, c.want)
		}
	}
}

func TestSentShared(t *testing.T) {
	// Segments 0-1 are sentence 0, 2 sentence 1, 3-4 sentence 2, 5 sentence 3.
	a := &analyser{segs: []segment{{sent: 0}, {sent: 0}, {sent: 1}, {sent: 2}, {sent: 2}, {sent: 3}}}
	for _, c := range []struct {
		x, y           []int
		shared, nx, ny int
	}{
		{[]int{0, 1, 3}, []int{1, 4, 5}, 2, 2, 3},
		{[]int{2}, []int{0, 5}, 0, 1, 2},
		{[]int{0, 3, 4}, []int{1, 2}, 1, 2, 2},
	} {
		shared, nx, ny := a.sentShared(&issue{segs: c.x}, &issue{segs: c.y})
		if shared != c.shared || nx != c.nx || ny != c.ny {
			t.Errorf("sentShared(%v, %v) = %d, %d, %d; want %d, %d, %d", c.x, c.y, shared, nx, ny, c.shared, c.nx, c.ny)
		}
	}
}
