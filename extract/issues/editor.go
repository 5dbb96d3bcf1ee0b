package issues

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/internal/fold"
	"github.com/newsroom/newsbot/extract/text"
)

// What an editor sees. A dispute is titled by a noun phrase naming what
// is contested: not the trip it came up on ("the first stop of a
// week-long tour"), not the setting ("port of Rotterdam"), not a verb
// phrase ("divert cargo"), not the accused alone ("Canadian trawlers").

// itineraryNouns name travel and set-piece events: where somebody goes,
// which the trips extractor covers. They title an issue only with a
// contesting modifier ("unscheduled trip", "cancelled summit").
var itineraryNouns = map[string]bool{
	"tour": true, "trip": true, "stop": true, "stopover": true, "leg": true, "journey": true,
	"itinerary": true, "visit": true, "summit": true, "conference": true, "voyage": true,
}

// contestedModifiers make an itinerary event a matter in itself.
var contestedModifiers = map[string]bool{
	"unscheduled": true, "unannounced": true, "secret": true, "controversial": true, "disputed": true,
	"cancelled": true, "canceled": true, "postponed": true, "aborted": true, "failed": true,
	"botched": true, "covert": true, "illegal": true, "unauthorised": true, "unauthorized": true,
	"surprise": true, "contentious": true, "contested": true, "collapsed": true, "stalled": true,
}

// settingNouns name where a story happens rather than what is disputed:
// alone ("port", "port of Rotterdam") they title nothing, and the issue
// they anchor joins the dispute it shares sentences with.
var settingNouns = map[string]bool{
	"port": true, "harbour": true, "harbor": true, "airport": true, "city": true, "town": true,
	"village": true, "region": true, "province": true, "district": true, "capital": true,
	"headquarters": true, "building": true, "site": true, "area": true, "office": true, "plant": true,
	"factory": true, "terminal": true, "dock": true, "docks": true, "station": true, "crossing": true,
	"checkpoint": true, "barracks": true, "base": true, "camp": true, "square": true, "street": true, "road": true,
	"valley": true, "glacier": true, "mountain": true, "hillside": true, "meadow": true, // a feature's landscape
	// Institutions are settings too: "the defence ministry" said it,
	// and is no dispute.
	"ministry": true, "department": true, "government": true, "agency": true, "council": true,
	"committee": true, "parliament": true,
}

// nominalised turns the verb or noun before an infinitive into the noun
// that titles the thread: "threatened to divert cargo" is a "threat to
// divert cargo".
var nominalised = map[string]string{
	"threatened": "threat", "threatens": "threat", "threaten": "threat", "threat": "threat", "threats": "threat",
	"plans": "plan", "planned": "plan", "plan": "plan", "plans.": "plan",
	"vowed": "vow", "vows": "vow", "vow": "vow",
	"refused": "refusal", "refuses": "refusal", "refusal": "refusal",
	"pledged": "pledge", "pledges": "pledge", "pledge": "pledge",
	"promised": "promise", "promises": "promise", "promise": "promise",
	"proposed": "proposal", "proposes": "proposal", "proposal": "proposal",
	"decided": "decision", "decides": "decision", "decision": "decision",
	"voted": "vote", "votes": "vote", "vote": "vote",
	"moved": "move", "moves": "move", "move": "move",
	"failed": "failure", "fails": "failure", "failure": "failure",
	"tried": "attempt", "tries": "attempt", "attempted": "attempt", "attempt": "attempt", "attempts": "attempt",
	"sought": "bid", "seeks": "bid", "bid": "bid",
	"demanded": "demand", "demands": "demand", "demand": "demand",
	"threatening": "threat", "trying": "attempt", "planning": "plan", "seeking": "bid", "refusing": "refusal",
	"voting": "vote", "pledging": "pledge", "promising": "promise", "proposing": "proposal",
	"attempting": "attempt", "moving": "move", "bids": "bid",
	"called": "call", "calls": "call", "call": "call",
}

