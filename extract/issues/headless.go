package issues

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/internal/fold"
)

// headlessTitle reports a title that names no thing at all: a modifier the
// copy only ever writes before its noun ("Indoor" of "indoor car parks",
// "Largest" of "the largest mortgage firm"), a bare quantity ("Several
// hundred" of "several hundred people"), or a clause ending in a
// reflexive pronoun or a modal ("Govern itself", "Covert intercepts
// cannot"). An editor reading the digest
// cannot tell what is open from any of them. low is asciiLower(text).
func headlessTitle(title, text, low string) bool {
	// Every kept title comes here: its words and their lower-case forms
	// are held on the stack (strings.Fields and strings.ToLower
	// allocated for each).
	var wb [4]string
	words := wb[:0]
	for w := range strings.FieldsSeq(title) {
		if len(words) == 3 {
			return false
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return false
	}
	var lb [32]byte
	if last := fold.AppendLower(lb[:0], words[len(words)-1]); reflexives[string(last)] || modals[string(last)] {
		return true // "Govern itself", "Covert intercepts cannot": a clause
	}
	allQuantity := true
	for _, w := range words {
		allQuantity = allQuantity && quantityWord(string(fold.AppendLower(lb[:0], w)))
	}
	if allQuantity {
		return true
	}
	return modifierOnly(words, text, low)
}

// reflexives end a verb phrase, never a noun phrase.
var reflexives = map[string]bool{
	"itself": true, "themselves": true, "himself": true, "herself": true, "ourselves": true, "yourself": true,
}

// modals end a clause cut before its verb, never a noun phrase.
var modals = map[string]bool{
	"cannot": true, "can": true, "could": true, "would": true, "should": true, "must": true,
	"might": true, "shall": true, "can't": true, "won't": true,
}

// quantityWords count things without naming them.
var quantityWords = map[string]bool{
	"several": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"million": true, "millions": true, "billion": true, "billions": true, "dozen": true, "dozens": true,
	"few": true, "many": true, "some": true, "scores": true, "tens": true,
}

func quantityWord(w string) bool {
	if quantityWords[w] {
		return true
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return w != ""
}

// adjectival reports a lower-case word that is an adjective by its form
// ("national", "largest", "cheaper") or by the list of those that have
// none ("indoor"): unlike a noun ("budget" of "budget standoff") it
// names nothing without the noun after it.
func adjectival(w string) bool {
	if looksAdjective(w) || plainAdjectives[w] || degreeWords[w] || bareAdjectives[w] {
		return true
	}
	return len(w) >= 6 && strings.HasSuffix(w, "est") && !nounsInEst[w]
}

// bareAdjectives add to plainAdjectives (placemod.go) comparatives and
// adjectives of place and rank.
var bareAdjectives = map[string]bool{
	"bigger": true, "larger": true, "greater": true, "smaller": true, "wider": true, "stronger": true,
	"older": true, "younger": true, "longer": true, "shorter": true, "richer": true, "poorer": true,
	"tougher": true, "harder": true, "easier": true, "better": true, "worse": true,
	"indoor": true, "outdoor": true, "former": true, "previous": true, "senior": true, "major": true,
}

// nounsInEst end like a superlative.
var nounsInEst = map[string]bool{
	"interest": true, "protest": true, "request": true, "arrest": true, "contest": true, "harvest": true,
	"forest": true, "conquest": true, "inquest": true, "digest": true, "manifest": true, "unrest": true,
	"bequest": true, "behest": true, "honest": true, "modest": true, "earnest": true,
}

// modifierOnly reports a title of common words (words) that the copy
// writes, wherever it writes it, right before a lower-case word that
// carries its phrase on ("indoor car parks", "indoor and outdoor lots"):
// the noun it modifies was cut off. Only a title ending in an adjective
// (or opening with "ex-") is read so: a noun ("budget" of "Senate budget
// standoff") names a thing even before another noun, and a title the
// copy never writes is no modifier of anything.
func modifierOnly(words []string, text, low string) bool {
	var lb, fb [32]byte
	last := string(fold.AppendLower(lb[:0], words[len(words)-1]))
	if !adjectival(last) && !strings.HasPrefix(string(fold.AppendLower(fb[:0], words[0])), "ex-") || cueWeights[last] > 0 || topicalCues[last] {
		return false // a noun before a noun ("budget standoff") heads a phrase of its own
	}
	for _, w := range words[1:] {
		if !startsLower(w) {
			return false // a name: "Deutsche Boerse"
		}
	}
	lt := asciiLower(strings.Join(words, " "))
	seen := false
	for i := range wholeWordAt(low, lt) {
		if i > 0 && i+1 < len(text) && !startsLower(text[i:]) && !sentenceStart(text, i) {
			return false // written capitalised mid-sentence: a name
		}
		next := wordAfterSpace(text, i+len(lt))
		if next == "and" || next == "or" {
			// "indoor and outdoor lots": the coordinated modifier's noun.
			rest := i + len(lt) + 1 + len(next)
			other := wordAfterSpace(text, rest)
			next = wordAfterSpace(text, rest+1+len(other))
		}
		if !phraseGoesOn(next) {
			return false
		}
		seen = true
	}
	return seen
}

// phraseGoesOn reports a word that continues a noun phrase after a
// modifier: lower-case, no function word or common verb, no "-ly"
// adverb, no "-ed" participle, no dispute cue.
func phraseGoesOn(w string) bool {
	if w == "" || !startsLower(w) || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	e := lexicon[w]
	if e.stop() || e.prep() || e.conj() || e.det() || e.ofLike() || cueWeights[w] > 0 {
		return false
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed")
}

// wordAfterSpace is the word (letters, digits, hyphens, apostrophes) that
// starts one space after offset i of s, or "" when no word does.
func wordAfterSpace(s string, i int) string {
	if i >= len(s) || s[i] != ' ' {
		return ""
	}
	j := i + 1
	k := j
	for k < len(s) && (isASCIIWord(s[k]) || s[k] == '-' || s[k] == '\'') {
		k++
	}
	return s[j:k]
}

// sentenceStart reports an offset that opens a sentence or paragraph.
func sentenceStart(s string, i int) bool {
	j := i - 1
	for j >= 0 && (s[j] == ' ' || s[j] == '"' || s[j] == '\'' || s[j] == '(') {
		j--
	}
	return j < 0 || s[j] == '.' || s[j] == '\n' || s[j] == '!' || s[j] == '?' || s[j] == ':'
}

// lowered is the text with its ASCII letters lower-cased (offsets kept),
// made once per article: each title a keep rule reads searches it.
func (a *analyser) lowered() string {
	if a.low == "" && a.text != "" {
		a.low = asciiLower(a.text)
	}
	return a.low
}

// toLower is strings.ToLower(s). strings.ToLower maps a text that is not
// all ASCII rune by rune, some fifty instructions a byte; copy is ASCII
// but for a pound sign or a curly quote here and there, so its ASCII runs
// are lowered eight bytes at a time and only the other runes mapped.
func toLower(s string) string {
	if isASCII(s) {
		return asciiLower(s)
	}
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j := i + 1
			for j+8 <= len(s) && load64(s, j)&hi8 == 0 {
				j += 8
			}
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			b = appendASCIILower(b, s[i:j])
			i = j
			continue
		}
		// As strings.Map writes it: an invalid byte becomes U+FFFD.
		r, w := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += w
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is ours alone: no second copy
}

// appendASCIILower appends the ASCII string s to b, its letters
// lower-cased (see asciiLower).
func appendASCIILower(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		binary.LittleEndian.PutUint64(b[n+i:], x|upper8(x)>>2)
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b[n+i] = c + 'a' - 'A'
		}
	}
	return b
}

