package timex

import "strings"

// Tense detection, shared with the trips extractor (status of a leg) and used
// here to resolve bare weekdays, months and quarters ("on Friday", "in
// December", "the fourth quarter").
//
// How it works: the sentence is tokenised and its verb groups are found —
// runs of auxiliaries, modals, verbs and the adverbs between them ("will
// later make", "is also scheduled to visit", "had been expected to"). Each
// group gets a tense:
//   - Future: will/'ll/shall/won't, would, may/might/could/should, "going to",
//     a cue + "to" or "for" (scheduled/expected/set/due/slated/poised/plans/
//     planning/intends/aims/prepares/hopes/about), "be to" ("is to visit"),
//     and the present progressive of arrangement verbs ("is visiting", "are
//     holding talks"), which in news copy announces plans; other
//     progressives ("is growing") are present. A purpose infinitive after a noun ("a program to run
//     through June") is a weak future, used only for a timex to its right.
//   - Past: was/were/had/did, a past form (-ed or an irregular past such as
//     met, flew, said; hit/put/cut only after a noun: "the storm hit"), and the
//     present perfect ("has arrived": done).
//   - Present: is/are/am/does/has, common present forms (says, resumes) and
//     plural ones after a plural noun, name or pronoun ("voters go", "talks
//     resume").
//
// Past forms used as adjectives are ignored: after a determiner or possessive
// ("the proposed law"), capitalised inside a sentence ("United"), or hyphen
// compounds ("long-strained"). A lone -ing form carries no tense.
//
// Tense(sentence) reads the main clause: the first verb group that is neither a
// reporting verb ("said", "told") nor inside a relative clause (", who ...,");
// reporting verbs count only when nothing else is there. ClauseTense reads the
// verb group nearest a position in its clause (clauses end at commas, "that",
// "and", "but" ...; the left side wins ties), falling back to the nearest in
// the sentence. That is what a timex needs: in "told reporters on Wednesday
// that he will visit on Friday", Wednesday is past and Friday future.
//
// The tagger then dates a bare weekday: past → the latest such day up to the
// dct; future or present ("Parliament returns on Monday") → the next one; no
// verb at all → the nearer of the two. The dct's own weekday is the dct.
// Two cases also fall back to the nearer date because the verb does not
// settle it: a present tense found only in another clause, and a timex after
// "past verb + to + verb" ("agreed to meet again in March" may date the
// agreement or the meeting).

// TenseKind is the time reference of a clause. (Go forbids a type and a
// function of the same name, so the function is Tense and the type TenseKind.)
type TenseKind int

// Tenses. Present is the zero value: no verb, or a present-tense verb.
const (
	Present TenseKind = iota
	Past
	Future
)

func (t TenseKind) String() string {
	switch t {
	case Past:
		return "past"
	case Future:
		return "future"
	}
	return "present"
}

// Word classes for tense.
const (
	wNone     = iota
	wFut      // will, shall, 'll, won't
	wModal    // would, may, might, could, should
	wPastAux  // was, were, had, did
	wPresAux  // is, are, am, does, do
	wHave     // has, have
	wBe       // be, been, being
	wPast     // irregular simple past: met, flew
	wPart     // irregular participle only: gone, taken
	wPastPart // both: said, told, met (irregular with same form), -ed forms
	wPres     // common present forms: says, expects
	wCue      // scheduled, expected, set ... (future when followed by "to")
	wGoing    // going
	wAdv      // adverbs that may sit inside a verb group
	wTo       // to
	wAmbig    // same form in present and past: hit, put, cut
	wBase     // plural present of common news verbs: "voters go", "talks resume"
)

