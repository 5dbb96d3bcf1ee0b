package bot

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryAfterTransport rewrites the Retry-After header of a 429 into the
// whole seconds slack-go reads. slack-go parses the header with
// strconv.ParseInt and, when that fails, returns the bare parse error (no
// status code, no RateLimitedError: its maintainers chose to hand the
// parse error to the caller, slack-go/slack#186), which the poster cannot
// tell from any other failure and so never retried. HTTP allows the header
// as an HTTP date too (RFC 9110 §10.2.3), and proxies in front of Slack
// send one. A date becomes the seconds until it (at least one); a header
// that is neither is dropped, so the 429 reaches the poster as a status
// code and is retried with its own back-off.
type retryAfterTransport struct {
	base http.RoundTripper
	now  func() time.Time
}

func (t retryAfterTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusTooManyRequests {
		return resp, err
	}
	v := strings.TrimSpace(resp.Header.Get("Retry-After"))
	if v == "" {
		return resp, nil
	}
	if _, perr := strconv.ParseInt(v, 10, 64); perr == nil {
		resp.Header.Set("Retry-After", v) // trimmed: slack-go does not trim
		return resp, nil
	}
	if at, perr := http.ParseTime(v); perr == nil {
		secs := math.Ceil(at.Sub(t.now()).Seconds())
		resp.Header.Set("Retry-After", strconv.FormatInt(int64(max(1, min(secs, maxRateLimitWait.Seconds()))), 10))
		return resp, nil
	}
	resp.Header.Del("Retry-After")
	return resp, nil
}

// withRetryAfter returns a copy of hc whose transport normalises
// Retry-After (see retryAfterTransport).
func withRetryAfter(hc *http.Client) *http.Client {
	c := *hc
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = retryAfterTransport{base: base, now: time.Now}
	return &c
}