// isASCII reports whether s holds ASCII bytes alone.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&hi8 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lower-cases the ASCII letters of s only, so that offsets
// into the result are offsets into s.
func asciiLower(s string) string {
	// Eight bytes at a time (see upper8): the article's text is lowered
	// whole, and a byte loop spent more on it than on most rules.
	i := 0
	for i+8 <= len(s) && upper8(load64(s, i)) == 0 {
		i += 8
	}
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lower: no copy
	}
	b := []byte(s)
	i &^= 7
	for ; i+8 <= len(b); i += 8 {
		x := load64(s, i)
		binary.LittleEndian.PutUint64(b[i:], x|upper8(x)>>2) // 0x80>>2 is the 0x20 that lowers
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is ours alone: no second copy
}

// upper8 has the top bit set in each byte of x that is an ASCII upper-case
// letter, and no other bit (as alnum8: bytes tested with their top bit
// cleared, so that no sum carries into the next byte).
func upper8(x uint64) uint64 {
	y := x &^ hi8
	return (y + 0x3f*lo8) &^ (y + 0x25*lo8) &^ x & hi8 // 'A' <= y <= 'Z'
}

// minSpokenWords is the length from which a quote is speech rather than a
// term set in quote marks ("control orders"): a title inside one is the
// speaker's wording.
const minSpokenWords = 6

