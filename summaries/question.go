package summaries

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsroom/newsbot/internal/lazyre"
)

// Question kinds ParseQuestion recognises.
const (
	QSearch    = "search"    // anything else: full-text search
	QWhen      = "when"      // when is X in PLACE / when does X visit PLACE
	QWhere     = "where"     // where is X (on DATE | today | tomorrow | next)
	QWhatSaid  = "what-said" // what did X say (about Y)
	QWhoSaid   = "who-said"  // who said PHRASE
	QWhoIs     = "who-is"    // who is X
	QOpen      = "open"      // what is (still) open (with|on|about) Y
	QItinerary = "itinerary" // what is X's schedule / itinerary / travel plans
	QMeet      = "meet"      // who is X meeting (in PLACE | on DATE) / did X meet Y / who is meeting Y
	QLatest    = "latest"    // what is the latest on TOPIC
	QOnDate    = "on-date"   // what happened on DATE
	QQuotedOn  = "quoted-on" // who has commented on TOPIC
	QVisitors  = "visitors"  // who has been to PLACE / who is in PLACE this week
)

// Tense of a question: which way "on Friday" points.
type Tense int

// Tenses.
const (
	Present Tense = iota
	Past
	Future
)

// Question is a parsed question. Only the fields its Kind uses are set.
type Question struct {
	Kind     string
	Subject  string // the person asked about
	Place    string // QWhen, QMeet
	Other    string // QMeet: the counterpart asked about ("did X meet Y")
	YesNo    bool   // QWhen, QMeet, QOpen: asked as yes or no ("has X visited Y?", "is the row still open?")
	When     bool   // QMeet asked for the day: "when does X meet Y?"
	Settled  bool   // QOpen asked the other way round: "is the strike over?"
	Topic    string // QWhatSaid, QOpen, QLatest, QQuotedOn
	Phrase   string // QWhoSaid
	DateText string // QWhere, QMeet, QOnDate: "today", "tomorrow", "Friday", "next Friday", "30 January", "next"
	Span     string // QWhen: the span the question closes with ("in 2099", "next week", "in march"); see ResolveSpan
	Tense    Tense
	Text     string // the question, cleaned: mention and punctuation stripped
}

