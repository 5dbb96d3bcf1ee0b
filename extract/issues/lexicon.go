package issues

import "slices"

// cueWeights mark contention: a sentence holding them raises a dispute or
// an unresolved thread. Strong cues name the dispute itself; weak ones
// only suggest it. Keys are lower-case words.
var cueWeights = map[string]float64{
	// strong
	"allegation": 2, "allegations": 2, "alleged": 2, "allegedly": 2, "accused": 2, "accuses": 2, "accuse": 2, "accusing": 2,
	"dispute": 2, "disputes": 2, "disputed": 2, "refuted": 2, "refutes": 2, "denied": 2, "denies": 2, "deny": 2, "denial": 1,
	"convicted": 2, "conviction": 2, "charges": 2, "charged": 2, "sanctions": 2, "sanctioned": 2, "violations": 2, "violation": 2,
	"protest": 2, "protests": 2, "protesters": 2, "protestors": 2, "row": 2, "probe": 2, "investigation": 2, "investigate": 2,
	"inquiry": 2, "lawsuit": 2, "sued": 2, "controversial": 2, "controversy": 2, "criticised": 2, "criticized": 2,
	"criticism": 2, "critics": 2, "critic": 2, "condemned": 2, "condemns": 2, "opposition": 2, "opposes": 2, "opposed": 2,
	"oppose": 2, "espionage": 2, "spying": 2, "spy": 2, "hacking": 2, "jailed": 2, "imprisoned": 2, "arrested": 2,
	"detained": 2, "veto": 2, "embargo": 2, "illegal": 2, "unlawful": 2, "threat": 2, "threats": 2, "threaten": 2, "threatened": 2,
	"scandal": 2, "stalled": 2, "boycott": 2, "backlash": 2, "rebuke": 2, "rebuffed": 2, "rejected": 2, "rejects": 2,
	"clash": 2, "clashes": 2, "intimidation": 2, "coercion": 2, "bullying": 2, "torture": 2, "tortured": 2, "abuse": 2,
	"abused": 2, "snub": 2, "unjustified": 2, "irresponsible": 2, "inadmissible": 2, "dishonesty": 2, "trial": 2,
	"prosecutors": 2, "guilty": 2, "impeachment": 2, "fraud": 2, "corruption": 2, "misconduct": 2, "harass": 2,
	// weak
	"case": 1, "raise": 1, "raised": 1, "concern": 1, "concerns": 1, "concerned": 1, "fear": 1, "fears": 1, "feared": 1,
	"warn": 1, "warned": 1, "warns": 1, "warning": 1, "disagree": 1, "disagreement": 1, "tension": 1, "tensions": 1,
	"demand": 1, "demands": 1, "demanded": 1, "urged": 1, "urge": 1, "urges": 1, "release": 1, "prison": 1, "questions": 1,
	"pressure": 1, "calls": 1, "unfair": 1, "worrying": 1, "worried": 1, "doubt": 1, "doubts": 1, "claims": 1, "claim": 1,
	"claimed": 1, "refuses": 1, "refused": 1, "insisted": 1, "defended": 1, "defends": 1, "challenge": 1, "challenged": 1,
	"blame": 1, "blamed": 1, "failed": 1, "failure": 1, "risk": 1, "difficult": 1, "tough": 1, "deteriorated": 1,
	"ban": 1, "lifted": 1, "lifting": 1, "objections": 1, "debate": 1, "unresolved": 1, "appeal": 1, "ruling": 1,
	// threads still open: negotiations, reforms and pledges to be kept
	"negotiate": 1, "negotiations": 1, "negotiating": 1, "reform": 1, "reforms": 1, "peace": 1, "ceasefire": 1,
	"proposal": 1, "proposals": 1, "pledge": 1, "pledged": 1, "promise": 1, "promised": 1, "target": 1,
	"targets": 1, "deadline": 1, "referendum": 1, "legislation": 1, "uncertainty": 1, "unclear": 1,
	"undisclosed": 1, "secrecy": 1,
	// disputes by their usual names in wire copy
	"strike": 1, "strikes": 2, "walkout": 2, "bribery": 2, "bribes": 2, "rigging": 2, "rigged": 2,
	"annexation": 2, "incursion": 2, "deadlock": 2, "deadlocked": 2, "impasse": 2, "stalemate": 2,
	"retaliate": 1, "retaliation": 1, "sovereignty": 1,
	"coup": 2,
	// threads told without a dispute word: a closure, a product's approval
	// or price, talks to end a dispute
	"closure": 1, "closures": 1, "approval": 1, "prequalification": 1,
	"disappointed": 1, "disappointing": 1, "battle": 2, "shortage": 1, "shortages": 1, "investigating": 2,
}

