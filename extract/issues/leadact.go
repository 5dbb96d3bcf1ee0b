package issues

import (
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// Many stories open on an act told by a verb: "The party has suspended a
// candidate", "The former minister has resigned", "The firm sued four
// banks". The copy may never name the act with a noun again, so no
// phrase weighs enough to seed an issue, yet the act is the story's open
// thread until it is settled. The lead's act is titled by the act's noun
// and who did it or to whom: "Suspension of a candidate", "Anil Ambani's
// resignation", "Lawsuit against four banks".

// leadAct is the noun naming an act a verb tells, and how the title is
// built: subj acts are told of the doer ("X's resignation"), the others of
// what the act falls on ("suspension of X"); prep joins the object, and
// after is the word the object follows ("defected to X").
type leadAct struct {
	noun, prep string
	subj       bool
	after      string
}

// leadActs maps the verb forms of a lead to the act they tell. Only acts
// that open a thread an editor follows (an exit, a sanction, a suit, a
// seizure, a change of rule) are listed: "said", "rose" or "met" tell no
// thread.
var leadActs = func() map[string]leadAct {
	m := map[string]leadAct{}
	add := func(forms string, act leadAct) {
		for _, f := range strings.Fields(forms) {
			m[f] = act
		}
	}
	add("resigned resigns", leadAct{noun: "resignation", subj: true})
	add("apologised apologized apologises apologizes", leadAct{noun: "apology", subj: true})
	add("defected defects", leadAct{noun: "defection", prep: "to", subj: true, after: "to"})
	add("suspended suspends", leadAct{noun: "suspension", prep: "of"})
	add("sued sues suing", leadAct{noun: "lawsuit", prep: "against"})
	add("sacked sacks", leadAct{noun: "sacking", prep: "of"})
	add("seized seizes seize seizing", leadAct{noun: "seizure", prep: "of"})
	add("expelled expels", leadAct{noun: "expulsion", prep: "of"})
	add("scrap scrapped scraps scrapping", leadAct{noun: "scrapping", prep: "of"})
	add("extend extended extends extending", leadAct{noun: "extension", prep: "of"})
	add("renationalise renationalised renationalize renationalized", leadAct{noun: "renationalisation", prep: "of"})
	add("annul annulled annuls", leadAct{noun: "annulment", prep: "of"})
	return m
}()

// actAux are the words that may stand between a doer and the act's verb,
// or mark it passive ("was suspended").
var actAux = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "to": true, "been": true, "be": true, "now": true,
	"also": true, "already": true, "formally": true, "effectively": true}

// actPassive mark the verb's subject as what the act falls on.
var actPassive = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// objectDeterminers open an object without saying what it is.
var objectDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "all": true, "some": true, "our": true, "this": true, "that": true}

// leadActIssue is the act the lead sentence tells with a verb, as an issue,
// when no issue of res names it already.
func (a *analyser) leadActIssue(res []newsbot.Issue) []newsbot.Issue {
	if len(res) == 0 || len(res) >= maxIssues {
		return res // copy that disputes nothing has no threads to list
	}
	si := a.leadSentence()
	if si < 0 {
		return res
	}
	sp := a.sents[si]
	title, kws, ok := a.actTitle(sp.Text, sp.Start)
	if !ok {
		return res
	}
	low := strings.ToLower(title)
	for i, is := range res {
		t := strings.ToLower(is.Title)
		if strings.Contains(t, kws[0]) || strings.Contains(t, strings.ToLower(kws[1])) {
			return res // the act is listed
		}
		if c := actComplement(low); c != "" && actHasWords(c, t) {
			return res // "Canola" of "suspension of imports of canola seed": the thread is listed by what it is about
		}
		if actHasWords(low, t) {
			// "Pension" is the act's object cut short: the act names it.
			res[i].Title = title
			res[i].Keywords = mergeKeywords(kws[:2], is.Keywords)
			return res
		}
		if head := lastField(strings.ToLower(kws[1])); head != "" && slices.Contains(strings.Fields(t), head) {
			return res // "Border fence" lists what "extend a steel fence" acts on
		}
		if slices.Contains(is.Evidence, sp.Text) && namesDispute(t) {
			return res // the lead's dispute is listed: the act is a step in it
		}
	}
	is := newsbot.Issue{Title: title, Keywords: kws, Summary: clip(sp.Text, maxSummary), Evidence: []string{sp.Text}}
	return append([]newsbot.Issue{is}, res...)
}

