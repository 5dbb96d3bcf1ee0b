// Package slacktest is an in-process fake Slack for tests: the Web API
// methods the bot uses and a Socket Mode WebSocket that speaks the wire
// format slack-go's socketmode client parses (hello, events_api,
// slash_commands, interactive, disconnect; acks by envelope_id).
//
// Tests drive it: send envelopes, drop the socket, make methods fail with
// 429 or 5xx, revoke the tokens, then inspect what the bot acked and posted.
package slacktest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Default identities.
const (
	DefaultAppToken = "xapp-1-A0FAKE-0000000000-fakeapptokenvalue"
	DefaultBotToken = "xoxb-0000000000-0000000000-fakebottokenvalue"
	BotUserID       = "UNEWSBOT"
	BotID           = "BNEWSBOT"
	TeamID          = "TNEWSROOM"
	AppID           = "ANEWSBOT"
)

// Envelope types.
const (
	TypeEventsAPI     = "events_api"
	TypeSlashCommands = "slash_commands"
	TypeInteractive   = "interactive"
)

// Post is a recorded chat.postMessage or chat.postEphemeral call.
type Post struct {
	Method   string // "chat.postMessage" or "chat.postEphemeral"
	Channel  string
	User     string // chat.postEphemeral only
	Text     string
	Blocks   json.RawMessage
	ThreadTS string
	TS       string    // the timestamp the fake assigned, from the clock: "<unix seconds>.<seq>"
	Metadata *Metadata // chat.postMessage metadata, if any
	// Parse is the parse parameter as sent ("" when absent). Unless it is
	// "none", Slack links "@here", "@channel" and "#name" typed as plain
	// text in the message text.
	Parse string
}

// Metadata is Slack message metadata: an event type and its payload.
type Metadata struct {
	EventType    string         `json:"event_type"`
	EventPayload map[string]any `json:"event_payload"`
}

// ResponsePost is a recorded post to a response_url.
type ResponsePost struct {
	ID              string // the response URL's id, as returned by Slash
	ResponseType    string `json:"response_type"`
	Text            string `json:"text"`
	Blocks          json.RawMessage
	ReplaceOriginal bool   `json:"replace_original"`
	DeleteOriginal  bool   `json:"delete_original"`
	Parse           string `json:"parse"` // as for Post.Parse
}

// Ack is an acknowledgement the client sent over the socket.
type Ack struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload,omitempty"`
}

// Fault makes one call to a method fail.
type Fault struct {
	Status     int // HTTP status: 429, 500, 503...; 0 means 200 with Error
	RetryAfter int // seconds, sent with 429
	// RetryAfterHeader, when set, is sent with a 429 as the Retry-After
	// header instead of RetryAfter: an HTTP date ("Wed, 21 Oct 2026
	// 07:28:00 GMT"), as HTTP allows and proxies send, or any other text.
	RetryAfterHeader string
	// NoRetryAfter sends a 429 without a Retry-After header.
	NoRetryAfter bool
	Error        string // Slack error code in {"ok":false}, e.g. "invalid_auth"
	// Drop closes the connection without any response, as a reset or a
	// proxy dying does; Status and Error are ignored.
	Drop bool
	// AfterPost makes chat.postMessage post the message first and then
	// fail: Slack accepted it but the answer was lost.
	AfterPost bool
}

type envelope struct {
	Type                   string          `json:"type"`
	EnvelopeID             string          `json:"envelope_id"`
	Payload                json.RawMessage `json:"payload"`
	AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	RetryAttempt           int             `json:"retry_attempt"`
	RetryReason            string          `json:"retry_reason"`
}

type wsConn struct {
	c  *websocket.Conn
	mu sync.Mutex // serialises data writes
}

func (w *wsConn) writeJSON(v any) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	_ = w.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return w.c.WriteJSON(v)
}

