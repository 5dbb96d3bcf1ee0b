package summaries

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// Limits that keep answers readable and queries flat however deep the archive.
const (
	MaxIssuesListed  = 50   // /issues shows the most recently developed
	MaxDigestIssues  = 25   // the digest's open issues
	maxIssuesScanned = 1000 // open issues searched for a question's topic
)

// Issues answers `/issues [open|closed|all]`: one line per issue with its
// latest development, date, sources and id (editors act on ids).
func (s *Service) Issues(ctx context.Context, status string) (Answer, error) {
	var want, label string
	switch strings.ToLower(strings.TrimSpace(status)) {
	case "", "open":
		want, label = newsbot.IssueOpen, "open"
	case "closed":
		want, label = newsbot.IssueClosed, "closed"
	case "all":
		want, label = "", "stored"
	default:
		return Answer{}, &UsageError{Usage: IssuesUsage}
	}
	issues, err := s.Store.Issues(ctx, want, MaxIssuesListed)
	if err != nil {
		return Answer{}, fmt.Errorf("issues %q: %w", label, err)
	}
	if len(issues) == 0 {
		if want == "" {
			return Answer{Lead: "No issues are stored."}, nil
		}
		return Answer{Lead: fmt.Sprintf("No %s issues are stored.", label)}, nil
	}
	if want != newsbot.IssueClosed {
		// The listing and the digest must agree on what reads settled.
		if issues, err = s.settledAsDigest(ctx, issues); err != nil {
			return Answer{}, fmt.Errorf("issues %q: %w", label, err)
		}
	}
	return s.issueAnswer(sortIssues(issues), label), nil
}

func (s *Service) issueAnswer(issues []newsbot.IssueRecord, label string) Answer {
	word := "issues"
	if len(issues) == 1 {
		word = "issue"
	}
	a := Answer{Lead: fmt.Sprintf("%d %s %s, latest development first", len(issues), label, word)}
	revived := 0
	for _, is := range issues {
		if is.Revived && is.Status != newsbot.IssueClosed {
			revived++
		}
		a.Items = append(a.Items, s.issueItem(is))
	}
	if revived > 0 {
		a.Lead += fmt.Sprintf(" (%d revived by new coverage)", revived)
	}
	return a
}

// sortIssues orders by latest development, newest first; undated last. The
// store promises this order, but the digest must not depend on it.
func sortIssues(issues []newsbot.IssueRecord) []newsbot.IssueRecord {
	out := slices.Clone(issues)
	slices.SortStableFunc(out, func(a, b newsbot.IssueRecord) int {
		switch {
		case a.LatestAt.IsZero() && !b.LatestAt.IsZero():
			return 1
		case b.LatestAt.IsZero() && !a.LatestAt.IsZero():
			return -1
		}
		return b.LatestAt.Compare(a.LatestAt)
	})
	return out
}

func (s *Service) issueLine(is newsbot.IssueRecord) IssueLine {
	l := IssueLine{
		ID: is.ID, Title: is.Title, Status: is.Status, Revived: is.Revived,
		// Of a sentence telling two threads, the clause of this one.
		Latest: strings.TrimSpace(topicClause(is.Latest, threadWords(is))), Sources: is.Sources, SourceCount: max(is.SourceCount, len(is.Sources)),
		Settled: is.Status == newsbot.IssueOpen && issueSettled(is),
	}
	if !is.LatestAt.IsZero() {
		l.LatestAt = is.LatestAt.In(s.loc())
	}
	return l
}

// issueItem: Text "#12 Jailed publisher's case", Detail the latest
// development, Date when it happened.
func (s *Service) issueItem(is newsbot.IssueRecord) Item {
	l := s.issueLine(is)
	text := fmt.Sprintf("#%d %s", l.ID, l.Title)
	var flags []string
	if l.Status != "" && l.Status != newsbot.IssueOpen {
		flags = append(flags, l.Status)
	}
	if l.Revived && l.Status != newsbot.IssueClosed {
		flags = append(flags, "revived")
	}
	if l.Settled {
		flags = append(flags, "reported settled")
	}
	if len(flags) > 0 {
		text += " [" + strings.Join(flags, ", ") + "]"
	}
	return Item{Kind: ItemIssue, ID: l.ID, Text: text, Detail: l.Latest, Date: l.LatestAt, Sources: l.Sources, SourceCount: l.SourceCount}
}

