package issues

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/newsroom/newsbot/extract/text"
)

// refNewsLead is newsLead as it was before it read the words in place
// (after the same dateline cut): the equivalence tests hold the current one
// to its answers.
func refNewsLead(s string) bool {
	s = s[datelineEnd(s):]
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if newsWhen[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// newsLead skips ASCII words longer than maxNewsWhen unread.
func TestNewsWhenFitsBuffer(t *testing.T) {
	for w := range newsWhen {
		if len(w) > maxNewsWhen {
			t.Errorf("newsWhen word %q is longer than maxNewsWhen (%d)", w, maxNewsWhen)
		}
	}
}

func TestNewsLeadMatchesReference(t *testing.T) {
	for _, s := range []string{
		"", "Ministers will meet union leaders on Tuesday to discuss the offer.",
		"For thirty years she drove the single-track roads of this glen.",
		"The talks, EXPECTED to resume next WEDNESDAY, broke down.",
		"Wee\u212aend talks collapsed", "Caf\u00e9 owners say prices rose", "Sept.12: strikers returned",
		"bad \xff bytes\xfewill", "overnightly rains fell", "İs the deal done?", "n\u00e9e Monday",
	} {
		if got, want := newsLead(s), refNewsLead(s); got != want {
			t.Errorf("newsLead(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzNewsLead(f *testing.F) {
	f.Add("The talks, EXPECTED to resume next WEDNESDAY, broke down.")
	f.Add("Wee\u212aend talks collapsed")
	f.Add("LONDON, Monday (Newsroom) - Crowds lined the hairpins")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := newsLead(s), refNewsLead(s); got != want {
			t.Errorf("newsLead(%q) = %v, want %v", s, got, want)
		}
	})
}

// frames reads once: what readShort read before the segments must be
// what a reading after them gives.
func TestFramesReadOnceMatchesAfterRead(t *testing.T) {
	docs, _ := loadCorpus(t)
	n := 0
	for _, d := range docs {
		sc := scratchPool.Get().(*scratch)
		a := analyser{text: d.text, sents: text.Sentences(d.text), cast: d.cast, sc: sc, keyBuf: sc.keyBuf[:0], mayQuiet: true}
		a.index = sc.phraseIndex(len(d.text) / 16)
		a.read(d.quotes)
		if a.framesRead {
			n++
			if got, want := a.framesOf, a.readFrames(); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: frames read in readShort %+v, after the segments %+v", d.id, got, want)
			}
		}
		sc.keyBuf = a.keyBuf
		sc.release()
	}
	if n == 0 {
		t.Error("no article had its frames read in readShort")
	}
}

// refKeyWords is the key splitting clusters did before appendKeyWords:
// the words split at spaces, empty ones skipped, then each hashed.
func refKeyWords(key string) (words []string, head, bloom uint64) {
	for _, w := range strings.Split(key, " ") {
		if w == "" {
			continue
		}
		words = append(words, w)
		head = fnvString(w)
		bloom |= 1 << (head & 63)
	}
	return words, head, bloom
}

func TestKeyWordsMatchReference(t *testing.T) {
	for _, k := range []string{"", " ", "embargo", "arms embargo", "eu  arms embargo ", " trade", "@Jimmy Lai", "caf\u00e9 owner"} {
		checkKeyWords(t, k)
	}
}

func FuzzKeyWords(f *testing.F) {
	f.Add("eu  arms embargo ")
	f.Fuzz(checkKeyWords)
}

func checkKeyWords(t *testing.T, key string) {
	prefix := []string{"kept"}
	got, head, bloom := appendKeyWords(slices.Clone(prefix), key)
	want, wantHead, wantBloom := refKeyWords(key)
	if !slices.Equal(got[:1], prefix) || !slices.Equal(got[1:], want) || head != wantHead || bloom != wantBloom {
		t.Errorf("appendKeyWords(%q) = %q %x %x, want %q %x %x", key, got[1:], head, bloom, want, wantHead, wantBloom)
	}
}

// clusters reads the stem of a phrase's last word off its key rather
// than stemming lastField again: the two must agree on any phrase.
func TestKeyLastWordIsLastStem(t *testing.T) {
	for _, s := range []string{"", " ", "territorial", "sweeping territorial", "arms embargo's", "the talks ", "'s",
		"caf\u00e9 owners", "a\u00a0b\u00a0c", "x\u0085", "bad \xff", "Disputes'\tcentral", "policies"} {
		checkKeyLastWord(t, s)
	}
}

func FuzzKeyLastWord(f *testing.F) {
	f.Add("sweeping territorial")
	f.Add("a\u00a0b\u00a0c")
	f.Fuzz(checkKeyLastWord)
}

func checkKeyLastWord(t *testing.T, s string) {
	key := (&analyser{}).appendKey([]byte("x y"), s)[3:]
	got := key[bytes.LastIndexByte(key, ' ')+1:]
	if want := appendStem(nil, lastField(s)); string(got) != string(want) {
		t.Errorf("last word of key(%q) = %q, stem of lastField %q", s, got, want)
	}
}

// indexRare must answer as strings.Index.
func TestIndexRareMatchesIndex(t *testing.T) {
	text := "The dock strike at Rotterdam, the strikers said, would go on; strike pay is due. Caf\u00e9 \u201cstrike\u201d"
	for _, sub := range []string{"", "s", "k", "strike", "strikers", "Rotterdam", "strike pay", "due.", "\u201cstrike\u201d", "Caf\u00e9", "absent", text, text + "x"} {
		checkIndexRare(t, text, sub)
	}
	checkIndexRare(t, "aaaaaaaaab", "aab")
	checkIndexRare(t, "", "a")
}

func FuzzIndexRare(f *testing.F) {
	f.Add("The dock strike at Rotterdam, the strikers said", "strikers", 0)
	f.Add("aaaaaaaaab", "aab", 3)
	f.Fuzz(func(t *testing.T, s, sub string, at int) {
		checkIndexRare(t, s, sub)
		// and sub planted in s, as title searches for a form it holds
		if at < 0 {
			at = -at
		}
		if at >= 0 && len(s) > 0 {
			at %= len(s) + 1
			checkIndexRare(t, s[:at]+sub+s[at:], sub)
		}
	})
}

func checkIndexRare(t *testing.T, s, sub string) {
	if got, want := indexRare(s, sub), strings.Index(s, sub); got != want {
		t.Errorf("indexRare(%q, %q) = %d, want %d", s, sub, got, want)
	}
}
