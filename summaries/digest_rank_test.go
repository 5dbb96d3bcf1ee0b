package summaries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// digestWorld is an archive of open issues the store lists as it does
// (latest development first, at most the limit asked), legs none.
func digestWorld(issues []newsbot.IssueRecord) *Service {
	st := &fakeStore{
		issuesLimited: func(_ context.Context, status string, limit int) ([]newsbot.IssueRecord, error) {
			var out []newsbot.IssueRecord
			for _, is := range sortIssues(issues) {
				if status == "" || is.Status == status {
					out = append(out, is)
				}
			}
			if limit > 0 {
				out = out[:min(len(out), limit)]
			}
			return out, nil
		},
		article: func(_ context.Context, id int64) (*newsbot.Article, error) {
			return &newsbot.Article{ID: id, Text: "Nothing more was reported."}, nil
		},
		searchPassages: func(context.Context, string, int) ([]newsbot.Passage, error) { return nil, nil },
		legs:           func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) { return nil, nil },
	}
	return &Service{Store: st, Location: time.UTC, Now: func() time.Time { return at("2026-11-26T12:00:00Z") }}
}

func ref(id int64, title, day string) newsbot.ArticleRef {
	return newsbot.ArticleRef{ID: id, Title: title, Outlet: "Wire", Published: at(day + "T09:00:00Z")}
}

// The disputes running for weeks, each with several reports, are listed
// though a day of one-report threads with junk titles came after them.
func TestDigestKeepsEstablishedDisputes(t *testing.T) {
	var issues []newsbot.IssueRecord
	old := []struct{ title, latest string }{
		{"Port Velling dock strike", "Dockers at Port Velling extended their strike into a third week, accusing the operator of stalling."},
		{"Calder Water sewage fines", "Calder Water said it would appeal against the regulator's £12 million fine."},
		{"Hospital parking charges row", "Councillor Amir Shah accused the health board of ignoring the petition."},
		{"Teachers' pay dispute", "The Teachers' Union rejected the latest offer as a real-terms cut."},
		{"Kelby bus route cuts", "Kelby Buses denied that the cuts would leave villages without a service."},
	}
	id := int64(100)
	for i, o := range old {
		day := fmt.Sprintf("2026-11-%02d", 10+i)
		srcs := []newsbot.ArticleRef{ref(id, o.title+": latest", day), ref(id+1, o.title+": earlier", "2026-11-03"), ref(id+2, o.title+": first", "2026-10-28")}
		id += 3
		issues = append(issues, newsbot.IssueRecord{ID: int64(i + 1), Title: o.title, Status: newsbot.IssueOpen, Latest: o.latest,
			LatestAt: srcs[0].Published, Sources: srcs, SourceCount: 3})
	}
	// Thirty one-report threads from the last week: twenty with junk
	// titles, ten real.
	junk := []string{"Councillors", "Thursday", "Onions", "Christmas", "Residents", "Officials", "Monday", "Weekend", "Statement", "Spokesman"}
	for i := 0; i < 30; i++ {
		day := fmt.Sprintf("2026-11-%02d", 20+i%7)
		title, latest := junk[i%len(junk)], "Residents said they were unhappy with the decision."
		if i%3 == 0 {
			title, latest = fmt.Sprintf("Ferry contract row %d", i), "The islanders accused the ferry operator of breaking the contract."
		}
		issues = append(issues, newsbot.IssueRecord{ID: int64(50 + i), Title: title, Status: newsbot.IssueOpen, Latest: latest,
			LatestAt: at(day + "T10:00:00Z"), Sources: []newsbot.ArticleRef{ref(int64(500+i), title, day)}, SourceCount: 1})
	}
	d, err := digestWorld(issues).Digest(context.Background(), at("2026-11-26T12:00:00Z"))
	mustNoErr(t, err)
	var titles []string
	for _, l := range d.Issues {
		titles = append(titles, l.Title)
	}
	for _, o := range old {
		if !slices.Contains(titles, o.title) {
			t.Errorf("digest lacks the established dispute %q; lists %q", o.title, titles)
		}
	}
	for _, j := range junk {
		if slices.Contains(titles, j) {
			t.Errorf("digest lists the one-report junk title %q", j)
		}
	}
	if len(d.Issues) > MaxDigestIssues {
		t.Errorf("digest lists %d issues, more than %d", len(d.Issues), MaxDigestIssues)
	}
	// Shown latest development first.
	for i := 1; i < len(d.Issues); i++ {
		if d.Issues[i].LatestAt.After(d.Issues[i-1].LatestAt) {
			t.Errorf("issue %d (%s) is newer than issue %d (%s)", i, d.Issues[i].Title, i-1, d.Issues[i-1].Title)
		}
	}
}

