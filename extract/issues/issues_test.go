package issues

import (
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/people/peopletest"
	"github.com/newsroom/newsbot/extract/text"
)

// castOf builds a Cast by hand (see peopletest.CastOf).
func castOf(text string, names []string, forms map[string]int) *people.Cast {
	return peopletest.CastOf(text, names, forms)
}

// A story written for this test: a minister abroad, three open threads
// (a detained journalist, a trade dispute over steel, a spying row) and
// background that is no issue.
const story = `Australian Foreign Minister Penny Wong arrived in Jakarta on Monday for two days of talks with her Indonesian counterpart.
Wong said the visit would deepen economic ties and expand student exchanges between the two countries.
She is expected to raise the case of Daniel Hart, an Australian journalist detained in Papua since March on charges of spreading false news.
Hart's family has urged Canberra to press for his release, and press freedom groups have criticised the charges as politically motivated.
Indonesian officials have rejected claims that the case is linked to his reporting on protests in Papua.
The two governments are also locked in a dispute over steel tariffs, which Jakarta imposed last year after accusing Australian producers of dumping.
Australian exporters say the steel tariffs have cost them hundreds of millions of dollars, and the dispute has stalled a wider trade deal.
Relations were strained last year by allegations of phone tapping by Australian intelligence, which Canberra has never confirmed or denied.
The spying allegations resurfaced this month when a former intelligence officer published a memoir.
Wong will also visit a school in Bandung and meet business leaders in Surabaya.
Students from both countries performed a traditional dance at the welcoming ceremony.
`

func storyCast() *people.Cast {
	return castOf(story, []string{"Penny Wong", "Daniel Hart"}, map[string]int{
		"Australian Foreign Minister Penny Wong": 0, "Wong": 0, "She": 0, "Daniel Hart": 1, "Hart": 1, "his": 1,
	})
}

func TestFindStory(t *testing.T) {
	got := Find(story, storyCast(), nil)
	if len(got) < minIssues || len(got) > maxIssues {
		t.Fatalf("got %d issues, want %d-%d: %+v", len(got), minIssues, maxIssues, got)
	}
	want := []struct {
		name string
		any  []string // one of these words in title or keywords
	}{
		{"detained journalist", []string{"hart"}},
		{"steel dispute", []string{"steel"}},
		{"spying row", []string{"spying", "phone tapping", "intelligence"}},
	}
	for _, w := range want {
		found := false
		for _, is := range got {
			hay := strings.ToLower(is.Title + " " + strings.Join(is.Keywords, " "))
			for _, a := range w.any {
				found = found || strings.Contains(hay, a)
			}
		}
		if !found {
			t.Errorf("%s not found in %+v", w.name, titles(got))
		}
	}
	for _, is := range got {
		if is.Title == "" || len(is.Keywords) == 0 || len(is.Keywords) > maxKeywords || is.Summary == "" || len(is.Evidence) == 0 {
			t.Errorf("incomplete issue %+v", is)
		}
		hay := strings.ToLower(is.Title + " " + strings.Join(is.Keywords, " "))
		if strings.Contains(hay, "dance") || strings.Contains(hay, "student") {
			t.Errorf("background listed as an issue: %q %q", is.Title, is.Keywords)
		}
	}
	if !strings.HasPrefix(got[0].Title, "Daniel Hart") {
		t.Logf("first issue %q (the journalist's case was expected first)", got[0].Title)
	}
}

func titles(is []newsbot.Issue) []string {
	var out []string
	for _, i := range is {
		out = append(out, i.Title+" "+strings.Join(i.Keywords, "/"))
	}
	return out
}

func TestRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		cast *people.Cast
		want string // a word the first issue's title or keywords must hold; "" for none
	}{
		{"a person's legal case is titled as such",
			"Activist Lena Novak was convicted on sedition charges in May. Her lawyers said the case was politically motivated. Novak's supporters urged the government to release her. The court will hear her appeal in June.",
			castOf("Activist Lena Novak was convicted on sedition charges in May. Her lawyers said the case was politically motivated. Novak's supporters urged the government to release her. The court will hear her appeal in June.",
				[]string{"Lena Novak"}, map[string]int{"Activist Lena Novak": 0, "Novak": 0, "Her": 0, "her": 0}),
			"lena novak's case"},
		{"the object of a row completes the title",
			"Farmers staged protests over the embargo on grain imports. The embargo on grain imports has been criticised by millers. Officials denied the embargo would raise bread prices.",
			nil, "grain"},
		{"a clause-level split keeps coordinated topics apart",
			"The two countries disagree over alleged violations of labour rights and their arms sales to Myanmar. Critics condemned the arms sales to Myanmar. Labour rights groups accused the firm of abuses.",
			nil, ""},
		{"calm copy has no issue",
			"The festival opened on Friday with a parade. Thousands of visitors enjoyed the music and food stalls. Organisers said next year's event would be larger.",
			nil, "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.cast, nil)
			if tt.want == "none" {
				if len(got) != 0 {
					t.Errorf("got %v, want no issues", titles(got))
				}
				return
			}
			if len(got) == 0 {
				t.Fatal("no issues")
			}
			if tt.want == "" {
				// Both coordinated topics must come out separately.
				var arms, rights bool
				for _, is := range got {
					hay := strings.ToLower(is.Title + " " + strings.Join(is.Keywords, " "))
					arms = arms || strings.Contains(hay, "arms")
					rights = rights || strings.Contains(hay, "right")
				}
				if !arms || !rights {
					t.Errorf("got %v, want arms sales and labour rights", titles(got))
				}
				return
			}
			hay := strings.ToLower(got[0].Title + " " + strings.Join(got[0].Keywords, " "))
			if !strings.Contains(hay, tt.want) {
				t.Errorf("first issue %q %q lacks %q (all: %v)", got[0].Title, got[0].Keywords, tt.want, titles(got))
			}
		})
	}
}