// generic words carry no topic of their own: reporting verbs, function
// words, vague nouns and the contention cues that are not topics.
var generic = buildGeneric()

func buildGeneric() map[string]bool {
	g := map[string]bool{}
	for _, w := range genericList {
		g[w] = true
	}
	// Contention cues are not topics, except those that name one.
	for w := range cueWeights {
		if !topicalCues[w] {
			g[w] = true
		}
	}
	return g
}

// topicalCues are cue words that also name what the dispute is about.
var topicalCues = map[string]bool{
	"espionage": true, "spying": true, "spy": true, "hacking": true, "embargo": true, "sanctions": true,
	"veto": true, "torture": true, "impeachment": true, "corruption": true, "fraud": true, "boycott": true,
	"intimidation": true, "coercion": true, "snub": true, "trial": true, "protests": true, "protest": true,
	"ban": true, "inquiry": true, "probe": true, "investigation": true, "lawsuit": true,
	"negotiations": true, "reform": true, "reforms": true, "peace": true, "ceasefire": true, "proposal": true,
	"proposals": true, "pledge": true, "target": true, "targets": true, "deadline": true, "referendum": true,
	"legislation": true, "secrecy": true,
	// topics that carry no cue of their own
	"health": true,
	"strike": true, "strikes": true, "walkout": true, "bribery": true, "bribes": true, "rigging": true,
	"annexation": true, "incursion": true, "tariff": true, "tariffs": true, "levy": true, "takeover": true,
	"sovereignty": true, "restructuring": true, "closure": true, "closures": true, "approval": true, "prequalification": true, "petition": true, "retaliation": true, "coup": true,
	"shortage": true, "shortages": true,
}

var genericList = slices.Concat(functionWords, commonVerbs, vagueWords)

// functionWords are the closed classes: articles, prepositions, pronouns,
// auxiliaries and the like. They bound noun phrases.
var functionWords = []string{
	"a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
	"about", "as", "than", "that", "this", "these", "those", "there", "here", "it", "its", "it's", "is", "are", "was",
	"were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "done", "will", "would",
	"can", "could", "should", "may", "might", "must", "shall", "not", "no", "nor", "so", "too", "very", "also", "just",
	"only", "even", "still", "yet", "already", "again", "ever", "never", "more", "most", "much", "many", "some", "any",
	"all", "both", "each", "every", "other", "another", "such", "own", "same", "which", "who", "whom", "whose", "what",
	"when", "where", "why", "how", "while", "after", "before", "since", "until", "during", "over", "under", "between",
	"against", "among", "through", "across", "around", "up", "down", "out", "off", "then", "now", "because", "though",
	"although", "whether", "he", "she", "they", "we", "you", "i", "him", "her", "them", "us", "me", "his", "hers",
	"their", "our", "your", "my", "one", "ones", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"first", "second", "third", "last", "next", "new", "old", "per", "via", "like", "unless", "whilst", "upon", "onto",
	"towards", "toward", "within", "without", "above", "below", "further", "far", "quite", "rather", "well", "instead",
	"however", "meanwhile", "indeed", "perhaps", "really", "including", "mr", "mrs", "ms", "dr", "sir", "lord",
}

