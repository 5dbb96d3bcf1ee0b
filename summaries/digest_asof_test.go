package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// The store merges a plan with the report that calls it off. A digest for
// a day before that report shows the plan as it then stood, cites only what
// was published by then, and leaves out legs first reported later; the
// digest for a later day shows the call-off.
func TestDigestPastDayKnowsOnlyThatDay(t *testing.T) {
	tour := newsbot.ArticleRef{ID: 1, Title: "Foreign minister to tour southern Africa", Outlet: "Wire", Published: at("2026-11-20T09:00:00Z")}
	drop := newsbot.ArticleRef{ID: 2, Title: "Minister drops Luanda stop", Outlet: "Wire", Published: at("2026-11-24T09:00:00Z")}
	cork := newsbot.ArticleRef{ID: 3, Title: "Health minister to visit Cork", Outlet: "Post", Published: at("2026-11-22T09:00:00Z")}
	maputo := newsbot.ArticleRef{ID: 4, Title: "Minister lands in Maputo", Outlet: "Wire", Published: at("2026-11-25T18:00:00Z")}
	w := world{articleSearch: true,
		legs: []newsbot.Leg{
			{ID: 1, Day: day("2026-11-27"), Sources: []newsbot.ArticleRef{drop, tour}, SourceCount: 2,
				Trip: newsbot.Trip{Traveler: "Beatriz Almeida", Place: "Luanda", Country: "Angola", Date: "2026-11-27", Status: newsbot.StatusCancelled, WhenText: "on Friday"}},
			{ID: 2, Day: day("2026-11-25"), Sources: []newsbot.ArticleRef{maputo, tour}, SourceCount: 2,
				Trip: newsbot.Trip{Traveler: "Beatriz Almeida", Place: "Maputo", Country: "Mozambique", Date: "2026-11-25", Status: newsbot.StatusDone, WhenText: "on Wednesday"}},
			{ID: 3, Day: day("2026-11-27"), Sources: []newsbot.ArticleRef{cork}, SourceCount: 1,
				Trip: newsbot.Trip{Traveler: "Niamh Brennan", Place: "Cork", Country: "Ireland", Date: "2026-11-27", Status: newsbot.StatusScheduled, WhenText: "on Friday"}},
		},
		passages: []newsbot.Passage{
			{Article: maputo, Text: "Almeida arrived in Maputo on Wednesday."},
			{Article: drop, Text: "Almeida has cancelled her visit to Luanda, a ministry spokesman said."},
			{Article: cork, Text: "Niamh Brennan will visit Cork on Friday."},
			{Article: tour, Text: "Almeida will visit Maputo on Wednesday and end the tour in Luanda on Friday."},
		},
	}
	s := service(w, at("2026-11-26T09:00:00Z"), time.UTC)
	line := func(d Digest, place string) (LegLine, bool) {
		for _, g := range d.Legs {
			for _, l := range g.Legs {
				if l.Place == place {
					return l, true
				}
			}
		}
		return LegLine{}, false
	}

	before, err := s.Digest(context.Background(), day("2026-11-21"))
	mustNoErr(t, err)
	l, ok := line(before, "Luanda")
	if !ok || l.Status != newsbot.StatusScheduled || len(l.Sources) != 1 || l.Sources[0].ID != tour.ID || l.SourceCount != 1 {
		t.Errorf("21 Nov: Luanda = %+v (found %v), want scheduled, citing the tour story only", l, ok)
	}
	if l, ok := line(before, "Maputo"); !ok || l.Status != newsbot.StatusScheduled {
		t.Errorf("21 Nov: Maputo = %+v (found %v), want scheduled: it could not be done yet", l, ok)
	}
	if _, ok := line(before, "Cork"); ok {
		t.Errorf("21 Nov: the Cork visit was first reported on 22 Nov:\n%s", RenderDigestText(before))
	}
	if txt := RenderDigestText(before); strings.Contains(txt, drop.Title) || strings.Contains(txt, "cancelled") {
		t.Errorf("21 Nov digest knows the later call-off:\n%s", txt)
	}

	after, err := s.Digest(context.Background(), day("2026-11-24"))
	mustNoErr(t, err)
	if l, ok := line(after, "Luanda"); !ok || l.Status != newsbot.StatusCancelled || len(l.Sources) != 2 {
		t.Errorf("24 Nov: Luanda = %+v (found %v), want cancelled with both sources", l, ok)
	}
	if _, ok := line(after, "Cork"); !ok {
		t.Errorf("24 Nov: Cork missing:\n%s", RenderDigestText(after))
	}
}

