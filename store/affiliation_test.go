package store

import (
	"context"
	"path/filepath"
	"testing"
)

// TestAffiliationKeepsOffice: a role that gives only the body a person
// speaks for ("of the Harbour Trust") fills an empty role but does not
// replace an office stored from another article, in the same batch or a
// later one; an office given later replaces it.
func TestAffiliationKeepsOffice(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s,
		withRole(said("https://x.example/o1", day("2026-02-01"), line{"Nia Holt", "The pier must be saved"}), "chair of the Harbour Trust", ""),
		withRole(said("https://x.example/o2", day("2026-02-02"), line{"Nia Holt", "We have raised half the money"}), "of the Harbour Trust", ""),
		withRole(said("https://x.example/o3", day("2026-02-01"), line{"Sam Vey", "Rates will hold"}), "of Carrow Securities", ""),
	)
	if role, _, _ := roleOf(t, s, "nia holt"); role != "chair of the Harbour Trust" {
		t.Errorf("Holt: role %q, want the office kept", role)
	}
	if role, _, _ := roleOf(t, s, "sam vey"); role != "of Carrow Securities" {
		t.Errorf("Vey: role %q, want the affiliation in an empty role", role)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSave(t, s,
		withRole(said("https://x.example/o4", day("2026-02-03"), line{"Nia Holt", "Work starts in May"}), "of the Harbour Trust", ""),
		withRole(said("https://x.example/o5", day("2026-02-03"), line{"Sam Vey", "Inflation is falling"}), "chief economist at Carrow Securities", ""),
	)
	if role, _, _ := roleOf(t, s, "nia holt"); role != "chair of the Harbour Trust" {
		t.Errorf("Holt, next batch: role %q, want the office kept", role)
	}
	if role, _, _ := roleOf(t, s, "sam vey"); role != "chief economist at Carrow Securities" {
		t.Errorf("Vey, next batch: role %q, want the office", role)
	}
}
