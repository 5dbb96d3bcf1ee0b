// Package extract runs the whole text analysis of one article: people,
// quotes, dates, trips and issues. Pure: text in, structs out, no I/O, so it
// can run on any number of goroutines.
package extract

import (
	"sync"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/internal/letters"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	sentences "github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

// Article analyses text published at published (the anchor for "on Friday").
// Slices in the result are never nil, so the JSON contract always has arrays.
// Articles runs the same stages over a batch: a stage added here goes there
// too (TestArticlesMatchesArticle and the corpus dump compare the two).
func Article(id, text string, published time.Time) newsbot.Extraction {
	return ArticleWithHeadline(id, "", text, published)
}

// ArticleWithHeadline is Article for copy whose headline is kept apart from
// its text, as pages and feeds give it (newsbot.Article.Title): the issues
// stage reads the headline as the copy's first line, while every offset and
// evidence sentence stays in text. A headline the text already opens with,
// or "", changes nothing (see issues.FindWithHeadline).
func ArticleWithHeadline(id, headline, text string, published time.Time) newsbot.Extraction {
	cast := people.Find(text)
	rb := runBufs.Get().(*[]letters.Run)
	tx, runs := timex.TagRuns(text, published, (*rb)[:0]) // runs: read once, for trips
	qs := quotes.Find(text, cast)
	sents := sentences.Sentences(text) // split once for the sentence-level extractors
	x := newsbot.Extraction{
		ID:      id,
		People:  cast.People,
		Quotes:  qs,
		Trips:   trips.FindInSentencesRuns(text, sents, published, cast, tx, runs),
		Issues:  issues.FindWithHeadline(headline, text, sents, cast, qs),
		Timexes: tx,
	}
	putRuns(rb, runs)
	return Normalise(x)
}

// runBufs keeps buffers for the runs of letters timex reads and trips
// consumes (see Articles): they live for one call, and allocating them
// afresh cost more than 2.5 bytes per byte of text.
var runBufs = sync.Pool{New: func() any { return new([]letters.Run) }}

// putRuns returns to runBufs the buffer rb, whose storage runs now is
// (timex may have grown it), unless a huge text made it huge.
func putRuns(rb *[]letters.Run, runs []letters.Run) {
	if cap(runs) > 1<<16 {
		return
	}
	*rb = runs[:0]
	runBufs.Put(rb)
}

// Input is one article for Articles.
type Input struct {
	ID        string
	Text      string
	Published time.Time // the anchor for "on Friday"
	Headline  string    // the headline when the text does not open with it (see ArticleWithHeadline)
}

// Articles analyses a batch of articles: out[i] is exactly
// ArticleWithHeadline(in[i].ID, in[i].Headline, in[i].Text, in[i].Published). It runs each stage over
// the whole batch before the next stage starts, so that a stage's code,
// tables and buffers stay in the caches rather than being evicted by the
// other four stages after every article: on the BBC corpus, batches of 64
// run about 15% faster than Article article by article and batches of 256
// about 25% (as fast as each stage over the whole corpus), while batches
// of 8 gain next to nothing (BenchmarkArticlesBBC; BenchmarkBreakdownBBC
// and BenchmarkEvictionBBC show the cost per stage). The batch's casts
// and sentence splits are held until it is done, which bounds the batch.
func Articles(in []Input) []newsbot.Extraction {
	casts := make([]*people.Cast, len(in))
	for i := range in {
		casts[i] = people.Find(in[i].Text)
	}
	out := make([]newsbot.Extraction, len(in))
	// The runs of letters timex's tokeniser reads, kept for trips, in one
	// buffer for the batch (about a run per six bytes of copy, and timex
	// asks for room for a chunk's worth; an article that needs more gets its own).
	runs := make([][]letters.Run, len(in))
	room := 0
	for i := range in {
		room += len(in[i].Text)/5 + 4
	}
	rb := runBufs.Get().(*[]letters.Run)
	buf := *rb
	if cap(buf) < room {
		buf = make([]letters.Run, 0, room+room/4) // room for the next batch's too, mostly
	}
	buf = buf[:0]
	for i := range in {
		out[i].ID = in[i].ID
		out[i].People = casts[i].People
		out[i].Timexes, runs[i] = timex.TagRuns(in[i].Text, in[i].Published, buf[len(buf):])
		if n := len(runs[i]); n > 0 && n <= cap(buf)-len(buf) && &buf[:len(buf)+1][len(buf)] == &runs[i][0] {
			buf = buf[:len(buf)+n] // the runs went into buf
		}
	}
	for i := range in {
		out[i].Quotes = quotes.Find(in[i].Text, casts[i])
	}
	sents := make([][]sentences.Span, len(in))
	for i := range in {
		sents[i] = sentences.Sentences(in[i].Text)
	}
	for i := range in {
		out[i].Trips = trips.FindInSentencesRuns(in[i].Text, sents[i], in[i].Published, casts[i], out[i].Timexes, runs[i])
		runs[i] = nil
	}
	putRuns(rb, buf)
	for i := range in {
		out[i].Issues = issues.FindWithHeadline(in[i].Headline, in[i].Text, sents[i], casts[i], out[i].Quotes)
		sents[i], casts[i] = nil, nil // done with: let the collector have them
		out[i] = Normalise(out[i])
	}
	return out
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
