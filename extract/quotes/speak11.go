package quotes

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// describedPerson gives a noun phrase taken as written ("“Q,” the
// 41-year-old marine geologist told me") the person the cast resolved its
// opening words to ("the 41-year-old"): the rest is more of the
// description, plain lower-case words with no possessive or preposition
// that would make the head someone else ("the minister's aide", "the
// coach of the rival club").
func (a *attributor) describedPerson(r *attr, sp span) {
	if r.isPerson || r.mStart < 0 || r.speaker != r.mention || r.mEnd-r.mStart < 8 {
		return
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if !ok || m.Kind == people.Description && m.Person < 0 {
		if r.mStart > sp.close {
			a.profiledPerson(r) // "“Q,” the veteran sailor said"
		}
		return
	}
	if m.Kind != people.Description || m.Person < 0 || m.End >= r.mEnd || a.s[m.End] != ' ' {
		return
	}
	for _, w := range strings.Fields(a.s[m.End:r.mEnd]) {
		if w == "" || w[0] < 'a' || w[0] > 'z' || strings.ContainsAny(w, "'’,") || phraseBreak(w) {
			return
		}
	}
	r.speaker, r.isPerson = a.cast.Name(m), true
}

// profiledPerson gives a description the cast does not know ("“Q,” the
// veteran sailor told me") to the one person named in the sentence before
// it, in its paragraph, and in its own sentence before the quotation: in
// a profile the description goes on about the person just introduced.
// Words for other parties (a spokesman, a lawyer, a relative) and
// descriptions with more than plain words are left as written.
func (a *attributor) profiledPerson(r *attr) {
	np := a.s[r.mStart:r.mEnd]
	if !strings.HasPrefix(np, "the ") && !strings.HasPrefix(np, "The ") {
		return
	}
	words := strings.Fields(np[4:])
	if len(words) == 0 || len(words) > 3 {
		return
	}
	for _, w := range words {
		if w[0] < 'a' || w[0] > 'z' || strings.ContainsAny(w, "'’,.") || phraseBreak(w) {
			return
		}
	}
	if head := words[len(words)-1]; otherParty(head) || !humanHead(head) {
		return
	}
	para := strings.LastIndexByte(a.s[:r.mStart], '\n') + 1
	cur := a.sentStart(para, r.mStart)
	from := para
	if cur > para {
		from = a.sentStart(para, cur-2)
	}
	who := -1
	for _, m := range a.cast.MentionsIn(from, r.mStart) {
		if m.Person < 0 || a.hasSpan(m.Start, m.End) {
			continue
		}
		if m.Kind != people.Name && m.Kind != people.Pronoun && m.Kind != people.Description || who >= 0 && who != m.Person {
			return
		}
		who = m.Person
	}
	if who < 0 || a.cast.People[who].Gender == "" && strings.IndexByte(a.cast.People[who].Name, ' ') < 0 {
		return
	}
	// "Head coach Tom Varga ... “Q,” the goalkeeper said": another
	// known role is another person.
	head := words[len(words)-1]
	if role := strings.ToLower(a.cast.People[who].Role); role != "" && people.IsSourceNoun(head) && !strings.Contains(role, head) &&
		people.IsSourceNoun(role[strings.LastIndexByte(role, ' ')+1:]) {
		return
	}
	r.speaker, r.isPerson = a.cast.People[who].Name, true
}

// humanHead reports whether the singular noun w names a person: an
// agent noun ("sailor", "presenter", "geologist") or a role the lexicon
// knows, not a text or a thing ("the email", "the passage", "the impact").
func humanHead(w string) bool {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || docNoun(w) {
		return false
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "eer", "ee"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return people.IsSourceNoun(w) && !people.IsTimeWord(w)
}

// docNoun reports whether w is a text or a recording, which may speak
// but is no person.
func docNoun(w string) bool {
	switch w {
	case "email", "letter", "statement", "report", "suit", "lawsuit", "memo", "note", "message", "passage", "filing",
		"complaint", "document", "book", "release", "post", "tweet", "article", "ruling", "judgment", "judgement", "order",
		"bill", "law", "motion", "plan", "study", "survey", "poll", "analysis", "review", "paper", "text", "transcript",
		"video", "advert", "ad", "petition", "indictment", "verdict", "decision", "editorial", "column", "blog", "website",
		"manifesto", "budget", "proposal", "submission", "notice", "warning", "summary", "investigation", "inquiry", "audit",
		"broadcaster", "newspaper", "paper's", "register", "counter", "monitor", "reminder", "banner", "poster", "sticker", "flyer":
		return true
	}
	return false
}

// otherParty reports whether a description's head noun is a word for
// someone beside the story's subject: a spokesman, a lawyer, a relative.
func otherParty(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "adviser", "advisor", "insider", "officer",
		"police", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower", "friend",
		"colleague", "rival", "opponent", "ally", "partner", "counterpart", "predecessor", "successor", "judge", "lawyer",
		"prosecutor", "attorney", "interviewer", "reporter", "journalist", "host", "witness", "man", "woman", "person",
		"guy", "girl", "boy", "lady", "crowd", "group", "statement", "report", "company", "firm", "agency", "ministry",
		"government", "council", "court", "union", "club", "team", "board", "committee", "party", "organisers", "organizers",
		"driver", "neighbour", "neighbor", "caller", "victim", "spokespeople", "source's", "other", "latter", "former":
		return true
	}
	return false
}

// phraseBreak reports whether w is a preposition, conjunction or
// relative word that would start a phrase of its own inside a noun phrase.
func phraseBreak(w string) bool {
	switch w {
	case "to", "and", "or", "who", "which", "that", "close":
		return true
	}
	return prepWord(w)
}

// anonSrc is an indefinite noun phrase that an anonymity clause marks as
// a source and that a verb of saying follows: "A buyer at a large
// retailer, who asked not to be named because she was not authorised to
// speak, said".
type anonSrc struct {
	npStart, npEnd int  // "A buyer at a large retailer"
	verb           int  // start of the verb of saying after the clause
	gender         byte // of a pronoun inside the clause, or 0
}

// anonMarks are the words of an anonymity clause.
var anonMarks = [...]string{"anonymity", "be named", "be identified"}

// anonSources finds the marked sources of the paragraph [paraA, paraB),
// keeping the last paragraph's. An anonymity clause opens on ", who " or
// ", speaking ": the commas are found first and only the clauses they
// open are searched for the marks.
func (a *attributor) anonSources(paraA, paraB int) []anonSrc {
	if a.anonDone && a.anonPara == paraA {
		return a.anon
	}
	a.anonDone, a.anonPara, a.anon = true, paraA, a.anon[:0]
	s := a.s
	for from := paraA; from < paraB; {
		k := strings.IndexByte(s[from:paraB], ',')
		if k < 0 {
			break
		}
		k += from
		from = k + 1
		rest := s[k+1 : min(paraB, k+170)]
		if !strings.HasPrefix(rest, " who ") && !strings.HasPrefix(rest, " speaking ") && !strings.HasPrefix(rest, " talking ") && !strings.HasPrefix(rest, " on condition ") {
			continue
		}
		if e := strings.IndexByte(rest[1:], ','); e >= 0 {
			rest = rest[:e+1]
		}
		for _, mark := range anonMarks {
			if j := strings.Index(rest, mark); j >= 0 {
				if src, ok := a.anonAt(k + 1 + j); ok {
					a.anon = append(a.anon, src)
				}
				break
			}
		}
	}
	return a.anon
}

// anonAt reads the source whose anonymity clause holds the mark at k:
// the clause opens on a comma (", who asked not to be named", ",
// speaking on condition of anonymity") and closes on one before the verb;
// the noun phrase before it is indefinite and opens the sentence or
// follows a comma ("Outside court, a member of the family, who ...").
func (a *attributor) anonAt(k int) (anonSrc, bool) {
	s := a.s
	lo := max(0, k-120)
	open := strings.LastIndex(s[lo:k], ", ")
	if open < 0 {
		return anonSrc{}, false
	}
	open += lo
	if c := s[open+2 : k]; strings.ContainsAny(c, ",.;:\"“”\n") || !(strings.HasPrefix(c, "who ") || strings.HasPrefix(c, "speaking ") || strings.HasPrefix(c, "talking ") || strings.HasPrefix(c, "on condition ")) {
		return anonSrc{}, false
	}
	// The noun phrase: back to the sentence start or a comma.
	np := open
	for np > lo && !strings.ContainsRune(",.!?\n\"“”", rune(s[np-1])) {
		np--
	}
	for np < open && s[np] == ' ' {
		np++
	}
	det := s[np:min(open, np+4)]
	if !(strings.HasPrefix(det, "A ") || strings.HasPrefix(det, "a ") || strings.HasPrefix(det, "An ") || strings.HasPrefix(det, "an ") || strings.HasPrefix(det, "One ") || strings.HasPrefix(det, "one ") || strings.HasPrefix(s[np:], "Another ") || strings.HasPrefix(s[np:], "another ")) {
		return anonSrc{}, false
	}
	if np > 0 && s[np-1] != ' ' && s[np-1] != '\n' || np > 1 && s[np-1] == ' ' && s[np-2] != ',' && s[np-2] != '.' && s[np-2] != '\n' {
		return anonSrc{}, false
	}
	// The clause's end, then the verb.
	hi := min(len(s), k+160)
	end := strings.IndexByte(s[k:hi], ',')
	if end < 0 || strings.ContainsAny(s[k:k+end], ".;:\"“”\n") {
		return anonSrc{}, false
	}
	end += k + 1
	w, ok := a.verbAfter(end)
	if !ok {
		return anonSrc{}, false
	}
	src := anonSrc{npStart: np, npEnd: open, verb: w.start}
	for _, f := range strings.Fields(s[open+2 : end-1]) {
		switch f {
		case "she", "her":
			src.gender = 'f'
		case "he", "his", "him":
			src.gender = 'm'
		}
	}
	return src, true
}

// anonymous gives a quotation to a source an anonymity clause marks:
// when the subject found lies inside the source's words ("A senior aid
// official in Maiduguri, speaking on condition of anonymity, said" is not
// Maiduguri speaking), and when a "he" or "she" follows the source in its
// paragraph with no one named between ("“Q,” she said" after the buyer
// who asked not to be named, not the named man before her).
func (a *attributor) anonymous(r *attr, sp span) {
	if r.mStart < 0 {
		return
	}
	pron := r.mEnd-r.mStart <= 3 && isSubjectPronoun(a.s[r.mStart:r.mEnd]) && !equalFoldLower("they", a.s[r.mStart:r.mEnd])
	// Only a pronoun, or a subject set off from its verb by a comma, may
	// need the sources: the paragraph is read for them then.
	if !pron && (r.cueStart <= r.mEnd || strings.IndexByte(a.s[r.mEnd:r.cueStart], ',') < 0) {
		return
	}
	srcs := a.anonSources(sp.paraA, sp.paraB)
	for j := len(srcs) - 1; j >= 0; j-- {
		src := srcs[j]
		if r.mStart > src.npStart && r.mStart < src.verb {
			a.setAnon(r, src)
			return
		}
		if r.mStart == src.npStart {
			return // the cast's own source
		}
		if !pron || src.verb > r.mStart || strings.IndexByte(a.s[src.verb:r.mStart], '\n') >= 0 {
			continue
		}
		if g := pronounGender(a.s[r.mStart:r.mEnd]); src.gender != 0 && g != "" && g[0] != src.gender {
			return
		}
		for _, m := range a.cast.MentionsIn(src.verb, r.mStart) {
			if m.Kind == people.Name && m.Person >= 0 && !a.hasSpan(m.Start, m.End) {
				return // "Ode said" between: the pronoun may be Ode's
			}
		}
		a.setAnon(r, src)
		return
	}
}

// setAnon makes src the speaker: as the cast's unnamed source reads it
// when the cast has one there ("A senior diplomat" of "A senior diplomat
// in Nairobi"), else the noun phrase as written.
func (a *attributor) setAnon(r *attr, src anonSrc) {
	m, ok := a.mentionStartingAt(src.npStart)
	if ok && m.Kind == people.Unnamed && m.End <= src.npEnd {
		r.speaker = a.sourceAsWritten(m)
	} else {
		m = people.Mention{Start: src.npStart, End: src.npEnd, Text: a.s[src.npStart:src.npEnd]}
		r.speaker = m.Text
	}
	r.isPerson = false
	if r.mStart >= src.npStart && r.mStart < src.verb {
		r.mention, r.mStart, r.mEnd = m.Text, m.Start, m.End
	}
}

// participleSource gives the quotation to the unnamed source whose
// participle phrase holds the subject found: "An official travelling
// with the minister described the meeting as “Q”", "A diplomat
// accompanying Ode said", "an aide working for the senator said": the
// official speaks, not the one they travel with.
func (a *attributor) participleSource(r *attr) {
	if r.mStart <= 0 || !strings.Contains(a.s[max(0, r.mStart-24):r.mStart], "ing ") {
		return
	}
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, r.mStart) - 1
	if k < 0 || ms[k].Kind != people.Unnamed || ms[k].End >= r.mStart || r.mStart-ms[k].End > 40 {
		return
	}
	u := ms[k]
	gap := strings.Fields(a.s[u.End:r.mStart])
	if len(gap) == 0 || len(gap) > 2 || !strings.HasSuffix(gap[0], "ing") || len(gap[0]) < 6 || len(gap) == 2 && !prepWord(gap[1]) {
		return
	}
	// The source opens its sentence or clause: "“Q,” an aide working
	// for ... said" too.
	if before := strings.TrimRight(a.s[max(0, u.Start-6):u.Start], " \"”’"); u.Start > 0 && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "?") && !strings.HasSuffix(before, "!") &&
		a.sentStart(max(0, u.Start-600), u.Start) != u.Start && a.s[u.Start-1] != '\n' {
		return
	}
	r.speaker, r.isPerson = a.sourceAsWritten(u), false
	r.mention, r.mStart, r.mEnd = u.Text, u.Start, u.End
}

