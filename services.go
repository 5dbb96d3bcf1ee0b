package newsbot

import (
	"context"
	"time"
)

// The interfaces below are what the store implements and what summaries and
// the bot consume. Tests replace them with function-field fakes.

// SaveOutcome says what storing an article did.
type SaveOutcome string

const (
	Added   SaveOutcome = "added"
	Updated SaveOutcome = "updated" // same URL, changed text: derived rows replaced
	Skipped SaveOutcome = "skipped" // same canonical URL and text, or same normalised text
)

// Analysed is an article with its extraction, ready to store.
type Analysed struct {
	Article    Article
	Extraction Extraction
}

// SaveResult reports one article of a batch.
type SaveResult struct {
	ArticleID int64
	Outcome   SaveOutcome
}

// ArticleStore keeps articles and everything derived from them.
type ArticleStore interface {
	// SaveArticles stores a batch in one transaction: each article with all
	// its derived rows, or nothing. Duplicates are skipped, changed articles
	// replace their derived rows.
	SaveArticles(ctx context.Context, batch []Analysed) ([]SaveResult, error)
	Article(ctx context.Context, id int64) (*Article, error)
	CountArticles(ctx context.Context) (int, error)
	// SearchPassages is full-text search over article text; query is user
	// text, never FTS syntax.
	SearchPassages(ctx context.Context, query string, limit int) ([]Passage, error)
}

// ArticleRef cites an article.
type ArticleRef struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
}

// Passage is a sentence-sized snippet of an article that matched a search.
type Passage struct {
	Article ArticleRef `json:"article"`
	Text    string     `json:"text"`
	Rank    float64    `json:"rank"`
}

// PersonRecord is a person across all articles.
type PersonRecord struct {
	ID      int64    `json:"id"`
	Name    string   `json:"name"`
	Role    string   `json:"role"`
	Aliases []string `json:"aliases"`
	Quotes  int      `json:"quotes"` // how many quotes are attributed to them
}

// QuoteHit is a stored quote with its speaker and source.
type QuoteHit struct {
	ID       int64        `json:"id"`
	Quote    Quote        `json:"quote"`
	Person   PersonRecord `json:"person"` // zero ID when the speaker is not a person
	Article  ArticleRef   `json:"article"`
	Sentence string       `json:"sentence"`
}

// QuoteFilter narrows a speaker's quotes.
type QuoteFilter struct {
	Topic  string // full-text terms the quote must match; "" for all
	Limit  int
	Offset int
}

// QuoteStore answers who said what.
type QuoteStore interface {
	// FindPeople returns the people a name may mean ("Starmer", "Sir Keir",
	// "Keir Starmer"), best match first.
	FindPeople(ctx context.Context, name string, limit int) ([]PersonRecord, error)
	Person(ctx context.Context, id int64) (*PersonRecord, error)
	// QuotesBy lists a person's quotes, newest article first.
	QuotesBy(ctx context.Context, personID int64, f QuoteFilter) ([]QuoteHit, error)
	// QuotesBySpeaker lists quotes of organisations and unnamed sources by
	// the speaker as written ("Downing Street"), newest first.
	QuotesBySpeaker(ctx context.Context, speaker string, f QuoteFilter) ([]QuoteHit, error)
	// SearchQuotes finds quotes containing a phrase, newest first.
	SearchQuotes(ctx context.Context, phrase string, f QuoteFilter) ([]QuoteHit, error)
}

// Leg is a stored trip leg with its sources; legs of one journey reported by
// several articles are merged and keep every source. A record carries the
// newest few sources and how many there are: a leg of a long-running story
// can be reported by hundreds of articles.
type Leg struct {
	ID          int64        `json:"id"`
	Trip        Trip         `json:"trip"`
	Day         time.Time    `json:"day"`          // start of Trip.Date in UTC; zero when the date is unknown
	Sources     []ArticleRef `json:"sources"`      // newest first; the newest few only
	SourceCount int          `json:"source_count"` // all sources; at least len(Sources)
}

// LegFilter selects legs; zero fields match everything.
type LegFilter struct {
	Traveler       string    // a name as FindPeople takes it
	From, To       time.Time // legs whose Day is in [From, To); undated legs are included when IncludeUndated
	IncludeUndated bool
	// UndatedSince, when set, keeps only the undated legs with a report
	// published in [UndatedSince, UndatedUntil) (a zero UndatedUntil is no
	// bound), and called-off ones however old (they may call off a dated
	// plan): a digest leaves stale undated plans out, and an archive holds
	// years of them.
	UndatedSince, UndatedUntil time.Time
	Limit                      int
}

// TripStore answers who travels where.
type TripStore interface {
	Legs(ctx context.Context, f LegFilter) ([]Leg, error)
}

// Issue statuses.
const (
	IssueOpen   = "open"
	IssueClosed = "closed"
)

// IssueRecord is an open issue across articles.
type IssueRecord struct {
	ID       int64        `json:"id"`
	Title    string       `json:"title"`
	Keywords []string     `json:"keywords"`
	Status   string       `json:"status"`
	Revived  bool         `json:"revived"` // closed by an editor, reopened by new coverage
	Latest   string       `json:"latest"`  // latest development, a sentence
	LatestAt time.Time    `json:"latest_at"`
	Sources  []ArticleRef `json:"sources"` // newest first; the newest few only
	// SourceCount counts all sources; at least len(Sources).
	SourceCount int       `json:"source_count"`
	QuoteIDs    []int64   `json:"quote_ids"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// IssueStore keeps issues and the editors' decisions on them.
type IssueStore interface {
	// Issues lists issues with the status ("open", "closed", "" for all),
	// latest development first, at most limit of them (limit <= 0: all).
	Issues(ctx context.Context, status string, limit int) ([]IssueRecord, error)
	Issue(ctx context.Context, id int64) (*IssueRecord, error)
	SetIssueStatus(ctx context.Context, id int64, status string) error
	RenameIssue(ctx context.Context, id int64, title string) error
	// MergeIssues folds from into into; from disappears.
	MergeIssues(ctx context.Context, into, from int64) error
}

// SlotStore makes scheduled posts and Slack events happen exactly once.
type SlotStore interface {
	// ClaimDigest records that the digest for (channel, slot) is being posted;
	// false when somebody already claimed it.
	ClaimDigest(ctx context.Context, channel string, slot time.Time) (bool, error)
	// FinishDigest records the posted message timestamp.
	FinishDigest(ctx context.Context, channel string, slot time.Time, ts string) error
	// SeenEvent records a Slack event id; false when it was already recorded.
	SeenEvent(ctx context.Context, eventID string) (bool, error)
}

// Store is everything the bot reads and writes.
type Store interface {
	ArticleStore
	QuoteStore
	TripStore
	IssueStore
	SlotStore
}