// The patterns are deliberately few and general: question shapes, never
// names. Each is tried on the cleaned, lower-case-insensitive question.
var (
	reMention = lazyre.New(`<@[A-Z0-9]+(?:\|[^>]*)?>`)
	rePolite  = lazyre.New(`(?i)^(?:@?newsbot\b[,:]?\s*|hey\s+|hi\s+|please\s+|(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell\s+me\s+|say\s+)?|do\s+you\s+know\s+|tell\s+me\s+(?:please\s+)?|i\s+(?:want|would\s+like)\s+to\s+know\s+)+`)

	reTellAbout = lazyre.New(`(?i)^(?:(?:please|can\s+you|could\s+you)\s+)?tell\s+me\s+about\s`)

	reWhoSaid    = lazyre.New(`(?i)^who\s+(?:said|says|has\s+said|had\s+said|wrote|told\s+\S+(?:\s+\S+)?\s+that)\s+(.+)$`)
	reWhatSaid   = lazyre.New(`(?i)^what\s+(?:did|does|has|have|had|do)\s+(.+?)\s+(?:have\s+to\s+say|has\s+to\s+say|been\s+saying|say|said|says|tell\s+\S+|told\s+\S+|think|thinks|comment(?:ed)?|make\s+of)(?:\s+(.*))?$`)
	reDidSay     = lazyre.New(`(?i)^(?:did|has|have|had|does|do)\s+(.+?)\s+(?:say|said|comment(?:ed)?|speak|spoken|spoke|talk(?:ed)?)\s+(?:anything\s+|something\s+|much\s+)?(?:about|on|regarding|concerning|over)\s+(.+)$`)
	reWhatSaying = lazyre.New(`(?i)^what\s+(?:is|was|are|were)\s+(.+?)\s+(?:saying|quoted\s+as\s+saying)(?:\s+(.*))?$`)
	reAboutTail  = lazyre.New(`(?i)^(?:about|on|of|regarding|concerning|over|in\s+relation\s+to|to\s+\S+\s+about|in|at|while\s+in)\s+(.+)$`)
	reWhen       = lazyre.New(`(?i)^when\s+(is|was|will|does|did|do|are|were)\s+(.+?)(?:'s)?\s+` +
		`(?:(?:due|expected|scheduled|set|going|planning|supposed|meant|likely)(?:\s+to)?\s+)?(?:be\s+)?(?:back\s+)?` +
		`(?:in|at|return(?:s|ing)?\s+to|visit(?:s|ing)?|tour(?:s|ing)?|(?:go(?:es|ing)?|travel(?:s|l?ing)?|fly(?:ing)?|head(?:s|ing)?|trip|visit|journey|coming|come)\s+to|` +
		`(?:arriv(?:e|es|ing)|land(?:s|ing)?|stop(?:s|ping)?)\s+in|(?:leav(?:e|es|ing)|set(?:s|ting)?\s+off|head(?:s|ing)?|bound)\s+for)\s+(.+)$`)
	reWhere     = lazyre.New(`(?i)^where(?:'s|\s+(is|was|will|does|did|are|were|has))\s+(.+)$`)
	reDateTail  = lazyre.New(`(?i)\s+(?:on\s+|for\s+|during\s+)?(` + spanRe + `|` + dayWordsRe + `|(?:this|next|last)\s+week|(?:at\s+)?the\s+(?:moment|minute)|these\s+days|next)$`)
	reWhereVerb = lazyre.New(`(?i)\s+(?:(?:going|expected|scheduled|due|set|supposed)(?:\s+to)?(?:\s+be)?|be|been|go|going|gone|headed|heading|travel+ing|staying|visiting|off\s+to|off)(?:\s+(?:to|next))?$`)
	reItinOf    = lazyre.New(`(?i)^(?:(?:what|how)(?:'s|\s+is|\s+are|\s+does)\s+)?(?:the\s+)?(?:on\s+)?(.+?)(?:'s|s')\s+(?:schedule|itinerary|travel\s+plans|travels|trip|programme|program|diary)(?:\s+look\s+like)?(?:\s+(?:this|next)\s+week)?$`)
	reItinFor   = lazyre.New(`(?i)^(?:(?:what|how)(?:'s|\s+is|\s+are)\s+)?(?:the\s+)?(?:schedule|itinerary|travel\s+plans|programme|program|diary)\s+(?:of|for)\s+(.+)$`)
	reWhoIs     = lazyre.New(`(?i)^(?:(?:please|can\s+you|could\s+you)\s+)?(?:who\s+(?:is|was|are|'s)|who's|tell\s+me\s+about|what\s+do\s+you\s+know\s+about)\s+(.+)$`)
	// "has the cleaners' dispute been settled?", "have the talks finally
	// been called off?"
	reHasSettled = lazyre.New(`(?i)^(?:has|have)\s+(?:the\s+)?(.+?)\s+(?:now\s+|finally\s+|already\s+|yet\s+)?been\s+(?:settled|resolved|called\s+off|ended|averted|sorted(?:\s+out)?|closed)(?:\s+(?:yet|now))?$`)
	reOpenAsk    = lazyre.New(`(?i)^(?:what|which|whats|what's|any|list|show|are\s+there|is\s+there|anything)\b`)
	reOpenWord   = lazyre.New(`(?i)\b(?:open|unresolved|outstanding|pending|unsettled|ongoing)\b`)
	// "is the mackerel dispute still open?", "is the nurses' strike over?",
	// "is the dock strike still on?", "is the walkout off?"
	reIsOpen    = lazyre.New(`(?i)^(?:is|are)\s+(?:the\s+)?(.+?)\s+(?:still\s+|now\s+|finally\s+)?(?:(open|unresolved|outstanding|unsettled|ongoing|going\s+on|alive|a\s+live\s+issue|on|going\s+ahead|happening|continuing)|(over|settled|resolved|closed|finished|ended|sorted(?:\s+out)?|off|called\s+off))(?:\s+(?:yet|now))?$`)
	reOpenTopic = lazyre.New(`(?i)\b(?:with|on|about|in|regarding|over|concerning|involving|for|between|around)\s+(.+)$`)
)