// issueMatches reports whether an issue is about topic: every content word of
// topic appears in its title, keywords, latest development or source titles,
// allowing for endings ("China" finds "Chinese").
func issueMatches(is newsbot.IssueRecord, topic string) bool {
	terms := keyTerms(topic)
	if len(terms) == 0 {
		return true
	}
	hay := []string{is.Title, is.Latest}
	hay = append(hay, is.Keywords...)
	for _, r := range is.Sources {
		hay = append(hay, r.Title)
	}
	words := strings.Fields(normWords(strings.Join(hay, " ")))
	for _, t := range terms {
		t = strings.ToLower(t)
		if !wordsHold(words, t) {
			return false
		}
	}
	return true
}

// issueMatchesLoosely is issueMatches without the words that only name the
// kind of story ("the mackerel row" finds the mackerel dispute): a topic of
// such words alone matches nothing.
func issueMatchesLoosely(is newsbot.IssueRecord, topic string) bool {
	var keep []string
	for _, t := range keyTerms(topic) {
		if !storyNouns[strings.ToLower(t)] {
			keep = append(keep, t)
		}
	}
	return len(keep) > 0 && issueMatches(is, strings.Join(keep, " "))
}

// matchingIssues are the issues about topic, latest development first:
// those matching every word, or failing that, every word but the story
// nouns.
func matchingIssues(issues []newsbot.IssueRecord, topic string) []newsbot.IssueRecord {
	var hit []newsbot.IssueRecord
	for _, match := range []func(newsbot.IssueRecord, string) bool{issueMatches, issueMatchesLoosely} {
		for _, is := range sortIssues(issues) {
			if match(is, topic) {
				hit = append(hit, is)
			}
		}
		if len(hit) > 0 {
			break
		}
	}
	return withSplitThreads(issues, hit, topic)
}

// withSplitThreads adds to hit the issues extraction split out of the same
// reports: they match the topic loosely and share a source article with a
// hit. The teachers' strike filed as "Dispute over pay" on Monday may carry
// its Wednesday development under "Vote to strike", which never says
// "dispute".
func withSplitThreads(issues, hit []newsbot.IssueRecord, topic string) []newsbot.IssueRecord {
	if len(hit) == 0 {
		return hit
	}
	ids := map[int64]bool{}
	arts := map[int64]bool{}
	for _, is := range hit {
		ids[is.ID] = true
		for _, r := range is.Sources {
			arts[r.ID] = true
		}
	}
	added := false
	for _, is := range issues {
		if ids[is.ID] || !issueMatchesLoosely(is, topic) ||
			!slices.ContainsFunc(is.Sources, func(r newsbot.ArticleRef) bool { return arts[r.ID] }) {
			continue
		}
		hit = append(hit, is)
		ids[is.ID], added = true, true
	}
	if added {
		hit = sortIssues(hit)
	}
	return hit
}

