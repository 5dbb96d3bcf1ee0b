package slacktest_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

func TestWebAPI(t *testing.T) {
	f := slacktest.New()
	defer f.Close()
	ctx := context.Background()
	api := slack.New(f.BotToken, slack.OptionAPIURL(f.APIURL()))
	auth, err := api.AuthTestContext(ctx)
	if err != nil || auth.UserID != slacktest.BotUserID {
		t.Fatalf("auth.test: %v %+v", err, auth)
	}
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("Talks &lt;resume&gt;", false), slack.MsgOptionTS("1.2"))
	if err != nil || ts == "" {
		t.Fatalf("postMessage: %v", err)
	}
	if p := f.Posts(); len(p) != 1 || p[0].Channel != "C1" || p[0].Text != "Talks &lt;resume&gt;" || p[0].ThreadTS != "1.2" || p[0].TS != ts {
		t.Errorf("recorded %+v", p)
	}

	f.Fail("chat.postMessage", slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 3}, slacktest.Fault{Status: http.StatusInternalServerError})
	_, _, err = api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); !ok || rl.RetryAfter != 3*time.Second {
		t.Errorf("want a 3s RateLimitedError, got %v", err)
	}
	_, _, err = api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	if sc, ok := errors.AsType[slack.StatusCodeError](err); !ok || sc.Code != 500 {
		t.Errorf("want a 500, got %v", err)
	}

	bad := slack.New("xoxb-wrong", slack.OptionAPIURL(f.APIURL()))
	if _, err := bad.AuthTestContext(ctx); err == nil || err.Error() != "invalid_auth" {
		t.Errorf("wrong token: %v", err)
	}
	f.Revoke()
	if _, err := api.AuthTestContext(ctx); err == nil || err.Error() != "invalid_auth" {
		t.Errorf("revoked token: %v", err)
	}
}

// TestSocketModeWireFormat runs slack-go's own socketmode client against the
// fake: every envelope must parse into the event the bot expects.
func TestSocketModeWireFormat(t *testing.T) {
	f := slacktest.New()
	defer f.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	api := slack.New(f.BotToken, slack.OptionAPIURL(f.APIURL()), slack.OptionAppLevelToken(f.AppToken))
	smc := socketmode.New(api)
	go func() { _ = smc.RunContext(ctx) }()

	next := func(want socketmode.EventType) socketmode.Event {
		t.Helper()
		timeout := time.After(10 * time.Second)
		for {
			select {
			case e := <-smc.Events:
				switch e.Type {
				case want:
					return e
				case socketmode.EventTypeErrorBadMessage, socketmode.EventTypeIncomingError:
					t.Fatalf("client could not parse an envelope: %+v", e.Data)
				}
			case <-timeout:
				t.Fatalf("no %s event", want)
			}
		}
	}
	next(socketmode.EventTypeHello)

	env, resp := f.Slash("U1", "C1", "/whosaid", "Starmer")
	e := next(socketmode.EventTypeSlashCommand)
	if cmd := e.Data.(slack.SlashCommand); cmd.Command != "/whosaid" || cmd.Text != "Starmer" || cmd.ResponseURL == "" || e.Request.EnvelopeID != env {
		t.Errorf("slash: %+v", cmd)
	}
	if err := smc.Ack(*e.Request); err != nil {
		t.Fatal(err)
	}
	if !f.WaitFor(10*time.Second, func() bool { return f.Acked(env) }) {
		t.Error("ack not recorded")
	}
	_ = resp

	f.SendMention(slacktest.Mention{EventID: "Ev1", User: "U1", Channel: "C1", Text: "<@UNEWSBOT> hi", ThreadTS: "1.1"})
	e = next(socketmode.EventTypeEventsAPI)
	ev := e.Data.(slackevents.EventsAPIEvent)
	m, ok := ev.InnerEvent.Data.(*slackevents.AppMentionEvent)
	if cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent); !ok || cb == nil || cb.EventID != "Ev1" || m.ThreadTimeStamp != "1.1" || m.User != "U1" {
		t.Errorf("mention: %+v %+v", ev, m)
	}

	f.ClickButton("U1", "C1", "newsbot_share", `{"c":"/whosaid Starmer"}`)
	e = next(socketmode.EventTypeInteractive)
	cb := e.Data.(slack.InteractionCallback)
	if cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) != 1 || cb.ActionCallback.BlockActions[0].Value != `{"c":"/whosaid Starmer"}` || cb.ResponseURL == "" {
		t.Errorf("interaction: %+v", cb)
	}

	// Unacked envelopes come back on the next socket.
	f.DropSocket()
	next(socketmode.EventTypeHello)
	e = next(socketmode.EventTypeEventsAPI)
	if e.Request.RetryAttempt != 1 {
		t.Errorf("redelivery retry_attempt = %d", e.Request.RetryAttempt)
	}
}

