package people

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameKey normalises a person's name for matching across articles: lower
// case, courtesy titles and offices dropped ("Sir", "Mr", "President"),
// punctuation removed, spaces collapsed. "Sir Keir Starmer", "Mr. Keir
// Starmer" and "keir  starmer" all give "keir starmer". A name made only of
// titles keeps its words, so the key is never empty for a non-empty name.
func NameKey(name string) string {
	words := nameWords(name)
	return strings.Join(words, " ")
}

// nameWords splits a name into lower-case words without leading titles.
func nameWords(name string) []string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	all := f
	for len(f) > 1 && lexicon[f[0]]&(lexTitle|lexHonorific|lexNat) != 0 && lexicon[f[0]]&(lexMaleName|lexFemName) == 0 {
		f = f[1:]
	}
	// Suffixes are not part of the identity: "Martin Luther King Jr".
	for len(f) > 1 {
		switch f[len(f)-1] {
		case "jr", "sr", "ii", "iii", "iv", "mp", "qc", "kc":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	if len(f) == 0 {
		return all
	}
	return f
}

// SameName reports whether two names, perhaps from different articles, may
// denote the same person:
//   - equal keys ("Sir Keir Starmer" and "Keir Starmer");
//   - a lone surname against a full name ("Starmer" and "Keir Starmer"), and a
//     courtesy title with a first name ("Sir Keir");
//   - the same first and last names around a middle name or initial
//     ("George W. Bush" and "George Bush"), or an initial for a first name
//     ("J. Smith" and "John Smith").
//
// Different first names never match: "Jeb Bush" is not "George Bush". A lone
// surname matches every full name with that surname, so callers that hold
// several such people must pick one by context (most quoted, most recent).
func SameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if strings.Join(wa, " ") == strings.Join(wb, " ") {
		return true
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
		a, b = b, a
	}
	if len(wa) == 1 {
		w := wa[0]
		if w == wb[len(wb)-1] {
			return true
		}
		// "Sir Keir" names a knight by first name; "Xi" is the family name
		// that comes first in Chinese order.
		if w == wb[0] && (hasTitle(a) || len(wb) == 2 && len(w) <= 3) {
			return true
		}
		return false
	}
	if wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	fa, fb := wa[0], wb[0]
	if fa == fb {
		return true
	}
	// An initial for a first name.
	return len(fa) == 1 && strings.HasPrefix(fb, fa) || len(fb) == 1 && strings.HasPrefix(fa, fb)
}

// hasTitle reports whether the name starts with a courtesy title.
func hasTitle(name string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(strings.ToLower(name)), " ")
	w = strings.TrimSuffix(w, ".")
	return lexicon[w]&lexHonorific != 0
}

// IsSourceNoun reports whether the lower-case word can head a phrase naming
// a source: a role ("spokesman", "official"), an unnamed plural
// ("officials"), an organisation noun ("ministry", "campaign") or a text
// that speaks ("the report", "the lawsuit").
func IsSourceNoun(w string) bool {
	if hasSuffixFold(w, "-year-old") || hasSuffixFold(w, "-year-olds") {
		return true // "said the 46-year-old"
	}
	return lookupFold(w)&(lexRole|lexUnnamedPl|lexOrgNoun|lexDoc) != 0
}

// IsTimeWord reports whether w is a month, weekday or day word ("Tuesday",
// "yesterday"), which never names a speaker.
func IsTimeWord(w string) bool {
	return lookupFold(w)&lexTime != 0
}

// regnal reports whether token k of the run [nameA, b) is a regnal
// numeral ending a name: "XIV" in "Pope Leo XIV", "III" in "King Charles
// III". The run is [a, b), its name words start at nameA. A lone "I" is the pronoun, and single letters pass as name words.
func (f *finder) regnal(k, a, nameA, b int) bool {
	t := &f.toks[k]
	if k != b-1 || k <= nameA || !t.is(tAllCaps) && !(t.end-t.start == 1 && t.is(tCap)) || t.is(tPoss) {
		return false
	}
	// Only after a title ("Pope Leo XIV") or a known first name ("Henry
	// VIII"): "World War II" and "Rocky II" are no people.
	// "Martin Luther King III": after a surname that is a title.
	if !(nameA > a && (royalTitle(f.word(nameA-1)) || equalFoldLower(f.word(nameA-1), "pope"))) && f.toks[nameA].lex&(lexMaleName|lexFemName) == 0 && !(k-1 > nameA && f.titleSurname(k-1)) {
		return false
	}
	return isRoman(f.word(k))
}

