package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
)

// issueMatch is the issues.Similar score at or above which an extracted
// issue joins a stored one (0.35 and up means the same thread, by its doc).
const issueMatch = 0.35

// anchoredSpan is how close in time (seconds) an issue matched only by its
// names (issues.Thread: the same sides or place, a word in common) must
// have last developed: the same neighbours' next row, months on, is another
// story.
const anchoredSpan = 45 * 24 * 3600

// issueCandidates caps how many stored issues sharing a term are compared,
// newest first, so a common word cannot make merging slow.
const issueCandidates = 50

// issueTerms is the set of content words of an issue's title and keywords,
// each plural also folded to its singular (pluralFold): a report of
// "export curbs" finds the stored "Curbs on exports".
func issueTerms(title string, keywords []string) map[string]bool {
	set := map[string]bool{}
	add := func(w string) {
		set[w] = true
		if f := pluralFold(w); f != w {
			set[f] = true
		}
	}
	for _, w := range terms(title) {
		add(w)
	}
	for _, k := range keywords {
		for _, w := range terms(k) {
			add(w)
		}
	}
	return set
}

// storedTerms is issueTerms as issues were indexed before plurals were
// folded: the terms a stored row is known to hold in issue_terms.
func storedTerms(title string, keywords []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range terms(title) {
		set[w] = true
	}
	for _, k := range keywords {
		for _, w := range terms(k) {
			set[w] = true
		}
	}
	return set
}

// pluralFold is the singular of a folded plural term ("exports" →
// "export", "duties" → "duty"), as the issues package folds words; other
// terms come back as they are.
func pluralFold(w string) string {
	n := len(w)
	if n <= 3 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i' {
		return w
	}
	if n > 4 && strings.HasSuffix(w, "ies") {
		return w[:n-3] + "y"
	}
	return w[:n-1]
}

// mergeArticleIssues links the issues of article to stored issues (mergeIssue).
//
// Threads of one article raised by the same sentence, or told with the
// same sides or place (issues.Anchors.SameSides), are one story
// ("Hydrogen pipeline" and "Baltic states and Finland", both from the lead
// that has the ministers meet on the pipeline): they go to one stored
// issue, the one most similar to any of them, or a new one.
func (sv *saver) mergeArticleIssues(article, published int64, xs []newsbot.Issue, ps []preppedIssue, quotes []savedQuote) error {
	lead := make([]int, len(xs)) // the first thread of each one's story
	for i := range ps {
		lead[i] = i
		if ps[i].set == nil {
			continue
		}
		for j := range i {
			if ps[j].set != nil && (ps[j].evidence == ps[i].evidence || ps[i].anchors.SameSides(ps[j].anchors)) {
				lead[i] = lead[j]
				break
			}
		}
	}
	into := make([]*cachedIssue, len(xs)) // by lead
	best := make([]float64, len(xs))
	searched := make([]bool, len(xs)) // by lead: all its threads compared
	for i := range ps {
		if ps[i].set == nil || lead[i] == i && !slices.Contains(lead[i+1:], i) {
			continue // a story of one thread searches when it is merged
		}
		searched[lead[i]] = true
		ci, sim, err := sv.similarIssue(published, &ps[i])
		if err != nil {
			return err
		}
		if l := lead[i]; sim >= issueMatch && sim > best[l] {
			into[l], best[l] = ci, sim
		}
	}
	var linked []*cachedIssue // stored issues the article's threads went to
	for i := range xs {
		l := lead[i]
		// A story the article's own threads did not tie to an earlier one
		// may share its sides with a stored issue an earlier thread went to.
		for _, ci := range linked {
			if into[l] == nil && ps[i].set != nil && ps[i].anchors.SameSides(ci.anchorSet()) {
				into[l] = ci
			}
		}
		// A searched story matched nothing stored before the article: only
		// an issue its earlier threads opened may match it now.
		if into[l] == nil && searched[l] && ps[i].set != nil {
			if ci, sim := mostSimilar(&ps[i], published, linked); sim >= issueMatch {
				into[l] = ci
			}
		}
		ci, err := sv.mergeIssue(article, published, &xs[i], &ps[i], quotes, into[l], !searched[l])
		if err != nil {
			return err
		}
		if ci != nil {
			into[l] = ci
			if !slices.Contains(linked, ci) {
				linked = append(linked, ci)
			}
		}
	}
	return nil
}

