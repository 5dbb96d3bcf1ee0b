package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// Slack sends app_mention again, with an "edited" object, when the user
// edits the message: a typo fix must not get a second answer, but a message
// edited to add the mention (never answered) is a question like any other.
func TestEditedMentionAnsweredOnce(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.cfg.Workers = 1 // in order, so the marker is answered last
	h.start()
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", TS: "1769500100.000100", Text: "<@UNEWSBOT> when is Vermeer in Rotterdam?"})
	h.waitPosts("CNEWS", 1)
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", TS: "1769500100.000100", EditedTS: "1769500160.000000",
		Text: "<@UNEWSBOT> when is Vermeer in Rotterdam next?"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", TS: "1769500200.000200", EditedTS: "1769500230.000000",
		Text: "<@UNEWSBOT> who said the strike would go on?"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CMARKER", Text: "<@UNEWSBOT> marker"})
	h.waitPosts("CMARKER", 1)
	posts := postsIn(h.fake, "CNEWS")
	if len(posts) != 2 {
		for _, p := range posts {
			t.Logf("posted in thread %s: %s", p.ThreadTS, p.Text)
		}
		t.Fatalf("got %d answers, want 2 (the original and the message edited to add the mention)", len(posts))
	}
	if posts[1].ThreadTS != "1769500200.000200" {
		t.Errorf("second answer in thread %q, want the message edited to mention the bot", posts[1].ThreadTS)
	}
}

// What Slack sends for a mention carries markup and entities; the question
// the answers see is plain text, and the reply escapes it again.
func TestMentionMarkupDecodedAndReplyEscaped(t *testing.T) {
	var mu sync.Mutex
	var got []string
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		mu.Lock()
		got = append(got, q)
		mu.Unlock()
		return summaries.Answer{Lead: "Nothing stored on " + q}, nil
	}})
	h.cfg.Workers = 1
	h.start()
	_, ts := h.fake.SendMention(slacktest.Mention{User: "USTRANGER", Channel: "CNEWS",
		Text: "<@UNEWSBOT> did <@U024BE7LH> talk pay &amp; safety &lt;today&gt; in <#C0PORT|port-news>?"})
	p := h.waitPosts("CNEWS", 1)[0]
	if p.ThreadTS != ts {
		t.Errorf("answered in thread %q, want %q", p.ThreadTS, ts)
	}
	mu.Lock()
	if len(got) != 1 || got[0] != "did talk pay & safety <today> in #port-news?" {
		t.Errorf("Ask got %q", got)
	}
	mu.Unlock()
	all := p.Text + "\n" + blockTexts(t, p.Blocks)
	if !strings.Contains(all, "pay &amp; safety &lt;today&gt;") {
		t.Errorf("reply not re-escaped:\n%s", all)
	}

	// Only the bot's name: a hint, in the thread, and no question asked.
	_, ts = h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT>  "})
	p = h.waitPosts("CNEWS", 2)[1]
	if p.ThreadTS != ts || !strings.Contains(p.Text, "Ask me a question") {
		t.Errorf("bare mention: thread %q text %q", p.ThreadTS, p.Text)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 {
		t.Errorf("a bare mention asked %q", got[1:])
	}
}

