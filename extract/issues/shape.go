package issues

import (
	newsbot "github.com/newsroom/newsbot"
	"strings"
	"unicode/utf8"
)

// A title an editor reads as a thread is a noun phrase with a head noun
// that names something still open. The chunker cuts phrases without a
// part-of-speech tagger, and three shapes recur in copy of every section
// that tells no dispute: a quality said of a plain noun ("Positive
// impact", "Booming economy", "Lacklustre wins"), a phrase run on into
// the word after it ("Largest recall involves", "Deutsche Bank - itself")
// and a phrase opened by an adverb or a reflexive pronoun ("Fairly run",
// "Themselves exorbitant salaries"). shapeJunk reads the title's words
// alone: no pass over the copy.

// qualitySuffixes end adjectives of quality or manner that head no noun
// phrase of their own ("impressive", "massive", "dangerous", "useful",
// "pointless", "remarkable", "visible").
var qualitySuffixes = []string{"ive", "ous", "ful", "less", "able", "ible"}

// qualityAdjectives are common adjectives of size, temper and rank with
// no tell-tale ending: before a plain noun they describe the story.
var qualityAdjectives = map[string]bool{
	"positive": true, "negative": true, "adverse": true, "booming": true, "lacklustre": true, "lackluster": true,
	"slight": true, "dark": true, "bright": true, "cold": true, "warm": true, "hot": true, "happy": true,
	"sad": true, "quirky": true, "honorary": true, "huge": true, "tiny": true, "vast": true,
	"strong": true, "weak": true, "solid": true, "healthy": true, "sluggish": true, "robust": true,
	"modest": true, "decent": true, "poor": true, "rich": true, "fast": true, "slow": true, "steady": true,
	"sharp": true, "steep": true, "gruelling": true, "grueling": true, "stellar": true, "superb": true,
	"brilliant": true, "stunning": true, "fantastic": true, "terrific": true, "wonderful": true,
	"excellent": true, "remarkable": true, "memorable": true, "great": true, "good": true, "bad": true,
	"winning": true, "losing": true, "thrilling": true, "exciting": true, "disappointing": true,
	"encouraging": true, "surprising": true, "stiff": true, "tough": true, "easy": true, "simple": true,
	"separate": true, "slim": true, "narrow": true, "comfortable": true,
}

// superlatives rank, they name no kind: "Biggest economy", "Brightest
// talents", "Largest".
var superlatives = map[string]bool{
	"biggest": true, "largest": true, "highest": true, "lowest": true, "smallest": true, "greatest": true,
	"best": true, "worst": true, "brightest": true, "strongest": true, "weakest": true, "fastest": true,
	"slowest": true, "longest": true, "shortest": true, "richest": true, "poorest": true, "oldest": true,
	"youngest": true, "newest": true, "finest": true, "toughest": true, "hardest": true, "deepest": true,
	"busiest": true, "cheapest": true, "heaviest": true, "steepest": true, "sharpest": true,
	"faster": true, "slower": true, "bigger": true, "larger": true, "smaller": true, "stronger": true, "weaker": true, "better": true, "worse": true, "cheaper": true,
}

// levelWords set a level a policy argues for: "Lower taxes", "Higher
// fees", "Lowest taxes" name a policy fight, not a quality.
var levelWords = map[string]bool{"higher": true, "lower": true, "highest": true, "lowest": true}

// kindModifiers end like adjectives yet say what kind ("Jobless rate",
// "Homeless shelters", "Wireless networks").
var kindModifiers = map[string]bool{
	"jobless": true, "homeless": true, "wireless": true, "stateless": true, "landless": true, "cordless": true,
}

// penaltyHeads name a case or its outcome still argued whatever modifies
// them: a "Positive test" is a doping case, a "Record fine" a penalty
// contested, a "Weak settlement" the end of a lawsuit feared.
var penaltyHeads = map[string]bool{
	"test": true, "tests": true, "fine": true, "fines": true, "penalty": true, "penalties": true,
	"settlement": true, "settlements": true, "compensation": true, "damages": true,
}

// threadHead reports a head noun that names a dispute or an open thread
// whatever modifies it: "Massive fraud", "Tacit approval", "Alleged
// assault" stay threads.
func threadHead(w string) bool {
	if penaltyHeads[w] || frameNouns[w] != "" || disputeNouns[w] || cueWeights[w] > 0 || topicalCues[w] || caseNouns[w] {
		return true
	}
	return disputeSynonyms[stemWord(w)] != 0 || frameNouns[stemWord(w)] != ""
}

