package store

import (
	"context"
	"slices"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// People type names as they say them, not as the copy spells them: a
// possessive ("Starmer's"), spaces for hyphens ("Jean Luc"), a hyphen for a
// space. Each found "Did you mean" instead of the person. And one letter
// ("M") matched every name and surname starting with it; two letters
// ("Xi") and initials ("J.K.") are real queries.
func TestFindPeopleNameVariantsAndShortNames(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		said("https://v.example/1", day("2026-02-02"), line{"Keir Starmer", "The plan is fully costed"}),
		said("https://v.example/2", day("2026-02-02"), line{"Jean-Luc Mélenchon", "The assembly must vote again"}),
		said("https://v.example/3", day("2026-02-03"), line{"Alexandria Ocasio-Cortez", "The bill does not go far enough"}),
		said("https://v.example/4", day("2026-02-03"), line{"Anna Maria Lindqvist", "Customs checks will be digital"}),
		said("https://v.example/5", day("2026-02-04"), line{"Marieke de Vries", "The strike goes on"}, line{"Helen Marsh", "We agreed on how to solve it"}),
		said("https://v.example/6", day("2026-02-04"), line{"Xi Jinping", "Trade must be fair"}),
		said("https://v.example/7", day("2026-02-05"), line{"Serena Williams", "I am not done yet"}),
		said("https://v.example/8", day("2026-02-05"), line{"J.K. Rowling", "The book is finished"}),
	)
	for _, tc := range []struct {
		query string
		want  string // the best match; "" for nobody
	}{
		{"Starmer's", "Keir Starmer"},
		{"Starmer’s", "Keir Starmer"},
		{"Keir Starmer's", "Keir Starmer"},
		{"Williams'", "Serena Williams"},
		{"Jean Luc Mélenchon", "Jean-Luc Mélenchon"},
		{"Jean Luc Melenchon", "Jean-Luc Mélenchon"},
		{"jean luc", "Jean-Luc Mélenchon"},
		{"Mélenchon's", "Jean-Luc Mélenchon"},
		{"Ocasio Cortez", "Alexandria Ocasio-Cortez"},
		{"Alexandria Ocasio Cortez", "Alexandria Ocasio-Cortez"},
		{"Anna-Maria Lindqvist", "Anna Maria Lindqvist"},
		{"Helen-Marsh", "Helen Marsh"},
		{"Xi", "Xi Jinping"},
		{"J.K. Rowling", "J.K. Rowling"},
		{"JK", ""}, // not how the copy spells it; no prefix of anyone either
		{"M", ""},
		{"M.", ""},
		{"x", ""},
	} {
		ps, err := s.FindPeople(ctx, tc.query, 10)
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		got := ""
		if len(ps) > 0 {
			got = ps[0].Name
		}
		if got != tc.want {
			t.Errorf("FindPeople(%q) = %v, want %q first", tc.query, names(ps), tc.want)
		}
		if tc.want == "" && len(ps) > 0 {
			t.Errorf("FindPeople(%q) = %v, want nobody", tc.query, names(ps))
		}
	}
	// Prefixes of two letters still find people, as suggestions need.
	ps, err := s.FindPeople(ctx, "Ma", 10)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(ps, func(p newsbot.PersonRecord) bool { return p.Name == "Helen Marsh" }) {
		t.Errorf("FindPeople(Ma) = %v, want Helen Marsh among them", names(ps))
	}
}
