package bench

import (
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/extract/issues"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

// Doc is an article ready for extraction.
type Doc struct {
	ID        string
	Text      string
	Published time.Time
}

// Docs turns a corpus into documents. Articles without a publication date
// (the BBC corpus has none) get PublishedFor their position, the same day
// the replicated archive gives copy 0.
func Docs(c Corpus) []Doc {
	out := make([]Doc, len(c.Articles))
	for i, a := range c.Articles {
		pub := PublishedFor(i, len(c.Articles))
		if a.Published != "" {
			if t, err := time.Parse("2006-01-02", a.Published); err == nil {
				pub = t
			}
		}
		out[i] = Doc{ID: a.ID, Text: a.Text, Published: pub}
	}
	return out
}

// Prepared holds the inputs later stages take, computed once outside the
// timing so that a stage can be measured alone.
type Prepared struct {
	Cast    *people.Cast
	Timexes []newsbot.Timex
	Quotes  []newsbot.Quote
}

// Prepare runs the early stages over every document.
func Prepare(docs []Doc) []Prepared {
	out := make([]Prepared, len(docs))
	for i, d := range docs {
		cast := people.Find(d.Text)
		out[i] = Prepared{Cast: cast, Timexes: timex.Tag(d.Text, d.Published), Quotes: quotes.Find(d.Text, cast)}
	}
	return out
}

// Stage is one part of the extraction pipeline, timed alone. Run returns how
// many items it found, so that results are used and can be compared.
type Stage struct {
	Name string
	// Prepared says Run reads the Prepared inputs (Prepare must run first).
	Prepared bool
	Run      func(d Doc, p Prepared) int
	// Batch, when set, runs instead of Run over batches of BatchSize
	// documents (the way ingest extracts).
	Batch     func(docs []Doc) int
	BatchSize int
}

// Stages are the full pipeline and its parts. "people+quotes" is what
// compromise's quotations() is compared with (ours also attributes each
// quote); "timex" is what chrono-node's parse is compared with.
var Stages = []Stage{
	{Name: "full", Run: func(d Doc, _ Prepared) int {
		x := extract.Article(d.ID, d.Text, d.Published)
		return len(x.People) + len(x.Quotes) + len(x.Trips) + len(x.Issues) + len(x.Timexes)
	}},
	{Name: "full-batch64", BatchSize: 64, Batch: func(docs []Doc) int {
		in := make([]extract.Input, len(docs))
		for i, d := range docs {
			in[i] = extract.Input{ID: d.ID, Text: d.Text, Published: d.Published}
		}
		n := 0
		for _, x := range extract.Articles(in) {
			n += len(x.People) + len(x.Quotes) + len(x.Trips) + len(x.Issues) + len(x.Timexes)
		}
		return n
	}},
	// split is the sentence splitter alone, which full runs once for trips
	// and issues (their stages here split again, inside Find).
	{Name: "split", Run: func(d Doc, _ Prepared) int { return len(text.Sentences(d.Text)) }},
	{Name: "people", Run: func(d Doc, _ Prepared) int { return len(people.Find(d.Text).People) }},
	{Name: "timex", Run: func(d Doc, _ Prepared) int { return len(timex.Tag(d.Text, d.Published)) }},
	{Name: "people+quotes", Run: func(d Doc, _ Prepared) int { return len(quotes.Find(d.Text, people.Find(d.Text))) }},
	{Name: "quotes", Prepared: true, Run: func(d Doc, p Prepared) int { return len(quotes.Find(d.Text, p.Cast)) }},
	{Name: "trips", Prepared: true, Run: func(d Doc, p Prepared) int {
		return len(trips.Find(d.Text, d.Published, p.Cast, p.Timexes))
	}},
	{Name: "issues", Prepared: true, Run: func(d Doc, p Prepared) int { return len(issues.Find(d.Text, p.Cast, p.Quotes)) }},
}

// StageByName finds a stage; ok is false for an unknown name.
func StageByName(name string) (Stage, bool) {
	for _, s := range Stages {
		if s.Name == name {
			return s, true
		}
	}
	return Stage{}, false
}

// RunStage runs st over every document once and returns the items found.
// pre may be nil when the stage does not read it.
func RunStage(st Stage, docs []Doc, pre []Prepared) int {
	n := 0
	if st.Batch != nil {
		for len(docs) > 0 {
			k := min(st.BatchSize, len(docs))
			n += st.Batch(docs[:k])
			docs = docs[k:]
		}
		return n
	}
	for i, d := range docs {
		var p Prepared
		if st.Prepared {
			p = pre[i]
		}
		n += st.Run(d, p)
	}
	return n
}
