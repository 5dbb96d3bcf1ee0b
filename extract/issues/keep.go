package issues

import (
	"github.com/newsroom/newsbot/extract/places"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/internal/fold"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// What an editor keeps. The last pass over an article's issues drops the
// titles no editor would list (a compass point, a clause cut from a
// sentence, an officeholder's bare name), and adds three threads wire copy
// states in one sentence that the phrase weights miss or title badly: a
// named regulator's investigation ("Energy Market Authority investigation
// into Norvik Power's billing unit"), a shareholder's opposition to a deal
// ("Halden Partners' opposition to the takeover") and the dispute the copy
// itself calls the most divisive issue ("Row over the Harbour Road
// bypass").

// keepPass drops junk titles from res and adds the threads named outright.
func (a *analyser) keepPass(res []newsbot.Issue) []newsbot.Issue {
	kept := res[:0]
	for i := range res {
		is := &res[i]
		if t := withoutDayPossessive(is.Title); t != is.Title {
			// "Thursday's ferry strike": the day of one report's action,
			// not the thread's name (the next report says "the strike").
			is.Title = t
			for k, kw := range is.Keywords {
				if w := withoutDayPossessive(kw); w != kw {
					is.Keywords[k] = lowerFirst(w)
				}
			}
		}
		if junkTitle(is.Title) || headlessTitle(is.Title, a.text, a.lowered()) || len(res) > 1 && len(is.Evidence) == 1 && a.spokenOnly(is.Title) {
			continue
		}
		// Each rule reads titles of one shape only: a bare word, or
		// names, or a short phrase.
		words := strings.Count(is.Title, " ") + 1
		if words == 1 {
			if t := a.withoutTitle(is.Title); t != "" {
				is.Title = t // "Trial" of "detained without trial"
			} else if t, who := a.objectionTitle(is.Title, is.Evidence); t != "" {
				is.Title, is.Keywords = t, withFirstKeyword(is.Keywords, who)
			} else if t := a.trialOf(is.Title); t != "" {
				is.Title = t
			} else if a.mereMention(is) {
				continue
			} else if t := a.headlineRetitle(is.Title); t != "" {
				is.Title = t
			}
			kept = append(kept, *is)
			continue
		}
		if a.mereMention(is) {
			continue
		}
		if t := a.cutOffTitle(is.Title); t != "" {
			is.Title = t // "Opposition to the firm" of "opposition to the firm's planned takeover"
		}
		if len(res) > 1 && (a.officeholderTitle(is) || a.advocateTitle(is.Title)) {
			continue
		}
		if a.namesOnly(is) && restatedBy(kept, is) >= 0 {
			continue // "Cognara in England": a name of a dispute another issue tells from the same sentences
		}
		if words == 2 && len(is.Evidence) > 0 && a.flagged(is.Evidence[0], lxOppose) && startsLower(lastField(is.Title)) &&
			!strings.Contains(strings.ToLower(is.Evidence[0]), strings.ToLower(is.Title)) {
			// "Smaller hospital", a later paragraph's words, over a lead
			// that states the objection: the objection titles it.
			if t, who := a.objectionTitle(lastField(is.Title), is.Evidence[:1]); t != "" {
				is.Title, is.Keywords = t, withFirstKeyword(is.Keywords, who)
				kept = append(kept, *is)
				continue
			}
		}
		if words == 2 {
			if t := a.leadRetitle(res, is); t != "" {
				is.Title = t
			} else if t := evidenceModifier(is.Title, is.Evidence); t != is.Title {
				for k, kw := range is.Keywords {
					if strings.EqualFold(kw, is.Title) {
						is.Keywords[k] = strings.ToLower(t) // the keyword told the old modifier too
					}
				}
				is.Title = t
			}
		}
		is.Title = heldIn(is.Title, is.Evidence)
		if t := a.headlineRetitle(is.Title); t != "" && !slices.ContainsFunc(kept, func(k newsbot.Issue) bool { return k.Title == t }) {
			is.Title = t
		} else if t := pressedTitle(is.Title, is.Evidence); t != "" {
			is.Title = t
		}
		kept = append(kept, *is)
	}
	return a.namedThreads(oneCase(kept))
}

// withFirstKeyword puts k first among kws, at most maxKeywords.
func withFirstKeyword(kws []string, k string) []string {
	out := append(make([]string, 0, maxKeywords), k)
	for _, x := range kws {
		if len(out) < maxKeywords && !strings.EqualFold(x, k) {
			out = append(out, x)
		}
	}
	return out
}

// leadRetitle is the lead's own phrase for an issue told from the lead
// first whose title's head the lead does not hold ("Lithium gap", a later
// sentence's phrase, over "... to speed up a long-stalled investment pact
// for the lithium and copper"): the title says what its evidence tells.
// "" when the title stands, or the lead has no free disputed phrase.
func (a *analyser) leadRetitle(res []newsbot.Issue, is *newsbot.Issue) string {
	if len(is.Evidence) == 0 || len(a.leads) == 0 || a.segs[a.leads[0].seg].sent >= len(a.sents) {
		return ""
	}
	lead := a.sents[a.segs[a.leads[0].seg].sent].Text
	if is.Evidence[0] != lead {
		return ""
	}
	head := lastField(is.Title)
	if head == "" || caseHasWord(lead, head) || caseHasWord(lead, strings.TrimSuffix(head, "s")) {
		return ""
	}
	var buf [32]byte
	for t := is.Title; t != ""; {
		w, rest, _ := strings.Cut(t, " ")
		t = rest
		if lw := appendLower(buf[:0], w); pactNouns[string(lw)] || frameNouns[string(lw)] != "" || disputeNouns[string(lw)] {
			return "" // "UKIP lawsuit against defectors" names its thread already
		}
	}
	for i := range a.leads {
		ph := &a.leads[i]
		if ph.owner >= 0 || a.segs[ph.seg].sent != a.segs[a.leads[0].seg].sent {
			continue
		}
		ph0 := a.text[ph.head:ph.headEnd]
		if !pactNouns[ph0] && !frameNounOrThread(ph0) {
			continue // only a phrase naming a dispute, a pact or a plan titles better
		}
		t := a.leadTitleOf(ph)
		if t == "" || junkTitle(t) || !strings.Contains(t, " ") || strings.EqualFold(lastField(t), "worth") {
			continue
		}
		taken := false
		for j := range res {
			taken = taken || caseHasWord(res[j].Title, ph0)
		}
		if !taken && a.leadDisputed(ph) {
			return t
		}
	}
	return ""
}

// pactNouns head the lead phrase of a thread still negotiated or fought
// over: "a long-stalled investment pact", "the proposed trade deal".
var pactNouns = map[string]bool{
	"pact": true, "deal": true, "treaty": true, "agreement": true, "accord": true, "talks": true,
	"negotiations": true, "bill": true, "plan": true, "plans": true, "reform": true, "reforms": true,
	"ban": true, "proposal": true, "proposals": true, "investigation": true, "inquiry": true, "probe": true,
}

// namesOnly reports an issue titled by names and joining words alone
// ("Cognara in England"), two names at least, each written so in its
// first sentence, none a person's: no noun says what is disputed.
func (a *analyser) namesOnly(is *newsbot.Issue) bool {
	if len(is.Evidence) == 0 || !capitalised(lastField(is.Title)) {
		return false
	}
	names := 0
	for w := range strings.FieldsSeq(is.Title) {
		switch w {
		case "in", "of", "and", "the", "for", "at", "on":
			continue
		}
		if !capitalised(w) || !hasWord(is.Evidence[0], w) {
			return false
		}
		var buf [32]byte
		if lw := string(appendLower(buf[:0], w)); pactNouns[lw] || frameNounOrThread(lw) || threadNouns[lw] || lw == "act" {
			return false // "Terrorism Bill": a thread by its name
		}
		names++
	}
	if names < 2 {
		return false
	}
	for i := range a.cast.People {
		if a.cast.People[i].Name == is.Title {
			return false // a person's thread is theirs to keep (see officeholderTitle)
		}
	}
	return true
}

// restatedBy is the index of the issue of kept that tells is again, or
// -1: the sentence is told from first is among that issue's, and so is
// another of its sentences.
func restatedBy(kept []newsbot.Issue, is *newsbot.Issue) int {
	if len(is.Evidence) < 2 {
		return -1
	}
	for j := range kept {
		ev := kept[j].Evidence
		if !slices.Contains(ev, is.Evidence[0]) {
			continue
		}
		shared := 0
		for _, e := range is.Evidence {
			if slices.Contains(ev, e) {
				shared++
			}
		}
		if shared >= 2 {
			return j
		}
	}
	return -1
}

// flagged reports whether sentence text e is one of a.namedSents holding
// a trigger word of kind.
func (a *analyser) flagged(e string, kind lexFlags) bool {
	for _, x := range a.namedSents {
		if x&int32(kind>>namedShift) != 0 && a.sents[x>>3].Text == e {
			return true
		}
	}
	return false
}

// objectionVerbs state an objection, with the noun that names it.
var objectionVerbs = []struct{ verb, noun string }{
	{" object to ", "objection to"}, {" objected to ", "objection to"}, {" objects to ", "objection to"},
	{" are opposed to ", "opposition to"}, {" is opposed to ", "opposition to"},
	{" oppose ", "opposition to"}, {" opposed ", "opposition to"}, {" opposes ", "opposition to"},
	{" are protesting against ", "protest against"},
}

// objectionTitle titles an issue the body titled by a bare word that names
// no thread ("Trains") by the objection its first sentences state: "The
// rail unions object to plans to raise the retirement age for train
// drivers" is the "Rail unions' objection to plans to raise the retirement
// age for train drivers". It returns the title and the objectors, "" when
// the title stands.
func (a *analyser) objectionTitle(title string, evidence []string) (string, string) {
	if len(a.namedSents) == 0 || len(evidence) == 0 || strings.ContainsAny(title, " -") ||
		!a.flagged(evidence[0], lxOppose) && (len(evidence) < 2 || !a.flagged(evidence[1], lxOppose)) {
		return "", ""
	}
	var buf [32]byte
	if lw := string(appendLower(buf[:0], title)); pactNouns[lw] || frameNounOrThread(lw) || caseNouns[lw] || threadNouns[lw] {
		return "", ""
	}
	for _, e := range evidence[:min(2, len(evidence))] {
		if !a.flagged(e, lxOppose) {
			continue // no objection word: the tokeniser flagged none
		}
		for _, ov := range objectionVerbs {
			i := strings.Index(e, ov.verb)
			if i < 0 {
				continue
			}
			subj := voteToSubject(strings.Fields(e[datelineEnd(e):i]))
			if len(subj) > 0 && (subj[0] == "The" || subj[0] == "the") {
				subj = subj[1:]
			}
			if len(subj) == 0 || len(subj) > 4 || pronouns[strings.ToLower(subj[0])] {
				continue
			}
			okSubj := true
			for _, w := range subj {
				okSubj = okSubj && !containsAnyRune(w, ",;:\"“”") && lexicon[strings.ToLower(w)].f&lxStop == 0
			}
			var obj []string
			for _, f := range strings.Fields(e[i+len(ov.verb):]) {
				w := strings.TrimRight(f, ",.;:")
				if w == "" || w == "and" || w == "but" || w == "because" || w == "as" || len(obj) == 10 {
					break
				}
				obj = append(obj, w)
				if w != f {
					break
				}
			}
			for len(obj) > 2 && trailingStops[strings.ToLower(obj[len(obj)-1])] {
				obj = obj[:len(obj)-1] // "... emergency department at", cut by the cap
			}
			if !okSubj || len(obj) < 2 {
				continue
			}
			who := strings.Join(subj, " ")
			poss := who + "'s"
			if strings.HasSuffix(who, "s") {
				poss = who + "'"
			}
			return capitalise(poss) + " " + ov.noun + " " + strings.Join(obj, " "), strings.ToLower(who)
		}
	}
	return "", ""
}

// trailingStops end no title: a phrase cut after them lost its object.
var trailingStops = map[string]bool{"at": true, "in": true, "of": true, "the": true, "to": true, "for": true, "on": true, "a": true, "an": true, "and": true, "by": true, "with": true}

// voteToSubject is the subject of a body's vote to object without the
// vote: "Tipperary County Council" of "Tipperary County Council has voted
// unanimously to (oppose)".
func voteToSubject(subj []string) []string {
	n := len(subj)
	if n < 3 || subj[n-1] != "to" {
		return subj
	}
	n--
	if n > 0 && strings.HasSuffix(subj[n-1], "ly") {
		n-- // "unanimously"
	}
	if n == 0 || subj[n-1] != "voted" && subj[n-1] != "agreed" && subj[n-1] != "decided" && subj[n-1] != "resolved" {
		return subj
	}
	n--
	if n > 0 && (subj[n-1] == "has" || subj[n-1] == "have" || subj[n-1] == "had") {
		n--
	}
	return subj[:n]
}

// mereMention reports an issue whose title is a word the copy uses in
// passing, no thread: a place the story is in ("Split" of "rallied in
// Split"), words only quoted (the "pilgrimages of peace" tradition), a
// nationality ("Sri Lankan"), or a resignation a crowd chanted for.
func (a *analyser) mereMention(is *newsbot.Issue) bool {
	if len(is.Evidence) == 0 {
		return false
	}
	t := is.Title
	if !strings.Contains(t, " ") {
		if placeWord(t, is.Evidence[0]) {
			return true
		}
	}
	var buf [32]byte
	if lw := string(appendLower(buf[:0], t)); pactNouns[lw] || frameNounOrThread(lw) || caseNouns[lw] || threadNouns[lw] {
		return false // "Trial", "Strike": a thread's noun, wherever the copy has it
	}
	if !strings.Contains(t, " ") && quotedOnly(t, is.Evidence[:1]) {
		return true // a quoted claim of more words may name the thread ("real alternative")
	}
	if a.demonymTitle(t) {
		return true
	}
	return strings.HasSuffix(t, " resignation") && chanted(is.Evidence[0])
}

// placeWord reports a capitalised word that sentence e uses as a place
// only: its dateline, or after "in", "at", "from", "near" ("packed the
// waterfront in Split").
func placeWord(w, e string) bool {
	if !capitalised(w) {
		return false
	}
	seen := false
	for j := range wholeWordAt(e, w) {
		prev, _ := wordBefore(e, j)
		switch prev {
		case "in", "at", "from", "near", "outside", "to", "through", "across", "around", "into", "towards", "toward":
			seen = placeName(w) // "investors in Qwest": a firm, not where
		default:
			return false
		}
	}
	if up := strings.ToUpper(w); up != w && strings.HasPrefix(e, up) && datelineEnd(e) > 0 {
		return true // "SPLIT, Croatia (AFP) - ..."
	}
	return seen
}

// wholeWordAt yields where w stands in s as a whole word, left to right.
// Rules ask it for a title or noun over the whole copy, once per
// candidate: indexRare stops only at the word's rarest letter.
func wholeWordAt(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i, f := 0, newRareSub(w); ; {
			j := f.index(s[i:])
			if j < 0 {
				return
			}
			j += i
			i = j + len(w)
			if runeEdge(s, j, i) && !yield(j) {
				return
			}
		}
	}
}

