package bot_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/slack-go/slack"
)

// Delivery under faults whose outcome the bot cannot see: every bot post
// carries a metadata marker, and the bot looks for it in Slack before it
// posts again. These tests count what reached the fake Slack.

func TestMentionAnsweredOnceWhenPostOutcomeUnknown(t *testing.T) {
	cases := []struct {
		name   string
		faults []slacktest.Fault
		lookup bool // the bot must have looked before re-posting
	}{
		{"connection reset before Slack saw the post", []slacktest.Fault{{Drop: true}}, true},
		{"Slack posted it, then the connection dropped", []slacktest.Fault{{Drop: true, AfterPost: true}}, true},
		{"Slack posted it, then a proxy answered 502", []slacktest.Fault{{Status: http.StatusBadGateway, AfterPost: true}}, true},
		{"503 before Slack saw the post", []slacktest.Fault{{Status: http.StatusServiceUnavailable}}, true},
		{"two resets, then posted with the answer lost", []slacktest.Fault{{Drop: true}, {Drop: true}, {Drop: true, AfterPost: true}}, true},
		{"429 is never posted: retried without looking", []slacktest.Fault{{Status: http.StatusTooManyRequests, RetryAfter: 1}}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, &fakeAnswers{})
			// Under guard even if the socket is slow to close.
			h.cfg.ShutdownTimeout = guard / 2
			stop := h.start()
			h.fake.Fail("chat.postMessage", tc.faults...)
			_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS",
				Text: "<@" + slacktest.BotUserID + "> what is still open with the unions over the rail strike?"})
			if !h.fake.WaitFor(guard, func() bool { return len(threadPosts(h.fake, "CNEWS", ts)) > 0 }) {
				t.Fatalf("mention never answered; logs:\n%s", h.logs.String())
			}
			if err := stop(); err != nil { // finishes replies in flight
				t.Fatalf("%v; logs:\n%s", err, h.logs.String())
			}
			posts := threadPosts(h.fake, "CNEWS", ts)
			if len(posts) != 1 {
				t.Fatalf("answered %d times, want once", len(posts))
			}
			md := posts[0].Metadata
			if md == nil || md.EventType != "newsbot_reply" || md.EventPayload["id"] == "" {
				t.Errorf("reply carries no marker: %+v", md)
			}
			looked := h.fake.Calls("conversations.replies")
			if tc.lookup && looked == 0 {
				t.Error("re-posted without looking for the first attempt")
			}
			if !tc.lookup && looked != 0 {
				t.Errorf("looked %d times for a post Slack refused", looked)
			}
		})
	}
}

func TestMentionAnsweredOnceWhenLookupFailsFirst(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.ShutdownTimeout = guard / 2
	stop := h.start()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Drop: true, AfterPost: true})
	h.fake.Fail("conversations.replies", slacktest.Fault{Status: http.StatusInternalServerError}, slacktest.Fault{Drop: true})
	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS",
		Text: "<@" + slacktest.BotUserID + "> who said the strike would end by Friday?"})
	if !h.fake.WaitFor(guard, func() bool { return h.fake.Calls("conversations.replies") >= 3 }) {
		t.Fatalf("lookup not retried; logs:\n%s", h.logs.String())
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(threadPosts(h.fake, "CNEWS", ts)); n != 1 {
		t.Errorf("answered %d times, want once", n)
	}
}

func threadPosts(f *slacktest.Server, channel, ts string) []slacktest.Post {
	var out []slacktest.Post
	for _, p := range postsIn(f, channel) {
		if p.ThreadTS == ts {
			out = append(out, p)
		}
	}
	return out
}

// digestPosts are the top-level messages in channel tagged as a digest.
func digestPosts(t *testing.T, f *slacktest.Server, channel string, slot time.Time) []slacktest.Post {
	t.Helper()
	var out []slacktest.Post
	for _, p := range postsIn(f, channel) {
		if p.ThreadTS != "" {
			continue
		}
		if p.Metadata == nil || p.Metadata.EventType != "newsbot_digest" || p.Metadata.EventPayload["slot"] != slot.UTC().Format(time.RFC3339) {
			t.Errorf("digest post without its slot marker: %+v", p.Metadata)
		}
		out = append(out, p)
	}
	return out
}

