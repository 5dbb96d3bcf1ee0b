package summaries

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A settling report names the thread it ends ("called off Friday's strike",
// "ended their pensions dispute"). Its article often tells of another
// thread still open beside it ("But calls for the chief executive to
// resign continue"), filed as an issue of its own with the same source and
// the same organisation's name: the settlement must not be given to it.

// reGoesOn: a development telling its thread goes on.
var reGoesOn = lazyre.New(`(?i)\b(?:continues?|persists?|(?:has|have)\s+not\s+(?:gone\s+away|stopped|eased|ended)|still\s+(?:demand\w*|calling|call|seek\w*|press\w*|want\w*|campaign\w*|fight\w*)|stands|remains?\s+(?:open|unresolved|deadlocked|unsettled)|unresolved)\b`)

// genericThread are thread nouns too general to tell two threads apart:
// a settlement naming only these settles any thread that uses the word.
var genericThread = map[string]bool{"dispute": true, "row": true, "conflict": true, "feud": true, "spat": true, "stand-off": true,
	"standoff": true, "impasse": true, "deal": true, "agreement": true, "settlement": true}

// notThreadWord are words of a settlement match that name no thread: its
// verbs, determiners and times.
var notThreadWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`end ended ending ends settle settled settling settles resolve resolved resolving resolves call called
		calling calls off halt halted halting defuse defused defusing suspend suspended suspending suspends a an the their its his her this
		that next last is was has been had now over came to come reached struck agreed signed on week's month's year's today's
		monday's tuesday's wednesday's thursday's friday's saturday's sunday's tomorrow's weekend's planned proposed threatened
		cancelled canceled averted`) {
		m[w] = true
	}
	return m
}()

// reThreadTail: what a settled thread was over, after its noun.
var reThreadTail = lazyre.New(`^\s+(?:over|about|on)\s+((?:the\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})`)

// settledThreadWords are the words of report's settlement that name its
// thread ("pensions", "dispute"; "strike"), names and times left out.
func settledThreadWords(report string) []string {
	var out []string
	for _, m := range reSettled.FindAllStringIndex(report, -1) {
		if reUnsettled.MatchString(report[:m[0]]) {
			continue
		}
		span := report[m[0]:m[1]]
		// "settled their dispute over overtime rates": the thread is told
		// after its noun.
		if t := reThreadTail.FindStringSubmatch(report[m[1]:]); t != nil {
			span += " " + t[1]
		}
		for _, w := range strings.Fields(span) {
			r := []rune(w)
			if len(r) == 0 || unicode.IsUpper(r[0]) {
				continue // "Northline", "Friday's": names are shared by sibling threads
			}
			lw := strings.ToLower(strings.Trim(w, ",.;:"))
			lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
			if lw == "" || notThreadWord[lw] || notThreadWord[lw+"'s"] || stopwords[lw] {
				continue
			}
			if !slices.Contains(out, lw) {
				out = append(out, lw)
			}
		}
	}
	return out
}

// settlesThread: report's settlement is of is's thread. A word of the
// report's thread other than a general noun ("strike", "pensions") must
// meet the issue's title, keywords or latest development, or the general
// noun ("dispute") its title or keywords. An issue whose latest development
// says it goes on, no older than the report, is not settled by it.
func settlesThread(report string, at newsbot.ArticleRef, is newsbot.IssueRecord) bool {
	if reGoesOn.MatchString(is.Latest) && !is.LatestAt.Before(at.Published) && !reportsSettled(is.Latest) {
		return false
	}
	words := settledThreadWords(report)
	if len(words) == 0 {
		return true // nothing to tell threads apart by
	}
	named := strings.Fields(normWords(is.Title + " " + strings.Join(is.Keywords, " ")))
	told := append(named, strings.Fields(normWords(is.Latest))...)
	meets := func(hay []string, w string) bool {
		return slices.ContainsFunc(hay, func(h string) bool { return stemMatch(h, w) || len(h) >= 4 && stemMatch(w, h) })
	}
	for _, w := range words {
		if genericThread[w] && meets(named, w) || !genericThread[w] && meets(told, w) {
			return true
		}
	}
	// "have ended the strike by ferry crews" of the issue "Dispute over pay
	// and rest periods": a settlement naming only the kind of action
	// settles an issue its title or keywords call a dispute or strike.
	if !slices.ContainsFunc(words, func(w string) bool { return !disputeNouns[w] }) {
		return slices.ContainsFunc(named, func(h string) bool { return disputeNouns[h] })
	}
	return false
}

