package trips

// cueKind says what a cue word announces.
type cueKind uint8

const (
	cueTravel   cueKind = iota + 1 // the subject goes to the place that follows
	cueNoun                        // "trip", "visit": a place must follow through a preposition
	cueAttend                      // "attend": the place may be the event's, stated elsewhere
	cuePresence                    // "is in", "told reporters in": the subject is at the place
	cueHost                        // "hosted by Beijing": the subject is the guest of the place
	cueMeet                        // "meet", "lunch with": the people that follow are counterparts
)

// tense of a cue word on its own (the verb form), refined by the auxiliaries
// around it.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tenseProgressive // "visiting": under way unless an auxiliary says otherwise
	tenseBase        // "visit", "travels": needs an auxiliary or a date
	tenseFuture      // "is due in", "is expected in": a plan
)

type cue struct {
	kind  cueKind
	tense tense
	label string // what the leg says when nothing more specific is known
}

// cues maps a lower-cased word to its cue. Multi-word conditions ("head
// to", "lunch with") are checked by the caller from the following token.
var cues = map[string]cue{
	"travel": {cueTravel, tenseBase, "visit"}, "travels": {cueTravel, tenseBase, "visit"},
	"traveled": {cueTravel, tensePast, "visit"}, "travelled": {cueTravel, tensePast, "visit"},
	"traveling": {cueTravel, tenseProgressive, "visit"}, "travelling": {cueTravel, tenseProgressive, "visit"},
	"fly": {cueTravel, tenseBase, "visit"}, "flies": {cueTravel, tenseBase, "visit"}, "flew": {cueTravel, tensePast, "visit"},
	"flown": {cueTravel, tensePast, "visit"}, "flying": {cueTravel, tenseProgressive, "visit"},
	"visit": {cueTravel, tenseBase, "visit"}, "visits": {cueTravel, tenseBase, "visit"},
	"visited": {cueTravel, tensePast, "visit"}, "visiting": {cueTravel, tenseProgressive, "visit"},
	"arrive": {cueTravel, tenseBase, "arrives"}, "arrives": {cueTravel, tenseBase, "arrives"},
	"arrived": {cueTravel, tensePast, "arrives"}, "arriving": {cueTravel, tenseProgressive, "arrives"},
	"land": {cueTravel, tenseBase, "arrives"}, "lands": {cueTravel, tenseBase, "arrives"},
	"landed": {cueTravel, tensePast, "arrives"}, "landing": {cueTravel, tenseProgressive, "arrives"},
	"head": {cueTravel, tenseBase, "visit"}, "heads": {cueTravel, tenseBase, "visit"},
	"headed": {cueTravel, tensePast, "visit"}, "heading": {cueTravel, tenseProgressive, "visit"},
	"go": {cueTravel, tenseBase, "visit"}, "goes": {cueTravel, tenseBase, "visit"},
	"went": {cueTravel, tensePast, "visit"}, "going": {cueTravel, tenseProgressive, "visit"},
	"proceed": {cueTravel, tenseBase, "visit"}, "proceeds": {cueTravel, tenseBase, "visit"}, // only with "to" (see travel)
	"proceeded": {cueTravel, tensePast, "visit"},
	// "will come to Montevideo on Dec. 1 to meet Sosa": only before "to"
	// and a place (see travel); weak.
	"come": {cueTravel, tenseBase, "visit"}, "comes": {cueTravel, tenseBase, "visit"},
	"came": {cueTravel, tensePast, "visit"}, "coming": {cueTravel, tenseProgressive, "visit"},
	// "will join his team-mates in Galle": only with an object, then the
	// place (see travel); weak.
	"join": {cueTravel, tenseBase, "visit"}, "joins": {cueTravel, tenseBase, "visit"},
	"joined": {cueTravel, tensePast, "visit"}, "joining": {cueTravel, tenseProgressive, "visit"},
	// "Jodie Haydon will accompany him", "will be accompanied by Jared
	// Kushner": the companion goes where the one accompanied goes (see accompany).
	"accompany": {cueTravel, tenseBase, "visit"}, "accompanies": {cueTravel, tenseBase, "visit"},
	"accompanied": {cueTravel, tensePast, "visit"}, "accompanying": {cueTravel, tenseProgressive, "visit"},
	// "left for Baghdad", "departs for Tokyo": only before "for" (see travel).
	"leave": {cueTravel, tenseBase, "visit"}, "leaves": {cueTravel, tenseBase, "visit"},
	"left": {cueTravel, tensePast, "visit"}, "leaving": {cueTravel, tenseProgressive, "visit"},
	"depart": {cueTravel, tenseBase, "visit"}, "departs": {cueTravel, tenseBase, "visit"},
	"departed": {cueTravel, tensePast, "visit"}, "departing": {cueTravel, tenseProgressive, "visit"},
	// "stepped off the plane in Perth": only off a craft (see stepOff).
	"step": {cueTravel, tenseBase, "arrives"}, "steps": {cueTravel, tenseBase, "arrives"},
	"stepped": {cueTravel, tensePast, "arrives"}, "stepping": {cueTravel, tenseProgressive, "arrives"},
	"touch": {cueTravel, tenseBase, "arrives"}, "touches": {cueTravel, tenseBase, "arrives"}, // "touched down in"
	"touched": {cueTravel, tensePast, "arrives"}, "touching": {cueTravel, tenseProgressive, "arrives"},
	// "took him to Jakarta": only with a person and "to" (see travel).
	"take": {cueTravel, tenseBase, "visit"}, "takes": {cueTravel, tenseBase, "visit"},
	"took": {cueTravel, tensePast, "visit"}, "taking": {cueTravel, tenseProgressive, "visit"},
	"return": {cueTravel, tenseBase, "returns"}, "returns": {cueTravel, tenseBase, "returns"},
	"returned": {cueTravel, tensePast, "returns"}, "returning": {cueTravel, tenseProgressive, "returns"},
	"tour": {cueTravel, tenseBase, "tour"}, "tours": {cueTravel, tenseBase, "tour"},
	"toured": {cueTravel, tensePast, "tour"}, "touring": {cueTravel, tenseProgressive, "tour"},
	// "spent Thursday in Kyiv": only with a time right after the verb (see travel).
	"spend": {cueTravel, tenseBase, "visit"}, "spends": {cueTravel, tenseBase, "visit"},
	"spent": {cueTravel, tensePast, "visit"}, "spending": {cueTravel, tenseProgressive, "visit"},
	// "crosses into Uganda to lead a service in Gulu": only with "into" (see crossInto).
	"cross": {cueTravel, tenseBase, "visit"}, "crosses": {cueTravel, tenseBase, "visit"}, "crossed": {cueTravel, tensePast, "visit"},
	// "was holidaying on Koh Samui", "is on holiday in Portugal": only
	// before the place's preposition (see holiday).
	"holidaying": {cueTravel, tenseProgressive, "holiday"}, "holidayed": {cueTravel, tensePast, "holiday"},
	"vacationing": {cueTravel, tenseProgressive, "holiday"}, "vacationed": {cueTravel, tensePast, "holiday"},
	"holiday": {cueNoun, tenseNone, "holiday"}, "vacation": {cueNoun, tenseNone, "holiday"},
	// "will perform at a festival in Oslo", "played two concerts in
	// Lisbon": only a show, then the place (see perform).
	"perform": {cueAttend, tenseBase, "performs"}, "performs": {cueAttend, tenseBase, "performs"},
	"performed": {cueAttend, tensePast, "performs"}, "performing": {cueAttend, tenseProgressive, "performs"},
	"play": {cueAttend, tenseBase, "performs"}, "plays": {cueAttend, tenseBase, "performs"},
	"played": {cueAttend, tensePast, "performs"}, "playing": {cueAttend, tenseProgressive, "performs"},
	"stop": {cueNoun, tenseBase, "stop"}, "stops": {cueNoun, tenseBase, "stop"},
	"stopped": {cueNoun, tensePast, "stop"}, "stopping": {cueNoun, tenseProgressive, "stop"},
	"trip": {cueNoun, tenseNone, "visit"}, "trips": {cueNoun, tenseNone, "visit"},
	"leg":     {cueNoun, tenseNone, "visit"}, // weak: "That leg has been cancelled" (see calledOffBefore)
	"journey": {cueNoun, tenseNone, "visit"}, "voyage": {cueNoun, tenseNone, "visit"},
	// "has cancelled a rally in Truro", "held a rally in Detroit": only
	// after such a verb (see travel); an event noun lets its sentence in.
	"rally":  {cueNoun, tenseNone, "rally"},
	"attend": {cueAttend, tenseBase, "attends"}, "attends": {cueAttend, tenseBase, "attends"},
	"attended": {cueAttend, tensePast, "attends"}, "attending": {cueAttend, tenseProgressive, "attends"},
	"wreath": {cueAttend, tenseNone, "lays a wreath"}, // see appearance
	// "January 12: arrival in Beirut"; "a brief stopover in Singapore".
	"arrival": {cueNoun, tenseNone, "arrives"}, "stopover": {cueNoun, tenseNone, "stop"},
	// "will be represented in Brussels by Peter Szabo": the stand-in goes.
	"represented": {cueAttend, tenseNone, "attends"},
	// "will represent the G8 at a conference in Jakarta": only a gathering
	// after "at", then its place (see appearance); weak.
	"represent": {cueAttend, tenseBase, "attends"}, "represents": {cueAttend, tenseBase, "attends"},
	"representing": {cueAttend, tenseProgressive, "attends"},
	// Weak cues (see weakCues). Appearances at a place (see appearance);
	// "addresses", "signs" are mostly nouns.
	"address": {cueAttend, tenseBase, "addresses"}, "addressed": {cueAttend, tensePast, "addresses"},
	"addressing": {cueAttend, tenseProgressive, "addresses"},
	// "will report to the Security Council in New York", "will brief the
	// African Union in Addis Ababa": only a body or an audience, then the
	// place (see appearance); weak.
	"report": {cueAttend, tenseBase, "reports to"}, "reports": {cueAttend, tenseBase, "reports to"},
	"reported": {cueAttend, tensePast, "reports to"}, "reporting": {cueAttend, tenseProgressive, "reports to"},
	// "is scheduled to present results at a conference in Oslo": only a
	// gathering, then the place (see appearance); weak.
	"present": {cueAttend, tenseBase, "presents"}, "presents": {cueAttend, tenseBase, "presents"},
	"presented": {cueAttend, tensePast, "presents"}, "presenting": {cueAttend, tenseProgressive, "presents"},
	"brief": {cueAttend, tenseBase, "briefs"}, "briefs": {cueAttend, tenseBase, "briefs"},
	"briefed": {cueAttend, tensePast, "briefs"}, "briefing": {cueAttend, tenseProgressive, "briefs"},
	"speak": {cueAttend, tenseBase, "speaks"}, "speaks": {cueAttend, tenseBase, "speaks"},
	// "In a speech in Gateshead on Sunday, Mr Blair said", "gave a
	// lecture at a conference in Oslo": only a place or a gathering right
	// after (see speechNoun).
	// "injured her knee during a show in Illinois", "gave a concert in
	// Dublin": a performer's show with its place right after (see
	// showNoun); "show" is weak.
	"concert": {cueNoun, tenseNone, "performs"}, "concerts": {cueNoun, tenseNone, "performs"},
	"gig": {cueNoun, tenseNone, "performs"}, "gigs": {cueNoun, tenseNone, "performs"},
	"recital": {cueNoun, tenseNone, "performs"}, "show": {cueNoun, tenseNone, "performs"},
	"speech": {cueNoun, tenseNone, "speaks"}, "lecture": {cueNoun, tenseNone, "speaks"}, "keynote": {cueNoun, tenseNone, "speaks"},
	"inaugurate": {cueAttend, tenseBase, "inaugurates"}, "inaugurates": {cueAttend, tenseBase, "inaugurates"},
	"inaugurated": {cueAttend, tensePast, "inaugurates"}, "inaugurating": {cueAttend, tenseProgressive, "inaugurates"},
	// "will celebrate Mass in Lima": a pope's or bishop's appearance (42
	// BBC sentences hold the verb: cheap to let through).
	"celebrate": {cueAttend, tenseBase, "celebrates Mass"}, "celebrates": {cueAttend, tenseBase, "celebrates Mass"},
	"celebrated": {cueAttend, tensePast, "celebrates Mass"}, "celebrating": {cueAttend, tenseProgressive, "celebrates Mass"},
	"open": {cueAttend, tenseBase, "opens"}, "opens": {cueAttend, tenseBase, "opens"}, "opened": {cueAttend, tensePast, "opens"},
	// "will appear at a rally in Detroit": only "at" a gathering or an
	// audience (see appearance); not "appeared in court".
	"appear": {cueAttend, tenseBase, "appears"}, "appears": {cueAttend, tenseBase, "appears"},
	"appeared": {cueAttend, tensePast, "appears"}, "appearing": {cueAttend, tenseProgressive, "appears"},
	"appearance": {cueAttend, tenseNone, "appears"}, // "his appearance at the awards in Rome" (see appearance)
	// "rallied supporters in Des Moines": only an audience (see appearance).
	"rallied": {cueAttend, tensePast, "rallies supporters"}, "rallying": {cueAttend, tenseProgressive, "rallies supporters"},
	// A called-off attendance (see withdrawal).
	"pulled": {cueAttend, tensePast, "attends"}, "pulls": {cueAttend, tenseBase, "attends"},
	"withdrew": {cueAttend, tensePast, "attends"}, "withdraws": {cueAttend, tenseBase, "attends"},
	"skip": {cueAttend, tenseBase, "attends"}, "skips": {cueAttend, tenseBase, "attends"},
	"skipped": {cueAttend, tensePast, "attends"}, "skipping": {cueAttend, tenseProgressive, "attends"},
	// "signed an access agreement with Ramon Castillo", "to discuss
	// migration with Abdul Hamid Dbeibah": only with "with".
	"sign": {cueMeet, tenseBase, "signs an agreement with"}, "signed": {cueMeet, tensePast, "signs an agreement with"},
	"discuss": {cueMeet, tenseBase, "talks with"}, "discussed": {cueMeet, tensePast, "talks with"},
	"review": {cueMeet, tenseBase, "talks with"}, "reviewed": {cueMeet, tensePast, "talks with"}, // "review relief work with the chief minister"
	"co-chair": {cueMeet, tenseBase, "talks with"}, "co-chairs": {cueMeet, tenseBase, "talks with"}, // "co-chair a strategic dialogue with"

	// Hosts and guests.
	"hosted": {cueHost, tensePast, "visit"}, "host": {cueMeet, tenseBase, "hosts"}, "hosts": {cueMeet, tenseBase, "hosts"},
	"hosting": {cueMeet, tenseProgressive, "hosts"},
	"meet":    {cueMeet, tenseBase, "meets"}, "meets": {cueMeet, tenseBase, "meets"},
	"met": {cueMeet, tensePast, "meets"}, "meeting": {cueMeet, tenseProgressive, "meets"},
	"meetings": {cueMeet, tenseNone, "meets"}, // weak: "meetings ... with NATO Secretary General Mark Rutte"
	"see":      {cueMeet, tenseBase, "meets"}, // only "to see" + person: see isMeetCue
	// "hopes to visit Washington to press Donald Trump on tariffs": only
	// "to" + verb + a name (see isMeetCue).
	// "has invited Narendra Modi to Dhaka for talks next month": the one
	// invited (see invitedTo).
	"invited": {cueTravel, tenseFuture, "visit"}, "invites": {cueTravel, tenseFuture, "visit"},
	"press": {cueMeet, tenseBase, "meets"}, "lobby": {cueMeet, tenseBase, "meets"}, "urge": {cueMeet, tenseBase, "meets"},
	// "were welcomed by President Luong Cuong at the Presidential Palace
	// in Hanoi", "Xi welcomed Lula to Beijing": only passive before "by" or
	// a place, or active with a guest and a place (see isMeetCue); rare
	// enough in news copy to let a sentence through ("welcomed the
	// decision" is turned away by isMeetCue).
	"welcomed": {cueMeet, tensePast, "meets"}, "greeted": {cueMeet, tensePast, "meets"},
	"talks": {cueMeet, tenseNone, "talks with"}, "lunch": {cueMeet, tenseNone, "lunch with"},
	"dinner": {cueMeet, tenseNone, "dinner with"}, "breakfast": {cueMeet, tenseNone, "breakfast with"},
	"banquet": {cueMeet, tenseNone, "banquet with"}, "conversation": {cueMeet, tenseNone, "conversation with"},
	"summit": {cueMeet, tenseNone, "summit with"}, // only "summit with" + person: see isMeetCue
	// Speech verbs place their subject where they speak: "told reporters in Brussels".
	"told": {cuePresence, tensePast, ""}, "said": {cuePresence, tensePast, ""},
	"speaking": {cuePresence, tenseProgressive, ""}, "spoke": {cuePresence, tensePast, ""},
	"is": {cuePresence, tenseProgressive, ""}, "was": {cuePresence, tensePast, ""},
	"be":   {cuePresence, tenseBase, ""}, // "will be in Chisinau on Friday"
	"been": {cuePresence, tensePast, ""}, // "who had been in Brussels since Monday"
	"are":  {cuePresence, tenseProgressive, ""}, "were": {cuePresence, tensePast, ""},
	// "is due in Ankara", "is expected in Abu Dhabi": a plan, only before "in"/"at".
	"due": {cuePresence, tenseFuture, "visit"}, "expected": {cuePresence, tenseFuture, "visit"},

	// "will be received by President Xi Jinping": only a passive before
	// "by" and a name (see isMeetCue).
	"received": {cueMeet, tensePast, "meets"},
	"sat":      {cueMeet, tensePast, "meets"}, "sit": {cueMeet, tenseBase, "meets"}, // only "sat down with" + person: see satDownWith
}