// Issues extraction split out of one sentence share their latest
// development: the digest names them on one line.
func TestDigestOneLinePerDevelopment(t *testing.T) {
	src := newsbot.ArticleRef{ID: 7, Title: "Air traffic controllers announce strike", Outlet: "Report", Published: at("2026-11-23T09:00:00Z")}
	other := newsbot.ArticleRef{ID: 8, Title: "Mackerel talks moved", Outlet: "News", Published: at("2026-11-23T08:00:00Z")}
	latest := "Controllers will strike for 48 hours from December 8 in a dispute over staffing & a new rostering system."
	w := world{issues: []newsbot.IssueRecord{
		{ID: 12, Title: "Rostering system", Status: newsbot.IssueOpen, Latest: latest, LatestAt: src.Published, Sources: []newsbot.ArticleRef{src}},
		{ID: 11, Title: "Dispute over staffing", Status: newsbot.IssueOpen, Latest: latest, LatestAt: src.Published, Sources: []newsbot.ArticleRef{src}},
		{ID: 2, Title: "Catch limits", Status: newsbot.IssueOpen, Latest: "Talks move to Reykjavik.", LatestAt: other.Published, Sources: []newsbot.ArticleRef{other}},
	}}
	s := service(w, at("2026-11-23T12:00:00Z"), time.UTC)
	d, err := s.Digest(context.Background(), day("2026-11-23"))
	mustNoErr(t, err)
	if len(d.Issues) != 2 {
		t.Fatalf("issues = %+v, want 2 lines", d.Issues)
	}
	if got := d.Issues[0].Title; got != "Rostering system; also #11 Dispute over staffing" {
		t.Errorf("merged title = %q", got)
	}
	if d.Issues[1].ID != 2 {
		t.Errorf("second line = %+v, want #2", d.Issues[1])
	}
}

// A past day's digest shows an issue as that day knew it: the strike filed
// Monday whose latest development came Wednesday appears on Monday with
// Monday's report; the lake row an editor closed on Thursday was still open
// on Tuesday; Thursday's digest leaves the closed row out.
func TestDigestPastDayIssuesAsKnownThen(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Queensland teachers vote to strike over pay", Outlet: "Review", Published: at("2026-11-23T09:00:00Z")}
	wed := newsbot.ArticleRef{ID: 2, Title: "Queensland raises teacher pay offer but strike still on", Outlet: "Review", Published: at("2026-11-25T09:00:00Z")}
	lake := newsbot.ArticleRef{ID: 3, Title: "Uganda seizes Kenyan boats", Outlet: "Ledger", Published: at("2026-11-24T09:00:00Z")}
	w := world{articleSearch: true,
		issues: []newsbot.IssueRecord{
			{ID: 4, Title: "Vote to strike", Keywords: []string{"strike", "teachers"}, Status: newsbot.IssueOpen,
				Latest: "The Queensland government raised its pay offer to 10 percent, but the December 2 strike will go ahead.", LatestAt: wed.Published,
				Sources: []newsbot.ArticleRef{wed, mon}, SourceCount: 2},
			{ID: 6, Title: "Fishing permits", Keywords: []string{"fishing permits"}, Status: newsbot.IssueClosed,
				Latest: "Ugandan marine police seized 14 Kenyan fishing boats, deepening the row over fishing permits.", LatestAt: lake.Published,
				Sources: []newsbot.ArticleRef{lake}, UpdatedAt: at("2026-11-26T10:00:00Z")},
		},
		passages: []newsbot.Passage{
			{Article: wed, Text: "The Queensland government raised its pay offer to 10 percent, but the December 2 strike will go ahead."},
			{Article: lake, Text: "Ugandan marine police seized 14 Kenyan fishing boats, deepening the row over fishing permits."},
			{Article: mon, Text: "Teachers in Queensland have voted to strike on December 2 over pay."},
			{Article: mon, Text: "Parents' groups said they were worried about exams."},
		},
	}
	s := service(w, at("2026-11-26T12:00:00Z"), time.UTC)
	find := func(d Digest, id int64) (IssueLine, bool) {
		for _, l := range d.Issues {
			if l.ID == id {
				return l, true
			}
		}
		return IssueLine{}, false
	}

	monday, err := s.Digest(context.Background(), day("2026-11-23"))
	mustNoErr(t, err)
	l, ok := find(monday, 4)
	if !ok || l.Latest != "Teachers in Queensland have voted to strike on December 2 over pay." || !l.LatestAt.Equal(mon.Published) ||
		len(l.Sources) != 1 || l.Sources[0].ID != mon.ID {
		t.Errorf("23 Nov: strike = %+v (found %v), want Monday's report only:\n%s", l, ok, RenderDigestText(monday))
	}
	if _, ok := find(monday, 6); ok {
		t.Errorf("23 Nov: the lake row was first reported on 24 Nov:\n%s", RenderDigestText(monday))
	}
	if txt := RenderDigestText(monday); strings.Contains(txt, "10 percent") || strings.Contains(txt, wed.Title) {
		t.Errorf("23 Nov digest knows Wednesday's offer:\n%s", txt)
	}

	tuesday, err := s.Digest(context.Background(), day("2026-11-24"))
	mustNoErr(t, err)
	if l, ok := find(tuesday, 6); !ok || l.Status != newsbot.IssueOpen {
		t.Errorf("24 Nov: lake row = %+v (found %v), want open: it was closed on 26 Nov", l, ok)
	}
	// bot digest --date sets the clock to the day asked for.
	asked, err := service(w, at("2026-11-24T12:00:00Z"), time.UTC).Digest(context.Background(), day("2026-11-24"))
	mustNoErr(t, err)
	if _, ok := find(asked, 6); !ok {
		t.Errorf("24 Nov with the clock on that day: closed-since lake row missing:\n%s", RenderDigestText(asked))
	}

	thursday, err := s.Digest(context.Background(), day("2026-11-26"))
	mustNoErr(t, err)
	if _, ok := find(thursday, 6); ok {
		t.Errorf("26 Nov: the closed lake row is listed:\n%s", RenderDigestText(thursday))
	}
	if l, ok := find(thursday, 4); !ok || !strings.Contains(l.Latest, "10 percent") {
		t.Errorf("26 Nov: strike = %+v (found %v), want Wednesday's development", l, ok)
	}
}

