package summaries

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestParseWhoSaid(t *testing.T) {
	tests := []struct {
		in      string
		want    WhoSaidQuery
		wantErr bool
	}{
		{in: "Starmer", want: WhoSaidQuery{Name: "Starmer"}},
		{in: "  Sir Keir  ", want: WhoSaidQuery{Name: "Sir Keir"}},
		{in: "Starmer page 2", want: WhoSaidQuery{Name: "Starmer", Page: 2}},
		{in: "Starmer about China trade", want: WhoSaidQuery{Name: "Starmer", Topic: "China trade"}},
		{in: `Guo Jiakun about "espionage" page 3`, want: WhoSaidQuery{Name: "Guo Jiakun", Topic: "espionage", Page: 3}},
		{in: `"bury our heads"`, want: WhoSaidQuery{Phrase: "bury our heads"}},
		{in: `“bury our heads”`, want: WhoSaidQuery{Phrase: "bury our heads"}},
		{in: `“bury our heads" page 2`, want: WhoSaidQuery{Phrase: "bury our heads", Page: 2}},
		{in: `'up for negotiation'`, want: WhoSaidQuery{Phrase: "up for negotiation"}},
		{in: `"unclosed phrase`, want: WhoSaidQuery{Phrase: "unclosed phrase"}},
		{in: "Li Qiang on tariffs", want: WhoSaidQuery{Name: "Li Qiang", Topic: "tariffs"}},
		{in: "about", want: WhoSaidQuery{Name: "about"}},
		{in: `"*bury our heads*"`, want: WhoSaidQuery{Phrase: "bury our heads"}},
		{in: "“_up for negotiation_”", want: WhoSaidQuery{Phrase: "up for negotiation"}},
		{in: "Vermeer about `tariffs`", want: WhoSaidQuery{Name: "Vermeer", Topic: "tariffs"}},
		{in: "Elise Vermeer about", want: WhoSaidQuery{Name: "Elise Vermeer"}},
		{in: "Vermeer on page 2", want: WhoSaidQuery{Name: "Vermeer", Page: 2}},
		{in: "Rui Costa regarding ", want: WhoSaidQuery{Name: "Rui Costa"}},
		{in: "", wantErr: true},
		{in: "   ", wantErr: true},
		{in: `""`, wantErr: true},
		{in: "page 2", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseWhoSaid(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrUsage) || !errors.Is(err, newsbot.ErrBadInput) {
					t.Fatalf("err = %v, want a usage error", err)
				}
				if u, ok := IsUsage(err); !ok || !strings.Contains(u, "/whosaid") {
					t.Errorf("usage text = %q", u)
				}
				return
			}
			mustNoErr(t, err)
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func FuzzParseWhoSaid(f *testing.F) {
	for _, s := range []string{"Starmer", `"bury our heads"`, "Starmer about China page 2", "“x”", "page 0", "‘", "a on b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseWhoSaid(s)
		if err != nil {
			if !errors.Is(err, ErrUsage) {
				t.Fatalf("non-usage error %v", err)
			}
			return
		}
		if (q.Name == "") == (q.Phrase == "") {
			t.Fatalf("want exactly one of name and phrase: %+v", q)
		}
		if q.Page < 0 {
			t.Fatalf("negative page %+v", q)
		}
	})
}

func TestWhoSaid(t *testing.T) {
	tests := []struct {
		name      string
		query     string
		page      int
		lead      string   // the lead must contain this
		items     []string // quote texts, in order (prefix match)
		next      string
		itemKinds string
	}{
		{name: "partial name, first page", query: "Starmer", page: 1,
			lead:  "Keir Starmer (British Prime Minister): 7 quotes, newest first (page 1 of 2)",
			items: []string{"We cannot bury", "Trade with China", "I will raise", "Our security", "The embassy decision"},
			next:  "/whosaid Keir Starmer page 2"},
		{name: "alternate name, second page", query: "Sir Keir", page: 2,
			lead:  "7 quotes, newest first (page 2 of 2)",
			items: []string{"Allies expect", "A serious country"}},
		{name: "page from the query text", query: "Keir Starmer page 2", page: 0,
			lead: "(page 2 of 2)", items: []string{"Allies expect", "A serious country"}},
		{name: "past the last page", query: "Starmer", page: 4, lead: "page 4 is past the last page (2)"},
		{name: "about a topic", query: "Starmer about embassy", page: 1,
			// One quote names it; the rest of his words in that story follow.
			lead: "Keir Starmer (British Prime Minister) about embassy: 1 quote, newest first, then 2 more from the same story", items: []string{"The embassy decision", "Allies expect", "A serious country"}},
		// Quoted, only not on fishing: his quotes, saying none is about it.
		{name: "topic never mentioned", query: "Starmer about fishing", page: 1, lead: "No quote from Keir Starmer mentions fishing; the topic search found none"},
		{name: "two Smiths", query: "Smith", page: 1, lead: `"Smith" may mean 2 people`, itemKinds: "person,person"},
		{name: "a full name picks one Smith", query: "Jane Smith", page: 1, lead: "Jane Smith (trade envoy): 1 quote", items: []string{"Exporters want certainty"}},
		{name: "unknown name with a suggestion", query: "Keir Stammer", page: 1,
			lead: "No quotes from Keir Stammer are stored. Did you mean Keir Starmer?", itemKinds: "person"},
		{name: "unknown name", query: "Olaf Nobody", page: 1, lead: "No quotes from Olaf Nobody are stored."},
		{name: "an organisation, kept as written", query: "Home Office", page: 1, lead: "Quotes attributed to Home Office, newest first", itemKinds: "quote"},
		{name: "a person with no quotes", query: "Li Qiang", page: 1, lead: "No quotes from Li Qiang are stored."},
		{name: "phrase, one speaker exact", query: `"bury our heads in the sand"`, page: 1,
			lead: "“bury our heads in the sand” was said by Keir Starmer", items: []string{"We cannot bury"}},
		{name: "phrase, two speakers", query: `“bury our heads”`, page: 1,
			lead: "“bury our heads” was said by Keir Starmer and John Smith", items: []string{"We cannot bury", "Ministers must not"}},
		{name: "phrase with the words apart", query: `"heads bury"`, page: 1,
			lead: "No stored quote has exactly “heads bury”; quotes with those words are from Keir Starmer and John Smith"},
		{name: "phrase nobody said", query: `"sovereign wealth fund"`, page: 1, lead: "No stored quote contains “sovereign wealth fund”."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := service(newsroom(), at("2026-01-29T06:00:00Z"), london)
			a, err := s.WhoSaid(context.Background(), tt.query, tt.page)
			mustNoErr(t, err)
			if !strings.Contains(a.Lead, tt.lead) {
				t.Errorf("lead = %q, want it to contain %q", a.Lead, tt.lead)
			}
			if a.Next != tt.next {
				t.Errorf("next = %q, want %q", a.Next, tt.next)
			}
			if tt.items != nil {
				if len(a.Items) != len(tt.items) {
					t.Fatalf("items = %d (%+v), want %d", len(a.Items), a.Items, len(tt.items))
				}
				for i, it := range a.Items {
					if !strings.HasPrefix(it.Text, tt.items[i]) || !it.Quoted || it.Kind != ItemQuote {
						t.Errorf("item %d = %+v, want a quote starting %q", i, it, tt.items[i])
					}
				}
			}
			if tt.itemKinds != "" {
				var kinds []string
				for _, it := range a.Items {
					kinds = append(kinds, it.Kind)
				}
				if got := strings.Join(kinds, ","); got != tt.itemKinds {
					t.Errorf("item kinds = %s, want %s", got, tt.itemKinds)
				}
			}
		})
	}
}