// disputeNouns name a labour or political dispute, whatever its kind.
var disputeNouns = map[string]bool{"dispute": true, "disputes": true, "row": true, "strike": true, "strikes": true, "walkout": true,
	"walkouts": true, "stoppage": true, "lockout": true, "stand-off": true, "standoff": true, "industrial": true, "action": true}

// settledAsDigest is issues as today's digest reads them settled: each
// the copy has since reported settled carries that report (withSettlements
// over the issues' newest reports and newer ones naming them), so that
// `/issues` never shows open what the digest shows settled, or the reverse.
func (s *Service) settledAsDigest(ctx context.Context, issues []newsbot.IssueRecord) ([]newsbot.IssueRecord, error) {
	endOfDay := local(addDays(s.today(), 1), s.loc())
	newer, err := s.newerReports(ctx, sortIssues(issues), endOfDay)
	if err != nil {
		return nil, err
	}
	return s.withSettlements(ctx, sortIssues(issues), endOfDay, newer...)
}

// ownWords is how many of topic's common (lower-case) words an issue's
// own title, keywords and latest development hold: its sources' headlines
// and the names shared by every thread of a story left out.
func ownWords(is newsbot.IssueRecord, topic string) int {
	common := commonWords(topic)
	if len(common) == 0 {
		return 0
	}
	return termScore(is.Title+" "+strings.Join(is.Keywords, " ")+" "+is.Latest, common)
}

// commonWords are topic's content words that are not names.
func commonWords(topic string) []string {
	var common []string
	for _, t := range keyTerms(topic) {
		if r := []rune(t); len(r) > 0 && !unicode.IsUpper(r[0]) {
			common = append(common, t)
		}
	}
	return common
}

// settledUntracked answers "is the Westbury strike over?" from the newest
// stored sentence that names every word of the topic and reports it
// settled, when no stored issue tracks the thread. False when none does.
func (s *Service) settledUntracked(ctx context.Context, q Question) (Answer, bool, error) {
	terms := keyTerms(q.Topic)
	if len(terms) == 0 {
		return Answer{}, false, nil
	}
	ps, err := s.Store.SearchPassages(ctx, strings.Join(terms, " "), 8)
	if err != nil {
		return Answer{}, false, fmt.Errorf("settled %q: %w", q.Topic, err)
	}
	slices.SortStableFunc(ps, func(a, b newsbot.Passage) int { return b.Article.Published.Compare(a.Article.Published) })
	for _, p := range ps {
		if !reportsSettled(p.Text) || termScore(p.Text, terms) < len(terms) {
			continue
		}
		yes := "Yes"
		if !q.Settled {
			yes = "No"
		}
		a := Answer{Lead: fmt.Sprintf("%s — %s; no stored issue tracks it. %s", yes, settledState(p.Text, p.Article, s.loc()),
			s.citedLead(strings.TrimSpace(p.Text), p.Article)), Sources: []newsbot.ArticleRef{p.Article}}
		a.Items = []Item{s.passageItem(p)}
		return a, true, nil
	}
	return s.settledInArticle(ctx, q, terms, ps)
}

