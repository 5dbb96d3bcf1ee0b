package issues

// Word classes. The rules ask a dozen word lists about the same word (the
// head of a phrase: is it an actor, a partitive, a body, an adverb ...);
// one look-up in wordClasses answers for all of them at once, where a map
// per list would hash the word again each time.

// wclass is a set of the word lists a word is in.
type wclass uint64

const (
	wActor wclass = 1 << iota
	wPartitive
	wOrgHead
	wInstitution
	wNounLy
	wAdverb
	wVerbS
	wVague
	wTime
	wEmptyHead
	wIrregularPast
	wRole
	wItinerary
	wSetting
	wPlace
	wContested
	wVerbLike
	wCaseNoun
	wParticle
	wIngNoun
	wIdiom
	wGeneric
	wDisputeNoun
	wNumber
	wVerbBefore
	wThread
	wDegree
	wNounAl
	wTopical // lexicon[w].topical()
	wLexicon // in lexicon at all
)

// classLists are the lists wordClasses joins, with their classes.
var classLists = []struct {
	set map[string]bool
	c   wclass
}{
	{actorNouns, wActor}, {partitiveHeads, wPartitive}, {orgHeads, wOrgHead}, {institutionNouns, wInstitution},
	{nounsInLy, wNounLy}, {adverbs, wAdverb}, {verbsInS, wVerbS}, {vagueTitles, wVague}, {timeNouns, wTime},
	{emptyHeads, wEmptyHead}, {irregularPast, wIrregularPast}, {roleNouns, wRole}, {itineraryNouns, wItinerary},
	{settingNouns, wSetting}, {placeNouns, wPlace}, {contestedModifiers, wContested}, {verbLike, wVerbLike},
	{caseNouns, wCaseNoun}, {particles, wParticle}, {ingNouns, wIngNoun}, {idiomKeys, wIdiom}, {generic, wGeneric},
	{disputeNouns, wDisputeNoun}, {numberWords, wNumber}, {verbBefore, wVerbBefore}, {threadNouns, wThread},
	{degreeWords, wDegree}, {nounsInAl, wNounAl},
}

// classSlot is a word with its classes, its lexicon entry and its
// disputeSynonyms group.
type classSlot struct {
	key string // "" for an empty slot
	c   wclass
	lex lexEntry
	syn uint8
}

// classTable is an immutable open-addressing table of classSlots, keyed
// by the word itself (a hit compares the strings, so the answer is the
// lists' own).
type classTable struct {
	slots []classSlot
	mask  uint64
}

var wordClasses = buildClasses()

func buildClasses() classTable {
	all := map[string]*classSlot{}
	slot := func(w string) *classSlot {
		s := all[w]
		if s == nil {
			s = &classSlot{key: w}
			all[w] = s
		}
		return s
	}
	for _, l := range classLists {
		for w, in := range l.set {
			if in {
				slot(w).c |= l.c
			}
		}
	}
	for w, e := range lexicon {
		s := slot(w)
		s.lex = e
		s.c |= wLexicon
		if e.topical() {
			s.c |= wTopical
		}
	}
	for w, g := range disputeSynonyms {
		slot(w).syn = g
	}
	n := 1
	for n < 2*len(all) {
		n <<= 1
	}
	t := classTable{slots: make([]classSlot, n), mask: uint64(n - 1)}
	for w, s := range all {
		if w == "" {
			continue // the empty slot's key; "" is in no list
		}
		i := classHash(w) & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = *s
	}
	return t
}

// classHash is FNV-1a of w, mixed so that its low bits index the table.
func classHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h ^ h>>29
}

// find is the slot of w, or nil.
func (t *classTable) find(w string) *classSlot {
	return t.findHashed(w, fnvString(w))
}

// findHashed is find for a word whose FNV-1a hash (fnvString) the caller
// has: a unit's head word's, taken for its bloom bits.
func (t *classTable) findHashed(w string, fnvHash uint64) *classSlot {
	if w == "" {
		return nil
	}
	for i := (fnvHash ^ fnvHash>>29) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == w {
			return s
		}
		if s.key == "" {
			return nil
		}
	}
}

// classOf is the set of lists w is in.
func classOf(w string) wclass {
	if s := wordClasses.find(w); s != nil {
		return s.c
	}
	return 0
}

// synOf is disputeSynonyms[w].
func synOf(w string) uint8 {
	if s := wordClasses.find(w); s != nil {
		return s.syn
	}
	return 0
}

// lexOf is lexicon[w].
func lexOf(w string) lexEntry {
	if s := wordClasses.find(w); s != nil {
		return s.lex
	}
	return lexEntry{}
}
