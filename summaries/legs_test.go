package summaries

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestCancelPlans(t *testing.T) {
	older := newsbot.ArticleRef{ID: 1, Published: time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)}
	newer := newsbot.ArticleRef{ID: 2, Published: time.Date(2026, 5, 7, 8, 0, 0, 0, time.UTC)}
	leg := func(who, place, country, date, status string, src newsbot.ArticleRef) legView {
		return viewLeg(newsbot.Leg{Sources: []newsbot.ArticleRef{src},
			Trip: newsbot.Trip{Traveler: who, Place: place, Country: country, Date: date, Status: status}})
	}
	tests := []struct {
		name string
		legs []legView
		want []string // statuses, in order
		src0 int      // sources of the first leg after: a cancellation adds its own
	}{
		{"a country-wide postponement calls off its cities",
			[]legView{
				leg("Yvette Cooper", "Beijing", "China", "2026-05-12", newsbot.StatusScheduled, older),
				leg("Yvette Cooper", "Shanghai", "China", "2026-05-14", newsbot.StatusScheduled, older),
				leg("Yvette Cooper", "China", "China", "", newsbot.StatusCancelled, newer),
			},
			[]string{newsbot.StatusCancelled, newsbot.StatusCancelled, newsbot.StatusCancelled}, 2},
		{"a city cancellation leaves the other cities",
			[]legView{
				leg("Pete Hegseth", "Manila", "Philippines", "2026-01-16", newsbot.StatusScheduled, older),
				leg("Pete Hegseth", "Tokyo", "Japan", "2026-01-14", newsbot.StatusScheduled, older),
				leg("Pete Hegseth", "Manila", "Philippines", "", newsbot.StatusCancelled, newer),
			},
			[]string{newsbot.StatusCancelled, newsbot.StatusScheduled, newsbot.StatusCancelled}, 2},
		{"a trip rearranged after the cancellation stands",
			[]legView{
				leg("Sanae Takaichi", "Canberra", "Australia", "2026-08-03", newsbot.StatusScheduled, newer),
				leg("Sanae Takaichi", "Australia", "Australia", "2026-W27", newsbot.StatusCancelled, older),
			},
			[]string{newsbot.StatusScheduled, newsbot.StatusCancelled}, 1},
		{"another date of the same place stands",
			[]legView{
				leg("King Charles", "Ottawa", "Canada", "2027-05-02", newsbot.StatusScheduled, older),
				leg("King Charles", "Ottawa", "Canada", "2026-10-12", newsbot.StatusCancelled, newer),
			},
			[]string{newsbot.StatusScheduled, newsbot.StatusCancelled}, 1},
		{"another traveller stands",
			[]legView{
				leg("Douglas Alexander", "Shanghai", "China", "2026-05-11", newsbot.StatusScheduled, older),
				leg("Yvette Cooper", "China", "China", "2026-W20", newsbot.StatusCancelled, newer),
			},
			[]string{newsbot.StatusScheduled, newsbot.StatusCancelled}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cancelPlans(tt.legs)
			for i, w := range tt.want {
				if s := got[i].leg.Trip.Status; s != w {
					t.Errorf("leg %d (%s) status = %q, want %q", i, got[i].leg.Trip.Place, s, w)
				}
			}
			if n := len(got[0].leg.Sources); n != tt.src0 {
				t.Errorf("first leg has %d sources, want %d", n, tt.src0)
			}
		})
	}
}
