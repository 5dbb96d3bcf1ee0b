package extract

import (
	"reflect"
	"slices"
	"testing"
	"time"
)

// testArticles are short wire-style stories written for these tests.
var testArticles = []Input{
	{ID: "a1", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), Text: "Foreign Minister Lena Adeyemi will travel to Nairobi on Friday to meet Kenyan President Daniel Mwangi, her office said.\n\n" +
		"\"We expect frank talks on the grain corridor,\" Adeyemi told reporters on Tuesday. The dispute over transit fees remains unresolved, officials said.\n\n" +
		"A ministry spokesman said she would return to the capital on Sunday."},
	{ID: "a2", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), Text: "Union leaders and the rail operator failed to agree on pay on Wednesday, prolonging a strike that has halted trains for a week.\n\n" +
		"\u201cThe offer on the table is an insult,\u201d said Marta Oduya, general secretary of the drivers' union. Transport Secretary Paul Brennan urged both sides to return to talks."},
	{ID: "a3", Published: time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC), Text: "Shares rose."},
	{ID: "empty"},
}

// TestArticlesMatchesArticle checks that the batch gives, article for
// article, what Article gives: the stages are pure, so running them stage
// by stage across the batch must change nothing.
func TestArticlesMatchesArticle(t *testing.T) {
	for _, size := range []int{0, 1, 2, len(testArticles)} {
		got := Articles(testArticles[:size])
		if len(got) != size {
			t.Fatalf("Articles of %d gives %d extractions", size, len(got))
		}
		for i, in := range testArticles[:size] {
			want := Article(in.ID, in.Text, in.Published)
			if !reflect.DeepEqual(got[i], want) {
				t.Errorf("batch of %d, article %s:\n got %+v\nwant %+v", size, in.ID, got[i], want)
			}
		}
	}
	// The stories are not trivial: the comparison above compares something.
	x := Article(testArticles[0].ID, testArticles[0].Text, testArticles[0].Published)
	if len(x.People) == 0 || len(x.Quotes) == 0 || len(x.Timexes) == 0 {
		t.Errorf("story a1: people %v, quotes %v, timexes %v: want some of each", x.People, x.Quotes, x.Timexes)
	}
}

// TestNormaliseArrays checks that an extraction always has arrays, never
// nulls, in its JSON form.
func TestNormaliseArrays(t *testing.T) {
	for _, x := range append(Articles(testArticles), Normalise(Article("", "", time.Time{}))) {
		if x.People == nil || x.Quotes == nil || x.Trips == nil || x.Issues == nil || x.Timexes == nil {
			t.Errorf("%s: a nil slice in %+v", x.ID, x)
		}
		for _, p := range x.People {
			if p.Mentions == nil {
				t.Errorf("%s: person %q has nil mentions", x.ID, p.Name)
			}
		}
		for _, tr := range x.Trips {
			if tr.Counterparts == nil {
				t.Errorf("%s: trip %+v has nil counterparts", x.ID, tr)
			}
		}
	}
}

// A batch with headlines gives what ArticleWithHeadline gives article by
// article, and a headline changes only the issues: offsets stay the text's.
func TestArticlesWithHeadline(t *testing.T) {
	in := slices.Clone(testArticles)
	in[1].Headline = "Rail strike enters second week as pay talks fail"
	got := Articles(in)
	changed := false
	for i, a := range in {
		want := ArticleWithHeadline(a.ID, a.Headline, a.Text, a.Published)
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("article %s:\n got %+v\nwant %+v", a.ID, got[i], want)
		}
		plain := Article(a.ID, a.Text, a.Published)
		plain.Issues = want.Issues
		if !reflect.DeepEqual(plain, want) {
			t.Errorf("article %s: the headline changed more than the issues", a.ID)
		}
		changed = changed || !reflect.DeepEqual(Article(a.ID, a.Text, a.Published).Issues, want.Issues)
	}
	if !changed {
		t.Error("the headline changed no issues: the comparison proves nothing")
	}
}