// reSettled finds a report that a dispute has ended: "agreed ..., ending a
// dispute over fishing rights", "the strike was called off", "settled the
// row", "called off Thursday's strike", "the walkout ... has been
// suspended", "the row over rest breaks for catering staff on the night
// run was settled" (the noun's phrases of what and whose before its verb),
// "agreed to pay $40m to settle the lawsuit" (a payment made to settle a
// suit or claim is its settlement). reUnsettled, just before it, makes it a hope or a failure ("talks
// aimed at ending the dispute", "failed to settle the row").
var (
	reSettled   = lazyre.New(`(?i)\b(?:(?:end(?:ed|ing|s)?|settl(?:ed|ing|es)|resolv(?:ed|ing|es)|call(?:ed|ing|s)\s+off|halt(?:ed|ing)|defus(?:ed|ing)|suspend(?:ed|ing|s))\s+(?:a|an|the|their|its|his|her|this|that|next|last|\p{L}+['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}(?:dispute|row|strike|stand-?off|conflict|feud|spat|lockout|impasse|walkout|blockade|boycott|overtime\s+ban|work-to-rule|industrial\s+action|protests?|sit-in)|(?:reached|struck|agreed|signed)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:deal|agreement|settlement)\s+(?:to\s+end|ending|over|on)\b|(?:agree(?:d|s)?\s+to\s+pay|paid|pa(?:ys|ying)|payout|payment)\s+(?:\S+\s+){0,4}?to\s+settle\s+(?:(?:a|an|the|their|its|his|her|this|that|\p{L}+['’]s?)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:(?:law)?suits?|case|claims?|charges|litigation|dispute|row|complaint)|(?:dispute|row|strike|stand-?off|conflict|feud|spat|lockout|impasse|walkout|blockade|boycott|overtime\s+ban|work-to-rule|industrial\s+action|protests?|sit-in)\s+(?:(?:[\p{L}'’-]+\s+){0,3}?(?:(?:over|for|of|on|at|in|with|involving|between|by)\s+(?:[\p{L}'’-]+\s+){1,4}?){0,3}?(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?(?:over|settled|resolved|ended|called\s+off|suspended|cancell?ed|averted)|ended|came\s+to\s+an\s+end)|(?:following|after|since)\s+(?:the\s+|\p{L}+['’]s\s+)?(?:resolution|settlement|end)\s+(?:of|to)\s+(?:(?:a|an|the|their|its|his|her|this|that|\p{L}+['’]s?)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:dispute|row|strike|stand-?off|conflict|feud|spat|lockout|impasse|walkout|blockade|boycott|industrial\s+action|protests?|sit-in))\b`)
	reUnsettled = lazyre.New(`(?i)\b(?:not|no|never|fail(?:s|ed)?|hope[sd]?|hoping|aim(?:s|ed)?|seek(?:s|ing)?|sought|try(?:ing)?|tried|attempts?|bid|efforts?|would|could|might|may|will|to|unless|if|until|whether|before|call(?:s|ed)?\s+for|urg(?:e|es|ed))\s+(?:\S+\s+){0,2}$`)
)

// reStillOn: a development saying its dispute goes on; reUnderDeal: one
// told as a term of a settlement.
var (
	reStillOn   = lazyre.New(`(?i)\b(?:unresolved|not\s+(?:been\s+|yet\s+)?(?:settled|resolved)|(?:will|would)\s+(?:still\s+)?go\s+ahead|remains?\s+(?:open|unresolved|deadlocked)|still\s+on)\b`)
	reUnderDeal = lazyre.New(`(?i)\b(?:under|as\s+part\s+of|in)\s+the\s+(?:agreement|deal|settlement|accord)\b`)
)

// reportsSettled: the sentence says the dispute it tells of has ended.
func reportsSettled(sentence string) bool {
	if !maySettle(sentence) {
		return false
	}
	for _, m := range reSettled.FindAllStringIndex(sentence, -1) {
		if !reUnsettled.MatchString(sentence[:m[0]]) {
			return true
		}
	}
	return false
}

// settledElsewhere: is reads settled, but by a settlement that does not
// name topic's own words (beyond the story nouns). A council's bin deal told
// beside its library row settles the bins, not the library row asked about.
func settledElsewhere(is newsbot.IssueRecord, topic string) bool {
	if !reportsSettled(is.Latest) {
		return false
	}
	if !settledFor(is.Latest, keyTerms(topic)) {
		return true // the topic's thread is the one told as going on
	}
	// The sentence may name its subject by a pronoun ("It agreed to pay
	// ..."): the headline of the report it comes from names it.
	told := is.Latest
	if len(is.Sources) > 0 && !is.LatestAt.After(is.Sources[0].Published) {
		told += " " + is.Sources[0].Title
	}
	words := strings.Fields(normWords(told))
	for _, t := range withoutStoryNouns(keyTerms(topic)) {
		// "GM" asked of "its dispute with General Motors".
		if acronymOf(told, t) {
			continue
		}
		t = strings.ToLower(t)
		if !wordsHold(words, t) {
			return true
		}
	}
	return false
}

