package summaries

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// LLM answers a question from retrieved passages only, citing them as [n]
// (n counts passages from 1, in the order given). An empty answer with a
// nil error means the passages do not answer the question.
type LLM interface {
	Answer(ctx context.Context, question string, passages []newsbot.Passage) (string, error)
}

// ChatClient is an LLM behind an OpenAI-compatible /chat/completions
// endpoint.
type ChatClient struct {
	URL   string       // base URL ("https://llm.example/v1") or the full .../chat/completions URL
	Key   string       // bearer token
	Model string       // "" means DefaultLLMModel
	HTTP  *http.Client // nil: a client with a 60 s timeout
}

// DefaultLLMModel is used when LLM_MODEL is not set.
const DefaultLLMModel = "gpt-4o-mini"

// notInSources is what the model is told to say when the passages do not
// answer; it becomes an empty answer so the rules take over.
const notInSources = "NOT_IN_SOURCES"

// Limits on what is sent, so a prompt stays small whatever the store holds.
const (
	llmMaxPassages   = 8
	llmMaxPassageLen = 700
	llmMaxReply      = 1 << 20
)

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model       string        `json:"model"`
	Messages    []chatMessage `json:"messages"`
	Temperature float64       `json:"temperature"`
}

type chatResponse struct {
	Choices []struct {
		Message chatMessage `json:"message"`
	} `json:"choices"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

const systemPrompt = `You answer questions from a newsroom's archive. Use ONLY the numbered passages given; never outside knowledge. ` +
	`Answer in one to three plain sentences and cite the passages you used as [1], [2]. ` +
	`If the passages do not answer the question, reply exactly ` + notInSources + `.`

// Answer asks the model; see LLM.
func (c *ChatClient) Answer(ctx context.Context, question string, passages []newsbot.Passage) (string, error) {
	if len(passages) == 0 {
		return "", nil
	}
	var b strings.Builder
	b.WriteString("Passages:\n")
	for i, p := range passages[:min(len(passages), llmMaxPassages)] {
		text := p.Text
		if len(text) > llmMaxPassageLen {
			text = strings.ToValidUTF8(text[:llmMaxPassageLen], "") + "…"
		}
		fmt.Fprintf(&b, "[%d] %s", i+1, text)
		if p.Article.Title != "" || !p.Article.Published.IsZero() {
			fmt.Fprintf(&b, " (%s", p.Article.Title)
			if !p.Article.Published.IsZero() {
				fmt.Fprintf(&b, ", %s", p.Article.Published.Format("2 January 2006"))
			}
			b.WriteString(")")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nQuestion: %s", question)
	model := c.Model
	if model == "" {
		model = DefaultLLMModel
	}
	body, err := json.Marshal(chatRequest{
		Model:    model,
		Messages: []chatMessage{{Role: "system", Content: systemPrompt}, {Role: "user", Content: b.String()}},
	})
	if err != nil {
		return "", fmt.Errorf("llm: encode request: %w", err)
	}
	url := strings.TrimRight(c.URL, "/")
	if !strings.HasSuffix(url, "/chat/completions") {
		url += "/chat/completions"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("llm: new request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.Key)
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return "", fmt.Errorf("llm: post: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, llmMaxReply))
	if err != nil {
		return "", fmt.Errorf("llm: read reply: %w", err)
	}
	var cr chatResponse
	jsonErr := json.Unmarshal(raw, &cr)
	if resp.StatusCode/100 != 2 {
		msg := strings.TrimSpace(string(raw[:min(len(raw), 200)]))
		if jsonErr == nil && cr.Error != nil {
			msg = cr.Error.Message
		}
		if c.Key != "" {
			// Some gateways echo the request, key included: never pass it on.
			msg = strings.ReplaceAll(msg, c.Key, "[REDACTED]")
		}
		return "", fmt.Errorf("llm: %s: %s", resp.Status, msg)
	}
	if jsonErr != nil {
		return "", fmt.Errorf("llm: decode reply: %w", jsonErr)
	}
	if len(cr.Choices) == 0 {
		return "", errors.New("llm: reply has no choices")
	}
	text := strings.TrimSpace(cr.Choices[0].Message.Content)
	if strings.Contains(text, notInSources) {
		return "", nil
	}
	return text, nil
}
