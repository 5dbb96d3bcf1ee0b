package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `bot ingest` exited 0 when some lines failed, so a cron job could not
// tell a clean run from one that lost articles. The contract: 0 when every
// input was stored or skipped as a duplicate, 3 when some failed and
// others did not, 1 when all failed; the summary line counts the failures.
func TestIngestExitStatus(t *testing.T) {
	env := testEnv(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := `{"id":"a1","title":"Port talks resume","text":"Dock workers and port owners resumed talks in Rotterdam on Monday, the union said.","published":"2026-02-03"}
{"id":"a2","title":"Minister to visit Oslo","text":"The trade minister will visit Oslo on Friday, her office said.","published":"2026-02-03"}
`
	clean := write("clean.jsonl", good)
	mixed := write("mixed.jsonl", good+`{"id":"b1","text":
{"id":"b2","text":"Fishing quotas were cut again.","published":"not a date"}
{"id":"a3","title":"Council backs budget","text":"The city council backed the budget on Tuesday.","published":"2026-02-04"}
`)
	bad := write("bad.jsonl", "{nope\n[1,2]\n")

	for _, tc := range []struct {
		name   string
		file   string
		exit   int
		failed string
	}{
		{"every line new", clean, 0, "failed 0"},
		{"every line a duplicate", clean, 0, "failed 0"},
		{"two lines fail, one new, two duplicates", mixed, exitPartial, "failed 2"},
		{"every line fails", bad, 1, "failed 2"},
	} {
		out, stderr, err := runBot(t, env, "", "ingest", "--jsonl", tc.file)
		if got := exitCode(err); err == nil && tc.exit != 0 || err != nil && got != tc.exit {
			t.Errorf("%s: err %v (exit %d), want exit %d\n%s%s", tc.name, err, got, tc.exit, out, stderr)
		}
		if !strings.Contains(out, tc.failed) {
			t.Errorf("%s: summary %q does not say %q", tc.name, out, tc.failed)
		}
		if tc.exit == exitPartial && (err == nil || !strings.Contains(err.Error(), "2 of 5 inputs failed")) {
			t.Errorf("%s: error %v should say how many of how many failed", tc.name, err)
		}
	}
}
