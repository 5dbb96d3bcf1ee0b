package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"time"
)

// metrics are hand-written Prometheus counters.
type metrics struct {
	events, acks, reconnects, replies, errors, digestPosts atomic.Int64
	lastHello                                              atomic.Int64 // unix nanoseconds
}

func (m *metrics) setHello(t time.Time) { m.lastHello.Store(t.UnixNano()) }

func (m *metrics) hello() time.Time {
	n := m.lastHello.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

func (m *metrics) write(w io.Writer) {
	counters := []struct {
		name, help string
		v          int64
	}{
		{"newsbot_events_total", "Socket Mode envelopes received (events, commands, interactions).", m.events.Load()},
		{"newsbot_acks_total", "Envelopes acknowledged.", m.acks.Load()},
		{"newsbot_reconnects_total", "Socket Mode reconnections.", m.reconnects.Load()},
		{"newsbot_replies_total", "Replies delivered.", m.replies.Load()},
		{"newsbot_errors_total", "Errors: failed replies, connection trouble, job failures.", m.errors.Load()},
		{"newsbot_digest_posts_total", "Scheduled digests posted.", m.digestPosts.Load()},
	}
	for _, c := range counters {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", c.name, c.help, c.name, c.name, c.v)
	}
	var hello float64
	if t := m.hello(); !t.IsZero() {
		hello = float64(t.UnixNano()) / 1e9
	}
	fmt.Fprintf(w, "# HELP newsbot_last_hello_timestamp_seconds Time of the last Socket Mode hello.\n# TYPE newsbot_last_hello_timestamp_seconds gauge\nnewsbot_last_hello_timestamp_seconds %g\n", hello)
}

// healthHandler serves /healthz and /metrics.
func (s *service) healthHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		body := struct {
			OK        bool   `json:"ok"`
			LastHello string `json:"last_hello,omitempty"`
			DB        string `json:"db"`
		}{OK: true, DB: "ok"}
		if t := s.metrics.hello(); !t.IsZero() {
			body.LastHello = t.UTC().Format(time.RFC3339)
		} else {
			body.OK = false
		}
		if s.deps.Ping != nil {
			if err := s.deps.Ping(ctx); err != nil {
				body.OK, body.DB = false, "error"
				s.log.Warn("healthz: database check failed", "err", err)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		if !body.OK {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(body)
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		s.metrics.write(w)
	})
	return mux
}

// startHTTP listens on cfg.HTTPAddr when set; the returned func shuts it down.
func (s *service) startHTTP(ctx context.Context) (func(), error) {
	if s.cfg.HTTPAddr == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("listen on NEWSBOT_HTTP_ADDR: %w", err)
	}
	srv := &http.Server{Handler: s.healthHandler(), ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("http: serve failed", "err", err)
		}
	}()
	if s.deps.Ready != nil {
		s.deps.Ready(ln.Addr().String())
	}
	s.log.Info("http: listening", "addr", ln.Addr().String())
	return func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		<-done
	}, nil
}
