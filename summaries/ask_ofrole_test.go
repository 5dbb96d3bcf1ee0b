package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/newsbot"
)

// A role that gives only the body a person speaks for ("Ruth Okafor, of
// the nurses' union, said") is answered as the copy words it, with no
// article before "of". The article is written for this test.
func TestWhoIsOfBody(t *testing.T) {
	art := newsbot.Article{ID: 91, Title: "Nurses reject pay offer", Outlet: "Test Wire", Published: at("2026-11-20T08:00:00Z"),
		Text: "Nurses have rejected the latest pay offer.\n\nRuth Okafor, of the nurses' union, said the offer fell short of inflation.\n\nMs Okafor said members would vote on strikes next month."}
	people := []newsbot.PersonRecord{{ID: 1, Name: "Ruth Okafor", Role: "of the nurses' union"}}
	s := &Service{Store: articleWorld(people, nil, art).store(), Location: time.UTC, Now: func() time.Time { return at("2026-11-21T09:00:00Z") }}
	a, err := s.Ask(context.Background(), "who is Ruth Okafor?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "Ruth Okafor is of the nurses' union") {
		t.Errorf("lead = %q, want it to start %q", a.Lead, "Ruth Okafor is of the nurses' union")
	}
}
