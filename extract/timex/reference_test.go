package timex

import (
	"fmt"
	"os"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/internal/letters"
)

// The tokeniser as it was before it read eight bytes at a time and reused
// its buffers, kept to check that the fast one gives the same tokens.

// refTokens is the reference tokeniser's output.
type refTokens struct {
	text string
	low  string
	lowb []byte
	t    []token
	cand []int32
}

// addWord appends the word text[i:j]; upper tells whether it has capitals,
// which get a lower-cased copy.
func (ts *refTokens) addWord(i, j int, capital, upper bool, nl bool) {
	t := token{s: int32(i), e: int32(j), l: -1, kind: kWord, cap: capital, nl: nl}
	if !upper {
		t.trig = triggerOf(possessiveBase(ts.text[i:j]))
	} else {
		ts.addLower(&t, i, j)
	}
	ts.addTok(t, t.trig != 0)
}

// addTok appends t; cand tells whether an expression can start there (see
// tokens.cand).
func (ts *refTokens) addTok(t token, cand bool) {
	if cand {
		ts.cand = append(ts.cand, int32(len(ts.t)))
	}
	ts.t = append(ts.t, t)
}

// letterRun returns the end of the run of ASCII letters that starts at i,
// and whether it holds a capital.
func refLetterRun(text string, i int) (int, bool) {
	f := uint8(0)
	j := i
	for j < len(text) {
		g := refLetterFlags[text[j]]
		if g == 0 {
			break
		}
		f |= g
		j++
	}
	return j, f&rfUpper != 0
}

// Letter flags of the tokeniser's word loop.
const (
	rfLower = 1 << iota
	rfUpper
)

var refLetterFlags = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = rfLower
		t[c-'a'+'A'] = rfUpper
	}
	return t
}()

// addPlainWord appends the word text[i:j] of ASCII letters.
func (ts *refTokens) addPlainWord(i, j int, capital, upper bool, nl bool) {
	t := token{s: int32(i), e: int32(j), l: -1, kind: kWord, cap: capital, nl: nl}
	if !upper {
		// triggerOf, with its filter inline: most words stop there.
		if w := ts.text[i:j]; len(w) < 3 || mayTrigger(w[0], w[1], w[2], len(w)) {
			t.trig = triggerHashed(w, hashWord(w))
		}
	} else {
		ts.addLower(&t, i, j)
	}
	ts.addTok(t, t.trig != 0)
}

// addLower stores the lower-cased copy of a word with capitals and looks it
// up.
func (ts *refTokens) addLower(t *token, i, j int) {
	t.l = int32(len(ts.lowb))
	ts.lowb = append(ts.lowb, ts.text[i:j]...)
	b := ts.lowb[t.l:]
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	t.trig = triggerOfBytes(b)
}

func refTokenize(text string) *refTokens {
	ts := &refTokens{text: text, t: make([]token, 0, len(text)/5+4), cand: make([]int32, 0, len(text)/16+4)}
	nl := true
	i := 0
	for i < len(text) {
		c := text[i]
		switch byteClass[c] {
		case bSpace:
			i++
			continue
		case bNL:
			nl = true
			i++
			continue
		case bPunct:
			ts.addTok(token{s: int32(i), e: int32(i + 1), l: -1, kind: kPunct, nl: nl}, c == '\'')
			nl = false
			i++
			continue
		case bLetter, bUpper:
			// One pass over the letters; the trigger lookup filters the
			// word before it hashes it.
			j, upper := refLetterRun(text, i)
			if j == len(text) || text[j] != '\'' && text[j] < utf8.RuneSelf {
				ts.addPlainWord(i, j, c <= 'Z', upper, nl)
				nl = false
				i = j
				continue
			}
		}
		switch {
		case isDigit(c):
			j := i + 1
			for j < len(text) {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == '.' || text[j] == ',' || text[j] == ':') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			// Ordinal and plural suffixes stay on the number: "30th", "1990s".
			if k := suffixLen(text, j); k > 0 {
				j += k
			}
			ts.addTok(token{s: int32(i), e: int32(j), l: -1, kind: kNum, nl: nl}, true)
			nl = false
			i = j
			continue
		}
		if ok, n := letterAt(text, i); ok {
			j := i + n
			upper := false
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if isWordByte(c) {
						j++
						continue
					}
					if c != '\'' {
						break
					}
				}
				if ok, m := letterAt(text, j); ok {
					j += m
					continue
				}
				if a := apostropheAt(text, j); a > 0 {
					if ok, _ := letterAt(text, j+a); ok {
						j += a
						continue
					}
				}
				break
			}
			for k := i; k < j; k++ {
				if text[k] >= 'A' && text[k] <= 'Z' {
					upper = true
					break
				}
			}
			capital := c >= 'A' && c <= 'Z'
			if c >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(text[i:])
				capital = unicode.IsUpper(r)
			}
			ts.addWord(i, j, capital, upper, nl)
			nl = false
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += n
			continue
		}
		ts.addTok(token{s: int32(i), e: int32(i + n), l: -1, kind: kPunct, nl: nl}, n > 1 || c == '\'')
		nl = false
		i += n
	}
	ts.low = string(ts.lowb)
	ts.lowb = nil
	return ts
}

