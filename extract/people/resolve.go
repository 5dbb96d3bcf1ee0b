package people

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

// lowerParticles counts the lower-case name particles ("de", "van der")
// among tokens [a, b).
func (f *finder) lowerParticles(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if f.toks[k].lex&lexParticle != 0 && f.toks[k].is(tLower) {
			n++
		}
	}
	return n
}

// namelike reports whether the untitled run [a, b) reads as a person's name
// rather than a capitalised phrase ("Strategic Export Controls"): a known
// first name passes; otherwise no word may be a common word of the text or
// carry a common-noun ending.
func (f *finder) namelike(a, b int) bool {
	if f.toks[a].lex&(lexMaleName|lexFemName) != 0 || b-a == 2 && f.placeGivenName(a) {
		return true
	}
	// "Martin Luther King III": a generational suffix ends a name.
	if b-a > 2 && f.genSuffix(b-1) {
		b--
	}
	if b-a > 3 && b-a-f.lowerParticles(a+1, b-1) > 3 {
		// "Andrés Manuel López Obrador": a long name may open with an
		// accented first name. Lower-case particles ("Rafael de la
		// Cruz") are no words of their own.
		return b-a <= 5 && f.accentedName(a)
	}
	for k := a; k < b; k++ {
		w := f.word(k)
		if f.toks[k].lex&lexParticle != 0 || f.initial(k) || f.hanSurname(k) || f.nickIn(k, a, b) || f.articleName(k) || k == b-1 && (f.titleSurname(k) || f.roleSurname(k) && f.speechAfter(k) && (a == 0 || f.toks[a-1].lex&(lexDefDet|lexIndefDet) == 0)) || k == a && f.vietSurname(k) {
			continue // "al-Hayya" is written lower-case and may look like a common word
		}
		// A first name may be a surname too ("Ray Duncan", "Lou Grant"),
		// but not a middle name after an unknown word ("Real Donald
		// Trump" is a phrase before a name).
		if f.toks[k].lex&^(lexMaleName|lexFemName) != 0 || f.toks[k].lex != 0 && k < b-1 && !f.accentedName(a) {
			return false // a common word of the lexicon ("Review", "Senior")
		}
		// "J.K. Rowling", "C.S. Manning": after initials a surname may
		// end like a noun.
		// "Lin Mei-ling": a romanised given name whose syllables are
		// joined by a hyphen may end like a noun.
		if hasNounEnding(w) && (k == a || !f.initial(a)) && (k == a || !hyphenedSyllables(w) && !(b-a == 2 && familyFirst(f.word(a), w))) {
			return false
		}
		// The word, its plural and its singular, by hash (foldHashPlus
		// hashes the plural without building it).
		h, hs := foldHashAndPlural(w)
		if f.lowerWord(h) || f.lowerWord(hs) || hasSuffixFold(w, "s") && f.lowerWord(foldHash(w[:len(w)-1])) {
			return false
		}
	}
	return true
}

// accentedName reports whether token a is a first name written with
// accents: "José" in "José Antonio Kast".
func (f *finder) accentedName(a int) bool {
	w := f.word(a)
	return f.toks[a].lex == 0 && !asciiOnly(w) && lookupFold(foldAccents(w))&(lexMaleName|lexFemName) != 0
}

// asciiOnly reports whether w has only ASCII bytes.
func asciiOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldAccents drops the accents of the Latin letters names use most:
// "José" becomes "Jose".
func foldAccents(w string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'á', 'à', 'â', 'ä', 'ã', 'å':
			return 'a'
		case 'é', 'è', 'ê', 'ë':
			return 'e'
		case 'í', 'ì', 'î', 'ï':
			return 'i'
		case 'ó', 'ò', 'ô', 'ö', 'õ':
			return 'o'
		case 'ú', 'ù', 'û', 'ü':
			return 'u'
		case 'ñ':
			return 'n'
		case 'ç':
			return 'c'
		case 'É':
			return 'E'
		case 'Á':
			return 'A'
		}
		return r
	}, w)
}

// nounEndings rarely end a person's name but often a capitalised noun.
var nounEndings = []string{"tion", "sion", "ment", "ness", "ity", "ism", "ical", "ics", "ive", "ory", "ary", "ies", "ing", "ship", "ance", "ence", "ure"}

