package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/bench"
)

func TestFillGrowsADatabase(t *testing.T) {
	ctx := context.Background()
	corpus := filepath.Join("..", "..", "testdata", "articles.jsonl")
	db := filepath.Join(t.TempDir(), "fill.db")
	noEnv := func(string) string { return "" }
	var out, errb bytes.Buffer
	if err := run(ctx, []string{"-corpus", corpus, "-db", db, "-articles", "12", "-batch", "5"}, noEnv, &out, &errb); err != nil {
		t.Fatalf("fill: %v\n%s", err, errb.String())
	}
	if err := run(ctx, []string{"-corpus", corpus, "-db", db, "-from", "12", "-articles", "18"}, noEnv, &out, &errb); err != nil {
		t.Fatalf("fill -from: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "done: 6 lines") {
		t.Errorf("output:\n%s", out.String())
	}
	ro, err := bench.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	c, err := bench.Count(ctx, ro)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 18 || c.Quotes == 0 {
		t.Errorf("counts %+v: want 18 articles with quotes", c)
	}
}
