package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
)

// deskStory is a wire-style story with the hazards article text brings to
// Slack: a quoted <!channel>, a user mention, ampersands and angle brackets.
const deskStory = `Harbour minister to visit Rotterdam as dock strike drags on

Harbour Minister Elise Vermeer will visit Rotterdam on Thursday to meet union leader Joost de Wit about the dock strike, her office said on Tuesday.

"Tell <!channel> and <@U024BE7LH> that pay & safety come first <always>," Vermeer told reporters in The Hague.

The strike, now in its second week, has left hundreds of containers stranded, and port operators have threatened to sue the union over the losses.

De Wit said the union would "stay out until the automation plan is withdrawn".`

// TestServeDeskThroughFakeSlack drives what a desk does all day against the
// real store and answers, through the fake Socket Mode server: /whosaid by
// name and by phrase, /itinerary, /issues with an editor closing and
// reopening, a question answered in its thread with its source, a pasted
// link that cannot be fetched, and the digest posted once per slot across
// two runs.
func TestServeDeskThroughFakeSlack(t *testing.T) {
	fake := slacktest.New()
	defer fake.Close()
	env := testEnv(t)
	story := filepath.Join(t.TempDir(), "strike.txt")
	if err := os.WriteFile(story, []byte(deskStory), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runBot(t, env, "", "ingest", "--published", "2026-02-03", story); err != nil {
		t.Fatal(err)
	}
	env["SLACK_BOT_TOKEN"] = "xoxb-desk"
	env["SLACK_APP_TOKEN"] = "xapp-desk"
	env["SLACK_API_URL"] = fake.APIURL()
	fake.BotToken, fake.AppToken = env["SLACK_BOT_TOKEN"], env["SLACK_APP_TOKEN"]
	env["NEWSBOT_ADMINS"] = "UEDITOR"
	env["NEWSBOT_INGEST_USERS"] = "UREPORTER"
	env["DIGEST_CHANNEL"] = "CDIGEST"

	const guard = 20 * time.Second
	srv := startServe(t, fake, env, guard)
	defer srv.cancel()
	logs, cancel, done := srv.logs, srv.cancel, srv.done
	slash := func(user, cmd, text string) string {
		t.Helper()
		_, resp := fake.Slash(user, "CNEWS", cmd, text)
		if !fake.WaitFor(guard, func() bool { return len(fake.ResponsesTo(resp)) > 0 }) {
			t.Fatalf("%s %s not answered; logs:\n%s", cmd, text, logs.String())
		}
		r := fake.ResponsesTo(resp)[0]
		return r.Text + "\n" + blockText(t, r.Blocks)
	}
	mention := func(user, text string) string {
		t.Helper()
		return mentionAnswer(t, fake, guard, logs, user, text)
	}
	noPing := func(what, s string) {
		t.Helper()
		for _, bad := range []string{"<!channel>", "<@U024BE7LH>", "<always>", " & "} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: article text reached Slack unescaped (%q):\n%s", what, bad, s)
			}
		}
	}

	got := slash("UREPORTER", "/whosaid", "Vermeer")
	if !strings.Contains(got, "Elise Vermeer") || !strings.Contains(got, "&lt;!channel&gt;") || !strings.Contains(got, "pay &amp; safety") {
		t.Errorf("/whosaid Vermeer:\n%s", got)
	}
	noPing("/whosaid Vermeer", got)

	got = slash("UREPORTER", "/whosaid", `"stay out until the automation plan"`)
	if !strings.Contains(strings.ToLower(got), "de wit") {
		t.Errorf(`/whosaid "phrase" should name de Wit:`+"\n%s", got)
	}

	got = slash("UREPORTER", "/itinerary", "Vermeer")
	if !strings.Contains(got, "Rotterdam") && !strings.Contains(got, "ROTTERDAM") {
		t.Errorf("/itinerary Vermeer lacks Rotterdam:\n%s", got)
	}

	got = slash("UREPORTER", "/issues", "")
	if !strings.Contains(got, "#1") {
		t.Fatalf("/issues lists no issue:\n%s", got)
	}
	if got = slash("UREPORTER", "/issues", "close 1"); !strings.Contains(strings.ToLower(got), "editor") {
		t.Errorf("a reporter closing an issue should be told only editors may:\n%s", got)
	}
	got = slash("UEDITOR", "/issues", "close 1")
	if !strings.Contains(strings.ToLower(got), "closed") {
		t.Errorf("editor close 1:\n%s", got)
	}
	if got = slash("UREPORTER", "/issues", ""); strings.Contains(got, "#1 ") {
		t.Errorf("closed issue #1 still listed as open:\n%s", got)
	}
	if got = slash("UEDITOR", "/issues", "reopen 1"); !strings.Contains(strings.ToLower(got), "reopen") {
		t.Errorf("editor reopen 1:\n%s", got)
	}
	if got = slash("UREPORTER", "/issues", ""); !strings.Contains(got, "#1") {
		t.Errorf("reopened issue #1 not listed:\n%s", got)
	}

	got = mention("UREPORTER", "when is Vermeer in Rotterdam?")
	if !strings.Contains(got, "Thursday") || !strings.Contains(got, "Harbour minister to visit Rotterdam") {
		t.Errorf("question answer lacks the date or its source:\n%s", got)
	}
	got = mention("UREPORTER", "what did Vermeer say about <!channel>?")
	noPing("question echoing <!channel>", got)

	// A pasted link the bot may not fetch (loopback): the user is told why.
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body><p>nothing</p></body></html>")
	}))
	defer page.Close()
	got = mention("UREPORTER", "<"+page.URL+"/story>")
	if !strings.Contains(got, "couldn't add that page") || !strings.Contains(got, "not allowed") || strings.Contains(got, "127.0.0.1") {
		t.Errorf("pasted loopback link: want a polite refusal that does not name the address:\n%s", got)
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve returned %v after shutdown", err)
	}

	// Two digest runs for the same slot (a restart, or a manual post after
	// the scheduled one): one post.
	for i := range 2 {
		out, stderr, err := runBot(t, env, "", "digest", "--post", "--date", "2026-02-04")
		if err != nil {
			t.Fatalf("digest --post run %d: %v\n%s%s", i+1, err, out, stderr)
		}
		if i == 1 && !strings.Contains(out, "already posted") {
			t.Errorf("second digest --post: %q", out)
		}
	}
	var digests []string
	for _, p := range fake.Posts() {
		// serve may also have caught up on today's slot at start-up.
		if p.Channel == "CDIGEST" && p.ThreadTS == "" && strings.Contains(p.Text, "4 February 2026") {
			digests = append(digests, p.Text+"\n"+blockText(t, p.Blocks))
		}
	}
	if len(digests) != 1 {
		t.Fatalf("digest for 4 February posted %d times, want 1", len(digests))
	}
	noPing("digest", digests[0])
	if !strings.Contains(digests[0], "Rotterdam") {
		t.Errorf("digest lacks the Rotterdam visit:\n%s", digests[0])
	}
	if t.Failed() {
		t.Logf("logs:\n%s", logs.String())
	}
}

