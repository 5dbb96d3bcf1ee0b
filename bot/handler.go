// Package bot is the newsroom's Slack bot: a transport-independent command
// handler, Block Kit and terminal renderers, the Socket Mode loop, scheduled
// digests and an optional health/metrics endpoint.
//
// Handler answers Requests from any transport (Slack slash commands, mentions,
// the terminal console); Run connects it to Slack; Console to a terminal.
package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
	"github.com/newsroom/newsbot/summaries"
)

// Answerer is what the bot asks for answers; *summaries.Service satisfies it.
type Answerer interface {
	WhoSaid(ctx context.Context, query string, page int) (summaries.Answer, error)
	Itinerary(ctx context.Context, name string) (summaries.Answer, error)
	Issues(ctx context.Context, status string) (summaries.Answer, error)
	Ask(ctx context.Context, question string) (summaries.Answer, error)
	Digest(ctx context.Context, day time.Time) (summaries.Digest, error)
}

// IssueEditor is the part of newsbot.IssueStore that editors' commands use.
type IssueEditor interface {
	Issue(ctx context.Context, id int64) (*newsbot.IssueRecord, error)
	SetIssueStatus(ctx context.Context, id int64, status string) error
	RenameIssue(ctx context.Context, id int64, title string) error
	MergeIssues(ctx context.Context, into, from int64) error
}

// The store and the summaries service satisfy the interfaces above.
var (
	_ Answerer    = (*summaries.Service)(nil)
	_ IssueEditor = newsbot.IssueStore(nil)
)

// IngestResult says what ingesting one URL found.
type IngestResult struct {
	Outcome newsbot.SaveOutcome
	Article newsbot.ArticleRef
	People  []string // canonical names found, most quoted first
	Quotes  int
	Trips   int
	Issues  int
}

// Ingester fetches, extracts and stores one article URL. It must refuse
// private addresses itself (SSRF) and return an error wrapping
// newsbot.ErrBadInput for pages it will not take; the bot only checks the
// scheme.
type Ingester func(ctx context.Context, url string) (IngestResult, error)

// Kind says where a request came from.
type Kind int

const (
	KindSlash   Kind = iota // a Slack slash command
	KindMention             // @newsbot in a channel, or a direct message
	KindConsole             // the terminal console: the local operator, trusted
)

// Request is one command or question, independent of transport.
type Request struct {
	Kind      Kind
	Command   string // "/whosaid"; empty for mentions and console lines
	Text      string // the arguments, or the mention text (Slack markup allowed)
	UserID    string
	ChannelID string
	ThreadTS  string // the thread a mention should be answered in
}

// Reply is a rendering-neutral answer. Text fields are plain and unescaped;
// renderers escape them for their medium.
type Reply struct {
	Lead         string // first line, answers the question in a sentence
	Parts        []Part
	Note         string // follow-up hint: next page, usage
	InChannel    bool   // post visibly rather than ephemerally
	ShareCommand string // "/whosaid Starmer": what the Share button re-runs; "" for none
	// Refused: the request was not carried out (no such issue, a malformed
	// edit, not allowed). Slack shows Lead like any answer; the CLI exits
	// non-zero, so a script can tell a failed edit from a done one.
	Refused bool
}

// refuse is a Reply saying why a request was not carried out.
func refuse(lead string) Reply { return Reply{Lead: lead, Refused: true} }

// Part is one supporting line, or a heading when Heading is set.
type Part struct {
	Heading string
	Text    string
	Quoted  bool
	Detail  string
	Date    time.Time
	Sources []newsbot.ArticleRef
	// SourceCount is how many sources there are in all, for "+N more"
	// (the store lists a leg's or issue's newest few); 0 means len(Sources).
	SourceCount int
}

// Handler answers requests. Fields are read-only after construction.
type Handler struct {
	Answers        Answerer
	Issues         IssueEditor // nil: issue edits are unavailable
	Ingest         Ingester    // nil: ingest is unavailable
	Admins         []string    // user ids allowed to edit issues (and ingest)
	IngestUsers    []string    // user ids allowed to ingest
	IngestChannels []string    // channels where anybody may ingest
	Location       *time.Location
	Now            func() time.Time
}

