package store

import (
	"regexp"
	"strings"
	"testing"
)

// A follow-up that settles one dispute and reports another still open
// (testdata/settle2, our own copy: a drivers' strike called off while
// calls for the managing director to resign go on; two college strikes
// ended while students still demand refunds) settles the first dispute's
// issue and keeps the second open as an issue of its own, never merged
// with the settled one nor with the same demand at another college.
func TestSettlementKeepsOtherThreadOpen(t *testing.T) {
	c := saveStoryChains(t, "testdata/settle2/*.txt", "https://example.org/s2/")
	settled := regexp.MustCompile(`(?i)\b(called off|ended their)\b`)
	still := regexp.MustCompile(`(?i)\b(continue|still demanding|still faces|still seeking)\b`)
	type seen struct{ settled, open bool }
	by := map[string]*seen{}
	for _, r := range c.recs {
		stories := map[string]bool{}
		for _, src := range r.Sources {
			stories[c.storyOf[src.Title]] = true
		}
		if len(stories) != 1 {
			t.Errorf("issue #%d %q holds stories %v", r.ID, r.Title, stories)
			continue
		}
		for st := range stories {
			if by[st] == nil {
				by[st] = &seen{}
			}
			switch {
			case settled.MatchString(r.Latest) && still.MatchString(r.Latest):
				t.Errorf("issue #%d %q: latest %q both settles and goes on", r.ID, r.Title, r.Latest)
			case settled.MatchString(r.Latest):
				by[st].settled = true
			case still.MatchString(r.Latest):
				by[st].open = true
				if strings.Contains(strings.ToLower(r.Title), "strike") {
					t.Errorf("open thread #%d is titled as the strike: %q", r.ID, r.Title)
				}
			}
		}
	}
	// Two threads left open by one report stay two issues.
	open := map[string]int{}
	for _, r := range c.recs {
		if still.MatchString(r.Latest) || strings.Contains(r.Latest, "still faces") || strings.Contains(r.Latest, "still seeking") {
			open[c.storyOf[r.Sources[0].Title]]++
		}
	}
	if open["tram"] != 2 {
		t.Errorf("tram story: %d open threads stored, want the resignation calls and the compensation demand apart", open["tram"])
	}
	for _, st := range []string{"rail", "college", "uni", "tram"} {
		if by[st] == nil || !by[st].open {
			t.Errorf("story %s: the thread still open is no issue of its own (issues %+v)", st, c.recs)
		}
	}
	for _, st := range []string{"rail", "uni", "tram"} { // the college strike's start filed no issue to settle
		if by[st] == nil || !by[st].settled {
			t.Errorf("story %s: no issue carries the settlement", st)
		}
	}
}