// accusationVerbs, written right before the title's phrase, make the
// phrase the accused: "accused Canadian trawlers of ..." is about the
// accusations, not the trawlers.
var accusationVerbs = map[string]string{
	"accused": "Accusations against", "accusing": "Accusations against", "accuses": "Accusations against",
	"accuse": "Accusations against", "criticised": "Criticism of", "criticized": "Criticism of",
	"condemned": "Condemnation of", "sued": "Lawsuit against", "suing": "Lawsuit against",
	"sanctioned": "Sanctions against", "investigating": "Investigation of", "investigated": "Investigation of",
}

// itinerary reports whether the phrase words (lower-case stems, head
// last) name travel or an event with no contesting modifier.
func itinerary(words []string) bool {
	if len(words) == 0 || !itineraryNouns[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if contestedModifiers[w] {
			return false
		}
	}
	return true
}

// wordBefore is the lower-cased word ending right before byte i of s
// (spaces skipped), and where it starts.
func wordBefore(s string, i int) (string, int) {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (isASCIIWord(s[k-1]) || s[k-1] == '-') {
		k--
	}
	return strings.ToLower(s[k:j]), k
}

// verbTitle rephrases a title phrase at text offset i that the copy uses
// as a verb and its object ("divert cargo" in "threatened to divert cargo
// to Antwerp") as the noun phrase it stands for ("threat to divert cargo
// to Antwerp"). ok is false when the phrase is no such verb phrase; ok
// with "" when it is one that names no thread.
func (a *analyser) verbTitle(form string, i int) (title string, ok bool) {
	to, k := wordBefore(a.text, i)
	if to != "to" {
		return "", false
	}
	first := form
	if sp := strings.IndexByte(form, ' '); sp > 0 {
		first = form[:sp]
	}
	if first == "" || first[0] < 'a' || first[0] > 'z' {
		return "", false // "to Antwerp", "to China": a place, no verb
	}
	before, _ := wordBefore(a.text, k)
	if before == "not" {
		return "", true // "warned jurors not to read coverage": an instruction, no thread
	}
	n, found := nominalised[before]
	if !found {
		// "opposed to abortion", "close to agreement": no verb of ours,
		// and the phrase may well be a noun.
		return "", false
	}
	after := a.text[min(len(a.text), i+len(form)):]
	if !strings.Contains(form, " ") {
		// A lone verb says little: "plan to introduce" what? Its object
		// completes it when there is one ("threat to democracy" has none).
		if obj, rest := objectAfter(a, after); obj != "" {
			form += " " + obj
			after = rest
		}
	}
	title = n + " to " + form
	// "... to Antwerp", "... in Brussels": where the threat points.
	if place := placeAfter(after, " to ", " in "); place != "" {
		title += place
	}
	return title, true
}

// placeAfter reads " to Antwerp" or " in the port of Rotterdam" at the
// start of s, for one of the given prepositions, as " to Antwerp"; "" when
// no capitalised name follows.
func placeAfter(s string, preps ...string) string {
	for _, p := range preps {
		if !strings.HasPrefix(s, p) {
			continue
		}
		rest := s[len(p):]
		name := capitalRun(rest)
		if name == "" {
			return ""
		}
		return p + name
	}
	return ""
}

// capitalRun is the run of capitalised words at the start of s, up to a
// punctuation mark: "Antwerp" in "Antwerp if the dispute ...".
func capitalRun(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] // a name ends with its line: a headline runs into no dateline
	}
	end := 0
	for f := range strings.FieldsSeq(s) { // lazily: s may run to the end of the article
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			break
		}
		end += len(f) + 1
		if strings.ContainsAny(f, ",.;:") {
			break
		}
	}
	if end == 0 {
		return ""
	}
	return strings.TrimRight(s[:min(end-1, len(s))], ",.;:\"' ")
}