// isRoman reports whether w is a short upper-case Roman numeral (II to
// XXXIX), the range regnal names use; "V" and "X" count, "I" does not.
func isRoman(w string) bool {
	if w == "V" || w == "X" {
		return true
	}
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	// Tens, then units: X{0,3}(IX|IV|V?I{0,3}).
	i := 0
	for i < len(w) && i < 3 && w[i] == 'X' {
		i++
	}
	switch u := w[i:]; u {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return true
	}
	return false
}

// capsInitials reports whether token k is a pair of capital initials
// written without full stops that opens a name ("JD Vance"), in the run
// [a, b) whose name words start at nameA. Two capitals are far more often
// an organisation ("FA Cup", "JP Morgan"), so the run must also read as a
// person: a title or role before it, or a speech verb beside it.
func (f *finder) capsInitials(k, a, nameA, b int) bool {
	t := &f.toks[k]
	if k == nameA && k+1 < b && t.is(tDotAfter) && dottedInitials(f.word(k)) && natCode[strings.ToLower(f.word(k))] == "" {
		// "C.C. Wei", "J.K. Rowling": dotted initials before a
		// capitalised word name a person.
		u := &f.toks[k+1]
		return u.is(tCap) && !u.is(tAllCaps) && u.lex&(lexOrgHead|lexOrgSingle|lexPlace|lexNat) == 0
	}
	if k != nameA || k+1 >= b || t.end-t.start != 2 || !t.is(tAllCaps) || t.lex != 0 || t.is(tPoss) || t.is(tDotAfter) || t.is(tCommaAfter) {
		return false
	}
	if u := &f.toks[k+1]; u.is(tAllCaps) || !u.is(tCap) || u.lex&(lexOrgHead|lexOrgSingle|lexPlace|lexNat) != 0 {
		return false
	}
	if natCode[strings.ToLower(f.word(k))] != "" {
		return false
	}
	if nameA > a && f.toks[nameA-1].lex&lexRole != 0 {
		return true // "Vice President JD Vance", not "Former AG Mukasey"
	}
	if a > 0 && f.toks[a].is(tJoin) && f.toks[a-1].is(tLower) && f.toks[a-1].lex&lexRole != 0 {
		return true // "author JK Rowling"
	}
	// "JD Vance said ... Mr Vance added": the surname names a person
	// elsewhere. A speech verb is no evidence: "JP Morgan said". Each
	// look scans the text's capitals, so a text gets a few: a list of
	// initials stays linear.
	if f.echoAt == k+1 {
		return f.echoOK // classify asks about one token several times
	}
	if f.echoBudget >= maxEchoes {
		return false
	}
	f.echoBudget++
	f.echoAt, f.echoOK = k+1, f.surnameEcho(k+1) || f.personAfter(k+1)
	return f.echoOK
}

// personAfter reports whether the words after the name ending at token s
// speak of a person: a relative "who" ("JD Vance, who ...") or a speech
// verb whose clause goes on with "he" or "she" ("JD Vance said he ...").
// "JP Morgan said its ..." and "..., which" speak of a company.
func (f *finder) personAfter(s int) bool {
	n := len(f.toks)
	if s+1 >= n || !f.toks[s+1].is(tLower) {
		return false
	}
	if f.toks[s].is(tCommaAfter) {
		// "JF Sullivan, spokesman for Sendmail": a role of a body set
		// off after the name is a person's.
		r := &f.toks[s+1]
		return f.lowerIs(s+1, "who", "whose") || r.lex&lexRole != 0 && r.lex&(lexOrgNoun|lexUnnamedPl|lexFunc) == 0 && s+2 < n && f.lowerIs(s+2, "for", "of", "at")
	}
	if !f.toks[s+1].is(tJoin) || f.toks[s+1].lex&lexSpeech == 0 {
		return false
	}
	for j := s + 2; j < n && j <= s+8 && f.toks[j].sent == f.toks[s].sent; j++ {
		if f.toks[j].lex&(lexPronM|lexPronF) != 0 && f.toks[j].is(tLower) {
			return true
		}
		if f.toks[j].is(tCap) || f.lowerIs(j, "it", "its", "they", "their", "which") {
			return false
		}
	}
	return false
}

