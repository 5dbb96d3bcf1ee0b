package people

import (
	"strings"
	"testing"

	"github.com/newsroom/newsbot/internal/cputime"
)

// BenchmarkTokenizeBBC measures the tokeniser alone over the BBC corpus.
func BenchmarkTokenizeBBC(b *testing.B) {
	texts := bbcTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	var buf []token
	t0 := cputime.Now()
	for b.Loop() {
		for _, t := range texts {
			buf = tokenize(t, buf[:0], nil, nil)
		}
	}
	cputime.Report(b, n, t0)
}

// TestTokenHashes checks that the tokeniser's eight-bytes-at-a-time word
// hashing agrees with hashing the word byte by byte, for words at the end
// of the text (read byte by byte) and inside it (read eight at a time).
func TestTokenHashes(t *testing.T) {
	texts := []string{
		"The prime minister said on Tuesday that NATO and the BBC would attend.",
		"Spokeswoman Anne-Marie O'Neill, 45, told reporters: “No comment.”",
		"Undersecretary internationalisation counterterrorism ab A a Z9 x",
		"Él dijo que São Paulo e Zürich são cidades; U.S. officials agreed.",
		"said", "He", "officials", "ABCDEFGH", "abcdefghi", "Abcdefghijklmnopq", "100MW", "2020BC-era",
	}
	for _, s := range texts {
		checkTokenHashes(t, s)
	}
}

func checkTokenHashes(t *testing.T, s string) {
	t.Helper()
	for _, tk := range tokenize(s, nil, nil, nil) {
		w := s[tk.start:tk.end]
		if len(w) > maxLexWord {
			continue
		}
		h := foldHash(w)
		if tk.hash != hash32(h) || tk.lex != lexTable.lookupFold(len(w), h) {
			t.Errorf("%q in %q: hash %x lex %x, want %x %x", w, s, tk.hash, tk.lex, hash32(h), lexTable.lookupFold(len(w), h))
		}
		if got, want := tk.is(tAllCaps), refAllCaps(w); got != want {
			t.Errorf("%q in %q: all caps %v, want %v", w, s, got, want)
		}
		if tk.lex != lookupFold(w) {
			t.Errorf("%q: lex %x, lookupFold %x", w, tk.lex, lookupFold(w))
		}
		want := lexicon[strings.ToLower(w)]
		if isASCII(w) && tk.lex != want {
			t.Errorf("%q: lex %x, lexicon %x", w, tk.lex, want)
		}
	}
}

// refAllCaps is the capitals rule byte by byte: two or more ASCII
// capitals, no small letter and, unless the word is all ASCII letters and
// digits, no other letter either.
func refAllCaps(w string) bool {
	upper, letters, all := 0, 0, true
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'A' && b <= 'Z':
			upper++
			letters++
		case b >= 'a' && b <= 'z':
			all = false
			letters++
		case b >= 0x80:
			all = false
		}
	}
	return all && upper >= 2 && letters >= 2
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func FuzzTokenHashes(f *testing.F) {
	f.Add("British Prime Minister Keir Starmer met Xi. He said “yes”.")
	f.Add("ALLCAPS Mixed lower 12345 a1b2c3d4e5 O'Brien's")
	f.Fuzz(func(t *testing.T, s string) {
		checkTokenHashes(t, s)
	})
}

// TestAllCaps checks the capitals flag of the fast and the general paths.
func TestAllCaps(t *testing.T) {
	tests := []struct {
		in   string
		caps []bool
	}{
		{"BBC and NATO said US A Ab AB A1 AB1 ABCDEFGHIJ ABCDEFGHIj x", []bool{true, false, true, false, true, false, false, true, false, true, true, false, false}},
		{"a 100MW plant, 4x4 cars, 3G and 5GHz, the G7", []bool{false, true, false, false, false, false, false, false, false, false}},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, nil, nil, nil)
		if len(toks) != len(tt.caps) {
			t.Fatalf("%d tokens, want %d", len(toks), len(tt.caps))
		}
		for i, tk := range toks {
			if got := tk.is(tAllCaps); got != tt.caps[i] {
				t.Errorf("%q: all caps %v, want %v", tt.in[tk.start:tk.end], got, tt.caps[i])
			}
		}
	}
}

