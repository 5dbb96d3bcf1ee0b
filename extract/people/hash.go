package people

import "math/bits"

// Word hashing. A word is hashed eight bytes at a time (little endian,
// ASCII upper case folded, the last chunk zero padded) so that the
// tokeniser can hash a word of plain letters with one load and one
// multiply per eight bytes instead of a multiply per byte. Every hash of a
// word in this package goes through these functions, so the tokeniser, the
// lexicon table and the lower-case word set agree.

const (
	hashSeed = 0x243f6a8885a308d3
	hashMul  = 0x9e3779b97f4a7c15
	ones8    = 0x0101010101010101
	high8    = 0x8080808080808080
	bit5x8   = 0x2020202020202020
)

// hashChunk adds the next eight bytes. A word of up to eight bytes costs
// one multiply; the high bits of the product, which the tables index by,
// depend on every byte. Words hold no zero bytes, so the zero padding of
// the last chunk keeps words of different lengths apart.
func hashChunk(h, x uint64) uint64 { return (bits.RotateLeft64(h, 29) ^ x) * hashMul }

// hashSeedRot is hashSeed rotated as hashChunk rotates it, a constant so
// that the first chunk of a word costs no rotation.
const hashSeedRot = hashSeed<<29&(1<<64-1) | hashSeed>>(64-29)

// hashFirst is hashChunk(hashSeed, x).
func hashFirst(x uint64) uint64 { return (hashSeedRot ^ x) * hashMul }

// hashEnd makes the finished hash non-zero (0 marks an empty slot).
func hashEnd(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// foldByte lower-cases an ASCII capital.
func foldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// foldState hashes w with ASCII letters folded, without finishing, and
// returns the state with the bytes of the last partial chunk.
func foldState(w string) (h, part uint64, k int) {
	h = hashSeed
	for i := 0; i < len(w); i++ {
		part |= uint64(foldByte(w[i])) << (8 * uint(k))
		k++
		if k == 8 {
			h, part, k = hashChunk(h, part), 0, 0
		}
	}
	return h, part, k
}

// foldHash is the hash of w with ASCII letters lower-cased.
func foldHash(w string) uint64 {
	h, part, k := foldState(w)
	if k > 0 {
		h = hashChunk(h, part)
	}
	return hashEnd(h)
}

// foldHashPlus is foldHash(w + string(c)) without building the string.
func foldHashPlus(w string, c byte) uint64 {
	h, part, k := foldState(w)
	part |= uint64(foldByte(c)) << (8 * uint(k))
	h = hashChunk(h, part)
	return hashEnd(h)
}

// foldHashAndPlural is foldHash(w) and foldHashPlus(w, 's') from one pass
// over w.
func foldHashAndPlural(w string) (h, plural uint64) {
	h, part, k := foldState(w)
	plural = hashEnd(hashChunk(h, part|uint64('s')<<(8*uint(k))))
	if k > 0 {
		h = hashChunk(h, part)
	}
	return hashEnd(h), plural
}

// wordHash is the hash of a lexicon key (already lower case).
func wordHash(w string) uint64 { return foldHash(w) }

// load64 reads s[i:i+8] little endian; the compiler turns it into one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// alnumMask has 0x80 in each byte of x that is an ASCII letter or digit.
func alnumMask(x uint64) uint64 {
	ascii := ^x & high8
	// Bytes below 0x80 only: adding at most 0x7f never carries across bytes.
	y := x & ^uint64(high8)
	lo := y | bit5x8 // letters folded to lower case
	letter := (lo + (0x80-'a')*ones8) & ^(lo + (0x7f-'z')*ones8)
	digit := (y + (0x80-'0')*ones8) & ^(y + (0x7f-'9')*ones8)
	return (letter | digit) & ascii & high8
}

// wordEnds has 0x80 in the first byte of x that is no ASCII letter or
// digit, and 0 when there is none: the end of a word of such bytes that
// starts at x's first byte. Bytes after that first one may be marked or
// not (the sums carry out of a byte of 0x80 or more), which a caller
// that takes the lowest mark never sees: cheaper than alnumMask by the
// masking that stops those carries.
func wordEnds(x uint64) uint64 {
	lo := x | bit5x8 // letters folded to lower case
	letter := (lo + (0x80-'a')*ones8) &^ (lo + (0x7f-'z')*ones8)
	digit := (x + (0x80-'0')*ones8) &^ (x + (0x7f-'9')*ones8)
	return (^(letter | digit) | x) & high8
}

// lowBytes[l] keeps the l low bytes of a word.
var lowBytes = [8]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xff_ffff_ffff, 0xffff_ffff_ffff, 0xff_ffff_ffff_ffff}

// pureHash hashes the word s[start:end] of ASCII letters and digits and
// reports whether it has two or more capitals and no small letters ("BBC",
// "100MW") when capital says its first letter is no small one (the case
// is not looked at otherwise). It reads eight bytes at a
// time while they lie inside s.
func pureHash(s string, start, end int, capital bool) (h uint64, allCaps bool) {
	h = hashSeed
	var lower, upper uint64
	twoUp := false
	i := start
	for ; i+8 <= end; i += 8 {
		x := load64(s, i)
		if capital {
			lower |= x & (x << 1) & (high8 >> 1)
			u := x & ^(x << 1) & (high8 >> 1)
			twoUp = twoUp || u&(u-1) != 0 || u != 0 && upper != 0
			upper |= u
		}
		h = hashChunk(h, x|bit5x8)
	}
	if i < end {
		mask := uint64(1)<<(8*uint(end-i)) - 1
		var x uint64
		if i+8 <= len(s) {
			x = load64(s, i) & mask
		} else {
			for k := i; k < end; k++ {
				x |= uint64(s[k]) << (8 * uint(k-i))
			}
		}
		if capital {
			lower |= x & (x << 1) & (high8 >> 1)
			u := x & ^(x << 1) & (high8 >> 1)
			twoUp = twoUp || u&(u-1) != 0 || u != 0 && upper != 0
		}
		// Only the word's bytes get the case bit: the padding stays zero.
		h = hashChunk(h, x|bit5x8&mask)
	}
	return hashEnd(h), capital && lower == 0 && twoUp
}
