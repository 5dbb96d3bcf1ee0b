package bot

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// poster sends messages to Slack, paced per channel, retrying 429 (after
// Retry-After), 5xx and time-outs a bounded number of times.
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

// retryable says whether and how long to wait before trying again.
func retryable(err error, attempt int) (time.Duration, bool) {
	if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok {
		return max(rl.RetryAfter, time.Second), true
	}
	backoff := time.Duration(1<<attempt) * 250 * time.Millisecond
	if sc, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return backoff, sc.Code >= 500 || sc.Code == http.StatusTooManyRequests // 429 without Retry-After
	}
	if ne, ok := errors.AsType[net.Error](err); ok && ne.Timeout() {
		return backoff, true
	}
	return 0, false
}

// do runs send with pacing and retries. channel keys the pacing; "" skips it.
func (p *poster) do(ctx context.Context, channel string, send func() error) error {
	var err error
	for attempt := range p.attempts {
		if channel != "" {
			if werr := p.wait(ctx, channel); werr != nil {
				return werr
			}
		}
		if err = send(); err == nil {
			return nil
		}
		d, ok := retryable(err, attempt)
		if !ok || ctx.Err() != nil {
			return err
		}
		if channel != "" {
			p.backOff(channel, d)
		} else if serr := sleep(ctx, d); serr != nil {
			return err
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", p.attempts, err)
}

// post sends msg to a channel (in a thread when threadTS is set) and
// returns its timestamp.
func (p *poster) post(ctx context.Context, channel, threadTS string, msg Message) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false), slack.MsgOptionBlocks(msg.Blocks...), slack.MsgOptionDisableLinkUnfurl()}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	var ts string
	err := p.do(ctx, channel, func() error {
		_, t, err := p.api.PostMessageContext(ctx, channel, opts...)
		ts = t
		return err
	})
	if err != nil {
		return "", fmt.Errorf("chat.postMessage: %w", err)
	}
	return ts, nil
}

// postAll posts msgs, the second and later in the first one's thread (or
// in threadTS when set), and returns the first message's timestamp.
func (p *poster) postAll(ctx context.Context, channel, threadTS string, msgs []Message) (string, error) {
	first := ""
	for i, m := range msgs {
		ts, err := p.post(ctx, channel, threadTS, m)
		if err != nil {
			return first, fmt.Errorf("message %d of %d: %w", i+1, len(msgs), err)
		}
		if i == 0 {
			first = ts
			if threadTS == "" {
				threadTS = ts
			}
		}
	}
	return first, nil
}

// ephemeral shows msg to one user in a channel.
func (p *poster) ephemeral(ctx context.Context, channel, user string, msg Message) error {
	err := p.do(ctx, channel, func() error {
		_, err := p.api.PostEphemeralContext(ctx, channel, user, slack.MsgOptionText(msg.Text, false), slack.MsgOptionBlocks(msg.Blocks...))
		return err
	})
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
	blocks := slack.Blocks{BlockSet: msg.Blocks}
	wm := &slack.WebhookMessage{Text: msg.Text, Blocks: &blocks, ResponseType: rt}
	err := p.do(ctx, "", func() error {
		return slack.PostWebhookCustomHTTPContext(ctx, responseURL, p.hc, wm)
	})
	if ue, ok := errors.AsType[*url.Error](err); ok {
		err = fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	if err != nil {
		return fmt.Errorf("response_url: %w", err)
	}
	return nil
}
