package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// ErrAuth is returned by Run when Slack rejects the tokens; main should exit
// non-zero so a supervisor notices.
var ErrAuth = errors.New("slack rejected the credentials")

// authErrors are the Slack error codes that no retry will fix.
var authErrors = map[string]bool{"invalid_auth": true, "not_authed": true, "account_inactive": true, "token_revoked": true, "token_expired": true}

func isAuthError(err error) bool {
	if err == nil {
		return false
	}
	if authErrors[err.Error()] {
		return true
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && authErrors[se.Err] {
		return true
	}
	sc, ok := errors.AsType[slack.StatusCodeError](err)
	return ok && (sc.Code == http.StatusUnauthorized || sc.Code == http.StatusForbidden)
}

// requestTimeout bounds one request: answering it (Config.AnswerTimeout)
// and posting the reply.
const requestTimeout = 2 * time.Minute

// job is one acked request waiting for a worker.
type job struct {
	kind    socketmode.EventType
	data    any
	retries int
}

// service is one running bot.
type service struct {
	cfg     Config
	deps    Deps
	log     *slog.Logger
	h       *Handler
	api     *slack.Client
	post    *poster
	metrics *metrics
	botUser string // the bot's own user id, from auth.test
	botID   string

	fatal chan error // an auth failure seen by a worker or job ends Run

	// Digest claims: see defaultClaimGrace.
	claimGrace, claimHeartbeat time.Duration

	retryMu sync.Mutex
	retry   map[time.Time]bool // digest slots released after a failed post, tried again by recoverDigests

	envMu sync.Mutex
	envs  map[string]time.Time // envelope ids seen recently: redeliveries are acked, not answered twice

	busy   chan struct{}  // a slot per busy answer in flight (maxBusyReplies)
	busyWG sync.WaitGroup // busy answers in flight, waited for on shutdown
}

// Run connects to Slack over Socket Mode and serves until ctx is cancelled
// (nil is returned) or Slack rejects the tokens (an error wrapping ErrAuth).
// On cancel it stops taking requests, finishes replies in flight (up to
// cfg.ShutdownTimeout) and stops the schedules before returning.
func Run(ctx context.Context, cfg Config, deps Deps) error {
	s, err := newService(cfg, deps)
	if err != nil {
		return err
	}
	auth, err := s.authTest(ctx)
	if err != nil {
		return err
	}
	s.botUser, s.botID = auth.UserID, auth.BotID
	s.log.Info("slack: authenticated", "team", auth.Team, "bot_user", auth.UserID)
	return s.serve(ctx)
}

// PostDigest posts the digest for slot to cfg.DigestChannel now, once per
// slot like the schedule (`bot digest --post`); posted is false when the
// slot had already been claimed.
func PostDigest(ctx context.Context, cfg Config, deps Deps, slot time.Time) (posted bool, err error) {
	if cfg.DigestChannel == "" {
		return false, errors.New("post digest: DIGEST_CHANNEL is not set")
	}
	s, err := newService(cfg, deps)
	if err != nil {
		return false, err
	}
	before := s.metrics.digestPosts.Load()
	if err := s.postDigest(ctx, slot, true); err != nil {
		if isAuthError(err) {
			return false, fmt.Errorf("post digest: %w: %v", ErrAuth, err)
		}
		return false, err
	}
	return s.metrics.digestPosts.Load() > before, nil
}

func newService(cfg Config, deps Deps) (*service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if deps.Answers == nil || deps.Slots == nil {
		return nil, errors.New("bot deps: Answers and Slots are required")
	}
	cfg = cfg.withDefaults()
	if deps.Logger == nil {
		deps.Logger = slog.Default()
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.HTTPClient == nil {
		deps.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	deps.HTTPClient = withRetryAfter(deps.HTTPClient)
	s := &service{
		cfg: cfg, deps: deps, log: deps.Logger, metrics: &metrics{}, fatal: make(chan error, 1),
		envs: map[string]time.Time{}, busy: make(chan struct{}, maxBusyReplies),
		h:          NewHandler(cfg, deps),
		claimGrace: defaultClaimGrace, claimHeartbeat: defaultClaimHeartbeat, retry: map[time.Time]bool{},
	}
	opts := []slack.Option{
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionHTTPClient(deps.HTTPClient),
		slack.OptionLog(log.New(slogWriter{s.log}, "", 0)),
	}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	if w := channelNameWarning(cfg.DigestChannel); w != "" {
		s.log.Warn("config: "+w, "digest_channel", cfg.DigestChannel)
	}
	s.api = slack.New(cfg.BotToken, opts...)
	s.post = newPoster(s.api, deps.HTTPClient, cfg.PostInterval, time.Now) // pacing runs on the real clock
	return s, nil
}

// NewHandler builds the Handler that Run uses, for the console and tests.
func NewHandler(cfg Config, deps Deps) *Handler {
	return &Handler{
		Answers: deps.Answers, Issues: deps.Issues, Ingest: deps.Ingest,
		Admins: cfg.Admins, IngestUsers: cfg.IngestUsers, IngestChannels: cfg.IngestChannels,
		Location: cfg.Location, Now: deps.Now,
	}
}

// authTest checks the bot token, retrying transient failures.
func (s *service) authTest(ctx context.Context) (*slack.AuthTestResponse, error) {
	var auth *slack.AuthTestResponse
	err := s.post.do(ctx, "", func() error {
		a, err := s.api.AuthTestContext(ctx)
		auth = a
		return err
	}, nil)
	if isAuthError(err) {
		return nil, fmt.Errorf("auth.test with SLACK_BOT_TOKEN: %w: %v", ErrAuth, err)
	}
	if err != nil {
		return nil, fmt.Errorf("auth.test: %w", err)
	}
	return auth, nil
}

func (s *service) serve(ctx context.Context) error {
	// Replies in flight outlive ctx by up to ShutdownTimeout.
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()

	stopHTTP, err := s.startHTTP(workCtx)
	if err != nil {
		return err
	}
	defer stopHTTP()

	sched, err := s.startSchedules(workCtx)
	if err != nil {
		return err
	}

	jobs := make(chan job, s.cfg.QueueSize)
	var workers sync.WaitGroup
	for range s.cfg.Workers {
		workers.Go(func() {
			for j := range jobs {
				s.work(workCtx, j)
			}
		})
	}

	sockCtx, stopSock := context.WithCancel(ctx)
	defer stopSock()
	smc := socketmode.New(s.api,
		socketmode.OptionPingInterval(s.cfg.PingInterval),
		socketmode.OptionLog(log.New(slogWriter{s.log}, "", 0)),
	)
	sockErr := make(chan error, 1)
	go func() { sockErr <- smc.RunContext(sockCtx) }()

	var runErr error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-sockErr:
			if ctx.Err() != nil {
				break loop
			}
			if isAuthError(err) {
				runErr = fmt.Errorf("socket mode with SLACK_APP_TOKEN: %w: %v", ErrAuth, err)
			} else {
				runErr = fmt.Errorf("socket mode: %w", err)
			}
			s.metrics.errors.Add(1)
			break loop
		case err := <-s.fatal:
			runErr = err
			break loop
		case evt := <-smc.Events:
			s.dispatch(ctx, workCtx, smc, evt, jobs)
		}
	}

	// Shut down: no new requests; finish queued and in-flight replies; stop
	// the schedules; then return.
	stopSock()
	s.log.Info("bot: shutting down")
	deadline := time.AfterFunc(s.cfg.ShutdownTimeout, stopWork)
	defer deadline.Stop()
	close(jobs)
	workers.Wait()
	s.busyWG.Wait()
	sched.stop()
	if runErr == nil {
		// The socket goroutine exits promptly on cancel; wait so nothing
		// outlives Run.
		select {
		case <-sockErr:
		case <-workCtx.Done():
		}
	}
	s.log.Info("bot: stopped")
	return runErr
}

// dispatch runs on the event loop: it acks immediately and hands the slow
// part to a worker, never blocking on a full queue.
func (s *service) dispatch(ctx, workCtx context.Context, smc *socketmode.Client, evt socketmode.Event, jobs chan<- job) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		s.log.Debug("slack: connecting")
		return
	case socketmode.EventTypeConnected:
		if ce, ok := evt.Data.(*socketmode.ConnectedEvent); ok && ce.ConnectionCount > 0 {
			s.metrics.reconnects.Add(1)
			s.log.Info("slack: reconnected", "connection", ce.ConnectionCount)
		}
		return
	case socketmode.EventTypeHello:
		s.metrics.setHello(s.deps.Now())
		s.log.Debug("slack: hello")
		return
	case socketmode.EventTypeConnectionError, socketmode.EventTypeIncomingError,
		socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed, socketmode.EventTypeInvalidAuth:
		s.metrics.errors.Add(1)
		s.log.Warn("slack: connection trouble", "type", string(evt.Type), "err", eventError(evt.Data))
		return
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
	default:
		return
	}
	s.metrics.events.Add(1)
	if evt.Request == nil {
		return
	}
	// Ack first: Slack retries anything not acked within 3 s.
	ackCtx, cancel := context.WithTimeout(ctx, 3*time.Second)
	err := smc.AckCtx(ackCtx, evt.Request.EnvelopeID, nil)
	cancel()
	if err != nil {
		s.metrics.errors.Add(1)
		s.log.Warn("slack: ack failed", "envelope", evt.Request.EnvelopeID, "err", err)
	} else {
		s.metrics.acks.Add(1)
	}
	if !s.firstEnvelope(evt.Request.EnvelopeID) {
		s.log.Info("slack: envelope redelivered, already handled", "envelope", evt.Request.EnvelopeID)
		return
	}
	// A command or click redelivered under a new envelope id carries the
	// same trigger_id (events are deduped by event id in the store).
	if key := triggerKey(evt.Data); key != "" && !s.firstEnvelope(key) {
		s.log.Info("slack: request redelivered, already handled", "envelope", evt.Request.EnvelopeID, "trigger", key)
		return
	}
	select {
	case jobs <- job{kind: evt.Type, data: evt.Data, retries: evt.Request.RetryAttempt}:
	default:
		s.metrics.errors.Add(1)
		s.log.Error("bot: too busy, request dropped", "type", string(evt.Type), "queue", cap(jobs))
		s.tellBusy(workCtx, evt.Data)
	}
}

