package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/people"
)

// orgThenPerson gives the words to the person a body's name qualifies
// right after it: "says Deutsche Bank's Tom Ode", "said Barclays' Ann
// Ode", "said Nordbank economist Ann Ode", "said DZ bank economist Ann
// Ode". The body is where the person works; the person spoke. Up to
// three lower-case words (a trade) may stand between, none a verb.
func (a *attributor) orgThenPerson(r *attr) {
	s := a.s
	if r.isPerson || r.mStart < 0 || r.mEnd <= r.mStart || r.mEnd >= len(s) {
		return
	}
	// The body as a mention, or capitalised words the cast left out.
	if m, ok := a.mentionStartingAt(r.mStart); ok && (m.Kind != people.Organisation || m.End != r.mEnd) {
		return
	}
	if r, _ := utf8.DecodeRuneInString(s[r.mStart:]); !isUpper(r) {
		return
	}
	p := r.mEnd
	switch {
	case strings.HasPrefix(s[p:], "'s "):
		p += 3
	case strings.HasPrefix(s[p:], "’s "):
		p += 5
	case strings.HasPrefix(s[p:], "' ") && s[p-1] == 's':
		p += 2
	case strings.HasPrefix(s[p:], "’ ") && s[p-1] == 's':
		p += 4
	case strings.HasPrefix(s[p:], " "):
		p++
	default:
		return
	}
	last := "" // the trade's last word: "economist", "analyst", "bank"
	for words := 0; ; words++ {
		if m, ok := a.mentionStartingAt(p); ok {
			if m.Kind != people.Name || m.Person < 0 || last != "" && !people.IsSourceNoun(last) {
				return
			}
			// The name closes the clause or is set off by a comma.
			if e := m.End; e < len(s) && s[e] != ',' && s[e] != '.' && s[e] != ' ' && s[e] != '\n' {
				return
			}
			cue, cs, ce := r.cue, r.cueStart, r.cueEnd
			a.fromMention(r, m)
			r.cue, r.cueStart, r.cueEnd = cue, cs, ce
			return
		}
		e := wordEnd(s, p, len(s))
		if words == 3 || e == p || e >= len(s) || s[e] != ' ' || s[p] < 'a' || s[p] > 'z' ||
			cueOf(s[p:e])&cueVerb != 0 || isDeterminer(s[p:e]) || isFunctionWord(s[p:e]) {
			return
		}
		last, p = s[p:e], e+1
	}
}

// possessorsNamed gives the words to the person named right after a
// possessor's role: "said Ann Ode's spokesman, Tom Reyes", "According to
// Acme's founder, Ann Ode, ...". The possessor is whom the role belongs
// to; the name set off after it is who spoke.
func (a *attributor) possessorsNamed(r *attr) {
	s := a.s
	if r.mStart < 0 || r.mEnd <= r.mStart || r.mEnd+4 > len(s) {
		return
	}
	p := r.mEnd
	switch {
	case strings.HasSuffix(s[r.mStart:p], "'s") || strings.HasSuffix(s[r.mStart:p], "’s"):
	case strings.HasPrefix(s[p:], "'s "):
		p += 2
	case strings.HasPrefix(s[p:], "’s "):
		p += 4
	default:
		return
	}
	// Up to four role words, then ", " and a name: "'s chief spokesman, ".
	words := 0
	for words < 5 && p < len(s) && s[p] == ' ' {
		w := p + 1
		e := wordEnd(s, w, len(s))
		for e < len(s) && s[e] == '-' { // "vice-president"
			e = wordEnd(s, e+1, len(s))
		}
		if e == w || cueOf(s[w:e])&cueVerb != 0 || isDeterminer(strings.ToLower(s[w:e])) {
			return
		}
		words++
		p = e
		if p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' {
			m, ok := a.mentionStartingAt(p + 2)
			if !ok || m.Kind != people.Name || m.Person < 0 {
				return
			}
			// The name is set off by a comma or closes the clause.
			if e := m.End; e < len(s) && s[e] != ',' && s[e] != '.' && s[e] != ' ' {
				return
			}
			cue, cs, ce := r.cue, r.cueStart, r.cueEnd
			a.fromMention(r, m)
			r.cue, r.cueStart, r.cueEnd = cue, cs, ce
			return
		}
	}
}

