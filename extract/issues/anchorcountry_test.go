package issues

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// Reports of one story datelined in two cities of a country share the
// country; a story elsewhere with the same words still does not merge.
func TestThreadCityCountry(t *testing.T) {
	lagos := newsbot.Issue{Title: "Petrol subsidies", Keywords: []string{"petrol subsidies", "tear gas"},
		Evidence: []string{"LAGOS, March 19 (Newsroom) - Police fired tear gas at protesters on Thursday as demonstrations against the end of petrol subsidies spread."}}
	abuja := newsbot.Issue{Title: "Petrol subsidy", Keywords: []string{"petrol subsidy", "general strike"},
		Evidence: []string{"Nigeria's main labour unions began a general strike on Monday in protest against the removal of the petrol subsidy."}}
	accra := newsbot.Issue{Title: "Petrol subsidy", Keywords: []string{"petrol subsidy", "general strike"},
		Evidence: []string{"Ghana's main labour unions began a general strike on Monday in protest against the removal of the petrol subsidy."}}
	score := func(x, y newsbot.Issue) float64 {
		s, _, _ := Prepare(x).Thread(Prepare(y), AnchorsOf(x), AnchorsOf(y))
		return s
	}
	if s := score(lagos, abuja); s < 0.35 {
		t.Errorf("Lagos and Abuja reports: thread score %.2f, want ≥ 0.35", s)
	}
	if s := score(lagos, accra); s >= 0.35 {
		t.Errorf("Lagos and Accra reports: thread score %.2f, want < 0.35", s)
	}
}