// Server is a fake Slack. Create it with New; Close it when done.
type Server struct {
	// Tokens the fake accepts; change before the bot connects.
	AppToken, BotToken string
	// PingInterval is how often the socket sends WebSocket pings; the bot
	// reconnects when pings stop for longer than its own interval.
	PingInterval time.Duration

	srv *httptest.Server

	mu              sync.Mutex
	changed         chan struct{} // closed and replaced on every recorded change
	conn            *wsConn
	conns           map[*wsConn]bool
	pending         []*envelope // sent and not yet acked, in order
	acks            []Ack
	posts           []Post
	responses       []ResponsePost
	calls           map[string]int
	faults          map[string][]Fault
	revoked         bool
	hellos          int
	seq             int
	dropOnNextHello bool
	closed          bool
	outside         map[string]bool // channels the bot is not a member of
}

// New starts a fake Slack.
func New() *Server {
	s := &Server{
		AppToken:     DefaultAppToken,
		BotToken:     DefaultBotToken,
		PingInterval: 200 * time.Millisecond,
		changed:      make(chan struct{}),
		conns:        map[*wsConn]bool{},
		calls:        map[string]int{},
		faults:       map[string][]Fault{},
		outside:      map[string]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.api)
	mux.HandleFunc("/ws", s.socket)
	mux.HandleFunc("/response/", s.response)
	s.srv = httptest.NewServer(mux)
	return s
}

// APIURL is the Web API base URL to give the bot (SLACK_API_URL).
func (s *Server) APIURL() string { return s.srv.URL + "/api/" }

// Close drops every socket and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	s.closed = true
	for c := range s.conns {
		_ = c.c.Close()
	}
	s.mu.Unlock()
	s.srv.Close()
}

// notify wakes waiters; call with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// WaitFor blocks until cond is true or timeout passes, and reports whether
// cond held. cond is checked on every change the fake records, and every
// 20ms for conditions on state outside the fake.
func (s *Server) WaitFor(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return true
		}
		select {
		case <-ch:
		case <-tick.C:
		case <-deadline.C:
			return cond()
		}
	}
}

// Fail queues faults for a method ("chat.postMessage", "auth.test",
// "apps.connections.open", "response_url"), used one per call in order.
func (s *Server) Fail(method string, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = append(s.faults[method], faults...)
}

// Kick removes the bot from a channel: chat.postMessage and
// chat.postEphemeral there answer not_in_channel, as Slack does.
func (s *Server) Kick(channel string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.outside[channel] = true
}

// Revoke makes every token invalid from now on, as when an app is
// uninstalled: calls answer invalid_auth.
func (s *Server) Revoke() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.revoked = true
}

func (s *Server) takeFault(method string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.faults[method]
	if len(q) == 0 {
		return Fault{}, false
	}
	s.faults[method] = q[1:]
	return q[0], true
}

// writeFault answers with f.
func writeFault(w http.ResponseWriter, f Fault) {
	switch {
	case f.Drop:
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				_ = c.Close()
				return
			}
		}
		panic(http.ErrAbortHandler) // closes the connection without a response
	case f.Status == http.StatusTooManyRequests:
		switch {
		case f.NoRetryAfter:
		case f.RetryAfterHeader != "":
			w.Header().Set("Retry-After", f.RetryAfterHeader)
		default:
			w.Header().Set("Retry-After", strconv.Itoa(max(f.RetryAfter, 0)))
		}
		w.WriteHeader(http.StatusTooManyRequests)
		writeJSON(w, map[string]any{"ok": false, "error": "ratelimited"})
	case f.Status != 0 && f.Status != http.StatusOK:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(f.Status)
		_, _ = io.WriteString(w, "<html><body>upstream trouble</body></html>")
	default:
		writeJSON(w, map[string]any{"ok": false, "error": f.Error})
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	_ = json.NewEncoder(w).Encode(v)
}

// params reads a Web API call's arguments and token from a form or JSON body.
func params(r *http.Request) (url.Values, string) {
	vals := url.Values{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/json" {
		var m map[string]any
		_ = json.NewDecoder(io.LimitReader(r.Body, 10<<20)).Decode(&m)
		for k, v := range m {
			switch t := v.(type) {
			case string:
				vals.Set(k, t)
			default:
				b, _ := json.Marshal(t)
				vals.Set(k, string(b))
			}
		}
	} else {
		_ = r.ParseForm()
		vals = r.Form
	}
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if tok == "" {
		tok = vals.Get("token")
	}
	return vals, tok
}

