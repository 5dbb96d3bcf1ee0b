package people

import (
	"bytes"
	"encoding/json"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The tokeniser as it was before its fast path took words of up to 15
// bytes and words before a lone full stop, hyphen or apostrophe, kept to
// check that the fast one gives the same tokens.

// refTokenize splits s into words in one pass. Words keep inner hyphens and
// apostrophes ("al-Assad", "O'Brien") and dotted acronyms ("U.S"); a
// possessive 's is dropped from the word and recorded as a flag.
//
// When lists is not nil, it gets the indices of the tokens later passes
// start from, so that they need not walk every token, and the hashes of the
// lower-case words the lexicon lacks go into lowers (an open-addressing set,
// see lowerAdd) when that is not nil; it must have more slots than s can
// have words.
func refTokenize(s string, toks []token, lowers []uint32, lists *tokLists) []token {
	// Two tokens are at least one byte apart, so (len+1)/2 bounds their
	// number: with room for all of them, a token is one indexed store.
	if need := len(s)/2 + 2; cap(toks) < need {
		toks = make([]token, need)
	} else {
		toks = toks[:need]
	}
	nt := 0
	sent := int32(0)
	sentStart := true
	inQuote := false
	// The gap since the previous token: only spaces (and the full stop of
	// an abbreviation right after it) so far, and at least one space.
	gapOK, gapSpace := false, false
	i, n := 0, len(s)
	for i < n {
		c := s[i]
		var r rune = rune(c)
		size := 1
		if c < utf8.RuneSelf {
			if asciiClass[c] == 0 {
				switch c {
				case ' ':
					gapSpace = true
				case '.':
					if nt > 0 && int(toks[nt-1].end) == i && refIsAbbrev(&toks[nt-1], s) {
						break // "Mr. Smith", "J. Smith": no sentence end
					}
					sentStart, gapOK = true, false
				case '"':
					inQuote, gapOK = straightQuote(s, i, inQuote), false
				case '\'':
					if i+1 < n && s[i+1] == '\'' {
						inQuote, gapOK = twoApostrophes(s, i, inQuote), false
						i += 2
						continue
					}
					gapOK = false
				case '\n':
					inQuote, sentStart, gapOK = false, true, false
				case '!', '?', ':', ';':
					sentStart, gapOK = true, false
				default:
					gapOK = false
				}
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				switch r {
				case '\u00a0': // a no-break space joins like a space
					gapSpace = true
				case '“':
					inQuote, gapOK = true, false
				case '”':
					inQuote, gapOK = false, false
				case '…':
					sentStart, gapOK = true, false
				default:
					gapOK = false
				}
				i += size
				continue
			}
		}
		// A word starts at i.
		start := i
		j := i + size
		var flags uint16
		switch {
		case r < utf8.RuneSelf:
			flags = asciiFirst[r]
		case unicode.IsUpper(r):
			flags = tCap
		case unicode.IsDigit(r):
			flags = tDigit
		default:
			flags = tLower
		}
		// Fast path: most words are ASCII letters and digits, shorter than
		// eight bytes and followed by a space or punctuation that cannot
		// continue them. One load finds the end, lower-cases and hashes.
		var lex uint32
		var hash uint32
		end := -1
		if r < utf8.RuneSelf && start+8 <= n {
			x := load64(s, start)
			if m := alnumMask(x); m != high8 {
				l := bits.TrailingZeros64(^m&high8) >> 3
				if c2 := s[start+l]; c2 < utf8.RuneSelf && c2 != '-' && c2 != '.' && c2 != '\'' {
					mask := uint64(1)<<(8*uint(l)) - 1
					x &= mask
					h := hashEnd(hashChunk(hashSeed, x|bit5x8&mask))
					lex = lexTable.lookupFold(l, h)
					hash = hash32(h)
					// "BBC", "100MW": no small letter, two or more
					// capitals (bit 6 set, bit 5 clear), first letter
					// not small. No branch: capitals are as good as random.
					lower := x & (x << 1) & (high8 >> 1)
					u := x & ^(x << 1) & (high8 >> 1)
					flags |= tAllCaps * uint16((1^uint64(flags/tLower&1))&(1^nonZero(lower))&nonZero(u&(u-1)))
					end = start + l
				}
			}
		}
		if end < 0 {
			segLetters := 1
			// A word of ASCII letters and digits only is hashed eight bytes
			// at a time once its end is known; anything else byte by byte.
			pure := r < utf8.RuneSelf
			for j < n {
				c2 := s[j]
				if asciiClass[c2] != 0 {
					// Eight bytes at a time through runs of letters and digits.
					k := 1
					if j+8 <= n {
						if m := alnumMask(load64(s, j)); m == high8 {
							k = 8
						} else {
							k = bits.TrailingZeros64(^m&high8) >> 3
						}
					}
					j += k
					segLetters += k
					continue
				}
				r2, sz2 := rune(c2), 1
				if c2 >= utf8.RuneSelf {
					r2, sz2 = utf8.DecodeRuneInString(s[j:])
				}
				if isWordRune(r2) {
					j += sz2
					segLetters++
					pure = false
					continue
				}
				if r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' {
					k := j + sz2
					if k >= n {
						break
					}
					r3, _ := utf8.DecodeRuneInString(s[k:])
					if !isWordRune(r3) {
						break
					}
					if r2 == '\'' || r2 == '’' {
						// possessive 's: stop the word here.
						if (r3 == 's' || r3 == 'S') && (k+1 >= n || !isWordRuneAt(s, k+1)) {
							flags |= tPoss
							break
						}
					}
					if r2 == '.' && segLetters != 1 {
						break // "U.S" keeps its dots, "end.Next" does not
					}
					j = k
					segLetters = 0
					pure = false
					continue
				}
				break
			}
			end = j
			if w := s[start:end]; flags&tLower != 0 && len(w) > 4 && (w[:3] == "al-" || w[:3] == "el-") && w[3] >= 'A' && w[3] <= 'Z' {
				flags = flags&^tLower | tCap // "al-Ansari"
			}
			if pure && end-start <= maxLexWord {
				h, allCaps := pureHash(s, start, end, flags&tLower == 0)
				lex = lexTable.lookupFold(end-start, h)
				hash = hash32(h)
				if allCaps {
					flags |= tAllCaps
				}
			} else if end-start <= maxLexWord {
				allCaps := true
				letters := 0
				for k := start; k < end; k++ {
					b := s[k]
					if b >= 'A' && b <= 'Z' {
						letters++
					} else if b >= 'a' && b <= 'z' {
						allCaps = false
						letters++
					} else if b >= utf8.RuneSelf {
						allCaps = false
					}
				}
				h := foldHash(s[start:end])
				lex = lexTable.lookupFold(end-start, h)
				hash = hash32(h)
				if allCaps && letters >= 2 {
					flags |= tAllCaps
				}
			}
		}
		if inQuote {
			flags |= tInQuote
		}
		if sentStart {
			flags |= tSentStart
			if nt > 0 {
				sent++
			}
			sentStart = false
		}
		if gapOK && gapSpace {
			flags |= tJoin
		}
		after := end
		if flags&tPoss != 0 {
			after = end + 2
			if s[end] != '\'' {
				after = end + len("’") + 1
			}
		}
		if after < n {
			switch s[after] {
			case '.':
				flags |= tDotAfter
			case ',':
				flags |= tCommaAfter
			}
		}
		toks[nt] = token{start: int32(start), end: int32(end), lex: lex, flags: flags, sent: sent, hash: hash}
		nt++
		gapOK, gapSpace = flags&tPoss == 0, false
		i = after
		// Most words are followed by one space: take it here rather than
		// in another turn of the loop.
		if i < n && s[i] == ' ' {
			gapSpace = true
			i++
		}
	}
	toks = toks[:nt]
	if lists != nil {
		lists.fill(toks, lowers)
	}
	return toks
}