// maxInput caps user text: nothing useful is longer, and it bounds the work.
const maxInput = 2000

// Usage lists every command; shown for help and on unknown input.
const Usage = "Commands:\n" +
	"/whosaid NAME [about TOPIC] [page N]: a person's quotes, newest first\n" +
	"/whosaid \"PHRASE\": who said a phrase\n" +
	"/itinerary [NAME]: who travels where, and when\n" +
	"/issues [open|closed|all]: disputes still open\n" +
	"/issues close|reopen ID, /issues rename ID TITLE, /issues merge KEEP OTHER: editors only\n" +
	"/ingest URL: add an article (allowed users)\n" +
	"/digest [DATE]: preview today's digest (or a day's, YYYY-MM-DD)\n" +
	"/newsbot QUESTION: a question, answered privately\n" +
	"@newsbot QUESTION: e.g. \"when is Starmer in Shanghai?\"\n" +
	"Add \"share\" to a command to post the answer in the channel."

var usageLines = map[string]string{
	"/whosaid":   "Usage: /whosaid NAME, /whosaid NAME about TOPIC, /whosaid \"PHRASE\" (add page N for more)",
	"/itinerary": "Usage: /itinerary [NAME]",
	"/issues":    "Usage: /issues [open|closed|all]; editors: /issues close ID, reopen ID, rename ID TITLE, merge KEEP OTHER",
	"/ingest":    "Usage: /ingest https://example.com/news/story",
	"/digest":    "Usage: /digest [YYYY-MM-DD|today|tomorrow|yesterday]",
}

// shareable commands are read-only: re-running them from a button is safe.
var shareable = map[string]bool{"/whosaid": true, "/itinerary": true, "/issues": true, "/digest": true, "/ask": true}

// Handle answers one request. On error the Reply is still a polite message
// safe to show; the error is for the log.
func (h *Handler) Handle(ctx context.Context, req Request) (Reply, error) {
	text := cleanInput(req.Text)
	cmd := strings.ToLower(strings.TrimSpace(req.Command))
	if req.Kind == KindMention || (req.Kind == KindConsole && cmd == "" && !strings.HasPrefix(text, "/")) {
		return h.mention(ctx, req, text)
	}
	if cmd == "" {
		// Console lines carry the command in the text.
		cmd, text = splitCommand(text)
	}
	if cmd == "/newsbot" { // "/newsbot whosaid X" works like "/whosaid X"
		sub, rest := splitCommand(text)
		switch {
		case sub == "" || sub == "/help":
			return Reply{Lead: Usage}, nil
		case knownCommands[sub]:
			cmd, text = sub, rest
		default: // "/newsbot when is Starmer in Shanghai?" is a question
			cmd = "/ask"
		}
	}
	share := false
	if cmd != "/ask" {
		text, share = stripShare(text)
	} else if t, ok := stripShare(text); ok && strings.HasSuffix(t, "?") {
		// "who lost market share" is a question, not a request to share;
		// "when is she in Seoul? share" asks and shares, as the help says.
		text, share = t, true
	}
	r, err := h.command(ctx, req, cmd, text)
	// "share" posts an answer, not a usage line or an unknown command.
	if share && knownCommands[cmd] && !strings.HasPrefix(r.Lead, "Usage:") {
		r.InChannel = true
	}
	return r, err
}

// knownCommands are the commands Handle answers.
var knownCommands = map[string]bool{"/whosaid": true, "/itinerary": true, "/issues": true, "/ingest": true, "/digest": true, "/ask": true, "/help": true}

// askHint answers an empty question.
var askHint = Reply{Lead: "Ask me a question, e.g. \"when is the prime minister in Beijing?\"", Note: Usage}

// ask answers a free-form question (@newsbot, /ask, /newsbot QUESTION).
func (h *Handler) ask(ctx context.Context, q string) (Reply, error) {
	if strings.TrimSpace(q) == "" {
		return askHint, nil
	}
	return h.answer(ctx, "ask", q, func() (summaries.Answer, error) { return h.Answers.Ask(ctx, q) })
}

