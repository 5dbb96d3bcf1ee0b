package quotes

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// orgHeads end the names of bodies whose two-letter initials may stand
// for them ("the Football Association" … "the FA"), and the words a
// company's short name drops ("Cairn Energy" … "Cairn").
var orgHeads = map[string]bool{
	"association": true, "union": true, "council": true, "commission": true, "committee": true, "agency": true,
	"party": true, "bank": true, "federation": true, "organisation": true, "organization": true, "authority": true,
	"board": true, "office": true, "institute": true, "league": true, "service": true, "fund": true, "court": true,
}

var companyTails = map[string]bool{
	"energy": true, "group": true, "holdings": true, "corporation": true, "corp": true, "inc": true, "plc": true,
	"airways": true, "airlines": true, "motors": true, "oil": true, "petroleum": true, "telecom": true, "industries": true,
	"systems": true, "technologies": true, "pharmaceuticals": true, "communications": true, "international": true,
	"entertainment": true, "electronics": true, "securities": true, "capital": true, "partners": true,
}

// descriptorTails are the common nouns a body's name may carry after
// it in a mention: "the China Daily newspaper", "the Interfax news
// agency". The body is the name.
var descriptorTails = []string{" newspaper", " news agency", " agency", " website", " magazine", " broadcaster", " paper"}

// capRun is a run of capitalised words in the text, with the lower-case
// links a name may hold ("of", "and", "for"): its initials are those of
// the capitalised words.
type capRun struct {
	start, end int
	initials   string
	words      int
	last       string // last word
}

// capRuns lists the text's runs of two or more capitalised words.
func capRuns(s string) []capRun {
	var runs []capRun
	for i := 0; i < len(s); {
		if !isCapByte(s[i]) {
			i = nextCapital(s, i)
			continue
		}
		if i > 0 && wordByte(s[i-1]) {
			i++
			continue
		}
		run := capRun{start: i}
		var ib [16]byte
		initials := ib[:0] // on the stack: run.initials took a copy a word
		p := i
		// A sentence's capitalised determiner is no part of a name.
		if n := wordAt(s, p, "The ", "A ", "An "); n > 0 && p+n < len(s) && isCapByte(s[p+n]) {
			p += n
			run.start = p
		}
		for p < len(s) && isCapByte(s[p]) {
			e := wordEnd(s, p, len(s))
			if e <= p {
				break
			}
			initials = append(initials, s[p])
			run.words++
			run.end, run.last = e, s[p:e]
			if e+1 >= len(s) || s[e] != ' ' {
				break
			}
			p = e + 1
			if n := wordAt(s, p, "of ", "and ", "for ", "& "); n > 0 && p+n < len(s) && isCapByte(s[p+n]) {
				p += n
			}
		}
		if run.words >= 2 {
			run.initials = string(initials)
			runs = append(runs, run)
		}
		i = max(run.end, i+1)
	}
	return runs
}

// wordAt returns the length of the first of words that s has at p, or 0.
// The first byte is compared first: this runs for every capitalised word.
func wordAt(s string, p int, words ...string) int {
	if p >= len(s) {
		return 0
	}
	for _, w := range words {
		if s[p] == w[0] && strings.HasPrefix(s[p:], w) {
			return len(w)
		}
	}
	return 0
}

// nextCapital returns the offset of the first ASCII capital in s at or
// after i, or len(s). Capitals are a few bytes in a hundred: eight bytes
// are tested at a time.
func nextCapital(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		// Bytes below 0x80 only: adding at most 0x7f never carries
		// across bytes. The lowest flagged byte is the first capital.
		y := x &^ high8
		if m := (y + (0x80-'A')*ones) &^ (y + (0x7f-'Z')*ones) &^ x & high8; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && !isCapByte(s[i]) {
		i++
	}
	return i
}

// orgRuns are the text's runs of capitalised words that may spell out a
// body's short name, by the key orgFullName looks them up by, each list
// in text order; runs naming a person are left out. Built on first need:
// a story quoting bodies by their initials thousands of times walks no
// run more than once.
type orgRuns struct {
	all []capRun
	// acronym: by initials; two-letter initials only for a name ending
	// in a body's head word ("Football Association") or followed by the
	// initials in brackets.
	acronym map[string][]int32
	// mixed: by initials, the run not ending in "I".
	mixed map[string][]int32
	// company: two-word runs ending in a company word ("Cairn Energy"),
	// by their first word.
	company map[string][]int32
}