// commonVerbs are reporting and common verbs: they bound noun phrases too.
var commonVerbs = []string{
	"said", "says", "say", "saying", "told", "tell", "tells", "added", "adds", "asked", "asks", "ask", "stated",
	"continued", "noted", "explained", "according", "believe", "believes", "think", "thinks", "thought", "knows",
	"know", "known", "want", "wants", "wanted", "need", "needs", "needed", "make", "makes", "made", "making", "take",
	"takes", "took", "taken", "taking", "get", "gets", "got", "give", "gives", "gave", "given", "go", "goes", "went",
	"going", "come", "comes", "came", "coming", "see", "sees", "saw", "seen", "put", "puts", "set", "sets", "use",
	"used", "uses", "using", "help", "helps", "helped", "keep", "keeps", "kept", "seek", "seeks", "sought", "show",
	"shows", "showed", "expected", "expects", "expect", "anticipated", "likely", "able", "sure", "ensure", "become",
	"became", "becomes", "remain", "remains", "remained", "appear", "appears", "appeared", "seem", "seems", "seemed",
	"look", "looks", "looked", "find", "found", "call", "called", "try", "tried", "trying", "attempts", "attempt",
	"work", "worked", "works", "meet", "met", "meeting", "held", "hold", "holds", "agree", "agreed", "agreement",
	"discuss", "discussed", "talk", "talks", "speaking", "spoke", "speak", "bring", "bringing", "brought", "turn",
	"turning", "including", "face", "faces", "facing", "faced", "encountered", "revealed", "reported", "reports",
	"report", "announced", "passed", "approving", "approved", "bury", "stick", "mend", "improve", "enhance",
	"strengthen", "achieve", "promising", "declared", "reaffirmed", "praised", "courting", "reassuring", "visiting",
	"allow", "allowed", "provide", "provided", "lead", "leads", "led", "mean", "means", "meant", "lose", "lost",
}

// vagueWords are vague nouns and adjectives, and verbs a phrase chunker
// without a part-of-speech tagger would otherwise keep.
var vagueWords = []string{
	"people", "person", "government", "governments", "official", "officials", "minister", "ministers", "leader",
	"leaders", "president", "prime", "secretary", "spokesman", "spokeswoman", "spokesperson", "country", "countries",
	"nation", "nations", "state", "states", "world", "time", "times", "year", "years", "month", "months", "week",
	"weeks", "day", "days", "today", "yesterday", "tomorrow", "issue", "issues", "topic", "topics", "matter",
	"matters", "thing", "things", "way", "ways", "part", "number", "lot", "lots", "plan", "plans", "relations",
	"ties", "trip", "visit", "visits", "reporters", "journalists", "news", "newspaper", "statement", "interview",
	"letter", "briefing", "response", "opportunity", "opportunities", "chance", "effort", "efforts", "practice",
	"fact", "point", "side", "sides", "group", "groups", "end", "start", "beginning", "result", "results", "reason",
	"important", "major", "strong", "big", "small", "large", "good", "bad", "great", "real", "recent", "long",
	"local", "high", "low", "key", "top", "senior", "former", "current", "latest", "further", "several", "few",
	"quick", "quickly", "significantly", "much", "mid", "full", "whole", "half", "part", "form", "kind", "sort",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ago", "later", "earlier", "early", "late",
	"mr.", "ms.", "mrs.", "dr.", "per cent", "percent", "cent", "million", "billion", "bn", "m", "am", "pm",
	"yes", "ok", "interests", "interest", "sense", "heads", "head", "ground", "sand", "proof", "place", "procedures",
	"comes", "courtesy", "attention", "idea", "ideas", "level", "levels", "move", "moves", "step", "steps",
	"support", "supporter", "supporters", "home", "house", "role", "view", "views", "term", "terms", "case",
	"order", "intention", "intentions", "regarding", "entering", "establish", "constituted", "concerning",
	"party", "parties", "opposition", "spokesman's", "hopes", "plenty", "aim", "aims", "bid", "question",
	"answer", "answers", "deal", "deals", "news", "programme", "program", "system", "stance", "balance",
	"figures", "figure", "comments", "comment", "remarks", "words", "speech", "address", "something",
	"anything", "nothing", "everything", "someone", "anyone", "everyone", "nobody", "somebody", "whatever",
	"expressed", "described", "suggested", "suggests", "argued", "argues", "insists", "admitted", "admits",
	"confirmed", "confirms", "believed", "understood", "considered", "considering", "following", "followed",
	"according", "despite", "amid", "ahead", "behind", "beyond", "near", "next", "yesterday's", "today's",
	"felt", "let", "begun", "drawn", "run", "seen", "shown", "known", "told", "won", "lost", "gone", "held",
	"built", "sent", "spent", "left", "brought", "bought", "caught", "taught", "fought", "sought", "meant",
	"wake", "accept", "accepted", "urging", "asking", "always", "often", "sometimes", "usually", "probably",
	"possible", "likely", "unlikely", "clear", "certain", "able", "unable", "ready", "keen", "willing",
	"critical", "social", "public", "general", "special", "particular", "different", "similar", "various",
	"lack", "press", "product", "options", "option", "belief", "offers", "offer", "director", "action",
	"actions", "reduce", "reduces", "increase", "increases", "rise", "rises", "fall", "falls", "cut", "cuts",
	// common verbs in their base and -s forms, which a phrase chunker
	// without a part-of-speech tagger would otherwise keep
	"tackle", "tackles", "push", "pushes", "boost", "boosts", "reach", "reaches", "win", "wins", "pay", "pays",
	"spend", "spends", "buy", "buys", "sell", "sells", "build", "builds", "create", "creates", "stop", "stops",
	"open", "opens", "close", "closes", "change", "changes", "hit", "hits", "fight", "fights", "protect",
	"protects", "prevent", "prevents", "deliver", "delivers", "accept", "accepts", "join", "joins", "leave",
	"leaves", "stay", "stays", "send", "sends", "sign", "signs", "vote", "votes", "manage", "manages", "force",
	"forces", "allows", "produce", "produces", "act", "acts", "happen", "happens", "happened", "continue",
	"continues", "begin", "begins", "include", "includes", "involve", "involves", "consider", "considers",
	"suggest", "describe", "describes", "insist", "admit", "confirm", "announce", "announces", "expect",
	"hope", "plan", "intend", "decide", "decides", "receive", "receives", "wait", "waits", "watch", "watches",
	"live", "lives", "die", "dies", "kill", "kills", "save", "saves", "share", "shares", "double", "doubles",
	"match", "matches", "meet", "set", "outline", "outlines", "judge", "judged", "honour", "produce",
	"guaranteeing", "demanding", "wanting", "keeping", "getting", "making", "taking", "giving", "putting",
	"trying", "looking", "telling", "showing", "calling", "asking", "leading", "running", "seeking",
	"needlessly", "repeatedly", "effectively", "particularly", "especially", "simply", "clearly", "strongly",
	"firmly", "highly", "widely", "largely", "mostly", "nearly", "almost", "about", "enough", "right", "wrong",
	"little", "less", "least", "lot", "bit", "aftermath", "influence", "motive", "resource", "resources",
	"cancel", "cancels", "renew", "renews", "restore", "restores", "numbers", "worth",
}