// With one-report junk among the newest, the digest reads further back and,
// with more real threads than it lists, keeps those with several reports
// and named parties over the newest one-report threads. Without junk it
// reads the newest MaxDigestIssues only, as before.
func TestDigestRanksByEvidence(t *testing.T) {
	var issues []newsbot.IssueRecord
	for i := 0; i < 3; i++ {
		day := fmt.Sprintf("2026-11-%02d", 12+i)
		srcs := []newsbot.ArticleRef{ref(int64(10*i+1), "Mine dispute", day), ref(int64(10*i+2), "Mine dispute", "2026-11-05")}
		issues = append(issues, newsbot.IssueRecord{ID: int64(i + 1), Title: fmt.Sprintf("Mine closure dispute %d", i), Status: newsbot.IssueOpen,
			Latest: "The Miners' Federation accused Carrock Mining of breaking its promise.", LatestAt: srcs[0].Published, Sources: srcs, SourceCount: 4})
	}
	for i := 0; i < 30; i++ {
		day := fmt.Sprintf("2026-11-%02d", 19+i%7)
		issues = append(issues, newsbot.IssueRecord{ID: int64(100 + i), Title: fmt.Sprintf("Parking fines %d", i), Status: newsbot.IssueOpen,
			Latest: "Drivers complained about the fines.", LatestAt: at(day + "T10:00:00Z"), Sources: []newsbot.ArticleRef{ref(int64(200+i), "Parking", day)}, SourceCount: 1})
	}
	withJunk := slices.Clone(issues)
	for i, title := range []string{"Councillors", "Thursday", "Onions", "Residents", "Statement"} {
		withJunk = append(withJunk, newsbot.IssueRecord{ID: int64(300 + i), Title: title, Status: newsbot.IssueOpen,
			Latest: "Residents complained.", LatestAt: at("2026-11-26T10:00:00Z"), Sources: []newsbot.ArticleRef{ref(int64(400+i), title, "2026-11-26")}, SourceCount: 1})
	}
	for _, tt := range []struct {
		name   string
		issues []newsbot.IssueRecord
		mines  int
		reads  []int
	}{
		{"junk among the newest", withJunk, 3, []int{MaxDigestIssues, MaxDigestIssues + 15}},
		{"no junk", issues, 0, []int{MaxDigestIssues}},
	} {
		s := digestWorld(tt.issues)
		st := s.Store.(*fakeStore)
		var reads []int
		list := st.issuesLimited
		st.issuesLimited = func(ctx context.Context, status string, limit int) ([]newsbot.IssueRecord, error) {
			if status == newsbot.IssueOpen {
				reads = append(reads, limit)
			}
			return list(ctx, status, limit)
		}
		d, err := s.Digest(context.Background(), at("2026-11-26T12:00:00Z"))
		mustNoErr(t, err)
		n := 0
		for _, l := range d.Issues {
			if strings.HasPrefix(l.Title, "Mine closure dispute") {
				n++
			}
		}
		if n != tt.mines || len(d.Issues) != MaxDigestIssues {
			t.Errorf("%s: digest lists %d of 3 mine disputes in %d lines, want %d in %d", tt.name, n, len(d.Issues), tt.mines, MaxDigestIssues)
		}
		for _, l := range d.Issues {
			if junkTitle(l.Title) {
				t.Errorf("%s: weak thread %q listed though stronger ones were left out", tt.name, l.Title)
			}
		}
		if !slices.Equal(reads, tt.reads) {
			t.Errorf("%s: open issues read with limits %v, want %v", tt.name, reads, tt.reads)
		}
	}
}

