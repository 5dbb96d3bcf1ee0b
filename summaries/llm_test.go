package summaries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// fakeLLMServer answers /chat/completions with reply (or status) and
// records the last request.
func fakeLLMServer(t *testing.T, status int, reply string, got *chatRequest) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
			http.Error(w, "wrong endpoint "+r.Method+" "+r.URL.Path, http.StatusNotFound)
			return
		}
		if r.Header.Get("Authorization") != "Bearer sk-test" {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"error":{"message":"bad key"}}`)
			return
		}
		if got != nil {
			if err := json.NewDecoder(r.Body).Decode(got); err != nil {
				t.Errorf("request body: %v", err)
			}
		}
		w.WriteHeader(status)
		if status != http.StatusOK {
			fmt.Fprint(w, `{"error":{"message":"model overloaded"}}`)
			return
		}
		b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"message": map[string]string{"role": "assistant", "content": reply}}}})
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestChatClient(t *testing.T) {
	passages := []newsbot.Passage{
		{Article: artBeijing, Text: "Business leaders travelling with the delegation hope for lower tariffs on whisky."},
		{Article: artSummit, Text: "Whisky exporters said tariffs had cost them millions last year."},
	}
	tests := []struct {
		name    string
		status  int
		reply   string
		key     string
		url     func(base string) string
		want    string
		wantErr string
	}{
		{name: "answer", status: 200, reply: " Exporters say tariffs cost them millions [2]. ", key: "sk-test", want: "Exporters say tariffs cost them millions [2]."},
		{name: "full endpoint URL", status: 200, reply: "Yes [1].", key: "sk-test", url: func(b string) string { return b + "/v1/chat/completions" }, want: "Yes [1]."},
		{name: "not in the sources", status: 200, reply: "NOT_IN_SOURCES", key: "sk-test", want: ""},
		{name: "server error", status: 503, key: "sk-test", wantErr: "model overloaded"},
		{name: "bad key", status: 200, key: "sk-wrong", wantErr: "bad key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var req chatRequest
			srv := fakeLLMServer(t, tt.status, tt.reply, &req)
			url := srv.URL + "/v1"
			if tt.url != nil {
				url = tt.url(srv.URL)
			}
			c := &ChatClient{URL: url, Key: tt.key, Model: "small-model", HTTP: srv.Client()}
			got, err := c.Answer(context.Background(), "are whisky tariffs hurting exporters?", passages)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), tt.key) {
					t.Errorf("error leaks the key: %v", err)
				}
				return
			}
			mustNoErr(t, err)
			if got != tt.want {
				t.Errorf("answer = %q, want %q", got, tt.want)
			}
			if req.Model != "small-model" || len(req.Messages) != 2 {
				t.Fatalf("request = %+v", req)
			}
			user := req.Messages[1].Content
			for _, w := range []string{"[1] Business leaders", "[2] Whisky exporters", "Question: are whisky tariffs hurting exporters?", "28 January 2026"} {
				if !strings.Contains(user, w) {
					t.Errorf("prompt lacks %q:\n%s", w, user)
				}
			}
			if !strings.Contains(req.Messages[0].Content, "ONLY the numbered passages") {
				t.Errorf("system prompt does not ground the model: %q", req.Messages[0].Content)
			}
		})
	}
}

// stubLLM is a function-field LLM.
type stubLLM struct {
	answer func(ctx context.Context, question string, passages []newsbot.Passage) (string, error)
}

func (l stubLLM) Answer(ctx context.Context, q string, ps []newsbot.Passage) (string, error) {
	return l.answer(ctx, q, ps)
}

func TestAskWithLLM(t *testing.T) {
	tests := []struct {
		name   string
		answer string
		err    error
		lead   string
	}{
		{"grounded answer", "Exporters say whisky tariffs cost them millions [1].", nil, "Exporters say whisky tariffs cost them millions [1]."},
		{"model declines: rules answer", "", nil, "Whisky exporters said tariffs had cost them millions last year."},
		{"model fails: rules answer", "", errors.New("connection refused"), "Whisky exporters said tariffs had cost them millions last year."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := service(newsroom(), at("2026-01-29T09:00:00Z"), london)
			var saw []newsbot.Passage
			s.LLM = stubLLM{answer: func(_ context.Context, q string, ps []newsbot.Passage) (string, error) {
				saw = ps
				return tt.answer, tt.err
			}}
			a, err := s.Ask(context.Background(), "what did exporters say about whisky tariffs?")
			mustNoErr(t, err)
			if a.Lead != tt.lead {
				t.Errorf("lead = %q, want %q", a.Lead, tt.lead)
			}
			if len(saw) == 0 {
				t.Error("the LLM saw no passages")
			}
		})
	}
	// Recognised shapes never go to the model.
	s := service(newsroom(), at("2026-01-28T10:00:00Z"), london)
	s.LLM = stubLLM{answer: func(context.Context, string, []newsbot.Passage) (string, error) {
		t.Error("LLM called for a recognised question")
		return "", nil
	}}
	a, err := s.Ask(context.Background(), "when is Starmer in Shanghai?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "Friday 30 January 2026") {
		t.Errorf("lead = %q", a.Lead)
	}
	// A cancelled request is an error, not a rules answer.
	ctx, cancel := context.WithCancel(context.Background())
	s.LLM = stubLLM{answer: func(ctx context.Context, _ string, _ []newsbot.Passage) (string, error) {
		cancel()
		return "", ctx.Err()
	}}
	s.Now = func() time.Time { return at("2026-01-28T10:00:00Z") }
	if _, err := s.Ask(ctx, "whisky tariffs"); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