// caseNouns turn a person at the centre of an issue into "X's case".
var caseNouns = map[string]bool{
	"case": true, "trial": true, "release": true, "conviction": true, "detention": true, "sentence": true,
	"charges": true, "jailed": true, "imprisoned": true, "prison": true, "appeal": true, "arrest": true,
	"extradition": true, "prosecution": true, "custody": true, "imprisonment": true, "jail": true,
}

// caseVerbs put the person before them on trial or in detention.
var caseVerbs = map[string]bool{
	"detained": true, "arrested": true, "charged": true, "convicted": true, "sentenced": true,
	"jailed": true, "imprisoned": true, "indicted": true, "extradited": true, "prosecuted": true,
	"pleaded": true, "pleads": true, "acquitted": true,
}

// actorNouns head phrases that name who takes part in a dispute, not what
// it is about: "shipping companies", "port operators", "human rights
// groups". They make keywords, never titles.
var actorNouns = map[string]bool{
	"company": true, "firm": true, "operator": true, "group": true, "union": true, "worker": true,
	"official": true, "member": true, "man": true, "men": true, "woman": true, "women": true,
	"critic": true, "protester": true, "resident": true, "authority": true, "leader": true,
	"minister": true, "spokesman": true, "spokeswoman": true, "executive": true, "owner": true,
	"supporter": true, "campaigner": true, "activist": true, "lawyer": true, "ambassador": true,
	"candidate": true, "voter": true, "people": true, "official's": true, "diplomat": true,
	"exporter": true, "producer": true, "farmer": true, "investor": true, "business": true,
	"user": true, "consumer": true, "customer": true, "child": true, "children": true, "mp": true,
	"fan": true, "viewer": true, "player": true, "analyst": true, "expert": true, "band": true,
	"student": true, "teacher": true, "doctor": true, "patient": true, "parent": true, "family": true,
	"mps": true, "police": true, "referee": true, "coach": true, "manager": true, "star": true, "singer": true,
	"actor": true, "actress": true, "director": true, "chairman": true, "boss": true, "staff": true,
	"aide": true, "nurse": true, "adviser": true, "advisor": true, "rival": true, "opponent": true, "ally": true,
	"driver": true, "guard": true, "pilot": true, "miner": true, "crew": true, "employee": true, "cleaner": true,
	"porter": true, "docker": true, "controller": true, "soldier": true, "troop": true,
	"trust": true, // "the supporters' trust", "the hospital trust": a body
	"board": true, "seeker": true, "party": true,
	"source": true, "politician": true, "commentator": true, "strategist": true,
	// the people of a feature's scene and of a courtroom: who, never what
	"mother": true, "father": true, "son": true, "daughter": true, "wife": true, "husband": true, "widow": true,
	"grandmother": true, "grandfather": true, "neighbour": true, "neighbor": true, "islander": true,
	"midwife": true, "volunteer": true, "jury": true, "juror": true, "defendant": true, "witness": true,
	// titles and roles: "Kenya's president", "the former mayor"
	"president": true, "premier": true, "mayor": true, "governor": true, "chancellor": true, "secretary": true,
	"chief": true, "king": true, "queen": true, "prince": true, "judge": true, "prosecutor": true,
	"senator": true, "lawmaker": true, "legislator": true, "regulator": true, "envoy": true, "counterpart": true,
	"negotiator": true, "watchdog": true, "mediator": true, "observer": true, "chairwoman": true, "chairperson": true,
	"officer": true, "spokesperson": true, "founder": true, "bidder": true, "carmaker": true, "automaker": true,
	"retailer": true, "grower": true, "trader": true, "shareholder": true, "creditor": true, "lender": true,
	"buyer": true, "seller": true, "supplier": true, "bank": true, "insurer": true, "airline": true,
	// the vessels and forces that act in a confrontation
	"ship": true, "vessel": true, "boat": true, "trawler": true, "warship": true, "bloc": true, "junta": true,
	"coalition": true, "army": true, "navy": true, "rebel": true, "militant": true, "insurgent": true,
	"drugmaker": true, "regulators": true, "smelter": true, "refiner": true, "fisherman": true,
	"fishermen": true, "importer": true, "manufacturer": true, "maker": true, "shipper": true, "broker": true,
	"dealer": true, "landlord": true, "tenant": true, "developer": true, "contractor": true, "distributor": true,
	"wholesaler": true, "migrant": true, "refugee": true, "athlete": true, "villager": true, "renter": true,
	"passenger": true, "pensioner": true, "shopper": true, "motorist": true, "commuter": true, "giant": true,
}

