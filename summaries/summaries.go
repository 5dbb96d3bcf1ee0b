// Package summaries turns what the store knows into answers: who said what,
// itineraries, open issues, answers to questions and the daily digest. It
// returns rendering-neutral structs; the bot renders them as Block Kit and
// the CLI as terminal text.
package summaries

import (
	"context"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// Answer is a reply to a command or question. Text fields are plain,
// unescaped text: renderers escape them for their medium.
type Answer struct {
	Lead  string // the first line: answers the question in a sentence
	Items []Item // the quotes, legs, issues or sentences that support it
	Next  string // how to get the next page ("/whosaid Starmer page 2"); "" when none
}

// Item is one supporting line of an answer.
type Item struct {
	Text    string               // a quote (without marks), a sentence, or an itinerary line
	Quoted  bool                 // Text is somebody's words: render inside quote marks
	Detail  string               // "Keir Starmer, British Prime Minister — told reporters"
	Date    time.Time            // when it was said or happens; zero when unknown
	Sources []newsbot.ArticleRef // newest first
}

// Digest is the daily briefing for one day in the newsroom's time zone.
type Digest struct {
	Day    time.Time // midnight of the day, in the newsroom's zone
	Legs   []DayLegs // today and the coming days, then undated legs
	Issues []IssueLine
}

// DayLegs is the itinerary of one day; Day is zero for legs with no date.
type DayLegs struct {
	Day  time.Time
	Legs []LegLine
}

// LegLine is one line of the diary: "BEIJING — Keir Starmer: lunch with Xi Jinping".
type LegLine struct {
	Place    string
	Country  string
	Traveler string
	What     string
	Status   string
	WhenText string
	Sources  []newsbot.ArticleRef
}

// IssueLine is one open issue with its latest development.
type IssueLine struct {
	ID       int64
	Title    string
	Status   string
	Revived  bool
	Latest   string
	LatestAt time.Time
	Sources  []newsbot.ArticleRef
}

// Service answers from a store. Now and Location make "today" testable.
type Service struct {
	Store    newsbot.Store
	Location *time.Location   // the newsroom's zone; nil means UTC
	Now      func() time.Time // nil means time.Now
}

// WhoSaid answers `/whosaid NAME`, `/whosaid "PHRASE"` and
// `/whosaid NAME about TOPIC`; page counts from 1.
// TODO(summaries helper): placeholder.
func (s *Service) WhoSaid(ctx context.Context, query string, page int) (Answer, error) {
	return Answer{}, nil
}

// Itinerary answers `/itinerary [NAME]`.
func (s *Service) Itinerary(ctx context.Context, name string) (Answer, error) {
	return Answer{}, nil
}

// Issues answers `/issues [open|closed|all]`.
func (s *Service) Issues(ctx context.Context, status string) (Answer, error) {
	return Answer{}, nil
}

// Ask answers a free-form question from the stored articles.
func (s *Service) Ask(ctx context.Context, question string) (Answer, error) {
	return Answer{}, nil
}

// Digest builds the digest for the day containing day (in s.Location).
func (s *Service) Digest(ctx context.Context, day time.Time) (Digest, error) {
	return Digest{}, nil
}
