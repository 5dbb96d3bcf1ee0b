package summaries

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestItinerary(t *testing.T) {
	tests := []struct {
		name  string
		now   time.Time
		who   string
		lead  string
		lines []string // item Text, in order
		dates []string // item Date (YYYY-MM-DD, "" when undated)

		smithsTravel bool // both Smiths have a leg
	}{
		{name: "one traveler mid-trip", now: at("2026-01-29T09:00:00Z"), who: "Starmer",
			lead: "Keir Starmer: 4 legs since Thursday 22 January 2026 — Beijing, Shanghai, then Japan",
			lines: []string{
				"BEIJING — Keir Starmer: talks with Xi Jinping",
				"BEIJING — Keir Starmer: lunch with Xi Jinping, then meets Premier Li Qiang",
				"SHANGHAI — Keir Starmer: visit",
				"JAPAN — Keir Starmer: meets Prime Minister Sanae Takaichi",
			},
			dates: []string{"2026-01-28", "2026-01-29", "2026-01-30", ""}},
		{name: "everybody", now: at("2026-01-29T09:00:00Z"), who: "",
			lead: "5 legs for 2 travellers since Thursday 22 January 2026: Keir Starmer (4), Emmanuel Macron (1)"},
		{name: "everybody, with a coming leg", now: at("2026-02-05T09:00:00Z"), who: "",
			lead: "4 legs for 2 travellers since Thursday 29 January 2026: Keir Starmer (3), Emmanuel Macron (1)",
			lines: []string{
				"BEIJING — Keir Starmer: lunch with Xi Jinping, then meets Premier Li Qiang",
				"SHANGHAI — Keir Starmer: visit",
				"NEW DELHI — Emmanuel Macron: visit",
				"JAPAN — Keir Starmer: meets Prime Minister Sanae Takaichi",
			}},
		{name: "the trip is over", now: at("2026-03-01T09:00:00Z"), who: "Keir Starmer",
			lead: "I have no travel stored for Keir Starmer from Sunday 22 February 2026 on. The latest before that, 3 past legs: Beijing, then Shanghai",
			lines: []string{
				"BEIJING — Keir Starmer: talks with Xi Jinping",
				"BEIJING — Keir Starmer: lunch with Xi Jinping, then meets Premier Li Qiang",
				"SHANGHAI — Keir Starmer: visit",
			},
			dates: []string{"2026-01-28", "2026-01-29", "2026-01-30"}},
		{name: "unknown traveler", now: at("2026-01-29T09:00:00Z"), who: "Olaf Nobody",
			lead: "I have nothing stored about Olaf Nobody."},
		{name: "ambiguous name, one travels", now: at("2026-01-29T09:00:00Z"), who: "Starmer", lead: "Keir Starmer: 4 legs"},
		{name: "ambiguous name, nobody travels", now: at("2026-01-29T09:00:00Z"), who: "Smith", lead: "I have no travel stored for Smith from Thursday 22 January 2026 on."},
		{name: "ambiguous name, both travel", now: at("2026-01-29T09:00:00Z"), who: "Smith", lead: `"Smith" may mean John Smith (Labour MP) or Jane Smith (trade envoy)`, smithsTravel: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newsroom()
			if tt.smithsTravel {
				for i, who := range []string{"John Smith", "Jane Smith"} {
					w.legs = append(w.legs, newsbot.Leg{ID: int64(40 + i), Day: day("2026-01-30"), Sources: []newsbot.ArticleRef{artSummit},
						Trip: newsbot.Trip{Traveler: who, Place: "Edinburgh", Country: "United Kingdom", Date: "2026-01-30", Status: newsbot.StatusScheduled}})
				}
			}
			s := service(w, tt.now, london)
			a, err := s.Itinerary(context.Background(), tt.who)
			mustNoErr(t, err)
			if !strings.HasPrefix(a.Lead, tt.lead) {
				t.Errorf("lead = %q, want %q", a.Lead, tt.lead)
			}
			if tt.lines != nil {
				var got []string
				for _, it := range a.Items {
					got = append(got, it.Text)
				}
				if strings.Join(got, "\n") != strings.Join(tt.lines, "\n") {
					t.Errorf("lines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.lines, "\n"))
				}
			}
			for i, want := range tt.dates {
				got := ""
				if !a.Items[i].Date.IsZero() {
					got = a.Items[i].Date.Format(time.DateOnly)
				}
				if got != want {
					t.Errorf("item %d date = %q, want %q", i, got, want)
				}
			}
		})
	}
}

func TestItineraryStoreError(t *testing.T) {
	boom := errors.New("no such table: legs")
	for _, who := range []string{"", "Keir Starmer", "Starmer"} {
		f := newsroom().store()
		f.legs = func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) { return nil, boom }
		s := &Service{Store: f, Now: func() time.Time { return at("2026-01-29T09:00:00Z") }}
		if _, err := s.Itinerary(context.Background(), who); !errors.Is(err, boom) {
			t.Errorf("Itinerary(%q): err = %v, want it to wrap %v", who, err, boom)
		}
	}
}

func TestIssues(t *testing.T) {
	tests := []struct {
		status string
		lead   string
		lines  []string
	}{
		{"", "3 open issues, latest development first (1 revived by new coverage)",
			[]string{"#14 Embassy row [revived]", "#12 Jailed publisher's case", "#13 Espionage allegations"}},
		{"open", "3 open issues", nil},
		{"Closed", "1 closed issue, latest development first", []string{"#15 Fishing quotas dispute [closed]"}},
		{"all", "4 stored issues", []string{"#14 Embassy row [revived]", "#12 Jailed publisher's case", "#13 Espionage allegations", "#15 Fishing quotas dispute [closed]"}},
	}
	for _, tt := range tests {
		t.Run(tt.status, func(t *testing.T) {
			s := service(newsroom(), at("2026-01-29T09:00:00Z"), london)
			a, err := s.Issues(context.Background(), tt.status)
			mustNoErr(t, err)
			if !strings.HasPrefix(a.Lead, tt.lead) {
				t.Errorf("lead = %q, want %q", a.Lead, tt.lead)
			}
			if tt.lines != nil {
				var got []string
				for _, it := range a.Items {
					got = append(got, it.Text)
					if it.Kind != ItemIssue || it.ID == 0 || it.Detail == "" || len(it.Sources) == 0 || it.Date.IsZero() {
						t.Errorf("item %+v lacks id, development, date or sources", it)
					}
				}
				if strings.Join(got, "|") != strings.Join(tt.lines, "|") {
					t.Errorf("lines = %v, want %v", got, tt.lines)
				}
			}
		})
	}
	s := service(newsroom(), at("2026-01-29T09:00:00Z"), london)
	if _, err := s.Issues(context.Background(), "urgent"); !errors.Is(err, ErrUsage) {
		t.Errorf("unknown status: err = %v, want ErrUsage", err)
	}
	w := newsroom()
	w.issues = nil
	s = service(w, at("2026-01-29T09:00:00Z"), london)
	a, err := s.Issues(context.Background(), "open")
	mustNoErr(t, err)
	if a.Lead != "No open issues are stored." {
		t.Errorf("lead = %q", a.Lead)
	}
	// "all" lists stored issues; with none it must not say "No stored
	// issues are stored."
	a, err = s.Issues(context.Background(), "all")
	mustNoErr(t, err)
	if a.Lead != "No issues are stored." {
		t.Errorf("all, none stored: lead = %q", a.Lead)
	}
}