// nounsInEd are "-ed" words that head or modify topics.
var nounsInEd = map[string]bool{
	"hundred": true, "armed": true, "unarmed": true, "detained": true, "disabled": true, "aged": true,
	"united": true, "retired": true, "wounded": true, "accused": true, "deceased": true, "talented": true,
}

// nounsInAl are nouns with an adjective-like ending.
var nounsInAl = map[string]bool{
	"proposal": true, "approval": true, "denial": true, "withdrawal": true, "rival": true, "capital": true,
	"hospital": true, "trial": true, "tribunal": true, "arrival": true, "referral": true, "disposal": true,
	"festival": true, "criminal": true, "deal": true, "appeal": true, "scandal": true, "journal": true,
	"individual": true, "editorial": true, "terminal": true, "signal": true, "dismissal": true, "renewal": true,
	"survival": true, "removal": true, "refusal": true, "betrayal": true, "portal": true, "arsenal": true,
	"ritual": true, "rental": true, "funeral": true, "general": true, "admiral": true, "cardinal": true,
	"republic": true, "topic": true, "clinic": true, "traffic": true, "music": true, "logic": true,
	"epidemic": true, "pandemic": true, "panic": true, "rhetoric": true, "tactic": true, "critic": true,
	"detective": true, "executive": true, "initiative": true, "objective": true, "incentive": true,
	"directive": true, "representative": true, "alternative": true, "collective": true, "offensive": true,
	"explosive": true, "motive": true, "cable": true, "table": true, "bible": true, "vegetable": true,
	"constable": true, "timetable": true, "label": true, "missile": true, "ultimatum": true,
	"relative": true, "native": true, "captive": true, "fugitive": true, "narrative": true, "perspective": true,
	"operative": true, "conservative": true, "radical": true, "chemical": true, "animal": true, "mineral": true,
	"memorial": true, "material": true, "potential": true, "principal": true, "professional": true,
	"canal": true, "metal": true, "total": true, "interval": true, "manual": true, "cathedral": true,
}

