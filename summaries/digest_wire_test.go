package summaries

import (
	"context"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// A later story calls off a country-wide visit that an earlier one had
// scheduled city by city: the diary keeps the days, marked cancelled, and
// cites both stories; another traveller's leg in that country stands.
func TestDigestMarksCalledOffLegs(t *testing.T) {
	plan := newsbot.ArticleRef{ID: 30, Title: "Minister to visit China", Outlet: "Example Wire", Published: at("2026-02-02T08:00:00Z")}
	off := newsbot.ArticleRef{ID: 31, Title: "Minister postpones China visit", Outlet: "Example Wire", Published: at("2026-02-05T08:00:00Z")}
	w := newsroom()
	w.legs = append(w.legs,
		newsbot.Leg{ID: 60, Day: day("2026-02-10"), Sources: []newsbot.ArticleRef{plan},
			Trip: newsbot.Trip{Traveler: "Ana Rivera", Place: "Beijing", Country: "China", Date: "2026-02-10", Status: newsbot.StatusScheduled, What: "talks with Li Qiang"}},
		newsbot.Leg{ID: 61, Day: day("2026-02-11"), Sources: []newsbot.ArticleRef{plan},
			Trip: newsbot.Trip{Traveler: "Ana Rivera", Place: "Shanghai", Country: "China", Date: "2026-02-11", Status: newsbot.StatusScheduled}},
		newsbot.Leg{ID: 62, Sources: []newsbot.ArticleRef{off},
			Trip: newsbot.Trip{Traveler: "Ana Rivera", Place: "China", Country: "China", Status: newsbot.StatusCancelled}},
		newsbot.Leg{ID: 63, Day: day("2026-02-11"), Sources: []newsbot.ArticleRef{plan},
			Trip: newsbot.Trip{Traveler: "Jane Smith", Place: "Shanghai", Country: "China", Date: "2026-02-11", Status: newsbot.StatusScheduled}},
	)
	s := service(w, at("2026-02-09T06:00:00Z"), london)
	d, err := s.Digest(context.Background(), time.Date(2026, 2, 9, 7, 0, 0, 0, london))
	mustNoErr(t, err)
	got := map[string]LegLine{}
	for _, g := range d.Legs {
		for _, l := range g.Legs {
			got[l.Traveler+"@"+l.Place] = l
		}
	}
	for key, want := range map[string]string{
		"Ana Rivera@Beijing":  newsbot.StatusCancelled,
		"Ana Rivera@Shanghai": newsbot.StatusCancelled,
		"Jane Smith@Shanghai": newsbot.StatusScheduled,
	} {
		l, ok := got[key]
		if !ok {
			t.Errorf("%s missing from the diary: %+v", key, d.Legs)
			continue
		}
		if l.Status != want {
			t.Errorf("%s status = %q, want %q", key, l.Status, want)
		}
	}
	if l := got["Ana Rivera@Beijing"]; len(l.Sources) != 2 {
		t.Errorf("called-off leg cites %d stories, want the plan and the postponement", len(l.Sources))
	}
	if _, ok := got["Ana Rivera@China"]; ok {
		t.Errorf("the undated cancellation itself is no diary entry")
	}
}
