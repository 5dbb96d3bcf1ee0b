package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/summaries"
)

// recorder is a function-field Answerer that records each call as
// "Method(args)" and answers with what answer returns.
type recorder struct {
	mu     sync.Mutex
	calls  []string
	answer func(call string) (summaries.Answer, error)
}

func (r *recorder) record(call string) (summaries.Answer, error) {
	r.mu.Lock()
	r.calls = append(r.calls, call)
	r.mu.Unlock()
	if r.answer == nil {
		return summaries.Answer{Lead: "answer to " + call}, nil
	}
	return r.answer(call)
}

func (r *recorder) WhoSaid(_ context.Context, q string, page int) (summaries.Answer, error) {
	return r.record(fmt.Sprintf("WhoSaid(%s|%d)", q, page))
}
func (r *recorder) Itinerary(_ context.Context, n string) (summaries.Answer, error) {
	return r.record(fmt.Sprintf("Itinerary(%s)", n))
}
func (r *recorder) Issues(_ context.Context, s string) (summaries.Answer, error) {
	return r.record(fmt.Sprintf("Issues(%s)", s))
}
func (r *recorder) Ask(_ context.Context, q string) (summaries.Answer, error) {
	return r.record(fmt.Sprintf("Ask(%s)", q))
}
func (r *recorder) Digest(_ context.Context, day time.Time) (summaries.Digest, error) {
	_, err := r.record("Digest(" + day.Format(time.RFC3339) + ")")
	return summaries.Digest{Day: day}, err
}

func (r *recorder) last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.calls) == 0 {
		return ""
	}
	return r.calls[len(r.calls)-1]
}

// reasonErr is a bad input that can say why to the user, as ingest's
// InputError does.
type reasonErr string

func (e reasonErr) Error() string      { return "input: " + string(e) }
func (e reasonErr) UserReason() string { return string(e) }
func (e reasonErr) Unwrap() error      { return newsbot.ErrBadInput }

func newTestHandler(rec *recorder) *Handler {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		london = time.UTC
	}
	return &Handler{
		Answers: rec, Admins: []string{"UEDITOR"}, IngestUsers: []string{"UREPORTER"}, IngestChannels: []string{"CINGEST"},
		Location: london,
		Now:      func() time.Time { return time.Date(2026, 1, 29, 8, 15, 0, 0, time.UTC) },
		Ingest: func(_ context.Context, u string) (IngestResult, error) {
			if strings.Contains(u, "broken") {
				return IngestResult{}, fmt.Errorf("fetch: %w", newsbot.ErrBadInput)
			}
			if strings.Contains(u, "gone") {
				return IngestResult{}, fmt.Errorf("fetch: %w", reasonErr("HTTP error 404 Not Found"))
			}
			return IngestResult{Outcome: newsbot.Added, Article: newsbot.ArticleRef{Title: "Ferry operators warn of delays", URL: u}, Quotes: 1, Trips: 2}, nil
		},
	}
}

