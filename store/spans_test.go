package store

import (
	"context"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestSentenceSpan(t *testing.T) {
	const para = `The ferry will run twice a day. "We were never consulted," said one islander. The ferry will run twice a day.`
	quoteAt := strings.Index(para, "We were never consulted")
	secondFerry := strings.LastIndex(para, "The ferry")
	tests := []struct {
		name, text, sentence string
		start, end           int
		want                 span
	}{
		{"sentence holding the quote", para, `"We were never consulted," said one islander.`, quoteAt, quoteAt + 23,
			span{quoteAt - 1, len(`"We were never consulted," said one islander.`)}},
		{"repeated sentence: the occurrence holding the quote", para, "The ferry will run twice a day.", secondFerry + 4, secondFerry + 9,
			span{secondFerry, len("The ferry will run twice a day.")}},
		{"repeated sentence, quote elsewhere: the first", para, "The ferry will run twice a day.", quoteAt, quoteAt + 23,
			span{0, len("The ferry will run twice a day.")}},
		{"whole paragraph", para, para, quoteAt, quoteAt + 23, span{0, len(para)}},
		{"not in the text", para, "The ferry will run once a day.", 0, 5, span{}},
		{"empty sentence", para, "", quoteAt, quoteAt + 23, span{}},
		{"offsets past the text", para, "said one islander.", 500, 520, span{strings.Index(para, "said one"), len("said one islander.")}},
		{"quote longer than the sentence", para, "one islander", quoteAt, len(para), span{strings.Index(para, "one islander"), len("one islander")}},
		{"multi-byte text", "Le maire a déclaré: « Le pont rouvrira lundi. »", "« Le pont rouvrira lundi. »", 26, 48,
			span{strings.Index("Le maire a déclaré: « Le pont rouvrira lundi. »", "«"), len("« Le pont rouvrira lundi. »")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceSpan(tt.text, tt.sentence, tt.start, tt.end)
			if got != tt.want {
				t.Fatalf("sentenceSpan = %+v, want %+v", got, tt.want)
			}
			if got.len > 0 && tt.text[got.start:got.start+got.len] != tt.sentence {
				t.Fatalf("span %+v holds %q", got, tt.text[got.start:got.start+got.len])
			}
		})
	}
}

func FuzzSentenceSpan(f *testing.F) {
	f.Add("The mayor said the bridge would reopen on Monday. \"Not before,\" she said.", "\"Not before,\" she said.", 52, 62)
	f.Add("« Le pont rouvrira lundi. »", "lundi", 3, 9)
	f.Fuzz(func(t *testing.T, text, sentence string, start, end int) {
		sp := sentenceSpan(text, sentence, start, end)
		if sp.len == 0 {
			if sentence != "" && strings.Contains(text, sentence) {
				t.Fatalf("%q is in the text but no span was found", sentence)
			}
			return
		}
		if sp.start < 0 || sp.start+sp.len > len(text) || text[sp.start:sp.start+sp.len] != sentence {
			t.Fatalf("span %+v does not hold %q", sp, sentence)
		}
	})
}

// TestQuoteSentenceStored checks that readers get a quote's sentence back
// as extracted, whether it is stored as a span of the article text or (not
// found there) as written, and that spans take no space in the row.
func TestQuoteSentenceStored(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	text := "The port authority approved the dredging plan on Tuesday.\n\n" +
		"\u201cThe channel will be deep enough for the new ferries by June,\u201d said harbour master Lena Brandt. " +
		"She added that the work would run at night.\n\n" +
		"\u201cWe will publish the noise readings every week,\u201d Brandt said."
	q1 := "The channel will be deep enough for the new ferries by June,"
	q2 := "We will publish the noise readings every week,"
	i1, i2 := strings.Index(text, q1), strings.Index(text, q2)
	para := text[strings.Index(text, "\u201cThe channel"):strings.LastIndex(text, "\n\n")]
	a := newsbot.Analysed{Article: newsbot.Article{URL: "https://harbour.example/dredging", Title: "Dredging plan approved",
		Published: day("2026-02-03"), Text: text}}
	a.Extraction.People = []newsbot.Person{{Name: "Lena Brandt", Mentions: []string{"Lena Brandt", "Brandt"}}}
	a.Extraction.Quotes = []newsbot.Quote{
		{Text: q1, Speaker: "Lena Brandt", Cue: "said", Kind: newsbot.KindDirect, Start: i1, End: i1 + len(q1), IsPerson: true, Sentence: para},
		// A sentence the text does not hold verbatim (say, normalised by
		// an extractor) is stored as written.
		{Text: q2, Speaker: "Lena Brandt", Cue: "said", Kind: newsbot.KindDirect, Start: i2, End: i2 + len(q2), IsPerson: true,
			Sentence: "We will publish the noise readings every week, Brandt said."},
	}
	mustSave(t, s, a)
	ps, err := s.FindPeople(ctx, "Lena Brandt", 1)
	if err != nil || len(ps) != 1 {
		t.Fatalf("find: %v %v", ps, err)
	}
	hits, err := s.QuotesBy(ctx, ps[0].ID, newsbot.QuoteFilter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, h := range hits {
		got[h.Quote.Text] = h.Sentence
		if h.Quote.Sentence != h.Sentence {
			t.Errorf("Quote.Sentence %q differs from Sentence %q", h.Quote.Sentence, h.Sentence)
		}
	}
	want := map[string]string{q1: para, q2: a.Extraction.Quotes[1].Sentence}
	for q, sent := range want {
		if got[q] != sent {
			t.Errorf("sentence of %q = %q, want %q", q, got[q], sent)
		}
	}
	phrase, err := s.SearchQuotes(ctx, "deep enough for the new ferries", newsbot.QuoteFilter{Limit: 10})
	if err != nil || len(phrase) != 1 || phrase[0].Sentence != para {
		t.Fatalf("phrase search: %+v %v", phrase, err)
	}
	var stored int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM quotes WHERE sentence <> ''`).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if stored != 1 {
		t.Errorf("%d quotes store their sentence as text, want 1 (the one not in the article)", stored)
	}
}

// TestIssueEvidenceSpans checks that an issue's latest development is
// recomputed from its links' evidence, stored as a span of the article text
// or (a summary the text does not hold) as written, when the newest
// article changes and leaves the issue.
func TestIssueEvidenceSpans(t *testing.T) {
	for _, tt := range []struct {
		name    string
		summary bool // the older article's evidence is a summary, not in its text
	}{{"evidence in the text", false}, {"summary not in the text", true}} {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			ctx := context.Background()
			old := raise("https://x.example/old", day("2026-03-02"), "Harbour dredging contract dispute", []string{"dredging", "contract"},
				"The harbour board awarded the dredging contract without a tender.")
			want := "The harbour board awarded the dredging contract without a tender."
			if tt.summary {
				want = "Board accused of skipping the tender for dredging."
				old.Extraction.Issues[0].Evidence = nil
				old.Extraction.Issues[0].Summary = want
			}
			newer := raise("https://x.example/new", day("2026-03-04"), "Dispute over harbour dredging contract", []string{"dredging", "contract"},
				"Auditors will review the dredging contract next week.")
			mustSave(t, s, old, newer)
			is, err := s.Issues(ctx, newsbot.IssueOpen, 0)
			if err != nil || len(is) != 1 || is[0].Latest != "Auditors will review the dredging contract next week." {
				t.Fatalf("before: %+v %v", is, err)
			}
			// The newer story is rewritten about something else.
			mustSave(t, s, raise("https://x.example/new", day("2026-03-04"), "Ferry timetable change", []string{"ferry", "timetable"},
				"Ferries will run hourly from May."))
			got, err := s.Issue(ctx, is[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Latest != want || !got.LatestAt.Equal(day("2026-03-02")) {
				t.Errorf("latest = %q at %v, want %q", got.Latest, got.LatestAt, want)
			}
		})
	}
}
