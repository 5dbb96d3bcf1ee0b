package issues

import (
	"strings"
	"testing"
)

// A short scene before the lead ("Smoke drifts over the kilns.") makes
// the lead paragraph colour, even when its sentence says "have".
func TestSceneBeforeLead(t *testing.T) {
	text := "MULTAN, Pakistan, Feb 3 (Newsroom) - Smoke drifts over the kilns. Mango groves that once lined this road have been cut down, and brick workers sleep beside the ovens to guard their wages.\n\n" +
		"Brick kilns across Punjab are at the centre of a growing dispute between kiln owners and the provincial government, which has ordered them to switch to cleaner zigzag technology by March or close.\n\n" +
		"The owners' association says the conversion costs too much and has challenged the order in the Lahore High Court. The government says kiln smoke causes a fifth of the winter smog.\n\n" +
		"Children stack bricks in the sun."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
		for _, w := range []string{"Mango groves", "Brick workers", "Ovens"} {
			if strings.HasPrefix(is.Title, w) {
				t.Errorf("title %q: the scene's colour", is.Title)
			}
		}
	}
	t.Logf("%q", titles)
}