// hasNounEnding reports whether w ends in one of nounEndings after at
// least three other bytes.
func hasNounEnding(w string) bool {
	if w == "" || !nounEndLast[foldByte(w[len(w)-1])] {
		return false
	}
	for _, suf := range nounEndings {
		if len(w) > len(suf)+2 && hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// nounEndLast marks the last letters of nounEndings: most words end in
// none of them and skip the suffix tests.
var nounEndLast = func() (t [256]bool) {
	for _, suf := range nounEndings {
		t[suf[len(suf)-1]] = true
	}
	return t
}()

// lowerWord reports whether w occurs in the text in lower case. The
// tokeniser fills the set as an open-addressing table of word hashes: no
// strings are stored, and a false positive only makes a name less likely.
// Lexicon words are left out: namelike rejects them by class.
func (f *finder) lowerWord(h64 uint64) bool { return f.lowerHas(hash32(h64)) }

// lowerHas is lowerWord for a token's folded hash.
func (f *finder) lowerHas(h uint32) bool {
	if f.lowers == nil {
		f.buildLowers()
	}
	mask := uint32(len(f.lowers) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		switch f.lowers[k] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// buildLowers fills the lower-case word set from the tokeniser's list.
// The set is sized for the words it gets, not for the most the text could
// have: a quarter full at most, it is cleared and probed in a fraction of
// the cache.
func (f *finder) buildLowers() {
	f.lists.fillLow(f.toks)
	f.lowers = grow(f.sc.lowers, lowerSlots(8*len(f.lists.low)))
	f.sc.lowers = f.lowers
	for _, h := range f.lists.low {
		lowerAdd(f.lowers, h)
	}
}

// lowerSlots is the size of the lower-case word set for a text of n bytes:
// a power of two above the most words it can hold.
func lowerSlots(n int) int {
	size := 64
	for size <= n/2+2 {
		size <<= 1
	}
	return size
}

func lowerAdd(set []uint32, h uint32) {
	mask := uint32(len(set) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		switch set[k] {
		case h:
			return
		case 0:
			set[k] = h
			return
		}
	}
}

// hash32 folds a word hash to the 32 bits a token keeps, never 0.
func hash32(h uint64) uint32 {
	x := uint32(h) ^ uint32(h>>32)
	if x == 0 {
		return 1
	}
	return x
}

func (f *finder) lowerIs(i int, words ...string) bool {
	w := f.word(i)
	for _, x := range words {
		if equalFoldLower(w, x) {
			return true
		}
	}
	return false
}

// equalFoldLower is strings.EqualFold(w, lw) for a lower-case ASCII lw,
// without decoding runes when w is ASCII. Among ASCII letters, Unicode
// case folding pairs only a capital with its small letter; other runes
// (the Kelvin sign folds to k) take the general way.
func equalFoldLower(w, lw string) bool {
	// Most calls compare two different words: an ASCII first byte that
	// differs, or a length no folding bridges, settles them at once. Only
	// the Kelvin sign (3 bytes) and the long s (2 bytes) fold to ASCII
	// letters, so w is at least as long as lw and at most three times.
	if len(w) == 0 || len(lw) == 0 {
		return len(w) == len(lw)
	}
	if c := w[0]; c < utf8.RuneSelf && foldByte(c) != lw[0] {
		return false
	}
	if len(w) != len(lw) {
		if len(w) < len(lw) || len(w) > 3*len(lw) {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return strings.EqualFold(w, lw)
			}
		}
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.EqualFold(w, lw)
		}
		if foldByte(c) != lw[i] {
			return false
		}
	}
	return true
}

// descriptions finds role and organisation phrases: "the British leader",
// "a Downing Street spokesman", "the foreign ministry", "senior officials".
func (f *finder) descriptions() {
	n := len(f.toks)
	// Only determiners, pronouns and plural sources start one: the
	// tokeniser listed them. Tokens up to next-1 are taken.
	next := 0
	for _, i32 := range f.lists.trig {
		i := int(i32)
		if i < next || f.claimed[i] != 0 {
			continue
		}
		definite := false
		switch l := f.toks[i].lex; {
		case l&lexDefDet != 0:
			definite = true
		case l&lexIndefDet != 0:
		default:
			if f.toks[i].lex&lexUnnamedPl != 0 && f.toks[i].is(tLower) {
				f.plural(i)
			} else if f.toks[i].lex&(lexPronM|lexPronF) != 0 {
				f.pronounAt(i)
			}
			continue
		}
		// "the King", "the Duke of Edinburgh": a title that names one
		// person. Most determiners are not before a capitalised title.
		if definite && i+1 < n && f.toks[i+1].is(tCap) && f.toks[i+1].is(tJoin) && f.toks[i+1].lex&(lexTitle|lexMaleRole|lexFemRole) != 0 {
			if j := f.titleDesc(i); j > 0 {
				next = j
				continue
			}
		}
		head, j := -1, i+1
		ofAt, headBeforeOf := -1, -1
		for ; j < n && j < i+8; j++ {
			t := &f.toks[j]
			if !t.is(tJoin) && !f.toks[j-1].is(tPoss) {
				break
			}
			if c := f.claimed[j]; c != 0 && f.cands[c-1].kind != Organisation && !f.strayWord(&f.cands[c-1]) {
				break
			}
			w := f.word(j)
			// "the front-runner and former senator": two roles of one
			// person.
			if head == j-1 && t.lex&lexFunc != 0 && w == "and" && f.toks[head].lex&lexRole != 0 && f.roleAfter(j+1) {
				continue
			}
			// "the earl", "the policeman": a gendered noun of standing in
			// lower case is a role, though "Earl" is a first name too.
			genRole := t.lex&(lexMaleRole|lexFemRole) != 0 && t.is(tLower)
			ok := t.lex&(lexRoleMod|lexNat|lexRole|lexOrgNoun|lexUnnamedPl) != 0 || genRole ||
				t.is(tCap) && t.lex&lexFunc == 0 || t.is(tDigit) && strings.Contains(w, "-") ||
				w == "affairs" || w == "of" && j+1 < n && f.lowerIs(j+1, "state")
			// "a Ministry of Defence spokeswoman": "of" inside the name
			// of the body a role noun follows (checked after the loop).
			if !ok && ofAt < 0 && w == "of" && f.toks[j-1].is(tCap) && j+1 < n && f.toks[j+1].is(tCap) && f.toks[j+1].is(tJoin) {
				ok, ofAt, headBeforeOf = true, j, head
			}
			// "a portfolio manager", "the mining union's": one word the
			// lexicon lacks right before the role or organisation noun.
			unknown := !ok && t.lex&^lexTitle == 0 && t.is(tLower) && (t.is(tPoss) || j+1 < n && f.toks[j+1].lex&(lexRole|lexOrgNoun) != 0) && f.unknownMod(j)
			ok = ok || unknown
			// "a hospital spokeswoman": a body's common noun right before
			// its spokesman.
			if !ok && t.lex&lexOrgHead != 0 && t.is(tLower) && j+1 < n && f.toks[j+1].is(tJoin) && f.toks[j+1].is(tLower) && f.toks[j+1].lex&lexRole != 0 &&
				strings.HasPrefix(f.word(j+1), "spokes") {
				ok = true
			}
			// "a second official": one more source of the same kind.
			ordinal := j == i+1 && !definite && (w == "second" || w == "third" || w == "fourth")
			if !ok && !ordinal || t.lex&lexFunc != 0 && t.lex&(lexRole|lexRoleMod|lexOrgNoun) == 0 && w != "of" && !ordinal {
				break
			}
			if t.lex&(lexRole|lexOrgNoun|lexUnnamedPl) != 0 || genRole {
				head = j
			}
			if t.is(tPoss) {
				// "the union's regional secretary": an organisation's
				// role goes on past the possessive.
				if (t.lex&(lexOrgNoun|lexRole) != 0 || unknown) && f.roleAfter(j+1) {
					continue
				}
				j++
				break
			}
		}
		// "the veteran presenter said", "the writer and broadcaster
		// said": a trade the lexicon lacks (or knows as a body) ends a
		// person's description right before a verb of saying.
		agent := false
		if head >= 0 && head == j-1 && definite && f.toks[head].lex&lexRole != 0 && f.toks[head].is(tLower) {
			k := head + 1
			if k+1 < n && f.lowerIs(k, "and") && f.toks[k].is(tJoin) {
				k++
			}
			if k+1 < n && f.claimed[k] == 0 && f.toks[k].is(tJoin) && f.toks[k].is(tLower) && !f.toks[k].is(tPoss) && f.toks[k].lex&^lexOrgNoun == 0 && agentNoun(f.word(k)) &&
				f.toks[k+1].is(tJoin) && f.toks[k+1].is(tLower) && f.toks[k+1].lex&lexSpeech != 0 {
				head, j, agent = k, k+1, true
			}
		}
		if ofAt >= 0 && head > ofAt && f.toks[head].lex&lexRole == 0 {
			// "the Quarterly Review of Leeds University": no role after
			// the body's name, which stays the body's.
			head = headBeforeOf
		}
		if head < 0 {
			// "the 44-year-old told supporters": an age alone
			// describes someone already named.
			if definite && i+1 < n && f.toks[i+1].is(tDigit) && f.toks[i+1].is(tJoin) && hasSuffixFold(f.word(i+1), "-year-old") && f.toks[i].is(tLower|tSentStart) &&
				!(i+2 < n && f.toks[i+2].is(tCap) && f.toks[i+2].is(tJoin)) { // not "the 17-year-old Murray"
				f.claim(cand{start: int(f.toks[i].start), end: int(f.toks[i+1].end), a: i, b: i + 2, kind: Description, person: -1, definite: true})
				next = i + 2
				continue
			}
			// "the American said": a demonym alone before a speech
			// verb describes someone already named.
			if definite && f.natSays(i) {
				f.takeOver(i+1, i+2)
				f.claim(cand{start: int(f.toks[i].start), end: int(f.toks[i+1].end), a: i, b: i + 2, kind: Description, person: -1, definite: true})
				next = i + 2
				continue
			}
			f.pronounAt(i)
			continue
		}
		// "the prime minister Keir Starmer" is a title, claimed by the name.
		if j < n && head == j-1 && f.claimed[j] != 0 && f.cands[f.claimed[j]-1].kind == Name && f.toks[j].is(tJoin) {
			f.pronounAt(i)
			continue
		}
		hl := f.toks[head].lex
		kind := Unnamed
		switch {
		case hl&lexUnnamedPl != 0 && hl&lexRole == 0:
			kind = Unnamed
		case agent:
			kind = Description
		case hl&lexOrgNoun != 0 && hl&lexRole == 0 || f.toks[head].is(tCap) && f.executiveBody(i, head):
			kind = Organisation
		case definite:
			kind = Description
		}
		f.takeOver(i, head+1)
		c := cand{start: int(f.toks[i].start), end: int(f.toks[head].end), a: i, b: head + 1, kind: kind, person: -1, definite: definite}
		c.gender = genderOf(hl, 0)
		f.claim(c)
		next = head + 1
	}
}

// aged reports whether the description c gives an age: "the
// 58-year-old officer".
func (f *finder) aged(c *cand) bool {
	for k := c.a + 1; k < c.b; k++ {
		if f.toks[k].is(tDigit) && hasSuffixFold(f.word(k), "-year-old") {
			return true
		}
	}
	return false
}

// strayWord reports whether the candidate is a lone capitalised word that
// names nobody known, such as a party in "the Socialist leader", which a
// description may take.
func (f *finder) strayWord(c *cand) bool {
	return c.kind == Name && len(c.words) == 1 && !c.titled && f.match(c.words[0], 0) < 0
}

// executiveBody reports whether the description [i, head] names a
// government ("the Scottish Executive", "the Executive"): a capitalised
// "Executive" after no role word ("chief", "Chief") is an institution.
func (f *finder) executiveBody(i, head int) bool {
	t := &f.toks[head]
	if !t.is(tCap) || t.is(tAllCaps) || !strings.EqualFold(f.word(head), "executive") {
		return false
	}
	p := &f.toks[head-1]
	return head-1 == i || p.lex&(lexNat|lexPlace) != 0 && p.lex&lexRoleMod == 0
}

// unknownMod reports whether the lower-case word at token j, which the
// lexicon lacks, modifies a role or organisation noun right after it, or
// is an organisation whose possessive a role follows: "a portfolio
// manager", "the airline's chief executive".
func (f *finder) unknownMod(j int) bool {
	if f.toks[j].is(tPoss) {
		return f.roleAfter(j + 1)
	}
	if j+1 >= len(f.toks) || f.toks[j].is(tCommaAfter) || f.toks[j].is(tDotAfter) {
		return false
	}
	t := &f.toks[j+1]
	return t.is(tJoin) && t.is(tLower) && t.lex&(lexRole|lexOrgNoun) != 0 && t.lex&lexFunc == 0
}

// roleAfter reports whether tokens from k are lower-case role modifiers
// ending in a role noun: "regional secretary", "chief executive".
func (f *finder) roleAfter(k int) bool {
	unknown := false
	for first, end := k, k+4; k < len(f.toks) && k < end; k++ {
		t := &f.toks[k]
		// The first word follows the possessive's "'s", not a space alone.
		if k > first && !t.is(tJoin) || !t.is(tLower) || f.claimed[k] != 0 {
			return false
		}
		if t.lex&lexRole != 0 {
			return true
		}
		// "the opposition's pensions critic": one word the lexicon
		// lacks may modify the role.
		if t.lex&(lexRoleMod|lexNat) == 0 && (t.lex&^lexTitle != 0 || unknown) {
			return false
		}
		unknown = unknown || t.lex&^lexTitle == 0
	}
	return false
}

// plural takes a bare plural source with its modifiers: "senior officials",
// "Chinese diplomats".
func (f *finder) plural(i int) {
	a := i
	for a > 0 && f.toks[a].is(tJoin) && f.claimed[a-1] == 0 {
		p := &f.toks[a-1]
		if p.lex&(lexRoleMod|lexNat) != 0 && p.lex&lexFunc == 0 || p.is(tCap) && p.lex&lexFunc == 0 {
			a--
			continue
		}
		break
	}
	f.claim(cand{start: int(f.toks[a].start), end: int(f.toks[i].end), a: a, b: i + 1, kind: Unnamed, person: -1})
}

// takeOver drops organisation candidates inside [a, b) that a longer
// description swallows ("a Downing Street spokesman").
func (f *finder) takeOver(a, b int) {
	for k := a; k < b; k++ {
		if c := f.claimed[k]; c != 0 {
			f.cands[c-1].drop = true
			for x := f.cands[c-1].a; x < f.cands[c-1].b; x++ {
				f.claimed[x] = 0
			}
		}
	}
}

// pronounAt marks a third-person singular pronoun at token i. The
// description pass calls it for every free token it does not take, so that
// one walk over the tokens finds both.
func (f *finder) pronounAt(i int) {
	l := f.toks[i].lex
	if f.claimed[i] != 0 || l&lexFunc == 0 || l&(lexPronM|lexPronF) == 0 {
		return
	}
	g := byte('m')
	if l&lexPronM == 0 {
		g = 'f'
	}
	f.claim(cand{start: int(f.toks[i].start), end: int(f.toks[i].end), a: i, b: i + 1, kind: Pronoun, person: -1, gender: g})
}

// appositives links a name to the role phrase set off beside it by commas:
// "Guo Jiakun, a spokeswoman for the foreign ministry, said".
func (f *finder) appositives() {
	for ci := 0; ci < len(f.cands); ci++ {
		c := &f.cands[ci]
		if !c.drop && (c.definite || f.toks[c.a].lex&lexIndefDet != 0) && (c.kind == Description || c.kind == Unnamed) {
			f.leadingAppositive(ci)
			continue
		}
		if c.drop || c.kind != Name {
			continue
		}
		f.asRole(c)
		if !f.setOff(c.b - 1) {
			continue
		}
		if c.role == "" && len(c.words) > 1 { // untitled, or "Sir", "Dr"
			f.bareLeadingRole(ci)
		}
		// "Dan Whitaker, 67, a former senator,": the age stands between.
		at := c.b
		if f.age(at) {
			at++
		}
		di := ci + 1
		for di < len(f.cands) && f.cands[di].drop {
			di++
		}
		if di >= len(f.cands) || f.cands[di].kind != Description && f.cands[di].kind != Unnamed || f.cands[di].a != at {
			f.bareAppositive(c, at)
			f.ofAffiliation(c, at)
			continue
		}
		d := &f.cands[di]
		end := f.appositiveEnd(d.a, d.b-1)
		if end < 0 || f.dashOpen(c.b-1, end) {
			continue
		}
		// "Putin, the Kremlin leader, said": a lone name that a role
		// describes is a person even if named no other way. Not an
		// adverb ("Separately, the ministry's spokeswoman, Shu Ting,"),
		// a place ("In Gateshead, the prime minister") nor a role phrase
		// that a name follows.
		if len(c.words) == 1 && !c.titled && f.toks[d.b-1].lex&lexRole != 0 && f.toks[d.b-1].lex&lexOrgNoun == 0 &&
			!hasSuffixFold(c.words[0], "ly") && !(c.a > 0 && f.lowerIs(c.a-1, "in", "at", "from", "near", "to", "into", "of", "outside", "across", "around")) &&
			f.match(c.words[0], 0) < 0 && f.namelike(c.nameA, c.b) && !f.fullNameAt(end+1) {
			f.addPerson(c.words, c.name, c.start)
		}
		roleA := d.a
		// "Sam Ortiz, its regional director,": the role is "regional
		// director", without the article or possessive.
		if f.lowerIs(roleA, "a", "an", "the", "its", "his", "her", "their") {
			roleA++
		}
		if roleA > end {
			continue
		}
		if f.toks[d.b-1].is(tPoss) && d.b <= end {
			// "Ann Ode, the singer's stepsister,": the description is
			// her kin's, not hers; the noun after it tells her role
			// and sex.
			c.role = pickRole(c.role, f.s[int(f.toks[roleA].start):int(f.toks[end].end)])
			if g := genderOf(f.toks[end].lex, 0); g != 0 && c.gender == 0 {
				c.gender = g
			}
			continue
		}
		d.appos = ci + 1
		d.kind = Description
		c.role = pickRole(c.role, f.s[int(f.toks[roleA].start):int(f.toks[end].end)]+f.possessedBy(di, d.a))
		if d.gender != 0 && c.gender == 0 {
			c.gender = d.gender
		}
	}
}

// possessedBy returns " of ORG" when the role phrase of candidate di
// opens with "its" or "their" (token a) and a named organisation stands
// before it in the same or the previous sentence: in "The Harbor
// Institute published the study. Its director, Paul Grady, said" he is
// director of the Harbor Institute. "" otherwise.
func (f *finder) possessedBy(di, a int) string {
	if !f.lowerIs(a, "its", "their") {
		return ""
	}
	for oi := di - 1; oi >= 0 && oi >= di-12; oi-- {
		o := &f.cands[oi]
		if o.drop {
			continue
		}
		if f.toks[a].sent-f.toks[o.a].sent > 1 {
			return ""
		}
		if o.kind != Organisation {
			continue
		}
		t := f.s[o.start:o.end]
		if o.a > 0 && o.start == int(f.toks[o.a].start) && f.lowerIs(o.a-1, "the") {
			t = "the " + t // "The Lakeside Trust" opening a sentence
		}
		name := t
		if strings.HasPrefix(t, "The ") || strings.HasPrefix(t, "the ") {
			t, name = "the "+t[4:], t[4:]
		}
		if name == "" || name[0] < 'A' || name[0] > 'Z' {
			return "" // "the council", "a group": no name to add
		}
		return " of " + t
	}
	return ""
}

// leadingAppositive links a definite role phrase to the name set off by
// commas right after it: "The charity's director, Barbara Stocking,
// said". The name takes the role unless it has its own.
func (f *finder) leadingAppositive(di int) {
	d := &f.cands[di]
	// A title with a see ("The Earl of Wessex, Tom Brand,") names its
	// holder too.
	if f.toks[d.b-1].lex&lexRole == 0 && !d.royal {
		return
	}
	// "The head of the works council, Petra Vogel,", "The opposition
	// leader in the state assembly, Petra Vogel,": the role phrase may
	// run on to the comma before the name.
	end := d.b - 1
	if !f.setOff(end) {
		if end+1 >= len(f.toks) || f.toks[end+1].lex&lexFunc == 0 || !f.lowerIs(end+1, "of", "for", "at", "in", "to") {
			return
		}
		if end = f.appositiveEnd(d.a, end); end < 0 || !f.setOff(end) || end-d.b > 6 {
			return
		}
	}
	ni := di + 1
	for ni < len(f.cands) && (f.cands[ni].drop || f.cands[ni].a <= end) {
		ni++
	}
	if ni >= len(f.cands) {
		return
	}
	c := &f.cands[ni]
	// "The Bishop of Ely, the Rt Rev Tom Hale,": a style of address
	// ("the Rt Rev", "the Most Rev", "the Hon") opens the name; it is
	// no role.
	styled := c.kind == Name && c.a > end+1 && f.styleOfAddress(end+1, c.nameA)
	if styled {
		c.role = ""
	}
	// A courtesy title leaves the role open: "The museum's chairman, Sir
	// Philip Rowe,".
	if c.kind != Name || c.a != end+1 && !styled || c.role != "" || !f.setOff(c.b-1) && !f.saidRoleName(d.a, c.b-1) {
		return
	}
	kinOnly := len(c.words) < 2
	if kinOnly && !f.kinFirstName(di, ni) {
		return
	}
	d.appos = ni + 1
	d.kind = Description
	roleA := d.a
	if f.toks[roleA].lex&(lexDefDet|lexIndefDet) != 0 {
		roleA++ // "the", "a", "its"
	}
	of := ""
	if !kinOnly { // "their son" is a person's, not an organisation's
		of = f.possessedBy(di, d.a)
	}
	c.role = pickRole(c.role, f.s[int(f.toks[roleA].start):int(f.toks[end].end)]+of)
	if d.gender != 0 && c.gender == 0 {
		c.gender = d.gender
	}
}

// saidRoleName reports whether a role phrase at token a follows a verb
// of saying and the name after it, ending at token last, closes the
// sentence: "..., said its chief executive, Rana Dalal."
func (f *finder) saidRoleName(a, last int) bool {
	return a > 0 && f.toks[a-1].lex&lexSpeech != 0 && f.toks[a-1].is(tLower) && f.toks[a-1].sent == f.toks[a].sent &&
		(last+1 >= len(f.toks) || f.toks[last+1].sent != f.toks[last].sent)
}

// kinFirstName gives a relative named by first name alone ("her
// husband, Marc,", "their daughter, Léa,") the family name of the person
// named in full just before, whose relative they are: candidate di is the
// kinship phrase, ni the name after it.
func (f *finder) kinFirstName(di, ni int) bool {
	d, c := &f.cands[di], &f.cands[ni]
	if c.titled || d.b-d.a != 2 || !f.lowerIs(d.a, "her", "his", "their") ||
		!f.lowerIs(d.b-1, "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "partner") {
		return false
	}
	for oi := di - 1; oi >= 0 && oi >= di-12; oi-- {
		o := &f.cands[oi]
		if o.drop || o.kind != Name {
			continue
		}
		if f.toks[d.a].sent-f.toks[o.a].sent > 2 || len(o.words) < 2 {
			return false
		}
		sur := o.words[len(o.words)-1]
		c.words = append(c.words[:len(c.words):len(c.words)], sur)
		c.name += " " + sur
		// Both people now, in text order, so that a later bare "Marc"
		// is the relative and a bare family name the protagonist.
		f.addPerson(o.words, o.name, o.start)
		if pi := f.match(c.words[0], 0); pi >= 0 && len(f.people[pi].toks) == 1 && f.people[pi].toks[0] == c.words[0] {
			// "Léa, 24, wants to stay" made her a person of one name.
			p := f.people[pi]
			p.toks, p.name, p.first = c.words, c.name, min(p.first, c.start)
			f.index(pi)
			return true
		}
		f.addPerson(c.words, c.name, c.start)
		return true
	}
	return false
}

// appositiveEnd returns the last token of an appositive that starts at
// token a and runs at least to token last: it ends at the next comma,
// "who" or sentence end. -1 when it runs on into the clause.
func (f *finder) appositiveEnd(a, last int) int {
	if f.toks[last].is(tCommaAfter) || f.toks[last].is(tDotAfter) || f.dashAfter(last) {
		return last
	}
	end := last
	for k := last + 1; k < len(f.toks) && k < last+13 && f.toks[k].sent == f.toks[a].sent; k++ {
		if f.toks[k].lex&lexFunc != 0 && f.lowerIs(k, "who", "whose", "which", "said", "says") || f.toks[k].lex&lexSpeech != 0 && f.toks[k].is(tLower) {
			break
		}
		end = k
		if f.toks[k].is(tCommaAfter) || f.toks[k].is(tDotAfter) || f.dashAfter(k) {
			break
		}
	}
	if !f.toks[end].is(tCommaAfter) && !f.toks[end].is(tDotAfter) && !f.dashAfter(end) && end+1 < len(f.toks) && (f.toks[end+1].lex&lexFunc == 0 || !f.lowerIs(end+1, "who", "whose", "which")) {
		return -1
	}
	return end
}

// bareAppositive reads a role set off by commas after the name c without
// a determiner: "Henrik Dahl, chief executive of NordLine, said",
// "Maria Ortiz, NordLine's head of safety,". A lower-case role noun must
// come within a few words, after only role modifiers and an organisation.
func (f *finder) bareAppositive(c *cand, a int) {
	if a >= len(f.toks) || f.toks[a].sent != f.toks[c.b-1].sent {
		return
	}
	head, unknown := -1, false
	for k := a; k < len(f.toks) && k < a+5; k++ {
		t := &f.toks[k]
		if k > a && !t.is(tJoin) && !f.toks[k-1].is(tPoss) {
			return
		}
		// A name starts with a capital: lower-case words need no search.
		if t.is(tCap) && f.fullNameAt(k) {
			return // another person: "Tom Hale, Paul Roy and ..."
		}
		if t.is(tLower) && t.lex&lexRole != 0 && t.lex&lexFunc == 0 {
			head = k
			break
		}
		switch {
		case t.is(tLower) && t.lex&(lexRoleMod|lexNat) != 0 && t.lex&lexFunc == 0:
		case t.is(tLower) && t.lex&^lexTitle == 0 && !unknown && k+1 < len(f.toks) && f.toks[k+1].lex&lexRole != 0 && f.toks[k+1].is(tLower):
			// "managing director of ...": a word the lexicon lacks
			unknown = true
		case t.is(tCap) && t.lex&(lexFunc|lexTime) == 0 && (t.is(tPoss) || k+1 < len(f.toks) && f.toks[k+1].is(tCap) || t.lex&lexOrgSingle != 0):
			// "NordLine's", "Baltic Ferries", "Labour"
		default:
			return
		}
		if t.is(tCommaAfter) || t.is(tDotAfter) {
			return
		}
	}
	if head < 0 {
		return
	}
	end := f.appositiveEnd(a, head)
	if end < 0 || f.dashOpen(c.b-1, end) {
		return
	}
	c.role = pickRole(c.role, f.s[int(f.toks[a].start):int(f.toks[end].end)])
	if g := genderOf(f.toks[head].lex, 0); g != 0 && c.gender == 0 {
		c.gender = g
	}
}

// setOff reports whether token i ends a phrase set off by a comma or a
// dash: "Marta Kowalski, a former minister," or "Marta Kowalski — a
// former minister —".
func (f *finder) setOff(i int) bool {
	return f.toks[i].is(tCommaAfter) || f.dashAfter(i)
}

// dashOpen reports whether a dash after token open starts an appositive
// that token end does not close with another: "Mrs Clinton - the
// candidate began ..." is a clause, not a role.
func (f *finder) dashOpen(open, end int) bool {
	return !f.toks[open].is(tCommaAfter) && f.dashAfter(open) && !f.dashAfter(end)
}

// dashAfter reports whether a dash follows token i: an em or en dash, or
// a hyphen with spaces around it.
func (f *finder) dashAfter(i int) bool {
	k := int(f.toks[i].end)
	// Nearly every word is followed by a space and a letter: one look
	// settles it.
	if k+3 >= len(f.s) || f.s[k] != 0xE2 && (f.s[k] != ' ' || f.s[k+1] != 0xE2 && f.s[k+1] != '-') {
		return false
	}
	sp := f.s[k] == ' '
	if sp {
		k++
	}
	switch f.s[k] {
	case 0xE2: // the first byte of "—" and "–"
		return strings.HasPrefix(f.s[k:], "—") || strings.HasPrefix(f.s[k:], "–")
	case '-':
		return sp && f.s[k+1] == ' '
	}
	return false
}

// age reports whether token i is an age set off by commas: "Tom Hale,
// 54, said".
func (f *finder) age(i int) bool {
	if i >= len(f.toks) || !f.toks[i].is(tDigit) || !f.toks[i].is(tCommaAfter) || !f.toks[i-1].is(tCommaAfter) {
		return false
	}
	w := f.word(i)
	if len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// bareLeadingRole reads a role set off by a comma before the name of
// candidate ci when no determiner starts it: "Canada's trade minister,
// Priya Lalonde, said", "Corvel's chairman, Peter Lang,". The phrase is
// lower-case role words ending in a role noun, after at most a
// capitalised possessive or nationality; the words before it are left as
// they are.
func (f *finder) bareLeadingRole(ci int) {
	c := &f.cands[ci]
	r := c.a - 1
	if r < 0 || !f.setOff(r) || !f.toks[r].is(tLower) || f.toks[r].lex&lexRole == 0 || f.toks[r].lex&lexFunc != 0 || f.toks[r].sent != f.toks[c.a].sent {
		return
	}
	// A description ending at the comma is leadingAppositive's.
	for pi := ci - 1; pi >= 0 && f.cands[pi].b > r-8; pi-- {
		if p := &f.cands[pi]; !p.drop && p.b > r && (p.kind == Description || p.kind == Unnamed) {
			return
		}
	}
	ra, unknown := r, 0
	for ra > 0 && r-ra < 6 && (f.toks[ra].is(tJoin) || f.toks[ra-1].is(tPoss)) {
		p := &f.toks[ra-1]
		if p.is(tCommaAfter) || p.is(tDotAfter) || p.lex&lexFunc != 0 || !p.is(tLower) {
			break
		}
		if p.lex&(lexRoleMod|lexNat|lexRole|lexOrgNoun) == 0 {
			// "mineral resources minister": words the lexicon lacks.
			if p.lex&^lexTitle != 0 || unknown == 2 {
				break
			}
			unknown++
		}
		ra--
	}
	// A capitalised possessive or nationality may start it: "South
	// Africa's", "Corvel's", "Philippine".
	if ra > 0 && (f.toks[ra].is(tJoin) || f.toks[ra-1].is(tPoss)) && f.toks[ra-1].is(tCap) && f.toks[ra-1].lex&(lexFunc|lexTime) == 0 && !f.toks[ra-1].is(tCommaAfter) {
		k := ra - 1
		if f.toks[k].is(tPoss) || f.toks[k].lex&lexNat != 0 {
			for k > 0 && f.toks[k].is(tJoin) && f.toks[k-1].is(tCap) && !f.toks[k-1].is(tPoss) && f.toks[k-1].lex&(lexFunc|lexTime) == 0 && r-k < 8 {
				k--
			}
			ra = k
		}
	}
	// The phrase must start a clause: a role cut short ("New York's top
	// law officer," read as "officer") is left alone.
	if ra > 0 && (f.toks[ra].is(tJoin) || f.toks[ra-1].is(tPoss)) && !f.toks[ra].is(tSentStart) && f.toks[ra-1].lex&lexFunc == 0 {
		return
	}
	c.role = f.s[int(f.toks[ra].start):int(f.toks[r].end)]
	if g := genderOf(f.toks[r].lex, 0); g != 0 && c.gender == 0 {
		c.gender = g
	}
}

// fullNameAt reports whether a name of two or more words, not a
// possessive ("Christian Aid's head of policy"), covers token k. It
// searches the sorted candidates: claimed holds indices from before the
// sort.
func (f *finder) fullNameAt(k int) bool {
	i := sort.Search(len(f.cands), func(i int) bool { return f.cands[i].a > k })
	// Live candidates are disjoint: the last live one starting at or
	// before k is the only one that can cover it.
	for i--; i >= 0; i-- {
		if c := &f.cands[i]; !c.drop {
			return c.b > k && c.kind == Name && len(c.words) > 1 && !f.toks[c.b-1].is(tPoss)
		}
	}
	return false
}

// pickRole keeps the title stated with the name ("British Prime Minister")
// and falls back on an appositive role.
func pickRole(have, add string) string {
	if have == "" {
		return add
	}
	return have
}

// hist is a resolved person mention seen during the walk.
type hist struct {
	person int
	sent   int32
	subj   bool
	firstS bool  // first person mention of its sentence
	end    int32 // token after the mention
}

var prepositions = map[string]bool{
	"by": true, "with": true, "to": true, "of": true, "from": true, "for": true, "against": true, "on": true,
	"at": true, "in": true, "about": true, "towards": true, "toward": true, "between": true, "among": true,
	"like": true, "than": true, "into": true, "over": true, "under": true, "after": true, "before": true,
	"meet": true, "met": true, "meeting": true, "visit": true, "visited": true, "urged": true, "asked": true,
	"told": true, "called": true, "beat": true, "defeated": true, "criticised": true, "criticized": true,
	"accused": true, "thanked": true, "praised": true, "invited": true, "replace": true, "replaced": true,
}

// prepSet is prepositions as a wordSet: subjectLike asks once per
// resolved mention.
var prepSet = newWordSet(prepositions)

// wordSet is an immutable set of lower-case words: an open-addressing
// table over a map's keys, probed with the cheap key of wordTab, that
// answers for a word in any case without the map's hashing or a
// lower-cased copy.
type wordSet struct {
	slots []string
	shift uint
	m     map[string]bool // the words, for words that are not plain ASCII
}

func newWordSet(m map[string]bool) wordSet {
	size, shift := 16, uint(64-4)
	for size < 4*len(m) {
		size <<= 1
		shift--
	}
	t := wordSet{slots: make([]string, size), shift: shift, m: m}
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if v {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // the same table whatever the map's order
	for _, k := range keys {
		i := nameKeyHash(k) >> shift
		for t.slots[i] != "" {
			i = (i + 1) & uint64(size-1)
		}
		t.slots[i] = k
	}
	return t
}

// hasLower is m[strings.ToLower(w)] for the set's map m.
func (t wordSet) hasLower(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) || w == "" {
		return lowerGet(t.m, w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lowerGet(t.m, w) // Unicode case mapping
		}
		buf[i] = foldByte(c)
	}
	lw := buf[:len(w)]
	mask := uint64(len(t.slots) - 1)
	for i := nameKeyHash(string(lw)) >> t.shift; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case string(lw):
			return true
		case "":
			return false
		}
	}
}

// subjectLike reports whether the candidate likely heads its clause: not the
// object of a preposition or verb, not a possessor.
func (f *finder) subjectLike(c *cand) bool {
	if f.toks[c.b-1].is(tPoss) {
		return false
	}
	if c.kind == Pronoun {
		w := f.word(c.a)
		return lowerEquals(w, "he") || lowerEquals(w, "she")
	}
	k := c.a - 1
	if k < 0 || f.toks[c.a].sent != f.toks[k].sent {
		return true
	}
	return f.toks[c.a].is(tSentStart) || !prepSet.hasLower(f.word(k)) && !f.lowerIs(k, "and")
}

// walk resolves candidates in text order.
func (f *finder) walk() {
	history := f.sc.history[:0]
	defer func() { f.sc.history = history }()
	lastSent := int32(-1)
	// A pronoun in a clause opening its sentence waits for the name after
	// the clause: "Asked whether she still runs, Park paused."
	pendPron, pendName := -1, -1
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.drop {
			continue
		}
		sent := f.toks[c.a].sent
		switch c.kind {
		case Name:
			if len(c.words) > 1 {
				c.person = f.addPerson(c.words, c.name, c.start)
			} else if len(c.words) == 1 && f.royalSingle(c) {
				c.person = f.royalPerson(c, true)
			} else if len(c.words) == 1 {
				c.person = f.match(c.words[0], c.gender)
				// "Mr Blair" is not "Sir Ian Blair": a knight is never
				// given a courtesy title.
				if c.person >= 0 && f.people[c.person].knight && c.nameA > c.a && f.lowerIs(c.nameA-1, "mr", "mrs", "ms", "miss") {
					if o := f.matchOther(c.words[0], c.gender, c.person); o >= 0 {
						c.person = o
					}
				}
			}
			if c.person < 0 {
				c.drop = true
				continue
			}
			p := f.people[c.person]
			if c.nameA > c.a && f.lowerIs(c.nameA-1, "sir", "dame") {
				p.knight = true
			}
			if ci == pendName {
				if pc := &f.cands[pendPron]; p.gender == 0 || p.gender == pc.gender {
					pc.person = c.person
					if p.gender == 0 {
						p.gender = pc.gender
					}
				}
				pendName = -1
			}
			p.names++
			if c.b-c.a >= 2 && f.toks[c.b-1].is(tAllCaps) {
				if w := f.word(c.b - 1); w == "KC" || w == "QC" || w == "SC" {
					p.bar = true
				}
			}
			if c.gender != 0 && p.gender == 0 {
				p.gender = c.gender
			}
			// The first name's gender depends on the first name word
			// alone: look it up once per word, not once per mention.
			if p.gender == 0 && len(p.toks) > 1 && p.toks[0] != p.firstTried {
				p.firstTried = p.toks[0]
				// The word's classes are its token's when the mention
				// starts with it (a word's token has lookupFold's
				// classes), which saves hashing it again.
				l := f.toks[c.nameA].lex
				if p.toks[0] != c.words[0] {
					l = lookupFold(p.toks[0])
				}
				p.gender = nameGender(l)
				// "Zhou Ya-ling": a Chinese family name the lexicon lists
				// as a man's first name opens a name written family
				// name first, and tells nothing of the gender.
				if p.gender != 0 && len(p.toks) == 2 && hyphenedSyllables(p.toks[1]) {
					p.gender = 0
				}
			}
			// A longer title replaces a role ("President" by "Russian
			// President"); an appositive after a titled name does not.
			// An office replaces the body alone ("of the nurses' union").
			if c.role != "" && (p.role == "" || strings.HasPrefix(p.role, "of ") && !strings.HasPrefix(c.role, "of ") || len(c.role) > len(p.role) && c.titled && strings.Contains(f.s[c.start:int(f.toks[c.nameA].start)], c.role)) {
				p.role = c.role
			}
		case Description:
			if c.appos > ci+1 {
				// "The charity's director, Barbara Stocking,": the name
				// comes next; registering it now is what its turn does.
				n := &f.cands[c.appos-1]
				c.person = f.addPerson(n.words, n.name, n.start)
			} else if c.appos > 0 {
				c.person = f.cands[c.appos-1].person
			} else if c.definite {
				c.person = f.describe(c)
				if c.person < 0 && c.royal {
					c.person = f.titlePerson(c)
				}
				if c.person < 0 && (f.aged(c) || f.toks[c.b-1].lex&(lexNat|lexRole) == lexNat|lexRole || f.performerSays(c) || c.b-c.a == 2 && f.natSays(c.a)) {
					// "The 58-year-old officer": an age tells someone
					// named before, like a pronoun without a gender; so
					// does a nationality noun ("the Spaniard").
					c.person = f.antecedent(c, history)
				} else if c.person < 0 && f.orgRoleSays(c) {
					c.person = f.inView(c, history)
				} else if c.person < 0 {
					c.person = f.classInView(c, history)
				}
				if c.person < 0 && c.b-c.a == 2 && f.toks[c.b-1].is(tLower) && trialRole(f.word(c.b-1)) {
					c.person = f.witnessInView(c, history)
				}
				if c.person >= 0 && f.unnamedSince(ci, c.person) {
					c.person = -1
				}
			}
		case Pronoun:
			if j := f.cataphor(ci); j >= 0 {
				pendPron, pendName = ci, j
				continue
			}
			c.person = f.antecedent(c, history)
			if c.person >= 0 && f.sourceSince(ci, c.person) {
				c.person = -1
			}
			// A speaker's "him" is often someone else: only the
			// narrator's pronouns lend a gender.
			if c.person >= 0 && f.people[c.person].gender == 0 && !f.toks[c.a].is(tInQuote) {
				f.people[c.person].gender = c.gender
			}
		}
		if c.kind == Name && c.person >= 0 && f.people[c.person].gender == 0 && !c.titled && (f.bodyTell(c.b, len(f.people[c.person].toks) == 1) || f.roleOfBody(c.a)) {
			f.people[c.person].itself = true
		}
		// Names inside quotation marks are the speaker's words: they do
		// not become antecedents of the narrator's pronouns.
		if c.person >= 0 && !f.toks[c.a].is(tInQuote) {
			f.people[c.person].lastTok = c.a
			first := sent != lastSent
			if (c.kind == Pronoun || c.kind == Name) && f.reportTag(c) {
				// The speaker a tag names is its sentence's subject; the
				// names in the clause it reports are not.
				for k := len(history) - 1; k >= 0 && history[k].sent == sent; k-- {
					history[k].subj, history[k].firstS = false, false
				}
				first = true
			}
			history = append(history, hist{person: c.person, sent: sent, subj: f.subjectLike(c), firstS: first, end: int32(c.b)})
			lastSent = sent
		}
	}
}

