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
	t := s[sp.start:sp.end]
	words := countWords(t, 0, len(t))
	if words > 8 || strings.ContainsAny(t, ".!?;:\"“”") {
		return false
	}
	lo := sp.paraA
	b1, w1 := prevWord3(s, lo, sp.open)
	if b1 < 0 {
		return false
	}
	lw1 := strings.ToLower(w1)
	if bannerNoun3(lw1) {
		// "under the banner “Q”", "with the hashtag “Q”", "marching
		// under the slogan “Q”". "Nixon ran on the slogan “Q”" is his.
		b0, w0 := prevWord3(s, lo, b1)
		if !determiner3(strings.ToLower(w0)) {
			return false
		}
		if lw1 == "banner" || lw1 == "banners" || lw1 == "hashtag" {
			return true
		}
		_, w := prevWord3(s, lo, b0)
		return w == "under" || w == "behind"
	}
	if words > 5 || strings.ContainsRune(t, ',') {
		return false
	}
	switch lw1 {
	case "call", "calls", "term", "terms", "dub", "dubs":
		// "what residents call “Q”": a name in use. "what she called
		// “bullying” tactics" was said once, by her: left to the
		// attribution.
		// Only a name in use among people of some kind: "what it calls
		// “psychographic” profiles" is the firm's word for its work.
		p := b1
		if b, w := prevWord3(s, lo, p); b < 0 || w[0] < 'a' || w[0] > 'z' || isSubjectPronoun(w) || w == "it" || w == "they" || w == "we" || w == "i" {
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
	}
	if namingVerb(lw1) {
		return false
	}
	if lw1 == "as" {
		// "what is known as “Q”", "a practice known as “Q”".
		_, w0 := prevWord3(s, lo, b1)
		return w0 == "known"
	}
	if fw := strings.ToLower(firstWord3(t)); words < 2 || strings.HasSuffix(fw, "ly") || degreeWord3(fw) {
		return false // "the “reckless” plan", "an “utterly reckless” plan", "the “less painful” option": a verdict
	}
	if strings.IndexByte(t, ' ') > 0 && !strings.Contains(t, " and ") && !strings.Contains(t, " but ") && !strings.Contains(t, " or ") && a.nounAfter3(sp.close) {
		// Not "the current “unfair and inhumane” system", "a “firm but
		// fair” policy": a verdict in two words; nor one compound, most
		// often a manner ("a “meeting-by-meeting” approach").
		// A determiner or a possessive within two words before the marks.
		p := sp.open
		for n := 0; n < 2; n++ {
			b, w := prevWord3(s, lo, p)
			if b < 0 {
				return false
			}
			lw := strings.ToLower(w)
			if determiner3(lw) || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
				// "promised a “Q” policy": the words are the promise's.
				_, v := prevWord3(s, lo, b)
				return cueOf(strings.ToLower(v))&cueVerb == 0
			}
			if cueOf(lw)&cueVerb != 0 || lw == "as" || copula3(lw) {
				return false
			}
			p = b
		}
		return false
	}
	if lw1 != "a" && lw1 != "an" || strings.ToLower(t) != t {
		return false
	}
	// A practice named by a phrase ("work to rule", "go-slow", "stop and
	// search"), not a description ("a “world downturn”").
	if !strings.ContainsRune(t, '-') && !strings.Contains(t, " to ") && !strings.Contains(t, " and ") && !strings.Contains(t, " or ") {
		return false
	}
	_, w0 := prevWord3(s, lo, b1)
	return takeUp3(strings.ToLower(w0))
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

// bannerNoun3 reports whether w, in lower case, is a banner, a slogan or
// a tag that words are marched, campaigned or posted under.
func bannerNoun3(w string) bool {
	switch w {
	case "banner", "banners", "slogan", "slogans", "motto", "hashtag", "hashtags", "tagline", "catchphrase", "strapline":
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
