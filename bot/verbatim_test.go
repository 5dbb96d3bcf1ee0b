package bot_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// mrkdwnObjects returns every mrkdwn text object in raw blocks with its
// verbatim flag.
func mrkdwnObjects(t *testing.T, raw json.RawMessage) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if x["type"] == "mrkdwn" {
				text, _ := x["text"].(string)
				verbatim, _ := x["verbatim"].(bool)
				out[text] = verbatim
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	walk(v)
	return out
}

// Quotes are untrusted text: one that says "@here" or "@channel" as plain
// words (a quoted tweet, a union's group message) must not be parsed by
// Slack into a ping, in any of the ways the bot answers.
func TestPlainAtHereInQuotesIsNotParsed(t *testing.T) {
	hostile := summaries.Answer{Lead: "Dock union (union): 1 quote @here",
		Items: []summaries.Item{{Text: "@channel @here @everyone walk out now, see #general", Quoted: true, Sources: []newsbot.ArticleRef{refPort}}}}
	h := newHarness(t, &fakeAnswers{
		whoSaid: func(context.Context, string, int) (summaries.Answer, error) { return hostile, nil },
		ask:     func(context.Context, string) (summaries.Answer, error) { return hostile, nil },
	})
	h.start()

	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "dock union")
	r := h.waitResponses(resp, 1)[0]
	if r.Parse != "none" {
		t.Errorf("response_url post parse = %q, want none", r.Parse)
	}
	for text, verbatim := range mrkdwnObjects(t, r.Blocks) {
		if !verbatim {
			t.Errorf("response_url mrkdwn not verbatim: %q", text)
		}
	}

	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what did the dock union say?"})
	p := h.waitPosts("CNEWS", 1)[0]
	if p.Parse != "none" {
		t.Errorf("chat.postMessage parse = %q, want none", p.Parse)
	}
	for text, verbatim := range mrkdwnObjects(t, p.Blocks) {
		if !verbatim {
			t.Errorf("thread answer mrkdwn not verbatim: %q", text)
		}
	}
	if !strings.Contains(blockTexts(t, p.Blocks), "<https://news.example.com/business/port-strike?id=4&amp;src=rss|Port strike enters second week>") {
		t.Errorf("the citation link is gone:\n%s", blockTexts(t, p.Blocks))
	}
}
