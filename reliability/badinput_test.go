//go:build unix

package reliability

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/bot/slacktest"
)

// crashSigns are what must never reach a user: a panic, or SQL and FTS5
// errors that show user text reached a query as syntax.
var crashSigns = []string{"panic:", "goroutine ", "SQL logic error", "fts5:", "syntax error", "no such column", "unterminated", "malformed MATCH", "SQLITE_"}

func story(body string) string {
	return "Harbour talks resume in Bergen\n\n" + body
}

// quoteStory is a short article quoting one person, with extra text.
func quoteStory(role, name, surname, quote, extra string) string {
	return story(fmt.Sprintf("%s %s will visit Tallinn on Thursday to discuss the ferry contract, officials said on Monday.\n\n"+
		"\"%s,\" %s told reporters in Bergen.\n\n"+
		"The ferry contract has been stalled for eight months by a dispute over winter timetables.%s",
		role, name, quote, surname, extra))
}

// TestBadInputIngest feeds hostile files through `bot ingest`: each gets a
// clear outcome (stored, or refused with a reason naming the file), no
// panic, and nothing half or wrongly stored.
func TestBadInputIngest(t *testing.T) {
	t.Parallel()
	rng := seeded(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "bad.db")
	env := map[string]string{"NEWSBOT_DB": db}

	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(rng.IntN(256))
	}
	binary[100] = 0
	var marks strings.Builder
	for i := range 6000 {
		marks.WriteString([]string{`"`, "“", "”", "'", "«", " word ", "\n"}[rng.IntN(7)])
		if i%500 == 0 {
			marks.WriteString(" the minister said. ")
		}
	}
	nested := func(depth int) string {
		var b strings.Builder
		b.WriteString("<!doctype html><html><head><title>Harbour talks</title></head><body>")
		b.WriteString(strings.Repeat("<div><span>", depth))
		b.WriteString("<article><p>" + strings.ReplaceAll(quoteStory("Harbour Commissioner", "Ingrid Falk", "Falk", "We will not close the harbour in winter", ""), "\n\n", "</p><p>") + "</p></article>")
		b.WriteString(strings.Repeat("</span></div>", depth/2)) // unbalanced on purpose
		b.WriteString("</body></html>")
		return b.String()
	}

	tests := []struct {
		name    string
		file    string
		data    func(t *testing.T, path string) // writes the file
		stored  bool                            // an article must be stored; false: refused
		reason  string                          // refusal reason, lower case
		whosaid []string                        // then `bot whosaid ARG` must name this person: ARG, name
	}{
		{name: "empty", file: "empty.txt", data: write(""), reason: "empty"},
		{name: "whitespace only", file: "blank.txt", data: write(" \n\t\r\n   \n"), reason: "empty"},
		{name: "zero-width only", file: "zw.txt", data: write("\u200b\u200c\u200d\ufeff\u2060\n\u200b"), reason: "empty"},
		{name: "binary", file: "blob.txt", data: write(string(binary)), reason: "binary"},
		{name: "Windows-1252 text", file: "latin1.txt", data: write(story("Z\xfcrich and M\xe1laga signed the accord, the minister said.")), stored: true},
		{name: "invalid UTF-8", file: "cp1251.txt", data: write(story("\xcc\xfd\xf0\xe8\xff \xcc\xee\xf1\xea\xe2\xfb signed the accord, the minister said.")), reason: "utf-8"},
		{name: "50 MB file", file: "huge.txt", data: func(t *testing.T, path string) { writeBig(t, path, 50<<20, "") }, reason: "size cap"},
		{name: "50 MB JSON line then a good one", file: "huge.jsonl", data: func(t *testing.T, path string) {
			writeBig(t, path, 50<<20, string(Synth(51, 0).JSONLine())+"\n")
		}, stored: true, reason: "size cap"},
		{name: "nested HTML", file: "nested.html", data: write(nested(200)), stored: true,
			whosaid: []string{"Falk", "Ingrid Falk"}},
		// golang.org/x/net/html refuses more than 512 open elements: a clear
		// refusal is the right outcome for such a page.
		{name: "deeply nested HTML", file: "nested2.html", data: write(nested(20000)), reason: "unparsable html"},
		{name: "absurdly nested HTML", file: "nested3.html", data: write(nested(200000)), reason: "unparsable html"},
		{name: "thousands of unbalanced quote marks", file: "marks.txt", data: write(story(marks.String()))},
		{name: "right-to-left and zero-width characters", file: "rtl.txt", stored: true, data: write(quoteStory(
			"Foreign Minister", "Leila Haddad", "Haddad", "\u200fנמשיך לדבר\u200f and \u0627\u0644\u0633\u0644\u0627\u0645 are the same word for peace\u200b",
			"\n\nThe talks were held in \u202eegrebnA\u202c, near the har\u200bbour, with a sign reading \u05e9\u05dc\u05d5\u05dd.")),
			whosaid: []string{"Haddad", "Leila Haddad"}},
		{name: "apostrophes and hyphens", file: "names.txt", stored: true, data: write(quoteStory(
			"Fisheries Minister", "Siobhan O'Neill", "O'Neill", "We will not sign a deal that empties our harbours",
			"\n\n\"Nobody here wants a trade war,\" said Jean-Luc Moreau-Kerr, the French trade envoy.")),
			whosaid: []string{"O'Neill", "Siobhan O'Neill", "O’Neill", "Siobhan O'Neill", "Moreau-Kerr", "Jean-Luc Moreau-Kerr", "Jean-Luc", "Jean-Luc Moreau-Kerr"}},
		{name: "Slack markup in the text", file: "markup.txt", stored: true, data: write(quoteStory(
			"Port Authority chair", "Tomasz Brandt", "Brandt", "Tell <!channel> and <@U123> to read <https://x.example|the plan> before Friday",
			"\n\nA notice at the harbour read <!here> <#C999|general>.")),
			whosaid: []string{"Brandt", "Tomasz Brandt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			tt.data(t, path)
			before := articles(t, db)
			args := []string{"ingest", "--published", "2026-02-03", path}
			if strings.HasSuffix(tt.file, ".jsonl") {
				args = []string{"ingest", "--jsonl", path}
			}
			r := runBot(t, env, nil, args...)
			out := r.stdout + r.stderr
			if w := containsAny(out, crashSigns...); w != "" {
				t.Fatalf("%q in output: %s", w, r)
			}
			added := articles(t, db) - before
			switch {
			case tt.stored && added != 1:
				t.Errorf("want one article stored, got %d: %s", added, r)
			case !tt.stored && tt.reason != "" && added != 0:
				t.Errorf("a refused input stored %d articles: %s", added, r)
			case added > 1:
				t.Errorf("one input stored %d articles: %s", added, r)
			}
			if tt.reason != "" && (!strings.Contains(strings.ToLower(r.stderr), tt.reason) || !strings.Contains(r.stderr, tt.file)) {
				t.Errorf("want a failure naming %s and saying %q: %s", tt.file, tt.reason, r)
			}
			if tt.reason != "" && !tt.stored && r.code != 1 {
				t.Errorf("a refused input should exit 1: %s", r)
			}
			if tt.reason == "" && r.code != 0 && added == 0 && !strings.Contains(r.stderr, tt.file) {
				t.Errorf("neither stored nor refused with a reason: %s", r)
			}
			for i := 0; i+1 < len(tt.whosaid); i += 2 {
				w := runBot(t, env, nil, "whosaid", tt.whosaid[i])
				if w.code != 0 || !strings.Contains(w.stdout, tt.whosaid[i+1]) {
					t.Errorf("whosaid %s should name %s: %s", tt.whosaid[i], tt.whosaid[i+1], w)
				}
			}
			t.Logf("%s: exit %d, %d stored; %s", tt.name, r.code, added, firstLine(r.stderr+r.stdout))
		})
	}
	checkStoredQuotes(t, db)
	if err := integrity(t, db); err != nil {
		t.Error(err)
	}
}

