package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/summaries"
	"github.com/slack-go/slack"
)

// liveMarkup is Slack markup that would ping, mention or link: anything in
// angle brackets except the article links the renderer makes itself.
var liveMarkup = regexp.MustCompile(`<[^h][^>]*>|<h[^t][^>]*>|<!|<@|<#`)

// checkRendered asserts Slack's limits and that no text can ping anyone.
func checkRendered(t *testing.T, msgs []Message) {
	t.Helper()
	if len(msgs) == 0 {
		t.Fatal("no messages")
	}
	for i, m := range msgs {
		if len(m.Blocks) == 0 || len(m.Blocks) > MaxBlocks {
			t.Fatalf("message %d has %d blocks", i, len(m.Blocks))
		}
		if m.Text == "" || utf8.RuneCountInString(m.Text) > MaxSectionChars {
			t.Fatalf("message %d fallback has %d chars", i, len(m.Text))
		}
		texts := []string{m.Text}
		for _, b := range m.Blocks {
			switch b := b.(type) {
			case *slack.SectionBlock:
				texts = append(texts, b.Text.Text)
			case *slack.ContextBlock:
				for _, e := range b.ContextElements.Elements {
					if o, ok := e.(*slack.TextBlockObject); ok {
						texts = append(texts, o.Text)
					}
				}
			}
		}
		for _, s := range texts {
			if utf8.RuneCountInString(s) > MaxSectionChars {
				t.Fatalf("message %d has a text of %d chars", i, utf8.RuneCountInString(s))
			}
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
			if m := liveMarkup.FindString(s); m != "" {
				t.Fatalf("live markup %q in %q", m, s)
			}
		}
		if _, err := json.Marshal(m.Blocks); err != nil {
			t.Fatalf("blocks do not marshal: %v", err)
		}
	}
}

