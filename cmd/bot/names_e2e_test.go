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
	db := filepath.Join(t.TempDir(), "demo.db")
	if out, _, err := runBot(t, nil, "", "demo", "--db", db); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	fake := slacktest.New()
	defer fake.Close()
	env := map[string]string{"NEWSBOT_DB": db, "NEWSBOT_TZ": "UTC",
		"SLACK_BOT_TOKEN": fake.BotToken, "SLACK_APP_TOKEN": fake.AppToken, "SLACK_API_URL": fake.APIURL()}
	const guard = 20 * time.Second
	srv := startServe(t, fake, env, guard)
	defer srv.cancel()
	slash := func(text string) string {
		t.Helper()
		_, resp := fake.Slash("UREPORTER", "CNEWS", "/whosaid", text)
		if !fake.WaitFor(guard, func() bool { return len(fake.ResponsesTo(resp)) > 0 }) {
			t.Fatalf("/whosaid %s not answered; logs:\n%s", text, srv.logs.String())
		}
		r := fake.ResponsesTo(resp)[0]
		return r.Text + "\n" + blockText(t, r.Blocks)
	}
	for _, q := range []string{"Marsh's", "Marsh’s", "Helen-Marsh", "helen marsh's", "Marieke De-Vries"} {
		got := slash(q)
		if strings.Contains(got, "Did you mean") || !strings.Contains(got, "quote") {
			t.Errorf("/whosaid %s should list the person's quotes:\n%s", q, got)
		}
	}
	for _, q := range []string{"M", "m.", "X"} {
		got := slash(q)
		if strings.Contains(got, "may mean") || strings.Contains(got, "Helen Marsh") || !strings.Contains(got, "at least two letters") {
			t.Errorf("/whosaid %s should ask for more of the name:\n%s", q, got)
		}
	}
}
