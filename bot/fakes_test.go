package bot_test

import (
	"context"
	"fmt"
	"sync"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/summaries"
)

// fakeAnswers is a function-field Answerer; nil fields answer "nothing".
type fakeAnswers struct {
	whoSaid   func(ctx context.Context, query string, page int) (summaries.Answer, error)
	itinerary func(ctx context.Context, name string) (summaries.Answer, error)
	issues    func(ctx context.Context, status string) (summaries.Answer, error)
	ask       func(ctx context.Context, question string) (summaries.Answer, error)
	digest    func(ctx context.Context, day time.Time) (summaries.Digest, error)
}

func (f *fakeAnswers) WhoSaid(ctx context.Context, q string, page int) (summaries.Answer, error) {
	if f.whoSaid == nil {
		return summaries.Answer{}, nil
	}
	return f.whoSaid(ctx, q, page)
}

func (f *fakeAnswers) Itinerary(ctx context.Context, name string) (summaries.Answer, error) {
	if f.itinerary == nil {
		return summaries.Answer{}, nil
	}
	return f.itinerary(ctx, name)
}

func (f *fakeAnswers) Issues(ctx context.Context, status string) (summaries.Answer, error) {
	if f.issues == nil {
		return summaries.Answer{}, nil
	}
	return f.issues(ctx, status)
}

func (f *fakeAnswers) Ask(ctx context.Context, q string) (summaries.Answer, error) {
	if f.ask == nil {
		return summaries.Answer{}, nil
	}
	return f.ask(ctx, q)
}

func (f *fakeAnswers) Digest(ctx context.Context, day time.Time) (summaries.Digest, error) {
	if f.digest == nil {
		return summaries.Digest{Day: day}, nil
	}
	return f.digest(ctx, day)
}

// fakeSlots is a function-field SlotStore.
type fakeSlots struct {
	claim  func(ctx context.Context, channel string, slot time.Time) (bool, error)
	finish func(ctx context.Context, channel string, slot time.Time, ts string) error
	seen   func(ctx context.Context, eventID string) (bool, error)
}

func (f *fakeSlots) ClaimDigest(ctx context.Context, ch string, slot time.Time) (bool, error) {
	return f.claim(ctx, ch, slot)
}

func (f *fakeSlots) FinishDigest(ctx context.Context, ch string, slot time.Time, ts string) error {
	return f.finish(ctx, ch, slot, ts)
}

func (f *fakeSlots) SeenEvent(ctx context.Context, id string) (bool, error) { return f.seen(ctx, id) }

// memSlots is an in-memory slot table standing in for the database; two bot
// runs sharing one behave like a restart.
type memSlots struct {
	mu       sync.Mutex
	claims   map[string]bool
	finished map[string]string
	events   map[string]bool
	claimsN  int
}

func newMemSlots() *memSlots {
	return &memSlots{claims: map[string]bool{}, finished: map[string]string{}, events: map[string]bool{}}
}

func (m *memSlots) store() *fakeSlots {
	return &fakeSlots{
		claim: func(_ context.Context, ch string, slot time.Time) (bool, error) {
			m.mu.Lock()
			defer m.mu.Unlock()
			m.claimsN++
			k := fmt.Sprintf("%s@%s", ch, slot.UTC().Format(time.RFC3339))
			if m.claims[k] {
				return false, nil
			}
			m.claims[k] = true
			return true, nil
		},
		finish: func(_ context.Context, ch string, slot time.Time, ts string) error {
			m.mu.Lock()
			defer m.mu.Unlock()
			m.finished[fmt.Sprintf("%s@%s", ch, slot.UTC().Format(time.RFC3339))] = ts
			return nil
		},
		seen: func(_ context.Context, id string) (bool, error) {
			m.mu.Lock()
			defer m.mu.Unlock()
			if m.events[id] {
				return false, nil
			}
			m.events[id] = true
			return true, nil
		},
	}
}

func (m *memSlots) claimCalls() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.claimsN
}

// fakeIssues is a function-field IssueEditor.
type fakeIssues struct {
	issue  func(ctx context.Context, id int64) (*newsbot.IssueRecord, error)
	status func(ctx context.Context, id int64, status string) error
	rename func(ctx context.Context, id int64, title string) error
	merge  func(ctx context.Context, into, from int64) error
}

func (f *fakeIssues) Issue(ctx context.Context, id int64) (*newsbot.IssueRecord, error) {
	return f.issue(ctx, id)
}

func (f *fakeIssues) SetIssueStatus(ctx context.Context, id int64, status string) error {
	return f.status(ctx, id, status)
}

func (f *fakeIssues) RenameIssue(ctx context.Context, id int64, title string) error {
	return f.rename(ctx, id, title)
}

func (f *fakeIssues) MergeIssues(ctx context.Context, into, from int64) error {
	return f.merge(ctx, into, from)
}

// Realistic answers written for these tests.
var (
	refTalks = newsbot.ArticleRef{ID: 7, Title: "Prime minister lands in Beijing for trade talks", URL: "https://news.example.com/world/pm-beijing-talks",
		Outlet: "Example News", Published: time.Date(2026, 1, 28, 9, 0, 0, 0, time.UTC)}
	refPort = newsbot.ArticleRef{ID: 9, Title: "Port strike enters second week", URL: "https://news.example.com/business/port-strike?id=4&src=rss",
		Outlet: "Example News", Published: time.Date(2026, 1, 27, 15, 0, 0, 0, time.UTC)}
)

func quoteAnswer(query string) summaries.Answer {
	return summaries.Answer{
		Lead: fmt.Sprintf("Keir Starmer (British Prime Minister): 2 quotes matching %q, newest first", query),
		Items: []summaries.Item{
			{Text: "We will not trade away our security for a quick deal", Quoted: true,
				Detail: "Keir Starmer, British Prime Minister, told reporters", Date: refTalks.Published, Sources: []newsbot.ArticleRef{refTalks}},
			{Text: "The relationship matters to working people on both sides", Quoted: true,
				Detail: "Keir Starmer, said", Date: refTalks.Published, Sources: []newsbot.ArticleRef{refTalks}},
		},
		Next: "/whosaid " + query + " page 2",
	}
}