// unnamedSince reports whether an unnamed source with the head noun of
// the definite description ci ("One Labour MP", "a senior officer") was
// introduced after person p was last mentioned: "the MP said" then
// refers back to that anonymous source, not to a named MP before it.
func (f *finder) unnamedSince(ci, p int) bool {
	c := &f.cands[ci]
	last := f.people[p].lastTok
	head := f.word(c.b - 1)
	for j := ci - 1; j >= 0 && j >= ci-40; j-- {
		d := &f.cands[j]
		if d.a <= last {
			return false
		}
		if d.drop || d.kind != Unnamed || d.b-d.a < 2 || f.toks[d.a].lex&lexIndefDet == 0 || f.toks[d.a].is(tInQuote) {
			continue
		}
		// A source opens its sentence or follows a comma; "a trip led by
		// a British prime minister" introduces no one.
		if !f.toks[d.a].is(tSentStart) && (d.a == 0 || !f.toks[d.a-1].is(tCommaAfter)) {
			continue
		}
		if strings.EqualFold(f.word(d.b-1), head) {
			return true
		}
	}
	return false
}

// sourceSince reports whether the "he"/"she" of candidate ci more likely
// stands for an unnamed source whose noun carries its gender ("A
// ministry spokeswoman said ... she added") than for person p: the
// source opens a sentence after p was last mentioned, or the sentence
// in which p was last mentioned.
func (f *finder) sourceSince(ci, p int) bool {
	c := &f.cands[ci]
	// Only the pronoun of a verb of saying: "She flies to Paris" after
	// "A spokeswoman said Ode would travel" is still Ode.
	if c.gender == 0 || f.toks[c.a].is(tInQuote) || !f.speechAfter(c.a) || !f.lowerIs(c.a, "he", "she") {
		return false
	}
	last := f.people[p].lastTok
	if last < 0 {
		return false
	}
	// A mention of p inside the sentence the source opens, after its
	// verb of saying or "for", is the source's words or whom it speaks
	// for: "A hospital spokeswoman said Ode was stable", "A spokeswoman
	// for Ode said". An appositive name is the source itself: "A
	// spokesman for the firm, Dr Rao, said".
	lastSent := f.toks[last].sent
	for j := ci - 1; j >= 0 && j >= ci-30; j-- {
		d := &f.cands[j]
		if f.toks[d.a].sent < lastSent || d.a < last && f.toks[d.a].sent == lastSent && !f.reportedAt(d.b, last) {
			return false
		}
		// Only an indefinite source is new: "The Tory spokesman also
		// criticised" most often describes someone named before.
		// A definite spokesman that takes up an unnamed one ("a
		// spokesman for Ofcom ... The Ofcom spokesman said") is a
		// source too.
		fresh := d.kind == Unnamed && !d.definite || d.kind == Description && d.definite && d.appos == 0 && f.unnamedAgain(j)
		if d.drop || d.person >= 0 || !fresh || d.gender != c.gender {
			continue
		}
		if f.toks[d.a].is(tSentStart) && !f.toks[d.a].is(tInQuote) {
			return true
		}
	}
	return false
}

