package issues

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// Titles from the headline. A kept title of a word or two that names a
// kind of thing, not the dispute ("Holiday park", "Voluntary recall"),
// says more in the headline's own words: "Bothwell fights holiday park
// plan at golf heritage site" has the "Holiday park plan at golf
// heritage site"; "Acme recalls 50,000 ZipCharge cables after fire
// reports" has "Acme's recall of ZipCharge cables".

// maxHeadTitle bounds a title taken from a headline, in words.
const maxHeadTitle = 9

// headPlanNouns may follow the title's words in the headline as the head
// of the phrase ("holiday park plan").
var headPlanNouns = map[string]bool{"plan": true, "plans": true, "scheme": true, "proposal": true, "project": true, "bid": true,
	"deal": true, "row": true, "strike": true, "dispute": true, "ban": true, "probe": true, "recall": true, "talks": true,
	"closure": true, "cuts": true, "expansion": true, "development": true}

// headPreps open the phrase after the head: where or what about.
var headPreps = map[string]bool{"at": true, "in": true, "on": true, "for": true, "over": true, "of": true, "beside": true, "near": true}

// headStops end a headline's noun phrase: a new clause or a reason.
var headStops = map[string]bool{"as": true, "after": true, "amid": true, "over": true, "following": true, "despite": true,
	"while": true, "and": true, "but": true, "with": true, "to": true, "by": true, "from": true, "says": true, "said": true}

// headlineRetitle is the headline's phrase for a title of one or two
// common words (the first capitalised only), or "".
func (a *analyser) headlineRetitle(title string) string {
	if !a.headline || len(a.sents) == 0 {
		return ""
	}
	tw := strings.Fields(title)
	if len(tw) == 0 || len(tw) > 3 {
		return ""
	}
	hw := strings.Fields(a.sents[0].Text)
	named := 0
	for _, w := range tw {
		if capitalised(w) {
			named++
		}
	}
	if named == len(tw) {
		if a.personNamed(title) {
			return ""
		}
		return headNamePhrase(hw, tw)
	}
	if len(tw) > 2 || named > 1 {
		return "" // a name says which already
	}
	if t := headNounPhrase(hw, tw); t != "" {
		return t
	}
	return headVerbPhrase(hw, tw[len(tw)-1])
}

// headNounPhrase: the title's words in the headline, with a head noun
// after them and what it is at or over: "holiday park plan at golf
// heritage site".
func headNounPhrase(hw, tw []string) string {
	n := len(tw)
	for i := 0; i+n <= len(hw); i++ {
		match := true
		for k := range n {
			w := strings.ToLower(strings.TrimRight(hw[i+k], ",:;"))
			t := strings.ToLower(tw[k])
			match = match && (w == t || w == t+"s")
		}
		if !match || strings.ContainsAny(hw[i+n-1], ",:;") {
			continue
		}
		out := append([]string(nil), hw[i:i+n]...)
		j := i + n
		if j < len(hw) && headPlanNouns[strings.ToLower(hw[j])] {
			out = append(out, strings.TrimRight(hw[j], ",:;"))
			j++
		}
		if j+1 < len(hw) && headPreps[hw[j]] && !headStops[hw[j]] {
			pp := []string{hw[j]}
			for k := j + 1; k < len(hw) && k <= j+4; k++ {
				w := hw[k]
				if headStops[strings.ToLower(w)] || headlineVerb[strings.ToLower(w)] != 0 {
					break
				}
				pp = append(pp, strings.TrimRight(w, ",:;"))
				if strings.ContainsAny(w, ",:;") {
					break
				}
			}
			if len(pp) > 1 {
				out = append(out, pp...)
			}
		}
		if len(out) == n || len(out) > maxHeadTitle {
			return ""
		}
		return upperFirstWord(strings.Join(out, " "))
	}
	return ""
}

// headVerbPhrase: the headline tells the title's head as its verb after a
// named subject, "Acme recalls 50,000 ZipCharge cables after fire
// reports": "Acme's recall of ZipCharge cables".
func headVerbPhrase(hw []string, head string) string {
	head = strings.ToLower(head)
	if len(head) < 4 {
		return ""
	}
	k := 0
	for k < len(hw) && k < 3 && capitalised(hw[k]) && !possessiveWord(hw[k]) {
		k++
	}
	if k == 0 || k >= len(hw)-1 || lexicon[strings.ToLower(hw[0])].f&lxStop != 0 {
		return ""
	}
	if v := strings.ToLower(hw[k]); v != head+"s" && v != head+"es" {
		return ""
	}
	var obj []string
	for _, w := range hw[k+1:] {
		lw := strings.ToLower(strings.TrimRight(w, ",:;"))
		if len(obj) == 0 && strings.Trim(lw, "0123456789,.$€£%") == "" {
			continue // "50,000": how many, not what
		}
		if headStops[lw] || headlineVerb[lw] != 0 || len(obj) == 5 {
			break
		}
		obj = append(obj, strings.TrimRight(w, ",:;"))
		if strings.ContainsAny(w, ",:;") {
			break
		}
	}
	if len(obj) == 0 {
		return ""
	}
	subj := strings.Join(hw[:k], " ")
	poss := subj + "'s"
	if strings.HasSuffix(subj, "s") {
		poss = subj + "'"
	}
	return poss + " " + head + " of " + strings.Join(obj, " ")
}

