package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

// runBot runs the CLI in-process with the given environment.
func runBot(t *testing.T, envv map[string]string, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return envv[k] }
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestHelpListsEveryCommand(t *testing.T) {
	out, _, err := runBot(t, nil, "", "help")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commands() {
		if !strings.Contains(out, c.name) {
			t.Errorf("help does not mention %q", c.name)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	_, stderr, err := runBot(t, nil, "", "frobnicate")
	if !errors.Is(err, errUsageShown) {
		t.Fatalf("err = %v, want usage", err)
	}
	if !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("stderr = %q", stderr)
	}
}

func TestExtractJSONLContract(t *testing.T) {
	var in strings.Builder
	for i := range 20 {
		fmt.Fprintf(&in, `{"id":"a%d","text":"Prime Minister Jane Doe said on Friday: \"We will build %d homes.\"","published":"2026-01-28"}`+"\n", i, i)
	}
	in.WriteString("not json\n")
	in.WriteString(`{"id":"bad-date","text":"x","published":"yesterday"}` + "\n")
	out, _, err := runBot(t, nil, in.String(), "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 22 {
		t.Fatalf("got %d lines, want 22 (one per input line)", len(lines))
	}
	for i, line := range lines[:20] {
		var x map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if id := string(x["id"]); id != fmt.Sprintf(`"a%d"`, i) {
			t.Errorf("line %d has id %s: output out of input order", i, id)
		}
		for _, k := range []string{"people", "quotes", "trips", "issues", "timexes"} {
			if v, ok := x[k]; !ok || v[0] != '[' {
				t.Errorf("line %d: %q is %s, want an array", i, k, v)
			}
		}
	}
	if !strings.Contains(lines[20], `"error"`) || !strings.Contains(lines[21], `"bad-date"`) {
		t.Errorf("bad lines should yield error lines, got %q and %q", lines[20], lines[21])
	}
}

func TestExtractRejectsBadInput(t *testing.T) {
	for _, in := range []string{"", "   \n\t", "abc\x00def", "caf\xe9 \x81\x9d bad"} {
		_, _, err := runBot(t, nil, in, "extract", "-")
		if err == nil {
			t.Errorf("extract accepted %q", in)
		}
	}
	// A feed is many articles, not one: its markup read as text gave
	// "1.0" and "UTF-8" as quotations and the channel's name as a person.
	feed := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0"><channel><title>Harbour Wire</title><item><title>Ferry fares rise</title>` +
		`<description>Fares will rise in May, the operator said on Monday.</description></item></channel></rss>`
	path := filepath.Join(t.TempDir(), "wire.xml")
	if err := os.WriteFile(path, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"extract", path}, {"extract", "-"}} {
		out, _, err := runBot(t, nil, feed, args...)
		if err == nil || !strings.Contains(err.Error(), "feed") {
			t.Errorf("%v on a feed: err %v, want a refusal naming the feed; output:\n%s", args, err, out)
		}
	}
}

func TestConfigNamesTheBadVariable(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"NEWSBOT_TZ": "Mars/Olympus"}, "NEWSBOT_TZ"},
		{map[string]string{"DIGEST_SCHEDULE": "every morning"}, "DIGEST_SCHEDULE"},
		{map[string]string{"SLACK_BOT_TOKEN": "xapp-wrong"}, "SLACK_BOT_TOKEN"},
		{map[string]string{"SLACK_API_URL": "ftp://x"}, "SLACK_API_URL"},
		{map[string]string{"LOG_LEVEL": "loud"}, "LOG_LEVEL"},
		{map[string]string{"FEEDS": "file:///etc/passwd"}, "FEEDS"},
		{map[string]string{"LLM_API_URL": "http://x"}, "LLM_API_KEY"},
		{map[string]string{"NEWSBOT_ALLOW_PRIVATE_URLS": "sometimes"}, "NEWSBOT_ALLOW_PRIVATE_URLS"},
	}
	for _, tt := range tests {
		_, err := loadConfig(func(k string) string { return tt.env[k] })
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("loadConfig(%v) = %v, want an error naming %s", tt.env, err, tt.want)
		}
	}
	c, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatalf("defaults: %v", err)
	}
	if c.DBPath != "newsbot.db" || c.Location.String() != "UTC" || c.DigestSchedule != "0 7 * * *" || c.hasSlack() || c.AllowPrivate {
		t.Errorf("unexpected defaults: %+v", c)
	}
}

