package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"
)

// withService opens the configured database and hands a summaries service
// over it to fn, closing the database afterwards.
func withService(ctx context.Context, e env, fn func(*summaries.Service, config) error) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DBPath)
	if err != nil {
		return fmt.Errorf("NEWSBOT_DB: %w", err)
	}
	svc := &summaries.Service{Store: st, Location: cfg.Location}
	if err := fn(svc, cfg); err != nil {
		st.Close()
		return err
	}
	if err := st.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// consoleCommand answers one line exactly as the console (and so Slack)
// would, rendered for the terminal.
func consoleCommand(ctx context.Context, e env, line string) error {
	return consoleCommandAt(ctx, e, line, "")
}

// consoleCommandAt is consoleCommand with the clock set to noon of date
// (YYYY-MM-DD in NEWSBOT_TZ) when date is not empty, so an archive can be
// asked about as of its own week ("is X still going to Y?", "on Friday").
func consoleCommandAt(ctx context.Context, e env, line, date string) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	now := time.Now
	var until time.Time
	if date != "" {
		d, err := time.ParseInLocation(time.DateOnly, date, cfg.Location)
		if err != nil {
			return fmt.Errorf("--date: %q is not YYYY-MM-DD", date)
		}
		now = func() time.Time { return d.Add(12 * time.Hour) }
		until = d.AddDate(0, 0, 1)
	}
	a, err := openApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.Close()
	a.answers.Now = now
	if !until.IsZero() {
		// As of that day: only what was published on or before it.
		a.answers.Store = summaries.PublishedBefore(a.store, until)
	}
	var out bytes.Buffer
	err = bot.ConsoleLine(ctx, line, &out, a.handler(now))
	_, refused := errors.AsType[*bot.RefusedError](err)
	if (err == nil || refused) && bytes.HasPrefix(out.Bytes(), []byte("Usage:")) {
		// "bot whosaid ''": the command's usage, on stderr, exit 2.
		fmt.Fprint(e.stderr, out.String())
		return errUsageShown
	}
	if re, ok := errors.AsType[*bot.RefusedError](err); ok {
		// Not done ("bot issues close 999"): a message on stderr and a
		// non-zero exit, as a script needs; nothing on stdout.
		return fmt.Errorf("%s: %s", strings.TrimPrefix(line, "/"), re.Reason)
	}
	if _, werr := out.WriteTo(e.stdout); werr != nil {
		return fmt.Errorf("write answer: %w", werr)
	}
	return err
}

func cmdWhoSaid(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "whosaid", `[--page N] NAME | "PHRASE" | NAME about TOPIC`)
	page := fs.Int("page", 1, "page `N` of the results")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		fs.Usage()
		return errUsageShown
	}
	line := "/whosaid " + strings.Join(rest, " ")
	if *page > 1 {
		line += fmt.Sprintf(" page %d", *page)
	}
	return consoleCommand(ctx, e, line)
}

func cmdItinerary(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "itinerary", "[NAME]")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	return consoleCommand(ctx, e, "/itinerary "+strings.Join(rest, " "))
}

func cmdIssues(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "issues", "[open|closed|all] | close ID | reopen ID | rename ID TITLE | merge INTO FROM")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		switch strings.ToLower(rest[0]) {
		case "open", "closed", "all", "close", "reopen", "rename", "merge":
		default:
			// The console answers with its usage; a script needs the exit code.
			fs.Usage()
			return errUsageShown
		}
	}
	// The terminal user holds the database file: an editor, like the console.
	return consoleCommand(ctx, e, "/issues "+strings.Join(rest, " "))
}

func cmdAsk(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "ask", `[--date YYYY-MM-DD] "QUESTION"`)
	date := fs.String("date", "", "answer as of `YYYY-MM-DD` in NEWSBOT_TZ, from articles published on or before it (default now, everything)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if strings.TrimSpace(strings.Join(rest, " ")) == "" {
		fs.Usage()
		return errUsageShown
	}
	return consoleCommandAt(ctx, e, "@newsbot "+strings.Join(rest, " "), *date)
}

func cmdDigest(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "digest", "[--date YYYY-MM-DD] [--post]")
	date := fs.String("date", "", "the digest's day `YYYY-MM-DD` (default today in NEWSBOT_TZ)")
	post := fs.Bool("post", false, "post it to DIGEST_CHANNEL now (needs Slack tokens)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	return withService(ctx, e, func(s *summaries.Service, cfg config) error {
		day := time.Now().In(cfg.Location)
		if *date != "" {
			d, err := time.ParseInLocation(time.DateOnly, *date, cfg.Location)
			if err != nil {
				return fmt.Errorf("--date: %q is not YYYY-MM-DD", *date)
			}
			day = d
			s.Now = func() time.Time { return d.Add(12 * time.Hour) }
		}
		if *post {
			return postDigest(ctx, e.stdout, cfg, s, day)
		}
		d, err := s.Digest(ctx, day)
		if err != nil {
			return fmt.Errorf("digest: %w", err)
		}
		fmt.Fprint(e.stdout, summaries.RenderDigestText(d))
		return nil
	})
}

// postDigest posts the digest to DIGEST_CHANNEL now, claiming the slot the
// scheduler would use that day, so a manual post and the scheduled one never
// both go out.
func postDigest(ctx context.Context, w io.Writer, cfg config, s *summaries.Service, day time.Time) error {
	if !cfg.hasSlack() || cfg.DigestChannel == "" {
		return fmt.Errorf("digest --post needs SLACK_BOT_TOKEN, SLACK_APP_TOKEN and DIGEST_CHANNEL")
	}
	sched, err := cron.ParseStandard(cfg.DigestSchedule)
	if err != nil {
		return fmt.Errorf("DIGEST_SCHEDULE: %w", err)
	}
	y, m, d := day.In(cfg.Location).Date()
	slot := sched.Next(time.Date(y, m, d, 0, 0, 0, 0, cfg.Location).Add(-time.Second))
	posted, err := bot.PostDigest(ctx, botConfig(cfg), bot.Deps{Answers: s, Slots: s.Store}, slot)
	if err != nil {
		return fmt.Errorf("digest --post: %w", err)
	}
	if !posted {
		fmt.Fprintln(w, "the digest for this slot was already posted")
		return nil
	}
	fmt.Fprintf(w, "digest posted to %s\n", cfg.DigestChannel)
	return nil
}
