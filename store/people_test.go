package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// said is an article in which each speaker says one line. A speaker may be
// written with title or surname only; mentions are the names used.
type line struct{ speaker, words string }

func said(url string, pub time.Time, lines ...line) newsbot.Analysed {
	q := &quotedText{}
	q.say("Ministers met in Whitehall on Tuesday to discuss the winter budget. ")
	var people []newsbot.Person
	seen := map[string]bool{}
	for _, l := range lines {
		q.quote(l.words, l.speaker, "said")
		q.say("Officials declined to add detail. ")
		if !seen[l.speaker] {
			seen[l.speaker] = true
			people = append(people, newsbot.Person{Name: l.speaker, Mentions: []string{l.speaker, "he"}})
		}
	}
	return newsbot.Analysed{
		Article:    newsbot.Article{URL: url, Title: "Budget talks", Published: pub, Text: q.b.String()},
		Extraction: newsbot.Extraction{People: people, Quotes: q.quotes},
	}
}

func names(ps []newsbot.PersonRecord) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s/%d", p.Name, p.Quotes))
	}
	return out
}

func TestPeopleMergeAcrossArticles(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		said("https://x.example/1", day("2026-01-10"), line{"Sir Keir Starmer", "We will not raise income tax this year"}),
		said("https://x.example/2", day("2026-01-11"), line{"Keir Starmer", "The plan is fully costed and the numbers add up"}),
		said("https://x.example/3", day("2026-01-12"), line{"Starmer", "I have every confidence in the chancellor"}),
		// Two full names sharing a surname never merge; after this a bare
		// "Okafor" is ambiguous.
		said("https://x.example/4", day("2026-01-12"), line{"Chidi Okafor", "Hospitals need the money now"}, line{"Ngozi Okafor", "Schools need it more"}),
		said("https://x.example/5", day("2026-01-13"), line{"Okafor", "Somebody has to say it plainly"}),
		// A first name the extractor calls the same: a knight's, a family name first.
		said("https://x.example/8", day("2026-01-15"), line{"Sir Keir", "My door is always open"}),
		said("https://x.example/9", day("2026-01-15"), line{"Xi Jinping", "Trade must be fair"}),
		said("https://x.example/10", day("2026-01-16"), line{"Xi", "Our markets are open"}),
		// A bare first name is nobody in particular.
		said("https://x.example/11", day("2026-01-16"), line{"Keir", "I only work here"}),
		// A surname first, its full name later: the later full name absorbs it.
		said("https://x.example/6", day("2026-01-13"), line{"Lindqvist", "Our ports are ready for the change"}),
		said("https://x.example/7", day("2026-01-14"), line{"Ingrid Lindqvist", "Customs checks will be digital by June"}),
	)
	tests := []struct {
		query string
		want  []string // name/quotes, best first
	}{
		{"Keir Starmer", []string{"Keir Starmer/4"}}, // the plainest spelling is the name
		{"Sir Keir Starmer", []string{"Keir Starmer/4"}},
		{"sir keir", []string{"Keir Starmer/4", "Keir/1"}},                   // his alias; the lone "Keir" row ranks as a surname
		{"Okafor", []string{"Okafor/1", "Chidi Okafor/1", "Ngozi Okafor/1"}}, // the lone row first on a tie
		{"Starmer", []string{"Keir Starmer/4"}},
		{"Star", []string{"Keir Starmer/4"}},
		{"Xi", []string{"Xi Jinping/2"}},
		{"Okafor", []string{"Okafor/1", "Chidi Okafor/1", "Ngozi Okafor/1"}},
		{"Ngozi Okafor", []string{"Ngozi Okafor/1"}},
		{"Lindqvist", []string{"Ingrid Lindqvist/2"}},
		{"Nobody Atall", nil},
		{"", nil},
		{`Starmer OR 1=1`, nil},
		{`"`, nil},
		{`*`, nil},
		{`NEAR(`, nil},
		{`'; DROP TABLE people; --`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ps, err := s.FindPeople(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			got := names(ps)
			if len(tt.want) == 0 {
				if len(got) != 0 {
					t.Errorf("got %v, want none", got)
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	ps, _ := s.FindPeople(ctx, "Starmer", 1)
	if len(ps) != 1 || !slices.Contains(ps[0].Aliases, "Starmer") || !slices.Contains(ps[0].Aliases, "Sir Keir Starmer") {
		t.Errorf("aliases of %+v lack the surname mention", ps)
	}
	if n := count(t, s, `SELECT count(*) FROM people WHERE name_key = 'lindqvist'`); n != 0 {
		t.Errorf("the surname-only row was not absorbed")
	}
	if n := count(t, s, `SELECT count(*) FROM person_aliases WHERE alias = 'he'`); n != 0 {
		t.Errorf("pronouns stored as aliases")
	}
}

func TestQuotesBy(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	// Ingested out of order: newest-first must follow publication, not ingest.
	mustSave(t, s,
		said("https://x.example/b", day("2026-01-12"), line{"Amira Haddad", "Water bills will fall in April"}),
		said("https://x.example/c", day("2026-01-14"), line{"Amira Haddad", "Sewage fines go straight to river clean-up"}),
		said("https://x.example/a", day("2026-01-10"), line{"Amira Haddad", "The sewage scandal ends with this bill"}),
		said("https://x.example/d", day("2026-01-13"), line{"Oskar Brennan", "The bill is a gimmick"}),
	)
	ps, err := s.FindPeople(ctx, "Haddad", 1)
	if err != nil || len(ps) != 1 {
		t.Fatalf("find: %v %v", ps, err)
	}
	id := ps[0].ID
	texts := func(hs []newsbot.QuoteHit) []string {
		var out []string
		for _, h := range hs {
			out = append(out, h.Quote.Text)
		}
		return out
	}
	tests := []struct {
		name string
		f    newsbot.QuoteFilter
		want []string
	}{
		{"newest first", newsbot.QuoteFilter{Limit: 10}, []string{"Sewage fines go straight to river clean-up", "Water bills will fall in April", "The sewage scandal ends with this bill"}},
		{"page 1", newsbot.QuoteFilter{Limit: 2}, []string{"Sewage fines go straight to river clean-up", "Water bills will fall in April"}},
		{"page 2", newsbot.QuoteFilter{Limit: 2, Offset: 2}, []string{"The sewage scandal ends with this bill"}},
		{"topic", newsbot.QuoteFilter{Topic: "sewage"}, []string{"Sewage fines go straight to river clean-up", "The sewage scandal ends with this bill"}},
		{"topic two words", newsbot.QuoteFilter{Topic: "sewage bill"}, []string{"The sewage scandal ends with this bill"}},
		{"topic syntax abuse", newsbot.QuoteFilter{Topic: `sewage OR "`}, nil},
		{"topic only punctuation is no topic", newsbot.QuoteFilter{Topic: `"*(`, Limit: 1}, []string{"Sewage fines go straight to river clean-up"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs, err := s.QuotesBy(ctx, id, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := texts(hs); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, h := range hs {
				if h.Person.ID != id || h.Person.Name != "Amira Haddad" || h.Article.URL == "" || h.Sentence == "" || !h.Quote.IsPerson {
					t.Errorf("incomplete hit %+v", h)
				}
			}
		})
	}
	if _, err := s.QuotesBy(ctx, 9999, newsbot.QuoteFilter{}); !errors.Is(err, newsbot.ErrNotFound) {
		t.Errorf("unknown person: %v", err)
	}
}

func TestSearchQuotes(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		said("https://x.example/a", day("2026-01-10"), line{"Amira Haddad", "We will keep the pressure on until ministers listen"}),
		said("https://x.example/b", day("2026-01-12"), line{"Oskar Brennan", "Keep the pressure on, but talk to us first"}),
		said("https://x.example/c", day("2026-01-11"), line{"Helen Moretti", "Pressure will not keep us quiet"}),
	)
	// Matches come most recently stored first: Moretti's quote (stored
	// last) leads Brennan's, though Brennan's story is newer.
	tests := []struct {
		phrase string
		want   []string // speakers, most recently stored first
	}{
		{"keep the pressure on", []string{"Oskar Brennan", "Amira Haddad"}},
		{`"keep the pressure on"`, []string{"Oskar Brennan", "Amira Haddad"}},
		{"KEEP THE PRESSURE", []string{"Oskar Brennan", "Amira Haddad"}},
		{"pressure keep", nil}, // a phrase: order matters
		{"quiet", []string{"Helen Moretti"}},
		{`Starmer OR 1=1`, nil},
		{`"`, nil},
		{`*`, nil},
		{`NEAR(`, nil},
		{`NEAR(keep pressure)`, nil},
		{`pressure*`, []string{"Helen Moretti", "Oskar Brennan", "Amira Haddad"}},
		{`text:quiet`, nil},
		{"\xff\xfe quiet", []string{"Helen Moretti"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			hs, err := s.SearchQuotes(ctx, tt.phrase, newsbot.QuoteFilter{})
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			var got []string
			for _, h := range hs {
				got = append(got, h.Person.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzSearchQuotes(f *testing.F) {
	s := openTest(f)
	mustSave(f, s, said("https://x.example/a", day("2026-01-10"), line{"Amira Haddad", "We will keep the pressure on"}))
	for _, seed := range []string{`Starmer OR 1=1`, `"`, `*`, `NEAR(`, `a:b`, `^pressure`, `(keep`, `-pressure`, "\x00"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, q string) {
		ctx := context.Background()
		if _, err := s.SearchQuotes(ctx, q, newsbot.QuoteFilter{Topic: q}); err != nil {
			t.Errorf("SearchQuotes(%q): %v", q, err)
		}
		if _, err := s.SearchPassages(ctx, q, 3); err != nil {
			t.Errorf("SearchPassages(%q): %v", q, err)
		}
		if _, err := s.FindPeople(ctx, q, 3); err != nil {
			t.Errorf("FindPeople(%q): %v", q, err)
		}
	})
}

func TestQuotesBySpeaker(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	q := &quotedText{}
	q.say("The plans were approved on Monday. ")
	q.quote("The decision was taken on its merits", "a Home Office spokesman", "said")
	q.quote("We will appeal", "Camden Council", "said")
	q.quote("It is a good day for the borough", "Priya Nakamura", "said")
	for i := range q.quotes[:2] {
		q.quotes[i].IsPerson = false
	}
	mustSave(t, s, newsbot.Analysed{
		Article:    newsbot.Article{URL: "https://x.example/plans", Title: "Plans approved", Published: day("2026-01-05"), Text: q.b.String()},
		Extraction: newsbot.Extraction{People: []newsbot.Person{{Name: "Priya Nakamura"}}, Quotes: q.quotes},
	})
	tests := []struct {
		speaker string
		want    []string
	}{
		{"Home Office", []string{"The decision was taken on its merits"}},
		{"the home office spokesman", []string{"The decision was taken on its merits"}},
		{"camden", []string{"We will appeal"}},
		{"Priya Nakamura", nil}, // a person: found through FindPeople, not here
		{"Office", nil},         // the speaker's first words, not any word
		{"", nil},
		{"%", nil},
	}
	for _, tt := range tests {
		hs, err := s.QuotesBySpeaker(ctx, tt.speaker, QF(10))
		if err != nil {
			t.Fatalf("QuotesBySpeaker(%q): %v", tt.speaker, err)
		}
		var got []string
		for _, h := range hs {
			got = append(got, h.Quote.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("QuotesBySpeaker(%q) = %q, want %q", tt.speaker, got, tt.want)
		}
	}
}

// The first page of a topic is read by walking the person's newest quotes
// when that can be sure of it, and from the topic's matches otherwise: both
// ways give what the matches-first query gives.
func TestQuotesByTopicWalk(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var batch []newsbot.Analysed
	for i := range 180 { // 360 quotes by one person: more than topicWalk
		// Pairs of stories share a publication time, so the walk's cutoff
		// falls among equal dates.
		batch = append(batch, synth(20*i, day("2025-06-01").Add(time.Duration(i/2)*time.Hour)))
	}
	mustSave(t, s, batch...)
	ps, err := s.FindPeople(ctx, "Amira Okonkwo", 1)
	if err != nil || len(ps) != 1 || ps[0].Quotes <= topicWalk {
		t.Fatalf("people %+v, %v", ps, err)
	}
	id := ps[0].ID
	tests := []struct {
		topic         string
		limit, offset int
	}{
		{"pressure", 6, 0},      // every other quote: found within the walk
		{"pressure", 5, 10},     // a later page, still within the walk
		{"dredging", 6, 0},      // half the stories
		{"1020", 6, 0},          // one old quote: beyond the walk, read from the matches
		{"families 1040", 6, 0}, // two words, one old quote
		{"pressure", 6, 150},    // past topicWalkPage: from the matches
		{"zebra", 6, 0},         // nothing
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d/%d", tt.topic, tt.limit, tt.offset), func(t *testing.T) {
			got, err := s.QuotesBy(ctx, id, newsbot.QuoteFilter{Topic: tt.topic, Limit: tt.limit, Offset: tt.offset})
			if err != nil {
				t.Fatal(err)
			}
			want, err := s.quoteHits(ctx, map[int64]*newsbot.PersonRecord{id: &ps[0]}, whosaidTopicQuery, ftsAll(tt.topic), id, tt.limit, tt.offset)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d hits, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i].ID != want[i].ID {
					t.Errorf("hit %d is quote %d, want %d", i, got[i].ID, want[i].ID)
				}
			}
			if tt.topic != "zebra" && len(got) == 0 {
				t.Errorf("no hits for %q", tt.topic)
			}
		})
	}
}
