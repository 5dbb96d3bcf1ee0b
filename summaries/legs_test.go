package summaries

import (
	"slices"
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

func TestReconcileLegs(t *testing.T) {
	fri := newsbot.ArticleRef{ID: 1, Published: time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)}
	mon := newsbot.ArticleRef{ID: 2, Published: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)}
	wed := newsbot.ArticleRef{ID: 3, Published: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	leg := func(place, date, status, evidence string, src newsbot.ArticleRef) legView {
		return viewLeg(newsbot.Leg{Sources: []newsbot.ArticleRef{src},
			Trip: newsbot.Trip{Traveler: "Ines Varga", Place: place, Date: date, Status: status, Evidence: evidence}})
	}
	tests := []struct {
		name string
		legs []legView
		want []string // place date status of what is left, in order
	}{
		{"a correction note is no plan",
			[]legView{
				leg("Lima", "2026-11-25", newsbot.StatusDone, "Varga held talks in Lima on Wednesday.", wed),
				leg("Lima", "2026-12-01", newsbot.StatusScheduled, "Correction: An earlier report said Varga would be in Lima on Tuesday.", wed),
			},
			[]string{"Lima 2026-11-25 done"}},
		{"the visit made a day later wins over the plan",
			[]legView{
				leg("Quito", "2026-11-24", newsbot.StatusScheduled, "Varga flies on to Quito on Tuesday.", mon),
				leg("Quito", "2026-11-25", newsbot.StatusUnderway, "Varga met the president in Quito on Wednesday.", wed),
			},
			[]string{"Quito 2026-11-25 under way"}},
		{"a newer plan a day off does not replace the older",
			[]legView{
				leg("Quito", "2026-11-25", newsbot.StatusScheduled, "Varga will hold talks in Quito on Wednesday.", fri),
				leg("Quito", "2026-11-24", newsbot.StatusScheduled, "She flies to Quito on Tuesday night.", mon),
			},
			[]string{"Quito 2026-11-25 scheduled", "Quito 2026-11-24 scheduled"}},
		{"a second visit later in the month stands",
			[]legView{
				leg("Quito", "2026-11-20", newsbot.StatusScheduled, "Varga will be in Quito on Friday.", fri),
				leg("Quito", "2026-11-25", newsbot.StatusDone, "Varga returned to Quito on Wednesday.", wed),
			},
			[]string{"Quito 2026-11-20 scheduled", "Quito 2026-11-25 done"}},
		{"a call-off dated the day it was announced cancels the later plan",
			[]legView{
				leg("Bogota", "2026-11-27", newsbot.StatusScheduled, "She ends the tour in Bogota on Friday.", fri),
				leg("Bogota", "2026-11-25", newsbot.StatusCancelled, "Varga on Wednesday cancelled the last stop, in Bogota.", wed),
			},
			[]string{"Bogota 2026-11-27 cancelled"}},
	}
	for _, tt := range tests {
		var got []string
		for _, v := range reconcileLegs(tt.legs) {
			got = append(got, v.leg.Trip.Place+" "+v.leg.Trip.Date+" "+v.leg.Trip.Status)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReconcileLegsMovedPlan(t *testing.T) {
	sat := newsbot.ArticleRef{ID: 1, Published: time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)}
	wed := newsbot.ArticleRef{ID: 2, Published: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	leg := func(date, evidence string, src newsbot.ArticleRef) legView {
		return viewLeg(newsbot.Leg{Sources: []newsbot.ArticleRef{src},
			Trip: newsbot.Trip{Traveler: "Ines Varga", Place: "Lima", Date: date, Status: newsbot.StatusScheduled, Evidence: evidence}})
	}
	for _, tt := range []struct {
		evidence string
		want     int // legs left
	}{
		{"Varga will now arrive in Lima on Friday, a day later than planned, after a storm.", 1},
		{"Her talks in Lima have been moved to Friday.", 1},
		{"Varga flies to Lima on Friday night.", 2},
	} {
		got := reconcileLegs([]legView{leg("2026-11-26", "Varga will be in Lima on Thursday.", sat), leg("2026-11-27", tt.evidence, wed)})
		if len(got) != tt.want || tt.want == 1 && got[0].leg.Trip.Date != "2026-11-27" {
			t.Errorf("%q: got %d legs %+v, want %d", tt.evidence, len(got), got, tt.want)
		}
	}
}

func TestActedAt(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Japan will supply five vessels under a deal signed in Manila on Tuesday by Kenji Sato.", true},
		{"The deal is due to be signed in Manila on Tuesday.", false},
		{"Sato will sign the deal in Manila.", false},
		{"Sato met Lacson at Manila's presidential palace.", true},
		{"Sato praised reforms started in Manila years ago.", true}, // a past act there, if not his: the name and date checks guard
	} {
		if got := actedAt(tt.text, "Manila"); got != tt.want {
			t.Errorf("actedAt(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCorrectionNote(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Correction: An earlier report said Varga would be in Lima on Tuesday.", true},
		{"CLARIFICATION: the talks are in Quito.", true},
		{"An earlier version of this story said the visit was on Monday.", true},
		{"Varga arrived in Lima earlier than planned.", false},
		{"She will correct the record in Lima on Friday.", false},
	} {
		if got := correctionNote(tt.s); got != tt.want {
			t.Errorf("correctionNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
