package trips

import (
	"slices"
	"strings"

	"github.com/newsroom/newsbot/extract/people"
)

// pairNouns head a subject that stands for two people named before:
// "the two leaders", "both presidents", "the two heads of state".
var pairNouns = map[string]bool{
	"leaders": true, "presidents": true, "ministers": true, "premiers": true, "chancellors": true,
	"men": true, "women": true, "monarchs": true, "counterparts": true, "statesmen": true,
	"candidates": true, "rivals": true, "contenders": true, "nominees": true,
}

// pairSubject reports "the two leaders", "both leaders" or "the two heads
// of state" as the subject right before the cue at token i, its
// auxiliaries and a light verb ("hold talks") aside.
func (f *finder) pairSubject(i int) bool {
	toks := f.toks
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w) ||
		toks[k].w == "to" || toks[k].w == "also" || toks[k].w == "then" || toks[k].w == "later" || toks[k].w == "both" ||
		toks[k].w == "hold" || toks[k].w == "held" || toks[k].w == "holding") {
		k--
	}
	if k < 1 {
		return false
	}
	switch {
	case pairNouns[toks[k].w]:
	case (toks[k].w == "state" || toks[k].w == "government") && k >= 3 && toks[k-1].w == "of" && toks[k-2].w == "heads":
		k -= 2
	default:
		return false
	}
	// "the two foreign ministers": one modifier may stand between.
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].w {
		case "both":
			return true
		case "two":
			return j > 0 && (toks[j-1].w == "the" || toks[j-1].w == "both")
		}
	}
	return false
}

// pair is the two people "the two leaders" at token i stand for: the two
// named last before it, those who travel or are met in the legs told so
// far first ("Xi was greeted by Vucic. The two heads of state will hold
// talks": Xi and Vucic). The first returned has a leg when one of them
// does. ok is false when fewer than two people are named before.
func (f *finder) pair(i int) (a, b int, ok bool) {
	pos := f.toks[i].start
	var recent []int
	for k := len(f.cast.Mentions) - 1; k >= 0 && len(recent) < 6; k-- {
		m := f.cast.Mentions[k]
		if m.Start >= pos || m.Person < 0 || m.Kind == people.Organisation || m.Kind == people.Unnamed {
			continue
		}
		if !slices.Contains(recent, m.Person) {
			recent = append(recent, m.Person)
		}
	}
	travels := func(p int) bool {
		for _, l := range f.legs {
			if l.person == p && l.Start < pos {
				return true
			}
		}
		return false
	}
	met := func(p int) bool {
		name := f.cast.People[p].Name
		for _, l := range f.legs {
			if l.Start < pos && contains(l.Counterparts, name) {
				return true
			}
		}
		return false
	}
	var chosen []int
	for _, p := range recent {
		if len(chosen) < 2 && (travels(p) || met(p)) {
			chosen = append(chosen, p)
		}
	}
	for _, p := range recent {
		if len(chosen) < 2 && !slices.Contains(chosen, p) {
			chosen = append(chosen, p)
		}
	}
	if len(chosen) < 2 {
		return -1, -1, false
	}
	a, b = chosen[0], chosen[1]
	if !travels(a) && travels(b) {
		a, b = b, a
	}
	return a, b, true
}

