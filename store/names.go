package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/people"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// TextHash is the dedupe key of an article text: hex sha256 of the text
// lower-cased with every run of white space collapsed to one space and the
// ends trimmed, so re-wrapped or re-indented copy hashes the same.
func TextHash(text string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	started, space := false, false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: most copy is ASCII.
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = true
				continue
			}
			if space && started {
				buf = append(buf, ' ')
			}
			space, started = false, true
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			if len(buf) >= 4000 {
				h.Write(buf)
				buf = buf[:0]
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && started {
			buf = append(buf, ' ')
		}
		space, started = false, true
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		if len(buf) >= 4000 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}

// NameKey normalises a person's name for matching across articles. It is
// the people extractor's people.NameKey (titles, offices and suffixes
// stripped, lower case: "Sir Keir Starmer" = "Keir Starmer") applied after
// folding accents and curly apostrophes, so "Mélenchon" = "Melenchon" and
// "O’Brien" = "O'Brien". A name that is only a title ("Sir") gives "": it
// would match every knight.
func NameKey(name string) string {
	name = strings.ReplaceAll(fold(name), "’", "'")
	key := people.NameKey(name)
	if !strings.Contains(key, " ") && loneTitles[key] {
		return ""
	}
	return key
}

// SpeakerKey normalises a speaker as written for lookup: folded, lower case,
// single spaces, without a leading article ("A Downing Street spokesman" →
// "downing street spokesman").
func SpeakerKey(speaker string) string {
	key := strings.ToLower(strings.Join(strings.Fields(fold(speaker)), " "))
	for _, article := range []string{"a ", "an ", "the "} {
		if rest, ok := strings.CutPrefix(key, article); ok {
			return rest
		}
	}
	return key
}

// loneTitles are words that, alone, are no name.
var loneTitles = map[string]bool{
	"sir": true, "dame": true, "lord": true, "lady": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"dr": true, "prof": true, "president": true, "minister": true, "senator": true, "governor": true,
}

// foldMarks strips accents. A transform.Chain keeps state, so each call
// builds its own: one shared chain raced under concurrent queries.
func foldMarks() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// surnameOf is the last word of a name key.
func surnameOf(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// pronouns and other mentions that are never aliases.
var notNames = map[string]bool{
	"he": true, "she": true, "they": true, "him": true, "her": true, "them": true,
	"his": true, "hers": true, "their": true, "i": true, "we": true, "you": true, "it": true,
}

// nameParticles may be lower case inside a name: "Ursula von der Leyen".
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "der": true, "di": true, "du": true, "van": true,
	"von": true, "la": true, "le": true, "bin": true, "bint": true, "al": true, "ibn": true,
	"dos": true, "das": true, "y": true,
}

// isNameMention says whether a mention is a name ("Sir Keir", "Starmer")
// rather than a pronoun or description ("he", "the British leader"): every
// word capitalised, particles aside.
func isNameMention(m string) bool {
	fields := strings.Fields(m)
	if len(fields) == 0 || notNames[strings.ToLower(m)] {
		return false
	}
	for i, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) {
			continue
		}
		if i > 0 && nameParticles[f] {
			continue
		}
		return false
	}
	return true
}

// placeKey normalises a place name for leg merging.
func placeKey(place string) string {
	return strings.Join(strings.FieldsFunc(fold(place), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	}), " ")
}

// stopwords are left out of issue terms: they say nothing about a topic.
var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "over": true, "by": true,
	"from": true, "as": true, "is": true, "are": true, "was": true, "be": true, "its": true,
	"it": true, "into": true, "about": true, "after": true, "new": true, "row": true,
	"says": true, "said": true, "this": true, "that": true, "not": true, "no": true,
	"up": true, "out": true, "will": true, "has": true, "have": true, "vs": true, "v": true,
}

// fold lower-cases and strips accents; ASCII text (most copy) skips the
// Unicode normalisation, which dominates otherwise.
func fold(text string) string {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		if folded, _, err := transform.String(foldMarks(), text); err == nil {
			text = folded
		}
	}
	return strings.ToLower(text)
}

