package ingest

import (
	"strings"
	"testing"
	"time"
)

// metaPage builds a page with the given <head> and a body long enough to
// pass the word minimum.
func metaPage(head string) []byte {
	body := strings.Repeat("<p>The regional water board voted on Monday to raise tariffs by four per cent from April, citing the cost of repairing ageing pipes across the valley.</p>", 3)
	return []byte("<html><head>" + head + "</head><body><article>" + body + "</article></body></html>")
}

func TestTitleAndOutletFromMetadata(t *testing.T) {
	tests := []struct {
		name, url, head, wantTitle, wantOutlet string
	}{
		{"site name after a bar in og:title", "https://www.valleyherald.example/news/water",
			`<meta property="og:site_name" content="Valley Herald"><meta property="og:title" content="Water bills to rise by 4% | Valley Herald"><title>Water bills to rise by 4% | Valley Herald</title>`,
			"Water bills to rise by 4%", "Valley Herald"},
		{"section after the headline, JSON-LD has the headline", "https://www.valleyherald.example/opinion/water",
			`<meta property="og:title" content="Water bills to rise by 4% | Editorial"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Water bills to rise by 4%","publisher":{"@type":"Organization","name":"Valley Herald"}}</script>`,
			"Water bills to rise by 4%", "Valley Herald"},
		{"section label before the headline", "https://www.dailyledger.example/2026/03/02/opinion/water.html",
			`<meta property="og:title" content="Opinion | Water bills to rise by 4%"><title>Opinion | Water bills to rise by 4% - The Daily Ledger</title>`,
			"Water bills to rise by 4%", "The Daily Ledger"},
		{"lower-case site name loses to the publisher's own spelling", "https://www.metrotimes.example/story/water",
			`<meta property="og:site_name" content="metrotimes"><meta property="og:title" content="Water bills to rise by 4%"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"METRO TIMES"}}</script>`,
			"Water bills to rise by 4%", "METRO TIMES"},
		{"site name that is a section, not the outlet", "https://www.wirepress.example/article/water",
			`<meta property="og:site_name" content="Business"><meta property="og:title" content="Water bills to rise by 4%"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Wire Press"}}</script>`,
			"Water bills to rise by 4%", "Wire Press"},
		{"handle as site name, initials host", "https://www.nvpost.example/water",
			`<meta property="og:site_name" content="@nvpost"><meta name="apple-mobile-web-app-title" content="Nevada Valley Post"><meta property="og:title" content="Water bills to rise by 4%">`,
			"Water bills to rise by 4%", "Nevada Valley Post"},
		{"nothing but the host", "https://www.valleyherald.example/news/water",
			`<title>Water bills to rise by 4%</title>`,
			"Water bills to rise by 4%", "valleyherald.example"},
		{"itemprop headline beats a decorated title", "https://www.valleyherald.example/news/water",
			`<meta property="og:site_name" content="Valley Herald"><title>Water bills to rise by 4% | Money | Valley Herald</title></head><body><h1 itemprop="headline">Water bills to rise by 4%</h1>`,
			"Water bills to rise by 4%", "Valley Herald"},
		{"a file without a URL keeps the page's own name", "",
			`<meta property="og:site_name" content="Valley Herald"><title>Water bills to rise by 4%</title>`,
			"Water bills to rise by 4%", "Valley Herald"},
		{"a headline with a bar of its own is kept", "https://www.valleyherald.example/news/water",
			`<meta property="og:site_name" content="Valley Herald"><meta property="og:title" content="Water | the bill nobody wants to pay">`,
			"Water | the bill nobody wants to pay", "Valley Herald"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML("page.html", metaPage(tt.head), tt.url, time.Time{}, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle || a.Outlet != tt.wantOutlet {
				t.Errorf("title %q outlet %q, want %q and %q", a.Title, a.Outlet, tt.wantTitle, tt.wantOutlet)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Maria Okafor", "Maria Okafor"},
		{"Analysis by Tom Reyes", "Tom Reyes"},
		{"Ana Lopez and Ben Cho Metro Wire Published 7:07 PM EST Nov 19, 2019", "Ana Lopez and Ben Cho Metro Wire"},
		{"By KAREN HOLT and OMAR SAYEDAssociated Press", "KAREN HOLT and OMAR SAYED Associated Press"},
		{"Priya Nair Updated 10:02 a.m. March 3, 2026", "Priya Nair"},
		{"https://ledger.example.com/staff/okafor", ""},
		{"Ian McDonald", "Ian McDonald"},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Furniture paragraphs go; paragraphs that merely start like them stay.
func TestDropFurniture(t *testing.T) {
	keep := []string{
		"More than 200 people gathered outside the court on Tuesday.",
		"By the end of the day, 3 people had been arrested.",
		"Updated figures showed inflation at 3.1% in February.",
		"Copyright lawyers said the ruling would reshape the music industry.",
		"12:30 p.m. The hearing resumed after a short break.",
		"Watch this space, the minister told reporters.",
		"The background",
		`"Follow the money," she said.`,
		"Posted guards stood at every gate of the compound.",
		"(Reuters) - Oil fell on Tuesday.",
		"(AP) The council met.",
		"By Monday the pumps were running again.",
		"By then, Whitfield had left.",
		"“We use cookies responsibly,” the company said in a statement.",
		"The website uses cookies to follow readers across the web, the regulator found.",
	}
	drop := []string{
		"Trending",
		"DON'T MISS",
		"More:",
		"Read more",
		"By",
		"https://www.valleyherald.example/news/water-rates-rise-12345.php",
		"Image 1 of / 5",
		"By Dana Whitfield - 03/02/26 11:04 PM EST",
		"Updated at 1:23 p.m.",
		"Published 7:07 PM EST Mar 2, 2026",
		"Like this story? Share it with a friend!",
		"Follow Valley Herald on Instagram, Facebook and Twitter.",
		"If you enjoyed this article, we have a proposition for you: become a member today.",
		"Copyright © 2026 Valley Herald Media. All rights reserved.",
		"Sign up for our morning briefing, delivered to your inbox.",
		"Let our news meet your inbox. The stories that matter, every weekday.",
		"Our partners may earn an affiliate commission if you buy something through links in this article.",
		"By Dana Whitfield March 2, 2026",
		"By DANA WHITFIELD and OMAR SAYED",
		"We use cookies to give you the best experience on our website.",
		"We and our 842 partners store and/or access information on a device, such as cookies.",
		"Already a subscriber? Sign in to continue reading this article.",
		"Get unlimited digital access for just $1 a week. Cancel anytime.",
	}
	text := strings.Join(append(append([]string{}, keep...), drop...), "\n\n")
	got := dropFurniture(text)
	for _, k := range keep {
		if !strings.Contains(got, k) {
			t.Errorf("article paragraph lost: %q", k)
		}
	}
	for _, d := range drop {
		if strings.Contains("\n"+got+"\n", "\n"+d+"\n") {
			t.Errorf("furniture kept: %q", d)
		}
	}
}

func TestCreditRunIntoFirstWord(t *testing.T) {
	got := dropFurniture("(CNN)President Ana Ruiz flew to Lisbon on Friday.\n\nShe (the mayor)Said nothing.")
	want := "(CNN) President Ana Ruiz flew to Lisbon on Friday.\n\nShe (the mayor)Said nothing."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// What a browser shows and a reader sees: <q> marks drawn, the headline not
// repeated as the first paragraph, a byline line not in the text, and a
// page without any title named by its opening words.
func TestHTMLBodyAsReadersSeeIt(t *testing.T) {
	para := "<p>The regional water board voted on Monday to raise tariffs by four per cent from April, citing the cost of repairing ageing pipes across the valley.</p>"
	tests := []struct {
		name, page, wantTitle string
		want, notWant         []string
	}{
		{"inline quotations", `<html><head><title>Water bills to rise</title></head><body><article><h1>Water bills to rise</h1>` + para +
			`<p>The chair said <q>we had no choice, and <q>no choice</q> means none</q> after the vote.</p>` + para + `</article></body></html>`,
			"Water bills to rise",
			[]string{"The chair said “we had no choice, and ‘no choice’ means none” after the vote."},
			[]string{"Water bills to rise\n"}},
		{"byline line in the article header", `<html><head><title>Water bills to rise</title></head><body><article><h1>Water bills to rise</h1><div class="meta"><span>By <a rel="author" href="/staff/dw">Dana Whitfield</a></span> <time datetime="2026-03-02T10:00:00Z">March 2, 2026</time></div>` + para + para + `</article></body></html>`,
			"Water bills to rise",
			[]string{"The regional water board voted"},
			[]string{"Dana Whitfield"}},
		{"standfirst and a visible headline other than og:title", `<html><head><meta property="og:title" content="Water tariffs up 4%"></head><body><article><h1>Valley water bills to rise by four per cent</h1><p class="article__standfirst">Repairs to ageing pipes will cost households more from April.</p>` + para + para + `</article></body></html>`,
			"Water tariffs up 4%",
			[]string{"The regional water board voted"},
			[]string{"Repairs to ageing pipes", "Valley water bills to rise"}},
		{"paywall box inside the article", `<html><head><title>Water bills to rise</title></head><body><article><h1>Water bills to rise</h1>` + para + para +
			`<div class="paywall-prompt"><h2>Subscribe to continue reading</h2><p>Get unlimited access to our journalism for $1 a week.</p></div></article></body></html>`,
			"Water bills to rise",
			[]string{"The regional water board voted"},
			[]string{"Subscribe", "unlimited access"}},
		{"no title anywhere", `<html><body><div id="story">` + strings.Repeat(para, 2) + `</div></body></html>`,
			"The regional water board voted on Monday to raise tariffs by four per cent from…", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML("page.html", []byte(tt.page), "https://valleyherald.example/a", time.Time{}, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(a.Text, w) || strings.HasPrefix(a.Text, strings.TrimSpace(w)) {
					t.Errorf("text keeps %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

func TestFurnitureClassNames(t *testing.T) {
	tests := []struct {
		cls  string
		want bool
	}{
		{"article-caption", true}, {"ShareBar", true}, {"nrplus-cta", true}, {"comments-launch", true},
		{"c-dek", true}, {"Hover-Card", true}, {"article__standfirst", true}, {"makehomepagedialog", true},
		{"octave", false}, {"commentary-body", false}, {"article-body", false}, {"decked", false}, {"story-text", false},
	}
	for _, tt := range tests {
		if got := isBoilerplateClass(tt.cls); got != tt.want {
			t.Errorf("isBoilerplateClass(%q) = %v, want %v", tt.cls, got, tt.want)
		}
	}
	dates := []struct {
		cls  string
		want bool
	}{
		{"publish-date", true}, {"article__meta", true}, {"articlemeta", true}, {"entry-meta", true}, {"timestamp", true},
		{"article-body", false}, {"entry-content", false},
	}
	for _, tt := range dates {
		if got := isDateClass(tt.cls); got != tt.want {
			t.Errorf("isDateClass(%q) = %v, want %v", tt.cls, got, tt.want)
		}
	}
}

// A consent wall is not an article, however many words it has.
func TestConsentWallIsNoArticle(t *testing.T) {
	page := `<html><head><title>Before you continue</title></head><body><div class="consent-wall"><h1>We value your privacy</h1>` +
		`<p>We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised ads and content, ad and content measurement, and audience insights.</p>` +
		`<p>With your permission we and our partners may use precise geolocation data. You may click to consent to our and our partners' processing as described above, or change your preferences before consenting.</p>` +
		`<button>Accept all</button><button>Reject all</button></div></body></html>`
	_, err := FromHTML("consent.html", []byte(page), "https://valleyherald.example/a", time.Time{}, testOptions())
	if err == nil || !strings.Contains(err.Error(), "no article body") {
		t.Errorf("consent wall: err = %v, want no article body", err)
	}
}
