package timex

import "github.com/newsroom/newsbot/extract/internal/wordset"

// lexTab is an immutable string-keyed table built from one of the word
// maps of this package, for the lookups the rules make token by token
// (the tense classes of every word of a dated sentence, the units and
// relatives after every "the"): a wordset.Table, which turns most words
// away before comparing a string. get is exactly the map lookup
// (TestLexTabsMatchMaps holds every table to its map).
type lexTab[V any] struct{ t wordset.Table[V] }

func newLexTab[V any](m map[string]V) *lexTab[V] { return &lexTab[V]{*wordset.New(m)} }

// get is v, ok := m[w] for the map t was built from.
func (t *lexTab[V]) get(w string) (V, bool) { return t.t.Get(w) }

// val is m[w]: the zero value when w is no key.
func (t *lexTab[V]) val(w string) V { return t.t.Val(w) }

// has reports whether w is a key of the map (whatever its value).
func (t *lexTab[V]) has(w string) bool { return t.t.Has(w) }

// Fast forms of the word maps the rules consult token by token.
var (
	weekdaysTab        = newLexTab(weekdays)
	weekdayPluralTab   = newLexTab(weekdayPlural)
	monthsTab          = newLexTab(months)
	monthAbbrTab       = newLexTab(monthAbbr)
	ambiguousMonthsTab = newLexTab(ambiguousMonths)
	monthCuesTab       = newLexTab(monthCues)
	unitsTab           = newLexTab(units)
	numberWordsTab     = newLexTab(numberWords)
	ordinalWordsTab    = newLexTab(ordinalWords)
	vagueQtyTab        = newLexTab(vagueQty)
	seasonsTab         = newLexTab(seasons)
	dayPartsTab        = newLexTab(dayParts)
	relativesTab       = newLexTab(relatives)
	setAdverbsTab      = newLexTab(setAdverbs)
	timeZonesTab       = newLexTab(timeZones)
	notYearAfterTab    = newLexTab(notYearAfter)
	notYearBeforeTab   = newLexTab(notYearBefore)
	wordClassTab       = newLexTab(wordClass)
	planIngTab         = newLexTab(planIng)
	reportingTab       = newLexTab(reporting)
	determinersTab     = newLexTab(determiners)
	notPastEDTab       = newLexTab(notPastED)
	notPurposeTab      = newLexTab(notPurpose)
	abbrevsTab         = newLexTab(abbrevs)
	clauseWordsTab     = newLexTab(clauseWords)
)
