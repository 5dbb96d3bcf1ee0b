// Package people finds the people (and organisations and unnamed sources)
// an article mentions and resolves every mention, including pronouns and
// descriptions such as "the British leader", to a canonical person.
// Pure: text in, structs out.
package people

import newsbot "github.com/newsroom/newsbot"

// MentionKind says how a mention points at its referent.
type MentionKind int

const (
	Name         MentionKind = iota // "Keir Starmer", "Starmer", "Sir Keir"
	Pronoun                         // "he", "she", "they"
	Description                     // "the British leader", "the prime minister"
	Organisation                    // "Downing Street", "the foreign ministry"
	Unnamed                         // "a senior source", "a Downing Street spokesman"
)

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

// Find reads the people of an article.
// TODO(people helper): replace this placeholder with the real recogniser.
func Find(text string) *Cast {
	return &Cast{}
}

// MentionsIn returns the mentions lying inside [start, end).
func (c *Cast) MentionsIn(start, end int) []Mention {
	var out []Mention
	for _, m := range c.Mentions {
		if m.Start >= start && m.End <= end {
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