// mergeIssue links issue is, raised by article, to stored issue into, or
// when into is nil to the most similar stored issue (open or closed) or a
// new one, and links the article's quotes that mention one of its
// keywords; with search false a nil into means a new issue. It returns
// the stored issue (nil when is is not stored).
func (sv *saver) mergeIssue(article, published int64, is *newsbot.Issue, pi *preppedIssue, quotes []savedQuote, into *cachedIssue, search bool) (*cachedIssue, error) {
	if pi.set == nil {
		return nil, nil
	}
	title, set, evidence := pi.title, pi.set, pi.evidence
	best, bestSim := into, issueMatch
	if best == nil && search {
		var err error
		if best, bestSim, err = sv.similarIssue(published, pi); err != nil {
			return nil, err
		}
	}

	var ci *cachedIssue
	if best != nil && bestSim >= issueMatch {
		// The row is rewritten once, at the end of the batch (flushIssues).
		ci = best
		// Coverage of a running story mostly repeats its keywords: the
		// comparison form and needles are rebuilt only when they changed.
		if ci.keywordsCover(pi.kwLower) {
			// Nothing to add: mergeKeywords would return them as they are.
		} else if kws := mergeKeywords(ci.keywords, joinedKeywords(ci, pi, is.Keywords)); !slices.Equal(kws, ci.keywords) {
			ci.setKeywords(kws)
			ci.sim, ci.needles = nil, nil
			for w := range issueTerms("", ci.keywords) {
				ci.set[w] = true
			}
		}
		if t := extendedTitle(ci, title); t != "" {
			ci.title, ci.sim = t, nil
			for _, w := range terms(t) {
				ci.set[w] = true
			}
		}
		// A closed issue reopens only for coverage published after it was closed.
		if ci.status == newsbot.IssueClosed && ci.closedAt.Valid && published > ci.closedAt.Int64 {
			ci.status, ci.revived, ci.closedAt = newsbot.IssueOpen, true, sql.NullInt64{}
		}
		if published >= ci.latestAt {
			ci.latest = evidence
		}
		ci.latestAt = max(ci.latestAt, published)
		ci.anchors = ci.anchorSet().Add(pi.anchors)
		sv.dirty[ci.id] = ci
	} else {
		keywords := mergeKeywords(nil, is.Keywords)
		kw, err := json.Marshal(keywords)
		if err != nil {
			return nil, fmt.Errorf("issue keywords: %w", err)
		}
		res, err := sv.stmtExec(`INSERT INTO issues(title, keywords, latest, latest_at, updated_at) VALUES (?,?,?,?,?)`,
			title, string(kw), evidence, published, sv.now.Unix())
		if err != nil {
			return nil, fmt.Errorf("insert issue: %w", err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("insert issue: %w", err)
		}
		ci = &cachedIssue{id: id, title: title, set: issueTerms(title, keywords), indexed: map[string]bool{},
			status: newsbot.IssueOpen, latest: evidence, latestAt: published, anchors: pi.anchors, anchored: true}
		ci.setKeywords(keywords)
		ci.kwJSON = string(kw)
		sv.c.issues[id] = ci
	}
	// Index the extracted issue's words under the stored one, so the next
	// report worded this way finds it.
	for w := range set {
		if ci.indexed[w] {
			continue
		}
		if err := sv.exec(`INSERT OR IGNORE INTO issue_terms(term, issue_id) VALUES (?, ?)`, w, ci.id); err != nil {
			return nil, fmt.Errorf("issue terms: %w", err)
		}
		ci.indexed[w] = true
		sv.c.addTermCand(w, ci.id)
	}
	id := ci.id
	// The evidence is stored as a span of the article text when it is one
	// (see migration 0004); latest keeps its own copy.
	if pi.evidenceAt.len > 0 {
		sv.issueArts = append(sv.issueArts, id, article, published, "", int64(pi.evidenceAt.start), int64(pi.evidenceAt.len))
	} else {
		sv.issueArts = append(sv.issueArts, id, article, published, evidence, int64(0), int64(0))
	}

	// Quotes of this article that speak to the issue: text or sentence holds a keyword.
	if ci.needles == nil {
		ci.needles = keywordNeedles(ci.keywords)
	}
	if len(pi.needles) == 0 && len(ci.needles) == 0 {
		needles := make([]string, 0, len(set))
		for w := range set {
			needles = append(needles, " "+w+" ")
		}
		for _, q := range quotes {
			if containsAny(q.norm, needles) {
				sv.issueQuotes = append(sv.issueQuotes, id, q.id)
			}
		}
		return ci, nil
	}
	// prep tested the extracted keywords (quoteHits); only the stored
	// issue's other keywords that can be in a quote are left to test here.
	var extra []string
	for _, n := range ci.needles {
		if !slices.Contains(pi.needles, n) && strings.Contains(pi.quoteAll, n) {
			extra = append(extra, n)
		}
	}
	for i, q := range quotes {
		if pi.quoteHits[i] || containsAny(q.norm, extra) {
			sv.issueQuotes = append(sv.issueQuotes, id, q.id)
		}
	}
	return ci, nil
}

// similarIssue returns the stored issue most similar to pi among those
// sharing a term with it, and the score.
func (sv *saver) similarIssue(published int64, pi *preppedIssue) (*cachedIssue, float64, error) {
	set := pi.set
	// Candidates: stored issues sharing at least one term, in id order.
	var cands []int64
	for w := range set {
		ids, ok := sv.c.termCands[w]
		if !ok {
			var err error
			ids, err = sv.queryInts(issueCandidatesQuery, w, issueCandidates)
			if err != nil {
				return nil, 0, fmt.Errorf("issue candidates: %w", err)
			}
			sv.c.termCands[w] = ids
		}
		cands = append(cands, ids...)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	list := make([]*cachedIssue, 0, len(cands))
	for _, id := range cands {
		ci, err := sv.issue(id)
		if err != nil {
			return nil, 0, err
		}
		if ci != nil { // nil: deleted
			list = append(list, ci)
		}
	}
	best, bestSim := mostSimilar(pi, published, list)
	return best, bestSim, nil
}

// parallelCompare is the candidate count from which mostSimilar splits the
// comparisons over two goroutines: during ingest the writer is the
// bottleneck and the extraction core has time to spare.
const parallelCompare = 32

// mostSimilar returns the first of list most similar to pi, published at
// published (nil when none shares anything): word similarity weighed by
// shared names (issues.Thread), a match by names alone only with an issue
// developed within anchoredSpan.
func mostSimilar(pi *preppedIssue, published int64, list []*cachedIssue) (*cachedIssue, float64) {
	in := pi.incoming
	scan := func(list []*cachedIssue) (best *cachedIssue, bestSim float64) {
		for _, ci := range list {
			sim, words, anchored := in.Thread(ci.prepared(), pi.anchors, ci.anchorSet())
			if anchored && (published-ci.latestAt > anchoredSpan || ci.latestAt-published > anchoredSpan) {
				sim = words
			}
			if sim > bestSim {
				best, bestSim = ci, sim
			}
		}
		return best, bestSim
	}
	if len(list) < parallelCompare {
		return scan(list)
	}
	// Each half prepares only its own issues; the earlier half wins ties,
	// as in one pass.
	h := len(list) / 2
	var first *cachedIssue
	var firstSim float64
	done := make(chan struct{})
	go func() {
		defer close(done)
		first, firstSim = scan(list[:h])
	}()
	second, secondSim := scan(list[h:])
	<-done
	if firstSim >= secondSim {
		return first, firstSim
	}
	return second, secondSim
}

// flushIssues writes the merged state of the issues the batch changed,
// rowsPerInsert issues per statement (see flushCounts).
func (sv *saver) flushIssues() error {
	vals := make([]any, 0, issueUpdateCols*len(sv.dirty))
	now := sv.now.Unix()
	for _, id := range sortedKeys(sv.dirty) {
		ci := sv.dirty[id]
		if ci.kwJSON == "" {
			kw, err := json.Marshal(ci.keywords)
			if err != nil {
				return fmt.Errorf("issue keywords: %w", err)
			}
			ci.kwJSON = string(kw)
		}
		vals = append(vals, id, ci.title, ci.kwJSON, ci.status, ci.revived, ci.closedAt, ci.latest, ci.latestAt, now)
	}
	if err := sv.updateRows(issueUpdate, issueUpdateCols, vals); err != nil {
		return fmt.Errorf("update issues: %w", err)
	}
	clear(sv.dirty)
	return nil
}

// issueUpdate writes rows (id, title, keywords, status, revived,
// closed_at, latest, latest_at, updated_at) to issues.
const (
	issueUpdate = `UPDATE OR FAIL issues SET title = v.column2, keywords = v.column3, status = v.column4, revived = v.column5,
	closed_at = v.column6, latest = v.column7, latest_at = v.column8, updated_at = v.column9
	FROM (VALUES %s) AS v WHERE issues.id = v.column1`
	issueUpdateCols = 9
)

// cachedIssue is what merging needs of a stored issue, kept from batch to
// batch (writeCache). Merges change it here; flushIssues writes it.
type cachedIssue struct {
	id       int64
	title    string
	keywords []string
	set      map[string]bool  // terms of title and keywords
	indexed  map[string]bool  // terms known to be in issue_terms
	sim      *issues.Prepared // for issues.Similarity; nil until needed or after a change
	// anchors are the names of the issue and of the reports merged into it
	// (issues.Thread); read from title, keywords and latest until anchored.
	anchors  issues.Anchors
	anchored bool
	needles  []string // keywordNeedles(keywords); nil until needed or after a change
	// kwLower is keywords lower-cased when mergeKeywords would leave them
	// as they are (trimmed, distinct, at most maxKeywords), else nil: a
	// report repeating known keywords then changes nothing (keywordsCover).
	kwLower []string
	kwJSON  string // keywords as JSON (json.Marshal); "" until needed or after a change

	edited   bool // an editor touched it: its title is theirs
	status   string
	closedAt sql.NullInt64
	revived  bool
	latest   string
	latestAt int64
}

// prepared is the issue's comparison form, computed once per change.
func (ci *cachedIssue) prepared() *issues.Prepared {
	if ci.sim == nil {
		ci.sim = issues.Prepare(newsbot.Issue{Title: ci.title, Keywords: ci.keywords})
	}
	return ci.sim
}

// anchorSet is the issue's names, read from the stored row on first use.
func (ci *cachedIssue) anchorSet() issues.Anchors {
	if !ci.anchored {
		ci.anchors = issues.AnchorsOf(newsbot.Issue{Title: ci.title, Keywords: ci.keywords, Evidence: []string{ci.latest}})
		ci.anchored = true
	}
	return ci.anchors
}

// issue returns the stored issue id, cached; nil when there is none.
func (sv *saver) issue(id int64) (*cachedIssue, error) {
	if ci, ok := sv.c.issues[id]; ok {
		return ci, nil
	}
	var kw string
	ci := &cachedIssue{id: id}
	err := sv.queryRow(`SELECT title, keywords, status, closed_at, revived, latest, latest_at, edited FROM issues WHERE id = ?`, id).
		Scan(&ci.title, &kw, &ci.status, &ci.closedAt, &ci.revived, &ci.latest, &ci.latestAt, &ci.edited)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("issue %d: %w", id, err)
	}
	var keywords []string
	if err := json.Unmarshal([]byte(kw), &keywords); err != nil {
		return nil, fmt.Errorf("issue %d keywords: %w", id, err)
	}
	ci.setKeywords(keywords)
	ci.set = issueTerms(ci.title, ci.keywords)
	// Title and keyword terms were indexed when they were stored; their
	// folded plurals maybe not (rows stored before folding), so those are
	// indexed at the next merge.
	ci.indexed = storedTerms(ci.title, ci.keywords)
	sv.c.issues[id] = ci
	return ci, nil
}

// extendedTitle is the title of a report joining stored issue ci when it
// says what ci's one-word title leaves open ("Bill" → "Asylum bill",
// "Ban" → "Ban on onion exports"): it holds that word, folded, among more
// words. "" when ci keeps its title: an editor's, or already a phrase.
func extendedTitle(ci *cachedIssue, title string) string {
	if ci.edited || strings.ContainsAny(ci.title, " -") {
		return ""
	}
	ts := terms(title)
	if len(ts) < 2 {
		return ""
	}
	old := pluralFold(fold(strings.ToLower(ci.title)))
	for _, w := range ts {
		if pluralFold(w) == old {
			return title
		}
	}
	return ""
}

// strongMatch is the word similarity (issues.Similarity) from which a
// report joining an issue brings all its keywords: one that joined by a
// weaker match (a shared word, shared sides) may be another story, and its
// other words would draw that story's next reports to the issue too.
const strongMatch = 0.5

// joinedKeywords are the keywords of the report pi (kws) that a stored
// issue ci it joins takes: all of them after a strong match, else only
// those whose every word the issue already has ("lorry drivers" again,
// "fishing" of "fishing permits"): a weak match adds no new word ("Tony
// Martin" beside "Tony Blair" would draw the next Martin story).
func joinedKeywords(ci *cachedIssue, pi *preppedIssue, kws []string) []string {
	if pi.incoming.Similarity(ci.prepared()) >= strongMatch {
		return kws
	}
	var out []string
	for _, k := range kws {
		ts := terms(k)
		known := len(ts) > 0
		for _, w := range ts {
			if !ci.set[w] && !ci.set[pluralFold(w)] {
				known = false
				break
			}
		}
		if known {
			out = append(out, k)
		}
	}
	return out
}

// maxKeywords keeps a long-running issue's keyword list readable.
const maxKeywords = 12

// setKeywords changes the issue's keywords (not its term sets).
func (ci *cachedIssue) setKeywords(kws []string) {
	ci.keywords, ci.kwJSON, ci.kwLower = kws, "", nil
	if len(kws) > maxKeywords {
		return
	}
	lower := make([]string, 0, len(kws))
	for _, k := range kws {
		lk := strings.ToLower(k)
		if k == "" || k != strings.TrimSpace(k) || slices.Contains(lower, lk) {
			return // an editor's list: mergeKeywords would rewrite it
		}
		lower = append(lower, lk)
	}
	ci.kwLower = lower
}

// keywordsCover says whether mergeKeywords(ci.keywords, add) is
// ci.keywords, for add given as keywordLowers(add): the list is full, or
// holds every keyword added.
func (ci *cachedIssue) keywordsCover(addLower []string) bool {
	if ci.kwLower == nil {
		return false
	}
	if len(ci.keywords) >= maxKeywords {
		return true
	}
	for _, lk := range addLower {
		if !slices.Contains(ci.kwLower, lk) {
			return false
		}
	}
	return true
}

// keywordLowers is what mergeKeywords compares of keywords: each trimmed
// and lower-cased, empty ones left out.
func keywordLowers(keywords []string) []string {
	out := make([]string, 0, len(keywords))
	for _, k := range keywords {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, strings.ToLower(k))
		}
	}
	return out
}

