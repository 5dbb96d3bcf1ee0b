package eval

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

// issueGoldItem is one open issue of a gold file.
type issueGoldItem struct {
	Title    string   `json:"title"`
	Keywords []string `json:"keywords"`
	Gist     string   `json:"gist"`
	Required bool     `json:"required"`
}

// IssueResult holds the issue figures.
type IssueResult struct {
	Required, RequiredFound int
	Gold, GoldFound         int // all gold issues, required or not
	Listed                  int // issues extract.Article listed
}

// Issues scores the open issues extract.Article lists against the gold
// file at path (seed-gold.json) or the gold files in the folder at path:
// the share of required issues found, and the ratio of listed issues to
// gold issues (an editor's count; at most 2 is wanted).
func Issues(ctx context.Context, path string, w io.Writer) error {
	_, err := IssuesScore(ctx, path, w)
	return err
}

// IssuesScore is Issues returning the figures.
//
// A listed issue finds a gold issue when one of the gold keywords occurs
// in the listed title or keywords: every word of the keyword, compared
// lower-case with plurals folded and hyphenated words split ("embassy"
// occurs in "Chinese mega-embassy", "human rights" in "Human rights").
// Each listed issue finds at most one gold issue (a maximum matching, so
// one broad issue cannot claim several).
func IssuesScore(ctx context.Context, path string, w io.Writer) (IssueResult, error) {
	docs, err := tripDocs(ctx, path)
	if err != nil {
		return IssueResult{}, err
	}
	return issuesScoreDocs(ctx, docs, w)
}

// issuesScoreDocs is IssuesScore over loaded documents.
func issuesScoreDocs(ctx context.Context, docs []tripDoc, w io.Writer) (IssueResult, error) {
	var res IssueResult
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		x := extract.Article(d.ID, d.Text, d.Published)
		res.Listed += len(x.Issues)
		res.Gold += len(d.Gold.Issues)
		match := issueMatch(x.Issues, d.Gold.Issues)
		fmt.Fprintf(w, "%s: %d listed, %d gold\n", d.ID, len(x.Issues), len(d.Gold.Issues))
		used := make([]bool, len(x.Issues))
		for gi, g := range d.Gold.Issues {
			p := match[gi]
			if g.Required {
				res.Required++
			}
			mark := "MISS"
			if p >= 0 {
				used[p] = true
				mark = "ok  "
				res.GoldFound++
				if g.Required {
					res.RequiredFound++
				}
			}
			req := "opt"
			if g.Required {
				req = "req"
			}
			fmt.Fprintf(w, "  %s %s %q %q", mark, req, g.Title, g.Keywords)
			if p >= 0 {
				fmt.Fprintf(w, "  → %q %q", x.Issues[p].Title, x.Issues[p].Keywords)
			}
			fmt.Fprintln(w)
		}
		for i, is := range x.Issues {
			if !used[i] {
				fmt.Fprintf(w, "  extra %q %q\n", is.Title, is.Keywords)
			}
		}
	}
	fmt.Fprintf(w, "required issues found: %d/%d = %.3f\n", res.RequiredFound, res.Required, tripRatio(res.RequiredFound, res.Required))
	fmt.Fprintf(w, "all gold issues found: %d/%d; listed/gold = %d/%d = %.2f\n", res.GoldFound, res.Gold, res.Listed, res.Gold, tripRatio(res.Listed, res.Gold))
	return res, nil
}

// issueMatch pairs gold issues with listed ones (maximum bipartite
// matching, required gold issues first); match[g] is the listed index or -1.
func issueMatch(listed []newsbot.Issue, gold []issueGoldItem) []int {
	ok := make([][]bool, len(gold))
	for g := range gold {
		ok[g] = make([]bool, len(listed))
		for p := range listed {
			ok[g][p] = issueFinds(listed[p], gold[g])
		}
	}
	owner := make([]int, len(listed))
	for i := range owner {
		owner[i] = -1
	}
	var try func(g int, seen []bool) bool
	try = func(g int, seen []bool) bool {
		for p := range listed {
			if !ok[g][p] || seen[p] {
				continue
			}
			seen[p] = true
			if owner[p] < 0 || try(owner[p], seen) {
				owner[p] = g
				return true
			}
		}
		return false
	}
	for _, wantReq := range []bool{true, false} {
		for g := range gold {
			if gold[g].Required == wantReq {
				try(g, make([]bool, len(listed)))
			}
		}
	}
	match := make([]int, len(gold))
	for i := range match {
		match[i] = -1
	}
	for p, g := range owner {
		if g >= 0 {
			match[g] = p
		}
	}
	return match
}

func issueFinds(p newsbot.Issue, g issueGoldItem) bool {
	have := map[string]bool{}
	for _, w := range issueWords(p.Title + " " + strings.Join(p.Keywords, " ")) {
		have[w] = true
	}
	for _, k := range g.Keywords {
		ws := issueWords(k)
		if len(ws) == 0 {
			continue
		}
		all := true
		for _, w := range ws {
			all = all && have[w]
		}
		if all {
			return true
		}
	}
	return false
}

// issueWords lower-cases, splits on anything but letters, digits and "%",
// drops a possessive and folds a plural "s".
func issueWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && r != '\'' && r != '’'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
