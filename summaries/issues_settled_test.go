package summaries

import (
	"context"
	"maps"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestReportsSettled(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Kenya and Uganda agreed on Thursday to set up a joint permit system for Lake Victoria, ending a dispute over fishing rights that had led to the seizure of 14 boats.", true},
		{"The union called off the strike after the company improved its offer.", true},
		{"The three-week stand-off is over, officials said.", true},
		{"The row was settled late on Friday.", true},
		{"Mediators hope to end the dispute before Christmas.", false},
		{"Talks aimed at ending the strike collapsed on Monday.", false},
		{"The two sides failed to settle the row over water rights.", false},
		{"Officials are due to meet in Kisumu on Thursday to try to settle the dispute over the permits.", false},
		{"The strike will go ahead unless the government improves its offer.", false},
		{"The government said there was no end to the dispute in sight.", false},
	}
	for _, tt := range tests {
		if got := reportsSettled(tt.sentence); got != tt.want {
			t.Errorf("reportsSettled(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// Extraction may file one strike as two issues; the newer development,
// worded without "dispute", still answers "is the teachers dispute open?".
func TestMatchingIssuesJoinsSplitThreads(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Queensland teachers vote to strike over pay", Published: at("2026-11-23T09:00:00Z")}
	wed := newsbot.ArticleRef{ID: 2, Title: "Queensland raises teacher pay offer but strike still on", Published: at("2026-11-25T09:00:00Z")}
	other := newsbot.ArticleRef{ID: 3, Title: "Queensland floods close roads", Published: at("2026-11-26T09:00:00Z")}
	issues := []newsbot.IssueRecord{
		{ID: 9, Title: "Flood damage", Latest: "Floods closed roads across Queensland as teachers sent pupils home.", LatestAt: other.Published, Sources: []newsbot.ArticleRef{other}},
		{ID: 4, Title: "Vote to strike", Latest: "The Queensland government raised its pay offer to teachers to 10 percent.", LatestAt: wed.Published, Sources: []newsbot.ArticleRef{wed, mon}},
		{ID: 5, Title: "Dispute over pay and workloads", Latest: "Teachers in Queensland have voted to strike in a dispute over pay.", LatestAt: mon.Published, Sources: []newsbot.ArticleRef{mon}},
	}
	got := matchingIssues(issues, "Queensland teachers dispute")
	if len(got) != 2 || got[0].ID != 4 || got[1].ID != 5 {
		t.Errorf("matchingIssues = %+v, want #4 then #5 (the flood story shares no report)", got)
	}
}

// A settlement told in a newer report than an issue's latest development,
// or beside the sentence extraction kept as its latest, settles the issue;
// an issue sharing only the report (a side pledge) with no words of the
// settlement stays open.
func TestWithSettlements(t *testing.T) {
	tue := newsbot.ArticleRef{ID: 1, Title: "Lakeside Water offers to phase in rise", Published: at("2026-11-24T09:00:00Z")}
	thu := newsbot.ArticleRef{ID: 2, Title: "Water firm and council strike deal", Published: at("2026-11-26T09:00:00Z")}
	texts := map[int64]string{
		1: "Lakeside Water offered on Tuesday to phase in its rise over three years. The company would also freeze standing charges for pensioners.",
		2: "Lakeside Water and Marlow Borough Council have settled their dispute over household water bills, agreeing on Thursday to a 7% increase. Under the agreement, the company will also spend £8 million on storm overflows, and the council has dropped its legal threat.",
	}
	st := &fakeStore{article: func(_ context.Context, id int64) (*newsbot.Article, error) {
		return &newsbot.Article{ID: id, Text: texts[id]}, nil
	}}
	s := &Service{Store: st}
	issues := []newsbot.IssueRecord{
		{ID: 4, Title: "Storm overflows", Status: newsbot.IssueOpen, Latest: "Under the agreement, the company will also spend £8 million on storm overflows, and the council has dropped its legal threat.", LatestAt: thu.Published, Sources: []newsbot.ArticleRef{thu}},
		{ID: 3, Title: "Standing charges", Status: newsbot.IssueOpen, Latest: "The company would also freeze standing charges for pensioners.", LatestAt: tue.Published, Sources: []newsbot.ArticleRef{tue}},
		{ID: 1, Title: "Household water bills", Status: newsbot.IssueOpen, Latest: "Lakeside Water offered on Tuesday to phase in its rise over three years.", LatestAt: tue.Published, Sources: []newsbot.ArticleRef{tue}},
	}
	got, err := s.withSettlements(context.Background(), issues, time.Time{})
	mustNoErr(t, err)
	settled := map[int64]bool{}
	for _, is := range got {
		settled[is.ID] = reportsSettled(is.Latest)
		if is.ID == 1 && (len(is.Sources) == 0 || is.Sources[0].ID != thu.ID || !is.LatestAt.Equal(thu.Published)) {
			t.Errorf("#1 should cite Thursday's report first: %+v", is)
		}
	}
	if want := map[int64]bool{4: true, 1: true, 3: false}; !maps.Equal(settled, want) {
		t.Errorf("settled = %v, want %v", settled, want)
	}
	// Asked as of Wednesday, Thursday's report is not yet known.
	got, err = s.withSettlements(context.Background(), issues[1:], at("2026-11-25T23:59:00Z"))
	mustNoErr(t, err)
	for _, is := range got {
		if reportsSettled(is.Latest) {
			t.Errorf("#%d settled by a report not yet published", is.ID)
		}
	}
}
