package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// A follow-up calls the strike off and says the calls for the chief
// executive to resign go on; both threads list it as a source. The
// settlement settles the strike only, and /issues and the digest agree.
func TestSettlementStaysWithItsThread(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Northline drivers to strike", Published: at("2026-11-23T09:00:00Z")}
	wed := newsbot.ArticleRef{ID: 2, Title: "Northline strike called off, but pressure on Kemp grows", Published: at("2026-11-25T09:00:00Z")}
	texts := map[int64]string{
		1: "Train drivers at Northline Rail will strike on Friday in a dispute over pay. The union has also called for the resignation of Northline's chief executive, Sarah Kemp.",
		2: "Train drivers at Northline Rail called off Friday's strike on Wednesday after accepting a pay rise of 5 per cent. But the union's calls for the resignation of chief executive Sarah Kemp continue.",
	}
	issues := []newsbot.IssueRecord{
		{ID: 13, Title: "Calls for Sarah Kemp's resignation", Keywords: []string{"resignation", "Sarah Kemp", "Northline Rail"}, Status: newsbot.IssueOpen,
			Latest: "But the union's calls for the resignation of chief executive Sarah Kemp continue.", LatestAt: wed.Published, Sources: []newsbot.ArticleRef{wed}},
		{ID: 12, Title: "Train strike", Keywords: []string{"strike", "Northline Rail", "Train drivers"}, Status: newsbot.IssueOpen,
			Latest: "Train drivers at Northline Rail will strike on Friday in a dispute over pay.", LatestAt: mon.Published, Sources: []newsbot.ArticleRef{wed, mon}},
	}
	st := &fakeStore{
		article: func(_ context.Context, id int64) (*newsbot.Article, error) {
			return &newsbot.Article{ID: id, Text: texts[id]}, nil
		},
		searchPassages: func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, nil },
		issues: func(_ context.Context, status string) ([]newsbot.IssueRecord, error) {
			if status == newsbot.IssueClosed {
				return nil, nil
			}
			return issues, nil
		},
		legs: func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) { return nil, nil },
	}
	s := &Service{Store: st, Location: time.UTC, Now: func() time.Time { return at("2026-11-26T12:00:00Z") }}
	d, err := s.Digest(context.Background(), at("2026-11-26T12:00:00Z"))
	mustNoErr(t, err)
	digest := map[int64]bool{}
	for _, l := range d.Issues {
		digest[l.ID] = l.Settled
		if l.ID == 13 && (l.Settled || !strings.Contains(l.Latest, "continue") || strings.Contains(l.Title, "also")) {
			t.Errorf("the resignation calls read settled or share the strike's line: %+v", l)
		}
	}
	if !digest[12] || digest[13] {
		t.Errorf("digest settled = %v, want #12 only", digest)
	}
	a, err := s.Issues(context.Background(), "open")
	mustNoErr(t, err)
	for _, it := range a.Items {
		if got := strings.Contains(it.Text, "reported settled"); got != digest[it.ID] {
			t.Errorf("/issues %q settled = %v, digest says %v", it.Text, got, digest[it.ID])
		}
	}
}

func TestSettlesThread(t *testing.T) {
	wed := newsbot.ArticleRef{ID: 2, Published: at("2026-11-25T09:00:00Z")}
	tests := []struct {
		report string
		is     newsbot.IssueRecord
		want   bool
	}{
		{"Train drivers at Northline Rail called off Friday's strike on Wednesday.", newsbot.IssueRecord{Title: "Train strike", Latest: "Drivers will strike on Friday."}, true},
		{"Train drivers at Northline Rail called off Friday's strike on Wednesday.", newsbot.IssueRecord{Title: "Calls for Sarah Kemp's resignation", Keywords: []string{"Northline Rail"}, Latest: "The union wants Kemp out."}, false},
		{"Staff ended their pensions dispute on Thursday.", newsbot.IssueRecord{Title: "Dispute over pensions"}, true},
		{"Staff ended their pensions dispute on Thursday.", newsbot.IssueRecord{Title: "Students' demand for refunds", Latest: "Students want refunds after the dispute."}, false},
		{"The council settled its dispute over overtime rates.", newsbot.IssueRecord{Title: "Refuse collectors' overtime rates"}, true},
		{"The long-running dispute ended on Friday.", newsbot.IssueRecord{Title: "Dispute over fishing"}, true},
		// Only the kind of action named: an issue titled as a dispute.
		{"A pay rise has ended the strike by ferry crews at Portwick.", newsbot.IssueRecord{Title: "Dispute over pay and rest periods", Latest: "The union accused the operator of forcing 14-hour days."}, true},
		{"A pay rise has ended the strike by ferry crews at Portwick.", newsbot.IssueRecord{Title: "Calls for the harbour master's resignation", Latest: "The union wants him out."}, false},
		// The issue's own newer development says it goes on.
		{"The strike was called off on Tuesday.", newsbot.IssueRecord{Title: "Strike and resignation calls", Latest: "Calls for her resignation continue.", LatestAt: wed.Published}, false},
	}
	for _, tt := range tests {
		if got := settlesThread(tt.report, wed, tt.is); got != tt.want {
			t.Errorf("settlesThread(%q, %q) = %v, want %v", tt.report, tt.is.Title, got, tt.want)
		}
	}
}
