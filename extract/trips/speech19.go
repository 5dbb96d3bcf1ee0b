package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// speechAtGathering sends a speech verb whose object is a gathering to
// appearance, as "addressed" is sent: "speaking at a trade forum in
// Dubai", "spoke at the party's spring conference in Leeds", "told the
// annual meeting of the society", "told a conference in Oslo". The
// gathering places the speaker even at home (a speech to reporters does
// not: "told reporters in Ottawa", "told a news conference in Rome"
// stay presences). It reports whether the cue at token i was so read.
func (f *finder) speechAtGathering(sc *sentCtx, i int, c cue) bool {
	toks := f.toks
	w := toks[i].w
	if w != "speaking" && w != "spoke" && w != "told" || i+2 >= len(toks) {
		return false
	}
	k := i + 1
	switch {
	case w != "told" && toks[k].w == "at":
		k++
	case w == "told" && inSet(determinersSet, toks[k].w):
	default:
		return false
	}
	for n := 0; k < len(toks) && n < 5; n, k = n+1, k+1 {
		t := toks[k]
		if t.punct && t.w != "'s" || inSet(breakersSet, t.w) {
			return false
		}
		if !speechGathering(t.w) {
			continue
		}
		if k > 0 && (toks[k-1].w == "news" || toks[k-1].w == "press") {
			return false // "told a news conference in Rome": reporters
		}
		tn := c.tense
		if w == "speaking" && f.saidLater(i) {
			tn = tensePast // "Speaking at a forum in Dubai, he said": done
		}
		f.appearance(sc, i, cue{cueAttend, tn, "speaks"})
		return true
	}
	return false
}

// speechGathering reports a gathering that a speech is made to: the
// event nouns less "talks" and "ceremony" (which one speaks at as a
// guest of others as often as not).
func speechGathering(w string) bool {
	switch w {
	case "meeting", "summit", "conference", "gathering", "forum", "congress", "convention", "rally", "assembly", "symposium":
		return true
	}
	return false
}

// saidLater reports a past speech verb after token i in its sentence:
// the participle "speaking" takes the main clause's time.
func (f *finder) saidLater(i int) bool {
	for _, t := range f.toks[i+1:] {
		switch t.w {
		case "said", "told", "added", "warned", "insisted", "argued", "claimed", "stressed", "urged", "admitted",
			"declared", "announced", "revealed", "explained", "predicted", "conceded", "accused", "attacked":
			return true
		}
	}
	return false
}

// speechNoun reads a speech made at a place: "In a speech in Gateshead
// on Sunday, Mr Blair said", "gave a lecture at a conference in Oslo",
// "his speech to the party's conference in Leeds", "said in a speech at
// the forum" (the gathering told before). The place or the gathering
// must follow the noun at once ("a speech on crime in Leeds" is about
// crime); the speaker is the cue's subject, as for a visit.
func (f *finder) speechNoun(sc *sentCtx, i int, c cue) {
	toks := f.toks
	if i+2 >= len(toks) {
		return
	}
	switch toks[i+1].w {
	case "in", "at":
		if p, ok := f.placeAt(sc, i+2); ok && !f.namePart(p) {
			f.addLegs(sc, i, c, []places.Match{p})
			return
		}
	case "to":
	default:
		return
	}
	// "at the party's spring conference in Gateshead", "to the annual
	// meeting": a gathering, then its place or the one told before.
	for k, n := i+2, 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
		t := toks[k]
		if t.punct && t.w != "'s" || inSet(breakersSet, t.w) {
			return
		}
		if !speechGathering(strings.ToLower(t.w)) {
			continue
		}
		f.appearance(sc, i, cue{cueAttend, tenseNone, "speaks"})
		return
	}
}

// speechOpener reports a speech noun at token i in a phrase that opens
// the sentence: "In a speech in Leeds on Monday, ...", "During his
// lecture at the forum, ...", "In what was seen as a defiant speech in
// Gateshead, ...": the speaker is the subject that follows.
func (f *finder) speechOpener(i int) bool {
	toks := f.toks
	if i < 2 || i > 10 || toks[0].w != "in" && toks[0].w != "during" {
		return false
	}
	switch toks[i].w {
	case "speech", "lecture", "keynote":
	default:
		return false
	}
	for _, t := range toks[1:i] {
		if t.punct || inSet(breakersSet, t.w) && t.w != "that" {
			return false
		}
	}
	return true
}

