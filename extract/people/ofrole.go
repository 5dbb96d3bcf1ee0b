package people

// Two wire shapes state a role without a role phrase beside the name in
// the usual way: the body a person speaks for ("Ann Ode, of the nurses'
// union, said") and a role set before the name by "As" ("As finance
// director, Ann Ode will ...").

// ofPlaceWords are organisation heads that are also parts of addresses:
// "Tom Hale, of Mill Street," gives where he lives, not whom he speaks
// for.
var ofPlaceWords = wordSetOf("street", "road", "avenue", "lane", "hall", "palace", "square", "park", "green", "hill", "close", "drive", "way", "row", "place", "capital")

// ofBodyWords are lower-case words, beyond the lexicon's organisation
// nouns, that name the kind of body a firm is: "of brokers Carrow
// Hale", "of consultants Ode Partners", "of the Carrow Laboratories".
var ofBodyWords = wordSetOf("brokers", "broker", "stockbrokers", "stockbroker", "consultants", "consultancy", "accountants",
	"laboratories", "laboratory", "lab", "pollsters", "researchers", "analysts", "think-tank", "thinktank", "lobby",
	"sector", "industry", "commissioners", "firms", "unions", "charities", "hospital", "school", "college")

// ofNotBodyWords are organisation nouns that say nothing of a person's
// role: "Tom Hale, of the Hale family," "of the public".
var ofNotBodyWords = wordSetOf("family", "crowd", "audience", "public", "electorate", "bench", "panel")

// wordSetOf builds a small set of lower-case words.
func wordSetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ofAffiliation reads the body a person speaks for when it follows the
// name set off by commas with "of": "Jonathan Cole, of the hauliers'
// association, said" gives the role "of the hauliers' association", as
// "a spokesman for X" gives "spokesman for X". Token a is the "of". A
// place of origin written the same way ("Tom Hale, of Leeds, said") is
// no role: the phrase must name a body, by an organisation noun
// ("union", "newspaper", "University"), a one-word organisation
// ("Reuters") or an acronym that is no place ("ING").
func (f *finder) ofAffiliation(c *cand, a int) {
	if c.role != "" || a+1 >= len(f.toks) || !f.toks[a].is(tLower) || !f.lowerIs(a, "of") || f.toks[a].sent != f.toks[c.b-1].sent {
		return
	}
	end := -1
	for k := a + 1; k < len(f.toks) && k < a+10 && f.toks[k].sent == f.toks[a].sent; k++ {
		if f.toks[k].is(tInQuote) != f.toks[a].is(tInQuote) {
			return
		}
		if f.setOff(k) || f.toks[k].is(tDotAfter) {
			end = k
			break
		}
	}
	if end < 0 {
		return
	}
	body := false
	for k := a + 1; k <= end; k++ {
		t := &f.toks[k]
		w := f.word(k)
		low := foldLower(w)
		if t.lex&lexSpeech != 0 && t.is(tLower) {
			return // "of Leeds said" runs into the clause
		}
		if t.lex&lexFunc != 0 {
			// Articles and the "of" of a body's name ("the University of
			// Kent") may stand inside; "of which", "of course" may not.
			if k == a+1 && !f.lowerIs(k, "the") || !f.lowerIs(k, "the", "of", "for", "and", "&", "against", "on", "in") {
				return
			}
			continue
		}
		// An address ends in its street word ("of Mill Street"); "the
		// Green Party" is a body.
		if k == end && ofPlaceWords[low] || ofNotBodyWords[low] {
			return
		}
		switch {
		case t.lex&(lexOrgHead|lexOrgNoun) != 0 && t.lex&lexPlace == 0, ofBodyWords[low]:
			body = true
		case t.lex&lexOrgSingle != 0 && t.is(tCap):
			body = true
		case t.is(tAllCaps) && t.lex&(lexPlace|lexNat) == 0 && len(w) >= 2:
			body = true
		case t.is(tLower) && t.lex&(lexRoleMod|lexNat) == 0 && k == a+1:
			// "of course", "of old": a lower-case word right after "of"
			// is a body only as a kind of firm ("of brokers ING").
			if !ofBodyWords[low] {
				return
			}
		}
	}
	if !body {
		return
	}
	c.role = f.s[int(f.toks[a].start):int(f.toks[end].end)]
}

