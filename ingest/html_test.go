package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"golang.org/x/text/encoding/unicode"
)

var fixedNow = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

func testOptions() Options {
	return Options{Now: func() time.Time { return fixedNow }}
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFromHTMLArticle(t *testing.T) {
	a, err := FromHTML("article.html", readFixture(t, "article.html"), "https://ledger.example.com/news/2026/03/04/tram-line-vote?utm_source=x", time.Time{}, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"Title", a.Title, "Harbour city approves tram line after marathon vote"},
		{"Outlet", a.Outlet, "The Coastal Ledger"},
		{"Byline", a.Byline, "Maria Okafor"},
		{"CanonicalURL", a.CanonicalURL, "https://ledger.example.com/news/2026/03/04/tram-line-vote"},
		{"Published", a.Published.Format(time.RFC3339), "2026-03-04T18:45:00+01:00"},
		{"Hash", a.Hash, Hash(a.Text)},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if a.PublishedAssumed {
		t.Error("PublishedAssumed = true for a page with article:published_time")
	}
	if !a.IngestedAt.Equal(fixedNow) {
		t.Errorf("IngestedAt = %v", a.IngestedAt)
	}
	for _, want := range []string{
		"Councillors in Port Aldwick voted 31 to 17",
		"divided the city for almost a decade.\n\n\"This is the most important transport decision",
		"who runs a bakery near the station.",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if !strings.Contains(a.Text, "said council leader Hannah Brooks, who called") {
		t.Errorf("hover card not removed or name lost:\n%s", a.Text)
	}
	for _, bad := range []string{"tracking", "Caption text", "Copyright", "Sport", "Related stories", "Bus fares", "Five things", "budget row", "By Maria"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps boilerplate %q:\n%s", bad, a.Text)
		}
	}
}

func TestFromHTMLJSONLDGraph(t *testing.T) {
	a, err := FromHTML("graph.html", readFixture(t, "graph.html"), "https://courier.example.org/story/42", time.Time{}, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format(time.RFC3339); got != "2025-12-11T07:30:00Z" {
		t.Errorf("Published = %s", got)
	}
	if a.Outlet != "Alpine Courier" {
		t.Errorf("Outlet = %q, want the JSON-LD publisher", a.Outlet)
	}
	if a.Byline != "Luca Ferri, Anna Berg" {
		t.Errorf("Byline = %q", a.Byline)
	}
	if a.CanonicalURL != "https://courier.example.org/story/42" {
		t.Errorf("CanonicalURL = %q, want the page URL", a.CanonicalURL)
	}
}

// page wraps a head and a body long enough to be an article.
func page(head, bodyExtra string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge repairs</title>` + head + `</head><body><article>` + bodyExtra +
		`<p>Engineers began replacing the corroded steel cables of the old river bridge on Monday, a job the city expects to take eleven weeks and to cost about six million euros.</p>
<p>Traffic will be limited to one lane in each direction, and cyclists have been asked to use the ferry crossing downstream while the work continues.</p></article></body></html>`
}

func TestDecodeHTMLCharset(t *testing.T) {
	tests := []struct {
		name, ct string
		data     []byte
		want     string
	}{
		{"UTF-8 bytes under a windows-1252 label", "", []byte(`<meta charset="windows-1252"><p>Café “open”</p>`), "Café “open”"},
		{"real windows-1252", "", []byte("<meta charset=\"windows-1252\"><p>Caf\xe9 \x93open\x94</p>"), "Café “open”"},
		{"ISO-8859-1 header, no meta", "text/html; charset=iso-8859-1", []byte("<p>Z\xfcrich</p>"), "Zürich"},
		{"undeclared 8-bit", "", []byte("<p>Sm\xf8rrebr\xf8d</p>"), "Smørrebrød"},
		{"UTF-8 BOM", "", []byte("\xef\xbb\xbf<p>naïve</p>"), "naïve"},
		{"UTF-16 LE with BOM", "", []byte("\xff\xfe<\x00p\x00>\x00n\x00a\x00\xef\x00v\x00e\x00"), "<p>naïve"},
		{"UTF-16 BE with BOM under a wrong label", "text/html; charset=utf-8", []byte("\xfe\xff\x00<\x00p\x00>\x00n\x00a\x00\xef\x00v\x00e"), "<p>naïve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeHTML("x.html", tt.data, tt.ct)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got), tt.want) {
				t.Errorf("decoded %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

func TestPublishedSources(t *testing.T) {
	feedDate := time.Date(2026, 2, 2, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		head    string
		body    string
		url     string
		feed    time.Time
		flag    time.Time
		want    string // YYYY-MM-DD
		assumed bool
	}{
		{name: "article:published_time", head: `<meta property="article:published_time" content="2026-01-20T10:00:00Z">`, want: "2026-01-20"},
		{name: "itemprop meta", head: `<meta itemprop="datePublished" content="2026-01-21">`, want: "2026-01-21"},
		{name: "itemprop element", body: `<span itemprop="datePublished" content="2026-01-22T09:00:00+00:00">22 January</span>`, want: "2026-01-22"},
		{name: "JSON-LD object", head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-23T06:00:00Z"}</script>`, want: "2026-01-23"},
		{name: "JSON-LD array", head: `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","datePublished":"2026-01-24"}]</script>`, want: "2026-01-24"},
		{name: "JSON-LD graph", head: `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"Article","datePublished":"2026-01-25"}]}</script>`, want: "2026-01-25"},
		{name: "time datetime", body: `<time datetime="2026-01-26T15:00:00-05:00">Jan 26</time>`, want: "2026-01-26"},
		{name: "time marked pubdate wins", body: `<time datetime="2025-11-01">old</time><time pubdate datetime="2026-01-27">new</time>`, want: "2026-01-27"},
		{name: "parsely", head: `<meta name="parsely-pub-date" content="2026-01-28T11:00:00Z">`, want: "2026-01-28"},
		{name: "dublin core", head: `<meta name="DC.date.issued" content="2026-01-29">`, want: "2026-01-29"},
		{name: "sailthru", head: `<meta name="sailthru.date" content="2026-01-30 08:30:00">`, want: "2026-01-30"},
		{name: "parsely-page JSON", head: `<meta name="parsely-page" content='{"title":"x","pub_date":"2026-01-31T10:00:00Z"}'>`, want: "2026-01-31"},
		{name: "date line text", body: `<div class="publish-date">Published 7:07 PM EST Feb 1, 2026</div>`, want: "2026-02-01"},
		{name: "date in URL", url: "https://news.example.com/2026/feb/03/bridge-repairs", want: "2026-02-03"},
		{name: "meta beats JSON-LD", head: `<meta property="article:published_time" content="2026-01-05"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-06"}</script>`, want: "2026-01-05"},
		{name: "future date ignored", head: `<meta property="article:published_time" content="2027-06-01"><meta name="dc.date" content="2026-01-07">`, want: "2026-01-07"},
		{name: "feed date when page has none", feed: feedDate, want: "2026-02-02"},
		{name: "page beats feed", head: `<meta property="article:published_time" content="2026-01-08">`, feed: feedDate, want: "2026-01-08"},
		{name: "flag beats page", head: `<meta property="article:published_time" content="2026-01-08">`, flag: time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC), want: "2026-01-09"},
		{name: "nothing: ingest time assumed", want: "2026-03-10", assumed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := testOptions()
			o.Published = tt.flag
			a, err := FromHTML(tt.name, []byte(page(tt.head, tt.body)), tt.url, tt.feed, o)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format("2006-01-02"); got != tt.want || a.PublishedAssumed != tt.assumed {
				t.Errorf("Published = %s (assumed %v), want %s (assumed %v)", got, a.PublishedAssumed, tt.want, tt.assumed)
			}
		})
	}
}