// sameTokens reports how the fast tokeniser's output, reused from a
// previous text, differs from the reference tokeniser's, or "".
func sameTokens(ts *tokens, text string) string {
	ref := refTokenize(text)
	ts.tokenize(text)
	if len(ts.t) != len(ref.t) {
		return fmt.Sprintf("%d tokens, reference %d", len(ts.t), len(ref.t))
	}
	for i := range ts.t {
		if ts.t[i] != ref.t[i] {
			return fmt.Sprintf("token %d = %+v, reference %+v", i, ts.t[i], ref.t[i])
		}
	}
	if !slices.Equal(ts.cand, ref.cand) {
		return fmt.Sprintf("cand = %v, reference %v", ts.cand, ref.cand)
	}
	if ts.low != ref.low {
		return fmt.Sprintf("low = %q, reference %q", ts.low, ref.low)
	}
	// The runs of letters recorded on the way (for trips) are exactly
	// those a plain scan of the text finds.
	if want := letters.Of(text); !slices.Equal(ts.runs, want) {
		return fmt.Sprintf("runs = %v, letters.Of %v", ts.runs, want)
	}
	return ""
}

// FuzzTokenizeMatchesReference checks the eight-bytes-at-a-time tokeniser,
// with buffers reused from the text before, against the reference one.
func FuzzTokenizeMatchesReference(f *testing.F) {
	for _, s := range []string{
		"On Friday the Prime Minister's office said talks would resume in March 2026.",
		"ÉLYSÉE Palace officials met at 3:07pm GMT; the '90s are over—“later” they said.",
		"abcdefghABCDEFGH a an in at Q3 2025 O'Brien’s jan. 30th 1990s",
		"YESTERDAY Afternoon, fortnightly Thanksgiving weekends; Abcdefghijklmnop abcdefghijklmnopq Wednesday",
		"3am 30thx 1990s' x2y café-goers Jose\u0301 naïve Ångström 4th, TimeWarner's",
		"",
	} {
		f.Add(s, "The previous article, ten words or so, in the buffers.")
	}
	f.Fuzz(func(t *testing.T, text, before string) {
		ts := new(tokens)
		ts.tokenize(before)
		if d := sameTokens(ts, text); d != "" {
			t.Fatalf("tokenize(%q) after %q: %s", text, before, d)
		}
	})
}

// TestTokenizeMatchesReferenceCorpus runs the same check over the BBC
// corpus (skipped when ../shared is absent), one reused buffer throughout.
func TestTokenizeMatchesReferenceCorpus(t *testing.T) {
	const path = "../../../shared/corpus/bbc/corpus.jsonl"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	ts := new(tokens)
	readJSONL(t, path, func(id, _, text string) {
		if d := sameTokens(ts, text); d != "" {
			t.Fatalf("%s: %s", id, d)
		}
	})
}