// amongBefore reports "are among the ... " between byte offset end (the
// end of the second of two names joined by "and") and the cue at token
// i: "X and Y are among the 20 leaders attending the meeting" sends both.
// Only words stand between, no mark or clause break.
func (f *finder) amongBefore(i, end int) bool {
	toks := f.toks
	k := 0
	for k < i && toks[k].start < end {
		k++
	}
	if k+1 >= i {
		return false
	}
	switch toks[k].w {
	case "are", "were", "is", "was":
		k++
	case "will":
		if toks[k+1].w != "be" {
			return false
		}
		k += 2
	default:
		return false
	}
	if k >= i || toks[k].w != "among" {
		return false
	}
	for k++; k < i; k++ {
		if toks[k].punct || inSet(breakersSet, toks[k].w) && toks[k].w != "than" && toks[k].w != "who" { // "among the more than 20 leaders who will"
			return false
		}
	}
	return true
}

// kindBeforeTown reports a settlement noun at token k ("resort", "town")
// that a journey's "in" or "to" introduces a few words before, with only
// words between: "in the Swiss mountain resort Davos for the forum".
func (f *finder) kindBeforeTown(k int) bool {
	toks := f.toks
	if k < 2 || !settlementNouns[toks[k].w] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].punct {
			return false
		}
		if toks[j].w == "in" || toks[j].w == "to" {
			return true
		}
	}
	return false
}

// regionInList reports a region m that follows "Town, " as a stop of a
// list rather than the town's region: "visits Leicester, Somerset,
// Basingstoke and Shrewsbury", "Bristol, Cornwall and Derbyshire",
// "Basingstoke, Shrewsbury, Dorset and Torbay". The list goes on past it
// to a town not itself qualified by a region ("Lexington, Kentucky, and
// Nashville, Tennessee" pairs each town with its state) or to another
// region, or it was a list of stops already before the town. rest are
// the sentence's places after m (offsets within the sentence).
func (f *finder) regionInList(sc *sentCtx, rest []places.Match, m places.Match) bool {
	if n := len(sc.places); n >= 2 && f.text[sc.places[n-2].End:sc.places[n-1].Start] == ", " {
		return true // "Basingstoke, Shrewsbury, Dorset": stops before the town
	}
	if len(rest) == 0 {
		return false
	}
	next := rest[0]
	gap := f.text[m.End : sc.sp.Start+next.Start]
	if gap != ", " && gap != " and " && gap != ", and " {
		return false
	}
	if next.Place.Kind == places.Region {
		return true // "Cornwall and Derbyshire"
	}
	if len(rest) > 1 && rest[1].Place.Kind == places.Region && sc.sp.Text[next.End:rest[1].Start] == ", " {
		return false // "Lexington, Kentucky, and Nashville, Tennessee"
	}
	return next.Place.Kind == places.City && gap == ", "
}

// listTail reads a town the gazetteer lacks that closes a list of three
// or more stops in one country: "visits Manchester, Leicester, Dorset
// and Torbay" (the list says what the word is). It must be one
// capitalised word after "and", the clause ending or going on in lower
// case after it. last is the end of the list's last known place.
func (f *finder) listTail(sc *sentCtx, out []places.Match, last int) (places.Match, bool) {
	if len(out) < 3 {
		return places.Match{}, false
	}
	country := out[0].Place.Country
	for _, p := range out {
		if p.Place.Country != country || country == "" || p.Place.Kind == places.Country {
			return places.Match{}, false
		}
	}
	toks := f.toks
	k := 0
	for k < len(toks) && toks[k].start < last {
		k++
	}
	if k < len(toks) && toks[k].w == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].w != "and" {
		return places.Match{}, false
	}
	t, word, ok := f.townWord(sc, k+1, ".'’-")
	if !ok {
		return places.Match{}, false
	}
	if k+2 < len(toks) && !toks[k+2].punct && isCapitalised(f.text[toks[k+2].start:toks[k+2].end]) {
		return places.Match{}, false // "and Torbay United": a longer name
	}
	return places.Match{Start: t.start, End: t.end, Place: places.Place{Name: word, Country: country, Kind: places.City}}, true
}

// atGatheringAfter reports "at" within a few words from token k, then a
// gathering within a few more: "the G8 at the international conference".
func (f *finder) atGatheringAfter(k int) bool {
	toks := f.toks
	for n := 0; k < len(toks) && n < 5; n, k = n+1, k+1 {
		if toks[k].punct && toks[k].w != "'s" || inSet(breakersSet, toks[k].w) {
			return false
		}
		if toks[k].w != "at" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].punct {
				return false
			}
			if speechGathering(strings.ToLower(toks[j].w)) || isEventNoun(toks[j].w) {
				return true
			}
		}
		return false
	}
	return false
}