// placeName reports a name the gazetteer holds as a place or landmark.
func placeName(w string) bool {
	if _, ok := places.Lookup(w); ok {
		return true
	}
	_, ok := places.Landmark(w)
	return ok
}

// quotedOnly reports a title every evidence sentence holding it holds
// inside quote marks only: a quoted word is someone's, never the
// thread's name.
func quotedOnly(t string, evidence []string) bool {
	lt := strings.ToLower(t)
	found := false
	for _, e := range evidence {
		if !containsAnyRune(e, "\"“") {
			if caseHasWord(e, t) {
				return false // the word stands unquoted
			}
			continue
		}
		// Offsets into the lowered sentence: lowering can change a
		// sentence's length (invalid bytes, some capitals), never its quote
		// marks.
		le := toLower(e)
		for j := range wholeWordAt(le, lt) {
			if !insideQuotes(le, j) {
				return false
			}
			found = true
		}
	}
	return found
}

// runeEdge reports whether s[j:i] is a whole word: no letter or digit
// before or after it (a closing curly quote is none).
func runeEdge(s string, j, i int) bool {
	if j > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:j]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if i < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// insideQuotes reports whether byte j of e stands inside quote marks:
// an open curly quote not yet closed, or an odd count of straight ones.
func insideQuotes(e string, j int) bool {
	before := e[:j]
	if o := strings.LastIndex(before, "“"); o >= 0 && o > strings.LastIndex(before, "”") {
		return true
	}
	return strings.Count(before, "\"")%2 == 1
}

