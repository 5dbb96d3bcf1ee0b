package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// The digest shows the called-off strike as settled with the report that
// called it off (a report no issue was filed from), and never folds an
// open dispute into a settled one's line.
func TestDigestNewestCoverageSettles(t *testing.T) {
	s := service(fixtureWorldIn(t, "askopen", true), at("2026-11-26T12:00:00Z"), time.UTC)
	d, err := s.Digest(context.Background(), at("2026-11-26T12:00:00Z"))
	mustNoErr(t, err)
	var velling, library bool
	for _, l := range d.Issues {
		// Bin threads may share the bin deal's line; the open library
		// row and the shipping diversions never do.
		if l.Settled && (strings.Contains(l.Title, "Library") || strings.Contains(l.Title, "Staff walkout") || strings.Contains(l.Title, "Shipping")) {
			t.Errorf("settled line folds in an open thread: %+v", l)
		}
		if strings.Contains(l.Latest, "Velling") {
			velling = true
			if !l.Settled || !strings.Contains(l.Latest, "called off") {
				t.Errorf("Port Velling line should be settled with the called-off report: %+v", l)
			}
		}
		if strings.Contains(l.Latest, "Library staff") || strings.Contains(l.Title, "Library") {
			library = true
			if l.Settled {
				t.Errorf("library row is open: %+v", l)
			}
		}
	}
	if !velling || !library {
		t.Errorf("digest lacks the Velling or library line: %+v", d.Issues)
	}
}

// One report settles the bin dispute and says the library row goes on:
// the settlement settles the bins only, and the digest keeps two lines.
func TestSettlementSettlesOnlyItsThread(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Dunmore bin crews threaten action", Published: at("2026-11-23T09:00:00Z")}
	wed := newsbot.ArticleRef{ID: 2, Title: "Dunmore bin crews accept deal", Published: at("2026-11-25T09:00:00Z")}
	texts := map[int64]string{
		1: "Refuse collectors in Dunmore threatened to stop collections in a dispute with the council over overtime rates.",
		2: "Dunmore Borough Council and its refuse collectors settled their dispute over overtime rates on Wednesday. The council's row with library staff over Sunday opening hours is unresolved, and the library strike will go ahead on 3 December.",
	}
	issues := []newsbot.IssueRecord{
		{ID: 7, Title: "Library Sunday opening", Keywords: []string{"library staff", "Sunday opening"}, Status: newsbot.IssueOpen,
			Latest: "The council's row with library staff over Sunday opening hours is unresolved, and the library strike will go ahead on 3 December.", LatestAt: wed.Published, Sources: []newsbot.ArticleRef{wed}},
		{ID: 6, Title: "Refuse collectors' overtime rates", Keywords: []string{"refuse collectors", "overtime rates"}, Status: newsbot.IssueOpen,
			Latest: texts[1], LatestAt: mon.Published, Sources: []newsbot.ArticleRef{mon}},
	}
	st := &fakeStore{
		article: func(_ context.Context, id int64) (*newsbot.Article, error) {
			return &newsbot.Article{ID: id, Text: texts[id]}, nil
		},
		searchPassages: func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, nil },
		issues: func(_ context.Context, status string) ([]newsbot.IssueRecord, error) {
			if status == newsbot.IssueOpen {
				return issues, nil
			}
			return nil, nil
		},
		legs: func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) { return nil, nil },
	}
	s := &Service{Store: st, Location: time.UTC, Now: func() time.Time { return at("2026-11-26T12:00:00Z") }}
	got, err := s.withSettlements(context.Background(), issues, time.Time{})
	mustNoErr(t, err)
	for _, is := range got {
		if want := is.ID == 6; reportsSettled(is.Latest) != want {
			t.Errorf("#%d settled = %v, want %v (latest %q)", is.ID, !want, want, is.Latest)
		}
	}
	d, err := s.Digest(context.Background(), at("2026-11-26T12:00:00Z"))
	mustNoErr(t, err)
	if len(d.Issues) != 2 {
		t.Errorf("digest issues = %+v, want two lines", d.Issues)
	}
	for _, l := range d.Issues {
		if l.Settled != (l.ID == 6) {
			t.Errorf("digest line #%d settled = %v: %+v", l.ID, l.Settled, l)
		}
	}
}
