package summaries

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// wireRefs are n reports of one story, an hour apart, oldest first.
func wireRefs(first int64, n int, start time.Time, slug string) []newsbot.ArticleRef {
	out := make([]newsbot.ArticleRef, n)
	for i := range out {
		out[i] = newsbot.ArticleRef{ID: first + int64(i), Title: fmt.Sprintf("%s, update %d", slug, i+1),
			URL: fmt.Sprintf("https://wire.example/%d", first+int64(i)), Outlet: "Example Wire",
			Published: start.Add(time.Duration(i) * time.Hour)}
	}
	return out
}

// newestOf is what a store returns for a leg or issue: the newest few
// sources, newest first, and the count of all.
func newestOf(refs []newsbot.ArticleRef, few int) ([]newsbot.ArticleRef, int) {
	out := make([]newsbot.ArticleRef, 0, few)
	for i := len(refs) - 1; i >= 0 && len(out) < few; i-- {
		out = append(out, refs[i])
	}
	return out, len(refs)
}

// A leg and an issue reported fifty times each: the store lists the newest
// few; the digest keeps the count, and the diary names the newest and says
// how many more there are.
func TestDigestCountsSourcesBeyondThoseListed(t *testing.T) {
	w := newsroom()
	legSrc, legN := newestOf(wireRefs(500, 50, at("2026-01-20T06:00:00Z"), "Talks in Lisbon"), 3)
	w.legs = append(w.legs, newsbot.Leg{ID: 90, Day: day("2026-01-31"), Sources: legSrc, SourceCount: legN,
		Trip: newsbot.Trip{Traveler: "Marta Costa", Place: "Lisbon", Country: "Portugal", Date: "2026-01-31",
			Status: newsbot.StatusScheduled, What: "fisheries talks"}})
	isSrc, isN := newestOf(wireRefs(700, 50, at("2026-01-10T06:00:00Z"), "Quota row"), 3)
	w.issues = append(w.issues, newsbot.IssueRecord{ID: 95, Title: "Fishing quota row", Status: newsbot.IssueOpen,
		Latest: "Ministers failed to agree the quota.", LatestAt: at("2026-01-28T20:00:00Z"), Sources: isSrc, SourceCount: isN})
	s := service(w, at("2026-01-29T06:00:00Z"), london)
	d, err := s.Digest(context.Background(), time.Date(2026, 1, 29, 7, 0, 0, 0, london))
	mustNoErr(t, err)

	var leg *LegLine
	for _, g := range d.Legs {
		for i := range g.Legs {
			if g.Legs[i].ID == 90 {
				leg = &g.Legs[i]
			}
		}
	}
	if leg == nil {
		t.Fatalf("the Lisbon leg is missing: %+v", d.Legs)
	}
	if leg.SourceCount != 50 || len(leg.Sources) != 3 || leg.Sources[0].Title != "Talks in Lisbon, update 50" {
		t.Errorf("leg sources %d listed of %d, first %+v", len(leg.Sources), leg.SourceCount, leg.Sources)
	}
	line := DiaryLine(time.Time{}, *leg)
	if want := "Talks in Lisbon, update 50; Talks in Lisbon, update 49; +48 more"; !strings.Contains(line, want) {
		t.Errorf("diary line %q\nwant it to hold %q", line, want)
	}
	var issue *IssueLine
	for i := range d.Issues {
		if d.Issues[i].ID == 95 {
			issue = &d.Issues[i]
		}
	}
	if issue == nil {
		t.Fatalf("the quota issue is missing: %+v", d.Issues)
	}
	if text := IssueText(*issue); !strings.Contains(text, "Quota row, update 50; Quota row, update 49; +48 more") {
		t.Errorf("issue line %q does not count its 50 sources", text)
	}
}

