package places

import (
	"strings"
	"testing"
)

// refLookup and refDemonym are Lookup and Demonym as first written: the
// fast versions must answer as they do.
func refLookup(name string) (Place, bool) {
	gaz := gazetteer()
	p, ok := gaz.folded[strings.ToLower(strings.TrimSpace(name))]
	return p, ok
}

func refDemonym(word string) (string, bool) {
	gaz := gazetteer()
	if e, ok := gaz.exact[word]; ok && e.demonym {
		return e.place.Country, true
	}
	if strings.HasSuffix(word, "s") {
		if e, ok := gaz.exact[word[:len(word)-1]]; ok && e.demonym {
			return e.place.Country, true
		}
	}
	return "", false
}

func checkLookupRef(t *testing.T, s string) {
	t.Helper()
	if p, ok := Lookup(s); true {
		if wp, wok := refLookup(s); p != wp || ok != wok {
			t.Fatalf("Lookup(%q) = %+v, %v; reference %+v, %v", s, p, ok, wp, wok)
		}
	}
	if c, ok := Demonym(s); true {
		if wc, wok := refDemonym(s); c != wc || ok != wok {
			t.Fatalf("Demonym(%q) = %q, %v; reference %q, %v", s, c, ok, wc, wok)
		}
	}
}

// TestLookupMatchesReference asks every name of the tables, in several
// spellings, and words around them.
func TestLookupMatchesReference(t *testing.T) {
	gaz := gazetteer()
	for name := range gaz.exact {
		for _, s := range []string{name, strings.ToLower(name), strings.ToUpper(name), " " + name + "\t", name + "s", name + "'s", "\u00a0" + name, name[:len(name)-1]} {
			checkLookupRef(t, s)
		}
	}
	for _, s := range []string{"", " ", "s", "S", "Britons", "Americans", "beijing ", " U.S. ", "KYIV", "São Paulo", "SÃO PAULO", "İstanbul", strings.Repeat("A", 64), strings.Repeat("a", 65), "Chinese", "chinese"} {
		checkLookupRef(t, s)
	}
}

func FuzzLookupMatchesReference(f *testing.F) {
	f.Add("Beijing")
	f.Add(" u.s. ")
	f.Add("Britons")
	f.Add("Zürich\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		checkLookupRef(t, s)
	})
}
