// Package people finds the people (and organisations and unnamed sources)
// an article mentions and resolves every mention, including pronouns and
// descriptions such as "the British leader", to a canonical person.
// Pure: text in, structs out.
//
// The recogniser is rule based and runs in linear time: one tokenising pass,
// one pass over capitalised runs ("British Prime Minister Keir Starmer" is a
// title, "British Prime Minister", and a name, "Keir Starmer"), one pass for
// descriptions and unnamed sources ("the foreign secretary", "a Downing
// Street spokesman"), and one ordered walk that resolves surnames,
// descriptions and pronouns against the people seen so far.
package people

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

// MentionKind says how a mention points at its referent.
type MentionKind int

const (
	Name         MentionKind = iota // "Keir Starmer", "Starmer", "Sir Keir"
	Pronoun                         // "he", "she", "they"
	Description                     // "the British leader", "the prime minister"
	Organisation                    // "Downing Street", "the foreign ministry"
	Unnamed                         // "a senior source", "a Downing Street spokesman"
)

// String names the kind for logs and tests.
func (k MentionKind) String() string {
	switch k {
	case Name:
		return "name"
	case Pronoun:
		return "pronoun"
	case Description:
		return "description"
	case Organisation:
		return "organisation"
	case Unnamed:
		return "unnamed"
	}
	return "unknown"
}

// Mention is one reference in the text.
type Mention struct {
	Start, End int // UTF-8 byte offsets: text[Start:End] == Text
	Text       string
	Kind       MentionKind
	Person     int // index into Cast.People; -1 when not a person or unresolved
}

// Cast is everyone an article mentions.
type Cast struct {
	People   []newsbot.Person
	Mentions []Mention // sorted by Start, disjoint
}

// MentionsIn returns the mentions lying inside [start, end). The result
// may share its array with c.Mentions: read it, do not write it.
func (c *Cast) MentionsIn(start, end int) []Mention {
	i := sort.Search(len(c.Mentions), func(i int) bool { return c.Mentions[i].Start >= start })
	j := i
	for j < len(c.Mentions) && c.Mentions[j].Start < end {
		j++
	}
	// Mentions are disjoint and sorted, so those that end in time are
	// nearly always a prefix of c.Mentions[i:j]: that is returned as a
	// sub-slice of c.Mentions (capacity cut, so an append copies), with no
	// copy. Only if one ends late and a later one does not is a new slice
	// made. The callers only read the result.
	k := i
	for k < j && c.Mentions[k].End <= end {
		k++
	}
	rest := k
	for rest < j && c.Mentions[rest].End > end {
		rest++
	}
	if rest == j {
		if k == i {
			return nil
		}
		return c.Mentions[i:k:k]
	}
	var out []Mention
	for _, m := range c.Mentions[i:j] {
		if m.End <= end {
			out = append(out, m)
		}
	}
	return out
}

// Name returns the canonical name of mention m's person, or "".
func (c *Cast) Name(m Mention) string {
	if m.Person < 0 || m.Person >= len(c.People) {
		return ""
	}
	return c.People[m.Person].Name
}

// person is the working form of a canonical person.
type person struct {
	toks    []string // name words: "Keir", "Starmer"
	name    string
	role    string
	gender  byte // 'm', 'f' or 0
	first   int  // byte offset of the first mention, for output order
	names   int  // name mentions resolved so far in the walk
	lastTok int  // token index of the latest mention during the walk, -1 before
	out     int  // index in Cast.People, -1 until emitted
	// itself: a mention reads as a body, not a person ("Ofwat said it
	// would", "Healthwatch, which"): no "he" or "she" goes to it.
	itself bool
	// firstTried is the first name word whose gender was looked up.
	firstTried string
	// roleFor is the role that roleLow, roleSplit and roleOrgs were
	// computed for (see roleWords).
	roleFor, roleLow string
	roleSplit        []string
	roleOrgs         uint16
	roleSig          uint64 // roleWordBit of every word of roleSplit
	// byTitle: named by a title alone ("The King", "Duke of Edinburgh").
	byTitle bool
	// bar: named with the post-nominal of a barrister ("Ann Ode KC"), so
	// not "the witness" a later sentence quotes.
	bar bool
	// knight: named "Sir" or "Dame", so never "Mr Ode" or "Ms Ode".
	knight bool
}

// cand is a mention candidate before resolution.
// The small fields of cand sit together at its end, so that it has no
// padding: the passes copy and scan many candidates.
type cand struct {
	start, end int // bytes
	a, b       int // tokens [a, b)
	kind       MentionKind
	person     int
	nameA      int    // first token of the name words for Name kinds
	role       string // title or role words stated with the name
	words      []string
	name       string // the words joined by single spaces
	appos      int    // for descriptions: index+1 of the name candidate it stands beside
	titled     bool   // a title or honorific stands before a single name
	gender     byte
	single     bool // a one-word name to resolve against the people known
	definite   bool // "the prime minister" rather than "a spokesman"
	drop       bool
	royal      bool // a title that names one person: "the King", "the Duke of Edinburgh"
}

type finder struct {
	s       string
	toks    []token
	claimed []int32 // per token: candidate index + 1, 0 when free
	cands   []cand
	people  []*person
	byWord  wordTab  // name word -> people having it
	lowers  []uint32 // hashes of the lower-case words of the text the lexicon lacks
	lists   *tokLists
	sc      *scratch
	// echoBudget counts the surname scans made for capital initials;
	// echoAt (token + 1) and echoOK keep the latest answer.
	echoBudget, echoAt int
	echoOK             bool
	// titleNames are the surnames seen that are also titles ("Bishop" of
	// "Laura Bishop"), so that "Ms Bishop" and "Bishop said" stay names.
	// Nearly always empty.
	titleNames []string
	// wordEchoes are the first tokens of runs naming a lone surname that is
	// also a place or function word ("Kent said"), resolved once the full
	// names are known. Nearly always empty.
	wordEchoes []int32
	// titled is how many people the walk made of titles alone ("The
	// King"); nearly always none.
	titled int
}

