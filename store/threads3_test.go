package store

import "testing"

// Two labour disputes in one country in one week (testdata/threads3, our
// own copy): Lisbon ferry crews strike, then settle; a national teachers'
// strike goes ahead. Both stories are told with the same generic words
// (national strike, union, talks, ministry, Lisbon, Portugal) and the
// ferry reports mention the teachers' strike in passing. Each must be one
// stored issue holding its own reports only: a teachers' report filed
// under the ferry strike (or the reverse) shows an editor the wrong story
// under each thread.
func TestSameWeekStrikesStayApart(t *testing.T) {
	c := saveStoryChains(t, "testdata/threads3/*.txt", "https://example.org/t3/")
	holds := map[string]int{} // story → stored issues holding all its reports
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
				holds[st]++
			}
		}
	}
	for _, st := range []string{"ferry", "teachers"} {
		if holds[st] != 1 {
			t.Errorf("story %s (%d reports): %d stored issues hold all its reports, want 1", st, c.perStory[st], holds[st])
		}
	}
}
