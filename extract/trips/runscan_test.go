package trips

import (
	"testing"

	"github.com/newsroom/newsbot/extract/internal/letters"
	"github.com/newsroom/newsbot/extract/text"
)

// scanClass is what run reads of a quickScan result: a cue or follower
// bit (2), qStop alone (1) or nothing (0).
func scanClass(hit uint64) int {
	switch {
	case hit&^uint64(qStop) != 0:
		return 2
	case hit == uint64(qStop):
		return 1
	}
	return 0
}

// checkRunScan checks that the scan of each sentence of s read from the
// runs of letters answers as quickScan of its bytes does.
func checkRunScan(t *testing.T, s string) {
	t.Helper()
	f := finder{text: s, runs: letters.Of(s)}
	if f.runs == nil {
		f.runs = []letters.Run{} // no letters at all still goes through the runs
	}
	for _, sp := range text.Sentences(s) {
		if got, want := scanClass(f.scan(sp)), scanClass(quickScan(sp.Text)); got != want {
			t.Fatalf("sentence %q of %q: scan from runs %d, quickScan %d", sp.Text, s, got, want)
		}
	}
	if hit, ok := runScan(s, letters.Of(s), len(s)); !ok || scanClass(hit) != scanClass(quickScan(s)) {
		t.Fatalf("runScan(%q) = %d, %v; quickScan %d", s, scanClass(hit), ok, scanClass(quickScan(s)))
	}
}

func TestRunScanMatchesQuickScan(t *testing.T) {
	for _, s := range []string{
		"Mr Barnier told reporters in Brussels that no deal was close. He will campaign in Meru.",
		"The minister SAID IN a statement that prices rose. Shares fell.",
		"Ms Ardern’s visit’s cost was not disclosed. The mega-embassy opened on the 30th.",
		"He flew to Paris. Officials met - in private - on Friday. A summit's series of talks.",
		"Huang met TSMC Chairman C.C. Wei over dinner in Taipei on Tuesday.",
		"abc", "", "1234567", "visit", "Visited Abcdefghijklm told. In",
	} {
		checkRunScan(t, s)
	}
}

// FuzzRunScanMatchesQuickScan holds the scan from runs of letters to
// quickScan, sentence by sentence.
func FuzzRunScanMatchesQuickScan(f *testing.F) {
	f.Add("The prime minister will travel to Delhi next week. She told reporters in Rome: no.")
	f.Add("Talks were held in Geneva’s U.N. offices. 3am 30th café-goers campaign series.")
	f.Fuzz(func(t *testing.T, s string) { checkRunScan(t, s) })
}
