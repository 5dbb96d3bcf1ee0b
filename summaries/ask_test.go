package summaries

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestAsk(t *testing.T) {
	wed := at("2026-01-28T10:00:00Z")
	thu := at("2026-01-29T10:00:00Z")
	sat := at("2026-01-31T10:00:00Z")
	tests := []struct {
		name     string
		now      time.Time
		question string
		lead     string // exact when it starts with "=", else a substring
		items    []string
		sources  int // how many sources the lead cites, -1 to skip
	}{
		{"when, scheduled", wed, "@newsbot when is Starmer in Shanghai?",
			"=Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai",
			[]string{"The prime minister is scheduled to travel on to Shanghai on Friday."}, 1},
		{"when, today", wed, "when is Keir Starmer in Beijing?",
			"=Wednesday 28 January 2026: Keir Starmer visited Beijing (talks with Xi Jinping); also Beijing on Thursday 29 January 2026", nil, 1},
		{"when, with what happens", thu, "when is Keir Starmer in Beijing?",
			"=Thursday 29 January 2026: Keir Starmer is scheduled to visit Beijing (lunch with Xi Jinping, then meets Premier Li Qiang); also Beijing on Wednesday 28 January 2026",
			[]string{"Starmer landed in Beijing", "On Thursday he is due"}, 1},
		{"when, past question", sat, "when was Starmer in Beijing?",
			"Thursday 29 January 2026: Keir Starmer was scheduled to visit Beijing", nil, -1},
		{"when, done", thu, "when was Starmer in Beijing?",
			"Wednesday 28 January 2026: Keir Starmer visited Beijing (talks with Xi Jinping)", nil, -1},
		{"when, country of the city", wed, "when does Starmer visit China?", "=Wednesday 28 January 2026: Keir Starmer visited Beijing (talks with Xi Jinping); also Beijing on Thursday 29 January 2026 and Shanghai on Friday 30 January 2026", nil, -1},
		{"when, undated", wed, "when does Starmer visit Japan?",
			"=Keir Starmer is scheduled to visit Japan (meets Prime Minister Sanae Takaichi); date not given; after Friday 30 January", nil, 1},
		{"when, nowhere stored", wed, "when is Starmer in Paris?",
			"I have nothing stored about Keir Starmer visiting Paris. Stored travel for Keir Starmer: Beijing, Shanghai, then Japan.", nil, 0},
		{"when, nobody", wed, "when is Olaf Nobody in Paris?", "=I have nothing stored about Olaf Nobody visiting Paris.", nil, 0},
		{"where, on a weekday", wed, "where is Starmer on Friday?", "=Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai", nil, 1},
		{"where, today", thu, "where is Starmer today?",
			"=Thursday 29 January 2026: Keir Starmer is scheduled to visit Beijing (lunch with Xi Jinping, then meets Premier Li Qiang)", nil, 1},
		{"where, tomorrow", thu, "where will Sir Keir be tomorrow", "=Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai", nil, -1},
		{"where, a past weekday", sat, "where was Starmer on Wednesday?", "=Wednesday 28 January 2026: Keir Starmer visited Beijing (talks with Xi Jinping)", nil, -1},
		{"where, a date", wed, "where is Starmer on 30 January?", "Shanghai", nil, -1},
		{"where, next", thu, "where is Starmer going next?", "Thursday 29 January 2026: Keir Starmer is scheduled to visit Beijing", nil, -1},
		{"where, nothing that day", wed, "where is Starmer on Monday?",
			"=I have nothing stored about where Keir Starmer is on Monday 2 February 2026. The nearest stored legs are below.",
			[]string{"The prime minister is scheduled to travel on to Shanghai on Friday."}, 0},
		{"what said", wed, "what did Guo Jiakun say?", "Guo Jiakun (foreign ministry spokesperson): 1 quote", []string{"China firmly opposes"}, -1},
		{"what said about", wed, "what did Starmer say about the embassy?", "about the embassy: 1 quote", []string{"The embassy decision"}, -1},
		{"who said", wed, `who said "up for negotiation"?`, "=“up for negotiation” was said by Keir Starmer", []string{"Our security"}, -1},
		{"who said nothing", wed, "who said sovereign wealth fund?", "=No stored quote contains “sovereign wealth fund”.", nil, -1},
		{"who is", wed, "who is Li Qiang?", "=Li Qiang is the Chinese Premier.", []string{"Li Qiang, China's premier"}, 1},
		{"who is, with quotes", wed, "who's Guo Jiakun", "=Guo Jiakun is the foreign ministry spokesperson; 1 quote stored.", []string{"China firmly opposes"}, 0},
		{"who is, ambiguous", wed, "who is Smith?", `"Smith" may mean John Smith (Labour MP) or Jane Smith (trade envoy)`, nil, -1},
		{"who is, unknown", wed, "who is Olaf Nobody?", "=I have nothing stored about Olaf Nobody.", nil, 0},
		{"open with a topic", wed, "what is still open with China?", "=Still open about China: Embassy row, Jailed publisher's case and Espionage allegations",
			[]string{"#14 Embassy row [revived]", "#12 Jailed publisher's case", "#13 Espionage allegations"}, -1},
		{"open, narrowed", wed, "which issues are open about spying", "=Still open about spying: Espionage allegations", []string{"#13 Espionage allegations"}, -1},
		{"open, all", wed, "any open issues?", "=Still open: Embassy row, Jailed publisher's case and Espionage allegations", nil, -1},
		{"open, nothing", wed, "what is still open on fishing?", "=I have no open issue stored about fishing.", nil, -1},
		{"itinerary", thu, "what's Sir Keir's schedule?", "Keir Starmer: 4 legs since Thursday 22 January 2026 — Beijing, Shanghai, then Japan", nil, 0},
		{"fallback search", wed, "what about tariffs on whisky?", "=Business leaders travelling with the delegation hope for lower tariffs on whisky.",
			[]string{"Business leaders travelling", "Whisky exporters said tariffs had cost them millions last year."}, 1},
		{"fallback, fewer words", wed, "are whisky tariffs hurting distillers in Speyside?", "tariffs", nil, 1},
		{"fallback, only a quote", wed, "is anyone talking about certainty for exporters?", "=Jane Smith said: “Exporters want certainty”", nil, 1},
		{"what said, not a person", wed, "what did exporters say about tariffs?", "=Whisky exporters said tariffs had cost them millions last year.", nil, 1},
		{"fallback, nothing", wed, "how is the weather in Oslo?", "=I have nothing stored that answers “how is the weather in Oslo”.", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := service(newsroom(), tt.now, london)
			a, err := s.Ask(context.Background(), tt.question)
			mustNoErr(t, err)
			if want, exact := strings.CutPrefix(tt.lead, "="); exact && a.Lead != want || !exact && !strings.Contains(a.Lead, want) {
				t.Errorf("lead = %q\nwant %q", a.Lead, tt.lead)
			}
			for i, want := range tt.items {
				if i >= len(a.Items) || !strings.HasPrefix(a.Items[i].Text, want) {
					t.Errorf("item %d: want %q; items %+v", i, want, a.Items)
				}
			}
			if tt.sources >= 0 && len(a.Sources) != tt.sources {
				t.Errorf("lead sources = %+v, want %d", a.Sources, tt.sources)
			}
		})
	}
}

