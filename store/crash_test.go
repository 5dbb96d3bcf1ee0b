package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// crashEnv names the database a re-executed test binary ingests into until
// it is killed.
const crashEnv = "NEWSBOT_STORE_CRASH_CHILD"

// TestMain lets the test binary act as the ingesting child of
// TestKilledDuringIngest.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		if err := crashChild(path); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashChild ingests batches (new articles and re-ingests of changed ones)
// forever, printing a line after each commit.
func crashChild(path string) error {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		return err
	}
	run, err := strconv.Atoi(os.Getenv(crashEnv + "_RUN"))
	if err != nil {
		return err
	}
	// Even runs load in bulk: the full-text index follows in the
	// background, so kills also land between a batch's commit and its
	// indexing.
	if run%2 == 0 {
		if _, err := s.BeginBulk(ctx); err != nil {
			return err
		}
	}
	for b := 0; ; b++ {
		base := run*1_000_000 + b*40
		batch := synthBatch(base, 40)
		// A quarter of the batch rewrites earlier articles of this run:
		// the update path deletes and replaces derived rows.
		for i := 0; i < 10 && b > 0; i++ {
			old := synth(run*1_000_000+(b-1)*40+i, day("2026-01-01"))
			batch[i].Article.URL = old.Article.URL
		}
		if _, err := s.SaveArticles(ctx, batch); err != nil {
			return err
		}
		if _, err := s.ClaimDigest(ctx, "C0DIGEST", time.Unix(int64(run*100000+b), 0)); err != nil {
			return err
		}
		fmt.Println("committed", b)
	}
}

func TestKilledDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	for run := 1; run <= 4; run++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path, crashEnv+"_RUN="+strconv.Itoa(run))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		for i := 0; i < 2 && sc.Scan(); i++ {
		}
		// Kill at a random point inside a later batch.
		time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()

		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatalf("run %d: reopen after kill: %v", run, err)
		}
		checkWhole(t, s, run)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// checkWhole asserts every stored article has all its derived rows.
func checkWhole(t *testing.T, s *Store, run int) {
	t.Helper()
	if err := checkDB(context.Background(), s); err != nil {
		t.Fatalf("run %d: %v", run, err)
	}
	n, _ := s.CountArticles(context.Background())
	if n == 0 {
		t.Fatalf("run %d: nothing committed before the kill", run)
	}
	for _, q := range []string{
		`SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM quotes WHERE article_id = a.id) <> 3`,
		`SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM leg_sources WHERE article_id = a.id) <> 1`,
		`SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM issue_articles WHERE article_id = a.id) <> 1`,
		`SELECT count(*) FROM people p WHERE quote_count <> (SELECT count(*) FROM quotes WHERE person_id = p.id)`,
		`SELECT count(*) FROM legs l WHERE NOT EXISTS (SELECT 1 FROM leg_sources WHERE leg_id = l.id)`,
	} {
		if bad := count(t, s, q); bad != 0 {
			t.Errorf("run %d: %d rows: %s", run, bad, q)
		}
	}
	t.Logf("run %d: %d articles whole after SIGKILL", run, n)
}