func TestEscapeAndLink(t *testing.T) {
	cases := []struct{ name, got, want string }{
		{"channel ping", Escape("Tell <!channel> now"), "Tell &lt;!channel&gt; now"},
		{"ampersand first", Escape("R&D <b>"), "R&amp;D &lt;b&gt;"},
		{"already escaped stays visible", Escape("&lt;"), "&amp;lt;"},
		{"link", Link("https://news.example.com/a?x=1&y=2", "Talks <resume> & stall"), "<https://news.example.com/a?x=1&amp;y=2|Talks &lt;resume&gt; &amp; stall>"},
		{"pipe in url", Link("https://news.example.com/a|b", "T"), "<https://news.example.com/a%7Cb|T>"},
		{"non-http not linked", Link("javascript:alert(1)", "Click <here>"), "Click &lt;here&gt;"},
		{"no title uses host", Link("https://news.example.com/a", ""), "<https://news.example.com/a|news.example.com>"},
		{"newline in title", Link("https://news.example.com/a", "Two\nlines"), "<https://news.example.com/a|Two lines>"},
	}
	for _, tc := range cases {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestEscapeBudgetNeverSplitsEntities(t *testing.T) {
	for budget := 5; budget < 40; budget++ {
		got := escapeBudget(strings.Repeat("a&<>", 20), budget)
		if len(got) > budget {
			t.Errorf("budget %d: %d bytes", budget, len(got))
		}
		trimmed := strings.TrimSuffix(got, "…")
		if i := strings.LastIndexByte(trimmed, '&'); i >= 0 && !strings.Contains(trimmed[i:], ";") {
			t.Errorf("budget %d: split entity in %q", budget, got)
		}
	}
}

func TestSlackMessagesWithinLimits(t *testing.T) {
	huge := strings.Repeat("The minister said <!channel> the talks & the deal > all else. ", 200) // ~12k chars
	var items []summaries.Item
	for i := range 120 {
		items = append(items, summaries.Item{Text: huge[:500+i*37%len(huge)], Quoted: i%2 == 0, Detail: "Jane Doe, Foreign Secretary <@U1>, said",
			Date: time.Date(2026, 1, 28, 0, 0, 0, 0, time.UTC),
			Sources: []newsbot.ArticleRef{
				{Title: "One <!here>", URL: "https://news.example.com/1"}, {Title: "Two", URL: "https://news.example.com/2"},
				{Title: "Three", URL: "https://news.example.com/3"}, {Title: "Four", URL: "https://news.example.com/4"}}})
	}
	items = append(items, summaries.Item{Text: huge, Quoted: true}) // one item longer than a section
	r := AnswerReply(summaries.Answer{Lead: huge, Items: items, Next: "/whosaid Doe page 2"}, "Doe")
	r.ShareCommand = "/whosaid Doe"
	msgs := SlackMessages(r)
	checkRendered(t, msgs)
	if len(msgs) < 2 {
		t.Fatalf("a long answer should spill into more messages, got %d", len(msgs))
	}
	last := msgs[len(msgs)-1].Blocks
	if _, ok := last[len(last)-1].(*slack.ActionBlock); !ok {
		t.Errorf("share button should close the last message")
	}
	if !strings.HasPrefix(msgs[1].Text, "(continued 2/") {
		t.Errorf("continuation fallback %q", msgs[1].Text)
	}
	all := ""
	for _, m := range msgs {
		b, _ := json.Marshal(m.Blocks)
		all += string(b)
	}
	if !strings.Contains(all, "+1 more") {
		t.Error("sources beyond three should be counted, not listed")
	}
}

func TestDigestReply(t *testing.T) {
	day := time.Date(2026, 1, 29, 0, 0, 0, 0, time.UTC)
	ref := newsbot.ArticleRef{Title: "PM heads to China", URL: "https://news.example.com/pm-china"}
	d := summaries.Digest{Day: day,
		Legs: []summaries.DayLegs{
			{Day: day, Legs: []summaries.LegLine{{Place: "Beijing", Country: "China", Traveler: "Keir Starmer", What: "lunch with Xi Jinping", Status: "under way", Sources: []newsbot.ArticleRef{ref}}}},
			{Day: day.AddDate(0, 0, 1), Legs: []summaries.LegLine{{Place: "Shanghai", Country: "China", Traveler: "Keir Starmer", Status: "scheduled", WhenText: "on Friday", Doubt: "Wire, 30 Jan"}}},
			{Legs: []summaries.LegLine{{Place: "Japan", Country: "Japan", Traveler: "Keir Starmer", Status: "scheduled"}}},
		},
		Issues: []summaries.IssueLine{{ID: 4, Title: "Steel tariffs", Latest: "Officials gave no date for a decision.", Revived: true, Sources: []newsbot.ArticleRef{ref}},
			{ID: 6, Title: "Lake fishing permits", Latest: "The two countries agreed a joint permit system, ending a dispute over fishing rights.", Settled: true, Sources: []newsbot.ArticleRef{ref}}},
	}
	text := Text(DigestReply(d, time.UTC))
	for _, want := range []string{
		"Newsroom digest for Thursday 29 January 2026",
		"== Today, Thursday 29 January ==",
		"BEIJING, China: Keir Starmer, lunch with Xi Jinping (under way)",
		"== Friday 30 January ==", "on Friday", "SHANGHAI, China: Keir Starmer (scheduled) — postponed or called off? Wire, 30 Jan",
		"== Date not yet known ==", "JAPAN: Keir Starmer (scheduled)",
		"== Open issues ==", "Steel tariffs: Officials gave no date for a decision.", "#4 reopened by new coverage",
		"#6 reported settled: close it with /issues close 6",
		"PM heads to China <https://news.example.com/pm-china>",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("digest text lacks %q:\n%s", want, text)
		}
	}
	checkRendered(t, SlackMessages(DigestReply(d, time.UTC)))
	if empty := DigestReply(summaries.Digest{Day: day}, time.UTC); empty.Note == "" {
		t.Error("an empty digest should say so")
	}
}

func TestTextStripsTerminalControls(t *testing.T) {
	r := Reply{Lead: "Lead \x1b[2J", Parts: []Part{{Text: "quote \x1b]0;title\x07 here", Quoted: true,
		Sources: []newsbot.ArticleRef{{Title: "T\x1b[31m", URL: "https://news.example.com/t"}}}}}
	out := Text(r)
	if strings.ContainsRune(out, 0x1b) || strings.ContainsRune(out, 0x07) {
		t.Errorf("control characters reach the terminal: %q", out)
	}
	if !strings.Contains(out, "“quote ]0;title here”") {
		t.Errorf("quote not rendered: %q", out)
	}
}

func TestConsole(t *testing.T) {
	rec := &recorder{}
	h := newTestHandler(rec)
	in := strings.NewReader("/whosaid Starmer\n\n@newsbot when is Starmer in Shanghai?\n/digest\nwho is Li Qiang?\n/issues close 3\nquit\n/whosaid never\n")
	h.Issues = &funcIssues{
		issue: func(context.Context, int64) (*newsbot.IssueRecord, error) {
			return &newsbot.IssueRecord{ID: 3, Title: "Port strike"}, nil
		},
		status: func(context.Context, int64, string) error { return nil },
	}
	var out strings.Builder
	if err := Console(context.Background(), in, &out, h); err != nil {
		t.Fatal(err)
	}
	want := []string{"WhoSaid(Starmer|1)", "Ask(when is Starmer in Shanghai?)", "Digest(2026-01-29T08:15:00Z)", "Ask(who is Li Qiang?)"}
	if got := strings.Join(rec.calls, ","); got != strings.Join(want, ",") {
		t.Errorf("calls %q, want %q", got, want)
	}
	for _, s := range []string{ConsolePrompt, "answer to WhoSaid(Starmer|1)", "Newsroom digest for Thursday 29 January 2026", "Closed issue #3: Port strike"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("console output lacks %q:\n%s", s, out.String())
		}
	}
}

