package people

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/internal/cputime"
)

// resolved returns the canonical name each surface form resolves to, in
// text order, as "form=Name" ("form=-" when unresolved).
func resolved(c *Cast) []string {
	var out []string
	for _, m := range c.Mentions {
		n := c.Name(m)
		if n == "" {
			n = "-"
		}
		out = append(out, m.Text+"="+n)
	}
	return out
}

func TestFindPeople(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]string // canonical name -> role ("" for any)
		not  []string          // names that must not be people
	}{
		{"title before name", "German Chancellor Olaf Weber flew to Rome on Monday.", map[string]string{"Olaf Weber": "German Chancellor"}, []string{"Rome", "Monday"}},
		{"chinese order", "Chinese President Wang Dong met Premier Zhao Lei in Beijing.", map[string]string{"Wang Dong": "Chinese President", "Zhao Lei": "Premier"}, []string{"Beijing"}},
		{"appositive", "Mei Lin, a spokeswoman for the trade ministry, said talks would resume.", map[string]string{"Mei Lin": "spokeswoman for the trade ministry"}, nil},
		{"lower-case role", "Opposition health spokesman Tom Barker criticised the plan.", map[string]string{"Tom Barker": "Opposition health spokesman"}, nil},
		{"sentence start is no name", "Following the vote, Sarah Collins resigned. Reset talks begin in May.", map[string]string{"Sarah Collins": ""}, []string{"Following", "Reset", "May"}},
		{"organisations", "Downing Street said the Foreign Office and the Board of Trade would respond.", map[string]string{}, []string{"Downing Street", "Foreign Office", "Board of Trade"}},
		{"capitalised phrase", "He told the committee on Strategic Export Controls that exports were falling.", map[string]string{}, []string{"Strategic Export Controls"}},
		{"places", "Officials in Hong Kong and the United States disagreed.", map[string]string{}, []string{"Hong Kong", "United States"}},
		{"party before a name", "Earlier Conservative Graham Pike said the tax was wrong.", map[string]string{"Graham Pike": "Conservative"}, nil},
		{"compass words are places", "The tour stops in North Wessex and South Fenland next week.", map[string]string{}, []string{"North Wessex", "South Fenland"}},
		{"office before a common noun is no title", "The General Election is due in May, and the election campaign has begun.", map[string]string{}, []string{"Election"}},
		{"title in quote marks is no person", "She wrote “Quiet Power,” a study of lobbying, in 2019.", map[string]string{}, []string{"Quiet Power"}},
		{"title grows to full name", "President Morales arrived late. Later, Evo Morales spoke.", map[string]string{"Evo Morales": "President"}, []string{"Morales"}},
		{"demonym and portfolio before a title", "Transport Secretary Laura Penn will meet Portuguese Infrastructure Minister Rui Costa in Lisbon.", map[string]string{"Laura Penn": "Transport Secretary", "Rui Costa": "Portuguese Infrastructure Minister"}, []string{"Lisbon"}},
		{"deputy portfolio title", "Deputy Foreign Minister Anna Berg said the talks would resume in Oslo.", map[string]string{"Anna Berg": "Deputy Foreign Minister"}, nil},
		{"unknown demonym and deputy title", "Slovenian Deputy Prime Minister Jure Kavčič arrived on Monday.", map[string]string{"Jure Kavčič": "Slovenian Deputy Prime Minister"}, nil},
		{"company title", "Chief Executive Tom Hale declined to comment on the results.", map[string]string{"Tom Hale": "Chief Executive"}, nil},
		{"organisation before a title", "Premier League Chief Executive Rhys Moran wrote to the clubs.", map[string]string{"Rhys Moran": "Premier League Chief Executive"}, []string{"Premier League"}},
		{"party leader read backwards", "The speech by former Labour leader Neil Kinnock drew applause.", map[string]string{"Neil Kinnock": "former Labour leader"}, []string{"Labour"}},
		{"party leader at sentence start", "Former Labour leader Neil Kinnock drew applause.", map[string]string{"Neil Kinnock": "Former Labour leader"}, []string{"Former Labour"}},
		{"middle initial", "However, Jill A. Martin, the company's counsel, disagreed.", map[string]string{"Jill A Martin": ""}, nil},
		{"first name that is a function word", "The model is costly, said Will Doyle, a professor of economics.", map[string]string{"Will Doyle": ""}, []string{"Will"}},
		{"surname that is a month", "Prime Minister Theresa May arrived in Brussels on Monday.", map[string]string{"Theresa May": "Prime Minister"}, nil},
		{"modal at sentence start is no name", "Will Britain leave the talks? Analysts doubt it.", map[string]string{}, []string{"Will Britain", "Will"}},
		{"lone surname with a speech verb", "Costa said the plan was fair to everyone.", map[string]string{"Costa": ""}, nil},
		{"lone surname after the verb", "The plan is fair to everyone, said Okonjo.", map[string]string{"Okonjo": ""}, nil},
		{"plural role noun is no surname", "Parents said the school had not told them. Teachers said little.", map[string]string{}, []string{"Parents", "Teachers"}},
		{"place is no surname", "Lisbon said the plan was fair.", map[string]string{}, []string{"Lisbon"}},
		{"word used in lower case is no surname", "Turnout said a lot about the mood, and turnout was low.", map[string]string{}, []string{"Turnout"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			got := map[string]string{}
			for _, p := range c.People {
				got[p.Name] = p.Role
			}
			for n, role := range tt.want {
				r, ok := got[n]
				if !ok {
					t.Errorf("missing person %q; got %v", n, got)
					continue
				}
				if role != "" && r != role {
					t.Errorf("%q role = %q, want %q", n, r, role)
				}
			}
			for _, n := range tt.not {
				if _, ok := got[n]; ok {
					t.Errorf("%q taken for a person", n)
				}
			}
			checkOffsets(t, tt.in, c)
		})
	}
}