// dayWordsRe is the day a question may name; ResolveDay reads every form.
const dayWordsRe = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `(?:,?\s+\d{4})?|` + monthRe + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)|` +
	`(?:(?:this|next|last|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|now|right\s+now|the\s+day\s+after\s+tomorrow|\d{4}-\d{2}-\d{2}|` +
	`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `(?:,?\s+\d{4})?|` + monthRe + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`

// Shapes added for travel, meetings, the latest on a story and a day's
// events. Like the others they name no one.
var (
	// "who is X meeting (in Jakarta | on Friday)?", "who did X meet?"
	reWhoMeets = lazyre.New(`(?i)^who(?:m)?\s+(is|was|will|does|did|has|had|are|were)\s+(.+?)\s+(?:be\s+)?(?:going\s+to\s+)?` + meetVerbRe + `(?:\s+(.*))?$`)
	// "who is meeting X?", "who met X?"
	reWhoMeetsOther = lazyre.New(`(?i)^who\s+(?:(is|was|will|did|has|had)\s+)?(?:be\s+)?(?:meeting|meets|met|meet|seeing|saw|see|holding\s+talks\s+with|held\s+talks\s+with|hold\s+talks\s+with|talked\s+to|talked\s+with|talking\s+to|talking\s+with)\s+(.+)$`)
	// "did X meet Y?", "is X meeting Y on Friday?", "has X held talks with Y?"
	reDidMeet = lazyre.New(`(?i)^(did|does|do|has|have|had|is|was|will|are|were)\s+(.+?)\s+(?:already\s+|still\s+|ever\s+|actually\s+)?(?:be\s+)?` + meetVerbRe + `\s+(.+)$`)
	// "has X visited Y?", "did X go to Y?", "is X still going to Y?", "is X in Y?"
	reVisited = lazyre.New(`(?i)^(did|does|do|has|have|had|is|was|will|are|were)\s+(.+?)\s+(?:already\s+|still\s+|ever\s+|actually\s+|now\s+)?(?:be\s+|been\s+)?(?:back\s+)?` +
		`(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|(?:go|gone|going|went|travel(?:l?ed|l?ing|s)?|fly|flying|flown|flew|head(?:ed|ing)?|come|coming|came)\s+to|been\s+to|` +
		`(?:arrive[sd]?|arriving|land(?:ed|s|ing)?|stop(?:ped|s|ping)?)\s+in|(?:leav(?:e|es|ing)|left|set(?:s|ting)?\s+off|head(?:s|ed|ing)?|bound)\s+for|` +
		`(?:due|expected|scheduled)\s+(?:to\s+(?:visit|be\s+in|go\s+to|travel\s+to)|in|at)|in|at)\s+(.+)$`)
	// "what is the latest on X?", "any news on X?", "what's happening with X?"
	reLatest   = lazyre.New(`(?i)^(?:(?:what|whats|what's)(?:\s+is|\s+are|'s)?\s+)?(?:(?:the|any)\s+)?(?:latest|newest|most\s+recent|last)(?:\s+(?:news|update|updates|development|developments|word|reporting|coverage))?\s+(?:on|about|with|in|regarding|over|concerning|from)\s+(.+)$`)
	reNewsOn   = lazyre.New(`(?i)^(?:(?:is\s+there\s+|are\s+there\s+)?any\s+)?(?:news|updates?|developments?|progress)\s+(?:on|about|in|regarding|with|over|concerning)\s+(.+)$`)
	reHappenOn = lazyre.New(`(?i)^(?:what(?:'s|\s+is|\s+was)?|how\s+is|how's)\s+(?:happening|going\s+on|new|the\s+state\s+of\s+play)\s+(?:with|on|in|about|over|regarding)\s+(.+)$`)
	// "what happened on 5 March?", "what is on tomorrow?", "who is travelling on Friday?"
	reOnDate = lazyre.New(`(?i)^(?:(?:what|anything)(?:'s|\s+is|\s+was|\s+will)?\s+(?:happened|happens|happening|happen|on|planned|scheduled|expected|going\s+on|in\s+the\s+diary)|` +
		`who(?:'s|\s+is|\s+was|\s+will\s+be)?\s+(?:travell?ing|travels|travelled|visiting|where|on\s+the\s+move))\s+(?:on\s+|for\s+)?(` + dayWordsRe + `)$`)
	// "who has commented on X?", "who said anything about X?"
	reQuotedOn = lazyre.New(`(?i)^who(?:\s+else)?\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|were\s+)?(?:been\s+)?(?:(?:commented|commenting|spoken|spoke|speaking|talked|talking|quoted|weighed\s+in|said\s+(?:anything|something|what)|says\s+(?:anything|something|what))\s+(?:on|about|over|regarding|concerning)|(?:reacted|responded)\s+to)\s+(.+)$`)
	// "who has been to Warsaw?", "who is in Brussels this week?", "who is
	// going to Paris?"
	reWhoVisits = lazyre.New(`(?i)^who(?:\s+else)?\s+(?:(?:has|have|had)\s+(?:been\s+(?:to|in)|visited|travell?ed\s+to|gone\s+to)|visited|visits|went\s+to|travell?ed\s+to|` +
		`(?:is|was|are|were)\s+(?:going|travell?ing|heading|headed|flying|coming|due|expected|scheduled)\s+(?:to(?:\s+visit|\s+be\s+in)?|in)|(?:is|was|are|were)\s+visiting|(?:is|was|are|were)\s+in|will\s+(?:be\s+in|visit|go\s+to|travel\s+to))\s+(.+)$`)
	// "when's", "how's": the contraction of "is".
	reIsShort = lazyre.New(`(?i)^(when|how)'s\b`)
	reWhShort = lazyre.New(`(?i)^(what|where|who|how|when)s\b`)
	// A trailing day or place on a meeting question: "in Jakarta", "on Friday".
	reMeetTail = lazyre.New(`(?i)^(?:(?:in|at)\s+(.+?))?(?:(?:^|\s+)(?:on\s+)?(` + dayWordsRe + `|next\s+week|this\s+week))?$`)
)

const meetVerbRe = `(?:meeting|meets|meet|met|seeing|sees|see|seen|saw|holding\s+talks\s+with|hold(?:s)?\s+talks\s+with|held\s+talks\s+with|in\s+talks\s+with|talking\s+to|talking\s+with|talk(?:s|ed)?\s+(?:to|with))`

var reOrdinal = lazyre.New(`(\d)(?:st|nd|rd|th)\b`)

const monthRe = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// reInChargeOf: "who is in charge of Harbour City?" asks for a person in
// a post, not for a visitor to a place.
var reInChargeOf = lazyre.New(`(?i)^who\s+\S+\s+(?:now\s+)?in\s+(?:charge|command|control)\s+of\b`)

// reMarkOpen and reMarkClose are Slack's bold, italic, strike and code
// marks at the edges of words.
var (
	reMarkOpen  = lazyre.New("(^|[\\s(\"“])[*_~`]+")
	reMarkClose = lazyre.New("[*_~`]+($|[\\s)?!.,;:\"”])")
)

// ParseQuestion recognises the common question shapes. It is pure and never
// fails: anything unrecognised is a QSearch over Text.
func ParseQuestion(q string) Question {
	s := cleanQuestion(q)
	out := Question{Kind: QSearch, Text: s}
	if s == "" {
		return out
	}
	if m := reQuotedOn.FindStringSubmatch(s); m != nil {
		if t := cleanPhrase(m[1]); t != "" {
			return Question{Kind: QQuotedOn, Topic: t, Text: s}
		}
	}
	if m := reWhoSaid.FindStringSubmatch(s); m != nil {
		phrase := m[1]
		if !startsWithQuote(phrase) {
			phrase = strings.TrimPrefix(phrase, "that ")
		}
		if p := cleanPhrase(phrase); p != "" {
			out.Kind, out.Phrase = QWhoSaid, p
			return out
		}
	}
	if q, ok := parseQuotesOf(s); ok {
		return q // "quotes from X", "what was X's reaction?"
	}
	if m := reWhatSaid.FindStringSubmatch(s); m != nil {
		out.Kind, out.Subject, out.Tense = QWhatSaid, cleanName(m[1]), Past
		out.Topic = aboutTopic(m[2])
		if out.Subject != "" {
			return out
		}
	}
	if m := reWhatSaying.FindStringSubmatch(s); m != nil {
		out.Kind, out.Subject = QWhatSaid, cleanName(m[1])
		out.Topic = aboutTopic(m[2])
		if out.Subject != "" {
			return out
		}
	}
	if m := reDidSay.FindStringSubmatch(s); m != nil {
		out.Kind, out.Subject, out.Tense = QWhatSaid, cleanName(m[1]), Past
		out.Topic = cleanPhrase(m[2])
		if out.Subject != "" {
			return out
		}
		out = Question{Kind: QSearch, Text: s}
	}
	if m := reOnDate.FindStringSubmatch(s); m != nil {
		d := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
		return Question{Kind: QOnDate, DateText: strings.TrimPrefix(d, "on "), Tense: tenseOfWords(s), Text: s}
	}
	for _, re := range []*lazyre.Regexp{reLatest, reNewsOn, reHappenOn} {
		if m := re.FindStringSubmatch(s); m != nil {
			if t := cleanPhrase(m[1]); t != "" {
				return Question{Kind: QLatest, Topic: t, Text: s}
			}
		}
	}
	if m := reWhoVisits.FindStringSubmatch(s); m != nil && !reInChargeOf.MatchString(s) {
		place, date := meetTail("in " + strings.TrimSpace(m[1]))
		if low := strings.ToLower(m[1]); date == "" && (strings.HasSuffix(low, " this week") || strings.HasSuffix(low, " next week") || strings.HasSuffix(low, " last week")) {
			date = low[len(low)-len("this week"):]
			place, _ = meetTail("in " + strings.TrimSpace(m[1][:len(m[1])-len(date)]))
		}
		if place != "" {
			return Question{Kind: QVisitors, Place: place, DateText: date, Tense: tenseOfWords(s), Text: s}
		}
	}
	if q, ok := parseMeet(s); ok {
		return q
	}
	if q, ok := parseWhenMeet(s); ok {
		return q
	}
	if m := reWhen.FindStringSubmatch(s); m != nil {
		rest, span := splitSpanTail(m[3])
		subj, place := cleanName(m[2]), cleanPlace(rest)
		if subj != "" && place != "" {
			return Question{Kind: QWhen, Subject: subj, Place: place, Span: span, Tense: tenseOf(m[1]), Text: s}
		}
	}
	if m := reWhere.FindStringSubmatch(s); m != nil {
		rest := m[2]
		out.Kind, out.Tense = QWhere, tenseOf(m[1])
		if d := reDateTail.FindStringSubmatchIndex(rest); d != nil {
			out.DateText = strings.ToLower(strings.Join(strings.Fields(rest[d[2]:d[3]]), " "))
			out.DateText = strings.TrimPrefix(out.DateText, "on ")
			rest = rest[:d[0]]
		}
		for {
			loc := reWhereVerb.FindStringIndex(rest)
			if loc == nil {
				break
			}
			if strings.Contains(strings.ToLower(rest[loc[0]:loc[1]]), "next") && out.DateText == "" {
				out.DateText = "next"
			}
			rest = rest[:loc[0]]
		}
		if out.Subject = cleanName(rest); out.Subject != "" {
			return out
		}
		out = Question{Kind: QSearch, Text: s}
	}
	if reOpenAsk.MatchString(s) {
		if w := reOpenWord.FindStringIndex(s); w != nil {
			out.Kind = QOpen
			if m := reOpenTopic.FindStringSubmatch(s[w[1]:]); m != nil {
				out.Topic = cleanPhrase(m[1])
			}
			return out
		}
	}
	if m := reIsOpen.FindStringSubmatch(s); m != nil && !strings.Contains(m[1], " in ") {
		// "is the strike in Riverside over?" names a place: the articles,
		// not the issue list, answer it (see askWhen).
		if t := cleanPhrase(m[1]); t != "" {
			return Question{Kind: QOpen, Topic: t, YesNo: true, Settled: m[3] != "", Text: s}
		}
	}
	if m := reHasSettled.FindStringSubmatch(s); m != nil && !strings.Contains(m[1], " in ") {
		// "has the cleaners' dispute been settled?" is "is it settled?".
		if t := cleanPhrase(m[1]); t != "" {
			return Question{Kind: QOpen, Topic: t, YesNo: true, Settled: true, Text: s}
		}
	}
	if m := reVisited.FindStringSubmatch(s); m != nil {
		rest, span := splitSpanTail(m[3])
		subj, place := cleanName(m[2]), cleanPlace(rest)
		date := ""
		if p, d := meetTail("in " + place); p != "" && d != "" {
			// "is Tavares in Mindelo on Wednesday?": the day is not part
			// of the place.
			place, date = p, d
		}
		if subj != "" && place != "" {
			return Question{Kind: QWhen, Subject: subj, Place: place, DateText: date, Span: span, Tense: tenseOf(m[1]), YesNo: true, Text: s}
		}
	}
	for _, re := range []*lazyre.Regexp{reItinOf, reItinFor} {
		if m := re.FindStringSubmatch(s); m != nil {
			if subj := cleanName(m[1]); subj != "" {
				out.Kind, out.Subject = QItinerary, subj
				return out
			}
		}
	}
	if m := reWhoIs.FindStringSubmatch(s); m != nil {
		subj := cleanName(m[1])
		first, _, _ := strings.Cut(subj, " ")
		// "who is meeting Xi" asks about an event, not a person.
		if subj != "" && !strings.HasSuffix(strings.ToLower(first), "ing") {
			out.Kind, out.Subject = QWhoIs, subj
			return out
		}
	}
	return out
}

// parseMeet reads the meeting shapes: "who is X meeting (in P) (on D)?",
// "who is meeting Y?" and "did X meet Y?".
func parseMeet(s string) (Question, bool) {
	q := Question{Kind: QMeet, Text: s}
	if m := reWhoMeets.FindStringSubmatch(s); m != nil {
		q.Subject, q.Tense = cleanName(m[2]), tenseOf(m[1])
		q.Place, q.DateText = meetTail(m[3])
		return q, q.Subject != ""
	}
	if m := reWhoMeetsOther.FindStringSubmatch(s); m != nil {
		q.Tense = tenseOf(m[1])
		if m[1] == "" {
			// No auxiliary: the verb's own form says it ("who met", "who talked to").
			verb := strings.ToLower(strings.Fields(s)[1])
			if verb == "met" || verb == "saw" || verb == "held" || strings.HasSuffix(verb, "ed") {
				q.Tense = Past
			}
		}
		other := strings.TrimSpace(m[2])
		if low := strings.ToLower(other); strings.HasPrefix(low, "with ") {
			other = other[5:]
		}
		q.Other, q.Place, q.DateText = splitMeetObject(other)
		return q, q.Other != ""
	}
	if m := reDidMeet.FindStringSubmatch(s); m != nil {
		q.Subject, q.Tense, q.YesNo = cleanName(m[2]), tenseOf(m[1]), true
		q.Other, q.Place, q.DateText = splitMeetObject(m[3])
		return q, q.Subject != "" && q.Other != ""
	}
	return Question{}, false
}

// meetTail reads "in Jakarta on Thursday" after a meeting verb; anything
// else is ignored.
func meetTail(tail string) (place, date string) {
	// A span ("in 2099", "next month") closes the tail: it is the date,
	// never part of the place.
	tail, span := splitSpanTail(strings.TrimSpace(tail))
	if isSpan(tail) {
		return "", normSpan(tail)
	}
	m := reMeetTail.FindStringSubmatch(strings.TrimSpace(tail))
	if m == nil {
		return "", ""
	}
	d := strings.TrimPrefix(strings.ToLower(strings.Join(strings.Fields(m[2]), " ")), "on ")
	if span != "" && d == "" {
		d = span
	}
	return cleanPlace(m[1]), d
}

// splitMeetObject splits "Hartono in Jakarta on Thursday" into the person,
// the place and the day.
func splitMeetObject(s string) (other, place, date string) {
	s = cleanPhrase(s)
	words := strings.Fields(s)
	for i, w := range words {
		switch strings.ToLower(w) {
		case "in", "at", "on", "today", "tomorrow", "yesterday", "this", "next", "last":
			if i == 0 {
				continue
			}
			if p, d := meetTail(strings.Join(words[i:], " ")); p != "" || d != "" {
				return cleanName(strings.Join(words[:i], " ")), p, d
			}
		}
	}
	return cleanName(s), "", ""
}

// tenseOfWords guesses the tense of a question without an auxiliary.
func tenseOfWords(s string) Tense {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "was", "were", "did", "happened", "travelled", "traveled":
			return Past
		case "will":
			return Future
		}
	}
	return Present
}

// cleanQuestion strips Slack mention tokens, greetings and the closing
// punctuation, and straightens apostrophes.
func cleanQuestion(q string) string {
	s := reMention.ReplaceAllString(q, " ")
	// Slack escapes these three in message text.
	s = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(s)
	s = strings.ReplaceAll(s, "’", "'")
	// Slack formatting typed around words ("*who* is _Marsh_?") is no
	// part of them.
	s = reMarkOpen.ReplaceAllString(s, "$1")
	s = reMarkClose.ReplaceAllString(s, "$1")
	s = strings.Join(strings.Fields(s), " ")
	// "tell me about X" is a question of its own: keep it whole.
	if !reTellAbout.MatchString(s) {
		s = rePolite.ReplaceAllString(s, "")
	}
	// A dropped apostrophe ("whats", "wheres") is a typo, not a new word.
	s = reWhShort.ReplaceAllString(s, "$1's")
	s = reIsShort.ReplaceAllString(s, "$1 is")
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("-–—,;:", r) })
	trim := func(s string) string {
		return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("?!.,;:…", r) })
	}
	// "page 2" typed after a question out of habit from /whosaid is no
	// part of its topic or name: an answer is one page.
	s = trim(s)
	if m := reQuestionPage.FindStringIndex(s); m != nil {
		// "what is on page 3" asks about a page.
		f := strings.Fields(s[:m[0]])
		if len(f) > 0 && !slices.Contains([]string{"on", "of", "in", "at", "from", "to", "the"}, strings.ToLower(f[len(f)-1])) {
			s = s[:m[0]]
		}
	}
	return trim(s)
}

