package trips

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/timex"
)

// TestManyTravellersLinear: the rules of finish that weigh one leg
// against the others (merging, order bounds, going home) must finish on
// hundreds of thousands of travellers' legs. Each used to pair every leg
// with every other: minutes at this size (tests never time; the story
// test below checks the output).
func TestManyTravellersLinear(t *testing.T) {
	const n = 200000
	legs := make([]leg, 0, n)
	for p := range n {
		l := leg{person: p / 2, sentence: p, kind: places.City}
		l.Place, l.Country = "Lyon", "France"
		switch p % 4 {
		case 0:
			l.Date = "2025-03-07"
		case 1:
			l.Place, l.kind = "France", places.Country
			l.Date = "2025-03-07" // joins the city leg before
		case 2:
			l.home, l.later, l.Place, l.Country = true, true, "Oslo", "Norway"
		case 3:
			l.order, l.presence = true, true
		}
		legs = append(legs, l)
	}
	legs = mergeLegs(legs, "2025-03-05")
	tv := byTraveller(legs)
	setAfter(legs, tv)
	homes := 0
	for i, l := range legs {
		if abroad(legs, tv.of(i), l) || wentHome(legs, tv.of(i), l) {
			homes++
		}
	}
	// Each second traveller's two legs merge; the other's home leg
	// follows a leg abroad.
	if len(legs) != 3*n/4 || homes != n/4 {
		t.Fatalf("%d legs after merging, %d going home; want %d, %d", len(legs), homes, 3*n/4, n/4)
	}
}

// TestManyTravellersStory: a story of many short paragraphs naming a new
// traveller each keeps one trip per journey told away from home (the
// finder reads each person's country from their mentions, which was a
// walk over every mention of the story per person).
func TestManyTravellersStory(t *testing.T) {
	first := []string{"Tom", "Anna", "Pedro", "Mia", "Sean", "Lena", "Omar", "Ines"}
	syl := []string{"ka", "ren", "vol", "mi", "tas", "bor", "den", "li", "sar", "gon", "fel", "mur"}
	cities := []string{"Lyon", "Nairobi", "Lima", "Osaka", "Porto", "Dakar", "Quito", "Hanoi"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	var sb strings.Builder
	const n = 3000
	for k := range n {
		name := first[k%len(first)] + " " + strings.ToUpper(syl[k/144%12][:1]) + syl[k/144%12][1:] + syl[k/12%12] + syl[k%12]
		city, day := cities[k%len(cities)], days[k%len(days)]
		switch k % 3 {
		case 0:
			fmt.Fprintf(&sb, "%s flew to %s on %s.\n\n", name, city, day)
		case 1:
			fmt.Fprintf(&sb, "%s told reporters in %s on %s.\n\n", name, city, day)
		case 2:
			fmt.Fprintf(&sb, "%s returned home to %s on %s.\n\n", name, city, day)
		}
	}
	s := sb.String()
	pub := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	cast := people.Find(s)
	trips := Find(s, pub, cast, timex.Tag(s, pub))
	flown := 0
	for _, tr := range trips {
		if strings.Contains(tr.Evidence, " flew to ") {
			flown++
		}
	}
	if flown != n/3 {
		t.Fatalf("%d trips of %d flights told", flown, n/3)
	}
}

// TestByTravellerListsOwnLegs: of(i) holds, in order, every leg of leg
// i's traveller (teams are person -1), or every leg of a story of few:
// the rules still check the traveller, so either walk does their work.
func TestByTravellerListsOwnLegs(t *testing.T) {
	for _, n := range []int{0, 1, 5, 32, 33, 100} {
		legs := make([]leg, n)
		for i := range legs {
			legs[i].person = (i*7)%5 - 1
		}
		tv := byTraveller(legs)
		for i := range legs {
			var want []int
			for j := range legs {
				if legs[j].person == legs[i].person {
					want = append(want, j)
				}
			}
			got := tv.of(i)
			k := 0
			for _, j := range got {
				if j < 0 || j >= n {
					t.Fatalf("n=%d: of(%d) holds %d", n, i, j)
				}
				if k < len(want) && j == want[k] {
					k++
				}
			}
			if k != len(want) || tv.own != nil && len(got) != len(want) {
				t.Fatalf("n=%d: of(%d) = %v, want %v (or every leg)", n, i, got, want)
			}
		}
	}
}
