package store

import (
	"strconv"
	"strings"
	"time"
)

// The statements of the serving and ingest paths, in one place so that the
// code, TestHotQueryPlans and outside benchmarks (HotQueries) run the same
// text.

const quoteHitCols = `q.id, q.text, q.speaker, q.mention, q.cue, q.kind, q.start, q."end", ` + quoteSentenceExpr + `, q.person_id,
	a.id, a.title, a.url, a.outlet, a.published_at`

// quoteSentenceExpr is a quote's sentence: a byte span of its article's
// text (a, joined), or as stored for rows from before migration 0004 and
// sentences not found in the text.
const quoteSentenceExpr = `CASE WHEN q.sentence_len > 0
	THEN CAST(substr(CAST(a.text AS BLOB), q.sentence_start + 1, q.sentence_len) AS TEXT) ELSE q.sentence END`

// issueEvidenceExpr is an issue link's evidence, the same way: a span of
// the article's text (a, joined to ia) or as stored.
const issueEvidenceExpr = `CASE WHEN ia.evidence_len > 0
	THEN CAST(substr(CAST(a.text AS BLOB), ia.evidence_start + 1, ia.evidence_len) AS TEXT) ELSE ia.evidence END`

// whosaidQuery is the hot query behind /whosaid NAME: one walk of
// quotes_person_published, newest first, no sort.
const whosaidQuery = `SELECT ` + quoteHitCols + `
	FROM quotes q JOIN articles a ON a.id = q.article_id
	WHERE q.person_id = ? ORDER BY q.published_at DESC, q.id DESC LIMIT ? OFFSET ?`

// speakerQuery finds quotes of organisations and unnamed sources whose
// speaker key starts with the words asked for ("downing street" finds "downing
// street spokesman"): one range walk of quotes_speaker_key.
const speakerQuery = `SELECT ` + quoteHitCols + `
	FROM quotes q JOIN articles a ON a.id = q.article_id
	WHERE q.person_id IS NULL AND q.speaker_key <> '' AND q.speaker_key >= ? AND q.speaker_key < ?
	ORDER BY q.published_at DESC, q.id DESC LIMIT ? OFFSET ?`

// whosaidTopicQuery is /whosaid NAME about TOPIC: the same ordered walk of
// the person's quotes as whosaidQuery, keeping those in the topic's
// full-text matches (read once into a lookup list). The index is pinned:
// driven from the full-text side instead, the planner has to sort every
// match of a common word by date.
const whosaidTopicQuery = `SELECT ` + quoteHitCols + `
	FROM quotes q INDEXED BY quotes_person_published JOIN articles a ON a.id = q.article_id
	WHERE q.person_id = ?2 AND q.id IN (SELECT -rowid FROM quotes_fts WHERE quotes_fts MATCH ?1)
	ORDER BY q.published_at DESC, q.id DESC LIMIT ?3 OFFSET ?4`

// whosaidTopicWalkQuery is /whosaid NAME about TOPIC for a first page when
// the topic is a common word: materialising every full-text match of "the"
// (millions at archive scale) to keep a handful costs a second, while a
// common word turns up within a few of the person's quotes. It walks the
// person's quotes newest first down to a cutoff (?5, the date of the
// topicWalk-th newest) and asks the full-text index about each one.
const whosaidTopicWalkQuery = `SELECT ` + quoteHitCols + `
	FROM quotes q INDEXED BY quotes_person_published JOIN articles a ON a.id = q.article_id
	WHERE q.person_id = ?2 AND q.published_at >= ?5
	  AND EXISTS (SELECT 1 FROM quotes_fts f WHERE quotes_fts MATCH ?1 AND f.rowid = -q.id)
	ORDER BY q.published_at DESC, q.id DESC LIMIT ?3 OFFSET ?4`

// topicWalkCutoffQuery is the publication date of a person's n-th newest
// quote (?2 = n-1): how far whosaidTopicWalkQuery walks.
const topicWalkCutoffQuery = `SELECT published_at FROM quotes INDEXED BY quotes_person_published
	WHERE person_id = ?1 ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET ?2`

// searchQuotesQuery is phrase search: the matches in the full-text index's
// own order, most recently stored first (rowid = -id, see ftsVersion), so a page costs its own rows
// whatever the number of matches (sorting them by date cost a temp B-tree
// over up to thousands of rows). Archives are ingested oldest first and
// news arrives in date order, so this is newest first in practice.
const searchQuotesQuery = `SELECT ` + quoteHitCols + `
	FROM quotes_fts f JOIN quotes q ON q.id = -f.rowid JOIN articles a ON a.id = q.article_id
	WHERE quotes_fts MATCH ? ORDER BY f.rowid LIMIT ? OFFSET ?`