// relativeHead gives the words to the name that opens a sentence when the
// subject found sits in what is set off after it ("Ann Ode, head of the
// Harbor Trust, who met the minister, said"; "Kestrel Rail, which is owned
// by the Norland group, said"): a clause opened by "who", "which" or
// "whose" after a comma marks what lies between the name and the verb as
// set off. A person named "NAME of PARTY" as written is that person.
func (a *attributor) relativeHead(r *attr) {
	s := a.s
	// A person found as the subject stays: the rules below mend a body
	// or a name as written.
	if r.isPerson || r.mStart < 0 || r.mEnd > len(s) || r.speaker == "" {
		return
	}
	if a.namedOfBody(r); r.isPerson {
		return
	}
	st := a.sentStart(max(0, r.mStart-400), r.mStart+1)
	if k := strings.LastIndexByte(s[st:r.mStart], '\n'); k >= 0 {
		st += k + 1 // sentence stops do not see paragraph breaks
	}
	st = skipSpaceForward(s, st, r.mStart+1)
	if st > r.mStart || r.mStart-st > 300 {
		return
	}
	// The first comma of the sentence closes the head.
	c1 := strings.IndexByte(s[st:r.mEnd], ',')
	if c1 < 0 {
		return
	}
	c1 += st
	if r.mStart <= c1 {
		return
	}
	// After the subject: ", VERB" of speech closes what is set off.
	hi := min(len(s), r.mEnd+200)
	vc := -1
	for k := r.mEnd; k+2 < hi; k++ {
		c := s[k]
		if c == '.' || c == '"' || c == 0xE2 || c == '\n' || c == ';' {
			break
		}
		if c == ',' && s[k+1] == ' ' {
			w := k + 2
			e := wordEnd(s, w, len(s))
			if e > w && cueOf(s[w:e])&cueVerb != 0 && s[w] >= 'a' && s[w] <= 'z' {
				vc = k
			}
			break
		}
	}
	if vc < 0 && r.cueStart >= 2 && r.cueStart > r.mEnd && s[r.cueStart-2:r.cueStart] == ", " {
		vc = r.cueStart - 2
	}
	if vc < 0 {
		return
	}
	rel := false
	for _, w := range [...]string{", who ", ", which ", ", whose "} {
		if k := strings.Index(s[c1:vc], w); k >= 0 {
			rel = true
			break
		}
	}
	if !rel || strings.ContainsAny(s[c1:vc], "\"“”") {
		return
	}
	// The head: a person's name (a trailing "of PARTY" allowed), else a
	// body's capitalised name.
	if m, ok := a.mentionStartingAt(st); ok && m.Kind == people.Name && m.Person >= 0 && m.End <= c1 {
		if m.End == c1 || strings.HasPrefix(s[m.End:c1], " of ") && capitalisedRun(s, m.End+4, c1) {
			cue, cs, ce := r.cue, r.cueStart, r.cueEnd
			a.fromMention(r, m)
			r.cue, r.cueStart, r.cueEnd = cue, cs, ce
		}
		return
	}
	if !capitalisedRun(s, st, c1) || c1-st > 60 {
		return
	}
	if w := s[st:wordEnd(s, st, c1)]; headStop(w) {
		return
	}
	if _, ok := a.mentionStartingAt(st); !ok && a.mentionBetween(st, c1) {
		return
	}
	r.speaker, r.isPerson, r.mention, r.mStart, r.mEnd = s[st:c1], false, s[st:c1], st, c1
}

