package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// commonPluralSubject reports a plural common noun as the subject right
// before the cue at token i, its auxiliaries and frequency adverbs aside,
// opened by a quantifier or standing bare after a speech verb or "that":
// "said patients often had to travel to Leeds", "many residents travel to
// Hull for work". The journey is theirs, not the last person named's (who
// only reports it).
func (f *finder) commonPluralSubject(i int) bool {
	toks := f.toks
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w) ||
		toks[k].w == "to" || toks[k].w == "also" || frequencyAdverbs[toks[k].w]) {
		k--
	}
	if k < 1 || toks[k].punct {
		return false
	}
	if c, ok := cueOf(toks[i].w); k == i-1 && (!ok || c.kind == cueNoun || toks[i].w == "tour" || toks[i].w == "visit" || toks[i].w == "trip") {
		return false // "the 1997 Lions tour", "the Americans visit": a noun's modifier, not a subject
	}
	w := toks[k].w
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || notPluralNouns[strings.ToLower(w)] {
		return false
	}
	prevTok := toks[k-1]
	if isCapitalised(f.text[toks[k].start:toks[k].end]) {
		// "on some occasions Muslims had to travel": a people named by
		// faith or nation, after a lower-case word (not inside a name).
		// The word must read as a people's plural ("Americans",
		// "Muslims", "Britons"), not a place ("Princess of Wales").
		lw := strings.ToLower(w)
		if !strings.HasSuffix(lw, "ans") && !strings.HasSuffix(lw, "ims") && !strings.HasSuffix(lw, "ons") && !strings.HasSuffix(lw, "ists") {
			return false
		}
		return !prevTok.punct && !isCapitalised(f.text[prevTok.start:prevTok.end]) && prevTok.w != "the" && prevTok.w != "of" && !f.nameCovers(toks[k].start)
	}
	if f.nameCovers(toks[k].start) {
		return false // a mention's own word: "the Obamas"
	}
	prev := prevTok.w
	if pluralQuantifiers[prev] {
		return true
	}
	switch prev {
	case "said", "says", "added", "warned", "complained", "explained", "that":
		return true // "said patients had to travel": bare after the speech verb
	case "his", "her", "their", "our", "my", "its":
		return true // "said his colleagues would fly": others of the speaker's, not the speaker
	}
	return false
}

// frequencyAdverbs stand between a subject and its verb without changing
// who it is: "patients often had to travel".
var frequencyAdverbs = map[string]bool{
	"often": true, "sometimes": true, "usually": true, "regularly": true, "still": true, "routinely": true,
	"frequently": true, "occasionally": true, "normally": true, "typically": true, "even": true,
}

// pluralQuantifiers open a plural noun phrase naming nobody in particular.
var pluralQuantifiers = map[string]bool{
	"many": true, "some": true, "most": true, "few": true, "several": true, "thousands": false,
	"other": true, "local": true, "ordinary": true, "hundreds": false, "dozens": false,
}

// notPluralNouns end in "s" but are no plural subject.
var notPluralNouns = map[string]bool{
	"this": true, "was": true, "has": true, "is": true, "his": true, "its": true, "hers": true,
	"always": true, "perhaps": true, "news": true, "series": true, "plans": true, "wants": true,
	"hopes": true, "aims": true, "intends": true, "prepares": true, "says": true, "does": true,
	"goes": true, "thus": true, "less": true, "besides": true, "as": true, "us": true, "yes": true,
}

// nameCovers reports a name mention covering byte offset pos.
func (f *finder) nameCovers(pos int) bool {
	for _, m := range f.cast.Mentions {
		if m.Start <= pos && pos < m.End && m.Kind == people.Name {
			return true
		}
	}
	return false
}

