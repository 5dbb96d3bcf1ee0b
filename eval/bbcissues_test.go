package eval

import (
	"io"
	"path/filepath"
	"testing"
)

// TestIssuesBBCBlind scores open issues on 76 BBC articles (politics and
// business, none of ../shared/eval/gold nor of the other blind sets)
// annotated blind in sessions 11 (C/D) and 12 (E/F), before the extractor
// was run on them, following GUIDELINES.md. They hold clusters of
// follow-ups on one thread
// (Yukos, the LSE bids, Manchester United, WorldCom, Parmalat, UKIP and
// Veritas, ID cards, Blunkett, control orders, Guantanamo, immigration),
// so that the store's merging can be read over them too (dates.tsv gives
// each a publication day for an ingest). The annotations, not the texts,
// live in testdata/bbc-issues; the texts come from ../shared/corpus/bbc,
// so the test skips without ../shared.
//
// The halves were split before the first run by the first hex digit of
// sha256(id): even in C/, odd in D/. Session 11 studied C's failures and
// held D out (its per-issue output was read only after the final run), so
// D's figures are the honest ones for copy the rules were not tuned on.
// Session 12 added 36 more articles (Reliance, WorldCom, Ukraine's
// privatisations, Venezuela's land reform, the tobacco case, the pension
// strikes, UKIP and Veritas, Campbell, Blunkett, Argentina's debt, the
// Lords, Tory tax plans) split the same way into E/ (studied) and F/
// (held out, scored once at the end), and studied D. The floors are the
// figures reached at the end of session 12; extra is a ceiling on listed
// issues that match no gold issue.
func TestIssuesBBCBlind(t *testing.T) {
	shared := tripSharedOrSkip(t, filepath.Join("corpus", "bbc", "corpus.jsonl"))
	root := filepath.Join(filepath.Dir(shared), "..", "..")
	for _, h := range []struct {
		half                 string
		required, all, extra int
	}{
		{"C", 30, 40, 38}, // start of session 11: 26/50, 36/98, 89 listed (53 extra); of session 12: 27/50, 37/98, 78 listed
		{"D", 17, 26, 28}, // start of session 11: 16/42, 25/73, 57 listed (32 extra); of session 12: 16/42, 25/73, 54 listed
		{"E", 21, 26, 27}, // start of session 12: 19/42, 24/73, 52 listed (28 extra)
		{"F", 18, 22, 23}, // start of session 12: 17/31, 21/52, 46 listed (25 extra)
	} {
		t.Run(h.half, func(t *testing.T) {
			docs, err := tripDocsIn(t.Context(), filepath.Join("testdata", "bbc-issues", h.half), root)
			if err != nil {
				t.Fatal(err)
			}
			res, err := issuesScoreDocs(t.Context(), docs, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			extra := res.Listed - res.GoldFound
			t.Logf("%s: required found %d/%d, all found %d/%d, listed %d (%d match no gold issue)",
				h.half, res.RequiredFound, res.Required, res.GoldFound, res.Gold, res.Listed, extra)
			if res.RequiredFound < h.required || res.GoldFound < h.all {
				t.Errorf("%s: required %d, all %d found, want at least %d, %d", h.half, res.RequiredFound, res.GoldFound, h.required, h.all)
			}
			if extra > h.extra {
				t.Errorf("%s: %d listed issues match no gold issue, want at most %d", h.half, extra, h.extra)
			}
		})
	}
}