func mergeKeywords(old, add []string) []string {
	out := make([]string, 0, len(old)+len(add))
	seen := map[string]bool{}
	for _, k := range append(append([]string{}, old...), add...) {
		k = strings.TrimSpace(k)
		lk := strings.ToLower(k)
		if k == "" || seen[lk] || len(out) >= maxKeywords {
			continue
		}
		seen[lk] = true
		out = append(out, k)
	}
	return out
}

func scanIssue(sc scanner) (newsbot.IssueRecord, error) {
	var r newsbot.IssueRecord
	var kw string
	var latestAt, updatedAt int64
	if err := sc.Scan(&r.ID, &r.Title, &kw, &r.Status, &r.Revived, &r.Latest, &latestAt, &updatedAt, &r.SourceCount); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(kw), &r.Keywords); err != nil {
		return r, fmt.Errorf("issue %d keywords: %w", r.ID, err)
	}
	r.LatestAt, r.UpdatedAt = fromUnix(latestAt), fromUnix(updatedAt)
	return r, nil
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// A long-running issue can gather thousands of articles; a record carries
// the newest few, which is what a digest or a reply shows.
const (
	maxIssueSources = 20 // newest first
	maxIssueQuotes  = 50 // most recently stored first
)

// fillIssue loads an issue's newest sources, their count and quote ids.
func fillIssue(ctx context.Context, db querier, r *newsbot.IssueRecord) error {
	if err := fillIssueSources(ctx, db, r); err != nil {
		return err
	}
	qrows, err := db.QueryContext(ctx, issueQuotesQuery, r.ID, maxIssueQuotes)
	if err != nil {
		return fmt.Errorf("issue %d quotes: %w", r.ID, err)
	}
	defer qrows.Close()
	r.QuoteIDs = []int64{}
	for qrows.Next() {
		var id int64
		if err := qrows.Scan(&id); err != nil {
			return fmt.Errorf("issue %d quotes: %w", r.ID, err)
		}
		r.QuoteIDs = append(r.QuoteIDs, id)
	}
	return qrows.Err()
}

