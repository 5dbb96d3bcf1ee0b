package issues

import "testing"

// The word hash's fast forms must agree with whWord over the bytes they
// stand for: hashShort over a loaded word, hashFold over its lower-cased
// bytes, hashFoldY over them with a "y" appended; and alnum8 must mark
// exactly the bytes byteClass marks.
func TestWordHashForms(t *testing.T) {
	for _, w := range []string{"a", "us", "Rights", "PARTIES", "embargo", "embargos", "ministers", "mega-embassy",
		"0.7%", "sanctions", "investigations", "x", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq"} {
		checkWordHash(t, w)
	}
}

func FuzzWordHash(f *testing.F) {
	f.Add("Parties")
	f.Add("investigations")
	f.Fuzz(checkWordHash)
}

func checkWordHash(t *testing.T, w string) {
	for i := 0; i+8 <= len(w); i++ {
		x := load64(w, i)
		m := alnum8(x)
		if m&^hi8 != 0 {
			t.Fatalf("alnum8(%q) sets bits below the top of a byte: %x", w[i:i+8], m)
		}
		for k := 0; k < 8; k++ {
			if got, want := m>>(8*k+7)&1 == 1, byteClass[w[i+k]] != 0; got != want {
				t.Fatalf("alnum8 of %q at byte %d: %v, byteClass says %v", w[i:i+8], k, got, want)
			}
		}
	}
	if !foldsAsLower(w) {
		return // the fast forms take the bytes of an ASCII word alone
	}
	folded := []byte(w)
	for i, c := range folded {
		if byteClass[c] != 0 {
			folded[i] = c | 0x20
		}
	}
	want := hashBytes(folded)
	if got := hashFold(w); got != want {
		t.Errorf("hashFold(%q) = %x, want %x", w, got, want)
	}
	if got, want := hashFoldY(w), hashBytes(append(folded, 'y')); got != want {
		t.Errorf("hashFoldY(%q) = %x, want %x", w, got, want)
	}
	if n := len(w); n >= 1 && n <= 8 {
		// As tokenize loads it: eight bytes of the text, those past the
		// word any.
		x := load64(w+"\xff#a Zq9-", 0)
		if got := hashShort((x|fold8)&lowBytes(n), n); got != want {
			t.Errorf("hashShort(%q) = %x, want %x", w, got, want)
		}
	}
}

// foldsAsLower reports an ASCII w in which or-ing 0x20 into every byte
// lower-cases its letters and leaves every other byte as it is (' - . %
// have the bit set already).
func foldsAsLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || byteClass[c] == 0 && c|0x20 != c {
			return false
		}
	}
	return true
}