// TestLexTable checks that every lexicon word, in lower case, capitalised
// and in ASCII capitals (the fold is ASCII only), finds exactly its classes
// in the table, and that the
// words of running text sit in their home slots (buildLexTable puts them
// first so that their lookups never probe on).
func TestLexTable(t *testing.T) {
	for w, want := range lexicon {
		if len(w) > maxLexWord {
			continue
		}
		upper := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, w)
		for _, v := range []string{w, upper[:1] + w[1:], upper} {
			if got := lookupFold(v); got != want {
				t.Errorf("lookupFold(%q) = %x, want %x", v, got, want)
			}
		}
	}
	if len(lexicon)*4 > lexSize {
		t.Errorf("%d lexicon words fill more than a quarter of the table's %d slots: raise lexBits", len(lexicon), lexSize)
	}
	for _, w := range []string{"the", "a", "of", "he", "she", "said", "his"} {
		h := wordHash(w)
		if sl := lexTable.slots[h>>lexShift]; sl.hash != h {
			t.Errorf("%q is not in its home slot", w)
		}
	}
	// other relies on it: every 16-bit hash prefix that seen lets through
	// has a home slot that is taken.
	for b := uint64(0); b < 1<<16; b++ {
		if lexTable.seen[b>>6]>>(b&63)&1 != 0 && lexTable.slots[b<<48>>lexShift].hash == 0 {
			t.Fatalf("prefix %#x passes seen but its home slot is empty", b)
		}
	}
	for _, w := range []string{"zzyzx", "Qwertyuiop", "Ministryish"} {
		if got := lookupFold(w); got != lexicon[strings.ToLower(w)] {
			t.Errorf("lookupFold(%q) = %x, want %x", w, got, lexicon[strings.ToLower(w)])
		}
	}
}

// FuzzLowerHelpers checks lowerGet and lowerEquals against building the
// lower-cased string with strings.ToLower.
func FuzzLowerHelpers(f *testing.F) {
	for _, w := range []string{"He", "SHE", "she", "ſhe", "Of", "BRITISH", "Français", "İstanbul", "", "a-very-long-word-of-more-than-thirty-two-bytes"} {
		f.Add(w, "he")
	}
	m := map[string]bool{"he": true, "she": true, "of": true, "british": true, "français": true, "i̇stanbul": true}
	f.Fuzz(func(t *testing.T, w, lw string) {
		if got, want := lowerGet(m, w), m[strings.ToLower(w)]; got != want {
			t.Fatalf("lowerGet(%q) = %v, want %v", w, got, want)
		}
		if got, want := lowerEquals(w, lw), strings.ToLower(w) == lw; got != want {
			t.Fatalf("lowerEquals(%q, %q) = %v, want %v", w, lw, got, want)
		}
		if got, want := lowerEquals(w, strings.ToLower(w)), true; got != want {
			t.Fatalf("lowerEquals(%q, its lower case) = %v", w, got)
		}
	})
}

// FuzzLookupFold checks the lexicon table against the lexicon map, looked
// up with the word's ASCII letters lower-cased.
func FuzzLookupFold(f *testing.F) {
	for _, w := range []string{"the", "The", "SAID", "minister", "Ministry", "zzyzx", "secretary-general", "é", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if len(w) > maxLexWord {
			return
		}
		lw := []byte(w)
		for i, c := range lw {
			lw[i] = foldByte(c)
		}
		if got, want := lookupFold(w), lexicon[string(lw)]; got != want {
			t.Fatalf("lookupFold(%q) = %x, want %x", w, got, want)
		}
	})
}

// TestStraightQuote: a straight mark opens after a space and before a
// word, closes after a word or punctuation and before a space, and turns
// otherwise; so copy whose paragraphs were run together, reopening a
// quotation without closing it, leaves the narrative after the last
// close outside quotation marks. Sentences written for the test.
func TestStraightQuote(t *testing.T) {
	tests := []struct {
		in, word string
		quoted   bool
	}{
		{`Coach Ann Ode said: "We won. "Next year we go up." Striker Tom Reyes agreed.`, "Reyes", false},
		{`"We won. "Next year we go up. "And then we win the cup." Mayor Lina Hart laughed.`, "Hart", false},
		{`"We won. "Next year we go up." Striker Tom Reyes agreed.`, "Next", true},
		{`He called it "a disgrace" and left. Minister Joan Pike replied.`, "disgrace", true},
		{`He called it "a disgrace" and left. Minister Joan Pike replied.`, "Pike", false},
		{`The fans sang."We are staying," said captain Ivo Marsh.`, "staying", true},
		{`The fans sang."We are staying," said captain Ivo Marsh.`, "Marsh", false},
		// A closing mark with none open (the copy lost the opening one)
		// turns as a plain toggle did: which mark was lost is a guess.
		{`They want to buy arms from Europe." When he was in Paris, Ode spoke.`, "Paris", true},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, nil, nil, nil)
		found := false
		for _, tk := range toks {
			if tt.in[tk.start:tk.end] != tt.word {
				continue
			}
			found = true
			if got := tk.is(tInQuote); got != tt.quoted {
				t.Errorf("%q in %q: quoted %v, want %v", tt.word, tt.in, got, tt.quoted)
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.in, tt.word)
		}
	}
}
