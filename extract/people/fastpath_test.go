package people

import (
	"math/bits"
	"strings"
	"testing"
	"unicode/utf8"
)

// Reference forms of helpers that have a faster form in the package, and
// fuzz targets that compare the two.

// refQuotedWhole is quotedWhole without the one-byte prefilter.
func refQuotedWhole(s string, start, end int) bool {
	if start == 0 || end >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	for end < len(s) && (s[end] == '.' || s[end] == ',' || s[end] == '!' || s[end] == '?') {
		end++
	}
	after, _ := utf8.DecodeRuneInString(s[end:])
	return (before == '“' || before == '"' || before == '‘') && (after == '”' || after == '"' || after == '’')
}

// refHasNounEnding is hasNounEnding without the last-letter prefilter.
func refHasNounEnding(w string) bool {
	for _, suf := range nounEndings {
		if len(w) > len(suf)+2 && hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// FuzzFastHelpers checks quotedWhole on every token span of the text and
// foldHashAndPlural on every token against their references.
func FuzzFastHelpers(f *testing.F) {
	for _, s := range []string{
		"“Quiet Power,” she said. \"Big Data\" and ‘Old Guard’ met ‘X’.",
		"Mr Smith’s “Project Fear”! said \"Jones\"?",
		"\xe2\x80 “\xe2\x80\x9cA\" é\x98Ab",
		"Constitution NATIONALITY Mentions Abilities Ties Wing Leadership Tenure Influence",
		"President Abdel Fattah al-Sisi met el-Baradei and al-Ab al-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, nil, nil, nil)
		fi := &finder{s: s, toks: toks}
		for a := range toks {
			for b := a + 1; b <= len(toks) && b <= a+3; b++ {
				start, end := int(toks[a].start), int(toks[b-1].end)
				if got, want := fi.quotedWhole(a, b), refQuotedWhole(s, start, end); got != want {
					t.Fatalf("quotedWhole(%q) = %v, want %v", s[start:end], got, want)
				}
			}
			w := fi.word(a)
			// walk takes a first name's classes from its token.
			if got, want := toks[a].lex, lookupFold(w); got != want {
				t.Fatalf("token %q has classes %x, lookupFold gives %x", w, got, want)
			}
			// articleName passes over a word in lower case unread.
			if articleSurname(w) && !toks[a].is(tCap) {
				t.Fatalf("%q is an Arabic family name but not flagged capitalised", w)
			}
			if got, want := hasNounEnding(w), refHasNounEnding(w); got != want {
				t.Fatalf("hasNounEnding(%q) = %v, want %v", w, got, want)
			}
			h, hs := foldHashAndPlural(w)
			if h != foldHash(w) || hs != foldHashPlus(w, 's') {
				t.Fatalf("foldHashAndPlural(%q) disagrees with foldHash and foldHashPlus", w)
			}
		}
	})
}

// FuzzWordSet checks wordSet.hasLower against the map it is built from,
// looked up with strings.ToLower.
func FuzzWordSet(f *testing.F) {
	for w := range prepositions {
		f.Add(w)
		f.Add(strings.ToUpper(w))
	}
	for _, w := range []string{"", "By", "LiKe", "li\u212ae", "criticisedly", "towardsss", "İn", "ſince"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := prepSet.hasLower(w), prepositions[strings.ToLower(w)]; got != want {
			t.Fatalf("prepSet.hasLower(%q) = %v, want %v", w, got, want)
		}
	})
}

// FuzzEqualFoldLower checks equalFoldLower against strings.EqualFold for
// the lower-case ASCII words lowerIs is given.
func FuzzEqualFoldLower(f *testing.F) {
	for _, w := range []string{"The", "THE", "the", "WHO", "whose", "Said", "sa\u212a", "\u212aey", "\u017fays", "he\xff", "", "a", "\u017ft", "\u017faint", "POPE", "Kin"} {
		f.Add(w)
	}
	words := append([]string{"a", "an", "the", "who", "whose", "which", "said", "says", "he", "she", "and", "state",
		"pope", "sun", "st", "saint", "key", "ks"}, royalTitles[:]...)
	f.Fuzz(func(t *testing.T, w string) {
		for _, lw := range words {
			if got, want := equalFoldLower(w, lw), strings.EqualFold(w, lw); got != want {
				t.Fatalf("equalFoldLower(%q, %q) = %v, want %v", w, lw, got, want)
			}
		}
	})
}

