package issues

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The quality round's articles (testdata/round, our own copy, the body as
// ingest passes it): for each, words some title must hold (the thread an
// editor lists) and the titles the round's first look listed that an
// editor would strike (colour, asides, actors, clauses cut short).
func TestRoundArticles(t *testing.T) {
	cases := []struct {
		file   string
		want   []string // some title holds one (nil: no such check)
		forbid []string
	}{
		{"a1-farm-tariffs.txt", []string{"tariffs", "tariff"}, nil},
		{"a3-farm-delay.txt", []string{"tariff", "tariffs"}, nil},
		{"b1-drivers-strike.txt", nil, []string{"Unsafe lay-bys"}},
		{"b2-drivers-day5.txt", []string{"walkout", "strike"}, []string{"Spain ran", "Andres Colom"}},
		{"c1-rsv-vaccine.txt", nil, []string{"Trial", "Winter", "Infant respiratory care"}},
		{"e1-stadium-feature.txt", []string{"prices", "price"}, []string{"Trust", "Red cards"}},
		{"d1-mayor-trial.txt", []string{"teixeira"}, []string{"Trial in Lisbon"}},
		{"d2-mayor-testimony.txt", []string{"teixeira"}, nil},
		{"f1-ceo-pay.txt", []string{"pay"}, []string{"Annual meeting", "Paul Brennan's record"}},
		{"f2-caldera-bonus.txt", []string{"pay"}, []string{"Caldera Mining's board", "Majority of shareholders"}},
		{"g1-sprinter-ban.txt", []string{"mensah"}, []string{"Year's world championships"}},
		{"g2-mensah-appeal.txt", []string{"mensah"}, nil},
		{"h1-glacier-feature.txt", nil, []string{"Valley"}},
		{"p1-dutch-asylum.txt", nil, []string{"Smallest party in the Dutch governing coalition", "Asylum seekers"}},
		{"p2-vos-survives.txt", []string{"asylum"}, []string{"Asylum policy hostage", "Harder fight", "Confidence in parliament"}},
		{"s1-adhd-shortage.txt", []string{"shortage"}, nil},
		{"t1-onion-ban.txt", []string{"ban"}, []string{"Ban", "Rely on Indian supplies"}},
		{"t2-onion-eased.txt", []string{"ban"}, nil},
		{"w1-fuel-protest.txt", []string{"subsidies", "subsidy"}, []string{"Petrol subsidies spread"}},
		{"w2-nigeria-strike.txt", []string{"strike"}, nil},
		{"k1-plant-closure.txt", []string{"closure"}, nil},
		{"q1-defamation.txt", []string{"maric"}, nil},
		{"q2-boycott.txt", []string{"law", "boycott"}, []string{"Ruling party withdraws"}},
		{"q3-ebikes.txt", []string{"dumping"}, nil},
		{"q5-racism-fine.txt", nil, []string{"Spanish football's disciplinary committee", "Fans racially"}},
		{"m1-marathon-feature.txt", nil, []string{"Young runners desperate"}},
		{"q4-alzheimer.txt", nil, []string{"Infusions carry"}},
		// Round 2 (issues2-q), written with their gold before each batch ran.
		{"x1-dockers.txt", []string{"strike"}, []string{"Fruit shipments", "Cranes", "Strikes"}},
		{"x2-mackerel-draft.txt", []string{"mackerel"}, []string{"Draft decision"}},
		{"x3-mackerel-vote.txt", []string{"mackerel"}, nil},
		{"x4-mayor-bribes.txt", []string{"alvarado"}, []string{"Envelopes of cash", "Andres Colom", "Andres Colom's case", "Apartment blocks"}},
		{"x5-scooters.txt", []string{"e-scooters", "e-scooter", "scooters"}, []string{"Young riders", "Protests"}},
		{"y1-cycling-feature.txt", nil, []string{"Hairpins from dawn", "Crowds", "Teenagers desperate"}},
		{"y2-pension-protests.txt", []string{"pensions", "pension"}, []string{"Froze pensions", "Protests"}},
		{"y4-trial-witness.txt", []string{"quijano"}, []string{"Liza Manalo's trial", "Liza Manalo's case", "Bags of cash from a flood-control contractor"}},
		{"y5-port-strike.txt", []string{"pension", "strike"}, []string{"Strikes"}},
		{"z1-taxi-protests.txt", []string{"licences", "taxi"}, []string{"Cap", "Protests"}},
		{"v1-rail-strike.txt", []string{"strike"}, []string{"Commuters desperate"}},
		{"v2-mine-permit.txt", []string{"lithium"}, []string{"Permit", "Protests"}},
		{"v3-judge-witness.txt", []string{"bastos"}, []string{"Marcos Lima", "Marcos Lima's case", "Marcos Lima's trial", "Suitcases of cash"}},
		{"v4-fishing-draft.txt", []string{"trawlers"}, []string{"Draft decree", "Wooden pirogues"}},
		{"z3-water-feature.txt", nil, []string{"Pomegranate orchards", "Farmers walk", "Dust rises"}},
		{"z4-clinic-closure.txt", []string{"closure"}, nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "round", c.file))
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			found := false
			for _, is := range findPipeline(string(b)) {
				titles = append(titles, is.Title)
				if slices.ContainsFunc(c.forbid, func(f string) bool { return strings.EqualFold(f, is.Title) }) {
					t.Errorf("title %q: an editor strikes it", is.Title)
				}
				for _, w := range titleWords(is.Title) {
					found = found || slices.Contains(c.want, w)
				}
			}
			if c.want != nil && !found {
				t.Errorf("no title holds any of %v: %q", c.want, titles)
			}
		})
	}
}
