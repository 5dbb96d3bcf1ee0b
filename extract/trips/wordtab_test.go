package trips

import "testing"

// checkWordTab holds a wordTab to the map it was made from, on every key
// and on the other words given.
func checkWordTab[V comparable](t testing.TB, name string, m map[string]V, tab *wordTab[V], others []string) {
	t.Helper()
	for w, v := range m {
		if got, ok := tab.get(w); !ok || got != v {
			t.Errorf("%s.get(%q) = %v, %v; want %v, true", name, w, got, ok, v)
		}
	}
	for _, w := range others {
		want, wantOK := m[w]
		if len(w) > quickMaxLen {
			want, wantOK = *new(V), false // get holds no longer word
		}
		if got, ok := tab.get(w); ok != wantOK || got != want {
			t.Errorf("%s.get(%q) = %v, %v; want %v, %v", name, w, got, ok, want, wantOK)
		}
	}
}

// checkWordTabs checks the tables the rules consult.
func checkWordTabs(t testing.TB, others []string) {
	checkWordTab(t, "cues", cues, cueTab, others)
	checkWordTab(t, "eventNouns", eventNouns, eventNounTab, others)
	checkWordTab(t, "cancelWords", cancelWords, cancelTab, others)
	checkWordTab(t, "destPreps", destPreps, destPrepsSet, others)
	checkWordTab(t, "determiners", determiners, determinersSet, others)
	checkWordTab(t, "breakers", breakers, breakersSet, others)
	checkWordTab(t, "roleNouns", roleNouns, roleNounsSet, others)
	checkWordTab(t, "vocab", vocab, vocabTab, others)
}

// Every table answers as its map, on its keys, the keys of the others
// (near misses) and words of news copy.
func TestWordTabsMatchMaps(t *testing.T) {
	others := []string{"", "a", "the", "Visit", "visits'", "minister", "Beijing", "x", "travelling",
		"abcdefghijklm", "’s", "talks", "with", "in", "at", "reporters"}
	for w := range vocab {
		others = append(others, w, w+"s", w[:len(w)-1], "x"+w)
	}
	checkWordTabs(t, others)
	// The cue and event of every word, through wordInfoTab, as cueOf and
	// isEventNoun give them.
	for _, w := range others {
		in, _ := wordInfoTab.get(w)
		tok := token{w: w, ci: in.ci, event: in.event}
		c, ok := tok.cueOf()
		wc, wok := cueOf(w)
		if c != wc || ok != wok || tok.event != isEventNoun(w) {
			t.Errorf("%q: cue %v %v, event %v; want %v %v, %v", w, c, ok, tok.event, wc, wok, isEventNoun(w))
		}
	}
}

// FuzzWordTab compares the tables with their maps on arbitrary words.
func FuzzWordTab(f *testing.F) {
	for _, w := range []string{"", "visit", "summit", "talks", "ABC"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkWordTabs(t, []string{w})
	})
}