// weakCues act in a sentence that another word (a cue or a gathering)
// lets through, but let none through themselves: common words that
// mostly tell of no journey ("address", "sign", "pulled").
var weakCues = map[string]bool{
	"address": true, "addressed": true, "addressing": true, "speak": true, "speaks": true,
	"inaugurate": true, "inaugurates": true, "inaugurated": true, "inaugurating": true,
	"open": true, "opens": true, "opened": true, // "will open parliament in Ottawa": too common to let a sentence through
	"leg":    true,                  // "the first leg", "a leg injury"
	"been":   true,                  // "has been in talks": a presence only where another cue lets the sentence through
	"joined": true, "joining": true, // "joined the company"; "will join the leaders in Brussels" is a plan (see travel)
	"meetings": true,
	"pulled":   true, "pulls": true, "withdrew": true, "withdraws": true, "skip": true, "skips": true,
	"skipped": true, "skipping": true, "sign": true, "signed": true, "discuss": true, "discussed": true,
	"come": true, "comes": true, "came": true, "coming": true, // "came as a surprise", "in the coming weeks"
	"appear": true, "appears": true, "appeared": true, "appearing": true, // "appeared to suggest"
	"press": true, "lobby": true, "urge": true, // "the press", "a lobby group"
	"review": true, "reviewed": true, "co-chair": true, "co-chairs": true,
	"invited": true, "invites": true, // "invited bids", "was invited to speak"
	"received": true, // "received a letter"
	"present":  true, "presents": true, "presented": true, "presenting": true,
	"report": true, "reports": true, "reported": true, "reporting": true, "brief": true, "briefs": true, "briefed": true, "briefing": true,
	"represent": true, "represents": true, "representing": true,
	"show": true, // "figures show", "the show": a performer's only with its place (see showNoun)
}

