// Package summaries turns what the store knows into answers: who said what,
// itineraries, open issues, answers to questions and the daily digest. It
// returns rendering-neutral structs; package bot renders them as Block Kit
// and as terminal text, and RenderDigestText writes the digest as a wire
// diary for `bot digest`.
package summaries

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// Answer is a reply to a command or question. Text fields are plain,
// unescaped text: renderers escape them for their medium.
type Answer struct {
	Lead    string               // the first line: answers the question in a sentence
	Sources []newsbot.ArticleRef // articles the Lead itself rests on, newest first; may be empty
	Items   []Item               // the quotes, legs, issues or sentences that support it
	Next    string               // how to get the next page ("/whosaid Starmer page 2"); "" when none
	// offTopic: the items are a person's quotes on other things, shown
	// because none is on the topic asked; a report of their words on it
	// outranks them.
	offTopic bool
}

// Item kinds, so renderers can lay items out (and offer actions) by kind.
const (
	ItemQuote    = "quote"    // somebody's words; Quoted is true
	ItemLeg      = "leg"      // an itinerary line
	ItemIssue    = "issue"    // an issue with its latest development; ID is the issue id
	ItemSentence = "sentence" // a sentence from an article
	ItemPerson   = "person"   // a candidate person (ambiguous names, suggestions)
)

// Item is one supporting line of an answer.
type Item struct {
	Kind    string               // one of the Item* constants
	ID      int64                // store id of the quote, leg, issue or person; 0 when none
	Text    string               // a quote (without marks), a sentence, or an itinerary line
	Quoted  bool                 // Text is somebody's words: render inside quote marks
	Detail  string               // "Keir Starmer, British Prime Minister — told reporters"
	Date    time.Time            // when it was said or happens, in the newsroom's zone; zero when unknown
	Sources []newsbot.ArticleRef // newest first; for legs and issues the newest few only
	// SourceCount is how many sources there are in all (render "+N more"
	// from it); 0 means len(Sources).
	SourceCount int
}

// Digest is the daily briefing for one day in the newsroom's time zone.
type Digest struct {
	Day    time.Time // midnight of the day, in the newsroom's zone
	Legs   []DayLegs // today and the coming days, then undated legs
	Issues []IssueLine
}

// DayLegs is the itinerary of one day; Day is zero for legs with no date (or
// only a coarse one: a week, a month), which come last.
type DayLegs struct {
	Day  time.Time // midnight in the newsroom's zone
	Legs []LegLine
}

// LegLine is one line of the diary: "BEIJING — Keir Starmer: lunch with Xi Jinping".
type LegLine struct {
	ID           int64 // store id of the leg
	Place        string
	Country      string
	Traveler     string
	What         string // never empty: falls back to "visit" or "talks with ..."
	Status       string
	WhenText     string
	Date         string // TIMEX3 value as extracted ("2026-01-30", "2026-02", ""), for coarse dates
	Counterparts []string
	Evidence     string
	Sources      []newsbot.ArticleRef // newest first, the newest few only
	SourceCount  int                  // all sources: at least len(Sources)
	// Doubt cites later coverage saying a scheduled visit was postponed or
	// called off, when extraction kept it scheduled: "Daily Ledger, Tue 24
	// Nov 2026". Empty when there is none.
	Doubt string
}

// IssueLine is one open issue with its latest development.
type IssueLine struct {
	ID      int64
	Title   string
	Status  string
	Revived bool
	// Settled: the latest development reports the dispute ended ("...,
	// ending a dispute over fishing rights"); an editor may close it.
	Settled  bool
	Latest   string
	LatestAt time.Time            // in the newsroom's zone; zero when unknown
	Sources  []newsbot.ArticleRef // newest first, the newest few only
	// SourceCount is how many sources there are in all: at least len(Sources).
	SourceCount int
}

// Service answers from a store. Now and Location make "today" testable.
type Service struct {
	Store    newsbot.Store
	Location *time.Location   // the newsroom's zone; nil means UTC
	Now      func() time.Time // nil means time.Now
	Logger   *slog.Logger     // for the optional LLM's failures; nil means slog.Default()
	// LLM, when set, answers free-form questions that match no known shape,
	// grounded only in passages retrieved from the store. nil: rules only.
	LLM LLM
}

// ErrUsage marks input a command cannot take; the error returned is a
// *UsageError carrying the usage line to show. errors.Is(err,
// newsbot.ErrBadInput) holds too.
var ErrUsage = fmt.Errorf("%w: usage", newsbot.ErrBadInput)

// UsageError is returned for empty or malformed commands and questions.
type UsageError struct {
	Usage string // the help line to show the user
}

func (e *UsageError) Error() string { return "usage: " + e.Usage }

// Unwrap lets errors.Is match ErrUsage and newsbot.ErrBadInput.
func (e *UsageError) Unwrap() error { return ErrUsage }

// Usage lines for the commands this package answers.
const (
	WhoSaidUsage   = `/whosaid NAME · /whosaid "PHRASE" · /whosaid NAME about TOPIC (add "page 2" for more)`
	IssuesUsage    = `/issues [open|closed|all]`
	ItineraryUsage = `/itinerary [NAME]`
	AskUsage       = `ask a question, e.g. "when is Starmer in Shanghai?", "who is Li Qiang?", "what is still open with China?"`
)

// IsUsage reports whether err asks for the usage line, and returns it.
func IsUsage(err error) (string, bool) {
	var u *UsageError
	if errors.As(err, &u) {
		return u.Usage, true
	}
	return "", false
}

func (s *Service) loc() *time.Location {
	if s.Location == nil {
		return time.UTC
	}
	return s.Location
}

func (s *Service) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

// today is the current civil date in the newsroom's zone (see civil).
func (s *Service) today() time.Time { return civil(s.now(), s.loc()) }

// Civil dates are carried as UTC midnights, the way the store keys Leg.Day,
// so that arithmetic never crosses a zone boundary; local shows them in the
// newsroom's zone.

// civil returns the date of t as seen in loc, as a UTC midnight.
func civil(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// local turns a civil date into midnight in loc.
func local(d time.Time, loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

func addDays(d time.Time, n int) time.Time { return d.AddDate(0, 0, n) }

// longDate is how a lead names a day: "Friday 30 January 2026".
func longDate(d time.Time) string { return d.Format("Monday 2 January 2006") }

func (s *Service) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}
