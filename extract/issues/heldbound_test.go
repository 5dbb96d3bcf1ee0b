package issues

import (
	"math/bits"
	"testing"
	"unicode"
)

// heldSentences and heldTitles are news sentences and issue titles of the
// shapes evidenceFirst compares: plurals, participles, possessives, curly
// apostrophes, letters outside ASCII and title case.
var heldSentences = []string{
	"The council's closure of the town's only swimming pool angered parents.",
	"Protesters said the closures were rushed through without consultation.",
	"Ministers banned onion exports in March; the ban was lifted on Friday.",
	"Zoë Baptiste’s lawyers said the investigation into her company’s accounts was “politically driven”.",
	"SHAREHOLDERS REJECTED THE TAKEOVER BID FROM THE RIVAL BANK.",
	"Pricing of the new tickets has been criticised by fans' groups.",
	"İstanbul's mayor and the Kelvin \u212aILN plant were named in the report.",
	"A strike by rail workers closed the line between Lyon and Grenoble.",
	"",
}

var heldTitles = []string{
	"Closure of town's only swimming pool", "Ban on onion exports", "Investigation into company accounts",
	"Takeover bid", "Ticket prices", "Istanbul mayor", "Kiln plant", "Rail strike", "Café owners' protest",
}

// TestHeldBound holds heldBound to what evidenceFirst skips on it: never
// below heldWords where heldBoundOK says it may be used.
func TestHeldBound(t *testing.T) {
	used := 0
	for _, title := range heldTitles {
		for _, s := range heldSentences {
			if checkHeldBound(t, title, s) {
				used++
			}
		}
	}
	if used == 0 {
		t.Fatal("heldBound was never usable: the test reads nothing")
	}
	// The letters whose lower case is ASCII are the ones heldBoundOK
	// refuses.
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < 0x80 && heldBoundOK(string(r), nil) {
			t.Fatalf("%U lower-cases to %q but heldBoundOK accepts it", r, l)
		}
	}
}

// checkHeldBound checks heldBound against heldWords for title's lemmas in
// s and reports whether it applied.
func checkHeldBound(t *testing.T, title, s string) bool {
	t.Helper()
	tw := lemmas(title, lemAll)
	if !heldBoundOK(s, tw) {
		return false
	}
	if b, n := heldBound(asciiLower(s), tw), heldWords(s, tw); b < n {
		t.Fatalf("heldBound %d < heldWords %d for title %q (lemmas %q) in %q", b, n, title, tw, s)
	}
	return true
}

func FuzzHeldBound(f *testing.F) {
	for i, s := range heldSentences {
		f.Add(heldTitles[i%len(heldTitles)], s)
	}
	f.Fuzz(func(t *testing.T, title, s string) {
		checkHeldBound(t, title, s)
		checkHeldBound(t, s, s)
	})
}

// refHeldWords is heldWords as it was before lemmaSeqAmong: every word of
// s lemmatised.
func refHeldWords(s string, tw []string) int {
	var held uint64
	for l := range lemmaSeq(s, lemAll) {
		for i, w := range tw {
			if w == l {
				held |= 1 << i
			}
		}
	}
	n := bits.OnesCount64(held)
	if len(tw) > 0 && held>>(len(tw)-1)&1 != 0 {
		n++
	}
	return n
}

// checkHeldWords holds heldWords, which passes over the words opening
// with no title lemma, to its reference.
func checkHeldWords(t *testing.T, title, s string) {
	t.Helper()
	tw := lemmas(title, lemAll)
	if len(tw) > 64 {
		return // the reference's bit set holds 64
	}
	if got, want := heldWords(s, tw), refHeldWords(s, tw); got != want {
		t.Fatalf("heldWords(%q, lemmas of %q = %q) = %d, want %d", s, title, tw, got, want)
	}
}

func TestHeldWordsMatchesReference(t *testing.T) {
	for _, title := range heldTitles {
		for _, s := range heldSentences {
			checkHeldWords(t, title, s)
			checkHeldWords(t, s, s)
		}
	}
	// A title lemma held: the test compares non-zero answers too.
	if heldWords(heldSentences[1], lemmas("Closures", lemAll)) == 0 {
		t.Fatal("no lemma found where the sentence writes it")
	}
}

func FuzzHeldWords(f *testing.F) {
	for i, s := range heldSentences {
		f.Add(heldTitles[i%len(heldTitles)], s)
	}
	f.Fuzz(func(t *testing.T, title, s string) {
		checkHeldWords(t, title, s)
		checkHeldWords(t, s, s)
		checkHeldWords(t, title+" "+s, s)
	})
}
