package summaries

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// staleWorld is a diary for Friday 27 November 2026: the fortnight of
// reports that keeps an undated leg in the digest starts on Friday 13
// November (UndatedFreshDays).
func staleWorld() world {
	ref := func(id int64, published string) newsbot.ArticleRef {
		return newsbot.ArticleRef{ID: id, Title: "Wire copy " + published, Outlet: "Tideline Wire", Published: at(published)}
	}
	leg := func(id int64, traveler, place, date, status, evidence string, sources ...newsbot.ArticleRef) newsbot.Leg {
		l := newsbot.Leg{ID: id, Trip: newsbot.Trip{Traveler: traveler, Place: place, Date: date, Status: status, Evidence: evidence},
			Sources: sources, SourceCount: len(sources)}
		if date != "" {
			l.Day = day(date)
		}
		return l
	}
	return world{legs: []newsbot.Leg{
		// Keller's dated stop in the window keeps her "active": before
		// the staleness rule, every undated leg of hers was in the diary.
		leg(1, "Marta Keller", "Lisbon", "2026-11-28", newsbot.StatusScheduled,
			"Keller will open the fisheries summit in Lisbon on Saturday.", ref(11, "2026-11-24T08:00:00Z")),
		leg(2, "Marta Keller", "Porto", "", newsbot.StatusScheduled,
			"Keller is also expected to visit Porto at some point.", ref(12, "2026-11-12T23:59:59Z")),
		leg(3, "Marta Keller", "Braga", "", newsbot.StatusScheduled,
			"A stop in Braga is planned, her office said.", ref(13, "2026-11-13T00:00:00Z")),
		// Reported in the fortnight only after the day: as Friday knew it,
		// the plan is a month old.
		leg(4, "Marta Keller", "Faro", "", newsbot.StatusScheduled,
			"Keller hopes to see Faro before the year is out.", ref(14, "2026-10-30T10:00:00Z"), ref(15, "2026-12-02T10:00:00Z")),
		leg(5, "Ines Duarte", "Madrid", "", newsbot.StatusScheduled,
			"Duarte will travel to Madrid for talks on the water treaty.", ref(16, "2026-11-25T16:30:00Z")),
		leg(6, "Tomas Reyes", "Quito", "", newsbot.StatusScheduled,
			"Reyes plans a visit to Quito, aides said.", ref(17, "2026-10-02T09:00:00Z")),
		// A plan called off weeks ago, without a date: still called off.
		leg(7, "Ana Soto", "Lima", "2026-11-30", newsbot.StatusScheduled,
			"Soto will meet mining executives in Lima on 30 November.", ref(18, "2026-10-20T07:00:00Z")),
		leg(8, "Ana Soto", "Lima", "", newsbot.StatusCancelled,
			"Soto has called off her trip to Lima.", ref(19, "2026-10-26T07:00:00Z")),
	}}
}

func TestDigestLeavesStaleUndatedLegsOut(t *testing.T) {
	now := at("2026-11-27T07:00:00Z")
	w := staleWorld()
	st := w.store()
	var asked []newsbot.LegFilter
	legs := st.legs
	st.legs = func(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
		asked = append(asked, f)
		return legs(ctx, f)
	}
	s := &Service{Store: st, Location: time.UTC, Now: func() time.Time { return now }}
	d, err := s.Digest(context.Background(), now)
	mustNoErr(t, err)

	var undated []string
	status := map[string]string{}
	for _, g := range d.Legs {
		for _, l := range g.Legs {
			if g.Day.IsZero() {
				undated = append(undated, l.Place)
			}
			status[l.Place] = l.Status
		}
	}
	slices.Sort(undated)
	// Porto: reported a second before the fortnight, however busy Keller
	// is. Braga: at its first second. Faro: its fresh report came later.
	// Quito: stale, as before the rule.
	if want := []string{"Braga", "Madrid"}; !slices.Equal(undated, want) {
		t.Errorf("undated legs %q, want %q", undated, want)
	}
	if status["Lima"] != newsbot.StatusCancelled {
		t.Errorf("Lima is %q: an old undated call-off still calls the plan off", status["Lima"])
	}
	if len(asked) != 1 {
		t.Fatalf("legs asked %d times, want once: %+v", len(asked), asked)
	}
	f := asked[0]
	if !f.IncludeUndated || !f.UndatedSince.Equal(at("2026-11-13T00:00:00Z")) || !f.UndatedUntil.Equal(at("2026-11-28T00:00:00Z")) {
		t.Errorf("filter %+v: want undated legs reported from 13 Nov to the end of 27 Nov", f)
	}
}