// reportedAt reports whether token k (after a source ending at token
// from, in its sentence) follows "for" or a verb of saying in between.
func (f *finder) reportedAt(from, k int) bool {
	if k > 0 && f.lowerIs(k-1, "for") {
		return true
	}
	for j := from; j < k && j < from+12; j++ {
		if f.toks[j].lex&lexSpeech != 0 && f.toks[j].is(tLower) {
			return true
		}
	}
	return false
}

// roleOfBody reports whether the name at token k is what a role that
// only a body has is "for" or "of": "Tony Macklin, spokesman for Ask
// Jeeves", "co-founder of Blinkx", "the owner of Harper Mills". Such a
// name of no known gender reads as a firm, so no "he" or "she" means it.
func (f *finder) roleOfBody(k int) bool {
	if k < 2 || f.toks[k-2].sent != f.toks[k].sent || !f.lowerIs(k-1, "for", "of") {
		return false
	}
	return f.lowerIs(k-2, "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "owner", "boss", "executive", "shareholders", "shareholder")
}

// bodyTell reports whether the words from token k on speak of the name
// before them as a thing: "said its", ", which", and after a one-word
// name "said it" ("Ofwat said it would"; "Glen Kopp said it is not
// surprising" is a person's "it").
func (f *finder) bodyTell(k int, oneWord bool) bool {
	if k <= 0 || k+1 >= len(f.toks) || f.toks[k].sent != f.toks[k-1].sent {
		return false
	}
	if f.toks[k-1].is(tCommaAfter) {
		return f.lowerIs(k, "which")
	}
	if f.toks[k].lex&lexSpeech == 0 || !f.toks[k].is(tLower) || f.toks[k+1].sent != f.toks[k].sent {
		return false
	}
	if f.lowerIs(k+1, "its") || oneWord && f.lowerIs(k+1, "it") {
		return true
	}
	// "Morgan Stanley said it would cut 2,000 jobs": a body's plan. Not
	// "said it would be hard", where "it" stands for no one.
	return f.lowerIs(k+1, "it") && k+3 < len(f.toks) && f.toks[k+3].sent == f.toks[k].sent && f.lowerIs(k+2, "would", "will", "plans", "planned", "intends") &&
		f.toks[k+3].is(tLower) && !f.lowerIs(k+3, "be", "not", "take", "make", "help", "have", "never", "also", "only", "happen", "come", "mean", "cost")
}

// nameGender is the gender a first name of lexicon classes l tells.
func nameGender(l uint32) byte {
	switch {
	case l&lexMaleName != 0 && l&lexFemName == 0:
		return 'm'
	case l&lexFemName != 0 && l&lexMaleName == 0:
		return 'f'
	}
	return 0
}

// antecedent picks the person a pronoun means: the subject of the current
// or a recent sentence whose gender fits, nearer sentences first.
func (f *finder) antecedent(c *cand, history []hist) int {
	sent := f.toks[c.a].sent
	best, bestScore := -1, -1e9
	// "said he" points at the speaker; "asked him" does not.
	nominative := f.lowerIs(c.a, "he", "she")
	// "Asked about Prates, he said": the one asked about is not the
	// subject answering.
	askedAbout := nominative && f.askedClauseBefore(c.a)
	// "The poster showed Mr Howard as a hypnotist, he argued": a "he"
	// tagging the clause before it reports that clause, so the names in
	// it are what was said, not who said it.
	tag := f.reportTag(c)
	var asked [4]int
	nAsked := 0

	// A bounded look-back keeps the walk linear on text without sentence ends.
	for k := len(history) - 1; k >= 0 && k >= len(history)-40; k-- {
		h := &history[k]
		d := sent - h.sent
		if d > 4 {
			break
		}
		p := f.people[h.person]
		if c.gender != 0 && (p.gender != 0 && p.gender != c.gender || p.itself) {
			continue
		}
		if askedAbout {
			// Nor, further back, anyone the clause names.
			if d == 0 {
				if nAsked < len(asked) {
					asked[nAsked] = h.person
					nAsked++
				}
				continue
			}
			if slices.Contains(asked[:nAsked], h.person) {
				continue
			}
		}
		if d == 0 && !nominative && f.boundObject(c, h) {
			continue
		}
		score := -2.0 * float64(d)
		if d == 0 && tag {
			score -= 4
		}
		if h.subj {
			score += 1.5
		}
		if h.firstS {
			score += 0.5
		}
		if d == 0 && h.subj && nominative && f.saysOf(int(h.end), c.a) {
			// "Hale spoke, but Roy said he would ...": the speaker whose
			// words hold the pronoun, over the sentence's first subject.
			score++
		}
		if d == 0 && nominative && int(h.end)+1 < c.a && f.lowerIs(int(h.end), "who") && f.saysOf(int(h.end)+1, c.a) {
			// "Brennan met Roy, who said he ...": Roy, though an object.
			score += 2.5
		}
		if p.gender == c.gender {
			score += 1
		}
		if score > bestScore {
			best, bestScore = h.person, score
		}
	}
	// "Russo said the island could not cope. ¶ “Q1. Q2. Q3. ¶ “Q4,” he
	// said.": the one who spoke just before the quotation, though of no
	// known gender, over a man named twice further back.
	if c.gender != 0 && (best < 0 || f.people[best].gender == 0 && f.people[best].names < 2) &&
		!(best >= 0 && c.a > 0 && f.toks[c.a-1].is(tInQuote) && history[len(history)-1].person == best && history[len(history)-1].subj &&
			f.quotedSince(c, &history[len(history)-1], 0)) {
		// "Sarah Okafor said ... Tom Okafor said ... Energy bills rose.
		// “Q,” she said": beyond the look-back, the one woman named twice.
		best = f.gendered(c, history, best)
	}
	if best < 0 && len(history) > 0 {
		best = f.pastQuotes(c, &history[len(history)-1])
	}
	return best
}

// reportTag reports whether the pronoun c is a "he"/"she" tagging the
// clause before it as speech: "The poster showed Mr Howard as a
// hypnotist, he argued", "Ms Ode, she said, would stay".
//
// Not after a quotation's closing marks (",” he said"), nor after a
// fronted adverbial clause, whose subject is often the speaker: "When
// Ann Ode was asked, she said", "As for Ode, she said".
func (f *finder) reportTag(c *cand) bool {
	// A name tags the clause too when the sentence ends on its verb:
	// "Ms Ode had been upset, Pike said."
	named := c.kind == Name && c.b+1 < len(f.toks) && f.toks[c.b].is(tLower) && f.toks[c.b].sent == f.toks[c.a].sent &&
		(c.b+1 >= len(f.toks) || f.toks[c.b+1].sent != f.toks[c.b].sent)
	if c.a == 0 || !named && !f.lowerIs(c.a, "he", "she") || !f.toks[c.a-1].is(tCommaAfter) || f.toks[c.a-1].sent != f.toks[c.a].sent ||
		f.toks[c.a].is(tInQuote) || f.toks[c.a-1].is(tInQuote) || !f.speechAfter(c.b-1) {
		return false
	}
	if strings.TrimSpace(f.s[f.toks[c.a-1].end:f.toks[c.a].start]) != "," {
		return false
	}
	s0 := c.a - 1
	for s0 > 0 && f.toks[s0-1].sent == f.toks[c.a].sent {
		s0--
	}
	if f.lowerIs(s0, "but", "and", "yet", "so", "then") && s0+1 < c.a {
		s0++
	}
	return !f.lowerIs(s0, "when", "whenever", "while", "as", "if", "after", "before", "although", "though", "once", "since", "because",
		"unless", "until", "asked", "speaking", "despite", "regarding", "for", "on", "with", "like", "unlike", "having")
}

// askedClauseBefore reports whether the token before k closes an opening
// clause of asking ("Asked about the senator,", "Pressed on the
// deal,", "When questioned about Ode,") that k's sentence opens with.
func (f *finder) askedClauseBefore(k int) bool {
	if k < 2 || !f.toks[k-1].is(tCommaAfter) {
		return false
	}
	sent := f.toks[k].sent
	s0 := k - 1
	for s0 > 0 && f.toks[s0-1].sent == sent && k-s0 < 14 {
		// "Asked about her pay, she said": a pronoun in the clause is
		// the subject's own.
		if s0--; f.toks[s0].is(tCommaAfter) || f.toks[s0].lex&(lexPronM|lexPronF) != 0 {
			return false
		}
	}
	if !f.toks[s0].is(tSentStart) {
		return false
	}
	if f.lowerIs(s0, "when") && s0+1 < k {
		s0++
	}
	return f.lowerIs(s0, "asked", "questioned", "pressed", "quizzed", "challenged")
}

// cataphor returns the index of the name candidate a pronoun in a
// clause opening its sentence points forward to ("Asked whether she
// still runs, Park paused", "After he spoke, Ode said"), or -1. A
// possessive ("After his suspension, Ann Ode ...") looks back.
func (f *finder) cataphor(ci int) int {
	c := &f.cands[ci]
	if c.gender == 0 || !f.lowerIs(c.a, "he", "she") || f.toks[c.a].is(tInQuote) {
		return -1
	}
	sent := f.toks[c.a].sent
	s0 := c.a
	for s0 > 0 && f.toks[s0-1].sent == sent && c.a-s0 < 12 {
		if s0--; f.toks[s0].is(tCommaAfter) {
			return -1
		}
	}
	if s0 == c.a || !f.toks[s0].is(tSentStart) || !f.toks[s0].is(tCap) ||
		!f.lowerIs(s0, "asked", "after", "when", "before", "although", "though", "while", "once", "having", "pressed", "questioned", "told", "until", "despite") {
		return -1
	}
	e := c.a
	for e < len(f.toks) && f.toks[e].sent == sent && !f.toks[e].is(tCommaAfter) && e-c.a < 15 {
		e++
	}
	if e+1 >= len(f.toks) || !f.toks[e].is(tCommaAfter) || f.toks[e+1].sent != sent {
		return -1
	}
	for j := ci + 1; j < len(f.cands) && f.cands[j].a <= e+1; j++ {
		if n := &f.cands[j]; !n.drop && n.a == e+1 && n.kind == Name {
			return j
		}
	}
	return -1
}

// boundObject reports whether the object pronoun c ("him", "her" before
// no noun) stands in the clause of which the person mentioned at h is the
// subject, so cannot mean that person: "Judge Ode asked him", "Kim, who
// has coached her since 2019". Only a verb, its auxiliaries and "who"
// may stand between them.
func (f *finder) boundObject(c *cand, h *hist) bool {
	if !h.subj || c.a-int(h.end) > 4 || int(h.end) > c.a {
		return false
	}
	if f.lowerIs(c.a, "her") {
		// "her" is an object before a preposition, a conjunction or a
		// stop, a possessive before anything else: "Ode thanked her
		// staff", "Ode won her third title".
		if n := c.a + 1; n < len(f.toks) && f.toks[n].sent == f.toks[c.a].sent && !f.toks[c.a].is(tCommaAfter) && !f.toks[c.a].is(tDotAfter) &&
			!prepSet.hasLower(f.word(n)) && !f.lowerIs(n, "whether", "that", "and", "or", "but", "if", "because", "when", "as", "so", "after", "before", "since", "until", "while", "again", "not") {
			return false
		}
	} else if !f.lowerIs(c.a, "him") {
		return false
	}
	k := int(h.end)
	if k < c.a && f.lowerIs(k, "who") {
		k++
	} else if f.toks[k-1].is(tCommaAfter) {
		return false
	}
	verbs := 0
	for ; k < c.a; k++ {
		t := &f.toks[k]
		if !t.is(tLower) || t.is(tCommaAfter) || t.is(tDotAfter) {
			return false
		}
		if t.lex&lexFunc != 0 && t.lex&lexSpeech == 0 {
			if !f.lowerIs(k, "has", "had", "have", "was", "is", "will", "would", "did", "also", "then", "just", "never") {
				return false // "Ode said it hurt him": a new subject
			}
			continue
		}
		verbs++
	}
	return verbs == 1
}

// gendered returns, for a pronoun that would go to a person of unknown
// gender named once (best), the person of the pronoun's gender named
// twice or more within ten sentences before, when there is just one and
// best was last named two sentences back or more, in an earlier
// paragraph:
// "Gov. Dana Whitcomb ... Her message ... said Jamie Rhome ... She
// later told reporters". Otherwise best.
func (f *finder) gendered(c *cand, history []hist, best int) int {
	sent := f.toks[c.a].sent
	found := -1
	for k := len(history) - 1; k >= 0 && k >= len(history)-40; k-- {
		h := &history[k]
		if sent-h.sent > 10 {
			break
		}
		if h.person == best && (sent-h.sent < 2 || strings.IndexByte(f.s[f.toks[h.end-1].end:c.start], '\n') < 0) {
			return best // "Cummins, who ..., was measured. “Q,” he said"
		}
		p := f.people[h.person]
		if p.gender != c.gender || h.person == found {
			continue
		}
		if found >= 0 || p.names < 2 {
			return best
		}
		found = h.person
	}
	if found < 0 {
		return best
	}
	return found
}

// pastQuotes returns the person last mentioned, h, as the antecedent of a
// pronoun beyond the usual look-back when the sentences between are
// nearly all quoted speech: in "“...,” Dempsey said. “They didn't. We
// paid too much. ¶ “That has to change. But it takes time.” ¶ Asked
// about her pay, she ..." the quotation is the speaker's and keeps her
// in view. Or -1.
func (f *finder) pastQuotes(c *cand, h *hist) int {
	sent := f.toks[c.a].sent
	if d := sent - h.sent; d <= 4 || d > 16 {
		return -1
	}
	if p := f.people[h.person]; c.gender != 0 && (p.gender != 0 && p.gender != c.gender || p.itself) {
		return -1
	}
	if !f.quotedSince(c, h, 2) {
		return -1
	}
	return h.person
}

// quotedSince reports whether the sentences between history entry h and
// the pronoun c are nearly all quoted speech: at most most of them tell
// anything outside quotation marks.
func (f *finder) quotedSince(c *cand, h *hist, most int) bool {
	if c.a-int(h.end) > 2000 {
		return false // sentences this long are no quotations: keep it linear
	}
	narrative, cur, told := 0, h.sent, true
	for k := int(h.end); k < c.a; k++ {
		t := &f.toks[k]
		if t.sent != cur {
			cur, told = t.sent, false
		}
		if !told && !t.is(tInQuote) {
			told = true
			if narrative++; narrative > most {
				return false
			}
		}
	}
	return true
}

// saysOf reports whether a speech verb at token v governs the pronoun at
// token p a few words on: "said he", "told reporters that he".
func (f *finder) saysOf(v, p int) bool {
	if v >= p || p-v > 4 || !f.toks[v].is(tLower) || f.toks[v].lex&lexSpeech == 0 || f.toks[v].is(tCommaAfter) {
		return false
	}
	for k := v + 1; k < p; k++ {
		if f.toks[k].is(tCommaAfter) || f.toks[k].is(tDotAfter) {
			return false
		}
	}
	return true
}

// describe resolves "the prime minister" or "the British leader" to the
// person whose role fits best, the latest mentioned on a tie.
func (f *finder) describe(c *cand) int {
	// "the company's president and chief executive": the first role
	// first, then the last.
	for k := c.a + 2; k < c.b-1; k++ {
		if f.toks[k].lex&lexFunc != 0 && f.lowerIs(k, "and") {
			first := *c
			first.b = k
			if p := f.describe(&first); p >= 0 {
				return p
			}
			break
		}
	}
	var head string
	var modBuf [4]string // a description has few modifiers: no allocation
	mods := modBuf[:0]
	// qualified: a nationality or a capitalised name ("the German
	// chancellor", "the NordLine chief executive") that a guess at an
	// untitled person cannot check.
	qualified := false
	for k := c.a + 1; k < c.b; k++ {
		w := strings.ToLower(f.word(k))
		if k == c.b-1 {
			head = w
			continue
		}
		// A country rules out a guess; a party ("Liberal Democrat") or
		// a state ("the Ohio governor") does not, as roles seldom name it.
		l := f.toks[k].lex
		if l&(lexNat|lexPlace) != 0 && natCode[w] != "" {
			qualified = true
		} else if f.toks[k].is(tCap) && l&(lexRoleMod|lexPlace|lexNat|lexOrgSingle) == 0 && natCode[w] == "" {
			qualified = true
			w = "\x00" + w // an organisation: must agree with the role's
		}
		mods = append(mods, w)
	}
	if head == "" || f.toks[c.b-1].lex&lexRole == 0 {
		return -1
	}
	if head == "head" && c.b+1 < len(f.toks) && f.lowerIs(c.b, "of") && f.lowerIs(c.b+1, "state", "government") {
		// "the head of state" is the president or monarch, "the head
		// of government" the prime minister or president.
		head = "leader"
	}
	kinds := roleKinds[head] // looked up once, not once per person
	best, bestScore, bestLast := -1, 1.5, -2
	// A person introduced without a title is the likeliest holder of an
	// office nobody else in the article holds: "Tony Blair is urging ...
	// the prime minister said".
	untitled, untitledLast := -1, -1
	for pi, p := range f.people {
		// The role test last: it is the dear one, and most people were
		// last named too far back.
		if p.lastTok > untitledLast && f.toks[c.a].sent-f.toks[p.lastTok].sent <= 3 && (p.gender != 0 || len(p.toks) > 1) && (p.role == "" || p.relativeRole()) {
			untitled, untitledLast = pi, p.lastTok
		}
	}
	// "The king and Queen Ana ... The monarch": beside a king the queen
	// is his consort (a queen who reigns has a prince beside her).
	kingNamed := head == "monarch" && slices.ContainsFunc(f.people, func(p *person) bool {
		_, words, _ := p.roleWords()
		return slices.Contains(words, "king") || slices.Contains(words, "emperor")
	})
	need := describeNeed(head, kinds)
	for pi, p := range f.people {
		if p.role == "" {
			continue
		}
		low, words, orgs := p.roleWords()
		if p.roleSig&need == 0 {
			continue // roleScore would give 0, which never beats bestScore
		}
		if kingNamed && (slices.Contains(words, "queen") || slices.Contains(words, "empress")) {
			continue
		}
		score := roleScore(low, words, orgs, head, kinds, mods)
		if p.lastTok < 0 {
			score -= 0.5
		}
		if score > bestScore || score == bestScore && p.lastTok > bestLast {
			best, bestScore, bestLast = pi, score, p.lastTok
		}
	}
	if best < 0 && !qualified {
		switch head {
		case "president", "minister", "premier", "chancellor", "secretary", "leader", "governor", "mayor", "senator", "politician":
			return untitled
		}
	}
	return best
}

// relativeRole reports whether the person's role says only how its holder
// stands to others ("The incumbent, Andy Burnham,", "his Mexican
// counterpart"), which leaves the office open: such a holder may be "the
// mayor".
func (p *person) relativeRole() bool {
	_, rw, _ := p.roleWords()
	if len(rw) == 0 {
		return false
	}
	if rw[0] == "of" {
		// "of the nurses' union" tells whom the person speaks for, not
		// which office they hold.
		return true
	}
	switch rw[len(rw)-1] {
	case "incumbent", "challenger", "rival", "opponent", "ally", "counterpart", "predecessor", "successor":
		return true
	}
	return false
}

// heads of state and government: "the leader" may mean any of them.
var leaderRoles = []string{"president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "emir", "sultan"}

// roleKinds maps a description's head noun to roles it also names: a
// class ("politician") to its members, or an office to another name of it
// ("the CFO", "the finance chief"). Entries of two words match a role
// holding them in that order.
var roleKinds = map[string][]string{
	"politician": {"senator", "minister", "mp", "mep", "lawmaker", "congressman", "congresswoman", "legislator", "president", "governor", "mayor", "premier", "chancellor", "councillor", "representative", "party leader", "opposition leader", "prime minister"},
	"lawmaker":   {"senator", "mp", "mep", "congressman", "congresswoman", "legislator", "representative", "assemblyman", "assemblywoman"},
	"legislator": {"senator", "mp", "mep", "congressman", "congresswoman", "lawmaker", "representative"},
	"diplomat":   {"ambassador", "envoy", "consul", "foreign minister", "foreign secretary", "secretary of state", "secretary-general", "under-secretary-general"},
	"envoy":      {"ambassador"},
	"lawyer":     {"attorney", "barrister", "solicitor", "counsel", "advocate"},
	"attorney":   {"lawyer", "counsel"},
	"boss":       {"chief executive", "ceo", "chairman", "chairwoman", "head", "director", "manager", "chief", "owner"},
	"executive":  {"ceo", "cfo", "coo", "chairman", "chairwoman", "director", "chief"},
	"ceo":        {"chief executive"},
	"cfo":        {"finance chief", "finance director", "chief financial officer", "financial officer"},
	"chancellor": {"finance minister", "finance secretary"},
	"reporter":   {"journalist", "correspondent"},
	"officer":    {"general", "gen", "colonel", "col", "captain", "capt", "major", "lieutenant", "commander", "admiral", "sergeant", "inspector", "superintendent", "commissioner", "constable"},
	"premier":    {"prime minister"},
	"republican": {"senator", "sen", "rep", "gov", "governor", "congressman", "congresswoman", "lawmaker", "representative", "mayor", "candidate", "nominee"},
	"democrat":   {"senator", "sen", "rep", "gov", "governor", "congressman", "congresswoman", "lawmaker", "representative", "mayor", "candidate", "nominee"},
	// Abbreviated titles: "Sen. Karen Whitfield" is "the senator".
	"senator":        {"sen"},
	"governor":       {"gov"},
	"general":        {"gen"},
	"representative": {"rep"},
	"congressman":    {"rep"},
	"congresswoman":  {"rep"},
	"professor":      {"prof"},
	"journalist":     {"reporter", "correspondent", "editor", "columnist"},
	"doctor":         {"physician", "surgeon", "consultant", "gp", "paediatrician", "pediatrician", "cardiologist", "oncologist", "psychiatrist"},
	"spokesperson":   {"spokesman", "spokeswoman", "press secretary", "chief cabinet secretary"},
	// Offices whose holder is the government's voice: "the top government
	// spokesman" is Japan's chief cabinet secretary, "the White House
	// spokeswoman" the press secretary.
	"spokesman":   {"press secretary", "chief cabinet secretary"},
	"spokeswoman": {"press secretary", "chief cabinet secretary"},
	"monarch":     {"king", "queen", "emperor", "empress", "sultan", "emir"},
	// A football club's manager is its coach: "the Portuguese coach".
	// A team's captain is its skipper: "the skipper said".
	"skipper":       {"captain"},
	"captain":       {"skipper"},
	"coach":         {"manager", "head coach"},
	"manager":       {"coach", "head coach"},
	"businessman":   {"founder", "chief executive", "owner", "tycoon", "billionaire", "entrepreneur"},
	"businesswoman": {"founder", "chief executive", "owner", "tycoon", "billionaire", "entrepreneur"},
	"tycoon":        {"founder", "owner", "billionaire", "businessman", "businesswoman", "magnate", "mogul"},
	"billionaire":   {"founder", "owner", "tycoon", "businessman", "businesswoman", "magnate", "mogul"},
}

// sharesMod reports whether a plain modifier of a description (no
// nationality or organisation) is a word of the role: "defence" in "the
// defence chief" and "Defence Minister".
func sharesMod(mods, rw []string) bool {
	for _, m := range mods {
		if m != "" && m[0] != 0 && natCode[m] == "" && slices.Contains(rw, m) {
			return true
		}
	}
	return false
}

// sharesOrg reports whether an organisation modifier of a description
// is a word of the role: "Fed" in "the Fed chief" and "Fed Chair".
func sharesOrg(mods, rw []string) bool {
	for _, m := range mods {
		if q, ok := strings.CutPrefix(m, "\x00"); ok && slices.Contains(rw, q) {
			return true
		}
	}
	return false
}

// kindOf reports whether the role (lower case, split into rw) is one of
// kinds, the roleKinds of a description's head.
func kindOf(kinds []string, role string, rw []string) bool {
	for _, k := range kinds {
		if a, b, two := strings.Cut(k, " "); two {
			if i := slices.Index(rw, a); i >= 0 && i+1 < len(rw) && rw[i+1] == b {
				return true
			}
			if strings.Contains(role, k) {
				return true
			}
		} else if strings.IndexByte(k, '-') > 0 {
			if strings.Contains(role, k) { // splitRole splits at hyphens
				return true
			}
		} else if slices.Contains(rw, k) {
			return true
		}
	}
	return false
}

// splitRole splits a lower-cased role into its words at spaces and
// hyphens, without possessive endings ("South Korea's president": the
// country), and marks in orgs the words that may name an organisation:
// after "of", "at" or "for", or before a possessive ("chief executive of
// Baltic Ferries", "NordLine's head of safety").
func splitRole(role string) (rw []string, orgs uint16) {
	afterPrep := false
	for i, start := 0, -1; i <= len(role); i++ {
		if i < len(role) && role[i] != ' ' && role[i] != '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := role[start:i]
			x := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if (afterPrep || len(x) < len(w)) && len(rw) < 16 {
				orgs |= 1 << len(rw)
			}
			rw = append(rw, x)
			switch x {
			case "of", "at", "for":
				afterPrep = true
			}
		}
		start = -1
	}
	return rw, orgs
}

// roleWords returns the person's role, which is not empty, lower-cased and
// split as roleScore reads it, computed once per role: describe scores
// every person with a role for every description.
func (p *person) roleWords() (string, []string, uint16) {
	if p.roleFor != p.role {
		low := strings.ToLower(p.role)
		p.roleFor, p.roleLow = p.role, low
		p.roleSplit, p.roleOrgs = splitRole(low)
		p.roleSig = 0
		for _, w := range p.roleSplit {
			p.roleSig |= roleWordBit(w)
		}
	}
	return p.roleLow, p.roleSplit, p.roleOrgs
}

// roleWordBit is a word's bit in a 64-bit signature of a role's words:
// a person whose signature shares no bit with a description's is passed
// over without scoring (see describeNeed).
func roleWordBit(w string) uint64 {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return 1 << (h % 64)
}

// describeNeed is the signature of the role words one of which a role must
// hold for roleScore to give it anything for a description of head (whose
// roleKinds are kinds), or all bits when a rule there matches inside the
// role rather than by word. It lets describe pass over most people
// cheaply: a story naming thousands of role holders made each description
// score them all.
func describeNeed(head string, kinds []string) uint64 {
	const all = ^uint64(0)
	if head == "leader" || strings.IndexByte(head, '-') >= 0 {
		return all // leaderRoles and hyphenated heads match inside the role
	}
	need := roleWordBit(head)
	switch head {
	case "president", "premier":
		need |= roleWordBit("leader") | roleWordBit("chief")
	case "minister":
		need |= roleWordBit("secretary")
	case "chief":
		for _, w := range []string{"minister", "secretary", "head", "director", "chair", "chairman", "chairwoman", "governor"} {
			need |= roleWordBit(w)
		}
	}
	for _, k := range kinds {
		if strings.ContainsAny(k, " -") {
			return all // kindOf matches these inside the role
		}
		need |= roleWordBit(k)
	}
	return need
}

// roleScore scores how well the lower-cased role, split into the words
// rw (orgs marking those that may name an organisation), fits a
// description of head (whose roleKinds are kinds) and modifiers mods.
func roleScore(role string, rw []string, orgs uint16, head string, kinds []string, mods []string) float64 {
	has := func(w string) bool { return slices.Contains(rw, w) }
	// The head must be the role's own, not that of a person it relates
	// to: "wife of Prime Minister Daniel Ruiz" is no prime minister,
	// "spokesman for the president" no president.
	own, ownRole := rw, role
	for i, x := range rw {
		if x == "of" || x == "to" || x == "for" {
			own = rw[:i]
			if k := strings.Index(role, " "+x+" "); k >= 0 {
				ownRole = role[:k]
			}
			if i == 0 { // "of the nurses' union": no office of its own
				ownRole = ""
			}
			break
		}
	}
	hasOwn := func(w string) bool { return slices.Contains(own, w) }
	score := 0.0
	switch {
	case hasOwn(head) || strings.IndexByte(head, '-') > 0 && strings.Contains(ownRole, head):
		// splitRole splits "vice-premier"; the head keeps it whole.
		if head == "leader" && partLeader(own, mods) {
			return 0
		}
		// "the prime minister" is the one in office, not "former Prime
		// Minister Nawaz Sharif"; "the former prime minister" is the
		// other. A class noun ("the veteran politician") may be either.
		if slices.Contains(own, "former") != slices.Contains(mods, "former") {
			return 0
		}
		if otherRank(own, mods, head) {
			return 0
		}
		score += 3
	case head == "leader":
		for _, l := range leaderRoles {
			if strings.Contains(ownRole, l) {
				score += 2
				break
			}
		}
	case (head == "president" || head == "premier") && (hasOwn("leader") || hasOwn("chief")) && (has("kremlin") || has("elysee") || has("élysée")):
		// "the Russian president" for "Putin, the Kremlin leader": the
		// seat of the office stands for it.
		score += 2
	case head == "minister" && hasOwn("secretary") && slices.ContainsFunc(own, isPortfolio):
		// "the Labour minister" for "Energy Secretary Ed Miliband", not
		// for a press or general secretary.
		score += 2
	case head == "chief" && (hasOwn("minister") || hasOwn("secretary") || hasOwn("head") || hasOwn("director") || hasOwn("chair") || hasOwn("chairman") || hasOwn("chairwoman") || hasOwn("governor")) && (sharesMod(mods, rw) || sharesOrg(mods, rw)):
		// "the defence chief" for the defence minister, but not "the
		// police chief" for the interior minister.
		score += 2
	case kindOf(kinds, ownRole, own):
		// "the veteran politician" for a senator, "the CFO" for the
		// finance chief.
		if strings.HasPrefix(head, "spokes") && slices.ContainsFunc(mods, func(m string) bool {
			return m == "" || m[0] == 0 || lexicon[m]&(lexRoleMod|lexOrgNoun) == 0 || lexicon[m]&lexOrgSingle != 0
		}) {
			return 0 // "the Pentagon spokesman" is not the press secretary
		}
		score += 2
	default:
		return 0
	}
	roleNat := ""
	for _, x := range rw {
		if c, ok := natCode[x]; ok {
			roleNat = c
			break
		}
	}
	for _, m := range mods {
		if q, ok := strings.CutPrefix(m, "\x00"); ok {
			if has(q) {
				score++
			} else if namesOrg(rw, orgs) {
				return 0 // "the NordLine chief executive" is not Baltic Ferries'
			}
			continue
		}
		if c, ok := natCode[m]; ok {
			if roleNat == "" {
				continue
			}
			if c != roleNat {
				if c == "un" || c == "eu" || roleNat == "un" || roleNat == "eu" {
					continue // "the Norwegian diplomat" may work for the UN
				}
				return 0
			}
			score += 2
			continue
		}
		if has(m) {
			score++
		} else if lexicon[m]&lexRoleMod != 0 && isPortfolio(m) {
			// "the foreign secretary" is not the home secretary.
			for _, x := range rw {
				if x != m && isPortfolio(x) {
					return 0
				}
			}
		}
	}
	return score
}

// rankMods are the modifiers that make another office of a role: the
// deputy prime minister is not "the prime minister", nor the shadow
// chancellor "the chancellor", nor the aid minister "the prime minister".
var rankMods = [...]string{"deputy", "vice", "shadow", "assistant", "junior", "under", "prime"}

// otherRank reports whether the role words own and a description's mods
// disagree on a rankMods word that is no part of the head
// ("vice-president" keeps its "vice").
func otherRank(own, mods []string, head string) bool {
	// One pass over each list (roleScore runs for every person with a
	// role and every description): most hold no rankMods word at all.
	a, b := rankBits(own), rankBits(mods)
	if a == b {
		return false
	}
	for i, m := range rankMods {
		if (a^b)&(1<<i) != 0 && !strings.Contains(head, m) {
			return true
		}
	}
	return false
}

// rankBits marks the rankMods words among ws.
func rankBits(ws []string) uint8 {
	var bits uint8
	for _, w := range ws {
		switch w {
		case "deputy":
			bits |= 1
		case "vice":
			bits |= 2
		case "shadow":
			bits |= 4
		case "assistant":
			bits |= 8
		case "junior":
			bits |= 16
		case "under":
			bits |= 32
		case "prime":
			bits |= 64
		}
	}
	return bits
}

// namesOrg reports whether one of the role words marked in orgs names an
// organisation: a word that is no function word, role or nationality.
func namesOrg(rw []string, orgs uint16) bool {
	for i, x := range rw {
		if orgs&(1<<i) != 0 && lexicon[x]&(lexFunc|lexRole|lexRoleMod|lexNat) == 0 && natCode[x] == "" {
			return true
		}
	}
	return false
}

func isPortfolio(w string) bool {
	switch w {
	case "foreign", "home", "defence", "defense", "finance", "health", "justice", "trade", "education",
		"culture", "interior", "environment", "energy", "transport", "treasury", "commerce", "labor", "agriculture", "prime", "vice", "deputy":
		return true
	}
	return false
}

// cast builds the output: people in order of first mention, mentions sorted.
func (f *finder) cast() *Cast {
	// Count first, so that the output takes three allocations: the
	// mentions, the people, and one array that the people's surface forms
	// share (each person's part capped so that appends stay apart).
	counts := grow(f.sc.counts, len(f.people))
	f.sc.counts = counts
	n, forms, people := 0, 0, 0
	for i := range f.cands {
		c := &f.cands[i]
		if c.drop {
			continue
		}
		n++
		if c.person >= 0 {
			if counts[c.person] == 0 {
				people++
			}
			counts[c.person]++
			forms++
		}
	}
	out := &Cast{Mentions: make([]Mention, 0, n)}
	if people > 0 {
		out.People = make([]newsbot.Person, 0, people)
	}
	backing := make([]string, forms)
	for i := range f.cands {
		c := &f.cands[i]
		if c.drop {
			continue
		}
		pi := -1
		if c.kind == Name && c.person >= 0 && c.b-c.a == 1 && c.a > 0 && f.toks[c.a-1].lex&lexParticle != 0 && f.toks[c.a-1].is(tLower) {
			// "de la Cruz said", "von der Leyen said": the lower-case
			// particles of the person's surname belong to the mention.
			c.start = f.particlesBefore(c, f.people[c.person], out.Mentions)
		}
		txt := f.s[c.start:c.end]
		if c.person >= 0 {
			p := f.people[c.person]
			if p.out < 0 {
				p.out = len(out.People)
				k := int(counts[c.person])
				out.People = append(out.People, newsbot.Person{Name: p.name, Role: p.role, Mentions: backing[:0:k]})
				backing = backing[k:]
			}
			pi = p.out
			found := false
			for _, m := range out.People[pi].Mentions {
				if m == txt {
					found = true
					break
				}
			}
			if !found {
				out.People[pi].Mentions = append(out.People[pi].Mentions, txt)
			}
		}
		out.Mentions = append(out.Mentions, Mention{Start: c.start, End: c.end, Text: txt, Kind: c.kind, Person: pi})
	}
	for _, p := range f.people {
		if p.out >= 0 {
			out.People[p.out].Name = p.name
			out.People[p.out].Role = p.role
			out.People[p.out].Gender = genderString(p.gender)
		}
	}
	return out
}

// particlesBefore returns where the one-word name mention c starts once
// the lower-case particles before it that end p's name ("Rafael de la
// Cruz" … "de la Cruz said") are taken in; c.start when there are none.
func (f *finder) particlesBefore(c *cand, p *person, prev []Mention) int {
	start := c.start
	// The word may stand before a suffix: "van Beethoven" of "Ludwig van
	// Beethoven Jr".
	t := len(p.toks) - 1
	for t > 0 && !strings.EqualFold(p.toks[t], f.word(c.a)) {
		t--
	}
	t--
	for k := c.a - 1; k >= 0 && t >= 1 && f.toks[k+1].is(tJoin) && f.toks[k].lex&lexParticle != 0 && f.toks[k].is(tLower) && strings.EqualFold(f.word(k), p.toks[t]); k, t = k-1, t-1 {
		start = int(f.toks[k].start)
	}
	if len(prev) > 0 && prev[len(prev)-1].End > start {
		return c.start
	}
	return start
}

func genderString(g byte) string {
	switch g {
	case 'm':
		return "m"
	case 'f':
		return "f"
	}
	return ""
}

// ledeForward names the description that opens an article when the next
// paragraphs name its holder: "A federal judge on Thursday blocked the
// law ... ¶ U.S. District Judge Elena Marquez wrote", "The chief
// executive of one of England's largest water companies has said ... ¶
// ... Clare Dempsey, chief executive of Northfield Water, said". Only the
// first person named after the first paragraph is a candidate, within two
// paragraphs, and none when the first paragraph names anyone: an
// indefinite description needs its head noun in that person's role, a
// definite one a role that fits or none at all.
func (f *finder) ledeForward() {
	nl := strings.IndexByte(f.s, '\n')
	if nl < 0 {
		return
	}
	first := -1
	for ci := range f.cands {
		c := &f.cands[ci]
		if !c.drop && c.kind == Name && c.person >= 0 && !f.toks[c.a].is(tInQuote) {
			if c.start < nl {
				return // the lede names its own people
			}
			first = ci
			break
		}
	}
	if first < 0 || strings.Count(f.s[nl:f.cands[first].start], "\n\n") > 2 {
		return
	}
	if f.ledeTitled(nl, first) {
		return
	}
	pi := f.cands[first].person
	p := f.people[pi]
	for ci := range f.cands[:first] {
		c := &f.cands[ci]
		if c.start >= nl || c.drop || c.person >= 0 || c.kind != Description && c.kind != Unnamed || f.toks[c.a].is(tInQuote) {
			continue
		}
		hl := f.toks[c.b-1].lex
		if hl&lexRole == 0 || hl&lexUnnamedPl != 0 || !f.ledeSubject(c) {
			continue
		}
		if hl&lexFemRole != 0 && p.gender == 'm' || hl&lexMaleRole != 0 && p.gender == 'f' {
			continue
		}
		head := strings.ToLower(f.word(c.b - 1))
		fits := false
		if p.role == "" {
			// "A former county treasurer ... ¶ Gary Whitlock, 61,
			// testified": an indefinite one when the name opens the
			// next paragraph.
			fc := &f.cands[first]
			fits = c.definite || fc.start > nl && onlySpace(f.s[nl:fc.start])
		} else {
			low, words, orgs := p.roleWords()
			if c.definite {
				fits = roleScore(low, words, orgs, head, roleKinds[head], nil) > 0
			} else {
				// "A former ... contestant has said she felt ... ¶
				// Speaking to ..., the singer Amber Rhodes said": a lede
				// speaker whose noun the role lacks, when the person
				// named next speaks in the second paragraph.
				fc := &f.cands[first]
				fits = slices.Contains(words, head) ||
					f.ledeSays(c) && strings.Count(f.s[nl:fc.start], "\n\n") == 1 && fc.b < len(f.toks) && f.toks[fc.b].lex&lexSpeech != 0 && f.toks[fc.b].is(tLower)
			}
		}
		if fits {
			c.person = pi
			return
		}
	}
}

// ledeTitled resolves a definite description of the lede that is no
// subject ("jailed for nine years, with the judge calling ...") to the one
// person the article later gives that title to ("Judge Miriam Okafor"),
// when no other person holds a role with that head word. It reports
// whether it resolved one.
func (f *finder) ledeTitled(nl, first int) bool {
	for ci := range f.cands[:first] {
		c := &f.cands[ci]
		if c.start >= nl || c.drop || c.person >= 0 || c.kind != Description || !c.definite || c.b-c.a != 2 || f.toks[c.a].is(tInQuote) {
			continue
		}
		hl := f.toks[c.b-1].lex
		if hl&lexRole == 0 || hl&lexUnnamedPl != 0 || !f.toks[c.b-1].is(tLower) {
			continue
		}
		head := f.word(c.b - 1)
		pi := -1
		for i, p := range f.people {
			if len(p.role) < len(head) || !strings.HasPrefix(p.role, strings.ToUpper(head[:1])+head[1:]) || len(p.role) > len(head) && p.role[len(head)] != ' ' {
				continue
			}
			if pi >= 0 {
				return false // two judges: which one is unsaid
			}
			pi = i
		}
		if pi >= 0 {
			c.person = pi
			return true
		}
	}
	return false
}

// natSays reports whether "the" at token i opens "the American said": a
// lower-case "the", a capitalised nationality that is no place, and a
// lower-case speech verb.
func (f *finder) natSays(i int) bool {
	if i+2 >= len(f.toks) || !f.toks[i].is(tLower) {
		return false
	}
	t, v := &f.toks[i+1], &f.toks[i+2]
	return t.is(tCap) && t.is(tJoin) && !t.is(tAllCaps) && !t.is(tPoss) && t.lex&lexNat != 0 && t.lex&(lexPlace|lexRole) == 0 &&
		v.is(tJoin) && v.is(tLower) && v.lex&lexSpeech != 0
}

// ledeSays reports whether the description c is the subject of a speech
// verb right after it: "A former contestant has said", "... told".
func (f *finder) ledeSays(c *cand) bool {
	n := c.b
	if n < len(f.toks) && f.lowerIs(n, "has", "had") {
		n++
	}
	return n < len(f.toks) && f.toks[n].lex&lexSpeech != 0 && f.toks[n].is(tLower) && f.toks[n].is(tJoin)
}

// ledeSubject reports whether the description c speaks ("its founder
// said"), or opens its sentence (after a dateline, "PHOENIX (AP) — ")
// with a verb or its complement after it:
// "A federal judge on Thursday blocked", "The chief executive of ... has
// said". "The general election" is no such subject.
func (f *finder) ledeSubject(c *cand) bool {
	// "in a move its billionaire founder said would ...": a speaker
	// anywhere in the lede.
	if c.b < len(f.toks) && f.toks[c.b].is(tLower) && f.toks[c.b].lex&lexSpeech != 0 && !f.toks[c.b-1].is(tCommaAfter) {
		return true
	}
	if !f.toks[c.a].is(tSentStart) {
		from := max(0, c.start-64) // a dateline is short: look no further
		ls := from + strings.LastIndexByte(f.s[from:c.start], '\n') + 1
		if ls == from && from > 0 {
			return false
		}
		pre := f.s[ls:c.start]
		if len(pre) > 60 || !strings.Contains(pre, "—") && !strings.Contains(pre, " - ") && !strings.Contains(pre, "--") {
			return false
		}
	}
	if c.b >= len(f.toks) || f.toks[c.b-1].is(tCommaAfter) {
		return false
	}
	n := c.b
	if !f.toks[n].is(tLower) {
		return false
	}
	if f.toks[n].lex&lexSpeech != 0 || f.lowerIs(n, "of", "on", "has", "had", "have", "is", "was", "will", "would", "who", "at", "in", "for", "says") {
		return true
	}
	return strings.HasSuffix(f.word(n), "ed")
}

// partLeader reports whether a role's own words (own) lead a part of a
// country ("opposition leader", "co-leader of the AfD", "union leader")
// while the description (modifiers mods) names a nation's leader: "the
// Japanese leader" is the prime minister, not the opposition leader.
func partLeader(own, mods []string) bool {
	national := false
	for _, m := range mods {
		if m != "" && m[0] != 0 && lexicon[m]&lexNat != 0 {
			national = true
		} else if m != "" && m[0] != 0 && lexicon[m]&lexNat == 0 {
			return false // "the Japanese opposition leader"
		}
	}
	if !national {
		return false
	}
	for _, w := range own {
		switch w {
		case "opposition", "party", "co", "deputy", "union", "rebel", "group", "militia", "parliamentary",
			"majority", "minority", "house", "senate", "church", "religious", "spiritual", "community", "team", "protest", "movement":
			return true
		}
	}
	return false
}

func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// performerSays reports whether the description c names a performer by a
// modifier ("the two-way player", "the veteran striker") and speaks right
// after: such a description stands for the person the passage is about,
// as an age does. Sources (spokesmen, officials) are left alone: they are
// other people.
// inView returns the person a description after a quotation means
// when the quotation follows, in the same paragraph, a sentence whose
// subject is that person: "Pep Guardiola saw it differently. “Q,” the
// City manager said." Or -1.
func (f *finder) inView(c *cand, history []hist) int {
	if c.a == 0 || !f.toks[c.a-1].is(tInQuote) || f.toks[c.a-1].sent != f.toks[c.a].sent || len(history) == 0 {
		return -1
	}
	h := &history[len(history)-1]
	if !h.subj || !h.firstS || int(h.end) > c.a || strings.IndexByte(f.s[f.toks[h.end-1].end:c.start], '\n') >= 0 {
		return -1
	}
	// Only quoted words between the person's sentence and the description.
	for k := int(h.end); k < c.a; k++ {
		if t := &f.toks[k]; t.sent != f.toks[h.end-1].sent && !t.is(tInQuote) {
			return -1
		}
	}
	return h.person
}

// classInView returns the person a short description of a kind of
// person ("the midfielder", "the veteran", "the former nurse") means
// when it says a quotation that follows, in the same paragraph, a
// sentence whose subject is that person: "Lena Ode scored twice. “Q,”
// the midfielder said." Sources and relations ("the spokesman", "the
// mother") are other people. Or -1.
func (f *finder) classInView(c *cand, history []hist) int {
	if c.b-c.a > 3 || len(history) == 0 || !f.toks[c.b-1].is(tLower) {
		return -1
	}
	q := c.a - 1 // the last quoted word
	if q > 0 && f.toks[q].lex&lexSpeech != 0 && f.toks[q].is(tLower) {
		q-- // "“Q,” said the veteran"
	} else if c.b >= len(f.toks) || f.toks[c.b].lex&lexSpeech == 0 || !f.toks[c.b].is(tLower) {
		return -1
	}
	if q < 0 || !f.toks[q].is(tInQuote) || f.toks[q].sent != f.toks[c.a].sent {
		return -1
	}
	switch strings.ToLower(f.word(c.b - 1)) {
	case "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "adviser", "advisor", "insider",
		"officer", "police", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "widow",
		"widower", "friend", "colleague", "rival", "opponent", "ally", "partner", "counterpart", "predecessor",
		"successor", "judge", "lawyer", "prosecutor", "attorney", "doctor", "interviewer", "reporter", "journalist", "host",
		"witness", "defendant", "accused", "man", "woman", "person", "guy", "girl", "boy", "lady":
		return -1
	}
	// "“No,” replied the witness": an answer is someone else's.
	for _, v := range [2]int{c.a - 1, c.b} {
		if v >= 0 && v < len(f.toks) && f.lowerIs(v, "replied", "answered", "responded", "retorted", "countered") {
			return -1
		}
	}
	// The first person of the last sentence that names one.
	n := len(history) - 1
	for n > 0 && history[n-1].sent == history[n].sent {
		n--
	}
	h := &history[n]
	// (A paragraph break may stand between: "Ode scored twice. ¶ “Q,”
	// the striker said." Only quoted words may.)
	if !h.subj || !h.firstS || int(h.end) > q {
		return -1
	}
	// "Ivan Dimov and his mate, Petar Kolev, came ashore": two subjects,
	// and the description may mean either.
	if int(h.end) < len(f.toks) && f.lowerIs(int(h.end), "and") {
		for m := n + 1; m < len(history) && history[m].sent == h.sent; m++ {
			if history[m].person != h.person {
				return -1
			}
		}
	}
	p := f.people[h.person]
	if c.gender != 0 && p.gender != 0 && p.gender != c.gender {
		return -1
	}
	// "Head coach Tom Varga watched. “Q,” the goalkeeper said": another
	// position is another person.
	if hc := position(strings.ToLower(f.word(c.b - 1))); hc != 0 && p.role != "" {
		if rc := position(strings.ToLower(p.role[strings.LastIndexByte(p.role, ' ')+1:])); rc != 0 && rc != hc {
			return -1
		}
	}
	hs := f.toks[h.end-1].sent
	for k := int(h.end); k <= q; k++ {
		if t := &f.toks[k]; t.sent != hs && !t.is(tInQuote) {
			return -1
		}
	}
	return h.person
}

// position returns the class of a place in a team or a trade, which
// two people of one story seldom share ("coach", "goalkeeper"), with
// the words for one place ("striker", "forward") in one class; 0 for
// other words.
func position(w string) byte {
	switch w {
	case "coach", "manager", "trainer", "boss":
		return 'c'
	case "goalkeeper", "keeper", "goalie":
		return 'g'
	case "striker", "forward", "winger", "attacker":
		return 'a'
	case "midfielder", "playmaker":
		return 'm'
	case "defender", "centre-back", "full-back":
		return 'd'
	case "chairman", "owner", "president":
		return 'o'
	case "referee", "umpire":
		return 'r'
	case "agent":
		return 'n'
	}
	return 0
}

// orgRoleSays reports whether the description c, a role of a body named
// in capitals ("the City manager", "the Lakers coach"), is the subject
// of a verb of saying: when no one holds that role in the story it is
// the person in view, as a pronoun would be.
func (f *finder) orgRoleSays(c *cand) bool {
	if c.b >= len(f.toks) || c.b-c.a < 3 || f.toks[c.b].lex&lexSpeech == 0 || !f.toks[c.b].is(tLower) {
		return false
	}
	m, head := &f.toks[c.b-2], &f.toks[c.b-1]
	// "The Pentagon spokesman said": a body's voice is a new source.
	if hw := f.word(c.b - 1); strings.HasPrefix(hw, "spokes") || hw == "official" || hw == "source" || hw == "aide" {
		return false
	}
	return m.is(tCap) && !m.is(tAllCaps) && !m.is(tSentStart) && m.lex&(lexNat|lexTitle|lexPlace|lexOrgSingle) == 0 && head.is(tLower) && head.lex&lexRole != 0
}

func (f *finder) performerSays(c *cand) bool {
	if c.b >= len(f.toks) || f.toks[c.b].lex&lexSpeech == 0 && !f.lowerIs(c.b, "laughed", "joked", "quipped", "smiled") || !f.toks[c.b].is(tLower) {
		return false
	}
	head := strings.ToLower(f.word(c.b - 1))
	if c.b-c.a < 3 && !strings.HasSuffix(head, "-armer") && !strings.HasSuffix(head, "-rounder") {
		return false // "the left-armer" is as specific as "the veteran striker"
	}
	switch head {
	case "player", "star", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "champion",
		"singer", "actor", "actress", "musician", "rapper", "author", "novelist", "writer", "artist",
		"athlete", "sprinter", "swimmer", "golfer", "boxer", "runner", "cyclist", "pitcher", "batsman", "bowler",
		"paceman", "spinner", "seamer", "left-armer", "right-armer", "all-rounder", "batter",
		// Kinds of performer a story calls its subject by in passing:
		// "the tournament debutant added", "the writer and broadcaster
		// said".
		"debutant", "newcomer", "youngster", "teenager", "veteran", "winner", "finalist", "broadcaster",
		"presenter", "comedian", "playwright", "poet", "composer", "dancer", "photographer", "tennis", "skater", "jockey":
		return true
	}
	return false
}

// speechAfter reports whether a verb of saying follows token k: "Masayoshi
// Son said".
func (f *finder) speechAfter(k int) bool {
	return k+1 < len(f.toks) && f.toks[k+1].lex&lexSpeech != 0
}

// titleHeads are the titles that name one person without a name, alone
// (1: "the King", "the Pope") or only with a see or a country (2: "the
// Duke of Edinburgh", "the Prince of Wales").
var titleHeads = map[string]int8{
	"king": 1, "queen": 1, "pope": 1, "emir": 1, "sultan": 1, "emperor": 1, "empress": 1,
	"prince": 2, "princess": 2, "duke": 2, "duchess": 2, "earl": 2, "countess": 2, "archbishop": 2,
}

// titleDesc claims the title after the determiner at token i when it
// names one person ("the King", "the Crown Prince", "the Emir of Qatar",
// "the Princess Royal", and both of "the King and Queen") and returns the
// token after it, or 0.
func (f *finder) titleDesc(i int) int {
	n := len(f.toks)
	if !f.lowerIs(i, "the") {
		return 0
	}
	k := i + 1
	alone := false
	if f.lowerIs(k, "crown") && k+1 < n && f.toks[k+1].is(tJoin) && f.lowerIs(k+1, "prince", "princess") {
		k++
		alone = true // "the Crown Prince"
	}
	if l := f.toks[k].end - f.toks[k].start; l < 4 || l > 10 {
		return 0 // no title head is shorter or longer
	}
	kind := lowerGet(titleHeads, f.word(k))
	if kind == 0 || !f.toks[k].is(tCap) {
		return 0
	}
	alone = alone || kind == 1
	end := k + 1
	if kind == 2 && !alone {
		if j := f.sharedSee(i, k); j > 0 {
			return j
		}
	}
	if !f.toks[k].is(tPoss) && end+1 < n && f.toks[end].is(tJoin) && f.word(end) == "of" && f.toks[end+1].is(tJoin) && f.toks[end+1].is(tCap) {
		// "of Wales", "of Qatar": the see or country runs to the end of
		// the capitalised run.
		end += 2
		for !f.toks[end-1].is(tPoss) && end < n && f.toks[end].is(tJoin) && f.toks[end].is(tCap) {
			end++
		}
		for x := k + 2; x < end; x++ {
			if f.toks[x].lex&(lexOrgHead|lexFunc) != 0 {
				return 0 // "the Prince of Wales Hospital"
			}
		}
		alone = true
	} else if !f.toks[k].is(tPoss) && end < n && f.toks[end].is(tJoin) && f.lowerIs(end, "royal") {
		end++ // "the Princess Royal"
		alone = true
	}
	if !alone || !f.toks[end-1].is(tPoss) && end < n && f.toks[end].is(tJoin) && f.toks[end].is(tCap) {
		return 0 // "the Queen Mother", "the King Charles Trust"
	}
	for x := i + 1; x < end; x++ {
		if c := f.claimed[x]; c != 0 && f.cands[c-1].kind == Name && f.cands[c-1].titled {
			return 0 // the run is a name already: "the Princess Royal"
		}
	}
	f.takeOver(i+1, end)
	f.claim(cand{start: int(f.toks[i].start), end: int(f.toks[end-1].end), a: i, b: end, kind: Description, person: -1,
		definite: true, royal: true, gender: titleGender(f.toks[k].lex, f.word(k))})
	// "the King and Queen": the second title shares the determiner.
	if !f.toks[end-1].is(tPoss) && end+1 < n && f.lowerIs(end, "and") && f.toks[end+1].is(tJoin) && f.toks[end+1].is(tCap) && f.claimed[end+1] == 0 &&
		lowerGet(titleHeads, f.word(end+1)) == 1 && (end+2 >= n || !f.toks[end+2].is(tJoin) || !f.toks[end+2].is(tCap)) {
		f.claim(cand{start: int(f.toks[end+1].start), end: int(f.toks[end+1].end), a: end + 1, b: end + 2, kind: Description, person: -1,
			definite: true, royal: true, gender: titleGender(f.toks[end+1].lex, f.word(end+1))})
		end += 2
	}
	return end
}

// seeRun returns the end of the see or country after the "of" at token
// k ("of Kendal", "of Wales"), or 0 when no capitalised run follows or
// the run names a building ("of Wales Hospital").
func (f *finder) seeRun(k int) int {
	n := len(f.toks)
	if k+1 >= n || !f.toks[k].is(tJoin) || f.word(k) != "of" || !f.toks[k+1].is(tJoin) || !f.toks[k+1].is(tCap) {
		return 0
	}
	end := k + 2
	for !f.toks[end-1].is(tPoss) && end < n && f.toks[end].is(tJoin) && f.toks[end].is(tCap) {
		end++
	}
	for x := k + 1; x < end; x++ {
		if f.toks[x].lex&(lexOrgHead|lexFunc) != 0 {
			return 0
		}
	}
	return end
}

// sharedSee claims "the Duke and Duchess of Kendal", "the Prince and
// Princess of Wales": two titles sharing the determiner and one see are
// two people, "the Duke" and "Duchess of Kendal" (titlePerson gives the
// first the see too). k is the first title's token; it returns the token
// after the see, or 0.
func (f *finder) sharedSee(i, k int) int {
	n := len(f.toks)
	a := k + 1
	if f.toks[k].is(tPoss) || a+2 >= n || !f.lowerIs(a, "and") || !f.toks[a].is(tJoin) || !f.toks[a+1].is(tJoin) || !f.toks[a+1].is(tCap) ||
		lowerGet(titleHeads, f.word(a+1)) != 2 {
		return 0
	}
	end := f.seeRun(a + 2)
	if end == 0 || end < n && !f.toks[end-1].is(tPoss) && f.toks[end].is(tJoin) && f.toks[end].is(tCap) {
		return 0
	}
	for x := i + 1; x < end; x++ {
		if c := f.claimed[x]; c != 0 && f.cands[c-1].kind == Name && f.cands[c-1].titled {
			return 0
		}
	}
	f.takeOver(i+1, end)
	f.claim(cand{start: int(f.toks[i].start), end: int(f.toks[k].end), a: i, b: k + 1, kind: Description, person: -1,
		definite: true, royal: true, gender: titleGender(f.toks[k].lex, f.word(k))})
	f.claim(cand{start: int(f.toks[a+1].start), end: int(f.toks[end-1].end), a: a + 1, b: end, kind: Description, person: -1,
		definite: true, royal: true, gender: titleGender(f.toks[a+1].lex, f.word(a+1))})
	return end
}

// titleGender is the gender a title word of lexicon classes l tells:
// popes, emirs, sultans and emperors are men.
func titleGender(l uint32, w string) byte {
	if g := genderOf(l, 0); g != 0 {
		return g
	}
	switch {
	case equalFoldLower(w, "pope"), equalFoldLower(w, "emir"), equalFoldLower(w, "sultan"), equalFoldLower(w, "emperor"):
		return 'm'
	case equalFoldLower(w, "empress"):
		return 'f'
	}
	return 0
}

// titlePerson returns the person a royal title description names: the
// one of that title named before ("King Charles" for "the King"), else
// the one the title alone names, canonical as "The King".
func (f *finder) titlePerson(c *cand) int {
	head := c.a + 1
	if c.b-c.a == 1 {
		head = c.a // "Queen" of "the King and Queen"
	} else if f.lowerIs(head, "crown") && head+1 < c.b {
		head++
	}
	if f.toks[head].lex&lexRole != 0 {
		hc := *c
		hc.a, hc.b = min(hc.a, head-1), head+1
		if p := f.describe(&hc); p >= 0 {
			return p
		}
	}
	if p := f.styledRoyal(c, head); p >= 0 {
		return p
	}
	// A title with a see or country is named as the title ("Duke of
	// Edinburgh", like "Bishop of Durham"); a bare one keeps its article
	// ("The King").
	words := make([]string, 0, c.b-c.a+4)
	words = append(words, "The")
	from := c.a + 1
	if !f.lowerIs(c.a, "the") {
		from = c.a // "Queen" of "the King and Queen", "Duchess of Kendal"
	}
	for k := from; k < c.b; k++ {
		if f.word(k) == "of" {
			words = words[1:]
		}
		words = append(words, f.word(k))
	}
	if c.b-c.a == 2 && f.lowerIs(c.a, "the") && c.b+2 < len(f.toks) && f.lowerIs(c.b, "and") && lowerGet(titleHeads, f.word(c.b+1)) == 2 {
		// "the Duke and Duchess of Kendal": the first title shares the see.
		if end := f.seeRun(c.b + 2); end > 0 {
			words = words[1:]
			for k := c.b + 2; k < end; k++ {
				words = append(words, f.word(k))
			}
		}
	}
	name := strings.Join(words, " ")
	role, _ := strings.CutPrefix(name, "The ")
	for pi, p := range f.people {
		if p.name == name {
			return pi
		}
	}
	f.titled++
	f.sc.slab = append(f.sc.slab, person{toks: []string{name}, name: name, role: role, gender: c.gender, first: c.start, lastTok: -1, out: -1, byTitle: true})
	f.people = append(f.people, &f.sc.slab[len(f.sc.slab)-1])
	f.index(len(f.people) - 1)
	return len(f.people) - 1
}

// styledRoyal returns the prince or princess named by title and first
// name in the sentence before or the same one, whom a peerage title of
// the same gender restyles ("Prince Harry ... The Duke of Sussex"), or -1.
func (f *finder) styledRoyal(c *cand, head int) int {
	if head+1 >= c.b || !f.lowerIs(head, "duke", "duchess", "earl", "countess", "prince", "princess") {
		return -1 // only a title with a see: "the Duke of Sussex"
	}
	sent := f.toks[c.a].sent
	best := -1
	for pi, p := range f.people {
		if p.lastTok < 0 || sent-f.toks[p.lastTok].sent > 1 || c.gender != 0 && p.gender != 0 && p.gender != c.gender {
			continue
		}
		if !strings.EqualFold(p.role, "prince") && !strings.EqualFold(p.role, "princess") {
			continue
		}
		if best < 0 || p.lastTok > f.people[best].lastTok {
			best = pi
		}
	}
	return best
}

// nameTitled gives the people named by title alone their names, once the
// walk is done:
//   - "The King ... Charles and Camilla arrive ... The Queen": a pair of
//     bare first names that no one else has names the King and the Queen
//     of the article ("King Charles", "Queen Camilla");
//   - "The Prince of Wales has pulled out ... Prince William had been due":
//     a peerage title in the sentence before a prince named by first name
//     is that prince.
func (f *finder) nameTitled() {
	for ci := range f.cands {
		c := &f.cands[ci]
		if !f.bareName(c) || ci+1 >= len(f.cands) {
			continue
		}
		// Both of the pair are bare names no one else has, and the King
		// and the Queen (one title of each gender) wait for them.
		d := &f.cands[ci+1]
		if d.a != c.b+1 || !f.bareName(d) || !f.lowerIs(c.b, "and") {
			continue
		}
		g := f.pairedGender(c)
		h := f.pairedGender(d)
		if g == 0 || h == 0 || g == h {
			continue
		}
		t, u := f.titleOfGender(g), f.titleOfGender(h)
		if t < 0 || u < 0 {
			continue
		}
		for _, x := range [...]struct {
			pi int
			c  *cand
		}{{t, c}, {u, d}} {
			p := f.people[x.pi]
			p.name = p.role + " " + x.c.words[0]
			p.toks = x.c.words
			f.index(x.pi)
		}
	}
	// Later bare mentions of the names given, and the peers restyled.
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.kind == Name && c.drop && !c.titled && len(c.words) == 1 && !f.toks[c.a].is(tInQuote) {
			for pi, p := range f.people {
				if len(p.toks) == 1 && p.toks[0] == c.words[0] && p.name == p.role+" "+c.words[0] {
					c.person, c.drop = pi, false
					break
				}
			}
		}
	}
	for ci := range f.cands {
		c := &f.cands[ci]
		if !c.royal || c.person < 0 || c.drop {
			continue
		}
		p := f.people[c.person]
		if p.first != c.start || !p.byTitle || strings.IndexByte(p.role, ' ') < 0 {
			continue
		}
		head := c.a + 1
		if head >= c.b || f.lowerIs(head, "crown") {
			continue
		}
		sent := f.toks[c.a].sent
		for _, n := range f.cands[ci+1:] {
			if f.toks[n.a].sent > sent+1 {
				break
			}
			if n.kind != Name || n.drop || n.person < 0 || n.person == c.person || !f.royalSingle(&n) || !f.lowerIs(n.nameA-1, "prince", "princess") {
				continue
			}
			if q := f.people[n.person]; q.gender == 0 || p.gender == 0 || q.gender == p.gender {
				from, to := c.person, n.person
				for k := range f.cands {
					if f.cands[k].person == from {
						f.cands[k].person = to
					}
				}
				break
			}
		}
	}
}

