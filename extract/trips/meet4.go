package trips

import (
	"strings"
	"sync"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// talksDatedWith reports a meeting noun whose partner follows the day
// ("held talks on Friday afternoon with Economy Minister Rojas",
// "had lunch on Tuesday with the mayor"): the day between noun and
// "with" does not part them.
func (f *finder) talksDatedWith(i int) bool {
	from := i
	if from+1 < len(f.toks) && (f.toks[from+1].w == "late" || f.toks[from+1].w == "early") {
		from++ // "talks late on Friday with"
	}
	if from+1 < len(f.toks) && f.toks[from+1].w == "on" {
		from++
	}
	j, ok := f.timeAfter(from)
	return ok && j < len(f.toks) && f.toks[j].w == "with"
}

// yearModifiers drops the bare years that modify a noun ("under a 2024
// law", "the 2011 earthquake", "Argentina's 2019 election"): they say
// when the law or the vote was, not when anyone travels. A year before a
// journey noun ("his 2019 visit to Lima") still dates that journey. The
// timexes are copied, into a pooled buffer buf (nil when none was
// dropped), only when a year is dropped; releaseTimexes returns buf.
func yearModifiers(s string, timexes []newsbot.Timex) (kept []newsbot.Timex, buf *[]newsbot.Timex) {
	var out []newsbot.Timex
	// By index: a Timex is large, and copying each one cost more than the
	// test, which turns away all but four-byte values.
	for k := range timexes {
		tx := &timexes[k]
		drop := tx.End-tx.Start == 4 && tx.End <= len(s) && len(tx.Value) == 4 && s[tx.Start:tx.End] == tx.Value && yearAsModifier(s, tx.Start, tx.End)
		if drop && buf == nil {
			buf = timexPool.Get().(*[]newsbot.Timex)
			out = append((*buf)[:0], timexes[:k]...)
		}
		if !drop && buf != nil {
			out = append(out, *tx)
		}
	}
	if buf == nil {
		return timexes, nil
	}
	*buf = out
	return out, buf
}

// releaseTimexes returns a buffer of yearModifiers to the pool, unless a
// huge article grew it.
func releaseTimexes(buf *[]newsbot.Timex) {
	if buf == nil || cap(*buf) > 1<<10 {
		return
	}
	clear(*buf)
	*buf = (*buf)[:0]
	timexPool.Put(buf)
}

// timexPool holds the buffers of yearModifiers between calls.
var timexPool = sync.Pool{New: func() any { return new([]newsbot.Timex) }}

// yearAsModifier reports the year at s[a:b] standing between a
// determiner or possessive and a lower-case noun: "a 2024 law".
func yearAsModifier(s string, a, b int) bool {
	if b+2 > len(s) || s[b] != ' ' || s[b+1] < 'a' || s[b+1] > 'z' {
		return false
	}
	next := s[b+1:]
	if n := strings.IndexAny(next, " ,.;:)"); n >= 0 {
		next = next[:n]
	}
	switch next {
	case "visit", "visits", "trip", "tour", "journey", "stop", "stay", "and", "or", "to":
		return false // "his 2019 visit to Lima"; "the 2024 and 2025 budgets" is left alone
	}
	if a < 2 || s[a-1] != ' ' {
		return false
	}
	before := s[:a-1]
	if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") {
		return true // "Argentina's 2019 election"
	}
	w := before[strings.LastIndexByte(before, ' ')+1:]
	switch strings.ToLower(w) {
	case "a", "an", "the", "its", "his", "her", "their", "our", "this", "that":
		return true
	}
	return false
}

// satDownWith reports "sat down with" a capitalised partner, the day
// between allowed ("sat down on Friday with Finance Minister Ruiz"); not
// "sat down with reporters" nor "sat in parliament".
func (f *finder) satDownWith(i int) bool {
	k := i + 1
	if k >= len(f.toks) || f.toks[k].w != "down" {
		return false
	}
	if k+1 < len(f.toks) && f.toks[k+1].w != "with" && !f.talksDatedWith(k) {
		return false
	}
	for k++; k < len(f.toks) && f.toks[k].w != "with"; k++ {
	}
	if k+1 >= len(f.toks) {
		return false
	}
	n := f.toks[k+1]
	return isCapitalised(f.text[n.start:n.end])
}

// atVenue reports a name met right after "at" or "at the" ("dinner with
// Reyes at the Hotel Carrera", "met Rojas at Cerro Castillo"): the
// place of the meeting, which the people finder took for a person,
// not someone met.
func (f *finder) atVenue(m people.Mention) bool {
	if m.Kind != people.Name {
		return false
	}
	before := f.text[max(0, m.Start-8):m.Start]
	return strings.HasSuffix(before, " at ") || strings.HasSuffix(before, " at the ")
}