var weakCueSet = newWordTab(weakCues)

// prepositions that may introduce a destination.
var destPreps = map[string]bool{
	"to": true, "in": true, "at": true, "into": true, "for": true, "through": true,
	"across": true, "around": true, "of": true, "by": true, "including": true, // "such as" is checked apart
	"near": true, // "visit a cattle station near Darwin"
}

// skippable words between a preposition and the place name.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"this": true, "that": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "north": true, "south": true, "east": true, "west": true,
	"city's": true, "city’s": true, "capital's": true, "capital’s": true,
}

// breakers end the stretch of a clause a cue governs.
var breakers = map[string]bool{
	"that": true, "which": true, "who": true, "whose": true, "because": true, "but": true,
	"while": true, "although": true, "though": true, "where": true, "when": true, "if": true,
	"said": true, "says": true, "told": true, "after": true, "since": true, "from": true,
	"than": true, "whether": true, "unless": true,
}

// listLinks continue a list of destinations: "Nevada and Iowa before South Carolina".
var listLinks = map[string]bool{
	",": true, "and": true, "or": true, "before": true, "then": true, "later": true,
	"as": true, "well": true, "such": true, "including": true, "in": true, "to": true, "the": true,
}

// Auxiliaries and phrases that set the status of a clause.
var (
	futureWords = map[string]bool{
		"will": true, "'ll": true, "shall": true, "scheduled": true, "expected": true, "due": true,
		"set": true, "plans": true, "planned": true, "planning": true, "intends": true, "intend": true,
		"would": true, "upcoming": true, "forthcoming": true, "later": true, "next": true,
		"hopes": true, "wants": true, "aims": true, "invited": true, "prepare": true, "prepares": true,
		"prepared": true, "preparing": true, "poised": true, "ready": true,
	}
	pastWords = map[string]bool{
		"was": true, "were": true, "had": true, "did": true, "has": true, "have": true, "made": true,
		"paid": true, "held": true, "last": true, "ago": true, "earlier": true, "recent": true,
		"previous": true, "following": true, "launched": true, "began": true, "began.": true,
	}
	presentWords = map[string]bool{"is": true, "are": true, "am": true, "now": true, "currently": true, "begun": true}
	cancelWords  = map[string]bool{
		"cancelled": true, "canceled": true, "postponed": true, "scrapped": true, "axed": true,
		"shelved": true, "abandoned": true, "called": true, // "called off", checked with "off"
	}
	orderWords = map[string]bool{"later": true, "then": true, "afterwards": true, "subsequently": true, "next": true, "onward": true}
)