// demonymTitle reports a title that is a people's adjective ("Sri
// Lankan", "Kenyan"): whose, not what. The gazetteer knows them, so no
// pass over the copy is needed.
func (a *analyser) demonymTitle(t string) bool {
	if !capitalised(t) {
		return false
	}
	_, ok := places.Demonym(t)
	return ok
}

// chanted reports a sentence in which a crowd chants or shouts: what
// it calls for is a slogan, not an open thread.
func chanted(e string) bool {
	for _, v := range []string{" chanted", " chanting", " shouted", " shouting", " chants "} {
		if strings.Contains(e, v) {
			return true
		}
	}
	return false
}

// defendantCues follow the name of the person a trial is about:
// "Ana Ruiz, 52, of Leeds, denies fraud", "... is accused of ...".
var defendantCues = []string{" is accused of ", " denies ", " is charged with ", " has pleaded not guilty", " pleaded not guilty",
	" is on trial", " has denied ", " is standing trial", " stands trial"}

// trialOf names a bare trial by its defendant: "Trial" in a court report
// whose copy says "Ana Ruiz, 52, from Leeds, is accused of ..." is the
// "Trial of Ana Ruiz". "" when title is no bare case noun or the copy
// names no single defendant.
func (a *analyser) trialOf(title string) string {
	switch title {
	case "Trial", "Case", "Prosecution", "Retrial", "Court case":
	default:
		return ""
	}
	found := -1
	for _, m := range a.cast.Mentions {
		if m.Person < 0 || m.Kind != people.Name || found == m.Person {
			continue
		}
		rest := a.text[m.End:min(len(a.text), m.End+100)]
		if i := strings.IndexAny(rest, ".\n"); i >= 0 {
			rest = rest[:i]
		}
		for _, c := range defendantCues {
			if i := strings.Index(rest, c); i >= 0 && !strings.Contains(rest[:i], " said") && !strings.Contains(rest[:i], " who ") {
				if found >= 0 {
					return "" // two in the dock: whose trial, the copy says elsewhere
				}
				found = m.Person
				break
			}
		}
	}
	if found < 0 || !strings.Contains(a.cast.People[found].Name, " ") {
		return ""
	}
	return title + " of " + a.cast.People[found].Name
}

// heldIn completes a title naming a detainee with where the first
// evidence sentence says they are held: "French citizen" of "the case of a
// French citizen held in Chile on drug charges" is the "French citizen
// held in Chile".
func heldIn(title string, evidence []string) string {
	if len(evidence) == 0 || !strings.Contains(title, " ") {
		return title
	}
	e := evidence[0]
	i := strings.Index(e, title[1:])
	if i < 1 || lowerByte(e[i-1]) != lowerByte(title[0]) {
		return title
	}
	i--
	after := e[i+len(title):]
	for _, v := range []string{" held in ", " detained in ", " jailed in ", " imprisoned in ", " arrested in "} {
		if strings.HasPrefix(after, v) {
			if place := capitalRun(after[len(v):]); place != "" {
				return title + v + place
			}
		}
	}
	return title
}

// evidenceModifier retitles "<modifier> <dispute noun>" when the sentence
// the issue is told from first does not hold the modifier but one of its
// first two sentences gives the noun another ("National strike" of a
// later "national strike days", told from "The port strike, called by
// ...": "Port strike"): the title says what its evidence tells.
func evidenceModifier(title string, evidence []string) string {
	mod, head, ok := strings.Cut(title, " ")
	if !ok || strings.Contains(head, " ") || len(evidence) == 0 || !frameNounOrThread(head) {
		return title
	}
	if caseHasWord(evidence[0], mod) {
		return title
	}
	for _, e := range evidence[:min(2, len(evidence))] {
		for i := 0; ; {
			j := strings.Index(e[i:], " "+head)
			if j < 0 {
				break
			}
			j += i
			i = j + 1 + len(head)
			if i < len(e) && isWordByte(e[i]) {
				continue
			}
			w, k := wordBefore(e, j)
			if len(w) < 3 || lexicon[w].f&lxStop != 0 || generic[w] || weakModifier(w) || isUpperByte(e[k]) {
				continue
			}
			if d, _ := wordBefore(e, k); !determiners[d] {
				continue // "unions extend strike": a verb, not a modifier; "the port strike" is one
			}
			return capitalise(w) + " " + head
		}
	}
	return title
}

// determiners open a noun phrase whose next word modifies its head.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "this": true, "that": true}

// frameNounOrThread reports a dispute or thread noun: "strike", "row".
func frameNounOrThread(w string) bool {
	return frameNouns[w] != "" || disputeNouns[w]
}

// weakModifier reports a word before a noun that says when, how big or
// which one rather than what kind: "separate", "48-hour", "planned".
func weakModifier(w string) bool {
	switch w {
	case "separate", "new", "first", "second", "third", "last", "latest", "further", "possible", "planned",
		"proposed", "threatened", "current", "previous", "similar", "same", "other", "another", "long", "big",
		"major", "national", "general", "wider":
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")
}

// compassWords title nothing alone: "North" is where, not what.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "north-west": true, "north-east": true, "south-west": true,
	"south-east": true, "northwest": true, "northeast": true, "southwest": true, "southeast": true,
	"midwest": true, "interior": true, "coast": true, "centre": true, "center": true,
	// Kinds of place, bare: "Island" of "the first Pacific island monarch".
	"island": true, "islands": true, "region": true, "city": true, "town": true, "village": true,
	"mainland": true, "ocean": true, "continent": true,
}

// clauseVerbsFirst are finite verbs that open a clause cut from its
// subject ("Requires approval", "Lets employers"): seldom a title's noun.
var clauseVerbsFirst = map[string]bool{
	"requires": true, "lets": true, "allows": true, "brings": true, "makes": true, "gives": true,
	"takes": true, "keeps": true, "helps": true, "puts": true, "includes": true, "seeks": true,
	"wants": true, "depends": true, "remains": true, "becomes": true, "provides": true, "gets": true,
	"says": true, "tells": true, "sees": true, "needs": true, "enables": true, "forces": true,
	"leaves": true, "involves": true, "ensures": true, "prevents": true,
}

// clauseVerbsLast end a subject and its verb ("Chile's economy depends",
// "Defeat linger", "Law provides"): verbs that are never a noun.
var clauseVerbsLast = map[string]bool{
	"requires": true, "depends": true, "remains": true, "provides": true, "allows": true, "lets": true,
	"linger": true, "lingers": true, "depend": true, "remain": true, "require": true, "allow": true,
	"seems": true, "seem": true, "appears": true, "becomes": true, "become": true, "happens": true,
	"happen": true, "exists": true, "exist": true, "continues": true, "matters": true, "insists": true,
}

// timeUnits open a span of time, not a thread: "Days touring ...".
var timeUnits = map[string]bool{"Days": true, "Weeks": true, "Months": true, "Hours": true, "Years": true, "Minutes": true}

// junkTitle reports an issue whose title names no thread an editor would
// list.
func junkTitle(t string) bool {
	var buf [32]byte
	first, rest, two := strings.Cut(t, " ")
	if !two || first == "The" {
		w := t
		if two {
			w = rest
		}
		if compassWords[string(appendLower(buf[:0], w))] {
			return true // "North": the Vatican's dropped stop is in the north, not about it
		}
	}
	if !two {
		return false
	}
	if timeUnits[first] && strings.HasSuffix(firstField(rest), "ing") {
		return true // "Days touring farms" of "will spend three days touring farms"
	}
	if first != "" && first[len(first)-1] == 's' && clauseVerbsFirst[string(appendLower(buf[:0], first))] {
		return true // "Requires approval" of "the deal requires approval by ..."
	}
	return clauseVerbsLast[lastField(rest)] // "Economy depends" of "on which the economy depends"
}

// officeRoles stand before the name of someone acting in an office:
// "Speaker Ana Ruiz ruled ...", "Prime Minister Ola Berg met ...".
var officeRoles = map[string]bool{
	"speaker": true, "minister": true, "president": true, "premier": true, "chancellor": true,
	"secretary": true, "governor": true, "mayor": true, "commissioner": true, "chairman": true,
	"chairwoman": true, "chair": true, "ambassador": true, "envoy": true, "king": true, "queen": true,
}

