package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestRenderText(t *testing.T) {
	ctx := context.Background()
	s := service(newsroom(), at("2026-01-28T10:00:00Z"), london)
	whosaid, err := s.WhoSaid(ctx, "Starmer", 1)
	mustNoErr(t, err)
	when, err := s.Ask(ctx, "when is Starmer in Shanghai?")
	mustNoErr(t, err)
	itin, err := s.Itinerary(ctx, "Starmer")
	mustNoErr(t, err)
	tests := []struct {
		name string
		a    Answer
		want []string
	}{
		{"whosaid", whosaid, []string{
			"Keir Starmer (British Prime Minister): 7 quotes, newest first (page 1 of 2)\n",
			"• “We cannot bury our heads in the sand when it comes to the second-largest economy on earth”\n" +
				"  Keir Starmer, British Prime Minister — told reporters · Wed 28 Jan 2026 · Prime minister arrives in Beijing seeking reset with China\n",
			"More: /whosaid Keir Starmer page 2\n",
		}},
		{"when", when, []string{
			"Friday 30 January 2026: Keir Starmer is scheduled to visit Shanghai (Prime minister arrives in Beijing seeking reset with China)\n",
			"• FRI 30 JAN · The prime minister is scheduled to travel on to Shanghai on Friday.\n",
		}},
		{"itinerary", itin, []string{
			"• THU 29 JAN · BEIJING — Keir Starmer: lunch with Xi Jinping, then meets Premier Li Qiang\n  scheduled; “On Thursday” · Prime minister",
			"• JAPAN — Keir Starmer: meets Prime Minister Sanae Takaichi\n  scheduled; “then”; date not given; after Friday 30 January",
		}},
		{"bare", Answer{Lead: "No open issues are stored."}, []string{"No open issues are stored.\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RenderText(tt.a)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("rendered text lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestDiaryLineLabels(t *testing.T) {
	src := []newsbot.ArticleRef{{Title: "A"}, {Title: "B"}, {Title: "C"}, {URL: "https://news.example/d"}}
	tests := []struct {
		day  time.Time
		line LegLine
		want string
	}{
		{time.Date(2026, 1, 29, 0, 0, 0, 0, london), LegLine{Place: "Beijing", Traveler: "Keir Starmer", What: "visit", Status: "scheduled", WhenText: "On Thursday", Sources: src[:1]},
			`THU 29 JAN · BEIJING — Keir Starmer: visit (scheduled; "On Thursday"; A)`},
		{time.Time{}, LegLine{Country: "Japan", Traveler: "Keir Starmer", What: "visit", Date: "2026-02", Sources: src},
			`FEB 2026 · JAPAN — Keir Starmer: visit (A; B; +2 more)`},
		{time.Time{}, LegLine{Place: "Oslo", Traveler: "Ana Rivera", What: "talks", Date: "2026-W06"},
			`WEEK OF 2 FEB · OSLO — Ana Rivera: talks`},
		{time.Time{}, LegLine{Place: "Lima", Traveler: "Ana Rivera", What: "visit", Status: "cancelled"},
			`DATE TBC · LIMA — Ana Rivera: visit (cancelled)`},
	}
	for _, tt := range tests {
		if got := DiaryLine(tt.day, tt.line); got != tt.want {
			t.Errorf("DiaryLine = %q\nwant        %q", got, tt.want)
		}
	}
}

func TestTimexPeriod(t *testing.T) {
	tests := []struct {
		in, start, end, gran string
	}{
		{"2026-01-30", "2026-01-30", "2026-01-31", granDay},
		{"2026-01-30T14:00", "2026-01-30", "2026-01-31", granDay},
		{"2026-02", "2026-02-01", "2026-03-01", granMonth},
		{"2026-W06", "2026-02-02", "2026-02-09", granWeek},
		{"2026-W01", "2025-12-29", "2026-01-05", granWeek},
		{"2026", "2026-01-01", "2027-01-01", granYear},
		{"FUTURE_REF", "", "", granNone},
		{"", "", "", granNone},
	}
	for _, tt := range tests {
		st, en, g, ok := timexPeriod(tt.in)
		f := func(x time.Time) string {
			if x.IsZero() {
				return ""
			}
			return x.Format(time.DateOnly)
		}
		if f(st) != tt.start || f(en) != tt.end || g != tt.gran || ok != (tt.gran != granNone) {
			t.Errorf("timexPeriod(%q) = %s %s %q %v", tt.in, f(st), f(en), g, ok)
		}
	}
}