// fillIssueSources loads an issue's newest sources; r.SourceCount comes
// from its row (scanIssue).
func fillIssueSources(ctx context.Context, db querier, r *newsbot.IssueRecord) error {
	rows, err := db.QueryContext(ctx, issueSourcesQuery, r.ID, maxIssueSources)
	if err != nil {
		return fmt.Errorf("issue %d sources: %w", r.ID, err)
	}
	defer rows.Close()
	r.Sources = []newsbot.ArticleRef{}
	for rows.Next() {
		var a newsbot.ArticleRef
		var pub int64
		if err := rows.Scan(&a.ID, &a.Title, &a.URL, &a.Outlet, &pub); err != nil {
			return fmt.Errorf("issue %d sources: %w", r.ID, err)
		}
		a.Published = fromUnix(pub)
		r.Sources = append(r.Sources, a)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("issue %d sources: %w", r.ID, err)
	}
	// All the sources listed, they are counted; else the issue row's
	// count of its links (issues.source_count, migration 0009) says how
	// many there are.
	if len(r.Sources) < maxIssueSources {
		r.SourceCount = len(r.Sources)
	}
	return nil
}

// Issues lists issues with status ("open", "closed", "" for all), latest
// development first, at most limit (> 0) of them: a digest wants only the
// most recently developed from a years-deep archive.
func (s *Store) Issues(ctx context.Context, status string, limit int) ([]newsbot.IssueRecord, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	var rows *sql.Rows
	var err error
	switch status {
	case "":
		rows, err = s.rq.QueryContext(ctx, allIssuesQuery, limit)
	case newsbot.IssueOpen, newsbot.IssueClosed:
		rows, err = s.rq.QueryContext(ctx, issuesByStatusQuery, status, limit)
	default:
		return nil, fmt.Errorf("issues: status %q: %w", status, newsbot.ErrBadInput)
	}
	out, err := scanIssues(rows, err)
	if err != nil {
		return nil, fmt.Errorf("issues: %w", err)
	}
	for i := range out {
		if err := fillIssue(ctx, s.rq, &out[i]); err != nil {
			return nil, fmt.Errorf("issues: %w", err)
		}
	}
	return out, nil
}

