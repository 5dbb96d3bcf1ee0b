package summaries

import (
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// digestPool is the most open issues the digest reads to choose its
// MaxDigestIssues from, when one-report threads with junk titles are
// among the newest (see junkCount).
const digestPool = 2 * MaxDigestIssues

// reContention marks a dispute in an issue's title or latest development:
// the nouns and verbs of contention. reDisputeTopic marks what disputes
// are about (pay, cuts, fares): a title of one such word names a thread,
// a development merely mentioning one tells of no dispute. hasContention
// is reContention read word by word: keep the two in step.
var (
	reContention = lazyre.New(`(?i)\b(?:disput\w*|row|rows|strike\w*|walk-?outs?|lockouts?|protest\w*|picket\w*|boycott\w*|blockade\w*|stand-?off|feud|spat|clash\w*|rift|impasse|stalemate|deadlock\w*|ballot\w*|industrial\s+action|` +
		`accus\w*|alleg\w*|den(?:y|ies|ied)|refut\w*|reject\w*|criticis\w*|criticiz\w*|condemn\w*|oppos\w*|object\w*|challeng\w*|contest\w*|disagree\w*|complain\w*|demand\w*|threat\w*|warn\w*|` +
		`case|cases|trial|appeal\w*|lawsuit\w*|sue[sd]?|suing|court|charges?|charged|probe|inquiry|investigat\w*|sanction\w*|ban|bans|banned|fine[sd]?|penalt\w*|` +
		`violations?|scandal\w*|controvers\w*|crisis|backlash|grievance\w*)\b`)
	reDisputeTopic = lazyre.New(`(?i)\b(?:tariff\w*|cuts?|closures?|layoffs?|redundanc\w*|pay|wages?|pensions?|rent|fares?|bills?|quotas?|rights)\b`)
)

// junkTitle: a title that names no thread: one word with no contention
// in it ("Councillors", "Onions", "Christmas"), or a day or a date. Short
// phrases ("Catch limits", "Rostering system") are kept: extraction names
// real threads that way.
func junkTitle(title string) bool {
	words := strings.Fields(title)
	switch {
	case len(words) == 0:
		return true
	case len(words) == 1:
		return !hasContention(title) && !reDisputeTopic.MatchString(title)
	}
	// Nothing but date words: "Next week", "December 3".
	rest := strings.Fields(reRelDate.ReplaceAllString(title, " "))
	return !slices.ContainsFunc(rest, func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ".,"))
		return strings.Trim(w, "0123456789") != "" && w != "the" && w != "on" && w != "of"
	})
}

// evidence is how strongly an issue reads as a real open dispute: reports
// (several articles count most), contention in its title and latest
// development, named actors, and how long the thread has run.
func evidence(is newsbot.IssueRecord) int {
	n := 2 * min(max(is.SourceCount, len(is.Sources)), 4)
	if hasContention(is.Title) || reDisputeTopic.MatchString(is.Title) {
		n += 2
	}
	if hasContention(is.Latest) {
		n++
	}
	if len(properNames(is.Latest)) > 0 || slices.ContainsFunc(is.Keywords, func(k string) bool { return len(properNames(k)) > 0 }) {
		n++
	}
	if len(is.Sources) > 1 && !is.LatestAt.IsZero() {
		oldest := is.Sources[len(is.Sources)-1].Published
		if !oldest.IsZero() && is.LatestAt.Sub(oldest).Hours() >= 72 {
			n++ // a thread running for days
		}
	}
	if junkTitle(is.Title) {
		n -= 3
	}
	return n
}

// junkCount is how many of issues have one report and a junk title: lines
// a digest gives up first (see digestIssues), so it reads further back.
func junkCount(issues []newsbot.IssueRecord) int {
	n := 0
	for _, is := range issues {
		if weakThread(is) {
			n++
		}
	}
	return n
}

// weakThread: one report, a junk title, not revived by new coverage.
func weakThread(is newsbot.IssueRecord) bool {
	return max(is.SourceCount, len(is.Sources)) <= 1 && !is.Revived && junkTitle(is.Title)
}

// digestIssues chooses the open issues a digest lists, at most
// MaxDigestIssues of pool (in the store's order: latest development
// first): never a weak thread whose latest development shows no dispute
// ("Pledge": funds pledged £2 billion); then, when more are left than the
// digest lists, the strongest by evidence, weak threads last. The order of
// pool is kept.
func digestIssues(pool []newsbot.IssueRecord) []newsbot.IssueRecord {
	var keep []newsbot.IssueRecord
	for _, is := range pool {
		if weakThread(is) && !hasContention(is.Latest) {
			continue
		}
		keep = append(keep, is)
	}
	if len(keep) <= MaxDigestIssues {
		return keep
	}
	// Each issue's evidence once: it runs a dozen regular expressions, and
	// computed in the comparison it ran for every pair the sort compared
	// (a third of a digest's time at a million articles).
	type scored struct {
		id    int64
		score int
	}
	rank := make([]scored, len(keep))
	for i, is := range keep {
		rank[i] = scored{is.ID, evidence(is)}
	}
	slices.SortStableFunc(rank, func(a, b scored) int { return b.score - a.score })
	chosen := map[int64]bool{}
	for _, r := range rank[:MaxDigestIssues] {
		chosen[r.id] = true
	}
	return slices.DeleteFunc(keep, func(is newsbot.IssueRecord) bool { return !chosen[is.ID] })
}