// settledInArticle: a side dispute's settlement names its company only as
// "it" or "the company" ("The dispute involving cleaners at its depots
// was settled on Tuesday"). In the articles the search found by all the
// topic's words, a sentence reporting a settlement and holding every
// common word of the topic ("cleaners", "dispute") answers; the names
// ("Aire Valley Buses") need only be in its article.
func (s *Service) settledInArticle(ctx context.Context, q Question, terms []string, ps []newsbot.Passage) (Answer, bool, error) {
	var common []string
	for _, t := range terms {
		if r := []rune(t); len(r) > 0 && !unicode.IsUpper(r[0]) {
			common = append(common, t)
		}
	}
	if len(common) == 0 || len(common) == len(terms) {
		return Answer{}, false, nil // no name to stand in for, or nothing but names
	}
	for c, err := range s.coverageArticles(ctx, ps) {
		if err != nil {
			return Answer{}, false, fmt.Errorf("settled %q: %w", q.Topic, err)
		}
		p, art := c.p, c.art
		for _, sp := range text.Sentences(art.Text) {
			t := strings.TrimSpace(sp.Text)
			if !settledClauseHolds(t, common) {
				continue
			}
			yes := "Yes"
			if !q.Settled {
				yes = "No"
			}
			hit := newsbot.Passage{Article: p.Article, Text: t}
			a := Answer{Lead: fmt.Sprintf("%s — %s; no stored issue tracks it. %s", yes, settledState(t, p.Article, s.loc()),
				s.citedLead(t, p.Article)), Sources: []newsbot.ArticleRef{p.Article}}
			a.Items = []Item{s.passageItem(hit)}
			return a, true, nil
		}
	}
	return Answer{}, false, nil
}

// actionNouns name an action a topic may ask about ("the Harlow strike").
var actionNouns = map[string]bool{"strike": true, "strikes": true, "walkout": true, "walkouts": true, "lockout": true, "blockade": true,
	"boycott": true, "sit-in": true, "protest": true, "protests": true, "stoppage": true}

// lacksAction: topic names an action (actionNouns) and the issue's own
// title, keywords and latest development name none of them: it matched
// the topic through a source's headline or names alone, another thread of
// the story ("Harlow porters call off strike but want chief executive
// out" filed the resignation calls too).
func lacksAction(is newsbot.IssueRecord, topic string) bool {
	var acts []string
	for _, t := range keyTerms(topic) {
		if actionNouns[strings.ToLower(t)] {
			acts = append(acts, t)
		}
	}
	return len(acts) > 0 && termScore(is.Title+" "+strings.Join(is.Keywords, " ")+" "+is.Latest, acts) == 0
}

// reSettledPassive: "was settled", "has been resolved", however far from
// the dispute's noun ("The dispute involving cleaners at its depots was
// settled"): the topic's words in the sentence tie it to the dispute.
var reSettledPassive = lazyre.New(`(?i)\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|finally\s+)?(?:settled|resolved|ended|called\s+off|averted)\b`)

// reClauseTurn starts a new clause whose subject may be another dispute
// ("... called off their strike, but a national rail strike will go ahead").
var reClauseTurn = lazyre.New(`(?i);|,\s*(?:but|while|whereas|although|though)\b|\s(?:but|while|whereas)\s`)

// settledClauseHolds: sentence says, not as a hope or condition, that
// something was settled, and the clause up to that word holds every one
// of words: "The dispute involving cleaners at its depots was settled",
// not "Dockworkers called off their strike, but a rail strike will go
// ahead" asked about the rail strike.
func settledClauseHolds(sentence string, words []string) bool {
	for _, re := range []*lazyre.Regexp{reSettled, reSettledPassive} {
		for _, m := range re.FindAllStringIndex(sentence, -1) {
			if reUnsettled.MatchString(sentence[:m[0]]) {
				continue
			}
			clause := sentence[:m[1]]
			if ts := reClauseTurn.FindAllStringIndex(clause, -1); len(ts) > 0 {
				clause = clause[ts[len(ts)-1][1]:]
			}
			if termScore(clause, words) == len(words) {
				return true
			}
		}
	}
	return false
}

// lacksQualifier: the topic's common words that say which dispute it is
// ("cleaners" of "the Harbour Line cleaners' dispute", beyond the story
// nouns) are nowhere in the issue: it matched by the company's name, and
// may be the company's main dispute, not the side one asked about.
func lacksQualifier(is newsbot.IssueRecord, topic string) bool {
	var qual []string
	for _, t := range withoutStoryNouns(keyTerms(topic)) {
		if r := []rune(t); len(r) > 0 && !unicode.IsUpper(r[0]) && !actionNouns[strings.ToLower(t)] {
			qual = append(qual, t)
		}
	}
	return len(qual) > 0 && termScore(is.Title+" "+strings.Join(is.Keywords, " ")+" "+is.Latest, qual) == 0
}