// busyText answers a request dropped because the queue was full: it was
// acked, so Slack will not send it again, and the asker must not wait for
// an answer that never comes.
const busyText = "Sorry, I'm busy with many requests right now and could not take yours. Please try again in a minute."

// maxBusyReplies bounds the busy answers in flight: in a flood, past them
// requests are dropped with only a log line, as before.
const maxBusyReplies = 32

// tellBusy tells the asker of a dropped request, privately, that the bot
// is busy, off the event loop.
func (s *service) tellBusy(ctx context.Context, data any) {
	msg := Message{Text: busyText}
	var send func(ctx context.Context) error
	switch d := data.(type) {
	case slack.SlashCommand:
		send = func(ctx context.Context) error {
			return s.deliver(ctx, d.ResponseURL, d.ChannelID, d.UserID, Reply{Lead: busyText})
		}
	case slack.InteractionCallback:
		if d.ResponseURL == "" {
			return
		}
		send = func(ctx context.Context) error { return s.post.respond(ctx, d.ResponseURL, false, msg) }
	case slackevents.EventsAPIEvent:
		req, _, ok := s.mentionRequest(d)
		if !ok {
			return
		}
		send = func(ctx context.Context) error { return s.post.ephemeral(ctx, req.ChannelID, req.UserID, msg) }
	default:
		return
	}
	select {
	case s.busy <- struct{}{}:
	default:
		return
	}
	s.busyWG.Go(func() {
		defer func() { <-s.busy }()
		ctx, cancel := context.WithTimeout(ctx, busyTimeout)
		defer cancel()
		if err := send(ctx); err != nil {
			s.metrics.errors.Add(1)
			s.log.Warn("bot: telling the user the bot is busy failed", "err", err)
			s.checkAuth(err)
		}
	})
}

