package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/slack-go/slack"
)

// poster sends messages to Slack, paced per channel, retrying 429 (after
// Retry-After), 5xx, time-outs and resets a bounded number of times, and
// never posting a channel message twice: each carries a marker that is
// looked for before an attempt whose outcome is unknown is repeated.
type poster struct {
	api      *slack.Client
	hc       *http.Client
	interval time.Duration
	now      func() time.Time
	attempts int

	mu   sync.Mutex
	next map[string]time.Time // earliest time the next post to a channel may go
}

func newPoster(api *slack.Client, hc *http.Client, interval time.Duration, now func() time.Time) *poster {
	return &poster{api: api, hc: hc, interval: interval, now: now, attempts: 5, next: map[string]time.Time{}}
}

// wait reserves the channel's next slot and sleeps until it.
func (p *poster) wait(ctx context.Context, channel string) error {
	return sleep(ctx, p.reserve(channel).Sub(p.now()))
}

// reserve returns when the next post to channel may go and books it.
func (p *poster) reserve(channel string) time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	at := now
	if t := p.next[channel]; t.After(now) {
		at = t
	}
	p.next[channel] = at.Add(p.interval)
	if len(p.next) > 1000 { // forget idle channels so the map stays small
		for ch, t := range p.next {
			if t.Before(now) {
				delete(p.next, ch)
			}
		}
	}
	return at
}

// backOff pushes a channel's next slot out after a 429.
func (p *poster) backOff(channel string, d time.Duration) {
	p.mu.Lock()
	if t := p.now().Add(d); t.After(p.next[channel]) {
		p.next[channel] = t
	}
	p.mu.Unlock()
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// errMaybePosted marks a post that failed in a way that leaves its outcome
// unknown (a time-out, a reset or a 5xx after the request was sent) and
// that could not be confirmed either way: it may or may not be in Slack.
var errMaybePosted = errors.New("outcome unknown: the message may have been posted")

// failure is what a failed call tells about retrying it.
type failure struct {
	wait  time.Duration // before the next attempt
	retry bool          // a later attempt may succeed
	// sent: the request may have reached Slack, so a non-idempotent call
	// (chat.postMessage) may have taken effect although it failed.
	sent bool
}

// maxRateLimitWait bounds one wait after a 429: a Retry-After far ahead
// (a proxy's date, a clock gone wrong) must not park a reply for hours; the
// attempts and the request's deadline bound the rest.
const maxRateLimitWait = time.Minute

// classify says whether and when to try again after err, and whether the
// request may have been carried out.
func classify(err error, attempt int) failure {
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return failure{wait: min(max(rl.RetryAfter, time.Second), maxRateLimitWait), retry: true}
	}
	backoff := time.Duration(1<<attempt) * 250 * time.Millisecond
	// Slack's transient ok:false codes (https://api.slack.com/methods/chat.postMessage#errors).
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		switch se.Err {
		case "ratelimited", "service_unavailable", "request_timeout":
			return failure{wait: backoff, retry: true}
		case "internal_error", "fatal_error": // may have happened after the post
			return failure{wait: backoff, retry: true, sent: true}
		}
		return failure{}
	}
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		switch {
		case sc.Code == http.StatusTooManyRequests: // 429 without Retry-After
			return failure{wait: backoff, retry: true}
		case sc.Code >= 500: // a proxy's 5xx can come after Slack posted
			return failure{wait: backoff, retry: true, sent: true}
		}
		return failure{}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) && !isNetTimeout(err) {
		return failure{sent: true}
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return failure{wait: backoff, retry: true} // never connected
	}
	// A reset or EOF before any response (a kept-alive connection closed by
	// the other end, a proxy restarting) usually means Slack never saw the
	// request, but it may have: treat it like a time-out.
	if isNetTimeout(err) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) {
		return failure{wait: backoff, retry: true, sent: true}
	}
	return failure{}
}

func isNetTimeout(err error) bool {
	ne, ok := errors.AsType[net.Error](err)
	return ok && ne.Timeout()
}

