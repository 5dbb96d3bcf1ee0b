package issues

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// A headline kept apart. Pages, feeds and pasted URLs give the headline as
// the article's title, not as its text's first line, and the offsets of
// quotes and sentences are offsets into the text, so the headline cannot
// be put back into it. The issues stage alone reads it as the first line
// of the copy, where the wire pass and the headline frames look for it, and
// hands back only what the text itself says: no evidence or summary is
// the headline.

// Only a short story is read with its headline. A headline tells one
// story, and the wire pass lists that story once (see wirePass): right for
// wire copy, whose headline sits in its text, but a long page or feature
// goes on to several threads its headline does not name. On the gold
// articles (bot eval issues), given their page or corpus titles, every
// length kept 27/31 required issues found without a headline, 10/31 with
// one, 26/31 with one for stories of shortArticle sentences or fewer.

// headlineGap stands between a headline kept apart and the text, as between
// a wire headline and its copy: a paragraph of its own.
const headlineGap = "\n\n"

// maxHeadlineRunes bounds a headline; a longer title is a standfirst or a
// lead (as ingest's titleFromText judges).
const maxHeadlineRunes = 150

// FindWithHeadline is FindInSentences for copy whose headline is kept
// apart from the text s (an HTML page's title, a feed item's). The issues
// of a short story are those of the headline set above the text, but
// every evidence sentence and summary is the text's own. A headline that
// is empty, that the text already opens with, that is only the text's
// first sentence cut short (an ingested title standing in for a missing
// headline), or that does not read as a headline (a closing full stop),
// and the headline of a long story, change nothing: the result is
// FindInSentences(s, sents, cast, quotes).
func FindWithHeadline(headline, s string, sents []text.Span, cast *people.Cast, quotes []newsbot.Quote) []newsbot.Issue {
	if headline == "" || len(sents) == 0 || len(sents)+1 > shortArticle {
		return FindInSentences(s, sents, cast, quotes)
	}
	h := apartHeadline(headline, s)
	if h == "" {
		return FindInSentences(s, sents, cast, quotes)
	}
	d := len(h) + len(headlineGap)
	full := h + headlineGap + s
	hs := make([]text.Span, 0, len(sents)+1)
	hs = append(hs, text.Span{Start: 0, End: len(h), Text: full[:len(h)]})
	for _, sp := range sents {
		hs = append(hs, text.Span{Start: sp.Start + d, End: sp.End + d, Text: sp.Text})
	}
	if !isHeadline(full, hs) {
		return FindInSentences(s, sents, cast, quotes)
	}
	var hc *people.Cast
	if cast != nil {
		hc = &people.Cast{People: cast.People, Mentions: make([]people.Mention, len(cast.Mentions))}
		for i, m := range cast.Mentions {
			m.Start += d
			m.End += d
			hc.Mentions[i] = m
		}
	}
	hq := make([]newsbot.Quote, len(quotes))
	for i, q := range quotes {
		q.Start += d
		q.End += d
		hq[i] = q
	}
	return withoutHeadline(FindInSentences(full, hs, hc, hq), hs[0].Text, hs[1:])
}

// apartHeadline is the headline to set above s, one line of single
// spaces, or "" when there is none to add.
func apartHeadline(headline, s string) string {
	h := strings.Join(strings.Fields(headline), " ")
	if h == "" || utf8.RuneCountInString(h) > maxHeadlineRunes {
		return ""
	}
	// The text's first line, as ingest reads a title from it.
	first := strings.TrimLeft(strings.TrimPrefix(s, "\ufeff"), " \t\r\n")
	first, _, _ = strings.Cut(first, "\n")
	// Its opening is enough: a long paragraph is not folded whole.
	if n := 4*len(h) + 8; len(first) > n {
		first = first[:n]
	}
	// Ingest stands the lead's first sentence in for a missing headline,
	// its full stop dropped, or cut short at a word with an ellipsis.
	cut := strings.TrimSuffix(strings.TrimSuffix(h, "…"), "...")
	short := cut != h
	if short {
		cut = strings.TrimRight(cut, " ,;:")
	}
	// Of the opening's words, single-spaced, the tests below read no
	// more than a byte past the headline's length.
	var buf [2 * maxHeadlineRunes]byte
	first = string(appendFieldsPrefix(buf[:0], strings.TrimLeft(first, "# \t"), len(cut)+1))
	if cut == "" || len(first) < len(cut) || !strings.EqualFold(first[:len(cut)], cut) {
		return h
	}
	if len(first) == len(cut) || first[len(cut)] == '.' || short && (!isWordByte(first[len(cut)]) || !isWordByte(cut[len(cut)-1])) {
		return "" // the text opens with it
	}
	return h
}

// appendFieldsPrefix appends the first n bytes (all, when fewer) of
// strings.Join(strings.Fields(s), " ") without splitting the rest of s.
func appendFieldsPrefix(buf []byte, s string, n int) []byte {
	start := len(buf)
	space := false // white space read since the last word
	for i := 0; i < len(s) && len(buf)-start < n; {
		c, size := s[i], 1
		white := asciiSpace(c) // unicode.IsSpace below U+0080
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			white = unicode.IsSpace(r)
		}
		if white {
			space = true
			i += size
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
			space = false
			continue // the word's first byte, if room is left, next turn
		}
		space = false
		if size == 1 {
			buf = append(buf, c)
		} else {
			buf = append(buf, s[i:i+min(size, n-(len(buf)-start))]...)
		}
		i += size
	}
	return buf
}

// withoutHeadline strips the headline from the issues' evidence and
// summaries. An issue the headline alone evidenced is evidenced by the
// body sentence holding most of its title's words, else the lead.
func withoutHeadline(res []newsbot.Issue, h string, body []text.Span) []newsbot.Issue {
	hs := clip(h, maxSummary)
	for i := range res {
		is := &res[i]
		is.Evidence = slices.DeleteFunc(is.Evidence, func(e string) bool { return e == h })
		if len(is.Evidence) == 0 {
			is.Evidence = []string{bestBodySentence(is.Title, body)}
		}
		if is.Summary == hs {
			is.Summary = clip(is.Evidence[0], maxSummary)
		}
	}
	return res
}

// bestBodySentence is the sentence of body holding the most of the
// title's words, the first on a tie, the lead when none holds any.
func bestBodySentence(title string, body []text.Span) string {
	tw := lemmas(title, lemAll)
	best, bestN := 0, 0
	for i, sp := range body {
		if n := heldWords(sp.Text, tw); n > bestN {
			best, bestN = i, n
		}
	}
	return body[best].Text
}
