package issues

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestAnchorsOf(t *testing.T) {
	is := newsbot.Issue{
		Title:    "Fishing permits on Lake Victoria",
		Keywords: []string{"fishing permits", "Ugandan patrols"},
		Evidence: []string{"Kenya and Uganda traded accusations on Saturday over fishing permits on Lake Victoria, after Ugandan patrols turned back Kenyan boats."},
	}
	got := map[string]bool{}
	for _, w := range AnchorsOf(is).keys {
		got[w.w] = true
	}
	for _, w := range []string{"keny", "ugan", "vict"} {
		if !got[w] {
			t.Errorf("AnchorsOf lacks %q: %v", w, got)
		}
	}
	// Titles are sentence-cased; weekdays and generic place words name nothing.
	for _, w := range []string{"fish", "satu", "lake"} {
		if got[w] {
			t.Errorf("AnchorsOf holds %q: %v", w, got)
		}
	}
}

func TestThread(t *testing.T) {
	lake := newsbot.Issue{Title: "Fishing permits on Lake Victoria", Keywords: []string{"fishing permits", "accusations", "Ugandan patrols"},
		Evidence: []string{"Kenya and Uganda traded accusations on Saturday over fishing permits on Lake Victoria, after Ugandan patrols turned back dozens of Kenyan boats."}}
	tests := []struct {
		name string
		a, b newsbot.Issue
		same bool
	}{
		{"same sides and lake, other words", lake,
			newsbot.Issue{Title: "Ugandan licences", Keywords: []string{"Ugandan licences", "Kenyan crews", "nets"},
				Evidence: []string{"Uganda's fisheries minister said Kenyan crews had been fishing without Ugandan licences and using illegal nets."}}, true},
		{"follow-up worded alike", lake,
			newsbot.Issue{Title: "Fishing permits", Keywords: []string{"fishing permits", "Ugandan marine police", "Kenyan fishing boats"},
				Evidence: []string{"Ugandan marine police seized 14 Kenyan fishing boats on Lake Victoria on Monday, deepening a row between the two neighbours over fishing permits."}}, true},
		{"same sides, nothing in common", lake,
			newsbot.Issue{Title: "Railway financing", Keywords: []string{"railway loan"},
				Evidence: []string{"Kenya and Uganda signed a railway loan on Monday."}}, false},
		{"strikes in two cities", newsbot.Issue{Title: "Strike over pay", Keywords: []string{"strike", "pay"},
			Evidence: []string{"Refuse collectors in Glasgow began a week-long strike over pay on Wednesday."}},
			newsbot.Issue{Title: "Strike over pay", Keywords: []string{"strike", "pay"},
				Evidence: []string{"Metro drivers in Lyon went on strike over pay on Tuesday, the CGT said."}}, false},
		{"two coalitions' budgets", newsbot.Issue{Title: "Budget", Keywords: []string{"budget"},
			Evidence: []string{"Dutch Prime Minister Pieter van Dalen postponed a visit to Jakarta as his coalition struggles to agree a budget."}},
			newsbot.Issue{Title: "Budget", Keywords: []string{"budget"},
				Evidence: []string{"German Chancellor Markus Feld called off a visit to Washington to rescue his coalition's budget."}}, false},
		{"one trading partner, two rows", newsbot.Issue{Title: "Tariffs on Australian wine", Keywords: []string{"wine tariffs"},
			Evidence: []string{"China said it would keep tariffs on Australian wine, reviving a trade row with Canberra."}},
			newsbot.Issue{Title: "Ban on canola seed", Keywords: []string{"canola ban", "tariffs"},
				Evidence: []string{"China suspended imports of canola seed from Canada, in a move Ottawa called a trade reprisal."}}, false},
		{"one bill's name, told from two sides", newsbot.Issue{Title: "Road pricing", Keywords: []string{"national road pricing", "motorists", "back"},
			Evidence: []string{"The Conservatives will back the government's plans for national road pricing, the shadow cabinet decided on Monday."}},
			newsbot.Issue{Title: "Road pricing", Keywords: []string{"split", "shadow cabinet"},
				Evidence: []string{"David Marsh denied on Tuesday that the Conservatives were split over backing Labour's road pricing plans."}}, true},
		{"one title, nobody in common", newsbot.Issue{Title: "Human rights", Keywords: []string{"human rights", "Tiananmen"},
			Evidence: []string{"Britain says China's human rights record still worries it, 15 years after Tiananmen."}},
			newsbot.Issue{Title: "Human rights", Keywords: []string{"human rights", "migrant workers"},
				Evidence: []string{"Qatar rejected criticism of its human rights record over migrant workers."}}, false},
		{"one generic word, nothing named", newsbot.Issue{Title: "Contact sport", Keywords: []string{"contact sport"},
			Evidence: []string{"He has shown every attribute you need in a tough contact sport."}},
			newsbot.Issue{Title: "Contact", Keywords: []string{"contact"},
				Evidence: []string{"All attempts to contact the people behind the site have failed."}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, sim, _ := Prepare(tt.a).Thread(Prepare(tt.b), AnchorsOf(tt.a), AnchorsOf(tt.b))
			back, _, _ := Prepare(tt.b).Thread(Prepare(tt.a), AnchorsOf(tt.b), AnchorsOf(tt.a))
			if got != back {
				t.Errorf("not symmetric: %.3f / %.3f", got, back)
			}
			if same := got >= 0.35; same != tt.same {
				t.Errorf("Thread = %.3f (words %.3f), same thread %v, want %v", got, sim, same, tt.same)
			}
		})
	}
}

func TestAnchorsAdd(t *testing.T) {
	a := AnchorsOf(newsbot.Issue{Evidence: []string{"Kenya and Uganda clashed."}})
	b := AnchorsOf(newsbot.Issue{Evidence: []string{"Uganda seized boats near Migingo."}})
	u := a.Add(b)
	if u.Len() != 3 || a.Len() != 2 {
		t.Fatalf("Add: %d anchors (a %d), want 3 (a unchanged 2)", u.Len(), a.Len())
	}
	if shared(a.keys, u.keys) != a.Len() || shared(b.keys, u.keys) != b.Len() {
		t.Errorf("Add lost anchors: %v + %v = %v", a.keys, b.keys, u.keys)
	}
}