func TestHandleCommands(t *testing.T) {
	cases := []struct {
		name      string
		req       Request
		wantCall  string // "" means no summaries call
		wantLead  string // substring of Lead
		inChannel bool
		share     string
	}{
		{"empty whosaid gives usage", Request{Command: "/whosaid"}, "", "Usage: /whosaid", false, ""},
		{"quotes only gives usage", Request{Command: "/whosaid", Text: ` " `}, "", "Usage: /whosaid", false, ""},
		{"name", Request{Command: "/whosaid", Text: "Starmer"}, "WhoSaid(Starmer|1)", "answer to", false, "/whosaid Starmer"},
		{"paged", Request{Command: "/whosaid", Text: "Keir Starmer page 3"}, "WhoSaid(Keir Starmer|3)", "", false, "/whosaid Keir Starmer page 3"},
		{"about topic", Request{Command: "/whosaid", Text: "Sir Keir about tariffs"}, "WhoSaid(Sir Keir about tariffs|1)", "", false, ""},
		{"phrase", Request{Command: "/whosaid", Text: `"a quick deal"`}, `WhoSaid("a quick deal"|1)`, "", false, ""},
		{"sql-ish text passes through as text", Request{Command: "/whosaid", Text: "Starmer OR 1=1"}, "WhoSaid(Starmer OR 1=1|1)", "", false, ""},
		{"fts syntax", Request{Command: "/whosaid", Text: "NEAR( *"}, "WhoSaid(NEAR( *|1)", "", false, ""},
		{"apostrophe and hyphen names", Request{Command: "/whosaid", Text: "Seán O'Neill-Smith"}, "WhoSaid(Seán O'Neill-Smith|1)", "", false, ""},
		{"share keyword", Request{Command: "/whosaid", Text: "Starmer share"}, "WhoSaid(Starmer|1)", "", true, ""},
		{"command case", Request{Command: "/WhoSaid", Text: "Guo Jiakun"}, "WhoSaid(Guo Jiakun|1)", "", false, ""},
		{"itinerary all", Request{Command: "/itinerary"}, "Itinerary()", "", false, "/itinerary"},
		{"itinerary name", Request{Command: "/itinerary", Text: "Li Qiang"}, "Itinerary(Li Qiang)", "", false, ""},
		{"issues default open", Request{Command: "/issues"}, "Issues(open)", "", false, "/issues"},
		{"issues closed", Request{Command: "/issues", Text: "closed"}, "Issues(closed)", "", false, ""},
		{"issues all", Request{Command: "/issues", Text: "ALL"}, "Issues(all)", "", false, ""},
		{"issues nonsense", Request{Command: "/issues", Text: "sideways"}, "", "Usage: /issues", false, ""},
		{"digest preview in newsroom zone", Request{Command: "/digest"}, "Digest(2026-01-29T08:15:00Z)", "Newsroom digest for Thursday 29 January 2026", false, "/digest"},
		{"digest of a given day", Request{Command: "/digest", Text: "2026-02-03"}, "Digest(2026-02-03T12:00:00Z)", "Newsroom digest for Tuesday 3 February 2026", false, "/digest 2026-02-03"},
		{"digest tomorrow", Request{Command: "/digest", Text: "tomorrow"}, "Digest(2026-01-30T08:15:00Z)", "Friday 30 January 2026", false, "/digest tomorrow"},
		{"digest bad date", Request{Command: "/digest", Text: "2026-13-01"}, "", "Usage: /digest", false, ""},
		{"help", Request{Command: "/newsbot", Text: "help"}, "", "Commands:", false, ""},
		{"bare newsbot", Request{Command: "/newsbot"}, "", "Commands:", false, ""},
		{"newsbot sub-command", Request{Command: "/newsbot", Text: "whosaid Starmer"}, "WhoSaid(Starmer|1)", "", false, ""},
		{"unknown command", Request{Command: "/frobnicate", Text: "x"}, "", "I don't know the command /frobnicate", false, ""},
		{"newsbot with a question", Request{Command: "/newsbot", Text: "when is Starmer in Shanghai?"}, "Ask(when is Starmer in Shanghai?)", "", false, ""},
		{"ask command", Request{Command: "/ask", Text: "who is Li Qiang?"}, "Ask(who is Li Qiang?)", "", false, ""},
		{"ask command empty", Request{Command: "/ask"}, "", "Ask me a question", false, ""},
		{"a question ending in share stays a private question", Request{Command: "/newsbot", Text: "who lost market share"}, "Ask(who lost market share)", "", false, ""},
		{"share alone is usage, kept private", Request{Command: "/whosaid", Text: "share"}, "", "Usage: /whosaid", false, ""},
		{"unknown command share stays private", Request{Command: "/frobnicate", Text: "share"}, "", "I don't know the command", false, ""},
		{"help share stays private", Request{Command: "/newsbot", Text: "help share"}, "", "Commands:", false, ""},
		{"ingest usage", Request{Command: "/ingest", UserID: "UREPORTER"}, "", "Usage: /ingest", false, ""},
		{"ingest refused", Request{Command: "/ingest", Text: "https://news.example.com/a", UserID: "USTRANGER"}, "", "Sorry, you can't add articles", false, ""},
		{"ingest allowed channel", Request{Command: "/ingest", Text: "https://news.example.com/a", UserID: "USTRANGER", ChannelID: "CINGEST"}, "", "Added Ferry operators warn of delays: 1 quote, 2 trip legs, 0 open issues.", false, ""},
		{"ingest bad scheme", Request{Command: "/ingest", Text: "file:///etc/passwd", UserID: "UREPORTER"}, "", "doesn't look like a web address", false, ""},
		{"ingest javascript", Request{Command: "/ingest", Text: "javascript:alert(1)", UserID: "UREPORTER"}, "", "doesn't look like a web address", false, ""},
		{"ingest slack-wrapped url", Request{Command: "/ingest", Text: "<https://news.example.com/b|news.example.com/b>", UserID: "UREPORTER"}, "", "Added", false, ""},
		{"ingest failure says why", Request{Command: "/ingest", Text: "https://news.example.com/gone", UserID: "UEDITOR"}, "", "I couldn't add that page: HTTP error 404 Not Found.", false, ""},
		{"ingest page refused", Request{Command: "/ingest", Text: "https://news.example.com/broken", UserID: "UEDITOR"}, "", "couldn't add that page", false, ""},
		{"mention question", Request{Kind: KindMention, Text: "<@UNEWSBOT> when is Starmer in Shanghai?"}, "Ask(when is Starmer in Shanghai?)", "", false, ""},
		{"mention empty", Request{Kind: KindMention, Text: "<@UNEWSBOT>   "}, "", "Ask me a question", false, ""},
		{"mention help", Request{Kind: KindMention, Text: "<@UNEWSBOT> help"}, "", "Commands:", false, ""},
		{"mention command word", Request{Kind: KindMention, Text: "<@UNEWSBOT> whosaid Li Qiang"}, "WhoSaid(Li Qiang|1)", "", false, ""},
		{"mention url from reporter", Request{Kind: KindMention, UserID: "UREPORTER", Text: "<@UNEWSBOT> have a look <https://news.example.com/c>"}, "", "Added", false, ""},
		{"mention url from stranger is a question", Request{Kind: KindMention, UserID: "USTRANGER", Text: "<@UNEWSBOT> who is quoted in https://news.example.com/c ?"}, "Ask(who is quoted in https://news.example.com/c ?)", "", false, ""},
		{"console line command", Request{Kind: KindConsole, Text: "/whosaid Starmer"}, "WhoSaid(Starmer|1)", "", false, ""},
		{"console question", Request{Kind: KindConsole, Text: "who is Li Qiang?"}, "Ask(who is Li Qiang?)", "", false, ""},
		{"zero-width and rtl marks removed", Request{Command: "/whosaid", Text: "Star\u200bmer\u200f"}, "WhoSaid(Starmer|1)", "", false, ""},
		{"invalid utf-8", Request{Command: "/whosaid", Text: "Star\xffmer"}, "WhoSaid(Starmer|1)", "", false, ""},
		{"whitespace only", Request{Command: "/itinerary", Text: " \t\n "}, "Itinerary()", "", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{}
			h := newTestHandler(rec)
			r, err := h.Handle(context.Background(), tc.req)
			if err != nil {
				t.Fatalf("Handle: %v", err)
			}
			if got := rec.last(); got != tc.wantCall {
				t.Errorf("call = %q, want %q", got, tc.wantCall)
			}
			if !strings.Contains(r.Lead, tc.wantLead) {
				t.Errorf("lead = %q, want it to contain %q", r.Lead, tc.wantLead)
			}
			if r.Lead == "" {
				t.Error("empty lead: every reply must say something")
			}
			if r.InChannel != tc.inChannel {
				t.Errorf("InChannel = %v", r.InChannel)
			}
			if tc.share != "" && r.ShareCommand != tc.share {
				t.Errorf("ShareCommand = %q, want %q", r.ShareCommand, tc.share)
			}
		})
	}
}

