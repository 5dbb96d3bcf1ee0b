package timex

import (
	"strings"
	"testing"
)

// TestTriggerFilter checks that the cheap filter in front of the trigger
// table lets every trigger word through, in lower case, capitalised and
// possessive, and still rejects common words that are not triggers.
func TestTriggerFilter(t *testing.T) {
	for w, cat := range triggers {
		if got := triggerOf(w); got != cat {
			t.Errorf("triggerOf(%q) = %d, want %d", w, got, cat)
		}
		for _, form := range []string{strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), w + "'s", w + "’s"} {
			if strings.ContainsAny(form, "-") {
				continue // the tokeniser never makes a word with a hyphen
			}
			ts := tokenize(form)
			if len(ts.t) == 0 || ts.t[0].trig != cat {
				t.Errorf("tokenize(%q): trigger %v, want %d", form, ts.t, cat)
			}
		}
	}
	for _, w := range []string{"said", "minister", "were", "just", "tonights", "yearly's"} {
		if triggers[possessiveBase(w)] == 0 && triggerOf(w) != 0 {
			t.Errorf("triggerOf(%q) = %d, want 0", w, triggerOf(w))
		}
	}
}

// TestCandidates checks that the tokeniser lists exactly the tokens Tag must
// visit: trigger words, numbers, apostrophes and marks of several bytes.
func TestCandidates(t *testing.T) {
	s := "The minister’s visit on Friday, 30 Jan. — “later” in the '90s … officials said."
	ts := tokenize(s)
	var want []int32
	for i, tk := range ts.t {
		if tk.kind == kWord && tk.trig != 0 || tk.kind == kNum || tk.kind == kPunct && (tk.e-tk.s > 1 || s[tk.s] == '\'') {
			want = append(want, int32(i))
		}
	}
	if len(want) != len(ts.cand) {
		t.Fatalf("cand = %v, want %v", ts.cand, want)
	}
	for k := range want {
		if want[k] != ts.cand[k] {
			t.Fatalf("cand = %v, want %v", ts.cand, want)
		}
	}
}