func (h *Handler) command(ctx context.Context, req Request, cmd, text string) (Reply, error) {
	var r Reply
	var err error
	switch cmd {
	case "/whosaid":
		r, err = h.whoSaid(ctx, text)
	case "/itinerary":
		r, err = h.answer(ctx, "/itinerary", text, func() (summaries.Answer, error) { return h.Answers.Itinerary(ctx, text) })
	case "/issues":
		r, err = h.issues(ctx, req, text)
	case "/ingest":
		r, err = h.ingest(ctx, req, text)
	case "/digest":
		r, err = h.digest(ctx, text)
	case "/ask":
		r, err = h.ask(ctx, text)
	case "/help":
		return Reply{Lead: Usage}, nil
	case "":
		return Reply{Lead: Usage}, nil
	default:
		return Reply{Lead: fmt.Sprintf("I don't know the command %s.", truncateRunes(cmd, 40)), Note: Usage}, nil
	}
	if err == nil && shareable[cmd] && !strings.HasPrefix(r.Lead, "Usage:") && !r.InChannel {
		r.ShareCommand = strings.TrimSpace(cmd + " " + text)
	}
	return r, err
}

var pageRe = lazyre.New(`(?i)\s+page\s+(\d+)$`)

// maxPage caps "page N": any larger page is past the last one anyway.
const maxPage = 1_000_000

func (h *Handler) whoSaid(ctx context.Context, text string) (Reply, error) {
	page := 1
	if m := pageRe.FindStringSubmatchIndex(" " + text); m != nil {
		n, err := strconv.Atoi((" " + text)[m[2]:m[3]])
		if err != nil || n > maxPage { // "page 99999" is a page, not part of the name
			n = maxPage
		}
		text = strings.TrimSpace((" " + text)[:m[0]])
		page = max(n, 1)
	}
	if strings.Trim(text, "\"“”'‘’ ") == "" {
		return Reply{Lead: usageLines["/whosaid"]}, nil
	}
	return h.answer(ctx, "/whosaid", text, func() (summaries.Answer, error) { return h.Answers.WhoSaid(ctx, text, page) })
}

func (h *Handler) issues(ctx context.Context, req Request, text string) (Reply, error) {
	verb, rest := splitWord(text)
	switch strings.ToLower(verb) {
	case "", "open":
		return h.answer(ctx, "/issues", text, func() (summaries.Answer, error) { return h.Answers.Issues(ctx, newsbot.IssueOpen) })
	case "closed":
		return h.answer(ctx, "/issues", text, func() (summaries.Answer, error) { return h.Answers.Issues(ctx, newsbot.IssueClosed) })
	case "all":
		return h.answer(ctx, "/issues", text, func() (summaries.Answer, error) { return h.Answers.Issues(ctx, "all") })
	case "close", "reopen", "rename", "merge":
		if !h.isAdmin(req) {
			return refuse("Sorry, only editors can change issues. Ask an admin to add you to NEWSBOT_ADMINS."), nil
		}
		if h.Issues == nil {
			return refuse("Issue editing is not available on this bot."), nil
		}
		return h.editIssue(ctx, strings.ToLower(verb), rest)
	default:
		return refuse(usageLines["/issues"]), nil
	}
}

func parseIssueID(s string) (int64, bool) {
	id, err := strconv.ParseInt(strings.TrimPrefix(s, "#"), 10, 64)
	return id, err == nil && id > 0
}

// lookupIssue returns the issue, or a reply saying it does not exist.
func (h *Handler) lookupIssue(ctx context.Context, id int64) (*newsbot.IssueRecord, *Reply, error) {
	iss, err := h.Issues.Issue(ctx, id)
	if errors.Is(err, newsbot.ErrNotFound) || (err == nil && iss == nil) {
		r := refuse(fmt.Sprintf("There is no issue #%d.", id))
		return nil, &r, nil
	}
	if err != nil {
		r := sorry()
		return nil, &r, fmt.Errorf("issue %d: %w", id, err)
	}
	return iss, nil, nil
}