// spokenOnly reports a title the copy writes only inside what somebody
// says between quote marks ("Coffee expenses" of "we needed to cut a lot
// more than coffee expenses"): a speaker's words, not the name an editor
// gives the thread. Reported speech is the copy's own wording.
// A term the copy sets in quote marks on its own is no speech.
func (a *analyser) spokenOnly(title string) bool {
	if len(a.quotes) == 0 || title == "" {
		return false
	}
	low := a.lowered()
	lt := asciiLower(title)
	seen := false
	for i := range wholeWordAt(low, lt) {
		inside := false
		for _, q := range a.quotes {
			if q.Kind != "indirect" && q.Start <= i && i+len(lt) <= q.End && q.End <= len(a.text) &&
				!fewerFields(a.text[q.Start:q.End], minSpokenWords) {
				inside = true
				break
			}
		}
		if !inside {
			return false
		}
		seen = true
	}
	return seen
}

// advocateRoles speak for a side: "lawyer Ana Ruiz", "Ana Ruiz, the
// solicitor for the families", "union spokesman Tom Reid".
var advocateRoles = map[string]bool{
	"lawyer": true, "solicitor": true, "barrister": true, "attorney": true, "counsel": true, "advocate": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "analyst": true, "economist": true,
}

// advocateTitle reports a title that is the bare name of a person the copy
// introduces by a role that speaks for a side (a lawyer, a spokesman, an
// analyst): they put a case or comment on one, and the thread is what
// they speak of, not them.
func (a *analyser) advocateTitle(title string) bool {
	if !strings.Contains(title, " ") || !slices.ContainsFunc(a.cast.People, func(p newsbot.Person) bool { return p.Name == title }) {
		return false
	}
	for i := range wholeWordAt(a.text, title) {
		// Before: "lawyer Ana Ruiz", "the families' solicitor, Ana Ruiz".
		j := i
		if j >= 2 && a.text[j-2:j] == ", " {
			j -= 2
		}
		if w, _ := wordBefore(a.text, j); advocateRoles[w] {
			return true
		}
		// After: "Ana Ruiz, the lawyer representing ...". A rank ("Ana
		// Ruiz QC, who wrote ...") is no side's voice.
		rest := a.text[i+len(title):]
		if r, ok := strings.CutPrefix(rest, ", "); ok {
			for n, w := range strings.Fields(r) {
				if n >= 4 {
					break
				}
				w = strings.ToLower(strings.Trim(w, ",.;:'\""))
				if advocateRoles[w] {
					return true
				}
				if n > 0 && w != "" && !startsLower(w) {
					break
				}
			}
		}
	}
	return false
}