func TestLastSlot(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no tzdata")
	}
	daily, _ := cronParser.Parse("0 7 * * *")
	twice, _ := cronParser.Parse("30 6,18 * * 1-5")
	cases := []struct {
		name    string
		sched   interface{ Next(time.Time) time.Time }
		now     time.Time
		want    time.Time
		sameDay bool
	}{
		{"after today's slot", daily, time.Date(2026, 1, 29, 9, 30, 0, 0, time.UTC), time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC), true},
		{"exactly at the slot", daily, time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC), time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC), true},
		{"before today's slot: yesterday's, not caught up", daily, time.Date(2026, 1, 29, 6, 59, 0, 0, time.UTC), time.Date(2026, 1, 28, 7, 0, 0, 0, time.UTC), false},
		{"summer time in the newsroom zone", daily, time.Date(2026, 7, 1, 6, 30, 0, 0, time.UTC).In(london), time.Date(2026, 7, 1, 6, 0, 0, 0, time.UTC), true},
		{"weekday evening", twice, time.Date(2026, 1, 30, 20, 0, 0, 0, time.UTC), time.Date(2026, 1, 30, 18, 30, 0, 0, time.UTC), true},
		{"weekend: none within a day", twice, time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC), time.Time{}, false},
	}
	for _, tc := range cases {
		got, ok := lastSlot(tc.sched, tc.now)
		if !got.Equal(tc.want) || ok != !tc.want.IsZero() {
			t.Errorf("%s: lastSlot = %v %v, want %v", tc.name, got, ok, tc.want)
		}
		if ok && sameDay(got, tc.now, tc.now.Location()) != tc.sameDay {
			t.Errorf("%s: sameDay = %v", tc.name, !tc.sameDay)
		}
	}
}

