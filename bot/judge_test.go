package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/summaries"
)

// Tests from an outside look at the bot as a newsroom uses it.

// recordWhoSaid is answers whose WhoSaid records each "name|page" asked;
// asked returns them so far.
func recordWhoSaid() (answers *fakeAnswers, asked func() []string) {
	var mu sync.Mutex
	var got []string
	answers = &fakeAnswers{whoSaid: func(_ context.Context, q string, page int) (summaries.Answer, error) {
		mu.Lock()
		got = append(got, fmt.Sprintf("%s|%d", q, page))
		mu.Unlock()
		return quoteAnswer(q), nil
	}}
	return answers, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(got)
	}
}

// "share" typed after a command in a mention (out of habit from the slash
// commands) is not part of the name: the answer is public already.
func TestMentionCommandWithShareKeyword(t *testing.T) {
	answers, asked := recordWhoSaid()
	h := newHarness(t, answers)
	h.cfg.Workers = 1
	h.start()
	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> whosaid Elise Vermeer share"})
	if p := h.waitPosts("CNEWS", 1)[0]; p.ThreadTS != ts {
		t.Errorf("answered in thread %q, want %q", p.ThreadTS, ts)
	}
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> /whosaid Vermeer page 2 share"})
	h.waitPosts("CNEWS", 2)
	if got, want := asked(), []string{"Elise Vermeer|1", "Vermeer|2"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("WhoSaid got %q, want %q", got, want)
	}
}

// "page N" with a number of any size is a page, never part of the name.
func TestWhoSaidHugePageNumber(t *testing.T) {
	answers, asked := recordWhoSaid()
	h := newHarness(t, answers)
	h.cfg.Workers = 1
	h.start()
	for _, text := range []string{"Vermeer page 12345", "Vermeer page 99999999999999999999999"} {
		_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", text)
		h.waitResponses(resp, 1)
	}
	if got, want := asked(), []string{"Vermeer|12345", "Vermeer|1000000"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("WhoSaid got %q, want %q", got, want)
	}
}