// maxEchoes bounds the surname scans of one text.
const maxEchoes = 8

// surnameEcho reports whether the word of token s recurs elsewhere after
// a courtesy title ("Mr Vance") or alone as a speaker ("Vance told"): an
// organisation is seldom named by its second word.
func (f *finder) surnameEcho(s int) bool {
	w := f.word(s)
	for _, j32 := range f.lists.caps {
		j := int(j32)
		if j == s || !strings.EqualFold(f.word(j), w) {
			continue
		}
		if j > 0 && f.toks[j].is(tJoin) && f.toks[j-1].lex&lexHonorific != 0 {
			return true
		}
		if (j == 0 || !f.toks[j].is(tJoin) || !f.toks[j-1].is(tCap)) && f.speaker(j) {
			return true
		}
	}
	return false
}

// hanSurname reports whether token i is a Chinese family name that is
// also an English word ("He" in "He Lifeng", "Sun" in "Sun Weidong"):
// capitalised, followed by a given name that reads as pinyin and that the
// lexicon lacks. "He Said" in a headline fails the pinyin test.
func (f *finder) hanSurname(i int) bool {
	t := &f.toks[i]
	if !t.is(tCap) || t.lex&(lexPronM|lexTime) == 0 || t.is(tAllCaps) || t.is(tPoss) || t.is(tCommaAfter) || t.is(tDotAfter) || i+1 >= len(f.toks) {
		return false
	}
	// The family name opens the name: at the start of the run or after a
	// title ("Vice-Premier He Lifeng"), not inside "Axa Sun Life".
	if i > 0 && t.is(tJoin) && f.toks[i-1].is(tCap) && f.toks[i-1].lex&lexTitle == 0 {
		return false
	}
	if w := f.word(i); !equalFoldLower(w, "he") && !equalFoldLower(w, "sun") {
		return false
	}
	u := &f.toks[i+1]
	titled := i > 0 && t.is(tJoin) && f.toks[i-1].lex&lexTitle != 0
	if !u.is(tJoin) || !u.is(tCap) || u.is(tAllCaps) || u.lex != 0 && (!titled || u.lex&^lexTime != 0) {
		return false
	}
	if titled {
		// "Vice-Premier He Jun": after a title one syllable will do,
		// even one that abbreviates a month.
		if w := strings.ToLower(f.word(i + 1)); len(w) >= 2 && len(w) <= 6 && pinyinSplit(w, 2) == 1 {
			return true
		}
	}
	return isPinyinName(f.word(i + 1))
}

// pinyinFinals are the finals of Mandarin syllables in pinyin, longest
// first so that a greedy split tries "ang" before "an".
var pinyinFinals = []string{"iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan",
	"ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en", "in", "un", "ia", "ua", "uo",
	"a", "o", "e", "i", "u", "v"}

// isPinyinName reports whether w (a given name such as "Lifeng" or
// "Xiao-ming") splits into two or three pinyin syllables.
func isPinyinName(w string) bool {
	w = strings.ToLower(strings.ReplaceAll(w, "-", ""))
	if len(w) < 3 || len(w) > 14 {
		return false
	}
	return pinyinSplit(w, 0) >= 2
}