func (h *Handler) editIssue(ctx context.Context, verb, rest string) (Reply, error) {
	idWord, rest := splitWord(rest)
	id, ok := parseIssueID(idWord)
	if !ok {
		return refuse(usageLines["/issues"]), nil
	}
	iss, missing, err := h.lookupIssue(ctx, id)
	if missing != nil {
		return *missing, err
	}
	switch verb {
	case "close", "reopen":
		status, done := newsbot.IssueClosed, "Closed"
		if verb == "reopen" {
			status, done = newsbot.IssueOpen, "Reopened"
		}
		if rest != "" {
			return refuse(usageLines["/issues"]), nil
		}
		// Closing a closed issue would move its close date; say so instead.
		// Reopening an open one still writes: it clears the "reopened by
		// new coverage" flag, which is the editor's answer to that flag.
		if iss.Status == newsbot.IssueClosed && status == newsbot.IssueClosed {
			return Reply{Lead: fmt.Sprintf("Issue #%d is already closed: %s", id, iss.Title)}, nil
		}
		if err := h.Issues.SetIssueStatus(ctx, id, status); err != nil {
			return sorry(), fmt.Errorf("set issue %d %s: %w", id, status, err)
		}
		if iss.Status == newsbot.IssueOpen && status == newsbot.IssueOpen {
			return Reply{Lead: fmt.Sprintf("Issue #%d is already open: %s", id, iss.Title)}, nil
		}
		return Reply{Lead: fmt.Sprintf("%s issue #%d: %s", done, id, iss.Title)}, nil
	case "rename":
		title := strings.TrimSpace(rest)
		if title == "" || utf8.RuneCountInString(title) > 200 {
			return refuse("Usage: /issues rename ID NEW TITLE (up to 200 characters)"), nil
		}
		if err := h.Issues.RenameIssue(ctx, id, title); err != nil {
			return sorry(), fmt.Errorf("rename issue %d: %w", id, err)
		}
		return Reply{Lead: fmt.Sprintf("Renamed issue #%d from %q to %q.", id, iss.Title, title)}, nil
	default: // merge
		w, rest := splitWord(rest)
		into, from := id, int64(0)
		if strings.EqualFold(w, "into") { // "merge 12 into 7": 12 folds into 7
			w, rest = splitWord(rest)
			if other, ok := parseIssueID(w); ok {
				into, from = other, id
			}
		} else if other, ok := parseIssueID(w); ok {
			from = other
		}
		if from == 0 || rest != "" {
			return refuse("Usage: /issues merge KEEP OTHER (folds OTHER into KEEP)"), nil
		}
		if into == from {
			return refuse("An issue cannot be merged into itself."), nil
		}
		other := into
		if other == id {
			other = from
		}
		if _, missing, err := h.lookupIssue(ctx, other); missing != nil {
			return *missing, err
		}
		if err := h.Issues.MergeIssues(ctx, into, from); err != nil {
			return sorry(), fmt.Errorf("merge issue %d into %d: %w", from, into, err)
		}
		return Reply{Lead: fmt.Sprintf("Merged issue #%d into #%d.", from, into)}, nil
	}
}

func (h *Handler) ingest(ctx context.Context, req Request, text string) (Reply, error) {
	raw, _ := splitWord(text)
	if raw == "" {
		return Reply{Lead: usageLines["/ingest"]}, nil
	}
	if !h.mayIngest(req) {
		return Reply{Lead: "Sorry, you can't add articles here. Ask an admin to add you to NEWSBOT_INGEST_USERS."}, nil
	}
	u, ok := articleURL(raw)
	if !ok {
		return Reply{Lead: "That doesn't look like a web address (http or https). " + usageLines["/ingest"]}, nil
	}
	return h.doIngest(ctx, u)
}

