package issues

import (
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// A title of one common noun ("Review", "Takeover", "Laws", "Arrest")
// tells an editor the kind of thread and not which: the copy says which
// where it writes the noun with what it is of ("review of mining
// contracts", "takeover of the club") or with the word naming its kind
// ("house arrest", "anti-racketeering laws"). The issue's own sentences
// are read first, then the rest of the copy, and the form written most
// often titles the issue.

// fillPreps join a noun to what it is of: "review of", "row over",
// "inquiry into", "case against", "deadline for" (an act or a name: "for"
// mostly tells a purpose or a time). "On" mostly tells a time or a place
// ("on Monday", "on hold").
var fillPreps = map[string]bool{"of": true, "over": true, "into": true, "for": true, "against": true}

// fillBareTitles completes every one-word common-noun title of res.
func (a *analyser) fillBareTitles(res []newsbot.Issue) []newsbot.Issue {
	for i := range res {
		if t := a.planFill(&res[i]); t != "" {
			res[i].Title = t
		}
		if t := a.bareFill(&res[i]); t != "" {
			res[i].Title = t
		}
		if t := a.carryNoun(res[i].Title); t != "" {
			res[i].Title = t
		}
	}
	return res
}

// planFill is a title naming a plan bare ("Plans", "Tony Blair's plans")
// carried on by what the copy says it would do (planPurpose): "Tony
// Blair's plans to scrap the scheme". "" when the title is no plan head or
// the copy tells no purpose after it.
func (a *analyser) planFill(is *newsbot.Issue) string {
	owner, head := "", is.Title
	if o, h, ok := strings.Cut(is.Title, "'s "); ok && !strings.Contains(h, " ") {
		owner, head = o+"'s ", h
	} else if strings.Contains(head, " ") {
		return ""
	}
	lh := strings.ToLower(head)
	if !planHeads[lh] {
		return ""
	}
	for i, s := range append(slices.Clone(is.Evidence), a.text) {
		// Offsets found in ls are read in s, so ls lowers ASCII letters
		// only and keeps every byte where it was: full lowering changes the
		// length ("Ⱥ" lowers to three bytes), and an offset past a few
		// such letters pointed at the wrong words or past the end. The
		// plan heads are ASCII, so no match is lost.
		var ls string
		if i == len(is.Evidence) {
			ls = a.lowered() // the copy, lowered once for every issue
		} else {
			ls = asciiLower(s)
		}
		for i, f := 0, newRareSub(lh); ; {
			j := f.index(ls[i:])
			if j < 0 {
				break
			}
			j += i
			i = j + len(lh)
			if j > 0 && isASCIIWord(ls[j-1]) || i < len(ls) && isASCIIWord(ls[i]) {
				continue
			}
			if w := wordAfterSpace(s, i+len(" to")); strings.HasPrefix(s[i:], " to ") && objectDeterminers[strings.ToLower(w)] {
				continue // "the law to its limits": a destination, no purpose
			}
			if p := a.planPurpose(lh, s[i:]); p != "" {
				if owner == "" {
					return capitalise(lh + p)
				}
				return owner + lh + p
			}
		}
	}
	return ""
}

// carryActors head a phrase naming people: a topic carried on by one
// becomes an actor.
var carryActors = map[string]bool{"chief": true, "chiefs": true, "head": true, "boss": true, "bosses": true,
	"chairman": true, "members": true, "staff": true, "workers": true, "officer": true, "officers": true}

// inHeadline reports whether byte i of the text is in its headline.
func (a *analyser) inHeadline(i int) bool {
	return a.headline && len(a.sents) > 0 && i >= a.sents[0].Start && i < a.sents[0].End
}

// carryNoun is title carried on by the noun the copy writes after it
// wherever it writes it ("Non-emergency phone" of "non-emergency phone
// calls", twice), or "": the title is a modifier whose noun was cut.
func (a *analyser) carryNoun(title string) string {
	last := lastField(title)
	if last == "" || !startsLower(last) && strings.Contains(title, " ") || containsAnyRune(title, "'’\"") || strings.Count(title, " ") >= 4 {
		return ""
	}
	if ll := strings.ToLower(last); strings.HasSuffix(ll, "s") && !strings.HasSuffix(ll, "ss") && !strings.HasSuffix(ll, "us") && !strings.HasSuffix(ll, "is") {
		return "" // a plural heads its phrase: "gun laws put" goes on with a verb
	}
	lt := asciiLower(title)
	low := a.lowered()
	next, inCopy := "", false
	for i := range wholeWordAt(low, lt) {
		w := wordAfterSpace(a.text, i+len(lt))
		if w == "" || next != "" && w != next {
			return "" // written alone, or before different words: a noun of its own
		}
		next = w
		inCopy = inCopy || !a.inHeadline(i)
	}
	if next == "" || !startsLower(next) || !startsWithLetter(next) {
		return ""
	}
	if !inCopy && strings.HasSuffix(next, "s") {
		return "" // only a headline's "dock strike enters second week": headlines tell in the present
	}
	nl := strings.ToLower(next)
	if fillVerbish(nl) || verbsInS[nl] || irregularPast[nl] || lexicon[nl].stop() || len(nl) < 3 || looksAdjective(nl) ||
		people.IsTimeWord(nl) || nl == "less" || nl == "more" || nl == "too" {
		return "" // "phone says", "phone was": no noun carries it on
	}
	if roleNouns[nl] || carryActors[nl] {
		return "" // "civil service chief": a person, not the thread
	}
	return title + " " + next
}

// bareFill is the title of is completed from its keywords or the copy,
// or "" when the title is no bare common noun or nothing completes it.
func (a *analyser) bareFill(is *newsbot.Issue) string {
	w := is.Title
	if w == "" || containsAnyRune(w, " '’") || !startsWithLetter(w) {
		return ""
	}
	low := strings.ToLower(w)
	if fillNoNoun(low) {
		return "" // "Blames", "Biggest": no noun to complete
	}
	if !a.writesLower(low) || containsRare(a.text, " to "+low+" ") && !a.writesNoun(low) {
		return "" // a name ("Yukos"), never a common noun in the copy, or a verb ("to inflate")
	}
	// A keyword the title's word heads: "federal anti-racketeering laws"
	// for "Laws", unless it opens on a verb ("tackling immigration").
	for _, k := range is.Keywords {
		kl := strings.ToLower(k)
		ws := strings.Fields(kl)
		if len(ws) < 2 || ws[len(ws)-1] != low || strings.ContainsAny(k, "[]()\"") {
			continue
		}
		if !slices.ContainsFunc(ws[:len(ws)-1], fillVerbish) {
			return capitalise(k)
		}
	}
	counts := map[string]int{}
	var order []string
	count := func(s, ls string, weight int) {
		for _, f := range fillForms(s, ls, low) {
			if counts[f] == 0 {
				order = append(order, f)
			}
			counts[f] += weight
		}
	}
	for _, e := range is.Evidence {
		count(e, asciiLower(e), 2) // the issue's own sentences say which most surely
	}
	lt := a.lowered()
	count(a.text, lt, 1)
	best, most := "", 0
	for _, f := range order { // the first written wins a tie
		if !strings.Contains(f, " ") || !capitalised(f) && countRare(lt, asciiLower(f)) < 2 && !fillHasPrep(f) {
			continue // a common-noun modifier said once may be a verb's object ("held discussions")
		}
		if counts[f] > most {
			best, most = f, counts[f]
		}
	}
	if best == "" {
		return ""
	}
	return capitalise(best)
}

// writesLower reports whether the copy writes w (lower-case) as a
// lower-case word somewhere.
func (a *analyser) writesLower(w string) bool {
	for i, f := 0, newRareSub(w); ; {
		j := f.index(a.text[i:])
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if (j == 0 || !isASCIIWord(a.text[j-1])) && (e == len(a.text) || !isASCIIWord(a.text[e])) {
			return true
		}
		i = e
	}
}

// writesNoun reports whether the copy writes w (lower-case, no space in
// it) after a determiner ("the review", "its review"): a noun there, whatever else.
func (a *analyser) writesNoun(w string) bool {
	// Every "DET w " and "DET w." the copy writes after a space or at its
	// start: found by one scan for w, the word before each read back
	// (a determiner holds no space, nor does w), rather than a scan of
	// the copy for each determiner and ending.
	lt := a.lowered()
	for i, f := 0, newRareSub(w); ; {
		j := f.index(lt[i:])
		if j < 0 || w == "" {
			return false
		}
		j += i
		i = j + 1
		e := j + len(w)
		if j < 2 || lt[j-1] != ' ' || e == len(lt) || lt[e] != ' ' && lt[e] != '.' {
			continue
		}
		q := strings.LastIndexByte(lt[:j-1], ' ') + 1
		if objectDeterminers[lt[q:j-1]] {
			return true
		}
	}
}

// fillForms are the completed forms of the noun w (lower-case) in s: "w
// PREP object" and "modifier w". ls is s lowered by asciiLower, so that
// its offsets are offsets into s.
func fillForms(s, ls, w string) []string {
	var out []string
	for i, f := 0, newRareSub(w); ; {
		j := f.index(ls[i:])
		if j < 0 {
			return out
		}
		j += i
		e := j + len(w)
		i = e
		if j > 0 && isASCIIWord(ls[j-1]) || e < len(ls) && isASCIIWord(ls[e]) {
			continue
		}
		if w := nextWordAt(s, e); w != "" && capitalised(w) || prevWordAt(s, j) == "in" {
			continue // "Air India", "in charge of": part of a name or an idiom
		}
		// "w of the object"
		if prep, rest, ok := strings.Cut(strings.TrimPrefix(s[e:], " "), " "); ok && fillPreps[prep] && strings.HasPrefix(s[e:], " ") {
			obj, _ := leadActObject(rest)
			if obj != "" && !actNumberStart(obj) && (prep != "for" || capitalised(obj) || fillActNoun(lastField(obj))) {
				the := ""
				if strings.HasPrefix(rest, "the ") && strings.HasPrefix(rest[len("the "):], obj) {
					the = "the " // "takeover of the club"
				}
				out = append(out, s[j:e]+" "+prep+" "+the+obj)
			}
		}
		// "modifier w": a noun or name right before, in the same clause
		if j >= 2 && s[j-1] == ' ' {
			k := j - 1
			for k > 0 && (isASCIIWord(s[k-1]) || s[k-1] == '-') {
				k--
			}
			mod := s[k : j-1]
			if mod == "s" && (strings.HasSuffix(s[:k], "'") || strings.HasSuffix(s[:k], "’")) {
				// "Parmalat's collapse": the owner names which
				q := strings.LastIndexAny(s[:k], "'’")
				o := q
				for o > 0 && isASCIIWord(s[o-1]) {
					o--
				}
				if o < q && capitalised(s[o:q]) && !fillSentenceStart(s, o) && !people.IsTimeWord(strings.ToLower(s[o:q])) {
					out = append(out, s[o:j-1]+" "+s[j:e])
				}
				continue
			}
			ml := strings.ToLower(mod)
			if len(mod) > 1 && startsWithLetter(mod) && !fillNotModifier(ml) && (capitalised(mod) || !fillNotNounModifier(ml)) && !(capitalised(mod) && fillSentenceStart(s, k)) &&
				!fillVerbBefore[prevWordAt(s, k)] && !(strings.Contains(mod, "-") && !capitalised(mod)) {
				out = append(out, mod+" "+s[j:e])
			}
		}
	}
}

// nextWordAt is the word after byte e of s (past one space), or "".
func nextWordAt(s string, e int) string {
	if e >= len(s) || s[e] != ' ' {
		return ""
	}
	r := s[e+1:]
	k := 0
	for k < len(r) && isASCIIWord(r[k]) {
		k++
	}
	return r[:k]
}

// prevWordAt is the lower-cased word before byte j of s (past one
// space), or "".
func prevWordAt(s string, j int) string {
	if j < 2 || s[j-1] != ' ' {
		return ""
	}
	k := j - 1
	for k > 0 && isASCIIWord(s[k-1]) {
		k--
	}
	return strings.ToLower(s[k : j-1])
}

// fillVerbBefore are the words after which a word is a verb, not a
// modifier: "to commit fraud", "would delete e-mails".
var fillVerbBefore = map[string]bool{"to": true, "will": true, "would": true, "could": true, "can": true, "should": true,
	"may": true, "might": true, "must": true, "not": true, "did": true, "do": true, "does": true, "they": true, "we": true,
	"i": true, "you": true, "he": true, "she": true, "it": true, "d": true, "ll": true}

// fillActNoun reports a noun naming an act or state ("liberalisation",
// "payment", "entrance"): "deadline for liberalisation" says which
// deadline, "aid for the decade" does not say which aid.
func fillActNoun(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ance", "ence"} {
		if strings.HasSuffix(strings.ToLower(w), suf) {
			return true
		}
	}
	return false
}

