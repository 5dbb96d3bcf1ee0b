package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
)

// Names as people type them in Slack, against the demo's sample: a
// possessive or a hyphen for a space found "Did you mean" instead of the
// person, and one letter listed everybody whose name starts with it.
func TestWhoSaidNameVariantsThroughFakeSlack(t *testing.T) {
	slash, _ := demoServe(t)
	whosaid := func(text string) string { t.Helper(); return slash("/whosaid", text) }
	for _, q := range []string{"Marsh's", "Marsh’s", "Helen-Marsh", "helen marsh's", "Marieke De-Vries"} {
		got := whosaid(q)
		if strings.Contains(got, "Did you mean") || !strings.Contains(got, "quote") {
			t.Errorf("/whosaid %s should list the person's quotes:\n%s", q, got)
		}
	}
	for _, q := range []string{"M", "m.", "X"} {
		got := whosaid(q)
		if strings.Contains(got, "may mean") || strings.Contains(got, "Helen Marsh") || !strings.Contains(got, "at least two letters") {
			t.Errorf("/whosaid %s should ask for more of the name:\n%s", q, got)
		}
	}
}

// demoServe runs `bot serve` against a fake Slack over the demo's sample
// and returns how to send a slash command and a mention and get the
// answer's text.
func demoServe(t *testing.T) (slash func(cmd, text string) string, mention func(text string) string) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	if out, _, err := runBot(t, nil, "", "demo", "--db", db); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	fake := slacktest.New()
	t.Cleanup(fake.Close)
	env := map[string]string{"NEWSBOT_DB": db, "NEWSBOT_TZ": "UTC", "NEWSBOT_ADMINS": "UEDITOR",
		"SLACK_BOT_TOKEN": fake.BotToken, "SLACK_APP_TOKEN": fake.AppToken, "SLACK_API_URL": fake.APIURL()}
	const guard = 20 * time.Second
	srv := startServe(t, fake, env, guard)
	t.Cleanup(srv.cancel)
	slash = func(cmd, text string) string {
		t.Helper()
		_, resp := fake.Slash("UEDITOR", "CNEWS", cmd, text)
		if !fake.WaitFor(guard, func() bool { return len(fake.ResponsesTo(resp)) > 0 }) {
			t.Fatalf("%s %s not answered; logs:\n%s", cmd, text, srv.logs.String())
		}
		r := fake.ResponsesTo(resp)[0]
		return r.Text + "\n" + blockText(t, r.Blocks)
	}
	mention = func(text string) string {
		t.Helper()
		return mentionAnswer(t, fake, guard, srv.logs, "UREPORTER", text)
	}
	return slash, mention
}

// What an outsider typed at the bot: empty, huge, Slack's own markup,
// unbalanced quotes, names in other scripts, dates far ahead. Every one is
// answered, politely, within Slack's limits (the fake refuses the rest),
// with no ping let through.
func TestOddInputsThroughFakeSlack(t *testing.T) {
	slash, mention := demoServe(t)
	check := func(what, got string) {
		t.Helper()
		if strings.Contains(got, "something went wrong") || strings.TrimSpace(got) == "" {
			t.Errorf("%s: %q", what, got)
		}
		if strings.Contains(got, "<!channel>") || strings.Contains(got, "<!here>") {
			t.Errorf("%s: a ping reached Slack:\n%s", what, got)
		}
	}
	for _, c := range []struct{ cmd, text, want string }{
		{"/whosaid", "", "Usage"},
		{"/whosaid", strings.Repeat("Marsh ", 900), "Helen Marsh"},
		{"/whosaid", "<!channel>", "Usage"},
		{"/whosaid", "<!here> Marsh", "Helen Marsh"},
		{"/whosaid", `"six months late`, "Okafor"},
		{"/whosaid", "six months late\"", ""},
		{"/whosaid", "'Marsh", "Helen Marsh"},
		{"/whosaid", "“Helen Marsh", "Helen Marsh"},
		{"/whosaid", "José Núñez", "No quotes"},
		{"/whosaid", "習近平", "No quotes"},
		{"/whosaid", "🦀", "too short"},
		{"/whosaid", "Marsh page 99999999999", "page"},
		{"/digest", "2099-12-31", "2099"},
		{"/digest", "2026-02-30", "Usage"},
		{"/itinerary", "Ελένη", ""},
		{"/issues", "close 999", "no issue #999"},
		{"/issues", "rename 1 " + strings.Repeat("x", 500), "200 characters"},
		{"/newsbot", "", "Commands"},
		{"/ingest", "javascript:alert(1)", "web address"},
	} {
		got := slash(c.cmd, c.text)
		what := c.cmd + " " + c.text[:min(len(c.text), 40)]
		check(what, got)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q in\n%s", what, c.want, got)
		}
	}
	for _, q := range []string{"", "<!channel> when is Marsh in Seoul?", "when is Marsh in Seoul in 2099?", strings.Repeat("why? ", 1000)} {
		check("@newsbot "+q[:min(len(q), 40)], mention(q))
	}
}