// byActors compacts "strike by dock workers at the port of Rotterdam" to
// "Rotterdam dock strike": a bare dispute noun n, the group it is by
// (its modifier kept, the actor noun dropped) and the place it is at.
// after is the text right after n; "" when it holds no "by" group.
func (a *analyser) byActors(n, after string) string {
	if !strings.HasPrefix(after, " by ") {
		return ""
	}
	obj := a.contentAfter(after[4:])
	f := strings.Fields(obj)
	if len(f) < 2 {
		return ""
	}
	head := strings.ToLower(f[len(f)-1])
	if !actorNouns[stem(head)] && !actorNouns[head] {
		return ""
	}
	mods := f[:len(f)-1]
	for _, m := range mods {
		if r, _ := utf8.DecodeRuneInString(m); unicode.IsUpper(r) {
			return "" // "strike by Unite members": the name is the handle
		}
	}
	title := strings.Join(mods, " ") + " " + n
	rest := after[4+len(obj):]
	// " at the port of Rotterdam", " in Rotterdam": the place, first.
	for _, p := range []string{" at the ", " in the ", " at ", " in "} {
		if !strings.HasPrefix(rest, p) {
			continue
		}
		r := rest[len(p):]
		if strings.HasSuffix(p, "the ") {
			// "the port of Rotterdam": a setting noun and its name.
			w, tail, _ := strings.Cut(r, " ")
			if !settingNouns[strings.ToLower(w)] || !strings.HasPrefix(tail, "of ") {
				break
			}
			r = tail[3:]
		}
		if place := capitalRun(r); place != "" {
			title = place + " " + title
		}
		break
	}
	return title
}

// sentShared counts the sentences issues x and y both draw on.
func (a *analyser) sentShared(x, y *issue) (shared, nx, ny int) {
	i, j := 0, 0
	lastX, lastY := -1, -1
	for i < len(x.segs) || j < len(y.segs) {
		sx, sy := 1<<30, 1<<30
		if i < len(x.segs) {
			sx = a.segs[x.segs[i]].sent
		}
		if j < len(y.segs) {
			sy = a.segs[y.segs[j]].sent
		}
		switch {
		case sx < sy:
			if sx != lastX {
				nx++
				lastX = sx
			}
			i++
		case sy < sx:
			if sy != lastY {
				ny++
				lastY = sy
			}
			j++
		default:
			if sx != lastX {
				nx++
				lastX = sx
			}
			if sy != lastY {
				ny++
				lastY = sy
				shared++
			}
			i++
			j++
		}
	}
	return shared, nx, ny
}

// merge folds issue from into into: its phrases become keywords of into,
// its sentences evidence.
func (a *analyser) merge(into, from *issue) {
	for _, u := range from.units {
		if len(into.units) >= maxIssueUnits {
			break
		}
		into.units = append(into.units, u)
	}
	tmp := unionInto(a.sc.tmp[:0], into.segs, from.segs)
	into.segs = append(into.segs[:0], tmp...)
	a.sc.tmp = tmp
	into.addSegs(from.segs)
	into.weight = max(into.weight, from.weight)
}

// mergeSetting folds out[k], an issue whose heaviest phrase is an actor
// or setting rather than a topic ("port", "shipping companies"), into
// the topic-headed issue it shares most sentences with, if any; it
// reports whether it did.
func (a *analyser) mergeSetting(out []*issue, k int) bool {
	from := out[k]
	best, bestShared := -1, 0
	for j, is := range out {
		if j == k || !a.topicOf(is.units[0]) {
			continue
		}
		if shared, _, _ := a.sentShared(from, is); shared > bestShared {
			best, bestShared = j, shared
		}
	}
	if best < 0 {
		return false
	}
	a.merge(out[best], from)
	return true
}

