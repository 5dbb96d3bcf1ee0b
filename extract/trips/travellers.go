package trips

import "slices"

// byTraveller indexes legs by traveller: own[i] lists, in order, the
// indexes of the legs whose person is legs[i].person (i among them); the
// legs of one traveller share one list. The rules that weigh one leg
// against the others weigh only its traveller's: walking those alone,
// in the same order, does the same work, and a story naming thousands of
// travellers stays linear instead of pairing every leg with every other.
func byTraveller(legs []leg) (own [][]int) {
	own = make([][]int, len(legs))
	group := make(map[int]int, 8) // person -> the first leg of theirs
	for i := range legs {
		g, ok := group[legs[i].person]
		if !ok {
			group[legs[i].person] = i
			g = i
		}
		own[g] = append(own[g], i)
	}
	for i := range legs {
		own[i] = own[group[legs[i].person]]
	}
	return own
}

// afterIndex is the part of the ascending list own that comes after i.
func afterIndex(own []int, i int) []int {
	k, found := slices.BinarySearch(own, i)
	if found {
		k++
	}
	return own[k:]
}