func TestWhoSaidItemDetail(t *testing.T) {
	s := service(newsroom(), at("2026-01-29T06:00:00Z"), london)
	a, err := s.WhoSaid(context.Background(), "Starmer", 1)
	mustNoErr(t, err)
	it := a.Items[0]
	if it.Detail != "Keir Starmer, British Prime Minister — told reporters" {
		t.Errorf("detail = %q", it.Detail)
	}
	if it.Date.Format("2006-01-02 15:04 MST") != "2026-01-28 08:30 GMT" {
		t.Errorf("date = %v, want the article's publication in the newsroom zone", it.Date)
	}
	if len(it.Sources) != 1 || it.Sources[0].URL != artBeijing.URL {
		t.Errorf("sources = %+v", it.Sources)
	}
	if it.ID != 11 {
		t.Errorf("id = %d, want the quote's id", it.ID)
	}
}

func TestWhoSaidErrors(t *testing.T) {
	boom := errors.New("database is locked")
	s := service(newsroom(), at("2026-01-29T06:00:00Z"), london)
	if _, err := s.WhoSaid(context.Background(), "", 1); !errors.Is(err, ErrUsage) {
		t.Errorf("empty query: err = %v, want ErrUsage", err)
	}
	f := newsroom().store()
	f.findPeople = func(context.Context, string, int) ([]newsbot.PersonRecord, error) { return nil, boom }
	s.Store = f
	if _, err := s.WhoSaid(context.Background(), "Starmer", 1); !errors.Is(err, boom) {
		t.Errorf("err = %v, want it to wrap %v", err, boom)
	}
	f = newsroom().store()
	f.searchQuotes = func(context.Context, string, newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) { return nil, boom }
	s.Store = f
	if _, err := s.WhoSaid(context.Background(), `"x y"`, 1); !errors.Is(err, boom) {
		t.Errorf("err = %v, want it to wrap %v", err, boom)
	}
}

