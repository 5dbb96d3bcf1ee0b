package issues

import (
	"slices"
	"strings"
	"testing"
)

// The whole-copy searches of the rules (a title, a noun, a name over the
// article) go through indexRare; these hold them to the strings calls
// they replace.

// wholeWordAtRef is wholeWordAt as first written, by strings.Index.
func wholeWordAtRef(s, w string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return out
		}
		j += i
		i = j + len(w)
		if runeEdge(s, j, i) {
			out = append(out, j)
		}
	}
}

var scanCases = [][2]string{
	{"the non-emergency phone calls rose; non-emergency phone calls fell", "non-emergency phone"},
	{"xphone calls phone calls phone", "phone calls phone"},
	{"the review of the reviews. a review", "review"},
	{"strikestrike strike", "strike"},
	{"aaaa aa aaa a", "aa"},
	{"caf\u00e9 caf\u00e9s caf\u00e9", "caf\u00e9"},
	{"\u00e9review review\u00e9 review2 (review)", "review"},
	{"the house arrest; house arrests", "house arrest"},
	{"", "review"},
	{"review", "review"},
	{"a to inflate to inflate ", " to inflate "},
	{"an investigation, a probe and an inquiry", "inquiry"},
}

// TestScansMatchReference holds wholeWordAt, containsRare and countRare
// to the strings calls they replace.
func TestScansMatchReference(t *testing.T) {
	for _, c := range scanCases {
		checkScans(t, c[0], c[1])
		checkScans(t, c[0], strings.ToUpper(c[1]))
	}
}

func FuzzScans(f *testing.F) {
	for _, c := range scanCases {
		f.Add(c[0], c[1], 0)
	}
	f.Fuzz(func(t *testing.T, s, w string, at int) {
		checkScans(t, s, w)
		// and w planted in s, as a rule searches for a word the copy holds
		if at < 0 {
			at = -at
		}
		if len(s) > 0 {
			at %= len(s) + 1
			checkScans(t, s[:at]+w+s[at:], w)
			checkScans(t, s[:at]+w+" "+w+s[at:], w)
		}
	})
}

func checkScans(t *testing.T, s, w string) {
	t.Helper()
	if got, want := containsRare(s, w), strings.Contains(s, w); got != want {
		t.Errorf("containsRare(%q, %q) = %v, want %v", s, w, got, want)
	}
	if got, want := countRare(s, w), strings.Count(s, w); got != want {
		t.Errorf("countRare(%q, %q) = %d, want %d", s, w, got, want)
	}
	if w == "" {
		return // the rules never search for nothing: both would loop
	}
	if got, want := slices.Collect(wholeWordAt(s, w)), wholeWordAtRef(s, w); !slices.Equal(got, want) {
		t.Errorf("wholeWordAt(%q, %q) = %v, want %v", s, w, got, want)
	}
}

var lowerCases = []string{
	"", "Plans", "TONY BLAIR'S PLANS TO SCRAP THE SCHEME",
	"Profits rose to \u00a3600m (\u20ac870m) in the \u201cBig Four\u201d banks",
	"Caf\u00e9 \u00c9LYS\u00c9E \u00d6ZT\u00dcRK \u0130STANBUL \u212a \u1e9e",
	"bad \xff byte \xe2\x80 cut \xc3",
	"\u00c9", "A\u00c9BCDEFGHIJKLMNOPQRSTUVWXYZ\u00e9abcdefghijkl",
}

// TestToLowerMatchesStrings holds toLower to strings.ToLower.
func TestToLowerMatchesStrings(t *testing.T) {
	for _, s := range lowerCases {
		checkToLower(t, s)
	}
}

func FuzzToLower(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(checkToLower)
}

func checkToLower(t *testing.T, s string) {
	t.Helper()
	if got, want := toLower(s), strings.ToLower(s); got != want {
		t.Errorf("toLower(%q) = %q, want %q", s, got, want)
	}
}
