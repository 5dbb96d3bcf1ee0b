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