// acronymOf: term is an acronym (two to five capitals) that the initials
// of consecutive capitalised words of text spell: "GM" in "General Motors".
func acronymOf(text, term string) bool {
	if n := len(term); n < 2 || n > 5 || strings.ToUpper(term) != term || strings.ContainsFunc(term, func(r rune) bool { return r < 'A' || r > 'Z' }) {
		return false
	}
	ws := strings.Fields(text)
	for i := 0; i+len(term) <= len(ws); i++ {
		ok := true
		for j := range len(term) {
			w := []rune(strings.Trim(ws[i+j], `"'“”‘’(),.;:`))
			if len(w) < 2 || w[0] != rune(term[j]) || !unicode.IsLower(w[1]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// topicFirst orders hits so the issues a settlement about another thread
// has not taken over come first.
func topicFirst(hits []newsbot.IssueRecord, topic string) []newsbot.IssueRecord {
	out := slices.Clone(hits)
	slices.SortStableFunc(out, func(a, b newsbot.IssueRecord) int {
		ea, eb := settledElsewhere(a, topic), settledElsewhere(b, topic)
		switch {
		case ea && !eb:
			return 1
		case eb && !ea:
			return -1
		}
		// Then those naming more of the topic's common words themselves,
		// not only through a source's headline: "the Harlow strike" is the
		// strike, not the resignation calls its follow-up told beside it.
		// Then, of threads sharing one two-thread sentence ("…called off,
		// but … will go ahead"), the one whose own reading agrees with the
		// topic's.
		return cmp.Or(cmp.Compare(ownWords(b, topic), ownWords(a, topic)), cmp.Compare(agreesWith(b, topic), agreesWith(a, topic)))
	})
	return out
}

// stemMatch is a crude match across endings: equal words, or words sharing
// all but the last letter of a term of four letters or more.
// wordsHold: one of words (normWords' split, lower case) is term by
// stemMatch, or term is a compound ("rest-break") whose parts all are:
// normWords splits a text's compounds, so "rest breaks" holds it.
func wordsHold(words []string, term string) bool {
	if wordsStemMatch(words, term) {
		return true
	}
	if !strings.Contains(term, "-") {
		return false
	}
	n := 0
	for _, part := range strings.Split(term, "-") {
		if part == "" {
			continue
		}
		if !wordsStemMatch(words, part) {
			return false
		}
		n++
	}
	return n > 1
}

// wordsStemMatch: one of words is term by stemMatch (term's stem taken
// once, not once a word).
func wordsStemMatch(words []string, term string) bool {
	stem, ok := termStem(term)
	for _, w := range words {
		if w == term || ok && strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

func stemMatch(word, term string) bool {
	if word == term {
		return true
	}
	stem, ok := termStem(term)
	return ok && strings.HasPrefix(word, stem)
}

// termStem is term less its last letter, when it has four or more; an
// ASCII term (most) is cut in place.
func termStem(term string) (string, bool) {
	for i := 0; i < len(term); i++ {
		if term[i] >= utf8.RuneSelf {
			r := []rune(term)
			if len(r) < 4 {
				return "", false
			}
			return string(r[:len(r)-1]), true
		}
	}
	if len(term) < 4 {
		return "", false
	}
	return term[:len(term)-1], true
}

// newerReports are reports published after an issue's latest development
// and before asOf that name its place or parties (the capitalised words of
// its title and keywords) and tell of a settlement: the digest reads them,
// as the issue's own sources may end before the strike was called off.
func (s *Service) newerReports(ctx context.Context, issues []newsbot.IssueRecord, asOf time.Time) ([]newsbot.ArticleRef, error) {
	// withSettlements reads the issues' own newest reports first and stops
	// at maxSettleReads: when those fill it, newer reports found here would
	// never be read, so the searches are skipped.
	own := 0
	for _, is := range issues {
		if len(is.Sources) > 0 && !issueSettled(is) {
			own++
		}
	}
	if own >= maxSettleReads {
		return nil, nil
	}
	var out []newsbot.ArticleRef
	seen := map[int64]bool{}
	searched := 0
	for _, is := range issues {
		if searched >= maxNewerSearches || is.Status == newsbot.IssueClosed || issueSettled(is) {
			continue
		}
		if !asOf.IsZero() && is.LatestAt.Before(asOf.AddDate(0, 0, -2*settleDays)) {
			continue // a thread quiet for two weeks is not what a desk needs settled today
		}
		for _, r := range is.Sources {
			seen[r.ID] = true
		}
		names := threadNames(is)
		if len(names) < 2 {
			continue // one name alone ("Christmas") is no thread to search
		}
		searched++
		ps, err := s.Store.SearchPassages(ctx, strings.Join(names, " "), 5)
		if err != nil {
			return nil, fmt.Errorf("settlements: search %q: %w", names, err)
		}
		for _, p := range ps {
			r := p.Article
			if seen[r.ID] || !r.Published.After(is.LatestAt) || !asOf.IsZero() && !r.Published.Before(asOf) {
				continue
			}
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	return out, nil
}

// threadNames are the names newer coverage of an issue would repeat: the
// capitalised words of its title and keywords, less a word capitalised only
// because it opens them ("Dispute over pay" told "in a dispute over pay",
// or kept as the keyword "dispute"),
// then those inside its latest development (places, parties; no days), at
// most three.
func threadNames(is newsbot.IssueRecord) []string {
	// The words of the latest development as written, for telling a common
	// noun ("dispute") from a name.
	written := map[string]bool{}
	for _, w := range strings.Fields(is.Latest + " " + strings.Join(is.Keywords, " ")) {
		written[strings.Trim(w, ".,;:!?\"“”‘’()")] = true
	}
	var names []string
	add := func(t string) {
		if r := []rune(t); len(r) > 0 && unicode.IsUpper(r[0]) && !slices.Contains(names, t) && !reRelDate.MatchString(t) {
			names = append(names, t)
		}
	}
	for _, phrase := range append([]string{is.Title}, is.Keywords...) {
		for i, t := range keyTerms(phrase) {
			if i == 0 && strings.HasPrefix(phrase, t) && written[strings.ToLower(t)] {
				continue // a common noun opening the phrase
			}
			add(t)
		}
	}
	words := strings.Fields(is.Latest)
	for i, w := range words {
		if i == 0 {
			continue
		}
		if t := strings.Trim(w, ".,;:!?\"“”‘’()"); t != "" && !isStopword(strings.ToLower(t)) {
			add(strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s"))
		}
	}
	return names[:min(len(names), 3)]
}

// maxSettleReads bounds the articles withSettlements reads, so a digest or an
// answer stays quick however many issues it lists; settleDays is how old a
// report a digest still reads for a settlement.
const (
	maxSettleReads = 12
	settleDays     = 7
	// maxNewerSearches caps the full-text searches newerReports runs (2-5 ms
	// each at a million articles; the digest has 100 ms): the issues with
	// the newest developments, which lead the digest, are searched first.
	maxNewerSearches = 6
)

// withSettlements is issues with each one the copy has since reported settled
// carrying that report as its latest development, so it reads as settled
// ("[reported settled]", "No — ..."). Extraction may file the settlement
// under a different thread ("Calder Water and the council settled their
// dispute over household water bills" told beside a sewage pledge that
// became the issue's latest). A report settles an issue when it is no
// older than the issue's latest development, published before asOf, and
// either comes from the issue's newest source and shares a word with it, or
// names two words of its title and keywords. Only the newest source of each
// listed issue is read, and the newer reports given (a report that called
// the strike off may have filed no issue of its own).
func (s *Service) withSettlements(ctx context.Context, issues []newsbot.IssueRecord, asOf time.Time, newer ...newsbot.ArticleRef) ([]newsbot.IssueRecord, error) {
	type report struct {
		text string
		art  newsbot.ArticleRef
	}
	var reports []report
	read := map[int64]bool{}
	var refs []newsbot.ArticleRef
	for _, is := range issues {
		if len(is.Sources) > 0 && !issueSettled(is) {
			refs = append(refs, is.Sources[0])
		}
	}
	for _, r := range append(refs, newer...) {
		if len(read) >= maxSettleReads {
			break
		}
		if read[r.ID] {
			continue
		}
		read[r.ID] = true
		if !asOf.IsZero() && (!r.Published.Before(asOf) || r.Published.Before(asOf.AddDate(0, 0, -settleDays))) {
			// Not yet published, or too old to be news of a settlement.
			continue
		}
		art, err := s.Store.Article(ctx, r.ID)
		switch {
		case errors.Is(err, newsbot.ErrNotFound) || err == nil && art == nil:
			continue // removed since the issue listed it
		case err != nil:
			return nil, fmt.Errorf("settlements: article %d: %w", r.ID, err)
		}
		// Most reports settle nothing: one pass over the text for the
		// words of a settlement says so before it is split into sentences.
		// The sentences are read, not the whole text by reSettled first:
		// the disputes' own reports hold those words, and reSettled over
		// an article costs a millisecond or two. (A sentence is bounded by
		// spaces or the text's ends, so reSettled finds a settlement in it
		// only where it finds one in the text.)
		if !maySettle(art.Text) {
			continue
		}
		for _, sp := range text.Sentences(art.Text) {
			if reportsSettled(sp.Text) {
				reports = append(reports, report{strings.TrimSpace(sp.Text), r})
			}
		}
	}
	if len(reports) == 0 {
		return issues, nil
	}
	out := slices.Clone(issues)
	for i, is := range out {
		if is.Status == newsbot.IssueClosed || issueSettled(is) {
			continue
		}
		named := threadWords(is)
		for _, r := range reports {
			if r.art.Published.Before(is.LatestAt) {
				continue
			}
			same := len(is.Sources) > 0 && is.Sources[0].ID == r.art.ID
			if same && reStillOn.MatchString(is.Latest) {
				// The report settles another thread and says this one goes on.
				continue
			}
			// From the issue's own report, the settlement names the thread
			// or the issue's latest is a term of the deal ("Under the
			// agreement, ..."); a council's bin deal does not settle its
			// library row told beside it.
			if c, ok := goesOnFor(r.text, is); ok && !same && r.art.Published.After(is.LatestAt) &&
				!slices.ContainsFunc(is.Sources, func(a newsbot.ArticleRef) bool { return a.ID == r.art.ID }) {
				// "…, but the rail strike will go ahead": the follow-up
				// joins the thread it says goes on, which stays open, with
				// the clause that tells of it.
				out[i].Latest, out[i].LatestAt = c, r.art.Published
				out[i].Sources = append([]newsbot.ArticleRef{r.art}, is.Sources...)
				out[i].SourceCount = max(is.SourceCount, len(is.Sources)) + 1
				break
			}
			if !(same && (termScore(r.text, named) > 0 || reUnderDeal.MatchString(is.Latest))) && termScore(r.text, named) < 2 {
				continue
			}
			if !reUnderDeal.MatchString(is.Latest) && !settlesThread(r.text, r.art, is) {
				continue // the strike called off, not the resignation calls told beside it
			}
			if !settledFor(r.text, slices.Concat(named, keyTerms(is.Latest))) {
				continue // "…, but the rail strike will go ahead": this thread goes on
			}
			out[i].Latest, out[i].LatestAt = r.text, r.art.Published
			if !same {
				out[i].Sources = append([]newsbot.ArticleRef{r.art}, is.Sources...)
				out[i].SourceCount = max(is.SourceCount, len(is.Sources)) + 1
			}
			break
		}
	}
	return sortIssues(out), nil
}

// settleWords are the words one of which every match of reSettled holds
// whole (ASCII word boundaries, any case): the thread nouns of its first,
// fourth and fifth forms, the deal nouns of the second, "settle" of the
// third. A text without any cannot report a settlement, and most copy has
// none: maySettle says so in one pass, where reSettled, an automaton of
// hundreds of states, costs about a microsecond a byte. Keep the two in
// step (TestMaySettleCoversReSettled).
var settleWords = [...]string{"agreement", "blockade", "boycott", "conflict", "deal", "dispute", "feud", "impasse", "industrial",
	"lockout", "overtime", "protest", "protests", "row", "settle", "settlement", "sit-in", "spat", "stand-off", "standoff", "strike",
	"walkout", "work-to-rule"}

// maySettle: s holds one of settleWords as a word, so reSettled may match
// it; false means it cannot.
func maySettle(s string) bool {
	// Under (?i) the Kelvin sign matches k and the long s matches s: a
	// text holding either is left to the expression.
	if strings.ContainsAny(s, "\u212a\u017f") {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' || i > 0 && reWordByte(s[i-1]) {
			continue
		}
		for _, w := range settleWords {
			if w[0] == c && wordAt(s, i, w) {
				return true
			}
		}
	}
	return false
}

// reWordByte is \b's word character (ASCII only in Go).
func reWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// wordAt: s holds w (lower case ASCII letters and hyphens) at i in any case,
// not followed by a word character.
func wordAt(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		b := s[i+j]
		if w[j] != '-' {
			b |= 0x20
		}
		if b != w[j] {
			return false
		}
	}
	return i+len(w) == len(s) || !reWordByte(s[i+len(w)])
}