// officeholderTitle reports an issue titled by the bare name of a person
// the copy introduces by their office ("Prime Minister Ola Berg") and
// whom no sentence of it contests: an actor of the story, whose thread is
// the dispute they act in.
func (a *analyser) officeholderTitle(is *newsbot.Issue) bool {
	if _, rest, ok := strings.Cut(is.Title, " "); !ok || !capitalised(rest) {
		return false // a name's second word is capitalised too
	}
	p := -1
	for i := range a.cast.People {
		if a.cast.People[i].Name == is.Title {
			p = i
			break
		}
	}
	if p < 0 || !strings.Contains(is.Title, " ") {
		return false
	}
	i := indexRare(a.text, is.Title)
	if i <= 0 {
		return false
	}
	w, _ := wordBefore(a.text, i)
	if !officeRoles[w] {
		return false
	}
	if len(is.Evidence) == 0 {
		return false
	}
	// The sentence the issue is told from first: a later one that
	// contests the person is a step in the story's own dispute.
	for _, f := range strings.Fields(is.Evidence[0]) {
		if cueWeights[strings.ToLower(strings.Trim(f, ".,;:!?\"'“”’()"))] >= 2 {
			return false // "Minister Ola Berg accused of ...": contested
		}
	}
	return true
}

// The trigger words of the named threads, by thread: the tokeniser flags
// them (lxInquiry, lxOppose, lxDivide) and read lists the sentences
// holding one with its flags, so that each thread is looked for only in
// its own sentences (a pass over the text per trigger would cost the
// stage a twentieth of its time).
var (
	inquiryWords  = []string{"investigating", "investigation", "inquiry", "probe"}
	opposeWords   = []string{"vote", "votes", "voted", "oppose", "opposed", "opposes", "reject", "rejects", "object", "objects", "objected", "protesting"}
	divisiveWords = []string{"divisive", "contentious", "controversial", "polarising", "polarizing", "separate", "dispute", "row"}
)

// namedShift brings a token's lxNamed flags down to the low three bits.
const namedShift = 13

// namedThreads adds to res the threads the copy names in one sentence.
func (a *analyser) namedThreads(res []newsbot.Issue) []newsbot.Issue {
	if len(a.namedSents) == 0 {
		return res
	}
	res = a.addThread(res, a.regulatorInquiry, lxInquiry)
	res = a.addThread(res, a.shareholderOpposition, lxOppose)
	res = a.addThread(res, a.mostDivisive, lxDivide)
	res = a.addThread(res, a.separateDispute, lxDivide)
	return a.addThread(res, a.labelledDispute, lxDivide)
}

// reLabelNoun: an appositive that calls the clause before it a dispute
// (", a dispute the players' union has threatened to take to court").
var reLabelNoun = lazyre.New(`, (?:a|in a) (?:dispute|row|stand-?off|wrangle)\b`)

// reReportedThat: the reported clause after a verb of saying.
var reReportedThat = lazyre.New(`\b(?:confirmed|said|says|admitted|acknowledged|announced|conceded|disclosed|revealed)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?that\s+|\b(?:say|says|said)\s+`)

// reStillUnpaid: what the clause's subject suffers, told passive and
// negative or unfinished: "had still not been paid", "have yet to be paid".
var reStillUnpaid = lazyre.New(`^(?:had|has|have|was|were|is|are)\s+(?:still\s+|yet\s+)?(?:not\s+|never\s+)(?:yet\s+)?been\s+\p{Ll}+|^(?:had|has|have)\s+(?:still\s+)?yet\s+to\s+be\s+\p{Ll}+|^remain(?:s|ed)?\s+(?:unpaid|unresolved|outstanding|withheld)`)

// labelledDispute titles sentence si when an appositive calls its clause a
// dispute and that clause tells what goes unpaid or undone: "The board
// confirmed on Monday that players' match fees for the Asia Cup had still
// not been paid in full, a dispute the players' association has
// threatened to take to the ICC" is the "Dispute over players' match fees
// for the Asia Cup".
func (a *analyser) labelledDispute(si int) (newsbot.Issue, bool) {
	s := a.sents[si].Text
	m := reLabelNoun.FindStringIndex(s)
	if m == nil {
		return newsbot.Issue{}, false
	}
	clause := s[datelineEnd(s):m[0]]
	if r := reReportedThat.FindAllStringIndex(clause, -1); len(r) > 0 {
		clause = clause[r[len(r)-1][1]:]
	}
	fs := strings.Fields(clause)
	var np []string
	for k, f := range fs {
		rest := strings.Join(fs[k:], " ")
		if reStillUnpaid.MatchString(rest) {
			break
		}
		if k == 10 || strings.ContainsAny(f, ",;:") {
			return newsbot.Issue{}, false
		}
		np = append(np, f)
	}
	if len(np) < 2 || len(np) == len(fs) || pronouns[strings.ToLower(np[0])] {
		return newsbot.Issue{}, false
	}
	// "in September", "last year": when, not what.
	if n := len(np); n >= 2 {
		if w := strings.ToLower(np[n-1]); (np[n-2] == "in" || np[n-2] == "since" || np[n-2] == "last") && (people.IsTimeWord(w) || w == "year" || w == "month" || w == "week") {
			np = np[:n-2]
		}
	}
	if len(np) < 2 {
		return newsbot.Issue{}, false
	}
	if np[0] == "The" || np[0] == "the" {
		np = np[1:]
	}
	obj := strings.Join(np, " ")
	if capitalised(obj) && !possessiveWord(np[0]) && len(np) > 0 && !strings.HasSuffix(np[0], "'") {
		obj = lowerFirst(obj)
	}
	return newsbot.Issue{Title: "Dispute over " + obj, Keywords: []string{obj, "dispute"}, Summary: clip(s, maxSummary),
		Evidence: []string{s}}, true
}

// separateNouns are the threads copy calls separate from its main one.
var separateNouns = map[string]string{"dispute": "Dispute", "row": "Row", "strike": "Strike", "lawsuit": "Lawsuit", "case": "Case",
	"grievance": "Grievance", "complaint": "Complaint", "quarrel": "Quarrel", "wrangle": "Wrangle", "feud": "Feud"}

// separateDispute titles sentence si when it tells of a second thread
// beside the story's own: "A separate dispute involving cleaners at the
// depots has also been running since October" is the "Dispute involving
// cleaners", told by the sentence and the next (who is meeting whom).
func (a *analyser) separateDispute(si int) (newsbot.Issue, bool) {
	s := a.sents[si].Text
	i := strings.Index(s, "eparate ")
	if i < 1 || s[i-1] != 's' && s[i-1] != 'S' {
		return newsbot.Issue{}, false
	}
	if d, _ := wordBefore(s, i-1); d != "a" && d != "the" {
		return newsbot.Issue{}, false // "in separate talks": no thread of its own named
	}
	rest := strings.Fields(s[i+len("eparate "):])
	if len(rest) < 3 {
		return newsbot.Issue{}, false
	}
	noun := separateNouns[rest[0]]
	prep := rest[1]
	if noun == "" || prep != "involving" && prep != "over" && prep != "with" && prep != "between" {
		return newsbot.Issue{}, false // "a separate dispute, ..." names nothing
	}
	obj := objectPhrase(strings.Join(rest[2:min(len(rest), 10)], " "))
	if obj == "" || pronouns[strings.ToLower(firstField(obj))] {
		return newsbot.Issue{}, false
	}
	// Whose: "rest periods for catering staff", "pay of cleaners": told
	// in the title and as a keyword of its own, which the next report of
	// the thread repeats when it words the object another way ("rest
	// breaks for catering staff").
	title, keywords := noun+" "+prep+" "+obj, []string{obj, strings.ToLower(noun)}
	if at := 2 + strings.Count(obj, " ") + 1; at+1 < len(rest) && (rest[at] == "for" || rest[at] == "of") {
		if who := objectPhrase(strings.Join(rest[at+1:min(len(rest), at+5)], " ")); who != "" && strings.Count(who, " ") < 3 &&
			!pronouns[strings.ToLower(firstField(who))] {
			title += " " + rest[at] + " " + who
			keywords = []string{obj, who, strings.ToLower(noun)}
		}
	}
	ev := []string{s}
	if si+1 < len(a.sents) {
		ev = append(ev, a.sents[si+1].Text)
	}
	return newsbot.Issue{Title: title, Keywords: keywords, Summary: clip(s, maxSummary), Evidence: ev}, true
}

