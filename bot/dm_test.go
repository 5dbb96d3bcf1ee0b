package bot_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// A direct message to the bot is a question like a mention; edits, the
// bot's own messages and other bots' are not.
func TestDirectMessageAnswered(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.cfg.Workers = 1 // in order, so the marker is answered last
	h.start()
	im := func(ts string, extra map[string]any) map[string]any {
		ev := map[string]any{"type": "message", "channel": "D0REPORTER", "channel_type": "im", "user": "UREPORTER",
			"text": "when is Vermeer in Rotterdam?", "ts": ts, "event_ts": ts}
		for k, v := range extra {
			ev[k] = v
		}
		return ev
	}
	h.fake.SendEvent("EvDM1", im("1769500300.000100", nil))
	h.fake.SendEvent("EvDM2", im("1769500300.000200", map[string]any{"subtype": "message_changed"}))
	h.fake.SendEvent("EvDM3", im("1769500300.000300", map[string]any{"user": slacktest.BotUserID}))
	h.fake.SendEvent("EvDM4", im("1769500300.000400", map[string]any{"bot_id": "BOTHER"}))
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CMARKER", Text: "<@UNEWSBOT> marker"})
	h.waitPosts("CMARKER", 1)
	posts := postsIn(h.fake, "D0REPORTER")
	if len(posts) != 1 {
		t.Fatalf("got %d answers in the DM, want 1", len(posts))
	}
	if !strings.Contains(posts[0].Text, "Answer to when is Vermeer in Rotterdam?") {
		t.Errorf("DM answer: %q", posts[0].Text)
	}
}

// The app manifest subscribes to what the bot handles: every slash command
// it answers, mentions, and direct messages (with the scope to read them
// and the Messages tab open), so a workspace set up from the README gets
// what the README and the help text promise.
func TestManifestMatchesWhatTheBotHandles(t *testing.T) {
	b, err := os.ReadFile("../manifest.yml")
	if err != nil {
		t.Fatal(err)
	}
	m := string(b)
	for _, cmd := range []string{"/whosaid", "/itinerary", "/issues", "/ingest", "/digest", "/newsbot"} {
		if !regexp.MustCompile(`(?m)^\s*- command: ` + cmd + `\s*$`).MatchString(m) {
			t.Errorf("manifest lacks slash command %s", cmd)
		}
	}
	for _, want := range []string{`(?m)^\s*- app_mention\b`, `(?m)^\s*- message\.im\b`, `(?m)^\s*- im:history\b`,
		`(?m)^\s*- chat:write\b`, `(?m)^\s*messages_tab_enabled: true\b`, `(?m)^\s*messages_tab_read_only_enabled: false\b`} {
		if !regexp.MustCompile(want).MatchString(m) {
			t.Errorf("manifest lacks %s", want)
		}
	}
}