// FuzzWordTab checks wordTab against a map, from a table sized for no
// words so that it has to grow.
func FuzzWordTab(f *testing.F) {
	f.Add("Keir Starmer Xi Jinping Keir Emmanuel Macron Olaf Scholz Giorgia Meloni Pedro Sanchez Mark Rutte Donald Tusk Viktor Orban")
	f.Add("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh")
	f.Fuzz(func(t *testing.T, s string) {
		sc := new(scratch)
		tab := newWordTab(sc, 0)
		want := map[string]wordList{}
		for i, w := range strings.Fields(s) {
			l := wordList{head: int32(i + 1), tail: int32(i + 1), n: want[w].n + 1}
			tab.setKey(sc, tab.entry(w), w).wordList = l
			want[w] = l
			if len(sc.byWord) != len(tab.slots) {
				t.Fatalf("the scratch holds %d slots, the table %d", len(sc.byWord), len(tab.slots))
			}
		}
		for _, w := range append(strings.Fields(s), "", "Absent", "x") {
			if got := tab.get(w); got != want[w] {
				t.Fatalf("get(%q) = %+v, want %+v", w, got, want[w])
			}
		}
	})
}

// refIsAbbrev is isAbbrev without the prefilter for words that do not
// start with a capital.
func refIsAbbrev(t *token, s string) bool {
	w := s[t.start:t.end]
	if len(w) == 1 && t.is(tCap) || dottedInitials(w) && !placeInitials(w) {
		return true
	}
	if t.lex&lexHonorific != 0 {
		return true
	}
	switch w {
	case "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "St", "Jr", "Sr", "Prof", "Supt", "Insp", "Det", "Cllr", "Adm", "Maj", "Cpl", "Pres", "Hon", "Ft", "Mt", "Rev", "U.S", "U.K", "U.N", "D.C", "No":
		return true
	}
	return dottedInitials(w)
}

// FuzzIsAbbrev checks isAbbrev against its reference on every token.
func FuzzIsAbbrev(f *testing.F) {
	for _, s := range []string{
		"Mr. J. Smith, Sen. Ann Lee, U.S. Rep. Bo Ode and J.R. Ewing met dr. Ng No. 10.",
		"mr. MRS. Ms. st. ST. u.s. É. é. 3. x. X. Rev. rev. ſen. ÉL. Dr.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, nil, nil, nil)
		for i := range toks {
			if got, want := isAbbrev(&toks[i], s), refIsAbbrev(&toks[i], s); got != want {
				t.Fatalf("isAbbrev(%q) = %v, want %v", s[toks[i].start:toks[i].end], got, want)
			}
		}
	})
}

// FuzzWordEnds checks that the lowest mark of wordEnds is the first byte
// alnumMask does not mark, for every eight bytes of the text, and that the
// rotated seed agrees with hashChunk.
func FuzzWordEnds(f *testing.F) {
	for _, s := range []string{
		"Abcdefgh", "abc def", "x\xc3\xa9t\xff\x80zz", "09AZaz@[`{/:", "ÿÿÿÿÿÿÿÿÿ", "\x7f\x80\xff\x00\x01abc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i+8 <= len(s); i++ {
			x := load64(s, i)
			m := alnumMask(x)
			e := wordEnds(x)
			if (m == high8) != (e == 0) {
				t.Fatalf("%q: alnumMask %x, wordEnds %x", s[i:i+8], m, e)
			}
			if e != 0 && bits.TrailingZeros64(e) != bits.TrailingZeros64(^m&high8) {
				t.Fatalf("%q: first end at %d, alnumMask says %d", s[i:i+8], bits.TrailingZeros64(e)>>3, bits.TrailingZeros64(^m&high8)>>3)
			}
			if hashFirst(x) != hashChunk(hashSeed, x) {
				t.Fatalf("hashFirst(%x) disagrees with hashChunk", x)
			}
		}
	})
}
