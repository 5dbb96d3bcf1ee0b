package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// guard bounds every wait; tests never assert on how long things take.
const guard = 10 * time.Second

type harness struct {
	exited chan struct{} // closed when the latest Run returns
	runErr error
	t      *testing.T
	fake   *slacktest.Server
	cfg    bot.Config
	deps   bot.Deps
	logs   *syncBuffer
	slots  *memSlots
}

// syncBuffer collects log output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newHarness(t *testing.T, answers *fakeAnswers) *harness {
	t.Helper()
	fake := slacktest.New()
	t.Cleanup(fake.Close)
	logs := &syncBuffer{}
	slots := newMemSlots()
	h := &harness{t: t, fake: fake, logs: logs, slots: slots,
		cfg: bot.Config{
			BotToken: fake.BotToken, AppToken: fake.AppToken, APIURL: fake.APIURL(),
			Admins: []string{"UEDITOR"}, IngestUsers: []string{"UREPORTER"},
			PostInterval: 5 * time.Millisecond, Workers: 4,
			// Replies still in flight at shutdown get half the guard, so a
			// slow socket close on a loaded CI machine (Run waits for the
			// socket until this timeout) does not read as a hang.
			ShutdownTimeout: guard / 2,
		},
		deps: bot.Deps{
			Answers: answers, Slots: slots.store(),
			Logger: slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		},
	}
	return h
}

// start runs the bot; the returned func cancels it and returns Run's error.
func (h *harness) start() (stop func() error) {
	h.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan struct{})
	h.exited = exited
	go func() {
		h.runErr = bot.Run(ctx, h.cfg, h.deps)
		close(exited)
	}()
	stop = func() error {
		cancel()
		select {
		case <-exited:
			return h.runErr
		case <-time.After(guard):
			return errors.New("Run did not return after cancel")
		}
	}
	h.t.Cleanup(func() { _ = stop() })
	if !h.fake.WaitFor(guard, h.fake.Connected) {
		h.t.Fatalf("bot never connected; logs:\n%s", h.logs.String())
	}
	return stop
}

func (h *harness) waitResponses(id string, n int) []slacktest.ResponsePost {
	h.t.Helper()
	if !h.fake.WaitFor(guard, func() bool { return len(h.fake.ResponsesTo(id)) >= n }) {
		h.t.Fatalf("no answer on response_url %s; logs:\n%s", id, h.logs.String())
	}
	return h.fake.ResponsesTo(id)
}

func (h *harness) waitPosts(channel string, n int) []slacktest.Post {
	h.t.Helper()
	if !h.fake.WaitFor(guard, func() bool { return len(postsIn(h.fake, channel)) >= n }) {
		h.t.Fatalf("want %d posts in %s, got %d; logs:\n%s", n, channel, len(postsIn(h.fake, channel)), h.logs.String())
	}
	return postsIn(h.fake, channel)
}

func postsIn(f *slacktest.Server, channel string) []slacktest.Post {
	var out []slacktest.Post
	for _, p := range f.Posts() {
		if p.Channel == channel {
			out = append(out, p)
		}
	}
	return out
}

func TestSlashCommandAckedAndAnswered(t *testing.T) {
	var gotQuery atomic.Value
	h := newHarness(t, &fakeAnswers{whoSaid: func(_ context.Context, q string, page int) (summaries.Answer, error) {
		gotQuery.Store(fmt.Sprintf("%s|%d", q, page))
		return quoteAnswer(q), nil
	}})
	h.start()
	env, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Starmer")
	r := h.waitResponses(resp, 1)[0]
	if !h.fake.WaitFor(guard, func() bool { return h.fake.Acked(env) }) {
		t.Errorf("envelope %s was answered but never acked", env)
	}
	if got := gotQuery.Load(); got != "Starmer|1" {
		t.Errorf("WhoSaid got %v, want Starmer|1", got)
	}
	if r.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral", r.ResponseType)
	}
	blocks := blockTexts(t, r.Blocks) + string(r.Blocks)
	for _, want := range []string{"We will not trade away our security", "<https://news.example.com/world/pm-beijing-talks|Prime minister lands in Beijing for trade talks>", "newsbot_share", "/whosaid Starmer page 2"} {
		if !strings.Contains(blocks, want) {
			t.Errorf("blocks lack %q:\n%s", want, blocks)
		}
	}
	if !strings.Contains(r.Text, "Keir Starmer") {
		t.Errorf("fallback text %q lacks the lead", r.Text)
	}
}

