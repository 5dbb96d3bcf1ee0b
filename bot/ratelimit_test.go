package bot_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// A 429 whose Retry-After is an HTTP date (as HTTP allows and proxies
// send) reached the poster from slack-go as a bare strconv error and was
// never retried: the answer was lost. A 429 without the header must be
// retried too. Both, on chat.postMessage and on a response_url.
func TestRateLimitWithDateOrNoRetryAfterIsRetried(t *testing.T) {
	h := newHarness(t, &fakeAnswers{
		ask: func(_ context.Context, q string) (summaries.Answer, error) {
			return summaries.Answer{Lead: "Answer to " + q}, nil
		},
		itinerary: func(_ context.Context, _ string) (summaries.Answer, error) {
			return summaries.Answer{Lead: "Nobody travels"}, nil
		},
	})
	h.start()
	soon := func() string { return time.Now().Add(time.Second).UTC().Format(http.TimeFormat) }
	h.fake.Fail("chat.postMessage",
		slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfterHeader: soon()},
		slacktest.Fault{Status: http.StatusTooManyRequests, NoRetryAfter: true},
		slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfterHeader: "soon, please"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what is still open?"})
	if p := h.waitPosts("CNEWS", 1); len(p) != 1 || h.fake.Calls("chat.postMessage") != 4 {
		t.Errorf("posts %d, calls %d; want 1 post after 4 calls", len(p), h.fake.Calls("chat.postMessage"))
	}
	h.fake.Fail("response_url", slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfterHeader: soon()})
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/itinerary", "")
	h.waitResponses(resp, 1)
}
