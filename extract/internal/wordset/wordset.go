// Package wordset holds Table, the immutable string-keyed table the
// extractors consult token by token (is this word a month, a cue, a
// determiner?). Most looked-up words are in no table: the keys sit in
// buckets by length and first byte, and a bucket's mask of last bytes turns
// most other words away before any string is compared, where a Go map
// hashes the whole string first. Get is exactly the map's look-up
// (FuzzTable holds it to the map).
package wordset

import "sort"

// Table is a map[string]V made immutable and fast to probe.
type Table[V any] struct {
	bucket [16 * 32]bucket // by bucketOf
	words  []string
	vals   []V
	// the empty word, which has no bucket
	emptyVal V
	emptyOK  bool
}

// bucket is the range [from, to) of the words of one bucket; last has bit
// c&31 set for the last byte c of each.
type bucket struct {
	from, to uint16
	last     uint32
}

// bucketOf is the bucket of a non-empty word: its length mod 16 and its
// first byte mod 32. Both are the same for an ASCII letter in either case,
// which Fold relies on.
func bucketOf(w string) int { return len(w)&15<<5 | int(w[0]&31) }

// New builds the table of m. It panics when m has 65536 words or more.
func New[V any](m map[string]V) *Table[V] {
	t := &Table[V]{}
	words := make([]string, 0, len(m))
	for w, v := range m {
		if w == "" {
			t.emptyVal, t.emptyOK = v, true
			continue
		}
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if a, b := bucketOf(words[i]), bucketOf(words[j]); a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	if len(words) >= 1<<16 {
		panic("wordset: too many words for a Table")
	}
	for _, w := range words {
		b := &t.bucket[bucketOf(w)]
		if b.to == 0 {
			b.from = uint16(len(t.words))
		}
		t.words = append(t.words, w)
		t.vals = append(t.vals, m[w])
		b.to = uint16(len(t.words))
		b.last |= 1 << (w[len(w)-1] & 31)
	}
	return t
}

// Get is v, ok := m[w] for the map t was built from.
func (t *Table[V]) Get(w string) (V, bool) {
	if len(w) == 0 {
		return t.emptyVal, t.emptyOK
	}
	b := &t.bucket[bucketOf(w)]
	if b.last>>(w[len(w)-1]&31)&1 != 0 {
		for k := b.from; k < b.to; k++ {
			if t.words[k] == w {
				return t.vals[k], true
			}
		}
	}
	var zero V
	return zero, false
}

// MayHave is the first test of Get, small enough to be inlined: false
// means that w is no key, which it says of most words, so that a caller
// can spare them the call to Get.
func (t *Table[V]) MayHave(w string) bool {
	return len(w) == 0 || t.bucket[bucketOf(w)].last>>(w[len(w)-1]&31)&1 != 0
}

// Val is m[w]: the zero value when w is no key.
func (t *Table[V]) Val(w string) V {
	v, _ := t.Get(w)
	return v
}

// Has reports whether w is a key (whatever its value).
func (t *Table[V]) Has(w string) bool {
	_, ok := t.Get(w)
	return ok
}

// Len is the number of non-empty keys; Key and At give them and their
// values by index, 0 to Len-1, in a fixed order.
func (t *Table[V]) Len() int { return len(t.words) }

// Key is the k-th non-empty key.
func (t *Table[V]) Key(k int) string { return t.words[k] }

// At is the value of the k-th key.
func (t *Table[V]) At(k int) V { return t.vals[k] }

// Fold returns the key that equals w with its ASCII capitals lowered, if
// there is one, without allocating: "Visit" finds "visit". The empty word
// finds nothing.
func (t *Table[V]) Fold(w string) (string, bool) {
	if len(w) == 0 {
		return "", false
	}
	b := &t.bucket[bucketOf(w)]
	if b.last>>(w[len(w)-1]&31)&1 == 0 {
		return "", false
	}
	for k := b.from; k < b.to; k++ {
		if lowerEquals(w, t.words[k]) {
			return t.words[k], true
		}
	}
	return "", false
}

// lowerEquals reports whether w with ASCII capitals lowered is l.
func lowerEquals(w, l string) bool {
	if len(w) != len(l) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != l[i] {
			return false
		}
	}
	return true
}
