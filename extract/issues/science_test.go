package issues

import (
	"strings"
	"testing"
)

// Our own copy: a health story whose "trial" is a study, and a court story
// whose "trial" is the dispute.
const (
	scienceStory = `LONDON (Newsroom) - On the children's ward at Riverside Hospital, winter arrives with a fever. By January every bed is taken.

In a trial published on Tuesday in a leading medical journal, a new malaria tablet made by the drugmaker Helix cut hospital stays among young children by 61 percent.

"It is the best news our ward has had in a decade," said Dr Amara Obi, who led the Ghanaian arm of the trial.

But the tablet is not yet sold in most African countries, and the reason is its cost. Helix has asked health ministries for about 40 dollars a course.

The World Health Organization said in draft advice that it could not recommend the tablet at that cost. Helix said it was disappointed by the draft advice and that the cost reflected years of research.

A final decision is expected in September.`

	courtStory = `PARIS (Newsroom) - The trial of former mayor Didier Vasseur on bribery charges opened in Paris on Monday, with prosecutors accusing him of taking cash for building permits.

Vasseur denies the charges. His lawyer said the case rested on the word of one developer.

The trial is expected to last three weeks.`
)

func TestClinicalTrialIsNoDispute(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // a word some title holds
		forbid     []string // words no title may hold
	}{
		{"study", scienceStory, []string{"advice", "cost", "decision"}, []string{"trial", "winter", "ward", "news"}},
		{"court", courtStory, []string{"trial", "bribery", "vasseur"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := findPipeline(c.text)
			var titles []string
			found := false
			for _, is := range got {
				titles = append(titles, is.Title)
				ws := titleWords(is.Title)
				for _, w := range c.want {
					for _, tw := range ws {
						found = found || tw == w
					}
				}
				for _, f := range c.forbid {
					for _, tw := range ws {
						if tw == f {
							t.Errorf("title %q holds %q", is.Title, f)
						}
					}
				}
			}
			if !found {
				t.Errorf("no title holds any of %v; titles %q", c.want, titles)
			}
			t.Logf("titles: %s", strings.Join(titles, " | "))
		})
	}
}