func TestShareKeywordAndButtonPostInChannel(t *testing.T) {
	h := newHarness(t, &fakeAnswers{whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) { return quoteAnswer(q), nil }})
	h.start()

	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Keir Starmer share")
	if r := h.waitResponses(resp, 1)[0]; r.ResponseType != "in_channel" || strings.Contains(string(r.Blocks), "newsbot_share") {
		t.Errorf("share keyword: response_type %q, blocks %s", r.ResponseType, r.Blocks)
	}

	_, resp = h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Sir Keir")
	first := h.waitResponses(resp, 1)[0]
	value := buttonValue(t, first.Blocks)
	_, act := h.fake.ClickButton("UREPORTER", "CNEWS", bot.ShareActionID, value)
	shared := h.waitResponses(act, 1)[0]
	if shared.ResponseType != "in_channel" || !strings.Contains(string(shared.Blocks), "Sir Keir") {
		t.Errorf("shared answer: response_type %q, blocks %s", shared.ResponseType, shared.Blocks)
	}
}

func buttonValue(t *testing.T, blocks json.RawMessage) string {
	t.Helper()
	var bs []struct {
		Type     string `json:"type"`
		Elements []struct {
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(blocks, &bs); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	for _, b := range bs {
		for _, e := range b.Elements {
			if e.ActionID == bot.ShareActionID {
				return e.Value
			}
		}
	}
	t.Fatalf("no share button in %s", blocks)
	return ""
}

func TestMentionAnsweredInThread(t *testing.T) {
	var questions []string
	var mu sync.Mutex
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		mu.Lock()
		questions = append(questions, q)
		mu.Unlock()
		return summaries.Answer{Lead: "Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai",
			Items: []summaries.Item{{Text: "Starmer will travel on to Shanghai on Friday to meet business leaders.", Sources: []newsbot.ArticleRef{refTalks}}}}, nil
	}})
	h.start()

	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> when is Starmer in Shanghai?"})
	p := h.waitPosts("CNEWS", 1)[0]
	if p.ThreadTS != ts {
		t.Errorf("answer thread_ts = %q, want the mention's ts %q", p.ThreadTS, ts)
	}
	if !strings.Contains(string(p.Blocks), "Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai") {
		t.Errorf("answer blocks: %s", p.Blocks)
	}
	mu.Lock()
	if len(questions) != 1 || questions[0] != "when is Starmer in Shanghai?" {
		t.Errorf("Ask got %q", questions)
	}
	mu.Unlock()

	// A mention inside a thread is answered in that thread.
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> and Beijing?", ThreadTS: "1769400000.000100"})
	if p := h.waitPosts("CNEWS", 2)[1]; p.ThreadTS != "1769400000.000100" {
		t.Errorf("threaded mention answered in %q", p.ThreadTS)
	}
}