// withoutTitle names a bare word the copy only ever writes after
// "without" by what goes without it: "Trial" of "detained without
// trial" and "detentions without trial" is "Detention without trial",
// not anybody's trial. "" when the word stands alone somewhere, or no
// act or noun comes before "without".
func (a *analyser) withoutTitle(title string) string {
	lt := asciiLower(title)
	low := a.lowered()
	head := ""
	seen := false
	for i := range wholeWordAt(low, lt) {
		w, k := wordBefore(low, i)
		if w != "without" {
			return ""
		}
		seen = true
		if head != "" {
			continue
		}
		// The act before "without": "detained", "detentions", "held indefinitely".
		for n := 0; n < 2 && k > 0; n++ {
			v, kk := wordBefore(low, k)
			if act, ok := pastActs[v]; ok {
				head = act.noun
				break
			}
			if caseNouns[stem(v)] || caseNouns[v] {
				head = stem(v)
				break
			}
			k = kk
		}
	}
	if !seen || head == "" || head == lt {
		return ""
	}
	return capitalise(head + " without " + lt)
}

// cutOffTitle is a title of two or more words the chunker cut before what
// it names, carried on as the copy writes it everywhere: before a
// possessive's noun ("Opposition to the firm" of "opposition to the
// firm's planned takeover") or before the name a descriptor introduces
// ("Attempt by Russian oil giant" of "an attempt by Russian oil giant
// Yukos to ..."). "" when the copy writes the title whole somewhere, or
// nothing follows that carries it on.
func (a *analyser) cutOffTitle(title string) string {
	if !strings.Contains(title, " ") || !headsObject(title) {
		return "" // "Tory peer" of "Tory peer Lord Tebbit" describes an actor: no thread to carry on
	}
	lt := asciiLower(title)
	low := a.lowered()
	ext := ""
	for i := range wholeWordAt(low, lt) {
		e := a.carriedOn(i + len(lt))
		if e == "" || ext != "" && e != ext {
			return ""
		}
		ext = e
	}
	if ext == "" {
		return ""
	}
	return title + ext
}

// carriedOn is what carries a phrase ending at offset j of the text on:
// "'s" and up to three lower-case words before a function word or
// punctuation ("'s planned takeover"), or a space and a run of up to
// three capitalised words when the phrase ends in a lower-case word (" Yukos").
func (a *analyser) carriedOn(j int) string {
	s := a.text
	if j >= len(s) {
		return ""
	}
	if strings.HasPrefix(s[j:], "'s ") || strings.HasPrefix(s[j:], "’s ") {
		k := j + strings.Index(s[j:], " ")
		end := k
		for n := 0; n < 3; n++ {
			w := wordAfterSpace(s, end)
			if w == "" || !startsLower(w) || lexicon[w].stop() || lexicon[w].prep() || lexicon[w].det() || lexicon[w].conj() ||
				strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				break // "'s government operates": a verb, or a plural the phrase may go on past
			}
			end += 1 + len(w)
		}
		if end == k {
			return ""
		}
		return s[j:end]
	}
	if j == 0 || !startsLower(lastField(s[:j])) || s[j] != ' ' {
		return ""
	}
	end := j
	for n := 0; n < 3; n++ {
		w := wordAfterSpace(s, end)
		if w == "" || startsLower(w) || w[0] < 'A' || w[0] > 'Z' {
			break
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || weekdaysMonths[strings.ToLower(w)] {
			return "" // "criticising George Bush's ...", "throughout Wednesday": no name of the thread
		}
		end += 1 + len(w)
	}
	if end == j {
		return ""
	}
	return s[j:end]
}

// headsObject reports a title whose head takes an object after a
// preposition ("Attempt by ...", "Opposition to ...", "Controversy
// surrounding ..."): what follows it is what the thread is about.
func headsObject(title string) bool {
	first := true
	for w := range strings.FieldsSeq(title) {
		if first {
			first = false
			continue
		}
		if lexicon[w].prep() || w == "surrounding" || w == "alongside" || w == "between" {
			return true
		}
	}
	return false
}

// weekdaysMonths say when, never what.
var weekdaysMonths = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}