func checkOffsets(t *testing.T, text string, c *Cast) {
	t.Helper()
	last := -1
	for _, m := range c.Mentions {
		if m.Start < last || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
			t.Fatalf("bad mention %+v (previous end %d)", m, last)
		}
		last = m.End
		if m.Person >= len(c.People) {
			t.Fatalf("mention %+v points past %d people", m, len(c.People))
		}
	}
}

func TestResolveMentions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "form=Name" pairs that must appear, in order
	}{
		{"surname and honorific",
			"Foreign Secretary Jack Hollis arrived in Delhi. Mr Hollis said talks went well. Hollis flies home on Friday.",
			[]string{"Foreign Secretary Jack Hollis=Jack Hollis", "Mr Hollis=Jack Hollis", "Hollis=Jack Hollis"}},
		{"knight by first name",
			"Sir Alan Prewitt, the party leader, spoke first. Sir Alan then left.",
			[]string{"Sir Alan Prewitt=Alan Prewitt", "Sir Alan=Alan Prewitt"}},
		{"pronoun gender from honorific",
			"Mrs Okafor met Mr Lund. She said the meeting was useful.",
			[]string{"Mrs Okafor=Okafor", "Mr Lund=Lund", "She=Okafor"}},
		{"pronoun gender from role noun",
			"Dana Riis, a spokeswoman for the ministry, declined to comment. Later she said more.",
			[]string{"Dana Riis=Dana Riis", "she=Dana Riis"}},
		{"pronoun follows the subject",
			"Following talks with Canadian Prime Minister Paul Roy, Prime Minister Neil Brennan flew home. He said the trip went well.",
			[]string{"He=Neil Brennan"}},
		{"description by role",
			"British Prime Minister Neil Brennan met Chinese President Wang Dong. The British leader said trade was vital.",
			[]string{"The British leader=Neil Brennan"}},
		{"description by portfolio",
			"Foreign Secretary Jack Hollis and Home Secretary Ann Pryce spoke. The foreign secretary said little.",
			[]string{"The foreign secretary=Jack Hollis"}},
		{"party leader",
			"British Prime Minister Neil Brennan met Chinese President Wang Dong. Later the Labour leader spoke to reporters.",
			[]string{"the Labour leader=Neil Brennan"}},
		{"untitled person holds the office",
			"Tony Marsh is urging European leaders to act. “The world is watching,” the prime minister said.",
			[]string{"the prime minister=Tony Marsh"}},
		{"names inside quotes are no antecedents",
			"Mr Marsh spoke for an hour. He said: \"President Ruiz is there for four years.\" He then left.",
			[]string{"Mr Marsh=Marsh", "He=Marsh", "President Ruiz=Ruiz", "He=Marsh"}},
		{"unnamed source stays unnamed",
			"A Downing Street spokesman said the prime minister was confident.",
			[]string{"A Downing Street spokesman=-"}},
		{"organisation", "The foreign ministry said it was surprised.", []string{"The foreign ministry=-"}},
		{"surname resolves to the titled full name",
			"Transport Secretary Laura Penn will visit Lisbon to meet Portuguese Infrastructure Minister Rui Costa about the rail link. Costa said the plan was fair.",
			[]string{"Transport Secretary Laura Penn=Laura Penn", "Portuguese Infrastructure Minister Rui Costa=Rui Costa", "Costa=Rui Costa"}},
		{"pronoun resolves to a lone surname speaker",
			"Costa said the tunnel was safe. He added that it would open in May.",
			[]string{"Costa=Costa", "He=Costa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			got := resolved(c)
			j := 0
			for _, g := range got {
				if j < len(tt.want) && g == tt.want[j] {
					j++
				}
			}
			if j < len(tt.want) {
				t.Errorf("want %q in order, got %q", tt.want, got)
			}
			checkOffsets(t, tt.in, c)
		})
	}
}

