// Package peopletest builds people.Casts by hand, so that packages which
// consume a Cast (trips, issues) test their own rules independently of the
// recogniser's.
package peopletest

import (
	"sort"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// CastOf makes a Cast of text: every whole-word occurrence of a surface form
// (longest forms first, never overlapping) is a mention of the person at
// the index the form maps to; -1 marks an organisation, and "he"/"she" are
// pronouns.
func CastOf(text string, names []string, forms map[string]int) *people.Cast {
	c := &people.Cast{}
	for _, n := range names {
		c.People = append(c.People, newsbot.Person{Name: n})
	}
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	taken := make([]bool, len(text))
	for _, k := range keys {
		for off := 0; ; {
			i := strings.Index(text[off:], k)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(k)
			off = e
			if s > 0 && isWordByte(text[s-1]) || e < len(text) && isWordByte(text[e]) {
				continue
			}
			free := true
			for x := s; x < e; x++ {
				free = free && !taken[x]
			}
			if !free {
				continue
			}
			for x := s; x < e; x++ {
				taken[x] = true
			}
			kind := people.Name
			switch {
			case forms[k] < 0:
				kind = people.Organisation
			case strings.EqualFold(k, "he") || strings.EqualFold(k, "she"):
				kind = people.Pronoun
			}
			c.Mentions = append(c.Mentions, people.Mention{Start: s, End: e, Text: k, Kind: kind, Person: forms[k]})
		}
	}
	sort.Slice(c.Mentions, func(i, j int) bool { return c.Mentions[i].Start < c.Mentions[j].Start })
	return c
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
