package issues

import "strings"

// Lead phrases that only set the scene of the lead's event: where it
// happened ("nights in unsafe lay-bys", "cash in a restaurant car park")
// or the fixture it touches ("at its annual meeting", "out of next year's
// world championships"). The thread is the event itself, which the
// weighed issues tell.

// scenePreps put the phrase after them in a place.
var scenePreps = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "beside": true}

// relativePronouns open a clause whose next word is its verb.
var relativePronouns = map[string]bool{"which": true, "who": true, "that": true}

// eventHeads are fixtures of a calendar: a meeting or a championship is
// when something was decided, not what is disputed.
var eventHeads = map[string]bool{
	"meeting": true, "championship": true, "games": true, "tournament": true, "ceremony": true,
	"concert": true, "festival": true, "gala": true, "season": true,
}

// leadScene reports whether lead phrase ph sets the scene: it follows a
// place preposition (past determiners and numbers) after a noun, or its
// head names a fixture.
func (a *analyser) leadScene(ph *leadPhrase) bool {
	a.keyBuf = appendStem(a.keyBuf[:0], a.text[ph.head:ph.headEnd])
	if eventHeads[string(a.keyBuf)] || eventHeads[strings.ToLower(a.text[ph.head:ph.headEnd])] {
		return true
	}
	if institutionNouns[string(a.keyBuf)] {
		return true // "Spanish football's disciplinary committee": who rules, not what
	}
	if first, rest, ok := strings.Cut(a.text[ph.start:ph.end], " "); ok && degreeWords[strings.ToLower(first)] && !strings.Contains(rest, " ") {
		return true // "a harder fight to pass the law": how hard, not what
	}
	if w, _ := wordBefore(a.text, ph.start); relativePronouns[w] && startsLower(a.text[ph.start:ph.end]) {
		return true // "which rely on Indian supplies": a relative clause's verb, not a thing
	}
	i := ph.start
	for {
		w, k := wordBefore(a.text, i)
		if w == "" {
			return false
		}
		if scenePreps[w] {
			// "nights in unsafe lay-bys" sets a scene; "injured in an
			// exchange of fire" names the event.
			v, _ := wordBefore(a.text, k)
			return v != "" && !edWord(v) && !strings.HasSuffix(v, "ing") && !irregularPast[v] && !lexOf(v).det()
		}
		if lx := lexOf(w); !lx.det() && !numberWords[w] {
			return false
		}
		i = k
	}
}

// caseCovered reports whether ph is headed by a case noun ("trial in
// Lisbon") while an issue of out is already somebody's case ("Rui
// Teixeira's case"): the same trial, told twice.
func (a *analyser) caseCovered(out []*issue, ph *leadPhrase) bool {
	a.keyBuf = appendStem(a.keyBuf[:0], a.text[ph.head:ph.headEnd])
	if !caseNouns[string(a.keyBuf)] {
		return false
	}
	for _, is := range out {
		if is.lead == nil && len(is.units) > 0 && is.units[0].caseOf {
			return true
		}
	}
	return false
}

// noConfidenceTitle names the lead phrase of "a motion of no confidence in
// parliament" as the thread it is ("No-confidence motion"), or "": the
// chunker reads "confidence in parliament", a phrase that says the opposite.
func (a *analyser) noConfidenceTitle(ph *leadPhrase) string {
	if !strings.EqualFold(a.text[ph.head:ph.headEnd], "confidence") {
		return ""
	}
	no, k := wordBefore(a.text, ph.start)
	if no != "no" {
		return ""
	}
	of, k := wordBefore(a.text, k)
	if of != "of" {
		return ""
	}
	if what, _ := wordBefore(a.text, k); what == "motion" || what == "vote" {
		return "No-confidence " + what
	}
	return ""
}

// verbClauseComma is where a headline's second clause, with the first
// one's subject and its own verb, starts after a comma ("Dutch PM survives
// no-confidence vote, vows to push asylum bill through"): the index of the
// comma, or -1. A closing first clause then closes only its own thread.
func verbClauseComma(h string) int {
	for i := 0; i+2 < len(h); i++ {
		if h[i] != ',' || h[i+1] != ' ' {
			continue
		}
		w, _, _ := strings.Cut(h[i+2:], " ")
		if headlineVerb[w] == 1 && strings.HasSuffix(w, "s") {
			return i
		}
	}
	return -1
}

// headlineGoesOn reports a headline with a second clause after the one
// that ends a thread ("survives no-confidence vote, vows to push asylum
// bill through"): the story is more than its end.
func (a *analyser) headlineGoesOn() bool {
	return a.headline && verbClauseComma(a.sents[0].Text) > 0
}

// bareRecord reports the protagonist's thread read as their bare "record"
// ("she defended Brennan's record"): a stance on them, not a thread; "his
// human rights record" says which record and stays.
func (a *analyser) bareRecord(ph *leadPhrase) bool {
	r := ph.runs[0]
	return ph.nRuns == 1 && strings.EqualFold(a.text[r.start:r.end], "record")
}