// busyTimeout bounds one busy answer.
const busyTimeout = 30 * time.Second

// triggerKey identifies a slash command or interaction across deliveries.
func triggerKey(data any) string {
	switch d := data.(type) {
	case slack.SlashCommand:
		if d.TriggerID != "" {
			return "trigger:" + d.TriggerID
		}
	case slack.InteractionCallback:
		if d.TriggerID != "" {
			return "trigger:" + d.TriggerID
		}
	}
	return ""
}

func eventError(data any) string {
	switch d := data.(type) {
	case *slack.ConnectionErrorEvent:
		return fmt.Sprint(d.ErrorObj)
	case *slack.IncomingEventError:
		return fmt.Sprint(d.ErrorObj)
	case *socketmode.ErrorBadMessage:
		return fmt.Sprint(d.Cause)
	case *socketmode.ErrorWriteFailed:
		return fmt.Sprint(d.Cause)
	}
	return ""
}

// firstEnvelope remembers envelope ids for ten minutes.
func (s *service) firstEnvelope(id string) bool {
	if id == "" {
		return true
	}
	s.envMu.Lock()
	defer s.envMu.Unlock()
	now := time.Now()
	if _, seen := s.envs[id]; seen {
		return false
	}
	if len(s.envs) > 10000 {
		for k, t := range s.envs {
			if now.Sub(t) > 10*time.Minute {
				delete(s.envs, k)
			}
		}
	}
	s.envs[id] = now
	return true
}