// IssuesAfter lists issues with status ("open" or "closed") as Issues
// does, without their quote links (QuoteIDs nil): those after the issue
// after in Issues' order (nil: from the first), at most limit (> 0) of
// them. A digest prints no quotes of an issue (50 links read each), and
// reads a second page only when junk threads took lines of the first,
// rather than the first again with it.
func (s *Store) IssuesAfter(ctx context.Context, status string, after *newsbot.IssueRecord, limit int) ([]newsbot.IssueRecord, error) {
	if status != newsbot.IssueOpen && status != newsbot.IssueClosed {
		return nil, fmt.Errorf("issues: status %q: %w", status, newsbot.ErrBadInput)
	}
	if limit <= 0 {
		return nil, fmt.Errorf("issues: limit %d: %w", limit, newsbot.ErrBadInput)
	}
	var rows *sql.Rows
	var err error
	if after == nil {
		rows, err = s.rq.QueryContext(ctx, issuesByStatusQuery, status, limit)
	} else {
		at := int64(0) // fromUnix's zero time
		if !after.LatestAt.IsZero() {
			at = after.LatestAt.Unix()
		}
		rows, err = s.rq.QueryContext(ctx, issuesByStatusAfterQuery, status, at, after.ID, limit)
	}
	out, err := scanIssues(rows, err)
	if err != nil {
		return nil, fmt.Errorf("issues: %w", err)
	}
	for i := range out {
		if err := fillIssueSources(ctx, s.rq, &out[i]); err != nil {
			return nil, fmt.Errorf("issues: %w", err)
		}
	}
	return out, nil
}