var wordClass = func() map[string]uint8 {
	m := map[string]uint8{
		"will": wFut, "shall": wFut, "won't": wFut, "won’t": wFut, "wo": wFut,
		"would": wModal, "may": wModal, "might": wModal, "could": wModal, "should": wModal,
		"wouldn't": wModal, "couldn't": wModal, "shouldn't": wModal,
		"wouldn’t": wModal, "couldn’t": wModal, "shouldn’t": wModal,
		"was": wPastAux, "were": wPastAux, "had": wPastAux, "did": wPastAux,
		"wasn't": wPastAux, "weren't": wPastAux, "hadn't": wPastAux, "didn't": wPastAux,
		"wasn’t": wPastAux, "weren’t": wPastAux, "hadn’t": wPastAux, "didn’t": wPastAux,
		"is": wPresAux, "are": wPresAux, "am": wPresAux, "does": wPresAux, "do": wPresAux,
		"isn't": wPresAux, "aren't": wPresAux, "doesn't": wPresAux, "don't": wPresAux,
		"isn’t": wPresAux, "aren’t": wPresAux, "doesn’t": wPresAux, "don’t": wPresAux,
		"can": wPresAux, "can't": wPresAux, "can’t": wPresAux, "cannot": wPresAux, "must": wPresAux,
		"has": wHave, "have": wHave, "hasn't": wHave, "haven't": wHave, "hasn’t": wHave, "haven’t": wHave,
		"be": wBe, "been": wBe, "being": wBe,
		"going": wGoing, "to": wTo,
		"also": wAdv, "not": wAdv, "still": wAdv, "already": wAdv, "just": wAdv, "never": wAdv,
		"later": wAdv, "now": wAdv, "then": wAdv, "again": wAdv, "soon": wAdv, "first": wAdv,
		"only": wAdv, "even": wAdv, "reportedly": wAdv, "recently": wAdv, "previously": wAdv,
		"quickly": wAdv, "finally": wAdv, "eventually": wAdv, "initially": wAdv, "originally": wAdv,
		"widely": wAdv, "officially": wAdv, "formally": wAdv, "briefly": wAdv, "personally": wAdv,
		"scheduled": wCue, "expected": wCue, "set": wCue, "due": wCue, "slated": wCue,
		"poised": wCue, "planning": wCue, "plans": wCue, "plan": wCue, "planned": wCue,
		"intends": wCue, "intend": wCue, "aims": wCue, "preparing": wCue, "prepares": wCue,
		"hopes": wCue, "hoping": wCue, "about": wCue, "likely": wCue, "bound": wCue,
		"anticipated": wCue, "tipped": wCue, "unlikely": wCue, "intending": wCue,
	}
	for _, w := range irregularPast {
		if _, ok := m[w]; !ok {
			m[w] = wPast
		}
	}
	for _, w := range irregularPastPart {
		if _, ok := m[w]; !ok {
			m[w] = wPastPart
		}
	}
	for _, w := range irregularPart {
		if _, ok := m[w]; !ok {
			m[w] = wPart
		}
	}
	for _, w := range ambiguousPast {
		if _, ok := m[w]; !ok {
			m[w] = wAmbig
		}
	}
	for _, w := range presentForms {
		if _, ok := m[w]; !ok {
			m[w] = wPres
		}
	}
	for _, w := range baseForms {
		if _, ok := m[w]; !ok {
			m[w] = wBase
		}
	}
	return m
}()

// irregularPast are simple past forms that differ from the participle.
var irregularPast = []string{
	"went", "came", "took", "gave", "saw", "flew", "began", "spoke", "wrote", "became",
	"ran", "rose", "fell", "knew", "grew", "threw", "chose", "broke", "ate", "drew",
	"wore", "drove", "forgot", "forgave", "arose", "swore", "stole", "sank", "sang",
	"rang", "shook", "woke", "withdrew", "overtook", "undertook", "rode", "hid", "strove",
	"mistook", "overthrew", "froze", "bore", "tore", "swam", "blew", "shrank", "sprang",
}

// irregularPastPart share one form for past and participle.
var irregularPastPart = []string{
	"said", "told", "met", "left", "held", "brought", "bought", "thought", "found", "got",
	"won", "lost", "sent", "spent", "kept", "stood", "sat", "led", "fled", "struck",
	"sought", "caught", "taught", "fought", "paid", "laid", "heard", "felt", "meant",
	"built", "sold", "understood", "shot", "dealt", "slept", "swept", "wept", "lent",
	"bent", "dug", "fed", "hung", "made", "had", "slid", "spun", "won", "bled", "lit",
	"stuck", "struck", "upheld", "withheld", "oversaw", "overheard", "told",
}

// ambiguousPast have one form for present and past; after a singular noun
// they are past ("the storm hit").
var ambiguousPast = []string{
	"hit", "put", "cut", "let", "shut", "spread", "cost", "hurt", "quit", "cast",
	"split", "upset", "beat", "broadcast", "forecast", "burst", "bid", "struck",
}

// irregularPart are participles only ("has gone").
var irregularPart = []string{
	"gone", "done", "seen", "taken", "given", "spoken", "written", "flown", "known", "shown",
	"begun", "chosen", "driven", "eaten", "fallen", "forgotten", "hidden", "ridden", "risen",
	"stolen", "sworn", "thrown", "woken", "worn", "broken", "grown", "drawn", "withdrawn",
	"frozen", "born", "borne", "torn", "overtaken", "undertaken", "arisen", "become", "come",
}

// presentForms are frequent third-person present verbs of news copy.
var presentForms = []string{
	"says", "tells", "expects", "sees", "wants", "thinks", "believes", "insists", "argues",
	"claims", "warns", "adds", "notes", "seems", "remains", "appears", "continues", "faces",
	"needs", "lives", "works", "comes", "goes", "takes", "makes", "gets", "gives", "meets",
	"visits", "arrives", "leaves", "travels", "holds", "hosts", "returns", "heads", "flies",
	"begins", "starts", "ends", "opens", "closes", "runs", "stands", "knows", "hopes",
	"estimates", "reports", "shows", "suggests", "includes", "owns", "wins", "loses",
	"plays", "calls", "asks", "agrees", "denies", "rejects", "accepts", "becomes", "keeps",
	"resumes", "departs", "concludes", "launches", "unveils", "publishes", "releases",
	"hears", "rules", "decides", "votes", "sits", "convenes", "reconvenes", "testifies",
	"speaks", "addresses", "attends", "joins", "races", "competes", "fights", "kicks",
	"opens", "wraps", "marks", "celebrates", "hopes", "aims", "seeks", "tries", "lands",
	"expires", "finishes", "enters", "gets", "sets", "moves", "shifts", "tours", "signs",
	"lapses", "applies", "lasts", "allows", "requires", "affects", "protects", "prevents", "covers",
}

