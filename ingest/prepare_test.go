package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/store"
)

// saveOnly hides the store's PrepareBatch, so the pipeline takes the plain
// SaveArticles path.
type saveOnly struct{ newsbot.ArticleStore }

// prepArchive is wire-style copy where one dispute runs through several
// stories, with a repeated story (skipped) and a corrected one (updated).
func prepArchive(t *testing.T) string {
	t.Helper()
	stories := []struct{ url, text string }{
		{"https://example.com/port/1", `Dock workers at Felixstowe walked out on Monday in a row over pay. "We will not accept a real-terms cut," said Maria Kenton, the union's regional secretary. Port owners said the dispute over pay remained unresolved.`},
		{"https://example.com/port/2", `The pay dispute at Felixstowe entered its second week. "Talks have stalled," said Maria Kenton. Port owners have refused to reopen the pay offer, and the strike continues.`},
		{"https://example.com/council/1", `Councillors in Harrogate rejected the dredging contract for the harbour. "The costs have doubled," said Tom Aldred, the council leader. The contract dispute is expected to go to court.`},
		{"https://example.com/port/1", `Dock workers at Felixstowe walked out on Monday in a row over pay and rosters. "We will not accept a real-terms cut," said Maria Kenton, the union's regional secretary. Port owners said the dispute over pay remained unresolved.`},
		{"https://example.com/port/3", `Dock workers at Felixstowe voted to continue the strike over pay. "Members are united," said Maria Kenton. The port owners' association said the pay dispute was damaging trade.`},
		{"https://example.com/council/1-copy", `Councillors in Harrogate rejected the dredging contract for the harbour. "The costs have doubled," said Tom Aldred, the council leader. The contract dispute is expected to go to court.`},
	}
	var b strings.Builder
	for i, s := range stories {
		line, err := json.Marshal(map[string]string{"id": fmt.Sprintf("wire-%d", i), "url": s.url, "text": s.text,
			"published": fmt.Sprintf("2026-01-%02d", 10+i)})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// The pipeline prepares batches ahead of the write when the store can: the
// outcomes and stored rows must be those of the plain SaveArticles path.
func TestPipelinePreparedMatchesPlainSave(t *testing.T) {
	archive := prepArchive(t)
	run := func(wrap bool) ([]string, []newsbot.IssueRecord) {
		st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "news.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var as newsbot.ArticleStore = st
		if wrap {
			as = saveOnly{st}
		}
		if _, ok := as.(batchPreparer); ok == wrap {
			t.Fatalf("store seen as preparer: %v, want %v", ok, !wrap)
		}
		var got []string
		p := &Pipeline{Store: as, Options: testOptions(), BatchSize: 2, Workers: 2, JSONL: true,
			Stdin: strings.NewReader(archive),
			Progress: func(pr Progress) {
				got = append(got, fmt.Sprintf("%s %s %d", pr.Input, pr.Outcome, pr.ArticleID))
			}}
		if _, err := p.Run(context.Background(), "-"); err != nil {
			t.Fatal(err)
		}
		is, err := st.Issues(t.Context(), "", 100)
		if err != nil {
			t.Fatal(err)
		}
		return got, is
	}
	prepared, preparedIssues := run(false)
	plain, plainIssues := run(true)
	if !slices.Equal(prepared, plain) {
		t.Errorf("prepared path:\n%s\nplain path:\n%s", strings.Join(prepared, "\n"), strings.Join(plain, "\n"))
	}
	want := []string{"stdin:1 added 1", "stdin:2 added 2", "stdin:3 added 3", "stdin:4 updated 1", "stdin:5 added 4", "stdin:6 skipped 3"}
	if !slices.Equal(prepared, want) {
		t.Errorf("outcomes:\n%s\nwant\n%s", strings.Join(prepared, "\n"), strings.Join(want, "\n"))
	}
	if len(preparedIssues) == 0 || len(preparedIssues) != len(plainIssues) {
		t.Fatalf("%d issues prepared, %d plain (want the same, more than none)", len(preparedIssues), len(plainIssues))
	}
	for i := range preparedIssues {
		a, b := preparedIssues[i], plainIssues[i]
		if a.Title != b.Title || !slices.Equal(a.Keywords, b.Keywords) || !slices.Equal(a.QuoteIDs, b.QuoteIDs) {
			t.Errorf("issue %d: prepared %q %v %v, plain %q %v %v", i, a.Title, a.Keywords, a.QuoteIDs, b.Title, b.Keywords, b.QuoteIDs)
		}
	}
}
