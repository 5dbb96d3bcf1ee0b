package timex

import "testing"

// checkLexTab holds a lexTab to the map it was built from, on every key and
// on the given other words.
func checkLexTab[V comparable](t testing.TB, name string, m map[string]V, tab *lexTab[V], others []string) {
	t.Helper()
	for w, v := range m {
		if got, ok := tab.get(w); !ok || got != v {
			t.Errorf("%s.get(%q) = %v, %v; want %v, true", name, w, got, ok, v)
		}
	}
	for _, w := range others {
		want, wantOK := m[w]
		if got, ok := tab.get(w); ok != wantOK || got != want {
			t.Errorf("%s.get(%q) = %v, %v; want %v, %v", name, w, got, ok, want, wantOK)
		}
		if got := tab.val(w); got != want {
			t.Errorf("%s.val(%q) = %v; want %v", name, w, got, want)
		}
		if got := tab.has(w); got != wantOK {
			t.Errorf("%s.has(%q) = %v; want %v", name, w, got, wantOK)
		}
	}
}

// checkAllLexTabs checks every table of lextab.go on the words given.
func checkAllLexTabs(t testing.TB, others []string) {
	checkLexTab(t, "weekdays", weekdays, weekdaysTab, others)
	checkLexTab(t, "weekdayPlural", weekdayPlural, weekdayPluralTab, others)
	checkLexTab(t, "months", months, monthsTab, others)
	checkLexTab(t, "monthAbbr", monthAbbr, monthAbbrTab, others)
	checkLexTab(t, "ambiguousMonths", ambiguousMonths, ambiguousMonthsTab, others)
	checkLexTab(t, "monthCues", monthCues, monthCuesTab, others)
	checkLexTab(t, "units", units, unitsTab, others)
	checkLexTab(t, "numberWords", numberWords, numberWordsTab, others)
	checkLexTab(t, "ordinalWords", ordinalWords, ordinalWordsTab, others)
	checkLexTab(t, "vagueQty", vagueQty, vagueQtyTab, others)
	checkLexTab(t, "seasons", seasons, seasonsTab, others)
	checkLexTab(t, "dayParts", dayParts, dayPartsTab, others)
	checkLexTab(t, "relatives", relatives, relativesTab, others)
	checkLexTab(t, "setAdverbs", setAdverbs, setAdverbsTab, others)
	checkLexTab(t, "timeZones", timeZones, timeZonesTab, others)
	checkLexTab(t, "notYearAfter", notYearAfter, notYearAfterTab, others)
	checkLexTab(t, "notYearBefore", notYearBefore, notYearBeforeTab, others)
	checkLexTab(t, "wordClass", wordClass, wordClassTab, others)
	checkLexTab(t, "planIng", planIng, planIngTab, others)
	checkLexTab(t, "reporting", reporting, reportingTab, others)
	checkLexTab(t, "determiners", determiners, determinersTab, others)
	checkLexTab(t, "notPastED", notPastED, notPastEDTab, others)
	checkLexTab(t, "notPurpose", notPurpose, notPurposeTab, others)
	checkLexTab(t, "abbrevs", abbrevs, abbrevsTab, others)
	checkLexTab(t, "clauseWords", clauseWords, clauseWordsTab, others)
}

// Every table answers as its map: on all keys of all tables (each is a
// near miss for the others), on words of news copy, and on odd strings.
func TestLexTabsMatchMaps(t *testing.T) {
	others := []string{"", "a", "the", "minister", "Monday", "mondays'", "said", "'s", "’s",
		"wasn’t", "x", "décembre", "2024", "ed", "aged", "learned", "years", "yearss", "mayor"}
	for w := range triggers {
		others = append(others, w, w+"s", w[:len(w)-1])
	}
	for w := range wordClass {
		others = append(others, w, "x"+w)
	}
	for w := range notPastED {
		others = append(others, w)
	}
	checkAllLexTabs(t, others)
}

// FuzzLexTab compares every table with its map on arbitrary words.
func FuzzLexTab(f *testing.F) {
	for _, w := range []string{"", "friday", "weeks", "said", "hundred", "mid", "p.m."} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkAllLexTabs(t, []string{w})
	})
}
