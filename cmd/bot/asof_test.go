package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// `bot ask --date DAY` answers as of that day: it read and cited articles
// published after it (the sample's stories of 3 and 4 March asked about
// on 2 March). Only articles published on or before the day count.
func TestAskAsOfDateReadsOnlyEarlierArticles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if out, _, err := runBot(t, nil, "", "demo", "--db", db); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	env := map[string]string{"NEWSBOT_DB": db, "NEWSBOT_TZ": "UTC"}
	later := []string{"2026/03/03", "2026/03/04", "Tue 3 Mar", "Wed 4 Mar", "Tokyo", "Bakker is", "dock"}
	for _, q := range []string{
		"when is Marsh in Seoul?",
		"what did Marsh say?",
		"what is still open?",
		"who is Jan Bakker?",
		"where is Marsh going?",
		"is Marsh still going to Seoul?",
		`who said "tens of millions"?`,
		"what happened in Rotterdam?",
	} {
		out, _, err := runBot(t, env, "", "ask", "--date", "2026-03-02", q)
		if err != nil {
			t.Fatalf("ask %q: %v", q, err)
		}
		for _, bad := range later {
			if strings.Contains(out, bad) {
				t.Errorf("ask --date 2026-03-02 %q cites later coverage (%q):\n%s", q, bad, out)
				break
			}
		}
	}
	out, _, err := runBot(t, env, "", "ask", "--date", "2026-03-02", "what did Marsh say?")
	if err != nil || !strings.Contains(out, "2 quotes") {
		t.Errorf("as of 2 March Marsh had said 2 things on the record: %v\n%s", err, out)
	}
	// The day itself counts, and later days see the later stories.
	out, _, err = runBot(t, env, "", "ask", "--date", "2026-03-04", "what did Marsh say?")
	if err != nil || !strings.Contains(out, "Wed 4 Mar") || !strings.Contains(out, "5 quotes") {
		t.Errorf("as of 4 March the Tokyo story is known: %v\n%s", err, out)
	}
}
