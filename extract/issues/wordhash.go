package issues

import "unsafe"

// The word hash keys the lexicon and the phrase index by a word's
// lower-cased, plural-folded form. It reads a word eight bytes at a time:
// FNV-1a, which it replaces, chains a multiply through every byte, and
// the tokeniser hashes every word of the text. A word of up to eight
// bytes (most) costs a multiply, and the tokeniser, which loads its
// first eight bytes anyway to find where it ends, hashes it from that
// load. Collisions between the words of an article are as vanishingly
// rare as FNV's: a word of up to eight bytes hashes to a value no other
// word of its length shares (each step is a bijection).
const (
	whSeed = 0x9e3779b97f4a7c15
	whMul  = 0xff51afd7ed558ccd
	fold8  = 0x2020202020202020 // or-ed in, lower-cases ASCII letters and leaves digits and ' - . % as they are
	lo8    = 0x0101010101010101
	hi8    = 0x8080808080808080
)

// whInit is the hash state before a word of n bytes.
func whInit(n int) uint64 { return (uint64(n) + 1) * whSeed }

// whMix takes in the next (up to) eight bytes v of the word.
func whMix(h, v uint64) uint64 { return (h ^ v) * whMul }

// whFinish folds the top half, which the multiplies spread over every
// bit, onto the bottom: the lexicon table reads the top bits of a hash,
// the phrase index the low ones. Like each multiply, it is a bijection.
func whFinish(h uint64) uint64 { return h ^ h>>32 }

// hashShort is whWord of the n bytes (1 to 8) held in v, little-endian,
// the bytes above them zero.
func hashShort(v uint64, n int) uint64 { return whFinish(whMix(whInit(n), v)) }

// whWord is the word hash of w with or or-ed into each of its bytes
// (fold8 to lower-case an ASCII word, 0 to take it as written).
func whWord(w string, or uint64) uint64 {
	h := whInit(len(w))
	for len(w) >= 8 {
		h = whMix(h, load64(w, 0)|or)
		w = w[8:]
	}
	if len(w) > 0 {
		h = whMix(h, (loadTail(w)|or)&lowBytes(len(w)))
	}
	return whFinish(h)
}

// hashFold is the word hash of the ASCII word w lower-cased.
func hashFold(w string) uint64 { return whWord(w, fold8) }

// hashFoldY is the word hash of the ASCII word w lower-cased with a "y"
// appended: the singular of a plural in "-ies", "parties" → "party".
func hashFoldY(w string) uint64 {
	h := whInit(len(w) + 1)
	for len(w) >= 8 {
		h = whMix(h, load64(w, 0)|fold8)
		w = w[8:]
	}
	// The last up to seven bytes and the "y": as whWord takes them,
	// whether they fill a whole chunk or not.
	h = whMix(h, (loadTail(w)|fold8)&lowBytes(len(w))|uint64('y')<<(8*len(w)))
	return whFinish(h)
}

// hashBytes is the word hash of b as it is (a stem appendStem built).
func hashBytes(b []byte) uint64 {
	return whWord(unsafe.String(unsafe.SliceData(b), len(b)), 0)
}

// lowBytes is a mask of the low n bytes of a word (n from 0 to 8).
func lowBytes(n int) uint64 {
	return lowMasks[n&15]
}

// lowMasks holds lowBytes' answers, and 0 past 8: a table load costs less
// than a shift by a variable count, which Go guards against counts past 63.
var lowMasks = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// load64 is the eight bytes of s from i, little-endian (one load).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// loadTail is the bytes of s (fewer than eight), little-endian.
func loadTail(s string) uint64 {
	var v uint64
	for i := len(s) - 1; i >= 0; i-- {
		v = v<<8 | uint64(s[i])
	}
	return v
}

// alnum8 has the top bit set in each byte of x that is an ASCII letter or
// digit (byteClass non-zero), and no other bit. Bytes are tested with
// their top bit cleared, so that no sum carries into the next byte, and
// bytes outside ASCII are dropped at the end.
func alnum8(x uint64) uint64 {
	y := x &^ hi8
	l := y | fold8
	letter := (l + 0x1f*lo8) &^ (l + 0x05*lo8) // 'a' <= l <= 'z'
	digit := (y + 0x50*lo8) &^ (y + 0x46*lo8)  // '0' <= y <= '9'
	return (letter | digit) &^ x & hi8
}
