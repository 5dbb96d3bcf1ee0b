package summaries

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestOnTopic(t *testing.T) {
	tests := []struct {
		quote, sentence, topic string
		want                   bool
	}{
		{"Our members are striking because the company broke its word", "", "strike", true},
		{"Every passenger is owed a refund", "", "refunds", true},
		{"Nobody takes this step lightly", `Drivers voted for a walkout last month. "Nobody takes this step lightly," she said.`, "the strike", true},
		{"We want that money back", "", "refunds", true},
		{"Calls for her to step down are growing", "", "resignation", true},
		{"The depot is too small", "", "closure", false},
		{"The site will be shut in March", "", "closure", true},
		{"Commuters have carried the cost", "Commuters have carried the cost, she said.", "refunds", false},
		{"The pay offer is an insult", "", "pay strike", false}, // every term must be met
		{"Rail fares will be frozen", "", "ticket prices", false},
	}
	for _, tt := range tests {
		h := newsbot.QuoteHit{Quote: newsbot.Quote{Text: tt.quote}, Sentence: tt.sentence}
		if got := onTopic(h, keyTerms(tt.topic)); got != tt.want {
			t.Errorf("onTopic(%q, %q) = %v, want %v", tt.quote, tt.topic, got, tt.want)
		}
	}
}

func TestSingularAndStoryQueries(t *testing.T) {
	for in, want := range map[string]string{"refunds": "refund", "closures": "closure", "redundancies": "redundancy",
		"talks": "talk", "crisis": "crisis", "bus": "bus", "churches": "church", "pay": "pay"} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
	if got := storyQueries([]string{"depot", "closures"}); len(got) != 2 || got[1] != "depot closure" {
		t.Errorf("storyQueries = %q", got)
	}
	if got := storyQueries([]string{"pay"}); len(got) != 1 {
		t.Errorf("storyQueries(pay) = %q, want the one query", got)
	}
}

func TestParseQuotesOf(t *testing.T) {
	tests := []struct {
		q, subject, topic string
	}{
		{"how did Rivera respond?", "Rivera", ""},
		{"how did the union react to the offer?", "the union", "the offer"},
		{"what was Rivera's reaction?", "Rivera", ""},
		{"what are Sabine Kohler's quotes?", "Sabine Kohler", ""},
		{"quotes from Kohler about refunds", "Kohler", "refunds"},
		{"Kohler quotes", "Kohler", ""},
		{"show me comments by the Commission on tariffs", "the Commission", "tariffs"},
	}
	for _, tt := range tests {
		q := ParseQuestion(tt.q)
		if q.Kind != QWhatSaid || q.Subject != tt.subject || q.Topic != tt.topic {
			t.Errorf("ParseQuestion(%q) = %+v, want what-said %q about %q", tt.q, q, tt.subject, tt.topic)
		}
	}
	for _, s := range []string{"what was the turnout?", "how did the strike end?", "who quoted Kohler?", "what is the weather like"} {
		if q := ParseQuestion(s); q.Kind == QWhatSaid {
			t.Errorf("ParseQuestion(%q) = %+v, want no what-said", s, q)
		}
	}
}
