package quotes

import "strings"

// term3 reports whether a short quoted phrase inside a sentence is a term
// or a name the writer marks, not anyone's speech, though a verb of
// saying may govern the sentence it stands in:
//
//   - a slogan on a banner: "marched under the banner “Hands Off Our
//     Coast”, police said";
//   - a naming: "what locals call “the bog road”";
//   - a name before the noun it qualifies: "a new “click and collect”
//     parcel service", "its “Fair Play First” policy";
//   - a named practice brought in or taken up: "began a “go slow”",
//     "would be followed by a “work to rule”".
//
// Words the verb governs as its own ("said the plan was “a betrayal of
// voters”") are left to the attribution.
func (a *attributor) term3(sp span) bool {
	s := a.s
	if !sp.closed || sp.end-sp.start > 60 || sp.end <= sp.start {
		return false
	}
	// The word before the marks, or the noun after them, must call for one
	// of the rules: most quotations are turned away here, before their
	// words are read.
	lo := sp.paraA
	b1, w1 := prevWord3(s, lo, sp.open)
	if b1 < 0 {
		return false
	}
	t := s[sp.start:sp.end]
	switch w1 {
	case "banner", "banners", "hashtag", "slogan", "slogans", "motto", "tagline", "catchphrase", "strapline":
		// "under the banner “Q”", "with the hashtag “Q”", "marching
		// under the slogan “Q”". "Nixon ran on the slogan “Q”" is his.
		b0, w0 := prevWord3(s, lo, b1)
		if !determiner3(w0) || !plainWords3(t, true) || countWords(t, 0, len(t)) > 8 {
			return false
		}
		if w1 == "banner" || w1 == "banners" || w1 == "hashtag" {
			return true
		}
		_, w := prevWord3(s, lo, b0)
		return w == "under" || w == "behind"
	case "call", "calls", "term", "terms", "dub", "dubs":
		// "what residents call “Q”": a name in use among people of some
		// kind. "what she called “bullying” tactics" was said once, by
		// her, and "what it calls “psychographic” profiles" is the firm's
		// word for its work: both left to the attribution.
		p := b1
		if b, w := prevWord3(s, lo, p); b < 0 || w[0] < 'a' || w[0] > 'z' || isSubjectPronoun(w) || w == "it" || w == "they" || w == "we" {
			return false
		}
		if !plainWords3(t, false) || countWords(t, 0, len(t)) > 5 {
			return false
		}
		for n := 0; n < 5; n++ {
			b, w := prevWord3(s, lo, p)
			if b < 0 {
				return false
			}
			if equalFoldLower("what", w) {
				return true
			}
			p = b
		}
		return false
	case "as":
		// "what is known as “Q”", "a practice known as “Q”".
		_, w0 := prevWord3(s, lo, b1)
		return w0 == "known" && plainWords3(t, false) && countWords(t, 0, len(t)) <= 5
	}
	if a.nounAfter3(sp.close) {
		return a.termBeforeNoun3(sp, t)
	}
	if w1 != "a" && w1 != "an" {
		return false
	}
	// A practice named by a phrase ("work to rule", "go-slow", "stop and
	// search"), not a description ("a “world downturn”").
	if hasUpper3(t) || !plainWords3(t, false) || countWords(t, 0, len(t)) > 5 {
		return false
	}
	if !strings.ContainsRune(t, '-') && !strings.Contains(t, " to ") && !strings.Contains(t, " and ") && !strings.Contains(t, " or ") {
		return false
	}
	_, w0 := prevWord3(s, lo, b1)
	return takeUp3(w0)
}

// termBeforeNoun3 reports whether the words t in marks, followed by a noun
// that heads a named thing, are that thing's name: a determiner or a
// possessive within two words before the marks and a phrase of two to
// five words, not a verdict ("the “reckless” plan", "an “utterly
// reckless” plan", "the “less painful” option", "the current “unfair and
// inhumane” system", "a “firm but fair” policy") nor one compound, most
// often a manner ("a “meeting-by-meeting” approach").
func (a *attributor) termBeforeNoun3(sp span, t string) bool {
	s := a.s
	if strings.IndexByte(t, ' ') < 0 || !plainWords3(t, false) {
		return false
	}
	if n := countWords(t, 0, len(t)); n < 2 || n > 5 {
		return false
	}
	if fw := firstWord3(t); strings.HasSuffix(fw, "ly") || degreeWord3(fw) {
		return false
	}
	if strings.Contains(t, " and ") || strings.Contains(t, " but ") || strings.Contains(t, " or ") {
		return false
	}
	p := sp.open
	for n := 0; n < 2; n++ {
		b, w := prevWord3(s, sp.paraA, p)
		if b < 0 {
			return false
		}
		if determiner3(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			// "promised a “Q” policy": the words are the promise's.
			_, v := prevWord3(s, sp.paraA, b)
			return cueOf(v)&cueVerb == 0
		}
		if cueOf(w)&cueVerb != 0 || w == "as" || copula3(w) {
			return false
		}
		p = b
	}
	return false
}

