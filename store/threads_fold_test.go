package store

import (
	"context"
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