// planIng are progressives that announce arrangements in news copy ("is
// meeting", "are holding"); other progressives ("is growing") are ongoing.
var planIng = map[string]bool{
	"visiting": true, "meeting": true, "traveling": true, "travelling": true, "flying": true,
	"heading": true, "going": true, "leaving": true, "arriving": true, "holding": true,
	"hosting": true, "attending": true, "launching": true, "releasing": true, "opening": true,
	"returning": true, "resuming": true, "starting": true, "beginning": true, "playing": true,
	"taking": true, "speaking": true, "addressing": true, "joining": true, "touring": true,
	"stopping": true, "coming": true, "publishing": true, "unveiling": true, "announcing": true,
	"signing": true, "marrying": true, "moving": true, "closing": true, "ending": true,
	"staging": true, "presenting": true, "delivering": true, "testifying": true,
	"appearing": true, "departing": true, "sailing": true, "driving": true, "performing": true,
	"competing": true, "convening": true, "voting": true, "debating": true,
}

// baseForms are plural present verbs of news copy that are rarely nouns; they
// count only after a plural noun, a name or a pronoun ("voters go to the
// polls", "talks resume").
var baseForms = []string{
	"go", "meet", "head", "gather", "resume", "begin", "arrive", "leave", "travel", "fly",
	"hold", "sit", "convene", "take", "start", "open", "return", "expect", "plan", "hope",
	"remain", "continue", "face", "say", "insist", "warn", "believe", "want", "need",
	"expire", "apply", "lapse", "close", "end", "finish", "reopen",
}

// reporting verbs introduce speech; they rarely carry the tense of the event.
var reporting = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"stated": true, "states": true, "declared": true, "announced": true, "noted": true,
	"reported": true, "wrote": true, "explained": true, "insisted": true, "argued": true,
	"claimed": true, "warned": true, "confirmed": true, "according": true, "revealed": true,
	"acknowledged": true, "disclosed": true, "reiterated": true, "stressed": true,
}

// determiners before a past form make it an adjective ("the proposed law").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "these": true, "those": true,
	"some": true, "many": true, "no": true, "any": true, "each": true, "every": true,
	"most": true, "more": true, "less": true, "several": true, "newly": true, "so-called": true,
	"of": true, "highly": true, "very": true, "well": true, "fully": true, "much": true,
}

// notPastED are frequent words ending in -ed that are not past forms.
var notPastED = map[string]bool{
	"need": true, "speed": true, "bed": true, "red": true, "seed": true, "feed": true,
	"breed": true, "greed": true, "shed": true, "hundred": true, "sacred": true, "naked": true,
	"wicked": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true,
	"embed": true, "creed": true, "reed": true, "weed": true, "heed": true, "deed": true,
	"wed": true, "ahmed": true, "mohammed": true,
	"tweed": true, "steed": true, "kindred": true, "rugged": true, "ragged": true,
	"beloved": true, "learned": false, "aged": true, "alleged": true, "so-called": true,
	"unprecedented": true, "unexpected": true, "united": true, "advanced": true, "biased": true,
	"skilled": true, "detailed": true, "limited": true, "complicated": true, "sophisticated": true,
	"interested": true, "concerned": true, "supposed": true, "based": true, "related": true,
	"armed": true, "talented": true, "experienced": true, "qualified": true,
}

// classify returns the tense class of word token i.
func (ts *tokens) classify(i int, atStart bool) uint8 {
	t := ts.t[i]
	if t.kind != kWord {
		return wNone
	}
	w := ts.w(i)
	// Names inside a sentence are not verbs ("Reed", "Will Smith"); "I'll"
	// is no name.
	if t.cap && !atStart && !(i > 0 && ts.t[i-1].kind == kPunct && ts.sentenceStartish(i)) && !contractedFuture(w) {
		return wNone
	}
	if c, ok := wordClassTab.get(w); ok {
		if c == wModal && w == "may" && t.cap && !atStart {
			return wNone
		}
		return c
	}
	if n := len(w); n >= 4 {
		switch {
		case w[n-2:] == "ed" && !notPastEDTab.val(w):
			return wPastPart
		case w[n-3:] == "ing":
			return wIng
		}
	}
	if contractedFuture(w) {
		return wFut
	}
	return wNone
}

// contractedFuture reports whether w ends in a contracted "will": "I'll",
// "we'll", "she’ll".
func contractedFuture(w string) bool {
	n := len(w)
	return n >= 4 && w[n-3:] == "'ll" || n >= 6 && w[n-5:] == "’ll"
}

// sentenceStartish is true after an opening quote or bracket.
func (ts *tokens) sentenceStartish(i int) bool {
	p := ts.text[ts.t[i-1].s:ts.t[i-1].e]
	return p == "\"" || p == "“" || p == "(" || p == "'" || p == "‘"
}

const wIng = 100

// group is one verb group: tokens [s, e) and its tense.
type group struct {
	s, e      int
	tense     TenseKind
	reporting bool
	weak      bool // a purpose infinitive after a noun: "the program to run"
	inf       bool // ends in an infinitive: "agreed to meet"
}