func TestMentionURLIngestedForAllowedUserOnly(t *testing.T) {
	var ingested []string
	var mu sync.Mutex
	h := newHarness(t, &fakeAnswers{})
	h.deps.Ingest = func(_ context.Context, u string) (bot.IngestResult, error) {
		mu.Lock()
		ingested = append(ingested, u)
		mu.Unlock()
		return bot.IngestResult{Outcome: newsbot.Added, Article: refPort, People: []string{"Maria Lopez"}, Quotes: 4, Trips: 0, Issues: 1}, nil
	}
	h.start()
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> <https://news.example.com/business/port-strike>"})
	p := h.waitPosts("CNEWS", 1)[0]
	if !strings.Contains(string(p.Blocks), "4 quotes") || !strings.Contains(string(p.Blocks), "Maria Lopez") {
		t.Errorf("ingest acknowledgement: %s", p.Blocks)
	}
	h.fake.SendMention(slacktest.Mention{User: "USTRANGER", Channel: "CNEWS", Text: "<@UNEWSBOT> https://news.example.com/other"})
	p = h.waitPosts("CNEWS", 2)[1]
	if !strings.Contains(p.Text, "Sorry") {
		t.Errorf("stranger's URL: %q", p.Text)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(ingested) != 1 || ingested[0] != "https://news.example.com/business/port-strike" {
		t.Errorf("ingested %q", ingested)
	}
}

func TestEventDeliveredTwiceAnsweredOnce(t *testing.T) {
	var asks atomic.Int32
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		asks.Add(1)
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.cfg.Workers = 1 // in order, so the marker below is answered last
	h.start()
	m := slacktest.Mention{EventID: "Ev0DUPLICATE", User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> who is Li Qiang?"}
	e1, _ := h.fake.SendMention(m)
	e2, _ := h.fake.SendMention(m) // Slack's retry: same event, new envelope
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CMARKER", Text: "<@UNEWSBOT> marker"})
	h.waitPosts("CMARKER", 1)
	if got := len(postsIn(h.fake, "CNEWS")); got != 1 {
		t.Errorf("duplicate event answered %d times, want 1", got)
	}
	if !h.fake.WaitFor(guard, func() bool { return h.fake.Acked(e1) && h.fake.Acked(e2) }) {
		t.Errorf("both deliveries must be acked")
	}
	if asks.Load() != 2 {
		t.Errorf("Ask called %d times, want 2 (one per distinct event)", asks.Load())
	}
}

func TestBotMessagesIgnored(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.cfg.Workers = 1
	h.start()
	h.fake.SendMention(slacktest.Mention{User: "UOTHER", BotID: "BOTHER", Channel: "CNEWS", Text: "<@UNEWSBOT> loop?"})
	h.fake.SendMention(slacktest.Mention{User: slacktest.BotUserID, Channel: "CNEWS", Text: "<@UNEWSBOT> talking to myself"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CMARKER", Text: "<@UNEWSBOT> marker"})
	h.waitPosts("CMARKER", 1)
	if n := len(postsIn(h.fake, "CNEWS")); n != 0 {
		t.Errorf("answered %d bot messages", n)
	}
}

func TestDroppedSocketReconnectsWithoutLosingCommands(t *testing.T) {
	h := newHarness(t, &fakeAnswers{whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) { return quoteAnswer(q), nil }})
	h.cfg.Workers = 1
	h.start()
	_, r1 := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Starmer")
	h.waitResponses(r1, 1)

	h.fake.DropSocket()
	_, r2 := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Guo Jiakun") // sent while the socket is down
	h.waitResponses(r2, 1)

	// Dropped mid-envelope: the next socket dies right after delivering,
	// before the ack gets back; the one after redelivers. Answered once.
	h.fake.DropNextSocket()
	h.fake.DropSocket()
	_, r3 := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Li Qiang")
	h.waitResponses(r3, 1)
	_, r4 := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "marker")
	h.waitResponses(r4, 1)
	if n := len(h.fake.ResponsesTo(r3)); n != 1 {
		t.Errorf("command redelivered after a drop answered %d times", n)
	}
	if h.fake.Hellos() < 3 {
		t.Errorf("hellos = %d, want reconnections", h.fake.Hellos())
	}

	// Reconnecting fails a few times (Slack having a bad minute): the
	// client backs off and tries again.
	h.fake.Fail("apps.connections.open", slacktest.Fault{Status: http.StatusServiceUnavailable},
		slacktest.Fault{Status: http.StatusBadGateway}, slacktest.Fault{Error: "internal_error"})
	h.fake.DropSocket()
	_, r6 := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "after outage")
	h.waitResponses(r6, 1)

	// Slack's own disconnect request.
	hellos := h.fake.Hellos()
	h.fake.Disconnect()
	if !h.fake.WaitFor(guard, func() bool { return h.fake.Hellos() > hellos && h.fake.Connected() }) {
		t.Fatal("no reconnect after disconnect")
	}
	_, r5 := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Starmer")
	h.waitResponses(r5, 1)
}

func TestQuoteWithChannelPingIsEscaped(t *testing.T) {
	evil := summaries.Answer{
		Lead: "Jo Bloggs <!channel>: 1 quote",
		Items: []summaries.Item{{Text: "Tell <!channel> and <@U123> that profits & losses > forecasts <https://evil.example|click>", Quoted: true,
			Detail:  "Jo Bloggs, spokesperson <!here>, said",
			Sources: []newsbot.ArticleRef{{Title: "Markets <!everyone> rally", URL: "https://news.example.com/markets?a=1&b=2"}}}},
	}
	h := newHarness(t, &fakeAnswers{
		whoSaid: func(context.Context, string, int) (summaries.Answer, error) { return evil, nil },
		ask:     func(context.Context, string) (summaries.Answer, error) { return evil, nil },
	})
	h.start()
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "<!channel> Bloggs")
	r := h.waitResponses(resp, 1)[0]
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what did Jo Bloggs say?"})
	p := h.waitPosts("CNEWS", 1)[0]

	for name, s := range map[string]string{"response blocks": blockTexts(t, r.Blocks), "response text": r.Text,
		"post blocks": blockTexts(t, p.Blocks), "post text": p.Text} {
		for _, bad := range []string{"<!channel>", "<!here>", "<!everyone>", "<@U123>", "<https://evil.example|click>"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains live markup %q:\n%s", name, bad, s)
			}
		}
		if strings.Contains(s, "Tell") && !strings.Contains(s, "&lt;!channel&gt;") {
			t.Errorf("%s: quote not shown escaped:\n%s", name, s)
		}
	}
	if !strings.Contains(blockTexts(t, r.Blocks), "<https://news.example.com/markets?a=1&amp;b=2|Markets &lt;!everyone&gt; rally>") {
		t.Errorf("article link not escaped as expected:\n%s", blockTexts(t, r.Blocks))
	}
}