// eventNouns are gatherings whose place can be inherited by "attend".
var eventNouns = map[string]bool{
	"meeting": true, "summit": true, "conference": true, "talks": true, "gathering": true,
	"forum": true, "congress": true, "convention": true, "ceremony": true, "rally": true,
	"assembly": true, // "address the UN General Assembly in New York"
}

// audienceNouns, with the event and facility nouns, make the object of
// an appearance: "address lawmakers in Nairobi", "inaugurate a consulate in
// Erbil"; not "address concerns in Ukraine".
var audienceNouns = map[string]bool{
	"audience": true, "lawmakers": true, "legislators": true, "students": true, "delegates": true,
	"investors": true, "troops": true, "crowd": true, "crowds": true, "supporters": true, "session": true,
	"assembly": true, "reception": true, "dinner": true, "banquet": true, "graduates": true, "workers": true,
	"diaspora": true, "community": true, "exhibition": true, "fair": true, "expo": true, "line": true,
	"bridge": true, "railway": true, "office": true, "consulate": true, "terminal": true, "pavilion": true,
	"monument": true, "memorial": true, "parliament": true, "senate": true, "chamber": true, "plenary": true,
	"dialogue": true, "festival": true, "games": true, "rally": true, "mine": true, "dam": true, "road": true,
	"council": true, "committee": true, "leaders": true, "executives": true, "breakfast": true, "lunch": true, "luncheon": true, "gala": true, "graduation": true, "congregation": true,
	"mass": true, "vespers": true, "liturgy": true, // "celebrate Mass in Lima"
}

