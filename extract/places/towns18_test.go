package places

import "testing"

// TestTownsSession11: the older spellings of two capitals and the places
// of state occasions added from general knowledge are found.
func TestTownsSession11(t *testing.T) {
	for name, country := range map[string]string{
		"Ulan Bator": "Mongolia", "Pusan": "South Korea", "Gleneagles": "United Kingdom",
		"Sandringham": "United Kingdom", "Chequers": "United Kingdom", "Beslan": "Russia",
	} {
		p, ok := Lookup(name)
		if !ok || p.Country != country {
			t.Errorf("Lookup(%q) = %+v, %v; want a place in %s", name, p, ok, country)
		}
	}
}