// The stored count may lag: paging must still offer the next page when the
// store holds more quotes than PersonRecord.Quotes says.
func TestWhoSaidCountLags(t *testing.T) {
	w := newsroom()
	for i := range w.people {
		if w.people[i].ID == pStarmer.ID {
			w.people[i].Quotes = 0
		}
	}
	s := service(w, at("2026-01-29T06:00:00Z"), london)
	a, err := s.WhoSaid(context.Background(), "Keir Starmer", 1)
	mustNoErr(t, err)
	if a.Next == "" || len(a.Items) != PageSize {
		t.Errorf("lead %q next %q items %d: want a full page and a next page", a.Lead, a.Next, len(a.Items))
	}
}

func TestPreferQuoted(t *testing.T) {
	bare := newsbot.PersonRecord{ID: 1, Name: "Williams"}
	serena := newsbot.PersonRecord{ID: 2, Name: "Serena Williams", Aliases: []string{"Williams"}, Quotes: 4}
	rowan := newsbot.PersonRecord{ID: 3, Name: "Rowan Williams", Aliases: []string{"Williams"}, Quotes: 2}
	quiet := newsbot.PersonRecord{ID: 4, Name: "Ann Quiet"}
	bareQuoted := newsbot.PersonRecord{ID: 5, Name: "Williams", Quotes: 1}
	bareMost := newsbot.PersonRecord{ID: 6, Name: "Williams", Quotes: 9}
	tests := []struct {
		name   string
		query  string
		people []newsbot.PersonRecord
		want   []int64
	}{
		{"a bare surname row with no quotes does not hide the quoted person", "Williams", []newsbot.PersonRecord{bare, serena}, []int64{2}},
		{"two quoted namesakes stay ambiguous", "Williams", []newsbot.PersonRecord{bare, serena, rowan}, []int64{2, 3}},
		{"an exact full name wins", "Rowan Williams", []newsbot.PersonRecord{serena, rowan}, []int64{3}},
		{"nobody quoted: the exact name still wins", "Ann Quiet", []newsbot.PersonRecord{quiet, bare}, []int64{4}},
		{"a quoted bare surname row outquoted by a namesake does not win", "Williams", []newsbot.PersonRecord{serena, bareQuoted}, []int64{2}},
		{"nor among several namesakes", "Williams", []newsbot.PersonRecord{serena, rowan, bareQuoted}, []int64{2, 3, 5}},
		{"a bare surname row quoted most still wins", "Williams", []newsbot.PersonRecord{bareMost, serena}, []int64{6}},
	}
	for _, tt := range tests {
		var got []int64
		for _, p := range preferQuoted(tt.query, tt.people) {
			got = append(got, p.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: preferQuoted(%q) = %v, want %v", tt.name, tt.query, got, tt.want)
		}
	}
}

// A common topic word in a big archive is paged through its newest TopicCap
// matches, and the lead says there are more rather than counting them all.
func TestWhoSaidTopicCap(t *testing.T) {
	for _, n := range []int{TopicCap, TopicCap + 40} {
		w := newsroom()
		w.quotes = nil
		for i := range n {
			w.quotes = append(w.quotes, quote(int64(100+i), pStarmer, fmt.Sprintf("Tariffs on steel hurt exporters, part %d", i), "said", artSummit))
		}
		s := service(w, at("2026-01-29T06:00:00Z"), london)
		a, err := s.WhoSaid(context.Background(), "Starmer about tariffs", 1)
		mustNoErr(t, err)
		want := fmt.Sprintf("%d quotes, newest first (page 1 of %d)", n, (n+PageSize-1)/PageSize)
		if n > TopicCap {
			want = fmt.Sprintf("over %d quotes, listing the newest %d, newest first (page 1 of %d)", TopicCap, TopicCap, TopicCap/PageSize)
		}
		if !strings.Contains(a.Lead, want) {
			t.Errorf("%d quotes: lead = %q, want it to contain %q", n, a.Lead, want)
		}
		last, err := s.WhoSaid(context.Background(), "Starmer about tariffs", TopicCap/PageSize)
		mustNoErr(t, err)
		if len(last.Items) != PageSize || last.Next != "" {
			t.Errorf("%d quotes: last page has %d items, next %q; want %d and none", n, len(last.Items), last.Next, PageSize)
		}
	}
}

func TestSpellsOut(t *testing.T) {
	tests := []struct {
		text, acronym string
		want          bool
	}{
		{"Ottawa would take the case to the World Trade Organization if talks failed.", "WTO", true},
		{"Waiting lists at the National Health Service grew again.", "NHS", true},
		{"The Bank of England held rates.", "BOE", true},
		{"World leaders met in Trade Hall with Organization staff.", "WTO", false},
		{"The world trade organization was not named.", "WTO", false},
	}
	for _, tt := range tests {
		if got := spellsOut(tt.text, tt.acronym); got != tt.want {
			t.Errorf("spellsOut(%q, %q) = %v, want %v", tt.text, tt.acronym, got, tt.want)
		}
	}
}
