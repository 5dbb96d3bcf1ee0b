package store

import (
	"strings"
	"testing"
)

// A local paper's strike and its follow-up two days on (testdata/threads4,
// our own copy): each opens with its headline, a byline and the paper's
// name and date, and the follow-up's headline names no side. The
// follow-up joins the strike's issue, and the side grievance the first
// report raises joins the follow-up's settlement of it (which reads
// settled); a ferry strike in another country that week stays apart.
func TestFollowUpJoinsItsThread(t *testing.T) {
	c := saveStoryChains(t, "testdata/threads4/*.txt", "https://example.org/t4/")
	var strike, side bool
	for _, r := range c.recs {
		stories := map[string]int{}
		for _, src := range r.Sources {
			stories[c.storyOf[src.Title]]++
		}
		if len(stories) > 1 {
			t.Errorf("issue #%d %q merges stories %v", r.ID, r.Title, stories)
		}
		if strings.HasPrefix(r.Latest, "Dale Herald,") {
			t.Errorf("issue #%d %q: the paper's date line is its development", r.ID, r.Title)
		}
		if stories["bins"] != 2 {
			continue
		}
		low := strings.ToLower(r.Title + " " + strings.Join(r.Keywords, " "))
		switch {
		case strings.Contains(low, "changing rooms"):
			side = true
			if !strings.Contains(r.Latest, "settled") {
				t.Errorf("side grievance #%d %q: latest %q, want the settlement", r.ID, r.Title, r.Latest)
			}
		case strings.Contains(low, "strike"):
			strike = true
		}
	}
	if !strike || !side {
		var got []string
		for _, r := range c.recs {
			got = append(got, r.Title)
		}
		t.Errorf("strike joined %v, side grievance joined %v; issues %q", strike, side, got)
	}
}