func TestSimilar(t *testing.T) {
	lai := newsbot.Issue{Title: "Jimmy Lai's case", Keywords: []string{"Jimmy Lai", "collusion"}}
	tests := []struct {
		name   string
		b      newsbot.Issue
		lo, hi float64
	}{
		{"same thread, other words", newsbot.Issue{Title: "Jailed publisher Lai", Keywords: []string{"Lai", "national security law"}}, 0.35, 1},
		{"same thread, same keyword", newsbot.Issue{Title: "Jimmy Lai", Keywords: []string{"Jimmy Lai", "release"}}, 0.4, 1},
		{"identical", lai, 0.99, 1},
		{"other thread", newsbot.Issue{Title: "Chinese mega-embassy in London", Keywords: []string{"embassy"}}, 0, 0.2},
		{"empty", newsbot.Issue{}, 0, 0},
	}
	for _, tt := range tests {
		got := Similar(lai, tt.b)
		if got < tt.lo || got > tt.hi {
			t.Errorf("%s: Similar = %.2f, want %.2f..%.2f", tt.name, got, tt.lo, tt.hi)
		}
		if back := Similar(tt.b, lai); back != got {
			t.Errorf("%s: not symmetric: %.3f vs %.3f", tt.name, got, back)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add(story)
	f.Add("Row over “tariffs”; critics — accused; the case of A's B's.")
	f.Fuzz(func(t *testing.T, s string) {
		got := Find(s, castOf(s, []string{"Penny Wong"}, map[string]int{"Wong": 0}), nil)
		if len(got) > maxIssues {
			t.Fatalf("%d issues", len(got))
		}
		for _, is := range got {
			if len(is.Keywords) > maxKeywords || len(is.Evidence) > maxEvidence {
				t.Fatalf("oversized issue %+v", is)
			}
			for _, e := range is.Evidence {
				if !strings.Contains(s, e) {
					t.Fatalf("evidence %q not in text", e)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(story, 20)
	cast := castOf(text, []string{"Penny Wong", "Daniel Hart"}, map[string]int{
		"Australian Foreign Minister Penny Wong": 0, "Wong": 0, "She": 0, "Daniel Hart": 1, "Hart": 1,
	})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, cast, nil)
	}
}

func TestVoiceIsNoIssue(t *testing.T) {
	text := `Critics have accused the ministry of hiding the cost of the new border wall.
"The border wall is a scandal and the public deserve the figures," said Tom Barker, a professor at Leeds.
The ministry denied the border wall costs had been concealed.
"Nobody can defend this secrecy," Barker added, calling for an inquiry into the border wall contract.`
	cast := castOf(text, []string{"Tom Barker"}, map[string]int{"Tom Barker": 0, "Barker": 0})
	q1 := strings.Index(text, "The border wall is")
	q2 := strings.Index(text, "Nobody can")
	quotes := []newsbot.Quote{
		{Text: "The border wall is a scandal and the public deserve the figures", Speaker: "Tom Barker", Start: q1, End: q1 + 60},
		{Text: "Nobody can defend this secrecy", Speaker: "Tom Barker", Start: q2, End: q2 + 30},
	}
	got := Find(text, cast, quotes)
	if len(got) == 0 {
		t.Fatal("no issues")
	}
	if !strings.Contains(strings.ToLower(got[0].Title+" "+strings.Join(got[0].Keywords, " ")), "border wall") {
		t.Errorf("first issue %q %q, want the border wall", got[0].Title, got[0].Keywords)
	}
	for _, is := range got {
		if strings.HasPrefix(is.Title, "Tom Barker") {
			t.Errorf("a quoted commentator listed as an issue: %v", titles(got))
		}
	}
}

// TestTitles: an issue is titled by what is disputed. People, places and
// groups of actors stay keywords; "X's case" needs a case about X.
func TestTitles(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		names   []string
		forms   map[string]int
		bad     []string // no title may start with these
		want    string   // some title must contain this (lower-case); "" to skip
		wantLen int      // at most this many issues; 0 to skip
	}{
		{"a dinner guest is no case",
			"Finance Minister Ana Costa arrived in Lisbon on Monday for talks on the disputed fishing quotas. " +
				"Costa will have dinner with Prime Minister Luis Moreno on Tuesday. " +
				"Costa also faced questions about the detention of journalist Rui Lopes, who has been held without charge since May. " +
				"Press freedom groups criticised the government over the case.",
			[]string{"Ana Costa", "Luis Moreno", "Rui Lopes"},
			map[string]int{"Finance Minister Ana Costa": 0, "Costa": 0, "Prime Minister Luis Moreno": 1, "journalist Rui Lopes": 2},
			[]string{"Luis Moreno", "Ana Costa", "Lisbon"}, "rui lopes's case", 0},
		{"the protagonist is no issue",
			"Trade Minister Omar Haddad will travel to Cairo on Sunday, where he faces criticism over a stalled gas pipeline deal. " +
				"Haddad said the pipeline dispute would be settled within weeks. " +
				"Haddad denied that the delay had cost the treasury money. " +
				"Opposition lawmakers accused Haddad of mismanaging the pipeline project.",
			[]string{"Omar Haddad"}, map[string]int{"Trade Minister Omar Haddad": 0, "Haddad": 0, "he": 0},
			[]string{"Omar Haddad", "Cairo"}, "pipeline", 0},
		{"groups of actors are keywords, not titles",
			"Port operators and the dockers' union remain locked in a dispute over automation. " +
				"Shipping companies have threatened to divert cargo if the automation dispute is not settled. " +
				"Port operators denied that automation would cost jobs.",
			nil, nil, []string{"Port operators", "Shipping companies"}, "automation", 0},
		{"a phrase cut before its noun is no title",
			"Manila rejected the sweeping territorial claims as illegal. The sweeping territorial claims have been disputed for decades. " +
				"Fishermen accused the coast guard of intimidation against smaller Asian neighbours.",
			nil, nil, []string{"Sweeping territorial", "Intimidation against smaller Asian"}, "", 0},
		{"a lone vague word said once is no title",
			"The firm was accused of hiding losses from investors. Regulators said the shot across the bows was overdue.",
			nil, nil, []string{"Firm", "Shot"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cast *people.Cast
			if tt.names != nil {
				cast = castOf(tt.text, tt.names, tt.forms)
			}
			got := Find(tt.text, cast, nil)
			found := tt.want == ""
			for _, is := range got {
				for _, b := range tt.bad {
					if is.Title == b || strings.HasPrefix(is.Title, b+"'s") {
						t.Errorf("issue titled %q: %v", is.Title, titles(got))
					}
				}
				found = found || strings.Contains(strings.ToLower(is.Title), tt.want)
			}
			if !found {
				t.Errorf("no title holds %q: %v", tt.want, titles(got))
			}
		})
	}
}

func TestTitleObjectStopsAtVerb(t *testing.T) {
	text := "A strike at the port of Gdansk entered its third day as talks stalled. " +
		"The port of Gdansk strike has been condemned by exporters. Unions denied the port strike was illegal."
	for _, is := range Find(text, nil, nil) {
		if strings.Contains(is.Title, "entered") {
			t.Errorf("title %q runs into the verb", is.Title)
		}
	}
}

// TestStemHash checks the stem hash the tokenizer builds while reading
// against appendStem, which the rest of the package keys phrases by.
func TestStemHash(t *testing.T) {
	s := "Rights parties Parties' bus glasses US crisis Sanctions mega-embassy 0.7% U.S. Lai’s China's analysis series ies yes Dies"
	for _, tok := range tokenize(s, 0, nil) {
		if tok.punct || tok.h == 0 {
			continue
		}
		want := hashBytes(appendStem(nil, s[tok.start:tok.end])) | 1
		if tok.h != want {
			t.Errorf("%q: hash %x, want %x (stem %q)", s[tok.start:tok.end], tok.h, want, appendStem(nil, s[tok.start:tok.end]))
		}
	}
}

func TestFindInSentencesMatchesFind(t *testing.T) {
	cast := storyCast()
	a := titles(Find(story, cast, nil))
	b := titles(FindInSentences(story, text.Sentences(story), cast, nil))
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("Find %v, FindInSentences %v", a, b)
	}
}

func TestAppendKeySplitsLikeFields(t *testing.T) {
	var a analyser
	for _, s := range []string{"Hong Kong media", "Hong\u00a0Kong", " arms  embargoes ", "Rights\r\nGroups", "", "mega-embassy's"} {
		var want []byte
		for _, w := range strings.Fields(s) {
			if len(want) > 0 {
				want = append(want, ' ')
			}
			want = appendStem(want, w)
		}
		if got := a.appendKey(nil, s); string(got) != string(want) {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
	}
}