// passagesQuery ranks the passageRankCap most recently stored matches and
// reads the text of the best few only.
const passagesQuery = `SELECT a.id, a.title, a.url, a.outlet, a.published_at, a.text, m.r
	FROM (SELECT id, r FROM (SELECT -rowid AS id, rank AS r FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid LIMIT ?)
	      ORDER BY r LIMIT ?) m
	JOIN articles a ON a.id = m.id ORDER BY m.r`

// passagesBetweenQuery reads the passageRankCap most recently stored
// matches' dates only (published_at precedes the text in the row, so no
// text page is read) and keeps those of a window. It asks for no rank:
// bm25 counts every article holding each word, a walk of the whole index
// for a common one ("London"), which was most of a digest's time at a
// million articles; a window's few matches are read newest first anyway.
const passagesBetweenQuery = `SELECT a.id, a.published_at
	FROM (SELECT -rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid LIMIT ?) m
	JOIN articles a ON a.id = m.id WHERE a.published_at >= ? AND a.published_at < ?`

// passageQuery reads one article of a window search.
const passageQuery = `SELECT title, url, outlet, text FROM articles WHERE id = ?`

const (
	personByKeyQuery           = `SELECT id, quote_count FROM people WHERE name_key = ?`
	personByAliasQuery         = `SELECT p.id, p.quote_count FROM person_aliases al JOIN people p ON p.id = al.person_id WHERE al.alias_key = ? LIMIT ?`
	personBySurnameQuery       = `SELECT id, quote_count FROM people WHERE surname = ? LIMIT ?`
	personByPrefixQuery        = `SELECT id, quote_count FROM people WHERE name_key > ? AND name_key < ? LIMIT ?`
	personBySurnamePrefixQuery = `SELECT id, quote_count FROM people WHERE surname > ? AND surname < ? LIMIT ?`
	personByAliasPrefixQuery   = `SELECT p.id, p.quote_count FROM person_aliases al JOIN people p ON p.id = al.person_id WHERE al.alias_key > ? AND al.alias_key < ? LIMIT ?`
	personQuery                = `SELECT id, name, role, quote_count FROM people WHERE id = ?`
	aliasesQuery               = `SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias_key`

	issueCols           = `id, title, keywords, status, revived, latest, latest_at, updated_at, source_count`
	allIssuesQuery      = `SELECT ` + issueCols + ` FROM issues ORDER BY latest_at DESC, id DESC LIMIT ?`
	issuesByStatusQuery = `SELECT ` + issueCols + ` FROM issues WHERE status = ? ORDER BY latest_at DESC, id DESC LIMIT ?`
	// issuesByStatusAfterQuery is issuesByStatusQuery's next page: the
	// issues after (latest_at ?2, id ?3) in its order.
	issuesByStatusAfterQuery = `SELECT ` + issueCols + ` FROM issues WHERE status = ?1 AND (latest_at, id) < (?2, ?3)
	ORDER BY latest_at DESC, id DESC LIMIT ?4`
	issueSourcesQuery = `SELECT a.id, a.title, a.url, a.outlet, a.published_at
	FROM issue_articles ia JOIN articles a ON a.id = ia.article_id
	WHERE ia.issue_id = ? ORDER BY ia.published_at DESC, ia.article_id DESC LIMIT ?`
	issueQuotesQuery = `SELECT quote_id FROM issue_quotes WHERE issue_id = ? ORDER BY quote_id DESC LIMIT ?`

	// articleLookupQuery is ingest's duplicate check: the article with the
	// same text (?1, hash) and the one at the same canonical URL (?2), NULL
	// when none.
	articleLookupQuery   = `SELECT (SELECT id FROM articles WHERE hash = ?1), (SELECT id FROM articles WHERE canonical_url = ?2)`
	issueCandidatesQuery = `SELECT issue_id FROM issue_terms WHERE term = ? ORDER BY issue_id DESC LIMIT ?`
	legMergeDatedQuery   = `SELECT id, date, info_published FROM legs
	WHERE person_id = ?1 AND place_key = ?2 AND date IN (?3, '')
	ORDER BY date = ?3 DESC, info_published DESC LIMIT 1`
	legMergeUndatedQuery = `SELECT id, date, info_published FROM legs
	WHERE person_id = ?1 AND place_key = ?2
	ORDER BY date = '' DESC, info_published DESC LIMIT 1`
)

