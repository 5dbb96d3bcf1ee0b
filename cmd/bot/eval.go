package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsroom/newsbot/eval"
)

const evalUsage = `quotes|dates|trips|issues|html|all [PATH]

Scores extraction against the evaluation data in ../shared (not part of the
repository). PATH defaults to the usual file under ../shared:
  quotes  ../shared/eval/polnear/dev.jsonl, then eval/gold and eval/seed-gold.json
  dates   ../shared/eval/timex/te3_platinum.jsonl
  trips   ../shared/eval/seed-gold.json and ../shared/eval/gold
  issues  ../shared/eval/seed-gold.json and ../shared/eval/gold
  html    ../shared/corpus/html
  all     every one of them; PATH is the shared folder`

type evalFunc func(ctx context.Context, path string, w io.Writer) error

func cmdEval(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "eval", evalUsage)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 || len(rest) > 2 {
		fs.Usage()
		return errUsageShown
	}
	shared := "../shared"
	if rest[0] == "all" && len(rest) == 2 {
		shared = rest[1]
	}
	suites := map[string][]struct {
		fn   evalFunc
		path string
	}{
		"quotes": {{eval.Quotes, "eval/polnear/dev.jsonl"}, {eval.Quotes, "eval/gold"}, {eval.Quotes, "eval/seed-gold.json"}},
		"dates":  {{eval.Dates, "eval/timex/te3_platinum.jsonl"}},
		"trips":  {{eval.Trips, "eval/seed-gold.json"}, {eval.Trips, "eval/gold"}},
		"issues": {{eval.Issues, "eval/seed-gold.json"}, {eval.Issues, "eval/gold"}},
		"html":   {{eval.HTML, "corpus/html"}},
	}
	names := []string{rest[0]}
	if rest[0] == "all" {
		names = []string{"quotes", "dates", "trips", "issues", "html"}
	} else if _, ok := suites[rest[0]]; !ok {
		fs.Usage()
		return errUsageShown
	}
	for _, name := range names {
		for _, s := range suites[name] {
			path := filepath.Join(shared, s.path)
			if rest[0] != "all" && len(rest) == 2 {
				path = rest[1]
			}
			if _, err := os.Stat(path); err != nil {
				fmt.Fprintf(e.stdout, "eval %s: skipped, %s is absent (the evaluation data lives in ../shared, outside the repository)\n", name, path)
				continue
			}
			fmt.Fprintf(e.stdout, "== eval %s %s\n", name, path)
			if err := s.fn(ctx, path, e.stdout); err != nil {
				return fmt.Errorf("eval %s %s: %w", name, path, err)
			}
			if rest[0] != "all" && len(rest) == 2 {
				break
			}
		}
	}
	return nil
}
