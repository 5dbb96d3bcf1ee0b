package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReplicateCommand(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "articles.jsonl")
	out := filepath.Join(t.TempDir(), "archive.jsonl")
	var stdout, stderr bytes.Buffer
	noEnv := func(string) string { return "" }
	if err := run([]string{"-corpus", corpus, "-copies", "2", "-out", out}, noEnv, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 12 || !strings.Contains(lines[11], `"id":"wire-energy-006-c0001"`) {
		t.Errorf("%d lines, last %.80s: want 12, ending with copy 1 of the sixth story", len(lines), lines[len(lines)-1])
	}
	if !strings.Contains(stderr.String(), "wrote 12 articles") {
		t.Errorf("stderr %q", stderr.String())
	}
	stdout.Reset()
	if err := run([]string{"-corpus", corpus, "-articles", "4"}, noEnv, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(stdout.String(), "\n"); n != 4 {
		t.Errorf("-articles 4 to stdout wrote %d lines", n)
	}
	if err := run([]string{"-corpus", corpus, "-copies", "0"}, noEnv, &stdout, &stderr); err == nil {
		t.Error("-copies 0 did not fail")
	}
}
