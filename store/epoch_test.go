package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// tableRows is every row of the derived tables, ids included, as text.
func tableRows(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT 'person', id, name, name_key, role, quote_count FROM people`,
		`SELECT 'alias', person_id, alias_key FROM person_aliases`,
		`SELECT 'quote', id, article_id, coalesce(person_id, 0), speaker, text FROM quotes`,
		`SELECT 'issue', id, title, keywords, latest FROM issues`,
		`SELECT 'link', issue_id, article_id FROM issue_articles`,
		`SELECT 'quote link', issue_id, quote_id FROM issue_quotes`,
		`SELECT 'leg', id, coalesce(person_id, 0), place_key, date FROM legs`,
	} {
		rows, err := s.r.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(vals...))
		}
		rows.Close()
	}
	slices.Sort(out)
	return out
}

// TestBatchSizeKeepsMerging checks that a batch of 1,000 articles stores
// exactly what two batches of 500 do: people and issues are merged by input
// order, not by where batches happen to end. Here a surname alone first
// means the only full name with it; by article 501 a second full name with
// that surname has come, and the surname is decided afresh, as a new batch
// would.
func TestBatchSizeKeepsMerging(t *testing.T) {
	ctx := context.Background()
	articles := synthBatch(0, 2*mergeEpoch)
	pub := day("2026-02-02")
	articles[0] = said("https://x.example/duarte-1", pub, line{"Ines Duarte", "The ferry contract will be signed in March"})
	articles[1] = said("https://x.example/duarte-2", pub, line{"Duarte", "We have the money for two new ferries"})
	articles[2] = said("https://x.example/duarte-3", pub, line{"Paulo Duarte", "The harbour needs dredging before any ferry arrives"})
	articles[mergeEpoch] = said("https://x.example/duarte-4", pub.Add(time.Hour), line{"Duarte", "Nobody has asked the islanders what they want"})

	one := openTest(t)
	if _, err := one.SaveArticles(ctx, articles); err != nil {
		t.Fatal(err)
	}
	two := openTest(t)
	for i := 0; i < len(articles); i += mergeEpoch {
		if _, err := two.SaveArticles(ctx, articles[i:i+mergeEpoch]); err != nil {
			t.Fatal(err)
		}
	}
	a, b := tableRows(t, one), tableRows(t, two)
	if !slices.Equal(a, b) {
		var diff []string
		for _, r := range a {
			if _, found := slices.BinarySearch(b, r); !found {
				diff = append(diff, "only in one batch: "+r)
			}
		}
		for _, r := range b {
			if _, found := slices.BinarySearch(a, r); !found {
				diff = append(diff, "only in two batches: "+r)
			}
		}
		t.Fatalf("%d rows differ:\n%s", len(diff), strings.Join(diff[:min(len(diff), 10)], "\n"))
	}
}
