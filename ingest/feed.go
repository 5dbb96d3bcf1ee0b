package ingest

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	newsbot "github.com/newsroom/newsbot"
)

// FeedItem is one entry of an RSS or Atom feed, as ingest needs it.
type FeedItem struct {
	Feed      string // feed title
	FeedURL   string
	GUID      string
	Link      string
	Title     string
	Byline    string
	Content   string // content:encoded / atom content (HTML)
	Summary   string // description / atom summary (HTML)
	Published time.Time
}

// key identifies the item across polls.
func (it FeedItem) key() string {
	return it.FeedURL + "\x00" + firstNonEmpty(it.GUID, it.Link, it.Title)
}

// input names the item in reports.
func (it FeedItem) input() string {
	if it.Link != "" {
		return it.Link
	}
	return fmt.Sprintf("%s item %q", it.FeedURL, firstNonEmpty(it.Title, it.GUID))
}

// isFeed sniffs an HTTP body: a feed content type, or an XML body whose root
// is <rss>, <feed> or <rdf:RDF>.
func isFeed(contentType string, body []byte) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml":
		return true
	case "text/html", "application/xhtml+xml", "text/plain":
		return false
	}
	head := body
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.ToLower(head)
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(head, []byte(root)) {
			return true
		}
	}
	return false
}

// ParseFeed reads an RSS/Atom/JSON feed body into items, newest handling
// left to the caller (items keep feed order).
func ParseFeed(input string, body []byte, feedURL string) (string, []FeedItem, error) {
	fp := gofeed.NewParser()
	f, err := fp.Parse(bytes.NewReader(body))
	if err != nil {
		return "", nil, badInput(input, "not a readable RSS/Atom feed", err)
	}
	base, _ := url.Parse(feedURL)
	title := strings.TrimSpace(f.Title)
	items := make([]FeedItem, 0, len(f.Items))
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{
			Feed:    title,
			FeedURL: feedURL,
			GUID:    strings.TrimSpace(it.GUID),
			Link:    resolveHTTP(base, strings.TrimSpace(it.Link)),
			Title:   strings.TrimSpace(it.Title),
			Content: it.Content,
			Summary: it.Description,
		}
		var names []string
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				names = append(names, strings.TrimSpace(p.Name))
			}
		}
		fi.Byline = strings.Join(names, ", ")
		fi.Published = itemDate(it)
		items = append(items, fi)
	}
	return title, items, nil
}

// itemDate is the item's publication date, else its update date. Dates
// gofeed cannot read ("Wednesday, January 28, 2026 - 10:00") go through
// ParseDate and DateInText; a date that cannot be read at all is zero, so
// the page's own date or the ingest time is used instead.
func itemDate(it *gofeed.Item) time.Time {
	for _, d := range []struct {
		parsed *time.Time
		raw    string
	}{{it.PublishedParsed, it.Published}, {it.UpdatedParsed, it.Updated}} {
		if d.parsed != nil && !d.parsed.IsZero() {
			return *d.parsed
		}
		raw := strings.TrimSpace(d.raw)
		if raw == "" {
			continue
		}
		if t, err := ParseDate(raw); err == nil {
			return t
		}
		if t, ok := DateInText(raw); ok {
			return t
		}
	}
	return time.Time{}
}

// FromFeedItem turns a feed item into an article: the item's own full
// content when it has an article's worth of words, otherwise the page its
// link points to; a long enough description is the last resort when the
// link fails. c may be nil when no link is to be followed.
func FromFeedItem(ctx context.Context, c *http.Client, it FeedItem, o Options) (newsbot.Article, error) {
	o = o.withDefaults()
	input := it.input()
	// A feed date far in the future is a broken feed, not news from then;
	// the page's own date or the ingest time serves better.
	if it.Published.After(o.Now().Add(36 * time.Hour)) {
		it.Published = time.Time{}
	}
	fromItemText := func(htmlText string) (newsbot.Article, bool) {
		text := htmlFragmentText(htmlText)
		if wordCount(text) < o.MinWords {
			return newsbot.Article{}, false
		}
		a := newsbot.Article{Text: text, URL: it.Link, CanonicalURL: it.Link, Title: it.Title, Byline: it.Byline}
		a.Outlet = firstNonEmpty(it.Feed, hostOf(it.Link))
		a.Published, a.PublishedAssumed = resolvePublished(o, time.Time{}, it.Published)
		return a, true
	}
	var a newsbot.Article
	ok := false
	if it.Content != "" {
		a, ok = fromItemText(it.Content)
	}
	if !ok && it.Link != "" && c != nil {
		f, err := fetch(ctx, c, it.Link, acceptPage, o)
		if err == nil {
			a, err = fromFetched(input, f, it.Published, o)
		}
		if err != nil {
			if !isBadInput(err) {
				return newsbot.Article{}, err
			}
			if a, ok = fromItemText(it.Summary); !ok {
				return newsbot.Article{}, err
			}
		} else {
			ok = true
			if a.Title == "" {
				a.Title = it.Title
			}
			if a.Byline == "" {
				a.Byline = it.Byline
			}
		}
	}
	if !ok {
		if a, ok = fromItemText(it.Summary); !ok {
			return newsbot.Article{}, badInput(input, "feed item has no full text and no link to follow", nil)
		}
	}
	a.ExternalID = it.GUID
	if o.Source == "" {
		a.Source = it.Feed
	}
	finish(&a, o)
	return a, nil
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