// facilityNouns turn capitalised words that are not in the gazetteer into a
// place: "Walter Reed hospital", "Hoa Lo prison".
var facilityNouns = map[string]bool{
	"hospital": true, "prison": true, "station": true, "base": true, "airport": true,
	"palace": true, "university": true, "school": true, "camp": true, "embassy": true,
	"headquarters": true, "stadium": true, "cathedral": true, "temple": true, "hall": true,
	"centre": true, "center": true, "barracks": true, "port": true, "factory": true, "plant": true,
	"court": true, "parliament": true, "memorial": true, "museum": true, "academy": true,
	"depot": true, "shipyard": true, "refinery": true, "warehouse": true, "mill": true, // "the company's Neville Hill depot in Leeds"
}

// notCounterparts are words before a person mention that make it an object
// rather than the subject of a travel clause.
var objectMarkers = map[string]bool{
	"with": true, "by": true, "meet": true, "meets": true, "met": true, "meeting": true,
	"to": true, "for": true, "of": true, "against": true, "about": true, "and": true, "like": true,
	"from": true, // "an invitation from Narendra Modi to visit"
}

// roleNouns head a description that may stand for the story's subject.
var roleNouns = map[string]bool{
	"chancellor": true, "minister": true, "president": true, "premier": true, "leader": true,
	"secretary": true, "senator": true, "governor": true, "mayor": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "envoy": true, "ambassador": true, "candidate": true,
	"chairman": true, "chairwoman": true, "chancellor's": true, "commissioner": true, "taoiseach": true,
	"duke": true, "duchess": true, "emir": true, "sultan": true, "sheikh": true, "pontiff": true,
}

