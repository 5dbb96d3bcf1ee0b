//go:build unix

package reliability

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
)

// killBudget splits NEWSBOT_RELIABILITY_KILLS (default 54, 12 with -short)
// over the three crash scenarios: half during ingest, a quarter each
// during migration and digest posting.
func killBudget(t *testing.T) (ingest, migration, digest int) {
	def := 54
	if testing.Short() {
		def = 12
	}
	total := envInt(t, "NEWSBOT_RELIABILITY_KILLS", def)
	ingest = total / 2
	migration = (total - ingest) / 2
	return ingest, migration, total - ingest - migration
}

// expected is what `bot extract --jsonl` reads out of each archive line:
// the number of quotes, trip legs and issues an article must have once
// stored.
type expected struct{ quotes, trips, issues int }

func expectedExtraction(t *testing.T, archive string) map[string]expected {
	t.Helper()
	f, err := os.Open(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := runBot(t, nil, f, "extract", "--jsonl")
	if r.code != 0 {
		t.Fatalf("extract --jsonl: %s", r)
	}
	out := map[string]expected{}
	for line := range strings.SplitSeq(strings.TrimSpace(r.stdout), "\n") {
		var x struct {
			ID     string            `json:"id"`
			Error  string            `json:"error"`
			Quotes []json.RawMessage `json:"quotes"`
			Trips  []json.RawMessage `json:"trips"`
			Issues []json.RawMessage `json:"issues"`
		}
		if err := json.Unmarshal([]byte(line), &x); err != nil || x.Error != "" {
			t.Fatalf("extract line %q: %v %s", clip(line), err, x.Error)
		}
		out[x.ID] = expected{len(x.Quotes), len(x.Trips), len(x.Issues)}
	}
	return out
}

// checkConsistent asserts that every stored article is whole: its FTS row,
// exactly the quotes extraction finds (each with its FTS row), its trip and
// issue links; and that no derived row points at a missing article. It
// returns the number of articles stored.
func checkConsistent(t *testing.T, path string, want map[string]expected, label string) int {
	t.Helper()
	if err := integrity(t, path); err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	db := openRaw(t, path)
	defer db.Close()
	for _, q := range []string{
		// full-text rows: one per article and per quote, none orphaned
		`SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts_docsize d WHERE d.id = -a.id)`,
		`SELECT count(*) FROM articles_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = -d.id)`,
		`SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM quotes_fts_docsize d WHERE d.id = -q.id)`,
		`SELECT count(*) FROM quotes_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = -d.id)`,
		// derived rows pointing at missing articles, legs, issues
		`SELECT count(*) FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id)`,
		`SELECT count(*) FROM leg_sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)`,
		`SELECT count(*) FROM issue_articles s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)`,
		`SELECT count(*) FROM legs l WHERE NOT EXISTS (SELECT 1 FROM leg_sources s WHERE s.leg_id = l.id)`,
		`SELECT count(*) FROM people p WHERE quote_count <> (SELECT count(*) FROM quotes q WHERE q.person_id = p.id)`,
	} {
		if n := count(t, db, q); n != 0 {
			t.Errorf("%s: %d rows: %s", label, n, q)
		}
	}
	rows, err := db.Query(`SELECT a.id, a.external_id,
		(SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
		(SELECT count(*) FROM leg_sources s WHERE s.article_id = a.id),
		(SELECT count(*) FROM issue_articles s WHERE s.article_id = a.id)
		FROM articles a`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id int64
		var ext string
		var quotes, legs, issues int
		if err := rows.Scan(&id, &ext, &quotes, &legs, &issues); err != nil {
			t.Fatal(err)
		}
		n++
		w, ok := want[ext]
		switch {
		case !ok:
			t.Errorf("%s: article %d has unknown external id %q", label, id, ext)
		case quotes != w.quotes:
			t.Errorf("%s: article %s has %d quotes stored, extraction finds %d: half stored", label, ext, quotes, w.quotes)
		case (w.trips > 0) != (legs > 0):
			t.Errorf("%s: article %s has %d leg sources for %d trips", label, ext, legs, w.trips)
		case (w.issues > 0) != (issues > 0):
			t.Errorf("%s: article %s has %d issue links for %d issues", label, ext, issues, w.issues)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

var summaryRe = regexp.MustCompile(`added (\d+), updated (\d+), skipped (\d+), failed (\d+)`)

func ingestSummary(t *testing.T, r result) (added, updated, skipped, failed int) {
	t.Helper()
	m := summaryRe.FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("no ingest summary: %s", r)
	}
	v := make([]int, 4)
	for i := range v {
		v[i], _ = strconv.Atoi(m[i+1])
	}
	return v[0], v[1], v[2], v[3]
}

// TestKillDuringBulkIngest kills `bot ingest --jsonl` at random points of a
// bulk import, several times on one database, then lets it finish.
func TestKillDuringBulkIngest(t *testing.T) {
	t.Parallel()
	kills, _, _ := killBudget(t)
	if kills == 0 {
		t.Skip("NEWSBOT_RELIABILITY_KILLS=0")
	}
	rng := seeded(t)
	const stories, batch, perGroup = 200, "20", 3
	archive := writeArchive(t, 11, 0, stories)
	want := expectedExtraction(t, archive)

	// Control run: how long an uninterrupted import takes, and that the
	// invariants hold for a whole one.
	dir := t.TempDir()
	control := filepath.Join(dir, "control.db")
	t0 := time.Now()
	r := runBot(t, map[string]string{"NEWSBOT_DB": control}, nil, "ingest", "--jsonl", "--batch", batch, archive)
	full := time.Since(t0)
	if added, _, _, failed := ingestSummary(t, r); added != stories || failed != 0 {
		t.Fatalf("control import: %s", r)
	}
	if n := checkConsistent(t, control, want, "control"); n != stories {
		t.Fatalf("control import stored %d of %d", n, stories)
	}
	figure(t, "ingest control: %d stories, batch %s, %s", stories, batch, full.Round(time.Millisecond))

	var done, missed, partial int
	for g := 0; done < kills; g++ {
		path := filepath.Join(dir, fmt.Sprintf("group%02d.db", g))
		env := map[string]string{"NEWSBOT_DB": path}
		before := 0
		for k := 0; k < perGroup && done < kills && before < stories; k++ {
			// Aim inside what is left to import: stored stories are skipped fast.
			span := max(full*time.Duration(stories-before)/stories, full/4)
			d := time.Duration(rng.Int64N(int64(span)))
			killed, r := killAfter(t, env, d, "ingest", "--jsonl", "--batch", batch, archive)
			if !killed {
				missed++
				if r.code != 0 {
					t.Fatalf("group %d: unkilled import failed: %s", g, r)
				}
				before = checkConsistent(t, path, want, fmt.Sprintf("group %d unkilled run %d", g, k))
				continue
			}
			done++
			if _, err := os.Stat(path); os.IsNotExist(err) {
				continue // killed before the database was created
			}
			n := checkConsistent(t, path, want, fmt.Sprintf("group %d kill %d after %s", g, k, d.Round(time.Millisecond)))
			if n < before {
				t.Errorf("group %d: %d articles after kill %d, %d before: committed work lost", g, n, k, before)
			}
			if n > 0 && n < stories {
				partial++
			}
			before = n
		}
		// Re-running completes and adds exactly the missing ones.
		r := runBot(t, env, nil, "ingest", "--jsonl", "--batch", batch, archive)
		added, updated, skipped, failed := ingestSummary(t, r)
		if added != stories-before || skipped != before || updated != 0 || failed != 0 {
			t.Errorf("group %d: re-run after kills with %d stored: added %d, updated %d, skipped %d, failed %d; want added %d, skipped %d",
				g, before, added, updated, skipped, failed, stories-before, before)
		}
		if n := checkConsistent(t, path, want, fmt.Sprintf("group %d after re-run", g)); n != stories {
			t.Errorf("group %d: %d articles after the re-run, want %d", g, n, stories)
		}
	}
	figure(t, "ingest kills: %d (%d left a partial import), %d timers fired after the import had finished; integrity and consistency ok after each unless errors above", done, partial, missed)
}

// TestKillDuringMigration kills the bot while it creates and migrates a
// fresh database; the next open must finish the schema, each migration
// recorded once.
func TestKillDuringMigration(t *testing.T) {
	t.Parallel()
	_, kills, _ := killBudget(t)
	if kills == 0 {
		t.Skip("NEWSBOT_RELIABILITY_KILLS=0")
	}
	rng := seeded(t)
	entries, err := os.ReadDir("../store/migrations")
	if err != nil {
		t.Fatalf("list migrations: %v", err)
	}
	var versions []int
	for _, e := range entries {
		if num, _, ok := strings.Cut(e.Name(), "_"); ok && strings.HasSuffix(e.Name(), ".sql") {
			v, err := strconv.Atoi(num)
			if err != nil {
				t.Fatalf("migration %s: %v", e.Name(), err)
			}
			versions = append(versions, v)
		}
	}
	dir := t.TempDir()
	t0 := time.Now()
	if r := runBot(t, map[string]string{"NEWSBOT_DB": filepath.Join(dir, "control.db")}, nil, "issues"); r.code != 0 {
		t.Fatalf("control start-up: %s", r)
	}
	full := time.Since(t0)
	figure(t, "migration control: fresh database opened and migrated by `bot issues` in %s", full.Round(time.Millisecond))

	states := map[string]int{}
	for i := 0; i < kills; {
		path := filepath.Join(dir, fmt.Sprintf("m%03d.db", i))
		// Half the kills are timed from the start, half from the moment the
		// database file appears: creating the schema takes a few
		// milliseconds of a start-up dominated by loading the program.
		var ready func() bool
		span := full
		if rng.IntN(2) == 0 {
			ready = func() bool { _, err := os.Stat(path); return err == nil }
			span = 15 * time.Millisecond
		}
		d := time.Duration(rng.Int64N(int64(span)))
		killed, r := killWhen(t, map[string]string{"NEWSBOT_DB": path}, ready, d, "issues")
		if !killed {
			if r.code != 0 {
				t.Fatalf("unkilled start-up failed: %s", r)
			}
			states["finished before the kill"]++
			os.Remove(path)
			continue
		}
		i++
		states[migrationState(t, path)]++
		if err := integrity(t, path); err != nil {
			t.Errorf("kill %d after %s: reopen: %v", i, d.Round(time.Millisecond), err)
			continue
		}
		db := openRaw(t, path)
		for _, v := range versions {
			if n := count(t, db, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v); n != 1 {
				t.Errorf("kill %d: migration %d recorded %d times", i, v, n)
			}
		}
		if n := count(t, db, `SELECT count(*) FROM schema_migrations`); n != len(versions) {
			t.Errorf("kill %d: %d migrations recorded, want %d", i, n, len(versions))
		}
		for _, table := range []string{"articles", "articles_fts", "quotes", "quotes_fts", "people", "legs", "issues", "digests", "slack_events"} {
			if n := count(t, db, `SELECT count(*) FROM (SELECT name FROM sqlite_master UNION ALL SELECT name FROM fts.sqlite_master) WHERE name = ?`, table); n != 1 {
				t.Errorf("kill %d: table %s missing after reopen", i, table)
			}
		}
		db.Close()
		if r := runBot(t, map[string]string{"NEWSBOT_DB": path}, nil, "issues"); r.code != 0 {
			t.Errorf("kill %d: bot after reopen: %s", i, r)
		}
	}
	figure(t, "migration kills: %d; state found before reopening: %v", kills, states)
}

// migrationState says how far start-up got, read before anything reopens
// the file.
func migrationState(t *testing.T, path string) string {
	t.Helper()
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return "no database file yet"
	}
	db := openRaw(t, path)
	defer db.Close()
	var tables int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'`).Scan(&tables); err != nil {
		return "unreadable: " + err.Error()
	}
	if tables == 0 {
		return "file without schema"
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		return "unreadable: " + err.Error()
	}
	if n == 0 {
		return "schema_migrations empty (killed inside the migration)"
	}
	return "migrated"
}

// slowSlack is a proxy in front of the fake Slack that models the network
// of a freshly started process: a chat.postMessage request needs latency
// to reach Slack (connection set-up), and if the process dies in that time
// Slack never sees it; once it has arrived, Slack posts it even if the
// process dies before the answer comes back (latency again).
type slowSlack struct {
	fake     *slacktest.Server
	up       *url.URL
	srv      *httptest.Server
	latency  time.Duration
	inflight sync.WaitGroup
}

func newSlowSlack(t *testing.T, fake *slacktest.Server, latency time.Duration) *slowSlack {
	t.Helper()
	up, err := url.Parse(fake.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	s := &slowSlack{fake: fake, up: up, latency: latency}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *slowSlack) APIURL() string { return s.srv.URL + "/api/" }

func (s *slowSlack) serve(w http.ResponseWriter, r *http.Request) {
	s.inflight.Add(1)
	defer s.inflight.Done()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	if strings.HasSuffix(r.URL.Path, "chat.postMessage") {
		select {
		case <-r.Context().Done():
			return // the process died before its request got through
		case <-time.After(s.latency):
		}
	}
	req, err := http.NewRequestWithContext(context.WithoutCancel(r.Context()), r.Method, s.up.Scheme+"://"+s.up.Host+r.URL.Path, strings.NewReader(string(body)))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	req.Header = r.Header.Clone()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	time.Sleep(s.latency / 2)
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(b)
}

// TestKillDuringDigestPost kills `bot digest --post` at random points and
// runs it again: each slot must be posted exactly once overall.
func TestKillDuringDigestPost(t *testing.T) {
	t.Parallel()
	_, _, kills := killBudget(t)
	if kills == 0 {
		t.Skip("NEWSBOT_RELIABILITY_KILLS=0")
	}
	rng := seeded(t)
	fake := slacktest.New()
	defer fake.Close()
	slow := newSlowSlack(t, fake, 80*time.Millisecond)
	dir := t.TempDir()
	path := filepath.Join(dir, "digest.db")
	env := map[string]string{
		"NEWSBOT_DB": path, "NEWSBOT_TZ": "UTC",
		"SLACK_BOT_TOKEN": fake.BotToken, "SLACK_APP_TOKEN": fake.AppToken, "SLACK_API_URL": slow.APIURL(),
		"DIGEST_CHANNEL": "CDIGEST",
	}
	if r := runBot(t, env, nil, "ingest", "--jsonl", writeArchive(t, 12, 0, 40)); r.code != 0 {
		t.Fatalf("ingest: %s", r)
	}
	topLevel := func() int {
		slow.inflight.Wait()
		n := 0
		for _, p := range fake.Posts() {
			if p.Channel == "CDIGEST" && p.ThreadTS == "" {
				n++
			}
		}
		return n
	}
	day := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	t0 := time.Now()
	r := runBot(t, env, nil, "digest", "--post", "--date", day.Format(time.DateOnly))
	full := time.Since(t0)
	if r.code != 0 || topLevel() != 1 {
		t.Fatalf("control digest post: %d posts; %s", topLevel(), r)
	}
	figure(t, "digest control: `bot digest --post` in %s (Slack latency %s)", full.Round(time.Millisecond), slow.latency)

	var lost, double, ok, missed int
	var lostDays []string
	for i := 0; i < kills; {
		day = day.AddDate(0, 0, 1)
		date := day.Format(time.DateOnly)
		before := topLevel()
		d := time.Duration(rng.Int64N(int64(full)))
		killed, r := killAfter(t, env, d, "digest", "--post", "--date", date)
		if !killed {
			missed++
			if r.code != 0 {
				t.Fatalf("unkilled digest post failed: %s", r)
			}
			continue
		}
		i++
		if err := integrity(t, path); err != nil {
			t.Errorf("digest kill %d: %v", i, err)
		}
		again := runBot(t, env, nil, "digest", "--post", "--date", date)
		if again.code != 0 {
			t.Errorf("digest %s after kill: %s", date, again)
		}
		switch n := topLevel() - before; {
		case n == 1:
			ok++
		case n == 0:
			lost++
			lostDays = append(lostDays, fmt.Sprintf("%s (killed after %s; re-run said %q)", date, d.Round(time.Millisecond), strings.TrimSpace(again.stdout)))
		default:
			double++
			t.Errorf("digest for %s posted %d times (killed after %s)", date, n, d.Round(time.Millisecond))
		}
	}
	db := openRaw(t, path)
	unfinished := count(t, db, `SELECT count(*) FROM digests WHERE ts IS NULL`)
	figure(t, "digest kills: %d; slots posted once %d, lost %d, posted twice %d; %d claims without a ts; %d timers fired after the post had finished",
		kills, ok, lost, double, unfinished, missed)
	if lost > 0 {
		t.Logf("lost slots: %s", strings.Join(lostDays, "; "))
		t.Errorf("regression: %d of %d digest slots claimed but never posted: bot/schedule.go postDigest claims the slot before posting and nothing retries an unfinished claim (store.UnfinishedDigests is unused) (fixed once; see RESULTS.md)", lost, kills)
	}
}