// mentionAnswer mentions the bot in CNEWS as user and returns the text of
// its answer in the mention's thread, failing after guard.
func mentionAnswer(t *testing.T, fake *slacktest.Server, guard time.Duration, logs *syncBuffer, user, text string) string {
	t.Helper()
	_, ts := fake.SendMention(slacktest.Mention{User: user, Channel: "CNEWS", Text: "<@" + slacktest.BotUserID + "> " + text})
	var got string
	if !fake.WaitFor(guard, func() bool {
		for _, p := range fake.Posts() {
			if p.ThreadTS == ts {
				got = p.Text + "\n" + blockText(t, p.Blocks)
				return true
			}
		}
		return false
	}) {
		t.Fatalf("mention %q not answered in its thread; logs:\n%s", text, logs.String())
	}
	return got
}

// serving is `bot serve` running against a fake Slack, for the e2e tests.
type serving struct {
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error // run's error once it returns after cancel
}

// startServe runs `bot serve` with env and waits up to guard for it to
// connect to fake.
func startServe(t *testing.T, fake *slacktest.Server, env map[string]string, guard time.Duration) *serving {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	srv := &serving{logs: &syncBuffer{}, cancel: cancel, done: make(chan error, 1)}
	go func() {
		srv.done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), srv.logs, srv.logs)
	}()
	if !fake.WaitFor(guard, fake.Connected) {
		cancel()
		t.Fatalf("bot never connected; logs:\n%s", srv.logs.String())
	}
	return srv
}
