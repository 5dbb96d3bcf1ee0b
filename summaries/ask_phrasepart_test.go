package summaries

import (
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestPhraseParts(t *testing.T) {
	for _, c := range []struct {
		phrase string
		want   []string // must be among the parts, in this order
		not    []string
	}{
		{"the new rules were deeply unfair", []string{"new rules were deeply unfair", "new rules", "deeply unfair"}, []string{"rules were", "were deeply", "the new"}},
		{"the ferry contract was badly handled", []string{"ferry contract was badly handled", "badly handled"}, []string{"was badly"}},
		{"a disaster", nil, []string{"a disaster"}},
	} {
		got := phraseParts(c.phrase)
		at := -1
		for _, w := range c.want {
			i := slices.Index(got, w)
			if i < 0 || i < at {
				t.Errorf("phraseParts(%q) = %q: want %q after earlier wants", c.phrase, got, w)
			}
			at = i
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("phraseParts(%q) holds %q", c.phrase, n)
			}
		}
	}
}

func TestBestPartHits(t *testing.T) {
	quote := func(id int64, speaker, text string) newsbot.QuoteHit {
		return newsbot.QuoteHit{ID: id, Quote: newsbot.Quote{Text: text, Speaker: speaker}, Person: newsbot.PersonRecord{Name: speaker}}
	}
	store := []newsbot.QuoteHit{
		quote(1, "Ada Brennan", "The new rules are deeply unfair to small traders and they know it"),
		quote(2, "", "deeply unfair"),
		quote(3, "Tom Searle", "The new rules will be reviewed in the spring"),
		quote(4, "Lena Okafor", "The ferry contract was handled by the previous board"),
		quote(5, "Mo Patel", "It was so badly handled that nobody could follow it"),
	}
	found := func(part string) ([]newsbot.QuoteHit, error) {
		var out []newsbot.QuoteHit
		for _, h := range store {
			if strings.Contains(normWords(h.Quote.Text), " "+part+" ") {
				out = append(out, h)
			}
		}
		return out, nil
	}
	for _, c := range []struct {
		phrase string
		want   []int64 // ids, in order; nil when no quote answers
		part   string
	}{
		// The tense changed and the claim is what identifies the quote:
		// the subject alone ("the new rules") is another speaker's.
		{"the new rules were deeply unfair", []int64{1}, "deeply unfair"},
		// Only the claim's words are in a quote: that speaker, not the
		// one naming the subject.
		{"the ferry contract was badly handled", []int64{5}, "badly handled"},
		// Nothing of the claim, and the subject alone is one shared word
		// pair: no answer rather than a guess.
		{"the harbour plan was a scandal", nil, ""},
	} {
		got, err := bestPartHits(c.phrase, found)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, p := range got {
			ids = append(ids, p.hit.ID)
		}
		if !slices.Equal(ids, c.want) {
			t.Errorf("bestPartHits(%q) = %v, want %v", c.phrase, ids, c.want)
			continue
		}
		if len(got) > 0 && got[0].part != c.part {
			t.Errorf("bestPartHits(%q) part %q, want %q", c.phrase, got[0].part, c.part)
		}
	}
}
