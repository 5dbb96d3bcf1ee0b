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
	// The parenthetical: ", lawyers said, " or ", according to lawyers,
	// " before the clause that holds the marks. Most sentences have
	// neither: the commas before the marks are few, and tested first,
	// before the words in marks or the sentence start are looked at.
	lo := max(sp.paraA, sp.open-600)
	pc, pe := -1, -1
	for p := lo; p < sp.open; p++ {
		c := strings.IndexByte(s[p:sp.open], ',')
		if c < 0 {
			break
		}
		p += c
		if v := wordBack(s, lo, p); v >= 0 && (s[v:p] == "said" || s[v:p] == "say" || s[v:p] == "says") && p+1 < sp.open && s[p+1] == ' ' {
			if b := strings.LastIndexByte(s[lo:v], ','); b >= 0 && v-(lo+b) <= 60 {
				pc, pe = v, p+2
				break
			}
		}
		if strings.HasPrefix(s[p:sp.open], ", according to ") {
			// ", according to lawyers, ": the same aside.
			q := p + 15
			if c := strings.IndexByte(s[q:sp.open], ','); c >= 0 && c <= 60 {
				pc, pe = p, q+c+2
				break
			}
		}
	}
	if pc < 0 || pe > sp.open {
		return false
	}
	t := s[sp.start:sp.end]
	if !plainWords3(t, false) || countWords(t, 0, len(t)) > 8 {
		return false
	}
	if st := a.sentStart(lo, sp.open); st > pc {
		return false // the aside is in a sentence before
	}
	seg := s[:sp.open]
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

// label9 reports whether the words in marks label a class of things a
// rule covers, in a reduced relative clause after a plural noun: "let
// the commissioner remove posts deemed “harmful to children”", "content
// considered “likely to incite”". No one said them; "he deemed it
// “unacceptable”" and "was deemed “unsafe”" are left to the attribution.
func (a *attributor) label9(sp span) bool {
	s := a.s
	if !sp.closed || sp.end-sp.start > 80 {
		return false
	}
	b1, w1 := prevWord3(s, sp.paraA, sp.open)
	if b1 < 0 {
		return false
	}
	switch w1 {
	case "deemed", "considered", "classed", "classified", "designated", "judged":
	default:
		return false
	}
	_, w0 := prevWord3(s, sp.paraA, b1)
	// A plural common noun: "posts", "sites", "materials", not "it",
	// "was" nor "has".
	if len(w0) < 4 || w0[0] < 'a' || w0[0] > 'z' || w0[len(w0)-1] != 's' || strings.HasSuffix(w0, "ss") || copula3(w0) || functionWord3(w0) {
		return false
	}
	switch w0 {
	case "has", "was", "is", "this", "its", "his", "hers", "ours", "yours", "theirs", "always", "perhaps", "sometimes", "does":
		return false
	}
	return plainWords3(s[sp.start:sp.end], false)
}