// verbGroups appends the verb groups of tokens [a, b) to out.
func (ts *tokens) verbGroups(a, b int, out []group) []group {
	i := a
	for i < b {
		c := ts.class(i)
		if c == wTo && ts.purposeInfinitive(i, a) {
			out = append(out, group{s: i, e: i + 2, tense: Future, weak: true})
			i += 2
			continue
		}
		if !ts.startsGroup(i, c, a) {
			i++
			continue
		}
		g := group{s: i}
		fut, pastAux, presAux, have, be, ing, pastForm, part := false, false, false, false, false, false, false, false
		first := c
		j := i
		for j < b {
			c = ts.class(j)
			if j > i && j+1 < b && ts.t[j].kind == kPunct && isQuoteTok(ts.text[ts.t[j].s:ts.t[j].e]) && ts.continuesGroup(j+1, ts.class(j+1)) {
				j++ // a quotation opening inside the group: is "going to be
				continue
			}
			if j > i && !ts.continuesGroup(j, c) {
				break
			}
			switch c {
			case wFut, wModal:
				fut = true
			case wGoing:
				if ts.w(j+1) == "to" {
					fut = true
				} else {
					ing = true
				}
			case wCue:
				if ts.w(j+1) == "to" || ts.w(j+1) == "for" && ts.w(j) != "hoping" && ts.w(j) != "hopes" {
					// "is expected to", "was scheduled for Thursday": ahead.
					fut = true
				} else if ts.w(j) == "planned" || ts.w(j) == "expected" || ts.w(j) == "set" {
					pastForm = true
				}
			case wPastAux:
				pastAux = true
				if ts.w(j) == "had" {
					have = true
				}
			case wPresAux:
				presAux = true
			case wHave:
				have = true
			case wBe:
				be = true
			case wPast, wAmbig:
				pastForm = true
			case wPastPart, wPart:
				part = true
			case wIng:
				ing = true
			case wTo:
				// "is to visit": a plan.
				// only right after the auxiliary: "was coming to" is not a plan.
				if j > i && (first == wPresAux || first == wPastAux) && !have && !part && !ing && (ts.class(j-1) == wPresAux || ts.class(j-1) == wPastAux || ts.class(j-1) == wAdv) {
					fut = true
				}
			}
			j++
		}
		g.e = j
		if j == i+1 && (first == wPastPart || first == wAmbig) && ts.agentBy(j) && ts.reducedRelative(i, out) {
			i = j
			continue // "will meet families displaced by the floods": no verb of the clause
		}
		g.reporting = reportingTab.val(ts.w(i)) || reportingTab.val(ts.w(j-1))
		g.inf = ts.w(j-1) == "to" && j < b && ts.t[j].kind == kWord && !ts.t[j].cap && !determinersTab.val(ts.w(j)) && !pluralNoun(ts.w(j))
		switch {
		case fut:
			g.tense = Future
		case pastAux:
			g.tense = Past
		case presAux && ing && !have && !part && planIngTab.val(ts.w(j-1)):
			g.tense = Future // "is visiting Tokyo on Friday"
		case presAux && ing && !have && !part:
			g.tense = Present // "the pressure is growing"
		case first == wHave && (part || pastForm || be && !ing):
			g.tense = Past
		case presAux || first == wHave || first == wPres || first == wBase:
			g.tense = Present
		case pastForm || part && first == wPastPart:
			g.tense = Past
		default:
			i = j
			continue // a lone gerund or participle: no tense of its own
		}
		out = append(out, g)
		i = j
	}
	return out
}

// agentBy reports whether an agent "by" opens at token j, after an optional
// particle: "displaced by", "cut off by".
func (ts *tokens) agentBy(j int) bool {
	switch ts.w(j) {
	case "by":
		return true
	case "off", "out", "up", "down":
		return ts.w(j+1) == "by"
	}
	return false
}

// reducedRelative reports whether the lone participle at i, before "by",
// modifies the noun before it after a future verb ("will meet families
// displaced by the fighting"): a finite group already stands earlier in the
// clause, and a clause has one. After a past or present verb the participle
// is kept: it may be all that dates a day near it ("breaks from Wednesday
// night's debates hosted by Univision").
func (ts *tokens) reducedRelative(i int, out []group) bool {
	if len(out) == 0 || i == 0 || ts.t[i-1].kind != kWord || ts.t[i-1].cap || ts.class(i-1) != wNone {
		return false
	}
	g := out[len(out)-1]
	if g.weak || g.e >= i || g.tense != Future {
		return false
	}
	for k := g.e; k < i; k++ {
		if ts.clauseBreak(k) {
			return false
		}
	}
	return true
}

