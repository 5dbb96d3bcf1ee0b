package trips

import "testing"

// TestQualifiedDateline5: the region or country after a dateline's town
// settles which town it is, and places a town the gazetteer lacks.
func TestQualifiedDateline5(t *testing.T) {
	tests := []struct {
		text, name, country string
		ok                  bool
	}{
		{"BEDFORD, N.H. (AP) — Marco Diaz told voters", "Bedford", "United States", true},
		{"CASPER, Wyo. (AP) — Ranchers said", "Casper", "United States", true},
		{"SAN LUIS OBISPO, Calif. (AP) — Officials", "San Luis Obispo", "United States", true},
		{"HANOI, Vietnam (AP) — U.S. Defense Secretary", "Hanoi", "Vietnam", true},
		{"PERTH, Scotland (Reuters) - The council", "Perth", "United Kingdom", true},
		{"LONDON (Reuters) - Britain's", "London", "United Kingdom", true},
		{"GLENMORROW (Reuters) - The mayor", "", "", false},
		{"BEIJING, May 10 (Xinhua) -- Chinese", "Beijing", "China", true},
	}
	for _, tt := range tests {
		p, _, ok := dateline(tt.text)
		if ok != tt.ok || p.Name != tt.name || p.Country != tt.country {
			t.Errorf("dateline(%q) = %+v, %v; want %s (%s), %v", tt.text, p, ok, tt.name, tt.country, tt.ok)
		}
	}
}