// qualityWord reports an adjective of quality, size or rank.
func qualityWord(w string) bool {
	if levelWords[w] || kindModifiers[w] {
		return false
	}
	if qualityAdjectives[w] || superlatives[w] || degreeWords[w] {
		return true
	}
	if nounsInAl[w] || len(w) < 6 {
		return false
	}
	for _, s := range qualitySuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// qualityTitle reports a title of two words, a quality and a plain
// lower-case noun that names no thread ("Positive impact", "Impressive
// performances", "Biggest economy"), or a lone superlative ("Largest").
func qualityTitle(title string) bool {
	var buf [32]byte
	first, head, two := strings.Cut(title, " ")
	if !two {
		return superlatives[string(appendLower(buf[:0], title))]
	}
	if strings.Contains(head, " ") || head == "" || !startsLower(head) || strings.ContainsAny(first, "-'’") {
		return false
	}
	return qualityWord(string(appendLower(buf[:0], first))) && !threadHead(head)
}

// danglingEnds are words no noun phrase ends on: pronouns, linkers and
// adverbs a phrase ran on into ("Deutsche Bank - itself", "Expansive
// player - whereas", "Tunnel incident prior").
var danglingEnds = map[string]bool{
	"itself": true, "himself": true, "herself": true, "themselves": true, "ourselves": true, "yourself": true,
	"whereas": true, "prior": true, "thus": true, "hence": true, "therefore": true, "though": true,
	"although": true, "whose": true, "which": true, "who": true, "whom": true, "that": true, "the": true,
	"a": true, "an": true, "and": true, "or": true, "but": true, "if": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "as": true,
	"than": true, "this": true, "these": true, "those": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "your": true, "my": true, "it": true, "they": true, "we": true, "he": true,
	"she": true, "you": true, "i": true, "very": true, "too": true, "also": true, "even": true, "still": true,
	"yet": true, "already": true, "again": true, "ever": true, "never": true, "just": true, "only": true,
	"so": true, "such": true, "some": true, "any": true, "every": true, "each": true, "either": true,
	"neither": true, "not": true, "no": true, "where": true, "when": true, "while": true, "whether": true,
}

// frequencyAdverbs say how often, never what: "Wales twice".
var frequencyAdverbs = map[string]bool{"once": true, "twice": true, "thrice": true, "ago": true}

// runOnVerbs are third-person verbs that are never plural nouns and that
// a phrase runs on into ("Largest recall involves", "Bosses suggests").
var runOnVerbs = map[string]bool{
	"involves": true, "suggests": true, "includes": true, "requires": true, "operates": true, "says": true,
	"closes": true, "opens": true, "seems": true, "appears": true, "believes": true, "thinks": true,
	"wants": true, "needs": true, "means": true, "makes": true, "takes": true, "gives": true, "gets": true,
	"comes": true, "becomes": true, "looks": true, "feels": true, "knows": true, "tells": true,
}

// danglingTitle reports a title of two or more words ending on a
// pronoun, a linker, a contraction ("we've", "they're") or a verb it
// ran on into: a phrase cut mid-clause.
func danglingTitle(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	if i < 0 {
		return false
	}
	var buf [32]byte
	last := string(appendLower(buf[:0], title[i+1:]))
	if danglingEnds[last] || runOnVerbs[last] || verbsInS[last] || adverbs[last] || frequencyAdverbs[last] {
		return true
	}
	if j := strings.IndexAny(last, "'’"); j > 0 {
		_, size := utf8.DecodeRuneInString(last[j:])
		switch last[j+size:] {
		case "ve", "re", "ll", "d", "m":
			return true // "Renaissance we've"
		}
	}
	// "Wall Street happy": a predicate, not a modifier
	return i > 0 && strings.Contains(title[:i], " ") && qualityAdjectives[last]
}

// adjectivesInLy end in "-ly" yet modify a noun: "Early election",
// "Costly delays" are noun phrases.
var adjectivesInLy = map[string]bool{
	"early": true, "only": true, "daily": true, "weekly": true, "monthly": true, "yearly": true, "likely": true,
	"unlikely": true, "elderly": true, "friendly": true, "unfriendly": true, "costly": true, "deadly": true,
	"lonely": true, "lovely": true, "holy": true, "ugly": true, "silly": true, "orderly": true, "timely": true,
	"untimely": true, "hourly": true, "quarterly": true, "nightly": true, "kindly": true, "lively": true,
	"curly": true, "burly": true, "surly": true, "manly": true, "worldly": true, "bodily": true, "oily": true,
	"jolly": true, "comely": true, "stately": true, "leisurely": true, "beastly": true,
	"cowardly": true, "scholarly": true, "sickly": true, "homely": true, "unruly": true, "woolly": true,
}

// subjectPronouns open a clause, never a noun phrase.
var subjectPronouns = map[string]bool{
	"i": true, "i'm": true, "i've": true, "we": true, "we're": true, "we've": true, "they": true, "they're": true,
	"they've": true, "he": true, "he's": true, "she": true, "she's": true, "you": true, "you're": true, "it's": true,
}

// openerTitle reports a title opened by a reflexive or subject pronoun,
// by a common verb's "-ing" form or by an adverb before a lower-case word ("Fairly run", "Hugely popular
// show"): the rest of a clause, not a thread's name.
func openerTitle(title string) bool {
	first, rest, two := strings.Cut(title, " ")
	if !two || !startsLower(rest) {
		return false
	}
	var buf [32]byte
	w := string(appendLower(buf[:0], first))
	if reflexives[w] || subjectPronouns[w] {
		return true // "I'm wouldn't", "They favour": a clause's subject
	}
	if ingOpener(w) {
		return true // "Getting impatient": a clause cut from its subject
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !nounsInLy[w] && !adjectivesInLy[w] &&
		!strings.ContainsAny(w, "-'’")
}

// ingOpener reports a common verb's "-ing" form ("seeking", "getting"),
// no noun ("meeting") and no dispute cue ("warning over ...").
func ingOpener(w string) bool {
	return strings.HasSuffix(w, "ing") && generic[w] && !ingNouns[w] && !phraseNouns[w] && cueWeights[w] == 0
}

// ingRepair returns the noun phrase of a title opened by a common verb's
// "-ing" form and two or more words ("Seeking bankruptcy protection" →
// "Bankruptcy protection"), "" for any other title.
func ingRepair(title string) string {
	first, rest, two := strings.Cut(title, " ")
	if !two || !strings.Contains(rest, " ") || !startsLower(rest) {
		return ""
	}
	var buf [32]byte
	if !ingOpener(string(appendLower(buf[:0], first))) {
		return ""
	}
	next, _, _ := strings.Cut(rest, " ")
	if lexicon[next].stop() || lexicon[next].prep() || lexicon[next].det() {
		return "" // "Getting into the final": no object to keep
	}
	return capitalise(rest)
}

// resultHeads name an outcome already told: a match's result, a firm's
// figures, an injury taken. Titled by one with nothing of a dispute,
// the issue is a report's fact, no thread ("Straight defeat", "Quarter
// profits", "Hamstring injury").
var resultHeads = map[string]bool{
	"profit": true, "profits": true, "earnings": true, "revenue": true, "revenues": true, "turnover": true,
	"victory": true, "win": true, "defeat": true, "draw": true, "injury": true, "injuries": true,
}

// resultTitle reports a title headed by a result noun in which no word
// names a dispute or thread ("Alleged withheld profits", "Tax reform to
// raise revenue" stay), nor, for an injury, whose it is ("Ruiz's
// injury" is a player's fitness, told on).
func resultTitle(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	var buf [32]byte
	last := string(appendLower(buf[:0], title[i+1:]))
	if !resultHeads[last] {
		return false
	}
	if strings.HasPrefix(last, "injur") && strings.ContainsAny(title, "'’") {
		return false
	}
	for w := range strings.FieldsSeq(title[:max(i, 0)]) {
		lw := string(appendLower(buf[:0], w))
		if threadHead(lw) || lexicon[lw].prep() || lexicon[lw].stop() {
			return false // "Windfall tax on profits": headed before its preposition
		}
		if edWord(lw) || irregularPast[lw] {
			return false // "Hidden profits", "Inflated earnings": something done to them
		}
	}
	return true
}

// shapeJunk reports a title of one of the shapes above. A dispute word
// in the sentence telling the issue spares none of them: most copy holds
// one ("fears", "critics") beside the story's scenery.
func shapeJunk(title string) bool {
	return qualityTitle(title) || danglingTitle(title) || openerTitle(title) || resultTitle(title)
}

// dropShapeJunk drops the issues whose final title has one of the shapes
// above: read last, after every pass that completes a cut title ("Massive
// tax" becomes "Massive tax bill"), so that only titles no pass repaired
// go.
func dropShapeJunk(res []newsbot.Issue) []newsbot.Issue {
	kept := res[:0]
	for _, is := range res {
		if t := ingRepair(is.Title); t != "" {
			is.Title = t
		}
		if !shapeJunk(is.Title) {
			kept = append(kept, is)
		}
	}
	return kept
}
