package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// channelIDRe matches Slack conversation ids: public (C), private (G) and
// direct (D) channels.
var channelIDRe = lazyre.New(`^[CGD][A-Z0-9]+$`)

// channelNameWarning says why a DIGEST_CHANNEL that is not an id is a
// risk, or "" for an id. Slack posts to a name, so it is not refused; but
// checking whether a post whose outcome is unknown arrived needs the id
// (without it that digest stays unposted rather than risk a duplicate),
// and renaming the channel breaks the name.
func channelNameWarning(ch string) string {
	if ch == "" || channelIDRe.MatchString(ch) {
		return ""
	}
	return "DIGEST_CHANNEL looks like a name, not a channel id (C0123ABCD: channel details → About, at the bottom); use the id"
}

// Defaults.
const (
	DefaultDigestSchedule = "0 7 * * *"
	DefaultFeedSchedule   = "*/15 * * * *"
)

// Config is everything Run needs from the environment. Tokens are secrets:
// Config's String and LogValue redact them.
type Config struct {
	BotToken       string // SLACK_BOT_TOKEN, xoxb-
	AppToken       string // SLACK_APP_TOKEN, xapp-
	APIURL         string // SLACK_API_URL; "" for Slack itself
	Admins         []string
	IngestUsers    []string
	IngestChannels []string
	DigestChannel  string         // "" disables the scheduled digest
	DigestSchedule string         // cron spec in Location; "" means DefaultDigestSchedule
	Location       *time.Location // newsroom zone (NEWSBOT_TZ); nil means UTC
	FeedSchedule   string         // cron spec for feed polling; "" means DefaultFeedSchedule
	Feeds          []string
	HTTPAddr       string // NEWSBOT_HTTP_ADDR: /healthz and /metrics; "" disables

	// Tuning; zero values get defaults.
	Workers         int           // concurrent replies (8)
	QueueSize       int           // requests waiting for a worker (1024)
	PostInterval    time.Duration // pace of posts per channel (1s)
	PingInterval    time.Duration // reconnect when Slack sends no ping for this long (30s)
	ShutdownTimeout time.Duration // time to finish replies in flight on shutdown (10s)
	// AnswerTimeout bounds finding an answer (a query, a fetch, an LLM
	// call), leaving the rest of a request's two minutes to post it (90s).
	AnswerTimeout time.Duration
}

// String redacts the tokens so a Config can be printed or logged.
func (c Config) String() string {
	return fmt.Sprintf("bot.Config{BotToken:%s AppToken:%s APIURL:%q Admins:%d IngestUsers:%d DigestChannel:%q DigestSchedule:%q FeedSchedule:%q Feeds:%d HTTPAddr:%q}",
		redact(c.BotToken), redact(c.AppToken), c.APIURL, len(c.Admins), len(c.IngestUsers), c.DigestChannel, c.DigestSchedule, c.FeedSchedule, len(c.Feeds), c.HTTPAddr)
}

// GoString redacts as String does, for %#v.
func (c Config) GoString() string { return c.String() }

// LogValue redacts the tokens in slog output.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }

func redact(tok string) string {
	if tok == "" {
		return `""`
	}
	if i := strings.IndexByte(tok, '-'); i > 0 && i <= 5 {
		return tok[:i+1] + "REDACTED"
	}
	return "REDACTED"
}

// Validate checks the tokens' kinds and the schedules without revealing the
// token values.
func (c Config) Validate() error {
	var errs []error
	if c.BotToken == "" {
		errs = append(errs, errors.New("SLACK_BOT_TOKEN is not set"))
	} else if !strings.HasPrefix(c.BotToken, "xoxb-") {
		errs = append(errs, errors.New("SLACK_BOT_TOKEN must be a bot token (xoxb-…)"))
	}
	if c.AppToken == "" {
		errs = append(errs, errors.New("SLACK_APP_TOKEN is not set"))
	} else if !strings.HasPrefix(c.AppToken, "xapp-") {
		errs = append(errs, errors.New("SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write"))
	}
	if _, err := cronParser.Parse(c.digestSchedule()); err != nil {
		errs = append(errs, fmt.Errorf("DIGEST_SCHEDULE %q: %w", c.digestSchedule(), err))
	}
	if _, err := cronParser.Parse(c.feedSchedule()); err != nil {
		errs = append(errs, fmt.Errorf("FEED_SCHEDULE %q: %w", c.feedSchedule(), err))
	}
	return errors.Join(errs...)
}

func (c Config) digestSchedule() string {
	if c.DigestSchedule == "" {
		return DefaultDigestSchedule
	}
	return c.DigestSchedule
}

func (c Config) feedSchedule() string {
	if c.FeedSchedule == "" {
		return DefaultFeedSchedule
	}
	return c.FeedSchedule
}

func (c Config) withDefaults() Config {
	if c.Location == nil {
		c.Location = time.UTC
	}
	if c.Workers <= 0 {
		c.Workers = 8
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 1024
	}
	if c.PostInterval <= 0 {
		c.PostInterval = time.Second
	}
	if c.PingInterval <= 0 {
		c.PingInterval = 30 * time.Second
	}
	if c.AnswerTimeout <= 0 || c.AnswerTimeout > requestTimeout-10*time.Second {
		c.AnswerTimeout = 90 * time.Second
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 10 * time.Second
	}
	if c.APIURL != "" && !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/" // slack-go appends method names directly
	}
	return c
}

// Deps are the bot's collaborators; tests pass function-field fakes.
type Deps struct {
	Answers Answerer          // required; *summaries.Service
	Issues  IssueEditor       // nil disables issue edits
	Slots   newsbot.SlotStore // required: event dedupe and digest claims
	Ingest  Ingester          // nil disables /ingest and URL mentions
	// PollFeeds fetches and stores new feed items; nil disables polling.
	PollFeeds func(ctx context.Context, feeds []string) error
	// Ping reports whether the database answers, for /healthz; nil means ok.
	Ping       func(ctx context.Context) error
	Logger     *slog.Logger     // nil means slog.Default()
	Now        func() time.Time // nil means time.Now
	HTTPClient *http.Client     // Slack Web API and response_url; nil means a client with a 30s timeout
	// Ready, when set, is called once the HTTP endpoint listens (with its
	// address) so tests can find a ":0" port.
	Ready func(httpAddr string)
}