// mergeOverlaps folds together the issues of out that are one story told
// twice: a lighter issue drawing mostly on the sentences of a heavier one
// ("arms exports" beside "arms embargo on China", in the same sentences),
// and a bare name nothing else joined ("East Asia", "United Arab
// Emirates"), which goes to the issue it shares most sentences with or,
// sharing none, is dropped: a place alone is no dispute.
func (a *analyser) mergeOverlaps(out []*issue) []*issue {
	kept := out[:0]
	for _, is := range out {
		bare := a.bareName(is)
		best, bestShared := -1, 0
		for j, k := range kept {
			shared, nx, ny := a.sentShared(is, k)
			if shared == 0 {
				continue
			}
			if facetOf(is, k) || facetOf(k, is) {
				// "Auto" beside "auto tariff": one dispute by two of its
				// words.
				best, bestShared = j, 1<<20
				continue
			}
			if a.sameCase(is, k) || a.sameCase(k, is) {
				// "Trial" beside "Victor Hale's case": the case of the man
				// on trial.
				best, bestShared = j, 1<<20
				continue
			}
			// Most of the lighter issue's sentences, and more than one,
			// or any for a bare name.
			if !bare && (shared < 3 || 4*shared < 3*min(nx, ny)) {
				continue
			}
			if shared > bestShared {
				best, bestShared = j, shared
			}
		}
		switch {
		case best >= 0:
			a.merge(kept[best], is)
		case !bare:
			kept = append(kept, is)
		}
	}
	// Accusations that spell out a dispute, either side of it in out.
	res := kept[:0]
	for i, is := range kept {
		if j := a.accusedAfter(is, kept); j >= 0 && j != i && kept[j] != nil {
			a.merge(kept[j], is)
			kept[i] = nil
			continue
		}
	}
	for _, is := range kept {
		if is != nil {
			res = append(res, is)
		}
	}
	return res
}

// facetOf reports whether x is headed by a lone common word that one of
// y's main phrases holds ("auto" and "auto tariff").
func facetOf(x, y *issue) bool {
	u := x.units[0]
	if len(u.words) != 1 || u.person >= 0 || u.proper {
		return false
	}
	for _, v := range y.units[:min(len(y.units), homeUnits)] {
		if len(v.words) > 1 && v.person < 0 && sharesWord(u, v) {
			return true
		}
	}
	return false
}

// bareName reports an issue that is a name and nothing else: one proper
// phrase, not a person, that no topic word joined.
func (a *analyser) bareName(is *issue) bool {
	if len(is.units) != 1 {
		return false
	}
	u := is.units[0]
	return u.person < 0 && u.proper && allCapitalised(u.surface)
}

// objectAfter is the object right after a verb, an article kept ("the
// identity cards"), and the text after it; "" when no content word
// follows.
func objectAfter(a *analyser, after string) (obj, rest string) {
	if !strings.HasPrefix(after, " ") {
		return "", after
	}
	s := after[1:]
	det := ""
	for _, d := range []string{"the ", "a ", "an ", "its ", "their ", "his ", "her "} {
		if strings.HasPrefix(s, d) {
			det, s = d, s[len(d):]
			break
		}
	}
	obj = a.contentAfter(s)
	if obj == "" {
		return "", after
	}
	return det + obj, s[len(obj):]
}

// sameCase reports whether x is a bare legal noun ("trial", "charges")
// and y the case of a person: one thread.
func (a *analyser) sameCase(x, y *issue) bool {
	u, v := x.units[0], y.units[0]
	return len(u.words) == 1 && u.person < 0 && caseNouns[u.words[0]] && v.person >= 0 && v.caseOf
}

// namedSetting reports a unit that names a setting: the bare noun ("port")
// or a name and the noun ("Dravo crossing", "Heathrow airport"). lc are
// the lists the unit's last word is in.
func (a *analyser) namedSetting(u *unit, lc wclass) bool {
	n := len(u.words)
	var lb [32]byte
	if n == 0 || lc&wSetting == 0 && !settingNouns[string(fold.AppendLower(lb[:0], lastField(u.surface)))] {
		return false // the key folds plurals: "barracks" is keyed "barrack"
	}
	if n == 1 {
		return true
	}
	name := u.surface[:max(0, strings.LastIndexByte(u.surface, ' '))]
	if allCapitalised(name) {
		return true
	}
	if lc&wPlace == 0 {
		return false
	}
	// "border region", "central railway station": a place whatever its
	// modifier, unless the modifier contests it ("illegal checkpoint").
	for _, w := range u.words[:n-1] {
		if classOf(w)&(wContested|wTopical) != 0 {
			return false
		}
	}
	return true
}