// namedOfBody reads a source as written "Cllr Ann Ode of Fine Gael" as
// the person named in it.
func (a *attributor) namedOfBody(r *attr) {
	// The mention may start before the source ("Cllr Ann Ode" in "Ode
	// of Fine Gael").
	ms := a.cast.Mentions
	k := firstEndAtOrAfter(ms, r.mStart+1)
	if k >= len(ms) {
		return
	}
	m := ms[k]
	if m.Start > r.mStart || m.Kind != people.Name || m.Person < 0 || m.End >= r.mEnd || !strings.HasPrefix(a.s[m.End:r.mEnd], " of ") {
		return
	}
	if !capitalisedRun(a.s, m.End+4, r.mEnd) {
		return
	}
	cue, cs, ce := r.cue, r.cueStart, r.cueEnd
	a.fromMention(r, m)
	r.cue, r.cueStart, r.cueEnd = cue, cs, ce
}

// capitalisedRun reports whether s[p:e] is a name: capitalised words,
// with "of", "and", "for" and "the" between them.
func capitalisedRun(s string, p, e int) bool {
	if p >= e {
		return false
	}
	n := 0
	for p < e {
		w := wordEnd(s, p, e)
		if w == p {
			return false
		}
		switch t := s[p:w]; {
		case t == "of" || t == "and" || t == "for" || t == "the":
		case s[p] >= 'A' && s[p] <= 'Z' || s[p] >= 0xC0:
			n++
		default:
			return false
		}
		p = w
		if p < e {
			if s[p] != ' ' && s[p] != '-' && s[p] != '\'' {
				return false
			}
			p++
		}
	}
	return n > 0
}

// headStop reports whether a capitalised first word opens an adverbial
// or a clause, not a name: "In Juba, ...", "But the union, ...".
func headStop(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "at", "after", "before", "but", "and", "as", "for", "from", "when", "while", "with", "by",
		"since", "until", "during", "under", "over", "the", "a", "an", "this", "that", "its", "their", "his", "her",
		"meanwhile", "however", "earlier", "later", "separately", "instead", "yet", "still", "asked", "if", "although":
		return true
	}
	return false
}

