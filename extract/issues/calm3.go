package issues

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// The calm-lead pass. Copy whose lead (the first real sentences after
// any standfirst, byline and date lines) raises no contention is a
// feature or a tour story: a royal visit, a minister's trade tour. Its
// issues must each stand on contention told in their own first evidence
// sentence, or on a title naming a thread; the scene, the visitors and
// the places they pass through are no issue.
//
// Some titles are no issue in any copy:
//   - a place fragment: "Zealand" of "New Zealand";
//   - a bare institution: "Palace", "Ministry";
//   - "X's case" where no evidence tells a legal case (a meeting);
//   - a clause cut before its verb's object: "Tokyo tries" of "as Tokyo
//     tries to reduce ...";
//   - one common noun read only inside a quotation: "Closures".

// calmLeadSents is how many real sentences make the lead.
const calmLeadSents = 3

// meetingWords are contention words a calm visit uses of its meetings
// ("held talks with the economy minister"): they mark no dispute in a
// lead.
var meetingWords = map[string]bool{"talks": true, "negotiations": true}

// calmContentious is contentious without the meeting words.
func calmContentious(s string) bool { return contentiousBut(s, meetingWords) }

// calmLeadEnd returns the end of a calm lead in a.sents, 0 for copy
// whose lead raises contention.
func (a *analyser) calmLeadEnd() int {
	if len(a.sents) < minFeatureSents {
		return 0 // a brief is news
	}
	seen := 0
	for i := 0; i < len(a.sents); i++ {
		s := a.sents[i].Text
		if furnitureLine(s) {
			continue
		}
		if calmContentious(s) {
			return 0
		}
		if seen++; seen == calmLeadSents {
			return i + 1
		}
	}
	return 0
}

// calmPass applies the rules above to the rendered issues.
func (a *analyser) calmPass(res []newsbot.Issue) []newsbot.Issue {
	if len(res) == 0 {
		return res
	}
	lead := -1 // read once, when an issue asks
	kept := res[:0]
	for i := range res {
		is := &res[i]
		if a.noIssueTitle(is) {
			continue
		}
		if i == 0 && a.standfirstScenery(is) {
			if lead < 0 {
				lead = a.calmLeadEnd()
			}
			if lead > 0 {
				continue
			}
		}
		if len(kept) > 0 && len(is.Evidence) > 0 && a.inLead(is.Evidence[0], min(len(a.sents), maxFurniture+calmLeadSents)) &&
			inAside(is.Evidence[0], is.Title) {
			if lead < 0 {
				lead = a.calmLeadEnd()
			}
			if lead > 0 && a.leadAside(is, lead) {
				continue
			}
		}
		kept = append(kept, *is)
	}
	return kept
}

// leadAside reports an issue of calm copy told only in its lead, with no
// contention and no thread in its title: "Dependence on imports" of "as
// Tokyo tries to reduce its dependence on imports".
func (a *analyser) leadAside(is *newsbot.Issue, lead int) bool {
	if len(is.Evidence) == 0 || !a.inLead(is.Evidence[0], lead) || !inAside(is.Evidence[0], is.Title) ||
		titleThread(is.Title) {
		return false
	}
	for _, e := range is.Evidence {
		if calmContentious(e) || !a.inLead(e, lead) {
			return false
		}
	}
	return true
}

// standfirstScenery reports the main issue of calm copy read from its
// standfirst, the line above the byline, that only names who or what
// the piece follows ("Royal couple"): neither its first evidence nor its
// title tells contention.
func (a *analyser) standfirstScenery(is *newsbot.Issue) bool {
	if len(is.Evidence) == 0 {
		return false
	}
	n := min(len(a.sents), maxFurniture+2)
	for i := 0; i < n; i++ {
		if furnitureLine(a.sents[i].Text) {
			return false // the byline comes first
		}
		if a.sents[i].Text == is.Evidence[0] {
			for _, sp := range a.sents[i+1 : n] {
				if furnitureLine(sp.Text) {
					return !titleThread(is.Title) && !calmContentious(is.Evidence[0])
				}
			}
			return false
		}
	}
	return false
}

// asideMarks open a clause of purpose or setting, told beside the
// lead's event: "..., as Tokyo tries to ...", "a tour aimed at ...".
var asideMarks = []string{", as ", " aimed at ", " in a bid to ", " as part of ", ", while "}