// finalReport attributes a phrase inside reported speech to the clause
// of saying that closes its sentence: "The board had run “a full and
// competitive process” and the price was fair, she said in a statement."
// The clause follows the sentence's last comma: a subject pronoun, or a
// mention of a person, source or body, and a verb of saying right after
// it, with a few words at most before the full stop.
func (a *attributor) finalReport(sp span) attr {
	end := a.sentEnd(sp.close, min(len(a.s), sp.paraB))
	// (A single word in marks is a term more often than a phrase:
	// "Suggestions that “outsourcing” is to blame are wrong, she says.")
	if end <= sp.close || end-sp.close > 400 || countWords(a.s, sp.start, sp.end) < 2 {
		return attr{}
	}
	seg := a.s[sp.close:end]
	c := strings.LastIndex(seg, ", ")
	if c < 0 || strings.ContainsAny(seg[c:], "\"“”;:") {
		return attr{}
	}
	m, ok := a.mentionStartingAt(sp.close + c + 2)
	if !ok || m.Kind == people.Pronoun && !isSubjectPronoun(m.Text) || m.Kind == people.Name && m.Person < 0 || m.Kind == people.Description && m.Person < 0 {
		return attr{}
	}
	w, ok := a.verbAfter(m.End)
	if !ok || !onlySpaces(a.s, m.End, w.start) || countWords(a.s, w.end, end) > 6 || strings.IndexByte(a.s[w.end:end], ',') >= 0 {
		return attr{}
	}
	var r attr
	a.fromMention(&r, m)
	if r.mention == "" {
		return attr{}
	}
	r.cue, r.cueStart, r.cueEnd, r.found = a.s[w.start:w.end], w.start, w.end, true
	return r
}