// coSubject is the person joined by "and" to the subject p of the cue at
// token i: "Macron and German Chancellor Friedrich Merz will travel
// together to Kyiv"; -1 if none.
func (f *finder) coSubject(sc *sentCtx, i, p int) int {
	cueStart := f.toks[i].start
	j := len(sc.persons) - 1
	for j >= 0 && sc.persons[j].End > cueStart {
		j--
	}
	if j < 1 {
		return -1
	}
	m, prev := sc.persons[j], sc.persons[j-1]
	// Nothing but auxiliaries between the second name and the cue, a
	// light verb ("will make a state visit") or the second name's
	// country ("Queen Mary of Denmark") aside.
	among := f.amongBefore(i, m.End)
	for k := i - 1; k >= 0 && f.toks[k].start >= m.End && !among; k-- {
		w := f.toks[k].w
		if !(inSet(futureWordsSet, w) || inSet(pastWordsSet, w) || inSet(presentWordsSet, w) || w == "to" || w == "also" || w == "then" || w == "both" || w == "jointly" || w == "together" ||
			w == "," && f.toks[k].start == m.End && j > 0 && sc.persons[j-1].Kind == people.Description && sc.persons[j-1].Person == m.Person || // "his wife, Brigitte Macron, arrived"
			jointLight[w] || w == "of" && f.toks[k].start == m.End+1 || k > 0 && f.toks[k-1].w == "of" && f.toks[k-1].start == m.End+1) {
			return -1
		}
	}
	// Only the "and" between the two names: not "A met B and C will travel".
	k := f.tokenBeforeTitle(m)
	if k >= 1 && f.toks[k].w == "," {
		// "Macron and his wife, Brigitte Macron,": the description
		// before the name opens the second subject.
		for q := j - 1; q >= 0; q-- {
			if d := sc.persons[q]; d.End == f.toks[k].start && d.Person == m.Person && d.Kind == people.Description {
				k = f.tokenBeforeTitle(d)
				break
			}
		}
	}
	if k >= 2 && (f.toks[k].w == "his" || f.toks[k].w == "her" || f.toks[k].w == "their") && f.toks[k-1].w == "and" {
		k-- // "Macron and his wife Brigitte"
	}
	if k < 1 || f.toks[k].w != "and" {
		return -1
	}
	if k >= 2 && f.toks[k-1].w == "," {
		k-- // "Xi's wife, Peng Liyuan, and Wang Yi"
	}
	if f.toks[k-1].end != prev.End {
		// "Macron and his wife Brigitte": the possessive is a mention
		// of its own; the name before "and" is the other subject.
		found := false
		for q := j - 1; q >= 0; q-- {
			if sc.persons[q].End == f.toks[k-1].end && sc.persons[q].Kind != people.Pronoun {
				prev, found = sc.persons[q], true
				break
			}
		}
		if !found {
			return -1
		}
	}
	if m.Person < 0 || prev.Person < 0 || m.Person == prev.Person || f.inAside(prev, i) || f.isObject(prev) {
		return -1
	}
	switch p {
	case m.Person:
		return prev.Person
	case prev.Person:
		return m.Person
	}
	return -1
}

// jointLight are the words of a light-verb journey after two subjects:
// "A and B will make a state visit", "paid an official visit".
var jointLight = map[string]bool{
	"make": true, "makes": true, "pay": true, "pays": true, "a": true, "an": true,
	"state": true, "official": true, "joint": true, "working": true,
}

// groupNouns are subjects that are no one person: "his side would travel
// to Milan" is the team's journey, not its manager's.
var groupNouns = map[string]bool{
	"side": true, "squad": true, "club": true, "players": true, "fans": true, "supporters": true,
	"troops": true, "soldiers": true, "officials": true, "diplomats": true, "lawmakers": true, "executives": true,
	"fighters": true, "forces": true, "rebels": true, "militants": true, "men": true, "warships": true, // "his fighters would go to Kinshasa"
}

// teamNouns are the words for a touring side.
var teamNouns = map[string]bool{"squad": true, "team": true, "side": true, "players": true, "xv": true, "xi": true}

// teamQualifiers may stand between a team's owner and its noun: "Australia's
// Test squad", "the England women's team".
var teamQualifiers = map[string]bool{
	"test": true, "odi": true, "t20": true, "rugby": true, "cricket": true, "football": true, "national": true,
	"women's": true, "men's": true, "women’s": true, "men’s": true, "olympic": true, "davis": true, "cup": true, "ryder": true,
	"one-day": true, "twenty20": true, "under-21": true, "under-20": true, "under-19": true, "sevens": true, "senior": true, "touring": true,
}

// beforeAuxiliaries is the token before the cue at token i and the
// auxiliaries, "to", "also" and "then" right before it: where its subject
// ends ("the squad will also travel"), -1 when nothing else comes before.
func (f *finder) beforeAuxiliaries(i int) int {
	toks := f.toks
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w) ||
		toks[k].w == "to" || toks[k].w == "also" || toks[k].w == "then") {
		k--
	}
	return k
}

