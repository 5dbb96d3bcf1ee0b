package quotes

import "strings"

// statute9 reports whether a short quoted phrase is the wording of a legal
// test or rule that a body must apply, not the words of the sources a
// parenthetical verb of saying (or "according to") names earlier in
// the sentence: in "The
// hardest, lawyers said, will be Canada, where the minister must decide
// whether the deal is of “net benefit” to the country." the lawyers said
// which approval is hardest; “net benefit” is the statute's. The phrase
// must stand in a clause opened after that parenthetical (", where",
// ", which", "whether") in which a verb of deciding or showing comes
// before the marks, with no verb of saying of its own.
func (a *attributor) statute9(sp span) bool {
	s := a.s
	if !sp.closed || sp.end-sp.start > 80 || sp.end <= sp.start {
		return false
	}
	t := s[sp.start:sp.end]
	if !plainWords3(t, false) || countWords(t, 0, len(t)) > 8 {
		return false
	}
	st := a.sentStart(max(sp.paraA, sp.open-600), sp.open)
	seg := s[st:sp.open]
	// The parenthetical verb of saying: ", lawyers said, " before the
	// clause that holds the marks. Most sentences have none.
	pc, pe := -1, -1
	for _, v := range [...]string{" said, ", " say, ", " says, "} {
		if i := strings.Index(seg, v); i >= 0 && (pc < 0 || i < pc) {
			pc, pe = i, i+len(v)
		}
	}
	if pc >= 0 {
		if c := strings.LastIndexByte(seg[:pc], ','); c < 0 || pc-c > 60 {
			return false // not set off: "Lawyers said, however, ..."
		}
	} else if i := strings.Index(seg, ", according to "); i >= 0 {
		// ", according to lawyers, ": the same aside.
		c := strings.IndexByte(seg[i+15:], ',')
		if c < 0 || c > 60 {
			return false
		}
		pc, pe = i, i+15+c+1
	} else {
		return false
	}
	rest := seg[pe:]
	op := -1
	for _, o := range [...]string{", where ", ", which ", " whether "} {
		if i := strings.Index(rest, o); i >= 0 && (op < 0 || i < op) {
			op = i
		}
	}
	if op < 0 {
		return false
	}
	test := false
	for p := op + 1; p < len(rest); {
		for p < len(rest) && !isLetterByte(rest[p]) {
			p++
		}
		e := p
		for e < len(rest) && isLetterByte(rest[e]) {
			e++
		}
		if e == p {
			break
		}
		w := rest[p:e]
		if cueOf(w)&cueVerb != 0 && !testVerb9(w) {
			return false // the clause has a speaker of its own
		}
		if testVerb9(w) {
			test = true
		}
		p = e
	}
	return test
}

// testVerb9 reports whether w is a verb by which a body applies a legal
// test: "must decide whether", "has to show that".
func testVerb9(w string) bool {
	switch strings.ToLower(w) {
	case "decide", "decides", "determine", "determines", "assess", "assesses", "judge", "judges",
		"establish", "establishes", "prove", "proves", "show", "shows", "demonstrate", "demonstrates",
		"satisfy", "satisfied", "certify", "certifies", "weigh", "weighs", "conclude", "concludes":
		return true
	}
	return false
}