func TestHandleErrors(t *testing.T) {
	cases := []struct {
		name    string
		err     error
		lead    string
		wantErr bool
	}{
		{"not found", fmt.Errorf("person: %w", newsbot.ErrNotFound), "Nothing is known about Starmer yet.", false},
		{"bad input", fmt.Errorf("query: %w", newsbot.ErrBadInput), "I couldn't read that. Usage: /whosaid", false},
		{"store failure", errors.New("database is locked"), "Sorry, something went wrong", true},
		{"usage from summaries", &summaries.UsageError{Usage: summaries.WhoSaidUsage}, "Usage: /whosaid NAME", false},
		{"usage sentence", &summaries.UsageError{Usage: "ask a question, e.g. \"who is Li Qiang?\""}, "Ask a question, e.g.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newTestHandler(&recorder{answer: func(string) (summaries.Answer, error) { return summaries.Answer{}, tc.err }})
			r, err := h.Handle(context.Background(), Request{Command: "/whosaid", Text: "Starmer"})
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if !strings.HasPrefix(r.Lead, tc.lead) {
				t.Errorf("lead = %q, want %q", r.Lead, tc.lead)
			}
			if strings.Contains(r.Lead, "database") {
				t.Error("internal error text shown to the user")
			}
		})
	}
	// An empty answer still says something.
	h := newTestHandler(&recorder{answer: func(string) (summaries.Answer, error) { return summaries.Answer{}, nil }})
	if r, _ := h.Handle(context.Background(), Request{Command: "/itinerary", Text: "Li Qiang"}); r.Lead != "Nothing is known about Li Qiang yet." {
		t.Errorf("empty answer lead %q", r.Lead)
	}
}