// The store may filter by report date (the real one does): the digest is
// the same either way.
func TestDigestSameWhenStoreFiltersUndated(t *testing.T) {
	now := at("2026-11-27T07:00:00Z")
	w := staleWorld()
	plain := &Service{Store: w.store(), Location: time.UTC, Now: func() time.Time { return now }}
	st := w.store()
	legs := st.legs
	st.legs = func(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
		all, err := legs(ctx, f)
		if err != nil || f.UndatedSince.IsZero() {
			return all, err
		}
		return slices.DeleteFunc(all, func(l newsbot.Leg) bool {
			return l.Day.IsZero() && l.Trip.Status != newsbot.StatusCancelled &&
				!slices.ContainsFunc(l.Sources, func(r newsbot.ArticleRef) bool {
					return !r.Published.Before(f.UndatedSince) && r.Published.Before(f.UndatedUntil)
				})
		}), nil
	}
	filtered := &Service{Store: st, Location: time.UTC, Now: func() time.Time { return now }}
	a, err := plain.Digest(context.Background(), now)
	mustNoErr(t, err)
	b, err := filtered.Digest(context.Background(), now)
	mustNoErr(t, err)
	if ta, tb := RenderDigestText(a), RenderDigestText(b); ta != tb {
		t.Errorf("digest differs when the store filters:\n%s\n---\n%s", ta, tb)
	}
}

// /itinerary keeps its own rule: an active traveller's undated legs are
// listed whenever reported (the staleness rule is the digest's).
func TestItineraryKeepsActiveTravellersUndatedLegs(t *testing.T) {
	now := at("2026-11-27T07:00:00Z")
	a, err := service(staleWorld(), now, time.UTC).Itinerary(context.Background(), "")
	mustNoErr(t, err)
	var porto bool
	for _, it := range a.Items {
		porto = porto || strings.HasPrefix(it.Text, "PORTO — ")
	}
	if !porto {
		t.Errorf("itinerary lacks Keller's undated Porto leg: %+v", a.Items)
	}
}

func TestFreshEnough(t *testing.T) {
	since, until := day("2026-11-13"), day("2026-11-28")
	leg := func(date, status string, published ...string) legView {
		l := newsbot.Leg{Trip: newsbot.Trip{Traveler: "Piret Tamm", Place: "Tallinn", Date: date, Status: status}}
		if d, err := time.Parse(time.DateOnly, date); err == nil {
			l.Day = d // as the store keys a day; a month or "2026-SU" has none here
		}
		for i, p := range published {
			l.Sources = append(l.Sources, newsbot.ArticleRef{ID: int64(i + 1), Published: at(p)})
		}
		return viewLeg(l)
	}
	tests := []struct {
		name string
		v    legView
		want bool
	}{
		{"reported the day before", leg("", newsbot.StatusScheduled, "2026-11-26T18:00:00Z"), true},
		{"reported at the fortnight's first second", leg("", newsbot.StatusScheduled, "2026-11-13T00:00:00Z"), true},
		{"reported a second before it", leg("", newsbot.StatusScheduled, "2026-11-12T23:59:59Z"), false},
		{"reported on the day", leg("", newsbot.StatusUnderway, "2026-11-27T23:59:59Z"), true},
		{"reported only after the day", leg("", newsbot.StatusScheduled, "2026-11-28T00:00:00Z"), false},
		{"an old and a fresh report", leg("", newsbot.StatusScheduled, "2026-08-01T09:00:00Z", "2026-11-20T09:00:00Z"), true},
		{"an old and a later report", leg("", newsbot.StatusScheduled, "2026-08-01T09:00:00Z", "2026-12-20T09:00:00Z"), false},
		{"no report listed", leg("", newsbot.StatusScheduled), false},
		{"called off long ago", leg("", newsbot.StatusCancelled, "2026-06-01T09:00:00Z"), true},
		{"an unreadable date is none", leg("2026-SU", newsbot.StatusScheduled, "2026-06-01T09:00:00Z"), false},
		{"dated, reported long ago", leg("2026-11-29", newsbot.StatusScheduled, "2026-06-01T09:00:00Z"), true},
		{"a month, reported long ago", leg("2026-12", newsbot.StatusScheduled, "2026-06-01T09:00:00Z"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := freshEnough(tt.v, since, until); got != tt.want {
				t.Errorf("freshEnough = %v, want %v", got, tt.want)
			}
		})
	}
	if !freshEnough(leg("", newsbot.StatusScheduled, "2016-01-01T00:00:00Z"), time.Time{}, time.Time{}) {
		t.Error("no window: every undated leg counts")
	}
}