// Merging legs adds their counts, less the sources both list.
func TestMergeLegSourcesCount(t *testing.T) {
	all := wireRefs(1, 10, at("2026-01-01T00:00:00Z"), "Visit")
	tests := []struct {
		name      string
		a, b      newsbot.Leg
		wantCount int
		wantFirst int64
	}{
		{"whole lists, one shared", newsbot.Leg{Sources: all[0:3]}, newsbot.Leg{Sources: all[2:5]}, 5, 5},
		{"capped lists", newsbot.Leg{Sources: []newsbot.ArticleRef{all[9], all[8]}, SourceCount: 40},
			newsbot.Leg{Sources: []newsbot.ArticleRef{all[7], all[6]}, SourceCount: 12}, 52, 10},
		{"capped lists sharing the newest", newsbot.Leg{Sources: []newsbot.ArticleRef{all[9], all[8]}, SourceCount: 40},
			newsbot.Leg{Sources: []newsbot.ArticleRef{all[9], all[3]}, SourceCount: 12}, 51, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, n := mergeLegSources(tt.a, tt.b)
			if n != tt.wantCount || srcs[0].ID != tt.wantFirst {
				t.Errorf("count %d, first %d; want %d, %d", n, srcs[0].ID, tt.wantCount, tt.wantFirst)
			}
		})
	}
}

// bareStore is a store that lists legs with their sources' ids and dates
// only and names sources by id, as package store does.
type bareStore struct {
	*fakeStore
	refs      map[int64]newsbot.ArticleRef
	named     []int64 // ids asked of ArticleRefs
	legsCalls int
}

func (b *bareStore) Legs(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error) {
	b.legsCalls++
	return nil, errUnexpected
}

func (b *bareStore) LegsBare(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
	legs, err := b.fakeStore.Legs(ctx, f)
	out := make([]newsbot.Leg, len(legs))
	for i, l := range legs {
		l.Sources = append([]newsbot.ArticleRef(nil), l.Sources...)
		for j, r := range l.Sources {
			l.Sources[j] = newsbot.ArticleRef{ID: r.ID, Published: r.Published}
		}
		out[i] = l
	}
	return out, err
}

func (b *bareStore) ArticleRefs(_ context.Context, ids []int64) (map[int64]newsbot.ArticleRef, error) {
	b.named = append(b.named, ids...)
	out := map[int64]newsbot.ArticleRef{}
	for _, id := range ids {
		if r, ok := b.refs[id]; ok {
			out[id] = r
		}
	}
	return out, nil
}

// With a store that can list legs bare, the digest names only the sources
// of the legs it shows, and says exactly what it says otherwise.
func TestDigestBareLegsSameAnswer(t *testing.T) {
	w := newsroom()
	// A journey long over, reported by many stories: read, never shown.
	old := wireRefs(900, 30, at("2025-06-01T06:00:00Z"), "Old tour")
	w.legs = append(w.legs, newsbot.Leg{ID: 91, Sources: old,
		Trip: newsbot.Trip{Traveler: "Marta Costa", Place: "Porto", Country: "Portugal", Status: newsbot.StatusDone}})
	refs := map[int64]newsbot.ArticleRef{}
	for _, l := range w.legs {
		for _, r := range l.Sources {
			refs[r.ID] = r
		}
	}
	for _, day := range []string{"2026-01-29", "2026-01-30", "2026-02-09"} {
		t.Run(day, func(t *testing.T) {
			now := at(day + "T06:00:00Z")
			when := now.In(london).Add(time.Hour)
			want, err := service(w, now, london).Digest(context.Background(), when)
			mustNoErr(t, err)
			bs := &bareStore{fakeStore: w.store(), refs: refs}
			s := service(w, now, london)
			s.Store = bs
			got, err := s.Digest(context.Background(), when)
			mustNoErr(t, err)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("bare digest\n%s\nwant\n%s", RenderDigestText(got), RenderDigestText(want))
			}
			if len(got.Legs) == 0 || len(bs.named) == 0 {
				t.Errorf("no legs shown (%d) or no sources named (%d): the test needs both", len(got.Legs), len(bs.named))
			}
			if bs.legsCalls != 0 {
				t.Errorf("Legs called %d times; want LegsBare only", bs.legsCalls)
			}
			for _, id := range bs.named {
				if id >= 900 && id < 930 {
					t.Fatalf("named source %d of a leg the digest does not show", id)
				}
			}
		})
	}
}
