package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// A request that finds the queue full was acked (so Slack never sends it
// again) and then dropped: the asker waited for ever. It is answered,
// privately, that the bot is busy; queued requests are still answered.
func TestRequestsDroppedFromFullQueueAreToldBusy(t *testing.T) {
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	h := newHarness(t, &fakeAnswers{whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) {
		started <- struct{}{}
		<-release
		return quoteAnswer(q), nil
	}})
	h.cfg.Workers, h.cfg.QueueSize = 1, 1
	h.start()
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	_, first := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Marsh")
	<-started // the only worker is busy with it
	_, queued := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Okafor")
	_, dropped := h.fake.Slash("UEDITOR", "CNEWS", "/whosaid", "Bakker")
	h.fake.SendMention(slacktest.Mention{User: "UDESK", Channel: "CDESK", Text: "<@UNEWSBOT> when is Marsh in Seoul?"})

	r := h.waitResponses(dropped, 1)
	if !strings.Contains(r[0].Text, "busy") || r[0].ResponseType == "in_channel" {
		t.Errorf("dropped command answered %+v, want a private busy reply", r[0])
	}
	p := h.waitPosts("CDESK", 1)
	if p[0].Method != "chat.postEphemeral" || p[0].User != "UDESK" || !strings.Contains(p[0].Text, "busy") {
		t.Errorf("dropped mention answered %+v, want an ephemeral busy reply to UDESK", p[0])
	}
	close(release)
	for _, id := range []string{first, queued} {
		if r := h.waitResponses(id, 1); strings.Contains(r[0].Text, "busy") {
			t.Errorf("a queued command was told busy: %+v", r[0])
		}
	}
}
