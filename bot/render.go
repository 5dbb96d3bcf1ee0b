package bot

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/slack-go/slack"
)

// Slack limits (https://api.slack.com/reference/block-kit/blocks).
const (
	MaxBlocks       = 50   // blocks per message
	MaxSectionChars = 3000 // characters in a section's text
	// maxMessageChars keeps one message readable; the rest continues in a
	// thread. Slack's own ceiling is far higher.
	maxMessageChars = 12000
	maxFallback     = 2900 // the notification text
	maxSources      = 3    // sources linked per line
	maxLinkURL      = 400  // longer URLs are not linked, to keep sections in bounds
	maxLinkTitle    = 150
	maxTermChars    = 4000 // bytes of one field shown in the terminal
	// ShareActionID identifies the "Share in channel" button.
	ShareActionID = "newsbot_share"
)

// Message is one Slack message: Block Kit with a plain-text fallback. Both
// are already escaped.
type Message struct {
	Text   string
	Blocks []slack.Block
}

// Escape makes text safe for Slack mrkdwn: & < > become entities so that
// "<!channel>" in a quote shows as text and pings nobody.
func Escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// escapeBudget escapes s, truncated so that the result (with an ellipsis
// when cut) is at most budget bytes; entities are never split.
func escapeBudget(s string, budget int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	n := 0
	for i, r := range s {
		w := utf8.RuneLen(r)
		switch r {
		case '&':
			w = 5
		case '<', '>':
			w = 4
		}
		if n+w > budget-len("…") {
			return Escape(s[:i]) + "…"
		}
		n += w
	}
	return Escape(s)
}

// Link renders a Slack link <url|title>, with the title escaped. URLs that
// are not http(s) are not linked.
func Link(rawURL, title string) string {
	title = oneLine(clip(title, maxLinkTitle*2))
	if len(rawURL) > maxLinkURL {
		return escapeBudget(title, maxLinkTitle)
	}
	// Slack rejects invalid UTF-8; a stray byte in a URL becomes an encoded U+FFFD.
	u, err := url.Parse(strings.ToValidUTF8(rawURL, "%EF%BF%BD"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return escapeBudget(title, maxLinkTitle)
	}
	if title == "" {
		title = u.Host
	}
	// "|" and ">" end the URL part of a link; percent-encode them.
	s := strings.NewReplacer("|", "%7C", "<", "%3C", ">", "%3E", " ", "%20").Replace(u.String())
	return "<" + strings.ReplaceAll(s, "&", "&amp;") + "|" + escapeBudget(title, maxLinkTitle) + ">"
}

// clip cuts s to at most n bytes at a rune boundary, before any further
// processing, so huge article text costs nothing beyond what is shown.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// moreSources is the "+N more" after the sources listed, of total (0: as
// many as listed); "" when every source is listed.
func moreSources(listed []newsbot.ArticleRef, total int) string {
	if n := max(total, len(listed)); n > maxSources {
		return fmt.Sprintf("+%d more", n-maxSources)
	}
	return ""
}

func sourcesMrkdwn(srcs []newsbot.ArticleRef, total int) string {
	var out []string
	for i, s := range srcs {
		if i == maxSources {
			break
		}
		l := Link(s.URL, sourceTitle(s))
		if s.Outlet != "" && s.Title != "" {
			l += " (" + escapeBudget(oneLine(clip(s.Outlet, 120)), 60) + ")"
		}
		out = append(out, l)
	}
	if m := moreSources(srcs, total); m != "" {
		out = append(out, m)
	}
	return strings.Join(out, ", ")
}

// sourceTitle names a cited article: its title, else its outlet, else its
// host, else its number, so a citation never renders empty.
func sourceTitle(s newsbot.ArticleRef) string {
	if t := strings.TrimSpace(s.Title); t != "" {
		return t
	}
	if o := strings.TrimSpace(s.Outlet); o != "" {
		return o
	}
	if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
		return u.Host
	}
	if s.ID != 0 {
		return fmt.Sprintf("article %d", s.ID)
	}
	return "untitled article"
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("Mon 2 Jan 2006")
}

