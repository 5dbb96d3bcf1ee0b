package issues

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/places"
)

// Anchors are the names an issue is told with: the places, sides and people
// its title, keywords and first evidence sentence capitalise ("Kenya",
// "Ugandan", "Lake Victoria", "Glasgow", "GMB"). Two reports of one story
// share them even when the extractor words the dispute differently
// ("Fishing permits on Lake Victoria" / "Ugandan licences"), and two
// disputes worded alike ("Strike over pay") rarely do when they are told in
// different cities or between different sides.
//
// A name is compared by its first four letters, lower-case, so that a
// country and its demonym mostly meet ("Kenya"/"Kenyan", "Peru"/"Peruvian",
// "China"/"Chinese"); titles, weekdays, months and function words that
// open a sentence are not names.
type Anchors struct {
	keys      []word   // sorted as word sets are (toSet)
	countries []word   // the keys that name a country or its people
	parts     []word   // the keys that open a longer name ("tony" of "Tony Blair"): one side with its last word
	objects   []string // what a labour dispute stops or who strikes (issueObjects), sorted
}

// maxAnchors bounds a long-running issue's names, so that a story that
// gathers every name in its region cannot match everything.
const maxAnchors = 24

// AnchorsOf reads the anchors of an issue from its title, keywords and
// first evidence sentence.
func AnchorsOf(is newsbot.Issue) Anchors {
	var ev Anchors
	for _, e := range is.Evidence {
		if e = strings.TrimSpace(e); e != "" {
			ev = SentenceAnchors(e)
			break
		}
	}
	return AnchorsWith(is, ev)
}

// SentenceAnchors are the anchors of one sentence. An article's threads
// often share their evidence sentence: a caller can read it once and pass
// it to AnchorsWith.
func SentenceAnchors(s string) Anchors {
	ks, cs, ps := appendAnchors(nil, nil, nil, s, true)
	return Anchors{keys: toSet(ks), countries: toSet(cs), parts: toSet(ps)}
}

// AnchorsWith is AnchorsOf with the anchors of the first evidence sentence
// given (SentenceAnchors).
func AnchorsWith(is newsbot.Issue, evidence Anchors) Anchors {
	// A title is sentence-cased, as a sentence is.
	ks, cs, ps := appendAnchors(slices.Clone(evidence.keys), slices.Clone(evidence.countries), slices.Clone(evidence.parts), is.Title, true)
	for _, k := range is.Keywords {
		ks, cs, ps = appendAnchors(ks, cs, ps, k, false)
	}
	return Anchors{keys: toSet(ks), countries: toSet(cs), parts: toSet(ps), objects: issueObjects(is.Title, is.Keywords, is.Evidence)}
}

// Len is the number of distinct anchors.
func (a Anchors) Len() int { return len(a.keys) }

// Add returns the union of a and b (at most maxAnchors, a's first), for a
// stored issue that gathers the names of the reports merged into it.
func (a Anchors) Add(b Anchors) Anchors {
	a.objects = unionObjects(a.objects, b.objects)
	if len(b.keys) == 0 || len(a.keys) >= maxAnchors {
		return a
	}
	if shared(b.keys, a.keys) == len(b.keys) {
		return a
	}
	out, cs, ps := slices.Clone(a.keys), slices.Clone(a.countries), slices.Clone(a.parts)
	for _, w := range b.keys {
		if len(out) >= maxAnchors {
			break
		}
		if _, found := slices.BinarySearchFunc(a.keys, w, compareWords); !found {
			out = append(out, w)
			if _, country := slices.BinarySearchFunc(b.countries, w, compareWords); country {
				cs = append(cs, w)
			}
			if _, part := slices.BinarySearchFunc(b.parts, w, compareWords); part {
				ps = append(ps, w)
			}
		}
	}
	return Anchors{keys: toSet(out), countries: toSet(cs), parts: toSet(ps), objects: a.objects}
}

// SameSides says whether a and b share two or more names, at least half of
// the fewer: the same sides or place. Two threads of one article told with
// the same sides are one story ("Expulsions inhumane" and "Hundreds of
// migrants", both between Chile and Peru).
//
// A full name is one side: "Tony" and "Blair" of "Tony Blair" count once
// (parts), so one person named in two stories is not their sides. Two
// disputes naming different workforces (issueObjects) are not either.
func (a Anchors) SameSides(b Anchors) bool {
	la, lb := len(a.keys)-len(a.parts), len(b.keys)-len(b.parts)
	if la < 2 || lb < 2 || otherObjects(a.objects, b.objects) {
		return false // one city's port strike and rail strike are two stories
	}
	n := shared(a.keys, b.keys) - shared(a.parts, b.parts)
	return n >= 2 && 2*n >= min(la, lb)
}