// blockTexts extracts every text string in the blocks, as Slack would
// render them (JSON escapes undone).
func blockTexts(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				out = append(out, s)
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
	walk(v)
	return strings.Join(out, "\n")
}

func TestIssueEditsAdminOnly(t *testing.T) {
	var changed []string
	var mu sync.Mutex
	h := newHarness(t, &fakeAnswers{})
	h.deps.Issues = &fakeIssues{
		issue: func(_ context.Context, id int64) (*newsbot.IssueRecord, error) {
			if id == 3 {
				return &newsbot.IssueRecord{ID: 3, Title: "Port strike pay dispute", Status: newsbot.IssueOpen}, nil
			}
			return nil, newsbot.ErrNotFound
		},
		status: func(_ context.Context, id int64, status string) error {
			mu.Lock()
			defer mu.Unlock()
			changed = append(changed, fmt.Sprintf("%d:%s", id, status))
			return nil
		},
	}
	h.start()
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/issues", "close 3")
	if r := h.waitResponses(resp, 1)[0]; !strings.Contains(r.Text, "only editors") {
		t.Errorf("non-admin got %q", r.Text)
	}
	_, resp = h.fake.Slash("UEDITOR", "CNEWS", "/issues", "close #3")
	if r := h.waitResponses(resp, 1)[0]; !strings.Contains(r.Text, "Closed issue #3") {
		t.Errorf("admin got %q", r.Text)
	}
	_, resp = h.fake.Slash("UEDITOR", "CNEWS", "/issues", "close 99")
	if r := h.waitResponses(resp, 1)[0]; !strings.Contains(r.Text, "no issue #99") {
		t.Errorf("missing issue: %q", r.Text)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(changed) != 1 || changed[0] != "3:closed" {
		t.Errorf("status changes %q, want only the admin's", changed)
	}
}

func TestInvalidAuthEndsRun(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(f *slacktest.Server, cfg *bot.Config)
	}{
		{"bot token rejected", func(f *slacktest.Server, cfg *bot.Config) { cfg.BotToken = "xoxb-0000-revoked-not-the-real-one" }},
		{"app token rejected", func(f *slacktest.Server, cfg *bot.Config) { cfg.AppToken = "xapp-1-A0-revoked-not-the-real-one" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, &fakeAnswers{})
			tc.setup(h.fake, &h.cfg)
			ctx, cancel := context.WithTimeout(context.Background(), guard)
			defer cancel()
			err := bot.Run(ctx, h.cfg, h.deps)
			if !errors.Is(err, bot.ErrAuth) {
				t.Fatalf("Run = %v, want ErrAuth", err)
			}
			if ctx.Err() != nil {
				t.Fatal("Run only returned at the guard deadline")
			}
			for _, tok := range []string{h.cfg.BotToken, h.cfg.AppToken} {
				if strings.Contains(err.Error(), tok) || strings.Contains(h.logs.String(), tok) {
					t.Errorf("token leaked into error or logs")
				}
			}
		})
	}
}