// checkStoredQuotes asserts that every stored quote's byte offsets point at
// its text in its article: hostile text must not shift what is stored.
func checkStoredQuotes(t *testing.T, db string) {
	t.Helper()
	raw := openRaw(t, db)
	bad := count(t, raw, `SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE q.start < 0 OR q."end" > length(CAST(a.text AS BLOB)) OR q.start > q."end"
		OR substr(CAST(a.text AS BLOB), q.start + 1, q."end" - q.start) <> CAST(q.text AS BLOB)`)
	if bad > 0 {
		rows, _ := raw.Query(`SELECT a.title, q.text, q.start, q."end" FROM quotes q JOIN articles a ON a.id = q.article_id
			WHERE substr(CAST(a.text AS BLOB), q.start + 1, q."end" - q.start) <> CAST(q.text AS BLOB) LIMIT 5`)
		if rows != nil {
			for rows.Next() {
				var title, text string
				var s, e int
				_ = rows.Scan(&title, &text, &s, &e)
				t.Logf("quote %q at [%d,%d) of %q does not match the article text", clip(text), s, e, title)
			}
			rows.Close()
		}
		t.Errorf("%d stored quotes whose offsets do not point at their text", bad)
	}
}

// TestBadInputQueries sends SQL and FTS5 syntax and other hostile text to
// `bot whosaid` and `bot ask`: a clear answer or usage line, never a query
// error, and the database unchanged.
func TestBadInputQueries(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	env := map[string]string{"NEWSBOT_DB": db}
	archive := writeArchive(t, 52, 0, 30)
	if r := runBot(t, env, nil, "ingest", "--jsonl", archive); r.code != 0 {
		t.Fatalf("ingest: %s", r)
	}
	names := filepath.Join(dir, "names.txt")
	write(quoteStory("Fisheries Minister", "Siobhan O'Neill", "O'Neill", "We will not sign a deal that empties our harbours", ""))(t, names)
	if r := runBot(t, env, nil, "ingest", "--published", "2026-02-03", names); r.code != 0 {
		t.Fatalf("ingest: %s", r)
	}
	before := articles(t, db)
	args := []string{
		"Starmer OR 1=1", `"`, `*`, `NEAR(`, `NEAR(harbour deal, 5)`, `"harbour`, `harbour"`, `'; DROP TABLE articles; --`,
		`" OR ""="`, `O'Neill`, `O'Neill OR 1=1`, `^harbour`, `-harbour`, `title:harbour`, `text:*`, `harbour AND NOT deal`,
		`(((((`, `)`, `{quotes}`, `harbour*`, `\`, `%`, `_`, `?`, `:`, `\x00`, "\xff\xfe\xfd", "\u200b", "\u202eharbour",
		`<!channel>`, `<@U123>`, `<https://x|y>`, strings.Repeat("harbour ", 3000), strings.Repeat(`"`, 5000),
	}
	for _, arg := range args {
		for _, cmd := range []string{"whosaid", "ask"} {
			label := fmt.Sprintf("%s %q", cmd, clipArg(arg))
			if strings.ContainsRune(arg, 0) {
				continue // an argv cannot carry NUL; the Slack path covers it below
			}
			r := runBot(t, env, nil, cmd, arg)
			if w := containsAny(r.stdout+r.stderr, crashSigns...); w != "" {
				t.Errorf("%s: %q in output: %s", label, w, r)
				continue
			}
			switch {
			case r.code == 0 && strings.TrimSpace(r.stdout) != "":
			case r.code == 2 && strings.Contains(r.stderr, "Usage"):
			case r.code == 1 && strings.TrimSpace(r.stderr) != "":
				t.Logf("%s: refused: %s", label, firstLine(r.stderr))
			default:
				t.Errorf("%s: no clear answer: %s", label, r)
			}
		}
	}
	// The quote about harbours is still found, and nothing was dropped.
	if r := runBot(t, env, nil, "whosaid", `"empties our harbours"`); !strings.Contains(r.stdout, "O'Neill") {
		t.Errorf("phrase search broken after hostile queries: %s", r)
	}
	if n := articles(t, db); n != before {
		t.Errorf("%d articles after queries, %d before", n, before)
	}
	if err := integrity(t, db); err != nil {
		t.Error(err)
	}
}