func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	vals, tok := params(r)
	s.mu.Lock()
	s.calls[method]++
	revoked := s.revoked
	s.notify()
	s.mu.Unlock()

	f, faulty := s.takeFault(method)
	if faulty && !f.AfterPost {
		writeFault(w, f)
		return
	}
	want := s.BotToken
	if method == "apps.connections.open" {
		want = s.AppToken
	}
	if revoked || tok != want {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	switch method {
	case "auth.test":
		writeJSON(w, map[string]any{"ok": true, "url": "https://newsroom.slack.com/", "team": "Newsroom",
			"user": "newsbot", "team_id": TeamID, "user_id": BotUserID, "bot_id": BotID})
	case "apps.connections.open":
		u := "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/ws"
		writeJSON(w, map[string]any{"ok": true, "url": u})
	case "chat.postMessage", "chat.postEphemeral":
		p := Post{Method: method, Channel: vals.Get("channel"), User: vals.Get("user"), Text: vals.Get("text"),
			ThreadTS: vals.Get("thread_ts"), Parse: vals.Get("parse")}
		if b := vals.Get("blocks"); b != "" {
			p.Blocks = json.RawMessage(b)
		}
		if m := vals.Get("metadata"); m != "" && method == "chat.postMessage" {
			p.Metadata = &Metadata{}
			if json.Unmarshal([]byte(m), p.Metadata) != nil {
				writeJSON(w, map[string]any{"ok": false, "error": "invalid_metadata_format"})
				return
			}
		}
		if p.Channel == "" {
			writeJSON(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		if code := checkMessage(p.Text, p.Blocks); code != "" {
			writeJSON(w, map[string]any{"ok": false, "error": code})
			return
		}
		s.mu.Lock()
		if s.outside[p.Channel] {
			s.mu.Unlock()
			writeJSON(w, map[string]any{"ok": false, "error": "not_in_channel"})
			return
		}
		s.seq++
		// Real-clock timestamps, so "oldest" in conversations.history means
		// what it means on Slack; seq keeps them unique and ordered.
		p.TS = fmt.Sprintf("%d.%06d", time.Now().Unix(), s.seq%1_000_000)
		s.posts = append(s.posts, p)
		s.notify()
		s.mu.Unlock()
		if faulty {
			writeFault(w, f)
			return
		}
		if method == "chat.postEphemeral" {
			writeJSON(w, map[string]any{"ok": true, "message_ts": p.TS})
			return
		}
		writeJSON(w, map[string]any{"ok": true, "channel": p.Channel, "ts": p.TS})
	case "conversations.history", "conversations.replies":
		s.conversation(w, method, vals)
	default:
		writeJSON(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

// conversation answers conversations.history (the channel's top-level
// messages, newest first) and conversations.replies (a thread, oldest
// first), paged by cursor, filtered by oldest and latest (exclusive unless
// inclusive=1), with metadata only when include_all_metadata=1, as Slack.
// Only messages the bot posted through the fake are known.
func (s *Server) conversation(w http.ResponseWriter, method string, vals url.Values) {
	ch, thread := vals.Get("channel"), vals.Get("ts")
	if ch == "" {
		writeJSON(w, map[string]any{"ok": false, "error": "channel_not_found"})
		return
	}
	if method == "conversations.replies" && thread == "" {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_arguments"})
		return
	}
	inclusive := vals.Get("inclusive") == "1" || vals.Get("inclusive") == "true"
	oldest, latest := tsValue(vals.Get("oldest")), tsValue(vals.Get("latest"))
	within := func(ts string) bool {
		v := tsValue(ts)
		if oldest > 0 && (v < oldest || v == oldest && !inclusive) {
			return false
		}
		return latest <= 0 || v < latest || v == latest && inclusive
	}
	var msgs []Post
	for _, p := range s.Posts() {
		if p.Method != "chat.postMessage" || p.Channel != ch {
			continue
		}
		switch {
		case method == "conversations.history" && p.ThreadTS == "" && within(p.TS):
			msgs = append(msgs, p)
		case method == "conversations.replies" && p.TS == thread:
			msgs = append([]Post{p}, msgs...) // the parent comes first
		case method == "conversations.replies" && p.ThreadTS == thread && within(p.TS):
			msgs = append(msgs, p)
		}
	}
	if method == "conversations.history" {
		for i, j := 0, len(msgs)-1; i < j; i, j = i+1, j-1 {
			msgs[i], msgs[j] = msgs[j], msgs[i]
		}
	}
	limit, _ := strconv.Atoi(vals.Get("limit"))
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	start, _ := strconv.Atoi(vals.Get("cursor"))
	start = min(max(start, 0), len(msgs))
	end := min(start+limit, len(msgs))
	withMeta := vals.Get("include_all_metadata") == "1" || vals.Get("include_all_metadata") == "true"
	out := make([]map[string]any, 0, end-start)
	for _, p := range msgs[start:end] {
		m := map[string]any{"type": "message", "user": BotUserID, "bot_id": BotID, "text": p.Text, "ts": p.TS}
		if p.ThreadTS != "" {
			m["thread_ts"] = p.ThreadTS
		}
		if p.Blocks != nil {
			m["blocks"] = p.Blocks
		}
		if withMeta && p.Metadata != nil {
			m["metadata"] = p.Metadata
		}
		out = append(out, m)
	}
	resp := map[string]any{"ok": true, "messages": out, "has_more": end < len(msgs)}
	if end < len(msgs) {
		resp["response_metadata"] = map[string]any{"next_cursor": strconv.Itoa(end)}
	}
	writeJSON(w, resp)
}

// tsValue reads a Slack timestamp as a number; 0 when empty or invalid.
func tsValue(ts string) float64 {
	v, err := strconv.ParseFloat(ts, 64)
	if err != nil {
		return 0
	}
	return v
}

func (s *Server) response(w http.ResponseWriter, r *http.Request) {
	f, faulty := s.takeFault("response_url")
	if faulty && !f.AfterPost {
		writeFault(w, f)
		return
	}
	var rp ResponsePost
	var raw struct {
		ResponsePost
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 10<<20)).Decode(&raw); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	rp = raw.ResponsePost
	rp.Blocks = raw.Blocks
	if code := checkMessage(rp.Text, rp.Blocks); code != "" {
		// Slack answers a bad response_url post with a 4xx and the code.
		http.Error(w, code, http.StatusBadRequest)
		return
	}
	rp.ID = strings.TrimPrefix(r.URL.Path, "/response/")
	s.mu.Lock()
	s.responses = append(s.responses, rp)
	s.notify()
	s.mu.Unlock()
	if faulty {
		writeFault(w, f)
		return
	}
	_, _ = io.WriteString(w, "ok")
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) socket(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	wc := &wsConn{c: c}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		_ = c.Close()
		return
	}
	s.conns[wc] = true
	s.hellos++
	hello := map[string]any{"type": "hello", "num_connections": 1,
		"debug_info":      map[string]any{"host": "fake-slack", "approximate_connection_time": 3600},
		"connection_info": map[string]any{"app_id": AppID}}
	ok := wc.writeJSON(hello) == nil
	// Envelopes not acked on an earlier socket are delivered again, as Slack
	// retries them.
	for _, e := range s.pending {
		if !ok {
			break
		}
		e.RetryAttempt++
		e.RetryReason = "timeout"
		ok = wc.writeJSON(e) == nil
	}
	drop := s.dropOnNextHello
	s.dropOnNextHello = false
	if ok && !drop {
		s.conn = wc
	}
	s.notify()
	s.mu.Unlock()
	if drop {
		_ = c.UnderlyingConn().Close()
	}

	done := make(chan struct{})
	go func() {
		t := time.NewTicker(s.PingInterval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if c.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second)) != nil {
					return
				}
			}
		}
	}()
	defer close(done)
	for {
		_, msg, err := c.ReadMessage()
		if err != nil {
			break
		}
		var a Ack
		if json.Unmarshal(msg, &a) != nil || a.EnvelopeID == "" {
			continue
		}
		s.mu.Lock()
		s.acks = append(s.acks, a)
		for i, e := range s.pending {
			if e.EnvelopeID == a.EnvelopeID {
				s.pending = append(s.pending[:i:i], s.pending[i+1:]...)
				break
			}
		}
		s.notify()
		s.mu.Unlock()
	}
	s.mu.Lock()
	delete(s.conns, wc)
	if s.conn == wc {
		s.conn = nil
	}
	s.notify()
	s.mu.Unlock()
	_ = c.Close()
}