func TestConfigLogValueHidesSecrets(t *testing.T) {
	c, err := loadConfig(func(k string) string {
		return map[string]string{"SLACK_BOT_TOKEN": "xoxb-secret-1", "SLACK_APP_TOKEN": "xapp-secret-2", "LLM_API_URL": "http://llm", "LLM_API_KEY": "sk-secret-3"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	s := c.LogValue().String()
	for _, secret := range []string{"secret-1", "secret-2", "secret-3"} {
		if strings.Contains(s, secret) {
			t.Errorf("LogValue leaks %s: %s", secret, s)
		}
	}
}

// Archives a judge or a newsroom hands over are not always tidy: a UTF-8
// BOM before the first line, numeric ids, dates with a time or written
// out, and broken lines whose id can still be read.
func TestExtractJSONLUntidyInput(t *testing.T) {
	in := "\ufeff" + `{"id":"bom","text":"Mayor Ana Ruiz will visit Lisbon on Friday.","published":"2026-01-28"}` + "\n" +
		`{"id":17,"text":"Mayor Ana Ruiz will visit Lisbon on Friday.","published":"2026-01-28T09:30:00Z"}` + "\n" +
		`{"id":"spelled","text":"Mayor Ana Ruiz will visit Lisbon on Friday.","published":"28 January 2026"}` + "\n" +
		`{"id":"broken", "text": "Mayor Ana Ruiz` + "\n"
	out, _, err := runBot(t, nil, in, "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), out)
	}
	for i, id := range []string{"bom", "17", "spelled"} {
		var x struct {
			ID      string `json:"id"`
			Error   string `json:"error"`
			Timexes []struct {
				Value string `json:"value"`
			} `json:"timexes"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &x); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if x.ID != id || x.Error != "" {
			t.Errorf("line %d: id %q error %q, want id %q and no error", i+1, x.ID, x.Error, id)
		}
		if len(x.Timexes) != 1 || x.Timexes[0].Value != "2026-01-30" {
			t.Errorf("line %d: Friday not anchored on the published date: %+v", i+1, x.Timexes)
		}
	}
	if !strings.Contains(lines[3], `"id":"broken"`) || !strings.Contains(lines[3], `"error"`) {
		t.Errorf("broken line: %s", lines[3])
	}
}

// `bot extract FILE` reads a file as ingest does: an HTML page's body, not
// its markup, anchored on the page's own date; legacy-encoded text decoded.
func TestExtractReadsFilesAsIngestDoes(t *testing.T) {
	dir := t.TempDir()
	para := "Harbour Minister Elise Vermeer will visit Rotterdam on Friday to meet union leaders, her office said."
	page := `<!doctype html><html><head><title>Vermeer to visit Rotterdam</title><meta property="article:published_time" content="2026-02-03T09:00:00Z">` +
		`<script>var cfg = {"label": "not a quote"};</script></head><body><article><h1>Vermeer to visit Rotterdam</h1><p>` + para + `</p>` +
		`<p>"We will listen first," Vermeer told reporters in The Hague on Tuesday, adding that the port could not afford a long strike.</p></article></body></html>`
	cp1252 := "Z\xfcrich talks\n\n\x93We will listen first,\x94 said Mayor Ana Ruiz on Tuesday, before the council met in Z\xfcrich to discuss the budget."
	files := map[string]string{"page.html": page, "note.txt": cp1252}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _, err := runBot(t, nil, "", "extract", "--json", filepath.Join(dir, "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	var x struct {
		Quotes []struct {
			Text    string `json:"text"`
			Speaker string `json:"speaker"`
		} `json:"quotes"`
		Trips []struct {
			Date string `json:"date"`
		} `json:"trips"`
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(x.Quotes) != 1 || x.Quotes[0].Speaker != "Elise Vermeer" {
		t.Errorf("page quotes %+v, want only Vermeer's (no markup)", x.Quotes)
	}
	if !slices.ContainsFunc(x.Trips, func(tr struct {
		Date string `json:"date"`
	}) bool {
		return tr.Date == "2026-02-06"
	}) {
		t.Errorf("trips %+v, want Friday 6 February anchored on the page's date", x.Trips)
	}
	out, _, err = runBot(t, nil, "", "extract", filepath.Join(dir, "note.txt"))
	if err != nil || !strings.Contains(out, "Ana Ruiz") || !strings.Contains(out, "Zürich") && !strings.Contains(out, "We will listen first") {
		t.Errorf("Windows-1252 note: %v\n%s", err, out)
	}
}

// A line may carry its headline as "title" when the text does not open
// with it; without one, or with the text's own first line, the output is
// what it was. The headline tells the issues but is no evidence.
func TestExtractJSONLTitle(t *testing.T) {
	const head = "Canada hits back at US steel tariffs with duties on bourbon and boats"
	const body = "Canada will impose duties of 25 percent on 3 billion dollars' worth of American goods from next month, including bourbon, motorboats and orange juice, in retaliation for new US tariffs on Canadian steel.\n\n" +
		"Finance Minister Claire Dubois said Ottawa had no choice after Washington refused to exempt Canada from the levies announced in February.\n\n" +
		"\"We did not seek this fight, but we will defend Canadian workers,\" Dubois told a news conference in Ottawa.\n\n" +
		"The US Commerce Department said the steel tariffs were needed to protect national security and accused Canada of letting cheap Asian steel reach the US market through its ports.\n\n" +
		"Steelworkers in Hamilton, Ontario, where two mills have cut shifts since the tariffs took effect, welcomed the response. Business groups warned that the dispute could cost both countries jobs."
	line := func(id, title, text string) string {
		m := map[string]string{"id": id, "text": text, "published": "2026-01-28"}
		if title != "" {
			m["title"] = title
		}
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	in := line("x", "", body) + line("x", head, body) + line("x", "", head+"\n\n"+body) + line("x", head, head+"\n\n"+body)
	out, _, err := runBot(t, nil, in, "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4", len(lines))
	}
	if lines[0] == lines[1] {
		t.Error("the title changed nothing")
	}
	if lines[2] != lines[3] {
		t.Error("a title the text opens with changed the output")
	}
	var x newsbot.Extraction
	if err := json.Unmarshal([]byte(lines[1]), &x); err != nil {
		t.Fatal(err)
	}
	if len(x.Issues) == 0 || !strings.Contains(strings.ToLower(x.Issues[0].Title), "steel") {
		t.Errorf("issues %+v: the headline's steel tariffs are not the first", x.Issues)
	}
	for _, is := range x.Issues {
		for _, e := range is.Evidence {
			if !strings.Contains(body, e) {
				t.Errorf("evidence %q is not in the text", e)
			}
		}
	}
}

// Lines go through extraction in chunks (extract.Articles): over several
// chunks, with bad lines among good ones, every output line must still be
// what its input line gives alone, in input order.
func TestExtractJSONLChunksMatchOneByOne(t *testing.T) {
	published := time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC)
	var in strings.Builder
	var want []string
	for i := range 2*jsonlChunk + 9 {
		switch {
		case i%7 == 3:
			fmt.Fprintf(&in, "{\"id\":\"b%d\", \"text\": broken\n", i)
			want = append(want, "error")
			continue
		case i%11 == 5:
			fmt.Fprintf(&in, `{"id":"a%d","text":"Council leader Sam Obi said the depot would close in May.","title":"Depot %d to close","published":"2026-01-28"}`+"\n", i, i)
			b, err := json.Marshal(extract.ArticleWithHeadline(fmt.Sprintf("a%d", i), fmt.Sprintf("Depot %d to close", i), "Council leader Sam Obi said the depot would close in May.", published))
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, string(b))
		default:
			text := fmt.Sprintf("Health Secretary Rita Vale will visit Leeds on Friday. \"We will hire %d nurses,\" she said.", i)
			fmt.Fprintf(&in, `{"id":"a%d","text":%q,"published":"2026-01-28"}`+"\n", i, text)
			b, err := json.Marshal(extract.ArticleWithHeadline(fmt.Sprintf("a%d", i), "", text, published))
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, string(b))
		}
	}
	out, _, err := runBot(t, nil, in.String(), "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, line := range lines {
		if want[i] == "error" {
			if !strings.Contains(line, `"error"`) || !strings.Contains(line, fmt.Sprintf(`"b%d"`, i)) {
				t.Errorf("line %d = %s, want the error line of b%d", i, line, i)
			}
			continue
		}
		if line != want[i] {
			t.Errorf("line %d differs from extracting it alone:\n got %s\nwant %s", i, line, want[i])
		}
	}
}

// An archive saved by Windows tools comes as UTF-16 with a byte-order mark
// (PowerShell's `>` writes so): each line is still one article, not three
// error lines split at the newline's first byte. A line that is not UTF-8
// is refused, as ingest refuses it, rather than read with U+FFFD in place
// of its accents (which moves every offset after them).
func TestExtractJSONLEncodings(t *testing.T) {
	lines := `{"id":"w1","text":"The mayor, Inès Duval, said: “We will rebuild the bridge.”","published":"2026-03-02"}` + "\r\n" +
		`{"id":"w2","text":"Talks resumed on Monday.","published":"2026-03-02"}` + "\r\n"
	for _, enc := range []struct {
		name string
		data []byte
	}{
		{"UTF-16LE", utf16Bytes(lines, false)},
		{"UTF-16BE", utf16Bytes(lines, true)},
	} {
		out, _, err := runBot(t, nil, string(enc.data), "extract", "--jsonl")
		if err != nil {
			t.Fatalf("%s: %v", enc.name, err)
		}
		got := strings.Split(strings.TrimSpace(out), "\n")
		if len(got) != 2 || strings.Contains(out, `"error"`) || !strings.HasPrefix(got[0], `{"id":"w1"`) || !strings.Contains(got[0], `"speaker":"Inès Duval"`) {
			t.Errorf("%s: want two extractions, w1 with its speaker:\n%s", enc.name, out)
		}
	}
	latin1 := "{\"id\":\"l1\",\"text\":\"The mayor, In\xe8s Duval, said: \\\"We will rebuild.\\\"\"}\n"
	out, _, err := runBot(t, nil, latin1, "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, `{"id":"l1","error":`) || !strings.Contains(out, "UTF-8") {
		t.Errorf("a Latin-1 line: want an error line naming UTF-8, got %s", out)
	}
}

// utf16Bytes is s in UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	put(0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b
}

// `bot extract --jsonl archive.jsonl` read standard input and ignored the
// file (on a terminal it waited for typing): files named are read in
// order, one output line per article line, as from stdin.
func TestExtractJSONLReadsNamedFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	// a.jsonl ends without a newline: its last line must not run into b's first.
	if err := os.WriteFile(a, []byte(`{"id":"a1","text":"Talks resumed on Monday."}`+"\n"+`{"id":"a2","text":"The port reopened."}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(`{"id":"b1","text":"The mayor resigned."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runBot(t, nil, `{"id":"stdin","text":"x"}`+"\n", "extract", "--jsonl", a, b)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var x struct {
			ID    string `json:"id"`
			Error string `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &x); err != nil || x.Error != "" {
			t.Fatalf("line %q: %v %s", line, err, x.Error)
		}
		ids = append(ids, x.ID)
	}
	if strings.Join(ids, " ") != "a1 a2 b1" {
		t.Errorf("ids %v, want a1 a2 b1 (the files, not stdin)", ids)
	}
	if _, _, err := runBot(t, nil, "", "extract", "--jsonl", filepath.Join(dir, "missing.jsonl")); err == nil || !strings.Contains(err.Error(), "missing.jsonl") {
		t.Errorf("missing file: err = %v, want one naming it", err)
	}
}

// A line far over the cap (a runaway export, a file that is no archive)
// was read whole into memory before being refused: a line of gigabytes
// exhausted it. It is refused from its head, and the lines after it are
// read as usual.
func TestExtractJSONLHugeLineNotHeld(t *testing.T) {
	const huge = 400 << 20
	in := io.MultiReader(strings.NewReader(`{"id":"runaway","text":"`),
		io.LimitReader(repeatByte('a'), huge),
		strings.NewReader("\"}\n"+`{"id":"next","text":"Talks resumed on Monday."}`+"\n"))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var out bytes.Buffer
	if err := extractJSONL(t.Context(), in, &out, time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"id":"runaway","error":"line over`) || !strings.HasPrefix(lines[1], `{"id":"next","people"`) {
		t.Errorf("output:\n%.500s", out.String())
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > huge/2 { // whole, it took more than twice the line
		t.Errorf("allocated %d MB reading a %d MB line, want it not held", got>>20, huge>>20)
	}
}

type repeatByte byte

func (b repeatByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// `bot CMD -h`, which `bot help` points to, exited 2 as if mistyped.
func TestCommandHelpExitsZero(t *testing.T) {
	for _, c := range commands() {
		if c.run == nil {
			continue
		}
		_, errOut, err := runBot(t, nil, "", c.name, "-h")
		if err != nil || !strings.Contains(errOut, "Usage: bot "+c.name) {
			t.Errorf("bot %s -h: err %v, usage %q", c.name, err, errOut)
		}
	}
	if _, _, err := runBot(t, nil, "", "ask", "--no-such-flag"); !errors.Is(err, errUsageShown) {
		t.Errorf("an unknown flag: err %v, want the usage (exit 2)", err)
	}
}

// A line with no text (a null line, an object without "text" or with
// "text": null) is a broken export: it yields an error line, as ingest
// refuses it, not an empty extraction that reads as "nothing found". An
// empty text is an article with nothing in it.
func TestExtractJSONLMissingText(t *testing.T) {
	in := "null\n" + `{"id":"m1"}` + "\n" + `{"id":"m2","text":null}` + "\n" + `{"id":"e1","text":""}` + "\n"
	out, _, err := runBot(t, nil, in, "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), out)
	}
	for i, id := range []string{"", "m1", "m2"} {
		if !strings.HasPrefix(lines[i], `{"id":"`+id+`","error":`) {
			t.Errorf("line %d: %s, want an error line", i+1, lines[i])
		}
	}
	if lines[3] != `{"id":"e1","people":[],"quotes":[],"trips":[],"issues":[],"timexes":[]}` {
		t.Errorf("empty text: %s", lines[3])
	}
}

// Error lines name the field in the line's terms, not Go's type names.
func TestExtractJSONLTypeErrors(t *testing.T) {
	in := `{"id":"t1","text":42}` + "\n" + `{"id":"t2","text":"x","published":20260304}` + "\n" + `[1,2]` + "\n"
	out, _, err := runBot(t, nil, in, "extract", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`"text" is a JSON number, want a string`, `"published" is a JSON number, want a string`, `a JSON array, not an object`}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines:\n%s", len(lines), out)
	}
	for i, w := range want {
		var x struct{ Error string }
		if err := json.Unmarshal([]byte(lines[i]), &x); err != nil || !strings.Contains(x.Error, w) || strings.Contains(x.Error, "Go ") {
			t.Errorf("line %d: %s, want an error saying %s", i+1, lines[i], w)
		}
	}
}

// decodeLine reads common lines without encoding/json: it must give
// exactly what decoding them with json.Unmarshal gives, and send every
// other line there.
func TestDecodeLineAsJSON(t *testing.T) {
	anchor := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, line := range []string{
		`{"id":"a1","text":"The minister said \"no\".\nMore.","published":"2026-03-01","title":"Headline"}`,
		`{"id":17,"text":"Plain text.","url":"https://example.com/x","outlet":"BBC"}`,
		`{"id":"x\u00e9y","text":"caf\u00e9 \/ tea"}`,
		`{"id":"e1","text":""}`,
		`{"id":"m1"}`,
		`{"id":"m2","text":null}`,
		`{"id":"c1","Text":"upper-case key"}`,
		`{"id":"d1","text":"first","text":"second"}`,
		`{"id":"n1","text":"nested","extra":{"a":1}}`,
		`{"id":null,"text":"null id"}`,
		`{"id":"s1","text":"surrogates \ud83d\ude00"}`,
		` {"id":"w1" , "text" : "spaced" } `,
	} {
		got, gotFail := decodeLine([]byte(line), anchor)
		want, wantFail := decodeLineJSON(t, []byte(line), anchor)
		if !reflect.DeepEqual(got, want) || !bytes.Equal(gotFail, wantFail) {
			t.Errorf("decodeLine(%s) = %+v %s, encoding/json gives %+v %s", line, got, gotFail, want, wantFail)
		}
	}
}

// decodeLineJSON is decodeLine with every line read by encoding/json.
func decodeLineJSON(t *testing.T, line []byte, anchor time.Time) (extract.Input, []byte) {
	t.Helper()
	var in extractLine
	if err := json.Unmarshal(line, &in); err != nil || in.Text == nil {
		// Failing lines go through json.Unmarshal in decodeLine as well.
		return decodeLine(line, anchor)
	}
	published := anchor
	if in.Published != "" {
		p, err := parseDate(in.Published)
		if err != nil {
			t.Fatal(err)
		}
		published = p
	}
	return extract.Input{ID: lineID(in.ID), Text: *in.Text, Published: published, Headline: in.Title}, nil
}
