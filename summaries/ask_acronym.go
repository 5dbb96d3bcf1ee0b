package summaries

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/newsroom/newsbot/internal/lazyre"
)

// Acronyms the wire spells out without defining them. An article's own
// definition ("the World Health Organization (WHO)") is read as well.
var acronymNames = map[string]string{
	"WHO":   "World Health Organization",
	"IMF":   "International Monetary Fund",
	"UN":    "United Nations",
	"EU":    "European Union",
	"ECB":   "European Central Bank",
	"NATO":  "North Atlantic Treaty Organization",
	"WTO":   "World Trade Organization",
	"IAEA":  "International Atomic Energy Agency",
	"OPEC":  "Organization of the Petroleum Exporting Countries",
	"ICC":   "International Criminal Court",
	"ICJ":   "International Court of Justice",
	"AU":    "African Union",
	"FAO":   "Food and Agriculture Organization",
	"UNHCR": "UN refugee agency",
	"OECD":  "Organisation for Economic Co-operation and Development",
	"ASEAN": "Association of Southeast Asian Nations",
	"FBI":   "Federal Bureau of Investigation",
	"CDC":   "Centers for Disease Control and Prevention",
	"NHS":   "National Health Service",
}

// reAcronym is a word of capitals only, two to six letters.
var reAcronym = lazyre.New(`\b\p{Lu}{2,6}\b`)

// questionAcronyms are the acronyms a question writes ("When will the WHO
// decide?"), unless the whole question is in capitals.
func questionAcronyms(question string) []string {
	if !strings.ContainsFunc(question, unicode.IsLower) {
		return nil
	}
	var out []string
	for _, m := range reAcronym.FindAllString(question, -1) {
		if m != "I" && !containsFold(out, m) {
			out = append(out, m)
		}
	}
	return out
}

func containsFold(xs []string, x string) bool {
	for _, y := range xs {
		if strings.EqualFold(x, y) {
			return true
		}
	}
	return false
}

// definedAs finds "Full Name (ACR)" in text, the name's initials spelling
// the acronym (small words such as "of" and "the" may be skipped).
func definedAs(text, acr string) string {
	i := strings.Index(text, "("+acr+")")
	if i < 0 {
		// "the Authority for Consumers and Markets, or ACM, said": the
		// other way wire copy defines one.
		for _, sep := range []string{", or the " + acr, ", or " + acr} {
			if j := strings.Index(text, sep); j >= 0 && !startsWord(text[j+len(sep):]) {
				i = j
				break
			}
		}
	}
	if i < 0 {
		return knownAs(text, acr)
	}
	words := strings.Fields(text[:i])
	// Walk back over the name's words while they may start the acronym.
	for n := 1; n <= min(len(words), 10); n++ {
		cand := words[len(words)-n:]
		if !unicode.IsUpper([]rune(cand[0])[0]) {
			continue
		}
		var initials []rune
		for _, w := range cand {
			if r := []rune(w); unicode.IsUpper(r[0]) {
				initials = append(initials, r[0])
			}
		}
		if string(initials) == acr {
			return strings.Join(cand, " ")
		}
	}
	return ""
}

// withAcronyms adds to terms the acronyms of the question that the
// stopword list dropped ("WHO") and the words of their full names, as the
// stored articles define them or as the wire commonly spells them: "the
// IMF" is "the International Monetary Fund" in most copy.
func (s *Service) withAcronyms(ctx context.Context, question string, terms []string) ([]string, error) {
	for _, acr := range slices.Sorted(maps.Keys(acronymNames)) {
		name := acronymNames[acr]
		// "What did the International Monetary Fund say?" in copy that
		// writes "the IMF".
		if strings.Contains(strings.ToLower(question), strings.ToLower(name)) && !containsFold(terms, acr) {
			terms = append(terms, acr)
		}
	}
	for _, acr := range questionAcronyms(question) {
		if !containsFold(terms, acr) {
			terms = append(terms, acr)
		}
		name := acronymNames[acr]
		ps, err := s.Store.SearchPassages(ctx, acr, 5)
		if err != nil {
			return nil, fmt.Errorf("ask: search passages %q: %w", acr, err)
		}
		defined := false
		for _, p := range ps {
			if d := definedAs(p.Text, acr); d != "" {
				name, defined = d, true
				break
			}
		}
		if alt := strings.ReplaceAll(name, "ization", "isation"); !defined && alt != name {
			// British copy spells it "Organisation": use the spelling the
			// store holds.
			hits, err := s.Store.SearchPassages(ctx, alt, 1)
			if err != nil {
				return nil, fmt.Errorf("ask: search passages %q: %w", alt, err)
			}
			if len(hits) > 0 {
				name = alt
			}
		}
		for _, w := range keyTerms(name) {
			if !containsFold(terms, w) && !strings.EqualFold(w, "UN") {
				terms = append(terms, w)
			}
		}
	}
	return terms, nil
}

// startsWord: rest goes on with a letter or digit, so the acronym before
// it was only the start of a longer word.
func startsWord(rest string) bool {
	for _, r := range rest {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// knownAs finds "The Full Name, known as ACR," in text: copy that names a
// foreign body in English gives its own acronym, whose letters need not
// be the English name's ("the National Markets and Competition
// Commission, known as CNMC"). The name is the run of capitalised words
// (and small joining words) before the comma, two at least.
func knownAs(text, acr string) string {
	i := -1
	for _, sep := range []string{", known as the " + acr, ", known as " + acr, " (known as " + acr} {
		if j := strings.Index(text, sep); j >= 0 && !startsWord(text[j+len(sep):]) {
			i = j
			break
		}
	}
	if i < 0 {
		return ""
	}
	words := strings.Fields(text[:i])
	n, caps := 0, 0
	for k := len(words) - 1; k >= 0 && n < 10; k-- {
		w := words[k]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			break // "Italy's Authority for ...": whose, not the name
		}
		if r := []rune(w); unicode.IsUpper(r[0]) {
			caps++
		} else if w != "and" && w != "of" && w != "for" && w != "on" && w != "the" && w != "de" {
			break
		}
		n++
	}
	name := words[len(words)-n:]
	for len(name) > 0 && (!unicode.IsUpper([]rune(name[0])[0]) || name[0] == "The") {
		name = name[1:] // "The", or a small word, opens no name
	}
	if caps < 2 || len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}
