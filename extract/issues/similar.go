package issues

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
)

// Similar scores how likely two issues, usually from different articles,
// are the same story thread: 0 (nothing shared) to 1 (same keywords and
// title words). It is pure and cheap, for the store to merge issues.
//
// Words are compared lower-case with plurals and possessives folded, and
// with vague words ("the", "government", "said") dropped. A keyword of one
// issue matches the other issue when all its words occur among the other's
// keyword words ("Lai" matches "Jimmy Lai"). The score is 0.7 × the share
// of the shorter keyword list that matches, plus 0.3 × the Jaccard index of
// all title and keyword words. In practice 0.35 or more means the same issue
// ("Jimmy Lai's case" / "Jailed publisher Lai"), under 0.2 a different one.
func Similar(a, b newsbot.Issue) float64 {
	return Prepare(a).Similarity(Prepare(b))
}

// Prepared is an issue with its word sets computed once, so that one issue
// can be compared with many (the store compares each new issue with every
// stored candidate) without rebuilding them per pair.
//
// A set is a slice sorted by word hash (then word), so comparing two sets
// is a merge over integers, with strings compared only where hashes agree:
// the same results as map sets, several times cheaper than map lookups.
type Prepared struct {
	all    []word   // words of the title and keywords
	kwAll  []word   // words of the keywords
	kwSets [][]word // words of each keyword
	title  []word   // words of the title
}

// word is a set member: its hash orders sets, the word decides equality.
type word struct {
	h uint64
	w string
}

func compareWords(a, b word) int {
	if c := cmp.Compare(a.h, b.h); c != 0 {
		return c
	}
	return strings.Compare(a.w, b.w)
}

// Prepare computes the word sets Similarity needs.
//
// Words never span a space, so the words of the title and keywords joined
// are the union of each one's words: each string is split once.
func Prepare(is newsbot.Issue) *Prepared {
	p := &Prepared{kwSets: make([][]word, len(is.Keywords))}
	var kw []word
	for i, k := range is.Keywords {
		p.kwSets[i] = toSet(appendWords(nil, k))
		kw = append(kw, p.kwSets[i]...)
	}
	p.kwAll = toSet(kw)
	p.title = toSet(appendWords(nil, is.Title))
	p.all = toSet(append(slices.Clone(p.kwAll), p.title...))
	return p
}

// Similarity is Similar(a, b) for prepared issues.
func (a *Prepared) Similarity(b *Prepared) float64 {
	if len(a.all) == 0 || len(b.all) == 0 {
		return 0
	}
	inter := shared(a.all, b.all)
	if inter == 0 {
		// Keyword words are among all words, so no keyword can match
		// either: the score below would be 0.7×0 + 0.3×0.
		return 0
	}
	kw := max(keywordShare(a, b), keywordShare(b, a))
	jac := float64(inter) / float64(len(a.all)+len(b.all)-inter)
	s := 0.7*kw + 0.3*jac
	if s > 1 {
		s = 1
	}
	return s
}

// keywordShare is the share of the keywords of short (when it is not the
// longer list) whose words all occur among the keywords of long.
func keywordShare(short, long *Prepared) float64 {
	if len(short.kwSets) == 0 || len(long.kwSets) < len(short.kwSets) {
		return 0
	}
	n, m := 0, 0
	for _, ws := range short.kwSets {
		if len(ws) == 0 {
			continue
		}
		m++
		if shared(ws, long.kwAll) == len(ws) {
			n++
		}
	}
	if m == 0 {
		return 0
	}
	return float64(n) / float64(m)
}

// appendWords appends the comparison form of each word of s to dst.
func appendWords(dst []word, s string) []word {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '%'
	}) {
		w = strings.Trim(trimPossessive(w), "'’")
		if w == "" || generic[w] && !topicalCues[w] {
			continue
		}
		w = stem(w)
		dst = append(dst, word{h: hashWord(w), w: w})
	}
	return dst
}

// toSet sorts ws and drops repeats, in place.
func toSet(ws []word) []word {
	slices.SortFunc(ws, compareWords)
	return slices.CompactFunc(ws, func(a, b word) bool { return a.h == b.h && a.w == b.w })
}

// hashWord is FNV-1a with a final mix, so that equal hashes are rare
// between different words (they are still told apart by the word).
func hashWord(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// shared counts the words of a that are in b.
func shared(a, b []word) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].h < b[j].h:
			i++
		case a[i].h > b[j].h:
			j++
		default:
			switch c := strings.Compare(a[i].w, b[j].w); {
			case c < 0:
				i++
			case c > 0:
				j++
			default:
				n++
				i++
				j++
			}
		}
	}
	return n
}
