package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestClaimDigestOnceAcrossHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	slot := time.Date(2026, 1, 28, 7, 0, 0, 0, time.UTC)
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := a
			if i%2 == 1 {
				st = b
			}
			ok, err := st.ClaimDigest(ctx, "C0NEWSDESK", slot)
			if err != nil {
				t.Error(err)
			}
			if ok {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d claims won, want exactly 1", wins.Load())
	}
	// Another channel or slot is a separate claim.
	for _, c := range []struct {
		ch   string
		slot time.Time
	}{{"C0OTHER", slot}, {"C0NEWSDESK", slot.Add(24 * time.Hour)}} {
		if ok, err := b.ClaimDigest(ctx, c.ch, c.slot); !ok || err != nil {
			t.Errorf("claim %s %v = %v, %v", c.ch, c.slot, ok, err)
		}
	}
	if err := a.FinishDigest(ctx, "C0NEWSDESK", slot, "1769583600.000100"); err != nil {
		t.Fatal(err)
	}
	var ts string
	if err := b.r.QueryRow(`SELECT ts FROM digests WHERE channel = 'C0NEWSDESK' AND slot = ?`, slot.Unix()).Scan(&ts); err != nil || ts != "1769583600.000100" {
		t.Errorf("ts = %q, %v", ts, err)
	}
	if err := a.FinishDigest(ctx, "C0NEWSDESK", slot.Add(time.Hour), "1"); !errors.Is(err, newsbot.ErrNotFound) {
		t.Errorf("finish unclaimed: %v", err)
	}
	// A claim whose post never finished is listed, and can be released and
	// claimed again; a finished one cannot.
	late := slot.Add(48 * time.Hour)
	if ok, _ := a.ClaimDigest(ctx, "C0NEWSDESK", late); !ok {
		t.Fatal("claim late slot")
	}
	pending, err := b.UnfinishedDigests(ctx, time.Now().Add(time.Minute))
	if err != nil || len(pending) != 3 { // C0OTHER, slot+24h, slot+48h
		t.Fatalf("unfinished = %+v, %v", pending, err)
	}
	for _, sl := range []time.Time{late, slot} {
		if err := b.ReleaseDigest(ctx, "C0NEWSDESK", sl); err != nil {
			t.Fatal(err)
		}
	}
	if ok, _ := a.ClaimDigest(ctx, "C0NEWSDESK", late); !ok {
		t.Error("released slot cannot be claimed again")
	}
	if ok, _ := a.ClaimDigest(ctx, "C0NEWSDESK", slot); ok {
		t.Error("release undid a finished digest")
	}
	if _, err := a.ClaimDigest(ctx, " ", slot); !errors.Is(err, newsbot.ErrBadInput) {
		t.Errorf("empty channel: %v", err)
	}
}