// Thread scores how likely p and q, with anchors a and b, are one story
// thread: their word similarity sim (Similarity) weighed by their names.
//
//   - both name something and share no name: another story told with
//     alike words ("Week-long strike" of Glasgow's refuse collectors and
//     "Workers' strike" of a nurses' union; two coalitions' "Budget"): the
//     score is at most 0.3, under the 0.35 of one thread, however alike
//     the words;
//
//   - they share two or more names, at least half of the fewer, and some
//     word: the same sides or place disputing again ("Fishing permits" /
//     "Ugandan licences" between Kenya and Uganda on Lake Victoria), which
//     scores at least AnchorMatch. anchored reports this case, so that a
//     caller can refuse it for an issue gone quiet for months: the same
//     neighbours' next dispute is another story;
//
//   - they share a name, not their sides, and every word they share is a
//     shared name ("Chips to China" / a China–Australia "Trade row"): one
//     side without a topic, at most 0.3 again; when the names they share
//     are only countries, one topic word is not enough either;
//
//   - one of them names nothing and they have a single word in common
//     (and are not that one word each): one generic word ("Contact" /
//     "Contact sport") is no thread, at most 0.3 again.
//
//   - the same title of two or more content words and a name in common
//     ("ID cards", told once from the Tories' backing and once from their
//     split): one thread under one name, at least AnchorMatch and
//     anchored, however little the keywords share.
//
// Otherwise the score is sim.
func (p *Prepared) Thread(q *Prepared, a, b Anchors) (score, sim float64, anchored bool) {
	sim = p.Similarity(q)
	if sim <= 0 {
		return 0, 0, false
	}
	if otherObjects(a.objects, b.objects) {
		// Two disputes alike in all but their parties ("National strike"
		// of ferry crews and of teachers, one city, one week).
		return weakThread * sim, sim, false
	}
	if sim < AnchorMatch && sameTitle(p, q) && shared(a.keys, b.keys) > shared(a.parts, b.parts) {
		// One thread's name, two content words or more, and a name in
		// common ("ID cards" of the Tories' backing and of their split
		// over it): the same story told from another side, however the
		// keywords differ.
		return AnchorMatch, sim, true
	}
	if len(a.keys) > 0 && len(b.keys) > 0 {
		if shared(a.keys, b.keys) == shared(a.parts, b.parts) {
			return weakThread * sim, sim, false // no name in common ("Tony" of two Tonys is none)
		}
		if a.SameSides(b) {
			if sim < AnchorMatch {
				return AnchorMatch, sim, true
			}
			return sim, sim, false
		}
		if sim <= weakThread {
			return sim, sim, false // merges nothing either way
		}
		// Countries are the commonest names ("UK", "US"): sharing only
		// them, the issues need two topic words in common.
		need := 1
		if shared(a.keys, b.keys) == shared(a.countries, b.countries) {
			need = 2
		}
		if topics(p, q, a, b) < need {
			return weakThread * sim, sim, false
		}
		if sim < AnchorMatch && sharedPhrase(p, q) {
			// One place and one phrase of the thread ("petrol subsidies"
			// in Nigeria, reported from Lagos, then Abuja).
			return AnchorMatch, sim, true
		}
		return sim, sim, false
	}
	if sim <= weakThread {
		return sim, sim, false
	}
	if shared(p.all, q.all) < 2 && !(len(p.all) == 1 && len(q.all) == 1) {
		return weakThread * sim, sim, false
	}
	return sim, sim, false
}

// sameTitle reports two titles of the same two or more content words.
func sameTitle(p, q *Prepared) bool {
	return len(p.title) >= 2 && len(p.title) == len(q.title) && shared(p.title, q.title) == len(p.title)
}