func (h *Handler) doIngest(ctx context.Context, u string) (Reply, error) {
	if h.Ingest == nil {
		return Reply{Lead: "Ingest is not available on this bot."}, nil
	}
	res, err := h.Ingest(ctx, u)
	if errors.Is(err, newsbot.ErrBadInput) {
		// Say why when the error knows ("HTTP error 404", "not an article
		// page (content type application/pdf)"), without internal detail.
		var ur interface{ UserReason() string }
		if errors.As(err, &ur) && ur.UserReason() != "" {
			return Reply{Lead: "I couldn't add that page: " + truncateRunes(ur.UserReason(), 200) + "."}, nil
		}
		return Reply{Lead: "I couldn't add that page: it isn't an article I can read, or its address is not allowed."}, nil
	}
	if err != nil {
		return Reply{Lead: "Sorry, I couldn't fetch or store that page."}, fmt.Errorf("ingest: %w", err)
	}
	return ingestReply(res), nil
}

func ingestReply(res IngestResult) Reply {
	title := res.Article.Title
	if title == "" {
		title = "the article"
	}
	var lead string
	switch res.Outcome {
	case newsbot.Skipped:
		lead = fmt.Sprintf("I already have %s.", title)
	case newsbot.Updated:
		lead = fmt.Sprintf("Updated %s", title)
	default:
		lead = fmt.Sprintf("Added %s", title)
	}
	if res.Outcome != newsbot.Skipped {
		lead += fmt.Sprintf(": %s, %s, %s.", plural(res.Quotes, "quote"), plural(res.Trips, "trip leg"), plural(res.Issues, "open issue"))
	}
	r := Reply{Lead: lead}
	if res.Article.URL != "" {
		r.Parts = append(r.Parts, Part{Text: res.Article.Outlet, Date: res.Article.Published, Sources: []newsbot.ArticleRef{res.Article}})
	}
	if len(res.People) > 0 {
		names := res.People
		if len(names) > 8 {
			names = names[:8]
		}
		r.Note = "People: " + strings.Join(names, ", ")
	}
	return r
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// digest previews the digest of today, or of the day asked for
// ("/digest 2026-03-05", "/digest tomorrow").
func (h *Handler) digest(ctx context.Context, arg string) (Reply, error) {
	day := h.now().In(h.loc())
	switch a := strings.ToLower(strings.TrimSpace(arg)); a {
	case "", "today":
	case "tomorrow":
		day = day.AddDate(0, 0, 1)
	case "yesterday":
		day = day.AddDate(0, 0, -1)
	default:
		d, err := time.ParseInLocation(time.DateOnly, a, h.loc())
		if err != nil {
			return Reply{Lead: usageLines["/digest"]}, nil
		}
		day = d.Add(12 * time.Hour)
	}
	d, err := h.Answers.Digest(ctx, day)
	if err != nil {
		return sorry(), fmt.Errorf("digest: %w", err)
	}
	return DigestReply(d, h.loc()), nil
}

// answer runs one summaries call and turns its result into a Reply.
func (h *Handler) answer(ctx context.Context, cmd, query string, call func() (summaries.Answer, error)) (Reply, error) {
	a, err := call()
	switch {
	case errors.Is(err, newsbot.ErrNotFound):
		return Reply{Lead: nothingKnown(query)}, nil
	case errors.Is(err, newsbot.ErrBadInput):
		if u, ok := summaries.IsUsage(err); ok && u != "" {
			if strings.HasPrefix(u, "/") {
				return Reply{Lead: "Usage: " + u}, nil
			}
			return Reply{Lead: strings.ToUpper(u[:1]) + u[1:]}, nil
		}
		msg := "I couldn't read that."
		if u := usageLines[cmd]; u != "" {
			msg += " " + u
		}
		return Reply{Lead: msg}, nil
	case err != nil:
		return sorry(), fmt.Errorf("%s: %w", cmd, err)
	}
	return AnswerReply(a, query), nil
}

func nothingKnown(query string) string {
	if strings.TrimSpace(query) == "" {
		return "Nothing is known yet."
	}
	return fmt.Sprintf("Nothing is known about %s yet.", truncateRunes(query, 120))
}

func sorry() Reply {
	return Reply{Lead: "Sorry, something went wrong on my side. Please try again in a minute."}
}

// AnswerReply turns a summaries answer into a Reply.
func AnswerReply(a summaries.Answer, query string) Reply {
	r := Reply{Lead: a.Lead}
	if a.Next != "" {
		r.Note = "More: " + a.Next
	}
	// The lead's own sources get a line of their own, unless the first
	// supporting line already cites exactly them (search answers repeat the
	// lead sentence there).
	if len(a.Sources) > 0 && (len(a.Items) == 0 || !sameRefs(a.Items[0].Sources, a.Sources)) {
		r.Parts = append(r.Parts, Part{Detail: "Source", Sources: a.Sources})
	}
	for i, it := range a.Items {
		text := it.Text
		if i == 0 && !it.Quoted && strings.TrimSpace(text) == strings.TrimSpace(a.Lead) {
			text = "" // the lead already says it; keep only where it comes from
		}
		r.Parts = append(r.Parts, Part{Text: text, Quoted: it.Quoted, Detail: it.Detail, Date: it.Date, Sources: it.Sources, SourceCount: it.SourceCount})
	}
	if r.Lead == "" && len(r.Parts) == 0 {
		r.Lead = nothingKnown(query)
	}
	return r
}

func sameRefs(a, b []newsbot.ArticleRef) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			return false
		}
	}
	return true
}