// do runs send with pacing and retries. channel keys the pacing; "" skips
// it. When an attempt may have been carried out although it failed, found
// (if not nil) is asked before sending again, and the call succeeds
// without another send when it reports true; without found such calls are
// simply sent again. An error wraps errMaybePosted when the last attempt
// may have been carried out and found could not rule it out.
func (p *poster) do(ctx context.Context, channel string, send func() error, found func() (bool, error)) error {
	var err error
	maybe := false // an earlier attempt may have been carried out
	for attempt := range p.attempts {
		if maybe && found != nil {
			ok, ferr := found()
			if ferr == nil && ok {
				return nil
			}
			if ferr != nil {
				f := classify(ferr, attempt)
				if !f.retry || ctx.Err() != nil {
					return fmt.Errorf("%w: %w (and looking for it failed: %w)", errMaybePosted, err, ferr)
				}
				if serr := sleep(ctx, f.wait); serr != nil {
					return fmt.Errorf("%w: %w", errMaybePosted, err)
				}
				continue
			}
			maybe = false
		}
		if channel != "" {
			if werr := p.wait(ctx, channel); werr != nil {
				return p.unknown(maybe, found, werr)
			}
		}
		if err = send(); err == nil {
			return nil
		}
		f := classify(err, attempt)
		maybe = maybe || f.sent
		if !f.retry || ctx.Err() != nil {
			return p.unknown(maybe, found, err)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < f.wait {
			// The wait outlasts the request: say so now rather than
			// sleeping until the deadline.
			return p.unknown(maybe, found, fmt.Errorf("retry in %s is past the deadline: %w", f.wait, err))
		}
		// A 429 holds back every post to the channel; before a look, this
		// attempt waits itself, which also gives Slack time to show the post.
		if channel != "" && !maybe {
			p.backOff(channel, f.wait)
		} else if serr := sleep(ctx, f.wait); serr != nil {
			return p.unknown(maybe, found, err)
		}
	}
	if maybe && found != nil && ctx.Err() == nil {
		if ok, ferr := found(); ferr == nil && ok {
			return nil
		}
	}
	return p.unknown(maybe, found, fmt.Errorf("gave up after %d attempts: %w", p.attempts, err))
}

// unknown marks err with errMaybePosted when an attempt may have been
// carried out and nothing could check it.
func (p *poster) unknown(maybe bool, found func() (bool, error), err error) error {
	if maybe && found != nil {
		return fmt.Errorf("%w: %w", errMaybePosted, err)
	}
	return err
}

// Metadata event types that tag the bot's posts, so that a post whose
// outcome is unknown can be looked for before it is sent again.
const (
	replyEventType  = "newsbot_reply"
	digestEventType = "newsbot_digest"
)

// marker is the metadata that identifies one post.
type marker struct {
	eventType  string
	key, value string // the payload field that identifies the post
}

// newReplyMarker tags one bot message with a random id.
func newReplyMarker() marker {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return marker{eventType: replyEventType, key: "id", value: hex.EncodeToString(b[:])}
}

// digestMarker tags the first message of a slot's digest.
func digestMarker(slot time.Time) marker {
	return marker{eventType: digestEventType, key: "slot", value: slot.UTC().Format(time.RFC3339)}
}

func (m marker) metadata() slack.SlackMetadata {
	return slack.SlackMetadata{EventType: m.eventType, EventPayload: map[string]any{m.key: m.value}}
}

func (m marker) matches(md slack.SlackMetadata) bool {
	v, ok := md.EventPayload[m.key].(string)
	return md.EventType == m.eventType && ok && v == m.value
}

// clockSkew widens a history search for the difference between our clock
// and Slack's.
const clockSkew = 5 * time.Minute

// lookPages bounds a history search: the marked message is recent.
const lookPages = 10

// find looks for a message carrying m in channel's history, or in the
// thread threadTS when set, posted after since; it returns its ts, or ""
// when it is not there.
func (p *poster) find(ctx context.Context, channel, threadTS string, m marker, since time.Time) (string, error) {
	oldest := fmt.Sprintf("%d.000000", since.Add(-clockSkew).Unix())
	cursor := ""
	for range lookPages {
		var msgs []slack.Message
		var next string
		if threadTS != "" {
			var err error
			msgs, _, next, err = p.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
				ChannelID: channel, Timestamp: threadTS, Oldest: oldest, Inclusive: true, Limit: 200, Cursor: cursor, IncludeAllMetadata: true})
			if err != nil {
				return "", fmt.Errorf("conversations.replies: %w", err)
			}
		} else {
			h, err := p.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
				ChannelID: channel, Oldest: oldest, Inclusive: true, Limit: 200, Cursor: cursor, IncludeAllMetadata: true})
			if err != nil {
				return "", fmt.Errorf("conversations.history: %w", err)
			}
			msgs, next = h.Messages, h.ResponseMetaData.NextCursor
		}
		for _, msg := range msgs {
			if m.matches(msg.Metadata) {
				return msg.Timestamp, nil
			}
		}
		if next == "" {
			return "", nil
		}
		cursor = next
	}
	return "", nil
}

// post sends msg to a channel (in a thread when threadTS is set) and
// returns its timestamp. The message carries m; when an attempt's outcome
// is unknown, the channel or thread is searched for m before posting
// again, so a message Slack accepted is not posted twice.
func (p *poster) post(ctx context.Context, channel, threadTS string, msg Message, m marker) (string, error) {
	// parse=none: the text is escaped already, and "@channel" typed in a
	// quote must stay text (see mrkdwn).
	opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false), slack.MsgOptionParse(false),
		slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionMetadata(m.metadata())}
	if len(msg.Blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(msg.Blocks...))
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	since := time.Now()
	var ts string
	err := p.do(ctx, channel, func() error {
		_, t, err := p.api.PostMessageContext(ctx, channel, opts...)
		ts = t
		return err
	}, func() (bool, error) {
		t, err := p.find(ctx, channel, threadTS, m, since)
		if err != nil && m.eventType == replyEventType && ctx.Err() == nil && !classify(err, 0).retry && !isAuthError(err) {
			// Slack will not let the bot look (missing_scope on an app
			// installed before the history scopes, a method not offered):
			// a reply is sent again rather than lost. A digest is not.
			return false, nil
		}
		ts = t
		return t != "", err
	})
	if err != nil && len(msg.Blocks) > 0 && blocksRefused(err, false) {
		// The answer matters more than its layout.
		return p.post(ctx, channel, threadTS, plainMessage(msg), m)
	}
	if err != nil {
		return "", fmt.Errorf("chat.postMessage: %w", err)
	}
	return ts, nil
}