// scanIssues reads the issue rows a query returned (rows, err as
// QueryContext gives them) and closes them.
func scanIssues(rows *sql.Rows, err error) ([]newsbot.IssueRecord, error) {
	if err != nil {
		return nil, err
	}
	var out []newsbot.IssueRecord
	for rows.Next() {
		r, err := scanIssue(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, r)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	return out, nil
}

// Issue returns one issue with its sources and quotes.
func (s *Store) Issue(ctx context.Context, id int64) (*newsbot.IssueRecord, error) {
	r, err := scanIssue(s.rq.QueryRowContext(ctx, `SELECT `+issueCols+` FROM issues WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("issue", id)
	}
	if err != nil {
		return nil, fmt.Errorf("issue %d: %w", id, err)
	}
	if err := fillIssue(ctx, s.rq, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// SetIssueStatus opens or closes an issue. Closing remembers when, so that
// only coverage published later revives it; reopening by hand clears Revived.
func (s *Store) SetIssueStatus(ctx context.Context, id int64, status string) error {
	if status != newsbot.IssueOpen && status != newsbot.IssueClosed {
		return fmt.Errorf("set issue %d status %q: %w", id, status, newsbot.ErrBadInput)
	}
	now := s.now().Unix()
	// The saver caches issues: an editor's change must reach the next batch.
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.dropWriteCache()
	if err := s.foreignKeysOn(ctx); err != nil {
		return err
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var res sql.Result
		var err error
		if status == newsbot.IssueClosed {
			res, err = tx.ExecContext(ctx, `UPDATE issues SET status = 'closed', closed_at = ?1, revived = 0, edited = 1, updated_at = ?1 WHERE id = ?2`, now, id)
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE issues SET status = 'open', closed_at = NULL, revived = 0, edited = 1, updated_at = ?1 WHERE id = ?2`, now, id)
		}
		return mustAffect(res, err, "issue", id)
	})
	if err != nil {
		return fmt.Errorf("set issue status: %w", err)
	}
	return nil
}

