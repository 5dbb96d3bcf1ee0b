package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// travel is an article reporting trips.
func travel(url string, pub time.Time, trips ...newsbot.Trip) newsbot.Analysed {
	text := "Diplomatic correspondents report on the travel plans of ministers. " + url
	var people []newsbot.Person
	for _, t := range trips {
		text += " " + t.Evidence
		people = append(people, newsbot.Person{Name: t.Traveler, Mentions: []string{t.Traveler}})
	}
	return newsbot.Analysed{
		Article:    newsbot.Article{URL: url, Title: "Travel " + url, Published: pub, Text: text},
		Extraction: newsbot.Extraction{People: people, Trips: trips},
	}
}

func legSummary(ls []newsbot.Leg) []string {
	var out []string
	for _, l := range ls {
		d := "undated"
		if !l.Day.IsZero() {
			d = l.Day.Format("2006-01-02")
		}
		out = append(out, l.Trip.Traveler+"@"+l.Trip.Place+"@"+d+"/"+l.Trip.Status+"/"+itoa(len(l.Sources)))
	}
	return out
}

func itoa(n int) string { return string(rune('0' + n)) }

func TestLegsMerge(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	mustSave(t, s,
		travel("https://x.example/plan", day("2026-01-20"),
			newsbot.Trip{Traveler: "Keir Starmer", Place: "Shanghai", Country: "China", Date: "2026-01-30", WhenText: "on Friday",
				Status: newsbot.StatusScheduled, What: "trade talks", Evidence: "Starmer will visit Shanghai on Friday for trade talks."},
			newsbot.Trip{Traveler: "Keir Starmer", Place: "Beijing", Country: "China", Date: "2026-01-28",
				Status: newsbot.StatusScheduled, What: "meets Xi Jinping", Evidence: "He starts in Beijing on Wednesday."}),
		// Newer and undated: same leg, its status and details win, the date stays.
		travel("https://x.example/live", day("2026-01-30"),
			newsbot.Trip{Traveler: "Sir Keir Starmer", Place: "shanghai", Status: newsbot.StatusUnderway,
				What: "lunch with business leaders", Counterparts: []string{"business leaders"}, Evidence: "Sir Keir is in Shanghai today."}),
		// Older, with other wording: a source, but its fields lose.
		travel("https://x.example/early", day("2026-01-10"),
			newsbot.Trip{Traveler: "Keir Starmer", Place: "Shanghai", Date: "2026-01-30", Status: newsbot.StatusScheduled,
				What: "a possible stop", Evidence: "A Shanghai stop is possible."}),
		// Same place and date, another traveler: another leg.
		travel("https://x.example/other", day("2026-01-21"),
			newsbot.Trip{Traveler: "Rachel Reeves", Place: "Shanghai", Date: "2026-01-30", Status: newsbot.StatusScheduled,
				Evidence: "The chancellor joins in Shanghai."}),
		// Same traveler and place, other date: another leg.
		travel("https://x.example/return", day("2026-01-22"),
			newsbot.Trip{Traveler: "Keir Starmer", Place: "Shanghai", Date: "2026-03-02", Status: newsbot.StatusScheduled,
				Evidence: "He will return to Shanghai in March."}),
		// Undated with no dated twin.
		travel("https://x.example/tokyo", day("2026-01-22"),
			newsbot.Trip{Traveler: "Keir Starmer", Place: "Tokyo", Status: newsbot.StatusScheduled, After: "2026-01-30",
				Evidence: "Japan may follow."}),
	)
	tests := []struct {
		name string
		f    newsbot.LegFilter
		want []string
	}{
		{"all dated", newsbot.LegFilter{}, []string{
			"Keir Starmer@Beijing@2026-01-28/scheduled/1",
			"Keir Starmer@Shanghai@2026-01-30/under way/3",
			"Rachel Reeves@Shanghai@2026-01-30/scheduled/1",
			"Keir Starmer@Shanghai@2026-03-02/scheduled/1"}},
		{"by surname with undated", newsbot.LegFilter{Traveler: "Starmer", IncludeUndated: true}, []string{
			"Keir Starmer@Beijing@2026-01-28/scheduled/1",
			"Keir Starmer@Shanghai@2026-01-30/under way/3",
			"Keir Starmer@Shanghai@2026-03-02/scheduled/1",
			"Keir Starmer@Tokyo@undated/scheduled/1"}},
		{"day range", newsbot.LegFilter{Traveler: "Keir Starmer", From: day("2026-01-29").Truncate(24 * time.Hour), To: day("2026-02-01").Truncate(24 * time.Hour)}, []string{
			"Keir Starmer@Shanghai@2026-01-30/under way/3"}},
		{"limit", newsbot.LegFilter{Limit: 1}, []string{"Keir Starmer@Beijing@2026-01-28/scheduled/1"}},
		{"unknown traveler", newsbot.LegFilter{Traveler: "Nobody Known"}, nil},
		{"syntax in traveler", newsbot.LegFilter{Traveler: `Starmer" OR 1=1 --`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := s.Legs(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := legSummary(ls); !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}

	ls, err := s.Legs(ctx, newsbot.LegFilter{Traveler: "Starmer", From: day("2026-01-30").Truncate(24 * time.Hour), To: day("2026-01-31")})
	if err != nil || len(ls) != 1 {
		t.Fatalf("legs: %v %v", ls, err)
	}
	l := ls[0]
	if l.Trip.What != "lunch with business leaders" || l.Trip.Date != "2026-01-30" || l.Trip.Country != "China" ||
		!slices.Equal(l.Trip.Counterparts, []string{"business leaders"}) || l.Trip.Evidence != "Sir Keir is in Shanghai today." {
		t.Errorf("merged leg fields %+v", l.Trip)
	}
	var urls []string
	for _, src := range l.Sources {
		urls = append(urls, src.URL)
	}
	if want := []string{"https://x.example/live", "https://x.example/plan", "https://x.example/early"}; !slices.Equal(urls, want) {
		t.Errorf("sources %v, want newest first %v", urls, want)
	}
}

// A leg reported by fifty articles carries the newest few and counts all;
// the bare listing has the same ids and dates, and ArticleRefs names them.
func TestLegSourcesCapped(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var batch []newsbot.Analysed
	for i := range 50 {
		url := fmt.Sprintf("https://wire.example/lisbon-%02d", i)
		// Two reports an hour apart share a publication time: the cut by
		// date must still keep exactly the newest few, newest id first.
		pub := day("2026-03-01").Add(time.Duration(i/2) * time.Hour)
		batch = append(batch, travel(url, pub, newsbot.Trip{Traveler: "Marta Costa", Place: "Lisbon", Country: "Portugal",
			Date: "2026-03-20", Status: newsbot.StatusScheduled, What: "talks on fisheries",
			Evidence: fmt.Sprintf("The minister travels to Lisbon on 20 March, report %d says.", i)}))
	}
	mustSave(t, s, batch...)
	legs, err := s.Legs(ctx, newsbot.LegFilter{Traveler: "Marta Costa"})
	if err != nil || len(legs) != 1 {
		t.Fatalf("legs %v, %v", legs, err)
	}
	l := legs[0]
	if l.SourceCount != 50 || len(l.Sources) != maxLegSources {
		t.Fatalf("%d sources listed of %d, want the newest %d of 50", len(l.Sources), l.SourceCount, maxLegSources)
	}
	var got []string
	for _, r := range l.Sources {
		got = append(got, r.URL)
	}
	want := []string{"https://wire.example/lisbon-49", "https://wire.example/lisbon-48", "https://wire.example/lisbon-47",
		"https://wire.example/lisbon-46", "https://wire.example/lisbon-45"}
	if !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q", got, want)
	}

	bare, err := s.LegsBare(ctx, newsbot.LegFilter{Traveler: "Marta Costa"})
	if err != nil || len(bare) != 1 {
		t.Fatalf("bare legs %v, %v", bare, err)
	}
	if bare[0].SourceCount != 50 || len(bare[0].Sources) != len(l.Sources) {
		t.Fatalf("bare: %d sources of %d", len(bare[0].Sources), bare[0].SourceCount)
	}
	var ids []int64
	for i, r := range bare[0].Sources {
		if r.ID != l.Sources[i].ID || !r.Published.Equal(l.Sources[i].Published) || r.URL != "" || r.Title != "" {
			t.Errorf("bare source %d = %+v, want id and date of %+v only", i, r, l.Sources[i])
		}
		ids = append(ids, r.ID)
	}
	refs, err := s.ArticleRefs(ctx, append(ids, 1<<40))
	if err != nil || len(refs) != len(ids) {
		t.Fatalf("article refs %v, %v", refs, err)
	}
	for _, r := range l.Sources {
		if refs[r.ID] != r {
			t.Errorf("article ref %+v, want %+v", refs[r.ID], r)
		}
	}
}
