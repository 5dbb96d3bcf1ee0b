package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/term"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/ingest"
	"github.com/newsroom/newsbot/sample"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"
)

// app is the wired program: one store, the answers over it, and ingest.
type app struct {
	cfg      config
	store    *store.Store
	answers  *summaries.Service
	pipeline *ingest.Pipeline
}

func openApp(ctx context.Context, cfg config) (*app, error) {
	st, err := store.Open(ctx, cfg.DBPath)
	if err != nil {
		return nil, fmt.Errorf("NEWSBOT_DB: %w", err)
	}
	a := &app{
		cfg:      cfg,
		store:    st,
		answers:  &summaries.Service{Store: st, Location: cfg.Location},
		pipeline: &ingest.Pipeline{Store: st, Options: ingest.Options{AllowPrivate: cfg.AllowPrivate}},
	}
	if cfg.LLMURL != "" {
		a.answers.LLM = &summaries.ChatClient{URL: cfg.LLMURL, Key: cfg.LLMKey, Model: cfg.LLMModel}
	}
	return a, nil
}

func (a *app) Close() error { return a.store.Close() }

// handler is the transport-independent bot, as Slack and the console see it.
func (a *app) handler(now func() time.Time) *bot.Handler {
	return &bot.Handler{
		Answers:        a.answers,
		Issues:         a.store,
		Ingest:         a.ingestURL,
		Admins:         a.cfg.Admins,
		IngestUsers:    a.cfg.IngestUsers,
		IngestChannels: a.cfg.IngestChannels,
		Location:       a.cfg.Location,
		Now:            now,
	}
}

// ingestURL stores one article URL for /ingest and pasted links, and says
// what was found in it.
func (a *app) ingestURL(ctx context.Context, url string) (bot.IngestResult, error) {
	var res bot.IngestResult
	var failure error
	p := &ingest.Pipeline{Store: a.store, Options: ingest.Options{AllowPrivate: a.cfg.AllowPrivate}, Progress: func(pr ingest.Progress) {
		if pr.Err != nil {
			failure = pr.Err
			return
		}
		res.Outcome = newsbot.SaveOutcome(pr.Outcome)
		res.Article.ID = pr.ArticleID
	}}
	if _, err := p.RunSources(ctx, ingest.Source{Input: url, Kind: ingest.KindURL}); err != nil {
		return res, fmt.Errorf("ingest %s: %w", url, err)
	}
	if failure != nil {
		return res, failure
	}
	if res.Article.ID == 0 {
		return res, fmt.Errorf("ingest %s: %w: nothing stored", url, newsbot.ErrBadInput)
	}
	art, err := a.store.Article(ctx, res.Article.ID)
	if err != nil {
		return res, fmt.Errorf("read back article %d: %w", res.Article.ID, err)
	}
	res.Article = newsbot.ArticleRef{ID: art.ID, Title: art.Title, URL: art.URL, Outlet: art.Outlet, Published: art.Published}
	x := extract.ArticleWithHeadline("", art.Title, art.Text, art.Published)
	res.Quotes, res.Trips, res.Issues = len(x.Quotes), len(x.Trips), len(x.Issues)
	for _, p := range x.People {
		res.People = append(res.People, p.Name)
	}
	return res, nil
}

func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