// addThread reads with find the sentences holding a trigger word of kind,
// in order, and adds the first thread found (see placeThread).
func (a *analyser) addThread(res []newsbot.Issue, find func(si int) (newsbot.Issue, bool), kind lexFlags) []newsbot.Issue {
	for _, x := range a.namedSents {
		if x&int32(kind>>namedShift) == 0 {
			continue
		}
		if is, ok := find(int(x >> 3)); ok {
			return a.placeThread(res, int(x>>3), is)
		}
	}
	return res
}

// placeThread adds is, read from sentence si, to res: in place of an
// issue told from that sentence first (its title was a word of it),
// unless that issue already names the same thread.
func (a *analyser) placeThread(res []newsbot.Issue, si int, is newsbot.Issue) []newsbot.Issue {
	res = absorbAsides(res, is.Evidence)
	s := a.sents[si].Text
	for i := range res {
		if len(res[i].Evidence) > 0 && res[i].Evidence[0] == s {
			if sameThreadKind(res[i].Title, is.Title) && strings.Contains(res[i].Title, is.Keywords[0]) {
				return res // it names the same thread and party already
			}
			if namedKind(res[i].Title) && !sameThreadKind(res[i].Title, is.Title) {
				// "... opened an investigation into X's takeover, while an
				// activist fund said it would vote against the deal": one
				// lead, two named threads.
				return append(res, is)
			}
			res[i].Title, res[i].Keywords = is.Title, is.Keywords
			return res
		}
	}
	for i := range res {
		for _, e := range res[i].Evidence {
			if e == s && sameThreadKind(res[i].Title, is.Title) {
				if strings.Count(res[i].Title, " ") <= 1 && !strings.Contains(res[i].Title, is.Keywords[0]) {
					res[i].Title, res[i].Keywords = is.Title, withFirstKeyword(res[i].Keywords, is.Keywords[0])
				} // "Separate dispute": the thread named, but not whose
				return res
			}
		}
	}
	return append(res, is)
}

// absorbAsides drops from res the issues of two words at most, no
// thread's noun among them, told first from a later sentence of a named
// thread's evidence ev: "Preliminary review" of "the authority said its
// preliminary review had found ..." is a step of the investigation.
func absorbAsides(res []newsbot.Issue, ev []string) []newsbot.Issue {
	if len(ev) < 2 {
		return res
	}
	out := res[:0]
	for _, r := range res {
		if len(r.Evidence) > 0 && strings.Count(r.Title, " ") <= 1 && slices.Contains(ev[1:], r.Evidence[0]) && !names(r.Title) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// names reports a title holding a thread's noun or a capitalised name
// after its first word: such a title names its own thread.
func names(t string) bool {
	var buf [32]byte
	for k, w := range strings.Fields(t) {
		if k > 0 && capitalised(w) {
			return true
		}
		if lw := string(appendLower(buf[:0], w)); pactNouns[lw] || frameNounOrThread(lw) || caseNouns[lw] || threadNouns[lw] {
			return true
		}
	}
	return false
}

// sameThreadKind reports whether title x already names the kind of thread
// y does: both an investigation, both an opposition, both a row.
// namedKind: title names a thread of one of the kinds sameThreadKind
// compares.
func namedKind(title string) bool {
	lt := strings.ToLower(title)
	for _, w := range []string{"investigation", "inquiry", "probe", "opposition", "row", "dispute"} {
		if hasWord(lt, w) {
			return true
		}
	}
	return false
}

func sameThreadKind(x, y string) bool {
	lx := strings.ToLower(x)
	for _, k := range [][]string{{"investigation", "inquiry", "probe"}, {"opposition"}, {"row", "dispute"}} {
		inY := false
		for _, w := range k {
			inY = inY || hasWord(strings.ToLower(y), w)
		}
		if !inY {
			continue
		}
		for _, w := range k {
			if hasWord(lx, w) {
				return true
			}
		}
	}
	return false
}

// regulatorHeads end the name of a body that investigates: "Financial
// Conduct Authority", "Energy Market Regulator".
var regulatorHeads = map[string]bool{
	"commission": true, "authority": true, "agency": true, "office": true, "regulator": true,
	"administration": true, "bureau": true, "board": true, "directorate": true, "ombudsman": true,
	"inspectorate": true, "watchdog": true, "tribunal": true,
}

// regulatorWords make a subject a regulator when the copy describes it
// rather than names it: "the country's competition regulator".
var regulatorWords = map[string]bool{"regulator": true, "watchdog": true, "authority": true, "regulators": true, "commission": true}

// inquiryTriggers open the object of an investigation.
var inquiryTriggers = []string{" investigating ", " investigation into ", " inquiry into ", " probe into "}

// regulatorInquiry titles sentence si when a regulator says it is
// investigating somebody: "<Regulator> investigation into <object>",
// named by the body's name (its acronym when the copy uses one) when the
// sentence or the next gives it.
func (a *analyser) regulatorInquiry(si int) (newsbot.Issue, bool) {
	s := a.sents[si].Text
	at, trig := -1, ""
	for _, t := range inquiryTriggers {
		if i := strings.Index(s, t); i >= 0 && (at < 0 || i < at) {
			at, trig = i, t
		}
	}
	if at < 0 {
		return newsbot.Issue{}, false
	}
	subj := s[datelineEnd(s):at]
	if !mayNameRegulator(subj) {
		return newsbot.Issue{}, false
	}
	subj = openedBy(subj)
	obj := objectPhrase(s[at+len(trig):])
	if obj == "" {
		obj = possessedDeal(s[at+len(trig):])
	}
	switch strings.ToLower(firstField(obj)) {
	case "whether", "how", "why", "what", "if", "when", "where", "who":
		return newsbot.Issue{}, false // "into whether the airline received aid": a clause, no title
	}
	if obj == "" || !strings.Contains(obj, " ") && !capitalised(obj) {
		return newsbot.Issue{}, false // "the case", "the matter": what, the copy said before
	}
	if j := strings.Index(subj, " said"); j >= 0 {
		subj = subj[:j]
	}
	if j := strings.LastIndex(subj, ", "); j >= 0 && j+2 < len(subj) {
		subj = subj[j+2:] // "Separately, the regulator"
	}
	name := regulatorName(subj)
	namedNext := false
	if name == "" && si+1 < len(a.sents) && describesRegulator(subj) {
		name = regulatorName(a.sents[si+1].Text)
		namedNext = name != ""
	}
	if name == "" {
		if !describesRegulator(subj) {
			return newsbot.Issue{}, false // police, a newspaper, "we": not a regulator's inquiry
		}
		name = capitalise(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(subj), "The "), "the "))
		name = strings.TrimSuffix(name, "'s") + "'s"
	} else if ac := a.acronymOf(name); ac != "" {
		name = ac
	} else if ac := a.statedAcronym(name); ac != "" {
		name = ac
	}
	ev := []string{s}
	if si+1 < len(a.sents) {
		n := strings.ToLower(a.sents[si+1].Text)
		if namedNext || strings.Contains(n, "investigation") || strings.Contains(n, "inquiry") || strings.Contains(n, "probe") {
			ev = append(ev, a.sents[si+1].Text) // the regulator named says what it found: the same thread
		}
	}
	noun := "investigation" // the copy's own word: an inquiry stays an inquiry
	if t := strings.TrimSpace(trig); strings.HasPrefix(t, "inquiry") || strings.HasPrefix(t, "probe") {
		noun = firstField(t)
	}
	return newsbot.Issue{Title: name + " " + noun + " into " + obj, Keywords: []string{name, obj, noun},
		Summary: clip(s, maxSummary), Evidence: ev}, true
}

// openVerbs end a subject before the investigation it opens: "the
// regulator on Wednesday opened an in-depth investigation into".
var openVerbs = []string{" opened", " launched", " began", " started", " announced", " ordered", " has opened",
	" has launched", " said it had opened", " said it was opening"}

