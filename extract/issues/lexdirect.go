package issues

// lexDirect answers hashTable.get(h).e for the lexicon without a branch on
// the answer: every lexicon hash has a slot of its own, found through its
// bucket's seed (hash and displace), so a look-up is two loads and a
// compare. Whether a word of the text is in the lexicon follows no
// pattern a processor can predict, and the tokeniser asks for every word.
type lexDirect struct {
	seeds [1 << lexBucketBits]uint16
	slots [1 << lexSlotBits]lexDirectSlot
}

type lexDirectSlot struct {
	h uint64 // 0: empty
	v uint32 // the entry, packed: cue | f<<16
}

const (
	lexBucketBits = 10
	lexSlotBits   = 11
)

// lexBucketOf is h's bucket, h mixed first (a bucket read straight off
// the word hash's top bits measured no faster).
func lexBucketOf(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> (64 - lexBucketBits)
}

// lexSlotOf is h's slot under seed.
func lexSlotOf(h uint64, seed uint16) uint64 {
	return ((h ^ uint64(seed)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> (64 - lexSlotBits)
}

// entry is the lexicon entry of the word hashed h, zero for none.
func (d *lexDirect) entry(h uint64) lexEntry {
	sl := &d.slots[lexSlotOf(h, d.seeds[lexBucketOf(h)])]
	// The answer kept or cleared by a mask, in arithmetic: the compiler
	// turns "if sl.h == h" into a jump, taken as unpredictably as a word
	// is in the lexicon, and resolved only when both loads are in.
	x := sl.h ^ h
	keep := uint32((x|-x)>>63) - 1 // all ones when sl.h == h
	v := sl.v & keep
	return lexEntry{cue: uint8(v), f: lexFlags(v >> 16)}
}

// buildDirect places the entries of t: buckets with most hashes first,
// each under the first seed that sends all of them to free slots. It
// returns false when the hashes defeat it (two equal hashes, or a
// bucket no seed places), and the tokeniser then keeps to t.get.
func buildDirect(t *hashTable) (*lexDirect, bool) {
	d := new(lexDirect)
	var buckets [1 << lexBucketBits][]lexSlot
	for _, sl := range t.slots {
		if sl.h != 0 {
			b := lexBucketOf(sl.h)
			buckets[b] = append(buckets[b], sl)
		}
	}
	// Largest buckets first, those of one size in index order (a stable
	// order: the build is deterministic), by a pass per size rather than
	// an insertion sort, which cost more at start-up than the placing.
	most := 0
	for _, bk := range buckets {
		most = max(most, len(bk))
	}
	order := make([]int, 0, len(buckets))
	for n := most; n > 0; n-- {
		for b, bk := range buckets {
			if len(bk) == n {
				order = append(order, b)
			}
		}
	}
	var used [1 << lexSlotBits]bool
	for _, b := range order {
		bk := buckets[b]
		if len(bk) == 0 {
			break
		}
		placed := false
		for seed := 0; seed < 1<<16 && !placed; seed++ {
			var mine [8]uint64 // slots this seed takes
			if len(bk) > len(mine) {
				return nil, false
			}
			ok := true
			for i, sl := range bk {
				s := lexSlotOf(sl.h, uint16(seed))
				if used[s] || d.slots[s].h == sl.h {
					ok = false
					break
				}
				for _, m := range mine[:i] {
					if m == s {
						ok = false
					}
				}
				if !ok {
					break
				}
				mine[i] = s
			}
			if !ok {
				continue
			}
			for i, sl := range bk {
				used[mine[i]] = true
				d.slots[mine[i]] = lexDirectSlot{h: sl.h, v: uint32(sl.e.cue) | uint32(sl.e.f)<<16}
			}
			d.seeds[b] = uint16(seed)
			placed = true
		}
		if !placed {
			return nil, false
		}
	}
	// An empty slot holds h 0 and the zero entry: a word hashed 0 finds
	// nothing there either way.
	return d, true
}

var lexDirectTable, lexDirectOK = buildDirect(&lexTable)
