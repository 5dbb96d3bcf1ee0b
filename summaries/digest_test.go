package summaries

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// With only the Wednesday story stored, Thursday's digest shows Thursday's
// lunch and meeting, Friday's Shanghai visit and the undated Japan stop,
// then the open issues by latest development.
func TestDigestSeedLikeDay(t *testing.T) {
	w := newsroom()
	s := service(w, at("2026-01-29T06:00:00Z"), london)
	d, err := s.Digest(context.Background(), time.Date(2026, 1, 29, 7, 0, 0, 0, london))
	mustNoErr(t, err)

	type row struct{ day, place, what string }
	var got []row
	for _, g := range d.Legs {
		ds := ""
		if !g.Day.IsZero() {
			ds = g.Day.Format(time.DateOnly)
			if g.Day.Location() != london || g.Day.Hour() != 0 {
				t.Errorf("group day %v: want midnight in the newsroom zone", g.Day)
			}
		}
		for _, l := range g.Legs {
			got = append(got, row{ds, l.Place, l.What})
		}
	}
	want := []row{
		{"2026-01-29", "Beijing", "lunch with Xi Jinping, then meets Premier Li Qiang"},
		{"2026-01-30", "Shanghai", "visit"},
		{"", "Japan", "meets Prime Minister Sanae Takaichi"},
	}
	if len(got) != len(want) {
		t.Fatalf("legs = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("leg %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	var ids []int64
	for _, is := range d.Issues {
		ids = append(ids, is.ID)
	}
	if want := []int64{14, 12, 13}; !equalIDs(ids, want) {
		t.Errorf("issue order = %v, want %v (latest development first, closed left out)", ids, want)
	}
	if !d.Issues[0].Revived {
		t.Errorf("embassy row should be flagged revived")
	}

	text := RenderDigestText(d)
	for _, line := range []string{
		`THU 29 JAN · BEIJING — Keir Starmer: lunch with Xi Jinping, then meets Premier Li Qiang (scheduled; "On Thursday"; Prime minister arrives in Beijing seeking reset with China)`,
		`FRI 30 JAN · SHANGHAI — Keir Starmer: visit (scheduled; "on Friday"; Prime minister arrives in Beijing seeking reset with China)`,
		`DATE TBC · JAPAN — Keir Starmer: meets Prime Minister Sanae Takaichi (scheduled; "then"`,
		`#14 Embassy row [REVIVED] — Opponents vowed`,
		`#12 Jailed publisher's case — Starmer said he would raise`,
		`(28 Jan; Prime minister arrives in Beijing seeking reset with China; Row over planned embassy flares again)`,
	} {
		if !strings.Contains(text, line) {
			t.Errorf("digest text lacks %q:\n%s", line, text)
		}
	}
	for _, absent := range []string{"WED 28 JAN", "Brussels", "NEW DELHI", "LIMA", "Fishing"} {
		if strings.Contains(strings.ToUpper(text), strings.ToUpper(absent)) {
			t.Errorf("digest text should not mention %q:\n%s", absent, text)
		}
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDigestWindow(t *testing.T) {
	tests := []struct {
		name   string
		day    time.Time
		loc    *time.Location
		places []string
	}{
		{"the day before the trip shows all of it", time.Date(2026, 1, 28, 0, 0, 0, 0, london), london, []string{"Beijing", "Beijing", "Shanghai", "Japan"}},
		{"after the last dated leg the undated stop still follows it", time.Date(2026, 1, 31, 0, 0, 0, 0, london), london, []string{"Japan"}},
		{"seven days ahead is the last day in the window", time.Date(2026, 2, 4, 0, 0, 0, 0, london), london, []string{"New Delhi", "Japan"}},
		{"eight days ahead is beyond it", time.Date(2026, 2, 3, 0, 0, 0, 0, london), london, []string{"Japan"}},
		{"an undated stop is dropped a week after the date it follows", time.Date(2026, 2, 7, 0, 0, 0, 0, london), london, []string{"New Delhi"}},
		{"late evening in UTC is already the next day in Shanghai time", time.Date(2026, 1, 29, 20, 0, 0, 0, time.UTC), time.FixedZone("CST", 8*3600), []string{"Shanghai", "Japan"}},
		{"long after the trip nothing is current", time.Date(2026, 3, 1, 0, 0, 0, 0, london), london, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := service(newsroom(), tt.day, tt.loc)
			d, err := s.Digest(context.Background(), tt.day)
			mustNoErr(t, err)
			var got []string
			for _, g := range d.Legs {
				for _, l := range g.Legs {
					got = append(got, l.Place)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.places, ",") {
				t.Errorf("places = %v, want %v", got, tt.places)
			}
		})
	}
}

func TestDigestMergesDuplicateLegs(t *testing.T) {
	w := newsroom()
	later := newsbot.ArticleRef{ID: 9, Title: "Starmer and Xi agree trade talks", Published: at("2026-01-29T05:00:00Z")}
	dup := w.legs[1]
	dup.ID = 99
	dup.Sources = []newsbot.ArticleRef{later}
	dup.Trip.What = "lunch with Xi Jinping at the Diaoyutai guest house, then meets Premier Li Qiang"
	w.legs = append(w.legs, dup)
	s := service(w, at("2026-01-29T06:00:00Z"), london)
	d, err := s.Digest(context.Background(), at("2026-01-29T06:00:00Z"))
	mustNoErr(t, err)
	first := d.Legs[0]
	if len(first.Legs) != 1 {
		t.Fatalf("Thursday has %d legs, want the two reports merged into 1", len(first.Legs))
	}
	l := first.Legs[0]
	if l.What != dup.Trip.What {
		t.Errorf("What = %q, want the newest report's wording", l.What)
	}
	if len(l.Sources) != 2 || l.Sources[0].ID != 9 {
		t.Errorf("sources = %+v, want both, newest first", l.Sources)
	}
}

func TestDigestStoreErrors(t *testing.T) {
	boom := errors.New("disk on fire")
	tests := []struct {
		name    string
		breakIt func(*fakeStore)
	}{
		{"legs", func(f *fakeStore) {
			f.legs = func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) { return nil, boom }
		}},
		{"issues", func(f *fakeStore) {
			f.issues = func(context.Context, string) ([]newsbot.IssueRecord, error) { return nil, boom }
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newsroom().store()
			tt.breakIt(f)
			s := &Service{Store: f, Now: func() time.Time { return at("2026-01-29T06:00:00Z") }}
			if _, err := s.Digest(context.Background(), at("2026-01-29T06:00:00Z")); !errors.Is(err, boom) {
				t.Errorf("err = %v, want it to wrap %v", err, boom)
			}
		})
	}
}

func TestRenderDigestEmpty(t *testing.T) {
	got := RenderDigestText(Digest{Day: time.Date(2026, 1, 29, 0, 0, 0, 0, london)})
	for _, want := range []string{"THURSDAY 29 JANUARY 2026", "No travel in the diary", "No open issues."} {
		if !strings.Contains(got, want) {
			t.Errorf("empty digest lacks %q:\n%s", want, got)
		}
	}
}
