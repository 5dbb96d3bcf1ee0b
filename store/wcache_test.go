package store

import (
	"context"
	"path/filepath"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
)

// A second process editing issues between two batches must be seen by the
// first process's next batch, not overwritten from its cache.
func TestWriteCacheSeesOtherConnections(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	c := &clock{t: day("2026-01-13")}
	ingester, err := open(ctx, path, c.now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ingester.Close() })
	editor, err := open(ctx, path, c.now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { editor.Close() })

	mustSave(t, ingester, raise("https://x.example/a", day("2026-01-10"), "Harbour dredging contract dispute",
		[]string{"dredging", "harbour", "contract"}, "The harbour board awarded the dredging contract without a tender."))
	all, err := editor.Issues(ctx, "", 0)
	if err != nil || len(all) != 1 {
		t.Fatalf("issues %+v, %v", all, err)
	}
	id := all[0].ID
	if err := editor.SetIssueStatus(ctx, id, newsbot.IssueClosed); err != nil {
		t.Fatal(err)
	}
	// Published before the close: it joins the issue, which stays closed.
	mustSave(t, ingester, raise("https://x.example/b", day("2026-01-11"), "Dispute over harbour dredging contract",
		[]string{"dredging", "contract"}, "Auditors will review the dredging contract next week."))
	got, err := editor.Issue(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != newsbot.IssueClosed || got.Revived || len(got.Sources) != 2 {
		t.Errorf("closed elsewhere, then older coverage: status %s revived %v sources %d", got.Status, got.Revived, len(got.Sources))
	}

	// The editor merges a second thread away; the ingester's next report of
	// it must land on the surviving issue.
	mustSave(t, ingester, raise("https://x.example/c", day("2026-01-12"), "Port authority tender scandal",
		[]string{"tender", "port"}, "The port authority's tender rules were broken, auditors found."))
	all, _ = editor.Issues(ctx, "", 0)
	if len(all) != 2 {
		t.Fatalf("issues %+v", all)
	}
	from := all[0].ID
	if from == id {
		from = all[1].ID
	}
	if err := editor.MergeIssues(ctx, id, from); err != nil {
		t.Fatal(err)
	}
	mustSave(t, ingester, raise("https://x.example/d", day("2026-01-20"), "Port authority tender scandal deepens",
		[]string{"tender", "port"}, "A second tender was cancelled on Monday."))
	if got, err := editor.Issue(ctx, id); err != nil || len(got.Sources) != 4 || got.Status != newsbot.IssueOpen || !got.Revived {
		t.Errorf("after the merge elsewhere: %+v, %v", got, err)
	}
	if err := checkDB(ctx, ingester); err != nil {
		t.Error(err)
	}
}

// Rows the batch defers (quotes, issue links, full-text entries) must be
// in place before the same batch rewrites them.
func TestDeferredRowsWithinOneBatch(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	first := raise("https://x.example/dredging", day("2026-01-10"), "Harbour dredging contract dispute",
		[]string{"dredging", "harbour"}, "The harbour board awarded the dredging contract without a tender.")
	second := raise("https://x.example/dredging", day("2026-01-10"), "Harbour dredging contract dispute",
		[]string{"dredging", "harbour"}, "The harbour board now says the dredging contract will be re-tendered.")
	res := mustSave(t, s,
		first,
		said("https://x.example/ports", day("2026-01-11"), line{"Lindqvist", "Our ports are ready for the change"}),
		second, // same URL, new text: replaces first's rows
		said("https://x.example/customs", day("2026-01-12"), line{"Ingrid Lindqvist", "Customs checks will be digital by June"}),
	)
	want := []newsbot.SaveOutcome{newsbot.Added, newsbot.Added, newsbot.Updated, newsbot.Added}
	for i, r := range res {
		if r.Outcome != want[i] {
			t.Errorf("item %d: %s, want %s", i, r.Outcome, want[i])
		}
	}
	if res[2].ArticleID != res[0].ArticleID {
		t.Errorf("update stored as article %d, want %d", res[2].ArticleID, res[0].ArticleID)
	}
	for _, tt := range []struct {
		q    string
		want int
	}{
		{`SELECT count(*) FROM quotes WHERE article_id = ` + itoaBig(int(res[0].ArticleID)), 2},
		{`SELECT count(*) FROM issue_articles`, 1},
		{`SELECT count(*) FROM issue_quotes`, 1},
		{`SELECT count(*) FROM issues WHERE latest LIKE '%re-tendered%'`, 1},
		// The full name absorbed the surname quoted earlier in the batch.
		{`SELECT count(*) FROM people WHERE name_key = 'lindqvist'`, 0},
		{`SELECT quote_count FROM people WHERE name_key = 'ingrid lindqvist'`, 2},
		{`SELECT count(*) FROM people p WHERE quote_count <> (SELECT count(*) FROM quotes WHERE person_id = p.id)`, 0},
	} {
		if got := count(t, s, tt.q); got != tt.want {
			t.Errorf("%s = %d, want %d", tt.q, got, tt.want)
		}
	}
	if hits, err := s.SearchQuotes(ctx, "ports are ready", QF(5)); err != nil || len(hits) != 1 || hits[0].Person.Name != "Ingrid Lindqvist" {
		t.Errorf("moved quote: %+v, %v", hits, err)
	}
	if err := checkDB(ctx, s); err != nil {
		t.Error(err)
	}
}

