package store

import (
	"strings"
	"unicode"
)

// ftsWords splits user text into the words FTS5's unicode61 tokenizer would
// index. Everything else (quotes, '*', '(', ':', '^', '-', 'NEAR(') is
// dropped here, so no user text ever reaches FTS5 as syntax.
func ftsWords(s string) []string {
	s = strings.ToValidUTF8(s, " ")
	return strings.FieldsFunc(s, func(r rune) bool { return !isTokenRune(r) })
}

// isTokenRune mirrors the unicode61 tokenizer's default token characters
// (categories L*, N* and Co); everything else separates tokens there, so it
// must separate words here too, or one "word" becomes a multi-token phrase.
func isTokenRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

// ftsPhrase turns user text into one FTS5 phrase query ("w1 w2 w3"): the
// words in order, adjacent. "" when the text has no words, and then the
// caller must not query at all.
func ftsPhrase(s string) string {
	w := ftsWords(s)
	if len(w) == 0 {
		return ""
	}
	// Each word is a bare token inside one string; the words hold no '"', so
	// the string cannot be closed early.
	return `"` + strings.Join(w, " ") + `"`
}

// errMultiToken tells that a query word split into several tokens under
// SQLite's (older) Unicode tables: a phrase, which an index without
// positions cannot run. Such a word can match nothing as typed.
const errMultiToken = "phrase queries are not supported"

// ftsAll turns user text into a query matching documents holding every word
// (any order): "w1" "w2". Words are quoted so that AND, OR, NOT and NEAR are
// plain words.
func ftsAll(s string) string {
	w := ftsWords(s)
	if len(w) == 0 {
		return ""
	}
	for i := range w {
		w[i] = `"` + w[i] + `"`
	}
	return strings.Join(w, " ")
}