// fillNoNoun reports a bare title word that is no noun to complete: a
// verb, a superlative, a comparative, an adverb.
func fillNoNoun(w string) bool {
	return verbsInS[w] || fillVerbBefore[w] || actObjectStops[w] || objectDeterminers[w] || strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "ize") ||
		strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "rest") || strings.HasSuffix(w, "ly") ||
		w == "there" || w == "better" || w == "worse"
}

// fillNotModifier reports a word before a noun that says nothing of its
// kind: a function word, a verb or adverb form, an adjective of degree.
func fillNotModifier(w string) bool {
	return fillVerbish(w) || looksAdjective(w) || isNumeric(w) || fillVague[w] || cueWeights[w] > 0
}

// fillNotNounModifier reports a lower-case word before a noun that is
// no noun naming its kind: a verb, a quantity, a word of degree.
func fillNotNounModifier(w string) bool {
	return generic[w] && !fillKindNouns[w] || irregularPast[w] || verbsInS[w] || fillQuantities[w]
}

// fillKindNouns are vague nouns that still name a noun's kind before it:
// "house arrest", "party leadership", "government reforms".
var fillKindNouns = map[string]bool{"house": true, "party": true, "government": true, "interest": true, "state": true,
	"public": true, "family": true, "court": true}

// fillQuantities count or measure: "four detainees", "year embargo".
var fillQuantities = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "million": true, "billion": true, "year": true, "month": true,
	"week": true, "day": true, "term": true, "time": true, "little": true, "enough": true, "both": true, "how": true,
	"although": true, "us": true, "later": true, "former": true, "high": true, "low": true, "good": true, "bad": true}