// notPurpose are words before "to" that do not head a purpose infinitive.
var notPurpose = map[string]bool{
	"according": true, "due": true, "close": true, "compared": true, "similar": true,
	"next": true, "up": true, "prior": true, "contrary": true, "thanks": true, "addition": true,
	"regard": true, "respect": true, "relation": true, "back": true, "return": true,
	"way": true, "road": true, "path": true, "access": true, "visit": true, "trip": true,
	"journey": true, "flight": true, "travel": true, "tour": true, "move": true, "home": true,
	"from": true, "ahead": true, "equal": true, "able": true, "unable": true, "used": true,
	"nothing": true, "date": true, "quick": true, "eager": true, "ready": true,
	"happy": true, "willing": true, "keen": true, "first": true, "last": true, "reluctant": true,
	"slow": true, "free": true, "right": true, "hard": true, "easy": true, "difficult": true,
	"enough": true, "too": true, "anxious": true, "determined": true, "afraid": true,
	"want": true, "wants": true, "need": true, "needs": true, "try": true,
}

// purposeInfinitive reports whether "to" at i opens an infinitive of purpose
// or plan after a noun ("a program to run through June"): the plan lies ahead
// of the verb that reports it.
func (ts *tokens) purposeInfinitive(i, sentStart int) bool {
	if i <= sentStart || i+1 >= len(ts.t) || ts.t[i-1].kind != kWord || ts.t[i+1].kind != kWord || ts.t[i+1].cap {
		return false
	}
	prev, next := ts.w(i-1), ts.w(i+1)
	if notPurposeTab.val(prev) || determinersTab.val(prev) || ts.class(i-1) != wNone || ts.class(i+1) != wNone && ts.class(i+1) != wBase {
		return false
	}
	// "were quick to offer": a predicate adjective; "the first woman to win":
	// a description, not a plan.
	switch ts.class(i - 2) {
	case wPastAux, wPresAux, wBe:
		return false
	}
	if p2 := ts.w(i - 2); p2 == "first" || p2 == "last" || p2 == "only" || p2 == "second" || p2 == "third" || strings.HasSuffix(p2, "est") || strings.HasSuffix(prev, "est") {
		return false
	}
	if strings.HasSuffix(prev, "ly") || strings.HasSuffix(prev, "ble") || strings.HasSuffix(prev, "ing") {
		return false
	}
	if determinersTab.val(next) || len(next) < 2 || numberWordsTab.val(next) > 0 {
		return false
	}
	for _, suf := range []string{"ing", "ed", "ly", "'s", "’s", "s"} {
		if strings.HasSuffix(next, suf) {
			return false
		}
	}
	if _, ok := unitsTab.get(next); ok {
		return false
	}
	if _, ok := monthsTab.get(next); ok {
		return false
	}
	return true
}

// startsGroup reports whether token i with class c can open a verb group.
func (ts *tokens) startsGroup(i int, c uint8, sentStart int) bool {
	switch c {
	case wFut, wModal, wPastAux, wPresAux, wHave, wPast, wPres, wGoing:
		return true
	case wCue:
		return (ts.w(i+1) == "to" || ts.w(i+1) == "for") && i > sentStart && (ts.class(i-1) != wNone || ts.finitePlan(i))
	case wBase:
		if ts.w(i) == "close" && ts.w(i+1) == "to" {
			return false // "sources close to the talks"
		}
		if p := ts.w(i - 1); strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return false // "by Monday's close": a noun
		}
		if i > sentStart && ts.isPunct(i-1, ",") && ts.inRelative(i-1) {
			return true // "The tariffs, which were announced on Tuesday, take effect"
		}
		if i <= sentStart || ts.t[i-1].kind != kWord {
			return false
		}
		p := ts.w(i - 1)
		switch p {
		case "they", "we", "you", "i", "which", "that", "who":
			return true // "tariffs which take effect on Wednesday"
		}
		if ts.class(i-1) != wNone || determinersTab.val(p) {
			return false
		}
		return ts.t[i-1].cap || len(p) > 3 && p[len(p)-1] == 's' && p[len(p)-2] != 's' || ts.pluralHeadBefore(i-1, sentStart)
	case wAmbig:
		// "The storm hit the coast": past after a noun; "they hit", "to
		// hit", "will hit" say nothing on their own.
		if i <= sentStart {
			return false
		}
		p := ts.w(i - 1)
		switch p {
		case "they", "we", "you", "i", "to", "not", "also", "often", "usually", "always":
			return false
		}
		return ts.t[i-1].kind == kWord && ts.class(i-1) == wNone && !determinersTab.val(p)
	case wPastPart:
		if i > sentStart {
			p := ts.w(i - 1)
			if determinersTab.val(p) || ts.isPunct(i-1, "-") || len(p) > 2 && (p[len(p)-2:] == "'s" || p[len(p)-2:] == "s'") {
				return false
			}
			if objectPronoun(p) || linkingVerb(p) {
				return false // "will see him received", "will stay closed": a complement, not a past
			}
			if len(p) > 4 && p[len(p)-4:] == "’s" {
				return false
			}
		}
		return true
	}
	return false
}

// subjectPreps open a phrase that may follow a subject noun.
var subjectPreps = map[string]bool{
	"to": true, "of": true, "from": true, "for": true, "in": true, "at": true, "on": true,
	"between": true, "across": true, "into": true, "by": true,
}