// checkTokenizeMatchesReference compares the tokeniser, its lists and its
// set of lower-case words with the reference tokeniser's.
func checkTokenizeMatchesReference(t *testing.T, s string) {
	t.Helper()
	slots := lowerSlots(len(s))
	var lists, refLists tokLists
	lowers, refLowers := make([]uint32, slots), make([]uint32, slots)
	got := tokenize(s, nil, lowers, &lists)
	want := refTokenize(s, nil, refLowers, &refLists)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, reference %d", s, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d %q = %+v, reference %+v", s, i, s[want[i].start:want[i].end], got[i], want[i])
		}
	}
	if !slices.Equal(lists.caps, refLists.caps) || !slices.Equal(lists.trig, refLists.trig) || !slices.Equal(lists.low, refLists.low) {
		t.Fatalf("%q: lists differ from the reference", s)
	}
	if !slices.Equal(lowers, refLowers) {
		t.Fatalf("%q: lower-case word set differs from the reference", s)
	}
}

// FuzzTokenizeMatchesReference checks the tokeniser's fast path (words of
// up to 15 bytes, read one or two eight-byte loads at a time) against the
// reference tokeniser on random text.
func FuzzTokenizeMatchesReference(f *testing.F) {
	for _, s := range []string{
		"The Government's counterterrorism spokeswoman told BROADCASTERS on Tuesday.",
		"ABCDEFGHIJ abcdefghijklmno ABCDEFGHijklmno AbcdefghIjklmno 12345678901234 x",
		"Mr. J. Smith’s U.S. aide, al-Assad's envoy; “quoted” O'Brien. end.Next",
		"internationalisation. Abcdefghijklmnop- Abcdefgh' Abcdefgh's Abcdefgh’s é",
	} {
		f.Add(s)
	}
	f.Fuzz(checkTokenizeMatchesReference)
}

// TestTokenizeMatchesReferenceCorpus runs the same check over the BBC
// corpus (skipped when ../shared is absent).
func TestTokenizeMatchesReferenceCorpus(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl"))
	if err != nil {
		t.Skipf("BBC corpus not found (../shared is absent): %v", err)
	}
	for _, line := range bytes.Split(data, []byte("\n")) {
		var d struct{ Text string }
		if json.Unmarshal(line, &d) == nil && d.Text != "" {
			checkTokenizeMatchesReference(t, d.Text)
		}
	}
}
