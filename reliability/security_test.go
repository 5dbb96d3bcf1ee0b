//go:build unix

package reliability

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsroom/newsbot/bot/slacktest"
)

// Known secret values: every output of every run below is searched for
// them (and for their distinctive middle, in case a prefix is trimmed).
const (
	secretBot   = "xoxb-2718281828-3141592653-relsecretBOTtoken"
	secretApp   = "xapp-1-A0REL-1618033988-relsecretAPPtoken"
	secretLLM   = "sk-relsecretLLMkey-5772156649"
	secretWrong = "xoxb-0000000000-0000000000-relsecretWRONGtoken"
)

var secrets = []string{secretBot, secretApp, secretLLM, secretWrong, "relsecret", "2718281828", "1618033988", "5772156649"}

// TestSecretsNeverPrinted runs serve (with failures of every kind), ingest,
// digest and a failing start-up with known token values, and searches all
// their stdout, stderr and HTTP endpoint output for the values.
func TestSecretsNeverPrinted(t *testing.T) {
	t.Parallel()
	fake := slacktest.New()
	defer fake.Close()
	fake.BotToken, fake.AppToken = secretBot, secretApp
	var llmCalls atomic.Int32
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		llmCalls.Add(1)
		// An upstream that echoes the credential in its error, as some do.
		http.Error(w, `{"error":{"message":"Incorrect API key provided: `+r.Header.Get("Authorization")+`"}}`, http.StatusUnauthorized)
	}))
	defer llm.Close()
	db := seededDB(t, 61, 10)
	env := serveEnv(t, fake, fake.APIURL(), db)
	env["LLM_API_URL"], env["LLM_API_KEY"] = llm.URL+"/v1", secretLLM
	env["DIGEST_CHANNEL"] = "CDIGEST"
	addr := freeAddr(t)
	env["NEWSBOT_HTTP_ADDR"] = addr
	var outputs []string

	s := startServe(t, fake, env)
	fake.Fail("chat.postMessage", slacktest.Fault{Status: http.StatusInternalServerError}, slacktest.Fault{Error: "channel_not_found"})
	fake.Fail("response_url", slacktest.Fault{Status: http.StatusBadGateway}, slacktest.Fault{Status: http.StatusNotFound}, slacktest.Fault{Status: http.StatusNotFound},
		slacktest.Fault{Status: http.StatusNotFound}, slacktest.Fault{Status: http.StatusNotFound}, slacktest.Fault{Status: http.StatusNotFound})
	_, resp := fake.Slash("UREPORTER", "CNEWS", "/whosaid", "Varga")
	fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CSEC1", Text: "<@" + slacktest.BotUserID + "> why did critics accuse both governments of hiding the true cost?"})
	fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: "CSEC2", Text: "<@" + slacktest.BotUserID + "> what is still open?"})
	fake.WaitFor(guard, func() bool { return fake.Calls("chat.postMessage") >= 3 || s.hasExited() })
	fake.WaitFor(10*time.Second, func() bool {
		return strings.Count(s.logs.String(), "response_url") > 0 || len(fake.ResponsesTo(resp)) > 0
	})
	fake.DropSocket()
	fake.WaitFor(guard, func() bool { return fake.Hellos() >= 2 })
	for _, path := range []string{"/healthz", "/metrics"} {
		outputs = append(outputs, httpGet(t, "http://"+addr+path))
	}
	s.stop(t)
	outputs = append(outputs, s.logs.String())
	t.Logf("LLM endpoint called %d times", llmCalls.Load())

	// Start-up with a rejected token; digest --post refused; ingest of a
	// refused URL and a file; all with the secrets in the environment.
	bad := serveEnv(t, fake, fake.APIURL(), db)
	bad["SLACK_BOT_TOKEN"] = secretWrong
	for _, run := range [][]string{{"serve"}, {"digest", "--post", "--date", "2026-02-10"}} {
		r := runBot(t, bad, nil, run...)
		if r.code == 0 {
			t.Errorf("%s with a rejected token exited 0: %s", run[0], r)
		}
		outputs = append(outputs, r.stdout, r.stderr)
	}
	fake.Fail("chat.postMessage", slacktest.Fault{Error: "invalid_auth"})
	r := runBot(t, env, nil, "digest", "--post", "--date", "2026-02-11")
	outputs = append(outputs, r.stdout, r.stderr)
	story := filepath.Join(t.TempDir(), "story.txt")
	write(quoteStory("Port Authority chair", "Tomasz Brandt", "Brandt", "The harbour stays open", ""))(t, story)
	r = runBot(t, env, nil, "ingest", "--published", "2026-02-03", story, "http://127.0.0.1:9/secret", "ftp://example.com/x")
	outputs = append(outputs, r.stdout, r.stderr)
	for _, cmd := range [][]string{{"ask", "why did critics accuse both governments of moving too slowly?"}, {"whosaid", "Brandt"}, {"help"}, {"serve", "-h"}} {
		r := runBot(t, env, nil, cmd...)
		outputs = append(outputs, r.stdout, r.stderr)
	}

	all := strings.Join(outputs, "\n")
	// A key echoed back by the LLM endpoint inside its error message is a
	// separate, known bug: reported, and the rest still checked.
	echoed := grepLines(all, "Incorrect API key")
	rest := strings.ReplaceAll(all, echoed, "")
	for _, secret := range secrets {
		if i := strings.Index(rest, secret); i >= 0 {
			t.Errorf("output reveals a secret (%s…): …%s…", secret[:6], clipArg(rest[max(0, i-80):i]))
		}
	}
	defer func() {
		if strings.Contains(echoed, secretLLM) {
			t.Errorf("regression: LLM_API_KEY logged when the LLM endpoint echoes it in an error: summaries/llm.go:130-135 copies the upstream error message into the error, summaries/ask.go:534 logs it (fixed once; see RESULTS.md): %s", clipArg(echoed))
		}
	}()
	if strings.Contains(all, "/response/cmd-") {
		t.Errorf("a response_url (a short-lived credential) appears in the output")
	}
	figure(t, "secrets: %d bytes of output from serve, digest, ingest, ask and failing start-ups searched for %d token values: none found unless errors above", len(all), len(secrets))
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func httpGet(t *testing.T, u string) string {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(u)
	if err != nil {
		t.Errorf("GET %s: %v", u, err)
		return ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// TestURLIngestRefusesUnsafeTargets asks `bot ingest` for URLs it must not
// fetch by default; a local server counts what reaches it.
func TestURLIngestRefusesUnsafeTargets(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	page := "<html><head><title>Harbour talks</title></head><body><article><p>" +
		strings.ReplaceAll(quoteStory("Harbour Commissioner", "Ingrid Falk", "Falk", "We will not close the harbour in winter", ""), "\n\n", "</p><p>") +
		"</p></article></body></html>"
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/loop?n="+fmt.Sprint(hits.Load()), http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>The harbour board met again and adjourned.</p>", 1000)
		for range 50 << 20 / len(chunk) {
			if _, err := io.WriteString(w, chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	db := filepath.Join(t.TempDir(), "ssrf.db")
	env := map[string]string{"NEWSBOT_DB": db}

	refused := []string{
		"file:///etc/passwd",
		"file://" + db,
		"ftp://127.0.0.1:" + port + "/story",
		"gopher://127.0.0.1:" + port + "/story",
		"javascript:alert(1)",
		"http://127.0.0.1:" + port + "/story",
		"http://localhost:" + port + "/story",
		"http://localhost.:" + port + "/story",
		"http://news.localhost:" + port + "/story",
		"http://[::1]:" + port + "/story",
		"http://[::ffff:127.0.0.1]:" + port + "/story",
		"http://127.1:" + port + "/story",
		"http://2130706433:" + port + "/story",
		"http://0.0.0.0:" + port + "/story",
		"http://10.1.2.3/story",
		"http://172.16.0.1/story",
		"http://192.168.1.1/story",
		"http://100.64.0.1/story",
		"http://169.254.169.254/latest/meta-data/",
		"http://[fe80::1]/story",
		"http://[fd00::1]/story",
	}
	for _, u := range refused {
		before := hits.Load()
		r := runBot(t, env, nil, "ingest", u)
		if w := containsAny(r.stdout+r.stderr, crashSigns...); w != "" {
			t.Errorf("%s: %q in output: %s", u, w, r)
		}
		if r.code != 1 || !strings.Contains(r.stderr, "failed") {
			t.Errorf("%s: want a refusal (exit 1, a failed line): %s", u, r)
		}
		if hits.Load() != before {
			t.Errorf("%s reached the local server", u)
		}
		t.Logf("%-48s %s", u, firstLine(r.stderr))
	}
	if n := articles(t, db); n != 0 {
		t.Errorf("%d articles stored from refused URLs", n)
	}
	// Allowed to reach the local server: redirects to other schemes and
	// redirect loops are refused, bodies are capped; the page itself is
	// stored (the control: refusals above are the guard's doing).
	for _, c := range []struct{ path, want string }{{"/to-file", "redirect"}, {"/loop", "redirect"}, {"/huge", "size cap"}} {
		r := runBot(t, env, nil, "ingest", "--allow-private", srv.URL+c.path)
		if r.code != 1 || !strings.Contains(strings.ToLower(r.stderr), c.want) {
			t.Errorf("%s: want a refusal mentioning %q: %s", c.path, c.want, r)
		}
	}
	if r := runBot(t, env, nil, "ingest", "--allow-private", srv.URL+"/story"); r.code != 0 || articles(t, db) != 1 {
		t.Errorf("--allow-private control: %s", r)
	}
	if hits.Load() > 12 {
		t.Errorf("the redirect loop was followed %d times", hits.Load())
	}
}

// TestMutatingCommandsNeedPermission sends every mutating command as a
// reporter (not in NEWSBOT_ADMINS or NEWSBOT_INGEST_USERS) through Slack
// and checks the database did not change; an editor then succeeds.
func TestMutatingCommandsNeedPermission(t *testing.T) {
	t.Parallel()
	fake := slacktest.New()
	defer fake.Close()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	db := seededDB(t, 62, 20)
	raw := openRaw(t, db)
	issues := snapshot(t, raw)
	if len(issues) < 2 {
		t.Fatalf("want at least two issues to edit, got %d", len(issues))
	}
	s := startServe(t, fake, serveEnv(t, fake, fake.APIURL(), db))
	story := "https://news.example.com/world/2026/02/03/harbour-talks"
	attempts := []struct{ kind, text string }{
		{"/issues", "close 1"}, {"/issues", "CLOSE #1"}, {"/issues", "reopen 1"}, {"/issues", "rename 1 Nothing to see here"},
		{"/issues", "merge 1 2"}, {"/issues", "merge 2 into 1"}, {"/issues", "close 1 share"},
		{"/newsbot", "issues close 1"}, {"/ingest", story}, {"/ingest", srv.URL + "/story"}, {"/newsbot", "ingest " + story},
		{"mention", "issues close 1"}, {"mention", "issues merge 1 2"}, {"mention", "ingest " + story}, {"mention", story},
		{"button", "/issues close 1"}, {"button", "/ingest " + story},
	}
	var ids []string
	var threads [][2]string
	for i, a := range attempts {
		switch a.kind {
		case "mention":
			ch := fmt.Sprintf("CPERM%d", i)
			_, ts := fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: ch, Text: "<@" + slacktest.BotUserID + "> " + a.text})
			threads = append(threads, [2]string{ch, ts})
		case "button":
			v, _ := json.Marshal(map[string]string{"c": a.text})
			fake.ClickButton("UREPORTER", "CNEWS", "newsbot_share", string(v))
		default:
			_, id := fake.Slash("UREPORTER", "CNEWS", a.kind, a.text)
			ids = append(ids, id)
		}
	}
	if !fake.WaitFor(guard, func() bool {
		for _, id := range ids {
			if len(fake.ResponsesTo(id)) == 0 {
				return false
			}
		}
		for _, th := range threads {
			if threadReplies(fake, th[0], th[1]) == 0 {
				return false
			}
		}
		return true
	}) {
		t.Fatalf("refusals not all answered; logs:\n%s", clip(s.logs.String()))
	}
	markerMention(t, fake, s)
	for i, id := range ids {
		r := replyText(fake.ResponsesTo(id)[0])
		if !strings.Contains(r, "only editors") && !strings.Contains(r, "can't add articles") {
			t.Errorf("reporter's command %d answered without a refusal: %s", i, clip(r))
		}
	}
	for _, th := range threads {
		for _, p := range fake.Posts() {
			if p.Channel == th[0] && p.ThreadTS == th[1] && !strings.Contains(postText(p), "only editors") && !strings.Contains(postText(p), "can't add articles") {
				t.Errorf("reporter's mention in %s answered without a refusal: %s", th[0], clip(postText(p)))
			}
		}
	}
	if after := snapshot(t, raw); after != issues {
		t.Errorf("a reporter changed the issues:\nbefore %s\nafter  %s", issues, after)
	}
	if n := count(t, raw, `SELECT count(*) FROM articles`); n != 20 {
		t.Errorf("a reporter's ingest stored something: %d articles", n)
	}
	if hits.Load() != 0 {
		t.Errorf("a reporter's /ingest fetched a URL")
	}
	// The control: an editor may, and the change is stored.
	_, id := fake.Slash("UEDITOR", "CNEWS", "/issues", "close 1")
	if !fake.WaitFor(guard, func() bool { return len(fake.ResponsesTo(id)) > 0 }) {
		t.Fatal("editor's /issues close not answered")
	}
	if st := status(t, raw, 1); st != "closed" {
		t.Errorf("editor's close: issue 1 is %q; reply %s", st, clip(replyText(fake.ResponsesTo(id)[0])))
	}
	// An editor's /ingest of a loopback address is refused by the guard.
	_, id = fake.Slash("UEDITOR", "CNEWS", "/ingest", srv.URL+"/story")
	if !fake.WaitFor(guard, func() bool { return len(fake.ResponsesTo(id)) > 0 }) {
		t.Fatal("editor's /ingest not answered")
	}
	if hits.Load() != 0 || count(t, raw, `SELECT count(*) FROM articles`) != 20 {
		t.Errorf("/ingest of a loopback URL was fetched (%d hits): %s", hits.Load(), clip(replyText(fake.ResponsesTo(id)[0])))
	}
}

var spaces = regexp.MustCompile(`\s+`)

func snapshot(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT id, title, status FROM issues ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id int64
		var title, status string
		if err := rows.Scan(&id, &title, &status); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%d:%s:%s;", id, spaces.ReplaceAllString(title, " "), status)
	}
	return b.String()
}

func status(t *testing.T, db *sql.DB, id int64) string {
	t.Helper()
	var s string
	if err := db.QueryRow(`SELECT status FROM issues WHERE id = ?`, id).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}
