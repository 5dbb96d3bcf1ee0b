package store

import (
	"regexp"
	"testing"
)

// settledLatest finds a sentence reporting the end of a dispute, as the
// digest's "reported settled" flag reads it (kept narrow: what our
// testdata/settle follow-ups say).
var settledLatest = regexp.MustCompile(`(?i)\b(called off|ending the [a-z ]*row|signed an agreement|was suspended)\b`)

// A follow-up reporting that a dispute was settled joins the dispute's
// issue and becomes its latest development; one reporting only talks does
// not settle it (testdata/settle, our own copy: a strike called off, a
// fishing row ended by treaty, a refinery strike suspended,
// rail talks that fail).
func TestSettlementChains(t *testing.T) {
	c := saveStoryChains(t, "testdata/settle/*.txt", "https://example.org/s/")
	latest := map[string]string{} // story -> latest of the issue holding it whole
	for _, r := range c.recs {
		stories := map[string]int{}
		for _, src := range r.Sources {
			stories[c.storyOf[src.Title]]++
		}
		if len(stories) > 1 {
			t.Errorf("issue #%d %q merges stories %v", r.ID, r.Title, stories)
		}
		for st, n := range stories {
			if n == c.perStory[st] {
				latest[st] = r.Latest
			}
		}
	}
	for _, tc := range []struct {
		story   string
		settled bool
	}{{"dock", true}, {"fish", true}, {"refinery", true}, {"rail", false}} {
		l, ok := latest[tc.story]
		if !ok {
			t.Errorf("story %s (%d reports) is not one stored issue", tc.story, c.perStory[tc.story])
			continue
		}
		if got := settledLatest.MatchString(l); got != tc.settled {
			t.Errorf("story %s: latest %q, settled %v, want %v", tc.story, l, got, tc.settled)
		}
	}
}