// actHasWords reports whether the words of t stand together in s, whole.
func actHasWords(s, t string) bool {
	return strings.Contains(" "+s+" ", " "+t+" ")
}

// actComplement is what the object of an act's title is of ("canola seed"
// of "suspension of imports of canola seed"), or "".
func actComplement(title string) string {
	_, obj, ok := strings.Cut(title, " of ")
	if !ok {
		return ""
	}
	_, c, _ := strings.Cut(obj, " of ")
	return c
}

// mergeKeywords is first then the words of rest not in it, at most
// maxKeywords, in a new list.
func mergeKeywords(first, rest []string) []string {
	out := make([]string, 0, maxKeywords)
	for _, k := range slices.Concat(first, rest) {
		if len(out) < maxKeywords && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, k) }) {
			out = append(out, k)
		}
	}
	return out
}

// actDisputeHeads are the nouns that name a thread as a dispute: an act
// told beside one is a step in it ("expelled six diplomats" in a "row").
var actDisputeHeads = map[string]bool{"row": true, "dispute": true, "spat": true, "feud": true, "standoff": true,
	"stand-off": true, "clash": true, "scandal": true, "investigation": true, "inquiry": true, "probe": true,
	"trial": true, "case": true, "crisis": true, "battle": true, "fight": true, "war": true, "strike": true,
	"protest": true, "protests": true, "lawsuit": true, "affair": true, "controversy": true}

// namesDispute reports a lower-cased title holding a dispute noun.
func namesDispute(t string) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '–' }) {
		if actDisputeHeads[strings.Trim(w, ".,;:'’\"")] {
			return true
		}
	}
	return false
}

// leadSentence is the index of the first sentence of copy (after a
// headline and any dateline), or -1.
func (a *analyser) leadSentence() int {
	i := 0
	if a.headline {
		i = 1
	}
	for i < len(a.sents) && fewerFields(a.sents[i].Text, minLeadWords) {
		i++
	}
	if i >= len(a.sents) {
		return -1
	}
	return i
}

// actTitle reads the first act verb of sentence s (starting at byte off
// of the text) and titles the act, with its keywords: the act's noun
// first, then the party named.
func (a *analyser) actTitle(s string, off int) (string, []string, bool) {
	if containsAnyRune(s, "\"“”") {
		return "", nil, false // a quoted act is somebody's words, not the story's
	}
	ws := leadActWords(s)
	for i := 1; i < len(ws); i++ {
		act, ok := leadActs[ws[i].low]
		if !ok {
			continue
		}
		// The words before the verb: auxiliaries, then the doer.
		j := i - 1
		passive := false
		for j >= 0 && actAux[ws[j].low] {
			passive = passive || actPassive[ws[j].low]
			j--
		}
		// "is raising" is no passive; "was raised", "were suspended" are.
		passive = passive && (edWord(ws[i].low) || ws[i].low == "quit")
		if j >= 0 && actRelatives[ws[j].low] {
			return "", nil, false // "members who defected": an aside about them, not the lead's act
		}
		rest := s[ws[i].end:]
		if act.after != "" {
			r, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), act.after+" ")
			if !ok {
				continue
			}
			rest = r
		}
		obj, art := leadActObject(rest)
		if obj != "" {
			// "suspended imports of canola seed": the goods say which imports.
			after := rest[strings.Index(rest, obj)+len(obj):]
			if of, ok := strings.CutPrefix(after, " of "); ok {
				if c, cart := leadActObject(of); c != "" && len(strings.Fields(obj+" "+c)) <= maxObjectWords+2 {
					obj += " of " + cart + c
				}
			}
		}

		doer, person := a.actDoer(s, off, ws, j)
		if act.subj && doer != "" {
			// "The two senior executives at Fannie Mae have resigned":
			// the name is where the act is. Firms and parties do not
			// resign or apologise; their people do.
			if d := strings.Index(s, doer); d > 0 && strings.Contains(s[:d], " at ") {
				return capitalise(act.noun + "s at " + doer), []string{act.noun, doer, ws[i].text}, true
			}
			if !person {
				return "", nil, false
			}
		}
		if passive && doer == "" && j >= 0 && j < 4 {
			doer = sentenceSubject(ws[:j+1])
		}
		switch {
		case act.subj && doer != "" && act.prep != "" && obj != "":
			return doer + "'s " + act.noun + " " + act.prep + " " + obj, []string{act.noun, doer, ws[i].text}, true
		case act.subj && doer != "":
			return doer + "'s " + act.noun, []string{act.noun, doer, ws[i].text}, true
		case act.subj:
		case passive && doer != "":
			return capitalise(act.noun + " " + act.prep + " " + doer), []string{act.noun, doer, ws[i].text}, true
		case !passive && obj != "":
			return capitalise(act.noun + " " + act.prep + " " + art + obj), []string{act.noun, obj, ws[i].text}, true
		}
		return "", nil, false
	}
	return "", nil, false
}

