package issues

import (
	"slices"

	newsbot "github.com/newsroom/newsbot"
)

// A results story often names its one open thread only in the body: "the
// competition authority had opened an investigation into its contracts
// with bars". The phrase weights pass it over (one sentence, beside the
// figures the copy repeats), and an editor lists it first.

// probeOpeners before an inquiry noun open it: "opened an investigation".
var probeOpeners = map[string]bool{
	"opened": true, "opens": true, "open": true, "launched": true, "launches": true, "launch": true, "began": true,
	"begun": true, "started": true, "starts": true, "widened": true, "widens": true, "announced": true,
	"ordered": true, "orders": true, "faces": true, "facing": true,
}

// maxProbeGap bounds the words between an opener and its inquiry noun:
// "opened a formal antitrust investigation".
const maxProbeGap = 4

// bodyProbe puts first, in wire copy whose issues name no inquiry, an
// inquiry the body says was opened, titled as an editor would
// ("Investigation into its contracts with bars and restaurants").
func (a *analyser) bodyProbe(res []newsbot.Issue) []newsbot.Issue {
	if slices.ContainsFunc(res, func(is newsbot.Issue) bool { return slices.Contains(titleClasses(is.Title), "inquiry") }) {
		return res
	}
	for _, sp := range a.sents {
		s := sp.Text
		if !containsRare(s, "investigation") && !containsRare(s, "probe") && !containsRare(s, "inquiry") {
			continue
		}
		ws := splitWords(s)
		for i, w := range ws {
			if frameNouns[w.low] != "inquiry" || !openedBefore(ws, i) {
				continue
			}
			f := buildNounFrame(ws, i, "inquiry")
			if f.title == "" || f.closed || f.bare {
				continue // "opened an investigation." says not into what
			}
			is := newsbot.Issue{Title: f.title, Keywords: []string{w.low}, Summary: clip(s, maxSummary), Evidence: []string{s}}
			return append([]newsbot.Issue{is}, res...)
		}
	}
	return res
}

// openedBefore reports an opener at most maxProbeGap words before ws[i],
// in the same clause.
func openedBefore(ws []fword, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxProbeGap-1; k-- {
		if ws[k].stop {
			return false
		}
		if probeOpeners[ws[k].low] {
			return true
		}
	}
	return false
}
