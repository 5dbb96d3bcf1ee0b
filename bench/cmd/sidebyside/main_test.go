package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestSideBySideOurSide(t *testing.T) {
	corpus, err := filepath.Abs(filepath.Join("..", "..", "testdata", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	noEnv := func(string) string { return "" }
	if err := run(context.Background(), []string{"-corpus", corpus, "-no-node", "-runs", "2", "-every", "2", "-procs", "0"}, noEnv, &out, &errb); err != nil {
		t.Fatalf("sidebyside: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"6 articles", "ours people+quotes (1/2)", "ours timex", "ours full extract.Article"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "ratio") {
		t.Errorf("ratios printed without the node side:\n%s", out.String())
	}
}

func TestSideBySideSkipsWithoutShared(t *testing.T) {
	var out, errb bytes.Buffer
	env := func(k string) string {
		if k == "NEWSBOT_SHARED" {
			return filepath.Join(t.TempDir(), "absent")
		}
		return ""
	}
	if err := run(context.Background(), []string{"-no-node", "-procs", "0"}, env, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "skipping") {
		t.Errorf("output %q: want a skip message", out.String())
	}
}