// RenameIssue sets an issue's title.
func (s *Store) RenameIssue(ctx context.Context, id int64, title string) error {
	title = strings.TrimSpace(title)
	if title == "" {
		return fmt.Errorf("rename issue %d: empty title: %w", id, newsbot.ErrBadInput)
	}
	// The saver caches issues: an editor's change must reach the next batch.
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.dropWriteCache()
	if err := s.foreignKeysOn(ctx); err != nil {
		return err
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE issues SET title = ?, edited = 1, updated_at = ? WHERE id = ?`, title, s.now().Unix(), id)
		if err := mustAffect(res, err, "issue", id); err != nil {
			return err
		}
		// New title words find this issue when later coverage uses them.
		for _, w := range terms(title) {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO issue_terms(term, issue_id) VALUES (?, ?)`, w, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("rename issue: %w", err)
	}
	return nil
}

// MergeIssues folds issue from into issue into: article and quote links,
// keywords and terms move, from is deleted.
func (s *Store) MergeIssues(ctx context.Context, into, from int64) error {
	if into == from {
		return fmt.Errorf("merge issue %d into itself: %w", into, newsbot.ErrBadInput)
	}
	// The saver caches issues: an editor's change must reach the next batch.
	s.wmu.Lock()
	defer s.wmu.Unlock()
	defer s.dropWriteCache()
	if err := s.foreignKeysOn(ctx); err != nil {
		return err
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var intoKW, fromKW string
		if err := tx.QueryRowContext(ctx, `SELECT keywords FROM issues WHERE id = ?`, into).Scan(&intoKW); errors.Is(err, sql.ErrNoRows) {
			return notFound("issue", into)
		} else if err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT keywords FROM issues WHERE id = ?`, from).Scan(&fromKW); errors.Is(err, sql.ErrNoRows) {
			return notFound("issue", from)
		} else if err != nil {
			return err
		}
		var a, b []string
		if err := errors.Join(json.Unmarshal([]byte(intoKW), &a), json.Unmarshal([]byte(fromKW), &b)); err != nil {
			return fmt.Errorf("keywords: %w", err)
		}
		kw, err := json.Marshal(mergeKeywords(a, b))
		if err != nil {
			return err
		}
		for _, q := range []string{
			`INSERT OR IGNORE INTO issue_articles(issue_id, article_id, published_at, evidence, evidence_start, evidence_len)
				SELECT ?1, article_id, published_at, evidence, evidence_start, evidence_len FROM issue_articles WHERE issue_id = ?2`,
			`INSERT OR IGNORE INTO issue_quotes(issue_id, quote_id) SELECT ?1, quote_id FROM issue_quotes WHERE issue_id = ?2`,
			`INSERT OR IGNORE INTO issue_terms(term, issue_id) SELECT term, ?1 FROM issue_terms WHERE issue_id = ?2`,
			`DELETE FROM issues WHERE id = ?2`,
		} {
			if _, err := tx.ExecContext(ctx, q, into, from); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE issues SET keywords = ?, edited = 1, updated_at = ? WHERE id = ?`,
			string(kw), s.now().Unix(), into); err != nil {
			return err
		}
		return refreshLatest(ctx, tx, into)
	})
	if err != nil {
		return fmt.Errorf("merge issue %d into %d: %w", from, into, err)
	}
	return nil
}

