package main

import (
	"bytes"
	"context"
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

func TestQueryBenchNeedsADatabase(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), nil, &out, &errb); err == nil {
		t.Error("no -db: no error")
	}
	if err := run(context.Background(), []string{"-db", filepath.Join(t.TempDir(), "absent.db")}, &out, &errb); err == nil {
		t.Error("a missing database was accepted (store.Open would have created it)")
	}
}
