package text

// The splitter as it was before its byte-level fast paths, kept to check
// that the fast one splits exactly alike (FuzzSentencesMatchReference).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs splits on line breaks; a paragraph is a run of text between
// newlines with its surrounding white space trimmed. Empty lines are dropped.
func refParagraphs(s string) []Span {
	var out []Span
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if sp, ok := refTrim(s, start, end); ok {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// Sentences splits every paragraph of s into sentences.
func refSentences(s string) []Span {
	var out []Span
	for _, p := range refParagraphs(s) {
		out = refAppendSentences(out, s, p.Start, p.End)
	}
	return out
}

// abbreviations end with a full stop that does not end a sentence.
var refAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "st": true,
	"jr": true, "sr": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "v": true, "etc": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"d.c": true, "ft": true, "mt": true, "approx": true, "dept": true, "est": true,
}

// closers may follow a sentence-final mark and still belong to the sentence.
func refIsCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

func refAppendSentences(out []Span, s string, start, end int) []Span {
	sentStart := start
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		j := i + size
		// Swallow runs of marks and closing quotes/brackets: `?!"` or `."`.
		for j < end {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || refIsCloser(r2) {
				j += sz
				continue
			}
			break
		}
		if j < end {
			r2, _ := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				i = j // "U.S.A" or "3.5": not a boundary
				continue
			}
		}
		if r == '.' && (refIsAbbreviation(s, sentStart, i) || refIsNumberSign(s, sentStart, i, j, end)) {
			i = j
			continue
		}
		if j < end && !refStartsSentence(s[j:end]) {
			i = j
			continue
		}
		if sp, ok := refTrim(s, sentStart, j); ok {
			out = append(out, sp)
		}
		sentStart = j
		i = j
	}
	if sp, ok := refTrim(s, sentStart, end); ok {
		out = append(out, sp)
	}
	return out
}

// isAbbreviation reports whether the word ending at the full stop dot is a
// known abbreviation or a single initial ("John F. Kennedy").
func refIsAbbreviation(s string, from, dot int) bool {
	k := dot
	for k > from {
		r, size := utf8.DecodeLastRuneInString(s[from:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		k -= size
	}
	word := s[k:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return refAbbreviations[strings.ToLower(word)]
}

// isNumberSign reports whether the full stop ends "No." before a number
// ("No. 10 Downing Street"), which is not a sentence end though "said no." is.
func refIsNumberSign(s string, from, dot, next, end int) bool {
	if dot-from < 2 || !strings.EqualFold(s[dot-2:dot], "no") || (dot-from > 2 && s[dot-3] != ' ') {
		return false
	}
	rest := strings.TrimLeft(s[next:end], " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// startsSentence reports whether the text after a boundary candidate looks
// like the start of a new sentence: an upper-case letter, digit or opening
// quote after the white space.
func refStartsSentence(rest string) bool {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError {
		return true
	}
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '—', '-':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func refTrim(s string, start, end int) (Span, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start >= end {
		return Span{}, false
	}
	return Span{Start: start, End: end, Text: s[start:end]}, true
}
