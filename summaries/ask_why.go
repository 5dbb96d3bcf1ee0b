package summaries

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Why did X resign?" is answered by the sentence giving the reason for
// that act, and copy tells the act in many words: "her exit stemmed from a
// clash", "the resignations followed a row". A reason stated as such
// ("because", "stemmed from", "citing", "blamed") outranks a circumstance
// the act happened in ("amid a shake-up", "following talks"), and a
// circumstance counts only after the act: in "shares fell following the
// departure of its chief" the departure is the cause of something else.

// actKin are the other words copy tells an act by, by the base form of
// the verb a question asks with.
var actKin = map[string]string{
	"leave":    kinDepart,
	"resign":   kinDepart + `|left|leaving|leaves`,
	"quit":     kinDepart + `|left|leaving|leaves`,
	"depart":   kinDepart + `|left|leaving|leaves`,
	"strike":   `strikes?|striking|struck|walk-?outs?|walk(?:ed|ing)?\s+out|industrial\s+action`,
	"delay":    `delay(?:s|ed|ing)?|postpone(?:s|d|ment)?|postponing|put\s+back|put\s+off|deferr?(?:ed|al|ing)?`,
	"postpone": `delay(?:s|ed|ing)?|postpone(?:s|d|ment)?|postponing|put\s+back|put\s+off|deferr?(?:ed|al|ing)?`,
	"sack":     `sacking|dismissal|dismissed|fired|firing`,
	"close":    `closure`,
	"cancel":   `cancell?ation|scrapp(?:ed|ing)|called\s+off`,
}

const kinDepart = `resign(?:s|ed|ing|ations?)?|quit(?:s|ting)?|departure|exit|st(?:ep|eps|epped|epping|ood|ands?|anding)\s+down`

// whyAct matches a sentence telling one of the question's lower-case
// words (forms, the verbs asked about) or a kin word of one; loc gives
// where the first one starts.
func whyAct(terms []string) func(s string) (int, bool) {
	var verbs [][]string
	var kin []string
	for _, t := range terms {
		r := []rune(t)
		if len(r) <= 2 || !unicode.IsLower(r[0]) {
			continue
		}
		verbs = append(verbs, anyForms(t))
		for _, b := range lemmas(t) {
			if k, ok := actKin[b]; ok && !slices.Contains(kin, k) {
				kin = append(kin, k)
			}
		}
	}
	var kinRe *regexp.Regexp
	if len(kin) > 0 {
		kinRe = regexp.MustCompile(`(?i)\b(?:` + strings.Join(kin, "|") + `)\b`)
	}
	return func(s string) (int, bool) {
		at := -1
		// at is an offset into s (the caller reads s[at:], and kinRe's
		// match is in s), so low lowers ASCII letters only and keeps every
		// byte in place: a full lowering lengthens "Ⱥ" and shortens "İ".
		// The forms are the question's English words.
		low := text.LowerASCII(s)
		for _, forms := range verbs {
			if !hasVerb(s, forms) {
				continue
			}
			for _, f := range forms {
				if i := wordIndex(low, f); i >= 0 && (at < 0 || i < at) {
					at = i
				}
			}
		}
		if kinRe != nil {
			if loc := kinRe.FindStringIndex(s); loc != nil && (at < 0 || loc[0] < at) {
				at = loc[0]
			}
		}
		return at, at >= 0
	}
}

// wordIndex is where w first stands as a whole word in s, or -1.
func wordIndex(s, w string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

// reCircumstance is a circumstance an act happened in, read as its reason
// only after the act and when no stated reason is told.
var reCircumstance = lazyre.New(`(?i)\b(?:amid|amidst|after|following|in\s+the\s+wake\s+of|over\s+(?:the|a|an|his|her|its|their)\s)`)

// whyNeed is the sentence a why-question wants first: a stated reason
// with the act asked about.
func whyNeed(q string, terms []string) func(string) bool {
	act, feeling := whyAct(terms), asksFeeling(q)
	return func(s string) bool {
		_, ok := act(s)
		return ok && givesReason(s, feeling)
	}
}

// whyLooseNeed is what answers a why-question when no sentence states a
// reason: the act, then a circumstance ("left amid a shake-up").
func whyLooseNeed(terms []string) func(string) bool {
	act := whyAct(terms)
	return func(s string) bool {
		at, ok := act(s)
		if !ok {
			return false
		}
		loc := reCircumstance.FindStringIndex(s[at:])
		return loc != nil
	}
}

// statesReason: s states a reason for a why-question, though with another
// word for the act ("earnings dropped because of costs" for "why did
// profits fall?"): it answers better than a circumstance elsewhere.
func statesReason(question, s string) bool {
	q := cleanQuestion(question)
	return reAskWhy.MatchString(q) && givesReason(s, asksFeeling(q))
}
