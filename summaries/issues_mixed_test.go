package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// Written for these tests: one report ends a ferry strike and says a lock
// keepers' walkout goes ahead.
const twoThreads = "HOLYHEAD, Nov 27 - Ferry crews at Holyhead called off their strike on Friday after an overnight deal on rest periods, but a 24-hour walkout by lock keepers on the Shannon canal will go ahead on Monday after talks broke down."

func TestSettledFor(t *testing.T) {
	tests := []struct {
		sentence string
		words    []string
		want     bool
	}{
		{twoThreads, []string{"ferry", "crews", "Holyhead"}, true},
		{twoThreads, []string{"lock", "keepers", "canal"}, false},
		{twoThreads, []string{"lock", "keepers", "walkout"}, false},
		{twoThreads, []string{"school", "meals"}, false}, // neither clause names it: not claimed settled
		{"Ferry crews at Holyhead called off their strike on Friday after an overnight deal on rest periods.", []string{"lock", "keepers"}, true},
		{"Bin workers in Leith ended their strike, while talks on the depot closure continue.", []string{"bin", "workers"}, true},
		{"Bin workers in Leith ended their strike, while talks on the depot closure continue.", []string{"depot", "closure"}, false},
		{"Lock keepers will walk out on Monday unless the talks resume.", []string{"lock", "keepers"}, false},
	}
	for _, tt := range tests {
		if got := settledFor(tt.sentence, tt.words); got != tt.want {
			t.Errorf("settledFor(%q, %v) = %v, want %v", tt.sentence, tt.words, got, tt.want)
		}
	}
}

func TestTopicClause(t *testing.T) {
	if got := topicClause(twoThreads, []string{"lock", "keepers", "walkout"}); !strings.HasPrefix(got, "… a 24-hour walkout by lock keepers") || !strings.HasSuffix(got, "talks broke down.") {
		t.Errorf("topicClause for the walkout = %q", got)
	}
	if got := topicClause(twoThreads, []string{"Holyhead", "ferry", "strike"}); !strings.HasPrefix(got, "HOLYHEAD, Nov 27 - Ferry crews") || !strings.HasSuffix(got, "rest periods …") {
		t.Errorf("topicClause for the ferry strike = %q", got)
	}
	one := "Ferry crews at Holyhead called off their strike on Friday."
	if got := topicClause(one, []string{"ferry"}); got != one {
		t.Errorf("topicClause of a one-thread sentence = %q", got)
	}
}

func TestMixedReportSettlesOnlyItsThread(t *testing.T) {
	first := newsbot.ArticleRef{ID: 1, Title: "Lock keepers vote to walk out over staffing", Outlet: "Midlands Wire", Published: at("2026-11-23T09:00:00Z")}
	follow := newsbot.ArticleRef{ID: 2, Title: "Holyhead ferry strike ends, canal walkout to go ahead", Outlet: "Midlands Wire", Published: at("2026-11-27T09:00:00Z")}
	canal := newsbot.IssueRecord{ID: 10, Title: "Shannon canal lock keepers' walkout", Keywords: []string{"lock keepers", "staffing"}, Status: newsbot.IssueOpen,
		Latest: "Lock keepers on the Shannon canal voted on Monday to walk out over staffing cuts.", LatestAt: first.Published, Sources: []newsbot.ArticleRef{first}, SourceCount: 1}
	// The follow-up's own issue, titled by the canal, filed from its mixed lead.
	canalToo := newsbot.IssueRecord{ID: 11, Title: "Canal walkout", Keywords: []string{"lock keepers", "canal"}, Status: newsbot.IssueOpen,
		Latest: twoThreads, LatestAt: follow.Published, Sources: []newsbot.ArticleRef{follow}, SourceCount: 1}
	ferry := newsbot.IssueRecord{ID: 12, Title: "Ferry strike", Keywords: []string{"ferry crews", "rest periods"}, Status: newsbot.IssueOpen,
		Latest: twoThreads, LatestAt: follow.Published, Sources: []newsbot.ArticleRef{follow}, SourceCount: 1}
	meals := newsbot.IssueRecord{ID: 13, Title: "School meals funding", Keywords: []string{"school meals"}, Status: newsbot.IssueOpen,
		Latest: "Councillors will vote next week on school meals funding for the spring term.", LatestAt: first.Published, Sources: []newsbot.ArticleRef{first}, SourceCount: 1}

	s := &Service{Store: &fakeStore{article: func(_ context.Context, id int64) (*newsbot.Article, error) {
		switch id {
		case 1:
			return &newsbot.Article{ID: 1, Text: canal.Latest + " " + meals.Latest, Published: first.Published}, nil
		case 2:
			return &newsbot.Article{ID: 2, Text: twoThreads + " Ferries were expected to sail normally from Saturday.", Published: follow.Published}, nil
		}
		return nil, newsbot.ErrNotFound
	}}, Location: time.UTC, Now: func() time.Time { return at("2026-11-27T12:00:00Z") }}

	// Never the walkout told as going ahead marked settled.
	if s.issueLine(canalToo).Settled {
		t.Errorf("%q reads settled by a sentence saying it goes ahead", canalToo.Title)
	}
	if !s.issueLine(ferry).Settled {
		t.Errorf("%q does not read settled", ferry.Title)
	}
	// Each shows the clause of its own thread.
	if l := s.issueLine(canalToo).Latest; !strings.HasPrefix(l, "… a 24-hour walkout") {
		t.Errorf("%q shows %q", canalToo.Title, l)
	}
	if l := s.issueLine(ferry).Latest; !strings.HasPrefix(l, "HOLYHEAD, Nov 27 - Ferry crews") || !strings.HasSuffix(l, "rest periods …") {
		t.Errorf("%q shows %q", ferry.Title, l)
	}
	got, err := s.withSettlements(context.Background(), []newsbot.IssueRecord{canal, canalToo, ferry, meals}, time.Time{}, follow)
	mustNoErr(t, err)
	byID := map[int64]newsbot.IssueRecord{}
	for _, is := range got {
		byID[is.ID] = is
	}
	// The follow-up joins the open thread it says goes on, which stays open.
	c := byID[10]
	if c.Latest != "… a 24-hour walkout by lock keepers on the Shannon canal will go ahead on Monday after talks broke down." || len(c.Sources) != 2 || c.Sources[0].ID != 2 || s.issueLine(c).Settled {
		t.Errorf("canal thread: latest %q, sources %v, settled %v; want the follow-up joined, open", c.Latest, c.Sources, s.issueLine(c).Settled)
	}
	if m := byID[13]; m.Latest != meals.Latest || len(m.Sources) != 1 {
		t.Errorf("an unrelated thread took the report: %q", m.Latest)
	}
}

