package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// withRole is a said article whose first speaker is given a role and gender.
func withRole(a newsbot.Analysed, role, gender string) newsbot.Analysed {
	a.Extraction.People[0].Role, a.Extraction.People[0].Gender = role, gender
	return a
}

func roleOf(t *testing.T, s *Store, nameKey string) (role, gender string, quotes int) {
	t.Helper()
	if err := s.r.QueryRowContext(context.Background(), `SELECT role, gender, quote_count FROM people WHERE name_key = ?`, nameKey).
		Scan(&role, &gender, &quotes); err != nil {
		t.Fatalf("person %q: %v", nameKey, err)
	}
	return role, gender, quotes
}

// TestRoleUpdatesWithinBatch: a batch writes each person's role and gender
// changes once, at its end, and must store what writing every change at
// once stored: the latest role, the first gender, the quote count; and a
// person read from the table mid-batch must be seen with the changes the
// batch has not written yet.
func TestRoleUpdatesWithinBatch(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s,
		withRole(said("https://x.example/r1", day("2026-01-10"), line{"Rachel Reeves", "The books will balance by the end of the parliament"}), "shadow chancellor", ""),
		withRole(said("https://x.example/r2", day("2026-01-11"), line{"Rachel Reeves", "There will be no return to austerity"}), "chancellor", ""),
		withRole(said("https://x.example/r3", day("2026-01-12"), line{"Rachel Reeves", "Growth is the mission of this government"}), "", "female"),
		withRole(said("https://x.example/r4", day("2026-01-13"), line{"Rachel Reeves", "I make no apology for the choices in this budget"}), "", "male"),
		withRole(said("https://x.example/r5", day("2026-01-14"), line{"Rachel Reeves", "Every pound will be spent wisely"}), "chancellor of the exchequer", ""),
		withRole(said("https://x.example/r6", day("2026-01-15"), line{"Rachel Reeves", "We have fixed the foundations"}), "", ""),
		withRole(said("https://x.example/a1", day("2026-01-10"), line{"Ada Quaye", "The grid cannot take another winter like this"}), "engineer", ""),
	)
	if role, gender, n := roleOf(t, s, "rachel reeves"); role != "chancellor of the exchequer" || gender != "female" || n != 6 {
		t.Errorf("Reeves: role %q, gender %q, %d quotes; want the last role, the first gender, 6 quotes", role, gender, n)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// A fresh Store has nothing cached: in the next batch the surname gives
	// Quaye a new role (written at the batch's end); then her full name,
	// read from the table, must be seen with it, so that the old role
	// given again is a change again, and the last one.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSave(t, s,
		withRole(said("https://x.example/a2", day("2026-01-16"), line{"Quaye", "Pylons are not the enemy of the countryside"}), "grid operator chief", "female"),
		withRole(said("https://x.example/a3", day("2026-01-17"), line{"Ada Quaye", "Connections take fifteen years today"}), "", ""),
		withRole(said("https://x.example/a4", day("2026-01-18"), line{"Ada Quaye", "We need the cables in the ground"}), "engineer", ""),
	)
	if role, gender, n := roleOf(t, s, "ada quaye"); role != "engineer" || gender != "female" || n != 4 {
		t.Errorf("Quaye: role %q, gender %q, %d quotes; want engineer, female, 4", role, gender, n)
	}
	if n := count(t, s, `SELECT count(*) FROM people WHERE name_key = 'quaye'`); n != 0 {
		t.Errorf("the surname made a person of its own")
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "Keir Starmer", "  Sir Keir  Starmer ", "Keir\u00a0Starmer", "Angela\tMerkel\n", "Xi", "Dr\u2003Ngozi Okonjo-Iweala", "bad \xff bytes"} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzCountFields(f *testing.F) {
	f.Add("Sir Keir Starmer")
	f.Add(" \u00a0x\u3000y ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestPrepKeysAreTheWritersKeys: the name and alias keys prepared ahead
// of a batch are the ones the writer would work out itself, found in the
// shared memo or not.
func TestPrepKeysAreTheWritersKeys(t *testing.T) {
	names := []string{"Sir Keir Starmer", "Keir Starmer", " Starmer ", "he", "She", "the prime minister", "Dr Ngozi Okonjo-Iweala",
		"Xi Jinping", "Mr Xi", "Emmanuel Macron's", "", "  ", "LORD CAMERON", "Angela\u00a0Merkel", "they", "Ursula von der Leyen"}
	nk := newNameKeys()
	for round := range 2 { // the second round finds the first one's keys in the memo
		ls := nk.lookups(1)
		wc := newWriteCache(0)
		for _, n := range names {
			if got, want := ls[0].nameKey(n), wc.nameKey(n); got != want {
				t.Errorf("round %d: name key of %q = %q, want %q", round, n, got, want)
			}
			if got, want := ls[0].aliasKey(n), wc.aliasKeyOf(n); got != want {
				t.Errorf("round %d: alias key of %q = %q, want %q", round, n, got, want)
			}
		}
		nk.done(ls)
	}
	if len(nk.keys) == 0 || len(nk.aliases) != len(names) {
		t.Errorf("memo holds %d keys, %d aliases", len(nk.keys), len(nk.aliases))
	}
}