// terms splits text into lower-case, accent-folded content words.
func terms(text string) []string {
	folded := fold(text)
	var out []string
	add := func(w string) {
		if len(w) >= 2 && !stopwords[w] {
			out = append(out, w)
		}
	}
	start := -1
	for i := 0; i < len(folded); {
		c := folded[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(folded[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			add(folded[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		add(folded[start:])
	}
	return out
}

// padWords lower-cases and accent-folds s and reduces every run of
// non-word characters to one space, with a space at each end: " w1 w2 ".
// Whole-word (and whole-phrase) tests are then a strings.Contains of two
// padded strings. Cheaper than terms: one allocation, no filtering.
func padWords(s string) string {
	if out, ok := padWordsASCII(s); ok {
		return out
	}
	return padWordsFolded(s)
}

// padWordsASCII is padWords in one pass without folding, for text whose
// only non-ASCII characters are separators (curly quotes, dashes, currency
// signs), which is most copy: folding would change nothing there. ok is
// false when s holds a non-ASCII letter, digit or mark.
func padWordsASCII(s string) (string, bool) {
	// Each byte of s gives at most one byte of the result, and the ends
	// add a space each: b never grows.
	b := make([]byte, len(s)+2)
	b[0] = ' '
	n := 1
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if w := asciiWordByte[c]; w != 0 {
				b[n] = w
				n++
				space = false
			} else if !space {
				b[n] = ' '
				n++
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) {
			return "", false
		}
		i += size
		if !space {
			b[n] = ' '
			n++
			space = true
		}
	}
	if !space {
		b[n] = ' '
		n++
	}
	return string(b[:n]), true
}

// asciiWordByte is an ASCII letter or digit as padWords writes it (letters
// lowered), 0 for every other byte: one look-up per byte in padWordsASCII.
var asciiWordByte = func() (t [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	return t
}()

func padWordsFolded(s string) string {
	f := fold(s)
	var b strings.Builder
	b.Grow(len(f) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range f {
		if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// sameFullName says whether two full name keys of one surname are one
// name spelled two ways: middle initials dropped ("george w bush" and
// "george bush"), a familiar form of the first name ("vince cable" and
// "vincent cable") or a misspelt one (see misspelt). Middle names must agree: "jerry lee lewis" is not
// "jerry lewis". An initial for the first name ("j smith") is not enough.
// familiar says the first names differ.
func sameFullName(a, b string) (same, familiar bool) {
	wa, wb := dropInitials(strings.Fields(a)), dropInitials(strings.Fields(b))
	if len(wa) != len(wb) || len(wa) < 2 || len(wa[0]) < 2 || len(wb[0]) < 2 {
		return false, false
	}
	for i := 1; i < len(wa); i++ {
		if wa[i] != wb[i] {
			return false, false
		}
	}
	if wa[0] == wb[0] {
		return true, false
	}
	return familiarOf(wa[0], wb[0]) || familiarOf(wb[0], wa[0]) || misspelt(wa[0], wb[0]), true
}

// misspelt says whether two first names of five letters or more are one
// name mistyped or spelt two ways: one letter changed, two neighbours
// swapped, or one letter more inside the name ("Mathew" and "Matthew",
// "Kirsty" and "Kisrty", "Viktor" and "Victor"). A letter more or less at
// the end often makes another name ("Justin", "Justine"; "Michael",
// "Michaela").
func misspelt(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 {
		return false
	}
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	switch len(rb) - len(ra) {
	case 0:
		var diff []int
		for i := range ra {
			if ra[i] != rb[i] {
				diff = append(diff, i)
			}
		}
		return len(diff) == 1 && diff[0] != len(ra)-1 ||
			len(diff) == 2 && diff[1] == diff[0]+1 && ra[diff[0]] == rb[diff[1]] && ra[diff[1]] == rb[diff[0]]
	case 1:
		for i := range rb[:len(rb)-1] { // the extra letter, never the last
			if string(rb[:i])+string(rb[i+1:]) == string(ra) {
				return true
			}
		}
	}
	return false
}

// dropInitials removes one-letter words after the first ("w" in "george w
// bush").
func dropInitials(w []string) []string {
	out := w[:1:1]
	for _, x := range w[1:] {
		if utf8.RuneCountInString(x) > 1 || len(out) == len(w)-1 {
			out = append(out, x)
		}
	}
	return out
}

// familiarOf says whether short is a familiar form of the first name full.
func familiarOf(short, full string) bool {
	for _, f := range familiarNames[short] {
		if f == full {
			return true
		}
	}
	return false
}

// familiarNames maps familiar first names to the names they shorten. Only
// forms that shorten few names: "Chris" may be Christopher or Christine,
// which the surname and the rest of the name then have to agree on; "Jack"
// (John) and "Harry" (Henry, Harold) are often given names of their own.
var familiarNames = map[string][]string{
	"alex": {"alexander", "alexandra"}, "andy": {"andrew"}, "tony": {"anthony", "antony"},
	"bill": {"william"}, "billy": {"william"}, "will": {"william"}, "willie": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "robbie": {"robert"},
	"chris": {"christopher", "christine", "christina"}, "dan": {"daniel"}, "danny": {"daniel"},
	"dave": {"david"}, "ed": {"edward"}, "eddie": {"edward"}, "ted": {"edward"}, "teddy": {"edward"},
	"fred": {"frederick"}, "freddie": {"frederick"}, "jim": {"james"}, "jimmy": {"james"},
	"joe": {"joseph"}, "jon": {"jonathan"}, "ken": {"kenneth"}, "kenny": {"kenneth"},
	"kate": {"katherine", "catherine", "kathryn"}, "kathy": {"katherine", "kathryn"}, "cathy": {"catherine"},
	"liz": {"elizabeth"}, "matt": {"matthew", "mathew"}, "mick": {"michael"}, "mike": {"michael"},
	"nick": {"nicholas"}, "pat": {"patrick", "patricia"}, "pete": {"peter"}, "phil": {"philip", "phillip"},
	"rafa": {"rafael"}, "rick": {"richard"}, "ricky": {"richard"}, "dick": {"richard"},
	"ron": {"ronald"}, "ronnie": {"ronald"}, "sam": {"samuel", "samantha"}, "steve": {"steven", "stephen"},
	"tom": {"thomas"}, "tommy": {"thomas"}, "tim": {"timothy"}, "vince": {"vincent"},
	"greg": {"gregory"}, "jeff": {"jeffrey", "geoffrey"}, "charlie": {"charles"}, "ben": {"benjamin"},
	"larry": {"lawrence"}, "sue": {"susan"}, "jenny": {"jennifer"}, "gerry": {"gerald", "gerard"},
	"ray": {"raymond"}, "don": {"donald"}, "doug": {"douglas"}, "josh": {"joshua"},
}