// openedBy is subj without the verb that opens the investigation and
// the time words before it: "the Dutch competition regulator" of "the
// Dutch competition regulator on Wednesday opened an in-depth".
func openedBy(subj string) string {
	for _, v := range openVerbs {
		i := strings.LastIndex(subj, v)
		if i < 0 {
			continue
		}
		rest := strings.Fields(subj[i+len(v):])
		if len(rest) > 3 {
			continue // the verb of another clause
		}
		subj = subj[:i]
		fs := strings.Fields(subj)
		if n := len(fs); n >= 2 && fs[n-2] == "on" && people.IsTimeWord(strings.ToLower(fs[n-1])) {
			subj = strings.Join(fs[:n-2], " ") // "on Wednesday"
		} else if n >= 1 && people.IsTimeWord(strings.ToLower(fs[n-1])) {
			subj = strings.Join(fs[:n-1], " ") // "yesterday"
		}
		return subj
	}
	return subj
}

// possessedDeal names the deal a long object phrase tells by its
// bidder: "Nordhavn A/S’s takeover of Vandermeer Logistics NV" of
// "Danish shipping group Nordhavn A/S’s proposed EUR4.1 billion takeover
// of Rotterdam-based Vandermeer Logistics NV, saying ...". "" when the
// phrase holds no possessive before a deal noun.
func possessedDeal(s string) string {
	fs := strings.Fields(s)
	for k := 0; k < min(len(fs), 6); k++ {
		if !possessiveWord(fs[k]) || !capitalised(fs[k]) {
			if strings.ContainsAny(fs[k], ",.;:") {
				return ""
			}
			continue
		}
		start := k
		for start > 0 && capitalised(fs[start-1]) && !strings.ContainsAny(fs[start-1], ",.;:") {
			start--
		}
		for j := k + 1; j < min(len(fs), k+6); j++ {
			w := strings.TrimRight(fs[j], ",.;:")
			if !dealNouns[strings.ToLower(w)] {
				if w != fs[j] {
					return ""
				}
				continue
			}
			out := strings.Join(fs[start:k+1], " ") + " " + w
			if w == fs[j] && j+1 < len(fs) && fs[j+1] == "of" {
				of := fs[j+2:]
				if len(of) > 0 && strings.HasSuffix(of[0], "-based") {
					of = of[1:] // "Rotterdam-based": where, not whom
				}
				if len(of) > 0 {
					if r := strings.TrimRight(capitalRun(strings.Join(of[:min(len(of), 5)], " ")), " ,.;:"); r != "" {
						out += " of " + r
					}
				}
			}
			return out
		}
		return ""
	}
	return ""
}

// statedAcronym is the acronym the copy gives name outright, "ACM" of
// "the Netherlands Authority for Consumers and Markets, or ACM," or of
// "... Markets (ACM)"; "" when it gives none.
func (a *analyser) statedAcronym(name string) string {
	i := indexRare(a.text, name)
	if i < 0 {
		return ""
	}
	rest := a.text[i+len(name):]
	for _, p := range []string{", or ", " ("} {
		if !strings.HasPrefix(rest, p) {
			continue
		}
		ac := rest[len(p):]
		n := 0
		for n < len(ac) && ac[n] >= 'A' && ac[n] <= 'Z' {
			n++
		}
		if n >= 2 && n < len(ac) && (ac[n] == ',' || ac[n] == ')') {
			return ac[:n]
		}
	}
	return ""
}

// regulatorStems are in every subject that names or describes a
// regulator (regulatorHeads, regulatorWords): a cheap test first.
var regulatorStems = []string{"egulator", "atchdog", "uthorit", "ommission", "gency", "ffice", "dministration", "ureau",
	"oard", "irectorate", "mbudsman", "nspectorate", "ribunal"}

// mayNameRegulator reports whether subj holds one of regulatorStems.
func mayNameRegulator(subj string) bool {
	for _, st := range regulatorStems {
		if strings.Contains(subj, st) {
			return true
		}
	}
	return false
}

// describesRegulator reports a subject phrase that describes a regulator:
// "Australia's competition regulator", "the markets watchdog".
func describesRegulator(subj string) bool {
	fs := strings.Fields(strings.ToLower(subj))
	return len(fs) > 0 && len(fs) <= 5 && regulatorWords[strings.Trim(fs[len(fs)-1], ",.")]
}

// regulatorName is the first run of capitalised words in s ending in a
// regulator's head word ("Australian Competition and Consumer
// Commission"), "" when s names none.
func regulatorName(s string) string {
	fs := strings.Fields(s)
	for i := 0; i < len(fs); i++ {
		if !capitalised(fs[i]) {
			continue
		}
		j := i
		for j+1 < len(fs) && (capitalised(fs[j+1]) || (fs[j+1] == "and" || fs[j+1] == "of" || fs[j+1] == "for") && j+2 < len(fs) && capitalised(fs[j+2])) {
			j++
		}
		last := strings.ToLower(strings.TrimRight(fs[j], ",.;:'’s"))
		if !regulatorHeads[last] && !regulatorHeads[strings.ToLower(strings.TrimRight(fs[j], ",.;:"))] && strings.HasSuffix(fs[j], ",") {
			// "Netherlands Authority for Consumers and Markets, or ACM": the
			// head stands inside the name, which the comma ends.
			for k := j - 1; k > i; k-- {
				if regulatorHeads[strings.ToLower(fs[k])] && (fs[k+1] == "for" || fs[k+1] == "of" || fs[k+1] == "on") {
					last = strings.ToLower(fs[k])
					break
				}
			}
		}
		if regulatorHeads[last] || regulatorHeads[strings.ToLower(strings.TrimRight(fs[j], ",.;:"))] {
			start := i
			if strings.EqualFold(fs[start], "the") && start < j {
				start++
			}
			if possessiveWord(fs[start]) && j-start >= 2 {
				start++ // "Ireland's Data Protection Commission": the body is its name
			}
			name := strings.TrimRight(strings.Join(fs[start:j+1], " "), ",.;:")
			if strings.Count(name, " ") == 0 {
				return "" // "Commission" alone names no body
			}
			return name
		}
		i = j
	}
	return ""
}

// acronymOf is the acronym the copy uses for name ("ACCC" for the
// "Australian Competition and Consumer Commission"), "" when it uses none.
func (a *analyser) acronymOf(name string) string {
	var b strings.Builder
	for _, f := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	ac := b.String()
	if len(ac) < 3 {
		return ""
	}
	for i, f := 0, newRareSub(ac); ; {
		j := f.index(a.text[i:])
		if j < 0 {
			return ""
		}
		j += i
		end := j + len(ac)
		if (j == 0 || !isWordByte(a.text[j-1])) && (end == len(a.text) || !isWordByte(a.text[end])) {
			return ac
		}
		i = end
	}
}

// objectStops end the object of an investigation or a dispute.
var objectStops = map[string]bool{
	"over": true, "for": true, "after": true, "amid": true, "following": true, "about": true, "because": true,
	"as": true, "on": true, "in": true, "at": true, "which": true, "who": true, "that": true, "and": true,
	"but": true, "since": true, "to": true, "with": true, "from": true, "by": true, "said": true, "says": true,
	"is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true, "will": true,
	"would": true, "could": true, "amid.": true,
}

// objectPhrase is the noun phrase s opens with, at most six words, its
// article dropped: "Meridian's iron ore marketing arm" of "Meridian's iron
// ore marketing arm over suspected ...".
func objectPhrase(s string) string {
	fs := strings.Fields(s)
	var out []string
	for k, f := range fs {
		if k == 0 && (f == "the" || f == "a" || f == "an") {
			continue
		}
		w := strings.TrimRight(f, ",.;:!?\"”")
		if w == "" || objectStops[strings.ToLower(w)] || len(out) == 6 {
			break
		}
		out = append(out, w)
		if w != f {
			break // punctuation ends the phrase
		}
	}
	if len(out) == 0 || len(out) == 6 {
		return "" // nothing, or a phrase too long to be a noun phrase
	}
	return strings.Join(out, " ")
}

// appositiveOpener reports a word that opens an appositive after a name:
// "Halden Partners, an activist fund ...".
func appositiveOpener(w string) bool {
	switch w {
	case "a", "an", "the", "which", "who", "one", "its":
		return true
	}
	return false
}

// dealNouns are what a shareholder votes against.
var dealNouns = map[string]bool{
	"deal": true, "takeover": true, "merger": true, "bid": true, "offer": true, "acquisition": true,
	"transaction": true, "buyout": true, "sale": true, "combination": true,
}

// holderWords show the subject holds shares: "an activist fund that owns
// about 3%".
var holderWords = []string{"shareholder", "investor", "activist", " fund", " owns ", " stake", "% of"}