// DigestReply turns a digest into a Reply with one heading per day.
func DigestReply(d summaries.Digest, loc *time.Location) Reply {
	if loc == nil {
		loc = time.UTC
	}
	r := Reply{Lead: "Newsroom digest"}
	if !d.Day.IsZero() {
		r.Lead += " for " + d.Day.In(loc).Format("Monday 2 January 2006")
	}
	for _, dl := range d.Legs {
		if len(dl.Legs) == 0 {
			continue
		}
		heading := "Date not yet known"
		if !dl.Day.IsZero() {
			heading = dl.Day.In(loc).Format("Monday 2 January")
			if !d.Day.IsZero() && sameDay(dl.Day, d.Day, loc) {
				heading = "Today, " + heading
			}
		}
		r.Parts = append(r.Parts, Part{Heading: heading})
		for _, l := range dl.Legs {
			r.Parts = append(r.Parts, Part{Text: legText(l), Detail: l.WhenText, Sources: l.Sources, SourceCount: l.SourceCount})
		}
	}
	if len(d.Issues) > 0 {
		r.Parts = append(r.Parts, Part{Heading: "Open issues"})
		for _, is := range d.Issues {
			t := is.Title
			if is.Latest != "" {
				t += ": " + is.Latest
			}
			detail := ""
			if is.ID > 0 {
				detail = fmt.Sprintf("#%d", is.ID)
			}
			if is.Revived {
				detail = strings.TrimSpace(detail + " reopened by new coverage")
			}
			if is.Settled {
				detail = strings.TrimSpace(detail + fmt.Sprintf(" reported settled: close it with /issues close %d", is.ID))
			}
			r.Parts = append(r.Parts, Part{Text: t, Detail: detail, Date: is.LatestAt, Sources: is.Sources, SourceCount: is.SourceCount})
		}
	}
	if len(r.Parts) == 0 {
		r.Note = "Nothing scheduled and no open issues."
	}
	return r
}

func legText(l summaries.LegLine) string {
	place := strings.ToUpper(l.Place)
	if l.Country != "" && !strings.EqualFold(l.Country, l.Place) {
		place += ", " + l.Country
	}
	s := place + ": " + l.Traveler
	if l.What != "" {
		s += ", " + l.What
	}
	if l.Status != "" {
		s += " (" + l.Status + ")"
	}
	// A newer report saying the visit was postponed or called off is worth
	// the desk's attention before anyone books a photographer.
	if l.Doubt != "" {
		s += " — postponed or called off? " + l.Doubt
	}
	return s
}

func sameDay(a, b time.Time, loc *time.Location) bool {
	ay, am, ad := a.In(loc).Date()
	by, bm, bd := b.In(loc).Date()
	return ay == by && am == bm && ad == bd
}