// ownQuotePronoun reports a third-person pronoun m inside a quotation
// whose speaker, named right after it with a speech verb, is the person
// the pronoun was given: "\"I imagine he will be on the tour to Canada,\"
// said Kane" is about someone else, since Kane would say "I".
func (f *finder) ownQuotePronoun(sc *sentCtx, m people.Mention) bool {
	if m.Kind != people.Pronoun || m.Person < 0 {
		return false
	}
	switch strings.ToLower(m.Text) {
	case "he", "she", "him", "her", "his":
	default:
		return false
	}
	before := f.text[sc.sp.Start:m.Start]
	if (strings.Count(before, "\"")+strings.Count(before, "“")-strings.Count(before, "”"))%2 == 0 {
		return false // not inside a quotation
	}
	rest := f.text[m.End:sc.sp.End]
	q := strings.IndexAny(rest, "\"”")
	if q < 0 {
		// The quotation runs on past the sentence: its speaker was named
		// before, in the paragraph ("\"Gethin won't be intimidated,\" said
		// Jones ... \"I imagine he will be on the tour.\"").
		return f.paragraphSpeaker(sc, m) == m.Person
	}
	after := m.End + q + 1
	for _, o := range sc.persons {
		if o.Start < after {
			continue
		}
		if o.Start-after > 40 {
			return false
		}
		between := strings.ToLower(f.text[after:o.Start])
		tail := strings.ToLower(strings.TrimSpace(f.text[o.End:min(o.End+12, sc.sp.End)]))
		for _, v := range []string{"said", "says", "told", "added", "insisted", "warned"} {
			if strings.Contains(between, v) || strings.HasPrefix(tail, v) {
				return o.Person == m.Person
			}
		}
		return false
	}
	if strings.TrimSpace(f.text[after:sc.sp.End]) == "" {
		return f.paragraphSpeaker(sc, m) == m.Person // the quotation ends the sentence: its speaker came before
	}
	return false
}

// ownedNoun reports a noun at token i owned by its traveller: a
// possessive right before it, an ordinal or adjective aside ("his
// appearance", "her first appearance", "Holt's only appearance").
func (f *finder) ownedNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := f.toks[k].w
		switch {
		case w == "his" || w == "her" || w == "their" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return true
		case f.toks[k].punct || w == "a" || w == "an" || w == "the" || w == "court":
			return false
		}
	}
	return false
}

// otherSubjectBetween reports a capitalised word that no mention covers
// standing as the subject right before the cue at token i (its
// auxiliaries aside), after the person mention ending at byte end: "U2
// will play Hampden while Oasis will also perform at the stadium in
// Glasgow" is the band's show, not the last person's named before it.
func (f *finder) otherSubjectBetween(i, end int) bool {
	toks := f.toks
	k := i - 1
	for k >= 0 && (inSet(futureWordsSet, toks[k].w) || inSet(pastWordsSet, toks[k].w) || inSet(presentWordsSet, toks[k].w) ||
		toks[k].w == "to" || toks[k].w == "also" || toks[k].w == "then" || frequencyAdverbs[toks[k].w]) {
		k--
	}
	if k < 1 || toks[k].start < end || toks[k].punct {
		return false
	}
	word := f.text[toks[k].start:toks[k].end]
	if !isCapitalised(word) || word == "I" || strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") {
		return false
	}
	for _, m := range f.cast.Mentions {
		if m.Start <= toks[k].start && toks[k].start < m.End {
			return false
		}
	}
	switch prev := toks[k-1].w; prev {
	case "while", "and", "but", "as", "whereas", "when", "after", "before", "that", "said", "says":
		return true // a clause of its own opens with the word
	}
	return false
}

// followingOwned reports "following" or "after" before the owner of the
// noun at token i: "following his appearance", "after her first
// appearance".
func (f *finder) followingOwned(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if w := f.toks[k].w; w == "his" || w == "her" || w == "their" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return f.toks[k-1].w == "following" || f.toks[k-1].w == "after"
		}
	}
	return false
}

// profileOpener reports a sentence that opens with "The", up to three
// modifiers (capitals allowed: "The Oscar winner", "The Hollywood
// star") and a noun for a person known by trade or fame, then the verb
// the cue at token i hangs on, with at most a speech verb and "on a"
// between: "The Oscar winner said on a visit to Sydney", "The singer
// will fly to Oslo". News copy varies the name of the one the story is
// about this way.
func (f *finder) profileOpener(sc *sentCtx, i int) bool {
	toks := f.toks
	if i < 3 || toks[0].w != "the" && toks[0].w != "The" {
		return false
	}
	h := -1
	for j := 1; j <= 4 && j < i; j++ {
		t := toks[j]
		if t.punct {
			return false
		}
		if profileNouns[t.w] || personNouns[t.w] || strings.HasSuffix(t.w, "-year-old") {
			h = j
			break
		}
	}
	if h < 0 {
		return false
	}
	for _, m := range sc.persons {
		if m.Start < toks[h].end {
			return false // "The Blair aide": someone's, not the story's person
		}
	}
	k := h + 1
	for k < i && (auxWords[toks[k].w] || frequencyAdverbs[toks[k].w]) {
		k++
	}
	switch {
	case k == i:
		return true // "The singer will fly to Oslo"
	case k+2 < i && (toks[k].w == "said" || toks[k].w == "says" || toks[k].w == "spoke") && (toks[k+1].w == "on" || toks[k+1].w == "during"):
		return k+3 == i && (toks[k+2].w == "a" || toks[k+2].w == "his" || toks[k+2].w == "her") // "said on a visit to"
	}
	return false
}

