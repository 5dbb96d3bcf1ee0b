package issues

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// render writes an issue: its title from the heaviest phrase, keywords,
// the most contentious sentence as summary, and its sentences as evidence.
func (a *analyser) render(is *issue) newsbot.Issue {
	var out newsbot.Issue
	if is.lead != nil {
		sent := a.sents[a.segs[is.lead.seg].sent].Text
		return newsbot.Issue{Title: a.leadTitleOf(is.lead), Keywords: a.leadKeywords(is.lead),
			Summary: clip(sent, maxSummary), Evidence: append(a.strList(1), sent)}
	}
	// Keywords: one form per distinct topic, the fuller form ("arms
	// embargo", not "embargo") when it carries a fair share of the weight.
	kws := a.sc.kws[:0]
	defer func() { a.sc.kws = kws }()
	for _, u := range is.units {
		replaced := false
		for i, k := range kws {
			if sharesWord(k, u) {
				if len(u.words) > len(k.words) && u.weight >= 0.3*k.weight && u.person < 0 && k.person < 0 {
					kws[i] = u
				}
				replaced = true
				break
			}
		}
		if !replaced && len(kws) < maxKeywords {
			kws = append(kws, u)
		}
	}
	if len(kws) > 0 {
		out.Keywords = a.strList(len(kws))
	}
	for _, k := range kws {
		out.Keywords = append(out.Keywords, a.surface(k))
	}
	out.Title = a.title(is)
	if ph := is.named; ph != nil && !a.buildingHead(ph) && weakTitle(out.Title, is.units[0]) &&
		(ph.nRuns > 1 || !strings.Contains(out.Title, " ") && !lexicon[is.units[0].words[0]].topical()) {
		// The headline names the story the issue tells, with its object
		// ("accusations over border shooting"), better than a lone word
		// or a verb of it does; a bare phrase of it ("climate talks")
		// only better than a bare word that names no dispute ("Flood").
		out.Title = a.leadTitleOf(is.named)
		if kw := a.leadKeywords(is.named); len(kw) > 0 && !slices.ContainsFunc(out.Keywords, func(k string) bool { return strings.EqualFold(k, kw[0]) }) {
			out.Keywords = append([]string{kw[0]}, out.Keywords[:min(len(out.Keywords), maxKeywords-1)]...)
		}
	}
	// Evidence and summary. The segments are ascending and a segment's
	// sentence never precedes an earlier segment's, so the distinct
	// sentences come in order: no set, no sort.
	best, bestScore := -1, -1.0
	nEvidence, last := 0, -1
	for _, s := range is.segs {
		sg := a.segs[s]
		if sg.score > bestScore {
			best, bestScore = sg.sent, sg.score
		}
		if sg.sent != last {
			last = sg.sent
			nEvidence++
		}
	}
	if nEvidence > 0 {
		out.Evidence = a.strList(min(nEvidence, maxEvidence))
	}
	last = -1
	for _, s := range is.segs {
		if len(out.Evidence) == maxEvidence {
			break
		}
		if si := a.segs[s].sent; si != last {
			last = si
			out.Evidence = append(out.Evidence, a.sents[si].Text)
		}
	}
	if best >= 0 {
		out.Summary = clip(a.sents[best].Text, maxSummary)
	}
	return out
}

// surface is how a unit is written most often; a person's canonical name.
func (a *analyser) surface(u *unit) string {
	if u.person >= 0 {
		return a.cast.People[u.person].Name
	}
	return a.surfaceOf(u)
}

