package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/bench"
)

func TestQueryBenchOnSmallDatabase(t *testing.T) {
	ctx := context.Background()
	c, err := bench.LoadCorpus(filepath.Join("..", "..", "testdata", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := bench.BuildStore(ctx, t.TempDir(), c.Articles, 2*len(c.Articles))
	if err != nil {
		t.Fatal(err)
	}
	path := st.Path()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"-db", path, "-runs", "3", "-samples", "3", "-slash", "2"}, &out, &errb); err != nil {
		t.Fatalf("querybench: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"rows       12 articles", "store.Open", "WhoSaid NAME (answer)", "Digest (answer)",
		"slash      /whosaid NAME", "VmHWM", "EXPLAIN QUERY PLAN", "QuotesBy (whosaid first page)", "hot queries have"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// -only, -cpuprofile and -render on the same small database: only the
// matching operation is timed, a profile is written, and two renders of the
// same database are the same bytes and hold each sample's digest and answers.
func TestQueryBenchFlags(t *testing.T) {
	ctx := context.Background()
	c, err := bench.LoadCorpus(filepath.Join("..", "..", "testdata", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := bench.BuildStore(ctx, t.TempDir(), c.Articles, len(c.Articles))
	if err != nil {
		t.Fatal(err)
	}
	path := st.Path()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	prof := filepath.Join(dir, "cpu.prof")
	var out, errb bytes.Buffer
	args := []string{"-db", path, "-runs", "3", "-samples", "3", "-slash", "0", "-explain=false", "-only", "^Digest", "-cpuprofile", prof}
	if err := run(ctx, args, &out, &errb); err != nil {
		t.Fatalf("querybench: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "Digest (answer)") || strings.Contains(out.String(), "\nWhoSaid") {
		t.Errorf("-only ^Digest timed other operations or not the digest:\n%s", out.String())
	}
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("no CPU profile written: %v", err)
	}
	if err := run(ctx, []string{"-db", path, "-only", "("}, &out, &errb); err == nil {
		t.Error("a bad -only pattern was accepted")
	}
	var renders [2][]byte
	for i := range renders {
		file := filepath.Join(dir, fmt.Sprintf("render%d.txt", i))
		if err := run(ctx, []string{"-db", path, "-samples", "3", "-render", file}, &out, &errb); err != nil {
			t.Fatalf("querybench -render: %v\n%s", err, errb.String())
		}
		if renders[i], err = os.ReadFile(file); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(renders[0], renders[1]) {
		t.Error("two renders of one database differ")
	}
	for _, want := range []string{"===== digest ", "===== whosaid ", `"Lead":`} {
		if !bytes.Contains(renders[0], []byte(want)) {
			t.Errorf("render lacks %q:\n%s", want, renders[0])
		}
	}
}

func TestQueryBenchNeedsADatabase(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), nil, &out, &errb); err == nil {
		t.Error("no -db: no error")
	}
	if err := run(context.Background(), []string{"-db", filepath.Join(t.TempDir(), "absent.db")}, &out, &errb); err == nil {
		t.Error("a missing database was accepted (store.Open would have created it)")
	}
}