// teamSubject reads a team named by its owner as the subject right before
// the cue at token i, its auxiliaries aside: "England's squad flew into
// Perth", "the Ireland team will travel to Paris". The name is the
// owner's: a country or a club.
func (f *finder) teamSubject(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 1 || !teamNouns[toks[k].w] {
		return "", false
	}
	k--
	for n := 0; n < 2 && k > 0 && teamQualifiers[strings.ToLower(toks[k].w)]; n++ { // capitalised words keep their case in w
		k--
	}
	last := toks[k]
	name := f.text[last.start:last.end]
	possessive := strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
	first := k // the owner's name runs back over capitalised words: "Manchester United's squad"
	for first > 0 && first > k-3 && !toks[first-1].punct && toks[first-1].w != "the" && isCapitalised(f.text[toks[first-1].start:toks[first-1].end]) {
		first--
	}
	if !possessive && (first == 0 || toks[first-1].w != "the") || !isCapitalised(name) {
		return "", false // "England's squad", "the England squad"; not "his squad"
	}
	owner := strings.TrimSuffix(strings.TrimSuffix(f.text[toks[first].start:last.end], "'s"), "’s")
	if len(owner) < 3 || strings.HasPrefix(owner, "The ") {
		return "", false
	}
	owner = demonymTeam(owner) // "the Spanish squad" is Spain's
	for _, m := range sc.persons {
		if m.End > toks[first].start && m.Start < last.end && !notAPerson(f.cast.People[m.Person].Name) {
			return "", false // "Starmer's team flew to Washington": his staff, no team
		}
	}
	return owner, true
}

// placeSubject reads a place that opens the sentence (or its story, after
// the dateline) as the subject of the travel cue at token i, its
// auxiliaries aside: a place does not fly, its team does ("Liverpool will
// fly to Hong Kong on Thursday", "England flew into Perth").
func (f *finder) placeSubject(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 0 || k == i-1 && toks[i].w != "flew" && toks[i].w != "fly" && toks[i].w != "flies" && !f.clubContext() {
		return "", false // an auxiliary must come between, but for "England flew into Perth", "Liverpool travelled to Milan ..., the club said"
	}
	for _, p := range f.placesOf(sc) {
		if p.End != toks[k].end {
			continue
		}
		start := p.Start
		if start != sc.sp.Start && start != f.storyStart {
			return "", false
		}
		// The team's name as written: "England", not "United Kingdom";
		// "Netherlands" without its article.
		return strings.TrimPrefix(strings.TrimPrefix(f.text[p.Start:p.End], "The "), "the "), true
	}
	return "", false
}

// clubSubject reads a name the gazetteer and the people finder do not
// know, opening the sentence (or its story) right before the travel cue
// at token i, its auxiliaries aside, as a club when the sentence speaks
// of one: "Chelsea will fly to Madrid on Tuesday, the club said",
// "Real Madrid will travel to Manchester on Tuesday, the club confirmed".
func (f *finder) clubSubject(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 0 || k > 3 || !f.clubContext() {
		return "", false
	}
	if start := toks[0].start; start != sc.sp.Start && start != f.storyStart {
		return "", false
	}
	for j := 0; j <= k; j++ {
		if t := toks[j]; t.punct || !isCapitalised(f.text[t.start:t.end]) || t.w == "The" || t.w == "the" || firstPerson(t.w) {
			return "", false
		}
	}
	from, to := toks[0].start, toks[k].end
	if overlapsPerson(sc.persons, from, to) {
		return "", false
	}
	for _, p := range f.placesOf(sc) {
		if p.Start == from && p.End == to {
			return "", false // a place: see placeSubject; "Real Madrid" is a club
		}
	}
	return f.text[from:to], true
}

// clubContext reports a sentence told on a club's or team's word: "the
// club said", "the team confirmed" ("manager X said" is not enough: see
// the wire case of a side heading to a tie, no trip of its own).
func (f *finder) clubContext() bool {
	toks := f.toks
	for k := 1; k < len(toks); k++ {
		switch toks[k].w {
		case "club", "team":
			if toks[k-1].w == "the" && k+1 < len(toks) && inSet(speechVerbsSet, toks[k+1].w) {
				return true
			}
		}
	}
	return false
}