// vagueTitles are words that recur in copy without naming a thread: a lone
// one makes no title ("Story", "Event", "Shot", "Firm").
var vagueTitles = map[string]bool{
	"story": true, "event": true, "region": true, "seat": true, "written": true, "shot": true, "false": true,
	"true": true, "firm": true, "assert": true, "election": true, "campaign": true, "area": true, "situation": true,
	"problem": true, "problems": true, "position": true, "decision": true, "policy": true, "plan": true, "scheme": true,
	"move": true, "future": true, "past": true, "history": true, "week": true, "period": true, "process": true,
	"work": true, "life": true, "money": true, "cost": true, "price": true, "market": true, "business": true,
	"public": true, "family": true, "city": true, "town": true, "street": true, "office": true, "job": true,
	"game": true, "match": true, "season": true, "team": true, "club": true, "player": true, "film": true,
	"show": true, "series": true, "album": true, "song": true, "book": true, "music": true, "technology": true,
	"service": true, "product": true, "sale": true, "company": true, "industry": true, "sector": true,
	"thing": true, "word": true, "line": true, "case": true, "side": true, "hand": true, "name": true,
	"attack": true, "slip": true, "away": true, "spoken": true, "given": true, "taken": true, "chosen": true,
	"broken": true, "driven": true, "forward": true, "back": true, "hit": true, "put": true, "set": true,
	"foreign": true, "domestic": true, "national": true, "annual": true, "final": true, "best": true, "play": true,
	"minutes": true, "minute": true, "don't": true, "net": true, "online": true, "information": true,
	"i'm": true, "it's": true, "we're": true, "they're": true, "record": true, "chart": true, "site": true,
	"europe": true, "world": true, "country": true, "nation": true, "data": true, "content": true,
	// adverbs a quoted phrase leaves alone ("begging abroad"), sums and
	// the vaguest names for a plan
	"abroad": true, "overseas": true, "elsewhere": true, "together": true, "ahead": true, "instead": true,
	"due": true, "course": true, "crown": true, "euro": true, "dollar": true, "pound": true, "yen": true,
	"yuan": true, "rupee": true, "franc": true, "peso": true, "share": true, "stake": true, "project": true,
	"measure": true, "deal": true, "offer": true, "coast": true, "border": true, "court": true,
	"white": true, "black": true, "western": true, "eastern": true, "northern": true, "southern": true,
	"night": true, "evening": true, "morning": true, "day": true, "weekend": true,
}

// degreeWords open a phrase with a degree, not a kind: "longer strike",
// "biggest night" say no more than "strike", "night".
var degreeWords = map[string]bool{
	"longer": true, "wider": true, "bigger": true, "larger": true, "greater": true, "broader": true,
	"deeper": true, "largest": true, "biggest": true, "highest": true, "lowest": true, "smallest": true,
	"fantastic": true, "superb": true, "stunning": true, "brilliant": true,
	"harder": true, "tougher": true, "stronger": true, "easier": true,
}

// adverbs end no noun phrase: "begging abroad" is a clause.
var adverbs = map[string]bool{
	"abroad": true, "elsewhere": true, "together": true, "ahead": true, "instead": true, "overseas": true,
	"anyway": true, "afterwards": true, "apart": true, "aside": true, "alone": true, "anymore": true,
}