// inAside reports a title read after an aside mark of s: the phrase
// belongs to the clause, not to the event the lead tells.
func inAside(s, title string) bool {
	var buf [24]byte
	n, _ := lowerWord(title, 0, buf[:])
	if n == 0 {
		return false
	}
	// The title's word mid-sentence, and the marks, are in lower case.
	k := strings.LastIndex(s, string(buf[:n]))
	if k < 0 {
		return false
	}
	for _, m := range asideMarks {
		if containsRare(s[:k], m) {
			return true
		}
	}
	return false
}

// inLead reports whether e is one of the first lead sentences.
func (a *analyser) inLead(e string, lead int) bool {
	for i := 0; i < lead; i++ {
		if a.sents[i].Text == e {
			return true
		}
	}
	return false
}

// institutionWords title an actor, never a dispute, when they stand alone.
var institutionWords = map[string]bool{
	"palace": true, "ministry": true, "government": true, "parliament": true, "department": true,
	"embassy": true, "crown": true, "cabinet": true, "commission": true, "agency": true, "office": true,
	"council": true, "committee": true, "monarchy": true,
}

// cutVerbs end a title cut from a clause before its object: "Tokyo
// tries", "Ministers hope".
var cutVerbs = map[string]bool{
	"tries": true, "tried": true, "seeks": true, "sought": true, "wants": true, "hopes": true,
	"aims": true, "struggles": true, "tries to": true, "looks": true,
}

// legalWords tell a case at law.
var legalWords = []string{"court", "judge", "lawyer", "lawsuit", "trial", "tribunal", "prosecut", "charged",
	"charges", "appeal", "hearing", "ruling", "ruled", "sued", "suing", "police", "inquiry", "investigat",
	"inquest", "legal", "arrest", "detain", "detent", "custody", "charge", "jail", "prison", "claim", "complaint", "sentenc", "convicted", "accused", "alleg", "defendant", "fraud", "deny", "denie", "doping"}

// noIssueTitle reports a title that names no issue in any copy.
func (a *analyser) noIssueTitle(is *newsbot.Issue) bool {
	t := is.Title
	if strings.HasSuffix(t, "'s case") || strings.HasSuffix(t, "’s case") {
		for _, e := range is.Evidence {
			if tellsAct(e, legalWords) {
				return false
			}
		}
		return true
	}
	// The evidence first: the whole copy is read only for a title its
	// evidence gives as a source.
	if t != "" && t[0] >= 'A' && t[0] <= 'Z' && len(is.Evidence) > 0 && a.sourceInEvidence(is, t) && a.sourceName(t) {
		return true // "Gazzetta di Parma" of "speaking to Gazzetta di Parma"
	}
	sp := strings.IndexByte(t, ' ')
	if sp < 0 {
		return a.bareWordTitle(is)
	}
	if len(is.Evidence) > 0 && oneOfThe(is.Evidence[0], t) {
		return true // "Largest lawsuits" of "one of the largest lawsuits": a measure, not a thread
	}
	if strings.IndexByte(t[sp+1:], ' ') < 0 {
		var buf [24]byte
		if n, _ := lowerWord(t, sp+1, buf[:]); actorHeads[string(buf[:n])] && !contentious(t) {
			return true // "Health bosses": who, not what
		}
		n, _ := lowerWord(t, sp+1, buf[:])
		if n > 0 && cutVerbs[string(buf[:n])] {
			return true // "Tokyo tries"
		}
		// "Residents living" of "residents living near the plant": a
		// plural cut before its participle's complement.
		if n > 4 && string(buf[n-3:n]) == "ing" && !contentionWords[string(buf[:n])] && cueWeights[string(buf[:n])] == 0 &&
			t[sp-1] == 's' && !strings.HasSuffix(t[:sp], "ss") {
			return true
		}
	}
	return false
}

// oneOfThe reports a title read after "one of the" in s: "one of the
// largest environmental lawsuits in Dutch history" ranks what the lead
// tells. A possessive title ("UK's biggest miscarriages of justice")
// names its owner and stays.
func oneOfThe(s, title string) bool {
	k := strings.Index(s, "one of the ")
	if k < 0 || len(title) < 2 || strings.Contains(title, "'s ") || strings.Contains(title, "’s ") {
		return false
	}
	rest := s[k+len("one of the "):]
	return len(rest) >= len(title) && strings.EqualFold(rest[:len(title)], title)
}