func TestIssueEdits(t *testing.T) {
	cases := []struct {
		user, text string
		want       string // lead substring
		wantOp     string // recorded store call, "" for none
	}{
		{"UREPORTER", "close 3", "only editors", ""},
		{"UEDITOR", "close 3", "Closed issue #3: Port strike pay dispute", "status 3 closed"},
		{"UEDITOR", "reopen #3", "Reopened issue #3", "status 3 open"},
		{"UEDITOR", "close 3 now", "Usage: /issues", ""},
		{"UEDITOR", "close", "Usage: /issues", ""},
		{"UEDITOR", "close 99", "There is no issue #99.", ""},
		{"UEDITOR", "rename 3 Dockers' pay dispute", `Renamed issue #3 from "Port strike pay dispute" to "Dockers' pay dispute".`, "rename 3 Dockers' pay dispute"},
		{"UEDITOR", "rename 3", "Usage: /issues rename", ""},
		{"UEDITOR", "merge 3 5", "Merged issue #5 into #3.", "merge 5->3"},
		{"UEDITOR", "merge 5 into 3", "Merged issue #5 into #3.", "merge 5->3"},
		{"UEDITOR", "merge 3 3", "cannot be merged into itself", ""},
		{"UEDITOR", "merge 3 99", "There is no issue #99.", ""},
		{"UEDITOR", "merge 3", "Usage: /issues merge", ""},
		{"UREPORTER", "merge 3 5", "only editors", ""},
	}
	for _, tc := range cases {
		t.Run(tc.user+" "+tc.text, func(t *testing.T) {
			var ops []string
			h := newTestHandler(&recorder{})
			h.Issues = &funcIssues{
				issue: func(_ context.Context, id int64) (*newsbot.IssueRecord, error) {
					switch id {
					case 3:
						return &newsbot.IssueRecord{ID: 3, Title: "Port strike pay dispute"}, nil
					case 5:
						return &newsbot.IssueRecord{ID: 5, Title: "Dock workers walk out"}, nil
					}
					return nil, newsbot.ErrNotFound
				},
				status: func(_ context.Context, id int64, s string) error {
					ops = append(ops, fmt.Sprintf("status %d %s", id, s))
					return nil
				},
				rename: func(_ context.Context, id int64, title string) error {
					ops = append(ops, fmt.Sprintf("rename %d %s", id, title))
					return nil
				},
				merge: func(_ context.Context, into, from int64) error {
					ops = append(ops, fmt.Sprintf("merge %d->%d", from, into))
					return nil
				},
			}
			r, err := h.Handle(context.Background(), Request{Command: "/issues", Text: tc.text, UserID: tc.user})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Lead, tc.want) {
				t.Errorf("lead %q, want %q", r.Lead, tc.want)
			}
			got := strings.Join(ops, ";")
			if got != tc.wantOp {
				t.Errorf("store ops %q, want %q", got, tc.wantOp)
			}
		})
	}
}

type funcIssues struct {
	issue  func(ctx context.Context, id int64) (*newsbot.IssueRecord, error)
	status func(ctx context.Context, id int64, status string) error
	rename func(ctx context.Context, id int64, title string) error
	merge  func(ctx context.Context, into, from int64) error
}