// madeAppearance reports the noun "appearance" at token i as the object
// of "make" ("made a surprise appearance in Davos", "will make her first
// appearance at"): the one who made it was there.
func (f *finder) madeAppearance(i int) bool {
	toks := f.toks
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k].w {
		case "made", "make", "makes", "making":
			return true
		case "court", "courtroom", "tribunal", "magistrates", "dock", "trial":
			return false // "made a court appearance in Leeds": a defendant's
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// theirPair reads a journey noun at token i owned by "their" after two
// people named "A and B" in its sentence, neither of them its subject's
// clause opener: "had spoken to Eddie Jones and Jake White following
// their tour matches in Britain" is the pair's journey. The subject alone
// cannot own "their".
func (f *finder) theirPair(sc *sentCtx, i int) (int, int, bool) {
	toks := f.toks
	k := i - 1
	for k > 0 && journeyModifiers[toks[k].w] {
		k--
	}
	if k < 1 || toks[k].w != "their" {
		return 0, 0, false
	}
	own := toks[k].start
	a, b, found := 0, 0, false
	var prev *people.Mention
	for j := range sc.persons {
		m := &sc.persons[j]
		if m.End > own {
			break
		}
		if m.Kind != people.Name || m.Person < 0 {
			prev = nil
			continue
		}
		if prev != nil && f.text[prev.End:m.Start] == " and " && prev.Person != m.Person {
			a, b, found = prev.Person, m.Person, true
		} else if rest := f.text[m.End:own]; strings.HasPrefix(rest, " and ") && len(rest) > 6 && isCapitalised(rest[5:]) {
			// "Eddie Jones and Jake White": a second name the people
			// finder missed; the first goes.
			a, b, found = m.Person, -1, true
		}
		prev = m
	}
	if !found || !f.objectPair(sc, a) {
		return 0, 0, false
	}
	return a, b, true
}

// objectPair reports that person a is not the first person named in the
// sentence: a pair that opens the sentence is its subject, read as such
// elsewhere ("Jones and White said their tour ...").
func (f *finder) objectPair(sc *sentCtx, a int) bool {
	for _, m := range sc.persons {
		if m.Kind == people.Pronoun {
			continue
		}
		return m.Person != a
	}
	return false
}

// showNoun reads a performer's show with its place right after: "during a
// show in Illinois", "gave two concerts in Dublin", "her gig at Leeds".
// A determiner, a possessive, a number or an adjective must open the
// noun ("polls show in" is a verb), and the performer is the cue's
// subject, as for a visit. Someone who attends another's show goes by
// "attend".
func (f *finder) showNoun(sc *sentCtx, i int, c cue) {
	toks := f.toks
	if i < 1 || i+2 >= len(toks) || toks[i+1].w != "in" && toks[i+1].w != "at" {
		return
	}
	b := toks[i-1]
	switch {
	case b.punct:
		return
	case inSet(determinersSet, b.w), b.w == "two" || b.w == "three" || b.w == "four" || b.w == "five" || b.w == "sell-out" || b.w == "farewell" || b.w == "comeback":
	case strings.HasSuffix(b.w, "'s") || strings.HasSuffix(b.w, "’s"):
	default:
		if _, ok := cueOf(b.w); ok || inSet(futureWordsSet, b.w) || inSet(pastWordsSet, b.w) || inSet(presentWordsSet, b.w) || b.w == "to" {
			return // "will show in", "the figures show in"
		}
		if i < 2 || !inSet(determinersSet, toks[i-2].w) {
			return // an adjective after a determiner: "a charity concert in", "his first gig at"
		}
	}
	p, ok := f.placeAt(sc, i+2)
	if !ok || f.namePart(p) || p.Demonym {
		return
	}
	if i >= 2 && (toks[i-2].w == "attended" || toks[i-2].w == "attend" || toks[i-2].w == "watched") {
		return // someone else's show: "attend" reads it
	}
	f.addLegs(sc, i, c, []places.Match{p})
}

// pluralWhoSubject reports a cue at token i in a "who" clause after a
// plural common noun: "may impress bid chiefs, who arrived in London on
// Tuesday" is the chiefs' journey, not that of the person named before.
// Only auxiliaries stand between "who" and the cue, and a comma before
// "who" sets the clause apart ("among the leaders who will visit" holds
// the ones named).
func (f *finder) pluralWhoSubject(sc *sentCtx, i int) bool {
	toks := f.toks
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w) ||
		toks[k].w == "also" || toks[k].w == "later" || toks[k].w == "then" || toks[k].w == "to") {
		k--
	}
	if k < 2 || toks[k].w != "who" {
		return false
	}
	if toks[k-1].w != "," {
		return false // "among the leaders who will visit": the named are among them
	}
	k--
	n := toks[k-1]
	w := f.text[n.start:n.end]
	if n.punct || isCapitalised(w) || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	return !overlapsPerson(sc.persons, n.start, n.end)
}