// nicknameSubject reads a side's plural nickname that opens the sentence
// (or its story) as the subject of the travel cue at token i, its
// auxiliaries aside: "The All Blacks arrived in Cardiff on Tuesday", "The
// Lionesses will fly to Sydney".
func (f *finder) nicknameSubject(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 1 {
		return "", false
	}
	last := f.text[toks[k].start:toks[k].end]
	if !isCapitalised(last) || len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return "", false
	}
	first := k
	for first > 0 && first > k-4 {
		prev := toks[first-1]
		if prev.w == "and" && first > 1 && isCapitalised(f.text[toks[first-2].start:toks[first-2].end]) {
			first-- // "The British and Irish Lions"
			continue
		}
		if !isCapitalised(f.text[prev.start:prev.end]) || prev.w == "The" || prev.w == "the" {
			break
		}
		first--
	}
	if first == 0 || toks[first-1].w != "The" && toks[first-1].w != "the" {
		return "", false
	}
	if start := toks[first-1].start; start != sc.sp.Start && start != f.storyStart {
		return "", false
	}
	from, to := toks[first].start, toks[k].end
	for _, m := range sc.persons {
		if m.End > from && m.Start < to {
			return "", false
		}
	}
	for _, p := range f.placesOf(sc) {
		if p.End > from && p.Start < to {
			return "", false // "The Netherlands", "The Philippines": places (see placeSubject)
		}
	}
	return f.text[from:to], true
}

// teamAnaphor is the team of the story's latest team leg, within three
// sentences, when "the tourists" (the visitors, the champions) is the
// subject of the cue at token i: "India's women's team flew to Melbourne
// ... The tourists will travel to Hobart".
func (f *finder) teamAnaphor(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 1 {
		return "", false
	}
	switch toks[k].w {
	case "tourists", "visitors", "champions", "holders":
	default:
		return "", false
	}
	if f.teamTitleFrom(k) < 0 {
		return "", false
	}
	return f.recentTeam(sc)
}

// teamTitleFrom is the index of the "the" that opens a team's description
// ending at token k: "the champions", "the Premier League champions",
// "the defending champions"; -1 when there is none.
func (f *finder) teamTitleFrom(k int) int {
	toks := f.toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		switch {
		case t.w == "the" || t.w == "The":
			return j
		case t.punct:
			return -1
		case t.w == "defending" || t.w == "reigning" || t.w == "world" || t.w == "league" || t.w == "cup":
		case !isCapitalised(f.text[t.start:t.end]):
			return -1
		}
	}
	return -1
}

// recentTeam is the traveller of the story's latest team leg, within
// three sentences before sc: the team "the tourists" stands for.
func (f *finder) recentTeam(sc *sentCtx) (string, bool) {
	for j := len(f.legs) - 1; j >= 0; j-- {
		if l := f.legs[j]; l.team && sc.index-l.sentence <= 3 {
			return l.Traveler, true
		}
	}
	return "", false
}

// openingTeam is the story's team when the sentence opens with "The
// tourists" (the visitors) and no one is named between that and the cue
// at token i but as an object.
func (f *finder) openingTeam(sc *sentCtx, i int) (string, bool) {
	toks := f.toks
	if i < 2 || toks[0].w != "The" && toks[0].w != "the" {
		return "", false
	}
	// "The tourists", "The Premier League champions": the noun within a
	// few title words.
	n := 1
	for n < i && n <= 4 && toks[n].w != "tourists" && toks[n].w != "visitors" && toks[n].w != "champions" && toks[n].w != "holders" {
		n++
	}
	if n >= i || n > 4 || f.teamTitleFrom(n) != 0 {
		return "", false
	}
	for _, m := range sc.persons {
		if m.End <= toks[i].start && !f.isObject(m) && !notAPerson(f.cast.People[m.Person].Name) && !strings.HasSuffix(f.cast.People[m.Person].Name, "s") {
			return "", false // "The tourists' captain, Maro Itoje, will fly"
		}
	}
	return f.recentTeam(sc)
}

// groupSubject reports a group noun after a determiner as the subject
// right before the cue at token i, its auxiliaries aside: "his side would
// travel", "the squad flew".
func (f *finder) groupSubject(i int) bool {
	toks := f.toks
	k := f.beforeAuxiliaries(i)
	if k < 1 || !groupNouns[toks[k].w] {
		return false
	}
	switch toks[k-1].w {
	case "his", "her", "their", "its", "the":
		return true
	}
	return false
}