// Find reads the people of an article.
func Find(text string) *Cast {
	if len(text) > math.MaxInt32 {
		// Token offsets are 32 bits. No article comes near 2 GiB, and the
		// token buffer of such a text would not fit in memory anyway.
		text = text[:math.MaxInt32]
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	f := &finder{s: text, sc: sc}
	f.lists = &sc.lists
	f.toks = tokenize(text, sc.toks[:0], nil, f.lists)
	sc.toks = f.toks
	// The lower-case word set is built on its first use (lowerHas): about
	// one article in five never asks.
	f.claimed = grow(sc.claimed, len(f.toks))
	sc.claimed = f.claimed
	f.cands = sc.cands[:0]
	if len(f.toks) > maxPooledTokens/4 {
		// A long text: one allocation of the right size, as growing a
		// slice of large structs step by step costs more than the finding.
		if n := f.candBound(); cap(f.cands) < n {
			f.cands = make([]cand, 0, n)
		}
	}
	f.people = sc.people[:0]
	f.runs()
	nRuns := len(f.cands)
	f.descriptions()
	f.sortCands(nRuns)
	f.appositives()
	f.walk()
	if f.titled > 0 {
		f.nameTitled()
	}
	f.ledeForward()
	sc.people = f.people
	return f.cast()
}

// scratch holds the working buffers of one Find call. Pooling them keeps
// the allocations per article low; nothing in them outlives the call.
type scratch struct {
	byWord  []wordEntry
	links   []wordLink
	people  []*person
	slab    []person
	words   []string
	toks    []token
	claimed []int32
	lowers  []uint32
	cands   []cand
	sorted  []cand
	idx     []int32
	history []hist
	counts  []int32
	lists   tokLists
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release drops references into the text and returns the buffers.
func (sc *scratch) release() {
	if cap(sc.toks) > maxPooledTokens {
		return // a huge text: let the collector have its buffers
	}
	clear(sc.cands)
	clear(sc.sorted)
	sc.cands, sc.sorted = sc.cands[:0], sc.sorted[:0]
	clear(sc.byWord)
	sc.byWord = sc.byWord[:0]
	sc.links = sc.links[:0]
	clear(sc.people)
	sc.people = sc.people[:0]
	clear(sc.slab)
	sc.slab = sc.slab[:0]
	clear(sc.words)
	sc.words = sc.words[:0]
	scratchPool.Put(sc)
}

// maxPooledTokens bounds the buffers kept between calls (a long article).
const maxPooledTokens = 1 << 16

// grow returns buf resized to n zeroed elements, reusing its storage.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

func (f *finder) word(i int) string { return f.s[int(f.toks[i].start):int(f.toks[i].end)] }

func (f *finder) claim(c cand) {
	idx := int32(len(f.cands) + 1)
	for k := c.a; k < c.b; k++ {
		f.claimed[k] = idx
	}
	f.cands = append(f.cands, c)
}

// nameable reports whether token i may be a word of a person's name.
func (f *finder) nameable(i int) bool {
	t := &f.toks[i]
	if f.initial(i) {
		return true // "Jill A. Martin", "J. Smith"
	}
	if t.lex&(lexPronM|lexTime) != 0 && f.hanSurname(i) {
		return true // "He Lifeng"
	}
	if t.lex&lexFunc != 0 && f.vietSurname(i) {
		return true // "To Lam"
	}
	if w := f.word(i); len(w) > 2 && w[0] == 'I' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
		return false // "I've", "I’m": a speaker's pronoun, in "the best writer I've read"
	}
	if f.placeGivenName(i) {
		return true // "forward Milan Baros"
	}
	if f.natSurname(i) {
		return true // "Brian Finn"
	}
	n := len(f.toks)
	// "Will Doyle", "Jan Peeters": a first name that is also a function
	// word or a month, before an unknown capitalised word or, for a
	// month, a particle ("Jan van Dijk", "Jan De Smet").
	if t.lex&(lexMaleName|lexFemName) != 0 && t.lex&(lexFunc|lexTime) != 0 && t.is(tCap) && i+1 < n && f.toks[i+1].is(tJoin) &&
		(f.toks[i+1].is(tCap) && (f.toks[i+1].lex == 0 || t.lex&lexTime != 0 && f.toks[i+1].lex == lexParticle) || t.lex&lexTime != 0 && f.toks[i+1].lex&lexParticle != 0 && f.toks[i+1].is(tLower)) {
		return true
	}
	// "Theresa May": a surname that is also a month, after a first name;
	// "He Jun": a given name that is also a month, after a family name.
	if t.lex&lexTime != 0 && t.is(tCap) && t.is(tJoin) && i > 0 && (f.toks[i-1].lex&(lexMaleName|lexFemName) != 0 && f.toks[i-1].is(tCap) || f.toks[i-1].lex&lexPronM != 0 && f.hanSurname(i-1)) {
		return true
	}
	if !t.is(tCap) {
		return f.articleName(i) // "al-Sisi" in "Abdel Fattah al-Sisi"
	}
	if t.is(tAllCaps) && t.end-t.start > 1 {
		return false
	}
	if f.titleSurname(i) || t.lex&(lexPlace|lexFunc) != 0 && f.wordSurname(i) || t.lex&lexRole != 0 && f.roleSurname(i) {
		return true
	}
	// "Mr. Singer", "Ms Baker": after a courtesy title a role noun is a
	// surname (not an office: "Mr President" addresses one).
	if t.lex&lexRole != 0 && t.lex&(lexTitle|lexFunc|lexPlace|lexNat) == 0 && i > 0 && t.is(tJoin) && f.toks[i-1].lex&lexHonorific != 0 && f.toks[i-1].lex&lexTitle != 0 {
		return true
	}
	return t.lex&(lexTitle|lexNat|lexPlace|lexTime|lexFunc|lexOrgHead|lexOrgSingle|lexRole|lexUnnamedPl) == 0 ||
		t.lex&(lexMaleName|lexFemName) != 0 && t.lex&(lexFunc|lexTime) == 0
}

// titleSurname reports whether token i is a surname that is also a title
// or role word, after a known first name at the end of a run: "Bishop" in
// "Prime Minister Laura Bishop", "Major" in "John Major". A title that
// opens a name ("Judge Ann Marsh") or a see ("Bishop of Durham") does not
// follow a first name.
func (f *finder) titleSurname(i int) bool {
	t := &f.toks[i]
	if i == 0 || !t.is(tJoin) || t.lex&lexTitle == 0 || t.is(tAllCaps) ||
		t.lex&(lexHonorific|lexNat|lexPlace|lexTime|lexFunc|lexOrgHead|lexOrgSingle|lexRoleMod) != 0 {
		return false
	}
	p := &f.toks[i-1]
	if !p.is(tCap) || p.is(tPoss) || p.lex&(lexTitle|lexPlace|lexNat|lexFunc) != 0 {
		return false
	}
	// Before a generational suffix that ends the run, after two name
	// words: "Martin Luther King Jr.", "Martin Luther King III".
	if f.genSuffix(i+1) && f.runEndsAt(i+1) && i >= 2 && p.is(tJoin) && f.toks[i-2].is(tCap) && f.toks[i-2].lex&(lexTitle|lexPlace|lexNat|lexFunc|lexOrgHead) == 0 {
		return true
	}
	// The last word of the run after a known first name: "Laura Bishop
	// said", not "Mark Chief Executive".
	if p.lex&(lexMaleName|lexFemName) != 0 {
		return f.runEndsAt(i)
	}
	// After a first name the lexicon lacks, when a lower-case role noun
	// stands right before it or a role is set off after it: "council
	// leader Martin King", "Martin King, the council leader,", not
	// "Burger King" nor "Prussian King".
	if p.lex != 0 || p.hash == 0 || p.is(tAllCaps) || f.lowerHas(p.hash) || hasNounEnding(f.word(i-1)) || !f.runEndsAt(i) {
		return false
	}
	// "Historian Elsie Queen" opening a sentence: the role noun is
	// capitalised there.
	if r := &f.toks[max(i-2, 0)]; i >= 2 && p.is(tJoin) && (r.is(tLower) || r.is(tSentStart)) && r.lex&lexFunc == 0 &&
		(r.lex&lexRole != 0 || r.lex == 0 && agentNoun(f.word(i-2))) {
		return true
	}
	return t.is(tCommaAfter) && f.roleSetOff(i+1)
}

// roleSetOff reports whether a role phrase opens at token k: a
// determiner and a lower-case role noun within three words, in one
// sentence ("the council leader", "a retired judge").
func (f *finder) roleSetOff(k int) bool {
	if k >= len(f.toks) || f.toks[k].lex&(lexDefDet|lexIndefDet) == 0 || !f.toks[k].is(tLower) {
		return false
	}
	for j := k + 1; j < len(f.toks) && j <= k+3 && f.toks[j].sent == f.toks[k].sent; j++ {
		if f.toks[j].is(tLower) && f.toks[j].lex&lexRole != 0 && f.toks[j].lex&lexFunc == 0 {
			return true
		}
		if !f.toks[j].is(tJoin) {
			return false
		}
	}
	return false
}

// runEndsAt reports whether token i ends its capitalised run.
func (f *finder) runEndsAt(i int) bool {
	return i+1 >= len(f.toks) || !f.toks[i+1].is(tJoin) || !f.toks[i+1].is(tCap)
}

// genSuffix reports whether token i is a generational suffix joined to
// the word before it: "Jr", "Sr", "II", "III", "IV".
func (f *finder) genSuffix(i int) bool {
	if i >= len(f.toks) || !f.toks[i].is(tJoin) {
		return false
	}
	switch f.word(i) {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// roleSurname reports whether token i is a surname that is also a plain
// role noun ("Son", "Friend") after a given name the lexicon lacks, at
// the end of a run: "SoftBank CEO Masayoshi Son". The given name must
// be no word of the text in lower case and, unless a title precedes it,
// open the run.
func (f *finder) roleSurname(i int) bool {
	t := &f.toks[i]
	if i == 0 || !t.is(tJoin) || t.is(tAllCaps) || t.is(tPoss) ||
		t.lex&(lexTitle|lexHonorific|lexRoleMod|lexNat|lexPlace|lexTime|lexFunc|lexOrgHead|lexOrgSingle|lexUnnamedPl|lexOrgNoun) != 0 {
		return false
	}
	p := &f.toks[i-1]
	// "Tran Van Son": the given name after two Vietnamese syllables.
	if i >= 2 && p.is(tJoin) && p.is(tCap) && (p.lex == 0 || p.lex == lexParticle) && vietSyllable(f.word(i-1)) {
		if q := &f.toks[i-2]; q.is(tCap) && !q.is(tAllCaps) && q.lex == 0 && vietSyllable(f.word(i-2)) && !f.lowerHas(q.hash) {
			return f.runEndsAt(i)
		}
	}
	// Opening a sentence the given name needs a verb of saying after the
	// surname: "Masayoshi Son said".
	if !p.is(tCap) || p.is(tAllCaps) || p.is(tPoss) || p.is(tSentStart) && !f.speechAfter(i) || p.lex != 0 || p.hash == 0 || f.lowerHas(p.hash) || hasNounEnding(f.word(i-1)) {
		return false
	}
	if i >= 2 && p.is(tJoin) && f.toks[i-2].is(tCap) && f.toks[i-2].lex&lexTitle == 0 {
		return false
	}
	return i+1 >= len(f.toks) || !f.toks[i+1].is(tJoin) || !f.toks[i+1].is(tCap)
}

// nickname reports whether token j is a capitalised word in quote marks
// between a known first name and another capitalised word: "Bobby" in
// "Robert “Bobby” Ode".
func (f *finder) nickname(j int) bool {
	if j == 0 || j+1 >= len(f.toks) {
		return false
	}
	p, t, u := &f.toks[j-1], &f.toks[j], &f.toks[j+1]
	if !t.is(tCap) || !u.is(tCap) || !p.is(tCap) || p.is(tPoss) || t.is(tPoss) || p.is(tAllCaps) || u.is(tAllCaps) {
		return false
	}
	open, shut := f.s[int(p.end):int(t.start)], f.s[int(t.end):int(u.start)]
	if !(open == " “" || open == " \"" || open == " ‘") || !(shut == "” " || shut == "\" " || shut == "’ ") {
		return false
	}
	if p.lex&(lexMaleName|lexFemName) != 0 {
		return true
	}
	// A first name the list lacks ("Marisol “Sol” Petrakis") when the
	// three words stand alone as a name in running text: no lexicon word
	// among them, the first opening the capitalised run, the last ending
	// it. A title-case headline ("Mayor “Slams” Council Plan") runs on.
	const notName = lexTitle | lexFunc | lexOrgHead | lexOrgSingle | lexPlace | lexNat | lexTime | lexRole | lexRoleMod | lexUnnamedPl | lexDefDet | lexIndefDet | lexSpeech | lexDoc
	if p.lex&notName != 0 || t.lex&notName != 0 || u.lex&notName != 0 || u.is(tPoss) {
		return false
	}
	if j >= 2 {
		// "an Americanised “Jimmy” Bond": a determiner makes it a
		// description; a capitalised word before the first name other
		// than a title ("Rep.") makes the first no first name.
		if q := &f.toks[j-2]; q.lex&(lexDefDet|lexIndefDet) != 0 || p.is(tJoin) && q.is(tCap) && q.lex&lexTitle == 0 {
			return false
		}
	}
	return j+2 >= len(f.toks) || !f.toks[j+2].is(tJoin) || !f.toks[j+2].is(tCap)
}

// nickIn reports whether token k, inside the run [a, b), is a nickname
// in quote marks ("Cia" in "Maria “Cia” Reyes"): no organisation word.
func (f *finder) nickIn(k, a, b int) bool {
	return k > a && k+1 < b && int(f.toks[k].start) != int(f.toks[k-1].end)+1 && f.nickname(k)
}

// wordSurname reports whether token i is a surname that is also a place
// or a function word, after a known first name at the end of a run:
// "Kent" in "Mary Kent", "From" in "Al From", "Will" in "George Will".
// A first name that is itself such a word ("Will In", "Jordan Ohio") or
// a title gives no evidence.
func (f *finder) wordSurname(i int) bool {
	t := &f.toks[i]
	if i == 0 || !t.is(tJoin) || t.end-t.start < 2 || t.lex&(lexPlace|lexFunc) == 0 ||
		t.lex&(lexTitle|lexNat|lexOrgHead|lexOrgSingle|lexRole|lexDefDet|lexIndefDet|lexPronM|lexPronF|lexSpeech) != 0 {
		return false
	}
	p := &f.toks[i-1]
	if !p.is(tCap) || p.is(tAllCaps) || p.is(tPoss) || p.lex&(lexTitle|lexPlace|lexNat|lexFunc|lexTime) != 0 {
		return false
	}
	// "Tomás Soto Lagos", "President Andrés Soto Lagos": the second of
	// two surnames, after a first name (known, or after a title) and an
	// unknown word.
	if p.lex&(lexMaleName|lexFemName) == 0 && (p.lex != 0 || !p.is(tJoin) || i < 2 || !f.toks[i-2].is(tCap) || f.toks[i-2].lex&(lexMaleName|lexFemName) == 0 && !f.accentedName(i-2) &&
		(f.toks[i-2].lex != 0 || i < 3 || !f.toks[i-2].is(tJoin) || f.toks[i-3].lex&lexTitle == 0)) {
		return false
	}
	return i+1 >= len(f.toks) || !f.toks[i+1].is(tJoin) || !f.toks[i+1].is(tCap)
}

// articleName reports an Arabic family name with its article, after a
// name word: "al-Sisi", "el-Sisi", "al-Sharaa".
func (f *finder) articleName(i int) bool {
	// The tokeniser flags such a word capitalised: one that is not is
	// none, which settles most calls without reading the word.
	if i == 0 || !f.toks[i].is(tJoin) || !f.toks[i].is(tCap) || !articleSurname(f.word(i)) {
		return false
	}
	return f.toks[i-1].is(tCap) || articleSurname(f.word(i-1))
}

// articleSurname reports a name word with an Arabic article: "al-Sharaa".
func articleSurname(w string) bool {
	return len(w) >= 5 && w[2] == '-' && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[3] >= 'A' && w[3] <= 'Z'
}

// titleNameEcho reports whether the run [a, b), made of courtesy titles
// and one title word ("Ms Bishop", "Bishop"), names a person already seen
// with that title word for a surname.
func (f *finder) titleNameEcho(a, b int) bool {
	if len(f.titleNames) == 0 || f.toks[b-1].is(tAllCaps) {
		return false
	}
	for k := a; k < b-1; k++ {
		if f.toks[k].lex&lexHonorific == 0 {
			return false
		}
	}
	if a == b-1 && a > 0 && f.lowerIs(a-1, "the", "a", "an") {
		return false // "the Bishop said" is a description
	}
	return slices.ContainsFunc(f.titleNames, func(w string) bool { return strings.EqualFold(w, f.word(b-1)) })
}

// initial reports whether token i is a capital letter with a full stop
// followed by another capitalised word of the run: "A." in "Jill A. Martin",
// "J.R." in "J.R. Smith".
func (f *finder) initial(i int) bool {
	t := &f.toks[i]
	if !t.is(tDotAfter) || i+1 >= len(f.toks) || !f.toks[i+1].is(tJoin) || !f.toks[i+1].is(tCap) {
		return false
	}
	if t.end-t.start == 1 {
		return t.is(tCap)
	}
	// Dotted initials before a word that may be a name: not "A.C. Others".
	return t.is(tAllCaps) && dottedInitials(f.word(i)) && !placeInitials(f.word(i)) && f.toks[i+1].lex&(lexFunc|lexUnnamedPl|lexTime|lexOrgHead) == 0
}

// runs finds capitalised runs and classifies each as a titled name, a name,
// an organisation or neither.
func (f *finder) runs() {
	// The candidates of the runs go straight into f.cands, which is empty
	// here; their tokens are claimed once all are read.
	n := len(f.toks)
	// Only capitalised words start a run: the tokeniser listed them.
	next := 0
	for _, i32 := range f.lists.caps {
		i := int(i32)
		if i < next || f.leadingCompound(i) || f.leadingBodyNoun(i) {
			continue
		}
		j := i + 1
		for j < n {
			u := &f.toks[j]
			// "Robert “Bobby” Ode": a nickname in quote marks inside a name.
			if !u.is(tJoin) && j+1 < n && f.nickname(j) {
				j += 2
				continue
			}
			if !u.is(tJoin) && !f.pluralPossName(j) || f.toks[j-1].is(tPoss) {
				break
			}
			if u.is(tCap) || f.articleName(j) {
				j++
				continue
			}
			// "Ursula von der Leyen", "Alexander Van der Bellen": two particles.
			if j+2 < n && u.lex&lexParticle != 0 && f.toks[j+1].lex&lexParticle != 0 && f.toks[j+1].is(tJoin) &&
				f.toks[j+2].is(tCap) && f.toks[j+2].is(tJoin) && f.toks[j-1].lex&(lexMaleName|lexFemName) != 0 {
				j += 3
				continue
			}
			// "Secretary of State John Kerry", "House of Commons", "Charles de Gaulle".
			if j+1 < n && f.toks[j+1].is(tCap) && f.toks[j+1].is(tJoin) && !u.is(tPoss) {
				w := f.word(j)
				prev := f.toks[j-1].lex
				// "do" joins only after two name words or a known first
				// name: "Andre Correa do Lago", "Pedro do Carmo", not "did
				// Trump do Fox News".
				// "High Commissioner for Refugees Barham Salih",
				// "Minister for Women Ann Ode".
				// "Special Agent in Charge Lucinda Torres".
				if (w == "of" && prev&(lexTitle|lexOrgHead|lexRole) != 0) || (w == "for" || w == "in" && f.word(j+1) == "Charge") && prev&lexTitle != 0 && prev&lexHonorific == 0 || u.lex&lexParticle != 0 && w != "la" && w != "le" && (w != "do" || (j-i >= 2 || prev&(lexMaleName|lexFemName) != 0) && !f.toks[j+1].is(tAllCaps) && f.toks[j+1].lex&(lexOrgHead|lexOrgSingle) == 0) {
					j += 2
					continue
				}
			}
			// "Ursula von der Leyen", "Rafael van der Vaart": two particles.
			if u.lex&lexParticle != 0 && j+2 < n && f.toks[j+1].lex&lexParticle != 0 && f.toks[j+1].is(tLower) && f.toks[j+1].is(tJoin) &&
				f.toks[j+2].is(tCap) && f.toks[j+2].is(tJoin) && !u.is(tPoss) && !f.toks[j+1].is(tPoss) {
				j += 3
				continue
			}
			break
		}
		f.classify(i, j)
		next = j
	}
	// Every name word of the text is in sc.words now: size the word
	// table for them.
	f.byWord = newWordTab(f.sc, len(f.sc.words))
	// People with full names first, so that titled single names ("President
	// Trump") join them rather than starting new people.
	for pass := 0; pass < 2; pass++ {
		for ci := range f.cands {
			c := &f.cands[ci]
			if c.kind != Name || (len(c.words) > 1) != (pass == 0) {
				continue
			}
			if pass == 1 && !c.titled {
				continue
			}
			if f.royalSingle(c) {
				// One who shares the first name with someone is joined
				// in the walk, once the roles of the people named
				// before are known ("Saudi Prince Alwaleed Bin Talal
				// ... Prince Alwaleed").
				if f.byWord.get(c.words[0]).head == 0 {
					f.royalPerson(c, true)
				}
				continue
			}
			f.addPerson(c.words, c.name, c.start)
		}
	}
	// A lone surname with a speech verb beside it ("Costa said", "said
	// Costa.") and no full name in the article is a person named as
	// written, so that pronouns and later mentions resolve to it.
	for ci := range f.cands {
		c := &f.cands[ci]
		// So is one with an age set off after it: "Okafor, 52, runs the clinic".
		if c.kind == Name && len(c.words) == 1 && !c.titled && (f.speaker(c.nameA) || f.agedFirstName(c.nameA) || f.age(c.b) && c.b+1 < len(f.toks) && f.toks[c.b+1].is(tLower) && f.namelike(c.nameA, c.b)) && f.match(c.words[0], 0) < 0 {
			f.addPerson(c.words, c.name, c.start)
		}
	}
	for _, a := range f.wordEchoes {
		f.wordEcho(int(a))
	}
	for ci := range f.cands {
		for k := f.cands[ci].a; k < f.cands[ci].b; k++ {
			f.claimed[k] = int32(ci + 1)
		}
	}
}

// speechBeside reports whether a speech verb stands right before or after
// token i: the cheap first test of loneSpeaker.
// leadingCompound reports whether token i is a hyphened descriptor
// opening its sentence before a full name: "Man-of-the-match Owen
// Price", "Father-of-two Tom Reyes", "In-form Ana Diaz". A part after a
// hyphen in lower case tells a compound of common words from a name
// ("Jean-Pierre"); the name after it stands alone.
func (f *finder) leadingCompound(i int) bool {
	t := &f.toks[i]
	if !t.is(tSentStart) || t.lex&(lexRole|lexTitle) != 0 || i+2 >= len(f.toks) || !f.toks[i+1].is(tCap) || !f.toks[i+1].is(tJoin) || !f.toks[i+2].is(tCap) || !f.toks[i+2].is(tJoin) {
		return false
	}
	w := f.s[t.start:t.end]
	for k := 0; k+1 < len(w); k++ {
		if w[k] == '-' && w[k+1] >= 'a' && w[k+1] <= 'z' {
			return true
		}
	}
	return false
}

// leadingBodyNoun reports whether token i is a noun that may name a body
// or a trade, opening its sentence before a given name and a surname:
// "Broadcaster Chris Evans". The name after it
// stands alone (the noun would make the run a body's name).
func (f *finder) leadingBodyNoun(i int) bool {
	t := &f.toks[i]
	if !t.is(tSentStart) || t.lex&lexOrgNoun == 0 || t.lex&(lexRole|lexTitle) != 0 || i+2 >= len(f.toks) {
		return false
	}
	g, s := &f.toks[i+1], &f.toks[i+2]
	return g.is(tCap) && g.is(tJoin) && !g.is(tAllCaps) && g.lex&(lexMaleName|lexFemName) != 0 &&
		s.is(tCap) && s.is(tJoin) && !s.is(tAllCaps) && s.lex&(lexOrgHead|lexPlace|lexOrgSingle) == 0
}

// pluralPossName reports whether token j, after a capitalised plural
// possessive ("Musicians' Union", "Music Managers' Forum", "Builders'
// Merchants Federation"), goes on the name of a body: the words up to
// an organisation's head noun, capitalised, follow the apostrophe.
func (f *finder) pluralPossName(j int) bool {
	if j == 0 || !f.toks[j-1].is(tCap) || !f.toks[j].is(tCap) {
		return false
	}
	p := &f.toks[j-1]
	if gap := f.s[p.end:f.toks[j].start]; gap != "' " && gap != "’ " || f.s[p.end-1] != 's' {
		return false
	}
	for k := j; k < len(f.toks) && k < j+3 && f.toks[k].is(tCap); k++ {
		if f.toks[k].lex&lexOrgHead != 0 {
			return true
		}
		if k+1 < len(f.toks) && !f.toks[k+1].is(tJoin) {
			break
		}
	}
	return false
}

func (f *finder) speechBeside(i int) bool {
	return i+1 < len(f.toks) && f.toks[i+1].lex&lexSpeech != 0 || i > 0 && f.toks[i-1].lex&lexSpeech != 0
}

// loneSpeaker reports whether the capitalised word at token i reads as a
// speaker named by surname alone: a speech verb right after it ("Kent
// said"), or right before it at the end of a clause ("said Kent."), or a
// courtesy title before it (titled).
func (f *finder) loneSpeaker(i int, titled bool) bool {
	t := &f.toks[i]
	if t.is(tAllCaps) || t.is(tPoss) || t.end-t.start < 2 {
		return false
	}
	if titled || f.whoAfter(i) {
		return true
	}
	if i+1 < len(f.toks) && f.toks[i+1].is(tJoin) && f.toks[i+1].lex&lexSpeech != 0 && f.toks[i+1].is(tLower) && !t.is(tCommaAfter) && !t.is(tDotAfter) {
		return true
	}
	return i > 0 && t.is(tJoin) && f.toks[i-1].lex&lexSpeech != 0 && f.toks[i-1].is(tLower) &&
		(i+1 >= len(f.toks) || t.is(tDotAfter) || t.is(tCommaAfter) || f.toks[i+1].sent != t.sent)
}

// wordEcho adds the run at token a that loneSpeaker kept aside ("Kent
// said", "Mr From") as a name when a person with that surname is known
// by a full name: "Mary Kent", "Al From".
// whoAfter reports whether a relative clause on a person opens after
// token i: "Son, who has sold stakes, told".
func (f *finder) whoAfter(i int) bool {
	return f.toks[i].is(tCommaAfter) && i+1 < len(f.toks) && f.lowerIs(i+1, "who")
}

func (f *finder) wordEcho(a int) {
	k := a
	if f.toks[a].lex&lexHonorific != 0 {
		k = a + 1
	}
	w := f.word(k)
	pi := f.match(w, 0)
	if pi < 0 {
		return
	}
	if p := f.people[pi]; len(p.toks) < 2 || p.toks[len(p.toks)-1] != w {
		return
	}
	w0 := len(f.sc.words)
	f.sc.words = append(f.sc.words, w)
	c := cand{start: int(f.toks[a].start), end: int(f.toks[k].end), a: a, b: k + 1, kind: Name, person: -1, nameA: k, name: w,
		words: f.sc.words[w0:len(f.sc.words):len(f.sc.words)], single: true, titled: k > a}
	if k > a {
		c.role = f.roleText(a, k)
		c.gender = genderOf(f.toks[a].lex, 0)
	}
	f.cands = append(f.cands, c)
}

// candBound is an upper bound on the candidates of the text: each starts
// at a distinct capitalised word, determiner, pronoun or plural source, or
// at a lower-case role word before a name.
func (f *finder) candBound() int {
	n := 0
	for i := range f.toks {
		t := &f.toks[i]
		if t.is(tCap) || t.lex&(lexDefDet|lexIndefDet|lexPronM|lexPronF|lexUnnamedPl|lexRole|lexRoleMod|lexNat) != 0 {
			n++
		}
	}
	return n + 1
}

// emitRun adds a candidate of a capitalised run. A role read backwards over
// an earlier run ("former Labour leader Neil Kinnock") replaces that run's
// candidate, so that mentions stay disjoint.
func (f *finder) emitRun(c *cand, words []string) {
	for len(f.cands) > 0 && f.cands[len(f.cands)-1].b > c.a {
		f.cands[len(f.cands)-1] = cand{}
		f.cands = f.cands[:len(f.cands)-1]
	}
	c.words = words
	f.cands = append(f.cands, *c)
}

// classify turns the run of tokens [a, b) into candidates.
func (f *finder) classify(a, b int) {
	// "Kent said", "Mr From", "Son said": a lone surname that is also a
	// place, a function word or a role noun is kept aside until the full names are known.
	if k := b - 1; (f.toks[k].lex&(lexPlace|lexFunc|lexTime) != 0 || f.toks[k].lex&lexRole != 0 && f.toks[k].lex&(lexTitle|lexOrgHead|lexUnnamedPl) == 0) && (a == k && (f.speechBeside(k) || f.whoAfter(k)) || a == k-1 && f.toks[a].lex&lexHonorific != 0) && f.loneSpeaker(k, a < k) {
		f.wordEchoes = append(f.wordEchoes, int32(a))
	}
	// Drop leading function words and dates: "In", "The", "On Monday".
	// "US" is no "us": a country code in capitals stays.
	// "New York", "New Zealand": "New" before a place stays.
	for a < b && f.toks[a].lex&(lexFunc|lexTime) != 0 && f.toks[a].lex&(lexMaleName|lexFemName) == 0 && (f.toks[a].lex&(lexPronM|lexTime) == 0 || !f.hanSurname(a)) && !f.vietSurname(a) &&
		!(f.toks[a].is(tAllCaps) && f.toks[a].lex&lexNat != 0) && !(a+1 < b && f.toks[a+1].lex&lexPlace != 0 && f.lowerIs(a, "new")) {
		a++
	}
	if a >= b {
		return
	}
	// "Fiona Grant SC", "Tom Hale MP": a post-nominal is no part of the
	// name, though the mention covers it.
	end := b
	if b-a >= 3 && f.toks[b-1].is(tAllCaps) && postNominal(f.word(b-1)) {
		b--
	}
	hasOrg := false
	// Title prefix: the longest prefix of titles, nationalities, places and
	// organisation words that ends in a title ("US Undersecretary of State",
	// "House Speaker").
	split := a
	for k := a; k < b; k++ {
		l := f.toks[k].lex
		w := f.word(k)
		// "High Commissioner for Refugees": the portfolio after "for"
		// belongs to the title.
		// "Special Agent in Charge Lucinda Torres": so does "in" before
		// one more word and a full name.
		if (w == "for" || w == "in" && k+3 < b) && k > a && f.toks[k-1].lex&lexTitle != 0 && k+2 < b && f.toks[k+1].lex&(lexMaleName|lexFemName) == 0 {
			split = k + 2
			k++
			continue
		}
		if w == "of" || l&(lexTitle|lexNat|lexPlace|lexOrgHead|lexOrgSingle) != 0 && l&(lexMaleName|lexFemName) == 0 || l&(lexTitle) != 0 ||
			w == "New" && k+1 < b && f.toks[k+1].lex&lexPlace != 0 { // "New York State Comptroller"
			if l&lexTitle != 0 {
				split = k + 1
			}
			continue
		}
		if (k == a || k == a+1 && f.toks[a].is(tAllCaps) && f.toks[a].lex&(lexOrgSingle|lexNat) != 0) && k+1 < b && f.toks[k+1].lex&(lexTitle|lexOrgHead) != 0 && f.toks[k+1].lex&lexHonorific == 0 && !f.titleSurname(k+1) {
			// "Metropolitan Police Commissioner", "Band Aid founder", "UN
			// High Commissioner": an unknown capitalised word before a
			// title is part of it.
			continue
		}
		break
	}
	// "Conservative Graham Brady", "Republican Ted Cruz": a party or
	// nationality word before a full name is a role.
	if split == a && b-a >= 3 && (f.toks[a].lex&(lexNat|lexOrgSingle) != 0 || lowerGet(natCode, f.word(a)) != "") && f.toks[a].lex&lexPlace == 0 {
		ok := true
		for k := a + 1; k < b; k++ {
			ok = ok && f.nameable(k)
		}
		if ok {
			split = a + 1
		}
	}
	// "Liberal Democrat David Laws", "Ulster Unionist Ann Ode": a party
	// member named by a two-word label is no part of the name either.
	if split == a && b-a >= 4 && f.partyLabel(a) {
		ok := f.namelike(a+2, b)
		for k := a + 2; k < b && ok; k++ {
			ok = f.nameable(k)
		}
		if ok {
			split = a + 2
		}
	}
	// "Economist Maria Lopes", "Novelist Andrea Levy": a role noun, or an
	// unknown agent noun before a known first name, starting a run of
	// name words is an occupation.
	if split == a && b-a >= 3 && (f.toks[a].lex&lexRole != 0 && f.toks[a].lex&(lexMaleName|lexFemName|lexFunc|lexTime|lexRoleMod) == 0 ||
		f.toks[a].lex == 0 && f.toks[a+1].lex&(lexMaleName|lexFemName) != 0 && agentNoun(f.word(a))) {
		ok := f.namelike(a+1, b)
		for k := a + 1; k < b && ok; k++ {
			ok = f.nameable(k)
		}
		if ok {
			split = a + 1
		}
	}
	// "Rapper Eminem is to play ...": a performer's trade opening the
	// sentence before one name word is a role, the stage name the name
	// (in lower case, "rapper Eminem", it never joined the run).
	if split == a && b-a == 2 && f.toks[a].is(tSentStart) && stageTrade(f.word(a)) && f.toks[a+1].lex == 0 && f.nameable(a+1) {
		split = a + 1
	}
	// "Portuguese Infrastructure Minister Rui Costa", "Deputy Foreign
	// Minister Anna Berg": any capitalised words before the last head title
	// of the run (a demonym or portfolio the lexicon lacks) belong to the
	// title, when one to three name words follow it.
	if b-a >= 3 {
		if t := f.lastHeadTitle(a, b); t >= split && t+1 < b && b-t-1 <= 3 && !f.titleSurname(t) {
			ok := true
			for k := t + 1; k < b && ok; k++ {
				ok = f.nameable(k)
			}
			if ok {
				split = t + 1
			}
		}
	}
	// "Local GP Dr Robin Hale": a courtesy title inside the run opens the
	// name; the words before it are a role, whatever they are.
	if split == a && b-a >= 4 {
		for k := a + 1; k < b-1; k++ {
			if f.toks[k].lex&lexHonorific == 0 {
				continue
			}
			// "Rt Rev Dr Tom Hale": courtesy titles in a row open it.
			for k+2 < b && f.toks[k+1].lex&lexHonorific != 0 {
				k++
			}
			if b-k-1 > 3 {
				continue
			}
			ok := f.namelike(k+1, b)
			for j := k + 1; j < b && ok; j++ {
				ok = f.nameable(j)
			}
			if ok {
				split = k + 1
			}
			break
		}
	}
	// Organisation words in the name part ("Foreign Office", "White
	// House") make the run an organisation. Capitals that are initials
	// ("JD Vance") or a regnal numeral ("Leo XIV") are name words.
	nameA := split
	// "Ms Bishop" after "Laura Bishop": the title word is her surname.
	echoed := nameA >= b && f.titleNameEcho(a, b)
	if echoed {
		nameA = b - 1
	}
	caps := func(k int) bool {
		return f.toks[k].is(tAllCaps) && !f.regnal(k, a, nameA, b) && !f.capsInitials(k, a, nameA, b) && !f.initial(k)
	}
	for k := nameA; k < b; k++ {
		l := f.toks[k].lex
		if (l&(lexOrgHead|lexOrgSingle) != 0 && l&(lexMaleName|lexFemName) == 0 && (l&lexParticle == 0 || !f.toks[k].is(tLower)) || f.toks[k].is(tAllCaps) && l&lexNat == 0 && caps(k)) && !f.nickIn(k, nameA, b) {
			hasOrg = true // not a lower-case particle ("ap", not "AP")
		}
	}
	// "Bellway Homes", "Thames Water": a trade ends a firm's name.
	if !hasOrg && b-nameA >= 2 && f.toks[b-1].lex == 0 && tradeHead(f.word(b-1)) {
		hasOrg = true
	}
	// "Telecommunications Administrations", "Allied Associations": the
	// plural of a body's head noun ends no person's name ("Tony Banks"
	// opens on a first name).
	if !hasOrg && b-nameA >= 2 && f.toks[b-1].lex == 0 && f.toks[nameA].lex&(lexMaleName|lexFemName) == 0 && pluralOrgHead(f.word(b-1)) {
		hasOrg = true
	}
	if nameA == a {
		for k := a; k < b; k++ {
			l := f.toks[k].lex
			if (l&(lexOrgHead|lexOrgSingle) != 0 && l&(lexMaleName|lexFemName|lexTitle) == 0 && (l&lexParticle == 0 || !f.toks[k].is(tLower)) || f.toks[k].is(tAllCaps) && l&(lexNat|lexPlace) == 0 && caps(k)) && !f.nickIn(k, a, b) {
				hasOrg = true
			}
		}
	}
	if hasOrg {
		start := int(f.toks[a].start)
		// Keep "the" of "the White House", "the Foreign Office".
		if a > 0 && f.word(a-1) == "the" && f.toks[a].is(tJoin) {
			start = int(f.toks[a-1].start)
		}
		f.emitRun(&cand{start: start, end: int(f.toks[b-1].end), a: a, b: b, kind: Organisation, person: -1}, nil)
		return
	}
	// A capitalised phrase that fills a pair of quote marks is a title or
	// a nickname ("“Quiet Power,”"), not a person.
	if f.quotedWhole(a, b) {
		return
	}
	// "the Roque Santeiro market", "the Kofi Annan bridge": a name
	// between "the" and a noun of a place is that place's name.
	if nameA == a && a > 0 && b < len(f.toks) && f.toks[b].is(tJoin) && f.toks[b].is(tLower) && f.lowerIs(a-1, "the") && placeNoun(f.word(b)) {
		return
	}
	// "Bishop of Durham", "Director of Public Prosecutions": an office of
	// a see or a body is named in full, not "of Durham"; a title that is
	// no role ("State of ...") names no one.
	see := nameA < b && f.word(nameA) == "of"
	if see && (nameA == a || f.toks[nameA-1].lex&lexRole == 0) {
		return
	}
	// "The Bishop of Ely, the Rt Rev Tom Hale,", "The Mayor of Ely, Dr
	// Ann Ode,": the name set off after the office is its holder's; the
	// office is left to the description pass, which links the two.
	if see && f.setOff(b-1) && b+1 < len(f.toks) && f.toks[b].sent == f.toks[b-1].sent &&
		(f.toks[b].is(tCap) && f.toks[b].lex&(lexMaleName|lexFemName|lexHonorific) != 0 ||
			f.lowerIs(b, "the") && (f.toks[b+1].lex&lexHonorific != 0 || f.lowerIs(b+1, "rt", "right", "most", "very"))) {
		return
	}
	if nameA >= b {
		// A name never ends in a title: "Prime Minister" alone is a
		// description, which the description pass reads.
		return
	}
	for k := nameA; k < b; k++ {
		if !echoed && !f.nameable(k) && f.toks[k].lex&lexParticle == 0 && f.word(k) != "of" && !f.regnal(k, a, nameA, b) && !f.capsInitials(k, a, nameA, b) && !f.nickIn(k, nameA, b) {
			return
		}
	}
	if f.toks[b-1].lex&lexParticle != 0 || f.word(b-1) == "of" {
		return
	}
	w0 := len(f.sc.words)
	spaced := true // one space between the words: the text is the name
	for k := nameA; k < b; k++ {
		if k > nameA && int(f.toks[k].start) != int(f.toks[k-1].end)+1 {
			// "C.C. Wei": the dot of dotted initials stays in the name.
			if e := int(f.toks[k-1].end); int(f.toks[k].start) != e+2 || f.s[e] != '.' || !dottedInitials(f.word(k-1)) {
				spaced = false
			}
			if k+1 < b && f.nickname(k) {
				continue // the nickname is no part of the canonical name
			}
		}
		f.sc.words = append(f.sc.words, f.word(k))
	}
	words := f.sc.words[w0:len(f.sc.words):len(f.sc.words)]
	name := f.s[int(f.toks[nameA].start):int(f.toks[b-1].end)]
	if !spaced {
		name = strings.Join(words, " ")
	}
	if see {
		name = f.s[int(f.toks[nameA-1].start):int(f.toks[b-1].end)]
	}
	// A king, queen, prince or pope named by one first name keeps the
	// title in the canonical name: "King Charles", "Pope Leo XIV".
	if nameA > a && (len(words) == 1 || len(words) == 2 && f.regnal(b-1, a, nameA, b)) && royalTitle(f.word(nameA-1)) && !f.namedBefore(a, nameA) {
		ra := nameA - 1
		for ra > a && royalTitle(f.word(ra-1)) {
			ra--
		}
		parts := make([]string, 0, b-ra)
		for k := ra; k < b; k++ {
			parts = append(parts, f.word(k))
		}
		name = strings.Join(parts, " ")
	}
	// "Sheikh Hasina": before one name word alone, Sheikh is part of the
	// name (a family name in South Asia, borne by women too), not the
	// Gulf title of "Sheikh Tamim bin Hamad Al Thani"; a later "Sheikh
	// Tamim" still joins the one named in full, as a titled single name.
	sheikh := nameA > a && len(words) == 1 && equalFoldLower(f.word(nameA-1), "sheikh")
	if sheikh {
		name = f.word(nameA-1) + " " + name
	}
	c := cand{start: int(f.toks[a].start), end: int(f.toks[end-1].end), a: a, b: end, kind: Name, person: -1, nameA: nameA, name: name}
	var gender byte
	if nameA > a {
		c.titled = true
		if c.role = f.roleText(a, nameA); sheikh {
			c.role = ""
			if nameA-1 > a {
				c.role = f.roleText(a, nameA-1)
			}
		}
		for k := a; k < nameA; k++ {
			if !sheikh || k < nameA-1 {
				gender = genderOf(f.toks[k].lex, gender)
			}
		}
	}
	// A lower-case role right before the name: "foreign affairs spokesman
	// Michael Ancram", "UK Independence Party leader Roger Knapman".
	if a > 0 && f.toks[a].is(tJoin) && (f.toks[a-1].lex&lexRole != 0 || f.hopeful(a-1)) && f.toks[a-1].is(tLower) && f.claimed[a-1] == 0 {
		ra := a - 1
		for ra > 0 && f.toks[ra].is(tJoin) && f.claimed[ra-1] == 0 {
			p := &f.toks[ra-1]
			if p.lex&lexFunc != 0 && f.word(ra-1) != "of" || p.is(tDigit) {
				break
			}
			if p.lex&(lexRoleMod|lexRole|lexNat) != 0 || p.is(tCap) || f.word(ra-1) == "affairs" || f.raceWord(ra-1, a-1) {
				ra--
				continue
			}
			break
		}
		for ra < a-1 && f.word(ra) == "of" {
			ra++
		}
		// The role words run on into the title: one span of the text
		// (tokens neither start nor end with a space), less any courtesy
		// title ("former treasurer Lord Ashcroft").
		if nameA > a {
			c.role = f.roleText(ra, nameA)
		} else {
			c.role = f.s[int(f.toks[ra].start):int(f.toks[a-1].end)]
		}
		c.start = int(f.toks[ra].start)
		c.a = ra
		c.titled = true
		gender = genderOf(f.toks[a-1].lex, gender)
	}
	// "former Prime Minister Nawaz Sharif": the office is past, which
	// tells him from the prime minister in office.
	if c.a == a && nameA > a && a > 0 && f.toks[a].is(tJoin) && f.toks[a-1].is(tLower) && f.claimed[a-1] == 0 && f.lowerIs(a-1, "former") {
		c.role = f.roleText(a-1, nameA)
		c.start, c.a = int(f.toks[a-1].start), a-1
	}
	c.gender = gender
	if len(words) == 1 {
		c.single = true
		// "St Pancras", "St James's Park": a saint's name is a place.
		if nameA > a && (equalFoldLower(f.word(nameA-1), "st") || equalFoldLower(f.word(nameA-1), "saint")) {
			return
		}
		// "General Election", "Executive Order": an office word before a
		// common noun is no title. Courtesy titles ("Mr Brady") always are.
		if c.titled && nameA > a && f.toks[nameA-1].lex&lexHonorific == 0 && !f.namelike(nameA, b) {
			return
		}
	} else if !c.titled && !f.namelike(nameA, b) {
		return
	}
	if len(words) >= 2 && f.toks[nameA].end-f.toks[nameA].start == 2 && f.lowerIs(nameA, "ft", "mt") {
		return // "Ft. Worth", "Mt Kenya": a place
	}
	if len(words) >= 2 && f.titleSurname(b-1) {
		f.titleNames = append(f.titleNames, f.word(b-1))
	}
	f.emitRun(&c, words)
}

// postNominal reports whether w, in capitals, is a post-nominal title:
// "QC", "MP", "OBE".
func postNominal(w string) bool {
	switch w {
	case "QC", "KC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE":
		return true
	}
	return false
}

// agentNoun reports whether w ends like a noun for someone's occupation:
// "novelist", "bookmaker", "historian".
func agentNoun(w string) bool {
	for _, suf := range []string{"ist", "er", "or", "ian"} {
		if len(w) > len(suf)+3 && hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// namedBefore reports whether a known first name stands among the title
// tokens [a, nameA): "Martin Luther King Jnr" is no king.
func (f *finder) namedBefore(a, nameA int) bool {
	for k := a; k < nameA; k++ {
		if f.toks[k].lex&(lexMaleName|lexFemName) != 0 {
			return true
		}
	}
	return false
}

// speaker reports whether the one-word name at token i reads as a
// speaker: a speech verb right after it ("Costa said") or right before it
// at the end of a clause ("..., said Costa."), no other reading of the word
// (a plural noun, a word the text also uses in lower case).
func (f *finder) speaker(i int) bool {
	t := &f.toks[i]
	if t.is(tAllCaps) || t.is(tPoss) || t.end-t.start < 2 {
		return false
	}
	cue := i+1 < len(f.toks) && f.toks[i+1].is(tJoin) && f.toks[i+1].lex&lexSpeech != 0 && f.toks[i+1].is(tLower) && !t.is(tCommaAfter) && !t.is(tDotAfter)
	if !cue && i > 0 && t.is(tJoin) && f.toks[i-1].lex&lexSpeech != 0 && f.toks[i-1].is(tLower) {
		cue = i+1 >= len(f.toks) || t.is(tDotAfter) || t.is(tCommaAfter) || f.toks[i+1].sent != t.sent
	}
	if !cue || !f.namelike(i, i+1) {
		return false
	}
	// "analyst Sofie Lindgren of Handelsbanken said": a word after "of"
	// or "at" names where the speaker works.
	if i > 0 && f.toks[i-1].is(tLower) && f.lowerIs(i-1, "of", "at", "from", "for") {
		return false
	}
	// "Parents said", "Teachers said": a plural of a role noun.
	w := f.word(i)
	if len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
		if lookupFold(w[:len(w)-1])&(lexRole|lexUnnamedPl|lexOrgNoun|lexDoc) != 0 {
			return false
		}
	}
	return true
}

// agedFirstName reports whether token i is a first name alone with an
// age after it opening a sentence, as wire copy names civilians who give
// no surname: "Fatima, 29, who asked that only her first name be used,
// said".
func (f *finder) agedFirstName(i int) bool {
	t := &f.toks[i]
	if t.lex&(lexFemName|lexMaleName) == 0 || !t.is(tCap) || !t.is(tCommaAfter) || !t.is(tSentStart) || i+1 >= len(f.toks) {
		return false
	}
	n := &f.toks[i+1]
	return n.is(tDigit) && n.end-n.start <= 3 && n.is(tCommaAfter)
}

// lastHeadTitle returns the last token of [a, b) that can end a title
// ("Minister", "Secretary", "Executive", "leader"), or -1.
func (f *finder) lastHeadTitle(a, b int) int {
	for k := b - 1; k >= a; k-- {
		l := f.toks[k].lex
		if l&lexTitle != 0 && l&lexRole != 0 && l&(lexMaleName|lexFemName) == 0 {
			return k
		}
	}
	return -1
}

// roleText is the title words of tokens [a, b) without courtesy titles.
func (f *finder) roleText(a, b int) string {
	// "Lady Justice Harrow", "Mr Justice Kerr": the courtesy title is part
	// of an English judge's style.
	if b-a >= 2 && f.toks[a].lex&lexHonorific != 0 && f.lowerIs(a+1, "justice") {
		return f.s[int(f.toks[a].start):int(f.toks[b-1].end)]
	}
	for a < b && f.toks[a].lex&lexHonorific != 0 {
		a++
	}
	for b > a && f.toks[b-1].lex&lexHonorific != 0 {
		b--
	}
	if a >= b {
		return ""
	}
	return f.s[int(f.toks[a].start):int(f.toks[b-1].end)]
}

func genderOf(lex uint32, g byte) byte {
	switch {
	case lex&(lexHonF|lexFemRole) != 0:
		return 'f'
	case lex&(lexHonM|lexMaleRole) != 0:
		return 'm'
	}
	return g
}

// addPerson registers a name, merging it with a person already known under
// the same full name, or under a longer name with the same last word.
func (f *finder) addPerson(words []string, name string, at int) int {
	if len(words) == 1 {
		if p := f.match(words[0], 0); p >= 0 {
			return p
		}
	} else {
		key := name
		for l := f.byWord.get(words[len(words)-1]).head; l != 0; l = f.sc.links[l-1].next {
			pi := int(f.sc.links[l-1].person)
			p := f.people[pi]
			if p.name == key {
				return pi
			}
			if len(p.toks) > 1 && p.toks[0] == words[0] && p.toks[len(p.toks)-1] == words[len(words)-1] && !otherMiddle(p.toks, words) {
				if len(words) > len(p.toks) {
					p.toks, p.name = words, key
					f.index(pi)
				}
				return pi
			}
			if len(p.toks) > len(words) && len(p.toks) <= len(words)+2 && slices.EqualFunc(p.toks[len(p.toks)-len(words):], words, strings.EqualFold) {
				// "García Harfuch" after "Omar García Harfuch": a double
				// surname without the first name (a longer run is more
				// likely a headline: "Christie Calls Hillary Clinton").
				return pi
			}
			if len(words) > len(p.toks) && len(words) <= len(p.toks)+2 && lookupFold(p.toks[0])&lexParticle != 0 && slices.EqualFunc(words[len(words)-len(p.toks):], p.toks, strings.EqualFold) {
				// "De Wit" opening a sentence before "Joost de Wit": the
				// particle is capitalised only there.
				p.toks, p.name = words, key
				f.index(pi)
				return pi
			}
			if len(p.toks) == 1 {
				// "President Obama" seen before "Barack Obama": grow it.
				p.toks, p.name = words, key
				f.index(pi)
				return pi
			}
		}
	}
	f.sc.slab = append(f.sc.slab, person{toks: words, name: name, first: at, lastTok: -1, out: -1})
	f.people = append(f.people, &f.sc.slab[len(f.sc.slab)-1])
	f.index(len(f.people) - 1)
	return len(f.people) - 1
}

// otherMiddle reports whether two names with the same first and last
// words have different middle names or initials: "George H.W. Bush" and
// "George W. Bush" are two people.
func otherMiddle(a, b []string) bool {
	return len(a) > 2 && len(b) > 2 && !slices.Equal(a[1:len(a)-1], b[1:len(b)-1])
}

// maxShared bounds how many people one name word is looked up among, which
// keeps adversarial input (thousands of Smiths) linear.
const maxShared = 64

func (f *finder) index(pi int) {
	toks := f.people[pi].toks
	for k := 0; k <= len(toks); k++ {
		var w string
		if k < len(toks) {
			w = toks[k]
		} else if last := toks[len(toks)-1]; articleSurname(last) {
			w = last[3:] // "Sharaa" for "al-Sharaa"
		} else {
			break
		}
		e := f.byWord.entry(w)
		l := e.wordList
		if l.n >= maxShared {
			continue
		}
		dup := false
		for k := l.head; k != 0; k = f.sc.links[k-1].next {
			if int(f.sc.links[k-1].person) == pi {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		f.sc.links = append(f.sc.links, wordLink{person: int32(pi)})
		at := int32(len(f.sc.links))
		if l.head == 0 {
			l.head = at
		} else {
			f.sc.links[l.tail-1].next = at
		}
		l.tail = at
		l.n++
		// Nothing has touched the table since e was found.
		f.byWord.setKey(f.sc, e, w).wordList = l
	}
}

// wordList is the people sharing one name word, in the order they were
// indexed: a chain through scratch.links (indices + 1, 0 ends it). Reusing
// the map and the links between calls saves an allocation per word.
type wordList struct{ head, tail, n int32 }

type wordLink struct{ person, next int32 }

// wordTab maps a name word to its wordList: an open-addressing table
// sized for the name words of one text, so that it is cleared in
// proportion to them (a map keeps the buckets of its largest text) and
// looked up without the map's generic hashing.
type wordTab struct {
	slots []wordEntry
	shift uint
	n     int       // words in slots
	blank wordEntry // the entry of "", the key of an empty slot
}

type wordEntry struct {
	key string // "" for an empty slot: name words are never empty
	wordList
}

// newWordTab returns a table for up to n words in the scratch's storage.
func newWordTab(sc *scratch, n int) wordTab {
	size, shift := 16, uint(64-4)
	for size < 2*n {
		size <<= 1
		shift--
	}
	sc.byWord = grow(sc.byWord, size)
	return wordTab{slots: sc.byWord, shift: shift}
}

// entry returns w's slot, or the empty slot where w goes; set its key
// with setKey.
func (t *wordTab) entry(w string) *wordEntry {
	if w == "" {
		return &t.blank
	}
	mask := uint64(len(t.slots) - 1)
	for i := nameKeyHash(w) >> t.shift; ; i = (i + 1) & mask {
		e := &t.slots[i]
		if e.key == w || e.key == "" {
			return e
		}
	}
}

// nameKeyHash hashes a non-empty word for the small tables of words
// (wordTab, wordSet) by its length and first, middle and last bytes: that
// tells the few words of such a table apart well enough, for a handful of
// instructions. The high bits index the tables.
func nameKeyHash(w string) uint64 {
	return (uint64(len(w)) | uint64(w[0])<<8 | uint64(w[len(w)/2])<<16 | uint64(w[len(w)-1])<<24) * hashMul
}

// get returns the people having the name word w.
func (t *wordTab) get(w string) wordList { return t.entry(w).wordList }

// setKey makes e, w's entry, hold w, doubling the table (in the
// scratch's storage) when it gets half full: newWordTab sizes it for
// every name word of the text, so that this is a safeguard.
func (t *wordTab) setKey(sc *scratch, e *wordEntry, w string) *wordEntry {
	if e.key != "" || w == "" {
		return e
	}
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots, t.shift = make([]wordEntry, 2*len(old)), t.shift-1
		for i := range old {
			if old[i].key != "" {
				*t.entry(old[i].key) = old[i]
			}
		}
		sc.byWord = t.slots
		e = t.entry(w)
	}
	t.n++
	e.key = w
	return e
}

// match finds the person a single name word means: a last name first, then
// a first name ("Sir Keir"); among those, one whose gender fits g (from
// "Mr", "Mrs"; 0 when unknown), then one named more than once so far (a
// capitalised headline such as "Francesco Excommunicates Trump" is named
// once), then the person mentioned most recently.
// matchOther is match for a surname under a courtesy title ("Mr Blair")
// that match gave to a knight ("Sir Ian Blair"): the latest other person
// of that surname and no other sex, or -1.
func (f *finder) matchOther(w string, g byte, not int) int {
	best, bestLast := -1, -2
	for l := f.byWord.get(w).head; l != 0; l = f.sc.links[l-1].next {
		pi := int(f.sc.links[l-1].person)
		p := f.people[pi]
		if pi == not || p.knight || p.toks[len(p.toks)-1] != w || g != 0 && p.gender != 0 && p.gender != g {
			continue
		}
		if p.lastTok > bestLast {
			best, bestLast = pi, p.lastTok
		}
	}
	return best
}

func (f *finder) match(w string, g byte) int {
	best, bestLast, bestRank := -1, -2, -100
	for l := f.byWord.get(w).head; l != 0; l = f.sc.links[l-1].next {
		pi := int(f.sc.links[l-1].person)
		p := f.people[pi]
		rank := 0
		if last := p.toks[len(p.toks)-1]; last == w || articleSurname(last) && last[3:] == w {
			rank = 8
		} else if p.toks[0] == w {
			rank = 4
		} else if len(p.toks) >= 3 && lookupFold(w)&lexParticle == 0 {
			// "Lula" for "Luiz Inacio Lula da Silva": the word a long
			// name is known by may stand in its middle.
			rank = 3
		}
		if rank == 0 {
			continue
		}
		if g == 0 || p.gender == 0 || p.gender == g {
			rank += 2
		} else {
			// "Mr Okafor" after "Ada Okafor ... her father, Emeka Okafor":
			// the honorific's gender outweighs every other preference.
			rank -= 16
		}
		if p.names >= 2 {
			rank++
		}
		if rank >= 8 && p.role != "" && p.kin() && pi != f.firstNamed(w) {
			// "Her son, David Ellison": a relative introduced by kinship
			// after the person the story is about is named in full; a
			// bare "Ellison" is the protagonist.
			rank -= 2
		}
		if rank > bestRank || rank == bestRank && p.lastTok > bestLast {
			best, bestLast, bestRank = pi, p.lastTok, rank
		}
	}
	return best
}

// sortCands orders the candidates by offset. The runs pass and the
// description pass each emit theirs in text order, so one merge of the two
// lists does; only a dropped candidate can share its start with another,
// and dropped ones are skipped by everything after. Should either list be
// out of order, a sort of indices does the work.
func (f *finder) sortCands(nRuns int) {
	// Every element of sorted is written below: no need to clear it.
	sorted := f.sc.sorted[:0]
	if cap(sorted) < len(f.cands) {
		sorted = make([]cand, len(f.cands))
	}
	sorted = sorted[:len(f.cands)]
	a, b := f.cands[:nRuns], f.cands[nRuns:]
	if isSorted(a) && isSorted(b) {
		i, j, k := 0, 0, 0
		for i < len(a) && j < len(b) {
			if b[j].start < a[i].start {
				sorted[k] = b[j]
				j++
			} else {
				sorted[k] = a[i]
				i++
			}
			k++
		}
		k += copy(sorted[k:], a[i:])
		copy(sorted[k:], b[j:])
	} else {
		idx := grow(f.sc.idx, len(f.cands))
		f.sc.idx = idx
		for i := range idx {
			idx[i] = int32(i)
		}
		slices.SortFunc(idx, func(a, b int32) int { return f.cands[a].start - f.cands[b].start })
		for i, k := range idx {
			sorted[i] = f.cands[k]
		}
	}
	// Keep both buffers for the next call: cands was the pooled one.
	f.sc.cands, f.sc.sorted = f.cands, sorted
	f.cands = sorted
}

func isSorted(cs []cand) bool {
	for i := 1; i < len(cs); i++ {
		if cs[i].start < cs[i-1].start {
			return false
		}
	}
	return true
}

// quotedWhole reports whether tokens [a, b) fill a pair of quote marks.
func (f *finder) quotedWhole(a, b int) bool {
	start, end := int(f.toks[a].start), int(f.toks[b-1].end)
	if start == 0 || end >= len(f.s) {
		return false
	}
	// Most runs follow a space: only '"' and the last bytes of '“'
	// (e2 80 9c) and '‘' (e2 80 98) can end an opening mark.
	if c := f.s[start-1]; c != '"' && c != 0x9c && c != 0x98 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(f.s[:start])
	for end < len(f.s) && (f.s[end] == '.' || f.s[end] == ',' || f.s[end] == '!' || f.s[end] == '?') {
		end++
	}
	after, _ := utf8.DecodeRuneInString(f.s[end:])
	return (before == '“' || before == '"' || before == '‘') && (after == '”' || after == '"' || after == '’')
}

// kin reports whether the person's role is a family tie ("son",
// "younger sister", "Ellison's daughter"): such relatives share the
// surname of the person the story is about.
func (p *person) kin() bool {
	_, rw, _ := p.roleWords()
	for _, w := range rw {
		switch w {
		case "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "cousin",
			"nephew", "niece", "uncle", "aunt", "widow", "widower", "grandson", "granddaughter", "stepson", "stepdaughter":
			return true
		}
	}
	return false
}

// firstNamed returns the person introduced first among those the name
// word w belongs to.
func (f *finder) firstNamed(w string) int {
	first := -1
	for l := f.byWord.get(w).head; l != 0; l = f.sc.links[l-1].next {
		if pi := int(f.sc.links[l-1].person); first < 0 || pi < first {
			first = pi
		}
	}
	return first
}

// royalSingle reports whether the name candidate c is a royal title and
// one first name ("Prince William"), whose canonical name keeps the title.
func (f *finder) royalSingle(c *cand) bool {
	return len(c.words) == 1 && c.nameA > c.a && len(c.name) > len(c.words[0]) && royalTitle(f.word(c.nameA-1))
}

// royalPerson returns the person a royal title and first name means: one
// of that canonical name, or one whose role holds the title ("King Charles
// III" for "King Charles"), never another person sharing the first name
// ("Prince William" is not President William Ruto). With create it adds
// the person when none fits; otherwise it returns -1.
func (f *finder) royalPerson(c *cand, create bool) int {
	title := strings.ToLower(f.word(c.nameA - 1))
	best, bestLast := -1, -2
	for l := f.byWord.get(c.words[0]).head; l != 0; l = f.sc.links[l-1].next {
		pi := int(f.sc.links[l-1].person)
		p := f.people[pi]
		// "Leo XIV", "Charles III": the same first name with a regnal number.
		regnal := len(p.toks) == 2 && p.toks[0] == c.words[0] && isRoman(p.toks[1])
		// "Crown Princess Mary" and "Queen Mary": royal names of one
		// first name are one person.
		w0, _, _ := strings.Cut(p.name, " ")
		royal := p.toks[0] == c.words[0] && len(p.toks) == 1 && p.name != p.toks[0] && royalTitle(w0)
		if p.name != c.name && !regnal && !royal && !(p.toks[0] == c.words[0] && strings.Contains(strings.ToLower(p.role), title)) {
			continue
		}
		if p.lastTok > bestLast {
			best, bestLast = pi, p.lastTok
		}
	}
	if best >= 0 || !create {
		return best
	}
	f.sc.slab = append(f.sc.slab, person{toks: c.words, name: c.name, first: c.start, lastTok: -1, out: -1})
	f.people = append(f.people, &f.sc.slab[len(f.sc.slab)-1])
	f.index(len(f.people) - 1)
	return len(f.people) - 1
}

// hopeful reports whether token i is "hopeful", a candidate's role only
// right before the name ("Senate hopeful Jane Doe"): elsewhere it is an
// adjective ("a hopeful sign"), so the lexicon does not list it.
func (f *finder) hopeful(i int) bool {
	return f.toks[i].lex == 0 && f.toks[i].is(tLower) && f.lowerIs(i, "hopeful")
}

// raceWord reports whether token i names the race of the hopeful at
// token h: "mayoral", "leadership" in "Labour leadership hopeful".
func (f *finder) raceWord(i, h int) bool {
	if !f.toks[i].is(tLower) || !f.hopeful(h) {
		return false
	}
	w := f.word(i)
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ship")
}

// placeNoun reports whether the lower-case w names a kind of place or
// building that a proper name before it may be the name of: "the Roque
// Santeiro market".
func placeNoun(w string) bool {
	switch w {
	case "market", "markets", "bazaar", "souk", "stadium", "arena", "hospital", "clinic", "mosque", "church", "cathedral", "temple",
		"bridge", "square", "street", "avenue", "road", "highway", "camp", "township", "slum", "district", "neighbourhood", "neighborhood",
		"estate", "mall", "park", "airport", "station", "port", "harbour", "harbor", "prison", "jail", "dam", "mine", "oilfield",
		"valley", "river", "lake", "beach", "island", "hotel", "theatre", "theater", "museum", "school", "college", "university",
		"campus", "building", "tower", "plant", "factory", "farm", "ranch", "compound", "palace", "gallery", "memorial", "monument", "canal":
		return true
	}
	return false
}

// stageTrade reports a capitalised performer's trade that may stand
// before a one-word stage name: "Rapper", "Singer", "DJ" aside.
func stageTrade(w string) bool {
	switch w {
	case "Rapper", "Singer", "Guitarist", "Drummer", "Comedian", "Magician", "Model", "Songwriter", "Star":
		return true
	}
	return false
}