// viewOpener attributes a phrase in a sentence that opens with whose
// view it gives: "In her opinion, the alarm had not worked “for months”",
// "In his view, ...", "In their words, ...": the possessive's person.
func (a *attributor) viewOpener(sp span) attr {
	st := a.sentStart(max(sp.paraA, sp.open-400), sp.open)
	if st < sp.paraA {
		st = sp.paraA
	}
	head := a.s[st:sp.open]
	var pron string
	for _, p := range [...]string{"In her ", "In his ", "In their "} {
		if strings.HasPrefix(head, p) {
			pron = p[3 : len(p)-1]
			break
		}
	}
	if pron == "" {
		return attr{}
	}
	rest := head[len(pron)+4:]
	noun, _, ok := strings.Cut(rest, ",")
	switch noun {
	case "view", "opinion", "words", "estimation", "judgment", "judgement", "assessment", "account":
	default:
		return attr{}
	}
	if !ok {
		return attr{}
	}
	m, ok := a.mentionStartingAt(st + 3)
	if !ok || m.Kind != people.Pronoun || m.Person < 0 {
		return attr{}
	}
	r := attr{speaker: a.cast.Name(m), isPerson: true, mention: m.Text, mStart: m.Start, mEnd: m.End, found: true}
	r.cue, r.cueStart, r.cueEnd = a.s[st:st+len(pron)+4+len(noun)], st, st+len(pron)+4+len(noun)
	return r
}