func (f *funcIssues) Issue(ctx context.Context, id int64) (*newsbot.IssueRecord, error) {
	return f.issue(ctx, id)
}
func (f *funcIssues) SetIssueStatus(ctx context.Context, id int64, s string) error {
	return f.status(ctx, id, s)
}
func (f *funcIssues) RenameIssue(ctx context.Context, id int64, t string) error {
	return f.rename(ctx, id, t)
}
func (f *funcIssues) MergeIssues(ctx context.Context, into, from int64) error {
	return f.merge(ctx, into, from)
}

func TestCleanInput(t *testing.T) {
	cases := []struct{ in, want string }{
		{"<@UNEWSBOT> when is Starmer in Shanghai?", "when is Starmer in Shanghai?"},
		{"<@UNEWSBOT|newsbot> who is Li Qiang?", "who is Li Qiang?"},
		{"<!channel> <!here> ping", "ping"},
		{"see <https://news.example.com/a?x=1&amp;y=2|the story>", "see https://news.example.com/a?x=1&y=2"},
		{"in <#C123|newsdesk> today", "in #newsdesk today"},
		{"profits &amp; losses &lt;&gt;", "profits & losses <>"},
		{"  lots \t of\n space  ", "lots of space"},
		{"\u202eevil\u202c name", "evil name"},
		{"", ""},
	}
	for _, tc := range cases {
		if got := cleanInput(tc.in); got != tc.want {
			t.Errorf("cleanInput(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	long := strings.Repeat("“", 50000)
	if got := cleanInput(long); len([]rune(got)) > maxInput+1 {
		t.Errorf("input not capped: %d runes", len([]rune(got)))
	}
}

func FuzzHandle(f *testing.F) {
	for _, s := range []string{"Starmer", `"`, "*", "NEAR(", "Starmer OR 1=1", "<!channel>", "<@U123> hi", "<https://x|y>",
		"page 2", "share", "close 3", "merge 1 into 2", "\xff\xfe", "\u200b\u202e", strings.Repeat("“", 300)} {
		f.Add("/whosaid", s)
		f.Add("", s)
		f.Add("/issues", s)
	}
	f.Fuzz(func(t *testing.T, cmd, text string) {
		// The answerer echoes the user's text back, as a careless store might.
		echo := &recorder{answer: func(call string) (summaries.Answer, error) {
			return summaries.Answer{Lead: call, Items: []summaries.Item{{Text: text, Quoted: true, Detail: cmd,
				Sources: []newsbot.ArticleRef{{Title: text, URL: "https://news.example.com/" + text}}}}}, nil
		}}
		h := newTestHandler(echo)
		h.Issues = &funcIssues{
			issue: func(context.Context, int64) (*newsbot.IssueRecord, error) {
				return &newsbot.IssueRecord{Title: text}, nil
			},
			status: func(context.Context, int64, string) error { return nil },
			rename: func(context.Context, int64, string) error { return nil },
			merge:  func(context.Context, int64, int64) error { return nil },
		}
		for _, kind := range []Kind{KindSlash, KindMention, KindConsole} {
			r, err := h.Handle(context.Background(), Request{Kind: kind, Command: cmd, Text: text, UserID: "UEDITOR"})
			if err != nil {
				t.Fatalf("Handle: %v", err)
			}
			if strings.TrimSpace(r.Lead) == "" {
				t.Fatalf("silent reply for %q %q", cmd, text)
			}
			checkRendered(t, SlackMessages(r))
			_ = Text(r)
		}
	})
}

func FuzzCleanInput(f *testing.F) {
	for _, s := range []string{"<@U1> hi", "<https://x.example/a|label>", "&amp;lt;", "\xff", "\u202e", "<<<>>>", "<#C1|>", "<mailto:a@b.example|a>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanInput(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if utf8.RuneCountInString(got) > maxInput+1 {
			t.Fatalf("%d runes", utf8.RuneCountInString(got))
		}
		if strings.TrimSpace(got) != got || strings.Contains(got, "  ") {
			t.Fatalf("untidy spacing %q", got)
		}
		if u, _, ok := findURL(got); ok {
			if _, ok := articleURL(u); !ok {
				t.Fatalf("findURL gave %q, which articleURL refuses", u)
			}
		}
	})
}
