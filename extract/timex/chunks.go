package timex

import "math/bits"

// Trigger lookup by eight-byte chunks. The tokeniser's fast path holds a
// word of ASCII letters as one or two little-endian words, lower-cased by
// setting bit 5 of each letter and zero padded; such a chunk is the word
// itself, so comparing chunks compares words. The tables below are perfect
// hashes over the trigger words of plain letters: each key sits in its home
// slot, so a lookup is one multiply, two loads and a compare with no branch
// on whether the word is a trigger (which the branch predictor cannot
// guess), instead of a filter, a byte-by-byte hash and a probe.

const (
	shortTrigBits = 10 // slots of the table of triggers of up to 8 letters
	longTrigBits  = 8  // slots of the table of triggers of 9 to 16 letters
)

// chunkTable is a perfect hash over chunk keys, immutable once built.
type chunkTable struct {
	mul    uint64
	k1, k2 []uint64 // k2 is nil for one-chunk keys
	cat    []uint8
}

// shortTrig and longTrig are the tables of buildChunkTables in arrays, so
// that the tokeniser's look-up indexes them with no bounds check and no
// slice header to load.
var shortTrig, longTrig = func() (s shortTable, l longTable) {
	short, long := buildChunkTables()
	s.mul, l.mul = short.mul, long.mul
	copy(s.k1[:], short.k1)
	copy(s.cat[:], short.cat)
	copy(l.k1[:], long.k1)
	copy(l.k2[:], long.k2)
	copy(l.cat[:], long.cat)
	return s, l
}()

type shortTable struct {
	mul uint64
	k1  [1 << shortTrigBits]uint64
	cat [1 << shortTrigBits]uint8
}

type longTable struct {
	mul    uint64
	k1, k2 [1 << longTrigBits]uint64
	cat    [1 << longTrigBits]uint8
}

// chunkKey returns the chunk keys of a word of ASCII letters (lower case
// or not) of at most 16 bytes.
func chunkKey(w string) (k1, k2 uint64) {
	for i := 0; i < len(w); i++ {
		c := uint64(w[i]|0x20) << (8 * uint(i&7))
		if i < 8 {
			k1 |= c
		} else {
			k2 |= c
		}
	}
	return k1, k2
}

func buildChunkTables() (short, long chunkTable) {
	var shortKeys, longKeys [][2]uint64
	var shortCats, longCats []uint8
	for w, c := range triggers {
		if len(w) > 16 || !asciiLetters(w) {
			continue // the fast path holds no such word
		}
		k1, k2 := chunkKey(w)
		if len(w) <= 8 {
			shortKeys, shortCats = append(shortKeys, [2]uint64{k1}), append(shortCats, c)
		} else {
			longKeys, longCats = append(longKeys, [2]uint64{k1, k2}), append(longCats, c)
		}
	}
	return perfect(shortKeys, shortCats, shortTrigBits, false, shortTrigMul),
		perfect(longKeys, longCats, longTrigBits, true, longTrigMul)
}

// Multipliers that perfect found for the trigger list: tried first, so that
// start-up does not search (it does again, once, if the list changes).
const (
	shortTrigMul = 0x34340d232c9dc163
	longTrigMul  = 0xf88bb8a8724c81ed
)

func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isWordByte(w[i]) {
			return false
		}
	}
	return true
}

// chunkHash mixes the keys into the top bits.
func chunkHash(mul, k1, k2 uint64) uint64 {
	return (k1 ^ bits.RotateLeft64(k2, 31)) * mul
}

// perfect finds a multiplier under which the keys land in distinct slots
// of a table of 2^nbits: hint, else odd multipliers from a fixed sequence,
// so the table is the same on every run.
func perfect(keys [][2]uint64, cats []uint8, nbits uint, two bool, hint uint64) chunkTable {
	size := 1 << nbits
	used := make([]uint32, size) // try number that took the slot
	x := uint64(0x9e3779b97f4a7c15)
	for try := uint32(1); ; try++ {
		mul := hint
		if try > 1 {
			// splitmix64 step: a fixed pseudo-random sequence.
			x += 0x9e3779b97f4a7c15
			z := x
			z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
			z = (z ^ z>>27) * 0x94d049bb133111eb
			mul = (z ^ z>>31) | 1
		}
		ok := true
		for _, k := range keys {
			i := chunkHash(mul, k[0], k[1]) >> (64 - nbits)
			if used[i] == try {
				ok = false
				break
			}
			used[i] = try
		}
		if !ok {
			continue
		}
		t := chunkTable{mul: mul, k1: make([]uint64, size), cat: make([]uint8, size)}
		if two {
			t.k2 = make([]uint64, size)
		}
		for n, k := range keys {
			i := chunkHash(mul, k[0], k[1]) >> (64 - nbits)
			t.k1[i], t.cat[i] = k[0], cats[n]
			if two {
				t.k2[i] = k[1]
			}
		}
		return t
	}
}

// shortTrigger is the trigger category of the word of up to eight letters
// whose lower-cased chunk is k (0 if none).
func shortTrigger(k uint64) uint8 {
	i := chunkHash(shortTrig.mul, k, 0) >> (64 - shortTrigBits)
	// The category, masked off by arithmetic when the slot holds
	// another word: a branch there, which the compiler makes of an if,
	// is missed on one word in six.
	return shortTrig.cat[i] & zeroMask(shortTrig.k1[i]^k)
}

// zeroMask is 0xff when x is zero, else 0, computed without a branch:
// x | -x has its top bit set exactly when x is not zero.
func zeroMask(x uint64) uint8 {
	return uint8((x|-x)>>63) - 1
}

// longTrigger is shortTrigger for a word of nine to sixteen letters.
func longTrigger(k1, k2 uint64) uint8 {
	i := chunkHash(longTrig.mul, k1, k2) >> (64 - longTrigBits)
	return longTrig.cat[i] & zeroMask(longTrig.k1[i]^k1|longTrig.k2[i]^k2)
}
