// Command bot is the newsroom bot: a Slack bot (Socket Mode) and a CLI over
// the same store and answers. main stays thin: everything happens in run.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	tuneGC(os.Args[1:], os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsageShown) {
			fmt.Fprintln(os.Stderr, "bot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// batchGCPercent trades memory for speed in the batch commands: extraction
// allocates short-lived garbage at a steady rate and its live heap is small, so
// collecting a fifth as often cut CPU per article by ~8% (BENCHMARKS.md).
// The memory limit keeps a large import from growing unbounded.
const (
	batchGCPercent  = 400
	batchMemLimitMB = 1024
)

// tuneGC applies the batch GC setting to ingest and extract unless the user
// set GOGC or GOMEMLIMIT themselves. It lives in main because it changes the
// whole process.
func tuneGC(args []string, getenv func(string) string) {
	if len(args) == 0 || (args[0] != "ingest" && args[0] != "extract") {
		return
	}
	if getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(batchMemLimitMB << 20)
	}
}

// errUsageShown means the usage was already printed: exit 2, say nothing more.
var errUsageShown = errors.New("usage")

// errHelpShown means -h printed the usage the user asked for: exit 0, as
// `bot help` does.
var errHelpShown = errors.New("help")

func exitCode(err error) int {
	if errors.Is(err, errUsageShown) {
		return 2
	}
	if _, ok := errors.AsType[*partialError](err); ok {
		return exitPartial
	}
	return 1
}

// env is what every command gets: its streams and the environment.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "run the Slack bot (the default; needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN)", cmdServe},
		{"demo", "load a bundled sample into a fresh database and open the console", cmdDemo},
		{"console", "type slash commands and @newsbot questions, see what Slack would show", cmdConsole},
		{"ingest", "store articles from files, folders, URLs, feeds or JSON lines", cmdIngest},
		{"extract", "print what extraction reads out of one article (no database)", cmdExtract},
		{"whosaid", "list a person's quotes, or who said a phrase", cmdWhoSaid},
		{"itinerary", "list trip legs, for everyone or one traveler", cmdItinerary},
		{"issues", "list open (or closed, or all) issues", cmdIssues},
		{"ask", "answer a question from the stored articles", cmdAsk},
		{"digest", "print (or --post) the daily digest", cmdDigest},
		{"eval", "score extraction on ../shared: quotes, dates, trips, issues, html", cmdEval},
		{"backup", "write a consistent copy of the database while it serves", cmdBackup},
		{"restore", "replace the database with a backup (bot must be stopped)", cmdRestore},
		{"help", "list commands; `bot CMD -h` for a command's flags", nil},
	}
}

// run is the whole program; tests call it with their own streams and env.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	getenv, err := withDotEnv(getenv)
	if err != nil {
		return err
	}
	e := env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	name := "serve"
	if len(args) > 0 {
		name, args = args[0], args[1:]
	} else if getenv("SLACK_BOT_TOKEN") == "" || getenv("SLACK_APP_TOKEN") == "" {
		// A bare `bot` with no Slack tokens is someone trying it out: show
		// the demo rather than stop at a configuration message.
		fmt.Fprintln(stderr, "No Slack tokens (SLACK_BOT_TOKEN, SLACK_APP_TOKEN): running the demo; `bot help` lists every command.")
		name = "demo"
	}
	switch name {
	case "help", "-h", "--help", "-help":
		printHelp(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			if err := c.run(ctx, e, args); !errors.Is(err, errHelpShown) {
				return err
			}
			return nil // help asked for and given
		}
	}
	fmt.Fprintf(stderr, "bot: unknown command %q\n\n", name)
	printHelp(stderr)
	return errUsageShown
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "newsbot: who said what, who travels where, and what is still open, from your newsroom's articles.")
	fmt.Fprintln(w, "\nUsage: bot [command] [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nConfiguration comes from the environment or a .env file: see .env.example.")
}