func TestAuthRevokedWhileRunning(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.start()
	h.fake.Revoke()
	h.fake.DropSocket()
	select {
	case <-h.exited:
		if !errors.Is(h.runErr, bot.ErrAuth) {
			t.Fatalf("Run = %v, want ErrAuth", h.runErr)
		}
	case <-time.After(guard):
		t.Fatal("Run kept going with revoked tokens")
	}
}

func TestBotTokenRevokedWhileConnected(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.start()
	h.fake.Revoke() // the socket stays up; the next post is refused
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> hello?"})
	select {
	case <-h.exited:
		if !errors.Is(h.runErr, bot.ErrAuth) {
			t.Fatalf("Run = %v, want ErrAuth", h.runErr)
		}
	case <-time.After(guard):
		t.Fatal("Run kept going after chat.postMessage said invalid_auth")
	}
}

func TestPostRetriedAfter429And5xx(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.start()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1}, slacktest.Fault{Status: http.StatusServiceUnavailable})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what is still open with China?"})
	p := h.waitPosts("CNEWS", 1)
	if len(p) != 1 || h.fake.Calls("chat.postMessage") != 3 {
		t.Errorf("posts %d, calls %d; want 1 post after 3 calls", len(p), h.fake.Calls("chat.postMessage"))
	}
	h.fake.Fail("response_url", slacktest.Fault{Status: http.StatusTooManyRequests, RetryAfter: 1})
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/itinerary", "")
	h.waitResponses(resp, 1)
}

func TestDigestPostedOncePerSlotAcrossRestart(t *testing.T) {
	now := time.Date(2026, 1, 29, 9, 30, 0, 0, time.UTC) // after the 07:00 slot, same day
	var days []time.Time
	var mu sync.Mutex
	answers := &fakeAnswers{digest: func(_ context.Context, day time.Time) (summaries.Digest, error) {
		mu.Lock()
		days = append(days, day)
		mu.Unlock()
		return summaries.Digest{Day: day, Legs: []summaries.DayLegs{{Day: time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC),
			Legs: []summaries.LegLine{{Place: "Shanghai", Country: "China", Traveler: "Keir Starmer", What: "meets business leaders", Status: "scheduled", WhenText: "on Friday", Sources: []newsbot.ArticleRef{refTalks}}}}}}, nil
	}}
	h := newHarness(t, answers)
	h.cfg.DigestChannel = "CDIGEST"
	h.deps.Now = func() time.Time { return now }

	stop := h.start()
	h.waitPosts("CDIGEST", 1)
	if err := stop(); err != nil {
		t.Fatalf("first run: %v", err)
	}

	// Restart with the same slot table: the catch-up finds the slot taken.
	stop = h.start()
	if !h.fake.WaitFor(guard, func() bool { return h.slots.claimCalls() >= 2 }) {
		t.Fatal("second run never tried to claim the slot")
	}
	if err := stop(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	posts := postsIn(h.fake, "CDIGEST")
	if len(posts) != 1 {
		t.Fatalf("digest posted %d times, want once", len(posts))
	}
	if !strings.Contains(string(posts[0].Blocks), "SHANGHAI, China: Keir Starmer") {
		t.Errorf("digest blocks: %s", posts[0].Blocks)
	}
	h.slots.mu.Lock()
	if ts := h.slots.finished["CDIGEST@2026-01-29T07:00:00Z"]; ts != posts[0].TS {
		t.Errorf("finished slot ts %q, want %q (slots %v)", ts, posts[0].TS, h.slots.finished)
	}
	h.slots.mu.Unlock()
}

