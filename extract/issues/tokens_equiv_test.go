package issues

import (
	"slices"
	"strings"
	"testing"
)

// tokenizeCases mix what tokenize branches on: possessives with straight
// and curly apostrophes, capitals, plurals ("-ies", "-ss", "-us"),
// hyphens, dots and percent signs inside and after words, accents,
// dashes, quote marks and invalid bytes.
var tokenizeCases = []string{
	"",
	"The minister's aides denied the allegations; talks resumed -- briefly.",
	"Hong Kong’s media mogul JIMMY LAI’S trial, “a sham”, drew 5% of U.S. voters' ire.",
	"Parties, policies and crises: the O'Neill inquiry (2026) asked—again—about bus fares.",
	"Äußerung über İstanbul’s Zoë-led talks ‘stalled’ – 12.5% down!",
	"NHS nurses' strikes? Unions said 40% backed a pay-deal.",
	"bad \xff byte’s end’ x’ 'tis it's ITS Ministers' MINISTRIES",
	"a\u00a0b \u2003trailing% 100%, 3.5m -- -x- - '",
	"criticised embattled alleged accused signed freed agreed proceed",
}

// TestTokenizeMatchesReference holds tokenize to tokenizeRef, token for
// token, on the cases above and on every prefix of them (a word cut off
// at the end of the text takes the rarer branches).
func TestTokenizeMatchesReference(t *testing.T) {
	for _, s := range tokenizeCases {
		for n := 0; n <= len(s); n++ {
			checkTokenize(t, s[:n])
		}
	}
}

// TestTokenizeLong holds the long-sentence path (the buffer sized by
// tokenBound first) to the reference too, on the cases run together and
// on a long run of bare quote marks, a token each.
func TestTokenizeLong(t *testing.T) {
	var b strings.Builder
	for b.Len() <= 2*longSentence {
		for _, s := range tokenizeCases {
			b.WriteString(s)
			b.WriteString(" ")
		}
	}
	checkTokenize(t, b.String())
	checkTokenize(t, strings.Repeat(`"`, 3*longSentence))
	checkTokenize(t, strings.Repeat(`a"`, longSentence))
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTokenize(t, s) })
}

func checkTokenize(t *testing.T, s string) {
	t.Helper()
	got := tokenize(s, 7, roomFor(nil, s))
	want := tokenizeRef(s, 7, nil)
	if !slices.Equal(got, want) {
		t.Fatalf("tokenize(%q):\n got %+v\nwant %+v", s, got, want)
	}
	if n := tokenBound(s); n < len(got) {
		t.Fatalf("tokenBound(%q) = %d, below the %d tokens", s, n, len(got))
	}
}
