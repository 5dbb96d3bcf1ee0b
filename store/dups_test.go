package store

import (
	"errors"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// An article a bulk loader saves unanalysed as a repeat (PrepareBatchDups)
// is skipped when its text is stored; when it is not, nothing of the batch
// is stored and ErrNotDuplicate tells the loader to analyse it.
func TestPrepareBatchDups(t *testing.T) {
	pub := day("2026-01-15")
	orig := story("https://courier.example/budget", budgetText, "The library stays open, whatever the auditors say", "Marta Kowalczyk", pub)
	roads := story("https://courier.example/roads", `"Repairs start in March," said highways chief Tomasz Nowak.`, "Repairs start in March", "Tomasz Nowak", pub)
	copyOf := func(a newsbot.Analysed, url string) newsbot.Analysed {
		a.Article.URL = url
		a.Extraction = newsbot.Extraction{} // not analysed
		return a
	}
	tests := []struct {
		name    string
		stored  []newsbot.Analysed // saved first, normally
		batch   []newsbot.Analysed
		dup     []bool
		wantErr bool
		want    []newsbot.SaveOutcome
	}{
		{"repeat of a stored text", []newsbot.Analysed{orig},
			[]newsbot.Analysed{roads, copyOf(orig, "https://mirror.example/budget")}, []bool{false, true},
			false, []newsbot.SaveOutcome{newsbot.Added, newsbot.Skipped}},
		{"repeat of a text earlier in the batch", nil,
			[]newsbot.Analysed{orig, copyOf(orig, "https://mirror.example/budget")}, []bool{false, true},
			false, []newsbot.SaveOutcome{newsbot.Added, newsbot.Skipped}},
		{"claimed repeat of a text never stored", nil,
			[]newsbot.Analysed{roads, copyOf(orig, "https://mirror.example/budget")}, []bool{false, true},
			true, nil},
		{"claimed repeat whose URL is stored with other text", []newsbot.Analysed{roads},
			[]newsbot.Analysed{copyOf(orig, "https://courier.example/roads")}, []bool{true},
			true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			if len(tt.stored) > 0 {
				mustSave(t, s, tt.stored...)
			}
			before := count(t, s, `SELECT count(*) FROM articles`)
			beforeQuotes := count(t, s, `SELECT count(*) FROM quotes`)
			res, err := s.SavePrepared(t.Context(), s.PrepareBatchDups(tt.batch, tt.dup))
			if tt.wantErr {
				if !errors.Is(err, ErrNotDuplicate) {
					t.Fatalf("err %v, want ErrNotDuplicate", err)
				}
				if n, q := count(t, s, `SELECT count(*) FROM articles`), count(t, s, `SELECT count(*) FROM quotes`); n != before || q != beforeQuotes {
					t.Errorf("after the refused batch: %d articles, %d quotes; want %d, %d", n, q, before, beforeQuotes)
				}
				// The loader analyses and saves again: the store takes it.
				tt.batch[len(tt.batch)-1] = orig
				tt.batch[len(tt.batch)-1].Article.URL = "https://mirror.example/budget"
				if _, err := s.SaveArticles(t.Context(), tt.batch); err != nil {
					t.Fatalf("saved again: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range res {
				if r.Outcome != tt.want[i] {
					t.Errorf("article %d: %s, want %s", i, r.Outcome, tt.want[i])
				}
			}
			if err := checkDB(t.Context(), s); err != nil {
				t.Error(err)
			}
		})
	}
}