// institutionNouns are the settingNouns that name a body: it speaks in a
// dispute ("the foreign ministry said") and titles none.
var institutionNouns = map[string]bool{
	"ministry": true, "department": true, "agency": true, "council": true, "committee": true,
	"government": true, "parliament": true, "court": true, "tribunal": true, "commission": true,
}

// placeNouns are the settingNouns that name a stretch of ground or a
// place to stand, never what is disputed there.
var placeNouns = map[string]bool{
	"region": true, "area": true, "district": true, "province": true, "station": true, "square": true,
	"street": true, "road": true, "harbour": true, "harbor": true, "airport": true, "city": true,
	"town": true, "village": true, "terminal": true, "crossing": true, "checkpoint": true,
	"valley": true, "glacier": true, "mountain": true, "hillside": true, "meadow": true,
}

// accusedAfter is the index in kept of the issue that is names, when is
// is one sentence accusing somebody ("Japanese officials accused Canadian
// trawlers of breaching the agreed limits") right after a sentence of
// that issue ("a dispute over Pacific fishing quotas"): the accusation is
// the dispute's substance, not a thread of its own. -1 when none is.
func (a *analyser) accusedAfter(is *issue, kept []*issue) int {
	u := is.units[0]
	if len(is.segs) == 0 || u.person >= 0 {
		return -1
	}
	sent := a.segs[is.segs[0]].sent
	if a.segs[is.segs[len(is.segs)-1]].sent != sent || sent == 0 {
		return -1 // more than one sentence, or the lead
	}
	i := strings.Index(a.text[a.sents[sent].Start:a.sents[sent].End], u.surface)
	if i < 0 {
		return -1
	}
	if w, _ := wordBefore(a.text, a.sents[sent].Start+i); accusationVerbs[w] == "" {
		return -1
	}
	for j, k := range kept {
		if k == nil || k == is {
			continue
		}
		for _, s := range k.segs {
			if a.segs[s].sent == sent-1 {
				return j
			}
		}
	}
	return -1
}

// relativeClause reports a run that is a noun, a name and its verb: "a
// charge Copenhagen denies", "the deal Brussels rejected". A people
// adjective between is a modifier ("pay Dutch workers" names workers).
func relativeClause(surface string) bool {
	// One pass over the words, no slice: isTopic asks for every unit.
	n, midOK := 0, true
	var first, prev string
	for w := range strings.FieldsSeq(surface) {
		if n == 0 {
			first = w
		} else if n >= 2 {
			// prev is a middle word: a name, no people adjective.
			midOK = midOK && !startsLower(prev) && !isDemonym(prev) && !hasDemonymEnding(prev)
		}
		prev = w
		n++
	}
	if n < 3 || !midOK || !startsLower(first) || !startsLower(prev) {
		return false
	}
	last := prev
	// "denies", "says", "rejected"; not "virus", "crisis", "access".
	third := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
	return len(last) > 3 && (third || edWord(last))
}

// startsLower reports whether w opens with a lower-case ASCII letter.
func startsLower(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// Headlines. Wire copy often opens with a headline line, written as a
// clause in the present tense: "Rail unions extend strike as pay talks
// collapse". Its verb would otherwise run into the noun phrases beside it
// ("pay talks collapse", "trade minister heads") and title an issue.

// isHeadline reports whether the first sentence of sents is a headline: a
// paragraph of its own, with no closing full stop, question or quote
// mark, followed by more copy.
func isHeadline(s string, sents []text.Span) bool {
	if len(sents) < 2 {
		return false
	}
	h := sents[0]
	t := strings.TrimRight(h.Text, " \t")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '?', '!', '"', ':', ';', ',':
		return false
	}
	if strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’") {
		return false
	}
	// Only white space and a line break between it and the next sentence.
	gap := s[h.End:sents[1].Start]
	return strings.TrimLeft(gap, " \t\r") != "" && (strings.TrimSpace(gap) == "" || furnitureGap(gap))
}

