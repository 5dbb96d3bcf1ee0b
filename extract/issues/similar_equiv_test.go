package issues

import (
	"math/rand/v2"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// simVocab mixes topical words, vague words the sets drop, plurals,
// possessives with straight and curly apostrophes, figures, case and
// accents, so random issues share words in every way Similar folds them.
var simVocab = []string{
	"dredging", "contract", "contracts", "harbour", "Harbour", "council", "councils", "strike", "strikes",
	"Lai", "Jimmy", "Lai's", "Lai’s", "publisher", "jailed", "trial", "trials", "tariff", "tariffs", "steel",
	"the", "government", "said", "says", "a", "of", "and", "new", "plan", "plans", "row", "dispute",
	"5%", "2026", "£40m", "'quoted'", "o'neill", "O’Neill", "Zoë", "ZOË", "Müller", "straße", "İstanbul",
	"pay", "pay-deal", "nurses", "nurse", "NHS", "ban", "bans", "vote", "votes", "Brexit", "EU", "EU's",
	"\xff", "—", "", " ", "ministers", "minister's", "children", "child", "crisis", "crises", "policies", "policy",
}

func randPhrase(r *rand.Rand, maxWords int) string {
	n := r.IntN(maxWords + 1)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = simVocab[r.IntN(len(simVocab))]
	}
	sep := []string{" ", " ", " ", ", ", "-", "  "}[r.IntN(6)]
	return strings.Join(ws, sep)
}

func randIssue(r *rand.Rand) newsbot.Issue {
	is := newsbot.Issue{Title: randPhrase(r, 7)}
	for range r.IntN(6) {
		is.Keywords = append(is.Keywords, randPhrase(r, 3))
	}
	return is
}

// TestSimilarMatchesReference holds Similar, and one Prepared compared with
// many, to the map-based implementation it replaced, score for score.
func TestSimilarMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 2026))
	pool := make([]newsbot.Issue, 300)
	for i := range pool {
		pool[i] = randIssue(r)
	}
	prepared := make([]*Prepared, len(pool))
	for i, is := range pool {
		prepared[i] = Prepare(is)
	}
	nonzero := 0
	for i := range pool {
		for j := range pool {
			want := refSimilar(pool[i], pool[j])
			if got := prepared[i].Similarity(prepared[j]); got != want {
				t.Fatalf("Similarity(%q, %q) = %v, reference %v", pool[i], pool[j], got, want)
			}
			if want > 0 {
				nonzero++
			}
		}
	}
	for i := range 200 {
		a, b := pool[i], pool[(i*7+3)%len(pool)]
		if got, want := Similar(a, b), refSimilar(a, b); got != want {
			t.Fatalf("Similar(%q, %q) = %v, reference %v", a, b, got, want)
		}
	}
	// The pool must exercise both outcomes, or it proves nothing.
	if nonzero < len(pool) || nonzero > len(pool)*len(pool)*9/10 {
		t.Fatalf("%d of %d pairs score above 0: vocabulary too narrow or too wide", nonzero, len(pool)*len(pool))
	}
}

// TestSimilarRealisticThreads checks the scores of issues worded the way
// wire copy words one story thread, against the reference.
func TestSimilarRealisticThreads(t *testing.T) {
	tests := []struct {
		name    string
		a, b    newsbot.Issue
		atLeast float64
	}{
		{"same case, other words",
			newsbot.Issue{Title: "Jimmy Lai's national security trial", Keywords: []string{"Jimmy Lai", "national security"}},
			newsbot.Issue{Title: "Jailed publisher Lai appeals", Keywords: []string{"Lai", "appeal"}}, 0.35},
		{"different threads",
			newsbot.Issue{Title: "Harbour dredging contract dispute", Keywords: []string{"dredging contract"}},
			newsbot.Issue{Title: "Nurses' pay strike", Keywords: []string{"nurses", "pay deal"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := Similar(tt.a, tt.b), refSimilar(tt.a, tt.b)
			if got != want {
				t.Fatalf("Similar = %v, reference %v", got, want)
			}
			if got < tt.atLeast || (tt.atLeast == 0 && got != 0) {
				t.Fatalf("Similar = %v, want %v or more (0 exactly when 0)", got, tt.atLeast)
			}
		})
	}
}

func FuzzSimilarMatchesReference(f *testing.F) {
	f.Add("Jimmy Lai's trial", "Jimmy Lai,trial", "Jailed publisher Lai", "Lai,appeal")
	f.Add("Harbour dredging", "dredging contract", "Nurses' pay", "pay deal")
	f.Fuzz(func(t *testing.T, ta, ka, tb, kb string) {
		a := newsbot.Issue{Title: ta, Keywords: strings.Split(ka, ",")}
		b := newsbot.Issue{Title: tb, Keywords: strings.Split(kb, ",")}
		if got, want := Similar(a, b), refSimilar(a, b); got != want {
			t.Fatalf("Similar(%q, %q) = %v, reference %v", a, b, got, want)
		}
	})
}
