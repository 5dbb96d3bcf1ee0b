package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
)

// linkStory is a news page as a CMS serves it.
const linkStory = `<!doctype html><html><head><title>Ferry operators and unions agree pay deal</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-02-10T09:00:00Z"></head>
<body><article><h1>Ferry operators and unions agree pay deal</h1>
<p>Ferry operators and the seafarers' union agreed a two-year pay deal on Monday, ending a dispute that had threatened weekend crossings.</p>
<p>"This deal keeps the boats running and the crews paid fairly," union secretary Marta Lindqvist told reporters in Gothenburg.</p>
<p>Transport Minister Anders Holm will visit the port of Gothenburg on Thursday to meet both sides, his office said.</p>
<p>Holm said the government would "watch closely how the deal is honoured" over the coming months.</p>
</article></body></html>`

// TestPastedLinkIngestedThroughFakeSlack pastes links to the bot on a
// newsroom that allows private addresses (an intranet CMS): a page is
// fetched, stored and confirmed in the thread, then answers questions; a
// missing page, a page over the size cap and a non-article get a clear
// reply in their thread.
func TestPastedLinkIngestedThroughFakeSlack(t *testing.T) {
	fake := slacktest.New()
	defer fake.Close()
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/news/ferry-deal":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, linkStory)
		case "/huge":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body><p>")
			chunk := strings.Repeat("The port stayed shut all week. ", 1024)
			for range 6 << 20 / len(chunk) {
				if _, err := fmt.Fprint(w, chunk); err != nil {
					return
				}
			}
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.7")
		default:
			http.NotFound(w, r)
		}
	}))
	defer page.Close()

	env := testEnv(t)
	env["SLACK_BOT_TOKEN"], env["SLACK_APP_TOKEN"] = fake.BotToken, fake.AppToken
	env["SLACK_API_URL"] = fake.APIURL()
	env["NEWSBOT_INGEST_USERS"] = "UREPORTER"
	env["NEWSBOT_ALLOW_PRIVATE_URLS"] = "true"
	const guard = 30 * time.Second
	srv := startServe(t, fake, env, guard)
	defer srv.cancel()
	logs, cancel, done := srv.logs, srv.cancel, srv.done
	mention := func(text string) string {
		t.Helper()
		return mentionAnswer(t, fake, guard, logs, "UREPORTER", text)
	}

	got := mention("<" + page.URL + "/news/ferry-deal>")
	if !strings.Contains(got, "Added") || !strings.Contains(got, "Ferry operators and unions agree pay deal") {
		t.Errorf("pasted link not confirmed as added:\n%s", got)
	}
	if got = mention("<" + page.URL + "/news/ferry-deal|ferry deal>"); !strings.Contains(got, "already have") {
		t.Errorf("the same link again:\n%s", got)
	}
	if got = mention("who said the deal keeps the boats running?"); !strings.Contains(got, "Lindqvist") {
		t.Errorf("the stored article does not answer:\n%s", got)
	}
	for path, want := range map[string]string{"/gone": "404", "/huge": "size", "/report.pdf": "pdf"} {
		got = mention("<" + page.URL + path + ">")
		if !strings.Contains(got, "couldn't add that page") || !strings.Contains(strings.ToLower(got), want) {
			t.Errorf("bad link %s: want a clear refusal mentioning %q:\n%s", path, want, got)
		}
	}
	// Nothing listening there: the reply says the page could not be reached.
	if got = mention("<http://127.0.0.1:1/story>"); !strings.Contains(got, "couldn't add that page: unreachable") {
		t.Errorf("unreachable link:\n%s", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve returned %v", err)
	}
}
