package issues

import (
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
type Prepared struct {
	all    map[string]bool   // words of the title and keywords
	kwAll  map[string]bool   // words of the keywords
	kwSets []map[string]bool // words of each keyword
}

// Prepare computes the word sets Similarity needs.
func Prepare(is newsbot.Issue) *Prepared {
	p := &Prepared{
		all:   wordSet(is.Title + " " + strings.Join(is.Keywords, " ")),
		kwAll: wordSet(strings.Join(is.Keywords, " ")),
	}
	p.kwSets = make([]map[string]bool, len(is.Keywords))
	for i, k := range is.Keywords {
		p.kwSets[i] = wordSet(k)
	}
	return p
}

// Similarity is Similar(a, b) for prepared issues.
func (a *Prepared) Similarity(b *Prepared) float64 {
	if len(a.all) == 0 || len(b.all) == 0 {
		return 0
	}
	kw := max(keywordShare(a, b), keywordShare(b, a))
	inter := shared(a.all, b.all)
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

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '%'
	}) {
		w = strings.Trim(trimPossessive(w), "'’")
		if w == "" || generic[w] && !topicalCues[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
