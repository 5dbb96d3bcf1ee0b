// Package newsbot holds the domain types shared by every layer of the
// newsroom bot. Data flows one way: ingest → extract → store → summaries → bot.
// Packages below this one depend on these types, never on each other's
// internals.
package newsbot

import (
	"encoding/json"
	"errors"
	"time"
)

// Article is one story as stored: its text and where it came from.
type Article struct {
	ID               int64     `json:"id,omitempty"`
	ExternalID       string    `json:"external_id,omitempty"` // id from a JSON-lines archive or feed GUID
	URL              string    `json:"url,omitempty"`
	CanonicalURL     string    `json:"canonical_url,omitempty"`
	Outlet           string    `json:"outlet,omitempty"`
	Source           string    `json:"source,omitempty"` // --source NAME or feed title
	Title            string    `json:"title,omitempty"`
	Byline           string    `json:"byline,omitempty"`
	Published        time.Time `json:"published"`
	PublishedAssumed bool      `json:"published_assumed,omitempty"` // no date found: ingest time was used
	IngestedAt       time.Time `json:"ingested_at"`
	Hash             string    `json:"hash,omitempty"` // hex sha256 of the normalised text
	Text             string    `json:"text"`
}

// Extraction is what text analysis reads out of one article. Its JSON form is
// the contract of `bot extract --jsonl`; keep field names stable.
type Extraction struct {
	ID      string   `json:"id"`
	People  []Person `json:"people"`
	Quotes  []Quote  `json:"quotes"`
	Trips   []Trip   `json:"trips"`
	Issues  []Issue  `json:"issues"`
	Timexes []Timex  `json:"timexes"`
}

// Person is a canonical person named in an article.
type Person struct {
	Name     string   `json:"name"`     // richest full name in the article: "Keir Starmer"
	Role     string   `json:"role"`     // "British Prime Minister", "" when not stated
	Mentions []string `json:"mentions"` // distinct surface forms: "Starmer", "the British leader", "he"
	Gender   string   `json:"-"`        // "m", "f" or "" when unknown; helps pronoun resolution
}

// Quote kinds.
const (
	KindDirect   = "direct"   // a full sentence or clause inside quote marks
	KindPartial  = "partial"  // a quoted fragment inside reported speech
	KindIndirect = "indirect" // reported speech without marks
)

// Quote is one attributed (or unattributed) quotation.
type Quote struct {
	Text     string `json:"text"`    // the words inside the marks, marks stripped
	Speaker  string `json:"speaker"` // canonical person, or organisation / unnamed source as written; "" unattributed
	Mention  string `json:"mention"` // the words nearest the quote that point at the speaker: "he", "the British leader"
	Cue      string `json:"cue"`     // "said", "told reporters", "according to"
	Kind     string `json:"kind"`
	Start    int    `json:"start"` // UTF-8 byte offset of Text in the article text
	End      int    `json:"end"`   // exclusive
	Sentence string `json:"-"`     // the sentence (or paragraph) holding the quote, for display
	IsPerson bool   `json:"-"`     // Speaker names a person (not an organisation or unnamed source)
}

// Trip statuses.
const (
	StatusDone      = "done"
	StatusUnderway  = "under way"
	StatusScheduled = "scheduled"
	StatusCancelled = "cancelled"
)

// Trip is one leg of a journey: somebody at a place on a date.
type Trip struct {
	Traveler     string   `json:"traveler"` // canonical person
	Place        string   `json:"place"`    // city, or country when no city is named
	Country      string   `json:"country"`
	Date         string   `json:"date"`            // TIMEX3 value ("2026-01-30", "2026-01", "2026-W06"); "" when not given, emitted as null
	After        string   `json:"after,omitempty"` // lower bound when only the order is known ("then Japan")
	WhenText     string   `json:"when_text"`       // as written: "on Friday"
	Status       string   `json:"status"`
	What         string   `json:"what"` // "lunch with Xi Jinping, then meets Premier Li Qiang"
	Counterparts []string `json:"counterparts"`
	Evidence     string   `json:"evidence"` // the sentence that says so
	Start        int      `json:"-"`        // byte offset of the evidence sentence
	End          int      `json:"-"`
}

// MarshalJSON writes an unknown date as null, as the gold files do.
func (t Trip) MarshalJSON() ([]byte, error) {
	type plain Trip
	var date *string
	if t.Date != "" {
		date = &t.Date
	}
	return json.Marshal(struct {
		plain
		Date *string `json:"date"`
	}{plain(t), date})
}

// Issue is an open dispute or story thread raised by an article.
type Issue struct {
	Title    string   `json:"title"`
	Keywords []string `json:"keywords"`
	Summary  string   `json:"summary"`
	Evidence []string `json:"evidence"` // sentences that raise it
}

// Timex is a temporal expression with its TIMEX3 normalisation.
type Timex struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // UTF-8 byte offsets
	End   int    `json:"end"`
	Type  string `json:"type"`  // DATE, TIME, DURATION, SET
	Value string `json:"value"` // 2026-01-30, 2026-01, 2026-W06, PAST_REF, FUTURE_REF, P3D ...
}

// Errors callers may test for with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrBadInput = errors.New("bad input")
)