// Whatever a user types after a slash command, the reply pings nobody,
// shows & < > escaped, and Slack accepts it.
func TestSlashCommandsWithHostileText(t *testing.T) {
	echo := func(q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Results for " + q, Items: []summaries.Item{{Text: "About " + q, Sources: []newsbot.ArticleRef{refTalks}}}}, nil
	}
	h := newHarness(t, &fakeAnswers{
		whoSaid:   func(_ context.Context, q string, _ int) (summaries.Answer, error) { return echo(q) },
		itinerary: func(_ context.Context, q string) (summaries.Answer, error) { return echo(q) },
		issues:    func(_ context.Context, q string) (summaries.Answer, error) { return echo(q) },
	})
	h.start()
	texts := []string{
		"", "   ", strings.Repeat("Vermeer ", 500), strings.Repeat("&lt;!channel&gt; ", 300),
		"Zelenskyy 🇺🇦 Зеленський 習近平 \u202eevil", "<!channel> <!here> <@U123> *bold* _it_ ~s~ `code`",
		"&lt;!channel&gt; &lt;@U123&gt; &amp;amp; <!subteam^S123|@desk> <!date^1392734382^{date}|Feb 18>",
		"\"unterminated quote", "page 99999", "share", strings.Repeat("ü", 4000), strings.Repeat("&lt;", 1000),
	}
	for _, cmd := range []string{"/whosaid", "/itinerary", "/issues", "/digest", "/ingest", "/newsbot", "/unknown"} {
		for i, text := range texts {
			_, resp := h.fake.Slash("UREPORTER", "CNEWS", cmd, text)
			r := h.waitResponses(resp, 1)[0]
			all := r.Text + "\n" + blockTexts(t, r.Blocks)
			for _, bad := range []string{"<!channel>", "<!here>", "<@U123>", "<!subteam", "<!date"} {
				if strings.Contains(all, bad) {
					t.Errorf("%s text #%d: reply contains live %q:\n%s", cmd, i, bad, all)
				}
			}
		}
	}
	if n := strings.Count(h.logs.String(), `"level":"ERROR"`); n > 0 {
		t.Errorf("%d errors logged:\n%s", n, h.logs.String())
	}
}

func manyQuotes(n int) summaries.Answer {
	a := summaries.Answer{Lead: fmt.Sprintf("Elise Vermeer (Harbour Minister): %d quotes, newest first", n)}
	for i := range n {
		a.Items = append(a.Items, summaries.Item{Quoted: true,
			Text:    fmt.Sprintf("Pay & safety come first, and the port will reopen when the union and the operators agree on point %d of the plan", i+1),
			Detail:  "Elise Vermeer, Harbour Minister, told reporters in The Hague",
			Date:    refTalks.Published,
			Sources: []newsbot.ArticleRef{refTalks, refPort}})
	}
	return a
}

// A reply too long for one message is split within Slack's limits (the
// fake refuses anything else); a response_url takes five posts, so a
// reply longer than that says it was cut.
func TestHugeAnswerPostsWithinSlackLimits(t *testing.T) {
	h := newHarness(t, &fakeAnswers{
		whoSaid: func(context.Context, string, int) (summaries.Answer, error) { return manyQuotes(500), nil },
		ask:     func(context.Context, string) (summaries.Answer, error) { return manyQuotes(120), nil },
	})
	h.start()
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Vermeer")
	h.waitResponses(resp, 1)
	if !h.fake.WaitFor(guard, func() bool { return len(h.fake.ResponsesTo(resp)) >= 5 }) {
		t.Fatalf("got %d response_url posts; logs:\n%s", len(h.fake.ResponsesTo(resp)), h.logs.String())
	}
	rs := h.fake.ResponsesTo(resp)
	last := blockTexts(t, rs[len(rs)-1].Blocks)
	if !strings.Contains(last, "more messages not shown") {
		t.Errorf("the cut reply does not say so; last message:\n%s", last)
	}

	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what did Vermeer say?"})
	posts := h.waitPosts("CNEWS", 2)
	for _, p := range posts {
		if p.ThreadTS != ts {
			t.Errorf("continuation outside the thread: %q", p.ThreadTS)
		}
	}
	if strings.Contains(h.logs.String(), "invalid_blocks") || strings.Contains(h.logs.String(), "msg_too_long") {
		t.Errorf("Slack refused a message:\n%s", h.logs.String())
	}
}