func TestLongDigestContinuesInThread(t *testing.T) {
	var legs []summaries.LegLine
	for i := range 400 {
		legs = append(legs, summaries.LegLine{Place: fmt.Sprintf("City %d", i), Traveler: "Foreign Secretary Jane Doe",
			What: strings.Repeat("talks on trade, security and climate finance with regional leaders; ", 3), Status: "scheduled",
			Sources: []newsbot.ArticleRef{refTalks}})
	}
	h := newHarness(t, &fakeAnswers{digest: func(_ context.Context, day time.Time) (summaries.Digest, error) {
		return summaries.Digest{Day: day, Legs: []summaries.DayLegs{{Day: day, Legs: legs}}}, nil
	}})
	h.cfg.DigestChannel = "CDIGEST"
	h.deps.Now = func() time.Time { return time.Date(2026, 1, 29, 7, 0, 30, 0, time.UTC) }
	stop := h.start()
	if !h.fake.WaitFor(guard, func() bool {
		h.slots.mu.Lock()
		defer h.slots.mu.Unlock()
		return len(h.slots.finished) == 1
	}) {
		t.Fatalf("digest never finished; logs:\n%s", h.logs.String())
	}
	_ = stop()
	posts := postsIn(h.fake, "CDIGEST")
	if len(posts) < 2 {
		t.Fatalf("a long digest should continue in a thread, got %d posts", len(posts))
	}
	for i, p := range posts {
		if i > 0 && p.ThreadTS != posts[0].TS {
			t.Errorf("post %d thread_ts %q, want %q", i, p.ThreadTS, posts[0].TS)
		}
		var blocks []map[string]any
		if err := json.Unmarshal(p.Blocks, &blocks); err != nil {
			t.Fatal(err)
		}
		if len(blocks) > bot.MaxBlocks {
			t.Errorf("post %d has %d blocks", i, len(blocks))
		}
	}
}

func TestGracefulShutdownFinishesReplyInFlight(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		close(started)
		<-release
		return summaries.Answer{Lead: "Late but complete"}, nil
	}})
	stop := h.start()
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> slow question"})
	select {
	case <-started:
	case <-time.After(guard):
		t.Fatal("question never reached the answerer")
	}
	errc := make(chan error, 1)
	go func() { errc <- stop() }()
	close(release)
	if err := <-errc; err != nil {
		t.Fatalf("Run after cancel = %v, want nil", err)
	}
	if p := postsIn(h.fake, "CNEWS"); len(p) != 1 || !strings.Contains(p[0].Text, "Late but complete") {
		t.Errorf("reply in flight was not finished: %+v", p)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.HTTPAddr = "127.0.0.1:0"
	addr := make(chan string, 1)
	h.deps.Ready = func(a string) { addr <- a }
	h.deps.Ping = func(context.Context) error { return nil }
	h.start()
	base := "http://" + <-addr
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/newsbot", "help")
	h.waitResponses(resp, 1)

	var body string
	h.fake.WaitFor(guard, func() bool {
		body = get(t, base+"/metrics")
		return strings.Contains(body, "newsbot_replies_total 1")
	})
	for _, want := range []string{"# TYPE newsbot_acks_total counter", "newsbot_events_total 1", "newsbot_acks_total 1", "newsbot_replies_total 1", "newsbot_digest_posts_total 0"} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if hz := get(t, base+"/healthz"); !strings.Contains(hz, `"ok":true`) || !strings.Contains(hz, "last_hello") {
		t.Errorf("healthz: %s", hz)
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestTokensNeverLogged(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(context.Context, string) (summaries.Answer, error) {
		return summaries.Answer{}, errors.New("database is locked")
	}})
	h.cfg.HTTPAddr = "127.0.0.1:0"
	stop := h.start()
	h.fake.Fail("chat.postMessage", slacktest.Fault{Status: http.StatusInternalServerError})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> anything?"})
	h.waitPosts("CNEWS", 1)
	h.fake.DropSocket()
	h.fake.WaitFor(guard, func() bool { return h.fake.Hellos() >= 2 })
	h.deps.Logger.Info("config at start", "config", h.cfg)
	_ = stop()
	logs := h.logs.String()
	if !strings.Contains(logs, "database is locked") {
		t.Fatalf("expected the failure to be logged; logs:\n%s", logs)
	}
	for _, tok := range []string{h.cfg.BotToken, h.cfg.AppToken, "fakebottokenvalue", "fakeapptokenvalue"} {
		if strings.Contains(logs, tok) {
			t.Errorf("logs contain a token")
		}
		if strings.Contains(fmt.Sprint(h.cfg), tok) || strings.Contains(fmt.Sprintf("%#v", h.cfg), tok) {
			t.Errorf("Config formatting reveals a token")
		}
	}
}

