package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// TestMergerStoresWhatInlineMergingDoes: merging issues on the merger's
// goroutine stores exactly the rows merging inline does, ids included,
// across merge epochs, with rewritten articles (whose old issue links go
// mid-batch) and the same URL twice in one batch.
func TestMergerStoresWhatInlineMergingDoes(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return day("2026-02-01") }
	first := synthBatch(0, 1100) // crosses two merge epochs
	second := synthBatch(3000, 300)
	for i := 0; i < len(second); i += 7 {
		second[i].Article.URL = first[(i*13)%len(first)].Article.URL // rewrites a stored article
	}
	second[250].Article.URL = second[100].Article.URL // the same URL twice in the batch
	second[100].Article.URL = second[50].Article.URL

	paths := map[bool]string{}
	for _, inline := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "news.db")
		paths[inline] = path
		s, err := open(ctx, path, now)
		if err != nil {
			t.Fatal(err)
		}
		s.inlineMerges = inline
		var outcomes []newsbot.SaveOutcome
		for _, b := range [][]newsbot.Analysed{first, second} {
			res, err := s.SaveArticles(ctx, b)
			if err != nil {
				t.Fatalf("inline %v: %v", inline, err)
			}
			for _, r := range res {
				outcomes = append(outcomes, r.Outcome)
			}
		}
		if got := fmt.Sprint(countOutcomes(outcomes)); got != "map[added:1356 updated:44]" {
			t.Errorf("inline %v: outcomes %s", inline, got)
		}
		if err := checkDB(ctx, s); err != nil {
			t.Error(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	db := OpenSQL(paths[false], true)
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`ATTACH DATABASE ? AS inline`, paths[true]); err != nil {
		t.Fatal(err)
	}
	for _, tbl := range []string{"articles", "quotes", "people", "person_aliases", "legs", "leg_sources",
		"issues", "issue_terms", "issue_articles", "issue_quotes"} {
		var rows, diff int
		if err := db.QueryRow(`SELECT (SELECT count(*) FROM main.`+tbl+`),
			(SELECT count(*) FROM (SELECT * FROM main.`+tbl+` EXCEPT SELECT * FROM inline.`+tbl+`))
			+ (SELECT count(*) FROM (SELECT * FROM inline.`+tbl+` EXCEPT SELECT * FROM main.`+tbl+`))`).Scan(&rows, &diff); err != nil {
			t.Fatal(err)
		}
		if diff != 0 || rows == 0 {
			t.Errorf("%s: %d rows, %d differ from inline merging", tbl, rows, diff)
		}
	}
}

func countOutcomes(out []newsbot.SaveOutcome) map[newsbot.SaveOutcome]int {
	m := map[newsbot.SaveOutcome]int{}
	for _, o := range out {
		m[o]++
	}
	return m
}
