// Command replicate writes the BBC corpus (../shared/corpus/bbc) replicated
// with new ids as an ingest archive for `bot ingest --jsonl`:
//
//	go run ./bench/cmd/replicate -copies 45 -out /tmp/bbc-100k.jsonl
//	go run ./bench/cmd/replicate -articles 10000 -out /tmp/bbc-10k.jsonl
//
// Copy k of article ID gets the id ID-cKKKK, its own URL, the sentence
// "Archive ref CODE." appended (bench.CopyMarker: CODE spells k in four
// consonants, so the store does not skip it as a duplicate of another copy
// and extraction finds the same in every copy) and a publication day spread
// evenly over 2006-2025 in file order.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsroom/newsbot/bench"
)

func main() {
	if err := run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "replicate:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("replicate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	copies := fs.Int("copies", 1, "copies of the whole corpus")
	articles := fs.Int("articles", 0, "write exactly `N` lines instead (the last copy may be partial)")
	out := fs.String("out", "-", "output `FILE` (- for stdout)")
	corpus := fs.String("corpus", "", "corpus `FILE` (default: the BBC corpus in ../shared)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	path := *corpus
	if path == "" {
		shared, err := bench.SharedDir(getenv, ".")
		if err != nil {
			return err
		}
		path = bench.BBCCorpusPath(shared)
	}
	c, err := bench.LoadCorpus(path)
	if err != nil {
		return err
	}
	n := *copies * len(c.Articles)
	if *articles > 0 {
		n = *articles
	}
	if n <= 0 {
		return fmt.Errorf("nothing to write: -copies %d -articles %d", *copies, *articles)
	}
	w := stdout
	var f *os.File
	if *out != "-" {
		if f, err = os.Create(*out); err != nil {
			return err
		}
		w = f
	}
	st, err := bench.Replicate(w, c.Articles, n)
	if f != nil {
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %d articles (%.1f MB of text, %.1f MB of JSON lines) to %s\n",
		st.Articles, float64(st.TextBytes)/1e6, float64(st.FileBytes)/1e6, *out)
	return nil
}