func cmdServe(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "serve", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	if !cfg.hasSlack() {
		fmt.Fprintln(e.stdout, "No Slack tokens: set SLACK_BOT_TOKEN (xoxb-...) and SLACK_APP_TOKEN (xapp-...) in the environment or .env")
		fmt.Fprintln(e.stdout, "(README: \"Setting up the Slack app\"). Meanwhile, `bot console` answers the same commands in this terminal,")
		fmt.Fprintln(e.stdout, "and `bot demo` tries them on a bundled sample.")
		return nil
	}
	log := newLogger(e.stderr, cfg.LogLevel)
	a, err := openApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.Close()
	a.answers.Logger = log
	log.Info("starting", "config", cfg)
	deps := bot.Deps{
		Answers: a.answers,
		Issues:  a.store,
		Slots:   a.store,
		Ingest:  a.ingestURL,
		Logger:  log,
		Ping:    a.store.Ping,
		PollFeeds: func(ctx context.Context, feeds []string) error {
			sum, err := a.pipeline.PollFeeds(ctx, feeds)
			if err != nil {
				return err
			}
			log.Info("feeds polled", "summary", sum.String())
			return nil
		},
	}
	if err := bot.Run(ctx, botConfig(cfg), deps); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func botConfig(cfg config) bot.Config {
	return bot.Config{
		BotToken: cfg.BotToken, AppToken: cfg.AppToken, APIURL: cfg.APIURL,
		Admins: cfg.Admins, IngestUsers: cfg.IngestUsers, IngestChannels: cfg.IngestChannels,
		DigestChannel: cfg.DigestChannel, DigestSchedule: cfg.DigestSchedule,
		Location: cfg.Location, FeedSchedule: cfg.FeedSchedule, Feeds: cfg.Feeds, HTTPAddr: cfg.HTTPAddr,
	}
}

func cmdConsole(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "console", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.Close()
	return bot.Console(ctx, e.stdin, e.stdout, a.handler(time.Now))
}

// demoTour is what the demo shows when nobody is at the keyboard.
var demoTour = []string{
	"/whosaid Marsh",
	`/whosaid "six months late"`,
	"/itinerary",
	"/issues",
	"@newsbot when is Marsh in Seoul?",
	"@newsbot who is Jan Bakker?",
	"/digest",
}

func cmdDemo(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "demo", "[--db PATH]")
	dbPath := fs.String("db", "", "keep the demo database at `PATH` (default: a temporary file, removed on exit)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	cfg.Location = time.UTC
	if *dbPath == "" {
		dir, err := os.MkdirTemp("", "newsbot-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		*dbPath = filepath.Join(dir, "demo.db")
	}
	cfg.DBPath = *dbPath
	cfg.Admins = append(cfg.Admins, "console")
	a, err := openApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.Close()
	n, err := loadSample(ctx, a.store)
	if err != nil {
		return err
	}
	a.answers.Now = sample.Today
	h := a.handler(sample.Today)
	fmt.Fprintf(e.stdout, "newsbot demo: %d sample articles loaded into %s; the clock reads %s.\n\n",
		n, cfg.DBPath, sample.Today().Format("Monday 2 January 2006"))
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintln(e.stdout, "Try: "+strings.Join(demoTour[:5], "   "))
		return bot.Console(ctx, e.stdin, e.stdout, h)
	}
	for _, line := range demoTour {
		fmt.Fprintf(e.stdout, "%s%s\n", bot.ConsolePrompt, line)
		if err := bot.ConsoleLine(ctx, line, e.stdout, h); err != nil {
			return fmt.Errorf("demo %q: %w", line, err)
		}
		fmt.Fprintln(e.stdout)
	}
	// Piped lines ("echo '/whosaid Okafor' | bot demo") are answered after
	// the tour, so the console can be tried without a terminal too.
	fmt.Fprintln(e.stdout, "That was the tour. Lines on standard input are answered next; in a terminal you type them yourself.")
	return bot.Console(ctx, e.stdin, e.stdout, h)
}

// loadSample extracts and stores the bundled articles.
func loadSample(ctx context.Context, st *store.Store) (int, error) {
	arts, err := sample.Articles()
	if err != nil {
		return 0, err
	}
	batch := make([]newsbot.Analysed, len(arts))
	for i, art := range arts {
		art.IngestedAt = sample.Today()
		batch[i] = newsbot.Analysed{Article: art, Extraction: extract.ArticleWithHeadline(art.URL, art.Title, art.Text, art.Published)}
	}
	if _, err := st.SaveArticles(ctx, batch); err != nil {
		return 0, fmt.Errorf("store sample: %w", err)
	}
	return len(arts), nil
}

// pathCommand parses a command that takes exactly one path, and the config.
func pathCommand(e env, name, usage string, args []string) (string, config, error) {
	fs := newFlags(e, name, usage)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return "", config{}, err
	}
	if len(rest) != 1 {
		fs.Usage()
		return "", config{}, errUsageShown
	}
	cfg, err := loadConfig(e.getenv)
	return rest[0], cfg, err
}

func cmdBackup(ctx context.Context, e env, args []string) error {
	path, cfg, err := pathCommand(e, "backup", "PATH", args)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DBPath)
	if err != nil {
		return fmt.Errorf("NEWSBOT_DB: %w", err)
	}
	defer st.Close()
	if err := st.Backup(ctx, path); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(e.stdout, "backed up %s to %s\n", cfg.DBPath, path)
	return nil
}

// cmdRestore checks a backup and puts it in place of the database. The bot
// must be stopped: SQLite files cannot be swapped under a running writer.
func cmdRestore(ctx context.Context, e env, args []string) error {
	backup, cfg, err := pathCommand(e, "restore", "BACKUP", args)
	if err != nil {
		return err
	}
	src, err := store.Open(ctx, backup)
	if err != nil {
		return fmt.Errorf("open backup %s: %w", backup, err)
	}
	if err := src.IntegrityCheck(ctx); err != nil {
		src.Close()
		return fmt.Errorf("backup %s is damaged: %w", backup, err)
	}
	tmp := cfg.DBPath + ".restoring"
	os.Remove(tmp)
	err = src.Backup(ctx, tmp)
	src.Close()
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	// The full-text index file travels with the database (a database
	// without its own would rebuild it on the next open: minutes at 1M).
	ftsDB := store.FullTextPath(cfg.DBPath)
	for _, f := range []string{cfg.DBPath + "-wal", cfg.DBPath + "-shm", ftsDB + "-wal", ftsDB + "-shm"} {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("restore: remove %s: %w", f, err)
		}
	}
	if err := os.Rename(store.FullTextPath(tmp), ftsDB); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("restore: %w", err)
	}
	if err := os.Rename(tmp, cfg.DBPath); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	fmt.Fprintf(e.stdout, "restored %s from %s\n", cfg.DBPath, backup)
	return nil
}