// partMrkdwn renders one part within budget characters.
func partMrkdwn(p Part, budget int) string {
	if p.Heading != "" {
		return escapeBudget("*"+oneLine(clip(p.Heading, budget))+"*", budget)
	}
	var meta []string
	if p.Detail != "" {
		meta = append(meta, escapeBudget(oneLine(clip(p.Detail, 600)), 300))
	}
	if s := sourcesMrkdwn(p.Sources, p.SourceCount); s != "" {
		meta = append(meta, s)
	}
	if d := formatDate(p.Date); d != "" {
		meta = append(meta, d)
	}
	tail := ""
	if len(meta) > 0 {
		tail = "\n— " + strings.Join(meta, " · ")
	}
	text := oneLine(clip(p.Text, budget))
	if text == "" {
		return strings.TrimPrefix(tail, "\n— ")
	}
	if p.Quoted {
		return ">“" + escapeBudget(text, budget-len(tail)-8) + "”" + tail
	}
	return "• " + escapeBudget(text, budget-len(tail)-6) + tail
}

// mrkdwn is a verbatim mrkdwn text object: without verbatim Slack
// auto-parses plain text, so "@here" or "@channel" in a quote could ping
// and "#name" become a channel link. Our own links are written as
// <url|title>, which verbatim text still renders.
func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

func section(text string) slack.Block {
	return slack.NewSectionBlock(mrkdwn(text), nil, nil)
}

func contextBlock(text string) slack.Block {
	return slack.NewContextBlock("", mrkdwn(text))
}

// offersShare says whether a reply gets the Share button: only a private
// reply that rests on stored coverage (some line cites an article). "No
// quotes from X are stored", "Did you mean ...?" and the like answer nothing
// a channel would want to see.
func offersShare(r Reply) bool {
	if r.ShareCommand == "" || r.InChannel {
		return false
	}
	for _, p := range r.Parts {
		if p.Heading == "" && len(p.Sources) > 0 {
			return true
		}
	}
	return false
}

// shareValue is what the Share button carries back.
type shareValue struct {
	Command string `json:"c"`
}

// maxButtonValue is Slack's limit on a button's value, in characters.
const maxButtonValue = 2000

// shareValueJSON encodes command for the Share button within Slack's
// limit: JSON escapes (quotes, backslashes, control characters) can make
// it several times longer than the command, so the command is shortened
// until it fits.
func shareValueJSON(command string) string {
	n := utf8.RuneCountInString(command)
	for {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false) // "<" as is, not \u003c
		_ = enc.Encode(shareValue{Command: truncateRunes(command, n)})
		v := strings.TrimSuffix(b.String(), "\n")
		if utf8.RuneCountInString(v) <= maxButtonValue || n == 0 {
			return v
		}
		n = n * 3 / 4
	}
}

func shareButton(command string) slack.Block {
	v := shareValueJSON(truncateRunes(command, 1000))
	btn := slack.NewButtonBlockElement(ShareActionID, v, slack.NewTextBlockObject(slack.PlainTextType, "Share in channel", false, false))
	return slack.NewActionBlock("newsbot_actions", btn)
}

