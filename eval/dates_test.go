package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// dateGold is the TempEval-3 platinum set beside the repo (evaluation use
// only; absent in a fresh clone).
var dateGold = filepath.Join("..", "..", "shared", "eval", "timex", "te3_platinum.jsonl")

// logScoreDates logs the date report on the set at path and returns its
// scores and the report's text.
func logScoreDates(t *testing.T, path string) (DateReport, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := Dates(context.Background(), path, &buf); err != nil {
		t.Fatalf("Dates: %v", err)
	}
	t.Log("\n" + buf.String())
	rep, err := ScoreDates(context.Background(), path)
	if err != nil {
		t.Fatalf("ScoreDates: %v", err)
	}
	return rep, buf.String()
}

func TestDates(t *testing.T) {
	if _, err := os.Stat(dateGold); err != nil {
		t.Skipf("TempEval-3 gold not found at %s (../shared is absent): %v", dateGold, err)
	}
	rep, _ := logScoreDates(t, dateGold)
	if rep.Docs == 0 || rep.DateTime.Gold == 0 {
		t.Fatalf("no documents scored: %+v", rep)
	}
	// Floors well under the measured figures: they catch a broken tagger,
	// not a small regression.
	if f := rep.DateTime.F1(); f < 0.85 {
		t.Errorf("DATE/TIME relaxed F1 = %.3f, want >= 0.85", f)
	}
	if v := rep.DateTime.ValueAccuracy(); v < 0.80 {
		t.Errorf("DATE/TIME value accuracy = %.3f, want >= 0.80", v)
	}
}

func TestDateScoreDoc(t *testing.T) {
	// "The deal was signed on Monday and takes effect next year, officials said on Tuesday."
	d := dateDoc{ID: "doc", Timexes: []newsbot.Timex{
		{Text: "Monday", Start: 23, End: 29, Type: "DATE", Value: "2026-01-26"},
		{Text: "next year", Start: 47, End: 56, Type: "DATE", Value: "2027"},
		{Text: "Tuesday", Start: 78, End: 85, Type: "DATE", Value: "2026-01-27"},
	}}
	pred := []newsbot.Timex{
		{Text: "on Monday", Start: 20, End: 29, Type: "DATE", Value: "2026-01-26"}, // overlaps: match, right value
		{Text: "next year", Start: 47, End: 56, Type: "DATE", Value: "2026"},       // match, wrong value
		{Text: "two weeks", Start: 60, End: 69, Type: "DURATION", Value: "P2W"},    // spurious
	}
	var rep DateReport
	dateScoreDoc(&rep, d, pred)
	dt, all := rep.DateTime, rep.Overall
	if dt.Gold != 3 || dt.GoldHit != 2 || dt.ValueOK != 1 || dt.Pred != 2 || dt.PredHit != 2 {
		t.Errorf("DATE/TIME score = %+v", dt)
	}
	if all.Pred != 3 || all.PredHit != 2 {
		t.Errorf("overall score = %+v", all)
	}
	if got, want := dt.Recall(), 2.0/3; got != want {
		t.Errorf("recall = %v, want %v", got, want)
	}
	if got := dt.ValueAccuracy(); got != 0.5 {
		t.Errorf("value accuracy = %v, want 0.5", got)
	}
	if len(rep.Errors) != 3 { // one miss, one wrong value, one extra
		t.Errorf("errors = %q", rep.Errors)
	}
}

// dateAnchoring is a hand-written set of short news items (written for this
// repo, one publication day per weekday) on the expressions whose value
// hangs on the publication day and the verbs around them: weekdays under
// plans, cancellations and non-finite verbs, weekends, clock times, year
// ends, generic weekdays. Same format as the TempEval-3 file, so `bot eval
// dates eval/testdata/dates-anchoring.jsonl` scores it too. The held-NN,
// wire-NN (US wire style, no "on") and more-NN items were written blind,
// before the tagger was run on them: value accuracy 0.857, 0.892 and 0.962
// at that first run, 0.673, 0.838 and 0.923 for the tagger before these
// rules. Three are known gaps: a plan due yesterday and postponed (held-12),
// a habitual clock time (held-13), a reduced relative "passengers booked on
// flights on Thursday" (more-02).
var dateAnchoring = filepath.Join("testdata", "dates-anchoring.jsonl")

func TestDatesAnchoring(t *testing.T) {
	rep, report := logScoreDates(t, dateAnchoring)
	if rep.Docs < 60 || rep.DateTime.Gold < 175 {
		t.Fatalf("set too small: %d documents, %d DATE/TIME", rep.Docs, rep.DateTime.Gold)
	}
	if f := rep.DateTime.F1(); f < 0.95 {
		t.Errorf("DATE/TIME relaxed F1 = %.3f, want >= 0.95", f)
	}
	if v := rep.DateTime.ValueAccuracy(); v < 0.95 {
		t.Errorf("DATE/TIME value accuracy = %.3f, want >= 0.95\n%s", v, report)
	}
}