// topics counts the words p and q share that are not names both are told
// with: "China" in the keywords of "Chips to China" and of a China–
// Australia "Trade row" is a side, not a topic.
func topics(p, q *Prepared, a, b Anchors) int {
	n, i, j := 0, 0, 0
	var buf [1]word
	for i < len(p.all) && j < len(q.all) {
		switch c := compareWords(p.all[i], q.all[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			k := appendAnchor(buf[:0], p.all[i].w)
			if len(k) == 0 || !slices.ContainsFunc(a.keys, func(w word) bool { return w.w == k[0].w }) ||
				!slices.ContainsFunc(b.keys, func(w word) bool { return w.w == k[0].w }) {
				n++
			}
			i++
			j++
		}
	}
	return n
}

// weakThread caps the score of a match Thread finds weak: under the 0.35
// of one thread even for the same words.
const weakThread = 0.3

// AnchorMatch is the score of a match by names (Thread): just above the
// 0.35 at which the doc of Similar calls two issues one thread.
const AnchorMatch = 0.4

// anchorStop are capitalised words that name nobody: they open sentences,
// title people ("Prime Minister") or date the story.
var anchorStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but if of to in on at by for with from into as after before
		under while when where this that these those it its he she they we i you his her their our there here
		some many most more several dozens hundreds thousands about over since until during despite amid
		what who why how which one two three four five six seven eight nine ten
		monday tuesday wednesday thursday friday saturday sunday january february march april may june july
		august september october november december
		mr mrs ms dr sir lord lady prime minister ministers president vice chancellor secretary foreign finance
		trade agriculture energy education health interior environment economy defence defense justice
		transport water resources fisheries affairs home ministry department government cabinet state states
		national federal united union council city court police army navy party opposition leader leaders
		chairman chief executive commissioner commission spokesman spokeswoman king queen prince general
		officials official north south east west northern southern eastern western central
		lake river sea island islands port bay gulf mount new european`) {
		m[w] = true
	}
	return m
}()

// appendAnchors appends the name keys of s: the places and peoples the
// gazetteer finds ("United States", "Chinese" → China, "Glasgow"), then its
// other capitalised words that are not in anchorStop. In a sentence (or a
// sentence-cased title) the first word is capitalised anyway ("Talks
// aimed at ...", "Refuse collectors in ..."): it counts only as a place, a
// possessive ("Uganda's minister") or the first of a run of names
// ("Germaine Greer").
func appendAnchors(dst, countries, parts []word, s string, sentence bool) ([]word, []word, []word) {
	if !hasUpper(s) {
		return dst, countries, parts // most keywords: nothing capitalised, nothing to find
	}
	ms := places.Find(s)
	for _, m := range ms {
		name := m.Place.Name
		if m.Demonym {
			name = m.Place.Country
		}
		n := len(dst)
		dst = appendAnchor(dst, strings.ToLower(name))
		if len(dst) > n && (m.Demonym || m.Place.Name == m.Place.Country) {
			countries = append(countries, dst[n])
		}
	}
	if sentence {
		dst, countries = appendDatelineCountry(dst, countries, s)
	}
	first := true
	// The agency a dateline credits ("LONDON, April 6 (Reuters) - ") files
	// every story of the wire: it is no name of one.
	creditFrom, creditTo := -1, -1
	if sentence {
		if de := datelineEnd(s); de > 0 {
			if o := strings.IndexByte(s[:de], '('); o >= 0 {
				if c := strings.IndexByte(s[o:de], ')'); c > 0 {
					creditFrom, creditTo = o, o+c
				}
			}
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isNameRune(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isNameRune(r) {
				break
			}
			i += size
		}
		w := s[start:i]
		isFirst := first
		first = false
		if !capitalised(w) || inMatch(ms, start) || start > creditFrom && start < creditTo {
			continue
		}
		bare := trimPossessive(w)
		possessive := len(bare) < len(w) // "Uganda's", not "Workers'"
		bare = strings.Trim(bare, "'’")
		if isFirst && sentence && !possessive && !capitalised(nextWord(s[i:])) {
			continue
		}
		n := len(dst)
		dst = appendAnchor(dst, strings.ToLower(bare))
		if len(dst) > n && !possessive && nameRunGoesOn(s[i:]) {
			parts = append(parts, dst[n]) // "Tony" of "Tony Blair": one side with "Blair"
		}
	}
	return dst, countries, parts
}

// appendAnchor appends the key of the lower-case name w: its first four
// letters ("kenya" and "kenyan" are both "keny" where the gazetteer does
// not know them), nothing for a stop word or a lone letter.
func appendAnchor(dst []word, w string) []word {
	if utf8.RuneCountInString(w) < 2 || anchorStop[w] {
		return dst
	}
	w = firstRunes(w, 4)
	return append(dst, word{h: hashWord(w), w: w})
}

// hasUpper says whether s may hold a capitalised word: an ASCII capital or
// any non-ASCII byte.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func isNameRune(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }

func inMatch(ms []places.Match, at int) bool {
	for _, m := range ms {
		if at >= m.Start && at < m.End {
			return true
		}
	}
	return false
}

// nextWord is the first word of s.
func nextWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !isNameRune(r) })
	if i := strings.IndexFunc(s, func(r rune) bool { return !isNameRune(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sharedPhrase: a keyword of two or more words of p is told whole by one
// keyword of q ("petrol subsidy" / "petrol subsidies"), or by q's title,
// or one of q's by p's title: a follow-up's "ferry strike" is the thread
// first titled "Ferry strike".
func sharedPhrase(p, q *Prepared) bool {
	for _, ws := range p.kwSets {
		if len(ws) < 2 {
			continue
		}
		if shared(ws, q.title) == len(ws) {
			return true
		}
		for _, vs := range q.kwSets {
			if shared(ws, vs) == len(ws) {
				return true
			}
		}
	}
	for _, ws := range q.kwSets {
		if len(ws) >= 2 && shared(ws, p.title) == len(ws) {
			return true
		}
	}
	return false
}

// firstRunes is w cut to its first n characters: anchors and dispute
// objects compare word stems by their first four letters.
func firstRunes(w string, n int) string {
	for i := range w {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}