// foldLower lower-cases an ASCII word; other bytes are kept.
func foldLower(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// asNotRoles are role nouns that say what a person was or is beside any
// office: "As a child, Ann Ode lived in Accra", "As a mother, she ...".
var asNotRoles = wordSetOf("child", "boy", "girl", "man", "woman", "person", "guy", "teen", "teenager", "youngster",
	"schoolboy", "schoolgirl", "student", "pupil", "mother", "father", "parent", "mom", "dad", "son", "daughter",
	"wife", "husband", "brother", "sister", "widow", "friend", "fan", "voter", "citizen", "national", "resident",
	"victim", "survivor", "witness", "suspect", "defendant", "newcomer", "pensioner", "retiree", "member", "figure",
	"source", "insider", "veteran", "rookie", "supporter", "opponent", "rival", "ally", "colleague", "counterpart",
	"host", "viewer", "caller", "spectator", "attendee", "protester", "protestor", "worker", "employee", "volunteer", "donor", "backer")

// asRole reads a role set before the name by a sentence-opening "As":
// "As chief operating officer, Ann Ode will run the plants", "As head of
// the inquiry, Tom Hale has ...". The phrase is role words ending in a
// role noun, which a prepositional phrase may follow; "As a child", "As
// expected" and "As well as" give no role.
func (f *finder) asRole(c *cand) {
	r := c.a - 1
	if c.role != "" || r < 1 || !f.toks[r].is(tCommaAfter) || f.toks[r].sent != f.toks[c.a].sent {
		return
	}
	as := -1
	for k := r - 1; k >= 0 && k >= r-9 && f.toks[k].sent == f.toks[r].sent; k-- {
		if f.toks[k].is(tCommaAfter) || f.toks[k].is(tDotAfter) {
			return
		}
		if f.toks[k].is(tSentStart) {
			as = k
			break
		}
	}
	if as < 0 || !f.toks[as].is(tCap) || !f.lowerIs(as, "as") {
		return
	}
	a := as + 1
	if f.lowerIs(a, "a", "an", "the") {
		a++
	}
	// The role noun ends the phrase or stands before its preposition:
	// "As head of the inquiry,". Words before it are role words.
	head := r
	for k := a; k < r; k++ {
		if f.toks[k+1].is(tLower) && f.lowerIs(k+1, "of", "for", "at", "in", "to") {
			head = k
			break
		}
	}
	if head-a > 4 || r-head > 8 {
		return
	}
	if t := &f.toks[head]; t.lex&lexRole == 0 || t.lex&lexFunc != 0 || !t.is(tLower) && !t.is(tAllCaps) && t.lex&lexTitle == 0 || asNotRoles[foldLower(f.word(head))] {
		return // "As expected,", "As a child,"; "As an MSP," is a role
	}
	for k := a; k < head; k++ {
		t := &f.toks[k]
		if !t.is(tJoin) {
			return
		}
		switch {
		case t.lex&lexFunc != 0:
			return
		case t.is(tLower) && t.lex&(lexRole|lexRoleMod|lexNat|lexOrgNoun) != 0:
		case t.is(tLower) && t.lex&^lexTitle == 0:
			// "As chief operating officer": a modifier the lexicon lacks.
		case t.is(tCap) && t.lex&lexTime == 0:
			// "As Labour leader", "As BBC director-general".
		default:
			return
		}
	}
	// A role dated ("As governor in 1983,", "As then mayor,") is one
	// the person held before, not theirs now.
	for k := a; k <= r; k++ {
		if f.toks[k].is(tDigit) || f.toks[k].lex&lexTime != 0 || f.lowerIs(k, "then", "once", "young", "teenage") {
			return
		}
	}
	// Only a prepositional phrase may follow the role noun: "As the
	// minister left," is a clause.
	for k := head + 1; k <= r; k++ {
		if f.toks[k].lex&lexSpeech != 0 || f.toks[k].lex&lexFunc != 0 && f.lowerIs(k, "who", "which", "that", "he", "she", "they", "it", "we", "i", "was", "is", "were", "had", "has") {
			return
		}
	}
	c.role = f.s[int(f.toks[a].start):int(f.toks[r].end)]
	if g := genderOf(f.toks[head].lex, 0); g != 0 && c.gender == 0 {
		c.gender = g
	}
}