// sentenceSubject is the common-noun phrase ws opening a sentence as the
// subject of a passive act ("Road tax will be raised" → "road tax"), or
// "" when a word of it is no part of a noun phrase.
func sentenceSubject(ws []actWord) string {
	if len(ws) > 0 && (ws[0].low == "the" || ws[0].low == "a") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	var b strings.Builder
	for k, w := range ws {
		if actObjectStops[w.low] || objectDeterminers[w.low] || !startsWithLetter(w.text) || k > 0 && capitalised(w.text) {
			return "" // a name inside: the capitalised fallback's business
		}
		if k > 0 {
			b.WriteByte(' ')
			b.WriteString(w.text)
		} else {
			b.WriteString(w.low)
		}
	}
	if len(ws) == 1 && generic[ws[0].low] {
		return ""
	}
	return b.String()
}

// actRelatives open a relative clause: its verb tells of somebody named in
// passing.
var actRelatives = map[string]bool{"who": true, "which": true, "that": true, "whose": true}

// actObjectStops end an act's object: the words that open what follows it.
var actObjectStops = map[string]bool{"and": true, "or": true, "but": true, "to": true, "for": true, "from": true, "of": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "as": true, "if": true, "after": true, "before": true,
	"because": true, "while": true, "which": true, "that": true, "who": true, "whose": true, "when": true, "where": true,
	"than": true, "into": true, "over": true, "under": true, "until": true, "since": true, "despite": true, "amid": true,
	"following": true, "so": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "should": true, "can": true, "may": true, "it": true,
	"they": true, "he": true, "she": true, "we": true, "this": true, "these": true, "those": true, "between": true,
	"against": true, "about": true, "without": true, "through": true, "up": true, "down": true, "off": true, "out": true, "beyond": true, "across": true,
	"per": true, "within": true, "towards": true, "along": true, "around": true, "near": true, "cannot": true,
	"must": true, "might": true, "shall": true, "did": true, "does": true, "do": true, "not": true, "suggests": true, "says": true,
	"said": true, "shows": true}

// maxObjectWords bounds an act's object in a title.
const maxObjectWords = 4

// leadActObject is the noun phrase opening rest past a determiner ("their
// final salary pension scheme and ..." → "final salary pension scheme"),
// or "", and the indefinite article to keep before it in a title ("a
// candidate").
func leadActObject(rest string) (obj, art string) {
	// rest may run to the end of a long article: read only the words
	// the phrase can use (its determiners, maxObjectWords and one more),
	// else each call costs the whole rest (quadratic over a text that
	// repeats the noun: minutes for a 1 MB article).
	for n := 32; ; n *= 4 {
		ws, more := leadActWordsN(rest, n)
		if !more || objectStart(ws)+maxObjectWords+1 < len(ws) {
			return leadActObjectIn(rest, ws)
		}
	}
}

// objectStart is the index of the first word past the determiners and
// possessives that open ws ("the", "a", "its", "the bank's").
func objectStart(ws []actWord) int {
	k := 0
	for k < len(ws) && (objectDeterminers[ws[k].low] || k+1 < len(ws) && strings.HasSuffix(ws[k].low, "'s") && !capitalised(ws[k].text)) {
		k++
	}
	return k
}

