package main

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

// An extractor bug that panics on one article costs that article's line,
// not the run: the others of its chunk are analysed one by one.
func TestExtractAllSurvivesAPanic(t *testing.T) {
	ins := []extract.Input{{ID: "a", Text: "One."}, {ID: "b", Text: "Two."}, {ID: "c", Text: "Three."}}
	one := func(in extract.Input) newsbot.Extraction {
		if in.ID == "b" {
			panic("extractor bug")
		}
		return newsbot.Extraction{ID: in.ID}
	}
	batch := func(ins []extract.Input) []newsbot.Extraction {
		out := make([]newsbot.Extraction, len(ins))
		for i, in := range ins {
			out[i] = one(in)
		}
		return out
	}
	xs, errs := extractAll(ins, batch, one)
	for i, want := range []string{"a", "", "c"} {
		if want == "" {
			if errs[i] == nil {
				t.Errorf("article %d: no error for the article that panicked", i)
			}
			continue
		}
		if errs[i] != nil || xs[i].ID != want {
			t.Errorf("article %d: %q, %v; want %q and no error", i, xs[i].ID, errs[i], want)
		}
	}
	// No panic: the batch's own result.
	xs, errs = extractAll(ins[:1], batch, one)
	if errs[0] != nil || xs[0].ID != "a" {
		t.Errorf("without a panic: %q, %v", xs[0].ID, errs[0])
	}
}
