package ingest

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func feedServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	rss, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	atom, err := os.ReadFile("testdata/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	var pageHits atomic.Int32
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(strings.ReplaceAll(string(rss), "{{BASE}}", srv.URL)))
	})
	mux.HandleFunc("/feed.atom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml") // sniffed from the body
		w.Write(atom)
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		// No date on the page: the feed item's date applies.
		fmt.Fprint(w, strings.Replace(storyPage("Reservoir levels hit record low", "Reservoirs are at a record low."),
			`<meta property="article:published_time" content="2026-02-20T08:00:00Z">`, "", 1))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/notfeed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, storyPage("Plain page", "Not a feed at all."))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &pageHits
}

func TestPollFeedsRSS(t *testing.T) {
	srv, pageHits := feedServer(t)
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: allowOpts(), Extract: noExtract}
	sum, err := p.PollFeeds(t.Context(), []string{srv.URL + "/feed.rss"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Failed != 1 {
		t.Fatalf("summary %v, want 2 added 1 failed", sum)
	}
	if f := sum.Failures[0].String(); !strings.Contains(f, srv.URL+"/gone") || !strings.Contains(f, "HTTP error 410") {
		t.Errorf("failure %q", f)
	}
	arts := ms.articles()
	full, linked := arts[0], arts[1]
	if full.Title != "Orchard growers win irrigation reprieve" || full.Byline != "Elena Duarte" || full.Source != "Valley Gazette" ||
		full.ExternalID != "gazette-101" || full.Published.Format(time.RFC3339) != "2026-02-16T07:00:00Z" {
		t.Errorf("content:encoded item: %+v", full)
	}
	if !strings.Contains(full.Text, "apple crop.\n\n\"We have bought") {
		t.Errorf("content paragraphs not kept:\n%s", full.Text)
	}
	if !strings.Contains(linked.Text, "Reservoirs are at a record low.") || linked.Published.Format("2006-01-02") != "2026-02-17" || linked.PublishedAssumed {
		t.Errorf("linked item: date %v assumed %v text:\n%s", linked.Published, linked.PublishedAssumed, linked.Text)
	}
	if pageHits.Load() != 1 {
		t.Errorf("page fetched %d times, want 1 (the item with full content must not be fetched)", pageHits.Load())
	}

	// A second poll skips the items already stored without fetching them;
	// the failed one is tried again.
	sum, err = p.PollFeeds(t.Context(), []string{srv.URL + "/feed.rss"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped != 2 || sum.Failed != 1 || sum.Added != 0 {
		t.Errorf("second poll %v, want 2 skipped 1 failed", sum)
	}
	if pageHits.Load() != 1 {
		t.Errorf("second poll fetched the page again")
	}
}

func TestFeedSources(t *testing.T) {
	srv, _ := feedServer(t)
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: allowOpts(), Extract: noExtract}
	// Auto kind: a URL that is a feed expands to its items.
	sum, err := p.Run(t.Context(), srv.URL+"/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 {
		t.Fatalf("summary %v", sum)
	}
	a := ms.articles()[0]
	if a.URL != srv.URL+"/ferries/night-timetable" || a.Byline != "Sam Idowu" || a.Published.Format("2006-01-02") != "2026-02-19" {
		t.Errorf("atom entry %+v", a)
	}

	sum, err = p.PollFeeds(t.Context(), []string{srv.URL + "/notfeed", srv.URL + "/missing-feed"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 2 || !strings.Contains(sum.Failures[0].String(), "not an RSS/Atom feed") || !strings.Contains(sum.Failures[1].String(), "HTTP error 404") {
		t.Errorf("summary %v %q", sum, sum.Failures)
	}
}

func TestFeedSSRFDefault(t *testing.T) {
	srv, _ := feedServer(t)
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract}
	sum, err := p.PollFeeds(t.Context(), []string{srv.URL + "/feed.rss"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || !errors.Is(sum.Failures[0].Err, ErrBlockedAddress) || !errors.Is(sum.Failures[0].Err, newsbot.ErrBadInput) {
		t.Errorf("summary %v %v, want the loopback feed refused", sum, sum.Failures)
	}
}

func TestFeedItemFallbacks(t *testing.T) {
	long := "<p>" + strings.Repeat("The tram depot extension was approved by the planning committee. ", 6) + "</p>"
	tests := []struct {
		name    string
		item    FeedItem
		wantErr string
		want    string
	}{
		{name: "description as last resort", item: FeedItem{Feed: "F", Title: "Depot", Summary: long}, want: "planning committee"},
		{name: "teaser only", item: FeedItem{Feed: "F", FeedURL: "https://f.example/rss", Title: "Depot", Summary: "<p>Short teaser.</p>"}, wantErr: "no full text and no link"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromFeedItem(t.Context(), nil, tt.item, testOptions())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, newsbot.ErrBadInput) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) || !a.PublishedAssumed {
				t.Errorf("article %+v", a)
			}
		})
	}
}

func TestPollFeedsConditionalGet(t *testing.T) {
	atom, err := os.ReadFile("testdata/feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write(atom)
	}))
	defer srv.Close()
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: allowOpts(), Extract: noExtract}
	for i, want := range []int{1, 0} {
		sum, err := p.PollFeeds(t.Context(), []string{srv.URL + "/feed"})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != want || sum.Total() != want {
			t.Errorf("poll %d: %v, want %d added and nothing else", i+1, sum, want)
		}
	}
	if full.Load() != 1 || notModified.Load() != 1 {
		t.Errorf("full reads %d, 304s %d; want 1 and 1", full.Load(), notModified.Load())
	}
}

// Feeds write dates every way; one gofeed cannot read still dates the item,
// and one that is unreadable or far in the future leaves it undated (the
// ingest time, marked assumed) instead of failing or dating it 2099.
func TestFeedItemBrokenDates(t *testing.T) {
	now := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	body := strings.Repeat("The council voted on Tuesday to close the library branch on Elm Street, citing a budget shortfall of two million dollars. ", 4)
	tests := []struct {
		pubDate     string
		want        string // YYYY-MM-DD of the stored date
		wantAssumed bool
	}{
		{"Wed, 04 Mar 2026 09:30:00 +0000", "2026-03-04", false},
		{"Tuesday, March 3, 2026 - 10:00", "2026-03-03", false},
		{"2026-03-02 18:45:00", "2026-03-02", false},
		{"Tue, 32 Feb 2026 10:00:00 GMT", "2026-03-04", true},
		{"soon", "2026-03-04", true},
		{"Fri, 01 Jan 2099 00:00:00 GMT", "2026-03-04", true},
	}
	for _, tt := range tests {
		feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>City Wire</title><item><title>Library to close</title>` +
			`<link>https://city.example/library</link><pubDate>` + tt.pubDate + `</pubDate><description><![CDATA[<p>` + body + `</p>]]></description></item></channel></rss>`
		_, items, err := ParseFeed("feed", []byte(feed), "https://city.example/feed")
		if err != nil || len(items) != 1 {
			t.Fatalf("%q: ParseFeed = %d items, %v", tt.pubDate, len(items), err)
		}
		a, err := FromFeedItem(t.Context(), nil, items[0], Options{Now: func() time.Time { return now }})
		if err != nil {
			t.Fatalf("%q: %v", tt.pubDate, err)
		}
		if got := a.Published.Format("2006-01-02"); got != tt.want || a.PublishedAssumed != tt.wantAssumed {
			t.Errorf("pubDate %q: published %s (assumed %v), want %s (assumed %v)", tt.pubDate, got, a.PublishedAssumed, tt.want, tt.wantAssumed)
		}
	}
}
