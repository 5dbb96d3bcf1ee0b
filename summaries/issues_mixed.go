package summaries

import (
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// One sentence often tells two threads: "Dockers called off their strike
// after an overnight deal, but a 48-hour rail strike will go ahead next
// week." It settles the first and says the second goes on. A thread is
// settled by such a sentence only when its own words stand in the settled
// clause more than in the one that goes on; never the thread told as
// going ahead.

// reContrastBreak splits a sentence where a contrast or a new clause starts.
var reContrastBreak = lazyre.New(`(?i)(?:,|;|—|–)?\s+(?:but|while|whereas|although|though|yet|even\s+as)\s+|;\s+|\s+(?:—|–)\s+`)

// clauses are sentence's parts split at reContrastBreak.
func clauses(sentence string) []string {
	var out []string
	for _, c := range reContrastBreak.Split(sentence, -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// settledFor: sentence reports settled the thread named by words. A
// sentence with a clause saying a thread goes on ("will go ahead",
// "remains unresolved") settles the thread only when words meet a
// settled clause more than the going-on one.
func settledFor(sentence string, words []string) bool {
	if !reportsSettled(sentence) {
		return false
	}
	cs := clauses(sentence)
	if len(cs) < 2 {
		return true
	}
	settled, goesOn, mixed := 0, 0, false
	for _, c := range cs {
		n := termScore(c, words)
		switch {
		case reportsSettled(c):
			settled = max(settled, n)
		case reStillOn.MatchString(c) || reGoesOn.MatchString(c):
			goesOn, mixed = max(goesOn, n), true
		}
	}
	return !mixed || settled > goesOn
}

// threadWords are the words an issue's own thread is told by: its title and
// keywords.
func threadWords(is newsbot.IssueRecord) []string {
	return keyTerms(is.Title + " " + strings.Join(is.Keywords, " "))
}

// issueSettled: the issue's latest development reports its own thread
// settled.
func issueSettled(is newsbot.IssueRecord) bool {
	return settledFor(is.Latest, threadWords(is))
}

// goesOnFor: sentence settles one thread and says another goes on, and
// the one going on is is's: the words naming it before "will go ahead"
// ("a 48-hour national rail strike"), the kind of action left out, meet
// at least two words of is's title, keywords or latest development (by
// any ending), and more than the settled clause does. It returns that
// clause, marked as cut.
func goesOnFor(sentence string, is newsbot.IssueRecord) (string, bool) {
	if !reportsSettled(sentence) {
		return "", false
	}
	words := keyTerms(is.Title + " " + strings.Join(is.Keywords, " ") + " " + is.Latest)
	cs := clauses(sentence)
	settled, goesOn, at := 0, -1, -1
	for i, c := range cs {
		switch {
		case reportsSettled(c):
			settled = max(settled, looseScore(c, words))
		default:
			m := reStillOn.FindStringIndex(c)
			if m == nil {
				m = reGoesOn.FindStringIndex(c)
			}
			if m == nil {
				continue
			}
			var named []string
			for _, w := range keyTerms(c[:m[0]]) {
				if lw := strings.ToLower(w); !disputeNouns[lw] && !actionNouns[lw] && !reHasDigit.MatchString(lw) {
					named = append(named, w)
				}
			}
			if n := looseScore(strings.Join(named, " "), words); n > goesOn {
				goesOn, at = n, i
			}
		}
	}
	if goesOn < 2 || goesOn <= settled {
		return "", false
	}
	return cutClause(cs, at), true
}

// cutClause is clause i of cs marked where the sentence was cut: "… a
// 48-hour rail strike will go ahead", "Dockers called off their strike …".
func cutClause(cs []string, i int) string {
	c := strings.TrimRight(cs[i], " ,;:")
	if i > 0 {
		c = "… " + c
	}
	if i < len(cs)-1 {
		c += " …"
	}
	return c
}

// reHasDigit: a word with a figure ("48-hour"), no name of a thread.
var reHasDigit = lazyre.New(`\d`)

// agreesWith is 1 when is reads settled exactly when its latest
// development settles topic's thread, else 0.
func agreesWith(is newsbot.IssueRecord, topic string) int {
	if issueSettled(is) == settledFor(is.Latest, keyTerms(topic)) {
		return 1
	}
	return 0
}

// topicClause is the clause of a two-thread sentence (one settled, one
// going on) that tells of topic, marked as cut ("… a 48-hour rail strike
// will go ahead next week"); the sentence as it is when it is not such a
// sentence or no clause names more of terms than the others.
func topicClause(sentence string, terms []string) string {
	if !reportsSettled(sentence) {
		return sentence
	}
	cs := clauses(sentence)
	if len(cs) < 2 || !slices.ContainsFunc(cs, func(c string) bool {
		return !reportsSettled(c) && (reStillOn.MatchString(c) || reGoesOn.MatchString(c))
	}) {
		return sentence
	}
	best, bestN, tie := -1, -1, false
	for i, c := range cs {
		switch n := termScore(c, terms); {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie || bestN <= 0 {
		return sentence
	}
	return cutClause(cs, best)
}
