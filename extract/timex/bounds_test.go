package timex

import (
	"strings"
	"testing"
)

// scanBounds is sentenceBounds without the kept sentence: the plain scan.
func scanBounds(ts *tokens, i int) (int, int) {
	a := i
	for a > 0 && a > i-maxClause && !ts.sentenceStart(a) {
		a--
	}
	b := i + 1
	for b < len(ts.t) && b < i+maxClause && !ts.sentenceStart(b) {
		b++
	}
	return a, b
}

// checkBounds asks sentenceBounds about the tokens of text in the order the
// steps give, jumping back and forth, and holds every answer to the scan.
func checkBounds(t *testing.T, text string, steps []byte) {
	t.Helper()
	ts := tokenize(text)
	n := len(ts.t)
	if n == 0 {
		return
	}
	i := 0
	ask := func() {
		a, b := ts.sentenceBounds(i)
		if wa, wb := scanBounds(ts, i); a != wa || b != wb {
			t.Fatalf("%q: sentenceBounds(%d) = %d, %d; scan %d, %d", text, i, a, b, wa, wb)
		}
	}
	for k := range n {
		i = k
		ask()
	}
	for _, s := range steps {
		i = (i + int(s)*7) % n
		ask()
	}
}

func TestSentenceBoundsKept(t *testing.T) {
	long := strings.Repeat("the talks went on and on without a break ", 20) // a sentence over the window
	for _, s := range []string{
		"Talks resume on Monday. The minister said on Friday that he would go.",
		"Mr. Smith left on Jan. 5. \"We will return,\" he said. (Officials agreed.) Then nothing.",
		"Polls close at 8pm\nResults come on Thursday\n\nThe count starts on Friday.",
		long + ". A short one on Monday. " + long + "on Tuesday.",
		"One.",
	} {
		checkBounds(t, s, []byte{3, 250, 17, 99, 1, 128, 64, 200, 5})
	}
}

func FuzzSentenceBoundsKept(f *testing.F) {
	f.Add("Talks resume on Monday. The minister said on Friday that he would go.", []byte{3, 250, 17})
	f.Add(strings.Repeat("word ", 150)+". Next one. "+strings.Repeat("more ", 70), []byte{1, 2, 200, 9})
	f.Fuzz(func(t *testing.T, text string, steps []byte) {
		checkBounds(t, text, steps)
	})
}