func TestAcksDoNotWaitForSlowAnswers(t *testing.T) {
	release := make(chan struct{})
	h := newHarness(t, &fakeAnswers{
		whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) {
			<-release // every worker is stuck until the test lets go
			return quoteAnswer(q), nil
		},
	})
	h.cfg.Workers = 2
	h.start()
	var envs, resps []string
	for i := range 40 {
		e, r := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", fmt.Sprintf("Speaker %d", i))
		envs, resps = append(envs, e), append(resps, r)
	}
	if !h.fake.WaitFor(guard, func() bool {
		for _, e := range envs {
			if !h.fake.Acked(e) {
				return false
			}
		}
		return true
	}) {
		t.Fatal("envelopes were not all acked while answers were slow")
	}
	if n := len(h.fake.Responses()); n != 0 {
		t.Fatalf("%d answers before release", n)
	}
	close(release)
	for _, r := range resps {
		h.waitResponses(r, 1)
	}
}

func TestLoad200CommandsAndMentions(t *testing.T) {
	var calls atomic.Int32
	answer := func(q string) (summaries.Answer, error) {
		calls.Add(1)
		return summaries.Answer{Lead: "Answer: " + q}, nil
	}
	h := newHarness(t, &fakeAnswers{
		whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) { return answer(q) },
		ask:     func(_ context.Context, q string) (summaries.Answer, error) { return answer(q) },
	})
	h.cfg.PostInterval = 0 // the default second per channel; mentions go to separate channels
	h.start()
	var resps []string
	for i := range 100 {
		_, r := h.fake.Slash(fmt.Sprintf("U%03d", i), "CNEWS", "/whosaid", fmt.Sprintf("Speaker %d", i))
		resps = append(resps, r)
		h.fake.SendMention(slacktest.Mention{User: fmt.Sprintf("U%03d", i), Channel: fmt.Sprintf("C%03d", i), Text: fmt.Sprintf("<@UNEWSBOT> question %d?", i)})
	}
	for _, r := range resps {
		h.waitResponses(r, 1)
	}
	if !h.fake.WaitFor(guard, func() bool { return len(h.fake.Posts()) >= 100 }) {
		t.Fatalf("mentions answered: %d of 100", len(h.fake.Posts()))
	}
	h.fake.WaitFor(guard, func() bool { return len(h.fake.Acks()) >= 200 })
	if len(h.fake.Acks()) != 200 || len(h.fake.Responses()) != 100 || len(h.fake.Posts()) != 100 || calls.Load() != 200 {
		t.Errorf("acks %d, responses %d, posts %d, answers %d; want 200/100/100/200",
			len(h.fake.Acks()), len(h.fake.Responses()), len(h.fake.Posts()), calls.Load())
	}
}