// opposeVerbs state a holder's vote or campaign against a deal.
var opposeVerbs = []string{" vote against the ", " votes against the ", " voted against the ", " oppose the ",
	" opposes the ", " reject the ", " rejects the "}

// holderNouns stand for a holder the copy named before: "the fund said
// it would vote against the deal".
var holderNouns = map[string]bool{"fund": true, "investor": true, "shareholder": true, "hedge": true, "activist": true, "firm": true}

// shareholderOpposition titles sentence si when a shareholder says it
// will vote against (or oppose, or reject) a deal: "<Holder>'s opposition
// to the <deal>". The holder is the sentence's subject or the speaker of
// its clause ("In a letter to the board, Halden said it would vote
// against the deal"), or, told by "it" or "the fund", the holder the
// sentence before names; the copy shows it holds shares (an activist, a
// stake, "owns 4%") in that sentence or the one before.
func (a *analyser) shareholderOpposition(si int) (newsbot.Issue, bool) {
	s := a.sents[si].Text
	at, n := -1, 0
	for _, v := range opposeVerbs {
		if i := strings.Index(s, v); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(v)
		}
	}
	if at < 0 {
		return newsbot.Issue{}, false
	}
	noun := ""
	for k, f := range strings.Fields(s[at+n:]) {
		w := strings.ToLower(strings.TrimRight(f, ",.;:"))
		if dealNouns[w] {
			noun = w
			break
		}
		if k == 3 || w != strings.ToLower(f) && !possessiveWord(f) {
			break // "the proposed EUR2 billion takeover", no further
		}
	}
	if noun == "" {
		return newsbot.Issue{}, false
	}
	head := s[datelineEnd(s):at]
	name, anaphor := holderSubject(head)
	ev := []string{s}
	if anaphor {
		name = ""
		for k := si - 1; k >= max(0, si-2) && name == ""; k-- {
			if name = namedHolder(a.sents[k].Text); name != "" {
				ev = append(ev, a.sents[k].Text)
			}
		}
	} else if name == "" && indefiniteHolder(head) {
		// "... while an activist fund holding a stake said it would vote
		// against the deal": the lead withholds the name a later
		// paragraph gives ("The activist, Harcourt Lane Partners, ...").
		for k := si + 1; k < min(len(a.sents), si+maxHolderAhead) && name == ""; k++ {
			if name = definiteHolder(a.sents[k].Text, k-si <= 3); name != "" {
				// The naming sentence leads the evidence: the lead is
				// the story's other thread's too, and a stored thread is
				// told by its first evidence.
				ev = []string{a.sents[k].Text, s}
			}
		}
		anaphor = name != "" // the lead said it holds shares
	}
	if name == "" || people.IsTimeWord(strings.ToLower(firstField(name))) {
		return newsbot.Issue{}, false
	}
	for i := range a.cast.People {
		if p := &a.cast.People[i]; p.Name == name && (p.Gender != "" || strings.Contains(name, " ")) {
			return newsbot.Issue{}, false // a person's vote: a voice, not a holder's campaign
		}
	}
	// The copy says the subject holds shares: in its own clause (not
	// "urged shareholders to reject"), or in the sentence before it.
	if !anaphor && !holderIn(holderClause(head)) {
		if si == 0 || !holderIn(a.sents[si-1].Text) || !strings.Contains(a.sents[si-1].Text, firstField(name)) {
			return newsbot.Issue{}, false
		}
		ev = append(ev, a.sents[si-1].Text)
	}
	name = a.fullerName(name)
	poss := name + "'s"
	if strings.HasSuffix(name, "s") {
		poss = name + "'"
	}
	return newsbot.Issue{Title: poss + " opposition to the " + noun, Keywords: []string{name, "shareholders", noun},
		Summary: clip(s, maxSummary), Evidence: ev}, true
}

// maxHolderAhead bounds how far after a lead's unnamed holder its name is
// looked for: wire copy gives the regulator's case and the market's
// reaction first.
const maxHolderAhead = 16

// indefiniteHolder: the clause before the vote introduces its holder
// without a name, "while an activist fund holding a stake in the target
// said it would", "a shareholder ... said it would".
func indefiniteHolder(head string) bool {
	if i := strings.LastIndex(head, ", "); i >= 0 {
		head = head[i+2:]
	}
	fs := strings.Fields(head)
	for i := 0; i+1 < len(fs) && i < 4; i++ {
		if fs[i] != "an" && fs[i] != "a" {
			continue
		}
		for j := i + 1; j < len(fs) && j <= i+3; j++ {
			if holderNouns[strings.ToLower(strings.TrimRight(fs[j], ","))] && fs[j] != "firm" {
				return true
			}
		}
		return false
	}
	return false
}

// definiteHolder is the name a later sentence gives the holder the lead
// left unnamed: "The activist, London-based Harcourt Lane Partners,
// disclosed a 5.4% stake", "The fund, Greyfield Capital, owns ...", or
// within three sentences of the lead, one namedHolder reads ("the
// activist fund Halden Partners, which owns 4%").
func definiteHolder(s string, near bool) string {
	fs := strings.Fields(s)
	k := 1
	for k < len(fs) && k < 3 && holderNouns[strings.ToLower(strings.TrimRight(fs[k], ","))] && !strings.HasSuffix(fs[k], ",") {
		k++
	}
	if len(fs) > k+1 && fs[0] == "The" && strings.HasSuffix(fs[k], ",") && holderNouns[strings.ToLower(strings.TrimRight(fs[k], ","))] {
		ws := fs[k+1:]
		if strings.HasSuffix(ws[0], "-based") {
			ws = ws[1:] // "London-based"
		}
		var run []string
		for _, f := range ws {
			if !capitalised(f) || len(run) == 5 {
				return ""
			}
			w := strings.TrimRight(f, ",")
			run = append(run, w)
			if w != f {
				if possessiveWord(w) || lexicon[strings.ToLower(run[0])].f&lxStop != 0 {
					return ""
				}
				return strings.Join(run, " ")
			}
		}
		return ""
	}
	if !near {
		return ""
	}
	return namedHolder(s)
}