// Split over two goroutines, the comparison must pick what one pass picks:
// the first of the most similar.
func TestMostSimilarMatchesOnePass(t *testing.T) {
	threads := []struct {
		title    string
		keywords []string
	}{
		{"Harbour dredging contract dispute", []string{"dredging", "harbour", "contract"}},
		{"Dispute over harbour dredging contract", []string{"dredging", "contract"}},
		{"Teachers' pay strike", []string{"strike", "teachers", "pay"}},
		{"Rail franchise renewal", []string{"franchise", "rail"}},
		{"Port authority tender scandal", []string{"tender", "port"}},
		{"Hospital waiting list backlog", []string{"backlog", "hospital"}},
	}
	var list []*cachedIssue
	for i := range 3 * parallelCompare {
		th := threads[i%len(threads)]
		list = append(list, &cachedIssue{id: int64(i + 1), title: th.title, keywords: th.keywords})
	}
	for _, in := range []newsbot.Issue{
		{Title: "Harbour dredging contract row", Keywords: []string{"dredging", "contract"}},
		{Title: "Rail strike", Keywords: []string{"strike", "rail"}},
		{Title: "Ferry timetable", Keywords: []string{"ferry"}},
	} {
		p := issues.Prepare(in)
		for _, n := range []int{len(list), parallelCompare + 1, parallelCompare, 2} {
			var want *cachedIssue
			wantSim := 0.0
			for _, ci := range list[:n] {
				if sim, _, _ := p.Thread(ci.prepared(), issues.Anchors{}, ci.anchorSet()); sim > wantSim {
					want, wantSim = ci, sim
				}
			}
			if got, gotSim := mostSimilar(&preppedIssue{incoming: p}, 0, list[:n]); got != want || gotSim != wantSim {
				t.Errorf("%q, %d candidates: got %v (%.2f), want %v (%.2f)", in.Title, n, got, gotSim, want, wantSim)
			}
		}
	}
}

// A cache past its bound is dropped at the next batch: memory stays flat.
func TestWriteCacheStartsAfreshWhenFull(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s, synthBatch(0, 2)...)
	s.wmu.Lock()
	defer s.wmu.Unlock()
	kept := s.wc
	if kept == nil || len(kept.people) == 0 || len(kept.issues) == 0 {
		t.Fatalf("nothing cached after a batch: %+v", kept)
	}
	next := func() *writeCache {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		c, err := s.writeCacheFor(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if next() != kept {
		t.Fatal("the cache was dropped though nothing else wrote")
	}
	for i := range maxCachedTerms + 1 {
		kept.termCands[itoaBig(i+1)+"x"] = nil
	}
	if c := next(); c == kept || len(c.people) != 0 {
		t.Error("a full cache was kept")
	}
}
