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

// TestFullNameVariants: a familiar first name or a dropped middle initial
// is the same person, when the archive holds one such; a familiar name
// under a surname many share, a different middle name, or two candidates,
// are not.
func TestFullNameVariants(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		spoke("https://v.example/1", day("2026-03-01"), "m", []string{"Vincent Trelawny"}, "Rates must fall this spring"),
		spoke("https://v.example/2", day("2026-03-02"), "m", []string{"Vince Trelawny"}, "The budget fails small firms"),
		spoke("https://v.example/3", day("2026-03-02"), "m", []string{"Hector Q Ashdown"}, "We will appeal the ruling"),
		spoke("https://v.example/4", day("2026-03-03"), "m", []string{"Hector Ashdown"}, "The appeal is lodged"),
		spoke("https://v.example/5", day("2026-03-03"), "m", []string{"Jerry Lee Fairweather"}, "The tour is sold out"),
		spoke("https://v.example/6", day("2026-03-04"), "m", []string{"Jerry Fairweather"}, "The club will not sell"),
		// Two candidates for "Steve Polglase": never guess.
		spoke("https://v.example/7", day("2026-03-04"), "m", []string{"Steven Polglase"}, "Fares rise in May"),
		spoke("https://v.example/8", day("2026-03-05"), "m", []string{"Stephen Polglase"}, "The line reopens soon"),
		spoke("https://v.example/9", day("2026-03-05"), "m", []string{"Steve Polglase"}, "Nobody was hurt"),
		// Four Penroses stored: "Andy Penrose" is likelier a namesake.
		spoke("https://v.example/10", day("2026-03-06"), "m", []string{"Andrew Penrose"}, "The play opens in June"),
		spoke("https://v.example/11", day("2026-03-06"), "f", []string{"Alice Penrose"}, "Wages must rise"),
		spoke("https://v.example/12", day("2026-03-06"), "m", []string{"Ewan Penrose"}, "The vote was close"),
		spoke("https://v.example/13", day("2026-03-06"), "f", []string{"Tamsin Penrose"}, "Our tests were clean"),
		spoke("https://v.example/14", day("2026-03-07"), "m", []string{"Andy Penrose"}, "We scored late"),
	)
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"Vince Trelawny", []string{"Vincent Trelawny/2"}},
		{"Hector Ashdown", []string{"Hector Q Ashdown/2"}},
		{"Jerry Fairweather", []string{"Jerry Fairweather/1"}},
		{"Jerry Lee Fairweather", []string{"Jerry Lee Fairweather/1"}},
		{"Steve Polglase", []string{"Steve Polglase/1"}},
		{"Andy Penrose", []string{"Andy Penrose/1"}},
		{"Andrew Penrose", []string{"Andrew Penrose/1"}},
	} {
		ps, err := s.FindPeople(ctx, tt.query, 1)
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if got := names(ps); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestLoneSurnameRanksByQuotes: "Blair"-style lookups find the most-quoted
// namesake first; the lone surname's own row (quotes of articles that never
// said which one spoke) follows, ahead of full names only on a tie.
func TestLoneSurnameRanksByQuotes(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		spoke("https://l.example/1", day("2026-04-01"), "m", []string{"Roland Quarrie"}, "The deficit will be closed"),
		spoke("https://l.example/2", day("2026-04-02"), "m", []string{"Roland Quarrie"}, "Growth is back"),
		spoke("https://l.example/3", day("2026-04-02"), "f", []string{"Maud Quarrie"}, "The gallery opens in May"),
		spoke("https://l.example/4", day("2026-04-03"), "", []string{"Quarrie"}, "We will see"),
	)
	ps, err := s.FindPeople(ctx, "Quarrie", 10)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(ps), []string{"Roland Quarrie/2", "Quarrie/1", "Maud Quarrie/1"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
