package issues

import (
	"strings"
	"testing"
)

// A plan told by its form alone ("Draft decision", "Proposal") is titled
// with what it would do, so the vote or ruling reported later can match it.
func TestPlanPurposeTitle(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"OSLO, March 3 (Newsroom) - The health ministry on Tuesday published a draft decision that would ban menthol cigarettes from next year, drawing protests from tobacco retailers and a threat of legal action from two manufacturers.\n\nRetailers said the draft would cost them a fifth of their sales. Parliament is due to vote on the text in May.",
			"Draft decision to ban menthol cigarettes"},
		{"LIMA, Aug 8 (Newsroom) - Peru's transport regulator tabled a proposal that would cap airport landing fees at Lima's main hub, angering the airport's private operator, which said it would fight the proposal in court.\n\nAirlines welcomed the proposal. A final decision is expected in October.",
			"Proposal to cap airport landing fees"},
		{"ACCRA, May 12 (Newsroom) - Ghana's forestry commission on Thursday published a draft decree that would ban exports of rosewood logs, a move welcomed by conservation groups and criticised by timber traders.\n\nTraders say rosewood exports support 20,000 jobs in the north. The commission will take comments for a month.",
			"Draft decree to ban exports"},
	}
	for _, c := range cases {
		var titles []string
		ok := false
		for _, is := range findPipeline(c.text) {
			titles = append(titles, is.Title)
			ok = ok || strings.EqualFold(is.Title, c.want)
		}
		if !ok {
			t.Errorf("want %q among %q", c.want, titles)
		}
	}
}