// pluralHeadBefore reports whether the noun at k ends a prepositional
// phrase after a plural subject: "Flights to the island (resume)", "Polls
// in the state (close)". Only nouns, determiners and one preposition may
// stand between, over a few words.
func (ts *tokens) pluralHeadBefore(k, sentStart int) bool {
	if ts.t[k].cap || ts.t[k].e-ts.t[k].s < 3 || subjectPreps[ts.w(k)] {
		return false // "in October in return": no noun before the verb
	}
	for m := k - 1; m > sentStart && m >= k-5; m-- {
		if ts.t[m].kind != kWord {
			return false
		}
		if subjectPreps[ts.w(m)] {
			p := ts.w(m - 1)
			return ts.t[m-1].kind == kWord && ts.class(m-1) == wNone && !determinersTab.val(p) && (pluralNoun(p) || ts.t[m-1].cap)
		}
		if ts.class(m) != wNone || ts.clauseBreak(m) {
			return false
		}
	}
	return false
}

// continuesGroup reports whether token j extends the group being read.
func (ts *tokens) continuesGroup(j int, c uint8) bool {
	switch c {
	case wNone, wPres, wFut, wPastAux, wPresAux, wBase:
		return false
	case wTo:
		// "expected to meet": keep the infinitive in the group.
		return ts.t[j].kind == kWord
	}
	return true
}

// Tense returns the tense of a sentence's main clause. See the package notes
// above for the cues it reads.
func Tense(sentence string) TenseKind {
	ts := tokenize(sentence)
	if ts.n() == 0 {
		return Present
	}
	gs := ts.verbGroups(0, ts.n(), nil)
	var fallback *group
	for k := range gs {
		g := &gs[k]
		if g.weak || ts.inRelative(g.s) {
			continue
		}
		if g.reporting {
			if fallback == nil {
				fallback = g
			}
			continue
		}
		if g.tense == Present && fallback != nil && fallback.tense == Past {
			// "told reporters that there are opportunities": a state
			// reported in the past; only a future in the report wins.
			return Past
		}
		return g.tense
	}
	if fallback != nil {
		return fallback.tense
	}
	if len(gs) > 0 {
		return gs[0].tense
	}
	return Present
}

// quotedBeforeReport reports whether group g speaks inside a quotation
// that a reporting verb then attributes before the timex at i: in "\"We
// will not back down,\" said Jane Roe, the union leader, on Monday" the
// quoted "will" does not date Monday, the report does. A quotation the
// reporter's own clause runs through ("felt there \"might well be\" a
// sweep on Saturday") has no report after it and keeps its verb. Single
// quotes are left out: they double as apostrophes.
func (ts *tokens) quotedBeforeReport(g group, i int, gs []group) bool {
	marks := 0
	for k := g.e; k < i; k++ {
		if ts.t[k].kind != kPunct {
			continue
		}
		if isDoubleQuoteTok(ts.text[ts.t[k].s:ts.t[k].e]) {
			marks++
		}
	}
	if marks%2 == 0 {
		return false
	}
	for _, r := range gs {
		if r.reporting && r.s >= g.e && r.e <= i {
			return true
		}
	}
	return false
}

func isQuoteTok(p string) bool {
	return isDoubleQuoteTok(p) || p == "'" || p == "‘" || p == "’"
}

func isDoubleQuoteTok(p string) bool {
	return p == "\"" || p == "“" || p == "”"
}

// inRelative reports whether token i sits in a ", who/which ..." clause.
func (ts *tokens) inRelative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if ts.t[k].kind == kPunct {
			p := ts.text[ts.t[k].s:ts.t[k].e]
			if p == "," || p == "(" || p == "—" || p == "–" {
				switch ts.w(k + 1) {
				case "who", "which", "whose", "whom", "where":
					return true
				}
				return false
			}
		}
	}
	return false
}

// ClauseTense returns the tense governing byte offset pos of sentence: the
// verb group nearest pos in its clause, else in the sentence; Present when
// there is none.
func ClauseTense(sentence string, pos int) TenseKind {
	ts := tokenize(sentence)
	for i, t := range ts.t {
		if int(t.e) > pos {
			a, b := ts.sentenceBounds(i)
			return ts.tenseAt(i, a, b, ts.verbGroups(a, b, nil))
		}
	}
	return Tense(sentence)
}

// clauseBreak reports whether token k separates clauses.
func (ts *tokens) clauseBreak(k int) bool {
	t := ts.t[k]
	if t.kind == kPunct {
		switch ts.text[t.s:t.e] {
		case ",", ";", ":", "—", "–", "(", ")", "\"", "“", "”":
			return true
		}
		return false
	}
	// A table, not a switch: a switch on strings is a binary search
	// whose branches the predictor misses more than once a word.
	return clauseWordsTab.has(ts.w(k))
}

// clauseWords open a clause (see clauseBreak).
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "while": true, "because": true, "but": true,
	"although": true, "though": true, "whereas": true, "and": true, "when": true, "where": true,
	"after": true, "before": true, "since": true, "as": true, "if": true, "whether": true, "until": true,
}

// tenseAt returns the tense for the timex at token i in sentence [a, b) with
// verb groups gs; ok is false when no verb group was found.
func (ts *tokens) tenseAt(i, a, b int, gs []group) TenseKind {
	t, _ := ts.tenseNear(i, i, a, b, gs)
	return t
}

