package sample

import "testing"

func TestArticles(t *testing.T) {
	as, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) < 3 {
		t.Fatalf("got %d sample articles, want at least 3", len(as))
	}
	for _, a := range as {
		if a.Title == "" || a.URL == "" || a.Published.IsZero() || len(a.Text) < 200 {
			t.Errorf("incomplete sample article: %+v", a.Title)
		}
	}
}

func TestParseRejectsHeaderless(t *testing.T) {
	if _, err := parse("just a body"); err == nil {
		t.Error("parse accepted an article without a header")
	}
}
