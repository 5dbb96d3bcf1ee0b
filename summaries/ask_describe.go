package summaries

import (
	"regexp"
	"strings"
)

// News copy names its subject once and then describes it: "the company",
// "the Swedish carmaker", "the club", "the 58-year-old", "the minister".
// reDescription is such a description: "the", up to two lower-case words
// (adjectives, "former"), then a noun that stands for a named organisation
// or person. Capitalised words are not allowed in between: "the Linz
// mayor" is someone else's title.
var reDescription = regexp.MustCompile(`(?i:\bthe)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:` + describedNouns + `)\b|(?i:\bthe)\s+\d{1,3}-year-old\b`)

const describedNouns = `company|firm|group|carmaker|automaker|manufacturer|maker|producer|retailer|supermarket|chain|airline|carrier|operator|lender|bank|insurer|brewer|miner|confectioner|conglomerate|business|start-up|startup|utility|developer|broadcaster|publisher|club|team|side|union|agency|body|organi[sz]ation|regulator|watchdog|charity|council|university|hospital|court|` +
	`minister|secretary|president|premier|chancellor|mayor|governor|senator|leader|head\s+of\s+state|head\s+of\s+government|monarch|king|queen|pope|envoy|ambassador|chief|executive|chairman|chairwoman|chair|founder|manager|coach|striker|defendant|accused|politician|lawmaker|official|diplomat|tycoon|billionaire`

// describes: text refers to something by a description rather than by
// name.
func describes(text string) bool {
	return reDescription.MatchString(text)
}

// reHostVerb: someone else receives the traveller ("will welcome the
// 71-year-old in Praia"), which tells the visit as well as "flies to".
var reHostVerb = regexp.MustCompile(`(?i)\b(?:welcom\w*|host\w*|receiv\w*|greet\w*)\b`)

// describedVisit: text tells a visit to place by someone it only
// describes ("The head of state will then sail to Mindelo", "will welcome
// the 71-year-old in Praia"): a description before the place, and a word
// of going, or of hosting, before it too. Only read in articles naming
// the traveller, where the description is theirs.
func describedVisit(text, place string) bool {
	low := strings.ToLower(text)
	pi := strings.Index(low, strings.ToLower(place))
	if pi < 0 {
		return false
	}
	d := reDescription.FindStringIndex(text)
	if d == nil || d[0] > pi {
		return false
	}
	if v := reVisitCue.FindStringIndex(text); v != nil && v[0] < pi {
		return true
	}
	h := reHostVerb.FindStringIndex(text)
	return h != nil && h[0] < d[0]
}