func TestConversationHistoryAndReplies(t *testing.T) {
	f := slacktest.New()
	defer f.Close()
	ctx := context.Background()
	api := slack.New(f.BotToken, slack.OptionAPIURL(f.APIURL()))
	meta := func(id string) slack.MsgOption {
		return slack.MsgOptionMetadata(slack.SlackMetadata{EventType: "newsbot_reply", EventPayload: map[string]any{"id": id}})
	}
	var top []string
	for i, text := range []string{"Unions reject the pay offer", "Talks resume on Monday", "Minister to visit Leeds"} {
		_, ts, err := api.PostMessageContext(ctx, "CNEWS", slack.MsgOptionText(text, false), meta(fmt.Sprint("top-", i)))
		if err != nil {
			t.Fatal(err)
		}
		top = append(top, ts)
	}
	_, reply, err := api.PostMessageContext(ctx, "CNEWS", slack.MsgOptionText("Sources: The Courier", false), slack.MsgOptionTS(top[0]), meta("reply-0"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.PostMessageContext(ctx, "COTHER", slack.MsgOptionText("Elsewhere", false)); err != nil {
		t.Fatal(err)
	}
	if p := f.Posts(); p[0].Metadata == nil || p[0].Metadata.EventType != "newsbot_reply" || p[0].Metadata.EventPayload["id"] != "top-0" {
		t.Errorf("metadata not recorded: %+v", p[0].Metadata)
	}

	// History: top-level only, newest first, paged, metadata on request.
	var got []string
	cursor := ""
	for pages := 0; ; pages++ {
		h, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "CNEWS", Limit: 2, Cursor: cursor, IncludeAllMetadata: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range h.Messages {
			got = append(got, m.Metadata.EventPayload["id"].(string))
		}
		if cursor = h.ResponseMetaData.NextCursor; cursor == "" || pages > 3 {
			break
		}
	}
	if fmt.Sprint(got) != "[top-2 top-1 top-0]" {
		t.Errorf("history = %v", got)
	}
	h, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "CNEWS"})
	if err != nil || len(h.Messages) != 3 || h.Messages[0].Metadata.EventType != "" {
		t.Errorf("without include_all_metadata: %v %+v", err, h)
	}
	// oldest is exclusive unless inclusive is set.
	for _, c := range []struct {
		inclusive bool
		want      int
	}{{false, 1}, {true, 2}} {
		h, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "CNEWS", Oldest: top[1], Inclusive: c.inclusive})
		if err != nil || len(h.Messages) != c.want {
			t.Errorf("oldest=%s inclusive=%v: %v, %d messages", top[1], c.inclusive, err, len(h.Messages))
		}
	}

	// Replies: the parent, then the thread.
	msgs, _, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: "CNEWS", Timestamp: top[0], IncludeAllMetadata: true})
	if err != nil || len(msgs) != 2 || msgs[0].Timestamp != top[0] || msgs[1].Timestamp != reply || msgs[1].Metadata.EventPayload["id"] != "reply-0" {
		t.Errorf("replies = %v %+v", err, msgs)
	}
}

func TestFaultsDropAndAfterPost(t *testing.T) {
	f := slacktest.New()
	defer f.Close()
	ctx := context.Background()
	api := slack.New(f.BotToken, slack.OptionAPIURL(f.APIURL()))
	f.Fail("chat.postMessage", slacktest.Fault{Drop: true}, slacktest.Fault{Drop: true, AfterPost: true}, slacktest.Fault{Status: http.StatusBadGateway, AfterPost: true})
	for i, wantPosts := range []int{0, 1, 2} {
		_, _, err := api.PostMessageContext(ctx, "CNEWS", slack.MsgOptionText("Strike called off", false))
		if err == nil {
			t.Errorf("fault %d: no error", i)
		}
		if n := len(f.Posts()); n != wantPosts {
			t.Errorf("fault %d: %d posts recorded, want %d (err %v)", i, n, wantPosts, err)
		}
	}
	if _, _, err := api.PostMessageContext(ctx, "CNEWS", slack.MsgOptionText("Strike called off", false)); err != nil {
		t.Errorf("after the faults: %v", err)
	}
}

// The fake refuses what Slack refuses: too many blocks, an oversized
// section or button value, an over-long text, and posts where the bot is
// not a member.
func TestMessageLimitsAndMembership(t *testing.T) {
	f := slacktest.New()
	defer f.Close()
	ctx := context.Background()
	api := slack.New(f.BotToken, slack.OptionAPIURL(f.APIURL()))
	section := func(n int) slack.Block {
		return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, strings.Repeat("é", n), false, false), nil, nil)
	}
	many := make([]slack.Block, 51)
	for i := range many {
		many[i] = section(10)
	}
	button := slack.NewActionBlock("a", slack.NewButtonBlockElement("b", strings.Repeat("v", 2001), slack.NewTextBlockObject(slack.PlainTextType, "Go", false, false)))
	cases := []struct {
		name string
		opts []slack.MsgOption
		want string
	}{
		{"section at the limit (characters, not bytes)", []slack.MsgOption{slack.MsgOptionText("x", false), slack.MsgOptionBlocks(section(3000))}, ""},
		{"section over the limit", []slack.MsgOption{slack.MsgOptionText("x", false), slack.MsgOptionBlocks(section(3001))}, "invalid_blocks"},
		{"51 blocks", []slack.MsgOption{slack.MsgOptionText("x", false), slack.MsgOptionBlocks(many...)}, "invalid_blocks"},
		{"button value over 2000", []slack.MsgOption{slack.MsgOptionText("x", false), slack.MsgOptionBlocks(button)}, "invalid_blocks"},
		{"text over 40000", []slack.MsgOption{slack.MsgOptionText(strings.Repeat("x", 40001), false)}, "msg_too_long"},
		{"no text", []slack.MsgOption{slack.MsgOptionText("", false)}, "no_text"},
	}
	for _, tc := range cases {
		_, _, err := api.PostMessageContext(ctx, "C1", tc.opts...)
		if got := fmt.Sprint(err); (tc.want == "" && err != nil) || (tc.want != "" && got != tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
	f.Kick("CPRIVATE")
	if _, _, err := api.PostMessageContext(ctx, "CPRIVATE", slack.MsgOptionText("x", false)); fmt.Sprint(err) != "not_in_channel" {
		t.Errorf("kicked channel: %v", err)
	}
	if _, err := api.PostEphemeralContext(ctx, "CPRIVATE", "U1", slack.MsgOptionText("x", false)); fmt.Sprint(err) != "not_in_channel" {
		t.Errorf("kicked channel, ephemeral: %v", err)
	}
}