// otherBodyBetween reports whether an organisation other than speaker is
// named in s[from:to], outside quotation marks.
func (a *attributor) otherBodyBetween(from, to int, speaker string) bool {
	if from < 0 || to <= from {
		return false
	}
	for _, m := range a.cast.MentionsIn(from, to) {
		if m.Kind == people.Organisation && !strings.Contains(speaker, m.Text) && !a.hasSpan(m.Start, m.End) {
			return true
		}
	}
	return false
}

// itBody gives an "it said" the cast left to no one to the body that
// opens the sentence before, in the same paragraph: "Heritage Victoria
// has raised concerns. In a submission, it said the plan “would harm the
// setting”." The body is an organisation of the cast or a run of two to
// five capitalised words, neither a person.
func (a *attributor) itBody(r *attr) {
	if r.speaker != "" || r.mStart <= 0 || r.mEnd-r.mStart != 2 || !equalFoldLower("it", a.s[r.mStart:r.mEnd]) {
		return
	}
	para := strings.LastIndexByte(a.s[:r.mStart], '\n') + 1
	cur := a.sentStart(para, r.mStart)
	if cur <= para {
		return
	}
	prev := a.sentStart(para, cur-2)
	if prev < para || prev >= cur {
		return
	}
	if m, ok := a.mentionStartingAt(prev); ok {
		switch {
		case m.Kind == people.Organisation && (strings.IndexByte(m.Text, ' ') > 0 || m.Text == strings.ToUpper(m.Text)):
			// (Not "Group" of "Group revenues rose".)
			r.speaker = a.extendSource(m)
		case m.Kind == people.Name && m.Person >= 0 && a.cast.People[m.Person].Gender == "" && strings.IndexByte(m.Text, ' ') > 0:
			// A name of no known gender that "it" stands for is a
			// body's ("Heritage Victoria").
			r.speaker = a.cast.Name(m)
		}
		return // a person or source: not this rule's
	}
	// A run of capitalised words, then a lower-case word; "of", "for"
	// and "and" may join them ("British Chambers of Commerce").
	e, words := prev, 0
	for e < cur && words < 7 {
		w := e
		for w < cur && a.s[w] != ' ' {
			w++
		}
		if words > 0 && w+1 < cur && a.s[w+1] >= 'A' && a.s[w+1] <= 'Z' {
			if j := a.s[e:w]; j == "of" || j == "for" || j == "and" {
				words++
				e = w + 1
				continue
			}
		}
		if w == e || a.s[e] < 'A' || a.s[e] > 'Z' || strings.ContainsAny(a.s[e:w], ",.;:'’\"“”") {
			break
		}
		if words == 0 && openingWord(a.s[e:w]) {
			return // "In January the institute said"
		}
		words++
		e = w + 1
	}
	if words < 2 || words > 6 || e >= cur || a.s[e] < 'a' || a.s[e] > 'z' {
		return
	}
	name := a.s[prev : e-1]
	if people.IsTimeWord(name[:strings.IndexByte(name, ' ')]) || len(a.cast.MentionsIn(prev, e)) > 0 && !a.noPersonIn(prev, e) {
		return
	}
	r.speaker, r.isPerson = name, false
}

// noPersonIn reports whether no mention in s[from:to] is of a person.
func (a *attributor) noPersonIn(from, to int) bool {
	for _, m := range a.cast.MentionsIn(from, to) {
		if m.Person >= 0 && m.Kind == people.Name && a.cast.People[m.Person].Gender != "" {
			return false
		}
	}
	return true
}

// openingWord reports whether w, capitalised, opens a sentence with an
// adverbial rather than a name.
func openingWord(w string) bool {
	switch w {
	case "In", "On", "At", "After", "Before", "By", "For", "From", "With", "Under", "Over", "Since", "During", "Last", "This",
		"Next", "But", "And", "As", "When", "While", "If", "Earlier", "Later", "Meanwhile", "Asked", "According", "Despite":
		return true
	}
	return false
}
