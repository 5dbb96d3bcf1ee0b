package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-28T09:30:00Z", "7:07 PM EST Nov 19, 2019", "Monday, November 18th, 2019",
		"2019-nov-18", "20 Nov 2019 08:02 GMT", "1700000000", "31/12/2025", "0000-00-00", "Published on 3 March 2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := ParseDate(s); err == nil && (d.Year() < 1900 || d.Year() > 2200) {
			t.Errorf("ParseDate(%q) = %v out of range", s, d)
		}
		if d, ok := DateInText(s); ok && (d.Year() < 1900 || d.Year() > 2200) {
			t.Errorf("DateInText(%q) = %v out of range", s, d)
		}
		dateInURL(s)
	})
}

func FuzzFromHTML(f *testing.F) {
	f.Add([]byte(page(`<meta property="article:published_time" content="2026-01-20T10:00:00Z">`, "")))
	f.Add([]byte(page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-25","articleBody":"x"}]}</script>`, `<time datetime="bad">x</time>`)))
	f.Add([]byte(strings.Repeat("<div>", 500) + "deep" + strings.Repeat("</div>", 10)))
	f.Add([]byte("<p>\u202eright-to-left \u200b zero width</p>"))
	f.Add([]byte{0xff, 0xfe, '<', 0})
	o := testOptions()
	o.MinWords = 5
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := FromHTML("fuzz.html", data, "https://example.com/2026/01/02/x", time.Time{}, o)
		if err != nil {
			if !errors.Is(err, newsbot.ErrBadInput) {
				t.Fatalf("error %v is not ErrBadInput", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || wordCount(a.Text) < o.MinWords || a.Published.IsZero() {
			t.Fatalf("bad article: %d words, published %v", wordCount(a.Text), a.Published)
		}
	})
}

func FuzzJSONLine(f *testing.F) {
	f.Add([]byte(`{"id":"a","url":"https://x.example/1","title":"T","text":"Some text here.","published":"2026-01-02"}`))
	f.Add([]byte(`{"id":7,"text":"x","published":null}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := FromJSONLine("fuzz.jsonl:1", line, testOptions())
		if err != nil {
			if !errors.Is(err, newsbot.ErrBadInput) {
				t.Fatalf("error %v is not ErrBadInput", err)
			}
			return
		}
		if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
			t.Fatalf("accepted empty or invalid text %q", a.Text)
		}
	})
}

func FuzzFromText(f *testing.F) {
	f.Add([]byte("Title: Lake crews turned back\nPublished: 2026-11-21\n\nCrews were turned back on Saturday."))
	f.Add([]byte("Minister: We will not back down.\n\nThe minister spoke."))
	f.Add([]byte("Date: \n\n\n"))
	f.Add([]byte{0xff, 0xfe, 'T', 0, ':', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := FromText("fuzz.txt", data, testOptions())
		if err != nil {
			if !errors.Is(err, newsbot.ErrBadInput) {
				t.Fatalf("error %v is not ErrBadInput", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || a.Published.IsZero() {
			t.Fatalf("bad article: text valid %v, published %v", utf8.ValidString(a.Text), a.Published)
		}
	})
}