// bareName reports whether c is a one-word name the walk found no one
// for, outside quotation marks: "Charles" with no Charles named in full.
func (f *finder) bareName(c *cand) bool {
	return c.kind == Name && c.drop && !c.titled && len(c.words) == 1 && !f.toks[c.a].is(tInQuote)
}

// titleOfGender returns the one person named by a bare title ("The
// King") of gender g and no name yet, or -1 when none or several.
func (f *finder) titleOfGender(g byte) int {
	t := -1
	for pi, p := range f.people {
		if p.gender != g || !p.byTitle || p.toks[0] != p.name || strings.IndexByte(p.role, ' ') >= 0 {
			continue
		}
		if t >= 0 {
			return -1 // two of that gender: no telling which
		}
		t = pi
	}
	return t
}

// pairedGender returns the gender of the one-word name c when it is
// paired with another by "and" ("Charles and Camilla"): its first name's,
// else the other of its partner's known first name; 0 when unpaired or
// unknown.
func (f *finder) pairedGender(c *cand) byte {
	n, o := len(f.toks), -1
	if c.b+1 < n && f.toks[c.b].is(tJoin) && f.lowerIs(c.b, "and") && f.toks[c.b+1].is(tJoin) {
		o = c.b + 1
	} else if c.a >= 2 && f.toks[c.a].is(tJoin) && f.lowerIs(c.a-1, "and") && f.toks[c.a-1].is(tJoin) {
		o = c.a - 2
	}
	if o < 0 || !f.toks[o].is(tCap) || f.toks[o].is(tAllCaps) || f.toks[o].lex&^(lexMaleName|lexFemName) != 0 {
		return 0
	}
	if g := nameGender(f.toks[c.a].lex); g != 0 {
		return g
	}
	switch nameGender(f.toks[o].lex) {
	case 'm':
		return 'f'
	case 'f':
		return 'm'
	}
	return 0
}