func TestMentionKinds(t *testing.T) {
	in := "Chinese officials and a senior source told reporters that the government would act."
	c := Find(in)
	kinds := map[string]MentionKind{}
	for _, m := range c.Mentions {
		kinds[m.Text] = m.Kind
		if m.Person != -1 {
			t.Errorf("%q resolved to a person", m.Text)
		}
	}
	for text, k := range map[string]MentionKind{"Chinese officials": Unnamed, "a senior source": Unnamed, "the government": Organisation} {
		if kinds[text] != k {
			t.Errorf("%q kind = %v, want %v (all: %v)", text, kinds[text], k, kinds)
		}
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Keir Starmer", "Sir Keir Starmer", true},
		{"Keir Starmer", "Starmer", true},
		{"Sir Keir", "Keir Starmer", true},
		{"Mr. Straw", "Jack Straw", true},
		{"George W. Bush", "George Bush", true},
		{"J. Smith", "John Smith", true},
		{"Jeb Bush", "George Bush", false},
		{"Keir Starmer", "Keir Hardie", false},
		{"Xi", "Xi Jinping", true},
		{"Jinping", "Xi Jinping", true},
		{"President Trump", "Donald Trump", true},
	}
	for _, tt := range tests {
		if got := SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameName(tt.b, tt.a); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
	if k := NameKey("Sir Keir  Starmer"); k != "keir starmer" {
		t.Errorf("NameKey = %q", k)
	}
}

func TestLinearOnNoise(t *testing.T) {
	in := strings.Repeat("He said A B C D, the the a Mr ", 20000)
	c := Find(in)
	checkOffsets(t, in, c)
}

func FuzzFind(f *testing.F) {
	f.Add("British Prime Minister Keir Starmer met Xi. He said “yes”.")
	f.Add("Mr. J. Smith, a spokesman for the U.S. Embassy, said: 'No.'")
	f.Add("O’Brien’s aide, al-Assad's envoy; de Gaulle’s")
	f.Fuzz(func(t *testing.T, s string) {
		c := Find(s)
		last := -1
		for _, m := range c.Mentions {
			if m.Start < last || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
			last = m.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("British Prime Minister Keir Starmer traveled to Beijing on Wednesday to meet Chinese President Xi Jinping. "+
		"“It is going to be an important trip,” the British leader said. A Downing Street spokesman said he would raise human rights. ", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

// BenchmarkFindBBC runs over the BBC corpus in ../shared (skipped when absent).
func BenchmarkFindBBC(b *testing.B) {
	texts := bbcTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	t0 := cputime.Now()
	for b.Loop() {
		for _, t := range texts {
			Find(t)
		}
	}
	cputime.Report(b, n, t0)
}

func bbcTexts(b *testing.B) []string {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		b.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	var texts []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct{ Text string }
		if json.Unmarshal(line, &d) == nil && d.Text != "" {
			texts = append(texts, d.Text)
		}
	}
	return texts
}

func FuzzTokenize(f *testing.F) {
	f.Add("Mr. J. Smith’s U.S. aide, al-Assad's envoy; “quoted” O'Brien.")
	f.Add("éàü 3.5% — ‘x’ \"y\"\n\nZ")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tk := range tokenize(s, nil, nil, nil) {
			if int(tk.start) < last || tk.end <= tk.start || int(tk.end) > len(s) {
				t.Fatalf("bad token %+v after %d in %q", tk, last, s)
			}
			last = int(tk.end)
		}
	})
}

// BenchmarkUnbalanced5MB measures people.Find on 5 MB of marks and initials.
func BenchmarkUnbalanced5MB(b *testing.B) {
	in := strings.Repeat("“A \" Mr ‘B ' C. ” « said \"", (5<<20)/28)
	b.SetBytes(int64(len(in)))
	t0 := cputime.Now()
	for b.Loop() {
		Find(in)
	}
	cputime.Report(b, len(in), t0)
}