// A mention answered where the bot may not post (removed from the
// channel, archived): the cause is logged plainly and the asker is told,
// ephemerally when Slack allows it, else in a direct message. No crash,
// and the bot goes on answering elsewhere.
func TestMentionWhereBotCannotPostTellsTheUser(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.start()
	h.fake.Kick("CPRIVATE")
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CPRIVATE", Text: "<@UNEWSBOT> when is Vermeer in Rotterdam?"})
	dm := h.waitPosts("UREPORTER", 1)[0]
	if !strings.Contains(dm.Text, "/invite @newsbot") || !strings.Contains(dm.Text, "Answer to when is Vermeer in Rotterdam?") {
		t.Errorf("direct message to the asker: %q", dm.Text)
	}
	if !h.fake.WaitFor(guard, func() bool { return strings.Contains(h.logs.String(), "not_in_channel") }) {
		t.Errorf("cause not logged:\n%s", h.logs.String())
	}
	// Slack allows an ephemeral where the bot is a member but may not post
	// (an announcement channel): the asker sees why there.
	h.fake.Fail("chat.postMessage", slacktest.Fault{Error: "restricted_action"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CANNOUNCE", Text: "<@UNEWSBOT> who said the strike would go on?"})
	p := h.waitPosts("CANNOUNCE", 1)[0]
	if p.Method != "chat.postEphemeral" || p.User != "UREPORTER" || !strings.Contains(p.Text, "Answer to who said") {
		t.Errorf("ephemeral fallback: %+v", p)
	}
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> still there?"})
	h.waitPosts("CNEWS", 1)
}

// A digest channel the bot was never invited to: the error says what to
// do, the slot is released (posted once the bot is invited), never lost.
func TestDigestToChannelWithoutTheBotSaysInviteIt(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.DigestChannel = "CDIGEST"
	h.fake.Kick("CDIGEST")
	slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot)
	if posted || err == nil || !strings.Contains(err.Error(), "not_in_channel") || !strings.Contains(err.Error(), "/invite") {
		t.Fatalf("posted %v, err %v; want an error naming not_in_channel and /invite", posted, err)
	}
	if h.fake.Calls("chat.postMessage") != 1 {
		t.Errorf("chat.postMessage called %d times; a refusal is not retried", h.fake.Calls("chat.postMessage"))
	}
}

// A slash command delivered twice under different envelope ids (a retry
// after a lost ack) carries the same trigger_id: answered once, acked twice.
func TestSlashRedeliveredUnderNewEnvelopeAnsweredOnce(t *testing.T) {
	h := newHarness(t, &fakeAnswers{whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) { return quoteAnswer(q), nil }})
	h.cfg.Workers = 1
	h.start()
	payload := map[string]any{"command": "/whosaid", "text": "Vermeer", "user_id": "UREPORTER", "channel_id": "CNEWS",
		"trigger_id": "13345224609.738474920.8088930838d88f008e0", "response_url": ""}
	e1 := h.fake.SendRaw(slacktest.TypeSlashCommands, payload)
	e2 := h.fake.SendRaw(slacktest.TypeSlashCommands, payload)
	_, marker := h.fake.Slash("UREPORTER", "CMARKER", "/whosaid", "marker")
	h.waitResponses(marker, 1)
	if !h.fake.WaitFor(guard, func() bool { return h.fake.Acked(e1) && h.fake.Acked(e2) }) {
		t.Error("both deliveries must be acked")
	}
	if n := len(postsIn(h.fake, "CNEWS")); n != 1 {
		t.Errorf("answered %d times, want 1", n)
	}
}

