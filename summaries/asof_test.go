package summaries

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// As of a day, a speaker quoted hundreds of times since is listed and
// counted from the quotes of that day and before only, page by page,
// although the store lists the later ones first.
func TestPublishedBeforePagesPastLaterQuotes(t *testing.T) {
	p := newsbot.PersonRecord{ID: 7, Name: "Ines Duarte", Role: "port authority chair", Quotes: 470}
	later := newsbot.ArticleRef{ID: 2, Title: "Port strike ends", Published: at("2026-03-10T09:00:00Z")}
	early := newsbot.ArticleRef{ID: 1, Title: "Port strike begins", Published: at("2026-03-01T09:00:00Z")}
	w := world{people: []newsbot.PersonRecord{p}}
	for i := range 470 {
		art := later
		if i >= 450 {
			art = early
		}
		w.quotes = append(w.quotes, newsbot.QuoteHit{ID: int64(i + 1), Person: p, Article: art,
			Quote: newsbot.Quote{Text: fmt.Sprintf("Statement number %d on the strike", i+1), Speaker: p.Name, IsPerson: true, Cue: "said"}})
	}
	s := &Service{Store: PublishedBefore(w.store(), day("2026-03-06")), Location: time.UTC,
		Now: func() time.Time { return at("2026-03-05T12:00:00Z") }}
	a, err := s.WhoSaid(context.Background(), "Duarte", 1)
	mustNoErr(t, err)
	if !strings.Contains(a.Lead, "20 quotes") || len(a.Items) != PageSize || !strings.Contains(a.Items[0].Text, "number 451") {
		t.Fatalf("page 1: lead %q, %d items, first %+v", a.Lead, len(a.Items), a.Items)
	}
	a, err = s.WhoSaid(context.Background(), "Duarte", 4)
	mustNoErr(t, err)
	if len(a.Items) != PageSize || !strings.Contains(a.Items[PageSize-1].Text, "number 470") {
		t.Errorf("page 4: %+v", a.Items)
	}
	for _, it := range a.Items {
		for _, r := range it.Sources {
			if r.ID == later.ID {
				t.Errorf("a later article is cited: %+v", it)
			}
		}
	}
}