// With room to spare, a one-report thread with a junk title is listed when
// its latest development tells of a dispute, and left out when it does not.
func TestDigestWeakThreads(t *testing.T) {
	day := "2026-11-25"
	issues := []newsbot.IssueRecord{
		{ID: 1, Title: "Counts", Status: newsbot.IssueOpen, LatestAt: at(day + "T09:00:00Z"), Sources: []newsbot.ArticleRef{ref(1, "Mayor's trial", day)}, SourceCount: 1,
			Latest: "Closing speeches ended in the trial of the former mayor, who denies two counts of misconduct."},
		{ID: 2, Title: "Pledge", Status: newsbot.IssueOpen, LatestAt: at(day + "T09:00:00Z"), Sources: []newsbot.ArticleRef{ref(2, "Funds back ports", day)}, SourceCount: 1,
			Latest: "Six pension funds pledged £2 billion for roads and ports."},
	}
	d, err := digestWorld(issues).Digest(context.Background(), at("2026-11-26T12:00:00Z"))
	mustNoErr(t, err)
	if len(d.Issues) != 1 || d.Issues[0].ID != 1 {
		t.Errorf("digest issues = %+v, want #1 only", d.Issues)
	}
}

func TestJunkTitle(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Councillors", true}, {"Onions", true}, {"Thursday", true}, {"Next week", true}, {"December 3", true},
		{"Strike", false}, {"Sanctions", false}, {"Catch limits", false}, {"Rostering system", false},
		{"Ban on onion exports", false}, {"Marlow Energy", false}, {"Vote to strike", false},
	} {
		if got := junkTitle(tt.title); got != tt.want {
			t.Errorf("junkTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// A strike whose ending was reported in an article that filed no issue
// reads settled in the digest: the search for newer coverage uses the
// places and parties of its latest development, not the common noun that
// opens its title.
func TestDigestFindsSettlingReport(t *testing.T) {
	s := service(fixtureWorldIn(t, "askq6", true), at("2026-11-26T12:00:00Z"), time.UTC)
	d, err := s.Digest(context.Background(), at("2026-11-26T12:00:00Z"))
	mustNoErr(t, err)
	found := false
	for _, l := range d.Issues {
		if strings.Contains(l.Title, "rest periods") {
			found = true
			if !l.Settled || !strings.Contains(l.Latest, "ended the strike") {
				t.Errorf("Dover ferry strike line not settled by the report that ended it: %+v", l)
			}
		}
	}
	if !found {
		t.Errorf("digest lacks the Dover ferry strike: %+v", d.Issues)
	}
}

func TestThreadNames(t *testing.T) {
	for _, tt := range []struct {
		is   newsbot.IssueRecord
		want []string
	}{
		{newsbot.IssueRecord{Title: "Dispute over pay and rest periods", Keywords: []string{"dispute", "pay and rest periods", "Ferry crews"},
			Latest: "Ferry crews at Dover walked out on Friday in a dispute over pay and rest periods, halting crossings to Calais."}, []string{"Ferry", "Dover", "Calais"}},
		{newsbot.IssueRecord{Title: "Calder Water dispute", Keywords: []string{"Calder Water", "Port Aston"},
			Latest: "Calder Water said it would appeal."}, []string{"Calder", "Water", "Port"}},
	} {
		if got := threadNames(tt.is); !slices.Equal(got, tt.want) {
			t.Errorf("threadNames(%q) = %q, want %q", tt.is.Title, got, tt.want)
		}
	}
}
