package issues

import "strings"

// A thread the copy tells with a verb ("India banned exports of onions")
// and then names by a bare noun ("the ban", "criticised the ban") is
// titled by the noun alone, which tells an editor nothing. The verb's
// object says what the ban is on: "Ban on onion exports".

// bareVerbNoun is a bare dispute noun with the verb forms that tell it
// and the preposition its object takes as a noun.
type bareVerbNoun struct {
	verbs []string
	prep  string
}

var bareVerbNouns = map[string]bareVerbNoun{
	"ban":     {[]string{"banned", "bans", "banning"}, "on"},
	"boycott": {[]string{"boycotted", "boycotting", "boycotts"}, "of"},
	"curbs":   {[]string{"curbed", "curbing"}, "on"},
}

// tradeHeads take their goods before them: "exports of onions" is
// "onion exports".
var tradeHeads = map[string]bool{"exports": true, "imports": true, "sales": true, "shipments": true}

// bareVerbTitle is title completed by the object of its verb in the copy
// ("Ban" → "Ban on onion exports"), or "" when title is no bare dispute
// noun or the copy gives it no object.
func (a *analyser) bareVerbTitle(title string) string {
	if len(title) > len("boycott") || strings.IndexByte(title, ' ') >= 0 {
		return "" // every title but a bare noun, without a look-up
	}
	var e bareVerbNoun
	ok := false
	for k, v := range bareVerbNouns {
		if strings.EqualFold(k, title) {
			e, ok = v, true
			break
		}
	}
	if !ok {
		return ""
	}
	for _, v := range e.verbs {
		i := indexRare(a.text, " "+v+" ")
		if i < 0 {
			continue
		}
		rest := a.text[i+len(v)+2:]
		for _, d := range []string{"the ", "all ", "new "} {
			rest = strings.TrimPrefix(rest, d)
		}
		obj := a.contentAfter(rest)
		if obj == "" {
			continue
		}
		rest = rest[len(obj):]
		if of, ok := strings.CutPrefix(rest, " of "); ok {
			if goods := a.contentAfter(of); goods != "" && tradeHeads[strings.ToLower(obj)] {
				obj = stem(strings.ToLower(goods)) + " " + obj
			}
		}
		return title + " " + e.prep + " " + obj
	}
	return ""
}

// stateNouns name a state of affairs that stays open until it ends: a bare
// title of the issue telling one is what it is a state of ("Medicine" of
// "a shortage of the medicine" → "Medicine shortage").
var stateNouns = map[string]bool{"shortage": true, "backlog": true, "outbreak": true}

// stateTitle is the bare one-word title of is joined to the state noun among
// its units ("Medicine shortage"), or "".
func (a *analyser) stateTitle(is *issue, title string) string {
	if is.lead != nil || strings.ContainsAny(title, " -") || len(is.units) == 0 || is.units[0].person >= 0 || is.units[0].proper {
		return ""
	}
	for _, u := range is.units[1:] {
		if len(u.words) == 1 && stateNouns[u.words[0]] && u.words[0] != is.units[0].words[0] {
			return title + " " + u.words[0]
		}
	}
	return ""
}

// threadForm reports a phrase headed by a noun that names a thread of its
// own ("asylum bill", "export ban"): it titles an issue better than a
// longer phrase told more lightly ("asylum policy hostage" of a quote).
func threadForm(u *unit) bool {
	if len(u.words) < 2 {
		return false
	}
	h := u.words[len(u.words)-1]
	return threadNouns[h] || frameNouns[h] != "" || caseNouns[h]
}

// adverbTitle reports a title the chunker ran on into an adverb ("Fans
// racially" of "fans racially abused a forward"): a clause cut short,
// no thread.
func adverbTitle(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	if i < 0 {
		return false
	}
	last := title[i+1:]
	if len(last) <= 4 || !strings.HasSuffix(last, "ly") {
		return false
	}
	return !nounsInLy[strings.ToLower(last)]
}
