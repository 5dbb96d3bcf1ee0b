package store

import (
	"context"
	"testing"
)

// A stored issue titled by one word takes the title of a later report that
// says what the word leaves open ("Bill" → "Asylum bill"); a phrase, or an
// editor's title, stays.
func TestOneWordTitleExtended(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		raise("https://x.example/bill", day("2026-03-12"), "Bill", []string{"bill", "wrongful deportations"},
			"Refugee groups in the Netherlands criticised Pieter Vos's bill, which would cut the appeal period from four weeks to one."))
	mustSave(t, s,
		raise("https://x.example/asylum", day("2026-03-17"), "Asylum bill", []string{"asylum bill", "appeal period"},
			"The centrist D66 said it would vote against Pieter Vos's asylum bill in the Netherlands unless the appeal period was kept at two weeks."))
	all, err := s.Issues(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Title != "Asylum bill" {
		var titles []string
		for _, r := range all {
			titles = append(titles, r.Title)
		}
		t.Fatalf("titles %q, want one issue titled %q", titles, "Asylum bill")
	}
	// An editor's title is kept.
	id := all[0].ID
	if err := s.RenameIssue(ctx, id, "Deportations"); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s,
		raise("https://x.example/vote", day("2026-03-20"), "Deportations bill vote", []string{"deportations", "asylum bill"},
			"The lower house in the Netherlands will vote on Pieter Vos's asylum bill and its rules on deportations next week."))
	all, err = s.Issues(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		if r.ID != id {
			continue
		}
		if r.Title != "Deportations" {
			t.Errorf("editor's title became %q", r.Title)
		}
		if len(r.Sources) != 3 {
			t.Errorf("%d sources, want the third report merged", len(r.Sources))
		}
	}
}