func TestDigestPostThatFailsReleasesTheSlot(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.DigestChannel = "CDIGEST"
	slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Error: "not_in_channel"})
	if posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot); err == nil || posted {
		t.Fatalf("refused post: posted %v, err %v", posted, err)
	}
	if claimed, _ := h.slots.state("CDIGEST", slot); claimed {
		t.Fatal("a post Slack refused left the slot claimed: it would never be posted")
	}
	if posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot); err != nil || !posted {
		t.Fatalf("retry: posted %v, err %v", posted, err)
	}
	posts := digestPosts(t, h.fake, "CDIGEST", slot)
	if len(posts) != 1 {
		t.Fatalf("%d digests, want 1", len(posts))
	}
	if _, ts := h.slots.state("CDIGEST", slot); ts != posts[0].TS {
		t.Errorf("slot finished with ts %q, want %q", ts, posts[0].TS)
	}
}

func TestDigestPostedOnceWhenOutcomeUnknown(t *testing.T) {
	resets := make([]slacktest.Fault, 5) // every attempt of the first run
	for i := range resets {
		resets[i] = slacktest.Fault{Drop: true}
	}
	cases := []struct {
		name      string
		faults    []slacktest.Fault
		firstErr  bool // the first run gives up, leaving the slot claimed
		firstPost bool
	}{
		{"posted, then the answer was lost", []slacktest.Fault{{Drop: true, AfterPost: true}}, false, true},
		{"posted, then a 503 from a proxy", []slacktest.Fault{{Status: http.StatusServiceUnavailable, AfterPost: true}}, false, true},
		{"every attempt reset before Slack saw it", resets, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, &fakeAnswers{})
			h.cfg.DigestChannel = "CDIGEST"
			slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
			ctx, cancel := context.WithTimeout(context.Background(), 3*guard)
			defer cancel()
			h.fake.Fail("chat.postMessage", tc.faults...)
			posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot)
			if tc.firstErr != (err != nil) || posted != tc.firstPost {
				t.Fatalf("first run: posted %v, err %v", posted, err)
			}
			if tc.firstErr {
				if claimed, ts := h.slots.state("CDIGEST", slot); !claimed || ts != "" {
					t.Fatalf("unknown outcome: claimed %v ts %q, want claimed and unfinished", claimed, ts)
				}
				// The next run waits out the grace, finds nothing in the
				// channel, and posts.
				if posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot); err != nil || !posted {
					t.Fatalf("second run: posted %v, err %v", posted, err)
				}
			}
			posts := digestPosts(t, h.fake, "CDIGEST", slot)
			if len(posts) != 1 {
				t.Fatalf("%d digests, want exactly 1", len(posts))
			}
			if _, ts := h.slots.state("CDIGEST", slot); ts != posts[0].TS {
				t.Errorf("slot finished with ts %q, want %q", ts, posts[0].TS)
			}
		})
	}
}

