package main

import (
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/joho/godotenv"
	"github.com/robfig/cron/v3"

	"github.com/newsroom/newsbot/summaries"
)

// config is everything the bot reads from its environment. Secrets live here
// and nowhere else; LogValue keeps them out of logs.
type config struct {
	BotToken       string
	AppToken       string
	APIURL         string
	DBPath         string
	Location       *time.Location
	DigestChannel  string
	DigestSchedule string
	Feeds          []string
	FeedSchedule   string
	Admins         []string
	IngestUsers    []string
	IngestChannels []string
	// AllowPrivate lets pasted links, /ingest and FEEDS reach private,
	// loopback and link-local addresses (an intranet CMS). Off by default:
	// anyone allowed to ingest could otherwise probe the internal network.
	AllowPrivate bool
	HTTPAddr     string
	LogLevel     slog.Level
	LLMURL       string
	LLMKey       string
	LLMModel     string
}

// envFile is read when present; real environment variables win over it.
const envFile = ".env"

// withDotEnv returns a getenv that falls back to the values of .env. It reads
// the file once; a missing file is fine, a malformed one is an error.
func withDotEnv(getenv func(string) string) (func(string) string, error) {
	vals, err := godotenv.Read(envFile)
	if err != nil {
		if os.IsNotExist(err) {
			return getenv, nil
		}
		return nil, fmt.Errorf("read %s: %w", envFile, err)
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vals[k]
	}, nil
}

// loadConfig validates every variable; a bad value names the variable.
func loadConfig(getenv func(string) string) (config, error) {
	c := config{
		BotToken:       strings.TrimSpace(getenv("SLACK_BOT_TOKEN")),
		AppToken:       strings.TrimSpace(getenv("SLACK_APP_TOKEN")),
		APIURL:         orDefault(getenv("SLACK_API_URL"), "https://slack.com/api/"),
		DBPath:         orDefault(getenv("NEWSBOT_DB"), "newsbot.db"),
		DigestChannel:  strings.TrimSpace(getenv("DIGEST_CHANNEL")),
		DigestSchedule: orDefault(getenv("DIGEST_SCHEDULE"), "0 7 * * *"),
		Feeds:          list(getenv("FEEDS")),
		FeedSchedule:   orDefault(getenv("FEED_SCHEDULE"), "*/15 * * * *"),
		Admins:         list(getenv("NEWSBOT_ADMINS")),
		IngestUsers:    list(getenv("NEWSBOT_INGEST_USERS")),
		IngestChannels: list(getenv("NEWSBOT_INGEST_CHANNELS")),
		HTTPAddr:       strings.TrimSpace(getenv("NEWSBOT_HTTP_ADDR")),
		LLMURL:         strings.TrimSpace(getenv("LLM_API_URL")),
		LLMKey:         strings.TrimSpace(getenv("LLM_API_KEY")),
		LLMModel:       orDefault(getenv("LLM_MODEL"), summaries.DefaultLLMModel),
	}
	if c.BotToken != "" && !strings.HasPrefix(c.BotToken, "xoxb-") {
		return c, fmt.Errorf("SLACK_BOT_TOKEN: want a bot token starting with xoxb-")
	}
	if c.AppToken != "" && !strings.HasPrefix(c.AppToken, "xapp-") {
		return c, fmt.Errorf("SLACK_APP_TOKEN: want an app-level token starting with xapp-")
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("SLACK_API_URL: %q is not an http(s) URL", c.APIURL)
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/" // slack-go joins method names onto it
	}
	loc, err := time.LoadLocation(orDefault(getenv("NEWSBOT_TZ"), "UTC"))
	if err != nil {
		return c, fmt.Errorf("NEWSBOT_TZ: %w", err)
	}
	c.Location = loc
	parser := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	if _, err := parser.Parse(c.DigestSchedule); err != nil {
		return c, fmt.Errorf("DIGEST_SCHEDULE: %w", err)
	}
	if _, err := parser.Parse(c.FeedSchedule); err != nil {
		return c, fmt.Errorf("FEED_SCHEDULE: %w", err)
	}
	for _, f := range c.Feeds {
		if u, err := url.Parse(f); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return c, fmt.Errorf("FEEDS: %q is not an http(s) URL", f)
		}
	}
	switch v := strings.ToLower(strings.TrimSpace(getenv("NEWSBOT_ALLOW_PRIVATE_URLS"))); v {
	case "", "0", "false", "no", "off":
	case "1", "true", "yes", "on":
		c.AllowPrivate = true
	default:
		return c, fmt.Errorf("NEWSBOT_ALLOW_PRIVATE_URLS: %q is not true or false", v)
	}
	if lvl := getenv("LOG_LEVEL"); lvl != "" {
		if err := c.LogLevel.UnmarshalText([]byte(lvl)); err != nil {
			return c, fmt.Errorf("LOG_LEVEL: %w", err)
		}
	}
	if (c.LLMURL == "") != (c.LLMKey == "") {
		return c, fmt.Errorf("LLM_API_URL and LLM_API_KEY: set both or neither")
	}
	return c, nil
}

// hasSlack reports whether both tokens are present.
func (c config) hasSlack() bool { return c.BotToken != "" && c.AppToken != "" }

// LogValue lets the config be logged without its secrets.
func (c config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("db", c.DBPath),
		slog.String("api_url", c.APIURL),
		slog.String("tz", c.Location.String()),
		slog.String("digest_channel", c.DigestChannel),
		slog.String("digest_schedule", c.DigestSchedule),
		slog.Int("feeds", len(c.Feeds)),
		slog.Bool("slack_tokens", c.hasSlack()),
		slog.Bool("llm", c.LLMURL != ""),
		slog.Bool("allow_private_urls", c.AllowPrivate),
	)
}

func orDefault(v, def string) string {
	if v = strings.TrimSpace(v); v != "" {
		return v
	}
	return def
}

func list(v string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}
