package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Text files from older Windows and Mac tools arrive as Windows-1252 or
// Latin-1, sometimes UTF-16 or with a UTF-8 BOM: each is read as the same
// article text.
func TestFromTextEncodings(t *testing.T) {
	const story = "Zürich café owners protest\n\nCafé owners in Zürich marched on the town hall on Tuesday. “We will not pay twice,” said Anaïs Müller – who runs a bakery – as the council met. The levy costs €200 a year."
	cp1252, err := charmap.Windows1252.NewEncoder().String(story)
	if err != nil {
		t.Fatal(err)
	}
	latin1, err := charmap.ISO8859_1.NewEncoder().String(strings.NewReplacer("“", `"`, "”", `"`, "–", "-", "€", "EUR ").Replace(story))
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(story)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data, wantText string
	}{
		{"UTF-8", story, "“We will not pay twice,” said Anaïs Müller – who"},
		{"UTF-8 with BOM", "\ufeff" + story, "“We will not pay twice,” said Anaïs Müller – who"},
		{"Windows-1252", cp1252, "“We will not pay twice,” said Anaïs Müller – who"},
		{"Latin-1", latin1, `"We will not pay twice," said Anaïs Müller - who`},
		{"UTF-16 LE with BOM", utf16, "“We will not pay twice,” said Anaïs Müller – who"},
	}
	for _, tt := range tests {
		a, err := FromText("story.txt", []byte(tt.data), Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if a.Title != "Zürich café owners protest" || !strings.Contains(a.Text, tt.wantText) || strings.HasPrefix(a.Text, "\ufeff") {
			t.Errorf("%s: title %q text %q", tt.name, a.Title, a.Text)
		}
	}
}

func TestDecodeWesternLeavesOtherCharsets(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		// "Мэрия Москвы" in Windows-1251: runs of high bytes.
		{"Cyrillic", []byte("\xcc\xfd\xf0\xe8\xff \xcc\xee\xf1\xea\xe2\xfb voted")},
		// Bytes Windows-1252 leaves undefined.
		{"undefined bytes", []byte("budget \x81 vote \x9d")},
	}
	for _, tt := range tests {
		if got := decodeWestern(tt.data); string(got) != string(tt.data) {
			t.Errorf("%s: decoded to %q, want it left for the UTF-8 check", tt.name, got)
		}
	}
}

// Text without a headline line is cited by its opening words, never by an
// empty title.
func TestFromTextWithoutHeadline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The U.S. Senate voted on Tuesday to extend the farm bill. Farmers welcomed it.", "The U.S. Senate voted on Tuesday to extend the farm bill"},
		{"Councillors in Port Aldwick voted 31 to 17 on Wednesday night to approve a tram line that has divided the city for almost a decade, after a marathon session.",
			"Councillors in Port Aldwick voted 31 to 17 on Wednesday night to approve a tram…"},
	}
	for _, tt := range tests {
		a, err := FromText("story.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("title %q, want %q", a.Title, tt.want)
		}
	}
}

// What a file is comes from its first bytes when its name says text: a page
// saved without an extension is read as HTML, a feed saved to disk gets a
// clear error instead of being stored as XML.
func TestFileContentSniffed(t *testing.T) {
	dir := t.TempDir()
	para := strings.Repeat("The council voted on Tuesday to close the library branch on Elm Street, citing a budget shortfall. ", 4)
	files := map[string]string{
		"story":     "<!DOCTYPE html><html><head><title>Library to close</title></head><body><article><p>" + para + "</p></article></body></html>",
		"feed.xml":  `<?xml version="1.0"?><rss version="2.0"><channel><title>City Wire</title><item><title>Library to close</title><description>` + para + `</description></item></channel></rss>`,
		"notes.txt": "Library to close\n\n<b>Note</b>: " + para,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, err := ReadFile(t.Context(), filepath.Join(dir, "story"), Options{})
	if err != nil || a.Title != "Library to close" || strings.Contains(a.Text, "<") {
		t.Errorf("page without extension: %v, title %q, text %q", err, a.Title, a.Text)
	}
	_, err = ReadFile(t.Context(), filepath.Join(dir, "feed.xml"), Options{})
	if err == nil || !strings.Contains(err.Error(), "feed") {
		t.Errorf("feed file: err = %v, want a clear refusal", err)
	}
	a, err = ReadFile(t.Context(), filepath.Join(dir, "notes.txt"), Options{})
	if err != nil || !strings.Contains(a.Text, "<b>Note</b>") {
		t.Errorf("text that merely contains a tag: %v %q", err, a.Text)
	}
}

// A header block above a story gives its metadata and is not part of the
// text; anything that only looks like one stays in the text.
func TestFromTextHeader(t *testing.T) {
	const body = "Fishing crews in Kisumu were turned back on Saturday, officials said.\n\n\"We have licences,\" said one captain."
	tests := []struct {
		name, data                     string
		wantTitle, wantOutlet, wantURL string
		wantDate                       string // 2006-01-02; "" means assumed (now)
		wantTextPrefix                 string
	}{
		{
			name:      "full header",
			data:      "Title: Lake crews turned back\nOutlet: Lakeside Ledger\nPublished: 2026-11-21\nURL: https://ledger.example/lake\n\n" + body,
			wantTitle: "Lake crews turned back", wantOutlet: "Lakeside Ledger", wantURL: "https://ledger.example/lake",
			wantDate: "2026-11-21", wantTextPrefix: "Fishing crews in Kisumu",
		},
		{
			name:      "keys in any case, wire date style",
			data:      "HEADLINE: Lake crews turned back\nsource: Lakeside Ledger\nDate: Nov 21, 2026\n\n" + body,
			wantTitle: "Lake crews turned back", wantOutlet: "Lakeside Ledger", wantDate: "2026-11-21", wantTextPrefix: "Fishing crews in Kisumu",
		},
		{
			name:      "a speaker label is no header",
			data:      "Minister: We will not back down.\n\n" + body,
			wantTitle: "Minister: We will not back down.", wantTextPrefix: "Minister: We will not back down.",
		},
		{
			name:      "an unreadable date keeps the block in the text",
			data:      "Title: Lake crews turned back\nPublished: the day after the storm\n\n" + body,
			wantTitle: "Title: Lake crews turned back", wantTextPrefix: "Title: Lake crews turned back",
		},
		{
			name:      "a header with no body is the text",
			data:      "Title: Lake crews turned back\nOutlet: Lakeside Ledger\n\n",
			wantTitle: "Title: Lake crews turned back", wantTextPrefix: "Title: Lake crews",
		},
	}
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromText("story.txt", []byte(tt.data), Options{Now: func() time.Time { return now }})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantTitle != "" && !strings.HasPrefix(a.Title, strings.TrimSuffix(tt.wantTitle, ".")) {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			if a.Outlet != tt.wantOutlet || a.URL != tt.wantURL {
				t.Errorf("outlet %q url %q, want %q %q", a.Outlet, a.URL, tt.wantOutlet, tt.wantURL)
			}
			if got := a.Published.Format("2006-01-02"); tt.wantDate != "" && (got != tt.wantDate || a.PublishedAssumed) {
				t.Errorf("published %s (assumed %v), want %s", got, a.PublishedAssumed, tt.wantDate)
			}
			if tt.wantDate == "" && !a.PublishedAssumed {
				t.Errorf("published %s read from the text, want it assumed", a.Published)
			}
			if !strings.HasPrefix(a.Text, tt.wantTextPrefix) {
				t.Errorf("text starts %q, want %q", a.Text[:min(40, len(a.Text))], tt.wantTextPrefix)
			}
		})
	}
}