// send queues an envelope and writes it to the current socket, if any; it
// is (re)delivered on the next socket until acked.
func (s *Server) send(typ string, payload any) string {
	b, err := json.Marshal(payload)
	if err != nil {
		panic(fmt.Sprintf("slacktest: marshal payload: %v", err))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	e := &envelope{Type: typ, EnvelopeID: fmt.Sprintf("env-%06d", s.seq), Payload: b, AcceptsResponsePayload: typ != TypeEventsAPI}
	s.pending = append(s.pending, e)
	if s.conn != nil {
		if s.conn.writeJSON(e) != nil {
			s.conn = nil
		}
	}
	s.notify()
	return e.EnvelopeID
}

// SendRaw sends an envelope of any type with a payload as given.
func (s *Server) SendRaw(typ string, payload any) string { return s.send(typ, payload) }

// Slash sends a slash command; it returns the envelope id and the id of its
// response_url (ResponsePost.ID).
func (s *Server) Slash(user, channel, command, text string) (envelopeID, responseID string) {
	s.mu.Lock()
	s.seq++
	responseID = fmt.Sprintf("cmd-%06d", s.seq)
	s.mu.Unlock()
	envelopeID = s.send(TypeSlashCommands, map[string]any{
		"token": "verification-token-unused", "team_id": TeamID, "team_domain": "newsroom",
		"channel_id": channel, "channel_name": "newsdesk", "user_id": user, "user_name": strings.ToLower(user),
		"command": command, "text": text, "api_app_id": AppID,
		"response_url": s.srv.URL + "/response/" + responseID, "trigger_id": "trigger-" + responseID,
	})
	return envelopeID, responseID
}

// Mention is an app_mention event.
type Mention struct {
	EventID  string // "" picks a fresh one
	User     string
	BotID    string // set to simulate another bot
	Channel  string
	Text     string // e.g. "<@UNEWSBOT> when is Starmer in Shanghai?"
	TS       string // "" picks one
	ThreadTS string
	// EditedTS marks the event as Slack sends it again when the message
	// is edited: an "edited" object with the edit's time.
	EditedTS string
}

// SendMention sends an app_mention events_api envelope; it returns the
// envelope id and the event's ts.
func (s *Server) SendMention(m Mention) (envelopeID, ts string) {
	s.mu.Lock()
	s.seq++
	if m.EventID == "" {
		m.EventID = fmt.Sprintf("Ev%08d", s.seq)
	}
	if m.TS == "" {
		m.TS = fmt.Sprintf("1769500000.%06d", s.seq)
	}
	s.mu.Unlock()
	inner := map[string]any{"type": "app_mention", "user": m.User, "text": m.Text, "ts": m.TS,
		"channel": m.Channel, "event_ts": m.TS}
	if m.ThreadTS != "" {
		inner["thread_ts"] = m.ThreadTS
	}
	if m.BotID != "" {
		inner["bot_id"] = m.BotID
	}
	if m.EditedTS != "" {
		inner["edited"] = map[string]any{"user": m.User, "ts": m.EditedTS}
	}
	return s.SendEvent(m.EventID, inner), m.TS
}

// SendEvent wraps an inner event in an event_callback and sends it.
func (s *Server) SendEvent(eventID string, inner map[string]any) string {
	return s.send(TypeEventsAPI, map[string]any{
		"token": "verification-token-unused", "team_id": TeamID, "api_app_id": AppID,
		"event": inner, "type": "event_callback", "event_id": eventID, "event_time": 1769500000,
		"authorizations": []map[string]any{{"team_id": TeamID, "user_id": BotUserID, "is_bot": true}},
	})
}

// ClickButton sends a block_actions interaction for a button.
func (s *Server) ClickButton(user, channel, actionID, value string) (envelopeID, responseID string) {
	s.mu.Lock()
	s.seq++
	responseID = fmt.Sprintf("act-%06d", s.seq)
	s.mu.Unlock()
	envelopeID = s.send(TypeInteractive, map[string]any{
		"type": "block_actions", "team": map[string]any{"id": TeamID}, "api_app_id": AppID,
		"user":         map[string]any{"id": user, "name": strings.ToLower(user)},
		"channel":      map[string]any{"id": channel, "name": "newsdesk"},
		"container":    map[string]any{"type": "message", "channel_id": channel, "is_ephemeral": true},
		"response_url": s.srv.URL + "/response/" + responseID, "trigger_id": "trigger-" + responseID,
		"actions": []map[string]any{{"type": "button", "action_id": actionID, "block_id": "newsbot_actions",
			"value": value, "action_ts": "1769500000.000001"}},
	})
	return envelopeID, responseID
}

// Disconnect asks the client to reconnect, as Slack does before it
// recycles a socket.
func (s *Server) Disconnect() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil {
		return
	}
	_ = s.conn.writeJSON(map[string]any{"type": "disconnect", "reason": "refresh_requested",
		"debug_info": map[string]any{"host": "fake-slack"}})
	s.conn = nil // like Slack, send nothing more on a socket being recycled
	s.notify()
}