func TestJobsAndHandlersRecoverFromPanics(t *testing.T) {
	var polls atomic.Int32
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		if strings.Contains(q, "boom") {
			panic("answerer exploded")
		}
		return summaries.Answer{Lead: "fine"}, nil
	}})
	h.cfg.FeedSchedule = "@every 1s"
	h.cfg.Feeds = []string{"https://news.example.com/rss"}
	h.cfg.Workers = 1
	h.deps.PollFeeds = func(_ context.Context, feeds []string) error {
		if polls.Add(1) == 1 {
			panic("feed parser exploded")
		}
		return nil
	}
	h.start()
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CBOOM", Text: "<@UNEWSBOT> boom"})
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> still there?"})
	h.waitPosts("CNEWS", 1)
	if !h.fake.WaitFor(guard, func() bool { return polls.Load() >= 2 }) {
		t.Fatal("feed polling stopped after a panic")
	}
	for _, want := range []string{"feed parser exploded", "answerer exploded"} {
		if !strings.Contains(h.logs.String(), want) {
			t.Errorf("panic %q not logged", want)
		}
	}
}

func TestPostDigestOnDemandOncePerSlot(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.cfg.DigestChannel = "CDIGEST"
	slot := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithTimeout(context.Background(), guard)
	defer cancel()
	for i, want := range []bool{true, false} {
		posted, err := bot.PostDigest(ctx, h.cfg, h.deps, slot)
		if err != nil || posted != want {
			t.Fatalf("call %d: posted %v, err %v; want %v", i+1, posted, err, want)
		}
	}
	if n := len(postsIn(h.fake, "CDIGEST")); n != 1 {
		t.Errorf("%d digest posts, want 1", n)
	}
	h.cfg.DigestChannel = ""
	if _, err := bot.PostDigest(ctx, h.cfg, h.deps, slot); err == nil {
		t.Error("no channel should be an error")
	}
}

func TestEventRetriedAfterRestartAnsweredOnce(t *testing.T) {
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		return summaries.Answer{Lead: "Answer to " + q}, nil
	}})
	h.cfg.Workers = 1
	m := slacktest.Mention{EventID: "Ev0RESTART", User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> what did Guo Jiakun say?"}
	stop := h.start()
	h.fake.SendMention(m)
	h.waitPosts("CNEWS", 1)
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	h.start() // same slot store: the event table survived the restart
	h.fake.SendMention(m)
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CMARKER", Text: "<@UNEWSBOT> marker"})
	h.waitPosts("CMARKER", 1)
	if n := len(postsIn(h.fake, "CNEWS")); n != 1 {
		t.Errorf("event answered %d times across a restart", n)
	}
}

func TestSlashWithoutResponseURLAnsweredEphemerally(t *testing.T) {
	h := newHarness(t, &fakeAnswers{})
	h.start()
	h.fake.SendRaw(slacktest.TypeSlashCommands, map[string]any{"command": "/itinerary", "text": "", "user_id": "UREPORTER", "channel_id": "CNEWS"})
	p := h.waitPosts("CNEWS", 1)[0]
	if p.Method != "chat.postEphemeral" || p.User != "UREPORTER" {
		t.Errorf("got %+v", p)
	}
}

// A failure behind a command or a question reaches the user as a polite
// reply, in the right place, and the cause reaches the log: never silence,
// never the raw error.
func TestFailuresAnsweredPolitelyAndLogged(t *testing.T) {
	fail := errors.New("store: database disk image is malformed")
	h := newHarness(t, &fakeAnswers{
		whoSaid: func(context.Context, string, int) (summaries.Answer, error) { return summaries.Answer{}, fail },
		ask:     func(context.Context, string) (summaries.Answer, error) { return summaries.Answer{}, fail },
	})
	h.start()
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Marsh")
	r := h.waitResponses(resp, 1)[0]
	if !strings.Contains(r.Text, "Sorry") || strings.Contains(r.Text+string(r.Blocks), "malformed") {
		t.Errorf("slash command failure: text %q blocks %s", r.Text, r.Blocks)
	}
	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> when is Marsh in Tokyo?"})
	p := h.waitPosts("CNEWS", 1)[0]
	if p.ThreadTS != ts || !strings.Contains(p.Text, "Sorry") || strings.Contains(p.Text+string(p.Blocks), "malformed") {
		t.Errorf("question failure: thread %q (want %q) text %q", p.ThreadTS, ts, p.Text)
	}
	if !h.fake.WaitFor(guard, func() bool { return strings.Count(h.logs.String(), "malformed") >= 2 }) {
		t.Errorf("the causes were not logged:\n%s", h.logs.String())
	}
}
