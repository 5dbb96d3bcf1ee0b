// Package trips reads travel itineraries out of news text: who goes where,
// when, to meet whom. Pure: text in, structs out.
package trips

import (
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// Find returns the trip legs of text. published anchors relative dates;
// timexes are the tagged temporal expressions of the same text.
// TODO(trips helper): placeholder.
func Find(text string, published time.Time, cast *people.Cast, timexes []newsbot.Timex) []newsbot.Trip {
	return nil
}