// The environment is read by cmd/bot; here only redaction and validation.
func TestConfigRedactionAndValidate(t *testing.T) {
	c := Config{
		BotToken: "xoxb-111-222-secretbotvalue", AppToken: "xapp-1-A1-333-secretappvalue",
		APIURL: "http://127.0.0.1:9999/api", Admins: []string{"U1", "U2"}, DigestChannel: "C9",
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.withDefaults().APIURL != "http://127.0.0.1:9999/api/" {
		t.Errorf("APIURL not normalised: %q", c.withDefaults().APIURL)
	}
	for _, s := range []string{c.String(), fmt.Sprintf("%v %+v %#v", c, c, c)} {
		if strings.Contains(s, "secret") {
			t.Errorf("config formatting reveals a token: %s", s)
		}
	}
	for name, warn := range map[string]bool{"#newsdesk": true, "newsdesk": true, "c0123abcd": true, "C0123ABCD": false, "G01": false, "": false} {
		if got := channelNameWarning(name) != ""; got != warn {
			t.Errorf("DIGEST_CHANNEL %q: warning %v, want %v", name, got, warn)
		}
	}
	c.BotToken = "xoxp-user-secretvalue"
	c.DigestSchedule = "every morning"
	err := c.Validate()
	if err == nil || strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "DIGEST_SCHEDULE") || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") {
		t.Errorf("bad config error: %v", err)
	}
}

func TestPosterPacingAndRetryRules(t *testing.T) {
	now := time.Date(2026, 1, 29, 7, 0, 0, 0, time.UTC)
	p := newPoster(nil, nil, time.Second, func() time.Time { return now })
	a, b, c := p.reserve("C1"), p.reserve("C1"), p.reserve("C2")
	if !a.Equal(now) || !b.Equal(now.Add(time.Second)) || !c.Equal(now) {
		t.Errorf("reservations %v %v %v", a, b, c)
	}
	p.backOff("C2", 30*time.Second)
	if got := p.reserve("C2"); !got.Equal(now.Add(30 * time.Second)) {
		t.Errorf("after 429 the channel waits: %v", got)
	}

	timeout := &url.Error{Op: "Post", URL: "https://slack.example/api/chat.postMessage", Err: &net.DNSError{Err: "i/o timeout", IsTimeout: true}}
	reset := &url.Error{Op: "Post", URL: "https://slack.example/api/chat.postMessage", Err: &net.OpError{Op: "read", Net: "tcp", Err: os.NewSyscallError("read", syscall.ECONNRESET)}}
	cases := []struct {
		err   error
		retry bool
		wait  time.Duration
		sent  bool // may have reached Slack
	}{
		{&slack.RateLimitedError{RetryAfter: 7 * time.Second}, true, 7 * time.Second, false},
		{fmt.Errorf("post: %w", &slack.RateLimitedError{}), true, time.Second, false},
		{slack.StatusCodeError{Code: http.StatusBadGateway}, true, 250 * time.Millisecond, true},
		{slack.StatusCodeError{Code: http.StatusNotFound}, false, 0, false},
		{slack.StatusCodeError{Code: http.StatusTooManyRequests}, true, 250 * time.Millisecond, false},
		{errors.New("channel_not_found"), false, 0, false},
		{timeout, true, 250 * time.Millisecond, true},
		{reset, true, 250 * time.Millisecond, true},
		{&url.Error{Op: "Post", URL: "https://slack.example/api/chat.postMessage", Err: io.EOF}, true, 250 * time.Millisecond, true},
		{fmt.Errorf("dial: %w", syscall.ECONNREFUSED), true, 250 * time.Millisecond, false},
		{context.Canceled, false, 0, true},
	}
	for _, tc := range cases {
		f := classify(tc.err, 0)
		if f.retry != tc.retry || f.sent != tc.sent || (f.retry && f.wait != tc.wait) {
			t.Errorf("classify(%v) = %+v", tc.err, f)
		}
	}
}

