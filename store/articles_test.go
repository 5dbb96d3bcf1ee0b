package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// story is a small hand-written article with one quote by speaker.
func story(url, text, quote, speaker string, pub time.Time) newsbot.Analysed {
	a := newsbot.Analysed{Article: newsbot.Article{URL: url, Title: "Council budget vote", Outlet: "The Courier", Published: pub, Text: text}}
	if i := strings.Index(text, quote); quote != "" && i >= 0 {
		a.Extraction.People = []newsbot.Person{{Name: speaker, Mentions: []string{speaker}}}
		a.Extraction.Quotes = []newsbot.Quote{{Text: quote, Speaker: speaker, Cue: "said", Kind: newsbot.KindDirect,
			Start: i, End: i + len(quote), IsPerson: true, Sentence: text}}
	}
	return a
}

const (
	budgetText = `"The library stays open, whatever the auditors say," said council leader Marta Kowalczyk on Thursday.`
	budgetV2   = `"The library stays open until the spring review, whatever the auditors say," said council leader Marta Kowalczyk on Thursday.`
)

func TestDedupe(t *testing.T) {
	pub := day("2026-01-15")
	orig := story("https://courier.example/budget", budgetText, "The library stays open, whatever the auditors say", "Marta Kowalczyk", pub)
	tests := []struct {
		name    string
		second  newsbot.Analysed
		outcome newsbot.SaveOutcome
		quotes  int // quotes stored afterwards
	}{
		{"same article twice", orig, newsbot.Skipped, 1},
		{"same text, new URL", story("https://mirror.example/budget-copy", budgetText, "", "", pub), newsbot.Skipped, 1},
		{"same text re-wrapped and re-cased, no URL", story("", "  \"THE LIBRARY stays open,\n whatever the auditors say,\"   said council leader Marta Kowalczyk on Thursday.\n", "", "", pub), newsbot.Skipped, 1},
		{"same URL, changed text", story("https://courier.example/budget", budgetV2, "The library stays open until the spring review, whatever the auditors say", "Marta Kowalczyk", pub), newsbot.Updated, 1},
		{"same canonical URL through another link", func() newsbot.Analysed {
			a := story("https://courier.example/budget?utm_source=feed", budgetV2, "", "", pub)
			a.Article.CanonicalURL = "https://courier.example/budget"
			return a
		}(), newsbot.Updated, 0},
		{"new URL, new text", story("https://courier.example/roads", `Road repairs will start in March, officials said.`, "", "", pub), newsbot.Added, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			first := mustSave(t, s, orig)
			res := mustSave(t, s, tt.second)
			if res[0].Outcome != tt.outcome {
				t.Fatalf("outcome = %s, want %s", res[0].Outcome, tt.outcome)
			}
			wantArticles := 1
			if tt.outcome == newsbot.Added {
				wantArticles = 2
			} else if res[0].ArticleID != first[0].ArticleID {
				t.Errorf("id = %d, want the stored %d", res[0].ArticleID, first[0].ArticleID)
			}
			if n, _ := s.CountArticles(context.Background()); n != wantArticles {
				t.Errorf("articles = %d, want %d", n, wantArticles)
			}
			if n := count(t, s, `SELECT count(*) FROM quotes`); n != tt.quotes {
				t.Errorf("quotes = %d, want %d", n, tt.quotes)
			}
			if err := checkDB(context.Background(), s); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestDedupeWithinBatchAndGivenHash(t *testing.T) {
	s := openTest(t)
	pub := day("2026-01-15")
	a := story("https://courier.example/a", budgetText, "", "", pub)
	b := story("https://courier.example/b", "Entirely different copy about ferries.", "", "", pub)
	b.Article.Hash = "caller-supplied-hash"
	c := story("https://courier.example/c", "Other words, same caller hash.", "", "", pub)
	c.Article.Hash = "caller-supplied-hash"
	res := mustSave(t, s, a, a, b, c)
	got := []newsbot.SaveOutcome{res[0].Outcome, res[1].Outcome, res[2].Outcome, res[3].Outcome}
	want := []newsbot.SaveOutcome{newsbot.Added, newsbot.Skipped, newsbot.Added, newsbot.Skipped}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("outcomes = %v, want %v", got, want)
			break
		}
	}
	art, err := s.Article(context.Background(), res[0].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	if art.Hash != TextHash(budgetText) || art.CanonicalURL != "https://courier.example/a" || !art.Published.Equal(pub) {
		t.Errorf("stored %+v", art)
	}
	if _, err := s.Article(context.Background(), 999); !errors.Is(err, newsbot.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func TestUpdateReplacesDerivedRows(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	v1 := synth(1, day("2026-01-10"))
	mustSave(t, s, v1)
	v2 := synth(2, day("2026-01-11")) // other text, quotes, trip and issue
	v2.Article.URL = v1.Article.URL
	res := mustSave(t, s, v2)
	if res[0].Outcome != newsbot.Updated {
		t.Fatalf("outcome %s", res[0].Outcome)
	}
	id := res[0].ArticleID
	for _, q := range []struct {
		sql  string
		want int
	}{
		{`SELECT count(*) FROM quotes WHERE article_id = ?`, len(v2.Extraction.Quotes)},
		{`SELECT count(*) FROM leg_sources WHERE article_id = ?`, 1},
		{`SELECT count(*) FROM issue_articles WHERE article_id = ?`, 1},
		{`SELECT count(*) FROM legs`, 1},   // v1's leg had no other source: gone
		{`SELECT count(*) FROM issues`, 1}, // likewise v1's issue
		{`SELECT count(*) FROM quotes WHERE article_id <> ?`, 0},
	} {
		if n := count(t, s, q.sql, id); n != q.want {
			t.Errorf("%s = %d, want %d", q.sql, n, q.want)
		}
	}
	// Old words are gone from both indexes, new ones found.
	old := v1.Extraction.Quotes[0].Text
	if hits, err := s.SearchQuotes(ctx, old, QF(5)); err != nil || len(hits) != 0 {
		t.Errorf("old quote still found: %d %v", len(hits), err)
	}
	if hits, err := s.SearchQuotes(ctx, v2.Extraction.Quotes[0].Text, QF(5)); err != nil || len(hits) != 1 {
		t.Errorf("new quote: %d hits %v", len(hits), err)
	}
	if ps, err := s.SearchPassages(ctx, "Nairobi", 5); err != nil || len(ps) != 0 {
		t.Errorf("old article text still found: %+v %v", ps, err)
	}
	if ps, err := s.SearchPassages(ctx, "reference 2 proves", 5); err != nil || len(ps) != 1 {
		t.Errorf("new article text: %+v %v", ps, err)
	}
	// Quote counts follow the replacement.
	p1 := v1.Extraction.People[0].Name
	if ps, _ := s.FindPeople(ctx, p1, 1); len(ps) == 1 && ps[0].Name == p1 && ps[0].Quotes != 0 {
		t.Errorf("%s keeps %d quotes after their article changed", p1, ps[0].Quotes)
	}
	if err := checkDB(ctx, s); err != nil {
		t.Error(err)
	}
}

// poison makes inserting an article titled "poison" fail inside the
// transaction, after earlier articles of the batch were written.
func poison(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.w.Exec(`CREATE TEMP TRIGGER poison BEFORE INSERT ON articles WHEN new.title = 'poison'
		BEGIN SELECT RAISE(ABORT, 'poisoned article'); END`); err != nil {
		t.Fatal(err)
	}
}

func TestFailingBatchLeavesNothing(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	poison(t, s)
	batch := synthBatch(0, 5)
	batch[3].Article.Title = "poison"
	if _, err := s.SaveArticles(ctx, batch); err == nil || !strings.Contains(err.Error(), "poisoned") {
		t.Fatalf("err = %v, want the poisoned insert's error", err)
	}
	for _, tbl := range []string{"articles", "quotes", "people", "person_aliases", "legs", "leg_sources", "issues", "issue_terms", "issue_articles", "issue_quotes"} {
		if n := count(t, s, `SELECT count(*) FROM `+tbl); n != 0 {
			t.Errorf("%s has %d rows after a failed batch", tbl, n)
		}
	}
	if hits, err := s.SearchQuotes(ctx, batch[0].Extraction.Quotes[0].Text, QF(5)); err != nil || len(hits) != 0 {
		t.Errorf("quote index kept %d hits (%v)", len(hits), err)
	}
	if ps, err := s.SearchPassages(ctx, "Background paragraph", 5); err != nil || len(ps) != 0 {
		t.Errorf("article index kept %d hits (%v)", len(ps), err)
	}

	// The store is still usable and the batch goes in without the bad item.
	res, err := s.SaveArticles(ctx, append(batch[:3:3], batch[4]))
	if err != nil || len(res) != 4 {
		t.Fatalf("retry: %v", err)
	}
	if err := checkDB(ctx, s); err != nil {
		t.Error(err)
	}
}

func TestSaveRejectsEmptyAndHonoursContext(t *testing.T) {
	s := openTest(t)
	batch := synthBatch(0, 3)
	batch[1].Article.Text = " \n\t "
	if _, err := s.SaveArticles(context.Background(), batch); !errors.Is(err, newsbot.ErrBadInput) {
		t.Errorf("empty text: err = %v, want ErrBadInput", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.SaveArticles(ctx, synthBatch(0, 3)); err == nil {
		t.Error("cancelled context: no error")
	}
	if n, _ := s.CountArticles(context.Background()); n != 0 {
		t.Errorf("stored %d articles", n)
	}
}

func TestSearchPassages(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	text := "The harbour board met on Monday.\n\nDredging of the eastern channel will cost more than planned, the board's engineer warned. " +
		"Fishermen said the delay had already cost them a season.\n\nA decision is due in March."
	mustSave(t, s, story("https://courier.example/harbour", text, "", "", day("2026-01-12")),
		story("https://courier.example/roads", "Road repairs will start in March, officials said.", "", "", day("2026-01-13")))
	tests := []struct {
		query string
		want  string // passage text; "" for no hit
	}{
		{"dredging channel", "Dredging of the eastern channel will cost more than planned, the board's engineer warned."},
		{"fishermen season", "Fishermen said the delay had already cost them a season."},
		{"DREDGING", "Dredging of the eastern channel will cost more than planned, the board's engineer warned."},
		{"submarine", ""},
		{`dredging OR 1=1`, ""}, // every word must match: "or", "1" are not in the text
		{`"`, ""},
		{`*`, ""},
		{`NEAR(dredging channel)`, ""}, // "near" is a plain word here, and absent
		{`dredging*`, "Dredging of the eastern channel will cost more than planned, the board's engineer warned."},
		{`title:harbour`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ps, err := s.SearchPassages(ctx, tt.query, 5)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if tt.want == "" {
				if len(ps) != 0 {
					t.Errorf("got %+v, want nothing", ps)
				}
				return
			}
			if len(ps) == 0 || ps[0].Text != tt.want {
				t.Fatalf("got %+v, want %q", ps, tt.want)
			}
			if ps[0].Article.URL != "https://courier.example/harbour" || ps[0].Article.Published.IsZero() {
				t.Errorf("article ref %+v", ps[0].Article)
			}
		})
	}
}

// An article whose text is stored under one URL and whose URL holds
// another story is a copy of the first: Skipped, never an update of the
// second (the insert that finds both taken must still tell them apart).
func TestDedupeTextWinsOverURL(t *testing.T) {
	s := openTest(t)
	pub := day("2026-01-15")
	roads := story("https://courier.example/roads", `Road repairs will start in March, officials said.`, "", "", pub)
	stored := mustSave(t, s, story("https://courier.example/budget", budgetText, "", "", pub), roads)
	res := mustSave(t, s, story("https://courier.example/roads", budgetText, "", "", pub))
	if res[0].Outcome != newsbot.Skipped || res[0].ArticleID != stored[0].ArticleID {
		t.Errorf("saved %+v, want skipped as article %d", res[0], stored[0].ArticleID)
	}
	if n := count(t, s, `SELECT count(*) FROM articles WHERE text = ?`, roads.Article.Text); n != 1 {
		t.Errorf("the story at the URL was rewritten: %d rows keep its text", n)
	}
}

// Quotes are stored under the ids the batch hands out, also when an update
// earlier in the batch deleted the newest ones (SQLite would otherwise
// give their ids again): see quoteInsert.
func TestQuoteIDsAfterUpdateInBatch(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	pub := day("2026-01-15")
	res := mustSave(t, s,
		story("https://courier.example/budget", budgetText, "The library stays open, whatever the auditors say", "Marta Kowalczyk", pub),
		story("https://courier.example/budget", budgetV2, "The library stays open until the spring review, whatever the auditors say", "Marta Kowalczyk", pub),
		story("https://courier.example/pool", `"The pool reopens in March," said council leader Marta Kowalczyk.`, "The pool reopens in March", "Marta Kowalczyk", pub),
	)
	if res[1].Outcome != newsbot.Updated {
		t.Fatalf("second: %s, want updated", res[1].Outcome)
	}
	// Ids 1 (deleted), 2 and 3: the update's quote and the next article's.
	for _, tt := range []struct {
		q    string
		want int
	}{
		{`SELECT count(*) FROM quotes`, 2},
		{`SELECT count(*) FROM quotes WHERE id = 2 AND text LIKE '%spring review%'`, 1},
		{`SELECT count(*) FROM quotes WHERE id = 3 AND text LIKE '%pool%'`, 1},
	} {
		if got := count(t, s, tt.q); got != tt.want {
			t.Errorf("%s = %d, want %d", tt.q, got, tt.want)
		}
	}
	// The next batch goes on from the largest id stored.
	mustSave(t, s, story("https://courier.example/parks", `"Parks stay free," said council leader Marta Kowalczyk.`, "Parks stay free", "Marta Kowalczyk", pub))
	if got := count(t, s, `SELECT count(*) FROM quotes WHERE id = 4 AND text = 'Parks stay free'`); got != 1 {
		t.Errorf("next batch's quote: %d rows with id 4", got)
	}
	for _, q := range []string{"spring review", "pool reopens", "Parks stay free"} {
		if hits, err := s.SearchQuotes(ctx, q, QF(5)); err != nil || len(hits) != 1 {
			t.Errorf("search %q: %d hits, %v", q, len(hits), err)
		}
	}
	if err := checkDB(ctx, s); err != nil {
		t.Error(err)
	}
}

// A batch's rows go in statements of a few sizes only, which stay prepared.
func TestChunkRows(t *testing.T) {
	sizes := map[int]bool{}
	for n := 1; n <= 3*rowsPerInsert+7; n++ {
		left, parts := n, 0
		for left > 0 {
			c := chunkRows(left)
			if c < 1 || c > left {
				t.Fatalf("chunkRows(%d) = %d", left, c)
			}
			sizes[c] = true
			left -= c
			parts++
		}
		if parts > n/rowsPerInsert+7 {
			t.Errorf("%d rows in %d statements", n, parts)
		}
	}
	if len(sizes) > 8 {
		t.Errorf("%d statement sizes, want at most 8: %v", len(sizes), sizes)
	}
}