// fillHasPrep reports a form "noun PREP object".
func fillHasPrep(f string) bool {
	for p := range fillPreps {
		if strings.Contains(f, " "+p+" ") {
			return true
		}
	}
	return false
}

// fillVerbish reports a word that is no part of a noun phrase before a
// noun: a function word, a verb or an adverb form.
func fillVerbish(w string) bool {
	if strings.Contains(w, "-") {
		return false // "anti-racketeering", "front-line": a compound modifier
	}
	return actObjectStops[w] || objectDeterminers[w] || fillVerbBefore[w] || edWord(w) || strings.HasSuffix(w, "ly") ||
		strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "ize") || strings.HasSuffix(w, "ing")
}

// fillVague are modifiers that leave the noun as bare as before.
var fillVague = map[string]bool{"new": true, "further": true, "more": true, "other": true, "latest": true, "such": true,
	"any": true, "no": true, "many": true, "few": true, "big": true, "major": true, "recent": true, "current": true,
	"previous": true, "first": true, "last": true, "next": true, "same": true, "own": true, "wider": true, "full": true,
	"proposed": true, "planned": true, "possible": true, "huge": true, "massive": true, "great": true, "main": true,
	"key": true, "two": true, "three": true, "several": true, "these": true, "those": true, "what": true, "said": true,
	"says": true, "its": true, "their": true, "his": true, "her": true, "our": true, "your": true, "my": true,
	"extra": true, "future": true, "shadow": true, "lower": true, "higher": true, "whole": true, "entire": true}

// fillSentenceStart reports whether byte k of s opens a sentence: its first
// word, or the first after a full stop.
func fillSentenceStart(s string, k int) bool {
	p := strings.TrimRight(s[:k], " \n\t\"“‘'")
	return p == "" || strings.HasSuffix(p, ".") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, "!")
}
