package issues

import (
	"strings"
	"testing"
)

// A dateline dates the filing: a feature's scene-setting first sentence
// behind "PLACE, Month D (Agency) -" still names no thread.
func TestDatelineSceneLead(t *testing.T) {
	text := "ZERMATT, Switzerland, Aug 2 (Newsroom) - Cowbells rang across the meadows from first light. Hikers in bright jackets queue for the cable car, as they have every summer since the line opened.\n\n" +
		"This summer the valley is divided by a dispute over a new hydropower dam. The canton approved the dam in June, and two environmental groups have appealed against the approval at the federal court.\n\n" +
		"Farmers say the reservoir would flood their pastures. The dam's operator says it will supply power to forty thousand homes."
	for _, is := range findPipeline(text) {
		for _, w := range []string{"Cowbells", "Meadows", "First light"} {
			if strings.EqualFold(is.Title, w) || strings.HasPrefix(is.Title, w+" ") {
				t.Errorf("title %q: the scene's colour", is.Title)
			}
		}
	}
	if !newsLead("OSLO, March 3 (Newsroom) - Ministers agreed on Tuesday to raise the fuel tax.") {
		t.Error("a lead dated in its sentence is news")
	}
	if newsLead("ZERMATT, Switzerland, Aug 2 (Newsroom) - Cowbells rang across the meadows from first light.") {
		t.Error("dated only by its dateline: a scene")
	}
}