// actorHeads head a title naming actors, not what divides them.
var actorHeads = map[string]bool{
	"bosses": true, "officials": true, "chiefs": true, "leaders": true, "executives": true, "managers": true,
	"residents": true, "spokesmen": true, "spokeswomen": true, "aides": true,
}

// sourceMarks precede a medium a speaker talks to, not a party.
var sourceMarks = []string{"speaking to ", "told ", "interview with ", "writing in ", "wrote in ", "according to "}

// sourceName reports a name the copy gives only as a source: "speaking
// to Gazzetta di Parma", "told Radio Cadena".
func (a *analyser) sourceName(name string) bool {
	return sourceIn(a.text, name)
}

// sourceInEvidence reports an evidence sentence that gives name as a
// source.
func (a *analyser) sourceInEvidence(is *newsbot.Issue, name string) bool {
	for _, e := range is.Evidence {
		if sourceIn(e, name) {
			return true
		}
	}
	return false
}

// sourceIn reports a name that s gives, wherever it names it, only as a
// source.
func sourceIn(s, name string) bool {
	found := false
	for i := 0; ; {
		k := strings.Index(s[i:], name)
		if k < 0 {
			return found
		}
		k += i
		i = k + len(name)
		ok := false
		for _, m := range sourceMarks {
			if strings.HasSuffix(s[:k], m) || strings.HasSuffix(s[:k], m+"the ") {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
		found = true
	}
}

// seasonWords title a season or a date, never an issue.
var seasonWords = map[string]bool{
	"summer": true, "winter": true, "spring": true, "autumn": true, "christmas": true, "easter": true,
	"weekend": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true,
}

// bareWordTitle reports a one-word title naming no issue: a place
// fragment, an institution, or a common noun read only in a quotation.
func (a *analyser) bareWordTitle(is *newsbot.Issue) bool {
	t := is.Title
	var buf [24]byte
	n, _ := lowerWord(t, 0, buf[:])
	if n == 0 {
		return false
	}
	w := string(buf[:n])
	if institutionWords[w] || seasonWords[w] {
		return true
	}
	if t[0] >= 'A' && t[0] <= 'Z' && len(is.Evidence) > 0 && placeTail(is.Evidence[0], t) && placeTail(a.text, t) && !hasWord(a.text, w) {
		return true
	}
	if len(is.Evidence) == 0 {
		return false
	}
	// A common noun its first evidence tells inside a quotation and no
	// evidence tells in the copy's own words ("Closures" of "could demand
	// closures in court").
	if in, out := quoteWord(is.Evidence[0], w); !in || out {
		return false
	}
	if titleThread(t) && !contentionWords[w] {
		return false
	}
	for _, e := range is.Evidence[1:] {
		if _, out := quoteWord(e, w); out {
			return false
		}
	}
	return true
}

// hasWord reports whether w occurs in s as a whole word, in that exact
// form: a title's word the copy also writes in lower case is a common
// noun ("bill" beside "the Terrorism Bill"), not a name's tail.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(w)
		if (k == 0 || !wordByte(s[k-1])) && (i >= len(s) || !wordByte(s[i])) {
			return true
		}
	}
}

// placeTail reports a capitalised word that occurs in s only after one
// and the same capitalised word, as the tail of a name ("New Zealand").
func placeTail(s, w string) bool {
	prev := ""
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			break
		}
		k += i
		i = k + len(w)
		if i < len(s) && wordByte(s[i]) || k > 0 && wordByte(s[k-1]) {
			continue // inside a longer word
		}
		j := k - 1
		if j < 0 || s[j] != ' ' {
			return false
		}
		e := j
		for j > 0 && wordByte(s[j-1]) {
			j--
		}
		if j == e || !(s[j] >= 'A' && s[j] <= 'Z') || prev != "" && s[j:e] != prev {
			return false
		}
		prev = s[j:e]
	}
	return prev != ""
}

// quoteWord reports whether the lower-case word w occurs in s, in that
// exact form, inside quotation marks and outside them.
func quoteWord(s, w string) (inside, outside bool) {
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			in = !in
			i++
			continue
		case strings.HasPrefix(s[i:], "“"):
			in = true
			i += len("“")
			continue
		case strings.HasPrefix(s[i:], "”"):
			in = false
			i += len("”")
			continue
		case !wordByte(c):
			i++
			continue
		}
		j := i
		for j < len(s) && wordByte(s[j]) {
			j++
		}
		if s[i:j] == w {
			if in {
				inside = true
			} else {
				outside = true
			}
		}
		i = j
	}
	return inside, outside
}
