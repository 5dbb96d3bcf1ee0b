package store

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// clock is a settable time source for the store.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func openClock(t *testing.T, c *clock) *Store {
	t.Helper()
	s, err := open(context.Background(), filepath.Join(t.TempDir(), "news.db"), c.now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// raise is an article raising one issue, with a quote on it and one off it.
func raise(url string, pub time.Time, title string, keywords []string, evidence string) newsbot.Analysed {
	q := &quotedText{}
	q.say(evidence + " ")
	q.quote("The "+keywords[0]+" decision was taken behind closed doors", "Tomasz Szabo", "said")
	q.quote("I am looking forward to the weekend", "Lucia Petrova", "joked")
	return newsbot.Analysed{
		Article: newsbot.Article{URL: url, Title: title, Published: pub, Text: q.b.String()},
		Extraction: newsbot.Extraction{
			People: []newsbot.Person{{Name: "Tomasz Szabo"}, {Name: "Lucia Petrova"}},
			Quotes: q.quotes,
			Issues: []newsbot.Issue{{Title: title, Keywords: keywords, Evidence: []string{evidence}}},
		},
	}
}

func TestIssuesMergeLatestAndRevive(t *testing.T) {
	c := &clock{t: day("2026-01-13")}
	s := openClock(t, c)
	ctx := context.Background()
	res := mustSave(t, s,
		raise("https://x.example/a", day("2026-01-10"), "Harbour dredging contract dispute", []string{"dredging", "harbour", "contract"},
			"The harbour board awarded the dredging contract without a tender."),
		raise("https://x.example/b", day("2026-01-12"), "Dispute over harbour dredging contract", []string{"dredging", "contract"},
			"Auditors will review the dredging contract next week."),
		raise("https://x.example/d", day("2026-01-11"), "Teachers' pay strike", []string{"strike", "teachers"},
			"Teachers voted to strike over pay."),
	)
	// Ingested later but published between a and b: must not become latest.
	mustSave(t, s, raise("https://x.example/c", day("2026-01-11"), "Dredging contract row", []string{"dredging"},
		"The contractor defended its dredging record."))

	all, err := s.Issues(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("issues %+v, want 2", all)
	}
	dredging, strike := all[0], all[1] // latest development first
	if dredging.Title != "Harbour dredging contract dispute" || strike.Title != "Teachers' pay strike" {
		t.Fatalf("titles %q, %q", dredging.Title, strike.Title)
	}
	if dredging.Latest != "Auditors will review the dredging contract next week." || !dredging.LatestAt.Equal(day("2026-01-12")) {
		t.Errorf("latest = %q at %v", dredging.Latest, dredging.LatestAt)
	}
	var urls []string
	for _, a := range dredging.Sources {
		urls = append(urls, a.URL)
	}
	if want := []string{"https://x.example/b", "https://x.example/c", "https://x.example/a"}; !slices.Equal(urls, want) {
		t.Errorf("sources %v, want %v", urls, want)
	}
	if len(dredging.QuoteIDs) != 3 { // the on-topic quote of a, b and c; not the jokes
		t.Errorf("quote links %v, want 3", dredging.QuoteIDs)
	}
	if dredging.Status != newsbot.IssueOpen || dredging.Revived {
		t.Errorf("status %s revived %v", dredging.Status, dredging.Revived)
	}

	// Closed on the 13th: coverage published before stays out, after revives.
	if err := s.SetIssueStatus(ctx, dredging.ID, newsbot.IssueClosed); err != nil {
		t.Fatal(err)
	}
	c.t = day("2026-01-20")
	mustSave(t, s, raise("https://x.example/late-copy", day("2026-01-12").Add(2*time.Hour), "Harbour dredging contract dispute",
		[]string{"dredging", "contract"}, "A late report repeats the tender complaint."))
	got, err := s.Issue(ctx, dredging.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != newsbot.IssueClosed || got.Revived || len(got.Sources) != 4 {
		t.Errorf("after old coverage: status %s revived %v sources %d", got.Status, got.Revived, len(got.Sources))
	}
	if top, err := s.Issues(ctx, "", 1); err != nil || len(top) != 1 || top[0].ID != dredging.ID {
		t.Errorf("Issues(limit 1) = %+v, %v", top, err)
	}
	if open, _ := s.Issues(ctx, newsbot.IssueOpen, 0); len(open) != 1 || open[0].ID != strike.ID {
		t.Errorf("open issues %+v", open)
	}
	mustSave(t, s, raise("https://x.example/e", day("2026-01-16"), "Harbour dredging contract dispute", []string{"dredging", "contract"},
		"The board cancelled the dredging contract."))
	got, err = s.Issue(ctx, dredging.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != newsbot.IssueOpen || !got.Revived || got.Latest != "The board cancelled the dredging contract." {
		t.Errorf("after new coverage: status %s revived %v latest %q", got.Status, got.Revived, got.Latest)
	}
	_ = res
}

func TestIssueEditing(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		raise("https://x.example/a", day("2026-01-10"), "Harbour dredging contract dispute", []string{"dredging", "harbour"},
			"The harbour board awarded the dredging contract without a tender."),
		raise("https://x.example/b", day("2026-01-12"), "Port authority tender scandal", []string{"tender", "port"},
			"The port authority's tender rules were broken, auditors found."),
	)
	all, _ := s.Issues(ctx, "", 0)
	if len(all) != 2 {
		t.Fatalf("issues %+v", all)
	}
	into, from := all[1].ID, all[0].ID // into: dredging (older); from: tender
	tests := []struct {
		name string
		err  error
		do   func() error
	}{
		{"close unknown", newsbot.ErrNotFound, func() error { return s.SetIssueStatus(ctx, 999, newsbot.IssueClosed) }},
		{"bad status", newsbot.ErrBadInput, func() error { return s.SetIssueStatus(ctx, into, "resolved") }},
		{"rename unknown", newsbot.ErrNotFound, func() error { return s.RenameIssue(ctx, 999, "x") }},
		{"rename empty", newsbot.ErrBadInput, func() error { return s.RenameIssue(ctx, into, "  ") }},
		{"merge unknown into", newsbot.ErrNotFound, func() error { return s.MergeIssues(ctx, 999, from) }},
		{"merge unknown from", newsbot.ErrNotFound, func() error { return s.MergeIssues(ctx, into, 999) }},
		{"merge self", newsbot.ErrBadInput, func() error { return s.MergeIssues(ctx, into, into) }},
		{"issue unknown", newsbot.ErrNotFound, func() error { _, err := s.Issue(ctx, 999); return err }},
		{"list bad status", newsbot.ErrBadInput, func() error { _, err := s.Issues(ctx, "pending", 0); return err }},
		{"rename", nil, func() error { return s.RenameIssue(ctx, into, "Harbour contracts") }},
		{"merge", nil, func() error { return s.MergeIssues(ctx, into, from) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.do(); !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
		})
	}
	if _, err := s.Issue(ctx, from); !errors.Is(err, newsbot.ErrNotFound) {
		t.Errorf("merged-away issue: %v", err)
	}
	got, err := s.Issue(ctx, into)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Harbour contracts" || len(got.Sources) != 2 || len(got.QuoteIDs) != 2 ||
		got.Latest != "The port authority's tender rules were broken, auditors found." ||
		!slices.Contains(got.Keywords, "tender") || !slices.Contains(got.Keywords, "dredging") {
		t.Errorf("merged issue %+v", got)
	}
	// An edited issue survives its only article changing.
	v2 := raise("https://x.example/a", day("2026-01-10"), "Unrelated ferry timetable", []string{"ferry"}, "Ferries will run hourly.")
	if res := mustSave(t, s, v2); res[0].Outcome != newsbot.Updated {
		t.Fatalf("outcome %s", res[0].Outcome)
	}
	if got, err := s.Issue(ctx, into); err != nil || len(got.Sources) != 1 {
		t.Errorf("edited issue after update: %+v %v", got, err)
	}
}

func TestIssueSourcesCapped(t *testing.T) {
	s := openTest(t)
	var batch []newsbot.Analysed
	for i := 0; i < maxIssueSources+5; i++ {
		n := i * len(topics) // same topic every time
		batch = append(batch, synth(n, day("2026-01-01").Add(time.Duration(i)*time.Hour)))
	}
	mustSave(t, s, batch...)
	is, err := s.Issues(context.Background(), newsbot.IssueOpen, 0)
	if err != nil || len(is) != 1 {
		t.Fatalf("issues %d, %v", len(is), err)
	}
	src := is[0].Sources
	if len(src) != maxIssueSources {
		t.Fatalf("%d sources, want the newest %d", len(src), maxIssueSources)
	}
	if is[0].SourceCount != len(batch) {
		t.Errorf("source count %d, want all %d", is[0].SourceCount, len(batch))
	}
	if !src[0].Published.Equal(batch[len(batch)-1].Article.Published) {
		t.Errorf("first source published %v, want the newest", src[0].Published)
	}
	for i := 1; i < len(src); i++ {
		if src[i].Published.After(src[i-1].Published) {
			t.Fatalf("sources not newest first at %d", i)
		}
	}
}

// An issue row rewritten batch after batch (flushIssues) by older and
// newer coverage, an editor's close and a revival reads as the merges left
// it, and the indexes on status and latest_at agree with it.
func TestIssueRowAcrossBatches(t *testing.T) {
	c := &clock{t: day("2026-02-02")}
	s := openClock(t, c)
	ctx := context.Background()
	kw := []string{"ferry", "timetable"}
	mustSave(t, s, raise("https://x.example/f1", day("2026-02-01"), "Ferry timetable cuts", kw,
		"The island council criticised the new ferry timetable."))
	// Older coverage in a later batch: latest_at and status stay, the
	// keywords grow.
	c.t = day("2026-02-03")
	mustSave(t, s, raise("https://x.example/f0", day("2026-01-30"), "Ferry timetable cuts", []string{"ferry", "timetable", "winter sailings"},
		"Islanders first complained about the winter sailings in January."))
	// Newer coverage: latest_at moves.
	c.t = day("2026-02-05")
	mustSave(t, s, raise("https://x.example/f2", day("2026-02-04"), "Ferry timetable cuts", kw,
		"The operator restored two evening sailings."))
	// Closed by an editor, then older coverage again (stays closed), then
	// newer coverage (revives: status moves).
	all, err := s.Issues(ctx, "", 0)
	if err != nil || len(all) != 1 {
		t.Fatalf("issues %+v, %v", all, err)
	}
	id := all[0].ID
	if !slices.Contains(all[0].Keywords, "winter sailings") || !all[0].LatestAt.Equal(day("2026-02-04")) ||
		all[0].Latest != "The operator restored two evening sailings." {
		t.Errorf("after three batches: keywords %v, latest %q at %v", all[0].Keywords, all[0].Latest, all[0].LatestAt)
	}
	if err := s.SetIssueStatus(ctx, id, newsbot.IssueClosed); err != nil {
		t.Fatal(err)
	}
	c.t = day("2026-02-10")
	mustSave(t, s, raise("https://x.example/f3", day("2026-02-03"), "Ferry timetable cuts", kw,
		"A late report repeats the islanders' complaint."))
	if closed, err := s.Issues(ctx, newsbot.IssueClosed, 0); err != nil || len(closed) != 1 || !closed[0].LatestAt.Equal(day("2026-02-04")) {
		t.Errorf("closed issues %+v, %v", closed, err)
	}
	mustSave(t, s, raise("https://x.example/f4", day("2026-02-09"), "Ferry timetable cuts", kw,
		"The ferry timetable row returned as sailings were cancelled again."))
	open, err := s.Issues(ctx, newsbot.IssueOpen, 0)
	if err != nil || len(open) != 1 || !open[0].Revived || !open[0].LatestAt.Equal(day("2026-02-09")) {
		t.Errorf("open issues %+v, %v", open, err)
	}
	// The status and latest_at indexes hold exactly the rows' values.
	if n := count(t, s, `SELECT count(*) FROM issues INDEXED BY issues_status_latest WHERE status = 'open' AND latest_at = ?`,
		day("2026-02-09").Unix()); n != 1 {
		t.Errorf("issues_status_latest finds %d rows", n)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// IssuesAfter pages through the issues of a status in Issues' order (ties
// of latest development by id), without quote links, whatever the page size.
func TestIssuesAfterPages(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	at := day("2026-02-02")
	mustSave(t, s,
		raise("https://x.example/1", at, "Ferry timetable dispute", []string{"ferry", "timetable"}, "Islanders protested against the new ferry timetable."),
		raise("https://x.example/2", at, "Library closures row", []string{"library", "closures"}, "Campaigners opposed the library closures."),
		raise("https://x.example/3", at, "Parking charges protest", []string{"parking", "charges"}, "Traders objected to the parking charges."),
		raise("https://x.example/4", day("2026-02-01"), "Hospital car park fees", []string{"hospital", "fees"}, "Nurses criticised the car park fees."),
	)
	mustSave(t, s, synthBatch(0, 3*maxIssueSources)...)
	want, err := s.Issues(ctx, newsbot.IssueOpen, 0)
	if err != nil || len(want) < 5 {
		t.Fatalf("issues %d, %v", len(want), err)
	}
	for i := range want {
		want[i].QuoteIDs = nil
	}
	for _, size := range []int{1, 2, 3, len(want) + 1} {
		var got []newsbot.IssueRecord
		var after *newsbot.IssueRecord
		for range len(want) + 1 {
			page, err := s.IssuesAfter(ctx, newsbot.IssueOpen, after, size)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, page...)
			if len(page) < size {
				break
			}
			after = &got[len(got)-1]
		}
		if len(got) != len(want) {
			t.Fatalf("pages of %d: %d issues, want %d", size, len(got), len(want))
		}
		for i := range want {
			if got[i].ID != want[i].ID || got[i].SourceCount != want[i].SourceCount || len(got[i].Sources) != len(want[i].Sources) ||
				got[i].QuoteIDs != nil || got[i].Latest != want[i].Latest {
				t.Errorf("pages of %d, issue %d: got #%d (%d of %d sources), want #%d (%d of %d)", size, i,
					got[i].ID, len(got[i].Sources), got[i].SourceCount, want[i].ID, len(want[i].Sources), want[i].SourceCount)
			}
		}
	}
	if closed, err := s.IssuesAfter(ctx, newsbot.IssueClosed, nil, 5); err != nil || len(closed) != 0 {
		t.Errorf("closed: %d, %v", len(closed), err)
	}
	for _, bad := range []struct {
		status string
		limit  int
	}{{"", 5}, {"pending", 5}, {newsbot.IssueOpen, 0}} {
		if _, err := s.IssuesAfter(ctx, bad.status, nil, bad.limit); !errors.Is(err, newsbot.ErrBadInput) {
			t.Errorf("IssuesAfter(%q, %d): %v, want ErrBadInput", bad.status, bad.limit, err)
		}
	}
}

// The legs' and issues' stored source counts (migration 0009's triggers)
// follow their links through batches, an updated article losing its leg
// and issue, and a merge of issues: IntegrityCheck counts them afresh.
func TestSourceCountsFollowLinks(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	batch := synthBatch(0, 3*maxIssueSources)
	mustSave(t, s, batch...)
	if n := count(t, s, `SELECT count(*) FROM legs WHERE source_count > 1`); n == 0 {
		t.Fatal("no leg with several sources: nothing to count")
	}
	if n := count(t, s, `SELECT count(*) FROM issues WHERE source_count > 1`); n == 0 {
		t.Fatal("no issue with several sources: nothing to count")
	}
	// Two articles rewritten: one leg and one issue link fewer each.
	var upd []newsbot.Analysed
	for _, i := range []int{4, 5} {
		a := batch[i]
		a.Article.Text += "An earlier version of this report gave the wrong figures."
		a.Extraction.Trips, a.Extraction.Issues = nil, nil
		upd = append(upd, a)
	}
	if res := mustSave(t, s, upd...); res[0].Outcome != newsbot.Updated {
		t.Fatalf("rewrite: %s, want updated", res[0].Outcome)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Fatalf("after the update: %v", err)
	}
	all, err := s.Issues(ctx, "", 0)
	if err != nil || len(all) < 2 {
		t.Fatalf("issues %d, %v", len(all), err)
	}
	into, from := all[0], all[1]
	if err := s.MergeIssues(ctx, into.ID, from.ID); err != nil {
		t.Fatal(err)
	}
	merged, err := s.Issue(ctx, into.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := count(t, s, `SELECT count(*) FROM issue_articles WHERE issue_id = ?`, into.ID); merged.SourceCount != want || want <= into.SourceCount {
		t.Errorf("merged issue counts %d sources, want %d (more than its own %d)", merged.SourceCount, want, into.SourceCount)
	}
	if err := checkDB(ctx, s); err != nil {
		t.Error(err)
	}
}

// Migration 0009 counts the links of an existing database's legs and
// issues, and its triggers keep the counts as links come and go.
func TestMigrationSourceCounts(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t, filepath.Join(t.TempDir(), "news.db"))
	migrateBelow(t, db, 9)
	exec := func(qs ...string) {
		t.Helper()
		for _, q := range qs {
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
	}
	exec(`INSERT INTO articles(id, published_at, ingested_at, hash, text) VALUES
			(1, 1763164800, 1763164800, 'h1', 'a'), (2, 1763251200, 1763251200, 'h2', 'b'), (3, 1763337600, 1763337600, 'h3', 'c')`,
		`INSERT INTO legs(id, traveler, place, place_key) VALUES (1, 'Piret Tamm', 'Tartu', 'tartu'), (2, 'Kaja Ots', 'Bergen', 'bergen')`,
		`INSERT INTO leg_sources(leg_id, article_id, published_at) VALUES (1, 1, 1763164800), (1, 2, 1763251200), (2, 3, 1763337600)`,
		`INSERT INTO issues(id, title, updated_at) VALUES (1, 'Ferry timetable dispute', 1763337600), (2, 'Library closures', 1763337600)`,
		`INSERT INTO issue_articles(issue_id, article_id, published_at) VALUES (1, 1, 1763164800), (1, 2, 1763251200), (1, 3, 1763337600)`)
	if err := migrate(ctx, db, migrationFS); err != nil {
		t.Fatal(err)
	}
	counts := func() []int {
		t.Helper()
		var out []int
		for _, q := range []string{`SELECT source_count FROM legs ORDER BY id`, `SELECT source_count FROM issues ORDER BY id`} {
			rows, err := db.QueryContext(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var n int
				if err := rows.Scan(&n); err != nil {
					t.Fatal(err)
				}
				out = append(out, n)
			}
			if err := errors.Join(rows.Err(), rows.Close()); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	if got := counts(); !slices.Equal(got, []int{2, 1, 3, 0}) {
		t.Errorf("after 0009: legs and issues count %v, want [2 1 3 0]", got)
	}
	exec(`INSERT INTO leg_sources(leg_id, article_id, published_at) VALUES (2, 1, 1763164800)`,
		`INSERT OR IGNORE INTO leg_sources(leg_id, article_id, published_at) VALUES (2, 1, 1763164800)`,
		`DELETE FROM leg_sources WHERE leg_id = 1 AND article_id = 1`,
		`UPDATE issue_articles SET issue_id = 2 WHERE article_id = 3`,
		`DELETE FROM issue_articles WHERE article_id = 1`)
	if got := counts(); !slices.Equal(got, []int{1, 2, 1, 1}) {
		t.Errorf("after links changed: legs and issues count %v, want [1 2 1 1]", got)
	}
}