// upperFirstWord capitalises s's first letter.
func upperFirstWord(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// personNamed reports a title that is a person of the cast.
func (a *analyser) personNamed(title string) bool {
	for i := range a.cast.People {
		if a.cast.People[i].Name == title {
			return true
		}
	}
	return false
}

// headNamePhrase: a title of names only ("Lake Chad Basin") whose first
// words the headline tells with what is wrong there, "... as Lake Chad
// hunger deepens": "Lake Chad hunger". The words after the name are
// lower case, no verb ("deepens") or joining word, at most two.
func headNamePhrase(hw, tw []string) string {
	for p := len(tw); p >= min(2, len(tw)); p-- {
		for i := 0; i+p < len(hw); i++ {
			match := true
			for k := range p {
				match = match && hw[i+k] == tw[k]
			}
			if !match {
				continue
			}
			var out []string
			for _, w := range hw[i+p : min(len(hw), i+p+2)] {
				lw := strings.TrimRight(w, ",:;")
				if !startsLower(lw) || strings.HasSuffix(lw, "s") || headlineVerb[lw] != 0 || headStops[lw] || headPreps[lw] ||
					lexicon[lw].f&lxStop != 0 || strings.ContainsAny(lw, "0123456789") {
					break
				}
				out = append(out, lw)
				if lw != w {
					break
				}
			}
			if len(out) == 0 {
				return ""
			}
			return strings.Join(append(append([]string(nil), tw[:p]...), out...), " ")
		}
	}
	return ""
}

// oneCase folds the issues titled as one person's case under two nouns
// ("Gordon Reid's trial", "Gordon Reid's case") into the first: one
// thread, which an editor lists once. It takes "trial" when either says
// so, and leads with the evidence that tells the charge.
func oneCase(res []newsbot.Issue) []newsbot.Issue {
	if len(res) < 2 {
		return res
	}
	owner := func(t string) (string, string) {
		i := strings.LastIndex(t, "'s ")
		if i <= 0 {
			return "", ""
		}
		noun := t[i+3:]
		if !caseNouns[noun] || strings.Contains(noun, " ") {
			return "", ""
		}
		return t[:i], noun
	}
	out := res[:0]
	for _, is := range res {
		name, noun := owner(is.Title)
		k := -1
		if name != "" {
			k = slices.IndexFunc(out, func(o newsbot.Issue) bool { n, _ := owner(o.Title); return n == name })
		}
		if k < 0 {
			out = append(out, is)
			continue
		}
		o := &out[k]
		if noun == "trial" {
			o.Title = name + "'s trial"
		}
		ev := o.Evidence
		if len(is.Evidence) > 0 && reChargeTold.MatchString(is.Evidence[0]) && (len(ev) == 0 || !reChargeTold.MatchString(ev[0])) {
			ev = append(slices.Clone(is.Evidence), ev...)
		} else {
			ev = append(slices.Clone(ev), is.Evidence...)
		}
		o.Evidence = o.Evidence[:0]
		for _, e := range ev {
			if len(o.Evidence) < maxEvidence && !slices.Contains(o.Evidence, e) {
				o.Evidence = append(o.Evidence, e)
			}
		}
		o.Keywords = mergeCaseKeywords(o.Keywords, is.Keywords)
	}
	return out
}

// reChargeTold: a sentence telling the charge: "denies two charges of",
// "is accused of", "was charged with".
var reChargeTold = lazyre.New(`\b(?:denies|denied|charged\s+with|charges?\s+of|accused\s+of|pleaded)\b`)

// mergeCaseKeywords is a's keywords, then b's it lacks, at most maxKeywords.
func mergeCaseKeywords(a, b []string) []string {
	out := slices.Clone(a)
	for _, k := range b {
		if len(out) < maxKeywords && !slices.ContainsFunc(out, func(x string) bool { return strings.EqualFold(x, k) }) {
			out = append(out, k)
		}
	}
	return out
}

// rePressedTo: "pressed Angola on Monday to open its", the pressure, who
// is pressed and what to do; the title follows.
var rePressedTo = lazyre.New(`\b(?:pressed|urged|pushed|pressured|lobbied)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:on\s+\p{Lu}\p{Ll}+\s+|again\s+)?to\s+(\p{Ll}+)\s+(?:its|their|the|his|her)?\s*$`)

// pressedTitle: a title that is the object of what someone was pressed to
// do ("Offshore blocks to Brazilian oil-service firms" of "pressed Angola
// on Monday to open its offshore blocks to Brazilian oil-service firms")
// names the pressure: "Pressure on Angola to open offshore blocks to
// Brazilian oil-service firms". "" when the evidence tells no such thing.
func pressedTitle(title string, evidence []string) string {
	if len(evidence) == 0 || strings.Count(title, " ") > 7 {
		return ""
	}
	low := lowerFirst(title) // the copy writes the phrase mid-sentence
	for _, e := range evidence[:min(len(evidence), 2)] {
		if !mayPress(e) {
			continue // most evidence: one scan for the verbs, no regexp
		}
		i := strings.Index(e, low)
		if i <= 0 {
			continue
		}
		m := rePressedTo.FindStringSubmatch(e[:i])
		if m == nil {
			continue
		}
		who := strings.TrimSpace(m[1])
		if lexicon[strings.ToLower(firstField(who))].f&lxStop != 0 {
			continue
		}
		t := "Pressure on " + who + " to " + m[2] + " " + low
		if strings.Count(t, " ") >= maxHeadTitle+3 {
			return ""
		}
		return t
	}
	return ""
}

// mayPress: s holds one of rePressedTo's verbs.
func mayPress(s string) bool {
	// Each verb ends in "ed ": one scan for that, the verbs tested at
	// each, rather than a scan of s per verb.
	for i := 0; ; {
		j := indexRare(s[i:], "ed ")
		if j < 0 {
			return false
		}
		i += j + len("ed ")
		for _, v := range pressVerbs {
			if strings.HasSuffix(s[:i], v) {
				return true
			}
		}
	}
}

// pressVerbs are rePressedTo's verbs, each with the space after it.
var pressVerbs = []string{"pressed ", "urged ", "pushed ", "pressured ", "lobbied "}
