package summaries

import (
	"regexp"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// digestPool is the most open issues the digest reads to choose its
// MaxDigestIssues from, when one-report threads with junk titles are
// among the newest (see junkCount).
const digestPool = 2 * MaxDigestIssues

// reContention marks a dispute in an issue's title or latest development:
// the nouns and verbs of contention.
var reContention = regexp.MustCompile(`(?i)\b(?:disput\w*|row|rows|strike\w*|walk-?outs?|lockouts?|protest\w*|picket\w*|boycott\w*|blockade\w*|stand-?off|feud|spat|clash\w*|rift|impasse|stalemate|deadlock\w*|ballot\w*|industrial\s+action|` +
	`accus\w*|alleg\w*|den(?:y|ies|ied)|refut\w*|reject\w*|criticis\w*|criticiz\w*|condemn\w*|oppos\w*|object\w*|challeng\w*|contest\w*|disagree\w*|complain\w*|demand\w*|threat\w*|warn\w*|` +
	`case|cases|trial|appeal\w*|lawsuit\w*|sue[sd]?|suing|court|charges?|charged|probe|inquiry|investigat\w*|sanction\w*|tariff\w*|ban|bans|banned|fine[sd]?|penalt\w*|` +
	`cuts?|closures?|layoffs?|redundanc\w*|pay|wages?|pensions?|rent|fares?|bills?|quotas?|rights|violations?|scandal\w*|controvers\w*|crisis|backlash|grievance\w*)\b`)

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
		return !reContention.MatchString(title)
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
	if reContention.MatchString(is.Title) {
		n += 2
	}
	if reContention.MatchString(is.Latest) {
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

// junkCount is how many of issues a digest skips: one report, junk title,
// not revived.
func junkCount(issues []newsbot.IssueRecord) int {
	n := 0
	for _, is := range issues {
		if skipInDigest(is) {
			n++
		}
	}
	return n
}

func skipInDigest(is newsbot.IssueRecord) bool {
	return max(is.SourceCount, len(is.Sources)) <= 1 && !is.Revived && junkTitle(is.Title)
}

// digestIssues chooses the open issues a digest lists, at most
// MaxDigestIssues of pool: one-report threads with junk titles never,
// then the strongest by evidence (the newest development first among
// equals), shown latest development first.
func digestIssues(pool []newsbot.IssueRecord) []newsbot.IssueRecord {
	var keep []newsbot.IssueRecord
	for _, is := range sortIssues(pool) {
		if skipInDigest(is) {
			continue
		}
		keep = append(keep, is)
	}
	if len(keep) > MaxDigestIssues {
		slices.SortStableFunc(keep, func(a, b newsbot.IssueRecord) int { return evidence(b) - evidence(a) })
		keep = keep[:MaxDigestIssues]
	}
	return sortIssues(keep)
}
