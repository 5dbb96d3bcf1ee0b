package eval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestIssuesSeed(t *testing.T) {
	p := tripSharedOrSkip(t, filepath.Join("eval", "seed-gold.json"))
	var out strings.Builder
	res, err := IssuesScore(context.Background(), p, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if res.RequiredFound < 5 {
		t.Errorf("seed: %d/5 required issues found", res.RequiredFound)
	}
	if res.Listed > 2*res.Gold {
		t.Errorf("seed: %d issues listed for %d gold", res.Listed, res.Gold)
	}
}

func TestIssuesGold(t *testing.T) {
	p := tripSharedOrSkip(t, filepath.Join("eval", "gold"))
	var out strings.Builder
	res, err := IssuesScore(context.Background(), p, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	// The target; the figure reached is 0.90.
	if r := tripRatio(res.RequiredFound, res.Required); r < 0.85 {
		t.Errorf("required issues found %.3f, want >= 0.85", r)
	}
	if res.Listed > 2*res.Gold {
		t.Errorf("%d issues listed for %d gold", res.Listed, res.Gold)
	}
	// What an editor sees: about one listed issue per gold one (1.08
	// reached), so split stories and travel or setting titles stay out.
	if 10*res.Listed > 11*res.Gold {
		t.Errorf("%d issues listed for %d gold, want at most 1.1 per gold issue", res.Listed, res.Gold)
	}
}

func TestIssueMatching(t *testing.T) {
	gold := []issueGoldItem{
		{Title: "Chinese mega-embassy", Keywords: []string{"embassy"}, Required: true},
		{Title: "Human rights", Keywords: []string{"human rights"}, Required: true},
		{Title: "Ties to Russia", Keywords: []string{"Russia", "Putin"}, Required: false},
	}
	listed := []newsbot.Issue{
		{Title: "Human rights", Keywords: []string{"human rights", "Vladimir Putin"}},
		{Title: "Chinese mega-embassy in London", Keywords: []string{"London"}},
		{Title: "Rights of workers", Keywords: []string{"rights"}},
	}
	m := issueMatch(listed, gold)
	if m[0] != 1 || m[1] != 0 || m[2] != -1 {
		t.Errorf("match = %v, want [1 0 -1]: one listed issue finds one gold issue", m)
	}
	if issueFinds(listed[2], gold[1]) {
		t.Error(`"rights" alone must not find "human rights"`)
	}
}
