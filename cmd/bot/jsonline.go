package main

import (
	"strconv"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
)

// appendExtraction appends x as json.Marshal writes it: the same fields in
// the same order, nil slices as null, a trip's unknown date as null and
// after it, strings escaped as encoding/json escapes them (HTML characters
// included). encoding/json's reflection and its byte-at-a-time escaping
// were 7% of `bot extract --jsonl`'s instructions per article; the output
// line is the external contract, so TestAppendExtraction holds this to
// json.Marshal on every kind of value and TestAppendExtractionFields fails
// when a field is added to the types without being added here.
func appendExtraction(b []byte, x newsbot.Extraction) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, x.ID)
	b = append(b, `,"people":`...)
	b = appendList(b, x.People, appendPerson)
	b = append(b, `,"quotes":`...)
	b = appendList(b, x.Quotes, appendQuote)
	b = append(b, `,"trips":`...)
	b = appendList(b, x.Trips, appendTrip)
	b = append(b, `,"issues":`...)
	b = appendList(b, x.Issues, appendIssue)
	b = append(b, `,"timexes":`...)
	b = appendList(b, x.Timexes, appendTimex)
	return append(b, '}')
}

func appendPerson(b []byte, p newsbot.Person) []byte {
	b = append(b, `{"name":`...)
	b = appendJSONString(b, p.Name)
	b = append(b, `,"role":`...)
	b = appendJSONString(b, p.Role)
	b = append(b, `,"mentions":`...)
	b = appendList(b, p.Mentions, appendJSONString)
	return append(b, '}')
}

func appendQuote(b []byte, q newsbot.Quote) []byte {
	b = append(b, `{"text":`...)
	b = appendJSONString(b, q.Text)
	b = append(b, `,"speaker":`...)
	b = appendJSONString(b, q.Speaker)
	b = append(b, `,"mention":`...)
	b = appendJSONString(b, q.Mention)
	b = append(b, `,"cue":`...)
	b = appendJSONString(b, q.Cue)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, q.Kind)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(q.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(q.End), 10)
	return append(b, '}')
}

// appendTrip follows Trip.MarshalJSON: its "date" field shadows the
// embedded one and so comes last.
func appendTrip(b []byte, t newsbot.Trip) []byte {
	b = append(b, `{"traveler":`...)
	b = appendJSONString(b, t.Traveler)
	b = append(b, `,"place":`...)
	b = appendJSONString(b, t.Place)
	b = append(b, `,"country":`...)
	b = appendJSONString(b, t.Country)
	if t.After != "" {
		b = append(b, `,"after":`...)
		b = appendJSONString(b, t.After)
	}
	b = append(b, `,"when_text":`...)
	b = appendJSONString(b, t.WhenText)
	b = append(b, `,"status":`...)
	b = appendJSONString(b, t.Status)
	b = append(b, `,"what":`...)
	b = appendJSONString(b, t.What)
	b = append(b, `,"counterparts":`...)
	b = appendList(b, t.Counterparts, appendJSONString)
	b = append(b, `,"evidence":`...)
	b = appendJSONString(b, t.Evidence)
	b = append(b, `,"date":`...)
	if t.Date == "" {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, t.Date)
	}
	return append(b, '}')
}

func appendIssue(b []byte, is newsbot.Issue) []byte {
	b = append(b, `{"title":`...)
	b = appendJSONString(b, is.Title)
	b = append(b, `,"keywords":`...)
	b = appendList(b, is.Keywords, appendJSONString)
	b = append(b, `,"summary":`...)
	b = appendJSONString(b, is.Summary)
	b = append(b, `,"evidence":`...)
	b = appendList(b, is.Evidence, appendJSONString)
	return append(b, '}')
}

func appendTimex(b []byte, t newsbot.Timex) []byte {
	b = append(b, `{"text":`...)
	b = appendJSONString(b, t.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(t.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(t.End), 10)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, t.Type)
	b = append(b, `,"value":`...)
	b = appendJSONString(b, t.Value)
	return append(b, '}')
}

// appendList writes a JSON array, or null for a nil slice as
// encoding/json does.
func appendList[T any](b []byte, xs []T, appendOne func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOne(b, x)
	}
	return append(b, ']')
}

// Masks for the eight bytes of a word at once: each of lo and hi repeats
// one byte value in every byte.
const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// plainWord reports whether none of the eight bytes of w needs more than
// copying in a JSON string: none is a control character, non-ASCII, or
// one of " \ < > & (encoding/json escapes the last three too). Each test
// is the exact "some byte is zero" (or "below 0x20") test of a word:
// (v-lo8)&^v&hi8 is non-zero when some byte of v is; v^c*lo8 has a zero
// byte where w has c, and clearing the one bit by which '"' and '&' (or
// '<' and '>') differ tests for both at once.
func plainWord(w uint64) bool {
	quoteAmp := (w ^ '"'*lo8) &^ (('"' ^ '&') * lo8)
	angle := (w ^ '<'*lo8) &^ (('<' ^ '>') * lo8)
	backslash := w ^ '\\'*lo8
	special := w | (w-0x20*lo8)&^w |
		(quoteAmp-lo8)&^quoteAmp | (angle-lo8)&^angle | (backslash-lo8)&^backslash
	return special&hi8 == 0
}

// load64 is the eight bytes of s from i as one little-endian word (the
// compiler makes it a single load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted and escaped exactly as encoding/json's
// Marshal does (escapeHTML on): runs of eight plain ASCII bytes are
// copied by the word; every other byte takes encoding/json's own steps.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plainWord(load64(s, i)) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if htmlSafe(c) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			// Valid JSON, but not JavaScript: encoding/json escapes them.
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// htmlSafe reports whether encoding/json copies the ASCII byte c as it
// is with HTML escaping on (its htmlSafeSet).
func htmlSafe(c byte) bool {
	return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
}
