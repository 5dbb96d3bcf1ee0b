package places

import "testing"

// TestAbbreviatedAndQualifiedPlaces covers "St." / "Ft." / "Mt." written
// with a full stop, and a town name several countries share resolved by
// the region or country written after it.
func TestAbbreviatedAndQualifiedPlaces(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Place // in order
	}{
		{name: "saint with a full stop",
			in:   "The delegation flew on to St. Petersburg on Friday.",
			want: []Place{{Name: "St Petersburg", Country: "Russia", Kind: City}}},
		{name: "saint with a full stop in the US",
			in:   "She spoke at a rally in St. Louis, then went home.",
			want: []Place{{Name: "St. Louis", Country: "United States", Kind: City}}},
		{name: "fort with a full stop and without",
			in:   "The governor toured Ft. Worth on Monday and Ft Worth again on Tuesday.",
			want: []Place{{Name: "Fort Worth", Country: "United States", Kind: City}, {Name: "Fort Worth", Country: "United States", Kind: City}}},
		{name: "a town followed by its province",
			in:   "The prime minister visited a car plant in Windsor, Ontario, on Tuesday.",
			want: []Place{{Name: "Windsor", Country: "Canada", Kind: City}, {Name: "Ontario", Country: "Canada", Kind: Region}}},
		{name: "a town followed by in and its country",
			in:   "The plant in Windsor in Canada will close.",
			want: []Place{{Name: "Windsor", Country: "Canada", Kind: City}, {Name: "Canada", Country: "Canada", Kind: Country}}},
		{name: "a town with its own country after it stays",
			in:   "The King was at Windsor, England, on Sunday.",
			want: []Place{{Name: "Windsor", Country: "United Kingdom", Kind: City}}},
		{name: "a town alone keeps its first entry",
			in:   "The King returned to Windsor on Sunday.",
			want: []Place{{Name: "Windsor", Country: "United Kingdom", Kind: City}}},
		{name: "London, Ontario",
			in:   "Police in London, Ontario, said the road was closed.",
			want: []Place{{Name: "London", Country: "Canada", Kind: City}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			j := 0
			for _, m := range got {
				if m.Start < 0 || m.End > len(tt.in) || m.Start >= m.End {
					t.Fatalf("bad offsets %+v", m)
				}
				if j < len(tt.want) && m.Place == tt.want[j] {
					j++
				}
			}
			if j < len(tt.want) {
				t.Errorf("want %+v in order, got %+v", tt.want, got)
			}
		})
	}
}

// FuzzFindQualified runs Find over mutations of abbreviated and
// qualified names: matches stay ordered and within the text.
func FuzzFindQualified(f *testing.F) {
	for _, s := range []string{"Ft. Worth's", "St. Petersburg.", "Windsor, Ontario", "Windsor in ", "Windsor, ", "Mt. Kenya", "St. ", "London in Canada's"} {
		f.Add(s)
	}
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
