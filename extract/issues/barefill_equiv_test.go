package issues

import (
	"strings"
	"testing"
)

// writesNounRef is writesNoun as first written: a scan of the copy for
// each determiner and ending.
func writesNounRef(lt, w string) bool {
	after := func(s, sub string) bool { return strings.HasPrefix(s, sub) || strings.Contains(s, " "+sub) }
	for d := range objectDeterminers {
		if after(lt, d+" "+w+" ") || after(lt, d+" "+w+".") {
			return true
		}
	}
	return false
}

var writesNounCases = [][2]string{
	{"The review was delayed.", "review"},
	{"the review review. its review", "review"},
	{"ministers review the plans", "review"},
	{"a  review . the reviews. their review.", "review"},
	{"this review", "review"},
	{"reviewed all review.", "review"},
	{"that arrest, our arrest.", "arrest"},
	{"pre-the arrest x", "arrest"},
}

// TestWritesNounMatchesReference holds writesNoun to the reference.
func TestWritesNounMatchesReference(t *testing.T) {
	for _, c := range writesNounCases {
		checkWritesNoun(t, c[0], c[1])
	}
}

func FuzzWritesNoun(f *testing.F) {
	for _, c := range writesNounCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(checkWritesNoun)
}

func checkWritesNoun(t *testing.T, text, w string) {
	t.Helper()
	if w == "" || strings.Contains(w, " ") {
		return // bareFill asks for one word
	}
	a := analyser{text: text}
	if got, want := a.writesNoun(w), writesNounRef(a.lowered(), w); got != want {
		t.Fatalf("writesNoun(%q, %q) = %v, want %v", text, w, got, want)
	}
}