// A 5xx leaves a post's outcome unknown; when Slack will not let the bot
// look (an app installed before the history scopes: missing_scope), the
// answer is sent again rather than lost: a rare duplicate beats silence.
func TestMentionAnsweredWhenLookupIsRefused(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.start()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Status: 500})
	h.fake.Fail("conversations.replies", slacktest.Fault{Error: "missing_scope"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> when is Vermeer in Rotterdam?"})
	if p := h.waitPosts("CNEWS", 1); len(p) != 1 {
		t.Errorf("%d posts, want 1", len(p))
	}
}

// Slack refusing the blocks (a limit this renderer does not know about)
// still gets the user an answer: the same message as plain text.
func TestRefusedBlocksFallBackToPlainText(t *testing.T) {
	h := newHarness(t, &fakeAnswers{
		ask:     func(context.Context, string) (summaries.Answer, error) { return manyQuotes(3), nil },
		whoSaid: func(context.Context, string, int) (summaries.Answer, error) { return manyQuotes(3), nil },
	})
	h.start()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Error: "invalid_blocks"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what did Vermeer say?"})
	p := h.waitPosts("CNEWS", 1)[0]
	if len(p.Blocks) != 0 || !strings.Contains(p.Text, "point 3 of the plan") || !strings.Contains(p.Text, "Pay &amp; safety") {
		t.Errorf("plain-text fallback: blocks %s text %q", p.Blocks, p.Text)
	}
	h.fake.Fail("response_url", slacktest.Fault{Status: 400})
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Vermeer")
	r := h.waitResponses(resp, 1)[0]
	if len(r.Blocks) != 0 && string(r.Blocks) != "null" || !strings.Contains(r.Text, "point 3 of the plan") {
		t.Errorf("response_url fallback: blocks %s text %q", r.Blocks, r.Text)
	}
}

// A response_url Slack no longer takes (expired, used up: a 404) does not
// swallow the answer: it is shown ephemerally through the Web API.
func TestDeadResponseURLFallsBackToEphemeral(t *testing.T) {
	h := newHarness(t, &fakeAnswers{whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) { return quoteAnswer(q), nil }})
	h.start()
	h.fake.Fail("response_url", slacktest.Fault{Status: 404})
	h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Starmer")
	p := h.waitPosts("CNEWS", 1)[0]
	if p.Method != "chat.postEphemeral" || p.User != "UREPORTER" || !strings.Contains(p.Text, "Keir Starmer") {
		t.Errorf("fallback: %+v", p)
	}
}

// Slack's transient ok:false codes are retried like their HTTP forms; an
// internal_error may have posted, so the thread is checked first.
func TestTransientSlackErrorCodesRetried(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.start()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Error: "ratelimited"}, slacktest.Fault{Error: "internal_error", AfterPost: true})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> when is Vermeer in Rotterdam?"})
	h.waitPosts("CNEWS", 1)
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CMARKER", Text: "<@UNEWSBOT> marker"})
	h.waitPosts("CMARKER", 1)
	if n := len(postsIn(h.fake, "CNEWS")); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
}

// An ephemeral reply Slack refuses because the user is not in the channel
// reaches the user by direct message.
func TestEphemeralToUserOutsideChannelGoesToDM(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.start()
	h.fake.Fail("chat.postEphemeral", slacktest.Fault{Error: "user_not_in_channel"}, slacktest.Fault{Error: "user_not_in_channel"})
	h.fake.SendRaw(slacktest.TypeSlashCommands, map[string]any{"command": "/itinerary", "text": "", "user_id": "UREPORTER", "channel_id": "CSHARED", "trigger_id": "t-outside"})
	if p := h.waitPosts("UREPORTER", 1)[0]; p.Method != "chat.postMessage" {
		t.Errorf("got %+v", p)
	}
}

// A question that takes too long (a stuck LLM endpoint or query) still
// gets the polite reply: answering is bounded, posting has time left.
func TestSlowAnswerStillGetsAReply(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(ctx context.Context, _ string) (summaries.Answer, error) {
		<-ctx.Done()
		return summaries.Answer{}, ctx.Err()
	}})
	h.cfg.AnswerTimeout = 200 * time.Millisecond
	h.start()
	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what is still open?"})
	if p := h.waitPosts("CNEWS", 1)[0]; p.ThreadTS != ts || !strings.Contains(p.Text, "Sorry") {
		t.Errorf("got %+v", p)
	}
}