// negators before a cue in its clause deny the journey: "has no plans to
// visit", "will not travel", "ruled out a trip".
var negators = map[string]bool{
	"not": true, "never": true, "no": true, "won't": true, "wouldn't": true, "didn't": true,
	"don't": true, "doesn't": true, "cannot": true, "can't": true, "isn't": true, "wasn't": true,
	"refused": true, "refuses": true, "declined": true, "declines": true, "ruled": true, "rules": true,
	"denied": true, "denies": true, "rejected": true, "won’t": true, "didn’t": true, "don’t": true,
	"doesn’t": true, "can’t": true, "isn’t": true, "wasn’t": true, "wouldn’t": true,
}

// speechVerbs open reported speech, or close a clause of it: "..., a
// spokesman said".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "insisted": true, "warned": true,
	"according": true, "announced": true, "confirmed": true, "reported": true, "stated": true,
}

// titleWords may stand between a country and the person it qualifies:
// "German Chancellor Friedrich Merz", "South Korea's president, Lee
// Jae-myung", "a Chinese delegation led by Vice Premier Ding Xuexiang".
var titleWords = map[string]bool{
	"the": true, "a": true, "an": true, "president": true, "prime": true, "minister": true, "foreign": true,
	"secretary": true, "chancellor": true, "vice": true, "deputy": true, "premier": true, "leader": true,
	"king": true, "queen": true, "former": true, "defence": true, "defense": true, "finance": true, "trade": true,
	"interior": true, "home": true, "state": true, "of": true, "general": true, "envoy": true, "spokesman": true,
	"spokeswoman": true, "ambassador": true, "emir": true, "crown": true, "prince": true, "delegation": true,
	"led": true, "headed": true, "by": true, "top": true, "diplomat": true, "chief": true, "opposition": true,
	"commerce": true, "treasury": true, "economy": true, "senior": true, "official": true, "mayor": true,
	"governor": true, "senator": true, "commissioner": true, "head": true, "new": true, "outgoing": true,
}