// roleAnaphor gives a quotation said by a definite description nobody in
// the cast holds ("the barrister", "the witness") to the person it stands
// for: the one a pronoun names in an "Asked whether she ..." clause
// opening its sentence ("Asked whether she had met him, the witness
// replied"), or the named subject opening the sentence before it in the
// same paragraph ("Mr Hale told the jury ... . The barrister said").
func (a *attributor) roleAnaphor(r *attr, paraA, i int, done []Located) {
	s := a.s
	if r.isPerson || r.mStart <= paraA || r.mEnd > len(s) {
		return
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if !ok || m.Kind != people.Description || m.Person >= 0 || m.End != r.mEnd || !equalFoldLower("the ", s[m.Start:min(m.End, m.Start+4)]) {
		return
	}
	h := strings.LastIndexByte(m.Text, ' ')
	if h < 0 || strings.Count(m.Text, " ") > 2 || !anaphorNoun(m.Text[h+1:]) {
		return
	}
	head := m.Text[h+1:]
	st := a.sentStart(max(paraA, r.mStart-400), r.mStart)
	st = skipSpaceForward(s, max(st, paraA), r.mStart)
	ms := a.cast.Mentions
	if strings.HasPrefix(s[st:r.mStart], "Asked ") {
		// "Asked by Ms Ode whether she ...": the asker is not the one
		// who answers, whatever the pronoun was read as.
		asker := -1
		if strings.HasPrefix(s[st:r.mStart], "Asked by ") {
			if n, ok := a.mentionStartingAt(st + 9); ok && n.Kind == people.Name {
				asker = n.Person
			}
		}
		who, g := -1, ""
		for k := firstStartAtOrAfter(ms, st); k < len(ms) && ms[k].Start < r.mStart; k++ {
			o := ms[k]
			if o.Kind == people.Pronoun && isSubjectPronoun(o.Text) && !a.hasSpan(o.Start, o.End) {
				if who >= 0 && who != o.Person || g != "" && g != pronounGender(o.Text) {
					return
				}
				who, g = o.Person, pronounGender(o.Text)
			}
		}
		if who >= 0 && who == asker && i > 0 {
			// The one quoted last, in the paragraph before, of the
			// pronoun's gender.
			who = -1
			if prev := done[i-1]; prev.IsPerson && prev.Para >= a.spans[i].para-2 {
				for pi, p := range a.cast.People {
					if p.Name == prev.Speaker && pi != asker && p.Gender == g {
						who = pi
					}
				}
			}
		}
		if who >= 0 {
			a.setPerson(r, who)
		}
		return
	}
	if st <= paraA {
		return
	}
	pst := a.sentStart(max(paraA, st-600), st-1)
	pst = skipSpaceForward(s, max(pst, paraA), st)
	n, ok := a.mentionStartingAt(pst)
	if !ok || n.Kind != people.Name || n.Person < 0 || n.Person >= len(a.cast.People) {
		return
	}
	if hasWordFold(s[pst:st], head) && !predicateNoun(s[pst:st], head) {
		return // "She met her lawyer. The lawyer said": the one met
	}
	for k := firstStartAtOrAfter(ms, pst); k < len(ms) && ms[k].Start < st; k++ {
		if o := ms[k]; o.Kind != people.Pronoun && o.Person != n.Person && (o.Person >= 0 || o.Kind == people.Unnamed || o.Kind == people.Description) {
			return
		}
	}
	a.setPerson(r, n.Person)
}

// setPerson gives r's words to person p of the cast, the mention kept.
func (a *attributor) setPerson(r *attr, p int) {
	if p < 0 || p >= len(a.cast.People) {
		return
	}
	r.speaker, r.isPerson = a.cast.People[p].Name, true
}

// anaphorNoun reports whether w names a part a story's named person
// plays, by which copy refers back to that person ("the barrister", "the
// witness", "the scientist"), rather than another person it brings in
// (a spokesman, a mother, a judge).
func anaphorNoun(w string) bool {
	switch strings.ToLower(w) {
	case "barrister", "silk", "witness", "skipper", "veteran", "scientist", "researcher", "academic", "economist",
		"historian", "author", "novelist", "writer", "poet", "singer", "actor", "actress", "campaigner", "activist",
		"businessman", "businesswoman", "entrepreneur", "tycoon", "billionaire", "teenager", "pensioner",
		"volcanologist", "seismologist", "climatologist", "biologist", "physicist", "chemist", "geologist":
		return true
	}
	return false
}

// objectNotSpeaker moves a "she"/"he" that closes a quotation ("Q," she
// told AFP) off the person the sentence names as the object of its
// report ("Farmers would judge Ode “Q,” she told AFP") to the person
// quoted in the sentence before, in the same paragraph: copy does not
// have a speaker name herself in her own report.
func (a *attributor) objectNotSpeaker(r *attr, i int, done []Located) {
	s := a.s
	if !r.isPerson || i == 0 || r.mStart < 0 || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(s[r.mStart:r.mEnd]) {
		return
	}
	sp := a.spans[i]
	if r.mStart < sp.close || paragraphBreaks(s[sp.open:r.mStart]) > 0 {
		return
	}
	pm, ok := a.mentionStartingAt(r.mStart)
	if !ok || pm.Person < 0 || pm.Person >= len(a.cast.People) {
		return
	}
	st := quotedSentStart(s, sp.paraA, sp.open)
	if st <= sp.paraA {
		return // the paragraph's first sentence: no one quoted before it
	}
	ms := a.cast.Mentions
	object := false
	for k := firstStartAtOrAfter(ms, st); k < len(ms) && ms[k].Start < sp.open; k++ {
		m := ms[k]
		if m.Person != pm.Person {
			if m.Kind != people.Organisation {
				return
			}
			continue
		}
		if m.Kind != people.Name || m.Start == st {
			return // the sentence's subject
		}
		// A verb before the name: "would judge Ode".
		b := wordBack(s, st, skipSpaceBack(s, st, m.Start))
		if b < 0 || s[b] < 'a' || s[b] > 'z' {
			return
		}
		object = true
	}
	if !object {
		return
	}
	prev := done[i-1]
	if !prev.IsPerson || prev.Speaker == r.speaker || prev.Para != sp.para || prev.End > st || prev.MentionStart < sp.paraA {
		return
	}
	// The one quoted before may carry the pronoun's gender.
	g := pronounGender(s[r.mStart:r.mEnd])
	for _, p := range a.cast.People {
		if p.Name == prev.Speaker {
			if p.Gender != g && p.Gender != "" {
				return
			}
			r.speaker = prev.Speaker
			return
		}
	}
}

// quotedSentStart returns where the sentence holding p starts, at lo at
// the earliest: after a full stop, question or exclamation mark, closing
// quotation marks allowed after it ("... a policy.” Farmers"), and a space.
func quotedSentStart(s string, lo, p int) int {
	for k := p - 1; k > lo; k-- {
		// A sentence opens with a capital or a quotation mark.
		if s[k] != ' ' || k+1 >= len(s) || (s[k+1] < 'A' || s[k+1] > 'Z') && s[k+1] != '"' && s[k+1] != 0xE2 {
			continue
		}
		j := k - 1
		for j > lo && (s[j] == '"' || s[j] == '\'' || j >= lo+2 && s[j-2] == 0xE2 && s[j-1] == 0x80 && (s[j] == 0x9D || s[j] == 0x99)) {
			if s[j] == '"' || s[j] == '\'' {
				j--
			} else {
				j -= 3
			}
		}
		if j >= lo && (s[j] == '.' || s[j] == '?' || s[j] == '!') && !abbrevBefore(s, lo, j) {
			return k + 1
		}
	}
	return lo
}

// ledeTitleHolder gives the words a lede gives to an office held by title
// ("The Mayor of Leeds has called for ...") to the person the next
// paragraph names with that title ("Mayor Ann Ode arrived ..."), when the
// cast took the office for a person of its own.
func (a *attributor) ledeTitleHolder(r *attr, sp span) {
	s := a.s
	if sp.para != 0 || r.mStart < 0 || r.speaker == "" {
		return
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if r.isPerson && (!ok || m.Person < 0 || m.Person >= len(a.cast.People)) {
		return
	}
	if !ok {
		// "The Mayor" the cast read, "Mayor of Leeds" the speaker.
		m = people.Mention{Start: -1, Person: -1}
		if k := firstEndAtOrAfter(a.cast.Mentions, r.mStart+1); k < len(a.cast.Mentions) && a.cast.Mentions[k].Start <= r.mStart {
			m = a.cast.Mentions[k]
		}
	}
	// The office as a title word and what it is "of".
	name := strings.TrimPrefix(strings.TrimPrefix(r.speaker, "The "), "the ")
	k := strings.Index(name, " of ")
	if k <= 0 || strings.IndexByte(name[:k], ' ') >= 0 || name[0] < 'A' || name[0] > 'Z' {
		return
	}
	title := name[:k]
	if r.isPerson && !strings.EqualFold(a.cast.People[m.Person].Role, title) {
		return
	}
	if !r.isPerson && m.Kind == people.Pronoun {
		return
	}
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || nl < sp.close {
		return
	}
	p1 := nl
	for p1 < len(s) && (s[p1] == '\n' || s[p1] == ' ' || s[p1] == '\r') {
		p1++
	}
	e1 := len(s)
	if k := strings.IndexByte(s[p1:], '\n'); k >= 0 {
		e1 = p1 + k
	}
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, p1); k < len(ms) && ms[k].Start < e1; k++ {
		n := ms[k]
		if n.Kind != people.Name || n.Person < 0 || r.isPerson && n.Person == m.Person || n.Person >= len(a.cast.People) {
			continue
		}
		q := a.cast.People[n.Person]
		if !strings.EqualFold(q.Role, title) || !strings.HasPrefix(n.Text, title+" ") {
			return
		}
		// Named there first.
		for j := 0; j < k; j++ {
			if ms[j].Person == n.Person && ms[j].Start != m.Start {
				return
			}
		}
		r.speaker, r.isPerson = q.Name, true
		return
	}
}

// namedThing reports whether capitalised words in marks name a thing the
// noun right after them says ("the “Homes for Heroes” plan", "its “Clean
// Air” scheme"): a name, not speech, whoever calls it so.
func (a *attributor) namedThing(sp span) bool {
	s := a.s
	if !sp.closed || sp.close+2 >= len(s) || s[sp.close] != ' ' {
		return false
	}
	w := sp.close + 1
	e := wordEnd(s, w, len(s))
	if e == w || e < len(s) && isLetterByte(s[e]) {
		return false
	}
	switch s[w:e] {
	case "plan", "plans", "scheme", "programme", "program", "strategy", "initiative", "bill", "campaign", "project",
		"policy", "fund", "agenda", "doctrine", "pact", "package", "charter", "framework", "blueprint", "manifesto", "reforms":
		return true
	}
	return false
}

// customNamed reports whether words in marks name a custom or a tradition
// ("the tradition of joint “walks of witness”", "the custom of “open
// house”"): the writer's scare quotes, nobody's speech.
func (a *attributor) customNamed(sp span) bool {
	s := a.s
	e := skipSpaceBack(s, sp.paraA, sp.open)
	for n := 0; n < 2; n++ {
		b := wordBack(s, sp.paraA, e)
		if b < 0 {
			return false
		}
		if equalFoldLower("of", s[b:e]) {
			e2 := skipSpaceBack(s, sp.paraA, b)
			b2 := wordBack(s, sp.paraA, e2)
			if b2 < 0 {
				return false
			}
			switch strings.ToLower(s[b2:e2]) {
			case "tradition", "traditions", "custom", "customs", "ritual", "rituals", "practice":
				return true
			}
			return false
		}
		// One modifier may stand between: "of joint “...”".
		if s[b] < 'a' || s[b] > 'z' {
			return false
		}
		e = skipSpaceBack(s, sp.paraA, b)
	}
	return false
}

// kinNotOccupation moves the words of a description of a trade or part
// ("the scientist", "the campaigner") off a person the story knows only as
// someone's kin ("Her mother, Ann Ode, ...") to the person the story is
// about, named most often: "“Q,” the scientist says" after the mother is
// introduced is the scientist the profile follows.
func (a *attributor) kinNotOccupation(r *attr) {
	if !r.isPerson || r.mStart < 0 {
		return
	}
	m, ok := a.mentionStartingAt(r.mStart)
	if !ok || m.Kind != people.Description || m.Person < 0 || m.Person >= len(a.cast.People) || m.End != r.mEnd {
		return
	}
	h := strings.LastIndexByte(m.Text, ' ')
	if h < 0 || !anaphorNoun(m.Text[h+1:]) || strings.EqualFold(m.Text[h+1:], "witness") {
		return
	}
	kin := a.cast.People[m.Person]
	switch strings.ToLower(kin.Role) {
	case "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
		"aunt", "uncle", "niece", "nephew", "cousin", "widow", "widower", "partner":
	default:
		return
	}
	// The person named most often.
	var count [64]int
	for _, o := range a.cast.Mentions {
		if o.Person >= 0 && o.Person < len(count) {
			count[o.Person]++
		}
	}
	best, n := -1, 0
	for pi := range min(len(a.cast.People), len(count)) {
		if pi != m.Person && count[pi] > n {
			best, n = pi, count[pi]
		}
	}
	if best < 0 || n <= count[m.Person] {
		return
	}
	a.setPerson(r, best)
}

// predicateNoun reports whether the noun w stands in t only as what the
// subject is or was: "trained as a chemist", "is a barrister".
func predicateNoun(t, w string) bool {
	for _, p := range [...]string{" as a ", " as an ", " is a ", " is an ", " was a ", " was an ", " became a ", " became an "} {
		if strings.Contains(t, p+w) {
			return true
		}
	}
	return false
}
