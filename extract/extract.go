// Package extract runs the whole text analysis of one article: people,
// quotes, dates, trips and issues. Pure: text in, structs out, no I/O, so it
// can run on any number of goroutines.
package extract

import (
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	sentences "github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

// Article analyses text published at published (the anchor for "on Friday").
// Slices in the result are never nil, so the JSON contract always has arrays.
func Article(id, text string, published time.Time) newsbot.Extraction {
	cast := people.Find(text)
	tx := timex.Tag(text, published)
	qs := quotes.Find(text, cast)
	sents := sentences.Sentences(text) // split once for the sentence-level extractors
	x := newsbot.Extraction{
		ID:      id,
		People:  cast.People,
		Quotes:  qs,
		Trips:   trips.FindInSentences(text, sents, published, cast, tx),
		Issues:  issues.FindInSentences(text, sents, cast, qs),
		Timexes: tx,
	}
	return Normalise(x)
}

// Normalise gives empty slices for nil ones, so that the JSON contract
// always has arrays, whoever built the extraction.
func Normalise(x newsbot.Extraction) newsbot.Extraction {
	if x.People == nil {
		x.People = []newsbot.Person{}
	}
	for i := range x.People {
		if x.People[i].Mentions == nil {
			x.People[i].Mentions = []string{}
		}
	}
	if x.Quotes == nil {
		x.Quotes = []newsbot.Quote{}
	}
	if x.Trips == nil {
		x.Trips = []newsbot.Trip{}
	}
	for i := range x.Trips {
		if x.Trips[i].Counterparts == nil {
			x.Trips[i].Counterparts = []string{}
		}
	}
	if x.Issues == nil {
		x.Issues = []newsbot.Issue{}
	}
	if x.Timexes == nil {
		x.Timexes = []newsbot.Timex{}
	}
	return x
}
