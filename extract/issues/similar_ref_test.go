package issues

import (
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
)

// refSimilar is Similar as it was before Prepared held sorted word lists
// (map-based sets, every word set built from the joined strings); the
// equivalence test holds the current implementation to its results.
func refSimilar(a, b newsbot.Issue) float64 {
	pa, pb := refPrepare(a), refPrepare(b)
	if len(pa.all) == 0 || len(pb.all) == 0 {
		return 0
	}
	kw := max(refKeywordShare(pa, pb), refKeywordShare(pb, pa))
	inter := refShared(pa.all, pb.all)
	jac := float64(inter) / float64(len(pa.all)+len(pb.all)-inter)
	s := 0.7*kw + 0.3*jac
	if s > 1 {
		s = 1
	}
	return s
}

type refPrepared struct {
	all, kwAll map[string]bool
	kwSets     []map[string]bool
}

func refPrepare(is newsbot.Issue) *refPrepared {
	p := &refPrepared{
		all:   refWordSet(is.Title + " " + strings.Join(is.Keywords, " ")),
		kwAll: refWordSet(strings.Join(is.Keywords, " ")),
	}
	p.kwSets = make([]map[string]bool, len(is.Keywords))
	for i, k := range is.Keywords {
		p.kwSets[i] = refWordSet(k)
	}
	return p
}

func refKeywordShare(short, long *refPrepared) float64 {
	if len(short.kwSets) == 0 || len(long.kwSets) < len(short.kwSets) {
		return 0
	}
	n, m := 0, 0
	for _, ws := range short.kwSets {
		if len(ws) == 0 {
			continue
		}
		m++
		if refShared(ws, long.kwAll) == len(ws) {
			n++
		}
	}
	if m == 0 {
		return 0
	}
	return float64(n) / float64(m)
}

func refWordSet(s string) map[string]bool {
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

func refShared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