// legSourcesOfQuery reads the newest sources of n legs (the first
// argument: how many per leg) with each leg's source count, sorted in Go.
// Per leg, one short descending walk of leg_sources_leg_published finds the
// publication date of the last source wanted, and a range search of the
// same index reads those from it on: only the rows wanted reach articles,
// however many sources a leg has, and nothing is sorted. The LIMIT (n)
// keeps the per-leg subquery from being flattened into the join, which
// would count a leg's sources once per row instead of once.
func legSourcesOfQuery(n int) string {
	return `SELECT l.id, l.n, a.id, a.title, a.url, a.outlet, ls.published_at
	FROM ` + newestLegSources(n) + `
	JOIN articles a ON a.id = ls.article_id`
}

// legSourcesBareQuery is legSourcesOfQuery without the articles: source
// ids and dates from the index alone (Store.LegsBare).
func legSourcesBareQuery(n int) string {
	return `SELECT l.id, l.n, ls.article_id, ls.published_at FROM ` + newestLegSources(n)
}

func newestLegSources(n int) string {
	return `(SELECT id, source_count AS n,
	             coalesce((SELECT s.published_at FROM leg_sources s WHERE s.leg_id = legs.id
	                       ORDER BY s.published_at DESC, s.article_id DESC LIMIT 1 OFFSET ?1 - 1), -9223372036854775808) AS since
	      FROM legs WHERE id IN (?` + strings.Repeat(",?", n-1) + `) LIMIT ` + strconv.Itoa(n) + `) l
	JOIN leg_sources ls ON ls.leg_id = l.id AND ls.published_at >= l.since`
}

// articleRefsQuery reads n articles' references by id.
func articleRefsQuery(n int) string {
	return `SELECT id, title, url, outlet, published_at FROM articles WHERE id IN (?` + strings.Repeat(",?", n-1) + `)`
}

// HotSample holds example arguments for HotQueries: ids and words that
// exist in the database being examined.
type HotSample struct {
	PersonID, LegID, IssueID int64
	Name, Surname            string    // a stored person's name and surname, as written
	Word, Phrase             string    // a word and a phrase from stored quotes
	Day                      time.Time // a day with legs
}

// HotQuery is one statement the store runs on a serving or ingest path,
// with arguments for EXPLAIN QUERY PLAN.
type HotQuery struct {
	Name string
	SQL  string
	Args []any
	// Sorts says the plan may use a temp B-tree: the rows sorted are
	// bounded (passage search ranks at most passageRankCap matches; one
	// leg's or one person-and-place's rows are few) or, for quotes by an
	// organisation, one speaker prefix's. Every other query must walk an
	// index in order.
	Sorts bool
}

