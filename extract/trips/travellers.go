package trips

import "slices"

// travellers narrows the walks of the rules that weigh one leg against
// the other legs of its traveller (they still check the traveller): of(i)
// lists, in order, the indexes of the legs that share leg i's person.
// Walking those alone, in the same order, does the same work, and a story
// naming thousands of travellers stays linear instead of pairing every
// leg with every other. A story of few legs walks them all, which costs
// less than the index.
type travellers struct {
	all []int   // every leg, when own is nil
	own [][]int // by leg: its traveller's legs, shared among them
}

func (tv travellers) of(i int) []int {
	if tv.own == nil {
		return tv.all
	}
	return tv.own[i]
}

// allLegs lists the legs of a story of few, for travellers.all: read
// only.
var allLegs = func() (a [32]int) {
	for i := range a {
		a[i] = i
	}
	return a
}()

func byTraveller(legs []leg) travellers {
	if len(legs) <= len(allLegs) {
		return travellers{all: allLegs[:len(legs)]}
	}
	own := make([][]int, len(legs))
	// first[p-lo] is 1 + the first leg of person p (an index into the
	// cast, or -1 for a team), 0 until one is seen.
	lo, hi := legs[0].person, legs[0].person
	for i := range legs {
		lo, hi = min(lo, legs[i].person), max(hi, legs[i].person)
	}
	first := make([]int, hi-lo+1)
	for i := range legs {
		p := legs[i].person - lo
		if first[p] == 0 {
			first[p] = i + 1
		}
		g := first[p] - 1
		own[g] = append(own[g], i)
	}
	for i := range legs {
		own[i] = own[first[legs[i].person-lo]-1]
	}
	return travellers{own: own}
}

// afterIndex is the part of the ascending list own that comes after i.
func afterIndex(own []int, i int) []int {
	k, found := slices.BinarySearch(own, i)
	if found {
		k++
	}
	return own[k:]
}
