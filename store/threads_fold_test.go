package store

import (
	"context"
	"slices"
	"testing"
)

// A follow-up that writes the thread's word in the singular ("tariff")
// finds the stored issue told in the plural ("tariffs"): merge candidates
// are looked up by folded plurals too.
func TestIssueCandidatesFoldPlurals(t *testing.T) {
	s := openTest(t)
	mustSave(t, s,
		raise("https://x.example/tariffs", day("2026-03-02"), "Tariffs on Australian farm goods", []string{"tariffs", "Australian beef"},
			"Indonesia will raise tariffs on Australian beef and wheat from April, its trade ministry said."))
	mustSave(t, s,
		raise("https://x.example/delay", day("2026-03-12"), "Planned tariff delayed", []string{"tariff", "delay"},
			"Indonesia will delay a planned tariff on Australian imports while the two governments negotiate."))
	all, err := s.Issues(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		var titles []string
		for _, r := range all {
			titles = append(titles, r.Title)
		}
		t.Fatalf("issues %q, want the follow-up merged into one", titles)
	}
	if n := len(all[0].Sources); n != 2 {
		t.Errorf("sources %d, want 2", n)
	}
}

// A report joining an issue by its sides alone (a weak word match) brings
// only the keywords it shares with the issue: its other words would draw
// another story's next reports to the issue.
func TestWeakMatchAddsOnlySharedKeywords(t *testing.T) {
	s := openTest(t)
	mustSave(t, s,
		raise("https://x.example/permits", day("2026-04-01"), "Fishing permits on Lake Victoria", []string{"fishing permits", "Lake Victoria"},
			"Kenya accused Uganda of seizing the boats of Kenyan fishermen on Lake Victoria."))
	mustSave(t, s,
		raise("https://x.example/patrols", day("2026-04-04"), "Ugandan patrols", []string{"patrols", "fishing", "border markers"},
			"Uganda said its patrols on Lake Victoria would continue despite protests from Kenya."))
	all, err := s.Issues(context.Background(), "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Fatalf("%d issues, want the same sides' report merged into one", len(all))
	}
	kws := all[0].Keywords
	for _, k := range kws {
		if k == "border markers" || k == "patrols" {
			t.Errorf("keywords %q took %q from a weak match", kws, k)
		}
	}
	if !slices.Contains(kws, "fishing") {
		t.Errorf("keywords %q, want the shared word %q added", kws, "fishing")
	}
}