func mustAffect(res sql.Result, err error, what string, id int64) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return notFound(what, id)
	}
	return nil
}

// mergeClosings brings the threads an article reports ended
// (issues.Closings) to the stored issues they close: the settling sentence
// becomes the issue's latest development and the article one of its
// sources, so listings, the digest ("reported settled") and answers tell
// the end rather than the dispute before it. A closing that matches no
// stored issue opens none: an ended thread is no open issue.
func (sv *saver) mergeClosings(article, published int64, cs []preppedIssue) error {
	for i := range cs {
		pi := &cs[i]
		ci, sim, err := sv.similarIssue(published, pi)
		if err != nil {
			return err
		}
		if ci == nil || sim < issueMatch || published < ci.latestAt {
			continue // nothing to close, or older than what the issue holds
		}
		ci.latest, ci.latestAt = pi.evidence, published
		ci.anchors = ci.anchorSet().Add(pi.anchors)
		sv.dirty[ci.id] = ci
		if pi.evidenceAt.len > 0 {
			sv.issueArts = append(sv.issueArts, ci.id, article, published, "", int64(pi.evidenceAt.start), int64(pi.evidenceAt.len))
		} else {
			sv.issueArts = append(sv.issueArts, ci.id, article, published, pi.evidence, int64(0), int64(0))
		}
	}
	return nil
}
