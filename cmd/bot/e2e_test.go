package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/store"
)

// These tests run the real program: CLI → ingest → extract → SQLite →
// summaries → bot, and Slack through the fake Socket Mode server.

const storyOne = `Transport Secretary Laura Penn will visit Lisbon on Friday to meet Portuguese Infrastructure Minister Rui Costa about the high-speed rail link.

"We cannot build Europe's railways one border at a time," Penn told reporters on Tuesday.

The rail link has been stalled for two years by a dispute over who pays for the tunnel under the Tagus.

Costa said the plan was "fair to everyone who uses it", but critics accused both governments of hiding the true cost.`

func testEnv(t *testing.T) map[string]string {
	t.Helper()
	return map[string]string{"NEWSBOT_DB": filepath.Join(t.TempDir(), "newsbot.db"), "NEWSBOT_TZ": "UTC"}
}

func TestDemoTourWithoutTerminal(t *testing.T) {
	out, _, err := runBot(t, nil, "", "demo")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	for _, want := range []string{
		"3 sample articles loaded",
		"Helen Marsh (Canadian Foreign Minister)",
		"was said by Daniel Okafor",
		"Newsroom digest for Wednesday 4 March 2026",
		"Seoul",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}

// A judge or a script pipes lines into the demo: they are answered after
// the tour, not ignored.
func TestDemoAnswersPipedLines(t *testing.T) {
	out, _, err := runBot(t, nil, "/whosaid Okafor\n@newsbot who is Pieter Hendriks?\n", "demo")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	_, after, ok := strings.Cut(out, "That was the tour.")
	if !ok {
		t.Fatalf("no tour in demo output:\n%s", out)
	}
	for _, want := range []string{"Daniel Okafor", "Hendriks"} {
		if !strings.Contains(after, want) {
			t.Errorf("piped lines not answered after the tour: lacks %q\n%s", want, after)
		}
	}
}

// `go run ./cmd/bot` with no tokens and no command shows the demo.
func TestNoCommandNoTokensRunsDemo(t *testing.T) {
	out, stderr, err := runBot(t, testEnv(t), "")
	if err != nil {
		t.Fatalf("bare bot: %v\n%s", err, out)
	}
	if !strings.Contains(out, "3 sample articles loaded") || !strings.Contains(stderr, "No Slack tokens") {
		t.Errorf("bare bot without tokens: stdout %q stderr %q", out, stderr)
	}
}

func TestIngestRefusesNegativeWorkers(t *testing.T) {
	_, _, err := runBot(t, testEnv(t), "", "ingest", "--workers", "-1", "x.txt")
	if err == nil || !strings.Contains(err.Error(), "--workers") {
		t.Fatalf("err = %v, want a --workers error", err)
	}
}

func TestIngestQueryBackupRestore(t *testing.T) {
	env := testEnv(t)
	dir := t.TempDir()
	story := filepath.Join(dir, "rail.txt")
	if err := os.WriteFile(story, []byte(storyOne), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("  \n"), 0o644); err != nil {
		t.Fatal(err)
	}

	out, stderr, err := runBot(t, env, "", "ingest", "--published", "2026-02-03", story, empty)
	if exitCode(err) != exitPartial {
		t.Fatalf("ingest with one input failing: %v (exit %d), want exit %d\n%s%s", err, exitCode(err), exitPartial, out, stderr)
	}
	if !strings.Contains(out, "added 1") || !strings.Contains(out, "failed 1") || !strings.Contains(stderr, "empty.txt") {
		t.Errorf("first ingest: stdout %q stderr %q", out, stderr)
	}
	out, _, err = runBot(t, env, "", "ingest", "--workers", "1", "--published", "2026-02-03", story)
	if err != nil || !strings.Contains(out, "skipped 1") {
		t.Errorf("second ingest should skip the same article: %v %q", err, out)
	}

	out, _, err = runBot(t, env, "", "whosaid", "Penn")
	if err != nil || !strings.Contains(out, "Laura Penn") || !strings.Contains(out, "one border at a time") {
		t.Errorf("whosaid Penn: %v\n%s", err, out)
	}
	out, _, err = runBot(t, env, "", "whosaid", `"one border at a time"`)
	if err != nil || !strings.Contains(out, "Laura Penn") {
		t.Errorf("whosaid phrase: %v\n%s", err, out)
	}
	out, _, err = runBot(t, env, "", "ask", "when is Penn in Lisbon?")
	if err != nil || !strings.Contains(out, "6 February 2026") {
		t.Errorf("ask: %v\n%s", err, out)
	}
	out, _, err = runBot(t, env, "", "digest", "--date", "2026-02-05")
	if err != nil || !strings.Contains(out, "LISBON") && !strings.Contains(out, "Lisbon") {
		t.Errorf("digest: %v\n%s", err, out)
	}

	backup := filepath.Join(dir, "backup.db")
	if _, _, err := runBot(t, env, "", "backup", backup); err != nil {
		t.Fatalf("backup: %v", err)
	}
	restoreEnv := map[string]string{"NEWSBOT_DB": filepath.Join(dir, "restored.db")}
	if _, _, err := runBot(t, restoreEnv, "", "restore", backup); err != nil {
		t.Fatalf("restore: %v", err)
	}
	// The index file is restored beside the database, not left behind.
	if _, err := os.Stat(filepath.Join(dir, "restored.db.fts")); err != nil {
		t.Errorf("restored full-text index: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "restored.db.restoring.fts")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("restore left its temporary index file behind: %v", err)
	}
	out, _, err = runBot(t, restoreEnv, "", "whosaid", "Laura Penn")
	if err != nil || !strings.Contains(out, "one border at a time") {
		t.Errorf("whosaid on the restored database: %v\n%s", err, out)
	}
	out, _, err = runBot(t, restoreEnv, "", "whosaid", `"one border at a time"`)
	if err != nil || !strings.Contains(out, "Laura Penn") {
		t.Errorf("phrase search on the restored database: %v\n%s", err, out)
	}
}

func TestServeWithoutTokensPointsToConsole(t *testing.T) {
	out, _, err := runBot(t, testEnv(t), "", "serve")
	if err != nil || !strings.Contains(out, "bot console") {
		t.Errorf("serve without tokens: %v %q", err, out)
	}
}

// syncBuffer collects the program's log output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeAgainstFakeSlack(t *testing.T) {
	fake := slacktest.New()
	defer fake.Close()
	env := testEnv(t)
	story := filepath.Join(t.TempDir(), "rail.txt")
	hostile := storyOne + "\n\n\"Tell <!channel> the tunnel is safe & cheap,\" Costa added."
	if err := os.WriteFile(story, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runBot(t, env, "", "ingest", "--published", "2026-02-03", story); err != nil {
		t.Fatal(err)
	}
	env["SLACK_BOT_TOKEN"] = "xoxb-test-secret-bot"
	env["SLACK_APP_TOKEN"] = "xapp-test-secret-app"
	env["SLACK_API_URL"] = fake.APIURL()
	fake.BotToken, fake.AppToken = env["SLACK_BOT_TOKEN"], env["SLACK_APP_TOKEN"]
	env["NEWSBOT_ADMINS"] = "UEDITOR"

	guard := 20 * time.Second
	srv := startServe(t, fake, env, guard)
	logs, cancel, done := srv.logs, srv.cancel, srv.done

	env1, resp := fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Costa")
	if !fake.WaitFor(guard, func() bool { return fake.Acked(env1) && len(fake.ResponsesTo(resp)) > 0 }) {
		cancel()
		t.Fatalf("slash command not acked and answered; logs:\n%s", logs.String())
	}
	reply := fake.ResponsesTo(resp)[0]
	all := reply.Text + "\n" + blockText(t, reply.Blocks)
	if !strings.Contains(all, "Rui Costa") {
		t.Errorf("reply does not name the speaker: %s", all)
	}
	if strings.Contains(all, "<!channel>") || !strings.Contains(all, "&lt;!channel&gt;") {
		t.Errorf("a quoted <!channel> must be escaped: %s", all)
	}

	_, resp = fake.Slash("UREPORTER", "CNEWS", "/issues", "close 1")
	if !fake.WaitFor(guard, func() bool { return len(fake.ResponsesTo(resp)) > 0 }) {
		t.Fatal("issue edit by a non-admin not answered")
	}
	if r := fake.ResponsesTo(resp)[0]; !strings.Contains(strings.ToLower(r.Text), "editor") && !strings.Contains(strings.ToLower(r.Text), "admin") {
		t.Errorf("non-admin should be refused politely, got %q", r.Text)
	}

	_, ts := fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@" + slacktest.BotUserID + "> when is Penn in Lisbon?"})
	if !fake.WaitFor(guard, func() bool {
		for _, p := range fake.Posts() {
			if p.ThreadTS == ts && strings.Contains(p.Text+blockText(t, p.Blocks), "Lisbon") {
				return true
			}
		}
		return false
	}) {
		t.Errorf("mention not answered in its thread; posts: %+v", fake.Posts())
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve returned %v after shutdown", err)
	}
	for _, secret := range []string{"xoxb-test-secret-bot", "xapp-test-secret-app", "secret-bot", "secret-app"} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("logs reveal a token (%s)", secret)
		}
	}
	st, err := store.Open(context.Background(), env["NEWSBOT_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("integrity after serve: %v", err)
	}
}

// blockText gathers every string in a Block Kit payload, JSON escapes
// undone, so tests see exactly what Slack would render.
func blockText(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	if len(raw) == 0 {
		return ""
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("blocks are not JSON: %v", err)
	}
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			b.WriteString(v)
			b.WriteByte('\n')
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return b.String()
}

// `bot digest 2026-03-04` (the date without --date) printed today's
// digest as if asked for that day; an argument the command takes none of
// shows the usage instead.
func TestDigestRefusesArguments(t *testing.T) {
	for _, args := range [][]string{{"digest", "2026-03-04"}, {"console", "quit"}, {"serve", "now"}, {"demo", "x"}} {
		_, _, err := runBot(t, testEnv(t), "", args...)
		if !errors.Is(err, errUsageShown) {
			t.Errorf("%v: err = %v, want the usage", args, err)
		}
	}
}

// An unopenable database is named once, by its variable.
func TestIngestNamesTheDatabaseOnce(t *testing.T) {
	env := testEnv(t)
	env["NEWSBOT_DB"] = filepath.Join(t.TempDir(), "no-such-dir", "x.db")
	_, _, err := runBot(t, env, "", "ingest", "x.txt")
	if err == nil || !strings.HasPrefix(err.Error(), "NEWSBOT_DB: ") || strings.Count(err.Error(), "open store") != 1 {
		t.Fatalf("err = %v, want NEWSBOT_DB: open store PATH: ... once", err)
	}
}

// `bot issues` with a word it does not know showed the usage and exited 0,
// so a script could not tell a typo from an empty list.
func TestIssuesRefusesUnknownWord(t *testing.T) {
	_, _, err := runBot(t, testEnv(t), "", "issues", "opne")
	if !errors.Is(err, errUsageShown) {
		t.Fatalf("err = %v, want the usage", err)
	}
}

// "/whosaid the" or "/whosaid a" names nobody: it must not list the quotes
// of every source whose name happens to start with or contain the word
// ("a spokesman for the ministry").
func TestWhoSaidBareArticleNamesNobody(t *testing.T) {
	out, _, err := runBot(t, nil, "/whosaid the\n/whosaid a\n/whosaid an\n/whosaid the ministry\n", "demo")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	_, after, ok := strings.Cut(out, "That was the tour.")
	if !ok {
		t.Fatalf("no tour in demo output:\n%s", out)
	}
	for _, bad := range []string{"Quotes attributed to the,", "Quotes attributed to a,", "Quotes attributed to an,"} {
		if strings.Contains(after, bad) {
			t.Errorf("a bare article was taken for a source: %q\n%s", bad, after)
		}
	}
	if !strings.Contains(after, "Quotes attributed to the ministry") {
		t.Errorf("a named source is still found:\n%s", after)
	}
}