func (a *attributor) orgRuns() *orgRuns {
	if a.org != nil {
		return a.org
	}
	s := a.s
	o := &orgRuns{all: capRuns(s), acronym: map[string][]int32{}, mixed: map[string][]int32{}, company: map[string][]int32{}}
	for k, run := range o.all {
		if a.personRun(run) {
			continue
		}
		if len(run.initials) != 2 || lowerIn(orgHeads, run.last) || bracketedAfter(s, run.end, run.initials) {
			o.acronym[run.initials] = append(o.acronym[run.initials], int32(k))
		}
		if run.last != "I" {
			o.mixed[run.initials] = append(o.mixed[run.initials], int32(k))
		}
		if run.words == 2 && lowerIn(companyTails, run.last) {
			first := s[run.start:run.end]
			first = first[:strings.IndexByte(first, ' ')]
			o.company[first] = append(o.company[first], int32(k))
		}
	}
	a.org = o
	return o
}

// lowerIn reports whether m has w lower-cased, without a lower-case copy
// for a short ASCII word.
func lowerIn(m map[string]bool, w string) bool {
	var buf [16]byte
	if k, ok := lowerKey(w, &buf); ok {
		return m[string(k)]
	}
	return m[strings.ToLower(w)]
}

// bracketedAfter reports whether " (w)" follows offset e of s.
func bracketedAfter(s string, e int, w string) bool {
	t := s[e:]
	return len(t) >= len(w)+3 && t[:2] == " (" && t[2:2+len(w)] == w && t[2+len(w)] == ')'
}

// first returns the first of the runs ks (indices into all) that skip
// does not turn away, or -1. Only runs at the mention being named are
// turned away, a few at most.
func (o *orgRuns) first(ks []int32, skip func(capRun) bool) int {
	for _, k := range ks {
		if !skip(o.all[k]) {
			return int(k)
		}
	}
	return -1
}

func isCapByte(c byte) bool { return c >= 'A' && c <= 'Z' }

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// orgFullName gives a body the name the article spells out for it, as
// it names a person most fully: initials ("the FA", "Bat") become the
// capitalised words they stand for ("Football Association", "British
// American Tobacco"), a company's first word ("Cairn") its full name
// ("Cairn Energy"), and a descriptor after the name ("the China Daily
// newspaper") is dropped. A run of words that names a person is not a
// body's name.
func (a *attributor) orgFullName(r *attr) {
	// A one-word "person" may be a body the cast took for a surname:
	// "Cairn said", "Bat told the BBC".
	if r.speaker == "" || r.isPerson && strings.Contains(r.speaker, " ") {
		return
	}
	w := r.speaker
	for _, art := range [...]string{"the ", "The "} {
		w = strings.TrimPrefix(w, art)
	}
	for _, d := range descriptorTails {
		if n := strings.TrimSuffix(w, d); !r.isPerson && n != w && n != "" && isCapByte(n[0]) && !strings.HasSuffix(n, "'s") && !strings.HasSuffix(n, "’s") && !strings.ContainsAny(n, ",;") && strings.Count(n, " ") < 5 {
			r.speaker = n
			return
		}
	}
	if caps := mixedInitials(w); caps != "" && (!r.isPerson || r.speaker == r.mention) {
		// "M&S", "DrKW": the capitals of a name the article spelled out,
		// "Marks & Spencer", "Dresdner Kleinwort Wasserstein".
		o := a.orgRuns()
		// Not a run that overlaps the mention itself.
		if k := o.first(o.mixed[caps], func(run capRun) bool { return r.mStart >= 0 && run.end > r.mStart && run.start < r.mEnd }); k >= 0 {
			r.speaker, r.isPerson = a.s[o.all[k].start:o.all[k].end], false
		}
		return
	}
	if len(w) < 2 || len(w) > 6 || !isCapByte(w[0]) {
		return
	}
	for k := 1; k < len(w); k++ {
		if !wordByte(w[k]) {
			return
		}
	}
	upper := strings.ToUpper(w)
	acronym := upper == w || len(w) >= 3 && strings.ToLower(w[1:]) == w[1:]
	// The first run in the text that spells out the initials or the
	// company's full name, not starting inside the mention itself.
	o := a.orgRuns()
	atMention := func(run capRun) bool { return run.start >= r.mStart && r.mStart >= 0 && run.start < r.mEnd }
	best := -1
	if acronym {
		best = o.first(o.acronym[upper], atMention)
	}
	if len(w) >= 3 && upper != w {
		if k := o.first(o.company[w], atMention); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best >= 0 {
		r.speaker, r.isPerson = a.s[o.all[best].start:o.all[best].end], false
	}
}

// mixedInitials returns the capitals of a short name written as initials
// with an ampersand or lower-case letters between ("M&S" MS, "DrKW"
// DKW), or "" for any other word.
func mixedInitials(w string) string {
	if len(w) < 3 || len(w) > 8 || !isCapByte(w[0]) {
		return ""
	}
	caps, camel := "", strings.Contains(w, "&")
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case isCapByte(c):
			caps += string(c)
			camel = camel || k > 0 && w[k-1] >= 'a' && w[k-1] <= 'z'
		case c >= 'a' && c <= 'z' || c == '&':
		default:
			return ""
		}
	}
	// It ends in a capital ("DrKW") or has an ampersand ("M&S"): names
	// like "McIlroy" or "DeVito" end in lower case.
	if len(caps) < 2 || !camel || !isCapByte(w[len(w)-1]) && !strings.Contains(w, "&") {
		return ""
	}
	return caps
}