func FuzzSlackMessages(f *testing.F) {
	f.Add("Tell <!channel> & <@U1>", "https://news.example.com/a?x=<1>", "Title | with > pipe", 3)
	f.Add("\xff\xfe\u202e", "javascript:x", "", 0)
	f.Add(strings.Repeat("&", 4000), "https://news.example.com/"+strings.Repeat("a", 600), strings.Repeat("<", 300), 60)
	f.Fuzz(func(t *testing.T, text, url, title string, n int) {
		n = n % 200
		if n < 0 {
			n = -n
		}
		var parts []Part
		for i := range n {
			parts = append(parts, Part{Text: text, Quoted: i%2 == 0, Detail: title, Sources: []newsbot.ArticleRef{{URL: url, Title: title, Outlet: text}}})
			if i%7 == 0 {
				parts = append(parts, Part{Heading: title})
			}
		}
		r := Reply{Lead: text, Parts: parts, Note: title, ShareCommand: "/whosaid " + text}
		checkRendered(t, SlackMessages(r))
		_ = Text(r)
	})
}

// A lead resting on an article names it, in Slack and on the console, but not
// twice when the first supporting line already cites the same article.
func TestAnswerReplyCitesLeadSources(t *testing.T) {
	ref := newsbot.ArticleRef{ID: 7, Title: "Minister heads to Nairobi for trade talks", Outlet: "Coast Herald"}
	other := newsbot.ArticleRef{ID: 9, Title: "Port deal signed", Outlet: "Wire"}
	tests := []struct {
		name  string
		items []summaries.Item
		want  int // times the lead's title appears in the console text
	}{
		{"no items", nil, 1},
		{"items cite another article", []summaries.Item{{Kind: summaries.ItemSentence, Text: "The deal was signed.", Sources: []newsbot.ArticleRef{other}}}, 1},
		{"first item cites the lead's article", []summaries.Item{{Kind: summaries.ItemSentence, Text: "She flies on Monday.", Sources: []newsbot.ArticleRef{ref}}}, 1},
		{"first item repeats the lead", []summaries.Item{{Kind: summaries.ItemSentence, Text: "Amina Odhiambo travels to Nairobi on Monday.", Sources: []newsbot.ArticleRef{ref}}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := AnswerReply(summaries.Answer{Lead: "Amina Odhiambo travels to Nairobi on Monday.", Sources: []newsbot.ArticleRef{ref}, Items: tt.items}, "when is Odhiambo in Nairobi")
			if got := strings.Count(Text(r), ref.Title); got != tt.want {
				t.Errorf("console cites the lead's article %d times, want %d:\n%s", got, tt.want, Text(r))
			}
			if got := strings.Count(Text(r), "travels to Nairobi"); got != 1 {
				t.Errorf("console shows the lead sentence %d times, want 1:\n%s", got, Text(r))
			}
			var slack strings.Builder
			for _, m := range SlackMessages(r) {
				b, err := json.Marshal(m)
				if err != nil {
					t.Fatal(err)
				}
				slack.Write(b)
			}
			if !strings.Contains(slack.String(), ref.Title) {
				t.Errorf("Slack reply does not cite the lead's article: %s", slack.String())
			}
		})
	}
}