// trialRole reports whether w is a part a person plays in a trial that
// the story gives no one as a title: "the witness", "the defendant".
func trialRole(w string) bool {
	switch w {
	case "witness", "defendant", "accused":
		return true
	}
	return false
}

// witnessInView resolves "the witness" or "the defendant" to the person
// last mentioned in the three sentences before, passing over the lawyers
// and judges who question them ("Cross-examining Noble, defence counsel
// Martin Hay KC suggested ... “Q,” the witness replied"). Or -1.
func (f *finder) witnessInView(c *cand, history []hist) int {
	// Only in court copy; and "an American witness ... The witness said"
	// is that unnamed witness.
	before := f.s[max(0, c.start-3000):c.start]
	if lowerEquals(f.word(c.b-1), "witness") && !strings.Contains(before, "court") && !strings.Contains(before, "trial") && !strings.Contains(before, "jury") && !strings.Contains(before, "jurors") ||
		f.unnamedBefore(c) {
		return -1
	}
	sent := f.toks[c.a].sent
	for k := len(history) - 1; k >= 0 && k >= len(history)-12; k-- {
		h := &history[k]
		if sent-h.sent > 3 {
			break
		}
		p := f.people[h.person]
		if p.itself || c.gender != 0 && p.gender != 0 && p.gender != c.gender {
			continue
		}
		if p.bar || courtRole(p.role) {
			continue
		}
		return h.person
	}
	return -1
}