// idiomKeys are set phrases (keys: lower-case, plurals folded) that say
// when or how, never what: "in due course", "fell due".
var idiomKeys = map[string]bool{
	"due course": true, "long run": true, "short term": true, "long term": true, "near term": true,
	"time being": true, "fell due": true, "falls due": true, "full swing": true, "short notice": true,
}

// verbsInS are third-person verbs that are no plural noun: a phrase ending
// in one ran on into its verb ("strike lasts", "row deepens").
var verbsInS = map[string]bool{
	"finds": true, "follows": true, "disrupts": true, "blames": true,
	"lasts": true, "deepens": true, "widens": true, "sweetens": true, "collapses": true, "extends": true,
	"rejects": true, "adopts": true, "reinforces": true, "slams": true, "urges": true, "warns": true,
	"mulls": true, "weighs": true, "eases": true, "quits": true, "resigns": true, "sues": true, "loses": true,
	"plunges": true, "soars": true, "halts": true, "suspends": true, "unveils": true, "approves": true,
	"refuses": true, "denies": true, "accuses": true, "agrees": true, "meets": true, "defends": true,
	"threatens": true, "condemns": true, "criticises": true, "criticizes": true, "tightens": true,
	"escalates": true, "intensifies": true, "worsens": true, "grows": true, "drags": true, "persists": true,
	"looms": true, "stokes": true, "bolsters": true, "ousts": true, "overturns": true, "upholds": true,
	"seizes": true, "detains": true, "expels": true, "resumes": true, "continues": true, "remains": true,
	"begins": true, "stalls": true, "vows": true, "insists": true, "happens": true, "goes": true,
	"endangers": true, "undermines": true, "violates": true, "harms": true, "hurts": true, "proves": true,
	"fills": true, "clears": true, "admits": true, "reveals": true, "confirms": true, "dismisses": true,
	"withdraws": true, "carries": true, "intends": true, "argues": true,
}

// nounsInLy are nouns with an adverb-like ending.
var nounsInLy = map[string]bool{
	"assembly": true, "family": true, "ally": true, "rally": true, "supply": true, "monopoly": true,
	"anomaly": true, "reply": true, "italy": true, "july": true, "bully": true, "tally": true, "jelly": true,
}

// phraseNouns are nouns among the common verbs: they may stand in a noun
// phrase ("talks on trade", "a meeting with donors").
var phraseNouns = map[string]bool{
	"agreement": true, "talks": true, "meeting": true, "report": true, "reports": true, "attempt": true,
	"attempts": true, "work": true, "help": true, "use": true, "call": true, "turn": true, "face": true,
	"show": true, "set": true, "lead": true, "put": true,
}

// stopExtra are prepositions and linkers listed among the vague words that
// bound noun phrases as function words do.
var stopExtra = []string{
	"despite", "amid", "ahead", "behind", "beyond", "near", "regarding", "concerning", "following",
	"according", "including", "yesterday's", "today's", "expected", "likely", "unlikely",
}

// ingNouns are "-ing" words that name a thing rather than an act.
var ingNouns = map[string]bool{
	"bombing": true, "spending": true, "funding": true, "hacking": true, "spying": true, "building": true,
	"housing": true, "meeting": true, "training": true, "banking": true, "shooting": true, "killing": true,
	"bullying": true, "lobbying": true, "polling": true, "fracking": true, "boxing": true, "mining": true,
	"shipping": true, "fishing": true, "farming": true, "trafficking": true, "smuggling": true, "rioting": true,
	"looting": true, "doping": true, "cloning": true, "sentencing": true, "rationing": true, "warming": true,
	"ceiling": true, "hearing": true, "ruling": true, "briefing": true, "offering": true, "wedding": true,
	"clothing": true, "heating": true, "pricing": true, "licensing": true, "landing": true, "opening": true,
	"sitting": true, "recording": true, "screening": true, "testing": true, "vetting": true, "stabbing": true,
	"beating": true, "kidnapping": true, "uprising": true, "gathering": true, "budgeting": true,
}

