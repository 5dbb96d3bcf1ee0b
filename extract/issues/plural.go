package issues

import "strings"

// pluralDisputes are dispute nouns in the plural: alone they name no
// thread ("Protests", "Strikes"); whose, over what or where makes one.
var pluralDisputes = map[string]bool{
	"protests": true, "strikes": true, "walkouts": true, "demonstrations": true, "rallies": true,
	"clashes": true, "riots": true, "blockades": true, "stoppages": true, "boycotts": true, "marches": true,
}

// barePluralTitle completes a bare plural dispute title from the copy:
// "Protests by taxi drivers", "Strikes at Port of Antwerp", "Protests over
// fuel prices". ok is false when title is no bare plural dispute; t is ""
// when the copy never says whose or over what (the title names nothing).
func (a *analyser) barePluralTitle(title string) (t string, ok bool) {
	if len(title) < 5 || len(title) > 14 || title[len(title)-1] != 's' {
		return "", false // no plural dispute, without a look-up
	}
	lw := strings.ToLower(title)
	if !pluralDisputes[lw] {
		return "", false
	}
	for _, prep := range []string{" by ", " over ", " against ", " at ", " in "} {
		for _, form := range []string{title, lw} {
			i := indexRare(a.text, form+prep)
			if i < 0 || i > 0 && isLetter(a.text[i-1]) {
				continue
			}
			rest := a.text[i+len(form)+len(prep):]
			var obj string
			if prep == " at " || prep == " in " {
				obj = placeRun(skipThe(rest))
				if obj == "" || isMonthOrDay(obj) {
					continue // "protests in March", "strikes at dawn"
				}
			} else if obj = a.contentAfter(rest); obj == "" {
				obj = a.contentAfter(skipThe(rest))
			}
			if obj != "" {
				if r := nameRest(obj, rest[strings.Index(rest, obj)+len(obj):]); r != "" {
					obj += r
				}
				return title + prep + obj, true
			}
		}
	}
	return "", true
}

// skipThe drops a leading "the ".
func skipThe(s string) string {
	if r, ok := strings.CutPrefix(s, "the "); ok {
		return r
	}
	return s
}

// isMonthOrDay reports a capitalised run that is a date word.
func isMonthOrDay(s string) bool {
	return newsWhen[strings.ToLower(s)]
}

// placeRun is capitalRun across "of" between capitals: "Port of Antwerp".
func placeRun(s string) string {
	run := capitalRun(s)
	if run == "" || strings.ContainsAny(run, ",.;:") {
		return run
	}
	if rest, ok := strings.CutPrefix(s[len(run):], " of "); ok {
		if more := capitalRun(rest); more != "" {
			return run + " of " + more
		}
	}
	return run
}