// headlineVerbs marks the verbs of a headline in a.toks as function
// words: they end the noun phrase before them and open none. A word of
// headlineVerb 2 (also a noun: "curbs", "protests") is taken for a verb
// only right after its subject: a name or an actor ("China curbs ...",
// "Guyana protests ...").
func (a *analyser) headlineVerbs() {
	for k := 1; k < len(a.toks); k++ {
		t := &a.toks[k]
		if t.punct || t.capital {
			continue
		}
		kind := headlineVerb[a.text[t.start:t.end]]
		if kind == 0 {
			continue
		}
		if kind == 2 {
			// After its subject: a name, an actor or a vague noun
			// ("opposition boycotts"), or after a comma that coordinates
			// a second verb ("reject contract, set strike date").
			p := &a.toks[k-1]
			if p.punct && p.p != ',' || !p.punct && p.lex.stop() {
				continue
			}
			a.keyBuf = appendStem(a.keyBuf[:0], a.text[p.start:p.end])
			// "as inflation bites": a clause ends the headline ("over
			// bribery claims" is a noun's).
			last := k == len(a.toks)-1 && k >= 2 && clauseOpeners[strings.ToLower(a.text[a.toks[k-2].start:a.toks[k-2].end])]
			if !last && !p.punct && !p.capital && !actorNouns[string(a.keyBuf)] && !orgHeads[string(a.keyBuf)] && !p.lex.generic() {
				continue
			}
		}
		t.lex.f |= lxStop | lxGeneric
		t.plain = true
	}
}

