package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// An editor command that cannot be carried out ("bot issues close 999",
// no such issue) printed a polite line and exited 0, so a script went on
// as if the issue were closed. It must say why on stderr (the error main
// prints) and exit non-zero; an edit that is done, or already holds
// ("already closed"), exits 0.
func TestIssueEditsThatFailExitNonZero(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if out, _, err := runBot(t, nil, "", "demo", "--db", db); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	env := map[string]string{"NEWSBOT_DB": db, "NEWSBOT_TZ": "UTC"}
	for _, tc := range []struct {
		args []string
		want string // in the error; "" means success
	}{
		{[]string{"issues", "close", "999"}, "no issue #999"},
		{[]string{"issues", "reopen", "999"}, "no issue #999"},
		{[]string{"issues", "rename", "999", "New", "title"}, "no issue #999"},
		{[]string{"issues", "merge", "1", "999"}, "no issue #999"},
		{[]string{"issues", "merge", "999", "1"}, "no issue #999"},
		{[]string{"issues", "merge", "1", "1"}, "cannot be merged into itself"},
		{[]string{"issues", "close", "abc"}, "Usage"},
		{[]string{"issues", "close"}, "Usage"},
		{[]string{"issues", "close", "1", "2"}, "Usage"},
		{[]string{"issues", "rename", "1"}, "Usage"},
		{[]string{"issues", "close", "1"}, ""},
		{[]string{"issues", "close", "1"}, ""}, // already closed: the state asked for holds
		{[]string{"issues", "reopen", "1"}, ""},
	} {
		out, stderr, err := runBot(t, env, "", tc.args...)
		name := strings.Join(tc.args, " ")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want success", name, err)
		case tc.want != "" && err == nil:
			t.Errorf("%s: exit 0, want an error saying %q; stdout:\n%s", name, tc.want, out)
		case tc.want == "Usage" && (exitCode(err) != 2 || !strings.Contains(stderr, "Usage")):
			t.Errorf("%s: err %v, stderr %q; want the usage on stderr, exit 2", name, err, stderr)
		case tc.want != "Usage" && tc.want != "" && !strings.Contains(err.Error(), tc.want):
			t.Errorf("%s: error %q, want it to say %q", name, err, tc.want)
		case tc.want != "" && out != "":
			t.Errorf("%s: failed but printed to stdout:\n%s", name, out)
		}
	}
}

// `bot ask ""` and `bot whosaid ""` printed a hint or the usage on stdout
// and exited 0: an empty query is a usage error (exit 2, usage on stderr).
func TestEmptyQueriesAreUsageErrors(t *testing.T) {
	env := testEnv(t)
	for _, args := range [][]string{{"ask", ""}, {"ask", "  "}, {"whosaid", ""}, {"whosaid", "'"}, {"whosaid", `""`}} {
		out, stderr, err := runBot(t, env, "", args...)
		if exitCode(err) != 2 || err == nil || out != "" || !strings.Contains(stderr, "Usage") {
			t.Errorf("bot %q: err %v, stdout %q, stderr %q; want the usage on stderr, exit 2", args, err, out, stderr)
		}
	}
}