// unnamedBefore reports whether the head noun of description c came
// earlier after an indefinite determiner, up to two words before it:
// "a witness", "an American witness".
func (f *finder) unnamedBefore(c *cand) bool {
	head := f.word(c.b - 1)
	for k := c.a - 1; k >= 0 && k >= c.a-600; k-- {
		if !equalFoldLower(f.word(k), head) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if f.toks[j].lex&lexIndefDet != 0 {
				return true
			}
		}
	}
	return false
}

// courtRole reports whether the role is a lawyer's or a judge's.
func courtRole(role string) bool {
	if role == "" {
		return false
	}
	r := strings.ToLower(role)
	for _, w := range [...]string{"counsel", "lawyer", "prosecut", "barrister", "solicitor", "attorney", "judge", "advocate", "magistrate", "coroner", "sheriff", "justice"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// styleOfAddress reports whether tokens [a, nameA) are a style of address
// before a name: "the Rt Rev", "the Most Reverend", "the Very Rev Dr",
// "the Hon": "the", then honorifics and the words that grade them.
func (f *finder) styleOfAddress(a, nameA int) bool {
	if a >= nameA || !f.lowerIs(a, "the") {
		return false
	}
	for k := a + 1; k < nameA; k++ {
		if f.toks[k].lex&lexHonorific == 0 && !f.lowerIs(k, "rt", "right", "most", "very", "hon", "honourable", "honorable") {
			return false
		}
	}
	return nameA > a+1
}

// unnamedAgain reports whether the definite description j, "The Ofcom
// spokesman", takes up an unnamed source introduced before it: "a
// spokesman for Ofcom", "an Ofcom spokesman". Its modifier must be a
// capitalised name and the head a spokesman's.
func (f *finder) unnamedAgain(j int) bool {
	d := &f.cands[j]
	if d.b-d.a != 3 || !strings.HasPrefix(strings.ToLower(f.word(d.b-1)), "spokes") || !f.toks[d.a+1].is(tCap) {
		return false
	}
	body := f.word(d.a + 1)
	for k := j - 1; k >= 0; k-- {
		e := &f.cands[k]
		if e.drop || e.kind != Unnamed || e.definite || !strings.HasPrefix(strings.ToLower(f.word(e.b-1)), "spokes") {
			continue
		}
		if strings.Contains(f.s[e.start:min(len(f.s), e.end+len(body)+6)], body) {
			return true
		}
	}
	return false
}