// TestBadInputOverSlack sends the same hostile arguments as slash commands
// and mentions through `bot serve`, and checks that Slack markup stored in
// an article comes back escaped.
func TestBadInputOverSlack(t *testing.T) {
	t.Parallel()
	fake := slacktest.New()
	defer fake.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "slack.db")
	markup := filepath.Join(dir, "markup.txt")
	write(quoteStory("Port Authority chair", "Tomasz Brandt", "Brandt", "Tell <!channel> and <@U123> to read <https://x.example|the plan> before Friday", ""))(t, markup)
	if r := runBot(t, map[string]string{"NEWSBOT_DB": db}, nil, "ingest", "--published", "2026-02-03", markup); r.code != 0 {
		t.Fatalf("ingest: %s", r)
	}
	s := startServe(t, fake, serveEnv(t, fake, fake.APIURL(), db))
	var ids []string
	for _, arg := range []string{"Starmer OR 1=1", `"`, `*`, `NEAR(`, "harbour\x00deal", "\xff\xfe", "\u200b\u200f", strings.Repeat(`"`, 5000), "Brandt"} {
		_, id := fake.Slash("UREPORTER", "CNEWS", "/whosaid", arg)
		ids = append(ids, id)
		fake.SendMention(slacktest.Mention{User: "UREPORTER", Channel: fmt.Sprintf("CBAD%d", len(ids)), Text: "<@" + slacktest.BotUserID + "> what did " + arg + " say?"})
	}
	if !fake.WaitFor(guard, func() bool {
		for _, id := range ids {
			if len(fake.ResponsesTo(id)) == 0 {
				return false
			}
		}
		return len(fake.Posts()) >= len(ids)
	}) {
		t.Fatalf("hostile commands not all answered; logs:\n%s", clip(s.logs.String()))
	}
	for _, id := range ids {
		for _, r := range fake.ResponsesTo(id) {
			if w := containsAny(replyText(r), crashSigns...); w != "" || strings.Contains(replyText(r), "went wrong") {
				t.Errorf("reply shows an error: %s", clip(replyText(r)))
			}
		}
	}
	brandt := replyText(fake.ResponsesTo(ids[len(ids)-1])[0])
	if !strings.Contains(brandt, "Tomasz Brandt") {
		t.Fatalf("/whosaid Brandt: %s", clip(brandt))
	}
	for _, raw := range []string{"<!channel>", "<@U123>", "<https://x.example|the plan>"} {
		if strings.Contains(brandt, raw) {
			t.Errorf("stored Slack markup %s reaches Slack unescaped: %s", raw, clip(brandt))
		}
	}
	if n := countLines(s.logs.String(), "panic"); n > 0 {
		t.Errorf("%d panics logged", n)
	}
}

func write(content string) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// writeBig writes size bytes of plausible text (one line) then tail.
func writeBig(t *testing.T, path string, size int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := bytes.Repeat([]byte("The harbour board met again on Tuesday and adjourned without a vote. "), 1000)
	if strings.HasSuffix(path, ".jsonl") {
		if _, err := f.WriteString(`{"id":"huge","text":"`); err != nil {
			t.Fatal(err)
		}
	}
	for n := 0; n < size; n += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if strings.HasSuffix(path, ".jsonl") {
		if _, err := f.WriteString("\"}\n"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.WriteString(tail); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func articles(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0
	}
	raw := openRaw(t, db)
	defer raw.Close()
	return count(t, raw, `SELECT count(*) FROM articles`)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return clipArg(s)
}

func clipArg(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
