package places

import (
	"testing"
)

func TestTablesBuild(t *testing.T) {
	tb, err := build(countriesTSV, citiesTSV+"\n"+townsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.folded) < 300 {
		t.Errorf("gazetteer has %d names, want a few hundred", len(tb.folded))
	}
}

func TestBuildRejectsBadRows(t *testing.T) {
	if _, err := build("Ruritania\tonly two", ""); err == nil {
		t.Error("short country row accepted")
	}
	if _, err := build("Ruritania\t\t", "Strelsau\tcity\tNowhere\t"); err == nil {
		t.Error("city in unknown country accepted")
	}
	if _, err := build("Ruritania\t\t", "Strelsau\ttown\tRuritania\t"); err == nil {
		t.Error("unknown kind accepted")
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, want, country string
		kind                Kind
	}{
		{"Beijing", "Beijing", "China", City},
		{"beijing", "Beijing", "China", City},
		{"U.S.", "United States", "United States", Country},
		{"Britain", "United Kingdom", "United Kingdom", Country},
		{"Kiev", "Kyiv", "Ukraine", City},
		{"Somerset", "Somerset", "United Kingdom", Region},
		{"Nevada", "Nevada", "United States", Region},
	}
	for _, tt := range tests {
		p, ok := Lookup(tt.name)
		if !ok || p.Name != tt.want || p.Country != tt.country || p.Kind != tt.kind {
			t.Errorf("Lookup(%q) = %+v, %v; want %s/%s/%s", tt.name, p, ok, tt.want, tt.country, tt.kind)
		}
	}
	if _, ok := Lookup("Chinese"); ok {
		t.Error("a demonym is not a place")
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct{ word, want string }{
		{"Chinese", "China"},
		{"British", "United Kingdom"},
		{"Britons", "United Kingdom"},
		{"Americans", "United States"},
		{"French", "France"},
		{"chinese", ""},
		{"Beijing", ""},
	}
	for _, tt := range tests {
		got, _ := Demonym(tt.word)
		if got != tt.want {
			t.Errorf("Demonym(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	type m struct {
		text, place string
		demonym     bool
	}
	tests := []struct {
		in   string
		want []m
	}{
		{"The Dutch foreign minister flew from The Hague to New York City on Monday.",
			[]m{{"Dutch", "Netherlands", true}, {"The Hague", "The Hague", false}, {"New York City", "New York", false}}},
		{"China's envoy met U.S. officials in Washington.",
			[]m{{"China", "China", false}, {"U.S.", "United States", false}, {"Washington", "Washington", false}}},
		{"Talks in Bosnia and Herzegovina stalled.", []m{{"Bosnia and Herzegovina", "Bosnia and Herzegovina", false}}},
		{"She served turkey on china plates.", nil},
		{"COLUMBIA, S.C. — the candidate toured South Carolina.", []m{{"S.C.", "South Carolina", false}, {"South Carolina", "South Carolina", false}}},
		{"He landed in Tokyo.", []m{{"Tokyo", "Tokyo", false}}},
		// A place that is also a first name, before a surname, is a person.
		{"Midfielder Jordan Henderson flew to Jordan on Monday.", []m{{"Jordan", "Jordan", false}}},
		{"Paris Hilton arrived in Paris.", []m{{"Paris", "Paris", false}}},
		{"Georgia President Mikheil Kavelashvili met envoys.", []m{{"Georgia", "Georgia", false}}},
		// Continents hold a country's alias but name no country.
		{"His first visit to South America took him to Brasilia.", []m{{"Brasilia", "Brasilia", false}}},
		{"Latin America and North America trade more.", nil},
		// Capitals and major cities beyond the first table.
		{"The envoy flew from Port Moresby to Addis Ababa via Abidjan.",
			[]m{{"Port Moresby", "Port Moresby", false}, {"Addis Ababa", "Addis Ababa", false}, {"Abidjan", "Abidjan", false}}},
	}
	for _, tt := range tests {
		got := Find(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %+v, want %d matches", tt.in, got, len(tt.want))
			continue
		}
		for i, g := range got {
			w := tt.want[i]
			if tt.in[g.Start:g.End] != w.text || g.Place.Name != w.place || g.Demonym != w.demonym {
				t.Errorf("Find(%q)[%d] = %q %+v, want %+v", tt.in, i, tt.in[g.Start:g.End], g, w)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("The Dutch foreign minister flew from The Hague to New York City on Monday.")
	f.Add("U.S. officials in S.C. and Xi'an’s")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range Find(s) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad match %+v in %q", m, s)
			}
			prev = m.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	s := "In a bid to mend ties, the Australian foreign minister flew to Beijing on Tuesday and will visit Shanghai and Hong Kong before heading to Tokyo, officials in Canberra said. "
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s)
	}
}

func TestLandmark(t *testing.T) {
	tests := []struct {
		name, city, country string
		ok                  bool
	}{
		{"Downing Street", "London", "United Kingdom", true},
		{"the White House", "Washington", "United States", true},
		{"the Kremlin", "Moscow", "Russia", true},
		{"Élysée Palace", "Paris", "France", true},
		{"High Street", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		p, ok := Landmark(tt.name)
		if ok != tt.ok || p.Name != tt.city || p.Country != tt.country {
			t.Errorf("Landmark(%q) = %+v, %v; want %s, %s, %v", tt.name, p, ok, tt.city, tt.country, tt.ok)
		}
	}
}

func TestLandmarkNotFound(t *testing.T) {
	// A landmark is no place of its own: "Downing Street said" is an office.
	for _, m := range Find("Downing Street said the Kremlin had replied.") {
		t.Errorf("Find matched %q", m.Place.Name)
	}
}