// DropSocket closes the current socket abruptly, without a close frame.
func (s *Server) DropSocket() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		_ = s.conn.c.UnderlyingConn().Close()
		s.conn = nil
		s.notify()
	}
}

// DropNextSocket makes the next socket close right after hello and any
// redeliveries, before the client can ack them.
func (s *Server) DropNextSocket() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropOnNextHello = true
}

// Connected reports whether a socket is open and ready for envelopes.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conn != nil
}

// Hellos counts sockets opened.
func (s *Server) Hellos() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hellos
}

// Calls counts calls to a Web API method, faults included.
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// Acks returns the acknowledgements received.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.acks...)
}

// Acked reports whether an envelope was acked.
func (s *Server) Acked(envelopeID string) bool {
	for _, a := range s.Acks() {
		if a.EnvelopeID == envelopeID {
			return true
		}
	}
	return false
}

// Posts returns chat.postMessage and chat.postEphemeral calls, in order.
func (s *Server) Posts() []Post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Post(nil), s.posts...)
}

// Responses returns response_url posts, in order.
func (s *Server) Responses() []ResponsePost {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ResponsePost(nil), s.responses...)
}

// ResponsesTo returns the posts to one response_url.
func (s *Server) ResponsesTo(responseID string) []ResponsePost {
	var out []ResponsePost
	for _, r := range s.Responses() {
		if r.ID == responseID {
			out = append(out, r)
		}
	}
	return out
}