// Closing a closed issue (or reopening an open one) says so rather than
// reporting a change; a closed issue keeps its close date.
func TestIssueCloseTwiceSaysAlreadyClosed(t *testing.T) {
	var mu sync.Mutex
	status := map[int64]string{3: newsbot.IssueOpen}
	var writes []string
	h := newHarness(t, &fakeAnswers{})
	h.deps.Issues = &fakeIssues{
		issue: func(_ context.Context, id int64) (*newsbot.IssueRecord, error) {
			mu.Lock()
			defer mu.Unlock()
			if s, ok := status[id]; ok {
				return &newsbot.IssueRecord{ID: id, Title: "Port strike pay dispute", Status: s}, nil
			}
			return nil, newsbot.ErrNotFound
		},
		status: func(_ context.Context, id int64, s string) error {
			mu.Lock()
			defer mu.Unlock()
			status[id] = s
			writes = append(writes, fmt.Sprintf("%d:%s", id, s))
			return nil
		},
	}
	h.start()
	for _, c := range []struct{ text, want string }{
		{"close 3", "Closed issue #3: Port strike pay dispute"},
		{"close 3", "Issue #3 is already closed: Port strike pay dispute"},
		{"reopen 3", "Reopened issue #3: Port strike pay dispute"},
		{"reopen 3", "Issue #3 is already open: Port strike pay dispute"},
	} {
		_, resp := h.fake.Slash("UEDITOR", "CNEWS", "/issues", c.text)
		if r := h.waitResponses(resp, 1)[0]; r.Text != c.want {
			t.Errorf("/issues %s: got %q, want %q", c.text, r.Text, c.want)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	// The second reopen still writes: it clears "reopened by new coverage".
	if want := "[3:closed 3:open 3:open]"; fmt.Sprint(writes) != want {
		t.Errorf("status writes %v, want %s", writes, want)
	}
}

// A panic while answering is logged and the asker still gets an apology,
// in the thread or on the response_url; the bot goes on answering.
func TestPanicWhileAnsweringStillReplies(t *testing.T) {
	boom := func(q string) (summaries.Answer, error) {
		if strings.Contains(q, "boom") {
			panic("answerer exploded")
		}
		return summaries.Answer{Lead: "fine"}, nil
	}
	h := newHarness(t, &fakeAnswers{
		ask:     func(_ context.Context, q string) (summaries.Answer, error) { return boom(q) },
		whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) { return boom(q) },
	})
	h.cfg.Workers = 1
	h.start()
	_, ts := h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CBOOM", Text: "<@UNEWSBOT> boom"})
	if p := h.waitPosts("CBOOM", 1)[0]; p.ThreadTS != ts || !strings.Contains(p.Text, "Sorry") {
		t.Errorf("mention that panicked: thread %q text %q", p.ThreadTS, p.Text)
	}
	_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/whosaid", "boom")
	if r := h.waitResponses(resp, 1)[0]; !strings.Contains(r.Text, "Sorry") {
		t.Errorf("slash command that panicked: %q", r.Text)
	}
	h.fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CNEWS", Text: "<@UNEWSBOT> still there?"})
	if p := h.waitPosts("CNEWS", 1)[0]; !strings.Contains(p.Text, "fine") {
		t.Errorf("after the panics: %q", p.Text)
	}
	if !strings.Contains(h.logs.String(), "answerer exploded") {
		t.Errorf("panic not logged:\n%s", h.logs.String())
	}
}

// A huge pasted line in the console is answered like any long line, and
// the lines after it still are: it used to end the session ("token too
// long") and lose them.
func TestConsoleHugeLineKeepsGoing(t *testing.T) {
	var mu sync.Mutex
	var got []string
	h := &bot.Handler{Answers: &fakeAnswers{whoSaid: func(_ context.Context, q string, _ int) (summaries.Answer, error) {
		mu.Lock()
		got = append(got, q)
		mu.Unlock()
		return quoteAnswer(q), nil
	}}}
	in := "/whosaid " + strings.Repeat("Vermeer ", 300_000) + "\n/whosaid Okafor\n/whosaid Elise Vermeer"
	var out strings.Builder
	if err := bot.Console(context.Background(), strings.NewReader(in), &out, h); err != nil {
		t.Fatalf("console: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 3 || got[1] != "Okafor" || got[2] != "Elise Vermeer" || len(got[0]) > 10_000 {
		short := make([]string, len(got))
		for i, q := range got {
			short[i] = q[:min(len(q), 40)]
		}
		t.Errorf("WhoSaid got %d queries %q, want the long one cut, then Okafor, then Elise Vermeer", len(got), short)
	}
}

// "share" after a question mark shares a /newsbot question's answer, as
// the help text says of every command; "market share" stays a question.
func TestNewsbotQuestionShare(t *testing.T) {
	var mu sync.Mutex
	var got []string
	h := newHarness(t, &fakeAnswers{ask: func(_ context.Context, q string) (summaries.Answer, error) {
		mu.Lock()
		got = append(got, q)
		mu.Unlock()
		return summaries.Answer{Lead: "Answer to " + q, Items: []summaries.Item{{Text: "From the coverage.", Sources: []newsbot.ArticleRef{refPort}}}}, nil
	}})
	h.cfg.Workers = 1
	h.start()
	for _, c := range []struct{ text, asked, responseType string }{
		{"when is Vermeer in Rotterdam? share", "when is Vermeer in Rotterdam?", "in_channel"},
		{"who lost market share", "who lost market share", "ephemeral"},
		{"who lost market share? Share", "who lost market share?", "in_channel"},
	} {
		_, resp := h.fake.Slash("UREPORTER", "CNEWS", "/newsbot", c.text)
		r := h.waitResponses(resp, 1)[0]
		if r.ResponseType != c.responseType {
			t.Errorf("/newsbot %s: response_type %q, want %q", c.text, r.ResponseType, c.responseType)
		}
		mu.Lock()
		if last := got[len(got)-1]; last != c.asked {
			t.Errorf("/newsbot %s: asked %q, want %q", c.text, last, c.asked)
		}
		mu.Unlock()
	}
}