// partitiveHeads count or pace what follows them: "a fresh round of US
// duties", "a wave of strikes". They title nothing.
var partitiveHeads = map[string]bool{
	"round": true, "wave": true, "spate": true, "series": true, "raft": true, "flurry": true, "string": true,
	"majority": true, // "a majority of shareholders": the shareholders
}

// timeNouns head phrases that say when, not what: "Monday evening".
var timeNouns = map[string]bool{
	"evening": true, "morning": true, "night": true, "afternoon": true, "weekend": true, "hour": true,
	"minute": true, "week": true, "month": true, "year": true, "day": true, "decade": true, "century": true,
	"season": true, "spring": true, "summer": true, "autumn": true, "winter": true, "tonight": true,
	"time": true, // "the first time in decades"
}

// particles end phrasal verbs: "slip away", "step down".
var particles = map[string]bool{
	"away": true, "up": true, "down": true, "out": true, "off": true, "back": true, "forward": true,
	"aside": true, "apart": true, "along": true,
}

// irregularPast are past forms that a chunker keyed on "-ed" lets
// through: alone they name an act, not a topic.
var irregularPast = map[string]bool{
	"dealt": true, "felt": true, "kept": true, "slept": true, "built": true, "sent": true, "spent": true,
	"lent": true, "bent": true, "left": true, "caught": true, "taught": true, "thought": true,
	"bought": true, "brought": true, "fought": true, "sought": true, "sold": true, "told": true,
	"broke": true, "broken": true, "chose": true, "chosen": true, "drove": true, "driven": true,
	"forgot": true, "forgotten": true, "hid": true, "hidden": true, "rose": true, "risen": true,
	"shook": true, "shaken": true, "stole": true, "stolen": true, "swore": true, "sworn": true,
	"tore": true, "torn": true, "wore": true, "worn": true, "threw": true, "thrown": true, "grew": true,
	"grown": true, "knew": true, "flew": true, "flown": true, "drew": true, "withdrew": true,
	"withdrawn": true, "overseen": true, "undertaken": true, "undertook": true, "forbade": true,
	"forbidden": true, "struck": true, "stricken": true, "stuck": true, "swept": true, "wept": true,
	"meant": true, "dug": true, "hung": true, "fled": true, "bled": true, "fed": true, "led": true,
	"paid": true, "laid": true, "said": true, "heard": true, "won": true, "begun": true, "began": true,
	"wrote": true, "written": true, "spoke": true, "spoken": true, "took": true, "taken": true,
	"gave": true, "given": true, "ate": true, "eaten": true, "fell": true, "fallen": true,
	"ran": true, "came": true, "went": true, "saw": true, "stood": true, "held": true, "met": true, "sank": true,
	"slid": true, "shrank": true, "sped": true, "spread": true,
}

// disputeSynonyms groups the head nouns that name the same kind of dispute
// (by stem): within one article they are one thread.
var disputeSynonyms = map[string]uint8{
	"ban": 1, "embargo": 1, "prohibition": 1, "moratorium": 1,
	"row": 2, "dispute": 2, "spat": 2, "feud": 2, "standoff": 2, "stand-off": 2,
	"probe": 3, "inquiry": 3, "investigation": 3,
	"talk": 4, "negotiation": 4,
	"strike": 5, "walkout": 5, "stoppage": 5,
	"protest": 6, "demonstration": 6,
}

// roleNouns are the vague words naming a person's office: the run before
// one ("trade minister", "farm minister") says whose.
var roleNouns = map[string]bool{
	"minister": true, "ministers": true, "leader": true, "leaders": true, "president": true, "secretary": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true,
	"director": true,
}

// orgHeads end the names of bodies: a capitalised phrase ending in one
// ("Athletics Integrity Unit", "Hartford Motors") names an actor.
var orgHeads = map[string]bool{
	"unit": true, "union": true, "association": true, "federation": true, "organisation": true,
	"organization": true, "institute": true, "foundation": true, "bank": true, "fund": true,
	"corporation": true, "corp": true, "inc": true, "ltd": true, "holding": true, "motor": true,
	"power": true, "electronic": true, "airline": true, "group": true, "agency": true, "authority": true,
	"commission": true, "council": true, "committee": true, "ministry": true, "party": true, "company": true,
}