// TestIsOpenWithTwoThreadReport asks after both threads of twoThreads: the
// ferry strike is over, the canal walkout goes ahead, whichever issue the
// store filed the report under.
func TestIsOpenWithTwoThreadReport(t *testing.T) {
	first := newsbot.ArticleRef{ID: 1, Title: "Lock keepers vote to walk out over staffing", Outlet: "Midlands Wire", Published: at("2026-11-23T09:00:00Z")}
	follow := newsbot.ArticleRef{ID: 2, Title: "Holyhead ferry strike ends, canal walkout to go ahead", Outlet: "Midlands Wire", Published: at("2026-11-27T09:00:00Z")}
	canalLatest := "Lock keepers on the Shannon canal voted on Monday to walk out over staffing cuts."
	w := world{
		issues: []newsbot.IssueRecord{
			{ID: 10, Title: "Canal walkout", Keywords: []string{"lock keepers", "Shannon canal"}, Status: newsbot.IssueOpen,
				Latest: twoThreads, LatestAt: follow.Published, Sources: []newsbot.ArticleRef{follow, first}, SourceCount: 2},
			{ID: 12, Title: "Ferry strike", Keywords: []string{"ferry crews", "rest periods"}, Status: newsbot.IssueOpen,
				Latest: twoThreads, LatestAt: follow.Published, Sources: []newsbot.ArticleRef{follow}, SourceCount: 1},
		},
		passages: []newsbot.Passage{
			{Article: follow, Text: twoThreads},
			{Article: follow, Text: "Ferries were expected to sail normally from Saturday."},
			{Article: first, Text: canalLatest},
		},
		articleSearch: true,
	}
	st := w.store()
	st.article = func(_ context.Context, id int64) (*newsbot.Article, error) {
		switch id {
		case 1:
			return &newsbot.Article{ID: 1, Title: first.Title, Text: canalLatest, Published: first.Published}, nil
		case 2:
			return &newsbot.Article{ID: 2, Title: follow.Title, Text: twoThreads + " Ferries were expected to sail normally from Saturday.", Published: follow.Published}, nil
		}
		return nil, newsbot.ErrNotFound
	}
	s := &Service{Store: st, Location: time.UTC, Now: func() time.Time { return at("2026-11-27T12:00:00Z") }}
	for _, tt := range []struct {
		question, want string
		not            []string
	}{
		{"is the canal walkout still going ahead?", "Yes — ", []string{"Ferry crews at Holyhead called off"}},
		{"is the Holyhead ferry strike still on?", "No — ", nil},
	} {
		a, err := s.Ask(context.Background(), tt.question)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.want) {
			t.Errorf("%s\nlead %q, want it to start %q", tt.question, a.Lead, tt.want)
		}
		for _, n := range tt.not {
			if strings.Contains(a.Lead, n) {
				t.Errorf("%s\nlead %q must not quote %q", tt.question, a.Lead, n)
			}
		}
	}
}
