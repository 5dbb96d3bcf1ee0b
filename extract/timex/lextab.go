package timex

import "sort"

// lexTab is an immutable string-keyed table built from one of the word
// maps of this package, for the lookups the rules make token by token
// (the tense classes of every word of a dated sentence, the units and
// relatives after every "the"). Most looked-up words are in no table: the
// words sit in buckets by length and first byte, and a bucket's mask of
// last bytes turns most other words away before any string is compared,
// where a Go map hashes the whole string first. get is exactly the map
// lookup (TestLexTabsMatchMaps holds every table to its map).
type lexTab[V any] struct {
	bucket [16 * 32]lexBucket // by lexBucketOf
	words  []string
	vals   []V
	// the empty word, which has no bucket
	emptyVal V
	emptyOK  bool
}

// lexBucket is the range [from, to) of words of one bucket; last has bit
// c&31 set for the last byte c of each.
type lexBucket struct {
	from, to uint16
	last     uint32
}

// lexBucketOf is the bucket of a non-empty word: its length mod 16 and
// first byte mod 32.
func lexBucketOf(w string) int { return len(w)&15<<5 | int(w[0]&31) }

func newLexTab[V any](m map[string]V) *lexTab[V] {
	t := &lexTab[V]{}
	words := make([]string, 0, len(m))
	for w, v := range m {
		if w == "" {
			t.emptyVal, t.emptyOK = v, true
			continue
		}
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if a, b := lexBucketOf(words[i]), lexBucketOf(words[j]); a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	if len(words) >= 1<<16 {
		panic("timex: too many words for a lexTab")
	}
	for _, w := range words {
		b := &t.bucket[lexBucketOf(w)]
		if b.to == 0 {
			b.from = uint16(len(t.words))
		}
		t.words = append(t.words, w)
		t.vals = append(t.vals, m[w])
		b.to = uint16(len(t.words))
		b.last |= 1 << (w[len(w)-1] & 31)
	}
	return t
}

// get is v, ok := m[w] for the map t was built from.
func (t *lexTab[V]) get(w string) (V, bool) {
	if len(w) == 0 {
		return t.emptyVal, t.emptyOK
	}
	b := &t.bucket[lexBucketOf(w)]
	if b.last>>(w[len(w)-1]&31)&1 != 0 {
		for k := b.from; k < b.to; k++ {
			if t.words[k] == w {
				return t.vals[k], true
			}
		}
	}
	var zero V
	return zero, false
}

// val is m[w]: the zero value when w is no key.
func (t *lexTab[V]) val(w string) V {
	v, _ := t.get(w)
	return v
}

// has reports whether w is a key of the map (whatever its value).
func (t *lexTab[V]) has(w string) bool {
	_, ok := t.get(w)
	return ok
}

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
)