// blocksRefused reports whether Slack refused a message for its blocks or
// size; a response_url says so only with a 400.
func blocksRefused(err error, responseURL bool) bool {
	if responseURL {
		sc, ok := errors.AsType[slack.StatusCodeError](err)
		return ok && sc.Code == http.StatusBadRequest
	}
	se, ok := errors.AsType[slack.SlackErrorResponse](err)
	if !ok {
		return false
	}
	switch se.Err {
	case "invalid_blocks", "invalid_blocks_format", "msg_too_long", "msg_blocks_too_long", "too_many_blocks":
		return true
	}
	return false
}

// plainMessage is msg without blocks: their mrkdwn texts as the message
// text, whole lines within Slack's text limit.
func plainMessage(msg Message) Message {
	var parts []string
	for _, b := range msg.Blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			if b.Text != nil {
				parts = append(parts, b.Text.Text)
			}
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					parts = append(parts, t.Text)
				}
			}
		}
	}
	var out strings.Builder
	for _, line := range strings.Split(strings.Join(parts, "\n\n"), "\n") {
		if out.Len()+len(line)+1 > maxPlainText {
			out.WriteString("…")
			break
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	text := strings.TrimSpace(out.String())
	if text == "" {
		text = msg.Text
	}
	return Message{Text: text}
}

// maxPlainText bounds a plain-text fallback, in bytes (Slack's limit is
// 40,000 characters).
const maxPlainText = 30000

// postAll posts msgs, the second and later in the first one's thread (or
// in threadTS when set), and returns the first message's timestamp ("" if
// the first was not posted). first tags the first message; the others get
// reply markers.
func (p *poster) postAll(ctx context.Context, channel, threadTS string, msgs []Message, first marker) (string, error) {
	firstTS := ""
	for i, msg := range msgs {
		m := first
		if i > 0 {
			m = newReplyMarker()
		}
		ts, err := p.post(ctx, channel, threadTS, msg, m)
		if err != nil {
			return firstTS, fmt.Errorf("message %d of %d: %w", i+1, len(msgs), err)
		}
		if i == 0 {
			firstTS = ts
			if threadTS == "" {
				threadTS = ts
			}
		}
	}
	return firstTS, nil
}

// ephemeral shows msg to one user in a channel.
func (p *poster) ephemeral(ctx context.Context, channel, user string, msg Message) error {
	// Ephemeral messages are in no history to check: an attempt whose
	// outcome is unknown is sent again, and its user may see it twice.
	err := p.do(ctx, channel, func() error {
		opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false), slack.MsgOptionParse(false)}
		if len(msg.Blocks) > 0 {
			opts = append(opts, slack.MsgOptionBlocks(msg.Blocks...))
		}
		_, err := p.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	}, nil)
	if err != nil && len(msg.Blocks) > 0 && blocksRefused(err, false) {
		return p.ephemeral(ctx, channel, user, plainMessage(msg))
	}
	if err != nil {
		return fmt.Errorf("chat.postEphemeral: %w", err)
	}
	return nil
}

// respond posts to a slash command's or button's response_url. The URL is
// a short-lived credential, so it is kept out of errors.
func (p *poster) respond(ctx context.Context, responseURL string, inChannel bool, msg Message) error {
	rt := slack.ResponseTypeEphemeral
	if inChannel {
		rt = slack.ResponseTypeInChannel
	}
	wm := &slack.WebhookMessage{Text: msg.Text, ResponseType: rt, Parse: "none"}
	if len(msg.Blocks) > 0 {
		wm.Blocks = &slack.Blocks{BlockSet: msg.Blocks}
	}
	// A response_url post cannot be looked up afterwards, and Slack dedupes
	// nothing there, so an attempt whose outcome is unknown is sent again:
	// after a reset or EOF before any response it most likely never
	// arrived (the answer would be lost otherwise), but after a time-out or
	// a 5xx the user may see the answer twice. That residual risk is
	// accepted: a duplicate ephemeral reply beats a silent command.
	err := p.do(ctx, "", func() error {
		return slack.PostWebhookCustomHTTPContext(ctx, responseURL, p.hc, wm)
	}, nil)
	if err != nil && len(msg.Blocks) > 0 && blocksRefused(err, true) {
		return p.respond(ctx, responseURL, inChannel, plainMessage(msg))
	}
	if ue, ok := errors.AsType[*url.Error](err); ok {
		err = fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	if err != nil {
		return fmt.Errorf("response_url: %w", err)
	}
	return nil
}