// A leg reported by fifty stories arrives with the newest few and the
// count: the reply links the newest three and counts the other 47, in
// Slack and on the terminal.
func TestDigestReplyCountsUnlistedSources(t *testing.T) {
	day := time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)
	var refs []newsbot.ArticleRef
	for i := 50; i > 45; i-- {
		refs = append(refs, newsbot.ArticleRef{Title: fmt.Sprintf("Lisbon talks, update %d", i), URL: fmt.Sprintf("https://news.example.com/lisbon-%d", i)})
	}
	d := summaries.Digest{Day: day,
		Legs: []summaries.DayLegs{{Day: day, Legs: []summaries.LegLine{{Place: "Lisbon", Country: "Portugal", Traveler: "Marta Costa",
			What: "fisheries talks", Status: "scheduled", Sources: refs, SourceCount: 50}}}},
		Issues: []summaries.IssueLine{{ID: 7, Title: "Quota row", Sources: refs[:2], SourceCount: 2}},
	}
	text := Text(DigestReply(d, time.UTC))
	for _, want := range []string{"Lisbon talks, update 48 <https://news.example.com/lisbon-48> · +47 more"} {
		if !strings.Contains(text, want) {
			t.Errorf("digest text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "update 47") {
		t.Errorf("a fourth source is listed:\n%s", text)
	}
	msgs := SlackMessages(DigestReply(d, time.UTC))
	checkRendered(t, msgs)
	b, _ := json.Marshal(msgs[0].Blocks)
	if got := strings.Count(string(b), "more"); !strings.Contains(string(b), "+47 more") || got != 1 {
		t.Errorf("slack blocks should count 47 more once (issue lists all its sources): %s", b)
	}
}

// An article stored without a title (a text file that opens with its
// lede) is still cited by something a reader can recognise, in Slack and
// on the terminal: never an empty "·  ·".
func TestCitationWithoutTitle(t *testing.T) {
	tests := []struct {
		ref  newsbot.ArticleRef
		want string
	}{
		{newsbot.ArticleRef{ID: 4, Outlet: "Coast Herald"}, "Coast Herald"},
		{newsbot.ArticleRef{ID: 4, URL: "https://coastherald.example/a/4"}, "coastherald.example"},
		{newsbot.ArticleRef{ID: 4}, "article 4"},
	}
	for _, tt := range tests {
		r := AnswerReply(summaries.Answer{Lead: "The harbour reopened on Monday.", Sources: []newsbot.ArticleRef{tt.ref}}, "harbour")
		text := Text(r)
		if !strings.Contains(text, tt.want) || strings.Contains(text, "·  ·") || strings.Contains(text, "—  ·") {
			t.Errorf("%+v: console citation lacks %q:\n%s", tt.ref, tt.want, text)
		}
		var slack strings.Builder
		for _, m := range SlackMessages(r) {
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			slack.Write(b)
		}
		if !strings.Contains(slack.String(), tt.want) {
			t.Errorf("%+v: Slack citation lacks %q: %s", tt.ref, tt.want, slack.String())
		}
	}
}

// A reply that answers nothing from stored coverage ("No quotes ... are
// stored", a "Did you mean" list, "Nothing is known") offers no Share
// button, in Slack or on the terminal; one that cites an article does.
func TestShareOnlyForCitedAnswers(t *testing.T) {
	ref := newsbot.ArticleRef{ID: 3, Title: "Kenya and Uganda end lake fishing row", Outlet: "Ledger", URL: "https://ledger.example/3",
		Published: time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)}
	tests := []struct {
		name  string
		a     summaries.Answer
		share bool
	}{
		{"no quotes", summaries.Answer{Lead: "No quotes from Tom Gallagher about China are stored."}, false},
		{"suggestions only", summaries.Answer{Lead: "I have nothing stored about Valentina Orego. Did you mean Valentina Orrego?",
			Items: []summaries.Item{{Kind: summaries.ItemPerson, Text: "Valentina Orrego (Chilean Foreign Minister)", Detail: "2 quotes"}}}, false},
		{"empty lead", summaries.Answer{}, false},
		{"quote", summaries.Answer{Lead: "Daniel Kiprono: 1 quote", Items: []summaries.Item{{Kind: summaries.ItemQuote, Text: "This is a good day for fishermen on both shores",
			Quoted: true, Detail: "Daniel Kiprono, said", Sources: []newsbot.ArticleRef{ref}}}}, true},
		{"cited lead", summaries.Answer{Lead: "Kenya and Uganda agreed on Thursday to a joint permit system.", Sources: []newsbot.ArticleRef{ref}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := AnswerReply(tt.a, "q")
			r.ShareCommand = "/whosaid q"
			if got := strings.Contains(Text(r), "[Share in channel]"); got != tt.share {
				t.Errorf("terminal share = %v, want %v:\n%s", got, tt.share, Text(r))
			}
			got := false
			for _, m := range SlackMessages(r) {
				for _, b := range m.Blocks {
					if _, ok := b.(*slack.ActionBlock); ok {
						got = true
					}
				}
			}
			if got != tt.share {
				t.Errorf("Slack share button = %v, want %v", got, tt.share)
			}
			r.InChannel = true
			if strings.Contains(Text(r), "[Share in channel]") {
				t.Error("a reply already in the channel offers Share")
			}
		})
	}
}
