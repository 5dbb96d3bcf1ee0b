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

// One person's full name is one side: two stories that only name the same
// prime minister are not "the same sides", and two people who share a
// first name share no name.
func TestFullNameIsOneSide(t *testing.T) {
	a := AnchorsOf(newsbot.Issue{Title: "Asylum criticisms", Keywords: []string{"asylum"},
		Evidence: []string{"Prime Minister Tony Blair rejected criticism of his asylum policy on Monday."}})
	b := AnchorsOf(newsbot.Issue{Title: "Terror laws", Keywords: []string{"terror laws"},
		Evidence: []string{"Prime Minister Tony Blair rejected an offer of talks on terror laws."}})
	if a.SameSides(b) {
		t.Errorf("anchors %v and %v: the same sides by one name", a.keys, b.keys)
	}
	tonyA := newsbot.Issue{Title: "Pension plans", Keywords: []string{"pension plans"},
		Evidence: []string{"Tony Martin, the union leader, said the pension plans were unfair."}}
	tonyB := newsbot.Issue{Title: "Pension plans", Keywords: []string{"pension plans"},
		Evidence: []string{"Tony Blair defended the pension plans in parliament."}}
	if s, _, _ := Prepare(tonyA).Thread(Prepare(tonyB), AnchorsOf(tonyA), AnchorsOf(tonyB)); s >= 0.35 {
		t.Errorf("two Tonys: thread score %.2f, want < 0.35", s)
	}
	c := AnchorsOf(newsbot.Issue{Title: "Fishing permits", Keywords: []string{"fishing permits"},
		Evidence: []string{"Kenya accused Uganda of seizing the boats of Kenyan fishermen on Lake Victoria."}})
	d := AnchorsOf(newsbot.Issue{Title: "Ugandan patrols", Keywords: []string{"patrols"},
		Evidence: []string{"Uganda said its patrols on Lake Victoria would go on despite protests from Kenya."}})
	if !c.SameSides(d) {
		t.Errorf("anchors %v and %v: Kenya and Uganda are the same sides", c.keys, d.keys)
	}
}