// The store merges a plan with a later report that changes whom the
// traveller meets: a diary for a day before that report shows no one the
// reports of that day did not name.
func TestDigestPastDayCounterpartsAsToldThen(t *testing.T) {
	plan := newsbot.ArticleRef{ID: 1, Title: "Commerce minister heads to East Africa", Outlet: "Wire", Published: at("2026-11-22T09:00:00Z")}
	swap := newsbot.ArticleRef{ID: 2, Title: "President drops meeting with minister", Outlet: "Ledger", Published: at("2026-11-25T09:00:00Z")}
	w := world{articleSearch: true,
		legs: []newsbot.Leg{{ID: 1, Day: day("2026-11-26"), Sources: []newsbot.ArticleRef{swap, plan}, SourceCount: 2,
			Trip: newsbot.Trip{Traveler: "Arjun Mehra", Place: "Dar es Salaam", Date: "2026-11-26", Status: newsbot.StatusScheduled,
				WhenText: "on Thursday", What: "talks with Finance Minister Juma Mrisho", Counterparts: []string{"Juma Mrisho"}}}},
		passages: []newsbot.Passage{
			{Article: swap, Text: "Mehra will instead hold talks with Finance Minister Juma Mrisho in Dar es Salaam."},
			{Article: plan, Text: "Mehra will visit Dar es Salaam on Thursday, where he is expected to meet President Salma Mwinyi."},
		},
	}
	s := service(w, at("2026-11-26T09:00:00Z"), time.UTC)
	for _, tt := range []struct{ day, want, not string }{
		{"2026-11-23", "Arjun Mehra: visit", "Mrisho"},
		{"2026-11-25", "talks with Finance Minister Juma Mrisho", ""},
	} {
		d, err := s.Digest(context.Background(), day(tt.day))
		mustNoErr(t, err)
		txt := RenderDigestText(d)
		if !strings.Contains(txt, tt.want) || tt.not != "" && strings.Contains(txt, tt.not) {
			t.Errorf("%s: want %q, not %q:\n%s", tt.day, tt.want, tt.not, txt)
		}
	}
}

// An open issue whose latest development reports it ended is flagged for
// the editors, in the digest and its text; a thread still running is not.
func TestDigestFlagsReportedSettlement(t *testing.T) {
	src := newsbot.ArticleRef{ID: 1, Title: "Kenya and Uganda end lake fishing row", Outlet: "Ledger", Published: at("2026-11-26T09:00:00Z")}
	w := world{issues: []newsbot.IssueRecord{
		{ID: 12, Title: "Joint permit system", Status: newsbot.IssueOpen, LatestAt: src.Published, Sources: []newsbot.ArticleRef{src},
			Latest: "Kenya and Uganda agreed on Thursday to set up a joint permit system, ending a dispute over fishing rights."},
		{ID: 4, Title: "Vote to strike", Status: newsbot.IssueOpen, LatestAt: src.Published.Add(-time.Hour), Sources: []newsbot.ArticleRef{src},
			Latest: "The union said the strike would go ahead unless talks to end the dispute resumed."},
	}}
	d, err := service(w, at("2026-11-26T12:00:00Z"), time.UTC).Digest(context.Background(), day("2026-11-26"))
	mustNoErr(t, err)
	if len(d.Issues) != 2 || !d.Issues[0].Settled || d.Issues[1].Settled {
		t.Fatalf("issues = %+v, want #12 flagged settled and #4 not", d.Issues)
	}
	if txt := RenderDigestText(d); !strings.Contains(txt, "#12 Joint permit system [REPORTED SETTLED]") {
		t.Errorf("digest text lacks the flag:\n%s", txt)
	}
	if it := service(w, at("2026-11-26T12:00:00Z"), time.UTC).issueItem(w.issues[0]); it.Text != "#12 Joint permit system [reported settled]" {
		t.Errorf("issue item = %q, want the flag", it.Text)
	}
}