// HotQueries lists every statement behind /whosaid, phrase and passage
// search, itineraries, issues and the digest, and ingest's lookups, as the
// store runs them. Checking their plans on an archive-sized database (no
// SCAN of a table, no temp B-tree unless Sorts) is how to tell the store
// stays instant as it grows.
func HotQueries(s HotSample) []HotQuery {
	key, sur := NameKey(s.Name), NameKey(s.Surname)
	day := s.Day.Unix()
	week := s.Day.AddDate(0, 0, 7).Unix()
	return []HotQuery{
		{"FindPeople: exact", personByKeyQuery, []any{key}, false},
		{"FindPeople: alias", personByAliasQuery, []any{sur, findPeopleCandidate}, false},
		{"FindPeople: surname", personBySurnameQuery, []any{sur, findPeopleCandidate}, false},
		{"FindPeople: prefix", personByPrefixQuery, []any{key, keyUpper(key), findPeopleCandidate}, false},
		{"FindPeople: surname prefix", personBySurnamePrefixQuery, []any{sur, keyUpper(sur), findPeopleCandidate}, false},
		{"FindPeople: alias prefix", personByAliasPrefixQuery, []any{sur, keyUpper(sur), findPeopleCandidate}, false},
		{"Person", personQuery, []any{s.PersonID}, false},
		{"Person: aliases", aliasesQuery, []any{s.PersonID}, false},
		{"QuotesBy (whosaid first page)", whosaidQuery, []any{s.PersonID, 10, 0}, false},
		{"QuotesBySpeaker", speakerQuery, []any{"a", "a\U0010FFFF", 10, 0}, true},
		{"QuotesBy with topic", whosaidTopicQuery, []any{ftsAll(s.Word), s.PersonID, 10, 0}, false},
		{"QuotesBy with topic: walk cutoff", topicWalkCutoffQuery, []any{s.PersonID, topicWalk - 1}, false},
		{"QuotesBy with topic: walk", whosaidTopicWalkQuery, []any{ftsAll(s.Word), s.PersonID, 10, 0, s.Day.Unix()}, false},
		{"SearchQuotes", searchQuotesQuery, []any{ftsPhrase(s.Phrase), 10, 0}, false},
		{"SearchPassages", passagesQuery, []any{ftsAll(s.Word), passageRankCap, 10}, true},
		{"SearchPassagesBetween", passagesBetweenQuery, []any{ftsAll(s.Word), passageRankCap, day, week}, false},
		{"SearchPassagesBetween: passage", passageQuery, []any{s.LegID}, false},
		{"Legs of a traveler", legsQuery(1, false), []any{s.PersonID, day, week, maxLegs}, false},
		{"Legs of a traveler, undated", legsQuery(1, true), []any{s.PersonID, maxLegs}, false},
		{"Legs by day", legsQuery(0, false), []any{day, week, maxLegs}, false},
		{"Legs undated", legsQuery(0, true), []any{maxLegs}, false},
		{"Legs undated, reported in a window (digest)", undatedReportedQuery(0), []any{day, week, maxLegs}, false},
		{"Legs undated, called off (digest)", undatedCancelledQuery(0), []any{maxLegs}, false},
		{"Leg sources", legSourcesOfQuery(2), []any{maxLegSources, s.LegID, s.LegID + 1}, false},
		{"Leg sources, ids and dates (LegsBare)", legSourcesBareQuery(2), []any{maxLegSources, s.LegID, s.LegID + 1}, false},
		{"ArticleRefs", articleRefsQuery(2), []any{s.LegID, s.LegID + 1}, false},
		{"Issues (all, newest)", allIssuesQuery, []any{20}, false},
		{"Issues by status", issuesByStatusQuery, []any{"open", 20}, false},
		{"Issues by status, next page (digest)", issuesByStatusAfterQuery, []any{"open", day, s.IssueID, 20}, false},
		{"Issue sources", issueSourcesQuery, []any{s.IssueID, maxIssueSources}, false},
		{"Issue quotes", issueQuotesQuery, []any{s.IssueID, maxIssueQuotes}, false},
		{"ingest: article by hash and URL", articleLookupQuery, []any{"0", "https://example.org/"}, false},
		{"ingest: issue candidates", issueCandidatesQuery, []any{s.Word, issueCandidates}, false},
		{"ingest: leg merge, dated", legMergeDatedQuery, []any{s.PersonID, "lima", s.Day.Format("2006-01-02")}, true},
		{"ingest: leg merge, undated", legMergeUndatedQuery, []any{s.PersonID, "lima"}, true},
		{"ClaimDigest", `INSERT INTO digests(channel, slot, claimed_at) VALUES (?, ?, ?) ON CONFLICT(channel, slot) DO NOTHING`, []any{"C0", day, day}, false},
		{"PruneEvents", `DELETE FROM slack_events WHERE seen_at < ?`, []any{day}, false},
	}
}

// orderedWalks are indexes a hot query may SCAN: it walks one in ORDER BY
// order from the newest and stops at its LIMIT (the full issue list).
var orderedWalks = map[string]bool{"issues_latest": true}

// PlanProblems lists what in plan (the detail lines of EXPLAIN QUERY PLAN,
// in order) a hot query must not do: a full scan of a table (a virtual
// table's own index scan, the rows of a LIMITed subquery and an ordered
// walk of orderedWalks excepted) or, unless q.Sorts, a temp B-tree.
func (q HotQuery) PlanProblems(plan []string) []string {
	// Co-routines and materialized subqueries: every hot query's subquery
	// in FROM has a LIMIT, so scanning their rows is fine.
	bounded := map[string]bool{}
	for _, d := range plan {
		for _, p := range []string{"CO-ROUTINE ", "MATERIALIZE "} {
			if name, ok := strings.CutPrefix(d, p); ok {
				bounded[name] = true
			}
		}
	}
	var out []string
	for _, d := range plan {
		f := strings.Fields(d)
		// SCAN CONSTANT ROW is a SELECT without FROM (scalar subqueries).
		if len(f) >= 2 && f[0] == "SCAN" && !bounded[f[1]] && !strings.Contains(d, "VIRTUAL TABLE") && d != "SCAN CONSTANT ROW" {
			walk := len(f) >= 5 && f[2] == "USING" && orderedWalks[f[len(f)-1]]
			if !walk {
				out = append(out, d)
			}
		}
		if !q.Sorts && strings.Contains(d, "TEMP B-TREE") {
			out = append(out, d)
		}
	}
	return out
}