// holderIn reports a phrase telling that someone holds shares.
func holderIn(s string) bool {
	low := strings.ToLower(s)
	for _, w := range holderWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// holderClause is head without an appeal to other holders ("urged
// shareholders to", "called on investors to"): who is urged holds
// shares, not who urges.
func holderClause(head string) string {
	for _, v := range []string{" urged ", " urges ", " called on ", " calls on ", " asked ", " asks ", " told "} {
		if i := strings.Index(head, v); i >= 0 {
			return head[:i]
		}
	}
	return head
}

// holderSubject reads the holder's name from the words before the verb:
// the last part of head, between commas, that is no appositive
// ("Halden Partners, which owns 4%, said it would"; "In a letter,
// Halden said it would"), its leading capitalised words. anaphor: the
// part opens with "it" or "the fund", a holder named before.
func holderSubject(head string) (name string, anaphor bool) {
	parts := strings.Split(head, ", ")
	for k := len(parts) - 1; k >= 0; k-- {
		fs := strings.Fields(parts[k])
		if len(fs) == 0 {
			continue
		}
		w0 := strings.ToLower(fs[0])
		switch {
		case appositiveOpener(w0) && w0 != "the" || strings.Contains(parts[k], "%"):
			continue // "which owns 4% of Fjord Bio"
		case w0 == "will" || w0 == "would" || w0 == "said" || w0 == "says" || w0 == "plans" || w0 == "intends" ||
			w0 == "called" || w0 == "calls" || w0 == "urged" || w0 == "urges":
			continue // the verb after an appositive
		case pronouns[w0]:
			return "", w0 == "it"
		case w0 == "the":
			if len(fs) > 2 && holderNouns[strings.ToLower(fs[1])] && holderVerbAfter(fs[2]) {
				return "", true // "the fund said it would"
			}
			continue // "Halden Partners, the activist fund, said"
		}
		for i := 0; i+1 < len(fs) && i < 4; i++ {
			if holderNouns[strings.ToLower(fs[i])] && capitalised(fs[i+1]) {
				fs = fs[i+1:] // "Activist investor Halden Partners": the name after its kind
				break
			}
		}
		var run []string
		for _, f := range fs {
			if !capitalised(f) || len(run) == 4 {
				break
			}
			w := strings.TrimRight(f, ",.;:")
			if possessiveWord(w) || lexicon[strings.ToLower(w)].f&lxStop != 0 {
				return "", false // "Fjord Bio's board", "On Monday"
			}
			run = append(run, w)
			if w != f {
				break
			}
		}
		if len(run) == 0 {
			return "", false
		}
		if len(run) < len(fs) && !holderVerbAfter(fs[len(run)]) {
			return "", false // "Shareholders including ...": no name and its verb
		}
		return strings.Join(run, " "), false
	}
	return "", false
}

// holderVerbAfter reports a word that may follow a subject's name
// before its vote: "said", "will", "has".
func holderVerbAfter(w string) bool {
	switch w {
	case "said", "says", "will", "would", "has", "had", "plans", "intends", "is", "was", "also", "told", "wrote", "voted",
		"called", "calls", "urged", "urges":
		return true
	}
	return false
}

// namedHolder is the name of the holder a sentence introduces: the
// capitalised run after "fund", "investor" or "shareholder", or before
// ", which owns": "the activist fund Halden Partners, which owns 4%".
func namedHolder(s string) string {
	if !holderIn(s) {
		return ""
	}
	if name, rest, ok := strings.Cut(s[datelineEnd(s):], ", "); ok && holderIn(firstClause(rest)) && appositiveOpener(strings.ToLower(firstField(rest))) {
		if fs := strings.Fields(name); len(fs) <= 4 && !possessiveWord(name) && lexicon[strings.ToLower(fs[0])].f&lxStop == 0 {
			all := true
			for _, f := range fs {
				all = all && capitalised(f)
			}
			if all {
				return name // "Brightline Capital, a hedge fund that holds 3% of ..."
			}
		}
	}
	fs := strings.Fields(s)
	for i := 0; i+1 < len(fs); i++ {
		w := strings.ToLower(strings.TrimRight(fs[i], ",;:"))
		if w != "fund" && w != "investor" && w != "shareholder" || w != strings.ToLower(fs[i]) {
			continue
		}
		var run []string
		for _, f := range fs[i+1:] {
			if !capitalised(f) || len(run) == 4 {
				break
			}
			t := strings.TrimRight(f, ",.;:")
			run = append(run, t)
			if t != f {
				break
			}
		}
		if len(run) > 0 && !possessiveWord(run[len(run)-1]) {
			return strings.Join(run, " ")
		}
	}
	return ""
}

// firstClause is s up to its first comma.
func firstClause(s string) string {
	if i := strings.IndexByte(s, ','); i >= 0 {
		return s[:i]
	}
	return s
}

// fullerName is the longest form the copy gives a short name: "Halden
// Partners" for "Halden", when a capitalised word follows it somewhere.
func (a *analyser) fullerName(name string) string {
	for i, f := 0, newRareSub(name+" "); ; {
		j := f.index(a.text[i:])
		if j < 0 {
			return name
		}
		j += i
		i = j + len(name)
		if j > 0 && isWordByte(a.text[j-1]) {
			continue
		}
		next := firstField(a.text[i+1 : min(len(a.text), i+60)])
		w := strings.TrimRight(next, ",.;:")
		if capitalised(w) && !possessiveWord(w) && lexicon[strings.ToLower(w)].f&lxStop == 0 && !people.IsTimeWord(strings.ToLower(w)) {
			return name + " " + w
		}
	}
}

// mostDivisive titles sentence si when it calls something the most
// divisive issue ("The bypass remains the most divisive issue of the
// campaign"): a "Row over" it, by its fullest name in the copy.
func (a *analyser) mostDivisive(si int) (newsbot.Issue, bool) {
	s := a.sents[si].Text
	m := strings.Index(s, " the most ")
	if m < 0 {
		return newsbot.Issue{}, false
	}
	for _, v := range []string{" remains", " is", " has become", " was", " became"} {
		if !strings.HasSuffix(s[:m], v) {
			continue
		}
		i := m - len(v)
		after := s[m+len(" the most "):]
		adj, rest, _ := strings.Cut(after, " ")
		if !containsStr(divisiveWords, adj) {
			return newsbot.Issue{}, false
		}
		noun := strings.TrimRight(firstField(rest), ",.;:")
		if noun != "issue" && noun != "question" && noun != "dispute" {
			return newsbot.Issue{}, false
		}
		subj := strings.Fields(s[datelineEnd(s):i])
		if len(subj) == 0 || len(subj) > 5 {
			return newsbot.Issue{}, false
		}
		head := subj[len(subj)-1]
		if !startsLower(head) || generic[head] {
			return newsbot.Issue{}, false
		}
		np := a.fullestName(head)
		if np == "" {
			np = strings.Join(subj, " ")
			if f := strings.ToLower(subj[0]); f == "the" {
				np = strings.Join(subj[1:], " ")
			}
		}
		return newsbot.Issue{Title: "Row over the " + np, Keywords: []string{np, head},
			Summary: clip(s, maxSummary), Evidence: a.evidenceWith(si, head)}, true
	}
	return newsbot.Issue{}, false
}

// fullestName is the first name the copy gives the thing it calls head:
// "Macquarie Point stadium" for "stadium" when a capitalised run stands
// before it; "" when none does.
func (a *analyser) fullestName(head string) string {
	needle := " " + head
	for i, f := 0, newRareSub(needle); ; {
		j := f.index(a.text[i:])
		if j < 0 {
			return ""
		}
		j += i
		end := j + len(needle)
		i = end
		if end < len(a.text) && isWordByte(a.text[end]) {
			continue
		}
		fs := strings.Fields(a.text[max(0, j-60):j])
		k := len(fs)
		for k > 0 && len(fs)-k < 4 && capitalised(fs[k-1]) && !strings.ContainsAny(fs[k-1], ".,;:") && !strings.EqualFold(fs[k-1], "the") {
			k--
		}
		if k < len(fs) && k > 0 {
			return strings.Join(fs[k:], " ") + " " + head
		}
	}
}

// evidenceWith is sentence si, then the next sentence and the first
// earlier one naming head: the judgement, the sides, the thing.
func (a *analyser) evidenceWith(si int, head string) []string {
	ev := []string{a.sents[si].Text}
	if si+1 < len(a.sents) {
		ev = append(ev, a.sents[si+1].Text)
	}
	for k := 0; k < si; k++ {
		if hasWord(a.sents[k].Text, head) {
			ev = append(ev, a.sents[k].Text)
			break
		}
	}
	return ev
}

// firstField is the first space-separated word of s.
func firstField(s string) string {
	f, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return f
}

// lowerFirst is s with its first letter lower-cased; capitalise is its
// upper-case twin. Both go by the rune: strings.ToLower(s[:1]) + s[1:] cut
// a letter such as "Ø" in two and wrote U+FFFD and a stray byte in its
// place. ASCII is cased as before.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// caseHasWord reports whether w occurs in s as a whole word, its first
// letter in either case ("National" in "a national strike").
func caseHasWord(s, w string) bool {
	if w == "" {
		return false
	}
	if hasWord(s, w) {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	alt := unicode.ToLower(r)
	if alt == r {
		alt = unicode.ToUpper(r)
	}
	if alt == r {
		return false
	}
	var buf [64]byte
	b := utf8.AppendRune(buf[:0], alt)
	b = append(b, w[size:]...)
	return hasWord(s, string(b))
}

// dayPossessors are the time words a title may open with as a possessive.
var dayPossessors = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "tomorrow": true, "yesterday": true, "tonight": true,
	"week": true, "month": true, "year": true, "weekend": true}

// withoutDayPossessive is t without a leading day's possessive
// ("Thursday's ferry strike" → "Ferry strike", "Last week's walkout" →
// "Walkout"), the next word capitalised; t itself when it has none or
// nothing follows it.
func withoutDayPossessive(t string) string {
	first, rest, ok := strings.Cut(t, " ")
	if !ok {
		return t
	}
	if fold.LowerIs(first, "last") || fold.LowerIs(first, "next") || fold.LowerIs(first, "this") {
		var second string
		if second, rest, ok = strings.Cut(rest, " "); !ok {
			return t
		}
		first = second
	}
	if !possessiveWord(first) {
		return t
	}
	day := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s"))
	if !dayPossessors[day] {
		return t // a month may be a name: "May's Brexit deal"
	}
	rest = strings.TrimSpace(rest)
	if strings.Count(rest, " ") == 0 && len(rest) < 4 || rest == "" {
		return t
	}
	r, n := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[n:]
}