// work handles one request on a worker; panics are recovered and logged.
func (s *service) work(ctx context.Context, j job) {
	defer func() {
		if r := recover(); r != nil {
			s.metrics.errors.Add(1)
			s.log.Error("bot: panic handling request", "type", string(j.kind), "panic", fmt.Sprint(r))
		}
	}()
	// A stuck query or fetch must not hold a worker for ever.
	ctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	var err error
	switch d := j.data.(type) {
	case slack.SlashCommand:
		err = s.slash(ctx, d)
	case slackevents.EventsAPIEvent:
		err = s.event(ctx, d)
	case slack.InteractionCallback:
		err = s.interaction(ctx, d)
	}
	if err != nil {
		s.metrics.errors.Add(1)
		s.log.Error("bot: request failed", "type", string(j.kind), "err", err)
		s.checkAuth(err)
	}
}

// checkAuth ends Run when Slack says the bot token is no longer valid:
// retrying cannot help, and a supervisor should notice.
func (s *service) checkAuth(err error) {
	if !isAuthError(err) {
		return
	}
	select {
	case s.fatal <- fmt.Errorf("slack web api with SLACK_BOT_TOKEN: %w: %v", ErrAuth, err):
	default:
	}
}

// answer runs the handler; a handler error is logged and its polite reply
// is still sent.
func (s *service) answer(ctx context.Context, req Request) (r Reply) {
	// Bounded apart from the request, so a stuck answer leaves time to
	// post the apology.
	ctx, cancel := context.WithTimeout(ctx, s.cfg.AnswerTimeout)
	defer cancel()
	// A panic while answering (an article no rule expected) still gets the
	// asker an apology: recovered in work, the request went unanswered.
	defer func() {
		if p := recover(); p != nil {
			s.metrics.errors.Add(1)
			s.log.Error("bot: panic answering request", "command", req.Command, "user", req.UserID, "panic", fmt.Sprint(p))
			r = sorry()
		}
	}()
	r, err := s.h.Handle(ctx, req)
	if err != nil {
		s.metrics.errors.Add(1)
		s.log.Error("bot: answering failed", "command", req.Command, "user", req.UserID, "err", err)
	}
	return r
}

func (s *service) slash(ctx context.Context, cmd slack.SlashCommand) error {
	s.log.Info("slack: command", "command", cmd.Command, "user", cmd.UserID, "channel", cmd.ChannelID)
	r := s.answer(ctx, Request{Kind: KindSlash, Command: cmd.Command, Text: cmd.Text, UserID: cmd.UserID, ChannelID: cmd.ChannelID})
	return s.deliver(ctx, cmd.ResponseURL, cmd.ChannelID, cmd.UserID, r)
}

// maxResponsePosts is how many times Slack lets a response_url be used.
const maxResponsePosts = 5

