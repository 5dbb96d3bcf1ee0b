package issues

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
)

// TestRepeatedNounLinear: a long article repeating a bare title's noun
// must finish (title completion read the whole rest of the text at every
// occurrence: minutes for 1 MB; tests never time, the fuzz below checks
// the bounded read changes nothing).
func TestRepeatedNounLinear(t *testing.T) {
	s := strings.Repeat("The arrest of the former minister was ordered by the court. Officers said the arrest of the minister's aide would follow. ", 6000)
	cast := people.Find(s)
	_ = FindWithHeadline("Arrest", s, text.Sentences(s), cast, quotes.Find(s, cast))
}

// FuzzLeadActObjectBounded: reading only the words an object phrase can
// use gives what reading every word of the rest gives.
func FuzzLeadActObjectBounded(f *testing.F) {
	for _, s := range []string{
		"the club, which the consortium had long sought.",
		"the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the bank's plans",
		"its chief executive's pay deal with the board",
		"45 banks in New York over the collapse",
		"a ", "", "“the” ‘45’ (banks) ...",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gotObj, gotArt := leadActObject(s)
		wantObj, wantArt := leadActObjectIn(s, leadActWords(s))
		if gotObj != wantObj || gotArt != wantArt {
			t.Fatalf("leadActObject(%q) = %q, %q; reading every word: %q, %q", s, gotObj, gotArt, wantObj, wantArt)
		}
	})
}

func TestLeadActWordsN(t *testing.T) {
	s := "the bank's  “new” plans, for 45 branches."
	all := leadActWords(s)
	for n := 0; n <= len(all)+1; n++ {
		ws, more := leadActWordsN(s, n)
		want := all[:min(n, len(all))]
		if !reflect.DeepEqual(ws, want) && !(len(ws) == 0 && len(want) == 0) {
			t.Errorf("n=%d: %v, want %v", n, ws, want)
		}
		if n < len(all) && !more {
			t.Errorf("n=%d: more = false with words left", n)
		}
	}
}