// headlineVerb lists the verbs of headlinese, in the present tense and
// base form: 1 for a word that is a verb wherever it stands in a
// headline, 2 for one that is also a noun (see headlineVerbs).
var headlineVerb = map[string]uint8{
	"extend": 1, "extends": 1, "vow": 1, "vows": 1, "reject": 1, "rejects": 1, "adopt": 1, "adopts": 1,
	"sweeten": 1, "sweetens": 1, "reinforce": 1, "reinforces": 1, "deepen": 1, "deepens": 1, "widen": 1,
	"widens": 1, "stall": 1, "stalls": 1, "collapse": 1, "collapses": 1, "slam": 1, "slams": 1, "urge": 1,
	"urges": 1, "warn": 1, "warns": 1, "mull": 1, "mulls": 1, "weigh": 1, "weighs": 1, "eye": 1, "eyes": 1,
	"raise": 1, "raises": 1, "lift": 1, "lifts": 1, "ease": 1, "eases": 1, "block": 1, "blocks": 1, "quit": 1,
	"quits": 1, "resign": 1, "resigns": 1, "sue": 1, "sues": 1, "win": 1, "wins": 1, "lose": 1, "loses": 1,
	"rise": 1, "rises": 1, "plunge": 1, "plunges": 1, "soar": 1, "soars": 1, "halt": 1, "halts": 1,
	"suspend": 1, "suspends": 1, "launch": 1, "launches": 1, "unveil": 1, "unveils": 1, "approve": 1,
	"approves": 1, "refuse": 1, "refuses": 1, "deny": 1, "denies": 1, "accuse": 1, "accuses": 1, "agree": 1,
	"agrees": 1, "sign": 1, "signs": 1, "meet": 1, "meets": 1, "hit": 1, "hits": 1, "defend": 1, "defends": 1,
	"threaten": 1, "threatens": 1, "condemn": 1, "condemns": 1, "criticise": 1, "criticises": 1,
	"criticize": 1, "criticizes": 1, "delay": 1, "delays": 1, "expand": 1, "expands": 1, "tighten": 1,
	"tightens": 1, "escalate": 1, "escalates": 1, "intensify": 1, "intensifies": 1, "worsen": 1,
	"worsens": 1, "grow": 1, "grows": 1, "drag": 1, "drags": 1, "persist": 1, "persists": 1, "loom": 1,
	"looms": 1, "mount": 1, "mounts": 1, "stoke": 1, "stokes": 1, "spark": 1, "sparks": 1, "trigger": 1,
	"triggers": 1, "bolster": 1, "bolsters": 1, "last": 1, "lasts": 1, "snub": 1, "snubs": 1, "oust": 1,
	"ousts": 1, "overturn": 1, "overturns": 1, "uphold": 1, "upholds": 1, "scrap": 1, "scraps": 1,
	"seize": 1, "seizes": 1, "detain": 1, "detains": 1, "arrest": 1, "arrests": 1, "jail": 1, "jails": 1,
	"fine": 1, "fines": 1, "summon": 1, "summons": 1, "expel": 1, "expels": 1, "recall": 1,
	"recalls": 1, "resume": 1, "resumes": 1, "pledge": 1, "pledges": 1, "demand": 1, "demands": 1,
	"claim": 2, "claims": 2, "curb": 2, "curbs": 2, "cut": 2, "cuts": 2, "head": 2, "heads": 2, "march": 2,
	"marches": 2, "protest": 2, "protests": 2, "strike": 2, "strikes": 2, "plan": 2, "plans": 2, "back": 2,
	"backs": 2, "ban": 2, "bans": 2, "probe": 2, "probes": 2, "rally": 2, "rallies": 2, "call": 2,
	"calls": 2, "bid": 2, "bids": 2, "target": 2, "targets": 2, "charge": 2, "charges": 2, "order": 2,
	"orders": 2, "face": 2, "faces": 2, "fear": 2, "fears": 2, "opens": 1, "open": 2, "end": 2, "ends": 2,
	"return": 2, "returns": 2, "push": 2, "pushes": 2, "press": 2, "presses": 2, "seek": 1, "seeks": 1,
	"step": 2, "steps": 2, "visit": 2, "visits": 2, "move": 2, "moves": 2, "hike": 2, "hikes": 2,
	"clear": 1, "clears": 1, "fill": 1, "fills": 1, "walk": 1, "walks": 1, "invade": 1, "invades": 1,
	"occupy": 1, "occupies": 1, "annex": 1, "annexes": 1, "recognise": 1, "recognises": 1, "recognize": 1,
	"recognizes": 1, "withdraw": 1, "withdraws": 1, "deploy": 1, "deploys": 1, "hire": 1, "hires": 1,
	"settle": 1, "settles": 1, "tumble": 1, "tumbles": 1, "rebuff": 1, "rebuffs": 1, "dismiss": 1,
	"dismisses": 1, "reaffirm": 1, "reaffirms": 1, "elect": 1, "elects": 1, "appoint": 1, "appoints": 1,
	"nominate": 1, "nominates": 1, "fail": 1, "fails": 1, "admit": 1, "admits": 1, "reveal": 1,
	"reveals": 1, "confirm": 1, "confirms": 1, "endorse": 1, "endorses": 1, "endanger": 1, "endangers": 1,
	"undermine": 1, "undermines": 1, "violate": 1, "violates": 1, "breach": 2, "breaches": 2, "storm": 2,
	"storms": 2, "attack": 2, "attacks": 2, "challenge": 2, "challenges": 2, "fire": 2, "fires": 2,
	"sack": 2, "sacks": 2, "drop": 2, "drops": 2, "jump": 2, "jumps": 2, "slide": 2, "slides": 2,
	"slump": 2, "slumps": 2, "surge": 2, "surges": 2, "rule": 2, "rules": 2, "clash": 2, "clashes": 2,
	"name": 2, "names": 2, "veto": 2, "vetoes": 2, "approach": 2, "approaches": 2, "abandon": 1,
	"abandons": 1, "scrambles": 1, "scramble": 2, "braces": 1, "brace": 1, "insist": 1, "insists": 1,
	"shut": 1, "shuts": 1, "enter": 1, "enters": 1, "flies": 1, "fly": 1, "travel": 2, "travels": 1,
	"arrive": 1, "arrives": 1, "leave": 1, "leaves": 2, "go": 1, "goes": 1,
	"vote": 2, "votes": 2, "set": 2, "sets": 2, "boycott": 2, "boycotts": 2, "trade": 2, "trades": 2,
	"reach": 1, "reaches": 1, "hold": 1, "holds": 1, "keep": 1, "keeps": 1,
	"empty": 2, "empties": 1, "bar": 2, "bars": 2, "rage": 2, "rages": 1, "erupt": 1, "erupts": 1,
	"flare": 2, "flares": 2, "grip": 2, "grips": 1, "spread": 2, "spreads": 1, "bite": 2, "bites": 2,
	"spar": 1, "spars": 1, "feud": 2, "feuds": 2, "squabble": 2, "squabbles": 2, "wrangle": 2, "wrangles": 2,
}

