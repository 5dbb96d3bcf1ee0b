package bot

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// Retry-After as slack-go can read it: an HTTP date becomes the seconds
// until it, at least 1 and at most maxRateLimitWait; text that is neither
// is dropped (the 429 is then retried with the poster's back-off).
func TestRetryAfterNormalised(t *testing.T) {
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"7", "7"},
		{" 7 ", "7"},
		{now.Add(5 * time.Second).Format(http.TimeFormat), "5"},
		{now.Add(-time.Hour).Format(http.TimeFormat), "1"},
		{now.Add(3 * time.Hour).Format(http.TimeFormat), "60"},
		{"Friday, 27-Nov-26 01:00:30 GMT", "30"}, // RFC 850, still legal to receive
		{"later", ""},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", tc.in)
			w.WriteHeader(http.StatusTooManyRequests)
		}))
		rt := retryAfterTransport{base: http.DefaultTransport, now: func() time.Time { return now }}
		req, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
		resp, err := rt.RoundTrip(req)
		srv.Close()
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Retry-After"); got != tc.want {
			t.Errorf("Retry-After %q → %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A rate-limit wait that outlasts the request's deadline gives up at once
// instead of sleeping until the deadline passes.
func TestRateLimitWaitPastDeadlineGivesUp(t *testing.T) {
	p := newPoster(nil, nil, 0, time.Now)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	calls := 0
	err := p.do(ctx, "", func() error {
		calls++
		return &slack.RateLimitedError{RetryAfter: 30 * time.Second}
	}, nil)
	if err == nil || calls != 1 || time.Since(start) > time.Second {
		t.Fatalf("err %v after %d calls in %s; want a prompt error after 1 call", err, calls, time.Since(start))
	}
	if _, ok := errors.AsType[*slack.RateLimitedError](err); !ok {
		t.Errorf("err %v does not wrap the rate limit", err)
	}
}