// notTowns are capitalised words after "in" or "to" that are no town:
// months, days, institutions, regions of the world.
var notTowns = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"parliament": true, "congress": true, "senate": true, "commons": true, "lords": true, "government": true,
	"cabinet": true, "court": true, "downing": true, "whitehall": true, "christmas": true, "easter": true,
	"ramadan": true, "europe": true, "asia": true, "africa": true, "america": true, "antarctica": true,
	"oceania": true, "arctic": true, "gulf": true, "pacific": true, "atlantic": true, "mediterranean": true,
	"balkans": true, "caribbean": true, "caucasus": true, "middle": true, "sahel": true, "scandinavia": true,
	"baltics": true, "baltic": true, "power": true, "office": true, "opposition": true, "police": true,
	"custody": true, "prison": true, "hospital": true, "person": true, "private": true, "public": true,
	"the": true, "this": true, "that": true, "their": true, "his": true, "her": true, "its": true,
}

// topicMarkers end the stretch after a meeting cue where its place may
// stand: what follows is the subject of the talks ("to discuss the war in
// Ukraine", "talks on security in Asia", "about the crisis in Sudan").
var topicMarkers = map[string]bool{
	"to": true, "about": true, "on": true, "over": true, "regarding": true, "concerning": true,
	"discuss": true, "amid": true, "as": true,
}

// presenceFollowers make a speech or "be" verb before them a cue: "told
// reporters in", "is in", "was at".
var presenceFollowers = []string{"in", "at", "reporters", "journalists", "supporters", "crowds", "received", "back"} // "will be received by Xi", "is due back in Rome"
