package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// bbcSpeakerFile is one article of the BBC speaker sample in
// testdata/bbc-speakers: the gold of ../shared/eval/gold's shape with each
// quotation kept as byte offsets into the article's text in
// ../shared/corpus/bbc, not as its words, so that no publisher text is
// in the repository.
type bbcSpeakerFile struct {
	Article       string   `json:"article"`
	Half          string   `json:"half"` // "A"/"B" (session 10), "C"/"D" (session 11) or "E"/"F" (session 12), by the first hex digit of sha256(article): even A, C or E
	NamedSpeakers []string `json:"named_speakers"`
	Quotes        []struct {
		Start    int     `json:"start"`
		End      int     `json:"end"`
		Speaker  *string `json:"speaker"`
		Mention  *string `json:"mention"`
		Cue      *string `json:"cue"`
		Kind     string  `json:"kind"`
		Required bool    `json:"required"`
	} `json:"quotes"`
	NotQuotes []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Why   string `json:"why"`
	} `json:"not_quotes"`
}

// TestBBCSpeakers scores quotation finding and canonical speakers on 37
// BBC articles (odd ids, politics, business, sport, entertainment, tech)
// annotated blind in session 10, before the extractor ran on them, 40
// more (eight a section, none used before) annotated blind in session 11
// and 35 more (seven a section) in session 12. The
// sample is split in two by a rule fixed in advance (sha256 of the id,
// first hex digit even: A, odd: B). Session 10 studied half A's errors
// and held half B out until its final run; a later session should hold
// out a half of its own (or fresh articles) rather than tune on B.
//
// The texts are rebuilt from ../shared when it is present; the test skips
// otherwise.
func TestBBCSpeakers(t *testing.T) {
	corpus := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(corpus, "bbc", "corpus.jsonl")); err != nil {
		t.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	texts, err := quoteLoadBBC(filepath.Join(corpus, "bbc", "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "bbc-speakers", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no BBC speaker gold: %v", err)
	}
	// Floors: the figures reached at the end of session 10 (half A 15
	// articles, 104 required quotes; half B 22 articles, 150). At the
	// session's start (43b7013): A found 102, speakers 83/102; B found
	// 147, speakers 127/147. At its end: A 103, 100/103; B 148, 131/148.
	// Halves C (24 articles, 130 required quotes) and D (16, 92) are
	// session 11's: 40 further articles annotated blind, split by the
	// same rule (even: C, studied; odd: D, held out). At that session's
	// start (369c086): C found 123, speakers 100/123; D found 90, 69/90.
	// At its end (fixes from C's errors only): C 129, 128/129; D 90,
	// 69/90 (the same errors: nothing transferred); A 104, 101/104; B
	// 148, 134/148. D stays unread: a later session may hold it out.
	floors := map[string]struct{ gold, found, speakerOK int }{
		"A": {104, 104, 101},
		"B": {150, 149, 134},
		"C": {130, 129, 128},
		"D": {92, 90, 80},
		// Halves E (17 articles, 102 required quotes) and F (18, 92) are
		// session 12's: 35 fresh articles, seven a section, annotated
		// blind (EF.sha256 fixes the gold), split by the same rule (even:
		// E, studied; odd: F, held out). At that session's start
		// (908d6f8): E found 95, speakers 87/95; F found 92, 78/92.
		// At its end (e21e1a2; fixes from D's and E's errors, each with
		// sentences of our own): E 102, 95/102; F 92, 81/92 (scored
		// once); D 90, 80/90; B 149, 134/149; A and C unchanged.
		"E": {102, 102, 95},
		"F": {92, 92, 81},
	}
	// The gold files are rebuilt in the layout the scorer reads: a
	// folder under "eval", the corpus beside it.
	root := t.TempDir()
	absCorpus, err := filepath.Abs(corpus)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(absCorpus, filepath.Join(root, "corpus")); err != nil {
		t.Skipf("cannot link the corpus: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g bbcSpeakerFile
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		text, ok := texts[g.Article]
		if !ok {
			t.Fatalf("%s: article %s not in the corpus", f, g.Article)
		}
		if _, ok := floors[g.Half]; !ok {
			t.Fatalf("%s: half %q", f, g.Half)
		}
		type goldQuote struct {
			Text     string  `json:"text"`
			Speaker  *string `json:"speaker"`
			Mention  *string `json:"mention"`
			Cue      *string `json:"cue"`
			Kind     string  `json:"kind"`
			Required bool    `json:"required"`
		}
		type notQuote struct {
			Text string `json:"text"`
			Why  string `json:"why"`
		}
		out := struct {
			Article   string      `json:"article"`
			Published *string     `json:"published"`
			Quotes    []goldQuote `json:"quotes"`
			NotQuotes []notQuote  `json:"not_quotes"`
		}{Article: g.Article}
		span := func(a, b int) string {
			if a < 0 || b > len(text) || a >= b {
				t.Fatalf("%s: span %d-%d outside the text (%d bytes): has the corpus changed?", f, a, b, len(text))
			}
			s := text[a:b]
			if strings.ContainsAny(s[:1]+s[len(s)-1:], "\"“”") {
				t.Fatalf("%s: span %d-%d takes in a quote mark: has the corpus changed?", f, a, b)
			}
			return s
		}
		for _, q := range g.Quotes {
			out.Quotes = append(out.Quotes, goldQuote{span(q.Start, q.End), q.Speaker, q.Mention, q.Cue, q.Kind, q.Required})
		}
		for _, n := range g.NotQuotes {
			out.NotQuotes = append(out.NotQuotes, notQuote{span(n.Start, n.End), n.Why})
		}
		dir := filepath.Join(root, "eval", g.Half)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, g.Article+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, half := range []string{"A", "B", "C", "D", "E", "F"} {
		// BBC_SPEAKERS_HALVES=A,C scores only those halves, so that a
		// session can study its half without reading the held-out one.
		if only := os.Getenv("BBC_SPEAKERS_HALVES"); only != "" && !slices.Contains(strings.Split(only, ","), half) {
			continue
		}
		s, _, err := quoteScorePath(context.Background(), filepath.Join(root, "eval", half), quoteExtract)
		if err != nil {
			t.Fatal(err)
		}
		var w strings.Builder
		s.print(&w, "BBC speakers half "+half, "speaker accuracy (canonical name)")
		t.Log("\n" + w.String())
		// Per-quote errors only on request, half by half, so that the
		// held-out half's errors are not read by accident.
		if h := os.Getenv("BBC_SPEAKERS_ERRORS"); h == half || h == "all" {
			t.Log("\n" + strings.Join(s.Errors, "\n"))
		}
		fl := floors[half]
		if s.Gold != fl.gold {
			t.Errorf("half %s: %d required quotes, want %d", half, s.Gold, fl.gold)
		}
		if s.GoldHit8 < fl.found || s.SpeakerOK < fl.speakerOK {
			t.Errorf("half %s: %s", half, fmt.Sprintf("found %d (floor %d), speakers right %d (floor %d)", s.GoldHit8, fl.found, s.SpeakerOK, fl.speakerOK))
		}
	}
}