func TestSeenEvent(t *testing.T) {
	c := &clock{t: day("2026-01-01")}
	s := openClock(t, c)
	ctx := context.Background()
	for i, want := range []bool{true, false, false} {
		if got, err := s.SeenEvent(ctx, "Ev0A1B2C3"); err != nil || got != want {
			t.Errorf("call %d: %v, %v; want %v", i, got, err, want)
		}
	}
	if _, err := s.SeenEvent(ctx, ""); !errors.Is(err, newsbot.ErrBadInput) {
		t.Errorf("empty id: %v", err)
	}
	// A week later the old id is pruned (and may be seen again).
	c.t = c.t.Add(8 * 24 * time.Hour)
	if err := s.PruneEvents(ctx); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT count(*) FROM slack_events`); n != 0 {
		t.Errorf("%d events left after prune", n)
	}
	// Pruning also happens by itself now and then.
	for i := 0; i < pruneEvery+1; i++ {
		if _, err := s.SeenEvent(ctx, fmt.Sprintf("Ev%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	c.t = c.t.Add(8 * 24 * time.Hour)
	for i := 0; i < pruneEvery; i++ {
		if _, err := s.SeenEvent(ctx, fmt.Sprintf("New%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, s, `SELECT count(*) FROM slack_events WHERE event_id LIKE 'Ev%'`); n != 0 {
		t.Errorf("%d expired events never pruned", n)
	}
}

// Readers and a writer at once, across two handles, under -race.
func TestConcurrentReadWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	mustSave(t, w, synthBatch(0, 20)...)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() { // writers: ingest batches from both handles
			defer wg.Done()
			st := []*Store{w, other}[g]
			for i := 0; i < 3; i++ {
				if _, err := st.SaveArticles(ctx, synthBatch(1000*(g+1)+20*i, 20)); err != nil {
					errs <- fmt.Errorf("writer %d: %w", g, err)
					return
				}
				if _, err := st.SeenEvent(ctx, fmt.Sprintf("Ev%d-%d", g, i)); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() { // readers
			defer wg.Done()
			st := []*Store{w, other}[g%2]
			for i := 0; i < 10; i++ {
				ps, err := st.FindPeople(ctx, lastNames[(g+i)%len(lastNames)], 3)
				if err != nil {
					errs <- err
					return
				}
				for _, p := range ps {
					if _, err := st.QuotesBy(ctx, p.ID, newsbot.QuoteFilter{Limit: 5}); err != nil && !errors.Is(err, newsbot.ErrNotFound) {
						errs <- err
						return
					}
				}
				if _, err := st.SearchQuotes(ctx, "keep the pressure", newsbot.QuoteFilter{}); err != nil {
					errs <- err
					return
				}
				if _, err := st.Legs(ctx, newsbot.LegFilter{IncludeUndated: true, Limit: 10}); err != nil {
					errs <- err
					return
				}
				if _, err := st.Issues(ctx, newsbot.IssueOpen, 0); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := w.CountArticles(ctx); n != 140 {
		t.Errorf("articles = %d, want 140", n)
	}
	if err := checkDB(ctx, other); err != nil {
		t.Error(err)
	}
}

func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	mustSave(t, s, synthBatch(0, 50)...)
	done := make(chan error, 1)
	go func() {
		var err error
		for i := 1; i <= 5 && err == nil; i++ {
			_, err = s.SaveArticles(ctx, synthBatch(50*i, 50))
		}
		done <- err
	}()
	dst := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(ctx, dst); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, dst); err == nil {
		t.Error("backup over an existing file succeeded")
	}
	b, err := Open(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := checkDB(ctx, b); err != nil {
		t.Error(err)
	}
	n, _ := b.CountArticles(ctx)
	if n < 50 || n%50 != 0 {
		t.Errorf("backup holds %d articles: not a batch boundary", n)
	}
	// Every article in the copy has its quotes: a consistent snapshot.
	if bad := count(t, b, `SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) <> 3`); bad != 0 {
		t.Errorf("%d articles without their quotes in the backup", bad)
	}
	// The read pool is read-only again after the backup.
	if _, err := s.r.Exec(`DELETE FROM slack_events`); err == nil {
		t.Error("read pool accepts writes after Backup")
	}
}

func TestChecksCatchDamage(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	mustSave(t, s, synthBatch(0, 3)...)
	if err := checkDB(ctx, s); err != nil {
		t.Fatalf("clean store: %v", err)
	}
	// A quote removed behind the index's back.
	if _, err := s.w.Exec(`DELETE FROM quotes WHERE id = (SELECT min(id) FROM quotes)`); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckFullText(ctx); err == nil {
		t.Error("CheckFullText missed a quote deleted without its index entry")
	}
	// A dangling reference written with enforcement off.
	for _, q := range []string{`PRAGMA foreign_keys = OFF`, `UPDATE quotes SET person_id = 987654 WHERE id = (SELECT max(id) FROM quotes)`, `PRAGMA foreign_keys = ON`} {
		if _, err := s.w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.IntegrityCheck(ctx); err == nil {
		t.Error("IntegrityCheck missed a foreign key violation")
	}
}

func TestTouchDigestTakeOverIsExclusive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "news.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	clock := time.Date(2026, 1, 28, 7, 0, 5, 0, time.UTC)
	a.now = func() time.Time { return clock }
	b.now = a.now
	slot := time.Date(2026, 1, 28, 7, 0, 0, 0, time.UTC)
	if ok, err := a.ClaimDigest(ctx, "C0NEWSDESK", slot); !ok || err != nil {
		t.Fatalf("claim = %v, %v", ok, err)
	}
	// A fresh claim is not stale: nobody takes it over.
	if ok, err := b.TouchDigest(ctx, "C0NEWSDESK", slot, clock.Add(-2*time.Second)); ok || err != nil {
		t.Fatalf("take-over of a fresh claim = %v, %v", ok, err)
	}
	// The claimant's heartbeat renews it.
	clock = clock.Add(10 * time.Second)
	if ok, err := a.TouchDigest(ctx, "C0NEWSDESK", slot, clock.Add(time.Second)); !ok || err != nil {
		t.Fatalf("heartbeat = %v, %v", ok, err)
	}
	if ok, _ := b.TouchDigest(ctx, "C0NEWSDESK", slot, clock.Add(-2*time.Second)); ok {
		t.Fatal("took over a claim renewed just now")
	}
	// Abandoned for longer than the grace: exactly one of many takes it.
	clock = clock.Add(time.Minute)
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			st := a
			if i%2 == 1 {
				st = b
			}
			ok, err := st.TouchDigest(ctx, "C0NEWSDESK", slot, clock.Add(-2*time.Second))
			if err != nil {
				t.Error(err)
			}
			if ok {
				wins.Add(1)
			}
		})
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d take-overs won, want 1", wins.Load())
	}
	// A finished claim is never touched.
	if err := a.FinishDigest(ctx, "C0NEWSDESK", slot, "1769583605.000100"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := b.TouchDigest(ctx, "C0NEWSDESK", slot, clock.Add(time.Hour)); ok {
		t.Error("touched a finished claim")
	}
}

func TestPing(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "ping.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(context.Background()); err != nil {
		t.Fatalf("Ping on an open store: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(context.Background()); err == nil {
		t.Error("Ping on a closed store succeeded")
	}
}
