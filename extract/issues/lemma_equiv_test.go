package issues

import (
	"slices"
	"strings"
	"testing"
)

// lemmasRef, lemmaRef and heldRef are lemmas, lemma and heldWords as first
// written (strings.Fields, strings.Trim, a slice of every lemma): the
// faster ones must answer the same.
func lemmasRef(s string, which int) []string {
	var out []string
	for i, f := range strings.Fields(s) {
		w := strings.Trim(f, ",.:;!?\"'’()[]")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) < 3 {
			continue
		}
		lower := w[0] >= 'a' && w[0] <= 'z'
		if which == lemHead && (i == 0 || !lower) || which == lemTitle && i > 0 && !lower {
			continue
		}
		low := strings.ToLower(w)
		if lexicon[low].f&lxStop != 0 || lexicon[low].f&lxGeneric != 0 && cueWeights[low] == 0 {
			continue
		}
		out = append(out, lemmaRef(low))
	}
	return out
}

func lemmaRef(w string) string {
	for _, e := range lemmaEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			w = w[:len(w)-len(e)]
			break
		}
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] {
		w = w[:n-1]
	}
	return w
}

func heldRef(s string, tw []string) int {
	sw := lemmasRef(s, lemAll)
	n := 0
	for i, w := range tw {
		if slices.Contains(sw, w) {
			n++
			if i == len(tw)-1 {
				n++
			}
		}
	}
	return n
}

var lemmaCases = [][2]string{
	{"’’Banned’s (closures) ’’", "Closure’s ban"},
	{"The council's ban on pricing, agreed in May, was lifted; protests ended.", "Pricing ban"},
	{"[Ministers'] \"nationalisation\" plans: rates rose — again!", "Nationalisation plans"},
	{"ÉTAT’s reforms’s 'quoted' words...", "State reforms"},
}

// TestLemmasMatchReference holds lemmas and heldWords to the reference on
// the tokeniser's cases and those above.
func TestLemmasMatchReference(t *testing.T) {
	for _, s := range tokenizeCases {
		checkLemmas(t, s, "banned closure of the pricing")
	}
	for _, c := range lemmaCases {
		checkLemmas(t, c[0], c[1])
	}
	// A title of more lemmas than heldWords' bit set holds.
	long := strings.Repeat("pricing closures banned reforms ", 20)
	checkLemmas(t, long, long)
}

func FuzzLemmas(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s, "banned closure of the pricing")
	}
	for _, c := range lemmaCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(checkLemmas)
}

func checkLemmas(t *testing.T, s, title string) {
	t.Helper()
	for which := 0; which < 3; which++ {
		if g, w := lemmas(s, which), lemmasRef(s, which); !slices.Equal(g, w) {
			t.Fatalf("%q %d: %q want %q", s, which, g, w)
		}
	}
	tw := lemmas(title, lemAll)
	if g, w := heldWords(s, tw), heldRef(s, tw); g != w {
		t.Fatalf("%q %q: %d want %d", s, title, g, w)
	}
	if g, w := heldWords(s, append(tw, tw...)), heldRef(s, append(tw, tw...)); g != w {
		t.Fatalf("%q %q: %d want %d", s, title, g, w)
	}
}