// SlackMessages renders a reply as one or more messages within Slack's
// limits; messages after the first continue in a thread.
func SlackMessages(r Reply) []Message {
	lead := oneLine(clip(r.Lead, MaxSectionChars))
	if lead == "" {
		lead = "(no answer)"
	}
	var sections []string
	// Multi-line leads (the usage text) keep their lines.
	sections = append(sections, escapeBudget(strings.TrimSpace(clip(r.Lead, MaxSectionChars)), MaxSectionChars-4))
	if !strings.Contains(strings.TrimSpace(clip(r.Lead, MaxSectionChars)), "\n") {
		sections[0] = "*" + escapeBudget(lead, MaxSectionChars-4) + "*"
	}
	cur := ""
	flush := func() {
		if cur != "" {
			sections = append(sections, cur)
			cur = ""
		}
	}
	for _, p := range r.Parts {
		s := partMrkdwn(p, MaxSectionChars)
		if s == "" {
			continue
		}
		if p.Heading != "" {
			flush()
		}
		if cur != "" && len(cur)+2+len(s) > MaxSectionChars {
			flush()
		}
		if cur == "" {
			cur = s
		} else {
			cur += "\n\n" + s
		}
	}
	flush()

	var tail []slack.Block
	if r.Note != "" {
		tail = append(tail, contextBlock(escapeBudget(strings.TrimSpace(clip(r.Note, MaxSectionChars)), MaxSectionChars)))
	}
	if offersShare(r) {
		tail = append(tail, shareButton(r.ShareCommand))
	}

	var msgs []Message
	var blocks []slack.Block
	chars := 0
	for _, s := range sections {
		if len(blocks) > 0 && (len(blocks)+1 > MaxBlocks-len(tail) || chars+len(s) > maxMessageChars) {
			msgs = append(msgs, Message{Blocks: blocks})
			blocks, chars = nil, 0
		}
		blocks = append(blocks, section(s))
		chars += len(s)
	}
	blocks = append(blocks, tail...)
	msgs = append(msgs, Message{Blocks: blocks})

	fallback := escapeBudget(lead, maxFallback)
	for i := range msgs {
		msgs[i].Text = fallback
		if i > 0 {
			msgs[i].Text = escapeBudget(fmt.Sprintf("(continued %d/%d) %s", i+1, len(msgs), lead), maxFallback)
		}
	}
	return msgs
}

// capMessages keeps at most n of msgs; when some are left out, the last
// one kept says so, so a cut answer never reads as complete.
func capMessages(msgs []Message, n int) []Message {
	if len(msgs) <= n || n <= 0 {
		return msgs
	}
	kept := slices.Clone(msgs[:n])
	last := &kept[n-1]
	last.Blocks = slices.Clone(last.Blocks)
	if len(last.Blocks) >= MaxBlocks {
		last.Blocks = last.Blocks[:MaxBlocks-1]
	}
	note := fmt.Sprintf("Answer cut: %d more messages not shown. Ask for less (a name, a topic, page 2), or mention @newsbot for the whole answer in a thread.", len(msgs)-n)
	last.Blocks = append(last.Blocks, contextBlock(note))
	return kept
}

// Text renders a reply for a terminal: what Slack would show, without
// markup. Control characters are removed so article text cannot drive the
// terminal.
func Text(r Reply) string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(termSafe(clip(r.Lead, maxTermChars))))
	b.WriteByte('\n')
	for _, p := range r.Parts {
		if p.Heading != "" {
			fmt.Fprintf(&b, "\n== %s ==\n", termSafe(oneLine(clip(p.Heading, maxTermChars))))
			continue
		}
		text := termSafe(oneLine(clip(p.Text, maxTermChars)))
		if p.Quoted {
			text = "“" + text + "”"
		}
		if text != "" {
			fmt.Fprintf(&b, "  %s\n", text)
		}
		var meta []string
		if p.Detail != "" {
			meta = append(meta, termSafe(oneLine(clip(p.Detail, maxTermChars))))
		}
		for i, s := range p.Sources {
			if i == maxSources {
				break
			}
			src := termSafe(oneLine(clip(sourceTitle(s), 300)))
			if s.Outlet != "" && s.Title != "" {
				src += " (" + termSafe(oneLine(clip(s.Outlet, 100))) + ")"
			}
			if s.URL != "" {
				src += " <" + termSafe(oneLine(clip(s.URL, 1000))) + ">"
			}
			meta = append(meta, strings.TrimSpace(src))
		}
		if m := moreSources(p.Sources, p.SourceCount); m != "" {
			meta = append(meta, m)
		}
		if d := formatDate(p.Date); d != "" {
			meta = append(meta, d)
		}
		if len(meta) > 0 {
			fmt.Fprintf(&b, "    — %s\n", strings.Join(meta, " · "))
		}
	}
	if r.Note != "" {
		fmt.Fprintf(&b, "\n%s\n", strings.TrimSpace(termSafe(clip(r.Note, maxTermChars))))
	}
	if offersShare(r) {
		b.WriteString("[Share in channel]\n")
	}
	return b.String()
}

func termSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