// dropDateline drops from a.toks the dateline opening sentence sp
// ("OSLO, Jan 22 (Wire) - "): where and by whom the story was filed, no
// part of it.
func (a *analyser) dropDateline(sp text.Span) {
	end := sp.Start + datelineEnd(sp.Text)
	if end == sp.Start {
		return
	}
	k := 0
	for k < len(a.toks) && int(a.toks[k].start) < end {
		k++
	}
	a.toks = append(a.toks[:0], a.toks[k:]...)
}

// datelineEnd is the length of the dateline opening s, its dash
// included: a place in capitals ("ADDIS ABABA", "BAKU/YEREVAN"), then a
// comma or bracket and, within a few words, a dash. 0 when s opens with
// none.
func datelineEnd(s string) int {
	if s != "" && s[0] == '(' {
		return agencyOpenerEnd(s)
	}
	i, letters := 0, 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			letters++
		} else if c != ' ' && c != '/' && c != '-' && c != '.' && c != '\'' {
			break // the place ends
		}
	}
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	if letters >= 3 && i < len(s) && s[i] == ' ' {
		// "OTTAWA — A row ...": the place and a dash alone, as Canadian
		// and some US wires write it.
		for _, d := range []string{" — ", " – ", " -- ", " - "} {
			if strings.HasPrefix(s[i:], d) {
				return i + len(d)
			}
		}
	}
	if letters < 3 || i >= len(s) || s[i] != ',' && s[i] != '(' && !(s[i] == ' ' && i+1 < len(s) && s[i+1] == '(') {
		return 0
	}
	rest := s[i:min(len(s), i+80)]
	for _, d := range []string{" - ", " — ", " – ", " -- ", " —", "— ", ")--"} {
		if j := strings.Index(rest, d); j >= 0 {
			return i + j + len(d) // ")--": "AMSTERDAM (Dow Jones)--The regulator ..."
		}
	}
	return 0
}

// clauseOpeners open a headline's second clause: "as talks stall".
var clauseOpeners = map[string]bool{"as": true, "while": true, "after": true, "when": true, "amid": true}

// verbCue reports whether the cue word at token k is a verb taking an
// object ("strike a balance", "protest the decision"), which contests
// nothing.
func (a *analyser) verbCue(k int) bool {
	t := &a.toks[k]
	w := strings.ToLower(a.text[t.start:t.end])
	switch w {
	case "strike", "strikes", "protest", "protests":
	case "trial", "trials":
		return a.clinicalTrial(k)
	default:
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].lex.det() {
		return true
	}
	if w != "strike" {
		return false
	}
	// A lone "strike" is a dispute only as labour copy writes it: "on
	// strike", "strike over pay", "strike action"; "a fantastic strike"
	// is a goal.
	if k > 0 && strings.EqualFold(a.text[a.toks[k-1].start:a.toks[k-1].end], "on") {
		return false
	}
	if k+1 < len(a.toks) && !a.toks[k+1].punct && strikeNext[strings.ToLower(a.text[a.toks[k+1].start:a.toks[k+1].end])] {
		return false
	}
	return true
}

// strikeNext follow "strike" in labour copy.
var strikeNext = map[string]bool{
	"over": true, "by": true, "at": true, "against": true, "on": true, "in": true, "action": true,
	"ballot": true, "threat": true, "date": true, "dates": true, "vote": true, "for": true,
	"pay": true, "notice": true,
}