func (ts *tokens) tenseNear(i, iEnd, a, b int, gs []group) (TenseKind, bool) {
	return ts.tenseNearWeak(i, iEnd, a, b, gs, true)
}

// tenseNearWeak is tenseNear; weak tells whether purpose infinitives count.
func (ts *tokens) tenseNearWeak(i, iEnd, a, b int, gs []group, weak bool) (TenseKind, bool) {
	// Clause bounds.
	ca := i
	for ca > a && !ts.clauseBreak(ca-1) {
		ca--
	}
	cb := iEnd + 1
	for cb < b && !ts.clauseBreak(cb) {
		cb++
	}
	best, bestD := -1, 1<<30
	crossClause := false
	for k, g := range gs {
		if g.weak && !weak {
			continue
		}
		var d int
		switch {
		case g.e <= i:
			if g.e <= ca {
				continue
			}
			d = i - g.e
		case g.s > iEnd:
			if g.s >= cb || g.weak {
				continue
			}
			d = g.s - iEnd + 1 // prefer the left side on ties
		default:
			d = 0
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	if best < 0 && ca > a && ca < i && ts.nounAnd(ca-1) {
		// "would visit the plant and the villages of X and Y on Tuesday":
		// an "and" that joins noun phrases opens no clause, and the verb
		// before the list dates the timex, not one in a later appositive
		// or relative clause (", a step courts rarely take"). Not when the
		// timex itself follows "and": "on 6 and 12 December".
		if k := ts.groupBefore(i, ca, a, gs, weak, ts.nounAnd); k >= 0 {
			best, bestD = k, i-gs[k].e
		}
	}
	if best < 0 {
		// Nothing in the clause: nearest group in the sentence. A present
		// tense in another clause says little about the timex ("With a
		// plunge on Tuesday, the pressure is growing"), so only past and
		// future count there.
		crossClause = true
		// A verb in a trailing appositive, relative clause or aside (",
		// a step courts rarely take", ", which critics say", "— the first
		// since 2019 —") describes something else: it counts only when
		// no other verb does. A trailing report (", the minister said")
		// still does.
		ap := b
		for k := iEnd + 1; k < b; k++ {
			if ts.punctBreak(k) {
				if ts.asideOpens(k) {
					ap = k
				}
				break
			}
		}
		for pass := 0; pass < 2 && best < 0; pass++ {
			for k, g := range gs {
				if g.weak {
					continue // a purpose infinitive only speaks for its own clause
				}
				var d int
				switch {
				case g.e <= i:
					if pass == 0 && ts.quotedBeforeReport(g, i, gs) {
						continue
					}
					d = i - g.e
				case g.s > iEnd:
					if pass == 0 && g.s > ap && !g.reporting {
						continue
					}
					d = g.s - iEnd + 1
				}
				if g.reporting {
					d += 5
				}
				if d < bestD {
					best, bestD = k, d
				}
			}
		}
	}
	if best < 0 {
		return Present, false
	}
	if g := gs[best]; crossClause && g.reporting && g.s > iEnd && ca > a && ca < i && ts.phraseLink(ca-1) {
		// "will meet union leaders and employers in Brussels on Wednesday,
		// his office said", "will start the tour, with a visit to X on
		// Monday and a rally on Tuesday, aides said": the trailing report
		// dates the report; the verb the phrase hangs on dates the day.
		if k := ts.groupBefore(i, ca, a, gs, weak, ts.phraseLink); k >= 0 {
			best = k
		}
	}
	if bestD != 1<<30 && crossClause && gs[best].tense == Present {
		return Present, false
	}
	if g := gs[best]; (g.inf || ts.w(g.e-1) == "to") && g.tense == Past && g.e <= i {
		if ts.forwardInf(g) {
			return Future, true // "were invited to talks on Thursday": the talks lie ahead
		}
		if !g.inf {
			return g.tense, true // "was sold to investors in April"
		}
		// "agreed to meet again in March": the timex may date the
		// agreement or the meeting after it; take the nearer reading.
		return Present, false
	}
	return gs[best].tense, true
}

// finitePlan reports whether the plan verb at i ("plans", "intends") is the
// finite verb of its clause: after a subject ("the government plans to",
// "she intends to"), not a noun after a determiner or possessive ("her plans
// to").
func (ts *tokens) finitePlan(i int) bool {
	switch ts.w(i) {
	case "plans", "plan", "intends", "intend", "aims", "hopes", "prepares":
	case "expected", "planned":
		// past forms only after a pronoun or a name: "she expected to
		// finish", not "a deal, once expected to be completed".
		if p := ts.w(i - 1); p != "he" && p != "she" && p != "it" && p != "they" && p != "we" && !ts.t[i-1].cap || ts.w(i+1) != "to" {
			return false
		}
	default:
		return false
	}
	if ts.w(i+1) != "to" || ts.t[i-1].kind != kWord {
		return false
	}
	p := ts.w(i - 1)
	switch p {
	case "he", "she", "it", "they", "we", "i", "you", "who", "which":
		return true
	}
	if determinersTab.val(p) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || strings.HasSuffix(p, "s'") || ts.class(i-1) != wNone {
		return false
	}
	if ts.t[i-1].cap {
		return true // a name: "Starmer plans to"
	}
	// A subject noun opens its clause or follows a determiner: "the
	// government plans to"; not "talks over government plans to".
	if i-2 < 0 || ts.t[i-2].kind != kWord {
		return true
	}
	p2 := ts.w(i - 2)
	return p2 != "of" && (determinersTab.val(p2) || ts.clauseBreak(i-2) || ts.sentenceStart(i-1))
}

// pluralNoun reports whether w, after "to", reads as a plural noun rather
// than a verb: "was sold to investors" is no infinitive. Base verbs ending
// in s end in "ss" or "us" ("discuss", "focus").
func pluralNoun(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != '\''
}

// objectPronoun reports whether w is an object pronoun, after which a past
// participle is a complement ("see him received", "had them arrested").
func objectPronoun(w string) bool {
	return w == "him" || w == "them" || w == "us" || w == "me"
}

// linkingVerb reports whether w links a subject to an adjective, after
// which a past participle is a state: "schools will stay closed".
func linkingVerb(w string) bool {
	switch w {
	case "stay", "stays", "remain", "remains", "be", "get", "gets", "become", "becomes", "seem", "seems", "keep", "keeps":
		return true
	}
	return false
}

// forwardInf reports whether the past group g ending in "to" invites to
// something still ahead: "were invited to talks", "was summoned to appear".
func (ts *tokens) forwardInf(g group) bool {
	if ts.w(g.s) == "had" {
		return false // "had been invited to speak in November": looking back
	}
	for k := g.s; k < g.e; k++ {
		switch ts.w(k) {
		case "invited", "summoned", "urged", "told", "instructed":
			return true
		}
	}
	return false
}

// groupBefore returns the last verb group that ends before the timex at i
// and starts after the clause break before ca that link does not pass, or
// -1: the verb a verbless phrase hangs on.
func (ts *tokens) groupBefore(i, ca, a int, gs []group, weak bool, link func(int) bool) int {
	ca2 := ca - 1
	for ca2 > a && (!ts.clauseBreak(ca2-1) || link(ca2-1)) {
		ca2--
	}
	best := -1
	for k, g := range gs {
		if g.e > i {
			break
		}
		if g.s >= ca2 && (weak || !g.weak) {
			best = k
		}
	}
	return best
}

// phraseLink reports whether token k, a clause break by its form, only
// joins phrases inside a clause that has no verb of its own: a noun-joining
// "and", an "and" before a word that is no verb form ("leaders and
// employers", "and hold a rally": the verb, if any, is the one before), a
// comma before "with" (", with a visit to X on Monday and a rally on
// Friday"). tenseNearWeak asks only for clauses without a verb group.
func (ts *tokens) phraseLink(k int) bool {
	if ts.nounAnd(k) {
		return true
	}
	if k+1 >= ts.n() || ts.t[k+1].kind != kWord {
		return false
	}
	if ts.w(k) == "and" {
		if ts.t[k+1].cap {
			return false
		}
		switch ts.class(k + 1) {
		case wBase:
			return true // "and hold a rally"
		case wNone:
			// "and employers", "and union members"
			return pluralNoun(ts.w(k+1)) || k+2 < ts.n() && ts.t[k+2].kind == kWord && !ts.t[k+2].cap && ts.class(k+2) == wNone && pluralNoun(ts.w(k+2))
		}
		return false
	}
	return ts.isPunct(k, ",") && ts.w(k+1) == "with"
}

// nounAnd reports whether token k is an "and" that joins noun phrases: a
// determiner, a number or a name follows ("the plant and the villages",
// "three depots and two stations", "Lagos and Kano").
func (ts *tokens) nounAnd(k int) bool {
	if ts.w(k) != "and" || k+1 >= ts.n() {
		return false
	}
	n := ts.t[k+1]
	if n.kind == kNum {
		return true
	}
	if n.kind != kWord {
		return false
	}
	w := ts.w(k + 1)
	return determinersTab.val(w) && w != "of" && w != "more" && w != "less" || numberWordsTab.val(w) > 0 || n.cap && ts.class(k+1) == wNone
}

// punctBreak reports whether token k is a mark that ends a clause.
func (ts *tokens) punctBreak(k int) bool {
	t := ts.t[k]
	if t.kind != kPunct {
		return false
	}
	switch ts.text[t.s:t.e] {
	case ",", ";", ":", "—", "–", "(", ")":
		return true
	}
	return false
}

// asideOpens reports whether the mark at k opens an appositive, a relative
// clause or an aside: a dash or bracket, or a comma before a determiner or
// a relative pronoun (", a step courts rarely take", ", which critics say").
func (ts *tokens) asideOpens(k int) bool {
	switch ts.text[ts.t[k].s:ts.t[k].e] {
	case "—", "–", "(":
		return true
	case ",":
	default:
		return false
	}
	switch ts.w(k + 1) {
	case "a", "an", "the", "its", "his", "her", "their", "this", "these", "those", "another",
		"which", "who", "whom", "whose":
		return true
	}
	return false
}
