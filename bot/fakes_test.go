package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/store"
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

// fakeSlots is a function-field SlotStore with the digest-claim methods of
// *store.Store; nil claim-recovery fields behave as a store where nothing
// needs recovering.
type fakeSlots struct {
	claim      func(ctx context.Context, channel string, slot time.Time) (bool, error)
	finish     func(ctx context.Context, channel string, slot time.Time, ts string) error
	seen       func(ctx context.Context, eventID string) (bool, error)
	release    func(ctx context.Context, channel string, slot time.Time) error
	unfinished func(ctx context.Context, before time.Time) ([]store.DigestClaim, error)
	touch      func(ctx context.Context, channel string, slot, staleBefore time.Time) (bool, error)
}

func (f *fakeSlots) ClaimDigest(ctx context.Context, ch string, slot time.Time) (bool, error) {
	return f.claim(ctx, ch, slot)
}

func (f *fakeSlots) FinishDigest(ctx context.Context, ch string, slot time.Time, ts string) error {
	return f.finish(ctx, ch, slot, ts)
}

func (f *fakeSlots) SeenEvent(ctx context.Context, id string) (bool, error) { return f.seen(ctx, id) }

func (f *fakeSlots) ReleaseDigest(ctx context.Context, ch string, slot time.Time) error {
	if f.release == nil {
		return nil
	}
	return f.release(ctx, ch, slot)
}

func (f *fakeSlots) UnfinishedDigests(ctx context.Context, before time.Time) ([]store.DigestClaim, error) {
	if f.unfinished == nil {
		return nil, nil
	}
	return f.unfinished(ctx, before)
}

func (f *fakeSlots) TouchDigest(ctx context.Context, ch string, slot, staleBefore time.Time) (bool, error) {
	if f.touch == nil {
		return true, nil
	}
	return f.touch(ctx, ch, slot, staleBefore)
}

// memSlots is an in-memory slot table standing in for the database; two bot
// runs sharing one behave like a restart. Claim times are whole seconds of
// the real clock, as in the store.
type memSlots struct {
	mu        sync.Mutex
	claims    map[string]bool
	claimedAt map[string]time.Time
	finished  map[string]string
	events    map[string]bool
	claimsN   int
	releases  int
}

func newMemSlots() *memSlots {
	return &memSlots{claims: map[string]bool{}, claimedAt: map[string]time.Time{}, finished: map[string]string{}, events: map[string]bool{}}
}

func slotKey(ch string, slot time.Time) string {
	return fmt.Sprintf("%s@%s", ch, slot.UTC().Format(time.RFC3339))
}

// abandon records a claim made at claimedAt whose post never finished, as
// a process that died after claiming leaves it.
func (m *memSlots) abandon(ch string, slot, claimedAt time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := slotKey(ch, slot)
	m.claims[k] = true
	m.claimedAt[k] = claimedAt.Truncate(time.Second)
}

// state returns whether (ch, slot) is claimed and its recorded ts.
func (m *memSlots) state(ch string, slot time.Time) (claimed bool, ts string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := slotKey(ch, slot)
	return m.claims[k], m.finished[k]
}

func (m *memSlots) store() *fakeSlots {
	return &fakeSlots{
		claim: func(_ context.Context, ch string, slot time.Time) (bool, error) {
			m.mu.Lock()
			defer m.mu.Unlock()
			m.claimsN++
			k := slotKey(ch, slot)
			if m.claims[k] {
				return false, nil
			}
			m.claims[k] = true
			m.claimedAt[k] = time.Now().Truncate(time.Second)
			return true, nil
		},
		finish: func(_ context.Context, ch string, slot time.Time, ts string) error {
			m.mu.Lock()
			defer m.mu.Unlock()
			m.finished[slotKey(ch, slot)] = ts
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
		release: func(_ context.Context, ch string, slot time.Time) error {
			m.mu.Lock()
			defer m.mu.Unlock()
			k := slotKey(ch, slot)
			if m.finished[k] == "" {
				delete(m.claims, k)
				m.releases++
			}
			return nil
		},
		unfinished: func(_ context.Context, before time.Time) ([]store.DigestClaim, error) {
			m.mu.Lock()
			defer m.mu.Unlock()
			var out []store.DigestClaim
			for k := range m.claims {
				if m.finished[k] != "" || m.claimedAt[k].Unix() >= before.Unix() {
					continue
				}
				ch, at, _ := strings.Cut(k, "@")
				slot, err := time.Parse(time.RFC3339, at)
				if err != nil {
					return nil, err
				}
				out = append(out, store.DigestClaim{Channel: ch, Slot: slot, ClaimedAt: m.claimedAt[k]})
			}
			return out, nil
		},
		touch: func(_ context.Context, ch string, slot, staleBefore time.Time) (bool, error) {
			m.mu.Lock()
			defer m.mu.Unlock()
			k := slotKey(ch, slot)
			if !m.claims[k] || m.finished[k] != "" || m.claimedAt[k].Unix() >= staleBefore.Unix() {
				return false, nil
			}
			m.claimedAt[k] = time.Now().Truncate(time.Second)
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
