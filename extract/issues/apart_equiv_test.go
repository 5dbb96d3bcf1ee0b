package issues

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refApartHeadline is apartHeadline as it was before appendFieldsPrefix:
// the opening's words all split and joined.
func refApartHeadline(headline, s string) string {
	h := strings.Join(strings.Fields(headline), " ")
	if h == "" || utf8.RuneCountInString(h) > maxHeadlineRunes {
		return ""
	}
	first := strings.TrimLeft(strings.TrimPrefix(s, "\ufeff"), " \t\r\n")
	first, _, _ = strings.Cut(first, "\n")
	if n := 4*len(h) + 8; len(first) > n {
		first = first[:n]
	}
	first = strings.Join(strings.Fields(strings.TrimLeft(first, "# \t")), " ")
	cut := strings.TrimSuffix(strings.TrimSuffix(h, "…"), "...")
	short := cut != h
	if short {
		cut = strings.TrimRight(cut, " ,;:")
	}
	if cut == "" || len(first) < len(cut) || !strings.EqualFold(first[:len(cut)], cut) {
		return h
	}
	if len(first) == len(cut) || first[len(cut)] == '.' || short && (!isWordByte(first[len(cut)]) || !isWordByte(cut[len(cut)-1])) {
		return ""
	}
	return h
}

// apartPairs are headlines with copy that opens with them, with their
// words spaced otherwise, cut short, or not at all.
var apartPairs = [][2]string{
	{"Council votes to close depot", "Council votes to close depot\n\nThe council voted on Monday to close the bus depot."},
	{"Council votes to close depot", "  Council   votes to\tclose depot. The council voted on Monday."},
	{"Council votes to close depot", "# Council votes to close depot\nThe council voted."},
	{"Council votes to close...", "Council votes to close the bus depot by May, the leader said."},
	{"Council votes to close…", "Council votes to closely watch the budget."},
	{"Council votes to close depot", "The council voted on Monday to close the bus depot."},
	{"Depot\u00a0closure  approved", "Depot\u2003closure approved after a long night of debate."},
	{"Zoë Baptiste wins seat", "\ufeffZOË BAPTISTE WINS SEAT\nShe took 52% of the vote."},
	{"Strike", "Strikes spread across the region."},
	{"", "Anything at all."},
	{"A headline", ""},
}

func checkApartHeadline(t *testing.T, headline, s string) {
	t.Helper()
	if got, want := apartHeadline(headline, s), refApartHeadline(headline, s); got != want {
		t.Fatalf("apartHeadline(%q, %q) = %q, want %q", headline, s, got, want)
	}
}

func TestApartHeadlineMatchesReference(t *testing.T) {
	for _, p := range apartPairs {
		checkApartHeadline(t, p[0], p[1])
	}
}

// TestFieldsPrefix holds appendFieldsPrefix to the prefix of the joined
// fields it stands for.
func TestFieldsPrefix(t *testing.T) {
	for _, p := range apartPairs {
		for _, s := range p {
			checkFieldsPrefix(t, s)
		}
	}
}

func checkFieldsPrefix(t *testing.T, s string) {
	t.Helper()
	full := strings.Join(strings.Fields(s), " ")
	for n := 0; n <= len(full)+2; n++ {
		want := full[:min(n, len(full))]
		if got := string(appendFieldsPrefix([]byte("x"), s, n)); got != "x"+want {
			t.Fatalf("appendFieldsPrefix(%q, %d) = %q, want %q", s, n, got[1:], want)
		}
	}
}

func FuzzApartHeadline(f *testing.F) {
	for _, p := range apartPairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, headline, s string) {
		checkApartHeadline(t, headline, s)
		checkApartHeadline(t, headline, headline+s)
		if len(s) < 512 {
			checkFieldsPrefix(t, s)
		}
	})
}