func TestAskEmpty(t *testing.T) {
	s := service(newsroom(), at("2026-01-28T10:00:00Z"), london)
	for _, q := range []string{"", "  ", "<@U07BOT>", "?"} {
		if _, err := s.Ask(context.Background(), q); !errors.Is(err, ErrUsage) {
			t.Errorf("Ask(%q) err = %v, want ErrUsage", q, err)
		}
	}
}

func TestAskStoreErrors(t *testing.T) {
	boom := errors.New("store closed")
	tests := []struct {
		question string
		breakIt  func(*fakeStore)
	}{
		{"when is Starmer in Shanghai?", func(f *fakeStore) {
			f.legs = func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) { return nil, boom }
		}},
		{"where is Starmer today?", func(f *fakeStore) {
			f.findPeople = func(context.Context, string, int) ([]newsbot.PersonRecord, error) { return nil, boom }
		}},
		{"who is Li Qiang?", func(f *fakeStore) {
			f.searchPassages = func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, boom }
		}},
		{"what is open with China?", func(f *fakeStore) {
			f.issues = func(context.Context, string) ([]newsbot.IssueRecord, error) { return nil, boom }
		}},
		{"whisky tariffs", func(f *fakeStore) {
			f.searchQuotes = func(context.Context, string, newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) { return nil, boom }
		}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			f := newsroom().store()
			tt.breakIt(f)
			s := &Service{Store: f, Now: func() time.Time { return at("2026-01-28T10:00:00Z") }}
			if _, err := s.Ask(context.Background(), tt.question); !errors.Is(err, boom) {
				t.Errorf("err = %v, want it to wrap %v", err, boom)
			}
		})
	}
}

// Two legs read from one sentence are shown with that sentence once.
func TestAskSharedEvidence(t *testing.T) {
	w := newsroom()
	ev := "He is due in Shanghai on Friday and in Hangzhou later that day."
	w.legs[2].Trip.Evidence = ev
	w.legs = append(w.legs, newsbot.Leg{ID: 30, Day: day("2026-01-30"), Sources: []newsbot.ArticleRef{artBeijing}, Trip: newsbot.Trip{
		Traveler: "Keir Starmer", Place: "Hangzhou", Country: "China", Date: "2026-01-30", WhenText: "later that day",
		Status: newsbot.StatusScheduled, Evidence: ev}})
	s := service(w, at("2026-01-28T10:00:00Z"), london)
	a, err := s.Ask(context.Background(), "where is Starmer on Friday?")
	mustNoErr(t, err)
	if want := "Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai, then Hangzhou"; a.Lead != want {
		t.Errorf("lead = %q, want %q", a.Lead, want)
	}
	if len(a.Items) != 1 || a.Items[0].Text != ev || !strings.Contains(a.Items[0].Detail, "SHANGHAI") || !strings.Contains(a.Items[0].Detail, "HANGZHOU") {
		t.Errorf("items = %+v, want one item naming both legs", a.Items)
	}
}