// postTaggedDigest posts what a process that died before recording its
// post left in the channel: a message with the slot's marker.
func postTaggedDigest(t *testing.T, f *slacktest.Server, channel string, slot time.Time) string {
	t.Helper()
	api := slack.New(f.BotToken, slack.OptionAPIURL(f.APIURL()))
	_, ts, err := api.PostMessage(channel, slack.MsgOptionText("Morning digest", false), slack.MsgOptionMetadata(slack.SlackMetadata{
		EventType: "newsbot_digest", EventPayload: map[string]any{"slot": slot.UTC().Format(time.RFC3339)}}))
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func TestDigestAbandonedClaimIsCheckedThenPosted(t *testing.T) {
	slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	for _, reached := range []bool{true, false} {
		name := "crashed before the post reached Slack"
		if reached {
			name = "crashed after the post reached Slack"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, &fakeAnswers{})
			h.cfg.DigestChannel = "CDIGEST"
			// Another channel's post with the same slot must not be taken
			// for this digest.
			postTaggedDigest(t, h.fake, "COTHER", slot)
			want := ""
			if reached {
				want = postTaggedDigest(t, h.fake, "CDIGEST", slot)
			}
			h.slots.abandon("CDIGEST", slot, time.Now().Add(-time.Minute))
			ctx, cancel := context.WithTimeout(context.Background(), guard)
			defer cancel()
			posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot)
			if err != nil || posted == reached {
				t.Fatalf("posted %v, err %v", posted, err)
			}
			posts := digestPosts(t, h.fake, "CDIGEST", slot)
			if len(posts) != 1 {
				t.Fatalf("%d digests, want exactly 1", len(posts))
			}
			if !reached {
				want = posts[0].TS
			}
			if _, ts := h.slots.state("CDIGEST", slot); ts != want {
				t.Errorf("slot finished with ts %q, want %q", ts, want)
			}
			if h.fake.Calls("conversations.history") == 0 {
				t.Error("never looked in the channel")
			}
		})
	}
}

func TestDigestConcurrentRunsPostOnce(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.DigestChannel = "CDIGEST"
	slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	var mu sync.Mutex
	posted := 0
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			p, err := bot.PostDigest(ctx, h.cfg, h.deps, slot)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			if p {
				posted++
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	if n := len(digestPosts(t, h.fake, "CDIGEST", slot)); n != 1 || posted != 1 {
		t.Errorf("%d digests, %d runs said posted; want 1 and 1", n, posted)
	}
}

func TestServeRecoversTodaysAbandonedClaim(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.DigestChannel = "CDIGEST"
	now := time.Date(2026, 1, 29, 7, 5, 0, 0, time.UTC)
	h.deps.Now = func() time.Time { return now }
	today, yesterday := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC), time.Date(2026, 1, 28, 7, 0, 0, 0, time.UTC)
	h.slots.abandon("CDIGEST", today, time.Now().Add(-time.Minute))
	h.slots.abandon("CDIGEST", yesterday, time.Now().Add(-25*time.Hour))
	h.cfg.ShutdownTimeout = guard / 2
	stop := h.start()
	if !h.fake.WaitFor(guard, func() bool { _, ts := h.slots.state("CDIGEST", today); return ts != "" }) {
		t.Fatalf("today's abandoned slot never recovered; logs:\n%s", h.logs.String())
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if n := len(digestPosts(t, h.fake, "CDIGEST", today)); n != 1 {
		t.Errorf("%d digests for today, want 1", n)
	}
	if claimed, ts := h.slots.state("CDIGEST", yesterday); !claimed || ts != "" {
		t.Errorf("yesterday's slot: claimed %v ts %q; a past day is not posted late", claimed, ts)
	}
	if !strings.Contains(h.logs.String(), "taking over an abandoned claim") {
		t.Error("the take-over is not logged")
	}
}

func TestDigestPostStopsWhenClaimCannotBeRenewed(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.DigestChannel = "CDIGEST"
	slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	slots := h.slots.store()
	released := false
	slots.touch = func(context.Context, string, time.Time, time.Time) (bool, error) {
		return false, errors.New("database is locked")
	}
	slots.release = func(context.Context, string, time.Time) error {
		released = true
		return nil
	}
	h.deps.Slots = slots
	// Slack keeps failing, so the post outlives the claim's renewal window.
	for range 5 {
		h.fake.Fail("chat.postMessage", slacktest.Fault{Status: http.StatusServiceUnavailable})
	}
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot)
	if err == nil || posted || !strings.Contains(err.Error(), "claim could not be renewed") {
		t.Fatalf("posted %v, err %v; want the post stopped for its claim", posted, err)
	}
	if released {
		t.Error("a post stopped with its outcome unknown released the slot")
	}
	if claimed, ts := h.slots.state("CDIGEST", slot); !claimed || ts != "" {
		t.Errorf("claimed %v ts %q, want claimed and unfinished for recovery", claimed, ts)
	}
}
