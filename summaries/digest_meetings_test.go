package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// A leg whose sentence dates the meeting apart from the arrival shows the
// meeting on its own day; a meeting already on a leg of its own is not
// shown twice.
func TestDigestSplitsMeetingDay(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Danish minister to visit Kenya", Outlet: "Wire", Published: at("2026-11-23T09:00:00Z")}
	legs := []newsbot.Leg{
		{ID: 1, Sources: []newsbot.ArticleRef{mon}, Day: day("2026-11-23"), Trip: newsbot.Trip{Traveler: "Lars Holm", Place: "Nairobi", Country: "Kenya",
			Date: "2026-11-23", WhenText: "on Monday", Status: newsbot.StatusUnderway, What: "arrives, then talks with President Daniel Mwangi", Counterparts: []string{"Daniel Mwangi"},
			Evidence: "Danish Foreign Minister Lars Holm will arrive in Nairobi on Monday, and on Wednesday he will hold talks with President Daniel Mwangi."}},
		{ID: 2, Sources: []newsbot.ArticleRef{mon}, Day: day("2026-11-27"), Trip: newsbot.Trip{Traveler: "Lars Holm", Place: "Accra", Country: "Ghana",
			Date: "2026-11-27", WhenText: "on Friday", Status: newsbot.StatusScheduled, What: "arrives, then meets President Kofi Asante", Counterparts: []string{"Kofi Asante"},
			Evidence: "Holm lands in Accra on Friday ahead of a meeting with President Kofi Asante on Sunday."}},
		{ID: 3, Sources: []newsbot.ArticleRef{mon}, Day: day("2026-11-29"), Trip: newsbot.Trip{Traveler: "Lars Holm", Place: "Accra", Country: "Ghana",
			Date: "2026-11-29", WhenText: "on Sunday", Status: newsbot.StatusScheduled, What: "meets President Kofi Asante", Counterparts: []string{"Kofi Asante"},
			Evidence: "Holm lands in Accra on Friday ahead of a meeting with President Kofi Asante on Sunday."}},
	}
	st := &fakeStore{
		legs: func(_ context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
			var out []newsbot.Leg
			for _, l := range legs {
				if f.Traveler != "" && f.Traveler != l.Trip.Traveler {
					continue
				}
				if l.Day.IsZero() || (!f.From.IsZero() && l.Day.Before(f.From)) || (!f.To.IsZero() && !l.Day.Before(f.To)) {
					continue
				}
				out = append(out, l)
			}
			return out, nil
		},
		issues: func(context.Context, string) ([]newsbot.IssueRecord, error) { return nil, nil },
		findPeople: func(_ context.Context, name string, _ int) ([]newsbot.PersonRecord, error) {
			if strings.Contains("Lars Holm", name) {
				return []newsbot.PersonRecord{{ID: 1, Name: "Lars Holm"}}, nil
			}
			return nil, nil
		},
		searchPassages: func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, nil },
		article: func(_ context.Context, id int64) (*newsbot.Article, error) {
			return &newsbot.Article{ID: id, Text: "Nothing more."}, nil
		},
	}
	s := &Service{Store: st, Location: time.UTC, Now: func() time.Time { return at("2026-11-23T12:00:00Z") }}
	d, err := s.Digest(context.Background(), at("2026-11-23T12:00:00Z"))
	mustNoErr(t, err)
	var lines []string
	for _, g := range d.Legs {
		for _, l := range g.Legs {
			lines = append(lines, DiaryLine(g.Day, l))
		}
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{
		"MON 23 NOV · NAIROBI — Lars Holm: arrives (under way",
		"WED 25 NOV · NAIROBI — Lars Holm: talks with President Daniel Mwangi (scheduled",
		"FRI 27 NOV · ACCRA — Lars Holm: arrives (scheduled",
		"SUN 29 NOV · ACCRA — Lars Holm: meets President Kofi Asante (scheduled",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("digest lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "Kofi Asante"); n != 1 {
		t.Errorf("Asante meeting shown %d times, want once:\n%s", n, text)
	}
	if strings.Contains(text, "MON 23 NOV · NAIROBI — Lars Holm: arrives, then") {
		t.Errorf("Monday's line still holds Wednesday's talks:\n%s", text)
	}
	// On Wednesday the Monday leg is out of the diary's window; its
	// meeting is not.
	d, err = s.Digest(context.Background(), at("2026-11-25T12:00:00Z"))
	mustNoErr(t, err)
	if len(d.Legs) == 0 || len(d.Legs[0].Legs) == 0 || !strings.Contains(DiaryLine(d.Legs[0].Day, d.Legs[0].Legs[0]), "WED 25 NOV · NAIROBI — Lars Holm: talks with President Daniel Mwangi") {
		t.Errorf("Wednesday's digest lacks the talks: %+v", d.Legs)
	}
	// The answers read the split legs too.
	for _, tt := range []struct{ q, want string }{
		{"who is Lars Holm meeting?", "Daniel Mwangi (Nairobi, Wednesday 25 November 2026)"},
		{"when does Holm meet Mwangi?", "Wednesday 25 November 2026"},
	} {
		a, err := s.Ask(context.Background(), tt.q)
		mustNoErr(t, err)
		if !strings.Contains(a.Lead, tt.want) {
			t.Errorf("%s: lead %q, want %q", tt.q, a.Lead, tt.want)
		}
	}
}