// hyphenedSyllables reports whether w is a given name of two romanised
// syllables joined by a hyphen ("Mei-ling", "Ying-jeou"): the second one
// written in lower case, the whole a pinyin name.
func hyphenedSyllables(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || w[h+1] < 'a' || w[h+1] > 'z' || strings.IndexByte(w[h+1:], '-') >= 0 {
		return false
	}
	return isPinyinName(w)
}

// familyFirst reports whether fam and given read as a Chinese name
// written family name first without a hyphen ("Lin Meiling", "Wang
// Xiaoming"): a family name of one syllable, a given name of two or three.
func familyFirst(fam, given string) bool {
	// (Of the noun endings namelike turns away, only "-ing" ends a
	// pinyin syllable: the cheap test first, as most runs fail it.)
	if !strings.HasSuffix(given, "ing") || len(fam) < 2 || len(fam) > 5 || !asciiOnly(fam) || !asciiOnly(given) || strings.IndexByte(given, '-') >= 0 {
		return false
	}
	return pinyinSplit(strings.ToLower(fam), 2) == 1 && isPinyinName(given)
}

// pinyinSplit returns how many syllables w splits into (the first split
// found by backtracking), or -1 when it does not split. depth bounds the
// search: a given name has at most three syllables.
func pinyinSplit(w string, depth int) int {
	if w == "" {
		return 0
	}
	if depth >= 3 {
		return -1
	}
	rest := w
	for _, in := range []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""} {
		if !strings.HasPrefix(w, in) {
			continue
		}
		rest = w[len(in):]
		for _, fin := range pinyinFinals {
			if strings.HasPrefix(rest, fin) {
				if n := pinyinSplit(rest[len(fin):], depth+1); n >= 0 {
					return n + 1
				}
			}
		}
		if in != "" {
			break // one initial at most: "zh" is not "z" + "h..."
		}
	}
	return -1
}

// royalTitle reports whether the word is a royal title that stays in a
// canonical name given with one first name: "King Charles". A pope's
// regnal name stands alone: "Leo XIV".
func royalTitle(w string) bool {
	for _, t := range royalTitles {
		if equalFoldLower(w, t) {
			return true
		}
	}
	return false
}

var royalTitles = [...]string{"king", "queen", "prince", "princess", "emperor", "empress", "crown"}

// lowerGet is m[strings.ToLower(w)] without building the lower-cased
// string for an ASCII word (a map index with string(bytes) does not
// allocate); the lookups of capitalised words are many.
func lowerGet[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)] // Unicode case mapping
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// lowerEquals is strings.ToLower(w) == lw without building the lower-cased
// string for an ASCII word.
func lowerEquals(w, lw string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w) == lw // Unicode case mapping
		}
	}
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if foldByte(w[i]) != lw[i] {
			return false
		}
	}
	return true
}

// vietSurname reports whether token i is a Vietnamese family name that
// is also an English function word, "To" or "Do", opening a name:
// "leader To Lam", "Do Van Thanh said". Mid-sentence a capitalised "To"
// before a Vietnamese syllable is a name; opening a sentence it needs
// two such syllables after it ("Do Van Thanh"), as "To Lam," could be a
// preposition before a surname.
func (f *finder) vietSurname(i int) bool {
	t := &f.toks[i]
	if w := f.word(i); w != "To" && w != "Do" || i+1 >= len(f.toks) {
		return false
	}
	syl := func(k int) bool {
		u := &f.toks[k]
		return u.is(tJoin) && u.is(tCap) && !u.is(tAllCaps) && !u.is(tPoss) && (u.lex == 0 || u.lex == lexParticle) && vietSyllable(f.word(k))
	}
	if !syl(i + 1) {
		return false
	}
	if !t.is(tSentStart) {
		return true
	}
	return !t.is(tCommaAfter) && i+2 < len(f.toks) && !f.toks[i+1].is(tCommaAfter) && syl(i+2)
}