func leadActObjectIn(rest string, ws []actWord) (obj, art string) {
	k := 0
	for k < len(ws) && (objectDeterminers[ws[k].low] || k+1 < len(ws) && strings.HasSuffix(ws[k].low, "'s") && !capitalised(ws[k].text)) {
		art = ""
		if ws[k].low == "a" || ws[k].low == "an" {
			art = ws[k].low + " "
		}
		k++
	}
	first := k
	for k < len(ws) && k-first < maxObjectWords {
		w := ws[k]
		if actObjectStops[w.low] || !startsWithLetter(w.text) && !actNumberStart(w.text) ||
			k > first && (edWord(w.low) || strings.HasSuffix(w.low, "ly") || verbsInS[w.low] || irregularPast[w.low]) {
			break
		}
		k++
		if containsAnyRune(rest[w.end:min(w.end+1, len(rest))], ",;:.(\"”’") || k < len(ws) && containsAnyRune(rest[w.end:ws[k].start], "(\"“‘") {
			break // the phrase ends at the punctuation
		}
	}
	if k == first {
		return "", ""
	}
	if first > 0 && strings.ContainsAny(rest[ws[first-1].end:ws[first].start], ",;:.") {
		return "", ""
	}
	obj = rest[ws[first].start:ws[k-1].end]
	low := strings.ToLower(obj)
	if k-first == 1 && (generic[low] || isDemonym(obj) || looksAdjective(low)) {
		return "", "" // "the Russian government" cut to "Russian", "the rest"
	}
	return obj, art
}

// actNumberStart reports a word opening with a digit or a currency sign: "45
// banks", "£2bn".
func actNumberStart(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "£") || w[0] == '$')
}

// actDoer is who does the act of sentence s whose verb's subject ends at
// word j: a person of the cast named there (person true), or the name
// standing just before the verb ("UKIP have suspended"), or "".
func (a *analyser) actDoer(s string, off int, ws []actWord, j int) (name string, person bool) {
	if j < 0 {
		return "", false
	}
	// A person named right before the verb ("he resigned"), or opening
	// the sentence with an appositive between ("Anil Ambani, the younger
	// of the brothers, has resigned").
	if a.cast != nil {
		for _, m := range a.cast.MentionsIn(off, off+ws[j].end) {
			if m.Person < 0 {
				continue
			}
			e := m.End - off
			if e == ws[j].end {
				return a.cast.People[m.Person].Name, true
			}
			if m.Start-off <= len("The ") && !strings.ContainsAny(s[e:ws[j].end], ",;:") && len(strings.Fields(s[e:ws[j].end])) <= 3 {
				return a.cast.People[m.Person].Name, true // "The former boss of Parmalat has apologised"
			}
			if between := s[e:min(ws[j].end+1, len(s))]; strings.HasPrefix(between, ",") && strings.HasSuffix(between, ",") && e-(m.Start-off) < 60 && m.Start-off < 40 {
				return a.cast.People[m.Person].Name, true
			}
		}
	}
	// A name written just before the verb and its auxiliaries.
	k := j
	for k >= 0 && capitalised(ws[k].text) {
		k--
	}
	if k == j || k < 0 && j == 0 && !strings.Contains(ws[0].text, "'") && generic[ws[0].low] {
		return "", false
	}
	p := k
	if p >= 0 && objectDeterminers[ws[p].low] {
		p-- // "a bid for the LSE will be raised": the LSE is what "for" governs
	}
	if k >= 0 && strings.ContainsAny(s[ws[k].end:ws[k+1].start], ",;:") || p >= 0 && actObjectStops[ws[p].low] {
		return "", false // the name belongs to another clause, or is what a preposition governs ("agency for Scotland")
	}
	name = s[ws[k+1].start:ws[j].end]
	if generic[strings.ToLower(name)] {
		return "", false
	}
	return name, false
}

// actWord is a word of a lead with where it stands.
type actWord struct {
	text, low  string
	start, end int
}

// leadActWords splits s at white space, trimming the punctuation around each
// word; a word's offsets are those of its trimmed text.
func leadActWords(s string) []actWord {
	ws, _ := leadActWordsN(s, -1)
	return ws
}

// The marks leadActWordsN trims off a word's start and end.
var (
	actOpenMarks  = newMarkSet("\"'(“‘")
	actCloseMarks = newMarkSet(".,;:!?\"')”’")
)

// leadActWordsN is leadActWords stopping after n words (n < 0: all);
// more reports that it stopped early (s may hold further words).
func leadActWordsN(s string, n int) (ws []actWord, more bool) {
	var out []actWord
	for i := 0; i < len(s); {
		if n >= 0 && len(out) == n {
			return out, true // perhaps only spaces or marks are left: callers read more only when they need to
		}
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		w := actOpenMarks.trimLeft(s[i:j])
		st := j - len(w)
		en := st + len(actCloseMarks.trimRight(w))
		if en > st {
			out = append(out, actWord{text: s[st:en], low: strings.ToLower(s[st:en]), start: st, end: en})
		}
		i = j
	}
	return out, false
}
