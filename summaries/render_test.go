package summaries

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

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
