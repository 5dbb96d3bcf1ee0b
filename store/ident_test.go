package store

import (
	"context"
	"slices"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// spoke is an article in which one person, named as mentions (the first is
// the canonical name), says one line.
func spoke(url string, pub time.Time, gender string, mentions []string, words string) newsbot.Analysed {
	a := said(url, pub, line{mentions[0], words})
	a.Extraction.People[0].Mentions = append(mentions, "he")
	a.Extraction.People[0].Gender = gender
	return a
}

// TestSurnameJoinsOnlyItsOwnKind: a lone surname from another article is
// not given to a full-name person it cannot be: a peer is not the commoner
// of that surname, "Mrs" is not a man, and a prince's first name is no
// surname. A peer named in full elsewhere still joins.
func TestSurnameJoinsOnlyItsOwnKind(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		spoke("https://p.example/1", day("2026-02-01"), "m", []string{"Dennis Harrowby"}, "Our shop sales rose in March"),
		spoke("https://p.example/2", day("2026-02-02"), "m", []string{"Harrowby", "Lord Harrowby"}, "The upper house will scrutinise the bill"),
		spoke("https://p.example/3", day("2026-02-02"), "m", []string{"Oliver Penhallow"}, "The track was quick today"),
		spoke("https://p.example/4", day("2026-02-03"), "f", []string{"Penhallow", "Mrs Penhallow"}, "The school will reopen on Monday"),
		spoke("https://p.example/5", day("2026-02-03"), "m", []string{"Tobias Aldric"}, "The album took two years"),
		spoke("https://p.example/6", day("2026-02-04"), "m", []string{"Prince Aldric"}, "The charity has my full support"),
		// Named both ways in one article: the peer is the full-name person.
		spoke("https://p.example/7", day("2026-02-04"), "m", []string{"Miles Fennimore", "Lord Fennimore"}, "The inquiry will report in May"),
		spoke("https://p.example/8", day("2026-02-05"), "m", []string{"Fennimore", "Lord Fennimore"}, "I stand by the report"),
		// A surname first, then a commoner in full: the peer is not absorbed.
		spoke("https://p.example/9", day("2026-02-05"), "m", []string{"Carrow", "Lord Carrow"}, "Reform is overdue"),
		spoke("https://p.example/10", day("2026-02-06"), "m", []string{"Neil Carrow"}, "Bus fares will be frozen"),
		// A pronoun's sex is no title: the surname still joins.
		spoke("https://p.example/11", day("2026-02-06"), "f", []string{"Tregenza"}, "I felt strong in the last lap"),
		spoke("https://p.example/12", day("2026-02-01"), "m", []string{"Jory Tregenza"}, "The season starts well"),
	)
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"Harrowby", []string{"Harrowby/1", "Dennis Harrowby/1"}},
		{"Penhallow", []string{"Penhallow/1", "Oliver Penhallow/1"}},
		{"Tobias Aldric", []string{"Tobias Aldric/1"}},
		{"Fennimore", []string{"Miles Fennimore/2"}},
		{"Carrow", []string{"Carrow/1", "Neil Carrow/1"}},
		{"Tregenza", []string{"Jory Tregenza/2"}},
	} {
		ps, err := s.FindPeople(ctx, tt.query, 10)
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if got := names(ps); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.query, got, tt.want)
		}
	}
}