func TestBadInputs(t *testing.T) {
	o := testOptions()
	o.MaxBytes = 4096
	big := strings.Repeat("The harbour board met again on Tuesday. ", 200)
	tests := []struct {
		name   string
		run    func() error
		reason string
	}{
		{"empty text", func() error { _, err := FromText("empty.txt", nil, o); return err }, "empty"},
		{"whitespace only", func() error { _, err := FromText("blank.txt", []byte(" \n\t \u200b\n"), o); return err }, "empty"},
		{"NUL bytes", func() error { _, err := FromText("photo.txt", []byte("JFIF\x00\x01\x02 header"), o); return err }, "binary"},
		{"mostly control bytes", func() error {
			_, err := FromText("dump.txt", []byte(strings.Repeat("\x01\x02\x03ab", 50)), o)
			return err
		}, "binary"},
		{"invalid UTF-8 text in a non-Western charset", func() error {
			// "Мэрия Москвы" (Moscow city hall) in Windows-1251.
			_, err := FromText("cp1251.txt", []byte("\xcc\xfd\xf0\xe8\xff \xcc\xee\xf1\xea\xe2\xfb votes on the new stadium budget"), o)
			return err
		}, "not valid UTF-8"},
		{"HTML without article body", func() error {
			_, err := FromHTML("nobody.html", readFixture(t, "nobody.html"), "", time.Time{}, o)
			return err
		}, "no article body"},
		{"deeply nested HTML", func() error {
			deep := strings.Repeat("<div>", 5000) + "<p>" + strings.Repeat("deep words ", 50) + "</p>" + strings.Repeat("</div>", 5000)
			_, err := FromHTML("deep.html", []byte(deep), "", time.Time{}, o)
			return err
		}, "unparsable HTML"},
		{"empty HTML", func() error { _, err := FromHTML("empty.html", []byte("  "), "", time.Time{}, o); return err }, "empty"},
		{"binary HTML", func() error { _, err := DecodeHTML("x.html", []byte("<html>\x00\x00</html>"), ""); return err }, "binary"},
		{"invalid UTF-8 HTML declared UTF-8", func() error {
			_, err := DecodeHTML("bad.html", []byte("<html><head><meta charset=utf-8></head><body>caf\xe9 \xff</body></html>"), "text/html; charset=utf-8")
			return err
		}, "not valid UTF-8 after decoding"},
		{"file over size cap", func() error {
			p := t.TempDir() + "/big.txt"
			if err := os.WriteFile(p, []byte(big), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := ReadFile(t.Context(), p, o)
			return err
		}, "over the 4 KB size cap"},
		{"missing file", func() error { _, err := ReadFile(t.Context(), "testdata/no-such-file.txt", o); return err }, "cannot open"},
		{"JSON line not JSON", func() error { _, err := FromJSONLine("a.jsonl:3", []byte("{oops"), o); return err }, "not a JSON object"},
		{"JSON line empty text", func() error { _, err := FromJSONLine("a.jsonl:4", []byte(`{"id":"x","text":""}`), o); return err }, "text: empty"},
		{"JSON line invalid UTF-8", func() error {
			_, err := FromJSONLine("a.jsonl:5", []byte("{\"text\":\"caf\xe9 opens\"}"), o)
			return err
		}, "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, newsbot.ErrBadInput) {
				t.Errorf("error %v does not wrap ErrBadInput", err)
			}
			if !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %q lacks reason %q", err, tt.reason)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestFromTextTitle(t *testing.T) {
	tests := []struct{ text, title string }{
		{"Ferry strike called off\n\nCrews on the northern routes called off a strike.", "Ferry strike called off"},
		{"# Library reopens\n\nThe central library reopened on Monday.", "Library reopens"},
		// No headline line: the opening words stand in.
		{"Only one line of text, no title here.", "Only one line of text, no title here"},
		{strings.Repeat("long ", 40) + "\n\nbody text follows here.", strings.TrimSpace(strings.Repeat("long ", 16)) + "…"},
	}
	for _, tt := range tests {
		a, err := FromText("t.txt", []byte(tt.text), testOptions())
		if err != nil {
			t.Fatal(err)
		}
		// The same text saved as UTF-16 with a BOM reads the same.
		u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		b, err := FromText("t16.txt", u16, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		if b.Text != a.Text {
			t.Errorf("UTF-16 text %q, want %q", b.Text, a.Text)
		}
		if a.Title != tt.title {
			t.Errorf("title of %q = %q, want %q", tt.text[:20], a.Title, tt.title)
		}
		if !a.PublishedAssumed {
			t.Error("a text file without a flag must have an assumed date")
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\r\n\r\n\r\nc  \n", "a\nb\n\nc"},
		{"\ufeff  \n\nfirst\u00a0para\n \t\nsecond", "  \n\nfirst para\n\nsecond"[4:]},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHashNormalises(t *testing.T) {
	if Hash("The  council\nvoted.") != Hash("the council voted.") {
		t.Error("hash differs on case and white space")
	}
	if Hash("The council voted.") == Hash("The council did not vote.") {
		t.Error("hash equal for different texts")
	}
}

func TestJSONLDArticleBodyFallback(t *testing.T) {
	body := "The port authority confirmed on Friday that the eastern breakwater will be rebuilt. " +
		"Engineers found cracks along two hundred metres of the structure after the January storms. " +
		"Work is expected to start in May and last eighteen months, with fishing boats moved to the western basin."
	tests := []struct {
		name, html, want string
		wantErr          bool
	}{
		{
			name: "script-rendered page: only JSON-LD has the text",
			html: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Breakwater to be rebuilt","articleBody":"` + body + `"}</script></head>` +
				`<body><div id="app"><p>Loading…</p></div></body></html>`,
			want: "eighteen months",
		},
		{
			name:    "JSON-LD body too short to count",
			html:    `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Short."}</script></head><body><p>Loading…</p></body></html>`,
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML("x.html", []byte(tt.html), "https://port.example.com/news/1", time.Time{}, testOptions())
			if tt.wantErr {
				if !errors.Is(err, newsbot.ErrBadInput) {
					t.Fatalf("err = %v, want ErrBadInput", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) || a.Title != "Breakwater to be rebuilt" || a.Outlet != "port.example.com" {
				t.Errorf("got title %q outlet %q text %q", a.Title, a.Outlet, a.Text)
			}
		})
	}
}