// Slack's message limits (https://api.slack.com/methods/chat.postMessage,
// https://api.slack.com/reference/block-kit/blocks).
const (
	maxText         = 40000 // text; longer is truncated by Slack, refused here
	maxBlocks       = 50
	maxSectionText  = 3000
	maxContextElems = 10
	maxButtonValue  = 2000
	maxBlockText    = 3000 // any other text object
)

// checkMessage returns the error code Slack gives a message breaking its
// limits ("msg_too_long", "invalid_blocks", "no_text"), or "".
func checkMessage(text string, blocks json.RawMessage) string {
	if len([]rune(text)) > maxText {
		return "msg_too_long"
	}
	if len(blocks) == 0 {
		if text == "" {
			return "no_text"
		}
		return ""
	}
	var bs []map[string]any
	if json.Unmarshal(blocks, &bs) != nil {
		return "invalid_blocks_format"
	}
	if len(bs) > maxBlocks {
		return "invalid_blocks"
	}
	for _, b := range bs {
		switch b["type"] {
		case "section":
			if n := textLen(b["text"]); n == 0 || n > maxSectionText {
				return "invalid_blocks"
			}
		case "context":
			els, _ := b["elements"].([]any)
			if len(els) == 0 || len(els) > maxContextElems {
				return "invalid_blocks"
			}
			for _, e := range els {
				if n := textLen(e); n > maxBlockText {
					return "invalid_blocks"
				}
			}
		case "actions":
			els, _ := b["elements"].([]any)
			for _, e := range els {
				m, _ := e.(map[string]any)
				if v, _ := m["value"].(string); len([]rune(v)) > maxButtonValue {
					return "invalid_blocks"
				}
			}
		}
	}
	return ""
}

// textLen is the length in characters of a text object's text.
func textLen(v any) int {
	m, _ := v.(map[string]any)
	t, _ := m["text"].(string)
	return len([]rune(t))
}