// plainWords3 reports whether t holds no sentence punctuation nor
// quotation marks (commas only when comma is set): a phrase, not a
// sentence.
func plainWords3(t string, comma bool) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '.', '!', '?', ';', ':', '"':
			return false
		case ',':
			if !comma {
				return false
			}
		case 0xe2: // “ ” are E2 80 9C and E2 80 9D
			if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9c || t[i+2] == 0x9d) {
				return false
			}
		}
	}
	return true
}

// prevWord3 returns the word that ends right before p, over spaces only,
// and where it starts; -1 when punctuation or the paragraph start comes
// first.
func prevWord3(s string, lo, p int) (int, string) {
	e := p
	for e > lo && s[e-1] == ' ' {
		e--
	}
	b := wordBack(s, lo, e)
	if b < 0 {
		return -1, ""
	}
	return b, s[b:e]
}

// firstWord3 is the first word of t.
func firstWord3(t string) string {
	if i := strings.IndexByte(t, ' '); i >= 0 {
		return t[:i]
	}
	return t
}

// nounAfter3 reports whether one or two lower-case words after the
// closing mark at p end in a noun a name or a term may head: "“labour
// line” telephone service", "“Open by Default” slogan".
func (a *attributor) nounAfter3(p int) bool {
	s := a.s
	for n := 0; n < 2; n++ {
		if p >= len(s) || s[p] != ' ' {
			return false
		}
		b := p + 1
		e := wordEnd(s, b, min(len(s), b+20))
		if e == b || s[b] < 'a' || s[b] > 'z' {
			return false
		}
		if termHead3(s[b:e]) {
			return true
		}
		if cueOf(s[b:e]) != 0 || functionWord3(s[b:e]) {
			return false
		}
		p = e
	}
	return false
}

// termHead3 reports whether the lower-case noun w heads a named thing:
// "scheme", "policy", "service", "slogan".
func termHead3(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "scheme", "policy", "policie", "service", "programme", "program", "project", "initiative", "strategy",
		"system", "rule", "law", "bill", "line", "hotline", "helpline", "zone", "tax", "levy", "slogan", "motto",
		"brand", "label", "campaign", "model", "principle", "doctrine", "clause", "fund", "package",
		"app", "website", "platform", "tariff", "plan", "option", "status", "category", "order", "agreement",
		"deal", "pact", "strike", "ban", "list", "unit", "team", "squad", "hub", "centre", "center", "club", "card":
		return true
	}
	return false
}

// functionWord3 reports whether w is a small word that cannot stand
// inside a noun phrase after a name: "that", "and", "to".
func functionWord3(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "by", "with", "from", "that",
		"which", "who", "as", "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would",
		"could", "should", "can", "may", "might", "it", "they", "he", "she", "we", "not", "so", "than", "if":
		return true
	}
	return false
}

// determiner3 reports whether the lower-case w opens a noun phrase.
func determiner3(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "new":
		return true
	}
	return false
}

// copula3 reports whether w is a form of "be", after which a quoted
// phrase is a verdict: "the plan is a “recipe for chaos”".
func copula3(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "being", "become", "became", "remains", "seemed":
		return true
	}
	return false
}

// takeUp3 reports whether w, in lower case, brings in or takes up a
// named practice: "began a", "staged a", "followed by a".
func takeUp3(w string) bool {
	switch w {
	case "by", "began", "begin", "begins", "begun", "beginning", "start", "started", "starts", "starting",
		"launch", "launched", "launches", "launching", "stage", "staged", "stages", "staging",
		"impose", "imposed", "imposes", "imposing", "introduce", "introduced", "introduces", "introducing",
		"hold", "held", "holds", "holding", "operate", "operates", "operated",
		"adopt", "adopted", "adopts", "adopting":
		return true
	}
	return false
}

// degreeWord3 reports whether w grades the adjective after it: "less",
// "very", "too".
func degreeWord3(w string) bool {
	switch w {
	case "less", "more", "most", "least", "very", "too", "so", "far", "much", "quite", "rather", "pretty", "fairly", "truly":
		return true
	}
	return false
}

// hasUpper3 reports whether t holds an ASCII capital.
func hasUpper3(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= 'A' && t[i] <= 'Z' {
			return true
		}
	}
	return false
}
