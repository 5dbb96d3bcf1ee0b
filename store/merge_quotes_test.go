package store

import (
	"slices"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// A report that joins a stored issue links its quotes that name any keyword
// of the merged issue, its own or one only the stored issue had; a quote
// holding a keyword's words apart is not linked.
func TestMergedIssueLinksQuotesByStoredKeywords(t *testing.T) {
	first := newsbot.Analysed{
		Article: newsbot.Article{URL: "https://news.example.org/harbour-1", Title: "Dredging row", Published: day("2026-01-12"),
			Text: "The harbour board rejected the dredging contract on Monday."},
		Extraction: newsbot.Extraction{Issues: []newsbot.Issue{{Title: "Harbour dredging contract dispute",
			Keywords: []string{"dredging contract", "harbour board"}, Evidence: []string{"The harbour board rejected the dredging contract."}}}},
	}
	quotes := []newsbot.Quote{
		{Text: "The harbour board has misled this town for a year", Speaker: "Ann Pryce", Sentence: "Ann Pryce said the harbour board had misled the town."},
		{Text: "This dredging contract was never costed", Speaker: "Ann Pryce", Sentence: "Ann Pryce said the dredging contract was never costed."},
		{Text: "We will meet again next week", Speaker: "Tom Hale", Sentence: "Tom Hale said they would meet again."},
		{Text: "The board met at the harbour on Friday", Speaker: "Tom Hale", Sentence: "Tom Hale said the board met at the harbour."},
	}
	second := newsbot.Analysed{
		Article: newsbot.Article{URL: "https://news.example.org/harbour-2", Title: "Dredging row goes on", Published: day("2026-01-14"),
			Text: "Campaigners renewed their attack on the dredging contract on Wednesday."},
		Extraction: newsbot.Extraction{Quotes: quotes, Issues: []newsbot.Issue{{Title: "Dredging contract row",
			Keywords: []string{"dredging contract"}, Evidence: []string{"Campaigners renewed their attack on the dredging contract."}}}},
	}
	tests := []struct {
		name    string
		batches [][]newsbot.Analysed
	}{
		{"separate batches", [][]newsbot.Analysed{{first}, {second}}},
		{"one batch", [][]newsbot.Analysed{{first, second}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			for _, b := range tt.batches {
				mustSave(t, s, b...)
			}
			if n := count(t, s, `SELECT count(*) FROM issues`); n != 1 {
				t.Fatalf("%d issues, want the second report merged into the first", n)
			}
			rows, err := s.r.QueryContext(t.Context(), `SELECT q.text FROM issue_quotes iq JOIN quotes q ON q.id = iq.quote_id ORDER BY q.id`)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var got []string
			for rows.Next() {
				var q string
				if err := rows.Scan(&q); err != nil {
					t.Fatal(err)
				}
				got = append(got, q)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			want := []string{quotes[0].Text, quotes[1].Text}
			if !slices.Equal(got, want) {
				t.Errorf("linked quotes %q, want %q", got, want)
			}
		})
	}
}