// deliver sends a command's reply: to the response_url when there is one,
// else as an ephemeral message or (shared) a channel post.
func (s *service) deliver(ctx context.Context, responseURL, channel, user string, r Reply) error {
	msgs := SlackMessages(r)
	var err error
	switch {
	case responseURL != "":
		// A response_url takes five posts; a longer answer is cut, saying so.
		msgs = capMessages(msgs, maxResponsePosts)
		for i, m := range msgs {
			if err = s.post.respond(ctx, responseURL, r.InChannel, m); err != nil {
				if i == 0 && responseURLGone(err) && channel != "" {
					// Expired or used up: answer through the Web API instead.
					s.log.Warn("slack: response_url refused; answering through the Web API", "channel", channel, "user", user, "err", err)
					return s.deliver(ctx, "", channel, user, r)
				}
				err = fmt.Errorf("reply %d of %d: %w", i+1, len(msgs), err)
				break
			}
		}
	case r.InChannel:
		var first string
		first, err = s.post.postAll(ctx, channel, "", msgs, newReplyMarker())
		if err != nil && first == "" && cannotPost(err) {
			return s.postElsewhere(ctx, channel, user, msgs[0], err)
		}
	default:
		for i, m := range msgs {
			if err = s.post.ephemeral(ctx, channel, user, m); err != nil {
				if i == 0 && cannotPost(err) {
					return s.postElsewhere(ctx, channel, user, m, err)
				}
				err = fmt.Errorf("reply %d of %d: %w", i+1, len(msgs), err)
				break
			}
		}
	}
	if err != nil {
		return err
	}
	s.metrics.replies.Add(1)
	return nil
}

// mentionRequest is the question an event asks the bot, if any: a user's
// app_mention, or a user's direct message; ts is the message's own.
func (s *service) mentionRequest(ev slackevents.EventsAPIEvent) (req Request, ts string, ok bool) {
	switch in := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if in.BotID != "" || in.User == "" || in.User == s.botUser {
			return Request{}, "", false
		}
		return Request{Kind: KindMention, Text: in.Text, UserID: in.User, ChannelID: in.Channel, ThreadTS: in.ThreadTimeStamp}, in.TimeStamp, true
	case *slackevents.MessageEvent:
		// Direct messages only; channel messages arrive as app_mention.
		if in.ChannelType != "im" || in.BotID != "" || in.SubType != "" || in.User == "" || in.User == s.botUser {
			return Request{}, "", false
		}
		return Request{Kind: KindMention, Text: in.Text, UserID: in.User, ChannelID: in.Channel, ThreadTS: in.ThreadTimeStamp}, in.TimeStamp, true
	}
	return Request{}, "", false
}

func (s *service) event(ctx context.Context, ev slackevents.EventsAPIEvent) error {
	var eventID string
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		eventID = cb.EventID
	}
	req, ts, ok := s.mentionRequest(ev)
	if !ok {
		return nil
	}
	// Slack retries an event under its event id, and sends app_mention
	// again (a new event, "edited" set) when the message is edited: the
	// message itself (channel and ts) is answered once. A message edited
	// to add the mention was never answered, so it is.
	var keys []string
	if eventID != "" {
		keys = append(keys, eventID)
	}
	if ts != "" {
		keys = append(keys, "msg:"+req.ChannelID+":"+ts)
	}
	for _, key := range keys {
		first, err := s.deps.Slots.SeenEvent(ctx, key)
		if err != nil {
			// Answering twice beats not answering: go on.
			s.metrics.errors.Add(1)
			s.log.Error("bot: event dedupe failed", "event", eventID, "key", key, "err", err)
		} else if !first {
			s.log.Info("slack: duplicate event or edited message ignored", "event", eventID, "key", key)
			return nil
		}
	}
	s.log.Info("slack: mention", "user", req.UserID, "channel", req.ChannelID, "event", eventID)
	r := s.answer(ctx, req)
	thread := req.ThreadTS
	if thread == "" {
		thread = ts
	}
	r.ShareCommand = "" // already public
	msgs := SlackMessages(r)
	if first, err := s.post.postAll(ctx, req.ChannelID, thread, msgs, newReplyMarker()); err != nil {
		if first == "" && cannotPost(err) {
			return s.postElsewhere(ctx, req.ChannelID, req.UserID, msgs[0], err)
		}
		return fmt.Errorf("answer mention: %w", err)
	}
	s.metrics.replies.Add(1)
	return nil
}

