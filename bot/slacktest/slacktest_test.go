package slacktest_test

import (
	"context"
	"errors"
	"net/http"
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
