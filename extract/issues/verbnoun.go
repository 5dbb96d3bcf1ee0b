package issues

import "strings"

// pastActs are past-tense verbs a title may open with when the chunker
// took a clause ("Froze pensions" of "the government froze pensions"),
// each with the noun naming the act and the preposition its object takes:
// an editor lists "Freeze on pensions".
var pastActs = map[string]struct{ noun, prep string }{
	"froze": {"freeze", "on"}, "frozen": {"freeze", "on"}, "banned": {"ban", "on"}, "capped": {"cap", "on"},
	"blocked": {"block", "on"}, "halted": {"halt to", ""}, "scrapped": {"scrapping", "of"},
	"suspended": {"suspension", "of"}, "closed": {"closure", "of"}, "seized": {"seizure", "of"},
	"expelled": {"expulsion", "of"}, "detained": {"detention", "of"}, "arrested": {"arrest", "of"},
	"privatised": {"privatisation", "of"}, "privatized": {"privatization", "of"}, "postponed": {"postponement", "of"},
	"cancelled": {"cancellation", "of"}, "canceled": {"cancellation", "of"}, "withdrew": {"withdrawal", "of"},
	"hiked": {"hike in", ""}, "raised": {"rise in", ""}, "delayed": {"delay to", ""}, "lifted": {"lifting", "of"},
}

// verbNounTitle is a title opening with a past act turned into the act's
// name ("Froze pensions" → "Freeze on pensions"), or "".
func verbNounTitle(title string) string {
	verb, obj, ok := strings.Cut(title, " ")
	if !ok || obj == "" || !startsLower(obj) {
		return "" // "Banned Books Week", "Closed"
	}
	var buf [24]byte
	act, ok := pastActs[string(appendLower(buf[:0], verb))]
	if !ok {
		return ""
	}
	if first, _, _ := strings.Cut(obj, " "); generic[strings.ToLower(first)] && !strings.Contains(obj, " ") {
		return "" // "Raised concerns" names no act's object
	}
	n := act.noun
	if act.prep != "" {
		n += " " + act.prep
	}
	return capitalise(n + " " + obj)
}