// profileNouns name a person by fame or trade in a description that
// stands for the story's subject: "the Oscar winner", "the rapper".
var profileNouns = map[string]bool{
	"winner": true, "star": true, "singer": true, "actor": true, "actress": true, "director": true,
	"film-maker": true, "filmmaker": true, "rapper": true, "musician": true, "guitarist": true,
	"songwriter": true, "novelist": true, "author": true, "writer": true, "comedian": true,
	"presenter": true, "broadcaster": true, "designer": true, "artist": true, "chef": true,
	"athlete": true, "striker": true, "midfielder": true, "golfer": true, "boxer": true, "sprinter": true,
}

// candidacyFor reports a journey noun at token i that is only sought, a
// place on it the thing in question: "strong cases for inclusion on this
// summer's tour to New Zealand", "in contention for selection for the
// tour", "hopes of a place on the trip". Who goes is not yet known.
func (f *finder) candidacyFor(i int) bool {
	switch f.toks[i].w {
	case "tour", "tours", "trip", "trips", "visit", "squad", "party":
	default:
		return false
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		t := f.toks[k]
		if t.punct {
			return false
		}
		switch t.w {
		case "on", "for", "in":
			switch f.toks[k-1].w {
			case "inclusion", "selection", "contention", "consideration", "frame", "running", "contenders", "candidates", "vying", "considered":
				return true // "in the frame for next summer's tour", "in the running for"
			case "place", "spot", "berth":
				// "hopes of a place on the tour"; "won a place on the
				// tour" tells of one who went.
				for j := k - 2; j >= 0 && j >= k-4; j-- {
					switch f.toks[j].w {
					case "won", "earned", "secured", "booked", "claimed", "had", "kept":
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// venueListGlue reports the words between byte offsets from and to as a
// second venue of a list whose first place came after "in": "and a credit
// union in", "and the school at". The first venue's place is the
// journey's, so the second's is too.
func (f *finder) venueListGlue(first places.Match, from, to int) bool {
	toks := f.toks
	a, b := -1, -1 // token range [a, b) of the glue
	for k, t := range toks {
		if t.start >= from && a < 0 {
			a = k
		}
		if t.end <= to {
			b = k + 1
		}
	}
	if a < 1 || b-a < 4 || b-a > 7 || toks[a].w != "and" || !venueDeterminer(toks[a+1].w) {
		return false
	}
	if w := toks[b-1].w; w != "in" && w != "at" {
		return false
	}
	// The first place came after "in" or "at" too.
	fi := -1
	for k, t := range toks {
		if t.start == first.Start {
			fi = k
		}
	}
	if fi < 2 || toks[fi-1].w != "in" && toks[fi-1].w != "at" {
		return false
	}
	for k := a + 2; k < b-1; k++ {
		t := toks[k]
		if t.punct || inSet(breakersSet, t.w) || isCapitalised(f.text[t.start:t.end]) {
			return false
		}
		if _, ok := cueOf(t.w); ok {
			return false // "and a meeting in", "and talks in": another act, told by its own cue
		}
	}
	return true
}

// venueDeterminer opens a venue's noun phrase.
func venueDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "another", "its", "their", "his", "her":
		return true
	}
	return false
}

// paragraphSpeaker is the person named with a speech verb right before or
// after the name, latest in the paragraph before pronoun m's sentence, or
// -1: the speaker of a quotation the paragraph goes on with.
func (f *finder) paragraphSpeaker(sc *sentCtx, m people.Mention) int {
	start := strings.LastIndex(f.text[:sc.sp.Start], "\n\n")
	if start < 0 {
		start = 0
	}
	best := -1
	for _, o := range f.cast.Mentions {
		if o.Start < start || o.End > sc.sp.Start || o.Kind != people.Name || o.Person < 0 {
			continue
		}
		before := strings.ToLower(f.text[max(start, o.Start-8):o.Start])
		after := strings.ToLower(f.text[o.End:min(o.End+8, sc.sp.Start)])
		for _, v := range []string{"said", "says", "added", "told", "insisted", "warned"} {
			if strings.HasSuffix(strings.TrimSpace(before), v) || strings.HasPrefix(strings.TrimSpace(after), v) {
				best = o.Person
			}
		}
	}
	return best
}