// reQuestionPage is a closing page number: "..., page 2", "... p. 3".
var reQuestionPage = lazyre.New(`(?i)[\s,;]+(?:page|p\.|pg\.?)\s*\d+$`)

func startsWithQuote(s string) bool {
	for _, r := range s {
		_, ok := openQuotes[r]
		return ok
	}
	return false
}

// cleanName trims articles, titles of address stay ("Sir Keir").
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’'?!,;:", r)
	})
}

// cleanPlace trims a leading article and a trailing time phrase the
// question may add ("in Shanghai next week").
func cleanPlace(s string) string {
	s = cleanPhrase(s)
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "the ") {
		s, low = s[4:], low[4:]
	}
	for _, tail := range []string{" next week", " this week", " next month", " this month", " again", " next", " later"} {
		if strings.HasSuffix(low, tail) {
			s = s[:len(s)-len(tail)]
			break
		}
	}
	return strings.TrimSpace(s)
}

func aboutTopic(tail string) string {
	if m := reAboutTail.FindStringSubmatch(strings.TrimSpace(tail)); m != nil {
		return cleanPhrase(m[1])
	}
	return ""
}

func tenseOf(aux string) Tense {
	switch strings.ToLower(aux) {
	case "was", "were", "did", "had", "has":
		return Past
	case "will":
		return Future
	}
	return Present
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var dayLayouts = []string{
	"2006-01-02",
	"2 January 2006", "2 Jan 2006", "January 2 2006", "Jan 2 2006",
	"2 January", "2 Jan", "January 2", "Jan 2",
}

// ResolveDay turns a question's date words into a civil date (a UTC
// midnight) relative to today. A bare weekday points back for a past
// question and forward otherwise; "next Friday" is the first Friday after
// today, "last Friday" the last before it.
func ResolveDay(text string, tense Tense, today time.Time) (time.Time, bool) {
	t := strings.ToLower(strings.Join(strings.Fields(text), " "))
	switch t {
	case "", "today", "tonight", "now", "right now":
		return today, true
	case "tomorrow":
		return addDays(today, 1), true
	case "yesterday":
		return addDays(today, -1), true
	case "the day after tomorrow":
		return addDays(today, 2), true
	}
	mod, day, found := strings.Cut(t, " ")
	if !found {
		mod, day = "", t
	}
	if wd, ok := weekdays[day]; ok {
		diff := int(wd - today.Weekday())
		switch {
		case mod == "next" || (mod != "last" && tense != Past):
			if mod == "next" && diff <= 0 || diff < 0 {
				diff += 7
			}
		default: // "last Friday", or a bare weekday in a past question
			if mod == "last" && diff >= 0 || diff > 0 {
				diff -= 7
			}
		}
		return addDays(today, diff), true
	}
	// Absolute dates: drop ordinals, "of", commas and full stops first, and
	// a weekday the date already fixes ("Wednesday 4 March").
	t = strings.NewReplacer(",", "", ".", "", " of ", " ").Replace(t)
	if wd, rest, ok := strings.Cut(t, " "); ok {
		if _, isDay := weekdays[wd]; isDay {
			t = strings.TrimPrefix(rest, "the ")
		}
	}
	t = reOrdinal.ReplaceAllString(t, "$1")
	t = strings.Replace(t, "sept ", "sep ", 1)
	for _, layout := range dayLayouts {
		d, err := time.Parse(layout, titleWords(t))
		if err != nil {
			continue
		}
		if !strings.Contains(layout, "2006") {
			// No year: a past question means the last such day, a future one
			// the next; otherwise the one nearest today.
			d = yearByTense(time.Date(today.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), today, tense)
		}
		return d, true
	}
	return time.Time{}, false
}

// titleWords capitalises each word so time.Parse accepts month names.
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// yearByTense moves d, a date put in ref's year because the question gave
// none, to the year the question's tense means: a past question the last
// such date, a future one the next, a present one the nearest to ref.
func yearByTense(d, ref time.Time, tense Tense) time.Time {
	switch {
	case tense == Past && d.After(ref):
		return d.AddDate(-1, 0, 0)
	case tense == Future && d.Before(ref):
		return d.AddDate(1, 0, 0)
	case tense == Present && d.Sub(ref) > 183*24*time.Hour:
		return d.AddDate(-1, 0, 0)
	case tense == Present && ref.Sub(d) > 183*24*time.Hour:
		return d.AddDate(1, 0, 0)
	}
	return d
}