// personRun reports whether the cast has a person's name in the run.
func (a *attributor) personRun(run capRun) bool {
	for _, m := range a.cast.MentionsIn(run.start, run.end) {
		if m.Kind == people.Name && m.Person >= 0 {
			return true
		}
	}
	return false
}

// orgMembers gives the words a body's name qualifies to the source: in
// "Church ministers are trying ..., saying", "Union leaders said" or
// "Kremlin officials dismissed" the members speak, named by their body,
// not the body alone nor "officials" alone. Only a one-word body right
// before a one-word plural noun of unnamed sources.
func (a *attributor) orgMembers(r *attr) {
	if r.isPerson || r.speaker == "" || r.mStart < 0 || r.speaker != r.mention || strings.Contains(r.mention, " ") {
		return
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if !ok {
		return
	}
	org, members := m, m
	switch m.Kind {
	case people.Organisation:
		if m.End+1 >= len(a.s) || a.s[m.End] != ' ' {
			return
		}
		if members, ok = a.mentionStartingAt(m.End + 1); !ok {
			return
		}
	case people.Unnamed:
		if m.Start < 2 || a.s[m.Start-1] != ' ' {
			return
		}
		if org, ok = a.mentionEndingAt(m.Start - 1); !ok {
			return
		}
	default:
		return
	}
	if org.Kind != people.Organisation || strings.Contains(org.Text, " ") || members.Kind != people.Unnamed ||
		strings.Contains(members.Text, " ") || !strings.HasSuffix(members.Text, "s") {
		return
	}
	t := a.s[org.Start:members.End]
	r.speaker, r.mention, r.mStart, r.mEnd = t, t, org.Start, members.End
}

// sourceNouns head the descriptions of an unnamed source of a body.
var sourceNouns = [...]string{"spokesman", "spokeswoman", "spokesperson", "official", "source"}

// sameSource gives a definite source of a body ("The Darlington Council
// spokesman added", "the council's spokesman said") the words that
// introduced it before ("A spokesman for Darlington Council said", "a
// council spokesman"), so that one unnamed source has one name in all
// its quotations.
func (a *attributor) sameSource(r *attr) {
	if r.isPerson || r.mStart < 0 || len(r.speaker) < 8 {
		return
	}
	w := r.speaker
	if !strings.HasPrefix(w, "the ") && !strings.HasPrefix(w, "The ") {
		return
	}
	w = w[4:]
	k := strings.LastIndexByte(w, ' ')
	if k <= 0 {
		return
	}
	noun, body := w[k+1:], w[:k]
	found := false
	for _, n := range sourceNouns {
		found = found || noun == n
	}
	if !found {
		return
	}
	body = strings.TrimSuffix(strings.TrimSuffix(body, "'s"), "’s")
	if body == "" || !isCapByte(body[0]) {
		return
	}
	before := a.s[:r.mStart]
	best, bestText := -1, ""
	for _, det := range [...]string{"A ", "a ", "An ", "an "} {
		for _, form := range [...]string{det + noun + " for " + body, det + body + " " + noun} {
			if i := a.lastIntro(form, r.mStart); i > best && (i == 0 || !wordByte(before[i-1])) {
				if e := i + len(form); e == len(before) || !wordByte(before[e]) {
					best, bestText = i, form
				}
			}
		}
	}
	if best >= 0 {
		r.speaker = bestText
	}
}

// lastIntro is strings.LastIndex(a.s[:end], form). Where each wording
// stands is found once per text: a story quoting the same source
// thousands of times searched all the text before each quotation.
func (a *attributor) lastIntro(form string, end int) int {
	at, ok := a.intros[form]
	if !ok {
		for i := 0; ; i++ {
			k := strings.Index(a.s[i:], form)
			if k < 0 {
				break
			}
			i += k
			at = append(at, i)
		}
		if a.intros == nil {
			a.intros = map[string][]int{}
		}
		a.intros[form] = at
	}
	// The last that ends by end.
	k := sort.SearchInts(at, end-len(form)+1) - 1
	if k < 0 {
		return -1
	}
	return at[k]
}