// vietSyllable reports whether w, written without tone marks, has the
// shape of one Vietnamese syllable: an onset, one to three vowels and a
// final ("Lam", "Thanh", "Nguyen", "Quang").
func vietSyllable(w string) bool {
	if len(w) < 2 || len(w) > 6 || !asciiOnly(w) {
		return false
	}
	// Lower-cased in a buffer on the stack: this runs for many words.
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	w = string(buf[:len(w)])
	for _, on := range [...]string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"} {
		if strings.HasPrefix(w, on) {
			w = w[len(on):]
			break
		}
	}
	v := 0
	for v < len(w) && strings.IndexByte("aeiouy", w[v]) >= 0 {
		v++
	}
	if v == 0 || v > 3 {
		return false
	}
	switch w[v:] {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// placeGivenName reports whether token i is a first name that is also a
// place ("Milan" in "Liverpool forward Milan Baros", "Florence" in
// "Singer Florence Welch"): a capitalised place word opening a two-word
// run whose second word the lexicon lacks, right after a role noun, in
// lower case before the run or capitalised as the run's first word. A
// place before an unknown word with no role before it stays a place
// ("Milan Linate", "Sydney Harbour").
func (f *finder) placeGivenName(i int) bool {
	t := &f.toks[i]
	if !t.is(tCap) || t.is(tAllCaps) || t.is(tPoss) || t.is(tCommaAfter) || t.is(tDotAfter) || i == 0 || i+1 >= len(f.toks) ||
		t.lex&lexPlace == 0 || t.lex&(lexNat|lexOrgHead|lexOrgSingle|lexTitle|lexFunc|lexTime|lexRole) != 0 || !t.is(tJoin) {
		return false
	}
	u := &f.toks[i+1]
	if !u.is(tJoin) || !u.is(tCap) || u.is(tAllCaps) || u.lex != 0 || !f.runEndsAt(i+1) {
		return false
	}
	p := &f.toks[i-1]
	return p.lex&lexRole != 0 && p.lex&(lexPlace|lexNat|lexOrgHead|lexOrgSingle|lexFunc|lexTime|lexUnnamedPl) == 0 && !p.is(tPoss) &&
		(p.is(tLower) || p.is(tCap) && (i-1 == 0 || !f.toks[i-1].is(tJoin) || !f.toks[i-2].is(tCap)))
}

// partyLabel reports whether tokens a and a+1 name a party's member in
// two words: "Liberal Democrat", "Lib Dem", "Ulster Unionist", "Scottish
// Nationalist", "Christian Democrat".
func (f *finder) partyLabel(a int) bool {
	if a+1 >= len(f.toks) || !f.toks[a].is(tCap) || !f.toks[a+1].is(tCap) || !f.toks[a+1].is(tJoin) || f.toks[a].is(tPoss) || f.toks[a+1].is(tPoss) {
		return false
	}
	switch f.word(a) {
	case "Liberal", "Lib", "Social", "Christian", "Free", "Ulster", "Democratic", "Scottish", "Welsh", "Irish", "Green":
	default:
		return false
	}
	switch f.word(a + 1) {
	case "Democrat", "Dem", "Unionist", "Nationalist", "Republican", "Socialist", "Party":
		return true
	}
	return false
}

// pluralOrgHead reports whether w is the plural of a head noun of an
// organisation's name: "Administrations", "Associations", "Unions".
func pluralOrgHead(w string) bool {
	if len(w) < 5 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	return lookupFold(w[:len(w)-1])&lexOrgHead != 0
}

// natSurname reports whether token i is a surname that is also a noun of
// nationality ("Finn" in "Brian Finn", "Dane" in "Ann Dane"): right
// after a known first name, ending the run. "the Finn said" stays a
// description.
func (f *finder) natSurname(i int) bool {
	t := &f.toks[i]
	if i == 0 || t.lex&(lexNat|lexRole) != lexNat|lexRole || !t.is(tCap) || t.is(tAllCaps) || t.is(tPoss) || !t.is(tJoin) || !f.runEndsAt(i) {
		return false
	}
	p := &f.toks[i-1]
	return p.is(tCap) && !p.is(tAllCaps) && !p.is(tPoss) && p.lex&(lexMaleName|lexFemName) != 0 && p.lex&(lexFunc|lexTime|lexPlace|lexNat|lexTitle) == 0
}
