package trips

import (
	"slices"
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// Role descriptions ("the minister", "the French foreign minister") are
// resolved again here: the people package takes the nearest person with a
// title, but in a story about one traveller meeting a counterpart of the
// same rank the description mostly goes on with the traveller. The
// description must fit the person's role, as the cast records it or as the
// words introducing their first mention give it ("France's foreign
// minister, Claire Dubois"), and its nationality their country.

// describe returns the person a description mention stands for, or
// m.Person when no rule applies.
func (f *finder) describe(m people.Mention) int {
	last := m.Text[strings.LastIndexByte(m.Text, ' ')+1:]
	if !inSet(roleNounsSet, strings.ToLower(strings.Trim(last, ".,;:’'"))) {
		return f.plainDescription(m) // "the delegation", "the couple", "The veteran diplomat"
	}
	words := strings.Fields(strings.ToLower(m.Text))
	for len(words) > 0 && inSet(determinersSet, words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 5 {
		return m.Person
	}
	head := strings.Trim(words[len(words)-1], ".,;:’'")
	if !inSet(roleNounsSet, head) {
		return m.Person
	}
	nat := ""
	var need []string
	for _, w := range words[:len(words)-1] {
		if c, ok := places.Demonym(capitalised(w)); ok {
			nat = c
			continue
		}
		need = append(need, w)
	}
	var cands, exact []int
	for q := range f.cast.People {
		desc := f.roleText(q)
		if !hasRole(desc, head) || f.isPlaceNamed(q) {
			continue
		}
		fits := true
		for _, w := range need {
			if !hasWord(desc, w) {
				fits = false
				break
			}
		}
		if !fits {
			continue
		}
		if nat != "" {
			c := f.personCountry(q)
			if c != "" && c != nat {
				continue
			}
			if c == nat {
				exact = append(exact, q)
			}
		}
		cands = append(cands, q)
	}
	if len(exact) > 0 {
		cands = exact
	}
	if len(cands) == 0 && nat != "" {
		// "The French foreign minister" for "France's top diplomat Claire
		// Dubois": the nationality alone, when the role words differ.
		for q := range f.cast.People {
			if f.personCountry(q) == nat && !f.isPlaceNamed(q) {
				cands = append(cands, q)
			}
		}
		if len(cands) == 0 && m.Person >= 0 {
			if c := f.personCountry(m.Person); c != "" && c != nat {
				return -1 // "the French minister" is not the Jordanian one
			}
		}
	}
	switch len(cands) {
	case 0:
		if nat == "" && m.Person >= 0 && f.cast.People[m.Person].Role == "" {
			// "The prime minister, who ..., will meet the president": no
			// role on record fits; the subject of a story about a
			// journey goes on with its traveller, not the last man named.
			if t := f.recentTraveller(m.Start, false); t >= 0 && t != m.Person && !f.isObject(m) && f.roleText(m.Person) == "" {
				return t
			}
		}
		return m.Person
	case 1:
		return cands[0]
	}
	if t := f.recentTraveller(m.Start, true); t >= 0 && slices.Contains(cands, t) {
		return t
	}
	if t := f.recentTraveller(m.Start, false); t >= 0 && slices.Contains(cands, t) {
		return t
	}
	if slices.Contains(cands, m.Person) {
		return m.Person
	}
	return cands[0]
}

// hasRole reports whether the role words desc hold the head noun of a
// description or its synonym: "the pontiff" is the pope.
func hasRole(desc, head string) bool {
	if hasWord(desc, head) {
		return true
	}
	switch head {
	case "pontiff":
		return hasWord(desc, "pope")
	case "pope":
		return hasWord(desc, "pontiff")
	}
	return false
}

// recentTraveller is the traveller of the latest leg found before byte
// offset pos, within pos's paragraph when para is set; -1 if none.
func (f *finder) recentTraveller(pos int, para bool) int {
	lo := 0
	if para {
		lo = strings.LastIndexByte(f.text[:pos], '\n') + 1
	}
	for j := len(f.legs) - 1; j >= 0; j-- {
		l := f.legs[j]
		if l.Start < lo {
			break
		}
		if l.cuePos < pos {
			return l.person
		}
	}
	return -1
}

// roleText is the lower-cased wording of person q's roles: the cast's
// role, the titles in the name mentions, and an introduction or appositive
// around the first mention. Cached per person.
func (f *finder) roleText(q int) string {
	if q < 0 {
		return ""
	}
	if f.roles == nil {
		f.roles = make([]string, len(f.cast.People))
		f.rolesOK = make([]bool, len(f.cast.People))
	}
	if f.rolesOK[q] {
		return f.roles[q]
	}
	name := f.cast.People[q].Name
	s := f.cast.People[q].Role
	first := true
	for _, mi := range f.nameMentions(q) {
		m := f.cast.Mentions[mi]
		if first {
			first = false
			if r := f.introRole(m); r != "" {
				s += " " + r
			}
		}
		// Only forms with words beyond the name ("Foreign Minister Omar
		// Fathy") say anything of the role; each once.
		if !strings.Contains(name, m.Text) && !strings.Contains(s, m.Text) {
			s += " " + m.Text
		}
	}
	f.roles[q], f.rolesOK[q] = strings.ToLower(s), true
	return f.roles[q]
}

// nameMentions is the indexes into cast.Mentions of person q's name
// mentions, in order. roleText asks for every person of a story that
// describes one ("the foreign minister"): the index, made in one pass,
// spares a walk over every mention per person.
func (f *finder) nameMentions(q int) []int32 {
	if f.nameAt == nil {
		f.nameAt, f.nameIdx = indexMentions(f.cast, true)
	}
	return f.nameIdx[f.nameAt[q]:f.nameAt[q+1]]
}

// mentionsOf is the indexes into cast.Mentions of every mention of person
// q, of any kind, in order: personCountry reads a person's first mention
// and the country words of the others, for every traveller of a story
// that may name thousands.
func (f *finder) mentionsOf(q int) []int32 {
	if f.allAt == nil {
		f.allAt, f.allIdx = indexMentions(f.cast, false)
	}
	return f.allIdx[f.allAt[q]:f.allAt[q+1]]
}

// indexMentions indexes the mentions by person, only the name mentions
// when names, in one pass: idx[at[p]:at[p+1]] are person p's, in order.
func indexMentions(cast *people.Cast, names bool) (at, idx []int32) {
	n := len(cast.People)
	at = make([]int32, n+2) // at[p+2] counts p's; then at[p], at[p+1] bound them
	for k := range cast.Mentions {
		if m := &cast.Mentions[k]; m.Person >= 0 && m.Person < n && (!names || m.Kind == people.Name) {
			at[m.Person+2]++
		}
	}
	for i := 2; i < len(at); i++ {
		at[i] += at[i-1]
	}
	idx = make([]int32, at[n+1])
	for i := range cast.Mentions {
		if m := &cast.Mentions[i]; m.Person >= 0 && m.Person < n && (!names || m.Kind == people.Name) {
			idx[at[m.Person+1]] = int32(i)
			at[m.Person+1]++
		}
	}
	return at, idx
}

// introRole is the role phrase right before a name ("France's foreign
// minister, Claire Dubois") or in the appositive after it ("Claire
// Dubois, France's foreign minister,"), lower-cased; "" if none.
func (f *finder) introRole(m people.Mention) string {
	lo := max(0, m.Start-60)
	head := f.text[lo:m.Start]
	if k := strings.LastIndexAny(head, "\n.;:\"“”—("); k >= 0 {
		head = head[k+1:]
	}
	hw := strings.Fields(strings.ToLower(strings.TrimSpace(head)))
	if n := len(hw); n > 0 {
		last := strings.TrimRight(hw[n-1], ",")
		if inSet(roleNounsSet, last) {
			// Up to four words of modifiers before the role noun, back to a
			// determiner or a word that ends them.
			k := n - 1
			for k > 0 && n-1-k < 4 {
				w := hw[k-1]
				if strings.HasSuffix(w, ",") || inSet(objectMarkersSet, w) || inSet(breakersSet, w) {
					break
				}
				k--
				if inSet(determinersSet, w) {
					break
				}
			}
			return strings.Join(hw[k:], " ")
		}
	}
	tail := f.text[m.End:min(len(f.text), m.End+60)]
	if !strings.HasPrefix(tail, ", ") {
		return ""
	}
	tail = tail[2:]
	if k := strings.IndexAny(tail, ",.;:\n"); k >= 0 {
		tail = tail[:k]
	}
	tw := strings.Fields(strings.ToLower(tail))
	if len(tw) > 0 && len(tw) <= 6 && inSet(roleNounsSet, tw[len(tw)-1]) {
		return strings.Join(tw, " ")
	}
	return ""
}

// hasWord reports whether the space-separated text s holds the word w,
// an "'s" or trailing comma aside.
func hasWord(s, w string) bool {
	for len(s) > 0 {
		k := strings.Index(s, w)
		if k < 0 {
			return false
		}
		end := k + len(w)
		okStart := k == 0 || s[k-1] == ' '
		okEnd := end == len(s) || s[end] == ' ' || s[end] == ',' || s[end] == '\'' || s[end] == 0xe2
		if okStart && okEnd {
			return true
		}
		s = s[k+1:]
	}
	return false
}

// capitalised returns w with its first ASCII letter upper-cased, for the
// gazetteer's demonyms.
func capitalised(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// persuasionVerbs take the traveller as their object: "Roy asked him to
// visit", "invited Tanaka to travel", "urged Varga to visit".
var persuasionVerbs = map[string]bool{
	"asked": true, "asks": true, "ask": true, "asking": true, "invited": true, "invites": true,
	"invite": true, "inviting": true, "urged": true, "urges": true, "urge": true, "urging": true,
	"encouraged": true, "encourages": true, "persuaded": true, "pressed": true, "begged": true,
	"requested": true, "told": true, "wants": true, "wanted": true, "allowed": true, "permitted": true,
}

var persuasionVerbsSet = newWordTab(persuasionVerbs)

// isObjectPronoun reports "him", "them" and an object "her": never a
// traveller by position alone. "Her planned visit" is a possessive, whose
// owner travels.
func (f *finder) isObjectPronoun(m people.Mention) bool {
	switch {
	case strings.EqualFold(m.Text, "him") || strings.EqualFold(m.Text, "them"):
		return true
	case strings.EqualFold(m.Text, "her"):
		for _, t := range f.toks {
			if t.start >= m.End {
				if t.punct {
					return true
				}
				switch t.w {
				case "to", "and", "in", "at", "on", "for", "with", "as", "from", "by", "that", "about", "over", "during":
					return true
				}
				return false
			}
		}
		return true
	}
	return false
}

// askedObject is the traveller of "X asked Y to visit Z" at the cue token
// i: the object Y, not X. A pronoun object resolved to X itself (which
// English would say "himself") goes to the person named before X of the
// pronoun's gender. -1 when the pattern does not hold.
func (f *finder) askedObject(sc *sentCtx, i int) int {
	k := i - 1
	if k < 2 || f.toks[k].w != "to" {
		return -1
	}
	to := f.toks[k]
	for j := len(sc.persons) - 1; j >= 0; j-- {
		m := sc.persons[j]
		if m.End > to.start {
			continue
		}
		// The verb must stand right before the object's words.
		v := -1
		for q := k - 1; q >= 0; q-- {
			if f.toks[q].end <= m.Start {
				v = q
				break
			}
		}
		if v < 0 || !inSet(persuasionVerbsSet, f.toks[v].w) || f.toks[k-1].end < m.End-1 && f.toks[k-1].end != m.End {
			return -1
		}
		if m.Kind != people.Pronoun {
			return m.Person
		}
		subj := -1
		for q := j - 1; q >= 0; q-- {
			if sc.persons[q].End <= f.toks[v].start {
				subj = sc.persons[q].Person
				break
			}
		}
		if subj < 0 || subj != m.Person {
			return m.Person
		}
		return f.otherBefore(m, subj)
	}
	return -1
}

// otherBefore is the latest person mentioned before m who is not subj and
// whose gender fits the pronoun m; -1 if none.
func (f *finder) otherBefore(m people.Mention, subj int) int {
	want := ""
	switch strings.ToLower(m.Text) {
	case "him":
		want = "m"
	case "her":
		want = "f"
	}
	for j := len(f.cast.Mentions) - 1; j >= 0; j-- {
		o := f.cast.Mentions[j]
		if o.Start >= m.Start || o.Person < 0 || o.Person >= len(f.cast.People) || o.Person == subj || o.Kind == people.Pronoun {
			continue
		}
		if g := f.cast.People[o.Person].Gender; want != "" && g != "" && g != want {
			continue
		}
		if f.isPlaceNamed(o.Person) {
			continue
		}
		return o.Person
	}
	return -1
}

// fronting words open a subordinate clause before the main one: "When he
// was in Tokyo, ..."
var frontingWords = map[string]bool{
	"when": true, "while": true, "whilst": true, "as": true, "after": true, "before": true, "once": true,
}

// cataphor re-reads the pronoun traveller p of the cue at token i when the
// pronoun stands in a fronted clause ("When he was in Tokyo, Machimura
// told the British minister ..."): it points forward to the first person
// of the main clause who is away from home there, not back to the last
// man named. p is kept when the main clause names p or nobody fits.
func (f *finder) cataphor(sc *sentCtx, i, p int, dests []places.Match) int {
	toks := f.toks
	if len(dests) == 0 || len(toks) < 4 || !frontingWords[toks[0].w] {
		return p
	}
	comma := -1
	for k := 1; k < len(toks); k++ {
		if toks[k].punct {
			if toks[k].w == "," {
				comma = k
			}
			break
		}
	}
	if comma < 0 || comma < i {
		return p
	}
	var pro *people.Mention
	for k := range sc.persons {
		m := &sc.persons[k]
		if m.End > toks[i].start {
			break
		}
		if m.Person == p {
			if m.Kind != people.Pronoun {
				return p // named in the clause itself
			}
			pro = m
		}
	}
	if pro == nil {
		return p
	}
	want := ""
	switch strings.ToLower(pro.Text) {
	case "he":
		want = "m"
	case "she":
		want = "f"
	default:
		return p
	}
	home := dests[0].Place.Country
	for _, m := range sc.persons {
		if m.Start < toks[comma].end {
			continue
		}
		if m.Person == p {
			return p
		}
		if m.Kind == people.Pronoun {
			continue
		}
		if g := f.cast.People[m.Person].Gender; g != "" && g != want {
			continue
		}
		if c := f.personCountry(m.Person); c == "" || c == home {
			continue
		}
		return m.Person
	}
	return p
}