// title names the issue: "Jimmy Lai's case" for a person in a legal or
// detention thread, else the fullest written form of the main phrase,
// "Alleged ..." when the text says so and "... in London" when a place
// follows it.
func (a *analyser) title(is *issue) string {
	anchor := is.units[0]
	if len(anchor.words) == 1 && anchor.person < 0 && caseNouns[anchor.words[0]] {
		if p := a.caseSubject(); p >= 0 {
			// "Trial" in a story about the man on trial: his trial.
			return a.cast.People[p].Name + "'s " + anchor.words[0]
		}
	}
	if anchor.person >= 0 {
		name := a.cast.People[anchor.person].Name
		for _, s := range is.segs {
			sg := a.segs[s]
			if anchor.caseOf && hasCaseNoun(a.text[sg.start:sg.end]) {
				return name + "'s case"
			}
		}
		if t := a.relationTo(anchor.person, is); t != "" {
			return t // "Ties with Li Wenhao"
		}
		// A figure carries the thread; what is disputed about them names
		// it ("pension cuts" beside a minister's name), the name stays a
		// keyword.
		alt := a.topicBeside(is)
		if alt == nil {
			return name
		}
		if len(alt.words) == 1 && startsLower(alt.surface) && !a.campaignsAgainst(is, alt.surface) {
			return name + "'s " + alt.surface // "Matti Salo's snub"
		}
		anchor = alt
	}
	// A place anchors poorly: "Chinese mega-embassy" says more than
	// "London" (which the "in London" rule below may add back).
	if a.isPlace(a.surface(anchor)) {
		for _, u := range is.units[1:] {
			if !u.proper && u.person < 0 {
				anchor = u
				break
			}
		}
	}
	// The longest form sharing the anchor's words.
	// A phrase titles by its fullest form ("human rights conditions"),
	// not by another phrase with its head ("Irish export quotas" for
	// "beef quota").
	form, at := a.surface(anchor), anchor.firstPos
	formWeight, threadWeight, threadS, threadAt := anchor.weight, 0.0, "", 0
	for _, u := range is.units[1:] {
		if u.person < 0 && sharesWord(anchor, u) && a.topicOf(u) && extends(u, anchor) {
			s, pos := a.surface(u), u.firstPos
			if first, rest, ok := strings.Cut(s, " "); ok && degreeWords[strings.ToLower(first)] {
				s, pos = rest, pos+len(first)+1 // "longer strike" says no more than "strike"
			}
			if len(s) > len(form) {
				form, at, formWeight = s, pos, u.weight
			}
			if threadForm(u) && u.weight > threadWeight {
				threadS, threadAt, threadWeight = s, pos, u.weight
			}
		}
	}
	if threadWeight > formWeight && len(threadS) > len(a.surface(anchor)) {
		form, at = threadS, threadAt // "asylum bill", told heavier than "asylum policy hostage"
	}
	if form == "" {
		return ""
	}
	base := form
	// A bare common noun says little ("Advice"): the modifier the copy
	// gives it most often says which ("legal advice").
	bare := !strings.ContainsAny(form, " -") && anchor.person < 0 && !anchor.proper
	// The phrase is written at its first position, so its first
	// occurrence as a string lies no further on: search no further.
	hay := a.text
	if at >= 0 && at+len(form) <= len(hay) && hay[at:at+len(form)] == form {
		hay = hay[:at+len(form)]
	}
	// Look at the first occurrence for "alleged"/"allegations of" and a
	// following "in <Place>".
	verbal := dropLeadingVerb(form) != form // may open with an "-ing" verb
	first := -1
	if i := indexRare(hay, form); i >= 0 {
		first = i
		if t, ok := a.verbTitle(form, i); ok {
			// "divert cargo" is what somebody threatened: "Threat to
			// divert cargo to Antwerp".
			return capitalise(t)
		}
		if w, _ := wordBefore(a.text, i); accusationVerbs[w] != "" && !strings.Contains(form, " of ") {
			// "accused Canadian trawlers of ...": the accusation is the
			// thread, the trawlers its target.
			return accusationVerbs[w] + " " + form
		}
		if bare {
			if t := a.byActors(form, a.text[i+len(form):]); t != "" {
				return capitalise(t) // "Rotterdam dock strike"
			}
			if t := a.actorsBefore(form, i); t != "" {
				return capitalise(t) // "dock strike", "nurses' strike"
			}
		}
		before := a.text[max(0, i-20):i]
		verbal = verbal && !nounPhraseBefore(before)
		if lowerHasSuffix(before, "alleged ") || lowerHasSuffix(before, "allegations of ") || lowerHasSuffix(before, "allegation of ") {
			form = "alleged " + form
		}
		after := a.text[i+len(strings.TrimPrefix(form, "alleged ")):]
		// "auto tariff row": the noun naming the dispute, which the
		// phrases leave out as a cue word, completes the title.
		if n := disputeHeadAfter(after); n != "" && startsLower(lastField(form)) {
			form += " " + n
			after = after[1+len(n):]
		}
		// "embargo on arms exports", "row over funding": the object of
		// the dispute completes the title.
		for _, prep := range []string{" on ", " over ", " against ", " of ", " for "} {
			if strings.HasPrefix(after, prep) {
				obj := a.contentAfter(after[len(prep):])
				if obj == "" && bare {
					// "restructuring of the country's railway loans": past
					// the article and the owner.
					obj = a.contentAfter(skipDeterminer(after[len(prep):]))
				}
				if obj != "" {
					form += prep + obj
					after = after[len(prep)+len(obj):]
					if r := nameRest(obj, after); r != "" {
						form += r // "trial of ex-customs chief Hector Ruiz", not "... Hector"
						after = after[len(r):]
					}
				}
				break
			}
		}
		if bare && !strings.Contains(form, " ") {
			form += a.laterObject(form) // "Cap" told later as "a cap on licences"
		}
		if p := a.planPurpose(form, after); p != "" {
			form += p // "Draft decision to cut mackerel catch"
		}
		if strings.HasPrefix(after, " in ") {
			// "in London", not "in January": where, never when.
			if place := capitalRun(after[4:]); place != "" && !people.IsTimeWord(strings.ToLower(place)) {
				form += " in " + place
			}
		}
	}
	if verbal {
		if rest := dropLeadingVerb(form); !settingNouns[strings.ToLower(rest)] {
			form = rest // "misleading parliament" is about the misleading
		}
	}
	if bare && !strings.Contains(form, " ") {
		m := a.modifierOf(form, is.segs)
		// "Gibraltar waters incident": a place the copy writes as the
		// noun's modifier where it first names it says which waters,
		// better than an adjective ("territorial"), though not better
		// than a noun making a compound with it ("mobile phone" over
		// "UK phone").
		if p, withMod := a.attributivePlace(first, form, m); p != "" && (withMod || !compoundModifier(m)) {
			is.placed = true
			if withMod {
				return p + " " + m + " " + form // "Hong Kong stock markets"
			}
			return p + " " + form
		}
		if m != "" {
			form = m + " " + form
		}
		return capitalise(form)
	}
	if pm, _ := a.attributivePlace(first, base, ""); pm != "" {
		if rest, ok := strings.CutPrefix(form, "alleged "+base); ok {
			return capitalise("alleged " + pm + " " + base + strings.TrimSuffix(rest, " in "+pm))
		}
		if rest, ok := strings.CutPrefix(form, base); ok {
			return pm + " " + base + strings.TrimSuffix(rest, " in "+pm) // "Jersey fishing licences"
		}
	}
	return capitalise(form)
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" || s[0] >= 'A' && s[0] <= 'Z' {
		return s // already capitalised: no copy
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// lowerHasSuffix is strings.HasSuffix(strings.ToLower(s), suf) for a
// lower-case ASCII suf, without the copy when s is ASCII.
func lowerHasSuffix(s, suf string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.HasSuffix(strings.ToLower(s), suf)
		}
	}
	if len(s) < len(suf) {
		return false
	}
	tail := s[len(s)-len(suf):]
	for i := 0; i < len(suf); i++ {
		c := tail[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// clip shortens s to at most n bytes on a word boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

// contentAfter returns the run of up to three content words at the start
// of s ("arms exports" in "arms exports to China"), or "".
func (a *analyser) contentAfter(s string) string {
	end, n := 0, 0
	for n < 3 {
		rest := s[end:]
		sp := strings.IndexAny(rest, " \n\r\t,.;:\"”’()")
		w := rest
		if sp >= 0 {
			w = rest[:sp]
		}
		lw := strings.ToLower(w)
		if w == "" || generic[lw] || generic[trimPossessive(lw)] || n > 0 && edWord(lw) || !startsWithLetter(w) {
			break // "port of Rotterdam", not "port of Rotterdam entered" nor "rate of 3"
		}
		end += len(w)
		n++
		if sp < 0 || rest[sp] != ' ' {
			break
		}
		end++
	}
	return strings.TrimRight(s[:end], " ")
}

// hasCaseNoun reports whether s holds a word of caseNouns ("case",
// "trial", "release"), lower-case as they stand mid-sentence.
func hasCaseNoun(s string) bool {
	i := 0
	for i < len(s) {
		for i < len(s) && !(s[i] >= 'a' && s[i] <= 'z') {
			i++
		}
		j := i
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if j > i && (i == 0 || !isASCIIWord(s[i-1])) && (j == len(s) || !isASCIIWord(s[j])) && caseNouns[s[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// modifierOf is the content word written most often right before the
// lower-case noun w ("legal" in "the full legal advice") in the segments
// segs (the issue's, which hold the noun), first seen winning a tie; ""
// when none is. Generic and verb-like words, names and
// possessives are no modifiers.
func (a *analyser) modifierOf(w string, segs []int) string {
	var counts [8]modCount
	nc := 0
	for _, s := range segs {
		sg := a.segs[s]
		// In a headline a verb stands where a modifier would: "trawlers
		// empty waters".
		a.modifiersIn(w, sg.start, sg.end, counts[:], &nc, a.headline && sg.sent == 0)
	}
	best := -1
	for c := range counts[:nc] {
		if best < 0 || counts[c].n > counts[best].n {
			best = c
		}
	}
	if best < 0 {
		return ""
	}
	return counts[best].word
}

// modCount is a modifier with how often it is written.
type modCount struct {
	word string
	n    int
}

// modifiersIn counts into counts[:*nc] the modifiers of w in
// a.text[start:end], a headline's when headline is set.
func (a *analyser) modifiersIn(w string, start, end int, counts []modCount, nc *int, headline bool) {
	for i, f := start, newRareSub(w); ; {
		j := f.index(a.text[i:end])
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(w)
		if i < end && isASCIIWord(a.text[i]) && a.text[i] != 's' {
			continue // inside a longer word
		}
		if at < start+2 || a.text[at-1] != ' ' {
			continue
		}
		k := at - 1
		for k > start && (isASCIIWord(a.text[k-1]) || a.text[k-1] == '-') {
			k--
		}
		m := a.text[k : at-1]
		if len(m) < 4 || m[0] < 'a' || m[0] > 'z' || generic[m] || lexLookup(m).stop() || headlineVerb[m] == 1 || headline && headlineVerb[m] != 0 ||
			strings.HasSuffix(m, "ed") || strings.HasSuffix(m, "ing") || strings.HasSuffix(m, "ly") {
			continue
		}
		found := false
		for c := range counts[:*nc] {
			if counts[c].word == m {
				counts[c].n++
				found = true
			}
		}
		if !found && *nc < len(counts) {
			counts[*nc] = modCount{m, 1}
			*nc++
		}
	}
}

// dropLeadingVerb drops a lower-case "-ing" verb opening a title of two
// or more words: "withholding legal advice" names the advice, not the
// act. Nouns in "-ing" ("bombing", "spending") stay.
func dropLeadingVerb(form string) string {
	i := strings.IndexByte(form, ' ')
	if i < 0 || i+1 >= len(form) {
		return form
	}
	w := form[:i]
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || w[0] < 'a' || w[0] > 'z' || ingNouns[w] {
		return form
	}
	return form[i+1:]
}

// nounPhraseBefore reports whether the text before a phrase ends in a
// determiner, possessive or conjunction, which makes an "-ing" word
// opening it a noun modifier ("the fundraising thresholds"), not a verb.
func nounPhraseBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexAny(before, " \n\t\"“(")
	w := strings.ToLower(before[i+1:])
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	e := lexLookup(w)
	return e.det() || e.conj()
}

// startsWithLetter reports whether w opens with a letter (not a digit,
// bracket or currency sign).
func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// onTrial reports whether the text puts cast member p on trial or in
// detention somewhere ("Roux pleaded not guilty to charges", "the trial of
// Roux").
func (a *analyser) onTrial(p int) bool {
	slot := a.index.slot(a.personHash(p))
	return slot.h != 0 && a.stats[slot.i-1].flags&fCase != 0 && !a.namedOfficer(p)
}

// disputeHeads name a dispute after its subject: "tariff row", "debt
// talks". As cue words they are no part of the phrases read.
var disputeHeads = []string{"row", "dispute", "spat", "feud", "standoff", "stand-off", "talks", "negotiations",
	"crisis", "war", "scandal", "probe", "inquiry", "strike", "walkout", "protests", "deal", "case", "trial"}

// disputeHeadAfter is the dispute noun opening s (" row deepens"), or "".
func disputeHeadAfter(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	for _, n := range disputeHeads {
		if strings.HasPrefix(s[1:], n) && (len(s) == 1+len(n) || !isASCIIWord(s[1+len(n)]) && s[1+len(n)] != '-') {
			return n
		}
	}
	return ""
}

// skipDeterminer drops an article or possessive pronoun opening s and
// the possessive owner after it: "the country's railway loans" gives
// "railway loans"; "" when no owner follows.
func skipDeterminer(s string) string {
	for _, d := range []string{"the ", "its ", "their ", "his ", "her "} {
		if strings.HasPrefix(s, d) {
			s = s[len(d):]
			if w, rest, ok := strings.Cut(s, " "); ok && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && startsLower(w) {
				return rest
			}
			return "" // "advice on the legality": the article is no owner's
		}
	}
	return ""
}

// extends reports whether u holds every word of anchor, or anchor is a
// lone word.
func extends(u, anchor *unit) bool {
	if len(anchor.words) <= 1 {
		return true
	}
	for _, w := range anchor.words {
		if !slices.Contains(u.words, w) {
			return false
		}
	}
	return true
}

// topicBeside is the first common-noun topic among is's main phrases, or
// nil.
func (a *analyser) topicBeside(is *issue) *unit {
	for _, u := range is.units[1:min(len(is.units), homeUnits)] {
		if u.person < 0 && !u.proper && a.topicOf(u) && !verbsInS[u.surface] {
			return u // not a verb of theirs: "vows"
		}
	}
	return nil
}

// actorsBefore names a bare strike or protest, written at byte i, by who
// holds it, read from the same sentence before it: "dock workers ... went
// on strike" is a "dock strike", "nurses walked off the job in a strike"
// a "nurses' strike". "" when no actor stands before it, or the noun is
// no strike or protest.
func (a *analyser) actorsBefore(n string, i int) string {
	if g := disputeSynonyms[stem(strings.ToLower(n))]; g != disputeSynonyms["strike"] && g != disputeSynonyms["protest"] {
		return ""
	}
	// Each of the first few times it is written, until one names who.
	for tries, j := 0, i; tries < 4 && j >= 0; tries++ {
		if t := a.actorsAt(n, j); t != "" {
			return t
		}
		next := indexRare(a.text[j+len(n):], n)
		if next < 0 {
			break
		}
		j += len(n) + next
	}
	return ""
}

// actorsAt is actorsBefore for the noun written at byte i.
func (a *analyser) actorsAt(n string, i int) string {
	si := text.Containing(a.sents, i)
	if si < 0 {
		return ""
	}
	words := strings.Fields(a.text[a.sents[si].Start:i])
	for k := len(words) - 1; k >= 0 && k >= len(words)-20; k-- {
		w := strings.ToLower(strings.Trim(words[k], ",;:\"'()"))
		if !actorNouns[stem(w)] || w == stem(w) || bodyActors[stem(w)] {
			continue // people hold a strike: "nurses", not "the unions"
		}
		if k > 0 {
			m := words[k-1]
			// A capital only where the sentence or the copy after its
			// dateline opens: "Train drivers", "Lufthansa pilots".
			opens := k == 1 || words[k-2] == "-" || words[k-2] == "—" || words[k-2] == "--"
			if lm := strings.ToLower(m); (startsLower(m) || opens && startsWithLetter(m)) && len(m) > 2 && !generic[lm] && !lexLookup(lm).stop() &&
				!strings.HasSuffix(lm, "'s") && !strings.HasSuffix(lm, "ed") && !strings.HasSuffix(lm, "ing") {
				return m + " " + n // "dock workers": a dock strike
			}
		}
		return w + "' " + n
	}
	return ""
}

// bodyActors are the actorNouns that name a body, not the people who
// strike or march.
var bodyActors = map[string]bool{
	"union": true, "group": true, "company": true, "firm": true, "authority": true, "business": true,
	"operator": true, "bank": true, "airline": true, "bloc": true, "coalition": true, "police": true,
}

// weakTitle reports a title that names its thread only in part: a lone
// word ("Merger talks" from "merger"), or a verb rephrased as a noun
// ("Threat to derail peace").
func weakTitle(title string, anchor *unit) bool {
	if anchor.person < 0 && len(anchor.words) == 1 {
		return true
	}
	n, rest, ok := strings.Cut(title, " ")
	if !ok || !strings.HasPrefix(rest, "to ") {
		return false
	}
	for _, v := range nominalised {
		if strings.EqualFold(n, v) {
			return true
		}
	}
	return false
}

// relationNouns, before "to", "with" or "for" and a person, make the tie
// the thread: "the government's close ties with Chinese President Li
// Wenhao".
var relationNouns = map[string]bool{
	"relations": true, "ties": true, "links": true, "contacts": true, "dealings": true, "friendship": true,
	"alliance": true, "support": true, "closeness": true, "rapprochement": true,
}

// relationTo titles an issue carried by cast member p by the tie the copy
// gives them in one of its sentences ("Ties with Li Wenhao"), or
// "".
func (a *analyser) relationTo(p int, is *issue) string {
	for _, m := range a.cast.Mentions {
		if m.Person != p || is.sharedSegs(a.segsAt(m.Start)) == 0 {
			continue
		}
		// Back over the title and capitalised words before the name
		// ("Russian President"), to the preposition and the noun.
		words := strings.Fields(a.text[a.sents[max(0, text.Containing(a.sents, m.Start))].Start:m.Start])
		k := len(words) - 1
		for k >= 0 && !startsLower(words[k]) {
			k--
		}
		if k < 1 {
			continue
		}
		prep, noun := words[k], strings.ToLower(words[k-1])
		if (prep == "to" || prep == "with" || prep == "for") && relationNouns[noun] {
			return capitalise(noun + " " + prep + " " + a.cast.People[p].Name)
		}
	}
	return ""
}

// segsAt is the segment holding byte i, as a one-element list (none when
// no segment does). Segments are in text order: a binary search.
func (a *analyser) segsAt(i int) []int {
	s := sort.Search(len(a.segs), func(k int) bool { return a.segs[k].end > i })
	if s < len(a.segs) && a.segs[s].start <= i {
		return []int{s}
	}
	return nil
}

// buildingNouns head a headline phrase that says where, not what:
// "Auckland hospitals over staffing".
var buildingNouns = map[string]bool{
	"hospital": true, "school": true, "prison": true, "court": true, "mine": true, "factory": true,
	"plant": true, "port": true, "airport": true, "office": true, "embassy": true, "building": true,
}

// buildingHead reports whether ph's head is one of buildingNouns.
func (a *analyser) buildingHead(ph *leadPhrase) bool {
	return buildingNouns[stem(strings.ToLower(a.text[ph.head:ph.headEnd]))]
}

// indexRare is strings.Index(s, sub): it looks for sub's byte rarest in
// copy ("k" of "strike") and compares at each one, where strings.Index
// stops at every "s". title and modifiersIn search most of an article
// for a phrase the copy writes late.
func indexRare(s, sub string) int { return newRareSub(sub).index(s) }

// rareSub is a string to search for by its rarest byte (see indexRare),
// that byte chosen once for the searches a rule repeats along the copy.
type rareSub struct {
	sub string
	r   int // where sub's rarest byte stands
	p   int // another byte of sub, tested before the whole: most bytes the rarest finds start no match
}

func newRareSub(sub string) rareSub {
	r := 0
	for k := 1; k < len(sub); k++ {
		if byteRarity[sub[k]] > byteRarity[sub[r]] {
			r = k
		}
	}
	p := 0
	if r == 0 {
		p = len(sub) - 1
	}
	return rareSub{sub: sub, r: r, p: p}
}

// index is strings.Index(s, f.sub).
func (f rareSub) index(s string) int {
	sub := f.sub
	n := len(sub)
	switch {
	case n == 0:
		return 0
	case n > len(s):
		return -1
	case n == 1:
		return strings.IndexByte(s, sub[0])
	}
	r, c, last := f.r, sub[f.r], len(s)-n
	for q := 0; q <= last; q++ {
		// q is the first start not yet ruled out.
		j := strings.IndexByte(s[q+r:last+r+1], c)
		if j < 0 {
			return -1
		}
		q += j
		if s[q+f.p] == sub[f.p] && s[q:q+n] == sub {
			return q
		}
	}
	return -1
}

// containsRare is strings.Contains(s, sub) by indexRare: for the rules
// that ask whether the whole copy writes a title or word.
func containsRare(s, sub string) bool { return indexRare(s, sub) >= 0 }

// countRare is strings.Count(s, sub) for a non-empty sub, by indexRare:
// the occurrences that do not overlap, left to right.
func countRare(s, sub string) int {
	if sub == "" {
		return strings.Count(s, sub)
	}
	f, n := newRareSub(sub), 0
	for {
		j := f.index(s)
		if j < 0 {
			return n
		}
		n++
		s = s[j+len(sub):]
	}
}

// byteRarity ranks bytes by how seldom English news copy holds them,
// higher rarer: a guide for indexRare, which any ranking leaves correct.
var byteRarity = func() (t [256]uint8) {
	for c := range t {
		t[c] = 26 // punctuation and control bytes
	}
	for i, c := range []byte("etaoinshrdlcumwfgypbvkjxqz") {
		t[c] = uint8(1 + i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 21
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 22
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = 27
	}
	t[' '], t[','], t['.'], t['\''], t['-'] = 0, 10, 10, 15, 18
	t[0xe2], t[0x80], t[0x99], t[0x9c], t[0x9d] = 18, 18, 18, 18, 18 // the curly quotes
	return t
}()

// campaignsAgainst: ill is one of publicIlls and a sentence of is tells
// someone campaigning on it or pledging to fight it ("has campaigned on
// the cost of living and corruption"): "Grace Osei's corruption" would
// accuse the candidate who promised to fight it.
func (a *analyser) campaignsAgainst(is *issue, ill string) bool {
	ill = strings.ToLower(ill)
	if !publicIlls[ill] {
		return false
	}
	for _, sg := range is.segs {
		if campaignedOn(a.text[a.segs[sg].start:a.segs[sg].end], ill) {
			return true
		}
	}
	return false
}

// campaignedOn: sentence t tells a campaign on ill (lower case) or a
// pledge to fight it, ill within eight words of the verb.
func campaignedOn(t, ill string) bool {
	for _, m := range reCampaignOn.FindAllStringIndex(t, -1) {
		rest := strings.Fields(strings.ToLower(t[m[1]:]))
		for _, w := range rest[:min(len(rest), 8)] {
			if strings.Trim(w, ".,;:") == ill {
				return true
			}
			if strings.ContainsAny(w, ".;") {
				break
			}
		}
	}
	return false
}

// reCampaignOn: a pledge to fight something or a campaign on it.
var reCampaignOn = lazyre.New(`(?i)\b(?:campaign(?:ed|s|ing)?\s+(?:on|against)|(?:pledg|promis|vow)(?:ed|es|e|ing)\s+to\s+(?:fight|tackle|end|root\s+out|stamp\s+out|curb|crack\s+down\s+on))\s`)

// publicIlls are ills a figure may campaign on; by the possessive they
// would be the figure's own.
var publicIlls = map[string]bool{"corruption": true, "crime": true, "inflation": true, "poverty": true, "unemployment": true,
	"violence": true, "racism": true, "terrorism": true, "extremism": true, "insecurity": true, "hunger": true, "homelessness": true, "pollution": true}
