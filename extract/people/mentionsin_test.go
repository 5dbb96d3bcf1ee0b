package people

import (
	"slices"
	"testing"
)

// MentionsIn returns a sub-slice of the cast's mentions where it can: it
// must give what filtering them one by one gives, and an append to its
// result must not write into the cast.
func TestMentionsInMatchesFilter(t *testing.T) {
	c := &Cast{Mentions: []Mention{
		{Start: 0, End: 5}, {Start: 6, End: 12}, {Start: 12, End: 12}, {Start: 20, End: 31}, {Start: 40, End: 44},
	}}
	naive := func(start, end int) []Mention {
		var out []Mention
		for _, m := range c.Mentions {
			if m.Start >= start && m.Start < end && m.End <= end {
				out = append(out, m)
			}
		}
		return out
	}
	for start := -1; start <= 46; start++ {
		for end := start; end <= 46; end++ {
			got, want := c.MentionsIn(start, end), naive(start, end)
			if !slices.Equal(got, want) {
				t.Fatalf("MentionsIn(%d, %d) = %v, want %v", start, end, got, want)
			}
		}
	}
	before := slices.Clone(c.Mentions)
	got := c.MentionsIn(0, 13)
	_ = append(got, Mention{Start: 99, End: 100})
	if !slices.Equal(c.Mentions, before) {
		t.Errorf("appending to MentionsIn's result changed the cast: %v", c.Mentions)
	}
}