// mention answers "@newsbot ...": a URL from an allowed user is ingested,
// command words run the command, anything else is a question.
func (h *Handler) mention(ctx context.Context, req Request, text string) (Reply, error) {
	q := strings.TrimSpace(text)
	if q == "" {
		return askHint, nil
	}
	first, rest := splitWord(q)
	switch w := strings.ToLower(strings.TrimLeft(first, "/")); w {
	case "help":
		return Reply{Lead: Usage}, nil
	case "whosaid", "itinerary", "issues", "digest", "ingest", "ask":
		if w != "ask" {
			// The answer is posted in the channel already; a "share" typed
			// out of habit must not become part of the name or topic.
			rest, _ = stripShare(rest)
		}
		r, err := h.command(ctx, req, "/"+w, rest)
		r.ShareCommand = "" // a mention is answered in the channel already
		return r, err
	}
	if u, raw, ok := findURL(q); ok {
		if h.mayIngest(req) {
			return h.doIngest(ctx, u)
		}
		if strings.TrimSpace(strings.Replace(q, raw, "", 1)) == "" {
			return Reply{Lead: "Sorry, you can't add articles here. Ask an admin to add you to NEWSBOT_INGEST_USERS."}, nil
		}
	}
	return h.ask(ctx, q)
}

func (h *Handler) isAdmin(req Request) bool {
	return req.Kind == KindConsole || (req.UserID != "" && slices.Contains(h.Admins, req.UserID))
}

func (h *Handler) mayIngest(req Request) bool {
	if h.isAdmin(req) || (req.UserID != "" && slices.Contains(h.IngestUsers, req.UserID)) {
		return true
	}
	return req.ChannelID != "" && slices.Contains(h.IngestChannels, req.ChannelID)
}

func (h *Handler) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h *Handler) loc() *time.Location {
	if h.Location != nil {
		return h.Location
	}
	return time.UTC
}

// Slack markup the user typed: <@U123>, <#C1|name>, <https://x|label>, <!here>.
var markupRe = lazyre.New(`<([^<>]*)>`)

// cleanInput turns Slack-formatted user text into plain text: user mentions
// are dropped (the bot's own starts every app_mention), links become their
// URL, channel links their name, and &amp; &lt; &gt; are decoded. Invalid
// UTF-8, control and zero-width characters are removed.
func cleanInput(s string) string {
	s = truncateRunes(strings.ToValidUTF8(s, ""), maxInput)
	s = markupRe.ReplaceAllStringFunc(s, func(m string) string {
		target, label, _ := strings.Cut(m[1:len(m)-1], "|")
		switch {
		case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "!"):
			return " "
		case strings.HasPrefix(target, "#"):
			if label != "" {
				return "#" + label
			}
			return " "
		case strings.HasPrefix(target, "http://"), strings.HasPrefix(target, "https://"):
			return target
		case strings.HasPrefix(target, "mailto:"):
			return strings.TrimPrefix(target, "mailto:")
		}
		return m
	})
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			return -1 // zero-width and bidi controls confuse matching and terminals
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// splitCommand splits "/whosaid Starmer" into ("/whosaid", "Starmer").
func splitCommand(text string) (string, string) {
	w, rest := splitWord(text)
	if w == "" {
		return "", ""
	}
	w = strings.ToLower(w)
	if !strings.HasPrefix(w, "/") {
		w = "/" + w
	}
	return w, rest
}

func splitWord(s string) (string, string) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

// stripShare removes a trailing "share" keyword.
func stripShare(text string) (string, bool) {
	t := strings.TrimSpace(text)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if strings.EqualFold(t[i+1:], "share") {
		return strings.TrimSpace(t[:i+1]), true
	}
	return t, false
}

var urlRe = lazyre.New(`https?://[^\s<>"]+`)

// findURL returns the first http(s) URL in text, normalised and as written.
func findURL(text string) (u, raw string, ok bool) {
	raw = strings.TrimRight(urlRe.FindString(text), ".,;:!?)")
	if raw == "" {
		return "", "", false
	}
	u, ok = articleURL(raw)
	return u, raw, ok
}

// articleURL accepts only absolute http(s) URLs with a host and no user info.
func articleURL(raw string) (string, bool) {
	u, err := url.Parse(strings.Trim(raw, "<>"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return "", false
	}
	return u.String(), true
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