// responseURLGone reports whether a response_url refused a post for good
// (a 4xx other than 429): expired, used up, or unknown.
func responseURLGone(err error) bool {
	sc, ok := errors.AsType[slack.StatusCodeError](err)
	return ok && sc.Code >= 400 && sc.Code < 500 && sc.Code != http.StatusTooManyRequests
}

// channelRefusals are the Slack errors that say the bot may not post in a
// channel (not a member, archived, posting restricted): retrying cannot
// help, but the asker can still be told.
var channelRefusals = map[string]bool{
	"not_in_channel": true, "channel_not_found": true, "is_archived": true, "restricted_action": true,
	"restricted_action_read_only_channel": true, "restricted_action_thread_only_channel": true,
	"restricted_action_non_threadable_channel": true, "cannot_reply_to_message": true, "user_not_in_channel": true,
}

func cannotPost(err error) bool {
	se, ok := errors.AsType[slack.SlackErrorResponse](err)
	return ok && channelRefusals[se.Err]
}

// postElsewhere shows the asker an answer the channel refused, with why:
// ephemerally in the channel when Slack allows it, else in a direct
// message. refused is the channel's error, logged for the operator.
func (s *service) postElsewhere(ctx context.Context, channel, user string, msg Message, refused error) error {
	s.metrics.errors.Add(1)
	s.log.Warn("slack: cannot post in the channel; telling the user instead (invite the bot with /invite @newsbot)",
		"channel", channel, "user", user, "err", refused)
	if user == "" {
		return fmt.Errorf("answer in %s: %w", channel, refused)
	}
	why := "I can't post in this channel"
	code := ""
	if se, ok := errors.AsType[slack.SlackErrorResponse](refused); ok {
		code = se.Err
		why += " (Slack says " + code + ")"
	}
	if code == "not_in_channel" || code == "channel_not_found" {
		why += ". Invite me with /invite @newsbot to get answers there."
	} else {
		why += "."
	}
	m := Message{Text: Escape(why) + " " + msg.Text, Blocks: append([]slack.Block{contextBlock(Escape(why))}, msg.Blocks[:min(len(msg.Blocks), MaxBlocks-1)]...)}
	err := s.post.ephemeral(ctx, channel, user, m)
	if err == nil {
		s.metrics.replies.Add(1)
		return nil
	}
	if !cannotPost(err) {
		return fmt.Errorf("answer in %s: %w (and telling the user failed: %w)", channel, refused, err)
	}
	// Posting to a user id lands in the bot's direct messages with them.
	if _, err := s.post.post(ctx, user, "", m, newReplyMarker()); err != nil {
		return fmt.Errorf("answer in %s: %w (and the direct message failed: %w)", channel, refused, err)
	}
	s.metrics.replies.Add(1)
	return nil
}

// interaction handles the Share button: it re-runs the (read-only) command
// and posts the answer in the channel.
func (s *service) interaction(ctx context.Context, cb slack.InteractionCallback) error {
	if cb.Type != slack.InteractionTypeBlockActions {
		return nil
	}
	for _, a := range cb.ActionCallback.BlockActions {
		if a.ActionID != ShareActionID {
			continue
		}
		var v shareValue
		if err := json.Unmarshal([]byte(a.Value), &v); err != nil {
			return fmt.Errorf("share button value: %w", err)
		}
		cmd, text := splitCommand(v.Command)
		if !shareable[cmd] {
			return fmt.Errorf("share button: command %q is not shareable", truncateRunes(cmd, 40))
		}
		channel := cb.Channel.ID
		if channel == "" {
			channel = cb.Container.ChannelID
		}
		s.log.Info("slack: share", "command", cmd, "user", cb.User.ID, "channel", channel)
		r := s.answer(ctx, Request{Kind: KindSlash, Command: cmd, Text: text, UserID: cb.User.ID, ChannelID: channel})
		r.InChannel = true
		r.ShareCommand = ""
		return s.deliver(ctx, cb.ResponseURL, channel, cb.User.ID, r)
	}
	return nil
}

// slogWriter routes slack-go's own (debug-only) log lines to slog.
type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.l.Debug("slack-go", "msg", strings.TrimSpace(string(p)))
	return len(p), nil
}
